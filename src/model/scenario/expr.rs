//! Arithmetic a check computes from a printed line's captures: `task * task` is what a pool
//! task's result line must print as its `value` (red team round 17: every task printing
//! `result is: 12345` got full marks). Whole numbers, the line's captures, `+`, `-`, `*` and
//! parentheses; nothing else, so that an assignment's file cannot make the grader loop.

use serde::{Deserialize, Serialize};
use std::fmt;

/// The longest expression accepted, in bytes: deep enough for any formula an assignment
/// needs, shallow enough that parsing and evaluating cannot exhaust the stack.
pub const MAX_LEN: usize = 200;

/// A parsed expression, with the text it was written as (for messages).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Expr {
    pub text: String,
    root: Node,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
enum Node {
    Number(i64),
    Var(String),
    Negate(Box<Node>),
    Binary(Op, Box<Node>, Box<Node>),
}

#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq)]
enum Op {
    Add,
    Subtract,
    Multiply,
}

/// Why an expression does not parse: where (a byte offset into it) and what.
#[derive(Debug, Clone, PartialEq)]
pub struct ParseError {
    pub offset: usize,
    pub message: String,
}

impl Expr {
    pub fn parse(text: &str) -> Result<Expr, ParseError> {
        if text.len() > MAX_LEN {
            return Err(ParseError { offset: MAX_LEN, message: format!("longer than {MAX_LEN} bytes") });
        }
        let mut p = Parser { text, at: 0 };
        let root = p.sum()?;
        p.skip_space();
        if p.at < text.len() {
            return Err(p.error(format!("unexpected `{}`", p.rest_char())));
        }
        Ok(Expr { text: text.to_owned(), root })
    }

    /// The names of the captures the expression reads, in order of first use.
    pub fn vars(&self) -> Vec<&str> {
        let mut out = Vec::new();
        self.root.vars(&mut out);
        out
    }

    /// The expression's value with each capture's value from `lookup`: `Err` names the first
    /// capture that has no whole-number value, `Ok(None)` is an overflow.
    pub fn eval<'e>(&'e self, lookup: &impl Fn(&str) -> Option<i128>) -> Result<Option<i128>, &'e str> {
        self.root.eval(lookup)
    }
}

impl fmt::Display for Expr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

impl Node {
    fn vars<'n>(&'n self, out: &mut Vec<&'n str>) {
        match self {
            Node::Number(_) => {}
            Node::Var(v) => {
                if !out.contains(&v.as_str()) {
                    out.push(v);
                }
            }
            Node::Negate(n) => n.vars(out),
            Node::Binary(_, a, b) => {
                a.vars(out);
                b.vars(out);
            }
        }
    }

    fn eval<'n>(&'n self, lookup: &impl Fn(&str) -> Option<i128>) -> Result<Option<i128>, &'n str> {
        Ok(match self {
            Node::Number(n) => Some(i128::from(*n)),
            Node::Var(v) => Some(lookup(v).ok_or(v.as_str())?),
            Node::Negate(n) => n.eval(lookup)?.and_then(i128::checked_neg),
            Node::Binary(op, a, b) => {
                let (Some(a), Some(b)) = (a.eval(lookup)?, b.eval(lookup)?) else { return Ok(None) };
                match op {
                    Op::Add => a.checked_add(b),
                    Op::Subtract => a.checked_sub(b),
                    Op::Multiply => a.checked_mul(b),
                }
            }
        })
    }
}

/// A recursive-descent parser: sum := product (('+' | '-') product)*; product := unary ('*'
/// unary)*; unary := '-' unary | atom; atom := number | name | '(' sum ')'. The length limit
/// bounds its depth.
struct Parser<'t> {
    text: &'t str,
    at: usize,
}

impl Parser<'_> {
    fn error(&self, message: String) -> ParseError {
        ParseError { offset: self.at, message }
    }

    fn rest_char(&self) -> char {
        self.text[self.at..].chars().next().unwrap_or(' ')
    }

    fn skip_space(&mut self) {
        let rest = &self.text[self.at..];
        self.at += rest.len() - rest.trim_start().len();
    }

    fn eat(&mut self, c: char) -> bool {
        self.skip_space();
        if self.text[self.at..].starts_with(c) {
            self.at += c.len_utf8();
            true
        } else {
            false
        }
    }

    fn sum(&mut self) -> Result<Node, ParseError> {
        let mut left = self.product()?;
        loop {
            let op = if self.eat('+') {
                Op::Add
            } else if self.eat('-') {
                Op::Subtract
            } else {
                return Ok(left);
            };
            left = Node::Binary(op, Box::new(left), Box::new(self.product()?));
        }
    }

    fn product(&mut self) -> Result<Node, ParseError> {
        let mut left = self.unary()?;
        while self.eat('*') {
            if self.text[self.at..].starts_with('*') {
                return Err(self.error("`**` is not supported: write `x * x`".to_owned()));
            }
            left = Node::Binary(Op::Multiply, Box::new(left), Box::new(self.unary()?));
        }
        Ok(left)
    }

    fn unary(&mut self) -> Result<Node, ParseError> {
        if self.eat('-') {
            return Ok(Node::Negate(Box::new(self.unary()?)));
        }
        self.atom()
    }

    fn atom(&mut self) -> Result<Node, ParseError> {
        self.skip_space();
        let rest = &self.text[self.at..];
        let Some(first) = rest.chars().next() else {
            return Err(self.error("the expression ends where a number or a name was expected".to_owned()));
        };
        if self.eat('(') {
            let inner = self.sum()?;
            if !self.eat(')') {
                return Err(self.error("a `(` is not closed: add `)`".to_owned()));
            }
            return Ok(inner);
        }
        let len = rest.find(|c: char| !(c.is_ascii_alphanumeric() || c == '_')).unwrap_or(rest.len());
        let word = &rest[..len];
        if first.is_ascii_digit() {
            let n = word.parse::<i64>().map_err(|_| match word.bytes().all(|b| b.is_ascii_digit()) {
                true => self.error(format!("`{word}` is out of range: at most {}", i64::MAX)),
                false => self.error(format!("`{word}` is not a whole number")),
            })?;
            self.at += len;
            Ok(Node::Number(n))
        } else if first.is_ascii_alphabetic() || first == '_' {
            self.at += len;
            Ok(Node::Var(word.to_owned()))
        } else {
            Err(self.error(format!("unexpected `{first}`: write a number, a capture's name or `(`")))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn eval(text: &str, task: i128) -> Option<i128> {
        Expr::parse(text).expect("parses").eval(&|v| (v == "task").then_some(task)).expect("every capture")
    }

    #[test]
    fn precedence_and_signs() {
        assert_eq!(eval("task * task", 4), Some(16));
        assert_eq!(eval("1 + task * 2", 4), Some(9));
        assert_eq!(eval("(1 + task) * 2", 4), Some(10));
        assert_eq!(eval("task - 1 - 1", 4), Some(2));
        assert_eq!(eval("-task * -task", 3), Some(9));
        assert_eq!(eval("task*task*task*task*task*task", i128::from(i64::MAX)), None);
    }

    #[test]
    fn a_capture_with_no_value_is_named() {
        let e = Expr::parse("task * n").expect("parses");
        assert_eq!(e.vars(), vec!["task", "n"]);
        assert_eq!(e.eval(&|v| (v == "task").then_some(2)), Err("n"));
    }

    #[test]
    fn mistakes_say_where_and_what() {
        let err = |text: &str| Expr::parse(text).expect_err("does not parse");
        assert_eq!(err("task ** 2").offset, 6);
        assert!(err("task ** 2").message.contains("x * x"));
        assert_eq!(err("(task").message, "a `(` is not closed: add `)`");
        assert_eq!(err("task +").offset, 6);
        assert!(err("task / 2").message.contains("unexpected `/`"));
        assert!(err("99999999999999999999").message.contains("out of range"));
        assert!(err("2x").message.contains("not a whole number"));
        assert!(err(&"(".repeat(300)).message.contains("longer than"));
        assert!(Expr::parse(&format!("{}1{}", "(".repeat(99), ")".repeat(99))).is_ok());
    }
}
