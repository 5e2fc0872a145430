//! `procscen init`: sets an existing crate up to test itself with procscen: a starter scenario,
//! a test file that runs every scenario, and the dev-dependencies the test file needs.
//!
//! It never overwrites a file: one that exists is left as it is. A dependency already listed
//! is kept, except a `procscen` line that cannot build (a crates.io version, where procscen is
//! not published, or a path with no crate), which is replaced; what was done or left is
//! printed. The crate's `cargo test` then passes on its first run, which writes the starter
//! scenario's snapshot.

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
//! must hold and its trace must match its snapshot in `snapshots/` (insta's format). A
//! missing snapshot is written and the test passes, except under CI; a changed trace fails,
//! and `INSTA_UPDATE=always cargo test` accepts the change.

use rstest::rstest;
use std::path::PathBuf;

#[rstest]
fn scenario(#[files("scenarios/*.yaml")] path: PathBuf) {
    procscen::testing::assert_scenario(&path);
}
"#;

/// The build script: rstest's `#[files]` expands its glob when the test is compiled, so
/// without it a scenario file added later is skipped, silently, until something else forces
/// a rebuild (a newcomer's second scenario never ran).
const BUILD_SCRIPT: &str = r#"//! Rebuilds the tests when a scenario file is added or removed: rstest's `#[files]` in
//! tests/procscen.rs lists the files when that test is compiled.

fn main() {
    println!("cargo:rerun-if-changed=scenarios");
}
"#;

/// Where the crate should take procscen from.
pub enum Source<'a> {
    /// The checkout this procscen was built from, when it is still there (procscen is not
    /// published on crates.io); else crates.io, this binary's version.
    BuiltFrom,
    /// crates.io, this version: an explicit choice.
    Registry(&'a str),
    /// A local checkout of procscen.
    Path(&'a Path),
}

impl Source<'_> {
    /// The dependency line, and whether it names a crates.io version.
    fn line(&self) -> (String, bool) {
        let path_line = |p: &Path| format!("procscen = {{ path = {:?} }}", p.display().to_string());
        match self {
            Source::Path(p) => (path_line(p), false),
            Source::Registry(v) => (format!("procscen = \"{v}\""), true),
            Source::BuiltFrom => match built_from() {
                Some(p) => (path_line(&p), false),
                None => (format!("procscen = \"{}\"", env!("CARGO_PKG_VERSION")), true),
            },
        }
    }
}

/// The source directory this binary was built from, when it is still a procscen checkout.
fn built_from() -> Option<std::path::PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    let manifest = std::fs::read_to_string(dir.join("Cargo.toml")).ok()?;
    manifest.lines().any(|l| l.trim() == "name = \"procscen\"").then(|| dir.to_path_buf())
}

/// Why the `procscen` dependency line `line` of the crate in `dir` cannot build, if it cannot:
/// a crates.io version (procscen is not published there, unless the user chose one), or a path
/// with no crate in it.
fn broken(line: &str, dir: &Path, registry_chosen: bool) -> Option<String> {
    let value = line.split_once('=').map_or("", |(_, v)| v.trim());
    let path = regex::Regex::new(r#"\bpath\s*=\s*"([^"]*)""#).expect("a valid regex");
    if let Some(p) = path.captures(value).map(|c| c[1].to_owned()) {
        let crate_dir = dir.join(&p);
        return (!crate_dir.join("Cargo.toml").is_file()).then(|| format!("{p} holds no crate"));
    }
    if value.contains("git") || registry_chosen {
        return None;
    }
    Some("procscen is not published on crates.io".into())
}

/// Sets up the crate in `dir`; returns the lines to print, one per thing done or left.
pub fn init(dir: &Path, source: Source) -> Result<Vec<String>> {
    let manifest = dir.join("Cargo.toml");
    let text = std::fs::read_to_string(&manifest).with_context(|| {
        format!(
            "{} is not a crate: cannot read {}; make one there with `cargo init`, or run `{} init DIR` with the directory of the crate to test",
            dir.display(),
            manifest.display(),
            procscen::invocation::command()
        )
    })?;
    anyhow::ensure!(
        text.lines().any(|l| l.trim() == "[package]"),
        "{} has no [package]; run `{} init DIR` with the directory of the crate to test",
        manifest.display(),
        procscen::invocation::command()
    );
    let mut said = Vec::new();
    // The schema beside the scenarios, for editors (see the scenario's first line).
    let schema = procscen::model::scenario::json_schema();
    let files = [
        ("scenarios/start-and-join.yaml", STARTER_SCENARIO),
        ("scenarios/procscen.schema.json", schema.as_str()),
        ("tests/procscen.rs", TEST_FILE),
        ("build.rs", BUILD_SCRIPT),
    ];
    for (path, contents) in files {
        let file = dir.join(path);
        if file.exists() {
            let rebuilds = path != "build.rs"
                || std::fs::read_to_string(&file).is_ok_and(|text| text.contains("rerun-if-changed=scenarios"));
            said.push(if rebuilds {
                format!("kept    {path} (it exists)")
            } else {
                format!(
                    "kept    {path} (it exists): add `println!(\"cargo:rerun-if-changed=scenarios\");` to its `main`, or a scenario file added later is not run until the tests are rebuilt"
                )
            });
            continue;
        }
        std::fs::create_dir_all(file.parent().expect("a file in a directory"))?;
        std::fs::write(&file, contents).with_context(|| format!("cannot write {}", file.display()))?;
        said.push(format!("wrote   {path}"));
    }
    let (procscen, registry) = source.line();
    let fix = |listed: &str| broken(listed, dir, registry);
    let deps = [
        Dependency { name: "procscen", line: &procscen, fix: &fix },
        Dependency { name: "rstest", line: "rstest = \"0.26\"", fix: &|_| None },
    ];
    let (text, done) = with_dev_dependencies(&text, &deps);
    for (name, what) in done {
        said.push(match what {
            Done::Added => format!("added   {name} to [dev-dependencies] in Cargo.toml"),
            Done::Kept => format!("kept    {name} in Cargo.toml (it is listed)"),
            Done::Fixed(why) => format!("fixed   {name} in Cargo.toml ({why}): now `{procscen}`"),
        });
    }
    std::fs::write(&manifest, text).with_context(|| format!("cannot write {}", manifest.display()))?;
    said.push(String::new());
    said.push("next:".into());
    // From where init ran: `cd` into the crate first when it is somewhere else.
    let here = std::env::current_dir().and_then(|d| d.canonicalize()).ok();
    let cd = match dir.canonicalize().ok() {
        Some(crate_dir) if Some(&crate_dir) != here.as_ref() => format!("cd {} && ", shell_word(dir)),
        _ => String::new(),
    };
    said.push(format!(
        "  {cd}cargo test    # runs every scenario; a first run writes its snapshot to snapshots/ and passes"
    ));
    said.push("then read the new snapshot and commit it with the scenario; a later change of the trace fails".into());
    said.push("the test, and `INSTA_UPDATE=always cargo test` accepts it.".into());
    Ok(said)
}

/// `path` as one word of a shell command: as it is when that is safe, else single-quoted.
fn shell_word(path: &Path) -> String {
    let shown = path.display().to_string();
    if shown.chars().all(|c| c.is_ascii_alphanumeric() || "/._-+,:@%=".contains(c)) && !shown.is_empty() {
        shown
    } else {
        format!("'{}'", shown.replace('\'', r"'\''"))
    }
}

/// A dev-dependency to list: its name, its line, and why a line already listed must be
/// replaced, if it must.
struct Dependency<'a> {
    name: &'a str,
    line: &'a str,
    fix: &'a dyn Fn(&str) -> Option<String>,
}

/// What became of a dependency.
#[derive(Debug, PartialEq)]
enum Done {
    Added,
    Kept,
    /// The listed line was replaced, for this reason.
    Fixed(String),
}

/// `manifest` with each of `deps` in its `[dev-dependencies]` table, unless the name is
/// listed there already (and its line need not be fixed); the table is added at the end when
/// there is none. Returns the new text and what became of each dependency.
fn with_dev_dependencies(manifest: &str, deps: &[Dependency]) -> (String, Vec<(String, Done)>) {
    let mut lines: Vec<String> = manifest.lines().map(str::to_owned).collect();
    let header = lines.iter().position(|l| l.trim() == "[dev-dependencies]");
    // The table ends at the next table header.
    let end = header.map(|h| {
        lines[h + 1..].iter().position(|l| l.trim_start().starts_with('[')).map_or(lines.len(), |i| h + 1 + i)
    });
    let listed = |lines: &[String], name: &str| {
        header
            .zip(end)
            .and_then(|(h, e)| (h + 1..e).find(|&i| lines[i].split('=').next().is_some_and(|key| key.trim() == name)))
    };
    let mut done = Vec::new();
    let mut new_lines: Vec<String> = Vec::new();
    for dep in deps {
        match listed(&lines, dep.name) {
            Some(i) => match (dep.fix)(&lines[i]) {
                Some(why) => {
                    lines[i] = dep.line.to_owned();
                    done.push((dep.name.to_owned(), Done::Fixed(why)));
                }
                None => done.push((dep.name.to_owned(), Done::Kept)),
            },
            None => {
                new_lines.push(dep.line.to_owned());
                done.push((dep.name.to_owned(), Done::Added));
            }
        }
    }
    let mut out = lines;
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
    (out.join("\n") + "\n", done)
}
