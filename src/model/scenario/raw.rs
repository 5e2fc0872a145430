//! The scenario file as a person writes it: serde types that mirror the YAML one to one.
//!
//! Every struct denies unknown keys, so a misspelt key is an error with a position instead of
//! a silently ignored line. These types carry no meaning beyond the file's shape; `validate`
//! turns them into the checked model in `model`, and reports every problem it finds.

use indexmap::IndexMap;
use schemars::JsonSchema;
use serde::de::{self, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Deserializer};
use std::fmt;

use super::bounds;

/// Declares a struct whose limit keys each carry their largest value (`=> at most MAX_MIB`,
/// from `bounds`), and its `LIMITS` (each key with that value), which `bounds::max_limit`
/// reads: a limit key cannot be added without its bound, nor its bound looked up by a key
/// the file does not have.
macro_rules! with_limits {
    (
        $(#[$struct_meta:meta])*
        pub struct $raw:ident {
            $(
                $(#[$field_meta:meta])*
                pub $field:ident: $ty:ty $(=> at most $max:ident)?,
            )*
        }
    ) => {
        $(#[$struct_meta])*
        pub struct $raw {
            $(
                $(#[$field_meta])*
                pub $field: $ty,
            )*
        }

        impl $raw {
            /// Each limit's key and its largest value.
            pub const LIMITS: &'static [(&'static str, u64)] = &[$($((stringify!($field), bounds::$max),)?)*];
        }
    };
}

/// Declares a list item whose keys say what it is (an action by its verb, a check by its kind)
/// from one table: an enum of those keys, in the order the docs list them, and the serde struct
/// of every key the item may have, in the order serde lists them in "unknown field ...,
/// expected one of ...". A field row is written as a struct field, with its doc comment (the
/// JSON schema's description) and attributes; a key that says what the item is adds
/// `=> Variant`, a modifier the verbs it goes with (`=> [Start, Submit]`), either with
/// `as "key"` where the key is a Rust keyword (`let`, `for`, `as`).
///
/// Made from it: the enum with `ALL`, `name()` (the field's key), `from_name()` and `Display`;
/// the struct with `has()` (whether a key was written), `verbs()` (which ones were) and
/// `MODIFIERS` (in the table's order, which is the order messages list them in). The two
/// orders differ and both show in messages, so the enum keeps its own list of variants, but
/// the compiler ties it to the fields: `name()` and `has()` are matches made from the `=>` rows,
/// so a variant without a field, a row naming an unknown variant, or two rows naming one
/// variant does not compile. Everything about one key (its name, type, doc, variant) is on its
/// row: the verb list cannot drift from the fields, the suggestions, or the dispatch.
macro_rules! keyed {
    (
        $(#[$enum_meta:meta])*
        pub enum $enum:ident { $($order:ident),* $(,)? }

        $(#[$struct_meta:meta])*
        pub struct $raw:ident {
            $(
                $(#[$field_meta:meta])*
                pub $field:ident: $ty:ty
                    $(=> $variant:ident $(as $key:literal)?)?
                    $(=> [$($goes_with:ident),+] $(as $modifier_key:literal)?)?,
            )*
        }
    ) => {
        $(#[$enum_meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum $enum {
            $($order,)*
        }

        impl $enum {
            /// Every one, in the order the docs list them.
            pub const ALL: &'static [$enum] = &[$($enum::$order,)*];

            /// The key the file writes.
            #[deny(unreachable_patterns)]
            pub const fn name(self) -> &'static str {
                match self {
                    $($($enum::$variant => key_of!($field $($key)?),)?)*
                }
            }

            /// The one written `key`, if any.
            pub fn from_name(key: &str) -> Option<$enum> {
                $enum::ALL.iter().copied().find(|k| k.name() == key)
            }
        }

        impl fmt::Display for $enum {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.name())
            }
        }

        $(#[$struct_meta])*
        pub struct $raw {
            $(
                $(#[$field_meta])*
                $($(#[serde(rename = $key)])?)?
                $($(#[serde(rename = $modifier_key)])?)?
                pub $field: $ty,
            )*
        }

        impl $raw {
            /// The keys that go with some of the verbs, in the order messages list them.
            pub const MODIFIERS: &'static [Modifier<$raw, $enum>] = &[$($(
                Modifier {
                    key: key_of!($field $($modifier_key)?),
                    goes_with: &[$($enum::$goes_with),+],
                    written: |raw: &$raw| raw.$field.is_some(),
                },
            )?)*];

            /// Whether the item has this key (a valid one has exactly one of them).
            #[deny(unreachable_patterns)]
            pub fn has(&self, key: $enum) -> bool {
                match key {
                    $($($enum::$variant => self.$field.is_some(),)?)*
                }
            }

            /// The keys of the enum the item has, in the docs' order.
            pub fn verbs(&self) -> Vec<$enum> {
                $enum::ALL.iter().copied().filter(|k| self.has(*k)).collect()
            }
        }
    };
}

/// A key of a list item that goes with some of its verbs (`args` with `start` and `submit`).
pub struct Modifier<Raw: 'static, Verb: 'static> {
    /// The key the file writes.
    pub key: &'static str,
    /// The verbs it goes with.
    pub goes_with: &'static [Verb],
    /// Whether an item has it.
    pub written: fn(&Raw) -> bool,
}

/// A field's key: the field's own name, or the `as "key"` of one named after a Rust keyword.
macro_rules! key_of {
    ($field:ident) => {
        stringify!($field)
    };
    ($field:ident $key:literal) => {
        $key
    };
}

with_limits! {
    /// A whole scenario file.
    #[derive(Debug, Clone, Deserialize, JsonSchema)]
    #[serde(deny_unknown_fields)]
    #[schemars(rename = "Scenario")]
    pub struct RawScenario {
        /// A title for reports; the file name is used when it is missing.
        pub name: Option<String>,
        /// Free text shown in reports.
        pub description: Option<String>,
        /// Every `sleep` is multiplied by this factor (default 1).
        pub time_scale: Option<f64>,
        /// The whole run is killed after this long (default 30s), unscaled, not counting the time
        /// its processes waited for a CPU that the machine's other work held (up to 4 times this
        /// in wall time).
        pub timeout: Option<String>,
        /// The start method of every `start` that does not name one (default `fork`).
        pub start_method: Option<String>,
        /// The most processes of the run alive at once (default 2048 for `processes`, 64 for a
        /// `program`): a fork bomb is stopped there and the run reported as "processes limit
        /// reached".
        pub max_processes: Option<u32> => at most MAX_PROCESSES,
        /// The most memory (address space) of each process, in MiB (default 2048 for
        /// `processes`, 1024 for a `program`).
        pub max_memory_mib: Option<u64> => at most MAX_MIB,
        /// The most CPU time of each process, in seconds (default 60 for `processes`, 10 for a
        /// `program`).
        pub max_cpu_seconds: Option<u64> => at most MAX_CPU_SECONDS,
        /// The most events the run's processes may record, in MiB (default 512): a runaway
        /// loop is stopped there and the run reported as "limit reached".
        pub max_recorded_mib: Option<u64> => at most MAX_MIB,
        /// Module-level variables: computed each time a process image starts.
        #[serde(default)]
        pub vars: IndexMap<String, RawValue>,
        /// The processes, by name; `main` is the one procscen starts. A scenario has either
        /// `processes` or a `program`.
        #[serde(default)]
        pub processes: IndexMap<String, RawProcess>,
        /// An external program to run and observe instead of `processes` (see docs/grading.md).
        pub program: Option<RawProgram>,
        /// For a `program`: the lines it may print, by name. Each is a regular expression whose
        /// named groups (`(?P<pid>\d+)`) become variables of the line; a process that prints a
        /// line of a pattern with a `role` is named by that role.
        #[serde(default)]
        pub lines: IndexMap<String, RawLine>,
        /// The checks that must hold after the run.
        #[serde(default)]
        pub expect: Vec<RawCheck>,
    }
}

with_limits! {
    /// An external program: how to build it, run it, and which submission is the reference.
    #[derive(Debug, Clone, Deserialize, Default, JsonSchema)]
    #[serde(deny_unknown_fields)]
    pub struct RawProgram {
        /// The command line, as a string split at spaces or as a list of words. `{submission}` is
        /// the path of the file (or directory) under test, `{out}` the program `build` made.
        pub run: RawCommand,
        /// A command that builds the submission first, such as `cc -O2 -o {out} {submission}`. A
        /// failed build is a compile error, which scores zero.
        pub build: Option<RawCommand>,
        /// The reference solution, relative to the scenario file: what `procscen run` grades.
        pub reference: Option<String>,
        /// The working directory, relative to the scenario file (default: a new directory that
        /// holds a copy of the submission).
        pub cwd: Option<String>,
        /// Variables added to the environment procscen runs in.
        #[serde(default)]
        pub env: IndexMap<String, String>,
        /// What the program reads on its standard input (default: nothing, end of file at once).
        pub stdin: Option<String>,
        /// The most processes of the program alive at once (default: the scenario's
        /// `max_processes`, or 64).
        pub max_processes: Option<u32> => at most MAX_PROCESSES,
        /// The most bytes of output, stdout and stderr together (default 1048576).
        pub max_output: Option<u64> => at most MAX_OUTPUT,
        /// The most memory (address space) of each process, in MiB (default: the scenario's
        /// `max_memory_mib`, or 1024).
        pub max_memory_mib: Option<u64> => at most MAX_MIB,
        /// The most CPU time of each process, in seconds (default: the scenario's
        /// `max_cpu_seconds`, or 10).
        pub max_cpu_seconds: Option<u64> => at most MAX_CPU_SECONDS,
        /// The most tasks alive at once, threads of every process included (default: 4 ×
        /// `max_processes`, at least 256).
        pub max_tasks: Option<u32> => at most MAX_PROCESSES,
        /// The largest file a process may write, in MiB (default 64).
        pub max_file_mib: Option<u64> => at most MAX_MIB,
        /// The most files each process may have open (default 256).
        pub max_open_files: Option<u64> => at most MAX_OPEN_FILES,
        /// The size of an isolated program's private `/tmp` (and of its `/dev/shm`), in MiB
        /// (default 64).
        pub max_tmp_mib: Option<u64> => at most MAX_MIB,
        /// The most the tracer may record of the program (its writes, reads, forks, execs,
        /// signals...), in MiB of the tracer's memory (default: the scenario's
        /// `max_recorded_mib`, or 32): a runaway loop of tiny pipe writes is stopped there and
        /// the run reported as "recorded events (N MiB, a runaway loop?) limit reached".
        pub max_recorded_mib: Option<u64> => at most MAX_MIB,
        /// Run the program in new namespaces where the machine allows it: no network, a private
        /// `/tmp`, and a copy of the submission as its working directory (default true; see
        /// docs/limits.md).
        pub isolate: Option<bool>,
        /// Match lines exactly as their patterns say (default false: a line that differs only in
        /// case, spacing, punctuation, brackets or quotes still counts, and the format check reports
        /// it; see docs/grading.md).
        pub strict_lines: Option<bool>,
        /// When the program's first word runs Python 3 and the submission is Python 2 code (it
        /// ends at once with a `SyntaxError`: `print "x"`), run it again with a Python 2
        /// interpreter, if the machine has one, and grade that run, saying so (default false;
        /// see docs/grading.md).
        pub python2: Option<bool>,
        /// What the format check is worth (default: a tenth of the other checks' points, rounded to
        /// a half point, at least half a point). `0` leaves the check out.
        pub format_points: Option<f64>,
    }
}

/// A command line: `"cc -o {out} {submission}"` or `[cc, -o, "{out}", "{submission}"]`.
#[derive(Debug, Clone, Deserialize, JsonSchema, PartialEq)]
#[serde(untagged)]
pub enum RawCommand {
    Line(String),
    Words(Vec<String>),
}

impl Default for RawCommand {
    fn default() -> RawCommand {
        RawCommand::Words(Vec::new())
    }
}

/// A named line pattern: the regular expression alone, or with the role of its writer.
#[derive(Debug, Clone, Deserialize, JsonSchema, PartialEq)]
#[serde(untagged)]
pub enum RawLine {
    Pattern(String),
    Full(RawLineFull),
}

#[derive(Debug, Clone, Deserialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct RawLineFull {
    pub pattern: String,
    /// Other wordings of the same line that count as exactly right (another tutorial's
    /// `Child process will start.` for `Process will start.`); each a regular expression with
    /// the same kind of named groups.
    #[serde(default)]
    pub alternatives: Vec<String>,
    /// The name of a process that prints such a line (`child`, `worker`).
    pub role: Option<String>,
}

/// A process definition: either a bare list of actions or a map with parameters.
#[derive(Debug, Clone, Default)]
pub struct RawProcess {
    pub params: Vec<String>,
    pub method: Option<String>,
    pub run: Vec<RawAction>,
    /// True when the file wrote the bare list form (positions then omit the `run` key).
    pub short_form: bool,
}

impl JsonSchema for RawProcess {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Process".into()
    }

    /// A list of actions, or the long form: the two shapes the deserializer takes.
    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let list = generator.subschema_for::<Vec<RawAction>>();
        let long = generator.subschema_for::<RawProcessLong>();
        schemars::json_schema!({ "anyOf": [list, long] })
    }
}

/// The long form of a process definition.
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct RawProcessLong {
    #[serde(default)]
    params: Vec<String>,
    #[serde(default)]
    method: Option<String>,
    run: Vec<RawAction>,
}

impl<'de> Deserialize<'de> for RawProcess {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct ProcessVisitor;
        impl<'de> Visitor<'de> for ProcessVisitor {
            type Value = RawProcess;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a list of actions, or a map with `run:` (and optional `params:`, `method:`)")
            }
            fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<RawProcess, A::Error> {
                let run = Vec::<RawAction>::deserialize(de::value::SeqAccessDeserializer::new(seq))?;
                Ok(RawProcess { run, short_form: true, ..RawProcess::default() })
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<RawProcess, A::Error> {
                let long = RawProcessLong::deserialize(de::value::MapAccessDeserializer::new(map))?;
                Ok(RawProcess { params: long.params, method: long.method, run: long.run, short_form: false })
            }
        }
        deserializer.deserialize_any(ProcessVisitor)
    }
}

keyed! {
    /// The verb an action starts with (`print`, `start`, `lock`, ...): the one key of an action
    /// that says what it does; the other keys are its modifiers.
    pub enum Verb {
        // Process
        Print, Sleep, Start, Join, Fork, Exit, Let,
        // Loops and channels
        For, Queue, Pipe, Put, Get, Send, Recv,
        // Pools and task results
        Pool, Submit, Map, Close, Return,
        // Children and signals
        Kill, Terminate, IsAlive, ExitCode, Raise, Ignore,
        // Synchronization objects
        Lock, Semaphore, Event, Barrier, Shared,
        // Their use
        Acquire, Release, Set, Clear, Wait, Read, Write, Add,
        // Python's other synchronization objects, and the use of a joinable queue
        RLock, BoundedSemaphore, Condition, Notify, NotifyAll, TaskDone,
    }

    /// One action: exactly one verb key (`print`, `sleep`, ...) plus optional modifiers.
    #[derive(Debug, Clone, Deserialize, Default, JsonSchema)]
    #[serde(deny_unknown_fields)]
    pub struct RawAction {
        pub print: Option<String> => Print,
        pub sleep: Option<RawValue> => Sleep,
        pub start: Option<String> => Start,
        pub join: Option<String> => Join,
        pub fork: Option<RawFork> => Fork,
        pub exit: Option<i64> => Exit,
        pub let_: Option<IndexMap<String, RawValue>> => Let as "let",
        /// A loop: the variable bound at each iteration; goes with `range`, `in` or `from`, and `do`.
        pub for_: Option<String> => For as "for",
        /// Creates a queue with this name, visible to the processes this one starts afterwards.
        pub queue: Option<String> => Queue,
        /// Creates a pipe: the names of its two ends.
        pub pipe: Option<[String; 2]> => Pipe,
        /// Puts a value into the queue named by `to`.
        pub put: Option<RawValue> => Put,
        /// Takes the next item from the queue or pool named by `from` into this variable.
        pub get: Option<String> => Get,
        /// Sends a value through the pipe end named by `via`.
        pub send: Option<RawValue> => Send,
        /// Receives the next message at the pipe end named by `via` into this variable.
        pub recv: Option<String> => Recv,
        /// Creates a pool of `size` worker processes with this name.
        pub pool: Option<String> => Pool,
        /// Submits a task running this process definition to the pool named by `to`.
        pub submit: Option<String> => Submit,
        /// Submits one task per item of `over` to the pool named by `to`, and waits for all results.
        pub map: Option<String> => Map,
        /// Closes a pool: no more tasks; its workers end once the submitted ones are done.
        pub close: Option<String> => Close,
        /// Sends a signal (`signal:`, default SIGTERM) to a child this process started or forked.
        pub kill: Option<String> => Kill,
        /// Sends SIGTERM to a child, like Python's `Process.terminate()`; a child that already
        /// ended is left alone.
        pub terminate: Option<String> => Terminate,
        /// Whether this child is still running, like Python's `is_alive()`, into the variable
        /// named by `as` (`true` or `false`).
        pub is_alive: Option<String> => IsAlive,
        /// The exit code of this joined child, like Python's `exitcode` (minus the signal's number
        /// when a signal killed it), into the variable named by `as`.
        pub exitcode: Option<String> => ExitCode,
        /// Sends this signal to the process itself, as a crash would (`SIGSEGV`, `SIGKILL`).
        pub raise: Option<String> => Raise,
        /// Makes this process ignore a signal from now on (`SIGTERM`, `SIGINT`, ...), as a
        /// stubborn program does.
        pub ignore: Option<String> => Ignore,
        /// Creates a lock (a mutex) with this name, visible to the processes this one starts
        /// afterwards.
        pub lock: Option<String> => Lock,
        /// Creates a counting semaphore with this name; `value` is its initial count (default 1).
        pub semaphore: Option<String> => Semaphore,
        /// Creates an event (a flag processes wait for) with this name, initially clear.
        pub event: Option<String> => Event,
        /// Creates a barrier with this name for `parties` processes.
        pub barrier: Option<String> => Barrier,
        /// Creates a shared integer with this name; `value` is its initial value (default 0).
        pub shared: Option<String> => Shared,
        /// Creates a re-entrant lock with this name, like Python's `RLock`: the process holding
        /// it may acquire it again, and it is free when every acquire was released.
        pub rlock: Option<String> => RLock,
        /// Creates a bounded semaphore with this name, like Python's `BoundedSemaphore`: `value` is
        /// its initial count (default 1), and a release that would raise it above that is an error.
        pub bounded_semaphore: Option<String> => BoundedSemaphore,
        /// Creates a condition variable with this name over the lock (or rlock) named by `with`,
        /// like Python's `Condition(lock)`.
        pub condition: Option<String> => Condition,
        /// Wakes one process waiting on the condition with this name; the process must hold its lock.
        pub notify: Option<String> => Notify,
        /// Wakes every process waiting on the condition with this name; the process must hold its
        /// lock.
        pub notify_all: Option<String> => NotifyAll,
        /// Marks one item taken from the joinable queue with this name as processed, like
        /// `JoinableQueue.task_done()`.
        pub task_done: Option<String> => TaskDone,
        /// Acquires the lock or semaphore with this name, waiting while none is free.
        pub acquire: Option<String> => Acquire,
        /// Releases the lock or semaphore with this name.
        pub release: Option<String> => Release,
        /// Sets the event with this name, waking every process waiting for it.
        pub set: Option<String> => Set,
        /// Clears the event with this name.
        pub clear: Option<String> => Clear,
        /// Waits for the event with this name to be set, at the barrier with this name for all
        /// its parties, or on the condition with this name until notified (releasing its lock
        /// meanwhile and taking it again before going on).
        pub wait: Option<String> => Wait,
        /// Reads the shared integer named by `from` into this variable.
        pub read: Option<String> => Read,
        /// Writes this integer into the shared integer named by `to`.
        pub write: Option<RawValue> => Write,
        /// Adds this integer to the shared integer named by `to`.
        pub add: Option<RawValue> => Add,
        /// Ends a pool task (or a process) with this value as its result.
        pub return_: Option<RawValue> => Return as "return",
        /// Positional arguments of `start`, bound to the started process's `params`.
        pub args: Option<Vec<RawValue>> => [Start, Submit],
        /// The start method of this `start` (`fork` or `spawn`).
        pub method: Option<String> => [Start],
        /// `start`: the child is a daemon, like Python's `daemon=True`: terminated (SIGTERM) and
        /// joined when its starter reaches its end while it still runs; it may not start
        /// children of its own.
        pub daemon: Option<bool> => [Start],
        /// The name of the child made by `start` or `fork`, used by `join` and in reports; in a
        /// loop, `start` can name each child with the loop variable (`kid{i}`). `is_alive`,
        /// `exitcode`: the variable the answer goes into.
        pub as_: Option<String> => [Start, Fork, IsAlive, ExitCode] as "as",
        /// `for`: loop over `0..N` or `[START, STOP]` (stop excluded, as in Python's range).
        pub range: Option<RawRange> => [For],
        /// `for`: loop over these values; `map`: the items, one task each.
        pub in_: Option<Vec<RawValue>> => [For] as "in",
        /// `for`: the actions of each iteration.
        pub do_: Option<Vec<RawAction>> => [For] as "do",
        /// `for ... from`: the item that ends the loop (it is taken, not run).
        pub until: Option<RawValue> => [For],
        /// `get` and `for`: the queue (or pool) to take from.
        pub from: Option<String> => [For, Get, Read],
        /// `map`: one task per item: a count (`5` is `0..5`) or a list of values.
        pub over: Option<RawRange> => [Map],
        /// `put`, `submit`, `map`: the queue or pool.
        pub to: Option<String> => [Put, Submit, Map, Write, Add],
        /// `send`, `recv`: the pipe end.
        pub via: Option<String> => [Send, Recv],
        /// `queue`: the most items it holds; a full queue blocks `put`.
        pub capacity: Option<i64> => [Queue],
        /// `queue`: a joinable queue, like Python's `JoinableQueue`: `task_done` and `join` on it.
        pub joinable: Option<bool> => [Queue],
        /// `pool`: the number of worker processes.
        pub size: Option<i64> => [Pool],
        /// `pool`: a worker ends after this many tasks and a new one takes its place, like
        /// `maxtasksperchild`.
        pub max_tasks: Option<i64> => [Pool],
        /// `pipe`: `false` makes the first end receive-only and the second send-only.
        pub duplex: Option<bool> => [Pipe],
        /// `put`, `get`, `recv`, `for ... from`, `join` of a child: give up after this long
        /// (unscaled).
        pub timeout: Option<String> => [Put, Get, Recv, For, Join],
        /// `kill`: the signal's name.
        pub signal: Option<String> => [Kill],
        /// `semaphore`: the initial count; `shared`: the initial value.
        pub value: Option<i64> => [Semaphore, BoundedSemaphore, Shared],
        /// `barrier`: how many processes each round waits for.
        pub parties: Option<i64> => [Barrier],
        /// `add`: `false` adds as a separate read and write, so that two processes adding at once
        /// can lose an update (default true: one atomic instruction).
        pub atomic: Option<bool> => [Add],
        /// `condition`: the lock (or rlock) it goes with.
        pub with_: Option<String> => [Condition] as "with",
        /// A name for the event this action records, used by checks.
        pub label: Option<String>,
    }
}

/// A loop's extent: a count, `[START, STOP]`, or a list of values.
#[derive(Debug, Clone, PartialEq, JsonSchema)]
#[serde(untagged)]
pub enum RawRange {
    Count(RawValue),
    Values(Vec<RawValue>),
}

impl<'de> Deserialize<'de> for RawRange {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct RangeVisitor;
        impl<'de> Visitor<'de> for RangeVisitor {
            type Value = RawRange;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a count such as `5` or `\"{n}\"`, or a list such as `[1, 5]`")
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<RawRange, E> {
                Ok(RawRange::Count(RawValue::Int(v)))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<RawRange, E> {
                i64::try_from(v).map(|v| RawRange::Count(RawValue::Int(v))).map_err(|_| E::custom("count too large"))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<RawRange, E> {
                Ok(RawRange::Count(RawValue::Text(v.to_owned())))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<RawRange, A::Error> {
                Vec::<RawValue>::deserialize(de::value::SeqAccessDeserializer::new(seq)).map(RawRange::Values)
            }
        }
        deserializer.deserialize_any(RangeVisitor)
    }
}

/// The two branches of a `fork`.
#[derive(Debug, Clone, Deserialize, Default, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawFork {
    #[serde(default)]
    pub parent: Vec<RawAction>,
    #[serde(default)]
    pub child: Vec<RawAction>,
}

/// A value in `vars`, `let` or `args`: a number, a string template, or `{random: [lo, hi]}`.
#[derive(Debug, Clone, PartialEq, JsonSchema)]
#[serde(untagged)]
pub enum RawValue {
    Int(i64),
    Float(f64),
    Text(String),
    Random { random: [i64; 2] },
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRandom {
    random: [i64; 2],
}

impl<'de> Deserialize<'de> for RawValue {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct ValueVisitor;
        impl<'de> Visitor<'de> for ValueVisitor {
            type Value = RawValue;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a number, a text, or `{random: [LOW, HIGH]}`")
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<RawValue, E> {
                Ok(RawValue::Int(v))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<RawValue, E> {
                i64::try_from(v)
                    .map(RawValue::Int)
                    .map_err(|_| E::custom("number too large; write a number below 2^63"))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<RawValue, E> {
                Ok(RawValue::Float(v))
            }
            fn visit_bool<E: de::Error>(self, v: bool) -> Result<RawValue, E> {
                Ok(RawValue::Text(v.to_string()))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<RawValue, E> {
                Ok(RawValue::Text(v.to_owned()))
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<RawValue, A::Error> {
                let r = RawRandom::deserialize(de::value::MapAccessDeserializer::new(map))?;
                Ok(RawValue::Random { random: r.random })
            }
        }
        deserializer.deserialize_any(ValueVisitor)
    }
}

keyed! {
    /// The key a check starts with (`before`, `exit`, `count`, ...): its kind, before it is
    /// validated into a `CheckKind`.
    pub enum CheckVerb {
        // Order of events
        Before, Concurrent,
        // Process relations and endings
        ParentOf, WaitsFor, Exit,
        // Printed values
        SameValue, ComputedAfresh, Value, PidOf,
        // Which processes run what
        SameProcess, DifferentProcess, DescendantOf,
        // Counts and channels
        InFlight, Count, Delivery,
        // What is left running, the lines printed, their order
        NothingLeft, AllLinesMatch, Fifo, Received, NoDuplicatedOutput,
        // Synchronization
        MutualExclusion, Final, NoDeadlock, Acquired,
    }

    /// One check: exactly one kind key plus optional modifiers.
    #[derive(Debug, Clone, Deserialize, Default, JsonSchema)]
    #[serde(deny_unknown_fields)]
    pub struct RawCheck {
        /// Shown in reports; a description is made up from the check when missing.
        pub name: Option<String>,
        pub before: Option<[RawSelector; 2]> => Before,
        pub concurrent: Option<[RawSelector; 2]> => Concurrent,
        /// `guaranteed` (default) or `observed`, for `before`.
        pub order: Option<String> => [Before],
        /// `[PARENT, CHILD]`: CHILD's parent process is PARENT.
        pub parent_of: Option<[String; 2]> => ParentOf,
        /// `parent_of`: PARENT made CHILD itself (`fork`): a child that a helper made for it
        /// (Python's forkserver) does not count, as it does without this.
        pub directly: Option<bool> => [ParentOf],
        /// `[PARENT, CHILD]`: every process CHILD was reaped by a wait (`waitpid`, `join`) of
        /// PARENT: PARENT waited for that very child, not for another one.
        pub waits_for: Option<[String; 2]> => WaitsFor,
        /// A process's exit: `{process: NAME, code: N}` or `{process: NAME, signal: SIGKILL}`.
        pub exit: Option<RawExit> => Exit,
        /// Two events printed the same value of `var`.
        pub same_value: Option<[RawSelector; 2]> => SameValue,
        /// Two events printed a value of `var` that was computed in different process images.
        pub computed_afresh: Option<[RawSelector; 2]> => ComputedAfresh,
        /// One event printed `var` with the value `equals`.
        pub value: Option<RawSelector> => Value,
        /// The value printed for `var` at this event is the pid of process `is`.
        pub pid_of: Option<RawSelector> => PidOf,
        /// What the check is worth when graded.
        pub points: Option<f64>,
        /// No event of the first selector is in the same process as one of the second.
        pub different_process: Option<[RawSelector; 2]> => DifferentProcess,
        /// `[ANCESTOR, DESCENDANT]`: DESCENDANT descends from ANCESTOR.
        pub descendant_of: Option<[String; 2]> => DescendantOf,
        /// `nothing_left: true`: the run finished and every process was seen to end.
        pub nothing_left: Option<bool> => NothingLeft,
        /// All the events matching either selector happened in one process.
        pub same_process: Option<[RawSelector; 2]> => SameProcess,
        /// The pool whose tasks in flight at once are bounded by `at_most`, or `[START, END]`:
        /// the spans from each START event to the next END event of its process.
        pub in_flight: Option<RawInFlight> => InFlight,
        /// Counts processes, events or a pool's workers; bounded by `at_least`, `at_most`, `exactly`.
        pub count: Option<RawCounted> => Count,
        /// The queue or pipe end whose items are each taken exactly once, after their put, in order.
        pub delivery: Option<String> => Delivery,
        /// `before`, `same_process`: pair events by this key (`task`; `process`: each process's
        /// events with its own; or a captured variable) instead of all with all.
        pub by: Option<String> => [Before, SameProcess, DifferentProcess],
        /// `before` with `by`: pair the n-th event of each key in the first selector with the n-th
        /// of the same key in the second (for values that repeat), instead of every one with every one.
        pub nth: Option<bool> => [Before],
        /// `before` (without `by`, or `by: process`): only the first event of the first selector in each process must
        /// come before every event of the second (the first `put` of a queue, which starts its
        /// feeder thread, is the one the tracer can order before the reader's lines); with
        /// `by: process`, each process's first before that process's own events of the second.
        pub first_only: Option<bool> => [Before],
        /// `before`: kinds of edge (`start`, `join`, `message`, ...) the order may not go through:
        /// `ignoring: [join]` asks that a reply be ordered after its send by the channel that
        /// carried it, not only by the join that waited for the sender.
        pub ignoring: Option<Vec<String>> => [Before],
        /// `in_flight: [START, END]` of a program: a process's write to a pipe or socket, the
        /// last of its thread before a read, ends its span, and an END after it does not close
        /// it (a pool's worker sends its task's result back as the task ends, then reads the
        /// next: a result line printed later, held back or from a thread, shows no overlap).
        pub ends_at_send: Option<bool> => [InFlight],
        pub at_least: Option<i64> => [Count, InFlight, Final],
        pub at_most: Option<i64> => [Count, InFlight, Final],
        pub exactly: Option<i64> => [Count, InFlight, Final],
        pub var: Option<String> => [SameValue, ComputedAfresh, Value, PidOf, Fifo, Received],
        pub equals: Option<RawValue> => [Value, Final],
        /// `value` with `computed: EXPR` instead of `equals`: each event printed as `var` the
        /// whole number EXPR makes of the same line's other captures (`task * task`: `+`, `-`,
        /// `*`, parentheses, whole numbers). A line of a form without `var` is passed over.
        pub computed: Option<String> => [Value],
        pub is: Option<String> => [PidOf],
        /// The lock or semaphore whose critical sections (from each `acquire` to the next
        /// `release` in the same process) are never concurrent by happens-before.
        pub mutual_exclusion: Option<String> => MutualExclusion,
        /// The shared integer whose final value is bounded by `equals`, `at_least`, `at_most`.
        pub final_: Option<String> => Final as "final",
        /// `{lock: NAME, by: PROCESS, at_least: N}`: every process `by` names (every process that
        /// tried, without `by`) acquired the lock or semaphore at least N times (default 1): none
        /// starved.
        pub acquired: Option<RawAcquired> => Acquired,
        /// `no_deadlock: true`: the run did not stop at its timeout with processes waiting for
        /// each other's locks and semaphores.
        pub no_deadlock: Option<bool> => NoDeadlock,
        /// `all_lines_match: true`: every line the program printed on stdout matches a pattern
        /// (blank lines aside).
        pub all_lines_match: Option<bool> => AllLinesMatch,
        /// `[WRITE, READ]` with `var`: the values read come in the order they were written (first
        /// in, first out), each read value was written and each written value read once, by value.
        pub fifo: Option<[RawSelector; 2]> => Fifo,
        /// `fifo`: `all_read: false` allows values written and never read (a reader that stopped
        /// early); what was read must still have been written, and come in order.
        pub all_read: Option<bool> => [Fifo],
        /// Of a `program`: each value of `var` printed at these events came to the printing
        /// process through the program's pipes and sockets (as text or pickled), from another
        /// process: a pool's task number sent to its worker, not one the worker made up.
        pub received: Option<RawSelector> => Received,
        /// `no_duplicated_output: true`: no forked child writes again text its parent left in its
        /// stdio buffer at the fork (copied by `fork`), as a whole line or as the start of one.
        pub no_duplicated_output: Option<bool> => NoDuplicatedOutput,
        /// Names of checks this one depends on: when one of them fails, this one is skipped.
        #[serde(default)]
        pub needs: Vec<String>,
        /// Who sees the check's result when graded: `visible` (default), `hidden`,
        /// `after_due_date` or `after_published` (Gradescope's visibilities).
        pub visibility: Option<String>,
        /// Hide the check's result from students until this date (`YYYY-MM-DD`).
        pub hidden_until: Option<String>,
        /// When graded, said after the reason a check failed: what to change, in the
        /// assignment's words (the reason names what the trace showed, which may be a pattern
        /// or a rule a student has never seen).
        pub hint: Option<String>,
    }
}

/// What `in_flight` bounds: a pool's tasks, or spans between two kinds of events.
#[derive(Debug, Clone, PartialEq, JsonSchema)]
#[serde(untagged)]
pub enum RawInFlight {
    Pool(String),
    Spans([RawSelector; 2]),
}

impl<'de> Deserialize<'de> for RawInFlight {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(TextOr {
            expecting: "a pool's name, or `[START, END]`: two events such as `[worker.begin, worker.end]`",
            text: RawInFlight::Pool,
            long: LongForm::List(RawInFlight::Spans),
        })
    }
}

/// What a `count` check counts: exactly one of its keys.
#[derive(Debug, Clone, Deserialize, Default, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawCounted {
    /// Processes with this name.
    pub processes: Option<String>,
    /// In an observed program, the children of the processes with this name that did nothing
    /// the assignment names: no line of a role printed, by them or by a process below them, and
    /// no other program executed (a `date` banner is that program; spawn's interpreter runs the
    /// program's own code). `{silent_children: main}, exactly: 0`: main forked no extra child.
    pub silent_children: Option<String>,
    /// Events matching this selector.
    pub events: Option<RawSelector>,
    /// With `events`: count the different values of this capture the events printed, not the
    /// events (`distinct: task`: five run lines of task 0 are one task). An event whose line
    /// has no such capture is not counted.
    pub distinct: Option<String>,
    /// With `events`: count the values of this capture that more than one of the events
    /// printed (`repeated: task` with `exactly: 0`: no task's run line is printed twice).
    pub repeated: Option<String>,
    /// Distinct processes that ran tasks of this pool.
    pub workers: Option<String>,
    /// The most processes with this name alive at one moment: each from its making until it
    /// exited (or was reaped; one never seen to end counts to the end of the run). A pool that
    /// replaces its workers (`maxtasksperchild`) makes more processes than it has at once.
    pub alive: Option<String>,
}

/// What an `acquired` check asks: how often each process got a lock or semaphore.
#[derive(Debug, Clone, Deserialize, Default, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawAcquired {
    /// The lock, rlock or semaphore.
    pub lock: String,
    /// The processes (by name or role) that must have acquired it; without it, every process
    /// that acquired it or waited for it.
    pub by: Option<String>,
    /// How many times each must have acquired it (default 1).
    pub at_least: Option<i64>,
}

/// How a process must end.
#[derive(Debug, Clone, Deserialize, Default, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawExit {
    pub process: String,
    pub code: Option<i32>,
    pub signal: Option<String>,
}

/// An event selector: `process.label`, or `{process: NAME, label: L}` / `{process: NAME, text: T}`.
#[derive(Debug, Clone, PartialEq, JsonSchema)]
#[serde(untagged)]
pub enum RawSelector {
    Short(String),
    Long(Box<RawSelectorLong>),
}

#[derive(Debug, Clone, Deserialize, PartialEq, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RawSelectorLong {
    pub process: String,
    pub label: Option<String>,
    pub text: Option<String>,
    /// A printed line, whole: unlike `text`, `line: "got 1"` does not match `got 10`.
    pub line: Option<String>,
    /// An exec (of an observed program) whose command line contains this: `command:
    /// "--multiprocessing-fork"` is a child the spawn method started.
    pub command: Option<String>,
    /// An exec (of an observed program) whose whole command line (its words joined by spaces)
    /// this regular expression matches: unlike `command`, a program cannot pass it by putting
    /// the text in a comment of a command of its own (`sh -c 'echo ... # spawn_main'`).
    pub command_matches: Option<String>,
    /// An exec (of an observed program) whose whole command line this regular expression does
    /// not match, or of a file the program could have made itself, whatever its command:
    /// `command_not_matching: SPAWN'S COMMAND` counted `exactly: 0` says a process executed
    /// nothing but spawn's interpreter.
    pub command_not_matching: Option<String>,
    /// A fork (of an observed program) that made a process of this name sharing the maker's
    /// memory (vfork, `posix_spawn`, `clone(CLONE_VM)`), not with a copy of it: counted
    /// `exactly: 0`, the fork exercises' child is a copy of its parent.
    pub forked_sharing_memory: Option<String>,
}

impl<'de> Deserialize<'de> for RawSelector {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(TextOr {
            expecting: "an event such as `main.done`, or `{process: main, text: \"Process end.\"}`",
            text: RawSelector::Short,
            long: LongForm::Map(|l| RawSelector::Long(Box::new(l))),
        })
    }
}

/// The longer of a key's two forms, and what it makes: a list or a map.
enum LongForm<L, T> {
    List(fn(L) -> T),
    Map(fn(L) -> T),
}

/// A visitor for a key written either as a text (`main.done`) or in a longer form (a list, or
/// a map), each made into a `T`. Anything else is refused as serde refuses it, naming
/// `expecting`: the messages are those of a visitor written out for the one key.
struct TextOr<L, T> {
    expecting: &'static str,
    text: fn(String) -> T,
    long: LongForm<L, T>,
}

impl<'de, L: Deserialize<'de>, T> Visitor<'de> for TextOr<L, T> {
    type Value = T;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(self.expecting)
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<T, E> {
        Ok((self.text)(v.to_owned()))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<T, A::Error> {
        match self.long {
            LongForm::List(make) => L::deserialize(de::value::SeqAccessDeserializer::new(seq)).map(make),
            LongForm::Map(_) => Err(de::Error::invalid_type(de::Unexpected::Seq, &self)),
        }
    }
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
        match self.long {
            LongForm::Map(make) => L::deserialize(de::value::MapAccessDeserializer::new(map)).map(make),
            LongForm::List(_) => Err(de::Error::invalid_type(de::Unexpected::Map, &self)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Whether serde takes `key` (written with no value) as a key of `T`.
    fn takes<T: for<'de> Deserialize<'de>>(key: &str) -> bool {
        serde_yaml::from_str::<T>(&format!("{key}: ~")).is_ok()
    }

    /// Every name the tables make (a verb's, a modifier's) is a key serde takes, and one it
    /// does not take is refused: what the suggestions offer can be written.
    #[test]
    fn every_verb_and_modifier_name_is_a_key_of_its_struct() {
        let action_keys = Verb::ALL.iter().map(|v| v.name()).chain(RawAction::MODIFIERS.iter().map(|m| m.key));
        for key in action_keys {
            assert!(takes::<RawAction>(key), "an action does not take `{key}`");
        }
        let check_keys = CheckVerb::ALL.iter().map(|k| k.name()).chain(RawCheck::MODIFIERS.iter().map(|m| m.key));
        for key in check_keys {
            assert!(takes::<RawCheck>(key), "a check does not take `{key}`");
        }
        assert!(!takes::<RawAction>("let_") && !takes::<RawCheck>("final_"), "a field's own name was taken");
        assert_eq!((Verb::from_name("let"), CheckVerb::from_name("final")), (Some(Verb::Let), Some(CheckVerb::Final)));
    }

    /// `has` and `verbs` see the key the table ties to each verb, in the docs' order.
    #[test]
    fn an_item_has_the_verbs_it_writes() {
        let action: RawAction = serde_yaml::from_str("{return: 1, let: {a: 1}, for: i}").unwrap();
        assert_eq!(action.verbs(), [Verb::Let, Verb::For, Verb::Return]);
        let check: RawCheck = serde_yaml::from_str("{final: s, before: [a.b, c.d]}").unwrap();
        assert_eq!(check.verbs(), [CheckVerb::Before, CheckVerb::Final]);
        assert!(check.has(CheckVerb::Final) && !check.has(CheckVerb::Exit));
    }
}
