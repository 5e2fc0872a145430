//! Turns a trace into its snapshot: only what holds in every run, with run-specific values
//! replaced by stable names.
//!
//! Pids become the role of their process (`<main>`), random numbers become where they were
//! drawn (`<random@main>`), timestamps are dropped, and nothing about the interleaving of
//! processes is kept: each process's own events in program order, and the causal edges. This
//! is the only module that decides what a snapshot contains.

use crate::template::{Value, Volatile};
use crate::trace::{EventKind, Outcome, Trace};
use indexmap::IndexMap;
use serde::Serialize;

#[derive(Serialize)]
struct Snapshot {
    outcome: &'static str,
    processes: IndexMap<String, ProcessSnapshot>,
    edges: Vec<String>,
}

#[derive(Serialize)]
struct ProcessSnapshot {
    parent: String,
    origin: String,
    ended: String,
    events: Vec<String>,
}

/// The snapshot text of `trace`: YAML, the same bytes for every run of a deterministic
/// scenario.
pub fn snapshot(trace: &Trace) -> String {
    let processes = trace
        .processes
        .iter()
        .map(|p| {
            let parent = p.parent.map_or("supervisor".to_owned(), |q| trace.processes[q].role.clone());
            let events = p
                .events
                .iter()
                .map(|e| {
                    let label = e.label.as_ref().map_or(String::new(), |l| format!("[{l}] "));
                    format!("{label}{}", event_text(trace, &e.kind))
                })
                .collect();
            let snapshot = ProcessSnapshot {
                parent,
                origin: format!("{:?}", p.origin).to_lowercase(),
                ended: p.ending.to_string(),
                events,
            };
            (p.role.clone(), snapshot)
        })
        .collect();
    let edges = trace
        .edges
        .iter()
        .map(|e| {
            format!("{} -> {} ({:?})", trace.event_name(e.from), trace.event_name(e.to), e.kind)
                .replace("(Start)", "(start)")
                .replace("(Join)", "(join)")
        })
        .collect();
    let outcome = match trace.outcome {
        Outcome::Finished => "finished",
        Outcome::TimedOut { .. } => "timed out",
        Outcome::Interrupted { .. } => "interrupted",
    };
    serde_yaml::to_string(&Snapshot { outcome, processes, edges }).expect("snapshots serialize")
}

fn event_text(trace: &Trace, kind: &EventKind) -> String {
    let role = |pid: i32| trace.role_of_pid(pid).unwrap_or("?").to_owned();
    match kind {
        EventKind::Begin { .. } => "begin".into(),
        EventKind::Print(v) => format!("print: {}", redact(trace, v)),
        EventKind::Sleep { written } => format!("sleep {written}"),
        EventKind::Start { child_pid, .. } => format!("start {}", role(*child_pid)),
        EventKind::Fork { child_pid, .. } => format!("fork {}", role(*child_pid)),
        EventKind::Join { child_pid, ending, .. } => format!("join {}: {ending}", role(*child_pid)),
        EventKind::Let { var, value } => format!("let {var} = {}", redact(trace, value)),
        EventKind::End { code } => format!("end {code}"),
    }
}

/// The text of `value` with its run-specific parts replaced by stable names.
pub fn redact(trace: &Trace, value: &Value) -> String {
    let mut out = String::new();
    let mut at = 0;
    // Spans are sorted by start, outermost first; a span inside one already replaced is skipped.
    for span in &value.spans {
        let Some(volatile) = span.volatile else { continue };
        if span.start < at {
            continue;
        }
        out.push_str(&value.text[at..span.start]);
        match volatile {
            Volatile::Pid(pid) => match trace.role_of_pid(pid) {
                Some(role) => out.push_str(&format!("<{role}>")),
                None => out.push_str("<pid>"),
            },
            Volatile::Random { pid, .. } => {
                out.push_str(&format!("<random@{}>", trace.role_of_pid(pid).unwrap_or("?")))
            }
        }
        at = span.end;
    }
    out.push_str(&value.text[at..]);
    out
}
