//! How scenario processes report events to the supervisor: frames on one shared pipe.
//!
//! Every process sends batches of whole frames, each batch one message on a seqpacket socket,
//! which the kernel delivers whole, so no lock is shared between processes and frames never
//! interleave.
//! An event too large for one frame is sent as several frames tagged with the writer's pid and
//! reassembled per pid, which is safe because one process writes its frames in order.

use crate::model::template::{Spans, Value, Volatile};
use crate::trace::{Ending, Event, EventKind, Origin};
use nix::unistd::getpid;
use std::collections::HashMap;
use std::os::fd::{AsRawFd, BorrowedFd, RawFd};

/// The most bytes of frames sent as one message.
pub const BATCH: usize = 64 * 1024;
/// Frame header: payload length (u32), pid (i32), flags (u8).
const HEADER: usize = 9;
const MORE: u8 = 1;
/// Header flag: the frame is a run (`Run`): a put's or a get's encoding, behind its length as
/// two bytes, then two bytes for each like event that followed it (its time after the one
/// before, in nanoseconds).
const RUN: u8 = 2;
/// Bytes of frames the recorder holds inside itself before its buffer moves to the heap: room
/// for a started child's few events and for its parent's start and join.
const INLINE: usize = 256;

/// The batch: frames are written where they will be sent from, first into an array inline in
/// the recorder (which lives in the interpreter, on the stack, in a page both processes write
/// after a fork anyway), then, once it outgrows `INLINE`, into one heap block of `BATCH`
/// bytes. Between a fork and its join, every heap page the parent or the child writes is a
/// page fault and a copy; a heap buffer was one such page for each of them per started child.
///
/// Both are zeroed once and then only overwritten: an event is encoded straight into the
/// free room behind the last frame (`room`), with no bytes zeroed, pushed or copied per event.
struct Batch {
    inline: [u8; INLINE],
    heap: Option<Box<[u8]>>,
    len: usize,
}

impl Batch {
    fn new() -> Batch {
        Batch { inline: [0; INLINE], heap: None, len: 0 }
    }

    fn frames(&self) -> &[u8] {
        match &self.heap {
            Some(heap) => &heap[..self.len],
            None => &self.inline[..self.len],
        }
    }

    /// The free room behind the frames, for the next frame to be written into.
    fn room(&mut self) -> &mut [u8] {
        match &mut self.heap {
            Some(heap) => &mut heap[self.len..],
            None => &mut self.inline[self.len..],
        }
    }

    /// The frames and the room behind them, for a frame written already to be grown.
    fn all_mut(&mut self) -> &mut [u8] {
        match &mut self.heap {
            Some(heap) => heap,
            None => &mut self.inline,
        }
    }

    /// Moves the frames to the heap block, which holds a whole batch.
    fn spill(&mut self) {
        if self.heap.is_none() {
            let mut heap = vec![0; BATCH].into_boxed_slice();
            heap[..self.len].copy_from_slice(&self.inline[..self.len]);
            self.heap = Some(heap);
        }
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
    batch: Batch,
    /// When false, only a process's first and last events are sent (for measuring the cost of
    /// recording).
    enabled: bool,
    /// The run the last frame of the batch holds, which the next put or get extends when it
    /// follows from the one before (`Run`).
    run: Option<Run>,
}

impl Recorder {
    /// A recorder for the calling process on the pipe's write end `fd`.
    pub fn new(fd: RawFd, enabled: bool) -> Recorder {
        Recorder { fd, pid: getpid().as_raw(), next_seq: 0, batch: Batch::new(), enabled, run: None }
    }

    /// Starts over after a fork: the child is a new process with its own sequence. The
    /// events copied in the buffer are the parent's, which sends them itself: they are
    /// dropped here. A parent's buffer on the heap is forgotten, not freed or reused (either
    /// would write, and so copy, its pages): the child starts inline again.
    pub fn reset_after_fork(&mut self) {
        self.pid = getpid().as_raw();
        self.next_seq = 0;
        std::mem::forget(self.batch.heap.take());
        self.batch.len = 0;
        // The parent's run went with its frames.
        self.run = None;
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
        self.write(|room| postcard::to_slice(event, room.get_mut(HEADER..)?).ok().map(|p| p.len() + HEADER), event);
    }

    /// Queues an event made of borrowed parts without building an owned `Event`: a queue's
    /// puts and gets (most of a busy run's events), a pool's, and the events of a started child
    /// and of its parent's start and join. These are encoded by hand (`Frame`) straight into
    /// the batch, with no string allocated: between a fork and its join every heap page either
    /// process writes is copied.
    #[inline]
    pub fn send_item_event(&mut self, item: ItemEvent<'_>) {
        match item.kind {
            ItemEventKind::Put { channel, value, timed_out } => {
                self.send_put(item.seq, item.time_ns, item.label, channel, value, timed_out)
            }
            ItemEventKind::Get { channel, value, from: Some(from) } => {
                self.send_get(item.seq, item.time_ns, item.label, channel, value, from)
            }
            _ => self.send_item_event_frame(&item),
        }
    }

    /// `send_item_event` of a put, from its parts: the next put of a run (a loop's) is added to
    /// it here, in a few loads and compares inlined into the caller, without the event built
    /// (docs/performance.md, "A run's check, small").
    ///
    /// `label` and `channel` must be the scenario's own strings (the action's fields), which
    /// live unchanged as long as the process: a run knows them again by their address
    /// (`Run::follows`).
    #[inline(always)]
    pub fn send_put(
        &mut self,
        seq: u32,
        time_ns: u64,
        label: Option<&String>,
        channel: &str,
        value: &Value,
        timed_out: bool,
    ) {
        if self.run_takes(|run| run.put && !timed_out, seq, time_ns, label, channel, value) {
            return;
        }
        let kind = ItemEventKind::Put { channel, value, timed_out };
        self.send_item_event_frame(&ItemEvent { seq, time_ns, label, kind });
    }

    /// `send_put` for a get of the item `from` (its writer's pid and sequence number).
    #[inline(always)]
    pub fn send_get(
        &mut self,
        seq: u32,
        time_ns: u64,
        label: Option<&String>,
        channel: &str,
        value: &Value,
        from: (i32, u32),
    ) {
        if self.run_takes(|run| !run.put && from == run.next_from, seq, time_ns, label, channel, value) {
            return;
        }
        let kind = ItemEventKind::Get { channel, value, from: Some(from) };
        self.send_item_event_frame(&ItemEvent { seq, time_ns, label, kind });
    }

    /// Whether the batch's run took the put or get with these parts: `kind_fits` says whether
    /// it is of the run's kind (for a get, of the writer's next item), `Run::follows` the rest,
    /// and `extend_run` adds it.
    #[inline(always)]
    fn run_takes(
        &mut self,
        kind_fits: impl FnOnce(&Run) -> bool,
        seq: u32,
        time_ns: u64,
        label: Option<&String>,
        channel: &str,
        value: &Value,
    ) -> bool {
        let Some(run) = &mut self.run else { return false };
        if !kind_fits(run) {
            return false;
        }
        match run.follows(seq, time_ns, label, channel, value) {
            Some(delta) => self.extend_run(delta, time_ns),
            None => false,
        }
    }

    /// `send_item_event` for an event no run takes: checks whether it is recorded at all.
    #[inline(never)]
    fn send_item_event_frame(&mut self, item: &ItemEvent<'_>) {
        if !self.enabled && !matches!(item.kind, ItemEventKind::Begin { .. } | ItemEventKind::End { .. }) {
            return;
        }
        self.send_new_frame(item);
    }

    /// `send_item_event`'s event in a frame of its own, which may open a run. Not inlined:
    /// the encoders made the whole a large function, whose prologue (saving registers, a
    /// stack frame of 400 bytes) each event in a run paid.
    #[inline(never)]
    fn send_new_frame(&mut self, item: &ItemEvent<'_>) {
        if !Frame::encodes(&item.kind) {
            self.write(|room| postcard::to_slice(item, room.get_mut(HEADER..)?).ok().map(|p| p.len() + HEADER), item);
            return;
        }
        if let Some(run) = Run::opened_by(item) {
            // The frame of a run: the first event's length in two bytes, then its encoding.
            let written = self.write_flagged(
                RUN,
                |room| {
                    let mut frame = Frame { bytes: room, len: HEADER + 2 };
                    frame.event(item)?;
                    let len = frame.len;
                    let first = u16::try_from(len - HEADER - 2).ok()?;
                    room[HEADER..HEADER + 2].copy_from_slice(&first.to_le_bytes());
                    Some(len)
                },
                item,
            );
            if let Some(len) = written {
                self.run = Some(Run { start: self.batch.len - len, end: self.batch.len, ..run });
            }
            return;
        }
        self.write(
            |room| {
                let mut frame = Frame { bytes: room, len: HEADER };
                frame.event(item)?;
                Some(frame.len)
            },
            item,
        );
    }

    /// Adds the event of time `time_ns` that follows from the run (`Run::follows`: the next
    /// sequence number, the same kind, channel and label, the next number as its value, for a
    /// get the next item of the same writer, within 65 us) to the run the batch ends with, as
    /// the two bytes `delta`, if there is room for them. That is the whole cost of recording a
    /// busy queue's put or get, where encoding the event took 15 % of the queue's pace on a
    /// 2-core VM and its 30-odd bytes as much again on their way out (docs/performance.md,
    /// "Runs of puts and gets", "A run's check, small").
    #[inline(always)]
    fn extend_run(&mut self, delta: u16, time_ns: u64) -> bool {
        let Some(run) = &mut self.run else { return false };
        debug_assert_eq!(run.end, self.batch.len, "a run is the batch's last frame");
        let at = run.end;
        let Some(slot) = self.batch.all_mut().get_mut(at..at + 2) else { return false };
        slot.copy_from_slice(&delta.to_le_bytes());
        run.end = at + 2;
        self.batch.len = at + 2;
        if !run.advance(time_ns) {
            self.end_run();
        }
        true
    }

    /// Ends the batch's run, if it has one: its frame's header gets the payload's length, which
    /// each event added to (written once here, not on every event).
    fn end_run(&mut self) {
        if let Some(run) = self.run.take() {
            let payload = (run.end - run.start - HEADER) as u32;
            self.batch.all_mut()[run.start..run.start + 4].copy_from_slice(&payload.to_le_bytes());
        }
    }

    /// Writes one frame into the batch's room with `encode`, which returns the frame's length
    /// (its payload behind a `HEADER` left for this to fill), or `None` when the room is too
    /// small. The room is made larger once (the inline bytes moved to the heap, or the batch
    /// sent) and `encode` tried again; an event that does not fit even then, bigger than a
    /// batch, is sent as several frames (`push`) from postcard's encoding.
    fn write(&mut self, encode: impl Fn(&mut [u8]) -> Option<usize>, event: &impl serde::Serialize) {
        self.write_flagged(0, encode, event);
    }

    /// `write`, with the header's flags `flags`; returns the frame's length when `encode`
    /// wrote it (`None` when the event went as several frames, without the flags).
    fn write_flagged(
        &mut self,
        flags: u8,
        encode: impl Fn(&mut [u8]) -> Option<usize>,
        event: &impl serde::Serialize,
    ) -> Option<usize> {
        // Whatever is written now ends the batch's run: its next event must not be added
        // behind another frame.
        self.end_run();
        for attempt in 0..2 {
            if let Some(len) = encode(self.batch.room()) {
                let pid = self.pid;
                let frame = &mut self.batch.room()[..len];
                frame[..4].copy_from_slice(&((len - HEADER) as u32).to_le_bytes());
                frame[4..8].copy_from_slice(&pid.to_le_bytes());
                frame[8] = flags;
                self.batch.len += len;
                return Some(len);
            }
            if attempt == 0 {
                self.make_room(FRAME);
            }
        }
        self.push(&postcard::to_allocvec(event).expect("events always serialize"));
        None
    }

    /// Makes at least `n` (at most `BATCH`) bytes of room behind the frames: moves them to the
    /// heap, and sends them if that is not enough.
    fn make_room(&mut self, n: usize) {
        if self.batch.room().len() < n {
            self.batch.spill();
        }
        if self.batch.room().len() < n {
            self.flush();
        }
    }

    /// Queues an event's encoding `payload` as frames of at most a batch each.
    fn push(&mut self, payload: &[u8]) {
        self.end_run();
        let mut chunks = payload.chunks(BATCH - HEADER).peekable();
        while let Some(chunk) = chunks.next() {
            self.make_room(HEADER + chunk.len());
            let pid = self.pid;
            let frame = &mut self.batch.room()[..HEADER + chunk.len()];
            frame[..4].copy_from_slice(&(chunk.len() as u32).to_le_bytes());
            frame[4..8].copy_from_slice(&pid.to_le_bytes());
            frame[8] = if chunks.peek().is_some() { MORE } else { 0 };
            frame[HEADER..].copy_from_slice(chunk);
            self.batch.len += HEADER + chunk.len();
        }
    }

    /// Writes the buffered frames in one atomic write.
    pub fn flush(&mut self) {
        // The frames leave: a run among them is complete.
        self.end_run();
        if self.batch.len == 0 {
            return;
        }
        // SAFETY: `fd` is the event pipe's write end, open for the life of this process: the
        // engine never closes it in a scenario process.
        let fd = unsafe { BorrowedFd::borrow_raw(self.fd) };
        loop {
            match nix::sys::socket::send(fd.as_raw_fd(), self.batch.frames(), nix::sys::socket::MsgFlags::MSG_NOSIGNAL)
            {
                // A seqpacket message is sent whole or not at all.
                Ok(_) => break,
                Err(nix::errno::Errno::EINTR) => continue,
                // The supervisor is gone: there is nobody to report to and the run is over.
                Err(_) => super::exit_now(111),
            }
        }
        self.batch.len = 0;
    }
}

/// A run of like puts or gets (a loop putting `{i}` into a queue, the loop taking them out),
/// recorded as the first one's frame and two bytes for each next one: its time after the one
/// before. The rest of a next event follows from the first: its sequence number is one more,
/// its value the next number, a get's writer the same and its item the one that writer put
/// next. The decoder (`decode::Decoder::run`) writes the events out again.
///
/// The check of each next event is most of what recording a busy queue costs, so it is kept to
/// a few loads and compares: about 170 instructions per event were a sixth of a queue's put
/// (docs/performance.md, "A run's check, small").
struct Run {
    /// Where the run's frame starts in the batch, and where it ends so far. The length in the
    /// frame's header is written when the run ends (`Recorder::end_run`).
    start: usize,
    end: usize,
    put: bool,
    next_seq: u32,
    /// A get's writer and the sequence number of the item it put next (not read for puts).
    next_from: (i32, u32),
    last_time: u64,
    /// The next value's text, left-aligned, and its length: the next number's digits.
    next: [u8; 20],
    next_len: usize,
    /// Where the last event's channel name, its length, its label (0: none) and its list of
    /// spans (0: none) were, as one key (`Places`). A loop's puts name the same channel with
    /// the same string of the scenario each time, and their values share one list of spans
    /// (`template::render`): the next event is known for the same by comparing addresses,
    /// where comparing the bytes was a third of the check. `usize::MAX` for the list after
    /// the number grew a digit: its span must be checked again.
    places: Places,
    /// The list of spans `places` names, held so that its address cannot be another list's
    /// while the run lasts.
    spans: Spans,
    /// The same three by their bytes, for an event whose differ in address (`fits_slowly`).
    channel: Short,
    label: Option<Short>,
    /// The variable whose span the whole value is, or none when the value has no span.
    var: Option<Short>,
}

impl Run {
    /// The run `item` opens, if a next event can follow it: a put that did not time out, or a
    /// get that knows its writer, whose value is a number (decimal digits, no leading zero, at
    /// most 19 of them) with no span, or one over all of it that is not run-specific.
    fn opened_by(item: &ItemEvent<'_>) -> Option<Run> {
        let (put, channel, value, from) = match item.kind {
            ItemEventKind::Put { channel, value, timed_out: false } => (true, channel, value, (0, 0)),
            ItemEventKind::Get { channel, value, from: Some(from) } => (false, channel, value, from),
            _ => return None,
        };
        let text = value.text.as_bytes();
        let number = !text.is_empty()
            && text.len() <= 19
            && text.iter().all(u8::is_ascii_digit)
            && (text[0] != b'0' || text.len() == 1);
        if !number {
            return None;
        }
        let var = match value.spans.as_slice() {
            [] => None,
            [span] if span.start == 0 && span.end == text.len() && span.volatile.is_none() => {
                Some(Short::new(span.var.as_bytes())?)
            }
            _ => return None,
        };
        let mut next = [0; 20];
        next[..text.len()].copy_from_slice(text);
        let mut run = Run {
            start: 0,
            end: 0,
            put,
            next_seq: item.seq,
            next_from: from,
            last_time: item.time_ns,
            next,
            next_len: text.len(),
            places: Places::of(channel, item.label, &value.spans),
            spans: value.spans.clone(),
            channel: Short::new(channel.as_bytes())?,
            label: match item.label {
                Some(label) => Some(Short::new(label.as_bytes())?),
                None => None,
            },
            var,
        };
        run.advance(item.time_ns).then_some(run)
    }

    /// If a put or get (of the run's kind, and for a get of the writer's next item: the caller
    /// has checked both) with these parts is the run's next event, the two bytes that record
    /// it: its time after the run's last, when under 65,536 ns.
    #[inline(always)]
    fn follows(&mut self, seq: u32, time_ns: u64, label: Option<&String>, channel: &str, value: &Value) -> Option<u16> {
        // Wrapping: a time before the last is a huge difference, and no run's.
        let delta = u16::try_from(time_ns.wrapping_sub(self.last_time)).ok()?;
        if seq != self.next_seq || !same_short(value.text.as_bytes(), &self.next[..self.next_len]) {
            return None;
        }
        if Places::of(channel, label, &value.spans) == self.places {
            debug_assert!(self.fits_slowly(channel, label, value), "a channel or label changed in place");
            return Some(delta);
        }
        self.fits_slowly_then_remember(channel, label, value).then_some(delta)
    }

    /// `follows` for an event whose channel, label or spans are not where the last one's were:
    /// compares them by their bytes, and remembers where they are when they fit.
    #[cold]
    #[inline(never)]
    fn fits_slowly_then_remember(&mut self, channel: &str, label: Option<&String>, value: &Value) -> bool {
        if !self.fits_slowly(channel, label, value) {
            return false;
        }
        self.places = Places::of(channel, label, &value.spans);
        self.spans = value.spans.clone();
        true
    }

    /// Whether `channel`, `label` and `value`'s spans are the run's, by their bytes.
    fn fits_slowly(&self, channel: &str, label: Option<&String>, value: &Value) -> bool {
        let spans_fit = match (&self.var, value.spans.as_slice()) {
            (None, []) => true,
            (Some(var), [span]) => {
                span.start == 0 && span.end == self.next_len && span.volatile.is_none() && var.is(span.var.as_bytes())
            }
            _ => false,
        };
        let label_fits = match (label, &self.label) {
            (None, None) => true,
            (Some(label), Some(run)) => run.is(label.as_bytes()),
            _ => false,
        };
        spans_fit && label_fits && self.channel.is(channel.as_bytes())
    }

    /// Moves on past an event of time `time_ns`: what the next must be. False when no next
    /// event can follow (a sequence number at its end, a number of 20 digits).
    #[inline(always)]
    fn advance(&mut self, time_ns: u64) -> bool {
        self.last_time = time_ns;
        let Some(seq) = self.next_seq.checked_add(1) else { return false };
        self.next_seq = seq;
        if !self.put {
            let Some(seq) = self.next_from.1.checked_add(1) else { return false };
            self.next_from.1 = seq;
        }
        // The next number: the last digit one more, unless it is a 9.
        let last = self.next_len - 1;
        if self.next[last] != b'9' {
            self.next[last] += 1;
            return true;
        }
        self.carry()
    }

    /// `advance` past a number ending in 9: its trailing 9s become 0s and the digit before
    /// them one more, or a 1 goes in front when all were 9s (and the spans, which end where
    /// the number does, are checked again). Out of line: one event in ten comes here, and the
    /// loop would make every caller's inlined check longer.
    #[inline(never)]
    fn carry(&mut self) -> bool {
        let mut at = self.next_len;
        while at > 0 && self.next[at - 1] == b'9' {
            self.next[at - 1] = b'0';
            at -= 1;
        }
        if at > 0 {
            self.next[at - 1] += 1;
            return true;
        }
        if self.next_len == 19 {
            return false;
        }
        self.next.copy_within(..self.next_len, 1);
        self.next[0] = b'1';
        self.next_len += 1;
        self.places.spans = usize::MAX;
        true
    }
}

/// Where a put's or a get's channel name, label and list of spans are (`Run::places`): their
/// addresses, compared as four words.
#[derive(Clone, Copy, PartialEq, Eq)]
struct Places {
    channel: usize,
    channel_len: usize,
    label: usize,
    spans: usize,
}

impl Places {
    #[inline(always)]
    fn of(channel: &str, label: Option<&String>, spans: &Spans) -> Places {
        Places {
            channel: channel.as_ptr() as usize,
            channel_len: channel.len(),
            label: label.map_or(0, |label| std::ptr::from_ref(label) as usize),
            spans: spans.address(),
        }
    }
}

/// The bytes of a varint, by its number's leading zero bits.
const VARINT_BYTES: [u8; 65] = {
    let mut bytes = [1; 65];
    let mut zeros = 0;
    while zeros < 64 {
        bytes[zeros] = (64 - zeros).div_ceil(7) as u8;
        zeros += 1;
    }
    bytes
};

/// The continuation bits of a varint of so many bytes: the top bit of all bytes but the last.
const VARINT_MORE: [u64; 9] = {
    let mut more = [0; 9];
    let mut bytes = 2;
    while bytes <= 8 {
        more[bytes] = 0x8080_8080_8080_8080 & ((1u64 << (8 * (bytes - 1))) - 1);
        bytes += 1;
    }
    more
};

/// `n`'s groups of 7 bits, each moved up into a byte of its own (the low group first): a
/// varint's bytes, without their continuation bits, for `n` under 2^56.
fn spread7(n: u64) -> u64 {
    let mut spread = 0;
    let mut group = 0;
    while group < 8 {
        spread |= (n << group) & (0x7f << (8 * group));
        group += 1;
    }
    spread
}

/// Copies `from` into `to`, of the same length, without a call to `memcpy` for the short
/// texts events are made of (a channel's or a variable's name, a number): as two copies of a
/// fixed size that overlap, each a load and a store, the way `memcpy` itself copies them
/// once called. Three calls per recorded get were a tenth of what the consumer of a busy
/// queue spent.
fn copy_short(to: &mut [u8], from: &[u8]) {
    let n = from.len();
    match n {
        0 => {}
        1..=3 => {
            to[0] = from[0];
            to[n / 2] = from[n / 2];
            to[n - 1] = from[n - 1];
        }
        4..=7 => {
            to[..4].copy_from_slice(&from[..4]);
            to[n - 4..].copy_from_slice(&from[n - 4..]);
        }
        8..=16 => {
            to[..8].copy_from_slice(&from[..8]);
            to[n - 8..].copy_from_slice(&from[n - 8..]);
        }
        _ => to.copy_from_slice(from),
    }
}

/// A short text a run compares each event with (a channel's name, a label, a variable's),
/// held in place: a `Text` is read through a branch on where it keeps its bytes.
#[derive(Clone, Copy)]
struct Short {
    bytes: [u8; 24],
    len: u8,
}

impl Short {
    /// `None` when `text` is longer than 24 bytes: no run holds such events.
    fn new(text: &[u8]) -> Option<Short> {
        let mut bytes = [0; 24];
        bytes.get_mut(..text.len())?.copy_from_slice(text);
        Some(Short { bytes, len: text.len() as u8 })
    }

    #[inline(always)]
    fn is(&self, text: &[u8]) -> bool {
        same_short(&self.bytes[..usize::from(self.len).min(24)], text)
    }
}

/// Whether `a` and `b` hold the same bytes, compared without a call to `memcmp` for the short
/// texts a run compares on every event (a number, a channel's name): as `copy_short` copies
/// them, two loads of a fixed size that overlap. (What it saves was not told apart from the
/// bench's noise: see docs/performance.md, "Runs of puts and gets".)
#[inline(always)]
fn same_short(a: &[u8], b: &[u8]) -> bool {
    let n = a.len();
    if n != b.len() {
        return false;
    }
    let word = |s: &[u8], at: usize| u64::from_le_bytes(s[at..at + 8].try_into().expect("8 bytes"));
    let half = |s: &[u8], at: usize| u32::from_le_bytes(s[at..at + 4].try_into().expect("4 bytes"));
    match n {
        0 => true,
        1..=3 => a[0] == b[0] && a[n / 2] == b[n / 2] && a[n - 1] == b[n - 1],
        4..=7 => half(a, 0) == half(b, 0) && half(a, n - 4) == half(b, n - 4),
        8..=16 => word(a, 0) == word(b, 0) && word(a, n - 8) == word(b, n - 8),
        _ => a == b,
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
    Print(&'a Value),
    Sleep,
    Start { child_pid: i32, name: &'a str, origin: Origin },
    Fork,
    Join { child_pid: i32, name: &'a str, ending: &'a Ending },
    Let,
    End { code: i32 },
    Loop,
    LoopEnd,
    Channel,
    Put { channel: &'a str, value: &'a Value, timed_out: bool },
    Get { channel: &'a str, value: &'a Value, from: Option<(i32, u32)> },
    Pool,
    Submit { pool: &'a str, task: u32, process: &'a str },
    TaskStart { pool: &'a str, task: u32, process: &'a str, submit_seq: u32 },
    TaskEnd { pool: &'a str, task: u32, value: &'a Value },
    Result { pool: &'a str, task: u32, value: &'a Value, worker_pid: i32, end_seq: u32 },
}

/// The room a frame is sure to find in a batch that was made room in (`Recorder::make_room`):
/// an event whose frame is larger, and does not fit behind the frames already there, is sent
/// as several frames.
const FRAME: usize = INLINE;

/// One frame encoded by hand into a batch's room: postcard's bytes for an `ItemEvent` (tested
/// below) behind the frame header. postcard's generic serializer, pushing every byte into a
/// growable buffer (a capacity check and a length update each), cost a queue about 50 ns per
/// put or get recorded, as much as the put or get itself (docs/performance.md, "recording
/// cost"). Its code is also spread over the binary, and a freshly forked child takes a page
/// fault for every 64 KiB window of code it runs: these few functions are one window.
///
/// Each writer returns `None` when the room is full.
struct Frame<'b> {
    bytes: &'b mut [u8],
    len: usize,
}

impl Frame<'_> {
    /// Whether `kind` is encoded by hand: every event an `ItemEvent` carries but a join that
    /// did not end with an exit code (postcard's then).
    fn encodes(kind: &ItemEventKind<'_>) -> bool {
        use ItemEventKind::*;
        match kind {
            Join { ending, .. } => matches!(ending, Ending::Exited(_)),
            Begin { .. } | Print(_) | Start { .. } | End { .. } | Put { .. } | Get { .. } => true,
            Submit { .. } | TaskStart { .. } | TaskEnd { .. } | Result { .. } => true,
            Sleep | Fork | Let | Loop | LoopEnd | Channel | Pool => false,
        }
    }

    #[inline(always)]
    fn byte(&mut self, b: u8) -> Option<()> {
        *self.bytes.get_mut(self.len)? = b;
        self.len += 1;
        Some(())
    }

    /// postcard's varint: 7 bits a byte, low first, the top bit set on all but the last.
    ///
    /// Most numbers are small (sequence numbers, lengths) and take the one-byte path; the
    /// rest (an event's time is 7 bytes) are put together in a register and stored as one
    /// 8-byte word, where writing them byte by byte in a loop was most of what recording a
    /// queue's put cost the producer (docs/performance.md, "recording cost").
    #[inline(always)]
    fn varint(&mut self, n: u64) -> Option<()> {
        if n < 0x80 {
            return self.byte(n as u8);
        }
        self.long_varint(n)
    }

    /// A varint of two bytes or more.
    fn long_varint(&mut self, n: u64) -> Option<()> {
        if self.varint_word(n, usize::from(VARINT_BYTES[n.leading_zeros() as usize])).is_some() {
            return Some(());
        }
        let mut n = n;
        while n >= 0x80 {
            self.byte(n as u8 | 0x80)?;
            n >>= 7;
        }
        self.byte(n as u8)
    }

    /// An event's time, as a varint of 8 bytes whatever its value (up to 2^56 ns, 833 days
    /// since the machine started; later ones as any varint): postcard reads a varint with
    /// needless high zero groups as the same number. Its length known in advance, the fields
    /// after it do not wait for it to be worked out: the encoding of an event is one chain of
    /// lengths, each field's place the sum of those before, and a varint's length, taken from
    /// its leading zeros, was the longest link of it.
    fn time(&mut self, n: u64) -> Option<()> {
        self.varint_word(n, 8).or_else(|| self.varint(n))
    }

    /// `n` (under 2^56) as a varint of `bytes` bytes (2 to 8, at least its own length), written
    /// as one 8-byte word; `None`, with nothing written, for a larger `n` or when fewer than 8
    /// bytes of room are left (the callers then write it byte by byte).
    fn varint_word(&mut self, n: u64, bytes: usize) -> Option<()> {
        if n >= 1 << 56 {
            return None;
        }
        // The bytes past the varint's are room behind the frame, which the next field
        // overwrites or nobody reads.
        let word = self.bytes.get_mut(self.len..self.len + 8)?;
        word.copy_from_slice(&(spread7(n) | VARINT_MORE[bytes]).to_le_bytes());
        self.len += bytes;
        Some(())
    }

    fn signed(&mut self, n: i32) -> Option<()> {
        self.varint(((n << 1) ^ (n >> 31)) as u32 as u64)
    }

    fn text(&mut self, s: &str) -> Option<()> {
        let s = s.as_bytes();
        self.varint(s.len() as u64)?;
        copy_short(self.bytes.get_mut(self.len..self.len + s.len())?, s);
        self.len += s.len();
        Some(())
    }

    /// An `Option` of one field: 0, or 1 and the field.
    fn option<T>(&mut self, value: Option<T>, each: impl FnOnce(&mut Self, T) -> Option<()>) -> Option<()> {
        match value {
            None => self.byte(0),
            Some(v) => {
                self.byte(1)?;
                each(self, v)
            }
        }
    }

    fn value(&mut self, value: &Value) -> Option<()> {
        self.text(&value.text)?;
        let spans = value.spans.as_slice();
        self.varint(spans.len() as u64)?;
        for span in spans {
            self.varint(span.start as u64)?;
            self.varint(span.end as u64)?;
            self.text(&span.var)?;
            // `Volatile`'s variants by position, as postcard names them.
            self.option(span.volatile, |f, v| match v {
                Volatile::Pid(pid) => {
                    f.byte(0)?;
                    f.signed(pid)
                }
                Volatile::Random { pid, seq } => {
                    f.byte(1)?;
                    f.signed(pid)?;
                    f.varint(seq.into())
                }
                Volatile::Shared => f.byte(2),
                Volatile::Alive => f.byte(3),
            })?;
        }
        Some(())
    }

    /// Appends `item`'s encoding, which `encodes` its kind; `None` when the room is too small
    /// (the bytes written so far are left behind the frames, where the next frame overwrites
    /// them).
    fn event(&mut self, item: &ItemEvent<'_>) -> Option<()> {
        self.varint(item.seq.into())?;
        self.time(item.time_ns)?;
        self.option(item.label, |f, label| f.text(label))?;
        // Variant indexes are `EventKind`'s (and `ItemEventKind`'s) positions; an `Origin` is
        // its position too, as a fieldless enum's discriminant.
        match &item.kind {
            ItemEventKind::Begin { name, parent_pid, parent_seq, origin } => {
                self.byte(0)?;
                self.text(name)?;
                self.signed(*parent_pid)?;
                self.option(*parent_seq, |f, seq| f.varint(seq.into()))?;
                self.varint(*origin as u64)
            }
            ItemEventKind::Print(value) => {
                self.byte(1)?;
                self.value(value)
            }
            ItemEventKind::Start { child_pid, name, origin } => {
                self.byte(3)?;
                self.signed(*child_pid)?;
                self.text(name)?;
                self.varint(*origin as u64)
            }
            ItemEventKind::Join { child_pid, name, ending: Ending::Exited(code) } => {
                self.byte(5)?;
                self.signed(*child_pid)?;
                self.text(name)?;
                self.byte(0)?;
                self.signed(*code)
            }
            ItemEventKind::End { code } => {
                self.byte(7)?;
                self.signed(*code)
            }
            ItemEventKind::Put { channel, value, timed_out } => {
                self.byte(11)?;
                self.text(channel)?;
                self.value(value)?;
                self.byte(u8::from(*timed_out))
            }
            ItemEventKind::Get { channel, value, from } => {
                self.byte(12)?;
                self.text(channel)?;
                self.value(value)?;
                self.option(*from, |f, (pid, seq)| {
                    f.signed(pid)?;
                    f.varint(seq.into())
                })
            }
            ItemEventKind::Submit { pool, task, process } => {
                self.byte(14)?;
                self.text(pool)?;
                self.varint((*task).into())?;
                self.text(process)
            }
            ItemEventKind::TaskStart { pool, task, process, submit_seq } => {
                self.byte(15)?;
                self.text(pool)?;
                self.varint((*task).into())?;
                self.text(process)?;
                self.varint((*submit_seq).into())
            }
            ItemEventKind::TaskEnd { pool, task, value } => {
                self.byte(16)?;
                self.text(pool)?;
                self.varint((*task).into())?;
                self.value(value)
            }
            ItemEventKind::Result { pool, task, value, worker_pid, end_seq } => {
                self.byte(17)?;
                self.text(pool)?;
                self.varint((*task).into())?;
                self.value(value)?;
                self.signed(*worker_pid)?;
                self.varint((*end_seq).into())
            }
            _ => None,
        }
    }

    /// The payload: the event's postcard bytes.
    #[cfg(test)]
    fn payload(&self) -> &[u8] {
        &self.bytes[HEADER..self.len]
    }
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
                // A run is one frame, never split.
                None if input[at + 8] & RUN != 0 => self.run(pid, chunk, &mut each),
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

    /// The events of a run's frame (`Run`): the first one's, behind its length, then the
    /// times of those that followed it.
    fn run(&mut self, pid: i32, chunk: &[u8], each: &mut impl FnMut(i32, Result<Event, String>)) {
        let first_len = chunk.get(..2).map(|b| usize::from(u16::from_le_bytes([b[0], b[1]])));
        let Some((first, deltas)) = first_len.and_then(|n| Some((chunk.get(2..2 + n)?, chunk.get(2 + n..)?))) else {
            return each(pid, Err("a run's frame shorter than its first event".into()));
        };
        match self.decoder.event(first) {
            Ok(first) => self.decoder.run(first, deltas, |event| each(pid, event)),
            Err(e) => each(pid, Err(e)),
        }
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
        use crate::model::template::{Span, Spans};
        let label = "a label".to_owned();
        let plain = Value::plain("child");
        let pid = Value::volatile("42", Volatile::Pid(-42));
        // A value of several parts, each kind of run-specific part, and one from a variable
        // that is not run-specific (a loop's `{i}`), at offsets past one varint byte.
        let span = |start: usize, end: usize, var: &str, volatile| Span { start, end, var: var.into(), volatile };
        let parts = Value {
            text: format!("{}x", "7".repeat(140)).into(),
            spans: Spans::from(vec![
                span(0, 1, "i", None),
                span(1, 2, "r", Some(Volatile::Random { pid: 70000, seq: 300 })),
                span(2, 3, "s", Some(Volatile::Shared)),
                span(3, 140, "a_long_variable_name_over_24_bytes", Some(Volatile::Alive)),
            ]),
        };
        let long = Value::plain("y".repeat(FRAME));
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
                (ItemEventKind::Print(&pid), true),
                (ItemEventKind::Print(&long), true),
                (ItemEventKind::Start { child_pid: 4_000_000, name: "k", origin: Origin::Spawned }, true),
                (ItemEventKind::Join { child_pid: 5, name: "kid", ending: &exited }, true),
                (ItemEventKind::Join { child_pid: 5, name: "kid", ending: &killed }, false),
                (ItemEventKind::End { code: i32::MIN }, true),
                (ItemEventKind::End { code: 127 }, true),
                (ItemEventKind::Put { channel: "q", value: &plain, timed_out: false }, true),
                (ItemEventKind::Put { channel: "queue", value: &parts, timed_out: true }, true),
                (ItemEventKind::Get { channel: "q", value: &pid, from: Some((-7, 1 << 20)) }, true),
                (ItemEventKind::Get { channel: "q", value: &parts, from: None }, true),
                (ItemEventKind::Submit { pool: "p", task: 200, process: "f" }, true),
                (ItemEventKind::TaskStart { pool: "p", task: 3, process: "f", submit_seq: u32::MAX }, true),
                (ItemEventKind::TaskEnd { pool: "p", task: 3, value: &pid }, true),
                (ItemEventKind::Result { pool: "p", task: 3, value: &parts, worker_pid: 9, end_seq: 4 }, true),
            ]
        };
        for (seq, time_ns, label) in
            [(0, 0, None), (u32::MAX, u64::MAX, Some(&label)), (128, 1 << 40, None), (5, (1 << 56) - 1, None)]
        {
            for (kind, direct) in kinds() {
                let item = ItemEvent { seq, time_ns, label, kind };
                assert_eq!(Frame::encodes(&item.kind), direct);
                if !direct {
                    continue;
                }
                // postcard's bytes, but for the time: 8 bytes whatever it is (below 2^56).
                let mut expected = postcard::to_allocvec(&item).unwrap();
                let canonical = postcard::to_allocvec(&time_ns).unwrap().len();
                let at = postcard::to_allocvec(&seq).unwrap().len();
                if time_ns < 1 << 56 {
                    expected.splice(at..at + canonical, (spread7(time_ns) | VARINT_MORE[8]).to_le_bytes());
                }
                let mut room = vec![0xaa; HEADER + expected.len() + 8];
                let mut frame = Frame { bytes: &mut room, len: HEADER };
                assert!(frame.event(&item).is_some());
                assert_eq!(frame.len, HEADER + expected.len());
                assert_eq!(frame.payload(), &expected[..]);
                // Which both postcard and the supervisor's decoder read as the event.
                let owned: Event = postcard::from_bytes(&postcard::to_allocvec(&item).unwrap()).unwrap();
                let decoded: Event = postcard::from_bytes(frame.payload()).unwrap();
                assert_eq!(decoded, owned);
                assert_eq!(super::super::decode::Decoder::default().event(frame.payload()), Ok(owned));
                assert_eq!((decoded.seq, decoded.time_ns), (seq, time_ns));
                assert_eq!(room[..HEADER], [0xaa; HEADER], "the header is left to the recorder");
                // One byte short of the room it needs: refused, and nothing written past it.
                let mut room = vec![0xaa; HEADER + expected.len() + 8];
                let mut frame = Frame { bytes: &mut room[..HEADER + expected.len() - 1], len: HEADER };
                assert!(frame.event(&item).is_none());
                assert_eq!(room[HEADER + expected.len() - 1..], [0xaa; 9]);
            }
        }
    }

    /// Every length of varint, at both ends of each, and texts of every short length, as
    /// postcard writes them, however little room is left behind them.
    #[test]
    fn same_short_tells_every_difference() {
        for n in 0..=24usize {
            let a: Vec<u8> = (0..n as u8).map(|i| b'a' + i).collect();
            assert!(same_short(&a, &a.clone()), "{n}");
            for at in 0..n {
                let mut b = a.clone();
                b[at] ^= 1;
                assert!(!same_short(&a, &b), "{n} bytes, differing at {at}");
            }
            assert!(!same_short(&a, &a[..n.saturating_sub(1)]) || n == 0);
        }
    }

    #[test]
    fn varints_and_short_texts_are_postcards() {
        let mut numbers = vec![0, 1, u64::MAX, u64::MAX - 1];
        for bits in (7..64).step_by(7) {
            numbers.extend([(1u64 << bits) - 1, 1 << bits, (1 << bits) + 1]);
        }
        numbers.push(1_734_000_000_123_456_789 >> 7); // an event's time, in ns since boot
        for n in numbers {
            let expected = postcard::to_allocvec(&n).unwrap();
            for slack in 0..10 {
                let mut room = vec![0xaa; expected.len() + slack];
                let mut frame = Frame { bytes: &mut room, len: 0 };
                assert!(frame.varint(n).is_some());
                assert_eq!((frame.len, &frame.bytes[..frame.len]), (expected.len(), &expected[..]), "{n:#x}");
            }
            let mut short = vec![0xaa; expected.len() - 1];
            assert!(Frame { bytes: &mut short, len: 0 }.varint(n).is_none(), "{n:#x}");
        }
        let text: String = ('a'..='z').chain('A'..='Z').collect();
        for n in 0..=text.len() {
            let s = &text[..n];
            let expected = postcard::to_allocvec(&s).unwrap();
            let mut room = vec![0xaa; expected.len()];
            let mut frame = Frame { bytes: &mut room, len: 0 };
            assert!(frame.text(s).is_some());
            assert_eq!(&frame.bytes[..frame.len], &expected[..], "{s:?}");
        }
    }

    #[test]
    fn a_recorder_sends_hand_encoded_and_postcard_events_in_order() {
        let (ours, supervisor) = super::super::channel::seqpacket_pair(true).unwrap();
        let mut recorder = Recorder::new(ours, true);
        // One reader for the whole test: an event's frames may arrive in two messages.
        let mut reader = FrameReader::default();
        let value = Value::volatile("42", Volatile::Pid(42));
        let long = Value::plain("z".repeat(FRAME * 2));
        let kinds = [
            ItemEventKind::Put { channel: "q", value: &value, timed_out: false },
            ItemEventKind::Print(&long),
            ItemEventKind::Get { channel: "q", value: &value, from: Some((3, 4)) },
        ];
        let mut expected = Vec::new();
        // Enough events to fill more than one batch, so that a full batch is flushed first.
        for seq in 0..(BATCH / 16) as u32 {
            let kind = match &kinds[seq as usize % 3] {
                ItemEventKind::Put { channel, value, timed_out } => {
                    ItemEventKind::Put { channel, value, timed_out: *timed_out }
                }
                ItemEventKind::Print(v) => ItemEventKind::Print(v),
                ItemEventKind::Get { channel, value, from } => ItemEventKind::Get { channel, value, from: *from },
                _ => unreachable!(),
            };
            let item = ItemEvent { seq, time_ns: u64::from(seq) * 1000, label: None, kind };
            expected.push(postcard::from_bytes::<Event>(&postcard::to_allocvec(&item).unwrap()).unwrap());
            recorder.send_item_event(item);
            if seq % 100 == 99 {
                // Drains the socket now and then: its buffer holds only a few batches.
                drain(&mut reader, supervisor, &mut expected, recorder.pid());
            }
        }
        // An event bigger than a batch (several frames), and one postcard encodes.
        let huge = Value::plain("h".repeat(BATCH + 100));
        let item = ItemEvent { seq: 1 << 20, time_ns: 1, label: None, kind: ItemEventKind::Print(&huge) };
        expected.push(postcard::from_bytes::<Event>(&postcard::to_allocvec(&item).unwrap()).unwrap());
        recorder.send_item_event(item);
        let event = Event { seq: 7, time_ns: 8, label: None, kind: EventKind::LoopEnd { iterations: 3 } };
        expected.push(event.clone());
        recorder.send(&event);
        drain(&mut reader, supervisor, &mut expected, recorder.pid());
        recorder.flush();
        drain(&mut reader, supervisor, &mut expected, recorder.pid());
        assert!(expected.is_empty(), "{} events never arrived", expected.len());
    }

    /// Runs (`Run`): numbered puts and gets decode as the events they were, whatever breaks
    /// a run (a gap in the sequence, the value or the writer's items, a long pause, another
    /// channel, label or kind of event, a value that is no number or has other spans, a full
    /// batch), and a loop's items cost about two bytes each.
    #[test]
    fn runs_of_numbered_puts_and_gets_decode_as_their_events() {
        use crate::model::template::{Span, Spans};
        let (ours, supervisor) = super::super::channel::seqpacket_pair(true).unwrap();
        let mut recorder = Recorder::new(ours, true);
        let mut reader = FrameReader::default();
        let label = "taken".to_owned();
        let numbered = |n: u64, var: Option<&str>| {
            let text = n.to_string();
            let spans = var.map(|v| vec![Span { start: 0, end: text.len(), var: v.into(), volatile: None }]);
            Value { text: text.into(), spans: Spans::from(spans.unwrap_or_default()) }
        };
        let odd = [
            Value::plain("007"),
            Value::plain("item-3"),
            Value::volatile("12", Volatile::Pid(12)),
            Value::plain("99999999999999999999"),
        ];
        let mut expected = Vec::new();
        // A deterministic mix: mostly the next item, now and then something that breaks a run.
        let mut state = 0x2545_f491_u64;
        let (mut seq, mut time, mut number, mut from_seq) = (0u32, 1_000u64, 95u64, 0u32);
        for _ in 0..40_000 {
            state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            let roll = (state >> 33) % 100;
            seq += if roll == 0 { 2 } else { 1 };
            time += if roll == 1 { 70_000 } else { (state >> 20) % 300 };
            number += if roll == 2 { 2 } else { 1 };
            from_seq += if roll == 3 { 3 } else { 1 };
            let value = match roll {
                4 => odd[(state >> 40) as usize % odd.len()].clone(),
                5 => numbered(number, None),
                6 => numbered(number, Some("j")),
                _ => numbered(number, Some("i")),
            };
            let channel = if roll == 7 { "other" } else { "q" };
            let kind = match roll {
                8 => ItemEventKind::Print(&value),
                9 => ItemEventKind::Put { channel, value: &value, timed_out: true },
                10 => ItemEventKind::Get { channel, value: &value, from: None },
                11 => ItemEventKind::Get { channel, value: &value, from: Some((8, from_seq)) },
                _ if (state >> 50).is_multiple_of(997) => {
                    ItemEventKind::Put { channel, value: &value, timed_out: false }
                }
                _ => ItemEventKind::Get { channel, value: &value, from: Some((7, from_seq)) },
            };
            let label = (roll == 12).then_some(&label);
            let item = ItemEvent { seq, time_ns: time, label, kind };
            expected.push(postcard::from_bytes::<Event>(&postcard::to_allocvec(&item).unwrap()).unwrap());
            recorder.send_item_event(item);
            if seq % 500 == 0 {
                drain(&mut reader, supervisor, &mut expected, recorder.pid());
            }
            if roll == 13 {
                recorder.flush();
            }
        }
        recorder.flush();
        drain(&mut reader, supervisor, &mut expected, recorder.pid());
        assert!(expected.is_empty(), "{} events never arrived", expected.len());

        // A loop's puts, unbroken: about two bytes each.
        let mut sent = 0;
        for n in 0..100_000u32 {
            let value = numbered(n.into(), Some("i"));
            let kind = ItemEventKind::Put { channel: "q", value: &value, timed_out: false };
            let item = ItemEvent { seq: n, time_ns: 5_000 + 130 * u64::from(n), label: None, kind };
            expected.push(postcard::from_bytes::<Event>(&postcard::to_allocvec(&item).unwrap()).unwrap());
            recorder.send_item_event(item);
            if n % 1000 == 999 {
                sent += recorder.batch.len;
                recorder.flush();
                drain(&mut reader, supervisor, &mut expected, recorder.pid());
            }
        }
        assert!(expected.is_empty(), "{} events never arrived", expected.len());
        assert!(sent < 100_000 * 21 / 10, "{sent} bytes for 100,000 puts");

        // A run knows its channel, label and spans again by their address (the scenario's
        // strings, the lists `template::render` shares): the same text elsewhere still
        // follows, and a shared list that no longer fits the number (one digit short) does not.
        let lists: Vec<Spans> = (1..=4)
            .map(|len| Spans::from(vec![Span { start: 0, end: len, var: "i".into(), volatile: None }]))
            .collect();
        let (channels, labels) = (["q".to_owned(), "q".to_owned()], ["a".to_owned(), "a".to_owned()]);
        for n in 90..1_100u32 {
            let text = n.to_string();
            // Now and then the list of the number before, or the other copy of a string.
            let list =
                if n % 7 == 0 || n == 100 || n == 1000 { &lists[text.len() - 2] } else { &lists[text.len() - 1] };
            let value = Value { text: text.into(), spans: list.clone() };
            let (channel, label) = (&channels[(n % 10 == 3) as usize], &labels[(n % 10 == 6) as usize]);
            let kind = ItemEventKind::Put { channel, value: &value, timed_out: false };
            let item =
                ItemEvent { seq: 200_000 + n, time_ns: 50_000_000 + 200 * u64::from(n), label: Some(label), kind };
            expected.push(postcard::from_bytes::<Event>(&postcard::to_allocvec(&item).unwrap()).unwrap());
            recorder.send_item_event(item);
        }
        recorder.flush();
        drain(&mut reader, supervisor, &mut expected, recorder.pid());
        assert!(expected.is_empty(), "{} events never arrived", expected.len());
    }

    /// Reads every message waiting on `fd` and checks that its events are the next of
    /// `expected`, in order, from `pid`.
    fn drain(reader: &mut FrameReader, fd: RawFd, expected: &mut Vec<Event>, pid: i32) {
        let mut buffer = vec![0; BATCH];
        while let Ok(n) = nix::sys::socket::recv(fd, &mut buffer, nix::sys::socket::MsgFlags::MSG_DONTWAIT) {
            assert!(n <= BATCH);
            reader.feed(&buffer[..n], |from, event| {
                assert_eq!(from, pid);
                assert_eq!(event.unwrap(), expected.remove(0));
            });
        }
    }
}
