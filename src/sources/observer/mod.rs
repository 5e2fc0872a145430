//! The observer: runs an external program (a student's submission) and watches what it really
//! did, from the kernel, to build the same Trace the engine builds for scenario processes.
//!
//! Like the engine, `observe` never forks the calling process: it starts the procscen binary as
//! `procscen __observe`, a single-threaded tracer (`tracer`), which forks the program under
//! ptrace, follows every fork, exec, wait, write to stdout or stderr, read and write of a pipe
//! or socket pair between its processes (`channels`), signal sent and delivered between them
//! (`signals`), thread made (`threads`), and exit of it and its descendants, and sends back
//! the raw records. `build` turns those records into a Trace:
//! processes named by the lines they print, launcher and runtime helpers set apart, output
//! reassembled into whole lines per process and matched against the scenario's patterns.
//!
//! Invariant: the engine, the observer and the host are the only modules that contain `unsafe`.

mod arch;
pub mod build;
mod cgroup;
pub mod channels;
pub mod copy;
mod crossed;
mod isolate;
mod named;
mod pidns;
mod python_start;
mod signals;
pub mod threads;
mod tracer;
mod writers;

use crate::error::RunError;
use crate::trace::{Ending, Outcome};
use serde::{Deserialize, Serialize};
use std::path::PathBuf;
use std::time::Duration;

pub use crate::trace::observed::Usage;
pub use build::{Observation, OutputLine, Stream};

/// The hidden command that makes the procscen binary a tracer.
pub const OBSERVE_COMMAND: &str = "__observe";

/// How long after a program's wall limit procscen kills a tracer that has not reported.
pub const UNRESPONSIVE_AFTER: Duration = Duration::from_secs(1);

/// How many times its time limit a program may run in wall time when the machine's other work
/// keeps it waiting for a CPU (`host::time_limit`).
pub use crate::sources::host::time_limit::WALL_FACTOR;

/// One program to run and observe.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Request {
    /// The command line; the first word is looked up in `PATH` when it has no `/`.
    pub argv: Vec<String>,
    pub cwd: PathBuf,
    /// The whole environment of the program.
    pub env: Vec<(String, String)>,
    /// What the program reads on stdin (it reads end of file after it); `/dev/null` when `None`.
    pub stdin: Option<Vec<u8>>,
    pub limits: Limits,
    /// Observe with ptrace. When false, or when the kernel refuses ptrace, only the output is
    /// captured.
    pub trace: bool,
    /// Run the program in new namespaces: no network, a private /tmp (see `isolate`).
    #[serde(default)]
    pub isolate: bool,
    /// Directories an isolated program may write (its working copy); the rest of its file
    /// system is read-only but for a private /tmp and /dev/shm.
    #[serde(default)]
    pub writable: Vec<PathBuf>,
    /// Directories an isolated program may write, each replaced (for the program only) by a
    /// copy on a tmpfs of `limits.max_tmp` bytes: what it writes there is capped, and gone
    /// when it ends. Not isolated, they are written in place.
    #[serde(default)]
    pub scratch: Vec<PathBuf>,
    /// Directories an isolated program must not see (the grader's home, the project, the
    /// scenario's directory). The allow-listed root (`isolate`) holds none of them anyway;
    /// kept so the request says what the grader means to hide.
    #[serde(default)]
    pub hidden: Vec<PathBuf>,
    /// The memory cgroup the program's first process joins (set by `observe`).
    #[serde(default)]
    pub cgroup: Option<PathBuf>,
    /// The v1 `pids` cgroup the program's first process joins (set by `observe`; on cgroup
    /// v2 the memory cgroup caps the tasks too).
    #[serde(default)]
    pub pids_cgroup: Option<PathBuf>,
    /// With `isolate`: refuse to run the program at all where the kernel refuses a step of
    /// its isolation, rather than run it unisolated and say so (`grade --require-isolation`,
    /// which an exported Gradescope autograder uses: there an unisolated program runs as root
    /// beside the results file it could forge, red team round 18).
    #[serde(default)]
    pub require_isolation: bool,
}

/// What one run of a program may use before it is killed.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Limits {
    pub timeout: Duration,
    /// Processes alive at once, the program's own first process included.
    pub max_processes: u32,
    /// Bytes written to stdout and stderr together.
    pub max_output: u64,
    /// Address space per process, in bytes (`RLIMIT_AS`).
    pub max_memory: u64,
    /// CPU seconds per process (`RLIMIT_CPU`).
    pub max_cpu_seconds: u64,
    /// Tasks (threads of every process, each process's main thread included) alive at once.
    #[serde(default = "defaults::max_tasks")]
    pub max_tasks: u32,
    /// The largest file a process may write, in bytes (`RLIMIT_FSIZE`).
    #[serde(default = "defaults::max_file_size")]
    pub max_file_size: u64,
    /// Open files per process (`RLIMIT_NOFILE`).
    #[serde(default = "defaults::max_open_files")]
    pub max_open_files: u64,
    /// The size of an isolated program's private /tmp, in bytes.
    #[serde(default = "defaults::max_tmp")]
    pub max_tmp: u64,
    /// Memory of all the program's processes together, in bytes (a memory cgroup, where the
    /// machine allows one).
    #[serde(default = "defaults::max_run_memory")]
    pub max_run_memory: u64,
    /// The most memory the tracer's records may take, in bytes (each counted at its size plus
    /// the bytes it holds: an exec's arguments, a write's text).
    #[serde(default = "defaults::max_recorded")]
    pub max_recorded: u64,
}

/// The defaults of the limits a request made before they existed lacks.
mod defaults {
    use crate::model::scenario::program_defaults as d;
    pub fn max_tasks() -> u32 {
        d::MAX_TASKS
    }
    pub fn max_file_size() -> u64 {
        d::MAX_FILE_MIB << 20
    }
    pub fn max_open_files() -> u64 {
        d::MAX_OPEN_FILES
    }
    pub fn max_tmp() -> u64 {
        d::MAX_TMP_MIB << 20
    }
    pub fn max_run_memory() -> u64 {
        d::MAX_RUN_MEMORY_MIB << 20
    }
    pub fn max_recorded() -> u64 {
        d::MAX_RECORDED_MIB << 20
    }
}

impl Default for Limits {
    fn default() -> Limits {
        use crate::model::scenario::program_defaults as d;
        Limits {
            timeout: Duration::from_secs(d::TIMEOUT_SECS),
            max_processes: d::MAX_PROCESSES,
            max_output: d::MAX_OUTPUT,
            max_memory: d::MAX_MEMORY_MIB << 20,
            max_cpu_seconds: d::MAX_CPU_SECONDS,
            max_tasks: d::MAX_TASKS,
            max_file_size: d::MAX_FILE_MIB << 20,
            max_open_files: d::MAX_OPEN_FILES,
            max_tmp: d::MAX_TMP_MIB << 20,
            max_run_memory: d::MAX_RUN_MEMORY_MIB << 20,
            max_recorded: d::MAX_RECORDED_MIB << 20,
        }
    }
}

/// What the tracer saw, in the order it saw it.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Response {
    pub records: Vec<Record>,
    /// The first bytes of reads from the program's channels, by record index
    /// (`channels::Channels::received`).
    pub received: Vec<(usize, Vec<u8>)>,
    /// What the program's processes wrote to its channels, beside the records
    /// (`channels::Channels::sent`).
    #[serde(default)]
    pub sent: Vec<channels::Sent>,
    /// The output as read from the program's stdout and stderr pipes (cut at the limit).
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    /// Set when ptrace could not be used; says why.
    pub untraced: Option<String>,
    /// Set when isolation was asked for and the machine did not allow it; says why.
    pub unisolated: Option<String>,
    /// Set when the program could not be started at all; says why.
    pub start_error: Option<String>,
    /// `start_error` is the kernel's refusal of the isolation the program could not run
    /// without: the machine's doing, not the submission's.
    #[serde(default)]
    pub not_isolable: bool,
    /// Set when no memory cgroup could be made for the run (its memory is capped per process
    /// only); says why.
    #[serde(default)]
    pub no_cgroup: Option<String>,
    pub outcome: Option<Outcome>,
    /// The command line the program was started with (set by `observe`): the exec of it with
    /// these arguments is where the submission starts, after its launcher.
    #[serde(default)]
    pub argv: Vec<String>,
    pub root_pid: i32,
    pub observer_pid: i32,
    pub usage: Usage,
}

/// The `tid` of a record whose thread is not known: output of a process that had several
/// threads, whose bytes reach the tracer with their process only (see `threads::Order`).
pub const UNKNOWN_THREAD: i32 = -1;

/// One thing a process of the program did. `pid` is the process (thread group); `tid` the
/// thread that did it (0: the process as a whole, or its only thread; `UNKNOWN_THREAD`: one
/// of its threads), which orders a process's records only among those of the same thread
/// (see `threads`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Record {
    pub pid: i32,
    #[serde(default)]
    pub tid: i32,
    /// CLOCK_MONOTONIC, in nanoseconds, when the tracer saw it.
    pub time_ns: u64,
    pub kind: RecordKind,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum RecordKind {
    /// A new process; `parent` is the process that made it.
    Began { parent: i32 },
    /// The process made the process `child` (fork, vfork or clone without a shared thread group).
    /// `shares_memory`: the child was made sharing its parent's memory (vfork, `posix_spawn`,
    /// `clone(CLONE_VM)`), not with a copy of it.
    Forked {
        child: i32,
        #[serde(default)]
        shares_memory: bool,
    },
    /// The process executed a new program with these arguments. `own_file`: the file it
    /// executed lies where the program may write (its working copy, `/tmp`, `/dev/shm`, a
    /// memfd), so the program may have made it (see `EventKind::Exec`).
    Exec {
        argv: Vec<String>,
        #[serde(default)]
        own_file: bool,
    },
    /// The process wrote these bytes to its stdout (`fd` 1) or stderr (2) socket, through
    /// whichever of its fds refers to it (one read of the tracer's end: one or more writes).
    Write { fd: i32, data: Vec<u8> },
    /// A wait call of the process returned the ended child `child`.
    Waited { child: i32 },
    /// The process ended.
    Ended { ending: Ending },
    /// The process's parent ended while it was still running: it was reparented to the tracer.
    Orphaned,
    /// The process moved bytes through a pipe or socket of the program (not its output): a
    /// write recorded where it began, a read where it returned (see `channels`).
    Channel(channels::Moved),
    /// The process wrote into a socket connected by name (a `Manager`'s), whose bytes arrive
    /// at the socket of `stream` (`named`): no `Channel` write, but what carries an edge
    /// through a `Manager`'s server (`named::through_servers`).
    Relay(channels::Moved),
    /// The process moved bytes through this stream in a way that cannot be counted: it
    /// carries no edge.
    Tainted { stream: channels::StreamId },
    /// The process's fd 1 or 2 may refer, from here on, to these streams, whose writes through
    /// them the filter lets go unseen (a `dup2` of a pipe onto stdout): see `channels`.
    Redirect(channels::Redirected),
    /// The record's thread made the thread `thread` of the same process.
    Thread { thread: i32 },
    /// The record's thread sent the signal `signal` (`kill`, `tgkill`, `tkill`,
    /// `rt_sigqueueinfo`, `rt_tgsigqueueinfo`, `pidfd_send_signal`), to the process `target`
    /// when the call names one (`None`: a process group, or a pidfd). See `signals`.
    Kill { signal: i32, target: Option<i32> },
    /// The signal `signal`, sent by a `kill` of the process `from`, was delivered to the
    /// record's thread.
    Delivered { signal: i32, from: i32 },
}

impl Response {
    /// How the program's first process ended, when the tracer saw it end.
    pub fn root_ending(&self) -> Option<&Ending> {
        self.records.iter().find_map(|r| match &r.kind {
            RecordKind::Ended { ending } if r.pid == self.root_pid => Some(ending),
            _ => None,
        })
    }
}

/// Runs the program of `request` under the tracer and returns what it saw.
pub fn observe(request: &Request, exe: Option<&std::path::Path>) -> Result<Response, RunError> {
    // The tracer reads system calls from registers, which differ from one architecture to
    // the next: on one it was not ported to it would misread them.
    if !arch::PORTED {
        return Err(RunError::NotPorted { arch: arch::ARCH });
    }
    let input = serde_json::to_vec(request).expect("requests serialize");
    // procscen keeps the wall limit itself too: a tracer that has not reported a second after
    // it (its own timeout, grace period and report included) is killed. The tracer lets a
    // starved program run up to `WALL_FACTOR` times its limit.
    let limit = request.limits.timeout.saturating_mul(WALL_FACTOR).saturating_add(UNRESPONSIVE_AFTER);
    // The whole run's memory, in a cgroup removed (when dropped) once the tracer is gone.
    // One task above the tracer's own limit: the tracer, which sees every task it traces as
    // it is made, stops the run first; the kernel's cap holds for any it would not see.
    let tasks = u64::from(request.limits.max_tasks) + 1;
    let cgroup = cgroup::MemoryCgroup::create(request.limits.max_run_memory, tasks);
    // cgroup v1 keeps `pids` in a hierarchy of its own (absent on v2, where `cgroup` has it).
    let pids = cgroup::PidsCgroup::create(tasks).ok();
    let input = if cgroup.is_ok() || pids.is_some() {
        let with = Request {
            cgroup: cgroup.as_ref().ok().map(|c| c.dir.clone()),
            pids_cgroup: pids.as_ref().map(|c| c.dir.clone()),
            ..request.clone()
        };
        serde_json::to_vec(&with).expect("serializes")
    } else {
        input
    };
    let output = crate::sources::host::run_helper(
        exe,
        crate::sources::host::Helper::Tracer,
        OBSERVE_COMMAND,
        &[],
        &input,
        Some(limit),
    )?;
    let mut response: Response = postcard::from_bytes(&output).map_err(|e| RunError::Report(e.to_string()))?;
    response.no_cgroup = cgroup.err();
    response.argv = request.argv.clone();
    Ok(response)
}

/// The entry point of `procscen __observe`: reads a request on stdin, runs and observes its
/// program, writes the response on stdout.
pub fn observer_main() -> std::io::Result<()> {
    use std::io::{Read, Write};
    let mut input = Vec::new();
    std::io::stdin().read_to_end(&mut input)?;
    let request: Request = serde_json::from_slice(&input).map_err(std::io::Error::other)?;
    // An isolated program runs with its tracer in a pid namespace of their own, the tracer as
    // its init (see `pidns`), where the program cannot stop, kill or even see it.
    let mut no_pid_namespace = None;
    let response = if request.isolate {
        match pidns::enter() {
            Ok(pidns::Side::Outside(code)) => std::process::exit(code),
            Ok(pidns::Side::Init) => tracer::run(&request),
            Err(why) if request.require_isolation => Response {
                start_error: Some(format!(
                    "cannot isolate the program: the tracer gets no pid namespace ({why}); --require-isolation refuses to run it unisolated"
                )),
                not_isolable: true,
                ..Response::default()
            },
            Err(why) => {
                no_pid_namespace = Some(why);
                tracer::run(&request)
            }
        }
    } else {
        tracer::run(&request)
    };
    let mut response = response;
    if let Some(why) = no_pid_namespace {
        let note = format!("the tracer has no pid namespace ({why}), so the program sees the machine's processes");
        response.unisolated = Some(match response.unisolated.take() {
            Some(w) => format!("{w}; {note}"),
            None => note,
        });
    }
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    postcard::to_io(&response, &mut out).map_err(std::io::Error::other)?;
    out.flush()
}
