//! procscen: declarative scenario tests for multi-process programs, run with real processes.
//!
//! The folders are the pipeline, each reading only what lies before it (ARCHITECTURE.md, and
//! the tidy test `tests/layers.rs`, which fails when a layer imports a later one):
//!
//! - `model`: the scenario format, loaded and checked (`model::scenario`), and the `{name}`
//!   templates its values are written in;
//! - `sources`: what makes a trace: the `engine` runs a scenario with real processes, the
//!   `observer` watches a program under ptrace; both stand on `host`;
//! - `trace`: the one data structure in the middle, a run's processes, events and edges;
//! - `judge`: what reads a trace and gives a verdict: checks, snapshots, grades;
//! - `render`: view models of traces and verdicts, written as text, JSON, HTML, Mermaid, CSV;
//! - `pipeline`: a scenario file or a submission taken from load to verdict (`suite`), and the
//!   `testing` helpers a crate's tests call;
//! - the command line lives in `src/cli/`, outside this library; `invocation` (how to run this
//!   procscen again, for the commands hints print) serves every layer.

pub mod error;
pub mod invocation;
pub mod judge;
pub mod model;
pub mod pipeline;
pub mod render;
pub mod sources;
pub mod trace;

pub use error::{LoadError, RunError};
pub use model::scenario::{load, load_str, Scenario};
#[cfg(feature = "testing")]
pub use pipeline::testing;
pub use trace::Trace;
