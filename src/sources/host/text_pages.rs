//! procscen's own machine code moved onto anonymous huge pages, so that a forked child does not
//! fault its code in page by page.
//!
//! Why: a fork copies no page-table entry of a file-backed mapping that has no private page
//! (the kernel expects the child to fault them in cheaply, from the page cache). A scenario's
//! child runs procscen's code spread over several 64 KiB windows of its 5 MiB of text, and
//! faults each window in, then unmaps it all at its exit: most of what a started child costs
//! beyond a C program's `fork` (docs/performance.md, "start+join: what a child costs the
//! kernel"). Anonymous memory is different: a fork copies its page-table entries, and for a
//! transparent huge page that is one entry per 2 MiB. So the 2 MiB-aligned interior of the text
//! is copied into anonymous memory advised as huge pages and moved (`mremap`) over the file's
//! mapping at the same addresses: the bytes, and so every code address, stay the same.
//!
//! Only worth it when huge pages are on offer (`/sys/kernel/mm/transparent_hugepage/enabled`
//! is `always` or `madvise`): on 4 KiB anonymous pages a fork would copy a thousand entries per
//! child, more than the faults it saves. Anything that fails leaves the text as it was.

use std::ops::Range;
use std::sync::atomic::{AtomicBool, Ordering};

const HUGE: usize = 2 << 20;

/// Whether this process (or the one it was forked from) moved its text already.
static MOVED: AtomicBool = AtomicBool::new(false);

/// Moves the huge-page-aligned interior of the executable's text onto anonymous huge pages,
/// once per process image (a forked child inherits the moved text). Returns whether the text
/// is on them now. Call it in a process with one thread, before it forks the children that
/// should share it: no other thread may run code while its pages are swapped.
///
/// It costs a millisecond or two (4 MiB copied into pages the kernel zeroes first), what a
/// forked child saves in about a hundred children: callers do it once a process has shown that
/// it forks many.
pub(crate) fn move_text_to_huge_pages() -> bool {
    if MOVED.load(Ordering::Relaxed) {
        return true;
    }
    let moved = move_once();
    MOVED.store(moved, Ordering::Relaxed);
    moved
}

fn move_once() -> bool {
    if !huge_pages_offered() {
        return false;
    }
    let Some(Range { start, end }) = own_text().and_then(interior) else { return false };
    let len = end - start;
    // SAFETY: a fresh private anonymous mapping, at an address the kernel picks, aliasing
    // nothing; `len + HUGE` leaves room to start at a 2 MiB boundary inside it.
    let area = unsafe {
        libc::mmap(
            std::ptr::null_mut(),
            len + HUGE,
            libc::PROT_READ | libc::PROT_WRITE,
            libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_NORESERVE,
            -1,
            0,
        )
    };
    if area == libc::MAP_FAILED {
        return false;
    }
    let area = area as usize;
    let copy = area.next_multiple_of(HUGE);
    // SAFETY: [copy, copy + len) lies inside the mapping just made, which nothing else uses;
    // the text [start, end) is mapped readable (its mapping is r-x) for the life of the
    // process, and the two ranges do not overlap. The advice is only a hint.
    let copied = unsafe {
        libc::madvise(copy as *mut libc::c_void, len, libc::MADV_HUGEPAGE);
        std::ptr::copy_nonoverlapping(start as *const u8, copy as *mut u8, len);
        libc::mprotect(copy as *mut libc::c_void, len, libc::PROT_READ | libc::PROT_EXEC) == 0
    };
    // SAFETY: `mremap` replaces the text's pages at [start, end) with the copy's, which hold
    // the same bytes and are executable: code running in that range (this function's caller,
    // when the call returns) finds the same instructions. It is one system call, so no code of
    // ours runs while the range is half moved, and the caller's contract keeps other threads
    // out. On failure the text is untouched.
    let moved = copied
        && unsafe {
            libc::mremap(
                copy as *mut libc::c_void,
                len,
                len,
                libc::MREMAP_MAYMOVE | libc::MREMAP_FIXED,
                start as *mut libc::c_void,
            )
        } != libc::MAP_FAILED;
    // SAFETY: what is left of the area is ours alone: its head before the copy, its tail after
    // it, and the copy itself if it was not moved.
    unsafe {
        if moved {
            libc::munmap(area as *mut libc::c_void, copy - area);
            libc::munmap((copy + len) as *mut libc::c_void, area + len + HUGE - (copy + len));
        } else {
            libc::munmap(area as *mut libc::c_void, len + HUGE);
        }
    }
    moved
}

/// Whether the kernel gives transparent huge pages to memory advised to use them.
fn huge_pages_offered() -> bool {
    std::fs::read_to_string("/sys/kernel/mm/transparent_hugepage/enabled")
        .is_ok_and(|s| s.contains("[always]") || s.contains("[madvise]"))
}

/// The whole 2 MiB pages inside `text`, if any.
fn interior(text: Range<usize>) -> Option<Range<usize>> {
    let (start, end) = (text.start.next_multiple_of(HUGE), text.end / HUGE * HUGE);
    (start < end).then_some(start..end)
}

/// The executable mapping that holds this function's code.
fn own_text() -> Option<Range<usize>> {
    let here = own_text as fn() -> Option<Range<usize>> as usize as u64;
    let text =
        super::procfs::mappings("self")?.into_iter().find(|m| m.perms.starts_with("r-x") && m.range.contains(&here))?;
    Some(usize::try_from(text.range.start).ok()?..usize::try_from(text.range.end).ok()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Set in the copy of the test binary that moves its own text (a process of its own, so
    /// that no other test runs while its code is swapped).
    const IN_CHILD: &str = "PROCSCEN_TEXT_PAGES_TEST";

    #[test]
    fn the_text_moves_onto_huge_pages_and_runs_the_same_in_a_forked_child() {
        if std::env::var_os(IN_CHILD).is_some() {
            return moved_then_forked();
        }
        let exe = std::env::current_exe().unwrap();
        let name =
            "sources::host::text_pages::tests::the_text_moves_onto_huge_pages_and_runs_the_same_in_a_forked_child";
        let out = std::process::Command::new(&exe)
            .args(["--exact", name, "--nocapture", "--test-threads", "1"])
            .env(IN_CHILD, "1")
            .output()
            .unwrap();
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert!(
            out.status.success(),
            "{exe:?} {name}: {}\nstdout:\n{stdout}\nstderr:\n{}",
            out.status,
            String::from_utf8_lossy(&out.stderr)
        );
        let expected =
            if huge_pages_offered() && own_text().and_then(interior).is_some() { "text moved" } else { "text left" };
        assert!(stdout.contains(expected), "expected {expected:?} in:\n{stdout}");
    }

    /// Moves the text, checks where it lies now, and runs code on both sides of a fork.
    fn moved_then_forked() {
        let interior = own_text().and_then(interior);
        let moved = move_text_to_huge_pages();
        assert_eq!(moved, huge_pages_offered() && interior.is_some());
        assert!(move_text_to_huge_pages() == moved, "a second call changes nothing");
        if moved {
            // The interior is anonymous now (no file, inode 0), at the same addresses.
            let maps = std::fs::read_to_string("/proc/self/maps").unwrap();
            let Range { start, end } = interior.unwrap();
            let range = format!("{start:08x}-{end:08x} r-xp 00000000 00:00 0");
            assert!(maps.lines().any(|l| l.trim_end() == range), "{range} in\n{maps}");
            println!("text moved");
        } else {
            println!("text left");
        }
        // Code all over the binary still runs, here and in a child.
        let mut words: Vec<String> = (0..1000).map(|i| format!("{:x}", i * 7919 % 1009)).collect();
        words.sort();
        // SAFETY: the child only computes and calls `_exit`, which is async-signal-safe; the
        // computation allocates, which is safe here: the test harness runs this test alone.
        match unsafe { libc::fork() } {
            0 => {
                let sum: usize = words.iter().map(|w| w.len()).sum();
                // SAFETY: ends the child at once, without running the parent's exit handlers.
                unsafe { libc::_exit(if sum > 0 && words[0] == "0" { 7 } else { 1 }) }
            }
            child => {
                assert!(child > 0, "fork failed");
                let mut status = 0;
                // SAFETY: `status` is a valid int to write the child's status into.
                assert_eq!(unsafe { libc::waitpid(child, &mut status, 0) }, child);
                assert!(libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 7, "child status {status:#x}");
            }
        }
    }
}
