//! Turns the tracer's records into a Trace: the program's process tree, each process's output
//! reassembled into whole lines and matched against the scenario's line patterns, waits as
//! join edges, and names for the processes.
//!
//! Names: the program's first process is `main`. A process is named by the `role` of the first
//! line it printed whose pattern has one (`worker`, `child`), else `unnamed`. Processes the
//! launcher or the runtime made for themselves are helpers, named for what they are:
//! `launcher` (what a wrapper such as pyenv's `python3` shim ran before it executed the real
//! program), `forkserver` and `resource_tracker` (Python's multiprocessing).

use super::{RecordKind, Response, Usage};
use crate::template::{Span, Value};
use crate::trace::build::TraceBuilder;
use crate::trace::{Ending, Event, EventKind, Origin, Outcome, ProcId, Trace};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// The label of an observed process's forks (of any kind).
pub const FORK_LABEL: &str = "fork";
/// The label of an observed process's waits that returned a child.
pub const WAIT_LABEL: &str = "wait";
/// The label of an observed process's execs.
pub const EXEC_LABEL: &str = "exec";
/// The label of an observed process's normal exit.
pub const EXIT_LABEL: &str = "exit";
/// Every label an observed process's own events carry, besides its lines'.
pub const EVENT_LABELS: [&str; 4] = [FORK_LABEL, WAIT_LABEL, EXEC_LABEL, EXIT_LABEL];

/// A named line pattern of a scenario.
#[derive(Debug, Clone)]
pub struct LinePattern {
    pub name: String,
    pub regex: regex::Regex,
    /// The name a process that prints such a line gets.
    pub role: Option<String>,
}

/// What an observed run of a program amounts to.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Observation {
    pub trace: Trace,
    /// Every line the program wrote, in the order the tracer saw them, with its writer.
    pub output: Vec<OutputLine>,
    pub usage: Usage,
    /// Set when the kernel's view was not available (no ptrace): says why. Lines are then
    /// all attributed to `main`.
    pub untraced: Option<String>,
    /// Processes whose parent ended while they were still running.
    pub orphaned: Vec<ProcId>,
}

/// One line of output and the process that wrote it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OutputLine {
    pub process: ProcId,
    pub stream: Stream,
    pub text: String,
    /// The name of the pattern it matched (stdout lines only).
    pub pattern: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Stream {
    Stdout,
    Stderr,
}

/// Builds the observation of `response`, naming `name` the trace's scenario.
pub fn observation(name: &str, response: &Response, patterns: &[LinePattern]) -> Observation {
    let outcome = response.outcome.clone().unwrap_or(Outcome::Finished);
    if response.untraced.is_some() {
        return untraced(name, response, patterns, outcome);
    }
    let mut procs: Vec<Proc> = Vec::new();
    let mut current: HashMap<i32, usize> = HashMap::new();
    let mut partial: HashMap<(usize, i32), Vec<u8>> = HashMap::new();
    let mut orphaned: Vec<(i32, u64)> = Vec::new();
    for r in &response.records {
        if let RecordKind::Began { parent } = r.kind {
            procs.push(Proc { pid: r.pid, parent_pid: parent, began_ns: r.time_ns, items: Vec::new() });
            current.insert(r.pid, procs.len() - 1);
            continue;
        }
        let Some(&p) = current.get(&r.pid) else { continue };
        match &r.kind {
            RecordKind::Began { .. } => {}
            RecordKind::Orphaned => orphaned.push((r.pid, procs[p].began_ns)),
            RecordKind::Forked { child } => procs[p].items.push((r.time_ns, Item::Forked(*child))),
            RecordKind::Exec { argv } => procs[p].items.push((r.time_ns, Item::Exec(argv.clone()))),
            RecordKind::Waited { child } => procs[p].items.push((r.time_ns, Item::Waited(*child))),
            RecordKind::Write { fd, data } => {
                let buffer = partial.entry((p, *fd)).or_default();
                buffer.extend_from_slice(data);
                // Lines are cut at each newline; a write without one waits for the rest of its
                // line, so `print`'s separate writes of a text and its newline make one line.
                while let Some(end) = buffer.iter().position(|b| *b == b'\n') {
                    let line: Vec<u8> = buffer.drain(..=end).collect();
                    let text = String::from_utf8_lossy(&line[..end]).into_owned();
                    procs[p].items.push((r.time_ns, Item::Line(stream(*fd), text)));
                }
            }
            RecordKind::Ended { ending } => {
                flush(&mut partial, p, &mut procs[p], r.time_ns);
                procs[p].items.push((r.time_ns, Item::Ended(ending.clone())));
            }
        }
    }
    for (p, proc_) in procs.iter_mut().enumerate() {
        let time = proc_.items.last().map_or(proc_.began_ns, |(t, _)| *t);
        flush(&mut partial, p, proc_, time);
    }
    // What the first process wrote before it last executed was the launcher's (a pyenv shim's
    // warnings), not the program's.
    if let Some(root) = procs.iter_mut().find(|p| p.pid == response.root_pid) {
        if let Some(last_exec) = root.items.iter().rposition(|(_, i)| matches!(i, Item::Exec(_))) {
            let mut k = 0;
            root.items.retain(|(_, i)| {
                k += 1;
                k > last_exec || !matches!(i, Item::Line(..))
            });
        }
    }
    let names = names(&procs, response.root_pid, patterns);
    let endings: HashMap<i32, Vec<(u64, Ending)>> = procs.iter().fold(HashMap::new(), |mut m, p| {
        if let Some((t, Item::Ended(e))) = p.items.last() {
            m.entry(p.pid).or_default().push((*t, e.clone()));
        }
        m
    });

    // Each process's events, numbered: the Begin is event 0.
    let mut events: Vec<Vec<Event>> = Vec::with_capacity(procs.len());
    let mut fork_seq: HashMap<(i32, i32), u32> = HashMap::new();
    let by_pid_time = |pid: i32, time: u64| -> Option<usize> {
        procs
            .iter()
            .rposition(|q| q.pid == pid && q.began_ns <= time)
            .or_else(|| procs.iter().position(|q| q.pid == pid))
    };
    for p in &procs {
        let mut list = Vec::new();
        let mut seq = 1;
        for (time, item) in &p.items {
            let (kind, label) = match item {
                Item::Forked(child) => {
                    fork_seq.insert((p.pid, *child), seq);
                    let name = by_pid_time(*child, *time).map_or("unnamed".to_owned(), |c| names[c].0.clone());
                    (EventKind::Fork { child_pid: *child, name }, Some(FORK_LABEL.to_owned()))
                }
                Item::Exec(argv) => (EventKind::Exec { argv: argv.clone() }, Some(EXEC_LABEL.to_owned())),
                Item::Waited(child) => {
                    let name = by_pid_time(*child, *time).map_or("unnamed".to_owned(), |c| names[c].0.clone());
                    let ending = endings
                        .get(child)
                        .and_then(|list| list.iter().rev().find(|(t, _)| *t <= *time).or(list.last()))
                        .map_or(Ending::Unknown, |(_, e)| e.clone());
                    (EventKind::Join { child_pid: *child, name, ending }, Some(WAIT_LABEL.to_owned()))
                }
                Item::Line(Stream::Stderr, _) => continue,
                Item::Line(Stream::Stdout, text) => {
                    let (value, label) = matched(text, patterns);
                    (EventKind::Print(value), label)
                }
                Item::Ended(Ending::Exited(code)) => (EventKind::End { code: *code }, Some(EXIT_LABEL.to_owned())),
                Item::Ended(_) => continue,
            };
            list.push(Event { seq, time_ns: *time, label, kind });
            seq += 1;
        }
        events.push(list);
    }

    let mut builder = TraceBuilder::new(name, response.observer_pid);
    for (i, p) in procs.iter().enumerate() {
        let (name, origin) = names[i].clone();
        let parent_seq = fork_seq.get(&(p.parent_pid, p.pid)).copied();
        let begin = EventKind::Begin { name, parent_pid: p.parent_pid, parent_seq, origin };
        builder.event(p.pid, Event { seq: 0, time_ns: p.began_ns, label: None, kind: begin });
        for e in std::mem::take(&mut events[i]) {
            builder.event(p.pid, e);
        }
        if let Some((_, Item::Ended(ending))) = p.items.last() {
            builder.reaped(p.pid, ending.clone());
        }
    }
    let trace = builder.finish(outcome);
    // Where each draft went in the trace's tree order.
    let place: Vec<Option<ProcId>> = procs
        .iter()
        .map(|p| {
            trace
                .processes
                .iter()
                .position(|t| t.pid == p.pid && t.events.first().is_some_and(|e| e.time_ns == p.began_ns))
        })
        .collect();
    let mut output: Vec<(u64, usize, OutputLine)> = Vec::new();
    for (i, p) in procs.iter().enumerate() {
        let Some(process) = place[i] else { continue };
        for (time, item) in &p.items {
            if let Item::Line(stream, text) = item {
                let pattern = if *stream == Stream::Stdout { matched(text, patterns).1 } else { None };
                let line = OutputLine { process, stream: *stream, text: text.clone(), pattern };
                output.push((*time, output.len(), line));
            }
        }
    }
    output.sort_by_key(|(t, n, _)| (*t, *n));
    // Output of helpers (a launcher's own pipes aside, which are not the program's output) is
    // the launcher's business, not the program's.
    output.retain(|(_, _, l)| trace.processes[l.process].origin != Origin::Helper || l.stream == Stream::Stderr);
    let usage = Usage {
        processes: trace.processes.iter().filter(|p| p.origin != Origin::Helper).count() as u32,
        ..response.usage
    };
    let orphaned = orphaned
        .iter()
        .filter_map(|(pid, began)| {
            trace.processes.iter().position(|t| t.pid == *pid && t.events.first().is_some_and(|e| e.time_ns == *began))
        })
        .collect();
    Observation { trace, output: output.into_iter().map(|(_, _, l)| l).collect(), usage, untraced: None, orphaned }
}

/// Without ptrace only the output is known: one process, `main`, printed every line.
fn untraced(name: &str, response: &Response, patterns: &[LinePattern], outcome: Outcome) -> Observation {
    let mut builder = TraceBuilder::new(name, response.observer_pid);
    let begin = EventKind::Begin {
        name: "main".into(),
        parent_pid: response.observer_pid,
        parent_seq: None,
        origin: Origin::Main,
    };
    builder.event(response.root_pid, Event { seq: 0, time_ns: 0, label: None, kind: begin });
    let mut output = Vec::new();
    let mut seq = 1;
    for (stream, bytes) in [(Stream::Stdout, &response.stdout), (Stream::Stderr, &response.stderr)] {
        for text in String::from_utf8_lossy(bytes).lines() {
            let (value, label) = matched(text, patterns);
            if stream == Stream::Stdout {
                builder.event(
                    response.root_pid,
                    Event { seq, time_ns: 0, label: label.clone(), kind: EventKind::Print(value) },
                );
                seq += 1;
            }
            let pattern = if stream == Stream::Stdout { label } else { None };
            output.push(OutputLine { process: 0, stream, text: text.to_owned(), pattern });
        }
    }
    for r in &response.records {
        if let (true, RecordKind::Ended { ending }) = (r.pid == response.root_pid, &r.kind) {
            builder.reaped(r.pid, ending.clone());
        }
    }
    Observation {
        trace: builder.finish(outcome),
        output,
        usage: response.usage,
        untraced: response.untraced.clone(),
        orphaned: Vec::new(),
    }
}

struct Proc {
    pid: i32,
    parent_pid: i32,
    began_ns: u64,
    items: Vec<(u64, Item)>,
}

enum Item {
    Forked(i32),
    Exec(Vec<String>),
    Waited(i32),
    Line(Stream, String),
    Ended(Ending),
}

fn stream(fd: i32) -> Stream {
    if fd == 2 {
        Stream::Stderr
    } else {
        Stream::Stdout
    }
}

/// Ends a line left without its newline when its process ended.
fn flush(partial: &mut HashMap<(usize, i32), Vec<u8>>, p: usize, proc_: &mut Proc, time: u64) {
    for fd in [1, 2] {
        if let Some(rest) = partial.remove(&(p, fd)).filter(|b| !b.is_empty()) {
            let at = proc_.items.iter().rposition(|(_, i)| !matches!(i, Item::Ended(_))).map_or(0, |k| k + 1);
            proc_.items.insert(
                at.min(proc_.items.len()),
                (time, Item::Line(stream(fd), String::from_utf8_lossy(&rest).into_owned())),
            );
        }
    }
}

/// The line as a printed value: each named capture of the first pattern it matches is a span
/// of the variable of that name. Also returns the pattern's name.
fn matched(text: &str, patterns: &[LinePattern]) -> (Value, Option<String>) {
    for p in patterns {
        if let Some(captures) = p.regex.captures(text) {
            let spans = p
                .regex
                .capture_names()
                .flatten()
                .filter_map(|var| {
                    let m = captures.name(var)?;
                    Some(Span { start: m.start(), end: m.end(), var: var.to_owned(), volatile: None })
                })
                .collect();
            return (Value { text: text.to_owned(), spans }, Some(p.name.clone()));
        }
    }
    (Value::plain(text), None)
}

/// The name and origin of every process (see the module's documentation).
fn names(procs: &[Proc], root_pid: i32, patterns: &[LinePattern]) -> Vec<(String, Origin)> {
    let root = procs.iter().position(|p| p.pid == root_pid);
    // What the root made before it last executed belonged to the launcher, not the program.
    let launched: Vec<i32> = root
        .map(|r| {
            let items = &procs[r].items;
            let last_exec = items.iter().rposition(|(_, i)| matches!(i, Item::Exec(_))).unwrap_or(0);
            items[..last_exec]
                .iter()
                .filter_map(|(_, i)| if let Item::Forked(c) = i { Some(*c) } else { None })
                .collect()
        })
        .unwrap_or_default();
    let mut out: Vec<(String, Origin)> = Vec::with_capacity(procs.len());
    for (i, p) in procs.iter().enumerate() {
        let parent = procs[..i].iter().rposition(|q| q.pid == p.parent_pid);
        let helper_parent = parent.is_some_and(|q| out[q].0 == "launcher");
        let last_exec =
            p.items.iter().rev().find_map(|(_, i)| if let Item::Exec(a) = i { Some(a.join(" ")) } else { None });
        let named = if Some(i) == root {
            ("main".to_owned(), Origin::Main)
        } else if helper_parent || (parent == root && launched.contains(&p.pid)) {
            ("launcher".to_owned(), Origin::Helper)
        } else if last_exec.as_deref().is_some_and(|a| a.contains("multiprocessing.forkserver")) {
            ("forkserver".to_owned(), Origin::Helper)
        } else if last_exec
            .as_deref()
            .is_some_and(|a| a.contains("resource_tracker") || a.contains("semaphore_tracker"))
        {
            ("resource_tracker".to_owned(), Origin::Helper)
        } else {
            let role = p.items.iter().find_map(|(_, item)| match item {
                Item::Line(Stream::Stdout, text) => {
                    patterns.iter().find(|pat| pat.regex.is_match(text)).and_then(|pat| pat.role.clone())
                }
                _ => None,
            });
            (role.unwrap_or_else(|| "unnamed".to_owned()), Origin::Fork)
        };
        out.push(named);
    }
    out
}
