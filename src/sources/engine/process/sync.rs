//! The interpreter's locks, semaphores, events, barriers and shared integers (`engine::sync`
//! holds the shared-memory objects): each action, and the events it records with the stamps
//! the trace turns into causal edges.

use super::{Flow, Interpreter};
use crate::model::scenario::{ActionKind, SyncDecl};
use crate::model::template::{Value, Volatile};
use crate::sources::engine::sync::{Refusal, SyncObject};
use crate::trace::{Event, EventKind, SyncKind};
use serde::{Deserialize, Serialize};
use std::os::fd::RawFd;

/// A synchronization object as one process holds it: inherited at a start or a fork (spawned
/// images map it again from `fd`), or made by this process.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SyncFds {
    pub name: String,
    pub decl: SyncDecl,
    pub fd: RawFd,
    /// The process that made it: it records the final value of a shared integer at its end.
    pub creator: i32,
}

/// A synchronization object this process can use, mapped.
#[derive(Debug, Clone)]
pub(super) struct Held {
    pub fds: SyncFds,
    pub object: Option<SyncObject>,
}

impl<'s> Interpreter<'s> {
    /// Runs an action of this module's kinds.
    pub(super) fn sync_action(&mut self, label: Option<&String>, kind: &'s ActionKind) -> Flow {
        match kind {
            ActionKind::Sync { name, kind } => self.make_sync(label, name, *kind),
            ActionKind::Acquire(name) => {
                let object = self.sync_object(name);
                let rec = &mut self.rec;
                // Said before sleeping, so a deadlocked process's last event names what it
                // waits for.
                let blocked = &mut || say_blocked(rec, name);
                match object.acquire(blocked) {
                    Ok(from) => self.emit(label, EventKind::Acquire { name: name.clone(), from }),
                    Err(e) => self.refused("acquire", name, e),
                }
            }
            ActionKind::Release(name) => {
                let exclusive = self.sync_decl(name) == SyncDecl::Lock;
                let object = self.sync_object(name);
                // Taken before the permit is free, so the release precedes the acquire that
                // takes it in time as well as by the edge.
                let seq = self.rec.reserve_seq();
                let time_ns = super::now_ns();
                let result = object.release((self.rec.pid(), seq), exclusive);
                let kind = EventKind::Release { name: name.clone() };
                self.rec.send(&Event { seq, time_ns, label: label.cloned(), kind });
                if let Err(e) = result {
                    self.refused("release", name, e)
                }
            }
            ActionKind::SetEvent(name) => {
                let object = self.sync_object(name);
                let seq = self.rec.reserve_seq();
                let time_ns = super::now_ns();
                object.set((self.rec.pid(), seq));
                self.rec.send(&Event {
                    seq,
                    time_ns,
                    label: label.cloned(),
                    kind: EventKind::Set { name: name.clone() },
                });
            }
            ActionKind::ClearEvent(name) => {
                self.sync_object(name).clear();
                self.emit(label, EventKind::Clear { name: name.clone() });
            }
            ActionKind::Wait(name) => {
                let object = self.sync_object(name);
                let pid = self.rec.pid();
                if self.sync_decl(name) == SyncDecl::Event {
                    let rec = &mut self.rec;
                    let blocked = &mut || say_blocked(rec, name);
                    match object.wait_event(blocked) {
                        Ok(from) => self.emit(label, EventKind::EventWait { name: name.clone(), from }),
                        Err(e) => self.refused("wait for", name, e),
                    }
                } else {
                    // The arrival is the last event before the wait: everything this process
                    // did before it happens before every party's departure.
                    let arrival = (pid, self.rec.peek_seq().saturating_sub(1));
                    let rec = &mut self.rec;
                    match object.wait_barrier(arrival, &mut || rec.flush()) {
                        Ok((round, arrivals)) => {
                            self.emit(label, EventKind::BarrierWait { name: name.clone(), round, arrivals })
                        }
                        Err(e) => self.refused("wait at", name, e),
                    }
                }
            }
            ActionKind::Read { var, shared } => {
                let value = self.sync_object(shared).read();
                self.emit(label, EventKind::Read { name: shared.clone(), value });
                // What another process wrote before this read depends on timing: a snapshot
                // names the value instead of showing it.
                self.assign(var, Value::volatile(value.to_string(), Volatile::Shared));
            }
            ActionKind::Write { shared, value } => {
                let value = self.integer(value, shared);
                self.sync_object(shared).write(value);
                self.emit(label, EventKind::Write { name: shared.clone(), value });
            }
            ActionKind::Add { shared, value, atomic } => {
                let delta = self.integer(value, shared);
                match self.sync_object(shared).add(delta, *atomic) {
                    Ok((before, after)) => {
                        self.emit(label, EventKind::Add { name: shared.clone(), delta, before, after, atomic: *atomic })
                    }
                    Err(e) => self.refused("add to", shared, e),
                }
            }
            _ => unreachable!("run_action hands only synchronization actions here"),
        }
        Flow::Continue
    }

    fn make_sync(&mut self, label: Option<&String>, name: &str, decl: SyncDecl) {
        let (param, kind, initial) = match decl {
            SyncDecl::Lock => (1, SyncKind::Lock, 1),
            SyncDecl::Semaphore(n) => (i64::from(n), SyncKind::Semaphore, i64::from(n)),
            SyncDecl::Event => (0, SyncKind::Event, 0),
            SyncDecl::Barrier(n) => (i64::from(n), SyncKind::Barrier, i64::from(n)),
            SyncDecl::Shared(v) => (v, SyncKind::Shared, v),
        };
        let object = SyncObject::create(param)
            .unwrap_or_else(|e| self.fail(&format!("cannot make {} {name}: {e}", decl.keyword())));
        let fds = SyncFds { name: name.to_owned(), decl, fd: object.fd(), creator: self.rec.pid() };
        self.syncs.push(Held { fds, object: Some(object) });
        self.emit(label, EventKind::SyncMade { name: name.to_owned(), kind, initial });
    }

    fn held(&self, name: &str) -> Option<usize> {
        self.syncs.iter().rposition(|h| h.fds.name == name)
    }

    fn sync_decl(&mut self, name: &str) -> SyncDecl {
        match self.held(name) {
            Some(i) => self.syncs[i].fds.decl,
            None => {
                self.fail(&format!("{name} is not reachable from this process: it was made after this process started"))
            }
        }
    }

    /// This process's mapping of the object `name`: inherited at a fork, or mapped now from
    /// the memfd a spawned image inherited.
    fn sync_object(&mut self, name: &str) -> SyncObject {
        let Some(i) = self.held(name) else {
            self.fail(&format!("{name} is not reachable from this process: it was made after this process started"))
        };
        if let Some(object) = self.syncs[i].object {
            return object;
        }
        let object = SyncObject::open(self.syncs[i].fds.fd)
            .unwrap_or_else(|e| self.fail(&format!("cannot map the inherited {name}: {e}")));
        self.syncs[i].object = Some(object);
        object
    }

    /// A value to write or add, which must render to an integer.
    fn integer(&mut self, value: &crate::model::scenario::ValueExpr, shared: &str) -> i64 {
        let v = self.eval(value);
        v.text.trim().parse::<i64>().unwrap_or_else(|_| {
            self.fail(&format!("the value for {shared} is {:?}, not an integer from -2^63 to 2^63-1", v.text))
        })
    }

    fn refused(&mut self, what: &str, name: &str, e: Refusal) -> ! {
        self.fail(&format!("cannot {what} {name}: {e}"))
    }

    /// Records the final value of every shared integer this process made, before its end.
    pub(super) fn final_values(&mut self) {
        let pid = self.rec.pid();
        let mine: Vec<(String, SyncObject)> = self
            .syncs
            .iter()
            .filter(|h| h.fds.creator == pid && matches!(h.fds.decl, SyncDecl::Shared(_)))
            .filter_map(|h| Some((h.fds.name.clone(), h.object?)))
            .collect();
        for (name, object) in mine {
            let value = object.read();
            self.emit(None, EventKind::Final { name, value });
        }
    }
}

/// Records that the process is about to sleep waiting for `name`, and sends it at once.
fn say_blocked(rec: &mut crate::sources::engine::record::Recorder, name: &str) {
    let seq = rec.reserve_seq();
    rec.send(&Event { seq, time_ns: super::now_ns(), label: None, kind: EventKind::Blocked { name: name.to_owned() } });
    rec.flush();
}
