//! Copying a submission into its working copy without trusting it.
//!
//! A submission is whatever a student handed in: a directory may hold a FIFO (opening it for
//! reading blocks until someone writes, which no one will), a device, a socket, a symbolic link
//! to another student's file, or a sparse file of gigabytes that holds no data. The copy takes
//! only regular files, directories and symbolic links (copied as links, never followed), opens
//! every file with `O_NOFOLLOW | O_NONBLOCK` and checks what it opened is still a regular file
//! (a file swapped for a FIFO between the look and the open neither blocks nor is read), names
//! what it skipped, and refuses a submission whose files add up to more than a cap, counting
//! each file's apparent size (a sparse file counts in full: its copy in the program's tmpfs
//! would), before writing a byte of the file that passes it.

use std::io::{Read, Write};
use std::os::unix::fs::{FileTypeExt, OpenOptionsExt};
use std::path::{Path, PathBuf};

/// The most bytes a submission's files may add up to, by default.
pub const SUBMISSION_CAP: u64 = 64 << 20;

/// The most entries (files, directories, links, and what is skipped) a submission may hold: a
/// student's program is a few files, and 300,000 empty ones (no bytes to count against
/// `SUBMISSION_CAP`) took minutes to copy, twice, before any time limit applied.
pub const ENTRY_CAP: u64 = 10_000;

/// The most directories a submission's may nest: a program's files lie a few levels down, and
/// 30,000 nested directories made the copy fail on the path's length as an internal error of
/// the grader (red team rounds 11 and 12).
pub const DEPTH_CAP: usize = 64;

/// The longest path (in bytes, below the submission) a submission may hold: a program's files
/// lie a few short names down, and 40 directories of 200-byte names, under `DEPTH_CAP`, passed
/// the system's `PATH_MAX` (4,096 bytes) in the copy and were an internal error of the grader
/// (red team round 21, M7).
pub const PATH_CAP: usize = 1024;

/// The longest path a message shows whole; a longer one is cut in its middle.
const SHOWN_PATH_CAP: usize = 240;

/// What a copy did.
#[derive(Debug, Default)]
pub struct Copied {
    /// The bytes of the regular files copied.
    pub bytes: u64,
    /// The entries met so far, against `ENTRY_CAP`.
    pub entries: u64,
    /// What was not copied, with what it is (a FIFO, a socket...), by its path in the
    /// submission.
    pub skipped: Vec<(PathBuf, Skipped)>,
}

/// A kind of entry the copy leaves out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Skipped {
    Fifo,
    Socket,
    CharDevice,
    BlockDevice,
    /// Compiled code that runs in place of a source the teacher reads: Python's bytecode
    /// (`__pycache__`, `.pyc`, `.pyo`), which Python runs without comparing it to the source
    /// when its hash is unchecked, and shared objects (`.so`), which `import` loads as
    /// modules (red team round 22: a `pass` in `helper.py` and a working solution in its
    /// `.pyc`, 11/11); and C's precompiled headers (`.gch`, `.pch`), which `cc` reads in place
    /// of the header beside them, and objects (`.o`, `.a`) (red team round 23: a `return 0` in
    /// `util.h` and the solution in `util.h.gch`, 16.5/16.5); and a file of machine code by its
    /// first bytes, whatever its name (`native_code`).
    Compiled,
}

impl std::fmt::Display for Skipped {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Skipped::Fifo => "a FIFO",
            Skipped::Socket => "a socket",
            Skipped::CharDevice => "a character device",
            Skipped::BlockDevice => "a block device",
            Skipped::Compiled => {
                "compiled code, which would run in place of the source (a submission is graded from its source)"
            }
        })
    }
}

/// A path from a submission, for a message: its control characters written out (`\x0a`), so
/// that a directory named with a line break cannot start a line of the report of its own (a
/// forged `score:`, red team round 7), wherever the message is shown.
struct Shown<'a>(&'a Path);

impl std::fmt::Display for Shown<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use std::fmt::Write;
        let text = self.0.to_string_lossy();
        let chars: Vec<char> = text.chars().collect();
        let shown: Box<dyn Iterator<Item = &char>> = if chars.len() > SHOWN_PATH_CAP {
            // Its start and its end, which say where it lies and what it is.
            let (head, tail) = (&chars[..SHOWN_PATH_CAP / 2], &chars[chars.len() - SHOWN_PATH_CAP / 4..]);
            Box::new(head.iter().chain(['…'].iter()).chain(tail.iter()))
        } else {
            Box::new(chars.iter())
        };
        for &c in shown {
            match c as u32 {
                _ if !c.is_control() => f.write_char(c)?,
                n @ 0..=0x7f => write!(f, "\\x{n:02x}")?,
                n => write!(f, "\\u{{{n:x}}}")?,
            }
        }
        Ok(())
    }
}

/// Why a submission could not be copied.
#[derive(Debug, thiserror::Error)]
pub enum CopyError {
    #[error("the submission's files add up to more than {} MiB (at {}, {} bytes); hand in less, or grade with a larger cap", .cap >> 20, Shown(.path), .size)]
    TooLarge { cap: u64, path: PathBuf, size: u64 },
    #[error("the submission holds more than {cap} files and directories (at {}); hand in only the program's own files", Shown(.path))]
    TooMany { cap: u64, path: PathBuf },
    #[error("the submission's directories nest more than {cap} deep (at {}); hand in only the program's own files", Shown(.path))]
    TooDeep { cap: usize, path: PathBuf },
    #[error("the submission holds a path longer than {cap} bytes (at {}); hand in only the program's own files, under shorter names", Shown(.path))]
    TooLong { cap: usize, path: PathBuf },
    #[error("{} declares the source encoding `{encoding}`, in which text that reads as a comment runs as code: save it as UTF-8", Shown(.path))]
    HidingEncoding { path: PathBuf, encoding: String },
    #[error("{} is {what}: hand in a regular file or a directory", Shown(.path))]
    NotAFile { path: PathBuf, what: Skipped },
    #[error("{} is a symbolic link (to {}): a submission is graded as it was handed in, and a link may name any file the grader can read; hand in the file itself, or copy what the link names first (`cp -L`)", Shown(.path), Shown(.target))]
    Link { path: PathBuf, target: PathBuf },
    #[error("cannot copy {}: {source}", Shown(.path))]
    Io { path: PathBuf, source: std::io::Error },
}

/// Whether an entry of a submission is compiled code by its name (`Skipped::Compiled`).
fn compiled(name: &std::ffi::OsStr) -> bool {
    let name = name.as_encoded_bytes();
    name == b"__pycache__"
        || [&b".pyc"[..], b".pyo", b".so", b".gch", b".pch", b".o", b".a"].iter().any(|ext| name.ends_with(ext))
}

/// The kind of `meta`'s entry when the copy skips it.
fn skipped_kind(kind: &std::fs::FileType) -> Option<Skipped> {
    if kind.is_fifo() {
        Some(Skipped::Fifo)
    } else if kind.is_socket() {
        Some(Skipped::Socket)
    } else if kind.is_char_device() {
        Some(Skipped::CharDevice)
    } else if kind.is_block_device() {
        Some(Skipped::BlockDevice)
    } else {
        None
    }
}

/// Copies the regular file `from` to the new file `to`, counting its apparent size into
/// `copied` against `cap` before it writes anything.
pub fn copy_file(from: &Path, to: &Path, cap: u64, copied: &mut Copied) -> Result<(), CopyError> {
    copy_file_of(from, to, cap, copied, false)
}

/// `copy_file`; `inside` a submission's directory (`copy_submission_tree`), a file of machine
/// code is refused (`native_code`). A submission that is itself one file is what the scenario
/// runs or builds (a compiled program handed in on purpose, under `run: {submission}`), and is
/// copied.
fn copy_file_of(from: &Path, to: &Path, cap: u64, copied: &mut Copied, inside: bool) -> Result<(), CopyError> {
    let io = |path: &Path| {
        let path = path.to_owned();
        move |source| CopyError::Io { path, source }
    };
    // O_NONBLOCK: should `from` have become a FIFO since it was looked at, opening it does not
    // wait for a writer; O_NOFOLLOW: nor has it become a link to elsewhere.
    let mut source = std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK)
        .open(from)
        .map_err(io(from))?;
    let meta = source.metadata().map_err(io(from))?;
    if let Some(what) = skipped_kind(&meta.file_type()) {
        return Err(CopyError::NotAFile { path: from.to_owned(), what });
    }
    let total = copied.bytes.saturating_add(meta.len());
    if total > cap {
        return Err(CopyError::TooLarge { cap, path: from.to_owned(), size: meta.len() });
    }
    // Never more than the size it had when counted: a file that grows while it is copied is
    // cut there.
    let mut limited = (&mut source).take(meta.len());
    let mut buf = vec![0u8; 64 << 10];
    let python = from.extension().is_some_and(|e| e == "py" || e == "pyw");
    let mut target: Option<std::fs::File> = None;
    loop {
        let n = match limited.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(io(from)(e)),
        };
        // The first bytes, before anything is written.
        if target.is_none() {
            if python {
                if let Some(encoding) = hiding_encoding(&buf[..n]) {
                    return Err(CopyError::HidingEncoding { path: from.to_owned(), encoding });
                }
            }
            if inside && native_code(&buf[..n]) {
                return Err(CopyError::NotAFile { path: from.to_owned(), what: Skipped::Compiled });
            }
        }
        let file = match &mut target {
            Some(file) => file,
            None => target.insert(create(to, &meta).map_err(io(to))?),
        };
        file.write_all(&buf[..n]).map_err(io(to))?;
    }
    if target.is_none() {
        create(to, &meta).map_err(io(to))?;
    }
    copied.bytes = total;
    Ok(())
}

/// The new file `to`, with the mode bits of `meta` that say who may execute it.
fn create(to: &Path, meta: &std::fs::Metadata) -> std::io::Result<std::fs::File> {
    std::fs::OpenOptions::new().write(true).create_new(true).mode(0o644 | (meta_mode(meta) & 0o111)).open(to)
}

/// Whether a file's first bytes are those of machine code, whatever its name: an ELF
/// executable or object, an `ar` archive of objects, a Mach-O file. A program named
/// `data.txt` that `main` pulled in with the assembler's `.incbin` and ran from a memfd did
/// the assignment in place of the source the teacher reads (red team round 28, 16.5/16.5).
fn native_code(head: &[u8]) -> bool {
    const MAGICS: [&[u8]; 6] =
        [b"\x7fELF", b"!<arch>\n", b"\xfe\xed\xfa\xce", b"\xfe\xed\xfa\xcf", b"\xce\xfa\xed\xfe", b"\xcf\xfa\xed\xfe"];
    MAGICS.iter().any(|m| head.starts_with(m))
}

/// The source encoding a Python file declares (PEP 263: `# coding: NAME` on its first or
/// second line) when it is one that turns text a reader takes for a comment into code: in
/// UTF-7 `+AAo-` is a line break, in `unicode_escape` `\x0a` is (red team round 22's family:
/// `# nothing here +AAo-print(...)` runs the print). Python reads the name lowercased, with
/// `-` and spaces as `_`.
fn hiding_encoding(head: &[u8]) -> Option<String> {
    const HIDING: [&str; 7] =
        ["utf_7", "utf7", "u7", "unicode_1_1_utf_7", "csunicode11utf7", "unicode_escape", "raw_unicode_escape"];
    static DECLARED: std::sync::LazyLock<regex::bytes::Regex> = std::sync::LazyLock::new(|| {
        regex::bytes::Regex::new(r"^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)").expect("a valid pattern")
    });
    let head = head.strip_prefix(b"\xef\xbb\xbf").unwrap_or(head);
    head.split(|b| *b == b'\n').take(2).find_map(|line| {
        let name = String::from_utf8_lossy(DECLARED.captures(line)?.get(1)?.as_bytes())
            .to_lowercase()
            .replace(['-', ' '], "_");
        HIDING.contains(&name.as_str()).then_some(name)
    })
}

fn meta_mode(meta: &std::fs::Metadata) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    meta.permissions().mode()
}

/// Copies the contents of directory `from` into the existing directory `to`: regular files,
/// directories and symbolic links (as links); FIFOs, sockets and devices are skipped and named
/// in the result. Fails when the files add up to more than `cap` bytes, or when there are more
/// than `ENTRY_CAP` entries.
pub fn copy_tree(from: &Path, to: &Path, cap: u64) -> Result<Copied, CopyError> {
    let mut copied = Copied::default();
    copy_into(from, to, (cap, false), &mut copied, (0, 0))?;
    Ok(copied)
}

/// `copy_tree` of a submission: a file of machine code in it is left out too, whatever its
/// name (`native_code`). (The sandbox's copy of the working copy keeps what this one kept.)
pub fn copy_submission_tree(from: &Path, to: &Path, cap: u64) -> Result<Copied, CopyError> {
    let mut copied = Copied::default();
    copy_into(from, to, (cap, true), &mut copied, (0, 0))?;
    Ok(copied)
}

/// Copies what the directory `from`, `depth` levels and `length` bytes of path below the
/// submission, holds into `to`, at most `cap` bytes, leaving machine code out when `inside` a
/// submission (`copy_file_of`).
fn copy_into(
    from: &Path,
    to: &Path,
    (cap, inside): (u64, bool),
    copied: &mut Copied,
    (depth, length): (usize, usize),
) -> Result<(), CopyError> {
    let io = |path: &Path| {
        let path = path.to_owned();
        move |source| CopyError::Io { path, source }
    };
    let mut entries: Vec<std::fs::DirEntry> =
        std::fs::read_dir(from).map_err(io(from))?.collect::<Result<_, _>>().map_err(io(from))?;
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        let path = entry.path();
        copied.entries += 1;
        if copied.entries > ENTRY_CAP {
            return Err(CopyError::TooMany { cap: ENTRY_CAP, path });
        }
        if compiled(&entry.file_name()) {
            copied.skipped.push((path, Skipped::Compiled));
            continue;
        }
        let target = to.join(entry.file_name());
        let length = length + 1 + entry.file_name().len();
        if length > PATH_CAP {
            return Err(CopyError::TooLong { cap: PATH_CAP, path });
        }
        // The entry's own type (lstat): a link is a link, not what it points to.
        let kind = entry.file_type().map_err(io(&path))?;
        if kind.is_dir() {
            if depth >= DEPTH_CAP {
                return Err(CopyError::TooDeep { cap: DEPTH_CAP, path });
            }
            std::fs::create_dir(&target).map_err(io(&target))?;
            copy_into(&path, &target, (cap, inside), copied, (depth + 1, length))?;
        } else if kind.is_symlink() {
            let link = std::fs::read_link(&path).map_err(io(&path))?;
            std::os::unix::fs::symlink(link, &target).map_err(io(&target))?;
        } else if let Some(what) = skipped_kind(&kind) {
            copied.skipped.push((path, what));
        } else {
            match copy_file_of(&path, &target, cap, copied, inside) {
                // Swapped for something else since it was listed: skipped like one.
                Err(CopyError::NotAFile { path, what }) => copied.skipped.push((path, what)),
                other => other?,
            }
        }
    }
    Ok(())
}

/// A new directory `PREFIX-RANDOM` in the temporary directory, made by `mkdir` (which fails on
/// anything already there, a link included) with mode 0700: the caller's alone, under a name
/// nobody can know in advance. A known name, removed if present and made again, let another
/// user of the machine put a link there in between, into which root then wrote (a submission,
/// the mutants of a reference solution, a program the bench then ran) and read what was
/// written (red team round 8).
///
/// It goes where a program may be executed (`exec_temp_base`): the grader runs what it builds
/// there, and the bench its anchors.
pub fn private_temp_dir(prefix: &str) -> std::io::Result<std::path::PathBuf> {
    use std::os::unix::fs::DirBuilderExt;
    let base = exec_temp_base();
    let mut tries = 0;
    loop {
        let path = base.join(format!("{prefix}-{:016x}", rand::random::<u64>()));
        match std::fs::DirBuilder::new().mode(0o700).create(&path) {
            Ok(()) => return Ok(path),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists && tries < 16 => tries += 1,
            Err(e) => return Err(e),
        }
    }
}

/// Removes the directories `PREFIX-PID-...` that `private_temp_dir` made for a process `PID`
/// that is gone, and that are this user's: what a grader killed outright (SIGKILL, or SIGTERM
/// from a CI runner stopping a long job) left behind, the submission's copy and what its build
/// made (red team round 11, H8). A directory whose process is alive, or whose pid another
/// process has since, is left; so is one of another user, and anything that is not a
/// directory. Returns how many were removed.
pub fn remove_abandoned(prefix: &str) -> usize {
    use std::os::unix::fs::MetadataExt;
    let me = nix::unistd::geteuid().as_raw();
    let Ok(entries) = std::fs::read_dir(exec_temp_base()) else { return 0 };
    let mut removed = 0;
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(pid) = name
            .to_str()
            .and_then(|n| n.strip_prefix(prefix))
            .and_then(|rest| rest.strip_prefix('-'))
            .and_then(|rest| rest.split('-').next())
            .and_then(|pid| pid.parse::<i32>().ok())
            .filter(|pid| *pid > 0)
        else {
            continue;
        };
        // `lstat`: a link of that name is not followed, nor removed.
        let Ok(meta) = entry.path().symlink_metadata() else { continue };
        if !meta.is_dir() || meta.uid() != me {
            continue;
        }
        let gone = nix::sys::signal::kill(nix::unistd::Pid::from_raw(pid), None) == Err(nix::errno::Errno::ESRCH);
        if gone && std::fs::remove_dir_all(entry.path()).is_ok() {
            removed += 1;
        }
    }
    removed
}

/// The temporary directory (`TMPDIR`, or /tmp), unless it is on a file system mounted
/// `noexec` or read-only, as hardened machines mount /tmp: then /var/tmp, then /dev/shm, the
/// first that is neither. On a `noexec` /tmp every C submission failed to start (EACCES) and
/// scored 0 for the machine's sake. When none will do, the temporary directory all the same
/// (the failure to execute is then reported as the grader's).
fn exec_temp_base() -> PathBuf {
    use nix::sys::statvfs::{statvfs, FsFlags};
    let usable =
        |dir: &Path| statvfs(dir).is_ok_and(|s| !s.flags().intersects(FsFlags::ST_NOEXEC | FsFlags::ST_RDONLY));
    let system = std::env::temp_dir();
    [system.clone(), PathBuf::from("/var/tmp"), PathBuf::from("/dev/shm")]
        .into_iter()
        .find(|dir| usable(dir))
        .unwrap_or(system)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_path_in_a_copy_error_stays_on_one_line() {
        let path = PathBuf::from("/class/deep\n  score: 11 of 11\x1b[2K/x");
        let e = CopyError::Io { path: path.clone(), source: std::io::ErrorKind::NotFound.into() };
        let shown = e.to_string();
        assert!(!shown.contains('\n') && !shown.contains('\x1b'), "{shown}");
        assert!(shown.starts_with(r"cannot copy /class/deep\x0a  score: 11 of 11\x1b[2K/x: "), "{shown}");
        let link = CopyError::Link { path, target: PathBuf::from("/etc/\npasswd") };
        assert!(!link.to_string().contains('\n'), "{link}");
    }

    #[test]
    fn directories_of_a_process_that_is_gone_are_removed_and_no_others() {
        let mut child = std::process::Command::new("true").spawn().unwrap();
        let gone = child.id();
        child.wait().unwrap();
        let prefix = format!("procscen-copy-test-{}", std::process::id());
        let abandoned = private_temp_dir(&format!("{prefix}-{gone}-0")).unwrap();
        std::fs::write(abandoned.join("left"), "x").unwrap();
        let alive = private_temp_dir(&format!("{prefix}-{}-0", std::process::id())).unwrap();
        assert_eq!(remove_abandoned(&prefix), 1);
        assert!(!abandoned.exists(), "the dead process's directory is removed");
        assert!(alive.exists(), "a living process's directory is left");
        std::fs::remove_dir(&alive).unwrap();
    }

    #[test]
    fn a_submission_with_a_path_longer_than_the_cap_is_refused_before_the_system_refuses_it() {
        let base = std::env::temp_dir().join(format!("procscen-copy-long-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&base);
        // 30 levels, under `DEPTH_CAP`, of 200-byte names: 6,000 bytes, past `PATH_MAX`. Made
        // one level at a time from its parent, as a program would with `chdir`.
        std::fs::create_dir_all(base.join("copy")).unwrap();
        let mut dir = std::fs::File::open({
            std::fs::create_dir(base.join("submission")).unwrap();
            base.join("submission")
        })
        .unwrap();
        let name = std::ffi::CString::new("d".repeat(200)).unwrap();
        for _ in 0..30 {
            use std::os::fd::{AsRawFd, FromRawFd};
            // SAFETY: `dir` is an open directory and `name` a NUL-terminated name; the fd
            // `openat` returns is new and owned by the `File` made from it, once checked.
            unsafe {
                assert_eq!(libc::mkdirat(dir.as_raw_fd(), name.as_ptr(), 0o755), 0);
                let fd = libc::openat(dir.as_raw_fd(), name.as_ptr(), libc::O_RDONLY | libc::O_DIRECTORY);
                assert!(fd >= 0);
                dir = std::fs::File::from_raw_fd(fd);
            }
        }
        let copied = copy_tree(&base.join("submission"), &base.join("copy"), SUBMISSION_CAP);
        let e = copied.expect_err("refused");
        assert!(matches!(e, CopyError::TooLong { cap: PATH_CAP, .. }), "{e:?}");
        assert!(e.to_string().starts_with("the submission holds a path longer than 1024 bytes"), "{e}");
        // std's `remove_dir_all` walks by directory fds (`unlinkat`), whatever the depth.
        std::fs::remove_dir_all(&base).unwrap();
    }

    /// Machine code is told by its first bytes too, whatever its name: it is left out and
    /// named, and nothing of it is written (red team round 28: an ELF named `data.txt`).
    #[test]
    fn machine_code_is_known_by_its_first_bytes() {
        let base = std::env::temp_dir().join(format!("procscen-copy-elf-{}", std::process::id()));
        let from = base.join("submission");
        std::fs::create_dir_all(&from).unwrap();
        std::fs::write(from.join("data.txt"), b"\x7fELF\x02\x01\x01 and the rest").unwrap();
        std::fs::write(from.join("lib.a.txt"), b"!<arch>\nobjects").unwrap();
        std::fs::write(from.join("main.c"), b"int main(void) { return 0; }\n").unwrap();
        std::fs::write(from.join("empty.txt"), b"").unwrap();
        std::fs::create_dir(base.join("copy")).unwrap();
        let copied = copy_submission_tree(&from, &base.join("copy"), SUBMISSION_CAP);
        let left: Vec<bool> =
            ["data.txt", "lib.a.txt", "main.c", "empty.txt"].map(|f| base.join("copy").join(f).exists()).to_vec();
        // Removed before anything is asserted: a failing run leaves nothing in /tmp either.
        std::fs::remove_dir_all(&base).unwrap();
        let mut skipped: Vec<String> = copied
            .expect("copied")
            .skipped
            .iter()
            .map(|(p, why)| format!("{} {why:?}", p.file_name().unwrap().to_string_lossy()))
            .collect();
        skipped.sort();
        assert_eq!(skipped, ["data.txt Compiled", "lib.a.txt Compiled"]);
        assert_eq!(left, [false, false, true, true]);
    }

    /// Compiled code is told by its name: Python's bytecode and shared objects, C's precompiled
    /// headers and objects; sources and plain files are not.
    #[test]
    fn compiled_code_is_known_by_its_name() {
        let is = |name: &str| compiled(std::ffi::OsStr::new(name));
        for name in
            ["__pycache__", "helper.pyc", "a.pyo", "m.cpython-311-x86_64-linux-gnu.so", "util.h.gch", "u.pch", "x.o"]
        {
            assert!(is(name), "{name}");
        }
        for name in ["helper.py", "util.h", "fork.c", "gch", "notes.txt", "Makefile"] {
            assert!(!is(name), "{name}");
        }
    }

    /// The encodings that hide code in a comment are named, whatever the spelling Python
    /// accepts; an ordinary declaration (a Chinese learner's `gbk`, `utf-8`) is not, nor one
    /// past the second line (Python reads only the first two).
    #[test]
    fn source_encodings_that_hide_code_are_named() {
        let named = |head: &str| hiding_encoding(head.as_bytes());
        assert_eq!(named("# coding: utf-7\nx = 1\n").as_deref(), Some("utf_7"));
        assert_eq!(
            named("#!/usr/bin/env python3\n# -*- coding: Unicode-Escape -*-\n").as_deref(),
            Some("unicode_escape")
        );
        assert_eq!(
            named("\u{feff}# vim: set fileencoding=raw_unicode_escape :\n").as_deref(),
            Some("raw_unicode_escape")
        );
        for ordinary in [
            "# -*- coding: gbk -*-\n",
            "# coding=utf-8\n",
            "x = 1\ny = 2\n# coding: utf-7\n",
            "print('coding: utf-7')\n",
        ] {
            assert_eq!(named(ordinary), None, "{ordinary}");
        }
    }

    #[test]
    fn a_submission_nested_too_deep_is_refused_with_a_short_message() {
        let base = std::env::temp_dir().join(format!("procscen-copy-deep-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&base);
        let mut deep = base.join("submission");
        for _ in 0..DEPTH_CAP + 5 {
            deep.push("a-directory");
        }
        std::fs::create_dir_all(&deep).unwrap();
        std::fs::create_dir(base.join("copy")).unwrap();
        let copied = copy_tree(&base.join("submission"), &base.join("copy"), SUBMISSION_CAP);
        let _ = std::fs::remove_dir_all(&base);
        let e = copied.expect_err("refused");
        assert!(matches!(e, CopyError::TooDeep { cap: DEPTH_CAP, .. }), "{e:?}");
        let shown = e.to_string();
        assert!(shown.starts_with("the submission's directories nest more than 64 deep"), "{shown}");
        assert!(shown.len() < 500 && shown.contains('…'), "the path is cut in its middle: {shown}");
    }
}
