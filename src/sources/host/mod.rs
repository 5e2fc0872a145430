//! The host: what both sources (the engine, which runs scenario processes, and the observer,
//! which traces a program) need from the machine, so that neither imports the other.
//!
//! - `start`: starting the procscen binary as a hidden helper (`__supervise`, `__observe`)
//!   and reading its report back, without forking the caller.
//! - `stop`: the one TERM → grace → KILL routine that ends a run, with its one grace period.
//! - `time_limit`: a run's time limit that does not count the time its processes waited for a
//!   CPU other work held, capped at `WALL_FACTOR` times the limit.
//! - `procfs`: what /proc says about a run's processes (descent, state, wait channel, the
//!   system call a process is blocked in).
//! - `run_signals`, `limit_resources`, `limit_files`: the signalfd a run's owner reads its
//!   signals from, and the rlimits every process of a run inherits.
//! - `monotonic_ns`: the one clock both sources time events with.
//! - `text_pages`: procscen's own code moved onto huge pages, for a process that forks many.
//!
//! The host knows no scenario, trace or program: it deals in pids, signals and bytes. Its one
//! reference upward is the linker anchor in `start::find_supervisor` (see `crate::sources::helper`).

pub mod procfs;
mod text_pages;
pub(crate) use text_pages::move_text_to_huge_pages;
mod start;
pub mod stop;
pub mod time_limit;

pub(crate) use start::{run_helper, run_helper_into, say_run_ended, Helper};

/// CLOCK_MONOTONIC in nanoseconds: one clock for every process on the machine, so that the
/// times of events recorded by different processes (or by the tracer) compare.
///
/// libc's `clock_gettime` is called directly, so that this inlines into its callers: a forked
/// scenario process maps each page of code it runs with a page fault of its own, and one that
/// starts, prints and ends runs this three times (docs/performance.md, "start+join").
#[inline]
pub(crate) fn monotonic_ns() -> u64 {
    let mut t = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: `t` is a valid, writable timespec for the call's duration; CLOCK_MONOTONIC
    // always exists on Linux, so the call cannot fail (its result is checked all the same).
    let r = unsafe { libc::clock_gettime(libc::CLOCK_MONOTONIC, &mut t) };
    assert_eq!(r, 0, "CLOCK_MONOTONIC is always available");
    t.tv_sec as u64 * 1_000_000_000 + t.tv_nsec as u64
}

/// The signals a process that owns a run (the supervisor, the tracer) reads from a signalfd
/// instead of being interrupted by them: SIGCHLD, and the requests to stop (SIGTERM, SIGINT,
/// SIGHUP), so that it can kill its run before it goes. Blocks them in the calling thread.
pub(crate) fn run_signals() -> nix::sys::signalfd::SignalFd {
    use nix::sys::signal::{SigSet, Signal};
    use nix::sys::signalfd::{SfdFlags, SignalFd};
    let mut mask = SigSet::empty();
    for s in [Signal::SIGCHLD, Signal::SIGTERM, Signal::SIGINT, Signal::SIGHUP] {
        mask.add(s);
    }
    mask.thread_block().expect("blocking signals cannot fail");
    SignalFd::with_flags(&mask, SfdFlags::SFD_NONBLOCK | SfdFlags::SFD_CLOEXEC).expect("signalfd")
}

/// Sets the calling process's address-space and CPU-time limits, which every process it makes
/// inherits, across exec too. Async-signal-safe: it only calls `setrlimit`.
pub(crate) fn limit_resources(memory_bytes: u64, cpu_seconds: u64) {
    let memory = rlimit(memory_bytes, memory_bytes);
    // The soft CPU limit sends SIGXCPU; the hard limit, a second later, SIGKILL, for a process
    // that catches or ignores SIGXCPU.
    let cpu = rlimit(cpu_seconds, cpu_seconds.saturating_add(1));
    // SAFETY: both pointers are to live rlimit values; setrlimit reads them and keeps nothing.
    // A failure (a limit above a hard limit set by our own parent) leaves the stricter limit.
    unsafe {
        libc::setrlimit(libc::RLIMIT_AS, &memory);
        libc::setrlimit(libc::RLIMIT_CPU, &cpu);
    }
}

/// Sets the largest file a process may write (beyond it a write fails with EFBIG, or SIGXFSZ
/// where that is not ignored) and how many files it may have open (beyond it an open fails
/// with EMFILE), for the calling process and everything it makes. Async-signal-safe.
pub(crate) fn limit_files(file_size: u64, open_files: u64) {
    let (file_size, open_files) = (rlimit(file_size, file_size), rlimit(open_files, open_files));
    // SAFETY: as in `limit_resources`.
    unsafe {
        libc::setrlimit(libc::RLIMIT_FSIZE, &file_size);
        libc::setrlimit(libc::RLIMIT_NOFILE, &open_files);
    }
}

/// Marks every fd from 3 on close-on-exec, so that only fds 0, 1 and 2 go across the caller's
/// next exec: an fd whoever started procscen left open (a shell's `exec 7>>file`, a CI
/// runner's pipe) reaches no helper, scenario process or graded program (red team round 14).
/// Async-signal-safe (system calls only), for a child between fork and exec; before any lower
/// `RLIMIT_NOFILE` is set, which the fallback's loop would otherwise stop short at.
pub(crate) fn close_inherited_fds_on_exec() {
    // SAFETY: close_range with CLOSE_RANGE_CLOEXEC only sets a flag on open fds in the range.
    if unsafe { libc::syscall(libc::SYS_close_range, 3u32, u32::MAX, libc::CLOSE_RANGE_CLOEXEC) } == 0 {
        return;
    }
    // Before Linux 5.11: one fcntl per possible fd, up to the soft limit on open files, under
    // which every fd was opened.
    let mut limit = libc::rlimit { rlim_cur: 0, rlim_max: 0 };
    // SAFETY: `limit` is a live rlimit for getrlimit to fill; fcntl's F_SETFD only sets a flag,
    // on an fd that is open or fails with EBADF.
    unsafe {
        let top =
            if libc::getrlimit(libc::RLIMIT_NOFILE, &mut limit) == 0 { limit.rlim_cur.min(1 << 20) } else { 1 << 16 };
        for fd in 3..top as libc::c_int {
            libc::fcntl(fd, libc::F_SETFD, libc::FD_CLOEXEC);
        }
    }
}

fn rlimit(soft: u64, hard: u64) -> libc::rlimit {
    libc::rlimit { rlim_cur: soft, rlim_max: hard }
}
