//! Turns a trace into its snapshot: only what holds in every run, with run-specific values
//! replaced by stable names.
//!
//! Pids become the role of their process (`<main>`), random numbers become where they were
//! drawn (`<random@main>`), timestamps are dropped, and nothing about the interleaving of
//! processes is kept: each process's own events in program order, and the causal edges. This
//! is the only module that decides what a snapshot contains.

use crate::model::template::{Value, Volatile};
use crate::trace::{EventKind, Outcome, SyncKind, Trace};
use indexmap::IndexMap;
use serde::Serialize;

#[derive(Serialize)]
struct Snapshot {
    outcome: &'static str,
    processes: IndexMap<String, ProcessSnapshot>,
    #[serde(skip_serializing_if = "IndexMap::is_empty")]
    tasks: IndexMap<String, Vec<String>>,
    #[serde(skip_serializing_if = "IndexMap::is_empty")]
    shared_channels: IndexMap<String, ChannelSummary>,
    edges: Vec<String>,
}

#[derive(Serialize)]
struct ProcessSnapshot {
    parent: String,
    origin: String,
    ended: String,
    events: Vec<String>,
}

/// A channel whose items reach different takers, or arrive in a different order, from run
/// to run: only what is the same in every run.
#[derive(Serialize)]
struct ChannelSummary {
    items_put: usize,
    items_taken: usize,
    put_by: Vec<String>,
    taken_by: Vec<String>,
}

/// Where an event of the trace appears in the snapshot.
#[derive(Clone)]
enum Place {
    /// In its process's list (by index in the trace), at this position. Indexes, not names:
    /// a name per event was a string allocated for each of hundreds of thousands of events.
    Listed(usize, usize),
    /// In a pool task's list (by its index among the tasks as first met), at this position.
    Task(usize, usize),
    /// Hidden inside a summarised loop or a worker's varying life.
    Hidden,
    /// Named as a whole, such as the first event of every worker of a pool.
    Named(String),
}

/// The snapshot text of `trace`: YAML, the same bytes for every run of a deterministic
/// scenario.
///
/// What varies between runs of a correct scenario is kept out: pids and random values are
/// named by role; a pool worker's events are listed per task (which worker ran which task
/// varies), and a pool's workers are one entry, their endings a sorted list; a loop that takes
/// from a shared channel (several processes put into it or take from it) is one line, and
/// the channel gets a summary of its counts and users.
pub fn snapshot(trace: &Trace) -> String {
    let workers: Vec<bool> = trace.processes.iter().map(|p| is_worker(trace, p)).collect();
    let r = Redaction {
        trace,
        shared: shared_channels(trace),
        tasks_of: trace.task_index(),
        names: Names::new(trace, &workers),
        workers,
        cutoffs: kill_cutoffs(trace),
    };
    let mut places: Vec<Vec<Place>> = Vec::with_capacity(trace.processes.len());
    let mut processes = IndexMap::new();
    let mut tasks: IndexMap<String, Vec<String>> = IndexMap::new();
    for pi in 0..trace.processes.len() {
        let (listed, place) = r.list_events(pi, &mut tasks);
        places.push(place);
        r.add_process(&mut processes, pi, listed);
    }
    // The keys in the order `Place::Task` numbers them, before the tasks are sorted.
    let task_keys: Vec<String> = tasks.keys().cloned().collect();
    tasks.sort_by(|a, _, b, _| task_order(a).cmp(&task_order(b)));
    let edges = r.edges(&places, &task_keys);
    let outcome = match trace.outcome {
        Outcome::Finished => "finished",
        Outcome::TimedOut { .. } => "timed out",
        Outcome::Interrupted { .. } => "interrupted",
        Outcome::LimitReached { .. } => "limit reached",
    };
    let snapshot = Snapshot { outcome, processes, tasks, shared_channels: r.shared, edges };
    yaml::write(&snapshot).unwrap_or_else(|| serde_yaml::to_string(&snapshot).expect("snapshots serialize"))
}

/// What deciding where each event of a trace goes in its snapshot needs to know of the whole
/// trace.
struct Redaction<'t> {
    trace: &'t Trace,
    /// The channels shared by several putters or takers, with their summaries.
    shared: IndexMap<String, ChannelSummary>,
    /// The pool task each event belongs to (`Trace::task_index`).
    tasks_of: Vec<Vec<Option<crate::trace::TaskRef<'t>>>>,
    names: Names<'t>,
    /// Which processes are pool workers.
    workers: Vec<bool>,
    /// Where each killed process's events stop being the same in every run.
    cutoffs: Vec<Option<usize>>,
}

impl Redaction<'_> {
    /// The listed events of process `pi` and where each of its events went; the events of
    /// pool tasks are added to `tasks`.
    fn list_events(&self, pi: usize, tasks: &mut IndexMap<String, Vec<String>>) -> (Vec<String>, Vec<Place>) {
        let (p, worker) = (&self.trace.processes[pi], self.workers[pi]);
        let mut listed = Vec::new();
        let mut place = Vec::with_capacity(p.events.len());
        // Depth of nested loops inside a summarised loop; 0 when not in one.
        let mut hidden_depth = 0usize;
        for (i, e) in p.events.iter().enumerate() {
            if self.cutoffs[pi].is_some_and(|c| i >= c) {
                place.push(Place::Hidden);
                continue;
            }
            let line = || {
                let label = e.label.as_ref().map_or(String::new(), |l| format!("[{l}] "));
                format!("{label}{}", event_text(&self.names, &e.kind))
            };
            if hidden_depth > 0 {
                match e.kind {
                    EventKind::Loop { .. } => hidden_depth += 1,
                    EventKind::LoopEnd { .. } => hidden_depth -= 1,
                    _ => {}
                }
                place.push(Place::Hidden);
                continue;
            }
            if let Some(task) = self.tasks_of[pi].get(i).copied().flatten().filter(|_| worker) {
                let key = format!("{}/{} ({})", task.pool, task.task, task.process);
                let entry = tasks.entry(key);
                let index = entry.index();
                let list = entry.or_default();
                place.push(Place::Task(index, list.len()));
                list.push(line());
                continue;
            }
            if worker {
                // Workers are interchangeable: which one ran what, and which one died, varies.
                place.push(match e.kind {
                    EventKind::Begin { .. } => Place::Named(format!("{}[begin]", p.name)),
                    EventKind::End { .. } => Place::Named(format!("{}[end]", p.name)),
                    _ => Place::Hidden,
                });
                continue;
            }
            if let EventKind::Loop { over, var } = &e.kind {
                if let Some(channel) =
                    self.shared.keys().find(|c| over == *c || over.starts_with(&format!("{c} until ")))
                {
                    hidden_depth = 1;
                    place.push(Place::Listed(pi, listed.len()));
                    listed.push(format!("loop {var} over {over}: shared channel {channel}, items vary between runs"));
                    continue;
                }
            }
            if let EventKind::Blocked { .. } = e.kind {
                // Whether a process found a lock taken depends on timing.
                place.push(Place::Hidden);
                continue;
            }
            if let EventKind::Respawn { .. } = e.kind {
                // When a worker is replaced depends on when the owner hears that it retired.
                place.push(Place::Hidden);
                continue;
            }
            if let EventKind::Get { channel, .. } = &e.kind {
                if self.shared.contains_key(channel) {
                    place.push(Place::Listed(pi, listed.len()));
                    listed.push(format!("get from shared channel {channel}: <item>"));
                    continue;
                }
            }
            place.push(Place::Listed(pi, listed.len()));
            if worker && matches!(e.kind, EventKind::End { .. }) {
                listed.push(format!("(runs tasks; which ones varies between runs) {}", line()));
            } else {
                listed.push(line());
            }
        }
        if self.cutoffs[pi].is_some() {
            listed.push("(killed: what it did after its killer last heard from it varies between runs)".to_owned());
        }
        (listed, place)
    }

    /// Adds process `pi`, whose events are `listed`, to `processes`: under its role, or a
    /// pool worker under the one entry of all the workers of its pool.
    fn add_process(&self, processes: &mut IndexMap<String, ProcessSnapshot>, pi: usize, listed: Vec<String>) {
        let p = &self.trace.processes[pi];
        let parent = p.parent.map_or("supervisor".to_owned(), |q| self.trace.processes[q].role.clone());
        if self.workers[pi] {
            // One entry for all the workers of a pool, with their endings as a sorted list.
            let entry = processes.entry(p.name.clone()).or_insert_with(|| ProcessSnapshot {
                parent,
                origin: format!("{:?}", p.origin).to_lowercase(),
                ended: String::new(),
                events: vec!["begin".into(), "runs tasks; which worker ran which task varies between runs".into()],
            });
            let mut endings: Vec<&str> = entry.ended.split(", ").filter(|s| !s.is_empty()).collect();
            let ending = p.ending.to_string();
            endings.push(&ending);
            endings.sort();
            entry.ended = endings.join(", ");
            return;
        }
        let snapshot = ProcessSnapshot {
            parent,
            origin: format!("{:?}", p.origin).to_lowercase(),
            ended: p.ending.to_string(),
            events: listed,
        };
        processes.insert(p.role.clone(), snapshot);
    }

    /// The edges between events the snapshot shows (`places`), by the names of their places,
    /// in a stable order.
    fn edges(&self, places: &[Vec<Place>], task_keys: &[String]) -> Vec<String> {
        let trace = self.trace;
        // `source`: the event is where an edge starts.
        let name = |id: crate::trace::EventId, source: bool| {
            // A killed process's last event is where its join's edge starts; which event that
            // was raced with the signal, so it has one name whatever it was.
            let last = id.index + 1 == trace.processes[id.process].events.len();
            if source && last && self.cutoffs[id.process].is_some() {
                return Some(format!("{}[last]", trace.processes[id.process].role));
            }
            match &places[id.process][id.index] {
                Place::Listed(p, i) => Some(format!("{}[{i}]", trace.processes[*p].role)),
                Place::Task(key, i) => Some(format!("task {}[{i}]", task_keys[*key])),
                Place::Hidden => None,
                Place::Named(n) => Some(n.clone()),
            }
        };
        // Which put a get from a shared channel took varies between runs; the channel's
        // summary stands for those edges.
        let from_shared = |e: &crate::trace::Edge| {
            e.kind == crate::trace::EdgeKind::Message
                && matches!(
                    &trace.processes[e.to.process].events[e.to.index].kind,
                    EventKind::Get { channel, .. } if self.shared.contains_key(channel)
                )
        };
        let mut edges: Vec<String> = trace
            .edges
            .iter()
            .filter(|e| !from_shared(e))
            // Which release a lock's acquire took, which notify woke a condition's waiter and
            // which `task_done` emptied a joinable queue vary between runs.
            .filter(|e| {
                !matches!(
                    e.kind,
                    crate::trace::EdgeKind::Lock | crate::trace::EdgeKind::Notify | crate::trace::EdgeKind::TaskDone
                )
            })
            .filter_map(|e| Some(format!("{} -> {} ({})", name(e.from, true)?, name(e.to, false)?, e.kind.as_str())))
            .collect();
        // Edges between tasks and their owner are listed in a stable order, not by worker.
        // A stable sort, comparing the lines' parts in place (no key is built per line).
        edges.sort_by(|a, b| edge_order(a, b));
        edges.dedup();
        edges
    }
}

/// The snapshot's YAML written directly, byte for byte as serde_yaml writes it: serde_yaml's
/// emitter was a fifth of a big run's whole time. A one-line text of printable ASCII with a
/// space is written plain or in single quotes by libyaml's own rule (`style`); every other
/// scalar is written by serde_yaml alone (once per text), and where
/// serde_yaml's choice would depend on its place (a text over several lines, a key too long
/// to be a simple key) the whole snapshot is left to serde_yaml (`None`).
mod yaml {
    use super::{ChannelSummary, ProcessSnapshot, Snapshot};
    use std::collections::HashMap;

    /// serde_yaml writes a longer key as a complex key (`? key`).
    const SIMPLE_KEY: usize = 128;

    struct Writer {
        out: String,
        /// serde_yaml's rendering of each scalar that is not surely plain, once per text.
        quoted: HashMap<String, String>,
    }

    pub(super) fn write(s: &Snapshot) -> Option<String> {
        let mut w = Writer { out: String::with_capacity(1 << 16), quoted: HashMap::new() };
        w.key(0, "outcome")?;
        w.scalar(s.outcome)?;
        w.key(0, "processes")?;
        if s.processes.is_empty() {
            w.out.push_str(" {}\n");
        } else {
            w.out.push('\n');
            for (role, p) in &s.processes {
                w.key(2, role)?;
                w.out.push('\n');
                w.process(p)?;
            }
        }
        if !s.tasks.is_empty() {
            w.key(0, "tasks")?;
            w.out.push('\n');
            for (key, lines) in &s.tasks {
                w.key(2, key)?;
                w.list(2, lines)?;
            }
        }
        if !s.shared_channels.is_empty() {
            w.key(0, "shared_channels")?;
            w.out.push('\n');
            for (name, c) in &s.shared_channels {
                w.key(2, name)?;
                w.out.push('\n');
                w.channel(c)?;
            }
        }
        w.key(0, "edges")?;
        w.list(0, &s.edges)?;
        Some(w.out)
    }

    impl Writer {
        fn process(&mut self, p: &ProcessSnapshot) -> Option<()> {
            self.key(4, "parent")?;
            self.scalar(&p.parent)?;
            self.key(4, "origin")?;
            self.scalar(&p.origin)?;
            self.key(4, "ended")?;
            self.scalar(&p.ended)?;
            self.key(4, "events")?;
            self.list(4, &p.events)
        }

        fn channel(&mut self, c: &ChannelSummary) -> Option<()> {
            self.key(4, "items_put")?;
            self.out.push_str(&format!(" {}\n", c.items_put));
            self.key(4, "items_taken")?;
            self.out.push_str(&format!(" {}\n", c.items_taken));
            self.key(4, "put_by")?;
            self.list(4, &c.put_by)?;
            self.key(4, "taken_by")?;
            self.list(4, &c.taken_by)
        }

        /// `key:` at `indent`, without what follows the colon.
        fn key(&mut self, indent: usize, key: &str) -> Option<()> {
            if key.len() > SIMPLE_KEY {
                return None;
            }
            self.out.extend(std::iter::repeat_n(' ', indent));
            self.text(key)?;
            self.out.push(':');
            Some(())
        }

        /// ` value` and the end of the line, after a key.
        fn scalar(&mut self, value: &str) -> Option<()> {
            self.out.push(' ');
            self.text(value)?;
            self.out.push('\n');
            Some(())
        }

        /// A block sequence after a key: its items at the key's indentation, as serde_yaml
        /// writes them, or ` []`.
        fn list(&mut self, indent: usize, items: &[String]) -> Option<()> {
            if items.is_empty() {
                self.out.push_str(" []\n");
                return Some(());
            }
            self.out.push('\n');
            for item in items {
                self.out.extend(std::iter::repeat_n(' ', indent));
                self.out.push_str("- ");
                self.text(item)?;
                self.out.push('\n');
            }
            Some(())
        }

        fn text(&mut self, text: &str) -> Option<()> {
            match style(text) {
                Style::Plain => {
                    self.out.push_str(text);
                    return Some(());
                }
                Style::SingleQuoted => {
                    self.out.push('\'');
                    self.out.push_str(&text.replace('\'', "''"));
                    self.out.push('\'');
                    return Some(());
                }
                Style::AsSerdeYaml => {}
            }
            if let Some(q) = self.quoted.get(text) {
                self.out.push_str(q);
                return Some(());
            }
            let rendered = serde_yaml::to_string(text).ok()?;
            let rendered = rendered.strip_suffix('\n')?;
            if rendered.contains('\n') {
                return None;
            }
            self.out.push_str(rendered);
            self.quoted.insert(text.to_owned(), rendered.to_owned());
            Some(())
        }
    }

    /// How serde_yaml writes a text in block context.
    #[derive(Debug, PartialEq, Eq)]
    pub(super) enum Style {
        Plain,
        SingleQuoted,
        /// Not decided here: serde_yaml is asked.
        AsSerdeYaml,
    }

    /// libyaml's choice (`yaml_emitter_analyze_scalar`) for a one-line text of printable
    /// ASCII with a space in it (which no YAML resolver reads as a boolean, null or number,
    /// so serde_yaml leaves the choice to libyaml): plain where libyaml allows a plain
    /// scalar in block context, else single quotes. Any other text is left to serde_yaml.
    pub(super) fn style(text: &str) -> Style {
        let b = text.as_bytes();
        if !b.contains(&b' ') || !b.iter().all(|c| (0x20..=0x7e).contains(c)) {
            return Style::AsSerdeYaml;
        }
        let blank_at = |i: usize| i >= b.len() || b[i] == b' ';
        let plain = b[0] != b' '
            && b[b.len() - 1] != b' '
            && !(b.starts_with(b"---") || b.starts_with(b"..."))
            && !b"#,[]{}&*!|>'\"%@`".contains(&b[0])
            && !(b"?:-".contains(&b[0]) && blank_at(1))
            && (1..b.len()).all(|i| match b[i] {
                b':' => !blank_at(i + 1),
                b'#' => b[i - 1] != b' ',
                _ => true,
            });
        if plain {
            Style::Plain
        } else {
            Style::SingleQuoted
        }
    }
}

/// For each process that a `kill` targeted, how many of its events to show: those that
/// happen before the kill (its killer knew of them), and always its first. What it did
/// after that raced with the signal.
fn kill_cutoffs(trace: &Trace) -> Vec<Option<usize>> {
    let mut cutoffs = vec![None; trace.processes.len()];
    let mut reach = None;
    for (k, p) in trace.processes.iter().enumerate() {
        for (i, e) in p.events.iter().enumerate() {
            let (EventKind::Kill { child_pid, .. } | EventKind::Terminate { child_pid, .. }) = e.kind else { continue };
            let Some(target) = trace.processes.iter().rposition(|c| c.parent == Some(k) && c.pid == child_pid) else {
                continue;
            };
            let reach = reach.get_or_insert_with(|| crate::trace::Reach::new(trace));
            let known = reach.backward(crate::trace::EventId { process: k, index: i })[target];
            let cut = known.max(1);
            cutoffs[target] = Some(cutoffs[target].map_or(cut, |c: usize| c.min(cut)));
        }
    }
    cutoffs
}

/// Sorts `p/10 (x)` after `p/9 (x)`.
fn task_order(key: &str) -> (String, u64) {
    let (pool, rest) = key.split_once('/').unwrap_or((key, ""));
    let n = rest.split(' ').next().and_then(|n| n.parse().ok()).unwrap_or(0);
    (pool.to_owned(), n)
}

/// Orders edge lines by their numbers, not as text, so `main[10]` follows `main[9]`: as the
/// lists of (text, number) pairs that `edge_parts` cuts each line into would compare, but
/// without building them (with hundreds of thousands of edges, a key of strings per line
/// was tens of megabytes).
fn edge_order(a: &str, b: &str) -> std::cmp::Ordering {
    edge_parts(a).cmp(edge_parts(b))
}

/// A line as (text, number) pairs: each run of digits with the text before it, then the text
/// after the last digit with 0.
fn edge_parts(line: &str) -> impl Iterator<Item = (&str, u64)> {
    let bytes = line.as_bytes();
    let mut at = 0;
    let mut done = false;
    std::iter::from_fn(move || {
        if done {
            return None;
        }
        let start = at;
        while at < bytes.len() && !bytes[at].is_ascii_digit() {
            at += 1;
        }
        let text = &line[start..at];
        if at == bytes.len() {
            done = true;
            return Some((text, 0));
        }
        let mut n = 0u64;
        while at < bytes.len() && bytes[at].is_ascii_digit() {
            n = n.wrapping_mul(10).wrapping_add(u64::from(bytes[at] - b'0'));
            at += 1;
        }
        Some((text, n))
    })
}

/// The names of a run's processes by pid, looked up in a map: a snapshot names a pid in
/// every start, join and printed pid, and a scan of every process for each was quadratic
/// with thousands of children.
struct Names<'t> {
    trace: &'t Trace,
    /// The first process with each pid (`Trace::role_of_pid`'s choice).
    first: std::collections::HashMap<i32, usize>,
    /// The latest process with each pid, and whether it is a pool worker.
    latest: std::collections::HashMap<i32, (usize, bool)>,
}

impl<'t> Names<'t> {
    fn new(trace: &'t Trace, workers: &[bool]) -> Names<'t> {
        let mut first = std::collections::HashMap::new();
        let mut latest = std::collections::HashMap::new();
        for (i, p) in trace.processes.iter().enumerate() {
            first.entry(p.pid).or_insert(i);
            latest.insert(p.pid, (i, workers[i]));
        }
        Names { trace, first, latest }
    }

    /// `Trace::role_of_pid`: the supervisor, or the role of the first process with `pid`.
    fn role_of_pid(&self, pid: i32) -> Option<&'t str> {
        if pid == self.trace.supervisor_pid && pid != 1 {
            return Some("supervisor");
        }
        self.first.get(&pid).map(|&i| self.trace.processes[i].role.as_str())
    }

    /// The name of the process with `pid` that is the same in every run: its role, except
    /// for a pool worker, which is named by its pool alone since which worker does what
    /// varies.
    fn stable_name(&self, pid: i32) -> String {
        match self.latest.get(&pid) {
            Some(&(i, true)) => self.trace.processes[i].name.clone(),
            Some(&(i, false)) => self.trace.processes[i].role.clone(),
            None => self.role_of_pid(pid).unwrap_or("pid").to_owned(),
        }
    }
}

/// A pool worker: a process its parent made with a `pool` action.
fn is_worker(trace: &Trace, p: &crate::trace::Process) -> bool {
    let Some(parent) = p.parent else { return false };
    let Some(EventKind::Begin { parent_seq: Some(seq), .. }) = p.events.first().map(|e| &e.kind) else { return false };
    // A process's events are in seq order: the parent's event is found by bisection, not by a
    // scan of the parent's events for each child.
    let events = &trace.processes[parent].events;
    let at = events.partition_point(|e| e.seq < *seq);
    events[at..]
        .iter()
        .take_while(|e| e.seq == *seq)
        .any(|e| matches!(e.kind, EventKind::Pool { .. } | EventKind::Respawn { .. }))
}

/// The channels that more than one process put into or took from, with their summaries.
fn shared_channels(trace: &Trace) -> IndexMap<String, ChannelSummary> {
    let mut users: IndexMap<String, (usize, usize, Vec<String>, Vec<String>)> = IndexMap::new();
    for p in &trace.processes {
        for e in &p.events {
            let (channel, put) = match &e.kind {
                EventKind::Put { channel, timed_out: false, .. } => (channel, true),
                EventKind::Get { channel, from: Some(_), .. } => (channel, false),
                _ => continue,
            };
            let entry = users.entry(channel.clone()).or_default();
            let (count, roles) = if put { (&mut entry.0, &mut entry.2) } else { (&mut entry.1, &mut entry.3) };
            *count += 1;
            if !roles.contains(&p.role) {
                roles.push(p.role.clone());
            }
        }
    }
    users
        .into_iter()
        .filter(|(_, (_, _, putters, takers))| putters.len() > 1 || takers.len() > 1)
        .map(|(name, (items_put, items_taken, put_by, taken_by))| {
            (name, ChannelSummary { items_put, items_taken, put_by, taken_by })
        })
        .collect()
}

fn event_text(names: &Names, kind: &EventKind) -> String {
    let role = |pid: i32| names.role_of_pid(pid).unwrap_or("?").to_owned();
    match kind {
        EventKind::Begin { .. } => "begin".into(),
        EventKind::Print(v) => format!("print: {}", redact_with(names, v)),
        EventKind::Sleep { written } => format!("sleep {written}"),
        EventKind::Start { child_pid, .. } => format!("start {}", role(*child_pid)),
        EventKind::Fork { child_pid, .. } => format!("fork {}", role(*child_pid)),
        EventKind::Join { child_pid, ending, .. } => format!("join {}: {ending}", role(*child_pid)),
        EventKind::JoinTimedOut { child_pid, .. } => format!("join {}: timed out", role(*child_pid)),
        EventKind::Terminate { child_pid: 0, name } => format!("terminate {name}: already joined"),
        EventKind::Terminate { child_pid, .. } => format!("terminate {}", role(*child_pid)),
        EventKind::Let { var, value } => format!("let {var} = {}", redact_with(names, value)),
        EventKind::End { code } => format!("end {code}"),
        EventKind::Loop { var, over } => format!("loop {var} over {over}"),
        EventKind::LoopEnd { iterations } => format!("loop end after {iterations}"),
        EventKind::Channel { names, capacity: Some(c) } => format!("make {} (capacity {c})", names.join(", ")),
        EventKind::Channel { names, capacity: None } => format!("make {}", names.join(", ")),
        EventKind::Put { channel, value, timed_out } => {
            format!("put {} into {channel}{}", redact_with(names, value), if *timed_out { " (timed out)" } else { "" })
        }
        EventKind::Get { channel, value, from: Some(_) } => {
            format!("get from {channel}: {}", redact_with(names, value))
        }
        EventKind::Get { channel, from: None, .. } => format!("get from {channel}: timed out"),
        EventKind::Pool { name, workers, .. } => format!("pool {name} of {} workers", workers.len()),
        EventKind::Submit { pool, task, process } => format!("submit {pool}/{task} ({process})"),
        EventKind::TaskStart { pool, task, .. } => format!("task {pool}/{task} begins"),
        EventKind::TaskEnd { pool, task, value } => format!("task {pool}/{task} returns {}", redact_with(names, value)),
        EventKind::Result { pool, task, value, .. } => {
            format!("result of {pool}/{task}: {}", redact_with(names, value))
        }
        EventKind::Close { pool } => format!("close {pool}"),
        EventKind::Kill { child_pid, signal, .. } => format!("kill {} with {signal}", role(*child_pid)),
        EventKind::Raise { signal } => format!("raise {signal}"),
        EventKind::Ignore { signal } => format!("ignore {signal}"),
        EventKind::Respawn { pool, .. } => format!("new worker of {pool}"),
        EventKind::Exec { argv } => format!("exec {}", argv.join(" ")),
        EventKind::SyncMade { name, kind, initial } => match kind {
            SyncKind::Lock | SyncKind::Event | SyncKind::RLock | SyncKind::Condition => {
                format!("make {} {name}", kind.as_str())
            }
            SyncKind::Semaphore => format!("make semaphore {name} of {initial}"),
            SyncKind::BoundedSemaphore => format!("make bounded semaphore {name} of {initial}"),
            SyncKind::Barrier => format!("make barrier {name} for {initial}"),
            SyncKind::Shared => format!("make shared {name} = {initial}"),
        },
        // Whether a process had to wait varies between runs: `snapshot` hides these.
        EventKind::Blocked { name } => format!("blocked on {name}"),
        EventKind::Acquire { name, .. } => format!("acquire {name}"),
        EventKind::Release { name } => format!("release {name}"),
        EventKind::Set { name } => format!("set {name}"),
        EventKind::Clear { name } => format!("clear {name}"),
        EventKind::EventWait { name, .. } => format!("wait for {name}"),
        EventKind::BarrierWait { name, round, .. } => format!("pass barrier {name} (round {round})"),
        // What a process reads or adds to depends on the others' timing; only a write's
        // value is its own.
        EventKind::Read { name, .. } => format!("read {name}"),
        EventKind::Write { name, value } => format!("write {value} to {name}"),
        EventKind::Add { name, delta, atomic, .. } => {
            format!("add {delta} to {name}{}", if *atomic { "" } else { " (read, then write)" })
        }
        EventKind::Final { name, value } => format!("final {name} = {value}"),
        // How many waiters a notify woke, and whether a `task_done` was the last, vary
        // between runs.
        EventKind::Notify { name, all: false, .. } => format!("notify {name}"),
        EventKind::Notify { name, all: true, .. } => format!("notify all of {name}"),
        EventKind::ConditionWait { name, .. } => format!("notified on {name}"),
        EventKind::TaskDone { queue, .. } => format!("task done on {queue}"),
        EventKind::JoinQueue { queue, .. } => format!("join {queue}"),
        EventKind::JoinPool { pool, workers } => {
            let mut endings: Vec<String> = workers.iter().map(|(_, ending)| ending.to_string()).collect();
            endings.sort();
            format!("join {pool}: workers ended {}", endings.join(", "))
        }
    }
}

/// The text of `value` with its run-specific parts replaced by stable names.
pub fn redact(trace: &Trace, value: &Value) -> String {
    let workers: Vec<bool> = trace.processes.iter().map(|p| is_worker(trace, p)).collect();
    redact_with(&Names::new(trace, &workers), value)
}

fn redact_with(names: &Names, value: &Value) -> String {
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
            Volatile::Pid(pid) => out.push_str(&format!("<{}>", names.stable_name(pid))),
            Volatile::Random { pid, .. } => out.push_str(&format!("<random@{}>", names.stable_name(pid))),
            Volatile::Shared => out.push_str("<shared>"),
            Volatile::Alive => out.push_str("<alive>"),
        }
        at = span.end;
    }
    out.push_str(&value.text[at..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Texts at the edges of libyaml's rules for plain and quoted scalars: keywords, numbers,
    /// indicators at the start, in the middle and at the end, spaces, tabs and quotes.
    const ODD_TEXTS: &[&str] = &[
        "begin",
        "true",
        "null",
        "yes",
        "No",
        "~",
        "",
        "1",
        "1.5",
        "inf",
        "kid#1",
        "a #b",
        "a: b",
        "a:b",
        "[x] print: hi",
        "print: it's",
        "- x",
        "put 1 into q",
        "x ",
        " x",
        "exit 0, exit 0",
        "put <main> into q",
        "put <random@main> into q",
        "p/0 (long_time_task)",
        "main[2] -> kid[0] (start)",
        "é à",
        "a\tb",
        "with 'quotes' and \"double\"",
        "?x",
        "%x",
        "@x",
        "a [b] {c}",
        "tab\there",
        "a  b",
        "get from q: 0",
        "a ! b",
        "-x y",
        "- x y",
        "? x",
        "?x y",
        "x ?y",
        "--- x",
        "... x",
        "x y:",
        "x, y",
        "'a b",
        "a 'b'",
        "%x y",
        "x\ty",
        "a:b c",
        "a : b",
        "x #",
        "x#y z",
        "#x y",
        "&a b",
        "*a b",
        "!a b",
        "|a b",
        ">a b",
        "`a b",
        "@a b",
        "{a b",
        "}a b",
        "[a b",
        "]a b",
        ",a b",
        "a b\\c",
        "a ~ b",
        "~ a",
        "null x",
        "true x",
        "1 2",
        "0x1F x",
        "1.5 x",
        ".inf x",
        "a: ",
        "key: 'v'",
        "a \u{7f} b",
        "x: y: z",
        "- a",
        "-- a",
        "a -",
        "a ?",
        "a ? b",
        "a, b",
        "a,b c",
        "a\\ b",
        "a/ b",
        "<a b",
    ];

    /// The direct writer gives serde_yaml's bytes, for plain, quoted and odd texts alike.
    #[test]
    fn yaml_written_directly_is_serde_yamls() {
        let odd: Vec<String> = ODD_TEXTS.iter().map(|s| s.to_string()).collect();
        let mut processes = IndexMap::new();
        for (i, text) in odd.iter().enumerate() {
            let p = ProcessSnapshot {
                parent: text.clone(),
                origin: "forked".into(),
                ended: text.clone(),
                events: if i % 3 == 0 { Vec::new() } else { odd.clone() },
            };
            processes.insert(format!("{text}{i}"), p);
        }
        let mut tasks = IndexMap::new();
        tasks.insert("p/0 (x)".to_owned(), odd.clone());
        let mut shared = IndexMap::new();
        shared.insert(
            "q".to_owned(),
            ChannelSummary { items_put: 3, items_taken: 2, put_by: odd.clone(), taken_by: Vec::new() },
        );
        let snapshot = Snapshot { outcome: "finished", processes, tasks, shared_channels: shared, edges: odd.clone() };
        let direct = yaml::write(&snapshot).expect("no text here needs serde_yaml's whole document");
        assert_eq!(direct, serde_yaml::to_string(&snapshot).unwrap());
        let empty = Snapshot {
            outcome: "timed out",
            processes: IndexMap::new(),
            tasks: IndexMap::new(),
            shared_channels: IndexMap::new(),
            edges: Vec::new(),
        };
        assert_eq!(yaml::write(&empty).unwrap(), serde_yaml::to_string(&empty).unwrap());
        // A text over two lines is left to serde_yaml, whose block style depends on its place.
        let mut two_lines = empty;
        two_lines.edges.push("a\nb".into());
        assert_eq!(yaml::write(&two_lines), None);
    }
}
