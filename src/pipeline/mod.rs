//! The pipeline: a scenario file taken from load to verdict (`suite`: load, run, check,
//! snapshot), and the helpers a crate's own tests call (`testing`).

pub mod suite;
#[cfg(feature = "testing")]
pub mod testing;
