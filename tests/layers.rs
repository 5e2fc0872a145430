//! The tidy check of the layers: `docs/layers.json` names the parts of `src/` (which files each
//! is), the arrows between them, and the arrows that must never exist. This test reads every
//! file of `src/`, finds the parts it uses (`crate::NAME` paths, in `use` lines or inline), and
//! fails on an arrow that a `never` rule forbids, unless it is one of the known breaks listed
//! below, each with the reason it still stands. A known break that is gone fails too, so that
//! the list (and ARCHITECTURE.md, which names the same breaks) shrinks with the code.

mod util;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Breaks of a `never` rule that the code still has, each with what keeps it there. They are
/// also listed under "Known breaks of the layers" in ARCHITECTURE.md.
const KNOWN_BREAKS: [(&str, &str, &str); 0] = [];

struct Layers {
    /// Part name → the paths it covers (a folder ends with `/`).
    parts: BTreeMap<String, Vec<String>>,
    /// (from, to, why) that must never exist.
    never: Vec<(String, String, String)>,
}

fn layers() -> Layers {
    let text = std::fs::read_to_string(util::root().join("docs/layers.json")).expect("docs/layers.json");
    let json: serde_json::Value = serde_json::from_str(&text).expect("docs/layers.json is JSON");
    let parts = json["parts"]
        .as_object()
        .expect("parts")
        .iter()
        .map(|(name, part)| {
            let paths = part["is"].as_array().expect("is").iter().map(|p| p.as_str().expect("a path").to_owned());
            (name.clone(), paths.collect())
        })
        .collect();
    let never = json["never"]
        .as_array()
        .expect("never")
        .iter()
        .map(|rule| {
            let s = |i: usize| rule[i].as_str().expect("a string").to_owned();
            (s(0), s(1), s(2))
        })
        .collect();
    Layers { parts, never }
}

impl Layers {
    /// The part a file (path relative to the root) belongs to.
    fn part_of(&self, file: &str) -> Option<&str> {
        self.parts
            .iter()
            .find(|(_, paths)| paths.iter().any(|p| if p.ends_with('/') { file.starts_with(p) } else { file == p }))
            .map(|(name, _)| name.as_str())
    }

    /// The part of the module path `crate::A::B::...`: the part of the longest prefix that is a
    /// file (`src/A/B.rs`) or folder (`src/A/B/mod.rs`) of a part.
    fn part_of_module(&self, path: &str) -> Option<&str> {
        let segments: Vec<&str> = path.split("::").collect();
        (1..=segments.len()).rev().find_map(|k| {
            let file = segments[..k].join("/");
            self.part_of(&format!("src/{file}.rs")).or_else(|| self.part_of(&format!("src/{file}/mod.rs")))
        })
    }
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("a folder") {
        let path = entry.expect("an entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The module paths after `crate::` in `text`, as far as they name modules:
/// `crate::sources::engine::RunOptions` gives `sources::engine::RunOptions` (the part is found by
/// its longest prefix that is a file or folder of `src/`), `crate::judge::{redact, snapshot}`
/// gives `judge::redact` and `judge::snapshot`. Comments are left out.
fn crate_modules(text: &str) -> BTreeSet<String> {
    fn path_at(rest: &str) -> (String, &str) {
        let mut path = String::new();
        let mut rest = rest;
        loop {
            let name: String = rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
            if name.is_empty() {
                return (path, rest);
            }
            if !path.is_empty() {
                path.push_str("::");
            }
            path.push_str(&name);
            rest = &rest[name.len()..];
            match rest.strip_prefix("::") {
                Some(after) if !after.starts_with('{') => rest = after,
                _ => return (path, rest),
            }
        }
    }
    let mut out = BTreeSet::new();
    for line in text.lines() {
        let code = line.split("//").next().unwrap_or("");
        let mut rest = code;
        while let Some(k) = rest.find("crate::") {
            let before = rest[..k].chars().last();
            rest = &rest[k + "crate::".len()..];
            // `procscen_crate::` and the like are other paths.
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                continue;
            }
            let (prefix, after) = path_at(rest);
            rest = after;
            let group = if prefix.is_empty() { rest.strip_prefix('{') } else { rest.strip_prefix("::{") };
            match group {
                Some(group) => {
                    let inner = group.split('}').next().unwrap_or("");
                    for item in inner.split(',') {
                        let (path, _) = path_at(item.trim());
                        if !path.is_empty() {
                            out.insert(if prefix.is_empty() { path } else { format!("{prefix}::{path}") });
                        }
                    }
                }
                None if !prefix.is_empty() => {
                    out.insert(prefix);
                }
                None => {}
            }
        }
    }
    out
}

/// Every arrow between parts the code has: (from, to) → the files that make it.
fn arrows(layers: &Layers) -> BTreeMap<(String, String), BTreeSet<String>> {
    let root = util::root();
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    let mut out: BTreeMap<(String, String), BTreeSet<String>> = BTreeMap::new();
    for file in files {
        let relative = file.strip_prefix(&root).expect("under the root").to_string_lossy().into_owned();
        let Some(from) = layers.part_of(&relative) else { continue };
        let text = std::fs::read_to_string(&file).expect("readable");
        for module in crate_modules(&text) {
            if let Some(to) = layers.part_of_module(&module) {
                if to != from {
                    out.entry((from.to_owned(), to.to_owned())).or_default().insert(relative.clone());
                }
            }
        }
    }
    out
}

#[test]
fn no_layer_imports_what_a_never_rule_forbids_beyond_the_known_breaks() {
    let layers = layers();
    let arrows = arrows(&layers);
    let known = |from: &str, to: &str| KNOWN_BREAKS.iter().any(|(f, t, _)| *f == from && *t == to);
    let mut broken = Vec::new();
    for (from, to, why) in &layers.never {
        if let Some(files) = arrows.get(&(from.clone(), to.clone())) {
            if !known(from, to) {
                broken
                    .push(format!("{from} -> {to} ({why}): {}", files.iter().cloned().collect::<Vec<_>>().join(", ")));
            }
        }
    }
    assert!(broken.is_empty(), "arrows docs/layers.json forbids:\n{}", broken.join("\n"));
}

#[test]
fn every_known_break_still_exists_and_is_named_in_the_architecture() {
    let layers = layers();
    let arrows = arrows(&layers);
    let architecture = std::fs::read_to_string(util::root().join("ARCHITECTURE.md")).expect("ARCHITECTURE.md");
    for (from, to, reason) in KNOWN_BREAKS {
        assert!(
            arrows.contains_key(&(from.to_owned(), to.to_owned())),
            "{from} -> {to} is gone ({reason} no longer holds): take it out of KNOWN_BREAKS and ARCHITECTURE.md"
        );
        assert!(
            architecture.contains(&format!("{from} -> {to}")),
            "ARCHITECTURE.md does not name the break {from} -> {to}"
        );
    }
}

#[test]
fn every_file_of_src_is_on_a_part_or_named_as_outside_the_layers() {
    // The crate root and the folders' indexes (which only declare the modules of a folder) are
    // on no part.
    let outside = ["src/lib.rs", "src/model/mod.rs", "src/sources/mod.rs", "src/judge/mod.rs", "src/pipeline/mod.rs"];
    let layers = layers();
    let root = util::root();
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    for file in files {
        let relative = file.strip_prefix(&root).expect("under the root").to_string_lossy().into_owned();
        assert!(
            layers.part_of(&relative).is_some() || outside.contains(&relative.as_str()),
            "{relative} is on no part of docs/layers.json"
        );
    }
}

#[test]
fn the_scanner_finds_grouped_and_inline_paths() {
    let text = "use crate::{judge::grade, render::escape};\nuse crate::judge::{redact, snapshot::Snap};\nlet x = crate::trace::names::MAIN; // crate::html\n";
    let found: Vec<String> = crate_modules(text).into_iter().collect();
    assert_eq!(
        found,
        ["judge::grade", "judge::redact", "judge::snapshot::Snap", "render::escape", "trace::names::MAIN"]
    );
    let layers = layers();
    assert_eq!(layers.part_of_module("judge::snapshot::Snap"), Some("Judge"));
    assert_eq!(layers.part_of_module("judge::grade::lines::Line"), Some("Grade"));
    assert_eq!(layers.part_of_module("sources::host::procfs"), Some("Host"));
}

#[test]
fn every_arrow_in_src_is_drawn_in_the_layers_and_the_scanner_sees_them() {
    // A scanner that found no paths would pass every rule above: this is what it must see.
    let arrows = arrows(&layers());
    for (from, to) in
        [("Engine", "Host"), ("Observer", "Host"), ("Judge", "Trace"), ("Render", "Trace"), ("Grade", "Observer")]
    {
        assert!(arrows.contains_key(&(from.to_owned(), to.to_owned())), "no arrow {from} -> {to} found in src/");
    }
    let allowed: BTreeSet<(String, String)> = {
        let text = std::fs::read_to_string(util::root().join("docs/layers.json")).expect("docs/layers.json");
        let json: serde_json::Value = serde_json::from_str(&text).expect("docs/layers.json is JSON");
        json["arrows"]
            .as_array()
            .expect("arrows")
            .iter()
            .map(|a| (a[0].as_str().expect("a part").to_owned(), a[1].as_str().expect("a part").to_owned()))
            .collect()
    };
    let undrawn: Vec<String> = arrows
        .iter()
        .filter(|(arrow, _)| !allowed.contains(*arrow))
        .map(|((from, to), files)| format!("{from} -> {to}: {}", files.iter().cloned().collect::<Vec<_>>().join(", ")))
        .collect();
    assert!(
        undrawn.is_empty(),
        "arrows in src/ that docs/layers.json does not draw (draw them there and in ARCHITECTURE.md, or take them out of the code):\n{}",
        undrawn.join("\n")
    );
}
