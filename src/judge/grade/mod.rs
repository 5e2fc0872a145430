//! Grading: runs a scenario's `program` on one submission, checks what the observer saw, and
//! scores it.
//!
//! A grade reads the Trace like every other consumer; it adds what a teacher needs around the
//! checks: points, checks skipped because a check they need failed, checks not checked because
//! the kernel's view was missing, how the program ended (`Trace::program_ending`) and what it
//! used, and the learners' mistakes recognized in the run (`mistakes`).

pub mod audit;
pub mod class;

pub mod draft;
pub mod ending;
pub mod lines;
pub mod mistakes;
pub mod python2;

use crate::error::RunError;
use crate::judge::check::{self, Verdict};
use crate::model::scenario::{CheckKind, Counted, EventMatch, Scenario, Selector, Visibility, ANY_PROCESS};
use crate::sources::observer::{self, build::LinePattern, copy, Observation};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

pub use ending::GradeEnding;
pub use mistakes::Mistake;

/// Settings of a grading run that the scenario does not decide.
#[derive(Debug, Clone, Default)]
pub struct GradeOptions {
    /// Replaces the scenario's timeout.
    pub timeout: Option<Duration>,
    /// Observe without ptrace (output only), as on a machine that forbids it.
    pub no_ptrace: bool,
    /// Run without new namespaces, whatever the scenario's `isolate` says.
    pub no_isolate: bool,
    /// Refuse to run a program the kernel will not isolate (`--require-isolation`), rather
    /// than run it unisolated and say so in its report.
    pub require_isolation: bool,
    /// Replace the program's limits.
    pub limits: crate::model::scenario::LimitOverrides,
    /// The procscen binary that traces; found automatically when `None`.
    pub procscen_binary: Option<PathBuf>,
    /// Variables of the grader's environment to pass on to the program, beyond the allow-list
    /// (`ALLOWED_ENV`); `--pass-env NAME`.
    pub pass_env: Vec<String>,
    /// Directories an isolated program must not see beyond the grader's home and working
    /// directory, which it never sees: the scenario's directory, which holds the reference
    /// solutions.
    pub hidden: Vec<PathBuf>,
}

/// The variables of the grader's environment a graded program (and its build) gets: what
/// finding programs and speaking the grader's language need, nothing that could hold a secret
/// (a token, a key, a password). Every `LC_*` is passed too. `HOME` is set to the program's
/// working copy, and `TERM` is not passed (the program writes to pipes, not to a terminal).
pub const ALLOWED_ENV: &[&str] = &[
    "PATH",
    "LANG",
    "LANGUAGE",
    // `python3` may be a pyenv shim, which finds the interpreter by the version these name
    // (the shim sets PYENV_ROOT itself when it is missing, and falls back to the global
    // version file): passing them runs the interpreter the grader's own `python3` runs.
    "PYENV_ROOT",
    "PYENV_VERSION",
];

/// The environment of a graded program whose working copy is `home`, before the assignment's
/// `env:` is added: the allow-list, `LC_*`, the variables named by `pass_env`, `HOME`, and
/// `PYTHONNOUSERSITE`.
pub fn program_env(home: &Path, pass_env: &[String]) -> Vec<(String, String)> {
    let mut env: Vec<(String, String)> = std::env::vars()
        .filter(|(k, _)| ALLOWED_ENV.contains(&k.as_str()) || k.starts_with("LC_") || pass_env.contains(k))
        .filter(|(k, _)| k != "HOME")
        .collect();
    env.push(("HOME".to_owned(), home.to_string_lossy().into_owned()));
    // With `HOME` the working copy, Python's user site is the submission's own `.local`: a
    // `.pth` there runs code in every Python process before the student's file, and a
    // `usercustomize` zipped in it is compiled code the teacher never reads (red team round
    // 23: full marks for `print("hello")`). Python 2 reads the variable too.
    env.retain(|(k, _)| k != "PYTHONNOUSERSITE");
    env.push(("PYTHONNOUSERSITE".to_owned(), "1".to_owned()));
    if !env.iter().any(|(k, _)| k == "PYENV_VERSION") {
        if let Some(version) = graders_pyenv_version() {
            env.push(("PYENV_VERSION".to_owned(), version.to_owned()));
        }
    }
    env
}

/// The Python version pyenv chooses for the grader when `PYENV_VERSION` is not set, found as
/// pyenv finds it: a `.python-version` in the grader's directory or one above it, else the
/// global `$PYENV_ROOT/version`, else `system`; `None` where there is no pyenv. Given to the
/// program as `PYENV_VERSION`: a pyenv shim run in the working copy otherwise read the
/// submission's own `.python-version`, and a student chose the interpreter the grade ran
/// (red team round 9).
fn graders_pyenv_version() -> Option<&'static str> {
    static FOUND: std::sync::OnceLock<Option<String>> = std::sync::OnceLock::new();
    FOUND
        .get_or_init(|| {
            let root = python2::pyenv_root().filter(|r| r.join("versions").is_dir())?;
            // The versions a version file names: words, one or more per line, `#` comments left out.
            let read = |file: &Path| {
                let text = std::fs::read_to_string(file).ok()?;
                let words: Vec<&str> = text
                    .lines()
                    .filter(|l| !l.trim_start().starts_with('#'))
                    .flat_map(str::split_whitespace)
                    .filter(|w| !w.contains('/') && *w != "." && *w != "..")
                    .collect();
                (!words.is_empty()).then(|| words.join(":"))
            };
            let cwd = std::env::current_dir().ok();
            let local = cwd.iter().flat_map(|d| d.ancestors()).find_map(|d| read(&d.join(".python-version")));
            Some(local.or_else(|| read(&root.join("version"))).unwrap_or_else(|| "system".to_owned()))
        })
        .as_deref()
}

/// The grade of one submission.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Grade {
    pub scenario: String,
    pub submission: PathBuf,
    pub score: f64,
    pub max_score: f64,
    pub checks: Vec<GradedCheck>,
    /// The compiler's messages, when the build failed (the score is then zero).
    pub compile_error: Option<String>,
    /// What the observer saw; `None` when the program was never run.
    pub observation: Option<Observation>,
    /// "normal exit", "runtime error (exit 1)", "timed out after 10000 ms", "compile error"...
    pub ending: GradeEnding,
    pub mistakes: Vec<Mistake>,
    /// What the copy of the submission left out (FIFOs, sockets, devices), each named:
    /// "`pipe`: a FIFO".
    pub skipped: Vec<String>,
}

/// One check's part of a grade.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct GradedCheck {
    pub name: String,
    /// What it is worth.
    pub points: f64,
    /// What it earned: `points` when it passed, else 0.
    pub score: f64,
    pub status: Status,
    /// Why it failed, was skipped or not checked; what it established when it passed.
    pub message: String,
    pub visibility: Visibility,
    pub hidden_until: Option<String>,
    /// The events a failed check is about, for the HTML report (not in the JSON formats).
    #[serde(skip)]
    pub events: Vec<crate::trace::EventId>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Passed,
    Failed,
    /// A check it needs did not pass.
    Skipped,
    /// It needs the kernel's view of the run, which was not available.
    NotChecked,
}

impl Grade {
    /// True when every check passed.
    pub fn full_marks(&self) -> bool {
        self.checks.iter().all(|c| c.status == Status::Passed)
    }
}

/// Builds (if the scenario says how) and runs `submission`, and grades it. Fails only when
/// procscen itself cannot work (no tracer binary); whatever the submission does is a grade.
pub fn grade(scenario: &Scenario, submission: &Path, options: &GradeOptions) -> Result<Grade, RunError> {
    let program = scenario
        .program
        .as_ref()
        .ok_or_else(|| RunError::Program(format!("`{}` has no `program` to grade", scenario.name)))?;
    crate::model::scenario::bounds::check_overrides(&options.limits).map_err(RunError::InvalidOption)?;
    // From here on, whatever goes wrong is this submission's verdict, never the batch's.
    let not_run = |ending: GradeEnding, why: String| Ok(not_graded(scenario, submission, ending, why));
    if !submission.exists() {
        return not_run(GradeEnding::NotFound, format!("the submission {} does not exist", submission.display()));
    }
    let workdir = match WorkDir::new() {
        Ok(w) => w,
        Err(e) => return not_run(GradeEnding::InternalError, e.to_string()),
    };
    // The program works on a copy of the submission, in a directory of its own: whatever it
    // writes or deletes, the submission stays as it was handed in, and nothing of another
    // submission is in reach.
    let (copy, skipped) = match program_file(&workdir, submission, program) {
        Ok(c) => c,
        Err((ending, why)) => return not_run(ending, why),
    };
    let skipped: Vec<String> = skipped.iter().map(|(path, what)| format!("`{}`: {what}", path.display())).collect();
    let out = workdir.path.join("program");
    let (copy_text, out_text) = (copy.to_string_lossy(), out.to_string_lossy());
    let fill = |words: &[String]| -> Vec<String> {
        words.iter().map(|w| placeholders(w, &[("{submission}", &copy_text), ("{out}", &out_text)])).collect()
    };
    let timeout = options.timeout.unwrap_or(scenario.timeout);
    let mut program = program.clone();
    options.limits.apply(&mut program.max_processes, &mut program.max_memory_mib, &mut program.max_cpu_seconds);
    let program = &program;
    let mut request = build_request(program, &workdir, options, program_limits(program, timeout));
    let empty = |ending: GradeEnding, compile_error: Option<String>, message: &str| Grade {
        scenario: scenario.name.clone(),
        submission: submission.to_owned(),
        score: 0.0,
        max_score: max_score(scenario),
        checks: not_checked(scenario, message),
        compile_error,
        observation: None,
        ending,
        mistakes: Vec::new(),
        skipped: skipped.clone(),
    };
    if let Some(build) = &program.build {
        request.argv = fill(build);
        match run_build(&request, options.procscen_binary.as_deref(), &out) {
            Ok(()) => {}
            Err(BuildFailed::Grader(e)) => return not_run(GradeEnding::InternalError, format!("building: {e}")),
            Err(BuildFailed::NoCompiler(e)) => {
                return not_run(GradeEnding::InternalError, BuildFailed::no_compiler(&e))
            }
            Err(BuildFailed::Compile(messages)) => {
                let messages = named_as_handed_in(messages, &copy);
                return Ok(empty(
                    GradeEnding::CompileError,
                    Some(messages),
                    "not checked: the submission did not compile",
                ));
            }
        }
    }
    request.argv = fill(&program.run);
    request.stdin = program.stdin.as_ref().map(|s| s.clone().into_bytes());
    request.trace = !options.no_ptrace;
    // The program writes only its working copy, which it gets on a tmpfs of `max_tmp_mib`
    // (like its /tmp): what it writes there is capped and memory, not the machine's disk. The
    // rest of the run's directory (the program its build made) it only reads.
    request.writable = Vec::new();
    request.scratch = vec![workdir.work()];
    let response = match observer::observe(&request, options.procscen_binary.as_deref()) {
        Ok(r) => r,
        // The tracer did not keep the wall limit (the program stopped it): procscen killed it
        // and the program's tree, and the program timed out.
        Err(e @ RunError::Unresponsive { .. }) => {
            let after_ms = timeout.as_millis() as u64;
            return not_run(GradeEnding::Ran(crate::trace::ProgramEnding::TimedOut { after_ms }), e.to_string());
        }
        Err(e) => return not_run(GradeEnding::InternalError, e.to_string()),
    };
    // The machine would not isolate the program, which must not run without: no grade, the
    // same for every submission (exit status 1, the record says why).
    if let (Some(e), true) = (&response.start_error, response.not_isolable) {
        return not_run(GradeEnding::InternalError, e.clone());
    }
    if let Some(e) = &response.start_error {
        return Ok(empty(GradeEnding::CouldNotStart, Some(e.clone()), "not checked: the program could not be started"));
    }
    let patterns = line_patterns(scenario, program.strict_lines);
    let first = observer::build::observation(&scenario.name, &response, &patterns);
    let exe = options.procscen_binary.as_deref();
    let (observation, noted) = match python2::rerun(program, &first, &request, exe, (&scenario.name, &patterns)) {
        Some((Some(second), note)) => (second, Some(note)),
        Some((None, note)) => (first, Some(note)),
        None => (first, None),
    };
    let mut checks = evaluate(scenario, &observation);
    let mistakes = recognized(noted, &observation);
    let score = checks.iter().map(|c| c.score).sum();
    for c in &mut checks {
        c.message = clip_lines(&observation.trace.normalize_pids_in_message(&c.message), LINE_CHARS, usize::MAX);
    }
    Ok(Grade {
        scenario: scenario.name.clone(),
        submission: submission.to_owned(),
        score,
        max_score: max_score(scenario),
        checks,
        compile_error: None,
        ending: GradeEnding::Ran(observation.trace.program_ending()),
        observation: Some(observation),
        mistakes,
        skipped,
    })
}

/// `word` with each of `values`' placeholders replaced by its value, in one pass from left to
/// right: a value is never read again for a placeholder, so a submission named `{out}.c` is
/// that file, not the program's path with `.c` behind it (red team round 23).
fn placeholders(word: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(word.len());
    let mut rest = word;
    while !rest.is_empty() {
        match values.iter().find(|(name, _)| rest.starts_with(name)) {
            Some((name, value)) => {
                out.push_str(value);
                rest = &rest[name.len()..];
            }
            None => {
                let c = rest.chars().next().expect("not empty");
                out.push(c);
                rest = &rest[c.len_utf8()..];
            }
        }
    }
    out
}

/// The mistakes recognized in the run, after the one the Python 2 rerun `noted`, each line of
/// what happened clipped (it may quote a line of the program's).
fn recognized(noted: Option<Mistake>, observation: &Observation) -> Vec<Mistake> {
    noted
        .into_iter()
        .chain(mistakes::detect(observation))
        .map(|m| Mistake { what: clip_lines(&m.what, LINE_CHARS, usize::MAX), ..m })
        .collect()
}

/// What the copy of a submission left out, by its path in the submission.
type LeftOut = Vec<(PathBuf, copy::Skipped)>;

/// The submission copied into `workdir`, and what `{submission}` names there (`entry_file`),
/// with what the copy left out; or why it cannot be run.
fn program_file(
    workdir: &WorkDir,
    submission: &Path,
    program: &crate::model::scenario::Program,
) -> Result<(PathBuf, LeftOut), (GradeEnding, String)> {
    let (copy, skipped) = workdir.copy_of(submission).map_err(|e| (copy_failure(&e), e.to_string()))?;
    let copy = if copy.is_dir() { entry_file(&copy, program) } else { copy };
    match zip_in_python_source(&copy, program) {
        Some(why) => Err((GradeEnding::NotSource, why)),
        None => Ok((copy, skipped)),
    }
}

/// What `{submission}` names for a submission that is a directory: the one program file in it
/// when the command runs a file, or else the directory.
///
/// A class downloaded from a course site is a folder per student, each holding the student's
/// `process.py`; `python3 DIR` runs only a `__main__.py`, and every such student got 0 for
/// "can't find '__main__' module". As the Gradescope export picks the one uploaded file, the
/// file chosen here is the only one at the directory's top level with the reference
/// solution's extension, or else the one named like the reference or `main.EXT`. A command
/// that names a path inside the submission (`{submission}/main.py`), a directory with a
/// `__main__.EXT`, or one where no single file stands out keeps the directory.
fn entry_file(dir: &Path, program: &crate::model::scenario::Program) -> PathBuf {
    let inside = program.run.iter().chain(program.build.iter().flatten()).any(|w| w.contains("{submission}/"));
    let Some(reference) = program.reference.as_deref() else { return dir.to_owned() };
    let Some(ext) = reference.extension() else { return dir.to_owned() };
    let main = |stem: &str| dir.join(format!("{stem}.{}", ext.to_string_lossy()));
    if inside || main("__main__").exists() {
        return dir.to_owned();
    }
    let Ok(entries) = std::fs::read_dir(dir) else { return dir.to_owned() };
    let files: Vec<PathBuf> = entries
        .flatten()
        .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
        .map(|e| e.path())
        .filter(|p| p.extension() == Some(ext) && !p.file_name().is_some_and(|n| n.to_string_lossy().starts_with('.')))
        .collect();
    if let [only] = files.as_slice() {
        return utf8_named(only);
    }
    let named = |want: &Path| files.iter().find(|f| f.as_path() == want).cloned();
    reference
        .file_name()
        .and_then(|n| named(&dir.join(n)))
        .or_else(|| named(&main("main")))
        .unwrap_or_else(|| dir.to_owned())
}

/// `file`, in the working copy, renamed when its name is not UTF-8: a command is text, and a
/// name from a Windows zip (`pr\xe1ctica.py`, Latin-1) put into it lossily named no file, so a
/// right program got 0 (red team round 23). The new name has `_` for each byte that was not
/// UTF-8, and a number behind it should that name be taken.
fn utf8_named(file: &Path) -> PathBuf {
    let Some(name) = file.file_name() else { return file.to_owned() };
    if name.to_str().is_some() {
        return file.to_owned();
    }
    let readable = name.to_string_lossy().replace('\u{fffd}', "_");
    let (stem, ext) = match readable.rsplit_once('.') {
        Some((stem, ext)) if !stem.is_empty() => (stem.to_owned(), format!(".{ext}")),
        _ => (readable.clone(), String::new()),
    };
    let free = (0..100)
        .map(|n| file.with_file_name(if n == 0 { readable.clone() } else { format!("{stem}-{n}{ext}") }))
        .find(|candidate| !candidate.exists());
    match free.map(|to| std::fs::rename(file, &to).map(|()| to)) {
        Some(Ok(to)) => to,
        _ => file.to_owned(),
    }
}

/// Why the file `python` is given is not a Python source: it is bytecode (`is_bytecode`), or
/// it ends in a zip archive. Python runs
/// a file that holds a zip's directory as that archive (its `__main__.py`), whatever its name
/// and its first lines, which the teacher reads (red team round 22: a `.py` showing "I could
/// not get this to work" over a zip of a solution, 11/11). Checked for a program run by
/// `python...` or whose reference is a `.py`.
fn zip_in_python_source(file: &Path, program: &crate::model::scenario::Program) -> Option<String> {
    let python = program.run.first().is_some_and(|w| w.starts_with("python"))
        || program.reference.as_deref().and_then(Path::extension).is_some_and(|e| e == "py");
    if !python || !file.is_file() {
        return None;
    }
    // The end of central directory record's signature: zipimport looks for it near the end.
    const END_OF_ZIP: &[u8] = b"PK\x05\x06";
    let bytes = std::fs::read(file).ok()?;
    let name = file.file_name().map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    if is_bytecode(&bytes) {
        return Some(format!(
            "{name} is compiled Python (bytecode), which Python would run in place of the source: hand in the \
             program's source as text"
        ));
    }
    bytes.windows(END_OF_ZIP.len()).any(|w| w == END_OF_ZIP).then(|| {
        format!("{name} holds a zip archive, which Python would run in place of the source: hand in the program's source as text")
    })
}

/// Whether `bytes` begin as a compiled module does: CPython runs a file named on its command
/// line as bytecode when its first two bytes are its magic number, whatever its name
/// (`maybe_pyc_file`), and ignores what follows the code, such as an honest-looking source
/// (red team round 28: 11/11). The magic numbers of Python 2 (50000 to 62999) and 3 (3000 to
/// 3999), each followed by `\r\n`; a text's first two characters never make one (printable
/// bytes give 8,224 to 32,382).
fn is_bytecode(bytes: &[u8]) -> bool {
    match bytes {
        [a, b, b'\r', b'\n', ..] => matches!(u16::from_le_bytes([*a, *b]), 3000..=3999 | 50000..=62999),
        _ => false,
    }
}

/// How grading ends when the submission could not be copied.
fn copy_failure(e: &copy::CopyError) -> GradeEnding {
    match e {
        copy::CopyError::TooLarge { .. }
        | copy::CopyError::TooMany { .. }
        | copy::CopyError::TooDeep { .. }
        | copy::CopyError::TooLong { .. } => GradeEnding::SubmissionTooLarge,
        copy::CopyError::NotAFile { .. } | copy::CopyError::Link { .. } => GradeEnding::NotASubmission,
        copy::CopyError::HidingEncoding { .. } => GradeEnding::NotSource,
        _ => GradeEnding::InternalError,
    }
}

/// The limits a graded program runs under: its scenario's, with the overrides applied.
fn program_limits(program: &crate::model::scenario::Program, timeout: Duration) -> observer::Limits {
    let limits = observer::Limits {
        timeout,
        max_processes: program.max_processes,
        max_output: program.max_output,
        max_memory: crate::model::scenario::bounds::mib_to_bytes(program.max_memory_mib),
        max_cpu_seconds: program.max_cpu_seconds,
        ..observer::Limits::default()
    };
    // `max_memory_mib` caps each process's address space and, where a memory cgroup can be
    // made, the memory of all the program's processes together.
    let limits = observer::Limits { max_run_memory: limits.max_memory, ..limits };
    // Threads count as tasks: a program may have a few per process (Python's multiprocessing
    // runs helper threads), not thousands.
    observer::Limits {
        max_tasks: program
            .max_tasks
            .unwrap_or_else(|| limits.max_processes.saturating_mul(4).max(observer::Limits::default().max_tasks)),
        max_file_size: crate::model::scenario::bounds::mib_to_bytes(program.max_file_mib),
        max_open_files: program.max_open_files,
        max_tmp: crate::model::scenario::bounds::mib_to_bytes(program.max_tmp_mib),
        max_recorded: crate::model::scenario::bounds::mib_to_bytes(program.max_recorded_mib),
        ..limits
    }
}

/// The request that runs the build (its `argv` still empty): the program's environment,
/// directory, limits and sandbox. The program's run changes what differs from the build's.
fn build_request(
    program: &crate::model::scenario::Program,
    workdir: &WorkDir,
    options: &GradeOptions,
    limits: observer::Limits,
) -> observer::Request {
    let mut env = program_env(&workdir.work(), &options.pass_env);
    for (k, v) in &program.env {
        env.retain(|(key, _)| key != k);
        env.push((k.clone(), v.clone()));
    }
    let cwd = program.cwd.clone().unwrap_or_else(|| workdir.work());
    observer::Request {
        argv: Vec::new(),
        cwd,
        env,
        stdin: None,
        limits,
        trace: false,
        // The build compiles the student's code: `#include "/etc/shadow"`, `.incbin` of the
        // reference solution, or a compiler error that quotes a hidden file would each read
        // what the compiler can. So it runs in the same sandbox as the program, seeing exactly
        // what the program would (without ptrace: the compiler is not under test).
        isolate: program.isolate && !options.no_isolate,
        // The build writes the program next to the working copy, in the run's own directory.
        writable: vec![workdir.path.clone()],
        scratch: Vec::new(),
        hidden: hidden_from_program(&options.hidden),
        cgroup: None,
        pids_cgroup: None,
        require_isolation: options.require_isolation,
    }
}

/// Why a build gave no program to run.
enum BuildFailed {
    /// The grader could not run it: the batch's fault, not the submission's.
    Grader(RunError),
    /// It ran and failed: the compiler's messages (stderr, stdout).
    Compile(String),
    /// The build command could not be started (no `cc` on `PATH`): the machine's fault, the
    /// same for every submission of the class, not a compile error of this one's.
    NoCompiler(String),
}

impl BuildFailed {
    /// What a build command the machine lacks means: `why` it did not start, and what to do.
    fn no_compiler(why: &str) -> String {
        format!("the build could not start: {why}; install the compiler, or put it on PATH")
    }
}

/// Runs the build `request`, which must make the program `out`.
fn run_build(request: &observer::Request, exe: Option<&Path>, out: &Path) -> Result<(), BuildFailed> {
    let built = observer::observe(request, exe).map_err(BuildFailed::Grader)?;
    // The build ran without ptrace (the compiler is not under test); it succeeded when it
    // finished by itself, exited 0, and made the program.
    let built_ok = matches!(built.outcome, Some(crate::trace::Outcome::Finished))
        && built.root_ending() == Some(&crate::trace::Ending::Exited(0))
        && out.is_file();
    if let Some(e) = &built.start_error {
        return Err(BuildFailed::NoCompiler(e.clone()));
    }
    if !built_ok {
        let mut messages = String::from_utf8_lossy(&built.stderr).into_owned();
        messages.push_str(&String::from_utf8_lossy(&built.stdout));
        return Err(BuildFailed::Compile(clip_lines(&messages, LINE_CHARS, COMPILE_LINES)));
    }
    Ok(())
}

/// The most characters of one line a grade quotes (in a check's message, the compiler's
/// messages, a report's output): a program's line of a million characters, quoted whole, made
/// one check's message a megabyte and a class's Gradescope results eleven (red22 L3).
pub const LINE_CHARS: usize = 1000;

/// The most lines of a failed build's messages a grade keeps: the first errors are the ones
/// to fix, and a file that includes itself or a generated mistake repeats thousands.
const COMPILE_LINES: usize = 200;

/// `line` with at most `most` characters, the rest counted: `abc… (1234 more characters)`.
pub fn clip(line: &str, most: usize) -> std::borrow::Cow<'_, str> {
    match line.char_indices().nth(most) {
        None => std::borrow::Cow::Borrowed(line),
        Some((at, _)) => {
            std::borrow::Cow::Owned(format!("{}… ({} more characters)", &line[..at], line[at..].chars().count()))
        }
    }
}

/// `text`'s first `most_lines` lines, each `clip`ped to `most_chars`, the lines left out counted.
pub fn clip_lines(text: &str, most_chars: usize, most_lines: usize) -> String {
    let mut out: Vec<std::borrow::Cow<'_, str>> =
        text.split('\n').take(most_lines).map(|l| clip(l, most_chars)).collect();
    let left = text.split('\n').count().saturating_sub(most_lines);
    if left > 0 {
        out.push(format!("({left} more lines)").into());
    }
    out.join("\n")
}

/// A build's `messages` with the working copy's directory taken out of the paths: the
/// compiler names the copy (`/tmp/procscen-grade-.../work/a.c:2:24`), a place the student
/// never saw; the messages name the file as handed in (`a.c:2:24`).
fn named_as_handed_in(messages: String, copy: &Path) -> String {
    match copy.parent() {
        Some(dir) => messages.replace(&format!("{}/", dir.display()), ""),
        None => messages,
    }
}

/// The grade of a submission that was never run: every check not checked, the score zero,
/// `ending` (`GradeEnding::NotFound`, `GradeEnding::InternalError`) and why. A batch gives one
/// to each submission it could not grade, and goes on with the others.
pub fn not_graded(scenario: &Scenario, submission: &Path, ending: GradeEnding, why: String) -> Grade {
    let message = format!("not checked: {ending}: {why}");
    Grade {
        scenario: scenario.name.clone(),
        submission: submission.to_owned(),
        score: 0.0,
        max_score: max_score(scenario),
        checks: not_checked(scenario, &message),
        compile_error: Some(why),
        observation: None,
        ending,
        mistakes: Vec::new(),
        skipped: Vec::new(),
    }
}

/// Every check of the scenario, the format check included, not checked for `message`.
fn not_checked(scenario: &Scenario, message: &str) -> Vec<GradedCheck> {
    scenario
        .checks
        .iter()
        .map(|c| graded(c, Status::NotChecked, message.to_owned()))
        .chain(lines::format_points(scenario).map(|points| GradedCheck {
            name: lines::FORMAT_CHECK.to_owned(),
            points,
            score: 0.0,
            status: Status::NotChecked,
            message: message.to_owned(),
            visibility: Visibility::Visible,
            hidden_until: None,
            events: Vec::new(),
        }))
        .collect()
}

impl Grade {
    /// True when the submission was graded: it was found and the grader did its work (what
    /// the program did, however bad, is a grade).
    pub fn graded(&self) -> bool {
        !matches!(self.ending, GradeEnding::NotFound | GradeEnding::InternalError)
    }
}

/// Every check of the scenario on the observation: passed, failed, skipped because a check it
/// needs did not pass, or not checked because it needs the kernel's view and there was none.
pub fn evaluate(scenario: &Scenario, observation: &Observation) -> Vec<GradedCheck> {
    let untraced = observation.untraced.is_some();
    let mut judged = scenario.clone();
    if untraced {
        for c in &mut judged.checks {
            if let Some(kind) = output_only(&c.kind) {
                c.kind = kind;
            }
        }
    }
    // The first verdict is the implicit "the run finished by itself"; a grade shows how the
    // program ended on its own line instead.
    let verdicts: Vec<Verdict> = check::check(&judged, &observation.trace).into_iter().skip(1).collect();
    let mut out: Vec<GradedCheck> = Vec::with_capacity(verdicts.len());
    for (c, v) in scenario.checks.iter().zip(verdicts) {
        let unmet: Vec<&str> =
            c.needs.iter().filter(|&&n| out[n].status != Status::Passed).map(|&n| out[n].name.as_str()).collect();
        // The checks it needs that were not checked, named alone and counted: "it needs `a`,
        // `b`, which was not checked" also named checks that had failed, in the singular
        // (blind15).
        let unchecked: Vec<&str> =
            c.needs.iter().filter(|&&n| out[n].status == Status::NotChecked).map(|&n| out[n].name.as_str()).collect();
        let graded_check = if !unchecked.is_empty() {
            let were = if unchecked.len() > 1 { "were" } else { "was" };
            let wanted = unchecked.join("`, `");
            graded(c, Status::NotChecked, format!("not checked: it needs `{wanted}`, which {were} not checked"))
        } else if !unmet.is_empty() {
            graded(c, Status::Skipped, format!("skipped: it needs `{}`, which did not pass", unmet.join("`, `")))
        } else if untraced && output_only(&c.kind).is_none() {
            let why = observation.untraced.as_deref().unwrap_or_default();
            graded(c, Status::NotChecked, format!("not checked: it needs the kernel's view of the processes ({why})"))
        } else if v.passed && v.vacuous {
            // True of a run where its subject never happened, which earns nothing.
            graded(c, Status::Failed, format!("not earned: {}", v.message))
        } else if v.passed && c.kind == CheckKind::AllLinesMatch && !untraced {
            match incomplete(observation) {
                Some(why) => graded(c, Status::Failed, format!("not earned: {why}")),
                None => graded(c, Status::Passed, v.message),
            }
        } else if v.passed {
            graded(c, Status::Passed, v.message)
        } else {
            let mut message = v.message;
            for hint in lines::hints(scenario, observation, &c.kind) {
                message.push_str(&format!("\n{hint}"));
            }
            GradedCheck { events: v.events, ..graded(c, Status::Failed, message) }
        };
        out.push(graded_check);
    }
    if let Some(points) = lines::format_points(scenario) {
        let mut format = lines::format_check(scenario, observation, points);
        // The format check says the program prints the assignment's lines, which a run cut
        // short by the grader (or ended by an exception) has not shown: a program that prints
        // the right lines and then sleeps, floods or allocates past a limit earns every other
        // check, but not this one. Without ptrace there is no ending to judge by.
        if format.status == Status::Passed && !untraced {
            if let Some(why) = not_to_its_end(observation) {
                format =
                    GradedCheck { score: 0.0, status: Status::Failed, message: format!("not earned: {why}"), ..format };
            }
        }
        out.push(format);
    }
    out
}

/// The scenario's lines as the observer matches them, each knowing whether the assignment
/// counts at most one process of its role (`count: {processes: reader}, exactly: 1`), which
/// no silent further child then takes by its place.
fn line_patterns(scenario: &Scenario, strict: bool) -> Vec<LinePattern> {
    let single: Vec<&str> = scenario
        .checks
        .iter()
        .filter_map(|c| match &c.kind {
            CheckKind::Count { what: Counted::Processes(r) | Counted::Alive(r), bounds }
                if bounds.at_most == Some(1) =>
            {
                Some(r.as_str())
            }
            _ => None,
        })
        .collect();
    scenario
        .lines
        .iter()
        .map(|l| {
            let one = l.role.as_deref().is_some_and(|r| single.contains(&r));
            LinePattern::new(l, strict).single_role(one)
        })
        .collect()
}

/// Why the run does not show the program running to its end: the grader stopped it (the wall
/// limit, the output, memory, processes or tasks limit) before its first process ended, or its
/// first process did not exit 0 (an exception, a signal); `None` when it did. A first process
/// that exited 0 by itself ran to its end even if the grader then stopped processes it left
/// running at the time limit (a daemon that sleeps on): that is what the program's own user
/// sees, a command that returned at once (blind9 F3). It must have ended before the grader
/// stopped the run: a main that ignores SIGTERM and returns from its wait once the grader's
/// signal ended its looping child did not end by itself.
fn not_to_its_end(o: &Observation) -> Option<String> {
    let main = o.trace.processes.first();
    let main_exited_0 = main.map(|p| &p.ending) == Some(&crate::trace::Ending::Exited(0));
    let ran_to_its_end = main_exited_0
        && match &o.trace.outcome {
            crate::trace::Outcome::Finished => true,
            crate::trace::Outcome::TimedOut { .. } => !main.is_some_and(|m| o.trace.was_alive(m.pid)),
            _ => false,
        };
    if ran_to_its_end {
        return None;
    }
    let mut ending = o.trace.program_ending().to_string();
    let finished = matches!(o.trace.outcome, crate::trace::Outcome::Finished);
    // A first process that returned a status of its own ran to its end, but not successfully.
    if let (true, Some(crate::trace::Ending::Exited(code)), None) =
        (finished, o.trace.processes.first().map(|p| &p.ending), lines::exception(o, 0))
    {
        return Some(format!("the program ended with exit status {code}, not 0"));
    }
    // An exception names itself (`MemoryError` past the memory limit), from main's stderr.
    if finished {
        if let Some(why) = lines::crash(o, 0) {
            ending.push_str(&format!(": {} {why}", o.trace.processes[0].role));
        }
    }
    Some(format!("the program did not run to its end ({ending})"))
}

/// Why a run does not show that the program prints only the assignment's lines: it did not
/// run to its end, or one of its processes wrote to stderr (a traceback is output too).
fn incomplete(o: &Observation) -> Option<String> {
    if let Some(why) = not_to_its_end(o) {
        return Some(why);
    }
    // A warning Python itself writes (`x.py:12: DeprecationWarning: ...`, then the source line,
    // indented) is the interpreter's remark on the code, not output the program chose: the same
    // program writes one under Python 3.12 (`datetime.utcnow()` deprecated, a fork in a
    // process with threads) and none under 3.11, and a grade must not depend on the machine.
    let mut warned: std::collections::HashSet<usize> = std::collections::HashSet::new();
    let stderr = o.output.iter().find(|l| {
        if l.stream != observer::Stream::Stderr || o.trace.processes[l.process].origin == crate::trace::Origin::Helper {
            return false;
        }
        let source_line = warned.remove(&l.process) && l.text.starts_with("  ");
        if PYTHON_WARNING.is_match(&l.text) {
            warned.insert(l.process);
        }
        !source_line && !warned.contains(&l.process)
    })?;
    Some(format!("{} also wrote to stderr: `{}`", o.trace.processes[stderr.process].role, stderr.text))
}

/// The first line of a warning Python writes to stderr: `file:line: SomeWarning: message`.
static PYTHON_WARNING: std::sync::LazyLock<regex::Regex> =
    std::sync::LazyLock::new(|| regex::Regex::new(r"^\S.*:\d+: [A-Z]\w*Warning: ").expect("a valid pattern"));

fn graded(c: &crate::model::scenario::Check, status: Status, message: String) -> GradedCheck {
    let points = points(c);
    // The teacher's hint follows the reason, on a line of its own, wherever the message goes.
    let message = match (&c.hint, status) {
        (Some(hint), Status::Failed) => format!("{message}\nhint: {hint}"),
        _ => message,
    };
    GradedCheck {
        name: c.name.clone(),
        points,
        score: if status == Status::Passed { points } else { 0.0 },
        status,
        message,
        visibility: c.visibility,
        hidden_until: c.hidden_until.clone(),
        events: Vec::new(),
    }
}

/// What a check is worth: its `points`, 1 when it gives none.
fn points(c: &crate::model::scenario::Check) -> f64 {
    c.points.unwrap_or(1.0)
}

fn max_score(scenario: &Scenario) -> f64 {
    scenario.checks.iter().map(points).sum::<f64>() + lines::format_points(scenario).unwrap_or(0.0)
}

/// The check as it can be judged from the output alone (every line then counts as printed by
/// any process), or `None` when it needs to know which process did what.
fn output_only(kind: &CheckKind) -> Option<CheckKind> {
    let any = |s: &Selector| Selector { process: ANY_PROCESS.to_owned(), matching: s.matching.clone() };
    let labelled =
        |s: &Selector| matches!(s.matching, EventMatch::Label(_) | EventMatch::Text(_) | EventMatch::Line(_));
    match kind {
        CheckKind::Value { var, at, equals } if labelled(at) => {
            Some(CheckKind::Value { var: var.clone(), at: any(at), equals: equals.clone() })
        }
        CheckKind::Computed { var, at, expr } if labelled(at) => {
            Some(CheckKind::Computed { var: var.clone(), at: any(at), expr: expr.clone() })
        }
        CheckKind::SameValue { var, a, b } => Some(CheckKind::SameValue { var: var.clone(), a: any(a), b: any(b) }),
        CheckKind::Count { what: Counted::Events(s), bounds } => {
            Some(CheckKind::Count { what: Counted::Events(any(s)), bounds: *bounds })
        }
        CheckKind::Count { what: Counted::Distinct { events, var, repeated }, bounds } => Some(CheckKind::Count {
            what: Counted::Distinct { events: any(events), var: var.clone(), repeated: *repeated },
            bounds: *bounds,
        }),
        CheckKind::AllLinesMatch => Some(CheckKind::AllLinesMatch),
        _ => None,
    }
}

/// The directories an isolated program must not see: the grader's home and working directory
/// (the project, on a teacher's machine or in CI), and `more` (the scenario's directory). The
/// program's root is an allow-list (`observer::isolate`) on which none of them is mounted.
fn hidden_from_program(more: &[PathBuf]) -> Vec<PathBuf> {
    let mut hidden: Vec<PathBuf> = std::env::var_os("HOME").map(PathBuf::from).into_iter().collect();
    hidden.extend(std::env::current_dir().ok());
    hidden.extend(more.iter().cloned());
    hidden
}

/// A fresh directory for one graded run, removed when dropped.
struct WorkDir {
    path: PathBuf,
}

impl WorkDir {
    /// Made new, never reused (`copy::private_temp_dir`): `procscen-grade-PID-N-RANDOM`.
    fn new() -> Result<WorkDir, RunError> {
        static NEXT: AtomicU64 = AtomicU64::new(0);
        let n = NEXT.fetch_add(1, Ordering::Relaxed);
        if n == 0 {
            // Once per grader: what a grader killed before it could clean up left behind.
            copy::remove_abandoned("procscen-grade");
        }
        let prefix = format!("procscen-grade-{}-{n}", std::process::id());
        copy::private_temp_dir(&prefix).map(|path| WorkDir { path }).map_err(|e| {
            RunError::Program(format!("cannot make a directory {prefix}-* in the temporary directory: {e}"))
        })
    }

    /// The program's working directory, inside the work directory, which also holds what a
    /// build makes.
    fn work(&self) -> PathBuf {
        self.path.join("work")
    }

    /// Copies `submission` (a file, or a directory and what it holds: see `copy`) into the
    /// working directory, and returns the copy's path (the file's copy, or the working
    /// directory itself for a directory) and what the copy left out.
    fn copy_of(&self, submission: &Path) -> Result<(PathBuf, LeftOut), copy::CopyError> {
        let work = self.work();
        let io = |source| copy::CopyError::Io { path: work.clone(), source };
        std::fs::create_dir_all(&work).map_err(io)?;
        // A submission that is a link is refused, not followed: `git clone` of a student's
        // repository, `unzip` and `tar x` make links the student wrote, and the grader (root,
        // outside the sandbox) would copy whatever one names: the reference solution, another
        // student's work, a file only root reads. Links inside a directory are copied as links
        // (`copy_tree`), which name nothing the sandbox shows.
        let cannot = |source| copy::CopyError::Io { path: submission.to_owned(), source };
        if std::fs::symlink_metadata(submission).map_err(cannot)?.file_type().is_symlink() {
            let target = std::fs::read_link(submission).map_err(cannot)?;
            return Err(copy::CopyError::Link { path: submission.to_owned(), target });
        }
        let real = std::fs::canonicalize(submission).map_err(cannot)?;
        let meta = std::fs::metadata(&real).map_err(cannot)?;
        if meta.is_dir() {
            let copied = copy::copy_submission_tree(&real, &work, copy::SUBMISSION_CAP)?;
            // Named inside the submission, as the student knows them.
            let skipped = copied
                .skipped
                .into_iter()
                .map(|(path, what)| (path.strip_prefix(&real).map(Path::to_path_buf).unwrap_or(path), what))
                .collect();
            return Ok((work, skipped));
        }
        let name = submission.file_name().unwrap_or(std::ffi::OsStr::new("submission"));
        // The command that runs the copy is text: a name that is not UTF-8 (a Latin-1
        // `josé.py`, as a zip made on Windows unpacks) is copied under its readable form, `_`
        // for each byte that is not text, its extension kept (red team round 11: the garbled
        // name ran nothing, 0 marks for an honest program).
        let name = match name.to_str() {
            Some(_) => name.to_owned(),
            None => std::ffi::OsString::from(name.to_string_lossy().replace('\u{FFFD}', "_")),
        };
        let copy = work.join(name);
        copy::copy_file(&real, &copy, copy::SUBMISSION_CAP, &mut copy::Copied::default())?;
        Ok((copy, Vec::new()))
    }
}

impl Drop for WorkDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.path);
    }
}

/// Today's date, `YYYY-MM-DD`, in UTC: for `hidden_until`.
pub fn today() -> String {
    let days =
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs() / 86_400) as i64;
    // Howard Hinnant's civil_from_days.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

/// True when a student may see the check's result today.
pub fn shown(c: &GradedCheck, today: &str) -> bool {
    c.visibility == Visibility::Visible && c.hidden_until.as_deref().is_none_or(|d| today >= d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_work_directory_is_new_private_and_not_named_in_advance() {
        use std::os::unix::fs::PermissionsExt;
        let (a, b) = (WorkDir::new().unwrap(), WorkDir::new().unwrap());
        for w in [&a, &b] {
            let meta = std::fs::symlink_metadata(&w.path).unwrap();
            assert!(meta.is_dir(), "{:?}", w.path);
            assert_eq!(meta.permissions().mode() & 0o777, 0o700, "{:?}", w.path);
            // `procscen-grade-PID-N-` then 16 hex digits nobody can guess.
            let name = w.path.file_name().unwrap().to_string_lossy().into_owned();
            let random = name.rsplit('-').next().unwrap();
            assert!(random.len() == 16 && random.chars().all(|c| c.is_ascii_hexdigit()), "{name}");
        }
        assert_ne!(a.path, b.path);
        let gone = a.path.clone();
        drop(a);
        assert!(!gone.exists(), "removed when dropped");
    }

    #[test]
    fn clipped_lines_keep_whole_characters_and_count_the_rest() {
        assert_eq!(clip("abc", 3), "abc");
        assert_eq!(clip("aéßz", 2), "aé… (2 more characters)");
        assert_eq!(clip_lines("ab\ncdef\ng\nh", 2, 2), "ab\ncd… (2 more characters)\n(2 more lines)");
        assert_eq!(clip_lines("ab\n", 2, usize::MAX), "ab\n");
    }

    #[test]
    fn placeholders_are_filled_once_from_left_to_right() {
        let values = [("{submission}", "/w/{out}.c"), ("{out}", "/w/program")];
        assert_eq!(placeholders("{submission}", &values), "/w/{out}.c");
        assert_eq!(placeholders("-o{out} {submission}x{", &values), "-o/w/program /w/{out}.cx{");
        assert_eq!(placeholders("é{out}é", &values), "é/w/programé");
    }

    #[test]
    fn a_file_whose_name_is_not_utf8_is_renamed_to_one_that_is() {
        use std::os::unix::ffi::OsStrExt;
        let dir = WorkDir::new().unwrap();
        let latin1 = dir.path.join(std::ffi::OsStr::from_bytes(b"pr\xe1ctica.py"));
        std::fs::write(&latin1, "print(1)\n").unwrap();
        std::fs::write(dir.path.join("pr_ctica.py"), "taken\n").unwrap();
        let renamed = utf8_named(&latin1);
        assert_eq!(renamed, dir.path.join("pr_ctica-1.py"));
        assert_eq!(std::fs::read_to_string(&renamed).unwrap(), "print(1)\n");
        assert!(!latin1.exists());
        let plain = dir.path.join("pr_ctica.py");
        assert_eq!(utf8_named(&plain), plain, "a UTF-8 name is kept");
    }
}
