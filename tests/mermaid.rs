//! `procscen run --format mermaid`: each run as a Mermaid sequence diagram, with a lifeline per
//! process, notes for printed lines and an arrow per causal edge.

mod util;

#[test]
fn a_run_becomes_a_sequence_diagram() {
    let evaluation = util::evaluate(&util::root().join("scenarios/seed/queue.yaml"));
    let diagram = procscen::render::mermaid::sequence_diagram(&evaluation.trace);
    let lines: Vec<&str> = diagram.lines().map(str::trim).collect();
    assert_eq!(lines[0], "sequenceDiagram", "{diagram}");
    for expected in [
        "participant P0 as main",
        "participant P1 as writer",
        "participant P2 as reader",
        "P0->>P1: start",
        "P1->>P2: q: 1",
        "Note over P2: read, 4",
        "P2->>P0: join (exit 0)",
        "Note over P0: DONE",
    ] {
        assert!(lines.contains(&expected), "missing `{expected}` in:\n{diagram}");
    }
    // Each item's arrow comes before the reader's line about it: the diagram follows the run.
    let arrow = lines.iter().position(|l| *l == "P1->>P2: q: 1").unwrap();
    let read = lines.iter().position(|l| *l == "Note over P2: read, 1").unwrap();
    assert!(arrow < read, "{diagram}");
}

#[test]
fn the_cli_prints_only_diagrams_and_comments() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_procscen"))
        .args(["run", "--format", "mermaid"])
        .arg(util::root().join("scenarios/seed/process-start-join.yaml"))
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{stdout}");
    for line in stdout.lines() {
        assert!(
            line.starts_with("%%") || line == "sequenceDiagram" || line.starts_with("    "),
            "a line Mermaid would not take: {line:?}\n{stdout}"
        );
    }
}

#[test]
fn a_name_or_line_with_a_hash_or_semicolon_is_escaped_once() {
    let (_, trace) = util::run_text(
        "
processes:
  main:
    - start: kid
    - start: kid
    - join: kid
    - join: kid
  kid:
    - print: \"#1; done\"
",
    );
    let diagram = procscen::render::mermaid::sequence_diagram(&trace);
    // Two children named `kid` are `kid#1` and `kid#2` in the trace.
    assert!(diagram.contains("participant P1 as kid#35;1\n"), "{diagram}");
    assert!(diagram.contains(": #35;1#59; done\n"), "{diagram}");
    assert!(!diagram.contains("#35#59;"), "escaped twice:\n{diagram}");
}
