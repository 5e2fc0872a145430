//! The interpreter's locks (plain and re-entrant), semaphores (counting and bounded),
//! conditions, events, barriers, shared integers and the task counts of joinable queues
//! (`engine::sync` holds the shared-memory objects): each action, and the events it records
//! with the stamps the trace turns into causal edges.
//!
//! Which process holds a lock is this process's own count (`Held::depth`): only the holder
//! changes it, so no shared word is needed for an rlock's re-entry or for the rule that a
//! condition is waited on and notified by the holder of its lock.

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
    /// A condition's lock.
    #[serde(default)]
    pub lock: Option<String>,
}

/// A synchronization object this process can use, mapped.
#[derive(Debug, Clone)]
pub(super) struct Held {
    pub fds: SyncFds,
    pub object: Option<SyncObject>,
    /// How many acquires of this lock by this process are not released yet (0 in a new
    /// process: a lock its parent holds is not its own).
    pub depth: u32,
}

impl<'s> Interpreter<'s> {
    /// Runs an action of this module's kinds.
    pub(super) fn sync_action(&mut self, label: Option<&String>, kind: &'s ActionKind) -> Flow {
        match kind {
            ActionKind::Sync { name, kind } => self.make_sync(label, name, *kind),
            ActionKind::Acquire(name) => self.acquire_action(label, name),
            ActionKind::Release(name) => self.release_action(label, name),
            ActionKind::Condition { name, lock } => self.make_condition(label, name, lock),
            ActionKind::Notify { name, all } => self.notify(label, name, *all),
            ActionKind::TaskDone(queue) => self.task_done(label, queue),
            ActionKind::JoinQueue(queue) => {
                let object = self.sync_object(queue);
                let rec = &mut self.rec;
                let blocked = &mut || say_blocked(rec, queue);
                match object.join_tasks(blocked) {
                    Ok(from) => self.emit(label, EventKind::JoinQueue { queue: queue.clone(), from }),
                    Err(e) => self.refused("join", queue, e),
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
                    label: label.map(crate::model::template::Name::from),
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
                if self.sync_decl(name) == SyncDecl::Condition {
                    self.condition_wait(label, name);
                } else if self.sync_decl(name) == SyncDecl::Event {
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

    /// `acquire`: an rlock its holder acquires again is taken without waiting; anything else
    /// waits for a permit.
    fn acquire_action(&mut self, label: Option<&String>, name: &str) {
        let decl = self.sync_decl(name);
        let i = self.held(name).expect("sync_decl found it");
        if decl == SyncDecl::RLock && self.syncs[i].depth > 0 {
            // Its holder takes an rlock again without waiting: no permit changes hands.
            self.syncs[i].depth += 1;
            self.emit(label, EventKind::Acquire { name: name.to_owned(), from: None });
        } else {
            self.acquire(label, name);
        }
    }

    /// `release`: an rlock is released by its holder, and stays held until every acquire of
    /// it was released.
    fn release_action(&mut self, label: Option<&String>, name: &str) {
        let decl = self.sync_decl(name);
        let i = self.held(name).expect("sync_decl found it");
        let depth = self.syncs[i].depth;
        if decl == SyncDecl::RLock && depth == 0 {
            self.fail(&format!(
                "cannot release {name}: this process does not hold it (an rlock is released by the process \
                 that acquired it)"
            ))
        }
        if decl == SyncDecl::RLock && depth > 1 {
            self.syncs[i].depth -= 1;
            self.emit(label, EventKind::Release { name: name.to_owned() });
        } else {
            self.release(label, name, decl);
        }
    }

    /// `condition`: makes a condition over the lock `lock`.
    fn make_condition(&mut self, label: Option<&String>, name: &str, lock: &str) {
        let object = SyncObject::create(0).unwrap_or_else(|e| self.fail(&format!("cannot make condition {name}: {e}")));
        let fds = SyncFds {
            name: name.to_owned(),
            decl: SyncDecl::Condition,
            fd: object.fd(),
            creator: self.rec.pid(),
            lock: Some(lock.to_owned()),
        };
        self.syncs.push(Held { fds, object: Some(object), depth: 0 });
        self.emit(label, EventKind::SyncMade { name: name.to_owned(), kind: SyncKind::Condition, initial: 0 });
    }

    /// `notify` (`all`: `notify_all`): wakes waiters of condition `name`; the process holds
    /// its lock.
    fn notify(&mut self, label: Option<&String>, name: &str, all: bool) {
        self.condition_lock(name, if all { "notify_all" } else { "notify" });
        let object = self.sync_object(name);
        let seq = self.rec.reserve_seq();
        let time_ns = super::now_ns();
        let woke = object.notify((self.rec.pid(), seq), if all { None } else { Some(1) });
        let kind = EventKind::Notify { name: name.to_owned(), all, woke };
        self.rec.send(&Event { seq, time_ns, label: label.map(crate::model::template::Name::from), kind });
    }

    /// `task_done`: marks one task of joinable queue `queue` done.
    fn task_done(&mut self, label: Option<&String>, queue: &str) {
        let object = self.sync_object(queue);
        let seq = self.rec.reserve_seq();
        let time_ns = super::now_ns();
        let result = object.task_done((self.rec.pid(), seq));
        let (last, round) = result.unwrap_or_else(|e| self.refused("mark a task done on", queue, e));
        let kind = EventKind::TaskDone { queue: queue.to_owned(), last, round };
        self.rec.send(&Event { seq, time_ns, label: label.map(crate::model::template::Name::from), kind });
    }

    /// Acquires a permit of lock or semaphore `name`, waiting while none is free.
    fn acquire(&mut self, label: Option<&String>, name: &str) {
        let object = self.sync_object(name);
        let rec = &mut self.rec;
        // Said before sleeping, so a deadlocked process's last event names what it waits for.
        let blocked = &mut || say_blocked(rec, name);
        match object.acquire(blocked) {
            Ok(from) => {
                let i = self.held(name).expect("sync_object found it");
                self.syncs[i].depth += 1;
                self.emit(label, EventKind::Acquire { name: name.to_owned(), from });
            }
            Err(e) => self.refused("acquire", name, e),
        }
    }

    /// Gives back a permit of lock or semaphore `name`; a lock, an rlock or a bounded
    /// semaphore refuses one its count has no room for.
    fn release(&mut self, label: Option<&String>, name: &str, decl: SyncDecl) {
        let bounded = match decl {
            SyncDecl::Lock | SyncDecl::RLock => Some(Refusal::NotHeld),
            SyncDecl::BoundedSemaphore(n) => Some(Refusal::AboveInitial(n)),
            _ => None,
        };
        let object = self.sync_object(name);
        // Taken before the permit is free, so the release precedes the acquire that takes it
        // in time as well as by the edge.
        let seq = self.rec.reserve_seq();
        let time_ns = super::now_ns();
        let result = object.release((self.rec.pid(), seq), bounded);
        let kind = EventKind::Release { name: name.to_owned() };
        self.rec.send(&Event { seq, time_ns, label: label.map(crate::model::template::Name::from), kind });
        if let Err(e) = result {
            self.refused("release", name, e)
        }
        let i = self.held(name).expect("sync_object found it");
        self.syncs[i].depth = self.syncs[i].depth.saturating_sub(1);
    }

    /// The lock of condition `name`, which this process must hold to `verb` it.
    fn condition_lock(&mut self, name: &str, verb: &str) -> String {
        let i = self.held(name).expect("the validator checked the condition");
        let lock = self.syncs[i].fds.lock.clone().expect("a condition has its lock");
        let held = self.held(&lock).is_some_and(|l| self.syncs[l].depth > 0);
        if !held {
            self.fail(&format!(
                "cannot {verb} {name}: this process does not hold its lock {lock} (acquire {lock} first, as Python \
                 raises RuntimeError for an un-acquired lock)"
            ))
        }
        lock
    }

    /// Waits on condition `name`: takes a ticket while holding its lock, releases the lock
    /// (every level of an rlock), sleeps until a notify reaches the ticket, and acquires the
    /// lock again, as deep as before.
    fn condition_wait(&mut self, label: Option<&String>, name: &str) {
        let lock = self.condition_lock(name, "wait on");
        let object = self.sync_object(name);
        // The ticket is taken before the lock is released: a notify by the next holder of
        // the lock reaches it, so no wake-up is lost between the release and the sleep.
        let ticket = object.condition_ticket();
        let l = self.held(&lock).expect("condition_lock found it");
        let depth = self.syncs[l].depth;
        self.syncs[l].depth = 1;
        let decl = self.syncs[l].fds.decl;
        self.release(None, &lock, decl);
        let rec = &mut self.rec;
        let blocked = &mut || say_blocked(rec, name);
        match object.condition_sleep(ticket, blocked) {
            Ok(from) => self.emit(label, EventKind::ConditionWait { name: name.to_owned(), from }),
            Err(e) => self.refused("wait on", name, e),
        }
        self.acquire(None, &lock);
        let l = self.held(&lock).expect("condition_lock found it");
        self.syncs[l].depth = depth;
    }

    /// Makes the unfinished-task count of joinable queue `name` (no event: the queue's is
    /// enough).
    pub(super) fn make_task_count(&mut self, name: &str) {
        let object = SyncObject::create(0)
            .unwrap_or_else(|e| self.fail(&format!("cannot make the task count of queue {name}: {e}")));
        let fds = SyncFds {
            name: name.to_owned(),
            decl: SyncDecl::Tasks,
            fd: object.fd(),
            creator: self.rec.pid(),
            lock: None,
        };
        self.syncs.push(Held { fds, object: Some(object), depth: 0 });
    }

    /// The task count of `channel` when it is a joinable queue.
    pub(super) fn task_count(&mut self, channel: &str) -> Option<SyncObject> {
        let i = self.held(channel)?;
        (self.syncs[i].fds.decl == SyncDecl::Tasks).then(|| self.sync_object(channel))
    }

    fn make_sync(&mut self, label: Option<&String>, name: &str, decl: SyncDecl) {
        let (param, kind, initial) = match decl {
            SyncDecl::Lock => (1, SyncKind::Lock, 1),
            SyncDecl::RLock => (1, SyncKind::RLock, 1),
            SyncDecl::BoundedSemaphore(n) => (i64::from(n), SyncKind::BoundedSemaphore, i64::from(n)),
            SyncDecl::Condition | SyncDecl::Tasks => unreachable!("made by their own actions"),
            SyncDecl::Semaphore(n) => (i64::from(n), SyncKind::Semaphore, i64::from(n)),
            SyncDecl::Event => (0, SyncKind::Event, 0),
            SyncDecl::Barrier(n) => (i64::from(n), SyncKind::Barrier, i64::from(n)),
            SyncDecl::Shared(v) => (v, SyncKind::Shared, v),
        };
        let object = SyncObject::create(param)
            .unwrap_or_else(|e| self.fail(&format!("cannot make {} {name}: {e}", decl.keyword())));
        let fds = SyncFds { name: name.to_owned(), decl, fd: object.fd(), creator: self.rec.pid(), lock: None };
        self.syncs.push(Held { fds, object: Some(object), depth: 0 });
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
        // By index, with no list gathered first: every process ends here, most holding no
        // shared integer, and a forked process maps each page of code it runs with a fault.
        for i in 0..self.syncs.len() {
            let held = &self.syncs[i];
            let Some(object) = held.object else { continue };
            if held.fds.creator != pid || !matches!(held.fds.decl, SyncDecl::Shared(_)) {
                continue;
            }
            let name = held.fds.name.clone();
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
