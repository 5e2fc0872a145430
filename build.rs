//! Makes cargo rebuild the tests when a scenario file is added or removed, and links the
//! procscen binary as a position-dependent executable.
//!
//! rstest's `#[files]` expands its glob when tests/scenarios.rs is compiled; without this, a
//! new scenario would be silently skipped until something else forced a rebuild. The list of
//! files seen here is also written out, so a test can compare it with the files on disk.
//!
//! The binary is linked with `-no-pie` because every scenario process is a fork of it: in a
//! position-independent executable the dynamic loader relocates about 340 KiB of
//! `.data.rel.ro` (vtables, string tables) at every start, which makes those pages private
//! copies that each `fork` must copy the page-table entries of, and each exit free again. At
//! a fixed address the linker resolves them, and they stay shared, clean pages of the file
//! (docs/performance.md, "start+join"). The code is compiled position-independent as usual,
//! so only the link changes; the binary's own address is then not randomized (the libraries,
//! heap and stack still are). Only the CLI binary is affected: a crate linking the library
//! links its executables its own way.

use std::path::{Path, PathBuf};

fn main() {
    // A static build (.cargo/config.toml) is linked position-dependent by rustc itself, and
    // `-no-pie` after rustc's `-static-pie` makes a binary that asks for a loader it lacks.
    let crt_static = std::env::var("CARGO_CFG_TARGET_FEATURE").is_ok_and(|f| f.split(',').any(|f| f == "crt-static"));
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() == Ok("linux") && !crt_static {
        println!("cargo:rustc-link-arg-bins=-no-pie");
    }
    println!("cargo:rerun-if-changed=scenarios");
    let mut files = Vec::new();
    collect(Path::new("scenarios"), &mut files);
    files.sort();
    let list: Vec<String> = files.iter().map(|f| format!("    {:?},\n", f.to_string_lossy())).collect();
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR")).join("scenario_files.rs");
    let text = format!(
        "/// The scenario files present when the tests were compiled.\npub const SCENARIO_FILES: &[&str] = &[\n{}];\n",
        list.concat()
    );
    std::fs::write(out, text).expect("OUT_DIR is writable");
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            println!("cargo:rerun-if-changed={}", path.display());
            collect(&path, out);
        } else if path.extension().is_some_and(|e| e == "yaml") {
            out.push(path);
        }
    }
}
