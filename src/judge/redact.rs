//! Turns a trace into its snapshot: only what holds in every run, with run-specific values
//! replaced by stable names.
//!
//! Pids become the role of their process (`<main>`), random numbers become where they were
//! drawn (`<random@main>`), timestamps are dropped, and nothing about the interleaving of
//! processes is kept: each process's own events in program order, and the causal edges. This
//! is the only module that decides what a snapshot contains.

use super::fold::{self, Folder, Item, OwnedItem, Rule};
use crate::model::template::{Value, Volatile};
use crate::trace::{EventKind, Outcome, SyncKind, Trace};
use indexmap::IndexMap;
use serde::Serialize;

#[derive(Serialize)]
struct Snapshot {
    outcome: &'static str,
    processes: IndexMap<String, ProcessSnapshot>,
    #[serde(skip_serializing_if = "IndexMap::is_empty")]
    tasks: IndexMap<String, Lines>,
    #[serde(skip_serializing_if = "IndexMap::is_empty")]
    shared_channels: IndexMap<String, ChannelSummary>,
    edges: FoldedEdges,
}

#[derive(Serialize)]
struct ProcessSnapshot {
    parent: String,
    origin: String,
    ended: String,
    events: Lines,
}

/// Lines of text in one buffer, each ending where `ends` says: a snapshot has a line per
/// event, and a `String` per line was two heap blocks and 56 bytes for a 15-byte text.
#[derive(Default)]
struct Lines {
    text: String,
    ends: Vec<usize>,
}

impl Lines {
    /// Ends the line written since the last one at the end of `text`.
    fn end(&mut self) {
        self.ends.push(self.text.len());
    }

    fn push(&mut self, line: &str) {
        self.text.push_str(line);
        self.end();
    }

    fn len(&self) -> usize {
        self.ends.len()
    }

    fn get(&self, i: usize) -> &str {
        let start = if i == 0 { 0 } else { self.ends[i - 1] };
        &self.text[start..self.ends[i]]
    }

    fn iter(&self) -> impl Iterator<Item = &str> {
        (0..self.len()).map(|i| self.get(i))
    }
}

/// Where `list_events` writes a process's listed lines: held whole (`Lines`), or folded and
/// written into the snapshot as they come (`Streamed`, so a big run's texts are never all
/// built first).
trait Listing {
    /// The buffer the next line is written at the end of.
    fn text(&mut self) -> &mut String;
    /// Ends the line written since the last one.
    fn end(&mut self);
    /// How many lines were ended: the next line's position (edges name events by it).
    fn len(&self) -> usize;

    fn push(&mut self, line: &str) {
        self.text().push_str(line);
        self.end();
    }

    /// Whether the lines' text is kept: when not (`Counted`), an event's line need not be
    /// written, only ended.
    fn keeps_text(&self) -> bool {
        true
    }
}

impl Listing for Lines {
    fn text(&mut self) -> &mut String {
        &mut self.text
    }

    fn end(&mut self) {
        Lines::end(self);
    }

    fn len(&self) -> usize {
        Lines::len(self)
    }
}

impl<'a> FromIterator<&'a str> for Lines {
    fn from_iter<I: IntoIterator<Item = &'a str>>(lines: I) -> Lines {
        let mut out = Lines::default();
        for line in lines {
            out.push(line);
        }
        out
    }
}

/// A list of edges as the snapshot writes it: its folded entries, handed over one by one.
trait EdgeList {
    fn each(&self, emit: &mut dyn FnMut(Item<'_>) -> Option<()>) -> Option<()>;
}

/// The snapshot's edges, folded, for the paths that hold the whole snapshot (`build`).
#[derive(Default)]
struct FoldedEdges(Vec<OwnedItem>);

impl FoldedEdges {
    fn of(edges: &dyn EdgeList) -> FoldedEdges {
        let mut items = Vec::new();
        edges.each(&mut |item| {
            items.push(OwnedItem::from(item));
            Some(())
        });
        FoldedEdges(items)
    }
}

impl EdgeList for FoldedEdges {
    fn each(&self, emit: &mut dyn FnMut(Item<'_>) -> Option<()>) -> Option<()> {
        self.0.iter().try_for_each(|item| emit(item.as_item()))
    }
}

impl Serialize for FoldedEdges {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        serialize_items(Rule::Edges, &self.0, s)
    }
}

impl Serialize for Lines {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        serialize_items(Rule::Events, &fold::fold(Rule::Events, self.iter()), s)
    }
}

/// A list as the snapshot shows it, its counting runs folded (`fold`): each a mapping, which
/// no event or edge (a string) can be mistaken for.
fn serialize_items<S: serde::Serializer>(rule: Rule, items: &[OwnedItem], s: S) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeMap;
    struct Entry<'a>(Rule, &'a OwnedItem);
    impl Serialize for Entry<'_> {
        fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            match self.1.as_item() {
                Item::Line(line) => s.serialize_str(line),
                Item::Run { first, last, count } => {
                    let mut map = s.serialize_map(Some(3))?;
                    map.serialize_entry("first", first)?;
                    map.serialize_entry("last", last)?;
                    map.serialize_entry(self.0.count_key(), &count)?;
                    map.end()
                }
            }
        }
    }
    s.collect_seq(items.iter().map(|item| Entry(rule, item)))
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

/// Where an event of the trace appears in the snapshot: 12 bytes and no heap block (a name
/// per event was a string allocated for each of hundreds of thousands), held in runs
/// (`Places`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Place {
    /// In its own process's list, at this position.
    Listed(u32),
    /// In a pool task's list (by its index among the tasks as first met), at this position.
    Task(u32, u32),
    /// Hidden inside a summarised loop or a worker's varying life.
    Hidden,
    /// The first event of a pool's worker, named for all of them (`pool_worker[begin]`).
    WorkerBegin,
    /// The last event of a pool's worker (`pool_worker[end]`).
    WorkerEnd,
}

impl Place {
    /// The place of the event `by` events after one at this place, when both are in one run
    /// of `Places`: a position in a list counts up with the events, a hidden event is
    /// followed by hidden ones. `None`: no event after this one continues its run.
    fn after(self, by: u32) -> Option<Place> {
        match self {
            Place::Listed(i) => Some(Place::Listed(i.checked_add(by)?)),
            Place::Task(key, i) => Some(Place::Task(key, i.checked_add(by)?)),
            Place::Hidden => Some(Place::Hidden),
            Place::WorkerBegin | Place::WorkerEnd => (by == 0).then_some(self),
        }
    }
}

/// The places of one process's events, as runs: each event's place is its run's first place
/// moved on by the event's distance from the run's start (`Place::after`). A process's events
/// are mostly listed one after another, so the 200,000 puts of a big queue run are one run:
/// a place per event was 4.8 MB at the command's peak (12 bytes an event).
#[derive(Debug, Default)]
struct Places {
    /// Each run's first event and its place, in event order.
    runs: Vec<(u32, Place)>,
    /// How many events have a place.
    len: u32,
}

impl Places {
    /// The next event's place.
    fn push(&mut self, place: Place) {
        let continued = self.runs.last().and_then(|&(start, first)| first.after(self.len - start));
        if continued != Some(place) {
            self.runs.push((self.len, place));
        }
        self.len = self.len.checked_add(1).expect("a process records fewer than 2^32 events");
    }

    /// The place of event `i` (pushed before).
    fn get(&self, i: usize) -> Place {
        let i = at(i);
        assert!(i < self.len, "event {i} of {} has no place", self.len);
        let (start, first) = self.runs[self.runs.partition_point(|&(start, _)| start <= i) - 1];
        first.after(i - start).expect("a run's events have places")
    }
}

/// A position in a list, as a `Place` holds it.
fn at(i: usize) -> u32 {
    u32::try_from(i).expect("a process records fewer than 2^32 events")
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
    let mut out = String::with_capacity(1 << 16);
    if stream(trace, &mut out).is_some() {
        return out;
    }
    let snapshot = build(trace);
    out.clear();
    match yaml::write(&snapshot, &mut out) {
        Some(()) => out,
        None => serde_yaml::to_string(&snapshot).expect("snapshots serialize"),
    }
}

/// Whether the snapshot of `trace` matches the one stored in `file`, written straight into
/// the comparison with it (`snapshot::Stored`): a big run's text, tens of megabytes, is never
/// held. `None` when this cannot say (no stored snapshot, a text only serde_yaml writes):
/// compare `snapshot`'s text instead.
pub fn matches_stored(trace: &Trace, file: &std::path::Path) -> Option<bool> {
    let mut stored = super::snapshot::Stored::open(file)?;
    stream(trace, &mut stored)?;
    stored.finish()
}

/// The snapshot of `trace` written into `out` as it is made, as `build` and `yaml::write`
/// together would write it: each process's entry is written as soon as its events are listed,
/// then dropped, so that only the places of its events (in runs: `Places`) are kept for the
/// edges. `None` (with part of the text written) when only `build` can make it: a text
/// serde_yaml must write, or a process whose role is the name of a pool's workers (the one
/// entry `build` gives both).
fn stream(trace: &Trace, out: &mut impl super::snapshot::Sink) -> Option<()> {
    let r = Redaction::new(trace);
    // The workers of a pool are one entry, at the first one's place, with every one's ending.
    let mut worker_endings: std::collections::HashMap<&str, Vec<String>> = std::collections::HashMap::new();
    for (p, _) in trace.processes.iter().zip(&r.workers).filter(|(_, &worker)| worker) {
        worker_endings.entry(p.name.as_str()).or_default().push(p.ending.to_string());
    }
    let shares_a_name =
        |(p, &worker): (&crate::trace::Process, &bool)| !worker && worker_endings.contains_key(p.role.as_str());
    if trace.processes.iter().zip(&r.workers).any(shares_a_name) {
        return None;
    }
    // The edges need only where each event went (its place), not its text: they are made
    // from a pass that writes no text, on a thread of their own when the trace is big, while
    // this one writes the events (a 200,000-item queue's snapshot took about 50 ms, now about
    // 32: once the run is over, the machine's other cores are idle).
    let counted = std::sync::OnceLock::new();
    let make_edges = || {
        let (places, task_keys) = counted.get_or_init(|| {
            let mut tasks = IndexMap::new();
            let places: Vec<Places> =
                (0..trace.processes.len()).map(|pi| r.list_events(pi, &mut tasks, &mut Counted::default())).collect();
            (places, tasks.into_keys().collect::<Vec<String>>())
        });
        edges::Edges::new(&r, places, task_keys)
    };
    let events: usize = trace.processes.iter().map(|p| p.events.len()).sum();
    std::thread::scope(|scope| {
        let edges = (events >= EDGES_APART_FROM).then(|| scope.spawn(make_edges));
        let mut w = yaml::Writer::new(out);
        w.head(outcome_name(trace), trace.processes.is_empty())?;
        let mut tasks: IndexMap<String, Lines> = IndexMap::new();
        for (pi, p) in trace.processes.iter().enumerate() {
            if !r.workers[pi] {
                // The entry's head, then its events folded and written as they are listed.
                w.process_head(&p.role, &r.entry(pi, Lines::default(), p.ending.to_string()))?;
                let mut listed = yaml::Streamed::new(&mut w, 4);
                r.list_events(pi, &mut tasks, &mut listed);
                listed.finish()?;
                continue;
            }
            r.list_events(pi, &mut tasks, &mut Lines::default());
            if let Some(mut endings) = worker_endings.remove(p.name.as_str()) {
                endings.sort();
                w.process(&p.name, &r.entry(pi, worker_events(), endings.join(", ")))?;
            }
        }
        let edges = match edges {
            Some(thread) => thread.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
            None => make_edges(),
        };
        tasks.sort_by(|a, _, b, _| task_order(a).cmp(&task_order(b)));
        w.tail(&tasks, &r.shared, &edges)
    })
}

/// The events of a trace from which `stream` makes the edges on a thread of their own: below,
/// starting a thread costs more than it saves.
const EDGES_APART_FROM: usize = 20_000;

/// A listing that keeps no text, only how many lines were listed: the places of the events
/// (`list_events`), for the edges, without writing every event's line.
#[derive(Default)]
struct Counted {
    lines: usize,
    /// What `list_events` writes of the lines it does not know to skip (a few short ones).
    scratch: String,
}

impl Listing for Counted {
    fn text(&mut self) -> &mut String {
        &mut self.scratch
    }

    fn end(&mut self) {
        self.scratch.clear();
        self.lines += 1;
    }

    fn len(&self) -> usize {
        self.lines
    }

    fn keeps_text(&self) -> bool {
        false
    }
}

/// The events listed for the one entry of a pool's workers.
fn worker_events() -> Lines {
    ["begin", "runs tasks; which worker ran which task varies between runs"].into_iter().collect()
}

/// How the run ended, as the snapshot says it.
fn outcome_name(trace: &Trace) -> &'static str {
    match trace.outcome {
        Outcome::Finished => "finished",
        Outcome::TimedOut { .. } => "timed out",
        Outcome::Interrupted { .. } => "interrupted",
        Outcome::LimitReached { .. } => "limit reached",
    }
}

/// What the snapshot of `trace` holds, before it is written.
fn build(trace: &Trace) -> Snapshot {
    let r = Redaction::new(trace);
    let mut places: Vec<Places> = Vec::with_capacity(trace.processes.len());
    let mut processes = IndexMap::new();
    let mut tasks: IndexMap<String, Lines> = IndexMap::new();
    for pi in 0..trace.processes.len() {
        let mut listed = Lines::default();
        places.push(r.list_events(pi, &mut tasks, &mut listed));
        r.add_process(&mut processes, pi, listed);
    }
    // The keys in the order `Place::Task` numbers them, before the tasks are sorted.
    let task_keys: Vec<String> = tasks.keys().cloned().collect();
    tasks.sort_by(|a, _, b, _| task_order(a).cmp(&task_order(b)));
    let edges = FoldedEdges::of(&edges::Edges::new(&r, &places, &task_keys));
    Snapshot { outcome: outcome_name(trace), processes, tasks, shared_channels: r.shared, edges }
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

impl<'t> Redaction<'t> {
    fn new(trace: &'t Trace) -> Redaction<'t> {
        let workers: Vec<bool> = trace.processes.iter().map(|p| is_worker(trace, p)).collect();
        Redaction {
            trace,
            shared: shared_channels(trace),
            // Only a pool worker's events are listed by task: without workers, no pass over
            // every event to index them.
            tasks_of: if workers.contains(&true) { trace.task_index() } else { Vec::new() },
            names: Names::new(trace, &workers),
            workers,
            cutoffs: kill_cutoffs(trace),
        }
    }

    /// The entry of process `pi`, with these events and ending.
    fn entry(&self, pi: usize, events: Lines, ended: String) -> ProcessSnapshot {
        let p = &self.trace.processes[pi];
        let parent = p.parent.map_or("supervisor".to_owned(), |q| self.trace.processes[q].role.clone());
        ProcessSnapshot { parent, origin: format!("{:?}", p.origin).to_lowercase(), ended, events }
    }

    /// Lists the events of process `pi` into `listed` and says where each of its events
    /// went; the events of pool tasks are added to `tasks`.
    fn list_events(&self, pi: usize, tasks: &mut IndexMap<String, Lines>, listed: &mut impl Listing) -> Places {
        let (p, worker) = (&self.trace.processes[pi], self.workers[pi]);
        let mut place = Places::default();
        // Depth of nested loops inside a summarised loop; 0 when not in one.
        let mut hidden_depth = 0usize;
        for (i, e) in p.events.iter().enumerate() {
            if self.cutoffs[pi].is_some_and(|c| i >= c) {
                place.push(Place::Hidden);
                continue;
            }
            // The event's line, written at the end of `out` (the caller ends it).
            let line = |out: &mut String| {
                if let Some(l) = &e.label {
                    out.push('[');
                    out.push_str(l);
                    out.push_str("] ");
                }
                event_text(&self.names, &e.kind, out);
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
            if let Some(task) = self.tasks_of.get(pi).and_then(|t| t.get(i)).copied().flatten().filter(|_| worker) {
                let key = format!("{}/{} ({})", task.pool, task.task, task.process);
                let entry = tasks.entry(key);
                let index = entry.index();
                let list = entry.or_default();
                place.push(Place::Task(at(index), at(list.len())));
                line(&mut list.text);
                list.end();
                continue;
            }
            if worker {
                // Workers are interchangeable: which one ran what, and which one died, varies.
                place.push(match e.kind {
                    EventKind::Begin { .. } => Place::WorkerBegin,
                    EventKind::End { .. } => Place::WorkerEnd,
                    _ => Place::Hidden,
                });
                continue;
            }
            if let EventKind::Loop { over, var } = &e.kind {
                if let Some(channel) =
                    self.shared.keys().find(|c| over == *c || over.starts_with(&format!("{c} until ")))
                {
                    hidden_depth = 1;
                    place.push(Place::Listed(at(listed.len())));
                    listed.push(&format!("loop {var} over {over}: shared channel {channel}, items vary between runs"));
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
                if self.shared.contains_key(channel.as_str()) {
                    place.push(Place::Listed(at(listed.len())));
                    listed.text().push_str("get from shared channel ");
                    listed.text().push_str(channel);
                    listed.push(": <item>");
                    continue;
                }
            }
            place.push(Place::Listed(at(listed.len())));
            if worker && matches!(e.kind, EventKind::End { .. }) {
                listed.text().push_str("(runs tasks; which ones varies between runs) ");
            }
            if listed.keeps_text() {
                line(listed.text());
            }
            listed.end();
        }
        if self.cutoffs[pi].is_some() {
            listed.push("(killed: what it did after its killer last heard from it varies between runs)");
        }
        place
    }

    /// Adds process `pi`, whose events are `listed`, to `processes`: under its role, or a
    /// pool worker under the one entry of all the workers of its pool.
    fn add_process(&self, processes: &mut IndexMap<String, ProcessSnapshot>, pi: usize, listed: Lines) {
        let p = &self.trace.processes[pi];
        if self.workers[pi] {
            // One entry for all the workers of a pool, with their endings as a sorted list.
            let entry =
                processes.entry(p.name.clone()).or_insert_with(|| self.entry(pi, worker_events(), String::new()));
            let mut endings: Vec<&str> = entry.ended.split(", ").filter(|s| !s.is_empty()).collect();
            let ending = p.ending.to_string();
            endings.push(&ending);
            endings.sort();
            entry.ended = endings.join(", ");
            return;
        }
        processes.insert(p.role.clone(), self.entry(pi, listed, p.ending.to_string()));
    }

    /// Whether `e` is an edge into a get from a shared channel: which put it took varies
    /// between runs, and the channel's summary stands for those edges.
    fn takes_from_shared(&self, e: &crate::trace::Edge) -> bool {
        e.kind == crate::trace::EdgeKind::Message
            && matches!(
                &self.trace.processes[e.to.process()].events[e.to.index()].kind,
                EventKind::Get { channel, .. } if self.shared.contains_key(channel.as_str())
            )
    }
}

/// The snapshot's edges as structures: sorted, freed of repeats and folded by the parts of
/// their lines (a place's name and its index), so that a line's text is made only when it is
/// written (a run's first and last, or a line of its own). Made as text first, the 200,000
/// edges of a big queue run were 13 MB of lines, ends and sort order at the command's peak.
///
/// Every decision is the one the text would give: the order is `edge_order` of the lines
/// (decided from the parts only where the lines' first difference is provably there, else
/// by `edge_order` of the two lines written into scratch buffers), a repeat is a line whose
/// text equals the one before, and a step is `fold::edge_step` of the lines.
mod edges {
    use super::{at, edge_order, quick_edge_order, Place, Places, Redaction};
    use crate::judge::fold::{self, Folded, Item};
    use crate::trace::{EventId, Trace};
    use std::cmp::Ordering;

    /// What is inside an event's brackets in an edge line.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub(super) enum Index {
        /// Its position in a list.
        Number(u32),
        /// `last`, `begin` or `end`.
        Word(&'static str),
    }

    /// One end of an edge as its line names it: `{pre}{name}[{index}]`.
    #[derive(Clone, Copy, Debug)]
    pub(super) struct Side<'a> {
        /// `task ` before a task's key, else nothing.
        pub pre: &'static str,
        pub name: &'a str,
        pub index: Index,
    }

    /// An edge the snapshot shows: `{from} -> {to} ({kind})`.
    #[derive(Clone, Copy, Debug)]
    pub(super) struct Shown<'a> {
        pub from: Side<'a>,
        pub to: Side<'a>,
        pub kind: &'a str,
    }

    impl Side<'_> {
        /// `{pre}{name}`, the text before the brackets, at the end of `out`.
        fn write_name(&self, out: &mut String) {
            out.push_str(self.pre);
            out.push_str(self.name);
        }

        fn write(&self, out: &mut String) {
            self.write_name(out);
            out.push('[');
            match self.index {
                Index::Number(n) => fold::push_decimal(out, u64::from(n)),
                Index::Word(w) => out.push_str(w),
            }
            out.push(']');
        }

        /// Whether the two names (`pre` and `name` together) are the same text. Two sides
        /// of one process or task hold the same `str`s, told apart without reading them
        /// (libc's `memcmp` of the names was half the time of sorting 200,000 edges).
        fn same_name(&self, other: &Side) -> bool {
            if same_str(self.pre, other.pre) && same_str(self.name, other.name) {
                return true;
            }
            self.pre.len() + self.name.len() == other.pre.len() + other.name.len()
                && self.pre.bytes().chain(self.name.bytes()).eq(other.pre.bytes().chain(other.name.bytes()))
        }

        /// Whether `{pre}{name}` holds ` -> `, which `fold::edge_step` reads as the arrow.
        fn has_arrow(&self) -> bool {
            const ARROW: &[u8] = b" -> ";
            let (pre, name) = (self.pre.as_bytes(), self.name.as_bytes());
            let within = |t: &[u8]| t.windows(ARROW.len()).any(|w| w == ARROW);
            within(pre)
                || within(name)
                || (1..ARROW.len()).any(|k| pre.ends_with(&ARROW[..k]) && name.starts_with(&ARROW[k..]))
        }
    }

    /// The same text: the same place in memory, or the same bytes.
    fn same_str(a: &str, b: &str) -> bool {
        std::ptr::eq(a, b) || a.as_bytes().iter().eq(b.as_bytes())
    }

    impl Shown<'_> {
        /// The edge's line at the end of `out`.
        pub(super) fn write(&self, out: &mut String) {
            self.from.write(out);
            out.push_str(" -> ");
            self.to.write(out);
            out.push_str(" (");
            out.push_str(self.kind);
            out.push(')');
        }
    }

    /// Buffers the comparisons write names and lines into, reused from one to the next.
    #[derive(Default)]
    pub(super) struct Scratch {
        a: String,
        b: String,
    }

    impl Scratch {
        /// Both edges' lines, in `a` and `b`.
        fn lines(&mut self, x: &Shown, y: &Shown) -> (&str, &str) {
            self.a.clear();
            x.write(&mut self.a);
            self.b.clear();
            y.write(&mut self.b);
            (&self.a, &self.b)
        }
    }

    /// How two sides compare inside two lines whose text before them is the same and ends in
    /// a non-digit (the line's start, or ` -> `).
    enum SideOrder {
        /// The lines' order is decided in these sides.
        Decided(Ordering),
        /// The sides are the same text.
        Same,
        /// Not decided here.
        Unknown,
    }

    /// Where two lines first differ, if it is within these sides: the same name and numbers
    /// that differ (`[x]` against `[y]`: the digit runs start after the same `[`, so `x` and
    /// `y` decide, as `edge_order` compares numbers), or names that differ before one of
    /// them ends: `quick_edge_order` of `{name}[` of each, which looks only at the digit run
    /// that holds the first difference, and that run ends by the `[` in the line as in the
    /// name (a digit run cannot reach back before the side: the text before ends in a
    /// non-digit).
    fn side_order(x: &Side, y: &Side, s: &mut Scratch) -> SideOrder {
        if x.same_name(y) {
            return match (x.index, y.index) {
                (Index::Number(i), Index::Number(j)) if i != j => SideOrder::Decided(i.cmp(&j)),
                (Index::Number(_), Index::Number(_)) => SideOrder::Same,
                (Index::Word(u), Index::Word(v)) if same_str(u, v) => SideOrder::Same,
                _ => SideOrder::Unknown,
            };
        }
        s.a.clear();
        x.write_name(&mut s.a);
        s.a.push('[');
        s.b.clear();
        y.write_name(&mut s.b);
        s.b.push('[');
        match quick_edge_order(s.a.as_bytes(), s.b.as_bytes()) {
            Some(o) => SideOrder::Decided(o),
            // One `{name}[` is the start of the other: the difference is further on.
            None => SideOrder::Unknown,
        }
    }

    /// `edge_order` of the two edges' lines, decided from their parts where it can be (no
    /// text is made for the edges of one pair of processes, in order); `Equal` from the parts
    /// only for the same text.
    fn decided(x: &Shown, y: &Shown, s: &mut Scratch) -> Option<Ordering> {
        match side_order(&x.from, &y.from, s) {
            SideOrder::Decided(o) => return Some(o),
            SideOrder::Unknown => return None,
            SideOrder::Same => {}
        }
        // The same text so far, ending in ` -> `.
        match side_order(&x.to, &y.to, s) {
            SideOrder::Decided(o) => Some(o),
            SideOrder::Same if same_str(x.kind, y.kind) => Some(Ordering::Equal),
            _ => None,
        }
    }

    /// The order of two edges in the snapshot: `edge_order` of their lines.
    pub(super) fn order(x: &Shown, y: &Shown, s: &mut Scratch) -> Ordering {
        decided(x, y, s).unwrap_or_else(|| {
            let (a, b) = s.lines(x, y);
            edge_order(a, b)
        })
    }

    /// Whether two edges' lines are the same text.
    pub(super) fn same_text(x: &Shown, y: &Shown, s: &mut Scratch) -> bool {
        match decided(x, y, s) {
            // Lines in a different order differ; `Equal` is only decided for the same text.
            Some(o) => o == Ordering::Equal,
            None => {
                let (a, b) = s.lines(x, y);
                a == b
            }
        }
    }

    /// Whether `y`'s line is `x`'s with both indices 1 higher: `fold::edge_step` of the
    /// lines. That reads a line as `FROM[i] -> TO[j] (KIND)` by the first ` -> ` and the last
    /// `(`: where `FROM` holds no ` -> ` and `KIND` no `(` (every kind), those are the parts
    /// here, so the parts decide; a `FROM` with an arrow in it is left to the lines.
    pub(super) fn step(x: &Shown, y: &Shown, s: &mut Scratch) -> bool {
        let paren = |kind: &str| kind.bytes().any(|c| c == b'(');
        if x.from.has_arrow() || y.from.has_arrow() || paren(x.kind) || paren(y.kind) {
            let (a, b) = s.lines(x, y);
            return fold::edge_step(a, b);
        }
        let (Index::Number(i), Index::Number(j), Index::Number(k), Index::Number(l)) =
            (x.from.index, x.to.index, y.from.index, y.to.index)
        else {
            return false;
        };
        same_str(x.kind, y.kind)
            && u64::from(i) + 1 == u64::from(k)
            && u64::from(j) + 1 == u64::from(l)
            && x.from.same_name(&y.from)
            && x.to.same_name(&y.to)
    }

    /// Sorts `list` by the edges' order (stable: equal lines keep the trace's order, as the
    /// sort of the lines did) and drops each edge whose line is the one before it.
    pub(super) fn sort_and_dedup<'a, T: Copy>(list: &mut Vec<T>, shown: impl Fn(T) -> Shown<'a>) {
        let mut s = Scratch::default();
        list.sort_by(|&x, &y| order(&shown(x), &shown(y), &mut s));
        list.dedup_by(|x, y| same_text(&shown(*x), &shown(*y), &mut s));
    }

    /// Folds the sorted edges and hands each entry's text to `emit`: made here, one line at
    /// a time, into buffers reused from entry to entry. `steps(x, y)`: whether `y`'s line is
    /// `x`'s with both indices 1 higher (`step`).
    pub(super) fn emit_folded<'a, T: Copy>(
        list: &[T],
        shown: impl Fn(T) -> Shown<'a>,
        mut steps: impl FnMut(T, T) -> bool,
        emit: &mut dyn FnMut(Item<'_>) -> Option<()>,
    ) -> Option<()> {
        let (mut first, mut last) = (String::new(), String::new());
        let step = |k: usize, l: usize| steps(list[k], list[l]);
        fold::fold_by(list.len(), fold::MIN_RUN, step, |entry| match entry {
            Folded::One(k) => {
                first.clear();
                shown(list[k]).write(&mut first);
                emit(Item::Line(&first))
            }
            Folded::Run { first: k, count } => {
                first.clear();
                shown(list[k]).write(&mut first);
                last.clear();
                shown(list[k + count as usize - 1]).write(&mut last);
                emit(Item::Run { first: &first, last: &last, count })
            }
        })
    }

    /// The words an index can be (`Index::Word`), in their order in a line: a word's
    /// position here is its place among the numbers' successors in a `Coder`'s key.
    const WORDS: [&str; 3] = ["begin", "end", "last"];

    /// The order of the snapshot's edge lines as one number per edge: sorting the numbers
    /// sorts the lines by `edge_order`, equal numbers are the same line, and a number gives
    /// its line back (`shown`). A sort of 200,000 `u64`s, nearly in order already, instead
    /// of 400,000 comparisons that each looked up four sides of two edges (70 ns apiece,
    /// most of a big queue run's snapshot).
    ///
    /// Made only where the names allow it (`new`); the edges are otherwise compared by their
    /// parts (`sort_and_dedup`). A line is `{from}[{i}] -> {to}[{j}] ({kind})`; where no name
    /// holds `[` or a number written with a leading zero, and no kind a digit, its order is
    /// that of (rank of `from`, `i`, rank of `to`, `j`, rank of `kind`):
    /// - two different names differ before their `[` (neither `{a}[` begins the other, as
    ///   `[` is in no name), by a byte or by numbers of different values (without leading
    ///   zeros, equal values are equal digits), so `quick_edge_order` of `{a}[` and `{b}[`
    ///   decides the lines, whatever follows: the ranks are the names sorted by it;
    /// - after the same name and `[`, numbers compare by value, a number comes before a word
    ///   (its digit run ends the text part at the first difference), words by their bytes;
    /// - after the same text up to ` (`, kinds without digits compare by the bytes of
    ///   `{kind})`.
    pub(super) struct Coder<'a> {
        /// Each rank's name, `(pre, name)`.
        names: Vec<(&'static str, &'a str)>,
        /// Each name id's rank (`u32::MAX` for the ids not used).
        rank: Vec<u32>,
        /// Each rank's kind.
        kinds: Vec<&'a str>,
        /// Each kind id's rank.
        kind_rank: Vec<u32>,
        /// Numbers are below this; word `w` is `numbers + w`'s position in `WORDS`.
        numbers: u64,
        name_bits: u32,
        index_bits: u32,
        kind_bits: u32,
        /// No name holds ` -> ` and no kind `(`: a step of the folding is decided by the
        /// numbers (`step`).
        plain: bool,
    }

    /// Bits that hold every number below `n`.
    fn bits_below(n: u64) -> u32 {
        n.saturating_sub(1).checked_ilog2().map_or(0, |b| b + 1)
    }

    /// Whether a number in `text` is written with a leading zero (`07`, not `0` or `70`).
    pub(super) fn leading_zero(text: &str) -> bool {
        let b = text.as_bytes();
        (0..b.len().saturating_sub(1))
            .any(|k| b[k] == b'0' && b[k + 1].is_ascii_digit() && (k == 0 || !b[k - 1].is_ascii_digit()))
    }

    /// The items of `texts` (ids into `items` with their texts, sorted) ranked: each rank's
    /// item (the first of its text), and each id's rank (`unused` for an id not in `texts`).
    fn ranks<T: Copy>(texts: &[(u32, String)], items: &[T], unused: u32) -> Option<(Vec<T>, Vec<u32>)> {
        let mut rank = vec![unused; items.len()];
        let mut ranked = Vec::new();
        for (k, (id, text)) in texts.iter().enumerate() {
            if k == 0 || texts[k - 1].1 != *text {
                ranked.push(items[*id as usize]);
            }
            rank[*id as usize] = u32::try_from(ranked.len() - 1).ok()?;
        }
        Some((ranked, rank))
    }

    impl<'a> Coder<'a> {
        /// The coder of edges whose sides name the `used` of `names` (by id: `(pre, name)`),
        /// with numbers below `numbers` and kinds among `kinds` (by id); `None` where the
        /// names or kinds do not allow it or a key would not fit in 64 bits.
        pub(super) fn new(
            names: &[(&'static str, &'a str)],
            used: &[bool],
            kinds: &[&'a str],
            numbers: u64,
        ) -> Option<Coder<'a>> {
            let mut texts: Vec<(u32, String)> = Vec::new();
            for (id, &(pre, name)) in names.iter().enumerate().filter(|&(id, _)| used[id]) {
                let text = format!("{pre}{name}[");
                if text[..text.len() - 1].contains('[') || leading_zero(&text) {
                    return None;
                }
                texts.push((u32::try_from(id).ok()?, text));
            }
            if kinds.iter().any(|k| k.bytes().any(|c| c.is_ascii_digit())) {
                return None;
            }
            let text_order = |a: &str, b: &str| {
                if a == b {
                    std::cmp::Ordering::Equal
                } else {
                    super::quick_edge_order(a.as_bytes(), b.as_bytes()).expect("different names are decided")
                }
            };
            texts.sort_by(|(_, a), (_, b)| text_order(a, b));
            let (ranked, rank) = ranks(&texts, names, u32::MAX)?;
            let mut kind_texts: Vec<(u32, String)> = kinds
                .iter()
                .enumerate()
                .map(|(k, kind)| Some((u32::try_from(k).ok()?, format!("{kind})"))))
                .collect::<Option<_>>()?;
            kind_texts.sort_by(|(_, a), (_, b)| a.cmp(b));
            let (ranked_kinds, kind_rank) = ranks(&kind_texts, kinds, 0)?;
            let name_bits = bits_below(ranked.len() as u64);
            let index_bits = bits_below(numbers.checked_add(WORDS.len() as u64)?);
            let kind_bits = bits_below(ranked_kinds.len() as u64);
            if 2 * name_bits + 2 * index_bits + kind_bits > 64 {
                return None;
            }
            let plain = !ranked.iter().any(|&(pre, name)| Side { pre, name, index: Index::Number(0) }.has_arrow())
                && !ranked_kinds.iter().any(|k| k.contains('('));
            Some(Coder {
                names: ranked,
                rank,
                kinds: ranked_kinds,
                kind_rank,
                numbers,
                name_bits,
                index_bits,
                kind_bits,
                plain,
            })
        }

        fn index(&self, index: Index) -> Option<u64> {
            match index {
                Index::Number(n) => Some(u64::from(n)).filter(|&n| n < self.numbers),
                Index::Word(w) => Some(self.numbers + WORDS.iter().position(|v| *v == w)? as u64),
            }
        }

        /// The key of the edge `from -> to (kind)`, its sides as (name id, index); `None` for
        /// an index or a name the coder was not made for.
        pub(super) fn key(&self, from: NumberedSide, to: NumberedSide, kind: u32) -> Option<u64> {
            let name = |id: u32| Some(u64::from(*self.rank.get(id as usize)?)).filter(|&r| r != u64::from(u32::MAX));
            let mut key = name(from.0)?;
            key = key << self.index_bits | self.index(from.1)?;
            key = key << self.name_bits | name(to.0)?;
            key = key << self.index_bits | self.index(to.1)?;
            Some(key << self.kind_bits | u64::from(*self.kind_rank.get(kind as usize)?))
        }

        /// The edge a key stands for.
        pub(super) fn shown(&self, key: u64) -> Shown<'a> {
            let mut key = key;
            let mut take = |bits: u32| {
                let field = key & ((1u64 << bits) - 1);
                key = key.checked_shr(bits).unwrap_or(0);
                field
            };
            let kind = self.kinds[take(self.kind_bits) as usize];
            let to_index = take(self.index_bits);
            let to = take(self.name_bits);
            let from_index = take(self.index_bits);
            let from = take(self.name_bits);
            let side = |rank: u64, index: u64| {
                let (pre, name) = self.names[rank as usize];
                let index = match index.checked_sub(self.numbers) {
                    Some(w) => Index::Word(WORDS[w as usize]),
                    None => Index::Number(index as u32),
                };
                Side { pre, name, index }
            };
            Shown { from: side(from, from_index), to: side(to, to_index), kind }
        }

        /// `step` of the two keys' edges.
        pub(super) fn step(&self, x: u64, y: u64, s: &mut Scratch) -> bool {
            if !self.plain {
                return step(&self.shown(x), &self.shown(y), s);
            }
            // Both indices one higher, the rest the same: `y` is `x` plus one at each index,
            // and each index of `x` is a number whose successor is one too.
            let to = self.kind_bits;
            let from = to + self.index_bits + self.name_bits;
            let number = |key: u64, shift: u32| (key >> shift) & ((1u64 << self.index_bits) - 1) < self.numbers;
            let one_more = (1u64 << to) + (1u64 << from);
            number(x, to) && number(x, from) && x.checked_add(one_more) == Some(y) && number(y, to) && number(y, from)
        }
    }

    /// The edges a snapshot shows, sorted and without repeats: as their keys (`Coder`), 8
    /// bytes an edge, or where the names do not allow keys, as indices into `trace.edges`
    /// sorted by their parts.
    enum Sorted<'r> {
        Keys(Vec<u64>, Coder<'r>),
        Indices(Vec<u32>),
    }

    /// The edges of a trace that its snapshot shows, and the places they are named by.
    pub(super) struct Edges<'r, 't> {
        trace: &'r Trace,
        r: &'r Redaction<'t>,
        places: &'r [Places],
        task_keys: &'r [String],
        sorted: Sorted<'r>,
    }

    /// A side's name: `{pre}{name}` of a name id (`Edges::name`).
    type Name<'r> = (&'static str, &'r str);

    /// A side as numbers: its name's id and its index.
    pub(super) type NumberedSide = (u32, Index);

    /// Up to how many names `Edges::new` ranks them all without looking for the ones used.
    const FEW_NAMES: usize = 256;

    impl<'r, 't> Edges<'r, 't> {
        pub(super) fn new(r: &'r Redaction<'t>, places: &'r [Places], task_keys: &'r [String]) -> Self {
            let trace = r.trace;
            let mut edges = Edges { trace, r, places, task_keys, sorted: Sorted::Indices(Vec::new()) };
            let this = &edges;
            let shown = |k: usize| this.numbered(k);
            let index = |k: usize| u32::try_from(k).expect("a trace holds fewer than 2^32 edges");
            // The coder ranks names; a name no shown edge uses only takes a rank. With a few
            // hundred names at most, every name is ranked, and the edges' sides are looked up
            // once (a queue's 200,000 edges: a pass less). Otherwise, or when a name the edges
            // may not use stops the coder (a `[` in it), the names the shown edges use are
            // found first: each edge's sides are looked up twice, and no list of edges is
            // held beside the keys.
            let few_names = this.names() <= FEW_NAMES;
            let coder = few_names.then(|| this.coder(&vec![true; this.names()])).flatten().or_else(|| {
                let mut used = vec![false; this.names()];
                for (from, to) in (0..trace.edges.len()).filter_map(shown) {
                    used[from.0 as usize] = true;
                    used[to.0 as usize] = true;
                }
                this.coder(&used)
            });
            let keys = coder.and_then(|coder| {
                let key = |(from, to): (NumberedSide, NumberedSide), k: usize| {
                    coder.key(from, to, trace.edges[k].kind as u32)
                };
                let keys = (0..trace.edges.len()).filter_map(|k| shown(k).map(|sides| key(sides, k)));
                Some((keys.collect::<Option<Vec<u64>>>()?, coder))
            });
            edges.sorted = match keys {
                Some((mut keys, coder)) => {
                    keys.sort_unstable();
                    keys.dedup();
                    Sorted::Keys(keys, coder)
                }
                None => {
                    let mut list: Vec<u32> =
                        (0..trace.edges.len()).filter(|&k| shown(k).is_some()).map(index).collect();
                    sort_and_dedup(&mut list, |k| this.shown(k));
                    Sorted::Indices(list)
                }
            };
            edges
        }

        /// The coder for edges whose sides use the `used` name ids.
        fn coder(&self, used: &[bool]) -> Option<Coder<'r>> {
            let names: Vec<Name<'r>> = (0..self.names()).map(|id| self.name(id as u32)).collect();
            // By the number `key` is given: the kind's discriminant.
            let mut kinds: Vec<&'r str> = vec![""; crate::trace::EdgeKind::ALL.len()];
            for kind in crate::trace::EdgeKind::ALL {
                kinds[kind as usize] = kind.as_str();
            }
            // A listed position is below its process's event count; a task's, below the run's.
            let per_process = self.trace.processes.iter().map(|p| p.events.len()).max().unwrap_or(0);
            let numbers = if self.task_keys.is_empty() {
                per_process
            } else {
                self.trace.processes.iter().map(|p| p.events.len()).sum()
            };
            Coder::new(&names, used, &kinds, numbers as u64 + 1)
        }

        /// How many name ids there are: a role per process, then a pool worker's name per
        /// process, then a task's key per task.
        fn names(&self) -> usize {
            2 * self.trace.processes.len() + self.task_keys.len()
        }

        /// The name with id `id`.
        fn name(&self, id: u32) -> Name<'r> {
            let (trace, task_keys): (&'r Trace, &'r [String]) = (self.trace, self.task_keys);
            let (id, processes) = (id as usize, trace.processes.len());
            match id.checked_sub(processes) {
                None => ("", &trace.processes[id].role),
                Some(p) if p < processes => ("", &trace.processes[p].name),
                Some(_) => ("task ", &task_keys[id - 2 * processes]),
            }
        }

        /// Edge `k`'s sides as (name id, index), `None` when the snapshot does not show it.
        fn numbered(&self, k: usize) -> Option<(NumberedSide, NumberedSide)> {
            let e = &self.trace.edges[k];
            // Which release a lock's acquire took, which notify woke a condition's waiter and
            // which `task_done` emptied a joinable queue vary between runs.
            let varies = matches!(
                e.kind,
                crate::trace::EdgeKind::Lock | crate::trace::EdgeKind::Notify | crate::trace::EdgeKind::TaskDone
            );
            if varies || self.r.takes_from_shared(e) {
                return None;
            }
            Some((self.side(e.from, true)?, self.side(e.to, false)?))
        }

        /// The name id and index of an event in an edge line, `None` when the snapshot hides
        /// it. `source`: the event is where the edge starts.
        fn side(&self, id: EventId, source: bool) -> Option<NumberedSide> {
            let process = &self.trace.processes[id.process()];
            let role = at(id.process());
            let worker = at(self.trace.processes.len() + id.process());
            // A killed process's last event is where its join's edge starts; which event that
            // was raced with the signal, so it has one name whatever it was.
            let last = id.index() + 1 == process.events.len();
            match self.places[id.process()].get(id.index()) {
                _ if source && last && self.r.cutoffs[id.process()].is_some() => Some((role, Index::Word("last"))),
                Place::Listed(i) => Some((role, Index::Number(i))),
                Place::Task(key, i) => Some((at(2 * self.trace.processes.len()) + key, Index::Number(i))),
                Place::Hidden => None,
                Place::WorkerBegin => Some((worker, Index::Word("begin"))),
                Place::WorkerEnd => Some((worker, Index::Word("end"))),
            }
        }

        /// Edge `k` of the trace, which the snapshot shows.
        fn shown(&self, k: u32) -> Shown<'r> {
            let e = &self.trace.edges[k as usize];
            let (from, to) = self.numbered(k as usize).expect("a shown edge's ends are shown");
            let side = |(id, index): (u32, Index)| {
                let (pre, name) = self.name(id);
                Side { pre, name, index }
            };
            Shown { from: side(from), to: side(to), kind: e.kind.as_str() }
        }
    }

    impl super::EdgeList for Edges<'_, '_> {
        fn each(&self, emit: &mut dyn FnMut(Item<'_>) -> Option<()>) -> Option<()> {
            let mut s = Scratch::default();
            match &self.sorted {
                Sorted::Keys(keys, coder) => {
                    emit_folded(keys, |key| coder.shown(key), |x, y| coder.step(x, y, &mut s), emit)
                }
                Sorted::Indices(list) => {
                    emit_folded(list, |k| self.shown(k), |x, y| step(&self.shown(x), &self.shown(y), &mut s), emit)
                }
            }
        }
    }
}

/// The snapshot's YAML written directly, byte for byte as serde_yaml writes it: serde_yaml's
/// emitter was a fifth of a big run's whole time. A one-line text of printable ASCII with a
/// space is written plain or in single quotes by libyaml's own rule (`style`); every other
/// scalar is written by serde_yaml alone (once per text), and where
/// serde_yaml's choice would depend on its place (a text over several lines, a key too long
/// to be a simple key) the whole snapshot is left to serde_yaml (`None`).
mod yaml {
    use super::{ChannelSummary, EdgeList, Folder, Item, Lines, Listing, ProcessSnapshot, Rule, Snapshot};
    use crate::judge::snapshot::Sink;
    use indexmap::IndexMap;
    use std::collections::HashMap;

    /// serde_yaml writes a longer key as a complex key (`? key`).
    const SIMPLE_KEY: usize = 128;

    /// Indentation, cut to length.
    const SPACES: &str = "        ";

    pub(super) struct Writer<'s, S: Sink> {
        out: &'s mut S,
        /// serde_yaml's rendering of each scalar that is not surely plain, once per text.
        quoted: HashMap<String, String>,
    }

    /// Writes the snapshot into `out`; `None` when serde_yaml must write the whole of it (what
    /// was written so far is then to be thrown away).
    pub(super) fn write(s: &Snapshot, out: &mut impl Sink) -> Option<()> {
        let mut w = Writer::new(out);
        w.head(s.outcome, s.processes.is_empty())?;
        for (role, p) in &s.processes {
            w.process(role, p)?;
        }
        w.tail(&s.tasks, &s.shared_channels, &s.edges)
    }

    impl<'s, S: Sink> Writer<'s, S> {
        pub(super) fn new(out: &'s mut S) -> Self {
            Writer { out, quoted: HashMap::new() }
        }

        /// The outcome and the `processes` key, before the processes' entries.
        pub(super) fn head(&mut self, outcome: &str, no_processes: bool) -> Option<()> {
            self.key(0, "outcome")?;
            self.scalar(outcome)?;
            self.key(0, "processes")?;
            self.out.put(if no_processes { " {}\n" } else { "\n" });
            Some(())
        }

        /// What follows the processes' entries: tasks, shared channels, edges.
        pub(super) fn tail(
            &mut self,
            tasks: &IndexMap<String, Lines>,
            shared_channels: &IndexMap<String, ChannelSummary>,
            edges: &dyn EdgeList,
        ) -> Option<()> {
            if !tasks.is_empty() {
                self.key(0, "tasks")?;
                self.out.put("\n");
                for (key, lines) in tasks {
                    self.key(2, key)?;
                    self.folded(2, Rule::Events, lines.iter())?;
                }
            }
            if !shared_channels.is_empty() {
                self.key(0, "shared_channels")?;
                self.out.put("\n");
                for (name, c) in shared_channels {
                    self.key(2, name)?;
                    self.out.put("\n");
                    self.channel(c)?;
                }
            }
            self.key(0, "edges")?;
            let mut any = false;
            edges.each(&mut |item| {
                if !any {
                    self.out.put("\n");
                    any = true;
                }
                self.item(0, Rule::Edges, item)
            })?;
            if !any {
                self.out.put(" []\n");
            }
            Some(())
        }

        /// A process's entry under `processes`.
        pub(super) fn process(&mut self, role: &str, p: &ProcessSnapshot) -> Option<()> {
            self.process_head(role, p)?;
            self.folded(4, Rule::Events, p.events.iter())
        }

        /// A process's entry up to its `events` key, without its events (`p.events` unread).
        pub(super) fn process_head(&mut self, role: &str, p: &ProcessSnapshot) -> Option<()> {
            self.key(2, role)?;
            self.out.put("\n");
            self.key(4, "parent")?;
            self.scalar(&p.parent)?;
            self.key(4, "origin")?;
            self.scalar(&p.origin)?;
            self.key(4, "ended")?;
            self.scalar(&p.ended)?;
            self.key(4, "events")
        }

        /// A block sequence after a key with its counting runs folded (`fold`), or ` []`.
        fn folded<'a>(&mut self, indent: usize, rule: Rule, lines: impl Iterator<Item = &'a str>) -> Option<()> {
            let mut folder = Folder::default();
            let mut any = false;
            for line in lines {
                if !any {
                    self.out.put("\n");
                    any = true;
                }
                folder.push(rule, line, &mut |item| self.item(indent, rule, item))?;
            }
            if !any {
                self.out.put(" []\n");
                return Some(());
            }
            folder.finish(&mut |item| self.item(indent, rule, item))
        }

        /// One item of a folded list at `indent`: a line, or a run as serde_yaml writes a
        /// mapping in a sequence.
        fn item(&mut self, indent: usize, rule: Rule, item: Item<'_>) -> Option<()> {
            self.out.put(&SPACES[..indent]);
            match item {
                Item::Line(line) => {
                    self.out.put("- ");
                    self.text(line)?;
                    self.out.put("\n");
                }
                Item::Run { first, last, count } => {
                    self.out.put("- first:");
                    self.scalar(first)?;
                    self.out.put(&SPACES[..indent]);
                    self.out.put("  last:");
                    self.scalar(last)?;
                    self.out.put(&SPACES[..indent]);
                    self.out.put(&format!("  {}: {count}\n", rule.count_key()));
                }
            }
            Some(())
        }

        fn channel(&mut self, c: &ChannelSummary) -> Option<()> {
            self.key(4, "items_put")?;
            self.out.put(&format!(" {}\n", c.items_put));
            self.key(4, "items_taken")?;
            self.out.put(&format!(" {}\n", c.items_taken));
            self.key(4, "put_by")?;
            self.list(4, c.put_by.iter().map(String::as_str))?;
            self.key(4, "taken_by")?;
            self.list(4, c.taken_by.iter().map(String::as_str))
        }

        /// `key:` at `indent`, without what follows the colon.
        fn key(&mut self, indent: usize, key: &str) -> Option<()> {
            if key.len() > SIMPLE_KEY {
                return None;
            }
            self.out.put(&SPACES[..indent]);
            self.text(key)?;
            self.out.put(":");
            Some(())
        }

        /// ` value` and the end of the line, after a key.
        fn scalar(&mut self, value: &str) -> Option<()> {
            self.out.put(" ");
            self.text(value)?;
            self.out.put("\n");
            Some(())
        }

        /// A block sequence after a key: its items at the key's indentation, as serde_yaml
        /// writes them, or ` []`.
        fn list<'a>(&mut self, indent: usize, items: impl Iterator<Item = &'a str>) -> Option<()> {
            let mut items = items.peekable();
            if items.peek().is_none() {
                self.out.put(" []\n");
                return Some(());
            }
            self.out.put("\n");
            for item in items {
                self.out.put(&SPACES[..indent]);
                self.out.put("- ");
                self.text(item)?;
                self.out.put("\n");
            }
            Some(())
        }

        fn text(&mut self, text: &str) -> Option<()> {
            match style(text) {
                Style::Plain => {
                    self.out.put(text);
                    return Some(());
                }
                Style::SingleQuoted => {
                    self.out.put("'");
                    for (i, piece) in text.split('\'').enumerate() {
                        if i > 0 {
                            self.out.put("''");
                        }
                        self.out.put(piece);
                    }
                    self.out.put("'");
                    return Some(());
                }
                Style::AsSerdeYaml => {}
            }
            if let Some(q) = self.quoted.get(text) {
                self.out.put(q);
                return Some(());
            }
            let rendered = serde_yaml::to_string(text).ok()?;
            let rendered = rendered.strip_suffix('\n')?;
            if rendered.contains('\n') {
                return None;
            }
            self.out.put(rendered);
            self.quoted.insert(text.to_owned(), rendered.to_owned());
            Some(())
        }
    }

    /// A process's events folded and written into the snapshot as `list_events` lists them:
    /// only the line being written and the current run's ends are held.
    pub(super) struct Streamed<'w, 's, S: Sink> {
        writer: &'w mut Writer<'s, S>,
        indent: usize,
        folder: Folder,
        line: String,
        count: usize,
        /// The writer failed (`None`): the rest is not written, and `finish` says so.
        failed: bool,
    }

    impl<'w, 's, S: Sink> Streamed<'w, 's, S> {
        /// After the `events` key that `Writer::process_head` wrote.
        pub(super) fn new(writer: &'w mut Writer<'s, S>, indent: usize) -> Self {
            Streamed { writer, indent, folder: Folder::default(), line: String::new(), count: 0, failed: false }
        }

        /// Writes what the folder holds, or ` []` when nothing was listed.
        pub(super) fn finish(mut self) -> Option<()> {
            if self.failed {
                return None;
            }
            if self.count == 0 {
                self.writer.out.put(" []\n");
                return Some(());
            }
            let (writer, indent) = (&mut *self.writer, self.indent);
            self.folder.finish(&mut |item| writer.item(indent, Rule::Events, item))
        }
    }

    impl<S: Sink> Listing for Streamed<'_, '_, S> {
        fn text(&mut self) -> &mut String {
            &mut self.line
        }

        fn end(&mut self) {
            if self.count == 0 {
                self.writer.out.put("\n");
            }
            self.count += 1;
            let (writer, indent) = (&mut *self.writer, self.indent);
            if !self.failed
                && self
                    .folder
                    .push(Rule::Events, &self.line, &mut |item| writer.item(indent, Rule::Events, item))
                    .is_none()
            {
                self.failed = true;
            }
            self.line.clear();
        }

        fn len(&self) -> usize {
            self.count
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
            let known = reach.backward(crate::trace::EventId::new(k, i))[target];
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
    quick_edge_order(a.as_bytes(), b.as_bytes()).unwrap_or_else(|| edge_parts(a).cmp(edge_parts(b)))
}

/// `edge_order` decided where the lines first differ, without cutting either into parts
/// (sorting 200,000 edges compared their parts from the start each time); `None` where it
/// cannot be decided there.
///
/// Up to the first difference both lines have the same parts. If a digit run holds it (or
/// starts there) in both, their numbers decide, unless equal (leading zeros). If one has a
/// digit there and the other not, the first's text part ends where the other's goes on: the
/// first is less. If neither, the text parts differ at that byte.
fn quick_edge_order(a: &[u8], b: &[u8]) -> Option<std::cmp::Ordering> {
    use std::cmp::Ordering;
    let d = a.iter().zip(b).position(|(x, y)| x != y)?;
    let start = a[..d].iter().rposition(|c| !c.is_ascii_digit()).map_or(0, |i| i + 1);
    let number = |s: &[u8]| {
        let digits = s[start..].iter().take_while(|c| c.is_ascii_digit());
        digits.fold((0u64, 0usize), |(n, len), &c| (n.wrapping_mul(10).wrapping_add(u64::from(c - b'0')), len + 1))
    };
    match (number(a), number(b)) {
        ((x, la), (y, lb)) if la > 0 && lb > 0 => Some(x.cmp(&y)).filter(|o| *o != Ordering::Equal),
        ((_, la), _) if la > 0 => Some(Ordering::Less),
        (_, (_, lb)) if lb > 0 => Some(Ordering::Greater),
        _ => Some(a[d].cmp(&b[d])),
    }
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
    fn stable_name(&self, pid: i32) -> &'t str {
        match self.latest.get(&pid) {
            Some(&(i, true)) => &self.trace.processes[i].name,
            Some(&(i, false)) => &self.trace.processes[i].role,
            None => self.role_of_pid(pid).unwrap_or("pid"),
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
        // The channel and side of this process's previous put or get, and its entry: a
        // process puts or gets on one channel many times in a row (a queue's 200,000 items),
        // and each of those only adds one to a count, with no look-up.
        let mut previous: Option<(&str, bool, usize)> = None;
        for e in &p.events {
            let (channel, put) = match &e.kind {
                EventKind::Put { channel, timed_out: false, .. } => (channel.as_str(), true),
                EventKind::Get { channel, from: Some(_), .. } => (channel.as_str(), false),
                _ => continue,
            };
            let i = match previous {
                Some((c, side, i)) if side == put && c == channel => i,
                _ => {
                    // Looked up by the name first: a `String` per put and get was a fifth of a
                    // big run's snapshot.
                    let i = match users.get_index_of(channel) {
                        Some(i) => i,
                        None => users.insert_full(channel.to_owned(), Default::default()).0,
                    };
                    let entry = &mut users[i];
                    let roles = if put { &mut entry.2 } else { &mut entry.3 };
                    if !roles.contains(&p.role) {
                        roles.push(p.role.clone());
                    }
                    previous = Some((channel, put, i));
                    i
                }
            };
            let entry = &mut users[i];
            *(if put { &mut entry.0 } else { &mut entry.1 }) += 1;
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

/// Writes the snapshot line of an event (without its label) at the end of `out`: written in
/// place, since a big run has hundreds of thousands of lines and a `String` each was most of
/// the snapshot's time.
fn event_text(names: &Names, kind: &EventKind, out: &mut String) {
    use std::fmt::Write;
    let role = |pid: i32| names.role_of_pid(pid).unwrap_or("?");
    let red = |value| Redacted(names, value);
    // Writing into a `String` cannot fail.
    let _ = match kind {
        EventKind::Begin { .. } => out.write_str("begin"),
        EventKind::Print(v) => write!(out, "print: {}", red(v)),
        EventKind::Logged(v) => write!(out, "stderr: {}", red(v)),
        EventKind::Sleep { written } => write!(out, "sleep {written}"),
        EventKind::Start { child_pid, .. } => write!(out, "start {}", role(*child_pid)),
        EventKind::Fork { child_pid, .. } => write!(out, "fork {}", role(*child_pid)),
        EventKind::Join { child_pid: 0, name, .. } => write!(out, "join {name}: already joined"),
        EventKind::Join { child_pid, ending, .. } => write!(out, "join {}: {ending}", role(*child_pid)),
        EventKind::JoinTimedOut { child_pid, .. } => write!(out, "join {}: timed out", role(*child_pid)),
        EventKind::Terminate { child_pid: 0, name } => write!(out, "terminate {name}: already joined"),
        EventKind::Terminate { child_pid, .. } => write!(out, "terminate {}", role(*child_pid)),
        EventKind::Let { var, value } => write!(out, "let {var} = {}", red(value)),
        EventKind::End { code } => write!(out, "end {code}"),
        EventKind::Killed { signal } => write!(out, "killed by {signal}"),
        EventKind::Loop { var, over } => write!(out, "loop {var} over {over}"),
        EventKind::LoopEnd { iterations } => write!(out, "loop end after {iterations}"),
        EventKind::Channel { names, capacity: Some(c) } => write!(out, "make {} (capacity {c})", names.join(", ")),
        EventKind::Channel { names, capacity: None } => write!(out, "make {}", names.join(", ")),
        // Pieced together without `write!`: a big run is mostly puts and gets.
        EventKind::Put { channel, value, timed_out } => {
            out.push_str("put ");
            let written = red(value).write_to(out);
            out.push_str(" into ");
            out.push_str(channel);
            out.push_str(if *timed_out { " (timed out)" } else { "" });
            written
        }
        EventKind::Get { channel, value, from: Some(_) } => {
            out.push_str("get from ");
            out.push_str(channel);
            out.push_str(": ");
            red(value).write_to(out)
        }
        EventKind::Get { channel, from: None, .. } => write!(out, "get from {channel}: timed out"),
        EventKind::Pool { name, workers, .. } => write!(out, "pool {name} of {} workers", workers.len()),
        EventKind::Submit { pool, task, process } => write!(out, "submit {pool}/{task} ({process})"),
        EventKind::TaskStart { pool, task, .. } => write!(out, "task {pool}/{task} begins"),
        EventKind::TaskEnd { pool, task, value } => write!(out, "task {pool}/{task} returns {}", red(value)),
        EventKind::Result { pool, task, value, .. } => {
            write!(out, "result of {pool}/{task}: {}", red(value))
        }
        EventKind::Close { pool } => write!(out, "close {pool}"),
        EventKind::Kill { child_pid, signal, .. } => write!(out, "kill {} with {signal}", role(*child_pid)),
        EventKind::Raise { signal } => write!(out, "raise {signal}"),
        EventKind::Ignore { signal } => write!(out, "ignore {signal}"),
        EventKind::Respawn { pool, .. } => write!(out, "new worker of {pool}"),
        EventKind::Exec { argv, own_file } => write!(out, "exec {}", crate::trace::command_line(argv, *own_file)),
        EventKind::SyncMade { name, kind, initial } => match kind {
            SyncKind::Lock | SyncKind::Event | SyncKind::RLock | SyncKind::Condition => {
                write!(out, "make {} {name}", kind.as_str())
            }
            SyncKind::Semaphore => write!(out, "make semaphore {name} of {initial}"),
            SyncKind::BoundedSemaphore => write!(out, "make bounded semaphore {name} of {initial}"),
            SyncKind::Barrier => write!(out, "make barrier {name} for {initial}"),
            SyncKind::Shared => write!(out, "make shared {name} = {initial}"),
        },
        // An operation on a lock, semaphore or event: its verb and the object's name. (Whether
        // a process had to wait, `blocked on`, varies between runs: `snapshot` hides those.)
        EventKind::Blocked { name }
        | EventKind::Acquire { name, .. }
        | EventKind::Release { name }
        | EventKind::Set { name }
        | EventKind::Clear { name }
        | EventKind::EventWait { name, .. } => {
            let verb = match kind {
                EventKind::Blocked { .. } => "blocked on",
                EventKind::Acquire { .. } => "acquire",
                EventKind::Release { .. } => "release",
                EventKind::Set { .. } => "set",
                EventKind::Clear { .. } => "clear",
                _ => "wait for",
            };
            write!(out, "{verb} {name}")
        }
        EventKind::BarrierWait { name, round, .. } => write!(out, "pass barrier {name} (round {round})"),
        // What a process reads or adds to depends on the others' timing; only a write's
        // value is its own.
        EventKind::Read { name, .. } => write!(out, "read {name}"),
        EventKind::Write { name, value } => write!(out, "write {value} to {name}"),
        EventKind::Add { name, delta, atomic, .. } => {
            write!(out, "add {delta} to {name}{}", if *atomic { "" } else { " (read, then write)" })
        }
        EventKind::Final { name, value } => write!(out, "final {name} = {value}"),
        // How many waiters a notify woke, and whether a `task_done` was the last, vary
        // between runs.
        EventKind::Notify { name, all: false, .. } => write!(out, "notify {name}"),
        EventKind::Notify { name, all: true, .. } => write!(out, "notify all of {name}"),
        EventKind::ConditionWait { name, .. } => write!(out, "notified on {name}"),
        EventKind::TaskDone { queue, .. } => write!(out, "task done on {queue}"),
        EventKind::JoinQueue { queue, .. } => write!(out, "join {queue}"),
        EventKind::JoinPool { pool, workers } => {
            let mut endings: Vec<String> = workers.iter().map(|(_, ending)| ending.to_string()).collect();
            endings.sort();
            write!(out, "join {pool}: workers ended {}", endings.join(", "))
        }
    };
}

/// The text of `value` with its run-specific parts replaced by stable names.
pub fn redact(trace: &Trace, value: &Value) -> String {
    let workers: Vec<bool> = trace.processes.iter().map(|p| is_worker(trace, p)).collect();
    Redacted(&Names::new(trace, &workers), value).to_string()
}

/// A value as a snapshot shows it: its text with its run-specific parts replaced by stable
/// names, written where it is displayed (no `String` of its own).
struct Redacted<'a, 't>(&'a Names<'t>, &'a Value);

impl std::fmt::Display for Redacted<'_, '_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.write_to(f)
    }
}

impl Redacted<'_, '_> {
    /// Writes the value into `f`: a `String` directly (no formatting machinery), for the
    /// puts and gets a big run has hundreds of thousands of.
    fn write_to(&self, f: &mut impl std::fmt::Write) -> std::fmt::Result {
        let Redacted(names, value) = *self;
        let mut at = 0;
        // Spans are sorted by start, outermost first; a span inside one already replaced is
        // skipped.
        for span in &value.spans {
            let Some(volatile) = span.volatile else { continue };
            if span.start < at {
                continue;
            }
            f.write_str(&value.text[at..span.start])?;
            match volatile {
                Volatile::Pid(pid) => write!(f, "<{}>", names.stable_name(pid))?,
                Volatile::Random { pid, .. } => write!(f, "<random@{}>", names.stable_name(pid))?,
                Volatile::Shared => f.write_str("<shared>")?,
                Volatile::Alive => f.write_str("<alive>")?,
            }
            at = span.end;
        }
        f.write_str(&value.text[at..])
    }
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

    /// The quick order agrees with the order of the parts wherever it decides.
    #[test]
    fn the_quick_edge_order_is_the_parts_order() {
        let lines = [
            "main[10] -> kid[2] (start)",
            "main[9] -> kid[2] (start)",
            "main[9] -> kid[10] (start)",
            "main[09] -> kid[2] (start)",
            "main[9]x",
            "main[9]",
            "main[",
            "main!",
            "main1",
            "main10a",
            "main10",
            "mainb",
            "task p/3 (x)[0] -> main[7] (result)",
            "task p/10 (x)[0] -> main[6] (result)",
            "task p/3 (y)[0] -> main[7] (result)",
            "a1b2",
            "a1b02",
            "a01b2",
            "",
        ];
        for a in lines {
            for b in lines {
                let full = edge_parts(a).cmp(edge_parts(b));
                if let Some(quick) = quick_edge_order(a.as_bytes(), b.as_bytes()) {
                    assert_eq!(quick, full, "{a:?} against {b:?}");
                }
                assert_eq!(edge_order(a, b), full, "{a:?} against {b:?}");
            }
        }
    }

    /// Names at the edges of `edge_order`'s natural order: digits inside and at the end,
    /// leading zeros, one name the start of another, `[`, spaces, an arrow, parentheses.
    const TRICKY_NAMES: &[&str] = &[
        "main",
        "main1",
        "main10",
        "main2",
        "main02",
        "mai",
        "kid",
        "kid0",
        "kid9",
        "kid10",
        "a[1",
        "a[",
        "a b",
        "a  b",
        "a -> b",
        "x[2] -> y",
        "",
        "7",
        "07",
        "main[3",
        "consumer",
        "p(1)",
        "task p/3 (x)",
    ];

    /// Pool tasks' keys, as `task {key}` names them.
    const TRICKY_TASKS: &[&str] = &["p/3 (x)", "p/10 (x)", "p/3 (y)", "p/03 (x)", "q/1 (kid2)", "p/1 (x)", "x"];

    const KINDS: &[&str] = &["start", "join", "message", "task", "result", "event", "barrier", "signal"];

    /// A xorshift generator: the same edges in every run of the tests.
    struct Random(u64);

    impl Random {
        fn below(&mut self, n: usize) -> usize {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            (self.0 % n as u64) as usize
        }
    }

    fn random_side(r: &mut Random) -> edges::Side<'static> {
        let index = match r.below(5) {
            0 => edges::Index::Word(["last", "begin", "end"][r.below(3)]),
            _ => edges::Index::Number([0, 1, 2, 3, 9, 10, 11, 99, 100, 101, 1000][r.below(11)]),
        };
        match r.below(4) {
            0 => edges::Side { pre: "task ", name: TRICKY_TASKS[r.below(TRICKY_TASKS.len())], index },
            _ => edges::Side { pre: "", name: TRICKY_NAMES[r.below(TRICKY_NAMES.len())], index },
        }
    }

    fn random_edge(r: &mut Random) -> edges::Shown<'static> {
        edges::Shown { from: random_side(r), to: random_side(r), kind: KINDS[r.below(KINDS.len())] }
    }

    fn text(e: &edges::Shown) -> String {
        let mut out = String::new();
        e.write(&mut out);
        out
    }

    /// The parts decide each pair of edges as their lines would: order (`edge_order`), the
    /// same text, and a step of the folding (`fold::edge_step`).
    #[test]
    fn edges_compare_by_their_parts_as_their_lines_do() {
        let mut r = Random(0x9e37_79b9_7f4a_7c15);
        let mut list: Vec<edges::Shown> = (0..400).map(|_| random_edge(&mut r)).collect();
        // Neighbours that differ in one place only: the cases the parts decide.
        for k in 0..100 {
            let mut e = list[k];
            match k % 4 {
                0 => e.kind = KINDS[r.below(KINDS.len())],
                1 => e.to = random_side(&mut r),
                2 => e.from.index = random_side(&mut r).index,
                _ => {
                    if let (edges::Index::Number(i), edges::Index::Number(j)) = (e.from.index, e.to.index) {
                        (e.from.index, e.to.index) = (edges::Index::Number(i + 1), edges::Index::Number(j + 1));
                    }
                }
            }
            list.push(e);
        }
        let texts: Vec<String> = list.iter().map(text).collect();
        let mut s = edges::Scratch::default();
        let mut steps = 0;
        for (x, a) in list.iter().zip(&texts) {
            for (y, b) in list.iter().zip(&texts) {
                assert_eq!(edges::order(x, y, &mut s), edge_order(a, b), "{a:?} against {b:?}");
                assert_eq!(edges::same_text(x, y, &mut s), a == b, "{a:?} against {b:?}");
                let step = fold::edge_step(a, b);
                assert_eq!(edges::step(x, y, &mut s), step, "{a:?} then {b:?}");
                steps += usize::from(step);
            }
        }
        assert!(steps > 10, "the pairs hold steps: {steps}");
    }

    /// Sorted, freed of repeats and folded as parts, a list of edges gives what its lines
    /// did: sorted by `edge_order` (stable), a repeat right after its equal skipped, folded
    /// by `fold::fold`.
    #[test]
    fn edges_sorted_and_folded_as_parts_are_their_lines_sorted_and_folded() {
        let mut r = Random(7);
        let mut list: Vec<edges::Shown> = (0..3000).map(|_| random_edge(&mut r)).collect();
        let side = |pre, name, i| edges::Side { pre, name, index: edges::Index::Number(i) };
        let edge = |from, to, kind| edges::Shown { from, to, kind };
        // Runs to fold (above the random indices): long, broken by a gap, of 9 and 10,
        // repeated, from tasks, from a name with an arrow.
        for i in (0..40).filter(|&i| i != 20) {
            list.push(edge(side("", "main", i + 3003), side("", "consumer", i + 3001), "message"));
        }
        for i in 0..9 {
            list.push(edge(side("", "kid1", i + 3000), side("", "main10", i + 3005), "join"));
            list.push(edge(side("", "kid1", i + 3000), side("", "main10", i + 3005), "join"));
        }
        for i in 3000..3010 {
            list.push(edge(side("task ", "p/3 (x)", i), side("", "main", i + 1), "result"));
            list.push(edge(side("", "a -> b", i + 1), side("", "main", i + 1), "result"));
        }
        for k in (1..list.len()).rev() {
            list.swap(k, r.below(k + 1));
        }
        let texts: Vec<String> = list.iter().map(text).collect();
        let mut old: Vec<usize> = (0..list.len()).collect();
        old.sort_by(|&a, &b| edge_order(&texts[a], &texts[b]));
        old.dedup_by(|a, b| texts[*a] == texts[*b]);
        let old_items = fold::fold(Rule::Edges, old.iter().map(|&k| texts[k].as_str()));
        let mut new: Vec<usize> = (0..list.len()).collect();
        edges::sort_and_dedup(&mut new, |k| list[k]);
        assert_eq!(new, old, "the same edges in the same order");
        let mut new_items = Vec::new();
        let mut s = edges::Scratch::default();
        edges::emit_folded(&new, |k| list[k], |x, y| edges::step(&list[x], &list[y], &mut s), &mut |item| {
            new_items.push(OwnedItem::from(item));
            Some(())
        });
        assert_eq!(new_items, old_items);
        let runs: Vec<&OwnedItem> = new_items.iter().filter(|i| matches!(i, OwnedItem::Run { .. })).collect();
        // The arrow in `a -> b` makes its lines read as from `a`: no run there.
        assert_eq!(runs.len(), 3, "{runs:?}");
    }

    /// Sorted, freed of repeats and folded as keys (`edges::Coder`), a list of edges gives
    /// what its lines did, wherever the names allow keys; and names that do not are refused.
    #[test]
    fn edges_sorted_and_folded_by_keys_are_their_lines_sorted_and_folded() {
        fn usable(n: &&&'static str) -> bool {
            !n.contains('[') && !edges::leading_zero(n)
        }
        let mut names: Vec<(&'static str, &'static str)> =
            TRICKY_NAMES.iter().filter(usable).map(|&n| ("", n)).collect();
        names.extend(TRICKY_TASKS.iter().filter(usable).map(|&t| ("task ", t)));
        // Two ids with one text: a role that reads as a task's name.
        names.push(("", "task x"));
        let kinds = ["start", "join", "message", "task", "task_done", "result", "event", "signal"];
        let mut r = Random(11);
        let mut edges: Vec<(edges::NumberedSide, edges::NumberedSide, u32)> = Vec::new();
        let index = |r: &mut Random| match r.below(5) {
            0 => edges::Index::Word(["last", "begin", "end"][r.below(3)]),
            _ => edges::Index::Number([0, 1, 2, 3, 9, 10, 11, 99, 100, 101, 1000][r.below(11)]),
        };
        let id = |r: &mut Random, names: &[(&str, &str)]| r.below(names.len()) as u32;
        for _ in 0..3000 {
            let (from, to) = ((id(&mut r, &names), index(&mut r)), (id(&mut r, &names), index(&mut r)));
            edges.push((from, to, r.below(kinds.len()) as u32));
        }
        let named = |n: &str| names.iter().position(|&(pre, name)| pre.is_empty() && name == n).unwrap() as u32;
        let (main, consumer, arrow) = (named("main"), named("consumer"), named("a -> b"));
        let number = |i: u32| edges::Index::Number(i);
        for i in (0..40).filter(|&i| i != 20) {
            edges.push(((main, number(i + 3003)), (consumer, number(i + 3001)), 2));
            edges.push(((arrow, number(i + 3003)), (consumer, number(i + 3001)), 2));
        }
        for i in 0..10 {
            edges.push(((consumer, number(i + 3000)), (main, number(i + 3005)), 1));
            edges.push(((consumer, number(i + 3000)), (main, number(i + 3005)), 1));
        }
        for k in (1..edges.len()).rev() {
            edges.swap(k, r.below(k + 1));
        }
        let shown = |&(from, to, kind): &(edges::NumberedSide, edges::NumberedSide, u32)| {
            let side = |(id, index): (u32, edges::Index)| edges::Side {
                pre: names[id as usize].0,
                name: names[id as usize].1,
                index,
            };
            edges::Shown { from: side(from), to: side(to), kind: kinds[kind as usize] }
        };
        let mut texts: Vec<String> = edges.iter().map(|e| text(&shown(e))).collect();
        texts.sort_by(|a, b| edge_order(a, b));
        texts.dedup();
        let old_items = fold::fold(Rule::Edges, texts.iter().map(String::as_str));

        let used = vec![true; names.len()];
        let coder = edges::Coder::new(&names, &used, &kinds, 3100).expect("these names allow keys");
        let mut keys: Vec<u64> = edges.iter().map(|&(from, to, kind)| coder.key(from, to, kind).unwrap()).collect();
        keys.sort_unstable();
        keys.dedup();
        let new_texts: Vec<String> = keys.iter().map(|&k| text(&coder.shown(k))).collect();
        assert_eq!(new_texts, texts, "the same lines in the same order");
        let mut s = edges::Scratch::default();
        let mut new_items = Vec::new();
        edges::emit_folded(&keys, |k| coder.shown(k), |x, y| coder.step(x, y, &mut s), &mut |item| {
            new_items.push(OwnedItem::from(item));
            Some(())
        });
        assert_eq!(new_items, old_items);
        let runs: Vec<&OwnedItem> = new_items.iter().filter(|i| matches!(i, OwnedItem::Run { .. })).collect();
        // Two of `main` (broken by the gap), one of `consumer` (repeated); none from `a -> b`.
        assert_eq!(runs.len(), 3, "{runs:?}");
        // A number above the coder's, or a name it was not made for, has no key.
        assert_eq!(coder.key((main, number(3100)), (consumer, number(0)), 0), None);

        // Names whose order the keys cannot give, and kinds with digits, are refused.
        let refused = |names: &[(&'static str, &'static str)], kinds: &[&str]| {
            edges::Coder::new(names, &vec![true; names.len()], kinds, 10).is_none()
        };
        assert!(refused(&[("", "main"), ("", "a[1")], &kinds));
        assert!(refused(&[("", "main"), ("", "main02")], &kinds));
        assert!(refused(&[("task ", "p/03 (x)")], &kinds));
        assert!(refused(&[("", "main")], &["message2"]));
        assert!(!refused(&[("", "main"), ("", "main20"), ("", "0")], &kinds));
        // Keys wider than 64 bits are refused too.
        assert!(edges::Coder::new(&[("", "main")], &[true], &kinds, u64::MAX / 2).is_none());
    }

    /// Places held in runs give back each event's place, and a process whose events are
    /// listed one after another is one run.
    #[test]
    fn places_in_runs_are_each_events_place() {
        let all = [
            Place::Listed(0),
            Place::Listed(1),
            Place::Hidden,
            Place::Hidden,
            Place::Listed(2),
            Place::Task(0, 0),
            Place::Task(0, 1),
            Place::Task(1, 0),
            Place::WorkerBegin,
            Place::WorkerBegin,
            Place::WorkerEnd,
            Place::Listed(3),
            Place::Listed(5),
            Place::Listed(u32::MAX),
            Place::Listed(0),
        ];
        let mut places = Places::default();
        for &p in &all {
            places.push(p);
        }
        for (i, &p) in all.iter().enumerate() {
            assert_eq!(places.get(i), p, "event {i}");
        }
        assert_eq!(places.runs.len(), 12);
        let mut listed = Places::default();
        (0..200_000).for_each(|i| listed.push(Place::Listed(i)));
        assert_eq!(listed.runs.len(), 1);
        assert_eq!(listed.get(199_999), Place::Listed(199_999));
    }

    /// The direct writer gives serde_yaml's bytes, for plain, quoted and odd texts alike.
    /// A queue run big enough that `stream` makes its edges on a thread of their own (from a
    /// pass that keeps no text) writes what `build` and `yaml::write` write.
    #[test]
    fn a_big_trace_streamed_with_its_edges_made_apart_is_the_built_snapshot() {
        use crate::trace::build::TraceBuilder;
        use crate::trace::{Ending, Event, Origin, Outcome};
        let mut b = TraceBuilder::new("s", 1);
        let mut at = 0u64;
        let mut event = |seq: u32, kind: EventKind| {
            at += 1;
            Event { seq, time_ns: at, label: None, kind }
        };
        let items = EDGES_APART_FROM as u32 / 2 + 10;
        b.event(
            10,
            event(0, EventKind::Begin { name: "main".into(), parent_pid: 1, parent_seq: None, origin: Origin::Main }),
        );
        b.event(10, event(1, EventKind::Start { child_pid: 11, name: "consumer".into(), origin: Origin::Fork }));
        b.event(
            11,
            event(
                0,
                EventKind::Begin { name: "consumer".into(), parent_pid: 10, parent_seq: Some(1), origin: Origin::Fork },
            ),
        );
        for i in 0..items {
            let value = Value::plain(if i % 7 == 3 { format!("x{i}") } else { i.to_string() });
            b.event(10, event(2 + i, EventKind::Put { channel: "q".into(), value: value.clone(), timed_out: false }));
            b.event(11, event(1 + i, EventKind::Get { channel: "q".into(), value, from: Some((10, 2 + i)) }));
        }
        b.event(11, event(1 + items, EventKind::End { code: 0 }));
        let ending = Ending::Exited(0);
        b.event(
            10,
            event(2 + items, EventKind::Join { child_pid: 11, name: "consumer".into(), ending: ending.clone() }),
        );
        b.event(10, event(3 + items, EventKind::End { code: 0 }));
        b.reaped(11, ending.clone());
        b.reaped(10, ending);
        let trace = b.finish(Outcome::Finished);
        assert!(trace.processes.iter().map(|p| p.events.len()).sum::<usize>() >= EDGES_APART_FROM);
        assert!(trace.edges.len() as u32 > items, "the message edges are there");
        let mut built = String::new();
        yaml::write(&build(&trace), &mut built).expect("plain texts");
        let streamed = snapshot(&trace);
        assert!(streamed.contains("(message)"), "{streamed}");
        assert_eq!(streamed, built);
    }

    #[test]
    fn yaml_written_directly_is_serde_yamls() {
        let odd: Vec<String> = ODD_TEXTS.iter().map(|s| s.to_string()).collect();
        let mut processes = IndexMap::new();
        for (i, text) in odd.iter().enumerate() {
            let p = ProcessSnapshot {
                parent: text.clone(),
                origin: "forked".into(),
                ended: text.clone(),
                events: if i % 3 == 0 { Lines::default() } else { ODD_TEXTS.iter().copied().collect() },
            };
            processes.insert(format!("{text}{i}"), p);
        }
        // Counting runs, folded into mappings whose texts need quotes or not.
        let runs: Vec<String> = (0..5)
            .flat_map(|i| [format!("[put] put {i} into q"), format!("get from q: {i}"), format!("a # b {i}")])
            .chain((0..12).map(|i| format!("[put] put {i} into q")))
            .chain((7..20).map(|i| format!("get from q: {i}")))
            .collect();
        let p = ProcessSnapshot {
            parent: "main".into(),
            origin: "forked".into(),
            ended: "exit 0".into(),
            events: runs.iter().map(String::as_str).collect(),
        };
        processes.insert("runs".into(), p);
        let mut tasks = IndexMap::new();
        tasks.insert("p/0 (x)".to_owned(), ODD_TEXTS.iter().copied().collect());
        tasks.insert("p/1 (x)".to_owned(), runs.iter().map(String::as_str).collect());
        let mut shared = IndexMap::new();
        shared.insert(
            "q".to_owned(),
            ChannelSummary { items_put: 3, items_taken: 2, put_by: odd.clone(), taken_by: Vec::new() },
        );
        let edge_runs: Vec<String> = (0..10).map(|i| format!("main[{}] -> kid[{i}] (message)", i + 3)).collect();
        let edges =
            FoldedEdges(fold::fold(Rule::Edges, ODD_TEXTS.iter().copied().chain(edge_runs.iter().map(String::as_str))));
        let snapshot = Snapshot { outcome: "finished", processes, tasks, shared_channels: shared, edges };
        let written = |s: &Snapshot| {
            let mut out = String::new();
            yaml::write(s, &mut out).map(|()| out)
        };
        let direct = written(&snapshot).expect("no text here needs serde_yaml's whole document");
        assert_eq!(direct, serde_yaml::to_string(&snapshot).unwrap());
        assert!(direct.contains("  - first: '[put] put 0 into q'\n    last: '[put] put 11 into q'\n    events: 12\n"));
        assert!(direct
            .contains("- first: main[3] -> kid[0] (message)\n  last: main[12] -> kid[9] (message)\n  edges: 10\n"));
        let empty = Snapshot {
            outcome: "timed out",
            processes: IndexMap::new(),
            tasks: IndexMap::new(),
            shared_channels: IndexMap::new(),
            edges: FoldedEdges::default(),
        };
        assert_eq!(written(&empty).unwrap(), serde_yaml::to_string(&empty).unwrap());
        // A text over two lines is left to serde_yaml, whose block style depends on its place.
        let mut two_lines = empty;
        two_lines.edges = FoldedEdges(vec![OwnedItem::Line("a\nb".into())]);
        assert_eq!(written(&two_lines), None);
    }
}
