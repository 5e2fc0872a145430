//! A child's life seen from its parent on real runs: `terminate`, `is_alive` and `exitcode`,
//! where they hold and where a check on them fails, and their refusals with positions.

mod util;

use procscen::judge::check::Verdict;
use procscen::trace::{Ending, EventKind, Trace};

/// Runs `yaml` and returns its trace and verdicts.
#[track_caller]
fn run(yaml: &str) -> (Trace, Vec<Verdict>) {
    let (scenario, trace) = util::run_text(yaml);
    let verdicts = procscen::judge::check::check(&scenario, &trace);
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
        matches!(
            labelled(&trace, "joined"),
            EventKind::Join { ending: Ending::Signaled(procscen::trace::Signal::SIGTERM), .. }
        ),
        "{:?}",
        labelled(&trace, "joined")
    );
    // Terminating a child already joined is not an error, and nothing is sent.
    assert!(matches!(labelled(&trace, "again"), EventKind::Terminate { child_pid: 0, .. }));
    // The sleeper sleeps a minute: it is running at the first ask, and joined at the second.
    assert!(matches!(labelled(&trace, "show_alive"), EventKind::Print(v) if v.text == "true false"));
    assert!(matches!(labelled(&trace, "asked_before"), EventKind::Let { value, .. } if value.text == "true"));
    // A snapshot names the timing-dependent answer instead of showing it, and shows the
    // terminate as its own event.
    let snapshot = procscen::judge::redact::snapshot(&trace);
    assert!(snapshot.contains("let before = <alive>"), "{snapshot}");
    assert!(snapshot.contains("[term] terminate sleeper'\n"), "{snapshot}");
    assert!(snapshot.contains("terminate sleeper: already joined"), "{snapshot}");
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
fn a_join_with_every_child_of_its_name_joined_returns_at_once_and_says_so() {
    // As a second `join()` in Python: nothing is waited for, and the snapshot says why rather
    // than naming no child (`join ?: unknown`).
    let (trace, verdicts) = run("
processes:
  main:
    - start: kid
    - join: kid
    - join: kid
      label: again
  kid:
    - print: hi
      label: said
expect:
  - {name: kid before the second join, before: [kid.said, main.again]}
");
    assert_verdicts(&trace, &verdicts, &[("kid before the second join", true)]);
    assert!(
        matches!(labelled(&trace, "again"), EventKind::Join { child_pid: 0, .. }),
        "{:?}",
        labelled(&trace, "again")
    );
    let snapshot = procscen::judge::redact::snapshot(&trace);
    assert!(snapshot.contains("join kid: already joined"), "{snapshot}");
    assert!(!snapshot.contains("join ?"), "{snapshot}");
}

#[test]
fn exitcode_of_a_name_joined_twice_is_the_latest_childs() {
    // A process keeps one ending per child name (the latest join), not every join: the second
    // child joined as `kid` must replace the first one's ending.
    let (trace, verdicts) = run("
processes:
  main:
    - start: three
      as: kid
    - join: kid
    - start: five
      as: kid
    - join: kid
    - exitcode: kid
      as: code
    - print: \"{code}\"
      label: code
  three:
    - exit: 3
  five:
    - exit: 5
expect:
  - {name: the latest, value: main.code, var: code, equals: \"5\"}
");
    assert_verdicts(&trace, &verdicts, &[("the latest", true)]);
}

#[test]
fn lifecycle_actions_on_unknown_children_or_without_a_variable_are_refused() {
    util::refused(
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
    util::refused(
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

#[test]
fn a_daemon_still_running_is_terminated_and_joined_when_its_starter_ends() {
    let (trace, verdicts) = run("
processes:
  main:
    - start: daemon
      daemon: true
    - start: quick
      daemon: true
    - join: quick
    - start: worker
    - join: worker
  daemon:
    - sleep: 1m
  quick:
    - print: done
  worker:
    - print: work
expect:
  - {name: the daemon was terminated, exit: {process: daemon, signal: SIGTERM}}
  - {name: the daemon exited by itself, exit: {process: daemon, code: 0}}
  - {name: a joined daemon is left alone, exit: {process: quick, code: 0}}
  - {name: a worker is no daemon, exit: {process: worker, code: 0}}
");
    assert_verdicts(
        &trace,
        &verdicts,
        &[
            ("the daemon was terminated", true),
            ("the daemon exited by itself", false),
            ("a joined daemon is left alone", true),
            ("a worker is no daemon", true),
        ],
    );
    // main's last events: terminate the daemon, join it, end; nothing for `quick`.
    let kinds: Vec<&EventKind> = trace.processes[0].events.iter().map(|e| &e.kind).collect();
    let n = kinds.len();
    assert!(matches!(kinds[n - 3], EventKind::Terminate { name, .. } if name == "daemon"), "{kinds:?}");
    assert!(
        matches!(kinds[n - 2], EventKind::Join { name, ending: Ending::Signaled(procscen::trace::Signal::SIGTERM), .. } if name == "daemon"),
        "{kinds:?}"
    );
    assert!(matches!(kinds[n - 1], EventKind::End { code: 0 }), "{kinds:?}");
    assert_eq!(kinds.iter().filter(|k| matches!(k, EventKind::Terminate { .. })).count(), 1, "{kinds:?}");
}

#[test]
fn a_daemon_that_starts_children_is_refused_at_its_line() {
    util::refused(
        "
processes:
  main:
    - start: boss
      daemon: true
  boss:
    - for: i
      range: 2
      do:
        - start: helper
    - join: helper
  helper:
    - print: hi
",
        "bad.yaml:4:15: `boss` is started as a daemon, but it starts children of its own (`start: helper`); a daemon may not have children, as in Python
  help: remove `daemon: true`, or move the `start: helper` out of `boss`",
    );
}
