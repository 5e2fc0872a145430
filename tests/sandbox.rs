//! Grading untrusted code safely (issue 13): what a hostile scenario file, command line or
//! submission tries, and the safe outcome procscen gives it. Each test asserts the outcome and
//! that nothing of the attempt is left behind.

mod util;

use std::path::Path;
use std::time::{Duration, Instant};

/// The problems of a refused scenario text, as `file:line:col: message` lines.
#[track_caller]
fn refused(text: &str) -> String {
    match procscen::load_str(text, Path::new("hostile.yaml")) {
        Ok(_) => panic!("accepted:\n{text}"),
        Err(e) => e.to_string(),
    }
}

#[test]
fn numbers_beyond_their_range_are_refused_at_their_line_and_column() {
    let errors = refused(
        "time_scale: 1e300
timeout: 5000000000000000h
max_memory_mib: 17592186044417
max_recorded_mib: 17592186044416
processes:
  main:
    - sleep: 1e20
    - sleep: 100000000000
",
    );
    for expected in [
        "hostile.yaml:1:13: time_scale must be a number above 0 and at most 1000, not 1e300",
        "hostile.yaml:2:10: `5000000000000000h` is longer than the longest duration procscen accepts (24h)",
        "hostile.yaml:3:17: `max_memory_mib` must be at most 1048576, not 17592186044417",
        "hostile.yaml:4:19: `max_recorded_mib` must be at most 1048576, not 17592186044416",
        "hostile.yaml:7:14: 1e20 seconds is longer than the longest duration procscen accepts (24h)",
        "hostile.yaml:8:14: 1e11 seconds is longer than the longest duration procscen accepts (24h)",
        "help: write a duration from `0s` to `24h`",
    ] {
        assert!(errors.contains(expected), "missing {expected:?} in:\n{errors}");
    }
}

#[test]
fn a_program_limit_beyond_its_range_is_refused() {
    let errors = refused(
        "program:
  run: python3 {submission}
  max_memory_mib: 17592186044416
  max_output: 1099511627776
  max_cpu_seconds: 18446744073709551615
",
    );
    assert!(errors.contains("hostile.yaml:3:19: `max_memory_mib` must be at most 1048576"), "{errors}");
    assert!(errors.contains("hostile.yaml:4:15: `max_output` must be at most 1073741824"), "{errors}");
    assert!(errors.contains("hostile.yaml:5:20: `max_cpu_seconds` must be at most 86400"), "{errors}");
}

#[test]
fn the_sandbox_limits_a_scenario_sets_are_range_checked() {
    let errors = refused(
        "program:
  run: python3 {submission}
  max_tasks: 5000000
  max_file_mib: 17592186044416
  max_open_files: 0
  max_tmp_mib: 0
",
    );
    for expected in [
        "hostile.yaml:3:14: `max_tasks` must be at most 4194304, not 5000000",
        "hostile.yaml:4:17: `max_file_mib` must be at most 1048576, not 17592186044416",
        "hostile.yaml:5:19: `max_open_files` must be at least 1",
        "hostile.yaml:6:16: `max_tmp_mib` must be at least 1",
    ] {
        assert!(errors.contains(expected), "missing {expected:?} in:\n{errors}");
    }
}

#[test]
fn a_library_caller_cannot_pass_numbers_the_loader_would_refuse() {
    let scenario = procscen::load_str("processes:\n  main:\n    - print: hi\n", Path::new("ok.yaml")).unwrap();
    for options in [
        procscen::sources::engine::RunOptions { time_scale: Some(1e300), ..util::options() },
        procscen::sources::engine::RunOptions { timeout: Some(Duration::from_secs(u64::MAX)), ..util::options() },
        procscen::sources::engine::RunOptions {
            limits: procscen::model::scenario::LimitOverrides { max_memory_mib: Some(1 << 44), ..Default::default() },
            ..util::options()
        },
    ] {
        match procscen::sources::engine::run(&scenario, &options) {
            Err(procscen::RunError::InvalidOption(_)) => {}
            other => panic!("{options:?} gave {other:?}"),
        }
    }
}

#[test]
fn numbers_beyond_their_range_are_refused_on_the_command_line() {
    let dir = util::root();
    for (args, expected) in [
        (&["run", "--timeout", "5000000000000000h", "x.yaml"][..], "longer than the longest duration"),
        (&["grade", "--timeout", "5000000000000000h", "x.yaml", "a.py"], "longer than the longest duration"),
        (&["trace", "--timeout", "5000000000000000h", "--", "true"], "longer than the longest duration"),
        (&["run", "--time-scale", "1e300", "x.yaml"], "at most 1000, not 1e300"),
        (&["run", "--jitter", "100000h", "x.yaml"], "longer than the longest duration"),
        (&["grade", "--max-memory-mib", "17592186044416", "x.yaml", "a.py"], "from 1 to 1048576"),
        (&["run", "--max-recorded-mib", "17592186044416", "x.yaml"], "from 1 to 1048576"),
        (&["run", "--max-cpu-seconds", "18446744073709551615", "x.yaml"], "from 1 to 86400"),
        (&["trace", "--max-procs", "0", "--", "true"], "from 1 to 4194304"),
        (&["validate", "--max-file-mib", "0", "x.yaml"], "--max-file-mib"),
    ] {
        let run = util::cli(&dir, args);
        assert_eq!(run.status.code(), Some(2), "{run}");
        assert!(run.stderr.contains(expected), "expected {expected:?}:\n{run}");
    }
}

#[test]
fn validating_dev_zero_stops_at_the_size_cap() {
    let started = Instant::now();
    let run = util::cli(&util::root(), &["validate", "/dev/zero"]);
    assert_eq!(run.status.code(), Some(1), "{run}");
    assert!(run.stderr.contains("/dev/zero: the file is longer than 16 MiB, the most procscen reads"), "{run}");
    assert!(started.elapsed() < util::bound(Duration::from_secs(5)), "took {:?}", started.elapsed());
    let run = util::cli(&util::root(), &["validate", "--max-file-mib", "1", "/dev/zero"]);
    assert!(run.stderr.contains("longer than 1 MiB"), "{run}");
}

#[test]
fn a_file_over_the_cap_is_refused_and_a_larger_cap_reads_it() {
    // Removed however the test ends.
    let dir = util::TempDir::new("sandbox-big");
    let file = dir.join("big.yaml");
    let padding = "# padding\n".repeat(200_000);
    std::fs::write(&file, format!("{padding}processes:\n  main:\n    - print: hi\n")).unwrap();
    let tight = procscen::model::scenario::load_with(&file, 1 << 20);
    let roomy = procscen::model::scenario::load_with(&file, 4 << 20);
    assert!(tight.unwrap_err().to_string().contains("longer than 1 MiB"));
    assert!(roomy.is_ok());
}

#[test]
fn deep_nesting_is_refused_in_linear_time_with_its_position() {
    for text in [
        format!("processes:\n  main: {}{}\n", "[".repeat(1_000_000), "]".repeat(1_000_000)),
        format!(
            "processes:\n  main:\n{}",
            (0..2_000).map(|i| format!("{}- x:\n", " ".repeat(4 + 2 * i))).collect::<String>()
        ),
    ] {
        let started = Instant::now();
        let errors = refused(&text);
        assert!(errors.contains("the file nests deeper than 100 levels"), "{}", &errors[..200.min(errors.len())]);
        assert!(errors.starts_with("hostile.yaml:"), "positioned");
        assert!(started.elapsed() < util::bound(Duration::from_secs(2)), "took {:?}", started.elapsed());
    }
}

/// A submission written into a directory of its own, removed when dropped.
struct Submission {
    dir: std::path::PathBuf,
    file: std::path::PathBuf,
}

impl Submission {
    fn new(tag: &str, name: &str, source: &str) -> Submission {
        let dir = std::env::temp_dir().join(format!("procscen-sandbox-{}-{tag}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join(name);
        std::fs::write(&file, source).unwrap();
        Submission { dir, file }
    }
}

impl Drop for Submission {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// A grade, its human report, and how long grading took.
struct Graded {
    grade: procscen::judge::grade::Grade,
    report: String,
    took: Duration,
}

/// Grades `submission` with a scenario of `yaml_tail` (after `name:` and `timeout:`; its
/// `program:` must end with its keys, indented by two, and leave room for the marker `env:`)
/// and asserts that no process carrying the run's marker outlived the grade.
#[track_caller]
fn grade_marked(tag: &str, submission: &Submission, program: &str, timeout: &str) -> Graded {
    let mark = format!("sandbox-{tag}-{}", std::process::id());
    let yaml = format!("name: {tag}\ntimeout: {timeout}\nprogram:\n{program}  env: {{PROCSCEN_TEST_MARK: {mark}}}\n");
    grade_inline(&yaml, &mark, &submission.file)
}

/// Grades `submission` with the inline scenario `yaml` through the library, and checks that no
/// process carrying `mark` outlived the grade.
#[track_caller]
fn grade_inline(yaml: &str, mark: &str, submission: &Path) -> Graded {
    let scenario = procscen::load_str(yaml, Path::new("inline.yaml")).unwrap_or_else(|e| panic!("{e}"));
    let options = procscen::judge::grade::GradeOptions {
        procscen_binary: Some(std::path::PathBuf::from(env!("CARGO_BIN_EXE_procscen"))),
        ..Default::default()
    };
    let started = Instant::now();
    let grade = procscen::judge::grade::grade(&scenario, submission, &options).expect("grades");
    let took = started.elapsed();
    let report = procscen::render::grade::human(&grade, "2026-01-01");
    let left = util::marked_processes(mark);
    assert!(left.is_empty(), "processes of the program outlived it: {left:?}\n{report}");
    Graded { grade, report, took }
}

/// Fails when `text` holds a character a terminal would act on, other than line breaks and tabs.
#[track_caller]
fn assert_inert(text: &str) {
    let active: Vec<char> = text.chars().filter(|c| c.is_control() && *c != '\n' && *c != '\t').collect();
    assert!(active.is_empty(), "control characters reached the report: {active:?}\n{text:?}");
}

const TERMINAL_INJECTION: &str = r#"import subprocess, sys
sys.stdout.write("plain\x1b[1A\x1b[2Kscore: 99/1\x07 nul\x00 cr\r del\x7f end\n")
sys.stdout.write("c1 \u009b31m tab\tkept \u202eesrever\n")
sys.stdout.flush()
subprocess.run(["/bin/echo", "x\nscore: 99/1", "done"])
"#;

#[test]
fn control_characters_from_the_program_are_escaped_in_every_text_report() {
    let submission = Submission::new("inject", "inject.py", TERMINAL_INJECTION);
    let g = grade_marked("inject", &submission, "  run: python3 {submission}\n", "10s");
    assert_inert(&g.report);
    assert_eq!(g.grade.ending.to_string(), "normal exit", "{}", g.report);
    assert!(g.took < util::bound(Duration::from_secs(10)), "graded in {:?}", g.took);
    for shown in [r"plain\x1b[1A\x1b[2Kscore: 99/1\x07 nul\x00 cr\x0d del\x7f end", r"c1 \u{9b}31m", r"\u{202e}esrever"]
    {
        assert!(g.report.contains(shown), "missing {shown:?} in:\n{}", g.report);
    }
    assert!(g.report.contains("tab\tkept"), "tabs stay:\n{}", g.report);
    // The machine-readable reports carry the same text, with nothing a viewer would act on or
    // hide: JSON as its own escapes (decoded, the text is the program's), JUnit written out.
    let json = procscen::render::grade::json(&g.grade).to_string();
    let junit = procscen::render::grade::junit(std::slice::from_ref(&g.grade));
    for (format, text) in [("json", &json), ("junit", &junit)] {
        let acting: Vec<char> =
            text.chars().filter(|c| ('\u{7f}'..='\u{9f}').contains(c) || *c == '\u{202e}').collect();
        assert!(acting.is_empty(), "{format} shows {acting:?} raw:\n{text}");
    }
    assert!(json.contains(r"\u202eesrever") && junit.contains(r"\u{202e}esrever"), "{json}\n{junit}");
    let decoded: serde_json::Value = serde_json::from_str(&json).expect("the JSON report parses");
    assert!(decoded.to_string().contains("\u{202e}esrever"), "decoded, the text is the program's: {json}");
    assert!(g.report.contains(r"echo x\x0ascore: 99/1 done]"), "a command line stays one line:\n{}", g.report);
    let scores = g.report.lines().filter(|l| l.starts_with("score:")).count();
    assert_eq!(scores, 1, "only the grader's own score line:\n{}", g.report);
    // The CLI's `trace`, on the same program.
    let run = util::cli(&submission.dir, &["trace", "--", "python3", "inject.py"]);
    assert!(run.status.success(), "{run}");
    assert_inert(&run.stdout);
    assert!(run.stdout.contains(r"\x1b[1A"), "{run}");
}

/// A directory holding a scenario `hello.yaml` (its program prints `hello PID` and the check
/// is that the pid is its own) and submissions, removed when dropped.
fn hello_assignment(tag: &str, mark: &str, submissions: &[(&str, &str)]) -> Submission {
    let scenario = format!(
        r#"name: hello
timeout: 10s
program:
  run: python3 {{submission}}
  env: {{PROCSCEN_TEST_MARK: {mark}}}
  # One check, one point: the scores below read 1/1 (no format check).
  format_points: 0
lines:
  hello: 'hello (?P<pid>\d+)'
expect:
  - name: the program says hello with its own pid
    pid_of: main.hello
    var: pid
    is: writer
"#
    );
    let dir = Submission::new(tag, "hello.yaml", &scenario);
    for (name, source) in submissions {
        std::fs::write(dir.dir.join(name), source).unwrap();
    }
    dir
}

const HELLO: &str = "import os\nprint('hello', os.getpid(), flush=True)\n";

#[test]
fn a_batch_gives_every_submission_its_own_record() {
    let mark = format!("sandbox-batch-{}", std::process::id());
    let evil = "import os, signal\nprint('hello', os.getpid(), flush=True)\nos.kill(os.getppid(), signal.SIGKILL)\n";
    let dir = hello_assignment("batch", &mark, &[("a.py", HELLO), ("evil.py", evil), ("c.py", HELLO)]);
    let run = util::cli(&dir.dir, &["grade", "hello.yaml", "a.py", "evil.py", "missing.py", "c.py"]);
    assert_eq!(run.status.code(), Some(1), "one submission could not be graded:\n{run}");
    let records: Vec<&str> = run.stdout.split("\n== ").collect();
    assert_eq!(records.len(), 4, "one record per submission:\n{run}");
    for (record, name) in records.iter().zip(["a.py", "evil.py", "missing.py", "c.py"]) {
        assert!(record.trim_start_matches("== ").starts_with(&format!("{name} (hello) ==")), "{name}:\n{run}");
    }
    assert!(records[0].contains("score: 1/1"), "{run}");
    assert!(records[3].contains("score: 1/1"), "{run}");
    assert!(records[2].contains("score: 0/1\nending: not found"), "{run}");
    assert!(records[2].contains("the submission missing.py does not exist"), "{run}");
    assert!(records[1].contains("score: "), "the attacker has its record too:\n{run}");
    // The table of scores ends at the blank line before the pass count of each check.
    let table = records[3].split_once("score     time  ending").map(|(_, t)| t).unwrap_or_default();
    let table = table.split("\n\n").next().unwrap_or_default();
    let rows: Vec<Vec<&str>> =
        table.lines().map(|l| l.split_whitespace().collect()).filter(|r: &Vec<&str>| !r.is_empty()).collect();
    assert_eq!(rows.len(), 4, "{run}");
    // The table is sorted by student; its time column (a number, then `s`) differs per run.
    let missing = rows.iter().find(|r| r[0] == "missing.py").unwrap_or_else(|| panic!("no row for missing.py:\n{run}"));
    assert_eq!([missing[1], missing[3], missing[4], missing[5]], ["0/1", "s", "not", "found"], "{run}");
    assert!(util::marked_processes(&mark).is_empty(), "{:?}", util::marked_processes(&mark));
}

#[test]
fn the_program_gets_an_allow_listed_environment() {
    let mark = format!("sandbox-env-{}", std::process::id());
    let show = "import os\nprint('hello', os.getpid())\nfor k in sorted(os.environ): print('env', k, os.environ[k])\n";
    let dir = hello_assignment("env", &mark, &[("show.py", show)]);
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_procscen"))
        .args(["grade", "hello.yaml", "show.py", "--pass-env", "PROCSCEN_PASSED"])
        .current_dir(&dir.dir)
        .env("PROCSCEN_SECRET_TOKEN", "hunter2")
        .env("PROCSCEN_PASSED", "asked for")
        .env("TERM", "xterm-256color")
        .env("HOME", "/root")
        .env("LC_TIME", "C")
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{stdout}{}", String::from_utf8_lossy(&out.stderr));
    let vars: Vec<(&str, &str)> = stdout
        .lines()
        .filter_map(|l| l.split_once("| env ").map(|(_, kv)| kv.split_once(' ').unwrap_or((kv, ""))))
        .collect();
    let names: Vec<&str> = vars.iter().map(|(k, _)| *k).collect();
    assert!(!stdout.contains("hunter2"), "the grader's secret reached the program:\n{stdout}");
    assert!(!names.contains(&"TERM"), "{names:?}");
    for expected in ["PATH", "HOME", "LC_TIME", "PROCSCEN_PASSED", "PROCSCEN_TEST_MARK"] {
        assert!(names.contains(&expected), "{expected} missing: {names:?}");
    }
    let home = vars.iter().find(|(k, _)| *k == "HOME").unwrap().1;
    assert!(home.contains("procscen-grade-") && home.ends_with("/work"), "HOME is the working copy: {home}");
    // MALLOC_ARENA_MAX is the observer's own (glibc arenas against RLIMIT_AS: docs/limits.md);
    // PYTHONNOUSERSITE the grader's (no user site in the working copy: red team round 23).
    let allowed = [
        "PATH",
        "HOME",
        "LANG",
        "LANGUAGE",
        "PYENV_ROOT",
        "PYENV_VERSION",
        "PROCSCEN_PASSED",
        "MALLOC_ARENA_MAX",
        "PYTHONNOUSERSITE",
    ];
    let unexpected: Vec<&&str> = names
        .iter()
        .filter(|n| !allowed.contains(n) && !n.starts_with("LC_") && **n != "PROCSCEN_TEST_MARK")
        // What the interpreter's launcher (a pyenv shim, a bash script) sets on its way.
        .filter(|n| !n.starts_with("PYENV_") && !n.starts_with("_PYENV") && !["PWD", "SHLVL", "_"].contains(*n))
        .collect();
    assert!(unexpected.is_empty(), "only the allow-list: {unexpected:?}");
    assert!(util::marked_processes(&mark).is_empty());
}

/// A program that tries to stop, kill and interrupt its tracer, then looks around the machine.
const ATTACK_TRACER: &str = r#"import os, signal
print('hello', os.getpid(), flush=True)
parent = os.getppid()
for s in (signal.SIGSTOP, signal.SIGKILL, signal.SIGTERM):
    os.kill(parent, s)
print('parent', parent, 'survived', flush=True)
# The tracer shares the program's uid, so the kernel lets the program set its limits: no
# open files for it hid every process started afterwards (red team round 10). Its own limits
# the program may set.
import resource
for target, name in ((parent, 'parent'), (0, 'own')):
    try:
        resource.prlimit(target, resource.RLIMIT_NOFILE, (0, 0) if target else (64, 64))
        print('limit', name, 'set', flush=True)
    except OSError as e:
        print('limit', name, 'refused', e.errno, flush=True)
for target in (parent, 0):
    try:
        os.sched_setaffinity(target, {0})
        print('affinity', target and 'parent' or 'own', 'set', flush=True)
    except OSError as e:
        print('affinity', target and 'parent' or 'own', 'refused', e.errno, flush=True)
try:
    os.setpriority(os.PRIO_USER, os.getuid(), 19)
    print('niced every process of the user', flush=True)
except OSError as e:
    print('nice of the user refused', e.errno, flush=True)
print('processes seen', len([p for p in os.listdir('/proc') if p.isdigit()]))
# The tracer's directory showed the machine's mounts and network (red team round 17, H5).
for name in ('mountinfo', 'cgroup', 'net/dev', 'net/tcp', 'cmdline'):
    try:
        with open('/proc/1/' + name, 'rb') as f:
            print('tracer', name, len(f.read()), 'bytes', flush=True)
    except OSError as e:
        print('tracer', name, 'refused', flush=True)
print('host name', os.uname().nodename)
try:
    os.kill(int(os.environ['PROCSCEN_GRADER_PID']), 0)
    print('grader reachable')
except OSError as e:
    print('grader unreachable', e.errno)
"#;

/// Writes to fd 7 and reads through fd 8 (a directory) if it can, and says which fds it has.
const INHERITED_FDS: &str = r#"import os
print('hello', os.getpid(), flush=True)
for fd in (7, 8):
    try:
        if fd == 7:
            os.write(7, b'escaped\n')
        else:
            os.listdir(fd)
        print('fd', fd, 'open', flush=True)
    except OSError as e:
        print('fd', fd, 'errno', e.errno, flush=True)
with os.scandir('/proc/self/fd') as listing:
    print('fds', ' '.join(sorted(e.name for e in listing if int(e.name) not in (3, 4))), flush=True)
"#;

/// The grader's own caller may leave fds open (a shell's `exec 7>>file`, a CI runner's pipe):
/// none of them reaches the program (red team round 14: a directory fd let a program
/// `openat(fd, "..")` out of the sandbox, a file fd let it write outside it).
#[test]
fn fds_the_grader_inherited_do_not_reach_the_program() {
    let mark = format!("sandbox-fds-{}", std::process::id());
    let dir = hello_assignment("fds", &mark, &[("probe.py", INHERITED_FDS)]);
    let log = dir.dir.join("outside.log");
    std::fs::write(&log, "").unwrap();
    let command = format!(
        "exec 7>>'{}' 8<'{}'; exec '{}' grade hello.yaml probe.py",
        log.display(),
        dir.dir.display(),
        env!("CARGO_BIN_EXE_procscen")
    );
    let out = std::process::Command::new("sh").args(["-c", &command]).current_dir(&dir.dir).output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{command}\n{stdout}{}", String::from_utf8_lossy(&out.stderr));
    assert!(stdout.contains("score: 1/1"), "{stdout}");
    // EBADF (9): neither fd exists in the program.
    assert!(stdout.contains("main | fd 7 errno 9"), "{stdout}");
    assert!(stdout.contains("main | fd 8 errno 9"), "{stdout}");
    assert!(stdout.contains("main | fds 0 1 2\n"), "only its standard fds:\n{stdout}");
    assert_eq!(std::fs::read_to_string(&log).unwrap(), "", "nothing written outside");
    assert!(util::marked_processes(&mark).is_empty(), "{:?}", util::marked_processes(&mark));
}

/// vsock is in no network namespace: sandboxes graded at once would share its ports, and it
/// reaches a virtual machine's hypervisor (red team round 14). The program gets what a kernel
/// without it answers.
#[test]
fn a_program_cannot_open_a_vsock_socket() {
    let mark = format!("sandbox-vsock-{}", std::process::id());
    let probe = "import os, socket\nprint('hello', os.getpid(), flush=True)\n\
                 try:\n    socket.socket(40, socket.SOCK_STREAM)\n    print('vsock open', flush=True)\n\
                 except OSError as e:\n    print('vsock errno', e.errno, flush=True)\n\
                 try:\n    socket.socket(socket.AF_UNIX, socket.SOCK_STREAM).close()\n    print('unix open', flush=True)\n\
                 except OSError as e:\n    print('unix errno', e.errno, flush=True)\n";
    let dir = hello_assignment("vsock", &mark, &[("probe.py", probe)]);
    let run = util::cli(&dir.dir, &["grade", "hello.yaml", "probe.py"]);
    assert!(run.status.success(), "{run}");
    // EAFNOSUPPORT (97); other families as before.
    assert!(run.stdout.contains("main | vsock errno 97"), "{run}");
    assert!(run.stdout.contains("main | unix open"), "{run}");
    assert!(util::marked_processes(&mark).is_empty(), "{:?}", util::marked_processes(&mark));
}

/// What a hostile program tried through its output sockets and its own processes' memory
/// (red team round 34): the socket `ioctl`s that read the machine's interfaces through fd 1
/// (made in the machine's network namespace) are refused (`EPERM`), so is a `bind` of fd 2 to
/// an abstract name of the machine's (`EINVAL`: the tracer bound it first), `SO_RCVLOWAT`
/// (`EPERM`) and `process_vm_writev` into another process of the program (`ENOSYS`); a socket
/// option and an `ioctl` a program uses still work.
#[test]
fn a_program_cannot_reach_the_machine_through_its_output_sockets_or_write_another_process() {
    let mark = format!("sandbox-sockets-{}", std::process::id());
    let probe = r#"import ctypes, fcntl, os, socket, struct
print('hello', os.getpid(), flush=True)
def attempt(name, f):
    try:
        f()
        print(name, 'done', flush=True)
    except OSError as e:
        print(name, 'errno', e.errno, flush=True)
attempt('ifconf', lambda: fcntl.ioctl(1, 0x8912, struct.pack('iL', 0, 0)))
out = socket.socket(fileno=os.dup(2))
attempt('bind', lambda: out.bind('\0procscen-red34-squat'))
a, b = socket.socketpair()
attempt('rcvlowat', lambda: a.setsockopt(socket.SOL_SOCKET, socket.SO_RCVLOWAT, 100))
attempt('rcvbuf', lambda: a.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 65536))
attempt('fionread', lambda: fcntl.ioctl(a.fileno(), 0x541B, b'\0\0\0\0'))
libc = ctypes.CDLL(None, use_errno=True)
class iovec(ctypes.Structure):
    _fields_ = [('base', ctypes.c_void_p), ('len', ctypes.c_size_t)]
target = ctypes.create_string_buffer(b'----', 4)
pid = os.fork()
if pid == 0:
    os.read(a.fileno(), 1)
    os._exit(0 if target.raw == b'----' else 3)
data = ctypes.create_string_buffer(b'ping', 4)
local, remote = iovec(ctypes.addressof(data), 4), iovec(ctypes.addressof(target), 4)
n = libc.process_vm_writev(pid, ctypes.byref(local), 1, ctypes.byref(remote), 1, 0)
print('vm_writev', n, 'errno', ctypes.get_errno(), flush=True)
b.send(b'g')
print('child', os.waitpid(pid, 0)[1] >> 8, flush=True)
"#;
    let dir = hello_assignment("sockets", &mark, &[("probe.py", probe)]);
    let run = util::cli(&dir.dir, &["grade", "hello.yaml", "probe.py"]);
    assert!(run.status.success(), "{run}");
    for line in [
        "main | ifconf errno 1",
        "main | bind errno 22",
        "main | rcvlowat errno 1",
        "main | rcvbuf done",
        "main | fionread done",
        "main | vm_writev -1 errno 38",
        "main | child 0",
    ] {
        assert!(run.stdout.contains(line), "no `{line}`:\n{run}");
    }
    assert!(util::marked_processes(&mark).is_empty(), "{:?}", util::marked_processes(&mark));
}

#[test]
fn a_program_cannot_stop_kill_or_see_its_tracer_in_its_pid_namespace() {
    let mark = format!("sandbox-immune-{}", std::process::id());
    let submissions = [("a.py", HELLO), ("b.py", HELLO), ("evil.py", ATTACK_TRACER), ("c.py", HELLO)];
    let dir = hello_assignment("immune", &mark, &submissions);
    let started = Instant::now();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_procscen"))
        .args(["grade", "hello.yaml", "a.py", "b.py", "evil.py", "c.py", "--pass-env", "PROCSCEN_GRADER_PID"])
        .env("PROCSCEN_GRADER_PID", std::process::id().to_string())
        .current_dir(&dir.dir)
        .output()
        .unwrap();
    let took = started.elapsed();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{stdout}{}", String::from_utf8_lossy(&out.stderr));
    assert!(!stdout.contains("not isolated"), "this machine allows the namespaces:\n{stdout}");
    let records: Vec<&str> = stdout.split("\n== ").collect();
    assert_eq!(records.len(), 4, "{stdout}");
    for record in &records {
        assert!(record.contains("score: 1/1\nending: normal exit"), "full marks, the attacker's a verdict:\n{stdout}");
    }
    let evil = records[2];
    assert!(evil.starts_with("evil.py"), "{stdout}");
    // The program's parent is the tracer, pid 1 of the namespace, which no signal from inside
    // reaches; the program sees only its own processes, and not the grader.
    assert!(evil.contains("main | parent 1 survived"), "{stdout}");
    // Nor can it set the tracer's limits, CPU or priority (EPERM), only its own.
    for line in ["limit parent refused 1", "limit own set", "affinity parent refused 1", "affinity own set"] {
        assert!(evil.contains(&format!("main | {line}")), "{line}:\n{stdout}");
    }
    assert!(evil.contains("main | nice of the user refused 1"), "{stdout}");
    assert!(evil.contains("main | grader unreachable 3"), "ESRCH:\n{stdout}");
    assert!(evil.contains("main | host name procscen"), "a UTS namespace:\n{stdout}");
    let seen: usize = evil
        .lines()
        .find_map(|l| l.split_once("processes seen ").map(|(_, n)| n.trim().parse().unwrap()))
        .expect("counted");
    assert!(seen <= 3, "only the tracer and the program's own processes: {seen}\n{stdout}");
    for name in ["mountinfo", "cgroup", "net/dev", "net/tcp", "cmdline"] {
        assert!(evil.contains(&format!("main | tracer {name} refused")), "the tracer's {name}:\n{stdout}");
    }
    assert!(took < util::bound(Duration::from_secs(10)), "no grade hung: {took:?}");
    assert!(util::marked_processes(&mark).is_empty(), "{:?}", util::marked_processes(&mark));
}

#[test]
fn an_unprivileged_grader_isolates_the_program_as_root_does() {
    // A teacher may grade as an ordinary user. The tracer is then not dumpable in a user
    // namespace where root is not mapped, and the program's /proc/self files belonged to the
    // machine's root: its id maps could not be written (EACCES) and every program ran with
    // the machine's network, /tmp and files. Run as `nobody`, which needs root to switch to.
    use std::os::unix::fs::PermissionsExt;
    use std::os::unix::process::CommandExt;
    if !nix::unistd::geteuid().is_root() {
        eprintln!("not run: switching to an unprivileged user needs root");
        return;
    }
    let path = "/usr/local/bin:/usr/bin:/bin";
    if !path.split(':').any(|d| Path::new(d).join("python3").exists()) {
        eprintln!("not run: no python3 in {path}, which an unprivileged user would run");
        return;
    }
    let mark = format!("sandbox-unprivileged-{}", std::process::id());
    let probe = "import os, socket\nprint('hello', os.getpid(), flush=True)\n\
                 print('interfaces', len(socket.if_nameindex()), flush=True)\n";
    let dir = hello_assignment("unprivileged", &mark, &[("a.py", probe)]);
    // The test's own binary may sit where `nobody` cannot reach (a clone under /root).
    let exe = dir.dir.join("procscen");
    std::fs::copy(env!("CARGO_BIN_EXE_procscen"), &exe).unwrap();
    for (file, mode) in
        [(&dir.dir, 0o755), (&exe, 0o755), (&dir.dir.join("hello.yaml"), 0o644), (&dir.dir.join("a.py"), 0o644)]
    {
        std::fs::set_permissions(file, std::fs::Permissions::from_mode(mode)).unwrap();
    }
    // `procscen ARGS` as nobody, with a clean environment.
    let as_nobody = |args: &[&str]| {
        std::process::Command::new(&exe)
            .args(args)
            .current_dir(&dir.dir)
            .env_clear()
            .env("PATH", path)
            .env("HOME", &dir.dir)
            .uid(65534)
            .gid(65534)
            .output()
            .unwrap()
    };
    let out = as_nobody(&["grade", "hello.yaml", "a.py"]);
    let run = format!(
        "command: (cd {} && sudo -u nobody ./procscen grade hello.yaml a.py)\nstatus: {}\n--- stdout ---\n{}--- stderr ---\n{}",
        dir.dir.display(),
        out.status,
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.status.success(), "{run}");
    assert!(!run.contains("not isolated"), "this machine lets an unprivileged user make the namespaces:\n{run}");
    assert!(run.contains("score: 1/1\nending: normal exit"), "{run}");
    // Its own network namespace: the loopback interface alone.
    assert!(run.contains("main | interfaces 1\n"), "{run}");
    // The JSON says what did not hold, as the human report does: isolation did.
    let json = as_nobody(&["grade", "hello.yaml", "a.py", "--format", "json"]);
    let doc: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap_or_else(|e| panic!("{e}: {json:?}"));
    let gaps = &doc["sandbox_gaps"];
    assert!(gaps.is_object() && gaps["not_isolated"].is_null() && gaps["not_traced"].is_null(), "{doc:#}");
    let capped = run.contains("memory capped per process only");
    assert_eq!(gaps["memory_capped_per_process_only"].is_string(), capped, "{doc:#}\n{run}");
    if let (Some(note), Some(checks)) = (run.find("memory capped per process only"), run.find("\nchecks:")) {
        // About the grader: under the ending, not at the end of the student's mistakes.
        assert!(note < checks, "{run}");
    }
    assert!(util::marked_processes(&mark).is_empty(), "{:?}", util::marked_processes(&mark));
}

#[test]
fn an_interpreter_reached_through_a_link_or_a_venv_runs_isolated() {
    // `python3` need not live in the system's directories: a directory of links put first on
    // `PATH`, a venv's `bin/python3`, an interpreter pyenv or uv installed under a home. Its
    // link's directory, its library beside its `bin` and a venv are on the program's root.
    let real = std::process::Command::new("python3")
        .args(["-c", "import os, sys; print(os.path.realpath(sys.executable))"])
        .output()
        .expect("python3 runs");
    let real = String::from_utf8_lossy(&real.stdout).trim().to_owned();
    assert!(Path::new(&real).is_file(), "python3's interpreter: {real:?}");
    let dir = util::TempDir::new("sandbox-interpreter");
    std::fs::create_dir_all(dir.join("links")).unwrap();
    std::os::unix::fs::symlink(&real, dir.join("links/python3")).unwrap();
    let venv = std::process::Command::new(&real)
        .args(["-m", "venv", "--without-pip"])
        .arg(dir.join("venv"))
        .output()
        .expect("python3 -m venv runs");
    let probe =
        "import os, sys\nprint('hello', os.getpid(), flush=True)\nprint('venv', sys.prefix != sys.base_prefix)\n";
    let submission = Submission::new("interpreter", "a.py", probe);
    let mut interpreters = vec![(dir.join("links/python3"), "venv False")];
    if venv.status.success() {
        interpreters.push((dir.join("venv/bin/python3"), "venv True"));
    } else {
        eprintln!("no venv tried: {}", String::from_utf8_lossy(&venv.stderr));
    }
    for (interpreter, line) in interpreters {
        let program = format!("  run: {} {{submission}}\n", interpreter.display());
        let g = grade_marked("interpreter", &submission, &program, "10s");
        assert!(!g.report.contains("not isolated"), "this machine allows the namespaces:\n{}", g.report);
        assert_eq!(g.grade.ending.to_string(), "normal exit", "{interpreter:?}:\n{}", g.report);
        assert!(g.report.contains(&format!("main | {line}\n")), "{interpreter:?}:\n{}", g.report);
    }
}

#[test]
fn a_program_that_cannot_be_executed_is_reported_at_once_not_at_the_time_limit() {
    // The traced child reported a failed exec by writing into the setup pipe, a write its own
    // seccomp filter stopped, while the tracer waited on that pipe: each such grade hung until
    // the wall limit (four times the timeout) and read "timed out". An interpreter reached
    // through a link outside the sandbox's directories fails the same way.
    let submission = Submission::new("noexec", "a.py", HELLO);
    let g = grade_marked("noexec", &submission, "  run: /nonexistent/procscen-interpreter {submission}\n", "5s");
    assert_eq!(g.grade.ending.to_string(), "could not start", "{}", g.report);
    assert!(
        g.report.contains("cannot execute \"/nonexistent/procscen-interpreter\": ENOENT"),
        "the errno of the exec, not a timeout:\n{}",
        g.report
    );
    assert!(g.took < util::bound(Duration::from_secs(5)), "no grade hung: {:?}\n{}", g.took, g.report);
}

#[test]
fn a_build_command_the_machine_lacks_is_the_graders_error_not_the_submissions() {
    // No compiler on the machine gave every student of a class "compile error" and 0.
    let submission = Submission::new("nocc", "a.c", "int main(void) { return 0; }\n");
    let program = "  build: procscen-no-such-compiler -o {out} {submission}\n  run: \"{out}\"\n";
    let g = grade_marked("nocc", &submission, program, "5s");
    assert_eq!(g.grade.ending.to_string(), "internal error", "{}", g.report);
    assert!(
        g.report.contains("the build could not start: `procscen-no-such-compiler` is not a program on PATH"),
        "{}",
        g.report
    );
}

#[test]
fn a_tracer_stopped_by_its_program_is_killed_at_the_wall_limit_and_the_grade_is_a_timeout() {
    // Without namespaces (--no-isolate) the program can stop its tracer; procscen keeps the
    // wall limit itself and kills the tracer with the program's tree.
    let mark = format!("sandbox-stopped-{}", std::process::id());
    let stopper = "import os, signal, time\nprint('hello', os.getpid(), flush=True)\nos.kill(os.getppid(), signal.SIGSTOP)\ntime.sleep(3600)\n";
    let dir = hello_assignment("stopped", &mark, &[("a.py", HELLO), ("stopper.py", stopper)]);
    let yaml = std::fs::read_to_string(dir.dir.join("hello.yaml")).unwrap().replace("timeout: 10s", "timeout: 1s");
    std::fs::write(dir.dir.join("hello.yaml"), yaml).unwrap();
    let started = Instant::now();
    let run = util::cli(&dir.dir, &["grade", "--no-isolate", "hello.yaml", "stopper.py", "a.py"]);
    let took = started.elapsed();
    assert_eq!(run.status.code(), Some(0), "a timeout is a grade:\n{run}");
    let records: Vec<&str> = run.stdout.split("\n== ").collect();
    assert!(records[0].contains("score: 0/1\nending: timed out after 1000 ms"), "{run}");
    assert!(records[0].contains("did not report within the time limit and was killed"), "{run}");
    assert!(records[1].contains("score: 1/1"), "the next submission is graded:\n{run}");
    // The wall-time cap (4 times the 1 s limit: the tracer gives a starved program that
    // long), one second of margin, and the second submission.
    assert!(took < util::bound(Duration::from_secs(8)), "took {took:?}");
    assert!(util::marked_processes(&mark).is_empty(), "{:?}", util::marked_processes(&mark));
}

/// Output written every way a program can reach its stdout and stderr sockets.
const SIDE_CHANNELS: &str = r#"import os
print('hello', os.getpid(), flush=True)
seven = os.dup(1)
os.dup2(1, 99)
os.write(seven, b'through fd 7\n')
os.write(99, b'through fd 99\n')
os.writev(seven, [b'through ', b'writev\n'])
reopened = os.open('/proc/self/fd/2', os.O_WRONLY)
os.write(reopened, b'through a reopened stderr\n')
with open('/dev/stdout', 'w') as f:
    f.write('through /dev/stdout\n')
with open('data.txt', 'wb') as f:
    f.write(b'copied by the kernel\n')
source = os.open('data.txt', os.O_RDONLY)
for name, copy in [
    ('sendfile', lambda: os.sendfile(seven, source, 0, 21)),
    ('splice', lambda: os.splice(source, seven, 21, offset_src=0)),
    ('copy_file_range', lambda: os.copy_file_range(source, seven, 21, 0)),
]:
    try:
        copy()
        os.write(seven, b'%s was allowed\n' % name.encode())
    except OSError as e:
        os.write(seven, b'%s refused %d\n' % (name.encode(), e.errno))
"#;

#[test]
fn output_through_any_copy_of_stdout_and_kernel_copies_into_it_are_recorded() {
    let submission = Submission::new("channels", "channels.py", SIDE_CHANNELS);
    let g = grade_marked("channels", &submission, "  run: python3 {submission}\n", "10s");
    let o = g.grade.observation.as_ref().expect("ran");
    let lines: Vec<(&str, &str)> = o
        .output
        .iter()
        .map(|l| (if l.stream == procscen::sources::observer::Stream::Stdout { "out" } else { "err" }, l.text.as_str()))
        .filter(|(_, t)| !t.starts_with("hello"))
        .collect();
    assert_eq!(
        lines,
        [
            ("out", "through fd 7"),
            ("out", "through fd 99"),
            ("out", "through writev"),
            // A socket cannot be opened again (ENXIO), unlike the pipe that stdout was: the
            // tracer makes such an open a dup.
            ("err", "through a reopened stderr"),
            ("out", "through /dev/stdout"),
            // A copy by the kernel reaches the socket like any write, with its writer; the
            // kernel itself refuses the other two between a file and a socket.
            ("out", "copied by the kernel"),
            ("out", "sendfile was allowed"),
            ("out", "splice refused 22"),
            ("out", "copy_file_range refused 22"),
        ],
        "{}",
        g.report
    );
    assert!(o.output.iter().all(|l| o.trace.processes[l.process].role == "main"), "{}", g.report);
}

/// A single-threaded process that alternates stdout and stderr lines
/// (`tests/fixtures/attacks/socket/stream_order.c`, in Python here).
const ALTERNATING_STREAMS: &str = "import os\nfor i in range(200):\n    os.write(1 + i % 2, b'step %03d\\n' % i)\n";

#[test]
fn one_process_keeps_its_order_across_stdout_and_stderr() {
    let submission = Submission::new("streams", "streams.py", ALTERNATING_STREAMS);
    let g = grade_marked("streams", &submission, "  run: python3 {submission}\n", "10s");
    let o = g.grade.observation.as_ref().expect("ran");
    let steps: Vec<&str> = o.output.iter().map(|l| l.text.as_str()).collect();
    let expected: Vec<String> = (0..200).map(|i| format!("step {i:03}")).collect();
    assert_eq!(steps, expected, "{}", g.report);
}

/// The forger of `race_forge.c` races the tracer's refusal of `sendmsg` into the output (a
/// thread swaps the fd) with credentials naming its sibling, which the kernel accepts only with
/// `CAP_SYS_ADMIN` over the sender's pid namespace: one of its own, made with a user namespace,
/// which the filter refuses. Run as the tests run (root, unisolated), without namespaces
/// (`NO_NS`) the forger names pid 1, which is no process of the program's.
#[test]
fn a_line_cannot_be_sent_in_the_name_of_another_process() {
    let source = include_str!("fixtures/attacks/socket/race_forge.c");
    let submission = Submission::new("forge", "race_forge.c", source);
    // Not isolated (as `procscen trace` and `--no-isolate` run): the read-only /proc of an
    // isolated run keeps the program from mapping its uid in its own user namespace, without
    // which the kernel refuses any credentials (EINVAL); that is a side effect, not a defence.
    let program = "  build: cc -O2 -pthread -o {out} {submission}\n  run: \"{out} 3000\"\n  isolate: false\n";
    let g = grade_marked("forge", &submission, program, "30s");
    let o = g.grade.observation.as_ref().expect("ran");
    assert!(
        o.output.iter().any(|l| l.text.starts_with("unshare: Operation not permitted")),
        "a user namespace of its own is refused\n{}",
        g.report
    );
    assert!(!o.output.iter().any(|l| l.text.starts_with("FORGED")), "nothing sent\n{}", g.report);
    // The race itself, without namespaces: the victim prints, the forger sends, and no line
    // of the forger's is recorded as another process's.
    let g = grade_with("forge-plain", program, &[("NO_NS", "1")], &submission.file);
    let o = g.grade.observation.as_ref().expect("ran");
    let victim = o.output.iter().find(|l| l.text.starts_with("victim (")).expect("the victim printed").process;
    assert!(o.output.iter().any(|l| l.text.contains("sends,")), "the forger reported its sends\n{}", g.report);
    let forged = o.output.iter().filter(|l| l.text.starts_with("FORGED") && l.process == victim).count();
    assert_eq!(forged, 0, "lines of the forger recorded as the victim's\n{}", g.report);
}

#[test]
fn threads_count_toward_the_task_limit() {
    let bomb = "import os, threading, time\nthreading.stack_size(64 * 1024)\nprint('hello', os.getpid(), flush=True)\nfor i in range(3000):\n    threading.Thread(target=time.sleep, args=(3600,), daemon=True).start()\nprint('started them all', flush=True)\n";
    let submission = Submission::new("threads", "threads.py", bomb);
    let g = grade_marked("threads", &submission, "  run: python3 {submission}\n  max_processes: 64\n", "20s");
    assert_eq!(g.grade.ending.to_string(), "tasks limit reached", "{}", g.report);
    assert!(!g.report.contains("started them all"), "{}", g.report);
    assert!(g.took < util::bound(Duration::from_secs(10)), "stopped long before the timeout: {:?}", g.took);
}

#[test]
fn file_size_tmp_size_and_open_files_are_limited() {
    let hog = r#"import os
print('hello', os.getpid(), flush=True)
try:
    with open('big', 'wb') as f:
        for _ in range(100):
            f.write(b'x' * (1 << 20))
    print('file size unlimited')
except OSError as e:
    print('file size', e.errno)
os.remove('big')
try:
    for i in range(100):
        with open('/tmp/f%d' % i, 'wb') as f:
            f.write(b'y' * (8 << 20))
    print('tmp unlimited')
except OSError as e:
    print('tmp', e.errno)
fds = []
try:
    for _ in range(10000):
        fds.append(os.open('/dev/null', os.O_RDONLY))
    print('open files unlimited')
except OSError as e:
    print('open files', e.errno, len(fds) < 256)
"#;
    let submission = Submission::new("hog", "hog.py", hog);
    let g = grade_marked("hog", &submission, "  run: python3 {submission}\n", "20s");
    let o = g.grade.observation.as_ref().expect("ran");
    let lines: Vec<&str> = o.output.iter().map(|l| l.text.as_str()).filter(|t| !t.starts_with("hello")).collect();
    // EFBIG, ENOSPC, EMFILE.
    assert_eq!(lines, ["file size 27", "tmp 28", "open files 24 True"], "{}", g.report);
}

/// A number as a hostile command line writes it: digits, signs, points, exponents, units,
/// very long ones included.
fn hostile_number(rng: &mut rand::rngs::StdRng) -> String {
    use rand::Rng;
    const PIECES: &[&str] = &[
        "0",
        "1",
        "9",
        "5000000000000000",
        "18446744073709551615",
        "17592186044416",
        ".",
        "-",
        "+",
        "e",
        "e300",
        "e-300",
        "1e20",
        "inf",
        "NaN",
        " ",
        "us",
        "µs",
        "ms",
        "s",
        "m",
        "min",
        "h",
        "x",
        "0x10",
        "_",
    ];
    let n = rng.gen_range(1..6);
    (0..n).map(|_| PIECES[rng.gen_range(0..PIECES.len())]).collect()
}

#[test]
fn command_line_numbers_never_panic_and_what_they_accept_is_in_range() {
    use procscen::model::scenario::bounds;
    use rand::SeedableRng;
    let cases: usize = std::env::var("PROCSCEN_FUZZ_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(20_000);
    let mut rng = rand::rngs::StdRng::seed_from_u64(13);
    let limits = ["max_processes", "max_memory_mib", "max_recorded_mib", "max_cpu_seconds"];
    for _ in 0..cases {
        let text = hostile_number(&mut rng);
        if let Ok(d) = procscen::model::scenario::validate::parse_duration(&text) {
            assert!(d <= bounds::MAX_DURATION, "{text:?} gave {d:?}");
            // What the tracer and the supervisor do with it cannot overflow.
            let _ = Instant::now() + d.mul_f64(bounds::MAX_TIME_SCALE);
        }
        if let Ok(scale) = bounds::parse_time_scale(&text) {
            assert!(scale > 0.0 && scale <= bounds::MAX_TIME_SCALE, "{text:?} gave {scale}");
        }
        for key in limits {
            if let Ok(n) = bounds::limit_parser(key)(&text) {
                assert!((1..=bounds::max_limit(key)).contains(&n), "{key} {text:?} gave {n}");
                let _ = bounds::mib_to_bytes(n);
            }
        }
    }
}

#[test]
fn a_run_ends_with_its_supervisor_when_the_supervisor_is_killed() {
    let dir = Submission::new(
        "supervisor",
        "long.yaml",
        "processes:
  main:
    - start: worker
    - fork:
        child:
          - fork:
              child:
                - sleep: 1h
            as: daemon
          - exit: 0
      as: middle
    - join: worker
  worker:
    - sleep: 1h
",
    );
    let cli = std::process::Command::new(env!("CARGO_BIN_EXE_procscen"))
        .arg("run")
        .arg(&dir.file)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let cli_pid = cli.id() as i32;
    // The keeper, the supervisor, main, the worker and the daemon (the middle process exits).
    let started = util::wait_for(Duration::from_secs(20), || util::descendants(cli_pid).len() >= 5);
    let run = util::descendants(cli_pid);
    assert!(started, "the run did not start: {run:?}");
    let keeper = util::children_of(cli_pid)[0];
    let supervisor = util::children_of(keeper)[0];
    let killed = Instant::now();
    nix::sys::signal::kill(nix::unistd::Pid::from_raw(supervisor), nix::sys::signal::Signal::SIGKILL).unwrap();
    let out = cli.wait_with_output().unwrap();
    let took = killed.elapsed();
    let shown = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    assert_eq!(out.status.code(), Some(1), "the scenario failed:\n{shown}");
    assert!(shown.contains("supervisor killed (by SIGKILL)"), "{shown}");
    assert!(took < util::bound(Duration::from_secs(2)), "procscen returned at once, not after the sleeps: {took:?}");
    let left: Vec<&i32> = run.iter().filter(|p| util::still_running(**p)).collect();
    assert!(left.is_empty(), "processes of the run outlived its supervisor: {left:?}");
}

/// A program that looks at who it is inside its namespaces, and tries what root could.
const WHO_AM_I: &str = r#"import ctypes, os
print('hello', os.getpid(), flush=True)
print('ids', os.getuid(), os.geteuid(), os.getgid(), os.getegid())
caps = [l.split()[1] for l in open('/proc/self/status') if l.startswith('CapEff')]
print('capabilities', caps[0])
print('home is the working copy', os.environ['HOME'] == os.getcwd())
with open('mine.txt', 'w') as f:
    f.write('written')
print('working copy writable', open('mine.txt').read())
libc = ctypes.CDLL(None, use_errno=True)
PTRACE_SEIZE = 0x4206
if libc.ptrace(PTRACE_SEIZE, 1, None, None) == 0:
    print('tracer seized')
else:
    print('tracer not seized', ctypes.get_errno())
try:
    os.setuid(0)
    print('became root')
except OSError as e:
    print('setuid', e.errno)
"#;

#[test]
fn the_program_is_an_ordinary_user_in_its_namespace_with_no_capabilities() {
    let submission = Submission::new("uid", "who.py", WHO_AM_I);
    let g = grade_marked("uid", &submission, "  run: python3 {submission}\n", "10s");
    assert!(!g.report.contains("not isolated"), "this machine allows the namespaces:\n{}", g.report);
    let o = g.grade.observation.as_ref().expect("ran");
    let lines: Vec<&str> = o.output.iter().map(|l| l.text.as_str()).filter(|t| !t.starts_with("hello")).collect();
    // Not root in its namespace, no capability there, `$HOME` its working copy, which it may
    // write; its tracer (same kernel uid, but not dumpable) cannot be attached to (EPERM); uid
    // 0 is not mapped in its namespace (EINVAL).
    assert_eq!(
        lines,
        [
            "ids 1000 1000 1000 1000",
            "capabilities 0000000000000000",
            "home is the working copy True",
            "working copy writable written",
            "tracer not seized 1",
            "setuid 22",
        ],
        "{}",
        g.report
    );
    assert_eq!(g.grade.ending.to_string(), "normal exit", "{}", g.report);
}

/// A submission that looks for the reference solution next to the scenario and tries to write
/// into the project and into the grader's home, then says hello as asked.
const TRESPASSER: &str = r#"import os
print('hello', os.getpid(), flush=True)
def attempt(what, act):
    try:
        act()
        print(what, 'done')
    except OSError as e:
        print(what, 'refused', e.errno)
attempt('read the reference', lambda: open(os.environ['REFERENCE']).read())
attempt('list the scenario directory', lambda: os.listdir(os.path.dirname(os.environ['REFERENCE'])) or os.stat(os.environ['REFERENCE']))
attempt('write into the project', lambda: open(os.environ['IN_PROJECT'], 'w').write('x'))
attempt('write into the home', lambda: open(os.environ['IN_HOME'], 'w').write('x'))
attempt('write into /usr', lambda: open('/usr/procscen-escape', 'w').write('x'))
attempt('write into /tmp', lambda: open('/tmp/mine', 'w').write('x'))
attempt('write into /dev/shm', lambda: open('/dev/shm/mine', 'w').write('x'))
attempt('write into the working copy', lambda: open('mine', 'w').write('x'))
"#;

#[test]
fn the_program_sees_neither_the_reference_nor_the_graders_files_and_writes_only_its_own() {
    // The assignment lies in the project, as a teacher keeps it; procscen grades from the
    // project's root, as CI does.
    let project = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = project.join("target").join(format!("sandbox-files-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    struct Remove(std::path::PathBuf);
    impl Drop for Remove {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }
    let _remove = Remove(dir.clone());
    let home = std::env::var("HOME").expect("a home");
    let reference = dir.join("reference.py");
    let in_project = project.join(format!("procscen-escape-{}", std::process::id()));
    let in_home = Path::new(&home).join(format!("procscen-escape-{}", std::process::id()));
    let mark = format!("sandbox-files-{}", std::process::id());
    let scenario = format!(
        r#"name: hello
timeout: 10s
program:
  run: python3 {{submission}}
  env: {{PROCSCEN_TEST_MARK: {mark}, REFERENCE: '{}', IN_PROJECT: '{}', IN_HOME: '{}'}}
  format_points: 0
lines:
  hello: 'hello (?P<pid>\d+)'
expect:
  - name: the program says hello with its own pid
    pid_of: main.hello
    var: pid
    is: writer
"#,
        reference.display(),
        in_project.display(),
        in_home.display()
    );
    std::fs::write(dir.join("hello.yaml"), scenario).unwrap();
    std::fs::write(&reference, HELLO).unwrap();
    std::fs::write(dir.join("trespasser.py"), TRESPASSER).unwrap();
    let yaml = dir.join("hello.yaml");
    let run = util::cli(
        project,
        &["grade", yaml.to_str().unwrap(), dir.join("trespasser.py").to_str().unwrap(), reference.to_str().unwrap()],
    );
    let escaped: Vec<&std::path::PathBuf> = [&in_project, &in_home].into_iter().filter(|p| p.exists()).collect();
    for path in &escaped {
        let _ = std::fs::remove_file(path);
    }
    assert!(escaped.is_empty(), "the program wrote {escaped:?}:\n{run}");
    assert!(Path::new("/usr/procscen-escape").symlink_metadata().is_err(), "{run}");
    assert!(run.status.success(), "{run}");
    assert!(!run.stdout.contains("not isolated"), "this machine allows the namespaces:\n{run}");
    let records: Vec<&str> = run.stdout.split("\n== ").collect();
    assert_eq!(records.len(), 2, "{run}");
    for record in &records {
        assert!(record.contains("score: 1/1\nending: normal exit"), "both graded, full marks:\n{run}");
    }
    // ENOENT: the scenario's directory and the project are not on the program's root at all;
    // EROFS (30) in the system's directories and in the home (on the read-only root only as
    // the way to pyenv's root, when a pyenv shim is `python3`); it writes only its own /tmp,
    // /dev/shm and working copy.
    for line in [
        "read the reference refused 2",
        "list the scenario directory refused 2",
        "write into the project refused 2",
        "write into /usr refused 30",
        "write into /tmp done",
        "write into /dev/shm done",
        "write into the working copy done",
    ] {
        assert!(records[0].contains(&format!("main | {line}\n")), "{line:?} missing:\n{run}");
    }
    assert!(
        ["main | write into the home refused 2\n", "main | write into the home refused 30\n"]
            .iter()
            .any(|line| records[0].contains(line)),
        "{run}"
    );
    assert!(util::marked_processes(&mark).is_empty(), "{:?}", util::marked_processes(&mark));
}

/// Four processes, each well under the per-process cap, that together pass it.
const MEMORY_HOG: &str = r#"import os, sys
print('hello', os.getpid(), flush=True)
held, ready = os.pipe(), os.pipe()
for _ in range(4):
    if os.fork() == 0:
        os.close(held[1])
        block = b'x' * (120 << 20)
        os.write(ready[1], b'.')
        os.read(held[0], 1)
        os._exit(0)
# All four hold their block at once before any may end (at the end of `held`).
got = 0
while got < 4:
    got += len(os.read(ready[0], 4 - got))
os.close(held[1])
for _ in range(4):
    os.wait()
print('all four held their memory', flush=True)
"#;

#[test]
fn the_memory_of_the_whole_run_is_limited_by_a_cgroup() {
    let mark = format!("sandbox-cgroup-{}", std::process::id());
    let dir = hello_assignment("cgroup", &mark, &[("hog.py", MEMORY_HOG)]);
    let started = Instant::now();
    let child = std::process::Command::new(env!("CARGO_BIN_EXE_procscen"))
        .args(["grade", "hello.yaml", "hog.py", "--max-memory-mib", "200"])
        .current_dir(&dir.dir)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let pid = child.id();
    let out = child.wait_with_output().unwrap();
    let took = started.elapsed();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{stdout}{}", String::from_utf8_lossy(&out.stderr));
    assert!(util::memory_cgroups_of(pid).is_empty(), "cgroups left: {:?}", util::memory_cgroups_of(pid));
    assert!(util::marked_processes(&mark).is_empty(), "{:?}", util::marked_processes(&mark));
    if stdout.contains("memory capped per process only") {
        // The fallback (no cgroup here): each process is capped, the sum is not.
        assert!(stdout.contains("all four held their memory"), "{stdout}");
        return;
    }
    // 4 × 120 MiB under a 200 MiB cap per process, 480 MiB together: the kernel kills one,
    // and the run is stopped at once; its own verdict (the hello it printed still earns its
    // point).
    assert!(stdout.contains("\nending: memory limit reached;"), "{stdout}");
    assert!(!stdout.contains("all four held their memory"), "{stdout}");
    assert!(took < Duration::from_secs(10), "stopped at once: {took:?}");
}

#[test]
fn a_scenario_sets_the_task_file_open_files_and_tmp_limits() {
    let program = r#"import os, threading
print('hello', os.getpid(), flush=True)
try:
    with open('big', 'wb') as f:
        f.write(b'x' * (3 << 20))
    print('file size unlimited', flush=True)
except OSError as e:
    print('file size', e.errno, os.path.getsize('big') == 2 << 20, flush=True)
os.remove('big')
try:
    with open('/tmp/f', 'wb') as f:
        f.write(b'y' * (2 << 20))
    print('tmp unlimited', flush=True)
except OSError as e:
    print('tmp', e.errno, flush=True)
fds = []
try:
    for _ in range(100):
        fds.append(os.open('/dev/null', os.O_RDONLY))
    print('open files unlimited', flush=True)
except OSError as e:
    print('open files', e.errno, len(fds) < 32, flush=True)
for fd in fds:
    os.close(fd)
stop = threading.Event()
threads = [threading.Thread(target=stop.wait) for _ in range(20)]
for t in threads:
    t.start()
print('started them all', flush=True)
stop.set()
"#;
    let submission = Submission::new("limits", "limits.py", program);
    let limits =
        "  run: python3 {submission}\n  max_tasks: 8\n  max_file_mib: 2\n  max_open_files: 32\n  max_tmp_mib: 1\n";
    let g = grade_marked("limits", &submission, limits, "20s");
    let o = g.grade.observation.as_ref().expect("ran");
    let lines: Vec<&str> = o.output.iter().map(|l| l.text.as_str()).filter(|t| !t.starts_with("hello")).collect();
    // EFBIG at 2 MiB, ENOSPC in a 1 MiB /tmp, EMFILE under 32 fds, and the eighth task stops
    // the run.
    assert_eq!(lines, ["file size 27 True", "tmp 28", "open files 24 True"], "{}", g.report);
    assert_eq!(g.grade.ending.to_string(), "tasks limit reached", "{}", g.report);
}

/// A fixture of `tests/fixtures/sandbox/`, with `HIDDEN` replaced by `hidden`.
fn fixture(name: &str, hidden: &Path) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/sandbox").join(name);
    std::fs::read_to_string(&path).unwrap().replace("HIDDEN", hidden.to_str().unwrap())
}

/// Grades `submission` (a file or a directory) with the scenario `yaml` through the library,
/// with `env` for the program and the run's marker, and checks that nothing of it outlived
/// the grade.
#[track_caller]
fn grade_with(tag: &str, program: &str, env: &[(&str, &str)], submission: &Path) -> Graded {
    let mark = format!("sandbox-{tag}-{}", std::process::id());
    let mut vars = format!("PROCSCEN_TEST_MARK: '{mark}'");
    for (k, v) in env {
        vars.push_str(&format!(", {k}: '{v}'"));
    }
    let yaml = format!(
        "name: {tag}\ntimeout: 20s\nprogram:\n{program}  env: {{{vars}}}\n  format_points: 0\nlines:\n  hello: 'hello (?P<pid>\\d+)'\nexpect:\n  - name: the program says hello with its own pid\n    pid_of: main.hello\n    var: pid\n    is: writer\n"
    );
    grade_inline(&yaml, &mark, submission)
}

/// The build compiles the student's code, so it runs in the program's sandbox: an `#include`
/// of the reference solution does not compile (and gets no marks), `.incbin` embeds neither
/// the hidden assignment nor /etc/shadow, and a compile error quotes no hidden file. The
/// reference itself still builds and gets full marks.
#[test]
fn the_build_sees_only_what_the_program_would() {
    let project = Path::new(env!("CARGO_MANIFEST_DIR"));
    let assignment = project.join("scenarios/assignments/fork-c.yaml");
    let reference = project.join("examples/assignments/fork.c");
    let dir = util::TempDir::new("sandbox-build");
    let cases = [
        ("include.c", fixture("build_include.c", &reference)),
        ("incbin.c", fixture("build_incbin.c", &assignment)),
        ("errleak.c", fixture("build_errleak.c", &assignment)),
    ];
    let mut args = vec!["grade".to_owned(), assignment.to_str().unwrap().to_owned(), "--format".into(), "json".into()];
    for (name, source) in &cases {
        std::fs::write(dir.join(name), source).unwrap();
        args.push(dir.join(name).to_str().unwrap().to_owned());
    }
    args.push(reference.to_str().unwrap().to_owned());
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let run = util::cli(project, &args);
    let grades: Vec<serde_json::Value> =
        serde_json::Deserializer::from_str(&run.stdout).into_iter().map(|g| g.expect("JSON")).collect();
    assert_eq!(grades.len(), 4, "{run}");
    let secret = std::fs::read_to_string(&assignment).unwrap();
    let secret_line = secret.lines().find(|l| l.starts_with("name:")).unwrap();
    let shadow_line = std::fs::read_to_string("/etc/shadow").ok().and_then(|s| s.lines().next().map(str::to_owned));
    for grade in &grades[..3] {
        let text = grade.to_string();
        assert_ne!(grade["score"], grade["max_score"], "no full marks:\n{run}");
        assert!(!text.contains(secret_line), "the assignment leaked:\n{grade:#}");
        if let Some(line) = &shadow_line {
            assert!(!text.contains(line.as_str()), "/etc/shadow leaked:\n{grade:#}");
        }
    }
    // The reference solution is absent: the include does not compile.
    assert_eq!(grades[0]["ending"], "compile error", "{run}");
    assert!(grades[0]["compile_error"].as_str().unwrap().contains("No such file or directory"), "{run}");
    assert_eq!(grades[2]["ending"], "compile error", "{run}");
    assert_eq!(grades[3]["score"], grades[3]["max_score"], "the reference still builds and passes:\n{run}");
}

/// At run time the program sees an allow-list: neither /etc's secrets, nor a classmate's
/// submission, nor the project, the grader's binary, /root or /var; its mountinfo names none
/// of them; its /dev holds the harmless devices only.
#[test]
fn the_program_sees_only_the_allow_listed_files() {
    let project = env!("CARGO_MANIFEST_DIR");
    // A class directory outside the grader's home, project and /tmp, as a teacher keeps one.
    let class = std::path::PathBuf::from(format!("/var/tmp/procscen-class-{}", std::process::id()));
    std::fs::create_dir_all(&class).unwrap();
    struct Remove(std::path::PathBuf);
    impl Drop for Remove {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }
    let _remove = Remove(class.clone());
    let probe = class.join("alice.py");
    std::fs::copy(Path::new(project).join("tests/fixtures/sandbox/probe_files.py"), &probe).unwrap();
    std::fs::write(class.join("bob.py"), HELLO).unwrap();
    let classmate = class.join("bob.py");
    let env =
        [("CLASSMATE", classmate.to_str().unwrap()), ("PROJECT", project), ("GRADER", env!("CARGO_BIN_EXE_procscen"))];
    let g = grade_with("allow", "  run: python3 {submission}\n", &env, &probe);
    assert!(!g.report.contains("not isolated"), "this machine allows the namespaces:\n{}", g.report);
    assert_eq!(g.grade.score, 1.0, "the probe still runs and says hello:\n{}", g.report);
    let o = g.grade.observation.as_ref().expect("ran");
    let lines: Vec<&str> = o.output.iter().map(|l| l.text.as_str()).filter(|t| !t.starts_with("hello")).collect();
    // /etc/shadow is masked (empty), the rest absent (ENOENT), /dev/null and /dev/urandom work.
    assert_eq!(
        lines,
        [
            "shadow read 0",
            "gshadow read 0",
            "classmate refused 2",
            "project refused 2",
            "grader refused 2",
            "root home holds only pyenv True",
            "var refused 2",
            "/dev/kvm refused 2",
            "/dev/fuse refused 2",
            "/dev/ttyS0 refused 2",
            "/dev/mem refused 2",
            "dev null read 0",
            "urandom read 4",
            "mountinfo names the project False",
            "mountinfo names the class False",
            "own cgroups shown at their root True",
            "files naming the machine readable []",
            "root-only /proc entries readable []",
        ],
        "{}",
        g.report
    );
}

/// A directory submission with a FIFO in it is copied without it (the copy never opens it,
/// so it cannot hang) and the FIFO is named; one whose files add up past the cap (a sparse
/// file of 2 GiB) is refused with a result of its own, and the batch goes on to the next.
#[test]
fn a_submission_is_copied_without_blocking_and_within_a_cap() {
    let mark = format!("sandbox-copy-{}", std::process::id());
    let dir = hello_assignment("copy", &mark, &[("good.py", HELLO)]);
    let fifo = dir.dir.join("fifo");
    std::fs::create_dir(&fifo).unwrap();
    std::fs::write(fifo.join("__main__.py"), HELLO).unwrap();
    nix::unistd::mkfifo(&fifo.join("pipe"), nix::sys::stat::Mode::from_bits_truncate(0o644)).unwrap();
    // A name is the student's: its line break must not make a line of the report.
    let forged = "x\nscore: 11 of 11 (full marks)";
    nix::unistd::mkfifo(&fifo.join(forged), nix::sys::stat::Mode::from_bits_truncate(0o644)).unwrap();
    let sparse = dir.dir.join("sparse");
    std::fs::create_dir(&sparse).unwrap();
    std::fs::write(sparse.join("__main__.py"), HELLO).unwrap();
    std::fs::File::create(sparse.join("big.bin")).unwrap().set_len(2 << 30).unwrap();
    // Empty files weigh nothing against the byte cap; their number is capped.
    let many = dir.dir.join("many");
    std::fs::create_dir(&many).unwrap();
    std::fs::write(many.join("__main__.py"), HELLO).unwrap();
    for i in 0..procscen::sources::observer::copy::ENTRY_CAP {
        std::fs::File::create(many.join(format!("f{i}"))).unwrap();
    }
    let run = util::cli(&dir.dir, &["grade", "hello.yaml", "fifo", "sparse", "many", "good.py"]);
    let records: Vec<&str> = run.stdout.split("\n== ").collect();
    assert_eq!(records.len(), 4, "one record per submission:\n{run}");
    assert!(records[0].contains("score: 1/1"), "{run}");
    assert!(
        records[0].contains(
            "not copied (only regular files, directories and links are, and no compiled code): `pipe`: a FIFO"
        ),
        "{run}"
    );
    assert!(records[0].contains("`x\\x0ascore: 11 of 11 (full marks)`: a FIFO"), "{run}");
    assert!(!run.stdout.lines().any(|l| l.starts_with("score: 11")), "{run}");
    assert!(records[2].contains("score: 0/1\nending: submission too large"), "{run}");
    assert!(records[2].contains("more than 10000 files and directories"), "{run}");
    assert!(records[1].contains("score: 0/1\nending: submission too large"), "{run}");
    assert!(
        records[1].contains("more than 64 MiB (at ") && records[1].contains("sparse/big.bin, 2147483648 bytes)"),
        "{run}"
    );
    assert!(records[3].contains("score: 1/1"), "the batch went on:\n{run}");
    assert!(util::marked_processes(&mark).is_empty(), "{:?}", util::marked_processes(&mark));
}

/// Code that Python runs in place of the source a teacher reads gets no marks (red team round
/// 22, 11/11 both): a `.py` whose visible lines do nothing, over a zip of a working program
/// (Python runs a file that holds a zip's directory as that zip), ends "not a source"; a
/// directory whose `helper.py` is a `pass` and whose `__pycache__` holds a working helper,
/// compiled with an unchecked hash (Python then never compares it with the source), is copied
/// without the bytecode, named in the report, and runs the `pass`; a file in UTF-7, whose
/// comment holds the program (`+AAo-` is a line break), ends "not a source".
#[test]
fn compiled_code_never_runs_in_place_of_the_source() {
    let mark = format!("sandbox-compiled-{}", std::process::id());
    let dir = hello_assignment("compiled", &mark, &[]);
    let make = r##"
import importlib.util, os, py_compile, sys, zipfile
hello = "import os\nprint('hello', os.getpid(), flush=True)\n"
with open("polyglot.py", "w") as f:
    f.write("# I could not get this to work.\n" + "\n" * 50)
with zipfile.ZipFile("polyglot.py", "a") as z:
    z.writestr("__main__.py", hello)
os.mkdir("pyc")
with open("pyc/__main__.py", "w") as f:
    f.write("import helper\nhelper.main()\n")
with open("pyc/helper.py", "w") as f:
    f.write("def main():\n    " + hello.replace("\n", "\n    ").rstrip() + "\n")
with open("utf7.py", "w") as f:
    f.write("# coding: utf-7\n# I could not get this to work. +AAo-" + hello.replace("\n", "+AAo-") + "\n")
py_compile.compile("pyc/helper.py", cfile=importlib.util.cache_from_source("pyc/helper.py"),
                   invalidation_mode=py_compile.PycInvalidationMode.UNCHECKED_HASH)
with open("pyc/helper.py", "w") as f:
    f.write("# I did not manage to do this assignment.\ndef main():\n    pass\n")
# Python's user site, which is the working copy's `.local` when HOME is the working copy.
site = "usersite/.local/lib/python%d.%d/site-packages" % sys.version_info[:2]
os.makedirs(site)
with open(site + "/hello.pth", "w") as f:
    f.write(hello.replace("\n", "; ").rstrip("; ") + "\n")
with open("usersite/__main__.py", "w") as f:
    f.write("# I did not manage to do this assignment.\n")
# The visible sources do nothing: run as Python runs them, outside the grader, they say hello.
"##;
    let made = std::process::Command::new("python3").arg("-c").arg(make).current_dir(&dir.dir).status().unwrap();
    assert!(made.success());
    let ran = |args: &[&str]| std::process::Command::new("python3").args(args).current_dir(&dir.dir).output().unwrap();
    assert!(String::from_utf8_lossy(&ran(&["polyglot.py"]).stdout).starts_with("hello"), "the zip runs");
    assert!(String::from_utf8_lossy(&ran(&["pyc"]).stdout).starts_with("hello"), "the bytecode runs");
    assert!(String::from_utf8_lossy(&ran(&["utf7.py"]).stdout).starts_with("hello"), "the comment runs");
    let home = std::process::Command::new("python3")
        .arg("__main__.py")
        .env("HOME", dir.dir.join("usersite"))
        .current_dir(dir.dir.join("usersite"))
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&home.stdout).starts_with("hello"), "the user site runs");
    let run = util::cli(&dir.dir, &["grade", "hello.yaml", "polyglot.py", "pyc", "utf7.py", "usersite"]);
    let records: Vec<&str> = run.stdout.split("\n== ").collect();
    assert_eq!(records.len(), 4, "one record per submission:\n{run}");
    assert!(records[3].contains("score: 0/1\nending: normal exit"), "{run}");
    assert!(records[2].contains("score: 0/1\nending: not a source"), "{run}");
    assert!(records[2].contains("declares the source encoding `utf_7`"), "{run}");
    assert!(records[0].contains("score: 0/1\nending: not a source"), "{run}");
    assert!(records[0].contains("polyglot.py holds a zip archive"), "{run}");
    assert!(records[1].contains("score: 0/1\nending: normal exit"), "{run}");
    assert!(records[1].contains("`__pycache__`: compiled code"), "{run}");
    assert!(util::marked_processes(&mark).is_empty(), "{:?}", util::marked_processes(&mark));
}

/// The working copy is a tmpfs of `max_tmp_mib` plus `max_file_mib`: a program that fills it
/// stops at ENOSPC there, never on the machine's disk.
#[test]
fn the_working_copy_is_a_size_limited_tmpfs() {
    let dir = util::TempDir::new("sandbox-disk");
    let fill = dir.join("fill.py");
    std::fs::copy(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/sandbox/disk_workcopy.py"), &fill)
        .unwrap();
    let g = grade_with("disk", "  run: python3 {submission}\n  max_tmp_mib: 16\n  max_file_mib: 16\n", &[], &fill);
    let o = g.grade.observation.as_ref().expect("ran");
    let lines: Vec<&str> = o.output.iter().map(|l| l.text.as_str()).filter(|t| !t.starts_with("hello")).collect();
    // 32 MiB of tmpfs: three files of 8 MiB fit, the fourth does not (ENOSPC).
    assert_eq!(lines, ["stopped 28 24"], "{}", g.report);
    assert_eq!(g.grade.score, 1.0, "{}", g.report);
}

/// A program that tries, through raw system calls, what hides a child or a write from the
/// tracer (the red team's `c_untraced.c`, `c_clone_flags.c`, `c_aio_flood.c`), then forks and
/// starts a thread the ordinary way, and prints the `pids.max` of its cgroup.
const HIDING_CALLS: &str = r#"import ctypes, os, threading
libc = ctypes.CDLL(None, use_errno=True)
libc.syscall.restype = ctypes.c_long
CLONE_UNTRACED, CLONE_PARENT, SIGCHLD = 0x00800000, 0x00008000, 17
def clone(name, flags):
    r = libc.syscall(ctypes.c_long(56), ctypes.c_long(flags), None, None, None, None)
    if r == 0:
        os._exit(0)
    print(name, 'allowed' if r > 0 else 'refused %d' % ctypes.get_errno(), flush=True)
    if r > 0 and not flags & CLONE_PARENT:
        os.waitpid(r, 0)
clone('clone untraced', CLONE_UNTRACED | SIGCHLD)
clone('clone parent', CLONE_PARENT | SIGCHLD)
ctx = ctypes.c_ulong(0)
for name, nr, args in [('clone3', 435, (None, ctypes.c_long(88))), ('io_setup', 206, (ctypes.c_long(8), ctypes.byref(ctx))),
                       ('io_submit', 209, (ctypes.c_long(0), ctypes.c_long(0), None))]:
    r = libc.syscall(ctypes.c_long(nr), *args)
    print(name, 'allowed' if r >= 0 else 'refused %d' % ctypes.get_errno(), flush=True)
pid = os.fork()
if pid == 0:
    os._exit(0)
os.waitpid(pid, 0)
t = threading.Thread(target=print, args=('a thread runs',), kwargs={'flush': True})
t.start(); t.join()
for line in open('/proc/self/cgroup'):
    _, controllers, path = line.rstrip('\n').split(':', 2)
    if 'pids' in controllers.split(',') or controllers == '':
        for root in ('/sys/fs/cgroup/pids', '/sys/fs/cgroup'):
            try:
                print('pids.max', open(root + path + '/pids.max').read().strip(), flush=True)
                break
            except OSError:
                pass
"#;

#[test]
fn clone_flags_that_hide_a_child_and_aio_are_refused_and_the_kernel_caps_the_tasks() {
    let submission = Submission::new("hiding", "hiding.py", HIDING_CALLS);
    let g = grade_marked("hiding", &submission, "  run: python3 {submission}\n  max_tasks: 100\n", "20s");
    let o = g.grade.observation.as_ref().expect("ran");
    let lines: Vec<&str> = o.output.iter().map(|l| l.text.as_str()).collect();
    let (eperm, enosys) = (format!("refused {}", libc::EPERM), format!("refused {}", libc::ENOSYS));
    for (call, answer) in [
        ("clone untraced", &eperm),
        ("clone parent", &eperm),
        ("clone3", &enosys),
        ("io_setup", &enosys),
        ("io_submit", &enosys),
    ] {
        assert!(lines.contains(&format!("{call} {answer}").as_str()), "{call}: {lines:?}\n{}", g.report);
    }
    assert!(lines.contains(&"a thread runs"), "threads still start (libc falls back to clone): {}", g.report);
    assert_eq!(g.grade.ending.to_string(), "normal exit", "{}", g.report);
    // main and the one fork: no process the tracer did not see.
    assert_eq!(
        o.trace.processes.iter().filter(|p| p.origin != procscen::trace::Origin::Helper).count(),
        2,
        "{}",
        g.report
    );
    // The kernel's backstop, one task above the tracer's limit, where the grader has a pids
    // cgroup to make it in.
    // The allow-listed root has no /sys, so the program usually cannot read it; where it can,
    // it must be the cap.
    let max = lines.iter().find_map(|l| l.strip_prefix("pids.max "));
    if pids_cgroup_can_be_made() && max.is_some() {
        assert_eq!(max, Some("101"), "{}", g.report);
    }
}

/// Whether this process may make a cgroup in cgroup v1's `pids` hierarchy (where the tests
/// run as root on a v1 machine); tried, and removed at once.
fn pids_cgroup_can_be_made() -> bool {
    let Ok(text) = std::fs::read_to_string("/proc/self/cgroup") else { return false };
    let Some(path) = text.lines().find_map(|l| l.split_once(":pids:").map(|(_, p)| p.to_owned())) else {
        return false;
    };
    let probe = Path::new("/sys/fs/cgroup/pids")
        .join(path.trim_start_matches('/'))
        .join(format!("procscen-probe-{}", std::process::id()));
    let made = std::fs::create_dir(&probe).is_ok();
    let _ = std::fs::remove_dir(&probe);
    made
}

#[test]
fn student_names_with_line_breaks_and_escapes_are_escaped_in_the_class_report_and_gradebook() {
    // The red team's class2: file names that forge a score line, clear the screen and set the
    // terminal's title, or run as a spreadsheet formula.
    let mark = format!("sandbox-names-{}", std::process::id());
    let dir = hello_assignment("names", &mark, &[]);
    let class = dir.dir.join("class");
    std::fs::create_dir_all(&class).unwrap();
    for name in ["a\nscore: 14.5.py", "\x1b[2Jevil\x1b]0;t\x07.py", "=1+1.py"] {
        std::fs::write(class.join(name), HELLO).unwrap();
    }
    let run = util::cli(&dir.dir, &["grade", "hello.yaml", "--class", "class", "--gradebook", "book.csv"]);
    assert!(run.status.success(), "{run}");
    assert_inert(&run.stdout);
    let scores: Vec<&str> = run.stdout.lines().filter(|l| l.starts_with("score:")).collect();
    assert_eq!(scores, ["score: 1/1"; 3], "only the grader's own score lines:\n{run}");
    assert!(run.stdout.contains(r"a\x0ascore: 14.5.py"), "{run}");
    let book = std::fs::read_to_string(dir.dir.join("book.csv")).unwrap();
    assert!(!book.chars().any(|c| c.is_control() && c != '\r' && c != '\n'), "{book:?}");
    let rows: Vec<&str> = book.split("\r\n").filter(|r| !r.is_empty()).collect();
    assert_eq!(rows.len(), 4, "a header and one row per student, each on one line: {book:?}");
    assert!(book.contains(r"\x1b[2Jevil\x1b]0;t\x07,1,1,"), "{book:?}");
    assert!(book.contains("'=1+1,1,1,"), "{book:?}");
    assert!(util::marked_processes(&mark).is_empty(), "{:?}", util::marked_processes(&mark));
}

/// A submission that is a symbolic link (as `git clone` or `unzip` of a student's upload make
/// them) is refused, naming the link, not followed: a link to the reference solution scored
/// full marks, and one to a file only root reads showed its lines in the compiler's messages.
/// A class entry that is a link to a directory is refused the same way; the batch goes on.
#[test]
fn a_submission_that_is_a_symbolic_link_is_refused_not_followed() {
    let mark = format!("sandbox-link-{}", std::process::id());
    let dir = hello_assignment("link", &mark, &[("good.py", HELLO)]);
    std::os::unix::fs::symlink("good.py", dir.dir.join("linked.py")).unwrap();
    let folder = dir.dir.join("folder");
    std::fs::create_dir(&folder).unwrap();
    std::fs::write(folder.join("__main__.py"), HELLO).unwrap();
    std::os::unix::fs::symlink("folder", dir.dir.join("linked_folder")).unwrap();
    let run = util::cli(&dir.dir, &["grade", "hello.yaml", "linked.py", "linked_folder", "good.py"]);
    let records: Vec<&str> = run.stdout.split("\n== ").collect();
    assert_eq!(records.len(), 3, "one record per submission:\n{run}");
    for (record, target) in records[..2].iter().zip(["good.py", "folder"]) {
        assert!(record.contains("score: 0/1\nending: not a file or directory"), "{run}");
        assert!(record.contains(&format!("is a symbolic link (to {target})")), "{run}");
    }
    assert!(records[2].contains("score: 1/1"), "the batch went on:\n{run}");
    assert!(util::marked_processes(&mark).is_empty(), "{:?}", util::marked_processes(&mark));
}

/// A process that writes a signal's siginfo itself (`rt_sigqueueinfo`, `pidfd_send_signal` with
/// an info) could name any sender in it, and the sender is what orders a signal: the child
/// "sends" with a `pidfd_send_signal` on a bad fd (nothing sent), main queues the signal to
/// itself naming the child. Both calls that write a siginfo are refused with EPERM, and no
/// signal orders main's line after the child's (tests/fixtures/attacks/round4/forged_sender.py).
#[test]
fn a_signal_whose_sender_the_program_wrote_orders_nothing() {
    let source = r#"import ctypes, os, signal, time
libc = ctypes.CDLL(None, use_errno=True)
got = []
signal.signal(signal.SIGUSR1, lambda s, f: got.append(s))
pid = os.fork()
if pid == 0:
    print("sent: x", flush=True)
    ret = libc.syscall(424, -1, signal.SIGUSR1, ctypes.byref((ctypes.c_int * 32)()), 0)
    print("pidfd_send_signal with an info:", ret, ctypes.get_errno(), flush=True)
    os._exit(0)
os.waitid(os.P_PID, pid, os.WEXITED | os.WNOWAIT)
info = (ctypes.c_int * 32)()
info[0], info[2], info[4] = signal.SIGUSR1, -1, pid
ret = libc.syscall(129, os.getpid(), signal.SIGUSR1, info)
print("rt_sigqueueinfo:", ret, ctypes.get_errno(), flush=True)
print("got: x", flush=True)
os.waitpid(pid, 0)
"#;
    let submission = Submission::new("forged-signal", "forged.py", source);
    let mark = format!("sandbox-forged-signal-{}", std::process::id());
    let yaml = format!(
        r#"name: forged signal
program:
  run: python3 {{submission}}
  env: {{PROCSCEN_TEST_MARK: {mark}}}
lines:
  sent:
    pattern: 'sent: (?P<value>\w+)'
    role: child
  got: 'got: (?P<value>\w+)'
expect:
  - name: main's line comes after the child's, but not through the wait
    before: [child.sent, main.got]
    ignoring: [join]
"#
    );
    let g = grade_inline(&yaml, &mark, &submission.file);
    let lines: Vec<&str> = g.grade.observation.as_ref().expect("ran").output.iter().map(|l| l.text.as_str()).collect();
    assert!(lines.contains(&"rt_sigqueueinfo: -1 1"), "refused with EPERM: {lines:?}");
    assert!(lines.contains(&"pidfd_send_signal with an info: -1 1"), "refused with EPERM: {lines:?}");
    let check = g.grade.checks.iter().find(|c| c.name.starts_with("main's line")).expect("graded");
    assert_eq!(check.status, procscen::judge::grade::Status::Failed, "no edge from the forged sender:\n{}", g.report);
}

#[test]
fn a_c_program_is_built_and_run_where_the_temporary_directory_is_mounted_noexec() {
    // Hardened machines mount /tmp `noexec`: the grader built each C submission there and
    // could not execute it (EACCES), so every C program scored 0 for the machine's sake. Here
    // TMPDIR is a `noexec` tmpfs, mounted in a mount namespace of the test's own.
    if !nix::unistd::geteuid().is_root() || !Path::new("/usr/bin/unshare").exists() {
        eprintln!("not run: mounting a noexec tmpfs needs root and unshare(1)");
        return;
    }
    let tmp = util::TempDir::new("noexec");
    let script = r#"mount -t tmpfs -o noexec,size=16m none "$1" && TMPDIR="$1" exec "$2" grade "$3" "$4""#;
    let out = std::process::Command::new("/usr/bin/unshare")
        .args(["-m", "--propagation", "private", "sh", "-c", script, "sh"])
        .arg(tmp.path())
        .arg(env!("CARGO_BIN_EXE_procscen"))
        .arg(util::root().join("scenarios/assignments/fork-c.yaml"))
        .arg(util::root().join("examples/assignments/fork.c"))
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("score: 16.5/16.5"),
        "status {}\nstdout:\n{stdout}\nstderr:\n{}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn a_program_reaches_no_key_of_the_graders_keyrings() {
    // Kernel keyrings are not namespaced: a program held the grader's session keyring, read
    // its keys, left keys for the next submission and used up the user's quota (red team round
    // 9). The grader runs here in a session keyring of its own holding a key; the program
    // lists /proc/keys and tries to read the key (`request_key`) and to add one.
    // SYS_keyctl(KEYCTL_JOIN_SESSION_KEYRING) and SYS_add_key on x86_64; elsewhere not run.
    if !cfg!(target_arch = "x86_64") {
        eprintln!("not run: the helper names x86_64's system call numbers");
        return;
    }
    let tmp = util::TempDir::new("keyring");
    let program = tmp.join("keys.py");
    std::fs::write(
        &program,
        r#"import ctypes, os, sys
libc = ctypes.CDLL(None, use_errno=True)
libc.syscall.restype = ctypes.c_long
try:
    sys.stderr.write("proc keys: %r\n" % open("/proc/keys").read())
except Exception as e:
    sys.stderr.write("proc keys: %s\n" % e)
found = libc.syscall(249, b"user", b"procscen-test-secret", None, 0)
sys.stderr.write("request_key: %d %s\n" % (found, os.strerror(ctypes.get_errno())))
added = libc.syscall(248, b"user", b"left-by-a-program", b"x", 1, -3)
sys.stderr.write("add_key: %d %s\n" % (added, os.strerror(ctypes.get_errno())))
"#,
    )
    .unwrap();
    let wrapper = r#"import ctypes, os, sys
libc = ctypes.CDLL(None, use_errno=True)
libc.syscall.restype = ctypes.c_long
assert libc.syscall(250, 1, b"procscen-test-session") > 0
assert libc.syscall(248, b"user", b"procscen-test-secret", b"the grader's", 12, -3) > 0
os.execv(sys.argv[1], sys.argv[1:])
"#;
    for isolation in [&[][..], &["--no-isolate"][..]] {
        let out = std::process::Command::new("python3")
            .args(["-c", wrapper, env!("CARGO_BIN_EXE_procscen"), "grade"])
            .args(isolation)
            .arg(util::root().join("scenarios/assignments/fork-python.yaml"))
            .arg(&program)
            .output()
            .unwrap();
        let stdout = String::from_utf8_lossy(&out.stdout);
        let shown = format!(
            "{isolation:?}: status {}\nstdout:\n{stdout}\nstderr:\n{}",
            out.status,
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(stdout.contains("request_key: -1") && stdout.contains("add_key: -1"), "{shown}");
        if isolation.is_empty() {
            assert!(!stdout.contains("procscen-test-secret"), "{shown}");
        }
    }
}

#[test]
fn a_submissions_python_version_file_does_not_choose_the_interpreter() {
    // A pyenv shim run in the working copy read the submission's own `.python-version`, so a
    // student chose which installed Python ran the grade (red team round 9). Not run where
    // pyenv has no second version to choose.
    let root = std::env::var_os("PYENV_ROOT")
        .map(std::path::PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| Path::new(&h).join(".pyenv")));
    let graders = std::process::Command::new("python3")
        .args(["-c", "import platform; print(platform.python_version())"])
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned())
        .unwrap_or_default();
    let other = root
        .and_then(|r| std::fs::read_dir(r.join("versions")).ok())
        .into_iter()
        .flatten()
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .find(|v| v.starts_with("3.") && *v != graders);
    let Some(other) = other else {
        eprintln!("not run: pyenv has no Python 3 besides the grader's ({graders:?})");
        return;
    };
    let tmp = util::TempDir::new("pyversion");
    let dir = tmp.join("submission");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join(".python-version"), format!("{other}\n")).unwrap();
    std::fs::write(
        dir.join("__main__.py"),
        "import platform, sys\nsys.stderr.write('version ' + platform.python_version() + '\\n')\n",
    )
    .unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_procscen"))
        .arg("grade")
        .arg(util::root().join("scenarios/assignments/process.yaml"))
        .arg(&dir)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains(&format!("version {graders}")),
        "ran by the submission's {other}, not the grader's {graders}:\n{stdout}"
    );
}

/// The `fcntl` commands that reach outside the program are refused with EPERM: a lease on a
/// file the sandbox shares with the machine held every other process opening it for up to
/// 45 s (other submissions, the host), `F_NOTIFY` reported the host's reads in a shared
/// directory, and `F_SETOWN` with `F_SETSIG` had the kernel send SIGTERM to the tracer, which
/// ended the run as if the operator had (red team round 21, H1, M2, M1). The run ends by
/// itself, and an ordinary `fcntl` still works.
#[test]
fn fcntl_commands_that_reach_outside_the_program_are_refused() {
    let source = r#"import fcntl, os, signal
def try_(name, f):
    try:
        f()
        print(name, "allowed", flush=True)
    except OSError as e:
        print(name, "refused", e.errno, flush=True)
fd = os.open("/etc/passwd", os.O_RDONLY)
try_("lease", lambda: fcntl.fcntl(fd, 1024, fcntl.F_RDLCK))
dirfd = os.open("/etc", os.O_RDONLY)
try_("notify", lambda: fcntl.fcntl(dirfd, 1026, 1))
r, w = os.pipe()
try_("setsig", lambda: fcntl.fcntl(r, 10, signal.SIGTERM))
try_("setown", lambda: fcntl.fcntl(r, 8, 1))
try_("setfl", lambda: fcntl.fcntl(r, fcntl.F_SETFL, os.O_NONBLOCK))
os.write(w, b"x")
print("done", flush=True)
"#;
    let submission = Submission::new("fcntl", "fcntl_probe.py", source);
    let g = grade_marked("fcntl", &submission, "  run: python3 {submission}\n", "20s");
    let lines: Vec<&str> = g.grade.observation.as_ref().expect("ran").output.iter().map(|l| l.text.as_str()).collect();
    for call in ["lease", "notify", "setsig", "setown"] {
        let refused = format!("{call} refused {}", libc::EPERM);
        assert!(lines.contains(&refused.as_str()), "{call}: {lines:?}\n{}", g.report);
    }
    assert!(lines.contains(&"setfl allowed") && lines.contains(&"done"), "{lines:?}\n{}", g.report);
    assert_eq!(g.grade.ending.to_string(), "normal exit", "{}", g.report);
}

/// Real-time signals are delivered as any other: a child with a handler for SIGRTMIN that its
/// parent signals goes on (it stayed stopped in ptrace to the time limit: red team round 21,
/// H3), a `sigqueue` to another process arrives (it was refused with every `sigqueue`, L4), and
/// a process a real-time signal kills ends with it.
#[test]
fn real_time_and_queued_signals_reach_their_process() {
    let source = r#"import os, signal, time
# Blocked until the child's handler is in place: the signal waits, pending, whenever it comes.
signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGUSR2, signal.SIGRTMIN])
pid = os.fork()
if pid == 0:
    got = []
    signal.signal(signal.SIGRTMIN, lambda s, f: got.append(s))
    signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGRTMIN])
    info = signal.sigwaitinfo([signal.SIGUSR2])
    while not got:
        time.sleep(0.01)
    print("child got rt", got[0] == signal.SIGRTMIN, "and queued", info.si_signo == signal.SIGUSR2, flush=True)
    os._exit(0)
os.kill(pid, signal.SIGRTMIN)
import ctypes
libc = ctypes.CDLL(None, use_errno=True)
class sigval(ctypes.Union):
    _fields_ = [("sival_int", ctypes.c_int), ("sival_ptr", ctypes.c_void_p)]
ret = libc.sigqueue(pid, signal.SIGUSR2, sigval(7))
print("sigqueue", ret, ctypes.get_errno(), flush=True)
os.waitpid(pid, 0)
victim = os.fork()
if victim == 0:
    time.sleep(30)
    os._exit(0)
os.kill(victim, signal.SIGRTMIN + 2)
_, status = os.waitpid(victim, 0)
print("victim killed by", os.WTERMSIG(status) == signal.SIGRTMIN + 2, flush=True)
"#;
    let submission = Submission::new("rtsig", "rtsig.py", source);
    let g = grade_marked("rtsig", &submission, "  run: python3 {submission}\n", "20s");
    let o = g.grade.observation.as_ref().expect("ran");
    let lines: Vec<&str> = o.output.iter().map(|l| l.text.as_str()).collect();
    for line in ["child got rt True and queued True", "sigqueue 0 0", "victim killed by True"] {
        assert!(lines.contains(&line), "{line}: {lines:?}\n{}", g.report);
    }
    assert_eq!(g.grade.ending.to_string(), "normal exit", "{}", g.report);
    let endings: Vec<String> = o.trace.processes.iter().map(|p| p.ending.to_string()).collect();
    assert!(
        endings.contains(&"killed by SIGRTMIN+2".to_owned()),
        "the victim's end is named: {endings:?}\n{}",
        g.report
    );
}
