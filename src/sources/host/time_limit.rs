//! A run's time limit that the machine's load does not move: the wall time less the time the
//! run's processes waited for a CPU that other work held, capped in wall time (`TimeLimit`).
//! Both sources keep their runs to it: the observer's tracer (a graded program) and the
//! engine's supervisor (a scenario's processes).

use std::time::{Duration, Instant};

/// How many times its time limit a run may take in wall time when the machine's other work
/// keeps it waiting for a CPU (the time it waits is not counted). Judges keep a wall limit
/// beside the CPU one for the same reason (isolate's `--wall-time`).
pub const WALL_FACTOR: u32 = 4;

/// The time, in ns, a thread has spent runnable but waiting for a CPU: the second field of its
/// `schedstat` file under /proc.
pub fn run_delay(schedstat: &str) -> Option<u64> {
    ran_and_waited(schedstat).map(|(_, waited)| waited)
}

/// A thread's time on a CPU and its time runnable but waiting for one, in ns: the first two
/// fields of its `schedstat` file under /proc.
pub fn ran_and_waited(schedstat: &str) -> Option<(u64, u64)> {
    let text = std::fs::read_to_string(schedstat).ok()?;
    let mut fields = text.split_whitespace().map(str::parse::<u64>);
    Some((fields.next()?.ok()?, fields.next()?.ok()?))
}

/// The schedstat of the thread that keeps the run (see `TimeLimit::new`).
const OWNER_SCHEDSTAT: &str = "/proc/thread-self/schedstat";

/// What a run's owner says of its threads when its time limit is looked at (`expired_using`).
pub struct RunTimes {
    /// How long the run waited for a CPU, as its owner sums it.
    pub waited: Duration,
    /// The CPU time its threads used, living and ended.
    pub used: Duration,
    /// The CPUs its threads may run on.
    pub cpus: u32,
}

/// A run's time limit, kept in the time it could have run: the wall time since it started less
/// the time its processes spent runnable but waiting for a CPU that the machine's other work
/// held (`/proc/TID/schedstat`'s run delay, as the run's owner sums it: the observer's
/// `Tracer::starved`, the engine's supervisor). A grade is then a function of the program, not
/// of the machine's load: on a quiet machine the limit is its wall time; with three CPU hogs on
/// two cores a Python program that needs 0.14 s of CPU took over 3 s of wall time, and was cut
/// at a 3 s limit. A run that waits (a deadlock, a sleep) is not runnable, so it is cut at its
/// limit as before. The wall time stays capped, at `WALL_FACTOR` times the limit, so that a run
/// (a class's grading) ends on any machine.
///
/// A program could stretch its own limit by keeping its threads waiting for each other (more
/// busy threads than cores): an owner that knows the run's CPU time gives back no more than
/// the wall time the run left to other work (`expired_using`), and never past the cap.
pub struct TimeLimit {
    started: Instant,
    limit: Duration,
    /// When the limit is next looked at.
    pub deadline: Instant,
    /// The latest the run may go on, in wall time.
    cap: Instant,
    /// The owner's own wait for a CPU (the thread that made the limit) when it was made: the
    /// run's threads stopped for their owner (the tracer, the supervisor) wait for it too.
    owner_waited: u64,
    /// The owner's own time on a CPU when the limit was made (`expired_using`).
    owner_ran: u64,
}

impl TimeLimit {
    /// Must be made on the thread that keeps the run (`extended` reads that thread's wait).
    pub fn new(started: Instant, limit: Duration) -> TimeLimit {
        // A limit too far for an `Instant` (none a loaded file gives: the loader holds one to
        // a day) is the longest the loader accepts.
        let far = crate::model::scenario::bounds::MAX_DURATION;
        let at = |d: Duration| started.checked_add(d).unwrap_or(started + far);
        let (owner_ran, owner_waited) = ran_and_waited(OWNER_SCHEDSTAT).unwrap_or((0, 0));
        TimeLimit {
            started,
            limit,
            deadline: at(limit),
            cap: at(limit.saturating_mul(WALL_FACTOR)),
            owner_ran,
            owner_waited,
        }
    }

    /// The owner's own time on a CPU and wait for one since the limit was made (no time when
    /// its schedstat cannot be read).
    fn owner_since(&self) -> (Duration, Duration) {
        let (ran, waited) = ran_and_waited(OWNER_SCHEDSTAT).unwrap_or((self.owner_ran, self.owner_waited));
        (
            Duration::from_nanos(ran.saturating_sub(self.owner_ran)),
            Duration::from_nanos(waited.saturating_sub(self.owner_waited)),
        )
    }

    /// `expired`, for a run that says what CPU time it used besides how long it waited
    /// (`waited_and_used`): the time given back is never more than the wall time the run did
    /// not fill with its own work on every CPU the machine has. A program that keeps more busy
    /// threads than cores waits behind its own threads, not the machine's other work: 240 busy
    /// threads stretched a 20 s limit to 44 s and 74 CPU-seconds, and an honest neighbour
    /// graded beside it from 0.6 s to 56 s (red team round 12). With the whole machine to
    /// itself for a wall time W, a run that used C of CPU time on the N CPUs it may run on (the
    /// owner says how many: a program that pins its threads to one CPU has one) was kept from
    /// at most W - C/N of it.
    pub fn expired_using(&mut self, now: Instant, waited_and_used: impl FnOnce() -> RunTimes) -> bool {
        if now < self.deadline {
            return false;
        }
        let RunTimes { waited, used, cpus } = waited_and_used();
        // The owner's time on a CPU spent on the run (stopping at its system calls, reading
        // its output) is the run's too: a program that keeps its tracer busy (1-byte reads of
        // /dev/zero from 30 processes, each a stop) left the machine no room, whoever ran.
        let (owner_ran, owner_waited) = self.owner_since();
        let used = used.saturating_add(owner_ran);
        let wall = now.saturating_duration_since(self.started);
        let room = wall.saturating_sub(used / cpus.max(1));
        self.extended_within(now, waited.saturating_add(owner_waited), room).is_none()
    }

    /// Whether the run has used its time at `now`. Past `deadline`, the limit is first
    /// extended by the time the run's processes waited for a CPU (`waited`, as the owner sums
    /// them; read only then, since it reads every process's schedstat), and `deadline` moves to
    /// when it is next looked at.
    pub fn expired(&mut self, now: Instant, waited: impl FnOnce() -> Duration) -> bool {
        now >= self.deadline && self.extended(now, waited()).is_none()
    }

    /// At `now`, a deadline past: the next one when the run, whose processes waited for a CPU
    /// for `waited` (as its owner sums them), has not used its time yet; `None` when it has (or
    /// at the cap). The owner's own wait since the limit was made is added here.
    fn extended(&mut self, now: Instant, waited: Duration) -> Option<Instant> {
        let (_, owner_waited) = self.owner_since();
        self.extended_by(now, waited.saturating_add(owner_waited))
    }

    /// `extended_by`, giving back at most `room` of the run's wait (the owner's included).
    fn extended_within(&mut self, now: Instant, starved: Duration, room: Duration) -> Option<Instant> {
        self.extended_by(now, starved.min(room))
    }

    /// `extended`, for a run kept waiting for `starved` in all.
    fn extended_by(&mut self, now: Instant, starved: Duration) -> Option<Instant> {
        let due = self.started.checked_add(self.limit.saturating_add(starved))?.min(self.cap);
        if due <= now {
            return None;
        }
        // Looked at again no sooner than 10 ms on: the delay grows while the run waits, and
        // each look reads every thread's schedstat.
        self.deadline = due.max(now + Duration::from_millis(10)).min(self.cap);
        Some(self.deadline)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_time_limit_gives_back_the_time_the_program_waited_for_a_cpu_up_to_its_cap() {
        let t0 = Instant::now();
        let s = Duration::from_secs;
        let ms = Duration::from_millis;
        let mut limit = TimeLimit::new(t0, s(1));
        assert_eq!(limit.deadline, t0 + s(1));
        assert_eq!(limit.extended_by(t0 + s(1), Duration::ZERO), None, "not starved: cut at the limit");
        assert_eq!(limit.extended_by(t0 + s(1), ms(500)), Some(t0 + ms(1500)));
        assert_eq!(limit.extended_by(t0 + ms(1500), ms(500)), None, "the wait did not grow: cut");
        assert_eq!(limit.extended_by(t0 + ms(1500), ms(700)), Some(t0 + ms(1700)));
        assert_eq!(
            limit.extended_by(t0 + ms(1500), ms(501)),
            Some(t0 + ms(1510)),
            "looked at again 10 ms on at the soonest"
        );
        assert_eq!(limit.extended_by(t0 + s(2), s(60)), Some(t0 + s(4)), "never past 4 times the limit");
        assert_eq!(limit.extended_by(t0 + s(4), s(60)), None);
    }

    #[test]
    fn no_more_time_is_given_back_than_the_run_left_the_machine() {
        let t0 = Instant::now();
        let (s, ms) = (Duration::from_secs, Duration::from_millis);
        let mut limit = TimeLimit::new(t0, s(1));
        // Its threads waited 3 s, behind each other: the run kept every CPU busy itself.
        assert_eq!(limit.extended_within(t0 + s(1), s(3), Duration::ZERO), None, "cut at the limit");
        // It left 200 ms of the machine to other work: that much, and no more, comes back.
        assert_eq!(limit.extended_within(t0 + s(1), s(3), ms(200)), Some(t0 + ms(1200)));
    }
}
