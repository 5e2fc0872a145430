//! The hidden entry points of the procscen binary: the processes the library starts to do
//! what it must not do in its caller's process (fork a run, trace a program).
//!
//! `procscen::engine::run` and `procscen::observer::observe` start a procscen binary as
//! `__supervise`, `__observe` or `__spawned` instead of forking the caller, which may have
//! other threads (a test harness does). Any binary whose `main` calls `helper::main` will do:
//! the procscen CLI does, and so can a one-line binary in a crate that uses procscen from its
//! tests (`procscen init` writes one), so that no installed procscen is needed.

use std::ffi::OsString;

/// Runs the hidden entry point the arguments name, if they name one, and returns its exit
/// code; `None` for any other arguments.
pub fn dispatch(args: &[OsString]) -> Option<i32> {
    let word = |i: usize| args.get(i).and_then(|a| a.to_str());
    let result = match word(1)? {
        crate::engine::SUPERVISE_COMMAND => match (word(2), word(3)) {
            (Some("--settings"), Some(settings)) => crate::engine::supervisor_main(settings),
            _ => Err(std::io::Error::other("usage: __supervise --settings JSON")),
        },
        crate::observer::OBSERVE_COMMAND => crate::observer::observer_main(),
        crate::engine::SPAWNED_COMMAND => match word(2) {
            Some(request) => crate::engine::spawned_main(request),
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

/// The `main` of a helper binary: runs the hidden entry point its arguments name, or says
/// what it is for.
pub fn main() -> ! {
    let args: Vec<OsString> = std::env::args_os().collect();
    match dispatch(&args) {
        Some(code) => std::process::exit(code),
        None => {
            eprintln!(
                "this is procscen's helper binary, which procscen's library starts to run scenarios and \
                 trace programs; it has no commands of its own (the procscen CLI: `cargo install procscen`)"
            );
            std::process::exit(2)
        }
    }
}
