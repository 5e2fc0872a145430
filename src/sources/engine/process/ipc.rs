//! The actions that connect processes: loops, queues, pipes and pools.
//!
//! A pool's owner forks its workers when the pool is made. Tasks go to the workers through
//! one shared-memory ring (each idle worker takes the next task, so the kernel's scheduler
//! decides who runs what) and results come back through another. The owner records a result
//! only where the scenario takes it (`get`, a loop over the pool, `map`), so its own events
//! are the same in every run. While it waits for room to submit, it takes in results, so
//! that no worker is ever stuck on a full result ring. A worker's last message says that it
//! is ending, which is what `join` waits for before it reaps the workers.

use super::{Flow, Interpreter};
use crate::model::scenario::{worker_name, ActionKind, Over};
use crate::model::template::Value;
use crate::sources::engine::channel::{self, ChannelFailure, ChannelFds, Item};
use crate::sources::engine::record::{ItemEvent, ItemEventKind};
use crate::sources::engine::ring::Ring;
use crate::trace::{Ending, Event, EventKind, Origin};
use nix::errno::Errno;
use nix::unistd::{ForkResult, Pid};
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::collections::{HashMap, VecDeque};
use std::os::fd::RawFd;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

/// A pool as its owner holds it.
pub(super) struct OwnedPool {
    name: String,
    tasks: Ring,
    results: Ring,
    workers: Vec<Pid>,
    next_task: u32,
    /// Submitted tasks whose result the scenario has not taken yet, oldest first.
    pending: VecDeque<u32>,
    /// Results that arrived and were not taken yet.
    arrived: HashMap<u32, TaskResult>,
    /// Workers that said they are ending, or were found dead.
    ended: usize,
    /// Per worker: it said it is ending, or it was found dead.
    gone: Vec<bool>,
    /// Per slot (a pool has `size` slots, each held by one worker at a time), shared with
    /// its worker: 1 + the task it is running, or 0 between tasks. When a worker dies, this
    /// says which task died with it.
    current: &'static [AtomicU64],
    /// Per worker, its slot.
    slot: Vec<usize>,
    /// With `max_tasks`, a worker ends after that many tasks and a new one takes its slot.
    max_tasks: Option<u32>,
    closed: bool,
}

/// What the owner sends a worker.
#[derive(Serialize, Deserialize)]
enum TaskMessage {
    Run {
        task: u32,
        process: String,
        args: Vec<Value>,
        submit_seq: u32,
    },
    /// No more tasks: the worker ends.
    Stop,
}

/// `TaskMessage` as the owner sends it, from borrowed parts: the same bytes (postcard names
/// variants by position and encodes `&str` as `String`, a slice as a `Vec`).
#[derive(Serialize)]
enum TaskMessageRef<'a> {
    Run { task: u32, process: &'a str, args: &'a [Value], submit_seq: u32 },
    Stop,
}

/// What a worker sends its owner.
#[derive(Serialize, Deserialize)]
enum WorkerMessage {
    Result(TaskResult),
    /// The worker took a `Stop` (or ran its `max_tasks`) and is about to exit.
    Ending {
        worker: u32,
        retiring: bool,
    },
}

/// The result of one task.
#[derive(Serialize, Deserialize)]
struct TaskResult {
    task: u32,
    worker_pid: i32,
    end_seq: u32,
    value: Value,
}

/// Room for the largest message a channel carries.
const BUFFER: usize = channel::MAX_MESSAGE + 64;

impl<'s> Interpreter<'s> {
    /// Runs an action of this module's kinds.
    pub(super) fn ipc_action(&mut self, label: Option<&String>, kind: &'s ActionKind) -> Flow {
        match kind {
            ActionKind::For { var, over, body } => return self.run_loop(label, var, over, body),
            ActionKind::Queue { name, capacity, joinable } => {
                let ring = Ring::create(capacity.unwrap_or(crate::sources::engine::ring::UNBOUNDED_PLACES))
                    .unwrap_or_else(|e| self.fail(&format!("cannot make queue {name}: {e}")));
                self.rings.push(ring);
                self.channels.push((name.clone(), ChannelFds::Queue { memfd: ring.fd() }));
                if *joinable {
                    self.make_task_count(name);
                }
                self.emit(label, EventKind::Channel { names: vec![name.clone()], capacity: *capacity });
            }
            ActionKind::Pipe { ends, .. } => {
                let fds = channel::new_pipe().unwrap_or_else(|e| self.fail(&format!("cannot make pipe: {e}")));
                for (name, fd) in ends.iter().zip(fds) {
                    self.channels.push((name.clone(), fd));
                }
                self.emit(label, EventKind::Channel { names: ends.to_vec(), capacity: None });
            }
            ActionKind::Put { channel, value, timeout } => {
                let value = self.eval(value);
                self.put(label, channel, value, *timeout);
            }
            ActionKind::Get { var, channel, timeout } => {
                let value = self.take(label, channel, *timeout).unwrap_or_default();
                self.assign(var, value);
            }
            ActionKind::Pool { name, size, max_tasks } => self.make_pool(label, name, *size, *max_tasks),
            ActionKind::Submit { pool, process, args } => {
                let args = args.iter().map(|a| self.eval(a)).collect();
                self.submit(label, pool, process, args);
            }
            ActionKind::Map { pool, process, over } => {
                let items = self.items(over);
                let tasks: Vec<u32> =
                    items.into_iter().map(|item| self.submit(label, pool, process, vec![item])).collect();
                let p = self.pool_index(pool);
                // The map's tasks are numbered in a row; its own loop takes their results.
                if let (Some(first), Some(last)) = (tasks.first(), tasks.last()) {
                    self.pools[p].pending.retain(|t| !(first..=last).contains(&t));
                }
                for task in tasks {
                    self.take_result(label, p, task);
                }
            }
            ActionKind::Result { var, pool } => {
                let p = self.pool_index(pool);
                let Some(task) = self.pools[p].pending.pop_front() else {
                    self.fail(&format!("every task submitted to {pool} so far has had its result taken"))
                };
                let value = self.take_result(label, p, task);
                self.assign(var, value);
            }
            ActionKind::Close(pool) => self.close_pool(label, pool),
            ActionKind::JoinPool(pool) => self.join_pool(label, pool),
            _ => unreachable!("run_action hands only loop, channel and pool actions here"),
        }
        Flow::Continue
    }

    fn run_loop(
        &mut self,
        label: Option<&String>,
        var: &str,
        over: &Over,
        body: &'s [crate::model::scenario::Action],
    ) -> Flow {
        let described = match over {
            Over::Range { start, stop } => format!("range {start}..{stop}"),
            Over::Values(v) => format!("{} value(s)", v.len()),
            Over::Channel { channel, until: Some(u), .. } => format!("{channel} until {u}"),
            Over::Channel { channel, until: None, .. } => channel.clone(),
            Over::Results(pool) => format!("the results of {pool}"),
        };
        // A loop that takes items gives its label to each take (a get, or a pool result),
        // which is what checks want to name; other loops label their first event.
        let takes = matches!(over, Over::Channel { .. } | Over::Results(_));
        let take_label = if takes { label } else { None };
        self.emit(if takes { None } else { label }, EventKind::Loop { var: var.to_owned(), over: described });
        // The loop variable gets one slot for the whole loop, overwritten at each iteration.
        // Variables the body assigns with `let` are pushed after it and stay after the loop.
        let slot = self.locals.len();
        self.locals.push((var.to_owned(), Value::default()));
        let (flow, iterations) = self.iterate(over, take_label, slot, body);
        self.locals.remove(slot);
        if flow == Flow::Continue {
            self.emit(None, EventKind::LoopEnd { iterations });
        }
        flow
    }

    /// Runs the iterations of a loop whose variable is `self.locals[slot]`.
    fn iterate(
        &mut self,
        over: &Over,
        take_label: Option<&String>,
        slot: usize,
        body: &'s [crate::model::scenario::Action],
    ) -> (Flow, u32) {
        let mut iterations = 0u32;
        let mut step = |it: &mut Self, value: Value| -> Flow {
            it.locals[slot].1 = value;
            iterations += 1;
            it.run_actions(body)
        };
        match over {
            Over::Range { start, stop } => {
                // Values are made one at a time: a long range costs no memory up front.
                for i in self.range_bounds(start, stop) {
                    // Formatted inline, not through a heap `String`: a malloc and a free per
                    // iteration write allocator pages that a loop of starts had just shared
                    // with a child, a page fault each.
                    let flow = step(self, Value::plain(compact_str::ToCompactString::to_compact_string(&i)));
                    if flow != Flow::Continue {
                        return (flow, iterations);
                    }
                }
            }
            Over::Values(_) => {
                for value in self.items(over) {
                    let flow = step(self, value);
                    if flow != Flow::Continue {
                        return (flow, iterations);
                    }
                }
            }
            Over::Channel { channel, until, timeout } => {
                while let Some(value) = self.take(take_label, channel, *timeout) {
                    if until.as_deref() == Some(value.text.as_str()) {
                        break;
                    }
                    let flow = step(self, value);
                    if flow != Flow::Continue {
                        return (flow, iterations);
                    }
                }
            }
            Over::Results(pool) => {
                let p = self.pool_index(pool);
                while let Some(task) = self.pools[p].pending.pop_front() {
                    let value = self.take_result(take_label, p, task);
                    let flow = step(self, value);
                    if flow != Flow::Continue {
                        return (flow, iterations);
                    }
                }
            }
        }
        (Flow::Continue, iterations)
    }

    /// The values a range or a list stands for.
    fn items(&mut self, over: &Over) -> Vec<Value> {
        match over {
            Over::Range { start, stop } => {
                self.range_bounds(start, stop).map(|i| Value::plain(i.to_string())).collect()
            }
            Over::Values(values) => values.iter().map(|v| self.eval(v)).collect(),
            Over::Channel { .. } | Over::Results(_) => unreachable!("only ranges and lists have items up front"),
        }
    }

    /// The integers a range goes over; its bounds are templates rendered now.
    fn range_bounds(&mut self, start: &str, stop: &str) -> std::ops::Range<i64> {
        let bound = |it: &mut Self, t: &str| {
            let text = it.render(t).text;
            text.trim()
                .parse::<i64>()
                .unwrap_or_else(|_| it.fail(&format!("range bound {t} is {text:?}, not an integer")))
        };
        bound(self, start)..bound(self, stop)
    }

    fn channel_fds(&mut self, name: &str) -> ChannelFds {
        match self.channels.iter().rev().find(|(n, _)| n == name) {
            Some((_, fds)) => *fds,
            None => {
                self.fail(&format!("{name} is not reachable from this process: it was made after this process started"))
            }
        }
    }

    fn put(&mut self, label: Option<&String>, channel: &str, value: Value, timeout: Option<Duration>) {
        let fds = self.channel_fds(channel);
        // Taken before the item leaves, so that the put precedes its get in time as well.
        let seq = self.rec.reserve_seq();
        let time_ns = super::now_ns();
        let mut bytes = std::mem::take(&mut self.outbox);
        let item = Item { pid: self.rec.pid(), seq, value };
        item.encode_into(&mut bytes);
        let deadline = timeout.map(|t| Instant::now() + t);
        // A joinable queue counts the task before its item can be taken.
        let tasks = self.task_count(channel);
        if let Some(tasks) = tasks {
            let rec = &mut self.rec;
            if let Err(e) = tasks.task_put(&mut || rec.flush()) {
                self.fail(&format!("put into {channel} failed: {e}"))
            }
        }
        let result = match fds {
            ChannelFds::Queue { memfd } => {
                let ring = self.ring(memfd);
                let rec = &mut self.rec;
                ring.push(&bytes, deadline, &mut || rec.flush())
            }
            ChannelFds::End { fd } => {
                let rec = &mut self.rec;
                channel::send_message(fd, &bytes, deadline, &mut || rec.flush())
            }
        };
        self.outbox = bytes;
        let value = item.value;
        let timed_out = match result {
            Ok(()) => false,
            Err(ChannelFailure::TimedOut) => {
                if let Some(tasks) = tasks {
                    tasks.task_unput();
                }
                true
            }
            Err(e) => self.fail(&format!("put into {channel} failed: {e}")),
        };
        self.rec.send_put(seq, time_ns, label, channel, &value, timed_out);
    }

    /// Takes the next item; `None` (recorded as a timed-out get) when `timeout` passed first.
    fn take(&mut self, label: Option<&String>, channel: &str, timeout: Option<Duration>) -> Option<Value> {
        let fds = self.channel_fds(channel);
        let deadline = timeout.map(|t| Instant::now() + t);
        let mut buffer = std::mem::take(&mut self.buffer);
        let result = match fds {
            ChannelFds::Queue { memfd } => {
                let ring = self.ring(memfd);
                let rec = &mut self.rec;
                ring.pop(&mut buffer, deadline, &mut || rec.flush()).map(|()| buffer.len())
            }
            ChannelFds::End { fd } => {
                buffer.resize(BUFFER, 0);
                let rec = &mut self.rec;
                channel::recv_message(fd, &mut buffer, deadline, &mut || rec.flush())
            }
        };
        let decoded = result.map(|n| Item::decode(&buffer[..n]));
        self.buffer = buffer;
        match decoded {
            Ok(item) => {
                let Some(item) = item else { self.fail(&format!("a malformed item arrived on {channel}")) };
                let seq = self.rec.reserve_seq();
                self.rec.send_get(seq, super::now_ns(), label, channel, &item.value, (item.pid, item.seq));
                Some(item.value)
            }
            Err(ChannelFailure::TimedOut) => {
                self.emit(label, EventKind::Get { channel: channel.into(), value: Value::default(), from: None });
                None
            }
            Err(e) => self.fail(&format!("taking from {channel} failed: {e}")),
        }
    }

    /// This process's mapping of the queue ring in `memfd`: inherited at a fork, or mapped
    /// anew in a spawned image.
    fn ring(&mut self, memfd: RawFd) -> Ring {
        if let Some(r) = self.rings.iter().find(|r| r.fd() == memfd) {
            return *r;
        }
        let ring = Ring::open(memfd).unwrap_or_else(|e| self.fail(&format!("cannot map an inherited queue: {e}")));
        self.rings.push(ring);
        ring
    }

    fn pool_index(&mut self, pool: &str) -> usize {
        match self.pools.iter().position(|p| p.name == pool) {
            Some(i) => i,
            None => self.fail(&format!("pool {pool} does not belong to this process")),
        }
    }

    fn make_pool(&mut self, label: Option<&String>, name: &str, size: u32, max_tasks: Option<u32>) {
        // Smaller than a queue's ring: a ring's pages are touched in turn as it goes round,
        // so a small one stays in cache; a full task ring only makes the owner take results.
        let ring = || Ring::create(POOL_RING_PLACES);
        let (tasks, results, current) =
            match (ring(), ring(), crate::sources::engine::ring::shared_words(size as usize)) {
                (Ok(t), Ok(r), Ok(c)) => (t, r, c),
                (Err(e), _, _) | (_, Err(e), _) | (_, _, Err(e)) => self.fail(&format!("cannot make pool {name}: {e}")),
            };
        let seq = self.rec.reserve_seq();
        let time_ns = super::now_ns();
        self.pools.push(OwnedPool {
            name: name.to_owned(),
            tasks,
            results,
            workers: Vec::with_capacity(size as usize),
            next_task: 0,
            pending: VecDeque::new(),
            arrived: HashMap::new(),
            ended: 0,
            gone: Vec::new(),
            current,
            slot: Vec::new(),
            max_tasks,
            closed: false,
        });
        let p = self.pools.len() - 1;
        for slot in 0..size as usize {
            self.fork_worker(p, slot, seq);
        }
        let workers = self.pools[p].workers.iter().map(|p| p.as_raw()).collect();
        let kind = EventKind::Pool { name: name.to_owned(), size, workers };
        self.rec.send(&Event { seq, time_ns, label: label.map(crate::model::template::Name::from), kind });
    }

    /// Forks a worker for `slot` of pool `p`; `seq` is the owner's event that makes it.
    fn fork_worker(&mut self, p: usize, slot: usize, seq: u32) {
        let (name, tasks, results, max_tasks) = {
            let pool = &self.pools[p];
            (pool.name.clone(), pool.tasks, pool.results, pool.max_tasks)
        };
        let current = &self.pools[p].current[slot];
        let index = self.pools[p].workers.len() as u32;
        let parent_pid = self.rec.pid();
        match self.fork_child() {
            Ok(ForkResult::Child) => {
                self.become_child(Cow::Owned(worker_name(&name)), seq as u64, index as u64 + 1);
                self.begin(parent_pid, Some(seq), Origin::Forked);
                self.run_worker(&name, tasks, results, index, current, max_tasks)
            }
            Ok(ForkResult::Parent { child }) => {
                let pool = &mut self.pools[p];
                pool.workers.push(child);
                pool.gone.push(false);
                pool.slot.push(slot);
            }
            Err(e) => self.fail(&format!("fork of a worker of {name} failed: {e}")),
        }
    }

    /// Replaces worker `worker` of pool `p`, which ended after its `max_tasks`.
    fn respawn(&mut self, p: usize, worker: usize) {
        let seq = self.rec.reserve_seq();
        let time_ns = super::now_ns();
        let slot = self.pools[p].slot[worker];
        self.fork_worker(p, slot, seq);
        let pool = &self.pools[p];
        let kind = EventKind::Respawn {
            pool: pool.name.as_str().into(),
            worker_pid: pool.workers.last().map_or(0, |w| w.as_raw()),
            replaced_pid: pool.workers[worker].as_raw(),
        };
        self.rec.send(&Event { seq, time_ns, label: None, kind });
    }

    /// A worker's life: run tasks until told to stop.
    fn run_worker(
        &mut self,
        pool: &str,
        tasks: Ring,
        results: Ring,
        k: u32,
        current: &AtomicU64,
        max_tasks: Option<u32>,
    ) -> ! {
        let mut buffer = Vec::with_capacity(channel::MAX_ITEM);
        let mut done = 0u32;
        loop {
            let rec = &mut self.rec;
            if let Err(e) = tasks.pop(&mut buffer, None, &mut || rec.flush()) {
                self.fail(&format!("receiving a task of {pool} failed: {e}"));
            }
            let (task, process, args, submit_seq) = match postcard::from_bytes(&buffer) {
                Ok(TaskMessage::Run { task, process, args, submit_seq }) => (task, process, args, submit_seq),
                Ok(TaskMessage::Stop) => break,
                Err(e) => self.fail(&format!("a malformed task arrived for {pool}: {e}")),
            };
            let def = &self.scenario.processes[&process];
            current.store(task as u64 + 1, Ordering::SeqCst);
            let seq = self.rec.reserve_seq();
            let kind = ItemEventKind::TaskStart { pool, task, process: &process, submit_seq };
            self.rec.send_item_event(ItemEvent { seq, time_ns: super::now_ns(), label: None, kind });
            self.locals = def.params.iter().cloned().zip(args).collect();
            self.returned = None;
            let flow = self.run_actions(&def.actions);
            self.locals.clear();
            // A task that ends its process with `exit` fails: the owner gets the error as the
            // task's result (as Python hands back a task's exception), and the worker ends.
            let value = match flow {
                Flow::Exit(code) => Value::plain(format!("error: the task exited with code {code}")),
                _ => self.returned.take().unwrap_or_else(|| Value::plain("None")),
            };
            let end_seq = self.rec.reserve_seq();
            let kind = ItemEventKind::TaskEnd { pool, task, value: &value };
            self.rec.send_item_event(ItemEvent { seq: end_seq, time_ns: super::now_ns(), label: None, kind });
            let result = WorkerMessage::Result(TaskResult { task, worker_pid: self.rec.pid(), end_seq, value });
            self.send_to_owner(pool, results, &result);
            current.store(0, Ordering::SeqCst);
            done += 1;
            if max_tasks.is_some_and(|m| done >= m) && !matches!(flow, Flow::Exit(_)) {
                // Retire: the owner starts another worker in this one's place.
                self.send_to_owner(pool, results, &WorkerMessage::Ending { worker: k, retiring: true });
                self.finish(0);
            }
            if let Flow::Exit(code) = flow {
                self.send_to_owner(pool, results, &WorkerMessage::Ending { worker: k, retiring: false });
                self.finish(code);
            }
        }
        self.send_to_owner(pool, results, &WorkerMessage::Ending { worker: k, retiring: false });
        self.finish(0)
    }

    fn send_to_owner(&mut self, pool: &str, results: Ring, message: &WorkerMessage) {
        let bytes = postcard::to_allocvec(message).expect("results serialize");
        let rec = &mut self.rec;
        if let Err(e) = results.push(&bytes, None, &mut || rec.flush()) {
            self.fail(&format!("sending a result to the owner of {pool} failed: {e}"));
        }
    }

    /// Submits a task and returns its number.
    fn submit(&mut self, label: Option<&String>, pool: &str, process: &str, args: Vec<Value>) -> u32 {
        let p = self.pool_index(pool);
        let task = self.pools[p].next_task;
        self.pools[p].next_task += 1;
        let seq = self.rec.reserve_seq();
        let time_ns = super::now_ns();
        self.send_task(p, &TaskMessageRef::Run { task, process, args: &args, submit_seq: seq });
        self.pools[p].pending.push_back(task);
        let kind = ItemEventKind::Submit { pool, task, process };
        self.rec.send_item_event(ItemEvent { seq, time_ns, label, kind });
        task
    }

    /// Sends a message to the workers. While the task ring is full, takes in results, so
    /// that workers stuck on a full result ring can go on and make room.
    fn send_task(&mut self, p: usize, message: &TaskMessageRef) {
        let mut bytes = std::mem::take(&mut self.outbox);
        bytes.clear();
        let bytes = postcard::to_extend(message, bytes).expect("tasks serialize");
        if bytes.len() > channel::MAX_ITEM {
            self.fail(&format!("a task of {} bytes is larger than the limit of {}", bytes.len(), channel::MAX_ITEM));
        }
        let tasks = self.pools[p].tasks;
        // The first attempt does not wait. When the task ring is full, the workers may be
        // stuck on a full result ring: take in results first, which frees them, then wait a
        // little for room, and so on.
        let mut wait = Duration::ZERO;
        loop {
            let rec = &mut self.rec;
            match tasks.push(&bytes, Some(Instant::now() + wait), &mut || rec.flush()) {
                Ok(()) => {
                    self.outbox = bytes;
                    return;
                }
                Err(ChannelFailure::TimedOut) => {
                    self.drain_results(p);
                    wait = RESULT_CHECK;
                }
                Err(e) => self.fail(&format!("sending a task to {} failed: {e}", self.pools[p].name)),
            }
        }
    }

    /// Takes in every result already waiting, without blocking.
    fn drain_results(&mut self, p: usize) {
        let mut buffer = std::mem::take(&mut self.buffer);
        let results = self.pools[p].results;
        while results.try_pop(&mut buffer) {
            self.store(p, &buffer);
        }
        self.buffer = buffer;
    }

    /// Takes in one message from the workers, waiting for it, or returns early when a
    /// worker was found dead (which may settle what the caller waits for).
    fn receive(&mut self, p: usize) {
        let mut buffer = std::mem::take(&mut self.buffer);
        let results = self.pools[p].results;
        loop {
            let rec = &mut self.rec;
            // A worker that dies sends nothing, so the wait is bounded: every so often the
            // owner looks whether one of its workers is gone.
            match results.pop(&mut buffer, Some(Instant::now() + LIVENESS_CHECK), &mut || rec.flush()) {
                Ok(()) => {
                    self.store(p, &buffer);
                    break;
                }
                Err(ChannelFailure::TimedOut) => {
                    if self.find_dead_workers(p) {
                        break;
                    }
                }
                Err(e) => self.fail(&format!("receiving results failed: {e}")),
            }
        }
        self.buffer = buffer;
    }

    /// Looks for workers that ended without saying so (killed, crashed) and fails the task
    /// each was running. Does not reap them: `join` does. True when one was found.
    fn find_dead_workers(&mut self, p: usize) -> bool {
        use nix::sys::wait::{waitid, Id, WaitPidFlag, WaitStatus};
        let mut found = false;
        for k in 0..self.pools[p].workers.len() {
            if self.pools[p].gone[k] {
                continue;
            }
            let pid = self.pools[p].workers[k];
            let flags = WaitPidFlag::WEXITED | WaitPidFlag::WNOHANG | WaitPidFlag::WNOWAIT;
            let how = match waitid(Id::Pid(pid), flags) {
                Ok(WaitStatus::Signaled(_, sig, _)) => format!("killed by {}", sig.as_str()),
                Ok(WaitStatus::Exited(_, code)) => format!("ended with code {code}"),
                _ => continue,
            };
            found = true;
            self.pools[p].gone[k] = true;
            self.pools[p].ended += 1;
            // Whatever it sent before it died is in the ring already: take it first.
            self.drain_results(p);
            let running = self.pools[p].current[self.pools[p].slot[k]].load(Ordering::SeqCst);
            if let Some(task) = running.checked_sub(1).map(|t| t as u32) {
                self.pools[p].arrived.entry(task).or_insert_with(|| TaskResult {
                    task,
                    worker_pid: pid.as_raw(),
                    end_seq: u32::MAX,
                    value: Value::plain(format!("error: the worker running the task was {how}")),
                });
            }
        }
        found
    }

    fn store(&mut self, p: usize, bytes: &[u8]) {
        match postcard::from_bytes::<WorkerMessage>(bytes) {
            Ok(WorkerMessage::Result(r)) => {
                self.pools[p].arrived.insert(r.task, r);
            }
            Ok(WorkerMessage::Ending { worker, retiring }) => {
                let pool = &mut self.pools[p];
                if pool.gone.get(worker as usize) == Some(&false) {
                    pool.gone[worker as usize] = true;
                    pool.ended += 1;
                    if retiring {
                        self.respawn(p, worker as usize);
                    }
                }
            }
            Err(e) => self.fail(&format!("a malformed result arrived: {e}")),
        }
    }

    /// Waits for the result of `task`, records that it was taken, and returns it.
    fn take_result(&mut self, label: Option<&String>, p: usize, task: u32) -> Value {
        while !self.pools[p].arrived.contains_key(&task) {
            if self.pools[p].ended == self.pools[p].workers.len() {
                let name = self.pools[p].name.clone();
                self.fail(&format!("every worker of {name} ended before task {task} returned a result"));
            }
            self.receive(p);
        }
        let r = self.pools[p].arrived.remove(&task).expect("just checked");
        let seq = self.rec.reserve_seq();
        let kind = ItemEventKind::Result {
            pool: &self.pools[p].name,
            task,
            value: &r.value,
            worker_pid: r.worker_pid,
            end_seq: r.end_seq,
        };
        self.rec.send_item_event(ItemEvent { seq, time_ns: super::now_ns(), label, kind });
        r.value
    }

    fn close_pool(&mut self, label: Option<&String>, pool: &str) {
        let p = self.pool_index(pool);
        if !self.pools[p].closed {
            self.pools[p].closed = true;
            // One stop per worker: each worker takes exactly one and ends, after the tasks
            // sent before it, since the ring keeps its order.
            for _ in 0..self.pools[p].workers.len() {
                self.send_task(p, &TaskMessageRef::Stop);
            }
        }
        self.emit(label, EventKind::Close { pool: pool.into() });
    }

    fn join_pool(&mut self, label: Option<&String>, pool: &str) {
        let p = self.pool_index(pool);
        // Results keep arriving until every worker has said it is ending; a worker says so
        // as its last act, so the waits below are short.
        while self.pools[p].ended < self.pools[p].workers.len() {
            self.receive(p);
        }
        self.rec.flush();
        let workers = self.pools[p].workers.clone();
        let mut endings = Vec::with_capacity(workers.len());
        for pid in workers {
            let ending = loop {
                match nix::sys::wait::waitpid(pid, None) {
                    Ok(status) => match crate::sources::engine::ending_of(status) {
                        Some((_, ending)) => {
                            self.census.release();
                            break ending;
                        }
                        None => continue,
                    },
                    Err(Errno::EINTR) => continue,
                    Err(_) => break Ending::Unknown,
                }
            };
            // The pid is not used again after this: it was reaped and may now be reused.
            endings.push((pid.as_raw(), ending));
        }
        self.pools.remove(p);
        self.emit(label, EventKind::JoinPool { pool: pool.into(), workers: endings });
    }
}

/// How long the owner waits for a result before it looks whether a worker died.
const LIVENESS_CHECK: Duration = Duration::from_millis(50);

/// The places of a pool's task and result rings.
const POOL_RING_PLACES: u32 = 1024;

/// How long a submit waits for room in a full task ring before it takes in results.
const RESULT_CHECK: Duration = Duration::from_millis(1);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn borrowed_tasks_decode_as_task_messages() {
        let args = vec![Value::plain("7")];
        let bytes =
            postcard::to_allocvec(&TaskMessageRef::Run { task: 3, process: "square", args: &args, submit_seq: 9 })
                .unwrap();
        match postcard::from_bytes::<TaskMessage>(&bytes).unwrap() {
            TaskMessage::Run { task, process, args: decoded, submit_seq } => {
                assert_eq!((task, process.as_str(), decoded, submit_seq), (3, "square", args, 9));
            }
            TaskMessage::Stop => panic!("decoded as Stop"),
        }
        let stop = postcard::to_allocvec(&TaskMessageRef::Stop).unwrap();
        assert!(matches!(postcard::from_bytes::<TaskMessage>(&stop).unwrap(), TaskMessage::Stop));
    }
}
