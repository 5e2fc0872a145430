//! Locks, semaphores, events, barriers and shared integers on real runs: their causal edges,
//! the checks about them where they hold and where they fail, the deadlock's wait-for cycle,
//! and the refusals of bad declarations with their positions.

mod util;

use procscen::judge::check::Verdict;
use procscen::trace::{EdgeKind, EventKind, Trace};

/// Runs `yaml` and returns its trace and verdicts.
#[track_caller]
fn run(yaml: &str) -> (Trace, Vec<Verdict>) {
    let (scenario, trace) = util::run_text(yaml);
    let verdicts = procscen::judge::check::check(&scenario, &trace);
    util::assert_nothing_left(&trace);
    (trace, verdicts)
}

#[track_caller]
fn verdict<'v>(verdicts: &'v [Verdict], name: &str) -> &'v Verdict {
    verdicts.iter().find(|v| v.name == name).unwrap_or_else(|| panic!("no check named {name}: {verdicts:#?}"))
}

#[track_caller]
fn assert_verdicts(trace: &Trace, verdicts: &[Verdict], expected: &[(&str, bool)]) {
    for (name, passed) in expected {
        let v = verdict(verdicts, name);
        assert_eq!(v.passed, *passed, "check `{name}`: {}\n{}", v.message, procscen::render::report::output(trace));
    }
}

/// `holder` takes the lock and tells `taker` so with an event; `taker` then acquires the
/// same lock, which it gets only from `holder`'s release. The event orders the set before
/// the wait, and only the lock's edge orders the release before the second acquire.
const HANDOVER: &str = "
processes:
  main:
    - lock: mutex
    - event: held
    - start: holder
    - start: taker
    - join: holder
    - join: taker
  holder:
    - acquire: mutex
      label: acq
    - set: held
      label: set
    - sleep: 20ms
    - release: mutex
      label: rel
  taker:
    - wait: held
      label: waited
    - acquire: mutex
      label: acq
    - release: mutex
      label: rel
expect:
  - {name: release before acquire, before: [holder.rel, taker.acq]}
  - {name: acquire before release (wrong way), before: [taker.acq, holder.rel]}
  - {name: set before wait, before: [holder.set, taker.waited]}
  - {name: wait before set (wrong way), before: [taker.waited, holder.set]}
  - {name: exclusive, mutual_exclusion: mutex}
";

#[test]
fn a_release_happens_before_the_acquire_that_took_it_and_a_set_before_the_wait_it_woke() {
    let (trace, verdicts) = run(HANDOVER);
    assert_verdicts(
        &trace,
        &verdicts,
        &[
            ("release before acquire", true),
            ("acquire before release (wrong way)", false),
            ("set before wait", true),
            ("wait before set (wrong way)", false),
            ("exclusive", true),
        ],
    );
    assert!(trace.edges.iter().any(|e| e.kind == EdgeKind::Lock), "a lock edge: {:#?}", trace.edges);
    assert!(trace.edges.iter().any(|e| e.kind == EdgeKind::Event), "an event edge: {:#?}", trace.edges);
}

#[test]
fn mutual_exclusion_fails_for_a_semaphore_that_lets_two_in() {
    // Both take one of the two initial permits: no release orders one section before the
    // other, in every schedule.
    let (trace, verdicts) = run("
processes:
  main:
    - semaphore: pair
      value: 2
    - start: a
    - start: b
    - join: a
    - join: b
  a:
    - acquire: pair
    - print: in a
    - release: pair
  b:
    - acquire: pair
    - print: in b
    - release: pair
expect:
  - {name: exclusive, mutual_exclusion: pair}
");
    assert_verdicts(&trace, &verdicts, &[("exclusive", false)]);
    assert!(verdict(&verdicts, "exclusive").message.contains("are concurrent"), "{:?}", verdicts);
}

#[test]
fn a_barrier_orders_every_arrival_before_every_departure() {
    let (trace, verdicts) = run("
processes:
  main:
    - barrier: line
      parties: 2
    - start: a
    - start: b
    - join: a
    - join: b
  a:
    - print: a before
      label: before
    - wait: line
    - print: a after
      label: after
  b:
    - print: b before
      label: before
    - wait: line
    - print: b after
      label: after
expect:
  - {name: a then b, before: [a.before, b.after]}
  - {name: b then a, before: [b.before, a.after]}
  - {name: after then before (wrong way), before: [a.after, b.before]}
  - {name: the two sides, concurrent: [a.before, b.before]}
");
    assert_verdicts(
        &trace,
        &verdicts,
        &[("a then b", true), ("b then a", true), ("after then before (wrong way)", false), ("the two sides", true)],
    );
}

/// Two processes add to a shared integer atomically, and one may also write it; `main`
/// joins them before it ends, so the final value it records is final.
#[test]
fn final_value_holds_and_fails_and_refuses_a_value_still_changing() {
    let (trace, verdicts) = run("
processes:
  main:
    - shared: n
      value: 10
    - shared: loose
    - start: adder
    - start: adder
    - start: late
    - join: adder
    - join: adder
  adder:
    - for: i
      range: 5
      do:
        - add: 2
          to: n
  late:
    - sleep: 10ms
    - write: 7
      to: loose
expect:
  - {name: equals, final: n, equals: 30}
  - {name: equals wrong, final: n, equals: 31}
  - {name: at least, final: n, at_least: 30}
  - {name: at least too much, final: n, at_least: 31}
  - {name: at most, final: n, at_most: 30}
  - {name: not joined, final: loose, equals: 7}
");
    assert_verdicts(
        &trace,
        &verdicts,
        &[
            ("equals", true),
            ("equals wrong", false),
            ("at least", true),
            ("at least too much", false),
            ("at most", true),
            ("not joined", false),
        ],
    );
    assert!(verdict(&verdicts, "not joined").message.contains("could still change it"), "{verdicts:#?}");
}

#[test]
fn spawned_images_share_the_same_objects() {
    // The spawn method starts a fresh image, which maps the objects again from the memfds
    // it inherits.
    let (trace, verdicts) = run("
start_method: spawn
processes:
  main:
    - shared: total
    - lock: mutex
    - for: w
      range: 3
      do:
        - start: worker
    - for: w
      range: 3
      do:
        - join: worker
  worker:
    - for: i
      range: 20
      do:
        - acquire: mutex
        - add: 1
          to: total
          atomic: false
        - release: mutex
expect:
  - {name: total, final: total, equals: 60}
  - {name: exclusive, mutual_exclusion: mutex}
");
    assert_verdicts(&trace, &verdicts, &[("total", true), ("exclusive", true)]);
    assert!(trace.processes.iter().any(|p| p.origin == procscen::trace::Origin::Spawned));
}

#[test]
fn the_lost_update_fails_equals_where_it_shows_and_the_lock_fixes_it() {
    let broken = util::root().join("tests/fixtures/classic/lost-update.yaml");
    let mut lost = 0;
    for _ in 0..5 {
        let evaluation = util::evaluate(&broken);
        let check = evaluation.verdicts.iter().find(|v| v.name == "counter ends exactly 200").expect("the check");
        if !check.passed {
            lost += 1;
            assert!(check.message.contains("loses the updates"), "the reason is named: {}", check.message);
        }
    }
    // The non-atomic add yields the processor between its read and its write, so four
    // processes adding at once overwrite each other's additions.
    assert!(lost > 0, "no update was lost in 5 runs");
    let fixed = util::evaluate(&util::root().join("scenarios/classic/lost-update-fixed.yaml"));
    assert!(fixed.checks_passed(), "{}", util::failures(&fixed));
}

#[test]
fn a_deadlock_is_stopped_and_named_with_its_wait_for_cycle() {
    let evaluation = util::evaluate(&util::root().join("tests/fixtures/classic/dining-philosophers-deadlock.yaml"));
    util::assert_nothing_left(&evaluation.trace);
    let cycle = "philosopher0 holds fork0 and waits for fork1, held by philosopher1; philosopher1 holds fork1 and \
                 waits for fork2, held by philosopher2; philosopher2 holds fork2 and waits for fork3, held by \
                 philosopher3; philosopher3 holds fork3 and waits for fork4, held by philosopher4; philosopher4 \
                 holds fork4 and waits for fork0, held by philosopher0";
    let check = evaluation.verdicts.iter().find(|v| v.name.contains("wait for each other")).expect("no_deadlock");
    assert!(!check.passed);
    assert_eq!(check.message, format!("deadlock: {cycle}"));
    let finished = &evaluation.verdicts[0];
    assert!(!finished.passed && finished.message.contains(cycle), "the timeout names the cycle: {}", finished.message);
    // Each philosopher's last event says what it waits for.
    for p in evaluation.trace.processes.iter().filter(|p| p.name.starts_with("philosopher")) {
        assert!(matches!(p.events.last().map(|e| &e.kind), Some(EventKind::Blocked { .. })), "{:?}", p.events.last());
    }
    // The ordered version finishes: no cycle.
    let fixed = util::evaluate(&util::root().join("scenarios/classic/dining-philosophers.yaml"));
    assert!(fixed.checks_passed(), "{}", util::failures(&fixed));
    assert_eq!(fixed.trace.deadlock(), None);
}

#[test]
fn a_lock_taken_twice_by_one_process_is_a_cycle_of_one() {
    let (trace, verdicts) = run("
timeout: 500ms
processes:
  main:
    - lock: mutex
    - acquire: mutex
    - acquire: mutex
expect:
  - {name: free, no_deadlock: true}
");
    assert_verdicts(&trace, &verdicts, &[("free", false)]);
    assert_eq!(verdict(&verdicts, "free").message, "deadlock: main holds mutex and waits for mutex, held by main");
}

#[test]
fn releasing_a_free_lock_and_adding_a_word_are_errors_of_the_process() {
    let (trace, _) = run("
processes:
  main:
    - lock: mutex
    - shared: n
    - start: releaser
    - start: adder
    - join: releaser
    - join: adder
  releaser:
    - release: mutex
  adder:
    - let: {x: ten}
    - add: \"{x}\"
      to: n
");
    let output = procscen::render::report::output(&trace);
    assert!(output.contains("cannot release mutex: it is not held"), "{output}");
    assert!(output.contains("the value for n is \"ten\", not an integer"), "{output}");
    for name in ["releaser", "adder"] {
        let p = trace.processes.iter().find(|p| p.name == name).expect("ran");
        assert_eq!(p.ending, procscen::trace::Ending::Exited(70), "{name}");
    }
}

#[test]
fn bad_declarations_and_uses_are_refused_with_their_positions() {
    util::refused(
        "
processes:
  main:
    - barrier: line
      parties: 0
    - semaphore: s
      value: -1
    - barrier: nobody
    - acquire: nothing
    - wait: s
    - add: 1
      to: line
expect:
  - mutual_exclusion: line
",
        "bad.yaml:4:16: a barrier's parties must be from 1 to 256, not 0
  help: write how many processes wait at it each round, such as `parties: 3`
bad.yaml:6:14: a semaphore's initial count must be from 0 to 1000000, not -1
  help: write `value: 1` for a semaphore that one process holds at a time
bad.yaml:7:7: a barrier needs `parties:`, how many processes wait at it each round
  help: add `parties: 3` under `barrier: nobody`
bad.yaml:8:16: this process cannot reach a lock or semaphore named `nothing`
  help: create it first with `- lock: nothing` in this process, or in every process that starts this one, before the start
bad.yaml:9:13: this process cannot reach an event, barrier or condition named `s`
  help: create it first with `- event: s` in this process, or in every process that starts this one, before the start
bad.yaml:11:11: this process cannot reach a shared integer named `line`
  help: create it first with `- shared: line` in this process, or in every process that starts this one, before the start
bad.yaml:13:23: no process makes a lock or semaphore named `line`
  help: the scenario has `s`",
    );
}

#[test]
fn the_html_report_draws_lock_edges_in_their_own_colour() {
    let evaluation = util::evaluate(&util::root().join("scenarios/classic/lost-update-fixed.yaml"));
    assert!(evaluation.trace.edges.iter().any(|e| e.kind == EdgeKind::Lock));
    let page = procscen::render::html::for_scenario(&evaluation.view());
    assert!(page.contains("class=\"edge edge-lock\""), "a lock edge is drawn with its class");
    assert!(page.contains(".edge-lock { stroke: #d32f2f"), "the class has its own colour");
    assert!(page.contains("release → acquire"), "the legend names it");
}

#[test]
fn no_deadlock_is_named_while_a_holder_could_still_release() {
    // `a` holds the lock and waits for the semaphore; `b` holds a permit of the semaphore and
    // waits for the lock: a cycle, but with `c`, which holds the semaphore's other permit and
    // is only sleeping (it could release it), nothing is named at the timeout. The barrier
    // makes every process take what it holds before anyone asks for more.
    let scenario = |with_c: bool| {
        let (start_c, def_c, permits, parties) = if with_c {
            ("    - start: c\n", "  c:\n    - acquire: s\n    - wait: held\n    - sleep: 10s\n", 2, 3)
        } else {
            ("", "", 1, 2)
        };
        format!(
            "
timeout: 500ms
processes:
  main:
    - lock: l
    - semaphore: s
      value: {permits}
    - barrier: held
      parties: {parties}
    - start: a
    - start: b
{start_c}  a:
    - acquire: l
    - wait: held
    - acquire: s
  b:
    - acquire: s
    - wait: held
    - acquire: l
{def_c}expect:
  - {{name: free, no_deadlock: true}}
"
        )
    };
    let (trace, verdicts) = run(&scenario(true));
    assert_verdicts(&trace, &verdicts, &[("free", true)]);
    let (trace, verdicts) = run(&scenario(false));
    assert_verdicts(&trace, &verdicts, &[("free", false)]);
    assert_eq!(
        verdict(&verdicts, "free").message,
        "deadlock: a holds l and waits for s, held by b; b holds s and waits for l, held by a"
    );
}

#[test]
fn a_cleared_event_makes_waiters_wait_and_a_write_is_read_back() {
    let (trace, verdicts) = run("
timeout: 500ms
processes:
  main:
    - event: e
    - shared: n
    - set: e
    - clear: e
    - write: 5
      to: n
    - read: x
      from: n
    - print: \"n is {x}\"
      label: read
    - start: waiter
    - join: waiter
  waiter:
    - wait: e
      label: woke
expect:
  - {name: written, value: main.read, var: x, equals: 5}
  - {name: final, final: n, equals: 5}
");
    assert_verdicts(&trace, &verdicts, &[("written", true)]);
    let waiter = trace.processes.iter().find(|p| p.name == "waiter").expect("started");
    assert!(
        matches!(waiter.events.last().map(|e| &e.kind), Some(EventKind::Blocked { name }) if name == "e"),
        "the waiter still waits for the cleared event: {:?}",
        waiter.events
    );
    assert!(!verdicts[0].passed, "the run stopped at its timeout");
    // main was killed at the timeout while joining, so it recorded no final value.
    assert_verdicts(&trace, &verdicts, &[("final", false)]);
}

#[test]
fn a_join_with_a_timeout_gives_up_on_a_running_child_and_joins_one_that_ends() {
    let (trace, verdicts) = run("
processes:
  main:
    - start: sleeper
    - start: quick
    - join: sleeper
      timeout: 50ms
      label: gave_up
    - kill: sleeper
    - join: sleeper
      label: joined
    - join: quick
      timeout: 1m
      label: joined_quick
  sleeper:
    - sleep: 1m
  quick:
    - print: done
      label: done
expect:
  - {name: joined after it printed, before: [quick.done, main.joined_quick]}
  - {name: the sleeper was terminated, exit: {process: sleeper, signal: SIGTERM}}
");
    assert_verdicts(&trace, &verdicts, &[("joined after it printed", true), ("the sleeper was terminated", true)]);
    let main = &trace.processes[0];
    let gave_up = main.events.iter().find(|e| e.label.as_deref() == Some("gave_up")).expect("recorded");
    assert!(matches!(&gave_up.kind, EventKind::JoinTimedOut { name, .. } if name == "sleeper"), "{gave_up:?}");
    let joined_quick = main.events.iter().find(|e| e.label.as_deref() == Some("joined_quick")).expect("recorded");
    assert!(matches!(&joined_quick.kind, EventKind::Join { .. }), "{joined_quick:?}");
    util::refused(
        "
processes:
  main:
    - pool: p
      size: 1
    - close: p
    - join: p
      timeout: 1s
",
        "bad.yaml:7:7: `join: p` waits for a pool's workers, which has no timeout
  help: `timeout` goes with the join of a child process",
    );
}

#[test]
fn an_rlock_is_taken_again_by_its_holder_and_freed_by_its_last_release() {
    let (trace, verdicts) = run("
processes:
  main:
    - rlock: r
    - event: held
    - start: holder
    - start: taker
    - join: holder
    - join: taker
  holder:
    - acquire: r
    - acquire: r
      label: again
    - set: held
    - release: r
      label: inner
    - sleep: 20ms
    - release: r
      label: outer
  taker:
    - wait: held
    - acquire: r
      label: acq
    - release: r
expect:
  - {name: exclusive, mutual_exclusion: r}
  - {name: the last release lets the taker in, before: [holder.outer, taker.acq]}
  - {name: taken by the taker first (wrong way), before: [taker.acq, holder.outer]}
");
    assert_verdicts(
        &trace,
        &verdicts,
        &[
            ("exclusive", true),
            ("the last release lets the taker in", true),
            ("taken by the taker first (wrong way)", false),
        ],
    );
    let holder = trace.processes.iter().find(|p| p.name == "holder").expect("ran");
    let again = holder.events.iter().find(|e| e.label.as_deref() == Some("again")).expect("recorded");
    assert!(matches!(&again.kind, EventKind::Acquire { from: None, .. }), "a re-entry takes no permit: {again:?}");
    assert_eq!(holder.ending, procscen::trace::Ending::Exited(0));
}

#[test]
fn an_rlock_released_by_another_process_and_a_bounded_semaphore_released_too_often_are_errors() {
    let (trace, _) = run("
processes:
  main:
    - rlock: r
    - bounded_semaphore: slots
      value: 2
    - acquire: r
    - start: stranger
    - join: stranger
    - release: r
    - start: generous
    - join: generous
  stranger:
    - release: r
  generous:
    - acquire: slots
    - release: slots
    - release: slots
");
    let output = procscen::render::report::output(&trace);
    assert!(output.contains("cannot release r: this process does not hold it"), "{output}");
    assert!(
        output.contains("cannot release slots: the release would raise its count above its initial value 2"),
        "{output}"
    );
    for (name, code) in [("main", 0), ("stranger", 70), ("generous", 70)] {
        let p = trace.processes.iter().find(|p| p.name == name).expect("ran");
        assert_eq!(p.ending, procscen::trace::Ending::Exited(code), "{name}: {output}");
    }
}

#[test]
fn a_bounded_semaphore_hands_its_permits_over_like_a_semaphore() {
    let (trace, verdicts) = run("
processes:
  main:
    - bounded_semaphore: one
    - acquire: one
      label: first
    - start: next
    - sleep: 20ms
    - release: one
      label: rel
    - join: next
  next:
    - acquire: one
      label: acq
    - release: one
expect:
  - {name: exclusive, mutual_exclusion: one}
  - {name: handed over, before: [main.rel, next.acq]}
");
    assert_verdicts(&trace, &verdicts, &[("exclusive", true), ("handed over", true)]);
    assert!(trace.edges.iter().any(|e| e.kind == EdgeKind::Lock), "{:#?}", trace.edges);
}

/// Workers each wait on a condition; `main` notifies them all once every one waits: each
/// signals a semaphore while holding the lock, just before its wait releases it, so `main`
/// gets the lock only after the last worker has taken its ticket.
const START_GATE: &str = "
processes:
  main:
    - lock: m
    - condition: go
      with: m
    - semaphore: ready
      value: 0
    - for: i
      range: 3
      do:
        - start: worker
    - for: i
      range: 3
      do:
        - acquire: ready
    - acquire: m
    - notify_all: go
      label: go
    - release: m
    - for: i
      range: 3
      do:
        - join: worker
  worker:
    - acquire: m
    - release: ready
    - wait: go
      label: woke
    - print: running
      label: run
    - release: m
expect:
  - {name: notified before woken, before: [main.go, worker.woke]}
  - {name: woken before notified (wrong way), before: [worker.woke, main.go]}
  - {name: the lock is held again after the wait, mutual_exclusion: m}
";

#[test]
fn a_notify_happens_before_each_wait_it_woke_and_the_lock_is_taken_again() {
    let (trace, verdicts) = run(START_GATE);
    assert_verdicts(
        &trace,
        &verdicts,
        &[
            ("notified before woken", true),
            ("woken before notified (wrong way)", false),
            ("the lock is held again after the wait", true),
        ],
    );
    assert_eq!(trace.edges.iter().filter(|e| e.kind == EdgeKind::Notify).count(), 3, "{:#?}", trace.edges);
    let main = &trace.processes[0];
    let go = main.events.iter().find(|e| e.label.as_deref() == Some("go")).expect("recorded");
    assert!(matches!(&go.kind, EventKind::Notify { all: true, woke: 3, .. }), "{go:?}");
}

#[test]
fn a_notify_wakes_one_waiter_and_a_condition_needs_its_lock_held() {
    let (trace, verdicts) = run("
processes:
  main:
    - lock: m
    - condition: c
      with: m
    - semaphore: ready
      value: 0
    - start: waiter
    - acquire: ready
    - acquire: m
    - notify: c
      label: notified
    - release: m
    - join: waiter
    - start: rude
    - join: rude
    - start: impatient
    - join: impatient
  waiter:
    - acquire: m
    - release: ready
    - wait: c
      label: woke
    - release: m
  rude:
    - notify: c
  impatient:
    - wait: c
expect:
  - {name: notified before woken, before: [main.notified, waiter.woke]}
");
    assert_verdicts(&trace, &verdicts, &[("notified before woken", true)]);
    let output = procscen::render::report::output(&trace);
    assert!(output.contains("cannot notify c: this process does not hold its lock m"), "{output}");
    assert!(output.contains("cannot wait on c: this process does not hold its lock m"), "{output}");
    for (name, code) in [("waiter", 0), ("rude", 70), ("impatient", 70)] {
        let p = trace.processes.iter().find(|p| p.name == name).expect("ran");
        assert_eq!(p.ending, procscen::trace::Ending::Exited(code), "{name}: {output}");
    }
}

#[test]
fn the_last_task_done_happens_before_the_queue_join_it_released() {
    let (trace, verdicts) = run("
processes:
  main:
    - queue: jobs
      joinable: true
    - start: worker
    - for: i
      range: 3
      do:
        - put: \"{i}\"
          to: jobs
    - join: jobs
      label: all_done
    - print: every job done
    - join: worker
  worker:
    - for: i
      range: 3
      do:
        - get: job
          from: jobs
        - print: \"job {job}\"
          label: worked
        - task_done: jobs
          label: done
expect:
  - {name: each job before the join, before: [worker.worked, main.all_done]}
  - {name: the join before a job (wrong way), before: [main.all_done, worker.done]}
");
    assert_verdicts(
        &trace,
        &verdicts,
        &[("each job before the join", true), ("the join before a job (wrong way)", false)],
    );
    assert_eq!(trace.edges.iter().filter(|e| e.kind == EdgeKind::TaskDone).count(), 1, "{:#?}", trace.edges);
}

/// A queue that ran empty while main was still putting closed a round of its own: the worker
/// whose jobs all fell in that round was unordered with a join that waited for the next round
/// (a schedule-dependent failure of scenarios/classic/work-queue.yaml). Each round's closer
/// happens before the next round's. The sleep only makes the early round likely; the check
/// must pass in every schedule.
#[test]
fn a_task_done_of_an_earlier_round_happens_before_a_join_of_a_later_one() {
    let (trace, verdicts) = run("
processes:
  main:
    - queue: jobs
      joinable: true
    - start: first
    - put: a
      to: jobs
    - sleep: 300ms
    - start: second
    - put: b
      to: jobs
    - join: jobs
      label: all_done
    - join: first
    - join: second
  first:
    - get: job
      from: jobs
    - print: \"first {job}\"
      label: worked
    - task_done: jobs
  second:
    - get: job
      from: jobs
    - print: \"second {job}\"
      label: worked
    - task_done: jobs
expect:
  - {name: the first job before the join, before: [first.worked, main.all_done]}
  - {name: the second job before the join, before: [second.worked, main.all_done]}
");
    assert_verdicts(
        &trace,
        &verdicts,
        &[("the first job before the join", true), ("the second job before the join", true)],
    );
}

#[test]
fn a_task_done_too_many_is_an_error_and_a_join_without_it_waits() {
    let (trace, _) = run("
timeout: 300ms
processes:
  main:
    - queue: jobs
      joinable: true
    - start: eager
    - join: eager
    - put: x
      to: jobs
    - get: job
      from: jobs
    - join: jobs
  eager:
    - task_done: jobs
");
    let output = procscen::render::report::output(&trace);
    assert!(output.contains("cannot mark a task done on jobs: no task of it is unfinished"), "{output}");
    let main = &trace.processes[0];
    assert!(
        matches!(main.events.last().map(|e| &e.kind), Some(EventKind::Blocked { name }) if name == "jobs"),
        "a join with a task not done waits until the timeout: {:?}",
        main.events
    );
}

/// `main` holds the lock for the whole run of `starved`, which blocks on it until `main`
/// gives up and terminates it; `fed` gets the lock after `main` releases it.
const STARVATION: &str = "
processes:
  main:
    - lock: l
    - acquire: l
    - start: starved
    - join: starved
      timeout: 100ms
    - terminate: starved
    - join: starved
    - release: l
    - start: fed
    - join: fed
  starved:
    - acquire: l
    - release: l
  fed:
    - acquire: l
    - release: l
expect:
  - {name: fed got it, acquired: {lock: l, by: fed}}
  - {name: main got it once, acquired: {lock: l, by: main, at_least: 1}}
  - {name: main got it twice, acquired: {lock: l, by: main, at_least: 2}}
  - {name: starved got it, acquired: {lock: l, by: starved}}
  - {name: nobody starved, acquired: {lock: l}}
";

#[test]
fn acquired_counts_each_process_and_fails_for_one_that_never_got_the_lock() {
    let (trace, verdicts) = run(STARVATION);
    assert_verdicts(
        &trace,
        &verdicts,
        &[
            ("fed got it", true),
            ("main got it once", true),
            ("main got it twice", false),
            ("starved got it", false),
            ("nobody starved", false),
        ],
    );
    assert_eq!(
        verdict(&verdicts, "nobody starved").message,
        "starved acquired l fewer than 1 time (starved); acquisitions of l: main 1 time (waited 0 times), starved 0 \
         times (waited 1 time), fed 1 time (waited 0 times)"
    );
    assert_eq!(verdict(&verdicts, "fed got it").message, "acquisitions of l: fed 1 time (waited 0 times)");
}

#[test]
fn conditions_joinable_queues_and_acquired_are_refused_with_their_positions() {
    util::refused(
        "
processes:
  main:
    - lock: m
    - event: e
    - queue: q
    - condition: c
    - condition: d
      with: e
    - notify: m
    - task_done: q
    - join: q
    - rlock: r
    - wait: r
expect:
  - acquired: {lock: e}
  - acquired: {lock: m, by: nobody, at_least: 0}
",
        "bad.yaml:6:7: a condition needs `with:`, the lock its waiters release while they wait
  help: make a lock first (`- lock: mutex`) and write `with: mutex` under `condition: c`
bad.yaml:8:13: `e` is an event; `condition` works on a lock
  help: name a lock here
bad.yaml:9:15: `m` is a lock; `notify` works on a condition
  help: name a condition here
bad.yaml:10:18: queue `q` is not joinable: `task_done` needs a queue that counts its tasks
  help: write `joinable: true` under `queue: q`
bad.yaml:11:13: queue `q` is not joinable: `join` needs a queue that counts its tasks
  help: write `joinable: true` under `queue: q`
bad.yaml:13:13: `r` is an rlock; `wait` works on an event, barrier or condition
  help: name an event, barrier or condition here
bad.yaml:15:22: no process makes a lock or semaphore named `e`
  help: the scenario has `m`, `r`
bad.yaml:16:29: there is no process named `nobody`
  help: name one of `main`
bad.yaml:16:47: `at_least` of `acquired` must be a count from 1 up, not 0
  help: write `at_least: 1` for \"each process got it at least once\"",
    );
}

#[test]
fn the_html_report_draws_notify_and_task_done_edges_in_their_own_colours() {
    for (file, class, legend) in [
        ("scenarios/classic/start-gate.yaml", "notify", "notify → wait"),
        ("scenarios/classic/work-queue.yaml", "task_done", "task_done → join"),
    ] {
        let evaluation = util::evaluate(&util::root().join(file));
        assert!(evaluation.checks_passed(), "{}", util::failures(&evaluation));
        let page = procscen::render::html::for_scenario(&evaluation.view());
        assert!(
            page.contains(&format!("class=\"edge edge-{class}\"")),
            "{file}: a {class} edge is drawn with its class"
        );
        assert!(page.contains(&format!(".edge-{class} {{ stroke: #")), "{file}: the class has its own colour");
        assert!(page.contains(legend), "{file}: the legend names it");
    }
}
