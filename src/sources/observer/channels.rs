//! Bytes through pipes and sockets between the processes of an observed program, and the
//! happens-before edges they carry: a read that returned bytes happens after the write that
//! put the first of them there.
//!
//! The tracer stops at every read and write (and `recv*`/`send*`) whatever the fd, asks this
//! module whether the fd is a channel (a pipe, or one end of a unix socket pair made by
//! `socketpair` in the program: only there is the receiving end known), and if so lets the
//! call run to its exit to learn how much it moved. Each call becomes a [`Moved`] record in
//! the process that made it: a write at its entry (its position among the process's events is
//! where it began), a read at its exit (where it returned). Identity is the kernel object
//! (the inode behind `/proc/TID/fd/N`), so dup'd, inherited and renumbered fds need no
//! bookkeeping. Anything that moves bytes the module cannot count (`splice`, `sendfile`,
//! `tee`, `vmsplice`, `sendmmsg`/`recvmmsg`, out-of-band data) taints the stream: it carries
//! no edge at all.
//!
//! No fd kind is cached: a cached kind would be wrong after a `close` and a reuse of the
//! number, and noticing those would mean stopping at `close`, `dup2`, `dup3` and `close_range`
//! too, which costs more (a stop each) than the one `readlink` per stop that it would save.
//!
//! # Which edges are certain
//!
//! The tracer sees stops in its own order, not the kernel's: two writers' exits may reach it
//! in either order. So bytes are not simply numbered in the order the tracer saw the calls.
//! Every channel call gets two stamps from one counter: when the tracer released it from its
//! entry stop (`entered`) and when it saw its exit (`exited`). A call moves bytes only
//! between those two moments. Then, for a stream (a pipe, or one direction of a socket pair;
//! for datagram and seqpacket sockets the unit is a message, not a byte):
//!
//! - A read R that returned `n > 0` units took units `[a, a + n)` of the stream, in kernel
//!   order. Every read whose exit the tracer saw before it released R had finished before R
//!   began, so `a` is at least their sum: `b_lo(R) = sum + n` is a certain lower bound of
//!   `a + n`.
//! - A write W that moved `m > 0` units put them at `[s, s + m)`. The only writes that can
//!   come before W in kernel order are those that began before W ended, i.e. were released
//!   before the tracer saw W's exit; `s` is at most the sum of what they moved (what they
//!   asked to move, when their exit was never seen; unbounded when that is unknown):
//!   `s_hi(W)`.
//! - If `s_hi(W) < b_lo(R)`, W put a unit at an offset below `a + n`, which some read up to
//!   and including R took; units leave a stream in order, so that unit was in the stream
//!   before R returned, and W had begun before R returned. Every event W's process recorded
//!   before W's entry happens before every event R's process records after R's exit: an edge.
//!
//! With one writer and one reader at a time (any program whose writes are serialized by a
//! lock or a single thread: a multiprocessing `Queue`'s feeder, a `Connection`), the bounds
//! are exact and every read gets an edge from the write that put its first unit. Concurrent
//! writers give fewer edges, never a wrong one. A `MSG_PEEK` read consumes nothing and is
//! not counted.
//!
//! # Writes through a redirected stdout
//!
//! The filter lets writes to fd 1 and 2 go without a stop (their bytes reach the output
//! socket, which names the writer). A process that puts a channel on its fd 1 or 2 (`dup2`
//! of a pipe onto stdout, or `close(1)` and `dup`, before it executes a program in a
//! pipeline) then writes into the channel unseen. The tracer stops at every `close`,
//! `close_range`, `dup2` and `dup3` that touches fd 1 or 2, and from there looks at what fd 1
//! and 2 refer to at each stop of the process (and of the children it makes while an fd may
//! still be filled unseen), until both are known: a [`Redirected`] record, made at the call
//! and completed by those looks, lists the channels. An fd still empty when the process ended
//! may have been filled after the last look: the record is then `unknown`, for every stream.
//!
//! Each stream of such a record counts as a write that began at the record (every unseen
//! write to it came after it) and never ended, of unknown size: it bounds no other write
//! (every write that ended after it gets no edge), and it is itself certain to have put a unit
//! before a read only when the reads up to that one took more than all the other writes of
//! the stream could have put (`s_hi` is their sum). So a pipeline's reader gets one edge, from
//! the redirection, once it has read more than the stream's recorded writes; two redirections
//! of one stream bound each other away and give none.
//!
//! The edges join threads: the writing thread's records up to the write, the reading thread's
//! from the read on. In a process with several threads the tracer's order of its records is
//! no program order (a multiprocessing `Queue`'s feeder thread writes an item while the
//! thread that `put` it prints on), so where such an edge falls among the process's events is
//! decided by `threads`: only as far as every event before it happens before the write (by
//! program order, thread creation and futex wakes), and after it after the read.

use super::{Record, RecordKind};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// A stream of a channel: a pipe, or the receiving end of a unix socket.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum StreamId {
    /// A pipe, by its inode.
    Pipe(u64),
    /// The bytes (or messages) that arrive at this socket, by its inode.
    Socket(u64),
}

/// Which way a call moved units.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Op {
    Write,
    Read,
}

/// The first bytes of one write of the program's (`Channels::sent`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Sent {
    /// The writing process.
    pub pid: i32,
    /// The write's record; `None` for a write into a socket whose peer is unknown (connected
    /// by name: a `Manager`'s), which carries no `Channel` record.
    pub record: Option<usize>,
    /// For a write into a socket connected by name whose peer the kernel named, its `Relay`
    /// record (`named`).
    #[serde(default)]
    pub relay: Option<usize>,
    pub bytes: Vec<u8>,
}

/// One call that moved units through a stream (see the module's documentation).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Moved {
    pub stream: StreamId,
    pub op: Op,
    /// When the tracer released the call from its entry stop.
    pub entered: u64,
    /// When the tracer saw its exit; `None` when it never did (the process was killed).
    pub exited: Option<u64>,
    /// Units moved; `None` when the exit was never seen.
    pub amount: Option<u64>,
    /// For a write, the most units it asked to move, when known.
    pub asked: Option<u64>,
}

/// How many bytes of each read are kept: a queue's item (a pickle) or a pipe's message of an
/// exercise is a few dozen; what is past this is counted, not kept.
pub const KEPT_PER_READ: usize = 4096;

/// Streams that a process's fd 1 or 2 may refer to from a redirection on (see the module's
/// documentation).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Redirected {
    /// The stamp of the call that redirected (or of the first look, for a process that
    /// inherited a redirection or lost its fd at an exec).
    pub entered: u64,
    /// The channels fd 1 or 2 was seen to refer to.
    pub streams: Vec<StreamId>,
    /// An fd may have been filled after the last look: any stream.
    pub unknown: bool,
}

/// What an fd refers to, for redirections.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FdIs {
    /// Nothing: a later call may fill it without a stop.
    Empty,
    /// A channel, as a stream written to.
    Channel(StreamId),
    /// Anything else: a file, a terminal, the output.
    Other,
}

/// A thread, as (process, thread) ids.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
struct Thread(i32, i32);

impl Thread {
    fn of(r: &Record) -> Thread {
        Thread(r.pid, if r.tid == 0 { r.pid } else { r.tid })
    }
}

/// A socket of a pair, as `socketpair` made it.
#[derive(Debug, Clone, Copy)]
struct Peer {
    /// The other end's inode.
    other: u64,
    /// Datagram or seqpacket: the unit is a message.
    messages: bool,
}

/// The system call arguments the module reads (x86-64: rdi, rsi, rdx, r10).
#[derive(Debug, Clone, Copy)]
pub struct Args {
    pub nr: i64,
    pub a0: u64,
    pub a1: u64,
    pub a2: u64,
    pub a3: u64,
}

/// A channel call between its entry and its exit.
#[derive(Debug, Clone)]
pub enum Call {
    /// A write; its record, made at the entry, is `record` (a `Relay` when `relay`: into a
    /// socket connected by name); from the buffer at `buffer` (`None`: from several, `writev`
    /// and `sendmsg`, which are counted but not kept). `at_entry`: the buffer's first bytes as
    /// they were at the entry stop, read there when another thread of the process could
    /// rewrite them during the call (`Tracer::channel_entry`); the bytes read back at the exit
    /// are kept only if they are the same.
    Write { record: Option<usize>, relay: bool, messages: bool, buffer: Option<u64>, at_entry: Option<Vec<u8>> },
    /// A read of `stream` released at `entered`, into the buffer at `buffer` (`None`: into
    /// several, `readv` and `recvmsg`, which are counted but not kept).
    Read { stream: StreamId, entered: u64, messages: bool, buffer: Option<u64> },
    /// `socketpair(AF_UNIX, ...)` writing its two fds at `fds`.
    SocketPair { fds: u64, messages: bool },
}

/// What the tracer knows of the program's channels.
pub struct Channels {
    /// The program's output pipes, which are not channels (their writes are the output).
    outputs: [u64; 2],
    /// The counter behind every `entered` and `exited` stamp.
    clock: u64,
    peers: HashMap<u64, Peer>,
    /// Bytes of reads kept so far, of the whole program: a program that moves megabytes
    /// through its pipes must not make the tracer keep them (`KEPT_IN_ALL`).
    kept: usize,
    /// For each read into one buffer (`read`, `recvfrom`) whose bytes were kept, its record's
    /// index and its first `KEPT_PER_READ` bytes: what the process took, for the checks that
    /// the values it printed came through a channel. Beside the records, not in them: every
    /// record would grow by the vector.
    pub received: Vec<(usize, Vec<u8>)>,
    /// The peers of sockets connected by name, from the kernel (`named`).
    named: super::named::Peers,
    /// Bytes of writes kept so far (`KEPT_IN_ALL` of them at most).
    sent_kept: usize,
    /// For each write from one buffer (`write`, `sendto`) whose bytes were kept, its record's
    /// index and its first `KEPT_PER_READ` bytes: what the process sent, for the check that a
    /// value a reader printed came from the writer (`fifo`).
    pub sent: Vec<Sent>,
}

/// How many bytes of reads are kept for the whole program: a few thousand items of an
/// exercise. Past it, reads are counted and not kept, and the checks that read the bytes
/// cannot tell.
pub const KEPT_IN_ALL: usize = 4 << 20;

/// The system calls the filter must stop at for channels, beyond the writes it stops at for
/// the output. (`recv` and `send` are `recvfrom` and `sendto` on x86-64.)
pub const CALLS: [libc::c_long; 10] = [
    libc::SYS_read,
    libc::SYS_readv,
    libc::SYS_preadv2,
    libc::SYS_recvfrom,
    libc::SYS_recvmsg,
    libc::SYS_recvmmsg,
    libc::SYS_sendto,
    libc::SYS_sendmsg,
    libc::SYS_sendmmsg,
    libc::SYS_socketpair,
];

impl Channels {
    pub fn new(outputs: [u64; 2]) -> Channels {
        Channels {
            outputs,
            clock: 0,
            peers: HashMap::new(),
            kept: 0,
            received: Vec::new(),
            named: super::named::Peers::default(),
            sent_kept: 0,
            sent: Vec::new(),
        }
    }

    fn tick(&mut self) -> u64 {
        self.clock += 1;
        self.clock
    }

    /// What `fd` of thread `tid` is, as a stream to write to (`write`) or read from: `None`
    /// when it is no channel (a file, a terminal, the output, a socket whose peer is unknown
    /// to write to).
    fn stream(&self, tid: i32, fd: u64, write: bool) -> Option<(StreamId, bool)> {
        self.stream_of(endpoint(tid, fd)?, write)
    }

    /// `stream`, for the pipe or socket an fd refers to.
    fn stream_of(&self, endpoint: Endpoint, write: bool) -> Option<(StreamId, bool)> {
        let inode = match endpoint {
            Endpoint::Pipe(inode) => return (!self.outputs.contains(&inode)).then_some((StreamId::Pipe(inode), false)),
            Endpoint::Socket(inode) => inode,
        };
        let Some(peer) = self.peers.get(&inode) else {
            // A socket whose peer is unknown (connected to a listening one: a `Manager`'s
            // queue) is read as a stream of its own, which no write is known to fill, so its
            // reads carry no edge; what they took is kept, as the values a process printed
            // may have come that way.
            return (!write).then_some((StreamId::Socket(inode), false));
        };
        // What a socket sends arrives at its peer.
        Some((StreamId::Socket(if write { peer.other } else { inode }), peer.messages))
    }

    /// A new stamp, for a redirection's record.
    pub fn stamp(&mut self) -> u64 {
        self.tick()
    }

    /// What `fd` of thread `tid` refers to now.
    pub fn fd_is(&self, tid: i32, fd: u64) -> FdIs {
        if std::fs::symlink_metadata(format!("/proc/{tid}/fd/{}", fd as i32)).is_err() {
            return FdIs::Empty;
        }
        self.stream(tid, fd, true).map_or(FdIs::Other, |(stream, _)| FdIs::Channel(stream))
    }

    /// At the entry stop of a call of `CALLS` or of a write that is not to the output, or of a
    /// copy between fds (`copy` true: `sendfile`, `splice`, `tee`, `vmsplice`,
    /// `copy_file_range`, `sendmmsg`, `recvmmsg`). Returns the call to follow to its exit, if
    /// any; records what the exit will complete.
    pub fn entry(&mut self, (tid, tgid): (i32, i32), args: Args, records: &mut Vec<Record>, now: u64) -> Option<Call> {
        let flags_oob = |f: u64| f & libc::MSG_OOB as u64 != 0;
        let taint = |this: &Self, records: &mut Vec<Record>, fds: &[u64]| {
            for &fd in fds {
                for write in [true, false] {
                    if let Some((stream, _)) = this.stream(tid, fd, write) {
                        records.push(Record { pid: tgid, tid, time_ns: now, kind: RecordKind::Tainted { stream } });
                    }
                }
            }
        };
        match args.nr {
            libc::SYS_socketpair if args.a0 == libc::AF_UNIX as u64 => {
                let kind = (args.a1 & 0xf) as i32;
                let messages = kind == libc::SOCK_DGRAM || kind == libc::SOCK_SEQPACKET;
                Some(Call::SocketPair { fds: args.a3, messages })
            }
            libc::SYS_write | libc::SYS_writev | libc::SYS_pwritev2 | libc::SYS_sendto | libc::SYS_sendmsg => {
                let flags = match args.nr {
                    libc::SYS_sendto => args.a3,
                    libc::SYS_sendmsg => args.a2,
                    _ => 0,
                };
                if flags_oob(flags) {
                    taint(self, records, &[args.a0]);
                    return None;
                }
                let buffer = matches!(args.nr, libc::SYS_write | libc::SYS_sendto).then_some(args.a1);
                let target = endpoint(tid, args.a0);
                let Some((stream, messages)) = target.and_then(|e| self.stream_of(e, true)) else {
                    // Into a socket whose peer is unknown to `socketpair`: no `Channel` record
                    // (no read is known to take it), but its bytes are kept, a writer's values
                    // sent to a `Manager`, and when the kernel names its peer (connected by
                    // name), a `Relay` record for the edges through a `Manager`'s server.
                    let Some(Endpoint::Socket(inode)) = target else { return None };
                    if self.peers.contains_key(&inode) {
                        return None;
                    }
                    let relay = self.named.peer(tid, inode).map(|peer| {
                        let asked = matches!(args.nr, libc::SYS_write | libc::SYS_sendto).then_some(args.a2);
                        let (stream, entered) = (StreamId::Socket(peer), self.tick());
                        let moved = Moved { stream, op: Op::Write, entered, exited: None, amount: None, asked };
                        records.push(Record { pid: tgid, tid, time_ns: now, kind: RecordKind::Relay(moved) });
                        records.len() - 1
                    });
                    return Some(Call::Write { record: relay, relay: true, messages: false, buffer, at_entry: None });
                };
                let asked = match args.nr {
                    _ if messages => Some(1),
                    libc::SYS_write | libc::SYS_sendto => Some(args.a2),
                    // The vectors' lengths would take another read of the program's memory;
                    // the bound matters only for a write whose exit is never seen.
                    _ => None,
                };
                let entered = self.tick();
                let moved = Moved { stream, op: Op::Write, entered, exited: None, amount: None, asked };
                records.push(Record { pid: tgid, tid, time_ns: now, kind: RecordKind::Channel(moved) });
                Some(Call::Write { record: Some(records.len() - 1), relay: false, messages, buffer, at_entry: None })
            }
            libc::SYS_read | libc::SYS_readv | libc::SYS_preadv2 | libc::SYS_recvfrom | libc::SYS_recvmsg => {
                let flags = match args.nr {
                    libc::SYS_recvfrom => args.a3,
                    libc::SYS_recvmsg => args.a2,
                    _ => 0,
                };
                if flags_oob(flags) {
                    taint(self, records, &[args.a0]);
                    return None;
                }
                if flags & libc::MSG_PEEK as u64 != 0 {
                    return None;
                }
                let (stream, messages) = self.stream(tid, args.a0, false)?;
                // `MSG_WAITALL` may copy part of what it asked for and then wait for the rest: a
                // thread of the process (or a process sharing its memory) rewrote the first part
                // meanwhile, and the tracer, which reads the buffer at the exit, would keep bytes
                // that never came (red team round 34). Counted, not kept; a plain read copies
                // what it takes just before it returns, and `SO_RCVLOWAT`, which would make it
                // wait the same way, is refused (`Tracer`'s seccomp filter).
                let waits_for_all = flags & libc::MSG_WAITALL as u64 != 0;
                let buffer = matches!(args.nr, libc::SYS_read | libc::SYS_recvfrom)
                    .then_some(args.a1)
                    .filter(|_| !waits_for_all);
                Some(Call::Read { stream, entered: self.tick(), messages, buffer })
            }
            libc::SYS_sendmmsg | libc::SYS_recvmmsg => {
                taint(self, records, &[args.a0]);
                None
            }
            libc::SYS_sendfile | libc::SYS_vmsplice => {
                // sendfile(out, in, ..), vmsplice(fd, ..)
                taint(self, records, &[args.a0, args.a1]);
                None
            }
            libc::SYS_splice => {
                // splice(fd_in, off_in, fd_out, ..)
                taint(self, records, &[args.a0, args.a2]);
                None
            }
            libc::SYS_tee | libc::SYS_copy_file_range => {
                // tee(fd_in, fd_out, ..), copy_file_range(fd_in, off_in, fd_out, ..)
                let out = if args.nr == libc::SYS_tee { args.a1 } else { args.a2 };
                taint(self, records, &[args.a0, out]);
                None
            }
            _ => None,
        }
    }

    /// At the exit stop of `call` of thread `tid` of process `tgid`, whose result is `result`;
    /// `memory` reads the program's.
    pub fn exit(
        &mut self,
        (tid, tgid): (i32, i32),
        call: Call,
        result: i64,
        records: &mut Vec<Record>,
        memory: impl Fn(u64, usize) -> Vec<u8>,
    ) {
        let units = |messages: bool| match result {
            r if r <= 0 => 0,
            _ if messages => 1,
            r => r as u64,
        };
        match call {
            Call::SocketPair { fds, messages } if result == 0 => {
                let bytes = memory(fds, 8);
                let Ok(pair) = <[u8; 8]>::try_from(bytes.as_slice()) else { return };
                let fd = |i: usize| i32::from_ne_bytes(pair[i * 4..i * 4 + 4].try_into().expect("4 bytes"));
                let inode = |fd: i32| {
                    let link = std::fs::read_link(format!("/proc/{tid}/fd/{fd}")).ok()?;
                    link.to_str()?.strip_prefix("socket:[")?.strip_suffix(']')?.parse::<u64>().ok()
                };
                if let (Some(a), Some(b)) = (inode(fd(0)), inode(fd(1))) {
                    self.peers.insert(a, Peer { other: b, messages });
                    self.peers.insert(b, Peer { other: a, messages });
                }
            }
            Call::SocketPair { .. } => {}
            Call::Write { record, relay, messages, buffer, at_entry } => {
                let exited = self.tick();
                if let Some(Record { kind: RecordKind::Channel(moved) | RecordKind::Relay(moved), .. }) =
                    record.and_then(|r| records.get_mut(r))
                {
                    moved.exited = Some(exited);
                    moved.amount = Some(units(messages));
                }
                // What it wrote, kept as reads are (`received`), with a budget of its own: the
                // bytes are still in the buffer at the exit stop. Unless another thread changed
                // them during the call: what the kernel took may then be neither (a write that
                // blocked halfway, its buffer rewritten after the kernel took its first part).
                let unchanged = |b: &Vec<u8>| at_entry.as_ref().is_none_or(|e| e.get(..b.len()) == Some(b.as_slice()));
                if let Some(bytes) = keep(&mut self.sent_kept, buffer, result, &memory).filter(unchanged) {
                    let (record, relay) = if relay { (None, record) } else { (record, None) };
                    self.sent.push(Sent { pid: tgid, record, relay, bytes });
                }
            }
            Call::Read { stream, entered, messages, buffer } => {
                let exited = self.tick();
                let amount = units(messages);
                // A read that took nothing orders nothing and counts for nothing.
                if amount > 0 {
                    // The bytes are in the buffer now, at the exit stop, before the program
                    // runs on and reuses it. A message socket's result is its size too.
                    let data = keep(&mut self.kept, buffer, result, &memory);
                    let moved = Moved {
                        stream,
                        op: Op::Read,
                        entered,
                        exited: Some(exited),
                        amount: Some(amount),
                        asked: None,
                    };
                    let time_ns = crate::sources::host::monotonic_ns();
                    records.push(Record { pid: tgid, tid, time_ns, kind: RecordKind::Channel(moved) });
                    if let Some(data) = data {
                        self.received.push((records.len() - 1, data));
                    }
                }
            }
        }
    }
}

/// What an fd refers to that may be a channel.
#[derive(Debug, Clone, Copy)]
enum Endpoint {
    Pipe(u64),
    Socket(u64),
}

/// The pipe or socket `fd` of thread `tid` refers to, by inode (one `readlink`).
fn endpoint(tid: i32, fd: u64) -> Option<Endpoint> {
    let link = std::fs::read_link(format!("/proc/{tid}/fd/{}", fd as i32)).ok()?;
    let link = link.to_str()?;
    let number = |prefix: &str| link.strip_prefix(prefix)?.strip_suffix(']')?.parse::<u64>().ok();
    number("pipe:[").map(Endpoint::Pipe).or_else(|| number("socket:[").map(Endpoint::Socket))
}

/// The first `KEPT_PER_READ` of the `result` bytes a call moved through `buffer`, read from
/// the program's memory, when `kept` (bytes kept so far) leaves room for them within
/// `KEPT_IN_ALL`; counted in `kept`. Kept only when all of them could be read.
fn keep(
    kept: &mut usize,
    buffer: Option<u64>,
    result: i64,
    memory: &impl Fn(u64, usize) -> Vec<u8>,
) -> Option<Vec<u8>> {
    let took = usize::try_from(result).unwrap_or(0).min(KEPT_PER_READ);
    if took == 0 || *kept + took > KEPT_IN_ALL {
        return None;
    }
    let data = buffer.map(|at| memory(at, took)).filter(|d| d.len() == took)?;
    *kept += took;
    Some(data)
}

/// The edges the channel records of a run carry, as pairs of record indices `(write, read)`:
/// what the write's process recorded before the write happens before what the read's process
/// records after the read. At most one edge per read and writing thread: the latest write of
/// that thread that is certain to have come first (see the module's documentation), and
/// only when it is not the write of that reading thread's previous edge from that writer.
/// The edges join threads: where they fall among their processes' events, when those have
/// several threads, is for `build` to decide (`threads::Order`).
pub fn edges(records: &[Record]) -> Vec<(usize, usize)> {
    edges_among(records, false)
}

/// The edges of the `Relay` writes alone (writes into sockets connected by name), by the same
/// rule: which read of the server (or of a client) took which write (`named`).
pub fn edges_with_relays(records: &[Record]) -> Vec<(usize, usize)> {
    edges_among(records, true)
}

/// `edges`, of the `Channel` writes and redirections, or (`relays`) of the `Relay` writes.
fn edges_among(records: &[Record], relays: bool) -> Vec<(usize, usize)> {
    let mut tainted = std::collections::HashSet::new();
    let mut writes: HashMap<StreamId, Vec<(usize, Thread, Moved)>> = HashMap::new();
    let mut reads: HashMap<StreamId, Vec<(usize, Thread, &Moved)>> = HashMap::new();
    // Redirections, each a write of unknown size that begins at its record and never ends.
    let mut redirected: Vec<(usize, Thread, &Redirected)> = Vec::new();
    for (i, r) in records.iter().enumerate() {
        match &r.kind {
            RecordKind::Tainted { stream } => {
                tainted.insert(*stream);
            }
            RecordKind::Channel(m) if m.op == Op::Read => {
                reads.entry(m.stream).or_default().push((i, Thread::of(r), m))
            }
            RecordKind::Channel(m) if !relays => {
                writes.entry(m.stream).or_default().push((i, Thread::of(r), m.clone()))
            }
            RecordKind::Relay(m) if relays => writes.entry(m.stream).or_default().push((i, Thread::of(r), m.clone())),
            RecordKind::Redirect(d) if !relays => redirected.push((i, Thread::of(r), d)),
            _ => {}
        }
    }
    for (i, thread, d) in redirected {
        let streams: Vec<StreamId> = if d.unknown { reads.keys().copied().collect() } else { d.streams.clone() };
        for stream in streams {
            let m = Moved { stream, op: Op::Write, entered: d.entered, exited: None, amount: None, asked: None };
            writes.entry(stream).or_default().push((i, thread, m));
        }
    }
    let mut out = Vec::new();
    for (stream, reads) in reads {
        if tainted.contains(&stream) {
            continue;
        }
        let Some(writes) = writes.get(&stream) else { continue };
        // The most each write may have moved (unbounded: u64::MAX), by entry stamp.
        let most = |m: &Moved| m.amount.or(m.asked).unwrap_or(u64::MAX);
        let mut by_entry: Vec<(u64, u64)> = writes.iter().map(|(_, _, m)| (m.entered, most(m))).collect();
        by_entry.sort_unstable();
        let mut before_entry = vec![0u64; by_entry.len() + 1];
        for (k, (_, most)) in by_entry.iter().enumerate() {
            before_entry[k + 1] = before_entry[k].saturating_add(*most);
        }
        // s_hi of each write that moved something and whose exit was seen; of a redirection,
        // what all the other writes could have put.
        let total = |skip: usize| {
            writes
                .iter()
                .enumerate()
                .filter(|(k, _)| *k != skip)
                .try_fold(0u64, |sum, (_, (_, _, m))| sum.checked_add(most(m)))
        };
        let mut candidates: Vec<(u64, usize, Thread)> = writes
            .iter()
            .enumerate()
            .filter_map(|(k, &(i, pid, ref m))| {
                if m.exited.is_none() && m.asked.is_none() && matches!(records[i].kind, RecordKind::Redirect(_)) {
                    return total(k).filter(|t| *t != u64::MAX).map(|t| (t, i, pid));
                }
                let (exited, amount) = (m.exited?, m.amount.filter(|a| *a > 0)?);
                let began_before = by_entry.partition_point(|(e, _)| *e < exited);
                let total = before_entry[began_before];
                (total != u64::MAX).then(|| (total - amount, i, pid))
            })
            .collect();
        candidates.sort_unstable();
        // b_lo of each read.
        let mut by_exit: Vec<(u64, u64)> =
            reads.iter().map(|(_, _, m)| (m.exited.unwrap_or(u64::MAX), m.amount.unwrap_or(0))).collect();
        by_exit.sort_unstable();
        let mut before_exit = vec![0u64; by_exit.len() + 1];
        for (k, (_, amount)) in by_exit.iter().enumerate() {
            before_exit[k + 1] = before_exit[k] + amount;
        }
        let mut reads: Vec<(u64, usize, Thread)> = reads
            .iter()
            .map(|&(i, thread, m)| {
                let done = before_exit[by_exit.partition_point(|(x, _)| *x < m.entered)];
                (done + m.amount.unwrap_or(0), i, thread)
            })
            .collect();
        reads.sort_unstable();
        // Sweep: the writes certain to precede each read grow with its bound.
        let mut latest: HashMap<Thread, usize> = HashMap::new();
        // The write of each (reader, writer) pair's last edge: a reading thread's reads come in
        // this order (each began after the one before returned, so its bound is higher), and
        // an edge from the same write again would add nothing but size.
        let mut emitted: HashMap<(Thread, Thread), usize> = HashMap::new();
        let mut next = 0;
        for (bound, read, reader) in reads {
            while next < candidates.len() && candidates[next].0 < bound {
                let (_, write, writer) = candidates[next];
                let slot = latest.entry(writer).or_insert(write);
                *slot = (*slot).max(write);
                next += 1;
            }
            // A process reading its own writes learns nothing about another.
            for (&writer, &write) in latest.iter().filter(|(w, _)| w.0 != reader.0) {
                if emitted.insert((reader, writer), write) != Some(write) {
                    out.push((write, read));
                }
            }
        }
    }
    out.sort_unstable();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(pid: i32, stream: StreamId, entered: u64, exited: Option<u64>, amount: Option<u64>) -> Record {
        let m = Moved { stream, op: Op::Write, entered, exited, amount, asked: amount.or(Some(100)) };
        Record { pid, tid: 0, time_ns: 0, kind: RecordKind::Channel(m) }
    }
    fn read(pid: i32, stream: StreamId, entered: u64, exited: u64, amount: u64) -> Record {
        let m = Moved { stream, op: Op::Read, entered, exited: Some(exited), amount: Some(amount), asked: None };
        Record { pid, tid: 0, time_ns: 0, kind: RecordKind::Channel(m) }
    }
    const P: StreamId = StreamId::Pipe(7);

    #[test]
    fn one_writer_one_reader_each_read_follows_the_write_of_its_first_byte() {
        // Two 4-byte writes; reads of 4 then 4, the first read's exit seen before the write's.
        let records = vec![
            write(1, P, 1, Some(4), Some(4)), // 0
            read(2, P, 2, 3, 4),              // 1
            write(1, P, 5, Some(6), Some(4)), // 2
            read(2, P, 7, 8, 4),              // 3
        ];
        assert_eq!(edges(&records), vec![(0, 1), (2, 3)]);
        // Two reads of one write: the second needs no edge of its own.
        let records = vec![write(1, P, 1, Some(2), Some(4)), read(2, P, 3, 4, 2), read(2, P, 5, 6, 2)];
        assert_eq!(edges(&records), vec![(0, 1)]);
    }

    #[test]
    fn a_read_of_the_first_bytes_gets_no_edge_from_a_later_write() {
        // The reader took 2 bytes of the first write before the second write began.
        let records = vec![write(1, P, 1, Some(2), Some(4)), read(2, P, 3, 4, 2), write(1, P, 5, Some(6), Some(4))];
        assert_eq!(edges(&records), vec![(0, 1)]);
    }

    #[test]
    fn concurrent_writers_give_an_edge_only_when_the_bytes_prove_it() {
        // Writers 1 and 3 both in flight when the read (of 4 bytes, from offset 0) returned:
        // either may have written first, so neither is certain.
        let records = vec![write(1, P, 1, Some(5), Some(4)), write(3, P, 2, Some(6), Some(4)), read(2, P, 3, 4, 4)];
        assert_eq!(edges(&records), vec![]);
        // A read of 8 bytes needs both.
        let records = vec![write(1, P, 1, Some(5), Some(4)), write(3, P, 2, Some(6), Some(4)), read(2, P, 3, 4, 8)];
        assert_eq!(edges(&records), vec![(0, 2), (1, 2)]);
    }

    #[test]
    fn a_write_never_seen_to_end_counts_as_unbounded_and_a_tainted_stream_gives_nothing() {
        let mut unknown = write(3, P, 1, None, None);
        if let RecordKind::Channel(m) = &mut unknown.kind {
            m.asked = None;
        }
        let records = vec![unknown, write(1, P, 2, Some(3), Some(4)), read(2, P, 4, 5, 4)];
        assert_eq!(edges(&records), vec![]);
        let mut records = vec![write(1, P, 1, Some(2), Some(4)), read(2, P, 3, 4, 4)];
        assert_eq!(edges(&records), vec![(0, 1)]);
        records.push(Record { pid: 1, tid: 0, time_ns: 0, kind: RecordKind::Tainted { stream: P } });
        assert_eq!(edges(&records), vec![]);
    }

    #[test]
    fn each_writing_thread_of_a_process_gets_its_own_edge() {
        // Threads 11 and 12 of process 1 write in turn; each read follows its own write.
        let mut first = write(1, P, 1, Some(2), Some(4));
        first.tid = 11;
        let mut second = write(1, P, 5, Some(6), Some(4));
        second.tid = 12;
        let records = vec![first, read(2, P, 3, 4, 4), second, read(2, P, 7, 8, 4)];
        assert_eq!(edges(&records), vec![(0, 1), (2, 3)]);
    }

    fn redirect(pid: i32, entered: u64, streams: Vec<StreamId>, unknown: bool) -> Record {
        let kind = RecordKind::Redirect(Redirected { entered, streams, unknown });
        Record { pid, tid: 0, time_ns: 0, kind }
    }

    #[test]
    fn a_redirected_stream_gives_an_edge_from_the_redirection_only_when_its_bytes_must_be_there() {
        // A pipeline: the writer's only writes are unseen, through its fd 1.
        let records = vec![redirect(1, 1, vec![P], false), read(2, P, 2, 3, 6)];
        assert_eq!(edges(&records), vec![(0, 1)]);
        // Seen writes of 4 bytes before and after it: the first read may be the first write's;
        // by the second, 10 bytes were read of 8 seen: an unseen one among them. The seen
        // write that ended after the redirection gets none: unseen bytes may precede its own.
        let records = vec![
            write(1, P, 1, Some(2), Some(4)),
            redirect(1, 3, vec![P], false),
            write(1, P, 4, Some(5), Some(4)),
            read(2, P, 6, 7, 4),
            read(2, P, 8, 9, 6),
        ];
        assert_eq!(edges(&records), vec![(0, 3), (1, 4)]);
        let records = vec![redirect(1, 1, vec![P], false), read(2, P, 2, 3, 4), read(2, P, 4, 5, 6)];
        assert_eq!(edges(&records), vec![(0, 1)]);
        let records = vec![write(1, P, 1, Some(2), Some(4)), redirect(1, 3, vec![P], false), read(2, P, 4, 5, 4)];
        assert_eq!(edges(&records), vec![(0, 2)], "the seen write ended before: still certain");
        let records = vec![write(1, P, 1, Some(2), Some(4)), redirect(1, 3, vec![P], false), read(2, P, 4, 5, 9)];
        assert_eq!(edges(&records), vec![(1, 2)], "the writer's later certain write: the redirection");
        // Two redirections bound each other away; an unknown one covers every stream.
        let records = vec![redirect(1, 1, vec![P], false), redirect(3, 2, vec![P], false), read(2, P, 3, 4, 6)];
        assert_eq!(edges(&records), vec![]);
        let records = vec![write(1, P, 1, Some(3), Some(4)), redirect(3, 2, vec![], true), read(2, P, 4, 5, 4)];
        assert_eq!(edges(&records), vec![], "the unseen bytes may be the first four");
    }

    #[test]
    fn a_process_reading_its_own_writes_gets_no_edge() {
        let records = vec![write(1, P, 1, Some(2), Some(4)), read(1, P, 3, 4, 4)];
        assert_eq!(edges(&records), vec![]);
    }
}
