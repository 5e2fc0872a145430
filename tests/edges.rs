//! The observer's edges through pipes and sockets (issue 16): a graded program whose processes
//! talk through a pipe gets the same grade from `before` checks (by happens-before, not
//! `order: observed`) in every run, with every core kept busy by the test, because the order
//! of a read line after the write that put its bytes there rests on the bytes, not on the
//! schedule; and a program that prints what it received before receiving it fails the check
//! in every run. The same holds through a multiprocessing `Queue`, whose bytes a feeder thread
//! writes: its creation orders it after what the writer printed before its first `put`.

mod util;

use procscen::judge::grade::{self, Grade, GradeOptions, Status};
use procscen::render::grade as format;
use procscen::trace::EdgeKind;
use std::path::{Path, PathBuf};
use std::process::Child;

fn options() -> GradeOptions {
    GradeOptions { procscen_binary: Some(PathBuf::from(env!("CARGO_BIN_EXE_procscen"))), ..GradeOptions::default() }
}

#[track_caller]
fn grade_once(scenario: &procscen::Scenario, submission: &Path) -> Grade {
    grade::grade(scenario, submission, &options())
        .unwrap_or_else(|e| panic!("grading {} failed: {e}", submission.display()))
}

/// One busy-looping shell per core, killed and reaped when dropped (also when a test fails).
struct Load(Vec<Child>);

impl Load {
    fn start() -> Load {
        let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
        Load((0..cores).map(|_| util::busy_loop()).collect())
    }
}

impl Drop for Load {
    fn drop(&mut self) {
        for child in &mut self.0 {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

/// Grades each submission `runs` times, four gradings at once, under load; returns each
/// submission's scores and checks not passed, and the first report of each.
fn grade_under_load(
    scenario: &procscen::Scenario,
    submissions: &[PathBuf],
    runs: usize,
) -> Vec<Vec<(f64, Vec<String>, Grade)>> {
    let _load = Load::start();
    let jobs: Vec<(usize, usize)> = (0..runs).flat_map(|r| (0..submissions.len()).map(move |s| (s, r))).collect();
    let next = std::sync::atomic::AtomicUsize::new(0);
    let results = std::sync::Mutex::new(vec![Vec::new(); submissions.len()]);
    std::thread::scope(|s| {
        for _ in 0..4 {
            s.spawn(|| loop {
                let k = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                let Some(&(sub, _)) = jobs.get(k) else { break };
                let g = grade_once(scenario, &submissions[sub]);
                let failing = g.checks.iter().filter(|c| c.status != Status::Passed).map(|c| c.name.clone()).collect();
                results.lock().expect("not poisoned")[sub].push((g.score, failing, g));
            });
        }
    });
    results.into_inner().expect("not poisoned")
}

/// Each submission (`expected`: its path, score and failing checks) got that score with those
/// failing checks in every one of its `runs_each()` runs (`results`, in the same order).
fn assert_every_run_graded<P: AsRef<Path>>(
    expected: &[(P, f64, Vec<String>)],
    results: &[Vec<(f64, Vec<String>, Grade)>],
) {
    assert_eq!(expected.len(), results.len(), "one list of runs per submission");
    for ((path, score, failing), runs) in expected.iter().zip(results) {
        assert_eq!(runs.len(), runs_each());
        for (s, f, g) in runs {
            assert!(
                *s == *score && f == failing,
                "{}: {s} with {f:?} instead of {score} with {failing:?}\n{}",
                path.as_ref().display(),
                format::human(g, &grade::today())
            );
        }
    }
}

/// How many times each submission is graded: 20, or twice `PROCSCEN_GRADE_RUNS` where that is
/// set (CI sets 4, to fit its 20 minutes on 2 cores; every submission here is also a row of
/// tests/submissions/expected.tsv, graded that many times under load again).
fn runs_each() -> usize {
    util::grade_runs().map_or(20, |n| (2 * n).clamp(1, 20))
}

#[test]
fn a_pipe_program_graded_by_happens_before_gets_one_grade_in_every_run_under_load() {
    let scenario =
        procscen::model::scenario::load(&util::root().join("scenarios/assignments/pipe.yaml")).expect("loads");
    let right = util::root().join("examples/assignments/pipe.py");
    let early = util::root().join("tests/submissions/pipe/child_prints_before_recv.py");
    let raw = util::root().join("tests/submissions/pipe/os_pipe_fork.py");
    let results = grade_under_load(&scenario, &[right.clone(), early.clone(), raw.clone()], runs_each());
    let order_check = "the child prints what it received after main sent it";
    let received = "the child receives what main sent";
    // The reply check needs the receive check, so the early line skips it too.
    let reply_check = "the child replies only after it received main's message";
    let expected: [(&Path, f64, Vec<String>); 3] = [
        (&right, 13.0, vec![]),
        (&early, 9.0, vec![received.to_owned(), order_check.to_owned(), reply_check.to_owned()]),
        (&raw, 13.0, vec![]),
    ];
    assert_every_run_graded(&expected, &results);
    // The order is known from the bytes: the right program's trace holds message edges, and
    // the early line's failure names no clock: the child had not read the value by then.
    let trace = &results[0][0].2.observation.as_ref().expect("observed").trace;
    assert!(trace.edges.iter().any(|e| e.kind == EdgeKind::Message), "no message edge: {:?}", trace.edges);
    let early_check = results[1][0].2.checks.iter().find(|c| c.name == received).expect("the check");
    assert!(early_check.message.contains("it printed the value before it took it"), "{}", early_check.message);
}

/// A multiprocessing `Queue` writes each item from a feeder thread, which the first `put`
/// starts: the writer's lines before its first `put` happen before every item's bytes go into
/// the pipe, whatever the other thread prints meanwhile. So the Queue assignment's check that
/// the reader prints only after the writer's first put gives one grade in every run under load:
/// passed by right programs with and without sleeps (and a `JoinableQueue`), failed by a reader
/// that prints before it takes and by a writer that prints after its `put`. The later lines are
/// checked in the order the tracer saw them, which follows causality: a right writer's each
/// line comes before the reader's line of its value in every run, and a writer that prints
/// its later lines once the reader printed them (red team round 29, F1) fails in every run.
#[test]
fn queue_programs_graded_by_the_feeder_threads_creation_get_one_grade_in_every_run_under_load() {
    let scenario =
        procscen::model::scenario::load(&util::root().join("scenarios/assignments/queue.yaml")).expect("loads");
    let check = "the reader prints what it took only after the writer's first put";
    let fifo = "every value written is read once, in the order written (first in, first out)";
    let each = "the reader prints each value only after the writer printed it";
    let taken = "the reader prints values the writer put, in the order put";
    let queue = |name: &str| util::root().join("tests/submissions/queue").join(name);
    let expected: Vec<(PathBuf, f64, Vec<String>)> = vec![
        (util::root().join("examples/assignments/queue_rw.py"), 13.0, vec![]),
        (queue("repeats_no_sleep.py"), 13.0, vec![]),
        (queue("tutorial_words_fstring.py"), 13.0, vec![]),
        (queue("joinable_task_done.py"), 13.0, vec![]),
        (
            queue("reader_prints_before_get.py"),
            9.0,
            vec![fifo.to_owned(), taken.to_owned(), check.to_owned(), each.to_owned()],
        ),
        (queue("writer_prints_after_put.py"), 11.0, vec![check.to_owned(), each.to_owned()]),
        (util::root().join("tests/fixtures/attacks/round28/r29_q_first_line_only.py"), 12.0, vec![each.to_owned()]),
    ];
    let submissions: Vec<PathBuf> = expected.iter().map(|(p, _, _)| p.clone()).collect();
    let results = grade_under_load(&scenario, &submissions, runs_each());
    assert_every_run_graded(&expected, &results);
    // The writer's process had two threads, and the reader's lines are ordered after the
    // feeder's writes by message edges.
    let trace = &results[0][0].2.observation.as_ref().expect("observed").trace;
    assert!(trace.edges.iter().any(|e| e.kind == EdgeKind::Message), "no message edge: {:?}", trace.edges);
    let early = results[4][0].2.checks.iter().find(|c| c.name == fifo).expect("the check");
    assert!(early.message.contains("it printed the value before it took it"), "{}", early.message);
    let late = results[5][0].2.checks.iter().find(|c| c.name == check).expect("the check");
    assert!(late.message.contains("is not guaranteed to happen before"), "{}", late.message);
    let later = results[6][0].2.checks.iter().find(|c| c.name == each).expect("the check");
    assert!(later.message.contains("did not come before"), "{}", later.message);
}

/// A seqpacket socket pair counts messages, not bytes: a first message of 1,000 bytes taken
/// by a read of 1 (cut, yet one whole message gone) leaves "ping" the second message, so the
/// line after its read still follows the line before its send.
#[test]
fn a_seqpacket_socket_pair_orders_a_received_line_after_its_send() {
    let dir = util::TempDir::new("edges-seqpacket");
    let program = dir.join("seqpacket.py");
    std::fs::write(
        &program,
        r#"import os, socket
a, b = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
pid = os.fork()
if pid == 0:
    a.close()
    b.recv(1)
    msg = b.recv(100).decode()
    print("recv: %s" % msg, flush=True)
    print("send: pong", flush=True)
    b.send(b"pong")
    os._exit(0)
b.close()
a.send(b"x" * 1000)
print("send: ping", flush=True)
a.send(b"ping")
print("recv: %s" % a.recv(100).decode(), flush=True)
os.waitpid(pid, 0)
"#,
    )
    .expect("writes");
    let yaml = r#"
name: seqpacket
program:
  run: python3 {submission}
lines:
  send_line: 'send: (?P<value>\w+)'
  recv_line:
    pattern: 'recv: (?P<value>\w+)'
    role: child
expect:
  - name: the child's line follows main's send
    before: [main.send_line, child.recv_line]
    by: value
  - name: main's line follows the child's send
    before: [child.send_line, main.recv_line]
    by: value
  - name: the other way round is not guaranteed
    before: [child.recv_line, main.send_line]
"#;
    let scenario = procscen::load_str(yaml, &dir.join("seqpacket.yaml")).expect("loads");
    let g = grade_once(&scenario, &program);
    let passed = |name: &str| g.checks.iter().find(|c| c.name == name).map(|c| c.status == Status::Passed);
    let report = format::human(&g, &grade::today());
    assert_eq!(passed("the child's line follows main's send"), Some(true), "{report}");
    assert_eq!(passed("main's line follows the child's send"), Some(true), "{report}");
    assert_eq!(passed("the other way round is not guaranteed"), Some(false), "{report}");
}

/// A signal's delivery happens after the `kill` that sent it: the line a handler prints
/// follows the line its sender printed before `os.kill`, in every run; the other way round is
/// not guaranteed.
#[test]
fn a_signal_handlers_line_follows_the_line_before_its_kill() {
    let dir = util::TempDir::new("edges-signal");
    let program = dir.join("kill.py");
    std::fs::write(
        &program,
        r#"import os, signal, time
r, w = os.pipe()
pid = os.fork()
if pid == 0:
    got = []
    def handler(signum, frame):
        print("got: usr1", flush=True)
        got.append(signum)
    signal.signal(signal.SIGUSR1, handler)
    os.write(w, b"!")
    while not got:
        time.sleep(0.01)
    os._exit(0)
os.read(r, 1)
print("send: usr1", flush=True)
os.kill(pid, signal.SIGUSR1)
os.waitpid(pid, 0)
"#,
    )
    .expect("writes");
    let yaml = r#"
name: signal
timeout: 10s
program:
  run: python3 {submission}
lines:
  send_line: 'send: (?P<value>\w+)'
  got_line:
    pattern: 'got: (?P<value>\w+)'
    role: child
expect:
  - name: the handler's line follows the kill
    before: [main.send_line, child.got_line]
  - name: the other way round is not guaranteed
    before: [child.got_line, main.send_line]
"#;
    let scenario = procscen::load_str(yaml, &dir.join("signal.yaml")).expect("loads");
    let g = grade_once(&scenario, &program);
    let passed = |name: &str| g.checks.iter().find(|c| c.name == name).map(|c| c.status == Status::Passed);
    let report = format::human(&g, &grade::today());
    assert_eq!(passed("the handler's line follows the kill"), Some(true), "{report}");
    assert_eq!(passed("the other way round is not guaranteed"), Some(false), "{report}");
    let trace = &g.observation.as_ref().expect("observed").trace;
    assert!(trace.edges.iter().any(|e| e.kind == EdgeKind::Signal), "no signal edge: {:?}", trace.edges);
}
