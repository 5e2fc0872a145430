//! Ending a run: the one TERM → grace → KILL routine, used by the engine's supervisor (at a
//! timeout, a stop request or a limit) and by the observer's tracer (the same, for a program).
//!
//! The keeper, which stops a run whose supervisor was killed, uses it too, without the grace.
//!
//! The routine only signals; what it means to reap differs between the two owners (the
//! supervisor reaps with `waitpid` and records endings in its trace builder; the tracer must
//! also resume ptrace-stopped tracees and keep reading the program's output), so the owner does
//! that through `Owner`. What was alive is reported by the owner before it calls `stop_run`:
//! once the routine has run, nothing is.
//!
//! The shape follows nextest-runner's `terminate_child`: a zero grace means SIGKILL at once,
//! and the owner goes on serving its children (nextest keeps reading their output) while the
//! grace period runs. Unlike a test harness, a run's owner kills a tree, not a process group:
//! a process may leave the group with `setsid`, so every descendant is signalled too, found by
//! parent links in /proc (the owner is the child subreaper, so orphans stay in reach).

use super::procfs;
use nix::sys::signal::{kill, Signal};
use nix::unistd::Pid;
use std::time::{Duration, Instant};

/// How long a run's processes get between SIGTERM and SIGKILL.
///
/// One value for both sources, the tracer's former 200 ms rather than the supervisor's
/// 100 ms: the grace is there for processes that clean up on SIGTERM, and those are graded
/// programs (a Python handler that flushes its output, a parent that passes the signal on to
/// its children and waits for them), for which 100 ms is tight on a loaded machine and a cut
/// cleanup changes the ending a grade reports. Scenario processes cannot handle SIGTERM (they
/// can only ignore it), so for the engine the grace only delays a run that has a process
/// ignoring SIGTERM, by 100 ms more than before. And the grace ends as soon as every process
/// has been reaped, so a run whose processes all die of SIGTERM never waits it out.
pub const GRACE: Duration = Duration::from_millis(200);

/// How long the owner waits, once SIGKILL was sent, before it scans /proc again: long enough
/// not to spin while the kernel tears the processes down, short enough that a process forked
/// between a scan and its kill is caught promptly. A SIGCHLD ends the wait sooner.
const KILL_ROUND: Duration = Duration::from_millis(5);

/// Whether a run's processes get the grace period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Grace {
    /// SIGTERM, then SIGKILL after `GRACE` to what is left.
    Given,
    /// SIGKILL at once: for a fork bomb, which makes more processes every moment it runs.
    Skipped,
}

/// What the owner of a run (the process that is its child subreaper) does while the run is
/// being stopped.
pub trait Owner {
    /// Handles every child status waiting, without blocking: reaps what ended (recording its
    /// ending), and whatever else the owner must do for its children to die (the tracer
    /// resumes tracees stopped by ptrace, so that they receive their signal). True when the
    /// owner has no child left.
    fn reap(&mut self) -> bool;

    /// Waits until a child's status may have changed (a SIGCHLD came) or `until`, whichever is
    /// first; the owner may do its other work meanwhile (the tracer reads the output pipes).
    fn wait(&mut self, until: Instant);
}

/// Stops every process of a run and returns once the owner has no child left, alive or zombie.
/// `me` is the owner's pid (every process of the run descends from it) and `group` the
/// process group of the run's first process, when the owner knows it.
pub fn stop_run(me: i32, group: Option<Pid>, grace: Grace, owner: &mut impl Owner) {
    if grace == Grace::Given {
        // SIGTERM first: a process may want to clean up (flush its output, end its children).
        signal_run(me, group, Signal::SIGTERM);
        let end = Instant::now() + GRACE;
        // The grace period: reap what ends as it ends, and stop waiting as soon as nothing is
        // left, so that a run that obeys SIGTERM costs no more than it takes to die.
        loop {
            if owner.reap() {
                return;
            }
            if Instant::now() >= end {
                break;
            }
            owner.wait(end);
        }
    }
    // SIGKILL cannot be caught, ignored, or held up by ptrace. A process may fork between the
    // scan of /proc and the kill, so scan and kill again until no living descendant is left;
    // reaping meanwhile lets the owner see the endings (and lets the tracer's zombie tracees go).
    while signal_run(me, group, Signal::SIGKILL) > 0 {
        owner.reap();
        owner.wait(Instant::now() + KILL_ROUND);
    }
    // Every descendant is dead: reap the zombies until none is left. Each is the owner's child
    // by now (a process whose parent died was reparented to the owner, the child subreaper).
    while !owner.reap() {
        owner.wait(Instant::now() + KILL_ROUND);
    }
}

/// Sends `signal` to the run's first process group, if given, and to every living descendant
/// of `me`;
/// returns how many living descendants there were. The group is signalled first, in one
/// system call, so that most of the run gets the signal at the same moment and cannot react to
/// its siblings' deaths; the scan then catches those that left the group.
fn signal_run(me: i32, group: Option<Pid>, signal: Signal) -> usize {
    if let Some(group) = group {
        let _ = kill(Pid::from_raw(-group.as_raw()), signal);
    }
    let living: Vec<i32> = procfs::descendants(me).into_iter().filter(|p| p.state != 'Z').map(|p| p.pid).collect();
    for pid in &living {
        let _ = kill(Pid::from_raw(*pid), signal);
    }
    living.len()
}
