//! A program's run seen from outside: its trace, the lines it wrote with their writers, what
//! it cost, and what could not be seen. The observer produces it; grading, the pipeline and
//! the renderers read it. It is data about a run and names no source's types, so it lives
//! with the trace, where every layer above may read it (the renderers may not read a source).

use super::{Ending, Outcome, ProcId, ProgramEnding, Trace};
use serde::{Deserialize, Serialize};

/// What an observed run of a program amounts to.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Observation {
    pub trace: Trace,
    /// Every line the program wrote, in the order the tracer saw them, with its writer.
    pub output: Vec<OutputLine>,
    pub usage: Usage,
    /// Set when the kernel's view was not available (no ptrace): says why. Lines are then
    /// all attributed to `main`.
    pub untraced: Option<String>,
    /// Set when isolation was asked for and could not be had: says why.
    #[serde(default)]
    pub unisolated: Option<String>,
    /// Set when the run had no memory cgroup (memory was capped per process only): says why.
    #[serde(default)]
    pub no_cgroup: Option<String>,
    /// Processes whose parent ended while they were still running.
    pub orphaned: Vec<ProcId>,
    /// Processes named by their place in the tree, because none of their lines matched a
    /// pattern with a role.
    #[serde(default)]
    pub named_by_place: Vec<ProcId>,
}

/// One line of output and the process that wrote it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OutputLine {
    pub process: ProcId,
    pub stream: Stream,
    pub text: String,
    /// The name of the pattern it matched, on either stream (a line of the assignment written
    /// to stderr counts as printed; grading fails its format).
    pub pattern: Option<String>,
    /// True when it matched its pattern only loosely (the observer's `build::loosen`).
    #[serde(default)]
    pub loose: bool,
}

/// Which of its standard streams a program wrote a line to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Stream {
    Stdout,
    Stderr,
}

/// What a run cost, as a contest judge reports it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
pub struct Usage {
    pub wall_ms: u64,
    /// User and system CPU time of every process of the run.
    pub cpu_ms: u64,
    /// The largest resident set of any one process, in KiB.
    pub peak_rss_kib: u64,
    /// Processes created, the first one included.
    pub processes: u32,
}

impl Trace {
    /// How the program (`main`) ended, as a contest judge says it: "normal exit", "runtime
    /// error (exit 1)", "killed by SIGSEGV", "timed out after 10000 ms"... A run cut short
    /// says why before how `main` ended.
    pub fn program_ending(&self) -> ProgramEnding {
        match &self.outcome {
            Outcome::TimedOut { after_ms, .. } => return ProgramEnding::TimedOut { after_ms: *after_ms },
            Outcome::LimitReached { limit, .. } => return ProgramEnding::LimitReached(*limit),
            Outcome::Interrupted { signal, .. } => return ProgramEnding::Interrupted(*signal),
            Outcome::Finished => {}
        }
        match self.processes.first().map(|p| &p.ending) {
            Some(Ending::Exited(0)) => ProgramEnding::NormalExit,
            Some(Ending::Exited(c)) => ProgramEnding::RuntimeError { code: *c },
            Some(Ending::Signaled(s)) => ProgramEnding::Killed(*s),
            _ => ProgramEnding::EndedUnseen,
        }
    }

    /// Whether the process with `pid` was found alive when the run was cut short: one that
    /// was not had ended before the grader stopped the run.
    pub fn was_alive(&self, pid: i32) -> bool {
        match &self.outcome {
            Outcome::Finished => false,
            Outcome::TimedOut { alive, .. }
            | Outcome::Interrupted { alive, .. }
            | Outcome::LimitReached { alive, .. } => alive.iter().any(|a| a.pid == pid),
        }
    }
}
