//! The engine: carries out a scenario with real processes and produces its Trace.
//!
//! `run` may be called from any thread of any process, including cargo test's multi-threaded
//! harness. It never forks the calling process: forking a multi-threaded process and running
//! arbitrary code in the child can deadlock on a lock another thread held at the fork. Instead
//! it starts the procscen binary as a supervisor (fork+exec through `std::process::Command`,
//! which is safe in threaded programs), hands it the scenario on stdin and reads the trace back
//! from its stdout. The supervisor is single-threaded and does all the forking.
//!
//! Invariant: the engine, the observer and the host are the only modules that contain `unsafe`.

mod census;
mod channel;
mod decode;
mod keeper;
mod process;
mod record;
mod ring;
mod supervisor;
mod sync;

use crate::error::RunError;
use crate::model::scenario::Scenario;
use crate::trace::Trace;
use std::io::Read;
use std::path::PathBuf;
use std::time::Duration;

/// The hidden command that makes the procscen binary a supervisor.
pub const SUPERVISE_COMMAND: &str = "__supervise";
/// The hidden command that makes the procscen binary a spawned scenario process.
pub const SPAWNED_COMMAND: &str = "__spawned";

/// Settings that override the scenario's for one run.
#[derive(Debug, Clone, Default)]
pub struct RunOptions {
    /// Replaces the scenario's `time_scale`.
    pub time_scale: Option<f64>,
    /// Replaces the scenario's `timeout`.
    pub timeout: Option<Duration>,
    /// The procscen binary to supervise with; found automatically when `None`.
    pub procscen_binary: Option<PathBuf>,
    /// Record only each process's first and last events: for measuring what recording costs.
    /// Checks and snapshots need the events, so this is for benchmarks only.
    pub without_recording: bool,
    /// Random delays before every action, to shake out orders that hold only by chance.
    pub jitter: Option<Jitter>,
    /// Replaces the scenario's `max_recorded_mib` (in bytes): the run stops once its processes
    /// have recorded more events than this, so a runaway loop cannot fill the machine's memory.
    pub record_limit: Option<u64>,
    /// Replace the scenario's `max_processes`, `max_memory_mib` and `max_cpu_seconds`.
    pub limits: crate::model::scenario::LimitOverrides,
    /// The longest scenario file `suite` reads, in bytes; `bounds::DEFAULT_MAX_FILE_BYTES`
    /// when `None`.
    pub max_file_bytes: Option<u64>,
}

/// Random delays injected before every action of every process. The delays are drawn from
/// `seed`, each process from its own stream derived from its place in the process tree, so
/// a run can be replayed with the same delays (the schedule itself can still differ).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Jitter {
    /// The largest delay, in nanoseconds.
    pub max_ns: u64,
    pub seed: u64,
}

impl Jitter {
    /// The jitter of a child made at this process's event `tag` (and `k`-th of several).
    pub fn child(self, tag: u64, k: u64) -> Jitter {
        Jitter { seed: mix(mix(self.seed ^ mix(tag)) ^ k), ..self }
    }
}

/// The jitter's random numbers: SplitMix64 (Steele, Lea and Flood, 2014), written here so a
/// `--seed` replays the same delays whatever version of `rand` the build has. The state
/// starts at the seed; each step adds 0x9E3779B97F4A7C15 to it and returns the new state
/// through SplitMix64's finalizer (`mix` does both).
#[derive(Debug, Clone)]
pub struct SplitMix64(u64);

impl SplitMix64 {
    pub fn new(seed: u64) -> SplitMix64 {
        SplitMix64(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        let z = mix(self.0);
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        z
    }

    /// A number in `0..=max`, without bias: Lemire's multiply-and-shift, drawing again in the
    /// rare case that would favour some results.
    pub fn up_to(&mut self, max: u64) -> u64 {
        let Some(n) = max.checked_add(1) else { return self.next_u64() };
        let threshold = n.wrapping_neg() % n;
        loop {
            let m = u128::from(self.next_u64()) * u128::from(n);
            if (m as u64) >= threshold {
                return (m >> 64) as u64;
            }
        }
    }
}

/// SplitMix64's finalizer: spreads nearby inputs over the whole range.
fn mix(x: u64) -> u64 {
    let mut z = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// What the supervisor passes on to every scenario process.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Settings {
    pub recording: bool,
    pub jitter: Option<Jitter>,
}

/// Runs `scenario` once with real processes and returns what happened.
pub fn run(scenario: &Scenario, options: &RunOptions) -> Result<Trace, RunError> {
    check_options(options)?;
    let mut scenario = scenario.clone();
    if let Some(scale) = options.time_scale {
        scenario.time_scale = scale;
    }
    if let Some(timeout) = options.timeout {
        scenario.timeout = timeout;
    }
    let limits = &mut scenario.limits;
    limits.max_recorded = options.record_limit.unwrap_or(limits.max_recorded);
    options.limits.apply(&mut limits.max_processes, &mut limits.max_memory_mib, &mut limits.max_cpu_seconds);
    let settings = Settings { recording: !options.without_recording, jitter: options.jitter };
    let settings = serde_json::to_string(&settings).expect("settings serialize");
    let request = serde_json::to_vec(&scenario).expect("scenarios serialize");
    let mut assembly = supervisor::Assembly::new(&scenario.name);
    // The records are decoded as they are read, once (the supervisor does not build a trace
    // to encode again), while the run goes on, and never held whole.
    // Set when the supervisor says its processes have all ended.
    let ended = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let said = ended.clone();
    assembly.feed_while(&ended, |sink| {
        crate::sources::host::run_helper_into(
            options.procscen_binary.as_deref(),
            crate::sources::host::Helper::Supervisor,
            SUPERVISE_COMMAND,
            &["--settings", &settings],
            &request,
            None,
            Some(said),
            sink,
        )
    })?;
    assembly.finish().map_err(RunError::Report)
}

/// Refuses options out of the ranges a scenario file is held to (`scenario::bounds`), which a
/// library caller could still pass.
fn check_options(options: &RunOptions) -> Result<(), RunError> {
    use crate::model::scenario::bounds;
    let invalid = RunError::InvalidOption;
    if let Some(scale) = options.time_scale {
        bounds::check_time_scale(scale).map_err(invalid)?;
    }
    for d in [options.timeout, options.jitter.map(|j| Duration::from_nanos(j.max_ns))].into_iter().flatten() {
        bounds::check_duration(d, &format!("{d:?}")).map_err(invalid)?;
    }
    bounds::check_overrides(&options.limits).map_err(invalid)?;
    if let Some(bytes) = options.record_limit {
        bounds::check_limit("the record limit (MiB)", "max_recorded_mib", bytes.div_ceil(1 << 20)).map_err(invalid)?;
    }
    Ok(())
}

/// The entry point of `procscen __supervise`: reads a scenario on stdin, runs it, writes what
/// was recorded on stdout as it comes (the event records in pieces, then `supervisor::Header`
/// in postcard), which `run` makes the trace of.
///
/// The process procscen starts is a keeper, not the supervisor itself: it forks the
/// supervisor, passes on to it the requests to stop (SIGTERM, SIGINT, SIGHUP), and, being a
/// child subreaper too, receives the run's processes if the supervisor is killed (SIGKILL
/// cannot be caught): it then kills every one of them, so that nothing of the run outlives
/// its supervisor and procscen returns at once with "supervisor killed".
pub fn supervisor_main(settings: &str) -> std::io::Result<()> {
    let settings: Settings = serde_json::from_str(settings).map_err(std::io::Error::other)?;
    let mut input = Vec::new();
    std::io::stdin().read_to_end(&mut input)?;
    let scenario: Scenario = serde_json::from_slice(&input).map_err(std::io::Error::other)?;
    if let Some(code) = keeper::keep()? {
        std::process::exit(code);
    }
    // A pipe of 1 MiB, where the kernel allows it: the supervisor writes while its run goes
    // on, and a reader that falls behind by a few reads should not leave the records waiting.
    let _ = nix::fcntl::fcntl(1, nix::fcntl::FcntlArg::F_SETPIPE_SZ(1 << 20));
    // Its own file on the same pipe (close-on-exec), written with no buffer or lock in
    // between; `supervise` closes it in the run's processes.
    let report = std::os::fd::AsFd::as_fd(&std::io::stdout()).try_clone_to_owned()?;
    supervisor::supervise(&scenario, settings, report)
}

/// The entry point of `procscen __spawned REQUEST`: a scenario process started by the spawn
/// method, which reads the scenario from the fd its parent left open for it.
pub fn spawned_main(request: &str) -> std::io::Result<()> {
    let request: process::SpawnRequest = serde_json::from_str(request).map_err(std::io::Error::other)?;
    // Reopening through /proc gives this image its own file offset.
    let text = std::fs::read(format!("/proc/self/fd/{}", request.scenario_fd))?;
    let scenario: Scenario = serde_json::from_slice(&text).map_err(std::io::Error::other)?;
    process::Interpreter::run_spawned(&scenario, request)
}

/// Ends the calling process at once: no atexit handlers, no flushing of stdio buffers that a
/// forked child shares with its parent.
pub(crate) fn exit_now(code: i32) -> ! {
    // SAFETY: `_exit` is async-signal-safe and has no preconditions.
    unsafe { libc::_exit(code) }
}

/// The pid and ending a wait status reports, for the statuses that mean a process ended.
pub(crate) fn ending_of(status: nix::sys::wait::WaitStatus) -> Option<(nix::unistd::Pid, crate::trace::Ending)> {
    use crate::trace::Ending;
    use nix::sys::wait::WaitStatus;
    match status {
        WaitStatus::Exited(pid, code) => Some((pid, Ending::Exited(code))),
        WaitStatus::Signaled(pid, sig, _) => Some((pid, Ending::Signaled(sig.into()))),
        _ => None,
    }
}

/// Ignores SIGPIPE, as Rust's runtime does before `main`: for the entry points served before
/// it, so that writing to a reader that has gone is an error, not death.
pub(crate) fn ignore_sigpipe() {
    // SAFETY: setting a signal's disposition to "ignore" installs no handler; it affects only
    // this process, which at this point runs nothing else (it is before `main`).
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_IGN);
    }
}

#[cfg(test)]
mod tests {
    use super::SplitMix64;

    #[test]
    fn the_jitter_generator_is_splitmix64() {
        // The reference implementation's first outputs from seed 0.
        let mut g = SplitMix64::new(0);
        assert_eq!(
            [g.next_u64(), g.next_u64(), g.next_u64()],
            [0xE220_A839_7B1D_CDAF, 0x6E78_9E6A_A1B9_65F4, 0x06C4_5D18_8009_454F]
        );
        let mut g = SplitMix64::new(7);
        let draws: Vec<u64> = (0..1000).map(|_| g.up_to(9)).collect();
        assert!(draws.iter().all(|d| *d <= 9));
        assert!((0..=9).all(|v| draws.contains(&v)), "every value comes up");
        assert_eq!(SplitMix64::new(3).up_to(0), 0);
        let _ = SplitMix64::new(3).up_to(u64::MAX);
    }
}
