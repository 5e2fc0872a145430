//! Turns the raw file into the checked model, collecting every problem with its position.
//!
//! Each rule here refuses something the engine could only discover while running (or never),
//! and says what to write instead.

mod actions;
mod checks;
mod children;
mod ipc;
mod lifecycle;
mod program;
mod sync;
mod values;

use super::expr::Expr;
use super::model::*;
use super::raw::*;
use super::spans::{Seg, SpanIndex};
use crate::error::Problem;
use crate::trace::EdgeKind;
pub(super) use actions::modifiers_of;
use actions::role_labels;
use ipc::{reachable_channels, without_pools};
use program::observed_roles;
use std::collections::{BTreeSet, HashMap, HashSet};
use std::time::Duration;
use sync::LOCKS;
pub use values::parse_duration;
use values::{expand, parse_method};

/// The default limit for a whole run.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);

/// Validates `raw`; `fallback_name` names the scenario when the file does not.
pub fn validate(raw: &RawScenario, spans: &SpanIndex, fallback_name: &str) -> Result<Scenario, Vec<Problem>> {
    let mut v = Validator {
        spans,
        problems: Vec::new(),
        path: Vec::new(),
        fork_children: Vec::new(),
        default_method: StartMethod::Fork,
        reachable: HashMap::new(),
        puts: HashSet::new(),
        gets: Vec::new(),
        program: raw.program.is_some(),
        line_names: raw.lines.keys().cloned().collect(),
        declared_sync: sync::declared(raw),
    };
    for (path, position) in spans.duplicate_keys() {
        let key = match path.last() {
            Some(Seg::Key(k)) => k.clone(),
            _ => String::new(),
        };
        let within = if path.len() == 2 && path[0] == Seg::Key("processes".into()) { "process name" } else { "key" };
        v.problems.push(Problem {
            position: *position,
            message: format!("duplicate {within} `{key}`: the earlier one would be silently replaced"),
            help: Some("give each entry its own name, or merge the two".into()),
        });
    }
    let scenario = v.scenario(raw, fallback_name);
    if v.problems.is_empty() {
        Ok(scenario)
    } else {
        v.problems.sort_by_key(|p| (p.position.line, p.position.column));
        Err(v.problems)
    }
}

struct Validator<'a> {
    spans: &'a SpanIndex,
    problems: Vec<Problem>,
    path: Vec<Seg>,
    /// Names of `fork` children met in the process being validated: they can carry every
    /// label of that process, since a forked child goes on with its parent's actions.
    fork_children: Vec<String>,
    /// The scenario's `start_method`: the method of a `start` whose target names none.
    default_method: StartMethod,
    /// The channels each process definition inherits from every process that starts it.
    reachable: HashMap<String, Channels>,
    /// Names of the queues and pipe ends that some action puts to or sends through.
    puts: HashSet<String>,
    /// Where each `get`, `recv` or `for ... from` on a queue or pipe end stands, by channel.
    gets: Vec<(String, Vec<Seg>)>,
    /// True for a scenario that observes a `program` instead of running `processes`.
    program: bool,
    /// The names of the scenario's line patterns.
    line_names: Vec<String>,
    /// Every lock, rlock, semaphore, bounded semaphore, condition, event, barrier and shared
    /// integer declared, for checks.
    declared_sync: Vec<(String, SyncDecl)>,
}

/// The labels each name a process can be known by can carry.
type Roles = HashMap<String, HashSet<String>>;

/// The queues, pipe ends and pools a process can use, by name.
type Channels = std::collections::BTreeMap<String, Chan>;

/// What a channel name stands for in a process.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Chan {
    /// A queue; a `joinable` one also has `task_done` and `join` (`validate/sync.rs`).
    Queue {
        joinable: bool,
    },
    End {
        send: bool,
        recv: bool,
    },
    Pool {
        closed: bool,
    },
    /// A lock, rlock, semaphore, bounded semaphore, condition, event, barrier or shared
    /// integer (`validate/sync.rs`).
    Sync(SyncDecl),
}

/// What a process definition can see while it is being validated.
struct Scope {
    vars: BTreeSet<String>,
    children: BTreeSet<String>,
    labels: HashSet<String>,
    channels: Channels,
    /// The values of each enclosing loop's variable, when they are known before the run
    /// (`range: 3`, `in: [a, b]`); `None` when they are not.
    loops: std::collections::BTreeMap<String, Option<Vec<String>>>,
    /// Children named by a template whose values are not known before the run (`as:
    /// "kid{n}"` in a loop over a queue): the template, and what its names look like.
    child_templates: Vec<(String, regex::Regex)>,
}

impl Scope {
    fn new(vars: BTreeSet<String>, channels: Channels) -> Scope {
        Scope {
            vars,
            children: BTreeSet::new(),
            labels: HashSet::new(),
            channels,
            loops: Default::default(),
            child_templates: Vec::new(),
        }
    }

    /// A copy for a fork's branch: the same names, `labels` handed over, `channels` as given.
    fn branch(&self, vars: BTreeSet<String>, labels: HashSet<String>, channels: Channels) -> Scope {
        Scope {
            vars,
            children: self.children.clone(),
            labels,
            channels,
            loops: self.loops.clone(),
            child_templates: self.child_templates.clone(),
        }
    }

    /// Whether `name` (a name, or a template such as `kid{i}`) names a child started or
    /// forked before this point.
    fn has_child(&self, name: &str) -> bool {
        self.children.contains(name)
            || self.child_templates.iter().any(|(t, re)| t == name || re.is_match(name))
            || (name.contains('{')
                && expand(name, &self.loops).is_some_and(|names| {
                    !names.is_empty() && names.iter().all(|n| self.has_child(n) && !n.contains('{'))
                }))
    }
}

impl<'a> Validator<'a> {
    fn at<R>(&mut self, seg: Seg, f: impl FnOnce(&mut Self) -> R) -> R {
        self.path.push(seg);
        let r = f(self);
        self.path.pop();
        r
    }

    fn key<R>(&mut self, key: &str, f: impl FnOnce(&mut Self) -> R) -> R {
        self.at(Seg::Key(key.to_owned()), f)
    }

    fn problem(&mut self, message: impl Into<String>, help: impl Into<Option<String>>) {
        let position = self.spans.value(&self.path);
        self.problems.push(Problem { position, message: message.into(), help: help.into() });
    }

    fn key_problem(&mut self, message: impl Into<String>, help: impl Into<Option<String>>) {
        let position = self.spans.key(&self.path);
        self.problems.push(Problem { position, message: message.into(), help: help.into() });
    }

    fn scenario(&mut self, raw: &RawScenario, fallback_name: &str) -> Scenario {
        let time_scale = self.time_scale(raw.time_scale);
        let timeout = match &raw.timeout {
            Some(t) => self.key("timeout", |v| v.duration_text(t)).unwrap_or(DEFAULT_TIMEOUT),
            None => DEFAULT_TIMEOUT,
        };
        self.default_method = match &raw.start_method {
            Some(m) => self.key("start_method", |v| v.method(m)),
            None => StartMethod::Fork,
        };
        let module_vars: BTreeSet<String> = raw.vars.keys().cloned().collect();
        let vars = self.key("vars", |v| {
            let mut known: BTreeSet<String> = BUILTIN_VARS.iter().map(|s| s.to_string()).collect();
            let mut out = Vec::new();
            for (name, value) in &raw.vars {
                v.key(name, |v| {
                    v.var_name(name);
                    let expr = v.value(value, &known);
                    out.push((name.clone(), expr));
                });
                known.insert(name.clone());
            }
            out
        });

        let limits = self.run_limits(raw);
        let (program, lines) = self.program(raw);
        let mut roles = if program.is_some() { observed_roles(&lines) } else { Roles::new() };
        if program.is_none() && !raw.processes.contains_key("main") {
            self.key("processes", |v| {
                v.key_problem(
                    "there is no process named `main`",
                    Some("name the process procscen starts first `main`: `processes: {main: [...]}`".into()),
                )
            });
        }
        // Every name a child can be known by (a definition or an `as:`), with the labels its
        // events can carry, so that checks can be validated against them.
        self.reachable = reachable_channels(raw);
        let mut processes = indexmap::IndexMap::new();
        self.key("processes", |v| {
            for (name, def) in &raw.processes {
                let p = v.key(name, |v| v.process(name, def, raw, &module_vars, &mut roles));
                processes.insert(name.clone(), p);
            }
        });
        if self.problems.is_empty() {
            // Only a valid file: the model's actions then stand at the same places as the
            // file's, so a path into the model is a path into the file.
            let lists: Vec<(Vec<Seg>, &ProcessDef)> = processes
                .iter()
                .map(|(name, def)| {
                    let mut path = vec![Seg::Key("processes".into()), Seg::Key(name.clone())];
                    if !raw.processes.get(name).is_some_and(|d| d.short_form) {
                        path.push(Seg::Key("run".into()));
                    }
                    (path, def)
                })
                .collect();
            self.children_within_limit(&lists, limits.max_processes);
        }
        self.never_put();
        let mut checks: Vec<Check> = self.key("expect", |v| {
            raw.expect.iter().enumerate().filter_map(|(i, c)| v.at(Seg::Index(i), |v| v.check(c, &roles))).collect()
        });
        self.needs(raw, &mut checks);
        Scenario {
            name: raw.name.clone().unwrap_or_else(|| fallback_name.to_owned()),
            time_scale,
            timeout,
            limits,
            vars,
            processes,
            checks,
            program,
            lines,
        }
    }
}

fn suggest<'s>(lead: &str, names: impl Iterator<Item = &'s String>) -> String {
    let names: Vec<String> = names.map(|n| format!("`{n}`")).collect();
    if names.is_empty() {
        "there is nothing of that kind in this scenario yet".to_owned()
    } else {
        format!("{lead} {}", names.join(", "))
    }
}
