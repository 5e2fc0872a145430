//! Flake hunting: a scenario run many times with random delays before every action. Checks
//! that are guaranteed hold in every run, whatever the delays; the report says how often each
//! check held and how to replay a failing run.

mod util;

use procscen::sources::engine::Jitter;

#[test]
fn guaranteed_checks_hold_in_every_jittered_run() {
    let path = util::root().join("tests/fixtures/pool-observed.yaml");
    let options = procscen::sources::engine::RunOptions {
        jitter: Some(Jitter { max_ns: 3_000_000, seed: 7 }),
        ..util::options()
    };
    let r = procscen::pipeline::suite::repeat(&path, &options, 10).unwrap_or_else(|e| panic!("{e}"));
    let report = procscen::render::report::repetition(&r);
    assert_eq!(r.runs, 10);
    for c in &r.checks {
        // The one observed order is chance: it may fail in some runs, and that is the point.
        if c.name.contains("(observed)") {
            continue;
        }
        assert_eq!(c.held, 10, "a guaranteed check failed under jitter:\n{report}");
    }
    assert!(report.contains("jitter seed 7"), "the seed is printed for replay:\n{report}");
}

#[test]
fn a_failing_run_says_how_to_replay_it() {
    let r = procscen::pipeline::suite::Repetition {
        path: "x.yaml".into(),
        name: "x".into(),
        runs: 3,
        seed: Some(40),
        checks: vec![procscen::pipeline::suite::CheckTally {
            name: "order".into(),
            held: 2,
            by_chance: 1,
            first_failure: Some((2, "a did not come before b".into())),
        }],
        snapshots_matched: 3,
        snapshot_stored: true,
    };
    let report = procscen::render::report::repetition(&r);
    assert!(!r.passed());
    assert!(report.contains("held 2/3, 1 of them by chance: order"), "{report}");
    assert!(report.contains("first failed in run 2 (replay: --seed 42 --repeat 1)"), "{report}");
}
