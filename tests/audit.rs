//! `procscen audit`: each mutation operator's text change on a small source (and why it does not
//! apply where it does not), every bundled assignment killing every mutant of its reference
//! solution, and a deliberately weak assignment whose audit names its holes and exits 1.

mod util;

use procscen::judge::grade::audit::{self, mutate, Audit, AuditOptions, Language, Mutation, Operator, Outcome};
use procscen::judge::grade::GradeOptions;
use std::path::PathBuf;
use std::sync::Mutex;

/// The audits grade real programs on a 2-core machine: one at a time (each grades two mutants
/// at once), so that a test's check for processes left behind sees only its own.
static ONE_AUDIT_AT_A_TIME: Mutex<()> = Mutex::new(());

const NO_ENV: &[(String, String)] = &[];

#[track_caller]
fn mutated(op: Operator, source: &str, language: Language) -> String {
    match mutate(op, source, language, NO_ENV) {
        Mutation::Mutated(text) => text,
        Mutation::NotApplicable(why) => panic!("{} does not apply ({why}) to\n{source}", op.name()),
    }
}

#[track_caller]
fn not_applicable(op: Operator, source: &str, language: Language, env: &[(String, String)]) -> String {
    match mutate(op, source, language, env) {
        Mutation::NotApplicable(why) => why,
        Mutation::Mutated(text) => panic!("{} applies to\n{source}\nand made\n{text}", op.name()),
    }
}

const PROCESS_PY: &str = "\
from multiprocessing import Process
import os


def run_proc(name):
    print('Run child process %s (%s)...' % (name, os.getpid()))


if __name__ == '__main__':
    print('Parent process %s.' % os.getpid())
    p = Process(target=run_proc, args=('test',))
    p.start()
    p.join()
    print('Process end.')
";

const FORK_C: &str = "\
int main(void) {
    pid_t pid = fork();
    if (pid == 0) {
        printf(\"child (%d) of (%d)\\n\", getpid(), getppid());
        return 0;
    }
    printf(\"parent (%d) of (%d)\\n\", getpid(), pid);
    waitpid(pid, NULL, 0);
    return 0;
}
";

const FORK_PY: &str = "\
import os
pid = os.fork()
if pid == 0:
    print('child %s' % os.getpid())
else:
    print('parent %s' % os.getpid())
    os.waitpid(pid, 0)
";

const POOL_PY: &str = "\
from multiprocessing import Pool


def task(i):
    print('task %s' % i)


if __name__ == '__main__':
    p = Pool(4)
    for i in range(5):
        p.apply_async(task, args=(i,))
    p.close()
    p.join()
    print('done')
";

const QUEUE_PY: &str = "\
def read(q):
    for _ in range(4):
        value = q.get(True)
        print('read, %s' % value)
";

#[test]
fn drop_wait_removes_every_join_and_wait() {
    assert_eq!(
        mutated(Operator::DropWait, PROCESS_PY, Language::Python),
        PROCESS_PY.replace("    p.join()", "    pass")
    );
    assert_eq!(mutated(Operator::DropWait, FORK_C, Language::C), FORK_C.replace("    waitpid(pid, NULL, 0);", "    ;"));
    assert_eq!(
        mutated(Operator::DropWait, FORK_PY, Language::Python),
        FORK_PY.replace("    os.waitpid(pid, 0)", "    pass")
    );
    // multiprocessing joins every child at exit: a last join changes nothing.
    let last = PROCESS_PY.replace("    print('Process end.')\n", "");
    let why = not_applicable(Operator::DropWait, &last, Language::Python, NO_ENV);
    assert!(why.contains("joins every child at exit"), "{why}");
}

#[test]
fn apply_not_async_makes_apply_async_apply() {
    assert_eq!(
        mutated(Operator::ApplyNotAsync, POOL_PY, Language::Python),
        POOL_PY.replace("p.apply_async(task", "p.apply(task")
    );
    not_applicable(Operator::ApplyNotAsync, PROCESS_PY, Language::Python, NO_ENV);
}

#[test]
fn pool_size_halves_the_pool() {
    assert_eq!(mutated(Operator::PoolSize, POOL_PY, Language::Python), POOL_PY.replace("Pool(4)", "Pool(2)"));
    let one = POOL_PY.replace("Pool(4)", "Pool(processes=1)");
    assert_eq!(mutated(Operator::PoolSize, &one, Language::Python), POOL_PY.replace("Pool(4)", "Pool(processes=2)"));
}

#[test]
fn start_removed_replaces_start_with_pass() {
    assert_eq!(
        mutated(Operator::StartRemoved, PROCESS_PY, Language::Python),
        PROCESS_PY.replace("    p.start()", "    pass")
    );
    not_applicable(Operator::StartRemoved, FORK_C, Language::C, NO_ENV);
}

#[test]
fn target_called_in_parent_calls_the_target_in_the_constructor() {
    assert_eq!(
        mutated(Operator::TargetCalledInParent, PROCESS_PY, Language::Python),
        PROCESS_PY.replace("target=run_proc, args=('test',)", "target=run_proc('test')")
    );
    let bare = PROCESS_PY.replace("target=run_proc, args=('test',)", "target=run_proc");
    assert_eq!(
        mutated(Operator::TargetCalledInParent, &bare, Language::Python),
        bare.replace("target=run_proc)", "target=run_proc())")
    );
}

#[test]
fn unflushed_print_before_fork_leaves_text_in_the_buffer_unless_python_is_unbuffered() {
    assert_eq!(
        mutated(Operator::UnflushedPrintBeforeFork, FORK_C, Language::C),
        FORK_C.replace("    pid_t pid = fork();", "    printf(\"starting... \");\n    pid_t pid = fork();")
    );
    assert_eq!(
        mutated(Operator::UnflushedPrintBeforeFork, FORK_PY, Language::Python),
        FORK_PY.replace("pid = os.fork()", "print('starting... ', end='')\npid = os.fork()")
    );
    let unbuffered = [("PYTHONUNBUFFERED".to_owned(), "1".to_owned())];
    let why = not_applicable(Operator::UnflushedPrintBeforeFork, FORK_PY, Language::Python, &unbuffered);
    assert!(why.contains("PYTHONUNBUFFERED"), "{why}");
}

#[test]
fn queue_read_reversed_gets_everything_then_prints_newest_first() {
    let expected = "\
def read(q):
    got = []
    for _ in range(4):
        got.append(q.get(True))
    for value in reversed(got):
        print('read, %s' % value)
";
    assert_eq!(mutated(Operator::QueueReadReversed, QUEUE_PY, Language::Python), expected);
}

#[test]
fn queue_item_dropped_reads_one_item_fewer() {
    assert_eq!(
        mutated(Operator::QueueItemDropped, QUEUE_PY, Language::Python),
        QUEUE_PY.replace("range(4)", "range(3)")
    );
    // A loop that gets nothing from a queue is not the reader's.
    not_applicable(Operator::QueueItemDropped, POOL_PY, Language::Python, NO_ENV);
}

#[test]
fn parent_prints_getppid_changes_the_parents_line_not_the_childs() {
    assert_eq!(
        mutated(Operator::ParentPrintsGetppid, PROCESS_PY, Language::Python),
        PROCESS_PY.replace("'Parent process %s.' % os.getpid()", "'Parent process %s.' % os.getppid()")
    );
    assert_eq!(
        mutated(Operator::ParentPrintsGetppid, FORK_C, Language::C),
        FORK_C.replace("getpid(), pid);", "getppid(), pid);")
    );
}

#[test]
fn child_exits_early_returns_first_thing_in_the_child() {
    assert_eq!(
        mutated(Operator::ChildExitsEarly, PROCESS_PY, Language::Python),
        PROCESS_PY.replace("def run_proc(name):\n", "def run_proc(name):\n    return\n")
    );
    assert_eq!(
        mutated(Operator::ChildExitsEarly, FORK_PY, Language::Python),
        FORK_PY.replace("if pid == 0:\n", "if pid == 0:\n    os._exit(0)\n")
    );
    assert_eq!(
        mutated(Operator::ChildExitsEarly, FORK_C, Language::C),
        FORK_C.replace("if (pid == 0) {\n", "if (pid == 0) {\n        return 0;\n")
    );
}

#[test]
fn child_raises_fails_first_thing_in_the_child() {
    assert_eq!(
        mutated(Operator::ChildRaises, POOL_PY, Language::Python),
        POOL_PY.replace("def task(i):\n", "def task(i):\n    raise RuntimeError('a mistake')\n")
    );
    assert_eq!(
        mutated(Operator::ChildRaises, FORK_C, Language::C),
        FORK_C.replace("if (pid == 0) {\n", "if (pid == 0) {\n        __builtin_trap();\n")
    );
}

#[test]
fn terminate_early_terminates_right_after_start_or_before_a_pools_close() {
    let sleeps = PROCESS_PY.replace("os.getpid()))\n", "os.getpid()))\n    time.sleep(1)\n");
    assert_eq!(
        mutated(Operator::TerminateEarly, &sleeps, Language::Python),
        sleeps.replace("    p.start()\n", "    p.start()\n    p.terminate()\n")
    );
    let pool = POOL_PY.replace("print('task %s' % i)\n", "print('task %s' % i)\n    time.sleep(1)\n");
    assert_eq!(
        mutated(Operator::TerminateEarly, &pool, Language::Python),
        pool.replace("    p.close()\n", "    p.terminate()\n    p.close()\n")
    );
    // A child that only prints may be done before terminate() comes.
    let why = not_applicable(Operator::TerminateEarly, PROCESS_PY, Language::Python, NO_ENV);
    assert!(why.contains("does nothing that waits"), "{why}");
    not_applicable(Operator::TerminateEarly, FORK_C, Language::C, NO_ENV);
}

#[test]
fn a_diff_shows_only_the_changed_lines() {
    let after = mutated(Operator::DropWait, PROCESS_PY, Language::Python);
    assert_eq!(audit::diff(PROCESS_PY, &after), ["-     p.join()", "+     pass"]);
}

fn options() -> AuditOptions {
    AuditOptions {
        grade: GradeOptions {
            procscen_binary: Some(PathBuf::from(env!("CARGO_BIN_EXE_procscen"))),
            // No timeout: a mutant that blocks forever (a pipe nobody answers) gets the audit's own,
            // ten times the reference's run (at least 3 s), as `procscen audit` without `--timeout`.
            ..GradeOptions::default()
        },
        // Four at a time on two cores: most of an audit's time is mutants that block until
        // their timeout, waits that overlap.
        jobs: 4,
    }
}

/// Panics when a graded program of this test binary is still running.
#[track_caller]
fn assert_nothing_left() {
    let left = util::processes_running(&format!("procscen-grade-{}-", std::process::id()));
    assert!(left.is_empty(), "graded programs are still running: {left:?}");
    let prefix = format!("procscen-audit-{}-", std::process::id());
    let dirs: Vec<String> = std::fs::read_dir(std::env::temp_dir())
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(&prefix))
        .collect();
    assert!(dirs.is_empty(), "mutant directories left in the temporary directory: {dirs:?}");
}

#[test]
fn every_bundled_assignment_kills_every_applicable_mutant() {
    let _one = ONE_AUDIT_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let mut files: Vec<PathBuf> = std::fs::read_dir(util::root().join("scenarios/assignments"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    files.sort();
    assert_eq!(files.len(), 8, "the eight bundled assignments");
    let mut holes = Vec::new();
    for file in &files {
        let scenario = procscen::load(file).unwrap_or_else(|e| panic!("{e}"));
        let a: Audit = audit::audit(&scenario, &options()).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        assert!(a.mutants.len() >= 4, "{}: only {} mutants\n{}", file.display(), a.mutants.len(), shown(&a));
        if a.survivors().next().is_some() {
            holes.push(format!("procscen audit {}\n{}", file.display(), shown(&a)));
        }
        for m in &a.mutants {
            assert!(m.outcome == Outcome::Survived || m.score < m.max_score, "{}", shown(&a));
        }
        // Each mutant ran under ten times the reference's time, at least 3 s, at most the
        // assignment's; the pipe assignment's blocked mutants were stopped there, and said so.
        let assignment_ms = scenario.timeout.as_millis() as u64;
        assert_eq!(a.mutant_timeout_ms, (a.reference_wall_ms * 10).clamp(3_000, assignment_ms), "{}", shown(&a));
        if file.ends_with("pipe.yaml") {
            assert!(shown(&a).contains("mutant(s) stopped at their time limit"), "{}", shown(&a));
        }
    }
    assert!(holes.is_empty(), "mutants survived:\n{}", holes.join("\n"));
    assert_nothing_left();
}

fn shown(a: &Audit) -> String {
    audit::human(a, &a.reference.display().to_string())
}

/// An assignment with one check (the parent prints its own pid) lets most mistakes through:
/// the audit names them, as a table and as JSON, and exits 1.
#[test]
fn a_weak_assignment_has_survivors_and_the_audit_exits_1() {
    let _one = ONE_AUDIT_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let dir = util::TempDir::new("audit-weak");
    let reference = util::root().join("examples/assignments/process.py");
    let yaml = format!(
        "name: Weak process assignment
timeout: 10s
program:
  run: python3 {{submission}}
  reference: {}
  env: {{ PYTHONUNBUFFERED: \"1\" }}
  format_points: 0
lines:
  parent_line: 'Parent process (?P<pid>\\d+)\\.'
expect:
  - name: the parent prints its own pid
    pid_of: main.parent_line
    var: pid
    is: writer
",
        reference.display()
    );
    let file = dir.join("weak.yaml");
    std::fs::write(&file, yaml).unwrap();
    let path = file.to_string_lossy().into_owned();
    let run = util::cli(&util::root(), &["audit", &path]);
    assert_eq!(run.status.code(), Some(1), "{run}");
    for expected in
        ["SURVIVED", "HOLE: full marks for a program where the parent never waits for its children", "survived"]
    {
        assert!(run.stdout.contains(expected), "no `{expected}` in\n{run}");
    }
    assert!(run.stdout.contains("KILLED   parent-prints-getppid"), "{run}");
    let json = util::cli(&util::root(), &["audit", "--format", "json", &path]);
    assert_eq!(json.status.code(), Some(1), "{json}");
    let a: Audit = serde_json::from_str(json.stdout.trim()).unwrap_or_else(|e| panic!("{e}\n{json}"));
    let survived: Vec<&str> = a.survivors().map(|m| m.operator.name()).collect();
    assert!(survived.contains(&"drop-wait") && survived.contains(&"child-raises"), "{survived:?}\n{json}");
    assert!(a.mutants.iter().any(|m| m.outcome == Outcome::Killed), "{json}");
}
