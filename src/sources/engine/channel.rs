//! Queues, pipes and pool channels between scenario processes, made of kernel objects.
//!
//! A queue is a ring in shared memory with futexes to sleep on (`ring`): putting and taking
//! costs no system call unless a process has to wait. Pipes and a pool's channels are
//! `AF_UNIX` `SOCK_SEQPACKET` socket pairs: a seqpacket socket keeps message boundaries and
//! hands each message to exactly one reader, and can be waited on with `poll` together with
//! other descriptors, which a pool's owner needs.
//!
//! Each item carries the pid and the event sequence number of the `put` that sent it, so the
//! trace can draw the causal edge from that put to the `get` that took it.

use crate::model::template::Value;
use nix::errno::Errno;
use nix::poll::{poll, PollFd, PollFlags, PollTimeout};
use nix::sys::socket::{recv, send, socketpair, AddressFamily, MsgFlags, SockFlag, SockType};
use serde::{Deserialize, Serialize};
use std::os::fd::{BorrowedFd, IntoRawFd, RawFd};
use std::time::Instant;

/// The largest message a channel carries; bigger values are refused with a clear error.
pub const MAX_MESSAGE: usize = 60 * 1024;

/// The largest item a queue holds (a slot of its ring); a bigger one is refused with a
/// clear error.
pub const MAX_ITEM: usize = 1008;

/// The file descriptors of a channel as one process holds them. They are plain numbers so
/// that a spawned process image can be told which of its inherited descriptors are which.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
pub enum ChannelFds {
    /// A queue: the memfd of its shared ring.
    Queue { memfd: RawFd },
    /// One end of a pipe: both directions go through the one socket.
    End { fd: RawFd },
}

/// Why a channel operation did not complete.
#[derive(Debug)]
pub enum ChannelFailure {
    /// The deadline passed first.
    TimedOut,
    /// Every process that could write to the channel is gone.
    Closed,
    /// The kernel refused the operation.
    Os(Errno),
    /// The item is larger than `MAX_MESSAGE`.
    TooLarge(usize),
}

impl std::fmt::Display for ChannelFailure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ChannelFailure::TimedOut => f.write_str("timed out"),
            ChannelFailure::Closed => f.write_str("every writer of the channel is gone"),
            ChannelFailure::Os(e) => write!(f, "{e}"),
            ChannelFailure::TooLarge(n) => write!(
                f,
                "an item of {n} bytes is larger than the limit ({MAX_ITEM} bytes in a queue, {MAX_MESSAGE} in a pipe)"
            ),
        }
    }
}

/// A socket pair that keeps message boundaries. `cloexec` keeps it out of spawned images.
pub fn seqpacket_pair(cloexec: bool) -> Result<(RawFd, RawFd), Errno> {
    let flags = if cloexec { SockFlag::SOCK_CLOEXEC } else { SockFlag::empty() };
    let (a, b) = socketpair(AddressFamily::Unix, SockType::SeqPacket, None, flags)?;
    Ok((a.into_raw_fd(), b.into_raw_fd()))
}

/// Makes a pipe: two connected ends.
pub fn new_pipe() -> Result<[ChannelFds; 2], Errno> {
    let (a, b) = seqpacket_pair(false)?;
    Ok([ChannelFds::End { fd: a }, ChannelFds::End { fd: b }])
}

/// An item in flight: the value and the put that sent it.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    pub pid: i32,
    pub seq: u32,
    pub value: Value,
}

const PLAIN: u8 = 0;
const WITH_SPANS: u8 = 1;

impl Item {
    /// `[pid][seq][flag][text]`, or the whole value (postcard) when it has run-specific parts
    /// that the taker must keep (a pid, a random number). Which variable a part came from is
    /// not kept: the taker names the value after its own variable.
    pub fn encode_into(&self, out: &mut Vec<u8>) {
        out.clear();
        out.extend_from_slice(&self.pid.to_le_bytes());
        out.extend_from_slice(&self.seq.to_le_bytes());
        if self.value.spans.iter().all(|s| s.volatile.is_none()) {
            out.push(PLAIN);
            out.extend_from_slice(self.value.text.as_bytes());
        } else {
            out.push(WITH_SPANS);
            *out = postcard::to_extend(&self.value, std::mem::take(out)).expect("values serialize");
        }
    }

    pub fn decode(bytes: &[u8]) -> Option<Item> {
        let pid = i32::from_le_bytes(bytes.get(0..4)?.try_into().ok()?);
        let seq = u32::from_le_bytes(bytes.get(4..8)?.try_into().ok()?);
        let body = bytes.get(9..)?;
        let value = match *bytes.get(8)? {
            PLAIN => Value::plain(String::from_utf8_lossy(body).into_owned()),
            _ => postcard::from_bytes(body).ok()?,
        };
        Some(Item { pid, seq, value })
    }
}

/// Sends one message, blocking (or until `deadline`) while the socket's buffer is full. The
/// first attempt never blocks, so `before_blocking` runs only when the call has to wait.
pub fn send_message(
    fd: RawFd,
    bytes: &[u8],
    deadline: Option<Instant>,
    before_blocking: &mut dyn FnMut(),
) -> Result<(), ChannelFailure> {
    loop {
        match send(fd, bytes, MsgFlags::MSG_DONTWAIT | MsgFlags::MSG_NOSIGNAL) {
            Ok(_) => return Ok(()),
            Err(Errno::EINTR) => continue,
            Err(Errno::EAGAIN) => {
                before_blocking();
                wait_ready(fd, PollFlags::POLLOUT, deadline)?
            }
            Err(Errno::EPIPE | Errno::ECONNRESET) => return Err(ChannelFailure::Closed),
            Err(e) => return Err(ChannelFailure::Os(e)),
        }
    }
}

/// Receives one message, blocking (or until `deadline`) while there is none. The first
/// attempt never blocks, so `before_blocking` runs only when the call has to wait.
pub fn recv_message(
    fd: RawFd,
    buffer: &mut [u8],
    deadline: Option<Instant>,
    before_blocking: &mut dyn FnMut(),
) -> Result<usize, ChannelFailure> {
    loop {
        match recv(fd, buffer, MsgFlags::MSG_DONTWAIT) {
            // A seqpacket socket reads 0 only when every peer has closed its end.
            Ok(0) => return Err(ChannelFailure::Closed),
            Ok(n) => return Ok(n),
            Err(Errno::EINTR) => continue,
            Err(Errno::EAGAIN) => {
                before_blocking();
                wait_ready(fd, PollFlags::POLLIN, deadline)?
            }
            Err(e) => return Err(ChannelFailure::Os(e)),
        }
    }
}

/// Waits until `fd` is ready for `events`, or fails with `TimedOut` at `deadline`.
pub fn wait_ready(fd: RawFd, events: PollFlags, deadline: Option<Instant>) -> Result<(), ChannelFailure> {
    let timeout = match deadline {
        None => PollTimeout::NONE,
        Some(d) => {
            let left = d.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return Err(ChannelFailure::TimedOut);
            }
            // Rounded up, so that a wait never ends just before the deadline and spins.
            PollTimeout::try_from(left.as_millis() as u64 + 1).unwrap_or(PollTimeout::MAX)
        }
    };
    // SAFETY: `fd` is a descriptor of this process's channel, open for the whole call.
    let borrowed = unsafe { BorrowedFd::borrow_raw(fd) };
    let mut fds = [PollFd::new(borrowed, events)];
    match poll(&mut fds, timeout) {
        Ok(_) | Err(Errno::EINTR) => Ok(()),
        Err(e) => Err(ChannelFailure::Os(e)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn items_round_trip_with_and_without_spans() {
        let mut bytes = Vec::new();
        let plain = Item { pid: 7, seq: 3, value: Value::plain("hello") };
        plain.encode_into(&mut bytes);
        assert_eq!(Item::decode(&bytes), Some(plain));
        let pid = Item { pid: 7, seq: 4, value: Value::volatile("7", crate::model::template::Volatile::Pid(7)) };
        pid.encode_into(&mut bytes);
        assert_eq!(Item::decode(&bytes), Some(pid));
        assert_eq!(Item::decode(&[1, 2]), None);
    }
}
