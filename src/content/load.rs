//! Loading, validating and rendering `content/` on the build host.
//!
//! Every problem becomes a [`ContentError`] naming the file, the line (JSON and
//! markdown both have one), the field and what was expected. All problems are
//! collected, not only the first. Compiled into `build.rs` (through `#[path]`),
//! into the `content-check` command and into the native tests; never into the
//! browser build.

use super::model::*;
use pulldown_cmark::{CowStr, Event as Md, Options, Parser, Tag, TagEnd};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeSet, HashMap, HashSet};
use std::fmt;
use std::path::{Path, PathBuf};

/// One problem in one content file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ContentError {
    /// Path as the editor knows it: `content/events.json`.
    pub file: String,
    /// 1-based line, where the format has one.
    pub line: Option<usize>,
    /// JSON path or front-matter key: `events[3].sources[0]`.
    pub field: String,
    pub message: String,
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(l) => write!(f, "{}:{}: ", self.file, l)?,
            None => write!(f, "{}: ", self.file)?,
        }
        if !self.field.is_empty() {
            write!(f, "field `{}`: ", self.field)?;
        }
        f.write_str(&self.message)
    }
}

/// The JSON files and the top-level key each holds. Each file is an object:
/// `{ "$schema": "schemas/events.schema.json", "events": [ ... ] }`.
pub const FILES: [(&str, &str); 9] = [
    ("sources.json", "sources"),
    ("eras.json", "eras"),
    ("events.json", "events"),
    ("missions.json", "missions"),
    ("figures.json", "figures"),
    ("alignment.json", "alignment"),
    ("scenarios.json", "scenarios"),
    ("glossary.json", "glossary"),
    ("quotes.json", "quotes"),
];

macro_rules! file_struct {
    ($name:ident, $key:ident, $ty:ty, $doc:literal) => {
        #[doc = $doc]
        #[derive(Debug, Serialize, Deserialize)]
        #[cfg_attr(feature = "build", derive(schemars::JsonSchema))]
        #[serde(deny_unknown_fields)]
        pub struct $name {
            /// Path of the JSON Schema, for editors.
            #[serde(rename = "$schema", default)]
            pub schema: Option<String>,
            pub $key: $ty,
        }
    };
}

file_struct!(
    SourcesFile,
    sources,
    Vec<Source>,
    "content/sources.json: the bibliography."
);
file_struct!(
    ErasFile,
    eras,
    Vec<Era>,
    "content/eras.json: named periods shaded on the timeline."
);
file_struct!(
    EventsFile,
    events,
    Vec<Event>,
    "content/events.json: timeline events."
);
file_struct!(
    MissionsFile,
    missions,
    Vec<Mission>,
    "content/missions.json: Pakistani deployments."
);
file_struct!(
    FiguresFile,
    figures,
    Vec<Series>,
    "content/figures.json: dated aggregate figures."
);
file_struct!(
    AlignmentFile,
    alignment,
    Alignment,
    "content/alignment.json: the coding behind the alignment explorer."
);
file_struct!(
    ScenariosFile,
    scenarios,
    Vec<Scenario>,
    "content/scenarios.json: the options after Resolution 2803."
);
file_struct!(
    GlossaryFile,
    glossary,
    Vec<Term>,
    "content/glossary.json: terms and abbreviations."
);
file_struct!(
    QuotesFile,
    quotes,
    Vec<Quote>,
    "content/quotes.json: attributed quotes."
);

/// Longest text accepted in a title-like field and in a summary-like field.
pub const MAX_TITLE: usize = 160;
pub const MAX_TEXT: usize = 1200;
/// Largest count accepted in a quantity (both ends of a range).
pub const MAX_QUANTITY: u64 = 10_000_000;
/// Largest file accepted: generous (the largest JSON file holds about 70 KB, the
/// longest chapter about 5 KB), but a runaway file fails with a clear message
/// instead of slowing every build.
pub const MAX_JSON_BYTES: u64 = 4_000_000;
pub const MAX_CHAPTER_BYTES: u64 = 200_000;
/// The latest date an "after the resolution" event may carry.
pub const AFTER_END: PartialDate = PartialDate {
    year: 2026,
    month: Some(12),
    day: Some(31),
};

/// Errors for one file, with its text kept to find lines.
struct FileCx<'a> {
    name: String,
    text: &'a str,
    errors: &'a mut Vec<ContentError>,
    /// Kinds of id ("source", "event"...) whose file failed to parse: references
    /// to them are not checked, so one syntax error does not cascade.
    unparsed: &'a HashSet<&'static str>,
}

impl FileCx<'_> {
    fn err(&mut self, field: impl Into<String>, message: impl Into<String>) {
        let field = field.into();
        let line = json_line(self.text, &field);
        self.errors.push(ContentError {
            file: self.name.clone(),
            line,
            field,
            message: message.into(),
        });
    }

    fn text(&mut self, field: String, value: &str, max: usize) {
        if let Err(message) = check_text(value, max) {
            self.err(field, message);
        }
    }

    fn id(&mut self, field: String, id: &str) {
        if id.trim().is_empty() {
            self.err(field, "must not be empty");
        } else if !is_id(id) {
            self.err(
                field,
                format!("`{}` is not a valid id: use lower-case letters, digits and single hyphens (at most 64)", truncate(id, 80)),
            );
        }
    }

    fn refs(
        &mut self,
        field: &str,
        ids: &[String],
        known: &HashSet<&str>,
        kind: &str,
        required: bool,
    ) {
        if required && ids.is_empty() {
            self.err(field.to_string(), format!("needs at least one {kind} id"));
        }
        if self.unparsed.contains(kind) {
            return;
        }
        for (i, id) in ids.iter().enumerate() {
            if !known.contains(id.as_str()) {
                self.err(
                    format!("{field}[{i}]"),
                    format!("`{}` is not a known {kind} id", truncate(id, 80)),
                );
            }
        }
    }

    fn flag(&mut self, field: String, flag: &Option<Flag>) {
        if let Some(f) = flag {
            self.text(format!("{field}.note"), &f.note, MAX_TEXT);
        }
    }

    fn figure(&mut self, field: &str, f: &DatedFigure, sources: &HashSet<&str>) {
        self.refs(
            &format!("{field}.sources"),
            &f.sources,
            sources,
            "source",
            true,
        );
        self.flag(format!("{field}.flag"), &f.flag);
        if let Some(h) = f.quantity.high {
            if h < f.quantity.value {
                self.err(
                    format!("{field}.quantity.high"),
                    format!("the upper end {h} is below the value {}", f.quantity.value),
                );
            }
        }
        // Both ends are bounded: the site adds them to find the middle of a range.
        for (key, n) in [("value", Some(f.quantity.value)), ("high", f.quantity.high)] {
            if let Some(n) = n.filter(|&n| n > MAX_QUANTITY) {
                self.err(
                    format!("{field}.quantity.{key}"),
                    format!("{n} is implausibly large (over 10,000,000)"),
                );
            }
        }
        if let Some(n) = &f.note {
            self.text(format!("{field}.note"), n, MAX_TEXT);
        }
    }
}

/// The rule for every plain-text field, in JSON and in chapter front matter:
/// not empty, at most `max` characters, no HTML markup.
fn check_text(value: &str, max: usize) -> Result<(), String> {
    let len = value.chars().count();
    if value.trim().is_empty() {
        Err("must not be empty".into())
    } else if len > max {
        Err(format!(
            "is {len} characters long; at most {max} are allowed"
        ))
    } else if value.contains('<') && looks_like_html(value) {
        Err("contains HTML markup; plain text only (the site escapes it, but it would show as code)".into())
    } else {
        Ok(())
    }
}

fn truncate(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        format!("{}…", s.chars().take(n).collect::<String>())
    }
}

fn looks_like_html(s: &str) -> bool {
    let lower = s.to_ascii_lowercase();
    let bytes = lower.as_bytes();
    bytes.windows(2).any(|w| {
        w[0] == b'<' && (w[1].is_ascii_alphabetic() || w[1] == b'/' || w[1] == b'!' || w[1] == b'?')
    })
}

pub fn is_id(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 64
        && s.split('-').all(|p| {
            !p.is_empty()
                && p.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

/// Checks that a URL is an absolute http(s) address with a host and no spaces.
pub fn check_url(url: &str) -> Result<(), String> {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
        .ok_or_else(|| {
            format!(
                "`{}` must start with https:// or http://",
                truncate(url, 80)
            )
        })?;
    if url
        .chars()
        .any(|c| c.is_whitespace() || c.is_control() || c == '"' || c == '<' || c == '>')
    {
        return Err(format!(
            "`{}` contains spaces or characters not allowed in a URL",
            truncate(url, 80)
        ));
    }
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    if host.is_empty() || !host.contains('.') || host.starts_with('.') || host.ends_with('.') {
        return Err(format!("`{}` has no valid host name", truncate(url, 80)));
    }
    if url.len() > 2000 {
        return Err("the URL is longer than 2000 characters".into());
    }
    Ok(())
}

// --------------------------------------------------------- reading files --

/// Reads one of the JSON files (chapters go through [`read_chapter`]).
fn read_text(dir: &Path, rel: &str, errors: &mut Vec<ContentError>) -> Option<String> {
    read_file(
        &dir.join(rel),
        &display_name(dir, rel),
        MAX_JSON_BYTES,
        errors,
    )
}

/// Reads a content file of at most `max` bytes as UTF-8 text; `name` is the path shown in errors.
fn read_file(path: &Path, name: &str, max: u64, errors: &mut Vec<ContentError>) -> Option<String> {
    let mut fail = |line: Option<usize>, message: String| {
        errors.push(ContentError {
            file: name.to_string(),
            line,
            field: String::new(),
            message,
        });
    };
    // The size is checked before reading, so a runaway file is not read into memory.
    match std::fs::metadata(path) {
        Ok(m) if m.len() > max => {
            fail(
                None,
                format!(
                    "is {} bytes long; a content file of this kind may be at most {max} bytes (split it)",
                    m.len()
                ),
            );
            return None;
        }
        _ => {}
    }
    match std::fs::read(path) {
        Ok(bytes) => decode(name, &bytes, errors),
        Err(e) => {
            fail(None, format!("cannot be read: {e}"));
            None
        }
    }
}

fn decode(name: &str, bytes: &[u8], errors: &mut Vec<ContentError>) -> Option<String> {
    if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        errors.push(ContentError {
            file: name.to_string(),
            line: Some(1),
            field: String::new(),
            message: "starts with a byte-order mark (BOM); save the file as UTF-8 without BOM"
                .into(),
        });
        return None;
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => Some(s.to_string()),
        Err(e) => {
            let good = &bytes[..e.valid_up_to()];
            let line = good.iter().filter(|&&b| b == b'\n').count() + 1;
            errors.push(ContentError {
                file: name.to_string(),
                line: Some(line),
                field: String::new(),
                message: format!(
                    "is not valid UTF-8 (bad byte at offset {}); save the file as UTF-8",
                    e.valid_up_to()
                ),
            });
            None
        }
    }
}

fn display_name(dir: &Path, rel: &str) -> String {
    let d = dir.to_string_lossy();
    let d = d.trim_end_matches('/');
    format!("{d}/{rel}")
}

/// Parses JSON into `T`, turning serde's error into a [`ContentError`] with line and field.
fn parse_json<T: DeserializeOwned>(
    name: &str,
    text: &str,
    errors: &mut Vec<ContentError>,
) -> Option<T> {
    let de = &mut serde_json::Deserializer::from_str(text);
    match serde_path_to_error::deserialize::<_, T>(de) {
        Ok(v) => Some(v),
        Err(e) => {
            let path = e.path().to_string();
            let path = path
                .trim_end_matches(".?")
                .trim_end_matches('?')
                .to_string();
            let inner = e.into_inner();
            let msg = inner.to_string();
            let msg = match msg.rsplit_once(" at line ") {
                Some((m, _)) => m.to_string(),
                None => msg,
            };
            let message = explain_serde(&msg, inner.classify());
            errors.push(ContentError {
                file: name.to_string(),
                line: if inner.line() > 0 {
                    Some(inner.line())
                } else {
                    None
                },
                field: if path == "." { String::new() } else { path },
                message,
            });
            None
        }
    }
}

fn explain_serde(msg: &str, class: serde_json::error::Category) -> String {
    use serde_json::error::Category as C;
    match class {
        // serde_json files a number beyond f64 (`1e400`) under syntax; it is valid JSON.
        C::Syntax if msg.starts_with("number out of range") => {
            format!("has a number too large to store ({msg})")
        }
        C::Syntax => format!("is not valid JSON: {msg}"),
        C::Eof => format!("is not valid JSON: the file ends too early ({msg})"),
        C::Io => msg.to_string(),
        C::Data => {
            // Rust type names mean little to editors: say what the number may be.
            let gloss = [
                (
                    "expected u64",
                    "a whole number from 0 to 18446744073709551615",
                ),
                (
                    "expected i32",
                    "a whole number from -2147483648 to 2147483647",
                ),
                ("expected f64", "a number"),
            ]
            .iter()
            .find(|(rust, _)| msg.ends_with(rust))
            .map(|(_, plain)| format!(" ({plain})"))
            .unwrap_or_default();
            if msg.starts_with("invalid type") {
                format!("has the wrong type: {msg}{gloss}")
            } else {
                format!("{msg}{gloss}")
            }
        }
    }
}

/// Finds the line where the value at `path` (`events[3].sources[0]`) starts.
/// Returns the nearest enclosing value's line if the exact path is absent.
pub fn json_line(text: &str, path: &str) -> Option<usize> {
    let target = parse_path(path);
    let mut s = Scanner {
        b: text.as_bytes(),
        i: 0,
        line: 1,
    };
    let mut best = None;
    s.ws();
    s.value(&mut Vec::new(), &target, &mut best);
    best.map(|(_, l)| l)
}

#[derive(Clone, Debug, PartialEq)]
enum Seg {
    Key(String),
    Idx(usize),
}

fn parse_path(path: &str) -> Vec<Seg> {
    let mut out = Vec::new();
    for part in path.split('.') {
        if part.is_empty() {
            continue;
        }
        let (key, rest) = match part.find('[') {
            Some(i) => (&part[..i], &part[i..]),
            None => (part, ""),
        };
        if !key.is_empty() {
            out.push(Seg::Key(key.to_string()));
        }
        for idx in rest.split('[').filter(|x| !x.is_empty()) {
            if let Ok(n) = idx.trim_end_matches(']').parse() {
                out.push(Seg::Idx(n));
            }
        }
    }
    out
}

struct Scanner<'a> {
    b: &'a [u8],
    i: usize,
    line: usize,
}

impl Scanner<'_> {
    fn ws(&mut self) {
        while let Some(&c) = self.b.get(self.i) {
            match c {
                b'\n' => {
                    self.line += 1;
                    self.i += 1
                }
                b' ' | b'\t' | b'\r' => self.i += 1,
                _ => break,
            }
        }
    }

    fn string(&mut self) -> String {
        let start = self.i + 1;
        self.i += 1;
        while let Some(&c) = self.b.get(self.i) {
            match c {
                b'\\' => self.i += 2,
                b'"' => break,
                b'\n' => {
                    self.line += 1;
                    self.i += 1
                }
                _ => self.i += 1,
            }
        }
        let s = String::from_utf8_lossy(&self.b[start.min(self.b.len())..self.i.min(self.b.len())])
            .into_owned();
        self.i += 1;
        s
    }

    fn value(&mut self, path: &mut Vec<Seg>, target: &[Seg], best: &mut Option<(usize, usize)>) {
        // serde_json refuses nesting deeper than 128 before lines are looked up;
        // this bound only keeps arbitrary text from exhausting the stack.
        if path.len() > 256 {
            return;
        }
        if target.starts_with(path) && best.is_none_or(|(d, _)| path.len() > d) {
            *best = Some((path.len(), self.line));
        }
        match self.b.get(self.i) {
            Some(b'{') => {
                self.i += 1;
                loop {
                    self.ws();
                    match self.b.get(self.i) {
                        Some(b'}') => {
                            self.i += 1;
                            return;
                        }
                        Some(b',') => {
                            self.i += 1;
                            continue;
                        }
                        Some(b'"') => {
                            let key_line = self.line;
                            let key = self.string();
                            self.ws();
                            if self.b.get(self.i) == Some(&b':') {
                                self.i += 1;
                            }
                            self.ws();
                            path.push(Seg::Key(key));
                            // report the key's line, where editors look for a field
                            let save = self.line;
                            self.line = key_line;
                            let l = self.line;
                            self.line = save;
                            if target.starts_with(path) && best.is_none_or(|(d, _)| path.len() > d)
                            {
                                *best = Some((path.len(), l));
                            }
                            self.value(path, target, best);
                            path.pop();
                        }
                        None => return,
                        _ => self.i += 1,
                    }
                }
            }
            Some(b'[') => {
                self.i += 1;
                let mut idx = 0;
                loop {
                    self.ws();
                    match self.b.get(self.i) {
                        Some(b']') => {
                            self.i += 1;
                            return;
                        }
                        Some(b',') => {
                            self.i += 1;
                            idx += 1;
                            continue;
                        }
                        None => return,
                        _ => {
                            let at = self.i;
                            path.push(Seg::Idx(idx));
                            self.value(path, target, best);
                            path.pop();
                            // On malformed text (`[}`) a value may consume nothing: skip a byte.
                            if self.i == at {
                                self.i += 1;
                            }
                        }
                    }
                }
            }
            Some(b'"') => {
                self.string();
            }
            _ => {
                while let Some(&c) = self.b.get(self.i) {
                    if matches!(c, b',' | b'}' | b']' | b' ' | b'\n' | b'\r' | b'\t') {
                        break;
                    }
                    self.i += 1;
                }
            }
        }
    }
}

// ------------------------------------------------------------- loading ----

/// Loads and cross-checks everything under `dir`. Returns every problem found.
pub fn load_dir(dir: &Path) -> Result<Content, Vec<ContentError>> {
    let mut errors = Vec::new();
    let mut texts: HashMap<&str, String> = HashMap::new();
    for (file, _) in FILES {
        if let Some(t) = read_text(dir, file, &mut errors) {
            texts.insert(file, t);
        }
    }
    macro_rules! parse {
        ($file:literal, $ty:ty) => {
            texts
                .get($file)
                .and_then(|t| parse_json::<$ty>(&display_name(dir, $file), t, &mut errors))
        };
    }
    let sources = parse!("sources.json", SourcesFile).map(|f| f.sources);
    let eras = parse!("eras.json", ErasFile).map(|f| f.eras);
    let events = parse!("events.json", EventsFile).map(|f| f.events);
    let missions = parse!("missions.json", MissionsFile).map(|f| f.missions);
    let figures = parse!("figures.json", FiguresFile).map(|f| f.figures);
    let alignment = parse!("alignment.json", AlignmentFile).map(|f| f.alignment);
    let scenarios = parse!("scenarios.json", ScenariosFile).map(|f| f.scenarios);
    let glossary = parse!("glossary.json", GlossaryFile).map(|f| f.glossary);
    let quotes = parse!("quotes.json", QuotesFile).map(|f| f.quotes);

    let (sources_ok, events_ok, missions_ok, quotes_ok, glossary_ok) = (
        sources.is_some(),
        events.is_some(),
        missions.is_some(),
        quotes.is_some(),
        glossary.is_some(),
    );
    let (eras_ok, alignment_ok) = (eras.is_some(), alignment.is_some());
    let mut content = Content {
        sources: sources.unwrap_or_default(),
        eras: eras.unwrap_or_default(),
        events: events.unwrap_or_default(),
        missions: missions.unwrap_or_default(),
        figures: figures.unwrap_or_default(),
        alignment,
        scenarios: scenarios.unwrap_or_default(),
        glossary: glossary.unwrap_or_default(),
        quotes: quotes.unwrap_or_default(),
        chapters: Vec::new(),
    };

    let source_ids: HashSet<&str> = content.sources.iter().map(|s| s.id.as_str()).collect();
    // If sources.json did not parse, citations are not checked against it (one error, not dozens).
    let chapters = load_chapters(dir, sources_ok.then_some(&source_ids), &mut errors);
    content.chapters = chapters;

    let mut unparsed: HashSet<&'static str> = HashSet::new();
    for (parsed, kind) in [
        (sources_ok, "source"),
        (events_ok, "event"),
        (missions_ok, "mission"),
        (quotes_ok, "quote"),
        (glossary_ok, "glossary term"),
        (eras_ok, "era"),
        (alignment_ok, "pole"),
    ] {
        if !parsed {
            unparsed.insert(kind);
        }
    }
    let empty = String::new();
    let t = |f: &str| texts.get(f).unwrap_or(&empty).as_str();
    validate(dir, &content, &t, &unparsed, &mut errors);

    if errors.is_empty() {
        content.events.sort_by(|a, b| {
            a.date
                .start
                .first_day()
                .cmp(&b.date.start.first_day())
                .then(
                    a.date
                        .start
                        .precision()
                        .cmp_rank()
                        .cmp(&b.date.start.precision().cmp_rank()),
                )
        });
        content.chapters.sort_by_key(|c| c.order);
        Ok(content)
    } else {
        Err(errors)
    }
}

trait Rank {
    fn cmp_rank(self) -> u8;
}
impl Rank for Precision {
    fn cmp_rank(self) -> u8 {
        match self {
            Precision::Year => 0,
            Precision::Month => 1,
            Precision::Day => 2,
        }
    }
}

fn check_unique<'a>(
    cx: &mut FileCx,
    key: &str,
    ids: impl Iterator<Item = &'a str>,
) -> HashSet<&'a str> {
    let mut seen: HashMap<&str, usize> = HashMap::new();
    let mut set = HashSet::new();
    for (i, id) in ids.enumerate() {
        cx.id(format!("{key}[{i}].id"), id);
        if let Some(first) = seen.get(id) {
            let first_line = json_line(cx.text, &format!("{key}[{first}].id"))
                .map(|l| format!(" (first used on line {l})"))
                .unwrap_or_default();
            cx.err(
                format!("{key}[{i}].id"),
                format!("duplicate id `{}`{first_line}", truncate(id, 80)),
            );
        } else {
            seen.insert(id, i);
        }
        set.insert(id);
    }
    set
}

fn validate<'t>(
    dir: &Path,
    c: &Content,
    text: &dyn Fn(&str) -> &'t str,
    unparsed: &HashSet<&'static str>,
    errors: &mut Vec<ContentError>,
) {
    macro_rules! cx {
        ($file:literal) => {
            FileCx {
                name: display_name(dir, $file),
                text: text($file),
                errors,
                unparsed,
            }
        };
    }

    // sources
    let mut cx = cx!("sources.json");
    let sources = check_unique(&mut cx, "sources", c.sources.iter().map(|s| s.id.as_str()));
    for (i, s) in c.sources.iter().enumerate() {
        let f = |k: &str| format!("sources[{i}].{k}");
        cx.text(f("title"), &s.title, 400);
        cx.text(f("author"), &s.author, MAX_TITLE);
        cx.text(f("publisher"), &s.publisher, MAX_TITLE);
        if let Some(u) = &s.url {
            if let Err(e) = check_url(u) {
                cx.err(f("url"), e);
            }
        }
        if s.accessed.precision() != Precision::Day {
            cx.err(
                f("accessed"),
                "must be a full date YYYY-MM-DD (when the source was last checked)",
            );
        }
        if let Some(n) = &s.note {
            cx.text(f("note"), n, MAX_TEXT);
        }
    }

    // eras
    let mut cx = cx!("eras.json");
    let eras = check_unique(&mut cx, "eras", c.eras.iter().map(|e| e.id.as_str()));
    for (i, e) in c.eras.iter().enumerate() {
        cx.text(format!("eras[{i}].label"), &e.label, MAX_TITLE);
        cx.text(format!("eras[{i}].summary"), &e.summary, MAX_TEXT);
        if !matches!(e.span.end, Some(Some(_))) {
            cx.err(
                format!("eras[{i}].span"),
                "must be a closed range START/END, e.g. `1947/1953`",
            );
        }
        if e.span.start.year < MAIN_START_YEAR || e.span.last().year > 2026 {
            cx.err(format!("eras[{i}].span"), "must lie within 1947-2026");
        }
    }

    // ids of events and missions are needed before cross references
    let mut mcx = cx!("missions.json");
    let missions = check_unique(
        &mut mcx,
        "missions",
        c.missions.iter().map(|m| m.id.as_str()),
    );
    drop(mcx);
    let mut ecx = cx!("events.json");
    let events = check_unique(&mut ecx, "events", c.events.iter().map(|e| e.id.as_str()));

    let main_end = MAIN_END;
    for (i, e) in c.events.iter().enumerate() {
        let f = |k: &str| format!("events[{i}].{k}");
        ecx.text(f("title"), &e.title, MAX_TITLE);
        ecx.text(f("summary"), &e.summary, MAX_TEXT);
        if let Some(p) = &e.place {
            ecx.text(f("place"), p, MAX_TITLE);
        }
        ecx.refs(&f("sources"), &e.sources, &sources, "source", true);
        ecx.refs(&f("missions"), &e.missions, &missions, "mission", false);
        ecx.refs(&f("related"), &e.related, &events, "event", false);
        if e.related.iter().any(|r| r == &e.id) {
            ecx.err(f("related"), "an event cannot be related to itself");
        }
        if let Some(era) = &e.era {
            if !eras.contains(era.as_str()) && !ecx.unparsed.contains("era") {
                ecx.err(
                    f("era"),
                    format!(
                        "`{}` is not a known era id (see eras.json)",
                        truncate(era, 80)
                    ),
                );
            }
        }
        ecx.flag(f("flag"), &e.flag);
        let first = e.date.start.first_day();
        let last = e.date.last().last_day();
        if e.after_resolution {
            if first <= main_end.first_day() {
                ecx.err(
                    f("date"),
                    format!(
                        "`{}` is marked after_resolution but is not after 17 Nov 2025",
                        e.date.source_text()
                    ),
                );
            } else if last > AFTER_END.last_day() {
                ecx.err(
                    f("date"),
                    format!("`{}` is after the end of 2026", e.date.source_text()),
                );
            }
        } else if e.date.start.year < MAIN_START_YEAR
            || last > main_end.last_day()
            || matches!(e.date.end, Some(None))
        {
            ecx.err(
                f("date"),
                format!(
                    "`{}` is outside the main timeline (1947 to 17 Nov 2025); mark later events with \"after_resolution\": true",
                    e.date.source_text()
                ),
            );
        }
    }
    drop(ecx);

    let mut mcx = cx!("missions.json");
    for (i, m) in c.missions.iter().enumerate() {
        let f = |k: &str| format!("missions[{i}].{k}");
        mcx.text(f("acronym"), &m.acronym, 40);
        mcx.text(f("name"), &m.name, MAX_TITLE);
        mcx.text(f("summary"), &m.summary, MAX_TEXT);
        mcx.text(f("host.name"), &m.host.name, MAX_TITLE);
        if let Some(iso) = &m.host.iso {
            if iso.len() != 3 || !iso.bytes().all(|b| b.is_ascii_uppercase()) {
                mcx.err(
                    f("host.iso"),
                    format!(
                        "`{}` is not an ISO 3166-1 alpha-3 code (three capital letters)",
                        truncate(iso, 20)
                    ),
                );
            }
        }
        let (lat, lon) = (m.location.lat, m.location.lon);
        if !lat.is_finite() || !(-90.0..=90.0).contains(&lat) {
            mcx.err(
                f("location.lat"),
                format!("{lat} is out of range: latitude must be between -90 and 90"),
            );
        }
        if !lon.is_finite() || !(-180.0..=180.0).contains(&lon) {
            mcx.err(
                f("location.lon"),
                format!("{lon} is out of range: longitude must be between -180 and 180"),
            );
        }
        if m.years.start.year < MAIN_START_YEAR || m.years.last().year > 2026 {
            mcx.err(
                f("years"),
                format!("`{}` must lie within 1947-2026", m.years.source_text()),
            );
        }
        match (m.status, &m.years.end) {
            (Status::Ongoing, Some(None)) | (Status::Prospective, _) => {}
            (Status::Ongoing, _) => mcx.err(
                f("years"),
                "an ongoing deployment needs an open range, e.g. `2014-09/`",
            ),
            (Status::Ended, Some(None)) => mcx.err(
                f("years"),
                "an ended deployment needs an end, e.g. `1960/1964`",
            ),
            (Status::Ended, _) => {}
        }
        if matches!(m.status, Status::Ongoing | Status::Prospective) && m.status_as_of.is_none() {
            mcx.err(f("status_as_of"), "is required for ongoing and prospective deployments (the date the status was last confirmed)");
        }
        if m.kind == MissionKind::UnPeacekeeping && m.roles.is_empty() {
            mcx.err(f("roles"), "needs at least one role");
        }
        mcx.refs(&f("sources"), &m.sources, &sources, "source", true);
        mcx.refs(&f("events"), &m.events, &events, "event", false);
        for (j, fig) in m.contingent.iter().enumerate() {
            mcx.figure(&f(&format!("contingent[{j}]")), fig, &sources);
        }
        if let Some(fat) = &m.fatalities {
            mcx.figure(&f("fatalities"), fat, &sources);
        }
        for (j, n) in m.notable.iter().enumerate() {
            mcx.text(f(&format!("notable[{j}].text")), &n.text, MAX_TEXT);
            mcx.refs(
                &f(&format!("notable[{j}].sources")),
                &n.sources,
                &sources,
                "source",
                true,
            );
            mcx.flag(f(&format!("notable[{j}].flag")), &n.flag);
        }
        mcx.flag(f("flag"), &m.flag);
    }
    drop(mcx);

    // figures
    let mut cx = cx!("figures.json");
    check_unique(&mut cx, "figures", c.figures.iter().map(|s| s.id.as_str()));
    for (i, s) in c.figures.iter().enumerate() {
        cx.text(format!("figures[{i}].label"), &s.label, MAX_TITLE);
        cx.text(format!("figures[{i}].unit"), &s.unit, 40);
        if s.points.is_empty() {
            cx.err(
                format!("figures[{i}].points"),
                "needs at least one dated figure",
            );
        }
        for (j, p) in s.points.iter().enumerate() {
            cx.figure(&format!("figures[{i}].points[{j}]"), p, &sources);
        }
    }

    // glossary and quotes
    let mut cx = cx!("glossary.json");
    let terms = check_unique(
        &mut cx,
        "glossary",
        c.glossary.iter().map(|t| t.id.as_str()),
    );
    for (i, t) in c.glossary.iter().enumerate() {
        cx.text(format!("glossary[{i}].term"), &t.term, MAX_TITLE);
        cx.text(format!("glossary[{i}].definition"), &t.definition, MAX_TEXT);
        cx.refs(
            &format!("glossary[{i}].sources"),
            &t.sources,
            &sources,
            "source",
            false,
        );
        cx.refs(
            &format!("glossary[{i}].see_also"),
            &t.see_also,
            &terms,
            "glossary term",
            false,
        );
    }
    let mut cx = cx!("quotes.json");
    let quotes = check_unique(&mut cx, "quotes", c.quotes.iter().map(|q| q.id.as_str()));
    for (i, q) in c.quotes.iter().enumerate() {
        let f = |k: &str| format!("quotes[{i}].{k}");
        cx.text(f("text"), &q.text, MAX_TEXT);
        cx.text(f("speaker"), &q.speaker, MAX_TITLE);
        cx.text(f("role"), &q.role, MAX_TITLE);
        cx.text(f("context"), &q.context, MAX_TEXT);
        cx.refs(&f("sources"), &q.sources, &sources, "source", true);
    }

    // alignment
    let mut cx = cx!("alignment.json");
    let mut poles = HashSet::new();
    if let Some(a) = &c.alignment {
        poles = check_unique(
            &mut cx,
            "alignment.poles",
            a.poles.iter().map(|p| p.id.as_str()),
        );
        let dims = check_unique(
            &mut cx,
            "alignment.dimensions",
            a.dimensions.iter().map(|d| d.id.as_str()),
        );
        if a.poles
            .iter()
            .filter(|p| p.kind == PoleKind::Partner)
            .count()
            < 2
        {
            cx.err("alignment.poles", "needs at least two partner poles");
        }
        let weights: Vec<f64> = a.dimensions.iter().map(|d| d.default_weight).collect();
        for (i, w) in weights.iter().enumerate() {
            if !w.is_finite() || *w < 0.0 || *w > 10.0 {
                cx.err(
                    format!("alignment.dimensions[{i}].default_weight"),
                    format!("{w} must be a number from 0 to 10"),
                );
            }
        }
        if weights.iter().all(|w| *w == 0.0) {
            cx.err(
                "alignment.dimensions",
                "at least one default_weight must be above 0",
            );
        }
        if a.first_year < MAIN_START_YEAR || a.last_year > 2025 || a.first_year >= a.last_year {
            cx.err(
                "alignment.first_year",
                "first_year and last_year must lie within 1947-2025, first before last",
            );
        }
        let mut seen = HashSet::new();
        for (i, k) in a.codings.iter().enumerate() {
            let f = |x: &str| format!("alignment.codings[{i}].{x}");
            if !poles.contains(k.pole.as_str()) {
                cx.err(
                    f("pole"),
                    format!("`{}` is not a pole id", truncate(&k.pole, 80)),
                );
            }
            if !dims.contains(k.dimension.as_str()) {
                cx.err(
                    f("dimension"),
                    format!("`{}` is not a dimension id", truncate(&k.dimension, 80)),
                );
            }
            if !k.value.is_finite() || !(0.0..=10.0).contains(&k.value) {
                cx.err(
                    f("value"),
                    format!("{} must be a number from 0 to 10", k.value),
                );
            }
            if k.year < a.first_year || k.year > a.last_year {
                cx.err(
                    f("year"),
                    format!("{} is outside first_year..last_year", k.year),
                );
            }
            if !seen.insert((k.year, k.pole.as_str(), k.dimension.as_str())) {
                cx.err(
                    f("year"),
                    format!("{} is coded twice for {} / {}", k.year, k.pole, k.dimension),
                );
            }
            cx.text(f("rationale"), &k.rationale, MAX_TEXT);
            cx.refs(&f("evidence"), &k.evidence, &events, "event", true);
            cx.refs(&f("sources"), &k.sources, &sources, "source", true);
        }
        for p in &a.poles {
            for d in &a.dimensions {
                if !a
                    .codings
                    .iter()
                    .any(|k| k.pole == p.id && k.dimension == d.id && k.year == a.first_year)
                {
                    cx.err(
                        "alignment.codings",
                        format!("{} / {} has no coding for first_year {}; every pair needs a starting value", p.id, d.id, a.first_year),
                    );
                }
            }
        }
        for (i, n) in a.narrative.iter().enumerate() {
            cx.text(format!("alignment.narrative[{i}].text"), &n.text, MAX_TEXT);
            cx.refs(
                &format!("alignment.narrative[{i}].sources"),
                &n.sources,
                &sources,
                "source",
                true,
            );
        }
    }

    // scenarios
    let mut cx = cx!("scenarios.json");
    check_unique(
        &mut cx,
        "scenarios",
        c.scenarios.iter().map(|s| s.id.as_str()),
    );
    const TESTS: [&str; 3] = ["neutrality", "stabilisation", "engagement"];
    for (i, s) in c.scenarios.iter().enumerate() {
        let f = |k: &str| format!("scenarios[{i}].{k}");
        cx.text(f("label"), &s.label, MAX_TITLE);
        cx.text(f("summary"), &s.summary, MAX_TEXT);
        cx.refs(&f("voices"), &s.voices, &quotes, "quote", false);
        for (j, a) in s.effects.iter().enumerate() {
            if a.about != "domestic"
                && !poles.contains(a.about.as_str())
                && !cx.unparsed.contains("pole")
            {
                cx.err(
                    f(&format!("effects[{j}].about")),
                    format!(
                        "`{}` must be a pole id or `domestic`",
                        truncate(&a.about, 80)
                    ),
                );
            }
            cx.text(f(&format!("effects[{j}].text")), &a.text, MAX_TEXT);
            cx.refs(
                &f(&format!("effects[{j}].sources")),
                &a.sources,
                &sources,
                "source",
                true,
            );
        }
        for (j, a) in s.tests.iter().enumerate() {
            if !TESTS.contains(&a.about.as_str()) {
                cx.err(
                    f(&format!("tests[{j}].about")),
                    format!(
                        "`{}` must be one of neutrality, stabilisation, engagement",
                        truncate(&a.about, 80)
                    ),
                );
            }
            cx.text(f(&format!("tests[{j}].text")), &a.text, MAX_TEXT);
            cx.refs(
                &f(&format!("tests[{j}].sources")),
                &a.sources,
                &sources,
                "source",
                true,
            );
        }
    }
}

// ------------------------------------------------------------ chapters ----

/// Front matter of a chapter: `key: value` lines between `---` lines. Each
/// value is kept with its line, where errors about it point.
#[derive(Debug, Default)]
struct Front {
    id: Option<(String, usize)>,
    title: Option<(String, usize)>,
    order: Option<(String, usize)>,
    summary: Option<(String, usize)>,
}

fn load_chapters(
    dir: &Path,
    sources: Option<&HashSet<&str>>,
    errors: &mut Vec<ContentError>,
) -> Vec<Chapter> {
    let cdir = dir.join("chapters");
    let mut files: Vec<PathBuf> = match std::fs::read_dir(&cdir) {
        Ok(rd) => rd
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "md"))
            .collect(),
        Err(e) => {
            errors.push(ContentError {
                file: display_name(dir, "chapters/"),
                line: None,
                field: String::new(),
                message: format!("cannot be read: {e}"),
            });
            return Vec::new();
        }
    };
    files.sort();
    let mut out: Vec<Chapter> = Vec::new();
    let mut ids: HashMap<String, String> = HashMap::new();
    for path in files {
        let rel = format!(
            "chapters/{}",
            path.file_name().unwrap_or_default().to_string_lossy()
        );
        let name = display_name(dir, &rel);
        if let Some(ch) = read_chapter(&path, &name, sources, errors) {
            if let Some(other) = ids.get(&ch.id) {
                errors.push(ContentError {
                    file: name.clone(),
                    line: Some(2),
                    field: "id".into(),
                    message: format!("duplicate chapter id `{}` (also in {other})", ch.id),
                });
            }
            ids.insert(ch.id.clone(), name);
            out.push(ch);
        }
    }
    out
}

/// Reads and parses one chapter file (`name` is the path shown in errors): the
/// build reads each `content/chapters/*.md` this way, and `content-check
/// --render-markdown` any single file.
pub fn read_chapter(
    path: &Path,
    name: &str,
    sources: Option<&HashSet<&str>>,
    errors: &mut Vec<ContentError>,
) -> Option<Chapter> {
    let text = read_file(path, name, MAX_CHAPTER_BYTES, errors)?;
    parse_chapter_with(name, &text, sources, errors)
}

/// Parses one markdown chapter: front matter, then markdown rendered to safe HTML.
/// Citations must name one of `sources`.
pub fn parse_chapter(
    name: &str,
    text: &str,
    sources: &HashSet<&str>,
    errors: &mut Vec<ContentError>,
) -> Option<Chapter> {
    parse_chapter_with(name, text, Some(sources), errors)
}

/// [`parse_chapter`]; with `sources` unknown (`None`: sources.json did not
/// parse), citations need only be well-formed ids.
fn parse_chapter_with(
    name: &str,
    text: &str,
    sources: Option<&HashSet<&str>>,
    errors: &mut Vec<ContentError>,
) -> Option<Chapter> {
    let before = errors.len();
    let mut err = |line: usize, field: &str, msg: String| {
        errors.push(ContentError {
            file: name.to_string(),
            line: Some(line),
            field: field.to_string(),
            message: msg,
        })
    };
    let mut lines = text.lines();
    if lines.next().map(str::trim_end) != Some("---") {
        err(1, "", "must start with front matter: a line `---`, then `key: value` lines (id, title, order, summary), then `---`".into());
        return None;
    }
    let mut front = Front::default();
    let mut body_line = 0;
    for (n, line) in lines.enumerate() {
        let lineno = n + 2;
        if line.trim_end() == "---" {
            body_line = lineno + 1;
            break;
        }
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        let Some((k, v)) = line.split_once(':') else {
            err(
                lineno,
                "",
                format!(
                    "front matter line `{}` is not `key: value`",
                    truncate(line, 60)
                ),
            );
            continue;
        };
        let (k, v) = (k.trim(), v.trim().trim_matches('"').to_string());
        let slot = match k {
            "id" => &mut front.id,
            "title" => &mut front.title,
            "summary" => &mut front.summary,
            "order" => &mut front.order,
            other => {
                err(
                    lineno,
                    &truncate(other, 40),
                    "unknown front matter key; expected one of id, title, order, summary".into(),
                );
                continue;
            }
        };
        if let Some((_, first)) = slot {
            err(lineno, k, format!("given twice (first on line {first})"));
            continue;
        }
        *slot = Some((v, lineno));
    }
    if body_line == 0 {
        err(1, "", "front matter is not closed with a `---` line".into());
        return None;
    }
    match &front.id {
        None => err(1, "id", "missing in front matter".into()),
        Some((id, l)) if id.is_empty() => err(*l, "id", "must not be empty".into()),
        Some((id, l)) if !is_id(id) => err(
            *l,
            "id",
            format!(
                "`{}` is not a valid id: lower-case letters, digits and single hyphens",
                truncate(id, 60)
            ),
        ),
        _ => {}
    }
    for (key, v, max) in [
        ("title", &front.title, MAX_TITLE),
        ("summary", &front.summary, MAX_TEXT),
    ] {
        match v {
            None => err(1, key, "missing in front matter".into()),
            Some((s, l)) => {
                if let Err(m) = check_text(s, max) {
                    err(*l, key, m)
                }
            }
        }
    }
    let order = match &front.order {
        None => {
            err(1, "order", "missing in front matter".into());
            0
        }
        Some((v, l)) => v.parse::<i32>().unwrap_or_else(|e| {
            let why = match e.kind() {
                std::num::IntErrorKind::PosOverflow | std::num::IntErrorKind::NegOverflow => {
                    "is too large a number"
                }
                _ => "is not a whole number",
            };
            err(*l, "order", format!("`{}` {why}", truncate(v, 40)));
            0
        }),
    };

    let body_start: usize = text
        .split_inclusive('\n')
        .take(body_line - 1)
        .map(str::len)
        .sum();
    let body = &text[body_start.min(text.len())..];
    let line_of = |offset: usize| body_line + body[..offset.min(body.len())].matches('\n').count();
    let mut cited: Vec<String> = Vec::new();
    let mut html = String::new();
    let mut events: Vec<Md> = Vec::new();
    let mut skip_image_text = 0usize;
    let opts =
        Options::ENABLE_TABLES | Options::ENABLE_SMART_PUNCTUATION | Options::ENABLE_STRIKETHROUGH;
    let parser =
        pulldown_cmark::TextMergeWithOffset::new(Parser::new_ext(body, opts).into_offset_iter());
    for (ev, range) in parser {
        let line = line_of(range.start);
        match ev {
            Md::Html(raw) | Md::InlineHtml(raw) => {
                if raw.trim_start().starts_with("<!--") {
                    err(
                        line,
                        "body",
                        "HTML comments are not allowed (they can hide markup); delete it".into(),
                    );
                } else {
                    err(
                        line,
                        "body",
                        format!(
                            "raw HTML `{}` is not allowed; use markdown",
                            truncate(raw.trim(), 40)
                        ),
                    );
                }
            }
            Md::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                if let Err(e) = check_link(&dest_url) {
                    err(line, "body", format!("link {e}"));
                    events.push(Md::Start(Tag::Link {
                        link_type,
                        dest_url: CowStr::from("#"),
                        title,
                        id,
                    }));
                } else {
                    events.push(Md::Start(Tag::Link {
                        link_type,
                        dest_url,
                        title,
                        id,
                    }));
                }
            }
            Md::Start(Tag::Image { dest_url, .. }) => {
                if dest_url.contains(':') || dest_url.starts_with("//") {
                    err(
                        line,
                        "body",
                        format!(
                            "image `{}` must be a relative path to a file in assets/",
                            truncate(&dest_url, 60)
                        ),
                    );
                    skip_image_text += 1;
                } else {
                    err(
                        line,
                        "body",
                        "images in chapters are not supported yet; describe the figure in text"
                            .into(),
                    );
                    skip_image_text += 1;
                }
            }
            Md::End(TagEnd::Image) => skip_image_text = skip_image_text.saturating_sub(1),
            Md::Text(t) if skip_image_text == 0 => {
                cite_split(&t, line, sources, &mut cited, &mut events, &mut err);
            }
            Md::Text(_) => {}
            // Wide tables scroll inside a focusable, labelled region on narrow screens.
            Md::Start(Tag::Table(align)) => {
                events.push(Md::Html(CowStr::from(
                    "<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-label=\"Table (scrolls sideways on narrow screens)\">",
                )));
                events.push(Md::Start(Tag::Table(align)));
            }
            Md::End(TagEnd::Table) => {
                events.push(Md::End(TagEnd::Table));
                events.push(Md::Html(CowStr::from("</div>")));
            }
            Md::Start(Tag::Heading {
                level: pulldown_cmark::HeadingLevel::H1,
                ..
            }) => {
                err(line, "body", "use `##` and below for headings; the chapter title is the page's only `#` heading".into());
                events.push(ev);
            }
            other => events.push(other),
        }
    }
    // Our own citation markers are the only HTML in `events`; author HTML was refused above.
    pulldown_cmark::html::push_html(&mut html, events.into_iter());
    // Links to other sites open safely.
    let html = html.replace(
        "<a href=\"http",
        "<a rel=\"noopener noreferrer\" href=\"http",
    );
    if errors.len() > before {
        return None;
    }
    Some(Chapter {
        id: front.id.map(|(v, _)| v).unwrap_or_default(),
        title: front.title.map(|(v, _)| v).unwrap_or_default(),
        order,
        summary: front.summary.map(|(v, _)| v).unwrap_or_default(),
        sources: cited,
        html,
    })
}

/// Allowed link targets: https/http/mailto, or a site-relative path (no scheme).
pub fn check_link(url: &str) -> Result<(), String> {
    let lower: String = url
        .chars()
        .filter(|c| !c.is_whitespace() && !c.is_control())
        .collect::<String>()
        .to_ascii_lowercase();
    if lower.starts_with("https://") || lower.starts_with("http://") {
        return check_url(url).map_err(|e| e.to_string());
    }
    if lower.starts_with("mailto:") {
        return Ok(());
    }
    if lower.starts_with("//") {
        return Err(format!(
            "`{}` is protocol-relative; write https:// in full",
            truncate(url, 60)
        ));
    }
    if let Some(colon) = lower.find(':') {
        let before_slash = lower.find('/').is_none_or(|s| colon < s);
        if before_slash {
            return Err(format!(
                "`{}` uses a scheme that is not allowed (only https, http and mailto)",
                truncate(url, 60)
            ));
        }
    }
    if url.starts_with('/') {
        return Err(format!("`{}` starts with `/`; write site links without it (`timeline`, `map?mission=onuc`) so they work under any base path", truncate(url, 60)));
    }
    Ok(())
}

/// Splits text at citations `[@id]` or `[@id; @id2]`, checking each id.
fn cite_split<'a>(
    t: &str,
    line: usize,
    sources: Option<&HashSet<&str>>,
    cited: &mut Vec<String>,
    out: &mut Vec<Md<'a>>,
    err: &mut dyn FnMut(usize, &str, String),
) {
    let mut rest = t;
    while let Some(start) = rest.find("[@") {
        let Some(len) = rest[start..].find(']') else {
            break;
        };
        let inner = &rest[start + 1..start + len];
        out.push(Md::Text(CowStr::from(rest[..start].trim_end().to_string())));
        let mut html = String::from("<sup class=\"cites\">");
        for part in inner.split(';') {
            let id = part.trim().trim_start_matches('@').trim();
            // Only a well-formed id reaches the HTML below, whatever `sources` holds.
            if !is_id(id) || sources.is_some_and(|known| !known.contains(id)) {
                err(
                    line,
                    "body",
                    format!(
                        "citation `[@{}]` names no source in sources.json",
                        truncate(id, 60)
                    ),
                );
                continue;
            }
            let n = match cited.iter().position(|c| c == id) {
                Some(p) => p + 1,
                None => {
                    cited.push(id.to_string());
                    cited.len()
                }
            };
            html.push_str(&format!(
                "<a class=\"cite\" href=\"sources#src-{id}\" data-source=\"{id}\">[{n}]</a>"
            ));
        }
        html.push_str("</sup>");
        out.push(Md::InlineHtml(CowStr::from(html)));
        rest = &rest[start + len + 1..];
    }
    if !rest.is_empty() {
        out.push(Md::Text(CowStr::from(rest.to_string())));
    }
}

/// Ids of all sources cited anywhere, to report sources nobody uses.
pub fn cited_sources(c: &Content) -> BTreeSet<String> {
    let mut s = BTreeSet::new();
    let mut add = |v: &[String]| s.extend(v.iter().cloned());
    for e in &c.events {
        add(&e.sources);
    }
    for m in &c.missions {
        add(&m.sources);
        m.contingent.iter().for_each(|f| add(&f.sources));
        if let Some(f) = &m.fatalities {
            add(&f.sources);
        }
        m.notable.iter().for_each(|n| add(&n.sources));
    }
    for f in &c.figures {
        f.points.iter().for_each(|p| add(&p.sources));
    }
    if let Some(a) = &c.alignment {
        a.codings.iter().for_each(|k| add(&k.sources));
        a.narrative.iter().for_each(|n| add(&n.sources));
    }
    for sc in &c.scenarios {
        sc.effects
            .iter()
            .chain(&sc.tests)
            .for_each(|a| add(&a.sources));
    }
    c.glossary.iter().for_each(|t| add(&t.sources));
    c.quotes.iter().for_each(|q| add(&q.sources));
    c.chapters.iter().for_each(|ch| add(&ch.sources));
    s
}

/// Every flagged (approximate or disputed) item, as `kind: where: note`.
pub fn flagged(c: &Content) -> Vec<String> {
    let mut out = Vec::new();
    let mut push = |what: String, f: &Option<Flag>| {
        if let Some(f) = f {
            out.push(format!("{}: {what}: {}", f.kind.label(), f.note));
        }
    };
    for e in &c.events {
        push(format!("event {}", e.id), &e.flag);
    }
    for m in &c.missions {
        push(format!("mission {}", m.id), &m.flag);
        for (j, f) in m.contingent.iter().enumerate() {
            push(format!("mission {} contingent[{j}]", m.id), &f.flag);
        }
        if let Some(f) = &m.fatalities {
            push(format!("mission {} fatalities", m.id), &f.flag);
        }
        for (j, n) in m.notable.iter().enumerate() {
            push(format!("mission {} notable[{j}]", m.id), &n.flag);
        }
    }
    for s in &c.figures {
        for (j, p) in s.points.iter().enumerate() {
            push(format!("figure {}[{j}] ({})", s.id, p.date), &p.flag);
        }
    }
    out
}
