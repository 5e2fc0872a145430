//! No process of a run outlives it, whatever happens: a daemon that escapes its parent, a test
//! runner that kills procscen in the middle of a run.

mod util;

use procscen::trace::Outcome;
use std::process::Command;
use std::time::{Duration, Instant};

#[test]
fn a_double_forked_daemon_is_found_and_killed() {
    let (_, trace) = util::run_text(
        "
timeout: 500ms
processes:
  main:
    - fork:
        child:
          - fork:
              child:
                - sleep: 1h
            as: daemon
          - exit: 0
      as: middle
    - print: main is done
",
    );
    // main and the middle process exit at once; the daemon, reparented to the supervisor (the
    // child subreaper), keeps the run alive until its timeout, and is reported and killed.
    let Outcome::TimedOut { alive, .. } = &trace.outcome else { panic!("expected a timeout: {:?}", trace.outcome) };
    let roles: Vec<_> = alive.iter().filter_map(|a| a.role.as_deref()).collect();
    assert_eq!(roles, ["daemon"], "only the daemon was left: {alive:?}");
    util::assert_nothing_left(&trace);
}

/// A scenario file whose run lasts an hour unless it is stopped, in a directory of its own.
fn long_scenario(tag: &str) -> (util::TempDir, std::path::PathBuf) {
    let dir = util::TempDir::new(tag);
    let file = dir.join("long.yaml");
    std::fs::write(&file, "processes:\n  main:\n    - start: worker\n    - join: worker\n  worker:\n    - sleep: 1h\n")
        .unwrap();
    (dir, file)
}

#[test]
fn killing_procscen_mid_run_kills_the_run() {
    let (_dir, file) = long_scenario("kill");
    let mut cli = Command::new(env!("CARGO_BIN_EXE_procscen")).arg("run").arg(&file).spawn().unwrap();
    let cli_pid = cli.id() as i32;
    // The supervisor, main and the worker: three descendants once the run is under way.
    let started = util::wait_for(Duration::from_secs(20), || util::descendants(cli_pid).len() >= 3);
    let run = util::descendants(cli_pid);
    assert!(started, "the run did not start: descendants {run:?}");
    // What a test runner does at its timeout: SIGTERM to procscen. procscen dies of it; its
    // supervisor gets its parent-death signal and stops the run.
    nix::sys::signal::kill(nix::unistd::Pid::from_raw(cli_pid), nix::sys::signal::Signal::SIGTERM).unwrap();
    let _ = cli.wait();
    let gone = util::wait_for(Duration::from_secs(10), || run.iter().all(|p| !util::still_running(*p)));
    let left: Vec<_> = run.iter().filter(|p| util::still_running(**p)).collect();
    assert!(gone, "processes of the run outlived procscen: {left:?}");
}

#[test]
fn a_process_that_ignores_sigterm_is_killed_within_its_limit_plus_a_second() {
    let start = Instant::now();
    let (_, trace) = util::run_text(
        "
timeout: 300ms
processes:
  main:
    - start: stubborn
    - join: stubborn
  stubborn:
    - ignore: SIGTERM
    - sleep: 1h
",
    );
    let took = start.elapsed();
    assert!(matches!(trace.outcome, Outcome::TimedOut { .. }), "{:?}", trace.outcome);
    let stubborn = trace.processes.iter().find(|p| p.name == "stubborn").unwrap();
    assert_eq!(
        stubborn.ending,
        procscen::trace::Ending::Signaled(procscen::trace::Signal::SIGKILL),
        "SIGTERM was ignored"
    );
    assert!(
        took < util::bound(Duration::from_millis(1300)),
        "the run took {took:?}, more than its limit plus one second"
    );
    util::assert_nothing_left(&trace);
}

#[test]
fn ctrl_c_to_the_supervisor_stops_the_run_and_says_so() {
    let (_dir, file) = long_scenario("ctrl-c");
    let cli = Command::new(env!("CARGO_BIN_EXE_procscen"))
        .arg("run")
        .arg(&file)
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let cli_pid = cli.id() as i32;
    let started = util::wait_for(Duration::from_secs(20), || util::descendants(cli_pid).len() >= 3);
    let run = util::descendants(cli_pid);
    assert!(started, "the run did not start: descendants {run:?}");
    // The supervisor is the CLI's child; Ctrl-C in a terminal reaches it as SIGINT.
    let supervisor = run[0];
    nix::sys::signal::kill(nix::unistd::Pid::from_raw(supervisor), nix::sys::signal::Signal::SIGINT).unwrap();
    let out = cli.wait_with_output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(!out.status.success(), "{stdout}");
    assert!(stdout.contains("interrupted by SIGINT"), "the report says why the run stopped:\n{stdout}");
    assert!(run.iter().all(|p| !util::still_running(*p)), "processes of the run outlived it");
}

#[test]
fn a_runaway_loop_is_stopped_at_the_record_limit() {
    let scenario = procscen::load_str(
        "
processes:
  main:
    - for: i
      range: 1000000000
      do:
        - print: line {i} of a loop that would print forever
",
        std::path::Path::new("runaway.yaml"),
    )
    .unwrap();
    let options = procscen::sources::engine::RunOptions { record_limit: Some(1 << 20), ..util::options() };
    let trace = procscen::sources::engine::run(&scenario, &options).unwrap();
    let Outcome::LimitReached { limit, alive } = &trace.outcome else { panic!("{:?}", trace.outcome) };
    assert_eq!(*limit, procscen::trace::Limit::RecordedEvents { mib: 1 });
    assert_eq!(alive.len(), 1, "main was alive, printing: {alive:?}");
    let verdicts = procscen::judge::check::check(&scenario, &trace);
    assert!(!verdicts[0].passed && verdicts[0].message.contains("runaway"), "{:?}", verdicts[0]);
    util::assert_nothing_left(&trace);
}

#[test]
fn a_fork_bomb_in_a_scenario_is_stopped_at_the_process_limit() {
    let (scenario, trace) = util::run_text(
        "
timeout: 20s
max_processes: 40
processes:
  main:
    - for: i
      range: 1000000
      do:
        - fork:
            child:
              - fork:
                  child:
                    - sleep: 1h
              - sleep: 1h
",
    );
    let Outcome::LimitReached { limit, alive } = &trace.outcome else { panic!("{:?}", trace.outcome) };
    assert_eq!(*limit, procscen::trace::Limit::Processes { at_once: Some(40) });
    assert!(alive.len() <= 40, "no more than the limit were alive: {}", alive.len());
    let verdicts = procscen::judge::check::check(&scenario, &trace);
    assert!(verdicts[0].message.contains("processes (40 at once) limit reached"), "{}", verdicts[0].message);
    util::assert_nothing_left(&trace);
}

#[test]
fn a_process_over_its_cpu_time_is_killed_and_the_limit_named() {
    let (_, trace) = util::run_text(
        "
max_cpu_seconds: 1
max_recorded_mib: 4096
processes:
  main:
    - for: i
      range: 1000000000
      do:
        - let: {x: '{i}'}
",
    );
    let Outcome::LimitReached { limit, .. } = &trace.outcome else { panic!("{:?}", trace.outcome) };
    assert_eq!(*limit, procscen::trace::Limit::CpuTime { seconds: 1 });
    assert_eq!(trace.processes[0].ending, procscen::trace::Ending::Signaled(procscen::trace::Signal::SIGXCPU));
    util::assert_nothing_left(&trace);
}

#[test]
fn memory_beyond_the_limit_is_refused_with_a_message() {
    // A queue of 65,536 places maps 64 MiB, more than the 32 MiB the process may have.
    let (_, trace) = util::run_text(
        "
max_memory_mib: 32
processes:
  main:
    - queue: q
      capacity: 65536
    - put: x
      to: q
",
    );
    let printed: Vec<String> = trace.processes[0]
        .events
        .iter()
        .filter_map(|e| match &e.kind {
            procscen::trace::EventKind::Print(v) => Some(v.text.to_string()),
            _ => None,
        })
        .collect();
    assert!(printed.iter().any(|l| l.contains("cannot make queue q") && l.contains("ENOMEM")), "{printed:?}");
    assert_eq!(trace.processes[0].ending, procscen::trace::Ending::Exited(70));
    util::assert_nothing_left(&trace);
}

/// What grading a program left: its grade, how long grading took, and every process still
/// alive afterwards whose environment carries the run's marker (inherited by every
/// descendant, so a daemon that escaped its parent and process group still has it).
struct Graded {
    grade: procscen::judge::grade::Grade,
    took: Duration,
    report: String,
}

impl Graded {
    /// How long the program ran, from its start to the end of its last process, as the
    /// tracer measured it (building and starting procscen not included).
    fn wall_ms(&self) -> u64 {
        self.grade.observation.as_ref().map_or(u64::MAX, |o| o.usage.wall_ms)
    }
}

/// Grades `submission` with `program_yaml` (the `program:` block's keys, indented by four) and
/// a marker in the program's environment; asserts that no marked process survived.
#[track_caller]
fn grade_marked(name: &str, submission: &std::path::Path, program_yaml: &str, timeout: &str) -> Graded {
    let mark = format!("{name}-{}", std::process::id());
    let yaml =
        format!("name: {name}\ntimeout: {timeout}\nprogram:\n{program_yaml}    env: {{PROCSCEN_TEST_MARK: {mark}}}\n");
    let scenario = procscen::load_str(&yaml, std::path::Path::new("inline.yaml")).unwrap_or_else(|e| panic!("{e}"));
    let options = procscen::judge::grade::GradeOptions {
        procscen_binary: Some(std::path::PathBuf::from(env!("CARGO_BIN_EXE_procscen"))),
        ..Default::default()
    };
    let started = Instant::now();
    let grade = procscen::judge::grade::grade(&scenario, submission, &options).expect("grades");
    let took = started.elapsed();
    let report = procscen::render::grade::human(&grade, "2026-01-01");
    let left = util::marked_processes(&mark);
    assert!(left.is_empty(), "processes of the program outlived it: {left:?}\n{report}");
    Graded { grade, took, report }
}

/// A program for the tests below, in a directory of its own that goes with it.
struct Program {
    dir: util::TempDir,
    path: std::path::PathBuf,
}

impl std::ops::Deref for Program {
    type Target = std::path::Path;
    fn deref(&self) -> &std::path::Path {
        &self.path
    }
}

/// A Python program for the tests below.
fn python(name: &str, source: &str) -> Program {
    let dir = util::TempDir::new(&format!("containment-{name}"));
    let path = dir.join(format!("{name}.py"));
    std::fs::write(&path, source).unwrap();
    Program { dir, path }
}

/// Compiles a C program for the tests below.
fn compiled(name: &str, source: &str) -> Program {
    let dir = util::TempDir::new(&format!("containment-{name}"));
    let file = dir.join(format!("{name}.c"));
    std::fs::write(&file, source).unwrap();
    let out = Command::new("cc").arg("-o").arg(dir.join(name)).arg(&file).output().expect("cc runs");
    assert!(out.status.success(), "cc failed: {}", String::from_utf8_lossy(&out.stderr));
    let path = dir.join(name);
    Program { dir, path }
}

#[test]
fn an_observed_daemon_that_escaped_by_double_fork_is_killed_at_the_timeout() {
    let program = compiled(
        "daemon",
        r#"#include <stdio.h>
#include <unistd.h>
int main(void) {
    if (fork() == 0) {
        setsid();
        if (fork() == 0) { for (;;) pause(); }
        return 0;
    }
    printf("parent done\n");
    return 0;
}"#,
    );
    let g = grade_marked("daemon", &program, "    run: '{submission}'\n", "2s");
    assert_eq!(g.grade.ending.to_string(), "timed out after 2000 ms", "{}", g.report);
    assert!(g.report.contains("in pause()"), "the report says what the daemon was doing:\n{}", g.report);
    assert!(g.wall_ms() < util::bound_ms(3000), "the run ended within its timeout plus a second: {} ms", g.wall_ms());
}

#[test]
fn an_observed_program_that_ignores_sigterm_is_killed_within_its_limit_plus_a_second() {
    let program = compiled(
        "stubborn",
        r#"#include <signal.h>
#include <unistd.h>
int main(void) { signal(SIGTERM, SIG_IGN); if (fork() == 0) { for (;;) pause(); } for (;;) pause(); }"#,
    );
    let g = grade_marked("stubborn", &program, "    run: '{submission}'\n", "1s");
    assert_eq!(g.grade.ending.to_string(), "timed out after 1000 ms", "{}", g.report);
    assert!(g.wall_ms() < util::bound_ms(2000), "the run ended within its timeout plus a second: {} ms", g.wall_ms());
}

/// Two busy processes pinned to one CPU wait for it behind each other, not behind the
/// machine's other work: main, idle and free to run anywhere, does not make their wait the
/// machine's. The limit gave it back, twice the limit on two cores (red team round 22: a 5 s
/// limit ran 10 s, a 20 s one 49 s).
#[test]
fn busy_processes_pinned_to_one_cpu_do_not_stretch_the_time_limit() {
    let program = python(
        "pinned",
        r#"import os, time
for _ in range(2):
    if os.fork() == 0:
        os.sched_setaffinity(0, {0})
        while True:
            pass
while True:
    time.sleep(1)
"#,
    );
    let g = grade_marked("pinned", &program, "    run: python3 {submission}\n", "2s");
    assert_eq!(g.grade.ending.to_string(), "timed out after 2000 ms", "{}", g.report);
    assert!(g.wall_ms() < util::bound_ms(3500), "cut near its limit, not twice it: {} ms\n{}", g.wall_ms(), g.report);
}

#[test]
fn an_observed_child_killed_by_sigsegv_is_reported_and_reaped() {
    let program = compiled(
        "segv",
        r#"#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>
int main(void) {
    pid_t pid = fork();
    if (pid == 0) { volatile int *p = 0; *p = 1; return 0; }
    int status;
    waitpid(pid, &status, 0);
    printf("child signal %d\n", WIFSIGNALED(status) ? WTERMSIG(status) : 0);
    return 0;
}"#,
    );
    let g = grade_marked("segv", &program, "    run: '{submission}'\n", "5s");
    assert_eq!(g.grade.ending.to_string(), "normal exit", "{}", g.report);
    let o = g.grade.observation.as_ref().expect("ran");
    let child = o.trace.processes.iter().find(|p| p.role != "main").expect("the child was seen");
    assert_eq!(child.ending, procscen::trace::Ending::Signaled(procscen::trace::Signal::SIGSEGV), "{}", g.report);
    assert!(o.output.iter().any(|l| l.text == "child signal 11"), "{}", g.report);
}

#[test]
fn an_observed_queue_deadlock_ends_at_the_timeout_with_each_process_blocked() {
    // The classic multiprocessing mistake: the writer's queue holds more than the pipe takes,
    // and the parent joins the writer before it drains the queue, so each waits for the other.
    let program = python(
        "deadlock",
        r#"import multiprocessing as mp

def writer(q):
    q.put("x" * 1_000_000)

if __name__ == "__main__":
    mp.set_start_method("fork")
    q = mp.Queue()
    p = mp.Process(target=writer, args=(q,))
    p.start()
    p.join()
    print(len(q.get()))
"#,
    );
    let g = grade_marked("deadlock", &program, "    run: python3 {submission}\n", "2s");
    assert_eq!(g.grade.ending.to_string(), "timed out after 2000 ms", "{}", g.report);
    let o = g.grade.observation.as_ref().expect("ran");
    let Outcome::TimedOut { alive, .. } = &o.trace.outcome else { panic!("{:?}", o.trace.outcome) };
    assert!(alive.len() >= 2, "the parent and the writer were both stuck: {alive:?}");
    assert!(alive.iter().all(|a| a.state == "S" || a.state == "t"), "all were blocked, none running: {alive:?}");
    assert!(g.wall_ms() < util::bound_ms(3000), "the run ended within its timeout plus a second: {} ms", g.wall_ms());
}

#[test]
fn an_isolated_program_has_no_network_and_a_private_tmp() {
    let probe = std::env::temp_dir().join(format!("procscen-isolation-probe-{}", std::process::id()));
    // Removed even when the test fails because the program could write it.
    let _probe_guard = util::RemoveOnDrop(probe.clone());
    let program = python(
        "probe",
        &format!(
            r#"import os, socket
print("tmp", len(os.listdir("/tmp")))
print("cwd", sorted(os.listdir(".")))
try:
    socket.create_connection(("192.0.2.1", 80), timeout=2)
    print("network yes")
except OSError as e:
    print("network no")
open("{}", "w").write("written inside")
"#,
            probe.display()
        ),
    );
    let g = grade_marked("isolated", &program, "    run: python3 {submission}\n", "10s");
    let o = g.grade.observation.as_ref().expect("ran");
    let lines: Vec<&str> = o.output.iter().map(|l| l.text.as_str()).collect();
    assert_eq!(o.unisolated, None, "this machine allows namespaces");
    // Only the program's own work directory is under its /tmp; its working directory holds the
    // copy of the submission.
    assert_eq!(lines, ["tmp 1", "cwd ['probe.py']", "network no"], "{}", g.report);
    assert!(!probe.exists(), "a file the program wrote in its /tmp appeared in the machine's");
}

#[test]
fn an_observed_fork_bomb_is_stopped_at_the_process_limit_within_a_second() {
    let program = compiled("bomb", "#include <unistd.h>\nint main(void) { for (;;) fork(); }\n");
    let g = grade_marked("bomb", &program, "    run: '{submission}'\n    max_processes: 20\n", "20s");
    assert_eq!(g.grade.ending.to_string(), "processes limit reached", "{}", g.report);
    assert!(g.wall_ms() < util::bound_ms(1000), "stopped and killed within a second, not {} ms", g.wall_ms());
    assert!(g.took < util::bound(Duration::from_secs(20)), "ended long before the timeout: {:?}", g.took);
}

#[test]
fn observed_output_beyond_the_limit_is_cut_and_the_run_stopped() {
    let program =
        compiled("spam", "#include <stdio.h>\nint main(void) { for (;;) puts(\"spam spam spam spam spam spam\"); }\n");
    let g = grade_marked("spam", &program, "    run: '{submission}'\n    max_output: 10000\n", "20s");
    assert_eq!(g.grade.ending.to_string(), "output limit reached", "{}", g.report);
    let o = g.grade.observation.as_ref().expect("ran");
    // Every line but the cut last one ended with a newline.
    let kept: usize = o.output.iter().map(|l| l.text.len() + 1).sum::<usize>() - 1;
    assert!(kept <= 10_000, "no more than the limit was kept: {kept} bytes");
    assert!(g.took < util::bound(Duration::from_secs(20)), "ended long before the timeout: {:?}", g.took);
}

#[test]
fn observed_events_beyond_the_recorded_limit_stop_the_run() {
    // Red team round 11, H2: tiny pipe writes between the program's own processes, each one a
    // record the grader keeps, without end.
    let program = compiled(
        "chatter",
        r#"#include <unistd.h>
int main(void) {
    int p[2];
    if (pipe(p) != 0) return 1;
    if (fork() == 0) { char c[64]; close(p[1]); while (read(p[0], c, sizeof c) > 0) {} return 0; }
    close(p[0]);
    for (;;) write(p[1], "x", 1);
}"#,
    );
    let g = grade_marked("chatter", &program, "    run: '{submission}'\n    max_recorded_mib: 1\n", "20s");
    assert_eq!(g.grade.ending.to_string(), "recorded events (1 MiB, a runaway loop?) limit reached", "{}", g.report);
    assert!(g.took < util::bound(Duration::from_secs(20)), "ended long before the timeout: {:?}", g.took);
}

#[test]
fn observed_memory_beyond_the_limit_is_refused() {
    let program = compiled(
        "hungry",
        r#"#include <stdio.h>
#include <stdlib.h>
int main(void) { void *p = malloc(256u << 20); puts(p ? "allocated" : "refused"); return 0; }"#,
    );
    let g = grade_marked("hungry", &program, "    run: '{submission}'\n    max_memory_mib: 64\n", "20s");
    let o = g.grade.observation.as_ref().expect("ran");
    let lines: Vec<&str> = o.output.iter().map(|l| l.text.as_str()).collect();
    assert_eq!(lines, ["refused"], "{}", g.report);
}

#[test]
fn an_observed_busy_loop_is_killed_at_its_cpu_time() {
    let program = compiled("busy", "int main(void) { for (;;) {} }\n");
    let g = grade_marked("busy", &program, "    run: '{submission}'\n    max_cpu_seconds: 1\n", "20s");
    assert!(g.grade.ending.to_string().contains("SIGXCPU"), "{}", g.report);
    assert!(
        g.took < util::bound(Duration::from_secs(20)),
        "ended by the CPU limit, long before the timeout: {:?}",
        g.took
    );
}

/// A wrapper that forbids `unshare` with a seccomp filter (as a container's profile may),
/// then runs procscen under it: the filter is inherited by the tracer and the program.
const NO_UNSHARE: &str = r#"#include <errno.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <stddef.h>
#include <stdio.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>
int main(int argc, char **argv) {
    struct sock_filter filter[] = {
        BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr)),
        BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, SYS_unshare, 0, 1),
        BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | EPERM),
        BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
    };
    struct sock_fprog program = { sizeof filter / sizeof filter[0], filter };
    if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) || prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &program)) {
        perror("seccomp");
        return 99;
    }
    execv(argv[1], argv + 1);
    perror("execv");
    return 98;
}"#;

#[test]
fn where_namespaces_are_refused_the_program_runs_unisolated_and_the_report_says_so() {
    let wrapper = compiled("no-unshare", NO_UNSHARE);
    let root = util::root();
    let out = Command::new(&*wrapper)
        .arg(env!("CARGO_BIN_EXE_procscen"))
        .args(["grade", "scenarios/assignments/fork-c.yaml", "examples/assignments/fork.c"])
        .current_dir(&root)
        .output()
        .expect("the wrapper runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let shown = format!("status {}\n{stdout}{}", out.status, String::from_utf8_lossy(&out.stderr));
    assert!(out.status.success(), "{shown}");
    assert!(stdout.contains("score: 16.5/16.5"), "the program still runs and is graded:\n{shown}");
    assert!(
        stdout.contains("not isolated: creating user, network, mount and cgroup namespaces (unshare) failed: EPERM"),
        "the report says why it ran without isolation:\n{shown}"
    );
}

/// `--require-isolation` (what an exported Gradescope autograder runs) does not run a
/// program the kernel will not isolate: unisolated, as root, it could write its own score
/// (red team round 18). The program would leave a file behind; none is there.
#[test]
fn with_require_isolation_a_program_that_cannot_be_isolated_is_not_run() {
    let wrapper = compiled("no-unshare", NO_UNSHARE);
    let dir = util::TempDir::new("require-isolation");
    let marker = dir.path().join("ran");
    let program = dir.path().join("marks.py");
    std::fs::write(&program, format!("open({:?}, 'w').write('ran')\n", marker.display().to_string())).expect("written");
    let scenario = dir.path().join("marks.yaml");
    std::fs::write(
        &scenario,
        "name: marks\nprogram:\n  run: python3 {submission}\nexpect:\n  - all_lines_match: true\n",
    )
    .expect("written");
    let out = Command::new(&*wrapper)
        .arg(env!("CARGO_BIN_EXE_procscen"))
        .arg("grade")
        .arg("--require-isolation")
        .arg(&scenario)
        .arg(&program)
        .output()
        .expect("the wrapper runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let shown = format!("status {}\n{stdout}{}", out.status, String::from_utf8_lossy(&out.stderr));
    assert_eq!(out.status.code(), Some(1), "a record of the submission, not a grader's failure:\n{shown}");
    assert!(stdout.contains("cannot isolate the program"), "the record says why:\n{shown}");
    assert!(!marker.exists(), "the program ran:\n{shown}");
}

#[test]
fn killing_procscen_grade_mid_run_kills_the_graded_program() {
    let program = compiled(
        "sleeper",
        "#include <unistd.h>\nint main(void) { if (fork() == 0) { setsid(); for (;;) pause(); } for (;;) pause(); }\n",
    );
    let mark = format!("killed-grade-{}", std::process::id());
    let scenario = program.dir.join("sleeper.yaml");
    std::fs::write(
        &scenario,
        format!("timeout: 1h\nprogram:\n  run: '{{submission}}'\n  env: {{PROCSCEN_TEST_MARK: {mark}}}\n"),
    )
    .unwrap();
    let mut cli = Command::new(env!("CARGO_BIN_EXE_procscen"))
        .arg("grade")
        .arg(&scenario)
        .arg(&*program)
        .stdout(std::process::Stdio::null())
        .spawn()
        .unwrap();
    // procscen dies of the signal below before it can remove the submission's working copy.
    let _work = util::RemoveAllOnDrop(format!("procscen-grade-{}-", cli.id()));
    // The program and the child it made, once both run.
    let started = util::wait_for(Duration::from_secs(20), || util::marked_processes(&mark).len() >= 2);
    assert!(started, "the program did not start: {:?}", util::marked_processes(&mark));
    // A test runner's timeout: SIGTERM to procscen. Its tracer gets its parent-death signal and
    // stops the run, the child that left the process group included.
    nix::sys::signal::kill(nix::unistd::Pid::from_raw(cli.id() as i32), nix::sys::signal::Signal::SIGTERM).unwrap();
    let _ = cli.wait();
    let gone = util::wait_for(Duration::from_secs(10), || util::marked_processes(&mark).is_empty());
    assert!(gone, "processes of the program outlived procscen: {:?}", util::marked_processes(&mark));
    // Nor can it remove the run's memory cgroup (empty now; the next grade would).
    for cgroup in util::memory_cgroups_of(cli.id()) {
        let _ = std::fs::remove_dir(cgroup);
    }
}

/// `.ci/leftovers DIR` counts only the processes of executables under DIR: a run of another
/// clone, alive on the same machine, is not a leftover of this one.
#[test]
fn ci_counts_only_its_own_clone_s_processes_as_left_behind() {
    let (dir, file) = long_scenario("other-clone");
    // Another clone's build: a procscen under its own target directory.
    let other_target = dir.join("other/target");
    std::fs::create_dir_all(&other_target).unwrap();
    let other_exe = other_target.join("procscen");
    std::fs::copy(env!("CARGO_BIN_EXE_procscen"), &other_exe).unwrap();
    let mine = dir.join("mine/target");
    std::fs::create_dir_all(&mine).unwrap();

    /// Stops the other clone's run however this test ends: SIGTERM to its procscen, whose
    /// supervisor dies with it (the parent-death signal) and stops the run.
    struct Stop(std::process::Child);
    impl Drop for Stop {
        fn drop(&mut self) {
            let pid = nix::unistd::Pid::from_raw(self.0.id() as i32);
            let _ = nix::sys::signal::kill(pid, nix::sys::signal::Signal::SIGTERM);
            let _ = self.0.wait();
        }
    }
    let other = Stop(
        Command::new(&other_exe)
            .arg("run")
            .arg(&file)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap(),
    );
    let other_pid = other.0.id() as i32;
    let started = util::wait_for(Duration::from_secs(20), || util::descendants(other_pid).len() >= 3);
    let run = util::descendants(other_pid);
    assert!(started, "the other run did not start: descendants {run:?}");

    let leftovers = |target: &std::path::Path| {
        Command::new(util::root().join(".ci/leftovers")).arg(target).output().expect(".ci/leftovers runs")
    };
    let clean = leftovers(&mine);
    assert!(clean.status.success(), "another clone's run counted: {}", String::from_utf8_lossy(&clean.stderr));
    assert!(clean.stderr.is_empty(), "{}", String::from_utf8_lossy(&clean.stderr));
    let found = leftovers(&other_target);
    let listed = String::from_utf8_lossy(&found.stderr);
    assert!(!found.status.success(), "its own clone's run is found: {listed}");
    assert!(listed.contains(&format!("{} {} __supervise", run[0], other_exe.display())), "{listed}");

    drop(other);
    let gone = util::wait_for(Duration::from_secs(10), || {
        run.iter().all(|p| !std::path::Path::new(&format!("/proc/{p}")).exists())
    });
    assert!(gone, "the other run outlived its procscen: {run:?}");
}

/// glibc reserves 64 MiB of address space for each malloc arena and makes up to eight per core
/// as threads contend: without the observer's `MALLOC_ARENA_MAX`, twenty-odd live Python
/// threads reserved more than the default `RLIMIT_AS` and the next one failed to start, with
/// no limit named in the report.
#[test]
fn forty_live_python_threads_start_under_the_default_memory_limit() {
    let program = python(
        "threads",
        "import threading\n\
         N = 40\n\
         barrier = threading.Barrier(N)\n\
         def work(i):\n    \
             squares = [j * j for j in range(2000)]\n    \
             barrier.wait()\n    \
             print('thread', i, len(squares))\n\
         threads = [threading.Thread(target=work, args=(i,)) for i in range(N)]\n\
         for t in threads: t.start()\n\
         for t in threads: t.join()\n\
         print('all', N, 'threads done')\n",
    );
    let g = grade_marked("threads", &program, "    run: python3 -u {submission}\n", "60s");
    let o = g.grade.observation.as_ref().expect("ran");
    let printed = o.output.iter().filter(|l| l.text.starts_with("thread ")).count();
    assert_eq!(printed, 40, "every thread printed:\n{}", g.report);
    assert!(o.output.iter().any(|l| l.text == "all 40 threads done"), "{}", g.report);
}
