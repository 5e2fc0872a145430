//! `procscen bench` runs every workload at a small size and prints each figure. Speed itself
//! is measured and written down in docs/performance.md, never asserted in a test.

use std::process::Command;

#[test]
fn bench_prints_every_workload() {
    let out = Command::new(env!("CARGO_BIN_EXE_procscen"))
        .args(["bench", "--items", "2000", "--tasks", "200", "--repeat", "1", "--checker-events", "5000"])
        .output()
        .expect("procscen runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "procscen bench failed: {}\n{stdout}\n{stderr}", out.status);
    for workload in [
        "engine queue, 1 producer -> 1 consumer, in run",
        "engine queue, in run, recording off",
        "plain pipe, 8-byte write/read per item",
        "python multiprocessing.Queue",
        "engine pool of 4, map of empty tasks (submit to last result)",
        "python Pool(4).map",
        "checker: ",
        "program plainly: ",
        "program under procscen's tracer: ",
    ] {
        assert!(stdout.contains(workload), "no line for {workload}:\n{stdout}\n{stderr}");
    }
}
