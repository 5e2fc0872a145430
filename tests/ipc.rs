//! Queues, pipes and pools on real processes: their semantics, and the checks about them, each
//! where it holds and where it fails. Every scenario here is deterministic by construction:
//! where two tasks must overlap, they wait for each other through queues, not through sleeps.

mod util;

use procscen::trace::{EventKind, Outcome};

/// Runs `yaml` and asserts each named check's verdict, and that nothing of the run is left.
#[track_caller]
fn check(yaml: &str, expected: &[(&str, bool)]) -> procscen::Trace {
    let (scenario, trace) = util::run_text(yaml);
    let verdicts = procscen::judge::check::check(&scenario, &trace);
    for (name, passed) in expected {
        let v =
            verdicts.iter().find(|v| v.name == *name).unwrap_or_else(|| panic!("no check named {name}: {verdicts:#?}"));
        assert_eq!(v.passed, *passed, "check `{name}`: {}\n{}", v.message, procscen::render::report::output(&trace));
    }
    util::assert_nothing_left(&trace);
    trace
}

/// Two tasks that are provably running at the same time: each announces itself on `arrived`
/// and waits on `go`, which the owner fills only after both arrived.
const OVERLAPPING_TASKS: &str = "
processes:
  main:
    - queue: arrived
    - queue: go
    - pool: p
      size: 2
    - for: i
      range: 2
      do:
        - submit: task
          to: p
          args: ['{i}']
    - for: i
      range: 2
      do:
        - get: who
          from: arrived
    - for: i
      range: 2
      do:
        - put: go
          to: go
    - close: p
    - join: p
    - print: done
      label: done
  task:
    params: [i]
    run:
      - print: task {i} here
        label: here
      - put: '{i}'
        to: arrived
      - get: signal
        from: go
      - print: task {i} leaves
        label: leaves
      - return: '{i}'
expect:
  - {name: two at once is within 2, in_flight: p, at_most: 2}
  - {name: two at once is beyond 1, in_flight: p, at_most: 1}
  - {name: two workers, count: {workers: p}, exactly: 2}
  - {name: not three workers, count: {workers: p}, exactly: 3}
  - {name: each task in one worker, same_process: [task.here, task.leaves], by: task}
  - {name: all tasks in one worker, same_process: [task.here, task.leaves]}
  - {name: each task leaves after it arrived, before: [task.here, task.leaves], by: task}
  - {name: every task leaves after every task arrived, before: [task.here, task.leaves]}
  - {name: the arrivals are not ordered, concurrent: [{process: task, text: task 0 here}, {process: task, text: task 1 here}]}
  - {name: done comes after every task, before: [task.leaves, main.done]}
  - {name: each item of arrived is taken once, delivery: arrived}
  - {name: two spans at once is within 2, in_flight: [task.here, task.leaves], at_most: 2}
  - {name: two spans at once is beyond 1, in_flight: [task.here, task.leaves], at_most: 1}
  - {name: two spans overlap, in_flight: [task.here, task.leaves], at_least: 2}
  - {name: spans that never end show no overlap, in_flight: [task.here, main.done], at_least: 2}
";

#[test]
fn pool_checks_hold_and_fail_on_tasks_that_overlap_by_construction() {
    let trace = check(
        OVERLAPPING_TASKS,
        &[
            ("two at once is within 2", true),
            ("two at once is beyond 1", false),
            ("two workers", true),
            ("not three workers", false),
            ("each task in one worker", true),
            ("all tasks in one worker", false),
            ("each task leaves after it arrived", true),
            ("every task leaves after every task arrived", true),
            ("the arrivals are not ordered", true),
            ("done comes after every task", true),
            ("each item of arrived is taken once", true),
            ("two spans at once is within 2", true),
            ("two spans at once is beyond 1", false),
            ("two spans overlap", true),
            // No task prints `main.done`: each span stays open, which proves no overlap.
            ("spans that never end show no overlap", false),
        ],
    );
    assert_eq!(trace.outcome, Outcome::Finished);
}

/// A span whose end is printed by another process (main prints what a pool's worker returned):
/// in a process that prints no END, each span ends when that process starts its next one, so
/// one worker running three tasks is one at a time, and still no evidence of overlap.
#[test]
fn spans_without_an_end_in_their_process_end_at_its_next_start() {
    check(
        "
processes:
  main:
    - pool: p
      size: 1
    - for: i
      range: 3
      do:
        - submit: task
          to: p
          args: ['{i}']
    - close: p
    - join: p
    - print: done
      label: done
  task:
    params: [i]
    run:
      - print: task {i} here
        label: here
      - return: '{i}'
expect:
  - {name: one worker runs one task at a time, in_flight: [task.here, main.done], at_most: 1}
  - {name: ended spans are no evidence of overlap, in_flight: [task.here, main.done], at_least: 1}
",
        &[("one worker runs one task at a time", true), ("ended spans are no evidence of overlap", false)],
    );
}

/// `count: {alive: NAME}` counts processes alive at one moment, not over the run: three kids
/// started and joined one by one are never two at once, and three that each wait for an item
/// main puts only after starting them all are three at once.
#[test]
fn alive_counts_processes_at_one_moment() {
    check(
        "
processes:
  main:
    - for: i
      range: 3
      do:
        - start: one_by_one
        - join: one_by_one
    - queue: go
    - for: i
      range: 3
      do:
        - start: together
    - for: i
      range: 3
      do:
        - put: go
          to: go
    - for: i
      range: 3
      do:
        - join: together
  one_by_one:
    - print: alone
  together:
    - get: signal
      from: go
expect:
  - {name: three made one by one, count: {processes: one_by_one}, exactly: 3}
  - {name: one at a time, count: {alive: one_by_one}, exactly: 1}
  - {name: three waiting at once, count: {alive: together}, exactly: 3}
  - {name: not two at once, count: {alive: together}, at_most: 2}
",
        &[
            ("three made one by one", true),
            ("one at a time", true),
            ("three waiting at once", true),
            ("not two at once", false),
        ],
    );
}

#[test]
fn delivery_fails_when_an_item_is_never_taken() {
    check(
        "
processes:
  main:
    - queue: q
    - put: 1
      to: q
    - put: 2
      to: q
    - get: x
      from: q
expect:
  - {name: all taken, delivery: q}
",
        &[("all taken", false)],
    );
}

#[test]
fn a_bounded_queue_blocks_a_put_beyond_its_capacity_and_a_timeout_is_an_event() {
    let trace = check(
        "
processes:
  main:
    - queue: q
      capacity: 2
    - for: i
      range: 3
      do:
        - put: '{i}'
          to: q
          timeout: 50ms
    - get: first
      from: q
    - print: got {first}
    - queue: empty
    - get: nothing
      from: empty
      timeout: 10ms
    - print: got '{nothing}'
",
        &[],
    );
    let main = &trace.processes[0];
    let puts: Vec<bool> = main
        .events
        .iter()
        .filter_map(|e| match &e.kind {
            EventKind::Put { timed_out, .. } => Some(*timed_out),
            _ => None,
        })
        .collect();
    assert_eq!(puts, [false, false, true], "the third put finds the queue full: {:#?}", main.events);
    let output = procscen::render::report::output(&trace);
    assert!(output.contains("got 0"), "{output}");
    assert!(output.contains("got ''"), "a timed-out get leaves its variable empty: {output}");
}

#[test]
fn a_spawned_process_inherits_the_queues_of_its_parent() {
    check(
        "
processes:
  main:
    - queue: q
    - start: child
      method: spawn
    - get: x
      from: q
    - print: parent got {x}
      label: got
    - join: child
  child:
    - put: from a fresh image
      to: q
      label: put
expect:
  - {name: delivered, delivery: q}
  - {name: ordered by the item, before: [child.put, main.got]}
",
        &[("delivered", true), ("ordered by the item", true)],
    );
}

#[test]
fn map_and_a_loop_over_results_take_results_in_task_order() {
    let trace = check(
        "
processes:
  main:
    - pool: p
      size: 3
    - map: square
      to: p
      over: [3, 1, 2]
      label: map
    - submit: square
      to: p
      args: [5]
    - submit: square
      to: p
      args: [6]
    - for: r
      from: p
      label: result
      do:
        - print: result {r}
    - close: p
    - join: p
  square:
    params: [n]
    run:
      - return: '{n*n}'
expect:
  - {name: the loop takes the two results map did not, count: {events: main.result}, exactly: 2}
",
        &[("the loop takes the two results map did not", true)],
    );
    let output = procscen::render::report::output(&trace);
    assert!(output.contains("result 25") && output.contains("result 36"), "{output}");
    let results: Vec<String> = trace.processes[0]
        .events
        .iter()
        .filter_map(|e| match &e.kind {
            EventKind::Result { value, .. } => Some(value.text.to_string()),
            _ => None,
        })
        .collect();
    assert_eq!(results, ["9", "1", "4", "25", "36"]);
}

#[test]
fn a_queue_deadlock_ends_at_the_timeout_with_the_blocked_process_named() {
    let (scenario, trace) = util::run_text(
        "
timeout: 1s
processes:
  main:
    - queue: q
    - start: reader
    - put: only one
      to: q
    - join: reader
  reader:
    - get: a
      from: q
    - get: b
      from: q
      label: second
",
    );
    let Outcome::TimedOut { alive, .. } = &trace.outcome else { panic!("expected a timeout: {:?}", trace.outcome) };
    let reader = alive.iter().find(|a| a.role.as_deref() == Some("reader")).expect("the reader was alive");
    assert!(
        reader.last_event.as_deref().is_some_and(|e| e.contains("took \"only one\" from q")),
        "the report says what the reader did last: {reader:?}"
    );
    let verdicts = procscen::judge::check::check(&scenario, &trace);
    assert!(!verdicts[0].passed);
    util::assert_nothing_left(&trace);
}

/// Many producers and consumers through a small queue, many times over: a lost wake-up shows
/// as a timeout, a lost or doubled item as a failed delivery check.
#[rstest::rstest]
#[case::capacity_not_a_power_of_two(3)]
#[case::capacity_a_power_of_two(8)]
#[case::unbounded(0)]
fn a_crowded_queue_delivers_every_item_once(#[case] capacity: u32) {
    let capacity_line = if capacity > 0 { format!("\n      capacity: {capacity}") } else { String::new() };
    let yaml = format!(
        "
timeout: 60s
processes:
  main:
    - queue: q{capacity_line}
    - for: c
      range: 4
      do:
        - start: consumer
    - for: p
      range: 4
      do:
        - start: producer
          args: ['{{p}}']
    - for: p
      range: 4
      do:
        - join: producer
    - for: c
      range: 4
      do:
        - put: STOP
          to: q
    - for: c
      range: 4
      do:
        - join: consumer
  producer:
    params: [p]
    run:
      - for: i
        range: 3000
        do:
          - put: '{{p}}-{{i}}'
            to: q
  consumer:
    - for: item
      from: q
      until: STOP
      label: took
      do: []
expect:
  - {{name: delivered, delivery: q}}
  - {{name: all taken, count: {{events: consumer.took}}, exactly: 12004}}
"
    );
    let trace = check(&yaml, &[("delivered", true), ("all taken", true)]);
    assert_eq!(trace.outcome, Outcome::Finished);
}

#[test]
fn a_task_that_exits_fails_and_its_error_reaches_the_owner() {
    let trace = check(
        "
processes:
  main:
    - pool: p
      size: 2
    - submit: failing
      to: p
    - submit: fine
      to: p
    - get: first
      from: p
    - get: second
      from: p
    - print: 'first: {first}; second: {second}'
    - close: p
    - join: p
  failing:
    - exit: 3
  fine:
    - return: ok
expect:
  - {name: one worker ran each task, count: {workers: p}, at_least: 1}
",
        &[("one worker ran each task", true)],
    );
    let output = procscen::render::report::output(&trace);
    assert!(output.contains("first: error: the task exited with code 3; second: ok"), "{output}");
    let endings: Vec<String> =
        trace.processes.iter().filter(|p| p.name == "p_worker").map(|p| p.ending.to_string()).collect();
    assert!(endings.contains(&"exit 3".to_owned()), "the failing task's worker ends with its code: {endings:?}");
}

/// A real queue run's snapshot folds the counting runs (the puts, the gets, the message
/// edges) into one entry each, and unfolding it gives back every event's text.
#[test]
fn a_queue_runs_snapshot_folds_its_counting_runs_losslessly() {
    use procscen::judge::fold::{unfold, OwnedItem, Rule};
    let (_, trace) = util::run_text(
        "
processes:
  main:
    - queue: q
    - start: consumer
    - for: i
      range: 50
      do:
        - put: '{i}'
          to: q
    - put: END
      to: q
    - join: consumer
  consumer:
    - for: x
      from: q
      until: END
      do: []
",
    );
    util::assert_nothing_left(&trace);
    let snapshot = procscen::judge::redact::snapshot(&trace);
    for entry in [
        "    - first: put 0 into q\n      last: put 49 into q\n      events: 50\n",
        "    - first: 'get from q: 0'\n      last: 'get from q: 49'\n      events: 50\n",
    ] {
        assert!(snapshot.contains(entry), "no {entry:?} in\n{snapshot}");
    }
    let yaml: serde_yaml::Value = serde_yaml::from_str(&snapshot).unwrap();
    let items = |list: &serde_yaml::Value, count_key: &str| -> Vec<OwnedItem> {
        let list = list.as_sequence().unwrap_or_else(|| panic!("a list: {list:?}"));
        list.iter()
            .map(|item| match item {
                serde_yaml::Value::String(s) => OwnedItem::Line(s.clone()),
                run => OwnedItem::Run {
                    first: run["first"].as_str().unwrap().to_owned(),
                    last: run["last"].as_str().unwrap().to_owned(),
                    count: run[count_key].as_u64().unwrap(),
                },
            })
            .collect()
    };
    let main = unfold(Rule::Events, &items(&yaml["processes"]["main"]["events"], "events"));
    let puts: Vec<String> = (0..50).map(|i| format!("put {i} into q")).collect();
    assert_eq!(main[4..54], puts[..], "{main:?}");
    assert_eq!(main[54..56], ["loop end after 50", "put END into q"]);
    let consumer = unfold(Rule::Events, &items(&yaml["processes"]["consumer"]["events"], "events"));
    let gets: Vec<String> = (0..50).map(|i| format!("get from q: {i}")).collect();
    assert_eq!(consumer[2..52], gets[..], "{consumer:?}");
    // Each put's message edge to its get: one entry, unfolded to one edge per item.
    let edges_folded = items(&yaml["edges"], "edges");
    assert!(edges_folded.len() < 10, "the message edges are folded: {edges_folded:?}");
    let edges = unfold(Rule::Edges, &edges_folded);
    for i in 0..50 {
        let edge = format!("main[{}] -> consumer[{}] (message)", i + 4, i + 2);
        assert!(edges.contains(&edge), "no {edge} in {edges:?}");
    }
}
