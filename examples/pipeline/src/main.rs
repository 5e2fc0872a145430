//! A small multi-process program: the parent starts one worker process per number given on
//! its command line (by running itself with `worker N`), each worker prints its square, and
//! the parent waits for every worker before it prints that all are done.

use std::process::Command;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.get(1).map(String::as_str) == Some("worker") {
        let n: u64 = args[2].parse().expect("a number");
        println!("worker {n} (pid {}, parent {}): {n} squared is {}", std::process::id(), parent_pid(), n * n);
        return;
    }
    println!("parent (pid {}) starts its workers", std::process::id());
    let me = std::env::current_exe().expect("own path");
    let numbers: Vec<String> =
        if args.len() > 1 { args[1..].to_vec() } else { vec!["2".into(), "3".into(), "4".into()] };
    let children: Vec<_> =
        numbers.iter().map(|n| Command::new(&me).arg("worker").arg(n).spawn().expect("a worker starts")).collect();
    for mut child in children {
        let status = child.wait().expect("wait");
        assert!(status.success(), "a worker failed: {status}");
    }
    println!("parent: all workers are done");
}

/// The parent's pid, from /proc (std has no getppid).
fn parent_pid() -> u32 {
    let stat = std::fs::read_to_string("/proc/self/stat").expect("/proc");
    let after_name = stat.rsplit(')').next().expect("a stat line");
    after_name.split_whitespace().nth(1).and_then(|p| p.parse().ok()).expect("a ppid")
}
