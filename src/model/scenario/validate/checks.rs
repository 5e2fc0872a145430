//! The checks under `expect:`: the key each starts with, the modifiers that go with it, the
//! events and processes it names, and its `needs`.

use super::*;

/// The longest `hint` a check may carry, in characters: a sentence or two, which every report
/// shows whole.
const MAX_HINT: usize = 600;

impl Validator<'_> {
    /// Resolves each check's `needs` to the indices of earlier checks.
    pub(super) fn needs(&mut self, raw: &RawScenario, checks: &mut [Check]) {
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

    /// One check under `expect:`; `roles` are the labels each process name can carry.
    pub(super) fn check(&mut self, c: &RawCheck, roles: &Roles) -> Option<Check> {
        let kind = self.check_verb(c)?;
        // The problems of one key come out in the order they are found: keep this order.
        self.stray_modifiers(c, kind);
        let var = self.check_var(c, kind);
        let by = self.check_modifiers(c, kind);
        let bounds = self.count_bounds(c, kind);
        let check_kind = self.check_kind(kind, c, roles, var, by, bounds)?;
        let name = c.name.clone().unwrap_or_else(|| describe(&check_kind));
        let visibility = self.visibility(c);
        Some(Check {
            name,
            points: c.points,
            kind: check_kind,
            needs: Vec::new(),
            visibility,
            hidden_until: c.hidden_until.clone(),
            hint: self.hint(c),
        })
    }

    /// The one kind of `c`, or a problem when it has none or several.
    fn check_verb(&mut self, c: &RawCheck) -> Option<CheckVerb> {
        let kinds = c.verbs();
        match kinds.as_slice() {
            [one] => Some(*one),
            [] => {
                let all: Vec<String> = CheckVerb::ALL.iter().map(|k| format!("`{k}`")).collect();
                self.problem("this check has no kind", Some(format!("start it with one of {}", all.join(", "))));
                None
            }
            many => {
                let names: Vec<&str> = many.iter().map(|k| k.name()).collect();
                self.problem(
                    format!("this check has {} kinds ({}); a check asserts one thing", many.len(), names.join(", ")),
                    Some("split it into one list item per check".into()),
                );
                None
            }
        }
    }

    /// The `var:` of a check that compares printed values, or a problem where it is missing
    /// (`stray_modifiers` reports one where it does not go).
    fn check_var(&mut self, c: &RawCheck, kind: CheckVerb) -> Option<String> {
        match (&c.var, goes_with("var", kind)) {
            (Some(v), true) => Some(v.clone()),
            (None, true) => {
                self.key(kind.name(), |v| {
                    v.key_problem(
                        format!("`{kind}` needs the variable whose printed value it compares"),
                        Some("add `var: NAME`".into()),
                    )
                });
                None
            }
            // Where `var` does not go, `stray_modifiers` said so.
            (_, false) => None,
        }
    }

    /// Reports each modifier of `c` that does not go with `kind` (`RawCheck`'s table says
    /// which kinds each goes with), at its key.
    fn stray_modifiers(&mut self, c: &RawCheck, kind: CheckVerb) {
        for m in RawCheck::MODIFIERS.iter().filter(|m| (m.written)(c) && !m.goes_with.contains(&kind)) {
            let key = m.key;
            let (message, help) = match key {
                "var" => (format!("`var` does not apply to `{kind}`"), Some("remove it".to_owned())),
                // Each is required by the first kind in its row (`value`, `pid_of`): name that
                // one (`final` reads an `equals` too, as a bound, but does not need it).
                "equals" | "is" => (format!("`{key}` goes with `{}`", m.goes_with[0]), None),
                _ => {
                    // `nth` pairs the events that share a `by` key, so it needs `by` as well.
                    let kinds = m.goes_with.iter().map(|k| k.name()).chain((key == "nth").then_some("by"));
                    let kinds: Vec<String> = kinds.map(|k| format!("`{k}`")).collect();
                    let kinds = match kinds.split_last() {
                        Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
                        _ => kinds.concat(),
                    };
                    (format!("`{key}` does not apply to `{kind}`"), Some(format!("`{key}` goes with {kinds}")))
                }
            };
            self.key(key, |v| v.key_problem(message, help));
        }
    }

    /// Reports the modifiers `kind` needs and `c` lacks; returns its `by:`.
    fn check_modifiers(&mut self, c: &RawCheck, kind: CheckVerb) -> Option<Key> {
        if kind == CheckVerb::Value && c.equals.is_none() && c.computed.is_none() {
            self.key("value", |v| {
                v.key_problem(
                    "`value` needs `equals: VALUE` or `computed: EXPR`",
                    Some("add `equals: 42`, or `computed: task * task` to compute it from the line's captures".into()),
                )
            });
        }
        if kind == CheckVerb::Value && c.equals.is_some() && c.computed.is_some() {
            self.key("computed", |v| {
                v.key_problem("`value` takes `equals` or `computed`, not both", Some("remove one of them".into()))
            });
        }
        if kind == CheckVerb::PidOf && c.is.is_none() {
            self.key("pid_of", |v| v.key_problem("`pid_of` needs `is: PROCESS`", None));
        }
        let by = match &c.by {
            Some(k) if goes_with("by", kind) && k == "task" && !self.program => Some(Key::Task),
            Some(k) if goes_with("by", kind) && k == "process" => Some(Key::Process),
            Some(k) if goes_with("by", kind) => {
                self.key("by", |v| v.var_name(k));
                Some(Key::Var(k.clone()))
            }
            // None, or one where `by` does not go, which `stray_modifiers` reported.
            _ => None,
        };
        if let Some(p) = c.points {
            self.points_value("points", p);
        }
        by
    }

    /// The bounds of a `count` or `in_flight` (`final` bounds an integer: `final_check` reads
    /// its bounds).
    fn count_bounds(&mut self, c: &RawCheck, kind: CheckVerb) -> Bounds {
        let bounded = matches!(kind, CheckVerb::Count | CheckVerb::InFlight);
        if kind == CheckVerb::Final {
            return Bounds::default();
        }
        // `exactly` read once: read for each bound, a bad one was reported twice.
        let exactly = self.count("exactly", c.exactly);
        let bounds = Bounds {
            at_least: exactly.or_else(|| self.count("at_least", c.at_least)),
            at_most: exactly.or_else(|| self.count("at_most", c.at_most)),
        };
        // A bound that is given but wrong is reported as such, not also as missing.
        let given = c.exactly.is_some() || c.at_least.is_some() || c.at_most.is_some();
        if bounded && !given {
            self.key(kind.name(), |v| {
                v.key_problem(
                    format!("`{kind}` needs a bound"),
                    Some("add `at_most: N`, `at_least: N` or `exactly: N`".into()),
                )
            });
        }
        bounds
    }

    /// The count under `key`, when it is given and is one.
    fn count(&mut self, key: &str, n: Option<i64>) -> Option<u32> {
        let n = n?;
        match u32::try_from(n) {
            Ok(n) => Some(n),
            Err(_) => {
                self.key(key, |v| {
                    v.problem(format!("`{key}` must be a count, not {n}"), Some("write a number from 0 up".into()))
                });
                None
            }
        }
    }

    /// What a check of `kind` asserts: one arm per kind, so that a new kind does not compile
    /// until it is validated.
    fn check_kind(
        &mut self,
        kind: CheckVerb,
        c: &RawCheck,
        roles: &Roles,
        var: Option<String>,
        by: Option<Key>,
        bounds: Bounds,
    ) -> Option<CheckKind> {
        Some(match kind {
            CheckVerb::Before => self.before(c, by, roles)?,
            CheckVerb::Concurrent => {
                let (a, b) = self.pair(kind, c.concurrent.as_ref()?, roles)?;
                CheckKind::Concurrent { a, b }
            }
            CheckVerb::ParentOf => {
                let (parent, child) = self.processes(kind, c.parent_of.as_ref()?, roles);
                CheckKind::ParentOf { parent, child, directly: c.directly == Some(true) }
            }
            CheckVerb::WaitsFor => {
                let (parent, child) = self.processes(kind, c.waits_for.as_ref()?, roles);
                CheckKind::WaitsFor { parent, child }
            }
            CheckVerb::DescendantOf => {
                let (ancestor, descendant) = self.processes(kind, c.descendant_of.as_ref()?, roles);
                CheckKind::DescendantOf { ancestor, descendant }
            }
            CheckVerb::Exit => self.exit_check(c.exit.as_ref()?, roles)?,
            CheckVerb::SameValue => {
                let (a, b) = self.pair(kind, c.same_value.as_ref()?, roles)?;
                CheckKind::SameValue { var: var?, a, b }
            }
            CheckVerb::ComputedAfresh => {
                let (a, b) = self.pair(kind, c.computed_afresh.as_ref()?, roles)?;
                CheckKind::ComputedAfresh { var: var?, a, b }
            }
            CheckVerb::Fifo => {
                let (a, b) = self.pair(kind, c.fifo.as_ref()?, roles)?;
                CheckKind::Fifo { var: var?, a, b, unread_allowed: c.all_read == Some(false) }
            }
            CheckVerb::Value => self.value_check(c, var, roles)?,
            CheckVerb::PidOf => {
                let at = self.key("pid_of", |v| v.selector(c.pid_of.as_ref()?, roles))?;
                let process = c.is.clone()?;
                // `writer` names the process that printed each selected event, unless the
                // scenario has a process of that name.
                if process != WRITER || roles.contains_key(WRITER) {
                    self.key("is", |v| v.role(&process, roles));
                }
                CheckKind::PidOf { var: var?, at, process }
            }
            CheckVerb::SameProcess => {
                let (a, b) = self.pair(kind, c.same_process.as_ref()?, roles)?;
                CheckKind::SameProcess { a, b, by }
            }
            CheckVerb::DifferentProcess => {
                let (a, b) = self.pair(kind, c.different_process.as_ref()?, roles)?;
                CheckKind::DifferentProcess { a, b, by }
            }
            CheckVerb::InFlight => {
                self.in_flight(c.in_flight.as_ref()?, c.ends_at_send.unwrap_or(false), bounds, roles)?
            }
            CheckVerb::Count => self.count_check(c.count.as_ref()?, bounds, roles)?,
            CheckVerb::Delivery => CheckKind::Delivery { channel: c.delivery.clone()? },
            CheckVerb::NothingLeft => {
                self.asserts_something(kind, c.nothing_left);
                CheckKind::NothingLeft
            }
            CheckVerb::Received => {
                if !self.program_only(
                    "received",
                    "`received` checks what an observed `program` read from its pipes and sockets",
                    "use `fifo` or `delivery` in a scenario without `program:`",
                ) {
                    return None;
                }
                let at = self.key("received", |v| v.selector(c.received.as_ref()?, roles))?;
                CheckKind::Received { var: var?, at }
            }
            CheckVerb::AllLinesMatch => {
                if !self.program_only(
                    "all_lines_match",
                    "`all_lines_match` checks the lines of a `program`",
                    "use it in a scenario with `program:` and `lines:`",
                ) {
                    return None;
                }
                CheckKind::AllLinesMatch
            }
            CheckVerb::NoDuplicatedOutput => {
                self.asserts_something(kind, c.no_duplicated_output);
                CheckKind::NoDuplicatedOutput
            }
            CheckVerb::MutualExclusion => {
                CheckKind::MutualExclusion { name: self.declared_object(kind, c.mutual_exclusion.as_ref()?, LOCKS)? }
            }
            CheckVerb::Final => self.final_check(c)?,
            CheckVerb::NoDeadlock => {
                self.asserts_something(kind, c.no_deadlock);
                CheckKind::NoDeadlock
            }
            CheckVerb::Acquired => self.acquired_check(c, roles)?,
        })
    }

    /// The two events of a check of `kind` that compares a pair.
    fn pair(&mut self, kind: CheckVerb, sels: &[RawSelector; 2], roles: &Roles) -> Option<(Selector, Selector)> {
        self.key(kind.name(), |v| {
            let a = v.at(Seg::Index(0), |v| v.selector(&sels[0], roles));
            let b = v.at(Seg::Index(1), |v| v.selector(&sels[1], roles));
            Some((a?, b?))
        })
    }

    /// The two process names of a check of `kind` about how two processes are related.
    fn processes(&mut self, kind: CheckVerb, [a, b]: &[String; 2], roles: &Roles) -> (String, String) {
        self.key(kind.name(), |v| {
            v.at(Seg::Index(0), |v| v.role(a, roles));
            v.at(Seg::Index(1), |v| v.role(b, roles));
        });
        (a.clone(), b.clone())
    }

    /// A `true` that a check of `kind` takes: `false` would assert nothing.
    fn asserts_something(&mut self, kind: CheckVerb, value: Option<bool>) {
        if value == Some(false) {
            self.key(kind.name(), |v| {
                v.problem(
                    format!("`{kind}: false` asserts nothing"),
                    Some(format!("write `{kind}: true`, or remove the check")),
                )
            });
        }
    }

    fn before(&mut self, c: &RawCheck, by: Option<Key>, roles: &Roles) -> Option<CheckKind> {
        let (first, then) = self.pair(CheckVerb::Before, c.before.as_ref()?, roles)?;
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
        // `by: process` pairs each process's first A with its own Bs: a child's first receive
        // before its own sends, not before another child's (blind31: two children).
        if first_only && by.as_ref().is_some_and(|k| *k != Key::Process) {
            self.key("first_only", |v| {
                v.key_problem(
                    "`first_only` keeps the first event of each process, which `by` pairs only as `by: process`"
                        .to_owned(),
                    Some("drop `by` (or `first_only`), or write `by: process`".into()),
                )
            });
        }
        let ignoring = self.ignoring(c, order);
        Some(CheckKind::Before { first, then, order, by, nth, first_only, ignoring })
    }

    /// `before`'s `ignoring`: kinds of edge, by name; only for the guaranteed order (an observed
    /// order is by timestamps, which no edge makes).
    fn ignoring(&mut self, c: &RawCheck, order: Order) -> Vec<EdgeKind> {
        let Some(names) = &c.ignoring else { return Vec::new() };
        if order == Order::Observed {
            self.key("ignoring", |v| {
                v.key_problem(
                    "`ignoring` leaves edges out of the guaranteed order; `order: observed` compares timestamps"
                        .to_owned(),
                    Some("drop `order: observed` (or `ignoring`)".into()),
                )
            });
            return Vec::new();
        }
        let mut kinds = Vec::new();
        for (i, name) in names.iter().enumerate() {
            match EdgeKind::named(name) {
                Some(k) => kinds.push(k),
                None => self.key("ignoring", |v| {
                    v.at(Seg::Index(i), |v| {
                        let known: Vec<&str> = EdgeKind::ALL.iter().map(|k| k.as_str()).collect();
                        v.problem(
                            format!("unknown kind of edge `{name}`"),
                            Some(format!("write one of: {}", known.join(", "))),
                        )
                    })
                }),
            }
        }
        kinds
    }

    fn exit_check(&mut self, e: &RawExit, roles: &Roles) -> Option<CheckKind> {
        self.key("exit", |v| v.key("process", |v| v.role(&e.process, roles)));
        let ending = match (&e.code, &e.signal) {
            (Some(code), None) => ExpectedEnding::Code(*code),
            (None, Some(sig)) => {
                let sig = self.key("exit", |v| v.key("signal", |v| v.signal(sig, "`SIGKILL` or `SIGTERM`")))?;
                ExpectedEnding::Signal(sig.into())
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
        Some(CheckKind::Exit { process: e.process.clone(), ending })
    }

    fn value_check(&mut self, c: &RawCheck, var: Option<String>, roles: &Roles) -> Option<CheckKind> {
        let at = self.key("value", |v| v.selector(c.value.as_ref()?, roles))?;
        if let (Some(text), None) = (&c.computed, &c.equals) {
            let expr = self.key("computed", |v| match Expr::parse(text) {
                Ok(expr) => Some(expr),
                Err(e) => {
                    v.problem(
                        format!("`computed: {text}` does not parse at byte {}: {}", e.offset, e.message),
                        Some("write whole numbers and the line's captures with `+`, `-`, `*` and parentheses (`task * task`)".into()),
                    );
                    None
                }
            })?;
            for name in expr.vars() {
                self.key("computed", |v| v.var_name(name));
            }
            return Some(CheckKind::Computed { var: var?, at, expr });
        }
        let equals = match c.equals.as_ref()? {
            RawValue::Int(n) => n.to_string(),
            RawValue::Float(f) => f.to_string(),
            RawValue::Text(t) => t.clone(),
            RawValue::Random { .. } => {
                self.key("equals", |v| {
                    v.problem("`equals` takes a fixed value", Some("write the value the event must print".into()))
                });
                return None;
            }
        };
        Some(CheckKind::Value { var: var?, at, equals })
    }

    fn in_flight(
        &mut self,
        what: &RawInFlight,
        ends_at_send: bool,
        bounds: Bounds,
        roles: &Roles,
    ) -> Option<CheckKind> {
        let what = match what {
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
                if ends_at_send {
                    self.key("ends_at_send", |v| {
                        v.key_problem(
                            "`ends_at_send` goes with `in_flight: [START, END]`, not with a pool's tasks",
                            Some("remove it: a pool's task ends at its own end event".into()),
                        )
                    });
                }
                InFlight::Pool(pool.clone())
            }
            RawInFlight::Spans(sels) => {
                let (start, end) = self.pair(CheckVerb::InFlight, sels, roles)?;
                InFlight::Spans { start, end, ends_at_send }
            }
        };
        Some(CheckKind::InFlight { what, bounds })
    }

    fn count_check(&mut self, counted: &RawCounted, bounds: Bounds, roles: &Roles) -> Option<CheckKind> {
        let keys = (&counted.processes, &counted.events, &counted.workers, &counted.alive, &counted.silent_children);
        let what = self.key("count", |v| match keys {
            (Some(p), None, None, None, None) => {
                v.key("processes", |v| v.role(p, roles)).map(|_| Counted::Processes(p.clone()))
            }
            (None, None, None, None, Some(p)) => {
                v.key("silent_children", |v| v.role(p, roles)).map(|_| Counted::SilentChildren(p.clone()))
            }
            (None, Some(e), None, None, None) => v.key("events", |v| v.selector(e, roles)).map(Counted::Events),
            (None, None, None, Some(p), None) => {
                v.key("alive", |v| v.role(p, roles)).map(|_| Counted::Alive(p.clone()))
            }
            (None, None, Some(pool), None, None) => {
                if roles.contains_key(&worker_name(pool)) {
                    Some(Counted::Workers(pool.clone()))
                } else {
                    v.key("workers", |v| v.problem(format!("there is no pool named `{pool}`"), None));
                    None
                }
            }
            _ => {
                v.problem(
                    "`count` needs exactly one of `processes`, `silent_children`, `events`, `workers` and `alive`",
                    Some("write `count: {processes: NAME}`".into()),
                );
                None
            }
        })?;
        let values = match (&counted.distinct, &counted.repeated) {
            (None, None) => None,
            (Some(var), None) => Some(("distinct", var, false)),
            (None, Some(var)) => Some(("repeated", var, true)),
            (Some(_), Some(_)) => {
                self.key("count", |v| {
                    v.key("repeated", |v| {
                        v.problem("`distinct` and `repeated` are two counts", Some("write one of them".into()))
                    })
                });
                return None;
            }
        };
        let what = match (what, values) {
            (what, None) => what,
            (Counted::Events(events), Some((key, var, repeated))) => {
                self.key("count", |v| v.key(key, |v| v.var_name(var)));
                Counted::Distinct { events, var: var.clone(), repeated }
            }
            (_, Some((key, _, _))) => {
                self.key("count", |v| {
                    v.key(key, |v| {
                        v.problem(
                            format!("`{key}` counts the values printed at `events`"),
                            Some(format!("write `count: {{events: LINE, {key}: VAR}}`")),
                        )
                    })
                });
                return None;
            }
        };
        Some(CheckKind::Count { what, bounds })
    }

    /// Who sees the check's result (`visibility`, `hidden_until`).
    fn visibility(&mut self, c: &RawCheck) -> Visibility {
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
        visibility
    }

    /// The check's `hint`, one to `MAX_HINT` characters of text.
    fn hint(&mut self, c: &RawCheck) -> Option<String> {
        let hint = c.hint.as_deref()?.trim();
        let chars = hint.chars().count();
        if (1..=MAX_HINT).contains(&chars) {
            return Some(hint.to_owned());
        }
        self.key("hint", |v| {
            v.problem(
                format!("a hint must be from 1 to {MAX_HINT} characters, not {chars}"),
                Some("say in a sentence or two what a student should change; leave `hint` out to say nothing".into()),
            )
        });
        None
    }

    /// Whether the scenario observes a `program`; if not, reports at `key` that the check is
    /// for programs only, with `help`.
    fn program_only(&mut self, key: &str, problem: &str, help: &str) -> bool {
        if !self.program {
            self.key(key, |v| v.key_problem(problem, Some(help.into())));
        }
        self.program
    }

    pub(super) fn selector(&mut self, s: &RawSelector, roles: &Roles) -> Option<Selector> {
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
            RawSelector::Long(l) => {
                let keys = (
                    &l.label,
                    &l.text,
                    &l.line,
                    &l.command,
                    &l.command_matches,
                    &l.command_not_matching,
                    &l.forked_sharing_memory,
                );
                match keys {
                    (Some(label), None, None, None, None, None, None) => {
                        (l.process.clone(), EventMatch::Label(label.clone()))
                    }
                    (None, Some(text), None, None, None, None, None) => {
                        (l.process.clone(), EventMatch::Text(text.clone()))
                    }
                    (None, None, Some(line), None, None, None, None) => {
                        (l.process.clone(), EventMatch::Line(line.clone()))
                    }
                    (None, None, None, Some(command), None, None, None) => {
                        (l.process.clone(), EventMatch::Command(command.clone()))
                    }
                    (None, None, None, None, Some(pattern), None, None)
                    | (None, None, None, None, None, Some(pattern), None) => {
                        let (key, matching): (_, fn(String) -> EventMatch) = if l.command_matches.is_some() {
                            ("command_matches", EventMatch::CommandMatches)
                        } else {
                            ("command_not_matching", EventMatch::CommandNotMatching)
                        };
                        if let Err(e) = regex::Regex::new(pattern) {
                            self.problem(
                                format!("`{key}` is not a regular expression: {e}"),
                                Some(format!("write for example `{key}: '\\S*python3 -c .*'`")),
                            );
                            return None;
                        }
                        (l.process.clone(), matching(pattern.clone()))
                    }
                    (None, None, None, None, None, None, Some(child)) => {
                        self.role(child, roles)?;
                        (l.process.clone(), EventMatch::ForkedSharingMemory(child.clone()))
                    }
                    _ => {
                        let example = if l.forked_sharing_memory.is_some() {
                            "write `{process: main, forked_sharing_memory: child}`"
                        } else {
                            "write `{process: main, text: \"Process end.\"}`"
                        };
                        self.problem(
                            "an event selector needs exactly one of `label`, `text`, `line`, `command`, `command_matches`, `command_not_matching` and `forked_sharing_memory`",
                            Some(example.into()),
                        );
                        return None;
                    }
                }
            }
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

    pub(super) fn role<'r>(&mut self, name: &str, roles: &'r Roles) -> Option<&'r HashSet<String>> {
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
}

/// True for a `YYYY-MM-DD` date.
pub(super) fn is_date(text: &str) -> bool {
    let parts: Vec<&str> = text.split('-').collect();
    matches!(parts.as_slice(), [y, m, d] if y.len() == 4 && m.len() == 2 && d.len() == 2
        && parts.iter().all(|p| p.bytes().all(|b| b.is_ascii_digit()))
        && (1..=12).contains(&m.parse::<u32>().unwrap_or(0))
        && (1..=31).contains(&d.parse::<u32>().unwrap_or(0)))
}

/// A description of a check for reports, when the file gives it no name.
pub(super) fn describe(kind: &CheckKind) -> String {
    match kind {
        CheckKind::MutualExclusion { name } => format!("no two critical sections of {name} are concurrent"),
        CheckKind::Final { name, bounds } => format!("{name} ends {bounds}"),
        CheckKind::NoDeadlock => "no processes wait for each other's locks forever".to_owned(),
        CheckKind::Acquired { name, by: Some(by), at_least } => format!("{by} acquires {name} at least {at_least}x"),
        CheckKind::Acquired { name, by: None, at_least } => {
            format!("every process that tries acquires {name} at least {at_least}x")
        }
        CheckKind::SameProcess { a, b, by: Some(Key::Task) } => format!("{a} and {b} of each task run in one process"),
        // Each process's events with its own: they are in one process by definition.
        CheckKind::SameProcess { a, b, by: Some(Key::Process) } => format!("{a} and {b} of each process run in it"),
        CheckKind::SameProcess { a, b, by: Some(Key::Var(k)) } => {
            format!("{a} and {b} with the same {k} run in one process")
        }
        CheckKind::DifferentProcess { a, b, .. } => format!("{a} and {b} run in different processes"),
        CheckKind::DescendantOf { ancestor, descendant } => format!("{descendant} descends from {ancestor}"),
        CheckKind::NothingLeft => "no process is left running or unreaped".to_owned(),
        CheckKind::SameProcess { a, b, by: None } => format!("{a} and {b} run in one process"),
        CheckKind::InFlight { what: InFlight::Pool(pool), bounds } => {
            format!("{bounds} {} of {pool} at once", bounds.noun("task runs", "tasks run"))
        }
        CheckKind::InFlight { what: InFlight::Spans { start, end, .. }, bounds } => {
            format!("{bounds} {} from {start} to {end} at once", bounds.noun("span", "spans"))
        }
        CheckKind::AllLinesMatch => "every line printed matches a line pattern".to_owned(),
        CheckKind::Fifo { var, a, b, unread_allowed: false } => {
            format!("{b} takes each {var} of {a} in the order written")
        }
        CheckKind::Fifo { var, a, b, unread_allowed: true } => {
            format!("{b} takes {var}s of {a} in the order written, if not all")
        }
        CheckKind::Received { var, at } => format!("each {var} printed at {at} came through a pipe, queue or socket"),
        CheckKind::NoDuplicatedOutput => "no child writes again what its parent wrote before the fork".to_owned(),
        CheckKind::Count { what: Counted::Processes(p), bounds } => {
            format!("{bounds} {} named {p}", bounds.noun("process", "processes"))
        }
        CheckKind::Count { what: Counted::SilentChildren(p), bounds } => {
            format!("{bounds} silent {} of {p}", bounds.noun("child", "children"))
        }
        CheckKind::Count { what: Counted::Events(s), bounds } => {
            format!("{bounds} {} {s}", bounds.noun("event", "events"))
        }
        CheckKind::Count { what: Counted::Distinct { events, var, repeated }, bounds } => {
            let values = bounds.noun("value", "values");
            if *repeated {
                format!("{bounds} {var} {values} printed at more than one event {events}")
            } else {
                format!("{bounds} different {var} {values} at {events}")
            }
        }
        CheckKind::Count { what: Counted::Workers(p), bounds } => {
            format!("{bounds} {} tasks of {p}", bounds.noun("distinct worker runs", "distinct workers run"))
        }
        CheckKind::Count { what: Counted::Alive(p), bounds } => {
            format!("{bounds} {} named {p} alive at once", bounds.noun("process", "processes"))
        }
        CheckKind::Delivery { channel } => format!("every item of {channel} is taken once, after its put, in order"),
        CheckKind::Before { first, then, order, .. } => {
            format!("{first} before {then} ({})", if *order == Order::Guaranteed { "guaranteed" } else { "observed" })
        }
        CheckKind::Concurrent { a, b } => format!("{a} concurrent with {b}"),
        CheckKind::ParentOf { parent, child, directly: false } => format!("{parent} is the parent of {child}"),
        CheckKind::ParentOf { parent, child, directly: true } => format!("{parent} itself made {child}"),
        CheckKind::WaitsFor { parent, child } => format!("{parent} waits for {child}"),
        CheckKind::Exit { process, ending: ExpectedEnding::Code(c) } => format!("{process} exits with code {c}"),
        CheckKind::Exit { process, ending: ExpectedEnding::Signal(s) } => format!("{process} is killed by {s}"),
        CheckKind::SameValue { var, a, b } => format!("{a} and {b} print the same {var}"),
        CheckKind::ComputedAfresh { var, a, b } => format!("{b} prints a {var} computed afresh, not {a}'s"),
        CheckKind::Value { var, at, equals } => format!("{at} prints {var} = {equals}"),
        CheckKind::Computed { var, at, expr } => format!("{at} prints {var} = {expr}"),
        CheckKind::PidOf { var, at, process } if process == WRITER => format!("{at} prints its own pid as {var}"),
        CheckKind::PidOf { var, at, process } => format!("{at} prints the pid of {process} as {var}"),
    }
}

/// Whether the modifier `key` goes with checks of `kind`, as `RawCheck`'s table says.
fn goes_with(key: &str, kind: CheckVerb) -> bool {
    RawCheck::MODIFIERS.iter().any(|m| m.key == key && m.goes_with.contains(&kind))
}
