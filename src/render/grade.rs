//! Grades as people and tools read them: `human` for a terminal, `json` for scripts, `junit`
//! for CI, and `gradescope` (the autograder's `results.json`). The JSON shapes are documented
//! in docs/grading.md and checked against docs/grade.schema.json and
//! docs/gradescope.schema.json by the tests.

use crate::judge::grade::{shown, Grade, Status};
use crate::model::scenario::Visibility;
use crate::render::escape::{self, xml};
use crate::render::report;
use crate::render::view::Observed;
use serde_json::{json, Value};
use std::fmt::Write;

/// The report a teacher or student reads.
pub fn human(g: &Grade, today: &str) -> String {
    let mut out = String::new();
    // The file name is the student's: a line break in it would print a line of its own (a
    // forged `score:`), which the whole report's escaping below keeps, so it goes on one line.
    let _ = writeln!(out, "== {} ({}) ==", super::escape::os_name(g.submission.as_os_str()), g.scenario);
    let _ = writeln!(out, "score: {}/{}", number(g.score), number(g.max_score));
    let observed = g.observation.as_ref().map(Observed::of);
    match &observed {
        // What of the sandbox did not hold goes under the ending, where it is about the
        // grader, not after the mistakes, where it read as the student's (blind8).
        Some(o) => {
            out.push_str(&format!("ending: {}", report::judge_line(o)));
            out.push_str(&report::sandbox_notes(o));
        }
        None => {
            let _ = writeln!(out, "ending: {}", g.ending);
        }
    }
    if let Some(e) = &g.compile_error {
        let what = if g.ending == crate::judge::grade::GradeEnding::CompileError {
            "the build failed:"
        } else {
            "it could not be run:"
        };
        let _ = writeln!(out, "{what}");
        for line in e.lines() {
            let _ = writeln!(out, "  {line}");
        }
    }
    if !g.skipped.is_empty() {
        // The copy of the submission left these out: the student should know why a file of
        // theirs was not there.
        // A name is the student's to choose: its line breaks are written out, so that it
        // cannot add lines of its own to the report (a FIFO named `\nscore: 11 of 11`).
        let names: Vec<String> =
            g.skipped.iter().map(|n| super::escape::terminal(n, super::escape::Breaks::Escape).into_owned()).collect();
        let _ = writeln!(
            out,
            "not copied (only regular files, directories and links are, and no compiled code): {}",
            names.join(", ")
        );
    }
    let _ = writeln!(out, "checks:");
    for c in &g.checks {
        let word = match c.status {
            Status::Passed => "PASS",
            Status::Failed => "FAIL",
            Status::Skipped => "SKIP",
            Status::NotChecked => "----",
        };
        let hidden = if shown(c, today) {
            String::new()
        } else if let Some(d) = &c.hidden_until {
            format!(" (hidden from students until {d})")
        } else {
            format!(" (hidden from students: {})", visibility(c.visibility))
        };
        // A check worth nothing (a gate others need) read `FAIL [0/0]`, as if it failed for
        // nothing: what it costs is the points of the checks skipped for it, which say so.
        let worth =
            if c.points == 0.0 { "no points".to_owned() } else { format!("{}/{}", number(c.score), number(c.points)) };
        let _ = writeln!(out, "  {word} [{worth}] {}{hidden}", c.name);
        if c.status != Status::Passed {
            let _ = writeln!(out, "         {}", c.message.replace('\n', "\n         "));
        }
    }
    if !g.mistakes.is_empty() {
        let _ = writeln!(out, "mistakes recognized in this run:");
        for m in &g.mistakes {
            let _ = writeln!(out, "  {}: {}", m.id, m.what);
            for line in wrap(&m.explanation, 88) {
                let _ = writeln!(out, "    {line}");
            }
        }
    }
    if let Some(o) = &observed {
        out.push_str(&report::run_of(o, report::GRADE_LINES));
    }
    // A submission's file name, its build's messages and the lines its checks quote all came
    // from the student.
    escape::terminal_report(out)
}

/// One JSON document per grade, for scripts: its small parts as a `Value`, the program's
/// output lines (up to a million, all empty) written straight from the observation. A `Value`
/// per line took 1.8 GB of the grader's memory for 1 MiB of empty lines (red team round 9).
pub fn json(g: &Grade) -> GradeJson<'_> {
    // What of the sandbox did not hold for this run, each with why (null when it did): the
    // same program can be graded differently where a guard is missing (a memory cgroup an
    // unprivileged grader cannot make), and a script must see that, as the human report says.
    let gaps = g.observation.as_ref().map_or(Value::Null, |o| {
        json!({ "not_traced": o.untraced, "not_isolated": o.unisolated, "memory_capped_per_process_only": o.no_cgroup })
    });
    let observed = g.observation.as_ref().map(Observed::of);
    let (tree, timing) = match &observed {
        Some(o) => {
            let t = o.trace;
            let tree: Vec<Value> = t
                .processes
                .iter()
                .map(|p| {
                    json!({
                        "role": p.role,
                        "pid": p.pid,
                        "parent": p.parent.map(|q| t.processes[q].role.clone()),
                        "helper": p.origin == crate::trace::Origin::Helper,
                        "ending": p.ending.to_string(),
                        "command": p.events.iter().rev().find_map(|e| match &e.kind {
                            crate::trace::EventKind::Exec { argv, .. } => Some(argv.clone()),
                            _ => None,
                        }),
                    })
                })
                .collect();
            let u = o.usage;
            let timing = json!({
                "wall_ms": u.wall_ms, "cpu_ms": u.cpu_ms, "peak_rss_kib": u.peak_rss_kib, "processes": u.processes,
            });
            (tree, timing)
        }
        None => (Vec::new(), Value::Null),
    };
    let head = json!({
        "scenario": g.scenario,
        "submission": g.submission.display().to_string(),
        "score": g.score,
        "max_score": g.max_score,
        "ending": g.ending,
        "compile_error": g.compile_error,
        "skipped": g.skipped,
        "checks": g.checks.iter().map(|c| json!({
            "name": c.name,
            "points": c.points,
            "score": c.score,
            "passed": c.status == Status::Passed,
            "status": c.status,
            // Prose for people, quoting the program's lines: a terminal escape in one is
            // written out, as the human report writes it, for whoever prints it (`jq -r`; red
            // team round 28). The program's output itself stays as it was (`output`).
            "message": escape::terminal(&c.message, escape::Breaks::Keep),
            "visibility": visibility(c.visibility),
            "hidden_until": c.hidden_until,
        })).collect::<Vec<_>>(),
        "mistakes": g.mistakes.iter().map(|m| json!({
            "id": m.id,
            "what": escape::terminal(&m.what, escape::Breaks::Keep),
            "explanation": m.explanation,
        })).collect::<Vec<_>>(),
        "tree": tree,
        "timing": timing,
        "sandbox_gaps": gaps,
    });
    let Value::Object(head) = head else { unreachable!("json! of an object literal is an object") };
    GradeJson { head, observed }
}

/// A grade's JSON document (`json`): serialize it, or print it (`Display`, one line).
pub struct GradeJson<'a> {
    /// Every member but `output`, in the order a `Value`'s map keeps them (by name).
    head: serde_json::Map<String, Value>,
    observed: Option<Observed<'a>>,
}

impl serde::Serialize for GradeJson<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::{SerializeMap, SerializeSeq};
        /// The output lines, each `{ pattern, process, stream, text }` (by name, as before).
        struct Lines<'b>(&'b [crate::render::view::Line<'b>]);
        impl serde::Serialize for Lines<'_> {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                #[derive(serde::Serialize)]
                struct One<'c> {
                    pattern: Option<&'c str>,
                    process: &'c str,
                    stream: crate::trace::Stream,
                    text: &'c str,
                }
                let mut seq = s.serialize_seq(Some(self.0.len()))?;
                for l in self.0 {
                    seq.serialize_element(&One {
                        pattern: l.pattern,
                        process: l.writer,
                        stream: l.stream,
                        text: l.text,
                    })?;
                }
                seq.end()
            }
        }
        let lines = Lines(self.observed.as_ref().map_or(&[][..], |o| &o.lines));
        let mut map = s.serialize_map(Some(self.head.len() + 1))?;
        let mut written = false;
        for (key, value) in &self.head {
            if !written && key.as_str() > "output" {
                map.serialize_entry("output", &lines)?;
                written = true;
            }
            map.serialize_entry(key, value)?;
        }
        if !written {
            map.serialize_entry("output", &lines)?;
        }
        map.end()
    }
}

impl std::fmt::Display for GradeJson<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&super::escape::json(&serde_json::to_string(self).map_err(|_| std::fmt::Error)?))
    }
}

/// Gradescope's `results.json` for one submission.
pub fn gradescope(g: &Grade, today: &str) -> Value {
    let tests: Vec<Value> = g
        .checks
        .iter()
        .map(|c| {
            // A check hidden until a date is hidden before it and visible from it.
            let seen = if c.hidden_until.is_some() && !shown(c, today) { Visibility::Hidden } else { c.visibility };
            json!({
                "name": c.name,
                "score": c.score,
                "max_score": c.points,
                "status": if c.status == Status::Passed { "passed" } else { "failed" },
                "output": escape::terminal(&c.message, escape::Breaks::Keep),
                "visibility": visibility(seen),
            })
        })
        .collect();
    let mut output = String::new();
    if let Some(e) = &g.compile_error {
        let _ = writeln!(output, "The build failed:\n{e}");
    }
    for m in &g.mistakes {
        let _ = writeln!(output, "{}\n{}\n", escape::terminal(&m.what, escape::Breaks::Keep), m.explanation);
    }
    let observed = g.observation.as_ref().map(Observed::of);
    if let Some(o) = &observed {
        output.push_str(&report::observed(o));
    }
    let mut results = json!({
        "score": g.score,
        "tests": tests,
        "output": output,
    });
    if let Some(o) = &observed {
        results["execution_time"] = json!(o.usage.wall_ms as f64 / 1000.0);
    }
    results
}

/// JUnit XML for CI: one test suite per submission, one test case per check.
pub fn junit(grades: &[Grade]) -> String {
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites>\n");
    for g in grades {
        let failures = g.checks.iter().filter(|c| c.status == Status::Failed).count();
        let skipped = g.checks.iter().filter(|c| matches!(c.status, Status::Skipped | Status::NotChecked)).count();
        let _ = writeln!(
            out,
            "  <testsuite name=\"{}\" tests=\"{}\" failures=\"{failures}\" skipped=\"{skipped}\">",
            xml(&g.submission.display().to_string()),
            g.checks.len()
        );
        for c in &g.checks {
            let _ = write!(out, "    <testcase classname=\"{}\" name=\"{}\"", xml(&g.scenario), xml(&c.name));
            match c.status {
                Status::Passed => out.push_str("/>\n"),
                Status::Failed => {
                    let _ = writeln!(out, ">\n      <failure message=\"{}\"/>\n    </testcase>", xml(&c.message));
                }
                Status::Skipped | Status::NotChecked => {
                    let _ = writeln!(out, ">\n      <skipped message=\"{}\"/>\n    </testcase>", xml(&c.message));
                }
            }
        }
        if let Some(o) = g.observation.as_ref().map(Observed::of) {
            let _ = writeln!(out, "    <system-out>{}</system-out>", xml(&report::observed(&o)));
        }
        out.push_str("  </testsuite>\n");
    }
    out.push_str("</testsuites>\n");
    out
}

fn visibility(v: Visibility) -> &'static str {
    match v {
        Visibility::Visible => "visible",
        Visibility::Hidden => "hidden",
        Visibility::AfterDueDate => "after_due_date",
        Visibility::AfterPublished => "after_published",
    }
}

/// `2` rather than `2.0`; `1.5` stays.
fn number(x: f64) -> String {
    if x.fract() == 0.0 {
        format!("{x:.0}")
    } else {
        format!("{x}")
    }
}

fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = vec![String::new()];
    for word in text.split_whitespace() {
        let last = lines.last_mut().expect("never empty");
        if !last.is_empty() && last.len() + 1 + word.len() > width {
            lines.push(word.to_owned());
        } else {
            if !last.is_empty() {
                last.push(' ');
            }
            last.push_str(word);
        }
    }
    lines
}

/// The class's gradebook as CSV, one row per student in the order given: student, score,
/// max, ending, seconds (the time its grading took), then each check's points earned in the
/// assignment's order, as a spreadsheet or an LMS import reads it: a header row, rows ending
/// in CRLF (RFC 4180), control characters escaped (`escape::terminal`), a field with a comma
/// or quote quoted, and a field that a spreadsheet would run as a formula (starting with `=`,
/// `+`, `-` or `@`, after blanks or not, or with a tab) prefixed with `'`.
pub fn gradebook(results: &crate::judge::grade::class::ClassResults) -> String {
    let mut header: Vec<String> = ["student", "score", "max", "ending", "seconds"].map(String::from).to_vec();
    header.extend(results.checks.iter().map(|c| c.name.clone()));
    let mut out = csv_row(&header);
    for s in &results.students {
        let mut row = vec![
            s.student.clone(),
            s.score.to_string(),
            s.max_score.to_string(),
            s.ending.to_string(),
            format!("{:.1}", s.seconds),
        ];
        row.extend(s.checks.iter().map(|c| c.score.to_string()));
        out.push_str(&csv_row(&row));
    }
    out
}

fn csv_row(fields: &[String]) -> String {
    let quoted: Vec<String> = fields
        .iter()
        .map(|f| {
            // Student names are file names and endings come from programs: a terminal escape
            // (ESC) or a line break in them is written out (`\x1b`), never passed to whatever
            // shows the gradebook.
            let f = super::escape::terminal(f, super::escape::Breaks::Escape);
            // Behind blanks too: some imports drop a leading tab or space and then read the
            // formula (red team round 28: a student entry `\t=1+2`).
            let formula = f.starts_with('\t') || f.trim_start_matches([' ', '\t']).starts_with(['=', '+', '-', '@']);
            let f = if formula { format!("'{f}") } else { f.into_owned() };
            if f.contains([',', '"', '\n', '\r']) {
                format!("\"{}\"", f.replace('"', "\"\""))
            } else {
                f
            }
        })
        .collect();
    format!("{}\r\n", quoted.join(","))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_field_a_spreadsheet_would_run_is_quoted_behind_blanks_and_tabs_too() {
        let fields = ["\t=1+2", " =1+2", "+1", "@x", "-1", "plain", "a=1"].map(String::from);
        assert_eq!(csv_row(&fields), "'\t=1+2,' =1+2,'+1,'@x,'-1,plain,a=1\r\n");
    }
}
