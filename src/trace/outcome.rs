//! Typed parts of how processes and runs end: the signal that killed a process and the limit
//! that stopped a run. They are values, not texts, so that code branches on a variant instead
//! of comparing names, while `Display` gives the exact words reports, snapshots and grades have
//! always shown ("SIGSEGV", "processes (40 at once)", "runtime error (exit 1)").

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A signal, as a process's ending or a run's interruption names it.
///
/// A trace crosses a process boundary (the observer sends it with postcard) and is written as
/// JSON, so it serializes as its name ("SIGTERM"), which is what the trace held when it was a
/// string; the name does not depend on the machine the way a signal's number can.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Signal(i32);

/// The names of the signals nix has no variant for, the real-time ones, by number from 32:
/// glibc keeps 32 and 33 for itself (thread cancellation, set*id across threads), and its
/// `SIGRTMIN` is 34. A program may send or be killed by any of them (a POSIX timer, `sigqueue`,
/// `pthread_cancel`), and the tracer delivers and names them as any other.
const REALTIME: [&str; 33] = [
    "SIG32",
    "SIG33",
    "SIGRTMIN",
    "SIGRTMIN+1",
    "SIGRTMIN+2",
    "SIGRTMIN+3",
    "SIGRTMIN+4",
    "SIGRTMIN+5",
    "SIGRTMIN+6",
    "SIGRTMIN+7",
    "SIGRTMIN+8",
    "SIGRTMIN+9",
    "SIGRTMIN+10",
    "SIGRTMIN+11",
    "SIGRTMIN+12",
    "SIGRTMIN+13",
    "SIGRTMIN+14",
    "SIGRTMIN+15",
    "SIGRTMIN+16",
    "SIGRTMIN+17",
    "SIGRTMIN+18",
    "SIGRTMIN+19",
    "SIGRTMIN+20",
    "SIGRTMIN+21",
    "SIGRTMIN+22",
    "SIGRTMIN+23",
    "SIGRTMIN+24",
    "SIGRTMIN+25",
    "SIGRTMIN+26",
    "SIGRTMIN+27",
    "SIGRTMIN+28",
    "SIGRTMIN+29",
    "SIGRTMAX",
];

impl Signal {
    pub const SIGHUP: Signal = Signal(libc::SIGHUP);
    pub const SIGINT: Signal = Signal(libc::SIGINT);
    pub const SIGKILL: Signal = Signal(libc::SIGKILL);
    pub const SIGSEGV: Signal = Signal(libc::SIGSEGV);
    pub const SIGTERM: Signal = Signal(libc::SIGTERM);
    pub const SIGXCPU: Signal = Signal(libc::SIGXCPU);

    /// The signal of this number, real-time ones included (1 to 64); `None` for any other.
    pub fn from_number(n: i32) -> Option<Signal> {
        let named = nix::sys::signal::Signal::try_from(n).is_ok();
        (named || (32..=64).contains(&n)).then_some(Signal(n))
    }

    /// Its name: "SIGTERM", "SIGRTMIN+3".
    pub fn as_str(self) -> &'static str {
        match nix::sys::signal::Signal::try_from(self.0) {
            Ok(s) => s.as_str(),
            Err(_) => REALTIME.get((self.0 - 32) as usize).copied().unwrap_or("SIG?"),
        }
    }

    /// Its number on this machine.
    pub fn number(self) -> i32 {
        self.0
    }

    /// True for the signals one process sends another to end it (`terminate()`, `kill`, a
    /// Ctrl-C, a hangup), as opposed to those a process brings on itself (SIGSEGV, SIGABRT).
    pub fn is_sent_to_end(self) -> bool {
        matches!(self, Signal::SIGTERM | Signal::SIGKILL | Signal::SIGINT | Signal::SIGHUP)
    }
}

impl From<nix::sys::signal::Signal> for Signal {
    fn from(s: nix::sys::signal::Signal) -> Self {
        Signal(s as i32)
    }
}

impl std::str::FromStr for Signal {
    type Err = nix::errno::Errno;

    /// Parses a name such as "SIGTERM" as nix does, or a real-time one ("SIGRTMIN+3").
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        if let Some(n) = REALTIME.iter().position(|name| *name == s) {
            return Ok(Signal(32 + n as i32));
        }
        s.parse::<nix::sys::signal::Signal>().map(Signal::from)
    }
}

impl std::fmt::Display for Signal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::fmt::Debug for Signal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for Signal {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Signal {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let name = std::borrow::Cow::<'de, str>::deserialize(deserializer)?;
        name.parse().map_err(|_| serde::de::Error::custom(format!("unknown signal `{name}`")))
    }
}

/// The limit a run passed, which made its source stop it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Limit {
    /// More processes alive at once than allowed. A scenario run names the number in its
    /// report; an observed program's does not (`at_once` is `None`), because its grade ending
    /// is the documented "processes limit reached" (docs/grade.schema.json).
    Processes { at_once: Option<u32> },
    /// An observed program ran more tasks (threads and processes) than allowed.
    Tasks,
    /// An observed program wrote more output than allowed.
    Output,
    /// An observed program's memory cgroup passed its limit and the kernel killed a process.
    Memory,
    /// An observed program made so many processes that the kernel gave a new one the pid of
    /// one that had ended (pids wrap at `pid_max`): the records, keyed by pid, could no
    /// longer tell the two apart, so the run is stopped before the new one runs.
    PidReused,
    /// A scenario run's processes recorded more events than allowed, in MiB.
    RecordedEvents { mib: u64 },
    /// A scenario process used more CPU time than allowed, in seconds, and the kernel killed it
    /// with SIGXCPU.
    CpuTime { seconds: u64 },
}

impl std::fmt::Display for Limit {
    /// The words reports print before "limit reached".
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Limit::Processes { at_once: Some(n) } => write!(f, "processes ({n} at once)"),
            Limit::Processes { at_once: None } => f.write_str("processes"),
            Limit::Tasks => f.write_str("tasks"),
            Limit::Output => f.write_str("output"),
            Limit::Memory => f.write_str("memory"),
            Limit::PidReused => f.write_str("pids (one given out twice)"),
            Limit::RecordedEvents { mib } => write!(f, "recorded events ({mib} MiB, a runaway loop?)"),
            Limit::CpuTime { seconds } => write!(f, "CPU time ({seconds} s per process)"),
        }
    }
}

impl std::str::FromStr for Limit {
    type Err = String;

    /// Reads back what `Display` wrote (a class's results file holds grade endings as text).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let number = |rest: &str, suffix: &str| rest.strip_suffix(suffix).and_then(|n| n.parse::<u64>().ok());
        let limit = match s {
            "processes" => Some(Limit::Processes { at_once: None }),
            "tasks" => Some(Limit::Tasks),
            "output" => Some(Limit::Output),
            "memory" => Some(Limit::Memory),
            "pids (one given out twice)" => Some(Limit::PidReused),
            _ => {
                if let Some(rest) = s.strip_prefix("processes (") {
                    number(rest, " at once)")
                        .and_then(|n| u32::try_from(n).ok())
                        .map(|n| Limit::Processes { at_once: Some(n) })
                } else if let Some(rest) = s.strip_prefix("recorded events (") {
                    number(rest, " MiB, a runaway loop?)").map(|mib| Limit::RecordedEvents { mib })
                } else if let Some(rest) = s.strip_prefix("CPU time (") {
                    number(rest, " s per process)").map(|seconds| Limit::CpuTime { seconds })
                } else {
                    None
                }
            }
        };
        limit.ok_or_else(|| format!("unknown limit `{s}`"))
    }
}

/// How a program's run ended, as a contest judge says it (`Trace::program_ending`): a run cut
/// short says why, otherwise how its first process ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProgramEnding {
    /// The first process exited 0.
    NormalExit,
    /// The first process exited with another code.
    RuntimeError {
        code: i32,
    },
    /// The first process was killed by a signal.
    Killed(Signal),
    TimedOut {
        after_ms: u64,
    },
    LimitReached(Limit),
    Interrupted(Signal),
    /// The first process was never seen to end.
    EndedUnseen,
}

impl std::fmt::Display for ProgramEnding {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ProgramEnding::NormalExit => f.write_str("normal exit"),
            ProgramEnding::RuntimeError { code } => write!(f, "runtime error (exit {code})"),
            ProgramEnding::Killed(s) => write!(f, "killed by {s}"),
            ProgramEnding::TimedOut { after_ms } => write!(f, "timed out after {after_ms} ms"),
            ProgramEnding::LimitReached(limit) => write!(f, "{limit} limit reached"),
            ProgramEnding::Interrupted(s) => write!(f, "interrupted by {s}"),
            ProgramEnding::EndedUnseen => f.write_str("ended unseen"),
        }
    }
}

impl std::str::FromStr for ProgramEnding {
    type Err = String;

    /// Reads back what `Display` wrote.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let unknown = || format!("unknown ending `{s}`");
        let signal = |name: &str| name.parse::<Signal>().map_err(|_| unknown());
        if s == "normal exit" {
            Ok(ProgramEnding::NormalExit)
        } else if s == "ended unseen" {
            Ok(ProgramEnding::EndedUnseen)
        } else if let Some(code) = s.strip_prefix("runtime error (exit ").and_then(|r| r.strip_suffix(')')) {
            code.parse().map(|code| ProgramEnding::RuntimeError { code }).map_err(|_| unknown())
        } else if let Some(name) = s.strip_prefix("killed by ") {
            signal(name).map(ProgramEnding::Killed)
        } else if let Some(name) = s.strip_prefix("interrupted by ") {
            signal(name).map(ProgramEnding::Interrupted)
        } else if let Some(ms) = s.strip_prefix("timed out after ").and_then(|r| r.strip_suffix(" ms")) {
            ms.parse().map(|after_ms| ProgramEnding::TimedOut { after_ms }).map_err(|_| unknown())
        } else if let Some(limit) = s.strip_suffix(" limit reached") {
            limit.parse().map(ProgramEnding::LimitReached)
        } else {
            Err(unknown())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_show_the_texts_reports_have_always_shown() {
        let shown = [
            (Limit::Processes { at_once: Some(40) }, "processes (40 at once)"),
            (Limit::Processes { at_once: None }, "processes"),
            (Limit::Tasks, "tasks"),
            (Limit::Output, "output"),
            (Limit::Memory, "memory"),
            (Limit::PidReused, "pids (one given out twice)"),
            (Limit::RecordedEvents { mib: 1 }, "recorded events (1 MiB, a runaway loop?)"),
            (Limit::CpuTime { seconds: 1 }, "CPU time (1 s per process)"),
        ];
        for (limit, text) in shown {
            assert_eq!(limit.to_string(), text);
        }
    }

    #[test]
    fn every_program_ending_reads_back_from_its_text() {
        let endings = [
            ProgramEnding::NormalExit,
            ProgramEnding::RuntimeError { code: -3 },
            ProgramEnding::Killed(Signal::SIGSEGV),
            ProgramEnding::TimedOut { after_ms: 10_000 },
            ProgramEnding::LimitReached(Limit::Processes { at_once: Some(40) }),
            ProgramEnding::LimitReached(Limit::Processes { at_once: None }),
            ProgramEnding::LimitReached(Limit::Tasks),
            ProgramEnding::LimitReached(Limit::Output),
            ProgramEnding::LimitReached(Limit::Memory),
            ProgramEnding::LimitReached(Limit::PidReused),
            ProgramEnding::LimitReached(Limit::RecordedEvents { mib: 512 }),
            ProgramEnding::LimitReached(Limit::CpuTime { seconds: 60 }),
            ProgramEnding::Interrupted(Signal::SIGINT),
            ProgramEnding::EndedUnseen,
        ];
        for e in endings {
            assert_eq!(e.to_string().parse::<ProgramEnding>(), Ok(e), "{e}");
        }
        assert_eq!(ProgramEnding::LimitReached(Limit::Output).to_string(), "output limit reached");
        assert!("killed by SIGNOPE".parse::<ProgramEnding>().is_err());
        assert!("wandered off".parse::<ProgramEnding>().is_err());
    }

    #[test]
    fn a_signal_crosses_postcard_and_json_by_its_name() {
        let realtime = [32, 34, 36, 64].map(|n| Signal::from_number(n).unwrap());
        for s in [Signal::SIGSEGV, Signal::SIGXCPU, Signal::from(nix::sys::signal::Signal::SIGUSR1)]
            .into_iter()
            .chain(realtime)
        {
            let bytes = postcard::to_allocvec(&s).unwrap();
            assert_eq!(postcard::from_bytes::<Signal>(&bytes).unwrap(), s);
            let json = serde_json::to_string(&s).unwrap();
            assert_eq!(json, format!("\"{}\"", s.as_str()));
            assert_eq!(serde_json::from_str::<Signal>(&json).unwrap(), s);
        }
        assert_eq!(Signal::SIGSEGV.to_string(), "SIGSEGV");
        assert_eq!(realtime.map(|s| s.to_string()), ["SIG32", "SIGRTMIN", "SIGRTMIN+2", "SIGRTMAX"]);
        assert_eq!(realtime.map(Signal::number), [32, 34, 36, 64]);
        assert_eq!(libc::SIGRTMIN(), 34, "glibc's first real-time signal, as the names say");
        assert!(Signal::from_number(0).is_none() && Signal::from_number(65).is_none());
        assert!(serde_json::from_str::<Signal>("\"SIGNOPE\"").is_err());
    }

    #[test]
    fn an_ending_keeps_its_json_shape() {
        let ending = super::super::Ending::Signaled(Signal::SIGTERM);
        assert_eq!(serde_json::to_string(&ending).unwrap(), r#"{"Signaled":"SIGTERM"}"#);
        let bytes = postcard::to_allocvec(&ending).unwrap();
        assert_eq!(postcard::from_bytes::<super::super::Ending>(&bytes).unwrap(), ending);
    }
}
