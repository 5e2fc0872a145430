//! The Trace: what happened in one run, the one structure every consumer reads.
//!
//! A trace holds the processes of a run (pid, parent, role name, how each ended), each
//! process's events in program order, and the causal edges between processes (a start or fork
//! happens before the child's first event; a child's last event happens before the join that
//! waited for it). Sources build it (`build` from the engine's records); the checker, the
//! redactor and the reports only read it.

pub mod build;
pub mod names;
pub mod observed;
pub mod outcome;
pub mod reach;
pub mod sync;
pub mod travelled;

use crate::model::template::{Name, Value};
use serde::{Deserialize, Serialize};

pub use observed::{Observation, OutputLine, Stream, Usage};
pub use outcome::{Limit, ProgramEnding, Signal};
pub use reach::Reach;

/// Index of a process in `Trace::processes`.
pub type ProcId = usize;

/// One run.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Trace {
    /// The scenario's name.
    pub scenario: String,
    /// Processes in tree order: each parent before its children, siblings in the order their
    /// parent made them. The order is the same in every run of the same scenario.
    pub processes: Vec<Process>,
    /// Causal edges between processes.
    pub edges: Vec<Edge>,
    /// How the run ended.
    pub outcome: Outcome,
    /// The pid of the supervisor, the parent of `main` and the reaper of orphans.
    pub supervisor_pid: i32,
}

/// One process of a run.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Process {
    pub pid: i32,
    /// The process that made this one; `None` for `main`.
    pub parent: Option<ProcId>,
    /// The pid of the process that made this one, as it was at the fork.
    pub parent_pid: i32,
    /// The name the scenario gives it (`main`, a definition's name, an `as:` name, `child`).
    pub name: String,
    /// A name unique in the run: `name`, or `name#k` when several processes share a name.
    pub role: String,
    /// How the process came to be.
    pub origin: Origin,
    /// How it ended.
    pub ending: Ending,
    /// Its events in program order.
    pub events: Vec<Event>,
    /// What an observed process read from pipes and sockets of the program, one read after
    /// another: of each read its first `KEPT_PER_READ` bytes, and none of a read into several
    /// buffers or once the run's reads filled what is kept (`observer::channels`). The checks
    /// that a value printed as read came through a channel read these. Not written out with
    /// the trace (bytes of the program's, of no use to a report).
    #[serde(skip)]
    pub received: Vec<u8>,
    /// Where in `received` each read ends, with the sequence number of the process's first
    /// event after that read, in order: the bytes a process had read before one of its events
    /// are `received[..end]` of the last read before it (`read_before`).
    #[serde(skip)]
    pub received_marks: Vec<(u32, usize)>,
    /// Where each read lies in `received` (`start..end`), with the pids of the processes whose
    /// writes may have put its bytes there; `None` when the stream's writers are not known (a
    /// socket connected by name: a `Manager`'s). `fifo` asks that a value a reader printed
    /// came from its writer, not from anyone (red team round 26, F2).
    #[serde(skip)]
    pub received_from: Vec<(usize, usize, Option<Vec<i32>>)>,
    /// Where an observed process wrote to a pipe or socket of the program, in order: the
    /// sequence number of its first event after the write, and the write's time (what
    /// `in_flight`'s `ends_at_send` reads).
    #[serde(skip)]
    pub sent: Vec<(u32, u64)>,
    /// What an observed process wrote to pipes and sockets of the program that another
    /// process read: of each `write` or `send` into one buffer, its first `KEPT_PER_READ`
    /// bytes, as `received` keeps reads (`fifo` looks there for each value a reader took).
    #[serde(skip)]
    pub sent_bytes: Vec<u8>,
    /// Where each write's bytes end in `sent_bytes`, with the sequence number of the process's
    /// first event after that write (`u32::MAX` when the write's place among the events is not
    /// known: a write into a `Manager`'s socket, a stdout put on a channel): a value printed as
    /// sent must be among the bytes written after the line (red team round 29, F5: a child
    /// that sent its reply before it received, and printed its lines in the right order).
    #[serde(skip)]
    pub sent_marks: Vec<(u32, usize)>,
    /// Where in `received` a read ends whose bytes were not all kept (past 4 KiB): no pickle
    /// read on past it into the next read's bytes (`travelled`).
    #[serde(skip)]
    pub received_short: Vec<usize>,
    /// The same of `sent_bytes`.
    #[serde(skip)]
    pub sent_short: Vec<usize>,
}

impl Process {
    /// What the process had read from the program's pipes and sockets before its event of
    /// sequence number `seq`: the values a line printed as read must be among these bytes,
    /// not only among what it read later (red team round 21: a reader printed every value as
    /// soon as it had taken the first one, before the writer wrote the rest).
    pub fn read_before(&self, seq: u32) -> usize {
        let reads = self.received_marks.partition_point(|&(before, _)| before <= seq);
        reads.checked_sub(1).map_or(0, |last| self.received_marks[last].1)
    }

    /// Where each read's bytes end in `received` (`travelled`'s cuts).
    pub fn received_cuts(&self) -> Vec<usize> {
        self.received_from.iter().map(|&(_, end, _)| end).collect()
    }

    /// Where each write's bytes end in `sent_bytes` (`travelled`'s cuts).
    pub fn sent_cuts(&self) -> Vec<usize> {
        self.sent_marks.iter().map(|&(_, end)| end).collect()
    }

    /// Which of `values` the process wrote (`travelled::found_in`).
    pub fn sent_any<'v>(&self, values: impl Iterator<Item = &'v str>) -> std::collections::HashSet<&'v str> {
        travelled::found_in(
            &self.sent_bytes,
            travelled::Cuts { ends: &self.sent_cuts(), short: &self.sent_short },
            values,
        )
    }

    /// For each of `values` the process wrote, the sequence number of its first event after the
    /// latest write that carried it (`travelled::all_found`): `u32::MAX` when a write whose
    /// place among the events is not known carried it. A value sent after an event of sequence
    /// number `seq` has a number above `seq`. Values it never wrote are not in the map.
    pub fn last_sent<'v>(&self, values: &[&'v str]) -> std::collections::HashMap<&'v str, u32> {
        // The write a value's first byte is in: one whose last bytes only went after the line
        // was written before it. Bytes past the last mark have no known place.
        let place_of = |start: usize| {
            let write = self.sent_marks.partition_point(|&(_, e)| e <= start);
            self.sent_marks.get(write).map_or(u32::MAX, |m| m.0)
        };
        travelled::all_found(
            &self.sent_bytes,
            travelled::Cuts { ends: &self.sent_cuts(), short: &self.sent_short },
            values.iter().copied(),
        )
        .into_iter()
        .filter_map(|(v, places)| Some((v, places.iter().map(|&(start, _)| place_of(start)).max()?)))
        .collect()
    }
}

/// How a process came to be.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Origin {
    /// The process the supervisor starts.
    Main,
    /// `start` with the fork method: a copy of the parent running another definition.
    Forked,
    /// `start` with the spawn method: a fresh process image.
    Spawned,
    /// A `fork` action: a copy of the parent that continues where the parent was. In an
    /// observed program, any process made by fork, vfork or clone.
    Fork,
    /// In an observed program, a process that its launcher or runtime made for itself, not the
    /// program: a pyenv shim's helpers, Python's forkserver and resource tracker. Checks look
    /// through helpers: the children of a forkserver count as children of its parent.
    Helper,
}

/// How a process ended.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Ending {
    Exited(i32),
    Signaled(Signal),
    /// Never seen to end (the run was cut short, or its reaper is unknown).
    Unknown,
}

impl std::fmt::Display for Ending {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Ending::Exited(c) => write!(f, "exit {c}"),
            Ending::Signaled(s) => write!(f, "killed by {s}"),
            Ending::Unknown => f.write_str("unknown"),
        }
    }
}

/// Something one process did.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// The per-process sequence number: the position in program order.
    pub seq: u32,
    /// CLOCK_MONOTONIC in nanoseconds, comparable across the processes of a run.
    pub time_ns: u64,
    /// The label of the action that recorded it.
    pub label: Option<Name>,
    pub kind: EventKind,
}

/// How reports show an exec of a file the program may have made (`EventKind::Exec`'s
/// `own_file`), before its command line.
pub const OWN_FILE: &str = "(code the program could write)";

/// Whether `program` (a path, or a name looked up in `PATH`) names a Python interpreter:
/// `python3`, `python`, `/usr/bin/python3.11`, `python2.7`.
pub fn is_python_interpreter(program: &str) -> bool {
    std::path::Path::new(program).file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with("python"))
}

/// An exec's command line as reports show it: its words, after `OWN_FILE` when the file
/// executed is one the program could have made.
pub fn command_line(argv: &[String], own_file: bool) -> String {
    if own_file {
        format!("{OWN_FILE} {}", argv.join(" "))
    } else {
        argv.join(" ")
    }
}

/// What an event records.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum EventKind {
    /// The process's first event. `parent_seq` is the parent's start or fork event.
    Begin { name: String, parent_pid: i32, parent_seq: Option<u32>, origin: Origin },
    /// A printed line.
    Print(Value),
    /// A sleep, as written in the scenario.
    Sleep { written: String },
    /// The process started a child (`start`); the child is `child_pid`, made so.
    Start { child_pid: i32, name: String, origin: Origin },
    /// The process forked; in the parent `child_pid` is the child.
    Fork { child_pid: i32, name: String },
    /// The process waited for a child, which ended so.
    Join { child_pid: i32, name: String, ending: Ending },
    /// A variable was assigned.
    Let { var: Name, value: Value },
    /// The process's last event before it exits with `code`.
    End { code: i32 },
    /// A loop began; `over` says what it goes over.
    Loop { var: String, over: String },
    /// A loop ended after this many iterations.
    LoopEnd { iterations: u32 },
    /// Queues or pipes were made: a queue has one name, a pipe its two ends.
    Channel { names: Vec<String>, capacity: Option<u32> },
    /// An item was put into a queue or sent through a pipe end; `timed_out` when it was not.
    Put { channel: Name, value: Value, timed_out: bool },
    /// An item was taken; `from` is the pid and event sequence number of its put, `None` when
    /// the wait timed out.
    Get { channel: Name, value: Value, from: Option<(i32, u32)> },
    /// A pool was made, with these worker pids.
    Pool { name: String, size: u32, workers: Vec<i32> },
    /// A task was submitted to a pool; `task` numbers the pool's tasks from 0.
    Submit { pool: Name, task: u32, process: String },
    /// A worker began a task; `submit_seq` is the owner's submit event.
    TaskStart { pool: Name, task: u32, process: String, submit_seq: u32 },
    /// A worker finished a task with this result.
    TaskEnd { pool: Name, task: u32, value: Value },
    /// The owner took a task's result; `end_seq` is the worker's task end event.
    Result { pool: Name, task: u32, value: Value, worker_pid: i32, end_seq: u32 },
    /// A pool was closed to new tasks.
    Close { pool: Name },
    /// The owner waited for every worker of a pool to end; they ended so.
    JoinPool { pool: Name, workers: Vec<(i32, Ending)> },
    /// The process sent `signal` to its child `name`.
    Kill { child_pid: i32, name: String, signal: String },
    /// The process sent `signal` to itself.
    Raise { signal: String },
    /// The process ignores `signal` from now on.
    Ignore { signal: String },
    /// A pool's owner started a worker in place of one that ended after its `max_tasks`.
    Respawn { pool: Name, worker_pid: i32, replaced_pid: i32 },
    /// An observed process executed a new program with these arguments. `own_file`: the file
    /// it executed lies where the program may write (its working copy, `/tmp`, `/dev/shm`, a
    /// memfd), so the program may have made it: a copy of `/bin/bash` named `/tmp/python3` is
    /// not an interpreter, whatever its name; or the dynamic loader (`LD_PRELOAD`) or a Python
    /// interpreter's start-up loads code from there (`sources::observer::python_start`). A
    /// check's `command` and `command_matches` never match such an exec, and reports show it.
    Exec { argv: Vec<String>, own_file: bool },
    /// A lock, semaphore, event, barrier or shared integer was made, with its initial count
    /// (semaphore), parties (barrier) or value (shared integer).
    SyncMade { name: String, kind: SyncKind, initial: i64 },
    /// The lock or semaphore was taken, or the event clear, so the process waits for it.
    /// Recorded only when it has to wait, so how many there are varies between runs.
    Blocked { name: String },
    /// A lock or semaphore was acquired; `from` is the pid and event sequence number of the
    /// release whose permit this took, `None` for one of the initial permits (or an rlock
    /// its holder acquired again).
    Acquire { name: String, from: Option<(i32, u32)> },
    /// A lock or semaphore was released.
    Release { name: String },
    /// An event was set.
    Set { name: String },
    /// An event was cleared.
    Clear { name: String },
    /// A wait for an event returned; `from` is the set it saw.
    EventWait { name: String, from: Option<(i32, u32)> },
    /// A process left a barrier in round `round` (from 0); `arrivals` are the pid and event
    /// sequence number of every party's wait in that round.
    BarrierWait { name: String, round: u32, arrivals: Vec<(i32, u32)> },
    /// A shared integer was read.
    Read { name: String, value: i64 },
    /// A shared integer was written.
    Write { name: String, value: i64 },
    /// `delta` was added to a shared integer, which held `before` and then `after`; when not
    /// `atomic`, other writes may have come between the read of `before` and the write.
    Add { name: String, delta: i64, before: i64, after: i64, atomic: bool },
    /// The value of a shared integer when the process that made it ended.
    Final { name: String, value: i64 },
    /// A join with a timeout gave up: the child was still running. (Variants are added at
    /// the end: `engine::record::ItemEventKind` mirrors the first ones by position.)
    JoinTimedOut { child_pid: i32, name: String },
    /// The process sent SIGTERM to its child `name` (`terminate`, as Python's
    /// `Process.terminate()`); `child_pid` is 0 when the child had already been joined, and
    /// nothing was sent.
    Terminate { child_pid: i32, name: String },
    /// A condition was notified (`all`: `notify_all`), waking `woke` waiters (how many
    /// waited varies between runs).
    Notify { name: String, all: bool, woke: u32 },
    /// A wait on a condition was notified; `from` is the notify that woke it. The process
    /// released the lock before (a `Release`) and acquires it again after (an `Acquire`).
    ConditionWait { name: String, from: Option<(i32, u32)> },
    /// A task of a joinable queue was marked done; `last` when it left no unfinished task
    /// (which one does varies between runs). `round` numbers the times the count reached
    /// zero: the last `task_done` of round `r` happens after every other of that round.
    TaskDone { queue: String, last: bool, round: u32 },
    /// A join on a joinable queue returned; `from` is the `task_done` that left it with no
    /// unfinished task, `None` when nothing was ever put.
    JoinQueue { queue: String, from: Option<(i32, u32)> },
    /// A line an observed program wrote to stderr that is one of the assignment's lines: it
    /// says what the line says, so it counts as printed for every check about what was said,
    /// but it never sat in a stdio buffer (stderr is unbuffered), and grading fails its format.
    ///
    /// Last of the variants with `Killed`: the engine's records encode variants by their place
    /// (postcard), and the observer's events are never among them.
    Logged(Value),
    /// An observed program's process was ended by `signal`: its `exit` event, as `End` is for
    /// one that exited, so that "DONE comes after the reader ended" holds for a reader its
    /// parent terminated and joined. (The engine's processes record their own events, and a
    /// killed one records no more: its ending is the process's, not an event.)
    Killed { signal: Signal },
}

/// What kind of synchronization object an event is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SyncKind {
    Lock,
    Semaphore,
    Event,
    Barrier,
    Shared,
    #[serde(rename = "rlock")]
    RLock,
    #[serde(rename = "bounded_semaphore")]
    BoundedSemaphore,
    Condition,
}

impl SyncKind {
    pub fn as_str(self) -> &'static str {
        match self {
            SyncKind::Lock => "lock",
            SyncKind::Semaphore => "semaphore",
            SyncKind::Event => "event",
            SyncKind::Barrier => "barrier",
            SyncKind::Shared => "shared integer",
            SyncKind::RLock => "rlock",
            SyncKind::BoundedSemaphore => "bounded semaphore",
            SyncKind::Condition => "condition",
        }
    }
}

impl std::fmt::Display for EventKind {
    /// A short description, for reports (not redacted: use `redact` for snapshots).
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            EventKind::Begin { .. } => f.write_str("began"),
            EventKind::Print(v) => write!(f, "printed {:?}", v.text),
            EventKind::Logged(v) => write!(f, "wrote {:?} to stderr", v.text),
            EventKind::Sleep { written } => write!(f, "sleep {written}"),
            EventKind::Start { name, .. } => write!(f, "started {name}"),
            EventKind::Fork { name, .. } => write!(f, "forked {name}"),
            EventKind::Join { name, child_pid: 0, .. } => {
                write!(f, "joined {name} (every one already joined: nothing waited for)")
            }
            EventKind::Join { name, ending, .. } => write!(f, "joined {name} ({ending})"),
            EventKind::JoinTimedOut { name, .. } => write!(f, "gave up joining {name} (still running)"),
            EventKind::Terminate { name, child_pid: 0 } => {
                write!(f, "terminated {name} (already joined: nothing sent)")
            }
            EventKind::Terminate { name, .. } => write!(f, "terminated {name} (sent SIGTERM)"),
            EventKind::Let { var, value } => write!(f, "let {var} = {}", value.text),
            EventKind::End { code } => write!(f, "ended with {code}"),
            EventKind::Killed { signal } => write!(f, "killed by {signal}"),
            EventKind::Loop { var, over } => write!(f, "loop {var} over {over}"),
            EventKind::LoopEnd { iterations } => write!(f, "loop ended after {iterations} iteration(s)"),
            EventKind::Channel { names, capacity: Some(c) } => write!(f, "made {} (capacity {c})", names.join(", ")),
            EventKind::Channel { names, capacity: None } => write!(f, "made {}", names.join(", ")),
            EventKind::Put { channel, value, timed_out: false } => write!(f, "put {:?} into {channel}", value.text),
            EventKind::Put { channel, value, timed_out: true } => {
                write!(f, "gave up putting {:?} into {channel} (timed out)", value.text)
            }
            EventKind::Get { channel, value, from: Some(_) } => write!(f, "took {:?} from {channel}", value.text),
            EventKind::Get { channel, from: None, .. } => write!(f, "gave up taking from {channel} (timed out)"),
            EventKind::Pool { name, size, .. } => write!(f, "made pool {name} of {size}"),
            EventKind::Submit { pool, task, process } => write!(f, "submitted task {task} ({process}) to {pool}"),
            EventKind::TaskStart { pool, task, .. } => write!(f, "began task {task} of {pool}"),
            EventKind::TaskEnd { pool, task, value } => write!(f, "ended task {task} of {pool} with {:?}", value.text),
            EventKind::Result { pool, task, value, .. } => {
                write!(f, "took the result of task {task} of {pool}: {:?}", value.text)
            }
            EventKind::Close { pool } => write!(f, "closed {pool}"),
            EventKind::JoinPool { pool, .. } => write!(f, "joined the workers of {pool}"),
            EventKind::Kill { name, signal, .. } => write!(f, "sent {signal} to {name}"),
            EventKind::Raise { signal } => write!(f, "raised {signal}"),
            EventKind::Ignore { signal } => write!(f, "ignores {signal}"),
            EventKind::Respawn { pool, .. } => write!(f, "started a new worker of {pool}"),
            EventKind::Exec { argv, own_file } => write!(f, "executed {}", command_line(argv, *own_file)),
            EventKind::SyncMade { name, kind, initial } => match kind {
                SyncKind::Lock | SyncKind::Event | SyncKind::RLock | SyncKind::Condition => {
                    write!(f, "made {} {name}", kind.as_str())
                }
                SyncKind::Semaphore | SyncKind::BoundedSemaphore => {
                    write!(f, "made {} {name} with count {initial}", kind.as_str())
                }
                SyncKind::Barrier => write!(f, "made barrier {name} for {initial} parties"),
                SyncKind::Shared => write!(f, "made shared integer {name} = {initial}"),
            },
            EventKind::Blocked { name } => write!(f, "waits for {name}"),
            EventKind::Acquire { name, .. } => write!(f, "acquired {name}"),
            EventKind::Release { name } => write!(f, "released {name}"),
            EventKind::Set { name } => write!(f, "set {name}"),
            EventKind::Clear { name } => write!(f, "cleared {name}"),
            EventKind::EventWait { name, .. } => write!(f, "waited for {name}"),
            EventKind::BarrierWait { name, round, .. } => write!(f, "passed barrier {name} (round {round})"),
            EventKind::Read { name, value } => write!(f, "read {name} = {value}"),
            EventKind::Write { name, value } => write!(f, "wrote {name} = {value}"),
            EventKind::Add { name, delta, before, after, atomic } => {
                let how = if *atomic { "" } else { " (read, then write)" };
                write!(f, "added {delta} to {name}: {before} -> {after}{how}")
            }
            EventKind::Final { name, value } => write!(f, "{name} was {value} at the end"),
            EventKind::Notify { name, all, woke } => {
                let verb = if *all { "notified all of" } else { "notified" };
                write!(f, "{verb} {name} (woke {woke})")
            }
            EventKind::ConditionWait { name, .. } => write!(f, "was notified on {name}"),
            EventKind::TaskDone { queue, .. } => write!(f, "marked a task of {queue} done"),
            EventKind::JoinQueue { queue, .. } => write!(f, "joined {queue} (every task done)"),
        }
    }
}

/// The pool task an event belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TaskRef<'t> {
    pub pool: &'t str,
    pub task: u32,
    /// The definition the task runs.
    pub process: &'t str,
}

/// Names one event of a trace: its process (`ProcId`) and its index there. Held as two
/// `u32`s, so that an edge is 20 bytes, not 40: a big run has an edge for every item that
/// went through a queue. Ordered by process, then index.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct EventId {
    process: u32,
    index: u32,
}

impl EventId {
    /// The event at `index` in process `process`. Both are below 2^32: a trace of 2^32 events
    /// would need over 300 GiB for its events alone.
    pub fn new(process: ProcId, index: usize) -> EventId {
        let narrow = |n: usize| u32::try_from(n).expect("a trace holds fewer than 2^32 processes and events");
        EventId { process: narrow(process), index: narrow(index) }
    }

    /// The event's process.
    pub fn process(self) -> ProcId {
        self.process as ProcId
    }

    /// The event's index in its process's events.
    pub fn index(self) -> usize {
        self.index as usize
    }
}

/// A causal edge: `from` happens before `to`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Edge {
    pub from: EventId,
    pub to: EventId,
    pub kind: EdgeKind,
}

/// Why one event happens before another in a different process.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EdgeKind {
    /// A start or fork, to the child's first event.
    Start,
    /// A child's last event, to the join that waited for it.
    Join,
    /// A put (or send), to the get (or recv) that took its item.
    Message,
    /// A submit, to the start of its task in a worker.
    Task,
    /// The end of a task in a worker, to the owner's taking of its result.
    Result,
    /// A release of a lock or semaphore, to the acquire that took its permit.
    Lock,
    /// A set of an event, to a wait that saw it.
    Event,
    /// A party's arrival at a barrier, to every party's departure in that round.
    Barrier,
    /// A notify of a condition, to each wait it woke.
    Notify,
    /// The `task_done` that left a joinable queue with no unfinished task, to each `join` of
    /// the queue it let return.
    #[serde(rename = "task_done")]
    TaskDone,
    /// In an observed program: a `kill` (or `tgkill`, `sigqueue`, ...), to what the process
    /// it signalled did after the signal's delivery.
    Signal,
}

impl EdgeKind {
    /// Every kind, in the order the scenario format documents them.
    pub const ALL: [EdgeKind; 11] = [
        EdgeKind::Start,
        EdgeKind::Join,
        EdgeKind::Message,
        EdgeKind::Task,
        EdgeKind::Result,
        EdgeKind::Lock,
        EdgeKind::Event,
        EdgeKind::Barrier,
        EdgeKind::Notify,
        EdgeKind::TaskDone,
        EdgeKind::Signal,
    ];

    /// The kind named `name` (as `as_str` writes it).
    pub fn named(name: &str) -> Option<EdgeKind> {
        EdgeKind::ALL.into_iter().find(|k| k.as_str() == name)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            EdgeKind::Start => "start",
            EdgeKind::Join => "join",
            EdgeKind::Message => "message",
            EdgeKind::Task => "task",
            EdgeKind::Result => "result",
            EdgeKind::Lock => "lock",
            EdgeKind::Event => "event",
            EdgeKind::Barrier => "barrier",
            EdgeKind::Notify => "notify",
            EdgeKind::TaskDone => "task_done",
            EdgeKind::Signal => "signal",
        }
    }
}

/// How a run ended.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Outcome {
    /// Every process ended by itself.
    Finished,
    /// The timeout expired; these processes were alive and were killed.
    TimedOut { after_ms: u64, alive: Vec<AliveProcess> },
    /// The supervisor was asked to stop (Ctrl-C, a test runner's timeout) and killed the run.
    Interrupted { signal: Signal, alive: Vec<AliveProcess> },
    /// The run passed one of its limits (`limit` says which) and was killed.
    LimitReached { limit: Limit, alive: Vec<AliveProcess> },
}

/// A process found alive when a run was cut short, and what it was blocked in.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AliveProcess {
    pub pid: i32,
    /// Its role, when it had recorded its first event.
    pub role: Option<String>,
    /// The kernel's state letter and wait channel, from /proc.
    pub state: String,
    pub wchan: String,
    /// A description of its last recorded event.
    pub last_event: Option<String>,
}

impl Trace {
    /// Whether the trace is of a program the tracer observed (its processes executed
    /// programs), not of a scenario the engine ran, where every order is one the engine made
    /// and recorded.
    pub fn is_observed(&self) -> bool {
        self.processes.iter().any(|p| p.events.iter().any(|e| matches!(e.kind, EventKind::Exec { .. })))
    }

    /// The event named by `id`.
    pub fn event(&self, id: EventId) -> &Event {
        &self.processes[id.process()].events[id.index()]
    }

    /// Every event of the trace with its id.
    pub fn events(&self) -> impl Iterator<Item = (EventId, &Event)> {
        self.processes
            .iter()
            .enumerate()
            .flat_map(|(p, proc_)| proc_.events.iter().enumerate().map(move |(i, e)| (EventId::new(p, i), e)))
    }

    /// The processes the scenario calls `name` (by name, or by unique role).
    pub fn processes_named<'t>(&'t self, name: &'t str) -> impl Iterator<Item = ProcId> + 't {
        self.processes.iter().enumerate().filter(move |(_, p)| p.name == name || p.role == name).map(|(i, _)| i)
    }

    /// The role of the process with `pid`, or `supervisor`.
    pub fn role_of_pid(&self, pid: i32) -> Option<&str> {
        // Pid 1 is the tracer of a program observed in a pid namespace (`observer::pidns`),
        // but a 1 in a line is far more likely a number than that.
        if pid == self.supervisor_pid && pid != 1 {
            return Some("supervisor");
        }
        self.processes.iter().find(|p| p.pid == pid).map(|p| p.role.as_str())
    }

    /// For every event (by process, then index), the pool task it belongs to: a submit, a
    /// taken result, and every event a worker recorded from a task's start to its end. A
    /// process with no such event gets an empty list (read it with `get`): a run without
    /// pools costs no entry per event.
    pub fn task_index(&self) -> Vec<Vec<Option<TaskRef<'_>>>> {
        let mut definitions = std::collections::HashMap::new();
        for p in &self.processes {
            for e in &p.events {
                if let EventKind::Submit { pool, task, process } = &e.kind {
                    definitions.insert((pool.as_str(), *task), process.as_str());
                }
            }
        }
        self.processes
            .iter()
            .map(|p| {
                let in_tasks = |e: &Event| {
                    matches!(e.kind, EventKind::Submit { .. } | EventKind::Result { .. } | EventKind::TaskStart { .. })
                };
                if !p.events.iter().any(in_tasks) {
                    return Vec::new();
                }
                let mut current: Option<TaskRef> = None;
                p.events
                    .iter()
                    .map(|e| match &e.kind {
                        EventKind::Submit { pool, task, process } => Some(TaskRef { pool, task: *task, process }),
                        EventKind::Result { pool, task, .. } => {
                            let process = definitions.get(&(pool.as_str(), *task)).copied().unwrap_or("");
                            Some(TaskRef { pool, task: *task, process })
                        }
                        EventKind::TaskStart { pool, task, process, .. } => {
                            current = Some(TaskRef { pool, task: *task, process });
                            current
                        }
                        EventKind::TaskEnd { .. } => current.take(),
                        _ => current,
                    })
                    .collect()
            })
            .collect()
    }

    /// `role[index]`, the short name of an event used in reports and snapshots.
    pub fn event_name(&self, id: EventId) -> String {
        format!("{}[{}]", self.processes[id.process()].role, id.index())
    }
}

impl Trace {
    /// Replaces every number in `text` that is the pid of a process of the run by `<role>`.
    pub fn normalize_pids(&self, text: &str) -> String {
        self.normalize_pids_where(text, |_| true)
    }

    /// `normalize_pids` for a message procscen wrote: its own measures (a time limit in `ms`, a
    /// size in `KiB`) stay numbers even when one equals a pid (blind25: "timed out after
    /// <launcher#26> ms" for a launcher whose pid was 20000; pids start past 10,000).
    pub fn normalize_pids_in_message(&self, text: &str) -> String {
        const UNITS: [&str; 7] = ["ms", "s", "KiB", "MiB", "bytes", "seconds", "%"];
        self.normalize_pids_where(text, |rest| {
            let unit =
                rest.strip_prefix(' ').map(|r| r.split(|c: char| c.is_whitespace() || ",;:.)".contains(c)).next());
            !unit.flatten().is_some_and(|word| UNITS.contains(&word))
        })
    }

    /// Replaces the numbers of `text` that are pids where `here(what follows the number)`.
    fn normalize_pids_where(&self, text: &str, here: impl Fn(&str) -> bool) -> String {
        let mut out = String::with_capacity(text.len());
        let bytes = text.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            if bytes[i].is_ascii_digit() && (i == 0 || !bytes[i - 1].is_ascii_alphanumeric()) {
                let end = (i..bytes.len()).find(|&j| !bytes[j].is_ascii_digit()).unwrap_or(bytes.len());
                let role = text[i..end].parse::<i32>().ok().and_then(|pid| self.role_of_pid(pid));
                match role {
                    Some(r) if (end == bytes.len() || !bytes[end].is_ascii_alphanumeric()) && here(&text[end..]) => {
                        out.push('<');
                        out.push_str(r);
                        out.push('>');
                    }
                    _ => out.push_str(&text[i..end]),
                }
                i = end;
            } else {
                let c = text[i..].chars().next().expect("inside the text");
                out.push(c);
                i += c.len_utf8();
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_message_keeps_its_own_numbers_that_equal_a_pid() {
        let mut b = build::TraceBuilder::new("pids", 1);
        let begin = EventKind::Begin { name: "main".into(), parent_pid: 1, parent_seq: None, origin: Origin::Main };
        b.event(20000, Event { seq: 0, time_ns: 0, label: None, kind: begin });
        let trace = b.finish(Outcome::Finished);
        let message = "timed out after 20000 ms; main (pid 20000) printed: I am 20000, 20000 KiB";
        assert_eq!(
            trace.normalize_pids_in_message(message),
            "timed out after 20000 ms; main (pid <main>) printed: I am <main>, 20000 KiB"
        );
        assert_eq!(trace.normalize_pids("after 20000 ms"), "after <main> ms");
    }

    #[test]
    fn a_value_is_last_sent_by_the_write_that_last_carried_it() {
        let mut b = build::TraceBuilder::new("sent", 1);
        let begin = EventKind::Begin { name: "main".into(), parent_pid: 1, parent_seq: None, origin: Origin::Main };
        b.event(10, Event { seq: 0, time_ns: 0, label: None, kind: begin });
        let draft = b.draft(10).expect("main's draft");
        // `pong` before event 1, `ping` and `pong` again before event 3, `x` at no known place.
        b.sent_bytes(draft, Some(1), b"pong\n", true);
        b.sent_bytes(draft, Some(3), b"ping pong\n", true);
        b.sent_bytes(draft, None, b"x\n", true);
        b.sent_bytes(draft, Some(4), b"late", true);
        let trace = b.finish(Outcome::Finished);
        let last = trace.processes[0].last_sent(&["pong", "ping", "x", "late", "never", "on"]);
        let expected: std::collections::HashMap<&str, u32> =
            [("pong", 3), ("ping", 3), ("x", u32::MAX), ("late", 4)].into_iter().collect();
        // `on` is inside `pong`, not a word of its own; `never` was not sent.
        assert_eq!(last, expected);
    }

    /// A big run's trace is mostly events and message edges, held until the report is out:
    /// 400,000 events of 128 bytes and edges of 40 were most of a 200,000-item queue run's
    /// memory (docs/performance.md). A field that makes them bigger should be a choice.
    #[test]
    fn events_and_edges_stay_small() {
        assert!(std::mem::size_of::<Event>() <= 80, "Event is {} bytes", std::mem::size_of::<Event>());
        assert!(std::mem::size_of::<Edge>() <= 20, "Edge is {} bytes", std::mem::size_of::<Edge>());
        let id = EventId::new(3, 70_000);
        assert_eq!((id.process(), id.index()), (3, 70_000));
        assert!(EventId::new(1, 9) < EventId::new(2, 0), "ordered by process, then index");
    }
}
