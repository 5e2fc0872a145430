//! Helpers shared by the integration tests. A failing helper prints what ran and what came
//! out, so a red test explains itself.
#![allow(dead_code)]

use procscen::pipeline::suite::{self, Evaluation};
use procscen::sources::engine::RunOptions;
use procscen::trace::Trace;
use std::path::{Path, PathBuf};

/// Asserts that loading `input` fails with exactly the message `expected` (both trimmed).
#[track_caller]
pub fn refused(input: &str, expected: &str) {
    let input = input.strip_prefix('\n').unwrap_or(input);
    match procscen::load_str(input, Path::new("bad.yaml")) {
        Ok(s) => panic!("the scenario was accepted but should be refused:\n{input}\nparsed as: {s:?}"),
        Err(e) => assert_eq!(e.to_string().trim(), expected.trim(), "\n--- input ---\n{input}"),
    }
}

/// Asserts that a one-process scenario whose `expect:` is `check` (one list item, with its
/// newline) is refused with a message containing `refusal`.
#[track_caller]
pub fn check_refused(check: &str, refusal: &str) {
    let text = format!("name: x\nprocesses: {{main: [{{print: a, label: a}}]}}\nexpect:\n{check}");
    let loaded = procscen::load_str(&text, Path::new("x.yaml"));
    assert!(loaded.is_err_and(|e| format!("{e:?}").contains(refusal)), "{text} is refused: {refusal}");
}

/// The project's root directory.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Run options that use the procscen binary cargo built for these tests.
pub fn options() -> RunOptions {
    RunOptions { procscen_binary: Some(PathBuf::from(env!("CARGO_BIN_EXE_procscen"))), ..RunOptions::default() }
}

/// Evaluates a scenario file, panicking with the load or run error.
#[track_caller]
pub fn evaluate(path: &Path) -> Evaluation {
    match suite::evaluate(path, &options()) {
        Ok(e) => e,
        Err(e) => panic!("{} could not be evaluated:\n{e}", path.display()),
    }
}

/// Loads and runs scenario text given inline.
#[track_caller]
pub fn run_text(yaml: &str) -> (procscen::Scenario, Trace) {
    let scenario = match procscen::load_str(yaml, Path::new("inline.yaml")) {
        Ok(s) => s,
        Err(e) => panic!("inline scenario does not load:\n{e}\n--- scenario ---\n{yaml}"),
    };
    let trace = procscen::sources::engine::run(&scenario, &options()).unwrap_or_else(|e| panic!("run failed: {e}"));
    (scenario, trace)
}

/// The failed checks of an evaluation, rendered as the CLI renders them; empty when all pass.
pub fn failures(evaluation: &Evaluation) -> String {
    evaluation.failures().map(|v| procscen::render::report::verdict(&evaluation.trace, v)).collect()
}

/// True when a pid of a finished run still names a live procscen process. A pid that was
/// reused by an unrelated program does not count.
pub fn still_running(pid: i32) -> bool {
    let exe = std::fs::read_link(format!("/proc/{pid}/exe"));
    let ours = std::fs::canonicalize(env!("CARGO_BIN_EXE_procscen")).ok();
    match (exe, ours) {
        (Ok(exe), Some(ours)) => exe == ours,
        _ => false,
    }
}

/// Panics when any process of `trace` is still alive.
#[track_caller]
pub fn assert_nothing_left(trace: &Trace) {
    let left: Vec<String> = trace
        .processes
        .iter()
        .filter(|p| still_running(p.pid))
        .map(|p| format!("{} (pid {})", p.role, p.pid))
        .collect();
    assert!(left.is_empty(), "processes of the run are still alive: {}", left.join(", "));
    assert!(!still_running(trace.supervisor_pid), "the supervisor (pid {}) is still alive", trace.supervisor_pid);
}

/// One run of the procscen command line, kept whole so a failing test can show it.
pub struct CliRun {
    pub command: String,
    pub status: std::process::ExitStatus,
    pub stdout: String,
    pub stderr: String,
}

impl std::fmt::Display for CliRun {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "command: {}\nstatus: {}\n--- stdout ---\n{}--- stderr ---\n{}",
            self.command, self.status, self.stdout, self.stderr
        )
    }
}

/// Runs the procscen binary with `args` in `dir`.
pub fn cli(dir: &Path, args: &[&str]) -> CliRun {
    let exe = env!("CARGO_BIN_EXE_procscen");
    let out = std::process::Command::new(exe).args(args).current_dir(dir).output().expect("procscen starts");
    CliRun {
        command: format!("(cd {} && {exe} {})", dir.display(), args.join(" ")),
        status: out.status,
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// Every process on the machine: its pid and its folder under /proc.
fn each_process() -> impl Iterator<Item = (i32, PathBuf)> {
    std::fs::read_dir("/proc").into_iter().flatten().flatten().filter_map(|entry| {
        let pid = entry.file_name().to_string_lossy().parse::<i32>().ok()?;
        Some((pid, entry.path()))
    })
}

/// The state and the parent's pid of the process whose folder under /proc is `dir`. The
/// command name may hold spaces and parentheses; the fields after its last `)` are the state
/// and the parent's pid.
fn state_and_parent(dir: &Path) -> (String, Option<i32>) {
    let stat = std::fs::read_to_string(dir.join("stat")).unwrap_or_default();
    let mut fields = stat.rsplit(')').next().unwrap_or_default().split_whitespace();
    let state = fields.next().unwrap_or_default().to_owned();
    (state, fields.next().and_then(|p| p.parse().ok()))
}

/// The command line of the process whose folder under /proc is `dir`, words joined by spaces.
fn command_line(dir: &Path) -> String {
    String::from_utf8_lossy(&std::fs::read(dir.join("cmdline")).unwrap_or_default()).replace('\0', " ")
}

/// The pids of the processes whose parent is `pid`, from /proc.
pub fn children_of(pid: i32) -> Vec<i32> {
    each_process().filter(|(_, dir)| state_and_parent(dir).1 == Some(pid)).map(|(child, _)| child).collect()
}

/// A directory of its own under the system's temporary directory, removed with everything in
/// it when the guard is dropped: at the end of the test, and also when the test panics.
pub struct TempDir(PathBuf);

impl TempDir {
    /// Creates `procscen-TAG-PID-N` (N counts the directories this test binary made).
    #[track_caller]
    pub fn new(tag: &str) -> TempDir {
        static COUNT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let n = COUNT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let dir = std::env::temp_dir().join(format!("procscen-{tag}-{}-{n}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("creating {}: {e}", dir.display()));
        TempDir(dir)
    }

    pub fn path(&self) -> &Path {
        &self.0
    }

    pub fn join(&self, path: impl AsRef<Path>) -> PathBuf {
        self.0.join(path)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Removes, when dropped, every entry of the temporary directory whose name starts with its
/// prefix (a grade's working copies, `procscen-grade-PID-N-RANDOM`, left by a killed grader).
pub struct RemoveAllOnDrop(pub String);

impl Drop for RemoveAllOnDrop {
    fn drop(&mut self) {
        for entry in std::fs::read_dir(std::env::temp_dir()).into_iter().flatten().flatten() {
            if entry.file_name().to_string_lossy().starts_with(&self.0) {
                let _ = std::fs::remove_dir_all(entry.path());
            }
        }
    }
}

/// A path (file or directory) something else creates, removed when the guard is dropped.
pub struct RemoveOnDrop(pub PathBuf);

impl Drop for RemoveOnDrop {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0).or_else(|_| std::fs::remove_file(&self.0));
    }
}

/// Live processes (zombies have no environment left to read, and are checked for below)
/// whose environment has `PROCSCEN_TEST_MARK=mark`, and zombies whose parent is this test
/// process that stay zombies.
///
/// The tests of one binary run as threads of one process, so a zombie child of it may be
/// another test's helper between its exit and the `wait` its thread is about to make: such a
/// zombie is reported only when it is still there after a few seconds (one nobody reaps stays
/// forever). A marked live process gets no such grace.
pub fn marked_processes(mark: &str) -> Vec<String> {
    let needle = format!("PROCSCEN_TEST_MARK={mark}");
    let me = std::process::id() as i32;
    // Each process found, and whether it was found only as a zombie of this test process.
    let scan = || -> Vec<(String, bool)> {
        each_process()
            .filter_map(|(pid, dir)| {
                let (state, parent) = state_and_parent(&dir);
                let zombie_of_ours = state == "Z" && parent == Some(me);
                let environ = std::fs::read(dir.join("environ")).unwrap_or_default();
                let marked = environ.split(|b| *b == 0).any(|v| v == needle.as_bytes());
                (zombie_of_ours || marked).then(|| (format!("{pid} {}", command_line(&dir)), !marked))
            })
            .collect()
    };
    let mut found = scan();
    if found.iter().any(|(_, zombie_only)| *zombie_only) {
        wait_for(std::time::Duration::from_secs(5), || scan().iter().all(|(_, zombie_only)| !zombie_only));
        let now = scan();
        found.retain(|(_, zombie_only)| !zombie_only);
        found.extend(now.into_iter().filter(|(_, zombie_only)| *zombie_only));
    }
    found.into_iter().map(|(process, _)| process).collect()
}

/// The pids of every descendant of `pid`, from /proc, nearest first.
pub fn descendants(pid: i32) -> Vec<i32> {
    let mut found = children_of(pid);
    let mut i = 0;
    while i < found.len() {
        let more = children_of(found[i]);
        found.extend(more);
        i += 1;
    }
    found
}

/// Waits until `condition` holds, looking every few milliseconds, for at most `limit`. For
/// what a test can only poll (a process gone from /proc), never in place of a signal it
/// could wait for.
pub fn wait_for(limit: std::time::Duration, mut condition: impl FnMut() -> bool) -> bool {
    let end = std::time::Instant::now() + limit;
    while std::time::Instant::now() < end {
        if condition() {
            return true;
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    condition()
}

/// Live processes (zombies aside, which have no command line left) whose command line
/// contains `needle`: for graded programs, which run in a pid namespace of their own, so the
/// pids in their trace are not the machine's and `assert_nothing_left` cannot look them up.
/// A grade's working copy is `procscen-grade-PID-N-RANDOM` (PID this test binary's), and every
/// program it runs names a file in it.
pub fn processes_running(needle: &str) -> Vec<String> {
    let me = std::process::id() as i32;
    each_process()
        .filter(|(pid, _)| *pid != me)
        .map(|(pid, dir)| (pid, command_line(&dir)))
        .filter(|(_, cmd)| cmd.contains(needle))
        .map(|(pid, cmd)| format!("{pid} {cmd}"))
        .collect()
}

/// How much slower than the machine these bounds were written on this one is: the factor
/// `PROCSCEN_TEST_TIME_SCALE` (a number from 0.1 to 100, default 1) by which every
/// wall-clock bound of the tests is multiplied, for a slow or loaded machine.
pub fn time_scale() -> f64 {
    match std::env::var("PROCSCEN_TEST_TIME_SCALE") {
        Err(_) => 1.0,
        Ok(v) => match v.parse::<f64>() {
            Ok(f) if (0.1..=100.0).contains(&f) => f,
            _ => panic!("PROCSCEN_TEST_TIME_SCALE={v:?}: write a number from 0.1 to 100, such as 2"),
        },
    }
}

/// How many times the grading tests grade each submission, when `PROCSCEN_GRADE_RUNS` says
/// (CI sets 4, to fit its 20 minutes on 2 cores); each test has its own default.
pub fn grade_runs() -> Option<usize> {
    std::env::var("PROCSCEN_GRADE_RUNS").ok().and_then(|n| n.parse().ok())
}

/// A wall-clock bound of a test, scaled by `time_scale`.
pub fn bound(d: std::time::Duration) -> std::time::Duration {
    d.mul_f64(time_scale())
}

/// A wall-clock bound in milliseconds, scaled by `time_scale`.
pub fn bound_ms(ms: u64) -> u64 {
    (ms as f64 * time_scale()) as u64
}

/// The memory cgroups procscen process `pid` made that are still there.
pub fn memory_cgroups_of(pid: u32) -> Vec<std::path::PathBuf> {
    let own = std::fs::read_to_string("/proc/self/cgroup").unwrap_or_default();
    let tag = format!("procscen-{pid}-");
    let mut found = Vec::new();
    for root in ["/sys/fs/cgroup/memory", "/sys/fs/cgroup", "/sys/fs/cgroup/unified"] {
        for line in own.lines() {
            let path = line.rsplit(':').next().unwrap_or("/").trim_start_matches('/');
            if let Ok(entries) = std::fs::read_dir(Path::new(root).join(path)) {
                found.extend(
                    entries.flatten().filter(|e| e.file_name().to_string_lossy().starts_with(&tag)).map(|e| e.path()),
                );
            }
        }
    }
    found
}

/// The processes still running a program of this grade, found by its working copy
/// (`/tmp/procscen-grade-PID-N-RANDOM/`) in their command lines; `None` when there are none. (A graded
/// program runs in a pid namespace of its own, so the pids of its trace are not the machine's.)
pub fn left_running(g: &procscen::judge::grade::Grade) -> Option<Vec<String>> {
    let trace = &g.observation.as_ref()?.trace;
    let copy = trace.processes.iter().flat_map(|p| &p.events).find_map(|e| match &e.kind {
        procscen::trace::EventKind::Exec { argv, .. } => argv.iter().find_map(|a| {
            let start = a.find("procscen-grade-")?;
            let end = a[start..].find('/').map_or(a.len(), |k| start + k + 1);
            Some(a[..end].to_owned())
        }),
        _ => None,
    })?;
    let left = processes_running(&copy);
    (!left.is_empty()).then_some(left)
}

/// A busy-looping shell that loads one core, for the tests that grade under load. It dies with
/// the test process (`PR_SET_PDEATHSIG`): a test killed from outside, whose `Drop`s never run,
/// left two such loops eating the machine's cores for an hour and a half.
pub fn busy_loop() -> std::process::Child {
    use std::os::unix::process::CommandExt;
    let mut command = std::process::Command::new("sh");
    command.args(["-c", "while :; do :; done"]);
    // SAFETY: the closure runs in the child between fork and exec and calls only `prctl`, which
    // is async-signal-safe; it touches no memory of the parent's.
    unsafe {
        command.pre_exec(|| {
            if libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL) == -1 {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        });
    }
    command.spawn().expect("sh starts")
}
