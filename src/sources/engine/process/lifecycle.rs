//! A child's life seen from its parent beyond `start` and `join`: a join that gives up after
//! a timeout, like Python's `Process.join(timeout)`; `terminate`, `is_alive` and `exitcode`.
//!
//! The wait is a `poll` on a pidfd, which becomes readable when the child ends: the kernel
//! wakes the parent at the child's exit or at the deadline, whichever comes first, with no
//! polling loop. A child that ended is then reaped by the ordinary `join`; one still running
//! stays a child, to be joined or killed later.

use super::Interpreter;
use crate::model::template::{Value, Volatile};
use crate::trace::{Ending, EventKind};
use nix::errno::Errno;
use nix::sys::wait::{waitid, Id, WaitPidFlag, WaitStatus};
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

impl Interpreter<'_> {
    /// Sends SIGTERM to the child `name`, like Python's `terminate()`. A child that ended but
    /// was not joined is a zombie, which the signal reaches harmlessly; one already joined is
    /// left alone (its pid may have been reused), and that is recorded too.
    pub(super) fn terminate(&mut self, label: Option<&String>, name: &str) {
        let pid = match self.children.iter().rev().find(|(n, _)| n == name) {
            Some(&(_, pid)) => {
                if let Err(e) = nix::sys::signal::kill(pid, nix::sys::signal::Signal::SIGTERM) {
                    self.fail(&format!("cannot terminate {name}: {e}"));
                }
                pid.as_raw()
            }
            None if self.joined.contains_key(name) => 0,
            None => self.fail(&format!("{name} is not a child of this process")),
        };
        self.emit(label, EventKind::Terminate { child_pid: pid, name: name.to_owned() });
    }

    /// Puts whether the child `name` is still running into `var`, without reaping it: a
    /// `waitid` with `WNOWAIT` leaves an ended child a zombie for its `join`.
    pub(super) fn is_alive(&mut self, label: Option<&String>, name: &str, var: &str) {
        let alive = match self.children.iter().rev().find(|(n, _)| n == name) {
            Some(&(_, pid)) => {
                let flags = WaitPidFlag::WEXITED | WaitPidFlag::WNOHANG | WaitPidFlag::WNOWAIT;
                loop {
                    match waitid(Id::Pid(pid), flags) {
                        Ok(WaitStatus::StillAlive) => break true,
                        Ok(_) => break false,
                        Err(Errno::EINTR) => continue,
                        Err(e) => self.fail(&format!("cannot ask whether {name} is running: {e}")),
                    }
                }
            }
            // Joined, so it ended.
            None => false,
        };
        // Whether a running child has ended yet depends on timing: a snapshot names the
        // value instead of showing it.
        let value = Value::volatile(alive.to_string(), Volatile::Alive);
        self.emit(label, EventKind::Let { var: var.into(), value: value.clone() });
        self.assign(var, value);
    }

    /// Puts the exit code of the joined child `name` into `var`, as Python's `exitcode`:
    /// its exit status, minus the signal's number when a signal killed it, and `None` when it
    /// was not joined (yet).
    pub(super) fn exit_code(&mut self, label: Option<&String>, name: &str, var: &str) {
        let code = match self.joined.get(name) {
            Some(Ending::Exited(c)) => c.to_string(),
            Some(Ending::Signaled(s)) => (-s.number()).to_string(),
            Some(Ending::Unknown) | None => "None".to_owned(),
        };
        let value = Value::plain(code);
        self.emit(label, EventKind::Let { var: var.into(), value: value.clone() });
        self.assign(var, value);
    }
}

impl Interpreter<'_> {
    /// At the process's end, terminates and joins each daemon child still unjoined, latest
    /// first, as Python's exit handler does: a `Terminate` and a `Join` event each.
    pub(super) fn end_daemons(&mut self) {
        while let Some(index) = self.children.iter().rposition(|(_, pid)| self.daemons.contains(pid)) {
            let (name, pid) = self.children[index].clone();
            self.daemons.retain(|&d| d != pid);
            // The child is unjoined, so its pid is still its own (a zombie at worst).
            let _ = nix::sys::signal::kill(pid, nix::sys::signal::Signal::SIGTERM);
            self.emit(None, EventKind::Terminate { child_pid: pid.as_raw(), name: name.into_owned() });
            self.join_at(None, index);
        }
    }
}
