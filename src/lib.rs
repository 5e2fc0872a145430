//! procscen: declarative scenario tests for multi-process programs, run with real processes.
//!
//! A scenario file (`scenario`) is carried out by the `engine` with real Linux processes; the
//! engine produces a `trace::Trace`, the one data structure every consumer reads: the
//! `check`er, the `redact`or that makes snapshots, and the `report`s. See ARCHITECTURE.md.

pub mod check;
pub mod engine;
pub mod error;
pub mod grade;
pub mod helper;
pub(crate) mod host;
pub mod invocation;
pub mod observer;
pub mod redact;
pub mod render;
pub mod scenario;
pub mod snapshot;
pub mod suite;
pub mod template;
#[cfg(feature = "testing")]
pub mod testing;
pub mod trace;

pub use error::{LoadError, RunError};
pub use scenario::{load, load_str, Scenario};
pub use trace::Trace;
