//! Validation of loops, queues, pipes and pools: the actions that connect processes.
//!
//! Besides the shape of each action, this decides which channels a process can reach: a
//! queue or pipe is inherited by the processes started after it was created, so a definition
//! can use a channel only when every process that starts it created or inherited that channel
//! first. A pool belongs to the process that created it and is never inherited.

use super::*;

/// The largest queue capacity: a capacity is held as one byte per free slot in a pipe.
const MAX_CAPACITY: i64 = 65_536;
/// The largest pool.
const MAX_POOL: i64 = 1024;

impl Validator<'_> {
    /// A `for` loop over a range, a list of values, or the items of a channel.
    pub(super) fn for_loop(
        &mut self,
        a: &RawAction,
        timeout: Option<Duration>,
        raw: &RawScenario,
        scope: &mut Scope,
        roles: &mut Roles,
    ) -> Option<ActionKind> {
        let var = a.for_.clone()?;
        self.key("for", |v| v.var_name(&var));
        let sources = [a.range.is_some(), a.in_.is_some(), a.from.is_some()];
        if sources.iter().filter(|s| **s).count() != 1 {
            self.key("for", |v| {
                v.key_problem(
                    "a `for` loop needs exactly one of `range`, `in` and `from`",
                    Some(format!("write `for: {var}` with `range: 5`, `in: [a, b]` or `from: QUEUE`")),
                )
            });
            return None;
        }
        if a.until.is_some() && a.from.is_none() {
            self.key("until", |v| v.key_problem("`until` goes with `from`", None));
        }
        let over = if let Some(range) = &a.range {
            self.key("range", |v| v.range(range, &scope.vars))?
        } else if let Some(values) = &a.in_ {
            let values = values
                .iter()
                .enumerate()
                .map(|(i, x)| self.key("in", |v| v.at(Seg::Index(i), |v| v.value(x, &scope.vars))))
                .collect();
            Over::Values(values)
        } else {
            self.loop_channel(a, timeout, scope)?
        };
        let Some(body) = &a.do_ else {
            self.key("for", |v| {
                v.key_problem(
                    "a `for` loop needs `do:`, the actions of each iteration",
                    Some(format!("add `do: [{{print: \"{{{var}}}\"}}]`")),
                )
            });
            return None;
        };
        let had = scope.vars.insert(var.clone());
        let outer = scope.loops.insert(var.clone(), known_values(&over));
        let body = self.key("do", |v| v.actions(body, raw, scope, roles));
        if !had {
            scope.vars.remove(&var);
        }
        match outer {
            Some(values) => scope.loops.insert(var.clone(), values),
            None => scope.loops.remove(&var),
        };
        Some(ActionKind::For { var, over, body })
    }

    /// What a `for ... from: CHANNEL` loop goes over: a queue's or pipe end's items, or a
    /// pool's results.
    fn loop_channel(&mut self, a: &RawAction, timeout: Option<Duration>, scope: &Scope) -> Option<Over> {
        let channel = a.from.clone()?;
        Some(match self.key("from", |v| v.channel(&channel, scope, Use::Loop))? {
            Chan::Pool { .. } => {
                if a.until.is_some() || timeout.is_some() {
                    self.key("for", |v| {
                        v.key_problem(
                            "a loop over a pool's results ends when they are all taken",
                            Some("remove `until` and `timeout`".into()),
                        )
                    });
                }
                Over::Results(channel)
            }
            _ => {
                if timeout.is_none() {
                    self.gets.push((channel.clone(), self.path_to("from")));
                }
                let until = a.until.as_ref().map(|u| self.key("until", |v| v.fixed_text(u)));
                Over::Channel { channel, until: until.flatten(), timeout }
            }
        })
    }

    pub(super) fn queue(&mut self, a: &RawAction, scope: &mut Scope) -> Option<ActionKind> {
        let name = a.queue.clone()?;
        let joinable = a.joinable.unwrap_or(false);
        self.key("queue", |v| v.new_channel(&name, Chan::Queue { joinable }, scope));
        let capacity = match a.capacity {
            Some(c) if !(1..=MAX_CAPACITY).contains(&c) => {
                self.key("capacity", |v| {
                    v.problem(
                        format!("a queue's capacity must be from 1 to {MAX_CAPACITY}, not {c}"),
                        Some("leave `capacity` out for a queue of 4,096 items (a `put` into a full one waits)".into()),
                    )
                });
                None
            }
            c => c.map(|c| c as u32),
        };
        Some(ActionKind::Queue { name, capacity, joinable })
    }

    pub(super) fn pipe(&mut self, a: &RawAction, scope: &mut Scope) -> Option<ActionKind> {
        let [first, second] = a.pipe.clone()?;
        let duplex = a.duplex.unwrap_or(true);
        if first == second {
            self.key("pipe", |v| {
                v.problem("the two ends of a pipe need different names", Some("write `pipe: [left, right]`".into()))
            });
        }
        self.key("pipe", |v| {
            v.at(Seg::Index(0), |v| v.new_channel(&first, Chan::End { send: duplex, recv: true }, scope));
            v.at(Seg::Index(1), |v| v.new_channel(&second, Chan::End { send: true, recv: duplex }, scope));
        });
        Some(ActionKind::Pipe { ends: [first, second], duplex })
    }

    /// `put: VALUE` with `to: QUEUE`, or `send: VALUE` with `via: END` (`verb`).
    pub(super) fn put(
        &mut self,
        verb: Verb,
        raw_value: &RawValue,
        a: &RawAction,
        timeout: Option<Duration>,
        scope: &mut Scope,
    ) -> Option<ActionKind> {
        let (target_key, target) = if verb == Verb::Put { ("to", a.to.clone()) } else { ("via", a.via.clone()) };
        let value = self.key(verb.name(), |v| v.value(raw_value, &scope.vars));
        let channel = self.target(verb, target_key, target)?;
        let use_ = if verb == Verb::Put { Use::Put } else { Use::Send };
        self.key(target_key, |v| v.channel(&channel, scope, use_))?;
        self.puts.insert(channel.clone());
        Some(ActionKind::Put { channel, value, timeout })
    }

    /// `get: VAR` with `from: QUEUE or POOL`, or `recv: VAR` with `via: END` (`verb`).
    pub(super) fn take(
        &mut self,
        verb: Verb,
        var: String,
        a: &RawAction,
        timeout: Option<Duration>,
        scope: &mut Scope,
    ) -> Option<ActionKind> {
        let (target_key, target) = if verb == Verb::Get { ("from", a.from.clone()) } else { ("via", a.via.clone()) };
        self.key(verb.name(), |v| v.var_name(&var));
        let channel = self.target(verb, target_key, target)?;
        let use_ = if verb == Verb::Get { Use::Take } else { Use::Recv };
        let chan = self.key(target_key, |v| v.channel(&channel, scope, use_))?;
        scope.vars.insert(var.clone());
        if let Chan::Pool { .. } = chan {
            if timeout.is_some() {
                self.key("timeout", |v| {
                    v.key_problem(
                        "taking a pool's result has no timeout",
                        Some("remove it; the run's timeout still applies".into()),
                    )
                });
            }
            Some(ActionKind::Result { var, pool: channel })
        } else {
            // A take with a timeout may wait on purpose for an item that never comes.
            if timeout.is_none() {
                self.gets.push((channel.clone(), self.path_to(target_key)));
            }
            Some(ActionKind::Get { var, channel, timeout })
        }
    }

    pub(super) fn pool(&mut self, a: &RawAction, scope: &mut Scope, roles: &mut Roles) -> Option<ActionKind> {
        let name = a.pool.clone()?;
        self.key("pool", |v| {
            v.var_name(&name);
            v.new_channel(&name, Chan::Pool { closed: false }, scope)
        });
        let size = match a.size {
            Some(n) if (1..=MAX_POOL).contains(&n) => n as u32,
            Some(n) => {
                self.key("size", |v| {
                    v.problem(
                        format!("a pool's size must be from 1 to {MAX_POOL}, not {n}"),
                        Some("write `size: 4`".into()),
                    )
                });
                1
            }
            None => {
                self.key("pool", |v| {
                    v.key_problem("a pool needs `size:`, its number of workers", Some("add `size: 4`".into()))
                });
                1
            }
        };
        roles.entry(worker_name(&name)).or_default();
        let max_tasks = match a.max_tasks {
            Some(n) if n >= 1 && n <= u32::MAX as i64 => Some(n as u32),
            Some(n) => {
                self.key("max_tasks", |v| {
                    v.problem(
                        format!("`max_tasks` must be 1 or more, not {n}"),
                        Some("write `max_tasks: 2`, or leave it out for workers that run any number".into()),
                    )
                });
                None
            }
            None => None,
        };
        Some(ActionKind::Pool { name, size, max_tasks })
    }

    /// A `submit` or `map` (`verb`) of tasks running the definition `process` to the pool
    /// named by `to:`, whose workers can then carry the definition's labels.
    pub(super) fn task_action(
        &mut self,
        verb: Verb,
        process: String,
        a: &RawAction,
        raw: &RawScenario,
        scope: &mut Scope,
        roles: &mut Roles,
    ) -> Option<ActionKind> {
        let Some(pool) = a.to.clone() else {
            self.key(verb.name(), |v| {
                v.key_problem(format!("`{verb}` needs `to:`, the pool"), Some("add `to: POOL`".into()))
            });
            return None;
        };
        self.key("to", |v| v.channel(&pool, scope, Use::Submit))?;
        let def = self.key(verb.name(), |v| v.definition(verb, &process, raw))?;
        roles.entry(worker_name(&pool)).or_default().extend(role_labels(raw, &process));
        if verb == Verb::Submit {
            let args = self.args(a, &scope.vars);
            if def.params.len() != args.len() {
                self.key(if a.args.is_some() { "args" } else { "submit" }, |v| {
                    v.problem(
                        format!("`{process}` takes {} argument(s) but {} are given", def.params.len(), args.len()),
                        Some(format!("write `args: [{}]`", def.params.join(", "))),
                    )
                });
            }
            return Some(ActionKind::Submit { pool, process, args });
        }
        if def.params.len() != 1 {
            self.key("map", |v| {
                v.problem(
                    format!("`map` passes one item to each task, but `{process}` takes {}", def.params.len()),
                    Some("give the task definition exactly one parameter: `params: [item]`".into()),
                )
            });
        }
        let over = self.map_items(a, scope)?;
        Some(ActionKind::Map { pool, process, over })
    }

    /// The items of a `map` (`over:`): a count or a list of values.
    fn map_items(&mut self, a: &RawAction, scope: &Scope) -> Option<Over> {
        let Some(over) = &a.over else {
            self.key("map", |v| {
                v.key_problem("`map` needs `over:`, the items", Some("add `over: 5` or `over: [a, b]`".into()))
            });
            return None;
        };
        Some(match over {
            RawRange::Count(c) => {
                let stop = self.key("over", |v| v.count_template(c, &scope.vars))?;
                Over::Range { start: "0".into(), stop }
            }
            RawRange::Values(values) => Over::Values(
                values
                    .iter()
                    .enumerate()
                    .map(|(i, x)| self.key("over", |v| v.at(Seg::Index(i), |v| v.value(x, &scope.vars))))
                    .collect(),
            ),
        })
    }

    pub(super) fn close(&mut self, pool: String, scope: &mut Scope) -> Option<ActionKind> {
        self.key("close", |v| v.channel(&pool, scope, Use::Submit))?;
        scope.channels.insert(pool.clone(), Chan::Pool { closed: true });
        Some(ActionKind::Close(pool))
    }

    /// Reports each take (`get`, `recv`, `for ... from`) without a timeout from a channel that
    /// no action ever puts into: it would wait forever.
    pub(super) fn never_put(&mut self) {
        for (channel, path) in std::mem::take(&mut self.gets) {
            if !self.puts.contains(&channel) {
                let saved = std::mem::replace(&mut self.path, path);
                self.problem(
                    format!("nothing is ever put into `{channel}`, so taking from it would wait forever"),
                    Some(format!("add a `put: VALUE` with `to: {channel}` (or `send:` with `via:`) in some process")),
                );
                self.path = saved;
            }
        }
    }

    /// The channel an action names with `target_key`, or a problem saying it is missing.
    fn target(&mut self, verb: Verb, target_key: &str, target: Option<String>) -> Option<String> {
        if target.is_none() {
            self.key(verb.name(), |v| {
                v.key_problem(
                    format!("`{verb}` needs `{target_key}:`, the channel"),
                    Some(format!("add `{target_key}: NAME`")),
                )
            });
        }
        target
    }

    fn path_to(&self, key: &str) -> Vec<Seg> {
        let mut p = self.path.clone();
        p.push(Seg::Key(key.to_owned()));
        p
    }

    fn new_channel(&mut self, name: &str, chan: Chan, scope: &mut Scope) {
        self.var_name(name);
        if scope.channels.insert(name.to_owned(), chan).is_some() {
            self.problem(
                format!("`{name}` already names a queue, pipe end or pool in this process"),
                Some("give each channel its own name".into()),
            );
        }
    }

    /// Checks that `name` is a channel this process can use in this way.
    fn channel(&mut self, name: &str, scope: &Scope, use_: Use) -> Option<Chan> {
        let Some(chan) = scope.channels.get(name).copied() else {
            let known: Vec<&String> = scope.channels.keys().collect();
            let help = if known.is_empty() {
                format!(
                    "create it first with `- queue: {name}` (or `pipe:`, `pool:`) in this process, or in every process \
                     that starts this one, before the start"
                )
            } else {
                suggest("this process can use", known.into_iter())
            };
            self.problem(format!("this process cannot reach a queue, pipe end or pool named `{name}`"), Some(help));
            return None;
        };
        let wrong = match (use_, chan) {
            (Use::Put | Use::Take | Use::Loop, Chan::Queue { .. })
            | (Use::Take | Use::Submit | Use::Loop, Chan::Pool { .. }) => None,
            (Use::Loop, Chan::End { recv: true, .. }) => None,
            (Use::Loop, Chan::End { .. }) => Some(format!("`{name}` is the sending end of a one-way pipe")),
            (Use::Send, Chan::End { send: true, .. }) | (Use::Recv, Chan::End { recv: true, .. }) => None,
            (Use::Send, Chan::End { .. }) => Some(format!("`{name}` is the receiving end of a one-way pipe")),
            (Use::Recv, Chan::End { .. }) => Some(format!("`{name}` is the sending end of a one-way pipe")),
            (Use::Put | Use::Take, Chan::End { .. }) => {
                Some(format!("`{name}` is a pipe end: write `send: VALUE` / `recv: VAR` with `via: {name}`"))
            }
            (Use::Send | Use::Recv, Chan::Queue { .. }) => Some(format!(
                "`{name}` is a queue: write `put: VALUE` with `to: {name}`, or `get: VAR` with `from: {name}`"
            )),
            (_, Chan::Sync(decl)) => Some(format!(
                "`{name}` is a {}, not a queue, pipe end or pool (see `acquire`, `wait`, `read` and their kin)",
                decl.keyword()
            )),
            (Use::Submit, _) => Some(format!("`{name}` is not a pool")),
            (Use::Put | Use::Send | Use::Recv, Chan::Pool { .. }) => Some(format!(
                "`{name}` is a pool: write `submit: TASK` with `to: {name}`, or `get: VAR` with `from: {name}`"
            )),
        };
        if let Some(message) = wrong {
            self.problem(message, None);
            return None;
        }
        if use_ == Use::Submit && chan == (Chan::Pool { closed: true }) {
            self.problem(
                format!("pool `{name}` is already closed here"),
                Some("submit every task before `close`".into()),
            );
        }
        Some(chan)
    }

    /// A loop range: a count, or `[START, STOP]`.
    fn range(&mut self, range: &RawRange, vars: &BTreeSet<String>) -> Option<Over> {
        match range {
            RawRange::Count(c) => Some(Over::Range { start: "0".into(), stop: self.count_template(c, vars)? }),
            RawRange::Values(v) if v.len() == 2 => {
                let start = self.at(Seg::Index(0), |s| s.count_template(&v[0], vars));
                let stop = self.at(Seg::Index(1), |s| s.count_template(&v[1], vars));
                Some(Over::Range { start: start?, stop: stop? })
            }
            RawRange::Values(_) => {
                self.problem(
                    "`range` takes a count or `[START, STOP]`",
                    Some("write `range: 5` or `range: [1, 5]`; to loop over a list of values write `in: [...]`".into()),
                );
                None
            }
        }
    }

    /// An integer, or a template that renders one at run time.
    fn count_template(&mut self, value: &RawValue, vars: &BTreeSet<String>) -> Option<String> {
        match value {
            RawValue::Int(n) => Some(n.to_string()),
            // Text with no placeholder is known now: `10^12` or `1e6` is no integer, and a run
            // that found it out stopped only at its timeout (a newcomer's first hour).
            RawValue::Text(t) if !t.contains('{') && t.trim().parse::<i64>().is_err() => {
                self.problem(
                    format!("`{t}` is not an integer"),
                    Some("write the number in digits, such as `1000000`, or a template such as `\"{n}\"`".into()),
                );
                None
            }
            RawValue::Text(t) => {
                self.template(t, vars);
                Some(t.clone())
            }
            _ => {
                self.problem("a count must be an integer or a template such as `\"{n}\"`", Some("write `5`".into()));
                None
            }
        }
    }

    fn fixed_text(&mut self, value: &RawValue) -> Option<String> {
        match value {
            RawValue::Int(n) => Some(n.to_string()),
            RawValue::Float(f) => Some(f.to_string()),
            RawValue::Text(t) => Some(t.clone()),
            RawValue::Random { .. } => {
                self.problem(
                    "`until` takes a fixed value",
                    Some("write the item that ends the loop, such as `STOP`".into()),
                );
                None
            }
        }
    }
}

/// How an action uses a channel.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Use {
    Put,
    Take,
    Send,
    Recv,
    Submit,
    /// A `for ... from` loop: a queue, a receiving pipe end, or a pool's results.
    Loop,
}

/// The channels a process inherits: pools stay with their owner.
pub(super) fn without_pools(channels: &Channels) -> Channels {
    channels.iter().filter(|(_, c)| !matches!(c, Chan::Pool { .. })).map(|(k, c)| (k.clone(), *c)).collect()
}

/// For each process definition, the channels that every process starting it holds at the
/// start: a fixed point over the start sites, starting from `main`, which inherits nothing.
/// A definition nobody starts gets no entry (it never runs, so nothing about it is refused).
pub(super) fn reachable_channels(raw: &RawScenario) -> HashMap<String, Channels> {
    let mut reachable: HashMap<String, Channels> = HashMap::new();
    reachable.insert("main".into(), Channels::new());
    // Each round can only shrink a set or add a definition, so this ends; the bound is a guard.
    for _ in 0..=raw.processes.len() * 4 + 4 {
        let mut sites: HashMap<String, Channels> = HashMap::new();
        for (name, def) in &raw.processes {
            let Some(start) = reachable.get(name) else { continue };
            let mut have = start.clone();
            let mut pools = HashMap::new();
            walk(&def.run, &mut have, &mut pools, &mut sites);
        }
        let mut next = sites;
        next.insert("main".into(), Channels::new());
        if next == reachable {
            break;
        }
        reachable = next;
    }
    reachable
}

fn walk(
    list: &[RawAction],
    have: &mut Channels,
    pools: &mut HashMap<String, Channels>,
    sites: &mut HashMap<String, Channels>,
) {
    let site = |def: &str, set: Channels, sites: &mut HashMap<String, Channels>| {
        sites.entry(def.to_owned()).and_modify(|s| s.retain(|k, c| set.get(k) == Some(c))).or_insert(set);
    };
    for a in list {
        sync::walk_declarations(a, have);
        if let Some(q) = &a.queue {
            have.insert(q.clone(), Chan::Queue { joinable: a.joinable.unwrap_or(false) });
        }
        if let Some([x, y]) = &a.pipe {
            let duplex = a.duplex.unwrap_or(true);
            have.insert(x.clone(), Chan::End { send: duplex, recv: true });
            have.insert(y.clone(), Chan::End { send: true, recv: duplex });
        }
        if let Some(p) = &a.pool {
            // Workers are forked when the pool is made: they hold what the owner held then.
            pools.insert(p.clone(), without_pools(have));
            have.insert(p.clone(), Chan::Pool { closed: false });
        }
        if let Some(d) = &a.start {
            site(d, without_pools(have), sites);
        }
        if let (Some(d), Some(p)) = (a.submit.as_ref().or(a.map.as_ref()), &a.to) {
            let set = pools.get(p).cloned().unwrap_or_else(|| without_pools(have));
            site(d, set, sites);
        }
        if let Some(f) = &a.fork {
            let mut parent = have.clone();
            walk(&f.parent, &mut parent, pools, sites);
            let mut child = without_pools(have);
            walk(&f.child, &mut child, pools, sites);
            *have = parent.into_iter().filter(|(k, c)| child.get(k) == Some(c)).collect();
        }
        if let Some(body) = &a.do_ {
            walk(body, have, pools, sites);
        }
    }
}

/// The values a loop's variable takes, when they are known before the run: a range between
/// two integers (at most 10,000 of them), or a list of fixed values.
fn known_values(over: &Over) -> Option<Vec<String>> {
    match over {
        Over::Range { start, stop } => {
            let (start, stop) = (start.parse::<i64>().ok()?, stop.parse::<i64>().ok()?);
            (stop.saturating_sub(start) <= 10_000).then(|| (start..stop).map(|i| i.to_string()).collect())
        }
        Over::Values(values) => values
            .iter()
            .map(|v| match v {
                ValueExpr::Template(t) if !t.contains('{') => Some(t.clone()),
                _ => None,
            })
            .collect(),
        Over::Channel { .. } | Over::Results(_) => None,
    }
}
