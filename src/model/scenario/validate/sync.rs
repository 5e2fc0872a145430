//! Validation of locks, rlocks, semaphores, bounded semaphores, conditions, events, barriers
//! and shared integers: their declarations, the actions on them, and the checks about them;
//! also `task_done` and `join` on a joinable queue.
//!
//! They are inherited like queues (`ipc`): a process can use one that it made, or that every
//! process starting it made or inherited before the start; the reachability fixed point in
//! `ipc` learns their declarations from `walk_declarations` here.

use super::*;

/// The kinds of object `acquire`, `release`, `mutual_exclusion` and `acquired` work on: those
/// whose permits `acquire` and `release` take and give.
pub(super) const LOCKS: &[Verb] = &[Verb::Lock, Verb::RLock, Verb::Semaphore, Verb::BoundedSemaphore];

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

/// "a lock or semaphore", "an event, barrier or condition", "a shared integer", "an rlock":
/// a list of kinds names each family once (an rlock is a lock, a bounded semaphore a
/// semaphore), a single kind exactly.
fn described(kinds: &[Verb]) -> String {
    let mut words: Vec<&str> = Vec::new();
    for k in kinds {
        let word = match *k {
            Verb::Shared => "shared integer",
            Verb::RLock if kinds.len() > 1 => "lock",
            Verb::BoundedSemaphore if kinds.len() > 1 => "semaphore",
            Verb::BoundedSemaphore => "bounded semaphore",
            k => k.name(),
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
    /// A `lock`, `rlock`, `semaphore`, `bounded_semaphore`, `event`, `barrier` or `shared`
    /// (`verb`): the object it makes.
    pub(super) fn sync_declaration(&mut self, verb: Verb, a: &RawAction, scope: &mut Scope) -> Option<ActionKind> {
        let (name, decl) = declaration(a)?;
        let decl = match decl {
            SyncDecl::Semaphore(_) | SyncDecl::BoundedSemaphore(_) => match a.value {
                None if verb == Verb::Semaphore => SyncDecl::Semaphore(1),
                None => SyncDecl::BoundedSemaphore(1),
                Some(n) if (0..=MAX_PERMITS).contains(&n) && verb == Verb::Semaphore => SyncDecl::Semaphore(n as u32),
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
                Some(n) if (1..=i64::from(crate::model::scenario::MAX_PARTIES)).contains(&n) => {
                    SyncDecl::Barrier(n as u32)
                }
                Some(n) => {
                    self.key("parties", |v| {
                        v.problem(
                            format!(
                                "a barrier's parties must be from 1 to {}, not {n}",
                                crate::model::scenario::MAX_PARTIES
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
        self.key(verb.name(), |v| {
            v.var_name(&name);
            if scope.channels.insert(name.clone(), Chan::Sync(decl)).is_some() {
                v.problem(
                    format!("`{name}` already names a queue, pipe end, pool or {verb} in this process"),
                    Some(format!("give each {verb} its own name")),
                );
            }
        });
        Some(ActionKind::Sync { name, kind: decl })
    }

    /// `condition: NAME` with `with:`, the lock (or rlock) its waiters release while they wait.
    pub(super) fn condition(&mut self, a: &RawAction, scope: &mut Scope) -> Option<ActionKind> {
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
        let lock = self.key("with", |v| v.sync_object(lock, scope, Verb::Condition, &[Verb::Lock, Verb::RLock]))?;
        self.key("condition", |v| {
            v.var_name(&name);
            if scope.channels.insert(name.clone(), Chan::Sync(SyncDecl::Condition)).is_some() {
                v.problem(
                    format!("`{name}` already names a queue, pipe end, pool or condition in this process"),
                    Some("give each condition its own name".into()),
                );
            }
        });
        Some(ActionKind::Condition { name, lock })
    }

    /// `join: QUEUE`: waits until every item put into a joinable queue was marked done.
    pub(super) fn join_queue(&mut self, a: &RawAction, scope: &Scope) -> Option<ActionKind> {
        let queue = self.joinable_queue(Verb::Join, a.join.as_ref()?, scope)?;
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

    /// Checks that `name`, which `verb` (`task_done` or `join`) names, is a joinable queue this
    /// process can reach.
    pub(super) fn joinable_queue(&mut self, verb: Verb, name: &str, scope: &Scope) -> Option<String> {
        match scope.channels.get(name) {
            Some(Chan::Queue { joinable: true }) => Some(name.to_owned()),
            Some(Chan::Queue { joinable: false }) => {
                self.key(verb.name(), |v| {
                    v.problem(
                        format!("queue `{name}` is not joinable: `{verb}` needs a queue that counts its tasks"),
                        Some(format!("write `joinable: true` under `queue: {name}`")),
                    )
                });
                None
            }
            _ => {
                self.key(verb.name(), |v| {
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

    /// `read: VAR` with `from:`, the shared integer.
    pub(super) fn read_shared(&mut self, a: &RawAction, scope: &mut Scope) -> Option<ActionKind> {
        let var = a.read.clone()?;
        self.key("read", |v| v.var_name(&var));
        let Some(shared) = &a.from else {
            self.key("read", |v| {
                v.key_problem("`read` needs `from:`, the shared integer", Some("add `from: NAME`".into()))
            });
            return None;
        };
        let shared = self.key("from", |v| v.sync_object(shared, scope, Verb::Read, &[Verb::Shared]))?;
        scope.vars.insert(var.clone());
        Some(ActionKind::Read { var, shared })
    }

    /// `write: VALUE` or `add: VALUE` (`verb`) with `to:`, the shared integer.
    pub(super) fn write_shared(
        &mut self,
        verb: Verb,
        raw_value: &RawValue,
        a: &RawAction,
        scope: &Scope,
    ) -> Option<ActionKind> {
        let value = self.key(verb.name(), |v| v.value(raw_value, &scope.vars));
        let Some(shared) = &a.to else {
            self.key(verb.name(), |v| {
                v.key_problem(format!("`{verb}` needs `to:`, the shared integer"), Some("add `to: NAME`".into()))
            });
            return None;
        };
        let shared = self.key("to", |v| v.sync_object(shared, scope, verb, &[Verb::Shared]))?;
        if verb == Verb::Write {
            Some(ActionKind::Write { shared, value })
        } else {
            Some(ActionKind::Add { shared, value, atomic: a.atomic.unwrap_or(true) })
        }
    }

    /// The object `verb` names, which must be one of `kinds`.
    pub(super) fn sync_target(&mut self, verb: Verb, name: &str, scope: &Scope, kinds: &[Verb]) -> Option<String> {
        self.key(verb.name(), |v| v.sync_object(name, scope, verb, kinds))
    }

    /// Checks that `name` is an object of one of `kinds` that this process can reach.
    fn sync_object(&mut self, name: &str, scope: &Scope, verb: Verb, kinds: &[Verb]) -> Option<String> {
        let wanted = described(kinds);
        match scope.channels.get(name) {
            Some(Chan::Sync(decl)) if kinds.contains(&decl.verb()) => Some(name.to_owned()),
            Some(Chan::Sync(decl)) => {
                self.problem(
                    format!("`{name}` is {}; `{verb}` works on {wanted}", described(&[decl.verb()])),
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
                    .filter(|(_, c)| matches!(c, Chan::Sync(d) if kinds.contains(&d.verb())))
                    .map(|(k, _)| k)
                    .collect();
                let help = if known.is_empty() {
                    format!(
                        "create it first with `- {}: {name}` in this process, or in every process that starts \
                         this one, before the start",
                        kinds[0]
                    )
                } else {
                    suggest("this process can use", known.into_iter())
                };
                self.problem(format!("this process cannot reach {wanted} named `{name}`"), Some(help));
                None
            }
        }
    }

    /// The object a check of `kind` names: one of `kinds` that some process declares.
    pub(super) fn declared_object(&mut self, kind: CheckVerb, name: &str, kinds: &[Verb]) -> Option<String> {
        self.declared_object_at(kind.name(), name, kinds)
    }

    /// The object named under `key` of a check: one of `kinds` that some process declares.
    fn declared_object_at(&mut self, key: &str, name: &str, kinds: &[Verb]) -> Option<String> {
        let declared = &self.declared_sync;
        if declared.iter().any(|(n, d)| n == name && kinds.contains(&d.verb())) {
            return Some(name.to_owned());
        }
        let wanted = described(kinds);
        let names: Vec<&String> = declared.iter().filter(|(_, d)| kinds.contains(&d.verb())).map(|(n, _)| n).collect();
        let help = if names.is_empty() {
            format!("make one with `- {}: {name}`", kinds[0])
        } else {
            suggest("the scenario has", names.into_iter())
        };
        self.key(key, |v| v.problem(format!("no process makes {wanted} named `{name}`"), Some(help)));
        None
    }

    /// An `acquired` check: the lock it names, the processes `by` names, and how often each
    /// must have acquired it.
    pub(super) fn acquired_check(&mut self, c: &RawCheck, roles: &Roles) -> Option<CheckKind> {
        let acquired = c.acquired.as_ref()?;
        if let Some(by) = &acquired.by {
            self.key("acquired", |v| v.key("by", |v| v.role(by, roles)));
        }
        let name = self.key("acquired", |v| v.declared_object_at("lock", &acquired.lock, LOCKS));
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
        Some(CheckKind::Acquired { name: name?, by: acquired.by.clone(), at_least })
    }

    /// A `final` check: the shared integer it names and the bounds of its last value.
    pub(super) fn final_check(&mut self, c: &RawCheck) -> Option<CheckKind> {
        let name = c.final_.as_ref()?;
        let name = self.declared_object(CheckVerb::Final, name, &[Verb::Shared]);
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
        let bounds =
            ValueBounds { at_least: equals.or(c.exactly).or(c.at_least), at_most: equals.or(c.exactly).or(c.at_most) };
        if bounds == ValueBounds::default() {
            self.key("final", |v| {
                v.key_problem("`final` needs a bound", Some("add `equals: N`, `at_least: N` or `at_most: N`".into()))
            });
            return None;
        }
        Some(CheckKind::Final { name: name?, bounds })
    }
}
