//! Sockets connected by name (`connect` to a listening socket's path, as every client of a
//! `multiprocessing.Manager()` does), and the `message` edges carried through a `Manager`'s
//! server.
//!
//! A socket pair made by `socketpair` names both its ends at once (`channels`); a socket
//! connected by name does not: the server's end is made by `accept` in another process. The
//! kernel knows the pair, and says it through `sock_diag` (`NETLINK_SOCK_DIAG`, a unix
//! socket's `UNIX_DIAG_PEER`), asked from inside the program's network namespace (a netlink
//! socket answers for the namespace it was made in; the tracer makes one per namespace, in a
//! short-lived thread that joins it: the tracer's own thread could not come back).
//!
//! A write into such a socket is recorded as a [`RecordKind::Relay`]: it is no `Channel` write,
//! so what crosses (`crossed`), what a process sent and where a task ended are unchanged by it
//! (a `Manager`'s socket still counts as one whose writers are not known); it serves one thing,
//! the edges [`through_servers`] draws.
//!
//! # Edges through a `Manager`'s server
//!
//! A `Manager().Queue()` hands a value from the writer to the reader through the server: the
//! writer's `put` is a request the server reads on one connection; the server's threads pass
//! the value to each other in memory, which the tracer does not see; the reply to the reader's
//! `get` carries it back on another connection. So the order a queue makes certain (the
//! writer's lines before its `put` happen before the reader's lines after its `get`) has no
//! channel edge of its own. It is drawn here, from the writer's request to the reader's read
//! of the reply, when all of these hold:
//!
//! - the server is the `manager` helper (`build`'s classification: silent, several threads,
//!   answering through sockets connected by name, making no process);
//! - the reply returns a value (`('#RETURN', value)` as `multiprocessing.connection` pickles
//!   it), not a bare `None`, `True` or `False` (a lock's, an event's: those carry nothing);
//! - the request is a write into the server, on the object the answered request names (the
//!   proxy's id), whose bytes hold that value's pickle, and the server read it before it began
//!   the reply (the tracer's order: a thread's read is recorded before the thread runs on, so
//!   a value it handed over was recorded as read before any reply that carries it began);
//! - among such requests, the reader's own first (then the value came from nobody and there
//!   is no edge: an item it stored itself, a `get` default the server hands back), else the
//!   earliest of another process not yet matched (a queue is first in, first out).
//!
//! The request that carried a reply's value also says who wrote the bytes of its reads
//! (`Through::writers`): a reader that appended values to a list of its own and read them
//! back took them from nobody, whatever another process appended to another list. A number
//! no request carried (a `len` the server worked out) came from nobody too, and so did every
//! message of the server's that carries nothing of a client's (`says_nothing`): the
//! connection's handshake, whose challenge and digest are random bytes that hold a digit now and
//! then, an error, a `None`.
//!
//! A reply whose value matches no request gets no edge: fewer edges, never one from a request
//! that did not carry the value. A pickle whose bytes differ between the two messages (memo
//! numbers of a container under protocol 2) matches nothing.

use super::channels::Sent;
use super::Record;
use std::collections::{HashMap, HashSet};
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
use std::os::unix::fs::MetadataExt;

/// `sock_diag`'s request for one socket by family (linux/sock_diag.h).
const SOCK_DIAG_BY_FAMILY: u16 = 20;
/// `unix_diag_req::udiag_show`: the peer's inode (linux/unix_diag.h).
const UDIAG_SHOW_PEER: u32 = 0x4;
/// The attribute of a `unix_diag_msg` that holds the peer's inode.
const UNIX_DIAG_PEER: u16 = 2;

/// The most bytes of requests `through_servers` compares with replies' values in a run.
const COMPARED: u64 = 1 << 26;

/// `struct unix_diag_req`.
#[repr(C)]
struct UnixDiagReq {
    family: u8,
    protocol: u8,
    pad: u16,
    states: u32,
    ino: u32,
    show: u32,
    cookie: [u32; 2],
}

/// A netlink message asking for one unix socket.
#[repr(C)]
struct Ask {
    header: libc::nlmsghdr,
    request: UnixDiagReq,
}

/// The peers of sockets connected by name, as the kernel says them.
#[derive(Default)]
pub struct Peers {
    /// A `sock_diag` socket per network namespace (by the namespace's inode); `None` where
    /// none could be made (the lookups there find nothing).
    diag: HashMap<u64, Option<OwnedFd>>,
    /// Peers found, by socket inode: a connected stream socket keeps its peer.
    found: HashMap<u64, u64>,
}

impl Peers {
    /// The inode of the socket connected to the unix stream socket `inode` of thread `tid`,
    /// when the kernel knows one.
    pub fn peer(&mut self, tid: i32, inode: u64) -> Option<u64> {
        if let Some(&peer) = self.found.get(&inode) {
            return Some(peer);
        }
        let ns = std::fs::metadata(format!("/proc/{tid}/ns/net")).ok()?.ino();
        let diag = self.diag.entry(ns).or_insert_with(|| diag_socket(tid)).as_ref()?;
        let peer = ask_peer(diag, inode)?;
        self.found.insert(inode, peer);
        Some(peer)
    }
}

/// A `NETLINK_SOCK_DIAG` socket made in the network namespace of thread `tid`, by a thread
/// that joins that namespace, makes the socket and ends. Not the tracer's own thread: it could
/// join the namespace but not come back (its own belongs to a user namespace it holds no
/// capability in), and every ptrace call must come from it; this thread makes none.
fn diag_socket(tid: i32) -> Option<OwnedFd> {
    let ns = std::fs::File::open(format!("/proc/{tid}/ns/net")).ok()?;
    // Not a tracer thread: it makes no ptrace or wait call, and it is joined before the
    // tracer goes on.
    std::thread::spawn(move || {
        // SAFETY: setns takes an fd this closure owns (open for the call) and a flag; with
        // CLONE_NEWNET it moves only the calling thread, which ends right after.
        if unsafe { libc::setns(ns.as_raw_fd(), libc::CLONE_NEWNET) } != 0 {
            return None;
        }
        // SAFETY: socket takes no pointer; a valid result is a new fd that nothing else owns.
        let fd =
            unsafe { libc::socket(libc::AF_NETLINK, libc::SOCK_DGRAM | libc::SOCK_CLOEXEC, libc::NETLINK_SOCK_DIAG) };
        // SAFETY: `fd` was just made and is owned by nobody else.
        (fd >= 0).then(|| unsafe { OwnedFd::from_raw_fd(fd) })
    })
    .join()
    .ok()
    .flatten()
}

/// Asks `diag` for the peer of the unix socket `inode`: one request, one answer.
fn ask_peer(diag: &OwnedFd, inode: u64) -> Option<u64> {
    let ino = u32::try_from(inode).ok()?;
    let ask = Ask {
        header: libc::nlmsghdr {
            nlmsg_len: std::mem::size_of::<Ask>() as u32,
            nlmsg_type: SOCK_DIAG_BY_FAMILY,
            nlmsg_flags: libc::NLM_F_REQUEST as u16,
            nlmsg_seq: ino,
            nlmsg_pid: 0,
        },
        request: UnixDiagReq {
            family: libc::AF_UNIX as u8,
            protocol: 0,
            pad: 0,
            states: u32::MAX,
            ino,
            show: UDIAG_SHOW_PEER,
            // INET_DIAG_NOCOOKIE: the socket is named by its inode alone.
            cookie: [u32::MAX; 2],
        },
    };
    // SAFETY: the buffer is `ask`, alive and of the length given, for the call.
    let sent = unsafe {
        libc::send(diag.as_raw_fd(), (&raw const ask).cast(), std::mem::size_of::<Ask>(), libc::MSG_NOSIGNAL)
    };
    if sent != std::mem::size_of::<Ask>() as isize {
        return None;
    }
    let mut answer = [0u8; 1024];
    // SAFETY: the buffer is `answer`, alive and writable for its length, for the call.
    let got = unsafe { libc::recv(diag.as_raw_fd(), answer.as_mut_ptr().cast(), answer.len(), libc::MSG_DONTWAIT) };
    peer_in(answer.get(..usize::try_from(got).ok()?)?, ino)
}

/// The peer's inode in a `sock_diag` answer about socket `ino`: the `UNIX_DIAG_PEER`
/// attribute after the `unix_diag_msg`; `None` for an error or a socket with no peer.
fn peer_in(answer: &[u8], ino: u32) -> Option<u64> {
    let u16_at = |at: usize| Some(u16::from_ne_bytes(answer.get(at..at + 2)?.try_into().ok()?));
    let u32_at = |at: usize| Some(u32::from_ne_bytes(answer.get(at..at + 4)?.try_into().ok()?));
    let length = (u32_at(0)? as usize).min(answer.len());
    if u16_at(4)? != SOCK_DIAG_BY_FAMILY || u32_at(16 + 4)? != ino {
        return None;
    }
    // nlmsghdr (16 bytes), unix_diag_msg (16 bytes), then attributes aligned to 4.
    let mut at = 32;
    while at + 4 <= length {
        let (size, kind) = (u16_at(at)? as usize, u16_at(at + 2)?);
        if size < 4 {
            return None;
        }
        if kind == UNIX_DIAG_PEER {
            return u32_at(at + 4).filter(|p| *p != 0).map(u64::from);
        }
        at += (size + 3) & !3;
    }
    None
}

/// What went through the `Manager` servers of a run (see the module's documentation).
#[derive(Debug, Default, PartialEq)]
pub struct Through {
    /// The edges, as pairs of record indices `(request, read of the reply)`: the request is a
    /// `Relay` write of a process into a server, the read a `Channel` read of the reply.
    pub edges: Vec<(usize, usize)>,
    /// Per read of a reply whose value a request carried (the first read of the reply and the
    /// reads of the rest of it), the process whose request that was, the reader's own
    /// included: a reader that took back values it put there itself got them from nobody
    /// (red team round 28: `L2.append(v)` then `list(L2)`, beside a writer appending the
    /// same values to another list). Reads of replies no request explains are not here.
    pub writers: HashMap<usize, i32>,
}

/// What went through `Manager` servers: `relay_edges` are `channels::edges_with_relays`'
/// edges (whose write is a `Relay`); `sent` holds the writes' bytes; `is_server` tells the
/// `manager` helper's processes. A reply's value is matched with a request on the same object
/// (the proxy's id, the first item of each request) as the request the reply answers: a
/// list's value comes from that list's `append`, not from another list's.
pub fn through_servers(
    records: &[Record],
    relay_edges: &[(usize, usize)],
    sent: &[Sent],
    is_server: impl Fn(i32) -> bool,
) -> Through {
    let bytes: HashMap<usize, &[u8]> = sent.iter().filter_map(|s| Some((s.relay?, s.bytes.as_slice()))).collect();
    // Requests per server: (the server's read, the request's write), by the read's index.
    let mut requests: HashMap<i32, Vec<(usize, usize)>> = HashMap::new();
    // Replies: (the server's write, the first read of it), by the write's index.
    let mut replies: Vec<(usize, usize)> = Vec::new();
    for &(write, read) in relay_edges {
        let (writer, reader) = (records[write].pid, records[read].pid);
        match (is_server(writer), is_server(reader)) {
            (false, true) => requests.entry(reader).or_default().push((read, write)),
            (true, false) if replies.last().is_none_or(|&(w, _)| w != write) => replies.push((write, read)),
            _ => {}
        }
    }
    for list in requests.values_mut() {
        list.sort_unstable();
    }
    replies.sort_unstable();
    let mut matched: HashSet<usize> = HashSet::new();
    let mut out = Through::default();
    let firsts: HashSet<usize> = replies.iter().map(|&(_, read)| read).collect();
    let mut carried_to: HashMap<usize, i32> = HashMap::new();
    // Bytes compared, at most `COMPARED`: a queue of many thousand items scans long lists;
    // past it, replies get no edge (failing closed).
    let mut budget = COMPARED;
    for (reply, read) in replies {
        let (server, reader) = (records[reply].pid, &records[read]);
        let Some(message) = bytes.get(&reply) else { continue };
        if says_nothing(message) {
            // The connection's handshake, an error, a lock's `True`: nothing of another
            // process's. Its random bytes (a challenge, a digest) hold digits now and then, which
            // would otherwise be a value "from a process not known" (CI, 1 run in ~150).
            carried_to.insert(read, reader.pid);
            continue;
        }
        let Some(value) = returned_value(message) else { continue };
        let Some(list) = requests.get(&server) else { continue };
        let before = &list[..list.partition_point(|(server_read, _)| *server_read < reply)];
        // The request this reply answers: the reading thread's last one the server read (a
        // client waits for each reply before it asks again).
        let asked = before.iter().rev().find(|(_, w)| records[*w].pid == reader.pid && records[*w].tid == reader.tid);
        let object = asked.and_then(|(_, w)| bytes.get(w)).and_then(|b| object_id(b));
        let mut carries = |request: &usize| {
            !matched.contains(request)
                && bytes.get(request).is_some_and(|b| {
                    budget = budget.saturating_sub(b.len() as u64);
                    budget > 0 && object.is_none_or(|o| object_id(b) == Some(o)) && contains(b, value)
                })
        };
        // The reader's own request first: a value it sent there itself (an item it stored under
        // a key of its own, the default of a `get`, which the server hands back) did not
        // travel, whatever another process stored on that object (red team round 29: keys
        // apart in one dict, `d.get('nokey', v)`). Which request stored the very item is not
        // told (keys and indices are not read); the reader's own is the cautious reading.
        let own = |(_, w): &&(usize, usize)| records[*w].pid == reader.pid;
        let carried = before
            .iter()
            .filter(own)
            .find(|(_, r)| carries(r))
            .or_else(|| before.iter().filter(|x| !own(x)).find(|(_, r)| carries(r)));
        if let Some(&(_, request)) = carried {
            matched.insert(request);
            carried_to.insert(read, records[request].pid);
            if records[request].pid != reader.pid {
                out.edges.push((request, read));
            }
        } else if asked.is_some() && is_number(value) {
            // A number no request carried was worked out by the server (the `len` of a list
            // the reader filled itself: red team round 29): it came from nobody. (A container
            // or a string may differ from its request's bytes by memo numbers only: left
            // unknown.)
            carried_to.insert(read, reader.pid);
        }
    }
    out.edges.sort_unstable();
    out.writers = rest_of_replies(records, &firsts, &carried_to);
    out
}

/// For each first read of a reply (`firsts`) whose value a request carried (`carried_to`, with
/// that request's process), that read and the reads of the same thread and stream after it, up
/// to the next first read of a reply there: a reply's pickle comes after its 4-byte length,
/// in a read of its own.
fn rest_of_replies(
    records: &[Record],
    firsts: &HashSet<usize>,
    carried_to: &HashMap<usize, i32>,
) -> HashMap<usize, i32> {
    use super::channels::{Op, StreamId};
    use super::RecordKind;
    let key = |r: &Record, m: &super::channels::Moved| (r.pid, r.tid, m.stream);
    let replied: HashSet<(i32, i32, StreamId)> = firsts
        .iter()
        .filter_map(|&i| match &records[i].kind {
            RecordKind::Channel(m) => Some(key(&records[i], m)),
            _ => None,
        })
        .collect();
    let mut current: HashMap<(i32, i32, StreamId), Option<i32>> = HashMap::new();
    let mut out = HashMap::new();
    for (index, r) in records.iter().enumerate() {
        let RecordKind::Channel(m) = &r.kind else { continue };
        if m.op != Op::Read || !replied.contains(&key(r, m)) {
            continue;
        }
        let slot = current.entry(key(r, m)).or_default();
        if firsts.contains(&index) {
            *slot = carried_to.get(&index).copied();
        }
        if let Some(pid) = *slot {
            out.insert(index, pid);
        }
    }
    out
}

/// The object a `multiprocessing` proxy's request names: the first item, a string, of the
/// pickled `(id, method, args, kwds)`, after the connection's 4-byte length (when the write
/// holds it), the protocol, a frame and the tuple's mark.
fn object_id(request: &[u8]) -> Option<&[u8]> {
    let at = if request.first() == Some(&0x80) { 0 } else { 4 };
    let mut rest = request.get(at..)?.strip_prefix(&[0x80])?.get(1..)?;
    if let Some(framed) = rest.strip_prefix(&[0x95]) {
        rest = framed.get(8..)?;
    }
    let rest = rest.strip_prefix(b"(")?;
    let (length, text) = match rest.first()? {
        0x8c | b'U' | b'C' => (usize::from(*rest.get(1)?), rest.get(2..)?),
        b'X' | b'T' | b'B' => (u32::from_le_bytes(rest.get(1..5)?.try_into().ok()?) as usize, rest.get(5..)?),
        _ => return None,
    };
    text.get(..length)
}

/// Whether a message a `manager` server wrote carries nothing a client gave it: a length
/// alone (a long message's first write), anything not a pickle (the connection's handshake:
/// `#CHALLENGE#` with random bytes, `#WELCOME#`, an HMAC digest), a reply other than
/// `#RETURN` (`#ERROR`, `#TRACEBACK`, `#PROXY`: the server's own words) or a `#RETURN` of
/// `None`, `True` or `False`. A `#RETURN` whose value cannot be told (a pickle cut short) does
/// not say nothing: it stays unknown.
fn says_nothing(message: &[u8]) -> bool {
    let is_pickle = |b: &[u8]| matches!(b, [0x80, 2..=5, ..]);
    // A pickle follows the 4-byte length in the same write, or is a write of its own.
    let body = match message.get(4..) {
        _ if is_pickle(message) => message,
        Some(rest) if is_pickle(rest) => rest,
        _ => return true,
    };
    if contains(body, b"#RETURN") {
        return returned(body).is_some_and(is_constant);
    }
    // `(tag, ...)` with a tag beginning `#`: after the protocol, a frame (protocol 4) and the
    // tuple's mark (none for a pair), a short string's opcode and length.
    let rest = match &body[2..] {
        [0x95, framed @ ..] => framed.get(8..).unwrap_or_default(),
        rest => rest,
    };
    let rest = rest.strip_prefix(b"(").unwrap_or(rest);
    matches!(rest, [0x8c | b'U', _, b'#', ..])
}

/// Whether a pickled value is `None`, `True` or `False`: a lock's, an event's answer, which
/// carries nothing.
fn is_constant(value: &[u8]) -> bool {
    matches!(value, [b'N'] | [0x88] | [0x89])
}

/// The pickle of the value a `multiprocessing.connection` reply returns, other than `None`,
/// `True` and `False`, which carry nothing (`returned`).
fn returned_value(reply: &[u8]) -> Option<&[u8]> {
    returned(reply).filter(|value| !is_constant(value))
}

/// The pickle of the value of a `multiprocessing.connection` reply: the bytes between
/// `#RETURN`'s memo and the closing `TUPLE2`, memo and `STOP` of `('#RETURN', value)`;
/// `None` for anything else.
fn returned(reply: &[u8]) -> Option<&[u8]> {
    const TAG: &[u8] = b"#RETURN";
    let start = reply.windows(TAG.len()).position(|w| w == TAG)? + TAG.len();
    // The memo after the string: MEMOIZE (protocol 4), BINPUT n or LONG_BINPUT n (2, 3).
    let start = match reply.get(start)? {
        0x94 => start + 1,
        b'q' => start + 2,
        b'r' => start + 5,
        _ => start,
    };
    // The end: TUPLE2, its memo (as above), STOP.
    let body = reply.strip_suffix(b".")?;
    let body = match body {
        [rest @ .., 0x94] => rest,
        [rest @ .., b'q', _] => rest,
        [rest @ .., b'r', _, _, _, _] => rest,
        _ => body,
    };
    let body = body.strip_suffix(&[0x86])?;
    body.get(start..).filter(|value| !value.is_empty())
}

/// Whether a pickled value is one number and nothing else (`BININT1`, `BININT2`, `BININT`,
/// `LONG1`, `BINFLOAT`), whose bytes are the same in every message that holds it.
fn is_number(value: &[u8]) -> bool {
    match value {
        [b'K', _] | [b'M', _, _] | [b'J', _, _, _, _] => true,
        [b'G', rest @ ..] => rest.len() == 8,
        [0x8a, n, rest @ ..] => usize::from(*n) == rest.len(),
        _ => false,
    }
}

/// Whether `haystack` holds `needle`.
fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::{Read, Write};
    use std::os::unix::net::{UnixListener, UnixStream};

    fn inode_of(fd: i32) -> u64 {
        std::fs::metadata(format!("/proc/self/fd/{fd}")).expect("fd").ino()
    }

    #[test]
    fn the_kernel_names_the_peer_of_a_socket_connected_by_name() {
        let dir = std::env::temp_dir().join(format!("procscen-named-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("dir");
        let path = dir.join("listener");
        let listener = UnixListener::bind(&path).expect("bind");
        let mut client = UnixStream::connect(&path).expect("connect");
        let (mut server, _) = listener.accept().expect("accept");
        client.write_all(b"x").expect("write");
        let mut one = [0u8];
        server.read_exact(&mut one).expect("read");
        let (c, s) = (inode_of(client.as_raw_fd()), inode_of(server.as_raw_fd()));
        let me = std::process::id() as i32;
        let mut peers = Peers::default();
        let found = (peers.peer(me, c), peers.peer(me, s));
        // The listening socket has no peer.
        let none = peers.peer(me, inode_of(listener.as_raw_fd()));
        drop((client, server, listener));
        std::fs::remove_dir_all(&dir).expect("rm");
        assert_eq!(found, (Some(s), Some(c)));
        assert_eq!(none, None);
    }

    #[test]
    fn a_request_names_its_object_first() {
        // (id, 'append', (1,), {}) under protocol 4 with the connection's length, and 2.
        let p4 = b"\x00\x00\x00\x30\x80\x04\x95\x25\x00\x00\x00\x00\x00\x00\x00(\x8c\x0c7f0a1b2c3d4e\x94\x8c\x06append\x94K\x01\x85\x94}\x94t\x94.";
        assert_eq!(object_id(p4), Some(&b"7f0a1b2c3d4e"[..]));
        let p2 = b"\x80\x02(U\x047f0aq\x01U\x06appendq\x02K\x01\x85q\x03}q\x04tq\x05.";
        assert_eq!(object_id(p2), Some(&b"7f0a"[..]));
        assert_eq!(object_id(b"\x80\x04K\x01."), None);
    }

    #[test]
    fn a_reply_returns_its_value_under_protocols_2_and_4() {
        // ('#RETURN', 10) under protocol 4 and 2, and ('#RETURN', True).
        let p4 = b"\x80\x04\x95\x10\x00\x00\x00\x00\x00\x00\x00\x8c\x07#RETURN\x94K\n\x86\x94.";
        assert_eq!(returned_value(p4), Some(&b"K\n"[..]));
        let p2 = b"\x80\x02U\x07#RETURNq\x00K\n\x86q\x01.";
        assert_eq!(returned_value(p2), Some(&b"K\n"[..]));
        let lock = b"\x80\x04\x95\x0f\x00\x00\x00\x00\x00\x00\x00\x8c\x07#RETURN\x94\x88\x86\x94.";
        assert_eq!(returned_value(lock), None);
        assert_eq!(returned_value(b"\x8c\x07#ERROR\x94K\n\x86\x94."), None);
        assert!(is_number(b"K\n") && is_number(b"\x8a\x02\x00\x01") && !is_number(b"\x8c\x01a"));
    }

    #[test]
    fn handshakes_errors_and_constants_say_nothing_values_do() {
        let challenge = b"\x00\x00\x00\x1f#CHALLENGE#\x01 1 2 3 4\xff\x00abcdefghij";
        let digest = b"\x00\x00\x00\x10\x31\x00\x32\x00\x33\x00\x34\x00\x31\x00\x32\x00\x33\x00\x34\x00";
        let lock = b"\x00\x00\x00\x13\x80\x04\x95\x0f\x00\x00\x00\x00\x00\x00\x00\x8c\x07#RETURN\x94\x88\x86\x94.";
        let p2_none = b"\x80\x02U\x07#RETURNq\x00N\x86q\x01.";
        let error = b"\x80\x04\x95\x10\x00\x00\x00\x00\x00\x00\x00\x8c\x06#ERROR\x94K\n\x86\x94.";
        for nothing in [&challenge[..], &digest[..], &b"#WELCOME#"[..], &b"\x00\x00\x50\x00"[..], lock, p2_none, error]
        {
            assert!(says_nothing(nothing), "{nothing:?}");
        }
        let ten = b"\x00\x00\x00\x14\x80\x04\x95\x10\x00\x00\x00\x00\x00\x00\x00\x8c\x07#RETURN\x94K\n\x86\x94.";
        // A long reply cut short where the bytes were kept: not known to say nothing.
        let cut = b"\x00\x00\x50\x00\x80\x04\x95\x10\x00\x00\x00\x00\x00\x00\x00\x8c\x07#RETURN\x94\x8c\x10abc";
        for value in [&ten[..], &ten[4..], &cut[..]] {
            assert!(!says_nothing(value), "{value:?}");
        }
    }
}
