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

/// Whether every page of `len` bytes at `address` in process `pid` is in memory no other
/// process can change: the bytes a call moved through a pipe or socket are read back from it
/// after the kernel moved them, and a buffer in shared memory was rewritten in between (red
/// team round 28, F7). By its `/proc/PID/pagemap` entries, a present page of private
/// anonymous memory (the heap, the stack) is; a page not present is not (it is not the one the
/// kernel just used, and a shared one would come back from swap as it was rewritten). A page
/// of a file or of shared memory (`MAP_SHARED`, a memfd, System V shared memory) is looked up
/// in `/proc/PID/maps`: a shared mapping is not, nor a private one of a file that a process
/// may write (its pages not yet copied show the file's changes); a private mapping of the
/// process's own executable (which no one may write while it runs: `ETXTBSY`) or of a file
/// under the system's read-only directories is (a C program's string literals, in its
/// `.rodata`). False when the entries cannot be read.
pub fn private_memory(pid: i32, address: u64, len: usize) -> bool {
    use std::os::unix::fs::FileExt;
    // Page present, and file-page or shared-anonymous (the kernel's
    // Documentation/admin-guide/mm/pagemap.rst).
    const PRESENT: u64 = 1 << 63;
    const FILE_OR_SHARED: u64 = 1 << 61;
    const PAGE: u64 = 4096;
    if len == 0 {
        return true;
    }
    let Some(end) = address.checked_add(len as u64) else { return false };
    let (first_page, last_page) = (address / PAGE, (end - 1) / PAGE);
    let Ok(pages) = usize::try_from(last_page - first_page + 1) else { return false };
    let Ok(map) = std::fs::File::open(format!("/proc/{pid}/pagemap")) else { return false };
    let mut entries = vec![0u8; pages * 8];
    if map.read_exact_at(&mut entries, first_page * 8).is_err() {
        return false;
    }
    let entries: Vec<u64> =
        entries.chunks_exact(8).map(|e| u64::from_ne_bytes(e.try_into().expect("8 bytes"))).collect();
    if entries.iter().any(|e| e & PRESENT == 0) {
        return false;
    }
    if entries.iter().all(|e| e & FILE_OR_SHARED == 0) {
        return true;
    }
    unchanging_file_mappings(pid, (address, end))
}

/// Whether the mappings of `pid` over `start..end` are all private, and those of a file map
/// the process's executable or a file under the system's read-only directories (see
/// `private_memory`).
fn unchanging_file_mappings(pid: i32, (start, end): (u64, u64)) -> bool {
    const READ_ONLY: [&str; 7] = ["/usr/", "/lib/", "/lib64/", "/lib32/", "/bin/", "/sbin/", "/etc/"];
    let Some(maps) = mappings(pid) else { return false };
    let exe = std::fs::read_link(format!("/proc/{pid}/exe")).ok();
    let mut covered = start;
    for m in maps.iter().filter(|m| m.range.end > start && m.range.start < end) {
        let shared = m.perms.as_bytes().get(3) != Some(&b'p');
        let unchanging = exe.as_deref().is_some_and(|exe| std::path::Path::new(&m.path) == exe)
            || READ_ONLY.iter().any(|dir| m.path.starts_with(dir));
        if shared || (m.inode != 0 && !unchanging) || m.range.start > covered {
            return false;
        }
        covered = covered.max(m.range.end);
    }
    covered >= end
}

/// One line of `/proc/PID/maps`.
pub struct Mapping {
    pub range: std::ops::Range<u64>,
    /// `r-xp`: read, write, execute, and `p` private or `s` shared.
    pub perms: String,
    /// The file's inode; 0 for memory of no file.
    pub inode: u64,
    /// The file's path, or a name such as `[heap]`; empty for anonymous memory.
    pub path: String,
}

/// The mappings of process `pid` (`self` for the caller), in address order; `None` when they
/// cannot be read or a line is not as the kernel writes it.
pub fn mappings(pid: impl std::fmt::Display) -> Option<Vec<Mapping>> {
    let maps = fs::read_to_string(format!("/proc/{pid}/maps")).ok()?;
    maps.lines()
        .map(|line| {
            // start-end perms offset dev inode path (the path may hold spaces).
            let mut fields = line.splitn(6, ' ');
            let (lo, hi) = fields.next()?.split_once('-')?;
            let perms = fields.next()?.to_owned();
            let inode = fields.nth(2)?.parse().ok()?;
            let path = fields.next().unwrap_or("").trim_start().to_owned();
            let range = u64::from_str_radix(lo, 16).ok()?..u64::from_str_radix(hi, 16).ok()?;
            Some(Mapping { range, perms, inode, path })
        })
        .collect()
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

    /// Memory this process alone writes (the heap, its own executable's constants) is private;
    /// shared memory, a private mapping of a file another process may write (its pages not yet
    /// copied), and a page not there are not (red team round 28, F7).
    #[test]
    fn only_memory_no_other_process_can_change_is_private() {
        let me = std::process::id() as i32;
        let heap = vec![7u8; 10_000];
        assert!(private_memory(me, heap.as_ptr() as u64, heap.len()));
        static CONSTANT: &str = "a constant of this test's executable";
        // SAFETY: reads a byte of a `'static` string; volatile, so that the page is mapped.
        std::hint::black_box(unsafe { std::ptr::read_volatile(CONSTANT.as_ptr()) });
        assert!(private_memory(me, CONSTANT.as_ptr() as u64, CONSTANT.len()));
        let map = |flags: i32, fd: i32| {
            // SAFETY: a fresh mapping of one page, which nothing else refers to; unmapped below.
            let at =
                unsafe { libc::mmap(std::ptr::null_mut(), 4096, libc::PROT_READ | libc::PROT_WRITE, flags, fd, 0) };
            assert_ne!(at, libc::MAP_FAILED);
            at
        };
        let shared = map(libc::MAP_SHARED | libc::MAP_ANONYMOUS, -1);
        // SAFETY: `shared` is a writable page of this process.
        unsafe { *(shared as *mut u8) = 1 };
        assert!(!private_memory(me, shared as u64, 16), "shared memory");
        let untouched = map(libc::MAP_PRIVATE | libc::MAP_ANONYMOUS, -1);
        assert!(!private_memory(me, untouched as u64, 16), "a page not present");
        let dir = std::env::temp_dir().join(format!("procscen-pagemap-{me}"));
        std::fs::write(&dir, [1u8; 4096]).expect("a file");
        let file = std::fs::File::open(&dir).expect("opens");
        let mapped = map(libc::MAP_PRIVATE, std::os::fd::AsRawFd::as_raw_fd(&file));
        // The mapping holds the file: gone from /tmp whatever the asserts say.
        let _ = std::fs::remove_file(&dir);
        // SAFETY: `mapped` is a readable page of this process; volatile, so that it is mapped.
        std::hint::black_box(unsafe { std::ptr::read_volatile(mapped as *const u8) });
        assert!(!private_memory(me, mapped as u64, 16), "a private mapping of a writable file");
        for at in [shared, untouched, mapped] {
            // SAFETY: each is a one-page mapping made above and no longer used.
            unsafe { libc::munmap(at, 4096) };
        }
    }
}
