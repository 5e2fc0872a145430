//! A child's life seen from its parent beyond `start` and `join`: a join that gives up after
//! a timeout, like Python's `Process.join(timeout)`.
//!
//! The wait is a `poll` on a pidfd, which becomes readable when the child ends: the kernel
//! wakes the parent at the child's exit or at the deadline, whichever comes first, with no
//! polling loop. A child that ended is then reaped by the ordinary `join`; one still running
//! stays a child, to be joined or killed later.

use super::Interpreter;
use crate::trace::EventKind;
use nix::errno::Errno;
use std::os::fd::{AsFd, FromRawFd, OwnedFd};
use std::time::{Duration, Instant};

impl Interpreter<'_> {
    /// Joins the child `name` if it ends within `timeout`; otherwise records that the join
    /// gave up.
    pub(super) fn join_within(&mut self, label: Option<&String>, name: &str, timeout: Duration) {
        let Some(&(_, pid)) = self.children.iter().rev().find(|(n, _)| n == name) else {
            // No such child: the ordinary join records it as unknown.
            return self.join(label, name);
        };
        // SAFETY: pidfd_open takes a pid and flags and returns a new descriptor or -1; the
        // pid is a child this process has not reaped, so it names that child.
        let fd = unsafe { libc::syscall(libc::SYS_pidfd_open, pid.as_raw(), 0) };
        if fd < 0 {
            let e = Errno::last();
            self.fail(&format!(
                "cannot wait for {name} with a timeout (pidfd_open: {e}; Linux 5.3 or later is needed)"
            ));
        }
        // SAFETY: `fd` is a descriptor pidfd_open just returned, owned by nothing else.
        let pidfd = unsafe { OwnedFd::from_raw_fd(fd as i32) };
        self.rec.flush();
        let deadline = Instant::now() + timeout;
        let ended = loop {
            let left = deadline.saturating_duration_since(Instant::now());
            // Rounded up, so that a wait shorter than a millisecond still waits.
            let ms = u16::try_from(left.as_micros().div_ceil(1000)).unwrap_or(u16::MAX);
            let mut fds = [nix::poll::PollFd::new(pidfd.as_fd(), nix::poll::PollFlags::POLLIN)];
            match nix::poll::poll(&mut fds, nix::poll::PollTimeout::from(ms)) {
                Ok(0) if left.is_zero() => break false,
                // A wait longer than poll's limit, or cut short: wait for what is left.
                Ok(0) | Err(Errno::EINTR) => continue,
                Ok(_) => break true,
                Err(e) => self.fail(&format!("cannot wait for {name}: {e}")),
            }
        };
        drop(pidfd);
        if ended {
            self.join(label, name);
        } else {
            self.emit(label, EventKind::JoinTimedOut { child_pid: pid.as_raw(), name: name.to_owned() });
        }
    }
}
