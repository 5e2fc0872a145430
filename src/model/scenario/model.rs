//! The checked scenario: what `validate` produces and what the engine and checker consume.
//!
//! Every name in it refers to something that exists, every duration is non-negative and every
//! template names only variables that are in scope. It derives serde so the engine can hand it
//! to its supervisor process and to spawned process images unchanged.

use indexmap::IndexMap;
use serde::{Deserialize, Serialize};
use std::time::Duration;

/// A validated scenario.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Scenario {
    /// The title shown in reports.
    pub name: String,
    /// Every `sleep` is multiplied by this.
    pub time_scale: f64,
    /// The whole run is killed after this long.
    pub timeout: Duration,
    /// What the run's processes may use.
    pub limits: RunLimits,
    /// Module-level variables, computed when a process image starts, in file order.
    pub vars: Vec<(String, ValueExpr)>,
    /// Process definitions by name; `main` is always present.
    pub processes: IndexMap<String, ProcessDef>,
    /// Checks to evaluate on the trace.
    pub checks: Vec<Check>,
    /// The external program to observe, when the scenario has one instead of processes.
    pub program: Option<Program>,
    /// The program's line patterns, in file order (the first that matches a line names it).
    pub lines: Vec<LineDef>,
}

/// What the processes of a scenario run may use; see docs/limits.md.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
pub struct RunLimits {
    /// Processes alive (or not yet reaped) at once, `main` included.
    pub max_processes: u32,
    /// Address space of each process, in MiB.
    pub max_memory_mib: u64,
    /// CPU time of each process, in seconds.
    pub max_cpu_seconds: u64,
    /// Bytes of events the processes may record.
    pub max_recorded: u64,
}

impl RunLimits {
    /// The defaults for scenario processes (not for observed programs, whose defaults are
    /// `scenario::program_defaults`): room for the largest pool, with the memory and time
    /// any scenario within the engine's other limits needs.
    pub const DEFAULT: RunLimits =
        RunLimits { max_processes: 2048, max_memory_mib: 2048, max_cpu_seconds: 60, max_recorded: 512 << 20 };
}

/// Limits given by whoever runs a scenario (the command line's `--max-*`), which replace the
/// scenario's own: for its processes (`RunLimits`) and for its program (`Program`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct LimitOverrides {
    pub max_processes: Option<u32>,
    pub max_memory_mib: Option<u64>,
    pub max_cpu_seconds: Option<u64>,
}

impl LimitOverrides {
    /// Puts each limit given here in place of the one a scenario's processes (`RunLimits`) or
    /// its program (`Program`) has: the one place where whoever runs a scenario wins over its
    /// file.
    pub fn apply(&self, max_processes: &mut u32, max_memory_mib: &mut u64, max_cpu_seconds: &mut u64) {
        *max_processes = self.max_processes.unwrap_or(*max_processes);
        *max_memory_mib = self.max_memory_mib.unwrap_or(*max_memory_mib);
        *max_cpu_seconds = self.max_cpu_seconds.unwrap_or(*max_cpu_seconds);
    }
}

/// An external program to build, run and observe.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Program {
    /// Words of the command line, with `{submission}` and `{out}` still in them.
    pub run: Vec<String>,
    pub build: Option<Vec<String>>,
    /// The reference solution, made absolute.
    pub reference: Option<std::path::PathBuf>,
    /// The working directory, made absolute; when `None`, a new directory holding a copy of
    /// the submission.
    pub cwd: Option<std::path::PathBuf>,
    pub env: Vec<(String, String)>,
    pub stdin: Option<String>,
    pub max_processes: u32,
    pub max_output: u64,
    pub max_memory_mib: u64,
    pub max_cpu_seconds: u64,
    /// Tasks alive at once; `None` for the default (4 × `max_processes`, at least 256).
    pub max_tasks: Option<u32>,
    /// The largest file a process may write, in MiB.
    pub max_file_mib: u64,
    /// Open files per process.
    pub max_open_files: u64,
    /// The size of the private `/tmp` (and `/dev/shm`), in MiB.
    pub max_tmp_mib: u64,
    /// The most memory the tracer's records of the program may take, in MiB.
    pub max_recorded_mib: u64,
    /// Whether to run it in new namespaces (no network, private /tmp, a copy of the
    /// submission as its working directory) where the machine allows it.
    pub isolate: bool,
    /// Lines must match their patterns exactly (no tolerant matching, no format check).
    pub strict_lines: bool,
    /// Python 2 code that Python 3 refuses is run again with Python 2 (see `RawProgram`).
    pub python2: bool,
    /// What the format check is worth; `None` for the default (see `RawProgram`).
    pub format_points: Option<f64>,
}

/// A named line pattern.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct LineDef {
    pub name: String,
    /// A regular expression, checked to compile.
    pub pattern: String,
    /// Other wordings that count as exactly right, each checked to compile.
    #[serde(default)]
    pub alternatives: Vec<String>,
    pub role: Option<String>,
}

/// Who sees a check's result when it is graded (Gradescope's visibilities).
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, Default)]
#[serde(rename_all = "snake_case")]
pub enum Visibility {
    #[default]
    Visible,
    Hidden,
    AfterDueDate,
    AfterPublished,
}

/// How a started child process comes to life.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum StartMethod {
    /// The child is a copy of its parent, module variables included (Linux's default).
    Fork,
    /// The child is a freshly executed image that computes module variables again.
    Spawn,
}

impl StartMethod {
    /// The keyword used in scenario files.
    pub fn as_str(self) -> &'static str {
        match self {
            StartMethod::Fork => "fork",
            StartMethod::Spawn => "spawn",
        }
    }
}

/// A named process definition: the target of `start`.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct ProcessDef {
    pub name: String,
    pub params: Vec<String>,
    pub method: StartMethod,
    pub actions: Vec<Action>,
}

/// One step of a process, with the label its event carries.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Action {
    pub label: Option<String>,
    pub kind: ActionKind,
}

/// What an action does.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub enum ActionKind {
    /// Record a line of output rendered from a template.
    Print(String),
    /// Sleep for the duration times the time scale; `written` is kept for reports.
    Sleep { duration: Duration, written: String },
    /// Start a child process running `process` with positional `args`, named `name`.
    Start { process: String, args: Vec<ValueExpr>, name: String, method: StartMethod, daemon: bool },
    /// Wait for the child named `name` to end.
    Join(String),
    /// Wait at most `timeout` for the child named `name` to end, like Python's
    /// `join(timeout)`; when it has not, it stays a child to join or kill later.
    JoinWithin { name: String, timeout: Duration },
    /// Fork: the parent runs `parent`, the child (named `name`) runs `child`; both go on after.
    Fork { parent: Vec<Action>, child: Vec<Action>, name: String },
    /// End the process with this exit code.
    Exit(i32),
    /// Assign variables; a module variable's name assigns the module variable.
    Let(Vec<(String, ValueExpr)>),
    /// Run `body` once for each value of `over`, with `var` bound to it.
    For { var: String, over: Over, body: Vec<Action> },
    /// Create a queue; `capacity` bounds the items it holds; a `joinable` one counts its
    /// unfinished tasks (`TaskDone`, `JoinQueue`).
    Queue { name: String, capacity: Option<u32>, joinable: bool },
    /// Create a pipe with two ends; when not `duplex`, the first end only receives and the
    /// second only sends, as with `multiprocessing.Pipe(duplex=False)`.
    Pipe { ends: [String; 2], duplex: bool },
    /// Put a value into a queue, or send it through a pipe end.
    Put { channel: String, value: ValueExpr, timeout: Option<Duration> },
    /// Take the next item of a queue or pipe end into `var`.
    Get { var: String, channel: String, timeout: Option<Duration> },
    /// Create a pool of `size` workers; with `max_tasks`, each worker is replaced after that
    /// many tasks.
    Pool { name: String, size: u32, max_tasks: Option<u32> },
    /// Submit a task running definition `process` with `args` to `pool`.
    Submit { pool: String, process: String, args: Vec<ValueExpr> },
    /// Submit one task per item of `over`, then wait for their results in order.
    Map { pool: String, process: String, over: Over },
    /// Take the result of the oldest task of `pool` whose result was not taken yet into `var`.
    Result { var: String, pool: String },
    /// Close a pool: its workers end after the submitted tasks.
    Close(String),
    /// Wait for the workers of a closed pool to end.
    JoinPool(String),
    /// End the task (or process) with this result.
    Return(ValueExpr),
    /// Send `signal` to the child named `name` (started or forked by this process).
    Kill { name: String, signal: String },
    /// Send SIGTERM to the child named `name`, like Python's `terminate()`; nothing when it
    /// was already joined.
    Terminate(String),
    /// Whether the child named `name` is still running, into `var` (`true` or `false`).
    IsAlive { name: String, var: String },
    /// The exit code of the joined child named `name` (minus the signal's number when a
    /// signal killed it, `None` when it was not joined), into `var`.
    ExitCode { name: String, var: String },
    /// Send `signal` to this process itself.
    Raise(String),
    /// Ignore `signal` from now on.
    Ignore(String),
    /// Create a synchronization object (lock, semaphore, event, barrier, shared integer)
    /// that the processes started afterwards inherit.
    Sync { name: String, kind: SyncDecl },
    /// Acquire a lock or semaphore, waiting while none is free.
    Acquire(String),
    /// Release a lock or semaphore.
    Release(String),
    /// Set an event, waking every process that waits for it.
    SetEvent(String),
    /// Clear an event.
    ClearEvent(String),
    /// Wait for an event to be set, or at a barrier for all its parties.
    Wait(String),
    /// Read a shared integer into `var`.
    Read { var: String, shared: String },
    /// Write an integer (a template that must render to one) into a shared integer.
    Write { shared: String, value: ValueExpr },
    /// Add an integer to a shared integer: atomically, or as a read then a write.
    Add { shared: String, value: ValueExpr, atomic: bool },
    /// Create a condition variable `name` over the lock (or rlock) `lock`.
    Condition { name: String, lock: String },
    /// Wake one process waiting on a condition (`all`: every one); the process holds its lock.
    Notify { name: String, all: bool },
    /// Mark one task of a joinable queue done.
    TaskDone(String),
    /// Wait until every item put into a joinable queue was marked done.
    JoinQueue(String),
}

// `Verb` (an action's verb) and `CheckVerb` (a check's kind) are declared in `raw` beside the
// struct fields they name, by one table each, so that a verb and its key cannot come apart.
pub use super::raw::{CheckVerb, Verb};

/// The most parties of a barrier: each departure records every arrival of its round.
pub const MAX_PARTIES: u32 = 256;

/// What a synchronization declaration makes, with its parameters.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
pub enum SyncDecl {
    Lock,
    /// A re-entrant lock: its holder may acquire it again.
    RLock,
    /// A semaphore with this initial count that refuses a release above it.
    BoundedSemaphore(u32),
    /// A condition variable (its lock is named by the `Condition` action that made it).
    Condition,
    /// The unfinished-task count of a joinable queue of the same name (never written in a
    /// file: a `queue` with `joinable: true` makes it).
    Tasks,
    /// A counting semaphore with this initial count.
    Semaphore(u32),
    Event,
    /// A barrier for this many parties.
    Barrier(u32),
    /// A shared integer with this initial value.
    Shared(i64),
}

impl SyncDecl {
    /// The verb that declares it.
    pub fn verb(self) -> Verb {
        match self {
            SyncDecl::Lock => Verb::Lock,
            SyncDecl::Semaphore(_) => Verb::Semaphore,
            SyncDecl::Event => Verb::Event,
            SyncDecl::Barrier(_) => Verb::Barrier,
            SyncDecl::Shared(_) => Verb::Shared,
            SyncDecl::RLock => Verb::RLock,
            SyncDecl::BoundedSemaphore(_) => Verb::BoundedSemaphore,
            SyncDecl::Condition => Verb::Condition,
            // The joinable queue it counts the tasks of.
            SyncDecl::Tasks => Verb::Queue,
        }
    }

    /// The keyword that declares it.
    pub fn keyword(self) -> &'static str {
        match self {
            // Not declared by a verb of its own: a `queue` with `joinable: true` makes it.
            SyncDecl::Tasks => "joinable queue",
            decl => decl.verb().name(),
        }
    }
}

/// What a loop goes over.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub enum Over {
    /// Integers from `start` up to `stop`, excluded; both are templates evaluated at the loop.
    Range { start: String, stop: String },
    /// These values.
    Values(Vec<ValueExpr>),
    /// Items taken from a queue or pipe end until one equals `until` (or `timeout` passes).
    Channel { channel: String, until: Option<String>, timeout: Option<Duration> },
    /// The results of every task submitted to a pool and not yet taken, in submission order.
    Results(String),
}

/// A value expression.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub enum ValueExpr {
    /// A template, rendered with the variables in scope (numbers are templates without holes).
    Template(String),
    /// A uniformly random integer in `low..=high`.
    Random { low: i64, high: i64 },
}

/// A named check.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Check {
    pub name: String,
    /// What the check is worth when a run is graded.
    pub points: Option<f64>,
    pub kind: CheckKind,
    /// The checks (by index) that must pass for this one to be evaluated.
    pub needs: Vec<usize>,
    pub visibility: Visibility,
    /// Hidden from students until this date, `YYYY-MM-DD`.
    pub hidden_until: Option<String>,
    /// Said after the reason the check failed, when graded: what to change.
    pub hint: Option<String>,
}

impl Check {
    /// A visible check worth no points that needs no other.
    pub fn new(name: impl Into<String>, kind: CheckKind) -> Check {
        Check {
            name: name.into(),
            points: None,
            kind,
            needs: Vec::new(),
            visibility: Visibility::Visible,
            hidden_until: None,
            hint: None,
        }
    }
}

/// Which order a `before` check asks for.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Order {
    /// A happens-before B through program order and causal edges: true in every schedule.
    Guaranteed,
    /// A's timestamp precedes B's in this run, whatever the cause.
    Observed,
}

/// What a check asserts.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub enum CheckKind {
    /// Every event matching `first` comes before every event matching `then` (with `by`, only
    /// the pairs that share the key; with `nth` too, only the n-th of a key with the n-th;
    /// with `first_only`, only the first event matching `first` in each process (and `by` only
    /// `Key::Process`: each process's first before its own); with
    /// `ignoring`, by causality without edges of those kinds).
    Before {
        first: Selector,
        then: Selector,
        order: Order,
        by: Option<Key>,
        nth: bool,
        #[serde(default)]
        first_only: bool,
        /// Kinds of edge the order may not go through: `ignoring: [join]` asks that a reply be
        /// ordered after its send by what carried it, not only by the join that waited for the
        /// sender.
        #[serde(default)]
        ignoring: Vec<crate::trace::EdgeKind>,
    },
    /// No event matching `a` is ordered with an event matching `b` by causality.
    Concurrent { a: Selector, b: Selector },
    /// Every process named `child` has a process named `parent` as its parent. Helpers
    /// (Python's forkserver) between them are looked through, unless `directly`.
    ParentOf {
        parent: String,
        child: String,
        #[serde(default)]
        directly: bool,
    },
    /// Every process named `child` was reaped by a wait of a process named `parent`.
    WaitsFor { parent: String, child: String },
    /// Every process named `process` ended this way.
    Exit { process: String, ending: ExpectedEnding },
    /// Both events printed the same value of `var`.
    SameValue { var: String, a: Selector, b: Selector },
    /// The values of `var` printed at `a` and at `b` were computed in different process images.
    ComputedAfresh { var: String, a: Selector, b: Selector },
    /// The event printed `var` with the value `equals`.
    Value { var: String, at: Selector, equals: String },
    /// Each event that printed `var` printed the whole number `expr` makes of its other
    /// captures (`task * task`); an event of a form without `var` is passed over.
    Computed { var: String, at: Selector, expr: super::expr::Expr },
    /// The value of `var` printed at the event is the real pid of the process named `process`.
    PidOf { var: String, at: Selector, process: String },
    /// All events matching `a` or `b` (with `by`, those that share a key) are in one process.
    SameProcess { a: Selector, b: Selector, by: Option<Key> },
    /// No event matching `a` is in the same process as an event matching `b` (with `by`,
    /// one that shares its key).
    DifferentProcess { a: Selector, b: Selector, by: Option<Key> },
    /// Every process named `descendant` descends from a process named `ancestor`.
    DescendantOf { ancestor: String, descendant: String },
    /// The run finished by itself and every process of it was seen to end (none was left
    /// running, none went unreaped).
    NothingLeft,
    /// At no moment were more than `at_most` of these running.
    /// By the clock: at no moment were more than `bounds.at_most` running, and at some moment
    /// at least `bounds.at_least` were.
    InFlight { what: InFlight, bounds: Bounds },
    /// How many of something there were.
    Count { what: Counted, bounds: Bounds },
    /// Every item put into the channel was taken exactly once, after its put, and each consumer
    /// took the items of each producer in the order they were put.
    Delivery { channel: String },
    /// Every line an observed program printed on stdout matches one of the line patterns.
    AllLinesMatch,
    /// Each process's reads (`b`) of `var` take the values written (`a`) in the order they were
    /// written (first in, first out, by value), and, unless `unread_allowed`, every value
    /// written is read once.
    Fifo {
        var: String,
        a: Selector,
        b: Selector,
        /// Values written and never read are allowed (`all_read: false`): what was read must
        /// still have been written, travelled and come in order. A gate for the checks of order
        /// that a reader stopping one value early should not lose (blind31).
        #[serde(default)]
        unread_allowed: bool,
    },
    /// Each value of `var` printed at `at` was in what its process read from other processes
    /// through the program's pipes and sockets (observed programs only).
    Received { var: String, at: Selector },
    /// No forked child wrote again text its parent wrote before the fork.
    NoDuplicatedOutput,
    /// No two critical sections of the lock or semaphore `name` (each from an `acquire` to the
    /// next `release` of it in the same process) are concurrent by happens-before.
    MutualExclusion { name: String },
    /// The final value of the shared integer `name` (as its creator saw it when it ended)
    /// is within these bounds.
    Final { name: String, bounds: ValueBounds },
    /// The run did not stop at its timeout with processes waiting in a cycle for each
    /// other's locks and semaphores.
    NoDeadlock,
    /// Each process `by` names (every process that acquired or waited for `name`, when
    /// `None`) acquired the lock or semaphore `name` at least `at_least` times: none starved.
    Acquired { name: String, by: Option<String>, at_least: u32 },
}

/// Bounds on a shared integer's value (`final`); at least one is set.
pub type ValueBounds = Bounds<i64>;

/// What an `in_flight` check bounds.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub enum InFlight {
    /// The tasks of a pool, each from its start to its end in a worker.
    Pool(String),
    /// Spans from each `start` event to the next `end` event of the same process; with
    /// `ends_at_send`, a span of an observed process ends at its first write to a pipe or
    /// socket of the program after its start that is its thread's last before a read (or its
    /// end), and an `end` after that write does not close it.
    Spans {
        start: Selector,
        end: Selector,
        #[serde(default)]
        ends_at_send: bool,
    },
}

/// What pairs events up in a check with `by`.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub enum Key {
    /// The pool task an event belongs to: its submit, the events the task recorded in its
    /// worker, and the owner's taking of its result.
    Task,
    /// The process the event happened in (`by: process`): each process's events compared
    /// with its own only, however many processes share a name.
    Process,
    /// The value the event printed for this variable (a task number, an item).
    Var(String),
}

/// What a `count` check counts.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub enum Counted {
    /// Processes with this name.
    Processes(String),
    /// The children of the processes with this name that did nothing an assignment names:
    /// `unnamed`, with no process below them that took a role, and that executed no other
    /// program (spawn's interpreter, which runs the program's own code, is none).
    SilentChildren(String),
    /// Events matching this selector.
    Events(Selector),
    /// The different values of a capture (`var`) printed at events matching `events`; with
    /// `repeated`, only those printed at more than one of them.
    Distinct { events: Selector, var: String, repeated: bool },
    /// Distinct processes that ran tasks of this pool.
    Workers(String),
    /// The most processes with this name alive at one moment.
    Alive(String),
}

/// Bounds on a count (`count`, `in_flight`), or on a value (`ValueBounds`); at least one is
/// set.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, Default)]
pub struct Bounds<T = u32> {
    pub at_least: Option<T>,
    pub at_most: Option<T>,
}

impl<T: PartialOrd + Copy + std::fmt::Display> Bounds<T> {
    pub fn contains(&self, n: T) -> bool {
        self.at_least.is_none_or(|l| n >= l) && self.at_most.is_none_or(|m| n <= m)
    }

    /// "exactly 3", "at least 2", or a range said as `[from, to]` ("between 2 and 5"); `any`
    /// when neither bound is set.
    fn describe(&self, f: &mut std::fmt::Formatter<'_>, [from, to]: [&str; 2], any: &str) -> std::fmt::Result {
        match (self.at_least, self.at_most) {
            (Some(l), Some(m)) if l == m => write!(f, "exactly {l}"),
            (Some(l), Some(m)) => write!(f, "{from} {l} {to} {m}"),
            (Some(l), None) => write!(f, "at least {l}"),
            (None, Some(m)) => write!(f, "at most {m}"),
            (None, None) => f.write_str(any),
        }
    }
}

impl Bounds<u32> {
    /// `one` when the bounds read as one thing (`exactly 1`, `at least 1`, `at most 1`), else
    /// `many`: the noun after them (`exactly 1 process`, `at most 4 processes`).
    pub fn noun<'a>(&self, one: &'a str, many: &'a str) -> &'a str {
        match (self.at_least, self.at_most) {
            (Some(1), Some(1)) | (Some(1), None) | (None, Some(1)) => one,
            _ => many,
        }
    }
}

impl std::fmt::Display for Bounds<u32> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.describe(f, ["between", "and"], "any number")
    }
}

impl std::fmt::Display for Bounds<i64> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.describe(f, ["from", "to"], "any value")
    }
}

/// How a process is expected to end.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub enum ExpectedEnding {
    Code(i32),
    Signal(crate::trace::Signal),
}

/// Names the events of one process (every instance of it) by label or by text.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Selector {
    pub process: String,
    pub matching: EventMatch,
}

/// How a selector matches events within its process.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub enum EventMatch {
    /// The event of the action carrying this label.
    Label(String),
    /// Print events whose text contains this.
    Text(String),
    /// Print events whose text is exactly this.
    Line(String),
    /// Exec events whose command line (its words joined by spaces) contains this.
    Command(String),
    /// Exec events whose whole command line (its words joined by spaces) this regular
    /// expression matches; checked to compile.
    CommandMatches(String),
    /// Exec events whose whole command line this regular expression does not match, and execs
    /// of a file the program could have made; checked to compile.
    CommandNotMatching(String),
    /// Fork events (of an observed program) that made a process of this name sharing the
    /// maker's memory (`names::SHARED_FORK_LABEL`).
    ForkedSharingMemory(String),
}

impl std::fmt::Display for Selector {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.matching {
            EventMatch::Label(l) if self.process == ANY_PROCESS => write!(f, "`{l}` lines"),
            EventMatch::Label(l) => write!(f, "{}.{}", self.process, l),
            // `text: ""` is in every line (pool.yaml's "the workers print").
            EventMatch::Text(t) if t.is_empty() => write!(f, "{} printing any line", self.process),
            EventMatch::Text(t) => write!(f, "{} printing {:?}", self.process, t),
            EventMatch::Line(t) => write!(f, "{} printing the line {:?}", self.process, t),
            EventMatch::Command(t) => write!(f, "{} executing a command with {:?}", self.process, t),
            EventMatch::CommandMatches(t) => write!(f, "{} executing a command matching `{t}`", self.process),
            EventMatch::CommandNotMatching(t) => {
                write!(f, "{} executing a command not matching `{t}`", self.process)
            }
            EventMatch::ForkedSharingMemory(c) => write!(f, "{} making {c} sharing its memory", self.process),
        }
    }
}

/// The process name of a selector that names a line in whichever process printed it (a bare
/// line name in a `program` scenario).
pub const ANY_PROCESS: &str = "*";

/// The `is:` of a `pid_of` check that means the process that printed the line.
pub const WRITER: &str = "writer";

/// Names that every template can use.
pub const BUILTIN_VARS: &[&str] = &["pid", "ppid", "name"];

/// The variable that holds fork's return value inside a `fork`'s branches.
pub const FORK_VAR: &str = "fork";

pub use crate::trace::names::worker_name;

/// The defaults of a graded program's limits (docs/limits.md). The scenario model owns them,
/// because the loader fills them in; the observer's `Limits::default` is made of them.
pub mod program_defaults {
    /// The wall-clock limit of a run, in seconds.
    pub const TIMEOUT_SECS: u64 = 10;
    /// The most processes of the program alive at once.
    pub const MAX_PROCESSES: u32 = 64;
    /// The most bytes of output, stdout and stderr together.
    pub const MAX_OUTPUT: u64 = 1 << 20;
    /// The most address space of each process, in MiB.
    pub const MAX_MEMORY_MIB: u64 = 1024;
    /// The most CPU time of each process, in seconds.
    pub const MAX_CPU_SECONDS: u64 = 10;
    /// The most tasks (processes and threads) of the run at once.
    pub const MAX_TASKS: u32 = 256;
    /// The largest file the program may write, in MiB.
    pub const MAX_FILE_MIB: u64 = 64;
    /// The most files each process may have open.
    pub const MAX_OPEN_FILES: u64 = 256;
    /// The size of the private `/tmp`, in MiB.
    pub const MAX_TMP_MIB: u64 = 64;
    /// The memory of the whole run (a cgroup, where one can be made), in MiB.
    pub const MAX_RUN_MEMORY_MIB: u64 = 1024;
    /// The most memory the tracer's records of a run may take, in MiB: about 400,000 events,
    /// ten times what the busiest reference solution makes, and a bound on what the grader
    /// holds afterwards (a few hundred bytes per event while it is judged).
    pub const MAX_RECORDED_MIB: u64 = 32;
}
