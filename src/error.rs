//! Errors a user can cause, with the file, line and column they come from.
//!
//! A scenario file that cannot be used yields one `LoadError` that carries every problem found
//! in it, so a writer fixes them all in one go. Each problem says what to write instead.
//! `render` shows them with the source line underlined (miette), `Display` as plain
//! `file:line:col: message` lines for logs and tests.

use crate::model::scenario::spans::Position;
use std::fmt;
use std::path::PathBuf;

/// A scenario file that could not be loaded.
#[derive(Debug, thiserror::Error)]
pub struct LoadError {
    pub path: PathBuf,
    #[source]
    pub kind: LoadErrorKind,
}

/// Why a scenario file could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum LoadErrorKind {
    #[error("cannot read the file: {0}")]
    Read(#[from] std::io::Error),
    #[error("the file is longer than {max_bytes} bytes, the most procscen reads")]
    TooLarge { max_bytes: u64 },
    #[error("{} problem(s) in the file", problems.len())]
    Invalid { text: String, problems: Vec<Problem> },
}

/// One thing wrong in a scenario file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub position: Position,
    pub message: String,
    /// What to write instead.
    pub help: Option<String>,
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let path = self.path.display();
        match &self.kind {
            LoadErrorKind::Read(e) => write!(f, "{path}: cannot read the file: {e}"),
            LoadErrorKind::TooLarge { max_bytes } => write!(
                f,
                "{path}: the file is longer than {}, the most procscen reads\n  help: a scenario is far \
                 smaller; if this one really is a scenario, give --max-file-mib a larger number",
                if max_bytes % (1 << 20) == 0 {
                    format!("{} MiB", max_bytes >> 20)
                } else {
                    format!("{max_bytes} bytes")
                }
            ),
            LoadErrorKind::Invalid { problems, .. } => {
                for (i, p) in problems.iter().enumerate() {
                    if i > 0 {
                        writeln!(f)?;
                    }
                    write!(f, "{path}:{}:{}: {}", p.position.line, p.position.column, p.message)?;
                    if let Some(help) = &p.help {
                        write!(f, "\n  help: {help}")?;
                    }
                }
                Ok(())
            }
        }
    }
}

impl LoadError {
    /// Every problem drawn with its source line and a label, as the CLI prints it.
    pub fn render(&self, color: bool) -> String {
        let LoadErrorKind::Invalid { text, problems } = &self.kind else {
            return format!("{self}\n");
        };
        let theme = if color { miette::GraphicalTheme::unicode() } else { miette::GraphicalTheme::unicode_nocolor() };
        let handler = miette::GraphicalReportHandler::new_themed(theme);
        let mut out = String::new();
        for p in problems {
            let diagnostic = ProblemDiagnostic {
                header: format!("{}:{}:{}: {}", self.path.display(), p.position.line, p.position.column, p.message),
                help: p.help.clone(),
                code: miette::NamedSource::new(self.path.display().to_string(), text.clone()),
                span: (byte_offset(text, p.position), 1).into(),
            };
            if handler.render_report(&mut out, &diagnostic).is_err() {
                out.push_str(&diagnostic.header);
                out.push('\n');
            }
        }
        out
    }
}

/// The byte offset of a 1-based line and character column in `text`.
fn byte_offset(text: &str, pos: Position) -> usize {
    let line_start: usize = text.split_inclusive('\n').take(pos.line.saturating_sub(1)).map(str::len).sum();
    let line = text[line_start.min(text.len())..].lines().next().unwrap_or("");
    let in_line: usize = line.chars().take(pos.column.saturating_sub(1)).map(char::len_utf8).sum();
    (line_start + in_line).min(text.len().saturating_sub(1))
}

#[derive(Debug, thiserror::Error)]
#[error("{header}")]
struct ProblemDiagnostic {
    header: String,
    help: Option<String>,
    code: miette::NamedSource<String>,
    span: miette::SourceSpan,
}

impl miette::Diagnostic for ProblemDiagnostic {
    fn help<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        self.help.as_ref().map(|h| Box::new(h) as Box<dyn fmt::Display>)
    }
    fn source_code(&self) -> Option<&dyn miette::SourceCode> {
        Some(&self.code)
    }
    fn labels(&self) -> Option<Box<dyn Iterator<Item = miette::LabeledSpan> + '_>> {
        Some(Box::new(std::iter::once(miette::LabeledSpan::new_with_span(Some("here".into()), self.span))))
    }
}

/// A run that could not be carried out (as opposed to a run whose checks failed).
#[derive(Debug, thiserror::Error)]
pub enum RunError {
    #[error("cannot find this executable to start a run's supervisor from it: {0}")]
    NoSupervisor(String),
    #[error("cannot start the supervisor {path}: {source}")]
    Spawn { path: PathBuf, source: std::io::Error },
    /// The helper process (`helper`: the supervisor of a run, or the tracer of a program)
    /// failed or was killed.
    #[error("the {helper} failed ({status}){}", if stderr.is_empty() { String::new() } else { format!(": {stderr}") })]
    Supervisor { helper: &'static str, status: String, stderr: String },
    #[error("the supervisor's report is unreadable: {0}")]
    Report(String),
    #[error("{0}")]
    Program(String),
    /// The helper wrote nothing by the run's wall limit (plus a margin) and was killed.
    #[error("the {helper} did not report within the time limit and was killed after {after_ms} ms")]
    Unresponsive { helper: &'static str, after_ms: u64 },
    /// The observer reads system calls from registers, and knows them only on x86_64 and
    /// aarch64 (`observer::arch`).
    #[error("the observer is not ported to {arch}: it reads system calls from registers only on x86_64 and aarch64")]
    NotPorted { arch: &'static str },
    /// A run option out of its range (see `scenario::bounds`).
    #[error("{0}")]
    InvalidOption(String),
}
