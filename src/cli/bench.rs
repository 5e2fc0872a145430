//! `procscen bench`: procscen next to what the same work costs without it, measured side by
//! side in one run on one machine (issue 14's table).
//!
//! Each row times both of its sides `repeat` times, one run of each side in turn (so that a
//! change in the machine's load hits both), and prints the median with the min and max of
//! each, then their ratio and the goal. The procscen side is the whole command as a user
//! waits for it (`procscen run FILE`, `procscen trace -- ...`), from the spawn of the process
//! to its exit, output read; the anchors are C programs compiled before any timing, run the
//! same way, so no side pays for starting a procscen binary the other does not. Memory is the
//! peak resident size of the command's process tree, from `getrusage(RUSAGE_CHILDREN)` in a
//! fresh `__measure` process that runs just that command.

use anyhow::{Context, Result};
use procscen::sources::engine::{self, RunOptions};
use procscen::trace::Trace;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// The hidden command that runs one command and prints its wall time and peak memory.
pub const MEASURE_COMMAND: &str = "__measure";

/// Sizes of the benchmark's workloads.
#[derive(Debug, Clone)]
pub struct Sizes {
    /// Items through the queue (and the C pipe program, and Python's queue).
    pub items: u64,
    /// The numbers of children started and joined, one row each.
    pub children: Vec<u64>,
    /// Lines printed by the traced Python program.
    pub lines: u64,
    /// Empty tasks run by a pool of 4.
    pub tasks: u64,
    /// Runs of each side of each row; the figure is their median.
    pub repeat: usize,
    /// The sizes, in events, of the synthetic traces the checker is timed on.
    pub checker_events: Vec<usize>,
    /// Items through the queue of the recording-cost row, which is timed inside the run and
    /// needs a longer window than `items` gives to be measured to a few percent.
    pub recording_items: u64,
    /// Only the recording-cost row (a quick measure of the engine's recording).
    pub only_recording: bool,
}

/// Runs of one side of a row, in the order they were made.
#[derive(Debug, Clone, Default)]
struct Sample(Vec<f64>);

impl Sample {
    fn sorted(&self) -> Vec<f64> {
        let mut v = self.0.clone();
        v.sort_by(f64::total_cmp);
        v
    }
    fn median(&self) -> f64 {
        let v = self.sorted();
        match v.len() {
            0 => f64::NAN,
            n if n % 2 == 1 => v[n / 2],
            n => (v[n / 2 - 1] + v[n / 2]) / 2.0,
        }
    }
    fn min(&self) -> f64 {
        self.sorted().first().copied().unwrap_or(f64::NAN)
    }
    fn max(&self) -> f64 {
        self.sorted().last().copied().unwrap_or(f64::NAN)
    }
    /// `median (min-max)` with `unit` after each.
    fn show(&self, unit: Unit) -> String {
        format!("{} ({}-{})", unit.show(self.median()), unit.show(self.min()), unit.show(self.max()))
    }
}

/// How a figure is printed.
#[derive(Debug, Clone, Copy)]
enum Unit {
    Seconds,
    PerSecond,
    Bytes,
}

impl Unit {
    fn show(self, x: f64) -> String {
        match self {
            Unit::Seconds => format!("{x:.3} s"),
            Unit::PerSecond if x >= 1e6 => format!("{:.2} M/s", x / 1e6),
            Unit::PerSecond => format!("{:.0} k/s", x / 1e3),
            Unit::Bytes if x >= 1e6 => format!("{:.1} MB", x / 1e6),
            Unit::Bytes => format!("{x:.0} B"),
        }
    }
}

/// Whether a row's goal was met.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Verdict {
    Met,
    NotMet,
    /// An anchor could not be run here (no C compiler, no Python, no strace).
    NoAnchor,
}

impl std::fmt::Display for Verdict {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Verdict::Met => "met",
            Verdict::NotMet => "NOT MET",
            Verdict::NoAnchor => "no anchor here",
        })
    }
}

/// One line of the summary table.
struct Row {
    work: String,
    procscen: String,
    anchor: String,
    ratio: String,
    goal: &'static str,
    verdict: Verdict,
}

/// A scratch directory for the scenario files, their snapshots and the compiled anchors,
/// removed when the bench ends, however it ends.
struct Scratch(PathBuf);

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Runs every row and prints each side's runs, then the table with each goal met or not. A
/// goal not met is a finding, not a failure: the command fails only when a run fails.
pub fn run(sizes: Sizes) -> Result<()> {
    let exe = std::env::current_exe().context("cannot find this procscen executable")?;
    // The anchors are compiled there, then run: in a directory of this user's alone.
    let prefix = format!("procscen-bench-{}", std::process::id());
    let scratch = Scratch(
        procscen::sources::observer::copy::private_temp_dir(&prefix)
            .with_context(|| format!("cannot create a directory {prefix}-* in the temporary directory"))?,
    );
    let dir = scratch.0.as_path();
    outln!(
        "procscen bench: {} queue items, {:?} children, {} traced lines, {} runs of every side, one side after the other",
        sizes.items,
        sizes.children,
        sizes.lines,
        sizes.repeat
    );
    let anchors = compile_anchors(dir);
    if let Err(e) = &anchors {
        outln!("no C anchors: {e:#}");
    }
    let anchors = anchors.ok();
    let mut rows = Vec::new();
    if !sizes.only_recording {
        rows.extend(queue_rows(&exe, dir, &sizes, anchors.as_ref())?);
    }
    rows.push(recording_row(&sizes)?);
    if !sizes.only_recording {
        for &n in &sizes.children {
            rows.push(children_row(&exe, dir, n, sizes.repeat, anchors.as_ref())?);
        }
        rows.push(trace_row(&exe, sizes.lines, sizes.repeat)?);
        other_figures(&sizes)?;
    }

    outln!();
    outln!("| work | procscen | anchor | ratio now | goal | |");
    outln!("|---|---|---|---|---|---|");
    for r in &rows {
        outln!("| {} | {} | {} | {} | {} | {} |", r.work, r.procscen, r.anchor, r.ratio, r.goal, r.verdict);
    }
    let met = rows.iter().filter(|r| r.verdict == Verdict::Met).count();
    outln!(
        "(median (min-max) of {} runs each side, {} pairs for the recording cost; ratios of medians, of the pairs' ratios for the recording cost; {met} of {} goals met)",
        sizes.repeat,
        RECORDING_PAIRS_PER_RUN * sizes.repeat,
        rows.len()
    );
    Ok(())
}

/// The compiled C anchors.
struct Anchors {
    pipe: PathBuf,
    forks: PathBuf,
}

const C_PIPE: &str = r#"/* procscen bench's anchor: n 8-byte items from a parent to a child through a pipe, one
   write and one read each. */
#include <stdint.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>
int main(int argc, char **argv) {
    long n = argc > 1 ? atol(argv[1]) : 0;
    int fds[2];
    if (pipe(fds) != 0) return 1;
    pid_t pid = fork();
    if (pid < 0) return 1;
    if (pid == 0) {
        close(fds[1]);
        uint64_t item;
        for (long i = 0; i < n; i++) {
            size_t got = 0;
            while (got < 8) {
                ssize_t r = read(fds[0], (char *)&item + got, 8 - got);
                if (r <= 0) _exit(2);
                got += (size_t)r;
            }
        }
        _exit(0);
    }
    close(fds[0]);
    for (uint64_t i = 0; i < (uint64_t)n; i++)
        if (write(fds[1], &i, 8) != 8) return 3;
    close(fds[1]);
    int status;
    if (waitpid(pid, &status, 0) != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0) return 4;
    return 0;
}
"#;

const C_FORKS: &str = r#"/* procscen bench's anchor: n children, each started, printing one line and joined in turn. */
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>
int main(int argc, char **argv) {
    long n = argc > 1 ? atol(argv[1]) : 0;
    for (long i = 0; i < n; i++) {
        pid_t pid = fork();
        if (pid < 0) return 1;
        if (pid == 0) {
            char line[32];
            int len = snprintf(line, sizeof line, "child\n");
            _exit(write(1, line, (size_t)len) == len ? 0 : 2);
        }
        int status;
        if (waitpid(pid, &status, 0) != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0) return 3;
    }
    return 0;
}
"#;

/// Compiles the C anchors with `cc -O2`, before anything is timed.
fn compile_anchors(dir: &Path) -> Result<Anchors> {
    let compile = |name: &str, source: &str| -> Result<PathBuf> {
        let c = dir.join(format!("{name}.c"));
        let exe = dir.join(name);
        std::fs::write(&c, source)?;
        let out = Command::new("cc").arg("-O2").arg("-o").arg(&exe).arg(&c).output().context("cannot run cc")?;
        anyhow::ensure!(out.status.success(), "cc failed on {name}.c: {}", String::from_utf8_lossy(&out.stderr));
        Ok(exe)
    };
    Ok(Anchors { pipe: compile("pipe", C_PIPE)?, forks: compile("forks", C_FORKS)? })
}

/// One run of a whole command, as measured by `__measure`.
#[derive(Debug, Clone, Copy)]
struct Measured {
    seconds: f64,
    peak_bytes: f64,
}

/// Runs `argv` under `__measure` (a fresh process, so the peak is this command's alone);
/// fails if the command fails.
fn measure(exe: &Path, argv: &[String]) -> Result<Measured> {
    let out = Command::new(exe)
        .arg(MEASURE_COMMAND)
        .arg("--")
        .args(argv)
        .stdin(Stdio::null())
        .output()
        .context("cannot start the measuring process")?;
    let text = String::from_utf8_lossy(&out.stdout);
    anyhow::ensure!(
        out.status.success(),
        "`{}` failed ({}):\n{text}{}",
        argv.join(" "),
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    let mut words = text.split_whitespace();
    let (Some(ns), Some(kb)) = (words.next(), words.next()) else { anyhow::bail!("__measure printed {text:?}") };
    Ok(Measured { seconds: ns.parse::<f64>()? / 1e9, peak_bytes: kb.parse::<f64>()? * 1024.0 })
}

/// `procscen __measure -- ARGV`: runs the command with its output read from a pipe (as a
/// terminal or a CI log reads it) and thrown away, and prints the nanoseconds from its spawn
/// to its exit and the peak resident size, in KiB, of it and its descendants. Exits 1 if the
/// command did not exit 0, with its output on stdout after the figures.
pub fn measure_command(argv: &[String]) -> Result<bool> {
    let (program, args) = argv.split_first().context("__measure needs a command")?;
    let start = Instant::now();
    let mut child = Command::new(program)
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .with_context(|| format!("cannot start {program}"))?;
    // Stdout is drained here and stderr by a thread, so that neither pipe can fill and stop
    // the command; only the last 64 KiB are kept, for the report of a failure.
    let mut stderr = child.stderr.take().context("piped stderr")?;
    let errors = std::thread::spawn(move || {
        let mut kept = Vec::new();
        let _ = stderr.read_to_end(&mut kept);
        kept
    });
    let mut stdout = child.stdout.take().context("piped stdout")?;
    let mut kept = Vec::new();
    let mut buf = vec![0u8; 64 * 1024];
    loop {
        match stdout.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => {
                kept.extend_from_slice(&buf[..n]);
                if kept.len() > 64 * 1024 {
                    kept.drain(..kept.len() - 64 * 1024);
                }
            }
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e.into()),
        }
    }
    let status = child.wait()?;
    let took = start.elapsed();
    let errors = errors.join().unwrap_or_default();
    let usage = nix::sys::resource::getrusage(nix::sys::resource::UsageWho::RUSAGE_CHILDREN)?;
    outln!("{} {}", took.as_nanos(), usage.max_rss());
    if !status.success() {
        outln!("{}{}", String::from_utf8_lossy(&kept), String::from_utf8_lossy(&errors));
    }
    Ok(status.success())
}

/// Writes a scenario file into the scratch directory and runs it once, untimed, so that its
/// snapshot exists: the timed runs are the steady state of a user's `procscen run`, which
/// compares with the snapshot.
fn prepared(exe: &Path, dir: &Path, name: &str, text: &str) -> Result<Vec<String>> {
    let file = dir.join(name);
    std::fs::write(&file, text)?;
    let argv = vec![exe.display().to_string(), "run".to_owned(), file.display().to_string()];
    // `--accept` writes the snapshot even under CI (env `CI`), where a missing one fails.
    let mut first = argv.clone();
    first.insert(2, "--accept".to_owned());
    measure(exe, &first).with_context(|| format!("the bench's {name} does not pass"))?;
    Ok(argv)
}

/// Times two commands `repeat` times each, in turn.
fn side_by_side(
    exe: &Path,
    a: &[String],
    b: Option<&[String]>,
    repeat: usize,
) -> Result<(Vec<Measured>, Vec<Measured>)> {
    let (mut first, mut second) = (Vec::new(), Vec::new());
    for _ in 0..repeat {
        first.push(measure(exe, a)?);
        if let Some(b) = b {
            second.push(measure(exe, b)?);
        }
    }
    Ok((first, second))
}

fn seconds(runs: &[Measured]) -> Sample {
    Sample(runs.iter().map(|m| m.seconds).collect())
}

/// A row whose goal is a ratio of medians at most `goal`, written `goal_text`.
fn ratio_row(
    work: String,
    procscen: &Sample,
    anchor: Option<(&str, &Sample)>,
    goal: f64,
    goal_text: &'static str,
) -> Row {
    match anchor {
        Some((name, anchor)) => {
            let ratio = procscen.median() / anchor.median();
            Row {
                work,
                procscen: procscen.show(Unit::Seconds),
                anchor: format!("{name}: {}", anchor.show(Unit::Seconds)),
                ratio: format!("{ratio:.2}×"),
                goal: goal_text,
                verdict: if ratio <= goal { Verdict::Met } else { Verdict::NotMet },
            }
        }
        None => Row {
            work,
            procscen: procscen.show(Unit::Seconds),
            anchor: "(not run)".into(),
            ratio: "-".into(),
            goal: goal_text,
            verdict: Verdict::NoAnchor,
        },
    }
}

/// The queue rows: the whole command against the C pipe program, items per second in the
/// run, recording on against off, and peak memory per event.
fn queue_rows(exe: &Path, dir: &Path, sizes: &Sizes, anchors: Option<&Anchors>) -> Result<Vec<Row>> {
    let items = sizes.items;
    let repeat = sizes.repeat;
    let mut rows = Vec::new();

    // Whole command, and its memory.
    let run = prepared(exe, dir, "queue.yaml", &queue_scenario(items))?;
    let small = prepared(exe, dir, "queue-small.yaml", &queue_scenario(1))?;
    let pipe = anchors.map(|a| vec![a.pipe.display().to_string(), items.to_string()]);
    let (whole, c) = side_by_side(exe, &run, pipe.as_deref(), repeat)?;
    let (whole, c) = (seconds(&whole), seconds(&c));
    outln!("queue, {items} items, whole `procscen run`: {}", whole.show(Unit::Seconds));
    if pipe.is_some() {
        outln!("C pipe program, {items} 8-byte items, one write and one read each: {}", c.show(Unit::Seconds));
    }
    rows.push(ratio_row(
        format!("`procscen run` of 1 producer → 1 consumer, {items} items (whole command)"),
        &whole,
        pipe.as_ref().map(|_| ("C pipe program, one 8-byte item per write/read", &c)),
        2.0,
        "≤ 2×",
    ));

    // Items per second inside the run, recording on.
    let queue = procscen::load_str(&queue_scenario(items), Path::new("queue.yaml"))?;
    let (mut on, mut events) = (Vec::new(), 0);
    for _ in 0..repeat {
        let trace = engine::run(&queue, &RunOptions::default())?;
        events = trace.processes.iter().map(|p| p.events.len()).sum::<usize>();
        on.push(in_run(&trace)?.as_secs_f64());
    }
    let on = Sample(on);
    let rate = |s: &Sample| Sample(s.0.iter().map(|t| items as f64 / t).collect());
    let python = (0..repeat).map(|_| python(&python_queue(items))).collect::<Option<Vec<_>>>();
    let python = python.map(|runs| rate(&Sample(runs.iter().map(Duration::as_secs_f64).collect())));
    let engine_rate = rate(&on);
    let pipe_rate = Sample(c.0.iter().map(|t| items as f64 / t).collect());
    outln!("queue, items/s inside the run (main's first event to its last): {}", engine_rate.show(Unit::PerSecond));
    let mut anchor = Vec::new();
    let mut ratio = Vec::new();
    let mut verdict = Verdict::Met;
    if pipe.is_some() {
        anchor.push(format!("C pipe: {}", pipe_rate.show(Unit::PerSecond)));
        let r = engine_rate.median() / pipe_rate.median();
        ratio.push(format!("{r:.1}× pipe"));
        if r < 1.0 {
            verdict = Verdict::NotMet;
        }
    } else {
        verdict = Verdict::NoAnchor;
    }
    match &python {
        Some(p) => {
            outln!("Python multiprocessing.Queue, items/s: {}", p.show(Unit::PerSecond));
            anchor.push(format!("Python mp.Queue: {}", p.show(Unit::PerSecond)));
            let r = engine_rate.median() / p.median();
            ratio.push(format!("{r:.0}× Python"));
            if r < 10.0 {
                verdict = Verdict::NotMet;
            }
        }
        None => {
            anchor.push("Python mp.Queue: (no python3)".into());
            if verdict == Verdict::Met {
                verdict = Verdict::NoAnchor;
            }
        }
    }
    rows.push(Row {
        work: "the same, items/s inside the run".into(),
        procscen: engine_rate.show(Unit::PerSecond),
        anchor: anchor.join("; "),
        ratio: ratio.join(", "),
        goal: "keep: ≥ 1× pipe, ≥ 10× Python",
        verdict,
    });

    // Peak memory: the whole queue run against a run of one item; what grows is per event.
    let (small_runs, _) = side_by_side(exe, &small, None, repeat)?;
    let big_runs = side_by_side(exe, &run, None, 1)?.0;
    let peak = Sample(big_runs.iter().map(|m| m.peak_bytes).collect());
    let base = Sample(small_runs.iter().map(|m| m.peak_bytes).collect());
    let per_event = (peak.median() - base.median()).max(0.0) / events.max(1) as f64;
    outln!(
        "queue, {items} items ({events} events), peak resident memory of the command: {}; of a 1-item run: {}",
        peak.show(Unit::Bytes),
        base.show(Unit::Bytes)
    );
    rows.push(Row {
        work: format!("peak memory of the command, {items}-item queue run ({events} events)"),
        procscen: Unit::Bytes.show(peak.median()),
        anchor: format!("1-item run: {}", Unit::Bytes.show(base.median())),
        ratio: format!("{per_event:.0} bytes per event above it"),
        goal: "≤ 100 bytes per event",
        verdict: if per_event <= 100.0 { Verdict::Met } else { Verdict::NotMet },
    });
    Ok(rows)
}

/// Pairs of the recording-cost row per run of the other rows' sides. Its figure is a few percent
/// in a window that one run to the next moves by half on a 2-core VM: ten pairs told it to
/// +-5 % at best, twenty to about +-3 % (docs/performance.md), for 10 s more of the bench.
const RECORDING_PAIRS_PER_RUN: usize = 4;

/// What recording costs the queue inside the run: the same scenario (`recording_items` items,
/// 1 producer → 1 consumer) with recording on and off, in `RECORDING_PAIRS_PER_RUN × repeat`
/// pairs. A pair's two runs are made one right after the other, in alternating order (on
/// first, then off first), so that a change of the machine's load or a run's after-effects
/// (freeing the last trace) hit both sides alike; the cost is the median of the pairs' ratios, which a slow stretch of the
/// machine moves less than a ratio of two medians taken over different stretches.
fn recording_row(sizes: &Sizes) -> Result<Row> {
    let items = sizes.recording_items;
    let queue = procscen::load_str(&queue_scenario(items), Path::new("queue.yaml"))?;
    // The window inside the run, and the CPU time of the run's processes (the keeper, the
    // supervisor, main and the consumer, each waited for by its parent): the CPU time is not
    // the row's figure, but it tells what recording costs when the machine's load moves the
    // window.
    let run = |without_recording| -> Result<(f64, f64)> {
        let cpu = || -> Result<f64> {
            let usage = nix::sys::resource::getrusage(nix::sys::resource::UsageWho::RUSAGE_CHILDREN)?;
            let seconds = |t: nix::sys::time::TimeVal| t.tv_sec() as f64 + t.tv_usec() as f64 / 1e6;
            Ok(seconds(usage.user_time()) + seconds(usage.system_time()))
        };
        let before = cpu()?;
        let trace = engine::run(&queue, &RunOptions { without_recording, ..RunOptions::default() })?;
        Ok((in_run(&trace)?.as_secs_f64(), cpu()? - before))
    };
    let (mut on, mut off, mut ratios, mut cpu_on, mut cpu_off) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for pair in 0..RECORDING_PAIRS_PER_RUN * sizes.repeat {
        let (a, b) = if pair % 2 == 0 {
            let a = run(false)?;
            (a, run(true)?)
        } else {
            let b = run(true)?;
            (run(false)?, b)
        };
        on.push(a.0);
        off.push(b.0);
        ratios.push(a.0 / b.0);
        cpu_on.push(a.1);
        cpu_off.push(b.1);
    }
    let (on, off, ratios) = (Sample(on), Sample(off), Sample(ratios));
    outln!(
        "queue of {items} items in run, recording on: {}; off: {}; on/off per pair: {:.3} ({:.3}-{:.3}); CPU of the run's processes, on: {}; off: {}",
        on.show(Unit::Seconds),
        off.show(Unit::Seconds),
        ratios.median(),
        ratios.min(),
        ratios.max(),
        Sample(cpu_on).show(Unit::Seconds),
        Sample(cpu_off).show(Unit::Seconds),
    );
    let cost = ratios.median() - 1.0;
    Ok(Row {
        work: format!("recording cost on the queue (record on vs off, inside the run, {items} items)"),
        procscen: format!("on {}", on.show(Unit::Seconds)),
        anchor: format!("off {}", off.show(Unit::Seconds)),
        ratio: format!(
            "{:+.0} % (pairs {:+.0} % to {:+.0} %)",
            cost * 100.0,
            (ratios.min() - 1.0) * 100.0,
            (ratios.max() - 1.0) * 100.0
        ),
        goal: "≤ 10 %",
        verdict: if cost <= 0.10 { Verdict::Met } else { Verdict::NotMet },
    })
}

/// `n` children started and joined one at a time, each printing a line, against a C loop of
/// fork, write and waitpid.
fn children_row(exe: &Path, dir: &Path, n: u64, repeat: usize, anchors: Option<&Anchors>) -> Result<Row> {
    let run = prepared(exe, dir, &format!("children-{n}.yaml"), &children_scenario(n))?;
    let c = anchors.map(|a| vec![a.forks.display().to_string(), n.to_string()]);
    let (whole, anchor) = side_by_side(exe, &run, c.as_deref(), repeat)?;
    let (whole, anchor) = (seconds(&whole), seconds(&anchor));
    outln!("start+join {n} children, whole `procscen run`: {}", whole.show(Unit::Seconds));
    if c.is_some() {
        outln!("C fork+write+waitpid loop, {n} children: {}", anchor.show(Unit::Seconds));
    }
    Ok(ratio_row(
        format!("start+join {n} children, one line each (whole command)"),
        &whole,
        c.as_ref().map(|_| ("C fork+waitpid loop", &anchor)),
        1.3,
        "≤ 1.3×",
    ))
}

/// `procscen trace` of Python printing `lines` unbuffered lines, against Python alone and
/// under `strace -f`.
fn trace_row(exe: &Path, lines: u64, repeat: usize) -> Result<Row> {
    let script = format!("for i in range({lines}):\n    print(i)\n");
    let bare = vec!["python3".to_owned(), "-u".to_owned(), "-c".to_owned(), script];
    let mut traced = vec![exe.display().to_string(), "trace".into(), "--timeout".into(), "10m".into(), "--".into()];
    traced.extend(bare.iter().cloned());
    let mut strace = vec!["strace".to_owned(), "-f".into(), "-qq".into(), "-o".into(), "/dev/null".into()];
    strace.extend(bare.iter().cloned());
    let work = format!("`procscen trace` of Python printing {lines} unbuffered lines");
    if measure(exe, &bare).is_err() {
        outln!("{work}: (no python3)");
        return Ok(Row {
            work,
            procscen: "-".into(),
            anchor: "(no python3)".into(),
            ratio: "-".into(),
            goal: "≤ 5× bare",
            verdict: Verdict::NoAnchor,
        });
    }
    let has_strace =
        measure(exe, &["strace".to_owned(), "-qq".into(), "-o".into(), "/dev/null".into(), "true".into()]).is_ok();
    let (mut t, mut b, mut s) = (Vec::new(), Vec::new(), Vec::new());
    for _ in 0..repeat {
        t.push(measure(exe, &traced)?);
        b.push(measure(exe, &bare)?);
        if has_strace {
            s.push(measure(exe, &strace)?);
        }
    }
    let (t, b, s) = (seconds(&t), seconds(&b), seconds(&s));
    outln!("{work}: {}; bare: {}", t.show(Unit::Seconds), b.show(Unit::Seconds));
    let mut row = ratio_row(work, &t, Some(("bare", &b)), 5.0, "≤ 5× bare");
    if has_strace {
        outln!("the same under strace -f: {}", s.show(Unit::Seconds));
        row.anchor = format!("{}; strace -f: {}", row.anchor, s.show(Unit::Seconds));
        row.ratio = format!("{} bare (strace -f: {:.1}×)", row.ratio, s.median() / b.median());
    }
    Ok(row)
}

/// Figures with no goal of their own: the pool against Python's, and the checker.
fn other_figures(sizes: &Sizes) -> Result<()> {
    let options = |without_recording| RunOptions { without_recording, ..RunOptions::default() };
    let pool = procscen::load_str(&pool_scenario(sizes.tasks), Path::new("bench-pool.yaml"))?;
    let (mut map, mut on, mut off) = (Vec::new(), Vec::new(), Vec::new());
    for _ in 0..sizes.repeat {
        let trace = engine::run(&pool, &options(false))?;
        map.push(map_window(&trace)?.as_secs_f64());
        on.push(in_run(&trace)?.as_secs_f64());
        // Without recording there are no submit events: only main's first and last.
        off.push(in_run(&engine::run(&pool, &options(true))?)?.as_secs_f64());
    }
    let tasks = sizes.tasks as f64;
    let rate = |s: Vec<f64>| Sample(s.into_iter().map(|t| tasks / t).collect());
    outln!(
        "engine pool of 4, map of {} empty tasks (submit to last result), tasks/s: {}",
        sizes.tasks,
        rate(map).show(Unit::PerSecond),
    );
    outln!(
        "engine pool of 4, in run (forking workers to joining them), tasks/s: {}; recording off: {}",
        rate(on).show(Unit::PerSecond),
        rate(off).show(Unit::PerSecond)
    );
    match (0..sizes.repeat).map(|_| python(&python_pool(sizes.tasks))).collect::<Option<Vec<_>>>() {
        Some(runs) => outln!(
            "python Pool(4).map, chunksize 1, tasks/s: {}",
            rate(runs.iter().map(Duration::as_secs_f64).collect()).show(Unit::PerSecond)
        ),
        None => outln!("python Pool(4).map: (no python3)"),
    }
    for events in sizes.checker_events.iter().copied() {
        // A thousand processes, or fewer for small traces so that each has all ten labels.
        let processes = (events / 100).clamp(2, 1000);
        let trace = synthetic_trace(events, processes);
        let scenario = twenty_checks();
        let start = Instant::now();
        let verdicts = procscen::judge::check::check(&scenario, &trace);
        let took = start.elapsed();
        if let Some(v) = verdicts.iter().find(|v| !v.passed) {
            anyhow::bail!("a check of the checker benchmark failed: {}: {}", v.name, v.message);
        }
        let events = trace.processes.iter().map(|p| p.events.len()).sum::<usize>();
        outln!("checker: {events} events, {processes} processes, 20 checks: {:.3} s", took.as_secs_f64());
    }
    Ok(())
}

/// A trace like a big run's: `main` starts `processes - 1` children and joins them; each child
/// records its share of the events (labelled `w0` to `w9` in turn), and every 50th event of a
/// child sends a message to the next child.
fn synthetic_trace(events: usize, processes: usize) -> Trace {
    use procscen::model::template::Value;
    use procscen::trace::{Edge, EdgeKind, EventId, EventKind, Origin, Outcome, Process};
    let children = processes - 1;
    let per_child = (events / processes).max(12);
    let event = |seq: usize, label: Option<String>, kind: EventKind| procscen::trace::Event {
        seq: seq as u32,
        time_ns: seq as u64,
        label: label.map(procscen::model::template::Name::from),
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
        received: Vec::new(),
        received_marks: Vec::new(),
        received_from: Vec::new(),
        sent_bytes: Vec::new(),
        sent_marks: Vec::new(),
        received_short: Vec::new(),
        sent_short: Vec::new(),
        sent: Vec::new(),
    }];
    let mut edges = Vec::new();
    for c in 0..children {
        let mut list = vec![event(0, None, begin("child"))];
        for j in 1..per_child - 1 {
            list.push(event(j, Some(format!("w{}", j % 10)), EventKind::Print(Value::plain("work"))));
        }
        list.push(event(per_child - 1, None, EventKind::End { code: 0 }));
        let p = c + 1;
        edges.push(Edge { from: EventId::new(0, 2 + c), to: EventId::new(p, 0), kind: EdgeKind::Start });
        edges.push(Edge {
            from: EventId::new(p, per_child - 1),
            to: EventId::new(0, 2 + children + c),
            kind: EdgeKind::Join,
        });
        if c + 1 < children {
            for j in (1..per_child - 2).step_by(50) {
                edges.push(Edge { from: EventId::new(p, j), to: EventId::new(p + 1, j + 1), kind: EdgeKind::Message });
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
            received: Vec::new(),
            received_marks: Vec::new(),
            received_from: Vec::new(),
            sent_bytes: Vec::new(),
            sent_marks: Vec::new(),
            received_short: Vec::new(),
            sent_short: Vec::new(),
            sent: Vec::new(),
        });
    }
    Trace { scenario: "synthetic".into(), processes: procs, edges, outcome: Outcome::Finished, supervisor_pid: 0 }
}

/// Twenty ordering checks over the synthetic trace: ten with every child on the first side,
/// ten with every child on the second.
fn twenty_checks() -> procscen::Scenario {
    use procscen::model::scenario::{Check, CheckKind, EventMatch, Order, Selector};
    let sel =
        |process: &str, label: &str| Selector { process: process.into(), matching: EventMatch::Label(label.into()) };
    let mut checks = Vec::new();
    for k in 0..10 {
        let kind = CheckKind::Before {
            first: sel("child", &format!("w{k}")),
            then: sel("main", "done"),
            order: Order::Guaranteed,
            by: None,
            nth: false,
            first_only: false,
            ignoring: Vec::new(),
        };
        checks.push(Check::new(format!("every w{k} before done"), kind));
        let kind = CheckKind::Before {
            first: sel("main", "first"),
            then: sel("child", &format!("w{k}")),
            order: Order::Guaranteed,
            by: None,
            nth: false,
            first_only: false,
            ignoring: Vec::new(),
        };
        checks.push(Check::new(format!("first before every w{k}"), kind));
    }
    procscen::Scenario {
        name: "checker benchmark".into(),
        time_scale: 1.0,
        timeout: Duration::from_secs(1),
        limits: procscen::model::scenario::RunLimits::DEFAULT,
        vars: Vec::new(),
        processes: Default::default(),
        checks,
        program: None,
        lines: Vec::new(),
    }
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

fn children_scenario(children: u64) -> String {
    format!(
        "timeout: 10m
processes:
  main:
    - for: i
      range: {children}
      do:
        - start: kid
        - join: kid
  kid:
    - print: child
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
