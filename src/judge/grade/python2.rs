//! Python 2 submissions. The tutorial procscen grew from is written in Python 2, and a learner
//! who follows it hands in `print "x"`, which Python 3 refuses before it runs a line: the
//! grade was 0 whatever the program's processes would have done. Where the assignment allows
//! it (`program.python2`), such a program is run again with a Python 2 interpreter found on
//! the machine, and that run is graded, with a note that says so.

use super::Mistake;
use crate::model::scenario::Program;
use crate::sources::observer::{self, build::LinePattern, Observation};
use crate::trace::Origin;
use std::path::{Path, PathBuf};

const GRADED_AS_PYTHON2: &str = "The program is written for Python 2 (`print \"x\"` without parentheses, `except E, e:`, tabs and spaces mixed in one block's indentation), which Python 3 refuses before it runs a line. It was graded as a Python 2 interpreter ran it, as the assignment allows. Python 2 is no longer maintained: write `print(...)` with parentheses, `except E as e:`, indent with spaces only, and run it with python3.";

const NO_PYTHON2: &str = "The program may be written for Python 2 (`print \"x\"` without parentheses, `except E, e:`), which Python 3 refuses before it runs a line. The assignment allows Python 2, but the machine that graded it has none, so it was graded as Python 3 ran it. A teacher can install one for the grader (`pyenv install 2.7.18`, or the system's python2 package) and grade it again; a student can port it: `print(...)` with parentheses, `except E as e:`.";

const REFUSED_BY_BOTH: &str = "Python 3 refused the program before it ran a line, and so did Python 2, which the assignment allows: it was graded as Python 3 ran it, and no check could pass. Python 2's message is above. A non-ASCII character with no encoding declared (a comment in Chinese, an accented letter, a curly quote) is refused by Python 2 unless the file's first or second line is `# -*- coding: utf-8 -*-`; Python 3 reads UTF-8 without it. Run the program once, with the interpreter you wrote it for, before handing it in.";

/// The program run again with Python 2, when `program` allows it, Python 3 refused the program
/// in the `first` run (`request`'s), and the machine has a Python 2; with the note that says
/// so. `None` keeps the first run: a command that is not Python 3. With no Python 2 on the
/// machine, or one that refuses the program too (a syntax error in any Python, or Python 2's
/// "Non-ASCII character ... but no encoding declared" for the tutorial's own code with its
/// Chinese comments, blind18), the first run is kept with a note that says so (`Some((None,
/// note))`): a teacher grading as a user who cannot reach one saw every Python 2 submission at
/// 0 and no word of why (blind8), and a learner saw only Python 3's complaint about `print`.
pub fn rerun(
    program: &Program,
    first: &Observation,
    request: &observer::Request,
    exe: Option<&Path>,
    (name, patterns): (&str, &[LinePattern]),
) -> Option<(Option<Observation>, Mistake)> {
    if !program.python2 {
        return None;
    }
    let refused = refused_by_python3(first)?;
    let Some(python2) = interpreter() else {
        let what = format!("python3 refused it ({refused}); no Python 2 was found on this machine to run it");
        let note = Mistake { id: "python2".into(), what, explanation: NO_PYTHON2.into() };
        return runs_python3(&request.argv).then_some((None, note));
    };
    let mut request = request.clone();
    request.argv = with_python2(&request.argv, python2)?;
    let response = observer::observe(&request, exe).ok().filter(|r| r.start_error.is_none())?;
    let second = observer::build::observation(name, &response, patterns);
    if let Some(again) = refused_by_python3(&second) {
        let again = without_file_name(&again);
        let what = format!("python3 refused it ({refused}); {} refused it too ({again})", python2.display());
        return Some((None, Mistake { id: "python2".into(), what, explanation: REFUSED_BY_BOTH.into() }));
    }
    let what = format!("python3 refused it ({refused}); graded as run by {}", python2.display());
    Some((Some(second), Mistake { id: "python2".into(), what, explanation: GRADED_AS_PYTHON2.into() }))
}

/// The exception line when the run ended at once with a `SyntaxError` in `main` (or one of its
/// kinds, `TabError` and `IndentationError`: Python 2 took a tab for eight columns, Python 3
/// refuses a block that mixes them, and a learner's editor mixes them; blind9 F2), before it
/// made any process or printed a line on stdout: Python 3 refused to compile the program (or
/// a module it imports first).
///
/// Nothing else: a program that printed its lines and then wrote a made-up `SyntaxError` to
/// stderr would get a second run graded in place of the first, which no report would show
/// (red team round 7). One that printed nothing gains nothing by it.
pub fn refused_by_python3(o: &Observation) -> Option<String> {
    let main = o.trace.processes.iter().position(|p| p.origin == Origin::Main)?;
    if !super::lines::ran_nothing(o, main) {
        return None;
    }
    super::lines::exception(o, main)
        .filter(|e| ["SyntaxError", "TabError", "IndentationError"].iter().any(|kind| e.starts_with(kind)))
}

/// Python 2's "Non-ASCII character '\xe8' in file /tmp/procscen-grade-.../work/p01.py on line
/// 12, ..." without the working copy's path, which names the grader's pid and differs in every
/// run: "Non-ASCII character '\xe8' on line 12, ...".
fn without_file_name(message: &str) -> String {
    match message.split_once(" in file ").and_then(|(head, rest)| Some((head, rest.split_once(" on line ")?.1))) {
        Some((head, tail)) => format!("{head} on line {tail}"),
        None => message.to_owned(),
    }
}

/// Whether `argv` runs a Python 3: `python3`, `python`, `.../python3.11`.
fn runs_python3(argv: &[String]) -> bool {
    let name = argv.first().and_then(|w| Path::new(w).file_name()).and_then(|n| n.to_str());
    name.is_some_and(|name| name == "python" || name.starts_with("python3"))
}

/// `argv` with its first word, a Python 3 (`python3`, `python`, `.../python3.11`), replaced by
/// `python2`; `None` when it runs something else.
pub fn with_python2(argv: &[String], python2: &Path) -> Option<Vec<String>> {
    if !runs_python3(argv) {
        return None;
    }
    let mut argv = argv.to_vec();
    argv[0] = python2.to_string_lossy().into_owned();
    Some(argv)
}

/// A Python 2 interpreter of this machine, looked for once: `python2.7` or `python2` on the
/// `PATH` (a pyenv shim answers only when that version is selected, so each is asked its
/// version), else the newest Python 2 that pyenv installed.
pub fn interpreter() -> Option<&'static Path> {
    static FOUND: std::sync::OnceLock<Option<PathBuf>> = std::sync::OnceLock::new();
    FOUND.get_or_init(find).as_deref()
}

fn find() -> Option<PathBuf> {
    let on_path = std::env::var_os("PATH")
        .map(|p| std::env::split_paths(&p).collect::<Vec<_>>())
        .unwrap_or_default()
        .into_iter()
        .flat_map(|dir| ["python2.7", "python2"].map(|n| dir.join(n)));
    let mut pyenv: Vec<PathBuf> = pyenv_root()
        .and_then(|r| std::fs::read_dir(r.join("versions")).ok())
        .into_iter()
        .flatten()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().starts_with("2."))
        .map(|e| e.path().join("bin/python2"))
        .collect();
    pyenv.sort();
    pyenv.reverse();
    on_path.chain(pyenv).find(|p| is_python2(p))
}

/// Where pyenv keeps its versions: `PYENV_ROOT`, else `~/.pyenv`, as pyenv itself decides;
/// `None` with neither variable.
pub(super) fn pyenv_root() -> Option<PathBuf> {
    std::env::var_os("PYENV_ROOT")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".pyenv")))
}

/// Whether `path` runs and says it is Python 2.
fn is_python2(path: &Path) -> bool {
    path.is_file()
        && std::process::Command::new(path)
            .args(["-c", "import sys; sys.exit(0 if sys.version_info[0] == 2 else 1)"])
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .status()
            .is_ok_and(|s| s.success())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_python_3_command_is_made_python_2() {
        let py2 = Path::new("/opt/py2/bin/python2");
        let argv = |words: &[&str]| words.iter().map(|w| w.to_string()).collect::<Vec<_>>();
        assert_eq!(with_python2(&argv(&["python3", "sub.py"]), py2), Some(argv(&["/opt/py2/bin/python2", "sub.py"])));
        assert!(with_python2(&argv(&["/usr/bin/python3.11", "-u", "sub.py"]), py2).is_some());
        assert!(with_python2(&argv(&["python", "sub.py"]), py2).is_some());
        assert_eq!(with_python2(&argv(&["./program"]), py2), None);
        assert_eq!(with_python2(&argv(&["sh", "-c", "python3 sub.py"]), py2), None);
    }

    #[test]
    fn python2s_message_loses_the_working_copys_path() {
        assert_eq!(
            without_file_name("SyntaxError: Non-ASCII character '\\xe8' in file /tmp/g-1/work/p.py on line 12, but no encoding declared"),
            "SyntaxError: Non-ASCII character '\\xe8' on line 12, but no encoding declared"
        );
        assert_eq!(without_file_name("SyntaxError: invalid syntax"), "SyntaxError: invalid syntax");
    }
}
