//! Which thread of a process wrote the output: the write token.
//!
//! The output sockets name the writing process (`SO_PASSCRED` gives a tgid), never its thread,
//! and the lines of one process's threads are not ordered by the program: recorded for an
//! unknown thread they lose the edges that follow from their thread, and whether a line got
//! an edge came to depend on the schedule (a `Pool` started through a forkserver, a
//! `multiprocessing.Queue` producer whose main thread prints). A grade must be a function of
//! the program, so every line of a process with several threads carries its thread, by this
//! rule:
//!
//! - A process with one thread writes its output with no stop: every byte from it is its one
//!   thread's (`tracer`'s `record_output`).
//! - When a process makes its first extra thread (the `clone` event, where the sockets have
//!   just been drained: every byte before is the single thread's), it becomes *threaded*, and
//!   stays so until its next exec, or until it is down to one thread with the token free:
//!   every thread of it, and every thread it makes later, is
//!   resumed with `PTRACE_SYSCALL`, so each of its system calls stops at its entry, before the
//!   kernel has looked at any argument.
//! - At that entry stop, a thread whose call can put bytes into the output (the write and send
//!   families and the kernel's copies, into an fd that refers to one of the output sockets
//!   now) or can make a new fd refer to the output (`dup`, `dup2`, `dup3`, `fcntl`'s
//!   `F_DUPFD`, an open of `/dev/stdout` and the like, which the tracer makes a `dup`, all from
//!   an output fd) needs the process's token: it takes it if no other thread of its process
//!   holds it, else it stays stopped, in line ([`Writers::enter`]). It keeps the token until
//!   its call's exit stop, where the tracer has drained the sockets: every byte from the
//!   process read meanwhile is the holder's, when it holds it to write ([`Writers::writer`]).
//!   Then the next thread in line takes it ([`Writers::exit`]).
//! - Bytes from a threaded process read with no writer holding the token are recorded for an
//!   unknown thread (`UNKNOWN_THREAD`, which `threads` orders conservatively): never wrong.
//!
//! **Why only these calls.** A thread holding the token must reach its exit stop without
//! waiting on another thread of its program, or the threads in line behind it would wait
//! forever for a thread that waits for them (a thread blocked writing a full pipe whose reader
//! is a thread in line to print first). A write into the output blocks only while the socket
//! is full, and the tracer drains it whenever it is readable, whatever its tracees do; the
//! `dup` family never blocks. Writes into pipes and other fds take no token, so nothing the
//! program waits on is held up. `close` and `close_range` need none: they can take the output
//! away from an fd, after which a write through it writes nothing to the output, but never put
//! the output on an fd.
//!
//! **Why a write without the token cannot be taken for the holder's.** A thread's write into
//! an fd that is not the output at its entry stop takes no token; another thread could put a
//! copy of the output on that fd between that stop and the kernel's lookup of it. Such a copy
//! is made only by a call that takes the token (above) while no writer holds it: the bytes
//! read during it are an unknown thread's, and every write without the token still under way
//! at its exit, into the fd the copy made, is a *suspect* until its own exit, during which
//! every byte from the process is an unknown thread's too (a copy made onto another fd cannot
//! have reached it, so a `Queue`'s feeder thread blocked on its pipe is no suspect). What is
//! left: a copy of the output received with `SCM_RIGHTS` or `pidfd_getfd`, or put on a shared
//! fd table by another process (`clone` with `CLONE_FILES` and without `CLONE_THREAD`), onto
//! an fd number another thread is writing to at that moment (docs/grading.md).

use std::collections::{HashMap, HashSet, VecDeque};

/// Why a thread holds (or waits for) its process's token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hold {
    /// Its call writes into the output: the bytes read while it holds the token are its own.
    Writes,
    /// Its call makes a new fd refer to the output and writes nothing.
    CopiesOutput,
}

/// What a thread's call, at its entry stop, has to do with the output.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Need {
    /// Nothing: it neither writes nor copies an fd.
    Nothing,
    /// It writes into this fd, which is not the output now.
    WritesElsewhere(i32),
    /// It needs the token.
    Token(Hold),
}

/// The token of one threaded process, and who is in line for it.
#[derive(Default)]
struct Token {
    holder: Option<(i32, Hold)>,
    waiting: VecDeque<(i32, Hold)>,
    /// Threads in a write that took no token, between its entry and its exit, and its fd.
    elsewhere: HashMap<i32, i32>,
    /// Threads in a write that took no token and was under way when a copy of the output was
    /// made: their bytes may be in the output.
    suspects: HashSet<i32>,
}

/// The tokens of the run's threaded processes, by process.
#[derive(Default)]
pub struct Writers {
    tokens: HashMap<i32, Token>,
}

impl Writers {
    /// Whether `tgid` has had several threads since its last exec.
    pub fn threaded(&self, tgid: i32) -> bool {
        self.tokens.contains_key(&tgid)
    }

    /// `tgid` made its first extra thread.
    pub fn start(&mut self, tgid: i32) {
        self.tokens.entry(tgid).or_default();
    }

    /// Whether the token of `tgid` is free and nobody is in line for it or may have written
    /// into a copy of the output without it: when its process is down to one thread, what it
    /// reads next from the process is that thread's, and the process can be `forget`-ten.
    pub fn idle(&self, tgid: i32) -> bool {
        self.tokens.get(&tgid).is_some_and(|t| t.holder.is_none() && t.waiting.is_empty() && t.suspects.is_empty())
    }

    /// `tgid` executed a program, or its other threads ended: it has one thread again.
    pub fn forget(&mut self, tgid: i32) {
        self.tokens.remove(&tgid);
    }

    /// Thread `tid` of the threaded process `tgid` is at a call's entry stop: returns whether
    /// it may go on now (false: it stays stopped, in line for the token, until `exit` or
    /// `gone` hands it over).
    pub fn enter(&mut self, tid: i32, tgid: i32, need: Need) -> bool {
        let Some(token) = self.tokens.get_mut(&tgid) else { return true };
        match need {
            Need::Nothing => true,
            Need::WritesElsewhere(fd) => {
                token.elsewhere.insert(tid, fd);
                true
            }
            Need::Token(hold) if token.holder.is_none() => {
                token.holder = Some((tid, hold));
                true
            }
            Need::Token(hold) => {
                token.waiting.push_back((tid, hold));
                false
            }
        }
    }

    /// Thread `tid` of `tgid` is at a call's exit stop (the sockets drained): its call is over,
    /// and returned `result` (a copy of an fd returns the fd it made; `None`: unknown).
    /// Returns the thread that takes the token now, if any, to be resumed.
    pub fn exit(&mut self, tid: i32, tgid: i32, result: Option<i64>) -> Option<i32> {
        let token = self.tokens.get_mut(&tgid)?;
        token.elsewhere.remove(&tid);
        token.suspects.remove(&tid);
        match token.holder {
            Some((holder, hold)) if holder == tid => {
                if hold == Hold::CopiesOutput {
                    // A write still under way into the fd the copy made (any, when that is
                    // unknown; none, when the copy failed) may have looked it up after the copy.
                    let made = |fd: i32| result.is_none_or(|r| r == i64::from(fd));
                    let racing: Vec<i32> =
                        token.elsewhere.iter().filter(|(_, fd)| made(**fd)).map(|(t, _)| *t).collect();
                    token.suspects.extend(racing);
                }
                token.holder = token.waiting.pop_front();
                token.holder.map(|(next, _)| next)
            }
            _ => None,
        }
    }

    /// Thread `tid` of `tgid` ended (or was killed), maybe in line or holding the token.
    /// Returns the thread that takes the token now, if any, to be resumed.
    pub fn gone(&mut self, tid: i32, tgid: i32) -> Option<i32> {
        let token = self.tokens.get_mut(&tgid)?;
        token.waiting.retain(|(t, _)| *t != tid);
        if token.holder.is_some_and(|(holder, _)| holder == tid) {
            // Ended inside its call: treated as its exit, a copy it made included (of any fd).
            return self.exit(tid, tgid, None);
        }
        let token = self.tokens.get_mut(&tgid)?;
        token.elsewhere.remove(&tid);
        token.suspects.remove(&tid);
        None
    }

    /// The thread whose bytes from the threaded process `tgid` read now are: the holder of the
    /// token when it holds it to write and no write without the token may have reached the
    /// output (no suspect); else none (an unknown thread).
    pub fn writer(&self, tgid: i32) -> Option<i32> {
        let token = self.tokens.get(&tgid)?;
        match token.holder {
            Some((tid, Hold::Writes)) if token.suspects.is_empty() => Some(tid),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_token_goes_to_one_writer_at_a_time_in_the_order_they_came() {
        let mut w = Writers::default();
        assert!(w.enter(11, 10, Need::Token(Hold::Writes)), "an unthreaded process is not held");
        w.start(10);
        assert!(w.enter(10, 10, Need::Token(Hold::Writes)));
        assert!(!w.enter(11, 10, Need::Token(Hold::Writes)), "in line");
        assert!(!w.enter(12, 10, Need::Token(Hold::Writes)));
        assert!(w.enter(13, 10, Need::WritesElsewhere(7)), "a write into a pipe is never held");
        assert_eq!(w.writer(10), Some(10));
        assert_eq!(w.exit(13, 10, Some(1)), None, "not the holder: nothing changes hands");
        assert_eq!(w.exit(10, 10, Some(1)), Some(11));
        assert_eq!(w.writer(10), Some(11));
        assert_eq!(w.gone(11, 10), Some(12), "a holder that ends hands the token on");
        assert_eq!(w.exit(12, 10, Some(1)), None);
        assert_eq!(w.writer(10), None, "no holder: an unknown thread's bytes");
    }

    #[test]
    fn a_copy_of_the_output_onto_an_fd_being_written_makes_that_write_a_suspect_until_it_ends() {
        let mut w = Writers::default();
        w.start(10);
        assert!(w.enter(11, 10, Need::WritesElsewhere(7)));
        assert!(w.enter(13, 10, Need::WritesElsewhere(8)));
        assert!(w.enter(10, 10, Need::Token(Hold::CopiesOutput)));
        assert_eq!(w.writer(10), None, "bytes read during a copy are no one's known");
        assert_eq!(w.exit(10, 10, Some(7)), None, "the copy made fd 7");
        assert!(w.enter(12, 10, Need::Token(Hold::Writes)));
        assert_eq!(w.writer(10), None, "thread 11 may be writing into the copy");
        assert_eq!(w.exit(11, 10, Some(5)), None);
        assert_eq!(w.writer(10), Some(12), "its write is over; thread 13's fd 8 was never the output");
        assert_eq!(w.exit(12, 10, Some(5)), None);
        // A copy that failed, or made another fd, makes no suspect; one of unknown result, all.
        for (result, suspect) in [(Some(-9), false), (Some(9), false), (None, true)] {
            assert!(w.enter(10, 10, Need::Token(Hold::CopiesOutput)));
            assert_eq!(w.exit(10, 10, result), None);
            assert!(w.enter(12, 10, Need::Token(Hold::Writes)));
            assert_eq!(w.writer(10).is_none(), suspect, "{result:?}");
            assert_eq!(w.exit(12, 10, Some(5)), None);
        }
    }

    #[test]
    fn an_exec_makes_the_process_single_threaded_again() {
        let mut w = Writers::default();
        w.start(10);
        assert!(w.enter(10, 10, Need::Token(Hold::Writes)));
        assert!(!w.enter(11, 10, Need::Token(Hold::Writes)));
        assert!(!w.idle(10), "a holder and one in line");
        w.forget(10);
        assert!(!w.threaded(10) && w.writer(10).is_none());
        assert!(w.enter(10, 10, Need::Token(Hold::Writes)));
    }
}
