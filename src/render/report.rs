//! Human-readable reports of runs, as the CLI and the test harness print them.
//!
//! Reports only read the trace, the verdicts and the view models (`super::view`): a scenario
//! run, an observed program, checks tallied over repeated runs. A failing check is shown with
//! the events it names (role, position in program order, what happened), and a failed
//! scenario with its output in the order it was recorded, each line prefixed by the process
//! that printed it.

use crate::judge::check::Verdict;
use crate::judge::snapshot::SnapshotStatus;
use crate::render::escape::{self, Breaks};
use crate::render::view::{Observed, Repetition, ScenarioRun};
use crate::trace::{EventKind, Observation, Stream, Trace};
use std::fmt::Write;

/// The report of one scenario: a verdict line, then details of what failed. Its hints name
/// the command line, as this process was started (see `crate::invocation`).
pub fn scenario(run: &ScenarioRun, snapshot: &SnapshotStatus, verbose: bool) -> String {
    let accept = format!("{} run --accept {}", crate::invocation::command(), run.path.display());
    scenario_with(run, snapshot, verbose, Some(&accept))
}

/// `scenario`, with `accept` the command a hint names to accept a new or changed snapshot;
/// `None` for a test stopped at its failed checks, where no command accepts one.
pub fn scenario_with(run: &ScenarioRun, snapshot: &SnapshotStatus, verbose: bool, accept: Option<&str>) -> String {
    let mut out = String::new();
    let snapshot_ok = snapshot.passes();
    let checks_passed = run.verdicts.iter().all(|v| v.passed);
    let passed = checks_passed && snapshot_ok;
    let checks = run.verdicts.len();
    let failed = run.verdicts.iter().filter(|v| !v.passed).count();
    let snap_word = match snapshot {
        SnapshotStatus::Matches => "snapshot matches",
        SnapshotStatus::Differs(_) => "snapshot differs",
        SnapshotStatus::Missing => "no snapshot yet",
        SnapshotStatus::Written => "snapshot written",
        SnapshotStatus::New => "new snapshot written",
        SnapshotStatus::NotTaken => "reference solution graded",
    };
    let _ = writeln!(
        out,
        "{} {} ({}): {}/{checks} checks passed, {snap_word}",
        if passed { "PASS" } else { "FAIL" },
        run.name,
        run.path.display(),
        checks - failed
    );
    for v in run.verdicts {
        if !v.passed {
            out.push_str(&verdict(run.trace, v));
        } else if let Some(w) = &v.warning {
            let _ = writeln!(out, "  warning: check `{}`: {w}", v.name);
        } else if verbose {
            let _ = writeln!(out, "  ok: {}", v.name);
        }
    }
    match snapshot {
        SnapshotStatus::Differs(diff) => {
            let how = match accept {
                Some(accept) => format!("if the change is intended, accept it with `{accept}`"),
                None => "it can be accepted once the checks pass".to_owned(),
            };
            let _ = writeln!(out, "  the trace differs from its snapshot; {how}:");
            for line in diff.lines() {
                let _ = writeln!(out, "    {line}");
            }
        }
        SnapshotStatus::Missing => {
            let why = if checks_passed { " (under CI a missing snapshot fails)" } else { "" };
            let how = match accept {
                Some(accept) => format!("write it with `{accept}`, review it and commit it"),
                None => "the test writes it once the checks pass".to_owned(),
            };
            let _ = writeln!(out, "  no snapshot is stored for this scenario{why}; {how}");
        }
        SnapshotStatus::New => {
            let _ = writeln!(
                out,
                "  there was no snapshot: this run's is written to {}; review it and commit it",
                crate::judge::snapshot::path(run.path).display()
            );
        }
        _ => {}
    }
    if !passed || verbose {
        match run.observation {
            Some(o) => out.push_str(&observation(o)),
            None => out.push_str(&output_at_most(run.trace, if verbose { usize::MAX } else { RUN_LINES })),
        }
    }
    escape::terminal_report(out)
}

/// One failed check with the events it names.
pub fn verdict(trace: &Trace, v: &Verdict) -> String {
    let mut out = format!("  failed: check `{}`: {}\n", v.name, v.message);
    for id in &v.events {
        let e = trace.event(*id);
        let label = e.label.as_ref().map_or(String::new(), |l| format!(" [{l}]"));
        let _ = writeln!(
            out,
            "    {} (pid {}){label}: {}",
            trace.event_name(*id),
            trace.processes[id.process()].pid,
            e.kind
        );
    }
    escape::terminal_report(out)
}

/// The run's printed lines in the order they were recorded, each with its process.
pub fn output(trace: &Trace) -> String {
    output_at_most(trace, usize::MAX)
}

/// The lines a failed run's report shows without `--verbose`: a runaway loop stopped at the
/// recorded-events limit printed millions of them (a `range: 1000000000000`).
pub const RUN_LINES: usize = 200;

/// `output`, its first `most` lines, and how many more there are.
pub fn output_at_most(trace: &Trace, most: usize) -> String {
    let mut lines: Vec<(u64, &str, &str)> = trace
        .processes
        .iter()
        .flat_map(|p| {
            p.events.iter().filter_map(move |e| {
                if let EventKind::Print(v) = &e.kind {
                    Some((e.time_ns, p.role.as_str(), v.text.as_str()))
                } else {
                    None
                }
            })
        })
        .collect();
    lines.sort_by_key(|(t, _, _)| *t);
    let width = lines.iter().map(|(_, r, _)| r.len()).max().unwrap_or(0);
    let mut out = String::from("  output (in recorded order):\n");
    let total = lines.len();
    for (_, role, text) in lines.into_iter().take(most) {
        let _ = writeln!(out, "    {role:>width$} | {}", escape::terminal(text, Breaks::Escape));
    }
    if total > most {
        let _ = writeln!(out, "    ({} more lines not shown; `--verbose` shows every line)", total - most);
    }
    out
}

/// The report of a scenario run many times: for each check, how often it held.
pub fn repetition(r: &Repetition) -> String {
    let mut out = String::new();
    let jitter = match r.seed {
        Some(seed) => format!(", jitter seed {seed} (run i used seed {seed} + i)"),
        None => String::new(),
    };
    let _ = writeln!(
        out,
        "{} {} ({}): {} runs{jitter}",
        if r.passed() { "PASS" } else { "FAIL" },
        r.name,
        r.path.display(),
        r.runs
    );
    for c in &r.checks {
        let chance = if c.by_chance > 0 { format!(", {} of them by chance", c.by_chance) } else { String::new() };
        let _ = writeln!(out, "  held {}/{}{chance}: {}", c.held, r.runs, c.name);
        if let Some((run, message)) = &c.first_failure {
            let replay = match r.seed {
                Some(seed) => format!(" (replay: --seed {} --repeat 1)", seed.wrapping_add(*run as u64)),
                None => String::new(),
            };
            let _ = writeln!(out, "    first failed in run {run}{replay}: {message}");
        }
    }
    if r.snapshot_stored {
        let _ = writeln!(out, "  snapshot matched in {}/{} runs", r.snapshots_matched, r.runs);
    } else {
        let _ = writeln!(out, "  no snapshot is stored for this scenario");
    }
    escape::terminal_report(out)
}

/// An observed program run, as `procscen trace` and `procscen grade` show it: how it ended
/// and what it cost, its process tree, and its output line by line with the writer of each
/// line. Pids in the output are replaced by the role of the process that had them.
/// Every line of output is shown (`procscen trace`: what the program did is what was asked
/// for), but for repeats in a row, which are counted.
pub fn observation(o: &Observation) -> String {
    whole(&Observed::of(o), usize::MAX)
}

/// A grade's view of the run, for Gradescope and JUnit: `observation`'s parts, at most
/// `GRADE_LINES` of its output.
pub fn observed(o: &Observed) -> String {
    whole(o, GRADE_LINES)
}

/// The judge line, what of the sandbox did not hold (`sandbox_notes`), and the run itself
/// (`run_of`) with at most `most_lines` entries of its output.
fn whole(o: &Observed, most_lines: usize) -> String {
    escape::terminal_report(format!("{}{}{}", judge_line(o), sandbox_notes(o), run_of(o, most_lines)))
}

/// What of the sandbox did not hold for the run, a line each (indented, to stand under the
/// line that says how the run ended); empty when all of it held.
pub fn sandbox_notes(o: &Observed) -> String {
    let mut out = String::new();
    if let Some(why) = o.untraced {
        let _ =
            writeln!(out, "  not traced: {why}; only the output was captured, and every line is attributed to main");
    }
    if let Some(why) = o.unisolated {
        let _ = writeln!(out, "  not isolated: {why}; the program ran with the machine's network and /tmp");
    }
    if let Some(why) = o.no_cgroup {
        let _ = writeln!(out, "  memory capped per process only: {why}");
    }
    escape::terminal_report(out)
}

/// The run: what was alive when it was stopped, the process tree and the output, at most
/// `most_lines` entries of it (`GRADE_LINES` in a grade's report).
pub fn run_of(o: &Observed, most_lines: usize) -> String {
    let mut out = String::new();
    out.push_str(&alive(o.trace));
    let _ = writeln!(out, "process tree:");
    out.push_str(&tree(o.trace));
    let _ = writeln!(out, "output:");
    let width = o.lines.iter().map(|l| l.writer.len()).max().unwrap_or(0);
    // A line written again and again by one process in a row is shown twice, then counted; and
    // at most `most_lines` are shown: a loop that printed 150,000 lines made a grade's report
    // no one could read, burying the rest of a class's (blind9 F6).
    let same = |a: &crate::render::view::Line, b: &crate::render::view::Line| {
        a.writer == b.writer && a.stream == b.stream && a.text == b.text
    };
    let (mut shown, mut i) = (0, 0);
    while i < o.lines.len() && shown < most_lines {
        let line = &o.lines[i];
        let run = o.lines[i..].iter().take_while(|l| same(l, line)).count();
        let mark = match line.stream {
            Stream::Stdout => '|',
            Stream::Stderr => '!',
        };
        for _ in 0..run.min(2) {
            let _ = writeln!(out, "  {:width$} {mark} {}", line.writer, escape::terminal(&line.shown, Breaks::Escape));
            shown += 1;
        }
        if run > 2 {
            let _ = writeln!(out, "  {:width$} {mark} (the same line {} more times)", line.writer, run - 2);
            shown += 1;
        }
        i += run;
    }
    if i < o.lines.len() {
        let _ = writeln!(
            out,
            "  ({} more lines not shown; `procscen grade --format json` lists every line)",
            o.lines.len() - i
        );
    }
    if o.lines.is_empty() {
        let _ = writeln!(out, "  (nothing)");
    }
    escape::terminal_report(out)
}

/// The most entries of output a grade's text report shows (a line, or a count of repeats).
pub const GRADE_LINES: usize = 2000;

/// How the program ended and what it used, as a contest judge reports it.
pub fn judge_line(o: &Observed) -> String {
    let u = &o.usage;
    format!(
        "{}; wall {} ms, CPU {} ms, peak memory {} KiB, {} process{}\n",
        o.ending,
        u.wall_ms,
        u.cpu_ms,
        u.peak_rss_kib,
        u.processes,
        if u.processes == 1 { "" } else { "es" }
    )
}

/// The processes found alive when a run was cut short, and what each was blocked in.
fn alive(trace: &Trace) -> String {
    use crate::trace::Outcome;
    let list = match &trace.outcome {
        Outcome::TimedOut { alive, .. } | Outcome::Interrupted { alive, .. } | Outcome::LimitReached { alive, .. } => {
            alive
        }
        Outcome::Finished => return String::new(),
    };
    let mut out = String::new();
    // Processes left running after main had ended by itself: the grader waited for them, the
    // program's own user would have had their prompt back.
    let main_ended = trace.processes.first().filter(|m| {
        matches!(m.ending, crate::trace::Ending::Exited(_) | crate::trace::Ending::Signaled(_))
            && !trace.was_alive(m.pid)
    });
    if !list.is_empty() {
        let after = main_ended.map(|m| format!(", after main had ended ({})", m.ending)).unwrap_or_default();
        let _ = writeln!(out, "alive when it was stopped (and then killed){after}:");
    }
    for a in list {
        let role = a.role.as_deref().or_else(|| trace.role_of_pid(a.pid)).unwrap_or("?");
        let blocked = [a.last_event.clone().unwrap_or_default(), a.wchan.clone()]
            .into_iter()
            .filter(|s| !s.is_empty() && s != "0")
            .collect::<Vec<_>>()
            .join(", waiting in ");
        let _ = writeln!(
            out,
            "  {role} (state {}{})",
            a.state,
            if blocked.is_empty() { String::new() } else { format!(", {blocked}") }
        );
    }
    out
}

/// The deepest level of the process tree indented as such; deeper ones say their depth.
const MAX_INDENT: usize = 32;

/// The process tree, one process a line, indented under its parent.
pub fn tree(trace: &Trace) -> String {
    let mut out = String::new();
    // Depths in one pass (a parent comes before its children), and indentation up to
    // `MAX_INDENT` levels, then the depth written out: a chain of 20,000 processes, each the
    // child of the one before, indented two spaces a level, made a report of 400 MB (red team
    // round 8).
    let mut depths: Vec<usize> = Vec::with_capacity(trace.processes.len());
    for p in &trace.processes {
        let d = p.parent.and_then(|q| depths.get(q)).map_or(0, |d| d + 1);
        depths.push(d);
    }
    let indent = |d: usize| {
        if d <= MAX_INDENT {
            "  ".repeat(d)
        } else {
            format!("{}(depth {d}) ", "  ".repeat(MAX_INDENT))
        }
    };
    let mut launchers = 0;
    for (i, p) in trace.processes.iter().enumerate() {
        if crate::trace::names::is_launcher(p) {
            launchers += 1;
            continue;
        }
        let command = p.events.iter().rev().find_map(|e| match &e.kind {
            EventKind::Exec { argv, own_file } => Some(crate::trace::command_line(argv, *own_file)),
            _ => None,
        });
        let helper = if p.origin == crate::trace::Origin::Helper { " (helper)" } else { "" };
        let _ = writeln!(
            out,
            "  {}{}{helper}: {}{}",
            indent(depths[i]),
            p.role,
            p.ending,
            command
                .map(|c| format!("  [{}]", escape::terminal(&trace.normalize_pids(&c), Breaks::Escape)))
                .unwrap_or_default()
        );
    }
    if launchers > 0 {
        let _ = writeln!(
            out,
            "  ({launchers} process{} of the launcher not shown)",
            if launchers == 1 { "" } else { "es" }
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_deep_tree_is_indented_only_so_far() {
        use crate::trace::build::TraceBuilder;
        use crate::trace::{Event, Origin, Outcome};
        let mut b = TraceBuilder::new("deep", 1);
        let depth = 1000;
        for i in 0..depth {
            let (pid, parent_pid) = (10 + i, if i == 0 { 1 } else { 9 + i });
            let origin = if i == 0 { Origin::Main } else { Origin::Fork };
            let name = if i == 0 { "main" } else { "kid" };
            let begin = EventKind::Begin { name: name.into(), parent_pid, parent_seq: (i > 0).then_some(1), origin };
            b.event(pid, Event { seq: 0, time_ns: i as u64, label: None, kind: begin });
            if i + 1 < depth {
                let start = EventKind::Fork { child_pid: pid + 1, name: "kid".into() };
                b.event(pid, Event { seq: 1, time_ns: i as u64, label: None, kind: start });
            }
        }
        let shown = tree(&b.finish(Outcome::Finished));
        assert_eq!(shown.lines().count(), depth as usize, "{shown}");
        let widest = shown.lines().map(str::len).max().unwrap();
        assert!(widest < 2 * MAX_INDENT + 60, "lines stay short: {widest}");
        let last = shown.lines().last().unwrap();
        assert!(last.contains(&format!("(depth {}) kid", depth - 1)), "{last}");
        assert!(shown.lines().nth(2).unwrap().starts_with("      kid"), "{shown}");
    }
}
