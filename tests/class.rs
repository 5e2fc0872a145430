//! Grading a class: `procscen grade --class DIR` grades every entry of a directory as one
//! student's submission, writes a CSV gradebook (`--gradebook FILE`: student, score, max,
//! ending, each check's points) and ends its report with how many students passed each check.

mod util;

#[test]
fn a_class_directory_gives_a_gradebook_row_per_student_and_a_pass_count_per_check() {
    let dir = util::TempDir::new("class");
    let class = dir.join("class");
    std::fs::create_dir(&class).unwrap();
    let copy = |from: &str, to: &str| {
        std::fs::copy(util::root().join(from), class.join(to)).unwrap_or_else(|e| panic!("{from}: {e}"));
    };
    copy("examples/assignments/process.py", "alice.py");
    copy("tests/submissions/process/no_join.py", "bob.py");
    // A name a spreadsheet would run as a formula, with a comma in it.
    copy("tests/submissions/process/no_process.py", "=cmd,x.py");
    std::fs::write(class.join(".hidden.py"), "this is not a submission").unwrap();
    let book = dir.join("grades.csv");
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
        ],
    );
    assert_eq!(run.status.code(), Some(0), "{run}");
    let csv = std::fs::read_to_string(&book).unwrap_or_else(|e| panic!("no gradebook: {e}\n{run}"));
    let rows: Vec<&str> = csv.lines().collect();
    assert_eq!(rows.len(), 4, "a header and three students (the hidden file left out):\n{csv}\n{run}");
    assert!(
        rows[0].starts_with("student,score,max,ending,the parent prints its own pid,")
            && rows[0].contains(",\"the child ends by itself (exit 0), not killed or crashed\","),
        "the header names every check, quoted where it holds a comma:\n{csv}"
    );
    assert_eq!(rows[1], "\"'=cmd,x\",3,11,normal exit,1,0,0,0,1,0,0,0,1", "{csv}\n{run}");
    assert_eq!(rows[2], "alice,11,11,normal exit,1,2,1,1,1,1,2,1,1", "{csv}\n{run}");
    assert_eq!(rows[3], "bob,9,11,normal exit,1,2,1,1,1,1,0,1,1", "{csv}\n{run}");
    assert!(csv.ends_with("\r\n"), "CSV rows end with CRLF");
    for expected in [
        "alice   11/11  normal exit",
        "passed  check",
        "   3/3  the parent prints its own pid",
        "   1/3  `Process end.` comes after the child's line: join waits for the child",
        "   2/3  the child runs in a process of its own",
    ] {
        assert!(run.stdout.contains(expected), "no `{expected}` in the report:\n{run}");
    }
}

#[test]
fn grade_needs_submissions_or_a_class() {
    let run = util::cli(&util::root(), &["grade", "scenarios/assignments/process.yaml"]);
    assert_eq!(run.status.code(), Some(2), "{run}");
    let missing = util::cli(&util::root(), &["grade", "scenarios/assignments/process.yaml", "--class", "no/such/dir"]);
    assert_eq!(missing.status.code(), Some(2), "{missing}");
    assert!(missing.stderr.contains("cannot list the class no/such/dir"), "{missing}");
}
