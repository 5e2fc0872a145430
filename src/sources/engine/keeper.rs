//! The keeper: the process procscen starts as `__supervise`, which forks the supervisor and
//! outlives it, so that a run ends with its supervisor even when the supervisor is killed.
//!
//! The supervisor is the run's child subreaper, so every process of the run stays its
//! descendant; but SIGKILL leaves it no moment to kill them, and its orphans would then be
//! reparented out of reach and live on (a `sleep: 1h` child kept `procscen run` waiting for an
//! hour). The keeper is a child subreaper as well: when the supervisor dies, the run's
//! processes are reparented to the keeper, which kills them all, reaps them, and exits with
//! "supervisor killed". A request to stop (SIGTERM from procscen's death, SIGINT from Ctrl-C,
//! SIGHUP) is passed on to the supervisor, which stops its run and reports it as interrupted.

use nix::sys::signal::{kill, SigSet, Signal};
use nix::sys::signalfd::{SfdFlags, SignalFd};
use nix::sys::wait::{waitpid, WaitPidFlag, WaitStatus};
use nix::unistd::{ForkResult, Pid};
use std::os::fd::AsFd;

/// The signals the keeper reads from a signalfd: the stop requests it passes on, and SIGCHLD.
const SIGNALS: [Signal; 4] = [Signal::SIGCHLD, Signal::SIGTERM, Signal::SIGINT, Signal::SIGHUP];

/// Forks the supervisor. Returns `None` in the supervisor, which goes on to supervise; in the
/// keeper, once the supervisor has ended, the exit code to end with.
///
/// Must be called by a single-threaded process (`procscen __supervise` is one): the child
/// runs on after the fork.
pub fn keep() -> std::io::Result<Option<i32>> {
    let _ = nix::sys::prctl::set_child_subreaper(true);
    let mut mask = SigSet::empty();
    for s in SIGNALS {
        mask.add(s);
    }
    // Blocked before the fork: a request that comes between the fork and the keeper's first
    // read waits in the signalfd. The supervisor blocks the same signals for its own signalfd.
    mask.thread_block().map_err(std::io::Error::from)?;
    let signals = SignalFd::with_flags(&mask, SfdFlags::SFD_CLOEXEC).map_err(std::io::Error::from)?;
    let (alive_r, alive_w) = nix::unistd::pipe2(nix::fcntl::OFlag::O_CLOEXEC).map_err(std::io::Error::from)?;
    // SAFETY: the calling process is single-threaded (see above), so the child may run any
    // code after the fork.
    match unsafe { nix::unistd::fork() }.map_err(std::io::Error::from)? {
        ForkResult::Child => {
            drop(signals);
            drop(alive_w);
            // The supervisor stops its run when the keeper dies (which procscen's death, by
            // its own parent-death signal, causes).
            let _ = nix::sys::prctl::set_pdeathsig(Signal::SIGTERM);
            let mut fds = [nix::poll::PollFd::new(alive_r.as_fd(), nix::poll::PollFlags::POLLIN)];
            if nix::poll::poll(&mut fds, nix::poll::PollTimeout::ZERO).is_ok_and(|n| n > 0) {
                // The keeper died before the line above: nobody is left to report to.
                std::process::exit(2);
            }
            Ok(None)
        }
        ForkResult::Parent { child } => {
            drop(alive_r);
            let code = watch(child, &signals);
            drop(alive_w);
            Ok(Some(code))
        }
    }
}

/// The keeper's loop: passes stop requests on, and returns the supervisor's exit code once it
/// has ended; 2 when it was killed, after every process of its run was killed and reaped.
fn watch(supervisor: Pid, signals: &SignalFd) -> i32 {
    let ended = loop {
        let Ok(Some(info)) = signals.read_signal() else { continue };
        let signal = Signal::try_from(info.ssi_signo as i32).ok();
        if let Some(stop @ (Signal::SIGTERM | Signal::SIGINT | Signal::SIGHUP)) = signal {
            let _ = kill(supervisor, stop);
            continue;
        }
        // SIGCHLD: the supervisor ended, or a process reparented to the keeper did.
        let mut ended = None;
        while let Ok(status) = waitpid(Pid::from_raw(-1), Some(WaitPidFlag::WNOHANG | WaitPidFlag::__WALL)) {
            match status {
                WaitStatus::StillAlive => break,
                WaitStatus::Exited(pid, code) if pid == supervisor => ended = Some(Ok(code)),
                WaitStatus::Signaled(pid, signal, _) if pid == supervisor => ended = Some(Err(signal)),
                _ => {}
            }
        }
        if let Some(ended) = ended {
            break ended;
        }
    };
    match ended {
        // The supervisor returns only when no process of its run is left.
        Ok(code) => code,
        Err(signal) => {
            kill_all(signals);
            eprintln!("supervisor killed (by {}): every process of its run was killed with it", signal.as_str());
            2
        }
    }
}

/// Kills every descendant of the keeper (the run's processes, reparented to it) and reaps
/// them, until none is left: at once, as the supervisor gave its run no grace before it died.
fn kill_all(signals: &SignalFd) {
    let me = nix::unistd::getpid().as_raw();
    crate::sources::host::stop::stop_run(
        me,
        None,
        crate::sources::host::stop::Grace::Skipped,
        &mut Orphans { signals },
    );
}

/// The keeper as the owner of the run's orphans (see `host::stop`).
struct Orphans<'a> {
    signals: &'a SignalFd,
}

impl crate::sources::host::stop::Owner for Orphans<'_> {
    fn reap(&mut self) -> bool {
        loop {
            match waitpid(Pid::from_raw(-1), Some(WaitPidFlag::WNOHANG | WaitPidFlag::__WALL)) {
                Ok(WaitStatus::StillAlive) => return false,
                Ok(_) | Err(nix::errno::Errno::EINTR) => {}
                // ECHILD: no child left.
                Err(_) => return true,
            }
        }
    }

    fn wait(&mut self, until: std::time::Instant) {
        let left = until.saturating_duration_since(std::time::Instant::now());
        let ms = left.as_millis().clamp(1, i32::MAX as u128) as i32;
        let mut fds = [nix::poll::PollFd::new(self.signals.as_fd(), nix::poll::PollFlags::POLLIN)];
        if nix::poll::poll(&mut fds, nix::poll::PollTimeout::try_from(ms).unwrap_or(nix::poll::PollTimeout::MAX))
            .is_ok_and(|n| n > 0)
        {
            // Taken so that the next poll waits for the next signal; a stop request is moot now.
            let _ = self.signals.read_signal();
        }
    }
}
