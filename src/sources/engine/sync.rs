//! Locks, semaphores, events, barriers and shared integers: words in a memfd mapped by every
//! process that uses them, with futexes to sleep on, as the queue rings are (`ring`).
//!
//! Each object is one memfd: a few counters, each on a cache line of its own, and a table of
//! stamps. A stamp is the pid and event sequence number of the operation that let another
//! one proceed (a release, a set, an arrival at a barrier); the process that proceeds reads
//! it and records it in its event, which is how the trace draws its causal edge. No lock
//! guards anything here: every change is one atomic instruction, and the kernel is asked only
//! to put a process to sleep (FUTEX_WAIT on a counter it saw) or to wake the sleepers
//! (FUTEX_WAKE after changing that counter), so a wake-up is never lost: a process sleeps
//! only while the counter still holds the value that made it decide to sleep.
//!
//! - A lock is a semaphore with one permit that refuses a release while it is not held.
//! - A semaphore counts acquisitions `a` and releases `r`; acquisition number `a` may proceed
//!   while `a < initial + r`, and it took the permit of release number `a - initial` (none,
//!   when `a < initial`: an initial permit). Both counters only grow, so the condition, once
//!   true, stays true until another acquirer wins `a` by compare-and-swap.
//! - An event is one word: the number of sets that found it clear, shifted left, and the flag
//!   in bit 0. A wait that finds the flag up took the stamp of the set that raised it.
//! - A barrier counts arrivals; arrival `k` belongs to round `k / parties`, and the last
//!   arrival of a round raises the count of finished rounds, which the others sleep on.
//! - A bounded semaphore (and a lock) refuses a release that would raise its count above the
//!   initial one: one whose number `r` is not below the acquisitions `a` so far.
//! - A condition variable counts the tickets of its waiters and how many were notified: a
//!   waiter takes ticket `t` (holding the lock), releases the lock, and sleeps until `t` was
//!   notified; a notify raises the notified count (by one, or up to the tickets taken) by
//!   compare-and-swap and publishes its stamp under every ticket it woke.
//! - A joinable queue's unfinished tasks are a count raised by each put and lowered by each
//!   `task_done`; the `task_done` that lowers it from 1 first marks it closing, numbers the
//!   time it reached zero (another word), publishes its stamp under that number, and only then
//!   lets the count read 0, so a `join` that sees 0 always finds the stamp of the `task_done`
//!   that brought it there, or of a later one.
//! - A shared integer is one 64-bit word; a non-atomic `add` reads it, yields the processor,
//!   and writes, so that two processes adding at once lose an update as real code does.

use nix::errno::Errno;
use std::os::fd::{AsRawFd, IntoRawFd, RawFd};
use std::sync::atomic::{AtomicI32, AtomicI64, AtomicU32, Ordering};

/// Bytes of the counters before the stamp table; each counter has its own cache line.
const HEADER: usize = 256;
/// Offsets of the counters.
const WORD_A: usize = 64;
const WORD_B: usize = 128;
/// A shared integer's value: a word of its own, so that the other objects' counters start
/// at zero whatever their parameter.
const WORD_C: usize = 192;
/// Offset of the fixed parameter (initial permits, parties).
const PARAM: usize = 0;
/// Stamps kept: a stamp is overwritten only after this many later ones, long after the
/// process that needs it has read it (a barrier's parties are bounded well below this).
pub const STAMPS: u32 = 1024;
/// Bytes of a stamp: tag, pid, sequence number, padding.
const STAMP: usize = 16;
const LEN: usize = HEADER + STAMPS as usize * STAMP;

/// A joinable queue's count while the `task_done` that brought it from 1 publishes its stamp.
const CLOSING: u32 = 1 << 31;

/// The pid and event sequence number of an operation.
pub type Stamp = (i32, u32);

/// Why a synchronization operation could not be done.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// A lock released while nobody holds it (or, for a re-entrant lock or a condition, while
    /// this process does not hold it).
    NotHeld,
    /// A bounded semaphore released more often than acquired: its count would rise above its
    /// initial count.
    AboveInitial(u32),
    /// A `task_done` with no unfinished task left on the joinable queue.
    NoTask,
    /// An addition or write beyond the 64-bit range.
    Overflow,
    /// The kernel refused a futex call.
    Os(Errno),
}

impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Refusal::NotHeld => f.write_str("it is not held: release a lock only after acquiring it"),
            Refusal::AboveInitial(n) => write!(
                f,
                "the release would raise its count above its initial value {n}: a bounded semaphore is released \
                 at most as often as it was acquired"
            ),
            Refusal::NoTask => f.write_str(
                "no task of it is unfinished: call task_done once for each item taken, after its work, and \
                 not more often than items were put",
            ),
            Refusal::Overflow => f.write_str("the result is beyond the 64-bit range"),
            Refusal::Os(e) => write!(f, "{e}"),
        }
    }
}

/// One process's handle on a shared object. The mapping is never unmapped: it lives as long
/// as the process, and forked children inherit it at the same address.
#[derive(Debug, Clone, Copy)]
pub struct SyncObject {
    base: *mut u8,
    fd: RawFd,
}

impl SyncObject {
    /// Makes an object in a new memfd that children inherit; `param` is a semaphore's initial
    /// count (1 for a lock), a barrier's parties, or a shared integer's initial value.
    pub fn create(param: i64) -> Result<SyncObject, Errno> {
        // Not close-on-exec: spawned images map the same memory from this descriptor.
        let fd = nix::sys::memfd::memfd_create(c"procscen-sync", nix::sys::memfd::MemFdCreateFlag::empty())?;
        nix::unistd::ftruncate(&fd, LEN as i64)?;
        let object = SyncObject::map(fd.into_raw_fd())?;
        // SAFETY: the mapping is LEN bytes long, fresh and not yet shared with any process;
        // PARAM is an 8-byte aligned offset inside it.
        unsafe {
            (object.base.add(PARAM) as *mut i64).write(param);
        }
        // Only a shared integer reads WORD_C; for the others it is unused.
        object.integer().store(param, Ordering::SeqCst);
        Ok(object)
    }

    /// Maps the object of an inherited memfd (in a spawned image).
    pub fn open(fd: RawFd) -> Result<SyncObject, Errno> {
        // SAFETY: `fd` is a descriptor this image inherited and does not close; it is only
        // borrowed for the call.
        let borrowed = unsafe { std::os::fd::BorrowedFd::borrow_raw(fd) };
        if (nix::sys::stat::fstat(borrowed.as_raw_fd())?.st_size as usize) < LEN {
            return Err(Errno::EINVAL);
        }
        SyncObject::map(fd)
    }

    fn map(fd: RawFd) -> Result<SyncObject, Errno> {
        // SAFETY: a fresh shared mapping of LEN bytes of the memfd; nothing else in this
        // process refers to that address range.
        let base = unsafe {
            libc::mmap(std::ptr::null_mut(), LEN, libc::PROT_READ | libc::PROT_WRITE, libc::MAP_SHARED, fd, 0)
        };
        if base == libc::MAP_FAILED {
            return Err(Errno::last());
        }
        Ok(SyncObject { base: base as *mut u8, fd })
    }

    /// The memfd, to hand to spawned images.
    pub fn fd(&self) -> RawFd {
        self.fd
    }

    fn param(&self) -> i64 {
        // SAFETY: PARAM is inside the mapping and aligned; it is written once, before the
        // object is shared, and only read afterwards.
        unsafe { (self.base.add(PARAM) as *const i64).read() }
    }

    fn word(&self, offset: usize) -> &AtomicU32 {
        // SAFETY: `offset` is one of the 4-byte aligned counter offsets inside the mapping,
        // which lives as long as the process; the word is only accessed atomically.
        unsafe { &*(self.base.add(offset) as *const AtomicU32) }
    }

    fn integer(&self) -> &AtomicI64 {
        // SAFETY: WORD_C is 8-byte aligned inside the mapping, which lives as long as the
        // process; the word is only accessed atomically.
        unsafe { &*(self.base.add(WORD_C) as *const AtomicI64) }
    }

    /// The tag, pid and sequence number words of stamp `k`.
    fn stamp_words(&self, k: u32) -> (&AtomicU32, &AtomicI32, &AtomicU32) {
        let at = HEADER + (k % STAMPS) as usize * STAMP;
        // SAFETY: the stamp's 12 bytes are inside the mapping (k % STAMPS < STAMPS) and 4-byte
        // aligned; they are only accessed atomically.
        unsafe {
            (
                &*(self.base.add(at) as *const AtomicU32),
                &*(self.base.add(at + 4) as *const AtomicI32),
                &*(self.base.add(at + 8) as *const AtomicU32),
            )
        }
    }

    /// Publishes stamp number `k`: the pid and sequence first, then the tag `k + 1` that
    /// says they are complete, then wakes whoever waits for it.
    fn publish(&self, k: u32, stamp: Stamp) {
        let (tag, pid, seq) = self.stamp_words(k);
        // Invalidate first, so that a reader of an older stamp in this slot sees the change.
        tag.store(0, Ordering::SeqCst);
        pid.store(stamp.0, Ordering::SeqCst);
        seq.store(stamp.1, Ordering::SeqCst);
        tag.store(k.wrapping_add(1), Ordering::SeqCst);
        futex_wake_all(tag);
    }

    /// Reads stamp number `k`, waiting until it is published; `None` when it was overwritten
    /// by a later one before this process read it.
    fn stamp(&self, k: u32) -> Result<Option<Stamp>, Refusal> {
        let (tag, pid, seq) = self.stamp_words(k);
        let want = k.wrapping_add(1);
        loop {
            let t = tag.load(Ordering::SeqCst);
            if t == want {
                let stamp = (pid.load(Ordering::SeqCst), seq.load(Ordering::SeqCst));
                // The slot may have been rewritten while it was read: then the tag changed.
                if tag.load(Ordering::SeqCst) == want {
                    return Ok(Some(stamp));
                }
                return Ok(None);
            }
            if t != 0 && t.wrapping_sub(want) < u32::MAX / 2 {
                return Ok(None);
            }
            // The writer is between its atomic increment and its publication: it is running
            // and does not block in between, so this sleep is short.
            futex_wait(tag, t)?;
        }
    }

    /// Acquires a permit of a lock or semaphore; returns the stamp of the release whose
    /// permit it took. `before_blocking` runs once, when the process is about to sleep.
    pub fn acquire(&self, before_blocking: &mut dyn FnMut()) -> Result<Option<Stamp>, Refusal> {
        let (acquired, released) = (self.word(WORD_A), self.word(WORD_B));
        let initial = self.param() as u64;
        let mut told = false;
        let ticket = loop {
            let r = released.load(Ordering::SeqCst);
            let a = acquired.load(Ordering::SeqCst);
            if u64::from(a) < initial + u64::from(r) {
                if acquired.compare_exchange(a, a + 1, Ordering::SeqCst, Ordering::SeqCst).is_ok() {
                    break a;
                }
                continue;
            }
            if !told {
                told = true;
                before_blocking();
            }
            futex_wait(released, r)?;
        };
        if u64::from(ticket) < initial {
            return Ok(None);
        }
        self.stamp(ticket - initial as u32)
    }

    /// Releases a permit; a lock or bounded semaphore (`bounded`: the refusal to give) refuses
    /// when its count would rise above its initial count: when this release's number is not
    /// below the acquisitions so far (those only grow, so the answer cannot turn stale).
    pub fn release(&self, stamp: Stamp, bounded: Option<Refusal>) -> Result<(), Refusal> {
        let (acquired, released) = (self.word(WORD_A), self.word(WORD_B));
        let index = loop {
            let r = released.load(Ordering::SeqCst);
            if let Some(refusal) = bounded {
                if r >= acquired.load(Ordering::SeqCst) {
                    return Err(refusal);
                }
            }
            if released.compare_exchange(r, r + 1, Ordering::SeqCst, Ordering::SeqCst).is_ok() {
                break r;
            }
        };
        futex_wake_all(released);
        self.publish(index, stamp);
        Ok(())
    }

    /// Sets an event; returns whether it was clear (and so this set woke its waiters).
    pub fn set(&self, stamp: Stamp) -> bool {
        let state = self.word(WORD_A);
        loop {
            let s = state.load(Ordering::SeqCst);
            if s & 1 == 1 {
                return false;
            }
            let sets = s >> 1;
            if state.compare_exchange(s, ((sets + 1) << 1) | 1, Ordering::SeqCst, Ordering::SeqCst).is_ok() {
                // Waiters that see the flag wait for this stamp; publish it before waking them.
                self.publish(sets, stamp);
                futex_wake_all(state);
                return true;
            }
        }
    }

    /// Clears an event.
    pub fn clear(&self) {
        self.word(WORD_A).fetch_and(!1, Ordering::SeqCst);
    }

    /// Waits until an event is set; returns the stamp of the set that raised it.
    pub fn wait_event(&self, before_blocking: &mut dyn FnMut()) -> Result<Option<Stamp>, Refusal> {
        let state = self.word(WORD_A);
        let mut told = false;
        loop {
            let s = state.load(Ordering::SeqCst);
            if s & 1 == 1 {
                return self.stamp((s >> 1) - 1);
            }
            if !told {
                told = true;
                before_blocking();
            }
            futex_wait(state, s)?;
        }
    }

    /// Waits at a barrier; `stamp` is this arrival. Returns the round and the stamps of
    /// every arrival of that round (the ones already overwritten left out).
    pub fn wait_barrier(&self, stamp: Stamp, before_blocking: &mut dyn FnMut()) -> Result<(u32, Vec<Stamp>), Refusal> {
        let (arrived, rounds) = (self.word(WORD_A), self.word(WORD_B));
        let parties = self.param() as u32;
        let k = arrived.fetch_add(1, Ordering::SeqCst);
        let round = k / parties;
        self.publish(k, stamp);
        if k % parties == parties - 1 {
            // Rounds can finish out of order (the last arrival of round 1 can get here before
            // that of round 0), so the count only ever rises to the highest round finished.
            rounds.fetch_max(round + 1, Ordering::SeqCst);
            futex_wake_all(rounds);
        } else {
            let mut told = false;
            loop {
                let done = rounds.load(Ordering::SeqCst);
                if done > round {
                    break;
                }
                if !told {
                    told = true;
                    before_blocking();
                }
                futex_wait(rounds, done)?;
            }
        }
        let mut arrivals = Vec::with_capacity(parties as usize);
        for i in round * parties..(round + 1) * parties {
            if let Some(s) = self.stamp(i)? {
                arrivals.push(s);
            }
        }
        Ok((round, arrivals))
    }

    /// Takes a ticket to wait on a condition (the caller holds its lock, and releases it next).
    pub fn condition_ticket(&self) -> u32 {
        self.word(WORD_A).fetch_add(1, Ordering::SeqCst)
    }

    /// Sleeps until condition ticket `ticket` was notified; returns the notify's stamp.
    pub fn condition_sleep(&self, ticket: u32, before_blocking: &mut dyn FnMut()) -> Result<Option<Stamp>, Refusal> {
        let notified = self.word(WORD_B);
        let mut told = false;
        loop {
            let n = notified.load(Ordering::SeqCst);
            // Tickets wrap after 2^32 waits; the difference still orders them.
            if n.wrapping_sub(ticket).wrapping_sub(1) < u32::MAX / 2 {
                break;
            }
            if !told {
                told = true;
                before_blocking();
            }
            futex_wait(notified, n)?;
        }
        self.stamp(ticket)
    }

    /// Notifies up to `most` waiters of a condition (the oldest tickets not yet notified);
    /// returns how many it woke.
    pub fn notify(&self, stamp: Stamp, most: Option<u32>) -> u32 {
        let (tickets, notified) = (self.word(WORD_A), self.word(WORD_B));
        loop {
            let n = notified.load(Ordering::SeqCst);
            let waiting = tickets.load(Ordering::SeqCst).wrapping_sub(n);
            let woke = most.map_or(waiting, |m| m.min(waiting));
            if woke == 0 {
                return 0;
            }
            if notified.compare_exchange(n, n.wrapping_add(woke), Ordering::SeqCst, Ordering::SeqCst).is_ok() {
                // The woken read their stamp after seeing the count; `stamp` waits for it.
                for t in 0..woke {
                    self.publish(n.wrapping_add(t), stamp);
                }
                futex_wake_all(notified);
                return woke;
            }
        }
    }

    /// Counts a task put into a joinable queue (before the item becomes visible, so that its
    /// `task_done` can never come first).
    pub fn task_put(&self, before_blocking: &mut dyn FnMut()) -> Result<(), Refusal> {
        let count = self.word(WORD_A);
        loop {
            let c = count.load(Ordering::SeqCst);
            if c == CLOSING {
                // A `task_done` is publishing its stamp: it runs and does not block meanwhile.
                before_blocking();
                futex_wait(count, c)?;
                continue;
            }
            if c == CLOSING - 1 {
                return Err(Refusal::Overflow);
            }
            if count.compare_exchange(c, c + 1, Ordering::SeqCst, Ordering::SeqCst).is_ok() {
                return Ok(());
            }
        }
    }

    /// Takes back the count of a put that timed out.
    pub fn task_unput(&self) {
        let count = self.word(WORD_A);
        loop {
            let c = count.load(Ordering::SeqCst);
            if c == CLOSING {
                // Only a `task_done` too many (for an item never put) gets here: it is
                // publishing and does not block. An error of the futex just means look again.
                let _ = futex_wait(count, c);
                continue;
            }
            if c == 0 {
                return;
            }
            if count.compare_exchange(c, c - 1, Ordering::SeqCst, Ordering::SeqCst).is_ok() {
                if c == 1 {
                    futex_wake_all(count);
                }
                return;
            }
        }
    }

    /// Marks a task of a joinable queue done; returns whether it was the last unfinished one
    /// (and so released the joins waiting), and the number of the time the count reached (or
    /// will next reach) zero: the `task_done` that brings it there read this one's decrement
    /// (every change of the count is one atomic read-modify-write), so this one happens
    /// before it.
    pub fn task_done(&self, stamp: Stamp) -> Result<(bool, u32), Refusal> {
        let (count, zeros) = (self.word(WORD_A), self.word(WORD_B));
        loop {
            let c = count.load(Ordering::SeqCst);
            if c == 0 || c == CLOSING {
                return Err(Refusal::NoTask);
            }
            let next = if c == 1 { CLOSING } else { c - 1 };
            if count.compare_exchange(c, next, Ordering::SeqCst, Ordering::SeqCst).is_ok() {
                if c > 1 {
                    // The count was above 1, so the last time it reached zero is numbered
                    // already; a later number read here is of a closing after this decrement,
                    // which happens after it as well.
                    return Ok((false, zeros.load(Ordering::SeqCst)));
                }
                // Only this process can leave CLOSING: the number and the stamp are in place
                // before any join can see the count at 0.
                let k = zeros.fetch_add(1, Ordering::SeqCst);
                self.publish(k, stamp);
                count.store(0, Ordering::SeqCst);
                futex_wake_all(count);
                return Ok((true, k));
            }
        }
    }

    /// Waits until a joinable queue has no unfinished task; returns the stamp of the
    /// `task_done` that brought the count to zero (`None` when none ever did: nothing was put).
    pub fn join_tasks(&self, before_blocking: &mut dyn FnMut()) -> Result<Option<Stamp>, Refusal> {
        let (count, zeros) = (self.word(WORD_A), self.word(WORD_B));
        let mut told = false;
        loop {
            let c = count.load(Ordering::SeqCst);
            if c == 0 {
                // The number is read after the 0: it is that of the `task_done` that made it,
                // or of a later one, which happened before this read too.
                let k = zeros.load(Ordering::SeqCst);
                if k == 0 {
                    return Ok(None);
                }
                return self.stamp(k - 1);
            }
            if !told {
                told = true;
                before_blocking();
            }
            futex_wait(count, c)?;
        }
    }

    /// The shared integer's value.
    pub fn read(&self) -> i64 {
        self.integer().load(Ordering::SeqCst)
    }

    /// Writes the shared integer.
    pub fn write(&self, value: i64) {
        self.integer().store(value, Ordering::SeqCst);
    }

    /// Adds `delta`; returns the value before and after. Not `atomic`: a read, a yield of the
    /// processor (where a preempted thread would lose it), then a write of the sum, so an
    /// addition by another process in between is overwritten: the lost update.
    pub fn add(&self, delta: i64, atomic: bool) -> Result<(i64, i64), Refusal> {
        let word = self.integer();
        if atomic {
            let before = word
                .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |v| v.checked_add(delta))
                .map_err(|_| Refusal::Overflow)?;
            return Ok((before, before + delta));
        }
        let before = word.load(Ordering::SeqCst);
        let after = before.checked_add(delta).ok_or(Refusal::Overflow)?;
        std::thread::yield_now();
        word.store(after, Ordering::SeqCst);
        Ok((before, after))
    }
}

/// Sleeps on `word` while it holds `seen` (or until a signal).
fn futex_wait(word: &AtomicU32, seen: u32) -> Result<(), Refusal> {
    // SAFETY: `word` is a live 4-byte atomic in shared memory; FUTEX_WAIT (not private: the
    // word is shared between processes) only reads it; no timeout is passed.
    let r = unsafe {
        libc::syscall(libc::SYS_futex, word.as_ptr(), libc::FUTEX_WAIT, seen, std::ptr::null::<libc::timespec>())
    };
    if r == -1 {
        match Errno::last() {
            // EAGAIN: the word changed before we slept; EINTR: a signal. Both mean look again.
            Errno::EAGAIN | Errno::EINTR => {}
            e => return Err(Refusal::Os(e)),
        }
    }
    Ok(())
}

/// Wakes every process sleeping on `word`.
fn futex_wake_all(word: &AtomicU32) {
    // SAFETY: `word` is a live atomic in shared memory; FUTEX_WAKE does not access it.
    unsafe {
        libc::syscall(libc::SYS_futex, word.as_ptr(), libc::FUTEX_WAKE, i32::MAX);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_semaphore_hands_each_release_to_one_acquire() {
        let sem = SyncObject::create(1).expect("semaphore");
        let mut nothing = || {};
        assert_eq!(sem.acquire(&mut nothing), Ok(None), "the initial permit");
        sem.release((7, 3), None).expect("release");
        assert_eq!(sem.acquire(&mut nothing), Ok(Some((7, 3))), "the permit of the release");
    }

    #[test]
    fn a_lock_refuses_a_release_while_free() {
        let lock = SyncObject::create(1).expect("lock");
        assert_eq!(lock.release((1, 1), Some(Refusal::NotHeld)), Err(Refusal::NotHeld));
        let mut nothing = || {};
        lock.acquire(&mut nothing).expect("free");
        assert_eq!(lock.release((1, 2), Some(Refusal::NotHeld)), Ok(()));
        assert_eq!(lock.release((1, 3), Some(Refusal::NotHeld)), Err(Refusal::NotHeld));
    }

    #[test]
    fn an_event_wait_sees_the_set_that_raised_it() {
        let event = SyncObject::create(0).expect("event");
        assert!(event.set((5, 1)));
        assert!(!event.set((6, 1)), "already set");
        let mut nothing = || {};
        assert_eq!(event.wait_event(&mut nothing), Ok(Some((5, 1))));
        event.clear();
        assert!(event.set((6, 2)));
        assert_eq!(event.wait_event(&mut nothing), Ok(Some((6, 2))));
    }

    #[test]
    fn a_barrier_of_one_passes_with_its_own_arrival() {
        let barrier = SyncObject::create(1).expect("barrier");
        let mut nothing = || {};
        assert_eq!(barrier.wait_barrier((9, 4), &mut nothing), Ok((0, vec![(9, 4)])));
        assert_eq!(barrier.wait_barrier((9, 6), &mut nothing), Ok((1, vec![(9, 6)])));
    }

    #[test]
    fn a_bounded_semaphore_refuses_a_release_above_its_initial_count() {
        let sem = SyncObject::create(2).expect("bounded semaphore");
        let above = Some(Refusal::AboveInitial(2));
        assert_eq!(sem.release((1, 1), above), Err(Refusal::AboveInitial(2)), "both permits are free");
        let mut nothing = || {};
        assert_eq!(sem.acquire(&mut nothing), Ok(None));
        assert_eq!(sem.acquire(&mut nothing), Ok(None));
        assert_eq!(sem.release((1, 2), above), Ok(()));
        assert_eq!(sem.release((1, 3), above), Ok(()));
        assert_eq!(sem.release((1, 4), above), Err(Refusal::AboveInitial(2)));
    }

    #[test]
    fn a_notify_wakes_the_oldest_ticket_and_notify_all_the_rest() {
        let cond = SyncObject::create(0).expect("condition");
        assert_eq!(cond.notify((1, 1), Some(1)), 0, "nobody waits: a notify is lost");
        let (first, second, third) = (cond.condition_ticket(), cond.condition_ticket(), cond.condition_ticket());
        assert_eq!(cond.notify((2, 5), Some(1)), 1);
        let mut nothing = || {};
        assert_eq!(cond.condition_sleep(first, &mut nothing), Ok(Some((2, 5))));
        assert_eq!(cond.notify((3, 7), None), 2);
        assert_eq!(cond.condition_sleep(second, &mut nothing), Ok(Some((3, 7))));
        assert_eq!(cond.condition_sleep(third, &mut nothing), Ok(Some((3, 7))));
    }

    #[test]
    fn a_queue_join_sees_the_task_done_that_emptied_it() {
        let tasks = SyncObject::create(0).expect("joinable queue");
        let mut nothing = || {};
        assert_eq!(tasks.join_tasks(&mut nothing), Ok(None), "nothing was ever put");
        assert_eq!(tasks.task_done((1, 1)), Err(Refusal::NoTask));
        tasks.task_put(&mut nothing).expect("put");
        tasks.task_put(&mut nothing).expect("put");
        assert_eq!(tasks.task_done((4, 2)), Ok((false, 0)));
        assert_eq!(tasks.task_done((5, 3)), Ok((true, 0)));
        assert_eq!(tasks.join_tasks(&mut nothing), Ok(Some((5, 3))));
        tasks.task_put(&mut nothing).expect("put");
        tasks.task_unput();
        assert_eq!(tasks.join_tasks(&mut nothing), Ok(Some((5, 3))), "a timed-out put left nothing to do");
    }

    #[test]
    fn additions_overflow_with_an_error() {
        let value = SyncObject::create(i64::MAX - 1).expect("shared");
        assert_eq!(value.add(1, true), Ok((i64::MAX - 1, i64::MAX)));
        assert_eq!(value.add(1, true), Err(Refusal::Overflow));
        assert_eq!(value.add(1, false), Err(Refusal::Overflow));
    }
}
