//! Where a scenario's snapshot lives and how the CLI reads, compares and writes it.
//!
//! The files are insta's: `snapshots/<name>.snap` beside `scenarios/`, with insta's header, so
//! `cargo test` (through insta) and `procscen run` compare against the same file, and
//! `cargo insta review` works on what either leaves behind.

use std::path::{Component, Path, PathBuf};

/// The snapshot's name: the scenario's path below `scenarios/`, with `/` as `__` and no
/// extension (`scenarios/seed/fork-c.yaml` is `seed__fork-c`).
pub fn name(scenario: &Path) -> String {
    let below = below_scenarios(scenario)
        .map(|(_, rel)| rel)
        .unwrap_or_else(|| PathBuf::from(scenario.file_name().unwrap_or_default()));
    let without_ext = below.with_extension("");
    without_ext.components().map(|c| c.as_os_str().to_string_lossy().into_owned()).collect::<Vec<_>>().join("__")
}

/// The directory of the snapshot: `snapshots/` next to the `scenarios/` directory that holds
/// the file, or `snapshots/` next to the file itself.
pub fn dir(scenario: &Path) -> PathBuf {
    match below_scenarios(scenario) {
        Some((root, _)) => root.join("snapshots"),
        None => scenario.parent().unwrap_or(Path::new(".")).join("snapshots"),
    }
}

/// The snapshot file of a scenario.
pub fn path(scenario: &Path) -> PathBuf {
    dir(scenario).join(format!("{}.snap", name(scenario)))
}

/// The contents of a snapshot file without insta's header; `None` when there is none.
pub fn read(file: &Path) -> Option<String> {
    let mut text = std::fs::read_to_string(file).ok()?;
    // insta's header is a YAML front matter block between two `---` lines. It is cut off in
    // place: a big run's snapshot is tens of megabytes, not to be held twice.
    let header = text.strip_prefix("---\n").and_then(|rest| rest.find("\n---\n")).map(|at| 4 + at + 5);
    if let Some(end) = header {
        text.drain(..end);
    }
    Some(text)
}

/// Where a snapshot's text goes as it is written: a `String`, or a [`Stored`] comparison
/// with the file on disk (so a big run's text is never held whole when it matches).
pub trait Sink {
    fn put(&mut self, text: &str);
}

impl Sink for String {
    fn put(&mut self, text: &str) {
        self.push_str(text);
    }
}

/// A comparison with the snapshot stored in a file, fed the new text piece by piece and
/// reading the file in 64 KiB pieces alongside: it matches as `matches` says (the same text,
/// trailing white space aside).
pub struct Stored {
    reader: std::io::BufReader<std::fs::File>,
    /// The new text's white space not compared yet: it only counts if more text follows.
    pending: String,
    differs: bool,
    /// The file could not be read.
    failed: bool,
}

impl Stored {
    /// The stored snapshot of `file`, past insta's header (as `read` cuts it: `---`, at least
    /// one line, then the first `---`); `None` when there is no file or no header.
    pub fn open(file: &Path) -> Option<Stored> {
        use std::io::BufRead;
        let mut reader = std::io::BufReader::with_capacity(1 << 16, std::fs::File::open(file).ok()?);
        let mut line = String::new();
        reader.read_line(&mut line).ok()?;
        if line != "---\n" {
            return None;
        }
        let mut header_lines = 0;
        loop {
            line.clear();
            if reader.read_line(&mut line).ok()? == 0 {
                return None;
            }
            if line == "---\n" && header_lines > 0 {
                break;
            }
            header_lines += 1;
        }
        Some(Stored { reader, pending: String::new(), differs: false, failed: false })
    }

    /// Compares `bytes` with the file's next bytes.
    fn compare(&mut self, mut bytes: &[u8]) {
        use std::io::BufRead;
        while !bytes.is_empty() && !self.differs && !self.failed {
            let stored = match self.reader.fill_buf() {
                Ok(b) => b,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(_) => {
                    self.failed = true;
                    return;
                }
            };
            if stored.is_empty() {
                // The file ends before the new text does.
                self.differs = true;
                return;
            }
            let n = stored.len().min(bytes.len());
            if stored[..n] != bytes[..n] {
                self.differs = true;
                return;
            }
            self.reader.consume(n);
            bytes = &bytes[n..];
        }
    }

    /// Whether the file matched: what is left of it must be white space alone. `None` when
    /// it could not be read, or is not UTF-8 (`read` then decides).
    pub fn finish(mut self) -> Option<bool> {
        use std::io::Read;
        if self.failed {
            return None;
        }
        if self.differs {
            return Some(false);
        }
        let mut tail = Vec::new();
        let mut chunk = vec![0u8; 1 << 16];
        loop {
            let n = match self.reader.read(&mut chunk) {
                Ok(0) => break,
                Ok(n) => n,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(_) => return None,
            };
            tail.extend_from_slice(&chunk[..n]);
            if tail.iter().any(|&b| b.is_ascii() && !(b as char).is_whitespace()) {
                return Some(false);
            }
        }
        Some(std::str::from_utf8(&tail).ok()?.chars().all(char::is_whitespace))
    }
}

impl Sink for Stored {
    fn put(&mut self, text: &str) {
        if self.differs || self.failed {
            return;
        }
        // Trailing white space of the new text does not count: it is held back until text
        // that is not white space follows it.
        let body = text.trim_end();
        if body.is_empty() {
            self.pending.push_str(text);
            return;
        }
        let pending = std::mem::take(&mut self.pending);
        self.compare(pending.as_bytes());
        self.pending = pending;
        self.pending.clear();
        self.compare(body.as_bytes());
        self.pending.push_str(&text[body.len()..]);
    }
}

/// Whether the snapshot stored in `file` matches `actual` (as `matches` says), read in pieces
/// and compared as it is read: a big run's snapshot is tens of megabytes, not to be held
/// twice. `None` when this cannot say (no file, no header, text that is not UTF-8): `read`
/// then decides.
pub fn stored_matches(file: &Path, actual: &str) -> Option<bool> {
    let mut stored = Stored::open(file)?;
    stored.put(actual);
    stored.finish()
}

/// Writes `contents` as an insta snapshot file, with insta's header (as `omit_expression`
/// leaves it) naming `source`, what wrote it: `procscen run`, or the test that did.
pub fn write(file: &Path, contents: &str, source: &str) -> std::io::Result<()> {
    if let Some(parent) = file.parent() {
        std::fs::create_dir_all(parent)?;
    }
    std::fs::write(file, format!("---\nsource: {source}\n---\n{}\n", contents.trim_end()))
}

/// True under continuous integration (`CI` set, and not empty, `0` or `false`, as insta and
/// Jest read it): there a missing snapshot is a failure, not something to write.
pub fn in_ci() -> bool {
    std::env::var("CI").is_ok_and(|v| !v.is_empty() && v != "0" && !v.eq_ignore_ascii_case("false"))
}

/// True when two snapshot texts are the same for insta (trailing white space aside).
pub fn matches(expected: &str, actual: &str) -> bool {
    expected.trim_end() == actual.trim_end()
}

/// A unified diff from the stored snapshot to the new one.
pub fn diff(expected: &str, actual: &str) -> String {
    similar::TextDiff::from_lines(expected.trim_end(), actual.trim_end())
        .unified_diff()
        .context_radius(3)
        .header("stored snapshot", "this run")
        .to_string()
}

fn below_scenarios(path: &Path) -> Option<(PathBuf, PathBuf)> {
    let components: Vec<Component> = path.components().collect();
    let at = components.iter().rposition(|c| c.as_os_str() == "scenarios")?;
    let root: PathBuf = components[..at].iter().collect();
    let rel: PathBuf = components[at + 1..].iter().collect();
    Some((if root.as_os_str().is_empty() { PathBuf::from(".") } else { root }, rel))
}

/// How a run's snapshot compares with the stored one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SnapshotStatus {
    Matches,
    /// The stored snapshot differs; the diff from it to this run.
    Differs(String),
    /// There is no stored snapshot yet.
    Missing,
    /// Written (or rewritten) because the caller asked to accept.
    Written,
    /// There was none, and this run's was written (a first run, not under CI).
    New,
    /// Not taken: an observed program's runs differ in which process prints what, so a
    /// `program` scenario is judged by its checks alone.
    NotTaken,
}

impl SnapshotStatus {
    /// Whether the scenario passes as far as its snapshot goes.
    pub fn passes(&self) -> bool {
        matches!(
            self,
            SnapshotStatus::Matches | SnapshotStatus::Written | SnapshotStatus::New | SnapshotStatus::NotTaken
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_follow_the_path_below_scenarios() {
        assert_eq!(name(Path::new("scenarios/seed/fork-c.yaml")), "seed__fork-c");
        assert_eq!(path(Path::new("/x/scenarios/a.yaml")), PathBuf::from("/x/snapshots/a.snap"));
        assert_eq!(path(Path::new("elsewhere/b.yaml")), PathBuf::from("elsewhere/snapshots/b.snap"));
    }

    #[test]
    fn reads_what_it_writes() {
        /// Removes the directory even when an assertion fails.
        struct Gone(PathBuf);
        impl Drop for Gone {
            fn drop(&mut self) {
                let _ = std::fs::remove_dir_all(&self.0);
            }
        }
        let dir = Gone(std::env::temp_dir().join(format!("procscen-snap-{}", std::process::id())));
        let file = dir.0.join("x.snap");
        write(&file, "a: 1\n", "here").unwrap();
        assert!(std::fs::read_to_string(&file).unwrap().starts_with("---\nsource: here\n---\n"));
        assert!(matches(&read(&file).unwrap(), "a: 1"));
        // Compared as it is read, with the same answer as `read` and `matches`.
        let long = "x: é\n".repeat(40_000);
        for (stored, actual) in [
            ("---\ns: h\n---\na: 1\n", "a: 1"),
            ("---\ns: h\n---\na: 1\n \t\n", "a: 1\n\n"),
            ("---\ns: h\n---\na: 1\n", "a: 2"),
            ("---\ns: h\n---\na: 1\nb", "a: 1"),
            ("---\ns: h\n---\na: 1\n", "a: 1\nb: 2"),
            ("---\ns: h\n---\n", ""),
            ("---\n---\n---\na", "a"),
            ("---\ns: h\n---\na\u{a0}", "a"),
            (&*format!("---\ns: h\n---\n{long}"), &*long),
            (&*format!("---\ns: h\n---\n{long}x"), &*long),
        ] {
            std::fs::write(&file, stored).unwrap();
            let whole = read(&file).is_some_and(|text| matches(&text, actual));
            assert_eq!(stored_matches(&file, actual), Some(whole), "{stored:?} against {actual:?}");
        }
        std::fs::write(&file, "a: 1\n").unwrap();
        assert_eq!(stored_matches(&file, "a: 1"), None, "no header: `read` decides");
    }
}
