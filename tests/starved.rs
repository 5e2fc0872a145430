//! A grade is a function of the program, not of the machine's load: a program kept waiting
//! for a CPU by other work is not timed out for it (docs/limits.md, "Observed programs"), nor
//! is a scenario, and no command waits for the machine to be idle.
//! Alone in its test binary: its busy loops would slow every test running beside it.

mod util;

use procscen::judge::grade::{self, GradeOptions};
use procscen::render::grade as format;
use procscen::trace::Outcome;
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// Busy loops, four per core, killed and reaped when dropped (a failing test included), or
/// after `HOGS_AT_MOST` if a hanging test never drops them, so that a test that waits for the
/// machine to be idle fails instead of hanging.
struct Hogs {
    hogs: Vec<std::process::Child>,
    done: Option<std::sync::mpsc::Sender<()>>,
    watchdog: Option<std::thread::JoinHandle<()>>,
}

const HOGS_AT_MOST: Duration = Duration::from_secs(60);

/// Held by each test of this file: one's busy loops must not load the other's machine.
static ALONE: std::sync::Mutex<()> = std::sync::Mutex::new(());

fn alone() -> std::sync::MutexGuard<'static, ()> {
    ALONE.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

impl Hogs {
    fn start() -> Hogs {
        let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
        let spawn = |_| util::busy_loop();
        let hogs: Vec<std::process::Child> = (0..4 * cores).map(spawn).collect();
        let pids: Vec<i32> = hogs.iter().map(|h| h.id() as i32).collect();
        let (done, wait) = std::sync::mpsc::channel::<()>();
        let watchdog = std::thread::spawn(move || {
            if wait.recv_timeout(HOGS_AT_MOST) == Err(std::sync::mpsc::RecvTimeoutError::Timeout) {
                for pid in pids {
                    let _ = nix::sys::signal::kill(nix::unistd::Pid::from_raw(pid), nix::sys::signal::Signal::SIGKILL);
                }
            }
        });
        Hogs { hogs, done: Some(done), watchdog: Some(watchdog) }
    }
}

impl Drop for Hogs {
    fn drop(&mut self) {
        drop(self.done.take());
        if let Some(watchdog) = self.watchdog.take() {
            let _ = watchdog.join();
        }
        for hog in &mut self.hogs {
            let _ = hog.kill();
            let _ = hog.wait();
        }
    }
}

/// The engine keeps a scenario's timeout the same way (the supervisor reads its processes'
/// waits), and the command never waits on its low-priority decoding thread: with four busy
/// loops per core, a scenario of 10 MB of records (more than that thread may fall behind by)
/// with a 2 s timeout runs to its end and the command returns, where before it timed out,
/// or was held until the busy loops ended; a scenario that waits (a sleeping child) still
/// times out.
#[test]
fn a_busy_machine_neither_times_out_a_busy_scenario_nor_holds_its_command() {
    let _alone = alone();
    // 10,000 lines of 1,000 bytes: 10 MB of records, more than the decoding thread may fall
    // behind by (4 MiB).
    let busy = format!(
        "timeout: 2s\nprocesses:\n  main:\n    - for: i\n      range: 10000\n      do:\n        - print: '{} {{i}}'\n",
        "x".repeat(1000)
    );
    let quiet = Instant::now();
    let (_, trace) = util::run_text(&busy);
    let alone = quiet.elapsed();
    assert_eq!(trace.outcome, Outcome::Finished, "on a machine with nothing else to do");
    let hogs = Hogs::start();
    let started = Instant::now();
    let (_, trace) = util::run_text(&busy);
    let took = started.elapsed();
    let (_, waiting) = util::run_text(
        "timeout: 1s\nprocesses:\n  main:\n    - start: kid\n    - join: kid\n  kid:\n    - sleep: 1h\n",
    );
    drop(hogs);
    assert_eq!(trace.outcome, Outcome::Finished, "busy beside busy loops: {took:?} (alone {alone:?})");
    assert!(took < HOGS_AT_MOST / 2, "the command waited for the machine to be idle: {took:?}");
    assert!(matches!(waiting.outcome, Outcome::TimedOut { .. }), "{:?}", waiting.outcome);
}

/// A grade is a function of the program, not of the machine's load: with four busy loops per
/// core, the reference solution (about 0.3 s on a quiet machine) still runs to its end within
/// a 1 s limit and earns full marks (the time it waited for a CPU is not counted; before,
/// three runs in four timed out), while a program that sleeps still times out at its limit.
#[test]
fn a_program_waiting_for_a_busy_machine_is_not_timed_out_but_a_sleeping_one_is() {
    let _alone = alone();
    let path = util::root().join("scenarios/assignments/fork-python.yaml");
    let s = procscen::model::scenario::load(&path).unwrap_or_else(|e| panic!("{e}"));
    let options = GradeOptions {
        timeout: Some(std::time::Duration::from_secs(1)),
        procscen_binary: Some(PathBuf::from(env!("CARGO_BIN_EXE_procscen"))),
        ..GradeOptions::default()
    };
    let hogs = Hogs::start();
    for run in 0..3 {
        let g = grade::grade(&s, &util::root().join("examples/assignments/fork.py"), &options).expect("grades");
        let report = format::human(&g, "2026-01-01");
        assert_eq!(g.ending.to_string(), "normal exit", "run {run}:\n{report}");
        assert_eq!(g.score, g.max_score, "run {run}:\n{report}");
    }
    let g = grade::grade(&s, &util::root().join("tests/fixtures/stopped/ex_sleep.py"), &options).expect("grades");
    drop(hogs);
    let report = format::human(&g, "2026-01-01");
    assert_eq!(g.ending.to_string(), "timed out after 1000 ms", "{report}");
    assert_eq!(util::left_running(&g), None, "programs outlived their grade");
}
