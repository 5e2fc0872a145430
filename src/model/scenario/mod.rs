//! Scenario files: their format (`raw`), the checked model (`model`) and how one becomes the
//! other (`validate`, with positions from `spans`).
//!
//! Invariant: this module does no I/O beyond reading the scenario file in `load`, and never
//! forks; the engine and the checker receive a `Scenario` that is already known to be valid.

pub mod bounds;
pub mod expr;
pub mod model;
pub mod raw;
pub mod spans;
pub mod validate;

pub use model::*;

use crate::error::{LoadError, LoadErrorKind, Problem};
use spans::{Position, SpanIndex};
use std::path::Path;

/// Reads and validates the scenario file at `path`, which may be at most
/// `bounds::DEFAULT_MAX_FILE_BYTES` long.
pub fn load(path: &Path) -> Result<Scenario, LoadError> {
    load_with(path, bounds::DEFAULT_MAX_FILE_BYTES)
}

/// Reads and validates the scenario file at `path`, reading no more than `max_bytes` of it:
/// a longer file (or `/dev/zero`) is refused once that much has been read.
pub fn load_with(path: &Path, max_bytes: u64) -> Result<Scenario, LoadError> {
    let error = |kind| LoadError { path: path.to_owned(), kind };
    let text = read_capped(path, max_bytes).map_err(|e| error(LoadErrorKind::Read(e)))?;
    let Some(text) = text else { return Err(error(LoadErrorKind::TooLarge { max_bytes })) };
    load_str(&text, path)
}

/// The text of the file at `path`, or `None` when it is longer than `max_bytes`.
fn read_capped(path: &Path, max_bytes: u64) -> std::io::Result<Option<String>> {
    use std::io::Read;
    let file = std::fs::File::open(path)?;
    let mut bytes = Vec::new();
    file.take(max_bytes.saturating_add(1)).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > max_bytes {
        return Ok(None);
    }
    String::from_utf8(bytes)
        .map(Some)
        .map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidData, format!("the file is not UTF-8 text: {e}")))
}

/// Validates scenario `text`, naming `path` in errors.
pub fn load_str(text: &str, path: &Path) -> Result<Scenario, LoadError> {
    let fallback_name = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_else(|| "scenario".into());
    let invalid = |problems| LoadError {
        path: path.to_owned(),
        kind: LoadErrorKind::Invalid { text: text.to_owned(), problems },
    };
    // A parser takes time quadratic in the nesting depth: measure it first, in one pass.
    if let Some((line, column)) = bounds::too_deep(text, bounds::MAX_DEPTH) {
        return Err(invalid(vec![Problem {
            position: Position { line, column },
            message: format!("the file nests deeper than {} levels", bounds::MAX_DEPTH),
            help: Some(
                "no scenario needs this many levels: give a deeply nested process a definition of its own under \
                 `processes:` and `start:` it by name"
                    .into(),
            ),
        }]));
    }
    let raw: raw::RawScenario = serde_yaml::from_str(text).map_err(|e| invalid(vec![yaml_problem(&e, text)]))?;
    let spans = SpanIndex::new(text);
    let mut scenario = validate::validate(&raw, &spans, &fallback_name).map_err(invalid)?;
    // A program's files are named relative to the scenario file.
    if let Some(program) = &mut scenario.program {
        let dir = path.parent().unwrap_or(Path::new(""));
        for p in [&mut program.reference, &mut program.cwd].into_iter().flatten() {
            *p = dir.join(&*p);
        }
    }
    Ok(scenario)
}

/// Turns a serde_yaml error into a problem, with a suggestion for the common mistakes.
fn yaml_problem(e: &serde_yaml::Error, text: &str) -> Problem {
    let position = e
        .location()
        .map(|l| Position { line: l.line(), column: l.column() })
        .unwrap_or(Position { line: 1, column: 1 });
    if let Some(tab) = indenting_tab(text, position.line) {
        return Problem {
            position: tab,
            message: "YAML does not allow tabs for indentation".into(),
            help: Some("indent with spaces (two per level, as in the examples)".into()),
        };
    }
    let message = e.to_string();
    // serde_yaml writes " at line L column C" into its messages; the position is already in
    // the header, so those parts are dropped.
    let message = in_scenario_words(&without_positions(&message));
    let message = match message.split_once(", expected one of ") {
        Some((head, _)) if message.contains("unknown field") && is_action_fields(&message) => {
            format!("{head}, {}", action_keys(text, position))
        }
        _ => message,
    };
    let help = if message.contains("unknown field") {
        Some(match closest_field(&message) {
            Some(field) => format!("did you mean `{field}`? Only the keys listed above are allowed here"),
            None => "check the spelling: only the keys listed above are allowed here".to_owned(),
        })
    } else if message.contains("missing field `processes`") {
        Some("a scenario needs `processes:` with at least a `main` process".to_owned())
    } else if message.contains("did not find expected") || message.contains("mapping values are not allowed") {
        Some("check the indentation and that every `key: value` pair is on its own line".to_owned())
    } else if message.contains("duplicate") {
        Some("give each entry its own name".to_owned())
    } else {
        None
    };
    Problem { position, message, help }
}

/// The first tab in the indentation of a line up to `line`, where YAML refuses it.
fn indenting_tab(text: &str, line: usize) -> Option<Position> {
    text.lines().take(line.max(1)).enumerate().find_map(|(i, l)| {
        let indent = &l[..l.len() - l.trim_start().len()];
        indent.find('\t').map(|at| Position { line: i + 1, column: indent[..at].chars().count() + 1 })
    })
}

/// Whether serde's list of expected fields is an action's (every verb and modifier).
fn is_action_fields(message: &str) -> bool {
    ["`print`", "`start`", "`label`", "`args`"].iter().all(|f| message.contains(f))
}

/// The keys that fit the action whose unknown key stands at `pos`: the modifiers of its
/// verb, or the verbs when it has none; said as serde says it ("expected one of ...").
fn action_keys(text: &str, pos: Position) -> String {
    let siblings = SpanIndex::new(text).sibling_keys(pos);
    let quoted = |keys: &[&str]| keys.iter().map(|k| format!("`{k}`")).collect::<Vec<_>>().join(", ");
    match siblings.iter().find_map(|k| Verb::from_name(k)) {
        Some(verb) => {
            let keys: Vec<&str> =
                validate::modifiers_of(verb).into_iter().filter(|k| !siblings.iter().any(|s| s == k)).collect();
            format!("expected one of {} (what a `{verb}` action takes)", quoted(&keys))
        }
        None => {
            let verbs: Vec<&str> = Verb::ALL.iter().map(|v| v.name()).collect();
            format!("expected one of {} (an action starts with its verb)", quoted(&verbs))
        }
    }
}

/// For "unknown field `x`, expected one of `a`, `b`", the expected field nearest to `x`, when
/// it is near enough to be a misspelling (at most a third of its letters differ).
fn closest_field(message: &str) -> Option<String> {
    let mut quoted = message.split('`').skip(1).step_by(2);
    let unknown = quoted.next()?;
    quoted
        .map(|f| (edit_distance(unknown, f), f))
        .filter(|(d, f)| *d <= f.len().max(unknown.len()) / 3 + 1 && *d > 0)
        .min_by_key(|(d, _)| *d)
        .map(|(_, f)| f.to_owned())
}

/// Levenshtein distance over characters.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut previous = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let substitute = previous + usize::from(ca != *cb);
            previous = row[j + 1];
            row[j + 1] = substitute.min(row[j] + 1).min(previous + 1);
        }
    }
    row[b.len()]
}

/// What serde names by the Rust types that parse a scenario (`expected struct RawAction`,
/// `expected i64`, `untagged enum RawLine`), said as the scenario format says it: a newcomer
/// who writes `- 5` as an action should read what an action is, not the parser's type.
const SERDE_WORDS: &[(&str, &str)] = &[
    ("expected struct RawAction", "expected an action: a map that starts with its verb, such as `print: hello`"),
    (
        "expected struct RawCheck",
        "expected a check: a map with `name:` and one kind of check, such as `before: [A, B]`",
    ),
    ("expected struct RawFork", "expected a map of `child:` actions (and `parent:` actions)"),
    ("expected struct RawProgram", "expected a map with `run:`, the command that runs the program"),
    (
        "expected struct RawCounted",
        "expected a map naming what to count, such as `events: main.said` or `processes: worker`",
    ),
    ("expected struct RawExit", "expected a map with `process:` and `code:` or `signal:`"),
    ("expected struct RawAcquired", "expected a map with `lock:` (and `by:`, `at_least:`)"),
    ("expected struct RawLineFull", "expected a map with `pattern:` (and `role:`, `alternatives:`)"),
    ("expected struct RawSelectorLong", "expected a map with `process:` and `label:`, `text:` or `line:`"),
    ("expected struct RawScenario", "expected a map with `name:` and `processes:` (or `program:`)"),
    (
        "data did not match any variant of untagged enum RawCommand",
        "expected a command: a text such as `python3 {submission}`, or a list of its words",
    ),
    (
        "data did not match any variant of untagged enum RawLine",
        "expected a line pattern: a regular expression in quotes, or a map with `pattern:` (and `role:`)",
    ),
    (
        "data did not match any variant of untagged enum RawSelector",
        "expected an event selector: `process.label`, or a map with `process:` and `label:`, `text:` or `line:`",
    ),
    ("expected i64", "expected a whole number"),
    ("expected i32", "expected a whole number"),
    ("expected u32", "expected a whole number from 0"),
    ("expected u64", "expected a whole number from 0"),
    ("expected usize", "expected a whole number from 0"),
    ("expected f64", "expected a number"),
    ("expected a sequence", "expected a list"),
    ("invalid type: sequence", "invalid type: a list"),
    ("invalid type: map", "invalid type: a map"),
];

/// `message` with serde's Rust type names in `SERDE_WORDS` replaced; a type name left over
/// (`struct RawX`, `enum RawX`) loses its `Raw` prefix at least.
fn in_scenario_words(message: &str) -> String {
    let mut message = message.to_owned();
    for (serde, ours) in SERDE_WORDS {
        if message.contains(serde) {
            message = message.replace(serde, ours);
        }
    }
    for kind in ["struct Raw", "untagged enum Raw", "enum Raw"] {
        message = message.replace(kind, "a ");
    }
    message
}

/// `message` without serde_yaml's " at line L column C" parts.
fn without_positions(message: &str) -> String {
    let mut out = String::new();
    let mut rest = message;
    while let Some(i) = rest.find(" at line ") {
        out.push_str(&rest[..i]);
        let after = &rest[i + " at line ".len()..];
        let skip = after
            .find(|c: char| !(c.is_ascii_digit() || c == ' ' || c.is_ascii_alphabetic() && "column".contains(c)))
            .unwrap_or(after.len());
        rest = &after[skip..];
    }
    out.push_str(rest);
    out
}

/// The JSON Schema of scenario files, generated from the same serde types that parse them,
/// for editors that complete and check YAML (`procscen schema`, docs/scenario.schema.json).
pub fn json_schema() -> String {
    let schema = schemars::schema_for!(raw::RawScenario);
    let mut text = serde_json::to_string_pretty(&schema).expect("schemas serialize");
    text.push('\n');
    text
}
