//! Folding of counting runs in a snapshot's lists: a run of 10 or more consecutive lines
//! that count (`put 0 into q`, `put 1 into q`, … `put 199999 into q`) is written as one entry,
//! `{first, last, events}` (or `edges` for the edges), instead of a line each. Nobody reads
//! 600,000 lines, and writing and comparing them was most of a big run's time.
//!
//! Folding is lossless: an entry stands for exactly the lines its rule makes from `first`,
//! one per step up to `last`, so the folded list determines the unfolded one and a change to
//! any single line still changes the snapshot. The rules (also in docs/scenario-format.md,
//! "Snapshots"):
//!
//! - **Events**: two event texts are in step when they are equal but for one number, which
//!   goes up by exactly 1 from the first to the second. A number is a run of ASCII digits
//!   with no leading zero (`0` itself is one) that stands alone: the character before it is
//!   not a letter, digit, `_`, `.` or `-` (so `kid1`, `1.5` and `-3` never count) and the one
//!   after it is not a letter, digit, `_` or `.` (so `1s` never counts). Every pair of
//!   neighbours in a run varies the same number.
//! - **Edges** (`FROM[i] -> TO[j] (KIND)`): two edges are in step when they have the same
//!   `FROM`, `TO` and `KIND` and both `i` and `j` go up by exactly 1.
//!
//! Runs are found greedily from the start of the list: a run ends at the first line out of
//! step, and a shorter run than [`MIN_RUN`] is written line by line (its last line may begin
//! the next run).

/// The fewest lines a snapshot folds into one entry. An entry takes three lines, so a run of
/// 4 would already be shorter folded; but the short lists a reader checks by eye (three
/// workers started, four joined) read better written out, and the runs worth folding are
/// long: a queue's items, a pool's tasks.
pub const MIN_RUN: u64 = 10;

/// Which rule a list is folded by.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rule {
    /// Event texts: one standalone number counts up.
    Events,
    /// Edge lines: both indices count up.
    Edges,
}

impl Rule {
    /// The key of a folded entry that says how many lines it stands for.
    pub fn count_key(self) -> &'static str {
        match self {
            Rule::Events => "events",
            Rule::Edges => "edges",
        }
    }

    /// Where the part that varies starts when `b` follows `a` in a run, `None` when it does
    /// not: neighbours in one run must vary at the same place.
    fn step(self, a: &str, b: &str) -> Option<usize> {
        match self {
            Rule::Events => event_step(a, b),
            Rule::Edges => edge_step(a, b).then_some(0),
        }
    }
}

/// One item of a folded list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Item<'a> {
    /// A line as it is.
    Line(&'a str),
    /// `count` lines, from `first` to `last` by the rule's steps.
    Run { first: &'a str, last: &'a str, count: u64 },
}

/// Folds lines as they come, handing each finished item to a callback: only the current
/// run's first and last lines are held.
pub struct Folder {
    /// The fewest lines folded into an entry ([`MIN_RUN`] in snapshots).
    min_run: u64,
    first: String,
    last: String,
    /// Lines in the current run (0: none yet).
    count: u64,
    /// Where the run's varying part starts, once it has two lines.
    at: usize,
    /// The numbers that vary along the current run of 2 or more lines, as spans of `first` with
    /// `first`'s values: one for events, two for edges.
    varying: Vec<(usize, usize, u64)>,
    /// Where those numbers lie in `last` (start, end): a next line is in step when it is `last`
    /// with each of them one higher, checked where they lie, with no line made. Empty when
    /// that cannot be said there (a number near `u64::MAX`).
    last_digits: Vec<(usize, usize)>,
    /// Room for the line `nth_line` makes where a number grows a digit (`9` to `10`): the
    /// next line is then compared with it whole.
    scratch: String,
}

impl Default for Folder {
    fn default() -> Folder {
        Folder::folding_from(MIN_RUN)
    }
}

impl Folder {
    /// A folder that folds runs of `min_run` lines or more (at least 2).
    pub fn folding_from(min_run: u64) -> Folder {
        Folder {
            min_run: min_run.max(2),
            first: String::new(),
            last: String::new(),
            count: 0,
            at: 0,
            varying: Vec::new(),
            last_digits: Vec::new(),
            scratch: String::new(),
        }
    }

    /// Takes the next line; `emit` gets the items it finishes. `None` when `emit` fails.
    pub fn push(&mut self, rule: Rule, line: &str, emit: &mut impl FnMut(Item<'_>) -> Option<()>) -> Option<()> {
        match self.count {
            0 => self.restart(line),
            1 => match rule.step(&self.last, line) {
                Some(at) => self.extend(rule, line, at),
                None => {
                    emit(Item::Line(&self.first))?;
                    self.restart(line);
                }
            },
            _ => match self.continues(line) {
                Some(_) => {
                    self.last.clear();
                    self.last.push_str(line);
                    self.count += 1;
                }
                _ if self.count < self.min_run => {
                    // A short run broken: its lines but the last stand alone, and the last
                    // may begin a run with this line.
                    self.emit_lines(self.count - 1, emit)?;
                    std::mem::swap(&mut self.first, &mut self.last);
                    self.last.clone_from(&self.first);
                    self.count = 1;
                    return self.push(rule, line, emit);
                }
                _ => {
                    self.flush(emit)?;
                    self.restart(line);
                }
            },
        }
        Some(())
    }

    /// Hands over what is left; the folder is then empty.
    pub fn finish(&mut self, emit: &mut impl FnMut(Item<'_>) -> Option<()>) -> Option<()> {
        self.flush(emit)?;
        self.count = 0;
        Some(())
    }

    /// `Some(at)` when `line` continues the current run of 2 or more, varying at its place:
    /// when it is the line the run's rule makes next. Usually told where its numbers lie
    /// (`steps_from_last`); where a number grows a digit, by the whole line the rule makes.
    fn continues(&mut self, line: &str) -> Option<usize> {
        if self.steps_from_last(line) {
            return Some(self.at);
        }
        let mut next = std::mem::take(&mut self.scratch);
        let made = self.nth_line(self.count, &mut next);
        let same = made && next == line;
        self.scratch = next;
        if !same {
            return None;
        }
        // `line` becomes the run's last line: where its numbers lie now.
        self.place_digits(self.count);
        Some(self.at)
    }

    /// Whether `line` is `last` with each varying number one higher, none growing a digit:
    /// the text around them the same byte for byte, and each number's digits counted up by
    /// one (a trailing `9`s become `0`s, the digit before them one more).
    fn steps_from_last(&self, line: &str) -> bool {
        let (last, line) = (self.last.as_bytes(), line.as_bytes());
        if self.last_digits.is_empty() || last.len() != line.len() {
            return false;
        }
        let mut at = 0;
        for &(start, end) in &self.last_digits {
            if last[at..start] != line[at..start] || !counts_up(&last[start..end], &line[start..end]) {
                return false;
            }
            at = end;
        }
        last[at..] == line[at..]
    }

    /// Finds the run's varying numbers in `first` when it has just begun (two lines).
    fn begin_run(&mut self, rule: Rule) {
        self.varying.clear();
        let first = self.first.as_bytes();
        match rule {
            Rule::Events => self.varying.extend(number_at(first, self.at).map(|(v, end)| (self.at, end, v))),
            Rule::Edges => self.varying.extend(edge_spans(&self.first).into_iter().flatten()),
        }
        self.place_digits(1);
    }

    /// Sets `last_digits` for `last` being the run's line `k`: each number of `first` is `k`
    /// higher there, shifted by the digits the ones before it gained. Left empty for numbers of
    /// 19 digits or more, whose steps `nth_line` checks (it knows where `u64` ends).
    fn place_digits(&mut self, k: u64) {
        self.last_digits.clear();
        let mut shift = 0usize;
        let mut placed = Vec::with_capacity(self.varying.len());
        for &(start, end, value) in &self.varying {
            let Some(n) = value.checked_add(k) else { return };
            let digits = decimal_len(n);
            if digits >= 19 {
                return;
            }
            placed.push((start + shift, start + shift + digits));
            shift += digits - (end - start);
        }
        self.last_digits = placed;
    }

    /// Writes the run's line `k` (0: `first`) into `out`: `first` with each varying number
    /// `k` higher. False when a number would pass `u64::MAX` (no such line).
    fn nth_line(&self, k: u64, out: &mut String) -> bool {
        out.clear();
        let mut at = 0;
        for &(start, end, value) in &self.varying {
            out.push_str(&self.first[at..start]);
            let Some(n) = value.checked_add(k) else { return false };
            push_decimal(out, n);
            at = end;
        }
        out.push_str(&self.first[at..]);
        true
    }

    fn restart(&mut self, line: &str) {
        self.first.clear();
        self.first.push_str(line);
        self.last.clear();
        self.last.push_str(line);
        self.count = 1;
    }

    fn extend(&mut self, rule: Rule, line: &str, at: usize) {
        self.last.clear();
        self.last.push_str(line);
        self.count += 1;
        self.at = at;
        self.begin_run(rule);
    }

    /// Hands over the current run's first `n` lines one by one, made again by `nth_line`
    /// (each was a line of the run, so each exists).
    fn emit_lines(&self, n: u64, emit: &mut impl FnMut(Item<'_>) -> Option<()>) -> Option<()> {
        let mut text = String::new();
        for k in 0..n {
            self.nth_line(k, &mut text);
            emit(Item::Line(&text))?;
        }
        Some(())
    }

    fn flush(&mut self, emit: &mut impl FnMut(Item<'_>) -> Option<()>) -> Option<()> {
        match self.count {
            0 => Some(()),
            1 => emit(Item::Line(&self.first)),
            n if n < self.min_run => self.emit_lines(n, emit),
            n => emit(Item::Run { first: &self.first, last: &self.last, count: n }),
        }
    }
}

/// What [`fold_by`] hands over: one item of the list, or a run of items in step, by their
/// positions in the list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Folded {
    /// The item at this position, as it is.
    One(usize),
    /// `count` items from position `first` on, each a step from the one before.
    Run { first: usize, count: u64 },
}

/// Folds a list of `len` items of any form, named by their positions, as a [`Folder`] folds
/// edge lines: runs are found greedily from the start, each as long as every item is a step
/// (`step(previous, next)`) from the one before, and a run of `min_run` (at least 2) or more
/// is one entry. For lists held as structures (the snapshot's edges, `redact`), so that their
/// text is made only for what is written. The rule for edges has no place where a run varies
/// (`Rule::step` is `Some(0)` or `None`) and a run's next line is the one `step` accepts, so
/// for edges this is `Folder`'s folding exactly.
pub fn fold_by(
    len: usize,
    min_run: u64,
    mut step: impl FnMut(usize, usize) -> bool,
    mut emit: impl FnMut(Folded) -> Option<()>,
) -> Option<()> {
    let min_run = min_run.max(2);
    let mut flush = |first: usize, count: u64| {
        if count >= min_run {
            return emit(Folded::Run { first, count });
        }
        (first..first + count as usize).try_for_each(|k| emit(Folded::One(k)))
    };
    // The current run: its first position and length.
    let mut run: Option<(usize, u64)> = None;
    for k in 0..len {
        run = match run {
            Some((first, count)) if step(k - 1, k) => Some((first, count + 1)),
            Some((first, count)) => {
                flush(first, count)?;
                Some((k, 1))
            }
            None => Some((k, 1)),
        };
    }
    match run {
        Some((first, count)) => flush(first, count),
        None => Some(()),
    }
}

/// Folds a whole list (for the paths that hold their lines anyway, and for tests).
pub fn fold<'a>(rule: Rule, lines: impl IntoIterator<Item = &'a str>) -> Vec<OwnedItem> {
    fold_from(rule, MIN_RUN, lines)
}

/// [`fold`] with another shortest run (the rules' tests use 3).
pub fn fold_from<'a>(rule: Rule, min_run: u64, lines: impl IntoIterator<Item = &'a str>) -> Vec<OwnedItem> {
    let mut out = Vec::new();
    let mut folder = Folder::folding_from(min_run);
    let mut emit = |item: Item<'_>| {
        out.push(OwnedItem::from(item));
        Some(())
    };
    for line in lines {
        folder.push(rule, line, &mut emit);
    }
    folder.finish(&mut emit);
    out
}

/// An [`Item`] that owns its text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OwnedItem {
    Line(String),
    Run { first: String, last: String, count: u64 },
}

impl From<Item<'_>> for OwnedItem {
    fn from(item: Item<'_>) -> OwnedItem {
        match item {
            Item::Line(l) => OwnedItem::Line(l.to_owned()),
            Item::Run { first, last, count } => {
                OwnedItem::Run { first: first.to_owned(), last: last.to_owned(), count }
            }
        }
    }
}

impl OwnedItem {
    pub fn as_item(&self) -> Item<'_> {
        match self {
            OwnedItem::Line(l) => Item::Line(l),
            OwnedItem::Run { first, last, count } => Item::Run { first, last, count: *count },
        }
    }
}

/// The lines a folded list stands for, by the rule's steps: the inverse of [`fold`], as a
/// reader expands an entry.
pub fn unfold(rule: Rule, items: &[OwnedItem]) -> Vec<String> {
    let mut out = Vec::new();
    for item in items {
        match item {
            OwnedItem::Line(l) => out.push(l.clone()),
            OwnedItem::Run { first, last, count } => match rule {
                Rule::Edges => {
                    let e = edge_parts(first).expect("a folded edge is an edge line");
                    out.extend(
                        (0..*count).map(|k| format!("{}[{}] -> {}[{}] ({})", e.from, e.i + k, e.to, e.j + k, e.kind)),
                    );
                }
                Rule::Events => {
                    // The varying number is the one where `first` and `last` differ.
                    let start = varying_start(first.as_bytes(), last.as_bytes());
                    let (value, end) = number_at(first.as_bytes(), start).expect("a folded run counts");
                    out.extend((0..*count).map(|k| format!("{}{}{}", &first[..start], value + k, &first[end..])));
                }
            },
        }
    }
    out
}

/// Where the number that holds the first difference between `x` and `y` starts: the digits
/// just before the first byte that differs.
fn varying_start(x: &[u8], y: &[u8]) -> usize {
    let differs = x.iter().zip(y).position(|(p, q)| p != q).unwrap_or(x.len().min(y.len()));
    x[..differs].iter().rposition(|c| !c.is_ascii_digit()).map_or(0, |i| i + 1)
}

/// Where the one number that differs between `a` and `b` starts, when `b` is `a` with that
/// number 1 higher.
fn event_step(a: &str, b: &str) -> Option<usize> {
    let (x, y) = (a.as_bytes(), b.as_bytes());
    let start = varying_start(x, y);
    let (from, end_a) = number_at(x, start)?;
    let (to, end_b) = number_at(y, start)?;
    (from.checked_add(1) == Some(to) && x[end_a..] == y[end_b..]).then_some(start)
}

/// The standalone, canonical number starting at `start` of `text`, and where it ends.
fn number_at(text: &[u8], start: usize) -> Option<(u64, usize)> {
    let end = start + text[start..].iter().take_while(|c| c.is_ascii_digit()).count();
    let digits = &text[start..end];
    if digits.is_empty() || (digits.len() > 1 && digits[0] == b'0') {
        return None;
    }
    let word = |c: u8| c.is_ascii_alphanumeric() || c == b'_' || c == b'.';
    if start > 0 && (word(text[start - 1]) || text[start - 1] == b'-') {
        return None;
    }
    if end < text.len() && word(text[end]) {
        return None;
    }
    let mut value = 0u64;
    for &d in digits {
        value = value.checked_mul(10)?.checked_add(u64::from(d - b'0'))?;
    }
    Some((value, end))
}

/// An edge line's parts: `{from}[{i}] -> {to}[{j}] ({kind})`.
struct EdgeParts<'a> {
    from: &'a str,
    i: u64,
    to: &'a str,
    j: u64,
    kind: &'a str,
}

fn edge_parts(line: &str) -> Option<EdgeParts<'_>> {
    // Searched for by bytes: a `str` pattern's searcher, set up twice per edge, was most of
    // the folding of 200,000 edges.
    let arrow = line.as_bytes().windows(4).position(|w| w == b" -> ")?;
    let (from, rest) = (&line[..arrow], &line[arrow + 4..]);
    let open = rest.rfind('(')?;
    let (to, kind) = (rest[..open].strip_suffix(' ')?, rest[open + 1..].strip_suffix(')')?);
    let (from, i) = edge_index(from)?;
    let (to, j) = edge_index(to)?;
    Some(EdgeParts { from, i, to, j, kind })
}

/// The spans (with values) of an edge line's two indices, as `edge_parts` reads them.
fn edge_spans(line: &str) -> Option<[(usize, usize, u64); 2]> {
    let e = edge_parts(line)?;
    let i_start = e.from.len() + 1;
    let i_end = i_start + decimal_len(e.i);
    let j_start = i_end + "] -> ".len() + e.to.len() + 1;
    let j_end = j_start + decimal_len(e.j);
    Some([(i_start, i_end, e.i), (j_start, j_end, e.j)])
}

/// How many digits `n` is written with.
fn decimal_len(n: u64) -> usize {
    n.checked_ilog10().map_or(1, |l| l as usize + 1)
}

/// Whether the digits `next` are the number `digits` one higher, as many digits long: the
/// same up to one digit that is one more, followed by `9`s that became `0`s.
fn counts_up(digits: &[u8], next: &[u8]) -> bool {
    let Some(k) = digits.iter().rposition(|&d| d != b'9') else { return false };
    digits.len() == next.len()
        && digits[..k] == next[..k]
        && digits[k].is_ascii_digit()
        && next[k] == digits[k] + 1
        && digits[k + 1..].iter().all(|&d| d == b'9')
        && next[k + 1..].iter().all(|&d| d == b'0')
        && digits[..k].iter().all(u8::is_ascii_digit)
}

/// Writes `n` in decimal at the end of `out` (without the formatting machinery: once per
/// line of a big run).
pub fn push_decimal(out: &mut String, mut n: u64) {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    loop {
        at -= 1;
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.extend(digits[at..].iter().map(|&d| char::from(d)));
}

/// `NAME[N]`'s name and canonical index `N`.
fn edge_index(side: &str) -> Option<(&str, u64)> {
    let (name, n) = side.strip_suffix(']')?.rsplit_once('[')?;
    let canonical = !n.is_empty() && n.bytes().all(|c| c.is_ascii_digit()) && (n == "0" || !n.starts_with('0'));
    if !canonical {
        return None;
    }
    Some((name, n.parse().ok()?))
}

/// Whether edge `b` is edge `a` with both indices 1 higher.
pub(super) fn edge_step(a: &str, b: &str) -> bool {
    let (Some(a), Some(b)) = (edge_parts(a), edge_parts(b)) else { return false };
    a.from == b.from
        && a.to == b.to
        && a.kind == b.kind
        && a.i.checked_add(1) == Some(b.i)
        && a.j.checked_add(1) == Some(b.j)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(texts: &[&str]) -> Vec<String> {
        texts.iter().map(|s| s.to_string()).collect()
    }

    fn run(first: &str, last: &str, count: u64) -> OwnedItem {
        OwnedItem::Run { first: first.into(), last: last.into(), count }
    }

    fn line(text: &str) -> OwnedItem {
        OwnedItem::Line(text.into())
    }

    /// Folds `texts`, checks that unfolding gives them back (and, for edges, that
    /// `fold_by` folds them the same), and returns the folded form.
    fn folded(rule: Rule, texts: &[String]) -> Vec<OwnedItem> {
        let items = fold_from(rule, 3, texts.iter().map(String::as_str));
        assert_eq!(&unfold(rule, &items), texts, "lossless: {items:?}");
        if rule == Rule::Edges {
            let mut by = Vec::new();
            fold_by(
                texts.len(),
                3,
                |a, b| edge_step(&texts[a], &texts[b]),
                |entry| {
                    by.push(match entry {
                        Folded::One(k) => line(&texts[k]),
                        Folded::Run { first, count } => run(&texts[first], &texts[first + count as usize - 1], count),
                    });
                    Some(())
                },
            );
            assert_eq!(by, items, "fold_by");
        }
        items
    }

    #[test]
    fn snapshots_fold_runs_of_ten_or_more_and_write_shorter_ones_out() {
        let puts = |range: std::ops::Range<u32>| -> Vec<String> { range.map(|i| format!("put {i} into q")).collect() };
        let nine = puts(0..9);
        let items = fold(Rule::Events, nine.iter().map(String::as_str));
        assert_eq!(items, nine.iter().map(|t| line(t)).collect::<Vec<_>>());
        let ten = puts(0..10);
        assert_eq!(fold(Rule::Events, ten.iter().map(String::as_str)), [run("put 0 into q", "put 9 into q", 10)]);
        // A short run's last line begins the long run that follows: 5 lines, then a run of 10
        // stepping another number, from the fifth line on.
        let mut texts: Vec<String> = (0..5).map(|i| format!("a {i} b 0")).collect();
        texts.extend((1..10).map(|j| format!("a 4 b {j}")));
        let items = fold(Rule::Events, texts.iter().map(String::as_str));
        assert_eq!(unfold(Rule::Events, &items), texts);
        let mut expected: Vec<OwnedItem> = texts[..4].iter().map(|t| line(t)).collect();
        expected.push(run("a 4 b 0", "a 4 b 9", 10));
        assert_eq!(items, expected);
    }

    #[test]
    fn a_counting_run_is_one_entry() {
        let puts: Vec<String> = (0..200_000).map(|i| format!("put {i} into q")).collect();
        assert_eq!(folded(Rule::Events, &puts), [run("put 0 into q", "put 199999 into q", 200_000)]);
        let gets: Vec<String> = (0..12).map(|i| format!("[get] get from q: {i}")).collect();
        assert_eq!(folded(Rule::Events, &gets), [run("[get] get from q: 0", "[get] get from q: 11", 12)]);
    }

    #[test]
    fn only_a_step_of_exactly_one_in_one_standalone_number_folds() {
        let same = |texts: &[&str]| {
            let texts = lines(texts);
            let items = folded(Rule::Events, &texts);
            assert!(items.iter().all(|i| matches!(i, OwnedItem::Line(_))), "{texts:?} folded: {items:?}");
        };
        same(&["put 0 into q", "put 2 into q", "put 4 into q"]); // a step of 2
        same(&["put 3 into q", "put 2 into q", "put 1 into q"]); // down
        same(&["put 0 into q", "put 1 into q"]); // a run of 2
        same(&["put 07 into q", "put 08 into q", "put 09 into q"]); // leading zeros
        same(&["put 09 into q", "put 10 into q", "put 11 into q"]); // the first has one
        same(&["add -3 to x", "add -2 to x", "add -1 to x"]); // negative
        same(&["add -1 to x", "add -2 to x", "add -3 to x"]);
        same(&["start kid1", "start kid2", "start kid3"]); // inside a name
        same(&["sleep 1s", "sleep 2s", "sleep 3s"]);
        same(&["wait 1.5", "wait 1.6", "wait 1.7"]); // a fraction
        same(&["wait 1.5", "wait 2.5", "wait 3.5"]);
        same(&["a 1 b 1", "a 2 b 2", "a 3 b 3"]); // two numbers vary
        same(&["begin", "begin", "begin"]); // equal lines are not a count
        same(&["put 18446744073709551614 x", "put 18446744073709551615 x", "put 18446744073709551616 x"]);
    }

    #[test]
    fn one_different_line_breaks_the_run_where_it_is() {
        let mut texts: Vec<String> = (0..10).map(|i| format!("put {i} into q")).collect();
        texts[5] = "put 5 into r".into();
        assert_eq!(
            folded(Rule::Events, &texts),
            [run("put 0 into q", "put 4 into q", 5), line("put 5 into r"), run("put 6 into q", "put 9 into q", 4)]
        );
        // A gap: two runs, the second starting after the missing number.
        let gap: Vec<String> = (0..10).filter(|&i| i != 4).map(|i| format!("put {i} into q")).collect();
        assert_eq!(
            folded(Rule::Events, &gap),
            [run("put 0 into q", "put 3 into q", 4), run("put 5 into q", "put 9 into q", 5)]
        );
        // Any single change gives a different folded list.
        let base: Vec<String> = (0..20).map(|i| format!("get from q: {i}")).collect();
        let original = folded(Rule::Events, &base);
        for at in 0..base.len() {
            for changed in ["get from q: 100", "get from r: 3", "begin"] {
                let mut texts = base.clone();
                texts[at] = changed.into();
                assert_ne!(folded(Rule::Events, &texts), original, "line {at} as {changed:?}");
            }
        }
    }

    #[test]
    fn a_run_of_two_gives_its_second_line_to_a_longer_run() {
        let texts = lines(&["put 1 into q 5", "put 2 into q 5", "put 2 into q 6", "put 2 into q 7"]);
        assert_eq!(folded(Rule::Events, &texts), [line("put 1 into q 5"), run("put 2 into q 5", "put 2 into q 7", 3)]);
        // Two runs vary different numbers: each is its own entry.
        let texts = lines(&["a 1 b 1", "a 2 b 1", "a 3 b 1", "a 3 b 2", "a 3 b 3", "a 3 b 4"]);
        assert_eq!(folded(Rule::Events, &texts), [run("a 1 b 1", "a 3 b 1", 3), run("a 3 b 2", "a 3 b 4", 3)]);
        // Digits that carry over (9 to 10, 99 to 100) are steps.
        let texts: Vec<String> = (8..102).map(|i| format!("x{i} is {i}")).collect();
        assert_eq!(folded(Rule::Events, &texts).len(), texts.len(), "a number inside a name varies too: no run");
        let texts: Vec<String> = (8..102).map(|i| format!("{i}: x")).collect();
        assert_eq!(folded(Rule::Events, &texts), [run("8: x", "101: x", 94)]);
    }

    #[test]
    fn runs_go_on_across_a_number_growing_a_digit_and_stop_at_u64_max() {
        // Counted up in place between the lines where a number grows a digit (9, 99, 999), and
        // made again from the first line there: one entry either way.
        let puts: Vec<String> = (5..1205).map(|i| format!("put {i} into q0")).collect();
        assert_eq!(folded(Rule::Events, &puts), [run("put 5 into q0", "put 1204 into q0", 1200)]);
        // Both indices of an edge grow digits, at different lines.
        let edges: Vec<String> = (0..1100).map(|i| format!("main[{}] -> kid[{}] (message)", i + 3, i + 95)).collect();
        assert_eq!(
            folded(Rule::Edges, &edges),
            [run("main[3] -> kid[95] (message)", "main[1102] -> kid[1194] (message)", 1100)]
        );
        // A line one short of the count, past the digits counted in place, breaks the run there.
        let mut skipped: Vec<String> = (0..150).map(|i| format!("got {i}")).collect();
        skipped[120] = "got 121".to_owned();
        let items = folded(Rule::Events, &skipped);
        assert_eq!(items[0], run("got 0", "got 119", 120));
        // The step as told where a number lies, digit by digit.
        for (digits, next, steps) in [
            ("7", "8", true),
            ("19", "20", true),
            ("1299", "1300", true),
            ("12", "14", false),
            ("19", "21", false),
            ("9", "0", false),
            ("99", "00", false),
            ("1299", "1200", false),
            ("20", "21", true),
            ("20", "31", false),
        ] {
            assert_eq!(counts_up(digits.as_bytes(), next.as_bytes()), steps, "{digits} -> {next}");
        }
        // The last number a run may reach is u64::MAX: the line after it is another line.
        let top = u64::MAX - 11;
        let mut near: Vec<String> = (0..12).map(|k| format!("n {}", top + k)).collect();
        near.push("n 18446744073709551616".to_owned());
        let items = folded(Rule::Events, &near);
        assert_eq!(items[0], run(&near[0], &near[11], 12));
        assert_eq!(items[1..], [line("n 18446744073709551616")]);
    }

    #[test]
    fn edges_fold_when_both_indices_count() {
        let edges: Vec<String> =
            (0..100).map(|i| format!("main[{}] -> consumer[{}] (message)", i + 4, i + 2)).collect();
        assert_eq!(
            folded(Rule::Edges, &edges),
            [run("main[4] -> consumer[2] (message)", "main[103] -> consumer[101] (message)", 100)]
        );
        let same = |texts: &[&str]| {
            let texts = lines(texts);
            let items = folded(Rule::Edges, &texts);
            assert!(items.iter().all(|i| matches!(i, OwnedItem::Line(_))), "{texts:?} folded: {items:?}");
        };
        same(&["a[1] -> b[1] (message)", "a[2] -> b[1] (message)", "a[3] -> b[1] (message)"]);
        same(&["a[1] -> b[1] (message)", "a[2] -> b[2] (start)", "a[3] -> b[3] (message)"]);
        same(&["a[1] -> b[1] (join)", "a[2] -> c[2] (join)", "a[3] -> b[3] (join)"]);
        same(&["a[1] -> b[1] (join)", "a[3] -> b[3] (join)", "a[5] -> b[5] (join)"]);
        same(&["w[begin] -> b[1] (join)", "w[end] -> b[2] (join)", "a[3] -> b[3] (join)"]);
        let tasks = lines(&["task p/1 (x)[0] -> main[5] (result)", "task p/2 (x)[0] -> main[6] (result)"]);
        same(&[&tasks[0], &tasks[1], "task p/3 (x)[0] -> main[7] (result)"]);
    }
}
