//! The checker: evaluates a scenario's `expect:` section on a trace.
//!
//! It only reads the trace. Ordering checks use the trace's causality (happens-before) by
//! default, so that a check that passes holds in every schedule of the same program; an
//! `observed` check compares timestamps and warns when the order it saw was not guaranteed.

mod explain;
mod sync;
mod topology;

pub use topology::{duplicated_output, its_child, Duplicated};

use crate::model::scenario::{
    Check, CheckKind, EventMatch, ExpectedEnding, Key, Order, Scenario, Selector, ANY_PROCESS, WRITER,
};
use crate::model::template::{Span, Volatile};
use crate::trace::reach::Reach;
use crate::trace::{EdgeKind, Ending, EventId, EventKind, Outcome, Process, TaskRef, Trace};

/// The result of one check.
#[derive(Debug, Clone, PartialEq)]
pub struct Verdict {
    pub name: String,
    pub passed: bool,
    /// Why it failed, or what it established.
    pub message: String,
    /// Set when a check passed for a reason that may not hold in another run.
    pub warning: Option<String>,
    /// The events the message is about.
    pub events: Vec<EventId>,
    /// Set when a check passed only because what it is about never happened (an upper bound on
    /// the processes of a role when none ran): true, but not earned when graded.
    pub vacuous: bool,
}

/// Evaluates every check of `scenario` on `trace`, after one implicit check that the run
/// finished by itself.
pub fn check(scenario: &Scenario, trace: &Trace) -> Vec<Verdict> {
    let mut verdicts = vec![finished(trace)];
    if scenario.checks.is_empty() {
        // The happens-before index and the task index cost a pass over every event of a
        // big run (a tenth of a 400,000-event run's post-processing): only checks read them.
        return verdicts;
    }
    let reach = Reach::new(trace);
    let tasks = trace.task_index();
    let ctx = Ctx { trace, reach, tasks: &tasks, ignoring: &[] };
    verdicts.extend(scenario.checks.iter().map(|c| ctx.check(c)));
    verdicts
}

/// Whether the run finished before its timeout: the verdict every run has.
fn finished(trace: &Trace) -> Verdict {
    let (passed, message) = match &trace.outcome {
        Outcome::Finished => (true, "every process ended by itself".to_owned()),
        Outcome::TimedOut { after_ms, alive } => {
            (false, format!("the run was killed at its timeout after {after_ms} ms; alive then:{}", alive_list(alive)))
        }
        Outcome::LimitReached { limit, alive } => {
            (false, format!("the run was stopped: {limit} limit reached; alive then:{}", alive_list(alive)))
        }
        Outcome::Interrupted { signal, alive } => {
            (false, format!("the run was interrupted by {signal}; alive then:{}", alive_list(alive)))
        }
    };
    // A run stopped in a deadlock says who holds what and who waits for what.
    let message = match trace.deadlock() {
        Some(d) => format!("{message}\n  deadlock: {d}"),
        None => message,
    };
    Verdict {
        name: "the run finishes before its timeout".into(),
        passed,
        message,
        warning: None,
        events: Vec::new(),
        vacuous: false,
    }
}

struct Ctx<'t> {
    trace: &'t Trace,
    reach: Reach,
    /// The pool task of every event, by process and index.
    tasks: &'t [Vec<Option<TaskRef<'t>>>],
    /// The kinds of edge the check leaves out (`ignoring:`), which `reach` was built without:
    /// a chain an explanation shows must not cross them either.
    ignoring: &'t [EdgeKind],
}

/// The most pairs of a `before … by:` check judged one by one (`before_by_key`); above it,
/// key by key (`before_by_key_groups`).
const PAIRS_ONE_BY_ONE: usize = 100_000;

impl Ctx<'_> {
    fn check(&self, c: &Check) -> Verdict {
        let mut v = match &c.kind {
            CheckKind::Before { first, then, order, by, nth, first_only, ignoring } => {
                let by = by.as_ref().map(|k| (k, *nth));
                self.without(ignoring, |ctx| ctx.before(first, then, *order, by, *first_only))
            }
            CheckKind::Concurrent { a, b } => self.concurrent(a, b),
            CheckKind::ParentOf { parent, child, directly } => self.parent_of(parent, child, *directly),
            CheckKind::WaitsFor { parent, child } => self.waits_for(parent, child),
            CheckKind::Exit { process, ending } => self.exit(process, ending),
            CheckKind::SameValue { var, a, b } => {
                self.values(var, a, b, |x, y| (x.0 == y.0, format!("{} and {} differ", x.0, y.0)))
            }
            CheckKind::ComputedAfresh { var, a, b } => self.values(var, a, b, |x, y| match (x.1, y.1) {
                (Some(ox), Some(oy)) => {
                    (ox != oy, format!("both printed a value computed at the same place ({})", x.0))
                }
                _ => (false, format!("`{var}` is not a random value, so where it was computed cannot be told")),
            }),
            CheckKind::Value { var, at, equals } => self.value(var, at, equals),
            CheckKind::Computed { var, at, expr } => self.computed(var, at, expr),
            CheckKind::PidOf { var, at, process } => self.pid_of(var, at, process),
            CheckKind::SameProcess { a, b, by } => self.same_process(a, b, by.as_ref()),
            CheckKind::DifferentProcess { a, b, by } => self.different_process(a, b, by.as_ref()),
            CheckKind::DescendantOf { ancestor, descendant } => self.descendant_of(ancestor, descendant),
            CheckKind::NothingLeft => self.nothing_left(),
            CheckKind::InFlight { what, bounds } => self.in_flight(what, bounds),
            CheckKind::AllLinesMatch => self.all_lines_match(),
            CheckKind::Count { what, bounds } => self.count(what, bounds),
            CheckKind::Delivery { channel } => self.delivery(channel),
            CheckKind::Fifo { var, a, b, unread_allowed } => self.fifo(var, a, b, *unread_allowed),
            CheckKind::Received { var, at } => self.received(var, at),
            CheckKind::NoDuplicatedOutput => self.no_duplicated_output(),
            CheckKind::MutualExclusion { name } => self.mutual_exclusion(name),
            CheckKind::Final { name, bounds } => self.final_value(name, bounds),
            CheckKind::NoDeadlock => self.no_deadlock(),
            CheckKind::Acquired { name, by, at_least } => self.acquired(name, by.as_deref(), *at_least),
        };
        v.name = c.name.clone();
        v
    }

    /// The events a selector names: those of the processes with its name, and those recorded
    /// by pool tasks running the definition with its name, in whichever worker ran them.
    fn select(&self, sel: &Selector) -> Vec<EventId> {
        // Anchored at both ends: the whole command line. It compiled when the file was loaded.
        let whole = match &sel.matching {
            EventMatch::CommandMatches(re) | EventMatch::CommandNotMatching(re) => {
                regex::Regex::new(&format!("^(?:{re})$")).ok()
            }
            _ => None,
        };
        let matches = |e: &crate::trace::Event| match &sel.matching {
            EventMatch::Label(l) => e.label.as_deref() == Some(l.as_str()),
            EventMatch::Text(t) => {
                matches!(&e.kind, EventKind::Print(v) | EventKind::Logged(v) if v.text.contains(t.as_str()))
            }
            EventMatch::Line(t) => matches!(&e.kind, EventKind::Print(v) | EventKind::Logged(v) if v.text == *t),
            EventMatch::Command(t) => {
                matches!(&e.kind, EventKind::Exec { argv, own_file: false } if argv.join(" ").contains(t.as_str()))
            }
            EventMatch::CommandMatches(_) => {
                matches!(&e.kind, EventKind::Exec { argv, own_file: false } if whole.as_ref().is_some_and(|re| re.is_match(&argv.join(" "))))
            }
            // A file the program could have made is never the command asked for, whatever it
            // is called.
            EventMatch::CommandNotMatching(_) => match &e.kind {
                EventKind::Exec { argv, own_file } => {
                    *own_file || !whole.as_ref().is_some_and(|re| re.is_match(&argv.join(" ")))
                }
                _ => false,
            },
            EventMatch::ForkedSharingMemory(child) => {
                e.label.as_deref() == Some(crate::trace::names::SHARED_FORK_LABEL)
                    && matches!(&e.kind, EventKind::Fork { name, .. } if name == child)
            }
        };
        // One pass over the trace: an event is named when its process has the selector's
        // name, or when it belongs to a task of the definition with that name.
        let mut named = vec![sel.process == ANY_PROCESS; self.trace.processes.len()];
        for p in self.trace.processes_named(&sel.process) {
            named[p] = true;
        }
        let mut out = Vec::new();
        for (p, proc_) in self.trace.processes.iter().enumerate() {
            for (i, e) in proc_.events.iter().enumerate() {
                let in_task = self.tasks[p].get(i).copied().flatten().is_some_and(|t| t.process == sel.process)
                    && !matches!(e.kind, EventKind::Submit { .. } | EventKind::Result { .. });
                if (named[p] || in_task) && matches(e) {
                    out.push(EventId::new(p, i));
                }
            }
        }
        out
    }

    /// The key an event is paired by.
    fn key(&self, id: EventId, key: &Key) -> Option<String> {
        match key {
            Key::Task => self.tasks[id.process()]
                .get(id.index())
                .copied()
                .flatten()
                .map(|t| format!("task {}/{}", t.pool, t.task)),
            Key::Process => Some(format!("process {}", id.process())),
            Key::Var(var) => self.printed(id, var).map(|(v, _)| format!("{var} = {v}")),
        }
    }

    /// Resolves both selectors or returns the failing verdict that says which matched nothing.
    fn select_both(&self, a: &Selector, b: &Selector) -> Result<(Vec<EventId>, Vec<EventId>), Verdict> {
        let (ea, eb) = (self.select(a), self.select(b));
        for (events, sel) in [(&ea, a), (&eb, b)] {
            if events.is_empty() {
                let why = match &sel.matching {
                    // An observed program's `exec` label: what a spawned child does first (blind21:
                    // "no event matches child.exec" said nothing to a student who forked).
                    EventMatch::Label(label) if label == "exec" && self.trace.is_observed() => format!(
                        "{} never executed a program in this run (a process made by fork runs on in a copy of \
                         its parent; spawn's child executes a new interpreter)",
                        sel.process
                    ),
                    // "it never happened" read wrong when another process printed the line (main
                    // printing a pool task's result from a callback: blind25).
                    _ if sel.process != ANY_PROCESS && self.trace.processes_named(&sel.process).next().is_some() => {
                        format!("no process named {} reached that action or printed that line in this run", sel.process)
                    }
                    _ => {
                        "it never happened in this run (no process reached that action or printed that line)".to_owned()
                    }
                };
                return Err(fail(format!("no event matches {sel}: {why}"), Vec::new()));
            }
        }
        Ok((ea, eb))
    }

    fn describe(&self, id: EventId) -> String {
        let e = self.trace.event(id);
        format!("{} {}", self.trace.event_name(id), e.kind)
    }

    /// `check` run on the trace's edges less those of the kinds `ignoring` names (on all of
    /// them when it names none). A failure whose events are ordered only through the edges
    /// left out says so, instead of "by chance".
    fn without(&self, ignoring: &[EdgeKind], check: impl Fn(&Ctx) -> Verdict) -> Verdict {
        if ignoring.is_empty() {
            return check(self);
        }
        let without =
            Ctx { trace: self.trace, reach: Reach::without(self.trace, ignoring), tasks: self.tasks, ignoring };
        let mut v = check(&without);
        // "start and join", "start, join and signal".
        let names: Vec<&str> = ignoring.iter().map(|k| k.as_str()).collect();
        let kinds = match names.split_last() {
            Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
            _ => names.concat(),
        };
        // What else could have ordered them, when it is not among the edges left out (a check
        // leaving messages out said "nothing else (no message)": blind24).
        let other = if ignoring.contains(&EdgeKind::Message) { "" } else { " (no message)" };
        v.message = match v.events[..] {
            [a, b] if !v.passed && self.reach.happens_before(a, b) => format!(
                "{} comes before {} only through {kinds} edges, which this check leaves out: nothing else{other} \
                 orders them",
                self.describe(a),
                self.describe(b)
            ),
            _ => format!("{} (ignoring {kinds} edges)", v.message),
        };
        v
    }

    /// `by` is the key that pairs events, and whether only the n-th of a key in `first` is
    /// paired with the n-th in `then`; `first_only` keeps only the first event of `first` in
    /// each process.
    fn before(
        &self,
        first: &Selector,
        then: &Selector,
        order: Order,
        by: Option<(&Key, bool)>,
        first_only: bool,
    ) -> Verdict {
        let (mut ea, eb) = match self.select_both(first, then) {
            Ok(x) => x,
            Err(v) => return v,
        };
        if first_only {
            // The selection is process by process, each in program order.
            let mut seen = std::collections::HashSet::new();
            ea.retain(|id| seen.insert(id.process()));
            // Each process's Bs after its own first A: a process with Bs and no A at all has
            // none to pair them with, and fails (a second child that replied without receiving
            // anything passed, its sends unpaired: red team round 35).
            if matches!(by, Some((Key::Process, _))) {
                if let Some(&b) = eb.iter().find(|b| !seen.contains(&b.process())) {
                    return fail(format!("{} has no {first} before it in its process", self.describe(b)), vec![b]);
                }
            }
        }
        if let Some((key, nth)) = by {
            return self.before_by_key(first, then, order, (key, nth), &ea, &eb);
        }
        let in_run = if order == Order::Observed { " in this run" } else { "" };
        match self.sets_before(&ea, &eb, order) {
            Err(failed) => failed,
            Ok(warning) => {
                let mut v = pass(format!("{} event(s) before {} event(s){in_run}", ea.len(), eb.len()), Vec::new());
                v.warning = warning;
                v
            }
        }
    }

    /// Whether every A comes before every B, the two compared as sets (per pair of processes,
    /// the latest A against the earliest B): the failing verdict, or the warning that an order
    /// asked of this run (`Order::Observed`) held only by chance.
    fn sets_before(&self, ea: &[EventId], eb: &[EventId], order: Order) -> Result<Option<String>, Verdict> {
        match order {
            Order::Guaranteed => match self.first_not_before(ea, eb) {
                Some((a, b)) => Err(self.not_guaranteed(a, b)),
                None => Ok(None),
            },
            Order::Observed => {
                // Every A before every B in time: the latest A before the earliest B.
                let time = |id: &EventId| self.trace.event(*id).time_ns;
                let (Some(a), Some(b)) = (ea.iter().max_by_key(|i| time(i)), eb.iter().min_by_key(|i| time(i))) else {
                    return Err(fail("no events to compare".into(), Vec::new()));
                };
                if time(a) >= time(b) {
                    return Err(self.came_later(*a, *b));
                }
                Ok(self.first_not_before(ea, eb).map(|(a, b)| self.by_chance(a, b)))
            }
        }
    }

    /// `a` did not come before `b` in this run.
    fn came_later(&self, a: EventId, b: EventId) -> Verdict {
        fail(format!("{} did not come before {} in this run", self.describe(a), self.describe(b)), vec![a, b])
    }

    /// The warning for an order that held in this run though nothing made it hold.
    fn by_chance(&self, a: EventId, b: EventId) -> String {
        format!("held in this run by chance: nothing makes {} happen before {}", self.describe(a), self.describe(b))
    }

    /// `before` over the pairs of events that share a key; by a value, in an observed program,
    /// once the lines are in order, the values must also have been sent after their lines
    /// (`sent_before_its_line`: a line printed after its send fails on the order first, with
    /// the message that says so).
    fn before_by_key(
        &self,
        first: &Selector,
        then: &Selector,
        order: Order,
        by: (&Key, bool),
        ea: &[EventId],
        eb: &[EventId],
    ) -> Verdict {
        let verdict = self.lines_before_by_key(first, then, order, by, ea, eb);
        match by.0 {
            Key::Var(var) if verdict.passed => self.sent_before_its_line(var, ea, eb).unwrap_or(verdict),
            _ => verdict,
        }
    }

    /// `before_by_key` on the lines alone.
    fn lines_before_by_key(
        &self,
        first: &Selector,
        then: &Selector,
        order: Order,
        (key, nth): (&Key, bool),
        ea: &[EventId],
        eb: &[EventId],
    ) -> Verdict {
        let mut by_key: std::collections::HashMap<String, Vec<EventId>> = std::collections::HashMap::new();
        for &b in eb {
            if let Some(k) = self.key(b, key) {
                by_key.entry(k).or_default().push(b);
            }
        }
        if !nth {
            // Every pair of a key is one check of its own: a program printing thousands of
            // lines of one value made billions (80,000 `sent x` and 80,000 `got x`: 6.4e9
            // pairs, seven minutes after a run of 0.2 s, red team round 7). Past a few pairs
            // the pairs of each key are judged at once, by each process's latest A and
            // earliest B, as `before` without a key is.
            let mut groups: Vec<(String, Vec<EventId>)> = Vec::new();
            let mut group_of: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
            for &a in ea {
                let Some(k) = self.key(a, key) else { continue };
                let g = *group_of.entry(k.clone()).or_insert_with(|| {
                    groups.push((k, Vec::new()));
                    groups.len() - 1
                });
                groups[g].1.push(a);
            }
            let count = |(k, as_): &(String, Vec<EventId>)| as_.len() * by_key.get(k).map_or(0, Vec::len);
            let pairs: usize = groups.iter().map(count).sum();
            if pairs > PAIRS_ONE_BY_ONE {
                return self.before_by_key_groups(first, then, order, &groups, &by_key, pairs);
            }
        }
        let mut pairs = 0usize;
        let mut by_chance = None;
        // With `nth`, how many A of each key came before (in trace order: process by process,
        // each in program order), to pair the n-th A with the n-th B only.
        let mut seen: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
        for &a in ea {
            let Some(k) = self.key(a, key) else { continue };
            let all = by_key.get(&k).map(Vec::as_slice).unwrap_or(&[]);
            let n = seen.entry(k.clone()).or_default();
            let paired = if nth { all.get(*n..*n + 1).unwrap_or(&[]) } else { all };
            *n += 1;
            for &b in paired {
                pairs += 1;
                let guaranteed = self.reach.happens_before(a, b);
                let observed = self.trace.event(a).time_ns < self.trace.event(b).time_ns;
                match order {
                    Order::Guaranteed if !guaranteed => return self.not_guaranteed(a, b),
                    Order::Observed if !observed => return self.came_later(a, b),
                    Order::Observed if !guaranteed && by_chance.is_none() => by_chance = Some(self.by_chance(a, b)),
                    _ => {}
                }
            }
        }
        if pairs == 0 {
            return fail(format!("no event of {first} shares a key with an event of {then}"), Vec::new());
        }
        let mut v = pass(format!("{pairs} pair(s) of events, each pair sharing a key, in order"), Vec::new());
        v.warning = by_chance;
        v
    }

    /// In an observed program, an A of a value paired with a B of another process must have
    /// sent the value after its line: the order of the lines is that of the bytes only when the
    /// bytes came after A (red team round 29, F5: a child sent its reply first, received, then
    /// printed `send: pong` and sent a dummy, whose edge ordered main's `recv: pong`). The
    /// failing verdict for the first A that did not.
    fn sent_before_its_line(&self, var: &str, ea: &[EventId], eb: &[EventId]) -> Option<Verdict> {
        if !self.trace.is_observed() {
            return None;
        }
        // Per value, the processes of its Bs.
        let mut readers: std::collections::HashMap<String, std::collections::HashSet<usize>> =
            std::collections::HashMap::new();
        for &b in eb {
            if let Some((value, _)) = self.printed(b, var) {
                readers.entry(value).or_default().insert(b.process());
            }
        }
        // The As that have a B of their value in another process, with their values.
        let mut paired: Vec<(EventId, String)> = Vec::new();
        for &a in ea {
            let Some((value, _)) = self.printed(a, var) else { continue };
            if readers.get(&value).is_some_and(|ps| ps.iter().any(|&p| p != a.process())) {
                paired.push((a, value));
            }
        }
        // Per process, where each of its values was last sent: one search of its writes.
        let mut wanted: std::collections::HashMap<usize, Vec<&str>> = std::collections::HashMap::new();
        for (a, value) in &paired {
            wanted.entry(a.process()).or_default().push(value);
        }
        let last: std::collections::HashMap<usize, std::collections::HashMap<&str, u32>> =
            wanted.into_iter().map(|(p, values)| (p, self.trace.processes[p].last_sent(&values))).collect();
        for (a, value) in &paired {
            let sent_after = last[&a.process()].get(value.as_str()).is_some_and(|&seq| seq > self.trace.event(*a).seq);
            if !sent_after {
                return Some(fail(
                    format!(
                        "{}, but {} wrote no {var} = {value} to a pipe, queue or socket after that line: the \
                         bytes that carried it (if any) went before it, so the line does not say when the value \
                         was sent. Print the line before the send or put.",
                        self.describe(*a),
                        self.trace.processes[a.process()].role
                    ),
                    vec![*a],
                ));
            }
        }
        None
    }

    /// `before_by_key` over many pairs: each key's As and Bs compared as two sets, as
    /// `before` without a key compares them (`sets_before`), in the keys' order of first
    /// appearance among the As. `pairs` is how many pairs that stands for.
    fn before_by_key_groups(
        &self,
        first: &Selector,
        then: &Selector,
        order: Order,
        groups: &[(String, Vec<EventId>)],
        by_key: &std::collections::HashMap<String, Vec<EventId>>,
        pairs: usize,
    ) -> Verdict {
        let mut by_chance = None;
        for (k, as_) in groups {
            let Some(bs) = by_key.get(k) else { continue };
            match self.sets_before(as_, bs, order) {
                Err(failed) => return failed,
                Ok(warning) => by_chance = by_chance.or(warning),
            }
        }
        if pairs == 0 {
            return fail(format!("no event of {first} shares a key with an event of {then}"), Vec::new());
        }
        let mut v = pass(format!("{pairs} pair(s) of events, each pair sharing a key, in order"), Vec::new());
        v.warning = by_chance;
        v
    }

    /// The latest message `a`'s process sent before `a` that `b`'s process took by `b`: what
    /// `b` knows of `a`'s side came through it, and ends before `a`.
    fn sent_before(&self, a: EventId, b: EventId) -> Option<EventId> {
        self.trace
            .edges
            .iter()
            .filter(|e| e.kind == EdgeKind::Message && !self.ignoring.contains(&e.kind))
            .filter(|e| e.from.process() == a.process() && e.from.index() < a.index())
            .filter(|e| e.to.process() == b.process() && e.to.index() <= b.index())
            .map(|e| e.from)
            .max_by_key(|from| from.index())
    }

    fn not_guaranteed(&self, a: EventId, b: EventId) -> Verdict {
        // When `a` does reach `b`'s process, only later, `b`'s process printed its line before
        // it took what `a`'s side sent (a learner's line printed before its `recv`, blind17),
        // or the program ordered them in a way the grader cannot see (one thread handing over
        // to another in memory): "by chance" would tell a right program it is wrong. Said
        // whatever the times were: the tracer may read both lines in one look.
        // In one process, program order says it all: `b` came first (a child that sends its
        // reply before it receives was told it "printed this line before it took what child
        // sent": blind29).
        let reached = self.reach.forward(a)[b.process()];
        let reaching = (a.process() != b.process() && reached != crate::trace::reach::NONE && reached > b.index())
            .then(|| self.trace.event(EventId::new(b.process(), reached)));
        let seen = if let Some(EventKind::Join { name: waited, .. }) = reaching.map(|e| &e.kind) {
            // Reached by a join (a wait) that came later: the line was printed before the join,
            // which may be one the program never wrote (multiprocessing joins its children at
            // exit: a learner who forgot `join()` read "what it took" as nonsense, blind18).
            let role = &self.trace.processes[b.process()].role;
            format!(
                "{role} waited for {waited} only later, at {}: {role} printed this line before that wait \
                 (join the child before printing it; a program that never joins is joined by Python's \
                 multiprocessing when it exits).",
                self.describe(EventId::new(b.process(), reached)),
            )
        } else if reaching.is_some() {
            let role = &self.trace.processes[b.process()].role;
            format!(
                "What the grader sees of it reaches {role} only at {}, later: {role} printed this line \
                 before it took what {} sent (print what was received after receiving it), or the two \
                 were ordered between threads of one process (a pool's result handler, a queue's feeder \
                 thread), which the grader cannot see.",
                self.describe(EventId::new(b.process(), reached)),
                self.trace.processes[a.process()].role,
            )
        } else if let Some(sent) = self.sent_before(a, b) {
            // `b`'s process took a message `a`'s process sent before `a`: the learner printed
            // the line after the send (`conn.send('ping'); print('send: ping')`), which the
            // Manager-minded text below sent looking for an invisible channel (blind21).
            let (sender, receiver) = (&self.trace.processes[a.process()].role, &self.trace.processes[b.process()].role);
            format!(
                "What {receiver} took from {sender} was sent after {} and before this line: {sender} \
                 printed it after sending, so nothing orders it before what {receiver} does with what it took. Print \
                 the line before the send or put.",
                self.describe(sent),
            )
        } else if self.trace.event(a).time_ns < self.trace.event(b).time_ns {
            if self.trace.is_observed() {
                // A program may order them through something the tracer does not follow: a
                // `Manager()`'s lock, whose server's threads hand it over in memory, or a socket
                // it connected by name. Six blind rounds read "by chance" as the grader calling a
                // right program wrong.
                "In this run it did come first, but nothing the grader can see made it so: not a pipe, a \
                 queue or a wait. An order made through something it does not follow (a `Manager()`'s \
                 lock or event, a socket connected by name, shared memory) looks the same to it as \
                 chance."
                    .to_owned()
            } else {
                "In this run it did come first, but by chance.".to_owned()
            }
        } else if self.trace.event(a).time_ns == self.trace.event(b).time_ns {
            // An observed program's lines read by one look of the tracer share its time.
            "In this run the grader saw both at the same moment.".to_owned()
        } else {
            "In this run it came after.".to_owned()
        };
        let why = self.why_not_before(a, b);
        fail(
            format!("{} is not guaranteed to happen before {}: {why}. {seen}", self.describe(a), self.describe(b)),
            vec![a, b],
        )
    }

    /// A pair (a, b) where a does not happen before b, or `None` when every a happens before
    /// every b. It is enough to compare, for each pair of processes, the latest a with the
    /// earliest b; one reachability pass per process of the smaller side does it.
    fn first_not_before(&self, ea: &[EventId], eb: &[EventId]) -> Option<(EventId, EventId)> {
        let latest_a = extremes(ea, true);
        let earliest_b = extremes(eb, false);
        if latest_a.len() <= earliest_b.len() {
            for &a in &latest_a {
                let reached = self.reach.forward(a);
                if let Some(&b) = earliest_b.iter().find(|b| a == **b || reached[b.process()] > b.index()) {
                    return Some((a, b));
                }
            }
        } else {
            for &b in &earliest_b {
                let known = self.reach.backward(b);
                if let Some(&a) = latest_a.iter().find(|a| a == &&b || known[a.process()] <= a.index()) {
                    return Some((a, b));
                }
            }
        }
        None
    }

    /// A pair (a, b) where a happens before b, or `None` when none does. It is enough to
    /// compare the earliest a of each process with the latest b of each process.
    fn first_ordered(&self, ea: &[EventId], eb: &[EventId]) -> Option<(EventId, EventId)> {
        let earliest_a = extremes(ea, false);
        let latest_b = extremes(eb, true);
        if earliest_a.len() <= latest_b.len() {
            for &a in &earliest_a {
                let reached = self.reach.forward(a);
                if let Some(&b) = latest_b.iter().find(|b| a != **b && reached[b.process()] <= b.index()) {
                    // The earliest b it reaches makes the shortest story.
                    let b = eb
                        .iter()
                        .filter(|x| x.process() == b.process() && reached[x.process()] <= x.index() && **x != a)
                        .min()
                        .copied()
                        .unwrap_or(b);
                    return Some((a, b));
                }
            }
        } else {
            for &b in &latest_b {
                let known = self.reach.backward(b);
                if let Some(&a) = earliest_a.iter().find(|a| **a != b && known[a.process()] > a.index()) {
                    return Some((a, b));
                }
            }
        }
        None
    }

    fn concurrent(&self, a: &Selector, b: &Selector) -> Verdict {
        let (ea, eb) = match self.select_both(a, b) {
            Ok(x) => x,
            Err(v) => return v,
        };
        let ordered = self.first_ordered(&ea, &eb).or_else(|| self.first_ordered(&eb, &ea));
        if let Some((first, second)) = ordered {
            let chain = self.chain(first, second).map(|hops| self.render_chain(first, second, &hops));
            return fail(
                format!(
                    "{} always happens before {}: their order is guaranteed, not a race: {}",
                    self.describe(first),
                    self.describe(second),
                    chain.unwrap_or_default()
                ),
                vec![first, second],
            );
        }
        pass("no causal order between them: either may come first".into(), Vec::new())
    }

    /// Every process named `name` is right by `wrong`, which says what is wrong with one
    /// (index, process) and the events that show it. The verdict is the first such failure;
    /// a failure too when no process `name` ran; else a pass saying `passed`.
    pub(super) fn every_process(
        &self,
        name: &str,
        passed: String,
        wrong: impl Fn(usize, &Process) -> Option<(String, Vec<EventId>)>,
    ) -> Verdict {
        let procs: Vec<usize> = self.trace.processes_named(name).collect();
        if procs.is_empty() {
            return fail(format!("no process {name} ran"), Vec::new());
        }
        for p in procs {
            if let Some((why, events)) = wrong(p, &self.trace.processes[p]) {
                return fail(why, events);
            }
        }
        pass(passed, Vec::new())
    }

    fn parent_of(&self, parent: &str, child: &str, directly: bool) -> Verdict {
        self.every_process(child, format!("{child}'s parent is {parent}"), |c, proc_| {
            // Helpers (Python's forkserver) are looked through: a worker the forkserver made
            // for `main` counts as `main`'s child. Not when the check asks for the parent
            // itself: an assignment about `fork` wants no helper between them.
            let mut up = proc_.parent;
            while let Some(p) =
                up.filter(|&p| !directly && self.trace.processes[p].origin == crate::trace::Origin::Helper)
            {
                up = self.trace.processes[p].parent;
            }
            let real_parent = up.map(|p| &self.trace.processes[p]);
            let direct = up == proc_.parent;
            let ok = real_parent
                .is_some_and(|p| (p.name == parent || p.role == parent) && (!direct || p.pid == proc_.parent_pid));
            if ok {
                return None;
            }
            let actual = real_parent.map_or("the supervisor".to_owned(), |p| match p.origin {
                crate::trace::Origin::Helper => {
                    format!("{} (pid {}), a helper the program started (its start method is not fork)", p.role, p.pid)
                }
                _ => format!("{} (pid {})", p.role, p.pid),
            });
            Some((
                format!("{} (pid {}) was made by {actual}, not by {parent}", proc_.role, proc_.pid),
                vec![EventId::new(c, 0)],
            ))
        })
    }

    /// Every process named `child` was reaped by a wait of a process named `parent`: a wait
    /// that returned another child (a dummy made to be waited for) does not count.
    fn waits_for(&self, parent: &str, child: &str) -> Verdict {
        self.every_process(child, format!("{parent} waited for every {child}"), |c, proc_| {
            // The join names the process it reaped by its pid and its name when it reaped it;
            // both must be this one's, so that a reused pid is not taken for it.
            let reaped = self.trace.processes.iter().filter(|p| p.name == parent || p.role == parent).any(|p| {
                p.events.iter().any(|e| {
                    matches!(&e.kind, EventKind::Join { child_pid, name, .. }
                        if *child_pid == proc_.pid && (*name == proc_.name || *name == proc_.role))
                })
            }) || self.joined_through_forkserver(parent, proc_);
            (!reaped).then(|| {
                // A child still running when the run was cut short could not be reaped, however
                // its parent waited (blind20: main blocked in `waitpid` for a child that sleeps
                // forever read as a parent that never waits).
                let why = if self.trace.was_alive(proc_.pid) {
                    ": it was still running when the run was stopped, so no wait could return it (a child must end for its parent's wait to reap it)"
                } else {
                    ""
                };
                (
                    format!("{} (pid {}) was never reaped by a wait of {parent}{why}", proc_.role, proc_.pid),
                    vec![EventId::new(c, 0)],
                )
            })
        })
    }

    /// Under Python's forkserver start method the forkserver, a helper, forks and reaps the
    /// child and writes its exit status to the process that started it, whose `join` reads it
    /// (the observer makes that a join edge): such a join waited for the child as surely as a
    /// `waitpid` of its own (blind30: `join` under forkserver read as no wait). A parent that
    /// never joins never reads the status, and has no such edge.
    fn joined_through_forkserver(&self, parent: &str, child: &Process) -> bool {
        let Some(server) = child.parent else { return false };
        let helper = &self.trace.processes[server];
        if helper.origin != crate::trace::Origin::Helper || helper.name != crate::trace::names::FORKSERVER {
            return false;
        }
        let reaped_at = helper
            .events
            .iter()
            .position(|e| matches!(&e.kind, EventKind::Join { child_pid, .. } if *child_pid == child.pid));
        let Some(reaped_at) = reaped_at else { return false };
        // The status is written after the reap; a forkserver of several children writes each
        // one's after its own reap, so an edge from before this reap carries another's.
        self.trace.edges.iter().any(|e| {
            let to = &self.trace.processes[e.to.process()];
            e.kind == EdgeKind::Join
                && e.from.process() == server
                && e.from.index() >= reaped_at
                && (to.name == parent || to.role == parent)
        })
    }

    fn exit(&self, process: &str, expected: &ExpectedEnding) -> Verdict {
        self.every_process(process, format!("{process} ended as expected"), |_, proc_| {
            let ok = match (expected, &proc_.ending) {
                (ExpectedEnding::Code(c), Ending::Exited(a)) => c == a,
                (ExpectedEnding::Signal(s), Ending::Signaled(a)) => s == a,
                _ => false,
            };
            if ok {
                return None;
            }
            let want = match expected {
                ExpectedEnding::Code(c) => format!("exit {c}"),
                ExpectedEnding::Signal(s) => format!("killed by {s}"),
            };
            // A process the run's stop ended was not killed by the program: say what stopped it.
            let ended = match proc_.ending {
                Ending::Signaled(_) if self.trace.was_alive(proc_.pid) => {
                    format!("was still running when the run was stopped ({})", self.trace.program_ending())
                }
                ref ending => format!("ended: {ending}"),
            };
            Some((format!("{} {ended}, where {want} was expected", proc_.role), Vec::new()))
        })
    }

    /// The value of `var` printed at `id` and, for a random value, where it was drawn.
    fn printed(&self, id: EventId, var: &str) -> Option<(String, Option<(i32, u32)>)> {
        let (text, spans): (&str, &[Span]) = match &self.trace.event(id).kind {
            EventKind::Print(v) | EventKind::Logged(v) => (&v.text, &v.spans),
            EventKind::Let { var: name, value } if name == var => {
                return Some((value.text.to_string(), origin(&value.spans)))
            }
            _ => return None,
        };
        let span = spans.iter().find(|s| s.var == var)?;
        let inner: Vec<Span> = spans.iter().filter(|s| s.start >= span.start && s.end <= span.end).cloned().collect();
        Some((without_leading_zeros(&text[span.start..span.end]).to_owned(), origin(&inner)))
    }

    fn values(
        &self,
        var: &str,
        a: &Selector,
        b: &Selector,
        compare: impl Fn(&(String, Option<(i32, u32)>), &(String, Option<(i32, u32)>)) -> (bool, String),
    ) -> Verdict {
        let (ea, eb) = match self.select_both(a, b) {
            Ok(x) => x,
            Err(v) => return v,
        };
        for &x in &ea {
            for &y in &eb {
                let (Some(vx), Some(vy)) = (self.printed(x, var), self.printed(y, var)) else {
                    let missing = if self.printed(x, var).is_none() { x } else { y };
                    return fail(format!("{} does not print `{var}`", self.describe(missing)), vec![missing]);
                };
                let (ok, why) = compare(&vx, &vy);
                if !ok {
                    return fail(format!("{} and {}: {why}", self.describe(x), self.describe(y)), vec![x, y]);
                }
            }
        }
        pass(format!("`{var}` compared at {} pair(s) of events", ea.len() * eb.len()), Vec::new())
    }

    fn value(&self, var: &str, at: &Selector, equals: &str) -> Verdict {
        let events = self.select(at);
        if events.is_empty() {
            return fail(format!("no event matches {at}"), Vec::new());
        }
        for id in events {
            match self.printed(id, var) {
                Some((v, _)) if v == equals => {}
                Some((v, _)) => {
                    return fail(format!("{} printed {var} = {v}, expected {equals}", self.describe(id)), vec![id])
                }
                None => return fail(format!("{} does not print `{var}`", self.describe(id)), vec![id]),
            }
        }
        pass(format!("{var} = {equals}"), Vec::new())
    }

    /// Each selected event that printed `var` printed what `expr` makes of its captures. An
    /// event of a form without `var` (pool.yaml's `Task 0 runs 0.30 seconds.`, an accepted
    /// form that prints no result) is passed over.
    fn computed(&self, var: &str, at: &Selector, expr: &crate::model::scenario::expr::Expr) -> Verdict {
        let events = self.select(at);
        if events.is_empty() {
            return fail(format!("no event matches {at}"), Vec::new());
        }
        let mut compared = 0;
        for id in events {
            let Some((printed, _)) = self.printed(id, var) else { continue };
            let lookup = |name: &str| self.printed(id, name).and_then(|(v, _)| v.parse::<i128>().ok());
            let expected = match expr.eval(&lookup) {
                Ok(Some(n)) => n,
                Ok(None) => return fail(format!("{}: `{expr}` is too large to compute", self.describe(id)), vec![id]),
                Err(name) => {
                    return fail(
                        format!(
                            "{} prints no whole number as `{name}`, which `{var} = {expr}` needs",
                            self.describe(id)
                        ),
                        vec![id],
                    )
                }
            };
            if !same_number(&printed, expected) {
                return fail(format!("{}: {var} is {printed}, but {expr} is {expected}", self.describe(id)), vec![id]);
            }
            compared += 1;
        }
        if compared == 0 {
            // Every line in a form the assignment accepts without the value: nothing to compute.
            return pass(format!("no event matching {at} prints `{var}` (another form of the line)"), Vec::new());
        }
        pass(format!("{var} = {expr} at {compared} event(s)"), Vec::new())
    }

    fn pid_of(&self, var: &str, at: &Selector, process: &str) -> Verdict {
        let events = self.select(at);
        if events.is_empty() {
            return fail(format!("no event matches {at}"), Vec::new());
        }
        let pids: Vec<i32> = self.trace.processes_named(process).map(|p| self.trace.processes[p].pid).collect();
        for id in events {
            let writer = process == WRITER;
            let expected: &[i32] =
                if writer { std::slice::from_ref(&self.trace.processes[id.process()].pid) } else { &pids };
            let target = if writer {
                format!("its writer, {}", self.trace.processes[id.process()].role)
            } else {
                process.to_owned()
            };
            match self.printed(id, var) {
                Some((v, _)) if expected.iter().any(|p| p.to_string() == v) => {}
                Some((v, _)) => {
                    // main's parent is no process of the run, but a learner who printed
                    // `getppid()` in main should hear what it is (1, in the grader's sandbox).
                    let main_parent = self.trace.processes.iter().find(|p| p.parent.is_none()).map(|p| p.parent_pid);
                    let pid = v.parse::<i32>().ok();
                    let whose = match pid.and_then(|pid| self.trace.role_of_pid(pid)) {
                        Some(role) => role.to_owned(),
                        None if pid.is_some() && pid == main_parent => {
                            "main's parent, outside the run (the grader, which started main: what getppid() gives in main)"
                                .to_owned()
                        }
                        None => "no process of the run".to_owned(),
                    };
                    return fail(
                        format!("{}: its {var} = {v} is the pid of {whose}, not of {target}", self.describe(id)),
                        vec![id],
                    );
                }
                None => return fail(format!("{} does not print `{var}`", self.describe(id)), vec![id]),
            }
        }
        let target = if process == WRITER { "the process that printed it" } else { process };
        pass(format!("{var} is the pid of {target}"), Vec::new())
    }
}

fn origin(spans: &[Span]) -> Option<(i32, u32)> {
    spans.iter().find_map(|s| match s.volatile {
        Some(Volatile::Random { pid, seq }) => Some((pid, seq)),
        _ => None,
    })
}

/// Per process, the latest (or earliest) of `ids` in it.
fn extremes(ids: &[EventId], latest: bool) -> Vec<EventId> {
    let mut best: std::collections::BTreeMap<usize, EventId> = std::collections::BTreeMap::new();
    for &id in ids {
        best.entry(id.process())
            .and_modify(|b| {
                if (latest && id.index() > b.index()) || (!latest && id.index() < b.index()) {
                    *b = id;
                }
            })
            .or_insert(id);
    }
    best.into_values().collect()
}

/// A number printed zero-padded (`%07d`, `{:06d}`) as the number it is: `0012345` is pid 12345
/// (blind14: four programs that printed their pids padded failed every pid check). Anything
/// but digits after leading zeros is left as it is.
fn without_leading_zeros(text: &str) -> &str {
    if text.len() > 1 && text.starts_with('0') && text.bytes().all(|b| b.is_ascii_digit()) {
        let trimmed = text.trim_start_matches('0');
        if trimmed.is_empty() {
            "0"
        } else {
            trimmed
        }
    } else {
        text
    }
}

fn pass(message: String, events: Vec<EventId>) -> Verdict {
    Verdict { name: String::new(), passed: true, message, warning: None, events, vacuous: false }
}

fn fail(message: String, events: Vec<EventId>) -> Verdict {
    Verdict { name: String::new(), passed: false, message, warning: None, events, vacuous: false }
}

fn alive_list(alive: &[crate::trace::AliveProcess]) -> String {
    if alive.is_empty() {
        return " none".into();
    }
    alive
        .iter()
        .map(|a| {
            format!(
                "\n  - {} (pid {}), state {}, blocked in {}, last event: {}",
                a.role.as_deref().unwrap_or("?"),
                a.pid,
                a.state,
                if a.wchan.is_empty() || a.wchan == "0" { "nothing" } else { &a.wchan },
                a.last_event.as_deref().unwrap_or("none")
            )
        })
        .collect()
}

/// Whether `printed` is the number `expected`: `16`, or `16.0` (`math.pow` prints a float).
fn same_number(printed: &str, expected: i128) -> bool {
    match printed.parse::<i128>() {
        Ok(n) => n == expected,
        // A float is compared as one: exact for any square a task prints.
        Err(_) => printed.parse::<f64>().is_ok_and(|f| f.is_finite() && f.fract() == 0.0 && f == expected as f64),
    }
}

#[cfg(test)]
mod tests {
    use crate::model::template::{Span, Value};
    use crate::trace::build::TraceBuilder;
    use crate::trace::{Event, EventKind, Origin, Outcome};

    /// `computed` compares each result line's value with what its task makes, passes over a
    /// line of the form without a value, and takes `16.0` for 16.
    #[test]
    fn a_computed_value_is_compared_with_the_line_s_own_captures() {
        let yaml = "name: squares\nprogram:\n  run: 'true'\nlines:\n  result:\n    pattern: 'Task (?P<task>\\d+) result is: (?P<value>\\S+)'\n    \
                    alternatives: ['Task (?P<task>\\d+) runs']\nexpect:\n  \
                    - {name: squared, value: result, var: value, computed: task * task}\n";
        let scenario = crate::model::scenario::load_str(yaml, std::path::Path::new("squares.yaml")).expect("loads");
        let verdict = |lines: &[(&str, Option<&str>)]| {
            let mut trace = TraceBuilder::new("squares", 1);
            let begin = EventKind::Begin { name: "main".into(), parent_pid: 1, parent_seq: None, origin: Origin::Main };
            trace.event(10, Event { seq: 0, time_ns: 0, label: None, kind: begin });
            for (i, (task, value)) in lines.iter().enumerate() {
                let mut text = format!("Task {task} runs");
                let mut spans = vec![Span { start: 5, end: 5 + task.len(), var: "task".into(), volatile: None }];
                if let Some(value) = value {
                    text = format!("Task {task} result is: {value}");
                    let start = text.len() - value.len();
                    spans.push(Span { start, end: text.len(), var: "value".into(), volatile: None });
                }
                let kind = EventKind::Print(Value { text: text.into(), spans: spans.into() });
                let seq = u32::try_from(i + 1).expect("a few lines");
                trace.event(10, Event { seq, time_ns: 0, label: Some("result".into()), kind });
            }
            let verdicts = crate::judge::check::check(&scenario, &trace.finish(Outcome::Finished));
            verdicts.into_iter().find(|v| v.name == "squared").expect("the check")
        };
        assert!(verdict(&[("3", Some("9")), ("4", Some("16.0")), ("2", None)]).passed);
        let wrong = verdict(&[("3", Some("9")), ("4", Some("12345"))]);
        assert!(!wrong.passed);
        assert!(wrong.message.ends_with("value is 12345, but task * task is 16"), "{}", wrong.message);
        assert!(!verdict(&[("4", Some("16.5"))]).passed);
    }
}
