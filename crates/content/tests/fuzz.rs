//! Fuzzing the content parser with proptest (issue 9; nightly cargo-fuzz is not
//! available). Three targets, each a bounded number of cases (86,000 executions,
//! 20-30 s in a debug build on 2 cores):
//!
//! - `load_dir`: one file of the minimal fixture replaced by arbitrary bytes,
//!   an arbitrary string, byte-level mutations of the file, or JSON values
//!   swapped for awkward ones; the whole folder is then loaded.
//! - `parse_chapter`: arbitrary strings and mutated chapters.
//! - `json_line`: arbitrary text and paths.
//!
//! Nothing may panic or hang. Every error must name a file of the folder, with
//! a line inside that file and a message. Content that loads must be usable:
//! its dates and figures display, it serialises and reads back unchanged, and
//! its chapters' HTML is inert (see `html_safety`).
//!
//! To see the executions and seconds of each target:
//!   `cargo test -p pp-content --test fuzz -- --nocapture`
//! More cases: `FUZZ_SCALE=20 cargo test ...` (20 times as many).
//! Replay a failing run: `PROPTEST_RNG_SEED=<seed printed> cargo test ...`.
//! Inputs that once broke a target are kept in `tests/corpus/fuzz-regressions/`
//! and replayed by `fuzz_regressions_stay_fixed` below.

mod common;
mod html_safety;

use common::copy_fixture;
use pp_content::load::{json_line, load_dir, parse_chapter, ContentError};
use pp_content::model::Content;
use proptest::collection::vec;
use proptest::prelude::*;
use proptest::test_runner::{Config, RngSeed, TestCaseError, TestRunner};
use std::cell::Cell;
use std::collections::HashSet;
use std::fmt::Debug;
use std::path::{Path, PathBuf};
use std::time::Instant;

/// The fixture's files, in the order the targets pick them by index.
const FILES: [&str; 10] = [
    "sources.json",
    "eras.json",
    "events.json",
    "missions.json",
    "figures.json",
    "alignment.json",
    "scenarios.json",
    "glossary.json",
    "quotes.json",
    "chapters/00-story.md",
];
const CHAPTER: &str = "chapters/00-story.md";

/// Pieces that matter to JSON, front matter, markdown, dates, ids and numbers,
/// inserted by the byte-level mutations.
const TOKENS: &[&str] = &[
    "{",
    "}",
    "[",
    "]",
    "\"",
    "\\",
    ":",
    ",",
    "null",
    "true",
    "-1",
    "0",
    "1e400",
    "-0.0",
    "18446744073709551615",
    "99999999999999999999",
    "\"\"",
    "\n",
    "\r\n",
    "\t",
    "\u{feff}",
    "\u{0}",
    "é",
    "𝄞",
    "\\u0000",
    "\\ud800",
    "---",
    "---\n",
    "# ",
    "id: x",
    "order: 1",
    "title: ",
    "summary: ",
    "[@",
    "[@src-a]",
    "[@src-a; @src-b]",
    "]",
    "](",
    "(javascript:alert(1))",
    "<script>",
    "<!--",
    "`",
    "```\n",
    "|",
    "\n|---|\n",
    "![x](y)",
    "<",
    ">",
    "&#106;",
    "&",
    "1960/1964",
    "1964/1960",
    "2025-02-30",
    "c. ",
    "/",
    "src-a",
    "src-b",
    "m-one",
    "first",
];

/// JSON values swapped in for whole values of a fixture file.
const VALUES: &[&str] = &[
    "null",
    "true",
    "false",
    "0",
    "-1",
    "1.5",
    "1e300",
    "18446744073709551615",
    "4294967296",
    "\"\"",
    "\" \"",
    "\"x\"",
    "\"src-a\"",
    "\"first\"",
    "\"m-one\"",
    "\"early\"",
    "\"west\"",
    "\"2025-02-30\"",
    "\"1964/1960\"",
    "\"2014-09/\"",
    "\"c. 2000\"",
    "\"2026-12-31\"",
    "\"<b>x</b>\"",
    "\"javascript:alert(1)\"",
    "[]",
    "[\"src-a\", \"src-a\"]",
    "[null]",
    "{}",
    "{\"kind\": \"approximate\", \"note\": \"n\"}",
    "{\"value\": 5, \"high\": 4}",
    "{\"value\": 1, \"high\": 18446744073709551615}",
];

// ---------------------------------------------------------------- inputs ----

#[derive(Clone, Debug)]
enum Edit {
    Delete { at: usize, len: usize },
    Insert { at: usize, token: usize },
    Duplicate { at: usize, len: usize },
    Byte { at: usize, byte: u8 },
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (any::<usize>(), 1..40usize).prop_map(|(at, len)| Edit::Delete { at, len }),
        (any::<usize>(), 0..TOKENS.len()).prop_map(|(at, token)| Edit::Insert { at, token }),
        (any::<usize>(), 1..80usize).prop_map(|(at, len)| Edit::Duplicate { at, len }),
        (any::<usize>(), any::<u8>()).prop_map(|(at, byte)| Edit::Byte { at, byte }),
    ]
}

fn apply(original: &[u8], edits: &[Edit]) -> Vec<u8> {
    let mut b = original.to_vec();
    for e in edits {
        let n = b.len();
        let at = |i: usize| if n == 0 { 0 } else { i % (n + 1) };
        match *e {
            Edit::Delete { at: i, len } => {
                let s = at(i);
                b.drain(s..(s + len).min(n));
            }
            Edit::Insert { at: i, token } => {
                let s = at(i);
                b.splice(s..s, TOKENS[token].bytes());
            }
            Edit::Duplicate { at: i, len } => {
                let s = at(i);
                let piece = b[s..(s + len).min(n)].to_vec();
                b.splice(s..s, piece);
            }
            Edit::Byte { at: i, byte } if n > 0 => b[i % n] = byte,
            Edit::Byte { byte, .. } => b.push(byte),
        }
    }
    b
}

/// Replaces the `node`-th value (in document order) of a JSON text by `VALUES[value]`.
fn swap_values(original: &[u8], swaps: &[(usize, usize)]) -> Vec<u8> {
    let mut doc: serde_json::Value = serde_json::from_slice(original).expect("fixture is JSON");
    for &(node, value) in swaps {
        let count = count_nodes(&doc);
        let target = nth_node(&mut doc, node % count).expect("node in range");
        *target = serde_json::from_str(VALUES[value]).unwrap();
    }
    serde_json::to_vec_pretty(&doc).unwrap()
}

fn count_nodes(v: &serde_json::Value) -> usize {
    1 + match v {
        serde_json::Value::Array(a) => a.iter().map(count_nodes).sum(),
        serde_json::Value::Object(o) => o.values().map(count_nodes).sum(),
        _ => 0,
    }
}

fn nth_node(v: &mut serde_json::Value, n: usize) -> Option<&mut serde_json::Value> {
    if n == 0 {
        return Some(v);
    }
    let mut n = n - 1;
    let children: Vec<&mut serde_json::Value> = match v {
        serde_json::Value::Array(a) => a.iter_mut().collect(),
        serde_json::Value::Object(o) => o.values_mut().collect(),
        _ => return None,
    };
    for c in children {
        let size = count_nodes(c);
        if n < size {
            return nth_node(c, n);
        }
        n -= size;
    }
    None
}

/// What replaces one file of the fixture.
#[derive(Clone, Debug)]
enum Input {
    Bytes(Vec<u8>),
    Text(String),
    Mutated(Vec<Edit>),
    /// (node, value) pairs for [`swap_values`]; on the chapter, byte edits instead.
    Swapped(Vec<(usize, usize)>),
}

fn input() -> impl Strategy<Value = Input> {
    prop_oneof![
        1 => vec(any::<u8>(), 0..400).prop_map(Input::Bytes),
        1 => any::<String>().prop_map(Input::Text),
        4 => vec(edit(), 1..8).prop_map(Input::Mutated),
        4 => vec((any::<usize>(), 0..VALUES.len()), 1..4).prop_map(Input::Swapped),
    ]
}

fn realise(file: &str, original: &[u8], input: &Input) -> Vec<u8> {
    match input {
        Input::Bytes(b) => b.clone(),
        Input::Text(t) => t.clone().into_bytes(),
        Input::Mutated(edits) => apply(original, edits),
        Input::Swapped(swaps) if file.ends_with(".json") => swap_values(original, swaps),
        Input::Swapped(swaps) => {
            let edits: Vec<Edit> = swaps
                .iter()
                .map(|&(at, token)| Edit::Insert { at, token })
                .collect();
            apply(original, &edits)
        }
    }
}

/// Markdown-ish text: lines built from markdown, HTML and citation pieces.
fn markdownish() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("## ".to_string()),
        Just("[@src-a]".to_string()),
        Just("[@".to_string()),
        Just("](".to_string()),
        Just("[x](".to_string()),
        Just("<".to_string()),
        Just("`".to_string()),
        Just("|".to_string()),
        Just("\n".to_string()),
        Just("&#".to_string()),
        Just(")".to_string()),
        Just("javascript:".to_string()),
        Just("data:".to_string()),
        "[a-z:/ ]{0,12}",
        any::<String>(),
    ];
    vec(piece, 0..30).prop_map(|p| p.concat())
}

// ------------------------------------------------------------ properties ----

fn lines_in(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| b == b'\n').count() + 1
}

/// Every error names one of `files` (name -> bytes) with a line inside it and a message.
fn errors_are_well_formed(
    errors: &[ContentError],
    files: &dyn Fn(&str) -> Option<Vec<u8>>,
) -> Result<(), String> {
    if errors.is_empty() {
        return Err("rejected without any error".into());
    }
    for e in errors {
        let Some(bytes) = files(&e.file) else {
            return Err(format!("error names no file of the folder: {e}"));
        };
        if e.message.trim().is_empty() {
            return Err(format!("error without a message: {e}"));
        }
        if let Some(line) = e.line {
            if line == 0 || line > lines_in(&bytes) {
                return Err(format!(
                    "line {line} outside the file's {} lines: {e}",
                    lines_in(&bytes)
                ));
            }
        }
    }
    Ok(())
}

/// Content that loads can be displayed, serialised and read back, and its HTML is inert.
fn content_is_usable(c: &Content) -> Result<(), String> {
    for e in &c.events {
        let _ = (
            e.date.display(),
            e.date.start_fraction(),
            e.date.end_fraction(2026.0),
        );
    }
    let figures = c
        .missions
        .iter()
        .flat_map(|m| m.contingent.iter().chain(&m.fatalities))
        .chain(c.figures.iter().flat_map(|s| &s.points));
    for f in figures {
        let _ = (f.quantity.display(), f.quantity.central(), f.date.display());
    }
    for m in &c.missions {
        let _ = (m.years.display(), m.years.end_fraction(2026.0));
    }
    for s in &c.sources {
        let _ = (
            s.accessed.display_long(),
            s.date.as_ref().map(|d| d.display()),
        );
    }
    for q in &c.quotes {
        let _ = q.date.display();
    }
    let json = serde_json::to_string(c).map_err(|e| format!("does not serialise: {e}"))?;
    let back: Content =
        serde_json::from_str(&json).map_err(|e| format!("does not read back: {e}"))?;
    if &back != c {
        return Err("reads back different".into());
    }
    for ch in &c.chapters {
        html_safety::check(&ch.html).map_err(|e| format!("chapter {}: {e}", ch.id))?;
    }
    Ok(())
}

/// Loads `dir` (whose `file` holds `bytes`) and checks the result.
fn check_folder(dir: &Path, file: &str, bytes: &[u8]) -> Result<(), String> {
    let prefix = format!("{}/", dir.to_string_lossy().trim_end_matches('/'));
    let files = |name: &str| {
        let rel = name.strip_prefix(&prefix)?;
        if rel == file {
            Some(bytes.to_vec())
        } else {
            std::fs::read(dir.join(rel)).ok()
        }
    };
    match load_dir(dir) {
        Ok(c) => content_is_usable(&c),
        Err(errors) => errors_are_well_formed(&errors, &files),
    }
}

/// Parses a chapter and checks the result.
fn check_chapter(text: &str) -> Result<(), String> {
    let sources: HashSet<&str> = ["src-a", "src-b"].into();
    let mut errors = Vec::new();
    let name = "fuzz/chapter.md";
    let files = |n: &str| (n == name).then(|| text.as_bytes().to_vec());
    match parse_chapter(name, text, &sources, &mut errors) {
        Some(ch) if errors.is_empty() => {
            html_safety::check(&ch.html).map_err(|e| format!("{e} in {}", ch.html))
        }
        Some(_) => Err("a chapter returned along with errors".into()),
        None => errors_are_well_formed(&errors, &files),
    }
}

/// Paths the line finder is asked about, real and odd.
const PATHS: &[&str] = &[
    "",
    "events",
    "events[1].title",
    "events[99].x",
    "a[0][1].b",
    "[",
    "]]..[[",
    "events[18446744073709551616]",
];

fn check_json_line(text: &str, path: &str) -> Result<(), String> {
    match json_line(text, path) {
        Some(l) if l == 0 || l > lines_in(text.as_bytes()) => {
            Err(format!("line {l} outside the text"))
        }
        _ => Ok(()),
    }
}

// --------------------------------------------------------------- runner ----

/// Runs `cases` (times FUZZ_SCALE) cases of `check` on `strategy`, printing
/// executions and seconds; fails with proptest's smallest failing input.
fn fuzz<S: Strategy>(
    name: &str,
    cases: u32,
    strategy: S,
    check: impl Fn(S::Value) -> Result<(), String>,
) where
    S::Value: Debug,
{
    let scale: u32 = std::env::var("FUZZ_SCALE")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(1);
    // A seed we know, so that a failing run can be replayed.
    let seed = std::env::var("PROPTEST_RNG_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_nanos() as u64)
        });
    let config = Config {
        cases: cases * scale,
        failure_persistence: None,
        rng_seed: RngSeed::Fixed(seed),
        ..Config::default()
    };
    let runs = Cell::new(0u64);
    let start = Instant::now();
    let result = TestRunner::new(config).run(&strategy, |input| {
        runs.set(runs.get() + 1);
        check(input).map_err(TestCaseError::fail)
    });
    let secs = start.elapsed().as_secs_f64();
    println!(
        "fuzz {name}: {} executions in {secs:.1} s (PROPTEST_RNG_SEED={seed})",
        runs.get()
    );
    if let Err(e) = result {
        panic!("fuzz {name} failed (replay: PROPTEST_RNG_SEED={seed}): {e}");
    }
}

/// The fixture's files as bytes, by index of [`FILES`].
fn originals() -> Vec<Vec<u8>> {
    FILES
        .iter()
        .map(|f| std::fs::read(common::fixture().join(f)).unwrap())
        .collect()
}

/// Writes `bytes` as `file` of `dir`, checks the folder, and puts the original back.
fn with_file(dir: &Path, file: &str, bytes: &[u8], original: &[u8]) -> Result<(), String> {
    std::fs::write(dir.join(file), bytes).unwrap();
    let result = check_folder(dir, file, bytes);
    std::fs::write(dir.join(file), original).unwrap();
    result
}

#[test]
fn fuzz_load_dir() {
    let dir = copy_fixture();
    let originals = originals();
    fuzz(
        "load_dir",
        10000,
        (0..FILES.len(), input()),
        |(i, input)| {
            let bytes = realise(FILES[i], &originals[i], &input);
            with_file(&dir, FILES[i], &bytes, &originals[i])
        },
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn fuzz_parse_chapter() {
    let original = std::fs::read_to_string(common::fixture().join(CHAPTER)).unwrap();
    let strategy = prop_oneof![
        any::<String>(),
        markdownish()
            .prop_map(|body| format!("---\nid: x\ntitle: T\norder: 1\nsummary: S\n---\n{body}")),
        vec(edit(), 1..8).prop_map(move |edits| {
            String::from_utf8_lossy(&apply(original.as_bytes(), &edits)).into_owned()
        }),
    ];
    fuzz("parse_chapter", 36000, strategy, |text| {
        check_chapter(&text)
    });
}

#[test]
fn fuzz_json_line() {
    let events = std::fs::read_to_string(common::fixture().join("events.json")).unwrap();
    let text = prop_oneof![
        any::<String>(),
        "[\\[\\]{}\",: a\\\\\n]{0,60}",
        vec(edit(), 1..6).prop_map(move |edits| {
            String::from_utf8_lossy(&apply(events.as_bytes(), &edits)).into_owned()
        }),
    ];
    fuzz("json_line", 40000, (text, 0..PATHS.len()), |(text, p)| {
        check_json_line(&text, PATHS[p])
    });
}

// ----------------------------------------------------------- regressions ----

fn regressions() -> Vec<PathBuf> {
    let dir = common::fixture().join("../../corpus/fuzz-regressions");
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| !p.ends_with("README.md"))
        .collect();
    files.sort();
    files
}

/// Replays each kept input through the target its name starts with:
/// `json-line-*` (every path of [`PATHS`]), `chapter-*` (parse_chapter, and as
/// the fixture's chapter), or `FILE-*` for a fixture file `FILE.json`.
#[test]
fn fuzz_regressions_stay_fixed() {
    let files = regressions();
    assert!(!files.is_empty());
    let dir = copy_fixture();
    let originals = originals();
    for path in files {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let bytes = std::fs::read(&path).unwrap();
        let text = String::from_utf8_lossy(&bytes);
        let result = if name.starts_with("json-line-") {
            PATHS.iter().try_for_each(|p| check_json_line(&text, p))
        } else if name.starts_with("chapter-") {
            check_chapter(&text).and_then(|()| {
                let i = FILES.iter().position(|f| *f == CHAPTER).unwrap();
                with_file(&dir, CHAPTER, &bytes, &originals[i])
            })
        } else {
            let i = FILES
                .iter()
                .position(|f| name.starts_with(&format!("{}-", f.trim_end_matches(".json"))))
                .unwrap_or_else(|| panic!("{name}: names no target"));
            with_file(&dir, FILES[i], &bytes, &originals[i])
        };
        if let Err(e) = result {
            panic!("{name}: {e}");
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
}
