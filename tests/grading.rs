//! Grading real programs: every shipped assignment gives its reference solution full marks,
//! and every submission under tests/submissions/ (learners' programs, right ones worded
//! differently and wrong ones) the grade tests/submissions/expected.tsv gives it, in every one
//! of 20 runs (`PROCSCEN_GRADE_RUNS` sets another number).
//! Also: the JSON and Gradescope outputs against their documented schemas, the output-only
//! fallback, the mistake detectors, and `procscen trace`.

mod util;

use procscen::judge::grade::{self, Grade, GradeOptions, Status};
use procscen::render::grade as format;
use std::path::{Path, PathBuf};
use std::process::Command;

fn options() -> GradeOptions {
    GradeOptions { procscen_binary: Some(PathBuf::from(env!("CARGO_BIN_EXE_procscen"))), ..GradeOptions::default() }
}

#[track_caller]
fn grade_once(scenario: &str, submission: &Path) -> Grade {
    grade_with(scenario, submission, &options())
}

/// `grade_once` with other options (a shorter timeout).
#[track_caller]
fn grade_with(scenario: &str, submission: &Path, options: &GradeOptions) -> Grade {
    let path = util::root().join("scenarios/assignments").join(scenario);
    let s = procscen::model::scenario::load(&path).unwrap_or_else(|e| panic!("{e}"));
    grade::grade(&s, submission, options).unwrap_or_else(|e| panic!("grading {} failed: {e}", submission.display()))
}

fn runs() -> usize {
    util::grade_runs().unwrap_or(20)
}

/// Every bundled assignment and its reference solution, which prints the tutorial's lines.
const REFERENCES: [(&str, &str); 8] = [
    ("fork-c.yaml", "examples/assignments/fork.c"),
    ("fork-python.yaml", "examples/assignments/fork.py"),
    ("process.yaml", "examples/assignments/process.py"),
    ("start-method-fork.yaml", "examples/assignments/start_method_fork.py"),
    ("start-method-spawn.yaml", "examples/assignments/start_method_spawn.py"),
    ("pool.yaml", "examples/assignments/pool.py"),
    ("queue.yaml", "examples/assignments/queue_rw.py"),
    ("pipe.yaml", "examples/assignments/pipe.py"),
];

#[test]
fn every_reference_gets_full_marks_with_the_tutorials_lines() {
    for (scenario, reference) in REFERENCES {
        let g = grade_once(scenario, &util::root().join(reference));
        assert!(g.full_marks() && g.score == g.max_score, "{}", format::human(&g, &grade::today()));
    }
}

/// One row of tests/submissions/expected.tsv: what a submission must score, which checks
/// must not pass, and a text its report must contain (the mistake named, the syntax error
/// shown, or the format check's `expected:` line).
struct Expected {
    scenario: String,
    submission: String,
    score: f64,
    failing: Vec<String>,
    report_contains: String,
}

fn expected() -> Vec<Expected> {
    let table = std::fs::read_to_string(util::root().join("tests/submissions/expected.tsv")).expect("the table");
    table
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            assert_eq!(f.len(), 5, "five columns: {l:?}");
            Expected {
                scenario: f[0].to_owned(),
                submission: f[1].to_owned(),
                score: f[2].parse().expect("a score"),
                failing: f[3].split(" | ").filter(|n| !n.is_empty()).map(str::to_owned).collect(),
                report_contains: f[4].to_owned(),
            }
        })
        .collect()
}

/// The text of the rows graded as a Python 2 interpreter runs them.
const GRADED_AS_PYTHON2: &str = "graded as run by";

/// The rows this machine can grade: a Python 2 program is graded as Python 2 runs it only where
/// the machine has one.
fn runnable() -> Vec<Expected> {
    expected()
        .into_iter()
        .filter(|e| {
            let runs =
                e.report_contains != GRADED_AS_PYTHON2 || procscen::judge::grade::python2::interpreter().is_some();
            if !runs {
                eprintln!("not run: {} (no Python 2 on this machine)", e.submission);
            }
            runs
        })
        .collect()
}

#[test]
fn every_submission_is_in_the_table() {
    let listed: Vec<String> = expected().into_iter().map(|e| e.submission).collect();
    for dir in std::fs::read_dir(util::root().join("tests/submissions")).expect("the folder") {
        let dir = dir.expect("an entry").path();
        // blind/ (and blind2/ to blind4/) is a calibration corpus (learners' programs written from the assignments'
        // text alone, each with the grade its learner expected), graded by hand with
        // `procscen grade`, not a table of settled grades.
        let blind = dir.file_name().is_some_and(|n| n.to_string_lossy().starts_with("blind"));
        if !dir.is_dir() || blind {
            continue;
        }
        for file in std::fs::read_dir(&dir).expect("a folder") {
            let file = file.expect("an entry").path();
            let relative = file.strip_prefix(util::root()).expect("under the root").to_string_lossy().into_owned();
            assert!(listed.contains(&relative), "{relative} has no row in tests/submissions/expected.tsv");
        }
    }
}

/// Every submission under tests/submissions/ gets its one expected grade in each of `runs()`
/// runs, eight gradings at a time so that both cores are busy: the same score, the same checks
/// not passed, the mistake named in the report; and a behaviour-correct one worded differently
/// at least 85 % (`worded_differently_but_correct`), judged on the same gradings rather than
/// graded again (CI's 20 minutes).
/// What is wrong with the grade of a row whose only check not passed, if any, is the lines'
/// format: it scores at least 85 %, and each line is shown beside the form expected, or said to
/// have gone to stderr, or the run is said not to have ended well (a main that returned a
/// nonzero status).
fn worded_differently_but_correct(e: &Expected, g: &Grade) -> Vec<String> {
    if !e.failing.iter().all(|f| f == grade::lines::FORMAT_CHECK) {
        return Vec::new();
    }
    let mut wrong = Vec::new();
    if g.score < 0.85 * g.max_score {
        wrong.push(format!("behaviour-correct, yet {} of {} (below 85 %)", g.score, g.max_score));
    }
    if let Some(c) = g.checks.iter().find(|c| c.name == grade::lines::FORMAT_CHECK && c.status != Status::Passed) {
        let shown = c.message.contains("expected:") && c.message.contains("changes:");
        let said = c.message.contains("were written to stderr") || c.message.starts_with("not earned: the program");
        if !(shown || said) {
            wrong.push(format!("the format check's message neither shows the lines nor says why: {:?}", c.message));
        }
    }
    wrong
}

#[test]
fn every_submission_gets_one_grade_in_every_run_with_both_cores_busy() {
    let rows = runnable();
    let jobs: Vec<(usize, usize)> = (0..runs()).flat_map(|run| (0..rows.len()).map(move |r| (r, run))).collect();
    let next = std::sync::atomic::AtomicUsize::new(0);
    let failures = std::sync::Mutex::new(Vec::new());
    std::thread::scope(|s| {
        for _ in 0..8 {
            s.spawn(|| loop {
                let k = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                let Some(&(r, run)) = jobs.get(k) else { break };
                let e = &rows[r];
                let g = grade_once(&e.scenario, &util::root().join(&e.submission));
                let report = format::human(&g, &grade::today());
                let not_passed: Vec<&str> =
                    g.checks.iter().filter(|c| c.status != Status::Passed).map(|c| c.name.as_str()).collect();
                let mut wrong = Vec::new();
                if g.score != e.score {
                    wrong.push(format!("score {} instead of {}", g.score, e.score));
                }
                if not_passed != e.failing {
                    wrong.push(format!("checks not passed {not_passed:?} instead of {:?}", e.failing));
                }
                if !report.contains(&e.report_contains) {
                    wrong.push(format!("the report lacks {:?}", e.report_contains));
                }
                if let Some(left) = util::left_running(&g) {
                    wrong.push(format!("programs outlived their grade: {left:?}"));
                }
                wrong.extend(worded_differently_but_correct(e, &g));
                if !wrong.is_empty() {
                    failures.lock().expect("not poisoned").push(format!(
                        "run {run} of {} ({}): {}\n{report}",
                        e.submission,
                        e.scenario,
                        wrong.join("; ")
                    ));
                }
            });
        }
    });
    let failures = failures.into_inner().expect("not poisoned");
    assert!(
        failures.is_empty(),
        "{} grading(s) differ from tests/submissions/expected.tsv:\n{}",
        failures.len(),
        failures.join("\n\n")
    );
}

/// A program that does less of the exercise never scores above one that does more.
#[test]
fn scores_are_monotone_over_a_ladder_of_pool_submissions() {
    let ladder = [
        "tests/submissions/pool/crash_before_pool.py",
        "tests/submissions/pool/forged_pids.py",
        "tests/submissions/pool/apply.py",
        "examples/assignments/pool.py",
    ];
    let scores: Vec<f64> = ladder.iter().map(|s| grade_once("pool.yaml", &util::root().join(s)).score).collect();
    assert!(scores.windows(2).all(|w| w[0] < w[1]), "{ladder:?} scored {scores:?}");
}

#[test]
fn a_child_named_by_its_place_is_never_reported_missing() {
    // The child died before printing: the report names it, its pid and how it ended.
    let g = grade_once("fork-c.yaml", &util::root().join("tests/submissions/fork_c/child_segfault.c"));
    let report = format::human(&g, &grade::today());
    assert!(!report.contains("no process child ran"), "{report}");
    assert!(report.contains("main made child (pid <child>), but none of its lines matched `child_line`"), "{report}");
    assert!(report.contains("was killed by SIGSEGV"), "{report}");
    // The crash's explanation is about a child's crash, not main's format points.
    let crashed = g.mistakes.iter().find(|m| m.id == "crashed").unwrap_or_else(|| panic!("no crash named:\n{report}"));
    assert!(
        crashed.explanation.contains("A crash in a child does not stop the parent")
            && !crashed.explanation.contains("format points"),
        "{report}"
    );
    let g = grade_once("fork-python.yaml", &util::root().join("tests/submissions/fork_py/crash_at_start.py"));
    let crashed = g.mistakes.iter().find(|m| m.id == "crashed").expect("main's crash is named");
    assert!(
        crashed.explanation.contains("Main crashed, so the format points are not earned")
            && !crashed.explanation.contains("crash in a child"),
        "{}",
        format::human(&g, &grade::today())
    );
}

#[test]
fn an_expected_line_never_printed_is_shown_beside_the_nearest_line() {
    let g = grade_once("process.yaml", &util::root().join("tests/submissions/process/py2_print.py"));
    let report = format::human(&g, &grade::today());
    assert!(report.contains("SyntaxError"), "{report}");
    let g = grade_once("pool.yaml", &util::root().join("tests/submissions/pool/four_tasks.py"));
    assert!(g.score < g.max_score);
    // A line far from the one expected is no near miss: the parent's line was offered for the
    // child's that a crash never printed, read as a hint at a typo (blind9 F8).
    let g = grade_once("fork-python.yaml", &util::root().join("tests/submissions/fork_py/child_raises.py"));
    let report = format::human(&g, &grade::today());
    assert!(!report.contains("the nearest line printed"), "{report}");
}

#[test]
fn fork_in_c_that_does_not_compile_scores_zero_with_the_compiler_messages() {
    let g = grade_once("fork-c.yaml", &util::root().join("tests/submissions/fork_c/syntax_error.c"));
    assert_eq!((g.score, g.ending.to_string().as_str()), (0.0, "compile error"), "{}", format::human(&g, "2026-01-01"));
    assert!(g.compile_error.as_deref().is_some_and(|e| e.contains("expected")), "{:?}", g.compile_error);
    assert!(g.checks.iter().all(|c| c.status == Status::NotChecked));
    // The messages name the file as handed in, not the grader's working copy.
    let messages = g.compile_error.unwrap_or_default();
    assert!(messages.contains("syntax_error.c:") && !messages.contains("procscen-grade"), "{messages}");
}

#[test]
fn a_python_2_program_on_a_machine_without_python_2_says_so() {
    // No Python 2 reachable: a PATH of the system's directories, no pyenv root, no home.
    let (path, home) = ("/usr/local/bin:/usr/bin:/bin", "/nonexistent-procscen-home");
    let dirs = || path.split(':').map(Path::new);
    if !dirs().any(|d| d.join("python3").exists())
        || dirs().any(|d| d.join("python2").exists() || d.join("python2.7").exists())
    {
        eprintln!("not run: needs a python3 and no python2 in {path}");
        return;
    }
    let root = util::root();
    let out = Command::new(env!("CARGO_BIN_EXE_procscen"))
        .current_dir(&root)
        .args(["grade", "scenarios/assignments/fork-python.yaml", "tests/submissions/fork_py/py2_print.py"])
        .env_clear()
        .env("PATH", path)
        .env("HOME", home)
        .output()
        .unwrap();
    let report = String::from_utf8_lossy(&out.stdout);
    assert!(report.contains("score: 0/"), "Python 3 refuses it: {report}");
    assert!(report.contains("python2: python3 refused it (SyntaxError"), "{report}");
    assert!(report.contains("no Python 2 was found on this machine to run it"), "{report}");
}

#[test]
fn pool_started_through_a_forkserver_has_its_helpers_set_apart() {
    // The forkserver and the resource tracker are named as helpers and looked through: the
    // workers count as main's children (its grade, full marks, is in the table). main learns
    // that a worker ended from the forkserver through a pipe, read in its join; main has had
    // the pool's handler threads, and the pipe's edge reaches main's lines as far as the order
    // of its threads is certain (src/observer/threads.rs): far enough for the join's line.
    let g = grade_once("pool.yaml", &util::root().join("tests/submissions/pool/forkserver.py"));
    let trace = &g.observation.expect("ran").trace;
    let helpers: Vec<&str> = trace
        .processes
        .iter()
        .filter(|p| p.origin == procscen::trace::Origin::Helper && p.name != "launcher")
        .map(|p| p.name.as_str())
        .collect();
    assert!(helpers.contains(&"forkserver"), "{helpers:?}");
}

#[track_caller]
fn validate(schema: &str, document: &serde_json::Value) {
    let schema: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(util::root().join("docs").join(schema)).expect("schema"))
            .expect("schema is JSON");
    let validator = jsonschema::validator_for(&schema).unwrap_or_else(|e| panic!("{schema} is not a schema: {e}"));
    let errors: Vec<String> = validator.iter_errors(document).map(|e| format!("{e} at {}", e.instance_path)).collect();
    assert!(errors.is_empty(), "the document does not fit docs/{schema}:\n{}\n{document:#}", errors.join("\n"));
}

#[test]
fn json_and_gradescope_outputs_fit_their_documented_shapes() {
    let root = util::root();
    for submission in [
        "tests/submissions/pool/apply.py",
        "tests/submissions/fork_c/syntax_error.c",
        "tests/submissions/fork_c/child_segfault.c",
        "tests/submissions/fork_c/printf_no_newline.c",
    ] {
        let scenario = if submission.ends_with(".c") { "fork-c.yaml" } else { "pool.yaml" };
        let g = grade_once(scenario, &root.join(submission));
        validate("grade.schema.json", &serde_json::to_value(format::json(&g)).expect("serializes"));
        let results = format::gradescope(&g, "2026-01-01");
        validate("gradescope.schema.json", &results);
        let total: f64 = results["tests"].as_array().expect("tests").iter().map(|t| t["score"].as_f64().unwrap()).sum();
        assert_eq!(total, g.score, "the tests' scores add up to the score");
    }
}

#[test]
fn the_cli_prints_one_json_document_per_submission_and_junit_xml() {
    let root = util::root();
    let run = |format: &str| {
        let out = Command::new(env!("CARGO_BIN_EXE_procscen"))
            .current_dir(&root)
            .args(["grade", "--jobs", "2", "--format", format, "scenarios/assignments/fork-c.yaml"])
            .args(["examples/assignments/fork.c", "tests/submissions/fork_c/wrong_parent.c"])
            .output()
            .expect("procscen runs");
        let text = String::from_utf8_lossy(&out.stdout).into_owned();
        assert!(out.status.success(), "status {}\n{text}\n{}", out.status, String::from_utf8_lossy(&out.stderr));
        text
    };
    let json = run("json");
    let scores: Vec<f64> = json
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).expect("a JSON line")["score"].as_f64().unwrap())
        .collect();
    assert_eq!(scores, [16.5, 14.5], "{json}");
    let junit = run("junit");
    assert_eq!(junit.matches("<testsuite ").count(), 2, "{junit}");
    assert_eq!(junit.matches("<failure ").count(), 1, "{junit}");
}

#[test]
fn without_ptrace_output_checks_still_run_and_the_others_are_not_checked() {
    // Without ptrace the output is one stream: lines that processes write at the same moment
    // can mix, so this uses a program whose processes print one after another.
    let path = util::root().join("scenarios/assignments/process.yaml");
    let s = procscen::model::scenario::load(&path).unwrap_or_else(|e| panic!("{e}"));
    let options = GradeOptions { no_ptrace: true, ..options() };
    let g = grade::grade(&s, &util::root().join("examples/assignments/process.py"), &options).expect("grades");
    let report = format::human(&g, "2026-01-01");
    let status = |name: &str| g.checks.iter().find(|c| c.name == name).map(|c| c.status);
    assert_eq!(status("the child gets its argument"), Some(Status::Passed), "{report}");
    assert_eq!(status("the child runs in a process of its own"), Some(Status::NotChecked), "{report}");
    assert_eq!(status("the child is made by the parent"), Some(Status::NotChecked), "{report}");
    // What it needs that was not checked, counted (blind15 read "`a`, `b`, which was not checked").
    let why = |name: &str| g.checks.iter().find(|c| c.name == name).map(|c| c.message.clone()).unwrap_or_default();
    assert!(why("the child is made by the parent").ends_with("own`, which was not checked"), "{report}");
    assert!(why("the child prints its own pid").ends_with("interpreter)`, which were not checked"), "{report}");
    assert!(g.observation.as_ref().is_some_and(|o| o.untraced.is_some()), "{report}");
    assert!(report.contains("not traced: ptrace was not asked for"), "{report}");
}

#[test]
fn hidden_checks_are_hidden_until_their_date() {
    let yaml = r#"
name: hidden
program: { run: "true" }
expect:
  - name: visible later
    hidden_until: 2030-01-01
    all_lines_match: true
  - name: never shown
    visibility: hidden
    all_lines_match: true
"#;
    let s = procscen::load_str(yaml, Path::new("hidden.yaml")).unwrap_or_else(|e| panic!("{e}"));
    // The program ignores its submission; any file will do.
    let g = grade::grade(&s, &Path::new(env!("CARGO_MANIFEST_DIR")).join("Cargo.toml"), &options()).expect("grades");
    let before = format::gradescope(&g, "2029-12-31");
    let after = format::gradescope(&g, "2030-01-01");
    assert_eq!(before["tests"][0]["visibility"], "hidden");
    assert_eq!(after["tests"][0]["visibility"], "visible");
    assert_eq!(after["tests"][1]["visibility"], "hidden");
    assert!(format::human(&g, "2029-12-31").contains("(hidden from students until 2030-01-01)"));
}

/// A C program as a string, built with cc in a fresh directory.
fn c_program(name: &str, source: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("procscen-test-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let file = dir.join(format!("{name}.c"));
    std::fs::write(&file, source).expect("write source");
    file
}

#[track_caller]
fn mistakes_of(source_name: &str, source: &str) -> Vec<String> {
    let yaml = "name: mistakes\ntimeout: 10s\nprogram:\n  build: cc -o {out} {submission}\n  run: '{out}'\n";
    let s = procscen::load_str(yaml, Path::new("mistakes.yaml")).unwrap_or_else(|e| panic!("{e}"));
    let source_file = c_program(source_name, source);
    let _dir = util::RemoveOnDrop(source_file.parent().expect("in a directory").to_path_buf());
    let g = grade::grade(&s, &source_file, &options()).expect("grades");
    assert_eq!(util::left_running(&g), None, "programs outlived their grade");
    g.mistakes.iter().map(|m| m.id.clone()).collect()
}

#[test]
fn mistakes_are_recognized_from_the_run() {
    let duplicated = r#"#include <stdio.h>
#include <unistd.h>
#include <sys/wait.h>
int main(void) { printf("hello\n"); if (fork() == 0) return 0; wait(NULL); return 0; }"#;
    assert_eq!(mistakes_of("duplicated", duplicated), ["duplicated-output"]);
    let never_waited = r#"#include <unistd.h>
int main(void) { if (fork() == 0) return 0; sleep(1); return 0; }"#;
    assert_eq!(mistakes_of("never_waited", never_waited), ["never-waited"]);
    // The parent ends first: the child reads its pipe until the parent's end closes it, then
    // goes on working for a while after its parent is gone.
    let orphan = r#"#include <unistd.h>
int main(void) { int p[2]; char c; pipe(p); if (fork() == 0) { close(p[1]); read(p[0], &c, 1); usleep(200000); return 0; } return 0; }"#;
    assert_eq!(mistakes_of("orphan", orphan), ["orphan"]);
    let fine = r#"#include <unistd.h>
#include <sys/wait.h>
int main(void) { if (fork() == 0) return 0; wait(NULL); return 0; }"#;
    assert!(mistakes_of("fine", fine).is_empty());
}

#[test]
fn trace_shows_the_tree_and_who_printed_what() {
    let out = Command::new(env!("CARGO_BIN_EXE_procscen"))
        .args(["trace", "--", "sh", "-c", "echo parent; (echo child) ; wait"])
        .output()
        .expect("procscen runs");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{text}{}", String::from_utf8_lossy(&out.stderr));
    let has = |words: &[&str]| text.lines().any(|l| l.split_whitespace().collect::<Vec<_>>() == words);
    assert!(has(&["main", "|", "parent"]), "{text}");
    assert!(has(&["unnamed", "|", "child"]), "the subshell printed `child`:\n{text}");
    assert!(text.starts_with("normal exit"), "{text}");
}

/// The red team's programs that print the right lines and then sleep, close their output and
/// hang, flood the output or allocate until the memory limit: the grader stops each (or it
/// dies of an exception), and none earns full marks; the check it loses names the limit.
#[test]
fn a_run_the_grader_stopped_or_an_exception_ended_does_not_earn_full_marks() {
    let path = util::root().join("scenarios/assignments/fork-python.yaml");
    let s = procscen::model::scenario::load(&path).unwrap_or_else(|e| panic!("{e}"));
    let options = GradeOptions {
        // Short, so that the test does not wait the assignment's 20 s; no run is timed by it.
        timeout: Some(std::time::Duration::from_secs(3)),
        limits: procscen::model::scenario::LimitOverrides { max_memory_mib: Some(256), ..Default::default() },
        ..options()
    };
    for (file, ending, named) in [
        ("ex_sleep.py", "timed out after 3000 ms", "timed out after 3000 ms"),
        ("ex_close_then_hang.py", "timed out after 3000 ms", "timed out after 3000 ms"),
        ("ex_output.py", "output limit reached", "output limit reached"),
        ("ex_memory.py", "runtime error (exit 1)", "MemoryError"),
    ] {
        let submission = util::root().join("tests/fixtures/stopped").join(file);
        let g = grade::grade(&s, &submission, &options).expect("grades");
        let report = format::human(&g, "2026-01-01");
        assert_eq!(util::left_running(&g), None, "{file}: programs outlived their grade");
        assert_eq!(g.ending.to_string(), ending, "{file}:\n{report}");
        assert!(g.score < g.max_score, "{file} earned full marks:\n{report}");
        let format_check = g.checks.iter().find(|c| c.name == grade::lines::FORMAT_CHECK).expect("a format check");
        assert_eq!(format_check.status, Status::Failed, "{file}:\n{report}");
        assert!(format_check.message.contains(named), "{file}: the failure names {named:?}:\n{report}");
        // What it did before it was stopped still counts: every other check passes.
        let others: Vec<&str> =
            g.checks.iter().filter(|c| c.status != Status::Passed).map(|c| c.name.as_str()).collect();
        assert_eq!(others, [grade::lines::FORMAT_CHECK], "{file}:\n{report}");
    }
}

/// An exit status the program chose (`sys.exit(2)`, `return wait(NULL) > 0;`) fails the exit
/// checks, but it is not a crash: no `crashed` mistake, and the program is not said to have
/// stopped before its end.
#[test]
fn a_chosen_exit_status_is_not_called_a_crash() {
    let g = grade_once("pipe.yaml", &util::root().join("tests/submissions/blind3/pipe/child_exit_2.py"));
    assert!(g.mistakes.iter().all(|m| m.id != "crashed"), "{}", format::human(&g, &grade::today()));
    let g = grade_once("fork-c.yaml", &util::root().join("tests/submissions/blind3/fork-c/main_returns_wait_value.c"));
    let report = format::human(&g, &grade::today());
    assert!(g.mistakes.iter().all(|m| m.id != "crashed"), "{report}");
    assert!(!report.contains("did not run to its end") && report.contains("ended with exit status"), "{report}");
}

/// A process stopped by a stop signal stays stopped until a process of the program sends it
/// SIGCONT, as it does without the tracer (blind9 F1): a program that stops a process and never
/// continues it hangs when run, so it times out here too and loses what needs that process's
/// end; one that continues it (a SIGSTOP/SIGCONT handshake, even when the SIGCONT comes before
/// the tracer has seen the stop) has full marks. Each graded twice, with a 2 s timeout.
#[test]
fn a_stopped_process_stays_stopped_until_it_is_continued() {
    let options = GradeOptions { timeout: Some(std::time::Duration::from_secs(2)), ..options() };
    let cases = [
        ("fork-c.yaml", "fork-c/child_sigstop.c", Some(11.0)),
        ("process.yaml", "process/stop_child_no_cont.py", Some(4.0)),
        ("fork-c.yaml", "fork-c/sigstop_wuntraced_ok.c", None),
        ("process.yaml", "process/sigstop_handshake_ok.py", None),
    ];
    for _ in 0..2 {
        for (assignment, file, stopped_score) in cases {
            let g = grade_with(assignment, &util::root().join("tests/submissions/blind9").join(file), &options);
            let report = format::human(&g, &grade::today());
            let timed_out =
                matches!(g.ending, grade::GradeEnding::Ran(procscen::trace::ProgramEnding::TimedOut { .. }));
            match stopped_score {
                Some(score) => assert!(timed_out && g.score == score, "{file}: expected {score}, timed out\n{report}"),
                None => assert!(!timed_out && g.score == g.max_score, "{file}: expected full marks\n{report}"),
            }
            assert!(util::left_running(&g).is_none(), "{file}: programs outlived their grade\n{report}");
        }
    }
}

/// A wait that returns because the grader killed the child at a limit is not the program's join:
/// a parent blocked forever on a looping child was "waiting" in one CI run of four, when the
/// kernel happened to end the child before the parent. Made certain here: the parent ignores
/// SIGTERM, so its wait always returns when the grader's SIGTERM ends the child (and main then
/// exits 0, after the time limit).
#[test]
fn a_wait_the_graders_kill_ended_is_not_a_join() {
    let options = GradeOptions { timeout: Some(std::time::Duration::from_secs(2)), ..options() };
    let submission = util::root().join("tests/fixtures/stopped/wait_returns_only_when_grader_kills.py");
    let g = grade_with("fork-python.yaml", &submission, &options);
    let report = format::human(&g, &grade::today());
    let failed: Vec<&str> = g.checks.iter().filter(|c| c.status != Status::Passed).map(|c| c.name.as_str()).collect();
    assert!(failed.contains(&"the parent waits for its child"), "{report}");
    // Nor did main end by itself: it returned from that wait after the time limit.
    assert!(failed.contains(&"the lines are printed in the assignment's format"), "{report}");
    assert!(util::left_running(&g).is_none(), "programs outlived their grade\n{report}");
}

/// A process the kernel stopped at the CPU time limit (SIGXCPU) is named as such, not as a crash
/// of its own doing (blind10 F6: a child spinning in `while (1)` was told about SIGSEGV and
/// exceptions). One second of CPU here, not the assignment's ten.
#[test]
fn a_process_stopped_at_the_cpu_limit_is_named_for_the_limit_not_a_crash() {
    let limits = procscen::model::scenario::LimitOverrides { max_cpu_seconds: Some(1), ..Default::default() };
    let options = GradeOptions { limits, ..options() };
    let submission = util::root().join("tests/submissions/blind10/fork-c/c16_child_spins.c");
    let g = grade_with("fork-c.yaml", &submission, &options);
    let report = format::human(&g, &grade::today());
    let ids: Vec<&str> = g.mistakes.iter().map(|m| m.id.as_str()).collect();
    assert!(ids.contains(&"cpu-limit") && !ids.contains(&"crashed"), "{report}");
    assert!(report.contains("child used up its CPU time and was stopped by SIGXCPU"), "{report}");
    assert!(util::left_running(&g).is_none(), "programs outlived their grade\n{report}");
}

/// A main that exited 0 ran to its end, even when the grader then had to stop a daemon it left
/// sleeping at the time limit (blind9 F3): the format points are earned, and the report says
/// the processes it stopped outlived main rather than that the program timed out unended.
#[test]
fn a_daemon_left_running_after_main_ended_does_not_cost_main_its_end() {
    let options = GradeOptions { timeout: Some(std::time::Duration::from_secs(2)), ..options() };
    let submission = util::root().join("tests/submissions/blind9/fork-python/daemon_grandchild.py");
    let g = grade_with("fork-python.yaml", &submission, &options);
    let report = format::human(&g, &grade::today());
    assert!(g.score == g.max_score, "{report}");
    assert!(report.contains("alive when it was stopped (and then killed), after main had ended (exit 0):"), "{report}");
    assert!(util::left_running(&g).is_none(), "programs outlived their grade\n{report}");
}

#[test]
fn a_line_of_a_million_characters_is_quoted_clipped_and_counted() {
    // The child's line, printed by main with a million characters behind it: the check that
    // wants it from the child quotes it, and the report shows it; a megabyte each was what a
    // student could put in a class's Gradescope results (red22 L3).
    let dir = std::env::temp_dir().join(format!("procscen-test-{}-huge-line", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let _dir = util::RemoveOnDrop(dir.clone());
    let file = dir.join("huge_line.py");
    std::fs::write(&file, "print('Run child process test (1)...' + 'x' * 1000000)\n").expect("writes");
    let g = grade_once("process.yaml", &file);
    let clipped = |text: &str| text.len() < 100_000 && text.contains("more characters)");
    let results = format::gradescope(&g, "2026-01-01").to_string();
    assert!(clipped(&results), "the Gradescope results, {} bytes:\n{:.3000}", results.len(), results);
    let human = format::human(&g, "2026-01-01");
    assert!(clipped(&human), "the report, {} bytes:\n{:.3000}", human.len(), human);
    assert!(g.checks.iter().all(|c| c.message.len() < 10_000), "{:#?}", g.checks);
}
