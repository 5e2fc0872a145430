//! `procscen bench` runs every row of issue 14's table at a small size and prints each with
//! its anchor, its runs' median, min and max, a ratio and the goal. Speed itself is measured
//! and written down in docs/performance.md, never asserted in a test.

use std::process::Command;

#[test]
fn bench_prints_every_row_with_its_anchor_and_goal() {
    let out = Command::new(env!("CARGO_BIN_EXE_procscen"))
        .args([
            "bench",
            "--items",
            "2000",
            "--children",
            "20,50",
            "--lines",
            "300",
            "--tasks",
            "100",
            "--checker-events",
            "5000",
            "--recording-items",
            "2000",
        ])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("procscen runs");
    let scratch = std::env::temp_dir().join(format!("procscen-bench-{}", out.id()));
    let out = out.wait_with_output().expect("procscen runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "procscen bench failed: {}\n{stdout}\n{stderr}", out.status);
    let table: Vec<&str> = stdout.lines().filter(|l| l.starts_with("| ") && !l.starts_with("| work")).collect();
    for (work, anchor, goal) in [
        ("`procscen run` of 1 producer → 1 consumer, 2000 items (whole command)", "C pipe program", "≤ 2×"),
        ("the same, items/s inside the run", "Python mp.Queue", "≥ 10× Python"),
        ("recording cost on the queue", "off ", "≤ 10 %"),
        ("start+join 20 children, one line each (whole command)", "C fork+waitpid loop", "≤ 1.3×"),
        ("start+join 50 children, one line each (whole command)", "C fork+waitpid loop", "≤ 1.3×"),
        ("`procscen trace` of Python printing 300 unbuffered lines", "strace -f", "≤ 5× bare"),
        ("peak memory of the command, 2000-item queue run", "1-item run", "≤ 100 bytes per event"),
    ] {
        let row = table.iter().find(|l| l.contains(work)).unwrap_or_else(|| panic!("no row for {work}:\n{stdout}"));
        assert!(row.contains(anchor), "the row has no anchor {anchor}: {row}");
        assert!(row.contains(goal), "the row has no goal {goal}: {row}");
        assert!(row.ends_with(" met |") || row.ends_with(" NOT MET |"), "the row says whether its goal is met: {row}");
    }
    assert_eq!(table.len(), 7, "one row per line of the issue's table (two sizes of children):\n{stdout}");
    // Every side was run five times: the first row shows a median, then its min and max.
    let first = table[0];
    assert!(first.matches(" s (").count() == 2 && first.matches(" s)").count() == 2, "median (min-max): {first}");
    for other in ["python Pool(4).map", "checker: ", "engine pool of 4"] {
        assert!(stdout.contains(other), "no line for {other}:\n{stdout}");
    }
    assert!(!scratch.exists(), "the bench left its scratch directory {}", scratch.display());
}

#[test]
fn fewer_than_five_runs_a_side_is_refused() {
    let out = Command::new(env!("CARGO_BIN_EXE_procscen")).args(["bench", "--repeat", "3"]).output().expect("runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "a median of 3 was accepted");
    assert!(stderr.contains("--repeat") && stderr.contains("5..=1000"), "{stderr}");
}
