//! The threads of an observed process, and the order between them that the kernel makes
//! certain: a process's records are in the tracer's order, which is a program order only
//! among the records of one thread.
//!
//! A trace orders a process's events totally (program order), but the lines two threads of one
//! process print are not ordered by the program, and an edge anchored on the tracer's order
//! would be wrong: a multiprocessing `Queue`'s feeder thread writes an item to the pipe while
//! the thread that `put` it goes on printing, so the line printed after a `put` may come before
//! or after the feeder's write, from one run to the next. So each record carries its thread
//! (`Record::tid`), and [`Order`] computes, per process, which records happen before which by
//! a vector clock over the process's threads. Three things order records of different threads:
//!
//! - **Program order** within a thread: the tracer sees one thread's stops in the order it made
//!   them.
//! - **Thread creation**: what the creating thread recorded before its `clone` happens before
//!   everything the new thread records (the tracer holds a new thread at its first stop until
//!   it has recorded the `clone`, so the `Thread` record comes first).
//! - **A futex wake before the wait it woke returns.** A `FUTEX_WAIT` that returned 0 was woken
//!   by a wake on its key after it began waiting. For a private futex (`FUTEX_PRIVATE_FLAG`:
//!   what glibc's mutexes, condition variables and unshared semaphores use, and CPython's locks
//!   and GIL over them) the key is the address in the process's memory, so the waker is a
//!   private wake (`FUTEX_WAKE`, `FUTEX_WAKE_BITSET`, either address of `FUTEX_WAKE_OP`) of
//!   the same process at the same address that woke someone (returned more than 0, or was
//!   never seen to return) and overlapped the wait: it was released by the tracer before the
//!   tracer saw the wait return, and returned after the tracer released the wait. (Shared
//!   wakes, and the kernel's own wakes at a thread's exit and of robust lists, use another
//!   key, which a private waiter never matches.) When every such candidate was made by one
//!   thread, the earliest of them happened before the wait returned whichever it was: an edge
//!   from that thread's records up to the earliest candidate to the waiter's records from the
//!   wait's return. Candidates of two threads give no edge: the tracer cannot tell which one
//!   woke the waiter. A process that requeued waiters (`FUTEX_REQUEUE`, `FUTEX_CMP_REQUEUE`)
//!   may have woken one at another address than it waited on: its futexes carry no edge.
//!   (A `vfork` child shares its parent's memory until it executes; a private wake from it
//!   could wake its parent's threads. Such a child runs a few instructions before `exec`, and
//!   makes no futex call in any libc the observer has met.)
//! - **An exec or the process's end** comes after everything every thread of it did: the
//!   kernel kills and waits for the other threads first.
//!
//! A waiter woken by a store it saw in memory (a lock taken without contention) is not
//! ordered: the tracer sees no system call there. So there are fewer edges than the program
//! has orders, never a wrong one; `build` anchors a pipe or socket edge on a process's events
//! only as far as every one of them is certain (`Order::before`).

use super::{Record, RecordKind};
use serde::{Deserialize, Serialize};
use std::collections::{HashMap, HashSet};

/// A futex call that may order two threads (see the module's documentation).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Futex {
    pub op: FutexOp,
    /// The address waited on or woken.
    pub addr: u64,
    /// `FUTEX_WAKE_OP`'s second address, which it may wake too.
    pub also: Option<u64>,
    /// When the tracer released the call from its entry stop (the channels' clock).
    pub entered: u64,
    /// When the tracer saw its exit; `None` when it never did.
    pub exited: Option<u64>,
    /// A wake's result, the waiters it woke; `None` when its exit was never seen.
    pub woke: Option<i64>,
}

/// What a futex call does, as far as ordering goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum FutexOp {
    /// A private wait that returned 0: it was woken.
    Wait,
    /// A private wake.
    Wake,
}

/// What the tracer makes of a futex call at its entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FutexCall {
    /// A private wait on this address: follow it to its exit.
    Wait(u64),
    /// A private wake of this address (and, for `FUTEX_WAKE_OP`, of a second one).
    Wake(u64, Option<u64>),
    /// A requeue: the process's futexes carry no edge.
    Requeue,
    /// Anything else (shared futexes, priority inheritance): no order.
    Other,
}

/// The futex system call, which the filter stops at for thread edges.
pub const CALLS: [libc::c_long; 1] = [libc::SYS_futex];

/// Classifies `futex(addr, op, val, timeout_or_val2, addr2, val3)` at its entry.
pub fn classify(addr: u64, op: u64, addr2: u64) -> FutexCall {
    let private = op & libc::FUTEX_PRIVATE_FLAG as u64 != 0;
    let cmd = (op as i32) & libc::FUTEX_CMD_MASK;
    match cmd {
        libc::FUTEX_REQUEUE | libc::FUTEX_CMP_REQUEUE | libc::FUTEX_CMP_REQUEUE_PI => FutexCall::Requeue,
        _ if !private => FutexCall::Other,
        libc::FUTEX_WAIT | libc::FUTEX_WAIT_BITSET => FutexCall::Wait(addr),
        libc::FUTEX_WAKE | libc::FUTEX_WAKE_BITSET => FutexCall::Wake(addr, None),
        libc::FUTEX_WAKE_OP => FutexCall::Wake(addr, Some(addr2)),
        _ => FutexCall::Other,
    }
}

/// The futex edges of a run, as pairs of record indices `(wake, wait)`: the wake's thread's
/// records up to the wake happen before the wait's thread's records from the wait on.
pub fn futex_edges(records: &[Record]) -> Vec<(usize, usize)> {
    let requeued: HashSet<i32> =
        records.iter().filter(|r| matches!(r.kind, RecordKind::Requeued)).map(|r| r.pid).collect();
    let mut wakes: HashMap<(i32, u64), Vec<(usize, i32, &Futex)>> = HashMap::new();
    for (i, r) in records.iter().enumerate() {
        if let RecordKind::Futex(f) = &r.kind {
            // A wake that returned 0 woke no one.
            if f.op == FutexOp::Wake && f.woke != Some(0) && !requeued.contains(&r.pid) {
                for addr in std::iter::once(f.addr).chain(f.also) {
                    wakes.entry((r.pid, addr)).or_default().push((i, r.tid, f));
                }
            }
        }
    }
    let mut out = Vec::new();
    for (i, r) in records.iter().enumerate() {
        let RecordKind::Futex(wait) = &r.kind else { continue };
        let Some(returned) = wait.exited.filter(|_| wait.op == FutexOp::Wait) else { continue };
        let Some(list) = wakes.get(&(r.pid, wait.addr)) else { continue };
        let mut candidates = list
            .iter()
            .filter(|(_, _, w)| w.entered < returned && w.exited.unwrap_or(u64::MAX) > wait.entered)
            .filter(|(k, _, _)| *k < i);
        let Some(&(first, waker, _)) = candidates.next() else { continue };
        if waker != r.tid && candidates.all(|(_, t, _)| *t == waker) {
            out.push((first, i));
        }
    }
    out
}

/// Which records of one process happen before which (see the module's documentation).
pub struct Order {
    /// Per record: its process's instance (a pid may be reused), its thread's slot in that
    /// instance's clocks (`None` for a process with one thread) and its place in its thread.
    at: Vec<(usize, Option<usize>, u32)>,
    /// The vector clock after each record of a process with several threads.
    clocks: HashMap<usize, Vec<u32>>,
}

impl Order {
    /// The order of `records`, with the futex edges `futex` (from [`futex_edges`]).
    pub fn new(records: &[Record], futex: &[(usize, usize)]) -> Order {
        // Instances of processes, and the threads each had.
        let mut instance: HashMap<i32, usize> = HashMap::new();
        let mut threads: Vec<Vec<i32>> = Vec::new();
        let mut of: Vec<usize> = Vec::with_capacity(records.len());
        for r in records {
            if matches!(r.kind, RecordKind::Began { .. }) || !instance.contains_key(&r.pid) {
                instance.insert(r.pid, threads.len());
                threads.push(Vec::new());
            }
            let k = instance[&r.pid];
            of.push(k);
            let tid = thread_of(r);
            if tid != 0 && !threads[k].contains(&tid) {
                threads[k].push(tid);
            }
        }
        let mut incoming: HashMap<usize, Vec<usize>> = HashMap::new();
        for &(wake, wait) in futex {
            incoming.entry(wait).or_default().push(wake);
        }
        // Slot 0 is the process as a whole (records of no thread: its end); threads follow.
        let mut cur: Vec<Vec<Vec<u32>>> = threads.iter().map(|t| vec![vec![0; t.len() + 1]; t.len() + 1]).collect();
        let mut seen: Vec<Vec<bool>> = threads.iter().map(|t| vec![false; t.len() + 1]).collect();
        let mut starts: HashMap<(usize, usize), Vec<u32>> = HashMap::new();
        let mut at = Vec::with_capacity(records.len());
        let mut clocks: HashMap<usize, Vec<u32>> = HashMap::new();
        let mut single_pos: HashMap<usize, u32> = HashMap::new();
        for (i, r) in records.iter().enumerate() {
            let k = of[i];
            if threads[k].len() <= 1 {
                let pos = single_pos.entry(k).or_default();
                *pos += 1;
                at.push((k, None, *pos));
                continue;
            }
            let tid = thread_of(r);
            let slot = threads[k].iter().position(|t| *t == tid).map_or(0, |p| p + 1);
            let mut clock = std::mem::take(&mut cur[k][slot]);
            if !seen[k][slot] {
                seen[k][slot] = true;
                if let Some(start) = starts.remove(&(k, slot)) {
                    join(&mut clock, &start);
                }
            }
            if slot == 0 || matches!(r.kind, RecordKind::Exec { .. }) {
                for other in &cur[k] {
                    join(&mut clock, other);
                }
            }
            for wake in incoming.get(&i).into_iter().flatten() {
                if let Some(c) = clocks.get(wake) {
                    join(&mut clock, c);
                }
            }
            clock[slot] += 1;
            at.push((k, Some(slot), clock[slot]));
            if let RecordKind::Thread { thread } = r.kind {
                if let Some(new) = threads[k].iter().position(|t| *t == thread) {
                    if !seen[k][new + 1] {
                        starts.insert((k, new + 1), clock.clone());
                    }
                }
            }
            clocks.insert(i, clock.clone());
            cur[k][slot] = clock;
        }
        Order { at, clocks }
    }

    /// Whether the process of `record` had several threads: only then can `before` differ
    /// from the records' order.
    pub fn threaded(&self, record: usize) -> bool {
        self.at.get(record).is_some_and(|(_, slot, _)| slot.is_some())
    }

    /// Whether record `a` happens before record `b` (or is `b`): both of one process.
    pub fn before(&self, a: usize, b: usize) -> bool {
        let ((ka, slot, pos), (kb, _, _)) = (self.at[a], self.at[b]);
        if ka != kb {
            return false;
        }
        match slot {
            None => a <= b,
            Some(slot) => self.clocks.get(&b).is_some_and(|c| c[slot] >= pos),
        }
    }
}

/// The thread of a record; 0 for the process as a whole.
fn thread_of(r: &Record) -> i32 {
    match r.kind {
        RecordKind::Ended { .. } | RecordKind::Orphaned | RecordKind::Began { .. } => 0,
        _ if r.tid == 0 => r.pid,
        _ => r.tid,
    }
}

fn join(into: &mut [u32], other: &[u32]) {
    for (a, b) in into.iter_mut().zip(other) {
        *a = (*a).max(*b);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const P: i32 = 10;

    fn rec(tid: i32, kind: RecordKind) -> Record {
        Record { pid: P, tid, time_ns: 0, kind }
    }
    fn futex(tid: i32, op: FutexOp, addr: u64, entered: u64, exited: Option<u64>, woke: Option<i64>) -> Record {
        rec(tid, RecordKind::Futex(Futex { op, addr, also: None, entered, exited, woke }))
    }
    fn line(tid: i32) -> Record {
        rec(tid, RecordKind::Write { fd: 1, data: b"x\n".to_vec() })
    }

    #[test]
    fn a_wake_that_overlapped_a_wait_orders_the_waker_before_the_waiter() {
        let records = vec![
            rec(0, RecordKind::Began { parent: 1 }),
            line(P),
            rec(P, RecordKind::Thread { thread: 11 }),
            line(P),
            futex(P, FutexOp::Wake, 0x100, 3, Some(4), Some(1)),
            futex(11, FutexOp::Wait, 0x100, 1, Some(5), None),
            line(11),
            line(P),
        ];
        let edges = futex_edges(&records);
        assert_eq!(edges, vec![(4, 5)]);
        let order = Order::new(&records, &edges);
        // Before the clone, and before the wake, then after the wait.
        assert!(order.before(1, 6));
        assert!(order.before(3, 6));
        // The main thread's later line is not ordered with the other thread's.
        assert!(!order.before(7, 6));
        assert!(!order.before(6, 7));
        // Without the futex edge the line before the wake is not ordered.
        let order = Order::new(&records, &[]);
        assert!(order.before(1, 6));
        assert!(!order.before(3, 6));
    }

    #[test]
    fn a_wake_that_woke_no_one_or_came_after_the_wait_or_from_two_threads_gives_no_edge() {
        let began = rec(0, RecordKind::Began { parent: 1 });
        // Returned 0: woke no one.
        let records = vec![
            began.clone(),
            futex(P, FutexOp::Wake, 0x100, 1, Some(2), Some(0)),
            futex(11, FutexOp::Wait, 0x100, 1, Some(5), None),
        ];
        assert_eq!(futex_edges(&records), vec![]);
        // Released after the wait returned.
        let records = vec![
            began.clone(),
            futex(11, FutexOp::Wait, 0x100, 1, Some(2), None),
            futex(P, FutexOp::Wake, 0x100, 3, Some(4), Some(1)),
        ];
        assert_eq!(futex_edges(&records), vec![]);
        // Returned before the wait began.
        let records = vec![
            began.clone(),
            futex(P, FutexOp::Wake, 0x100, 1, Some(2), Some(1)),
            futex(11, FutexOp::Wait, 0x100, 3, Some(5), None),
        ];
        assert_eq!(futex_edges(&records), vec![]);
        // Two threads' wakes overlapped it: either may have woken it.
        let records = vec![
            began.clone(),
            futex(P, FutexOp::Wake, 0x100, 2, Some(4), Some(1)),
            futex(12, FutexOp::Wake, 0x100, 3, Some(6), Some(1)),
            futex(11, FutexOp::Wait, 0x100, 1, Some(5), None),
        ];
        assert_eq!(futex_edges(&records), vec![]);
        // Another address, or a process that requeues.
        let records = vec![
            began.clone(),
            futex(P, FutexOp::Wake, 0x200, 2, Some(4), Some(1)),
            futex(11, FutexOp::Wait, 0x100, 1, Some(5), None),
        ];
        assert_eq!(futex_edges(&records), vec![]);
        let records = vec![
            began,
            rec(P, RecordKind::Requeued),
            futex(P, FutexOp::Wake, 0x100, 2, Some(4), Some(1)),
            futex(11, FutexOp::Wait, 0x100, 1, Some(5), None),
        ];
        assert_eq!(futex_edges(&records), vec![]);
    }

    #[test]
    fn a_single_threaded_process_is_in_program_order_and_an_end_follows_every_thread() {
        let records = vec![rec(0, RecordKind::Began { parent: 1 }), line(P), line(P)];
        let order = Order::new(&records, &[]);
        assert!(order.before(1, 2) && !order.before(2, 1));
        let records = vec![
            rec(0, RecordKind::Began { parent: 1 }),
            rec(P, RecordKind::Thread { thread: 11 }),
            line(11),
            line(P),
            rec(0, RecordKind::Ended { ending: crate::trace::Ending::Exited(0) }),
        ];
        let order = Order::new(&records, &[]);
        assert!(order.before(2, 4) && order.before(3, 4));
        assert!(!order.before(2, 3) && !order.before(3, 2));
    }

    #[test]
    fn only_private_waits_and_wakes_count_and_requeues_are_noticed() {
        let private = libc::FUTEX_PRIVATE_FLAG as u64;
        assert_eq!(classify(8, libc::FUTEX_WAIT as u64 | private, 0), FutexCall::Wait(8));
        assert_eq!(classify(8, libc::FUTEX_WAIT_BITSET as u64 | private, 0), FutexCall::Wait(8));
        assert_eq!(classify(8, libc::FUTEX_WAIT as u64, 0), FutexCall::Other);
        assert_eq!(classify(8, libc::FUTEX_WAKE as u64 | private, 0), FutexCall::Wake(8, None));
        assert_eq!(classify(8, libc::FUTEX_WAKE_OP as u64 | private, 16), FutexCall::Wake(8, Some(16)));
        assert_eq!(classify(8, libc::FUTEX_CMP_REQUEUE as u64, 16), FutexCall::Requeue);
        assert_eq!(classify(8, libc::FUTEX_LOCK_PI as u64 | private, 0), FutexCall::Other);
    }
}
