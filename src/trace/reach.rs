//! Happens-before by reachability, computed on demand for the events a check names.
//!
//! Within a process, program order decides; across processes only causal edges carry order.
//! So everything an event happens before is, in each process, a suffix of that process's
//! events, and everything that happens before an event is, in each process, a prefix. One
//! pass over the edges computes either for one event: `forward` gives, per process, the first
//! event it reaches; `backward` gives, per process, how many events reach it (the event's
//! vector clock). A pass touches each edge at most once, so it costs O(edges + processes),
//! whatever the number of events, and nothing is kept between queries: a trace with a
//! million events and a thousand processes needs no processes × events table.

use super::{EdgeKind, EventId, ProcId, Trace};

/// The edges of a trace, indexed for reachability passes.
pub struct Reach {
    /// Per process: the edges leaving it, as (source index, target), by source index.
    out: Vec<Vec<(usize, EventId)>>,
    /// Per process: the edges entering it, as (target index, source), by target index.
    into: Vec<Vec<(usize, EventId)>>,
}

/// Per process, the index of the first event reached, or `NONE`.
pub type Frontier = Vec<usize>;

/// No event of the process is reached.
pub const NONE: usize = usize::MAX;

impl Reach {
    pub fn new(trace: &Trace) -> Reach {
        Reach::without(trace, &[])
    }

    /// The same, leaving out the edges of these kinds: what is still ordered without them
    /// (a reply ordered after its send only by the join that waited for the sender was never
    /// received).
    pub fn without(trace: &Trace, left_out: &[EdgeKind]) -> Reach {
        let n = trace.processes.len();
        let mut out: Vec<Vec<(usize, EventId)>> = vec![Vec::new(); n];
        let mut into: Vec<Vec<(usize, EventId)>> = vec![Vec::new(); n];
        for e in trace.edges.iter().filter(|e| !left_out.contains(&e.kind)) {
            if e.from.process() < n && e.to.process() < n {
                out[e.from.process()].push((e.from.index(), e.to));
                into[e.to.process()].push((e.to.index(), e.from));
            }
        }
        for list in out.iter_mut().chain(into.iter_mut()) {
            list.sort_unstable_by_key(|(i, _)| *i);
        }
        Reach { out, into }
    }

    /// For each process, the index of the first event that `from` happens before or is.
    pub fn forward(&self, from: EventId) -> Frontier {
        self.search(from, |_| false).0
    }

    /// The forward pass, stopping early (and saying so) at the first edge whose target
    /// satisfies `stop`.
    fn search(&self, from: EventId, stop: impl Fn(EventId) -> bool) -> (Frontier, bool) {
        let n = self.out.len();
        let mut first = vec![NONE; n];
        // Per process, the source index from which its edges have been followed already.
        let mut followed = vec![NONE; n];
        first[from.process()] = from.index();
        let mut work = vec![from.process()];
        while let Some(p) = work.pop() {
            let (start, end) = (first[p], followed[p]);
            if start >= end {
                continue;
            }
            followed[p] = start;
            let edges = &self.out[p];
            let lo = edges.partition_point(|(i, _)| *i < start);
            let hi = edges.partition_point(|(i, _)| *i < end);
            for &(_, to) in &edges[lo..hi] {
                if stop(to) {
                    return (first, true);
                }
                if to.index() < first[to.process()] {
                    first[to.process()] = to.index();
                    work.push(to.process());
                }
            }
        }
        (first, false)
    }

    /// For each process, how many of its events happen before or are `to`: its vector clock.
    pub fn backward(&self, to: EventId) -> Vec<usize> {
        let n = self.into.len();
        let mut known = vec![0usize; n];
        let mut followed = vec![0usize; n];
        known[to.process()] = to.index() + 1;
        let mut work = vec![to.process()];
        while let Some(p) = work.pop() {
            let (end, start) = (known[p], followed[p]);
            if end <= start {
                continue;
            }
            followed[p] = end;
            let edges = &self.into[p];
            let lo = edges.partition_point(|(i, _)| *i < start);
            let hi = edges.partition_point(|(i, _)| *i < end);
            for &(_, from) in &edges[lo..hi] {
                if from.index() + 1 > known[from.process()] {
                    known[from.process()] = from.index() + 1;
                    work.push(from.process());
                }
            }
        }
        known
    }

    /// True when `a` happens before `b`. Within a process this is their order; across
    /// processes, a search from `a` that stops as soon as it reaches `b`'s process early
    /// enough, so the short chains that pair events (a submit and its task) cost little.
    pub fn happens_before(&self, a: EventId, b: EventId) -> bool {
        if a.process() == b.process() {
            return a.index() < b.index();
        }
        self.search(a, |to| to.process() == b.process() && to.index() <= b.index()).1
    }

    /// True when neither event happens before the other.
    pub fn concurrent(&self, a: EventId, b: EventId) -> bool {
        a != b && !self.happens_before(a, b) && !self.happens_before(b, a)
    }

    /// How many events of process `of` happen before or are `id`.
    pub fn known_of(&self, id: EventId, of: ProcId) -> usize {
        self.backward(id).get(of).copied().unwrap_or(0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::trace::{Edge, EdgeKind, Event, EventKind, Origin, Outcome, Process};
    use rand::{Rng, SeedableRng};

    /// A trace of `events` per process with random edges, each from an earlier to a later
    /// moment of a global clock, so the graph has no cycle, as a real run's has none.
    fn random_trace(rng: &mut rand::rngs::StdRng, processes: usize, events: usize, edges: usize) -> Trace {
        let time = |p: usize, i: usize| (i * processes + p) as u64;
        let procs = (0..processes)
            .map(|p| Process {
                pid: p as i32 + 1,
                parent: None,
                parent_pid: 0,
                name: format!("p{p}"),
                role: format!("p{p}"),
                origin: Origin::Main,
                ending: crate::trace::Ending::Unknown,
                events: (0..events)
                    .map(|i| Event {
                        seq: i as u32,
                        time_ns: time(p, i),
                        label: None,
                        kind: EventKind::End { code: 0 },
                    })
                    .collect(),
                received: Vec::new(),
                received_marks: Vec::new(),
                received_from: Vec::new(),
                sent_bytes: Vec::new(),
                sent_marks: Vec::new(),
                received_short: Vec::new(),
                sent_short: Vec::new(),
                sent: Vec::new(),
            })
            .collect();
        let mut list = Vec::new();
        while list.len() < edges {
            let from = EventId::new(rng.gen_range(0..processes), rng.gen_range(0..events));
            let to = EventId::new(rng.gen_range(0..processes), rng.gen_range(0..events));
            if from.process() != to.process() && time(from.process(), from.index()) < time(to.process(), to.index()) {
                list.push(Edge { from, to, kind: EdgeKind::Message });
            }
        }
        Trace {
            scenario: "random".into(),
            processes: procs,
            edges: list,
            outcome: Outcome::Finished,
            supervisor_pid: 0,
        }
    }

    /// Happens-before by brute force: everything reachable from `a` by program order and edges.
    fn reachable(trace: &Trace, a: EventId) -> std::collections::HashSet<EventId> {
        let mut seen = std::collections::HashSet::new();
        let mut work = vec![a];
        while let Some(e) = work.pop() {
            if !seen.insert(e) {
                continue;
            }
            if e.index() + 1 < trace.processes[e.process()].events.len() {
                work.push(EventId::new(e.process(), e.index() + 1));
            }
            work.extend(trace.edges.iter().filter(|x| x.from == e).map(|x| x.to));
        }
        seen
    }

    #[test]
    fn reachability_agrees_with_brute_force_on_random_traces() {
        let mut rng = rand::rngs::StdRng::seed_from_u64(1);
        for round in 0..30 {
            let trace = random_trace(&mut rng, 2 + round % 5, 6, round % 12);
            let reach = Reach::new(&trace);
            let all: Vec<EventId> = trace.events().map(|(id, _)| id).collect();
            for &a in &all {
                let truth = reachable(&trace, a);
                let forward = reach.forward(a);
                for &b in &all {
                    let hb = a != b && truth.contains(&b);
                    assert_eq!(reach.happens_before(a, b), hb, "round {round}: {a:?} -> {b:?}");
                    assert_eq!(forward[b.process()] <= b.index(), truth.contains(&b), "forward, round {round}");
                    let known = reach.backward(b);
                    assert_eq!(known[a.process()] > a.index(), truth.contains(&b), "backward, round {round}");
                }
            }
        }
    }
}
