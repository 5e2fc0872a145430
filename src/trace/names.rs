//! The names the trace of an observed program and of a scenario run use for things no
//! scenario names: the labels of an observed process's own events, the names of processes the
//! observer sets apart, and the name of a pool's workers. They live with the trace, the data
//! both sources produce and every judge reads, so that the scenario model (which validates
//! names against them) and the sources share them without knowing each other.

/// The label of an observed process's forks whose child has memory of its own (a copy).
pub const FORK_LABEL: &str = "fork";
/// The label of an observed process's forks whose child shares its memory until it executes
/// or ends: vfork, `posix_spawn`, `clone(CLONE_VM)` without `CLONE_THREAD`.
pub const SHARED_FORK_LABEL: &str = "fork_sharing_memory";
/// The label of an observed process's waits that returned a child.
pub const WAIT_LABEL: &str = "wait";
/// The label of an observed process's execs.
pub const EXEC_LABEL: &str = "exec";
/// The label of an observed process's normal exit.
pub const EXIT_LABEL: &str = "exit";
/// Every label an observed process's own events carry, besides its lines'.
pub const EVENT_LABELS: [&str; 5] = [FORK_LABEL, SHARED_FORK_LABEL, WAIT_LABEL, EXEC_LABEL, EXIT_LABEL];

/// The argument Python's `multiprocessing` gives the interpreter it executes, under the spawn
/// and forkserver start methods, to run the program's own code in a child.
pub const SPAWNED_CHILD_ARG: &str = "--multiprocessing-fork";

/// Whether an exec with `argv` runs another program than the observed one: anything but the
/// interpreter `multiprocessing` executes to run the program's own code (a `date` banner run
/// with `system` is that program; a spawned child is the program's).
pub fn executes_another_program(argv: &[String]) -> bool {
    !argv.iter().any(|w| w == SPAWNED_CHILD_ARG)
}

/// The program's first process.
pub const MAIN: &str = "main";
/// A process that prints no line of a pattern with a role.
pub const UNNAMED: &str = "unnamed";
/// A helper a launcher (such as pyenv's shim) ran before it executed the program.
pub const LAUNCHER: &str = "launcher";

/// True for a process a launcher ran before the program (set apart in reports and pictures).
pub fn is_launcher(p: &super::Process) -> bool {
    p.origin == super::Origin::Helper && p.name == LAUNCHER
}
/// Python multiprocessing's forkserver.
pub const FORKSERVER: &str = "forkserver";
/// Python multiprocessing's resource tracker.
pub const RESOURCE_TRACKER: &str = "resource_tracker";
/// The server process of a Python multiprocessing `Manager()`.
pub const MANAGER: &str = "manager";
/// Every name an observed process can have besides the roles of the line patterns.
pub const OBSERVED_NAMES: [&str; 6] = [MAIN, UNNAMED, LAUNCHER, FORKSERVER, RESOURCE_TRACKER, MANAGER];

/// The name of the worker processes of pool `pool`.
pub fn worker_name(pool: &str) -> String {
    format!("{pool}_worker")
}
