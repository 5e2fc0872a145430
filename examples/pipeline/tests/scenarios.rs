//! The crate's tests through procscen: every scenario file under `scenarios/` is one test
//! (rstest's `#[files]`), judged like `procscen run` judges it; and the crate's own program
//! is observed and must pass every check of `programs/pipeline.yaml`.

use rstest::rstest;
use std::path::PathBuf;

#[rstest]
fn scenario(#[files("scenarios/*.yaml")] path: PathBuf) {
    procscen::testing::assert_scenario(&path);
}

#[test]
fn the_program_passes_every_check() {
    procscen::testing::assert_full_marks("programs/pipeline.yaml", env!("CARGO_BIN_EXE_pipeline"));
}
