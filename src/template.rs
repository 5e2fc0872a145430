//! Templates: text with `{name}` holes, and the values that fill them.
//!
//! A rendered value remembers which parts of its text came from which variable and which of
//! those parts are run-specific (a pid, a random number), so that checks can read printed
//! values and the redactor can replace run-specific parts by stable names.

use serde::{Deserialize, Serialize};

/// A value held by a variable: its text and the run-specific parts in it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Value {
    pub text: String,
    pub spans: Vec<Span>,
}

/// A part of a rendered text that came from a variable.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
    /// The variable whose value this is.
    pub var: String,
    /// Set when the text differs from run to run.
    pub volatile: Option<Volatile>,
}

/// Why a part of a text differs from run to run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Volatile {
    /// A process id.
    Pid(i32),
    /// A random number drawn by process `pid` at its event `seq`.
    Random { pid: i32, seq: u32 },
}

impl Value {
    /// A value with no run-specific parts.
    pub fn plain(text: impl Into<String>) -> Value {
        Value { text: text.into(), spans: Vec::new() }
    }

    /// A value that is wholly run-specific.
    pub fn volatile(text: impl Into<String>, volatile: Volatile) -> Value {
        let text = text.into();
        let end = text.len();
        Value { text, spans: vec![Span { start: 0, end, var: String::new(), volatile: Some(volatile) }] }
    }
}

/// The names of the holes in `template`, in order; an error for an unbalanced brace.
pub fn holes(template: &str) -> Result<Vec<&str>, String> {
    let mut out = Vec::new();
    parse(template, |piece| {
        if let Piece::Hole(name) = piece {
            out.push(name);
        }
    })?;
    Ok(out)
}

/// Renders `template`, looking up each hole with `lookup`; unknown names render empty.
pub fn render<'v>(template: &str, mut lookup: impl FnMut(&str) -> Option<&'v Value>) -> Value {
    let mut out = Value::default();
    let _ = parse(template, |piece| match piece {
        Piece::Text(t) => out.text.push_str(t),
        Piece::Hole(name) => {
            let start = out.text.len();
            if let Some(v) = lookup(name) {
                out.text.push_str(&v.text);
                out.spans.extend(v.spans.iter().map(|s| Span {
                    start: s.start + start,
                    end: s.end + start,
                    var: if s.var.is_empty() { name.to_owned() } else { s.var.clone() },
                    volatile: s.volatile,
                }));
                let whole = Span { start, end: out.text.len(), var: name.to_owned(), volatile: None };
                if !v.spans.iter().any(|s| s.start == 0 && s.end == v.text.len()) {
                    out.spans.push(whole);
                }
            }
        }
    });
    out.spans.sort_by_key(|s| (s.start, std::cmp::Reverse(s.end)));
    out
}

enum Piece<'t> {
    Text(&'t str),
    Hole(&'t str),
}

fn parse<'t>(template: &'t str, mut each: impl FnMut(Piece<'t>)) -> Result<(), String> {
    let mut rest = template;
    while !rest.is_empty() {
        let next = rest.find(['{', '}']).unwrap_or(rest.len());
        if next > 0 {
            each(Piece::Text(&rest[..next]));
        }
        rest = &rest[next..];
        if let Some(after) = rest.strip_prefix("{{") {
            each(Piece::Text("{"));
            rest = after;
        } else if let Some(after) = rest.strip_prefix("}}") {
            each(Piece::Text("}"));
            rest = after;
        } else if let Some(after) = rest.strip_prefix('{') {
            let close = after.find('}').ok_or_else(|| format!("`{{` without a closing `}}` in {template:?}"))?;
            let name = after[..close].trim();
            if name.is_empty() {
                return Err(format!("empty `{{}}` in {template:?}"));
            }
            each(Piece::Hole(name));
            rest = &after[close + 1..];
        } else if rest.starts_with('}') {
            return Err(format!("`}}` without an opening `{{` in {template:?}"));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_holes_and_records_spans() {
        let pid = Value::volatile("4242", Volatile::Pid(4242));
        let name = Value::plain("test");
        let v = render("Run {name} ({pid}) {{x}}", |n| match n {
            "pid" => Some(&pid),
            "name" => Some(&name),
            _ => None,
        });
        assert_eq!(v.text, "Run test (4242) {x}");
        assert_eq!(v.spans.len(), 2);
        assert_eq!(&v.text[v.spans[1].start..v.spans[1].end], "4242");
        assert_eq!(v.spans[1].var, "pid");
        assert_eq!(v.spans[1].volatile, Some(Volatile::Pid(4242)));
    }

    #[test]
    fn reports_unbalanced_braces() {
        assert!(holes("a {b").is_err());
        assert!(holes("a } b").is_err());
        assert_eq!(holes("{a} and {b}").unwrap(), vec!["a", "b"]);
    }
}
