//! How scenario processes report events to the supervisor: frames on one shared pipe.
//!
//! Every process writes whole frames, at most PIPE_BUF bytes of them per `write`, which the
//! kernel makes atomic, so no lock is shared between processes and frames never interleave.
//! An event too large for one frame is sent as several frames tagged with the writer's pid and
//! reassembled per pid, which is safe because one process writes its frames in order.

use crate::trace::{Event, EventKind};
use nix::unistd::{getpid, write};
use std::collections::HashMap;
use std::os::fd::{BorrowedFd, RawFd};

/// The largest write the kernel guarantees to be atomic on a pipe (Linux).
const PIPE_BUF: usize = 4096;
/// Frame header: payload length (u32), pid (i32), flags (u8).
const HEADER: usize = 9;
const MORE: u8 = 1;

/// The writing end, owned by one process.
///
/// Events are gathered in a buffer of at most PIPE_BUF bytes of whole frames and written in
/// one `write` when the next frame would not fit, so a process that records many events in a
/// row makes one system call per few dozen events. The owner must call `flush` before
/// anything that may block or end the process (sleep, wait, a blocking channel operation,
/// fork, exec, exit), so that every event reaches the supervisor before the process could be
/// killed at a timeout or copied by a fork.
pub struct Recorder {
    fd: RawFd,
    pid: i32,
    next_seq: u32,
    buffer: Vec<u8>,
    /// When false, only a process's first and last events are sent (for measuring the cost of
    /// recording).
    enabled: bool,
}

impl Recorder {
    /// A recorder for the calling process on the pipe's write end `fd`.
    pub fn new(fd: RawFd, enabled: bool) -> Recorder {
        Recorder { fd, pid: getpid().as_raw(), next_seq: 0, buffer: Vec::with_capacity(PIPE_BUF), enabled }
    }

    /// Starts over after a fork: the child is a new process with its own sequence. The
    /// parent flushed before forking, so the copied buffer is empty.
    pub fn reset_after_fork(&mut self) {
        self.pid = getpid().as_raw();
        self.next_seq = 0;
        self.buffer.clear();
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
        // The common case: the event is encoded straight into the buffer behind a header
        // that is filled in afterwards, and fits in what is left of this batch.
        let start = self.buffer.len();
        self.buffer.extend_from_slice(&[0; HEADER]);
        bincode::serialize_into(&mut self.buffer, event).expect("events always serialize");
        let len = self.buffer.len() - start - HEADER;
        if self.buffer.len() <= PIPE_BUF {
            self.buffer[start..start + 4].copy_from_slice(&(len as u32).to_le_bytes());
            self.buffer[start + 4..start + 8].copy_from_slice(&self.pid.to_le_bytes());
            return;
        }
        let payload = self.buffer.split_off(start + HEADER);
        self.buffer.truncate(start);
        let mut chunks = payload.chunks(PIPE_BUF - HEADER).peekable();
        while let Some(chunk) = chunks.next() {
            if self.buffer.len() + HEADER + chunk.len() > PIPE_BUF {
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
            match write(fd, &self.buffer) {
                // A pipe write of at most PIPE_BUF bytes is all or nothing.
                Ok(_) => break,
                Err(nix::errno::Errno::EINTR) => continue,
                // The supervisor is gone: there is nobody to report to and the run is over.
                Err(_) => super::exit_now(111),
            }
        }
        self.buffer.clear();
    }
}

/// The reading end's parser: turns bytes into (pid, event) in arrival order.
#[derive(Default)]
pub struct FrameReader {
    buffer: Vec<u8>,
    partial: HashMap<i32, Vec<u8>>,
}

impl FrameReader {
    /// Feeds bytes read from the pipe; returns the events completed by them.
    pub fn feed(&mut self, bytes: &[u8], mut each: impl FnMut(i32, Result<Event, String>)) {
        self.buffer.extend_from_slice(bytes);
        let mut at = 0;
        while self.buffer.len() - at >= HEADER {
            let len = u32::from_le_bytes(self.buffer[at..at + 4].try_into().expect("4 bytes")) as usize;
            if self.buffer.len() - at < HEADER + len {
                break;
            }
            let pid = i32::from_le_bytes(self.buffer[at + 4..at + 8].try_into().expect("4 bytes"));
            let more = self.buffer[at + 8] & MORE != 0;
            let chunk = &self.buffer[at + HEADER..at + HEADER + len];
            let whole = self.partial.entry(pid).or_default();
            whole.extend_from_slice(chunk);
            if !more {
                let bytes = std::mem::take(whole);
                each(pid, bincode::deserialize(&bytes).map_err(|e| e.to_string()));
            }
            at += HEADER + len;
        }
        self.buffer.drain(..at);
    }
}
