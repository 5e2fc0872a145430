//! What a newcomer meets on the command line: every hint names a command that works as
//! printed, and snapshots are written on a first run and checked under CI.

mod util;

/// A scenario in a directory of its own, whose snapshot (beside it, in `snapshots/`) is
/// `snapshot` when given.
fn scenario_dir(tag: &str, snapshot: Option<&str>) -> util::TempDir {
    let dir = util::TempDir::new(tag);
    std::fs::write(
        dir.join("first.yaml"),
        "processes:\n  main:\n    - start: kid\n    - join: kid\n  kid:\n    - print: hello\n",
    )
    .unwrap();
    if let Some(s) = snapshot {
        std::fs::create_dir_all(dir.join("snapshots")).unwrap();
        std::fs::write(dir.join("snapshots/first.snap"), s).unwrap();
    }
    dir
}

/// The command a hint names between backquotes after `marker`.
#[track_caller]
fn hinted(out: &str, marker: &str) -> String {
    let at = out.find(marker).unwrap_or_else(|| panic!("no `{marker}` in\n{out}")) + marker.len();
    out[at..].split('`').nth(1).expect("a command in backquotes").to_owned()
}

#[test]
fn the_accept_hint_names_the_binary_that_printed_it_and_works_as_printed() {
    let dir = scenario_dir("hint", Some("---\nsource: x\n---\nsomething else\n"));
    let run = util::cli(dir.path(), &["run", "first.yaml"]);
    assert!(!run.status.success(), "{run}");
    // Outside procscen's own crate, no `procscen` on PATH and no cargo project: the path.
    let command = hinted(&run.stdout, "accept it with");
    assert_eq!(command, format!("{} run --accept first.yaml", env!("CARGO_BIN_EXE_procscen")), "{run}");
    let accepted =
        std::process::Command::new("sh").arg("-c").arg(&command).current_dir(dir.path()).output().expect("sh runs");
    assert!(accepted.status.success(), "{}", String::from_utf8_lossy(&accepted.stdout));
    let again = util::cli(dir.path(), &["run", "first.yaml"]);
    assert!(again.status.success(), "the hint's command accepted the snapshot\n{again}");

    // From this checkout, where the README's `cargo run` built it: the same through cargo.
    std::fs::write(dir.join("snapshots/first.snap"), "---\nsource: x\n---\nsomething else\n").unwrap();
    let file = dir.join("first.yaml");
    let run = util::cli(&util::root(), &["run", &file.to_string_lossy()]);
    // The hint names the profile the binary was built with (`cargo test --release` builds it
    // with the release profile, and `cargo run` alone would build another binary).
    let cargo_run = if cfg!(debug_assertions) { "cargo run --" } else { "cargo run --release --" };
    let expected = format!("{cargo_run} run --accept {}", file.display());
    assert_eq!(hinted(&run.stdout, "accept it with"), expected, "{run}");
}

#[test]
fn init_outside_a_crate_names_a_command_that_works() {
    let dir = util::TempDir::new("hint-init");
    let run = util::cli(dir.path(), &["init"]);
    assert!(!run.status.success(), "{run}");
    assert!(run.stderr.contains(&format!("run `{} init DIR`", env!("CARGO_BIN_EXE_procscen"))), "{run}");
}

/// `procscen ARGS` in `dir`, with env `CI` set to `ci` (or unset).
fn run_with_ci(dir: &std::path::Path, args: &[&str], ci: Option<&str>) -> util::CliRun {
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_procscen"));
    command.args(args).current_dir(dir).env_remove("CI");
    if let Some(v) = ci {
        command.env("CI", v);
    }
    let out = command.output().expect("procscen starts");
    util::CliRun {
        command: format!("(cd {} && CI={ci:?} procscen {})", dir.display(), args.join(" ")),
        status: out.status,
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

#[test]
fn a_first_run_writes_its_snapshot_and_passes_saying_so() {
    let dir = scenario_dir("first-run", None);
    let snapshot = dir.join("snapshots/first.snap");
    let run = run_with_ci(dir.path(), &["run", "first.yaml"], None);
    assert!(run.status.success(), "{run}");
    assert!(run.stdout.contains("new snapshot written"), "{run}");
    assert!(run.stdout.contains("this run's is written to snapshots/first.snap; review it and commit it"), "{run}");
    let written = std::fs::read_to_string(&snapshot).unwrap();
    assert!(written.starts_with("---\nsource: procscen run\n---\n"), "the header names the CLI:\n{written}");
    // CI=false is no CI either; the stored snapshot now matches.
    let again = run_with_ci(dir.path(), &["run", "first.yaml"], Some("false"));
    assert!(again.status.success() && again.stdout.contains("snapshot matches"), "{again}");
}

#[test]
fn under_ci_a_missing_or_different_snapshot_fails_and_nothing_is_written() {
    let dir = scenario_dir("ci", None);
    let snapshot = dir.join("snapshots/first.snap");
    for (args, ci) in [(&["run", "first.yaml"][..], Some("true")), (&["run", "--ci", "first.yaml"][..], None)] {
        let run = run_with_ci(dir.path(), args, ci);
        assert!(!run.status.success(), "{run}");
        assert!(run.stdout.contains("no snapshot yet"), "{run}");
        assert!(run.stdout.contains("(under CI a missing snapshot fails)"), "{run}");
        assert!(!snapshot.exists(), "{run}");
    }
    std::fs::create_dir_all(dir.join("snapshots")).unwrap();
    std::fs::write(&snapshot, "---\nsource: x\n---\nsomething else\n").unwrap();
    let run = run_with_ci(dir.path(), &["run", "first.yaml"], Some("1"));
    assert!(!run.status.success() && run.stdout.contains("snapshot differs"), "{run}");
    // A scenario whose checks fail gets no snapshot, CI or not.
    let failing = scenario_dir("failing", None);
    std::fs::write(
        failing.join("first.yaml"),
        "processes:\n  main:\n    - print: a\n      label: a\nexpect:\n  - name: never\n    parent_of: [main, main]\n",
    )
    .unwrap();
    let run = run_with_ci(failing.path(), &["run", "first.yaml"], None);
    assert!(!run.status.success(), "{run}");
    assert!(!failing.join("snapshots/first.snap").exists(), "{run}");
}

/// The other hints that name a procscen command (a bad results file, a draft without a
/// reference, clap's usage line) name this executable too, outside a crate where neither
/// `procscen` nor `cargo run` would find it; the usage line's command runs as printed.
#[test]
fn every_hint_that_names_a_procscen_command_names_this_executable() {
    let exe = env!("CARGO_BIN_EXE_procscen");
    let dir = util::TempDir::new("hints");
    std::fs::write(dir.join("broken.json"), "{\n  oops\n}\n").unwrap();
    let merge = util::cli(dir.path(), &["merge", "broken.json"]);
    assert_eq!(merge.status.code(), Some(2), "{merge}");
    assert!(
        merge.stderr.contains(&format!("write it with `{exe} grade SCENARIO --class DIR --results FILE`")),
        "{merge}"
    );

    let draft = util::cli(dir.path(), &["draft", "--", "python3", "no-such-file.py"]);
    assert_eq!(draft.status.code(), Some(2), "{draft}");
    assert!(draft.stderr.contains(&format!("(e.g. `{exe} draft -- python3 solution.py`)")), "{draft}");

    let usage = util::cli(dir.path(), &["run", "--no-such-option"]);
    assert_eq!(usage.status.code(), Some(2), "{usage}");
    let line = usage.stderr.lines().find(|l| l.starts_with("Usage: ")).unwrap_or_else(|| panic!("{usage}"));
    assert!(line.starts_with(&format!("Usage: {exe} run ")), "{usage}");
    let help = std::process::Command::new(exe).args(["run", "--help"]).current_dir(dir.path()).output().unwrap();
    assert!(help.status.success() && String::from_utf8_lossy(&help.stdout).contains(&format!("Usage: {exe} run ")));
}

/// A bare `join: kid` among several started `kid`s waits for the one started most recently
/// that is not joined yet, as docs/scenario-format.md says: three joins join them last first.
#[test]
fn a_bare_join_waits_for_the_most_recently_started_child_of_that_name() {
    let dir = util::TempDir::new("bare-join");
    std::fs::write(
        dir.join("j.yaml"),
        "processes:\n  main:\n    - for: i\n      range: 3\n      do:\n        - start: kid\n          args: [\"{i}\"]\n    \
         - join: kid\n    - join: kid\n    - join: kid\n  kid:\n    params: [n]\n    run:\n      - print: \"kid {n}\"\n",
    )
    .unwrap();
    let run = util::cli(dir.path(), &["run", "--accept", "j.yaml"]);
    assert!(run.status.success(), "{run}");
    let snapshot = std::fs::read_to_string(dir.join("snapshots/j.snap")).unwrap();
    // main's events: begin, the loop, three starts (2..=4), the loop's end, three joins (6..=8).
    for edge in ["main[2] -> kid#1[0] (start)", "main[4] -> kid#3[0] (start)"] {
        assert!(snapshot.contains(edge), "{edge} in\n{snapshot}");
    }
    for edge in ["kid#3[2] -> main[6] (join)", "kid#2[2] -> main[7] (join)", "kid#1[2] -> main[8] (join)"] {
        assert!(snapshot.contains(edge), "{edge} in\n{snapshot}");
    }
}

/// A failed run's report shows the first `RUN_LINES` lines of its output and says how many
/// more there are; `--verbose` shows them all (a runaway loop stopped at the recorded-events
/// limit printed millions of lines).
#[test]
fn a_failed_runs_long_output_is_cut_unless_verbose() {
    let dir = util::TempDir::new("long-output");
    std::fs::write(
        dir.join("loud.yaml"),
        "processes:\n  main:\n    - for: i\n      range: 300\n      do:\n        - print: \"line {i}\"\n          label: said\nexpect:\n  - {name: one line, count: {events: main.said}, exactly: 1}\n",
    )
    .unwrap();
    let run = util::cli(dir.path(), &["run", "loud.yaml"]);
    assert!(!run.status.success(), "{run}");
    let shown = procscen::render::report::RUN_LINES;
    assert!(run.stdout.contains(&format!("line {}\n", shown - 1)), "{run}");
    assert!(!run.stdout.contains(&format!("line {shown}\n")), "{run}");
    assert!(
        run.stdout.contains(&format!("({} more lines not shown; `--verbose` shows every line)", 300 - shown)),
        "{run}"
    );
    let verbose = util::cli(dir.path(), &["run", "--verbose", "loud.yaml"]);
    assert!(verbose.stdout.contains("line 299\n") && !verbose.stdout.contains("more lines not shown"), "{verbose}");
}
