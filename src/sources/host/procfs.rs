//! What /proc says about the processes of a run: who descends from the process that owns it
//! (the engine's supervisor, the observer's tracer), and what a process is blocked in.
//!
//! Process groups are not enough to find every process of a run: a process may leave its group
//! with `setsid`. Descent is found from parent links instead, which the run's owner, as child
//! subreaper, keeps intact: an orphan is reparented to it, never past it.

use std::collections::HashMap;
use std::fs;

/// A process as /proc shows it.
#[derive(Debug, Clone)]
pub struct ProcInfo {
    pub pid: i32,
    pub ppid: i32,
    /// The state letter: R, S, D, Z, T...
    pub state: char,
}

/// Every process on the machine, read from /proc/*/stat.
pub fn all_processes() -> Vec<ProcInfo> {
    let Ok(dir) = fs::read_dir("/proc") else { return Vec::new() };
    dir.filter_map(|entry| {
        let pid: i32 = entry.ok()?.file_name().to_str()?.parse().ok()?;
        let stat = fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
        // The command name may contain spaces and parentheses; the fields after it start
        // after the last ')'.
        let rest = &stat[stat.rfind(')')? + 2..];
        let mut fields = rest.split(' ');
        let state = fields.next()?.chars().next()?;
        let ppid = fields.next()?.parse().ok()?;
        Some(ProcInfo { pid, ppid, state })
    })
    .collect()
}

/// The state letter of one process, `None` when it is gone.
pub fn state(pid: i32) -> Option<char> {
    let stat = fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    stat[stat.rfind(')')? + 2..].chars().next()
}

/// The processes that descend from `root` (not `root` itself), parents before children.
pub fn descendants(root: i32) -> Vec<ProcInfo> {
    let all = all_processes();
    let mut children: HashMap<i32, Vec<&ProcInfo>> = HashMap::new();
    for p in &all {
        children.entry(p.ppid).or_default().push(p);
    }
    let mut out = Vec::new();
    let mut stack = vec![root];
    while let Some(pid) = stack.pop() {
        for c in children.get(&pid).map(Vec::as_slice).unwrap_or(&[]) {
            out.push((*c).clone());
            stack.push(c.pid);
        }
    }
    out
}

/// The thread group (process) and the parent of a thread, from /proc/TID/status.
pub fn thread_ids(tid: i32) -> Option<(i32, i32)> {
    let status = fs::read_to_string(format!("/proc/{tid}/status")).ok()?;
    let field = |name: &str| -> Option<i32> {
        status.lines().find_map(|l| l.strip_prefix(name)).and_then(|v| v.trim().parse().ok())
    };
    Some((field("Tgid:")?, field("PPid:")?))
}

/// The first `cap` bytes of `pid`'s command line, word by word (empty when it is gone); when
/// the line is longer, its last word kept ends with `…`. A program may execute itself with
/// megabytes of arguments over and over: what a report shows of each stays small.
pub fn command_line_within(pid: i32, cap: u64) -> Vec<String> {
    use std::io::Read;
    let mut bytes = Vec::new();
    let Ok(file) = fs::File::open(format!("/proc/{pid}/cmdline")) else { return Vec::new() };
    let _ = file.take(cap.saturating_add(1)).read_to_end(&mut bytes);
    let cut = bytes.len() as u64 > cap;
    bytes.truncate(usize::try_from(cap).unwrap_or(usize::MAX));
    let mut words: Vec<String> =
        bytes.split(|b| *b == 0).filter(|a| !a.is_empty()).map(|a| String::from_utf8_lossy(a).into_owned()).collect();
    if cut {
        match words.last_mut() {
            Some(last) => last.push('…'),
            None => words.push("…".to_owned()),
        }
    }
    words
}

/// The inode of the socket `fd` of `pid` refers to, if it is a socket.
pub fn socket_inode(pid: i32, fd: i32) -> Option<u64> {
    let link = fs::read_link(format!("/proc/{pid}/fd/{fd}")).ok()?;
    link.to_str()?.strip_prefix("socket:[")?.strip_suffix(']')?.parse().ok()
}

/// The kernel function a process sleeps in (`0` or empty when running).
pub fn wchan(pid: i32) -> String {
    fs::read_to_string(format!("/proc/{pid}/wchan")).unwrap_or_default()
}

/// The system call a process is blocked in, from /proc/PID/syscall: its name for the common
/// blocking calls, else its number. `None` when the process is running.
/// A process with several threads lists the call of each, once: `in futex(), write()`.
pub fn syscall(pid: i32) -> Option<String> {
    let mut tids: Vec<i32> = fs::read_dir(format!("/proc/{pid}/task"))
        .ok()?
        .filter_map(|e| e.ok()?.file_name().to_str()?.parse().ok())
        .collect();
    tids.sort();
    let mut calls: Vec<String> = Vec::new();
    for tid in tids {
        if let Some(c) = thread_syscall(pid, tid) {
            if !calls.contains(&c) {
                calls.push(c);
            }
        }
    }
    (!calls.is_empty()).then(|| format!("in {}", calls.join(", ")))
}

fn thread_syscall(pid: i32, tid: i32) -> Option<String> {
    let text = fs::read_to_string(format!("/proc/{pid}/task/{tid}/syscall")).ok()?;
    let nr: i64 = text.split_whitespace().next()?.parse().ok()?;
    Some(match blocking_call_name(nr) {
        Some(name) => format!("{name}()"),
        None => format!("system call {nr}"),
    })
}

/// The name of a system call a process commonly blocks in. Numbers differ between
/// architectures, so they come from `libc::SYS_*`; the older calls exist on x86_64 only
/// (aarch64 has just their successors: `ppoll`, `pselect6`, `epoll_pwait`).
fn blocking_call_name(nr: i64) -> Option<&'static str> {
    let common: [(libc::c_long, &str); 11] = [
        (libc::SYS_read, "read"),
        (libc::SYS_write, "write"),
        (libc::SYS_wait4, "wait4"),
        (libc::SYS_waitid, "waitid"),
        (libc::SYS_futex, "futex"),
        (libc::SYS_nanosleep, "nanosleep"),
        (libc::SYS_clock_nanosleep, "clock_nanosleep"),
        (libc::SYS_ppoll, "ppoll"),
        (libc::SYS_pselect6, "pselect6"),
        (libc::SYS_accept, "accept"),
        (libc::SYS_recvfrom, "recvfrom"),
    ];
    #[cfg(target_arch = "x86_64")]
    let older: &[(libc::c_long, &str)] = &[
        (libc::SYS_poll, "poll"),
        (libc::SYS_select, "select"),
        (libc::SYS_epoll_wait, "epoll_wait"),
        (libc::SYS_pause, "pause"),
    ];
    #[cfg(not(target_arch = "x86_64"))]
    let older: &[(libc::c_long, &str)] = &[];
    common.iter().chain(older).find(|(n, _)| *n == nr).map(|(_, name)| *name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_command_line_past_its_cap_is_cut_and_says_so() {
        let me = std::process::id() as i32;
        let whole = command_line_within(me, u64::MAX);
        assert!(!whole.is_empty() && !whole.concat().ends_with('…'), "{whole:?}");
        let cut = command_line_within(me, 3);
        let first: String = whole[0].chars().take(3).collect();
        assert_eq!(cut, [format!("{first}…")]);
    }
}
