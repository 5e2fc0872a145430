//! `procscen init` sets a crate up (a starter scenario that loads, a test file, the
//! dev-dependencies) and never overwrites what is there, except a dependency line that cannot
//! build. The generated crate's `cargo test` passes on its first run.

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
    for file in ["scenarios/start-and-join.yaml", "scenarios/procscen.schema.json", "tests/procscen.rs", "build.rs"] {
        assert!(dir.join(file).is_file(), "{file} was not written\n{first}");
        assert!(first.stdout.contains(&format!("wrote   {file}")), "{first}");
    }
    let scenario = procscen::load(&dir.join("scenarios/start-and-join.yaml"));
    assert!(scenario.is_ok(), "the starter scenario loads: {:?}", scenario.err().map(|e| e.to_string()));
    let manifest = std::fs::read_to_string(dir.join("Cargo.toml")).unwrap();
    let here = env!("CARGO_MANIFEST_DIR");
    assert_eq!(
        manifest,
        format!(
            "[package]\nname = \"demo\"\nversion = \"0.1.0\"\n\n[dev-dependencies]\nserde = \"1\"\nprocscen = {{ path = \"{here}\" }}\nrstest = \"0.26\"\n\n[features]\nx = []\n"
        ),
        "the dependencies join the existing table, procscen from the checkout it was built from\n{first}"
    );

    std::fs::write(dir.join("tests/procscen.rs"), "// mine\n").unwrap();
    std::fs::write(dir.join("build.rs"), "fn main() {}\n").unwrap();
    let again = util::cli(dir.path(), &["init"]);
    assert!(again.status.success(), "{again}");
    assert!(
        again.stdout.contains("kept    build.rs (it exists): add `println!(\"cargo:rerun-if-changed=scenarios\");`"),
        "a build script of the crate's own is kept, with the line it needs\n{again}"
    );
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

/// The next step init prints works from where init ran: in the crate, `cargo test`; from
/// elsewhere, `cd` into the crate first.
#[test]
fn init_s_next_step_runs_from_where_init_ran() {
    let dir = new_crate("next", "[package]\nname = \"demo\"\nversion = \"0.1.0\"\n");
    let inside = util::cli(dir.path(), &["init"]);
    assert!(inside.status.success(), "{inside}");
    assert!(inside.stdout.contains("\n  cargo test    # runs every scenario"), "{inside}");
    let parent = dir.path().parent().unwrap();
    let name = dir.path().file_name().unwrap().to_string_lossy().into_owned();
    let outside = util::cli(parent, &["init", &name]);
    assert!(outside.status.success(), "{outside}");
    assert!(outside.stdout.contains(&format!("\n  cd {name} && cargo test    # runs every scenario")), "{outside}");
}

#[test]
fn init_outside_a_crate_says_so_and_writes_nothing() {
    let dir = new_crate("workspace", "[workspace]\nmembers = []\n");
    let run = util::cli(dir.path(), &["init"]);
    assert!(!run.status.success(), "{run}");
    assert!(run.stderr.contains("has no [package]"), "{run}");
    assert!(!dir.join("scenarios").exists(), "{run}");
}

#[test]
fn init_again_fixes_a_procscen_line_that_cannot_build_and_keeps_a_chosen_version() {
    let dir = new_crate(
        "fix",
        "[package]\nname = \"demo\"\nversion = \"0.1.0\"\n\n[dev-dependencies]\nprocscen = \"0.1.0\"\nrstest = \"0.26\"\n",
    );
    let run = util::cli(dir.path(), &["init"]);
    assert!(run.status.success(), "{run}");
    assert!(run.stdout.contains("fixed   procscen in Cargo.toml (procscen is not published on crates.io)"), "{run}");
    let manifest = std::fs::read_to_string(dir.join("Cargo.toml")).unwrap();
    let line = format!("procscen = {{ path = \"{}\" }}\n", env!("CARGO_MANIFEST_DIR"));
    assert!(manifest.contains(&format!("[dev-dependencies]\n{line}rstest")), "{manifest}");

    // A path that holds no crate is fixed too.
    std::fs::write(dir.join("Cargo.toml"), manifest.replace(env!("CARGO_MANIFEST_DIR"), "../gone")).unwrap();
    let run = util::cli(dir.path(), &["init"]);
    assert!(run.stdout.contains("fixed   procscen in Cargo.toml (../gone holds no crate)"), "{run}");
    assert!(std::fs::read_to_string(dir.join("Cargo.toml")).unwrap().contains(&line));

    // A crates.io version chosen with --procscen-version is the user's to keep.
    let chosen = new_crate("chosen", "[package]\nname = \"demo\"\nversion = \"0.1.0\"\n");
    let run = util::cli(chosen.path(), &["init", ".", "--procscen-version", "0.1.0"]);
    assert!(run.status.success(), "{run}");
    let again = util::cli(chosen.path(), &["init", ".", "--procscen-version", "0.1.0"]);
    assert!(again.stdout.contains("kept    procscen in Cargo.toml"), "{again}");
    assert!(std::fs::read_to_string(chosen.join("Cargo.toml")).unwrap().contains("procscen = \"0.1.0\"\n"));
}

/// The whole newcomer's path: `cargo init`, `procscen init`, `cargo test`, which passes on its
/// first run (writing the starter snapshot) and again under CI (matching it); a changed trace
/// then fails with a hint that works without cargo-insta. The builds go to this checkout's own
/// target directory (cargo holds its lock only while it builds, not while tests run), with
/// this checkout's Cargo.lock, so procscen's dependencies are the ones `cargo test` has just
/// built: a target directory of its own built them all again, two minutes of a fresh CI run.
#[test]
fn an_initialised_crate_passes_cargo_test_on_its_first_run() {
    let dir = util::TempDir::new("init-crate");
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    // `CARGO_TARGET_TMPDIR` is `<target directory>/tmp`, wherever the target directory is.
    let target =
        std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).parent().expect("the target directory").to_path_buf();
    let run_cargo_with = |args: &[&str], ci: bool, insta_update: Option<&str>| {
        let mut command = std::process::Command::new(&cargo);
        command.args(args).current_dir(dir.path()).env("CARGO_TARGET_DIR", &target).env_remove("INSTA_UPDATE");
        if let Some(v) = insta_update {
            command.env("INSTA_UPDATE", v);
        }
        if ci {
            command.env("CI", "1");
        } else {
            command.env_remove("CI");
        }
        let out = command.output().expect("cargo runs");
        let shown = format!(
            "cargo {args:?} in {}\nstatus {}\n--- stdout ---\n{}--- stderr ---\n{}",
            dir.path().display(),
            out.status,
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        (out.status.success(), shown)
    };
    let run_cargo = |args: &[&str], ci: bool| run_cargo_with(args, ci, None);
    let (ok, shown) = run_cargo(&["init", "--quiet", "--lib", "--vcs", "none", "--name", "demo"], false);
    assert!(ok, "{shown}");
    std::fs::copy(util::root().join("Cargo.lock"), dir.join("Cargo.lock")).unwrap();
    let init = util::cli(dir.path(), &["init"]);
    assert!(init.status.success(), "{init}");
    assert!(!init.stdout.contains("cargo insta"), "no step needs a tool nothing installs\n{init}");

    let (ok, shown) = run_cargo(&["test", "--quiet"], false);
    assert!(ok, "the first run passes\n{shown}");
    let snapshot = dir.join("snapshots/start-and-join.snap");
    assert!(snapshot.is_file(), "the first run wrote the snapshot\n{shown}");
    assert!(shown.contains("wrote the new snapshot"), "and said so\n{shown}");
    let (ok, shown) = run_cargo(&["test", "--quiet"], true);
    assert!(ok, "the second run, under CI, matches it\n{shown}");

    // A scenario added after the first build is run too (init's build.rs), not skipped.
    let second = dir.join("scenarios/second.yaml");
    std::fs::copy(dir.join("scenarios/start-and-join.yaml"), &second).unwrap();
    let (ok, shown) = run_cargo(&["test", "--quiet"], true);
    assert!(!ok, "under CI the new scenario runs and fails for want of a snapshot\n{shown}");
    assert!(shown.contains("second"), "naming it\n{shown}");
    std::fs::remove_file(&second).unwrap();

    // A changed trace fails with a hint that needs cargo alone, and that command accepts it.
    std::fs::write(&snapshot, "---\nsource: x\n---\nsomething else\n").unwrap();
    let (ok, shown) = run_cargo(&["test", "--quiet"], false);
    assert!(!ok, "a different snapshot fails\n{shown}");
    assert!(shown.contains("accept it with `INSTA_UPDATE=always cargo test`"), "{shown}");
    let (ok, shown) = run_cargo_with(&["test", "--quiet"], false, Some("always"));
    assert!(ok, "the hint's command accepts the change\n{shown}");
    let (ok, shown) = run_cargo(&["test", "--quiet"], true);
    assert!(ok, "and the accepted snapshot matches under CI\n{shown}");

    // Under CI a missing snapshot fails.
    std::fs::remove_file(&snapshot).unwrap();
    let (ok, shown) = run_cargo(&["test", "--quiet"], true);
    assert!(!ok, "under CI a missing snapshot fails\n{shown}");
    assert!(!snapshot.exists(), "and is not written\n{shown}");
}

/// `.ci/run` builds the example crate `--locked`: a dependency procscen gains must reach
/// `examples/pipeline/Cargo.lock` too, or CI fails there, late. `cargo tree --locked` fails
/// whenever that lock file would have to change (offline: the main build has fetched every
/// crate it needs for this machine, which is all `cargo tree` reads).
#[test]
fn the_example_crate_s_lock_file_holds_every_dependency_procscen_has() {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let manifest = util::root().join("examples/pipeline/Cargo.toml");
    let out = std::process::Command::new(&cargo)
        .args(["tree", "--locked", "--offline", "--quiet", "--manifest-path"])
        .arg(&manifest)
        .output()
        .expect("cargo runs");
    assert!(
        out.status.success(),
        "examples/pipeline/Cargo.lock is out of date; update it with \
         `cargo metadata --format-version 1 --manifest-path examples/pipeline/Cargo.toml > /dev/null`\n\
         status {}\n--- stderr ---\n{}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
}
