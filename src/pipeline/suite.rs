//! One scenario file from start to verdict: load, run, check, and compare its snapshot.
//!
//! Shared by the CLI and by test harnesses, so `procscen run` and `cargo test` judge a
//! scenario the same way.

use crate::error::{LoadError, RunError};
use crate::judge::check::{self, Verdict};
use crate::judge::{redact, snapshot};
use crate::model::scenario::{self, Scenario};
use crate::sources::engine::{self, RunOptions};
use crate::trace::Trace;

// The data the reports show: the pipeline fills it, the renderers read it.
pub use crate::judge::snapshot::SnapshotStatus;
pub use crate::render::view::{CheckTally, Repetition};
use std::path::{Path, PathBuf};

/// What became of one scenario file.
#[derive(Debug)]
pub struct Evaluation {
    pub path: PathBuf,
    pub scenario: Scenario,
    pub trace: Trace,
    pub verdicts: Vec<Verdict>,
    /// For a `program` scenario, what the observer saw of its reference solution.
    pub observation: Option<Box<crate::trace::Observation>>,
}

/// Why a scenario file produced no evaluation.
#[derive(Debug, thiserror::Error)]
pub enum EvaluateError {
    #[error(transparent)]
    Load(#[from] LoadError),
    #[error("{path}: {source}", path = path.display())]
    Run { path: PathBuf, source: RunError },
}

impl Evaluation {
    /// True when every check passed.
    pub fn checks_passed(&self) -> bool {
        self.verdicts.iter().all(|v| v.passed)
    }

    /// The redacted snapshot text of this run (empty for a `program` scenario, which takes
    /// none). Made when asked for: a big run's is tens of megabytes, and `compare_snapshot`
    /// compares it with the stored file as it is written, without holding it.
    pub fn snapshot(&self) -> String {
        if self.scenario.program.is_some() {
            return String::new();
        }
        redact::snapshot(&self.trace)
    }

    /// The failing verdicts.
    pub fn failures(&self) -> impl Iterator<Item = &Verdict> {
        self.verdicts.iter().filter(|v| !v.passed)
    }

    /// What the reports show of it.
    pub fn view(&self) -> crate::render::view::ScenarioRun<'_> {
        crate::render::view::ScenarioRun {
            name: &self.scenario.name,
            path: &self.path,
            trace: &self.trace,
            verdicts: &self.verdicts,
            observation: self.observation.as_deref(),
        }
    }
}

/// Loads the scenario at `path`, reading no more of it than the options allow.
fn load(path: &Path, options: &RunOptions) -> Result<scenario::Scenario, LoadError> {
    scenario::load_with(path, options.max_file_bytes.unwrap_or(scenario::bounds::DEFAULT_MAX_FILE_BYTES))
}

/// Loads, runs and checks the scenario at `path`. A scenario with a `program` grades its
/// reference solution, which passes when it earns full marks.
pub fn evaluate(path: &Path, options: &RunOptions) -> Result<Evaluation, EvaluateError> {
    let scenario = load(path, options)?;
    if scenario.program.is_some() {
        return evaluate_program(path, scenario, options);
    }
    let trace =
        engine::run(&scenario, options).map_err(|source| EvaluateError::Run { path: path.to_owned(), source })?;
    let verdicts = check::check(&scenario, &trace);
    Ok(Evaluation { path: path.to_owned(), scenario, trace, verdicts, observation: None })
}

fn evaluate_program(path: &Path, scenario: Scenario, options: &RunOptions) -> Result<Evaluation, EvaluateError> {
    let run_error = |source| EvaluateError::Run { path: path.to_owned(), source };
    let program = scenario.program.as_ref().expect("a program scenario");
    let reference = program.reference.clone().ok_or_else(|| {
        run_error(RunError::Program(
            "the scenario names no reference solution to run; add `reference: PATH` under `program:`".into(),
        ))
    })?;
    let grade_options = crate::judge::grade::GradeOptions {
        timeout: options.timeout,
        limits: options.limits,
        procscen_binary: options.procscen_binary.clone(),
        // The reference solution is copied into the working copy; the rest of the scenario's
        // directory is not the program's to see.
        hidden: std::path::absolute(path).ok().and_then(|p| p.parent().map(Path::to_path_buf)).into_iter().collect(),
        ..Default::default()
    };
    let g = crate::judge::grade::grade(&scenario, &reference, &grade_options).map_err(run_error)?;
    let Some(observation) = g.observation.clone() else {
        return Err(run_error(RunError::Program(format!(
            "the reference solution {} did not run: {}",
            reference.display(),
            g.compile_error.clone().unwrap_or_default()
        ))));
    };
    let verdicts = g
        .checks
        .iter()
        .map(|c| Verdict {
            name: c.name.clone(),
            passed: c.status == crate::judge::grade::Status::Passed,
            message: c.message.clone(),
            warning: None,
            events: Vec::new(),
            vacuous: false,
        })
        .collect();
    Ok(Evaluation {
        path: path.to_owned(),
        scenario,
        trace: observation.trace.clone(),
        verdicts,
        observation: Some(Box::new(observation)),
    })
}

/// The `source` in the header of the snapshots `compare_snapshot` writes: the command.
const SNAPSHOT_SOURCE: &str = "procscen run";

/// Which snapshots `compare_snapshot` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Update {
    /// None: a missing or different snapshot fails (CI, and the test harness's reports).
    No,
    /// A missing one, of a run whose checks passed: a first run passes and says so.
    Missing,
    /// Every one that differs or is missing (`--accept`).
    All,
}

impl Update {
    /// What `procscen run` does: `All` with `--accept`, else `Missing`, but `No` under CI
    /// (`--ci`, or env `CI`), as Jest does with `--ci`.
    pub fn for_run(accept: bool, ci: bool) -> Update {
        match (accept, ci || crate::judge::snapshot::in_ci()) {
            (true, _) => Update::All,
            (false, true) => Update::No,
            (false, false) => Update::Missing,
        }
    }
}

/// Compares the evaluation's snapshot with the stored one, writing it as `update` says.
pub fn compare_snapshot(evaluation: &Evaluation, update: Update) -> std::io::Result<SnapshotStatus> {
    if evaluation.scenario.program.is_some() {
        return Ok(SnapshotStatus::NotTaken);
    }
    let file = snapshot::path(&evaluation.path);
    // Written straight into the comparison with the stored file; the texts are made and held
    // only to show how they differ, or to write the new one.
    if redact::matches_stored(&evaluation.trace, &file) == Some(true) {
        return Ok(SnapshotStatus::Matches);
    }
    let actual = evaluation.snapshot();
    let status = match snapshot::read(&file) {
        Some(stored) if snapshot::matches(&stored, &actual) => return Ok(SnapshotStatus::Matches),
        Some(stored) => SnapshotStatus::Differs(snapshot::diff(&stored, &actual)),
        None => SnapshotStatus::Missing,
    };
    match (update, &status) {
        (Update::All, _) => {
            snapshot::write(&file, &actual, SNAPSHOT_SOURCE)?;
            Ok(SnapshotStatus::Written)
        }
        (Update::Missing, SnapshotStatus::Missing) if evaluation.checks_passed() => {
            snapshot::write(&file, &actual, SNAPSHOT_SOURCE)?;
            Ok(SnapshotStatus::New)
        }
        _ => Ok(status),
    }
}

/// Every scenario file (`*.yaml`, `*.yml`) under the given files and directories, sorted.
pub fn collect(paths: &[PathBuf]) -> std::io::Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    for p in paths {
        if p.is_dir() {
            walk(p, &mut out)?;
        } else {
            out.push(p.clone());
        }
    }
    out.sort();
    out.dedup();
    Ok(out)
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            walk(&path, out)?;
        } else if path.extension().is_some_and(|e| e == "yaml" || e == "yml") {
            out.push(path);
        }
    }
    Ok(())
}

/// Runs the scenario at `path` `runs` times. With jitter, run `i` draws its delays from
/// `jitter.seed + i`, so a failing run can be replayed alone with `--seed`.
pub fn repeat(path: &Path, options: &RunOptions, runs: usize) -> Result<Repetition, EvaluateError> {
    let scenario = load(path, options)?;
    let stored = snapshot::read(&snapshot::path(path));
    let mut checks: Vec<CheckTally> = Vec::new();
    let mut snapshots_matched = 0;
    for i in 0..runs {
        let mut options = options.clone();
        options.jitter = options.jitter.map(|j| engine::Jitter { seed: j.seed.wrapping_add(i as u64), ..j });
        let trace =
            engine::run(&scenario, &options).map_err(|source| EvaluateError::Run { path: path.to_owned(), source })?;
        let verdicts = check::check(&scenario, &trace);
        if checks.is_empty() {
            checks = verdicts
                .iter()
                .map(|v| CheckTally { name: v.name.clone(), held: 0, by_chance: 0, first_failure: None })
                .collect();
        }
        for (tally, v) in checks.iter_mut().zip(&verdicts) {
            if v.passed {
                tally.held += 1;
                tally.by_chance += usize::from(v.warning.is_some());
            } else if tally.first_failure.is_none() {
                tally.first_failure = Some((i, v.message.clone()));
            }
        }
        if stored.as_deref().is_some_and(|s| snapshot::matches(s, &redact::snapshot(&trace))) {
            snapshots_matched += 1;
        }
    }
    Ok(Repetition {
        path: path.to_owned(),
        name: scenario.name,
        runs,
        seed: options.jitter.map(|j| j.seed),
        checks,
        snapshots_matched,
        snapshot_stored: stored.is_some(),
    })
}
