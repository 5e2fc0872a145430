//! The hidden entry points: the processes the library starts to do what it must not do in its
//! caller's process (fork a run, trace a program).
//!
//! `procscen::sources::engine::run` and `procscen::sources::observer::observe` start a binary as `__supervise`,
//! `__observe` or `__spawned` instead of forking the caller, which may have other threads (a
//! test harness does). That binary is the caller's own executable: every executable that links
//! procscen's engine carries `ENTRY_BEFORE_MAIN`, a function the C runtime calls before `main`
//! (an `.init_array` entry), which serves these entry points and exits. A crate's test binary
//! therefore needs no installed procscen, and the library never talks to a binary of another
//! version. The procscen CLI serves them the same way.

use std::ffi::OsString;

/// Runs the hidden entry point the arguments name, if they name one, and returns its exit
/// code; `None` for any other arguments.
pub fn dispatch(args: &[OsString]) -> Option<i32> {
    let word = |i: usize| args.get(i).and_then(|a| a.to_str());
    let result = match word(1)? {
        crate::sources::engine::SUPERVISE_COMMAND => match (word(2), word(3)) {
            (Some("--settings"), Some(settings)) => crate::sources::engine::supervisor_main(settings),
            _ => Err(std::io::Error::other("usage: __supervise --settings JSON")),
        },
        crate::sources::observer::OBSERVE_COMMAND => crate::sources::observer::observer_main(),
        crate::sources::engine::SPAWNED_COMMAND => match word(2) {
            Some(request) => crate::sources::engine::spawned_main(request),
            None => Err(std::io::Error::other("usage: __spawned REQUEST")),
        },
        _ => return None,
    };
    Some(match result {
        Ok(()) => 0,
        Err(e) => {
            eprintln!("procscen {}: {e}", word(1).unwrap_or_default());
            2
        }
    })
}

/// Called by the C runtime before `main` in every executable that links this module (the
/// host refers to it, so the linker keeps it): serves a hidden entry point named by the
/// first argument and exits; returns at once for any other arguments.
///
/// It runs before Rust's `main` has set the process up, so it does what that setup would do
/// first: SIGPIPE is ignored, so that a write to a closed pipe returns an error.
extern "C" fn serve_before_main() {
    // The arguments, read from /proc: the C runtime passes none to this function on every libc.
    let Ok(cmdline) = std::fs::read("/proc/self/cmdline") else { return };
    let mut words = cmdline.split(|b| *b == 0);
    let _program = words.next();
    let Some(first) = words.next() else { return };
    if ![
        crate::sources::engine::SUPERVISE_COMMAND,
        crate::sources::observer::OBSERVE_COMMAND,
        crate::sources::engine::SPAWNED_COMMAND,
    ]
    .iter()
    .any(|c| c.as_bytes() == first)
    {
        return;
    }
    let args: Vec<OsString> = cmdline
        .strip_suffix(&[0])
        .unwrap_or(&cmdline)
        .split(|b| *b == 0)
        .map(|w| <std::ffi::OsStr as std::os::unix::ffi::OsStrExt>::from_bytes(w).to_os_string())
        .collect();
    crate::sources::engine::ignore_sigpipe();
    if let Some(code) = dispatch(&args) {
        std::process::exit(code);
    }
}

/// The `.init_array` entry that makes the C runtime call `serve_before_main` before `main`.
/// `#[used]` keeps it in its object file; `host::start::find_supervisor` refers to it, so the
/// linker keeps that object in every executable that can start a run.
#[used]
#[link_section = ".init_array"]
pub(crate) static ENTRY_BEFORE_MAIN: extern "C" fn() = serve_before_main;
