//! `procscen draft`: a draft from each bundled reference gives that reference full marks and,
//! audited, kills every applicable mutant but those docs/draft.md names; a command that cannot
//! start, that fails in a run, or whose runs differ in structure gets a clear message and no
//! draft; `--runs` is range-checked.

mod util;

use procscen::judge::grade::audit::{self, AuditOptions};
use procscen::judge::grade::GradeOptions;
use std::path::PathBuf;

/// The mutants a draft lets through, per reference, as docs/draft.md explains them.
const MISSED: &[(&str, &str)] = &[("pipe.py", "drop-wait"), ("pool.py", "apply-not-async")];

fn grade_options() -> GradeOptions {
    GradeOptions {
        procscen_binary: Some(PathBuf::from(env!("CARGO_BIN_EXE_procscen"))),
        // No timeout: a mutant that blocks forever gets the audit's own, ten times the
        // reference's run (at least 3 s), as `procscen audit` without `--timeout`.
        ..GradeOptions::default()
    }
}

/// The command that runs a bundled reference, as a teacher would write it.
fn command(file: &str) -> Vec<String> {
    let path = format!("examples/assignments/{file}");
    if file.ends_with(".c") {
        vec![path]
    } else {
        vec!["python3".to_owned(), path]
    }
}

#[test]
fn each_bundled_reference_drafts_an_assignment_that_grades_it_full_and_kills_its_mutants() {
    let root = util::root();
    let mut files: Vec<String> = std::fs::read_dir(root.join("examples/assignments"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    files.sort();
    assert_eq!(files.len(), 8, "the eight bundled references: {files:?}");
    let docs = std::fs::read_to_string(root.join("docs/draft.md")).unwrap();
    let dir = util::TempDir::new("draft");
    let mut problems = Vec::new();
    for file in &files {
        let out = dir.join(format!("{file}.yaml"));
        let mut args = vec!["draft".to_owned(), "--runs".into(), "3".into(), "-o".into(), out.display().to_string()];
        args.push("--".into());
        args.extend(command(file));
        let words: Vec<&str> = args.iter().map(String::as_str).collect();
        let run = util::cli(&root, &words);
        assert!(run.status.success(), "{run}");
        let yaml = std::fs::read_to_string(&out).unwrap();
        assert!(yaml.contains("# Why: "), "every check says why it was proposed:\n{yaml}");
        let scenario = procscen::load(&out).unwrap_or_else(|e| panic!("{file}: the draft does not load: {e}\n{yaml}"));
        let reference =
            scenario.program.as_ref().and_then(|p| p.reference.clone()).expect("the draft names its reference");
        assert_eq!(
            reference.canonicalize().unwrap(),
            root.join("examples/assignments").join(file).canonicalize().unwrap()
        );
        let g = procscen::judge::grade::grade(&scenario, &reference, &grade_options()).unwrap();
        assert!(g.full_marks(), "{file}: the reference does not earn full marks from its draft\n{}\n{yaml}", {
            procscen::render::grade::human(&g, "2026-01-01")
        });
        // Four at a time on two cores: most of an audit's time is mutants that block until
        // their timeout, waits that overlap (59 s -> 49 s for this test).
        let a = audit::audit(&scenario, &AuditOptions { grade: grade_options(), jobs: 4 }).unwrap();
        let survived: Vec<&str> = a.survivors().map(|m| m.operator.name()).collect();
        let expected: Vec<&str> = MISSED.iter().filter(|(f, _)| f == file).map(|(_, op)| *op).collect();
        if survived != expected {
            problems.push(format!(
                "{file}: survivors {survived:?}, docs/draft.md says {expected:?}\n{}\n{yaml}",
                audit::human(&a, file)
            ));
        }
        for op in &expected {
            assert!(docs.contains(&format!("`{op}`")), "docs/draft.md does not explain why `{op}` survives");
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    let left = util::processes_running(&format!("procscen-grade-{}-", std::process::id()));
    assert!(left.is_empty(), "graded programs are still running: {left:?}");
}

/// Runs `procscen draft ARGS -o OUT -- COMMAND` in `dir`; asserts it failed with status 2, wrote
/// nothing, and said why; returns what it said.
#[track_caller]
fn refused(dir: &util::TempDir, args: &[&str], command: &[&str]) -> String {
    let out = dir.join("draft.yaml");
    let out_arg = out.display().to_string();
    let mut words = vec!["draft"];
    words.extend(args);
    words.extend(["-o", &out_arg, "--"]);
    words.extend(command);
    let run = util::cli(dir.path(), &words);
    assert_eq!(run.status.code(), Some(2), "{run}");
    assert!(!out.exists(), "a refused draft was written: {run}");
    assert!(!run.stderr.contains("panicked"), "{run}");
    run.stderr
}

#[test]
fn a_command_that_cannot_start_fails_or_varies_gets_a_clear_message_and_no_draft() {
    let dir = util::TempDir::new("draft-errors");
    // No word names a file.
    let why = refused(&dir, &[], &["python3", "no-such-file.py"]);
    assert!(why.contains("none of the words of `python3 no-such-file.py` names a file"), "{why}");
    // A file that is not a program.
    std::fs::write(dir.join("notes.txt"), "not a program\n").unwrap();
    let why = refused(&dir, &[], &["./notes.txt"]);
    assert!(why.contains("`./notes.txt` could not be started"), "{why}");
    // A run that exits 3.
    std::fs::write(dir.join("fails.py"), "import sys\nprint('hello')\nsys.stderr.write('broken\\n')\nsys.exit(3)\n")
        .unwrap();
    let why = refused(&dir, &["--runs", "2"], &["python3", "fails.py"]);
    assert!(why.contains("run 1 of `python3 fails.py` did not end normally (runtime error (exit 3))"), "{why}");
    assert!(why.contains("broken"), "the message shows the end of its stderr: {why}");
    // Runs that differ in structure: every other run forks a child (a counter outside the
    // program's working copy, so without isolation).
    let counter = dir.join("counter");
    std::fs::write(&counter, "0").unwrap();
    let program = format!(
        "import os\nf = {:?}\nn = int(open(f).read())\nopen(f, 'w').write(str(n + 1))\nif n % 2 == 1:\n    \
         pid = os.fork()\n    if pid == 0:\n        os._exit(0)\n    os.waitpid(pid, 0)\nprint('done')\n",
        counter.display().to_string()
    );
    std::fs::write(dir.join("varies.py"), program).unwrap();
    let why = refused(&dir, &["--runs", "2", "--no-isolate"], &["python3", "varies.py"]);
    assert!(why.contains("the runs of `python3 varies.py` differ in process structure"), "{why}");
    assert!(why.contains("run 1 made 1 process(es), run 2 made 2 process(es), main made 1"), "{why}");
}

#[test]
fn runs_are_range_checked() {
    let dir = util::TempDir::new("draft-runs");
    for bad in ["0", "1", "51", "-3", "many", "99999999999"] {
        let arg = format!("--runs={bad}");
        let run = util::cli(dir.path(), &["draft", &arg, "--", "python3", "x.py"]);
        assert_eq!(run.status.code(), Some(2), "{run}");
        assert!(run.stderr.contains("--runs"), "{run}");
    }
    let run = util::cli(dir.path(), &["draft", "--runs", "1", "--", "python3", "x.py"]);
    assert!(run.stderr.contains("2..=50") || run.stderr.contains("2..50"), "{run}");
    for bad in ["0s", "-1s", "25h", "soon"] {
        let arg = format!("--timeout={bad}");
        let run = util::cli(dir.path(), &["draft", &arg, "--", "python3", "x.py"]);
        assert_eq!(run.status.code(), Some(2), "{run}");
        assert!(run.stderr.contains("--timeout"), "{run}");
    }
    // The draft's directory is looked for before any run.
    let run = util::cli(dir.path(), &["draft", "-o", "no/such/dir/draft.yaml", "--", "python3", "x.py"]);
    assert_eq!(run.status.code(), Some(2), "{run}");
    assert!(run.stderr.contains("no/such/dir is not a directory"), "{run}");
}

/// A line whose words change between runs is still a pattern (the reference always matches its
/// draft), with a comment saying in how many runs it was printed; a number that changes is a
/// capture, one that never does stays literal.
#[test]
fn lines_that_vary_beyond_their_numbers_get_a_comment() {
    let dir = util::TempDir::new("draft-varies");
    let counter = dir.join("counter");
    std::fs::write(&counter, "0").unwrap();
    // Every other run prints `odd`; every run prints its own number and the constant 7.
    let program = format!(
        "f = {:?}\nn = int(open(f).read())\nopen(f, 'w').write(str(n + 1))\nprint('run %d of 7' % n)\n\
         print('odd' if n % 2 else 'even')\n",
        counter.display().to_string()
    );
    std::fs::write(dir.join("words.py"), program).unwrap();
    let run = util::cli(dir.path(), &["draft", "--runs", "2", "--no-isolate", "--", "python3", "words.py"]);
    assert!(run.status.success(), "{run}");
    let draft = &run.stdout;
    assert!(draft.contains(r"run_of: '^run (?P<n>\d+) of 7$'"), "{draft}");
    assert!(
        draft.contains("  # Printed in 1 of 2 runs only: this line varies between runs beyond its numbers.\n  even:"),
        "{draft}"
    );
    assert!(
        draft.contains("  # Printed in 1 of 2 runs only: this line varies between runs beyond its numbers.\n  odd:"),
        "{draft}"
    );
    assert!(draft.contains("  reference: 'words.py'"), "on stdout, relative to the current directory: {draft}");
    // No count is proposed for a line that was not printed in every run.
    assert!(!draft.contains("`odd` is printed"), "{draft}");
    assert!(draft.contains("`run N of 7` is printed once"), "{draft}");
}

/// The library refuses what the command line would: runs out of range, and a machine where
/// the program cannot be traced (here: asked not to), since names and orders need the kernel.
#[test]
fn the_library_refuses_runs_out_of_range_and_an_untraced_program() {
    use procscen::judge::grade::draft::{draft, DraftError, DraftOptions};
    let root = util::root();
    let command = ["python3".to_owned(), "examples/assignments/process.py".to_owned()];
    let at = root.join("draft.yaml");
    for runs in [0, 1, 51] {
        let options = DraftOptions { runs, grade: grade_options(), timeout: None };
        let e = draft(&command, &root, &at, &options).unwrap_err();
        assert!(matches!(e, DraftError::Runs(r) if r == runs), "{e}");
    }
    let untraced = GradeOptions { no_ptrace: true, ..grade_options() };
    let options = DraftOptions { runs: 2, grade: untraced, timeout: None };
    let e = draft(&command, &root, &at, &options).unwrap_err();
    assert!(matches!(e, DraftError::Untraced { .. }), "{e}");
    assert!(e.to_string().contains("a draft needs the kernel's view of the processes"), "{e}");
    assert!(!at.exists());
}
