//! Auditing an assignment by mutation testing: the assignment's reference solution is changed
//! by text operators, one per mistake learners make with processes, and every changed program
//! (a *mutant*) is graded. A mutant the checks give full marks to is a hole in the assignment:
//! a learner who makes that mistake would not lose a point.
//!
//! The operators work on the source text of Python and C programs, line by line; each makes at
//! most one mutant, and one that does not apply to a source says why (`Mutation::NotApplicable`).
//! The catalogue, with an example of each, is `Operator`'s documentation and docs/audit.md.

use super::{grade, GradeOptions, Status};
use crate::error::RunError;
use crate::model::scenario::Scenario;
use regex::Regex;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::Duration;

/// The language of a source, from its file name's extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Language {
    Python,
    C,
}

impl Language {
    /// `.py` is Python, `.c` is C; anything else has no operators.
    pub fn of(path: &Path) -> Option<Language> {
        match path.extension()?.to_str()? {
            "py" => Some(Language::Python),
            "c" => Some(Language::C),
            _ => None,
        }
    }
}

/// A mistake learners make with processes, as a change of a program's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Operator {
    /// Every `X.join()`, `os.wait()`, `os.waitpid(...)` (Python) or `wait(...)`,
    /// `waitpid(...)` statement (C) removed: `p.join()` becomes `pass`. Python's
    /// multiprocessing joins every child at exit, so it applies to `join()` only when
    /// something is printed after it.
    DropWait,
    /// `apply_async(` becomes `apply(`: the pool runs the tasks one after another.
    ApplyNotAsync,
    /// `Pool(4)` becomes `Pool(2)` (half the size; `Pool(1)` becomes `Pool(2)`).
    PoolSize,
    /// The first `X.start()` becomes `pass`: the process is never started.
    StartRemoved,
    /// `Process(target=f, args=(a,))` becomes `Process(target=f(a))`: the target runs in the
    /// parent, and the process runs nothing.
    TargetCalledInParent,
    /// `print('starting... ', end='')` (Python) or `printf("starting... ");` (C) inserted
    /// before the `fork()`: text left in the stdio buffer, which the child inherits. It does
    /// not apply to a Python program run with `PYTHONUNBUFFERED` set, whose prints are
    /// written at once.
    UnflushedPrintBeforeFork,
    /// A reader loop `for ...: v = q.get()` split in two: it gets every item first, then
    /// prints them in reverse order (a stack instead of a queue).
    QueueReadReversed,
    /// A reader loop `for _ in range(4):` that gets from a queue becomes `range(3)`: an item
    /// is never read.
    QueueItemDropped,
    /// The parent's first line printing `getpid()` prints `getppid()`, its own parent's pid.
    ParentPrintsGetppid,
    /// The child returns at once: `return` first in the target function, `os._exit(0)` first
    /// in the `if pid == 0:` branch (Python), `return 0;` first in `if (pid == 0) {` (C).
    ChildExitsEarly,
    /// The child fails at once: `raise RuntimeError('a mistake')` (Python) or
    /// `__builtin_trap();` (C, killed by SIGILL) first in its code.
    ChildRaises,
    /// `X.terminate()` right after `X.start()`, or before a pool's `close()`: the children
    /// are killed before they finished. It applies only when the child's function waits
    /// (`sleep`, `get`, `recv`, `join`, `wait`): a child that only prints may be done before
    /// `terminate()` comes, and the mutant would be a mistake only in some runs.
    TerminateEarly,
}

impl Operator {
    /// Every operator, in the order an audit reports them.
    pub const ALL: [Operator; 12] = [
        Operator::DropWait,
        Operator::ApplyNotAsync,
        Operator::PoolSize,
        Operator::StartRemoved,
        Operator::TargetCalledInParent,
        Operator::UnflushedPrintBeforeFork,
        Operator::QueueReadReversed,
        Operator::QueueItemDropped,
        Operator::ParentPrintsGetppid,
        Operator::ChildExitsEarly,
        Operator::ChildRaises,
        Operator::TerminateEarly,
    ];

    /// The operator's name, as shown and as in JSON.
    pub fn name(self) -> &'static str {
        match self {
            Operator::DropWait => "drop-wait",
            Operator::ApplyNotAsync => "apply-not-async",
            Operator::PoolSize => "pool-size",
            Operator::StartRemoved => "start-removed",
            Operator::TargetCalledInParent => "target-called-in-parent",
            Operator::UnflushedPrintBeforeFork => "unflushed-print-before-fork",
            Operator::QueueReadReversed => "queue-read-reversed",
            Operator::QueueItemDropped => "queue-item-dropped",
            Operator::ParentPrintsGetppid => "parent-prints-getppid",
            Operator::ChildExitsEarly => "child-exits-early",
            Operator::ChildRaises => "child-raises",
            Operator::TerminateEarly => "terminate-early",
        }
    }

    /// The mistake, in a teacher's words.
    pub fn mistake(self) -> &'static str {
        match self {
            Operator::DropWait => "the parent never waits for its children",
            Operator::ApplyNotAsync => "`apply` instead of `apply_async`: tasks run one at a time",
            Operator::PoolSize => "a pool of another size than asked",
            Operator::StartRemoved => "the process is never started",
            Operator::TargetCalledInParent => "the target is called in the parent, not in a new process",
            Operator::UnflushedPrintBeforeFork => "text left in the stdio buffer at fork is printed twice",
            Operator::QueueReadReversed => "the queue is read newest first",
            Operator::QueueItemDropped => "an item of the queue is never read",
            Operator::ParentPrintsGetppid => "the parent prints getppid() for its own pid",
            Operator::ChildExitsEarly => "the child exits before doing its work",
            Operator::ChildRaises => "the child crashes",
            Operator::TerminateEarly => "the children are terminated before they finished",
        }
    }
}

/// What an operator does to a source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mutation {
    /// The changed source.
    Mutated(String),
    /// Why the operator does not apply.
    NotApplicable(String),
}

/// Applies `op` to `source`, a program in `language` that runs with the variables `env` added.
pub fn mutate(op: Operator, source: &str, language: Language, env: &[(String, String)]) -> Mutation {
    let lines: Vec<String> = source.lines().map(str::to_owned).collect();
    let result = match (op, language) {
        (Operator::DropWait, _) => drop_wait(&lines, language),
        (Operator::ApplyNotAsync, Language::Python) => {
            replace_all(&lines, ".apply_async(", ".apply(", "no `apply_async`")
        }
        (Operator::PoolSize, Language::Python) => pool_size(&lines),
        (Operator::StartRemoved, Language::Python) => start_removed(&lines),
        (Operator::TargetCalledInParent, Language::Python) => target_in_parent(&lines),
        (Operator::UnflushedPrintBeforeFork, _) => unflushed(&lines, language, env),
        (Operator::QueueReadReversed, Language::Python) => read_reversed(&lines),
        (Operator::QueueItemDropped, Language::Python) => item_dropped(&lines),
        (Operator::ParentPrintsGetppid, _) => parent_getppid(&lines, language),
        (Operator::ChildExitsEarly, Language::Python) => child_first(&lines, "return", "os._exit(0)"),
        (Operator::ChildExitsEarly, Language::C) => c_child_first(&lines, "return 0;"),
        (Operator::ChildRaises, Language::Python) => {
            child_first(&lines, "raise RuntimeError('a mistake')", "raise RuntimeError('a mistake')")
        }
        (Operator::ChildRaises, Language::C) => c_child_first(&lines, "__builtin_trap();"),
        (Operator::TerminateEarly, Language::Python) => terminate_early(&lines),
        (
            Operator::ApplyNotAsync
            | Operator::PoolSize
            | Operator::StartRemoved
            | Operator::TargetCalledInParent
            | Operator::QueueReadReversed
            | Operator::QueueItemDropped,
            Language::C,
        ) => Err("a Python multiprocessing mistake".to_owned()),
        (Operator::TerminateEarly, Language::C) => Err("C has no terminate(); kill() is another mistake".to_owned()),
    };
    match result {
        Ok(changed) => {
            let mut text = changed.join("\n");
            if source.ends_with('\n') {
                text.push('\n');
            }
            Mutation::Mutated(text)
        }
        Err(why) => Mutation::NotApplicable(why),
    }
}

type Lines = Result<Vec<String>, String>;

fn indent(line: &str) -> &str {
    &line[..line.len() - line.trim_start().len()]
}

fn re(pattern: &str) -> Regex {
    Regex::new(pattern).expect("a valid operator pattern")
}

fn drop_wait(lines: &[String], language: Language) -> Lines {
    let (join, wait) = match language {
        Language::Python => (Some(re(r"^\w+\.join\(\)$")), re(r"^(?:\w+\s*=\s*)?os\.wait(?:pid)?\(.*\)$")),
        Language::C => (None, re(r"^(?:\w+\s*=\s*)?(?:wait|waitpid)\(.*\);$")),
    };
    let mut out = lines.to_vec();
    let (mut joins, mut waits) = (Vec::new(), 0);
    for (i, line) in lines.iter().enumerate() {
        let t = line.trim();
        if join.as_ref().is_some_and(|j| j.is_match(t)) {
            joins.push(i);
        } else if wait.is_match(t) {
            waits += 1;
        } else {
            continue;
        }
        out[i] = match language {
            Language::Python => format!("{}pass", indent(line)),
            Language::C => format!("{};", indent(line)),
        };
    }
    if joins.is_empty() && waits == 0 {
        return Err("no join() or wait() statement".to_owned());
    }
    let printed_after = joins.first().is_some_and(|&j| lines[j..].iter().any(|l| l.contains("print(")));
    if waits == 0 && !printed_after {
        return Err("nothing is printed after the join(), and multiprocessing joins every child at exit".to_owned());
    }
    Ok(out)
}

fn replace_all(lines: &[String], from: &str, to: &str, missing: &str) -> Lines {
    if !lines.iter().any(|l| l.contains(from)) {
        return Err(missing.to_owned());
    }
    Ok(lines.iter().map(|l| l.replace(from, to)).collect())
}

fn pool_size(lines: &[String]) -> Lines {
    let pool = re(r"Pool\((processes=)?(\d+)\)");
    let mut out = lines.to_vec();
    for line in &mut out {
        if let Some(c) = pool.captures(line) {
            let n: u64 = c[2].parse().map_err(|_| "a pool size out of range".to_owned())?;
            let other = if n >= 2 { n / 2 } else { 2 };
            let replaced = format!("Pool({}{other})", c.get(1).map_or("", |m| m.as_str()));
            *line = pool.replace(line, replaced.as_str()).into_owned();
            return Ok(out);
        }
    }
    Err("no `Pool(n)` with a number".to_owned())
}

fn start_removed(lines: &[String]) -> Lines {
    let start = re(r"^\w+\.start\(\)$");
    let i = lines.iter().position(|l| start.is_match(l.trim())).ok_or("no `X.start()` statement")?;
    let mut out = lines.to_vec();
    out[i] = format!("{}pass", indent(&lines[i]));
    Ok(out)
}

fn target_in_parent(lines: &[String]) -> Lines {
    let with_args = re(r"target=(\w+)\s*,\s*args=\((.*?),?\s*\)");
    let bare = re(r"target=(\w+)\s*\)");
    let mut out = lines.to_vec();
    for line in &mut out {
        if !line.contains("Process(") {
            continue;
        }
        if with_args.is_match(line) {
            *line = with_args.replace(line, "target=$1($2)").into_owned();
            return Ok(out);
        }
        if bare.is_match(line) {
            *line = bare.replace(line, "target=$1())").into_owned();
            return Ok(out);
        }
    }
    Err("no `Process(target=...)`".to_owned())
}

fn unflushed(lines: &[String], language: Language, env: &[(String, String)]) -> Lines {
    let (fork, print) = match language {
        Language::Python => {
            if env.iter().any(|(k, v)| k == "PYTHONUNBUFFERED" && !v.is_empty()) {
                return Err("PYTHONUNBUFFERED is set: every print is written at once, no buffer is copied".to_owned());
            }
            (re(r"\bos\.fork\(\)"), "print('starting... ', end='')")
        }
        Language::C => (re(r"\bfork\(\)"), r#"printf("starting... ");"#),
    };
    let i = lines
        .iter()
        .position(|l| fork.is_match(l) && !l.trim_start().starts_with(['#', '/', '*']))
        .ok_or("no fork() call")?;
    let mut out = lines.to_vec();
    out.insert(i, format!("{}{print}", indent(&lines[i])));
    Ok(out)
}

/// The lines of the block that starts after line `header` (indented deeper than it).
fn block(lines: &[String], header: usize) -> std::ops::Range<usize> {
    let base = indent(&lines[header]).len();
    let mut end = header + 1;
    while end < lines.len() && (lines[end].trim().is_empty() || indent(&lines[end]).len() > base) {
        end += 1;
    }
    while end > header + 1 && lines[end - 1].trim().is_empty() {
        end -= 1;
    }
    header + 1..end
}

fn read_reversed(lines: &[String]) -> Lines {
    let get = re(r"^(\w+)\s*=\s*(\w+\.get\(.*\))$");
    for (i, line) in lines.iter().enumerate() {
        if !line.trim_start().starts_with("for ") {
            continue;
        }
        let body = block(lines, i);
        let Some(first) = lines.get(body.start).filter(|_| !body.is_empty()) else { continue };
        let Some(c) = get.captures(first.trim()) else { continue };
        let (outer, inner) = (indent(line), indent(first));
        let mut out = lines[..i].to_vec();
        out.push(format!("{outer}got = []"));
        out.push(line.clone());
        out.push(format!("{inner}got.append({})", &c[2]));
        out.push(format!("{outer}for {} in reversed(got):", &c[1]));
        out.extend(lines[body.start + 1..].iter().cloned());
        return Ok(out);
    }
    Err("no `for` loop that starts with `value = q.get(...)`".to_owned())
}

fn item_dropped(lines: &[String]) -> Lines {
    let range = re(r"^(\s*for\s+\w+\s+in\s+range\()(\d+)(\)\s*:)$");
    for (i, line) in lines.iter().enumerate() {
        let Some(c) = range.captures(line) else { continue };
        if !lines[block(lines, i)].iter().any(|l| l.contains(".get(")) {
            continue;
        }
        let n: u64 = c[2].parse().map_err(|_| "a count out of range".to_owned())?;
        if n == 0 {
            continue;
        }
        let mut out = lines.to_vec();
        out[i] = format!("{}{}{}", &c[1], n - 1, &c[3]);
        return Ok(out);
    }
    Err("no `for _ in range(n):` loop that gets from a queue".to_owned())
}

fn parent_getppid(lines: &[String], language: Language) -> Lines {
    let (print, from, to) = match language {
        Language::Python => ("print(", "os.getpid()", "os.getppid()"),
        Language::C => ("printf(", "getpid()", "getppid()"),
    };
    let mut in_def = false;
    for (i, line) in lines.iter().enumerate() {
        if language == Language::Python && !line.trim().is_empty() && indent(line).is_empty() {
            in_def = line.starts_with("def ") || line.starts_with("class ") || line.starts_with('@');
        }
        if in_def || !line.contains(print) || !line.contains(from) || line.contains("getppid()") {
            continue;
        }
        let mut out = lines.to_vec();
        out[i] = line.replacen(from, to, 1);
        return Ok(out);
    }
    Err("no line of the parent prints getpid()".to_owned())
}

/// The child's code in a Python source: the body of the function a `Process`, `apply_async`
/// or `map` runs, or the `if pid == 0:` branch; `statement` goes first in a function,
/// `in_branch` first in the branch.
fn child_first(lines: &[String], statement: &str, in_branch: &str) -> Lines {
    let target = re(r"(?:target=|\.apply_async\(|\.apply\(|\.map\(|\.map_async\()(\w+)");
    let branch = re(r"^(?:if|elif)\s+\w+\s*==\s*0\s*:$");
    let name = lines.iter().find_map(|l| target.captures(l).map(|c| c[1].to_owned()));
    let (header, text) = match name {
        Some(name) => {
            let def = format!("def {name}(");
            (lines.iter().position(|l| l.trim_start().starts_with(&def)), statement)
        }
        None => (lines.iter().position(|l| branch.is_match(l.trim())), in_branch),
    };
    let header = header.ok_or("no child code: no target function, no `if pid == 0:` branch")?;
    let body = block(lines, header);
    let first = lines.get(body.start).filter(|_| !body.is_empty()).ok_or("an empty child block")?;
    let mut out = lines.to_vec();
    out.insert(body.start, format!("{}{text}", indent(first)));
    Ok(out)
}

fn c_child_first(lines: &[String], statement: &str) -> Lines {
    let branch = re(r"^if\s*\(\s*\w+\s*==\s*0\s*\)\s*\{$");
    let header = lines.iter().position(|l| branch.is_match(l.trim())).ok_or("no `if (pid == 0) {` branch")?;
    let next = lines.get(header + 1).ok_or("an empty child branch")?;
    let mut out = lines.to_vec();
    out.insert(header + 1, format!("{}{statement}", indent(next)));
    Ok(out)
}

fn terminate_early(lines: &[String]) -> Lines {
    let start = re(r"^(\w+)\.start\(\)$");
    let close = re(r"^(\w+)\.close\(\)$");
    let pools = re(r"(\w+)\s*=\s*(?:\w+\.)?Pool\(");
    let task = re(r"\.(?:apply_async|apply|map|map_async)\((\w+)");
    let pool_names: Vec<String> = lines.iter().filter_map(|l| pools.captures(l).map(|c| c[1].to_owned())).collect();
    for (i, line) in lines.iter().enumerate() {
        let (at, name, function) = if let Some(c) = start.captures(line.trim()) {
            let made = re(&format!(r"^{}\s*=.*Process\(.*target=(\w+)", regex::escape(&c[1])));
            let target = lines.iter().find_map(|l| made.captures(l.trim()).map(|t| t[1].to_owned()));
            (i + 1, c[1].to_owned(), target)
        } else if let Some(c) = close.captures(line.trim()).filter(|c| pool_names.iter().any(|p| *p == c[1])) {
            (i, c[1].to_owned(), lines.iter().find_map(|l| task.captures(l).map(|t| t[1].to_owned())))
        } else {
            continue;
        };
        // Only a child that waits is sure to be unfinished when terminate() comes: one that
        // just prints may be done already, and the mutant would be a mistake only sometimes.
        let waits = function.and_then(|f| function_body(lines, &f)).is_some_and(|body| {
            lines[body].iter().any(|l| ["sleep(", ".get(", ".recv(", ".join(", ".wait("].iter().any(|w| l.contains(w)))
        });
        if !waits {
            return Err(format!(
                "the child of `{name}` does nothing that waits: it may finish before terminate() comes"
            ));
        }
        let mut out = lines.to_vec();
        out.insert(at, format!("{}{name}.terminate()", indent(line)));
        return Ok(out);
    }
    Err("no `X.start()`, no pool's `close()`".to_owned())
}

/// The body of Python function `name`.
fn function_body(lines: &[String], name: &str) -> Option<std::ops::Range<usize>> {
    let def = format!("def {name}(");
    let header = lines.iter().position(|l| l.trim_start().starts_with(&def))?;
    Some(block(lines, header))
}

/// The changed lines of a mutant: `- old` and `+ new`.
pub fn diff(before: &str, after: &str) -> Vec<String> {
    similar::TextDiff::from_lines(before, after)
        .iter_all_changes()
        .filter_map(|c| {
            let sign = match c.tag() {
                similar::ChangeTag::Equal => return None,
                similar::ChangeTag::Delete => '-',
                similar::ChangeTag::Insert => '+',
            };
            Some(format!("{sign} {}", c.value().trim_end()))
        })
        .collect()
}

/// Whether the assignment caught a mutant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// Some check failed: the mutant lost points.
    Killed,
    /// Full marks: a hole in the assignment.
    Survived,
}

/// One graded mutant.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct MutantResult {
    pub operator: Operator,
    pub mistake: String,
    /// The changed lines, `- old` and `+ new`.
    pub diff: Vec<String>,
    pub score: f64,
    pub max_score: f64,
    pub ending: super::GradeEnding,
    /// The checks that failed.
    pub caught_by: Vec<String>,
    pub outcome: Outcome,
}

/// An operator that made no mutant, and why.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct NotApplied {
    pub operator: Operator,
    pub reason: String,
}

/// The audit of one assignment.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Audit {
    pub scenario: String,
    pub reference: PathBuf,
    pub reference_score: f64,
    pub max_score: f64,
    pub mutants: Vec<MutantResult>,
    pub not_applicable: Vec<NotApplied>,
    /// How long the reference's run took (its wall time), in ms.
    #[serde(default)]
    pub reference_wall_ms: u64,
    /// The time limit each mutant ran under, in ms (`mutant_timeout`, or `--timeout`).
    #[serde(default)]
    pub mutant_timeout_ms: u64,
}

impl Audit {
    /// The mutants that earned full marks.
    pub fn survivors(&self) -> impl Iterator<Item = &MutantResult> {
        self.mutants.iter().filter(|m| m.outcome == Outcome::Survived)
    }
}

/// Why an assignment could not be audited.
#[derive(Debug, thiserror::Error)]
pub enum AuditError {
    #[error("`{0}` has no `program` with a `reference` solution to mutate")]
    NoReference(String),
    #[error("{0}: only Python (.py) and C (.c) sources can be mutated")]
    Language(PathBuf),
    #[error("cannot read {path}: {source}")]
    Read { path: PathBuf, source: std::io::Error },
    #[error("cannot write a mutant in {path}: {source}")]
    Write { path: PathBuf, source: std::io::Error },
    /// `grade` is the reference's grade, for the caller to show (grading renders nothing).
    #[error("the reference solution {reference} scores {score}/{max}, not full marks: an audit needs a reference that passes")]
    ReferenceFails { reference: PathBuf, score: f64, max: f64, grade: Box<super::Grade> },
    #[error(transparent)]
    Grade(#[from] RunError),
}

/// How an audit runs.
#[derive(Debug, Clone)]
pub struct AuditOptions {
    pub grade: GradeOptions,
    /// Mutants graded at once.
    pub jobs: usize,
}

impl Default for AuditOptions {
    fn default() -> AuditOptions {
        AuditOptions { grade: GradeOptions::default(), jobs: 2 }
    }
}

/// The shortest time limit a mutant gets when the audit is not given one.
const MUTANT_TIME_FLOOR: Duration = Duration::from_secs(3);
/// How many times as long as the reference's run a mutant may run, when the audit is not given
/// a time limit.
const MUTANT_TIME_FACTOR: u32 = 10;

/// The time limit of a mutant when the audit is not given one (`--timeout`): the assignment's,
/// but at most 10 times the reference's run, and at least 3 s. A mistake that blocks a
/// process forever (the pipe assignment's child that never starts, its parent reads on) hangs
/// until the time limit whatever it is: at the assignment's 20 s, auditing the pipe assignment
/// took a minute, for five such mutants. A mutant that ends on its own takes about as long as
/// the reference (each operator removes or breaks work, `apply-not-async` serialises a pool's
/// tasks), far from 10 times; the time limit also leaves out the time the machine's other work
/// held the CPU (`TimeLimit`), so a busy machine does not make a mutant time out.
fn mutant_timeout(assignment: Duration, reference_wall: Duration) -> Duration {
    assignment.min(MUTANT_TIME_FLOOR.max(reference_wall.saturating_mul(MUTANT_TIME_FACTOR)))
}

/// A directory of mutants, removed when dropped.
struct MutantDir(PathBuf);

impl Drop for MutantDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Grades the reference (it must earn full marks), then every mutant of it, `jobs` at a time.
pub fn audit(scenario: &Scenario, options: &AuditOptions) -> Result<Audit, AuditError> {
    let program = scenario.program.as_ref();
    let reference =
        program.and_then(|p| p.reference.clone()).ok_or_else(|| AuditError::NoReference(scenario.name.clone()))?;
    let env = program.map(|p| p.env.clone()).unwrap_or_default();
    let language = Language::of(&reference).ok_or_else(|| AuditError::Language(reference.clone()))?;
    let source =
        std::fs::read_to_string(&reference).map_err(|source| AuditError::Read { path: reference.clone(), source })?;
    let base = grade(scenario, &reference, &options.grade)?;
    if !base.full_marks() {
        return Err(AuditError::ReferenceFails {
            reference,
            score: base.score,
            max: base.max_score,
            grade: Box::new(base),
        });
    }
    let reference_wall = Duration::from_millis(base.observation.as_ref().map_or(0, |o| o.usage.wall_ms));
    let timeout = options.grade.timeout.unwrap_or_else(|| mutant_timeout(scenario.timeout, reference_wall));
    let grade_options = GradeOptions { timeout: Some(timeout), ..options.grade.clone() };
    let mut mutants = Vec::new();
    let mut not_applicable = Vec::new();
    for op in Operator::ALL {
        match mutate(op, &source, language, &env) {
            Mutation::Mutated(text) => mutants.push((op, text)),
            Mutation::NotApplicable(reason) => not_applicable.push(NotApplied { operator: op, reason }),
        }
    }
    static NEXT: AtomicU64 = AtomicU64::new(0);
    // The mutants are the reference solution's: in a directory of the grader's alone.
    let prefix = format!("procscen-audit-{}-{}", std::process::id(), NEXT.fetch_add(1, Ordering::Relaxed));
    let dir = MutantDir(
        crate::sources::observer::copy::private_temp_dir(&prefix)
            .map_err(|source| AuditError::Write { path: std::env::temp_dir().join(&prefix), source })?,
    );
    let file_name = reference.file_name().map_or_else(|| "mutant".into(), |n| n.to_owned());
    let mut paths = Vec::new();
    for (op, text) in &mutants {
        let folder = dir.0.join(op.name());
        let path = folder.join(&file_name);
        std::fs::create_dir_all(&folder)
            .and_then(|()| std::fs::write(&path, text))
            .map_err(|source| AuditError::Write { path: path.clone(), source })?;
        paths.push(path);
    }
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<Option<Result<super::Grade, RunError>>>> =
        Mutex::new((0..mutants.len()).map(|_| None).collect());
    std::thread::scope(|scope| {
        for _ in 0..options.jobs.max(1).min(mutants.len()) {
            scope.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::SeqCst);
                let Some(path) = paths.get(i) else { break };
                let g = grade(scenario, path, &grade_options);
                results.lock().unwrap_or_else(|e| e.into_inner())[i] = Some(g);
            });
        }
    });
    let results = results.into_inner().unwrap_or_else(|e| e.into_inner());
    let mut graded = Vec::new();
    for ((op, text), g) in mutants.iter().zip(results) {
        let g = g.expect("every mutant graded")?;
        graded.push(MutantResult {
            operator: *op,
            mistake: op.mistake().to_owned(),
            diff: diff(&source, text),
            score: g.score,
            max_score: g.max_score,
            ending: g.ending,
            caught_by: g.checks.iter().filter(|c| c.status == Status::Failed).map(|c| c.name.clone()).collect(),
            outcome: if g.full_marks() { Outcome::Survived } else { Outcome::Killed },
        });
    }
    Ok(Audit {
        scenario: scenario.name.clone(),
        reference,
        reference_score: base.score,
        max_score: base.max_score,
        mutants: graded,
        not_applicable,
        reference_wall_ms: reference_wall.as_millis() as u64,
        mutant_timeout_ms: timeout.as_millis() as u64,
    })
}

/// The audit as a table for a terminal: a line per mutant (outcome, operator, score), its diff,
/// the checks that caught it, then the operators that did not apply and the count.
pub fn human(a: &Audit, reference_shown: &str) -> String {
    use std::fmt::Write;
    let mut s = String::new();
    let _ = writeln!(s, "audit of {}", a.scenario);
    let _ = writeln!(s, "reference: {reference_shown} ({}/{})", a.reference_score, a.max_score);
    let width = a.mutants.iter().map(|m| m.operator.name().len()).max().unwrap_or(0);
    for m in &a.mutants {
        let outcome = match m.outcome {
            Outcome::Killed => "KILLED  ",
            Outcome::Survived => "SURVIVED",
        };
        let score = format!("{}/{}", m.score, m.max_score);
        let _ = writeln!(s, "{outcome} {:width$}  {score:>9}  {}", m.operator.name(), m.mistake);
        for line in &m.diff {
            let _ = writeln!(s, "           {line}");
        }
        match m.outcome {
            Outcome::Killed if m.caught_by.is_empty() => {
                let _ = writeln!(s, "           caught by: no check failed; the mutant lost points as {}", m.ending);
            }
            Outcome::Killed => {
                let _ = writeln!(s, "           caught by: {}", m.caught_by.join("; "));
            }
            Outcome::Survived => {
                let _ = writeln!(s, "           HOLE: full marks for a program where {}", m.mistake);
            }
        }
    }
    if !a.not_applicable.is_empty() {
        let _ = writeln!(s, "not applicable:");
        for n in &a.not_applicable {
            let _ = writeln!(s, "  {}: {}", n.operator.name(), n.reason);
        }
    }
    let timed_out = a
        .mutants
        .iter()
        .filter(|m| matches!(m.ending, super::GradeEnding::Ran(crate::trace::ProgramEnding::TimedOut { .. })))
        .count();
    if timed_out > 0 {
        let _ = writeln!(
            s,
            "{timed_out} mutant(s) stopped at their time limit, {} ms (the reference ran {} ms; \
             by default 10 times that, at least 3 s, at most the assignment's; `--timeout D` sets it)",
            a.mutant_timeout_ms, a.reference_wall_ms
        );
    }
    let survived = a.survivors().count();
    let _ = writeln!(s, "{} mutants: {} killed, {survived} survived", a.mutants.len(), a.mutants.len() - survived);
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_mutants_time_limit_is_ten_references_between_three_seconds_and_the_assignments() {
        let ms = Duration::from_millis;
        // A fast reference: the floor.
        assert_eq!(mutant_timeout(ms(20_000), ms(40)), ms(3_000));
        // A slower one: ten times it.
        assert_eq!(mutant_timeout(ms(20_000), ms(500)), ms(5_000));
        // Never more than the assignment's own limit, not even the floor.
        assert_eq!(mutant_timeout(ms(20_000), ms(2_500)), ms(20_000));
        assert_eq!(mutant_timeout(ms(2_000), ms(40)), ms(2_000));
    }
}
