//! `procscen init`: sets an existing crate up to test itself with procscen: a starter scenario,
//! a test file that runs every scenario, and the dev-dependencies the test file needs.
//!
//! It never overwrites: a file that exists is left as it is, a dependency already listed is
//! kept, and what was done or left is printed.

use anyhow::{Context, Result};
use std::path::Path;

/// The starter scenario: the tutorial's Process example, which a user edits into their own.
const STARTER_SCENARIO: &str = r#"# yaml-language-server: $schema=procscen.schema.json
# A starter scenario: a parent starts a child process, waits for it, then ends. Edit it into
# the topology of your program; docs/scenario-format.md lists every action and check.
name: start and join
processes:
  main:
    - print: parent {pid} starts a child
    - start: child
      args: [hello]
    - join: child
    - print: the child has ended
      label: end
  child:
    params: [greeting]
    run:
      - print: child {pid} of {ppid} says {greeting}
        label: said
expect:
  - name: the child speaks before the parent ends
    before: [child.said, main.end]
  - name: the parent started the child
    parent_of: [main, child]
"#;

/// The test file: one test per scenario file, through rstest's `#[files]`.
const TEST_FILE: &str = r#"//! Every scenario under `scenarios/` is one test: it runs with real processes, its checks
//! must hold and its trace must match its snapshot in `snapshots/` (insta: review new and
//! changed snapshots with `cargo insta review`, or accept them with INSTA_UPDATE=always).

use rstest::rstest;
use std::path::PathBuf;

#[rstest]
fn scenario(#[files("scenarios/*.yaml")] path: PathBuf) {
    procscen::testing::assert_scenario(&path);
}
"#;

/// Where the crate should take procscen from.
pub enum Source<'a> {
    /// crates.io, this binary's version.
    Registry,
    /// A local checkout of procscen.
    Path(&'a Path),
}

/// Sets up the crate in `dir`; returns the lines to print, one per thing done or left.
pub fn init(dir: &Path, source: Source) -> Result<Vec<String>> {
    let manifest = dir.join("Cargo.toml");
    let text = std::fs::read_to_string(&manifest)
        .with_context(|| format!("{} is not a crate: cannot read {}", dir.display(), manifest.display()))?;
    anyhow::ensure!(
        text.lines().any(|l| l.trim() == "[package]"),
        "{} has no [package]; run `procscen init` in the directory of the crate to test",
        manifest.display()
    );
    let mut said = Vec::new();
    // The schema beside the scenarios, for editors (see the scenario's first line).
    let schema = procscen::scenario::json_schema();
    let files = [
        ("scenarios/start-and-join.yaml", STARTER_SCENARIO),
        ("scenarios/procscen.schema.json", schema.as_str()),
        ("tests/procscen.rs", TEST_FILE),
    ];
    for (path, contents) in files {
        let file = dir.join(path);
        if file.exists() {
            said.push(format!("kept    {path} (it exists)"));
            continue;
        }
        std::fs::create_dir_all(file.parent().expect("a file in a directory"))?;
        std::fs::write(&file, contents).with_context(|| format!("cannot write {}", file.display()))?;
        said.push(format!("wrote   {path}"));
    }
    let procscen = match source {
        Source::Registry => format!("procscen = \"{}\"", env!("CARGO_PKG_VERSION")),
        Source::Path(p) => format!("procscen = {{ path = {:?} }}", p.display().to_string()),
    };
    let (text, added) = with_dev_dependencies(&text, &[("procscen", &procscen), ("rstest", "rstest = \"0.26\"")]);
    for (name, was_added) in added {
        said.push(if was_added {
            format!("added   {name} to [dev-dependencies] in Cargo.toml")
        } else {
            format!("kept    {name} in Cargo.toml (it is listed)")
        });
    }
    std::fs::write(&manifest, text).with_context(|| format!("cannot write {}", manifest.display()))?;
    said.push(String::new());
    said.push("next:".into());
    said.push("  cargo test                # the first run has no snapshot yet and fails, saving a new one".into());
    said.push(
        "  cargo insta review        # read the new snapshot and accept it (or INSTA_UPDATE=always cargo test)".into(),
    );
    Ok(said)
}

/// `manifest` with each of `deps` (name, line) in its `[dev-dependencies]` table, unless the
/// name is listed there already; the table is added at the end when there is none. Returns
/// the new text and, for each dependency, whether it was added.
fn with_dev_dependencies(manifest: &str, deps: &[(&str, &str)]) -> (String, Vec<(String, bool)>) {
    let lines: Vec<&str> = manifest.lines().collect();
    let header = lines.iter().position(|l| l.trim() == "[dev-dependencies]");
    // The table ends at the next table header.
    let end = header.map(|h| {
        lines[h + 1..].iter().position(|l| l.trim_start().starts_with('[')).map_or(lines.len(), |i| h + 1 + i)
    });
    let listed = |name: &str| {
        header.zip(end).is_some_and(|(h, e)| {
            lines[h + 1..e].iter().any(|l| l.split('=').next().is_some_and(|key| key.trim() == name))
        })
    };
    let mut added = Vec::new();
    let mut new_lines: Vec<String> = Vec::new();
    for (name, line) in deps {
        let is_listed = listed(name);
        added.push((name.to_string(), !is_listed));
        if !is_listed {
            new_lines.push(line.to_string());
        }
    }
    let mut out: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
    match (header, end) {
        (Some(_), Some(e)) => {
            // After the table's last non-blank line, so a blank line before the next table stays.
            let mut at = e;
            while at > 0 && out[at - 1].trim().is_empty() {
                at -= 1;
            }
            for (k, l) in new_lines.into_iter().enumerate() {
                out.insert(at + k, l);
            }
        }
        _ if !new_lines.is_empty() => {
            if out.last().is_some_and(|l| !l.trim().is_empty()) {
                out.push(String::new());
            }
            out.push("[dev-dependencies]".into());
            out.extend(new_lines);
        }
        _ => {}
    }
    (out.join("\n") + "\n", added)
}
