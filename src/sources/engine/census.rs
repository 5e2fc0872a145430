//! The census: how many processes of a run exist, counted in memory every one of them shares.
//!
//! The process limit must stop a fork bomb at its number, before the next process exists, so
//! it cannot be enforced by the supervisor looking from outside (it would see the processes
//! only after they were made). Instead every scenario process asks the census before it
//! forks: the count lives in a one-page anonymous file (a memfd) that the supervisor creates,
//! mapped shared by every process of the run; forked children inherit the mapping, and
//! spawned images map it again from the fd they inherit.
//!
//! A process counts from the fork that makes it until it is reaped, by its parent's `join` or
//! by the supervisor (the child subreaper), so a zombie still counts: it still holds a pid.

use std::os::fd::{AsRawFd, OwnedFd, RawFd};
use std::ptr::NonNull;
use std::sync::atomic::{AtomicU32, Ordering};

/// The shared page's layout. Only atomics: processes update it concurrently.
#[repr(C)]
struct Page {
    /// Processes made and not yet reaped.
    count: AtomicU32,
    /// The most there may be.
    limit: AtomicU32,
    /// Set once a fork was refused, for the supervisor to stop the run.
    refused: AtomicU32,
}

/// A process's view of its run's census.
pub struct Census {
    page: NonNull<Page>,
    /// The memfd, kept open in the supervisor (and inherited without close-on-exec) so that
    /// spawned images can map it.
    fd: RawFd,
}

impl Census {
    /// Creates the census of a run that may have `limit` processes at once; the caller (the
    /// supervisor) keeps the returned fd open for as long as the run goes on.
    pub fn create(limit: u32) -> (Census, OwnedFd) {
        let fd = nix::sys::memfd::memfd_create(c"procscen-census", nix::sys::memfd::MemFdCreateFlag::empty())
            .expect("memfd_create");
        nix::unistd::ftruncate(&fd, std::mem::size_of::<Page>() as i64).expect("ftruncate a new memfd");
        let census = Census::map(fd.as_raw_fd());
        census.page().limit.store(limit, Ordering::Relaxed);
        (census, fd)
    }

    /// Maps the census whose memfd a spawned image inherited as `fd`.
    pub fn open(fd: RawFd) -> Census {
        Census::map(fd)
    }

    fn map(fd: RawFd) -> Census {
        // SAFETY: `fd` is a memfd of at least one `Page` (`create` sized it) that stays open
        // for the whole run; the borrowed fd is used only for this call.
        let borrowed = unsafe { std::os::fd::BorrowedFd::borrow_raw(fd) };
        // SAFETY: a new shared mapping of a whole file, at an address the kernel chooses: it
        // aliases no Rust object. A `Page` holds only atomics, valid for any bytes (zeroes at
        // first), so every process may read and write it concurrently.
        let address = unsafe {
            nix::sys::mman::mmap(
                None,
                std::num::NonZeroUsize::new(std::mem::size_of::<Page>()).expect("not empty"),
                nix::sys::mman::ProtFlags::PROT_READ | nix::sys::mman::ProtFlags::PROT_WRITE,
                nix::sys::mman::MapFlags::MAP_SHARED,
                borrowed,
                0,
            )
        }
        .expect("mmap the census");
        Census { page: address.cast(), fd }
    }

    fn page(&self) -> &Page {
        // SAFETY: the mapping lives as long as the process (it is never unmapped) and holds a
        // `Page` of atomics, which may be shared between processes.
        unsafe { self.page.as_ref() }
    }

    /// The fd a spawned image maps the census from.
    pub fn fd(&self) -> RawFd {
        self.fd
    }

    /// Counts one more process, about to be forked. Returns the limit, and counts nothing,
    /// when the run already has that many: the caller must not fork.
    pub fn admit(&self) -> Result<(), u32> {
        let page = self.page();
        let limit = page.limit.load(Ordering::Relaxed);
        // `fetch_update` retries if another process changed the count meanwhile, so two
        // processes forking at once cannot both take the last place.
        match page.count.fetch_update(Ordering::AcqRel, Ordering::Acquire, |n| (n < limit).then_some(n + 1)) {
            Ok(_) => Ok(()),
            Err(_) => {
                page.refused.store(1, Ordering::Release);
                Err(limit)
            }
        }
    }

    /// Counts one process less: one was reaped, or a fork that `admit` allowed failed.
    pub fn release(&self) {
        let _ = self.page().count.fetch_update(Ordering::AcqRel, Ordering::Acquire, |n| n.checked_sub(1));
    }

    /// Whether a fork was refused because the run had reached its limit.
    pub fn refused(&self) -> bool {
        self.page().refused.load(Ordering::Acquire) != 0
    }

    /// The limit, for reports.
    pub fn limit(&self) -> u32 {
        self.page().limit.load(Ordering::Relaxed)
    }
}
