//! Mistakes learners make with processes, recognized from the observed run (never from the
//! source), each with a paragraph that explains it.

use crate::sources::observer::Observation;
use crate::trace::{EventKind, Origin, Outcome, Trace};
use serde::{Deserialize, Serialize};

/// A mistake recognized in a run.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mistake {
    /// A stable identifier: `crashed`, `duplicated-output`, `orphan`, `never-waited`,
    /// `join-blocked`, `deadlock`, `python2`.
    pub id: String,
    /// What happened in this run, with role names.
    pub what: String,
    /// What a student can learn from it.
    pub explanation: String,
}

/// Every `Mistake::id` there is (`detect`'s and the Python 2 rerun's): docs/grade.schema.json
/// lists the same (a unit test holds them equal).
pub const IDS: [&str; 9] = [
    "syntax-error",
    "cpu-limit",
    "crashed",
    "duplicated-output",
    "orphan",
    "never-waited",
    "join-blocked",
    "deadlock",
    "python2",
];

/// Every mistake recognized in the observation.
pub fn detect(o: &Observation) -> Vec<Mistake> {
    let mut out = Vec::new();
    let refused = refused_source(o, &mut out);
    cpu_limit(&o.trace, &mut out);
    crashed(o, refused, &mut out);
    duplicated_output(&o.trace, &mut out);
    orphans_and_unwaited(o, &mut out);
    join_blocked(&o.trace, &mut out);
    deadlock(&o.trace, &mut out);
    out
}

const DUPLICATED: &str = "Output written before a fork but not yet flushed sits in the process's stdio buffer, and fork copies that buffer into the child. Both processes then write the same text when they flush it (at exit, or when the buffer fills). When output goes to a terminal the buffer is flushed at every newline, which hides the bug; when it goes to a pipe or a file, as when it is graded, it is flushed only when full. Flush before forking (`fflush(stdout)` in C, `sys.stdout.flush()` or `print(..., flush=True)` in Python), or end a child with `_exit`/`os._exit`, which does not flush.";

const CRASHED: &str = "A process that is killed by a signal (SIGSEGV, SIGABRT) or that raises an exception nobody catches stops where it is: whatever it had still to print or to send is lost, and so are the checks that need it; what it did before the crash still counts. A Python process's traceback goes to its stderr, which the report shows; its last line names the exception.";
/// Added to `CRASHED` when main is among the crashed processes.
const MAIN_CRASHED: &str = " Main crashed, so the format points are not earned either: they go to a program that runs to its end (main exiting with status 0).";
/// Added to `CRASHED` when only children crashed.
const CHILD_CRASHED: &str =
    " A crash in a child does not stop the parent, which goes on as if the child had done its work.";

const ORPHAN: &str = "A parent that exits without waiting for its child leaves an orphan: the kernel gives the child a new parent (init, or the nearest child subreaper, here procscen), and from then on `getppid()` in the child returns that new parent's pid, not the pid of the process that made it. Wait for every child you make (`waitpid` in C, `os.waitpid`, `Process.join` or `Pool.join` in Python) before the parent exits.";

const NEVER_WAITED: &str = "A child that ends stays a zombie until its parent waits for it: its exit status is kept for the parent to collect. A parent that never waits leaks zombies while it runs, and cannot know whether its children succeeded. Call `waitpid` (C), `os.waitpid` or `Process.join` (Python) for every child.";

const JOIN_BLOCKED: &str = "A process that has put items into a multiprocessing Queue does not end until its items have been flushed into the queue's pipe; when nobody reads the queue and the pipe is full, it waits forever. Joining such a process before draining the queue therefore deadlocks: the parent waits for the child, and the child waits for someone to read. Take the items out of the queue before you join the process that put them.";

const DEADLOCK: &str = "When the run was stopped at its time limit, every process of the program was blocked waiting for another one: to receive from a pipe, a queue or a socket that no process was going to write to, to send into one that no process was going to read from, or for a child to end that was itself waiting. None of them could ever go on: a deadlock, which only the time limit ended. The usual causes: both processes wait to receive first (each expects the other to send), both use the same end of a Pipe, a message is sent to another connection or never sent (a process that ends with os._exit right after a put may lose it), or a parent waits for a child before giving it what the child waits for.";

/// `DEADLOCK` when the one process left waits to receive and every other had ended.
const DEADLOCK_ALONE: &str = "When the run was stopped at its time limit, the one process left was waiting to receive, and every process that could have sent to it had ended: it would have waited forever, and only the time limit ended it. A pipe or a Pipe connection reports the end of the data only when every copy of its sending end is closed, and the process that waits usually holds one itself: `Pipe()` makes both ends in the parent, and `fork` or `Process` copies them into the child, so the child's end stays open in the parent after the child is gone. The usual causes: the other process crashed (see its error above) or ended before it sent, or sent to another connection. Make sure every path of the sender sends (or catch its error and send that), and close the ends a process does not use.";

/// What a process blocked in the kernel waits for, by its wait channel.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Waits {
    /// Room in a full pipe or socket, to send.
    ToSend,
    /// Bytes in a pipe or socket, to receive.
    ToReceive,
    /// A child to end (`wait4`, `waitid`).
    ForChild,
    /// A futex: a lock, a condition.
    ForLock,
}

impl Waits {
    /// What `wchan` waits for; `None` for anything else (asleep for a time, `poll` or
    /// `select` with a timeout of their own, running), which is not a wait for another
    /// process only.
    fn of(wchan: &str) -> Option<Waits> {
        if wchan.contains("pipe_write") || wchan.contains("sock_alloc_send") {
            Some(Waits::ToSend)
        } else if ["pipe_read", "unix_stream", "skb_wait", "unix_dgram"].iter().any(|w| wchan.contains(w)) {
            Some(Waits::ToReceive)
        } else if wchan.contains("do_wait") {
            Some(Waits::ForChild)
        } else if wchan.contains("futex") {
            Some(Waits::ForLock)
        } else {
            None
        }
    }

    fn describe(self) -> &'static str {
        match self {
            Waits::ToSend => "to send (the pipe or socket is full)",
            Waits::ToReceive => "to receive",
            Waits::ForChild => "for a child to end",
            Waits::ForLock => "for a lock",
        }
    }
}

/// A run stopped at its time limit while every process of the program was blocked waiting for
/// another (`Waits`), at least one of them to send or to receive. The wait channels are the
/// kernel's, read at the stop: a process between two waits (running) makes no deadlock.
fn deadlock(trace: &Trace, out: &mut Vec<Mistake>) {
    let Outcome::TimedOut { alive, .. } = &trace.outcome else { return };
    if alive.is_empty() || out.iter().any(|m| m.id == "join-blocked") {
        return;
    }
    let helper = |pid: i32| trace.processes.iter().any(|p| p.pid == pid && p.origin == Origin::Helper);
    let mut waits = Vec::new();
    for a in alive {
        let Some(how) = Waits::of(&a.wchan).filter(|_| a.state == "S") else { return };
        if !helper(a.pid) {
            let role = a.role.as_deref().or_else(|| trace.role_of_pid(a.pid)).unwrap_or("?");
            waits.push((role.to_owned(), how));
        }
    }
    if !waits.iter().any(|(_, how)| matches!(how, Waits::ToSend | Waits::ToReceive)) {
        return;
    }
    let shown: Vec<String> = waits.iter().map(|(role, how)| format!("{role} waiting {}", how.describe())).collect();
    // One process left has no other to wait for: it waits for one that is gone or never came
    // (a send before its reader was started: blind9 F8).
    let (what, explanation) = match (shown.as_slice(), waits.as_slice()) {
        ([one], [(_, how)]) => {
            let mut what = format!(
                "the one process left was blocked when the run was stopped, with no other to unblock it: {one}"
            );
            // The others had ended (blind21: a child that crashed before it replied, its parent
            // waiting in `recv` for a pipe whose other end it holds itself).
            let ended: Vec<String> = trace
                .processes
                .iter()
                .filter(|p| p.origin != Origin::Helper && !alive.iter().any(|a| a.pid == p.pid))
                .take(3)
                .map(|p| format!("{} ({})", p.role, p.ending))
                .collect();
            if !ended.is_empty() && *how == Waits::ToReceive {
                what.push_str(&format!("; the others had ended: {}", ended.join(", ")));
                (what, DEADLOCK_ALONE)
            } else {
                (what, DEADLOCK)
            }
        }
        _ => (
            format!("every process was blocked waiting for another when the run was stopped: {}", shown.join(", ")),
            DEADLOCK,
        ),
    };
    out.push(Mistake { id: "deadlock".into(), what, explanation: explanation.into() });
}

/// A forked child writing again what its parent wrote before the fork: a copied stdio buffer.
fn duplicated_output(trace: &Trace, out: &mut Vec<Mistake>) {
    if let Some(d) = crate::judge::check::duplicated_output(trace) {
        out.push(Mistake {
            id: "duplicated-output".into(),
            what: format!(
                "{} and {} both wrote {:?}",
                trace.processes[d.parent].role,
                crate::judge::check::its_child(&trace.processes[d.child].role),
                trace.normalize_pids(&d.text)
            ),
            explanation: DUPLICATED.into(),
        });
    }
}

const SYNTAX_ERROR: &str = "Python reads the whole file before it runs any of it: a syntax error anywhere in it (a missing `:`, a bracket or quote left open, a misspelt keyword, indentation that does not line up, tabs mixed with spaces) means that not one line runs, so no check can pass. The message names the line, and the caret under it points where Python gave up; the mistake is often at the end of the line before. Run the program once before handing it in (`python3 your_file.py`, or `python2 your_file.py` for a Python 2 program).";

/// A program its Python refused before running any of it (a `SyntaxError` in the file):
/// nothing ran, so it is no crash of a running program (a C program's syntax error is a
/// compile error likewise). True when `main` was refused.
fn refused_source(o: &Observation, out: &mut Vec<Mistake>) -> bool {
    let Some((error, line)) = o.trace.processes.first().and_then(|_| super::lines::refused_source(o, 0)) else {
        return false;
    };
    let at = line.map(|n| format!(" at line {n}")).unwrap_or_default();
    out.push(Mistake {
        id: "syntax-error".into(),
        what: format!("Python refused the program before running any of it: {error}{at}"),
        explanation: SYNTAX_ERROR.into(),
    });
    true
}

const CPU_LIMIT: &str = "Each process of a graded program may use a limited amount of CPU time (the assignment's `max_cpu_seconds`, 10 s unless it says otherwise); the kernel stops a process that has used it up with SIGXCPU, and whatever it had still to print or to send is lost. A learner's process that computes that long is almost always in a loop that never ends: a `while` whose condition never changes (a counter never incremented), a loop that waits by spinning instead of `wait`/`join`/`recv`, a missing `break`. A process that waits (`sleep`, `wait`, `recv`) uses no CPU time.";

/// Processes the kernel stopped at the CPU time limit (`RLIMIT_CPU`: SIGXCPU): not a crash of
/// their own doing but a limit, most often an endless loop (blind10 F6: the report explained
/// SIGSEGV and exceptions to a learner whose child spun in `while(1)`).
fn cpu_limit(trace: &Trace, out: &mut Vec<Mistake>) {
    let what: Vec<String> = trace
        .processes
        .iter()
        .filter(|p| {
            p.origin != Origin::Helper && p.ending == crate::trace::Ending::Signaled(crate::trace::Signal::SIGXCPU)
        })
        .map(|p| format!("{} used up its CPU time and was stopped by SIGXCPU (a loop that never ends?)", p.role))
        .collect();
    if !what.is_empty() {
        out.push(Mistake { id: "cpu-limit".into(), what: first_few(&what), explanation: CPU_LIMIT.into() });
    }
}

/// How many crashed processes `crashed` names one by one.
const SHOWN_CRASHES: usize = 5;

/// Processes of the program that crashed: killed by a signal, or ended by an exception; not
/// `main` when Python refused its source (`main_refused`: it never ran).
fn crashed(o: &Observation, main_refused: bool, out: &mut Vec<Mistake>) {
    let mut main_crashed = false;
    let what: Vec<String> = (0..o.trace.processes.len())
        .filter(|&p| o.trace.processes[p].origin != Origin::Helper && !(main_refused && p == 0))
        .filter(|&p| match &o.trace.processes[p].ending {
            // A process stopped by SIGTERM or SIGKILL was ended by someone (`terminate()`), which
            // can be on purpose; a crash is a signal of its own doing, or an exception.
            // SIGXCPU is the CPU time limit's (`cpu_limit`).
            crate::trace::Ending::Signaled(s) => !s.is_sent_to_end() && *s != crate::trace::Signal::SIGXCPU,
            // An exit status without an exception is the program's own choice (`sys.exit(2)`,
            // `return 1;`), not a crash; the exit checks judge it.
            crate::trace::Ending::Exited(_) => super::lines::exception(o, p).is_some(),
            _ => true,
        })
        .filter_map(|p| {
            let why = super::lines::crash(o, p)?;
            main_crashed |= p == 0;
            let proc_ = &o.trace.processes[p];
            // By role alone: the pid is the sandbox's, which no other line of the report shows
            // (they show `<main>`, `<child>`), so it told a reader nothing (blind9 F8).
            Some(format!("{} {why}", proc_.role))
        })
        .collect();
    if !what.is_empty() {
        let explanation = format!("{CRASHED}{}", if main_crashed { MAIN_CRASHED } else { CHILD_CRASHED });
        out.push(Mistake { id: "crashed".into(), what: first_few(&what), explanation });
    }
}

/// The first `SHOWN_CRASHES` entries and how many more: a pool that respawns crashing
/// workers makes hundreds, and the first few say what happened.
fn first_few(what: &[String]) -> String {
    match what.split_at_checked(SHOWN_CRASHES) {
        Some((shown, rest)) if rest.len() > 1 => format!("{}; and {} more", shown.join("; "), rest.len()),
        _ => what.join("; "),
    }
}

/// Children whose parent never waited for them: orphans when the parent ended first.
fn orphans_and_unwaited(o: &Observation, out: &mut Vec<Mistake>) {
    let trace = &o.trace;
    if !matches!(trace.outcome, Outcome::Finished) {
        return;
    }
    let mut orphans = Vec::new();
    let mut unwaited = Vec::new();
    // The pids each parent joined, found once per parent, not once per child: a parent of
    // thousands of children (a `vfork` loop) made this quadratic (red team round 11, H1).
    let mut joined: std::collections::HashMap<usize, std::collections::HashSet<i32>> = Default::default();
    for (c, child) in trace.processes.iter().enumerate() {
        let Some(p) = child.parent else { continue };
        let parent = &trace.processes[p];
        if child.origin == Origin::Helper || parent.origin == Origin::Helper {
            continue;
        }
        let waited = joined
            .entry(p)
            .or_insert_with(|| {
                parent
                    .events
                    .iter()
                    .filter_map(|e| match &e.kind {
                        EventKind::Join { child_pid, .. } => Some(*child_pid),
                        _ => None,
                    })
                    .collect()
            })
            .contains(&child.pid);
        if waited {
            continue;
        }
        if o.orphaned.contains(&c) {
            orphans.push(format!("{} (made by {})", child.role, parent.role));
        } else {
            unwaited.push(format!("{} (made by {})", child.role, parent.role));
        }
    }
    if !orphans.is_empty() {
        out.push(Mistake {
            id: "orphan".into(),
            what: format!("a parent exited before its child, without waiting for it: {}", orphans.join(", ")),
            explanation: ORPHAN.into(),
        });
    }
    if !unwaited.is_empty() {
        out.push(Mistake {
            id: "never-waited".into(),
            what: format!("children never waited for by their parent: {}", unwaited.join(", ")),
            explanation: NEVER_WAITED.into(),
        });
    }
}

/// A run cut short while one process waited for a child that was blocked writing to a pipe.
fn join_blocked(trace: &Trace, out: &mut Vec<Mistake>) {
    let alive = match &trace.outcome {
        Outcome::TimedOut { alive, .. } => alive,
        _ => return,
    };
    let in_call = |pid: i32, call: &str| {
        alive.iter().any(|a| a.pid == pid && a.last_event.as_deref().is_some_and(|e| e.contains(call)))
    };
    for p in &trace.processes {
        let Some(parent) = p.parent.map(|q| &trace.processes[q]) else { continue };
        // The kernel's wait channel of a writer waiting for room is `pipe_write` (or
        // `anon_pipe_write`); a reader waiting for bytes (`anon_pipe_read`) is another mistake:
        // a writer that ended with its last item unsent (blind7's `os._exit` after a `put`).
        if in_call(parent.pid, "wait")
            && (in_call(p.pid, "write") || alive.iter().any(|a| a.pid == p.pid && a.wchan.contains("pipe_write")))
        {
            out.push(Mistake {
                id: "join-blocked".into(),
                what: format!(
                    "{} was waiting for {} to end, while {} was blocked writing to a full pipe",
                    parent.role, p.role, p.role
                ),
                explanation: JOIN_BLOCKED.into(),
            });
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A run stopped while main waits for `child`, which waits in the kernel at `wchan`.
    fn stopped_while_joining(wchan: &str) -> Trace {
        use crate::trace::build::TraceBuilder;
        use crate::trace::{AliveProcess, Event, Origin};
        let mut b = TraceBuilder::new("s", 1);
        let event = |seq: u32, kind: EventKind| Event { seq, time_ns: u64::from(seq), label: None, kind };
        b.event(
            10,
            event(0, EventKind::Begin { name: "main".into(), parent_pid: 1, parent_seq: None, origin: Origin::Main }),
        );
        b.event(10, event(1, EventKind::Start { child_pid: 11, name: "child".into(), origin: Origin::Fork }));
        let begin =
            EventKind::Begin { name: "child".into(), parent_pid: 10, parent_seq: Some(1), origin: Origin::Fork };
        b.event(11, event(0, begin));
        let alive = |pid: i32, role: &str, wchan: &str, last: &str| AliveProcess {
            pid,
            role: Some(role.into()),
            state: "S".into(),
            wchan: wchan.into(),
            last_event: Some(last.into()),
        };
        let alive = vec![alive(10, "main", "do_wait", "wait for child"), alive(11, "child", wchan, "began")];
        b.finish(Outcome::TimedOut { after_ms: 1000, alive })
    }

    #[test]
    fn a_child_blocked_reading_is_not_taken_for_one_blocked_writing() {
        let named = |wchan: &str| {
            let mut out = Vec::new();
            join_blocked(&stopped_while_joining(wchan), &mut out);
            out.into_iter().map(|m| m.id).collect::<Vec<_>>()
        };
        assert_eq!(named("pipe_write"), ["join-blocked"]);
        assert_eq!(named("anon_pipe_write"), ["join-blocked"]);
        assert!(named("anon_pipe_read").is_empty());
        assert!(named("pipe_read").is_empty());
    }

    #[test]
    fn the_grade_schema_lists_every_mistake() {
        let schema = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/grade.schema.json")).unwrap();
        let schema: serde_json::Value = serde_json::from_str(&schema).unwrap();
        let listed = &schema["properties"]["mistakes"]["items"]["properties"]["id"]["enum"];
        let listed: Vec<&str> = listed.as_array().expect("an enum of ids").iter().filter_map(|v| v.as_str()).collect();
        assert_eq!(listed, IDS);
    }

    #[test]
    fn a_stop_while_every_process_waits_for_another_is_a_deadlock() {
        let named = |wchan: &str| {
            let mut out = Vec::new();
            deadlock(&stopped_while_joining(wchan), &mut out);
            out.into_iter().map(|m| (m.id, m.what)).collect::<Vec<_>>()
        };
        let found = named("anon_pipe_read");
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].1.ends_with("main waiting for a child to end, child waiting to receive"), "{found:?}");
        // Asleep, polling with a time limit, or running: it may go on by itself.
        for wchan in ["hrtimer_nanosleep", "do_sys_poll", "0", ""] {
            assert!(named(wchan).is_empty(), "{wchan}");
        }
        // Waiting for each other without a receive (two locks) is not named: it may be a slow
        // hand-over the wait channels do not show.
        assert!(named("futex_wait_queue").is_empty());
    }

    /// The one process left waits to receive, and the child that was to send had ended: named,
    /// with the explanation of a pipe end the waiting process holds itself (blind21).
    #[test]
    fn a_receive_left_waiting_after_the_sender_ended_names_the_sender() {
        use crate::trace::build::TraceBuilder;
        use crate::trace::{AliveProcess, Event, Origin};
        let mut b = TraceBuilder::new("s", 1);
        let event = |seq: u32, kind: EventKind| Event { seq, time_ns: u64::from(seq), label: None, kind };
        let main = EventKind::Begin { name: "main".into(), parent_pid: 1, parent_seq: None, origin: Origin::Main };
        b.event(10, event(0, main));
        b.event(10, event(1, EventKind::Start { child_pid: 11, name: "child".into(), origin: Origin::Fork }));
        let begin =
            EventKind::Begin { name: "child".into(), parent_pid: 10, parent_seq: Some(1), origin: Origin::Fork };
        b.event(11, event(0, begin));
        b.event(11, event(1, EventKind::End { code: 1 }));
        let alive = vec![AliveProcess {
            pid: 10,
            role: Some("main".into()),
            state: "S".into(),
            wchan: "anon_pipe_read".into(),
            last_event: Some("started child".into()),
        }];
        let mut out = Vec::new();
        deadlock(&b.finish(Outcome::TimedOut { after_ms: 1000, alive }), &mut out);
        assert_eq!(out.len(), 1, "{out:?}");
        assert!(out[0].what.contains("main waiting to receive; the others had ended: child ("), "{out:?}");
        assert_eq!(out[0].explanation, DEADLOCK_ALONE);
    }

    #[test]
    fn many_crashes_are_named_a_few_then_counted() {
        let names = |n: usize| (0..n).map(|i| format!("w{i}")).collect::<Vec<_>>();
        assert_eq!(first_few(&names(2)), "w0; w1");
        // One more than shown is named rather than counted: "and 1 more" saves nothing.
        assert_eq!(first_few(&names(SHOWN_CRASHES + 1)).matches("; ").count(), SHOWN_CRASHES);
        assert_eq!(first_few(&names(290)), "w0; w1; w2; w3; w4; and 285 more");
    }
}
