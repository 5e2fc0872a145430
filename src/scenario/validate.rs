//! Turns the raw file into the checked model, collecting every problem with its position.
//!
//! Each rule here refuses something the engine could only discover while running (or never),
//! and says what to write instead.

mod children;
mod ipc;
mod lifecycle;
mod sync;

use super::model::*;
use super::raw::*;
use super::spans::{Seg, SpanIndex};
use crate::error::Problem;
pub(super) use ipc::VERBS;
use ipc::{reachable_channels, without_pools};
use std::collections::{BTreeSet, HashMap, HashSet};
use std::time::Duration;

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
    /// Every lock, semaphore, event, barrier and shared integer declared, for checks.
    declared_sync: Vec<(String, SyncDecl)>,
}

/// The queues, pipe ends and pools a process can use, by name.
type Channels = std::collections::BTreeMap<String, Chan>;

/// What a channel name stands for in a process.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Chan {
    Queue,
    End {
        send: bool,
        recv: bool,
    },
    Pool {
        closed: bool,
    },
    /// A lock, semaphore, event, barrier or shared integer (`validate/sync.rs`).
    Sync(SyncDecl),
}

/// The modifiers of an action, each with the verbs it goes with (`label` goes with all).
pub(super) const MODIFIERS: [(&str, &[&str]); 21] = [
    ("args", &["start", "submit"]),
    ("method", &["start"]),
    ("daemon", &["start"]),
    ("as", &["start", "fork", "is_alive", "exitcode"]),
    ("range", &["for"]),
    ("in", &["for"]),
    ("do", &["for"]),
    ("until", &["for"]),
    ("from", &["for", "get", "read"]),
    ("over", &["map"]),
    ("to", &["put", "submit", "map", "write", "add"]),
    ("via", &["send", "recv"]),
    ("capacity", &["queue"]),
    ("size", &["pool"]),
    ("max_tasks", &["pool"]),
    ("duplex", &["pipe"]),
    ("timeout", &["put", "get", "recv", "for", "join"]),
    ("signal", &["kill"]),
    ("value", &["semaphore", "shared"]),
    ("parties", &["barrier"]),
    ("atomic", &["add"]),
];

/// The keys an action with `verb` may have besides it.
pub(super) fn modifiers_of(verb: &str) -> Vec<&'static str> {
    MODIFIERS.iter().filter(|(_, verbs)| verbs.contains(&verb)).map(|(m, _)| *m).chain(["label"]).collect()
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

/// Every text `template` renders to over the known values of the loop variables it uses;
/// `None` when it uses a variable whose values are not known before the run, or would make
/// more than 10,000 texts.
fn expand(template: &str, loops: &std::collections::BTreeMap<String, Option<Vec<String>>>) -> Option<Vec<String>> {
    let mut used: Vec<&str> = Vec::new();
    for hole in crate::template::holes(template).ok()? {
        for var in crate::template::hole_variables(hole).ok()? {
            if !used.contains(&var) {
                used.push(var);
            }
        }
    }
    let domains: Vec<&Vec<String>> = used.iter().map(|v| loops.get(*v)?.as_ref()).collect::<Option<_>>()?;
    domains.iter().try_fold(1usize, |n, d| n.checked_mul(d.len()).filter(|n| *n <= 10_000))?;
    if domains.iter().any(|d| d.is_empty()) {
        return Some(Vec::new());
    }
    let mut out = Vec::new();
    let mut at = vec![0usize; domains.len()];
    loop {
        let values: Vec<crate::template::Value> =
            at.iter().zip(&domains).map(|(i, d)| crate::template::Value::plain(d[*i].clone())).collect();
        out.push(
            crate::template::render(template, |name| used.iter().position(|u| *u == name).map(|k| &values[k])).text,
        );
        // The next combination, the last variable fastest.
        let mut k = domains.len();
        loop {
            if k == 0 {
                return Some(out);
            }
            k -= 1;
            at[k] += 1;
            if at[k] < domains[k].len() {
                break;
            }
            at[k] = 0;
        }
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
        let time_scale = match raw.time_scale {
            Some(s) if super::bounds::check_time_scale(s).is_err() => {
                self.key("time_scale", |v| {
                    v.problem(
                        format!(
                            "time_scale must be a number above 0 and at most {}, not {}",
                            super::bounds::MAX_TIME_SCALE,
                            super::bounds::number(s)
                        ),
                        Some("write for example `time_scale: 0.01` to run sleeps 100 times faster".into()),
                    )
                });
                1.0
            }
            Some(s) => s,
            None => 1.0,
        };
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

        let defaults = RunLimits::DEFAULT;
        let limits = RunLimits {
            max_processes: self.at_least_one(
                "max_processes",
                raw.max_processes.map(u64::from),
                u64::from(defaults.max_processes),
            ) as u32,
            max_memory_mib: self.at_least_one("max_memory_mib", raw.max_memory_mib, defaults.max_memory_mib),
            max_cpu_seconds: self.at_least_one("max_cpu_seconds", raw.max_cpu_seconds, defaults.max_cpu_seconds),
            max_recorded: super::bounds::mib_to_bytes(self.at_least_one(
                "max_recorded_mib",
                raw.max_recorded_mib,
                defaults.max_recorded >> 20,
            )),
        };
        let (program, lines) = self.program(raw);
        let mut roles: HashMap<String, HashSet<String>> = HashMap::new();
        if program.is_some() {
            // Every process of an observed program can print every line; its names are `main`,
            // the roles of the lines, and the names of helpers and unnamed processes.
            let labels: HashSet<String> = lines
                .iter()
                .map(|l| l.name.clone())
                .chain(crate::trace::names::EVENT_LABELS.iter().map(|l| l.to_string()))
                .collect();
            let names = crate::trace::names::OBSERVED_NAMES
                .into_iter()
                .map(str::to_owned)
                .chain(lines.iter().filter_map(|l| l.role.clone()));
            for name in names {
                roles.insert(name, labels.clone());
            }
        } else if !raw.processes.contains_key("main") {
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

    /// The `program` and its `lines`, checked: one of `processes` and `program`, patterns that
    /// compile, capture names that are variable names.
    fn program(&mut self, raw: &RawScenario) -> (Option<Program>, Vec<LineDef>) {
        let lines: Vec<LineDef> = self.key("lines", |v| {
            raw.lines
                .iter()
                .map(|(name, line)| {
                    let (pattern, alternatives, role) = match line {
                        RawLine::Pattern(p) => (p.clone(), Vec::new(), None),
                        RawLine::Full(f) => (f.pattern.clone(), f.alternatives.clone(), f.role.clone()),
                    };
                    v.key(name, |v| {
                        v.var_name_at_key(name, "line pattern");
                        if crate::trace::names::EVENT_LABELS.contains(&name.as_str()) {
                            v.key_problem(
                                format!("`{name}` names the observed `{name}` events of every process"),
                                Some(format!("give the line another name, such as `{name}_line`")),
                            );
                        }
                        let check_regex = |v: &mut Self, pattern: &str| match regex::Regex::new(pattern) {
                            Ok(re) => {
                                for capture in re.capture_names().flatten() {
                                    v.var_name(capture);
                                }
                            }
                            Err(e) => v.problem(
                                format!("this is not a regular expression: {e}"),
                                Some("write a pattern such as `Run task (?P<task>\\d+) \\(pid:(?P<pid>\\d+)\\)`; escape `(`, `)`, `.` and `\\` with a backslash".into()),
                            ),
                        };
                        check_regex(v, &pattern);
                        for (i, alternative) in alternatives.iter().enumerate() {
                            v.key("alternatives", |v| v.at(Seg::Index(i), |v| check_regex(v, alternative)));
                        }
                        if let Some(r) = &role {
                            v.var_name(r);
                        }
                    });
                    LineDef { name: name.clone(), pattern, alternatives, role }
                })
                .collect()
        });
        let Some(p) = &raw.program else {
            if !raw.lines.is_empty() {
                self.key("lines", |v| {
                    v.key_problem(
                        "`lines` describe what a `program` prints",
                        Some("add a `program:` to run, or remove `lines:`".into()),
                    )
                });
            }
            return (None, lines);
        };
        if !raw.processes.is_empty() {
            self.key("processes", |v| {
                v.key_problem(
                    "a scenario has either `processes` or a `program`, not both",
                    Some("put the observed program in a scenario file of its own".into()),
                )
            });
        }
        let words = |v: &mut Self, key: &str, c: &RawCommand| -> Vec<String> {
            let words: Vec<String> = match c {
                RawCommand::Line(l) => l.split_whitespace().map(str::to_owned).collect(),
                RawCommand::Words(w) => w.clone(),
            };
            if words.is_empty() {
                v.key(key, |v| {
                    v.problem("the command line is empty", Some("write for example `python3 {submission}`".into()))
                });
            }
            for w in &words {
                if let Err(e) = crate::template::holes(w)
                    .map(|holes| holes.into_iter().find(|h| *h != "submission" && *h != "out").map(str::to_owned))
                {
                    v.key(key, |v| v.problem(e, None));
                } else if let Ok(Some(hole)) = crate::template::holes(w)
                    .map(|h| h.into_iter().find(|h| *h != "submission" && *h != "out").map(str::to_owned))
                {
                    v.key(key, |v| {
                        v.problem(
                            format!("`{{{hole}}}` is not known in a command line"),
                            Some("use `{submission}` (the file under test) or `{out}` (what `build` made)".into()),
                        )
                    });
                }
            }
            words
        };
        let program = self.key("program", |v| {
            let run = words(v, "run", &p.run);
            let build = p.build.as_ref().map(|b| words(v, "build", b));
            let uses_out = |w: &[String]| w.iter().any(|w| w.contains("{out}"));
            if build.is_none() && uses_out(&run) {
                v.key("run", |v| {
                    v.problem(
                        "`{out}` is what `build` makes, and there is no `build`",
                        Some("add `build: cc -O2 -o {out} {submission}`, or run `{submission}`".into()),
                    )
                });
            }
            if build.as_deref().is_some_and(|b| !uses_out(b)) {
                v.key("build", |v| {
                    v.problem(
                        "the build command does not name its output",
                        Some("write `-o {out}` (or wherever it puts the program) in it".into()),
                    )
                });
            }
            use crate::scenario::program_defaults as defaults;
            Program {
                run,
                build,
                reference: p.reference.as_ref().map(Into::into),
                cwd: p.cwd.as_ref().map(Into::into),
                env: p.env.iter().map(|(k, v)| (k.clone(), v.clone())).collect(),
                stdin: p.stdin.clone(),
                // A limit given for the whole scenario holds for its program too, unless the
                // program gives its own.
                max_processes: v.at_least_one(
                    "max_processes",
                    p.max_processes.map(u64::from),
                    raw.max_processes.map_or(u64::from(defaults::MAX_PROCESSES), u64::from),
                ) as u32,
                max_output: v.at_least_one("max_output", p.max_output, defaults::MAX_OUTPUT),
                max_memory_mib: v.at_least_one(
                    "max_memory_mib",
                    p.max_memory_mib,
                    raw.max_memory_mib.unwrap_or(defaults::MAX_MEMORY_MIB),
                ),
                max_cpu_seconds: v.at_least_one(
                    "max_cpu_seconds",
                    p.max_cpu_seconds,
                    raw.max_cpu_seconds.unwrap_or(defaults::MAX_CPU_SECONDS),
                ),
                max_tasks: p
                    .max_tasks
                    .map(|n| v.at_least_one("max_tasks", Some(u64::from(n)), u64::from(defaults::MAX_TASKS)) as u32),
                max_file_mib: v.at_least_one("max_file_mib", p.max_file_mib, defaults::MAX_FILE_MIB),
                max_open_files: v.at_least_one("max_open_files", p.max_open_files, defaults::MAX_OPEN_FILES),
                max_tmp_mib: v.at_least_one("max_tmp_mib", p.max_tmp_mib, defaults::MAX_TMP_MIB),
                isolate: p.isolate.unwrap_or(true),
                strict_lines: p.strict_lines.unwrap_or(false),
                format_points: p.format_points.map(|x| v.points_value("format_points", x)),
            }
        });
        (Some(program), lines)
    }

    /// A number of points under `key`: finite, from 0 up to a million (more is a typo).
    fn points_value(&mut self, key: &str, p: f64) -> f64 {
        if p.is_finite() && (0.0..=1e6).contains(&p) {
            return p;
        }
        self.key(key, |v| {
            v.problem(format!("points must be a number from 0 to 1000000, not {p}"), Some(format!("write `{key}: 1`")))
        });
        0.0
    }

    /// The value of a limit `key` (`n`, or `default` where it is missing), which must be at
    /// least 1 (a limit of 0 would stop every run before it started) and at most the limit's
    /// largest value (`bounds::max_limit`).
    fn at_least_one(&mut self, key: &str, n: Option<u64>, default: u64) -> u64 {
        let max = super::bounds::max_limit(key);
        match n {
            Some(0) => {
                self.key(key, |v| {
                    v.problem(
                        format!("`{key}` must be at least 1"),
                        Some(format!("leave `{key}` out for its default ({default})")),
                    )
                });
                default
            }
            Some(n) if n > max => {
                self.key(key, |v| {
                    v.problem(
                        format!("`{key}` must be at most {max}, not {n}"),
                        Some(format!(
                            "write a number from 1 to {max}, or leave `{key}` out for its default ({default})"
                        )),
                    )
                });
                default
            }
            Some(n) => n,
            None => default,
        }
    }

    /// Resolves each check's `needs` to the indices of earlier checks.
    fn needs(&mut self, raw: &RawScenario, checks: &mut [Check]) {
        if checks.len() != raw.expect.len() {
            return; // Some checks are invalid already; their indices would not line up.
        }
        for (i, c) in raw.expect.iter().enumerate() {
            for (k, need) in c.needs.iter().enumerate() {
                match checks[..i].iter().position(|e| e.name == *need) {
                    Some(j) => checks[i].needs.push(j),
                    None => {
                        let known: Vec<String> = checks[..i].iter().map(|c| format!("`{}`", c.name)).collect();
                        self.key("expect", |v| {
                            v.at(Seg::Index(i), |v| {
                                v.key("needs", |v| {
                                    v.at(Seg::Index(k), |v| {
                                        v.problem(
                                            format!("no earlier check is named `{need}`"),
                                            Some(if known.is_empty() {
                                                "a check can only need checks listed before it".to_owned()
                                            } else {
                                                format!("name one of the checks before this one: {}", known.join(", "))
                                            }),
                                        )
                                    })
                                })
                            })
                        });
                    }
                }
            }
        }
    }

    fn process(
        &mut self,
        name: &str,
        def: &RawProcess,
        raw: &RawScenario,
        module_vars: &BTreeSet<String>,
        roles: &mut HashMap<String, HashSet<String>>,
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

    fn actions(
        &mut self,
        list: &[RawAction],
        raw: &RawScenario,
        scope: &mut Scope,
        roles: &mut HashMap<String, HashSet<String>>,
    ) -> Vec<Action> {
        list.iter()
            .enumerate()
            .filter_map(|(i, a)| self.at(Seg::Index(i), |v| v.action(a, raw, scope, roles)))
            .collect()
    }

    fn action(
        &mut self,
        a: &RawAction,
        raw: &RawScenario,
        scope: &mut Scope,
        roles: &mut HashMap<String, HashSet<String>>,
    ) -> Option<Action> {
        let verbs: Vec<&str> = [
            ("print", a.print.is_some()),
            ("sleep", a.sleep.is_some()),
            ("start", a.start.is_some()),
            ("join", a.join.is_some()),
            ("fork", a.fork.is_some()),
            ("exit", a.exit.is_some()),
            ("let", a.let_.is_some()),
            ("for", a.for_.is_some()),
            ("queue", a.queue.is_some()),
            ("pipe", a.pipe.is_some()),
            ("put", a.put.is_some()),
            ("get", a.get.is_some()),
            ("send", a.send.is_some()),
            ("recv", a.recv.is_some()),
            ("pool", a.pool.is_some()),
            ("submit", a.submit.is_some()),
            ("map", a.map.is_some()),
            ("close", a.close.is_some()),
            ("return", a.return_.is_some()),
            ("kill", a.kill.is_some()),
            ("terminate", a.terminate.is_some()),
            ("is_alive", a.is_alive.is_some()),
            ("exitcode", a.exitcode.is_some()),
            ("raise", a.raise.is_some()),
            ("ignore", a.ignore.is_some()),
            ("lock", a.lock.is_some()),
            ("semaphore", a.semaphore.is_some()),
            ("event", a.event.is_some()),
            ("barrier", a.barrier.is_some()),
            ("shared", a.shared.is_some()),
            ("acquire", a.acquire.is_some()),
            ("release", a.release.is_some()),
            ("set", a.set.is_some()),
            ("clear", a.clear.is_some()),
            ("wait", a.wait.is_some()),
            ("read", a.read.is_some()),
            ("write", a.write.is_some()),
            ("add", a.add.is_some()),
        ]
        .into_iter()
        .filter_map(|(k, present)| present.then_some(k))
        .collect();
        let verb = match verbs.as_slice() {
            [one] => *one,
            [] => {
                self.problem(
                    "this action has no verb",
                    Some(format!("start the action with one of {}", VERBS.map(|v| format!("`{v}`")).join(", "))),
                );
                return None;
            }
            many => {
                self.problem(
                    format!("this action has {} verbs ({}); an action does one thing", many.len(), many.join(", ")),
                    Some("split it into one list item per verb".into()),
                );
                return None;
            }
        };
        // One entry per modifier, in `MODIFIERS`' order (the length is checked).
        let present: [bool; MODIFIERS.len()] = [
            a.args.is_some(),
            a.method.is_some(),
            a.daemon.is_some(),
            a.as_.is_some(),
            a.range.is_some(),
            a.in_.is_some(),
            a.do_.is_some(),
            a.until.is_some(),
            a.from.is_some(),
            a.over.is_some(),
            a.to.is_some(),
            a.via.is_some(),
            a.capacity.is_some(),
            a.size.is_some(),
            a.max_tasks.is_some(),
            a.duplex.is_some(),
            a.timeout.is_some(),
            a.signal.is_some(),
            a.value.is_some(),
            a.parties.is_some(),
            a.atomic.is_some(),
        ];
        for ((modifier, allowed), present) in MODIFIERS.iter().zip(present) {
            let (modifier, allowed) = (*modifier, *allowed);
            if present && !allowed.contains(&verb) {
                self.key(modifier, |v| {
                    v.key_problem(
                        format!("`{modifier}` does not apply to `{verb}`"),
                        Some(format!("`{modifier}` goes with {}", allowed.join(" or "))),
                    )
                });
            }
        }
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
        let kind = match verb {
            "print" => {
                let text = a.print.as_ref()?;
                self.key("print", |v| v.template(text, &scope.vars));
                ActionKind::Print(text.clone())
            }
            "sleep" => {
                let d = self.key("sleep", |v| v.duration(a.sleep.as_ref()?))?;
                let written = match a.sleep.as_ref()? {
                    RawValue::Text(t) => t.clone(),
                    RawValue::Int(n) => format!("{n}s"),
                    RawValue::Float(f) => format!("{f}s"),
                    RawValue::Random { .. } => String::new(),
                };
                ActionKind::Sleep { duration: d, written }
            }
            "start" => {
                let target = a.start.as_ref()?;
                let def = self.key("start", |v| {
                    if target == "main" {
                        v.problem(
                            "`main` cannot be started: procscen starts it",
                            Some("start another process definition".into()),
                        );
                        return None;
                    }
                    match raw.processes.get(target) {
                        Some(def) => Some(def),
                        None => {
                            let others: Vec<&String> = raw.processes.keys().filter(|k| *k != "main").collect();
                            let help = if others.is_empty() {
                                format!("define it under `processes:`, for example `{target}: [{{print: hello}}]`")
                            } else {
                                suggest(
                                    &format!("define `{target}` under `processes:`, or start one of"),
                                    others.into_iter(),
                                )
                            };
                            v.problem(format!("there is no process named `{target}`"), Some(help));
                            None
                        }
                    }
                });
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
                ActionKind::Start { process: target.clone(), args, name, method, daemon }
            }
            "join" if matches!(scope.channels.get(a.join.as_ref()?), Some(Chan::Pool { .. })) => {
                let pool = a.join.as_ref()?;
                if scope.channels.get(pool) == Some(&Chan::Pool { closed: false }) {
                    self.key("join", |v| {
                        v.problem(
                            format!(
                                "pool `{pool}` is joined but never closed, so its workers would wait for tasks forever"
                            ),
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
                ActionKind::JoinPool(pool.clone())
            }
            "kill" => {
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
                ActionKind::Kill { name: name.clone(), signal }
            }
            "ignore" => {
                let signal = a.ignore.clone()?;
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
            "raise" => {
                let signal = a.raise.clone()?;
                self.key("raise", |v| v.signal(&signal, "`SIGSEGV`, `SIGKILL` or `SIGTERM`"));
                ActionKind::Raise(signal)
            }
            "join" => {
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
                match &a.timeout {
                    None => ActionKind::Join(name.clone()),
                    Some(t) => ActionKind::JoinWithin {
                        name: name.clone(),
                        timeout: self.key("timeout", |v| v.duration_text(t))?,
                    },
                }
            }
            "fork" => {
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
                ActionKind::Fork { parent, child, name }
            }
            "exit" => {
                let code = a.exit?;
                if !(0..=255).contains(&code) {
                    self.key("exit", |v| {
                        v.problem(
                            format!("exit code {code} is out of range"),
                            Some("write an exit code from 0 to 255".into()),
                        )
                    });
                }
                ActionKind::Exit(code.clamp(0, 255) as i32)
            }
            "let" => {
                let vars = a.let_.as_ref()?;
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
            other if sync::SYNC_VERBS.contains(&other) => self.sync_action(other, a, scope)?,
            other if lifecycle::LIFECYCLE_VERBS.contains(&other) => self.lifecycle_action(other, a, scope)?,
            other => self.ipc_action(other, a, raw, scope, roles)?,
        };
        Some(Action { label: a.label.clone(), kind })
    }

    fn check(&mut self, c: &RawCheck, roles: &HashMap<String, HashSet<String>>) -> Option<Check> {
        let kinds: Vec<&str> = [
            ("before", c.before.is_some()),
            ("concurrent", c.concurrent.is_some()),
            ("parent_of", c.parent_of.is_some()),
            ("waits_for", c.waits_for.is_some()),
            ("exit", c.exit.is_some()),
            ("same_value", c.same_value.is_some()),
            ("computed_afresh", c.computed_afresh.is_some()),
            ("value", c.value.is_some()),
            ("pid_of", c.pid_of.is_some()),
            ("same_process", c.same_process.is_some()),
            ("in_flight", c.in_flight.is_some()),
            ("count", c.count.is_some()),
            ("delivery", c.delivery.is_some()),
            ("different_process", c.different_process.is_some()),
            ("descendant_of", c.descendant_of.is_some()),
            ("nothing_left", c.nothing_left.is_some()),
            ("all_lines_match", c.all_lines_match.is_some()),
            ("fifo", c.fifo.is_some()),
            ("no_duplicated_output", c.no_duplicated_output.is_some()),
            ("mutual_exclusion", c.mutual_exclusion.is_some()),
            ("final", c.final_.is_some()),
            ("no_deadlock", c.no_deadlock.is_some()),
        ]
        .into_iter()
        .filter_map(|(k, present)| present.then_some(k))
        .collect();
        let kind = match kinds.as_slice() {
            [one] => *one,
            [] => {
                self.problem("this check has no kind", Some("start it with one of `before`, `concurrent`, `parent_of`, `waits_for`, `exit`, `same_value`, `computed_afresh`, `value`, `pid_of`, `same_process`, `different_process`, `descendant_of`, `in_flight`, `count`, `delivery`, `nothing_left`, `all_lines_match`, `fifo`, `no_duplicated_output`, `mutual_exclusion`, `final`, `no_deadlock`".into()));
                return None;
            }
            many => {
                self.problem(
                    format!("this check has {} kinds ({}); a check asserts one thing", many.len(), many.join(", ")),
                    Some("split it into one list item per check".into()),
                );
                return None;
            }
        };
        let needs_var = matches!(kind, "same_value" | "computed_afresh" | "value" | "pid_of" | "fifo");
        let var = match (&c.var, needs_var) {
            (Some(v), true) => Some(v.clone()),
            (None, true) => {
                self.key(kind, |v| {
                    v.key_problem(
                        format!("`{kind}` needs the variable whose printed value it compares"),
                        Some("add `var: NAME`".into()),
                    )
                });
                None
            }
            (Some(_), false) => {
                self.key("var", |v| {
                    v.key_problem(format!("`var` does not apply to `{kind}`"), Some("remove it".into()))
                });
                None
            }
            (None, false) => None,
        };
        if c.order.is_some() && kind != "before" {
            self.key("order", |v| {
                v.key_problem(format!("`order` does not apply to `{kind}`"), Some("`order` goes with `before`".into()))
            });
        }
        if kind != "final" && c.equals.is_some() != (kind == "value") {
            let msg = if kind == "value" { "`value` needs `equals: VALUE`" } else { "`equals` goes with `value`" };
            self.key(if kind == "value" { "value" } else { "equals" }, |v| v.key_problem(msg, None));
        }
        if c.is.is_some() != (kind == "pid_of") {
            let msg = if kind == "pid_of" { "`pid_of` needs `is: PROCESS`" } else { "`is` goes with `pid_of`" };
            self.key(if kind == "pid_of" { "pid_of" } else { "is" }, |v| v.key_problem(msg, None));
        }
        let by = match (&c.by, kind) {
            (None, _) => None,
            (Some(k), "before" | "same_process" | "different_process") if k == "task" && !self.program => {
                Some(Key::Task)
            }
            (Some(k), "before" | "same_process" | "different_process") => {
                self.key("by", |v| v.var_name(k));
                Some(Key::Var(k.clone()))
            }
            (Some(_), _) => {
                self.key("by", |v| {
                    v.key_problem(
                        format!("`by` does not apply to `{kind}`"),
                        Some("`by` goes with `before`, `same_process` and `different_process`".into()),
                    )
                });
                None
            }
        };
        if c.first_only.is_some() && kind != "before" {
            self.key("first_only", |v| {
                v.key_problem(
                    format!("`first_only` does not apply to `{kind}`"),
                    Some("`first_only` goes with `before`".into()),
                )
            });
        }
        if c.nth.is_some() && kind != "before" {
            self.key("nth", |v| {
                v.key_problem(
                    format!("`nth` does not apply to `{kind}`"),
                    Some("`nth` goes with `before` and `by`".into()),
                )
            });
        }
        if let Some(p) = c.points {
            self.points_value("points", p);
        }
        let bounded = matches!(kind, "count" | "in_flight");
        for (key, present) in
            [("at_least", c.at_least.is_some()), ("at_most", c.at_most.is_some()), ("exactly", c.exactly.is_some())]
        {
            if present && !bounded && kind != "final" {
                self.key(key, |v| {
                    v.key_problem(
                        format!("`{key}` does not apply to `{kind}`"),
                        Some(format!("`{key}` goes with `count`, `in_flight` and `final`")),
                    )
                });
            }
        }
        let bound = |v: &mut Self, key: &str, n: Option<i64>| -> Option<u32> {
            let n = n?;
            match u32::try_from(n) {
                Ok(n) => Some(n),
                Err(_) => {
                    v.key(key, |v| {
                        v.problem(format!("`{key}` must be a count, not {n}"), Some("write a number from 0 up".into()))
                    });
                    None
                }
            }
        };
        // `final` bounds an integer, not a count: `sync_check` reads its bounds.
        let bounds = if kind == "final" {
            Bounds::default()
        } else {
            Bounds {
                at_least: bound(self, "exactly", c.exactly).or_else(|| bound(self, "at_least", c.at_least)),
                at_most: bound(self, "exactly", c.exactly).or_else(|| bound(self, "at_most", c.at_most)),
            }
        };
        if bounded && bounds == Bounds::default() {
            self.key(kind, |v| {
                v.key_problem(
                    format!("`{kind}` needs a bound"),
                    Some("add `at_most: N`, `at_least: N` or `exactly: N`".into()),
                )
            });
        }
        let pair = |v: &mut Self, key: &str, sels: &[RawSelector; 2]| -> Option<(Selector, Selector)> {
            v.key(key, |v| {
                let a = v.at(Seg::Index(0), |v| v.selector(&sels[0], roles));
                let b = v.at(Seg::Index(1), |v| v.selector(&sels[1], roles));
                Some((a?, b?))
            })
        };
        let check_kind = match kind {
            "before" => {
                let (first, then) = pair(self, "before", c.before.as_ref()?)?;
                let order = match c.order.as_deref() {
                    None | Some("guaranteed") => Order::Guaranteed,
                    Some("observed") => Order::Observed,
                    Some(other) => {
                        self.key("order", |v| {
                            v.problem(
                                format!("unknown order `{other}`"),
                                Some("write `order: guaranteed` (the default) or `order: observed`".into()),
                            )
                        });
                        return None;
                    }
                };
                let nth = c.nth == Some(true);
                if c.nth.is_some() && by.is_none() {
                    self.key("nth", |v| {
                        v.key_problem(
                            "`nth` pairs the events that share a key, and needs `by`".to_owned(),
                            Some("add `by: VAR` (the variable whose values repeat)".into()),
                        )
                    });
                }
                let first_only = c.first_only == Some(true);
                if first_only && by.is_some() {
                    self.key("first_only", |v| {
                        v.key_problem(
                            "`first_only` keeps the first event of each process, which `by` does not pair".to_owned(),
                            Some("drop `by` (or `first_only`)".into()),
                        )
                    });
                }
                CheckKind::Before { first, then, order, by, nth, first_only }
            }
            "concurrent" => {
                let (a, b) = pair(self, "concurrent", c.concurrent.as_ref()?)?;
                CheckKind::Concurrent { a, b }
            }
            "parent_of" => {
                let [parent, child] = c.parent_of.as_ref()?;
                self.key("parent_of", |v| {
                    v.at(Seg::Index(0), |v| v.role(parent, roles));
                    v.at(Seg::Index(1), |v| v.role(child, roles));
                });
                CheckKind::ParentOf { parent: parent.clone(), child: child.clone() }
            }
            "waits_for" => {
                let [parent, child] = c.waits_for.as_ref()?;
                self.key("waits_for", |v| {
                    v.at(Seg::Index(0), |v| v.role(parent, roles));
                    v.at(Seg::Index(1), |v| v.role(child, roles));
                });
                CheckKind::WaitsFor { parent: parent.clone(), child: child.clone() }
            }
            "exit" => {
                let e = c.exit.as_ref()?;
                self.key("exit", |v| v.key("process", |v| v.role(&e.process, roles)));
                let ending = match (&e.code, &e.signal) {
                    (Some(code), None) => ExpectedEnding::Code(*code),
                    (None, Some(sig)) => {
                        self.key("exit", |v| v.key("signal", |v| v.signal(sig, "`SIGKILL` or `SIGTERM`")))?;
                        ExpectedEnding::Signal(sig.clone())
                    }
                    _ => {
                        self.key("exit", |v| {
                            v.problem(
                                "an exit check needs either `code` or `signal`",
                                Some("write `exit: {process: NAME, code: 0}`".into()),
                            )
                        });
                        return None;
                    }
                };
                CheckKind::Exit { process: e.process.clone(), ending }
            }
            "same_value" => {
                let (a, b) = pair(self, "same_value", c.same_value.as_ref()?)?;
                CheckKind::SameValue { var: var?, a, b }
            }
            "computed_afresh" => {
                let (a, b) = pair(self, "computed_afresh", c.computed_afresh.as_ref()?)?;
                CheckKind::ComputedAfresh { var: var?, a, b }
            }
            "value" => {
                let at = self.key("value", |v| v.selector(c.value.as_ref()?, roles))?;
                let equals = match c.equals.as_ref()? {
                    RawValue::Int(n) => n.to_string(),
                    RawValue::Float(f) => f.to_string(),
                    RawValue::Text(t) => t.clone(),
                    RawValue::Random { .. } => {
                        self.key("equals", |v| {
                            v.problem(
                                "`equals` takes a fixed value",
                                Some("write the value the event must print".into()),
                            )
                        });
                        return None;
                    }
                };
                CheckKind::Value { var: var?, at, equals }
            }
            "pid_of" => {
                let at = self.key("pid_of", |v| v.selector(c.pid_of.as_ref()?, roles))?;
                let process = c.is.clone()?;
                // `writer` names the process that printed each selected event, unless the
                // scenario has a process of that name.
                if process != WRITER || roles.contains_key(WRITER) {
                    self.key("is", |v| v.role(&process, roles));
                }
                CheckKind::PidOf { var: var?, at, process }
            }
            "same_process" => {
                let (a, b) = pair(self, "same_process", c.same_process.as_ref()?)?;
                CheckKind::SameProcess { a, b, by }
            }
            "in_flight" => {
                let what = match c.in_flight.as_ref()? {
                    RawInFlight::Pool(pool) => {
                        if !roles.contains_key(&worker_name(pool)) {
                            self.key("in_flight", |v| {
                                v.problem(
                                    format!("there is no pool named `{pool}`"),
                                    Some("name a pool made with `pool: NAME`, or write `[START, END]` events".into()),
                                )
                            });
                            return None;
                        }
                        InFlight::Pool(pool.clone())
                    }
                    RawInFlight::Spans(sels) => {
                        let (start, end) = pair(self, "in_flight", sels)?;
                        InFlight::Spans { start, end }
                    }
                };
                CheckKind::InFlight { what, bounds }
            }
            "count" => {
                let counted = c.count.as_ref()?;
                let what = self.key("count", |v| match (&counted.processes, &counted.events, &counted.workers) {
                    (Some(p), None, None) => {
                        v.key("processes", |v| v.role(p, roles)).map(|_| Counted::Processes(p.clone()))
                    }
                    (None, Some(e), None) => v.key("events", |v| v.selector(e, roles)).map(Counted::Events),
                    (None, None, Some(pool)) => {
                        if roles.contains_key(&worker_name(pool)) {
                            Some(Counted::Workers(pool.clone()))
                        } else {
                            v.key("workers", |v| v.problem(format!("there is no pool named `{pool}`"), None));
                            None
                        }
                    }
                    _ => {
                        v.problem(
                            "`count` needs exactly one of `processes`, `events` and `workers`",
                            Some("write `count: {processes: NAME}`".into()),
                        );
                        None
                    }
                })?;
                CheckKind::Count { what, bounds }
            }
            "delivery" => CheckKind::Delivery { channel: c.delivery.clone()? },
            "different_process" => {
                let (a, b) = pair(self, "different_process", c.different_process.as_ref()?)?;
                CheckKind::DifferentProcess { a, b, by }
            }
            "descendant_of" => {
                let [ancestor, descendant] = c.descendant_of.as_ref()?;
                self.key("descendant_of", |v| {
                    v.at(Seg::Index(0), |v| v.role(ancestor, roles));
                    v.at(Seg::Index(1), |v| v.role(descendant, roles));
                });
                CheckKind::DescendantOf { ancestor: ancestor.clone(), descendant: descendant.clone() }
            }
            "nothing_left" => {
                if c.nothing_left == Some(false) {
                    self.key("nothing_left", |v| {
                        v.problem(
                            "`nothing_left: false` asserts nothing",
                            Some("write `nothing_left: true`, or remove the check".into()),
                        )
                    });
                }
                CheckKind::NothingLeft
            }
            "all_lines_match" => {
                if !self.program {
                    self.key("all_lines_match", |v| {
                        v.key_problem(
                            "`all_lines_match` checks the lines of a `program`",
                            Some("use it in a scenario with `program:` and `lines:`".into()),
                        )
                    });
                    return None;
                }
                CheckKind::AllLinesMatch
            }
            "fifo" => {
                let (a, b) = pair(self, "fifo", c.fifo.as_ref()?)?;
                CheckKind::Fifo { var: var?, a, b }
            }
            "no_duplicated_output" => {
                if c.no_duplicated_output == Some(false) {
                    self.key("no_duplicated_output", |v| {
                        v.problem(
                            "`no_duplicated_output: false` asserts nothing",
                            Some("write `no_duplicated_output: true`, or remove the check".into()),
                        )
                    });
                }
                CheckKind::NoDuplicatedOutput
            }
            "mutual_exclusion" | "final" | "no_deadlock" => self.sync_check(kind, c)?,
            _ => unreachable!("kind list and match arms agree"),
        };
        let name = c.name.clone().unwrap_or_else(|| describe(&check_kind));
        let visibility = match c.visibility.as_deref() {
            None | Some("visible") => Visibility::Visible,
            Some("hidden") => Visibility::Hidden,
            Some("after_due_date") => Visibility::AfterDueDate,
            Some("after_published") => Visibility::AfterPublished,
            Some(other) => {
                self.key("visibility", |v| {
                    v.problem(
                        format!("unknown visibility `{other}`"),
                        Some("write `visible`, `hidden`, `after_due_date` or `after_published`".into()),
                    )
                });
                Visibility::Visible
            }
        };
        if let Some(date) = &c.hidden_until {
            if !is_date(date) {
                self.key("hidden_until", |v| {
                    v.problem(
                        format!("`{date}` is not a date"),
                        Some("write it as YYYY-MM-DD, e.g. `2026-12-24`".into()),
                    )
                });
            }
        }
        Some(Check {
            name,
            points: c.points,
            kind: check_kind,
            needs: Vec::new(),
            visibility,
            hidden_until: c.hidden_until.clone(),
        })
    }

    fn selector(&mut self, s: &RawSelector, roles: &HashMap<String, HashSet<String>>) -> Option<Selector> {
        let (process, matching) = match s {
            RawSelector::Short(text) => match text.split_once('.') {
                None if self.program && self.line_names.contains(text) => {
                    return Some(Selector {
                        process: ANY_PROCESS.to_owned(),
                        matching: EventMatch::Label(text.clone()),
                    })
                }
                Some((p, l)) if !p.is_empty() && !l.is_empty() => (p.to_owned(), EventMatch::Label(l.to_owned())),
                _ => {
                    self.problem(format!("`{text}` does not name an event"), Some("write `PROCESS.LABEL` (a label set with `label:` on an action), or `{process: NAME, text: \"...\"}`".into()));
                    return None;
                }
            },
            RawSelector::Long(l) => match (&l.label, &l.text, &l.line) {
                (Some(label), None, None) => (l.process.clone(), EventMatch::Label(label.clone())),
                (None, Some(text), None) => (l.process.clone(), EventMatch::Text(text.clone())),
                (None, None, Some(line)) => (l.process.clone(), EventMatch::Line(line.clone())),
                _ => {
                    self.problem(
                        "an event selector needs exactly one of `label`, `text` and `line`",
                        Some("write `{process: main, text: \"Process end.\"}`".into()),
                    );
                    return None;
                }
            },
        };
        let labels = self.role(&process, roles)?;
        if let EventMatch::Label(l) = &matching {
            if !labels.contains(l) {
                let mut known: Vec<&String> = labels.iter().collect();
                known.sort();
                self.problem(
                    format!("process `{process}` has no action labelled `{l}`"),
                    Some(suggest("use one of its labels:", known.into_iter())),
                );
                return None;
            }
        }
        Some(Selector { process, matching })
    }

    fn role<'r>(&mut self, name: &str, roles: &'r HashMap<String, HashSet<String>>) -> Option<&'r HashSet<String>> {
        let found = roles.get(name);
        if found.is_none() {
            let mut known: Vec<&String> = roles.keys().collect();
            known.sort();
            self.problem(
                format!("there is no process named `{name}`"),
                Some(suggest("name one of", known.into_iter())),
            );
        }
        found
    }

    /// The `args:` of a `start` or `submit`, each checked against the variables in scope.
    fn args(&mut self, a: &RawAction, vars: &BTreeSet<String>) -> Vec<ValueExpr> {
        let raw = a.args.as_deref().unwrap_or(&[]);
        raw.iter()
            .enumerate()
            .map(|(i, arg)| self.key("args", |v| v.at(Seg::Index(i), |v| v.value(arg, vars))))
            .collect()
    }

    fn value(&mut self, value: &RawValue, vars: &BTreeSet<String>) -> ValueExpr {
        match value {
            RawValue::Int(n) => ValueExpr::Template(n.to_string()),
            RawValue::Float(f) => ValueExpr::Template(f.to_string()),
            RawValue::Text(t) => {
                self.template(t, vars);
                ValueExpr::Template(t.clone())
            }
            RawValue::Random { random: [low, high] } => {
                if low > high {
                    self.problem(
                        format!("the random range [{low}, {high}] is empty"),
                        Some(format!("write the smaller bound first: `random: [{high}, {low}]`")),
                    );
                }
                ValueExpr::Random { low: *low, high: *high }
            }
        }
    }

    fn template(&mut self, text: &str, vars: &BTreeSet<String>) {
        match crate::template::holes(text) {
            Ok(holes) => {
                for hole in holes {
                    match crate::template::hole_variables(hole) {
                        Ok(names) => {
                            for name in names.into_iter().filter(|n| !vars.contains(*n)) {
                                let help = suggest("use one of", vars.iter());
                                self.problem(format!("unknown variable `{{{name}}}`"), Some(help));
                            }
                        }
                        Err(e) => self.problem(e, Some("write `{name}` or arithmetic such as `{i*i}`".into())),
                    }
                }
            }
            Err(e) => self.problem(e, Some("write `{{` and `}}` for literal braces".into())),
        }
    }

    fn duration(&mut self, value: &RawValue) -> Option<Duration> {
        match value {
            RawValue::Int(n) if *n < 0 => {
                self.problem(
                    "a duration cannot be negative",
                    Some("write a positive duration such as `150ms` or `2s`".into()),
                );
                None
            }
            RawValue::Int(n) => self.seconds(*n as f64),
            RawValue::Float(f) => self.seconds(*f),
            RawValue::Text(t) => self.duration_text(t),
            RawValue::Random { .. } => {
                self.problem("a duration cannot be random", Some("write a fixed duration such as `150ms`".into()));
                None
            }
        }
    }

    /// A duration given as a number of seconds.
    fn seconds(&mut self, n: f64) -> Option<Duration> {
        match super::bounds::seconds(n) {
            Ok(d) => Some(d),
            Err(e) => {
                self.problem(e, Some("write a duration from `0s` to `24h`, such as `150ms` or `2s`".into()));
                None
            }
        }
    }

    fn duration_text(&mut self, text: &str) -> Option<Duration> {
        match parse_duration(text) {
            Ok(d) => Some(d),
            Err(e) => {
                self.problem(
                    e,
                    Some(
                        "write a duration from `0s` to `24h`, such as `150ms`, `2s` or `1.5s` (units: us, ms, s, m, h)"
                            .into(),
                    ),
                );
                None
            }
        }
    }

    fn method(&mut self, m: &str) -> StartMethod {
        parse_method(m).unwrap_or_else(|| {
            self.problem(
                format!("unknown start method `{m}`"),
                Some("write `fork` (a copy of the parent) or `spawn` (a fresh process image)".into()),
            );
            StartMethod::Fork
        })
    }

    /// Parses a signal's name, reporting an unknown one at the current path; `examples` are
    /// names the help suggests.
    fn signal(&mut self, name: &str, examples: &str) -> Option<nix::sys::signal::Signal> {
        let parsed = name.parse::<nix::sys::signal::Signal>().ok();
        if parsed.is_none() {
            self.problem(format!("unknown signal `{name}`"), Some(format!("write a signal name such as {examples}")));
        }
        parsed
    }

    /// The names a started child's `as` gives it: a name, or a template over loop variables
    /// (`kid{i}`), expanded when the loop's values are known before the run; otherwise the
    /// template is kept in `scope` as a pattern.
    fn child_names(&mut self, name: &str, scope: &mut Scope) -> Vec<String> {
        if !name.contains('{') {
            self.var_name(name);
            return vec![name.to_owned()];
        }
        self.template(name, &scope.vars);
        let literal: String = name
            .split('{')
            .enumerate()
            .map(|(i, p)| if i == 0 { p } else { p.split_once('}').map_or("", |(_, rest)| rest) })
            .collect();
        if !literal.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
            self.problem(
                format!("`{name}` is not a usable name"),
                Some("use letters, digits, `_` and `{VAR}` holes, as in `kid{i}`".into()),
            );
            return Vec::new();
        }
        match expand(name, &scope.loops) {
            Some(names) => {
                if let Some(bad) = names.iter().find(|n| !is_identifier(n)) {
                    self.problem(
                        format!("`{name}` makes the name `{bad}`, which is not usable"),
                        Some("start the name with a letter or `_`, as in `kid{i}`; values must be letters, digits and `_`".into()),
                    );
                }
                names
            }
            None => {
                let pattern: String =
                    crate::template::holes(name).unwrap_or_default().iter().fold(regex::escape(name), |re, hole| {
                        re.replacen(&regex::escape(&format!("{{{hole}}}")), "[A-Za-z0-9_]+", 1)
                    });
                if let Ok(re) = regex::Regex::new(&format!("^{pattern}$")) {
                    scope.child_templates.push((name.to_owned(), re));
                }
                Vec::new()
            }
        }
    }

    fn var_name(&mut self, name: &str) {
        if !is_identifier(name) {
            self.problem(
                format!("`{name}` is not a usable name"),
                Some("use letters, digits and `_`, starting with a letter or `_`".into()),
            );
        }
    }

    fn var_name_at_key(&mut self, name: &str, what: &str) {
        if !is_identifier(name) {
            self.key_problem(
                format!("`{name}` is not a usable {what} name"),
                Some("use letters, digits and `_`, starting with a letter or `_`".into()),
            );
        }
    }
}

/// Labels that a process started under another name can carry: those of its definition.
fn role_labels(raw: &RawScenario, def: &str) -> HashSet<String> {
    fn collect(list: &[RawAction], out: &mut HashSet<String>) {
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

fn parse_method(m: &str) -> Option<StartMethod> {
    match m {
        "fork" => Some(StartMethod::Fork),
        "spawn" => Some(StartMethod::Spawn),
        _ => None,
    }
}

fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

fn suggest<'s>(lead: &str, names: impl Iterator<Item = &'s String>) -> String {
    let names: Vec<String> = names.map(|n| format!("`{n}`")).collect();
    if names.is_empty() {
        "there is nothing of that kind in this scenario yet".to_owned()
    } else {
        format!("{lead} {}", names.join(", "))
    }
}

/// Parses `150ms`, `2s`, `1.5s`, `10us`, `1m`.
/// True for a `YYYY-MM-DD` date.
fn is_date(text: &str) -> bool {
    let parts: Vec<&str> = text.split('-').collect();
    matches!(parts.as_slice(), [y, m, d] if y.len() == 4 && m.len() == 2 && d.len() == 2
        && parts.iter().all(|p| p.bytes().all(|b| b.is_ascii_digit()))
        && (1..=12).contains(&m.parse::<u32>().unwrap_or(0))
        && (1..=31).contains(&d.parse::<u32>().unwrap_or(0)))
}

pub fn parse_duration(text: &str) -> Result<Duration, String> {
    let t = text.trim();
    if t.starts_with('-') {
        return Err(format!("a duration cannot be negative: `{text}`"));
    }
    let split = t.find(|c: char| !(c.is_ascii_digit() || c == '.')).unwrap_or(t.len());
    let (number, unit) = t.split_at(split);
    let n: f64 = number.parse().map_err(|_| format!("`{text}` is not a duration"))?;
    let seconds = match unit.trim() {
        "us" | "µs" => n / 1e6,
        "ms" => n / 1e3,
        "s" | "" => n,
        "m" | "min" => n * 60.0,
        "h" => n * 3600.0,
        other => return Err(format!("unknown unit `{other}` in `{text}`")),
    };
    if seconds > super::bounds::MAX_DURATION.as_secs_f64() {
        return Err(format!("`{text}` is longer than the longest duration procscen accepts (24h)"));
    }
    let d = Duration::try_from_secs_f64(seconds).map_err(|_| format!("`{text}` is not a usable duration"))?;
    super::bounds::check_duration(d, text)
}

/// A description of a check for reports, when the file gives it no name.
fn describe(kind: &CheckKind) -> String {
    match kind {
        CheckKind::MutualExclusion { name } => format!("no two critical sections of {name} are concurrent"),
        CheckKind::Final { name, bounds } => format!("{name} ends {bounds}"),
        CheckKind::NoDeadlock => "no processes wait for each other's locks forever".to_owned(),
        CheckKind::SameProcess { a, b, by: Some(Key::Task) } => format!("{a} and {b} of each task run in one process"),
        CheckKind::SameProcess { a, b, by: Some(Key::Var(k)) } => {
            format!("{a} and {b} with the same {k} run in one process")
        }
        CheckKind::DifferentProcess { a, b, .. } => format!("{a} and {b} run in different processes"),
        CheckKind::DescendantOf { ancestor, descendant } => format!("{descendant} descends from {ancestor}"),
        CheckKind::NothingLeft => "no process is left running or unreaped".to_owned(),
        CheckKind::SameProcess { a, b, by: None } => format!("{a} and {b} run in one process"),
        CheckKind::InFlight { what: InFlight::Pool(pool), bounds } => format!("{bounds} tasks of {pool} run at once"),
        CheckKind::InFlight { what: InFlight::Spans { start, end }, bounds } => {
            format!("{bounds} spans from {start} to {end} at once")
        }
        CheckKind::AllLinesMatch => "every line printed matches a line pattern".to_owned(),
        CheckKind::Fifo { var, a, b } => format!("{b} takes each {var} of {a} in the order written"),
        CheckKind::NoDuplicatedOutput => "no child writes again what its parent wrote before the fork".to_owned(),
        CheckKind::Count { what: Counted::Processes(p), bounds } => format!("{bounds} processes named {p}"),
        CheckKind::Count { what: Counted::Events(s), bounds } => format!("{bounds} events {s}"),
        CheckKind::Count { what: Counted::Workers(p), bounds } => format!("{bounds} distinct workers run tasks of {p}"),
        CheckKind::Delivery { channel } => format!("every item of {channel} is taken once, after its put, in order"),
        CheckKind::Before { first, then, order, .. } => {
            format!("{first} before {then} ({})", if *order == Order::Guaranteed { "guaranteed" } else { "observed" })
        }
        CheckKind::Concurrent { a, b } => format!("{a} concurrent with {b}"),
        CheckKind::ParentOf { parent, child } => format!("{parent} is the parent of {child}"),
        CheckKind::WaitsFor { parent, child } => format!("{parent} waits for {child}"),
        CheckKind::Exit { process, ending: ExpectedEnding::Code(c) } => format!("{process} exits with code {c}"),
        CheckKind::Exit { process, ending: ExpectedEnding::Signal(s) } => format!("{process} is killed by {s}"),
        CheckKind::SameValue { var, a, b } => format!("{a} and {b} print the same {var}"),
        CheckKind::ComputedAfresh { var, a, b } => format!("{b} prints a {var} computed afresh, not {a}'s"),
        CheckKind::Value { var, at, equals } => format!("{at} prints {var} = {equals}"),
        CheckKind::PidOf { var, at, process } if process == WRITER => format!("{at} prints its own pid as {var}"),
        CheckKind::PidOf { var, at, process } => format!("{at} prints the pid of {process} as {var}"),
    }
}

#[cfg(test)]
mod tests {
    use super::parse_duration;
    use std::time::Duration;

    #[test]
    fn durations() {
        assert_eq!(parse_duration("150ms"), Ok(Duration::from_millis(150)));
        assert_eq!(parse_duration("1.5s"), Ok(Duration::from_millis(1500)));
        assert_eq!(parse_duration("2"), Ok(Duration::from_secs(2)));
        assert!(parse_duration("-1s").unwrap_err().contains("negative"));
        assert!(parse_duration("3 fortnights").unwrap_err().contains("unknown unit"));
    }
}
