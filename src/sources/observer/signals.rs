//! Signals sent between the processes of an observed program, and the edges they carry: a
//! signal's delivery happens after the `kill` that sent it, so what the sender did before its
//! `kill` happens before what the receiving thread does after the delivery (a handler's lines,
//! the lines after a `sigwait` or `pause`).
//!
//! The filter stops at the calls that send a signal to another task ([`CALLS`]); the tracer
//! records each at its entry (`RecordKind::Kill`, with the signal and, when the call names it,
//! the target process), which costs one stop per call and they are rare. The kernel stops a
//! traced task at each signal on its way to it (the signal-delivery-stop the tracer already
//! passes the signal on from); one sent by a system call carries its sender's pid in its
//! `siginfo` (`si_code` `SI_USER` or `SI_TKILL`: never one the kernel made, a `SIGCHLD`,
//! `SIGSEGV` or `SIGPIPE`), and the tracer records it (`RecordKind::Delivered`). The calls that
//! let the caller write the siginfo, sender included (`sigqueue`), are refused when they could
//! forge a sender ([`may_forge_its_sender`]), and name none otherwise.
//!
//! # Which edges are certain
//!
//! A delivery of signal `s` from process `S` to process `T` was caused by some call of `S`
//! sending `s` that may have `T` as its target (names `T`, or a group or pidfd the tracer does
//! not resolve) and that the tracer had released from its entry before it saw the delivery:
//! the candidates. Which one is not known: the tracer does not see when a call runs in the
//! kernel, and standard signals coalesce, so a second `kill` may have been merged into the
//! first's delivery, and one released before an earlier delivery may have run after it. But
//! every candidate came after the first candidate, when they were all made by one thread: an
//! edge from that thread's records up to the first candidate to the receiving thread's records
//! from the delivery on. Candidates of two threads give no edge; a process signalling itself
//! gives none (it is no edge between processes). One `kill` and one delivery, the usual
//! exercise, get the exact edge; a process that signals another over and over gets an edge
//! from its first such `kill` only, which is weaker than the truth, never wrong.
//!
//! Not seen: `SIGKILL` and a `SIGSTOP` never stop at delivery (the process just dies, or
//! stops); a signal sent to a process group is matched to every process that gets it, but a
//! group's members are not named at the `kill`; signals sent by the kernel (a timer, a child's
//! end, a fault) name no sender in the program.

use super::{Record, RecordKind};

/// The system calls that send a signal, which the filter stops at.
pub const CALLS: [libc::c_long; 6] = [
    libc::SYS_kill,
    libc::SYS_tgkill,
    libc::SYS_tkill,
    libc::SYS_rt_sigqueueinfo,
    libc::SYS_rt_tgsigqueueinfo,
    libc::SYS_pidfd_send_signal,
];

/// The target a call of [`CALLS`] names, at its entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// A process (thread group), by its id.
    Process(i32),
    /// A thread, by its id (`tkill`): the tracer knows its process.
    Thread(i32),
    /// A process group, every process, or a pidfd: not resolved.
    Unknown,
}

/// The signal and the target of a call of [`CALLS`] with these arguments; `None` for a call
/// that sends no signal (signal 0 asks whether the target exists).
pub fn sent(nr: i64, args: &[u64; 6]) -> Option<(i32, Target)> {
    let int = |a: u64| a as i32;
    let (signal, target) = match nr {
        libc::SYS_kill if int(args[0]) > 0 => (int(args[1]), Target::Process(int(args[0]))),
        libc::SYS_kill => (int(args[1]), Target::Unknown),
        libc::SYS_tkill => (int(args[1]), Target::Thread(int(args[0]))),
        libc::SYS_tgkill => (int(args[2]), Target::Process(int(args[0]))),
        libc::SYS_rt_sigqueueinfo => (int(args[1]), Target::Process(int(args[0]))),
        libc::SYS_rt_tgsigqueueinfo => (int(args[2]), Target::Process(int(args[0]))),
        libc::SYS_pidfd_send_signal => (int(args[1]), Target::Unknown),
        _ => return None,
    };
    (signal > 0).then_some((signal, target))
}

/// Whether a call of [`CALLS`] with these arguments, made by a thread of process `caller`,
/// could name a sender that never sent its signal: one that hands the kernel a siginfo of its
/// own (`rt_sigqueueinfo`, `rt_tgsigqueueinfo`: `sigqueue`; `pidfd_send_signal` with one) to
/// the caller's own process, for which the kernel accepts any `si_code` (a process could
/// deliver itself a signal "from" another: tests/fixtures/attacks/round4/forged_sender.py), or
/// to a pidfd the tracer does not resolve. The tracer refuses these calls (`EPERM`). A
/// `sigqueue` to another process is let through (red team round 21: a right program that
/// `sigqueue`s its child a value lost the signal): the kernel refuses it any `si_code` a call
/// of `kill` or `tgkill` makes (`SI_USER`, `SI_TKILL`), so its delivery names no sender
/// ([`from_a_call`]) and orders nothing, but it arrives.
pub fn may_forge_its_sender(nr: i64, args: &[u64; 6], caller: i32) -> bool {
    match nr {
        libc::SYS_rt_sigqueueinfo | libc::SYS_rt_tgsigqueueinfo => {
            let target = args[0] as i32;
            target <= 0 || target == caller
        }
        libc::SYS_pidfd_send_signal => args[2] != 0,
        _ => false,
    }
}

/// Whether a signal with this `si_code` was sent by a system call whose `si_pid` the kernel
/// wrote: `kill` (`SI_USER`), `tgkill`/`tkill` (`SI_TKILL`). A `SI_QUEUE` signal's sender is
/// the caller's word ([`may_forge_its_sender`]), so it names none.
pub fn from_a_call(si_code: i32) -> bool {
    const SI_USER: i32 = 0;
    const SI_TKILL: i32 = -6;
    matches!(si_code, SI_USER | SI_TKILL)
}

/// The edges the signal records of a run carry, as pairs of record indices `(kill, delivery)`
/// (see the module's documentation). One pass: per sender, signal and named target (or none),
/// the first kill seen so far and whether every later one came from its thread; a delivery
/// combines the entries of its own process and of no named target. (Looking back over every
/// earlier record for each delivery took 13 minutes after a run of 566,000 delivered kills:
/// red team round 9.)
pub fn edges(records: &[Record]) -> Vec<(usize, usize)> {
    use std::collections::HashMap;
    /// The first kill of a kind, its thread, and whether every kill of that kind since came
    /// from that thread.
    struct Seen {
        first: usize,
        tid: i32,
        one_thread: bool,
    }
    let mut seen: HashMap<(i32, i32, Option<i32>), Seen> = HashMap::new();
    let mut out = Vec::new();
    for (i, r) in records.iter().enumerate() {
        match r.kind {
            RecordKind::Kill { signal, target } => {
                let entry =
                    seen.entry((r.pid, signal, target)).or_insert(Seen { first: i, tid: r.tid, one_thread: true });
                entry.one_thread &= entry.tid == r.tid;
            }
            RecordKind::Delivered { signal, from } if from != r.pid => {
                let named = seen.get(&(from, signal, Some(r.pid)));
                let any = seen.get(&(from, signal, None));
                let (first, one_thread) = match (named, any) {
                    (None, None) => continue,
                    (Some(k), None) | (None, Some(k)) => (k.first, k.one_thread),
                    (Some(a), Some(b)) => (a.first.min(b.first), a.one_thread && b.one_thread && a.tid == b.tid),
                };
                if one_thread {
                    out.push((first, i));
                }
            }
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kill(pid: i32, tid: i32, signal: i32, target: Option<i32>) -> Record {
        Record { pid, tid, time_ns: 0, kind: RecordKind::Kill { signal, target } }
    }
    fn delivered(pid: i32, signal: i32, from: i32) -> Record {
        Record { pid, tid: pid, time_ns: 0, kind: RecordKind::Delivered { signal, from } }
    }

    #[test]
    fn a_delivery_follows_the_first_kill_that_may_have_sent_it() {
        let records = vec![kill(1, 1, 10, Some(2)), kill(1, 1, 10, Some(2)), delivered(2, 10, 1)];
        assert_eq!(edges(&records), vec![(0, 2)]);
        // A group's kill may be it too; another signal, target or sender is not.
        let records = vec![
            kill(1, 1, 12, Some(2)),
            kill(1, 1, 10, Some(3)),
            kill(4, 4, 10, Some(2)),
            kill(1, 1, 10, None),
            delivered(2, 10, 1),
        ];
        assert_eq!(edges(&records), vec![(3, 4)]);
    }

    #[test]
    fn no_edge_without_a_kill_before_from_two_threads_or_to_oneself() {
        assert_eq!(edges(&[delivered(2, 10, 1), kill(1, 1, 10, Some(2))]), vec![]);
        assert_eq!(edges(&[kill(1, 1, 10, Some(2)), kill(1, 5, 10, Some(2)), delivered(2, 10, 1)]), vec![]);
        assert_eq!(edges(&[kill(2, 2, 10, Some(2)), delivered(2, 10, 2)]), vec![]);
    }

    /// The definition, looking back from each delivery: what the one pass must give.
    fn edges_by_looking_back(records: &[Record]) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        for (d, r) in records.iter().enumerate() {
            let RecordKind::Delivered { signal, from } = r.kind else { continue };
            if from == r.pid {
                continue;
            }
            let mut candidates = records[..d].iter().enumerate().filter(|(_, k)| {
                k.pid == from
                    && matches!(k.kind, RecordKind::Kill { signal: s, target } if s == signal
                        && target.is_none_or(|t| t == r.pid))
            });
            let Some((first, sender)) = candidates.next() else { continue };
            if candidates.all(|(_, k)| k.tid == sender.tid) {
                out.push((first, d));
            }
        }
        out
    }

    #[test]
    fn one_pass_gives_the_edges_of_looking_back_from_each_delivery() {
        let mut state = 0x2545_f491_4f6c_dd1d_u64;
        let mut next = |n: u64| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state % n) as i32
        };
        for _ in 0..500 {
            let records: Vec<Record> = (0..40)
                .map(|_| {
                    let pid = 1 + next(3);
                    let signal = 10 + next(2);
                    if next(2) == 0 {
                        let target = [None, Some(1), Some(2), Some(3)][next(4) as usize];
                        kill(pid, pid + 10 * next(2), signal, target)
                    } else {
                        delivered(pid, signal, 1 + next(3))
                    }
                })
                .collect();
            assert_eq!(edges(&records), edges_by_looking_back(&records), "{records:?}");
        }
    }

    #[test]
    fn the_calls_name_their_signal_and_target() {
        let args = |a: i64, b: i64, c: i64| [a as u64, b as u64, c as u64, 0, 0, 0];
        assert_eq!(sent(libc::SYS_kill, &args(7, 10, 0)), Some((10, Target::Process(7))));
        assert_eq!(sent(libc::SYS_kill, &args(-7, 10, 0)), Some((10, Target::Unknown)));
        assert_eq!(sent(libc::SYS_kill, &args(7, 0, 0)), None);
        assert_eq!(sent(libc::SYS_tkill, &args(8, 15, 0)), Some((15, Target::Thread(8))));
        assert_eq!(sent(libc::SYS_tgkill, &args(7, 8, 15)), Some((15, Target::Process(7))));
        assert_eq!(sent(libc::SYS_pidfd_send_signal, &args(3, 2, 0)), Some((2, Target::Unknown)));
        assert!(from_a_call(0) && from_a_call(-6) && !from_a_call(-1) && !from_a_call(1) && !from_a_call(0x80));
        let info = |target: u64, p: u64| [target, 10, p, 0, 0, 0];
        // To the caller's own process (3) or to none: refused; to another (7): let through.
        assert!(may_forge_its_sender(libc::SYS_rt_sigqueueinfo, &info(3, 0), 3));
        assert!(may_forge_its_sender(libc::SYS_rt_tgsigqueueinfo, &info(3, 0), 3));
        assert!(may_forge_its_sender(libc::SYS_rt_sigqueueinfo, &info(0, 0), 3));
        assert!(!may_forge_its_sender(libc::SYS_rt_sigqueueinfo, &info(7, 0), 3));
        assert!(!may_forge_its_sender(libc::SYS_rt_tgsigqueueinfo, &info(7, 0), 3));
        assert!(may_forge_its_sender(libc::SYS_pidfd_send_signal, &info(3, 0x7ff0_0000), 3));
        assert!(!may_forge_its_sender(libc::SYS_pidfd_send_signal, &info(3, 0), 3));
        assert!(!may_forge_its_sender(libc::SYS_kill, &info(3, 0), 3));
    }
}
