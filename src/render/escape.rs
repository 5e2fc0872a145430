//! One escaper per output language, and no other: text that came from a scenario or a program
//! (a line it printed, a command line, a file name, a compiler's message) reaches a terminal,
//! an HTML page, a JUnit file or a Mermaid diagram only through the escaper of that language,
//! so it is shown as written and cannot act on the reader (move a terminal's cursor, close an
//! HTML tag, end a Mermaid statement).

use std::borrow::Cow;
use std::fmt::Write;

/// Whether `terminal` keeps line breaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Breaks {
    /// A whole report: its lines stay lines.
    Keep,
    /// One line of a report (a line of output, a command line): a line break in it is shown
    /// as `\n`, so that it cannot start a line of the report's own (a forged `score:`).
    Escape,
}

/// `text` with every character a terminal would act on instead of showing it written out:
/// ESC as `\x1b`, BEL as `\x07`, NUL as `\x00`, every other C0 control, DEL and C1 control
/// likewise (C1 as `\u{9b}`), and the bidirectional overrides as `\u{202e}`; tabs stay. The
/// one escaper of every text report (run, trace, grade) through which text that came from a
/// program reaches a terminal: a program's output cannot move the cursor, erase a line, ring
/// the bell or reorder what a reader sees.
pub fn terminal(text: &str, breaks: Breaks) -> Cow<'_, str> {
    let acts = |c: char| {
        (c.is_control() && c != '\t' && !(c == '\n' && breaks == Breaks::Keep))
            || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
    };
    if !text.chars().any(acts) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        match c as u32 {
            _ if !acts(c) => out.push(c),
            n @ (0..=0x7f) => {
                let _ = write!(out, "\\x{n:02x}");
            }
            n => {
                let _ = write!(out, "\\u{{{n:x}}}");
            }
        }
    }
    Cow::Owned(out)
}

/// A whole report, escaped for a terminal (`terminal` with `Breaks::Keep`), without a copy
/// when there is nothing to escape.
pub fn terminal_report(report: String) -> String {
    match terminal(&report, Breaks::Keep) {
        Cow::Borrowed(_) => report,
        Cow::Owned(e) => e,
    }
}

/// Text for HTML and the SVG inside it, in element content and in quoted attributes.
pub fn html(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// Text for XML (JUnit), in element content and in quoted attributes. A character XML 1.0
/// cannot carry, even as a reference (a control character but a line break or a tab, U+FFFE,
/// U+FFFF), is written out as `\u{...}`: one in a program's output made the whole file (every
/// submission of a class) unreadable to an XML parser.
pub fn xml(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\n' | '\t' => c.to_string(),
            c if c.is_control() || c == '\u{fffe}' || c == '\u{ffff}' => format!("\\u{{{:x}}}", c as u32),
            '&' => "&amp;".to_owned(),
            '<' => "&lt;".to_owned(),
            '>' => "&gt;".to_owned(),
            '"' => "&quot;".to_owned(),
            '\'' => "&apos;".to_owned(),
            c => c.to_string(),
        })
        .collect()
}

/// Text that Mermaid shows as written: `;` ends a statement and `#` starts an entity there,
/// so each is written as its entity, in one pass (the `;` of `#35;` is not escaped again); a
/// line break would end the statement, so it is a space.
pub fn mermaid(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '#' => out.push_str("#35;"),
            ';' => out.push_str("#59;"),
            '\n' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_terminal_sees_controls_written_out_and_keeps_lines_only_when_asked() {
        assert_eq!(terminal("a\x1b[2Jb\u{202e}\tc\n", Breaks::Keep), "a\\x1b[2Jb\\u{202e}\tc\n");
        assert_eq!(terminal("score: 1\nscore: 9", Breaks::Escape), "score: 1\\x0ascore: 9");
        assert!(matches!(terminal("plain", Breaks::Escape), Cow::Borrowed(_)));
    }

    #[test]
    fn html_xml_and_mermaid_each_escape_what_their_language_acts_on() {
        assert_eq!(html("<a href=\"x\">&</a>"), "&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;");
        assert_eq!(xml("<'\"&>\x1b\n"), "&lt;&apos;&quot;&amp;&gt;\\u{1b}\n");
        assert_eq!(xml("a\u{fffe}b\u{ffff}\u{fffd}"), "a\\u{fffe}b\\u{ffff}\u{fffd}");
        assert_eq!(mermaid("a;b#c\nd"), "a#59;b#35;c d");
    }
}
