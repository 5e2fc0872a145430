//! Decoding the event records a run's processes send: postcard's encoding of an `Event`
//! (`record.rs` writes it), read here by hand for the events a busy run is made of, a queue's
//! puts and gets, and by postcard for every other event.
//!
//! Why by hand: a run of a 200,000-item queue is 400,000 such events, all decoded by the CLI
//! after the run while the user waits. Through serde, each value's list of spans was decoded
//! into a vector of its own (a heap block and a `Text` per span), only to be compared with the
//! lists decoded before and dropped, and each name went through a thread-local look-up. Here a
//! span list is recognized by its bytes (the items of a loop over a queue have a few shapes,
//! one per length of number), and names are looked up in the decoder's own short list.
//!
//! The fast path accepts only what it reads whole; anything else (another kind of event, an
//! encoding it does not expect) is left to postcard, so what it decodes is what postcard would
//! (the tests below compare both on every shape of put and get).

use crate::model::template::{Name, Recent, Span, Spans, Text, Value};
use crate::trace::{Event, EventKind};
use compact_str::ToCompactString;

/// Postcard names an enum's variant by its position: `EventKind::Put`'s and `Get`'s (the
/// `record::ItemEventKind` mirror holds the same positions).
const PUT: u32 = 11;
const GET: u32 = 12;

/// Decodes events one at a time, sharing what they repeat (names, span lists) with the events
/// decoded before.
#[derive(Default)]
pub struct Decoder {
    names: Recent<Name>,
    /// Span lists by their encoding.
    spans: Recent<(Vec<u8>, Spans)>,
}

impl Decoder {
    /// The event `bytes` encode (one frame's payload, or the frames of one event put together).
    pub fn event(&mut self, bytes: &[u8]) -> Result<Event, String> {
        match self.item_event(bytes) {
            Some(event) => Ok(event),
            None => postcard::from_bytes(bytes).map_err(|e| e.to_string()),
        }
    }

    /// The events of a run (`record::Run`): `first`, then one for each two bytes of `deltas`,
    /// its time after the one before: the next sequence number, the same channel and label,
    /// the next number as its value (its span, if the first's has one, over all of it), a
    /// get's item the one its writer put next.
    pub fn run(&mut self, first: Event, deltas: &[u8], mut each: impl FnMut(Result<Event, String>)) {
        let (number, span) = match &first.kind {
            EventKind::Put { value, .. } | EventKind::Get { value, .. } => {
                (value.text.parse::<u64>().ok(), value.spans.first().cloned())
            }
            _ => (None, None),
        };
        let (Some(number), true) = (number, deltas.len().is_multiple_of(2)) else {
            return each(Err(format!("a run that is not one of numbered puts or gets: {first:?}")));
        };
        // One span list per length of number, as the events one at a time share them.
        let mut spans_by_length: Vec<Spans> = Vec::new();
        let mut event = first;
        for (k, delta) in (1u64..).zip(deltas.chunks_exact(2)) {
            let mut next = Event {
                seq: event.seq.wrapping_add(1),
                time_ns: event.time_ns.wrapping_add(u64::from(u16::from_le_bytes([delta[0], delta[1]]))),
                label: event.label.clone(),
                kind: event.kind.clone(),
            };
            let text = number.wrapping_add(k).to_compact_string();
            let spans = match &span {
                None => Spans::default(),
                Some(span) => {
                    if spans_by_length.len() <= text.len() {
                        spans_by_length.resize(text.len() + 1, Spans::default());
                    }
                    let shared = &mut spans_by_length[text.len()];
                    if shared.is_empty() {
                        *shared = Spans::from(vec![Span { end: text.len(), ..span.clone() }]);
                    }
                    shared.clone()
                }
            };
            match &mut next.kind {
                EventKind::Put { value, .. } => *value = Value { text, spans },
                EventKind::Get { value, from, .. } => {
                    *value = Value { text, spans };
                    if let Some((_, seq)) = from {
                        *seq = seq.wrapping_add(1);
                    }
                }
                _ => {}
            }
            each(Ok(std::mem::replace(&mut event, next)));
        }
        each(Ok(event));
    }

    /// A put or a get, read by hand; `None` for anything else, or anything unexpected in one.
    fn item_event(&mut self, bytes: &[u8]) -> Option<Event> {
        let mut r = Reader { bytes, at: 0 };
        let seq = r.u32()?;
        let time_ns = r.varint()?;
        let label = match r.byte()? {
            0 => None,
            1 => Some(self.name(r.bytes()?)?),
            _ => return None,
        };
        let kind = match r.u32()? {
            PUT => {
                let channel = self.name(r.bytes()?)?;
                let value = self.value(&mut r)?;
                let timed_out = r.bool()?;
                EventKind::Put { channel, value, timed_out }
            }
            GET => {
                let channel = self.name(r.bytes()?)?;
                let value = self.value(&mut r)?;
                let from = match r.byte()? {
                    0 => None,
                    1 => Some((r.i32()?, r.u32()?)),
                    _ => return None,
                };
                EventKind::Get { channel, value, from }
            }
            _ => return None,
        };
        (r.at == bytes.len()).then_some(Event { seq, time_ns, label, kind })
    }

    /// The name whose UTF-8 bytes are `raw`, shared with the same name decoded recently
    /// (compared as bytes: only a new name is checked as UTF-8); `None` when they are not UTF-8.
    fn name(&mut self, raw: &[u8]) -> Option<Name> {
        if let Some(name) = self.names.find(|n| n.as_str().as_bytes() == raw) {
            return Some(name.clone());
        }
        let name = Name::new(utf8(raw)?);
        self.names.remember(name.clone());
        Some(name)
    }

    /// A `Value`: its text, then its spans, whose list is shared with the last one of the same
    /// bytes, and decoded (by postcard) only when none is.
    fn value(&mut self, r: &mut Reader<'_>) -> Option<Value> {
        let text = Text::from(utf8(r.bytes()?)?);
        let start = r.at;
        let count = r.varint()?;
        if count == 0 {
            return Some(Value { text, spans: Spans::default() });
        }
        for _ in 0..count {
            r.skip_span()?;
        }
        let raw = &r.bytes[start..r.at];
        if let Some((_, spans)) = self.spans.find(|(bytes, _)| bytes.as_slice() == raw) {
            return Some(Value { text, spans: spans.clone() });
        }
        let spans: Spans = postcard::from_bytes(raw).ok()?;
        self.spans.remember((raw.to_vec(), spans.clone()));
        Some(Value { text, spans })
    }
}

/// `raw` as text, if it is UTF-8. Most texts here are a few ASCII bytes (a channel, a number),
/// told apart from the rest with a quick look at each byte: `from_utf8`'s general check was a
/// ninth of decoding a queue's run.
fn utf8(raw: &[u8]) -> Option<&str> {
    if raw.is_ascii() {
        // SAFETY: every byte is ASCII, and ASCII text is UTF-8.
        return Some(unsafe { std::str::from_utf8_unchecked(raw) });
    }
    std::str::from_utf8(raw).ok()
}

/// postcard's primitives, read from a slice; `None` at the end of the bytes or on an
/// encoding postcard would not write.
struct Reader<'b> {
    bytes: &'b [u8],
    at: usize,
}

impl<'b> Reader<'b> {
    fn byte(&mut self) -> Option<u8> {
        let b = *self.bytes.get(self.at)?;
        self.at += 1;
        Some(b)
    }

    fn bool(&mut self) -> Option<bool> {
        match self.byte()? {
            0 => Some(false),
            1 => Some(true),
            _ => None,
        }
    }

    /// An unsigned varint of a `bits`-bit integer, as postcard reads it: 7 bits a byte,
    /// least significant first, in at most as many bytes as the integer needs, the last of
    /// which may carry no bit beyond the integer's.
    fn varint_of(&mut self, bits: u32) -> Option<u64> {
        let most = bits.div_ceil(7);
        let mut value = 0u64;
        for i in 0..most {
            let b = self.byte()?;
            value |= u64::from(b & 0x7f) << (7 * i);
            if b & 0x80 == 0 {
                let last = i == most - 1 && u32::from(b) >= 1 << (bits - 7 * i);
                return (!last).then_some(value);
            }
        }
        None
    }

    /// A `u64` (a `usize` too: this is a 64-bit build's encoding).
    fn varint(&mut self) -> Option<u64> {
        self.varint_of(64)
    }

    /// A `u32`, and an enum's variant.
    fn u32(&mut self) -> Option<u32> {
        self.varint_of(32).map(|n| n as u32)
    }

    /// A zigzag varint.
    fn i32(&mut self) -> Option<i32> {
        let n = self.u32()?;
        Some(((n >> 1) as i32) ^ -((n & 1) as i32))
    }

    /// A text's bytes, not yet checked as UTF-8.
    fn bytes(&mut self) -> Option<&'b [u8]> {
        let len = usize::try_from(self.varint()?).ok()?;
        let end = self.at.checked_add(len)?;
        let bytes = self.bytes.get(self.at..end)?;
        self.at = end;
        Some(bytes)
    }

    /// Goes over one `Span` (start, end, variable name, `Option<Volatile>`), to find where a
    /// list of them ends.
    fn skip_span(&mut self) -> Option<()> {
        self.varint()?;
        self.varint()?;
        // The variable's name is checked as UTF-8 with the rest of the list, by postcard, when
        // the list is not one decoded before (whose bytes were checked then).
        self.bytes()?;
        if self.bool()? {
            // `Volatile`: Pid(i32), Random { pid, seq }, Shared, Alive.
            match self.u32()? {
                0 => {
                    self.i32()?;
                }
                1 => {
                    self.i32()?;
                    self.u32()?;
                }
                2 | 3 => {}
                _ => return None,
            }
        }
        Some(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::template::{Span, Volatile};

    fn span(start: usize, end: usize, var: &str, volatile: Option<Volatile>) -> Span {
        Span { start, end, var: var.into(), volatile }
    }

    /// Puts and gets of every shape, and other events, as `record.rs` encodes them.
    fn events() -> Vec<Event> {
        let values = [
            Value::plain("END"),
            Value::plain(""),
            Value::plain("a text longer than twenty-four bytes, kept on the heap"),
            Value { text: "17".into(), spans: vec![span(0, 2, "i", None)].into() },
            Value { text: "170".into(), spans: vec![span(0, 3, "i", None)].into() },
            Value::volatile("4242", Volatile::Pid(4242)),
            Value::volatile("-7", Volatile::Pid(-7)),
            Value {
                text: "x 99 y 3".into(),
                spans: vec![
                    span(2, 4, "r", Some(Volatile::Random { pid: 70000, seq: u32::MAX })),
                    span(7, 8, "s", Some(Volatile::Shared)),
                    span(7, 8, "é", Some(Volatile::Alive)),
                ]
                .into(),
            },
        ];
        let mut events = Vec::new();
        for (k, value) in values.iter().enumerate() {
            let k = k as u32;
            let label = (k % 2 == 1).then(|| Name::new("the label"));
            let channel = Name::new(if k.is_multiple_of(3) { "q" } else { "a channel" });
            let (seq, time_ns) = (k * 1000 + 127, u64::MAX - u64::from(k) * (1 << 40));
            let put = EventKind::Put { channel: channel.clone(), value: value.clone(), timed_out: k.is_multiple_of(2) };
            events.push(Event { seq, time_ns, label: label.clone(), kind: put });
            for from in [None, Some((i32::MIN, u32::MAX)), Some((-1, 0)), Some((123_456, 300))] {
                let get = EventKind::Get { channel: channel.clone(), value: value.clone(), from };
                events.push(Event { seq: seq + 1, time_ns: u64::from(k), label: label.clone(), kind: get });
            }
        }
        events.push(Event { seq: 0, time_ns: 5, label: None, kind: EventKind::End { code: -3 } });
        events.push(Event {
            seq: 2,
            time_ns: 6,
            label: Some(Name::new("l")),
            kind: EventKind::Loop { var: "i".into(), over: "range 3".into() },
        });
        events
    }

    #[test]
    fn decodes_what_postcard_decodes() {
        let mut decoder = Decoder::default();
        // Twice: the second time names and span lists come from the decoder's lists.
        for _ in 0..2 {
            for event in events() {
                let bytes = postcard::to_allocvec(&event).unwrap();
                let by_hand = decoder.item_event(&bytes);
                let is_item = matches!(event.kind, EventKind::Put { .. } | EventKind::Get { .. });
                assert_eq!(by_hand.is_some(), is_item, "{event:?}");
                assert_eq!(decoder.event(&bytes).unwrap(), event);
                assert_eq!(postcard::from_bytes::<Event>(&bytes).unwrap(), event);
            }
        }
    }

    #[test]
    fn a_cut_or_spoiled_record_is_postcards_to_judge() {
        let mut decoder = Decoder::default();
        for event in events() {
            let bytes = postcard::to_allocvec(&event).unwrap();
            for cut in 0..bytes.len() {
                let part = &bytes[..cut];
                assert!(decoder.item_event(part).is_none(), "{event:?} cut at {cut}");
                assert_eq!(decoder.event(part).ok(), postcard::from_bytes::<Event>(part).ok());
            }
            // A trailing byte: postcard reads the event and ignores it; so does `event`.
            let mut longer = bytes.clone();
            longer.push(0);
            assert_eq!(decoder.event(&longer).unwrap(), event);
            // A bool that is neither 0 nor 1 and a text that is not UTF-8 are refused as
            // postcard refuses them.
            for at in 0..bytes.len() {
                let mut spoiled = bytes.clone();
                spoiled[at] = 0xff;
                assert_eq!(decoder.event(&spoiled).ok(), postcard::from_bytes::<Event>(&spoiled).ok(), "{at}");
            }
        }
    }

    #[test]
    fn span_lists_and_names_are_shared() {
        let mut decoder = Decoder::default();
        let decode = |decoder: &mut Decoder, text: &str| {
            let value = Value { text: text.into(), spans: vec![span(0, text.len(), "i", None)].into() };
            let put = Event {
                seq: 1,
                time_ns: 2,
                label: None,
                kind: EventKind::Put { channel: Name::new("q"), value, timed_out: false },
            };
            match decoder.event(&postcard::to_allocvec(&put).unwrap()).unwrap().kind {
                EventKind::Put { channel, value, .. } => (channel, value.spans),
                _ => unreachable!(),
            }
        };
        let (q1, a) = decode(&mut decoder, "12");
        let (q2, b) = decode(&mut decoder, "34");
        let (_, c) = decode(&mut decoder, "345");
        assert!(std::ptr::eq(q1.as_str(), q2.as_str()), "one name");
        assert!(std::ptr::eq(a.as_slice(), b.as_slice()), "one list for the same spans");
        assert!(!std::ptr::eq(a.as_slice(), c.as_slice()));
        assert_eq!(c.as_slice(), &[span(0, 3, "i", None)]);
    }
}
