//! The memory of a whole run: a memory cgroup around the program's tree, where the machine
//! lets procscen make one.
//!
//! `RLIMIT_AS` caps each process, not their sum: six processes of 600 MB each fit under a
//! 1 GiB cap. A cgroup counts every page the program's processes use (their `/tmp` and
//! `/dev/shm` files included), and the kernel's OOM killer ends a process of the cgroup when
//! the sum passes its limit, as isolate's `--cg-mem` and nsjail's `cgroup_mem_max` do.
//!
//! procscen (the grading process, outside every namespace) makes the cgroup below its own in
//! the memory hierarchy (cgroup v1's `memory` controller, or v2 where `memory` is enabled),
//! sets its limit, and passes its path to the tracer; the program's first process joins it
//! between fork and exec (writing 0 to `cgroup.procs` on an fd the tracer opened), so its
//! descendants are in it and the tracer is not. The tracer reads the cgroup's OOM kill count
//! when a process dies of SIGKILL and stops the run: "memory limit reached". procscen removes
//! the cgroup when the tracer is gone.
//!
//! Where the cgroup cannot be made (an unprivileged grader without a delegated cgroup, cgroup
//! v2 without the memory controller in the subtree), each process keeps only its `RLIMIT_AS`,
//! and the report says so.
//!
//! The same cgroup (v2, where `pids` is enabled too), or a cgroup of v1's `pids` hierarchy
//! made the same way, caps the run's tasks (`pids.max`): a backstop for the tracer's task
//! limit that counts every thread and process the kernel makes, those the tracer would not
//! see included (the seccomp filter refuses `CLONE_UNTRACED`, which is how a child hides
//! from ptrace). It sits one task above the tracer's limit, so that the tracer, which sees a
//! task when it is made, stops the run first and names the limit.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

/// How long procscen waits for a killed tracer's processes to leave the cgroup before it
/// gives up removing it.
const REMOVE_WITHIN: Duration = Duration::from_secs(2);

/// A memory cgroup made for one run, removed when dropped.
#[derive(Debug)]
pub struct MemoryCgroup {
    pub dir: PathBuf,
}

impl MemoryCgroup {
    /// Makes a cgroup whose processes together may use `limit` bytes, and where v2 has the
    /// `pids` controller, run at most `tasks` tasks; or says why not.
    pub fn create(limit: u64, tasks: u64) -> Result<MemoryCgroup, String> {
        let (parent, v2) = own_memory_cgroup()?;
        remove_abandoned(&parent);
        static NEXT: AtomicU64 = AtomicU64::new(0);
        let name = format!("procscen-{}-{}", std::process::id(), NEXT.fetch_add(1, Ordering::Relaxed));
        let dir = parent.join(name);
        std::fs::create_dir(&dir).map_err(|e| format!("making {} failed: {e}", dir.display()))?;
        let cgroup = MemoryCgroup { dir };
        let write = |file: &str, value: &str| {
            std::fs::write(cgroup.dir.join(file), value)
                .map_err(|e| format!("writing {} failed: {e}", cgroup.dir.join(file).display()))
        };
        let limit = limit.to_string();
        if v2 {
            write("memory.max", &limit)?;
            // No swap to hide in, and an OOM kill ends the whole run at once.
            let _ = write("memory.swap.max", "0");
            let _ = write("memory.oom.group", "1");
            // Absent when the parent does not enable `pids` for its subtree.
            let _ = write("pids.max", &tasks.to_string());
        } else {
            write("memory.limit_in_bytes", &limit)?;
            // Memory and swap together (where the kernel accounts swap).
            let _ = write("memory.memsw.limit_in_bytes", &limit);
        }
        Ok(cgroup)
    }
}

impl Drop for MemoryCgroup {
    fn drop(&mut self) {
        remove(&self.dir);
    }
}

/// A cgroup of v1's `pids` hierarchy made for one run, removed when dropped.
#[derive(Debug)]
pub struct PidsCgroup {
    pub dir: PathBuf,
}

impl PidsCgroup {
    /// Makes a v1 `pids` cgroup whose processes together may run at most `tasks` tasks, or
    /// says why not (on cgroup v2 the memory cgroup holds this limit).
    pub fn create(tasks: u64) -> Result<PidsCgroup, String> {
        let parent = own_v1_cgroup("pids")?;
        remove_abandoned(&parent);
        static NEXT: AtomicU64 = AtomicU64::new(0);
        let name = format!("procscen-{}-{}", std::process::id(), NEXT.fetch_add(1, Ordering::Relaxed));
        let dir = parent.join(name);
        std::fs::create_dir(&dir).map_err(|e| format!("making {} failed: {e}", dir.display()))?;
        let cgroup = PidsCgroup { dir };
        std::fs::write(cgroup.dir.join("pids.max"), tasks.to_string())
            .map_err(|e| format!("writing {} failed: {e}", cgroup.dir.join("pids.max").display()))?;
        Ok(cgroup)
    }
}

impl Drop for PidsCgroup {
    fn drop(&mut self) {
        remove(&self.dir);
    }
}

/// The directory of the calling process's cgroup in v1's hierarchy of `controller`.
fn own_v1_cgroup(controller: &str) -> Result<PathBuf, String> {
    let text = std::fs::read_to_string("/proc/self/cgroup").map_err(|e| format!("reading /proc/self/cgroup: {e}"))?;
    for line in text.lines() {
        let mut parts = line.splitn(3, ':');
        let (Some(_), Some(controllers), Some(path)) = (parts.next(), parts.next(), parts.next()) else { continue };
        if controllers.split(',').any(|c| c == controller) {
            let dir = Path::new("/sys/fs/cgroup").join(controller).join(path.trim_start_matches('/'));
            // The root has no `pids.max` of its own, but every cgroup has `cgroup.procs`.
            if dir.join("cgroup.procs").is_file() {
                return Ok(dir);
            }
        }
    }
    Err(format!("no cgroup v1 `{controller}` controller this process may use"))
}

/// Removes a run's cgroup directory.
fn remove(dir: &Path) {
    // A tracer procscen killed takes its processes down through parent-death signals,
    // which the kernel delivers after procscen reaped `procscen __observe`: the cgroup
    // empties a moment later. v1 has no event that says when, so removal is polled (every
    // 5 ms) until it succeeds, for a bounded time; the usual run, whose tracer ended by
    // itself after reaping every process, removes it at the first try.
    let until = Instant::now() + REMOVE_WITHIN;
    while std::fs::remove_dir(dir).is_err_and(|e| e.raw_os_error() == Some(libc::EBUSY)) {
        if Instant::now() >= until {
            break;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
}

/// Removes the cgroups that graders killed by a signal (before they could remove theirs) left
/// in `parent`: those of a procscen whose pid no longer runs. A cgroup with processes in it
/// cannot be removed, so nothing alive is touched.
fn remove_abandoned(parent: &Path) {
    let Ok(entries) = std::fs::read_dir(parent) else { return };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(pid) = name.to_str().and_then(|n| n.strip_prefix("procscen-")).and_then(|n| n.split('-').next())
        else {
            continue;
        };
        if pid.parse::<u32>().is_ok() && !Path::new("/proc").join(pid).exists() {
            let _ = std::fs::remove_dir(entry.path());
        }
    }
}

/// How many processes of the cgroup at `dir` the kernel's OOM killer ended.
pub fn oom_kills(dir: &Path) -> u64 {
    // v2 counts them in memory.events, v1 (since Linux 4.13) in memory.oom_control.
    ["memory.events", "memory.oom_control"]
        .iter()
        .filter_map(|file| std::fs::read_to_string(dir.join(file)).ok())
        .flat_map(|text| {
            text.lines()
                .filter_map(|l| l.strip_prefix("oom_kill ").and_then(|n| n.trim().parse().ok()))
                .collect::<Vec<u64>>()
        })
        .max()
        .unwrap_or(0)
}

/// The directory of the calling process's memory cgroup, and whether it is cgroup v2.
fn own_memory_cgroup() -> Result<(PathBuf, bool), String> {
    let text = std::fs::read_to_string("/proc/self/cgroup").map_err(|e| format!("reading /proc/self/cgroup: {e}"))?;
    for line in text.lines() {
        let mut parts = line.splitn(3, ':');
        let (Some(_), Some(controllers), Some(path)) = (parts.next(), parts.next(), parts.next()) else { continue };
        let relative = path.trim_start_matches('/');
        if controllers.split(',').any(|c| c == "memory") {
            let dir = Path::new("/sys/fs/cgroup/memory").join(relative);
            if dir.join("memory.limit_in_bytes").is_file() {
                return Ok((dir, false));
            }
        }
    }
    for line in text.lines() {
        let Some(path) = line.strip_prefix("0::") else { continue };
        let relative = path.trim_start_matches('/');
        for root in ["/sys/fs/cgroup", "/sys/fs/cgroup/unified"] {
            let dir = Path::new(root).join(relative);
            let enabled = std::fs::read_to_string(dir.join("cgroup.subtree_control"))
                .is_ok_and(|t| t.split_whitespace().any(|c| c == "memory"));
            if enabled {
                return Ok((dir, true));
            }
        }
    }
    Err("no memory cgroup controller this process may use (cgroup v1's `memory`, or v2 with `memory` in its subtree)"
        .into())
}
