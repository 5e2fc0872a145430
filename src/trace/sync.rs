//! What locks, semaphores, events and barriers add to a trace: their causal edges, and the
//! wait-for cycle of a run that stopped at its timeout in a deadlock.
//!
//! The edges come from stamps the processes read in shared memory (`engine::sync`): a
//! release to the acquire that took its permit (`lock`), a set to each wait that saw it
//! (`event`), every arrival at a barrier to every departure of its round (`barrier`).

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
            fits(&processes[q].events[i].kind).then_some(EventId { process: q, index: i })
        })
    };
    let mut edges = Vec::new();
    for (to_process, p) in processes.iter().enumerate() {
        for (index, e) in p.events.iter().enumerate() {
            let to = EventId { process: to_process, index };
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
                EventKind::BarrierWait { arrivals, .. } => {
                    for stamp in arrivals {
                        // The arrival is whatever the party recorded last before waiting.
                        if let Some(from) = find(*stamp, &|_| true) {
                            if from.process != to_process {
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
    /// acquired and did not release. A process waiting for `X` waits for every holder of `X`;
    /// the first cycle found, from the first process in tree order, is the deadlock.
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
        // A depth-first search for a cycle in the wait-for graph, from each waiting process.
        for start in 0..self.processes.len() {
            if waits[start].is_none() {
                continue;
            }
            let mut path = vec![start];
            let mut on_path = vec![false; self.processes.len()];
            on_path[start] = true;
            if let Some(cycle) = self.cycle_from(&mut path, &mut on_path, &waits, &holders) {
                let cycle = cycle
                    .into_iter()
                    .map(|q| Waiter {
                        role: self.processes[q].role.clone(),
                        holds: holds[q].clone(),
                        waits_for: waits[q].unwrap_or_default().to_owned(),
                    })
                    .collect();
                return Some(Deadlock { cycle });
            }
        }
        None
    }

    fn cycle_from(
        &self,
        path: &mut Vec<usize>,
        on_path: &mut [bool],
        waits: &[Option<&str>],
        holders: &dyn Fn(&str) -> Vec<usize>,
    ) -> Option<Vec<usize>> {
        let p = *path.last().expect("the path starts with a process");
        let name = waits[p]?;
        for q in holders(name) {
            if on_path[q] {
                let at = path.iter().position(|&x| x == q).expect("on the path");
                return Some(path[at..].to_vec());
            }
            if waits[q].is_some() && path.len() < self.processes.len() {
                path.push(q);
                on_path[q] = true;
                if let Some(c) = self.cycle_from(path, on_path, waits, holders) {
                    return Some(c);
                }
                path.pop();
            }
        }
        None
    }

    /// Whether the process with `pid` was found alive when the run was cut short.
    fn was_alive(&self, pid: i32) -> bool {
        match &self.outcome {
            Outcome::Finished => false,
            Outcome::TimedOut { alive, .. }
            | Outcome::Interrupted { alive, .. }
            | Outcome::LimitReached { alive, .. } => alive.iter().any(|a| a.pid == pid),
        }
    }
}
