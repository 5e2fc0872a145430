//! `procscen draft`: an assignment drafted from runs of a reference solution.
//!
//! The reference runs under the observer exactly as a submission is graded (`grade::grade`,
//! with its working copy, environment, isolation and limits), several times, in two rounds:
//!
//! 1. With no line patterns: the process tree (which must be the same in every run: names
//!    come from it) and every line each process printed. Lines become templates (numbers cut
//!    out); a template's numbers become named captures by what they are in every run: a pid
//!    (whose: the writer's, its parent's, another process's), a key shared with another
//!    template (`task`, the same values in both), or another number (`n`); a number that never
//!    changed stays literal. Processes that print lines of the same template share a role.
//! 2. With those patterns: the same names the grader will give, on fresh runs, where the
//!    relations are looked for: the tree, pid claims, orders that happens-before guarantees
//!    (program order, forks, waits), values passed between processes, counts, and the
//!    largest parallelism that happens-before guarantees.
//!
//! Every proposed check is then evaluated by the grader on every run of the second round, and
//! only the checks that passed in all of them are kept: the draft earns full marks on each
//! run it was made from by construction, not by argument. Orders that held in every run only
//! by the clock are written as comments, never as checks: a check on them would grade the
//! schedule, not the program.

use super::{GradeOptions, Status};
use crate::model::scenario::Scenario;
use crate::sources::observer::{Observation, Stream};
use crate::trace::{Ending, EventId, EventKind, Origin, Outcome, ProcId, Reach, Trace};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// How many times the reference runs in each round, when not told.
pub const DEFAULT_RUNS: u32 = 5;
/// The fewest runs: one run cannot tell what varies from what holds.
pub const MIN_RUNS: u32 = 2;
/// The most runs (each round runs them one after another).
pub const MAX_RUNS: u32 = 50;

/// Settings of a draft.
#[derive(Debug, Clone, Default)]
pub struct DraftOptions {
    /// Runs per round (`MIN_RUNS..=MAX_RUNS`).
    pub runs: u32,
    /// How each run is graded (the procscen binary, isolation).
    pub grade: GradeOptions,
    /// The draft's `timeout`, which each run is also held to (`DEFAULT_TIMEOUT` when `None`).
    pub timeout: Option<std::time::Duration>,
}

/// The draft's timeout when none is given: the bundled assignments'.
pub const DEFAULT_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(20);

/// Why no draft was made.
#[derive(Debug, thiserror::Error)]
pub enum DraftError {
    #[error("--runs must be from {MIN_RUNS} to {MAX_RUNS}, not {0}: a draft compares runs to tell what varies")]
    Runs(u32),
    #[error(
        "the command is empty: write the command that runs the reference after `--`, e.g. `{procscen} draft -- python3 solution.py`",
        procscen = crate::invocation::command()
    )]
    NoCommand,
    #[error(
        "none of the words of `{0}` names a file: the draft needs the reference solution's file, to name it as \
         `program.reference` and to put `{{submission}}` in its place (e.g. `{procscen} draft -- python3 solution.py`)",
        procscen = crate::invocation::command()
    )]
    NoReference(String),
    #[error("`{command}` could not be started: {why}")]
    CannotStart { command: String, why: String },
    #[error(
        "run {run} of `{command}` did not end normally ({ending}): a draft is made from a reference that exits 0 \
         in every run{stderr}"
    )]
    Failed { command: String, run: usize, ending: super::GradeEnding, stderr: String },
    #[error(
        "the runs of `{command}` differ in process structure: run 1 made {first}, run {run} made {other}; a draft \
         names processes by their place in the tree, which must be the same in every run"
    )]
    Structure { command: String, run: usize, first: String, other: String },
    #[error("`{command}` was not observed with ptrace ({why}): a draft needs the kernel's view of the processes")]
    Untraced { command: String, why: String },
    #[error("`{command}` could not be graded: {why}")]
    Grade { command: String, why: String },
    #[error("internal error: the draft does not hold on its own runs ({0}); please report it with the command")]
    Inconsistent(String),
}

/// A draft assignment.
#[derive(Debug, Clone)]
pub struct Draft {
    /// The YAML text, with its comments.
    pub yaml: String,
    /// The same, loaded.
    pub scenario: Scenario,
    /// How many checks it proposes (the format check aside).
    pub checks: usize,
}

/// The program part of the draft, from the command line.
#[derive(Debug, Clone)]
struct Program {
    /// The command as the teacher wrote it, for messages.
    shown: String,
    run: Vec<String>,
    build: Option<Vec<String>>,
    /// The reference's path, absolute.
    reference: PathBuf,
    env: Vec<(String, String)>,
}

/// Drafts an assignment from `command` (run in `cwd`), to be written at `draft_path` (its
/// `reference` is relative to that file's directory).
pub fn draft(command: &[String], cwd: &Path, draft_path: &Path, options: &DraftOptions) -> Result<Draft, DraftError> {
    if !(MIN_RUNS..=MAX_RUNS).contains(&options.runs) {
        return Err(DraftError::Runs(options.runs));
    }
    let program = program(command, cwd)?;
    let draft_dir = absolute(cwd, draft_path).parent().map(PathBuf::from).unwrap_or_else(|| cwd.to_owned());
    let timeout = options.timeout.unwrap_or(DEFAULT_TIMEOUT);
    let head = head(&program, &draft_dir, options.runs, timeout);

    // Round 1: no patterns; the tree and the lines.
    let bare = load(&format!("{head}  format_points: 0\n"), draft_path)?;
    let first = observe_all(&bare, &program, options)?;
    let shapes = structure(&program, &first)?;
    let lines = Lines::learn(&first, &shapes);
    let lines_yaml = lines.yaml();

    // Round 2: with the patterns; the names the grader gives, and the relations.
    let patterned = load(&format!("{head}  format_points: 0\n{lines_yaml}"), draft_path)?;
    let second = observe_all(&patterned, &program, options)?;
    structure(&program, &second)?;
    let mined = Mined::new(&second, &lines);

    // Every candidate evaluated on every run; only those that always passed are kept.
    let all = assemble(&head, &lines_yaml, &mined.candidates, &[]);
    let scenario = load(&all, draft_path)?;
    let mut passed = vec![true; mined.candidates.len()];
    for o in &second {
        for (i, c) in super::evaluate(&scenario, o).iter().take(mined.candidates.len()).enumerate() {
            passed[i] &= c.status == Status::Passed;
        }
    }
    let kept: Vec<Candidate> = mined
        .candidates
        .iter()
        .zip(&passed)
        .filter(|(_, p)| **p)
        .map(|(c, _)| c.clone())
        .filter(|c| c.needs.iter().all(|n| mined.candidates.iter().zip(&passed).any(|(o, p)| *p && &o.name == n)))
        .collect();
    let yaml = assemble(&head, &lines_yaml, &kept, &mined.comments);
    let scenario = load(&yaml, draft_path)?;
    for (run, o) in second.iter().enumerate() {
        if let Some(c) = super::evaluate(&scenario, o).iter().find(|c| c.status != Status::Passed) {
            return Err(DraftError::Inconsistent(format!("run {}: `{}`: {}", run + 1, c.name, c.message)));
        }
    }
    Ok(Draft { yaml, scenario, checks: kept.len() })
}

/// The program of the draft: the reference is the first word after the command's first that
/// names a file, or the first word itself (a program, or a C source that is compiled).
fn program(command: &[String], cwd: &Path) -> Result<Program, DraftError> {
    let first = command.first().ok_or(DraftError::NoCommand)?;
    let shown = command.join(" ");
    let is_file = |w: &String| absolute(cwd, Path::new(w)).is_file();
    let at = (1..command.len())
        .find(|&i| is_file(&command[i]))
        .or_else(|| is_file(first).then_some(0))
        .ok_or_else(|| DraftError::NoReference(shown.clone()))?;
    let reference = absolute(cwd, Path::new(&command[at]));
    let mut run = command.to_vec();
    let mut build = None;
    if at == 0 && reference.extension().is_some_and(|e| e == "c") {
        // A C source is compiled as the bundled C assignment compiles it.
        build = Some(["cc", "-O2", "-Wall", "-o", "{out}", "{submission}"].map(String::from).to_vec());
        run[0] = "{out}".to_owned();
    } else {
        run[at] = "{submission}".to_owned();
    }
    let mut env = Vec::new();
    if crate::trace::is_python_interpreter(first) {
        env.push(("PYTHONUNBUFFERED".to_owned(), "1".to_owned()));
    }
    Ok(Program { shown, run, build, reference, env })
}

fn absolute(cwd: &Path, p: &Path) -> PathBuf {
    if p.is_absolute() {
        p.to_owned()
    } else {
        cwd.join(p)
    }
}

/// `to` relative to the directory `from` (both absolute), with `..` where needed.
fn relative(from: &Path, to: &Path) -> PathBuf {
    let from = from.canonicalize().unwrap_or_else(|_| from.to_owned());
    let to = to.canonicalize().unwrap_or_else(|_| to.to_owned());
    let a: Vec<_> = from.components().collect();
    let b: Vec<_> = to.components().collect();
    let common = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let mut out = PathBuf::new();
    for _ in common..a.len() {
        out.push("..");
    }
    for c in &b[common..] {
        out.push(c);
    }
    out
}

/// A YAML single-quoted scalar.
fn quote(s: &str) -> String {
    format!("'{}'", s.replace('\'', "''"))
}

/// The words of a command as YAML: one string when no word has a space, a list otherwise.
fn words(w: &[String]) -> String {
    if w.iter().all(|x| !x.contains(char::is_whitespace) && !x.is_empty()) {
        quote(&w.join(" "))
    } else {
        format!("[{}]", w.iter().map(|x| quote(x)).collect::<Vec<_>>().join(", "))
    }
}

/// The draft's first lines: what made it, its name, and its program (ending inside it).
fn head(p: &Program, draft_dir: &Path, runs: u32, timeout: std::time::Duration) -> String {
    let name = p.reference.file_name().map_or("reference".into(), |n| n.to_string_lossy().into_owned());
    let mut s = String::new();
    let _ = writeln!(s, "# Drafted by `procscen draft` from {runs} runs of `{}` and {runs} more with these", p.shown);
    let _ = writeln!(s, "# patterns. Every check below passed in every one of those runs; each says why it was");
    let _ = writeln!(s, "# proposed. Read it, rename lines and checks, give points: it is a draft.");
    let _ = writeln!(s, "name: {}", quote(&format!("{name} assignment (draft)")));
    let ms = timeout.as_millis();
    let _ =
        writeln!(s, "timeout: {}", if ms.is_multiple_of(1000) { format!("{}s", ms / 1000) } else { format!("{ms}ms") });
    let _ = writeln!(s, "program:");
    if let Some(b) = &p.build {
        let _ = writeln!(s, "  build: {}", words(b));
    }
    let _ = writeln!(s, "  run: {}", words(&p.run));
    let _ = writeln!(s, "  reference: {}", quote(&relative(draft_dir, &p.reference).to_string_lossy()));
    if !p.env.is_empty() {
        if p.env.iter().any(|(k, _)| k == "PYTHONUNBUFFERED") {
            let _ = writeln!(s, "  # Unbuffered, so that each line is written when it is printed.");
        }
        let env: Vec<String> = p.env.iter().map(|(k, v)| format!("{k}: {}", quote(v))).collect();
        let _ = writeln!(s, "  env: {{ {} }}", env.join(", "));
    }
    s
}

fn load(yaml: &str, path: &Path) -> Result<Scenario, DraftError> {
    crate::model::scenario::load_str(yaml, path).map_err(|e| DraftError::Inconsistent(format!("{e}\n{yaml}")))
}

/// Grades the reference `runs` times under `scenario`; each run must start and end normally.
fn observe_all(scenario: &Scenario, p: &Program, options: &DraftOptions) -> Result<Vec<Observation>, DraftError> {
    let mut out = Vec::new();
    for run in 1..=options.runs as usize {
        let g = super::grade(scenario, &p.reference, &options.grade)
            .map_err(|e| DraftError::Grade { command: p.shown.clone(), why: e.to_string() })?;
        let Some(o) = g.observation else {
            let why = g.compile_error.unwrap_or_else(|| g.ending.to_string());
            return Err(DraftError::CannotStart { command: p.shown.clone(), why: format!("{}: {why}", g.ending) });
        };
        if let Some(why) = &o.untraced {
            return Err(DraftError::Untraced { command: p.shown.clone(), why: why.clone() });
        }
        let normal = matches!(o.trace.outcome, Outcome::Finished)
            && o.trace.processes.first().is_some_and(|m| m.ending == Ending::Exited(0));
        if !normal {
            // A terminal escape in the program's stderr is shown, not obeyed.
            let errors: Vec<String> = o
                .output
                .iter()
                .filter(|l| l.stream == Stream::Stderr)
                .map(|l| l.text.chars().map(|c| if c.is_control() { '\u{fffd}' } else { c }).collect())
                .collect();
            let stderr = if errors.is_empty() {
                String::new()
            } else {
                let tail = &errors[errors.len().saturating_sub(5)..];
                format!("; its stderr ended with:\n  {}", tail.join("\n  "))
            };
            return Err(DraftError::Failed { command: p.shown.clone(), run, ending: g.ending, stderr });
        }
        out.push(o);
    }
    Ok(out)
}

/// The program's processes of one run (helpers left out), in tree order: each one's trace
/// index and the place of its nearest non-helper ancestor.
#[derive(Debug, Clone)]
struct Shape {
    procs: Vec<ProcId>,
    parent: Vec<Option<usize>>,
}

impl Shape {
    fn of(trace: &Trace) -> Shape {
        let procs: Vec<ProcId> =
            (0..trace.processes.len()).filter(|&i| trace.processes[i].origin != Origin::Helper).collect();
        let parent = procs
            .iter()
            .map(|&i| {
                let mut up = trace.processes[i].parent;
                while let Some(q) = up.filter(|&q| trace.processes[q].origin == Origin::Helper) {
                    up = trace.processes[q].parent;
                }
                up.and_then(|q| procs.iter().position(|&x| x == q))
            })
            .collect();
        Shape { procs, parent }
    }

    fn describe(&self) -> String {
        let children = |p: usize| self.parent.iter().filter(|&&q| q == Some(p)).count();
        let mut parts = vec![format!("{} process(es)", self.procs.len())];
        for p in 0..self.procs.len() {
            let n = children(p);
            if n > 0 {
                let who = if p == 0 { "main".to_owned() } else { format!("process {}", p + 1) };
                parts.push(format!("{who} made {n}"));
            }
        }
        parts.join(", ")
    }
}

/// The shape of every run; an error when two differ.
fn structure(p: &Program, runs: &[Observation]) -> Result<Vec<Shape>, DraftError> {
    let shapes: Vec<Shape> = runs.iter().map(|o| Shape::of(&o.trace)).collect();
    for (i, s) in shapes.iter().enumerate().skip(1) {
        if s.parent != shapes[0].parent {
            return Err(DraftError::Structure {
                command: p.shown.clone(),
                run: i + 1,
                first: shapes[0].describe(),
                other: s.describe(),
            });
        }
    }
    Ok(shapes)
}

/// A line with its numbers cut out: the text around them, and whether each has a decimal point.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Template {
    texts: Vec<String>,
    decimal: Vec<bool>,
}

fn template(line: &str) -> (Template, Vec<String>) {
    let number = regex::Regex::new(r"\d+(?:\.\d+)?").expect("a valid regex");
    let mut texts = Vec::new();
    let mut decimal = Vec::new();
    let mut values = Vec::new();
    let mut at = 0;
    for m in number.find_iter(line) {
        texts.push(line[at..m.start()].to_owned());
        decimal.push(m.as_str().contains('.'));
        values.push(m.as_str().to_owned());
        at = m.end();
    }
    texts.push(line[at..].to_owned());
    (Template { texts, decimal }, values)
}

/// What a template's number is, the same in every line of every run.
#[derive(Debug, Clone, PartialEq)]
enum Slot {
    /// Always this text.
    Literal(String),
    /// The pid of the writer (`Whose::Writer`), or of the process of this place.
    Pid(Whose),
    /// A number shared with slots of other templates (a key), or of its own.
    Var(String),
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Whose {
    Writer,
    /// The writer's parent.
    Parent,
    /// The process at this place of the tree.
    Place(usize),
}

/// One line printed in round 1: run, place of its writer, template, numbers.
struct Instance {
    run: usize,
    place: usize,
    template: usize,
    values: Vec<String>,
}

/// The lines learnt from round 1: templates, their slots, names and roles.
struct Lines {
    templates: Vec<Template>,
    slots: Vec<Vec<Slot>>,
    names: Vec<String>,
    /// The role of the processes that print each template (`None`: only main).
    roles: Vec<Option<String>>,
    /// In how many runs each template was printed.
    seen_in: Vec<usize>,
    runs: usize,
    /// The key variables (shared by templates): name → the templates that print it.
    keys: BTreeMap<String, Vec<usize>>,
    /// The role of each place of the tree, when it is the only process of that role (for
    /// naming a pid variable by whose it is).
    sole_role: Vec<Option<String>>,
}

impl Lines {
    fn learn(runs: &[Observation], shapes: &[Shape]) -> Lines {
        let (templates, instances) = instances(runs, shapes);
        let n = templates.len();
        let mut slots = pids_and_literals(runs, shapes, &templates, &instances);
        let keys = name_keys(runs.len(), &instances, &mut slots);
        let slots = number_the_rest(slots);
        let places = shapes[0].procs.len();
        let group = role_groups(places, n, &instances);
        let group_name = group_names(&shapes[0], &group, &instances);
        let roles: Vec<Option<String>> = (0..n)
            .map(|t| {
                instances
                    .iter()
                    .find(|i| i.template == t && i.place != 0)
                    .and_then(|i| group_name.get(&group[i.place]).cloned())
            })
            .collect();
        let seen_in = (0..n)
            .map(|t| (0..runs.len()).filter(|&r| instances.iter().any(|i| i.template == t && i.run == r)).count())
            .collect();
        let names = line_names(&templates);
        let sole_role = (0..places)
            .map(|p| {
                if p == 0 {
                    return Some(crate::trace::names::MAIN.to_owned());
                }
                let g = group[p];
                let alone = (1..places).filter(|&q| group[q] == g).count() == 1;
                group_name.get(&g).filter(|_| alone).cloned()
            })
            .collect();
        Lines { templates, slots, names, roles, seen_in, runs: runs.len(), keys, sole_role }
    }

    /// The regular expression of template `t`.
    fn pattern(&self, t: usize) -> String {
        let tpl = &self.templates[t];
        let mut s = String::from("^");
        for (j, text) in tpl.texts.iter().enumerate() {
            s.push_str(&regex::escape(text));
            let Some(slot) = self.slots[t].get(j) else { break };
            let class = if tpl.decimal[j] { r"[\d.]+" } else { r"\d+" };
            match slot {
                Slot::Literal(v) => s.push_str(&regex::escape(v)),
                Slot::Pid(_) => {
                    let _ = write!(s, "(?P<{}>{class})", self.pid_var(t, j));
                }
                Slot::Var(v) => {
                    let _ = write!(s, "(?P<{v}>{class})");
                }
            }
        }
        s.push('$');
        s
    }

    /// The variable that holds the pid of slot `j` of template `t`: `pid` (the writer's),
    /// `ppid`, `main_pid`, or `pidK` (the process at place K); the same pid again in one line
    /// is another variable (`pid_2`), as a regex names each group once.
    fn pid_var(&self, t: usize, j: usize) -> String {
        let base = |s: &Slot| match s {
            Slot::Pid(Whose::Writer) => "pid".to_owned(),
            Slot::Pid(Whose::Parent) => "ppid".to_owned(),
            Slot::Pid(Whose::Place(q)) => match &self.sole_role[*q] {
                Some(role) => format!("{role}_pid"),
                None => format!("pid{}", q + 1),
            },
            _ => String::new(),
        };
        let name = base(&self.slots[t][j]);
        let earlier = self.slots[t][..j].iter().filter(|s| base(s) == name).count();
        if earlier == 0 {
            name
        } else {
            format!("{name}_{}", earlier + 1)
        }
    }

    /// The `lines:` block.
    fn yaml(&self) -> String {
        if self.templates.is_empty() {
            return "lines: {}\n".to_owned();
        }
        let mut s = String::from("lines:\n");
        for t in 0..self.templates.len() {
            if self.seen_in[t] < self.runs {
                let _ = writeln!(
                    s,
                    "  # Printed in {} of {} runs only: this line varies between runs beyond its numbers.",
                    self.seen_in[t], self.runs
                );
            }
            match &self.roles[t] {
                Some(role) => {
                    let _ =
                        writeln!(s, "  {}:\n    pattern: {}\n    role: {role}", self.names[t], quote(&self.pattern(t)));
                }
                None => {
                    let _ = writeln!(s, "  {}: {}", self.names[t], quote(&self.pattern(t)));
                }
            }
        }
        s
    }
}

/// Every line printed in round 1 as an instance of its template; the templates in the order
/// first printed.
fn instances(runs: &[Observation], shapes: &[Shape]) -> (Vec<Template>, Vec<Instance>) {
    let mut templates: Vec<Template> = Vec::new();
    let mut instances: Vec<Instance> = Vec::new();
    for (run, (o, shape)) in runs.iter().zip(shapes).enumerate() {
        for (place, &proc_) in shape.procs.iter().enumerate() {
            for e in &o.trace.processes[proc_].events {
                let EventKind::Print(v) = &e.kind else { continue };
                let (t, values) = template(&v.text);
                let id = templates.iter().position(|x| *x == t).unwrap_or_else(|| {
                    templates.push(t);
                    templates.len() - 1
                });
                instances.push(Instance { run, place, template: id, values });
            }
        }
    }
    (templates, instances)
}

/// The slots that are a pid (whose, the same in every line) or never change; `None` for the
/// others. Pids first: a pid may be the same number in every run (a pid namespace), and is
/// still a pid.
fn pids_and_literals(
    runs: &[Observation],
    shapes: &[Shape],
    templates: &[Template],
    instances: &[Instance],
) -> Vec<Vec<Option<Slot>>> {
    let pid = |run: usize, place: usize| runs[run].trace.processes[shapes[run].procs[place]].pid.to_string();
    let mut slots: Vec<Vec<Option<Slot>>> = templates.iter().map(|t| vec![None; t.decimal.len()]).collect();
    for (t, slot_list) in slots.iter_mut().enumerate() {
        for (j, slot) in slot_list.iter_mut().enumerate() {
            let mine: Vec<&Instance> = instances.iter().filter(|i| i.template == t).collect();
            let holds = |w: Whose| {
                mine.iter().all(|i| {
                    let place = match w {
                        Whose::Writer => Some(i.place),
                        Whose::Parent => shapes[i.run].parent[i.place],
                        Whose::Place(q) => Some(q),
                    };
                    place.is_some_and(|q| pid(i.run, q) == i.values[j])
                })
            };
            let places = shapes[0].procs.len();
            let whose =
                [Whose::Writer, Whose::Parent].into_iter().chain((0..places).map(Whose::Place)).find(|w| holds(*w));
            if let Some(w) = whose {
                *slot = Some(Slot::Pid(w));
            } else if mine.iter().all(|i| i.values[j] == mine[0].values[j]) {
                *slot = Some(Slot::Literal(mine[0].values[j].clone()));
            }
        }
    }
    slots
}

/// The open slots (`open`: template, slot) grouped into classes: two slots of different
/// templates whose values are the same, per run, as multisets, share one. Each slot's class
/// is the index of one of its members.
fn key_classes(runs: usize, instances: &[Instance], open: &[(usize, usize)]) -> Vec<usize> {
    let values_of = |t: usize, j: usize, run: usize| -> Vec<String> {
        let mut v: Vec<String> =
            instances.iter().filter(|i| i.template == t && i.run == run).map(|i| i.values[j].clone()).collect();
        v.sort();
        v
    };
    let mut class: Vec<usize> = (0..open.len()).collect();
    for a in 0..open.len() {
        for b in a + 1..open.len() {
            let ((ta, ja), (tb, jb)) = (open[a], open[b]);
            if ta == tb {
                continue;
            }
            let same = (0..runs).all(|r| {
                let (x, y) = (values_of(ta, ja, r), values_of(tb, jb, r));
                !x.is_empty() && x == y
            });
            if same {
                let (ca, cb) = (class[a], class[b]);
                for c in class.iter_mut() {
                    if *c == cb {
                        *c = ca;
                    }
                }
            }
        }
    }
    class
}

/// Keys: the open slots shared by two templates or more become variables, `task` (printed
/// by one process per value, a task's lines) or `value` (passed between processes),
/// numbered when there are several. Returns each key with the templates that print it.
fn name_keys(runs: usize, instances: &[Instance], slots: &mut [Vec<Option<Slot>>]) -> BTreeMap<String, Vec<usize>> {
    let open: Vec<(usize, usize)> = (0..slots.len())
        .flat_map(|t| (0..slots[t].len()).map(move |j| (t, j)))
        .filter(|&(t, j)| slots[t][j].is_none())
        .collect();
    let class = key_classes(runs, instances, &open);
    let mut keys: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    let mut counters: BTreeMap<&str, usize> = BTreeMap::new();
    let mut class_names: BTreeMap<usize, String> = BTreeMap::new();
    for (k, &(t, j)) in open.iter().enumerate() {
        let members: Vec<usize> = (0..open.len()).filter(|&m| class[m] == class[k]).collect();
        let members_templates: BTreeSet<usize> = members.iter().map(|&m| open[m].0).collect();
        if members.len() < 2 || members_templates.len() < 2 {
            continue;
        }
        let name = class_names
            .entry(class[k])
            .or_insert_with(|| {
                let one_writer = (0..runs).all(|r| {
                    let mut by_value: BTreeMap<&str, BTreeSet<usize>> = BTreeMap::new();
                    for &m in &members {
                        let (mt, mj) = open[m];
                        for i in instances.iter().filter(|i| i.template == mt && i.run == r) {
                            by_value.entry(i.values[mj].as_str()).or_default().insert(i.place);
                        }
                    }
                    by_value.values().all(|p| p.len() == 1)
                });
                let base = if one_writer { "task" } else { "value" };
                let c = counters.entry(base).or_insert(0);
                *c += 1;
                if *c == 1 {
                    base.to_owned()
                } else {
                    format!("{base}{c}")
                }
            })
            .clone();
        if slots[t].iter().any(|s| *s == Some(Slot::Var(name.clone()))) {
            continue;
        }
        slots[t][j] = Some(Slot::Var(name.clone()));
        keys.entry(name).or_default().push(t);
    }
    keys
}

/// The slots left are numbers of their own: `n`, `n2`, … in each template.
fn number_the_rest(slots: Vec<Vec<Option<Slot>>>) -> Vec<Vec<Slot>> {
    slots
        .into_iter()
        .map(|list| {
            let mut k = 0;
            list.into_iter()
                .map(|s| {
                    s.unwrap_or_else(|| {
                        k += 1;
                        Slot::Var(if k == 1 { "n".to_owned() } else { format!("n{k}") })
                    })
                })
                .collect()
        })
        .collect()
}

/// Roles: processes (main aside) that print a template in common share one. Returns, for
/// each place of the tree, its group (the place of one of its members).
fn role_groups(places: usize, templates: usize, instances: &[Instance]) -> Vec<usize> {
    let mut group: Vec<usize> = (0..places).collect();
    for t in 0..templates {
        let printers: BTreeSet<usize> =
            instances.iter().filter(|i| i.template == t && i.place != 0).map(|i| i.place).collect();
        if let Some(&g) = printers.iter().next() {
            let target = group[g];
            for &p in &printers {
                let old = group[p];
                for x in group.iter_mut() {
                    if *x == old {
                        *x = target;
                    }
                }
            }
        }
    }
    group
}

/// The name of each group that prints: by depth and size (`child`, `worker`, `descendant`,
/// `descendants`); several groups of one kind are numbered (`child1`, `child2`) in tree order.
fn group_names(shape: &Shape, group: &[usize], instances: &[Instance]) -> BTreeMap<usize, String> {
    let places = shape.procs.len();
    let printing: BTreeSet<usize> = instances.iter().filter(|i| i.place != 0).map(|i| group[i.place]).collect();
    let depth = |mut p: usize| {
        let mut d = 0;
        while let Some(q) = shape.parent[p] {
            d += 1;
            p = q;
        }
        d
    };
    let bases: Vec<(usize, &str)> = printing
        .iter()
        .map(|&g| {
            let size = (1..places).filter(|&p| group[p] == g).count();
            let base = match (depth(g), size) {
                (1, 1) => "child",
                (1, _) => "worker",
                (_, 1) => "descendant",
                _ => "descendants",
            };
            (g, base)
        })
        .collect();
    let mut group_name: BTreeMap<usize, String> = BTreeMap::new();
    for &(g, base) in &bases {
        let same: Vec<usize> = bases.iter().filter(|(_, b)| *b == base).map(|(x, _)| *x).collect();
        let name = if same.len() > 1 {
            format!("{base}{}", same.iter().position(|x| *x == g).unwrap_or(0) + 1)
        } else {
            base.to_owned()
        };
        group_name.insert(g, name);
    }
    group_name
}

/// A name for each template: its first words, made unique; never an event label.
fn line_names(templates: &[Template]) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for t in templates {
        let text: String = t.texts.join(" ");
        let words: Vec<String> = text
            .split(|c: char| !c.is_ascii_alphanumeric())
            .filter(|w| !w.is_empty() && w.chars().next().is_some_and(|c| c.is_ascii_alphabetic()))
            .take(3)
            .map(str::to_lowercase)
            .collect();
        let mut base = if words.is_empty() { "line".to_owned() } else { words.join("_") };
        if crate::trace::names::EVENT_LABELS.contains(&base.as_str()) || base == "main" {
            base.push_str("_line");
        }
        let mut name = base.clone();
        let mut k = 1;
        while names.contains(&name) {
            k += 1;
            name = format!("{base}_{k}");
        }
        names.push(name);
    }
    names
}

/// A proposed check: its YAML body (the lines after `- name:`), its name and why.
#[derive(Debug, Clone)]
struct Candidate {
    name: String,
    body: Vec<String>,
    why: String,
    /// The checks it needs (by name): those saying the processes it is about exist, so that
    /// a submission without them has this check skipped, not a cascade of failures.
    needs: Vec<String>,
}

impl Candidate {
    fn new(name: String, why: String, body: &[String]) -> Candidate {
        Candidate { name, body: body.to_vec(), why, needs: Vec::new() }
    }
}

/// The first run's processes by name: the checks name processes, and every run has the same
/// tree (`structure`), so the first one's answers hold for all.
struct Tree<'a> {
    first: &'a Trace,
    shape: Shape,
}

impl Tree<'_> {
    fn name_of(&self, p: usize) -> String {
        self.first.processes[self.shape.procs[p]].name.clone()
    }

    /// Names in tree order, main first.
    fn names(&self) -> Vec<String> {
        let mut names: Vec<String> = Vec::new();
        for p in 0..self.shape.procs.len() {
            let n = self.name_of(p);
            if !names.contains(&n) {
                names.push(n);
            }
        }
        names
    }

    /// How many processes are named `n`.
    fn count_of(&self, n: &str) -> usize {
        (0..self.shape.procs.len()).filter(|&p| self.name_of(p) == n).count()
    }

    /// The name of the parents of the processes named `n`, when they all have one.
    fn parent_name(&self, n: &str) -> Option<String> {
        let parents: BTreeSet<String> = (0..self.shape.procs.len())
            .filter(|&p| self.name_of(p) == n)
            .filter_map(|p| self.shape.parent[p].map(|q| self.name_of(q)))
            .collect();
        (parents.len() == 1).then(|| parents.into_iter().next().unwrap_or_default())
    }
}

/// How many events labelled `label` the processes named `n` had.
fn label_count(t: &Trace, n: &str, label: &str) -> usize {
    t.processes
        .iter()
        .filter(|p| p.name == n)
        .flat_map(|p| &p.events)
        .filter(|e| e.label.as_deref() == Some(label))
        .count()
}

/// The names that had an event labelled `label`, in trace order.
fn printers(t: &Trace, label: &str) -> Vec<String> {
    let mut v: Vec<String> = Vec::new();
    for p in &t.processes {
        if p.events.iter().any(|e| e.label.as_deref() == Some(label)) && !v.contains(&p.name) {
            v.push(p.name.clone());
        }
    }
    v
}

/// Relations found in round 2.
struct Mined {
    candidates: Vec<Candidate>,
    /// Orders that held in every run by the clock only, and other notes, as comments.
    comments: Vec<String>,
}

/// Events of one selector (`name.label`) in one run.
type Events = Vec<EventId>;

impl Mined {
    fn new(runs: &[Observation], lines: &Lines) -> Mined {
        let mut m = Mined { candidates: Vec::new(), comments: Vec::new() };
        let first = &runs[0].trace;
        let tree = Tree { first, shape: Shape::of(first) };
        let names = tree.names();
        let exists = m.tree(&tree, &names);
        let waits_check = m.waits(runs, &names);
        m.execs_and_exits(first, &names);
        for t in 0..lines.names.len() {
            let who = printers(first, &lines.names[t]);
            m.line_counts(runs, lines, t, &who);
            m.pid_claims(lines, t, &who, &tree, &waits_check);
            m.same_values(lines, t, &who);
        }
        m.keys(first, lines);
        m.orders(runs, lines, &names);
        m.parallelism(runs, lines);
        m.whole_output(runs);
        m.needs_existence(&exists);
        m
    }

    /// How many processes of each name there are, and who made them. Returns each name but
    /// main with the name of the check saying its processes exist.
    fn tree(&mut self, tree: &Tree, names: &[String]) -> Vec<(String, String)> {
        let mut exists: Vec<(String, String)> = Vec::new();
        for n in names.iter().skip(1) {
            let k = tree.count_of(n);
            let there = format!(
                "there {} {k} {n} process{}",
                if k == 1 { "is" } else { "are" },
                if k == 1 { "" } else { "es" }
            );
            exists.push((n.clone(), there.clone()));
            self.candidates.push(Candidate::new(
                there,
                format!("every run made {k} {n} process{}", if k == 1 { "" } else { "es" }),
                &[format!("count: {{ processes: {n} }}"), format!("exactly: {k}")],
            ));
            if let Some(p) = tree.parent_name(n) {
                self.candidates.push(Candidate::new(
                    format!("{n} is made by {p}"),
                    format!("the kernel's process tree: in every run each {n} was made by {p}'s fork"),
                    &[format!("parent_of: [{p}, {n}]")],
                ));
            }
        }
        exists
    }

    /// The names that waited for a child in every run. Returns each with its check's name,
    /// which a check on a child's ppid needs.
    fn waits(&mut self, runs: &[Observation], names: &[String]) -> BTreeMap<String, String> {
        let mut waits_check: BTreeMap<String, String> = BTreeMap::new();
        for n in names {
            let least = runs.iter().map(|o| label_count(&o.trace, n, "wait")).min().unwrap_or(0);
            if least > 0 {
                let name = format!("{n} waits for its children");
                waits_check.insert(n.clone(), name.clone());
                self.candidates.push(Candidate::new(
                    name,
                    format!("{n} waited for a child (a wait that returned one) {} in every run", at_least(least)),
                    &[format!("count: {{ events: {n}.wait }}"), format!("at_least: {least}")],
                ));
            }
        }
        waits_check
    }

    /// Exec and exit, for every process but main.
    fn execs_and_exits(&mut self, first: &Trace, names: &[String]) {
        for n in names.iter().skip(1) {
            let k = label_count(first, n, "exec");
            self.candidates.push(Candidate::new(
                if k == 0 {
                    format!("{n} does not execute a new program")
                } else {
                    format!("{n} executes a new program")
                },
                if k == 0 {
                    format!("{n} never executed a new program, in any run: made by fork, a copy of its parent")
                } else {
                    format!("{n} executed a new program {} in every run: a fresh image, as spawn makes", times(k))
                },
                &[format!("count: {{ events: {n}.exec }}"), format!("exactly: {k}")],
            ));
            let ending = first.processes.iter().find(|p| p.name == *n).map(|p| p.ending.clone());
            if let Some(Ending::Exited(code)) = ending {
                self.candidates.push(Candidate::new(
                    format!("{n} ends by itself (exit {code})"),
                    format!("every {n} exited with {code} in every run"),
                    &[format!("exit: {{ process: {n}, code: {code} }}")],
                ));
            }
        }
    }

    /// How many times line `t` is printed, and that main does not print it when only
    /// others (`who`) did.
    fn line_counts(&mut self, runs: &[Observation], lines: &Lines, t: usize, who: &[String]) {
        let line = &lines.names[t];
        let text = show(&lines.templates[t], &lines.slots[t]);
        let counts: BTreeSet<usize> = runs
            .iter()
            .map(|o| {
                o.trace.processes.iter().flat_map(|p| &p.events).filter(|e| e.label.as_deref() == Some(line)).count()
            })
            .collect();
        if counts.len() == 1 {
            let k = counts.into_iter().next().unwrap_or(0);
            self.candidates.push(Candidate::new(
                format!("`{text}` is printed {}", times(k)),
                format!("it was printed {} in every run", times(k)),
                &[format!("count: {{ events: {line} }}"), format!("exactly: {k}")],
            ));
        }
        if !who.iter().any(|n| n == "main") && !who.is_empty() {
            self.candidates.push(Candidate::new(
                format!("main does not print `{text}` ({} does)", who.join(", ")),
                format!("only {} printed it, in every run: not main with a made-up pid", who.join(", ")),
                &[format!("count: {{ events: main.{line} }}"), "exactly: 0".to_owned()],
            ));
        }
    }

    /// The pids line `t` prints, each checked as whose it is for every name that prints it.
    fn pid_claims(
        &mut self,
        lines: &Lines,
        t: usize,
        who: &[String],
        tree: &Tree,
        waits_check: &BTreeMap<String, String>,
    ) {
        let line = &lines.names[t];
        let text = show(&lines.templates[t], &lines.slots[t]);
        for (j, slot) in lines.slots[t].iter().enumerate() {
            let Slot::Pid(w) = slot else { continue };
            let var = lines.pid_var(t, j);
            for n in who {
                let (is, why) = match w {
                    Whose::Writer => ("writer".to_owned(), "its own pid".to_owned()),
                    Whose::Parent => match tree.parent_name(n) {
                        Some(p) => (p.clone(), format!("its parent's pid ({p}'s)")),
                        None => continue,
                    },
                    Whose::Place(place) => {
                        let owner = tree.name_of(*place);
                        if tree.count_of(&owner) != 1 {
                            continue;
                        }
                        (owner.clone(), format!("{owner}'s pid"))
                    }
                };
                let mut c = Candidate::new(
                    format!("{n} prints {why} in `{text}`"),
                    format!("the `{var}` printed was {why} in every run, checked against the kernel's"),
                    &[format!("pid_of: {n}.{line}"), format!("var: {var}"), format!("is: {is}")],
                );
                if *w == Whose::Parent {
                    // getppid() names the parent only while the parent is alive.
                    match tree.parent_name(n).and_then(|p| waits_check.get(&p).cloned()) {
                        Some(wait) => {
                            c.why.push_str("; a child's ppid is its parent's only while the parent lives, which the wait makes sure of");
                            c.needs.push(wait);
                        }
                        None => {
                            self.comments.push(format!(
                                "`{n}.{line}`'s `{var}` was its parent's pid in every run, by chance: nothing made \
                                 the parent wait, and a child's ppid changes when its parent ends"
                            ));
                            continue;
                        }
                    }
                }
                self.candidates.push(c);
            }
        }
    }

    /// The same value printed in line `t` by several processes (`who`).
    fn same_values(&mut self, lines: &Lines, t: usize, who: &[String]) {
        let line = &lines.names[t];
        for slot in &lines.slots[t] {
            let Slot::Var(var) = slot else { continue };
            if lines.keys.contains_key(var) || who.len() < 2 {
                continue;
            }
            self.candidates.push(Candidate::new(
                format!("{} and {} print the same {var}", who[0], who[1]),
                format!("`{var}` varied between runs but {} and {} printed the same in each", who[0], who[1]),
                &[format!("same_value: [{}.{line}, {}.{line}]", who[0], who[1]), format!("var: {var}")],
            ));
        }
    }

    /// Keys shared by lines: per key, order and process; values passed between processes.
    fn keys(&mut self, first: &Trace, lines: &Lines) {
        for (var, templates) in &lines.keys {
            for &a in templates {
                for &b in templates {
                    if a >= b {
                        continue;
                    }
                    let (la, lb) = (&lines.names[a], &lines.names[b]);
                    let (ta, tb) =
                        (show(&lines.templates[a], &lines.slots[a]), show(&lines.templates[b], &lines.slots[b]));
                    let (wa, wb) = (printers(first, la), printers(first, lb));
                    if var.starts_with("task") {
                        self.candidates.push(Candidate::new(
                            format!("each {var}'s `{tb}` comes from the process that printed its `{ta}`"),
                            format!("the lines of one {var} were printed by one process in every run"),
                            &[format!("same_process: [{la}, {lb}]"), format!("by: {var}")],
                        ));
                        for (x, y, tx, ty) in [(la, lb, &ta, &tb), (lb, la, &tb, &ta)] {
                            self.candidates.push(Candidate::new(
                                format!("each {var}'s `{ty}` comes after its `{tx}`"),
                                format!("program order: in every run each {var}'s lines were printed in this order by one process"),
                                &[format!("before: [{x}, {y}]"), format!("by: {var}")],
                            ));
                        }
                    } else if wa.len() == 1 && wb.len() == 1 && wa != wb {
                        // Written first, by the clock, in the first run: the writer.
                        let at = |l: &str| {
                            first
                                .processes
                                .iter()
                                .flat_map(|p| &p.events)
                                .filter(|e| e.label.as_deref() == Some(l))
                                .map(|e| e.time_ns)
                                .min()
                        };
                        let (w, r, tw, tr, ww, wr) = if at(la) <= at(lb) {
                            (la, lb, &ta, &tb, &wa[0], &wb[0])
                        } else {
                            (lb, la, &tb, &ta, &wb[0], &wa[0])
                        };
                        self.candidates.push(Candidate::new(
                            format!("the {var}s {wr} prints in `{tr}` are those {ww} printed in `{tw}`, in order"),
                            format!(
                                "values passed from {ww} to {wr} (a queue or a pipe, which the tracer does not see, so \
                                 compared by value): in every run each was read once, in the order written"
                            ),
                            &[format!("fifo: [{ww}.{w}, {wr}.{r}]"), format!("var: {var}")],
                        ));
                    }
                }
            }
        }
    }

    /// The whole output, and a fork's copied buffers.
    fn whole_output(&mut self, runs: &[Observation]) {
        self.candidates.push(Candidate::new(
            "the program prints only the assignment's lines".to_owned(),
            "every line of every run matched a pattern above, and nothing was written to stderr".to_owned(),
            &["all_lines_match: true".to_owned()],
        ));
        let forked = runs.iter().all(|o| {
            o.trace
                .processes
                .iter()
                .any(|p| p.origin == Origin::Fork && !p.events.iter().any(|e| e.label.as_deref() == Some("exec")))
        });
        if forked {
            self.candidates.push(Candidate::new(
                "nothing is printed twice (a stdio buffer copied by fork)".to_owned(),
                "processes were forked in every run, and no child wrote again what its parent had buffered".to_owned(),
                &["no_duplicated_output: true".to_owned()],
            ));
        }
    }

    /// A check about a role needs that role's processes to exist (skipped, not failed, when
    /// they do not); the count itself needs nothing. `exists`: each name with the check
    /// saying its processes exist.
    fn needs_existence(&mut self, exists: &[(String, String)]) {
        for c in &mut self.candidates {
            for (n, there) in exists {
                let mentions = c
                    .body
                    .iter()
                    .any(|l| l.split(|ch: char| !(ch.is_ascii_alphanumeric() || ch == '_')).any(|word| word == n));
                if mentions && c.name != *there && !c.needs.contains(there) {
                    c.needs.insert(0, there.clone());
                }
            }
        }
    }

    /// Orders between the lines of different processes: those happens-before guarantees in
    /// every run are checks (less those implied by two others); those that held in every run
    /// by the clock only are comments.
    fn orders(&mut self, runs: &[Observation], lines: &Lines, names: &[String]) {
        // Selectors: each name with each line it printed; its exit when it printed none.
        let mut selectors: Vec<(String, String)> = Vec::new();
        for n in names {
            let mut any = false;
            for l in &lines.names {
                if runs.iter().all(|o| !events(&o.trace, n, l).is_empty()) {
                    selectors.push((n.clone(), l.clone()));
                    any = true;
                }
            }
            if !any && n != "main" && runs.iter().all(|o| !events(&o.trace, n, "exit").is_empty()) {
                selectors.push((n.clone(), "exit".to_owned()));
            }
        }
        let k = selectors.len();
        let mut hb = vec![vec![true; k]; k];
        let mut clock = vec![vec![true; k]; k];
        for o in runs {
            let reach = Reach::new(&o.trace);
            let evs: Vec<Events> = selectors.iter().map(|(n, l)| events(&o.trace, n, l)).collect();
            for a in 0..k {
                for b in 0..k {
                    if a == b {
                        continue;
                    }
                    let all = |f: &dyn Fn(EventId, EventId) -> bool| {
                        evs[a].iter().all(|&x| evs[b].iter().all(|&y| x != y && f(x, y)))
                    };
                    hb[a][b] &= all(&|x, y| reach.happens_before(x, y));
                    clock[a][b] &= all(&|x, y| o.trace.event(x).time_ns < o.trace.event(y).time_ns);
                }
            }
        }
        let text = |s: &(String, String)| -> String {
            match lines.names.iter().position(|l| *l == s.1) {
                Some(t) => format!("{}'s `{}`", s.0, show(&lines.templates[t], &lines.slots[t])),
                None => format!("{}'s end", s.0),
            }
        };
        let ancestor = |a: &str, b: &str| -> bool {
            // True when a process named `a` is an ancestor of one named `b`.
            let t = &runs[0].trace;
            t.processes.iter().filter(|p| p.name == b).any(|p| {
                let mut up = p.parent;
                while let Some(q) = up {
                    if t.processes[q].name == a {
                        return true;
                    }
                    up = t.processes[q].parent;
                }
                false
            })
        };
        for a in 0..k {
            for b in 0..k {
                if a == b || selectors[a].0 == selectors[b].0 {
                    continue;
                }
                let (sa, sb) = (&selectors[a], &selectors[b]);
                if hb[a][b] {
                    let implied = (0..k).any(|c| c != a && c != b && hb[a][c] && hb[c][b]);
                    if implied {
                        continue;
                    }
                    let why = if ancestor(&sa.0, &sb.0) {
                        format!("happens-before: {} printed it before the fork that led to {}", sa.0, sb.0)
                    } else if ancestor(&sb.0, &sa.0) {
                        format!("happens-before: {} waited for {} to end before printing it (a wait)", sb.0, sa.0)
                    } else {
                        "happens-before: a chain of forks and waits orders them".to_owned()
                    };
                    self.candidates.push(Candidate::new(
                        format!("{} comes after {}", text(sb), text(sa)),
                        format!("{why}, in every run"),
                        &[format!("before: [{}.{}, {}.{}]", sa.0, sa.1, sb.0, sb.1)],
                    ));
                } else if clock[a][b] && !hb[b][a] {
                    self.comments.push(format!(
                        "not guaranteed: {} came before {} in every run, but no fork or wait orders them (a \
                         message through a queue or a pipe may, which the tracer does not see): \
                         `before: [{}.{}, {}.{}]` would grade the schedule",
                        text(sa),
                        text(sb),
                        sa.0,
                        sa.1,
                        sb.0,
                        sb.1
                    ));
                }
            }
        }
    }

    /// Spans from one line to the next of another in the same process (a task's run and
    /// result lines): how many happens-before guarantees overlap, and how many the clock saw.
    fn parallelism(&mut self, runs: &[Observation], lines: &Lines) {
        for templates in lines.keys.iter().filter(|(v, _)| v.starts_with("task")).map(|(_, t)| t) {
            let [a, b] = templates[..] else { continue };
            let (la, lb) = (&lines.names[a], &lines.names[b]);
            let Some(role) = lines.roles[a].clone() else { continue };
            let mut guaranteed = usize::MAX;
            let (mut least_seen, mut most_seen) = (usize::MAX, 0);
            for o in runs {
                let t = &o.trace;
                let reach = Reach::new(t);
                let mut spans: Vec<(EventId, EventId)> = Vec::new();
                for (pi, p) in t.processes.iter().enumerate() {
                    let mut open: Option<usize> = None;
                    for (i, e) in p.events.iter().enumerate() {
                        match e.label.as_deref() {
                            Some(l) if l == la => open = Some(i),
                            Some(l) if l == lb => {
                                if let Some(s) = open.take() {
                                    spans.push((EventId::new(pi, s), EventId::new(pi, i)));
                                }
                            }
                            _ => {}
                        }
                    }
                }
                let overlap = |x: &(EventId, EventId), y: &(EventId, EventId)| {
                    reach.happens_before(x.0, y.1) && reach.happens_before(y.0, x.1)
                };
                guaranteed = guaranteed.min(largest_clique(&spans, overlap));
                let seen = most_at_once(
                    &spans.iter().map(|(s, e)| (t.event(*s).time_ns, t.event(*e).time_ns)).collect::<Vec<_>>(),
                );
                least_seen = least_seen.min(seen);
                most_seen = most_seen.max(seen);
            }
            let (ta, tb) = (show(&lines.templates[a], &lines.slots[a]), show(&lines.templates[b], &lines.slots[b]));
            if guaranteed >= 2 && guaranteed != usize::MAX {
                self.candidates.push(Candidate::new(
                    format!("at least {guaranteed} spans from `{ta}` to `{tb}` overlap"),
                    format!("happens-before makes {guaranteed} of them overlap in every run"),
                    &[format!("in_flight: [{role}.{la}, {role}.{lb}]"), format!("at_least: {guaranteed}")],
                ));
            } else if most_seen >= 2 {
                let seen = if least_seen == most_seen {
                    format!("{most_seen}")
                } else {
                    format!("{least_seen} to {most_seen}")
                };
                self.comments.push(format!(
                    "by the clock only: {seen} spans from `{ta}` to `{tb}` ran at once, but \
                     nothing guarantees they overlap; if each span sleeps long enough to make it stable, add \
                     `in_flight: [{role}.{la}, {role}.{lb}]` with `at_least: 2` (see docs/draft.md)"
                ));
            }
        }
    }
}

/// `once`, `twice`, `N times`.
fn times(k: usize) -> String {
    match k {
        0 => "no time".to_owned(),
        1 => "once".to_owned(),
        2 => "twice".to_owned(),
        _ => format!("{k} times"),
    }
}

/// `at least once`, `at least N times`.
fn at_least(k: usize) -> String {
    format!("at least {}", times(k))
}

/// The events of name `n` labelled `l`.
fn events(t: &Trace, n: &str, l: &str) -> Events {
    let mut out = Vec::new();
    for (pi, p) in t.processes.iter().enumerate().filter(|(_, p)| p.name == n) {
        for (i, e) in p.events.iter().enumerate() {
            if e.label.as_deref() == Some(l) {
                out.push(EventId::new(pi, i));
            }
        }
    }
    out
}

/// The most spans that pairwise overlap (intervals pairwise overlapping share a moment).
fn largest_clique<T>(items: &[T], overlap: impl Fn(&T, &T) -> bool) -> usize {
    // Few spans (a program's tasks); past 20, a greedy answer is still a lower bound.
    let n = items.len();
    if n == 0 {
        return 0;
    }
    let adj: Vec<Vec<bool>> =
        (0..n).map(|i| (0..n).map(|j| i != j && overlap(&items[i], &items[j])).collect()).collect();
    if n > 20 {
        let mut best = 1;
        for i in 0..n {
            let mut set = vec![i];
            for (j, _) in adj.iter().enumerate() {
                if set.iter().all(|&s| adj[s][j]) {
                    set.push(j);
                }
            }
            best = best.max(set.len());
        }
        return best;
    }
    let mut best = 1;
    for mask in 1u32..(1 << n) {
        let size = mask.count_ones() as usize;
        if size <= best {
            continue;
        }
        let members: Vec<usize> = (0..n).filter(|&i| mask & (1 << i) != 0).collect();
        if members.iter().all(|&i| members.iter().all(|&j| i == j || adj[i][j])) {
            best = size;
        }
    }
    best
}

/// The most spans open at one moment by the clock.
fn most_at_once(spans: &[(u64, u64)]) -> usize {
    let mut points: Vec<(u64, i32)> = spans.iter().flat_map(|&(s, e)| [(s, 1), (e, -1)]).collect();
    points.sort_by_key(|&(t, d)| (t, d));
    let (mut now, mut most) = (0i32, 0i32);
    for (_, d) in points {
        now += d;
        most = most.max(now);
    }
    most as usize
}

/// A template as a reader sees it: the numbers that vary as `N`, the others as they are.
fn show(t: &Template, slots: &[Slot]) -> String {
    let mut s = String::new();
    for (j, text) in t.texts.iter().enumerate() {
        s.push_str(text);
        match slots.get(j) {
            Some(Slot::Literal(v)) => s.push_str(v),
            Some(_) => s.push('N'),
            None if j + 1 < t.texts.len() => s.push('N'),
            None => {}
        }
    }
    s.replace('`', "'")
}

/// The whole draft: head, lines, the checks with their reasons, and the comments.
fn assemble(head: &str, lines: &str, checks: &[Candidate], comments: &[String]) -> String {
    let mut s = format!("{head}{lines}expect:\n");
    let mut used: Vec<String> = Vec::new();
    for c in checks {
        let mut name = c.name.clone();
        let mut k = 1;
        while used.contains(&name) {
            k += 1;
            name = format!("{} ({k})", c.name);
        }
        used.push(name.clone());
        let _ = writeln!(s, "  # Why: {}.", c.why);
        let _ = writeln!(s, "  - name: {}", quote(&name));
        if !c.needs.is_empty() {
            let needs: Vec<String> = c.needs.iter().map(|n| quote(n)).collect();
            let _ = writeln!(s, "    needs: [{}]", needs.join(", "));
        }
        for line in &c.body {
            let _ = writeln!(s, "    {line}");
        }
    }
    if !comments.is_empty() {
        let _ = writeln!(s, "# Not checked: what held in every run without a guarantee.");
        for c in comments {
            let _ = writeln!(s, "# - {c}");
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_becomes_a_template_and_its_numbers() {
        let (t, values) = template("Task 3 runs 1.25 seconds (pid:4021).");
        assert_eq!(t.texts, ["Task ", " runs ", " seconds (pid:", ")."]);
        assert_eq!(t.decimal, [false, true, false]);
        assert_eq!(values, ["3", "1.25", "4021"]);
        assert_eq!(show(&t, &[]), "Task N runs N seconds (pid:N).");
        let slots = [Slot::Literal("3".into()), Slot::Var("n".into()), Slot::Pid(Whose::Writer)];
        assert_eq!(show(&t, &slots), "Task 3 runs N seconds (pid:N).");
        let (plain, none) = template("DONE");
        assert_eq!((plain.texts, none.len()), (vec!["DONE".to_owned()], 0));
    }

    #[test]
    fn line_names_are_first_words_unique_and_never_an_event_label() {
        let names = line_names(&[
            template("Run task 1 (pid:2)...").0,
            template("Run task 1 (2)").0,
            template("exit").0,
            template("42").0,
        ]);
        assert_eq!(names, ["run_task_pid", "run_task", "exit_line", "line"]);
    }

    #[test]
    fn the_reference_is_named_relative_to_the_drafts_directory() {
        assert_eq!(relative(Path::new("/a/b/c"), Path::new("/a/x/y.py")), PathBuf::from("../../x/y.py"));
        assert_eq!(relative(Path::new("/a"), Path::new("/a/y.py")), PathBuf::from("y.py"));
    }

    #[test]
    fn parallelism_by_the_clock_and_by_guarantee() {
        assert_eq!(most_at_once(&[(0, 10), (5, 15), (12, 20), (30, 40)]), 2);
        assert_eq!(most_at_once(&[(0, 10), (10, 20)]), 1, "one ends as the next starts");
        // Spans 0, 1, 2 pairwise overlap; 3 overlaps only 0.
        let pairs = [(0, 1), (0, 2), (1, 2), (0, 3)];
        let overlap = |a: &usize, b: &usize| pairs.contains(&(*a.min(b), *a.max(b)));
        assert_eq!(largest_clique(&[0usize, 1, 2, 3], overlap), 3);
        assert_eq!(largest_clique(&[] as &[usize], overlap), 0);
    }

    #[test]
    fn yaml_quoting_keeps_quotes_and_braces() {
        assert_eq!(quote("it's {out}"), "'it''s {out}'");
        assert_eq!(words(&["{out}".into()]), "'{out}'");
        assert_eq!(words(&["python3".into(), "my file.py".into()]), "['python3', 'my file.py']");
    }
}
