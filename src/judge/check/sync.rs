//! The checks about locks, semaphores and shared integers: mutual exclusion by
//! happens-before, a shared integer's final value, the absence of a deadlock, and starvation
//! (how often each process got a lock, and how often it had to wait for it).

use super::{fail, pass, Ctx, Verdict};
use crate::model::scenario::ValueBounds;
use crate::trace::{EventId, EventKind};

impl Ctx<'_> {
    /// No two critical sections of `name` in different processes are concurrent: for each
    /// pair, the end of one happens before the start of the other. A section runs from an
    /// acquire to the next release of the same object in its process, or to the process's
    /// last event when it never released it.
    pub(super) fn mutual_exclusion(&self, name: &str) -> Verdict {
        let mut sections: Vec<(EventId, EventId)> = Vec::new();
        for (p, proc_) in self.trace.processes.iter().enumerate() {
            let mut open: Vec<usize> = Vec::new();
            for (i, e) in proc_.events.iter().enumerate() {
                match &e.kind {
                    EventKind::Acquire { name: n, .. } if n == name => open.push(i),
                    // A semaphore's permits are interchangeable: a release ends the oldest
                    // section this process has open.
                    EventKind::Release { name: n } if n == name && !open.is_empty() => {
                        let start = open.remove(0);
                        sections.push((EventId::new(p, start), EventId::new(p, i)));
                    }
                    _ => {}
                }
            }
            let last = proc_.events.len().saturating_sub(1);
            for start in open {
                sections.push((EventId::new(p, start), EventId::new(p, last)));
            }
        }
        if sections.is_empty() {
            return fail(format!("no process acquired {name}, so there is no critical section to check"), Vec::new());
        }
        // One forward pass from each section's end: what it happens before.
        let reached: Vec<Vec<usize>> = sections.iter().map(|(_, end)| self.reach.forward(*end)).collect();
        for (i, (start_a, end_a)) in sections.iter().enumerate() {
            for (j, (start_b, end_b)) in sections.iter().enumerate().skip(i + 1) {
                if start_a.process() == start_b.process() {
                    continue;
                }
                let a_then_b = reached[i][start_b.process()] <= start_b.index();
                let b_then_a = reached[j][start_a.process()] <= start_a.index();
                if !a_then_b && !b_then_a {
                    return fail(
                        format!(
                            "two critical sections of {name} are concurrent: {} to {} and {} to {}; neither ends \
                             before the other begins, so both processes can be inside at once",
                            self.describe(*start_a),
                            self.describe(*end_a),
                            self.describe(*start_b),
                            self.describe(*end_b)
                        ),
                        vec![*start_a, *end_a, *start_b, *end_b],
                    );
                }
            }
        }
        pass(
            format!("{} critical sections of {name}, each ordered with every other by happens-before", sections.len()),
            Vec::new(),
        )
    }

    /// The final value of shared integer `name` (recorded by its maker at its end) is within
    /// `bounds`, and every write to it happens before that reading, so it is final.
    pub(super) fn final_value(&self, name: &str, bounds: &ValueBounds) -> Verdict {
        let mut finals = Vec::new();
        let mut writes = Vec::new();
        for (id, e) in self.trace.events() {
            match &e.kind {
                EventKind::Final { name: n, value } if n == name => finals.push((id, *value)),
                EventKind::Write { name: n, .. } | EventKind::Add { name: n, .. } if n == name => writes.push(id),
                _ => {}
            }
        }
        let Some(&(at, value)) = finals.last() else {
            return fail(
                format!(
                    "{name} has no final value: the process that made it did not end by itself (it was killed, or \
                     the run was cut short)"
                ),
                Vec::new(),
            );
        };
        let known = self.reach.backward(at);
        if let Some(&w) = writes.iter().find(|w| known[w.process()] <= w.index()) {
            return fail(
                format!(
                    "{name} was read at the end of {} while {} could still change it: join every process that \
                     writes it before its maker ends",
                    self.trace.processes[at.process()].role,
                    self.describe(w)
                ),
                vec![w, at],
            );
        }
        if !bounds.contains(value) {
            let deltas: Vec<i64> = writes
                .iter()
                .filter_map(|w| match &self.trace.event(*w).kind {
                    EventKind::Add { delta, .. } => Some(*delta),
                    _ => None,
                })
                .collect();
            let lost =
                writes.iter().any(|w| matches!(&self.trace.event(*w).kind, EventKind::Add { atomic: false, .. }));
            let hint = if lost {
                format!(
                    " ({} additions, adding {} in all; an addition that is a read then a write, with no lock \
                     around it, loses the updates made between its read and its write)",
                    deltas.len(),
                    deltas.iter().fold(0i64, |a, d| a.saturating_add(*d))
                )
            } else {
                String::new()
            };
            return fail(format!("{name} ended at {value}, expected {bounds}{hint}"), vec![at]);
        }
        pass(format!("{name} ended at {value}"), vec![at])
    }

    /// The run did not stop with processes waiting in a cycle for each other's locks.
    pub(super) fn no_deadlock(&self) -> Verdict {
        match self.trace.deadlock() {
            Some(d) => fail(format!("deadlock: {d}"), Vec::new()),
            None => pass("no processes were left waiting for each other's locks".into(), Vec::new()),
        }
    }

    /// Each process `by` names (every process that acquired or waited for `name`, without
    /// `by`) acquired `name` at least `at_least` times. The message gives every such
    /// process's acquisitions and waits, so a pass shows the counts too.
    pub(super) fn acquired(&self, name: &str, by: Option<&str>, at_least: u32) -> Verdict {
        let counts: Vec<(usize, u32, u32, Option<EventId>)> = self
            .trace
            .processes
            .iter()
            .enumerate()
            .map(|(p, proc_)| {
                let (mut got, mut waited, mut last_wait) = (0, 0, None);
                for (i, e) in proc_.events.iter().enumerate() {
                    match &e.kind {
                        EventKind::Acquire { name: n, .. } if n == name => got += 1,
                        EventKind::Blocked { name: n } if n == name => {
                            waited += 1;
                            last_wait = Some(EventId::new(p, i));
                        }
                        _ => {}
                    }
                }
                (p, got, waited, last_wait)
            })
            .collect();
        let subjects: Vec<&(usize, u32, u32, Option<EventId>)> = match by {
            Some(by) => {
                let named: Vec<usize> = self.trace.processes_named(by).collect();
                if named.is_empty() {
                    return fail(format!("no process named {by} ran, so none acquired {name}"), Vec::new());
                }
                counts.iter().filter(|c| named.contains(&c.0)).collect()
            }
            None => counts.iter().filter(|c| c.1 > 0 || c.2 > 0).collect(),
        };
        if subjects.is_empty() {
            return fail(format!("no process acquired or waited for {name}"), Vec::new());
        }
        let times = |n: u32| if n == 1 { "1 time".to_owned() } else { format!("{n} times") };
        let tally: Vec<String> = subjects
            .iter()
            .map(|(p, got, waited, _)| {
                format!("{} {} (waited {})", self.trace.processes[*p].role, times(*got), times(*waited))
            })
            .collect();
        let starved: Vec<&&(usize, u32, u32, Option<EventId>)> = subjects.iter().filter(|c| c.1 < at_least).collect();
        if starved.is_empty() {
            return pass(format!("acquisitions of {name}: {}", tally.join(", ")), Vec::new());
        }
        let names: Vec<&str> = starved.iter().map(|c| self.trace.processes[c.0].role.as_str()).collect();
        let waiting: Vec<EventId> = starved.iter().filter_map(|c| c.3).collect();
        fail(
            format!(
                "{} acquired {name} fewer than {} (starved); acquisitions of {name}: {}",
                names.join(", "),
                times(at_least),
                tally.join(", ")
            ),
            waiting,
        )
    }
}
