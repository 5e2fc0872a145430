//! Whether the values a process printed travelled to it: which of them are among the bytes it
//! read from the program's pipes and sockets, as text or as Python's pickle writes them. The
//! observer keeps those bytes (`Process::received`); the `fifo` check asks that a value printed
//! as read is among them, and the observer takes a line of the learner's own wording whose
//! values are none of them, beside a line of the same pattern whose values are, for a remark.

use std::collections::{HashMap, HashSet};

/// The most matches `found_in` looks at. Matches are about one per byte read for the values
/// of an honest program (at most 4 MiB); only values built to end inside one another at every
/// byte (`1`, `11`, `111`, ... over a run of ones) make more. Past this, the values not yet
/// found count as not read: failing closed, within a second.
const MATCH_BUDGET: usize = 1 << 26;

/// The most different values `first_found` looks for. An exercise prints a few; the automaton
/// of all their encodings is built in time that grows faster than their number (the
/// `aho-corasick` crate's moving of match states): 60,000 values printed took the judge 7 s
/// (red team round 22, L2), 16,384 take a fraction of one. Past it, the values not looked
/// for count as not read: failing closed.
const VALUE_CAP: usize = 1 << 14;

/// Where the calls' bytes end in the bytes searched (each call's from the end of the one
/// before), and which of those ends cut a call short (its bytes past the first 4 KiB not kept).
#[derive(Clone, Copy, Default)]
pub struct Cuts<'c> {
    pub ends: &'c [usize],
    pub short: &'c [usize],
}

/// Which of `values` are among `bytes` in one of their `encodings`, as the bytes hold values
/// (`Layout::holds`: an item of a pickle, a whole token of printable text; never a digit of
/// random bytes): anywhere in them (a value printed before it was taken travelled all the
/// same; the checks of order say that the line came too early). `cuts` are where each call's
/// bytes end in `bytes` (the end of the last one need not be given). Bytes the tracer did not
/// keep (past 4 KiB of a read, past 4 MiB of a run, a read into several buffers) count as not
/// read: no exercise moves that much, and an attacker could read megabytes of anything first
/// to make the check unable to tell.
///
/// One pass over the bytes for every encoding of every value at once (Aho-Corasick,
/// overlapping matches, so that no value hides another), stopped when all are found. A search
/// of the bytes per printed line was O(lines x bytes): a reader printing 20,000 pickled
/// numbers looked for each one's text through all it had read (27 s of judging).
pub fn found_in<'v>(bytes: &[u8], cuts: Cuts<'_>, values: impl Iterator<Item = &'v str>) -> HashSet<&'v str> {
    first_found(bytes, cuts, values).into_keys().collect()
}

/// `found_in`, with where each value first ends in `bytes` (the offset just past its first
/// match in any encoding): a value printed at an event was read before it when that offset is
/// within what the process had read by then (`Process::read_before`).
pub fn first_found<'v>(bytes: &[u8], cuts: Cuts<'_>, values: impl Iterator<Item = &'v str>) -> HashMap<&'v str, usize> {
    let mut found = HashMap::new();
    if bytes.is_empty() {
        return found;
    }
    let Some(search) = Search::new(values) else { return found };
    // Every value with a pattern has its text's, so this is how many values there are to find.
    let mut left = search.owner.iter().collect::<HashSet<_>>().len();
    search.each(bytes, cuts, |value, (_, end)| {
        if let std::collections::hash_map::Entry::Vacant(e) = found.entry(value) {
            e.insert(end);
            left -= 1;
        }
        left > 0
    });
    found
}

/// Where each of `values` lies in `bytes` (start and end), every time, in the order of the
/// ends: `fifo` takes them one line after another, `Process::last_sent` the write of each.
pub fn all_found<'v>(
    bytes: &[u8],
    cuts: Cuts<'_>,
    values: impl Iterator<Item = &'v str>,
) -> HashMap<&'v str, Vec<(usize, usize)>> {
    let mut found: HashMap<&str, Vec<(usize, usize)>> = HashMap::new();
    if let Some(search) = Search::new(values).filter(|_| !bytes.is_empty()) {
        search.each(bytes, cuts, |value, place| {
            found.entry(value).or_default().push(place);
            true
        });
    }
    found
}

/// The encodings of the first `VALUE_CAP` different values, in the order given (the order
/// printed: the rest count as not read), in one automaton.
struct Search<'v> {
    automaton: aho_corasick::AhoCorasick,
    values: Vec<&'v str>,
    /// Per pattern, the value it encodes, and in what form.
    owner: Vec<usize>,
    form: Vec<Form>,
}

/// How a value's bytes may have been sent: as its text, pickled, or as the bytes of a
/// `struct.pack`ed number of its own.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Form {
    Text,
    Pickled,
    Raw,
}

impl<'v> Search<'v> {
    fn new(values: impl Iterator<Item = &'v str>) -> Option<Search<'v>> {
        let mut seen = HashSet::new();
        let values: Vec<&str> = values.filter(|v| seen.insert(*v)).take(VALUE_CAP).collect();
        let (mut patterns, mut owner, mut forms) = (Vec::new(), Vec::new(), Vec::new());
        for (i, v) in values.iter().enumerate() {
            for (form, e) in encodings(v).into_iter().filter(|(_, e)| !e.is_empty()) {
                patterns.push(e);
                owner.push(i);
                forms.push(form);
            }
        }
        if patterns.is_empty() {
            return None;
        }
        let automaton = aho_corasick::AhoCorasick::new(&patterns).ok()?;
        Some(Search { automaton, values, owner, form: forms })
    }

    /// Calls `each` with every match's value, start and end, in the order of the ends, while it
    /// returns true, for at most `MATCH_BUDGET` matches. A match counts only where the bytes
    /// hold it as a value (`Layout::holds`).
    fn each(
        &self,
        bytes: &[u8],
        Cuts { ends: cuts, short }: Cuts<'_>,
        mut each: impl FnMut(&'v str, (usize, usize)) -> bool,
    ) {
        let layout = Layout::of(bytes, cuts, short);
        let mut calls = Calls::default();
        // Overlapping matches come in the order of their ends: a value's first is its earliest.
        for m in self.automaton.find_overlapping_iter(bytes).take(MATCH_BUDGET) {
            let pattern = m.pattern().as_usize();
            if !layout.holds(bytes, cuts, (m.start(), m.end()), self.form[pattern], &mut calls) {
                continue;
            }
            if !each(self.values[self.owner[pattern]], (m.start(), m.end())) {
                break;
            }
        }
    }
}

/// The most pickle opcodes `Layout::of` reads in one search: a reader's few MiB of honest
/// pickles are about a byte an opcode; random bytes stop a parse within a few. Past it, the
/// rest counts as bytes outside any pickle, where no pickled number counts: failing closed.
const PARSE_BUDGET: usize = 1 << 24;

/// Where bytes read (or written) hold pickles, and the items each holds: a value's pickled
/// number counts only as an item of a pickle, its text only as a whole token of a string item
/// of printable text, or of a call's text outside any pickle (`holds`). Random bytes (a
/// 4,000-byte `os.urandom` sent as a "go") hold every digit and `K` followed by every byte
/// now and then, each with bytes beside it that are no letters: counted anywhere, single-digit
/// values "travelled" from nowhere (red team round 29, F4: 12/12 and 13/13).
#[derive(Default)]
struct Layout {
    pickles: Vec<Pickle>,
}

/// A pickle found in the bytes (from its `PROTO` to its `STOP`, or to where the bytes kept of
/// it end), with its items in order.
struct Pickle {
    start: usize,
    end: usize,
    items: Vec<Item>,
}

/// An item of a pickle: a number, `None`, `True` or `False` (its opcode and argument), or a
/// string's or bytes' content, and whether that is printable text.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Item {
    Scalar { start: usize, end: usize },
    Text { start: usize, end: usize, printable: bool },
}

impl Item {
    fn start(&self) -> usize {
        match *self {
            Item::Scalar { start, .. } | Item::Text { start, .. } => start,
        }
    }

    fn end(&self) -> usize {
        match *self {
            Item::Scalar { end, .. } | Item::Text { end, .. } => end,
        }
    }
}

/// Per call (by where its bytes start), what `Layout::call_kind` says of it, looked up once:
/// matches come many to a call (a search of the call per match was quadratic).
#[derive(Default)]
struct Calls {
    kinds: HashMap<usize, (bool, bool)>,
}

impl Layout {
    /// The pickles in `bytes`: each `PROTO` (`\x80` and a protocol 2 to 5) that starts a run of
    /// opcodes ending at a `STOP`, or at one of `cuts` (where a call's bytes end: the tracer
    /// keeps the first 4 KiB of each) or the end of the bytes, is one; the search goes on after
    /// it.
    fn of(bytes: &[u8], cuts: &[usize], short: &[usize]) -> Layout {
        let mut pickles = Vec::new();
        let mut budget = PARSE_BUDGET;
        let mut at = 0;
        while budget > 0 {
            let Some(k) =
                bytes.get(at..).and_then(|rest| rest.windows(2).position(|w| w[0] == 0x80 && (2..=5).contains(&w[1])))
            else {
                break;
            };
            let start = at + k;
            match parse(bytes, start, cuts, short, &mut budget) {
                Some(pickle) => {
                    at = pickle.end.max(start + 1);
                    pickles.push(pickle);
                }
                None => at = start + 1,
            }
        }
        Layout { pickles }
    }

    fn pickle_at(&self, at: usize) -> Option<&Pickle> {
        let k = self.pickles.partition_point(|p| p.end <= at);
        self.pickles.get(k).filter(|p| p.start <= at)
    }

    /// Whether the match `start..end` of a value's encoding (`text`: its text, else a pickled
    /// form) is that value in these bytes. In a pickle, a pickled form must be an item, the
    /// text a whole token of a printable string item. Outside pickles, only the text counts, as
    /// a whole token, and only in the bytes of calls that are text (`text_call`), or after a
    /// `multiprocessing` length that counts the text after it in the same call (`send_bytes`
    /// writes both at once); a protocol 0 pickle's item (`Vtext\n`, `I7\n`) is such text.
    fn holds(&self, bytes: &[u8], cuts: &[usize], (start, end): (usize, usize), form: Form, calls: &mut Calls) -> bool {
        let text = form == Form::Text;
        // A letter or digit before `at` (`before`) or at it, ASCII or not: `é1ü2` is one word
        // to Python, whose `\w` the patterns use (red team round 30: `'véé1ü2ö3ä4ß'` carried
        // 1 to 4).
        let word = |at: usize, before: bool| letter_at(bytes, at, before);
        if let Some(pickle) = self.pickle_at(start) {
            let k = pickle.items.partition_point(|i| i.start() <= start);
            let Some(item) = k.checked_sub(1).map(|k| pickle.items[k]) else { return false };
            return match item {
                Item::Scalar { start: s, end: e } => form == Form::Pickled && (s, e) == (start, end),
                Item::Text { start: s, end: e, printable } => {
                    text && printable
                        && end <= e
                        && (start == s || !word(start, true))
                        && (end == e || !word(end, false))
                }
            };
        }
        if form == Form::Pickled || end > bytes.len() || self.pickle_at(end - 1).is_some() {
            return false;
        }
        // The calls the match lies in, each from the end of the one before.
        let call_of = |at: usize| {
            let k = cuts.partition_point(|&c| c <= at);
            (k.checked_sub(1).map_or(0, |k| cuts[k]), cuts.get(k).copied().unwrap_or(bytes.len()))
        };
        if form == Form::Raw {
            return self.raw_number(bytes, call_of(start), (start, end), call_of);
        }
        // Protocol 0's items: `Vtext\n`, `I7\n`, `L7L\n`, `F7.0\n`.
        let protocol_0 = start >= 1
            && matches!(bytes[start - 1], b'V' | b'I' | b'L' | b'F')
            && matches!(bytes.get(end), Some(b'\n' | b'L'));
        // Where one call's bytes end, the next call's are no neighbours: a message of a socket
        // pair of its own (`x` * 1000, then `ping`), a write of its own.
        let cut = |at: usize| cuts.binary_search(&at).is_ok();
        let glued = (start > 0 && !cut(start) && word(start, true)) || (!cut(end) && word(end, false));
        if !protocol_0 && glued {
            return false;
        }
        let (first, last) = (call_of(start), call_of(end - 1));
        let mut at = first;
        loop {
            let (text, sized) = *calls.kinds.entry(at.0).or_insert_with(|| self.call_kind(bytes, at));
            // `send_bytes`' text after its length, in one write: the match after the length.
            let after_length = sized && first == last && start >= at.0 + 4;
            if !text && !after_length {
                return false;
            }
            if at == last {
                return true;
            }
            at = call_of(at.1);
        }
    }

    /// Whether the match `start..end` of a `struct.pack`ed number is a whole call of its own,
    /// other than a `multiprocessing` length (a call of 4 bytes whose number is the next call's
    /// size), or follows such a length in the same write (`send_bytes` writes both at once).
    /// Random bytes make a call of exactly those bytes once in 2^32.
    fn raw_number(
        &self,
        bytes: &[u8],
        (c0, c1): (usize, usize),
        (start, end): (usize, usize),
        call_of: impl Fn(usize) -> (usize, usize),
    ) -> bool {
        if (start, end) == (c0, c1) {
            let next = (c1 < bytes.len()).then(|| call_of(c1));
            let a_length = c1 - c0 == 4 && next.is_some_and(|(n0, n1)| length_at(bytes, c0) == n1 - n0);
            return !a_length;
        }
        c1 - c0 >= 4 && start == c0 + 4 && end == c1 && length_at(bytes, c0) == end - start
    }

    /// Whether the call `c0..c1` is text outside pickles (`text_call`), and whether it is a
    /// 4-byte big-endian length then text, as many bytes as it says or more than the tracer
    /// kept (`send_bytes` writes both at once).
    fn call_kind(&self, bytes: &[u8], (c0, c1): (usize, usize)) -> (bool, bool) {
        let sized = c1 - c0 >= 4 && {
            let length = length_at(bytes, c0);
            length >= c1 - c0 - 4 && length < 1 << 31 && is_text(&bytes[c0 + 4..c1])
        };
        (self.text_call(bytes, (c0, c1)), sized)
    }

    /// Whether the bytes of the call `c0..c1` outside pickles are text (NULs aside: C's
    /// strings end in one, and a fixed-size buffer is padded with them).
    fn text_call(&self, bytes: &[u8], (c0, c1): (usize, usize)) -> bool {
        let mut at = c0;
        let mut outside: Vec<u8> = Vec::new();
        let k = self.pickles.partition_point(|p| p.end <= c0);
        for p in self.pickles[k..].iter().take_while(|p| p.start < c1) {
            outside.extend(bytes[at..p.start.max(at)].iter().filter(|&&b| b != 0));
            outside.push(b'\n');
            at = p.end.min(c1).max(at);
        }
        outside.extend(bytes[at..c1].iter().filter(|&&b| b != 0));
        is_text(&outside)
    }
}

/// The 4-byte big-endian number at `at`: a `multiprocessing` message's length, as
/// `send_bytes` writes it before the message (the caller knows 4 bytes are there).
fn length_at(bytes: &[u8], at: usize) -> usize {
    u32::from_be_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]]) as usize
}

/// Whether the character that ends at `at` (`before`) or begins there is a letter, a digit or
/// `_`, as Python's `\w` reads it: an ASCII byte, or a UTF-8 sequence decoded (a byte of no
/// valid sequence is none).
fn letter_at(bytes: &[u8], at: usize, before: bool) -> bool {
    let is_word = |c: char| c.is_alphanumeric() || c == '_';
    if before {
        // Back over up to three continuation bytes to the sequence's first byte.
        let Some(last) = at.checked_sub(1) else { return false };
        let first = (last.saturating_sub(3)..=last).rev().find(|&k| bytes[k] & 0xc0 != 0x80).unwrap_or(last);
        std::str::from_utf8(&bytes[first..at]).ok().and_then(|t| t.chars().next()).is_some_and(is_word)
    } else {
        let Some(&b) = bytes.get(at) else { return false };
        let size = match b {
            0x00..=0x7f => 1,
            0xc0..=0xdf => 2,
            0xe0..=0xef => 3,
            _ => 4,
        };
        bytes
            .get(at..at + size)
            .and_then(|t| std::str::from_utf8(t).ok())
            .and_then(|t| t.chars().next())
            .is_some_and(is_word)
    }
}

/// Whether `bytes` are printable text: valid UTF-8 with no control character but tabs and line
/// ends.
fn is_text(bytes: &[u8]) -> bool {
    std::str::from_utf8(bytes).is_ok_and(|t| t.chars().all(|c| !c.is_control() || matches!(c, '\t' | '\n' | '\r')))
}

/// The pickle whose `PROTO` is at `start`: its opcodes read one after another up to its `STOP`;
/// at an opcode that is none, or an argument past the bytes' end, the pickle ends at the last
/// of `cuts` (or the end) it went past, the rest of it not kept, or there is none.
fn parse(bytes: &[u8], start: usize, cuts: &[usize], short: &[usize], budget: &mut usize) -> Option<Pickle> {
    // Past a call whose bytes were not all kept, the next call's bytes are not the rest of
    // this pickle: a 10 KB item's length, read on into them, swallowed every later value
    // (red team round 33: a queue item over 4 KiB hid the values put after it).
    let kept = short.get(short.partition_point(|&c| c <= start)).copied().unwrap_or(bytes.len());
    let bytes = &bytes[..kept.min(bytes.len())];
    let mut items = Vec::new();
    let mut at = start;
    let stopped = loop {
        if *budget == 0 {
            return None;
        }
        *budget -= 1;
        let (size, item) = match opcode(bytes, at) {
            Ok(opcode) => opcode,
            // An argument past the end is the end of what was kept.
            Err(Stop::Short) => break bytes.len(),
            Err(Stop::NoOpcode) => break at,
        };
        if bytes[at] == b'.' {
            return Some(Pickle { start, end: at + 1, items });
        }
        items.extend(item);
        at += size;
    };
    let passed = cuts.partition_point(|&c| c <= stopped);
    let cut = cuts[..passed].last().copied().filter(|&c| c > start);
    let end = cut.or((stopped >= bytes.len()).then_some(bytes.len()))?;
    items.retain(|i| i.end() <= end);
    Some(Pickle { start, end, items })
}

/// Why `opcode` read no opcode: its argument (of a size it says in bytes: a fixed size, or a
/// length first) runs past the end, or the byte is no opcode (or protocol 0's argument has no
/// newline).
enum Stop {
    Short,
    NoOpcode,
}

/// The size of the opcode at `at` with its argument, and the item it makes; `Stop` for a byte
/// that is no opcode of pickle's (protocols 0 to 5) or an argument past the end.
fn opcode(bytes: &[u8], at: usize) -> Result<(usize, Option<Item>), Stop> {
    let op = *bytes.get(at).ok_or(Stop::Short)?;
    let arg = at + 1;
    // A little-endian length of `n` bytes after the opcode, then that many bytes.
    let sized = |n: usize| -> Result<(usize, usize), Stop> {
        let short = || {
            let raw = bytes.get(arg..arg + n)?;
            let length =
                raw.iter().rev().try_fold(0usize, |acc, &b| acc.checked_mul(256)?.checked_add(usize::from(b)))?;
            let content = arg + n;
            (content.checked_add(length)? <= bytes.len()).then_some((content, content + length))
        };
        short().ok_or(Stop::Short)
    };
    let fixed = |n: usize| (arg + n <= bytes.len()).then_some(1 + n).ok_or(Stop::Short);
    // Protocol 0's arguments end at a newline.
    let line = |from: usize| {
        bytes.get(from..).and_then(|rest| rest.iter().position(|&b| b == b'\n')).map(|k| from + k).ok_or(Stop::NoOpcode)
    };
    let text = |(start, end): (usize, usize)| Item::Text { start, end, printable: is_text(&bytes[start..end]) };
    Ok(match op {
        b'N' | 0x88 | 0x89 => (1, Some(Item::Scalar { start: at, end: at + 1 })),
        b'K' | b'M' | b'J' | b'G' => {
            let size = fixed(match op {
                b'K' => 1,
                b'M' => 2,
                b'J' => 4,
                _ => 8,
            })?;
            (size, Some(Item::Scalar { start: at, end: at + size }))
        }
        0x8a | 0x8b => {
            let (_, end) = sized(if op == 0x8a { 1 } else { 4 })?;
            (end - at, Some(Item::Scalar { start: at, end }))
        }
        0x8c | b'U' | b'C' | b'X' | b'T' | b'B' | 0x8d | 0x8e | 0x96 => {
            let range = sized(match op {
                0x8c | b'U' | b'C' => 1,
                b'X' | b'T' | b'B' => 4,
                _ => 8,
            })?;
            (range.1 - at, Some(text(range)))
        }
        b'V' | b'S' | b'I' | b'F' | b'L' => {
            let end = line(arg)?;
            // Python 2's long ends in `L`: `L12L\n`.
            let content = if op == b'L' && end > arg && bytes[end - 1] == b'L' { end - 1 } else { end };
            (end + 1 - at, Some(text((arg, content))))
        }
        b'P' | b'p' | b'g' => (line(arg)? + 1 - at, None),
        b'c' | b'i' => (line(line(arg)? + 1)? + 1 - at, None),
        0x80 | b'q' | b'h' | 0x82 => (fixed(1)?, None),
        0x83 => (fixed(2)?, None),
        b'r' | b'j' | 0x84 => (fixed(4)?, None),
        0x95 => (fixed(8)?, None),
        b'(' | b'.' | b'0' | b'1' | b'2' | b'R' | b'a' | b'b' | b'd' | b'e' | b'l' | b'o' | b's' | b't' | b'u'
        | b']' | b'}' | b')' | b'Q' | 0x81 | 0x85 | 0x86 | 0x87 | 0x8f | 0x90 | 0x91 | 0x92 | 0x93 | 0x94 | 0x97
        | 0x98 => (1, None),
        _ => return Err(Stop::NoOpcode),
    })
}

/// The byte strings a value printed as `value` may have travelled as: its text (a `str`, `bytes`
/// or Python 2 `str` pickles as its text, as does a line written to a pipe); for a whole
/// number, pickle's `BININT1`, `BININT2`, `BININT` or `LONG1`; for a float `BINFLOAT`; for
/// `True`, `False`, `None` their opcodes. Each number with its opcode: the 4 bytes of a small
/// number alone are in every pickle's frame header. And a number's bytes as `struct.pack`
/// makes them (2, 4 or 8 bytes, big- or little-endian), which count only as a call of their
/// own (`Layout::raw_number`).
fn encodings(value: &str) -> Vec<(Form, Vec<u8>)> {
    let mut out = vec![(Form::Text, value.as_bytes().to_vec())];
    let mut pickled = |bytes: Vec<u8>| out.push((Form::Pickled, bytes));
    if let Ok(n) = value.parse::<i64>() {
        match n {
            0..=255 => pickled(vec![b'K', n as u8]),
            256..=65535 => pickled([&[b'M'][..], &(n as u16).to_le_bytes()].concat()),
            _ => {}
        }
        if let Ok(n) = i32::try_from(n) {
            pickled([&[b'J'][..], &n.to_le_bytes()].concat());
        }
        // `LONG1`: its length, then the fewest little-endian two's complement bytes.
        let mut long = n.to_le_bytes().to_vec();
        while long.len() > 1 {
            let (last, next) = (long[long.len() - 1], long[long.len() - 2]);
            if (last == 0 && next & 0x80 == 0) || (last == 0xff && next & 0x80 != 0) {
                long.pop();
            } else {
                break;
            }
        }
        pickled([&[0x8a, long.len() as u8][..], &long].concat());
        // A whole-number float sent and printed as an int (`q.put(1.0)`, `print('read, %d' %
        // x)`): the float pickled (blind19), where the number is one a float holds exactly.
        if n.unsigned_abs() <= 1 << 53 {
            pickled([&[b'G'][..], &(n as f64).to_be_bytes()].concat());
        }
        // `struct.pack`'s `!h`, `<h`, `!i`, `<i`, `!q`, `<q` (blind26: `'!i'` over a pipe).
        let mut raw = vec![n.to_be_bytes().to_vec(), n.to_le_bytes().to_vec()];
        if let Ok(n) = i32::try_from(n) {
            raw.extend([n.to_be_bytes().to_vec(), n.to_le_bytes().to_vec()]);
        }
        if let Ok(n) = i16::try_from(n) {
            raw.extend([n.to_be_bytes().to_vec(), n.to_le_bytes().to_vec()]);
        }
        out.extend(raw.into_iter().map(|bytes| (Form::Raw, bytes)));
    } else if let Ok(f) = value.parse::<f64>() {
        pickled([&[b'G'][..], &f.to_be_bytes()].concat());
        out.extend([f.to_be_bytes().to_vec(), f.to_le_bytes().to_vec()].map(|bytes| (Form::Raw, bytes)));
    }
    match value {
        "True" => out.push((Form::Pickled, vec![0x88])),
        "False" => out.push((Form::Pickled, vec![0x89])),
        "None" => out.push((Form::Pickled, vec![b'N'])),
        _ => {}
    }
    out
}

#[cfg(test)]
mod tests {
    /// All values are looked for in one pass: one that ends inside another (`1` in `111`) is
    /// found with it, a pickled number by its opcode, and a value that is not there is not.
    #[test]
    fn values_are_found_among_the_bytes_read_in_one_pass() {
        let values = ["1", "11", "111", "1111", "7", "x1", "12", "1", "8"];
        let mut found: Vec<&str> =
            super::found_in(b"1 11 111;x1:\x80\x04K\x07.", super::Cuts::default(), values.into_iter())
                .into_iter()
                .collect();
        found.sort();
        assert_eq!(found, ["1", "11", "111", "7", "x1"]);
        assert!(super::found_in(b"", super::Cuts::default(), values.into_iter()).is_empty());
    }

    /// A value is found as a whole token: not inside a longer word or number (`1` in
    /// `0123456789`, `5` in `v5`), but as a pickled item of its own (its length before it,
    /// whatever follows: protocol 2's memo `q`), or between other characters.
    #[test]
    fn a_value_is_found_as_a_whole_token_only() {
        let found = |bytes: &[u8], v: &str| super::found_in(bytes, super::Cuts::default(), [v].into_iter()).contains(v);
        assert!(!found(b"ready 0123456789", "1"));
        assert!(!found(b"v5", "5") && !found(b"5v", "5"));
        assert!(found(b"\x80\x02U\x05helloq\x01.", "hello"));
        assert!(found(b"\x80\x04\x95\x09\x00\x00\x00\x00\x00\x00\x00\x8c\x05hello\x94.", "hello"));
        assert!(found(b"Vhello\np0\n.", "hello"));
        assert!(found(b"read, 5\n", "5") && found(b"[1, 2]", "2"));
        assert!(found(b"\x80\x02K\x05.", "5"), "a pickled number needs no boundary");
    }

    /// Random bytes hold digits with no letter beside them, and `K` before any byte: neither
    /// counts outside a pickle's items or a line of text (red team round 29, F4), nor inside a
    /// pickled `bytes` that is not text. A seeded generator: the same bytes in every run.
    #[test]
    fn random_bytes_carry_no_value() {
        let mut state = 0x2545_f491_4f6c_dd1du64;
        let random: Vec<u8> = (0..40_000)
            .map(|_| {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                (state >> 24) as u8
            })
            .collect();
        let digits = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"];
        assert!(super::found_in(&random, super::Cuts::default(), digits.into_iter()).is_empty());
        assert!(
            super::found_in(&random, super::Cuts { ends: &[4_000, 8_000], short: &[] }, digits.into_iter()).is_empty()
        );
        // The same, pickled as one `bytes` item (`q.put(os.urandom(4000))`).
        let pickled =
            [&b"\x80\x04\x95\x00\x00\x00\x00\x00\x00\x00\x00B\x40\x9c\x00\x00"[..], &random, b"\x94."].concat();
        assert!(super::found_in(&pickled, super::Cuts::default(), digits.into_iter()).is_empty());
        // Text in the bytes outside a line of its own: none.
        assert!(super::found_in(b"\x01\x02 7 \xff\xfe", super::Cuts::default(), ["7"].into_iter()).is_empty());
    }

    /// The forms an honest program sends a value in: a pickled item, a string item holding it
    /// as a word, `send_bytes`' text after its length (one write, or the length read first),
    /// protocol 0's items, a line of text with other text and non-ASCII letters, and a pickle
    /// of which the tracer kept the first part only (a cut, where a read's kept bytes end).
    #[test]
    fn honest_forms_carry_their_values() {
        let found = |bytes: &[u8], cuts: &[usize], v: &str| {
            super::found_in(bytes, super::Cuts { ends: cuts, short: &[] }, [v].into_iter()).contains(v)
        };
        assert!(found(b"\x80\x04\x95\x0d\x00\x00\x00\x00\x00\x00\x00\x8c\x08write, 7\x94.", &[], "7"));
        assert!(found(b"\x00\x00\x00\x04pong", &[], "pong"));
        assert!(found(b"\x00\x00\x00\x04pong\x00\x00\x00\x04ping", &[4, 8, 12, 16], "ping"));
        assert!(found(b"\x00\x00\x00\x25a longer reply of 37 bytes: pong ok.", &[], "pong"));
        assert!(found(b"(lp0\nI7\naS'pong'\np1\na.", &[], "7"));
        assert!(found(b"(lp0\nI7\naS'pong'\np1\na.", &[], "pong"));
        assert!(found("reçu : 7\nécrit, 8\n«9»".as_bytes(), &[], "8") && found("«9»".as_bytes(), &[], "9"));
        // Letters that are not ASCII are letters: `é1ü2` holds no value 1 or 2.
        assert!(!found("véé1ü2ö3".as_bytes(), &[], "1") && !found("véé1ü2ö3".as_bytes(), &[], "3"));
        let cut = b"\x80\x04\x95\x00\x10\x00\x00\x00\x00\x00\x00]\x94(K\x01K\x07K";
        assert!(found(cut, &[cut.len()], "7") && found(cut, &[], "7"));
        // `struct.pack('!i', 7)` through `send_bytes`: its length read first, then the number;
        // or written in one call with its length. Not a length itself, nor inside other bytes.
        let packed = b"\x00\x00\x00\x04\x00\x00\x00\x07\x00\x00\x00\x04\x00\x00\x00\x08";
        assert!(found(packed, &[4, 8, 12, 16], "7") && found(packed, &[4, 8, 12, 16], "8"));
        assert!(!found(packed, &[4, 8, 12, 16], "4"), "a length is no value");
        assert!(found(&packed[..8], &[8], "7") && !found(packed, &[], "7"));
        assert!(found(&7.5f64.to_le_bytes(), &[], "7.5"));
        // Two messages of a socket pair: the first's `x`s are no part of the second's word.
        assert!(found(b"xxxxping", &[4, 8], "ping") && !found(b"xxxxping", &[], "ping"));
        // Not a pickle's item: `K\x07` inside a string, or a pickle cut where no call ended.
        assert!(!found(b"\x80\x04\x8c\x02K\x07\x94.", &[], "7"));
        let garbage = b"\x80\x04K\x07\xff\x8c\x01x";
        assert!(!found(garbage, &[], "7") && found(garbage, &[4], "7"));
    }

    /// Past `VALUE_CAP` different values, the later ones (in the order given) are not looked
    /// for: they count as not read, whatever the bytes hold.
    #[test]
    fn values_past_the_cap_count_as_not_read() {
        let values: Vec<String> = (0..super::VALUE_CAP + 2).map(|i| format!("v{i}.")).collect();
        let bytes = values.join(" ");
        let found = super::found_in(bytes.as_bytes(), super::Cuts::default(), values.iter().map(String::as_str));
        assert_eq!(found.len(), super::VALUE_CAP);
        assert!(found.contains(values[0].as_str()) && !found.contains(values[super::VALUE_CAP].as_str()));
    }

    /// A whole number is found as the float pickle writes for it too: `q.put(7.0)` read and
    /// printed as `7` (blind19).
    #[test]
    fn a_whole_number_is_found_as_a_pickled_float() {
        let pickled_seven = [&[0x80, 0x04, b'G'][..], &7.0f64.to_be_bytes(), b"."].concat();
        let found = super::found_in(&pickled_seven, super::Cuts::default(), ["7", "8"].into_iter());
        assert_eq!(found.into_iter().collect::<Vec<_>>(), ["7"]);
    }

    /// A read whose bytes past the first 4 KiB were not kept ends its pickle there: the length
    /// of a 10 KB string item in it, read on, took the next reads' pickles for its content
    /// (red team round 33: a queue item over 4 KiB hid every value put after it).
    #[test]
    fn a_pickle_cut_short_does_not_swallow_the_next_reads() {
        let mut bytes = b"\x80\x04X\x10\x27\x00\x00".to_vec();
        bytes.resize(4096, b'=');
        bytes.extend_from_slice(b"\x80\x04K\x03.");
        let ends = [4096, bytes.len()];
        let found = |short: &[usize]| super::found_in(&bytes, super::Cuts { ends: &ends, short }, ["3"].into_iter());
        assert!(found(&[4096]).contains("3"));
        assert!(found(&[]).is_empty());
    }
}
