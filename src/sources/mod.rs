//! The sources: what produces a trace. The `engine` runs a scenario's processes; the
//! `observer` traces an external program with ptrace. Neither imports the other: what both
//! need from the machine (helper processes, signals, rlimits, procfs, the kill routine) is in
//! `host`, and `helper` holds the hidden entry points the procscen binary runs them as.

pub mod engine;
pub mod helper;
pub(crate) mod host;
pub mod observer;
