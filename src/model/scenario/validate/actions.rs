//! The actions of a process definition: which verb each has, the modifiers that go with it,
//! and the process verbs (`print`, `sleep`, `start`, `join`, `fork`, `exit`, `let`, `kill`,
//! `raise`, `ignore`); the channel, lifecycle and sync verbs are validated by their modules.

use super::*;

/// The keys an action with `verb` may have besides it.
pub(in crate::model::scenario) fn modifiers_of(verb: Verb) -> Vec<&'static str> {
    RawAction::MODIFIERS.iter().filter(|m| m.goes_with.contains(&verb)).map(|m| m.key).chain(["label"]).collect()
}

impl Validator<'_> {
    pub(super) fn process(
        &mut self,
        name: &str,
        def: &RawProcess,
        raw: &RawScenario,
        module_vars: &BTreeSet<String>,
        roles: &mut Roles,
    ) -> ProcessDef {
        self.var_name_at_key(name, "process");
        let method = match &def.method {
            Some(m) => self.key("method", |v| v.method(m)),
            None => self.default_method,
        };
        let mut vars: BTreeSet<String> = BUILTIN_VARS.iter().map(|s| s.to_string()).collect();
        vars.extend(module_vars.iter().cloned());
        let mut seen_params = HashSet::new();
        for (i, p) in def.params.iter().enumerate() {
            self.key("params", |v| {
                v.at(Seg::Index(i), |v| {
                    v.var_name(p);
                    if !seen_params.insert(p) {
                        v.problem(
                            format!("parameter `{p}` is listed twice"),
                            Some("give each parameter its own name".into()),
                        );
                    }
                })
            });
            vars.insert(p.clone());
        }
        let channels = self.reachable.get(name).cloned().unwrap_or_default();
        let mut scope = Scope::new(vars, channels);
        let actions = if def.short_form {
            self.actions(&def.run, raw, &mut scope, roles)
        } else {
            self.key("run", |v| v.actions(&def.run, raw, &mut scope, roles))
        };
        roles.entry(name.to_owned()).or_default().extend(scope.labels.iter().cloned());
        for child in std::mem::take(&mut self.fork_children) {
            roles.entry(child).or_default().extend(scope.labels.iter().cloned());
        }
        ProcessDef { name: name.to_owned(), params: def.params.clone(), method, actions }
    }

    pub(super) fn actions(
        &mut self,
        list: &[RawAction],
        raw: &RawScenario,
        scope: &mut Scope,
        roles: &mut Roles,
    ) -> Vec<Action> {
        list.iter()
            .enumerate()
            .filter_map(|(i, a)| self.at(Seg::Index(i), |v| v.action(a, raw, scope, roles)))
            .collect()
    }

    pub(super) fn action(
        &mut self,
        a: &RawAction,
        raw: &RawScenario,
        scope: &mut Scope,
        roles: &mut Roles,
    ) -> Option<Action> {
        let verb = self.verb(a)?;
        self.modifiers(a, verb);
        if let Some(label) = &a.label {
            self.key("label", |v| {
                v.var_name(label);
                if !scope.labels.insert(label.clone()) {
                    v.problem(
                        format!("label `{label}` is used twice in this process"),
                        Some("give each labelled action its own label".into()),
                    );
                }
            });
        }
        let kind = self.action_kind(verb, a, raw, scope, roles)?;
        Some(Action { label: a.label.clone(), kind })
    }

    /// The one verb of `a`, or a problem when it has none or several.
    fn verb(&mut self, a: &RawAction) -> Option<Verb> {
        let verbs = a.verbs();
        match verbs.as_slice() {
            [one] => Some(*one),
            [] => {
                // A verb written with nothing after it (`- join:`) is read as no verb at all: say
                // which, and what it takes (a newcomer was told the action had no verb).
                let keys = self.spans.keys_under(&self.path);
                if let Some(verb) = Verb::ALL.iter().find(|v| keys.iter().any(|k| k == v.name())) {
                    let example = match verb.name() {
                        "start" | "join" => format!("the name of a process under `processes:` (`{verb}: kid`)"),
                        "print" => "the text to print (`print: hello`)".to_owned(),
                        "sleep" => "how long (`sleep: 10ms`)".to_owned(),
                        _ => "a value (see docs/scenario-format.md)".to_owned(),
                    };
                    self.problem(format!("`{verb}` has no value"), Some(format!("write {example} after `{verb}:`")));
                    return None;
                }
                let all: Vec<String> = Verb::ALL.iter().map(|v| format!("`{v}`")).collect();
                self.problem(
                    "this action has no verb",
                    Some(format!("start the action with one of {}", all.join(", "))),
                );
                None
            }
            many => {
                let names: Vec<&str> = many.iter().map(|v| v.name()).collect();
                self.problem(
                    format!("this action has {} verbs ({}); an action does one thing", many.len(), names.join(", ")),
                    Some("split it into one list item per verb".into()),
                );
                None
            }
        }
    }

    /// Reports each modifier of `a` that does not go with `verb`.
    fn modifiers(&mut self, a: &RawAction, verb: Verb) {
        for m in RawAction::MODIFIERS.iter().filter(|m| (m.written)(a)) {
            let modifier = m.key;
            if !m.goes_with.contains(&verb) {
                let names: Vec<&str> = m.goes_with.iter().map(|v| v.name()).collect();
                self.key(modifier, |v| {
                    v.key_problem(
                        format!("`{modifier}` does not apply to `{verb}`"),
                        Some(format!("`{modifier}` goes with {}", names.join(" or "))),
                    )
                });
            }
        }
    }

    /// What an action with `verb` does: one arm per verb, so that a new verb does not compile
    /// until it is validated somewhere.
    fn action_kind(
        &mut self,
        verb: Verb,
        a: &RawAction,
        raw: &RawScenario,
        scope: &mut Scope,
        roles: &mut Roles,
    ) -> Option<ActionKind> {
        Some(match verb {
            Verb::Print => {
                let text = a.print.as_ref()?;
                self.key("print", |v| v.template(text, &scope.vars));
                ActionKind::Print(text.clone())
            }
            Verb::Sleep => self.sleep(a.sleep.as_ref()?)?,
            Verb::Start => self.start(a, raw, scope, roles)?,
            Verb::Join if matches!(scope.channels.get(a.join.as_ref()?), Some(Chan::Queue { .. })) => {
                self.join_queue(a, scope)?
            }
            Verb::Join if matches!(scope.channels.get(a.join.as_ref()?), Some(Chan::Pool { .. })) => {
                self.join_pool(a.join.as_ref()?, a, scope)
            }
            Verb::Join => self.join(a, scope)?,
            Verb::Fork => self.fork(a, raw, scope, roles)?,
            Verb::Exit => self.exit(a.exit?),
            Verb::Let => self.let_(a.let_.as_ref()?, scope),
            Verb::Kill => self.kill(a, scope)?,
            Verb::Raise => {
                let signal = a.raise.clone()?;
                self.key("raise", |v| v.signal(&signal, "`SIGSEGV`, `SIGKILL` or `SIGTERM`"));
                ActionKind::Raise(signal)
            }
            Verb::Ignore => self.ignore(a.ignore.clone()?),
            Verb::Terminate => self.lifecycle_action(verb, a.terminate.clone()?, a, scope)?,
            Verb::IsAlive => self.lifecycle_action(verb, a.is_alive.clone()?, a, scope)?,
            Verb::ExitCode => self.lifecycle_action(verb, a.exitcode.clone()?, a, scope)?,
            // The loop and channel verbs read `timeout` first, even those it does not go with
            // (`modifiers` reported it there): a bad one stops their validation.
            Verb::For => self.timed(a, |v, timeout| v.for_loop(a, timeout, raw, scope, roles))?,
            Verb::Queue => self.timed(a, |v, _| v.queue(a, scope))?,
            Verb::Pipe => self.timed(a, |v, _| v.pipe(a, scope))?,
            Verb::Put => self.timed(a, |v, timeout| v.put(verb, a.put.as_ref()?, a, timeout, scope))?,
            Verb::Send => self.timed(a, |v, timeout| v.put(verb, a.send.as_ref()?, a, timeout, scope))?,
            Verb::Get => self.timed(a, |v, timeout| v.take(verb, a.get.clone()?, a, timeout, scope))?,
            Verb::Recv => self.timed(a, |v, timeout| v.take(verb, a.recv.clone()?, a, timeout, scope))?,
            Verb::Pool => self.timed(a, |v, _| v.pool(a, scope, roles))?,
            Verb::Submit => self.timed(a, |v, _| v.task_action(verb, a.submit.clone()?, a, raw, scope, roles))?,
            Verb::Map => self.timed(a, |v, _| v.task_action(verb, a.map.clone()?, a, raw, scope, roles))?,
            Verb::Close => self.timed(a, |v, _| v.close(a.close.clone()?, scope))?,
            Verb::Return => self.timed(a, |v, _| {
                Some(ActionKind::Return(v.key("return", |v| Some(v.value(a.return_.as_ref()?, &scope.vars)))?))
            })?,
            Verb::Lock
            | Verb::RLock
            | Verb::Semaphore
            | Verb::BoundedSemaphore
            | Verb::Event
            | Verb::Barrier
            | Verb::Shared => self.sync_declaration(verb, a, scope)?,
            Verb::Condition => self.condition(a, scope)?,
            Verb::Notify => ActionKind::Notify {
                name: self.sync_target(verb, a.notify.as_ref()?, scope, &[Verb::Condition])?,
                all: false,
            },
            Verb::NotifyAll => ActionKind::Notify {
                name: self.sync_target(verb, a.notify_all.as_ref()?, scope, &[Verb::Condition])?,
                all: true,
            },
            Verb::TaskDone => ActionKind::TaskDone(self.joinable_queue(verb, a.task_done.as_ref()?, scope)?),
            Verb::Acquire => ActionKind::Acquire(self.sync_target(verb, a.acquire.as_ref()?, scope, LOCKS)?),
            Verb::Release => ActionKind::Release(self.sync_target(verb, a.release.as_ref()?, scope, LOCKS)?),
            Verb::Set => ActionKind::SetEvent(self.sync_target(verb, a.set.as_ref()?, scope, &[Verb::Event])?),
            Verb::Clear => ActionKind::ClearEvent(self.sync_target(verb, a.clear.as_ref()?, scope, &[Verb::Event])?),
            Verb::Wait => ActionKind::Wait(self.sync_target(
                verb,
                a.wait.as_ref()?,
                scope,
                &[Verb::Event, Verb::Barrier, Verb::Condition],
            )?),
            Verb::Read => self.read_shared(a, scope)?,
            Verb::Write => self.write_shared(verb, a.write.as_ref()?, a, scope)?,
            Verb::Add => self.write_shared(verb, a.add.as_ref()?, a, scope)?,
        })
    }

    fn sleep(&mut self, value: &RawValue) -> Option<ActionKind> {
        let duration = self.key("sleep", |v| v.duration(value))?;
        let written = match value {
            RawValue::Text(t) => t.clone(),
            RawValue::Int(n) => format!("{n}s"),
            RawValue::Float(f) => format!("{f}s"),
            RawValue::Random { .. } => String::new(),
        };
        Some(ActionKind::Sleep { duration, written })
    }

    fn start(&mut self, a: &RawAction, raw: &RawScenario, scope: &mut Scope, roles: &mut Roles) -> Option<ActionKind> {
        let target = a.start.as_ref()?;
        let def = self.key("start", |v| v.definition(Verb::Start, target, raw));
        let args = self.args(a, &scope.vars);
        if let Some(def) = def {
            if def.params.len() != args.len() {
                let path_key = if a.args.is_some() { "args" } else { "start" };
                self.key(path_key, |v| {
                    v.problem(
                        format!(
                            "`{target}` takes {} argument(s) ({}) but {} are given",
                            def.params.len(),
                            def.params.join(", "),
                            args.len()
                        ),
                        Some(format!(
                            "write `args: [{}]`",
                            def.params.iter().map(|p| format!("<{p}>")).collect::<Vec<_>>().join(", ")
                        )),
                    )
                });
            }
        }
        let method = match &a.method {
            Some(m) => self.key("method", |v| v.method(m)),
            None => def.and_then(|d| d.method.as_deref()).and_then(parse_method).unwrap_or(self.default_method),
        };
        let name = a.as_.clone().unwrap_or_else(|| target.clone());
        if let Some(n) = &a.as_ {
            for named in self.key("as", |v| v.child_names(n, scope)) {
                roles.entry(named.clone()).or_default().extend(role_labels(raw, target));
                scope.children.insert(named);
            }
        } else {
            scope.children.insert(name.clone());
        }
        let daemon = self.daemon(a, raw, target);
        Some(ActionKind::Start { process: target.clone(), args, name, method, daemon })
    }

    /// The definition a `start` (or a `submit` or `map`: `verb`) names, or a problem when it
    /// is `main` or there is none.
    pub(super) fn definition<'r>(&mut self, verb: Verb, name: &str, raw: &'r RawScenario) -> Option<&'r RawProcess> {
        let (word, refused) = match verb {
            Verb::Start => ("start", "`main` cannot be started: procscen starts it"),
            _ => ("submit", "`main` cannot run as a task"),
        };
        if name == "main" {
            self.problem(refused, Some(format!("{word} another process definition")));
            return None;
        }
        let found = raw.processes.get(name);
        if found.is_none() {
            let others: Vec<&String> = raw.processes.keys().filter(|k| *k != "main").collect();
            let help = if others.is_empty() {
                format!("define it under `processes:`, for example `{name}: [{{print: hello}}]`")
            } else {
                suggest(&format!("define `{name}` under `processes:`, or {word} one of"), others.into_iter())
            };
            self.problem(format!("there is no process named `{name}`"), Some(help));
        }
        found
    }

    /// `join:` of a pool: it waits for the workers, which end only once the pool is closed.
    fn join_pool(&mut self, pool: &str, a: &RawAction, scope: &Scope) -> ActionKind {
        if scope.channels.get(pool) == Some(&Chan::Pool { closed: false }) {
            self.key("join", |v| {
                v.problem(
                    format!("pool `{pool}` is joined but never closed, so its workers would wait for tasks forever"),
                    Some(format!("write `- close: {pool}` before this join")),
                )
            });
        }
        if a.timeout.is_some() {
            self.key("timeout", |v| {
                v.key_problem(
                    format!("`join: {pool}` waits for a pool's workers, which has no timeout"),
                    Some("`timeout` goes with the join of a child process".into()),
                )
            });
        }
        ActionKind::JoinPool(pool.to_owned())
    }

    /// `join:` of a child this process started or forked.
    fn join(&mut self, a: &RawAction, scope: &Scope) -> Option<ActionKind> {
        let name = a.join.as_ref()?;
        if !scope.has_child(name) {
            self.key("join", |v| {
                let help = if scope.children.is_empty() {
                    format!("`{name}` is joined before this process starts or forks any child: `start: {name}` first")
                } else {
                    suggest("join a child this process started before this line:", scope.children.iter())
                };
                v.problem(format!("`{name}` is never started by this process before this join"), Some(help))
            });
        }
        Some(match &a.timeout {
            None => ActionKind::Join(name.clone()),
            Some(t) => {
                ActionKind::JoinWithin { name: name.clone(), timeout: self.key("timeout", |v| v.duration_text(t))? }
            }
        })
    }

    fn kill(&mut self, a: &RawAction, scope: &Scope) -> Option<ActionKind> {
        let name = a.kill.as_ref()?;
        if !scope.has_child(name) {
            self.key("kill", |v| {
                v.problem(
                    format!("`{name}` is not a child this process started or forked before this line"),
                    Some(suggest("kill a child started before this line:", scope.children.iter())),
                )
            });
        }
        let signal = a.signal.clone().unwrap_or_else(|| "SIGTERM".to_owned());
        self.key("signal", |v| v.signal(&signal, "`SIGTERM`, `SIGKILL` or `SIGINT`"));
        Some(ActionKind::Kill { name: name.clone(), signal })
    }

    fn ignore(&mut self, signal: String) -> ActionKind {
        let parsed = self.key("ignore", |v| v.signal(&signal, "`SIGTERM`"));
        if let Some(nix::sys::signal::Signal::SIGKILL | nix::sys::signal::Signal::SIGSTOP) = parsed {
            self.key("ignore", |v| {
                v.problem(
                    format!("{signal} cannot be ignored: the kernel does not allow it"),
                    Some("ignore a signal such as `SIGTERM` or `SIGINT`".into()),
                )
            });
        }
        ActionKind::Ignore(signal)
    }

    /// A `fork`: both branches are validated with what the process holds, and both go on
    /// after it with what they share.
    fn fork(&mut self, a: &RawAction, raw: &RawScenario, scope: &mut Scope, roles: &mut Roles) -> Option<ActionKind> {
        let fork = a.fork.as_ref()?;
        let name = a.as_.clone().unwrap_or_else(|| "child".to_owned());
        if let Some(n) = &a.as_ {
            self.key("as", |v| v.var_name(n));
        }
        let mut branch_vars = scope.vars.clone();
        branch_vars.insert(FORK_VAR.to_owned());
        let (parent, child) = self.key("fork", |v| {
            let labels = std::mem::take(&mut scope.labels);
            let mut parent_scope = scope.branch(branch_vars.clone(), labels, scope.channels.clone());
            parent_scope.children.insert(name.clone());
            let parent = v.key("parent", |v| v.actions(&fork.parent, raw, &mut parent_scope, roles));
            let labels = std::mem::take(&mut parent_scope.labels);
            let mut child_scope = scope.branch(branch_vars, labels, without_pools(&scope.channels));
            let child = v.key("child", |v| v.actions(&fork.child, raw, &mut child_scope, roles));
            scope.labels = child_scope.labels;
            // Both sides go on after their branch; only what both hold stays usable.
            scope.channels = parent_scope
                .channels
                .iter()
                .filter(|(k, c)| child_scope.channels.get(*k) == Some(c))
                .map(|(k, c)| (k.clone(), *c))
                .collect();
            scope.children.extend(parent_scope.children);
            scope.child_templates = parent_scope.child_templates;
            (parent, child)
        });
        scope.children.insert(name.clone());
        self.fork_children.push(name.clone());
        Some(ActionKind::Fork { parent, child, name })
    }

    fn exit(&mut self, code: i64) -> ActionKind {
        if !(0..=255).contains(&code) {
            self.key("exit", |v| {
                v.problem(format!("exit code {code} is out of range"), Some("write an exit code from 0 to 255".into()))
            });
        }
        ActionKind::Exit(code.clamp(0, 255) as i32)
    }

    fn let_(&mut self, vars: &indexmap::IndexMap<String, RawValue>, scope: &mut Scope) -> ActionKind {
        let assigned = self.key("let", |v| {
            vars.iter()
                .map(|(name, value)| {
                    v.key(name, |v| {
                        v.var_name(name);
                        if BUILTIN_VARS.contains(&name.as_str()) || name == FORK_VAR {
                            v.key_problem(
                                format!("`{name}` is set by procscen and cannot be assigned"),
                                Some("choose another variable name".into()),
                            );
                        }
                        (name.clone(), v.value(value, &scope.vars))
                    })
                })
                .collect::<Vec<_>>()
        });
        scope.vars.extend(assigned.iter().map(|(n, _)| n.clone()));
        ActionKind::Let(assigned)
    }

    /// Runs `f` with the action's `timeout`, once it is a valid duration: a channel action
    /// with a bad `timeout` is reported there and not looked at further.
    fn timed(
        &mut self,
        a: &RawAction,
        f: impl FnOnce(&mut Self, Option<Duration>) -> Option<ActionKind>,
    ) -> Option<ActionKind> {
        let timeout = match &a.timeout {
            Some(t) => Some(self.key("timeout", |v| v.duration_text(t))?),
            None => None,
        };
        f(self, timeout)
    }
}

/// Labels that a process started under another name can carry: those of its definition.
pub(super) fn role_labels(raw: &RawScenario, def: &str) -> HashSet<String> {
    pub(super) fn collect(list: &[RawAction], out: &mut HashSet<String>) {
        for a in list {
            out.extend(a.label.iter().cloned());
            if let Some(f) = &a.fork {
                collect(&f.parent, out);
                collect(&f.child, out);
            }
        }
    }
    let mut out = HashSet::new();
    if let Some(p) = raw.processes.get(def) {
        collect(&p.run, &mut out);
    }
    out
}
