//! Why two events are ordered or not: the chain of causal edges that connects them, or what
//! the later one knows of the earlier one's process when nothing connects them.

use super::Ctx;
use crate::trace::{EdgeKind, EventId};
use std::collections::{HashMap, VecDeque};

impl Ctx<'_> {
    /// The causal edges of a shortest chain from `from` to `to` (program order between them
    /// is implied), or `None` when `from` does not happen before `to`. An empty chain means
    /// both are in one process, `from` first.
    pub(super) fn chain(&self, from: EventId, to: EventId) -> Option<Vec<(EventId, EventId, EdgeKind)>> {
        let n = self.trace.processes.len();
        // Out-edges per process, by source index: a process entered at index i can leave by
        // any edge whose source is at i or later.
        let mut out: Vec<Vec<(usize, EventId, EdgeKind)>> = vec![Vec::new(); n];
        // Not the kinds the check ignores: "the opposite order is guaranteed" by a signal edge
        // read as a contradiction next to "(ignoring signal edges)" (blind10 F7).
        for e in self.trace.edges.iter().filter(|e| !self.ignoring.contains(&e.kind)) {
            out[e.from.process()].push((e.from.index(), e.to, e.kind));
        }
        for list in &mut out {
            list.sort_by_key(|(i, _, _)| *i);
        }
        // The earliest index at which each process was entered; entering later adds nothing.
        let mut entered: Vec<Option<usize>> = vec![None; n];
        // For each event where the search entered a process: the event it was expanded from
        // (where it had entered the previous process) and the edge it crossed.
        let mut came_by: HashMap<EventId, (EventId, EventId, EventId, EdgeKind)> = HashMap::new();
        let mut queue = VecDeque::from([from]);
        entered[from.process()] = Some(from.index());
        while let Some(at) = queue.pop_front() {
            if at.process() == to.process() && at.index() <= to.index() && (at != from || from.index() < to.index()) {
                let mut hops = Vec::new();
                let mut cursor = at;
                while let Some(&(previous, src, dst, kind)) = came_by.get(&cursor) {
                    hops.push((src, dst, kind));
                    cursor = previous;
                }
                hops.reverse();
                return Some(hops);
            }
            let start = out[at.process()].partition_point(|(i, _, _)| *i < at.index());
            for &(src_index, dst, kind) in &out[at.process()][start..] {
                if entered[dst.process()].is_some_and(|e| e <= dst.index()) {
                    continue;
                }
                entered[dst.process()] = Some(dst.index());
                came_by.insert(dst, (at, EventId::new(at.process(), src_index), dst, kind));
                queue.push_back(dst);
            }
        }
        None
    }

    /// A sentence saying why `a` does not happen before `b`.
    pub(super) fn why_not_before(&self, a: EventId, b: EventId) -> String {
        if let Some(hops) = self.chain(b, a) {
            return format!("the opposite order is guaranteed: {}", self.render_chain(b, a, &hops));
        }
        let known = self.reach.known_of(b, a.process());
        let knowledge = match known {
            0 => format!("{} knows nothing of {}", self.trace.event_name(b), self.trace.processes[a.process()].role),
            k => format!(
                "what {} knows of {} ends at {}",
                self.trace.event_name(b),
                self.trace.processes[a.process()].role,
                self.describe(EventId::new(a.process(), k - 1))
            ),
        };
        // The kinds of edge this run has, in the order they first appear: what a chain could
        // have crossed (a fixed list would go stale as sources learn new edges).
        let mut kinds: Vec<&str> = Vec::new();
        for edge in self.trace.edges.iter().filter(|e| !self.ignoring.contains(&e.kind)) {
            if !kinds.contains(&edge.kind.as_str()) {
                kinds.push(edge.kind.as_str());
            }
        }
        let kinds = if kinds.is_empty() { "none in this run".to_owned() } else { kinds.join(", ") };
        format!("no chain of program order and causal edges ({kinds}) leads from the first to the second: {knowledge}")
    }

    /// `a -> ... -> b` as the edges it crosses, with the events at each end.
    pub(super) fn render_chain(&self, a: EventId, b: EventId, hops: &[(EventId, EventId, EdgeKind)]) -> String {
        if hops.is_empty() {
            return format!("{} comes after {} in program order", self.trace.event_name(b), self.trace.event_name(a));
        }
        let mut parts = vec![self.trace.event_name(a)];
        for (src, dst, kind) in hops {
            if *src != a && parts.last() != Some(&self.trace.event_name(*src)) {
                parts.push(format!("… {}", self.describe(*src)));
            }
            parts.push(format!("={}=> {}", kind.as_str(), self.describe(*dst)));
        }
        if hops.last().is_some_and(|(_, dst, _)| *dst != b) {
            parts.push(format!("… {}", self.trace.event_name(b)));
        }
        parts.join(" ")
    }
}
