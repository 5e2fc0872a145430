//! A child's life seen from its parent on real runs: `terminate`, `is_alive` and `exitcode`,
//! where they hold and where a check on them fails, and their refusals with positions.

mod util;

use procscen::check::Verdict;
use procscen::trace::{Ending, EventKind, Trace};
use std::path::Path;

/// Runs `yaml` and returns its trace and verdicts.
#[track_caller]
fn run(yaml: &str) -> (Trace, Vec<Verdict>) {
    let (scenario, trace) = util::run_text(yaml);
    let verdicts = procscen::check::check(&scenario, &trace);
    util::assert_nothing_left(&trace);
    (trace, verdicts)
}

#[track_caller]
fn assert_verdicts(trace: &Trace, verdicts: &[Verdict], expected: &[(&str, bool)]) {
    for (name, passed) in expected {
        let v = verdicts.iter().find(|v| v.name == *name).unwrap_or_else(|| panic!("no check {name}: {verdicts:#?}"));
        assert_eq!(v.passed, *passed, "check `{name}`: {}\n{}", v.message, procscen::render::report::output(trace));
    }
}

#[track_caller]
fn labelled<'t>(trace: &'t Trace, label: &str) -> &'t EventKind {
    let e = trace.processes[0].events.iter().find(|e| e.label.as_deref() == Some(label));
    &e.unwrap_or_else(|| panic!("no event {label}")).kind
}

#[track_caller]
fn refused(input: &str, expected: &str) {
    let input = input.strip_prefix('\n').unwrap_or(input);
    match procscen::load_str(input, Path::new("bad.yaml")) {
        Ok(s) => panic!("the scenario was accepted but should be refused:\n{input}\nparsed as: {s:?}"),
        Err(e) => assert_eq!(e.to_string().trim(), expected.trim(), "\n--- input ---\n{input}"),
    }
}

#[test]
fn terminate_kills_a_running_child_by_sigterm_and_is_alive_and_exitcode_follow() {
    let (trace, verdicts) = run("
processes:
  main:
    - start: sleeper
    - is_alive: sleeper
      as: before
      label: asked_before
    - terminate: sleeper
      label: term
    - exitcode: sleeper
      as: unjoined
    - print: \"{unjoined}\"
      label: show_unjoined
    - join: sleeper
      label: joined
    - is_alive: sleeper
      as: after
    - print: \"{before} {after}\"
      label: show_alive
    - exitcode: sleeper
      as: code
    - print: \"{code}\"
      label: show_code
    - terminate: sleeper
      label: again
  sleeper:
    - sleep: 1m
expect:
  - {name: killed by SIGTERM, exit: {process: sleeper, signal: SIGTERM}}
  - {name: exit code is minus 15, value: main.show_code, var: code, equals: \"-15\"}
  - {name: exit code is 0, value: main.show_code, var: code, equals: \"0\"}
  - {name: no exit code before the join, value: main.show_unjoined, var: unjoined, equals: \"None\"}
");
    assert_verdicts(
        &trace,
        &verdicts,
        &[
            ("killed by SIGTERM", true),
            ("exit code is minus 15", true),
            ("exit code is 0", false),
            ("no exit code before the join", true),
        ],
    );
    assert!(
        matches!(labelled(&trace, "term"), EventKind::Terminate { child_pid, name } if *child_pid > 0 && name == "sleeper")
    );
    assert!(
        matches!(labelled(&trace, "joined"), EventKind::Join { ending: Ending::Signaled(s), .. } if s == "SIGTERM"),
        "{:?}",
        labelled(&trace, "joined")
    );
    // Terminating a child already joined is not an error, and nothing is sent.
    assert!(matches!(labelled(&trace, "again"), EventKind::Terminate { child_pid: 0, .. }));
    // The sleeper sleeps a minute: it is running at the first ask, and joined at the second.
    assert!(matches!(labelled(&trace, "show_alive"), EventKind::Print(v) if v.text == "true false"));
    assert!(matches!(labelled(&trace, "asked_before"), EventKind::Let { value, .. } if value.text == "true"));
}

#[test]
fn a_joined_child_is_not_alive_and_exitcode_gives_its_exit_status() {
    let (trace, verdicts) = run("
processes:
  main:
    - start: quick
    - join: quick
      label: joined
    - is_alive: quick
      as: alive
    - print: \"{alive}\"
      label: show
    - exitcode: quick
      as: code
    - print: \"{code}\"
      label: code
    - terminate: quick
  quick:
    - exit: 3
expect:
  - {name: ended with 3, value: main.code, var: code, equals: \"3\"}
  - {name: not alive, value: main.show, var: alive, equals: \"false\"}
  - {name: alive, value: main.show, var: alive, equals: \"true\"}
");
    assert_verdicts(&trace, &verdicts, &[("ended with 3", true), ("not alive", true), ("alive", false)]);
    assert!(matches!(labelled(&trace, "joined"), EventKind::Join { ending: Ending::Exited(3), .. }));
}

#[test]
fn lifecycle_actions_on_unknown_children_or_without_a_variable_are_refused() {
    refused(
        "
processes:
  main:
    - start: kid
    - terminate: kd
  kid:
    - print: hi
",
        "bad.yaml:4:18: `kd` is not a child this process started or forked before this line
  help: name a child started before this line: `kid`",
    );
    refused(
        "
processes:
  main:
    - start: kid
    - is_alive: kid
  kid:
    - print: hi
",
        "bad.yaml:4:7: `is_alive: kid` needs `as:`, the variable its answer goes into
  help: add `as: VAR`",
    );
}
