//! `procscen export gradescope ASSIGNMENT DIR` writes a Gradescope autograder. Its
//! `run_autograder` is run as Gradescope runs it, in a directory laid out like Gradescope's
//! `/autograder` (`source/` holding the autograder, `submission/` the student's upload,
//! `results/`), with the procscen under test; the `results.json` it writes for a good and a
//! bad submission validates against docs/gradescope.schema.json.

mod util;

use std::path::Path;

fn gradescope_schema() -> jsonschema::Validator {
    let text = std::fs::read_to_string(util::root().join("docs/gradescope.schema.json")).unwrap();
    let schema: serde_json::Value = serde_json::from_str(&text).unwrap();
    jsonschema::validator_for(&schema)
        .unwrap_or_else(|e| panic!("docs/gradescope.schema.json is not a JSON Schema: {e}"))
}

/// Runs the exported `run_autograder` on a submission `file` uploaded under `upload_name`, in a
/// Gradescope-like directory `root` whose `source/` holds the export, and returns the
/// results.json it wrote.
fn run_autograder(root: &Path, file: &str, upload_name: &str) -> serde_json::Value {
    let submission = root.join("submission");
    let _ = std::fs::remove_dir_all(&submission);
    let _ = std::fs::remove_dir_all(root.join("results"));
    std::fs::create_dir_all(&submission).unwrap();
    std::fs::copy(util::root().join(file), submission.join(upload_name)).unwrap();
    // Gradescope uploads more than the program at times: a file it must not take for it.
    std::fs::write(submission.join("README.txt"), "my notes").unwrap();
    let out = std::process::Command::new(root.join("source/run_autograder"))
        .env("PROCSCEN_AUTOGRADER", root)
        .env("PROCSCEN", env!("CARGO_BIN_EXE_procscen"))
        .current_dir(root)
        .output()
        .expect("run_autograder starts");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "run_autograder failed: {}\n{stderr}", out.status);
    let text = std::fs::read_to_string(root.join("results/results.json"))
        .unwrap_or_else(|e| panic!("no results.json: {e}\n{stderr}"));
    let results: serde_json::Value =
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("results.json is not JSON: {e}\n{text}"));
    let errors: Vec<String> =
        gradescope_schema().iter_errors(&results).map(|e| format!("{e} at {}", e.instance_path)).collect();
    assert!(
        errors.is_empty(),
        "results.json is invalid under docs/gradescope.schema.json:\n{}\n{text}",
        errors.join("\n")
    );
    results
}

#[test]
fn the_exported_autograder_grades_a_good_and_a_bad_submission_into_valid_results() {
    let dir = util::TempDir::new("gradescope");
    let source = dir.join("source");
    let export = util::cli(
        &util::root(),
        &["export", "gradescope", "scenarios/assignments/process.yaml", &source.to_string_lossy()],
    );
    assert_eq!(export.status.code(), Some(0), "{export}");
    for file in ["setup.sh", "run_autograder", "assignment.yaml", "procscen"] {
        let meta = std::fs::metadata(source.join(file)).unwrap_or_else(|e| panic!("no {file}: {e}\n{export}"));
        if file != "assignment.yaml" {
            use std::os::unix::fs::PermissionsExt;
            assert!(meta.permissions().mode() & 0o111 != 0, "{file} is not executable");
        }
    }
    // setup.sh runs as root on Gradescope's Ubuntu image: it must parse, install the
    // assignment's interpreter and put procscen on the PATH.
    let setup = std::fs::read_to_string(source.join("setup.sh")).unwrap();
    let parsed = std::process::Command::new("bash").arg("-n").arg(source.join("setup.sh")).output().unwrap();
    assert!(parsed.status.success(), "setup.sh does not parse: {}", String::from_utf8_lossy(&parsed.stderr));
    assert!(setup.contains("apt-get install -y --no-install-recommends python3\n"), "{setup}");
    assert!(setup.contains("install -m 0755 procscen \"${PROCSCEN_INSTALL_DIR:-/usr/local/bin}/procscen\""), "{setup}");

    let good = run_autograder(dir.path(), "examples/assignments/process.py", "process.py");
    assert_eq!(good["score"], 11.0, "{good:#}");
    assert!(good["tests"].as_array().unwrap().iter().all(|t| t["status"] == "passed"), "{good:#}");

    let bad = run_autograder(dir.path(), "tests/submissions/process/no_join.py", "my_solution.py");
    assert_eq!(bad["score"], 9.0, "{bad:#}");
    let failed: Vec<&str> = bad["tests"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|t| t["status"] == "failed")
        .map(|t| t["name"].as_str().unwrap())
        .collect();
    assert_eq!(failed, ["`Process end.` comes after the child's line: join waits for the child"], "{bad:#}");
}

#[test]
fn an_assignment_without_a_program_is_refused() {
    let dir = util::TempDir::new("gradescope-refused");
    let run = util::cli(
        &util::root(),
        &["export", "gradescope", "scenarios/seed/pipe.yaml", &dir.join("out").to_string_lossy()],
    );
    assert_eq!(run.status.code(), Some(2), "{run}");
    assert!(run.stderr.contains("has no `program:` to grade"), "{run}");
    assert!(!dir.join("out").exists(), "nothing is written for an assignment that cannot be exported");
}
