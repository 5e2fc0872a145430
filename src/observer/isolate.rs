//! Isolation of an observed program: new namespaces entered between fork and exec.
//!
//! A graded program gets a network namespace of its own (no interface but a loopback that is
//! down, so no network), a mount namespace in which `/tmp` is a new empty tmpfs, and a user
//! namespace that makes both possible without privileges. Directories the program needs that
//! lie under `/tmp` (its working directory, the copy of the submission, the program a build
//! made) are mounted back at their own paths, so every path on its command line still
//! works while nothing else of the machine's `/tmp` is visible.
//!
//! Everything the child needs is prepared here, before the fork: the child only makes system
//! calls on these values (see `Isolation::enter`).

use std::cell::Cell;
use std::ffi::CString;
use std::path::{Path, PathBuf};

/// What the child needs to isolate itself, built before the fork.
pub struct Isolation {
    uid_map: CString,
    gid_map: CString,
    /// Directories under /tmp to make visible again.
    keep: Vec<Kept>,
    /// The private /tmp's mount options: its mode and its size.
    tmp_options: CString,
}

/// A directory under /tmp that the program must still see.
struct Kept {
    /// Its path, and the mount points to create on the tmpfs to reach it, outermost first.
    mkdirs: Vec<CString>,
    /// A detached copy of its mount, taken in the child before the tmpfs covers it (a bind
    /// mount from an fd opened before `unshare` would name a mount of the old namespace,
    /// which the kernel refuses).
    tree: Cell<i32>,
}

/// `open_tree` flags (linux/mount.h): copy the mount rather than reference it, with the
/// mounts below it.
const OPEN_TREE_CLONE: libc::c_uint = 1;
const AT_RECURSIVE: libc::c_uint = 0x8000;
/// `move_mount` flag: the source is the fd itself.
const MOVE_MOUNT_F_EMPTY_PATH: libc::c_uint = 0x4;

/// The step of `enter` that failed, and its errno.
pub struct Failure {
    pub step: u8,
    pub errno: i32,
}

/// The user and group id an isolated program has inside its user namespace: an ordinary
/// user's, so that it is not root there either.
pub const PROGRAM_UID: u32 = 1000;

/// The machine's /tmp, which the program gets a private copy of.
const TMP: &str = "/tmp";

impl Isolation {
    /// Prepares isolation for a program that needs the directories `needed` (its working
    /// directory, the directories of the files on its command line).
    pub fn prepare(needed: &[PathBuf], tmp_bytes: u64) -> Result<Isolation, String> {
        let cstring = |s: String| CString::new(s).map_err(|_| "a path contains a NUL byte".to_owned());
        let uid = nix::unistd::getuid();
        let gid = nix::unistd::getgid();
        // Inside its namespace the program is an ordinary user (`PROGRAM_UID`), not root: when
        // it executes, the kernel drops every capability it had in the namespace, so it can
        // mount nothing, undo no read-only mount and own nothing it did not make. Outside, its
        // files still belong to the grader's user, which is the one id an unprivileged process
        // may map.
        let uid_map = cstring(format!("{PROGRAM_UID} {uid} 1\n"))?;
        let gid_map = cstring(format!("{PROGRAM_UID} {gid} 1\n"))?;
        let mut roots: Vec<PathBuf> =
            needed.iter().filter(|p| p.starts_with(TMP) && p.as_path() != Path::new(TMP)).cloned().collect();
        roots.sort();
        roots.dedup();
        // A directory inside another kept one is visible through it already; creating its
        // mount point would write into the real directory.
        let outermost: Vec<PathBuf> =
            roots.iter().filter(|p| !roots.iter().any(|q| q != *p && p.starts_with(q))).cloned().collect();
        let mut keep = Vec::new();
        for dir in outermost {
            let mut mkdirs = Vec::new();
            let mut partial = PathBuf::from(TMP);
            for part in dir.strip_prefix(TMP).unwrap_or(&dir).components() {
                partial.push(part);
                mkdirs.push(cstring(partial.to_string_lossy().into_owned())?);
            }
            keep.push(Kept { mkdirs, tree: Cell::new(-1) });
        }
        // What the program writes to its /tmp is held in memory: the tmpfs has a size.
        let tmp_options = cstring(format!("mode=1777,size={tmp_bytes}"))?;
        Ok(Isolation { uid_map, gid_map, keep, tmp_options })
    }

    /// Enters the namespaces. Runs in the forked child before exec.
    ///
    /// # Safety
    /// Must run in a child forked from a single-threaded process (unshare of a user namespace
    /// fails in a multi-threaded one anyway); it only makes system calls on values built
    /// before the fork, none of which allocates or takes a lock.
    pub unsafe fn enter(&self) -> Result<(), Failure> {
        let fail = |step: u8| Failure { step, errno: *libc::__errno_location() };
        if libc::unshare(libc::CLONE_NEWUSER | libc::CLONE_NEWNET | libc::CLONE_NEWNS) != 0 {
            return Err(fail(1));
        }
        // An unprivileged process may map only its own ids, and only after it gave up
        // setgroups (which could otherwise drop a group that denies it access).
        let write_file = |path: &std::ffi::CStr, text: &[u8]| -> bool {
            let fd = libc::open(path.as_ptr(), libc::O_WRONLY | libc::O_CLOEXEC);
            if fd < 0 {
                return false;
            }
            let ok = libc::write(fd, text.as_ptr().cast(), text.len()) == text.len() as isize;
            libc::close(fd);
            ok
        };
        if !write_file(c"/proc/self/setgroups", b"deny") {
            return Err(fail(2));
        }
        if !write_file(c"/proc/self/uid_map", self.uid_map.as_bytes()) {
            return Err(fail(3));
        }
        if !write_file(c"/proc/self/gid_map", self.gid_map.as_bytes()) {
            return Err(fail(4));
        }
        // Mounts made from now on must not propagate back to the machine's namespace.
        let none = std::ptr::null();
        if libc::mount(c"none".as_ptr(), c"/".as_ptr(), none, libc::MS_REC | libc::MS_PRIVATE, none.cast()) != 0 {
            return Err(fail(5));
        }
        for kept in &self.keep {
            let path = kept.mkdirs.last().expect("a kept directory is below /tmp");
            let flags = OPEN_TREE_CLONE | AT_RECURSIVE | libc::O_CLOEXEC as libc::c_uint;
            let fd = libc::syscall(libc::SYS_open_tree, libc::AT_FDCWD, path.as_ptr(), flags);
            if fd < 0 {
                return Err(fail(6));
            }
            kept.tree.set(fd as i32);
        }
        let flags = libc::MS_NOSUID | libc::MS_NODEV;
        let options = self.tmp_options.as_ptr().cast();
        if libc::mount(c"tmpfs".as_ptr(), c"/tmp".as_ptr(), c"tmpfs".as_ptr(), flags, options) != 0 {
            return Err(fail(7));
        }
        for kept in &self.keep {
            for dir in &kept.mkdirs {
                libc::mkdir(dir.as_ptr(), 0o755);
            }
            let target = kept.mkdirs.last().expect("a kept directory is below /tmp");
            let moved = libc::syscall(
                libc::SYS_move_mount,
                kept.tree.get(),
                c"".as_ptr(),
                libc::AT_FDCWD,
                target.as_ptr(),
                MOVE_MOUNT_F_EMPTY_PATH,
            );
            if moved != 0 {
                return Err(fail(8));
            }
            libc::close(kept.tree.get());
        }
        Ok(())
    }
}

/// What failed, for the report: the `step` of a `Failure`.
pub fn step_name(step: u8) -> &'static str {
    match step {
        1 => "creating user, network and mount namespaces (unshare)",
        2 => "writing /proc/self/setgroups",
        3 => "writing /proc/self/uid_map",
        4 => "writing /proc/self/gid_map",
        5 => "making the mounts private",
        6 => "copying the mounts of the working directory (open_tree)",
        7 => "mounting a private /tmp",
        _ => "mounting the working directory into the private /tmp",
    }
}
