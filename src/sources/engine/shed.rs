//! Makes `main` cheaper to fork: before its first fork it drops the page-table entries of the
//! clean file pages it inherited in mappings that a fork copies entry by entry.
//!
//! `fork` does not copy the page tables of a file mapping: the child faults its pages in from
//! the page cache when it touches them. It does copy every present entry of a mapping that
//! has anonymous pages too (the kernel's `vma_needs_copy`: the mapping has an `anon_vma`),
//! which every private file mapping a process ever wrote to has: the binary's relocation
//! read-only segment (`.data.rel.ro` and the GOT, 340 KiB, which the dynamic loader writes a
//! few pages of), libc's and the loader's. `main` is a fork of the supervisor, which touched
//! most of those pages while it parsed its settings and the scenario, so every `start` of
//! `main` copied about 40 page-table entries of pages no child reads: on this VM, where a
//! page-table write is expensive, `dup_mmap` took 2.5 times as long as in a C program's fork
//! (docs/performance.md, "start+join, third pass").
//!
//! Dropping the entry of a page that is still the file's (not written, so not a private
//! copy) loses nothing: the next touch maps the same page cache page again. `/proc/self/
//! pagemap` says which present pages are the file's (bit 61) and which are private copies,
//! which are kept: dropping one would bring back the file's bytes under a relocation.
//! Everything here is an optimisation: any failure leaves the mappings as they were.

use std::io::Read;
use std::os::unix::fs::FileExt;

/// A page-map entry's bit: the page is present.
const PRESENT: u64 = 1 << 63;
/// A page-map entry's bit: the page is a file page (or shared anonymous), not a private copy.
const FILE_PAGE: u64 = 1 << 61;

/// Drops the entries of the clean file pages of this process's private, non-executable file
/// mappings (see the module's documentation). Must be called before any other thread exists.
pub fn shed_clean_file_pages() {
    let page = page_size();
    let Ok(pagemap) = std::fs::File::open("/proc/self/pagemap") else { return };
    let mut maps = String::new();
    if std::fs::File::open("/proc/self/maps").and_then(|mut f| f.read_to_string(&mut maps)).is_err() {
        return;
    }
    let mut entries = Vec::new();
    for line in maps.lines() {
        let Some((start, end)) = private_file_mapping(line) else { continue };
        let pages = (end - start) / page;
        entries.clear();
        entries.resize(pages, 0u64);
        // SAFETY: a `[u64]` of `pages` elements is `pages * 8` initialised bytes, viewed as
        // bytes only for the read below, which writes whole entries into them.
        let bytes = unsafe { std::slice::from_raw_parts_mut(entries.as_mut_ptr().cast::<u8>(), pages * 8) };
        if pagemap.read_exact_at(bytes, (start / page * 8) as u64).is_err() {
            continue;
        }
        let mut k = 0;
        while k < pages {
            let clean = |e: u64| e & PRESENT != 0 && e & FILE_PAGE != 0;
            if !clean(entries[k]) {
                k += 1;
                continue;
            }
            let first = k;
            while k < pages && clean(entries[k]) {
                k += 1;
            }
            // SAFETY: the range lies inside one private file mapping of this process (read from
            // /proc/self/maps just now, and no other thread can change the mappings), and every
            // page in it is the file's own, unwritten page: MADV_DONTNEED only drops the
            // page-table entries, and the next access maps the same bytes from the page cache.
            // No Rust reference is invalidated: the contents do not change.
            unsafe {
                libc::madvise((start + first * page) as *mut libc::c_void, (k - first) * page, libc::MADV_DONTNEED);
            }
        }
    }
}

/// The address range of a `/proc/self/maps` line that is a private, non-executable mapping of
/// a file.
fn private_file_mapping(line: &str) -> Option<(usize, usize)> {
    let mut fields = line.split_ascii_whitespace();
    let range = fields.next()?;
    let perms = fields.next()?;
    let _offset = fields.next()?;
    let _device = fields.next()?;
    let inode = fields.next()?;
    let path = fields.next()?;
    let perms = perms.as_bytes();
    if perms.len() < 4 || perms[3] != b'p' || perms[2] == b'x' || inode == "0" || !path.starts_with('/') {
        return None;
    }
    let (start, end) = range.split_once('-')?;
    Some((usize::from_str_radix(start, 16).ok()?, usize::from_str_radix(end, 16).ok()?))
}

fn page_size() -> usize {
    // SAFETY: sysconf reads a constant of the system; it has no memory effects.
    let size = unsafe { libc::sysconf(libc::_SC_PAGESIZE) };
    usize::try_from(size).ok().filter(|s| s.is_power_of_two()).unwrap_or(4096)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_private_non_executable_file_mappings_are_shed() {
        let at = |l: &str| private_file_mapping(l);
        assert_eq!(at("008e1000-00938000 r--p 006df000 fe:00 5309541    /work/procscen"), Some((0x8e1000, 0x938000)));
        assert_eq!(at("00373000-008e1000 r-xp 00172000 fe:00 5309541   /work/procscen"), None);
        assert_eq!(at("7fd707a20000-7fd707a21000 rw-s 00000000 00:01 1490   /memfd:census (deleted)"), None);
        assert_eq!(at("0c651000-0c672000 rw-p 00000000 00:00 0    [heap]"), None);
        assert_eq!(at("7fd707813000-7fd707816000 rw-p 00000000 00:00 0"), None);
    }
}
