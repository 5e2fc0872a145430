//! Isolation of an observed program: new namespaces entered between fork and exec.
//!
//! A graded program gets a network namespace of its own (no interface but a loopback that is
//! down, so no network), a mount namespace, and a user namespace that makes both possible
//! without privileges, in which it is an ordinary user. Its file system is the judges' (as
//! bubblewrap's `--ro-bind` and `--tmpfs`, isolate's box): every mount read-only
//! (`mount_setattr` with `AT_RECURSIVE`), `/tmp` and `/dev/shm` new empty tmpfs of a fixed
//! size, and the grader's directories (its home, the project, the scenario's directory with
//! the reference solutions) covered by empty read-only tmpfs. What the program needs is
//! mounted back at its own path: its working copy (writable), its interpreter's directories
//! and its `PATH` (read-only), so every path on its command line still works.
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
    /// New file systems mounted over the machine's directories, the private /tmp first.
    covers: Vec<Cover>,
    /// Directories that must stay visible under a cover (or writable in a read-only file
    /// system), outermost first.
    keep: Vec<Kept>,
}

/// A tmpfs mounted over a directory of the machine: the private /tmp, a private /dev/shm, or
/// an empty one that hides the grader's files.
struct Cover {
    at: CString,
    /// The tmpfs's mount options: its mode and its size.
    options: CString,
    /// Made read-only once the kept directories below it are mounted.
    read_only: bool,
}

/// A directory the program must still see: under a cover (its working directory, its
/// interpreter), or writable (its working copy) in a read-only file system.
struct Kept {
    /// Its path, and the mount points to create on its cover to reach it, outermost first
    /// (only its path when it lies under no cover).
    mkdirs: Vec<CString>,
    /// Writable: copied before the file system is made read-only.
    writable: bool,
    /// A detached copy of its mount, taken in the child before the cover hides it (a bind
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
/// `mount_setattr`'s attribute: read-only.
const MOUNT_ATTR_RDONLY: u64 = 0x1;

/// `struct mount_attr` (linux/mount.h), the argument of `mount_setattr`.
#[repr(C)]
struct MountAttr {
    attr_set: u64,
    attr_clr: u64,
    propagation: u64,
    userns_fd: u64,
}

/// The step of `enter` that failed, and its errno.
pub struct Failure {
    pub step: u8,
    pub errno: i32,
}

/// The first step after which a failure must stop the program: something it needs may be
/// hidden.
pub const FATAL_STEP: u8 = 10;
/// The step that makes the file system read-only; where the kernel refuses it (before Linux
/// 5.12, no `mount_setattr`) the program runs on, and the report says so.
pub const READ_ONLY_STEP: u8 = 7;

/// The user and group id an isolated program has inside its user namespace: an ordinary
/// user's, so that it is not root there either.
pub const PROGRAM_UID: u32 = 1000;

/// The machine's /tmp, which the program gets a private copy of.
const TMP: &str = "/tmp";

/// Directories that are never hidden, nor any directory above them: the program needs them to
/// run at all.
const SYSTEM: &[&str] = &[
    "/bin", "/dev", "/etc", "/lib", "/lib32", "/lib64", "/opt", "/proc", "/run", "/sbin", "/sys", "/tmp", "/usr",
    "/var",
];

/// What the caller asks of an isolated program's file system.
pub struct Paths<'a> {
    /// Directories the program must see (its working directory, its own, those of the files on
    /// its command line, its `PATH`).
    pub needed: &'a [PathBuf],
    /// Directories it may write (its working copy); the rest of the file system is read-only.
    pub writable: &'a [PathBuf],
    /// Directories it must not see (the grader's home, the project, the scenario's directory):
    /// each is covered by an empty tmpfs, on which only what it needs is mounted back.
    pub hidden: &'a [PathBuf],
}

impl Isolation {
    /// Prepares isolation for a program, its private /tmp and /dev/shm `tmp_bytes` each.
    pub fn prepare(paths: &Paths, tmp_bytes: u64) -> Result<Isolation, String> {
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
        // Paths as the kernel resolves them (a home that is a symbolic link is hidden where it
        // points); what does not exist needs nothing.
        let real = |paths: &[PathBuf]| -> Vec<PathBuf> {
            let mut out: Vec<PathBuf> = paths.iter().filter_map(|p| std::fs::canonicalize(p).ok()).collect();
            out.sort();
            out.dedup();
            out
        };
        let writable = real(paths.writable);
        let mut needed = real(paths.needed);
        needed.extend(writable.iter().cloned());
        let protected = |dir: &Path| dir == Path::new("/") || SYSTEM.iter().any(|s| Path::new(s).starts_with(dir));
        let hidden: Vec<PathBuf> = real(paths.hidden)
            .into_iter()
            .filter(|h| !protected(h) && !h.starts_with(TMP))
            // Hiding a directory the program needs whole (its `PATH` names the project) would
            // hide nothing.
            .filter(|h| !needed.iter().any(|n| h.starts_with(n)))
            .collect();
        let hidden: Vec<PathBuf> =
            hidden.iter().filter(|h| !hidden.iter().any(|o| o != *h && h.starts_with(o))).cloned().collect();
        // The private /tmp and /dev/shm are memory: each has a size.
        let tmp_options = format!("mode=1777,size={tmp_bytes}");
        let mut covers =
            vec![Cover { at: cstring(TMP.to_owned())?, options: cstring(tmp_options.clone())?, read_only: false }];
        if Path::new("/dev/shm").is_dir() {
            covers.push(Cover {
                at: cstring("/dev/shm".to_owned())?,
                options: cstring(tmp_options)?,
                read_only: false,
            });
        }
        for h in &hidden {
            covers.push(Cover {
                at: cstring(h.to_string_lossy().into_owned())?,
                options: cstring("mode=755,size=1m".to_owned())?,
                read_only: true,
            });
        }
        // Each directory to keep, under the cover it lies under (none: a writable directory
        // elsewhere, mounted back onto itself to stay writable).
        let bases: Vec<PathBuf> = std::iter::once(PathBuf::from(TMP)).chain(hidden.iter().cloned()).collect();
        let under = |p: &Path| bases.iter().find(|b| p.starts_with(b) && p != b.as_path()).cloned();
        let candidates: Vec<&PathBuf> =
            needed.iter().filter(|p| under(p).is_some() || (writable.contains(p) && !protected(p))).collect();
        // A directory inside another kept one is visible through it already; creating its
        // mount point would write into the real directory.
        let mut keep = Vec::new();
        for dir in candidates.iter().filter(|p| !candidates.iter().any(|q| q != *p && p.starts_with(q))) {
            let mut mkdirs = Vec::new();
            if let Some(base) = under(dir) {
                let mut partial = base.clone();
                for part in dir.strip_prefix(&base).unwrap_or(dir).components() {
                    partial.push(part);
                    mkdirs.push(cstring(partial.to_string_lossy().into_owned())?);
                }
            } else {
                mkdirs.push(cstring(dir.to_string_lossy().into_owned())?);
            }
            // Writable: the working copy and what holds it (the run's own directory); the rest
            // (its interpreter, its `PATH`, a data file the command line names) read-only.
            let writable = writable.iter().any(|w| w.starts_with(dir) || dir.starts_with(w));
            keep.push(Kept { mkdirs, writable, tree: Cell::new(-1) });
        }
        Ok(Isolation { uid_map, gid_map, covers, keep })
    }

    /// Enters the namespaces and builds the program's view of the file system. Runs in the
    /// forked child before exec. `warn` hears of a step that failed without stopping the rest.
    ///
    /// # Safety
    /// Must run in a child forked from a single-threaded process (unshare of a user namespace
    /// fails in a multi-threaded one anyway); it only makes system calls on values built
    /// before the fork, none of which allocates or takes a lock.
    pub unsafe fn enter(&self, warn: &dyn Fn(&Failure)) -> Result<(), Failure> {
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
        let copy = |kept: &Kept| -> bool {
            let path = kept.mkdirs.last().expect("a kept directory has a path");
            let flags = OPEN_TREE_CLONE | AT_RECURSIVE | libc::O_CLOEXEC as libc::c_uint;
            let fd = libc::syscall(libc::SYS_open_tree, libc::AT_FDCWD, path.as_ptr(), flags);
            kept.tree.set(fd as i32);
            fd >= 0
        };
        // What stays writable is copied while it still is.
        for kept in self.keep.iter().filter(|k| k.writable) {
            if !copy(kept) {
                return Err(fail(6));
            }
        }
        // Every mount read-only, those below included: the program writes nowhere but where
        // its writable directories and the private /tmp and /dev/shm are mounted back. Mounts
        // the kernel locked (copied from a more privileged namespace) may be made read-only,
        // never writable again, and the program, with no capability, can do neither.
        let read_only = MountAttr { attr_set: MOUNT_ATTR_RDONLY, attr_clr: 0, propagation: 0, userns_fd: 0 };
        let size = std::mem::size_of::<MountAttr>();
        let attr = &read_only as *const MountAttr;
        if libc::syscall(libc::SYS_mount_setattr, libc::AT_FDCWD, c"/".as_ptr(), AT_RECURSIVE, attr, size) != 0 {
            warn(&fail(READ_ONLY_STEP));
        }
        // What is only read is copied now, read-only.
        for kept in self.keep.iter().filter(|k| !k.writable) {
            if !copy(kept) {
                return Err(fail(8));
            }
        }
        for (i, cover) in self.covers.iter().enumerate() {
            let flags = libc::MS_NOSUID | libc::MS_NODEV;
            let options = cover.options.as_ptr().cast();
            if libc::mount(c"tmpfs".as_ptr(), cover.at.as_ptr(), c"tmpfs".as_ptr(), flags, options) != 0 {
                // Until the private /tmp covers the real one nothing is hidden.
                return Err(fail(if i == 0 { 9 } else { 11 }));
            }
        }
        for kept in &self.keep {
            for dir in &kept.mkdirs {
                libc::mkdir(dir.as_ptr(), 0o755);
            }
            let target = kept.mkdirs.last().expect("a kept directory has a path");
            let moved = libc::syscall(
                libc::SYS_move_mount,
                kept.tree.get(),
                c"".as_ptr(),
                libc::AT_FDCWD,
                target.as_ptr(),
                MOVE_MOUNT_F_EMPTY_PATH,
            );
            if moved != 0 {
                return Err(fail(10));
            }
            libc::close(kept.tree.get());
        }
        for cover in self.covers.iter().filter(|c| c.read_only) {
            if libc::syscall(libc::SYS_mount_setattr, libc::AT_FDCWD, cover.at.as_ptr(), 0, attr, size) != 0 {
                return Err(fail(12));
            }
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
        6 => "copying the mounts of the working copy (open_tree)",
        READ_ONLY_STEP => "making the file system read-only (mount_setattr)",
        8 => "copying the mounts of the interpreter's directories (open_tree)",
        9 => "mounting a private /tmp",
        10 => "mounting the program's directories back (move_mount)",
        11 => "mounting a private /dev/shm, or hiding the grader's directories (a tmpfs over each)",
        _ => "making the covers of the grader's directories read-only",
    }
}
