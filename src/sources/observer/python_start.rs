//! Whether a Python interpreter a graded program has just executed would run code the program
//! could have written before running what its command line says.
//!
//! Why: the spawn assignment tells a fresh interpreter started by `multiprocessing` from any
//! other process by its command line (`python3 -c 'from multiprocessing.spawn import
//! spawn_main; ...' --multiprocessing-fork`), and the interpreter is the system's, on a
//! read-only mount. But at its start Python imports what its environment and working directory
//! name: a `multiprocessing/` package of the program's own in the working directory (first on
//! `sys.path` under `-c` and `-m`), a `usercustomize.py` in the user site under `HOME` (the
//! working copy), or anything on a `PYTHONPATH` the program set. A program that wrote one of
//! those and executed the real interpreter with spawn's command line got the spawn check's
//! points without `multiprocessing` (red team round 13, H1). Such an exec is marked as the
//! exec of a file the program could write (`own_file`): it matches no `command` pattern.
//!
//! What is looked at, as the new image sees it (through `/proc/PID/root`, `cwd` and
//! `environ`), only for an executable named `python*`: the variables that add directories to
//! `sys.path` or move the user site (unless `-E` or `-I`), pointing at a writable mount; a user
//! site that exists on a writable mount (unless `-s`, `-I` or `PYTHONNOUSERSITE`); and, under
//! `-c` or `-m`, an entry of the working directory named like a module the command imports
//! first (`multiprocessing` for spawn's). A real spawn child of a right program sees none of
//! these: its working directory is the working copy, which holds the submission's own file.

use std::path::{Path, PathBuf};

/// The variables that put directories before the standard library on `sys.path`, or move the
/// user site or the whole installation.
const PATH_VARIABLES: [&str; 4] = ["PYTHONPATH", "PYTHONHOME", "PYTHONUSERBASE", "PYTHONPLATLIBDIR"];

/// Whether the process `tid`, which has just executed `argv` (its first element the executed
/// file's path), is a Python interpreter whose start-up would import code from a place the
/// program may write.
pub(crate) fn imports_writable_code(tid: i32, argv: &[String]) -> bool {
    let Some(exe) = argv.first() else { return false };
    let is_python = Path::new(exe).file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with("python"));
    if !is_python {
        return false;
    }
    let flags = Flags::of(&argv[1..]);
    if flags.isolated {
        return false;
    }
    let environ = std::fs::read(format!("/proc/{tid}/environ")).unwrap_or_default();
    let var = |name: &str| -> Option<String> {
        environ.split(|b| *b == 0).find_map(|entry| {
            let entry = std::str::from_utf8(entry).ok()?;
            let (key, value) = entry.split_once('=')?;
            (key == name && !value.is_empty()).then(|| value.to_owned())
        })
    };
    let root = PathBuf::from(format!("/proc/{tid}/root"));
    let seen = |path: &str| -> PathBuf {
        // Relative entries are the working directory's.
        if path.starts_with('/') {
            root.join(path.trim_start_matches('/'))
        } else {
            PathBuf::from(format!("/proc/{tid}/cwd")).join(path)
        }
    };
    if !flags.ignore_environment {
        let set = PATH_VARIABLES.iter().filter_map(|name| var(name));
        if set.flat_map(|value| value.split(':').map(str::to_owned).collect::<Vec<_>>()).any(|dir| {
            // An empty entry is the working directory.
            writable(&seen(if dir.is_empty() { "." } else { &dir }))
        }) {
            return true;
        }
    }
    let user_site_off = flags.no_user_site || (!flags.ignore_environment && var("PYTHONNOUSERSITE").is_some());
    if !user_site_off {
        let base = var("PYTHONUSERBASE")
            .filter(|_| !flags.ignore_environment)
            .or_else(|| var("HOME").map(|home| format!("{}/.local", home.trim_end_matches('/'))));
        if let Some(base) = base {
            let lib = seen(&format!("{base}/lib"));
            if writable(&lib) && has_site_packages(&lib) {
                return true;
            }
        }
    }
    if let Some(module) = flags.first_import {
        let cwd = PathBuf::from(format!("/proc/{tid}/cwd"));
        if writable(&cwd) && shadowed(&cwd, &module) {
            return true;
        }
    }
    false
}

/// What the interpreter's options say about where it looks for code.
#[derive(Debug, Default, PartialEq)]
struct Flags {
    /// `-I`: no environment, no user site, no working directory on `sys.path`.
    isolated: bool,
    /// `-E`: `PYTHON*` variables ignored.
    ignore_environment: bool,
    /// `-s`: no user site.
    no_user_site: bool,
    /// Under `-c` or `-m` (the working directory first on `sys.path`): the top-level module
    /// the command imports first, or the module `-m` runs.
    first_import: Option<String>,
}

impl Flags {
    fn of(args: &[String]) -> Flags {
        let mut flags = Flags::default();
        let mut args = args.iter();
        while let Some(arg) = args.next() {
            let Some(options) = arg.strip_prefix('-').filter(|o| !o.is_empty() && !o.starts_with('-')) else {
                // The script, `-` or `--`: what follows is the program's own.
                break;
            };
            for (i, option) in options.char_indices() {
                match option {
                    'I' => flags.isolated = true,
                    'E' => flags.ignore_environment = true,
                    's' => flags.no_user_site = true,
                    'c' | 'm' | 'W' | 'X' => {
                        // The rest of this argument, or the next one, is the option's value.
                        let rest = &options[i + 1..];
                        let value = if rest.is_empty() { args.next().cloned() } else { Some(rest.to_owned()) };
                        if option == 'c' || option == 'm' {
                            let value = value.as_deref();
                            flags.first_import = if option == 'c' {
                                value.and_then(first_import)
                            } else {
                                value.map(|m| top_level(m).to_owned())
                            };
                            // What follows is the command's own arguments.
                            return flags;
                        }
                        break;
                    }
                    _ => {}
                }
            }
        }
        flags
    }
}

/// The top-level module of the first `import X` or `from X import` in `code`.
fn first_import(code: &str) -> Option<String> {
    let words: Vec<&str> = code.split(|c: char| c.is_whitespace() || c == ';').filter(|w| !w.is_empty()).collect();
    words
        .windows(2)
        .find(|w| w[0] == "import" || w[0] == "from")
        .map(|w| top_level(w[1].trim_end_matches(',')).to_owned())
}

fn top_level(module: &str) -> &str {
    module.split('.').next().unwrap_or(module)
}

/// Whether `dir` holds something `import module` would find there: a package directory, a
/// source or bytecode file, or an extension module.
fn shadowed(dir: &Path, module: &str) -> bool {
    if module.is_empty() {
        return false;
    }
    let Ok(entries) = std::fs::read_dir(dir) else { return false };
    entries.flatten().any(|entry| {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        name == module || name.strip_prefix(module).is_some_and(|rest| rest.starts_with('.'))
    })
}

/// Whether `lib` (a user base's `lib`) holds a `python*/site-packages` directory.
fn has_site_packages(lib: &Path) -> bool {
    let Ok(entries) = std::fs::read_dir(lib) else { return false };
    entries
        .flatten()
        .any(|e| e.file_name().to_string_lossy().starts_with("python") && e.path().join("site-packages").is_dir())
}

/// Whether `path` exists on a mount the program may write (the working copy, `/tmp`, `/dev/shm`
/// when isolated).
fn writable(path: &Path) -> bool {
    nix::sys::statvfs::statvfs(path).is_ok_and(|fs| !fs.flags().contains(nix::sys::statvfs::FsFlags::ST_RDONLY))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(a: &[&str]) -> Vec<String> {
        a.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn the_options_say_where_the_interpreter_looks_for_code() {
        let spawn = "from multiprocessing.spawn import spawn_main; spawn_main(tracker_fd=5, pipe_handle=7)";
        let f = Flags::of(&args(&["-B", "-s", "-c", spawn, "--multiprocessing-fork"]));
        assert_eq!(f, Flags { no_user_site: true, first_import: Some("multiprocessing".into()), ..Flags::default() });
        assert_eq!(Flags::of(&args(&["-c", "import os, sys; print(1)"])).first_import.as_deref(), Some("os"));
        assert_eq!(Flags::of(&args(&["-m", "pkg.tool", "-c"])).first_import.as_deref(), Some("pkg"));
        assert_eq!(Flags::of(&args(&["-Es", "-cimport x"])).first_import.as_deref(), Some("x"));
        assert!(Flags::of(&args(&["-Es", "-c", "pass"])).ignore_environment);
        assert!(Flags::of(&args(&["-I", "-c", "import x"])).isolated);
        // A script's own arguments are not the interpreter's options.
        assert_eq!(Flags::of(&args(&["script.py", "-c", "import x"])), Flags::default());
        assert_eq!(Flags::of(&args(&["-W", "ignore", "script.py", "-I"])), Flags::default());
        assert_eq!(first_import("print(1)"), None);
    }

    #[test]
    fn a_module_is_shadowed_by_a_package_a_source_a_bytecode_file_or_an_extension() {
        let dir = std::env::temp_dir().join(format!("procscen-python-start-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        assert!(!shadowed(&dir, "multiprocessing"));
        std::fs::write(dir.join("multiprocessing_notes.py"), "").unwrap();
        assert!(!shadowed(&dir, "multiprocessing"), "another module's name");
        for name in ["multiprocessing.py", "multiprocessing.pyc", "multiprocessing.cpython-311-x86_64-linux-gnu.so"] {
            std::fs::write(dir.join(name), "").unwrap();
            assert!(shadowed(&dir, "multiprocessing"), "{name}");
            std::fs::remove_file(dir.join(name)).unwrap();
        }
        std::fs::create_dir(dir.join("multiprocessing")).unwrap();
        assert!(shadowed(&dir, "multiprocessing"));
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
