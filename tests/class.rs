//! Grading a class: `procscen grade --class DIR` grades every entry of a directory as one
//! student's submission, writes a CSV gradebook (`--gradebook FILE`: student, score, max,
//! ending, seconds, each check's points), ends its report with a table of the students and how
//! many passed each check, draws a histogram of the scores in the HTML index, and shows a
//! progress bar on a terminal only. `--shard K/N` grades a part of the class, and `procscen
//! merge` joins the parts' results into the gradebook the whole class gives.

mod util;

/// The class of three that these tests grade, in `dir`/class: a reference solution, a missing
/// join, and no child process under a name a spreadsheet would run as a formula, with a comma.
fn make_class(dir: &util::TempDir) -> std::path::PathBuf {
    let class = dir.join("class");
    std::fs::create_dir(&class).unwrap();
    let copy = |from: &str, to: &str| {
        std::fs::copy(util::root().join(from), class.join(to)).unwrap_or_else(|e| panic!("{from}: {e}"));
    };
    copy("examples/assignments/process.py", "alice.py");
    copy("tests/submissions/process/no_join.py", "bob.py");
    copy("tests/submissions/process/no_process.py", "=cmd,x.py");
    std::fs::write(class.join(".hidden.py"), "this is not a submission").unwrap();
    class
}

/// The gradebook's rows for `make_class`, without the `seconds` column (a time differs from
/// run to run): the header, then the students sorted by name.
const EXPECTED_ROWS: [&str; 4] = [
    "student,score,max,ending,the parent prints its own pid,the child runs in a process of its own,the parent makes no other child,the parent starts one child,the child is made by the parent,the child runs the program's code (it executes nothing but spawn's interpreter),the child prints its own pid,the child gets its argument,the child's line comes after `Process will start.`,`Process end.` comes after the child's line: join waits for the child,\"the child ends by itself (exit 0), not killed or crashed\",the lines are printed in the assignment's format",
    "\"'=cmd,x\",2,11,normal exit,1,0,0,0,0,0,0,0,0,0,0,1",
    "alice,11,11,normal exit,1,0,0,2,1,0,1,1,1,2,1,1",
    "bob,9,11,normal exit,1,0,0,2,1,0,1,1,1,0,1,1",
];

/// The fields of one CSV row (RFC 4180: a quoted field may hold commas and doubled quotes).
fn fields(row: &str) -> Vec<String> {
    let mut fields = vec![String::new()];
    let (mut quoted, mut chars) = (false, row.chars().peekable());
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                chars.next();
                fields.last_mut().unwrap().push('"');
            }
            '"' => quoted = !quoted,
            ',' if !quoted => fields.push(String::new()),
            c => fields.last_mut().unwrap().push(c),
        }
    }
    fields
}

/// The row again, as CSV, from its fields.
fn joined(fields: &[String]) -> String {
    let quoted: Vec<String> = fields
        .iter()
        .map(|f| if f.contains([',', '"']) { format!("\"{}\"", f.replace('"', "\"\"")) } else { f.clone() })
        .collect();
    quoted.join(",")
}

/// A gradebook's rows with its `seconds` column taken out, after checking that the column is
/// there, fifth, and holds a number of seconds on every row.
#[track_caller]
fn without_seconds(csv: &str) -> Vec<String> {
    assert!(csv.ends_with("\r\n") && !csv.replace("\r\n", "").contains('\n'), "CSV rows end with CRLF:\n{csv}");
    csv.lines()
        .enumerate()
        .map(|(i, row)| {
            let mut f = fields(row);
            let seconds = f.remove(4);
            if i == 0 {
                assert_eq!(seconds, "seconds", "the time column is the fifth:\n{csv}");
            } else {
                assert!(seconds.parse::<f64>().is_ok_and(|s| s >= 0.0), "`{seconds}` is not a time in seconds:\n{csv}");
            }
            joined(&f)
        })
        .collect()
}

#[test]
fn a_class_directory_gives_a_gradebook_row_per_student_a_pass_count_per_check_and_a_histogram() {
    let dir = util::TempDir::new("class");
    let class = make_class(&dir);
    let book = dir.join("grades.csv");
    let report = dir.join("report");
    let run = util::cli(
        &util::root(),
        &[
            "grade",
            "scenarios/assignments/process.yaml",
            "--jobs",
            "2",
            "--class",
            &class.to_string_lossy(),
            "--gradebook",
            &book.to_string_lossy(),
            "--report",
            &report.to_string_lossy(),
        ],
    );
    assert_eq!(run.status.code(), Some(0), "{run}");
    let csv = std::fs::read_to_string(&book).unwrap_or_else(|e| panic!("no gradebook: {e}\n{run}"));
    assert_eq!(
        without_seconds(&csv),
        EXPECTED_ROWS,
        "a header and three students (the hidden file left out):\n{csv}\n{run}"
    );
    for expected in [
        "student  score     time  ending",
        "passed  check",
        "   3/3  the parent prints its own pid",
        "   1/3  `Process end.` comes after the child's line: join waits for the child",
        "   2/3  the child runs in a process of its own",
    ] {
        assert!(run.stdout.contains(expected), "no `{expected}` in the report:\n{run}");
    }
    let alice =
        run.stdout.lines().find(|l| l.starts_with("alice ")).unwrap_or_else(|| panic!("no row for alice:\n{run}"));
    let words: Vec<&str> = alice.split_whitespace().collect();
    assert!(
        words.len() == 6
            && words[1] == "11/11"
            && words[2].parse::<f64>().is_ok()
            && words[3..] == ["s", "normal", "exit"],
        "alice's row is her score, her time and her ending: `{alice}`"
    );
    assert!(!run.stderr.contains('\r') && !run.stderr.contains('\x1b'), "no progress bar off a terminal:\n{run}");
    // The histogram: a bar a point wide for each of the 11 points, and one of full marks
    // alone; one student in each of the bars from 2 and 9 and in the full marks' (none in the
    // bar from 10), and each bar's count written on it.
    let index = std::fs::read_to_string(report.join("index.html")).unwrap();
    assert!(index.contains("<svg") && !index.contains("src=\"http"), "an inline histogram:\n{index}");
    assert!(index.contains("<title>Scores of 3 submissions: 0–1: 0, 1–2: 0, 2–3: 1, 3–4: 0,"), "{index}");
    assert!(index.contains("9–10: 1, 10–11: 0, 11–11: 1</title>"), "{index}");
    assert_eq!(index.matches("<rect class=\"bar\"").count(), 12, "{index}");
}

/// A student whose entry is named `index` gets a page of their own, not the class index's
/// `index.html` (red team round 7: the page was overwritten and the link led to the index).
#[test]
fn a_student_named_index_keeps_a_page_of_their_own() {
    let dir = util::TempDir::new("class-index");
    let class = dir.join("class");
    std::fs::create_dir_all(class.join("index")).unwrap();
    std::fs::copy(util::root().join("examples/assignments/process.py"), class.join("index/__main__.py")).unwrap();
    let report = dir.join("report");
    let run = util::cli(
        &util::root(),
        &[
            "grade",
            "scenarios/assignments/process.yaml",
            "--class",
            &class.to_string_lossy(),
            "--report",
            &report.to_string_lossy(),
        ],
    );
    assert_eq!(run.status.code(), Some(0), "{run}");
    let index = std::fs::read_to_string(report.join("index.html")).unwrap();
    assert!(index.contains("<title>procscen grade: "), "the class index:\n{index}");
    let page = std::fs::read_to_string(report.join("index-2.html")).unwrap_or_else(|e| panic!("{e}\n{run}"));
    assert!(page.contains("11/11") || page.contains("11 / 11"), "the student's page:\n{page}");
    assert!(index.contains("href=\"index-2.html\""), "the index links to it:\n{index}");
}

/// The class split in three with `--shard K/N` (each submission graded once, by its shard),
/// each part's `--results`, and `procscen merge` of them: the gradebook the whole class gives.
#[test]
fn three_shards_merged_give_the_whole_class_gradebook() {
    let dir = util::TempDir::new("shards");
    let class = make_class(&dir);
    let mut parts = Vec::new();
    let mut graded = Vec::new();
    for k in 1..=3 {
        let part = dir.join(format!("shard{k}.json"));
        let shard = format!("{k}/3");
        let run = util::cli(
            &util::root(),
            &[
                "grade",
                "scenarios/assignments/process.yaml",
                "--class",
                &class.to_string_lossy(),
                "--shard",
                &shard,
                "--results",
                &part.to_string_lossy(),
            ],
        );
        assert_eq!(run.status.code(), Some(0), "{run}");
        assert!(run.stderr.contains(&format!("shard {shard}: 1 of the 3 submissions")), "{run}");
        let json: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&part).unwrap()).unwrap();
        assert_eq!(json["shard"], shard.as_str());
        graded.extend(json["students"].as_array().unwrap().iter().map(|s| s["student"].as_str().unwrap().to_owned()));
        parts.push(part.to_string_lossy().into_owned());
    }
    graded.sort();
    assert_eq!(graded, ["=cmd,x", "alice", "bob"], "each student in one shard");
    let book = dir.join("merged.csv");
    let mut args = vec!["merge".to_owned()];
    // Given in another order than the shards': the gradebook is in the students' order.
    args.extend([parts[2].clone(), parts[0].clone(), parts[1].clone()]);
    args.extend(["--gradebook".to_owned(), book.to_string_lossy().into_owned()]);
    let merged = util::cli(&util::root(), &args.iter().map(String::as_str).collect::<Vec<_>>());
    assert_eq!(merged.status.code(), Some(0), "{merged}");
    let csv = std::fs::read_to_string(&book).unwrap();
    assert_eq!(without_seconds(&csv), EXPECTED_ROWS, "{csv}\n{merged}");
    assert!(merged.stdout.contains("   1/3  `Process end.` comes after the child's line"), "{merged}");

    // The same shard twice holds its students twice; a shard left out loses its students.
    let twice = util::cli(&util::root(), &["merge", &parts[0], &parts[0], &parts[1], &parts[2]]);
    assert_eq!(twice.status.code(), Some(2), "{twice}");
    assert!(twice.stderr.contains("is in both") && twice.stderr.contains("shard1.json"), "{twice}");
    let missing = util::cli(&util::root(), &["merge", &parts[0], &parts[2]]);
    assert_eq!(missing.status.code(), Some(2), "{missing}");
    assert!(missing.stderr.contains("shard 2/3 is missing"), "{missing}");
    // Another assignment's results, and a file that is not a results file.
    let other = dir.join("other.json");
    let text = std::fs::read_to_string(&parts[1]).unwrap().replace("Process start/join assignment", "Pool assignment");
    std::fs::write(&other, text).unwrap();
    let mixed = util::cli(&util::root(), &["merge", &parts[0], &other.to_string_lossy(), &parts[2]]);
    assert_eq!(mixed.status.code(), Some(2), "{mixed}");
    assert!(mixed.stderr.contains("grades the assignment `Pool assignment`"), "{mixed}");
    let broken = dir.join("broken.json");
    std::fs::write(&broken, "{\n  \"procscen_results\": 1,\n  oops\n}\n").unwrap();
    let bad = util::cli(&util::root(), &["merge", &broken.to_string_lossy()]);
    assert_eq!(bad.status.code(), Some(2), "{bad}");
    assert!(bad.stderr.contains("broken.json:3:3: not a procscen results file"), "{bad}");
}

#[test]
fn a_shard_out_of_range_is_refused_before_anything_is_graded() {
    for (shard, says) in [
        ("0/3", "N must be from 1 to 1000 and K from 1 to N"),
        ("4/3", "N must be from 1 to 1000 and K from 1 to N"),
        ("1/1001", "N must be from 1 to 1000"),
        ("2", "write K/N"),
        ("a/3", "write K/N"),
    ] {
        let run = util::cli(
            &util::root(),
            &["grade", "scenarios/assignments/process.yaml", "--class", "tests/submissions/process", "--shard", shard],
        );
        assert_eq!(run.status.code(), Some(2), "{run}");
        assert!(run.stderr.contains(says), "`--shard {shard}` should say `{says}`:\n{run}");
    }
}

/// A class smaller than its number of shards leaves a shard empty: it grades nothing and still
/// writes its results (no student, every check named) and a gradebook's header, so that the
/// merge finds every shard.
#[test]
fn an_empty_shard_grades_nothing_and_still_writes_its_results() {
    let dir = util::TempDir::new("empty-shard");
    let results = dir.join("shard.json");
    let book = dir.join("grades.csv");
    let run = util::cli(
        &util::root(),
        &[
            "grade",
            "scenarios/assignments/process.yaml",
            "--class",
            "examples/class",
            "--shard",
            "5/5",
            "--results",
            &results.to_string_lossy(),
            "--gradebook",
            &book.to_string_lossy(),
        ],
    );
    assert_eq!(run.status.code(), Some(0), "{run}");
    assert!(run.stderr.contains("shard 5/5: 0 of the 3 submissions"), "{run}");
    let json: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&results).unwrap()).unwrap();
    assert_eq!(json["shard"], "5/5");
    assert_eq!(json["students"], serde_json::json!([]));
    assert_eq!(json["checks"].as_array().unwrap().len(), 12, "{json:#}");
    let csv = std::fs::read_to_string(&book).unwrap();
    assert!(
        csv.starts_with("student,score,max,ending,seconds,the parent prints its own pid,") && csv.lines().count() == 1,
        "{csv}"
    );
}

/// On a terminal (a pseudo-terminal from util-linux's `script`), grading several submissions
/// draws a bar on stderr that ends full.
#[test]
fn a_terminal_shows_a_progress_bar() {
    if std::process::Command::new("script").arg("--version").output().is_err() {
        eprintln!("skipped: util-linux's `script` is not installed");
        return;
    }
    let dir = util::TempDir::new("progress");
    let class = dir.join("class");
    std::fs::create_dir(&class).unwrap();
    for name in ["ann.py", "ben.py"] {
        std::fs::copy(util::root().join("tests/submissions/process/no_process.py"), class.join(name)).unwrap();
    }
    // stdout goes to a file, so that the terminal shows only stderr.
    let command = format!(
        "{} grade scenarios/assignments/process.yaml --class {} > {}",
        env!("CARGO_BIN_EXE_procscen"),
        class.display(),
        dir.join("stdout").display()
    );
    let out = std::process::Command::new("script")
        .args(["-qec", &command, "/dev/null"])
        .current_dir(util::root())
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    let terminal = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{terminal}");
    assert!(terminal.contains("\r[###############---------------] 1/2 "), "half way:\n{terminal:?}");
    assert!(terminal.contains("\r[##############################] 2/2 "), "a full bar at the end:\n{terminal:?}");
}

#[test]
fn grade_needs_submissions_or_a_class() {
    let run = util::cli(&util::root(), &["grade", "scenarios/assignments/process.yaml"]);
    assert_eq!(run.status.code(), Some(2), "{run}");
    let missing = util::cli(&util::root(), &["grade", "scenarios/assignments/process.yaml", "--class", "no/such/dir"]);
    assert_eq!(missing.status.code(), Some(2), "{missing}");
    assert!(missing.stderr.contains("cannot list the class no/such/dir"), "{missing}");
}

/// Two entries with the same name but for their extensions are two students, each named by
/// its whole file name: two rows named `alice` could not be told apart.
/// Grades the class `class` on the Process assignment and returns the gradebook's students,
/// and what to show when they are not the ones expected (the gradebook and the run).
/// The gradebook of `class` graded on the Process assignment, and the command's run.
fn gradebook(dir: &util::TempDir, class: &std::path::Path) -> (String, util::CliRun) {
    let book = dir.join("grades.csv");
    let run = util::cli(
        &util::root(),
        &[
            "grade",
            "scenarios/assignments/process.yaml",
            "--class",
            &class.to_string_lossy(),
            "--gradebook",
            &book.to_string_lossy(),
        ],
    );
    let csv = std::fs::read_to_string(&book).unwrap_or_else(|e| panic!("no gradebook: {e}\n{run}"));
    (csv, run)
}

fn gradebook_students(dir: &util::TempDir, class: &std::path::Path) -> (Vec<String>, String) {
    let (csv, run) = gradebook(dir, class);
    let students = csv.lines().skip(1).map(|row| fields(row)[0].clone()).collect();
    (students, format!("{csv}\n{run}"))
}

#[test]
fn entries_named_alike_but_for_their_extension_keep_it() {
    let dir = util::TempDir::new("class-alike");
    let class = dir.join("class");
    std::fs::create_dir(&class).unwrap();
    std::fs::copy(util::root().join("examples/assignments/process.py"), class.join("alice.py")).unwrap();
    std::fs::write(class.join("alice.txt"), "not a program").unwrap();
    std::fs::copy(util::root().join("examples/assignments/process.py"), class.join("bob.py")).unwrap();
    let (students, shown) = gradebook_students(&dir, &class);
    assert_eq!(students, ["alice.py", "alice.txt", "bob"], "{shown}");
}

/// `bob.py.c` without its extension is `bob.py`, which `bob.py` is with its own once `bob.txt`
/// is there: each takes its whole name (red team round 22: two rows `bob.py`).
#[test]
fn a_name_with_its_extension_kept_never_meets_another_without() {
    let dir = util::TempDir::new("class-alike-kept");
    let class = dir.join("class");
    std::fs::create_dir(&class).unwrap();
    for name in ["bob.py", "bob.txt", "bob.py.c", "carol.py"] {
        std::fs::copy(util::root().join("examples/assignments/process.py"), class.join(name)).unwrap();
    }
    let (students, shown) = gradebook_students(&dir, &class);
    assert_eq!(students, ["bob.py", "bob.py.c", "bob.txt", "carol"], "{shown}");
}

/// Two students whose names would be shown alike (a line break in one, the text `\x0a` in
/// the other) keep two names a teacher can tell apart (red team round 17, H7).
#[test]
fn names_that_would_look_alike_stay_apart() {
    let dir = util::TempDir::new("class-alike-shown");
    let class = dir.join("class");
    std::fs::create_dir(&class).unwrap();
    std::fs::copy(util::root().join("examples/assignments/process.py"), class.join("bo\nb.py")).unwrap();
    std::fs::copy(util::root().join("examples/assignments/process.py"), class.join("bo\\x0ab.py")).unwrap();
    let (students, shown) = gradebook_students(&dir, &class);
    assert_eq!(students, ["bo\\\\x0ab", "bo\\x0ab"], "{shown}");
}

/// A file name that is not UTF-8 (a Latin-1 `josé.py`, as a zip made on Windows unpacks) is
/// graded like any other: the working copy gets a readable name (red team round 11: the
/// program was run by a garbled name that did not exist, 0 marks).
#[test]
fn a_submission_whose_name_is_not_utf8_is_run_and_graded() {
    use std::os::unix::ffi::OsStrExt;
    let dir = util::TempDir::new("latin1");
    let name = std::ffi::OsStr::from_bytes(b"jos\xe9.py");
    let submission = dir.path().join(name);
    std::fs::copy(util::root().join("examples/assignments/process.py"), &submission).unwrap();
    let exe = env!("CARGO_BIN_EXE_procscen");
    let out = std::process::Command::new(exe)
        .arg("grade")
        .arg("scenarios/assignments/process.yaml")
        .arg(&submission)
        .current_dir(util::root())
        .output()
        .expect("procscen starts");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("score: 11/11"),
        "command: {exe} grade scenarios/assignments/process.yaml {submission:?}\nstatus: {}\n--- stdout ---\n{stdout}--- stderr ---\n{}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn two_classes_holding_one_name_give_two_rows_told_apart_by_their_directory() {
    let dir = util::TempDir::new("class-two");
    let (a, b) = (dir.join("a"), dir.join("b"));
    for (class, from) in [(&a, "examples/assignments/process.py"), (&b, "tests/submissions/process/no_process.py")] {
        std::fs::create_dir(class).unwrap();
        std::fs::copy(util::root().join(from), class.join("alice.py")).unwrap();
    }
    std::fs::copy(util::root().join("tests/submissions/process/no_join.py"), a.join("bob.py")).unwrap();
    let book = dir.join("grades.csv");
    let run = util::cli(
        dir.path(),
        &[
            "grade",
            &util::root().join("scenarios/assignments/process.yaml").to_string_lossy(),
            "--class",
            "a",
            "--class",
            "b/",
            "--gradebook",
            &book.to_string_lossy(),
        ],
    );
    assert_eq!(run.status.code(), Some(0), "{run}");
    let csv = std::fs::read_to_string(&book).unwrap_or_else(|e| panic!("no gradebook: {e}\n{run}"));
    let students: Vec<String> = csv.lines().skip(1).map(|row| fields(row)[0].clone()).collect();
    assert_eq!(students, ["a/alice", "b/alice", "bob"], "each alice named by her class, bob alone as he is:\n{csv}");
    let scores: Vec<String> = csv.lines().skip(1).map(|row| fields(row)[1].clone()).collect();
    assert_eq!(scores, ["11", "2", "9"], "each row holds its own submission's grade:\n{csv}");

    let twice = util::cli(
        dir.path(),
        &[
            "grade",
            &util::root().join("scenarios/assignments/process.yaml").to_string_lossy(),
            "--class",
            "a",
            "--class",
            "./a",
        ],
    );
    assert_eq!(twice.status.code(), Some(2), "a class given twice is refused:\n{twice}");
    assert!(twice.stderr.contains("the class ./a is given twice"), "{twice}");
}

#[test]
fn a_file_named_like_an_option_is_refused_unless_after_a_double_dash() {
    // A shell's `*` in a directory holding a file named `--no-isolate` hands procscen that
    // option: the whole class graded without the sandbox (red team round 21, M6).
    let dir = util::TempDir::new("class-option-file");
    std::fs::copy(util::root().join("examples/assignments/process.py"), dir.join("--no-isolate")).unwrap();
    let assignment = util::root().join("scenarios/assignments/process.yaml");
    let assignment = assignment.to_string_lossy();
    let star = util::cli(dir.path(), &["grade", &assignment, "--no-isolate"]);
    assert_eq!(star.status.code(), Some(2), "{star}");
    assert!(star.stderr.contains("`--no-isolate` is an option and also the name of a file here"), "{star}");
    assert!(star.stdout.is_empty(), "nothing graded: {star}");
    let quoted = util::cli(dir.path(), &["grade", &assignment, "--", "--no-isolate"]);
    assert_eq!(quoted.status.code(), Some(0), "{quoted}");
    assert!(quoted.stdout.contains("score: 11/11"), "graded as a submission, in the sandbox: {quoted}");
}

#[test]
fn file_names_that_are_not_utf8_give_rows_told_apart() {
    use std::os::unix::ffi::OsStrExt;
    // Each byte that is not UTF-8 was one U+FFFD: `x<ff>.py` and `x<fe>.py` were two rows of
    // one name that `merge` refused (red team round 21, M5).
    let dir = util::TempDir::new("class-bytes");
    let class = dir.join("class");
    std::fs::create_dir(&class).unwrap();
    for name in [&b"x\xff.py"[..], &b"x\xfe.py"[..]] {
        std::fs::copy(
            util::root().join("examples/assignments/process.py"),
            class.join(std::ffi::OsStr::from_bytes(name)),
        )
        .unwrap();
    }
    let book = dir.join("grades.csv");
    let run = util::cli(
        &util::root(),
        &[
            "grade",
            "scenarios/assignments/process.yaml",
            "--class",
            &class.to_string_lossy(),
            "--gradebook",
            &book.to_string_lossy(),
        ],
    );
    assert_eq!(run.status.code(), Some(0), "{run}");
    let csv = std::fs::read_to_string(&book).unwrap();
    let students: Vec<String> = csv.lines().skip(1).map(|row| fields(row)[0].clone()).collect();
    assert_eq!(students, [r"x\xfe", r"x\xff"], "{csv}");
    assert!(run.stdout.contains(r"x\xfe.py (") && run.stdout.contains(r"x\xff.py ("), "{run}");
}

/// A class downloaded as a folder per student: the folder's one program file is run (as the
/// Gradescope export runs the one uploaded file), or the one named `main.py` or like the
/// reference among several; a folder with a `__main__.py` is run as a folder. A folder whose
/// paths pass the cap (here 6 levels of 200-byte names; 40, past `PATH_MAX`, were an internal
/// error: red team round 21, M7) is refused with that reason, and the others are graded.
#[test]
fn a_folder_per_student_runs_the_program_file_in_it() {
    let dir = util::TempDir::new("class-folders");
    let class = dir.join("class");
    let reference = util::root().join("examples/assignments/process.py");
    let put = |student: &str, file: &str| {
        std::fs::create_dir_all(class.join(student)).unwrap();
        std::fs::copy(&reference, class.join(student).join(file)).unwrap();
    };
    put("alice", "my_process.py");
    put("bob", "main.py");
    std::fs::write(class.join("bob").join("helpers.py"), "X = 1\n").unwrap();
    put("carol", "__main__.py");
    std::fs::write(class.join("carol").join("notes.py"), "raise SystemExit(3)\n").unwrap();
    put("dave", "process.py");
    let mut deep = class.join("dave");
    for _ in 0..6 {
        deep.push("d".repeat(200));
    }
    std::fs::create_dir_all(&deep).unwrap();
    let (csv, run) = gradebook(&dir, &class);
    let rows: Vec<String> = csv.lines().skip(1).map(|row| fields(row)[..4].join(",")).collect();
    assert_eq!(
        rows,
        [
            "alice,11,11,normal exit",
            "bob,11,11,normal exit",
            "carol,11,11,normal exit",
            "dave,0,11,submission too large"
        ],
        "{csv}\n{run}"
    );
    assert!(run.stdout.contains("path longer than 1024 bytes"), "{run}");
}
