//! Where the tracer sits: as `init` (pid 1) of a pid namespace of its own, with the program
//! and everything it makes inside.
//!
//! A program that could signal its tracer could stop it (`kill(getppid(), SIGSTOP)` hung a
//! grade until someone sent SIGCONT) or kill it (which lost the whole batch). Inside a pid
//! namespace the kernel protects its init: from inside, a signal reaches pid 1 only if pid 1
//! has a handler for it, and SIGKILL and SIGSTOP can have none, so the program's
//! `kill(getppid(), SIGSTOP)` (its parent is pid 1, the tracer) does nothing. The tracer
//! blocks the signals it reads from its signalfd; those do arrive, and it tells them from the
//! outside's by their sender (`ssi_pid` is 0 for a signal from an ancestor namespace) and
//! ignores them. The program sees only the pids of its own namespace, so it cannot signal the
//! grader, another submission or anything else of the machine's, whatever its uid.
//!
//! The tracer is inside, as init, rather than outside with the program as init, for three
//! reasons: the pids the tracer sees (in ptrace stops, wait statuses and /proc) are the pids
//! the program prints, so a check that compares a printed pid with a process needs no
//! translation; orphans are reparented to the tracer by the kernel, as they were to it as the
//! child subreaper; and the program keeps the ordinary semantics of a process that is not init
//! (it can signal itself, and its children are not killed when it ends). When init dies, the
//! kernel kills every process of the namespace: a tracer killed by procscen at the wall limit,
//! or by its own parent's death, takes the program's whole tree with it.
//!
//! `enter` runs in `procscen __observe`, the process procscen starts and, at the wall limit,
//! kills: it forks a maker, which makes new user, pid, mount, IPC and UTS namespaces and forks
//! the tracer into them; each waits for its child outside. The tracer mounts a /proc of the new
//! pid namespace over the old one, so that what it reads there names the processes it traces.
//! Where the kernel refuses a step, `procscen __observe` traces from its own namespaces, and
//! the report says the program was not isolated.

use nix::sys::signal::Signal;
use std::os::fd::AsFd;

/// The host name an isolated program sees.
pub const HOST_NAME: &str = "procscen";

/// The pid after which the namespace's pids begin (when the machine's largest pid allows it).
const FIRST_PID: u32 = 10_000;

/// Which side of the forks `enter` returned on.
pub enum Side {
    /// The process outside, once the tracer has ended: exit with this code.
    Outside(i32),
    /// The tracer, pid 1 of the new namespaces, ready to trace.
    Init,
}

/// The exit code of a process of `enter` that could not make the namespaces (it wrote why on
/// the status pipe): the process outside then traces from where it is.
const NO_NAMESPACE: i32 = 87;

/// Makes new user, pid, mount, IPC and UTS namespaces and forks the tracer into them. `Err`
/// (with why) when the kernel refuses any step: the caller, still in its own namespaces, then
/// traces from where it is.
///
/// The namespaces are made by a child, not by the caller: a process that made a pid namespace
/// whose init then failed (a kernel that refuses to mount /proc there) can fork no more, and
/// the caller must be able to go on without them. So the caller forks a maker, which unshares
/// and forks the tracer as init; the maker waits for the tracer and the caller for the maker.
/// Each dies with its parent (SIGKILL), so killing the caller, as procscen does at the wall
/// limit, kills the tracer, and the namespace with it.
///
/// Must be called by a single-threaded process (`procscen __observe` is one): the children
/// run on after their forks.
pub fn enter() -> Result<Side, String> {
    let pipe = || nix::unistd::pipe2(nix::fcntl::OFlag::O_CLOEXEC).map_err(|e| format!("pipe: {e}"));
    let (status_r, status_w) = pipe()?;
    let (alive_r, alive_w) = pipe()?;
    // SAFETY: the calling process is single-threaded (see above), so the child may run any
    // code: it makes the namespaces and waits for the tracer, or becomes the tracer.
    match unsafe { nix::unistd::fork() } {
        Err(e) => Err(format!("forking the namespaces' maker failed: {e}")),
        Ok(nix::unistd::ForkResult::Child) => {
            drop((status_r, alive_w));
            die_with_parent(&alive_r);
            match make(&status_w) {
                Ok(Side::Init) => Ok(Side::Init),
                Ok(Side::Outside(code)) => std::process::exit(code),
                Err(why) => {
                    let _ = nix::unistd::write(&status_w, why.as_bytes());
                    std::process::exit(NO_NAMESPACE)
                }
            }
        }
        Ok(nix::unistd::ForkResult::Parent { child }) => {
            drop((status_w, alive_r));
            let code = wait_for(child);
            drop(alive_w);
            if code != NO_NAMESPACE {
                return Ok(Side::Outside(code));
            }
            let mut why = Vec::new();
            let _ = std::io::Read::read_to_end(&mut std::fs::File::from(status_r), &mut why);
            Err(String::from_utf8_lossy(&why).into_owned())
        }
    }
}

/// The maker's part: unshares, maps the ids, forks the tracer and waits for it.
fn make(status: &std::os::fd::OwnedFd) -> Result<Side, String> {
    let uid = nix::unistd::getuid();
    let gid = nix::unistd::getgid();
    // IPC and UTS namespaces too: the program's System V IPC objects and POSIX message queues
    // are its own, and so is its host name.
    let flags = libc::CLONE_NEWUSER | libc::CLONE_NEWPID | libc::CLONE_NEWNS | libc::CLONE_NEWIPC | libc::CLONE_NEWUTS;
    // SAFETY: unshare only changes this process's namespaces; it takes no pointer.
    if unsafe { libc::unshare(flags) } != 0 {
        return Err(format!(
            "creating user, pid, mount, IPC and UTS namespaces (unshare) failed: {}",
            nix::errno::Errno::last()
        ));
    }
    // The tracer keeps the grader's user and group ids, as the isolated program does.
    let maps = [
        ("/proc/self/setgroups", "deny".to_owned()),
        ("/proc/self/uid_map", format!("{uid} {uid} 1\n")),
        ("/proc/self/gid_map", format!("{gid} {gid} 1\n")),
    ];
    for (file, text) in maps {
        std::fs::write(file, text).map_err(|e| format!("writing {file} failed: {e}"))?;
    }
    let (alive_r, alive_w) =
        nix::unistd::pipe2(nix::fcntl::OFlag::O_CLOEXEC).map_err(|e| format!("pipe for the tracer: {e}"))?;
    // SAFETY: the maker is single-threaded (forked from a single-threaded process), so the
    // child may run any code: it goes on as the tracer, and the maker only waits for it.
    match unsafe { nix::unistd::fork() } {
        Err(e) => Err(format!("forking the tracer into its namespace failed: {e}")),
        Ok(nix::unistd::ForkResult::Child) => {
            drop(alive_w);
            die_with_parent(&alive_r);
            if let Err(why) = become_init() {
                let _ = nix::unistd::write(status, why.as_bytes());
                std::process::exit(NO_NAMESPACE);
            }
            Ok(Side::Init)
        }
        Ok(nix::unistd::ForkResult::Parent { child }) => {
            drop(alive_r);
            let code = wait_for(child);
            drop(alive_w);
            Ok(Side::Outside(code))
        }
    }
}

/// Makes the calling child die (SIGKILL) with its parent, and exits at once if the parent is
/// already gone: its end of `alive` is then closed.
fn die_with_parent(alive: &std::os::fd::OwnedFd) {
    // SIGKILL, the one signal a namespace's init gets from its parent whatever it does: the
    // namespace, the program in it, dies at once with the process outside.
    let _ = nix::sys::prctl::set_pdeathsig(Signal::SIGKILL);
    let mut fds = [nix::poll::PollFd::new(alive.as_fd(), nix::poll::PollFlags::POLLIN)];
    if nix::poll::poll(&mut fds, nix::poll::PollTimeout::ZERO).is_ok_and(|n| n > 0) {
        std::process::exit(2);
    }
}

/// The tracer's first steps as pid 1: the machine's name hidden, a /proc of its namespace,
/// pids past the small numbers.
fn become_init() -> Result<(), String> {
    let none = std::ptr::null();
    let failed = |what: &str| format!("{what} failed: {}", nix::errno::Errno::last());
    // SAFETY: mount(2) with NUL-terminated string literals and null pointers where it allows
    // them; it keeps no pointer. Mounts made here must not propagate back to the machine's
    // namespace, hence private first.
    unsafe {
        if libc::mount(c"none".as_ptr(), c"/".as_ptr(), none, libc::MS_REC | libc::MS_PRIVATE, none.cast()) != 0 {
            return Err(failed("making the mounts private"));
        }
        let flags = libc::MS_NOSUID | libc::MS_NODEV | libc::MS_NOEXEC;
        if libc::mount(c"proc".as_ptr(), c"/proc".as_ptr(), c"proc".as_ptr(), flags, none.cast()) != 0 {
            return Err(failed("mounting a /proc of the tracer's pid namespace"));
        }
    }
    // The program runs under the same kernel uid as the tracer: were the tracer dumpable, the
    // program could attach to it with ptrace (`PTRACE_SEIZE` of pid 1) and steer it. Not
    // dumpable, ptrace of it needs CAP_SYS_PTRACE in the tracer's user namespace, which the
    // program (in a namespace of its own, below) never has. (The kernel already cleared the
    // flag when the maker entered the user namespace; this keeps it so whatever the kernel.)
    let _ = nix::sys::prctl::set_dumpable(false);
    // The machine's name is none of the program's business.
    // SAFETY: sethostname reads `len` bytes of the constant and keeps no pointer.
    let _ = unsafe { libc::sethostname(HOST_NAME.as_ptr().cast(), HOST_NAME.len()) };
    // Pids in a new namespace start at 2: the program's would then be 2, 3, 4..., numbers that
    // its output holds for other reasons, which reports would take for pids (and show as
    // process names). The namespace's next pid is set past the small numbers instead, as the
    // machine's own pids are. Without it (an old kernel) the run is still right, only its
    // report less readable.
    // Where past them is drawn at random, in the next `base` pids: a program's pids are not
    // the same in every run, so one that prints numbers it never asked the kernel for (the
    // previous run's pids) is not right by construction (blind12).
    let pid_max: u32 =
        std::fs::read_to_string("/proc/sys/kernel/pid_max").ok().and_then(|t| t.trim().parse().ok()).unwrap_or(32_768);
    let base = FIRST_PID.min(pid_max / 2);
    let first = base + random_u16() as u32 % base.max(1);
    let _ = std::fs::write("/proc/sys/kernel/ns_last_pid", first.to_string());
    Ok(())
}

/// Two random bytes from the kernel (zero if it has none to give at once).
fn random_u16() -> u16 {
    let mut bytes = [0u8; 2];
    // SAFETY: `bytes` is valid for writes of its two bytes, all `getrandom` may write.
    let got = unsafe { libc::getrandom(bytes.as_mut_ptr().cast(), 2, libc::GRND_NONBLOCK) };
    if got == 2 {
        u16::from_ne_bytes(bytes)
    } else {
        0
    }
}

/// Leaves 1 to 16 pids unused after `highest`, the largest pid the tracer has learned of, before
/// the namespace's next one, when this process is the init of a namespace of its own (the
/// tracer, isolated); else does nothing (the machine's own namespace is not ours to change).
///
/// Why: in a fresh namespace pids are handed out in order, so a program could print its own
/// pid plus one as its child's without looking at what `fork` returned, and have it right
/// every time (blind11 and blind12: `getpid() + 1` in C had full marks). With a gap after every
/// process or thread the tracer sees made, that guess is wrong every time, and a right
/// program's grade does not change: it prints the pids it was given.
///
/// Why `highest` and not the pid just made: forks race (a pyenv shim, a pool starting its
/// workers), and a fork event can reach the tracer after pids above its own were given out,
/// some to processes that already ended. Writing the late pid plus a gap moved the
/// namespace's counter back below them, and the kernel gave an ended process's pid out again
/// (an honest queue program was stopped at "pids (one given out twice)" in CI). No task ends
/// and frees its pid before the tracer has learned of it (a traced task's end is reported to
/// its tracer first, and only then can it be reaped), so every pid of an ended task is at most
/// `highest`: counting on from above it never hands one out again. Pids given to tasks the
/// tracer has not learned of yet may lie above: they are alive, and the kernel skips pids in
/// use.
pub fn skip_pids_after(highest: i32) {
    if std::process::id() != 1 {
        return;
    }
    let gap = 1 + i64::from(random_u16() % 16);
    // Past the namespace's largest pid the write fails, and pids go on in order from there.
    let _ = std::fs::write("/proc/sys/kernel/ns_last_pid", (i64::from(highest) + gap).to_string());
}

/// Waits for the tracer; its exit code, or 2 (with a message) when a signal killed it.
fn wait_for(child: nix::unistd::Pid) -> i32 {
    use nix::sys::wait::{waitpid, WaitStatus};
    loop {
        match waitpid(child, None) {
            Ok(WaitStatus::Exited(_, code)) => return code,
            Ok(WaitStatus::Signaled(_, signal, _)) => {
                eprintln!("the tracer was killed by {}", signal.as_str());
                return 2;
            }
            Ok(_) | Err(nix::errno::Errno::EINTR) => {}
            Err(e) => {
                eprintln!("waiting for the tracer: {e}");
                return 2;
            }
        }
    }
}

/// True when the calling process is the init of its pid namespace, where a stop request that
/// came from inside (from the program) must be ignored.
pub fn is_init() -> bool {
    nix::unistd::getpid().as_raw() == 1
}
