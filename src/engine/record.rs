//! How scenario processes report events to the supervisor: frames on one shared pipe.
//!
//! Every process writes whole frames of at most PIPE_BUF bytes with one `write`, which the
//! kernel makes atomic, so no lock is shared between processes and frames never interleave.
//! An event too large for one frame is sent as several frames tagged with the writer's pid and
//! reassembled per pid, which is safe because one process writes its frames in order.

use crate::trace::Event;
use nix::unistd::{getpid, write};
use std::collections::HashMap;
use std::os::fd::{BorrowedFd, RawFd};

/// The largest write the kernel guarantees to be atomic on a pipe (Linux).
const PIPE_BUF: usize = 4096;
/// Frame header: payload length (u32), pid (i32), flags (u8).
const HEADER: usize = 9;
const MORE: u8 = 1;

/// The writing end, owned by one process.
pub struct Recorder {
    fd: RawFd,
    pid: i32,
    next_seq: u32,
}

impl Recorder {
    /// A recorder for the calling process on the pipe's write end `fd`.
    pub fn new(fd: RawFd) -> Recorder {
        Recorder { fd, pid: getpid().as_raw(), next_seq: 0 }
    }

    /// Starts over after a fork: the child is a new process with its own sequence.
    pub fn reset_after_fork(&mut self) {
        self.pid = getpid().as_raw();
        self.next_seq = 0;
    }

    pub fn fd(&self) -> RawFd {
        self.fd
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

    /// Sends `event`, which must carry a sequence number from `reserve_seq`.
    pub fn send(&self, event: &Event) {
        let payload = serde_json::to_vec(event).expect("events always serialize");
        let mut chunks = payload.chunks(PIPE_BUF - HEADER).peekable();
        let mut frame = Vec::with_capacity(PIPE_BUF);
        while let Some(chunk) = chunks.next() {
            frame.clear();
            frame.extend_from_slice(&(chunk.len() as u32).to_le_bytes());
            frame.extend_from_slice(&self.pid.to_le_bytes());
            frame.push(if chunks.peek().is_some() { MORE } else { 0 });
            frame.extend_from_slice(chunk);
            self.write_all(&frame);
        }
    }

    fn write_all(&self, frame: &[u8]) {
        // SAFETY: `fd` is the event pipe's write end, open for the life of this process: the
        // engine never closes it in a scenario process.
        let fd = unsafe { BorrowedFd::borrow_raw(self.fd) };
        loop {
            match write(fd, frame) {
                // A pipe write of at most PIPE_BUF bytes is all or nothing.
                Ok(_) => return,
                Err(nix::errno::Errno::EINTR) => continue,
                // The supervisor is gone: there is nobody to report to and the run is over.
                Err(_) => super::exit_now(111),
            }
        }
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
                each(pid, serde_json::from_slice(&bytes).map_err(|e| e.to_string()));
            }
            at += HEADER + len;
        }
        self.buffer.drain(..at);
    }
}
