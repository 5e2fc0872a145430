//! Bad scenario files are refused with every problem, its file, line and column, and what to
//! write instead. Each case is the file's text and the exact plain rendering of its error.

use std::path::Path;

#[track_caller]
fn check(input: &str, expected: &str) {
    let input = input.strip_prefix('\n').unwrap_or(input);
    match procscen::load_str(input, Path::new("bad.yaml")) {
        Ok(s) => panic!("the scenario was accepted but should be refused:\n{input}\nparsed as: {s:?}"),
        Err(e) => {
            let actual = e.to_string();
            assert_eq!(actual.trim(), expected.trim(), "\n--- input ---\n{input}\n--- actual ---\n{actual}\n");
        }
    }
}

#[test]
fn yaml_syntax_error() {
    check(
        "
processes:
  main:
    - print: hi
   - sleep: 1s
",
        "bad.yaml:4:4: did not find expected key, while parsing a block mapping
  help: check the indentation and that every `key: value` pair is on its own line",
    );
}

#[test]
fn unknown_key() {
    check(
        "
processes:
  main:
    - prnt: hi
",
        "bad.yaml:3:7: processes.main[0]: unknown field `prnt`, expected one of `print`, `sleep`, `start`, `join`, `fork`, `exit`, `let`, `for`, `queue`, `pipe`, `put`, `get`, `send`, `recv`, `pool`, `submit`, `map`, `close`, `return`, `kill`, `terminate`, `is_alive`, `exitcode`, `raise`, `ignore`, `lock`, `semaphore`, `event`, `barrier`, `shared`, `acquire`, `release`, `set`, `clear`, `wait`, `read`, `write`, `add`, `rlock`, `bounded_semaphore`, `condition`, `notify`, `notify_all`, `task_done` (an action starts with its verb)
  help: did you mean `print`? Only the keys listed above are allowed here",
    );
}

#[test]
fn unknown_key_beside_a_verb_lists_only_what_that_verb_takes() {
    check(
        "
processes:
  main:
    - start: w
      agrs: [1]
  w:
    params: [x]
    run: []
",
        "bad.yaml:4:7: processes.main[0]: unknown field `agrs`, expected one of `args`, `method`, `daemon`, `as`, `label` (what a `start` action takes)
  help: did you mean `args`? Only the keys listed above are allowed here",
    );
}

#[test]
fn a_tab_in_indentation_is_named_as_such() {
    check(
        "processes:\n  main:\n    - print: hi\n  \tlabel: x\n",
        "bad.yaml:4:3: YAML does not allow tabs for indentation
  help: indent with spaces (two per level, as in the examples)",
    );
    check(
        "processes:\n\tmain: []\n",
        "bad.yaml:2:1: YAML does not allow tabs for indentation
  help: indent with spaces (two per level, as in the examples)",
    );
}

/// serde names what it expected by the Rust types that parse the file (`struct RawAction`,
/// `i64`, `untagged enum RawLine`): the message says it in the scenario's words instead.
#[test]
fn a_value_of_the_wrong_kind_is_named_in_the_scenario_s_words_not_the_parser_s_types() {
    check(
        "processes:\n  main:\n    - 5\n",
        "bad.yaml:3:7: processes.main[0]: invalid type: integer `5`, expected an action: a map that starts with its verb, such as `print: hello`",
    );
    check(
        "processes:\n  main:\n    - queue: q\n      capacity: x\n",
        "bad.yaml:4:17: processes.main[0].capacity: invalid type: string \"x\", expected a whole number",
    );
    check(
        "processes:\n  main:\n    - print: hi\nexpect:\n  - 5\n",
        "bad.yaml:5:5: expect[0]: invalid type: integer `5`, expected a check: a map with `name:` and one kind of check, such as `before: [A, B]`",
    );
    check("processes: [1]\n", "bad.yaml:1:12: processes: invalid type: a list, expected a map");
    for input in [
        "processes:\n  main:\n    - fork: 3\n",
        "program: 5\n",
        "program:\n  run: 5\n",
        "program:\n  run: x\nlines:\n  a: 5\n",
        "processes:\n  main: []\nexpect:\n  - {name: a, count: 5}\n",
        "processes:\n  main: []\nexpect:\n  - {name: a, exit: 5}\n",
        "processes:\n  main: []\nexpect: 5\n",
    ] {
        let message = procscen::load_str(input, Path::new("bad.yaml")).expect_err("refused").to_string();
        for rust in ["Raw", "struct", "enum", "i64", "sequence"] {
            assert!(!message.contains(rust), "{rust} in the message of\n{input}\n{message}");
        }
    }
}

#[test]
fn a_hint_is_a_sentence_or_two() {
    check(
        "processes:\n  main:\n    - print: hi\n      label: said\nexpect:\n  - {name: x, value: main.said, var: v, equals: \"1\", hint: \"  \"}\n",
        "bad.yaml:6:60: a hint must be from 1 to 600 characters, not 0
  help: say in a sentence or two what a student should change; leave `hint` out to say nothing",
    );
}

#[test]
fn a_loop_can_name_its_children_and_joins_use_those_names() {
    let ok = "
processes:
  main:
    - for: i
      range: 3
      do:
        - start: kid
          as: \"kid{i}\"
    - join: kid0
    - for: i
      in: [1, 2]
      do:
        - join: \"kid{i}\"
  kid: []
";
    procscen::load_str(ok, Path::new("ok.yaml")).unwrap_or_else(|e| panic!("{e}"));
    // Over a queue the names are not known in the file: any name of that shape is accepted.
    let queue = "
processes:
  main:
    - queue: q
    - put: a
      to: q
    - put: stop
      to: q
    - for: x
      from: q
      until: stop
      do:
        - start: kid
          as: \"kid_{x}\"
    - join: kid_a
  kid: []
";
    procscen::load_str(queue, Path::new("ok.yaml")).unwrap_or_else(|e| panic!("{e}"));
    check(
        "
processes:
  main:
    - for: i
      range: 3
      do:
        - start: kid
          as: \"kid{i}\"
    - join: kid3
  kid: []
",
        "bad.yaml:8:13: `kid3` is never started by this process before this join
  help: join a child this process started before this line: `kid0`, `kid1`, `kid2`",
    );
    check(
        "
processes:
  main:
    - for: i
      range: 2
      do:
        - start: kid
          as: \"{i}kid\"
  kid: []
",
        "bad.yaml:7:15: `{i}kid` makes the name `0kid`, which is not usable
  help: start the name with a letter or `_`, as in `kid{i}`; values must be letters, digits and `_`",
    );
}

#[test]
fn unknown_top_level_key() {
    check(
        "
proceses:
  main: []
",
        "bad.yaml:1:1: unknown field `proceses`, expected one of `name`, `description`, `time_scale`, `timeout`, `start_method`, `max_processes`, `max_memory_mib`, `max_cpu_seconds`, `max_recorded_mib`, `vars`, `processes`, `program`, `lines`, `expect`
  help: did you mean `processes`? Only the keys listed above are allowed here",
    );
}

#[test]
fn start_of_a_process_that_does_not_exist() {
    check(
        "
processes:
  main:
    - start: worker
    - join: worker
  helper: []
",
        "bad.yaml:3:14: there is no process named `worker`
  help: define `worker` under `processes:`, or start one of `helper`",
    );
}

#[test]
fn join_of_a_process_never_started() {
    check(
        "
processes:
  main:
    - join: kid
    - start: kid
  kid:
    - print: hello
",
        "bad.yaml:3:13: `kid` is never started by this process before this join
  help: `kid` is joined before this process starts or forks any child: `start: kid` first",
    );
}

#[test]
fn duplicate_process_name() {
    check(
        "
processes:
  main:
    - print: a
  main:
    - print: b
",
        "bad.yaml:4:3: duplicate process name `main`: the earlier one would be silently replaced
  help: give each entry its own name, or merge the two",
    );
}

#[test]
fn negative_durations_and_every_other_problem_of_the_file() {
    check(
        "
processes:
  main:
    - sleep: -2s
    - sleep: -1
    - print: \"{nope}\"
",
        "bad.yaml:3:14: a duration cannot be negative: `-2s`
  help: write a duration from `0s` to `24h`, such as `150ms`, `2s` or `1.5s` (units: us, ms, s, m, h)
bad.yaml:4:14: a duration cannot be negative
  help: write a positive duration such as `150ms` or `2s`
bad.yaml:5:14: unknown variable `{nope}`
  help: use one of `name`, `pid`, `ppid`",
    );
}

#[test]
fn missing_main() {
    check(
        "
processes:
  worker: []
",
        "bad.yaml:1:1: there is no process named `main`
  help: name the process procscen starts first `main`: `processes: {main: [...]}`",
    );
}

#[test]
fn checks_that_name_missing_processes_or_labels() {
    check(
        "
processes:
  main:
    - print: a
      label: x
    - print: b
      label: x
expect:
  - before: [main.x, ghost.y]
  - before: [main.zz, main.x]
  - exit: {process: main}
",
        "bad.yaml:6:14: label `x` is used twice in this process
  help: give each labelled action its own label
bad.yaml:8:22: there is no process named `ghost`
  help: name one of `main`
bad.yaml:9:14: process `main` has no action labelled `zz`
  help: use one of its labels: `x`
bad.yaml:10:12: an exit check needs either `code` or `signal`
  help: write `exit: {process: NAME, code: 0}`",
    );
}

/// A verb with nothing after it is named, with what it takes, not called "no verb".
#[test]
fn a_verb_with_no_value() {
    check(
        "
processes:
  main:
    - start: kid
    - join:
  kid:
    - print:
",
        "bad.yaml:4:7: `join` has no value
  help: write the name of a process under `processes:` (`join: kid`) after `join:`
bad.yaml:6:7: `print` has no value
  help: write the text to print (`print: hello`) after `print:`",
    );
}

#[test]
fn actions_with_two_verbs_or_wrong_arguments() {
    check(
        "
processes:
  main:
    - print: a
      sleep: 1s
    - start: worker
    - exit: 300
  worker:
    params: [n]
    run: []
",
        "bad.yaml:3:7: this action has 2 verbs (print, sleep); an action does one thing
  help: split it into one list item per verb
bad.yaml:5:14: `worker` takes 1 argument(s) (n) but 0 are given
  help: write `args: [<n>]`
bad.yaml:6:13: exit code 300 is out of range
  help: write an exit code from 0 to 255",
    );
}

#[test]
fn a_missing_file_is_named() {
    let e = procscen::load(Path::new("no/such/scenario.yaml")).unwrap_err();
    assert!(e.to_string().starts_with("no/such/scenario.yaml: cannot read the file"), "{e}");
}

#[test]
fn get_from_a_queue_nobody_puts_to() {
    check(
        "
processes:
  main:
    - queue: q
    - start: reader
    - join: reader
  reader:
    - get: x
      from: q
",
        "bad.yaml:8:13: nothing is ever put into `q`, so taking from it would wait forever
  help: add a `put: VALUE` with `to: q` (or `send:` with `via:`) in some process",
    );
}

#[test]
fn join_of_a_pool_never_closed() {
    check(
        "
processes:
  main:
    - pool: p
      size: 2
    - submit: task
      to: p
    - join: p
  task:
    - print: hi
",
        "bad.yaml:7:13: pool `p` is joined but never closed, so its workers would wait for tasks forever
  help: write `- close: p` before this join",
    );
}

#[test]
fn queue_made_after_the_process_that_uses_it_was_started() {
    check(
        "
processes:
  main:
    - start: writer
    - queue: q
    - join: writer
  writer:
    - put: 1
      to: q
",
        "bad.yaml:8:11: this process cannot reach a queue, pipe end or pool named `q`
  help: create it first with `- queue: q` (or `pipe:`, `pool:`) in this process, or in every process that starts this one, before the start",
    );
}

#[test]
fn channels_used_the_wrong_way_and_malformed_loops_and_pools() {
    check(
        "
processes:
  main:
    - pipe: [r, w]
      duplex: false
    - send: hi
      via: r
    - put: hi
      to: w
    - for: i
      range: [1, 2, 3]
      do: []
    - pool: p
    - submit: nothing
      to: p
",
        "bad.yaml:6:12: `r` is the receiving end of a one-way pipe
bad.yaml:8:11: `w` is a pipe end: write `send: VALUE` / `recv: VAR` with `via: w`
bad.yaml:10:14: `range` takes a count or `[START, STOP]`
  help: write `range: 5` or `range: [1, 5]`; to loop over a list of values write `in: [...]`
bad.yaml:12:7: a pool needs `size:`, its number of workers
  help: add `size: 4`
bad.yaml:13:15: there is no process named `nothing`
  help: define it under `processes:`, for example `nothing: [{print: hello}]`",
    );
}

#[test]
fn more_children_alive_than_max_processes_is_refused_at_load_time() {
    check(
        "
max_processes: 100
processes:
  main:
    - for: i
      range: 150
      do:
        - start: kid
    - for: i
      range: 150
      do:
        - join: kid
  kid: []
",
        "bad.yaml:7:18: `main` has 100 children alive here (started and not yet joined); with `main` itself that is more than `max_processes: 100` allows, so the run would stop here
  help: join each child before starting the next (a `join:` in the same loop), or raise the limit: `max_processes: 151` at the top of the file",
    );
    // The default limit (2048) holds for a file that does not set one.
    let many = "
processes:
  main:
    - for: i
      range: 3000
      do:
        - start: kid
  kid: []
";
    let e = procscen::load_str(many, Path::new("many.yaml")).expect_err("3000 children at once are refused");
    assert!(e.to_string().contains("more than `max_processes: 2048`"), "{e}");
}

#[test]
fn a_loop_that_joins_each_child_it_starts_stays_within_max_processes() {
    // Ten thousand children, one alive at a time: far more than the limit in all, never more
    // than two processes at once. Nor is a loop whose length the file does not say judged.
    let ok = "
max_processes: 2
processes:
  main:
    - for: i
      range: 10000
      do:
        - start: kid
        - join: kid
    - pool: p
      size: 1
    - close: p
    - join: p
    - queue: q
    - put: stop
      to: q
    - for: x
      from: q
      until: stop
      do:
        - start: kid
  kid: []
";
    procscen::load_str(ok, Path::new("ok.yaml")).unwrap_or_else(|e| panic!("a joining loop was refused: {e}"));
}

#[test]
fn a_command_pattern_that_is_not_a_regular_expression() {
    let input = "name: t\nprogram:\n  run: python3 {submission}\nexpect:\n  - count: {events: {process: main, command_matches: 'python3 (-c'}}\n    at_least: 1\n";
    let e = procscen::load_str(input, Path::new("bad.yaml")).expect_err("refused").to_string();
    assert!(e.starts_with("bad.yaml:5:") && e.contains("`command_matches` is not a regular expression"), "{e}");
    let not = input.replace("command_matches", "command_not_matching");
    let e = procscen::load_str(&not, Path::new("bad.yaml")).expect_err("refused").to_string();
    assert!(e.starts_with("bad.yaml:5:") && e.contains("`command_not_matching` is not a regular expression"), "{e}");
    let both = input.replace("command_matches: 'python3 (-c'", "command_matches: 'a', command_not_matching: 'b'");
    let e = procscen::load_str(&both, Path::new("bad.yaml")).expect_err("refused").to_string();
    assert!(e.contains("exactly one of"), "{e}");
}

#[test]
fn a_computed_value_that_does_not_parse_says_where_and_what_to_write() {
    check(
        "
name: squares
program:
  run: python3 {submission}
lines:
  result: 'Task (?P<task>\\d+) result is: (?P<value>\\d+)'
expect:
  - value: result
    var: value
    computed: task ** 2
  - value: result
    var: value
  - value: result
    var: value
    equals: 4
    computed: task * task
",
        "bad.yaml:9:15: `computed: task ** 2` does not parse at byte 6: `**` is not supported: write `x * x`
  help: write whole numbers and the line's captures with `+`, `-`, `*` and parentheses (`task * task`)
bad.yaml:10:5: `value` needs `equals: VALUE` or `computed: EXPR`
  help: add `equals: 42`, or `computed: task * task` to compute it from the line's captures
bad.yaml:15:5: `value` takes `equals` or `computed`, not both
  help: remove one of them",
    );
}

#[test]
fn ends_at_send_goes_with_spans_not_with_a_pool() {
    check(
        "
processes:
  main:
    - pool: p
      size: 2
    - close: p
    - join: p
expect:
  - in_flight: p
    ends_at_send: true
    at_most: 2
",
        "bad.yaml:9:5: `ends_at_send` goes with `in_flight: [START, END]`, not with a pool's tasks
  help: remove it: a pool's task ends at its own end event",
    );
}

/// `received` judges what an observed program read: a scenario without `program:` is told so.
#[test]
fn received_is_for_programs_only() {
    check(
        "
processes:
  main:
    - print: got 1
      label: got
expect:
  - received: main.got
    var: n
",
        "bad.yaml:6:5: `received` checks what an observed `program` read from its pipes and sockets
  help: use `fifo` or `delivery` in a scenario without `program:`",
    );
}

/// `forked_sharing_memory` is a selector's one key, as `label`, `text` and the others are.
#[test]
fn forked_sharing_memory_stands_alone_in_a_selector() {
    check(
        "
name: x
program:
  run: 'true'
lines:
  c: {pattern: c, role: child}
expect:
  - count: {events: {process: main, forked_sharing_memory: child, text: x}}
    exactly: 0
",
        "bad.yaml:7:22: an event selector needs exactly one of `label`, `text`, `line`, `command`, `command_matches`, `command_not_matching` and `forked_sharing_memory`
  help: write `{process: main, forked_sharing_memory: child}`",
    );
}

#[test]
fn distinct_counts_only_events() {
    check(
        "
processes:
  main:
    - print: hi
expect:
  - count: { processes: main, distinct: task }
    exactly: 1
",
        "bad.yaml:5:41: `distinct` counts the values printed at `events`
  help: write `count: {events: LINE, distinct: VAR}`",
    );
}

/// A loop bound with no placeholder is read when the file is: `10^12` ran until the timeout
/// and reported itself as the program's output (a newcomer's first hour).
#[test]
fn a_range_bound_that_is_no_integer_is_refused_at_load() {
    check(
        "
processes:
  main:
    - for: i
      range: 10^12
      do:
        - print: x {i}
",
        "bad.yaml:4:14: `10^12` is not an integer
  help: write the number in digits, such as `1000000`, or a template such as `\"{n}\"`",
    );
}

/// A bound given but wrong is said once, and not also missing.
#[test]
fn a_negative_bound_is_said_once() {
    check(
        "
processes:
  main:
    - print: hi
      label: x
expect:
  - count: {events: main.x}
    exactly: -5
",
        "bad.yaml:7:14: `exactly` must be a count, not -5
  help: write a number from 0 up",
    );
}
