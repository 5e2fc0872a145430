//! A grade is a function of the program, not of the machine's load: a program kept waiting
//! for a CPU by other work is not timed out for it (docs/limits.md, "Observed programs").
//! Alone in its test binary: its busy loops would slow every test running beside it.

mod util;

use procscen::judge::grade::{self, GradeOptions};
use procscen::render::grade as format;
use std::path::PathBuf;
use std::process::Command;

/// Busy loops, four per core, killed and reaped when dropped (a failing test included).
struct Hogs(Vec<std::process::Child>);

impl Hogs {
    fn start() -> Hogs {
        let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
        let spawn = |_| Command::new("sh").args(["-c", "while :; do :; done"]).spawn().expect("sh starts");
        Hogs((0..4 * cores).map(spawn).collect())
    }
}

impl Drop for Hogs {
    fn drop(&mut self) {
        for hog in &mut self.0 {
            let _ = hog.kill();
            let _ = hog.wait();
        }
    }
}

/// A grade is a function of the program, not of the machine's load: with four busy loops per
/// core, the reference solution (about 0.3 s on a quiet machine) still runs to its end within
/// a 1 s limit and earns full marks (the time it waited for a CPU is not counted; before,
/// three runs in four timed out), while a program that sleeps still times out at its limit.
#[test]
fn a_program_waiting_for_a_busy_machine_is_not_timed_out_but_a_sleeping_one_is() {
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
