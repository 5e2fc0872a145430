//! Judgement: what reads a trace and says whether it is right. `check` evaluates a scenario's
//! checks, `redact` and `snapshot` compare a normalized trace with its snapshot, `grade` scores
//! a submission's observed run against an assignment. Nothing here starts a process of its own
//! but through a source's entry point.

pub mod check;
pub mod fold;
pub mod grade;
pub mod redact;
pub mod snapshot;
