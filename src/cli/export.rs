//! `procscen export gradescope ASSIGNMENT DIR`: a Gradescope autograder for an assignment, so
//! that a class graded on Gradescope runs procscen on Gradescope's machines. The directory,
//! zipped, is what Gradescope's "Configure Autograder" takes: at its root `setup.sh` (run once
//! as root when the image is built, from `/autograder/source`), `run_autograder` (run for each
//! submission; it grades `/autograder/submission` into `/autograder/results/results.json`),
//! the assignment file, and the procscen binary that `setup.sh` installs.

use anyhow::{Context, Result};
use procscen::model::scenario::Scenario;
use std::path::Path;

/// What an export wrote, for the message that follows it.
pub struct Exported {
    /// Commands of the program that no known package provides: the teacher installs them.
    pub unknown_tools: Vec<String>,
}

/// Writes the autograder of `scenario` (read from `file`) into `dir`, with `binary` as the
/// procscen it installs.
pub fn gradescope(scenario: &Scenario, file: &Path, dir: &Path, binary: &Path) -> Result<Exported> {
    let program = scenario
        .program
        .as_ref()
        .with_context(|| format!("{} has no `program:` to grade; see docs/grading.md", file.display()))?;
    // The autograder holds the assignment file alone: a working directory of the teacher's
    // machine would not be there.
    anyhow::ensure!(
        program.cwd.is_none(),
        "{} sets the program's `cwd:`, a directory of this machine that the autograder would not have: remove `cwd:` (each submission then runs in a copy of itself)",
        file.display()
    );
    std::fs::create_dir_all(dir).with_context(|| format!("cannot make {}", dir.display()))?;
    let assignment = std::fs::read(file).with_context(|| format!("cannot read {}", file.display()))?;
    write(dir, "assignment.yaml", &assignment, false)?;
    let copy = dir.join("procscen");
    std::fs::copy(binary, &copy).with_context(|| format!("cannot copy {} to {}", binary.display(), copy.display()))?;
    set_executable(&copy)?;

    let mut commands: Vec<&str> = Vec::new();
    for words in std::iter::once(&program.run).chain(program.build.as_ref()) {
        if let Some(first) = words.first() {
            commands.push(first);
        }
    }
    let mut packages: Vec<&str> = Vec::new();
    let mut unknown_tools = Vec::new();
    for command in commands {
        match packages_for(command) {
            Some(p) => {
                for package in p {
                    if !packages.contains(package) {
                        packages.push(package);
                    }
                }
            }
            None => unknown_tools.push(command.to_owned()),
        }
    }
    write(dir, "setup.sh", setup_script(&packages, &unknown_tools).as_bytes(), true)?;
    // The reference solution's extension tells which of the student's uploaded files is the
    // program.
    let extension = program
        .reference
        .as_ref()
        .and_then(|r| r.extension())
        .map(|e| e.to_string_lossy().into_owned())
        .filter(|e| e.bytes().all(|b| b.is_ascii_alphanumeric()));
    write(dir, "run_autograder", run_script(extension.as_deref()).as_bytes(), true)?;
    Ok(Exported { unknown_tools })
}

/// The Ubuntu packages (Gradescope's images are Ubuntu) that provide `command`; `None` when
/// it is not a command procscen knows, or `Some(&[])` for one that needs nothing (the
/// program built from the submission, or a shell).
fn packages_for(command: &str) -> Option<&'static [&'static str]> {
    let name = Path::new(command).file_name().map_or(command.to_owned(), |n| n.to_string_lossy().into_owned());
    if name.contains("{out}") || name.contains("{submission}") {
        return Some(&[]);
    }
    Some(match name.as_str() {
        n if n == "python3" || n == "python" || n.starts_with("python3.") => &["python3"],
        "cc" | "gcc" => &["gcc", "libc6-dev"],
        "clang" => &["clang", "libc6-dev"],
        "c++" | "g++" => &["g++"],
        "make" => &["make", "gcc", "libc6-dev"],
        "java" | "javac" => &["default-jdk-headless"],
        "node" => &["nodejs"],
        "sh" | "bash" | "env" => &[],
        _ => return None,
    })
}

fn setup_script(packages: &[&str], unknown: &[String]) -> String {
    let mut s = String::from(
        "#!/usr/bin/env bash\n\
         # Gradescope runs this once, as root, when it builds the autograder's image, in\n\
         # /autograder/source where the autograder's zip was unpacked. Written by\n\
         # `procscen export gradescope`.\n\
         set -euo pipefail\n\
         cd \"$(dirname \"$0\")\"\n",
    );
    if !packages.is_empty() {
        s.push_str("# The assignment's toolchain: what its `run:` and `build:` commands call.\n");
        s.push_str("apt-get update\n");
        s.push_str(&format!(
            "DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends {}\n",
            packages.join(" ")
        ));
    }
    for tool in unknown {
        let tool: String = tool.chars().filter(|c| !c.is_control()).collect();
        s.push_str(&format!(
            "# The program runs `{tool}`, which procscen does not know how to install: install it here.\n"
        ));
    }
    s.push_str(
        "# procscen itself: the binary that exported this autograder (Linux, x86_64, glibc).\n\
         install -m 0755 procscen \"${PROCSCEN_INSTALL_DIR:-/usr/local/bin}/procscen\"\n",
    );
    s
}

fn run_script(extension: Option<&str>) -> String {
    let mut s = String::from(
        "#!/usr/bin/env bash\n\
         # Gradescope runs this for every submission: it grades the student's files in\n\
         # /autograder/submission with procscen into /autograder/results/results.json.\n\
         # Written by `procscen export gradescope`. PROCSCEN_AUTOGRADER (the directory in place\n\
         # of /autograder) and PROCSCEN (the procscen to run) override where it looks.\n\
         set -uo pipefail\n\
         root=\"${PROCSCEN_AUTOGRADER:-/autograder}\"\n\
         procscen=\"${PROCSCEN:-procscen}\"\n\
         submission=\"$root/submission\"\n\
         mkdir -p \"$root/results\"\n",
    );
    if let Some(ext) = extension {
        s.push_str(&format!(
            "# A student uploads files, not a directory: the program is the one file ending in\n\
             # .{ext} when there is exactly one; otherwise the directory is the submission.\n\
             shopt -s nullglob\n\
             files=(\"$submission\"/*.{ext})\n\
             if [ \"${{#files[@]}}\" -eq 1 ]; then submission=\"${{files[0]}}\"; fi\n"
        ));
    }
    s.push_str(
        "# --require-isolation: a program the container will not isolate is not run (as root,\n\
         # beside this results file, it could write its own score).\n\
         \"$procscen\" grade --require-isolation --format gradescope \"$root/source/assignment.yaml\" \"$submission\" \\\n\
         \x20   > \"$root/results/results.json\"\n\
         status=$?\n\
         # 1: the submission could not be graded, and its record (score 0, and why) was written.\n\
         if [ \"$status\" -gt 1 ]; then\n\
         \x20   echo \"procscen could not grade this submission (exit status $status)\" >&2\n\
         \x20   exit \"$status\"\n\
         fi\n\
         exit 0\n",
    );
    s
}

fn write(dir: &Path, name: &str, bytes: &[u8], executable: bool) -> Result<()> {
    let path = dir.join(name);
    std::fs::write(&path, bytes).with_context(|| format!("cannot write {}", path.display()))?;
    if executable {
        set_executable(&path)?;
    }
    Ok(())
}

fn set_executable(path: &Path) -> Result<()> {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o755))
        .with_context(|| format!("cannot make {} executable", path.display()))
}
