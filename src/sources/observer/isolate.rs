//! Isolation of an observed program: new namespaces entered between fork and exec.
//!
//! A graded program (and its build, which compiles the student's code and so reads whatever
//! the student's `#include` or `.incbin` names) gets a network namespace of its own (no
//! interface but a loopback that is down, so no network), a mount namespace, and a user
//! namespace that makes both possible without privileges, in which it is an ordinary user.
//!
//! Its file system is an allow-list, as isolate's box and nsjail build one, not the machine's
//! with parts covered: a new, empty, read-only root (a tmpfs) on which only what it needs is
//! mounted, at the same paths as on the machine, so every path on its command line still
//! works:
//!
//! - the system's directories read-only (`/usr`, `/bin`, `/sbin`, `/lib*`, `/etc`, `/opt`),
//!   with every entry of `/etc` that is not readable by others (`/etc/shadow`, `/etc/gshadow`,
//!   private keys) masked: its kernel uid is still the grader's, so owner bits would let it
//!   read what the grader can;
//! - a minimal `/dev` (`null`, `zero`, `full`, `random`, `urandom`, the `fd` links), its own
//!   `/proc` (the tracer's, of the program's pid namespace), a private `/tmp` and `/dev/shm`
//!   (tmpfs of a fixed size);
//! - what its command needs, read-only: its working directory, the program's own directory
//!   (and that of the link `PATH` found it by), those of the files on its command line, for
//!   an interpreter installed outside the system's directories its prefix's `lib` (a venv:
//!   the venv) and, for a pyenv shim, pyenv's root;
//! - its working copy, writable: for the program a copy on a tmpfs (`max_tmp` plus `max_file_size`)
//!   (`scratch`, made in the tracer's mount namespace before the fork), for the build the run's
//!   directory, where it writes the program.
//!
//! Everything else (the grader's home, `/work`, `/srv`, `/var`, other students' submissions,
//! the assignment and its reference solutions) is absent: `ENOENT`, and its mounts are not in
//! `/proc/self/mountinfo` either, since the machine's root is detached (`pivot_root`).
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
    /// What goes on the new root, parents before what lies in them.
    mounts: Vec<Mount>,
    /// Every step is needed: a step the kernel refuses stops the program before it runs
    /// (`Request::require_isolation`), where otherwise the early ones let it run unisolated.
    pub strict: bool,
}

/// One thing on the new root, at `at` (its path on the staged root, under `STAGE`).
struct Mount {
    at: CString,
    /// Directories to make first (the parents of `at`, on the staged root), outermost first.
    parents: Vec<CString>,
    what: What,
}

enum What {
    /// A directory or file of the machine mounted at its own path.
    Bind {
        source: CString,
        read_only: bool,
        /// A file (a device, a mask over a secret): its mount point is a file.
        file: bool,
        /// A detached copy of its mount, taken in the child before the root changes (a bind
        /// from an fd opened before `unshare` would name a mount of the old namespace, which
        /// the kernel refuses).
        tree: Cell<i32>,
    },
    /// A new tmpfs: the private /tmp and /dev/shm, /dev, a mask over a secret directory.
    Tmpfs { options: CString, read_only: bool },
    /// A symbolic link (`/bin` → `usr/bin` on a merged /usr, `/dev/fd`).
    Symlink { to: CString },
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
pub struct StepFailure {
    pub step: u8,
    pub errno: i32,
}

/// The first step after which a failure must stop the program: from there on it would run on
/// a file system that is neither the machine's nor its sandbox (or a sandbox whose system
/// directories are writable, were `mount_setattr` refused).
pub const FATAL_STEP: u8 = 7;

/// The user and group id an isolated program has inside its user namespace: an ordinary
/// user's, so that it is not root there either.
pub const PROGRAM_UID: u32 = 1000;

/// Where the new root is put together in the child's mount namespace before it becomes `/`:
/// the machine's /tmp, which exists everywhere and which the new root only covers.
const STAGE: &str = "/tmp";

/// The machine's directories every program sees, read-only (those that exist; a symbolic link,
/// as `/bin` on a merged /usr, is copied as a link).
const SYSTEM: &[&str] = &["/usr", "/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32", "/etc", "/opt"];

/// The devices a program gets in its /dev.
const DEVICES: &[&str] = &["/dev/null", "/dev/zero", "/dev/full", "/dev/random", "/dev/urandom"];

/// The most entries of /etc and /proc masked; a machine with more unreadable files there is
/// refused.
const MAX_MASKS: usize = 1024;

impl Isolation {
    /// Prepares isolation for the program `program` (its command resolved on `PATH`) of
    /// `request`: its private /tmp and /dev/shm `request.limits.max_tmp` bytes each, and its
    /// scratch directories put on tmpfs of that size (in the tracer's own mount namespace, when
    /// it has one; see `stage_scratch`).
    pub fn for_request(request: &super::Request, program: &Path) -> Result<Isolation, String> {
        let real = |p: &Path| std::fs::canonicalize(p).ok();
        // Read-only: the working directory, the program's directory and those of the absolute
        // paths on its command line (a data file the teacher names).
        let mut needed: Vec<PathBuf> = Vec::new();
        needed.extend(real(&request.cwd));
        // The program is executed by the path `PATH` gave, which may be a link (a venv's
        // `bin/python3`, a directory of links put first on `PATH`): its own directory too, or
        // the exec fails with ENOENT.
        let linked = program.parent().and_then(real);
        let program = real(program).unwrap_or_else(|| program.to_owned());
        needed.extend(program.parent().map(Path::to_path_buf));
        needed.extend(linked.iter().cloned());
        // An interpreter installed outside the system's directories (pyenv's
        // `versions/3.11.7/bin/python3.11`, uv's, a venv's) finds its library beside its `bin`:
        // that `lib` (and `lib64`), read-only, not the rest of its prefix, which may be a home
        // directory; and a venv's whole directory, where its `pyvenv.cfg` names it one.
        for bin in program.parent().into_iter().chain(linked.as_deref()) {
            let Some(prefix) = bin.parent().filter(|_| bin.file_name().is_some_and(|n| n == "bin")) else { continue };
            for lib in ["lib", "lib64"].map(|l| prefix.join(l)) {
                needed.extend(real(&lib).filter(|l| l.is_dir()));
            }
            if prefix.join("pyvenv.cfg").is_file() {
                needed.push(prefix.to_owned());
            }
        }
        for word in request.argv.iter().map(Path::new).filter(|w| w.is_absolute()) {
            match real(word) {
                Some(w) if w.is_dir() => needed.push(w),
                Some(w) => needed.extend(w.parent().map(Path::to_path_buf)),
                None => {}
            }
        }
        // A pyenv shim (`python3` on this `PATH`) runs pyenv, which finds the interpreter under
        // its root: that root, read-only, and no other directory of `PATH`.
        let pyenv_root = request.env.iter().find(|(k, _)| k == "PYENV_ROOT").and_then(|(_, v)| real(Path::new(v)));
        let shims_parent = program.parent().filter(|d| d.ends_with("shims")).and_then(Path::parent).map(Path::to_owned);
        for root in [pyenv_root, shims_parent].into_iter().flatten() {
            if program.starts_with(&root) {
                needed.push(root);
            }
        }
        let writable: Vec<PathBuf> = request.writable.iter().filter_map(|p| real(p)).collect();
        let scratch: Vec<PathBuf> = request.scratch.iter().filter_map(|p| real(p)).collect();
        if super::pidns::is_init() {
            // As much as its /tmp, plus one file at the file size limit: a file the program may
            // write fails at that limit (EFBIG), not short of it for want of room.
            let bytes = request.limits.max_tmp.saturating_add(request.limits.max_file_size);
            stage_scratch(&scratch, bytes)?;
        }
        let mut writable_all = writable;
        writable_all.extend(scratch);
        let isolation = Isolation::prepare(&needed, &writable_all, request.limits.max_tmp)?;
        Ok(Isolation { strict: request.require_isolation, ..isolation })
    }

    /// The new root: the system's directories, `needed` read-only, `writable` writable, and a
    /// private /tmp and /dev/shm of `tmp_bytes` each.
    fn prepare(needed: &[PathBuf], writable: &[PathBuf], tmp_bytes: u64) -> Result<Isolation, String> {
        let cstring = |s: &Path| {
            CString::new(s.as_os_str().as_encoded_bytes()).map_err(|_| "a path contains a NUL byte".to_owned())
        };
        let staged =
            |p: &Path| -> Result<CString, String> { cstring(&Path::new(STAGE).join(p.strip_prefix("/").unwrap_or(p))) };
        let uid = nix::unistd::getuid();
        let gid = nix::unistd::getgid();
        // Inside its namespace the program is an ordinary user (`PROGRAM_UID`), not root: when
        // it executes, the kernel drops every capability it had in the namespace, so it can
        // mount nothing, undo no read-only mount and own nothing it did not make. Outside, its
        // files still belong to the grader's user, which is the one id an unprivileged process
        // may map (see docs/limits.md).
        let uid_map = CString::new(format!("{PROGRAM_UID} {uid} 1\n")).expect("no NUL");
        let gid_map = CString::new(format!("{PROGRAM_UID} {gid} 1\n")).expect("no NUL");
        let tmp_options = format!("mode=1777,size={tmp_bytes}");
        // (path on the new root, what) before sorting.
        let mut plan: Vec<(PathBuf, What)> = Vec::new();
        let bind = |source: &Path, read_only: bool, file: bool| -> Result<What, String> {
            Ok(What::Bind { source: cstring(source)?, read_only, file, tree: Cell::new(-1) })
        };
        let tmpfs =
            |options: &str, read_only: bool| What::Tmpfs { options: CString::new(options).expect("no NUL"), read_only };
        let mut system = Vec::new();
        for dir in SYSTEM.iter().map(Path::new) {
            match std::fs::symlink_metadata(dir) {
                Ok(m) if m.file_type().is_symlink() => {
                    let to = std::fs::read_link(dir).map_err(|e| format!("reading the link {}: {e}", dir.display()))?;
                    plan.push((dir.to_owned(), What::Symlink { to: cstring(&to)? }));
                }
                Ok(m) if m.is_dir() => {
                    plan.push((dir.to_owned(), bind(dir, true, false)?));
                    system.push(dir.to_owned());
                }
                _ => {}
            }
        }
        // Its kernel uid is the grader's: what the grader alone may read in /etc (the shadow
        // files, private keys) it must not see. Each such entry is covered: a file by
        // /dev/null, a directory by an empty read-only tmpfs.
        plan.extend(masks_of_unreadable(Path::new("/etc"))?);
        // What names the machine rather than the program's system: its host names and
        // addresses, its name server, its id (red team round 20).
        plan.extend(file_masks(&["/etc/hosts", "/etc/hostname", "/etc/machine-id", "/etc/resolv.conf"]));
        plan.push((PathBuf::from("/dev"), tmpfs("mode=755,size=64k", true)));
        for dev in DEVICES.iter().map(Path::new).filter(|d| d.exists()) {
            plan.push((dev.to_owned(), bind(dev, false, true)?));
        }
        for (link, to) in [
            ("fd", "/proc/self/fd"),
            ("stdin", "/proc/self/fd/0"),
            ("stdout", "/proc/self/fd/1"),
            ("stderr", "/proc/self/fd/2"),
        ] {
            plan.push((Path::new("/dev").join(link), What::Symlink { to: CString::new(to).expect("no NUL") }));
        }
        plan.push((PathBuf::from("/dev/shm"), tmpfs(&tmp_options, false)));
        // The tracer mounted a /proc of the program's pid namespace over the machine's: that one.
        plan.push((PathBuf::from("/proc"), bind(Path::new("/proc"), true, false)?));
        plan.extend(masks_of_proc()?);
        plan.push((PathBuf::from("/tmp"), tmpfs(&tmp_options, false)));
        // What the program needs that the system directories do not already show (a directory
        // in another kept one is visible through it, and its mount point could not be made
        // on a read-only mount). Writable directories always get their own mount.
        // (A read-only directory inside a writable one, the build's working directory in the
        // run's directory, stays writable.)
        let visible = |p: &Path, kept: &[PathBuf]| system.iter().chain(kept).chain(writable).any(|s| p.starts_with(s));
        let mut kept: Vec<PathBuf> = Vec::new();
        let mut read_only: Vec<PathBuf> =
            needed.iter().filter(|p| !writable.iter().any(|w| w == *p)).cloned().collect();
        read_only.sort();
        read_only.dedup();
        for dir in read_only {
            if dir == Path::new("/")
                || dir == Path::new("/tmp")
                || dir == Path::new("/dev")
                || dir == Path::new("/proc")
            {
                continue;
            }
            if !visible(&dir, &kept) {
                plan.push((dir.clone(), bind(&dir, true, false)?));
                kept.push(dir);
            }
        }
        let mut writable = writable.to_vec();
        writable.sort();
        writable.dedup();
        for dir in writable {
            if dir == Path::new("/") || system.iter().any(|s| dir.starts_with(s)) {
                return Err(format!(
                    "{} cannot be writable: it lies in the system's read-only directories",
                    dir.display()
                ));
            }
            plan.push((dir.clone(), bind(&dir, false, false)?));
        }
        // Parents before what lies in them: `Path`'s order compares component by component.
        plan.sort_by(|a, b| a.0.cmp(&b.0));
        let mut mounts = Vec::new();
        for (path, what) in plan {
            let mut parents = Vec::new();
            let mut partial = PathBuf::from("/");
            let components: Vec<_> = path.components().skip(1).collect();
            for part in components.iter().take(components.len().saturating_sub(1)) {
                partial.push(part);
                parents.push(staged(&partial)?);
            }
            mounts.push(Mount { at: staged(&path)?, parents, what });
        }
        Ok(Isolation { uid_map, gid_map, mounts, strict: false })
    }

    /// Enters the namespaces and builds the program's root. Runs in the forked child before
    /// exec. `warn` hears of a step that failed without stopping the rest (none at present:
    /// kept for the caller's protocol). The steps are numbered in `StepFailure::step` in the
    /// order they run, across the functions below.
    ///
    /// # Safety
    /// Must run in a child forked from a single-threaded process (unshare of a user namespace
    /// fails in a multi-threaded one anyway); it only makes system calls on values built
    /// before the fork, none of which allocates or takes a lock.
    pub unsafe fn enter(&self, _warn: &dyn Fn(&StepFailure)) -> Result<(), StepFailure> {
        // Each step asks what `enter` asks of its caller, in this order: functions, not one
        // body, but still only system calls on values built before the fork.
        enter_namespaces(&self.uid_map, &self.gid_map)?;
        self.take_trees()?;
        self.build_stage()?;
        pivot_to_stage()
    }

    /// Steps 6 and 7: copies of every mount to bind, taken while the machine's root is still
    /// there, made read-only where asked. Until the stage is mounted nothing has changed: a
    /// kernel without `open_tree` (before 5.2) lets the program run unisolated, and the report
    /// says so.
    ///
    /// # Safety
    /// As `enter`: in the forked child, on values built before the fork.
    unsafe fn take_trees(&self) -> Result<(), StepFailure> {
        for m in &self.mounts {
            if let What::Bind { source, tree, .. } = &m.what {
                let flags = OPEN_TREE_CLONE | AT_RECURSIVE | libc::O_CLOEXEC as libc::c_uint;
                let fd = libc::syscall(libc::SYS_open_tree, libc::AT_FDCWD, source.as_ptr(), flags);
                if fd < 0 {
                    return Err(failure(6));
                }
                tree.set(fd as i32);
            }
        }
        // Read-only, the mounts below included. Mounts the kernel locked (copied from a more
        // privileged namespace) may be made read-only, never writable again, and the program,
        // with no capability, can do neither.
        for m in &self.mounts {
            if let What::Bind { read_only: true, tree, .. } = &m.what {
                let flags = libc::AT_EMPTY_PATH as libc::c_uint | AT_RECURSIVE;
                if !set_read_only(tree.get(), c"", flags) {
                    return Err(failure(7));
                }
            }
        }
        Ok(())
    }

    /// Steps 8 to 10: the stage, a tmpfs on which every mount, tmpfs and link is put in place
    /// (the directories leading to each made first), the read-only tmpfs made so last.
    ///
    /// # Safety
    /// As `enter`: in the forked child, on values built before the fork, after `take_trees`.
    unsafe fn build_stage(&self) -> Result<(), StepFailure> {
        let flags = libc::MS_NOSUID | libc::MS_NODEV;
        if libc::mount(
            c"tmpfs".as_ptr(),
            STAGE_C.as_ptr(),
            c"tmpfs".as_ptr(),
            flags,
            c"mode=755,size=1m".as_ptr().cast(),
        ) != 0
        {
            return Err(failure(8));
        }
        for m in &self.mounts {
            for dir in &m.parents {
                libc::mkdir(dir.as_ptr(), 0o755);
            }
            let done = match &m.what {
                What::Bind { file, tree, .. } => {
                    if *file {
                        let fd = libc::open(m.at.as_ptr(), libc::O_CREAT | libc::O_WRONLY | libc::O_CLOEXEC, 0o644);
                        if fd >= 0 {
                            libc::close(fd);
                        }
                    } else {
                        libc::mkdir(m.at.as_ptr(), 0o755);
                    }
                    let moved = libc::syscall(
                        libc::SYS_move_mount,
                        tree.get(),
                        c"".as_ptr(),
                        libc::AT_FDCWD,
                        m.at.as_ptr(),
                        MOVE_MOUNT_F_EMPTY_PATH,
                    );
                    libc::close(tree.get());
                    moved == 0
                }
                What::Tmpfs { options, .. } => {
                    libc::mkdir(m.at.as_ptr(), 0o755);
                    libc::mount(c"tmpfs".as_ptr(), m.at.as_ptr(), c"tmpfs".as_ptr(), flags, options.as_ptr().cast())
                        == 0
                }
                What::Symlink { to } => libc::symlink(to.as_ptr(), m.at.as_ptr()) == 0,
            };
            if !done {
                return Err(failure(9));
            }
        }
        for m in &self.mounts {
            if let What::Tmpfs { read_only: true, .. } = &m.what {
                if !set_read_only(libc::AT_FDCWD, &m.at, 0) {
                    return Err(failure(10));
                }
            }
        }
        Ok(())
    }
}

/// The failure of `step`, with the errno its last system call left. Reading errno allocates
/// nothing: safe between fork and exec.
unsafe fn failure(step: u8) -> StepFailure {
    StepFailure { step, errno: *libc::__errno_location() }
}

/// Steps 1 to 5: new user, network, mount and cgroup namespaces, the ids mapped, and mounts kept
/// from propagating back.
///
/// # Safety
/// As `Isolation::enter`: in the forked child, on values built before the fork.
unsafe fn enter_namespaces(uid_map: &std::ffi::CStr, gid_map: &std::ffi::CStr) -> Result<(), StepFailure> {
    // A cgroup namespace too, entered after the program joined the run's cgroups (`exec_child`):
    // its /proc/self/cgroup then says `/` for each, where it named the machine's hierarchy, the
    // container's id and the grader's host pid in `procscen-<pid>-<n>` (red team round 19, L2).
    // The kernel makes the user namespace first, so the cgroup one is made with its rights.
    let flags = libc::CLONE_NEWUSER | libc::CLONE_NEWNET | libc::CLONE_NEWNS | libc::CLONE_NEWCGROUP;
    if libc::unshare(flags) != 0 {
        return Err(failure(1));
    }
    // This child was forked from the tracer, which is not dumpable (`pidns`), and so is it
    // until it executes the program. The /proc files of a process that is not dumpable belong
    // to the root of the user namespace its memory was made in; for an unprivileged grader
    // that is the tracer's namespace, where root is not mapped, so they belong to the
    // machine's root and the writes below failed with EACCES: the program ran unisolated.
    // Dumpable for the three writes only: no other process of this pid namespace exists yet
    // (the program has not started), so nobody can attach to it meanwhile.
    libc::prctl(libc::PR_SET_DUMPABLE, 1);
    // An unprivileged process may map only its own ids, and only after it gave up
    // setgroups (which could otherwise drop a group that denies it access).
    let mapped = if !write_file(c"/proc/self/setgroups", b"deny") {
        Err(failure(2))
    } else if !write_file(c"/proc/self/uid_map", uid_map.to_bytes()) {
        Err(failure(3))
    } else if !write_file(c"/proc/self/gid_map", gid_map.to_bytes()) {
        Err(failure(4))
    } else {
        Ok(())
    };
    libc::prctl(libc::PR_SET_DUMPABLE, 0);
    mapped?;
    // Mounts made from now on must not propagate back to the machine's namespace.
    let none = std::ptr::null();
    if libc::mount(c"none".as_ptr(), c"/".as_ptr(), none, libc::MS_REC | libc::MS_PRIVATE, none.cast()) != 0 {
        return Err(failure(5));
    }
    Ok(())
}

/// Steps 11 to 13: the stage becomes `/`, and the machine's root is detached: nothing outside
/// the stage is reachable, nor named in /proc/self/mountinfo (runc's `pivot_root(".", ".")`).
///
/// # Safety
/// As `Isolation::enter`: in the forked child, once the stage is built.
unsafe fn pivot_to_stage() -> Result<(), StepFailure> {
    let old = libc::open(c"/".as_ptr(), libc::O_DIRECTORY | libc::O_RDONLY | libc::O_CLOEXEC);
    let new = libc::open(STAGE_C.as_ptr(), libc::O_DIRECTORY | libc::O_RDONLY | libc::O_CLOEXEC);
    if old < 0 || new < 0 || libc::fchdir(new) != 0 {
        return Err(failure(11));
    }
    if libc::syscall(libc::SYS_pivot_root, c".".as_ptr(), c".".as_ptr()) != 0 {
        return Err(failure(11));
    }
    if libc::fchdir(old) != 0 || libc::umount2(c".".as_ptr(), libc::MNT_DETACH) != 0 || libc::chdir(c"/".as_ptr()) != 0
    {
        return Err(failure(12));
    }
    libc::close(old);
    libc::close(new);
    // The new root itself read-only: nothing can be made on it, only in the private /tmp
    // and /dev/shm and the working copy.
    if !set_read_only(libc::AT_FDCWD, c"/", 0) {
        return Err(failure(13));
    }
    Ok(())
}

/// Writes `text` to the file `path` in one write; false when it could not.
///
/// # Safety
/// Between fork and exec: only system calls, on memory the caller owns.
unsafe fn write_file(path: &std::ffi::CStr, text: &[u8]) -> bool {
    let fd = libc::open(path.as_ptr(), libc::O_WRONLY | libc::O_CLOEXEC);
    if fd < 0 {
        return false;
    }
    let ok = libc::write(fd, text.as_ptr().cast(), text.len()) == text.len() as isize;
    libc::close(fd);
    ok
}

/// Makes the mount at `path` (relative to `dirfd`, or `dirfd` itself with `AT_EMPTY_PATH`)
/// read-only, with `mount_setattr` `flags`; false when the kernel refused.
///
/// # Safety
/// Between fork and exec: one system call, its argument on the stack.
unsafe fn set_read_only(dirfd: libc::c_int, path: &std::ffi::CStr, flags: libc::c_uint) -> bool {
    let read_only = MountAttr { attr_set: MOUNT_ATTR_RDONLY, attr_clr: 0, propagation: 0, userns_fd: 0 };
    let size = std::mem::size_of::<MountAttr>();
    let attr = &read_only as *const MountAttr;
    libc::syscall(libc::SYS_mount_setattr, dirfd, path.as_ptr(), flags, attr, size) == 0
}

/// `STAGE` for system calls.
const STAGE_C: &std::ffi::CStr = c"/tmp";

/// The tracer's directory in the program's /proc: it is pid 1 of the program's pid namespace.
const TRACER_DIR: &str = "/proc/1";

/// What covers what the program must not read in its /proc.
///
/// Kernel keys are not namespaced: /proc/keys lists the description of every key the
/// program's user may view (the grader's among them), /proc/key-users every user's counts.
/// Masked, as container runtimes mask them (the filter refuses the key calls). The
/// namespace's last pid (`ns_last_pid`, and the last field of `loadavg`) tells the pid the
/// next fork gets: the pid gaps the tracer leaves (`pidns::skip_pids_after`) are there so that
/// a program cannot print its child's pid without asking `fork` (red team round 13). And, as
/// in /etc, what only root may read: the machine's physical pages and their cgroups
/// (`kpageflags`, `kpagecgroup`: a side channel on other runs), its slabs, timers and kernel
/// log, the 0600 sysctls (`kernel/cad_pid`). Red team round 11, H7.
fn masks_of_proc() -> Result<Vec<(PathBuf, What)>, String> {
    // And the machine's boot: its kernel's command line (a VM's flags name its monitor) and
    // the id of this boot (red team round 20).
    let hidden = [
        "/proc/keys",
        "/proc/key-users",
        "/proc/sys/kernel/ns_last_pid",
        "/proc/loadavg",
        "/proc/cmdline",
        "/proc/sys/kernel/random/boot_id",
    ];
    let mut masks = file_masks(&hidden);
    // The tracer, the namespace's init: it stays in the machine's network namespace and in a
    // mount namespace that holds the machine's mounts, and its directory, readable by the
    // program's user, showed them (`/proc/1/mountinfo`, `cgroup`, `net/dev`, `net/tcp`: the
    // host's mounts, its cgroup, its network traffic and listening sockets), and its command
    // line. None of it is the program's business (red team round 17, H5).
    if Path::new(TRACER_DIR).exists() {
        let empty = What::Tmpfs { options: CString::new("mode=555,size=4k").expect("no NUL"), read_only: true };
        masks.push((PathBuf::from(TRACER_DIR), empty));
    }
    masks.extend(masks_of_unreadable(Path::new("/proc"))?);
    Ok(masks)
}

/// A mask (`/dev/null`) over each of `paths` that is a regular file here: a missing one needs
/// none, and a link may point where the stage has nothing, so a mount over it would fail.
fn file_masks(paths: &[&str]) -> Vec<(PathBuf, What)> {
    paths
        .iter()
        .map(Path::new)
        .filter(|p| p.symlink_metadata().is_ok_and(|m| m.is_file()))
        .map(|p| (p.to_owned(), file_mask()))
        .collect()
}

/// What covers each entry under `dir` that others may not read: a file is covered by
/// `/dev/null`, a directory by an empty read-only tmpfs.
fn masks_of_unreadable(dir: &Path) -> Result<Vec<(PathBuf, What)>, String> {
    let mut masks = Vec::new();
    mask_unreadable(dir, &mut masks, 0)?;
    Ok(masks
        .into_iter()
        .map(|(path, dir)| {
            let what = if dir {
                What::Tmpfs { options: CString::new("mode=755,size=4k").expect("no NUL"), read_only: true }
            } else {
                file_mask()
            };
            (path, what)
        })
        .collect())
}

/// What covers a file the program must not read: `/dev/null`, bound read-only over it.
fn file_mask() -> What {
    What::Bind { source: CString::new("/dev/null").expect("no NUL"), read_only: true, file: true, tree: Cell::new(-1) }
}

/// Adds to `masks` every entry under `dir` that others may not read (a directory: `true`),
/// without descending into it or following a link.
/// `/proc`'s processes (directories named by a pid, of the program's own pid namespace) are
/// not looked into: what a process's directory shows is its owner's business, and the
/// program's processes are its own. Nor is `/proc/sys/net`, its network namespace's own.
fn mask_unreadable(dir: &Path, masks: &mut Vec<(PathBuf, bool)>, depth: u32) -> Result<(), String> {
    use std::os::unix::fs::PermissionsExt;
    let Ok(entries) = std::fs::read_dir(dir) else { return Ok(()) };
    for entry in entries.flatten() {
        if dir == Path::new("/proc") && entry.file_name().as_encoded_bytes().first().is_some_and(u8::is_ascii_digit) {
            continue;
        }
        // The network's sysctls are the program's own network namespace's (a new one, with
        // other interfaces than the machine's, so the machine's paths are not all there).
        if entry.path() == Path::new("/proc/sys/net") {
            continue;
        }
        let Ok(meta) = entry.path().symlink_metadata() else { continue };
        let kind = meta.file_type();
        if !(kind.is_dir() || kind.is_file()) {
            continue;
        }
        let unreadable = meta.permissions().mode() & 0o004 == 0;
        if unreadable {
            if masks.len() >= MAX_MASKS {
                return Err(format!(
                    "more than {MAX_MASKS} entries of /etc and /proc are not readable by others: not isolating"
                ));
            }
            masks.push((entry.path(), kind.is_dir()));
        } else if kind.is_dir() && depth < 16 {
            mask_unreadable(&entry.path(), masks, depth + 1)?;
        }
    }
    Ok(())
}

/// Puts each directory of `dirs` on a tmpfs of `bytes` holding a copy of it, in the calling
/// process's mount namespace, which must be the tracer's own (`pidns`): mounted on the
/// machine's, it would cover the directory for everyone. The program then writes at most
/// `bytes` there (`ENOSPC` past it), in memory counted in its cgroup, never on the machine's
/// disk; what it wrote is gone with the tracer's namespace.
fn stage_scratch(dirs: &[PathBuf], bytes: u64) -> Result<(), String> {
    use std::os::fd::AsRawFd;
    for dir in dirs {
        // The directory as it is, reached below through /proc/self/fd once the tmpfs hides it.
        let original = std::fs::File::open(dir).map_err(|e| format!("opening {}: {e}", dir.display()))?;
        let at = CString::new(dir.as_os_str().as_encoded_bytes()).map_err(|_| "a path contains a NUL byte")?;
        let options = CString::new(format!("mode=755,size={bytes}")).expect("no NUL");
        // SAFETY: mount(2) with NUL-terminated strings that outlive the call; it keeps no pointer.
        let mounted = unsafe {
            libc::mount(
                c"tmpfs".as_ptr(),
                at.as_ptr(),
                c"tmpfs".as_ptr(),
                libc::MS_NOSUID | libc::MS_NODEV,
                options.as_ptr().cast(),
            )
        };
        if mounted != 0 {
            return Err(format!(
                "mounting a tmpfs for the working copy {}: {}",
                dir.display(),
                nix::errno::Errno::last()
            ));
        }
        let from = PathBuf::from(format!("/proc/self/fd/{}", original.as_raw_fd()));
        super::copy::copy_tree(&from, dir, bytes).map_err(|e| format!("copying the working copy to its tmpfs: {e}"))?;
    }
    Ok(())
}

/// What failed, for the report: the `step` of a `StepFailure`.
pub fn step_name(step: u8) -> &'static str {
    match step {
        1 => "creating user, network, mount and cgroup namespaces (unshare)",
        2 => "writing /proc/self/setgroups",
        3 => "writing /proc/self/uid_map",
        4 => "writing /proc/self/gid_map",
        5 => "making the mounts private",
        6 => "copying the mounts of the directories the program sees (open_tree)",
        7 => "making the system's directories read-only (mount_setattr)",
        8 => "mounting the program's new root (a tmpfs)",
        9 => "putting the program's directories on its new root (move_mount, tmpfs, symlink)",
        10 => "making /dev and the masks read-only",
        11 => "making the new root the program's root (pivot_root)",
        12 => "detaching the machine's root",
        _ => "making the new root read-only",
    }
}
