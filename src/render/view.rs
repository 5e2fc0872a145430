//! View models: plain data that every output format renders from, built from the Trace, the
//! check verdicts and the Grade. They hold what a report shows and no behaviour of their own;
//! the text, JSON, JUnit, Gradescope, HTML and Mermaid renderers differ only in how they
//! write it. What a renderer would otherwise read from a source (the observer) or from the
//! pipeline (its evaluation) comes here: the pipeline fills `ScenarioRun` and `Repetition`
//! from what it evaluated, and `Observed` is built from the observation, which is trace data.

use crate::judge::check::Verdict;
use crate::judge::grade::Status;
use crate::trace::{EventId, Observation, Stream, Trace, Usage};
use std::path::{Path, PathBuf};

/// One scenario file's run, as the text report and the HTML page show it. The pipeline
/// builds it from its evaluation (`suite::Evaluation::view`).
#[derive(Debug, Clone, Copy)]
pub struct ScenarioRun<'a> {
    /// The scenario's name.
    pub name: &'a str,
    /// The scenario file.
    pub path: &'a Path,
    pub trace: &'a Trace,
    /// The verdict of each check, in the scenario's order.
    pub verdicts: &'a [Verdict],
    /// For a `program` scenario, what was seen of its reference solution.
    pub observation: Option<&'a Observation>,
}

/// An observed program's run as every format shows it: how it ended and what it cost, what
/// could not be seen, and its lines with their writers.
#[derive(Debug, Clone)]
pub struct Observed<'a> {
    pub trace: &'a Trace,
    /// How the program ended (`Trace::program_ending`).
    pub ending: crate::trace::ProgramEnding,
    pub usage: Usage,
    /// Why the kernel's view (ptrace) was missing, when it was.
    pub untraced: Option<&'a str>,
    /// Why the program ran without the isolation asked for, when it did.
    pub unisolated: Option<&'a str>,
    /// Why the run had no memory cgroup, when it had none.
    pub no_cgroup: Option<&'a str>,
    /// Every line the program wrote, in the order they were seen.
    pub lines: Vec<Line<'a>>,
}

/// One line a program wrote.
#[derive(Debug, Clone)]
pub struct Line<'a> {
    /// The role of the process that wrote it.
    pub writer: &'a str,
    pub stream: Stream,
    /// The line as written.
    pub text: &'a str,
    /// The line with its pids replaced by roles (`Trace::normalize_pids`), as reports show it:
    /// at most `LINE_CHARS` characters of it.
    pub shown: String,
    /// The name of the assignment's pattern it matched, if any.
    pub pattern: Option<&'a str>,
}

impl<'a> Observed<'a> {
    /// The view of an observation.
    pub fn of(o: &'a Observation) -> Observed<'a> {
        let t = &o.trace;
        let lines = o
            .output
            .iter()
            .map(|l| Line {
                writer: t.processes[l.process].role.as_str(),
                stream: l.stream,
                text: l.text.as_str(),
                shown: crate::judge::grade::clip(&t.normalize_pids(&l.text), crate::judge::grade::LINE_CHARS)
                    .into_owned(),
                pattern: l.pattern.as_deref(),
            })
            .collect();
        Observed {
            trace: t,
            ending: t.program_ending(),
            usage: o.usage,
            untraced: o.untraced.as_deref(),
            unisolated: o.unisolated.as_deref(),
            no_cgroup: o.no_cgroup.as_deref(),
            lines,
        }
    }
}

/// One check as a page shows it, whether a scenario's verdict or a grade's check.
#[derive(Debug, Clone)]
pub struct Check {
    pub name: String,
    pub status: Status,
    pub message: String,
    /// The events the check is about, marked on the timeline when it failed.
    pub events: Vec<EventId>,
}

impl Check {
    /// A scenario check's verdict: passed or failed.
    pub fn from_verdict(v: &Verdict) -> Check {
        Check {
            name: v.name.clone(),
            status: if v.passed { Status::Passed } else { Status::Failed },
            message: v.message.clone(),
            events: v.events.clone(),
        }
    }
}

/// What became of one scenario run many times (`procscen run --repeat N`), as the pipeline
/// tallies it (`suite::repeat`).
#[derive(Debug)]
pub struct Repetition {
    pub path: PathBuf,
    pub name: String,
    pub runs: usize,
    /// The seed of the first run; run `i` used `seed + i`. `None` without jitter.
    pub seed: Option<u64>,
    /// Per check, in the scenario's order: its name, how many runs it held in, and the first
    /// failing run (its index and message).
    pub checks: Vec<CheckTally>,
    /// How many runs' snapshots matched the stored one (none when there is none).
    pub snapshots_matched: usize,
    pub snapshot_stored: bool,
}

/// One check over repeated runs.
#[derive(Debug, Clone)]
pub struct CheckTally {
    pub name: String,
    pub held: usize,
    /// Runs where it held but only by chance (an `observed` order with no guarantee).
    pub by_chance: usize,
    pub first_failure: Option<(usize, String)>,
}

impl Repetition {
    /// True when every check held in every run and every snapshot matched: the report's
    /// PASS and the exit status both say this.
    pub fn passed(&self) -> bool {
        self.checks.iter().all(|c| c.held == self.runs) && self.snapshot_stored && self.snapshots_matched == self.runs
    }
}
