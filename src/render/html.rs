//! The HTML report: one self-contained page per run (`procscen run --report DIR`, `procscen
//! grade --report DIR`) that shows the process tree, a timeline with one lane per process and
//! arrows for the causal edges, and the checks, the failed ones highlighted on the timeline.
//!
//! The page needs nothing from the network: its style and its drawing (an inline SVG) are in
//! the file, and its only script checks, when the page is opened, that every lane was drawn
//! (the browser test reads the result from the page).
//!
//! Events are placed by causality, not by clock: each event is one step right of the event
//! before it in its process and of every event with an edge to it, so every arrow points right
//! and the picture is the same from run to run wherever the order is guaranteed.

use crate::judge::grade::Status;
use crate::render::escape::html as esc;
use crate::render::view::{Check, Observed, ScenarioRun};
use crate::trace::{EdgeKind, EventId, EventKind, Trace};
use std::fmt::Write;

/// What one page shows.
pub struct Page<'a> {
    pub title: String,
    /// One line under the title: the verdict, or the score.
    pub summary: String,
    pub trace: &'a Trace,
    pub checks: Vec<Check>,
    /// Output lines with the role of their writer, for observed programs.
    pub output: Vec<(String, String)>,
}

/// How the page names a check's status, which is also its row's class (with `-` for ` `).
fn status_word(status: Status) -> &'static str {
    match status {
        Status::Passed => "passed",
        Status::Failed => "failed",
        Status::Skipped => "skipped",
        Status::NotChecked => "not checked",
    }
}

/// The most events drawn in one lane, and the most lanes: a page stays small enough to open
/// whatever the run's size; what is left out is said on the page.
const MAX_EVENTS_PER_LANE: usize = 200;
const MAX_LANES: usize = 80;

const LANE_HEIGHT: usize = 56;
const STEP_WIDTH: usize = 64;
const LABEL_WIDTH: usize = 170;

/// The whole page.
pub fn page(p: &Page) -> String {
    let mut out = String::new();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
        esc(&p.title)
    );
    let _ = writeln!(out, "<h1>{}</h1>\n<p class=\"summary\">{}</p>", esc(&p.title), esc(&p.summary));
    out.push_str("<h2>Timeline</h2>\n");
    out.push_str(&timeline(p));
    out.push_str(&checks(p));
    out.push_str("<h2>Process tree</h2>\n");
    out.push_str(&tree(p.trace));
    if !p.output.is_empty() {
        out.push_str("<h2>Output</h2>\n<table class=\"output\">\n");
        for (writer, line) in &p.output {
            let _ =
                writeln!(out, "<tr><td class=\"writer\">{}</td><td><code>{}</code></td></tr>", esc(writer), esc(line));
        }
        out.push_str("</table>\n");
    }
    let _ = write!(out, "<script>{SELF_CHECK}</script>\n</body>\n</html>\n");
    out
}

/// A file name for a page: the title's letters and digits, the rest as `-`.
pub fn file_name(title: &str) -> String {
    let mut name: String =
        title.chars().map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_lowercase() } else { '-' }).collect();
    while name.contains("--") {
        name = name.replace("--", "-");
    }
    format!("{}.html", name.trim_matches('-'))
}

/// The processes drawn, in trace order: all but a launcher's helpers (a pyenv shim's dozens of
/// processes would bury the program's), at most `MAX_LANES`.
fn lanes(trace: &Trace) -> Vec<usize> {
    trace
        .processes
        .iter()
        .enumerate()
        .filter(|(_, p)| !crate::trace::names::is_launcher(p))
        .map(|(i, _)| i)
        .take(MAX_LANES)
        .collect()
}

/// Where each process's drawn events begin: `main`'s first event of its own, when a launcher
/// (a pyenv shim) ran before it, is its last `exec`; everything before is the launcher's.
fn first_drawn(trace: &Trace) -> Vec<usize> {
    let launched = trace.processes.iter().any(crate::trace::names::is_launcher);
    trace
        .processes
        .iter()
        .map(|p| {
            if !launched || p.parent.is_some() {
                return 0;
            }
            p.events.iter().rposition(|e| matches!(e.kind, EventKind::Exec { .. })).unwrap_or(0)
        })
        .collect()
}

/// The step of every drawn event (`first[p]` up to `MAX_EVENTS_PER_LANE` events on): one more
/// than the step of each drawn event that must come before it (the previous event of its
/// process, the source of each edge into it). Events not drawn keep step 0.
fn steps(trace: &Trace, lanes: &[usize], first: &[usize]) -> Vec<Vec<usize>> {
    let end = |p: usize| trace.processes[p].events.len().min(first[p] + MAX_EVENTS_PER_LANE);
    let drawn = |id: EventId| {
        lanes.contains(&id.process()) && id.index() >= first[id.process()] && id.index() < end(id.process())
    };
    let mut step: Vec<Vec<usize>> = (0..trace.processes.len()).map(|p| vec![0; end(p)]).collect();
    let mut incoming: Vec<Vec<Vec<EventId>>> = step.iter().map(|s| vec![Vec::new(); s.len()]).collect();
    for e in trace.edges.iter().filter(|e| drawn(e.from) && drawn(e.to)) {
        incoming[e.to.process()][e.to.index()].push(e.from);
    }
    // Kahn's algorithm over the drawn events: an event is placed once everything before it is.
    let mut waiting: Vec<Vec<usize>> = incoming
        .iter()
        .enumerate()
        .map(|(p, events)| events.iter().enumerate().map(|(i, ins)| ins.len() + usize::from(i > first[p])).collect())
        .collect();
    let mut outgoing: Vec<Vec<Vec<EventId>>> = step.iter().map(|s| vec![Vec::new(); s.len()]).collect();
    for (p, events) in incoming.iter().enumerate() {
        for (i, ins) in events.iter().enumerate() {
            for from in ins {
                outgoing[from.process()][from.index()].push(EventId::new(p, i));
            }
        }
    }
    let mut ready: Vec<EventId> =
        lanes.iter().filter(|&&p| waiting[p].get(first[p]) == Some(&0)).map(|&p| EventId::new(p, first[p])).collect();
    while let Some(id) = ready.pop() {
        let here = step[id.process()][id.index()];
        let mut next: Vec<EventId> = outgoing[id.process()][id.index()].clone();
        if id.index() + 1 < step[id.process()].len() {
            next.push(EventId::new(id.process(), id.index() + 1));
        }
        for n in next {
            step[n.process()][n.index()] = step[n.process()][n.index()].max(here + 1);
            waiting[n.process()][n.index()] -= 1;
            if waiting[n.process()][n.index()] == 0 {
                ready.push(n);
            }
        }
    }
    step
}

fn timeline(p: &Page) -> String {
    let trace = p.trace;
    let lanes = lanes(trace);
    let first = first_drawn(trace);
    let step = steps(trace, &lanes, &first);
    let marked: Vec<EventId> =
        p.checks.iter().filter(|c| c.status == Status::Failed).flat_map(|c| c.events.clone()).collect();
    let last = step.iter().flatten().copied().max().unwrap_or(0);
    let width = LABEL_WIDTH + (last + 2) * STEP_WIDTH;
    let height = lanes.len() * LANE_HEIGHT + 20;
    let y = |process: usize| lanes.iter().position(|&l| l == process).map(|k| k * LANE_HEIGHT + 30);
    let x = |id: EventId| LABEL_WIDTH + step[id.process()][id.index()] * STEP_WIDTH + STEP_WIDTH / 2;
    let mut svg = String::new();
    let _ = writeln!(
        svg,
        "<div class=\"timeline\"><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" role=\"img\" aria-label=\"timeline\">"
    );
    svg.push_str("<defs>");
    for kind in EdgeKind::ALL {
        let _ = write!(
            svg,
            "<marker id=\"arrow-{k}\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M 0 0 L 10 5 L 0 10 z\" class=\"edge-{k}\"/></marker>",
            k = kind.as_str()
        );
    }
    svg.push_str("</defs>\n");
    for &l in &lanes {
        let process = &trace.processes[l];
        let ly = y(l).unwrap_or(0);
        let shown = step[l].len();
        let end_x = step[l].last().map_or(LABEL_WIDTH, |s| LABEL_WIDTH + s * STEP_WIDTH + STEP_WIDTH / 2);
        let _ = writeln!(
            svg,
            "<g class=\"lane\" data-role=\"{role}\"><text x=\"8\" y=\"{ty}\" class=\"role\">{role}</text><text x=\"8\" y=\"{py}\" class=\"pid\">pid {pid}, {ending}</text><line x1=\"{LABEL_WIDTH}\" y1=\"{ly}\" x2=\"{end_x}\" y2=\"{ly}\" class=\"lifeline\"/>",
            role = esc(&process.role),
            ty = ly - 4,
            py = ly + 10,
            pid = process.pid,
            ending = esc(&process.ending.to_string()),
        );
        if first[l] > 0 {
            let _ = write!(
                svg,
                "<text x=\"{LABEL_WIDTH}\" y=\"{}\" class=\"more\">{} events of the launcher before its last exec are not drawn</text>",
                ly - 14,
                first[l]
            );
        }
        if process.events.len() > shown {
            let _ = write!(
                svg,
                "<text x=\"{}\" y=\"{}\" class=\"more\">… {} more events</text>",
                end_x + 10,
                ly + 4,
                process.events.len() - shown
            );
        }
        svg.push_str("</g>\n");
    }
    for e in &trace.edges {
        let (Some(y1), Some(y2)) = (y(e.from.process()), y(e.to.process())) else { continue };
        let drawn = |id: EventId| id.index() >= first[id.process()] && id.index() < step[id.process()].len();
        if !drawn(e.from) || !drawn(e.to) {
            continue;
        }
        let _ = writeln!(
            svg,
            "<line x1=\"{}\" y1=\"{y1}\" x2=\"{}\" y2=\"{}\" class=\"edge edge-{k}\" marker-end=\"url(#arrow-{k})\"><title>{k}</title></line>",
            x(e.from),
            x(e.to) - 7,
            if y2 > y1 { y2 - 7 } else { y2 + 7 },
            k = e.kind.as_str()
        );
    }
    for &l in &lanes {
        let ly = y(l).unwrap_or(0);
        for (i, event) in trace.processes[l].events.iter().enumerate().take(step[l].len()).skip(first[l]) {
            let id = EventId::new(l, i);
            let class = if marked.contains(&id) { "event failed" } else { "event" };
            let text = event.kind.to_string();
            let short = event.label.clone().unwrap_or_else(|| short_text(&event.kind).into());
            let _ = writeln!(
                svg,
                "<g id=\"e-{l}-{i}\" class=\"{class} kind-{kind}\"><circle cx=\"{cx}\" cy=\"{ly}\" r=\"6\"/><text x=\"{cx}\" y=\"{ty}\" class=\"event-text\">{short}</text><title>{role}[{i}]: {text}</title></g>",
                cx = x(id),
                ty = ly + 20,
                kind = kind_class(&event.kind),
                short = esc(&truncate(&short, 10)),
                role = esc(&trace.processes[l].role),
                text = esc(&text),
            );
        }
    }
    svg.push_str("</svg></div>\n");
    let hidden = trace.processes.len().saturating_sub(lanes.len());
    if hidden > 0 {
        let _ = writeln!(svg, "<p class=\"note\">{hidden} more processes are not drawn (launcher helpers, or past {MAX_LANES} lanes).</p>");
    }
    svg.push_str(LEGEND);
    svg
}

fn checks(p: &Page) -> String {
    let mut out = String::from("<h2>Checks</h2>\n<table class=\"checks\">\n");
    for c in &p.checks {
        let events: Vec<String> = c
            .events
            .iter()
            .filter(|id| id.process() < p.trace.processes.len())
            .map(|id| {
                format!(
                    "<a href=\"#e-{}-{}\">{}</a>",
                    id.process(),
                    id.index(),
                    esc(&format!("{}[{}]", p.trace.processes[id.process()].role, id.index()))
                )
            })
            .collect();
        let _ = writeln!(
            out,
            "<tr class=\"{cls}\"><td class=\"status\">{status}</td><td><b>{name}</b><br><span class=\"message\">{message}</span>{events}</td></tr>",
            cls = status_word(c.status).replace(' ', "-"),
            status = status_word(c.status),
            name = esc(&c.name),
            message = esc(&c.message),
            events = if events.is_empty() || c.status != Status::Failed {
                String::new()
            } else {
                format!("<br><span class=\"events\">events: {}</span>", events.join(", "))
            },
        );
    }
    out.push_str("</table>\n");
    out
}

fn tree(trace: &Trace) -> String {
    fn node(trace: &Trace, p: usize, out: &mut String) {
        let process = &trace.processes[p];
        let _ = write!(
            out,
            "<li><b>{}</b> <span class=\"pid\">pid {}, {}</span>",
            esc(&process.role),
            process.pid,
            esc(&process.ending.to_string())
        );
        let children: Vec<usize> =
            (0..trace.processes.len()).filter(|&c| trace.processes[c].parent == Some(p)).collect();
        if !children.is_empty() {
            out.push_str("<ul>");
            for c in children {
                node(trace, c, out);
            }
            out.push_str("</ul>");
        }
        out.push_str("</li>");
    }
    let mut out = String::from("<ul class=\"tree\">");
    for root in (0..trace.processes.len()).filter(|&p| trace.processes[p].parent.is_none()) {
        node(trace, root, &mut out);
    }
    out.push_str("</ul>\n");
    out
}

/// The class that colours an event's marker.
fn kind_class(kind: &EventKind) -> &'static str {
    match kind {
        EventKind::Start { .. } | EventKind::Fork { .. } | EventKind::Begin { .. } | EventKind::Exec { .. } => "life",
        EventKind::Join { .. } | EventKind::JoinPool { .. } | EventKind::End { .. } | EventKind::Killed { .. } => "end",
        EventKind::Put { .. } | EventKind::Get { .. } | EventKind::Channel { .. } => "message",
        EventKind::Pool { .. }
        | EventKind::Submit { .. }
        | EventKind::TaskStart { .. }
        | EventKind::TaskEnd { .. }
        | EventKind::Result { .. }
        | EventKind::Close { .. }
        | EventKind::Respawn { .. } => "task",
        EventKind::Print(_) | EventKind::Logged(_) => "print",
        _ => "other",
    }
}

/// A word or two for an event without a label.
fn short_text(kind: &EventKind) -> String {
    match kind {
        EventKind::Print(v) => v.text.to_string(),
        EventKind::Logged(v) => format!("{} (stderr)", v.text),
        EventKind::Start { name, .. } | EventKind::Fork { name, .. } => format!("start {name}"),
        EventKind::Join { name, .. } => format!("join {name}"),
        EventKind::Put { channel, .. } => format!("put {channel}"),
        EventKind::Get { channel, .. } => format!("get {channel}"),
        EventKind::Begin { .. } => "begin".into(),
        EventKind::End { code } => format!("end {code}"),
        other => other.to_string(),
    }
}

fn truncate(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_owned()
    } else {
        format!("{}…", s.chars().take(n - 1).collect::<String>())
    }
}

const STYLE: &str = "
body { font-family: 'DejaVu Sans', Helvetica, Arial, sans-serif; margin: 24px; color: #222; }
h1 { font-size: 22px; margin-bottom: 4px; }
h2 { font-size: 17px; margin-top: 28px; }
.summary { color: #555; margin-top: 0; white-space: pre-wrap; }
table.checks { border-collapse: collapse; }
table.checks td { padding: 4px 10px; border-bottom: 1px solid #eee; vertical-align: top; font-size: 14px; }
td.status { font-weight: bold; white-space: nowrap; }
tr.passed td.status { color: #1a7f37; }
tr.failed td.status { color: #cf222e; }
tr.failed { background: #fff0f0; }
tr.skipped td.status, tr.not-checked td.status { color: #8a6d00; }
.message { color: #444; white-space: pre-wrap; }
.events a { color: #cf222e; }
.timeline { overflow-x: auto; border: 1px solid #ddd; background: #fcfcfc; }
.role { font-size: 13px; font-weight: bold; }
.pid { font-size: 11px; fill: #777; color: #777; }
.lifeline { stroke: #bbb; stroke-width: 2; }
.more, .note { font-size: 12px; fill: #777; color: #777; }
.event circle { stroke: #333; stroke-width: 1; fill: #ddd; }
.event-text { font-size: 10px; text-anchor: middle; fill: #333; }
.kind-life circle { fill: #4caf50; }
.kind-end circle { fill: #9c27b0; }
.kind-message circle { fill: #ff9800; }
.kind-task circle { fill: #00acc1; }
.kind-print circle { fill: #2196f3; }
.event.failed circle { fill: #cf222e; stroke: #cf222e; stroke-width: 4; }
.event.failed .event-text { fill: #cf222e; font-weight: bold; }
.edge { stroke-width: 1.5; }
.edge-start { stroke: #4caf50; fill: #4caf50; }
.edge-join { stroke: #9c27b0; fill: #9c27b0; }
.edge-message { stroke: #ff9800; fill: #ff9800; }
.edge-task { stroke: #00acc1; fill: #00acc1; }
.edge-result { stroke: #00838f; fill: #00838f; }
.edge-lock { stroke: #d32f2f; fill: #d32f2f; stroke-dasharray: 4 2; }
.edge-event { stroke: #1565c0; fill: #1565c0; }
.edge-barrier { stroke: #6d4c41; fill: #6d4c41; }
.edge-notify { stroke: #5e35b1; fill: #5e35b1; stroke-dasharray: 2 2; }
.edge-task_done { stroke: #2e7d32; fill: #2e7d32; stroke-dasharray: 6 2; }
.edge-signal { stroke: #e91e63; fill: #e91e63; stroke-dasharray: 2 2; }
.legend span { display: inline-block; margin-right: 14px; font-size: 12px; }
.legend i { display: inline-block; width: 18px; height: 3px; vertical-align: middle; margin-right: 4px; }
ul.tree { font-size: 14px; }
table.output td { font-size: 13px; padding: 1px 8px; }
td.writer { color: #555; text-align: right; }
";

const LEGEND: &str = "<p class=\"legend\"><span><i style=\"background:#4caf50\"></i>start</span><span><i style=\"background:#9c27b0\"></i>join</span><span><i style=\"background:#ff9800\"></i>put → get, send → recv</span><span><i style=\"background:#00acc1\"></i>task</span><span><i style=\"background:#00838f\"></i>result</span><span><i style=\"background:#d32f2f\"></i>release → acquire</span><span><i style=\"background:#1565c0\"></i>set → wait</span><span><i style=\"background:#6d4c41\"></i>barrier</span><span><i style=\"background:#5e35b1\"></i>notify → wait</span><span><i style=\"background:#2e7d32\"></i>task_done → join</span><span><i style=\"background:#e91e63\"></i>kill → delivery</span><span><i style=\"background:#cf222e\"></i>events of a failed check</span></p>\n";

/// Records on the page, once it is laid out, how many lanes were drawn with a size and any
/// script error, so that a headless browser's DOM dump shows whether the page rendered.
const SELF_CHECK: &str = "
window.addEventListener('error', function (e) { document.body.dataset.errors = (document.body.dataset.errors || '') + (e.message || ('cannot load ' + (e.target && e.target.tagName))) + ';'; }, true);
window.addEventListener('load', function () {
  var lanes = document.querySelectorAll('g.lane');
  var drawn = 0;
  lanes.forEach(function (l) { var b = l.getBoundingClientRect(); if (b.width > 0 && b.height > 0) { drawn++; } });
  document.body.dataset.lanes = lanes.length;
  document.body.dataset.lanesDrawn = drawn;
});
";

/// The page of a scenario run (`procscen run --report`).
pub fn for_scenario(run: &ScenarioRun) -> String {
    let passed = run.verdicts.iter().all(|v| v.passed);
    let page_of = Page {
        title: run.name.to_owned(),
        summary: format!(
            "{}: {} of {} checks passed ({})",
            if passed { "PASS" } else { "FAIL" },
            run.verdicts.iter().filter(|v| v.passed).count(),
            run.verdicts.len(),
            run.path.display()
        ),
        trace: run.trace,
        checks: run.verdicts.iter().map(Check::from_verdict).collect(),
        output: run.observation.map(output_of).unwrap_or_default(),
    };
    page(&page_of)
}

/// The page of a graded submission (`procscen grade --report`). A submission that did not
/// compile or start has no timeline; the page shows why instead.
pub fn for_grade(g: &crate::judge::grade::Grade) -> String {
    let nothing_ran = Trace {
        scenario: g.scenario.clone(),
        processes: Vec::new(),
        edges: Vec::new(),
        outcome: crate::trace::Outcome::Finished,
        supervisor_pid: 0,
    };
    let mut summary = format!("score {}/{}; {}", g.score, g.max_score, g.ending);
    if let Some(e) = &g.compile_error {
        summary.push_str(&format!("\n{e}"));
    }
    let page_of = Page {
        // Its name, not its path (the teacher's directories), as the class's index shows it.
        title: format!(
            "{}: {}",
            g.scenario,
            g.submission
                .file_name()
                .map_or_else(|| g.submission.display().to_string(), |n| n.to_string_lossy().into_owned())
        ),
        summary,
        trace: g.observation.as_ref().map_or(&nothing_ran, |o| &o.trace),
        checks: g
            .checks
            .iter()
            .map(|c| Check {
                name: c.name.clone(),
                status: c.status,
                message: c.message.clone(),
                events: c.events.clone(),
            })
            .collect(),
        output: g.observation.as_ref().map(output_of).unwrap_or_default(),
    };
    page(&page_of)
}

/// The output lines with their writers, as the page shows them.
fn output_of(o: &crate::trace::Observation) -> Vec<(String, String)> {
    Observed::of(o).lines.into_iter().map(|l| (l.writer.to_owned(), l.shown)).collect()
}

/// The index of a report directory: a link to each page with its one-line summary.
pub fn index(title: &str, pages: &[(String, String, bool)]) -> String {
    let mut out = format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>{t}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<h1>{t}</h1>\n<table class=\"checks\">\n",
        t = esc(title)
    );
    for (file, summary, passed) in pages {
        let _ = writeln!(
            out,
            "<tr class=\"{cls}\"><td class=\"status\">{status}</td><td><a href=\"{file}\">{summary}</a></td></tr>",
            cls = if *passed { "passed" } else { "failed" },
            status = if *passed { "PASS" } else { "FAIL" },
            file = esc(file),
            summary = esc(summary)
        );
    }
    out.push_str("</table>\n</body>\n</html>\n");
    out
}

/// The index of a class's pages (`grade --report DIR` over several submissions): `index`,
/// with the scores' histogram under the title.
pub fn class_index(title: &str, pages: &[(String, String, bool)], bins: &[crate::judge::grade::class::Bin]) -> String {
    let page = index(title, pages);
    page.replacen("</h1>\n", &format!("</h1>\n{}", score_histogram(bins)), 1)
}

/// A histogram of scores as inline SVG (the page loads nothing): a bar per bin, its count
/// above it and its score range below it, with a title and a text alternative for screen
/// readers.
pub fn score_histogram(bins: &[crate::judge::grade::class::Bin]) -> String {
    const BAR: usize = 36;
    const GAP: usize = 6;
    const HEIGHT: usize = 120;
    let tallest = bins.iter().map(|b| b.count).max().unwrap_or(0).max(1);
    let width = bins.len() * (BAR + GAP) + GAP;
    let total: usize = bins.iter().map(|b| b.count).sum();
    let score = |x: f64| if x.fract() == 0.0 { format!("{x:.0}") } else { format!("{x}") };
    let described: Vec<String> =
        bins.iter().map(|b| format!("{}–{}: {}", score(b.from), score(b.to), b.count)).collect();
    let mut out = format!(
        "<figure class=\"histogram\">\n<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"{width}\" height=\"{h}\" viewBox=\"0 0 {width} {h}\">\n<title>Scores of {total} submissions: {}</title>\n",
        esc(&described.join(", ")),
        h = HEIGHT + 40
    );
    for (i, b) in bins.iter().enumerate() {
        let x = GAP + i * (BAR + GAP);
        let bar = b.count * HEIGHT / tallest;
        let top = 16 + HEIGHT - bar;
        let _ = writeln!(
            out,
            "<rect class=\"bar\" x=\"{x}\" y=\"{top}\" width=\"{BAR}\" height=\"{bar}\" fill=\"#4a7bd0\"><title>{}</title></rect>",
            esc(&described[i])
        );
        let middle = x + BAR / 2;
        let _ = writeln!(
            out,
            "<text x=\"{middle}\" y=\"{}\" text-anchor=\"middle\" font-size=\"11\">{}</text>",
            top.saturating_sub(3).max(11),
            b.count
        );
        let _ = writeln!(
            out,
            "<text x=\"{middle}\" y=\"{}\" text-anchor=\"middle\" font-size=\"10\">{}</text>",
            HEIGHT + 30,
            score(b.from)
        );
    }
    out.push_str("</svg>\n<figcaption>Scores (each bar from its score up to the next; the last is full marks alone)</figcaption>\n</figure>\n");
    out
}
