//! Every scenario file under `scenarios/` is one test: it must run, pass its checks and
//! match its snapshot in `snapshots/`. A missing snapshot is written and the test passes,
//! except under CI (`.ci/run` sets `CI=1`), where it fails. An assignment
//! (a scenario with a `program`) grades its reference solution, which must earn full marks.
//! That no process outlives a run is tested in `tests/engine.rs` and `tests/containment.rs`.

mod util;

use rstest::rstest;
use std::path::PathBuf;

include!(concat!(env!("OUT_DIR"), "/scenario_files.rs"));

#[rstest]
fn scenario(#[files("scenarios/**/*.yaml")] path: PathBuf) {
    // The public API a crate that depends on procscen uses (see examples/pipeline): the
    // report of `procscen run` for failed checks, insta for the snapshot. Its runs are served
    // by this test binary itself (see `procscen::sources::helper`), not by the procscen binary.
    procscen::testing::assert_scenario(&path);
}

/// rstest expands its glob at compile time; build.rs reruns when `scenarios/` changes, and
/// this test catches the case where that did not happen.
#[test]
fn every_scenario_file_has_a_test() {
    let on_disk =
        procscen::pipeline::suite::collect(&[util::root().join("scenarios")]).expect("scenarios/ is readable");
    let compiled: Vec<PathBuf> = SCENARIO_FILES.iter().map(|f| util::root().join(f)).collect();
    let missing: Vec<_> =
        on_disk.iter().filter(|f| f.extension().is_some_and(|e| e == "yaml") && !compiled.contains(f)).collect();
    assert!(missing.is_empty(), "these scenario files have no test; rebuild the tests (touch build.rs): {missing:?}");
    let yml: Vec<_> = on_disk.iter().filter(|f| f.extension().is_some_and(|e| e == "yml")).collect();
    assert!(yml.is_empty(), "scenario files must end in .yaml to get a test: {yml:?}");
}
