//! How scenario processes report events to the supervisor: frames on one shared pipe.
//!
//! Every process sends batches of whole frames, each batch one message on a seqpacket socket,
//! which the kernel delivers whole, so no lock is shared between processes and frames never
//! interleave.
//! An event too large for one frame is sent as several frames tagged with the writer's pid and
//! reassembled per pid, which is safe because one process writes its frames in order.

use crate::trace::{Ending, Event, EventKind, Origin};
use nix::unistd::getpid;
use std::collections::HashMap;
use std::os::fd::{AsRawFd, BorrowedFd, RawFd};

/// The most bytes of frames sent as one message.
pub const BATCH: usize = 64 * 1024;
/// Frame header: payload length (u32), pid (i32), flags (u8).
const HEADER: usize = 9;
const MORE: u8 = 1;
/// Bytes of frames the recorder holds inside itself before its buffer moves to the heap: room
/// for a started child's few events and for its parent's start and join.
const INLINE: usize = 256;

/// The batch buffer: inline in the recorder (which lives in the interpreter, on the stack,
/// in a page both processes write after a fork anyway) until it outgrows `INLINE`. Between
/// a fork and its join, every heap page the parent or the child writes is a page fault and
/// a copy; a heap buffer was one such page for each of them per started child.
type Buffer = smallvec::SmallVec<[u8; INLINE]>;

/// Lets postcard encode into the buffer where it lies (its `to_extend` takes the writer by
/// value, and moving the buffer would copy its inline bytes twice per event).
struct Appender<'b>(&'b mut Buffer);

impl Extend<u8> for Appender<'_> {
    fn extend<I: IntoIterator<Item = u8>>(&mut self, bytes: I) {
        self.0.extend(bytes);
    }
}

/// The writing end, owned by one process.
///
/// Events are gathered in a buffer of at most `BATCH` bytes of whole frames and sent as one
/// message when the next frame would not fit, so a process that records many events in a
/// row makes one system call per thousand or so. The owner must call `flush` before
/// anything that may block or end the process (sleep, wait, a blocking channel operation,
/// exec, exit), so that every event reaches the supervisor before the process could be
/// killed at a timeout. A fork need not flush: the child drops its copy (`reset_after_fork`).
pub struct Recorder {
    fd: RawFd,
    pid: i32,
    next_seq: u32,
    buffer: Buffer,
    /// When false, only a process's first and last events are sent (for measuring the cost of
    /// recording).
    enabled: bool,
}

impl Recorder {
    /// A recorder for the calling process on the pipe's write end `fd`.
    pub fn new(fd: RawFd, enabled: bool) -> Recorder {
        Recorder { fd, pid: getpid().as_raw(), next_seq: 0, buffer: Buffer::new(), enabled }
    }

    /// Starts over after a fork: the child is a new process with its own sequence. The
    /// events copied in the buffer are the parent's, which sends them itself: they are
    /// dropped here. A parent's buffer on the heap is forgotten, not freed or reused (either
    /// would write, and so copy, its pages): the child starts inline again.
    pub fn reset_after_fork(&mut self) {
        self.pid = getpid().as_raw();
        self.next_seq = 0;
        if self.buffer.spilled() {
            std::mem::forget(std::mem::take(&mut self.buffer));
        } else {
            self.buffer.clear();
        }
    }

    /// The pid of the recording process, known without a system call.
    pub fn pid(&self) -> i32 {
        self.pid
    }

    pub fn fd(&self) -> RawFd {
        self.fd
    }

    pub fn enabled(&self) -> bool {
        self.enabled
    }

    /// Takes the next sequence number, for an event whose content is only known later.
    pub fn reserve_seq(&mut self) -> u32 {
        let seq = self.next_seq;
        self.next_seq += 1;
        seq
    }

    /// The sequence number the next event will get.
    pub fn peek_seq(&self) -> u32 {
        self.next_seq
    }

    /// Queues `event`, which must carry a sequence number from `reserve_seq`.
    pub fn send(&mut self, event: &Event) {
        if !self.enabled && !matches!(event.kind, EventKind::Begin { .. } | EventKind::End { .. }) {
            return;
        }
        self.push(event);
    }

    /// Queues an event made of borrowed parts without building an owned `Event`: a queue's
    /// puts and gets (most of a busy run's events), and the events of a started child and of
    /// its parent's start and join. Between a fork and its join every heap page either process
    /// writes is copied, so these encode straight into the buffer, with no string allocated.
    pub fn send_item_event(&mut self, item: ItemEvent<'_>) {
        if !self.enabled && !matches!(item.kind, ItemEventKind::Begin { .. } | ItemEventKind::End { .. }) {
            return;
        }
        let start = self.buffer.len();
        self.buffer.extend_from_slice(&[0; HEADER]);
        if encode_direct(&mut self.buffer, &item) && self.buffer.len() <= BATCH {
            let len = self.buffer.len() - start - HEADER;
            self.buffer[start..start + 4].copy_from_slice(&(len as u32).to_le_bytes());
            self.buffer[start + 4..start + 8].copy_from_slice(&self.pid.to_le_bytes());
            return;
        }
        self.buffer.truncate(start);
        self.push(&item);
    }

    fn push(&mut self, event: &impl serde::Serialize) {
        // The common case: the event is encoded straight into the buffer behind a header
        // that is filled in afterwards, and fits in what is left of this batch.
        let start = self.buffer.len();
        self.buffer.extend_from_slice(&[0; HEADER]);
        postcard::to_extend(event, Appender(&mut self.buffer)).expect("events always serialize");
        let len = self.buffer.len() - start - HEADER;
        if self.buffer.len() <= BATCH {
            self.buffer[start..start + 4].copy_from_slice(&(len as u32).to_le_bytes());
            self.buffer[start + 4..start + 8].copy_from_slice(&self.pid.to_le_bytes());
            return;
        }
        let payload = self.buffer[start + HEADER..].to_vec();
        self.buffer.truncate(start);
        let mut chunks = payload.chunks(BATCH - HEADER).peekable();
        while let Some(chunk) = chunks.next() {
            if self.buffer.len() + HEADER + chunk.len() > BATCH {
                self.flush();
            }
            self.buffer.extend_from_slice(&(chunk.len() as u32).to_le_bytes());
            self.buffer.extend_from_slice(&self.pid.to_le_bytes());
            self.buffer.push(if chunks.peek().is_some() { MORE } else { 0 });
            self.buffer.extend_from_slice(chunk);
        }
    }

    /// Writes the buffered frames in one atomic write.
    pub fn flush(&mut self) {
        if self.buffer.is_empty() {
            return;
        }
        // SAFETY: `fd` is the event pipe's write end, open for the life of this process: the
        // engine never closes it in a scenario process.
        let fd = unsafe { BorrowedFd::borrow_raw(self.fd) };
        loop {
            match nix::sys::socket::send(fd.as_raw_fd(), &self.buffer, nix::sys::socket::MsgFlags::MSG_NOSIGNAL) {
                // A seqpacket message is sent whole or not at all.
                Ok(_) => break,
                Err(nix::errno::Errno::EINTR) => continue,
                // The supervisor is gone: there is nobody to report to and the run is over.
                Err(_) => super::exit_now(111),
            }
        }
        self.buffer.clear();
    }
}

/// An event made of borrowed parts: the events recorded once per item or task (`Put`, `Get`,
/// `Submit`, `TaskStart`, `TaskEnd`, `Result`) and once per started child (`Begin`, `Print`,
/// `Start`, `Join`, `End`). It encodes to the same bytes as the owned `Event` (tested below), so the
/// supervisor decodes it as one.
#[derive(serde::Serialize)]
pub struct ItemEvent<'a> {
    pub seq: u32,
    pub time_ns: u64,
    pub label: Option<&'a String>,
    pub kind: ItemEventKind<'a>,
}

/// `EventKind`'s variants up to `Result`, in the same order: postcard names a variant by its
/// position. The unit variants exist only to hold those positions.
#[derive(serde::Serialize)]
#[allow(dead_code)]
pub enum ItemEventKind<'a> {
    Begin { name: &'a str, parent_pid: i32, parent_seq: Option<u32>, origin: Origin },
    Print(&'a crate::model::template::Value),
    Sleep,
    Start { child_pid: i32, name: &'a str, origin: Origin },
    Fork,
    Join { child_pid: i32, name: &'a str, ending: &'a Ending },
    Let,
    End { code: i32 },
    Loop,
    LoopEnd,
    Channel,
    Put { channel: &'a str, value: &'a crate::model::template::Value, timed_out: bool },
    Get { channel: &'a str, value: &'a crate::model::template::Value, from: Option<(i32, u32)> },
    Pool,
    Submit { pool: &'a str, task: u32, process: &'a str },
    TaskStart { pool: &'a str, task: u32, process: &'a str, submit_seq: u32 },
    TaskEnd { pool: &'a str, task: u32, value: &'a crate::model::template::Value },
    Result { pool: &'a str, task: u32, value: &'a crate::model::template::Value, worker_pid: i32, end_seq: u32 },
}

/// postcard's encoding of `item`, written by hand, appended to `out` (the same bytes as
/// postcard's, tested below), for the events of a started child and of its parent's start and
/// join; false, with `out` as it was, for any other event. postcard's generic serializer runs
/// through functions spread over the binary's code, and a freshly forked child takes a page
/// fault for every 64 KiB window of code it runs: these few lines are one window.
fn encode_direct(out: &mut Buffer, item: &ItemEvent<'_>) -> bool {
    fn varint(out: &mut Buffer, mut n: u64) {
        while n >= 0x80 {
            out.push(n as u8 | 0x80);
            n >>= 7;
        }
        out.push(n as u8);
    }
    fn zigzag(n: i32) -> u64 {
        ((n << 1) ^ (n >> 31)) as u32 as u64
    }
    fn text(out: &mut Buffer, s: &str) {
        varint(out, s.len() as u64);
        out.extend_from_slice(s.as_bytes());
    }
    // Decided first, so that a queue's puts and gets (postcard's) cost no false start.
    let direct = match &item.kind {
        ItemEventKind::Print(value) => value.spans.as_slice().is_empty(),
        ItemEventKind::Join { ending, .. } => matches!(ending, Ending::Exited(_)),
        ItemEventKind::Begin { .. } | ItemEventKind::Start { .. } | ItemEventKind::End { .. } => true,
        _ => false,
    };
    if !direct {
        return false;
    }
    let start = out.len();
    varint(out, item.seq.into());
    varint(out, item.time_ns);
    match item.label {
        None => out.push(0),
        Some(label) => {
            out.push(1);
            text(out, label);
        }
    }
    // Variant indexes are `EventKind`'s (and `ItemEventKind`'s) positions; an `Origin` is its
    // position too, as a fieldless enum's discriminant.
    match &item.kind {
        ItemEventKind::Begin { name, parent_pid, parent_seq, origin } => {
            varint(out, 0);
            text(out, name);
            varint(out, zigzag(*parent_pid));
            match parent_seq {
                None => out.push(0),
                Some(seq) => {
                    out.push(1);
                    varint(out, (*seq).into());
                }
            }
            varint(out, *origin as u64);
        }
        ItemEventKind::Print(value) if value.spans.as_slice().is_empty() => {
            varint(out, 1);
            text(out, &value.text);
            varint(out, 0);
        }
        ItemEventKind::Start { child_pid, name, origin } => {
            varint(out, 3);
            varint(out, zigzag(*child_pid));
            text(out, name);
            varint(out, *origin as u64);
        }
        ItemEventKind::Join { child_pid, name, ending: Ending::Exited(code) } => {
            varint(out, 5);
            varint(out, zigzag(*child_pid));
            text(out, name);
            varint(out, 0);
            varint(out, zigzag(*code));
        }
        ItemEventKind::End { code } => {
            varint(out, 7);
            varint(out, zigzag(*code));
        }
        _ => {
            out.truncate(start);
            return false;
        }
    }
    true
}

/// The reading end's parser: turns bytes into (pid, event) in arrival order.
#[derive(Default)]
pub struct FrameReader {
    buffer: Vec<u8>,
    partial: HashMap<i32, Vec<u8>>,
    decoder: super::decode::Decoder,
}

impl FrameReader {
    /// Feeds bytes read from the pipe; returns the events completed by them.
    ///
    /// Whole frames are decoded straight from `bytes`: only an incomplete frame at the end is
    /// copied (to wait for its rest), and only a frame split in parts (an event over a batch)
    /// is reassembled, so decoding a run's records makes no copy of them.
    pub fn feed(&mut self, bytes: &[u8], mut each: impl FnMut(i32, Result<Event, String>)) {
        let mut pending = std::mem::take(&mut self.buffer);
        let input: &[u8] = if pending.is_empty() {
            bytes
        } else {
            pending.extend_from_slice(bytes);
            &pending
        };
        let mut at = 0;
        while input.len() - at >= HEADER {
            let len = u32::from_le_bytes(input[at..at + 4].try_into().expect("4 bytes")) as usize;
            if input.len() - at < HEADER + len {
                break;
            }
            let pid = i32::from_le_bytes(input[at + 4..at + 8].try_into().expect("4 bytes"));
            let more = input[at + 8] & MORE != 0;
            let chunk = &input[at + HEADER..at + HEADER + len];
            match self.partial.get_mut(&pid) {
                None if !more => each(pid, self.decoder.event(chunk)),
                None => {
                    self.partial.insert(pid, chunk.to_vec());
                }
                Some(whole) => {
                    whole.extend_from_slice(chunk);
                    if !more {
                        let whole = self.partial.remove(&pid).unwrap_or_default();
                        each(pid, self.decoder.event(&whole));
                    }
                }
            }
            at += HEADER + len;
        }
        let rest = input[at..].to_vec();
        pending.clear();
        pending.extend_from_slice(&rest);
        self.buffer = pending;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::template::{Value, Volatile};

    #[test]
    fn borrowed_item_events_decode_as_owned_events() {
        let value = Value::volatile("42", Volatile::Pid(42));
        let label = "put".to_owned();
        let put = ItemEvent {
            seq: 3,
            time_ns: 99,
            label: Some(&label),
            kind: ItemEventKind::Put { channel: "q", value: &value, timed_out: true },
        };
        let decoded: Event = postcard::from_bytes(&postcard::to_allocvec(&put).unwrap()).unwrap();
        let expected = EventKind::Put { channel: "q".into(), value: value.clone(), timed_out: true };
        assert_eq!(decoded, Event { seq: 3, time_ns: 99, label: Some(label.into()), kind: expected });
        let get = ItemEvent {
            seq: 4,
            time_ns: 100,
            label: None,
            kind: ItemEventKind::Get { channel: "q", value: &value, from: Some((7, 8)) },
        };
        let decoded: Event = postcard::from_bytes(&postcard::to_allocvec(&get).unwrap()).unwrap();
        let expected = EventKind::Get { channel: "q".into(), value: value.clone(), from: Some((7, 8)) };
        assert_eq!(decoded, Event { seq: 4, time_ns: 100, label: None, kind: expected });
        let submit = ItemEvent {
            seq: 5,
            time_ns: 101,
            label: None,
            kind: ItemEventKind::Submit { pool: "p", task: 3, process: "f" },
        };
        let decoded: Event = postcard::from_bytes(&postcard::to_allocvec(&submit).unwrap()).unwrap();
        let expected = EventKind::Submit { pool: "p".into(), task: 3, process: "f".into() };
        assert_eq!(decoded, Event { seq: 5, time_ns: 101, label: None, kind: expected });
        let end = ItemEvent {
            seq: 7,
            time_ns: 103,
            label: None,
            kind: ItemEventKind::TaskEnd { pool: "p", task: 3, value: &value },
        };
        let decoded: Event = postcard::from_bytes(&postcard::to_allocvec(&end).unwrap()).unwrap();
        assert_eq!(decoded.kind, EventKind::TaskEnd { pool: "p".into(), task: 3, value: value.clone() });
        let start = ItemEvent {
            seq: 8,
            time_ns: 104,
            label: None,
            kind: ItemEventKind::TaskStart { pool: "p", task: 3, process: "f", submit_seq: 2 },
        };
        let decoded: Event = postcard::from_bytes(&postcard::to_allocvec(&start).unwrap()).unwrap();
        assert_eq!(
            decoded.kind,
            EventKind::TaskStart { pool: "p".into(), task: 3, process: "f".into(), submit_seq: 2 }
        );
        let result = ItemEvent {
            seq: 6,
            time_ns: 102,
            label: None,
            kind: ItemEventKind::Result { pool: "p", task: 3, value: &value, worker_pid: 9, end_seq: 4 },
        };
        let decoded: Event = postcard::from_bytes(&postcard::to_allocvec(&result).unwrap()).unwrap();
        let expected = EventKind::Result { pool: "p".into(), task: 3, value, worker_pid: 9, end_seq: 4 };
        assert_eq!(decoded, Event { seq: 6, time_ns: 102, label: None, kind: expected });
    }

    #[test]
    fn borrowed_child_events_decode_as_owned_events() {
        let decode = |kind: ItemEventKind<'_>| -> EventKind {
            let event = ItemEvent { seq: 1, time_ns: 2, label: None, kind };
            let decoded: Event = postcard::from_bytes(&postcard::to_allocvec(&event).unwrap()).unwrap();
            assert_eq!((decoded.seq, decoded.time_ns, decoded.label), (1, 2, None));
            decoded.kind
        };
        let begin = ItemEventKind::Begin { name: "kid", parent_pid: -3, parent_seq: Some(7), origin: Origin::Forked };
        let expected =
            EventKind::Begin { name: "kid".into(), parent_pid: -3, parent_seq: Some(7), origin: Origin::Forked };
        assert_eq!(decode(begin), expected);
        let value = Value::volatile("42", Volatile::Pid(42));
        assert_eq!(decode(ItemEventKind::Print(&value)), EventKind::Print(value.clone()));
        let start = ItemEventKind::Start { child_pid: 9, name: "kid", origin: Origin::Spawned };
        assert_eq!(decode(start), EventKind::Start { child_pid: 9, name: "kid".into(), origin: Origin::Spawned });
        for ending in [Ending::Exited(3), Ending::Signaled(crate::trace::Signal::SIGKILL), Ending::Unknown] {
            let join = ItemEventKind::Join { child_pid: 9, name: "kid", ending: &ending };
            assert_eq!(decode(join), EventKind::Join { child_pid: 9, name: "kid".into(), ending: ending.clone() });
        }
        assert_eq!(decode(ItemEventKind::End { code: -1 }), EventKind::End { code: -1 });
    }

    #[test]
    fn direct_encoding_is_postcards() {
        let label = "a label".to_owned();
        let plain = Value::plain("child");
        let spans = Value::volatile("42", Volatile::Pid(42));
        let (exited, killed) = (Ending::Exited(-2), Ending::Signaled(crate::trace::Signal::SIGKILL));
        let kinds = || {
            [
                (
                    ItemEventKind::Begin {
                        name: "kid",
                        parent_pid: 70000,
                        parent_seq: Some(300),
                        origin: Origin::Forked,
                    },
                    true,
                ),
                (ItemEventKind::Begin { name: "main", parent_pid: -1, parent_seq: None, origin: Origin::Main }, true),
                (ItemEventKind::Print(&plain), true),
                (ItemEventKind::Print(&spans), false),
                (ItemEventKind::Start { child_pid: 4_000_000, name: "k", origin: Origin::Spawned }, true),
                (ItemEventKind::Join { child_pid: 5, name: "kid", ending: &exited }, true),
                (ItemEventKind::Join { child_pid: 5, name: "kid", ending: &killed }, false),
                (ItemEventKind::End { code: i32::MIN }, true),
                (ItemEventKind::End { code: 127 }, true),
                (ItemEventKind::Put { channel: "q", value: &plain, timed_out: false }, false),
            ]
        };
        for (seq, time_ns, label) in [(0, 0, None), (u32::MAX, u64::MAX, Some(&label)), (128, 1 << 40, None)] {
            for (kind, direct) in kinds() {
                let item = ItemEvent { seq, time_ns, label, kind };
                let mut out = Buffer::new();
                out.push(9);
                assert_eq!(encode_direct(&mut out, &item), direct);
                let expected = if direct { postcard::to_allocvec(&item).unwrap() } else { Vec::new() };
                assert_eq!((out[0], &out[1..]), (9, &expected[..]));
            }
        }
    }
}
