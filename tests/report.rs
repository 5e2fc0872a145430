//! The HTML report in a real browser: headless Chromium (Debian's `chromium`, installed by
//! `.ci/setup`) opens the pages `procscen run --report` writes, with no network, and the
//! page's own check says every process lane was laid out with a size and no script failed.
//!
//! Without Chromium, each test still checks the page it wrote and reports its browser half as
//! not run, with the command that runs it, on the terminal (not captured by the harness).
//! `PROCSCEN_REQUIRE_CHROMIUM=1` (set by `.ci/run`) turns a missing Chromium into a failure,
//! so CI cannot pass without the browser half.
//!
//! Chromium leaves helper processes that outlive it; this test binary makes itself their
//! child subreaper and reaps (or kills) every one of them before a test ends.

mod util;

use std::path::{Path, PathBuf};

/// What runs the browser half of these tests on a machine without Chromium.
const INSTALL: &str = ".ci/setup && cargo test --test report";

/// Chromium's path: `PROCSCEN_CHROMIUM`, or the first of Debian's names on PATH. None when
/// there is none, after saying on the terminal that this test's browser half did not run;
/// a panic instead under `PROCSCEN_REQUIRE_CHROMIUM`.
fn chromium() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("PROCSCEN_CHROMIUM") {
        return Some(PathBuf::from(p));
    }
    let path = std::env::var_os("PATH").unwrap_or_default();
    let found = std::env::split_paths(&path)
        .flat_map(|d| ["chromium", "chromium-browser", "google-chrome"].map(|n| d.join(n)))
        .find(|p| p.is_file());
    if found.is_none() {
        let test = std::thread::current().name().unwrap_or("tests/report.rs").to_owned();
        if std::env::var_os("PROCSCEN_REQUIRE_CHROMIUM").is_some_and(|v| !v.is_empty() && v != "0") {
            panic!("no Chromium on PATH and PROCSCEN_REQUIRE_CHROMIUM is set: run .ci/setup or set PROCSCEN_CHROMIUM");
        }
        // Straight to the terminal: the harness captures only print! and eprint!, and shows
        // nothing of a passing test.
        use std::io::Write;
        let _ = writeln!(
            std::io::stderr(),
            "NOT RUN: the browser half of {test} (no Chromium on PATH); to run it: {INSTALL}"
        );
    }
    found
}

/// Runs headless Chromium with `args` on `page`; returns its stdout, or None when there is no
/// Chromium (see `chromium`). Every process it leaves behind is killed and reaped before this
/// returns.
#[track_caller]
fn browse(page: &Path, args: &[&str]) -> Option<String> {
    let chromium = chromium()?;
    // One Chromium at a time: the cleanup below kills every Chromium process this test binary
    // has as a child, which must not include another test's running one.
    static ONE_AT_A_TIME: std::sync::Mutex<()> = std::sync::Mutex::new(());
    let _turn = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    // Orphans of Chromium are reparented to this process instead of to init.
    nix::sys::prctl::set_child_subreaper(true).expect("PR_SET_CHILD_SUBREAPER");
    let profile = util::TempDir::new("chromium");
    let mut command = std::process::Command::new(chromium);
    command
        .args(["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"])
        .args(["--disable-background-networking", "--no-first-run", "--no-default-browser-check", "--mute-audio"])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .args(args)
        .arg(format!("file://{}", page.display()));
    let out = command.output().expect("chromium starts");
    reap_orphans();
    assert!(
        out.status.success(),
        "command: {command:?}\nstatus: {}\n--- stderr ---\n{}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    Some(String::from_utf8_lossy(&out.stdout).into_owned())
}

/// Kills and reaps every Chromium process reparented to this one. Only those: other tests'
/// children (a `procscen run`) are waited for by their own tests.
fn reap_orphans() {
    let me = std::process::id() as i32;
    loop {
        let left: Vec<i32> = util::children_of(me)
            .into_iter()
            .filter(|p| std::fs::read_to_string(format!("/proc/{p}/comm")).is_ok_and(|c| c.starts_with("chrom")))
            .collect();
        if left.is_empty() {
            return;
        }
        for p in left {
            let pid = nix::unistd::Pid::from_raw(p);
            let _ = nix::sys::signal::kill(pid, nix::sys::signal::Signal::SIGKILL);
            // Blocks until that process has ended; it was just killed.
            let _ = nix::sys::wait::waitpid(pid, None);
        }
    }
}

/// Writes the report of `scenario` into a new directory, removed when the guard drops.
#[track_caller]
fn report_of(scenario: &str) -> util::TempDir {
    let dir = util::TempDir::new("report");
    let run = util::cli(&util::root(), &["run", scenario, "--report", &dir.path().to_string_lossy()]);
    assert!(dir.join("index.html").is_file(), "no report was written\n{run}");
    dir
}

/// The value of `data-NAME` on the page's body after the page's own check ran.
fn body_attribute(dom: &str, name: &str) -> Option<String> {
    let body = &dom[dom.find("<body")?..];
    let body = &body[..body.find('>')?];
    let key = format!("data-{name}=\"");
    let start = body.find(&key)? + key.len();
    Some(body[start..].split('"').next()?.to_owned())
}

#[test]
fn the_pool_report_loads_in_chromium_with_every_lane_drawn() {
    let dir = report_of("scenarios/seed/pool.yaml");
    let page = dir.join("seed-pool.html");
    let html = std::fs::read_to_string(&page).unwrap();
    // Nothing is fetched: no external script, style, image or font.
    for reference in ["src=", "href=\"http", "url(http", "@import", "<link"] {
        assert!(!html.contains(reference), "the page refers to something outside it: {reference}");
    }
    let Some(dom) = browse(&page, &["--virtual-time-budget=5000", "--dump-dom"]) else { return };
    let lanes: usize = body_attribute(&dom, "lanes").expect("the page's check ran").parse().unwrap();
    assert_eq!(lanes, 5, "main and its four workers each have a lane");
    assert_eq!(body_attribute(&dom, "lanes-drawn").as_deref(), Some("5"), "every lane was laid out");
    assert_eq!(body_attribute(&dom, "errors"), None, "no script error");

    // The picture the README shows; PROCSCEN_UPDATE_SCREENSHOT=1 rewrites it.
    let shot = if std::env::var_os("PROCSCEN_UPDATE_SCREENSHOT").is_some() {
        util::root().join("docs/img/pool-report.png")
    } else {
        dir.join("pool.png")
    };
    browse(&page, &["--hide-scrollbars", "--window-size=1400,760", &format!("--screenshot={}", shot.display())]);
    let png = std::fs::read(&shot).expect("a screenshot was written");
    assert!(png.starts_with(b"\x89PNG") && png.len() > 10_000, "a real picture: {} bytes", png.len());
}

#[test]
fn a_failed_check_is_marked_on_the_timeline_with_its_events() {
    let dir = report_of("tests/fixtures/broken-expectation.yaml");
    let html = std::fs::read_to_string(dir.join("broken-expectation.html")).unwrap();
    // The check's two events, main's `end` line and the child's `run` line, are marked and linked.
    let row =
        "<tr class=\"failed\"><td class=\"status\">failed</td><td><b>the end line comes before the child's line</b>";
    assert!(html.contains(row), "{html}");
    assert!(
        html.contains("<a href=\"#e-0-3\">main[3]</a>") && html.contains("<a href=\"#e-1-1\">child[1]</a>"),
        "{html}"
    );
    assert!(html.contains("<g id=\"e-0-3\" class=\"event failed"), "main[3] is marked");
    assert!(html.contains("<g id=\"e-1-1\" class=\"event failed"), "child[1] is marked");
    let index = std::fs::read_to_string(dir.join("index.html")).unwrap();
    assert!(index.contains("<a href=\"broken-expectation.html\">"), "{index}");
    let Some(dom) = browse(&dir.join("broken-expectation.html"), &["--virtual-time-budget=5000", "--dump-dom"]) else {
        return;
    };
    assert_eq!(body_attribute(&dom, "lanes-drawn").as_deref(), Some("2"), "{dom}");
}

#[test]
fn a_graded_submission_gets_a_page_with_its_output_and_failed_checks() {
    let dir = util::TempDir::new("report");
    let run = util::cli(
        &util::root(),
        &[
            "grade",
            "scenarios/assignments/process.yaml",
            "tests/submissions/process/no_join.py",
            "--report",
            &dir.path().to_string_lossy(),
        ],
    );
    let html = std::fs::read_to_string(dir.join("no-join-py.html")).unwrap_or_else(|e| panic!("{e}\n{run}"));
    assert!(html.contains("<tr class=\"failed\">"), "a check failed and is shown so\n{html}");
    assert!(html.contains("class=\"event failed"), "its events are marked on the timeline\n{html}");
    assert!(html.contains("<h2>Output</h2>") && html.contains("Process end."), "the output is shown\n{html}");
    let Some(dom) = browse(&dir.join("no-join-py.html"), &["--virtual-time-budget=5000", "--dump-dom"]) else { return };
    let lanes = body_attribute(&dom, "lanes").expect("the page's check ran");
    assert_eq!(body_attribute(&dom, "lanes-drawn"), Some(lanes), "every lane was laid out");
}

/// Without Chromium, a plain `cargo test` passes and says what did not run and how to run it;
/// with `PROCSCEN_REQUIRE_CHROMIUM` (CI), the same test fails. This test binary runs one of
/// its own tests again, with a PATH on which there is no browser.
#[test]
fn without_chromium_the_browser_half_is_reported_as_not_run_unless_ci_requires_it() {
    let empty = util::TempDir::new("no-chromium");
    let run = |require: Option<&str>| {
        let mut command = std::process::Command::new(std::env::current_exe().unwrap());
        command
            .args(["--exact", "a_failed_check_is_marked_on_the_timeline_with_its_events", "--test-threads=1"])
            .env("PATH", empty.path())
            .env_remove("PROCSCEN_CHROMIUM")
            .env_remove("PROCSCEN_REQUIRE_CHROMIUM");
        if let Some(v) = require {
            command.env("PROCSCEN_REQUIRE_CHROMIUM", v);
        }
        let out = command.output().expect("the test binary runs");
        let shown = format!(
            "status {}\n--- stdout ---\n{}--- stderr ---\n{}",
            out.status,
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        (out.status.success(), String::from_utf8_lossy(&out.stderr).into_owned(), shown)
    };
    let (passed, stderr, shown) = run(None);
    assert!(passed, "{shown}");
    assert!(
        stderr.contains(&format!(
            "NOT RUN: the browser half of a_failed_check_is_marked_on_the_timeline_with_its_events (no Chromium on PATH); to run it: {INSTALL}"
        )),
        "{shown}"
    );
    let (passed, _, shown) = run(Some("1"));
    assert!(!passed, "CI's setting makes a missing Chromium a failure\n{shown}");
    assert!(shown.contains("PROCSCEN_REQUIRE_CHROMIUM is set"), "{shown}");
}
