//! What a grade says about the program's lines: the format check (lines that matched their
//! pattern only loosely, each beside the form the assignment expects with the difference
//! marked), the nearest printed line for an expected line that never appeared, and why a
//! process named by its place printed none of its role's lines.
//!
//! All of it reads the observation; none of it changes a check's verdict except the format
//! check's own.

use super::{GradedCheck, Status};
use crate::model::scenario::{CheckKind, Counted, EventMatch, InFlight, LineDef, Scenario, Selector};
use crate::sources::observer::{Observation, Stream};
use crate::trace::{Ending, Origin, ProcId};
use std::collections::HashMap;

/// The name of the format check in grades.
pub const FORMAT_CHECK: &str = "the lines are printed in the assignment's format";

/// What the format check is worth: the scenario's `format_points`, else a tenth of the other
/// checks' points rounded to a half point and at least a half point; `None` when the scenario
/// leaves the check out (strict matching, or `format_points: 0`).
pub fn format_points(scenario: &Scenario) -> Option<f64> {
    let program = scenario.program.as_ref()?;
    if program.strict_lines || scenario.lines.is_empty() {
        return None;
    }
    let points = program.format_points.unwrap_or_else(|| {
        let others: f64 = scenario.checks.iter().map(|c| c.points.unwrap_or(1.0)).sum();
        ((others * 0.1 * 2.0).round() / 2.0).max(0.5)
    });
    (points > 0.0).then_some(points)
}

/// The format check: it passes when the program printed lines of the assignment and each
/// matched its pattern exactly, on stdout; a line of the assignment written to stderr is
/// named, and a line that matched only loosely is shown with the expected form and the
/// difference.
pub fn format_check(scenario: &Scenario, o: &Observation, points: f64) -> GradedCheck {
    let defs: HashMap<&str, &LineDef> = scenario.lines.iter().map(|l| (l.name.as_str(), l)).collect();
    let matched = o.output.iter().filter(|l| l.pattern.is_some()).count();
    let loose: Vec<_> = o.output.iter().filter(|l| l.loose && l.stream == Stream::Stdout).collect();
    let on_stderr: Vec<_> = o.output.iter().filter(|l| l.stream == Stream::Stderr && l.pattern.is_some()).collect();
    // A line that carries a value (a pid, a number) shows the format; one that carries none
    // (`DONE`) is right by being there at all: alone, after two children that did nothing,
    // it earned the format's point on the queue (red team round 23). An assignment whose lines
    // carry no value at all is judged on what it has.
    // Each pattern compiled once, not once per printed line.
    let with_values: Vec<&str> = scenario
        .lines
        .iter()
        .filter(|d| regex::Regex::new(&d.pattern).is_ok_and(|r| r.capture_names().flatten().next().is_some()))
        .map(|d| d.name.as_str())
        .collect();
    let any_carries_value = !with_values.is_empty();
    let shows_format = o.output.iter().filter_map(|l| l.pattern.as_deref()).any(|p| with_values.contains(&p));
    let (status, message) = if matched == 0 {
        (Status::Failed, "not earned: the program printed no line of the assignment".to_owned())
    } else if any_carries_value && !shows_format {
        (
            Status::Failed,
            "not earned: of the assignment's lines the program printed only some that carry no value, too few to show their format".to_owned(),
        )
    } else if loose.is_empty() && on_stderr.is_empty() {
        (Status::Passed, format!("{matched} line(s) printed exactly as the assignment writes them"))
    } else {
        let mut message = String::new();
        if !on_stderr.is_empty() {
            message.push_str(&format!(
                "{} line(s) of the assignment were written to stderr, but the assignment's output is stdout (they still counted for every other check):",
                on_stderr.len()
            ));
            for l in on_stderr.iter().take(10) {
                message.push_str(&format!("\n  `{}` by {}", l.text, o.trace.processes[l.process].role));
            }
            if on_stderr.len() > 10 {
                message.push_str(&format!("\n  ... and {} more", on_stderr.len() - 10));
            }
            if !loose.is_empty() {
                message.push('\n');
            }
        }
        if !loose.is_empty() {
            message.push_str(&format!(
                "{} line(s) say what the assignment asks but are not written the same way (they still counted for every other check):",
                loose.len()
            ));
        }
        for l in loose.iter().take(10) {
            let Some(def) = l.pattern.as_deref().and_then(|p| defs.get(p)) else { continue };
            let expected = expected_line(def, &l.text);
            message.push_str(&format!(
                "\n  `{}` by {}\n    expected: {expected}\n    printed:  {}\n    changes:  {}",
                def.name,
                o.trace.processes[l.process].role,
                l.text,
                diff(&expected, &l.text)
            ));
        }
        if loose.len() > 10 {
            message.push_str(&format!("\n  ... and {} more", loose.len() - 10));
        }
        (Status::Failed, message)
    };
    GradedCheck {
        name: FORMAT_CHECK.to_owned(),
        points,
        score: if status == Status::Passed { points } else { 0.0 },
        status,
        message,
        visibility: crate::model::scenario::Visibility::Visible,
        hidden_until: None,
        events: Vec::new(),
    }
}

/// The line `def` expects, with the values `text` gave its captures where it matched loosely:
/// the form (the pattern, or the alternative) the line matched by, loosely, else with words
/// added, in the order `build::matched` tries them.
fn expected_line(def: &LineDef, text: &str) -> String {
    use crate::sources::observer::build::{loosen, loosen_worded};
    let sources: Vec<&str> =
        std::iter::once(def.pattern.as_str()).chain(def.alternatives.iter().map(String::as_str)).collect();
    for widen in [loosen as fn(&str) -> String, loosen_worded] {
        for source in &sources {
            let Ok(re) = regex::Regex::new(&widen(source)) else { continue };
            let Some(c) = re.captures(text) else { continue };
            let values: HashMap<String, String> = re
                .capture_names()
                .flatten()
                .filter_map(|name| Some((name.to_owned(), c.name(name)?.as_str().to_owned())))
                .collect();
            return expected_form(source, &values);
        }
    }
    expected_form(&def.pattern, &HashMap::new())
}

/// A pattern written out as the line it describes: literal text unescaped, each named capture
/// as its value in `values` or as `<name>`, the first of alternatives, quantifiers dropped.
pub fn expected_form(pattern: &str, values: &HashMap<String, String>) -> String {
    let chars: Vec<char> = pattern.chars().collect();
    let mut out = String::new();
    render(&chars, values, &mut out);
    out
}

fn render(chars: &[char], values: &HashMap<String, String>, out: &mut String) {
    let mut i = 0;
    while i < chars.len() {
        match chars[i] {
            '\\' => {
                match chars.get(i + 1) {
                    Some('d') => out.push('0'),
                    Some('w') => out.push('x'),
                    Some('s') => out.push(' '),
                    Some(c) if !c.is_ascii_alphanumeric() => out.push(*c),
                    _ => {}
                }
                i += 2;
            }
            '(' => {
                let end = group_end(chars, i);
                let inner = &chars[i + 1..end.min(chars.len())];
                let text: String = inner.iter().collect();
                // An optional group of literal text is part of the line as the assignment
                // prints it (`(?:\()?`: the parenthesis shown); an optional group that matches
                // a class of characters is a variant the pattern also accepts (`(?:b['"])?` for
                // bytes, `(?:\w+ ?= ?)?` for a variable's name), not shown (blind12: the report
                // said a pipe's line "expects send: b'<value>'").
                if matches!(chars.get(end + 1), Some('?' | '*')) && !text.starts_with("?P<") && matches_a_class(inner) {
                    i = end + 2;
                    continue;
                }
                if let Some(rest) = text.strip_prefix("?P<").or_else(|| text.strip_prefix("?<")) {
                    let name: String = rest.chars().take_while(|c| *c != '>').collect();
                    match values.get(&name) {
                        Some(v) => out.push_str(v),
                        None => out.push_str(&format!("<{name}>")),
                    }
                } else if let Some(rest) = text.strip_prefix("?:") {
                    let rest: Vec<char> = rest.chars().collect();
                    render(&rest, values, out);
                } else if !text.starts_with('?') {
                    render(inner, values, out);
                }
                i = end + 1;
            }
            '[' => {
                out.push(chars.get(i + 1).copied().filter(|c| *c != '^' && *c != '\\').unwrap_or('x'));
                while i < chars.len() && chars[i] != ']' {
                    i += 1;
                }
                i += 1;
            }
            '|' => return,
            '{' => {
                while i < chars.len() && chars[i] != '}' {
                    i += 1;
                }
                i += 1;
            }
            '^' | '$' | '*' | '+' | '?' => i += 1,
            c => {
                out.push(c);
                i += 1;
            }
        }
    }
}

/// Whether a pattern's text matches a class of characters somewhere (`[...]`, `\w`, `\d`, `\s`,
/// `.`), not only literal text.
fn matches_a_class(chars: &[char]) -> bool {
    let mut i = 0;
    while i < chars.len() {
        match chars[i] {
            '\\' if chars.get(i + 1).is_some_and(|c| "wdsWDS".contains(*c)) => return true,
            '\\' => i += 1,
            '[' | '.' => return true,
            _ => {}
        }
        i += 1;
    }
    false
}

/// The index of the `)` that closes the group opened at `open`.
fn group_end(chars: &[char], open: usize) -> usize {
    let mut depth = 0;
    let mut i = open;
    while i < chars.len() {
        match chars[i] {
            '\\' => i += 1,
            '(' => depth += 1,
            ')' => {
                depth -= 1;
                if depth == 0 {
                    return i;
                }
            }
            _ => {}
        }
        i += 1;
    }
    chars.len()
}

/// The changes that make `expected` into `actual`, character by character: `[-x-]` where the
/// expected text has `x` and the printed line does not, `{+y+}` where the printed line has `y`.
pub fn diff(expected: &str, actual: &str) -> String {
    let a: Vec<char> = expected.chars().collect();
    let b: Vec<char> = actual.chars().collect();
    // What both start and end with is kept whole first: a longest common subsequence found
    // `Process end.` scattered through `MainProcess: Process end.` and showed
    // `{+Main+}Process{+:+} {+Proc+}e{+ss e+}nd.` (blind13's r14).
    let head = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let tail = a[head..].iter().rev().zip(b[head..].iter().rev()).take_while(|(x, y)| x == y).count();
    let (a_mid, b_mid) = (&a[head..a.len() - tail], &b[head..b.len() - tail]);
    let middle = diff_chars(a_mid, b_mid);
    let (head, tail): (String, String) = (a[..head].iter().collect(), a[a.len() - tail..].iter().collect());
    format!("{head}{middle}{tail}")
}

/// `diff` of what lies between the common start and end.
fn diff_chars(a: &[char], b: &[char]) -> String {
    if a.len() * b.len() > 250_000 {
        return "(lines too long to compare)".to_owned();
    }
    // Longest common subsequence, by suffix lengths.
    let mut lcs = vec![vec![0u16; b.len() + 1]; a.len() + 1];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            lcs[i][j] = if a[i] == b[j] { lcs[i + 1][j + 1] + 1 } else { lcs[i + 1][j].max(lcs[i][j + 1]) };
        }
    }
    let (mut i, mut j) = (0, 0);
    let mut out = String::new();
    let (mut del, mut ins) = (String::new(), String::new());
    let flush = |out: &mut String, del: &mut String, ins: &mut String| {
        if !del.is_empty() {
            out.push_str(&format!("[-{del}-]"));
            del.clear();
        }
        if !ins.is_empty() {
            out.push_str(&format!("{{+{ins}+}}"));
            ins.clear();
        }
    };
    while i < a.len() || j < b.len() {
        if i < a.len() && j < b.len() && a[i] == b[j] {
            flush(&mut out, &mut del, &mut ins);
            out.push(a[i]);
            i += 1;
            j += 1;
        } else if j < b.len() && (i == a.len() || lcs[i][j + 1] >= lcs[i + 1][j]) {
            ins.push(b[j]);
            j += 1;
        } else {
            del.push(a[i]);
            i += 1;
        }
    }
    flush(&mut out, &mut del, &mut ins);
    out
}

/// The line names and process names a check is about.
fn subjects(kind: &CheckKind) -> (Vec<&str>, Vec<&Selector>) {
    match kind {
        CheckKind::Before { first: a, then: b, .. }
        | CheckKind::Concurrent { a, b }
        | CheckKind::SameValue { a, b, .. }
        | CheckKind::ComputedAfresh { a, b, .. }
        | CheckKind::SameProcess { a, b, .. }
        | CheckKind::DifferentProcess { a, b, .. }
        | CheckKind::Fifo { a, b, .. }
        | CheckKind::InFlight { what: InFlight::Spans { start: a, end: b, .. }, .. } => (vec![], vec![a, b]),
        CheckKind::Value { at, .. } | CheckKind::Computed { at, .. } | CheckKind::Received { at, .. } => {
            (vec![], vec![at])
        }
        CheckKind::PidOf { at, process, .. } => (vec![process.as_str()], vec![at]),
        CheckKind::ParentOf { parent, child, .. } | CheckKind::WaitsFor { parent, child } => {
            (vec![parent.as_str(), child.as_str()], vec![])
        }
        CheckKind::DescendantOf { ancestor, descendant } => (vec![ancestor.as_str(), descendant.as_str()], vec![]),
        CheckKind::Exit { process, .. } => (vec![process.as_str()], vec![]),
        CheckKind::Count { what: Counted::Processes(p) | Counted::SilentChildren(p) | Counted::Alive(p), .. } => {
            (vec![p.as_str()], vec![])
        }
        CheckKind::Count { what: Counted::Events(s) | Counted::Distinct { events: s, .. }, .. } => (vec![], vec![s]),
        _ => (vec![], vec![]),
    }
}

/// What a failed check's message gains: for each process it is about that was named by its
/// place, what became of its lines and how it ended; for each line it is about that nobody
/// printed, the line expected and the nearest line printed.
pub fn hints(scenario: &Scenario, o: &Observation, kind: &CheckKind) -> Vec<String> {
    let (mut names, selectors) = subjects(kind);
    let mut labels: Vec<&str> = Vec::new();
    // Lines a selector wants from one process, by label.
    let mut owned: Vec<(&str, &str)> = Vec::new();
    for s in &selectors {
        names.push(s.process.as_str());
        if let EventMatch::Label(l) = &s.matching {
            labels.push(l.as_str());
            if s.process != crate::model::scenario::ANY_PROCESS {
                owned.push((s.process.as_str(), l.as_str()));
            }
        }
    }
    let mut out = Vec::new();
    let trace = &o.trace;
    for p in &o.named_by_place {
        let proc_ = &trace.processes[*p];
        if !names.contains(&proc_.name.as_str()) {
            continue;
        }
        let role_lines: Vec<&str> = scenario
            .lines
            .iter()
            .filter(|l| l.role.as_deref() == Some(proc_.name.as_str()))
            .map(|l| l.name.as_str())
            .collect();
        let printed: Vec<&str> = lines_of(o, *p, Stream::Stdout).take(5).collect();
        let parent = proc_.parent.map_or("?", |q| trace.processes[q].role.as_str());
        let mut hint = format!(
            "{parent} made {} (pid {}), but none of its lines matched `{}`",
            proc_.role,
            proc_.pid,
            role_lines.join("` or `")
        );
        let to_stderr: Vec<&str> = lines_of(o, *p, Stream::Stderr).take(3).collect();
        if printed.is_empty() && !to_stderr.is_empty() {
            hint.push_str(&format!(
                "; it printed nothing on stdout, which the assignment reads, but wrote to stderr: `{}`",
                to_stderr.join("`, `")
            ));
        } else if printed.is_empty() {
            hint.push_str("; it printed nothing");
            let executed = proc_.events.iter().any(|e| matches!(e.kind, crate::trace::EventKind::Exec { .. }));
            if proc_.ending == crate::trace::Ending::Exited(0) && !executed && !runs_python(trace) {
                // A forked child that ended well and said nothing: most often a line left in
                // its stdio buffer at `_exit` (blind14's c12 was told only "it printed nothing").
                hint.push_str(
                    " and exited 0: a line printed with `printf` (or `print`) waits in the stdio buffer, \
                     since stdout is not a terminal here, and `_exit` drops it; call `fflush(stdout)` \
                     first, or end with `exit`",
                );
            }
        } else {
            hint.push_str(&format!("; its lines: `{}`", printed.join("`, `")));
        }
        if let Some(why) = crash(o, *p) {
            hint.push_str(&format!("; it {why}"));
        }
        out.push(hint);
    }
    // The line was printed, but by another process than the one the check names (main prints
    // the results a pool's workers returned).
    for (process, label) in owned {
        let named = |p: ProcId| trace.processes[p].name == process || trace.processes[p].role == process;
        let printed = o.output.iter().filter(|l| l.pattern.as_deref() == Some(label));
        if printed.clone().any(|l| named(l.process)) {
            continue;
        }
        if let Some(other) = printed.clone().next() {
            let count = printed.count();
            let hint = format!(
                "{count} `{label}` line(s) were printed, by {} (`{}`{}), but none by {process}",
                trace.processes[other.process].role,
                other.text,
                if count > 1 { ", ..." } else { "" }
            );
            if !out.contains(&hint) {
                out.push(hint);
            }
        }
    }
    for label in labels {
        let Some(def) = scenario.lines.iter().find(|l| l.name == label) else { continue };
        if o.output.iter().any(|l| l.pattern.as_deref() == Some(label)) {
            continue;
        }
        let expected = expected_form(&def.pattern, &HashMap::new());
        let mut hint = format!("no line matched `{label}`, which expects `{expected}`");
        if let Some((text, who)) = nearest(o, &expected) {
            hint.push_str(&format!("; the nearest line printed: `{text}` by {who}"));
            if words_before(&def.pattern, &expected, text) {
                // blind12's pr14: a student puzzled by a line that holds the text expected.
                hint.push_str(&format!(
                    ", which has words before it: the line must start with `{expected}` (a tag such as \
                     `[main]`, `child:` or a time of day may come first, other words may not)"
                ));
            }
        }
        if let Some(killed) = killed_before_printing(o, def) {
            hint.push_str(&killed);
        }
        if !out.contains(&hint) {
            out.push(hint);
        }
    }
    out
}

/// For a line that nobody printed and that processes of a role print (a pool's workers' result
/// lines), those of them that someone killed (SIGTERM, SIGKILL): main that ends without
/// joining its pool has the pool's finalizer terminate the workers mid-task, and the missing
/// line is that, not a wrong format (blind21's pool without `join`, whose report named only the
/// line's form).
fn killed_before_printing(o: &Observation, def: &crate::model::scenario::LineDef) -> Option<String> {
    let role = def.role.as_deref()?;
    let killed: Vec<(&str, crate::trace::Signal)> = o
        .trace
        .processes
        .iter()
        .filter(|p| p.name == role || p.role == role)
        // Not those the grader stopped at a limit: their signal was not the program's.
        .filter(|p| !o.trace.was_alive(p.pid))
        .filter_map(|p| match p.ending {
            crate::trace::Ending::Signaled(s) if s.is_sent_to_end() => Some((p.role.as_str(), s)),
            _ => None,
        })
        .collect();
    let (_, signal) = *killed.first()?;
    let who: Vec<&str> = killed.iter().take(4).map(|(r, _)| *r).collect();
    Some(format!(
        "; {}{} {} killed by {signal} before printing one: a process that ends its children while they \
         work (`terminate()`, or a Pool left without `close()` and `join()`, which its end terminates) \
         loses what they had still to print",
        who.join(", "),
        if killed.len() > who.len() { ", ..." } else { "" },
        if killed.len() == 1 { "was" } else { "were" },
    ))
}

/// The stdout line of the program most like `expected` (by edit distance, ignoring case and
/// everything but letters and digits), preferring lines that matched no pattern.
fn nearest<'o>(o: &'o Observation, expected: &str) -> Option<(&'o str, &'o str)> {
    let key = |s: &str| -> Vec<char> { comparable(s).chars().collect() };
    let want = key(expected);
    let lines: Vec<_> = o
        .output
        .iter()
        .filter(|l| l.stream == Stream::Stdout && o.trace.processes[l.process].origin != Origin::Helper)
        .collect();
    let unmatched: Vec<_> = lines.iter().filter(|l| l.pattern.is_none()).copied().collect();
    let pool = if unmatched.is_empty() { lines } else { unmatched };
    // Only a line within half its length of the expected one is a near miss worth showing:
    // `DONE` offered for `read, <value>` read as a hint at a typo (blind9 F8).
    pool.into_iter()
        .filter(|l| l.text.len() <= 500)
        .filter_map(|l| {
            let got = key(&l.text);
            let distance = levenshtein(&want, &got);
            (distance * 2 <= want.len().max(got.len())).then_some((distance, l))
        })
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, l)| (l.text.as_str(), o.trace.processes[l.process].role.as_str()))
}

/// Whether `pattern` is anchored at the line's start and `text` holds `expected` only after
/// other words (compared as `nearest` compares: letters, digits and spaces, case ignored).
fn words_before(pattern: &str, expected: &str, text: &str) -> bool {
    let (want, got) = (comparable(expected), comparable(text));
    let want = want.trim();
    pattern.trim_start_matches("(?i)").starts_with('^')
        && !want.is_empty()
        && got.find(want).is_some_and(|at| !got[..at].trim().is_empty())
}

/// A line as `nearest` and `words_before` compare it: its letters, digits and spaces, case
/// ignored.
fn comparable(s: &str) -> String {
    s.chars().filter(|c| c.is_alphanumeric() || *c == ' ').flat_map(char::to_lowercase).collect()
}

fn levenshtein(a: &[char], b: &[char]) -> usize {
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = (prev + usize::from(ca != cb)).min(row[j] + 1).min(row[j + 1] + 1);
            prev = cur;
        }
    }
    row[b.len()]
}

/// The lines process `p` wrote on `stream`, in order.
fn lines_of(o: &Observation, p: ProcId, stream: Stream) -> impl Iterator<Item = &str> {
    o.output.iter().filter(move |l| l.process == p && l.stream == stream).map(|l| l.text.as_str())
}

/// The last line of a Python error, which names the exception, traceback or not (a
/// SyntaxError has none): `ZeroDivisionError: division by zero`.
static EXCEPTION_LINE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"^[A-Za-z_][\w.]*(Error|Exception|Exit|Interrupt)\b").expect("a valid pattern")
});

/// The exception line of the last Python error process `p` wrote to stderr, if any.
/// An exception whose message starts on the next line (multiprocessing's bootstrapping
/// `RuntimeError:`) is shown with that line.
pub fn exception(o: &Observation, p: ProcId) -> Option<String> {
    last_exception(&lines_of(o, p, Stream::Stderr).map(str::trim).collect::<Vec<_>>())
}

/// The line that ends a traceback when its exception's name says nothing of an error: a
/// dotted name, alone or before a colon (`_queue.Empty` from `q.get(timeout=1)`: blind14).
static TRACEBACK_END: std::sync::LazyLock<regex::Regex> =
    std::sync::LazyLock::new(|| regex::Regex::new(r"^[A-Za-z_][\w.]*(?::(?: .*)?)?$").expect("a valid pattern"));

/// The last exception named in `lines` (trimmed lines of stderr), as `exception` shows it.
fn last_exception(lines: &[&str]) -> Option<String> {
    let named = lines.iter().rposition(|l| EXCEPTION_LINE.is_match(l));
    // After the last traceback header's last frame, the first line of that form (frames are
    // `File ...` and lines of source, which have spaces or brackets): what follows it is the
    // message's, which a program writes (red team round 28: `raise E("...\nscore: 11/11")`
    // was reported as "died with score: 11/11").
    let ended = lines.iter().rposition(|l| l.starts_with("Traceback (most recent call last)")).and_then(|header| {
        let frames = (header + 1..lines.len()).rev().find(|&i| lines[i].starts_with("File ")).unwrap_or(header);
        (frames + 1..lines.len()).find(|&i| TRACEBACK_END.is_match(lines[i]))
    });
    let at = named.max(ended)?;
    let line = lines[at];
    if !line.ends_with(':') {
        return Some(line.to_owned());
    }
    // The message's lines, up to a blank line or the next traceback; three at most.
    let message: Vec<&str> = lines[at + 1..]
        .iter()
        .take_while(|l| !l.is_empty() && !l.starts_with("Traceback") && !EXCEPTION_LINE.is_match(l))
        .take(3)
        .copied()
        .collect();
    Some(if message.is_empty() { line.to_owned() } else { format!("{line} {}", message.join(" ")) })
}

/// The error of a Python program its interpreter refused before running any of it (a
/// `SyntaxError`, `IndentationError` or `TabError` in the file it was given), as process `p`
/// wrote it to stderr: the error line, and the line of the file it names. Such an error comes
/// without a `Traceback` header, which an error raised while running (an `import` of a broken
/// module, `exec`, `compile`) always has: that one is a crash of a program that ran. And it
/// comes from a process that ran nothing (`ran_nothing`: a program that forked and printed,
/// then wrote a made-up `SyntaxError`, was told "not one line runs": red team round 31).
pub fn refused_source(o: &Observation, p: ProcId) -> Option<(String, Option<u32>)> {
    if !ran_nothing(o, p) {
        return None;
    }
    let lines: Vec<&str> = lines_of(o, p, Stream::Stderr).map(str::trim).collect();
    if lines.iter().any(|l| l.starts_with("Traceback (most recent call last)")) {
        return None;
    }
    let error = last_exception(&lines)?;
    if !["SyntaxError", "IndentationError", "TabError"].iter().any(|e| error.starts_with(&format!("{e}:"))) {
        return None;
    }
    let line = lines.iter().rev().find_map(|l| {
        let (_, after) = l.strip_prefix("File \"")?.rsplit_once("\", line ")?;
        after.split(|c: char| !c.is_ascii_digit()).next()?.parse().ok()
    });
    Some((error, line))
}

/// Whether process `p` ended as an interpreter that refused its program does: it exited 1,
/// printed no line on stdout, and no process but it (and the helpers before it, a pyenv
/// shim's) was made. A program that ran could still write a `SyntaxError` of its own making
/// to stderr; one that looks like this gains nothing by it.
pub fn ran_nothing(o: &Observation, p: ProcId) -> bool {
    o.trace.processes.get(p).is_some_and(|process| process.ending == Ending::Exited(1))
        && !o.output.iter().any(|l| l.process == p && l.stream == Stream::Stdout)
        && o.trace.processes.iter().all(|c| matches!(c.origin, Origin::Main | Origin::Helper))
}

/// How process `p` died, when it did not exit 0: killed by a signal, or an exit status with the
/// exception line of a Python traceback it wrote to stderr.
///
/// A process the grader itself stopped (still running at the time limit, or at another limit)
/// is said to be, not "killed by SIGTERM": the signal was the grader's, and a student read it as
/// their own `terminate()` (blind22: two deadlocks).
pub fn crash(o: &Observation, p: ProcId) -> Option<String> {
    let process = &o.trace.processes[p];
    match &process.ending {
        Ending::Signaled(s) if s.is_sent_to_end() && o.trace.was_alive(process.pid) => {
            Some(format!("was still running when the grader stopped the run ({})", o.trace.program_ending()))
        }
        Ending::Signaled(s) => Some(format!("was killed by {s}")),
        Ending::Exited(0) => exception(o, p).map(|e| format!("raised {e}")),
        Ending::Exited(c) => Some(match exception(o, p) {
            Some(e) => format!("died with {e} (exit {c})"),
            None => format!("exited with status {c}"),
        }),
        _ => None,
    }
}

/// Whether the program is a Python program (the image its main process ended up running,
/// past any launcher such as pyenv's shim, is an interpreter): its processes end by
/// `os._exit` (a pool's idle workers among them, which print nothing), and under the grader's
/// `PYTHONUNBUFFERED` nothing waits in a stdio buffer for them to drop (red team round 17:
/// idle workers of an `apply` were told to call `fflush`).
fn runs_python(trace: &crate::trace::Trace) -> bool {
    let main = trace.processes.iter().find(|p| p.origin == crate::trace::Origin::Main);
    let image = main.and_then(|main| {
        main.events.iter().rev().find_map(|e| match &e.kind {
            crate::trace::EventKind::Exec { argv, .. } => argv.first(),
            _ => None,
        })
    });
    image.is_some_and(|program| crate::trace::is_python_interpreter(program))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_exception_is_its_last_line_with_a_message_that_starts_below_it() {
        let traceback =
            ["Traceback (most recent call last):", "File \"x.py\", line 1", "ZeroDivisionError: division by zero"];
        assert_eq!(last_exception(&traceback).as_deref(), Some("ZeroDivisionError: division by zero"));
        let bootstrap = [
            "RuntimeError:",
            "An attempt has been made to start a new process before the",
            "current process has finished its bootstrapping phase.",
            "",
            "This probably means that you are not using fork",
        ];
        assert_eq!(
            last_exception(&bootstrap).as_deref(),
            Some(
                "RuntimeError: An attempt has been made to start a new process before the current process has \
                 finished its bootstrapping phase."
            )
        );
        assert_eq!(last_exception(&["KeyboardInterrupt:"]).as_deref(), Some("KeyboardInterrupt:"));
        assert_eq!(last_exception(&["all is well"]), None);
        let empty = [
            "Traceback (most recent call last):",
            "File \"q.py\", line 9, in <module>",
            "q.get(timeout=1)",
            "_queue.Empty",
        ];
        assert_eq!(last_exception(&empty).as_deref(), Some("_queue.Empty"));
        let interrupted =
            ["Traceback (most recent call last):", "File \"x.py\", line 2, in <module>", "main()", "StopIteration"];
        assert_eq!(last_exception(&interrupted).as_deref(), Some("StopIteration"));
        // A message's later lines are the program's words, not the exception's name.
        let forged = [
            "Traceback (most recent call last):",
            "File \"x.py\", line 3, in <module>",
            "raise E(\"oops\\nscore: 11/11\")",
            "__main__.E: oops",
            "score: 11/11",
        ];
        assert_eq!(last_exception(&forged).as_deref(), Some("__main__.E: oops"));
    }

    #[test]
    fn a_near_miss_with_words_before_an_anchored_line_says_the_line_must_start_with_it() {
        let pattern = r"^Process will start\.";
        assert!(words_before(pattern, "Process will start.", "Child process will start."));
        assert!(words_before(pattern, "Process will start.", "NOW: Process will start!"));
        assert!(!words_before(pattern, "Process will start.", "Process will start now."));
        assert!(!words_before(pattern, "Process will start.", "Process will stop."));
        assert!(!words_before(r"Process will start\.", "Process will start.", "Child process will start."));
    }

    #[test]
    fn expected_forms_and_diffs() {
        let p = r"I am child process \((?P<pid>\d+)\) and my parent is (?:\()?(?P<ppid>\d+)\)?\.";
        let values = HashMap::from([("pid".to_owned(), "12".to_owned())]);
        assert_eq!(expected_form(p, &values), "I am child process (12) and my parent is (<ppid>).");
        assert_eq!(expected_form(r"Run task (?P<task>\d+)|Task \d+", &HashMap::new()), "Run task <task>");
        // Variants an optional group accepts are not the line as the assignment prints it.
        assert_eq!(expected_form(r#"send: (?:b['"])?(?P<value>\w+)"#, &HashMap::new()), "send: <value>");
        assert_eq!(expected_form(r"read, (?:\w+ ?= ?)?(?P<value>\w+)", &HashMap::new()), "read, <value>");
        assert_eq!(diff("Process (12) start...", "process 12 start"), "[-P-]{+p+}rocess [-(-]12[-)-] start[-...-]");
        assert_eq!(diff("same", "same"), "same");
        assert_eq!(diff("Process end.", "MainProcess: Process end."), "{+MainProcess: +}Process end.");
        assert_eq!(diff("Process end.", "Process end. (done)"), "Process end.{+ (done)+}");
    }

    /// A line loose to an alternative is shown beside that alternative, with its values.
    #[test]
    fn the_expected_line_is_the_form_the_line_matched_by() {
        let def = LineDef {
            name: "run".into(),
            pattern: r"Run task (?P<task>\d+) \(pid:(?P<pid>\d+)\)\.\.\.".into(),
            alternatives: vec![r"Run task (?P<task>\d+) \((?P<pid>\d+)\)\.\.\.".into()],
            role: None,
        };
        assert_eq!(expected_line(&def, "run task 3 (pid:77)"), "Run task 3 (pid:77)...");
        assert_eq!(expected_line(&def, "run task 3 (77)"), "Run task 3 (77)...");
        assert_eq!(expected_line(&def, "Run the task 3 (77)..."), "Run task 3 (77)...");
    }

    #[test]
    fn levenshtein_counts_edits() {
        let c = |s: &str| s.chars().collect::<Vec<_>>();
        assert_eq!(levenshtein(&c("kitten"), &c("sitting")), 3);
        assert_eq!(levenshtein(&c(""), &c("abc")), 3);
    }
}
