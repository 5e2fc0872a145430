//! The render layer: every output procscen writes for people and tools, in one place.
//!
//! Renderers read data and write text; they run nothing and decide nothing. Each takes a
//! Trace, check verdicts, a Grade, or a view model (`view`) that the pipeline builds from
//! what it evaluated, so that no renderer reads a source (the engine, the observer) or the
//! pipeline. Every output language has one escaper (`escape`), through which all text that
//! came from a scenario or a program passes.
//!
//! - `report`: human-readable text for a terminal (`procscen run`, `procscen trace`).
//! - `grade`: a grade as text, JSON, JUnit XML, Gradescope's `results.json`, and a class's
//!   CSV gradebook.
//! - `html`: a run or a grade as a self-contained HTML page (`--report DIR`).
//! - `mermaid`: a run as a Mermaid sequence diagram (`run --format mermaid`).

pub mod escape;
pub mod grade;
pub mod html;
pub mod mermaid;
pub mod report;
pub mod view;
