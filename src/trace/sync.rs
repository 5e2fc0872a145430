//! What locks, semaphores, events and barriers add to a trace: their causal edges, and the
//! wait-for cycle of a run that stopped at its timeout in a deadlock.
//!
//! The edges come from stamps the processes read in shared memory (`engine::sync`): a
//! release to the acquire that took its permit (`lock`), a set to each wait that saw it
//! (`event`), every arrival at a barrier to every departure of its round (`barrier`), a
//! notify to each condition wait it woke (`notify`), and the `task_done` that left a
//! joinable queue with no unfinished task to each `join` of the queue it let return, and
//! every other `task_done` of that round to it (`task_done`: the count is changed by atomic
//! read-modify-writes only, so the one that reaches zero read every earlier decrement), and
//! each round's closer to the next round's (a round's closer reads the count through the
//! puts that reopened it after the previous closer's zero: without this edge, a worker whose
//! jobs all closed earlier rounds, when the queue ran empty while main was still putting,
//! was unordered with a `join` that waited for a later round).

use super::{Edge, EdgeKind, EventId, EventKind, Outcome, Process, Trace};
use std::collections::HashMap;

/// The edges carried by synchronization objects.
pub(super) fn sync_edges(processes: &[Process]) -> Vec<Edge> {
    let mut by_pid: HashMap<i32, Vec<usize>> = HashMap::new();
    for (i, p) in processes.iter().enumerate() {
        by_pid.entry(p.pid).or_default().push(i);
    }
    // A pid names the latest holder with an event of that sequence number that fits.
    let find = |(pid, seq): (i32, u32), fits: &dyn Fn(&EventKind) -> bool| {
        by_pid.get(&pid).into_iter().flatten().rev().find_map(|&q| {
            let i = processes[q].events.binary_search_by_key(&seq, |e| e.seq).ok()?;
            fits(&processes[q].events[i].kind).then_some(EventId::new(q, i))
        })
    };
    // The `task_done` that closed each round of each joinable queue.
    let mut closers: HashMap<(&str, u32), EventId> = HashMap::new();
    for (process, p) in processes.iter().enumerate() {
        for (index, e) in p.events.iter().enumerate() {
            if let EventKind::TaskDone { queue, last: true, round } = &e.kind {
                closers.insert((queue.as_str(), *round), EventId::new(process, index));
            }
        }
    }
    let mut edges = Vec::new();
    // Each round's closer to the next round's closer of the same queue, rounds in order.
    let mut rounds: Vec<(&str, u32, EventId)> = closers.iter().map(|(&(q, r), &id)| (q, r, id)).collect();
    rounds.sort_unstable_by_key(|&(q, r, _)| (q, r));
    for pair in rounds.windows(2) {
        let ((q, _, from), (next_q, _, to)) = (pair[0], pair[1]);
        if q == next_q && from.process() != to.process() {
            edges.push(Edge { from, to, kind: EdgeKind::TaskDone });
        }
    }
    // Every other `task_done` of a round to its closer: one edge per process, from its last
    // one of the round (program order covers the earlier ones).
    let mut to_closer: HashMap<(usize, EventId), usize> = HashMap::new();
    for (process, p) in processes.iter().enumerate() {
        for (index, e) in p.events.iter().enumerate() {
            if let EventKind::TaskDone { queue, last: false, round } = &e.kind {
                if let Some(&closer) = closers.get(&(queue.as_str(), *round)) {
                    if closer.process() != process {
                        to_closer.insert((process, closer), index);
                    }
                }
            }
        }
    }
    let mut task_edges: Vec<Edge> = to_closer
        .into_iter()
        .map(|((process, to), index)| Edge { from: EventId::new(process, index), to, kind: EdgeKind::TaskDone })
        .collect();
    task_edges.sort_by_key(|e| (e.to, e.from));
    edges.extend(task_edges);
    for (to_process, p) in processes.iter().enumerate() {
        for (index, e) in p.events.iter().enumerate() {
            let to = EventId::new(to_process, index);
            match &e.kind {
                EventKind::Acquire { name, from: Some(stamp) } => {
                    let fits = |k: &EventKind| matches!(k, EventKind::Release { name: n } if n == name);
                    if let Some(from) = find(*stamp, &fits) {
                        edges.push(Edge { from, to, kind: EdgeKind::Lock });
                    }
                }
                EventKind::EventWait { name, from: Some(stamp) } => {
                    let fits = |k: &EventKind| matches!(k, EventKind::Set { name: n } if n == name);
                    if let Some(from) = find(*stamp, &fits) {
                        edges.push(Edge { from, to, kind: EdgeKind::Event });
                    }
                }
                EventKind::ConditionWait { name, from: Some(stamp) } => {
                    let fits = |k: &EventKind| matches!(k, EventKind::Notify { name: n, .. } if n == name);
                    if let Some(from) = find(*stamp, &fits) {
                        edges.push(Edge { from, to, kind: EdgeKind::Notify });
                    }
                }
                EventKind::JoinQueue { queue, from: Some(stamp) } => {
                    let fits = |k: &EventKind| matches!(k, EventKind::TaskDone { queue: q, .. } if q == queue);
                    if let Some(from) = find(*stamp, &fits) {
                        edges.push(Edge { from, to, kind: EdgeKind::TaskDone });
                    }
                }
                EventKind::BarrierWait { arrivals, .. } => {
                    for stamp in arrivals {
                        // The arrival is whatever the party recorded last before waiting.
                        if let Some(from) = find(*stamp, &|_| true) {
                            if from.process() != to_process {
                                edges.push(Edge { from, to, kind: EdgeKind::Barrier });
                            }
                        }
                    }
                }
                _ => {}
            }
        }
    }
    edges
}

/// One process of a deadlock: what it holds and what it waits for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Waiter {
    pub role: String,
    /// The locks and semaphores it holds permits of, by name, with how many.
    pub holds: Vec<(String, u32)>,
    pub waits_for: String,
}

/// A cycle of processes each waiting for a lock or semaphore that the next one holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Deadlock {
    pub cycle: Vec<Waiter>,
}

impl std::fmt::Display for Deadlock {
    /// "A holds fork0 and waits for fork1, held by B; B holds fork1 and waits for fork0, held
    /// by A".
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        for (i, w) in self.cycle.iter().enumerate() {
            let next = &self.cycle[(i + 1) % self.cycle.len()];
            if i > 0 {
                f.write_str("; ")?;
            }
            let holds: Vec<String> =
                w.holds.iter().map(|(n, k)| if *k == 1 { n.clone() } else { format!("{k} of {n}") }).collect();
            let holds = if holds.is_empty() { "nothing".to_owned() } else { holds.join(", ") };
            write!(f, "{} holds {holds} and waits for {}, held by {}", w.role, w.waits_for, next.role)?;
        }
        Ok(())
    }
}

impl Trace {
    /// The wait-for cycle of a run that stopped (timed out, interrupted or at a limit) while
    /// processes were blocked acquiring locks or semaphores held by each other; `None` when
    /// the run finished or no such cycle exists.
    ///
    /// A process waits for `X` when its last event says it blocked on `X` (it records that
    /// before sleeping, so a killed process still says it); it holds the permits of `X` it
    /// acquired and did not release. The deadlock is the cycle reached from the first
    /// process, in tree order, whose wait can never end: every holder of what it waits for
    /// is itself waiting in vain.
    pub fn deadlock(&self) -> Option<Deadlock> {
        if matches!(self.outcome, Outcome::Finished) {
            return None;
        }
        let mut holds: Vec<Vec<(String, u32)>> = Vec::with_capacity(self.processes.len());
        let mut waits: Vec<Option<&str>> = Vec::with_capacity(self.processes.len());
        for p in &self.processes {
            let mut held: Vec<(String, i64)> = Vec::new();
            for e in &p.events {
                let (name, delta) = match &e.kind {
                    EventKind::Acquire { name, .. } => (name, 1),
                    EventKind::Release { name } => (name, -1),
                    _ => continue,
                };
                match held.iter_mut().find(|(n, _)| n == name) {
                    Some(h) => h.1 += delta,
                    None => held.push((name.clone(), delta)),
                }
            }
            holds.push(held.into_iter().filter(|(_, k)| *k > 0).map(|(n, k)| (n, k as u32)).collect());
            let alive = matches!(p.ending, super::Ending::Unknown) || self.was_alive(p.pid);
            waits.push(match p.events.last().map(|e| &e.kind) {
                Some(EventKind::Blocked { name }) if alive => Some(name.as_str()),
                _ => None,
            });
        }
        let holders = |name: &str| -> Vec<usize> {
            (0..self.processes.len()).filter(|&q| holds[q].iter().any(|(n, _)| n == name)).collect()
        };
        // A waiting process is stuck when every holder of what it waits for is stuck too
        // (a holder that is not waiting may still release). The greatest such set: start
        // with every waiting process and drop those with a holder outside, until none drops.
        // A semaphore or lock that nobody holds is waited for in vain, but not in a cycle.
        let n = self.processes.len();
        let mut stuck: Vec<bool> = waits.iter().map(Option::is_some).collect();
        loop {
            let mut changed = false;
            for p in 0..n {
                if !stuck[p] {
                    continue;
                }
                let owners = holders(waits[p].unwrap_or_default());
                if owners.is_empty() || owners.iter().any(|&q| !stuck[q]) {
                    stuck[p] = false;
                    changed = true;
                }
            }
            if !changed {
                break;
            }
        }
        // Every stuck process waits for a stuck holder, so following holders from the first
        // one returns to a process already met: the cycle is from there on.
        let mut path: Vec<usize> = Vec::new();
        let mut at = (0..n).find(|&p| stuck[p])?;
        while !path.contains(&at) {
            path.push(at);
            at = holders(waits[at].unwrap_or_default()).into_iter().find(|&q| stuck[q])?;
        }
        let from = path.iter().position(|&x| x == at).expect("met before");
        let cycle = path[from..]
            .iter()
            .map(|&q| Waiter {
                role: self.processes[q].role.clone(),
                holds: holds[q].clone(),
                waits_for: waits[q].unwrap_or_default().to_owned(),
            })
            .collect();
        Some(Deadlock { cycle })
    }
}
