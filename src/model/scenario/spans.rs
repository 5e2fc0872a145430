//! Where each node of a YAML document stands in its file.
//!
//! serde deserializes without positions, so after a file has parsed the validator names a
//! problem by its path (`processes.main.3.join`) and this index turns that path into a line
//! and column, from yaml-rust2's marked events over the same text.

use std::collections::HashMap;
use yaml_rust2::parser::{Event, MarkedEventReceiver, Parser};
use yaml_rust2::scanner::Marker;

/// One step of a path into a YAML document.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Seg {
    Key(String),
    Index(usize),
}

/// A 1-based line and column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

/// Positions of values and of mapping keys, by path.
#[derive(Debug, Default)]
pub struct SpanIndex {
    values: HashMap<Vec<Seg>, Position>,
    keys: HashMap<Vec<Seg>, Position>,
    duplicates: Vec<(Vec<Seg>, Position)>,
}

impl SpanIndex {
    /// Indexes `text`; an unparsable text gives an empty index (serde reports that error).
    pub fn new(text: &str) -> SpanIndex {
        let mut builder = Builder::default();
        let mut parser = Parser::new_from_str(text);
        let _ = parser.load(&mut builder, false);
        builder.index
    }

    /// The position of the value at `path`, or of its nearest ancestor that has one.
    pub fn value(&self, path: &[Seg]) -> Position {
        self.lookup(&self.values, path)
    }

    /// Keys that appear twice in one mapping (YAML parsers keep the last silently): the path
    /// of each repeated key and the position of its repetition.
    pub fn duplicate_keys(&self) -> &[(Vec<Seg>, Position)] {
        &self.duplicates
    }

    /// The position of the key that ends `path` (for errors about a key itself).
    pub fn key(&self, path: &[Seg]) -> Position {
        self.lookup(&self.keys, path)
    }

    /// The keys of the mapping at `path`.
    pub fn keys_under(&self, path: &[Seg]) -> Vec<String> {
        self.keys
            .keys()
            .filter(|k| k.len() == path.len() + 1 && k[..path.len()] == *path)
            .filter_map(|k| match k.last() {
                Some(Seg::Key(name)) => Some(name.clone()),
                _ => None,
            })
            .collect()
    }

    /// The other keys of the mapping whose key stands at `pos`.
    pub fn sibling_keys(&self, pos: Position) -> Vec<String> {
        let Some((path, _)) = self.keys.iter().find(|(_, p)| **p == pos) else { return Vec::new() };
        let parent = &path[..path.len() - 1];
        self.keys
            .keys()
            .filter(|k| k.len() == path.len() && k[..k.len() - 1] == *parent && *k != path)
            .filter_map(|k| match k.last() {
                Some(Seg::Key(name)) => Some(name.clone()),
                _ => None,
            })
            .collect()
    }

    fn lookup(&self, map: &HashMap<Vec<Seg>, Position>, path: &[Seg]) -> Position {
        (0..=path.len())
            .rev()
            .find_map(|n| map.get(&path[..n]).or_else(|| self.values.get(&path[..n])))
            .copied()
            .unwrap_or(Position { line: 1, column: 1 })
    }
}

enum Frame {
    Map { key: Option<String>, seen: std::collections::HashSet<String> },
    Seq { next: usize },
}

#[derive(Default)]
struct Builder {
    index: SpanIndex,
    stack: Vec<Frame>,
    path: Vec<Seg>,
}

impl Builder {
    /// Called for a node that starts at `pos`; returns true when the node is a mapping key.
    fn node(&mut self, pos: Position, scalar: Option<&str>) -> bool {
        match self.stack.last_mut() {
            Some(Frame::Map { key, seen }) if key.is_none() => {
                let k = scalar.unwrap_or("").to_owned();
                let mut key_path = self.path.clone();
                key_path.push(Seg::Key(k.clone()));
                // A block mapping's start mark can point past its first key; the first key is
                // where a reader looks for the mapping.
                if seen.is_empty() {
                    self.index.values.insert(self.path.clone(), pos);
                }
                if !seen.insert(k.clone()) {
                    self.index.duplicates.push((key_path.clone(), pos));
                }
                self.index.keys.entry(key_path).or_insert(pos);
                *key = Some(k);
                return true;
            }
            Some(Frame::Map { key, .. }) => {
                let k = key.clone().unwrap_or_default();
                self.path.push(Seg::Key(k));
            }
            Some(Frame::Seq { next }) => {
                self.path.push(Seg::Index(*next));
                *next += 1;
            }
            None => {}
        }
        self.index.values.entry(self.path.clone()).or_insert(pos);
        false
    }

    /// Ends a value node: pops its path segment and lets the enclosing map expect a key.
    fn end_value(&mut self) {
        match self.stack.last_mut() {
            Some(Frame::Map { key, .. }) => {
                *key = None;
                self.path.pop();
            }
            Some(Frame::Seq { .. }) => {
                self.path.pop();
            }
            None => {}
        }
    }
}

impl MarkedEventReceiver for Builder {
    fn on_event(&mut self, ev: Event, mark: Marker) {
        let pos = Position { line: mark.line(), column: mark.col() + 1 };
        match ev {
            // A scalar or alias that is a value ends at once; one that is a key does not.
            Event::Scalar(ref s, ..) if !self.node(pos, Some(s)) => self.end_value(),
            Event::Alias(_) if !self.node(pos, None) => self.end_value(),
            Event::MappingStart(..) => {
                self.node(pos, None);
                self.stack.push(Frame::Map { key: None, seen: Default::default() });
            }
            Event::SequenceStart(..) => {
                self.node(pos, None);
                self.stack.push(Frame::Seq { next: 0 });
            }
            Event::MappingEnd | Event::SequenceEnd => {
                self.stack.pop();
                self.end_value();
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_nested_values_and_keys() {
        let text = "processes:\n  main:\n    - print: hi\n    - join: kid\n";
        let index = SpanIndex::new(text);
        let path = [Seg::Key("processes".into()), Seg::Key("main".into()), Seg::Index(1), Seg::Key("join".into())];
        assert_eq!(index.value(&path), Position { line: 4, column: 13 });
        assert_eq!(index.key(&path), Position { line: 4, column: 7 });
    }
}
