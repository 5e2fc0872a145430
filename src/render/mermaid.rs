//! A run as a Mermaid sequence diagram (`procscen run --format mermaid`), which GitHub and
//! GitLab render in markdown: one lifeline per process, its printed lines as notes, and an
//! arrow for each causal edge (start, join, message, task, result), all in the order they
//! happened in this run. It only reads the trace.

use crate::render::escape::mermaid as text;
use crate::trace::{EdgeKind, EventId, EventKind, Trace};
use std::fmt::Write;

/// The diagram of `trace`.
pub fn sequence_diagram(trace: &Trace) -> String {
    let mut out = String::from("sequenceDiagram\n");
    for (i, p) in trace.processes.iter().enumerate() {
        let _ = writeln!(out, "    participant P{i} as {}", text(&p.role));
    }
    // Arrows are drawn at the event that receives them, so they follow the run's order.
    let mut incoming: std::collections::HashMap<EventId, Vec<(EventId, EdgeKind)>> = std::collections::HashMap::new();
    for e in &trace.edges {
        incoming.entry(e.to).or_default().push((e.from, e.kind));
    }
    let mut events: Vec<(u64, EventId)> = trace.events().map(|(id, e)| (e.time_ns, id)).collect();
    events.sort();
    for (_, id) in events {
        for (from, kind) in incoming.get(&id).into_iter().flatten() {
            let _ =
                writeln!(out, "    P{}->>P{}: {}", from.process(), id.process(), arrow_text(trace, *from, id, *kind));
        }
        if let EventKind::Print(v) | EventKind::Logged(v) = &trace.event(id).kind {
            let _ = writeln!(out, "    Note over P{}: {}", id.process(), text(&v.text));
        }
    }
    out
}

fn arrow_text(trace: &Trace, from: EventId, to: EventId, kind: EdgeKind) -> String {
    match (&trace.event(from).kind, &trace.event(to).kind, kind) {
        (_, _, EdgeKind::Start) => "start".into(),
        (_, EventKind::Join { ending, .. }, EdgeKind::Join) => format!("join ({ending})"),
        (_, _, EdgeKind::Join) => "join".into(),
        (EventKind::Put { channel, value, .. }, _, EdgeKind::Message) => format!("{channel}: {}", text(&value.text)),
        (EventKind::Submit { pool, task, .. }, _, EdgeKind::Task) => format!("task {pool}/{task}"),
        (_, EventKind::Result { pool, task, value, .. }, EdgeKind::Result) => {
            format!("result of {pool}/{task}: {}", text(&value.text))
        }
        (_, _, kind) => kind.as_str().to_owned(),
    }
}
