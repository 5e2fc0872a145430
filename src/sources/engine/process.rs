//! What runs inside each scenario process: an interpreter of its actions.
//!
//! Every scenario process is single-threaded (the supervisor that forks the first one is,
//! and nothing here starts a thread), so after each `fork` the child may run any code: the
//! async-signal-safety rule for forked children of multi-threaded processes does not bind.
//! Values needed after a fork in the exec path are still built before forking, so the child
//! only calls `execv`.

mod ipc;
mod lifecycle;
mod sync;

use super::census::Census;
use super::channel::ChannelFds;
use super::record::{ItemEvent, ItemEventKind, Recorder};
use crate::model::scenario::{Action, ActionKind, ProcessDef, Scenario, StartMethod, ValueExpr, FORK_VAR};
use crate::model::template::{self, Value, Volatile};
use crate::trace::{Ending, Event, EventKind, Origin};
use nix::sys::wait::waitpid;
use nix::unistd::{fork, getpid, getppid, ForkResult, Pid};
use rand::{Rng, SeedableRng};
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::ffi::CString;
use std::os::fd::RawFd;

/// Forks after which a process moves its code onto huge pages (`host::text_pages`): the move
/// costs about what a hundred children save, so a process that forks a few pays nothing, and
/// one that starts hundreds or thousands in a loop gets it early.
const FORKS_BEFORE_HUGE_TEXT: u32 = 32;

/// The fds every process of a run inherits from the supervisor.
#[derive(Debug, Clone, Copy, Serialize, Deserialize)]
pub struct RunFds {
    /// The write end of the event channel.
    pub event: RawFd,
    /// The scenario, for spawned images to read.
    pub scenario: RawFd,
}

/// Everything a spawned process image needs to take over from its parent.
#[derive(Debug, Serialize, Deserialize)]
pub struct SpawnRequest {
    pub scenario_fd: RawFd,
    pub event_fd: RawFd,
    pub census_fd: RawFd,
    pub definition: String,
    pub name: String,
    pub parent_pid: i32,
    pub parent_seq: u32,
    pub args: Vec<Value>,
    /// The queues and pipe ends the parent held, inherited by the new image.
    pub channels: Vec<(String, ChannelFds)>,
    /// The locks, semaphores, events, barriers and shared integers the parent held.
    #[serde(default)]
    pub syncs: Vec<sync::SyncFds>,
    /// Whether events other than the first and last are recorded.
    pub recording: bool,
    /// The new image's own jitter stream.
    pub jitter: Option<super::Jitter>,
}

/// The state of one scenario process.
pub struct Interpreter<'s> {
    scenario: &'s Scenario,
    rec: Recorder,
    scenario_fd: RawFd,
    /// The run's process count, asked before every fork.
    census: Census,
    /// Borrowed from the scenario when written there: a started child names itself with no
    /// heap allocation (see `become_child`).
    name: Cow<'s, str>,
    globals: Vec<(String, Value)>,
    /// The first few held inline, like `children`: a loop's variable is written at every
    /// iteration, each just after a fork write-protected the page it lies on.
    locals: smallvec::SmallVec<[(String, Value); 2]>,
    /// Names borrowed from the scenario where they can be, so that a start allocates nothing;
    /// the first few held inline (on the stack, with the rest of the interpreter), so that a
    /// start and a join write no heap page that a fork has just shared with the child.
    children: smallvec::SmallVec<[(Cow<'s, str>, Pid); 2]>,
    /// Children this process has forked, counted up to `FORKS_BEFORE_HUGE_TEXT`.
    forks_made: u32,
    /// How the latest child of each name that this process joined ended (for `exitcode` and
    /// a `terminate` after the join). A map, not a list of every join: a process that starts
    /// and joins thousands of children under one name keeps one entry, so its heap (which
    /// every fork copies the page tables of, and every child inherits) does not grow with them.
    joined: std::collections::HashMap<String, Ending>,
    /// The children started with `daemon: true`, terminated and joined when this process
    /// reaches its end if still unjoined.
    daemons: Vec<Pid>,
    /// Queues and pipe ends this process holds, inherited or made.
    channels: Vec<(String, ChannelFds)>,
    /// The queue rings this process has mapped.
    rings: Vec<super::ring::Ring>,
    /// Locks, semaphores, events, barriers and shared integers this process holds.
    syncs: Vec<sync::Held>,
    /// Pools this process made.
    pools: Vec<ipc::OwnedPool>,
    /// The value of the last `return`.
    returned: Option<Value>,
    /// Room for one incoming message, kept so that taking an item does not allocate.
    buffer: Vec<u8>,
    /// Room for one outgoing item, for the same reason.
    outbox: Vec<u8>,
    /// Random delays before each action, and the stream they are drawn from.
    jitter: Option<super::Jitter>,
    jitter_rng: Option<super::SplitMix64>,
}

/// How an action list ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Flow {
    Continue,
    Exit(i32),
    /// A `return`: ends the task, or the process with code 0.
    Return,
}

impl<'s> Interpreter<'s> {
    /// Runs `main`, the first process, and exits. Called in the supervisor's child.
    pub fn run_main(
        scenario: &'s Scenario,
        fds: RunFds,
        census: Census,
        supervisor_pid: i32,
        settings: super::Settings,
    ) -> ! {
        let rec = Recorder::new(fds.event, settings.recording);
        let mut it = Interpreter::new(scenario, rec, fds.scenario, census, Cow::Borrowed("main"));
        it.set_jitter(settings.jitter);
        it.begin(supervisor_pid, None, Origin::Main);
        it.compute_module_vars();
        let def = &scenario.processes["main"];
        it.run_definition(def, Vec::new())
    }

    /// Runs a process image made by the spawn method, and exits.
    pub fn run_spawned(scenario: &'s Scenario, request: SpawnRequest) -> ! {
        let rec = Recorder::new(request.event_fd, request.recording);
        let census = Census::open(request.census_fd);
        let mut it = Interpreter::new(scenario, rec, request.scenario_fd, census, Cow::Owned(request.name));
        it.set_jitter(request.jitter);
        it.channels = request.channels;
        it.syncs = request.syncs.into_iter().map(|fds| sync::Held { fds, object: None, depth: 0 }).collect();
        it.begin(request.parent_pid, Some(request.parent_seq), Origin::Spawned);
        // A fresh image computes its module variables again: the point of the spawn method.
        it.compute_module_vars();
        let def = &scenario.processes[&request.definition];
        it.run_definition(def, request.args)
    }

    fn new(
        scenario: &'s Scenario,
        rec: Recorder,
        scenario_fd: RawFd,
        census: Census,
        name: Cow<'s, str>,
    ) -> Interpreter<'s> {
        Interpreter {
            scenario,
            rec,
            scenario_fd,
            census,
            name,
            globals: Vec::new(),
            locals: smallvec::SmallVec::new(),
            children: smallvec::SmallVec::new(),
            forks_made: 0,
            joined: std::collections::HashMap::new(),
            daemons: Vec::new(),
            channels: Vec::new(),
            pools: Vec::new(),
            rings: Vec::new(),
            syncs: Vec::new(),
            returned: None,
            buffer: Vec::new(),
            outbox: Vec::new(),
            jitter: None,
            jitter_rng: None,
        }
    }

    fn begin(&mut self, parent_pid: i32, parent_seq: Option<u32>, origin: Origin) {
        let seq = self.rec.reserve_seq();
        let kind = ItemEventKind::Begin { name: &self.name, parent_pid, parent_seq, origin };
        self.rec.send_item_event(ItemEvent { seq, time_ns: now_ns(), label: None, kind });
    }

    fn compute_module_vars(&mut self) {
        for (name, expr) in &self.scenario.vars {
            let value = self.eval(expr);
            self.emit(None, EventKind::Let { var: name.into(), value: value.clone() });
            self.globals.push((name.clone(), value));
        }
    }

    fn run_definition(&mut self, def: &'s ProcessDef, args: Vec<Value>) -> ! {
        let locals = if def.params.is_empty() {
            smallvec::SmallVec::new()
        } else {
            def.params.iter().cloned().zip(args).collect()
        };
        // A started child's locals are still its parent's: forgotten, not dropped, like the
        // parent's joins in `become_child` (freeing them would write to, and so copy, the
        // heap pages they lie on). Everywhere else they are empty.
        std::mem::forget(std::mem::replace(&mut self.locals, locals));
        let code = match self.run_actions(&def.actions) {
            Flow::Continue | Flow::Return => 0,
            Flow::Exit(code) => code,
        };
        self.finish(code)
    }

    /// Records the last event and exits without running the parent's atexit handlers or
    /// flushing stdio buffers copied from it.
    fn finish(&mut self, code: i32) -> ! {
        self.end_daemons();
        self.final_values();
        let seq = self.rec.reserve_seq();
        self.rec.send_item_event(ItemEvent { seq, time_ns: now_ns(), label: None, kind: ItemEventKind::End { code } });
        self.rec.flush();
        super::exit_now(code)
    }

    fn emit(&mut self, label: Option<&String>, kind: EventKind) {
        let seq = self.rec.reserve_seq();
        self.rec.send(&Event { seq, time_ns: now_ns(), label: label.map(crate::model::template::Name::from), kind });
    }

    fn run_actions(&mut self, actions: &'s [Action]) -> Flow {
        for action in actions {
            let flow = self.run_action(action);
            if flow != Flow::Continue {
                return flow;
            }
        }
        Flow::Continue
    }

    fn set_jitter(&mut self, jitter: Option<super::Jitter>) {
        self.jitter = jitter;
        self.jitter_rng = jitter.map(|j| super::SplitMix64::new(j.seed));
    }

    /// Sleeps a random while before an action, when the run asks for jitter.
    fn jitter_pause(&mut self) {
        let (Some(j), Some(rng)) = (self.jitter, self.jitter_rng.as_mut()) else { return };
        let ns = rng.up_to(j.max_ns);
        self.rec.flush();
        std::thread::sleep(std::time::Duration::from_nanos(ns));
    }

    fn run_action(&mut self, action: &'s Action) -> Flow {
        self.jitter_pause();
        let label = action.label.as_ref();
        match &action.kind {
            ActionKind::Print(t) => {
                let value = self.render(t);
                let seq = self.rec.reserve_seq();
                let kind = ItemEventKind::Print(&value);
                self.rec.send_item_event(ItemEvent { seq, time_ns: now_ns(), label, kind });
            }
            ActionKind::Sleep { duration, written } => {
                self.emit(label, EventKind::Sleep { written: written.clone() });
                self.rec.flush();
                // std's sleep resumes after signal interruptions until the time has passed.
                // Both factors are bounded by the loader; the product is held to what a
                // `Duration` holds all the same.
                let scaled = std::time::Duration::try_from_secs_f64(duration.as_secs_f64() * self.scenario.time_scale);
                std::thread::sleep(scaled.unwrap_or(std::time::Duration::MAX));
            }
            ActionKind::Let(assignments) => {
                for (var, expr) in assignments {
                    let value = self.eval(expr);
                    self.emit(label, EventKind::Let { var: var.into(), value: value.clone() });
                    self.assign(var, value);
                }
            }
            ActionKind::Exit(code) => return Flow::Exit(*code),
            ActionKind::Join(name) => {
                let name = self.child_name(name);
                self.join(label, &name)
            }
            ActionKind::JoinWithin { name, timeout } => {
                let name = self.child_name(name);
                self.join_within(label, &name, *timeout)
            }
            ActionKind::Kill { name, signal } => {
                let name = self.child_name(name);
                self.kill(label, &name, signal)
            }
            ActionKind::Terminate(name) => {
                let name = self.child_name(name);
                self.terminate(label, &name)
            }
            ActionKind::IsAlive { name, var } => {
                let name = self.child_name(name);
                self.is_alive(label, &name, var)
            }
            ActionKind::ExitCode { name, var } => {
                let name = self.child_name(name);
                self.exit_code(label, &name, var)
            }
            ActionKind::Ignore(signal) => {
                let sig: nix::sys::signal::Signal = signal.parse().unwrap_or(nix::sys::signal::Signal::SIGTERM);
                // SAFETY: SIG_IGN installs no handler, so no code runs at the signal.
                if let Err(e) = unsafe { nix::sys::signal::signal(sig, nix::sys::signal::SigHandler::SigIgn) } {
                    self.fail(&format!("cannot ignore {signal}: {e}"));
                }
                self.emit(label, EventKind::Ignore { signal: sig.as_str().to_owned() });
            }
            ActionKind::Raise(signal) => {
                let sig: nix::sys::signal::Signal = signal.parse().unwrap_or(nix::sys::signal::Signal::SIGTERM);
                self.emit(label, EventKind::Raise { signal: sig.as_str().to_owned() });
                // The event must leave before the signal (which usually ends the process) does.
                self.rec.flush();
                if !matches!(sig, nix::sys::signal::Signal::SIGKILL | nix::sys::signal::Signal::SIGSTOP) {
                    // SAFETY: restoring the default action installs no handler. It is needed
                    // because Rust's runtime handles SIGSEGV and SIGBUS (to report stack
                    // overflows) and returns from a signal that was raised rather than caused
                    // by a fault, which would let the "crashed" process go on.
                    let _ = unsafe { nix::sys::signal::signal(sig, nix::sys::signal::SigHandler::SigDfl) };
                }
                if let Err(e) = nix::sys::signal::raise(sig) {
                    self.fail(&format!("cannot raise {signal}: {e}"));
                }
            }
            ActionKind::Start { process, args, name, method, daemon } => {
                let name = self.child_name(name);
                self.start(label, process, args, name, *method);
                if *daemon {
                    let (_, pid) = self.children.last().expect("start adds the child");
                    self.daemons.push(*pid);
                }
            }
            ActionKind::Fork { parent, child, name } => return self.fork_action(label, parent, child, name),
            ActionKind::Return(value) => {
                self.returned = Some(self.eval(value));
                return Flow::Return;
            }
            ActionKind::Sync { .. }
            | ActionKind::Acquire(_)
            | ActionKind::Release(_)
            | ActionKind::SetEvent(_)
            | ActionKind::ClearEvent(_)
            | ActionKind::Wait(_)
            | ActionKind::Read { .. }
            | ActionKind::Write { .. }
            | ActionKind::Add { .. }
            | ActionKind::Condition { .. }
            | ActionKind::Notify { .. }
            | ActionKind::TaskDone(_)
            | ActionKind::JoinQueue(_) => return self.sync_action(label, &action.kind),
            // No wildcard: a new kind of action does not compile until it is run somewhere.
            ActionKind::For { .. }
            | ActionKind::Queue { .. }
            | ActionKind::Pipe { .. }
            | ActionKind::Put { .. }
            | ActionKind::Get { .. }
            | ActionKind::Pool { .. }
            | ActionKind::Submit { .. }
            | ActionKind::Map { .. }
            | ActionKind::Result { .. }
            | ActionKind::Close(_)
            | ActionKind::JoinPool(_) => return self.ipc_action(label, &action.kind),
        }
        Flow::Continue
    }

    /// A child's name as written, or rendered when it is a template over loop variables
    /// (`as: "kid{i}"`; the loader allows only names and such templates).
    fn child_name(&self, name: &'s str) -> Cow<'s, str> {
        if name.contains('{') {
            Cow::Owned(self.render(name).text.into())
        } else {
            Cow::Borrowed(name)
        }
    }

    pub(super) fn join(&mut self, label: Option<&String>, name: &str) {
        let Some(index) = self.children.iter().rposition(|(n, _)| n == name) else {
            let kind = ItemEventKind::Join { child_pid: 0, name, ending: &Ending::Unknown };
            let seq = self.rec.reserve_seq();
            self.rec.send_item_event(ItemEvent { seq, time_ns: now_ns(), label, kind });
            return;
        };
        self.join_at(label, index);
    }

    /// Reaps the child at `index` of `children` and records how it ended.
    pub(super) fn join_at(&mut self, label: Option<&String>, index: usize) {
        let (name, pid) = self.children.remove(index);
        let name = &*name;
        self.daemons.retain(|&d| d != pid);
        self.rec.flush();
        let ending = loop {
            match waitpid(pid, None) {
                Ok(status) => match super::ending_of(status) {
                    Some((_, ending)) => {
                        self.census.release();
                        break ending;
                    }
                    None => continue,
                },
                Err(nix::errno::Errno::EINTR) => continue,
                Err(_) => break Ending::Unknown,
            }
        };
        match self.joined.get_mut(name) {
            // Written only when it changes: the map's page is write-protected after every
            // fork, and a loop of starts and joins ends its children the same way each time.
            Some(latest) if *latest == ending => {}
            Some(latest) => *latest = ending.clone(),
            None => {
                self.joined.insert(name.to_owned(), ending.clone());
            }
        }
        // The pid is not used again after this: it was reaped and may now be reused.
        let kind = ItemEventKind::Join { child_pid: pid.as_raw(), name, ending: &ending };
        let seq = self.rec.reserve_seq();
        self.rec.send_item_event(ItemEvent { seq, time_ns: now_ns(), label, kind });
    }

    /// Sends a signal to a child that was not joined yet: its pid cannot have been reused,
    /// since only a join reaps it.
    fn kill(&mut self, label: Option<&String>, name: &str, signal: &str) {
        let Some(&(_, pid)) = self.children.iter().rev().find(|(n, _)| n == name) else {
            self.fail(&format!("{name} is not a running child of this process"))
        };
        let sig: nix::sys::signal::Signal = signal.parse().unwrap_or(nix::sys::signal::Signal::SIGTERM);
        if let Err(e) = nix::sys::signal::kill(pid, sig) {
            self.fail(&format!("cannot send {signal} to {name}: {e}"));
        }
        let kind = EventKind::Kill { child_pid: pid.as_raw(), name: name.to_owned(), signal: sig.as_str().to_owned() };
        self.emit(label, kind);
    }

    fn start(
        &mut self,
        label: Option<&String>,
        process: &'s str,
        args: &[ValueExpr],
        name: Cow<'s, str>,
        method: StartMethod,
    ) {
        let args: Vec<Value> = args.iter().map(|a| self.eval(a)).collect();
        let def = &self.scenario.processes[process];
        // The start event's sequence number and time are taken before the fork, so that they
        // precede the child's first event in both program order and time.
        let seq = self.rec.reserve_seq();
        let time_ns = now_ns();
        // The recorder knows this process's pid: no system call in a loop of starts.
        let parent_pid = self.rec.pid();
        // Built before forking: the child of a spawn start only calls execv.
        let exec = (method == StartMethod::Spawn).then(|| {
            let request = SpawnRequest {
                scenario_fd: self.scenario_fd,
                event_fd: self.rec.fd(),
                census_fd: self.census.fd(),
                definition: process.to_owned(),
                name: name.clone().into_owned(),
                parent_pid,
                parent_seq: seq,
                args: args.clone(),
                channels: self.channels.clone(),
                syncs: self.syncs.iter().map(|h| h.fds.clone()).collect(),
                recording: self.rec.enabled(),
                jitter: self.jitter.map(|j| j.child(seq as u64, 0)),
            };
            let argv = [
                CString::new("procscen").expect("no NUL"),
                CString::new(super::SPAWNED_COMMAND).expect("no NUL"),
                CString::new(serde_json::to_string(&request).expect("serializable")).expect("JSON has no NUL"),
            ];
            (CString::new("/proc/self/exe").expect("no NUL"), argv)
        });
        match self.fork_child() {
            Ok(ForkResult::Child) => {
                if let Some((exe, argv)) = &exec {
                    let _ = nix::unistd::execv(exe, argv);
                    // The image could not be executed; report it through the exit status.
                    super::exit_now(127);
                }
                self.become_child(name, seq as u64, 0);
                self.begin(parent_pid, Some(seq), Origin::Forked);
                self.run_definition(def, args)
            }
            Ok(ForkResult::Parent { child }) => {
                let origin = if exec.is_some() { Origin::Spawned } else { Origin::Forked };
                let kind = ItemEventKind::Start { child_pid: child.as_raw(), name: &name, origin };
                self.rec.send_item_event(ItemEvent { seq, time_ns, label, kind });
                self.children.push((name, child));
            }
            Err(e) => self.fail(&format!("fork failed: {e}")),
        }
    }

    /// Forks, keeping the rules every fork of a scenario process keeps: the child takes a place
    /// in the run's census first (when the run has as many processes as it may, this process
    /// ends instead, and the supervisor stops the run); and a failed fork gives its place back.
    /// The caller's child side must call `become_child` first (or exec): its copy of the event
    /// batch is dropped there, unsent, so the events still buffered are sent once, by this
    /// side. They are not flushed here: forking does not block, and this process flushes
    /// before it next waits (a `start` then `join` loop sends one batch a child, not two).
    pub(super) fn fork_child(&mut self) -> nix::Result<ForkResult> {
        self.admit_one();
        // A process that forks many children moves its code onto huge pages first, which its
        // children then share without faulting it in page by page (`host::text_pages`).
        if self.forks_made < FORKS_BEFORE_HUGE_TEXT {
            self.forks_made += 1;
        } else if self.forks_made == FORKS_BEFORE_HUGE_TEXT {
            self.forks_made += 1;
            crate::sources::host::move_text_to_huge_pages();
        }
        // SAFETY: this process is single-threaded (see the module docs), so the child may run
        // arbitrary code after the fork.
        let forked = unsafe { fork() };
        if forked.is_err() {
            self.census.release();
        }
        forked
    }

    /// Takes a place for one more process in the run's census, or ends this process with the
    /// reason when the run has as many as it may (the supervisor then stops the whole run).
    fn admit_one(&mut self) {
        if let Err(limit) = self.census.admit() {
            self.fail(&format!("processes limit reached: the run may have at most {limit} processes at once"));
        }
    }

    fn fork_action(
        &mut self,
        label: Option<&String>,
        parent: &'s [Action],
        child: &'s [Action],
        name: &'s str,
    ) -> Flow {
        let seq = self.rec.reserve_seq();
        let time_ns = now_ns();
        let parent_pid = self.rec.pid();
        match self.fork_child() {
            Ok(ForkResult::Child) => {
                self.become_child(Cow::Borrowed(name), seq as u64, 0);
                self.begin(parent_pid, Some(seq), Origin::Fork);
                self.locals.push((FORK_VAR.to_owned(), Value::plain("0")));
                let flow = self.run_actions(child);
                self.pop_local(FORK_VAR);
                flow
            }
            Ok(ForkResult::Parent { child: pid }) => {
                self.children.push((Cow::Borrowed(name), pid));
                self.rec.send(&Event {
                    seq,
                    time_ns,
                    label: label.map(crate::model::template::Name::from),
                    kind: EventKind::Fork { child_pid: pid.as_raw(), name: name.to_owned() },
                });
                self.locals.push((
                    FORK_VAR.to_owned(),
                    Value::volatile(pid.as_raw().to_string(), Volatile::Pid(pid.as_raw())),
                ));
                let flow = self.run_actions(parent);
                self.pop_local(FORK_VAR);
                flow
            }
            Err(e) => self.fail(&format!("fork failed: {e}")),
        }
    }

    /// Turns the state copied from the parent at a fork into the child's own.
    /// `tag` and `k` name the child's place: the parent's event that made it, and which of
    /// the children made there it is.
    fn become_child(&mut self, name: Cow<'s, str>, tag: u64, k: u64) {
        self.rec.reset_after_fork();
        self.set_jitter(self.jitter.map(|j| j.child(tag, k)));
        // The parent's name is forgotten, not dropped, for the reason given for `joined`.
        std::mem::forget(std::mem::replace(&mut self.name, name));
        // The parent's children are not this process's children, and its pools are not this
        // process's pools.
        self.children.clear();
        self.forks_made = 0;
        // Forgotten, not dropped: freeing the parent's entries one by one would write to
        // every heap page they lie on, copying each (copy-on-write) in every child, for a
        // map the child never reads. The child's copy of that memory goes with it at exit.
        std::mem::forget(std::mem::take(&mut self.joined));
        self.daemons.clear();
        self.pools.clear();
        // A lock the parent holds is not held by this process: its copy of the counts goes.
        for held in &mut self.syncs {
            held.depth = 0;
        }
    }

    /// Ends the process on an error the scenario cannot recover from, with a printed reason.
    fn fail(&mut self, message: &str) -> ! {
        self.emit(None, EventKind::Print(Value::plain(format!("procscen: {message}"))));
        self.finish(70)
    }

    fn pop_local(&mut self, name: &str) {
        if let Some(i) = self.locals.iter().rposition(|(n, _)| n == name) {
            self.locals.remove(i);
        }
    }

    fn assign(&mut self, var: &str, value: Value) {
        if let Some(slot) = self.locals.iter_mut().rev().find(|(n, _)| n == var) {
            slot.1 = value;
        } else if let Some(slot) = self.globals.iter_mut().find(|(n, _)| n == var) {
            slot.1 = value;
        } else {
            self.locals.push((var.to_owned(), value));
        }
    }

    fn eval(&mut self, expr: &ValueExpr) -> Value {
        match expr {
            ValueExpr::Template(t) => self.render(t),
            ValueExpr::Random { low, high } => {
                // Seeded from the kernel in each process, so forked copies draw differently.
                let n = rand::rngs::StdRng::from_entropy().gen_range(*low..=*high);
                Value::volatile(n.to_string(), Volatile::Random { pid: getpid().as_raw(), seq: self.rec.peek_seq() })
            }
        }
    }

    fn render(&self, template_text: &str) -> Value {
        // Built only when a template uses them: `getppid` is a system call, and most templates
        // (an item number in a loop, say) need none of these.
        let (pid, ppid, name) = (std::cell::OnceCell::new(), std::cell::OnceCell::new(), std::cell::OnceCell::new());
        template::render(template_text, |hole| {
            self.locals
                .iter()
                .rev()
                .find(|(n, _)| n == hole)
                .or_else(|| self.globals.iter().find(|(n, _)| n == hole))
                .map(|(_, v)| v)
                .or_else(|| match hole {
                    "pid" => Some(pid.get_or_init(|| {
                        let pid = self.rec.pid();
                        Value::volatile(pid.to_string(), Volatile::Pid(pid))
                    })),
                    "ppid" => Some(ppid.get_or_init(|| {
                        let ppid = getppid().as_raw();
                        Value::volatile(ppid.to_string(), Volatile::Pid(ppid))
                    })),
                    "name" => Some(name.get_or_init(|| Value::plain(self.name.to_string()))),
                    _ => None,
                })
        })
    }
}

pub(crate) use crate::sources::host::monotonic_ns as now_ns;
