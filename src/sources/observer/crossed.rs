//! Which bytes crossed from one process to another through the program's channels: the
//! writes whose bytes a process other than the writer may have read, and of each read the
//! bytes another process may have written. What a process wrote and took back itself did not
//! travel, however many others wrote to that stream too (red team round 24: a reader put its
//! own values into the shared queue, or into an `os.pipe`, and took them back with the
//! writer's one "go" in the same read, and the writer sent its real values where the reader
//! never read them).
//!
//! Bytes are placed in each stream by the stamps of `channels` (see its documentation), here
//! as the widest ranges the kernel's order allows, where `channels::edges` takes the
//! narrowest: a write W put its units somewhere in `[s_lo, e_hi)`, where `s_lo` sums the
//! writes whose exit the tracer saw before it released W (they were in the stream before W
//! began) and `e_hi` sums what every write released before W's exit may have moved, W's
//! included. A read R took its units somewhere in `[a_lo, b_hi)`: `a_lo` sums the reads seen
//! to return before R was released, `b_hi` what every read released before R returned took,
//! R's included. W may have fed R only when those ranges meet; byte `j` of R may be byte `t`
//! of W only when both can sit at one offset of the stream and are the same byte. The bounds
//! never exclude what happened (an honest program's crossing is always kept); what they keep
//! out is what could not have happened in any order of the kernel's. Serialized calls (one
//! waits for the other, as a learner's exchange does) have exact bounds: a reader's own bytes
//! are then told from another's by where they sit, and by what they are when calls overlap.

use super::channels::{Moved, Op, Sent, StreamId};
use super::{Record, RecordKind};
use std::collections::{HashMap, HashSet};

/// The most comparisons of a read's bytes with overlapping writes' that `foreign_bytes` makes
/// in a run. Only a process that writes into a stream it reads, with calls overlapping
/// another's by thousands of bytes, needs many; past it, what is left of such reads counts
/// as its own: failing closed.
const BYTE_BUDGET: u64 = 1 << 26;

/// The processes whose writes may have put a read's bytes; `None`: not known (no write into
/// its stream was recorded).
pub type Writers = Option<Vec<i32>>;

/// What crossed between the processes of a run.
#[derive(Debug, Default, PartialEq)]
pub struct Crossings {
    /// The record indices of the writes a process other than the writer may have read from.
    pub writes_read_by_others: HashSet<usize>,
    /// The kept reads (`Response::received`), by record index in the order given, each with
    /// only the bytes another process may have written (all of them, when the reader wrote
    /// nothing into that stream, or its writers are not known), and the processes that may
    /// have written them (`None`: not known); reads with none left out.
    pub received: Vec<(usize, Vec<u8>, Writers)>,
    /// What processes wrote through a stdout or stderr put on a channel (a redirection, whose
    /// writes the tracer never sees), as far as another process read it: by writer, the bytes
    /// of a read that no kept write can have put there and such a write can.
    pub redirected_sent: Vec<(i32, Vec<u8>)>,
    /// The start pipes of spawn's and the forkserver's children (`spawn_bootstraps`), each with
    /// the child that takes its start from it: nothing crosses to that child there, and what
    /// its reads order is a start, not a message. Any other reader of such a pipe (its parent,
    /// reading bytes the child put back into it) takes a message like any pipe's (red team
    /// round 32: a child that wrote one byte into its start pipe, read by a main that never
    /// joined it, passed for "join waits for the child").
    pub bootstraps: HashMap<StreamId, i32>,
}

/// One call placed in its stream: its record, its process, how many units it moved (at
/// most), and the widest range of units it may have moved.
#[derive(Clone, Copy)]
struct Placed {
    record: usize,
    pid: i32,
    amount: u64,
    lo: u64,
    hi: u64,
}

impl Placed {
    /// Whether the ranges of the two calls meet: one may have moved units of the other.
    fn meets(&self, other: &Placed) -> bool {
        self.lo < other.hi && other.lo < self.hi
    }

    /// The offsets the `j`th unit this call moved may sit at: it began in `[lo, hi - amount]`.
    fn place_of(&self, j: u64) -> (u64, u64) {
        (self.lo.saturating_add(j), self.hi.saturating_sub(self.amount).saturating_add(j))
    }
}

/// The channel calls of a run by stream, with the streams whose bytes moved uncounted.
#[derive(Default)]
struct Streams<'r> {
    tainted: HashSet<StreamId>,
    writes: HashMap<StreamId, Vec<(usize, i32, Moved)>>,
    reads: HashMap<StreamId, Vec<(usize, i32, &'r Moved)>>,
}

impl<'r> Streams<'r> {
    fn of(records: &'r [Record]) -> Streams<'r> {
        let mut out = Streams::default();
        let mut redirected = Vec::new();
        for (i, r) in records.iter().enumerate() {
            match &r.kind {
                RecordKind::Tainted { stream } => {
                    out.tainted.insert(*stream);
                }
                RecordKind::Channel(m) if m.op == Op::Write => {
                    out.writes.entry(m.stream).or_default().push((i, r.pid, m.clone()))
                }
                RecordKind::Channel(m) => out.reads.entry(m.stream).or_default().push((i, r.pid, m)),
                RecordKind::Redirect(d) => redirected.push((i, r.pid, d)),
                _ => {}
            }
        }
        // A redirection is a write of unknown size and bytes that begins at its record and
        // never ends, into every stream when the fd may have been filled after the last look.
        for (i, pid, d) in redirected {
            let streams: Vec<StreamId> =
                if d.unknown { out.reads.keys().copied().collect() } else { d.streams.clone() };
            for stream in streams {
                let m = Moved { stream, op: Op::Write, entered: d.entered, exited: None, amount: None, asked: None };
                out.writes.entry(stream).or_default().push((i, pid, m));
            }
        }
        out
    }
}

/// The crossings of a run: its `records`, the bytes kept of its reads (`received`) and of its
/// writes (`sent`), by record index.
pub fn crossings(records: &[Record], received: &[(usize, Vec<u8>)], sent: &[Sent]) -> Crossings {
    let streams = Streams::of(records);
    let mut out = Crossings { bootstraps: spawn_bootstraps(records), ..Crossings::default() };
    let written: HashMap<usize, &[u8]> = sent.iter().filter_map(|s| Some((s.record?, s.bytes.as_slice()))).collect();
    // Per read record, its bytes from others (`None`: all of them), and who may have written
    // them (`None`: not known).
    let mut kept: HashMap<usize, (Option<Vec<u8>>, Writers)> = HashMap::new();
    let mut budget = BYTE_BUDGET;
    let bytes_of: HashMap<usize, &[u8]> = received.iter().map(|(i, b)| (*i, b.as_slice())).collect();
    for (stream, reads) in &streams.reads {
        let writes = streams.writes.get(stream).map(Vec::as_slice).unwrap_or_default();
        let (writes, mut reads) = (place_writes(writes), place_reads(reads));
        // A start pipe's child takes its start there, nothing that crosses; its reads still
        // place the others' in the stream.
        reads.retain(|r| out.bootstraps.get(stream) != Some(&r.pid));
        let wrote: HashSet<i32> = writes.iter().map(|w| w.pid).collect();
        if streams.tainted.contains(stream) {
            // Bytes moved uncounted (`splice`, `tee`, ...): no range holds; the stream as a
            // whole, with any reader or writer besides oneself.
            let other = |calls: &[Placed], pid: i32| calls.iter().any(|c| c.pid != pid);
            out.writes_read_by_others.extend(writes.iter().filter(|w| other(&reads, w.pid)).map(|w| w.record));
            let from_others = reads.iter().filter(|r| writes.is_empty() || other(&writes, r.pid));
            let writers = |r: &Placed| (!writes.is_empty()).then(|| writers_of(r, &writes, false));
            kept.extend(from_others.map(|r| (r.record, (None, writers(r)))));
            continue;
        }
        out.writes_read_by_others.extend(meeting_another(&writes, &reads));
        for r in &reads {
            let writers = (!writes.is_empty()).then(|| writers_of(r, &writes, true));
            if writes.is_empty() || !wrote.contains(&r.pid) {
                kept.insert(r.record, (None, writers));
            } else if let Some(bytes) = bytes_of.get(&r.record) {
                let foreign = foreign_bytes(r, bytes, &writes, &written, &mut budget);
                kept.insert(r.record, (Some(foreign), writers));
            }
        }
        let redirected = |w: &&Placed| matches!(records[w.record].kind, RecordKind::Redirect(_));
        if writes.iter().any(|w| redirected(&w)) {
            for r in &reads {
                let Some(bytes) = bytes_of.get(&r.record) else { continue };
                out.redirected_sent.extend(redirected_bytes(r, bytes, &writes, redirected, &written, &mut budget));
            }
        }
    }
    out.received = received
        .iter()
        .filter_map(|(i, bytes)| match kept.remove(i)? {
            (None, from) => Some((*i, bytes.clone(), from)),
            (Some(foreign), from) => (!foreign.is_empty()).then_some((*i, foreign, from)),
        })
        .collect();
    out
}

/// The processes other than its reader whose writes among `writes` may have put bytes into
/// read `r`: where their ranges meet (`placed`), or anywhere in the stream.
fn writers_of(r: &Placed, writes: &[Placed], placed: bool) -> Vec<i32> {
    let mut pids: Vec<i32> =
        writes.iter().filter(|w| w.pid != r.pid && (!placed || w.meets(r))).map(|w| w.pid).collect();
    pids.sort_unstable();
    pids.dedup();
    pids
}

/// The streams through which a process started by `multiprocessing`'s spawn or forkserver
/// start method took its preparation data and `Process` object: the first it read from after
/// an exec whose command line is spawn's (`... spawn_main(... pipe_handle=N)
/// --multiprocessing-fork`), or, for a child of a process that executed the forkserver's
/// (`from multiprocessing.forkserver import main; ...`), the first it read from at all: both
/// read nothing else first (red team round 26: under forkserver, the default of Python 3.14,
/// a `Process` argument still counted as main's message). A program that executes such a
/// command line itself only loses the messages it sends there.
fn spawn_bootstraps(records: &[Record]) -> HashMap<StreamId, i32> {
    let mut waiting = HashSet::new();
    let mut forkservers = HashSet::new();
    let mut out = HashMap::new();
    for r in records {
        match &r.kind {
            // By the child's own first record, not its parent's fork: the tracer may see the
            // child read before it sees the fork return in the parent.
            RecordKind::Began { parent } if forkservers.contains(parent) => {
                waiting.insert(r.pid);
            }
            RecordKind::Exec { argv, .. } => {
                let spawned = argv.iter().any(|a| a == crate::trace::names::SPAWNED_CHILD_ARG)
                    && argv.iter().any(|a| a.contains("spawn_main(") && a.contains("pipe_handle="));
                if spawned {
                    waiting.insert(r.pid);
                } else {
                    waiting.remove(&r.pid);
                }
                if super::build::is_forkserver_command(&argv.join(" ")) {
                    forkservers.insert(r.pid);
                } else {
                    forkservers.remove(&r.pid);
                }
            }
            RecordKind::Channel(m) if m.op == Op::Read && waiting.remove(&r.pid) => {
                out.entry(m.stream).or_insert(r.pid);
            }
            _ => {}
        }
    }
    out
}

/// The bytes of read `r` (its kept `bytes`, the first of what it took) that a write of
/// another process among `writes` may have put there: at an offset both can sit at, the same
/// byte of a write whose bytes were kept there; or a byte no kept write explains (beyond what
/// was kept of a write, or a redirection's, whose bytes are never seen) that no write of the
/// reader's own can have put there either. Unknown bytes of another's do not make the
/// reader's own count (red team round 26: a silent helper's `dup2` of the reader's own pipe
/// onto its stdout, or the reader's bytes inside a helper's 200 KB write, past the 4 KiB
/// kept). Every comparison is taken from `budget`; once it is spent, no byte is another's.
fn foreign_bytes(
    r: &Placed,
    bytes: &[u8],
    writes: &[Placed],
    written: &HashMap<usize, &[u8]>,
    budget: &mut u64,
) -> Vec<u8> {
    let near: Vec<&Placed> = writes.iter().filter(|w| w.meets(r)).collect();
    let mut out = Vec::new();
    for (j, &byte) in bytes.iter().enumerate() {
        let j = j as u64;
        let place = r.place_of(j);
        let (mut unknown_other, mut own) = (false, false);
        let mut known_other = false;
        for w in &near {
            if *budget == 0 {
                return out;
            }
            *budget -= 1;
            match may_have_put(w, place, byte, written, budget) {
                Some(Put::Known) if w.pid != r.pid => known_other = true,
                Some(Put::Unknown) if w.pid != r.pid => unknown_other = true,
                Some(_) => own = true,
                None => {}
            }
            if known_other {
                break;
            }
        }
        if known_other || (unknown_other && !own) {
            out.push(byte);
        }
    }
    out
}

/// The bytes of read `r` (its kept `bytes`) that only a redirection of another process among
/// `writes` can have put there, by that process: its reply written with `dup2` and `print`,
/// or by a program it executed (`echo`), which the tracer never sees (red team round 26, F7:
/// such a reply never counted as sent). No recorded write can have put them, whether its byte
/// there was kept or not (red team round 27: the tail past 4 KiB of main's write was credited
/// to a writer that had redirected its stdout and sent nothing); and only one process has a
/// redirection into the stream, or the bytes are nobody's.
fn redirected_bytes(
    r: &Placed,
    bytes: &[u8],
    writes: &[Placed],
    redirected: impl Fn(&&Placed) -> bool,
    written: &HashMap<usize, &[u8]>,
    budget: &mut u64,
) -> Vec<(i32, Vec<u8>)> {
    let near: Vec<&Placed> = writes.iter().filter(|w| w.meets(r)).collect();
    let mut by_writer: Vec<(i32, Vec<u8>)> = Vec::new();
    let redirecting: HashSet<i32> = writes.iter().filter(|w| redirected(w)).map(|w| w.pid).collect();
    if redirecting.len() != 1 {
        return by_writer;
    }
    for (j, &byte) in bytes.iter().enumerate() {
        let j = j as u64;
        let place = r.place_of(j);
        if *budget == 0 {
            break;
        }
        *budget = budget.saturating_sub(near.len() as u64);
        let explained = near.iter().any(|w| !redirected(w) && may_have_put(w, place, byte, written, budget).is_some());
        if explained {
            continue;
        }
        for w in near.iter().filter(|w| w.pid != r.pid && redirected(w)) {
            if may_have_put(w, place, byte, written, budget).is_some() {
                match by_writer.iter_mut().find(|(pid, _)| *pid == w.pid) {
                    Some((_, run)) => run.push(byte),
                    None => by_writer.push((w.pid, vec![byte])),
                }
            }
        }
    }
    by_writer
}

/// How a write may have put a byte at a place of the stream.
enum Put {
    /// A kept byte of the write, the same.
    Known,
    /// A byte of the write that was not kept.
    Unknown,
}

/// Whether write `w` may have put `byte` at an offset within `(p_lo, p_hi)`: its byte `t`
/// sits at its start plus `t`, and it began in `[w.lo, w.hi - amount]`.
fn may_have_put(
    w: &Placed,
    (p_lo, p_hi): (u64, u64),
    byte: u8,
    written: &HashMap<usize, &[u8]>,
    budget: &mut u64,
) -> Option<Put> {
    // A write with no end seen (a redirection) may begin anywhere from its `lo` on.
    let s_hi = if w.hi == u64::MAX { u64::MAX } else { w.hi.saturating_sub(w.amount) };
    let s_lo = w.lo;
    let t_lo = p_lo.saturating_sub(s_hi);
    let t_hi = p_hi.saturating_sub(s_lo).min(w.amount.saturating_sub(1));
    if p_hi < s_lo || t_lo > t_hi {
        return None;
    }
    let known = written.get(&w.record).copied().unwrap_or_default();
    let kept = (known.len() as u64).min(t_hi + 1);
    if t_lo < kept {
        let span = &known[t_lo as usize..kept as usize];
        *budget = budget.saturating_sub(span.len() as u64);
        if span.contains(&byte) {
            return Some(Put::Known);
        }
    }
    (t_hi >= known.len() as u64).then_some(Put::Unknown)
}

/// The writes of one stream, placed. A write whose exit was never seen may have moved what
/// it asked (or anything, when that is unknown).
fn place_writes(writes: &[(usize, i32, Moved)]) -> Vec<Placed> {
    let most = |m: &Moved| m.amount.or(m.asked).unwrap_or(u64::MAX);
    let sums = Sums::new(writes.iter().map(|(_, _, m)| (m.entered, m.exited, m.amount.unwrap_or(0), most(m))));
    writes
        .iter()
        .filter(|(_, _, m)| m.amount != Some(0))
        .map(|&(record, pid, ref m)| Placed {
            record,
            pid,
            amount: most(m),
            lo: sums.done_before(m.entered),
            hi: m.exited.map_or(u64::MAX, |x| sums.begun_before(x)),
        })
        .collect()
}

/// The reads of one stream that took something, placed. A read whose exit was never seen
/// took nothing that anyone can know of.
fn place_reads(reads: &[(usize, i32, &Moved)]) -> Vec<Placed> {
    let took = |m: &Moved| m.amount.unwrap_or(0);
    let sums = Sums::new(reads.iter().map(|(_, _, m)| (m.entered, m.exited, took(m), took(m))));
    reads
        .iter()
        .filter(|(_, _, m)| took(m) > 0)
        .map(|&(record, pid, m)| Placed {
            record,
            pid,
            amount: took(m),
            lo: sums.done_before(m.entered),
            hi: m.exited.map_or(u64::MAX, |x| sums.begun_before(x)),
        })
        .collect()
}

/// Running sums of one stream's calls of one kind, by stamp: what those seen to return moved
/// (certainly), and what those released may move (at most).
struct Sums {
    /// `(exit stamp, amount)` of the calls whose exit was seen, by stamp, and the sums of the
    /// amounts before each.
    by_exit: Vec<u64>,
    done: Vec<u64>,
    /// `(entry stamp, most)` of every call, by stamp, and the sums before each.
    by_entry: Vec<u64>,
    begun: Vec<u64>,
}

impl Sums {
    fn new(calls: impl Iterator<Item = (u64, Option<u64>, u64, u64)>) -> Sums {
        let (mut exits, mut entries) = (Vec::new(), Vec::new());
        for (entered, exited, amount, most) in calls {
            if let Some(x) = exited {
                exits.push((x, amount));
            }
            entries.push((entered, most));
        }
        exits.sort_unstable();
        entries.sort_unstable();
        // Saturating: a call of unknown size stands for "anything" from there on.
        let prefix = |v: &[(u64, u64)]| {
            let mut sums = vec![0u64];
            for (_, n) in v {
                sums.push(sums[sums.len() - 1].saturating_add(*n));
            }
            sums
        };
        Sums {
            done: prefix(&exits),
            by_exit: exits.into_iter().map(|(x, _)| x).collect(),
            begun: prefix(&entries),
            by_entry: entries.into_iter().map(|(e, _)| e).collect(),
        }
    }

    /// What the calls seen to return before `stamp` moved.
    fn done_before(&self, stamp: u64) -> u64 {
        self.done[self.by_exit.partition_point(|x| *x < stamp)]
    }

    /// What the calls released before `stamp` may have moved.
    fn begun_before(&self, stamp: u64) -> u64 {
        self.begun[self.by_entry.partition_point(|e| *e < stamp)]
    }
}

/// The records of `these` whose range meets that of one of `those` made by another process.
/// `those` by where they begin, with the two farthest ends of different processes among every
/// prefix: for each of `these`, the prefix of `those` that begins below its end holds a
/// meeting call of another process exactly when the farthest end there of a process other
/// than its own passes its beginning. O((n + m) log m), for a program making millions of
/// calls.
fn meeting_another(these: &[Placed], those: &[Placed]) -> Vec<usize> {
    let mut sorted: Vec<Placed> = those.to_vec();
    sorted.sort_unstable_by_key(|c| c.lo);
    // Per prefix length k + 1, the farthest end and its pid, and the farthest end of a pid
    // other than that one.
    let mut best: Vec<((u64, i32), Option<u64>)> = Vec::with_capacity(sorted.len());
    let mut top: Option<((u64, i32), Option<u64>)> = None;
    for c in &sorted {
        top = Some(match top {
            None => ((c.hi, c.pid), None),
            Some(((hi, pid), second)) if c.pid == pid => ((hi.max(c.hi), pid), second),
            Some(((hi, _), _)) if c.hi > hi => ((c.hi, c.pid), Some(hi)),
            Some((first, second)) => (first, Some(second.map_or(c.hi, |s| s.max(c.hi)))),
        });
        best.extend(top);
    }
    these
        .iter()
        .filter(|c| {
            let k = sorted.partition_point(|o| o.lo < c.hi);
            let Some(&((hi, pid), second)) = k.checked_sub(1).and_then(|k| best.get(k)) else { return false };
            let farthest_other = if pid != c.pid { Some(hi) } else { second };
            farthest_other.is_some_and(|end| end > c.lo)
        })
        .map(|c| c.record)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sources::observer::channels::StreamId;

    /// A run's calls on one pipe, built in the order given, each with its bytes kept.
    struct Run {
        stream: StreamId,
        records: Vec<Record>,
        received: Vec<(usize, Vec<u8>)>,
        sent: Vec<Sent>,
    }

    impl Default for Run {
        fn default() -> Run {
            Run { stream: StreamId::Pipe(7), records: Vec::new(), received: Vec::new(), sent: Vec::new() }
        }
    }

    impl Run {
        /// A call of `pid` released at `entered` and seen to return at `exited`.
        fn call(&mut self, pid: i32, op: Op, (entered, exited): (u64, u64), bytes: &[u8]) -> &mut Run {
            let amount = Some(bytes.len() as u64);
            let m = Moved { stream: self.stream, op, entered, exited: Some(exited), amount, asked: amount };
            let index = self.records.len();
            self.records.push(Record { pid, tid: pid, time_ns: entered, kind: RecordKind::Channel(m) });
            match op {
                Op::Write => self.sent.push(Sent { pid, record: Some(index), relay: None, bytes: bytes.to_vec() }),
                Op::Read => self.received.push((index, bytes.to_vec())),
            }
            self
        }

        fn crossings(&self) -> Crossings {
            crossings(&self.records, &self.received, &self.sent)
        }

        /// The kept reads' records and bytes (`Crossings::received` without its writers).
        fn received(&self) -> Vec<(usize, Vec<u8>)> {
            self.crossings().received.into_iter().map(|(i, bytes, _)| (i, bytes)).collect()
        }
    }

    /// Red team round 24: the reader (2) puts its own four items into the shared queue and
    /// takes them back with the writer's (3) "go"; the writer's four values go in after the
    /// reader's last read. Only the read of "go" crossed, and only the write of "go".
    #[test]
    fn a_reader_taking_back_its_own_items_received_only_the_others() {
        let mut run = Run::default();
        let mut stamp = 0;
        let mut next = |run: &mut Run, pid, op, bytes: &[u8]| {
            stamp += 2;
            run.call(pid, op, (stamp - 1, stamp), bytes);
        };
        for v in [b"K1", b"K2", b"K3", b"K4"] {
            next(&mut run, 2, Op::Write, v);
        }
        next(&mut run, 3, Op::Write, b"go");
        for v in [b"K1", b"K2", b"K3", b"K4", b"go"] {
            next(&mut run, 2, Op::Read, v);
        }
        for v in [b"K1", b"K2", b"K3", b"K4"] {
            next(&mut run, 3, Op::Write, v);
        }
        let out = run.crossings();
        assert_eq!(out.writes_read_by_others, HashSet::from([4]));
        assert_eq!(out.received, [(9, b"go".to_vec(), Some(vec![3]))]);
    }

    /// The same through one `os.pipe` read at once: the reader's own bytes sit where only
    /// its write can have put them; when the two writes overlap (both released before either
    /// returned), they are told apart by what they are.
    #[test]
    fn own_bytes_are_cut_out_of_a_read_that_also_took_anothers() {
        let mut run = Run::default();
        run.call(3, Op::Write, (1, 2), b"g").call(2, Op::Write, (3, 4), b"1 2 3 4").call(
            2,
            Op::Read,
            (5, 6),
            b"g1 2 3 4",
        );
        assert_eq!(run.received(), [(2, b"g".to_vec())]);
        let mut run = Run::default();
        run.call(2, Op::Write, (1, 4), b"1 2 3 4").call(3, Op::Write, (2, 3), b"g").call(
            2,
            Op::Read,
            (5, 6),
            b"g1 2 3 4",
        );
        assert_eq!(run.received(), [(2, b"g".to_vec())]);
    }

    /// One `os.pipe` used both ways, each side waiting for the other (an honest exchange):
    /// each side's read is the other's write, whole.
    #[test]
    fn an_exchange_through_one_pipe_crosses_both_ways() {
        let mut run = Run::default();
        run.call(1, Op::Write, (1, 2), b"ping").call(2, Op::Read, (3, 4), b"ping");
        run.call(2, Op::Write, (5, 6), b"pong").call(1, Op::Read, (7, 8), b"pong");
        let out = run.crossings();
        assert_eq!(out.writes_read_by_others, HashSet::from([0, 2]));
        assert_eq!(out.received, [(1, b"ping".to_vec(), Some(vec![1])), (3, b"pong".to_vec(), Some(vec![2]))]);
    }

    /// A read from a stream no recorded write went into (its writer unknown) counts as
    /// another's bytes; a write read back by its own process alone does not cross.
    #[test]
    fn unknown_writers_count_and_own_writes_do_not() {
        let mut run = Run::default();
        run.call(2, Op::Read, (1, 2), b"x");
        assert_eq!(run.crossings().received, [(0, b"x".to_vec(), None)]);
        let mut run = Run::default();
        run.call(2, Op::Write, (1, 2), b"x").call(2, Op::Read, (3, 4), b"x");
        assert_eq!(run.crossings(), Crossings::default());
    }

    /// A run whose process `pid` executed spawn's command line: the next stream it reads from
    /// is its start pipe.
    fn spawned_child(pid: i32) -> Run {
        let mut run = Run::default();
        let argv = [
            "python3",
            "-c",
            "from multiprocessing.spawn import spawn_main; spawn_main(pipe_handle=7)",
            "--multiprocessing-fork",
        ];
        let exec = RecordKind::Exec { argv: argv.map(String::from).to_vec(), own_file: false };
        run.records.push(Record { pid, tid: pid, time_ns: 0, kind: exec });
        run
    }

    /// What main wrote into the pipe a spawned child read first after its exec of spawn's
    /// command line (its `Process` object: `ping` as an argument) crossed nowhere; what went
    /// through a `Pipe` after it did.
    #[test]
    fn spawns_bootstrap_pipe_carries_no_message() {
        let mut run = spawned_child(2);
        run.stream = StreamId::Pipe(8);
        run.call(1, Op::Write, (1, 2), b"ping").call(2, Op::Read, (3, 4), b"ping");
        run.stream = StreamId::Pipe(7);
        run.call(1, Op::Write, (5, 6), b"pong").call(2, Op::Read, (7, 8), b"pong");
        let out = run.crossings();
        assert_eq!(out.bootstraps, HashMap::from([(StreamId::Pipe(8), 2)]));
        assert_eq!(out.writes_read_by_others, HashSet::from([3]));
        assert_eq!(out.received, [(4, b"pong".to_vec(), Some(vec![1]))]);
    }

    /// Bytes the spawned child puts back into its start pipe, read by its parent, are a message
    /// like any pipe's (red team round 32: such a byte ordered a main that never joined).
    #[test]
    fn what_a_child_puts_back_into_its_start_pipe_is_a_message() {
        let mut run = spawned_child(2);
        run.stream = StreamId::Pipe(8);
        run.call(1, Op::Write, (1, 2), b"ping").call(2, Op::Read, (3, 4), b"ping");
        run.call(2, Op::Write, (5, 6), b"x").call(1, Op::Read, (7, 8), b"x");
        let out = run.crossings();
        assert_eq!(out.bootstraps, HashMap::from([(StreamId::Pipe(8), 2)]));
        assert_eq!(out.writes_read_by_others, HashSet::from([3]));
        assert_eq!(out.received, [(4, b"x".to_vec(), Some(vec![2]))]);
    }

    /// A write whose bytes are not known (a stdout put on the pipe: a redirection) may have
    /// put any byte, but not where the reader's own write may have put that same byte (red
    /// team round 26): an honest reply through a redirected stdout still counts.
    #[test]
    fn unknown_bytes_of_another_do_not_make_the_readers_own_count() {
        use crate::sources::observer::channels::Redirected;
        let redirect = |pid, entered| {
            let d = Redirected { entered, streams: vec![StreamId::Pipe(7)], unknown: false };
            Record { pid, tid: pid, time_ns: entered, kind: RecordKind::Redirect(d) }
        };
        let mut run = Run::default();
        run.records.push(redirect(3, 1));
        run.call(2, Op::Write, (2, 3), b"1 2 3 4").call(2, Op::Read, (4, 5), b"1 2 3 4");
        assert_eq!(run.received(), []);
        let mut run = Run::default();
        run.call(1, Op::Write, (1, 2), b"ping").call(2, Op::Read, (3, 4), b"ping");
        run.records.push(redirect(2, 5));
        run.call(1, Op::Read, (6, 7), b"pong");
        let out = run.crossings();
        assert_eq!(out.received, [(1, b"ping".to_vec(), Some(vec![1])), (3, b"pong".to_vec(), Some(vec![2]))]);
        // And the reply counts as the child's, sent: only its redirection can have put it.
        assert_eq!(out.redirected_sent, [(2, b"pong".to_vec())]);
    }

    /// A child of the forkserver (a process that executed its command line) takes its
    /// `Process` object from the first stream it reads: no message crosses there.
    #[test]
    fn a_forkserver_childs_bootstrap_pipe_carries_no_message() {
        let mut run = Run::default();
        let argv = ["python3", "-c", "from multiprocessing.forkserver import main; main(8, 9, ['__main__'], **{})"];
        let exec = RecordKind::Exec { argv: argv.map(String::from).to_vec(), own_file: false };
        run.records.push(Record { pid: 5, tid: 5, time_ns: 0, kind: exec });
        run.records.push(Record { pid: 2, tid: 2, time_ns: 0, kind: RecordKind::Began { parent: 5 } });
        run.stream = StreamId::Pipe(8);
        run.call(1, Op::Write, (1, 2), b"ping").call(2, Op::Read, (3, 4), b"ping");
        assert_eq!(spawn_bootstraps(&run.records), HashMap::from([(StreamId::Pipe(8), 2)]));
        assert_eq!(run.received(), []);
    }
}
