//! The `program` of an observed scenario and its `lines`, and the limits and points that
//! a scenario or its program sets.

use super::*;

impl Validator<'_> {
    /// The `lines` patterns, checked: names that are not an observed event's, patterns that
    /// compile, capture names that are variable names.
    fn line_defs(&mut self, raw: &RawScenario) -> Vec<LineDef> {
        self.key("lines", |v| {
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
        })
    }

    /// The words of the command line under `key`, whose holes may only be `{submission}` and
    /// `{out}`.
    fn command_words(&mut self, key: &str, c: &RawCommand) -> Vec<String> {
        let words: Vec<String> = match c {
            RawCommand::Line(l) => l.split_whitespace().map(str::to_owned).collect(),
            RawCommand::Words(w) => w.clone(),
        };
        if words.is_empty() {
            self.key(key, |v| {
                v.problem("the command line is empty", Some("write for example `python3 {submission}`".into()))
            });
        }
        for w in &words {
            let unknown = crate::model::template::holes(w)
                .map(|holes| holes.into_iter().find(|h| *h != "submission" && *h != "out").map(str::to_owned));
            match unknown {
                Err(e) => self.key(key, |v| v.problem(e, None)),
                Ok(Some(hole)) => self.key(key, |v| {
                    v.problem(
                        format!("`{{{hole}}}` is not known in a command line"),
                        Some("use `{submission}` (the file under test) or `{out}` (what `build` made)".into()),
                    )
                }),
                Ok(None) => {}
            }
        }
        words
    }

    /// The `program` and its `lines`, checked: one of `processes` and `program`, a command
    /// line that names only known holes, limits within their bounds.
    pub(super) fn program(&mut self, raw: &RawScenario) -> (Option<Program>, Vec<LineDef>) {
        let lines = self.line_defs(raw);
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
        let program = self.key("program", |v| {
            let run = v.command_words("run", &p.run);
            let build = p.build.as_ref().map(|b| v.command_words("build", b));
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
            use crate::model::scenario::program_defaults as defaults;
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
                max_recorded_mib: v.at_least_one(
                    "max_recorded_mib",
                    p.max_recorded_mib,
                    raw.max_recorded_mib.unwrap_or(defaults::MAX_RECORDED_MIB),
                ),
                isolate: p.isolate.unwrap_or(true),
                strict_lines: p.strict_lines.unwrap_or(false),
                python2: p.python2.unwrap_or(false),
                format_points: p.format_points.map(|x| v.points_value("format_points", x)),
            }
        });
        (Some(program), lines)
    }

    /// The scenario's `time_scale`, 1 where it is missing or out of bounds.
    pub(super) fn time_scale(&mut self, time_scale: Option<f64>) -> f64 {
        match time_scale {
            Some(s) if crate::model::scenario::bounds::check_time_scale(s).is_err() => {
                self.key("time_scale", |v| {
                    v.problem(
                        format!(
                            "time_scale must be a number above 0 and at most {}, not {}",
                            crate::model::scenario::bounds::MAX_TIME_SCALE,
                            crate::model::scenario::bounds::number(s)
                        ),
                        Some("write for example `time_scale: 0.01` to run sleeps 100 times faster".into()),
                    )
                });
                1.0
            }
            Some(s) => s,
            None => 1.0,
        }
    }

    /// The limits of a whole run, each at least 1 and at most its largest value.
    pub(super) fn run_limits(&mut self, raw: &RawScenario) -> RunLimits {
        let defaults = RunLimits::DEFAULT;
        RunLimits {
            max_processes: self.at_least_one(
                "max_processes",
                raw.max_processes.map(u64::from),
                u64::from(defaults.max_processes),
            ) as u32,
            max_memory_mib: self.at_least_one("max_memory_mib", raw.max_memory_mib, defaults.max_memory_mib),
            max_cpu_seconds: self.at_least_one("max_cpu_seconds", raw.max_cpu_seconds, defaults.max_cpu_seconds),
            max_recorded: crate::model::scenario::bounds::mib_to_bytes(self.at_least_one(
                "max_recorded_mib",
                raw.max_recorded_mib,
                defaults.max_recorded >> 20,
            )),
        }
    }

    /// A number of points under `key`: finite, from 0 up to a million (more is a typo).
    pub(super) fn points_value(&mut self, key: &str, p: f64) -> f64 {
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
    pub(super) fn at_least_one(&mut self, key: &str, n: Option<u64>, default: u64) -> u64 {
        let max = crate::model::scenario::bounds::max_limit(key);
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
}

/// The names of an observed program's processes (`main`, the roles of the lines, and the
/// names of helpers and unnamed processes), each with every label: every process of an
/// observed program can print every line.
pub(super) fn observed_roles(lines: &[LineDef]) -> Roles {
    let mut roles = Roles::new();
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
    roles
}
