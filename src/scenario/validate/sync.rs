//! Validation of locks, semaphores, events, barriers and shared integers: their
//! declarations, the actions on them, and the checks about them.
//!
//! They are inherited like queues (`ipc`): a process can use one that it made, or that every
//! process starting it made or inherited before the start; the reachability fixed point in
//! `ipc` learns their declarations from `walk_declarations` here.

use super::*;

/// The verbs of this module, in the order the docs list them.
pub(in crate::scenario) const SYNC_VERBS: [&str; 19] = [
    "lock",
    "semaphore",
    "event",
    "barrier",
    "shared",
    "acquire",
    "release",
    "set",
    "clear",
    "wait",
    "read",
    "write",
    "add",
    "rlock",
    "bounded_semaphore",
    "condition",
    "notify",
    "notify_all",
    "task_done",
];

/// The largest initial count of a semaphore.
const MAX_PERMITS: i64 = 1_000_000;

/// Adds the objects `a` declares to `have`, for the reachability fixed point.
pub(super) fn walk_declarations(a: &RawAction, have: &mut Channels) {
    if let Some((name, decl)) = declaration(a) {
        have.insert(name, Chan::Sync(decl));
    }
}

/// The object `a` declares, if any, with its parameters as written (bad ones replaced by a
/// default: the validator reports them).
fn declaration(a: &RawAction) -> Option<(String, SyncDecl)> {
    let count = |n: Option<i64>, default: u32| n.and_then(|n| u32::try_from(n).ok()).unwrap_or(default);
    if let Some(n) = &a.lock {
        return Some((n.clone(), SyncDecl::Lock));
    }
    if let Some(n) = &a.semaphore {
        return Some((n.clone(), SyncDecl::Semaphore(count(a.value, 1))));
    }
    if let Some(n) = &a.rlock {
        return Some((n.clone(), SyncDecl::RLock));
    }
    if let Some(n) = &a.bounded_semaphore {
        return Some((n.clone(), SyncDecl::BoundedSemaphore(count(a.value, 1))));
    }
    if let Some(n) = &a.condition {
        return Some((n.clone(), SyncDecl::Condition));
    }
    if let Some(n) = &a.event {
        return Some((n.clone(), SyncDecl::Event));
    }
    if let Some(n) = &a.barrier {
        return Some((n.clone(), SyncDecl::Barrier(count(a.parties, 1))));
    }
    a.shared.as_ref().map(|n| (n.clone(), SyncDecl::Shared(a.value.unwrap_or(0))))
}

/// The kinds whose permits `acquire` and `release` take and give.
const LOCKS: [&str; 4] = ["lock", "rlock", "semaphore", "bounded_semaphore"];

/// "a lock or semaphore", "an event, barrier or condition", "a shared integer", "an rlock":
/// a list of kinds names each family once (an rlock is a lock, a bounded semaphore a
/// semaphore), a single kind exactly.
fn described(kinds: &[&str]) -> String {
    let mut words: Vec<&str> = Vec::new();
    for k in kinds {
        let word = match *k {
            "shared" => "shared integer",
            "rlock" if kinds.len() > 1 => "lock",
            "bounded_semaphore" if kinds.len() > 1 => "semaphore",
            "bounded_semaphore" => "bounded semaphore",
            k => k,
        };
        if !words.contains(&word) {
            words.push(word);
        }
    }
    let article = if words.first().is_some_and(|w| w.starts_with(['e', 'r'])) { "an" } else { "a" };
    match words.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{article} {} or {last}", rest.join(", ")),
        _ => format!("{article} {}", words.join("")),
    }
}

/// Every object declared anywhere in the scenario, by name (for checks).
pub(super) fn declared(raw: &RawScenario) -> Vec<(String, SyncDecl)> {
    fn collect(list: &[RawAction], out: &mut Vec<(String, SyncDecl)>) {
        for a in list {
            out.extend(declaration(a));
            if let Some(f) = &a.fork {
                collect(&f.parent, out);
                collect(&f.child, out);
            }
            if let Some(body) = &a.do_ {
                collect(body, out);
            }
        }
    }
    let mut out = Vec::new();
    for def in raw.processes.values() {
        collect(&def.run, &mut out);
    }
    out
}

impl Validator<'_> {
    /// Validates an action whose verb is one of `SYNC_VERBS`.
    pub(super) fn sync_action(&mut self, verb: &str, a: &RawAction, scope: &mut Scope) -> Option<ActionKind> {
        Some(match verb {
            "condition" => {
                let name = a.condition.clone()?;
                let Some(lock) = &a.with_ else {
                    self.key("condition", |v| {
                        v.key_problem(
                            "a condition needs `with:`, the lock its waiters release while they wait",
                            Some(format!(
                                "make a lock first (`- lock: mutex`) and write `with: mutex` under `condition: {name}`"
                            )),
                        )
                    });
                    return None;
                };
                let lock = self.key("with", |v| v.sync_object(lock, scope, "condition", &["lock", "rlock"]))?;
                self.key("condition", |v| {
                    v.var_name(&name);
                    if scope.channels.insert(name.clone(), Chan::Sync(SyncDecl::Condition)).is_some() {
                        v.problem(
                            format!("`{name}` already names a queue, pipe end, pool or condition in this process"),
                            Some("give each condition its own name".into()),
                        );
                    }
                });
                ActionKind::Condition { name, lock }
            }
            "notify" => ActionKind::Notify {
                name: self.sync_target("notify", a.notify.as_ref()?, scope, &["condition"])?,
                all: false,
            },
            "notify_all" => ActionKind::Notify {
                name: self.sync_target("notify_all", a.notify_all.as_ref()?, scope, &["condition"])?,
                all: true,
            },
            "task_done" => ActionKind::TaskDone(self.joinable_queue("task_done", a.task_done.as_ref()?, scope)?),
            "lock" | "rlock" | "semaphore" | "bounded_semaphore" | "event" | "barrier" | "shared" => {
                let (name, decl) = declaration(a)?;
                let decl = match decl {
                    SyncDecl::Semaphore(_) | SyncDecl::BoundedSemaphore(_) => match a.value {
                        None if verb == "semaphore" => SyncDecl::Semaphore(1),
                        None => SyncDecl::BoundedSemaphore(1),
                        Some(n) if (0..=MAX_PERMITS).contains(&n) && verb == "semaphore" => {
                            SyncDecl::Semaphore(n as u32)
                        }
                        Some(n) if (0..=MAX_PERMITS).contains(&n) => SyncDecl::BoundedSemaphore(n as u32),
                        Some(n) => {
                            self.key("value", |v| {
                                v.problem(
                                    format!("a semaphore's initial count must be from 0 to {MAX_PERMITS}, not {n}"),
                                    Some("write `value: 1` for a semaphore that one process holds at a time".into()),
                                )
                            });
                            return None;
                        }
                    },
                    SyncDecl::Barrier(_) => match a.parties {
                        Some(n) if (1..=i64::from(crate::scenario::MAX_PARTIES)).contains(&n) => {
                            SyncDecl::Barrier(n as u32)
                        }
                        Some(n) => {
                            self.key("parties", |v| {
                                v.problem(
                                    format!(
                                        "a barrier's parties must be from 1 to {}, not {n}",
                                        crate::scenario::MAX_PARTIES
                                    ),
                                    Some("write how many processes wait at it each round, such as `parties: 3`".into()),
                                )
                            });
                            return None;
                        }
                        None => {
                            self.key("barrier", |v| {
                                v.key_problem(
                                    "a barrier needs `parties:`, how many processes wait at it each round",
                                    Some(format!("add `parties: 3` under `barrier: {name}`")),
                                )
                            });
                            return None;
                        }
                    },
                    other => other,
                };
                self.key(verb, |v| {
                    v.var_name(&name);
                    if scope.channels.insert(name.clone(), Chan::Sync(decl)).is_some() {
                        v.problem(
                            format!("`{name}` already names a queue, pipe end, pool or {verb} in this process"),
                            Some(format!("give each {verb} its own name")),
                        );
                    }
                });
                ActionKind::Sync { name, kind: decl }
            }
            "acquire" => ActionKind::Acquire(self.sync_target("acquire", a.acquire.as_ref()?, scope, &LOCKS)?),
            "release" => ActionKind::Release(self.sync_target("release", a.release.as_ref()?, scope, &LOCKS)?),
            "set" => ActionKind::SetEvent(self.sync_target("set", a.set.as_ref()?, scope, &["event"])?),
            "clear" => ActionKind::ClearEvent(self.sync_target("clear", a.clear.as_ref()?, scope, &["event"])?),
            "wait" => ActionKind::Wait(self.sync_target(
                "wait",
                a.wait.as_ref()?,
                scope,
                &["event", "barrier", "condition"],
            )?),
            "read" => {
                let var = a.read.clone()?;
                self.key("read", |v| v.var_name(&var));
                let Some(shared) = &a.from else {
                    self.key("read", |v| {
                        v.key_problem("`read` needs `from:`, the shared integer", Some("add `from: NAME`".into()))
                    });
                    return None;
                };
                let shared = self.key("from", |v| v.sync_object(shared, scope, "read", &["shared"]))?;
                scope.vars.insert(var.clone());
                ActionKind::Read { var, shared }
            }
            "write" | "add" => {
                let raw_value = if verb == "write" { a.write.as_ref()? } else { a.add.as_ref()? };
                let value = self.key(verb, |v| v.value(raw_value, &scope.vars));
                let Some(shared) = &a.to else {
                    self.key(verb, |v| {
                        v.key_problem(
                            format!("`{verb}` needs `to:`, the shared integer"),
                            Some("add `to: NAME`".into()),
                        )
                    });
                    return None;
                };
                let shared = self.key("to", |v| v.sync_object(shared, scope, verb, &["shared"]))?;
                if verb == "write" {
                    ActionKind::Write { shared, value }
                } else {
                    ActionKind::Add { shared, value, atomic: a.atomic.unwrap_or(true) }
                }
            }
            _ => unreachable!("the verb list and the match arms agree"),
        })
    }

    /// `join: QUEUE`: waits until every item put into a joinable queue was marked done.
    pub(super) fn join_queue(&mut self, a: &RawAction, scope: &Scope) -> Option<ActionKind> {
        let queue = self.joinable_queue("join", a.join.as_ref()?, scope)?;
        if a.timeout.is_some() {
            self.key("timeout", |v| {
                v.key_problem(
                    format!("`join: {queue}` waits for a queue's tasks, which has no timeout"),
                    Some("`timeout` goes with the join of a child process".into()),
                )
            });
        }
        Some(ActionKind::JoinQueue(queue))
    }

    /// Checks that `name` is a joinable queue this process can reach.
    fn joinable_queue(&mut self, verb: &str, name: &str, scope: &Scope) -> Option<String> {
        match scope.channels.get(name) {
            Some(Chan::Queue { joinable: true }) => Some(name.to_owned()),
            Some(Chan::Queue { joinable: false }) => {
                self.key(verb, |v| {
                    v.problem(
                        format!("queue `{name}` is not joinable: `{verb}` needs a queue that counts its tasks"),
                        Some(format!("write `joinable: true` under `queue: {name}`")),
                    )
                });
                None
            }
            _ => {
                self.key(verb, |v| {
                    v.problem(
                        format!("this process cannot reach a joinable queue named `{name}`"),
                        Some(format!(
                            "create it first with `- queue: {name}` and `joinable: true`, in this process or in every \
                             process that starts this one, before the start"
                        )),
                    )
                });
                None
            }
        }
    }

    fn sync_target(&mut self, verb: &str, name: &str, scope: &Scope, kinds: &[&str]) -> Option<String> {
        self.key(verb, |v| v.sync_object(name, scope, verb, kinds))
    }

    /// Checks that `name` is an object of one of `kinds` that this process can reach.
    fn sync_object(&mut self, name: &str, scope: &Scope, verb: &str, kinds: &[&str]) -> Option<String> {
        let wanted = described(kinds);
        match scope.channels.get(name) {
            Some(Chan::Sync(decl)) if kinds.contains(&decl.keyword()) => Some(name.to_owned()),
            Some(Chan::Sync(decl)) => {
                self.problem(
                    format!("`{name}` is {}; `{verb}` works on {wanted}", described(&[decl.keyword()])),
                    Some(format!("name {wanted} here")),
                );
                None
            }
            Some(_) => {
                self.problem(
                    format!("`{name}` is a queue, pipe end or pool; `{verb}` works on {wanted}"),
                    Some(format!("make one with `- {}: {name}` and give the channel another name", kinds[0])),
                );
                None
            }
            None => {
                let known: Vec<&String> = scope
                    .channels
                    .iter()
                    .filter(|(_, c)| matches!(c, Chan::Sync(d) if kinds.contains(&d.keyword())))
                    .map(|(k, _)| k)
                    .collect();
                let help = if known.is_empty() {
                    format!(
                        "create it first with `- {}: {name}` in this process, or in every process that starts \
                         this one, before the start",
                        kinds[0]
                    )
                } else {
                    super::suggest("this process can use", known.into_iter())
                };
                self.problem(format!("this process cannot reach {wanted} named `{name}`"), Some(help));
                None
            }
        }
    }

    /// Validates a check of this module's kinds (`mutual_exclusion`, `final`, `no_deadlock`).
    pub(super) fn sync_check(&mut self, kind: &str, c: &RawCheck) -> Option<CheckKind> {
        let declared = self.declared_sync.clone();
        let find = |v: &mut Self, key: &str, name: &str, kinds: &[&str]| -> Option<String> {
            if declared.iter().any(|(n, d)| n == name && kinds.contains(&d.keyword())) {
                return Some(name.to_owned());
            }
            let wanted = described(kinds);
            let names: Vec<&String> =
                declared.iter().filter(|(_, d)| kinds.contains(&d.keyword())).map(|(n, _)| n).collect();
            v.key(key, |v| {
                v.problem(
                    format!("no process makes {wanted} named `{name}`"),
                    Some(if names.is_empty() {
                        format!("make one with `- {}: {name}`", kinds[0])
                    } else {
                        super::suggest("the scenario has", names.into_iter())
                    }),
                )
            });
            None
        };
        Some(match kind {
            "mutual_exclusion" => {
                let name = c.mutual_exclusion.as_ref()?;
                CheckKind::MutualExclusion { name: find(self, "mutual_exclusion", name, &LOCKS)? }
            }
            "acquired" => {
                let acquired = c.acquired.as_ref()?;
                let name = self.key("acquired", |v| find(v, "lock", &acquired.lock, &LOCKS));
                let at_least = match acquired.at_least {
                    None => 1,
                    Some(n) if (1..=i64::from(u32::MAX)).contains(&n) => n as u32,
                    Some(n) => {
                        self.key("acquired", |v| {
                            v.key("at_least", |v| {
                                v.problem(
                                    format!("`at_least` of `acquired` must be a count from 1 up, not {n}"),
                                    Some("write `at_least: 1` for \"each process got it at least once\"".into()),
                                )
                            })
                        });
                        return None;
                    }
                };
                CheckKind::Acquired { name: name?, by: acquired.by.clone(), at_least }
            }
            "final" => {
                let name = c.final_.as_ref()?;
                let name = find(self, "final", name, &["shared"]);
                let equals = match &c.equals {
                    None => None,
                    Some(RawValue::Int(n)) => Some(*n),
                    Some(_) => {
                        self.key("equals", |v| {
                            v.problem("`equals` of `final` takes an integer", Some("write `equals: 200`".into()))
                        });
                        return None;
                    }
                };
                let bounds = ValueBounds {
                    at_least: equals.or(c.exactly).or(c.at_least),
                    at_most: equals.or(c.exactly).or(c.at_most),
                };
                if bounds == ValueBounds::default() {
                    self.key("final", |v| {
                        v.key_problem(
                            "`final` needs a bound",
                            Some("add `equals: N`, `at_least: N` or `at_most: N`".into()),
                        )
                    });
                    return None;
                }
                CheckKind::Final { name: name?, bounds }
            }
            "no_deadlock" => {
                if c.no_deadlock == Some(false) {
                    self.key("no_deadlock", |v| {
                        v.problem(
                            "`no_deadlock: false` asserts nothing",
                            Some("write `no_deadlock: true`, or remove the check".into()),
                        )
                    });
                }
                CheckKind::NoDeadlock
            }
            _ => unreachable!("the kind list and the match arms agree"),
        })
    }
}
