//! Human-readable reports of evaluations, as the CLI and the test harness print them.
//!
//! Reports only read the trace and the verdicts. A failing check is shown with the events it
//! names (role, position in program order, what happened), and a failed scenario with its
//! output in the order it was recorded, each line prefixed by the process that printed it.

use crate::check::Verdict;
use crate::suite::{Evaluation, SnapshotStatus};
use crate::trace::{EventKind, Trace};
use std::fmt::Write;

/// The report of one scenario: a verdict line, then details of what failed.
pub fn scenario(evaluation: &Evaluation, snapshot: &SnapshotStatus, verbose: bool) -> String {
    let mut out = String::new();
    let snapshot_ok = matches!(snapshot, SnapshotStatus::Matches | SnapshotStatus::Written);
    let passed = evaluation.checks_passed() && snapshot_ok;
    let checks = evaluation.verdicts.len();
    let failed = evaluation.failures().count();
    let snap_word = match snapshot {
        SnapshotStatus::Matches => "snapshot matches",
        SnapshotStatus::Differs(_) => "snapshot differs",
        SnapshotStatus::Missing => "no snapshot yet",
        SnapshotStatus::Written => "snapshot written",
    };
    let _ = writeln!(
        out,
        "{} {} ({}): {}/{checks} checks passed, {snap_word}",
        if passed { "PASS" } else { "FAIL" },
        evaluation.scenario.name,
        evaluation.path.display(),
        checks - failed
    );
    for v in &evaluation.verdicts {
        if !v.passed {
            out.push_str(&verdict(&evaluation.trace, v));
        } else if let Some(w) = &v.warning {
            let _ = writeln!(out, "  warning: check `{}`: {w}", v.name);
        } else if verbose {
            let _ = writeln!(out, "  ok: {}", v.name);
        }
    }
    match snapshot {
        SnapshotStatus::Differs(diff) => {
            let _ = writeln!(out, "  the trace differs from its snapshot; if the change is intended, accept it with `procscen run --accept` or `cargo insta review`:");
            for line in diff.lines() {
                let _ = writeln!(out, "    {line}");
            }
        }
        SnapshotStatus::Missing => {
            let _ = writeln!(
                out,
                "  no snapshot is stored for this scenario; write it with `procscen run --accept {}` and review it",
                evaluation.path.display()
            );
        }
        _ => {}
    }
    if !passed || verbose {
        out.push_str(&output(&evaluation.trace));
    }
    out
}

/// One failed check with the events it names.
pub fn verdict(trace: &Trace, v: &Verdict) -> String {
    let mut out = format!("  failed: check `{}`: {}\n", v.name, v.message);
    for id in &v.events {
        let e = trace.event(*id);
        let label = e.label.as_ref().map_or(String::new(), |l| format!(" [{l}]"));
        let _ =
            writeln!(out, "    {} (pid {}){label}: {}", trace.event_name(*id), trace.processes[id.process].pid, e.kind);
    }
    out
}

/// The run's printed lines in the order they were recorded, each with its process.
pub fn output(trace: &Trace) -> String {
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
    for (_, role, text) in lines {
        let _ = writeln!(out, "    {role:>width$} | {text}");
    }
    out
}

/// The report of a scenario run many times: for each check, how often it held.
pub fn repetition(r: &crate::suite::Repetition) -> String {
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
    out
}
