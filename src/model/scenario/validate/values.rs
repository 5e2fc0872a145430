//! Values, templates, durations, names and signals as a scenario writes them: the checks
//! that every kind of action and check shares.

use super::*;

/// Every text `template` renders to over the known values of the loop variables it uses;
/// `None` when it uses a variable whose values are not known before the run, or would make
/// more than 10,000 texts.
pub(super) fn expand(
    template: &str,
    loops: &std::collections::BTreeMap<String, Option<Vec<String>>>,
) -> Option<Vec<String>> {
    let mut used: Vec<&str> = Vec::new();
    for hole in crate::model::template::holes(template).ok()? {
        for var in crate::model::template::hole_variables(hole).ok()? {
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
        let values: Vec<crate::model::template::Value> =
            at.iter().zip(&domains).map(|(i, d)| crate::model::template::Value::plain(d[*i].clone())).collect();
        out.push(
            crate::model::template::render(template, |name| used.iter().position(|u| *u == name).map(|k| &values[k]))
                .text
                .into(),
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

impl Validator<'_> {
    /// The `args:` of a `start` or `submit`, each checked against the variables in scope.
    pub(super) fn args(&mut self, a: &RawAction, vars: &BTreeSet<String>) -> Vec<ValueExpr> {
        let raw = a.args.as_deref().unwrap_or(&[]);
        raw.iter()
            .enumerate()
            .map(|(i, arg)| self.key("args", |v| v.at(Seg::Index(i), |v| v.value(arg, vars))))
            .collect()
    }

    pub(super) fn value(&mut self, value: &RawValue, vars: &BTreeSet<String>) -> ValueExpr {
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

    pub(super) fn template(&mut self, text: &str, vars: &BTreeSet<String>) {
        match crate::model::template::holes(text) {
            Ok(holes) => {
                for hole in holes {
                    match crate::model::template::hole_variables(hole) {
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

    pub(super) fn duration(&mut self, value: &RawValue) -> Option<Duration> {
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
    pub(super) fn seconds(&mut self, n: f64) -> Option<Duration> {
        match crate::model::scenario::bounds::seconds(n) {
            Ok(d) => Some(d),
            Err(e) => {
                self.problem(e, Some("write a duration from `0s` to `24h`, such as `150ms` or `2s`".into()));
                None
            }
        }
    }

    pub(super) fn duration_text(&mut self, text: &str) -> Option<Duration> {
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

    pub(super) fn method(&mut self, m: &str) -> StartMethod {
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
    pub(super) fn signal(&mut self, name: &str, examples: &str) -> Option<nix::sys::signal::Signal> {
        let parsed = name.parse::<nix::sys::signal::Signal>().ok();
        if parsed.is_none() {
            self.problem(format!("unknown signal `{name}`"), Some(format!("write a signal name such as {examples}")));
        }
        parsed
    }

    /// The names a started child's `as` gives it: a name, or a template over loop variables
    /// (`kid{i}`), expanded when the loop's values are known before the run; otherwise the
    /// template is kept in `scope` as a pattern.
    pub(super) fn child_names(&mut self, name: &str, scope: &mut Scope) -> Vec<String> {
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
                let pattern: String = crate::model::template::holes(name)
                    .unwrap_or_default()
                    .iter()
                    .fold(regex::escape(name), |re, hole| {
                        re.replacen(&regex::escape(&format!("{{{hole}}}")), "[A-Za-z0-9_]+", 1)
                    });
                if let Ok(re) = regex::Regex::new(&format!("^{pattern}$")) {
                    scope.child_templates.push((name.to_owned(), re));
                }
                Vec::new()
            }
        }
    }

    pub(super) fn var_name(&mut self, name: &str) {
        if !is_identifier(name) {
            self.problem(
                format!("`{name}` is not a usable name"),
                Some("use letters, digits and `_`, starting with a letter or `_`".into()),
            );
        }
    }

    pub(super) fn var_name_at_key(&mut self, name: &str, what: &str) {
        if !is_identifier(name) {
            self.key_problem(
                format!("`{name}` is not a usable {what} name"),
                Some("use letters, digits and `_`, starting with a letter or `_`".into()),
            );
        }
    }
}

pub(super) fn parse_method(m: &str) -> Option<StartMethod> {
    match m {
        "fork" => Some(StartMethod::Fork),
        "spawn" => Some(StartMethod::Spawn),
        _ => None,
    }
}

pub(super) fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// Parses `150ms`, `2s`, `1.5s`, `10us`, `1m`.
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
    if seconds > crate::model::scenario::bounds::MAX_DURATION.as_secs_f64() {
        return Err(format!("`{text}` is longer than the longest duration procscen accepts (24h)"));
    }
    let d = Duration::try_from_secs_f64(seconds).map_err(|_| format!("`{text}` is not a usable duration"))?;
    crate::model::scenario::bounds::check_duration(d, text)
}

#[cfg(test)]
mod tests {
    use super::parse_duration;
    use std::time::Duration;

    #[test]
    pub(super) fn durations() {
        assert_eq!(parse_duration("150ms"), Ok(Duration::from_millis(150)));
        assert_eq!(parse_duration("1.5s"), Ok(Duration::from_millis(1500)));
        assert_eq!(parse_duration("2"), Ok(Duration::from_secs(2)));
        assert!(parse_duration("-1s").unwrap_err().contains("negative"));
        assert!(parse_duration("3 fortnights").unwrap_err().contains("unknown unit"));
    }
}
