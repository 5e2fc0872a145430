//! How to run this procscen again, for the commands that hints print: a hint must work when it
//! is copied as printed, and after the README's set-up there is no `procscen` on PATH.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// The command that runs this procscen from the current directory: `procscen` when that name
/// on PATH is this executable (installed with `cargo install`), `cargo run --release --` (or
/// `cargo run --` for a debug build) when this is the cargo build of the crate the current
/// directory is in, and otherwise this executable's path.
pub fn command() -> &'static str {
    static COMMAND: OnceLock<String> = OnceLock::new();
    COMMAND.get_or_init(|| {
        let exe = std::env::current_exe().and_then(|e| e.canonicalize()).unwrap_or_else(|_| PathBuf::from("procscen"));
        let cwd = std::env::current_dir().and_then(|d| d.canonicalize()).unwrap_or_default();
        let path = std::env::var_os("PATH").unwrap_or_default();
        command_for(&exe, &cwd, std::env::split_paths(&path))
    })
}

fn command_for(exe: &Path, cwd: &Path, path: impl IntoIterator<Item = PathBuf>) -> String {
    let on_path = path.into_iter().map(|d| d.join("procscen")).find(|p| p.is_file());
    if on_path.and_then(|p| p.canonicalize().ok()).is_some_and(|p| p == exe) {
        return "procscen".into();
    }
    // `<crate>/target/<profile>/procscen`, or `<crate>/target/<host>/<profile>/procscen` when
    // the build names its target (.cargo/config.toml does), run from inside that crate.
    let profile = exe.parent().and_then(|d| d.file_name()).and_then(|n| n.to_str());
    let above = exe.parent().and_then(Path::parent);
    let target = above
        .filter(|t| t.ends_with("target"))
        .or_else(|| above.and_then(Path::parent).filter(|t| t.ends_with("target")));
    let root = target.and_then(Path::parent);
    if let (Some(profile), Some(root)) = (profile, root) {
        if exe.file_name().is_some_and(|n| n == "procscen")
            && root.join("Cargo.toml").is_file()
            && cwd.starts_with(root)
        {
            match profile {
                "release" => return "cargo run --release --".into(),
                "debug" => return "cargo run --".into(),
                _ => {}
            }
        }
    }
    let shown = exe.display().to_string();
    if shown.contains(|c: char| c.is_whitespace() || "'\"$`\\".contains(c)) {
        format!("'{}'", shown.replace('\'', r"'\''"))
    } else {
        shown
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn installed_cargo_built_or_a_path() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let release = root.join("target/release/procscen");
        assert_eq!(command_for(&release, root, []), "cargo run --release --");
        assert_eq!(command_for(&root.join("target/debug/procscen"), &root.join("src"), []), "cargo run --");
        let named = root.join("target/x86_64-unknown-linux-gnu/release/procscen");
        assert_eq!(command_for(&named, root, []), "cargo run --release --");
        // Outside the crate, cargo would not find it.
        assert_eq!(command_for(&release, Path::new("/"), []), release.display().to_string());
        assert_eq!(command_for(Path::new("/opt/my tools/procscen"), Path::new("/"), []), "'/opt/my tools/procscen'");
    }

    /// Installed (`cargo install --path .`): the `procscen` found on PATH is this executable,
    /// reached through a symlink or not; another `procscen` on PATH is not.
    #[test]
    fn installed_on_path() {
        struct Gone(PathBuf);
        impl Drop for Gone {
            fn drop(&mut self) {
                let _ = std::fs::remove_dir_all(&self.0);
            }
        }
        let dir = Gone(std::env::temp_dir().join(format!("procscen-invocation-{}", std::process::id())));
        let (bin, other) = (dir.0.join("bin"), dir.0.join("other"));
        std::fs::create_dir_all(&bin).unwrap();
        std::fs::create_dir_all(&other).unwrap();
        std::fs::write(bin.join("procscen"), "").unwrap();
        std::fs::write(other.join("procscen"), "").unwrap();
        std::os::unix::fs::symlink(bin.join("procscen"), dir.0.join("procscen")).unwrap();
        let exe = bin.join("procscen").canonicalize().unwrap();
        assert_eq!(command_for(&exe, Path::new("/"), [bin.clone()]), "procscen");
        assert_eq!(command_for(&exe, Path::new("/"), [dir.0.clone()]), "procscen");
        assert_eq!(command_for(&exe, Path::new("/"), [other.clone(), bin]), exe.display().to_string());
    }
}
