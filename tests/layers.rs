//! The tidy check of the layers: `docs/layers.json` names the parts of `src/` (which files each
//! is), the arrows between them, and the arrows that must never exist. This test reads every
//! file of `src/`, finds the parts it uses (`crate::NAME` paths, in `use` lines or inline), and
//! fails on an arrow that a `never` rule forbids, unless it is one of the known breaks listed
//! below, each with the reason it still stands. A known break that is gone fails too, so that
//! the list (and ARCHITECTURE.md, which names the same breaks) shrinks with the code.
//!
//! It checks the length of functions too: a function of `src/` over `MAX_FN_LINES` lines
//! fails unless a `// Long because:` comment just above it says why it is not split.

mod util;

use regex::Regex;
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
    /// (from, to) drawn: the arrows the code may have.
    arrows: BTreeSet<(String, String)>,
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
    let arrows = json["arrows"]
        .as_array()
        .expect("arrows")
        .iter()
        .map(|a| (a[0].as_str().expect("a part").to_owned(), a[1].as_str().expect("a part").to_owned()))
        .collect();
    Layers { parts, never, arrows }
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

/// Every `.rs` file under `dir` (relative to the root) with its text, as (path relative to
/// the root, text), in path order.
fn sources_under(dir: &str) -> Vec<(String, String)> {
    let root = util::root();
    let mut files = Vec::new();
    rust_files(&root.join(dir), &mut files);
    files.sort();
    files
        .into_iter()
        .map(|f| {
            let relative = f.strip_prefix(&root).expect("under the root").to_string_lossy().into_owned();
            (relative, std::fs::read_to_string(&f).expect("readable"))
        })
        .collect()
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
    let mut out: BTreeMap<(String, String), BTreeSet<String>> = BTreeMap::new();
    for (relative, text) in sources_under("src") {
        let Some(from) = layers.part_of(&relative) else { continue };
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
    // The crate root, the folders' indexes (which only declare the modules of a folder) and the
    // invocation helper (how to run this procscen again, which hints in every layer print) are
    // on no part.
    let outside = [
        "src/lib.rs",
        "src/invocation.rs",
        "src/model/mod.rs",
        "src/sources/mod.rs",
        "src/judge/mod.rs",
        "src/pipeline/mod.rs",
    ];
    let layers = layers();
    for (relative, _) in sources_under("src") {
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
    let layers = layers();
    let arrows = arrows(&layers);
    for (from, to) in
        [("Engine", "Host"), ("Observer", "Host"), ("Judge", "Trace"), ("Render", "Trace"), ("Grade", "Observer")]
    {
        assert!(arrows.contains_key(&(from.to_owned(), to.to_owned())), "no arrow {from} -> {to} found in src/");
    }
    let undrawn: Vec<String> = arrows
        .iter()
        .filter(|(arrow, _)| !layers.arrows.contains(*arrow))
        .map(|((from, to), files)| format!("{from} -> {to}: {}", files.iter().cloned().collect::<Vec<_>>().join(", ")))
        .collect();
    assert!(
        undrawn.is_empty(),
        "arrows in src/ that docs/layers.json does not draw (draw them there and in ARCHITECTURE.md, or take them out of the code):\n{}",
        undrawn.join("\n")
    );
}

/// The most lines a function of `src/` may have, from its `fn` line to its closing brace,
/// without a comment saying why.
const MAX_FN_LINES: usize = 120;
/// How many lines above a long function its `// Long because:` comment may be (room for its
/// doc comment and attributes).
const WHY_WITHIN: usize = 8;

/// Files whose long functions are still being split, which the check skips. Empty since the
/// validator and the CLI's dispatch were split; it must stay empty (a long function says why
/// instead), and a file put on it with no long function fails
/// `every_still_long_file_still_has_a_long_function`.
const STILL_LONG: [&str; 0] = [];

fn is_ident(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Where the raw string (`r"…"`, `r#"…"#`, `br"…"`) at `c[i]` ends, when one starts there.
fn raw_string_end(c: &[char], i: usize) -> Option<usize> {
    if i > 0 && is_ident(c[i - 1]) {
        return None;
    }
    let mut j = i + usize::from(c[i] == 'b');
    if c.get(j) != Some(&'r') {
        return None;
    }
    j += 1;
    let hashes = c[j..].iter().take_while(|&&h| h == '#').count();
    j += hashes;
    if c.get(j) != Some(&'"') {
        return None;
    }
    j += 1;
    while j < c.len() {
        if c[j] == '"' && c.len() > j + hashes && c[j + 1..=j + hashes].iter().all(|&h| h == '#') {
            return Some(j + 1 + hashes);
        }
        j += 1;
    }
    Some(c.len())
}

/// `text` with every comment, string and char literal blanked (newlines kept, so lines stay
/// where they were): what is left is code, whose braces count. A `'` not closed one character
/// (or one escape) later is a lifetime or a label, and stays.
fn code_only(text: &str) -> String {
    let c: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < c.len() {
        let start = i;
        let next = c.get(i + 1).copied();
        if c[i] == '/' && next == Some('/') {
            while i < c.len() && c[i] != '\n' {
                i += 1;
            }
        } else if c[i] == '/' && next == Some('*') {
            // Block comments nest.
            let mut depth = 0;
            while i < c.len() {
                if c[i] == '/' && c.get(i + 1) == Some(&'*') {
                    depth += 1;
                    i += 2;
                } else if c[i] == '*' && c.get(i + 1) == Some(&'/') {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    i += 1;
                }
            }
        } else if let Some(end) = raw_string_end(&c, i) {
            i = end;
        } else if c[i] == '"' {
            i += 1;
            while i < c.len() && c[i] != '"' {
                i += if c[i] == '\\' { 2 } else { 1 };
            }
            i += 1;
        } else if c[i] == '\'' && next == Some('\\') {
            // An escape: `'\n'`, `'\''`, `'\u{7f}'`.
            i += 3;
            while i < c.len() && c[i] != '\'' {
                i += 1;
            }
            i += 1;
        } else if c[i] == '\'' && c.get(i + 2) == Some(&'\'') {
            i += 3;
        } else {
            out.push(c[i]);
            i += 1;
            continue;
        }
        let end = i.min(c.len());
        out.extend(c[start..end].iter().map(|&ch| if ch == '\n' { '\n' } else { ' ' }));
    }
    out
}

/// A function found in a file.
#[derive(Debug, PartialEq)]
struct Function {
    name: String,
    /// Its `fn` line, from 1.
    line: usize,
    /// Its length in lines, from its `fn` line to its closing brace.
    lines: usize,
}

/// Every function with a body in `text`, nested ones included, in the order they start.
fn functions(text: &str) -> Vec<Function> {
    let header = Regex::new(r"^\s*(pub(\([^)]*\))?\s+)?(const\s+)?(async\s+)?(unsafe\s+)?(extern\s+)?fn\s+(\w+)")
        .expect("a valid regex");
    let code = code_only(text);
    let lines: Vec<&str> = code.split('\n').collect();
    let mut found = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let Some(name) = header.captures(line).and_then(|m| m.get(7)) else { continue };
        let mut depth = 0i64;
        let mut started = false;
        for (j, body) in lines.iter().enumerate().skip(i) {
            for ch in body.chars() {
                match ch {
                    '{' => {
                        depth += 1;
                        started = true;
                    }
                    '}' => depth -= 1,
                    _ => {}
                }
            }
            if started && depth <= 0 {
                found.push(Function { name: name.as_str().to_owned(), line: i + 1, lines: j - i + 1 });
                break;
            }
            // A declaration without a body (a trait's method).
            if !started && body.trim_end().ends_with(';') {
                break;
            }
        }
    }
    found
}

/// The functions of `text` over `MAX_FN_LINES` lines with no `// Long because:` comment in
/// the `WHY_WITHIN` lines above them.
fn unexplained_long_functions(text: &str) -> Vec<Function> {
    let lines: Vec<&str> = text.lines().collect();
    let says_why = |f: &Function| {
        let above = &lines[(f.line - 1).saturating_sub(WHY_WITHIN)..f.line - 1];
        above.iter().any(|l| l.find("//").is_some_and(|k| l[k..].contains("Long because:")))
    };
    functions(text).into_iter().filter(|f| f.lines > MAX_FN_LINES && !says_why(f)).collect()
}

#[test]
fn no_function_of_src_is_over_120_lines_without_saying_why() {
    let mut long = Vec::new();
    for (relative, text) in sources_under("src") {
        if STILL_LONG.contains(&relative.as_str()) {
            continue;
        }
        for f in unexplained_long_functions(&text) {
            long.push(format!("{relative}:{} fn {}: {} lines", f.line, f.name, f.lines));
        }
    }
    assert!(
        long.is_empty(),
        "functions over {MAX_FN_LINES} lines with no `// Long because:` comment in the {WHY_WITHIN} lines above \
         them: split each into functions that name its steps, or say why it is better whole:\n{}",
        long.join("\n")
    );
}

#[test]
fn every_still_long_file_still_has_a_long_function() {
    for path in STILL_LONG {
        let text = std::fs::read_to_string(util::root().join(path)).unwrap_or_else(|e| {
            panic!("{path} is in STILL_LONG but cannot be read ({e}): take it out or fix its path")
        });
        assert!(
            !unexplained_long_functions(&text).is_empty(),
            "{path} has no function over {MAX_FN_LINES} lines any more: take it out of STILL_LONG"
        );
    }
}

#[test]
fn the_function_scanner_skips_braces_in_strings_chars_and_comments() {
    let text = r##"fn braces<'x>(s: &'x str) -> char {
    // a } in a comment
    /* a { in /* a nested */ block } */
    let _ = "a } in a string \" {";
    let _ = r#"a raw "}" string"#;
    let _ = ('}', '\'', b'{', '\u{7b}');
    'outer: loop {
        break 'outer;
    }
    '{'
}
pub(crate) unsafe fn one_line() {}
trait T {
    fn declared(&self);
}
    pub const fn nested_in_impl() -> [u8; 2] {
        fn inner() {}
        [0; 2]
    }
"##;
    let found: Vec<(String, usize, usize)> = functions(text).into_iter().map(|f| (f.name, f.line, f.lines)).collect();
    let expected = [("braces", 1, 11), ("one_line", 12, 1), ("nested_in_impl", 16, 4), ("inner", 17, 1)];
    assert_eq!(found, expected.map(|(n, l, k)| (n.to_owned(), l, k)));
}

#[test]
fn a_long_function_passes_only_with_its_reason_just_above() {
    let body = "    step();\n".repeat(MAX_FN_LINES);
    let long = format!("/// Does it all.\nfn long() {{\n{body}}}\n");
    assert_eq!(unexplained_long_functions(&long).len(), 1, "{MAX_FN_LINES} lines of body and two of braces");
    let explained = format!("// Long because: one sequence read top to bottom.\n{long}");
    assert!(unexplained_long_functions(&explained).is_empty());
    let too_far = format!("// Long because: too far above.\n{}{long}", "\n".repeat(WHY_WITHIN));
    assert_eq!(unexplained_long_functions(&too_far).len(), 1);
    let short = format!("fn short() {{\n{}}}\n", "    step();\n".repeat(MAX_FN_LINES - 2));
    assert!(unexplained_long_functions(&short).is_empty(), "exactly {MAX_FN_LINES} lines is allowed");
}

/// The lines of `text` that are code: comments cut off (string contents are kept, which only
/// makes the checks below stricter).
fn code_lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines()
        .enumerate()
        .map(|(i, line)| (i + 1, line.split("//").next().unwrap_or("")))
        .filter(|(_, c)| !c.trim().is_empty())
}

#[test]
fn the_scenario_model_runs_nothing_and_reads_only_its_file() {
    // Invariant: the model does no I/O beyond reading the file, and never forks.
    // (Signal names are parsed with nix's `Signal`, which is data, not a system call.)
    let forbidden = [
        "unistd::",
        "::fork(",
        "= fork(",
        "std::process",
        "Command::new",
        "libc::",
        "nix::sys::wait",
        "nix::sys::ptrace",
        "unsafe",
        "File::create",
        "OpenOptions",
        "fs::write",
        "std::net",
    ];
    let mut found = Vec::new();
    for (path, text) in sources_under("src/model") {
        for (n, code) in code_lines(&text) {
            for word in forbidden {
                if code.contains(word) {
                    found.push(format!("{path}:{n}: `{word}` in `{}`", code.trim()));
                }
            }
        }
    }
    assert!(found.is_empty(), "the scenario model must not run, fork or write:\n{}", found.join("\n"));
}

#[test]
fn only_the_sources_hold_unsafe_and_every_unsafe_block_says_why_it_is_safe() {
    // Invariant: only the engine, the observer and the host contain `unsafe`; every `unsafe`
    // block has a `// SAFETY:` comment (an `unsafe fn` has a `# Safety` section instead).
    let mut found = Vec::new();
    let mut blocks = 0;
    for (path, text) in sources_under("src") {
        let lines: Vec<&str> = text.lines().collect();
        for (i, line) in lines.iter().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            let Some(at) = code.find("unsafe") else { continue };
            let after = &code[at + "unsafe".len()..];
            if !path.starts_with("src/sources/") {
                found.push(format!("{path}:{}: unsafe outside the sources", i + 1));
                continue;
            }
            // `unsafe fn`, `unsafe impl`, `unsafe extern`: argued by their `# Safety` docs or
            // the impl's comment; an `unsafe {` block needs its SAFETY comment above it (within
            // the statement it belongs to: up to 12 lines, for a long call written over lines).
            if after.trim_start().starts_with('{') {
                blocks += 1;
                let above = lines[i.saturating_sub(12)..=i].join("\n");
                if !above.contains("SAFETY:") {
                    found.push(format!("{path}:{}: an unsafe block without a `// SAFETY:` comment", i + 1));
                }
            }
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
    // The sources are full of system calls: a scanner that saw none would check nothing.
    assert!(blocks > 50, "only {blocks} unsafe blocks seen in src/sources/");
}

#[test]
fn the_tracer_has_one_thread() {
    // Invariant: every ptrace call comes from the one thread that is the tracer, so nothing in
    // the observer starts a thread, but one that says why it is not a tracer thread (no ptrace
    // or wait call, joined before the tracer goes on) in a comment right above it.
    let mut found = Vec::new();
    for (path, text) in sources_under("src/sources/observer") {
        let lines: Vec<&str> = text.lines().collect();
        for (n, code) in code_lines(&text) {
            let said =
                (n.saturating_sub(4)..n).any(|k| lines.get(k).is_some_and(|l| l.contains("Not a tracer thread:")));
            if (code.contains("thread::spawn")
                || code.contains("thread::scope")
                || code.contains("Builder::new().spawn"))
                && !said
            {
                found.push(format!("{path}:{n}: {}", code.trim()));
            }
        }
    }
    assert!(found.is_empty(), "the observer starts a thread:\n{}", found.join("\n"));
}

#[test]
fn the_code_map_names_every_file_of_src_and_no_file_that_is_gone() {
    // ARCHITECTURE.md's code map names folders as `src/a/b/` and files either by their path or,
    // under a folder's entry, by their name (`build.rs`, `validate/ipc.rs`). A file is named
    // when its path, or its path below its folder's entry, appears in backquotes.
    let root = util::root();
    let architecture = std::fs::read_to_string(root.join("ARCHITECTURE.md")).expect("ARCHITECTURE.md");
    let quoted: BTreeSet<&str> = architecture.split('`').skip(1).step_by(2).collect();
    let mut unnamed = Vec::new();
    for (path, _) in sources_under("src") {
        if path.ends_with("/mod.rs") && !quoted.iter().any(|q| path.starts_with(q.trim_end_matches('/'))) {
            unnamed.push(path);
            continue;
        }
        let named = quoted.iter().any(|q| {
            *q == path
                || (q.ends_with(".rs") && path.ends_with(&format!("/{q}")))
                || (path.ends_with("/mod.rs") && path.trim_end_matches("mod.rs") == *q)
        });
        if !named {
            unnamed.push(path);
        }
    }
    let gone: Vec<&str> = quoted
        .iter()
        .copied()
        .filter(|q| q.starts_with("src/") && !q.contains(' ') && !root.join(q).exists())
        .collect();
    assert!(
        unnamed.is_empty() && gone.is_empty(),
        "ARCHITECTURE.md's code map does not name:\n{}\nand names what does not exist:\n{}",
        unnamed.join("\n"),
        gone.join("\n")
    );
}
