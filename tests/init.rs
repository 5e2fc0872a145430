//! `procscen init` sets a crate up (a starter scenario that loads, a test file, the
//! dev-dependencies) and never overwrites what is there. CI runs the generated test for real
//! (`.ci/run`); here, what it writes is checked.

mod util;

fn new_crate(name: &str, manifest: &str) -> util::TempDir {
    let dir = util::TempDir::new(&format!("init-{name}"));
    std::fs::write(dir.join("Cargo.toml"), manifest).unwrap();
    dir
}

#[test]
fn init_writes_a_scenario_a_test_and_the_dev_dependencies_once() {
    let dir = new_crate(
        "fresh",
        "[package]\nname = \"demo\"\nversion = \"0.1.0\"\n\n[dev-dependencies]\nserde = \"1\"\n\n[features]\nx = []\n",
    );
    let first = util::cli(dir.path(), &["init"]);
    assert!(first.status.success(), "{first}");
    for file in ["scenarios/start-and-join.yaml", "scenarios/procscen.schema.json", "tests/procscen.rs"] {
        assert!(dir.join(file).is_file(), "{file} was not written\n{first}");
        assert!(first.stdout.contains(&format!("wrote   {file}")), "{first}");
    }
    let scenario = procscen::load(&dir.join("scenarios/start-and-join.yaml"));
    assert!(scenario.is_ok(), "the starter scenario loads: {:?}", scenario.err().map(|e| e.to_string()));
    let manifest = std::fs::read_to_string(dir.join("Cargo.toml")).unwrap();
    let version = env!("CARGO_PKG_VERSION");
    assert_eq!(
        manifest,
        format!(
            "[package]\nname = \"demo\"\nversion = \"0.1.0\"\n\n[dev-dependencies]\nserde = \"1\"\nprocscen = \"{version}\"\nrstest = \"0.26\"\n\n[features]\nx = []\n"
        ),
        "the dependencies join the existing table\n{first}"
    );

    std::fs::write(dir.join("tests/procscen.rs"), "// mine\n").unwrap();
    let again = util::cli(dir.path(), &["init"]);
    assert!(again.status.success(), "{again}");
    assert!(again.stdout.contains("kept    tests/procscen.rs (it exists)"), "{again}");
    assert!(again.stdout.contains("kept    procscen in Cargo.toml"), "{again}");
    assert_eq!(std::fs::read_to_string(dir.join("tests/procscen.rs")).unwrap(), "// mine\n");
    assert_eq!(std::fs::read_to_string(dir.join("Cargo.toml")).unwrap(), manifest, "nothing is added twice");
}

#[test]
fn init_adds_a_dev_dependencies_table_and_takes_a_path() {
    let dir = new_crate("path", "[package]\nname = \"demo\"\nversion = \"0.1.0\"\n");
    let run = util::cli(dir.path(), &["init", ".", "--procscen-path", "/src/procscen"]);
    assert!(run.status.success(), "{run}");
    let manifest = std::fs::read_to_string(dir.join("Cargo.toml")).unwrap();
    assert!(
        manifest.ends_with("\n[dev-dependencies]\nprocscen = { path = \"/src/procscen\" }\nrstest = \"0.26\"\n"),
        "{manifest}"
    );
}

#[test]
fn init_outside_a_crate_says_so_and_writes_nothing() {
    let dir = new_crate("workspace", "[workspace]\nmembers = []\n");
    let run = util::cli(dir.path(), &["init"]);
    assert!(!run.status.success(), "{run}");
    assert!(run.stderr.contains("has no [package]"), "{run}");
    assert!(!dir.join("scenarios").exists(), "{run}");
}
