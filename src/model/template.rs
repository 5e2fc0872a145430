//! Templates: text with `{name}` holes, and the values that fill them.
//!
//! A rendered value remembers which parts of its text came from which variable and which of
//! those parts are run-specific (a pid, a random number), so that checks can read printed
//! values and the redactor can replace run-specific parts by stable names.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::cell::RefCell;
use std::sync::Arc;

/// A short text kept inline (up to 24 bytes) and on the heap only when longer: a trace holds
/// a value, a variable name and a channel name per event, and a heap block each was most of a
/// big run's memory. Written and read as a plain string (the wire format is a `String`'s).
pub type Text = compact_str::CompactString;

/// A value held by a variable: its text and the run-specific parts in it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Value {
    pub text: Text,
    pub spans: Spans,
}

/// A name a trace holds once per event (a channel, a pool, an action's label): one pointer,
/// shared. A big run's events name the same few channels hundreds of thousands of times, so a
/// name decoded again is looked up among the names this thread decoded last (`recent`) and
/// shared rather than allocated. Written and read as a plain string.
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Name(Arc<String>);

/// The parts of a value that came from variables, shared between the values that have the
/// same ones: the items of a loop over a queue are `{i}` again and again, and one list per
/// length of number serves them all (the decoder shares lists it saw last, as with `Name`).
/// Empty holds nothing on the heap. Read it as a slice; written and read as a sequence.
#[derive(Clone, Default, PartialEq, Eq, Hash)]
pub struct Spans(Option<Arc<Vec<Span>>>);

/// A part of a rendered text that came from a variable.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
    /// The variable whose value this is.
    pub var: Text,
    /// Set when the text differs from run to run.
    pub volatile: Option<Volatile>,
}

/// Why a part of a text differs from run to run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Volatile {
    /// A process id.
    Pid(i32),
    /// A random number drawn by process `pid` at its event `seq`.
    Random { pid: i32, seq: u32 },
    /// A shared integer read while other processes could change it.
    Shared,
    /// Whether a child was still running (`is_alive`), which depends on timing.
    Alive,
}

impl Value {
    /// A value with no run-specific parts.
    pub fn plain(text: impl Into<Text>) -> Value {
        Value { text: text.into(), spans: Spans::default() }
    }

    /// A value that is wholly run-specific.
    pub fn volatile(text: impl Into<Text>, volatile: Volatile) -> Value {
        let text = text.into();
        let end = text.len();
        Value { text, spans: vec![Span { start: 0, end, var: Text::default(), volatile: Some(volatile) }].into() }
    }
}

impl Name {
    pub fn new(name: &str) -> Name {
        Name(Arc::new(name.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::ops::Deref for Name {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl std::borrow::Borrow<str> for Name {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for Name {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl From<&str> for Name {
    fn from(name: &str) -> Name {
        Name::new(name)
    }
}

impl From<String> for Name {
    fn from(name: String) -> Name {
        Name(Arc::new(name))
    }
}

impl From<&String> for Name {
    fn from(name: &String) -> Name {
        Name::new(name)
    }
}

impl PartialEq<str> for Name {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for Name {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialEq<String> for Name {
    fn eq(&self, other: &String) -> bool {
        self.as_str() == other
    }
}

impl std::fmt::Debug for Name {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(self.as_str(), f)
    }
}

impl std::fmt::Display for Name {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self)
    }
}

impl Serialize for Name {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self)
    }
}

impl<'de> Deserialize<'de> for Name {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Name, D::Error> {
        struct Visit;
        impl serde::de::Visitor<'_> for Visit {
            type Value = Name;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a name")
            }
            fn visit_str<E: serde::de::Error>(self, name: &str) -> Result<Name, E> {
                Ok(recent(&NAMES, name, |n: &Name, name| n.as_str() == *name, Name::new))
            }
        }
        d.deserialize_str(Visit)
    }
}

impl Spans {
    pub fn as_slice(&self) -> &[Span] {
        self.0.as_deref().map_or(&[], Vec::as_slice)
    }

    /// Where the shared list is (0 when empty): two lists at the same address while both are
    /// alive are the same list, the same spans, known without reading them.
    pub fn address(&self) -> usize {
        self.0.as_ref().map_or(0, |list| Arc::as_ptr(list) as usize)
    }
}

impl std::ops::Deref for Spans {
    type Target = [Span];
    fn deref(&self) -> &[Span] {
        self.as_slice()
    }
}

impl From<Vec<Span>> for Spans {
    fn from(spans: Vec<Span>) -> Spans {
        Spans((!spans.is_empty()).then(|| Arc::new(spans)))
    }
}

impl FromIterator<Span> for Spans {
    fn from_iter<I: IntoIterator<Item = Span>>(spans: I) -> Spans {
        Spans::from(spans.into_iter().collect::<Vec<_>>())
    }
}

impl<'s> IntoIterator for &'s Spans {
    type Item = &'s Span;
    type IntoIter = std::slice::Iter<'s, Span>;
    fn into_iter(self) -> Self::IntoIter {
        self.as_slice().iter()
    }
}

impl std::fmt::Debug for Spans {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.as_slice()).finish()
    }
}

impl Serialize for Spans {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.as_slice().serialize(s)
    }
}

impl<'de> Deserialize<'de> for Spans {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Spans, D::Error> {
        let spans = Vec::<Span>::deserialize(d)?;
        if spans.is_empty() {
            return Ok(Spans(None));
        }
        Ok(recent(
            &SPANS,
            spans,
            |s: &Spans, spans| s.as_slice() == spans.as_slice(),
            |spans| Spans(Some(Arc::new(spans))),
        ))
    }
}

/// How many names, and how many span lists, a thread keeps to share with what it decodes
/// next: a run names a few channels, pools and labels, and a loop's values have a few shapes.
/// More than this differ only in a run where sharing would save little.
const RECENT: usize = 16;

thread_local! {
    static NAMES: RefCell<Recent<Name>> = const { RefCell::new(Recent::new()) };
    static SPANS: RefCell<Recent<Spans>> = const { RefCell::new(Recent::new()) };
    /// The one-span lists `render` makes for a template that is one variable.
    static WHOLE_SPANS: RefCell<Recent<Spans>> = const { RefCell::new(Recent::new()) };
}

/// The last `RECENT` distinct things decoded, the oldest replaced first: this thread's names
/// and span lists (`recent`), and the engine's record decoder's own.
pub(crate) struct Recent<T> {
    items: Vec<T>,
    next: usize,
    /// The place of the item found or remembered last, looked at first: a busy run names one
    /// channel again and again, and its items change shape only when a number grows a digit.
    last: std::cell::Cell<usize>,
}

impl<T> Recent<T> {
    pub(crate) const fn new() -> Self {
        Recent { items: Vec::new(), next: 0, last: std::cell::Cell::new(0) }
    }

    /// The remembered item `same` picks.
    pub(crate) fn find(&self, same: impl Fn(&T) -> bool) -> Option<&T> {
        if let Some(item) = self.items.get(self.last.get()).filter(|t| same(t)) {
            return Some(item);
        }
        let at = self.items.iter().position(same)?;
        self.last.set(at);
        Some(&self.items[at])
    }

    /// Remembers `item`, in the place of the oldest when `RECENT` are remembered.
    pub(crate) fn remember(&mut self, item: T) {
        if self.items.len() < RECENT {
            self.last.set(self.items.len());
            self.items.push(item);
        } else {
            self.last.set(self.next);
            self.items[self.next] = item;
            self.next = (self.next + 1) % RECENT;
        }
    }
}

impl<T> Default for Recent<T> {
    fn default() -> Self {
        Recent::new()
    }
}

/// The recent item that `same` finds the same as `key`, shared; else the one `make` makes of
/// `key`, remembered.
fn recent<T: Clone, K>(
    cache: &'static std::thread::LocalKey<RefCell<Recent<T>>>,
    key: K,
    same: impl Fn(&T, &K) -> bool,
    make: impl FnOnce(K) -> T,
) -> T {
    cache.with(|cache| {
        let mut cache = cache.borrow_mut();
        if let Some(found) = cache.find(|t| same(t, &key)) {
            return found.clone();
        }
        let made = make(key);
        cache.remember(made.clone());
        made
    })
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

/// The variable names a hole uses: the hole itself, or the names in its arithmetic.
pub fn hole_variables(hole: &str) -> Result<Vec<&str>, String> {
    let tokens = tokenize(hole)?;
    if tokens.len() > 1 {
        Expr { tokens: &tokens, at: 0, lookup: &mut |_: &str| Some(1) }.parse_all(hole)?;
    }
    Ok(tokens.iter().filter_map(|t| if let Token::Name(n) = t { Some(*n) } else { None }).collect())
}

/// Renders `template`, looking up each variable with `lookup`. A hole is a variable name or
/// integer arithmetic over variables and numbers (`{i*i}`, `{n + 1}`); unknown names render
/// empty.
pub fn render<'v>(template: &str, mut lookup: impl FnMut(&str) -> Option<&'v Value>) -> Value {
    if let Some(name) = lone_name(template) {
        // The commonest template, `{i}` (a queue's items, a pool's tasks): the variable's
        // text, with one span over all of it under the name, unless the value has spans of
        // its own (an item taken from a queue), which the general way below rewrites. The
        // span list is shared with the last ones made for this name and length, so that a
        // loop's items allocate none (a put was twice the work of the put itself).
        match lookup(name) {
            None => return Value::default(),
            Some(v) if v.spans.is_empty() => {
                let end = v.text.len();
                let spans = recent(
                    &WHOLE_SPANS,
                    (name, end),
                    |spans, &(name, end)| matches!(spans.as_slice(), [s] if s.end == end && s.var == name),
                    |(name, end)| vec![Span { start: 0, end, var: name.into(), volatile: None }].into(),
                );
                return Value { text: v.text.clone(), spans };
            }
            Some(_) => {}
        }
    }
    let mut out = Value::default();
    let mut spans = Vec::new();
    let _ = parse(template, |piece| match piece {
        Piece::Text(t) => out.text.push_str(t),
        Piece::Hole(hole) => {
            let start = out.text.len();
            let computed;
            let (name, found) = if is_name(hole) {
                (hole, lookup(hole))
            } else {
                computed = arithmetic(hole, &mut lookup);
                (hole, computed.as_ref())
            };
            if let Some(v) = found {
                out.text.push_str(&v.text);
                spans.extend(v.spans.iter().map(|s| Span {
                    start: s.start + start,
                    end: s.end + start,
                    var: if s.var.is_empty() { name.into() } else { s.var.clone() },
                    volatile: s.volatile,
                }));
                let whole = Span { start, end: out.text.len(), var: name.into(), volatile: None };
                // A value that came from another variable (an item taken from a queue, say)
                // keeps its inner span and gains one for the name it is printed under.
                let named = |s: &Span| s.var.is_empty() || s.var == name;
                if !v.spans.iter().any(|s| s.start == 0 && s.end == v.text.len() && named(s)) {
                    spans.push(whole);
                }
            }
        }
    });
    spans.sort_by_key(|s| (s.start, std::cmp::Reverse(s.end)));
    out.spans = spans.into();
    out
}

/// `NAME` when `template` is `{NAME}` and nothing else, as `parse` reads it.
fn lone_name(template: &str) -> Option<&str> {
    let inner = template.strip_prefix('{')?.strip_suffix('}')?;
    (!inner.contains(['{', '}']) && is_name(inner)).then_some(inner)
}

fn is_name(s: &str) -> bool {
    !s.is_empty()
        && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        && !s.starts_with(|c: char| c.is_ascii_digit())
}

/// Evaluates an arithmetic hole; its result carries the run-specific marks of its operands.
fn arithmetic<'v>(hole: &str, lookup: &mut impl FnMut(&str) -> Option<&'v Value>) -> Option<Value> {
    let tokens = tokenize(hole).ok()?;
    let mut volatile = None;
    let mut numbers = |name: &str| {
        let v = lookup(name)?;
        volatile = volatile.or(v.spans.iter().find_map(|s| s.volatile));
        v.text.trim().parse::<i64>().ok()
    };
    let n = Expr { tokens: &tokens, at: 0, lookup: &mut numbers }.parse_all(hole).ok()?;
    Some(match volatile {
        Some(v) => Value::volatile(n.to_string(), v),
        None => Value::plain(n.to_string()),
    })
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Token<'t> {
    Name(&'t str),
    Number(i64),
    Op(char),
}

fn tokenize(hole: &str) -> Result<Vec<Token<'_>>, String> {
    let mut tokens = Vec::new();
    let mut rest = hole.trim_start();
    while let Some(c) = rest.chars().next() {
        let len = if c.is_ascii_digit() {
            let len = rest.find(|c: char| !c.is_ascii_digit()).unwrap_or(rest.len());
            tokens.push(Token::Number(rest[..len].parse().map_err(|_| format!("number too large in `{{{hole}}}`"))?));
            len
        } else if c.is_ascii_alphabetic() || c == '_' {
            let len = rest.find(|c: char| !(c.is_ascii_alphanumeric() || c == '_')).unwrap_or(rest.len());
            tokens.push(Token::Name(&rest[..len]));
            len
        } else if "+-*/%()".contains(c) {
            tokens.push(Token::Op(c));
            1
        } else {
            return Err(format!(
                "`{c}` cannot stand in `{{{hole}}}`: a hole holds a variable or arithmetic (+ - * / %)"
            ));
        };
        rest = rest[len..].trim_start();
    }
    Ok(tokens)
}

/// A recursive-descent evaluator for integer arithmetic with the usual precedence.
struct Expr<'a, 't, F: FnMut(&str) -> Option<i64>> {
    tokens: &'a [Token<'t>],
    at: usize,
    lookup: &'a mut F,
}

impl<F: FnMut(&str) -> Option<i64>> Expr<'_, '_, F> {
    fn parse_all(&mut self, hole: &str) -> Result<i64, String> {
        let n = self.sum(hole)?;
        if self.at != self.tokens.len() {
            return Err(format!("`{{{hole}}}` is not a variable or an arithmetic expression"));
        }
        Ok(n)
    }

    fn sum(&mut self, hole: &str) -> Result<i64, String> {
        let mut n = self.product(hole)?;
        while let Some(Token::Op(op @ ('+' | '-'))) = self.tokens.get(self.at).copied() {
            self.at += 1;
            let m = self.product(hole)?;
            n = if op == '+' { n.wrapping_add(m) } else { n.wrapping_sub(m) };
        }
        Ok(n)
    }

    fn product(&mut self, hole: &str) -> Result<i64, String> {
        let mut n = self.factor(hole)?;
        while let Some(Token::Op(op @ ('*' | '/' | '%'))) = self.tokens.get(self.at).copied() {
            self.at += 1;
            let m = self.factor(hole)?;
            n = match op {
                '*' => n.wrapping_mul(m),
                _ if m == 0 => return Err(format!("division by zero in `{{{hole}}}`")),
                '/' => n.wrapping_div(m),
                _ => n.wrapping_rem(m),
            };
        }
        Ok(n)
    }

    fn factor(&mut self, hole: &str) -> Result<i64, String> {
        let token = self.tokens.get(self.at).copied();
        self.at += 1;
        match token {
            Some(Token::Number(n)) => Ok(n),
            Some(Token::Name(name)) => (self.lookup)(name).ok_or_else(|| format!("`{name}` is not a whole number")),
            Some(Token::Op('-')) => Ok(self.factor(hole)?.wrapping_neg()),
            Some(Token::Op('(')) => {
                let n = self.sum(hole)?;
                match self.tokens.get(self.at) {
                    Some(Token::Op(')')) => {
                        self.at += 1;
                        Ok(n)
                    }
                    _ => Err(format!("missing `)` in `{{{hole}}}`")),
                }
            }
            _ => Err(format!("`{{{hole}}}` is not a variable or an arithmetic expression")),
        }
    }
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
    fn a_lone_variable_renders_as_the_general_way_renders_it_with_one_shared_span_list() {
        let vars =
            [("i", Value::plain("12")), ("p", Value::volatile("42", Volatile::Pid(42))), ("e", Value::plain(""))];
        let lookup = |hole: &str| vars.iter().find(|(n, _)| *n == hole).map(|(_, v)| v);
        // `{ i }` is read the general way (a hole with spaces round its name).
        for name in ["i", "p", "e", "unknown"] {
            assert_eq!(render(&format!("{{{name}}}"), lookup), render(&format!("{{ {name} }}"), lookup), "{name}");
        }
        let i = render("{i}", lookup);
        assert_eq!(i.spans.as_slice(), [Span { start: 0, end: 2, var: "i".into(), volatile: None }]);
        assert!(std::ptr::eq(i.spans.as_slice(), render("{i}", lookup).spans.as_slice()), "one list, shared");
        assert_eq!(render("{{i}}", lookup), Value::plain("{i}"));
    }

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

    #[test]
    fn computes_arithmetic_holes() {
        let i = Value::plain("4");
        let v = render("Task {i} result is: {i*i}, next {(i + 1) % 3}", |n| (n == "i").then_some(&i));
        assert_eq!(v.text, "Task 4 result is: 16, next 2");
        assert_eq!(hole_variables("i * i + n").unwrap(), vec!["i", "i", "n"]);
        assert!(hole_variables("i +").is_err());
        assert!(hole_variables("a.b").is_err());
    }

    #[test]
    fn names_and_span_lists_decoded_again_are_shared_and_keep_the_wire_format() {
        // The wire format is a `String`'s and a `Vec<Span>`'s, as before they were shared.
        #[derive(Serialize)]
        struct Before<'a> {
            text: &'a str,
            spans: Vec<Span>,
        }
        let span = Span { start: 0, end: 2, var: "i".into(), volatile: None };
        let bytes = postcard::to_allocvec(&Before { text: "42", spans: vec![span.clone()] }).unwrap();
        let value = Value { text: "42".into(), spans: vec![span.clone()].into() };
        assert_eq!(postcard::to_allocvec(&value).unwrap(), bytes);
        let (a, b): (Value, Value) = (postcard::from_bytes(&bytes).unwrap(), postcard::from_bytes(&bytes).unwrap());
        assert_eq!(a, value);
        let (Spans(Some(sa)), Spans(Some(sb))) = (&a.spans, &b.spans) else { panic!("spans were lost") };
        assert!(Arc::ptr_eq(sa, sb), "the second value shares the first one's spans");
        let plain: Value = postcard::from_bytes(&postcard::to_allocvec(&Value::plain("x")).unwrap()).unwrap();
        assert_eq!(plain.spans, Spans(None), "no spans hold nothing on the heap");

        let name = postcard::to_allocvec(&Name::new("queue")).unwrap();
        assert_eq!(name, postcard::to_allocvec("queue").unwrap());
        let (x, y): (Name, Name) = (postcard::from_bytes(&name).unwrap(), postcard::from_bytes(&name).unwrap());
        assert_eq!(x, "queue");
        assert!(Arc::ptr_eq(&x.0, &y.0), "the second name shares the first one's text");
        // More distinct names than are kept: each still decodes to its own text.
        let many: Vec<Name> = (0..3 * RECENT)
            .map(|i| postcard::from_bytes(&postcard::to_allocvec(&format!("n{i}")).unwrap()).unwrap())
            .collect();
        assert!(many.iter().enumerate().all(|(i, n)| *n == format!("n{i}")));
    }
}
