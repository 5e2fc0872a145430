//! The progress bar `procscen grade` draws on a terminal while it grades several
//! submissions: one line on stderr, redrawn in place. Nothing is drawn when stderr is not a
//! terminal, so a log or a pipe gets no carriage returns and no escape sequences.

use std::io::{IsTerminal, Write};

/// A progress bar over `total` steps, drawn only when it is `shown`.
pub struct Progress {
    total: usize,
    shown: bool,
}

/// The bar's width in cells.
const CELLS: usize = 30;

impl Progress {
    /// A bar over `total` submissions, shown when stderr is a terminal and there is more than
    /// one (one submission's report follows at once).
    pub fn new(total: usize) -> Progress {
        Progress { total, shown: total > 1 && std::io::stderr().is_terminal() }
    }

    /// Draws the bar after `done` steps, `last` the name of the one just finished. `last`
    /// comes from the student's file name: escaped, so that a name holding terminal escapes
    /// cannot redraw the screen.
    pub fn step(&self, done: usize, last: &str) {
        if !self.shown {
            return;
        }
        let filled = (done * CELLS).checked_div(self.total).unwrap_or(CELLS).min(CELLS);
        let name = procscen::render::escape::terminal(last, procscen::render::escape::Breaks::Escape);
        let mut err = std::io::stderr().lock();
        // `\x1b[K` clears what a longer name drawn before left on the line.
        let _ =
            write!(err, "\r[{}{}] {done}/{} {name}\x1b[K", "#".repeat(filled), "-".repeat(CELLS - filled), self.total);
        let _ = err.flush();
    }

    /// Ends the bar's line, so that what follows starts on a line of its own.
    pub fn finish(&self) {
        if self.shown {
            eprintln!();
        }
    }
}
