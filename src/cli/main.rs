//! The procscen command line: `run`, `validate`, `bench`, and the hidden entry points the
//! engine uses to start its supervisor and spawned process images. `anyhow` is used only here, at the edge.

/// `print!` that ends the program quietly when its reader has gone (`procscen run | head`),
/// as any Unix tool ends, instead of panicking on the broken pipe.
macro_rules! out {
    ($($arg:tt)*) => { $crate::write_stdout(format_args!($($arg)*)) };
}

/// `println!`, ending quietly on a broken pipe like `out!`.
macro_rules! outln {
    () => { $crate::write_stdout(format_args!("\n")) };
    ($($arg:tt)*) => { $crate::write_stdout(format_args!("{}\n", format_args!($($arg)*))) };
}

mod bench;
mod export;
mod init;
mod progress;

use anyhow::{Context, Result};
use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};
use procscen::model::scenario::bounds;
use procscen::model::scenario::validate::parse_duration;
use procscen::pipeline::suite::{self, EvaluateError};
use procscen::sources::engine::{self, RunOptions};
use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "procscen",
    version,
    about = "Declarative scenario tests for multi-process programs, run with real processes"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

/// Limits that replace a scenario's, for `run` and `grade`; see docs/limits.md.
#[derive(clap::Args, Clone, Copy)]
struct LimitArgs {
    /// The most processes alive at once, instead of the scenario's `max_processes`.
    #[arg(long, value_parser = procs_parser)]
    max_procs: Option<u32>,
    /// The most memory of each process in MiB, instead of the scenario's `max_memory_mib`.
    #[arg(long, value_parser = bounds::limit_parser("max_memory_mib"))]
    max_memory_mib: Option<u64>,
    /// The most CPU seconds of each process, instead of the scenario's `max_cpu_seconds`.
    #[arg(long, value_parser = bounds::limit_parser("max_cpu_seconds"))]
    max_cpu_seconds: Option<u64>,
}

/// Settings of how scenario files are read, for `run`, `validate` and `grade`.
#[derive(clap::Args, Clone, Copy)]
struct FileArgs {
    /// Refuse scenario files longer than this many MiB (default 16).
    #[arg(long, value_parser = clap::value_parser!(u64).range(1..=1024))]
    max_file_mib: Option<u64>,
}

impl FileArgs {
    fn max_bytes(self) -> u64 {
        self.max_file_mib.map_or(bounds::DEFAULT_MAX_FILE_BYTES, bounds::mib_to_bytes)
    }
}

/// A duration longer than zero (a timeout of nothing would stop every run at once).
fn positive_duration(text: &str) -> Result<std::time::Duration, String> {
    let d = parse_duration(text)?;
    if d.is_zero() {
        return Err(format!("`{text}` is no time at all: give a timeout such as `20s`"));
    }
    Ok(d)
}

/// `--max-procs`'s value parser: a process limit from 1 to `bounds::MAX_PROCESSES`.
fn procs_parser(text: &str) -> Result<u32, String> {
    bounds::limit_parser("max_processes")(text).map(|n| n as u32)
}

impl LimitArgs {
    fn overrides(self) -> procscen::model::scenario::LimitOverrides {
        procscen::model::scenario::LimitOverrides {
            max_processes: self.max_procs,
            max_memory_mib: self.max_memory_mib,
            max_cpu_seconds: self.max_cpu_seconds,
        }
    }
}

#[derive(Subcommand)]
enum Command {
    /// Run scenario files (or every *.yaml under directories), check them and compare their
    /// snapshots. Exits 0 only if every scenario passes.
    Run(RunArgs),
    /// Set up an existing crate to test itself with procscen: a starter scenario, a test file
    /// that runs every scenario under `scenarios/`, and the dev-dependencies. Never overwrites.
    Init {
        /// The crate's directory.
        #[arg(default_value = ".")]
        dir: PathBuf,
        /// Depend on the procscen checkout at this path (default: the one this procscen was
        /// built from, while it is there).
        #[arg(long, conflicts_with = "procscen_version")]
        procscen_path: Option<PathBuf>,
        /// Depend on this version of procscen from crates.io instead.
        #[arg(long)]
        procscen_version: Option<String>,
    },
    /// Check scenario files without running them.
    Validate {
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        #[command(flatten)]
        files: FileArgs,
    },
    /// Measure procscen next to the same work without it (a C pipe program, a C fork loop,
    /// Python's multiprocessing, Python alone and under strace), each side run several times
    /// in turn; prints medians, min and max, ratios and goals (see docs/performance.md).
    Bench {
        /// Items sent through one queue (and through the C pipe, and Python's queue).
        #[arg(long, default_value_t = 200_000, value_parser = clap::value_parser!(u64).range(1..=100_000_000))]
        items: u64,
        /// Numbers of children started and joined one at a time, one row each.
        #[arg(long, value_delimiter = ',', default_value = "1000,10000", value_parser = clap::value_parser!(u64).range(1..=1_000_000))]
        children: Vec<u64>,
        /// Lines printed, unbuffered, by the Python program that `procscen trace` runs.
        #[arg(long, default_value_t = 100_000, value_parser = clap::value_parser!(u64).range(1..=10_000_000))]
        lines: u64,
        /// Empty tasks run by a pool of 4.
        #[arg(long, default_value_t = 10_000, value_parser = clap::value_parser!(u64).range(1..=10_000_000))]
        tasks: u64,
        /// Runs of each side of each row (at least 5: the figure is their median).
        #[arg(long, default_value_t = 5, value_parser = clap::value_parser!(u64).range(5..=1000))]
        repeat: u64,
        /// Sizes, in events, of the synthetic traces the checker is timed on.
        #[arg(long, value_delimiter = ',', default_value = "10000,100000,1000000", value_parser = clap::value_parser!(u64).range(1..=100_000_000))]
        checker_events: Vec<u64>,
        /// Items through the queue of the recording-cost row (timed inside the run, recording
        /// on against off: a longer window than `--items` gives, to measure a few percent).
        #[arg(long, default_value_t = 1_000_000, value_parser = clap::value_parser!(u64).range(1..=100_000_000))]
        recording_items: u64,
        /// Run only the recording-cost row.
        #[arg(long)]
        only_recording: bool,
    },
    /// Print the JSON Schema of scenario files (for editors; see docs/scenario-format.md).
    Schema,
    /// Grade submissions: run the scenario's program on each, observe it, check and score it.
    /// Prints each submission's score, checks, mistakes, process tree and output.
    Grade(GradeArgs),
    /// Audit an assignment by mutation testing: grade mutants of its reference solution, one
    /// per mistake learners make with processes, and name every mutant that earns full marks
    /// (a hole). Exits 1 when some mutant survived; see docs/audit.md.
    Audit {
        /// A scenario file with a `program` that names its `reference` solution.
        assignment: PathBuf,
        /// `human` (a table) or `json` (one document).
        #[arg(long, default_value = "human", value_parser = ["human", "json"])]
        format: String,
        /// Grade this many mutants at once.
        #[arg(long, default_value_t = 2)]
        jobs: usize,
        /// Kill a mutant's run after this long (e.g. `5s`); by default 10 times the reference's run,
        /// at least 3 s, at most the scenario's `timeout`.
        #[arg(long, value_parser = parse_duration)]
        timeout: Option<std::time::Duration>,
        /// Run mutants without new namespaces, whatever the scenario's `isolate` says.
        #[arg(long)]
        no_isolate: bool,
        #[command(flatten)]
        files: FileArgs,
    },
    /// Draft an assignment from a reference solution: run it several times under the observer,
    /// and write its lines as patterns and, as checks, the relations that held in every run
    /// and that happens-before guarantees, each with a comment saying why (see docs/draft.md).
    Draft {
        /// Write the draft to this file (its `reference:` is relative to the file's directory)
        /// instead of standard output (relative to the current directory).
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// Run the reference this many times in each of the draft's two rounds.
        #[arg(long, default_value_t = procscen::judge::grade::draft::DEFAULT_RUNS,
              value_parser = clap::value_parser!(u32).range(
                  procscen::judge::grade::draft::MIN_RUNS as i64..=procscen::judge::grade::draft::MAX_RUNS as i64))]
        runs: u32,
        /// The draft's `timeout` (e.g. `30s`), which each run of the reference is held to.
        #[arg(long, value_parser = positive_duration, default_value = "20s")]
        timeout: std::time::Duration,
        /// Run the reference without new namespaces, as `grade --no-isolate` does.
        #[arg(long)]
        no_isolate: bool,
        /// The command that runs the reference; the first of its words after the first that
        /// names a file is the reference (`python3 solution.py`), or its first word (a C source
        /// is compiled with `cc`).
        #[arg(required = true, last = true)]
        command: Vec<String>,
    },
    /// Run a program and show what it really did: its process tree, how each process ended,
    /// and its output line by line with the process that wrote each line (pids replaced by
    /// role names). Uses ptrace; see docs/grading.md. The command runs as you, with no sandbox:
    /// to look at a student's submission, `grade` it, which isolates it.
    Trace(TraceArgs),
    /// Join the `--results` files of a class graded in parts (`grade --shard K/N` on several
    /// machines) into one class: its summary, and a gradebook. Refuses results of different
    /// assignments, a student in two files, and a missing shard.
    Merge {
        /// The results files (`procscen grade --results FILE`).
        #[arg(required = true)]
        results: Vec<PathBuf>,
        /// Write the class's CSV gradebook (as `grade --gradebook` writes it).
        #[arg(long, value_name = "FILE")]
        gradebook: Option<PathBuf>,
        /// Write the joined results as one results file.
        #[arg(long = "results-out", value_name = "FILE")]
        results_out: Option<PathBuf>,
    },
    /// Write an assignment's autograder for a course platform; see docs/grading.md.
    Export {
        #[command(subcommand)]
        target: ExportTarget,
    },
    /// `procscen bench`'s measuring process: runs the command and prints its wall time and
    /// peak memory.
    #[command(name = "__measure", hide = true)]
    Measure {
        #[arg(required = true, last = true)]
        command: Vec<String>,
    },
}

/// The arguments of `procscen run`.
#[derive(clap::Args)]
struct RunArgs {
    /// Scenario files or directories.
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    /// Multiply every sleep by this instead of the scenario's `time_scale`.
    #[arg(long, value_parser = bounds::parse_time_scale)]
    time_scale: Option<f64>,
    /// Kill a run after this long instead of the scenario's `timeout` (e.g. `5s`).
    #[arg(long, value_parser = parse_duration)]
    timeout: Option<std::time::Duration>,
    /// Write the snapshot of each run that differs or is missing.
    #[arg(long)]
    accept: bool,
    /// Fail on a missing snapshot instead of writing it, as under env `CI` (which sets
    /// this too). A different snapshot always fails without `--accept`.
    #[arg(long)]
    ci: bool,
    /// Show every check and every run's output, not only failures.
    #[arg(short, long)]
    verbose: bool,
    /// Run each scenario this many times and report how often each check held.
    #[arg(long, default_value_t = 1)]
    repeat: usize,
    /// Sleep a random time up to this long before every action (e.g. `2ms`), to find
    /// orders that hold only by chance.
    #[arg(long, value_parser = parse_duration)]
    jitter: Option<std::time::Duration>,
    /// The jitter's seed, printed by every jittered run so a failure can be replayed.
    #[arg(long)]
    seed: Option<u64>,
    /// Stop a run whose processes record more than this many MiB of events, instead of
    /// the scenario's `max_recorded_mib` (default 512).
    #[arg(long, value_parser = bounds::limit_parser("max_recorded_mib"))]
    max_recorded_mib: Option<u64>,
    #[command(flatten)]
    limits: LimitArgs,
    #[command(flatten)]
    files: FileArgs,
    /// Write an HTML page per scenario into this directory (the process tree, a timeline
    /// of every process with its causal edges, the checks), and an index.html.
    #[arg(long)]
    report: Option<PathBuf>,
    /// `text` (the verdicts, the default) or `mermaid` (each run as a Mermaid sequence
    /// diagram, for markdown).
    #[arg(long, default_value = "text", value_parser = ["text", "mermaid"])]
    format: String,
}

/// The arguments of `procscen grade`.
#[derive(clap::Args)]
struct GradeArgs {
    /// A scenario file with a `program` (see scenarios/assignments/).
    scenario: PathBuf,
    /// Submissions: each file or directory is one, given to the program as `{submission}`.
    #[arg(required_unless_present = "class")]
    submissions: Vec<PathBuf>,
    /// A class's directory: each of its entries (a file or a folder, hidden ones left out)
    /// is one student's submission, named by its file name without extension. Repeatable.
    #[arg(long, value_name = "DIR")]
    class: Vec<PathBuf>,
    /// Write a CSV gradebook: student, score, max, ending, seconds, and each check's points.
    #[arg(long, value_name = "FILE")]
    gradebook: Option<PathBuf>,
    /// Grade only the K-th of N parts of the submissions (1 <= K <= N <= 1000), dealt out
    /// in turn from the students sorted by name, the same on every machine; join the
    /// parts' `--results` with `procscen merge`.
    #[arg(long, value_name = "K/N", value_parser = procscen::judge::grade::class::Shard::parse)]
    shard: Option<procscen::judge::grade::class::Shard>,
    /// Write the class's results as JSON (each student's score, ending, time and checks),
    /// for `procscen merge`.
    #[arg(long, value_name = "FILE")]
    results: Option<PathBuf>,
    /// Kill a run after this long instead of the scenario's `timeout` (e.g. `5s`).
    #[arg(long, value_parser = parse_duration)]
    timeout: Option<std::time::Duration>,
    /// Grade this many submissions at once.
    #[arg(long, default_value_t = 1)]
    jobs: usize,
    /// `human`, `json` (one document per line), `junit` (XML) or `gradescope` (one
    /// results.json document per line).
    #[arg(long, default_value = "human", value_parser = ["human", "json", "junit", "gradescope"])]
    format: String,
    /// Observe without ptrace: output-only checks, the others reported as not checked.
    #[arg(long)]
    no_ptrace: bool,
    /// Run programs without new namespaces (network, /tmp, working directory), whatever
    /// the scenario's `isolate` says.
    #[arg(long)]
    no_isolate: bool,
    /// Refuse to run a program the kernel will not isolate (its record says why, score 0)
    /// rather than run it unisolated and say so in its report: for a machine where the
    /// program would run as root beside the grader's files (an exported Gradescope
    /// autograder uses it).
    #[arg(long, conflicts_with = "no_isolate")]
    require_isolation: bool,
    #[command(flatten)]
    limits: LimitArgs,
    #[command(flatten)]
    files: FileArgs,
    /// Pass this variable of procscen's environment on to the program (repeatable); the
    /// program otherwise gets only PATH, LANG, LANGUAGE, LC_*, PYENV_ROOT, PYENV_VERSION,
    /// HOME (its working copy) and the scenario's `env:`.
    #[arg(long = "pass-env", value_name = "NAME")]
    pass_env: Vec<String>,
    /// Write an HTML page per submission into this directory (its process tree, a
    /// timeline with the causal edges, the checks), and an index.html.
    #[arg(long)]
    report: Option<PathBuf>,
}

/// The arguments of `procscen trace`.
#[derive(clap::Args)]
struct TraceArgs {
    /// Kill the program after this long.
    #[arg(long, value_parser = parse_duration, default_value = "10s")]
    timeout: std::time::Duration,
    /// Stop the program when more than this many of its processes are alive at once.
    #[arg(long, default_value_t = 64, value_parser = procs_parser)]
    max_procs: u32,
    /// Only capture the output, without ptrace.
    #[arg(long)]
    no_ptrace: bool,
    /// The command and its arguments.
    #[arg(required = true, last = true)]
    command: Vec<String>,
}

#[derive(Subcommand)]
enum ExportTarget {
    /// A Gradescope autograder: `setup.sh` (installs procscen and the assignment's
    /// toolchain), `run_autograder` (grades /autograder/submission into
    /// /autograder/results/results.json), the assignment and the procscen binary. Zip the
    /// directory's contents and upload the zip to Gradescope.
    Gradescope {
        /// A scenario file with a `program`.
        assignment: PathBuf,
        /// The directory to write (made if missing; the files it writes are replaced).
        dir: PathBuf,
        /// The procscen binary to install (default: this one).
        #[arg(long)]
        binary: Option<PathBuf>,
        #[command(flatten)]
        files: FileArgs,
    },
}

/// Writes to stdout. When the reader has closed the pipe (Rust ignores SIGPIPE, so the write
/// returns the error), ends the process with status 141, the status a shell shows for a
/// process killed by SIGPIPE; runs this process started are stopped by their parent-death
/// signal.
fn write_stdout(args: std::fmt::Arguments) {
    use std::io::Write;
    if let Err(e) = std::io::stdout().lock().write_fmt(args) {
        let broken = e.kind() == std::io::ErrorKind::BrokenPipe;
        if !broken {
            eprintln!("procscen: cannot write to stdout: {e}");
        }
        std::process::exit(if broken { 141 } else { 2 });
    }
}

fn main() -> ExitCode {
    // The processes the library starts (a run's supervisor, a tracer, a spawned image) are
    // this binary with a hidden first argument; they are not commands of the CLI.
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    if let Some(code) = procscen::sources::helper::dispatch(&args) {
        return ExitCode::from(code as u8);
    }
    if let Some(name) = option_named_like_a_file(&args[1..]) {
        eprintln!(
            "procscen: `{}` is an option and also the name of a file here: a shell's `*` that expands to a file named like an option hands it to procscen as that option (a submission named `--no-isolate` would turn the sandbox off for every submission). Put `--` before the files (`procscen grade ASSIGNMENT.yaml -- *`), or rename the file",
            name.to_string_lossy()
        );
        return ExitCode::from(2);
    }
    // Usage lines and clap's hints name the command that runs this procscen from here (its
    // path, or `cargo run --`, when no `procscen` on PATH is this one), so they work as printed.
    let matches = Cli::command().bin_name(procscen::invocation::command()).get_matches();
    let cli = Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit());
    match dispatch(cli.command) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(e) => {
            eprintln!("procscen: {e:#}");
            ExitCode::from(2)
        }
    }
}

/// The first argument before `--` that reads as an option (`-x`, `--name`, `--name=value`) and
/// is also the name of a file in the working directory: what a shell's `*` gives for a file a
/// student named like an option (red team round 21, M6: a submission named `--no-isolate`
/// graded the whole class without the sandbox, and the report said nothing of it).
fn option_named_like_a_file(args: &[std::ffi::OsString]) -> Option<&std::ffi::OsString> {
    use std::os::unix::ffi::OsStrExt;
    args.iter()
        .take_while(|a| a.as_bytes() != b"--")
        .find(|a| a.as_bytes().starts_with(b"-") && a.len() > 1 && std::fs::symlink_metadata(a).is_ok())
}

fn dispatch(command: Command) -> Result<bool> {
    match command {
        Command::Run(args) => run_command(args),
        Command::Validate { paths, files } => validate(&paths, files.max_bytes()),
        Command::Init { dir, procscen_path, procscen_version } => {
            let source = match (&procscen_path, &procscen_version) {
                (Some(p), _) => init::Source::Path(p),
                (None, Some(v)) => init::Source::Registry(v),
                (None, None) => init::Source::BuiltFrom,
            };
            for line in init::init(&dir, source)? {
                outln!("{line}");
            }
            Ok(true)
        }
        Command::Schema => {
            out!("{}", procscen::model::scenario::json_schema());
            Ok(true)
        }
        Command::Bench { items, children, lines, tasks, repeat, checker_events, recording_items, only_recording } => {
            let checker_events = checker_events.into_iter().map(|n| n as usize).collect();
            let repeat = repeat as usize;
            let sizes =
                bench::Sizes { items, children, lines, tasks, repeat, checker_events, recording_items, only_recording };
            bench::run(sizes).map(|_| true)
        }
        Command::Grade(args) => grade_command(args),
        Command::Merge { results, gradebook, results_out } => {
            merge(&results, gradebook.as_deref(), results_out.as_deref())
        }
        Command::Export { target: ExportTarget::Gradescope { assignment, dir, binary, files } } => {
            let scenario = match procscen::model::scenario::load_with(&assignment, files.max_bytes()) {
                Ok(s) => s,
                Err(e) => {
                    eprint!("{}", e.render(std::io::stderr().is_terminal()));
                    anyhow::bail!("{} is not a valid scenario", assignment.display());
                }
            };
            let binary = match binary {
                Some(b) => b,
                None => std::env::current_exe().context("cannot find this procscen's binary; give it with --binary")?,
            };
            let done = export::gradescope(&scenario, &assignment, &dir, &binary)?;
            for tool in &done.unknown_tools {
                eprintln!(
                    "note: the program runs `{tool}`: add its installation to {}",
                    dir.join("setup.sh").display()
                );
            }
            outln!("wrote a Gradescope autograder to {}", dir.display());
            outln!("upload a zip of its contents: (cd {} && zip -r ../autograder.zip .)", dir.display());
            Ok(true)
        }
        Command::Audit { assignment, format, jobs, timeout, no_isolate, files } => {
            audit(&assignment, &format, jobs, timeout, no_isolate, files.max_bytes())
        }
        Command::Draft { output, runs, timeout, no_isolate, command } => {
            draft(output.as_deref(), runs, timeout, no_isolate, &command)
        }
        Command::Trace(args) => trace_command(args),
        Command::Measure { command } => bench::measure_command(&command),
    }
}

/// `procscen run`: one run of each file, repeated runs, or Mermaid diagrams.
fn run_command(args: RunArgs) -> Result<bool> {
    let RunArgs {
        paths,
        time_scale,
        timeout,
        accept,
        ci,
        verbose,
        repeat,
        jitter,
        seed,
        max_recorded_mib,
        limits,
        files,
        report,
        format,
    } = args;
    let jitter = jitter
        .or(seed.map(|_| DEFAULT_JITTER))
        .map(|max| engine::Jitter { max_ns: max.as_nanos() as u64, seed: seed.unwrap_or_else(rand_seed) });
    let record_limit = max_recorded_mib.map(bounds::mib_to_bytes);
    let options = RunOptions {
        time_scale,
        timeout,
        jitter,
        record_limit,
        limits: limits.overrides(),
        max_file_bytes: Some(files.max_bytes()),
        ..RunOptions::default()
    };
    anyhow::ensure!(
        report.is_none() || (format == "text" && repeat <= 1 && jitter.is_none()),
        "--report draws one run of each scenario; use it without --format mermaid, --repeat or --jitter"
    );
    if format == "mermaid" {
        return each_scenario_with(&paths, "%% ", |file| {
            let evaluation = suite::evaluate(file, &options)?;
            outln!("%% {} ({})", evaluation.scenario.name, file.display());
            out!("{}", procscen::render::mermaid::sequence_diagram(&evaluation.trace));
            Ok(evaluation.checks_passed())
        });
    }
    if repeat > 1 || jitter.is_some() {
        anyhow::ensure!(!accept, "--accept writes one run's snapshot; use it without --repeat or --jitter");
        run_repeated(&paths, &options, repeat.max(1))
    } else {
        run(&paths, options, suite::Update::for_run(accept, ci), verbose, report.as_deref())
    }
}

/// `procscen grade`: the submissions named and the classes' folders, or one shard of them.
fn grade_command(args: GradeArgs) -> Result<bool> {
    let GradeArgs {
        scenario,
        submissions,
        class,
        gradebook,
        shard,
        results,
        timeout,
        jobs,
        format,
        no_ptrace,
        no_isolate,
        require_isolation,
        limits,
        files,
        pass_env,
        report,
    } = args;
    let options = procscen::judge::grade::GradeOptions {
        timeout,
        no_ptrace,
        no_isolate,
        require_isolation,
        limits: limits.overrides(),
        procscen_binary: None,
        pass_env,
        hidden: Vec::new(),
    };
    let scenario = (scenario, files.max_bytes());
    let entries: Vec<(String, PathBuf)> = submissions.into_iter().map(|p| (p.display().to_string(), p)).collect();
    let mut entries = with_classes(entries, &class)?;
    if let Some(shard) = shard {
        let all = entries.len();
        entries = shard.select(entries);
        eprintln!("shard {shard}: {} of the {all} submissions", entries.len());
    }
    let (students, submissions): (Vec<String>, Vec<PathBuf>) = entries.into_iter().unzip();
    let outputs = Outputs {
        format: &format,
        report: report.as_deref(),
        gradebook: gradebook.as_deref(),
        results: results.as_deref(),
        shard,
    };
    grade(scenario, &submissions, &students, &options, jobs.max(1), outputs)
}

/// `procscen trace`: one observed run of a command, shown as its report.
fn trace_command(args: TraceArgs) -> Result<bool> {
    let TraceArgs { timeout, max_procs, no_ptrace, command } = args;
    let limits = procscen::sources::observer::Limits { timeout, max_processes: max_procs, ..Default::default() };
    let request = procscen::sources::observer::Request {
        argv: command.clone(),
        cwd: std::env::current_dir().context("no working directory")?,
        env: std::env::vars().collect(),
        stdin: None,
        limits,
        trace: !no_ptrace,
        isolate: false,
        writable: Vec::new(),
        scratch: Vec::new(),
        hidden: Vec::new(),
        cgroup: None,
        pids_cgroup: None,
        require_isolation: false,
    };
    let response = procscen::sources::observer::observe(&request, None)?;
    if let Some(e) = response.start_error {
        anyhow::bail!("{e}");
    }
    let observation = procscen::sources::observer::build::observation(&command.join(" "), &response, &[]);
    out!("{}", procscen::render::report::observation(&observation));
    Ok(true)
}

fn run(
    paths: &[PathBuf],
    options: RunOptions,
    update: suite::Update,
    verbose: bool,
    report: Option<&std::path::Path>,
) -> Result<bool> {
    let mut pages = ReportDir::new(report)?;
    let all_passed = each_scenario(paths, |file| {
        let evaluation = suite::evaluate(file, &options)?;
        let status = suite::compare_snapshot(&evaluation, update)
            .with_context(|| format!("cannot write the snapshot of {}", file.display()))?;
        out!("{}", procscen::render::report::scenario(&evaluation.view(), &status, verbose));
        let passed = evaluation.checks_passed() && status.passes();
        let summary = format!("{} ({})", evaluation.scenario.name, file.display());
        pages.add(&procscen::judge::snapshot::name(file), &summary, passed, || {
            procscen::render::html::for_scenario(&evaluation.view())
        })?;
        // Freed on a thread of its own: a big run's trace is hundreds of thousands of events,
        // and freeing them was tens of milliseconds the user waited for after the verdict.
        // The next file's run does not wait for it, and the exit does not either.
        std::thread::spawn(move || drop(evaluation));
        Ok(passed)
    })?;
    pages.finish("procscen run")?;
    Ok(all_passed)
}

/// A directory of HTML pages being written (`--report DIR`), or nothing when none was asked.
struct ReportDir {
    dir: Option<PathBuf>,
    /// Each page's file name, summary and verdict, for the index.
    pages: Vec<(String, String, bool)>,
}

impl ReportDir {
    fn new(dir: Option<&std::path::Path>) -> Result<ReportDir> {
        if let Some(d) = dir {
            std::fs::create_dir_all(d).with_context(|| format!("cannot make the report directory {}", d.display()))?;
        }
        Ok(ReportDir { dir: dir.map(PathBuf::from), pages: Vec::new() })
    }

    /// Writes the page `html()` as `stem.html` (made unique in the directory, and never
    /// `index.html`, the index's: a student's entry named `index` lost its page to it).
    fn add(&mut self, stem: &str, summary: &str, passed: bool, html: impl FnOnce() -> String) -> Result<()> {
        let Some(dir) = &self.dir else { return Ok(()) };
        let mut name = procscen::render::html::file_name(stem);
        let mut n = 1;
        while name == "index.html" || self.pages.iter().any(|(f, _, _)| *f == name) {
            n += 1;
            name = procscen::render::html::file_name(&format!("{stem}-{n}"));
        }
        let path = dir.join(&name);
        std::fs::write(&path, html()).with_context(|| format!("cannot write {}", path.display()))?;
        self.pages.push((name, summary.to_owned(), passed));
        Ok(())
    }

    /// Writes the index of a class's pages, with the histogram of its scores, and says where
    /// the report is.
    fn finish_class(&self, title: &str, bins: &[procscen::judge::grade::class::Bin]) -> Result<()> {
        let Some(dir) = &self.dir else { return Ok(()) };
        let index = dir.join("index.html");
        std::fs::write(&index, procscen::render::html::class_index(title, &self.pages, bins))
            .with_context(|| format!("cannot write {}", index.display()))?;
        eprintln!("report: {}", index.display());
        Ok(())
    }

    /// Writes the index and says where the report is.
    fn finish(&self, title: &str) -> Result<()> {
        let Some(dir) = &self.dir else { return Ok(()) };
        let index = dir.join("index.html");
        std::fs::write(&index, procscen::render::html::index(title, &self.pages))
            .with_context(|| format!("cannot write {}", index.display()))?;
        eprintln!("report: {}", index.display());
        Ok(())
    }
}

/// Runs `one` on every scenario file under `paths`, prints a FAIL line for a file that does
/// not load or run, and a summary; true when every file passed.
fn each_scenario(paths: &[PathBuf], one: impl FnMut(&PathBuf) -> Result<bool>) -> Result<bool> {
    each_scenario_with(paths, "", one)
}

/// `each_scenario`, with the summary line prefixed (a comment marker for Mermaid output).
fn each_scenario_with(paths: &[PathBuf], prefix: &str, mut one: impl FnMut(&PathBuf) -> Result<bool>) -> Result<bool> {
    let files = suite::collect(paths).context("cannot list the scenario files")?;
    let color = std::io::stderr().is_terminal();
    let (mut passed, mut failed) = (0, 0);
    for file in &files {
        let ok = match one(file) {
            Ok(ok) => ok,
            Err(e) => match e.downcast::<EvaluateError>() {
                Ok(EvaluateError::Load(e)) => {
                    outln!("FAIL {}: the file is not a valid scenario", file.display());
                    eprint!("{}", e.render(color));
                    false
                }
                Ok(e) => {
                    outln!("FAIL {e}");
                    false
                }
                Err(other) => return Err(other),
            },
        };
        if ok {
            passed += 1;
        } else {
            failed += 1;
        }
    }
    outln!("{prefix}{passed} passed, {failed} failed");
    Ok(failed == 0)
}

/// The jitter of `--seed` given without `--jitter`.
const DEFAULT_JITTER: std::time::Duration = std::time::Duration::from_millis(2);

/// A seed for a jittered run when none was given: printed, so the run can be replayed.
fn rand_seed() -> u64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos() as u64 % 1_000_000)
}

fn run_repeated(paths: &[PathBuf], options: &RunOptions, runs: usize) -> Result<bool> {
    each_scenario(paths, |file| {
        let r = suite::repeat(file, options, runs)?;
        out!("{}", procscen::render::report::repetition(&r));
        Ok(r.passed())
    })
}

/// The submissions given one by one (each named by its path) and those of each class
/// directory. A name that two of them would share (`alice` in `--class a` and in `--class b`:
/// two rows no gradebook can tell apart and `merge` refuses) is given its class directory in
/// front (`a/alice`, `b/alice`); a class directory given twice is refused, as it would grade
/// each of its students twice under one name.
fn with_classes(mut entries: Vec<(String, PathBuf)>, classes: &[PathBuf]) -> Result<Vec<(String, PathBuf)>> {
    let mut dirs = std::collections::HashSet::new();
    let mut from_classes = Vec::new();
    for dir in classes {
        let same = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.clone());
        if !dirs.insert(same) {
            anyhow::bail!("the class {} is given twice: give each class directory once", dir.display());
        }
        from_classes.extend(class_submissions(dir)?.into_iter().map(|(student, path)| (dir, student, path)));
    }
    let mut seen: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for name in entries.iter().map(|(s, _)| s).chain(from_classes.iter().map(|(_, s, _)| s)) {
        *seen.entry(name.clone()).or_default() += 1;
    }
    for (dir, student, path) in from_classes {
        let student = if seen[student.as_str()] > 1 {
            let dir = dir.display().to_string();
            format!("{}/{student}", procscen::render::escape::unambiguous(dir.trim_end_matches('/')))
        } else {
            student
        };
        entries.push((student, path));
    }
    Ok(entries)
}

/// The submissions of a class's directory, sorted: (student, path) for each entry that is not
/// hidden, the student named by the entry's file name without its extension, or with it when
/// another entry would have the same name (`alice.py` and `alice.txt` were two rows named
/// `alice`, which no gradebook can tell apart and `merge` refuses).
fn class_submissions(dir: &std::path::Path) -> Result<Vec<(String, PathBuf)>> {
    use std::os::unix::ffi::OsStrExt;
    let mut found: Vec<(std::ffi::OsString, PathBuf)> = Vec::new();
    for entry in std::fs::read_dir(dir).with_context(|| format!("cannot list the class {}", dir.display()))? {
        let path = entry.with_context(|| format!("cannot list the class {}", dir.display()))?.path();
        let Some(name) = path.file_name().map(std::ffi::OsStr::to_os_string) else { continue };
        if name.as_bytes().starts_with(b".") {
            continue;
        }
        let student = if path.is_dir() { name } else { path.file_stem().map_or(name, |s| s.to_os_string()) };
        found.push((student, path));
    }
    // Each entry that shares its name with another takes its whole file name, until no two
    // share one: `bob.py.c` is `bob.py` without its extension, which `bob.py` is with its own
    // once `bob.txt` is there (red team round 22: two rows `bob.py`, and `merge` refused the
    // class). File names are unique in a directory, so this ends.
    let mut whole = vec![false; found.len()];
    let mut named: Vec<(String, PathBuf)> = loop {
        let names: Vec<String> = found
            .iter()
            .zip(&whole)
            .map(|((student, path), &whole)| {
                let name =
                    if whole { path.file_name().map_or(student.as_os_str(), |n| n) } else { student.as_os_str() };
                procscen::render::escape::os_name(name)
            })
            .collect();
        let mut count: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
        for name in &names {
            *count.entry(name.as_str()).or_default() += 1;
        }
        let clashes: Vec<usize> = (0..names.len()).filter(|&i| count[names[i].as_str()] > 1 && !whole[i]).collect();
        if clashes.is_empty() {
            break names.into_iter().zip(found.into_iter().map(|(_, path)| path)).collect();
        }
        for i in clashes {
            whole[i] = true;
        }
    };
    named.sort();
    Ok(named)
}

/// Where `grade` writes: the format of standard output, and the optional files.
struct Outputs<'a> {
    format: &'a str,
    report: Option<&'a std::path::Path>,
    gradebook: Option<&'a std::path::Path>,
    results: Option<&'a std::path::Path>,
    /// The part of the class graded here, recorded in the results file.
    shard: Option<procscen::judge::grade::class::Shard>,
}

fn grade(
    (scenario_path, max_file_bytes): (PathBuf, u64),
    submissions: &[PathBuf],
    students: &[String],
    options: &procscen::judge::grade::GradeOptions,
    jobs: usize,
    Outputs { format, report, gradebook, results: results_file, shard }: Outputs,
) -> Result<bool> {
    use procscen::judge::grade::{self, class};
    use procscen::render::grade as fmt;
    let scenario = match procscen::model::scenario::load_with(&scenario_path, max_file_bytes) {
        Ok(s) => s,
        Err(e) => {
            eprint!("{}", e.render(std::io::stderr().is_terminal()));
            return Ok(false);
        }
    };
    anyhow::ensure!(
        scenario.program.is_some(),
        "{} has no `program:` to grade; see docs/grading.md",
        scenario_path.display()
    );
    // The scenario's directory holds the reference solutions: the program never sees it.
    let mut options = options.clone();
    options.hidden.extend(std::path::absolute(&scenario_path).ok().and_then(|p| p.parent().map(PathBuf::from)));
    let options = &options;
    let next = std::sync::atomic::AtomicUsize::new(0);
    // Each submission's grade, and how long grading it took in seconds.
    type Graded = (Result<grade::Grade, String>, f64);
    let results: std::sync::Mutex<Vec<Option<Graded>>> = std::sync::Mutex::new(vec![None; submissions.len()]);
    let progress = progress::Progress::new(submissions.len());
    std::thread::scope(|scope| {
        for _ in 0..jobs.min(submissions.len()) {
            scope.spawn(|| loop {
                let i = next.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                let Some(submission) = submissions.get(i) else { break };
                let started = std::time::Instant::now();
                let g = grade::grade(&scenario, submission, options).map_err(|e| e.to_string());
                let seconds = started.elapsed().as_secs_f64();
                // Counted and drawn under the lock, so that the bar only grows and ends full.
                let mut slots = results.lock().expect("no grader panics");
                slots[i] = Some((g, seconds));
                let n = slots.iter().filter(|s| s.is_some()).count();
                progress.step(n, students.get(i).map_or("", String::as_str));
            });
        }
    });
    progress.finish();
    // Every submission gets its record, in the order given: one the grader failed on is that
    // submission's verdict, and the others are still printed.
    let mut grades = Vec::new();
    let mut rows = Vec::new();
    for ((submission, student), r) in
        submissions.iter().zip(students).zip(results.into_inner().expect("no grader panics"))
    {
        let (r, seconds) = r.expect("every submission graded");
        let g = match r {
            Ok(g) => g,
            Err(e) => grade::not_graded(&scenario, submission, grade::GradeEnding::InternalError, e),
        };
        rows.push(class::StudentResult::new(student, &g, seconds));
        grades.push(g);
    }
    // Every grade lists every check; with no submission (an empty shard), a grade of nothing
    // still names them.
    let checks = match grades.first() {
        Some(g) => g.checks.clone(),
        None => {
            grade::not_graded(&scenario, std::path::Path::new(""), grade::GradeEnding::NotFound, String::new()).checks
        }
    };
    let file = std::fs::read(&scenario_path).with_context(|| format!("cannot read {}", scenario_path.display()))?;
    let class_results = class::ClassResults::new(&scenario.name, &file, shard, &checks, rows);
    let mut pages = ReportDir::new(report)?;
    for g in &grades {
        // The submission by its name in the class, not its path: the pages are handed to
        // students, and the teacher's directories are none of their business (blind14).
        let stem = g.submission.file_name().map_or("submission".into(), |n| n.to_string_lossy().into_owned());
        let summary = format!("{stem}: {}/{} ({})", g.score, g.max_score, g.ending);
        pages.add(&stem, &summary, g.full_marks(), || procscen::render::html::for_grade(g))?;
    }
    let title = format!("procscen grade: {}", scenario.name);
    if grades.len() > 1 {
        pages.finish_class(&title, &class::histogram(&class_results))?;
    } else {
        pages.finish(&title)?;
    }
    write_class_files(&class_results, gradebook, results_file)?;
    let today = grade::today();
    match format {
        "json" => grades.iter().for_each(|g| outln!("{}", fmt::json(g))),
        "gradescope" => grades
            .iter()
            .for_each(|g| outln!("{}", procscen::render::escape::json(&fmt::gradescope(g, &today).to_string()))),
        "junit" => out!("{}", fmt::junit(&grades)),
        _ => {
            for g in &grades {
                out!("{}", fmt::human(g, &today));
                outln!();
            }
            if grades.len() > 1 {
                print_class_summary(&class_results);
            }
        }
    }
    // Exit 1 when some submission could not be graded, so a script notices.
    Ok(grades.iter().all(|g| g.graded()))
}

/// Writes the gradebook and the results file of a class, each when asked.
fn write_class_files(
    results: &procscen::judge::grade::class::ClassResults,
    gradebook: Option<&std::path::Path>,
    results_file: Option<&std::path::Path>,
) -> Result<()> {
    if let Some(file) = gradebook {
        std::fs::write(file, procscen::render::grade::gradebook(results))
            .with_context(|| format!("cannot write the gradebook {}", file.display()))?;
    }
    if let Some(file) = results_file {
        let json = serde_json::to_string_pretty(results).context("the results as JSON")?;
        let json = procscen::render::escape::json(&json).into_owned();
        std::fs::write(file, json + "\n").with_context(|| format!("cannot write the results {}", file.display()))?;
    }
    Ok(())
}

/// A class's summary: a table of the students (score, time, ending), then how many passed
/// each check.
fn print_class_summary(results: &procscen::judge::grade::class::ClassResults) {
    use procscen::render::escape::{terminal as escape, Breaks};
    // Names and endings come from students' file names and programs.
    let name = |s: &str| escape(s, Breaks::Escape).into_owned();
    let width = results.students.iter().map(|s| name(&s.student).chars().count()).max().unwrap_or(0).max(7);
    let score = |s: &procscen::judge::grade::class::StudentResult| format!("{}/{}", s.score, s.max_score);
    // As wide as the widest score (`14.5/14.5`), so that the columns after it line up.
    let score_width = results.students.iter().map(|s| score(s).len()).max().unwrap_or(0).max(5);
    outln!("{:width$}  {:>score_width$}     time  ending", "student", "score");
    for s in &results.students {
        let time = format!("{:.1} s", s.seconds);
        outln!("{:width$}  {:>score_width$}  {time:>7}  {}", name(&s.student), score(s), name(&s.ending.to_string()));
    }
    outln!();
    outln!("passed  check");
    let total = results.students.len();
    for (check, passed) in procscen::judge::grade::class::pass_counts(results) {
        outln!("{:>6}  {}", format!("{passed}/{total}"), name(&check));
    }
}

/// `procscen merge`: joins results files into one class.
fn merge(
    files: &[PathBuf],
    gradebook: Option<&std::path::Path>,
    results_out: Option<&std::path::Path>,
) -> Result<bool> {
    use procscen::judge::grade::class;
    let mut read = Vec::new();
    for file in files {
        read.push((file.clone(), class::ClassResults::read(file)?));
    }
    let merged = class::merge(&read)?;
    print_class_summary(&merged);
    write_class_files(&merged, gradebook, results_out)?;
    Ok(merged.students.iter().all(|s| s.graded))
}

fn audit(
    path: &std::path::Path,
    format: &str,
    jobs: usize,
    timeout: Option<std::time::Duration>,
    no_isolate: bool,
    max_file_bytes: u64,
) -> Result<bool> {
    use procscen::judge::grade::audit;
    let scenario = match procscen::model::scenario::load_with(path, max_file_bytes) {
        Ok(s) => s,
        Err(e) => {
            eprint!("{}", e.render(std::io::stderr().is_terminal()));
            anyhow::bail!("{} is not a valid scenario", path.display());
        }
    };
    let options = audit::AuditOptions {
        grade: procscen::judge::grade::GradeOptions { timeout, no_isolate, ..Default::default() },
        jobs: jobs.max(1),
    };
    let result = match audit::audit(&scenario, &options) {
        Ok(result) => result,
        // The reference's grade report says why it fails; grading leaves showing it to us.
        Err(e @ audit::AuditError::ReferenceFails { .. }) => {
            let report = match &e {
                audit::AuditError::ReferenceFails { grade, .. } => {
                    procscen::render::grade::human(grade, &procscen::judge::grade::today())
                }
                _ => String::new(),
            };
            anyhow::bail!("cannot audit {}: {e}\n{report}", path.display())
        }
        Err(e) => return Err(e).with_context(|| format!("cannot audit {}", path.display())),
    };
    if format == "json" {
        outln!("{}", procscen::render::escape::json(&serde_json::to_string(&result).context("the audit as JSON")?));
    } else {
        // The reference as the teacher would name it: relative to where procscen runs.
        let cwd = std::env::current_dir().and_then(std::fs::canonicalize).unwrap_or_default();
        let reference = std::fs::canonicalize(&result.reference).unwrap_or_else(|_| result.reference.clone());
        let shown = reference.strip_prefix(&cwd).unwrap_or(&reference).display().to_string();
        out!("{}", audit::human(&result, &shown));
    }
    let no_survivor = result.survivors().next().is_none();
    Ok(no_survivor)
}

/// `procscen draft`: the draft is written only when it was made whole.
fn draft(
    output: Option<&std::path::Path>,
    runs: u32,
    timeout: std::time::Duration,
    no_isolate: bool,
    command: &[String],
) -> Result<bool> {
    use procscen::judge::grade::draft;
    let cwd = std::env::current_dir().context("no working directory")?;
    // Before minutes of runs: the draft's directory must be there.
    if let Some(dir) = output.and_then(|f| f.parent()).filter(|d| !d.as_os_str().is_empty()) {
        anyhow::ensure!(dir.is_dir(), "no draft was written: {} is not a directory", dir.display());
    }
    // On standard output, the reference is named relative to the current directory.
    let at = output.map_or_else(|| cwd.join("draft.yaml"), PathBuf::from);
    let options = draft::DraftOptions {
        runs,
        grade: procscen::judge::grade::GradeOptions { no_isolate, ..Default::default() },
        timeout: Some(timeout),
    };
    let made = draft::draft(command, &cwd, &at, &options).context("no draft was written")?;
    match output {
        Some(file) => {
            std::fs::write(file, &made.yaml).with_context(|| format!("cannot write {}", file.display()))?;
            eprintln!("draft: {} ({} checks)", file.display(), made.checks);
        }
        None => out!("{}", made.yaml),
    }
    Ok(true)
}

fn validate(paths: &[PathBuf], max_file_bytes: u64) -> Result<bool> {
    let files = suite::collect(paths).context("cannot list the scenario files")?;
    let color = std::io::stderr().is_terminal();
    let mut all_ok = true;
    for file in &files {
        match procscen::model::scenario::load_with(file, max_file_bytes) {
            Ok(s) => outln!("ok {} ({})", file.display(), s.name),
            Err(e) => {
                all_ok = false;
                outln!("invalid {}", file.display());
                eprint!("{}", e.render(color));
            }
        }
    }
    Ok(all_ok)
}
