//! The supervisor: a single-threaded process that owns one run.
//!
//! It makes itself the child subreaper, so every process of the run stays its descendant even
//! when its parent exits; forks `main` into a new process group; collects events from the
//! event pipe; reaps whatever is reparented to it; and enforces the timeout by killing every
//! descendant. It returns only when no process of the run is left, alive or zombie.

use super::census::Census;
use super::process::Interpreter;
use super::record::FrameReader;
use crate::model::scenario::Scenario;
use crate::sources::host::procfs;
use crate::sources::host::time_limit::{run_delay, TimeLimit};
use crate::trace::build::TraceBuilder;
use crate::trace::{AliveProcess, Ending, Limit, Outcome, Trace};
use nix::fcntl::{fcntl, FcntlArg, FdFlag, OFlag};
use nix::poll::{poll, PollFd, PollFlags, PollTimeout};
use nix::sys::signal::{SigSet, Signal};
use nix::sys::wait::{waitpid, WaitPidFlag, WaitStatus};
use nix::unistd::{fork, getpid, ForkResult, Pid};
use std::io::Write;
use std::os::fd::{AsFd, AsRawFd, OwnedFd};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

/// What the supervisor hands back besides the records: what `Assembly` needs to make the
/// trace that the records alone do not say (on the wire it follows them).
#[derive(Debug, serde::Serialize, serde::Deserialize)]
pub struct Header {
    supervisor_pid: i32,
    /// The endings the supervisor reaped (orphans, `main`), in the order it saw them.
    reaped: Vec<(i32, Ending)>,
    outcome: Outcome,
    max_cpu_seconds: u64,
}

/// Runs `scenario` to the end and writes its report to `report` (the layout `Assembly`
/// reads): every record as it arrives, then how the run ended. Must be called in a process
/// with one thread: it forks, and the children run arbitrary code.
///
/// The supervisor does not decode the records into a trace: the caller does (`Assembly`), so
/// that a run's events are decoded once, where the trace is used, instead of decoded, built,
/// encoded again for the wire and decoded a second time. Once many wait (`HOLD`) they are
/// handed on while the run goes on, so the caller can decode them while the processes still
/// run, not all after; but never at the run's expense: a caller that falls behind does not make
/// the supervisor wait (see `Outlet`).
pub fn supervise(scenario: &Scenario, settings: super::Settings, report: OwnedFd) -> std::io::Result<()> {
    let me = getpid().as_raw();
    // Orphans of the run are reparented to us rather than to init, so we can find, reap and
    // if need be kill them.
    let _ = nix::sys::prctl::set_child_subreaper(true);

    let signals = crate::sources::host::run_signals();
    let (event_read, event_write, room) = event_channel();
    let scenario_fd = scenario_memfd(scenario);
    let devnull: OwnedFd =
        nix::fcntl::open("/dev/null", OFlag::O_WRONLY | OFlag::O_CLOEXEC, nix::sys::stat::Mode::empty())
            .map(|fd| {
                // SAFETY: `open` returned this fd just now and nothing else owns it.
                unsafe { <OwnedFd as std::os::fd::FromRawFd>::from_raw_fd(fd) }
            })
            .expect("/dev/null");

    let limits = scenario.limits;
    // `main` is the run's first process: counted before it is forked, like every other.
    // The memfd stays open until the run ends: spawned images map the census from it.
    let (census, _census_memfd) = super::census::Census::create(limits.max_processes);
    let _ = census.admit();

    let started = Instant::now();
    // The loader holds a timeout to a day; an instant that far cannot overflow, but a
    // deserialized scenario is not trusted to have been loaded.
    // The run's time limit does not count the time its processes waited for a CPU that other
    // work held (`host::time_limit`): a scenario that passes on a quiet machine does not time
    // out on a loaded CI runner; one that waits (a deadlock) is stopped at its timeout.
    let clock = TimeLimit::new(started, scenario.timeout);
    // SAFETY: the supervisor is single-threaded (its caller's contract), so the child may run
    // arbitrary code after the fork.
    let main_pid = match unsafe { fork() } {
        Ok(ForkResult::Child) => {
            let _ = SigSet::empty().thread_set_mask();
            let _ = nix::unistd::setpgid(Pid::from_raw(0), Pid::from_raw(0));
            // If the supervisor is killed outright it cannot kill the run; the kernel then
            // kills `main` at least.
            let _ = nix::sys::prctl::set_pdeathsig(Signal::SIGKILL);
            // Printed lines are recorded as events; stdout is the supervisor's report channel.
            let _ = nix::unistd::dup2(devnull.as_raw_fd(), 1);
            drop(event_read);
            drop(signals);
            // The report is the supervisor's alone: no process of the run may write into it,
            // or hold the pipe open after the supervisor has ended.
            drop(report);
            // Set once here, inherited by every process of the run.
            crate::sources::host::limit_resources(
                crate::model::scenario::bounds::mib_to_bytes(limits.max_memory_mib),
                limits.max_cpu_seconds,
            );
            let fds = super::process::RunFds { event: event_write.as_raw_fd(), scenario: scenario_fd.as_raw_fd() };
            Interpreter::run_main(scenario, fds, census, me, settings)
        }
        Ok(ForkResult::Parent { child }) => child,
        Err(e) => panic!("cannot fork the main process: {e}"),
    };
    // Set the group from both sides so that it exists whichever runs first.
    let _ = nix::unistd::setpgid(main_pid, main_pid);
    drop(event_write);

    let mut run = Run {
        me,
        main_pid,
        started,
        limits,
        signals,
        census,
        reaped: Vec::new(),
        events: Events::new(event_read, room, Outlet::new(report)),
    };
    let outcome = run.watch(clock);
    // The caller may stop waiting for its decoding now (`Assembly::feed_while`): the rest of
    // the report is all it waits for.
    crate::sources::host::say_run_ended();
    let header = Header { supervisor_pid: me, reaped: run.reaped, outcome, max_cpu_seconds: limits.max_cpu_seconds };
    run.events.outlet.finish(&run.events.raw, &header)
}

/// The event channel: a seqpacket socket pair. Every scenario process sends whole batches of
/// events as single messages, which the kernel never interleaves, whatever their size (a pipe
/// only promises that for writes of at most 4 KiB). The read end (the first) stays with the
/// supervisor; the write end is inherited by every process, across exec too (spawned images
/// write to it). It reads as end of file once every process has closed it. The third value is
/// the bytes that may be in flight on it (the send buffer the kernel granted).
fn event_channel() -> (OwnedFd, OwnedFd, usize) {
    let (event_read, event_write) = nix::sys::socket::socketpair(
        nix::sys::socket::AddressFamily::Unix,
        nix::sys::socket::SockType::SeqPacket,
        None,
        nix::sys::socket::SockFlag::empty(),
    )
    .expect("socketpair");
    fcntl(event_read.as_raw_fd(), FcntlArg::F_SETFD(FdFlag::FD_CLOEXEC)).expect("fcntl");
    // Messages in flight are charged to the sending socket: a larger send buffer lets the
    // supervisor read in big batches (see `BATCH_PAUSE`) without making senders wait.
    // Where the system caps it lower, senders wait a little more often; nothing breaks.
    let _ = nix::sys::socket::setsockopt(&event_write, nix::sys::socket::sockopt::SndBuf, &(EVENT_BUFFER as usize));
    // The kernel's default (208 KiB, doubled) if it says nothing.
    let room = nix::sys::socket::getsockopt(&event_write, nix::sys::socket::sockopt::SndBuf).unwrap_or(416 << 10);
    (event_read, event_write, room)
}

/// The read end of the event channel and what came through it.
///
/// The supervisor only copies records: it takes as little CPU as possible from the processes
/// under test, and hands them on undecoded (`Outlet`) to its caller, which decodes them (a CPU
/// the run leaves idle does that while the run goes on). It never decodes them: when it must
/// stop a run, it reports which processes were alive and what the kernel says they were
/// blocked in, and the caller adds their last events (`Assembly::finish`).
struct Events {
    socket: OwnedFd,
    /// The bytes received and not yet handed on, in arrival order. Messages are received
    /// straight into its spare room: a run's records (megabytes for a busy queue) are copied
    /// once, from the kernel, by the supervisor, whose CPU the processes under test share.
    /// They wait here until the caller takes them; whenever it has taken all, the buffer
    /// starts over (`Outlet::rewind`), so that its pages are written again rather than new
    /// ones faulted in (each fresh page is zeroed and charged: a buffer that kept all of a
    /// million-item queue's 80 MB faulted in 20,000 of them). A stopped run's report no
    /// longer needs them: the caller adds the last events (`alive_report`).
    raw: Vec<u8>,
    /// Where the bytes go on to.
    outlet: Outlet,
    /// Every process has closed its end (or the socket failed).
    eof: bool,
    /// Bytes of events recorded so far; the run stops past `limits.max_recorded`.
    recorded: u64,
    /// The bytes that may wait in the socket before its writers block.
    room: usize,
    /// When the last read was.
    last_drain: Instant,
    /// How long to leave the socket before reading it again (see `drain`).
    pause: Duration,
}

impl Events {
    fn new(socket: OwnedFd, room: usize, outlet: Outlet) -> Events {
        Events {
            socket,
            raw: Vec::new(),
            outlet,
            eof: false,
            recorded: 0,
            room,
            last_drain: Instant::now(),
            pause: BATCH_PAUSE,
        }
    }

    /// Takes every message waiting (one `recv` returns one message), without blocking.
    fn drain(&mut self) {
        let before = self.raw.len();
        loop {
            match recv_appended(&self.socket, &mut self.raw) {
                Ok(0) => {
                    self.eof = true;
                    break;
                }
                Ok(_) => {}
                Err(nix::errno::Errno::EINTR) => {}
                Err(nix::errno::Errno::EAGAIN) => break,
                Err(_) => {
                    self.eof = true;
                    break;
                }
            }
        }
        let got = self.raw.len() - before;
        if self.outlet.due(&self.raw) {
            self.hand_on();
        }
        self.recorded += got as u64;
        // The next pause: long enough that the next read takes a large batch, short enough
        // that, at the rate events came since the last read, a quarter of the socket's room
        // fills at most, so that no writer waits for the supervisor (on a system that grants
        // a small send buffer, a busy queue would otherwise stall on it every pause).
        let now = Instant::now();
        let since = now.saturating_duration_since(self.last_drain);
        self.last_drain = now;
        self.pause = match got {
            0 => BATCH_PAUSE,
            got => since.mul_f64((self.room / 4) as f64 / got as f64).clamp(MIN_PAUSE, BATCH_PAUSE),
        };
    }
}

impl Events {
    /// Writes what the caller has not taken yet, as far as its pipe takes it, and starts the
    /// buffer over once all is taken.
    fn hand_on(&mut self) {
        self.outlet.pump(&self.raw);
        self.outlet.rewind(&mut self.raw);
    }
}

/// The write end of the report pipe, to the caller (`Assembly`), and how far the records have
/// gone through it.
///
/// While the run goes on it is written without blocking: what the pipe does not take waits
/// in `Events::raw`, and goes on at the next read of the socket or when the pipe has room. A caller that decodes slower than the run records (its
/// decoding runs at the lowest priority, on the CPU the run leaves idle) therefore never
/// makes the supervisor wait, nor, through it, the run's processes blocked on a full socket:
/// with a blocking pipe a busy queue's run was paced by its own decoding and took twice as
/// long as with recording off. After the run the rest is written blocking.
///
/// The records go in pieces, each its length (u64, little-endian) then its bytes: a piece is
/// whatever had arrived and not been handed on when it began (whole messages), and a piece
/// once begun is finished before the next, however many writes it takes.
struct Outlet {
    file: std::fs::File,
    /// The piece being written: its length's bytes, the span of `raw` it holds, and how many
    /// of its bytes (the length's first) have been written.
    piece: Option<([u8; 8], std::ops::Range<usize>, usize)>,
    /// The end of the bytes of `raw` put in pieces so far.
    handed: usize,
    /// A write failed: the caller is gone. The run goes on to its end, as it would have had
    /// nobody read its report, and nothing more is written.
    gone: bool,
}

impl Outlet {
    /// Made after `main` is forked, so that no process of the run holds the report open.
    fn new(report: OwnedFd) -> Outlet {
        // O_NONBLOCK is a flag of the open file, which the keeper shares; the keeper never
        // writes to it. `finish` clears it again.
        let gone = set_nonblocking(&report, true).is_err();
        Outlet { file: std::fs::File::from(report), piece: None, handed: 0, gone }
    }

    /// Whether records are to be handed on now, while the run goes on: a piece is half
    /// written, or `HOLD` bytes wait. Fewer wait until the run ends (`finish`): the caller
    /// decodes nothing before `DEFER` bytes wait, and handing them on earlier only woke its
    /// reading thread, which took a CPU from the run (a busy queue's run was 4 % slower with
    /// recording for it on 2 cores; docs/performance.md, "Records held until the run ends").
    fn due(&self, raw: &[u8]) -> bool {
        !self.gone && (self.piece.is_some() || raw.len() - self.handed >= HOLD)
    }

    /// Writes what waits, as far as the pipe takes it without blocking (or, once the pipe is
    /// blocking again, all of it).
    fn pump(&mut self, raw: &[u8]) {
        use std::io::IoSlice;
        while !self.gone {
            let (length, span, written) = match &mut self.piece {
                Some(piece) => piece,
                None if self.handed == raw.len() => return,
                None => {
                    let span = self.handed..raw.len();
                    self.handed = raw.len();
                    self.piece.insert(((span.len() as u64).to_le_bytes(), span, 0))
                }
            };
            while *written < 8 + span.len() {
                let head = &length[(*written).min(8)..];
                let body = &raw[span.start + written.saturating_sub(8)..span.end];
                match self.file.write_vectored(&[IoSlice::new(head), IoSlice::new(body)]) {
                    Ok(n) => *written += n,
                    Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                    Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => return,
                    Err(_) => {
                        self.gone = true;
                        return;
                    }
                }
            }
            self.piece = None;
        }
    }

    /// Empties `raw` once every byte of it has been handed on, so that the next messages are
    /// received into the same memory.
    fn rewind(&mut self, raw: &mut Vec<u8>) {
        if self.piece.is_none() && self.handed == raw.len() {
            raw.clear();
            self.handed = 0;
        }
    }

    /// After the run: writes every record not yet written, the end of the records, and
    /// `header`, blocking.
    fn finish(mut self, raw: &[u8], header: &Header) -> std::io::Result<()> {
        set_nonblocking(self.file.as_fd(), false)?;
        // Nothing once the caller is gone (`pump` writes nothing then).
        self.pump(raw);
        if self.gone {
            return Err(std::io::ErrorKind::BrokenPipe.into());
        }
        let mut out = std::io::BufWriter::new(&self.file);
        out.write_all(&0u64.to_le_bytes())?;
        postcard::to_io(header, &mut out).map_err(std::io::Error::other)?;
        out.flush()
    }
}

/// Sets or clears O_NONBLOCK on an open file.
fn set_nonblocking(fd: impl AsFd, on: bool) -> nix::Result<()> {
    let flags = OFlag::from_bits_retain(fcntl(fd.as_fd().as_raw_fd(), FcntlArg::F_GETFL)?);
    let flags = if on { flags | OFlag::O_NONBLOCK } else { flags - OFlag::O_NONBLOCK };
    fcntl(fd.as_fd().as_raw_fd(), FcntlArg::F_SETFL(flags)).map(drop)
}

/// Receives one message, without blocking, at the end of `raw`; returns its length.
fn recv_appended(socket: &OwnedFd, raw: &mut Vec<u8>) -> nix::Result<usize> {
    // One message is at most one batch (`Recorder` never sends more): this room always holds
    // a whole one, so none is cut short.
    raw.reserve(super::record::BATCH * 2);
    let room = raw.spare_capacity_mut();
    // SAFETY: `room` is `raw`'s allocated, unused capacity, valid for writes of its length;
    // `recv` writes at most that many bytes into it and nothing else aliases it meanwhile.
    let n = unsafe { libc::recv(socket.as_raw_fd(), room.as_mut_ptr().cast(), room.len(), libc::MSG_DONTWAIT) };
    let n = usize::try_from(nix::errno::Errno::result(n)?).expect("recv returned a length");
    // SAFETY: the kernel wrote (initialized) the first `n` bytes of the spare room.
    unsafe { raw.set_len(raw.len() + n) };
    Ok(n)
}

/// One run, from the fork of `main` to its trace.
struct Run {
    me: i32,
    main_pid: Pid,
    started: Instant,
    limits: crate::model::scenario::RunLimits,
    signals: nix::sys::signalfd::SignalFd,
    census: Census,
    /// Endings the supervisor reaped, in order (see `TraceBuilder::reaped`).
    reaped: Vec<(i32, Ending)>,
    events: Events,
}

impl Run {
    /// Collects events and reaps until the event channel is at its end and no child is left,
    /// or until the run must be stopped (then stops it); returns how the run ended.
    fn watch(&mut self, mut clock: TimeLimit) -> Outcome {
        let mut no_children = false;
        while !(self.events.eof && no_children) {
            let now = Instant::now();
            let stop = if clock.expired(now, || self.starved()) {
                Some(StopReason::Timeout)
            } else {
                let (stop, none_left) = self.wait_once(clock.deadline - now);
                no_children = none_left;
                stop
            };
            if let Some(reason) = stop {
                return self.stop(reason);
            }
        }
        Outcome::Finished
    }

    /// Waits up to `wait` for events or a signal, takes the events, reaps; returns why the
    /// run must stop, if it must, and whether no child is left.
    fn wait_once(&mut self, left: Duration) -> (Option<StopReason>, bool) {
        let wait = PollTimeout::try_from(left).unwrap_or(PollTimeout::MAX);
        let mut fds = vec![PollFd::new(self.signals.as_fd(), PollFlags::POLLIN)];
        let socket = (!self.events.eof).then(|| {
            fds.push(PollFd::new(self.events.socket.as_fd(), PollFlags::POLLIN));
            fds.len() - 1
        });
        // Records the caller has not taken yet go on when its pipe has room again, even if no
        // new record comes to wake the supervisor.
        let outlet = self.events.outlet.due(&self.events.raw).then(|| {
            fds.push(PollFd::new(self.events.outlet.file.as_fd(), PollFlags::POLLOUT));
            fds.len() - 1
        });
        let _ = poll(&mut fds, wait);
        let ready = |i: Option<usize>| i.and_then(|i| fds[i].revents()).is_some_and(|r| !r.is_empty());
        let (socket_ready, outlet_ready) = (ready(socket), ready(outlet));
        drop(fds);
        if socket_ready || outlet_ready {
            if socket_ready {
                self.events.drain();
            } else {
                self.events.hand_on();
            }
            // A busy run sends events in a stream; waking for every few hundred bytes would
            // take CPU from the processes under test on a machine with few cores. After a
            // read (or a write of what the caller had not taken), pause so the next read takes
            // a large batch: at most one wake-up per pause.
            // The socket holds far more than arrives in the pause, so no writer waits for it.
            // The pause watches the signalfd alone: the run's last process is the supervisor's
            // child (`main`, or an orphan reparented to it), so its SIGCHLD, which comes after
            // it closed its end of the socket, ends the pause at once, as does a request to
            // stop; only the deadline is kept no more closely than one pause.
            if !self.events.eof {
                let pause = PollTimeout::try_from(self.events.pause.min(left)).unwrap_or(PollTimeout::ZERO);
                let _ = poll(&mut [PollFd::new(self.signals.as_fd(), PollFlags::POLLIN)], pause);
            }
        }
        let mut stop = None;
        // Signals coalesce: one SIGCHLD can stand for many exits, so reap until none is left.
        while let Ok(Some(info)) = self.signals.read_signal() {
            if info.ssi_signo != Signal::SIGCHLD as u32 {
                stop = Signal::try_from(info.ssi_signo as i32).ok().map(StopReason::Signal);
            }
        }
        let no_children = reap(&mut self.reaped, &self.census);
        if self.events.recorded > self.limits.max_recorded {
            stop = stop.or(Some(StopReason::RecordLimit));
        }
        if self.census.refused() {
            stop = stop.or(Some(StopReason::ProcessLimit));
        }
        (stop, no_children)
    }

    /// How long the run waited for a CPU that other work held (`TimeLimit`, which adds the
    /// supervisor's own wait: a process blocked on a full event socket waits for it): the
    /// longest time one of its living processes has spent runnable but waiting. The processes
    /// that have ended take their wait with them (nothing reads it at their exit), which only
    /// makes the limit stricter.
    fn starved(&self) -> Duration {
        let living = procfs::descendants(self.me)
            .into_iter()
            .filter(|p| p.state != 'Z')
            .filter_map(|p| run_delay(&format!("/proc/{}/schedstat", p.pid)))
            .max();
        Duration::from_nanos(living.unwrap_or(0))
    }

    /// Reports what each living process is doing, kills them all and reaps them, and takes
    /// the last events; returns the outcome `reason` makes.
    fn stop(&mut self, reason: StopReason) -> Outcome {
        let alive = alive_report(self.me);
        // Processes blocked writing to a full event socket are still killed by the signals,
        // so the socket need not be read while killing.
        let mut owner = Reaper { reaped: &mut self.reaped, census: &self.census };
        crate::sources::host::stop::stop_run(
            self.me,
            Some(self.main_pid),
            crate::sources::host::stop::Grace::Given,
            &mut owner,
        );
        // After everything is dead the writers are gone: read what they sent before.
        while !self.events.eof {
            self.events.drain();
        }
        let limits = self.limits;
        match reason {
            StopReason::Timeout => Outcome::TimedOut { after_ms: self.started.elapsed().as_millis() as u64, alive },
            StopReason::Signal(s) => Outcome::Interrupted { signal: s.into(), alive },
            StopReason::RecordLimit => {
                Outcome::LimitReached { limit: Limit::RecordedEvents { mib: limits.max_recorded >> 20 }, alive }
            }
            StopReason::ProcessLimit => {
                Outcome::LimitReached { limit: Limit::Processes { at_once: Some(self.census.limit()) }, alive }
            }
        }
    }
}

/// The event channel's send buffer, asked of the kernel.
const EVENT_BUFFER: i32 = 4 << 20;
/// How long the supervisor waits after a read before reading again, unless a signal comes.
/// Each wake-up costs a context switch on a machine whose cores the run's processes need
/// (10,000 children started one after the other woke it 6,000 times at 1 ms); 10 ms of events
/// is at most a few hundred KiB, well within `EVENT_BUFFER`; a run that sends faster than its
/// socket's room allows gets a shorter pause (`Events::drain`).
const BATCH_PAUSE: Duration = Duration::from_millis(10);
/// The shortest pause, when events come fast enough to fill the socket sooner.
const MIN_PAUSE: Duration = Duration::from_millis(1);

enum StopReason {
    Timeout,
    Signal(Signal),
    /// The processes recorded more events than the run allows.
    RecordLimit,
    /// A process would have made more processes than the run allows.
    ProcessLimit,
}

/// Reaps every child that has ended, without blocking; returns true when the supervisor has no
/// child left.
fn reap(reaped: &mut Vec<(i32, Ending)>, census: &Census) -> bool {
    loop {
        match waitpid(None, Some(WaitPidFlag::WNOHANG)) {
            Ok(WaitStatus::StillAlive) => return false,
            Ok(status) => {
                if let Some((pid, ending)) = super::ending_of(status) {
                    reaped.push((pid.as_raw(), ending));
                    census.release();
                }
            }
            Err(nix::errno::Errno::EINTR) => {}
            Err(_) => return true,
        }
    }
}

/// The supervisor as the owner of a run being stopped (see `host::stop`): it reaps with
/// `waitpid`, recording each ending, and waits for SIGCHLD, which it blocks (it reads it from
/// its signalfd the rest of the time).
struct Reaper<'a> {
    reaped: &'a mut Vec<(i32, Ending)>,
    census: &'a Census,
}

impl crate::sources::host::stop::Owner for Reaper<'_> {
    fn reap(&mut self) -> bool {
        reap(self.reaped, self.census)
    }

    fn wait(&mut self, until: Instant) {
        let mut set = SigSet::empty();
        set.add(Signal::SIGCHLD);
        let left = until.saturating_duration_since(Instant::now());
        let _ = sigtimedwait(&set, &nix::sys::time::TimeSpec::from_duration(left));
    }
}

fn sigtimedwait(set: &SigSet, ts: &nix::sys::time::TimeSpec) -> nix::Result<i32> {
    // SAFETY: `set` and `ts` are valid for the call; a null siginfo pointer is allowed.
    let r = unsafe { libc::sigtimedwait(set.as_ref(), std::ptr::null_mut(), ts.as_ref()) };
    nix::errno::Errno::result(r)
}

/// For the report of a cut-short run: the run's living processes and what the kernel says of
/// each; their roles and last events are the caller's to add, from the records
/// (`Assembly::finish`).
fn alive_report(me: i32) -> Vec<AliveProcess> {
    procfs::descendants(me)
        .into_iter()
        .filter(|p| p.state != 'Z')
        .map(|p| AliveProcess {
            pid: p.pid,
            role: None,
            state: p.state.to_string(),
            wchan: procfs::wchan(p.pid),
            last_event: None,
        })
        .collect()
}

/// Writes the scenario into an anonymous file that spawned images can read through the fd
/// they inherit.
fn scenario_memfd(scenario: &Scenario) -> OwnedFd {
    let fd = nix::sys::memfd::memfd_create(c"procscen-scenario", nix::sys::memfd::MemFdCreateFlag::empty())
        .expect("memfd_create");
    let mut file = std::fs::File::from(fd);
    file.write_all(&serde_json::to_vec(scenario).expect("serializable")).expect("write memfd");
    OwnedFd::from(file)
}

/// Makes the trace of a run from the supervisor's report as it is read: the records are
/// decoded once, as they arrive (while the run goes on), into the trace being built, and
/// never held whole.
///
/// The report is the records in pieces, each its length (u64, little-endian) then its bytes,
/// as the supervisor received them; a length of 0 ends them; then the `Header` (postcard),
/// which says how the run ended, and so is only complete once the run is.
pub struct Assembly {
    builder: TraceBuilder,
    frames: FrameReader,
    /// The bytes of the next piece's length read so far.
    length: Vec<u8>,
    /// Bytes of the current piece still to come.
    piece_left: u64,
    /// The records have ended (a piece of length 0 came).
    ended: bool,
    header: Vec<u8>,
}

/// The pieces of the report read but not yet decoded (`Assembly::feed_while`).
#[derive(Default)]
struct Backlog {
    pieces: std::collections::VecDeque<Vec<u8>>,
    bytes: usize,
    /// The report has been read to its end: the decoding thread stops at its next piece.
    ended: bool,
    /// Pieces taken so far: whether the decoding thread makes progress.
    decoded: u64,
    /// The reader, behind, no longer waits for the decoding thread (the run has ended, or
    /// the thread made no progress for `HELP_AFTER`): the thread stops after the piece it
    /// holds, and the reader decodes what comes.
    retired: bool,
}

/// How far, in bytes, the decoding thread may fall behind the reader.
const BEHIND: usize = 16 << 20;

/// How many bytes of records wait before the decoding thread starts on them while the run goes
/// on.
const DEFER: usize = 8 << 20;

/// How many bytes of records the supervisor holds, while the run goes on, before it hands them
/// on (`Outlet::due`): as many as the caller's decoding thread waits for.
const HOLD: usize = DEFER;

/// How long the reader, behind by `BEHIND`, waits for the decoding thread to take a piece
/// before it decodes itself, should the supervisor never say its run has ended.
const HELP_AFTER: Duration = Duration::from_secs(1);

/// How often the reader, waiting for the decoding thread, looks whether the run has ended.
const LOOK_AGAIN: Duration = Duration::from_millis(5);

/// Makes the calling thread's priority the lowest of its kind: nice 19 (a Linux nice value is
/// per thread). It then takes little CPU from a run that needs both cores, and still some on a
/// machine that other work keeps busy. Not `SCHED_IDLE`, which takes none from busy
/// processes but gets none while any are busy: the caller, which ends up waiting for this
/// thread to finish its piece, waited for as long as the machine stayed busy (a whole command
/// held for 120 s by eight busy loops on two cores); and an unprivileged thread cannot leave
/// `SCHED_IDLE` once in it.
fn lowest_priority() {
    let tid = nix::unistd::gettid().as_raw() as libc::id_t;
    // SAFETY: `setpriority` takes integers only and touches no memory of ours; raising one's
    // own nice value is always allowed.
    let _ = unsafe { libc::setpriority(libc::PRIO_PROCESS, tid, 19) };
}

impl Assembly {
    pub fn new(scenario: &str) -> Assembly {
        Assembly {
            builder: TraceBuilder::new(scenario, 0),
            frames: FrameReader::default(),
            length: Vec::with_capacity(8),
            piece_left: 0,
            ended: false,
            header: Vec::new(),
        }
    }

    /// Takes the next bytes of the report.
    pub fn feed(&mut self, mut bytes: &[u8]) {
        while !bytes.is_empty() {
            if self.ended {
                self.header.extend_from_slice(bytes);
                return;
            }
            if self.piece_left == 0 {
                let take = bytes.len().min(8 - self.length.len());
                self.length.extend_from_slice(&bytes[..take]);
                bytes = &bytes[take..];
                let Ok(length) = <[u8; 8]>::try_from(self.length.as_slice()) else { return };
                self.length.clear();
                self.piece_left = u64::from_le_bytes(length);
                self.ended = self.piece_left == 0;
                continue;
            }
            let records = usize::try_from(self.piece_left).unwrap_or(usize::MAX).min(bytes.len());
            let builder = &mut self.builder;
            self.frames.feed(&bytes[..records], |pid, event| match event {
                Ok(event) => builder.event(pid, event),
                Err(e) => eprintln!("procscen: unreadable event from pid {pid}: {e}"),
            });
            self.piece_left -= records as u64;
            bytes = &bytes[records..];
        }
    }

    /// Runs `read`, which hands the report to its sink piece by piece, while a thread of its
    /// own, at the lowest priority (`lowest_priority`), feeds those pieces to this assembly
    /// once `DEFER` bytes of them wait: the run's events are decoded mostly after the run, or
    /// on the CPU its processes leave idle, rather than taken from them (on 2 cores, decoding
    /// on the reading thread at its priority took a busy queue's run from 1.1 to 0.7 times the
    /// C pipe's items per second; decoding each piece as it came, even at nice 19, cost the
    /// queue a fifth of its pace, while a run's records, two bytes a put, are 4 MB for a
    /// million items). What that thread has not decoded when the report ends is decoded here,
    /// at the caller's priority.
    ///
    /// The reader waits while the thread is `BEHIND` bytes behind, rather than the caller
    /// holding the run's records twice (undecoded and decoded): the pipe then fills, and the
    /// records wait in the supervisor (`Outlet`), which holds what it has not handed on; the
    /// run does not wait for them. It waits only while the run goes on: `ended` is set by
    /// `run_helper_into` when the supervisor says its processes have all ended (or, should
    /// that never come, the thread takes no piece for `HELP_AFTER`). From then on, when it
    /// is behind, the thread is retired (it stops after the piece it holds) and the reader
    /// decodes the rest, at its own priority: a machine busy with other work gives a nice-19
    /// thread almost no CPU, and the supervisor, which writes the rest of its report
    /// blocking, would be held up by it. Before, it must not: decoding at the caller's
    /// priority takes the CPU the run's processes need (a reader that decoded as soon as the
    /// thread fell behind made one run in five of a busy queue take twice as long).
    pub fn feed_while<R>(&mut self, ended: &AtomicBool, read: impl FnOnce(&mut dyn FnMut(&[u8])) -> R) -> R {
        use std::sync::{Condvar, Mutex, PoisonError};
        let backlog = Mutex::new(Backlog::default());
        let wake = Condvar::new();
        // Whoever decodes holds the assembly: the decoding thread, or this thread after the
        // report. A piece is taken from the backlog only while the assembly is held, so the
        // pieces are decoded in order.
        let assembly = Mutex::new(self);
        let lock_backlog = || backlog.lock().unwrap_or_else(PoisonError::into_inner);
        // Decodes the oldest piece waiting; false when none waits.
        let decode_one = || -> bool {
            let mut assembly = assembly.lock().unwrap_or_else(PoisonError::into_inner);
            let piece = {
                let mut b = lock_backlog();
                let piece = b.pieces.pop_front();
                if let Some(piece) = &piece {
                    b.bytes -= piece.len();
                    b.decoded += 1;
                    wake.notify_all();
                }
                piece
            };
            piece.map(|piece| assembly.feed(&piece)).is_some()
        };
        let (result, decoded) = std::thread::scope(|scope| {
            let decoder = scope.spawn(|| {
                lowest_priority();
                loop {
                    {
                        let mut b = lock_backlog();
                        while b.bytes < DEFER && !b.ended && !b.retired {
                            b = wake.wait(b).unwrap_or_else(PoisonError::into_inner);
                        }
                        if b.ended || b.retired {
                            return;
                        }
                    }
                    decode_one();
                }
            });
            // Caught, so that a panic in `read` still tells the decoding thread to stop: the
            // scope waits for that thread, which would otherwise wait for pieces forever.
            let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                read(&mut |bytes: &[u8]| {
                    let mut b = lock_backlog();
                    let (mut progress, mut since) = (b.decoded, Instant::now());
                    while b.bytes >= BEHIND && !b.retired {
                        if ended.load(Ordering::Acquire) || since.elapsed() >= HELP_AFTER {
                            // The thread stops after the piece it holds, and the reader
                            // decodes from then on, at its own priority: helping the thread
                            // piece by piece was not enough, as the thread, whenever it ran,
                            // took the assembly again before the woken reader could.
                            b.retired = true;
                            wake.notify_all();
                            break;
                        }
                        // Woken by the thread's progress, or to look at `ended` again.
                        b = wake.wait_timeout(b, LOOK_AGAIN).unwrap_or_else(PoisonError::into_inner).0;
                        if b.decoded != progress {
                            (progress, since) = (b.decoded, Instant::now());
                        }
                    }
                    if b.retired {
                        drop(b);
                        while decode_one() {}
                        assembly.lock().unwrap_or_else(PoisonError::into_inner).feed(bytes);
                        return;
                    }
                    b.bytes += bytes.len();
                    b.pieces.push_back(bytes.to_vec());
                    wake.notify_all();
                })
            }));
            lock_backlog().ended = true;
            wake.notify_all();
            (result, decoder.join())
        });
        let result = result.unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        if let Err(panic) = decoded {
            std::panic::resume_unwind(panic);
        }
        // What the thread has not decoded, at the caller's priority.
        while decode_one() {}
        result
    }

    /// The trace, once the whole report has been fed.
    pub fn finish(self) -> Result<Trace, String> {
        if !self.ended {
            return Err("the supervisor's report ends inside its records".into());
        }
        let header: Header = postcard::from_bytes(&self.header).map_err(|e| e.to_string())?;
        let Header { supervisor_pid, reaped, outcome, max_cpu_seconds } = header;
        let mut builder = self.builder;
        for (pid, ending) in reaped {
            builder.reaped(pid, ending);
        }
        let mut outcome = outcome;
        if let Outcome::TimedOut { alive, .. }
        | Outcome::Interrupted { alive, .. }
        | Outcome::LimitReached { alive, .. } = &mut outcome
        {
            // What each process found alive last recorded: its records are all here now.
            for a in alive.iter_mut() {
                if let Some((role, event)) = builder.latest(a.pid) {
                    a.role = a.role.take().or(role.map(str::to_owned));
                    a.last_event = a.last_event.take().or_else(|| Some(event.kind.to_string()));
                }
            }
        }
        let mut trace = builder.finish(outcome);
        trace.supervisor_pid = supervisor_pid;
        // A process the kernel killed for its CPU time ends by SIGXCPU (or by SIGKILL at the
        // hard limit, a second later, which a scenario process never reaches: it does not
        // catch SIGXCPU). The run ended by itself then, but the limit is what the report must
        // name.
        if trace.outcome == Outcome::Finished
            && trace.processes.iter().any(|p| p.ending == Ending::Signaled(crate::trace::Signal::SIGXCPU))
        {
            trace.outcome =
                Outcome::LimitReached { limit: Limit::CpuTime { seconds: max_cpu_seconds }, alive: Vec::new() };
        }
        if let Outcome::TimedOut { alive, .. }
        | Outcome::Interrupted { alive, .. }
        | Outcome::LimitReached { alive, .. } = &mut trace.outcome
        {
            // The first process with the pid, as a scan in tree order would find it.
            let roles: std::collections::HashMap<i32, &str> =
                trace.processes.iter().rev().map(|p| (p.pid, p.role.as_str())).collect();
            for a in alive.iter_mut() {
                if a.role.is_none() {
                    a.role = roles.get(&a.pid).map(|r| (*r).to_owned());
                }
            }
        }
        Ok(trace)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::template::Value;
    use crate::trace::{Event, EventKind, Origin};
    use std::io::Read;

    /// One frame (`record.rs`'s layout: length, pid, flags, then the event).
    fn frame(pid: i32, event: &Event) -> Vec<u8> {
        let payload = postcard::to_allocvec(event).unwrap();
        let mut out = (payload.len() as u32).to_le_bytes().to_vec();
        out.extend_from_slice(&pid.to_le_bytes());
        out.push(0);
        out.extend_from_slice(&payload);
        out
    }

    #[test]
    fn the_outlet_never_waits_for_its_reader_and_hands_on_every_byte_in_order() {
        let (read, write) = nix::unistd::pipe().unwrap();
        let mut outlet = Outlet::new(write);
        // Far more than the pipe holds (64 KiB by default), in three arrivals.
        let raw: Vec<u8> = (0..3u32 << 20).map(|i| (i % 251) as u8).collect();
        let arrivals = [1000, 1 << 20, raw.len()];
        for end in arrivals {
            // Nobody reads yet: these return with bytes left over instead of blocking.
            outlet.pump(&raw[..end]);
        }
        assert!(outlet.due(&raw), "the pipe cannot have taken 3 MiB");
        let reader = std::thread::spawn(move || {
            let mut report = Vec::new();
            std::fs::File::from(read).read_to_end(&mut report).unwrap();
            report
        });
        let header = Header {
            supervisor_pid: 1,
            reaped: vec![(7, Ending::Exited(0))],
            outcome: Outcome::Finished,
            max_cpu_seconds: 1,
        };
        outlet.finish(&raw, &header).unwrap();
        let report = reader.join().unwrap();
        // Pieces of whole arrivals, as `Assembly` reads them, then the end and the header.
        let mut rest = report.as_slice();
        let mut records = Vec::new();
        loop {
            let (length, after) = rest.split_at(8);
            let length = u64::from_le_bytes(length.try_into().unwrap()) as usize;
            rest = after;
            if length == 0 {
                break;
            }
            let (piece, after) = rest.split_at(length);
            records.extend_from_slice(piece);
            rest = after;
            assert!(arrivals.contains(&records.len()), "a piece ends where an arrival did");
        }
        assert!(records == raw, "every byte, in order, once");
        assert_eq!(rest, postcard::to_allocvec(&header).unwrap());
    }

    #[test]
    fn a_report_in_pieces_makes_the_same_trace_however_it_is_read() {
        let event = |seq, kind| Event { seq, time_ns: u64::from(seq), label: None, kind };
        let begin_event =
            || EventKind::Begin { name: "main".into(), parent_pid: 1, parent_seq: None, origin: Origin::Main };
        let begin = begin_event();
        let put = |i: u32| EventKind::Put { channel: "q".into(), value: Value::plain(i.to_string()), timed_out: false };
        let records: Vec<Vec<u8>> = std::iter::once(frame(7, &event(0, begin)))
            .chain((1..40).map(|i| frame(7, &event(i, put(i)))))
            .chain(std::iter::once(frame(7, &event(40, EventKind::End { code: 0 }))))
            .collect();
        // The supervisor's pieces are whatever its reads took: here 1, 2, 3... frames, and
        // a frame may end up cut between two reads of the caller.
        let mut report = Vec::new();
        let mut frames = records.iter();
        for n in 1.. {
            let piece: Vec<u8> = frames.by_ref().take(n).flatten().copied().collect();
            if piece.is_empty() {
                break;
            }
            report.extend_from_slice(&(piece.len() as u64).to_le_bytes());
            report.extend_from_slice(&piece);
        }
        report.extend_from_slice(&0u64.to_le_bytes());
        let header = Header {
            supervisor_pid: 1,
            reaped: vec![(7, Ending::Exited(0))],
            outcome: Outcome::Finished,
            max_cpu_seconds: 1,
        };
        report.extend_from_slice(&postcard::to_allocvec(&header).unwrap());
        for (read, behind) in [1, 3, 8, 13, 64, report.len()].into_iter().flat_map(|r| [(r, false), (r, true)]) {
            let mut assembly = Assembly::new("s");
            if behind {
                // Through the decoding thread (`feed_while`), as `engine::run` feeds it.
                let reads = assembly.feed_while(&AtomicBool::new(false), |sink| report.chunks(read).map(sink).count());
                assert_eq!(reads, report.len().div_ceil(read), "`feed_while` returns what `read` did");
            } else {
                report.chunks(read).for_each(|bytes| assembly.feed(bytes));
            }
            let trace = assembly.finish().unwrap();
            assert_eq!(trace.processes.len(), 1);
            let main = &trace.processes[0];
            assert_eq!((main.events.len(), &main.ending), (41, &Ending::Exited(0)), "reads of {read} bytes");
            assert_eq!(main.events[39].kind, put(39));
        }
        // A report far longer than the decoding thread may fall behind by: the reader waits
        // for it, and nothing is lost.
        let big = "x".repeat(1000);
        let mut long = Vec::new();
        let frames: Vec<u8> = std::iter::once(frame(7, &event(0, begin_event())))
            .chain((1..20_000).map(|i| {
                let kind =
                    EventKind::Put { channel: "q".into(), value: Value::plain(format!("{i}{big}")), timed_out: false };
                frame(7, &event(i, kind))
            }))
            .flatten()
            .collect();
        assert!(frames.len() > BEHIND, "{} bytes", frames.len());
        long.extend_from_slice(&(frames.len() as u64).to_le_bytes());
        long.extend_from_slice(&frames);
        long.extend_from_slice(&0u64.to_le_bytes());
        long.extend_from_slice(&postcard::to_allocvec(&header).unwrap());
        // Whether the reader may wait for the decoding thread (the run goes on) or not.
        for ended in [false, true] {
            let mut assembly = Assembly::new("s");
            assembly.feed_while(&AtomicBool::new(ended), |sink| long.chunks(1 << 16).for_each(sink));
            let trace = assembly.finish().unwrap();
            assert_eq!(trace.processes[0].events.len(), 20_000);
        }

        // A reader that panics ends the call with its panic: the decoding thread is told to
        // stop, not left waiting for pieces (the scope would wait for it forever).
        let mut assembly = Assembly::new("s");
        let panicked = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            assembly.feed_while(&AtomicBool::new(false), |sink| {
                sink(&report[..10]);
                panic!("the reader failed")
            })
        }));
        assert!(panicked.is_err());

        let mut cut = Assembly::new("s");
        cut.feed(&report[..report.len() / 2]);
        assert!(cut.finish().is_err(), "a report that ends inside its records");
    }
}
