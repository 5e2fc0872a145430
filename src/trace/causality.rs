//! Happens-before over a trace, with vector clocks kept only where they change.
//!
//! Within a process, program order decides. Across processes, only causal edges carry
//! knowledge, so a process's clock changes only at events that receive an edge (a child's
//! first event, a join). The clock of any event is the clock of the last receiving event at or
//! before it in its process, with the process's own entry set to its position. A query is a
//! binary search and a comparison; memory is processes x receiving events.

use super::{EventId, ProcId, Trace};

/// The happens-before relation of one trace.
pub struct Causality {
    /// For each process: its receiving events' indices, ascending, with their clocks.
    receives: Vec<Vec<(usize, Vec<u32>)>>,
    /// The number of processes, the length of every clock.
    processes: usize,
}

impl Causality {
    /// Computes the clocks of `trace`. Edges that would form a cycle are ignored: a trace
    /// made by a real run has none, since every edge points forward in time.
    pub fn new(trace: &Trace) -> Causality {
        let n = trace.processes.len();
        let mut incoming: Vec<Vec<(usize, EventId)>> = vec![Vec::new(); n];
        for e in &trace.edges {
            incoming[e.to.process].push((e.to.index, e.from));
        }
        for list in &mut incoming {
            list.sort();
        }
        let mut receives: Vec<Vec<(usize, Vec<u32>)>> = vec![Vec::new(); n];
        // Each process's receiving events are computed in order; one waits while the sender's
        // clock it depends on is not known yet. A worklist over processes resolves them in
        // topological order without recursion.
        let mut done = vec![0usize; n];
        let mut progress = true;
        while progress {
            progress = false;
            for p in 0..n {
                while done[p] < incoming[p].len() {
                    let (index, from) = incoming[p][done[p]];
                    let Some(sender) = Self::clock_if_known(&receives, &incoming, &done, from, n) else { break };
                    let mut clock = match receives[p].last() {
                        Some((_, c)) => c.clone(),
                        None => vec![0; n],
                    };
                    for (mine, theirs) in clock.iter_mut().zip(&sender) {
                        *mine = (*mine).max(*theirs);
                    }
                    clock[p] = clock[p].max(index as u32 + 1);
                    // Several edges into one event merge into one clock.
                    if receives[p].last().is_some_and(|(i, _)| *i == index) {
                        receives[p].last_mut().expect("checked").1 = clock;
                    } else {
                        receives[p].push((index, clock));
                    }
                    done[p] += 1;
                    progress = true;
                }
            }
        }
        Causality { receives, processes: n }
    }

    /// The clock of `id` if every receive before it in its process has been computed.
    fn clock_if_known(
        receives: &[Vec<(usize, Vec<u32>)>],
        incoming: &[Vec<(usize, EventId)>],
        done: &[usize],
        id: EventId,
        n: usize,
    ) -> Option<Vec<u32>> {
        let p = id.process;
        // Receives at or before id.index must all be done.
        let needed = incoming[p].partition_point(|(i, _)| *i <= id.index);
        if done[p] < needed {
            return None;
        }
        let mut clock = Self::last_clock(&receives[p], id.index).cloned().unwrap_or_else(|| vec![0; n]);
        clock[p] = id.index as u32 + 1;
        Some(clock)
    }

    fn last_clock(receives: &[(usize, Vec<u32>)], index: usize) -> Option<&Vec<u32>> {
        let k = receives.partition_point(|(i, _)| *i <= index);
        k.checked_sub(1).map(|k| &receives[k].1)
    }

    /// How much of process `of` event `id` knows: the number of its events that happen
    /// before or at `id`.
    fn known(&self, id: EventId, of: ProcId) -> u32 {
        if id.process == of {
            return id.index as u32 + 1;
        }
        Self::last_clock(&self.receives[id.process], id.index).map_or(0, |c| c[of])
    }

    /// How many events of process `of` happen before or at `id` (its knowledge of `of`).
    pub fn known_of(&self, id: EventId, of: ProcId) -> u32 {
        if id.process >= self.processes || of >= self.processes {
            return 0;
        }
        self.known(id, of)
    }

    /// True when `a` happens before `b`: in every schedule of the same program, `a` comes first.
    pub fn happens_before(&self, a: EventId, b: EventId) -> bool {
        if a == b || a.process >= self.processes || b.process >= self.processes {
            return false;
        }
        self.known(b, a.process) > a.index as u32
    }

    /// True when neither event happens before the other.
    pub fn concurrent(&self, a: EventId, b: EventId) -> bool {
        a != b && !self.happens_before(a, b) && !self.happens_before(b, a)
    }
}
