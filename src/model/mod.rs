//! The model: what a scenario file says, checked, before anything runs. No I/O but reading the
//! file; nothing here knows how a scenario is carried out.

pub mod scenario;
pub mod template;
