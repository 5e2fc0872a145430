//! How a submission's grading ended: how its program's run ended (`trace::ProgramEnding`), or
//! why the program never ran (it did not compile, could not start, was not found...).
//!
//! It is a value that code matches on, and text where it is shown or stored: `Display` and
//! serde give the words every grade format and a class's results file have always held
//! ("normal exit", "compile error"), and the results file reads back into the same value.

use crate::trace::ProgramEnding;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// How grading one submission ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GradeEnding {
    /// The program ran (or was killed at its timeout when its tracer stopped answering).
    Ran(ProgramEnding),
    /// The build failed.
    CompileError,
    /// The program could not be started.
    CouldNotStart,
    /// The submission does not exist.
    NotFound,
    /// The submission's files add up to more than `copy::SUBMISSION_CAP`.
    SubmissionTooLarge,
    /// The submission is neither a regular file nor a directory (a FIFO, a device, a socket).
    NotASubmission,
    /// What would run is not the source the teacher reads: a Python file that holds a zip
    /// archive (which Python runs in its place), or one declaring a source encoding in which a
    /// comment holds code (`utf-7`).
    NotSource,
    /// The grader failed (its tracer died or could not start, its working copy could not be
    /// made): the submission was not graded.
    InternalError,
}

/// The words of each ending that is not a run's, as grades show them.
const NOT_RUN: [(GradeEnding, &str); 7] = [
    (GradeEnding::CompileError, "compile error"),
    (GradeEnding::CouldNotStart, "could not start"),
    (GradeEnding::NotFound, "not found"),
    (GradeEnding::SubmissionTooLarge, "submission too large"),
    (GradeEnding::NotASubmission, "not a file or directory"),
    (GradeEnding::NotSource, "not a source"),
    (GradeEnding::InternalError, "internal error"),
];

impl std::fmt::Display for GradeEnding {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            GradeEnding::Ran(e) => std::fmt::Display::fmt(e, f),
            other => f.write_str(NOT_RUN.iter().find(|(e, _)| e == other).map_or("", |(_, text)| text)),
        }
    }
}

impl std::str::FromStr for GradeEnding {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match NOT_RUN.iter().find(|(_, text)| *text == s) {
            Some((e, _)) => Ok(*e),
            None => s.parse().map(GradeEnding::Ran),
        }
    }
}

impl From<ProgramEnding> for GradeEnding {
    fn from(e: ProgramEnding) -> Self {
        GradeEnding::Ran(e)
    }
}

impl Serialize for GradeEnding {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for GradeEnding {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = std::borrow::Cow::<'de, str>::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::trace::{Limit, Signal};

    #[test]
    fn a_grade_ending_is_its_text_in_json_and_reads_back() {
        let endings = [
            (GradeEnding::Ran(ProgramEnding::NormalExit), "normal exit"),
            (GradeEnding::Ran(ProgramEnding::Killed(Signal::SIGSEGV)), "killed by SIGSEGV"),
            (
                GradeEnding::Ran(ProgramEnding::LimitReached(Limit::Processes { at_once: None })),
                "processes limit reached",
            ),
            (GradeEnding::CompileError, "compile error"),
            (GradeEnding::CouldNotStart, "could not start"),
            (GradeEnding::NotFound, "not found"),
            (GradeEnding::SubmissionTooLarge, "submission too large"),
            (GradeEnding::NotASubmission, "not a file or directory"),
            (GradeEnding::InternalError, "internal error"),
        ];
        for (ending, text) in endings {
            assert_eq!(ending.to_string(), text);
            let json = serde_json::to_string(&ending).unwrap();
            assert_eq!(json, format!("\"{text}\""));
            assert_eq!(serde_json::from_str::<GradeEnding>(&json).unwrap(), ending);
        }
        assert!(serde_json::from_str::<GradeEnding>("\"lost\"").is_err());
    }
}
