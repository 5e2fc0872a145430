//! A class graded on one machine or on many: which students a shard grades (`--shard K/N`),
//! the results file each machine writes (`--results FILE`), joining those files into one
//! class (`procscen merge`), and what a teacher reads of a class (its CSV is `render::grade::gradebook`): how many
//! students passed each check, and the scores' histogram.
//!
//! Everything here is data about grades already made; it runs no program. Rendering the
//! histogram as HTML is `html::score_histogram`'s job.

use super::{Grade, Status};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// The most shards a class can be split into: more machines than that would each grade a
/// handful of students, and a typo (`--shard 1/30000`) is likelier than such a farm.
pub const MAX_SHARDS: u32 = 1000;

/// The version of the results file's shape, written in every file so that a merge refuses a
/// file from a procscen that wrote another shape.
pub const RESULTS_VERSION: u32 = 1;

/// One part of a class: the `index`-th (from 1) of `count` parts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Shard {
    pub index: u32,
    pub count: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ShardError {
    #[error("`{0}` is not a shard: write K/N with whole numbers, such as `2/3` for the second of three machines")]
    Shape(String),
    #[error("shard `{0}`: N must be from 1 to {MAX_SHARDS} and K from 1 to N, such as `1/{1}`")]
    Range(String, u32),
}

impl Shard {
    /// Reads `K/N`, with 1 <= K <= N <= `MAX_SHARDS`.
    pub fn parse(text: &str) -> Result<Shard, ShardError> {
        let shape = || ShardError::Shape(text.to_owned());
        let (k, n) = text.trim().split_once('/').ok_or_else(shape)?;
        // Digits only: `+1` and ` 1` are not what a teacher means to type, and u64 leaves room
        // to say "out of range" rather than "not a number" for a long one.
        let number = |s: &str| {
            let s = s.trim();
            if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
                return Err(shape());
            }
            Ok(s.parse::<u64>().unwrap_or(u64::MAX))
        };
        let (k, n) = (number(k)?, number(n)?);
        if n == 0 || n > u64::from(MAX_SHARDS) || k == 0 || k > n {
            let example = n.clamp(1, u64::from(MAX_SHARDS)) as u32;
            return Err(ShardError::Range(text.trim().to_owned(), example));
        }
        Ok(Shard { index: k as u32, count: n as u32 })
    }

    /// This shard's part of a class: the students sorted by name (then path, for two entries
    /// of the same name), and every `count`-th of them from the `index`-th. Sorting by name
    /// makes the split the same on every machine that sees the same class, whatever order its
    /// file system lists the entries in; dealing them out in turn keeps the shards' sizes
    /// within one of each other.
    pub fn select<T: Ord>(self, mut students: Vec<(String, T)>) -> Vec<(String, T)> {
        students.sort();
        students
            .into_iter()
            .enumerate()
            .filter(|(i, _)| *i as u64 % u64::from(self.count) == u64::from(self.index - 1))
            .map(|(_, s)| s)
            .collect()
    }
}

impl std::fmt::Display for Shard {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}/{}", self.index, self.count)
    }
}

impl TryFrom<String> for Shard {
    type Error = ShardError;
    fn try_from(text: String) -> Result<Shard, ShardError> {
        Shard::parse(&text)
    }
}

impl From<Shard> for String {
    fn from(s: Shard) -> String {
        s.to_string()
    }
}

/// A check as a column of the gradebook.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CheckColumn {
    pub name: String,
    pub points: f64,
}

/// One check's result for one student.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CheckResult {
    pub score: f64,
    pub status: Status,
}

/// One student's line of the class.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StudentResult {
    pub student: String,
    /// The path that was graded, as given to the grader.
    pub submission: String,
    pub score: f64,
    pub max_score: f64,
    pub ending: super::GradeEnding,
    /// How long grading this submission took (its build and its run), in seconds.
    pub seconds: f64,
    /// False when procscen could not grade it (not found, internal error).
    pub graded: bool,
    /// One per check, in the assignment's order (`ClassResults::checks`).
    pub checks: Vec<CheckResult>,
}

impl StudentResult {
    /// The line of `student`, whose submission got `grade` in `seconds`.
    pub fn new(student: &str, grade: &Grade, seconds: f64) -> StudentResult {
        StudentResult {
            student: student.to_owned(),
            submission: grade.submission.display().to_string(),
            score: grade.score,
            max_score: grade.max_score,
            ending: grade.ending,
            seconds,
            graded: grade.graded(),
            checks: grade.checks.iter().map(|c| CheckResult { score: c.score, status: c.status }).collect(),
        }
    }
}

/// What one machine graded of a class (`procscen grade --results FILE`), and what `procscen
/// merge` reads back.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClassResults {
    /// `RESULTS_VERSION`.
    pub procscen_results: u32,
    /// The assignment's name.
    pub assignment: String,
    /// A digest of the assignment file's bytes (`digest`): shards graded against two
    /// different versions of one assignment must not be merged.
    pub assignment_digest: String,
    /// Which part of the class this is; `None` when the whole class was graded here.
    pub shard: Option<Shard>,
    pub max_score: f64,
    pub checks: Vec<CheckColumn>,
    /// Sorted by student name.
    pub students: Vec<StudentResult>,
}

impl ClassResults {
    /// The results of `assignment` (its name, and the bytes of its file), with its checks
    /// taken from `checks` (any grade of it: every grade lists every check).
    pub fn new(
        assignment: &str,
        file: &[u8],
        shard: Option<Shard>,
        checks: &[super::GradedCheck],
        students: Vec<StudentResult>,
    ) -> ClassResults {
        let mut students = students;
        students.sort_by(|a, b| (&a.student, &a.submission).cmp(&(&b.student, &b.submission)));
        ClassResults {
            procscen_results: RESULTS_VERSION,
            assignment: assignment.to_owned(),
            assignment_digest: digest(file),
            shard,
            max_score: checks.iter().map(|c| c.points).sum(),
            checks: checks.iter().map(|c| CheckColumn { name: c.name.clone(), points: c.points }).collect(),
            students,
        }
    }

    /// Reads a results file, with the line and column of what is wrong in it.
    pub fn read(path: &Path) -> Result<ClassResults, MergeError> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| MergeError::Read { file: path.to_owned(), message: e.to_string() })?;
        let results: ClassResults = serde_json::from_str(&text).map_err(|e| {
            // serde_json ends its message with the position, which the error names first.
            let message = e.to_string();
            let message = message.rsplit_once(" at line ").map_or(message.as_str(), |(m, _)| m).to_owned();
            MergeError::Parse { file: path.to_owned(), line: e.line(), column: e.column(), message }
        })?;
        results.check(path)?;
        Ok(results)
    }

    /// What the file's shape cannot say: its version, and numbers in range.
    fn check(&self, path: &Path) -> Result<(), MergeError> {
        let bad = |what: String| Err(MergeError::Invalid { file: path.to_owned(), what });
        if self.procscen_results != RESULTS_VERSION {
            return bad(format!(
                "it is a results file of version {}, and this procscen reads version {RESULTS_VERSION}: grade the shard again with this procscen",
                self.procscen_results
            ));
        }
        let number = |x: f64| x.is_finite() && x >= 0.0;
        if !number(self.max_score) || !self.checks.iter().all(|c| number(c.points)) {
            return bad("a check's points or the max score is negative or not a number".to_owned());
        }
        for s in &self.students {
            if !number(s.score) || !number(s.seconds) || !number(s.max_score) || s.score > s.max_score {
                return bad(format!(
                    "student `{}` has a score or time that is negative, not a number, or above the max",
                    s.student
                ));
            }
            if s.checks.len() != self.checks.len() || !s.checks.iter().all(|c| number(c.score)) {
                return bad(format!(
                    "student `{}` has {} check results for the assignment's {} checks",
                    s.student,
                    s.checks.len(),
                    self.checks.len()
                ));
            }
        }
        Ok(())
    }
}

#[derive(Debug, thiserror::Error)]
pub enum MergeError {
    #[error("cannot read the results file {file}: {message}")]
    Read { file: PathBuf, message: String },
    #[error(
        "{file}:{line}:{column}: not a procscen results file: {message}; write it with `{procscen} grade SCENARIO --class DIR --results FILE`",
        procscen = crate::invocation::command()
    )]
    Parse { file: PathBuf, line: usize, column: usize, message: String },
    #[error("{file}: {what}")]
    Invalid { file: PathBuf, what: String },
    #[error("{second} grades the assignment `{found}`, and {first} grades `{expected}`: merge the results of one assignment at a time")]
    Assignment { first: PathBuf, second: PathBuf, expected: String, found: String },
    #[error("{second} was graded with another version of `{assignment}` than {first} (its checks or its file differ): grade every shard with the same assignment file")]
    Version { first: PathBuf, second: PathBuf, assignment: String },
    #[error("student `{student}` is in both {first} and {second}: each student must be in one results file only (were the same shard's results given twice, or shards of two splits mixed?)")]
    Overlap { student: String, first: PathBuf, second: PathBuf },
    #[error("{second} is shard {found}, and {first} is shard {expected}: merge the shards of one split (the same N)")]
    ShardCount { first: PathBuf, second: PathBuf, expected: Shard, found: Shard },
    #[error(
        "{file} holds the whole class, not a shard: merge either shards of one split or results of distinct classes"
    )]
    Mixed { file: PathBuf },
    #[error("shard {missing} is missing: give the results of every shard from 1/{count} to {count}/{count}")]
    Missing { missing: Shard, count: u32 },
}

/// Joins the results of the shards of one class (or of distinct parts graded apart), in the
/// order of the files given: every file must grade the same assignment, the same version of
/// it, and no student twice; shards must be of one split, each there once.
pub fn merge(files: &[(PathBuf, ClassResults)]) -> Result<ClassResults, MergeError> {
    let Some((first_file, first)) = files.first() else {
        return Err(MergeError::Invalid {
            file: PathBuf::from("(none)"),
            what: "no results file was given".to_owned(),
        });
    };
    let mut merged = ClassResults { shard: None, students: Vec::new(), ..first.clone() };
    // Which file each student came from. One file may hold two entries of one name (a class
    // with both `alice.py` and `alice/`): only two files holding a name are an overlap.
    let mut owner: std::collections::HashMap<String, (usize, &Path)> = std::collections::HashMap::new();
    let mut seen_shards = std::collections::BTreeSet::new();
    for (n, (file, results)) in files.iter().enumerate() {
        if results.assignment != first.assignment {
            return Err(MergeError::Assignment {
                first: first_file.clone(),
                second: file.clone(),
                expected: first.assignment.clone(),
                found: results.assignment.clone(),
            });
        }
        if results.assignment_digest != first.assignment_digest
            || results.checks != first.checks
            || results.max_score != first.max_score
        {
            return Err(MergeError::Version {
                first: first_file.clone(),
                second: file.clone(),
                assignment: first.assignment.clone(),
            });
        }
        match (first.shard, results.shard) {
            (Some(expected), Some(found)) if expected.count != found.count => {
                return Err(MergeError::ShardCount { first: first_file.clone(), second: file.clone(), expected, found })
            }
            (Some(_), None) => return Err(MergeError::Mixed { file: file.clone() }),
            (None, Some(_)) => return Err(MergeError::Mixed { file: first_file.clone() }),
            _ => {}
        }
        if let Some(s) = results.shard {
            seen_shards.insert(s.index);
        }
        for s in &results.students {
            if let Some((m, earlier)) = owner.insert(s.student.clone(), (n, file)) {
                if m != n {
                    return Err(MergeError::Overlap {
                        student: s.student.clone(),
                        first: earlier.to_owned(),
                        second: file.clone(),
                    });
                }
            }
            merged.students.push(s.clone());
        }
    }
    // A shard given twice repeats its students (an overlap, above) unless it is empty; one
    // never given would leave its students out of the gradebook without a word.
    if let Some(count) = first.shard.map(|s| s.count) {
        if let Some(missing) = (1..=count).find(|k| !seen_shards.contains(k)) {
            return Err(MergeError::Missing { missing: Shard { index: missing, count }, count });
        }
    }
    merged.students.sort_by(|a, b| (&a.student, &a.submission).cmp(&(&b.student, &b.submission)));
    Ok(merged)
}

/// A short, stable digest of a file's bytes (64-bit FNV-1a, in hex): the same on every
/// machine and every build, which `std`'s hasher does not promise. It tells versions of an
/// assignment apart; it is no protection against someone forging one.
pub fn digest(bytes: &[u8]) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{h:016x}")
}

/// How many students passed each check, in the assignment's order: (check, passed).
pub fn pass_counts(results: &ClassResults) -> Vec<(String, usize)> {
    results
        .checks
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let passed =
                results.students.iter().filter(|s| s.checks.get(i).is_some_and(|k| k.status == Status::Passed)).count();
            (c.name.clone(), passed)
        })
        .collect()
}

/// One bar of the scores' histogram: the students whose score is in `from..to`; the last bar,
/// `from == to`, holds full marks alone.
#[derive(Debug, Clone, PartialEq)]
pub struct Bin {
    pub from: f64,
    pub to: f64,
    pub count: usize,
}

/// The scores' histogram: bars one point wide up to 20 points, then 20 bars at most, each a
/// whole number of points wide, so that every bar's bounds are scores a teacher reads; and a
/// last bar of full marks alone (blind14: with 11 and 12 in one bar, how many had full marks
/// could not be read off).
pub fn histogram(results: &ClassResults) -> Vec<Bin> {
    let max = results.max_score;
    let width = (max / 20.0).ceil().max(1.0);
    let bars = ((max / width).ceil() as usize).max(1);
    let mut bins: Vec<Bin> = (0..bars)
        .map(|i| Bin { from: i as f64 * width, to: ((i + 1) as f64 * width).min(max.max(width)), count: 0 })
        .chain(std::iter::once(Bin { from: max, to: max, count: 0 }))
        .collect();
    for s in &results.students {
        let i = if s.score >= max { bars } else { ((s.score / width).floor().max(0.0) as usize).min(bars - 1) };
        bins[i].count += 1;
    }
    bins
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_shard_is_k_of_n_in_range() {
        assert_eq!(Shard::parse("2/3"), Ok(Shard { index: 2, count: 3 }));
        assert_eq!(Shard::parse("1000/1000"), Ok(Shard { index: 1000, count: 1000 }));
        for bad in ["0/3", "4/3", "1/0", "1/1001", "99999999999999999999999/3"] {
            assert!(matches!(Shard::parse(bad), Err(ShardError::Range(..))), "{bad}");
        }
        for bad in ["3", "a/b", "-1/3", "1/3/4", "/3", "+1/3"] {
            assert!(matches!(Shard::parse(bad), Err(ShardError::Shape(_))), "{bad}");
        }
    }

    #[test]
    fn shards_deal_the_sorted_class_out_in_turn_and_together_hold_it_once() {
        let class: Vec<(String, u32)> =
            ["eve", "bob", "alice", "dan", "carol"].iter().map(|s| (s.to_string(), 0)).collect();
        let names =
            |k| Shard { index: k, count: 2 }.select(class.clone()).into_iter().map(|(n, _)| n).collect::<Vec<_>>();
        assert_eq!(names(1), ["alice", "carol", "eve"]);
        assert_eq!(names(2), ["bob", "dan"]);
    }

    #[test]
    fn the_histogram_puts_full_marks_in_the_last_bar() {
        let student = |score| StudentResult {
            student: String::new(),
            submission: String::new(),
            score,
            max_score: 11.0,
            ending: crate::judge::grade::GradeEnding::Ran(crate::trace::ProgramEnding::NormalExit),
            seconds: 0.0,
            graded: true,
            checks: Vec::new(),
        };
        let results = ClassResults {
            procscen_results: RESULTS_VERSION,
            assignment: String::new(),
            assignment_digest: String::new(),
            shard: None,
            max_score: 11.0,
            checks: Vec::new(),
            students: vec![student(11.0), student(0.0), student(10.5), student(3.0)],
        };
        let bins = histogram(&results);
        assert_eq!(bins.len(), 12);
        assert_eq!(bins[10], Bin { from: 10.0, to: 11.0, count: 1 });
        assert_eq!(bins[11], Bin { from: 11.0, to: 11.0, count: 1 }, "full marks alone");
        assert_eq!((bins[0].count, bins[3].count), (1, 1));
    }

    fn results(assignment: &str, shard: Option<&str>, students: &[&str]) -> ClassResults {
        ClassResults {
            procscen_results: RESULTS_VERSION,
            assignment: assignment.to_owned(),
            assignment_digest: digest(assignment.as_bytes()),
            shard: shard.map(|s| Shard::parse(s).unwrap()),
            max_score: 2.0,
            checks: vec![CheckColumn { name: "a check".to_owned(), points: 2.0 }],
            students: students
                .iter()
                .map(|name| StudentResult {
                    student: name.to_string(),
                    submission: format!("class/{name}.py"),
                    score: 2.0,
                    max_score: 2.0,
                    ending: crate::judge::grade::GradeEnding::Ran(crate::trace::ProgramEnding::NormalExit),
                    seconds: 0.5,
                    graded: true,
                    checks: vec![CheckResult { score: 2.0, status: Status::Passed }],
                })
                .collect(),
        }
    }

    fn files(parts: Vec<ClassResults>) -> Vec<(PathBuf, ClassResults)> {
        parts.into_iter().enumerate().map(|(i, r)| (PathBuf::from(format!("s{}.json", i + 1)), r)).collect()
    }

    #[test]
    fn merging_joins_every_shard_in_name_order() {
        let merged =
            merge(&files(vec![results("A", Some("2/2"), &["bob"]), results("A", Some("1/2"), &["alice", "carol"])]))
                .unwrap();
        let names: Vec<&str> = merged.students.iter().map(|s| s.student.as_str()).collect();
        assert_eq!(names, ["alice", "bob", "carol"]);
        assert_eq!(merged.shard, None);
    }

    #[test]
    fn one_file_may_hold_two_entries_of_one_name() {
        let merged =
            merge(&files(vec![results("A", Some("1/2"), &["alice", "alice"]), results("A", Some("2/2"), &[])]));
        assert_eq!(merged.map(|m| m.students.len()).ok(), Some(2));
    }

    #[test]
    fn merging_refuses_an_overlap_another_assignment_another_version_and_a_missing_shard() {
        let e = merge(&files(vec![results("A", Some("1/2"), &["bob"]), results("A", Some("2/2"), &["bob"])]));
        assert!(matches!(e, Err(MergeError::Overlap { ref student, .. }) if student == "bob"), "{e:?}");
        let e = merge(&files(vec![results("A", Some("1/2"), &["a"]), results("B", Some("2/2"), &["b"])]));
        assert!(matches!(e, Err(MergeError::Assignment { .. })), "{e:?}");
        let mut changed = results("A", Some("2/2"), &["b"]);
        changed.checks[0].points = 3.0;
        let e = merge(&files(vec![results("A", Some("1/2"), &["a"]), changed]));
        assert!(matches!(e, Err(MergeError::Version { .. })), "{e:?}");
        let e = merge(&files(vec![results("A", Some("1/3"), &["a"]), results("A", Some("3/3"), &["c"])]));
        let message = e.as_ref().map(|_| String::new()).unwrap_or_else(|e| e.to_string());
        assert!(message.starts_with("shard 2/3 is missing"), "{message}");
        let e = merge(&files(vec![results("A", Some("1/2"), &["a"]), results("A", Some("2/3"), &["c"])]));
        assert!(matches!(e, Err(MergeError::ShardCount { .. })), "{e:?}");
        let e = merge(&files(vec![results("A", Some("1/1"), &["a"]), results("A", None, &["c"])]));
        assert!(matches!(e, Err(MergeError::Mixed { .. })), "{e:?}");
    }

    #[test]
    fn a_results_file_out_of_range_is_refused_with_what_is_wrong() {
        let dir = std::env::temp_dir().join(format!("procscen-class-unit-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("r.json");
        let mut r = results("A", None, &["a"]);
        r.students[0].score = 5.0;
        std::fs::write(&file, serde_json::to_string(&r).unwrap()).unwrap();
        let e = ClassResults::read(&file).unwrap_err().to_string();
        assert!(e.contains("student `a` has a score or time"), "{e}");
        std::fs::write(&file, "{\n  \"procscen_results\": 1,\n  \"shard\": \"0/3\"\n}").unwrap();
        let e = ClassResults::read(&file).unwrap_err().to_string();
        // serde_json places an error from a value's conversion at the end of the object.
        assert!(e.contains("r.json:4:1: ") && e.contains("N must be from 1 to 1000"), "{e}");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
