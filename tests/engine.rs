//! The engine with real processes: safe from a multi-threaded harness, stable snapshots under
//! load, timeouts that kill the whole tree, orphans reaped, nothing left behind.

mod util;

use procscen::trace::{Ending, Origin, Outcome};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::time::Duration;

const MIXED: &str = "
time_scale: 0.001
processes:
  main:
    - start: worker
      args: [1]
    - fork:
        child:
          - print: forked child {pid}
          - exit: 3
        parent:
          - join: child
    - start: fresh
    - join: worker
    - join: fresh
  worker:
    params: [n]
    run:
      - sleep: 1s
      - print: worker {n} in {pid}
  fresh:
    method: spawn
    run:
      - print: spawned {pid}
";

#[test]
fn sixteen_parallel_threads_twenty_times_without_a_hang() {
    let (done_tx, done_rx) = mpsc::channel();
    std::thread::spawn(move || {
        for _ in 0..20 {
            std::thread::scope(|s| {
                let runs: Vec<_> = (0..16).map(|_| s.spawn(|| util::run_text(MIXED).1)).collect();
                for r in runs {
                    let trace = r.join().expect("a run panicked");
                    assert_eq!(trace.outcome, Outcome::Finished);
                    assert_eq!(trace.processes.len(), 4, "{trace:#?}");
                    util::assert_nothing_left(&trace);
                }
            });
        }
        let _ = done_tx.send(());
    });
    // A watchdog, not a pause: each run takes milliseconds, so a minute means a hang.
    match done_rx.recv_timeout(Duration::from_secs(120)) {
        Ok(()) => {}
        Err(mpsc::RecvTimeoutError::Timeout) => panic!("320 runs on 16 threads did not finish in 120 s: a run hangs"),
        Err(mpsc::RecvTimeoutError::Disconnected) => panic!("a run failed (see the panic above)"),
    }
}

#[test]
fn snapshots_are_identical_over_fifty_runs_with_both_cores_busy() {
    // Observed programs are judged by their checks alone (tests/grading.rs), not snapshots.
    let files: Vec<_> = procscen::pipeline::suite::collect(&[util::root().join("scenarios")])
        .unwrap()
        .into_iter()
        .filter(|f| procscen::model::scenario::load(f).is_ok_and(|s| s.program.is_none()))
        .collect();
    let stop = AtomicBool::new(false);
    /// Tells the spinners to stop when the runs end, a failed assertion's unwinding included:
    /// `thread::scope` waits for its threads before it lets a panic through, so spinners left
    /// spinning would turn a failure into a hang.
    struct StopOnDrop<'a>(&'a AtomicBool);
    impl Drop for StopOnDrop<'_> {
        fn drop(&mut self) {
            self.0.store(true, Ordering::Relaxed);
        }
    }
    std::thread::scope(|s| {
        let _stop = StopOnDrop(&stop);
        // Two spinning threads keep both cores busy for the second half of the runs.
        let mut spinners = Vec::new();
        for (round, _) in (0..50).enumerate() {
            if round == 25 {
                for _ in 0..2 {
                    spinners.push(s.spawn(|| {
                        let mut x = 0u64;
                        while !stop.load(Ordering::Relaxed) {
                            x = x.wrapping_mul(6364136223846793005).wrapping_add(1);
                        }
                        x
                    }));
                }
            }
            for file in &files {
                let evaluation = util::evaluate(file);
                let stored = procscen::judge::snapshot::read(&procscen::judge::snapshot::path(file))
                    .expect("every scenario has a snapshot");
                let actual = evaluation.snapshot();
                assert!(
                    procscen::judge::snapshot::matches(&stored, &actual),
                    "run {round} of {} differs from its snapshot:\n{}",
                    file.display(),
                    procscen::judge::snapshot::diff(&stored, &actual)
                );
            }
        }
    });
}

#[test]
fn a_timeout_kills_every_process_and_says_what_each_was_doing() {
    let (scenario, trace) = util::run_text(
        "
timeout: 300ms
processes:
  main:
    - start: sleeper
    - join: sleeper
  sleeper:
    - fork:
        child:
          - sleep: 1h
        parent:
          - sleep: 1h
",
    );
    let Outcome::TimedOut { alive, .. } = &trace.outcome else { panic!("expected a timeout: {:?}", trace.outcome) };
    let roles: Vec<_> = alive.iter().filter_map(|a| a.role.as_deref()).collect();
    assert_eq!(roles.len(), 3, "main, sleeper and its child were alive: {alive:?}");
    for name in ["main", "sleeper", "child"] {
        assert!(roles.contains(&name), "{name} missing from {alive:?}");
    }
    let main = alive.iter().find(|a| a.role.as_deref() == Some("main")).unwrap();
    assert_eq!(main.last_event.as_deref(), Some("started sleeper"));
    assert!(main.wchan.contains("wait"), "main is blocked in waitpid: {main:?}");
    let verdicts = procscen::judge::check::check(&scenario, &trace);
    assert!(!verdicts[0].passed && verdicts[0].message.contains("timeout"), "{verdicts:?}");
    // Killed by SIGTERM, the first step of the kill sequence. `main` is reaped by the
    // supervisor, so its status is always seen. A process whose parent was blocked in
    // waitpid may be reaped by that parent, which the same SIGTERM then kills before it can
    // record the join: its status is then unknown, never a normal exit.
    assert_eq!(trace.processes[0].ending, Ending::Signaled(procscen::trace::Signal::SIGTERM));
    for p in &trace.processes {
        assert!(
            matches!(&p.ending, Ending::Signaled(procscen::trace::Signal::SIGTERM)) || p.ending == Ending::Unknown,
            "{} ended with {}",
            p.role,
            p.ending
        );
    }
    util::assert_nothing_left(&trace);
}

#[test]
fn orphans_are_reaped_by_the_supervisor_and_keep_their_parent() {
    let (_, trace) = util::run_text(
        "
time_scale: 0.001
processes:
  main:
    - fork:
        child:
          - sleep: 50s
          - print: orphan done
          - exit: 7
",
    );
    assert_eq!(trace.outcome, Outcome::Finished);
    let child = &trace.processes[1];
    assert_eq!((child.name.as_str(), child.origin), ("child", Origin::Fork));
    assert_eq!(child.parent, Some(0), "the parent is the process that forked it, not the reaper");
    assert_eq!(child.ending, Ending::Exited(7));
    util::assert_nothing_left(&trace);
}

#[test]
fn a_broken_expectation_fails_and_names_the_check_and_the_events() {
    let evaluation = util::evaluate(&util::root().join("tests/fixtures/broken-expectation.yaml"));
    let failures = util::failures(&evaluation);
    assert!(failures.contains("check `the end line comes before the child's line`"), "{failures}");
    assert!(failures.contains("main[3] printed \"Process end.\""), "{failures}");
    assert!(failures.contains("child[1] printed \"Run child process ("), "{failures}");
    assert!(failures.contains("the opposite order is guaranteed"), "{failures}");
}

#[test]
fn large_events_arrive_whole() {
    let long = "x".repeat(10_000);
    let (_, trace) = util::run_text(&format!("processes:\n  main:\n    - print: {long}\n"));
    let procscen::trace::EventKind::Print(v) = &trace.processes[0].events[1].kind else { panic!("{trace:?}") };
    assert_eq!(v.text, long);
}

#[test]
fn a_failing_assert_scenario_prints_the_runs_output_once() {
    let path = util::root().join("tests/fixtures/broken-expectation.yaml");
    let message = procscen::testing::evaluate(&path, &util::options()).expect_err("a check fails");
    assert_eq!(message.matches("output (in recorded order)").count(), 1, "{message}");
    assert!(message.contains("Process end."), "{message}");
    // No hint to accept a snapshot a failed test never writes (a newcomer ran it as printed).
    assert!(!message.contains("INSTA_UPDATE") && message.contains("once the checks pass"), "{message}");
}
