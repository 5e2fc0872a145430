//! Fuzzes the scenario loader: whatever bytes a scenario file holds, loading it never panics
//! or hangs, and a refused file names at least one problem with a line and a column.

#![no_main]

use libfuzzer_sys::fuzz_target;
use procscen::error::LoadErrorKind;

fuzz_target!(|data: &[u8]| {
    // Scenario files are text; bytes that are not UTF-8 are refused before parsing.
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Err(e) = procscen::load_str(text, std::path::Path::new("fuzz.yaml")) {
        let LoadErrorKind::Invalid { problems, .. } = &e.kind else { panic!("text was read: {e}") };
        assert!(!problems.is_empty(), "refused without a problem");
        for p in problems {
            assert!(p.position.line >= 1 && p.position.column >= 1, "no position: {e}");
        }
    }
});
