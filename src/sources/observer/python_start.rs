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
//! The dynamic loader's variables are looked at for every exec (`loader_loads_writable`):
//! `LD_PRELOAD` runs code before any interpreter does. Both are asked by `runs_writable_code`,
//! which reads the new image's environment once.
//!
//! What is looked at, as the new image sees it (through `/proc/PID/root`, `cwd` and
//! `environ`), only for an executable named `python*`: the variables that add directories to
//! `sys.path` or move the user site (unless `-E` or `-I`), pointing at a writable mount; a user
//! site that exists on a writable mount (unless `-s`, `-I` or `PYTHONNOUSERSITE`); and, under
//! `-c` or `-m`, an entry of the working directory named like a module the command imports
//! first (`multiprocessing` for spawn's). A real spawn child of a right program sees none of
//! these: its working directory is the working copy, which holds the submission's own file.

use std::path::{Path, PathBuf};

/// Whether the image the process `tid` has just executed (`argv`, its first element the
/// executed file's path) will run code the program could have written before what its command
/// line says: through the dynamic loader, for any program, or through a Python interpreter's
/// start-up. Its environment is read once, for both.
pub(crate) fn runs_writable_code(tid: i32, argv: &[String]) -> bool {
    let image = Image::of(tid);
    loader_loads_writable(&image) || imports_writable_code(&image, argv)
}

/// A process that has just executed, as the tracer sees into it: its environment, and paths
/// as it resolves them.
struct Image {
    tid: i32,
    environ: Vec<u8>,
}

impl Image {
    fn of(tid: i32) -> Image {
        Image { tid, environ: std::fs::read(format!("/proc/{tid}/environ")).unwrap_or_default() }
    }

    /// Its variables, as `(name, value)`.
    fn variables(&self) -> impl Iterator<Item = (&str, &str)> {
        self.environ.split(|b| *b == 0).filter_map(|entry| std::str::from_utf8(entry).ok()?.split_once('='))
    }

    /// The value of its variable `name`, when set and not empty.
    fn var(&self, name: &str) -> Option<&str> {
        self.variables().find(|(key, value)| *key == name && !value.is_empty()).map(|(_, value)| value)
    }

    /// `path` as the process resolves it: from its root, or when relative from its working
    /// directory.
    /// The process's own magic links name it, not the tracer that looks: `/proc/self`,
    /// `/proc/thread-self` and `/dev/fd` are read as `/proc/TID` and `/proc/TID/fd` (red team
    /// round 28: a `PYTHONPATH` or `-X pycache_prefix` of `/proc/self/cwd/d`, the working copy,
    /// was looked up in the tracer's own working directory, which is read-only).
    fn seen(&self, path: &str) -> PathBuf {
        let tid = self.tid.to_string();
        let mut parts: Vec<&str> = Vec::new();
        for part in path.split('/') {
            match (parts.last().copied(), part) {
                (_, "" | ".") => {}
                (Some("proc"), "self" | "thread-self") => parts.push(&tid),
                (Some("dev"), "fd") => {
                    parts.pop();
                    parts.extend(["proc", tid.as_str(), "fd"]);
                }
                _ => parts.push(part),
            }
        }
        let from = if path.starts_with('/') { "root" } else { "cwd" };
        let mut seen = PathBuf::from(format!("/proc/{}/{from}", self.tid));
        seen.extend(parts);
        seen
    }
}

/// Whether the dynamic loader will load code the program could have written into the image,
/// whatever that image is: a library on `LD_PRELOAD` or `LD_AUDIT`, or a directory of
/// `LD_LIBRARY_PATH`, on a mount the program may write. The real interpreter run with spawn's
/// command line and an `LD_PRELOAD` of the program's own printed the child's line before
/// Python started (red team round 16).
fn loader_loads_writable(image: &Image) -> bool {
    image.variables().any(|(key, value)| {
        let separators: &[char] = match key {
            "LD_PRELOAD" => &[':', ' '],
            "LD_AUDIT" | "LD_LIBRARY_PATH" => &[':'],
            _ => return false,
        };
        value.split(separators).any(|item| {
            // An empty entry of LD_LIBRARY_PATH is the working directory; a bare name on
            // LD_PRELOAD is looked up in the system's directories.
            if !item.starts_with('/') && key != "LD_LIBRARY_PATH" && !item.contains('/') {
                return false;
            }
            let path = image.seen(item);
            path.exists() && writable(&path)
        })
    })
}

/// The variables that put directories before the standard library on `sys.path`, move the
/// user site or the whole installation, say where compiled modules are read from (a `.pyc` of
/// the program's own for `multiprocessing/spawn.py`, under a `PYTHONPYCACHEPREFIX` in `/tmp`:
/// red team round 15), or name a file to run.
const PATH_VARIABLES: [&str; 6] =
    ["PYTHONPATH", "PYTHONHOME", "PYTHONUSERBASE", "PYTHONPLATLIBDIR", "PYTHONPYCACHEPREFIX", "PYTHONSTARTUP"];

/// Whether the image, which has just executed `argv`, is a Python interpreter whose start-up
/// would import code from a place the program may write.
fn imports_writable_code(image: &Image, argv: &[String]) -> bool {
    let Some(exe) = argv.first() else { return false };
    if !crate::trace::is_python_interpreter(exe) {
        return false;
    }
    let flags = Flags::of(&argv[1..]);
    if flags.isolated {
        return false;
    }
    if flags.pycache_prefix.as_deref().is_some_and(|dir| writable(&image.seen(dir))) {
        return true;
    }
    if venv_of_its_own(image) {
        return true;
    }
    if !flags.ignore_environment {
        let set = PATH_VARIABLES.iter().filter_map(|name| image.var(name));
        if set.flat_map(|value| value.split(':')).any(|dir| {
            // An empty entry is the working directory.
            writable(&image.seen(if dir.is_empty() { "." } else { dir }))
        }) {
            return true;
        }
    }
    let user_site_off = flags.no_user_site || (!flags.ignore_environment && image.var("PYTHONNOUSERSITE").is_some());
    if !user_site_off {
        let base = image
            .var("PYTHONUSERBASE")
            .filter(|_| !flags.ignore_environment)
            .map(str::to_owned)
            .or_else(|| image.var("HOME").map(|home| format!("{}/.local", home.trim_end_matches('/'))));
        if let Some(base) = base {
            let lib = image.seen(&format!("{base}/lib"));
            if writable(&lib) && has_site_packages(&lib) {
                return true;
            }
        }
    }
    if flags.command {
        let cwd = image.seen(".");
        let named = flags.first_import.iter().map(String::as_str).chain(MULTIPROCESSING_IMPORTS);
        if writable(&cwd) && shadowed(&cwd, named) {
            return true;
        }
    }
    false
}

/// The modules a `multiprocessing` child (spawn's, the forkserver's, the resource tracker's)
/// imports by name after the working directory was put first on `sys.path`, on CPython 3.7
/// to 3.13 (`-X importtime` of `multiprocessing.spawn` and its siblings, less what the
/// interpreter imported at its start). A file of one of these names in the working directory
/// runs instead (a `threading.py` of the program's own), so spawn's command line no longer
/// means the standard library's spawn. A right program has none: its own `queue.py` would
/// break it the same way. Names the interpreter has built in are harmless here.
const MULTIPROCESSING_IMPORTS: [&str; 86] = [
    "_bisect",
    "_blake2",
    "_bz2",
    "_collections",
    "_colorize",
    "_compat_pickle",
    "_compression",
    "_functools",
    "_hashlib",
    "_heapq",
    "_locale",
    "_lzma",
    "_multiprocessing",
    "_operator",
    "_pickle",
    "_posixshmem",
    "_posixsubprocess",
    "_queue",
    "_random",
    "_sha2",
    "_sha3",
    "_sha512",
    "_socket",
    "_sre",
    "_struct",
    "_tokenize",
    "_weakrefset",
    "array",
    "atexit",
    "base64",
    "binascii",
    "bisect",
    "bz2",
    "collections",
    "contextlib",
    "copyreg",
    "enum",
    "errno",
    "fcntl",
    "fnmatch",
    "functools",
    "grp",
    "hashlib",
    "heapq",
    "hmac",
    "importlib",
    "itertools",
    "keyword",
    "linecache",
    "locale",
    "lzma",
    "math",
    "mmap",
    "multiprocessing",
    "operator",
    "pickle",
    "pkgutil",
    "pwd",
    "queue",
    "random",
    "re",
    "reprlib",
    "runpy",
    "secrets",
    "select",
    "selectors",
    "shutil",
    "signal",
    "socket",
    "sre_compile",
    "sre_constants",
    "sre_parse",
    "struct",
    "subprocess",
    "tempfile",
    "textwrap",
    "threading",
    "time",
    "token",
    "tokenize",
    "traceback",
    "types",
    "typing",
    "warnings",
    "weakref",
    "zlib",
];

/// Whether the interpreter was executed by a path (its `argv[0]`, or the first match for it
/// on `PATH`) beside a `pyvenv.cfg` the program could have written: Python then takes that
/// directory for its installation and runs its `site-packages`' `.pth` files, though the file
/// executed, a link to the real interpreter, lies on a read-only mount (a venv in `/tmp` with
/// `multiprocessing.set_executable`: red team round 15).
fn venv_of_its_own(image: &Image) -> bool {
    let cmdline = std::fs::read(format!("/proc/{}/cmdline", image.tid)).unwrap_or_default();
    let Some(argv0) = cmdline.split(|b| *b == 0).next().and_then(|a| std::str::from_utf8(a).ok()) else {
        return false;
    };
    let called: Vec<String> = if argv0.contains('/') {
        vec![argv0.to_owned()]
    } else if argv0.is_empty() {
        Vec::new()
    } else {
        // The first directory of `PATH` that holds it, as Python's start-up looks for itself.
        image
            .var("PATH")
            .unwrap_or_default()
            .split(':')
            .map(|dir| format!("{}/{argv0}", if dir.is_empty() { "." } else { dir }))
            .find(|path| image.seen(path).exists())
            .into_iter()
            .collect()
    };
    called.iter().any(|path| {
        let bin = Path::new(path).parent().map(|d| d.to_string_lossy().into_owned()).unwrap_or_default();
        let bin = if bin.is_empty() { ".".to_owned() } else { bin };
        [format!("{bin}/pyvenv.cfg"), format!("{bin}/../pyvenv.cfg")].iter().any(|cfg| {
            let cfg = image.seen(cfg);
            cfg.exists() && writable(&cfg)
        })
    })
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
    /// `-c` or `-m`: the working directory is first on `sys.path`.
    command: bool,
    /// Under `-c` or `-m`: the top-level module the command imports first, or the module `-m`
    /// runs.
    first_import: Option<String>,
    /// `-X pycache_prefix=DIR`: where compiled modules are read from.
    pycache_prefix: Option<String>,
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
                        if option == 'X' {
                            if let Some(dir) = value.as_deref().and_then(|v| v.strip_prefix("pycache_prefix=")) {
                                flags.pycache_prefix = Some(dir.to_owned());
                            }
                        }
                        if option == 'c' || option == 'm' {
                            flags.command = true;
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

/// Whether `dir` holds something `import module` would find there for one of `modules`: a
/// package directory, a source or bytecode file, or an extension module.
fn shadowed<'m>(dir: &Path, modules: impl Iterator<Item = &'m str> + Clone) -> bool {
    let Ok(entries) = std::fs::read_dir(dir) else { return false };
    entries.flatten().any(|entry| {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        // `zlib.cpython-311-x86_64-linux-gnu.so` is `zlib`, as are `zlib.py` and `zlib/`.
        let module = name.split('.').next().unwrap_or(&name);
        !module.is_empty() && modules.clone().any(|m| m == module)
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
/// when isolated), or in no file system at all (a memfd).
pub(crate) fn writable(path: &Path) -> bool {
    nix::sys::statvfs::statvfs(path).is_ok_and(|fs| !fs.flags().contains(nix::sys::statvfs::FsFlags::ST_RDONLY))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(a: &[&str]) -> Vec<String> {
        a.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn a_path_through_the_process_s_own_links_is_its_own() {
        let image = Image { tid: 42, environ: Vec::new() };
        assert_eq!(image.seen("/proc/self/cwd/d"), PathBuf::from("/proc/42/root/proc/42/cwd/d"));
        assert_eq!(image.seen("/proc//thread-self/./root/tmp"), PathBuf::from("/proc/42/root/proc/42/root/tmp"));
        assert_eq!(image.seen("/dev/fd/3/x"), PathBuf::from("/proc/42/root/proc/42/fd/3/x"));
        assert_eq!(image.seen("../proc/self/cwd"), PathBuf::from("/proc/42/cwd/../proc/42/cwd"));
        assert_eq!(image.seen("lib"), PathBuf::from("/proc/42/cwd/lib"));
    }

    #[test]
    fn the_options_say_where_the_interpreter_looks_for_code() {
        let spawn = "from multiprocessing.spawn import spawn_main; spawn_main(tracker_fd=5, pipe_handle=7)";
        let f = Flags::of(&args(&["-B", "-s", "-c", spawn, "--multiprocessing-fork"]));
        assert_eq!(
            f,
            Flags {
                no_user_site: true,
                command: true,
                first_import: Some("multiprocessing".into()),
                ..Flags::default()
            }
        );
        assert_eq!(Flags::of(&args(&["-c", "import os, sys; print(1)"])).first_import.as_deref(), Some("os"));
        assert_eq!(Flags::of(&args(&["-m", "pkg.tool", "-c"])).first_import.as_deref(), Some("pkg"));
        assert_eq!(Flags::of(&args(&["-Es", "-cimport x"])).first_import.as_deref(), Some("x"));
        assert!(Flags::of(&args(&["-Es", "-c", "pass"])).ignore_environment);
        assert!(Flags::of(&args(&["-I", "-c", "import x"])).isolated);
        // A script's own arguments are not the interpreter's options.
        assert_eq!(Flags::of(&args(&["script.py", "-c", "import x"])), Flags::default());
        assert_eq!(Flags::of(&args(&["-W", "ignore", "script.py", "-I"])), Flags::default());
        assert_eq!(first_import("print(1)"), None);
        let x = Flags::of(&args(&["-X", "pycache_prefix=/tmp/pc", "-c", "pass"]));
        assert_eq!(x.pycache_prefix.as_deref(), Some("/tmp/pc"));
    }

    #[test]
    fn a_module_is_shadowed_by_a_package_a_source_a_bytecode_file_or_an_extension() {
        /// Removed when dropped, so that a failing assertion leaves nothing in /tmp either.
        struct Scratch(std::path::PathBuf);
        impl Drop for Scratch {
            fn drop(&mut self) {
                let _ = std::fs::remove_dir_all(&self.0);
            }
        }
        let scratch = Scratch(std::env::temp_dir().join(format!("procscen-python-start-{}", std::process::id())));
        let dir = &scratch.0;
        std::fs::create_dir_all(dir).unwrap();
        let spawn = || ["multiprocessing"].into_iter().chain(MULTIPROCESSING_IMPORTS);
        std::fs::write(dir.join("start_method_spawn.py"), "").unwrap();
        std::fs::write(dir.join("multiprocessing_notes.py"), "").unwrap();
        std::fs::write(dir.join("test.py"), "").unwrap();
        assert!(!shadowed(dir, spawn()), "a submission's own names");
        for name in ["multiprocessing.py", "threading.pyc", "zlib.cpython-311-x86_64-linux-gnu.so", "queue"] {
            let path = dir.join(name);
            if name.contains('.') {
                std::fs::write(&path, "").unwrap();
            } else {
                std::fs::create_dir(&path).unwrap();
            }
            assert!(shadowed(dir, spawn()), "{name}");
            let _ = std::fs::remove_file(&path);
            let _ = std::fs::remove_dir(&path);
        }
        assert!(shadowed(dir, ["test"].into_iter()), "the module a command imports first");
        drop(scratch);
    }
}
