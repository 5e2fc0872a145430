//! Starting a hidden helper: the procscen binary run as `__supervise` (the engine's
//! supervisor) or `__observe` (the observer's tracer), fed its request on stdin, its report
//! read back from stdout.
//!
//! Neither source forks the calling process, which may have other threads (cargo test's
//! harness does): forking it and running arbitrary code in the child can deadlock on a lock
//! another thread held at the fork. `std::process::Command` forks and execs at once, which is
//! safe, and the helper, single-threaded, does all the forking.

use crate::error::RunError;
use std::io::{Read, Write};
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::Duration;

/// Which helper is started, for the errors that name it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Helper {
    /// The engine's supervisor (`__supervise`).
    Supervisor,
    /// The observer's tracer (`__observe`).
    Tracer,
}

impl Helper {
    fn name(self) -> &'static str {
        match self {
            Helper::Supervisor => "supervisor",
            Helper::Tracer => "tracer",
        }
    }
}

/// Starts the procscen binary (`exe`, or the one `find_supervisor` finds) as the hidden
/// `command` with `args`, writes `input` to its stdin, and returns what it wrote to its stdout.
/// The engine's supervisor and the observer's tracer both run this way, so that neither forks
/// the calling process, which may have other threads.
///
/// With a `limit`, the helper is not trusted to keep its own time: when it has written nothing
/// by then (the program it traces stopped it, say), it is killed with SIGKILL, whatever state
/// it is in, and `RunError::Unresponsive` says so. A helper that has begun its report gets
/// `REPORT_TIME` more to finish it.
pub(crate) fn run_helper(
    exe: Option<&std::path::Path>,
    helper: Helper,
    command_name: &str,
    args: &[&str],
    input: &[u8],
    limit: Option<Duration>,
) -> Result<Vec<u8>, RunError> {
    let mut report = Vec::new();
    run_helper_into(exe, helper, command_name, args, input, limit, None, &mut |bytes| report.extend_from_slice(bytes))?;
    Ok(report)
}

/// `run_helper`, handing the report to `sink` piece by piece as it is read instead of
/// gathering it: a caller that decodes as it reads never holds the whole report (a big run's
/// records are tens of megabytes). A report that fails the helper's exit status has still
/// been passed to `sink`. `ended` is set when the helper says, on its stderr, that the
/// processes it runs have all ended (`say_run_ended`), before the rest of its report.
#[allow(clippy::too_many_arguments)]
pub(crate) fn run_helper_into(
    exe: Option<&std::path::Path>,
    helper: Helper,
    command_name: &str,
    args: &[&str],
    input: &[u8],
    limit: Option<Duration>,
    ended: Option<std::sync::Arc<std::sync::atomic::AtomicBool>>,
    sink: &mut dyn FnMut(&[u8]),
) -> Result<(), RunError> {
    let exe = match exe {
        Some(p) => p.to_owned(),
        None => find_supervisor()?,
    };
    let helper = helper.name();
    let started = std::time::Instant::now();
    let mut command = Command::new(&exe);
    command.arg(command_name).args(args).stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped());
    // SAFETY: the closure makes system calls only, async-signal-safe, and allocates nothing.
    // Only the three pipes go across (`close_inherited_fds_on_exec`): a run's processes, forked
    // from the helper, then also copy a small fd table at each fork (the tracer marks them
    // again for the graded program). The prctl makes the kernel kill the helper if the thread
    // that started it dies, so that a test runner killed mid-run does not leave the helper
    // behind; the helper in turn kills its run when it is told to stop.
    unsafe {
        std::os::unix::process::CommandExt::pre_exec(&mut command, || {
            super::close_inherited_fds_on_exec();
            nix::sys::prctl::set_pdeathsig(nix::sys::signal::Signal::SIGTERM).map_err(std::io::Error::from)
        });
    }
    let mut child = command.spawn().map_err(|source| RunError::Spawn { path: exe.clone(), source })?;
    // The helper reads all of its input before it writes anything, so writing first and
    // reading afterwards cannot deadlock.
    if let Some(mut stdin) = child.stdin.take() {
        let _ = stdin.write_all(input);
    }
    let mut stderr = child.stderr.take().expect("piped");
    let stderr_reader = std::thread::spawn(move || {
        let (mut text, mut said) = (Vec::new(), false);
        let mut buffer = [0u8; 4096];
        loop {
            let n = match stderr.read(&mut buffer) {
                Ok(0) => break,
                Ok(n) => n,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(_) => break,
            };
            text.extend_from_slice(&buffer[..n]);
            // Said once: only the bytes that could hold it are looked at, not all the
            // messages again at every read.
            let from = text.len().saturating_sub(n + RUN_ENDED.len());
            if !said && take_run_ended(&mut text, from) {
                said = true;
                if let Some(ended) = &ended {
                    ended.store(true, std::sync::atomic::Ordering::Release);
                }
            }
        }
        String::from_utf8_lossy(&text).into_owned()
    });
    let mut stdout = child.stdout.take().expect("piped");
    let finished = match limit {
        None => {
            let mut buffer = vec![0u8; 1 << 16];
            loop {
                match stdout.read(&mut buffer) {
                    Ok(0) => break,
                    Ok(n) => sink(&buffer[..n]),
                    Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                    Err(_) => break,
                }
            }
            true
        }
        Some(limit) => read_until(&mut stdout, sink, started + limit),
    };
    if !finished {
        // SIGKILL: a stopped helper dies of it too. Its program dies with it: the tracer is
        // the init of the program's pid namespace, or its tracees die with their tracer
        // (PTRACE_O_EXITKILL).
        let _ = child.kill();
        let _ = child.wait();
        drop(stdout);
        let _ = stderr_reader.join();
        return Err(RunError::Unresponsive { helper, after_ms: started.elapsed().as_millis() as u64 });
    }
    let status = child.wait().map_err(|source| RunError::Spawn { path: exe.clone(), source })?;
    let stderr = stderr_reader.join().unwrap_or_default();
    if !status.success() {
        return Err(RunError::Supervisor { helper, status: status.to_string(), stderr: stderr.trim_end().to_owned() });
    }
    Ok(())
}

/// What a helper writes on its stderr when the processes it runs have all ended: a line no
/// message of it contains, which `run_helper_into` takes out of the messages.
const RUN_ENDED: &[u8] = b"\0procscen: the run has ended\0\n";

/// Takes `RUN_ENDED` out of a helper's messages, looking from byte `from` on; whether it
/// was there.
fn take_run_ended(text: &mut Vec<u8>, from: usize) -> bool {
    let Some(at) = text[from.min(text.len())..].windows(RUN_ENDED.len()).position(|w| w == RUN_ENDED) else {
        return false;
    };
    let at = from + at;
    text.drain(at..at + RUN_ENDED.len());
    true
}

/// Tells the caller of `run_helper_into`, from the helper, that the processes it runs have
/// all ended and only the rest of its report is to come.
pub(crate) fn say_run_ended() {
    use std::io::Write;
    let _ = std::io::stderr().write_all(RUN_ENDED);
}

/// How long a helper that has begun to write its report may take to finish it.
const REPORT_TIME: Duration = Duration::from_secs(30);

/// Reads `from` to its end into `into`; false when nothing came by `deadline`, or the rest
/// did not come within `REPORT_TIME` of the first bytes.
fn read_until(
    from: &mut std::process::ChildStdout,
    into: &mut dyn FnMut(&[u8]),
    mut deadline: std::time::Instant,
) -> bool {
    use nix::poll::{poll, PollFd, PollFlags, PollTimeout};
    use std::os::fd::AsFd;
    let mut buffer = vec![0u8; 1 << 16];
    let mut began = false;
    loop {
        let left = deadline.saturating_duration_since(std::time::Instant::now());
        if left.is_zero() {
            return false;
        }
        let ms = left.as_millis().clamp(1, i32::MAX as u128) as i32;
        let mut fds = [PollFd::new(from.as_fd(), PollFlags::POLLIN)];
        match poll(&mut fds, PollTimeout::try_from(ms).unwrap_or(PollTimeout::MAX)) {
            Ok(0) | Err(nix::errno::Errno::EINTR) => continue,
            Ok(_) => {}
            Err(_) => return false,
        }
        match from.read(&mut buffer) {
            Ok(0) => return true,
            Ok(n) => {
                if !began {
                    began = true;
                    deadline = std::time::Instant::now() + REPORT_TIME;
                }
                into(&buffer[..n]);
            }
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(_) => return true,
        }
    }
}

/// The binary that serves the hidden entry points: `PROCSCEN_SUPERVISOR` when it is set,
/// else this executable, which serves them before its `main` (see `crate::sources::helper`).
fn find_supervisor() -> Result<PathBuf, RunError> {
    // Referring to the entry keeps it, and so the `.init_array` section that holds it, in
    // every executable that reaches this function.
    std::hint::black_box(&crate::sources::helper::ENTRY_BEFORE_MAIN);
    if let Some(p) = std::env::var_os("PROCSCEN_SUPERVISOR") {
        return Ok(PathBuf::from(p));
    }
    std::env::current_exe().map_err(|e| RunError::NoSupervisor(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_run_s_end_is_taken_out_of_the_helper_s_messages() {
        let mut text = [b"warning: one\n".as_slice(), RUN_ENDED, b"warning: two\n"].concat();
        assert!(!take_run_ended(&mut text.clone(), 14), "not in the bytes looked at");
        assert!(take_run_ended(&mut text, 13));
        assert_eq!(text, b"warning: one\nwarning: two\n");
        assert!(!take_run_ended(&mut text, 0), "said once");
        assert!(!take_run_ended(&mut text, 1000), "from past the end");
        let mut half = RUN_ENDED[..RUN_ENDED.len() - 1].to_vec();
        assert!(!take_run_ended(&mut half, 0), "not until it is whole");
        half.push(*RUN_ENDED.last().unwrap());
        assert!(take_run_ended(&mut half, 0) && half.is_empty());
    }
}
