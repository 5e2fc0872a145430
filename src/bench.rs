//! `procscen bench`: what the engine's queues and pools cost, next to what the kernel and
//! Python's multiprocessing cost for the same work, measured in one run on one machine.
//!
//! Each engine figure is given twice: "in run" is the time from `main`'s first event to its
//! last (the processes at work, recording included), and "end to end" adds starting the
//! supervisor, assembling the trace and handing it back. The baselines are timed from the
//! first item written to the reader's exit (the plain pipe) or inside Python.

use anyhow::{Context, Result};
use procscen::engine::{self, RunOptions};
use procscen::trace::Trace;
use std::io::Write;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// The hidden command that reads `n` 8-byte items from stdin, one `read` each.
pub const PIPE_READER_COMMAND: &str = "__pipe-reader";

/// Sizes of the benchmark's workloads.
#[derive(Debug, Clone)]
pub struct Sizes {
    pub items: u64,
    pub tasks: u64,
    /// Each engine and pipe figure is the median of this many runs (Python's are run once:
    /// they take longest and vary least).
    pub repeat: usize,
    /// The sizes, in events, of the synthetic traces the checker is timed on.
    pub checker_events: Vec<usize>,
}

/// Runs every benchmark and prints a table; `supervisor` is the procscen binary.
pub fn run(sizes: Sizes, supervisor: Option<std::path::PathBuf>) -> Result<()> {
    let options =
        |without_recording| RunOptions { supervisor: supervisor.clone(), without_recording, ..RunOptions::default() };
    outln!(
        "procscen bench: {} queue items, {} pool tasks, median of {} run(s)",
        sizes.items,
        sizes.tasks,
        sizes.repeat
    );
    outln!("{:<58} {:>14} {:>14}", "workload", "per second", "seconds");

    let median = |f: &mut dyn FnMut() -> Result<(Duration, Duration)>| -> Result<(Duration, Duration)> {
        let mut runs = (0..sizes.repeat.max(1)).map(|_| f()).collect::<Result<Vec<_>>>()?;
        runs.sort();
        Ok(runs[runs.len() / 2])
    };
    let queue = procscen::load_str(&queue_scenario(sizes.items), std::path::Path::new("bench-queue.yaml"))?;
    let (in_run, total) = median(&mut || timed_run(&queue, &options(false)))?;
    row("engine queue, 1 producer -> 1 consumer, in run", sizes.items, in_run);
    row("engine queue, end to end (trace assembled)", sizes.items, total);
    let (quiet, _) = median(&mut || timed_run(&queue, &options(true)))?;
    row("engine queue, in run, recording off", sizes.items, quiet);
    let (pipe, _) = median(&mut || plain_pipe(sizes.items).map(|t| (t, t)))?;
    row("plain pipe, 8-byte write/read per item", sizes.items, pipe);
    match python(&python_queue(sizes.items)) {
        Some(t) => row("python multiprocessing.Queue", sizes.items, t),
        None => outln!("{:<58} {:>14}", "python multiprocessing.Queue", "(no python3)"),
    }

    let pool = procscen::load_str(&pool_scenario(sizes.tasks), std::path::Path::new("bench-pool.yaml"))?;
    // The same window as Python's figure: from the first submit to the last result taken.
    let (map, _) = median(&mut || {
        let trace = engine::run(&pool, &options(false))?;
        Ok((map_window(&trace)?, Duration::ZERO))
    })?;
    row("engine pool of 4, map of empty tasks (submit to last result)", sizes.tasks, map);
    let (in_run, total) = median(&mut || timed_run(&pool, &options(false)))?;
    row("engine pool of 4, in run (forking workers to joining them)", sizes.tasks, in_run);
    row("engine pool of 4, end to end (trace assembled)", sizes.tasks, total);
    let (quiet, _) = median(&mut || timed_run(&pool, &options(true)))?;
    row("engine pool of 4, in run, recording off", sizes.tasks, quiet);
    match python(&python_pool(sizes.tasks)) {
        Some(t) => row("python Pool(4).map, chunksize 1", sizes.tasks, t),
        None => outln!("{:<58} {:>14}", "python Pool(4).map", "(no python3)"),
    }
    for events in sizes.checker_events.iter().copied() {
        // A thousand processes, or fewer for small traces so that each has all ten labels.
        let processes = (events / 100).clamp(2, 1000);
        let trace = synthetic_trace(events, processes);
        let scenario = twenty_checks();
        let start = Instant::now();
        let verdicts = procscen::check::check(&scenario, &trace);
        let took = start.elapsed();
        if let Some(v) = verdicts.iter().find(|v| !v.passed) {
            anyhow::bail!("a check of the checker benchmark failed: {}: {}", v.name, v.message);
        }
        let events = trace.processes.iter().map(|p| p.events.len()).sum::<usize>();
        row(&format!("checker: {events} events, {processes} processes, 20 checks"), events as u64, took);
    }
    observer(&sizes, supervisor.as_deref())
}

/// The observer's cost: a program run plainly, under procscen's tracer, and under `strace -f`
/// (which stops at every system call), for a write-heavy and a fork-heavy program.
fn observer(sizes: &Sizes, supervisor: Option<&std::path::Path>) -> Result<()> {
    let lines = sizes.tasks.max(1);
    let forks = (sizes.tasks / 50).max(1);
    let workloads = [
        (
            format!("{lines} lines, one write each (sh printf loop)"),
            lines,
            format!("i=0; while [ $i -lt {lines} ]; do echo line $i; i=$((i+1)); done"),
        ),
        (
            format!("{forks} forks and execs of /bin/true"),
            forks,
            format!("i=0; while [ $i -lt {forks} ]; do /bin/true; i=$((i+1)); done"),
        ),
    ];
    for (what, n, script) in workloads {
        let argv = vec!["sh".to_owned(), "-c".to_owned(), script];
        let plain = median_of(sizes.repeat, || {
            let start = Instant::now();
            Command::new(&argv[0]).args(&argv[1..]).stdout(Stdio::piped()).output()?;
            Ok(start.elapsed())
        })?;
        row(&format!("program plainly: {what}"), n, plain);
        let request = procscen::observer::Request {
            argv: argv.clone(),
            cwd: std::env::temp_dir(),
            env: std::env::vars().collect(),
            stdin: None,
            limits: procscen::observer::Limits { max_output: u64::MAX / 2, ..Default::default() },
            trace: true,
            isolate: false,
            writable: Vec::new(),
            hidden: Vec::new(),
            cgroup: None,
            pids_cgroup: None,
        };
        let traced = median_of(sizes.repeat, || {
            let response = procscen::observer::observe(&request, supervisor)?;
            Ok(Duration::from_millis(response.usage.wall_ms))
        })?;
        row(&format!("program under procscen's tracer: {what}"), n, traced);
        let strace = median_of(sizes.repeat, || {
            let start = Instant::now();
            let out = Command::new("strace")
                .args(["-f", "-qq", "-o", "/dev/null"])
                .args(&argv)
                .stdout(Stdio::piped())
                .output()?;
            anyhow::ensure!(out.status.success(), "strace failed");
            Ok(start.elapsed())
        });
        match strace {
            Ok(t) => row(&format!("program under strace -f: {what}"), n, t),
            Err(_) => outln!("{:<58} {:>14}", format!("program under strace -f: {what}"), "(no strace)"),
        }
    }
    Ok(())
}

fn median_of(repeat: usize, mut f: impl FnMut() -> Result<Duration>) -> Result<Duration> {
    let mut runs = (0..repeat.max(1)).map(|_| f()).collect::<Result<Vec<_>>>()?;
    runs.sort();
    Ok(runs[runs.len() / 2])
}

/// A trace like a big run's: `main` starts `processes - 1` children and joins them; each child
/// records its share of the events (labelled `w0` to `w9` in turn), and every 50th event of a
/// child sends a message to the next child.
fn synthetic_trace(events: usize, processes: usize) -> Trace {
    use procscen::template::Value;
    use procscen::trace::{Edge, EdgeKind, EventId, EventKind, Origin, Outcome, Process};
    let children = processes - 1;
    let per_child = (events / processes).max(12);
    let event = |seq: usize, label: Option<String>, kind: EventKind| procscen::trace::Event {
        seq: seq as u32,
        time_ns: seq as u64,
        label,
        kind,
    };
    let begin =
        |name: &str| EventKind::Begin { name: name.into(), parent_pid: 1, parent_seq: None, origin: Origin::Forked };
    let mut main_events =
        vec![event(0, None, begin("main")), event(1, Some("first".into()), EventKind::Print(Value::plain("first")))];
    for c in 0..children {
        main_events.push(event(
            main_events.len(),
            None,
            EventKind::Start { child_pid: c as i32 + 2, name: "child".into(), origin: Origin::Forked },
        ));
    }
    for c in 0..children {
        let ending = procscen::trace::Ending::Exited(0);
        main_events.push(event(
            main_events.len(),
            None,
            EventKind::Join { child_pid: c as i32 + 2, name: "child".into(), ending },
        ));
    }
    main_events.push(event(main_events.len(), Some("done".into()), EventKind::Print(Value::plain("done"))));
    main_events.push(event(main_events.len(), None, EventKind::End { code: 0 }));
    let mut procs = vec![Process {
        pid: 1,
        parent: None,
        parent_pid: 0,
        name: "main".into(),
        role: "main".into(),
        origin: Origin::Main,
        ending: procscen::trace::Ending::Exited(0),
        events: main_events,
    }];
    let mut edges = Vec::new();
    for c in 0..children {
        let mut list = vec![event(0, None, begin("child"))];
        for j in 1..per_child - 1 {
            list.push(event(j, Some(format!("w{}", j % 10)), EventKind::Print(Value::plain("work"))));
        }
        list.push(event(per_child - 1, None, EventKind::End { code: 0 }));
        let p = c + 1;
        edges.push(Edge {
            from: EventId { process: 0, index: 2 + c },
            to: EventId { process: p, index: 0 },
            kind: EdgeKind::Start,
        });
        edges.push(Edge {
            from: EventId { process: p, index: per_child - 1 },
            to: EventId { process: 0, index: 2 + children + c },
            kind: EdgeKind::Join,
        });
        if c + 1 < children {
            for j in (1..per_child - 2).step_by(50) {
                edges.push(Edge {
                    from: EventId { process: p, index: j },
                    to: EventId { process: p + 1, index: j + 1 },
                    kind: EdgeKind::Message,
                });
            }
        }
        procs.push(Process {
            pid: p as i32 + 1,
            parent: Some(0),
            parent_pid: 1,
            name: "child".into(),
            role: format!("child#{p}"),
            origin: Origin::Forked,
            ending: procscen::trace::Ending::Exited(0),
            events: list,
        });
    }
    Trace { scenario: "synthetic".into(), processes: procs, edges, outcome: Outcome::Finished, supervisor_pid: 0 }
}

/// Twenty ordering checks over the synthetic trace: ten with every child on the first side,
/// ten with every child on the second.
fn twenty_checks() -> procscen::Scenario {
    use procscen::scenario::{Check, CheckKind, EventMatch, Order, Selector};
    let sel =
        |process: &str, label: &str| Selector { process: process.into(), matching: EventMatch::Label(label.into()) };
    let mut checks = Vec::new();
    for k in 0..10 {
        let kind = CheckKind::Before {
            first: sel("child", &format!("w{k}")),
            then: sel("main", "done"),
            order: Order::Guaranteed,
            by: None,
        };
        checks.push(Check::new(format!("every w{k} before done"), kind));
        let kind = CheckKind::Before {
            first: sel("main", "first"),
            then: sel("child", &format!("w{k}")),
            order: Order::Guaranteed,
            by: None,
        };
        checks.push(Check::new(format!("first before every w{k}"), kind));
    }
    procscen::Scenario {
        name: "checker benchmark".into(),
        time_scale: 1.0,
        timeout: Duration::from_secs(1),
        limits: procscen::scenario::RunLimits::DEFAULT,
        vars: Vec::new(),
        processes: Default::default(),
        checks,
        program: None,
        lines: Vec::new(),
    }
}

fn row(what: &str, n: u64, time: Duration) {
    outln!("{what:<58} {:>14.0} {:>14.3}", n as f64 / time.as_secs_f64(), time.as_secs_f64());
}

/// Runs a scenario; returns main's first-to-last event time and the whole call's time.
fn timed_run(scenario: &procscen::Scenario, options: &RunOptions) -> Result<(Duration, Duration)> {
    let start = Instant::now();
    let trace = engine::run(scenario, options)?;
    let total = start.elapsed();
    Ok((in_run(&trace)?, total))
}

fn in_run(trace: &Trace) -> Result<Duration> {
    let main = trace.processes.first().context("the run has no main process")?;
    let (first, last) = (main.events.first(), main.events.last());
    let (Some(first), Some(last)) = (first, last) else { anyhow::bail!("main recorded no events") };
    Ok(Duration::from_nanos(last.time_ns - first.time_ns))
}

/// From main's first submit to its last taken result.
fn map_window(trace: &Trace) -> Result<Duration> {
    use procscen::trace::EventKind;
    let main = trace.processes.first().context("the run has no main process")?;
    let first = main.events.iter().find(|e| matches!(e.kind, EventKind::Submit { .. }));
    let last = main.events.iter().rev().find(|e| matches!(e.kind, EventKind::Result { .. }));
    let (Some(first), Some(last)) = (first, last) else { anyhow::bail!("the pool run has no submit or result") };
    Ok(Duration::from_nanos(last.time_ns - first.time_ns))
}

fn queue_scenario(items: u64) -> String {
    format!(
        "timeout: 10m
processes:
  main:
    - queue: q
    - start: consumer
    - for: i
      range: {items}
      do:
        - put: '{{i}}'
          to: q
    - put: END
      to: q
    - join: consumer
  consumer:
    - for: x
      from: q
      until: END
      do: []
"
    )
}

fn pool_scenario(tasks: u64) -> String {
    format!(
        "timeout: 10m
processes:
  main:
    - pool: p
      size: 4
    - map: nothing
      to: p
      over: {tasks}
    - close: p
    - join: p
  nothing:
    params: [i]
    run: []
"
    )
}

/// Writes `items` 8-byte items into a pipe read by another process, one system call each.
fn plain_pipe(items: u64) -> Result<Duration> {
    let exe = std::env::current_exe()?;
    let mut child = Command::new(exe).arg(PIPE_READER_COMMAND).arg(items.to_string()).stdin(Stdio::piped()).spawn()?;
    let mut stdin = child.stdin.take().context("piped stdin")?;
    let start = Instant::now();
    for i in 0..items {
        // One write of 8 bytes: ChildStdin is not buffered.
        stdin.write_all(&i.to_le_bytes())?;
    }
    drop(stdin);
    let status = child.wait()?;
    anyhow::ensure!(status.success(), "the pipe reader failed: {status}");
    Ok(start.elapsed())
}

/// The reading side of `plain_pipe`: `n` reads of 8 bytes from stdin, unbuffered.
pub fn pipe_reader(n: u64) -> Result<()> {
    let mut item = [0u8; 8];
    let stdin = std::io::stdin();
    for _ in 0..n {
        let mut got = 0;
        while got < 8 {
            got += nix::unistd::read(std::os::fd::AsRawFd::as_raw_fd(&stdin), &mut item[got..])?;
        }
    }
    Ok(())
}

/// Runs a Python script that prints its own timing in seconds; `None` without python3.
fn python(script: &str) -> Option<Duration> {
    let out = Command::new("python3").arg("-c").arg(script).stderr(Stdio::inherit()).output().ok()?;
    let text = String::from_utf8_lossy(&out.stdout);
    text.trim().parse::<f64>().ok().map(Duration::from_secs_f64)
}

fn python_queue(items: u64) -> String {
    format!(
        "import multiprocessing as mp, time
def consume(q):
    while q.get() is not None:
        pass
if __name__ == '__main__':
    q = mp.Queue()
    c = mp.Process(target=consume, args=(q,))
    c.start()
    t = time.perf_counter()
    for i in range({items}):
        q.put(i)
    q.put(None)
    c.join()
    print(time.perf_counter() - t)
"
    )
}

fn python_pool(tasks: u64) -> String {
    format!(
        "import multiprocessing as mp, time
def nothing(i):
    return None
if __name__ == '__main__':
    with mp.Pool(4) as p:
        # Workers are started and idle: time only the map, as the engine's map row does.
        p.map(nothing, range(8), chunksize=1)
        t = time.perf_counter()
        p.map(nothing, range({tasks}), chunksize=1)
        print(time.perf_counter() - t)
"
    )
}
