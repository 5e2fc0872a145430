//! Assembles a Trace from what a source recorded: events tagged with the pid that recorded
//! them, and the exit statuses that reapers saw.
//!
//! Processes are identified by their `Begin` event, not by pid alone: a pid can be reused
//! after its process was reaped, and a `Begin` always arrives after the previous holder of its
//! pid has ended, so later events of a pid belong to its latest `Begin`.

use super::*;
use std::collections::HashMap;

/// Collects records in arrival order, then builds the trace.
pub struct TraceBuilder {
    scenario: String,
    supervisor_pid: i32,
    procs: Vec<Draft>,
    current: HashMap<i32, usize>,
    /// The pid of the last event added and its draft: a process sends its events in
    /// batches, so most events go where the one before went, without a look-up.
    last: Option<(i32, usize)>,
    reaped: Vec<(i32, Ending)>,
    /// Edges a source knows beyond those its events imply, as ((draft, seq), (draft, seq)).
    extra: Vec<(Mark, Mark, EdgeKind)>,
}

/// An event named while its trace is being built: a draft (see [`TraceBuilder::draft`]) and
/// the event's sequence number in it.
pub type Mark = (usize, u32);

struct Draft {
    pid: i32,
    events: Vec<Event>,
    /// What kinds of events it holds (`Kinds`), noted as they are added.
    kinds: u8,
    /// An event came after one with a higher sequence number: `finish` sorts them (noted as
    /// they are added, so that a big run's events are not all read again to find out).
    unsorted: bool,
    /// How many of its events take a message, a task or a result: an edge each at most.
    takes: usize,
    /// What it read from the program's channels, and where it wrote to them (observed
    /// programs).
    received: Vec<u8>,
    received_marks: Vec<(u32, usize)>,
    received_from: Vec<(usize, usize, Option<Vec<i32>>)>,
    sent: Vec<(u32, u64)>,
    sent_bytes: Vec<u8>,
    sent_marks: Vec<(u32, usize)>,
    received_short: Vec<usize>,
    sent_short: Vec<usize>,
}

/// The kinds of events `finish` looks for, each a bit of a draft's `kinds`: it goes over the
/// events of only the processes that hold some (a queue's consumer holds no start, a producer
/// no get), instead of over every event once per kind of edge.
struct Kinds;

impl Kinds {
    /// Events that make a process: start, fork, a pool's workers, a respawn.
    const MAKES: u8 = 1;
    /// Joins of a child or of a pool's workers.
    const JOINS: u8 = 2;
    /// Takers of a message, a task or a result.
    const TAKES: u8 = 4;
    /// Anything else that may draw an edge (`sync::sync_edges`): every kind not known to
    /// draw none, so that a new kind is looked at until it is listed here.
    const OTHER: u8 = 8;

    fn of(kind: &EventKind) -> u8 {
        match kind {
            EventKind::Start { .. } | EventKind::Fork { .. } | EventKind::Pool { .. } | EventKind::Respawn { .. } => {
                Kinds::MAKES
            }
            EventKind::Join { .. } | EventKind::JoinPool { .. } => Kinds::JOINS,
            EventKind::Get { .. } | EventKind::TaskStart { .. } | EventKind::Result { .. } => Kinds::TAKES,
            EventKind::Begin { .. }
            | EventKind::Print(_)
            | EventKind::Logged(_)
            | EventKind::Sleep { .. }
            | EventKind::Let { .. }
            | EventKind::End { .. }
            | EventKind::Killed { .. }
            | EventKind::Loop { .. }
            | EventKind::LoopEnd { .. }
            | EventKind::Channel { .. }
            | EventKind::Put { .. }
            | EventKind::Submit { .. }
            | EventKind::TaskEnd { .. } => 0,
            _ => Kinds::OTHER,
        }
    }
}

impl TraceBuilder {
    pub fn new(scenario: impl Into<String>, supervisor_pid: i32) -> TraceBuilder {
        TraceBuilder {
            scenario: scenario.into(),
            supervisor_pid,
            procs: Vec::new(),
            current: HashMap::new(),
            last: None,
            reaped: Vec::new(),
            extra: Vec::new(),
        }
    }

    /// Adds an event recorded by `pid`.
    pub fn event(&mut self, pid: i32, event: Event) {
        let slot = match (&event.kind, self.last) {
            (EventKind::Begin { .. }, _) => None,
            (_, Some((last, slot))) if last == pid => Some(slot),
            _ => self.current.get(&pid).copied(),
        };
        let slot = slot.unwrap_or_else(|| {
            self.procs.push(Draft {
                pid,
                events: Vec::new(),
                kinds: 0,
                unsorted: false,
                takes: 0,
                received: Vec::new(),
                received_marks: Vec::new(),
                received_from: Vec::new(),
                sent: Vec::new(),
                sent_bytes: Vec::new(),
                sent_marks: Vec::new(),
                received_short: Vec::new(),
                sent_short: Vec::new(),
            });
            self.current.insert(pid, self.procs.len() - 1);
            self.procs.len() - 1
        });
        self.last = Some((pid, slot));
        let draft = &mut self.procs[slot];
        let kind = Kinds::of(&event.kind);
        draft.kinds |= kind;
        draft.takes += usize::from(kind == Kinds::TAKES);
        draft.unsorted |= draft.events.last().is_some_and(|last| last.seq > event.seq);
        let events = &mut draft.events;
        // Grown by half, not doubled: a big run's trace is mostly events, and a doubled vector
        // can hold nearly twice what it needs until `finish` trims it, when it is the peak.
        if events.len() == events.capacity() {
            events.reserve_exact(events.len() / 2 + 16);
        }
        events.push(event);
    }

    /// The draft of the latest process with `pid` (the one its events go to now), to name it
    /// in [`TraceBuilder::edge`].
    pub fn draft(&self, pid: i32) -> Option<usize> {
        self.current.get(&pid).copied()
    }

    /// Notes what draft `draft` read from a channel before its event `before_seq`, and the
    /// processes that may have written it (`None`: not known); `whole` is false when the read
    /// took more than `bytes` (the tracer keeps the first 4 KiB). Reads come in the process's
    /// order (its records' order).
    pub fn received(&mut self, draft: usize, before_seq: u32, bytes: &[u8], from: Option<Vec<i32>>, whole: bool) {
        let d = &mut self.procs[draft];
        let start = d.received.len();
        d.received.extend_from_slice(bytes);
        if !whole {
            d.received_short.push(d.received.len());
        }
        d.received_marks.push((before_seq, d.received.len()));
        d.received_from.push((start, d.received.len(), from));
    }

    /// Adds `bytes` to what draft `draft` wrote to the program's channels.
    /// `before_seq` is the sequence number of the draft's first event after the write (`None`:
    /// not known, `Process::sent_marks`).
    pub fn sent_bytes(&mut self, draft: usize, before_seq: Option<u32>, bytes: &[u8], whole: bool) {
        let d = &mut self.procs[draft];
        d.sent_bytes.extend_from_slice(bytes);
        if !whole {
            d.sent_short.push(d.sent_bytes.len());
        }
        d.sent_marks.push((before_seq.unwrap_or(u32::MAX), d.sent_bytes.len()));
    }

    /// Notes that draft `draft` wrote to a channel at `time_ns`, before its event `before_seq`.
    pub fn sent(&mut self, draft: usize, before_seq: u32, time_ns: u64) {
        self.procs[draft].sent.push((before_seq, time_ns));
    }

    /// Adds an edge the events themselves do not imply (the observer's pipe and socket bytes):
    /// from the event with sequence number `from.1` of draft `from.0`, to that of `to`. An edge
    /// whose events do not exist, or within one process, is dropped.
    pub fn edge(&mut self, from: Mark, to: Mark, kind: EdgeKind) {
        if from.0 != to.0 {
            self.extra.push((from, to, kind));
        }
    }

    /// A child can die before it sends its first event (killed right after the fork, say).
    /// It still existed: the fork returned its pid. Such a child gets the first event its
    /// parent's start, fork or pool event implies, at the parent's moment, so that it has a
    /// place in the tree and its join has something to point at.
    fn add_unheard_children(&mut self) {
        let heard: std::collections::HashSet<(i32, i32, u32)> = self
            .procs
            .iter()
            .filter_map(|d| match d.events.first().map(|e| &e.kind) {
                Some(EventKind::Begin { parent_pid, parent_seq: Some(seq), .. }) => Some((d.pid, *parent_pid, *seq)),
                _ => None,
            })
            .collect();
        let mut unheard = Vec::new();
        for d in self.procs.iter().filter(|d| d.kinds & Kinds::MAKES != 0) {
            for e in &d.events {
                let made: Vec<(i32, String, Origin)> = match &e.kind {
                    EventKind::Start { child_pid, name, origin } => vec![(*child_pid, name.clone(), *origin)],
                    EventKind::Fork { child_pid, name } => vec![(*child_pid, name.clone(), Origin::Fork)],
                    EventKind::Pool { name, workers, .. } => {
                        workers.iter().map(|w| (*w, super::names::worker_name(name), Origin::Forked)).collect()
                    }
                    EventKind::Respawn { pool, worker_pid, .. } => {
                        vec![(*worker_pid, super::names::worker_name(pool), Origin::Forked)]
                    }
                    _ => Vec::new(),
                };
                for (pid, name, origin) in made {
                    if !heard.contains(&(pid, d.pid, e.seq)) {
                        let begin = EventKind::Begin { name, parent_pid: d.pid, parent_seq: Some(e.seq), origin };
                        unheard.push(Draft {
                            pid,
                            events: vec![Event { seq: 0, time_ns: e.time_ns, label: None, kind: begin }],
                            kinds: 0,
                            unsorted: false,
                            takes: 0,
                            received: Vec::new(),
                            received_marks: Vec::new(),
                            received_from: Vec::new(),
                            sent: Vec::new(),
                            sent_bytes: Vec::new(),
                            sent_marks: Vec::new(),
                            received_short: Vec::new(),
                            sent_short: Vec::new(),
                        });
                    }
                }
            }
        }
        self.procs.extend(unheard);
    }

    /// The name of the latest process with `pid` and its latest event so far, for reports
    /// about processes still running.
    pub fn latest(&self, pid: i32) -> Option<(Option<&str>, &Event)> {
        let draft = &self.procs[*self.current.get(&pid)?];
        let name = match draft.events.first().map(|e| &e.kind) {
            Some(EventKind::Begin { name, .. }) => Some(name.as_str()),
            _ => None,
        };
        Some((name, draft.events.iter().max_by_key(|e| e.seq)?))
    }

    /// Records that a reaper other than the parent's join (the supervisor) saw `pid` end.
    pub fn reaped(&mut self, pid: i32, ending: Ending) {
        self.reaped.push((pid, ending));
    }

    /// Builds the trace: parents, edges, endings, roles and tree order.
    pub fn finish(mut self, outcome: Outcome) -> Trace {
        for d in self.procs.iter_mut().filter(|d| d.unsorted) {
            // A process sends its events in order but for the few whose number it took
            // before their content was known: usually there is nothing to sort.
            d.events.sort_by_key(|e| e.seq);
        }
        self.add_unheard_children();
        let n = self.procs.len();
        let parent = parents(&self.procs);
        let order = tree_order(&self.procs, &parent);
        let kinds: Vec<u8> = order.iter().map(|&d| self.procs[d].kinds).collect();
        let takes: usize = self.procs.iter().map(|d| d.takes).sum();
        let mut new_id = vec![0; n];
        for (new, &old) in order.iter().enumerate() {
            new_id[old] = new;
        }

        let mut processes: Vec<Process> = order
            .iter()
            .map(|&d| {
                let draft = &mut self.procs[d];
                let (name, parent_pid, origin) = match draft.events.first() {
                    Some(Event { kind: EventKind::Begin { name, parent_pid, origin, .. }, .. }) => {
                        (name.clone(), *parent_pid, *origin)
                    }
                    _ => (format!("pid{}", draft.pid), 0, Origin::Fork),
                };
                Process {
                    pid: draft.pid,
                    parent: parent[d].map(|(p, _)| new_id[p]),
                    parent_pid,
                    name,
                    role: String::new(),
                    origin,
                    ending: Ending::Unknown,
                    // A vector that grew by doubling holds up to twice its events: a big
                    // run's trace is mostly events, and it is kept until the report is out.
                    events: {
                        let mut events = std::mem::take(&mut draft.events);
                        events.shrink_to_fit();
                        events
                    },
                    received: std::mem::take(&mut draft.received),
                    received_marks: {
                        // Threads' records come in the tracer's order: by event, then by place.
                        let mut marks = std::mem::take(&mut draft.received_marks);
                        marks.sort_unstable();
                        // What was read before an event is all that reads before it put in,
                        // in whatever order the threads' reads were kept.
                        let mut most = 0;
                        for mark in &mut marks {
                            most = most.max(mark.1);
                            mark.1 = most;
                        }
                        marks
                    },
                    received_from: std::mem::take(&mut draft.received_from),
                    sent_bytes: std::mem::take(&mut draft.sent_bytes),
                    sent_marks: std::mem::take(&mut draft.sent_marks),
                    received_short: std::mem::take(&mut draft.received_short),
                    sent_short: std::mem::take(&mut draft.sent_short),
                    sent: {
                        // In the order of the events they fall between (threads' records come
                        // in the tracer's order).
                        let mut sent = std::mem::take(&mut draft.sent);
                        sent.sort_unstable();
                        sent
                    },
                }
            })
            .collect();

        let joins = join_edges(&mut processes, &kinds);
        reaped_endings(&mut processes, std::mem::take(&mut self.reaped));
        let mut edges = Vec::with_capacity(parent.len() + joins.len());
        for (c, p) in parent.iter().enumerate() {
            if let Some((p, i)) = p {
                edges.push(Edge {
                    from: EventId::new(new_id[*p], *i),
                    to: EventId::new(new_id[c], 0),
                    kind: EdgeKind::Start,
                });
            }
        }
        edges.extend(joins);
        // Written straight into the trace's edges: a queue run's 200,000 message edges made
        // apart and then copied in were two 4 MB copies at once, the command's peak.
        message_edges(&processes, &kinds, takes, &mut edges);
        if kinds.iter().any(|k| k & Kinds::OTHER != 0) {
            edges.extend(super::sync::sync_edges(&processes));
        }
        let at = |d: usize, seq: u32| {
            let process = *new_id.get(d)?;
            let index = processes[process].events.binary_search_by_key(&seq, |e| e.seq).ok()?;
            Some(EventId::new(process, index))
        };
        // Several writes can share their last event before them: one edge for each pair.
        let mut extra: Vec<Edge> = std::mem::take(&mut self.extra)
            .into_iter()
            .filter_map(|(from, to, kind)| Some(Edge { from: at(from.0, from.1)?, to: at(to.0, to.1)?, kind }))
            .collect();
        extra.sort_by_key(|e| (e.from, e.to));
        extra.dedup();
        edges.extend(extra);
        if !edges.is_sorted_by_key(|e| (e.from, e.to)) {
            edges.sort_by_key(|e| (e.from, e.to));
        }
        edges.shrink_to_fit();
        assign_roles(&mut processes);
        Trace { scenario: self.scenario, processes, edges, outcome, supervisor_pid: self.supervisor_pid }
    }
}

/// The parent of each draft, as (draft, index of the event that made it): the process with
/// the parent pid whose start or fork event names this pid, the latest such before the child
/// began. Each draft's events must be sorted by seq.
fn parents(procs: &[Draft]) -> Vec<Option<(usize, usize)>> {
    // Every draft holding a pid, in arrival order: a lookup by pid is a map look-up, not
    // a scan of every process (quadratic with thousands of children).
    let mut drafts_of: HashMap<i32, Vec<usize>> = HashMap::new();
    for (i, d) in procs.iter().enumerate() {
        drafts_of.entry(d.pid).or_default().push(i);
    }
    // Events are sorted by seq, so the event with a seq is found by bisection.
    let made_by = |p: usize, seq: u32, child_pid: i32| {
        let events = &procs[p].events;
        let i = events.partition_point(|e| e.seq < seq);
        events[i..]
            .iter()
            .take_while(|e| e.seq == seq)
            .position(|e| match &e.kind {
                EventKind::Start { child_pid: cp, .. } | EventKind::Fork { child_pid: cp, .. } => *cp == child_pid,
                EventKind::Pool { workers, .. } => workers.contains(&child_pid),
                EventKind::Respawn { worker_pid, .. } => *worker_pid == child_pid,
                _ => false,
            })
            .map(|k| i + k)
    };
    procs
        .iter()
        .map(|child| {
            let Some(Event { kind: EventKind::Begin { parent_pid, parent_seq: Some(seq), .. }, .. }) =
                child.events.first()
            else {
                return None;
            };
            drafts_of.get(parent_pid)?.iter().rev().find_map(|&p| made_by(p, *seq, child.pid).map(|i| (p, i)))
        })
        .collect()
}

/// The drafts in tree order: depth first from the roots, children in their parent's program
/// order. Workers of one pool share their parent event; they are ordered as the event lists
/// them (the order they were forked), not by when their first records arrived.
fn tree_order(procs: &[Draft], parent: &[Option<(usize, usize)>]) -> Vec<usize> {
    let n = procs.len();
    let mut children: Vec<Vec<((usize, usize), usize)>> = vec![Vec::new(); n];
    let mut roots = Vec::new();
    for (c, made) in parent.iter().enumerate() {
        match made {
            Some((p, i)) => {
                let rank = match &procs[*p].events[*i].kind {
                    EventKind::Pool { workers, .. } => workers.iter().position(|w| *w == procs[c].pid).unwrap_or(0),
                    _ => 0,
                };
                children[*p].push(((*i, rank), c))
            }
            None => roots.push(c),
        }
    }
    for list in &mut children {
        list.sort();
    }
    let mut order = Vec::with_capacity(n);
    let mut stack: Vec<usize> = roots.into_iter().rev().collect();
    while let Some(d) = stack.pop() {
        order.push(d);
        stack.extend(children[d].iter().rev().map(|(_, c)| *c));
    }
    order
}

/// Joins: the joined child is the joiner's child with that pid; its last event happens
/// before the join returns, and the join saw how it ended (set as the child's ending).
fn join_edges(processes: &mut [Process], kinds: &[u8]) -> Vec<Edge> {
    let joins: Vec<(usize, usize, i32, Ending)> = processes
        .iter()
        .enumerate()
        .filter(|(j, _)| kinds[*j] & Kinds::JOINS != 0)
        .flat_map(|(j, p)| {
            p.events.iter().enumerate().flat_map(move |(index, e)| match &e.kind {
                EventKind::Join { child_pid, ending, .. } => vec![(j, index, *child_pid, ending.clone())],
                EventKind::JoinPool { workers, .. } => {
                    workers.iter().map(|(pid, ending)| (j, index, *pid, ending.clone())).collect()
                }
                _ => Vec::new(),
            })
        })
        .collect();
    // The children of each process by pid, latest last.
    let mut child_of: HashMap<(usize, i32), Vec<usize>> = HashMap::new();
    for (c, p) in processes.iter().enumerate() {
        if let Some(parent) = p.parent {
            child_of.entry((parent, p.pid)).or_default().push(c);
        }
    }
    let mut edges = Vec::new();
    for (j, index, child_pid, ending) in joins {
        let Some(&c) = child_of.get(&(j, child_pid)).and_then(|list| list.last()) else {
            continue;
        };
        if let Some(last) = processes[c].events.len().checked_sub(1) {
            edges.push(Edge { from: EventId::new(c, last), to: EventId::new(j, index), kind: EdgeKind::Join });
        }
        processes[c].ending = ending;
    }
    edges
}

/// The endings a reaper other than the parent's join saw (`TraceBuilder::reaped`), each
/// given to the latest process with its pid whose ending is not known yet.
fn reaped_endings(processes: &mut [Process], reaped: Vec<(i32, Ending)>) {
    let mut holders: HashMap<i32, Vec<usize>> = HashMap::new();
    for (i, p) in processes.iter().enumerate() {
        holders.entry(p.pid).or_default().push(i);
    }
    for (pid, ending) in reaped {
        let holder = holders.get(&pid).into_iter().flatten().rev().find(|&&i| processes[i].ending == Ending::Unknown);
        if let Some(&i) = holder {
            processes[i].ending = ending;
        }
    }
}

/// The edges carried by messages: put to get, submit to task start, task end to result.
fn message_edges(processes: &[Process], kinds: &[u8], takes: usize, edges: &mut Vec<Edge>) {
    // Every process holding a pid, latest last: a pid names the latest holder that began
    // before the message was taken, which is the latest holder with a matching event.
    let mut by_pid: HashMap<i32, Vec<usize>> = HashMap::new();
    for (i, p) in processes.iter().enumerate() {
        by_pid.entry(p.pid).or_default().push(i);
    }
    // A process's events are numbered from 0 in order, so the event with a number is
    // usually at that index; else it is found by bisection.
    let at_seq = |p: usize, seq: u32| {
        let events = &processes[p].events;
        match events.get(seq as usize) {
            Some(e) if e.seq == seq => Some(seq as usize),
            _ => events.binary_search_by_key(&seq, |e| e.seq).ok(),
        }
    };
    // Room for an edge per take (`takes`, counted as the events came), so that the vector is
    // not grown by doubling past what it holds.
    edges.reserve_exact(takes);
    // The holders of the pid the last get named: a consumer's items mostly come from one
    // producer, whose pid is then looked up once.
    let mut holders: (i32, &[usize]) = (0, &[]);
    for (to_process, p) in processes.iter().enumerate() {
        if kinds[to_process] & Kinds::TAKES == 0 {
            continue;
        }
        for (index, e) in p.events.iter().enumerate() {
            let to = EventId::new(to_process, index);
            match &e.kind {
                EventKind::Get { from: Some((pid, seq)), .. } => {
                    if holders.0 != *pid || holders.1.is_empty() {
                        holders = (*pid, by_pid.get(pid).map_or(&[], Vec::as_slice));
                    }
                    let found = holders.1.iter().rev().find_map(|&q| {
                        at_seq(q, *seq)
                            .filter(|&i| matches!(processes[q].events[i].kind, EventKind::Put { .. }))
                            .map(|i| EventId::new(q, i))
                    });
                    if let Some(from) = found {
                        edges.push(Edge { from, to, kind: EdgeKind::Message });
                    }
                }
                EventKind::TaskStart { submit_seq, .. } => {
                    // The task came from the pool's owner, the worker's parent.
                    if let Some(owner) = p.parent {
                        if let Some(i) = at_seq(owner, *submit_seq) {
                            edges.push(Edge { from: EventId::new(owner, i), to, kind: EdgeKind::Task });
                        }
                    }
                }
                EventKind::Result { worker_pid, end_seq, .. } => {
                    let worker = by_pid
                        .get(worker_pid)
                        .into_iter()
                        .flatten()
                        .rev()
                        .find(|&&w| processes[w].parent == Some(to_process));
                    if let Some(&w) = worker {
                        if let Some(i) = at_seq(w, *end_seq) {
                            edges.push(Edge { from: EventId::new(w, i), to, kind: EdgeKind::Result });
                        }
                    }
                }
                _ => {}
            }
        }
    }
}

/// Gives each process a unique role: its name when no other process has it, else `name#k`
/// numbered in tree order, which is the same in every run.
fn assign_roles(processes: &mut [Process]) {
    let mut count: HashMap<String, usize> = HashMap::new();
    for p in processes.iter() {
        *count.entry(p.name.clone()).or_default() += 1;
    }
    let mut seen: HashMap<String, usize> = HashMap::new();
    for p in processes.iter_mut() {
        if count[&p.name] == 1 {
            p.role = p.name.clone();
        } else {
            let k = seen.entry(p.name.clone()).or_default();
            *k += 1;
            p.role = format!("{}#{}", p.name, k);
        }
    }
}
