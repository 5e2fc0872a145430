//! Checks about who ran what and how items travelled: same process, tasks in flight,
//! counts, and queue delivery.

use super::{fail, pass, Ctx, Verdict};
use crate::scenario::{Bounds, Counted, Key, Selector};
use crate::trace::{EdgeKind, EventId, EventKind, Outcome};
use std::collections::{BTreeMap, HashMap, HashSet};

impl Ctx<'_> {
    pub(super) fn same_process(&self, a: &Selector, b: &Selector, by: Option<Key>) -> Verdict {
        let (ea, eb) = match self.select_both(a, b) {
            Ok(x) => x,
            Err(v) => return v,
        };
        // Events grouped by key (one group when there is no key); each group must have one process.
        let mut groups: BTreeMap<Option<(String, u32)>, Vec<EventId>> = BTreeMap::new();
        for id in ea.iter().chain(&eb) {
            let key = match by {
                Some(k) => match self.key(*id, k) {
                    Some(key) => Some(key),
                    None => return fail(format!("{} belongs to no task", self.describe(*id)), vec![*id]),
                },
                None => None,
            };
            groups.entry(key).or_default().push(*id);
        }
        for (key, ids) in &groups {
            let first = ids[0];
            if let Some(other) = ids.iter().find(|id| id.process != first.process) {
                let of = key.as_ref().map_or(String::new(), |(pool, task)| format!(" (task {pool}/{task})"));
                return fail(
                    format!(
                        "{} and {}{of} happened in different processes",
                        self.describe(first),
                        self.describe(*other)
                    ),
                    vec![first, *other],
                );
            }
        }
        pass(format!("{} group(s) of events, each in one process", groups.len()), Vec::new())
    }

    /// The largest number of tasks of `pool` running at one moment, by timestamps: a task
    /// runs from its start event to its end event in the worker.
    pub(super) fn in_flight(&self, pool: &str, at_most: u32) -> Verdict {
        let mut changes: Vec<(u64, i32, EventId)> = Vec::new();
        for (p, proc_) in self.trace.processes.iter().enumerate() {
            for (i, e) in proc_.events.iter().enumerate() {
                let id = EventId { process: p, index: i };
                match &e.kind {
                    // Ends sort before starts at the same instant: a worker cannot start a task
                    // before it ended its previous one.
                    EventKind::TaskStart { pool: name, .. } if name == pool => changes.push((e.time_ns, 1, id)),
                    EventKind::TaskEnd { pool: name, .. } if name == pool => changes.push((e.time_ns, -1, id)),
                    _ => {}
                }
            }
        }
        if changes.is_empty() {
            return fail(format!("no task of {pool} ran"), Vec::new());
        }
        changes.sort_by_key(|(t, d, _)| (*t, *d));
        let mut running: Vec<EventId> = Vec::new();
        let mut peak = 0usize;
        for (_, delta, id) in &changes {
            if *delta > 0 {
                running.push(*id);
                peak = peak.max(running.len());
                if running.len() > at_most as usize {
                    let names: Vec<String> = running.iter().map(|r| self.describe(*r)).collect();
                    return fail(
                        format!("{} tasks of {pool} were running at once: {}", running.len(), names.join("; ")),
                        running.clone(),
                    );
                }
            } else {
                // The matching start is the one of the same process that is still running.
                if let Some(k) = running.iter().position(|r| r.process == id.process) {
                    running.remove(k);
                }
            }
        }
        pass(format!("at most {peak} task(s) of {pool} ran at once"), Vec::new())
    }

    pub(super) fn count(&self, what: &Counted, bounds: &Bounds) -> Verdict {
        let (n, described) = match what {
            Counted::Processes(name) => (self.trace.processes_named(name).count(), format!("processes named {name}")),
            Counted::Events(sel) => (self.select(sel).len(), format!("events {sel}")),
            Counted::Workers(pool) => {
                let workers: HashSet<usize> = self
                    .trace
                    .processes
                    .iter()
                    .enumerate()
                    .filter(|(_, p)| {
                        p.events
                            .iter()
                            .any(|e| matches!(&e.kind, EventKind::TaskStart { pool: name, .. } if name == pool))
                    })
                    .map(|(i, _)| i)
                    .collect();
                (workers.len(), format!("distinct processes that ran tasks of {pool}"))
            }
        };
        let n = n as u32;
        if bounds.contains(n) {
            pass(format!("{n} {described}"), Vec::new())
        } else {
            fail(format!("{n} {described}, expected {bounds}"), Vec::new())
        }
    }

    /// Every item put into `channel` (or sent through it) was taken exactly once, after its put,
    /// and each taker took each putter's items in the order they were put.
    pub(super) fn delivery(&self, channel: &str) -> Verdict {
        let puts: Vec<EventId> = self
            .trace
            .events()
            .filter(|(_, e)| matches!(&e.kind, EventKind::Put { channel: c, timed_out: false, .. } if c == channel))
            .map(|(id, _)| id)
            .collect();
        let put_set: HashSet<EventId> = puts.iter().copied().collect();
        // Each taken item, by the put it came from.
        let mut taken: HashMap<EventId, Vec<EventId>> = HashMap::new();
        for e in &self.trace.edges {
            if e.kind == EdgeKind::Message && put_set.contains(&e.from) {
                taken.entry(e.from).or_default().push(e.to);
            }
        }
        for id in &puts {
            match taken.get(id).map(Vec::as_slice) {
                Some([get]) if self.trace.event(*get).time_ns < self.trace.event(*id).time_ns => {
                    return fail(
                        format!("{} was taken before it was put, by {}", self.describe(*id), self.describe(*get)),
                        vec![*id, *get],
                    );
                }
                Some([_]) => {}
                Some(gets) => {
                    let names: Vec<String> = gets.iter().map(|g| self.describe(*g)).collect();
                    return fail(
                        format!("{} was taken {} times: {}", self.describe(*id), gets.len(), names.join("; ")),
                        std::iter::once(*id).chain(gets.iter().copied()).collect(),
                    );
                }
                None if self.trace.outcome == Outcome::Finished => {
                    return fail(format!("{} was never taken", self.describe(*id)), vec![*id]);
                }
                None => {}
            }
        }
        // Per taker and putter, the items must come in the order they were put: each taker's
        // gets are in its program order, each putter's puts in its own.
        let mut last: HashMap<(usize, usize), EventId> = HashMap::new();
        let mut pairs: Vec<(EventId, EventId)> =
            taken.iter().flat_map(|(p, gets)| gets.iter().map(move |g| (*g, *p))).collect();
        pairs.sort();
        for (get, put) in pairs {
            if let Some(prev) = last.insert((get.process, put.process), put) {
                if prev.index > put.index {
                    return fail(
                        format!(
                            "{} took {} after {}, which was put later",
                            self.trace.processes[get.process].role,
                            self.describe(put),
                            self.describe(prev)
                        ),
                        vec![prev, put, get],
                    );
                }
            }
        }
        if puts.is_empty() {
            return fail(format!("nothing was put into {channel}"), Vec::new());
        }
        pass(format!("{} item(s), each taken once, after its put, in order", puts.len()), Vec::new())
    }
}
