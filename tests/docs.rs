//! Every YAML example in the documentation that is a whole scenario loads as written, runs,
//! and passes its own checks.

mod util;

use std::path::Path;

#[test]
fn every_scenario_example_in_the_docs_loads_runs_and_passes() {
    let mut checked = 0;
    let mut pages: Vec<std::path::PathBuf> =
        std::fs::read_dir(util::root().join("docs")).unwrap().map(|e| e.unwrap().path()).collect();
    pages.push(util::root().join("README.md"));
    for path in pages {
        if path.extension().is_none_or(|e| e != "md") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        for (i, block) in text.split("```yaml\n").skip(1).enumerate() {
            let yaml = block.split("```").next().unwrap();
            if yaml.contains("\nprogram:") {
                grade_reference(&path, i, yaml);
                checked += 1;
                continue;
            }
            if !yaml.contains("processes:") {
                continue;
            }
            let name = format!("{}#example{}", path.display(), i + 1);
            let scenario = match procscen::load_str(yaml, Path::new(&name)) {
                Ok(s) => s,
                Err(e) => panic!("a documentation example does not load:\n{e}\n--- example ---\n{yaml}"),
            };
            // Sleeps in the examples are written at the tutorial's scale; run them 100 times faster.
            let options = procscen::sources::engine::RunOptions { time_scale: Some(0.01), ..util::options() };
            let trace = procscen::sources::engine::run(&scenario, &options).unwrap_or_else(|e| panic!("{name}: {e}"));
            let failed: Vec<String> = procscen::judge::check::check(&scenario, &trace)
                .iter()
                .filter(|v| !v.passed)
                .map(|v| procscen::render::report::verdict(&trace, v))
                .collect();
            assert!(failed.is_empty(), "{name} fails its own checks:\n{}\n--- example ---\n{yaml}", failed.join("\n"));
            util::assert_nothing_left(&trace);
            checked += 1;
        }
    }
    assert!(checked >= 15, "only {checked} examples were found in docs/");
}

/// A line with its times in seconds (`1.2 s`, in a class's table) written as `#.# s` (after two spaces): the time
/// grading took differs from run to run, and a graded example shows one run's.
fn seconds_masked(line: &str) -> String {
    // The spaces before a time too: a longer time takes the place of the padding before it.
    let seconds = regex::Regex::new(r" +\d+\.\d s\b").expect("a valid pattern");
    seconds.replace_all(line, "  #.# s").into_owned()
}

/// The tutorial shows each seed scenario whole; a block that names its file (a first line
/// `# scenarios/...yaml`) must be that file, so the page cannot drift from what CI runs.
/// The grading guide's outputs marked `<!-- graded: SCENARIO SUBMISSION -->` are what
/// `procscen grade` prints: every line of the block is a line of its report (times in seconds
/// aside).
#[test]
fn the_grading_guides_graded_examples_are_what_procscen_prints() {
    let text = std::fs::read_to_string(util::root().join("docs/grading.md")).unwrap();
    let mut checked = 0;
    for marked in text.split("<!-- graded: ").skip(1) {
        let (args, rest) = marked.split_once(" -->").expect("a closed marker");
        let block = rest.split("```text\n").nth(1).and_then(|b| b.split("```").next()).expect("a text block after it");
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_procscen"))
            .arg("grade")
            .args(args.split_whitespace())
            .current_dir(util::root())
            .output()
            .expect("procscen runs");
        let report = String::from_utf8_lossy(&out.stdout);
        let lines: Vec<String> = report.lines().map(|l| seconds_masked(l.trim_end())).collect();
        for expected in block.lines().filter(|l| !l.trim().is_empty()) {
            assert!(
                lines.contains(&seconds_masked(expected.trim_end())),
                "`procscen grade {args}` did not print\n{expected}\nstatus {}\n{report}{}",
                out.status,
                String::from_utf8_lossy(&out.stderr)
            );
        }
        checked += 1;
    }
    assert!(checked >= 1, "no graded example found in docs/grading.md");
}

/// docs/audit.md's outputs marked `<!-- audited: ASSIGNMENT -->` are exactly what `procscen
/// audit ASSIGNMENT` prints (an audit's output holds no pid and no timing), and that audit
/// finds no hole.
#[test]
fn the_audit_guides_example_is_what_procscen_audit_prints() {
    let text = std::fs::read_to_string(util::root().join("docs/audit.md")).unwrap();
    let mut checked = 0;
    for marked in text.split("<!-- audited: ").skip(1) {
        let (args, rest) = marked.split_once(" -->").expect("a closed marker");
        let block = rest.split("```text\n").nth(1).and_then(|b| b.split("```").next()).expect("a text block after it");
        let mut words = vec!["audit"];
        words.extend(args.split_whitespace());
        let run = util::cli(&util::root(), &words);
        assert_eq!(run.status.code(), Some(0), "{run}");
        assert_eq!(run.stdout, block, "docs/audit.md shows another output than\n{run}");
        checked += 1;
    }
    assert!(checked >= 1, "no audited example found in docs/audit.md");
}

/// docs/draft.md's drafts marked `<!-- drafted: ARGS -->` are what `procscen draft ARGS` writes
/// (the `-o` file is written in a temporary directory instead, so the `reference:` line, which
/// is relative to the draft's directory, is compared after setting it to the page's).
#[test]
fn the_draft_guides_example_is_what_procscen_draft_writes() {
    let text = std::fs::read_to_string(util::root().join("docs/draft.md")).unwrap();
    let mut checked = 0;
    for marked in text.split("<!-- drafted: ").skip(1) {
        let (args, rest) = marked.split_once(" -->").expect("a closed marker");
        let block = rest.split("```yaml\n").nth(1).and_then(|b| b.split("```").next()).expect("a yaml block after it");
        let dir = util::TempDir::new("docs-draft");
        let out = dir.join("draft.yaml").display().to_string();
        let mut words: Vec<&str> = vec!["draft"];
        let mut given = args.split_whitespace();
        while let Some(w) = given.next() {
            words.push(w);
            if w == "-o" {
                given.next().expect("a file after -o");
                words.push(&out);
            }
        }
        let run = util::cli(&util::root(), &words);
        assert_eq!(run.status.code(), Some(0), "{run}");
        let written = std::fs::read_to_string(&out).unwrap();
        let shown_reference = block.lines().find(|l| l.starts_with("  reference: ")).expect("a reference line");
        let normalised: String = written
            .lines()
            .map(|l| if l.starts_with("  reference: ") { shown_reference } else { l })
            .map(|l| format!("{l}\n"))
            .collect();
        assert_eq!(normalised, block, "docs/draft.md shows another draft than\n{run}");
        checked += 1;
    }
    assert!(checked >= 1, "no drafted example found in docs/draft.md");
}

#[test]
fn the_tutorial_shows_the_scenario_files_as_they_are() {
    let text = std::fs::read_to_string(util::root().join("docs/tutorial.md")).unwrap();
    let mut shown = 0;
    for block in text.split("```yaml\n").skip(1) {
        let yaml = block.split("```").next().unwrap();
        let Some(first) = yaml.lines().next() else { continue };
        let Some(file) = first.strip_prefix("# ").filter(|f| f.starts_with("scenarios/")) else { continue };
        let on_disk = std::fs::read_to_string(util::root().join(file)).unwrap_or_else(|e| panic!("{file}: {e}"));
        // The editor's schema line is left out of the page.
        let expected: String =
            on_disk.lines().filter(|l| !l.starts_with("# yaml-language-server")).map(|l| format!("{l}\n")).collect();
        let body: String = yaml.lines().skip(1).map(|l| format!("{l}\n")).collect();
        assert_eq!(body, expected, "docs/tutorial.md shows {file} differently from the file");
        shown += 1;
    }
    assert_eq!(shown, 12, "the tutorial shows the nine seed scenarios and three classic ones");
}

/// A documentation example with a `program`: as if it were a file in `scenarios/assignments/`
/// (where its `reference` path leads), its reference solution must earn full marks.
#[track_caller]
fn grade_reference(page: &Path, i: usize, yaml: &str) {
    let name = format!("{}#example{}", page.display(), i + 1);
    let as_file = util::root().join("scenarios/assignments/docs-example.yaml");
    let scenario = procscen::load_str(yaml, &as_file)
        .unwrap_or_else(|e| panic!("{name} does not load:\n{e}\n--- example ---\n{yaml}"));
    let reference = scenario.program.as_ref().and_then(|p| p.reference.clone()).expect("a reference solution");
    let options = procscen::judge::grade::GradeOptions {
        procscen_binary: Some(std::path::PathBuf::from(env!("CARGO_BIN_EXE_procscen"))),
        ..Default::default()
    };
    let g = procscen::judge::grade::grade(&scenario, &reference, &options).unwrap_or_else(|e| panic!("{name}: {e}"));
    assert!(
        g.full_marks(),
        "{name}: the reference does not earn full marks\n{}",
        procscen::render::grade::human(&g, "2026-01-01")
    );
}

/// The README's set-up is its first two commands, and nothing else is needed to run them;
/// `.ci/setup` is only for the browser tests, which CI requires (`.ci/run`).
#[test]
fn the_readme_sets_up_with_two_commands_and_ci_requires_the_browser_tests() {
    let readme = std::fs::read_to_string(util::root().join("README.md")).unwrap();
    let first = readme.split("```sh\n").nth(1).and_then(|b| b.split("```").next()).expect("a first sh block");
    let commands: Vec<&str> = first.lines().map(|l| l.split('#').next().unwrap().trim()).collect();
    assert_eq!(commands, ["cargo run --release -- run scenarios", "cargo test"], "{first}");
    assert!(readme.contains("cargo install --path ."), "the README says how to install the command");
    let ci = std::fs::read_to_string(util::root().join(".ci/run")).unwrap();
    assert!(ci.contains("export PROCSCEN_REQUIRE_CHROMIUM=1"), "CI fails when the browser tests did not run");
}

/// The documentation stands on its own: no page points outside the repository (the seed
/// tutorial is summarised in docs/tutorial.md), and every relative link leads to a file.
#[test]
fn the_docs_link_only_to_files_of_the_repository() {
    let mut pages: Vec<std::path::PathBuf> =
        std::fs::read_dir(util::root().join("docs")).unwrap().map(|e| e.unwrap().path()).collect();
    pages.push(util::root().join("README.md"));
    pages.push(util::root().join("ARCHITECTURE.md"));
    let root = util::root().canonicalize().unwrap();
    for page in pages.iter().filter(|p| p.extension().is_some_and(|e| e == "md")) {
        let text = std::fs::read_to_string(page).unwrap();
        assert!(!text.contains("shared/seed"), "{} points to the seed outside the repository", page.display());
        for link in text.split("](").skip(1).filter_map(|l| l.split(')').next()) {
            let target = link.split('#').next().unwrap();
            if target.is_empty() || target.contains("://") {
                continue;
            }
            let file = page.parent().unwrap().join(target);
            let found = file.canonicalize().unwrap_or_else(|e| panic!("{}: link {link}: {e}", page.display()));
            assert!(found.starts_with(&root), "{}: link {link} leaves the repository", page.display());
        }
    }
}

/// After the README's set-up there is no `procscen` on PATH: every page whose code blocks
/// show a `procscen ...` command line says how to type it from a checkout.
#[test]
fn every_page_with_procscen_commands_says_how_to_run_them_from_a_checkout() {
    for entry in std::fs::read_dir(util::root().join("docs")).unwrap() {
        let page = entry.unwrap().path();
        if page.extension().is_none_or(|e| e != "md") {
            continue;
        }
        let text = std::fs::read_to_string(&page).unwrap();
        let mut in_block = false;
        let mut shows_command = false;
        for line in text.lines() {
            if line.starts_with("```") {
                in_block = !in_block;
            } else if in_block && (line.starts_with("procscen ") || line.starts_with("$ procscen ")) {
                shows_command = true;
            }
        }
        if shows_command {
            assert!(
                text.contains("cargo run --release -- ARGS") || text.contains("\ncargo run --release -- "),
                "{} shows `procscen` commands without saying how to run them from a checkout",
                page.display()
            );
        }
    }
}
