//! procscen from another crate's `cargo test`: run a scenario file, assert its checks with
//! the messages `procscen run` prints, and its snapshot with insta.
//!
//! ```text
//! // tests/scenarios.rs of a crate that has procscen as a dev-dependency.
//! use rstest::rstest;
//! use std::path::PathBuf;
//!
//! #[rstest]
//! fn scenario(#[files("scenarios/*.yaml")] path: PathBuf) {
//!     procscen::testing::assert_scenario(&path);
//! }
//! ```
//!
//! Snapshots are insta's: `snapshots/<name>.snap` next to the `scenarios/` directory, so
//! `cargo insta review`, `cargo insta test` and `INSTA_UPDATE` work as they do for any insta
//! snapshot, and `procscen run` compares against the same files. A missing snapshot is
//! written and the test passes, except under CI (env `CI`) or `INSTA_UPDATE=no`, where it
//! fails, as a different one always does.
//!
//! The scenario runs in a separate process (the engine never forks the test's own process,
//! which has other threads): the test binary itself, started again with a hidden first
//! argument that procscen serves before the test harness's `main` (see `crate::sources::helper`). No
//! procscen binary needs to be installed.

use crate::pipeline::suite::{self, Evaluation, SnapshotStatus};
use crate::sources::engine::RunOptions;
use std::path::Path;

/// Runs the scenario file at `path` and panics, with the report `procscen run` would print,
/// unless every check passes and its snapshot matches (for a scenario with a `program`, its
/// reference solution must earn full marks; it has no snapshot).
#[track_caller]
pub fn assert_scenario(path: impl AsRef<Path>) {
    assert_scenario_with(path, &RunOptions::default());
}

/// `assert_scenario` with run options (a timeout, jitter, limits, the procscen binary).
#[track_caller]
pub fn assert_scenario_with(path: impl AsRef<Path>, options: &RunOptions) {
    let path = path.as_ref();
    let evaluation = match evaluate(path, options) {
        Ok(e) => e,
        Err(message) => panic!("{message}"),
    };
    if evaluation.scenario.program.is_some() {
        // An observed program's runs differ in which process prints what: no snapshot.
        return;
    }
    let snapshot = evaluation.snapshot();
    // A first run writes the snapshot and passes, as `procscen run` does; under CI (or with
    // INSTA_UPDATE=no) insta fails instead, as it fails on a missing snapshot.
    let file = crate::judge::snapshot::path(path);
    let insta_update = std::env::var("INSTA_UPDATE").unwrap_or_default();
    if !file.exists() && !crate::judge::snapshot::in_ci() && insta_update != "no" {
        match crate::judge::snapshot::write(&file, &snapshot, "procscen::testing::assert_scenario") {
            Ok(()) => {
                // Straight to the terminal: the test harness shows nothing a passing test prints.
                use std::io::Write;
                let _ = writeln!(
                    std::io::stderr(),
                    "procscen: wrote the new snapshot {} of {}; read it and commit it",
                    file.display(),
                    path.display()
                );
                return;
            }
            Err(e) => panic!("cannot write the new snapshot {}: {e}", file.display()),
        }
    }
    // insta's hint below names `cargo insta review`, which needs cargo-insta: say first what
    // accepts the change with cargo alone.
    if insta_update != "always"
        && crate::judge::snapshot::read(&file).is_some_and(|s| !crate::judge::snapshot::matches(&s, &snapshot))
    {
        use std::io::Write;
        let _ = writeln!(
            std::io::stderr(),
            "procscen: the trace of {} differs from its snapshot {} (insta's diff follows); if the change is intended, accept it with `INSTA_UPDATE=always cargo test`",
            path.display(),
            file.display()
        );
    }
    insta::with_settings!({
        snapshot_path => crate::judge::snapshot::dir(path),
        prepend_module_to_snapshot => false,
        omit_expression => true,
    }, {
        insta::assert_snapshot!(crate::judge::snapshot::name(path), snapshot);
    });
}

/// Loads, runs and checks the scenario at `path`. The error is the message to show: the
/// load errors with their positions, the run error, or the report of the failed checks.
pub fn evaluate(path: &Path, options: &RunOptions) -> Result<Evaluation, String> {
    let evaluation = suite::evaluate(path, options).map_err(|e| match e {
        suite::EvaluateError::Load(e) => e.render(false),
        other => other.to_string(),
    })?;
    if evaluation.checks_passed() {
        return Ok(evaluation);
    }
    // Read-only: the snapshot is written by insta (INSTA_UPDATE, `cargo insta review`).
    let status = suite::compare_snapshot(&evaluation, suite::Update::No).unwrap_or(SnapshotStatus::Missing);
    // The report of a failed run ends with the run's output already.
    // The test stops here, before any snapshot is written or accepted: a hint to accept one
    // (`INSTA_UPDATE=always cargo test`) did nothing when run as printed (a newcomer's first
    // hour), so none is given; the snapshot waits for the checks.
    Err(crate::render::report::scenario_with(&evaluation.view(), &status, false, None))
}

/// Grades `submission` (a file or directory, or a program the crate built, such as
/// `env!("CARGO_BIN_EXE_NAME")`) with the scenario at `scenario`, which must have a `program`
/// (its `run` naming `{submission}`), and panics with the grade report, as `procscen grade`
/// prints it, unless every check passes.
#[track_caller]
pub fn assert_full_marks(scenario: impl AsRef<Path>, submission: impl AsRef<Path>) {
    let (scenario, submission) = (scenario.as_ref(), submission.as_ref());
    let loaded = match crate::model::scenario::load(scenario) {
        Ok(s) => s,
        Err(e) => panic!("{}", e.render(false)),
    };
    let grade = match crate::judge::grade::grade(&loaded, submission, &crate::judge::grade::GradeOptions::default()) {
        Ok(g) => g,
        Err(e) => panic!("{}: {e}", scenario.display()),
    };
    if !grade.full_marks() {
        let report = crate::render::grade::human(&grade, &crate::judge::grade::today());
        panic!("{} did not earn full marks on {}:\n{report}", submission.display(), scenario.display());
    }
}
