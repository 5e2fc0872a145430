//! The ranges every number of a scenario (and of the command line) must lie in.
//!
//! A duration, a scale or a size beyond what a run can use is refused where it is read, with
//! what to write instead, so that nothing downstream adds a duration to an instant or shifts a
//! size past the width of its integer: `timeout: 5000000000000000h` would otherwise overflow
//! `Instant + Duration`, `sleep: 1e20` a `Duration`, `max_memory_mib: 17592186044417` the
//! `<< 20` that makes it bytes. The loader reports these at the file's line and column; the
//! command line's value parsers (`parse_*` below) say the same.

use std::time::Duration;

/// The longest duration accepted anywhere (a sleep, a timeout, a wait, the jitter): a day.
pub const MAX_DURATION: Duration = Duration::from_secs(24 * 3600);
/// The largest `time_scale`: a sleep of a day then lasts at most 1,000 days, which every
/// clock still adds without overflow.
pub const MAX_TIME_SCALE: f64 = 1000.0;
/// The most processes a limit may allow: the kernel's own ceiling on pids.
pub const MAX_PROCESSES: u64 = 4_194_304;
/// The most memory of a process (`max_memory_mib`), and the most a run may record
/// (`max_recorded_mib`), in MiB: 1 TiB.
pub const MAX_MIB: u64 = 1 << 20;
/// The most open files of a process (`max_open_files`): Linux's default ceiling
/// (`fs.nr_open`).
pub const MAX_OPEN_FILES: u64 = 1 << 20;
/// The most CPU seconds of a process: a day.
pub const MAX_CPU_SECONDS: u64 = 24 * 3600;
/// The most output of an observed program (`max_output`), in bytes: 1 GiB, all of which the
/// tracer keeps in memory.
pub const MAX_OUTPUT: u64 = 1 << 30;
/// The largest scenario file read by default, in bytes; see `scenario::load_with`.
pub const DEFAULT_MAX_FILE_BYTES: u64 = 16 << 20;
/// The deepest nesting of a scenario file (mappings, sequences and flow collections): far
/// more than any scenario needs, far less than what makes a YAML parser slow.
pub const MAX_DEPTH: usize = 100;

/// MiB to bytes, for a number of MiB already known to be at most `MAX_MIB` (larger ones are
/// held at the largest value instead of wrapping).
pub fn mib_to_bytes(mib: u64) -> u64 {
    mib.saturating_mul(1 << 20)
}

/// Why `d` is not a usable duration, if it is not.
pub fn check_duration(d: Duration, text: &str) -> Result<Duration, String> {
    if d > MAX_DURATION {
        return Err(format!("`{text}` is longer than the longest duration procscen accepts (24h)"));
    }
    Ok(d)
}

/// Why `scale` is not a usable time scale, if it is not.
pub fn check_time_scale(scale: f64) -> Result<f64, String> {
    if scale.is_finite() && scale > 0.0 && scale <= MAX_TIME_SCALE {
        Ok(scale)
    } else {
        Err(format!("the time scale must be a number above 0 and at most {MAX_TIME_SCALE}, not {}", number(scale)))
    }
}

/// A number as a reader takes it in: `1e300`, not three hundred digits.
pub fn number(n: f64) -> String {
    if n.is_finite() && n.abs() >= 1e9 {
        format!("{n:e}")
    } else {
        format!("{n}")
    }
}

/// `--time-scale`'s value parser.
pub fn parse_time_scale(text: &str) -> Result<f64, String> {
    let scale: f64 = text.trim().parse().map_err(|_| format!("`{text}` is not a number"))?;
    check_time_scale(scale).map_err(|e| format!("{e}; write for example `0.01` to run sleeps 100 times faster"))
}

/// A duration in seconds (a YAML number), refused when negative, not finite or too long.
pub fn seconds(n: f64) -> Result<Duration, String> {
    if !(n.is_finite() && n >= 0.0) {
        return Err(format!("a duration must be a positive number of seconds, not {}", number(n)));
    }
    if n > MAX_DURATION.as_secs_f64() {
        return Err(format!("{} seconds is longer than the longest duration procscen accepts (24h)", number(n)));
    }
    Ok(Duration::from_secs_f64(n))
}

/// The largest value of the limit `key` of a scenario file (or of the command line flag that
/// replaces it).
pub fn max_limit(key: &str) -> u64 {
    // Each limit's field in `raw` names its largest value; a key given twice (the scenario's
    // and its program's `max_processes`) names the same one.
    let mut limits = super::raw::RawScenario::LIMITS.iter().chain(super::raw::RawProgram::LIMITS);
    limits.find(|(k, _)| *k == key).map_or(u64::MAX, |&(_, max)| max)
}

/// Why `n` is not a usable value of the limit `key` (named `name` in the message), if not.
pub fn check_limit(name: &str, key: &str, n: u64) -> Result<(), String> {
    let max = max_limit(key);
    if n == 0 || n > max {
        return Err(format!("{name} must be from 1 to {max}, not {n}"));
    }
    Ok(())
}

/// Why limits given by a library caller (the command line checks its own) are unusable.
pub fn check_overrides(limits: &super::LimitOverrides) -> Result<(), String> {
    let checks = [
        ("the process limit", "max_processes", limits.max_processes.map(u64::from)),
        ("the memory limit (MiB)", "max_memory_mib", limits.max_memory_mib),
        ("the CPU time limit (seconds)", "max_cpu_seconds", limits.max_cpu_seconds),
    ];
    for (name, key, n) in checks {
        if let Some(n) = n {
            check_limit(name, key, n)?;
        }
    }
    Ok(())
}

/// A clap value parser for the limit `key`: a whole number from 1 to its largest value.
pub fn limit_parser(key: &'static str) -> impl Fn(&str) -> Result<u64, String> + Clone + Send + Sync + 'static {
    move |text: &str| {
        let n: u64 = text.trim().parse().map_err(|_| format!("`{text}` is not a whole number"))?;
        check_limit("the value", key, n)?;
        Ok(n)
    }
}

/// Where a YAML text first nests deeper than `max` levels, as a 1-based line and column;
/// `None` when it never does.
///
/// YAML parsers take time quadratic in the nesting depth (libyaml and yaml-rust2 look at every
/// open level at each token), so the depth is measured on the text, in one pass, before any
/// parser sees it. The measure never falls short of the depth a parser builds: block
/// collections count by their indentation (a `- ` entry and a `key:` each open one, however
/// many stand on a line), flow collections by their brackets outside quoted scalars, and the
/// lines of block scalars (`|`, `>`) and of plain scalars continued over several lines are
/// skipped as the parser skips them. It may count a level too many (a scalar taken for a
/// key), never one too few.
pub fn too_deep(text: &str, max: usize) -> Option<(usize, usize)> {
    let mut scan = DepthScan::default();
    for (n, line) in text.split('\n').enumerate() {
        let line = line.strip_suffix('\r').unwrap_or(line);
        if let Some(column) = scan.line(line, max) {
            return Some((n + 1, column + 1));
        }
    }
    None
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Block {
    Sequence,
    Mapping,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Quote {
    Single,
    Double,
}

/// The state of `too_deep` between lines.
#[derive(Default)]
struct DepthScan {
    /// The open block collections, by column, innermost last.
    blocks: Vec<(usize, Block)>,
    /// Open flow collections (`[`, `{`).
    flow: usize,
    /// Inside a quoted scalar that goes on past the end of a line.
    quote: Option<Quote>,
    /// In flow context, whether the next character may start a node (so a quote there opens
    /// a quoted scalar, not a quote character inside a plain one).
    node_start: bool,
    /// Lines more indented than this are the content of a block scalar or the continuation of
    /// a plain scalar, not structure.
    text_above: Option<usize>,
    /// The column of the current line's node, and whether it is the line's first, until a
    /// `:` makes it a mapping's key.
    key_at: Option<(usize, bool)>,
}

impl DepthScan {
    fn depth(&self) -> usize {
        // A flow collection opened before the `:` of a line may be a key (`[a, b]: x`): the
        // mapping it would be the key of counts already.
        let key = usize::from(self.flow > 0 && self.key_at.is_some());
        self.blocks.len() + self.flow + key
    }

    /// Scans one line; returns the column where the depth passed `max`.
    fn line(&mut self, line: &str, max: usize) -> Option<usize> {
        let bytes = line.as_bytes();
        let indent = bytes.iter().take_while(|b| **b == b' ').count();
        let blank = bytes[indent..].iter().all(|b| b.is_ascii_whitespace());
        if let Some(parent) = self.text_above {
            if blank || indent > parent {
                return None;
            }
            self.text_above = None;
        }
        if self.quote.is_some() || self.flow > 0 {
            return self.inline(bytes, 0, max).err();
        }
        if blank || bytes[indent] == b'#' {
            return None;
        }
        if indent == 0 && (line.starts_with("---") || line.starts_with("...")) {
            // A new document: what follows the marker on its line is a node of it.
            self.blocks.clear();
            self.node_start = true;
            return self.inline(bytes, 3, max).err();
        }
        // Entries (`- `, `? `) at the start of the line open sequences (and complex keys).
        let mut at = indent;
        let mut first = true;
        loop {
            let dash = bytes[at] == b'-' || bytes[at] == b'?';
            if !(dash && bytes.get(at + 1).is_none_or(|b| *b == b' ' || *b == b'\t')) {
                break;
            }
            self.open(at, Block::Sequence, first);
            first = false;
            if self.depth() > max {
                return Some(at);
            }
            at += 1;
            while at < bytes.len() && (bytes[at] == b' ' || bytes[at] == b'\t') {
                at += 1;
            }
            if at == bytes.len() {
                return None;
            }
        }
        self.node_start = true;
        self.key_at = Some((at, first));
        let ending = self.inline(bytes, at, max);
        if let Some((_, true)) = self.key_at.take() {
            // A scalar or flow node on a line of its own: it closes what is indented more.
            self.close_beyond(indent);
        }
        match ending {
            Err(column) => Some(column),
            Ok(Ending::Text) if self.flow == 0 && self.quote.is_none() => {
                self.text_above = Some(self.blocks.last().map_or(0, |b| b.0));
                None
            }
            Ok(_) => None,
        }
    }

    /// Opens a block collection at `column`. The first on a line first closes those it ends.
    fn open(&mut self, column: usize, kind: Block, first: bool) {
        if first {
            self.close_beyond(column);
            // A key at the column of a sequence ends it (the sequence was the value of the
            // mapping's previous key); an entry at the column of a mapping is such a value.
            if kind == Block::Mapping && self.blocks.last() == Some(&(column, Block::Sequence)) {
                self.blocks.pop();
            }
            if self.blocks.last() == Some(&(column, kind)) {
                return;
            }
        }
        self.blocks.push((column, kind));
    }

    fn close_beyond(&mut self, column: usize) {
        while self.blocks.last().is_some_and(|&(c, _)| c > column) {
            self.blocks.pop();
        }
    }

    /// Scans the rest of a line from `at` for flow brackets, quotes and comments. Returns how
    /// the line ended, or the column where the depth passed `max`.
    fn inline(&mut self, bytes: &[u8], mut at: usize, max: usize) -> Result<Ending, usize> {
        let mut ending = Ending::Nothing;
        while at < bytes.len() {
            let b = bytes[at];
            match self.quote {
                Some(Quote::Double) => {
                    if b == b'\\' {
                        at += 1;
                    } else if b == b'"' {
                        self.quote = None;
                        self.node_start = false;
                    }
                    at += 1;
                    continue;
                }
                Some(Quote::Single) => {
                    if b == b'\'' {
                        if bytes.get(at + 1) == Some(&b'\'') {
                            at += 1;
                        } else {
                            self.quote = None;
                            self.node_start = false;
                        }
                    }
                    at += 1;
                    continue;
                }
                None => {}
            }
            let after_space = at == 0 || bytes[at - 1] == b' ' || bytes[at - 1] == b'\t';
            match b {
                b' ' | b'\t' => {}
                b'#' if after_space => return Ok(ending),
                b'"' | b'\'' if self.node_start => {
                    self.quote = Some(if b == b'"' { Quote::Double } else { Quote::Single });
                    ending = Ending::Nothing;
                }
                b'[' | b'{' if self.node_start || self.flow > 0 => {
                    self.flow += 1;
                    if self.depth() > max {
                        return Err(at);
                    }
                    self.node_start = true;
                    ending = Ending::Nothing;
                }
                b']' | b'}' if self.flow > 0 => {
                    self.flow -= 1;
                    self.node_start = false;
                }
                b',' | b'?' if self.flow > 0 => self.node_start = true,
                b':' if self.flow > 0 || bytes.get(at + 1).is_none_or(|n| *n == b' ' || *n == b'\t') => {
                    if self.flow == 0 {
                        if let Some((column, first)) = self.key_at.take() {
                            self.open(column, Block::Mapping, first);
                            if self.depth() > max {
                                return Err(column);
                            }
                        }
                    }
                    self.node_start = true;
                    ending = Ending::Nothing;
                }
                b'-' if self.node_start && bytes.get(at + 1).is_none_or(|n| *n == b' ') => {}
                b'&' | b'!' if self.node_start => {
                    // An anchor or a tag: the node itself comes after it.
                    while at + 1 < bytes.len() && bytes[at + 1] != b' ' {
                        at += 1;
                    }
                }
                b'|' | b'>' if self.node_start && self.flow == 0 => return Ok(Ending::Text),
                _ => {
                    if self.node_start {
                        ending = Ending::Text;
                    }
                    self.node_start = false;
                }
            }
            at += 1;
        }
        Ok(ending)
    }
}

/// How a line ended, for the lines after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Ending {
    /// With structure (a key, a closed quote or bracket), or nothing.
    Nothing,
    /// Inside a plain scalar, or at a block scalar's indicator: more indented lines are text.
    Text,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::scenario::raw::{RawProgram, RawScenario};

    /// The limits' largest values, read from the raw structs' fields, are the ones each key
    /// has always had, and a key of both the scenario and its program has one.
    #[test]
    fn each_limit_key_has_its_largest_value() {
        let expected = [
            ("max_processes", MAX_PROCESSES),
            ("max_tasks", MAX_PROCESSES),
            ("max_memory_mib", MAX_MIB),
            ("max_recorded_mib", MAX_MIB),
            ("max_file_mib", MAX_MIB),
            ("max_tmp_mib", MAX_MIB),
            ("max_open_files", MAX_OPEN_FILES),
            ("max_cpu_seconds", MAX_CPU_SECONDS),
            ("max_output", MAX_OUTPUT),
        ];
        for (key, max) in expected {
            assert_eq!(max_limit(key), max, "{key}");
        }
        let program = RawProgram::LIMITS;
        for (key, max) in RawScenario::LIMITS {
            if let Some((_, program_max)) = program.iter().find(|(k, _)| k == key) {
                assert_eq!(program_max, max, "the scenario's and the program's `{key}`");
            }
        }
        let all = RawScenario::LIMITS.len() + program.len();
        assert_eq!(all, 13, "a limit key was added: give it a row above");
    }

    /// The depth `too_deep` measures: the smallest limit the text stays within.
    fn measured(text: &str) -> usize {
        (0..10_000).find(|m| too_deep(text, *m).is_none()).expect("measured")
    }

    /// The depth of the collections a YAML parser builds.
    fn parsed(text: &str) -> usize {
        fn depth(v: &serde_yaml::Value) -> usize {
            match v {
                serde_yaml::Value::Sequence(s) => 1 + s.iter().map(depth).max().unwrap_or(0),
                serde_yaml::Value::Mapping(m) => 1 + m.iter().map(|(k, v)| depth(k).max(depth(v))).max().unwrap_or(0),
                serde_yaml::Value::Tagged(t) => depth(&t.value),
                _ => 0,
            }
        }
        depth(&serde_yaml::from_str(text).expect("parses"))
    }

    #[track_caller]
    fn never_short(text: &str) {
        let (m, p) = (measured(text), parsed(text));
        assert!(m >= p, "measured {m}, the parser built {p} levels:\n{text}");
        assert!(m <= p + 2, "measured {m}, far more than the parser's {p} levels:\n{text}");
    }

    #[test]
    fn the_measure_never_falls_short_of_the_parser_on_the_bundled_scenarios() {
        let mut files = vec![std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/scenarios"))];
        let mut seen = 0;
        while let Some(path) = files.pop() {
            if path.is_dir() {
                files.extend(std::fs::read_dir(&path).unwrap().map(|e| e.unwrap().path()));
            } else if path.extension().is_some_and(|e| e == "yaml") {
                never_short(&std::fs::read_to_string(&path).unwrap());
                seen += 1;
            }
        }
        assert!(seen > 20, "the scenarios were found: {seen}");
    }

    #[test]
    fn the_measure_never_falls_short_on_tricky_texts() {
        for text in [
            "a:\n- b:\n  - c:\n    - d: 1\n",
            "a: it's\nb:\n  c: [x, 'y]', \"z]\"]\n",
            "a: |\n  - - - [[[\n  'open\nb: [[1]]\n",
            "a: >-\n  {{{\n\nb:\n  - - - x\n",
            "a: text\n  'continued [\nb: {c: {d: [e]}}\n",
            "- [a]: x\n- {b: [c]}: y\n",
            "a: 'multi\n  line ['\nb:\n  c:\n    d: 1\n",
            "? - x\n: y\n",
            "a: &anchor\n  b: !!str [c]\n",
            "--- [[1]]\n",
            "a: \"esc \\\" [\"\nb: [[2]]\n",
            "# comment [[[\na: 1 # [[\n",
        ] {
            never_short(text);
        }
    }

    #[test]
    fn deep_nesting_is_found_at_its_place_in_linear_time() {
        let flow = format!("a: {}{}", "[".repeat(1_000_000), "]".repeat(1_000_000));
        let started = std::time::Instant::now();
        assert_eq!(too_deep(&flow, 100), Some((1, 3 + 100)), "the mapping and 100 brackets");
        let block: String = (0..1_000).map(|i| format!("{}- x:\n", "  ".repeat(i))).collect();
        assert!(too_deep(&block, 100).is_some_and(|(line, _)| line <= 51));
        assert!(started.elapsed() < std::time::Duration::from_secs(2), "took {:?}", started.elapsed());
    }
}
