//! The scenario loader never panics: thousands of mutations of every bundled scenario (bytes
//! flipped, lines dropped or repeated, keys and values swapped between files) are loaded,
//! and each is either accepted or refused with an error that names a line and column.
//!
//! Deterministic (a fixed seed), so a failure is reproducible; `PROCSCEN_FUZZ_CASES=N` runs
//! more cases than the default.

use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use std::path::Path;

fn corpus() -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = procscen::pipeline::suite::collect(&[root.join("scenarios"), root.join("tests/fixtures")]).unwrap();
    files.sort();
    files.iter().map(|f| std::fs::read_to_string(f).unwrap()).collect()
}

fn mutate(rng: &mut StdRng, text: &str, corpus: &[String]) -> String {
    let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
    for _ in 0..rng.gen_range(1..4) {
        if lines.is_empty() {
            break;
        }
        let i = rng.gen_range(0..lines.len());
        match rng.gen_range(0..7) {
            0 => {
                lines.remove(i);
            }
            1 => {
                let copy = lines[i].clone();
                lines.insert(i, copy);
            }
            2 => {
                // A line from another scenario, at this place.
                let other = &corpus[rng.gen_range(0..corpus.len())];
                let others: Vec<&str> = other.lines().collect();
                if !others.is_empty() {
                    lines[i] = others[rng.gen_range(0..others.len())].to_owned();
                }
            }
            3 => {
                // Indentation changed.
                if rng.gen_bool(0.5) {
                    lines[i] = format!("  {}", lines[i]);
                } else {
                    lines[i] = lines[i].trim_start().to_owned();
                }
            }
            4 => {
                // A value replaced by something of another kind.
                let junk = [
                    "-1",
                    "0",
                    "99999999999999999999",
                    "[]",
                    "{}",
                    "\"{\"",
                    "{x}",
                    "~",
                    "1.5e400",
                    "[1, 2, 3]",
                    "null",
                ];
                if let Some(colon) = lines[i].find(": ") {
                    lines[i] = format!("{}: {}", &lines[i][..colon], junk[rng.gen_range(0..junk.len())]);
                }
            }
            5 => {
                // A byte flipped to a character YAML gives meaning to.
                let specials = ['{', '}', '[', ']', ':', '-', '#', '&', '*', '!', '|', '>', '\'', '"', '%', '@', '\t'];
                let mut chars: Vec<char> = lines[i].chars().collect();
                if !chars.is_empty() {
                    let j = rng.gen_range(0..chars.len());
                    chars[j] = specials[rng.gen_range(0..specials.len())];
                }
                lines[i] = chars.into_iter().collect();
            }
            _ => {
                let j = rng.gen_range(0..lines.len());
                lines.swap(i, j);
            }
        }
    }
    lines.join("\n")
}

#[test]
fn the_loader_never_panics_and_every_error_has_a_position() {
    let corpus = corpus();
    let cases: usize = std::env::var("PROCSCEN_FUZZ_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(3000);
    let mut rng = StdRng::seed_from_u64(20261125);
    let (mut accepted, mut refused) = (0, 0);
    for case in 0..cases {
        let base = &corpus[case % corpus.len()];
        let text = mutate(&mut rng, base, &corpus);
        let result = std::panic::catch_unwind(|| procscen::load_str(&text, Path::new("fuzz.yaml")));
        match result {
            Err(_) => panic!("case {case}: the loader panicked on:\n{text}"),
            Ok(Ok(_)) => accepted += 1,
            Ok(Err(e)) => {
                let message = e.to_string();
                let positioned = message.lines().next().is_some_and(|l| {
                    let mut parts = l.splitn(4, ':');
                    parts.next() == Some("fuzz.yaml")
                        && parts.next().is_some_and(|n| n.parse::<usize>().is_ok())
                        && parts.next().is_some_and(|n| n.parse::<usize>().is_ok())
                });
                assert!(
                    positioned,
                    "case {case}: an error without file:line:column:\n{message}\n--- input ---\n{text}"
                );
                refused += 1;
            }
        }
    }
    // Both outcomes must occur, or the mutations are not exercising the loader.
    assert!(accepted > 0 && refused > 0, "accepted {accepted}, refused {refused}");
}
