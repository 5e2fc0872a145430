//! A queue in shared memory: a bounded multi-producer multi-consumer ring (Dmitry Vyukov's
//! algorithm) in a memfd mapped by every process that uses it, with futexes to sleep on.
//!
//! Putting and taking an item costs no system call while the queue is neither full nor empty:
//! processes claim slots with atomic compare-and-swap on the shared positions, and the kernel
//! is asked only to put a process to sleep (FUTEX_WAIT) or to wake one (FUTEX_WAKE). Each
//! slot carries a sequence number saying whether it is free for the producer of position `p`
//! (`seq == p`) or holds the item of position `p` (`seq == p + 1`), so a slot is written by
//! one producer and read by one consumer, never both at once.
//!
//! Capacity is a separate shared counter of free places, so a queue holds exactly its
//! capacity even when that is not a power of two. A mapping is never unmapped: it lives as
//! long as the process, and forked children inherit it at the same address. A spawned image
//! maps it again from the memfd, which it inherits.

use super::channel::{ChannelFailure, MAX_ITEM};
use nix::errno::Errno;
use std::os::fd::{AsRawFd, IntoRawFd, RawFd};
use std::sync::atomic::{AtomicU32, AtomicU64, Ordering};
use std::time::Instant;

/// Bytes per slot: a 16-byte header (sequence number, length) and the item.
const SLOT: usize = 16 + MAX_ITEM;
/// The shared header before the slots; each hot counter has a cache line of its own.
const HEADER: usize = 256;
/// The places of a queue without a capacity: beyond this many items, `put` waits, as a
/// pipe's writer waits on a full pipe.
pub const UNBOUNDED_PLACES: u32 = 4096;

/// One process's handle on a shared ring.
#[derive(Debug, Clone, Copy)]
pub struct Ring {
    base: *mut u8,
    fd: RawFd,
}

impl Ring {
    /// Makes a ring holding at most `capacity` items, in a new memfd that children inherit.
    pub fn create(capacity: u32) -> Result<Ring, Errno> {
        let slots = (capacity.max(2) as usize).next_power_of_two();
        let len = HEADER + slots * SLOT;
        // Not close-on-exec: spawned images map the same memory from this descriptor.
        let fd = nix::sys::memfd::memfd_create(c"procscen-queue", nix::sys::memfd::MemFdCreateFlag::empty())?;
        nix::unistd::ftruncate(&fd, len as i64)?;
        let ring = Ring::map(fd.into_raw_fd(), len)?;
        // SAFETY: the mapping is `len` bytes long, fresh and not yet shared with any process;
        // every offset written is inside it.
        unsafe {
            (ring.base.add(MASK) as *mut u64).write((slots - 1) as u64);
            // A capacity that fills the ring needs no counter: a full ring is full.
            (ring.base.add(COUNTED) as *mut u32).write(u32::from(capacity as usize != slots));
            ring.counter(FREE).store(capacity, Ordering::Relaxed);
        }
        Ok(ring)
    }

    /// Maps the ring of an inherited memfd (in a spawned image).
    pub fn open(fd: RawFd) -> Result<Ring, Errno> {
        // SAFETY: `fd` is a descriptor this image inherited and does not close; it is only
        // borrowed for the call.
        let borrowed = unsafe { std::os::fd::BorrowedFd::borrow_raw(fd) };
        let len = nix::sys::stat::fstat(borrowed.as_raw_fd())?.st_size as usize;
        if len < HEADER + 2 * SLOT {
            return Err(Errno::EINVAL);
        }
        Ring::map(fd, len)
    }

    fn map(fd: RawFd, len: usize) -> Result<Ring, Errno> {
        // SAFETY: a fresh shared mapping of `len` bytes of the memfd; nothing else in this
        // process refers to that address range.
        let base = unsafe {
            libc::mmap(std::ptr::null_mut(), len, libc::PROT_READ | libc::PROT_WRITE, libc::MAP_SHARED, fd, 0)
        };
        if base == libc::MAP_FAILED {
            return Err(Errno::last());
        }
        Ok(Ring { base: base as *mut u8, fd })
    }

    /// The memfd, to hand to spawned images.
    pub fn fd(&self) -> RawFd {
        self.fd
    }

    /// Puts `item`, waiting (until `deadline`) for a free place.
    pub fn push(
        &self,
        item: &[u8],
        deadline: Option<Instant>,
        before_blocking: &mut dyn FnMut(),
    ) -> Result<(), ChannelFailure> {
        if item.len() > MAX_ITEM {
            return Err(ChannelFailure::TooLarge(item.len()));
        }
        let counted = self.counted();
        if counted {
            self.acquire_place(deadline, before_blocking)?;
        }
        let mask = self.mask();
        loop {
            let pos = self.position(ENQUEUE).load(Ordering::Relaxed);
            let slot = (pos & mask) as usize;
            let seq = self.load_seq(slot);
            match seq.wrapping_sub(pos) as i64 {
                0 if self
                    .position(ENQUEUE)
                    .compare_exchange_weak(pos, pos + 1, Ordering::Relaxed, Ordering::Relaxed)
                    .is_ok() =>
                {
                    // SAFETY: this producer won position `pos`, so it alone writes the slot
                    // until it publishes it below; the item fits (checked above).
                    unsafe {
                        let at = self.slot(slot);
                        (at.add(8) as *mut u32).write(item.len() as u32);
                        std::ptr::copy_nonoverlapping(item.as_ptr(), at.add(16), item.len());
                    }
                    self.store_seq(slot, pos + 1);
                    break;
                }
                d if d < 0 => {
                    if !counted && self.position(DEQUEUE).load(Ordering::Acquire) + mask + 1 == pos {
                        // Full: sleep until a consumer frees a slot. Readiness is judged at the
                        // position as it is then, not at `pos`: other producers may have moved on.
                        self.wait(SPACE_EPOCH, SPACE_WAITERS, deadline, before_blocking, || self.has_space())?;
                    } else {
                        // A consumer has claimed this slot's previous item but not released
                        // the slot yet; it is between two instructions, so let it finish.
                        std::thread::yield_now();
                    }
                }
                // Another producer took this position: try the next one.
                _ => {}
            }
        }
        self.signal(ITEMS_EPOCH, ITEM_WAITERS);
        Ok(())
    }

    /// Takes the oldest item into `out`, waiting (until `deadline`) for one.
    pub fn pop(
        &self,
        out: &mut Vec<u8>,
        deadline: Option<Instant>,
        before_blocking: &mut dyn FnMut(),
    ) -> Result<(), ChannelFailure> {
        let mask = self.mask();
        loop {
            let pos = self.position(DEQUEUE).load(Ordering::Relaxed);
            let slot = (pos & mask) as usize;
            let seq = self.load_seq(slot);
            match seq.wrapping_sub(pos + 1) as i64 {
                0 if self
                    .position(DEQUEUE)
                    .compare_exchange_weak(pos, pos + 1, Ordering::Relaxed, Ordering::Relaxed)
                    .is_ok() =>
                {
                    // SAFETY: this consumer won position `pos`, whose item was published
                    // (Acquire above pairs with the producer's Release); no one else reads
                    // or writes the slot until it is released below.
                    unsafe {
                        let at = self.slot(slot);
                        let len = ((at.add(8) as *const u32).read() as usize).min(MAX_ITEM);
                        out.clear();
                        out.extend_from_slice(std::slice::from_raw_parts(at.add(16), len));
                    }
                    self.store_seq(slot, pos + mask + 1);
                    break;
                }
                d if d < 0 => {
                    if self.position(ENQUEUE).load(Ordering::Acquire) == pos {
                        // Empty: sleep until a producer signals. Readiness is judged at the position
                        // as it is then, not at `pos`: other consumers may have taken items since,
                        // and an item may wait further on.
                        self.wait(ITEMS_EPOCH, ITEM_WAITERS, deadline, before_blocking, || self.has_item())?;
                    } else {
                        // A producer claimed this position and is writing the item.
                        std::thread::yield_now();
                    }
                }
                _ => {}
            }
        }
        if self.counted() {
            self.counter(FREE).fetch_add(1, Ordering::SeqCst);
        }
        self.signal(SPACE_EPOCH, SPACE_WAITERS);
        Ok(())
    }

    /// Takes the oldest item into `out` if there is one, without waiting.
    pub fn try_pop(&self, out: &mut Vec<u8>) -> bool {
        if !self.has_item() {
            return false;
        }
        // An item is there, but another consumer may take it first: give up at once then.
        let past = Some(Instant::now());
        self.pop(out, past, &mut || {}).is_ok()
    }

    fn acquire_place(
        &self,
        deadline: Option<Instant>,
        before_blocking: &mut dyn FnMut(),
    ) -> Result<(), ChannelFailure> {
        let free = self.counter(FREE);
        loop {
            let f = free.load(Ordering::Acquire);
            if f > 0 {
                if free.compare_exchange_weak(f, f - 1, Ordering::AcqRel, Ordering::Relaxed).is_ok() {
                    return Ok(());
                }
                continue;
            }
            self.wait(SPACE_EPOCH, SPACE_WAITERS, deadline, before_blocking, || free.load(Ordering::SeqCst) > 0)?;
        }
    }

    /// Sleeps on the futex `epoch` unless `ready` becomes true after this process said it
    /// waits. Lost wake-ups cannot happen. A signaller makes its change, then (after a full
    /// fence) looks for waiters, and if there are any bumps the epoch and wakes one. A waiter
    /// counts itself, reads the epoch, then (after a full fence) checks `ready` again. By the
    /// fences, either the signaller sees the waiter, bumps the epoch after the waiter read it,
    /// and FUTEX_WAIT returns at once or is woken; or the waiter's check sees the change.
    fn wait(
        &self,
        epoch: usize,
        waiters: usize,
        deadline: Option<Instant>,
        before_blocking: &mut dyn FnMut(),
        ready: impl Fn() -> bool,
    ) -> Result<(), ChannelFailure> {
        if deadline.is_some_and(|d| Instant::now() >= d) {
            return Err(ChannelFailure::TimedOut);
        }
        // The other side is often a few instructions from making the ring ready: spinning
        // briefly saves a sleep and a wake-up, two system calls and two context switches.
        for i in 0..SPINS {
            if ready() {
                return Ok(());
            }
            if i % 16 == 15 {
                std::thread::yield_now();
            } else {
                std::hint::spin_loop();
            }
        }
        self.counter(waiters).fetch_add(1, Ordering::SeqCst);
        let seen = self.counter(epoch).load(Ordering::SeqCst);
        std::sync::atomic::fence(Ordering::SeqCst);
        let result = if ready() {
            Ok(())
        } else {
            before_blocking();
            futex_wait(self.counter(epoch), seen, deadline)
        };
        self.counter(waiters).fetch_sub(1, Ordering::SeqCst);
        result
    }

    /// Tells a waiter that the ring changed; costs no write to shared memory when nobody
    /// waits, which is the common case of a busy queue.
    fn signal(&self, epoch: usize, waiters: usize) {
        std::sync::atomic::fence(Ordering::SeqCst);
        if self.counter(waiters).load(Ordering::Relaxed) > 0 {
            self.counter(epoch).fetch_add(1, Ordering::SeqCst);
            futex_wake(self.counter(epoch));
        }
    }

    /// True when the slot at the current take position holds an item.
    fn has_item(&self) -> bool {
        let pos = self.position(DEQUEUE).load(Ordering::SeqCst);
        self.load_seq((pos & self.mask()) as usize) == pos + 1
    }

    /// True when the slot at the current put position is free.
    fn has_space(&self) -> bool {
        let pos = self.position(ENQUEUE).load(Ordering::SeqCst);
        self.load_seq((pos & self.mask()) as usize) == pos
    }

    fn counted(&self) -> bool {
        // SAFETY: written once before the ring was shared, never changed.
        unsafe { (self.base.add(COUNTED) as *const u32).read() != 0 }
    }

    fn mask(&self) -> u64 {
        // SAFETY: written once before the ring was shared, never changed.
        unsafe { (self.base.add(MASK) as *const u64).read() }
    }

    fn position(&self, offset: usize) -> &AtomicU64 {
        // SAFETY: the offset is inside the header, 8-byte aligned (the mapping is page
        // aligned), and the location is only ever accessed atomically.
        unsafe { &*(self.base.add(offset) as *const AtomicU64) }
    }

    fn counter(&self, offset: usize) -> &AtomicU32 {
        // SAFETY: as `position`, for a 4-byte counter.
        unsafe { &*(self.base.add(offset) as *const AtomicU32) }
    }

    /// The sequence number of a slot. It is stored minus the slot's index, so that the
    /// zeroed memory of a new memfd already holds each slot's first number (`seq == index`)
    /// and making a ring touches none of its pages.
    fn load_seq(&self, slot: usize) -> u64 {
        self.seq(slot).load(Ordering::Acquire).wrapping_add(slot as u64)
    }

    fn store_seq(&self, slot: usize, seq: u64) {
        self.seq(slot).store(seq.wrapping_sub(slot as u64), Ordering::Release);
    }

    fn seq(&self, slot: usize) -> &AtomicU64 {
        // SAFETY: `slot` is masked, so the slot is inside the mapping; its first 8 bytes are
        // only accessed atomically.
        unsafe { &*(self.slot(slot) as *const AtomicU64) }
    }

    fn slot(&self, slot: usize) -> *mut u8 {
        // SAFETY: callers pass a masked index, so the result stays inside the mapping.
        unsafe { self.base.add(HEADER + slot * SLOT) }
    }
}

/// How many times `wait` looks before it sleeps.
const SPINS: u32 = 128;

/// `n` words of memory shared with the children this process forks from now on (not with
/// spawned images), all zero. The mapping is never unmapped: it lives as long as the process.
pub fn shared_words(n: usize) -> Result<&'static [AtomicU64], Errno> {
    let len = (n.max(1) * 8).next_multiple_of(4096);
    // SAFETY: a fresh anonymous shared mapping of `len` bytes; the kernel zeroes it, and an
    // all-zero AtomicU64 is a valid value. Nothing unmaps it, so 'static holds.
    unsafe {
        let base = libc::mmap(
            std::ptr::null_mut(),
            len,
            libc::PROT_READ | libc::PROT_WRITE,
            libc::MAP_SHARED | libc::MAP_ANONYMOUS,
            -1,
            0,
        );
        if base == libc::MAP_FAILED {
            return Err(Errno::last());
        }
        Ok(std::slice::from_raw_parts(base as *const AtomicU64, n))
    }
}

// Offsets in the header.
const ENQUEUE: usize = 0;
const DEQUEUE: usize = 64;
const FREE: usize = 128;
const SPACE_EPOCH: usize = 132;
const SPACE_WAITERS: usize = 136;
const ITEMS_EPOCH: usize = 192;
const ITEM_WAITERS: usize = 196;
const MASK: usize = 200;
const COUNTED: usize = 208;

/// Sleeps while `*word == seen`, until woken or until `deadline`.
fn futex_wait(word: &AtomicU32, seen: u32, deadline: Option<Instant>) -> Result<(), ChannelFailure> {
    let timeout = match deadline {
        None => None,
        Some(d) => {
            let left = d.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return Err(ChannelFailure::TimedOut);
            }
            Some(libc::timespec {
                tv_sec: left.as_secs() as libc::time_t,
                tv_nsec: left.subsec_nanos() as libc::c_long,
            })
        }
    };
    let timeout_ptr = timeout.as_ref().map_or(std::ptr::null(), |t| t as *const libc::timespec);
    // SAFETY: `word` is a live 4-byte atomic in shared memory; FUTEX_WAIT (not private: the
    // word is shared between processes) only reads it; `timeout_ptr` is null or points to a
    // timespec that outlives the call.
    let r = unsafe { libc::syscall(libc::SYS_futex, word.as_ptr(), libc::FUTEX_WAIT, seen, timeout_ptr) };
    if r == -1 {
        match Errno::last() {
            Errno::ETIMEDOUT => return Err(ChannelFailure::TimedOut),
            // EAGAIN: the word changed before we slept; EINTR: a signal. Both mean look again.
            Errno::EAGAIN | Errno::EINTR => {}
            e => return Err(ChannelFailure::Os(e)),
        }
    }
    Ok(())
}

/// Wakes one process sleeping on `word`.
fn futex_wake(word: &AtomicU32) {
    // SAFETY: `word` is a live atomic in shared memory; FUTEX_WAKE does not access it.
    unsafe {
        libc::syscall(libc::SYS_futex, word.as_ptr(), libc::FUTEX_WAKE, 1);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn items_come_out_in_order_and_a_full_ring_times_out() {
        for capacity in [3, 4] {
            exact_capacity(capacity);
        }
    }

    fn exact_capacity(capacity: u8) {
        let ring = Ring::create(capacity as u32).expect("ring");
        let mut nothing = || {};
        for i in 0..capacity {
            ring.push(&[i; 5], None, &mut nothing).expect("room");
        }
        let soon = Some(Instant::now() + std::time::Duration::from_millis(10));
        assert!(
            matches!(ring.push(b"x", soon, &mut nothing), Err(ChannelFailure::TimedOut)),
            "capacity {capacity} is exact"
        );
        let mut out = Vec::new();
        for i in 0..capacity {
            ring.pop(&mut out, None, &mut nothing).expect("an item");
            assert_eq!(out, [i; 5]);
        }
        let soon = Some(Instant::now() + std::time::Duration::from_millis(10));
        assert!(matches!(ring.pop(&mut out, soon, &mut nothing), Err(ChannelFailure::TimedOut)));
        assert!(matches!(ring.push(&[0; MAX_ITEM + 1], None, &mut nothing), Err(ChannelFailure::TooLarge(_))));
    }
}
