//! Translations: `content/<lang>/` gives, for every English item, its text in
//! another language, keyed by the same ids (see `content/README.md`). This
//! module checks a translation against the English content it translates and
//! merges the two into the `Content` the pages in that language show.
//!
//! A translation fails, naming file, line and field, when an item or a field
//! is missing, when it has one the English does not (left over after the
//! English changed), when it states a number the English does not (or leaves
//! one out), when it uses Eastern Arabic-Indic digits (the site writes
//! Western digits in every language), or when a chapter cites other sources
//! or links elsewhere than its English original.

mod fields;
mod text;

pub use crate::model::bidi::{isolate, isolate_html};

use super::chapters::parse_translated_chapter;
use super::error::ContentError;
use super::read::{display_name, read_file, read_text};
use super::rules::{check_text, MAX_CHAPTER_BYTES, MAX_TEXT};
use crate::model::{Alignment, Content};
use fields::{alignment_file, list_file, FileFields, Slot};
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;
use std::collections::{BTreeSet, HashSet};
use std::path::Path;
use text::{citations, line_of, link_targets, numbers_in, prose_numbers};

/// Loads the translation in `dir/<lang>/` of `english` (loaded from `dir`),
/// and returns the content in that language: the same items, dates, numbers
/// and sources, with the translated texts. Every problem found is returned.
pub fn load_translation(
    dir: &Path,
    lang: &str,
    english: &Content,
) -> Result<Content, Vec<ContentError>> {
    let (out, errors) = translate(dir, lang, english);
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(errors)
    }
}

/// Languages written right to left: their translated texts get the runs of
/// Latin letters and digits isolated ([`isolate`]).
pub fn is_rtl(lang: &str) -> bool {
    matches!(lang, "ur" | "ar" | "fa")
}

/// [`load_translation`] that also returns what could be merged when there are
/// problems: every text that passed its checks is translated; an item or field
/// that is missing, or whose text failed a check (a number that differs), keeps
/// its English text; an untranslated chapter is the English chapter. The site's
/// build and its data export stop when there are problems (`build.rs`,
/// `content-check --export`), naming them as `content-check --lang` does. The
/// chapters' links to the site's pages lead to this edition.
pub fn translate(dir: &Path, lang: &str, english: &Content) -> (Content, Vec<ContentError>) {
    let tdir = dir.join(lang);
    let rtl = is_rtl(lang);
    let mut errors = Vec::new();
    let mut out = english.clone();
    out.events = translate_list(&tdir, "events.json", "events", &english.events, &mut errors);
    out.eras = translate_list(&tdir, "eras.json", "eras", &english.eras, &mut errors);
    out.missions = translate_list(
        &tdir,
        "missions.json",
        "missions",
        &english.missions,
        &mut errors,
    );
    // a deployment named by its host country (`Saudi Arabia`, not an
    // acronym) takes the country's name in the translation
    for (m, e) in out.missions.iter_mut().zip(&english.missions) {
        if e.acronym == e.host.name && m.id == e.id {
            m.acronym = m.host.name.clone();
        }
    }
    out.figures = translate_list(
        &tdir,
        "figures.json",
        "figures",
        &english.figures,
        &mut errors,
    );
    out.glossary = translate_list(
        &tdir,
        "glossary.json",
        "glossary",
        &english.glossary,
        &mut errors,
    );
    out.quotes = translate_list(&tdir, "quotes.json", "quotes", &english.quotes, &mut errors);
    out.scenarios = translate_list(
        &tdir,
        "scenarios.json",
        "scenarios",
        &english.scenarios,
        &mut errors,
    );
    out.votes = translate_list(&tdir, "votes.json", "votes", &english.votes, &mut errors);
    out.comparisons = translate_list(
        &tdir,
        "comparisons.json",
        "comparisons",
        &english.comparisons,
        &mut errors,
    );
    out.lessons = translate_list(
        &tdir,
        "teach.json",
        "lessons",
        &english.lessons,
        &mut errors,
    );
    if let Some(a) = &english.alignment {
        out.alignment = Some(translate_alignment(&tdir, a, &mut errors));
    }
    out.chapters = translate_chapters(dir, &tdir, english, &mut errors);
    if rtl {
        isolate_content(&mut out, english);
    }
    // every chapter shown in this edition (an English one standing in too)
    // links to this edition's pages
    for ch in &mut out.chapters {
        ch.html = text::links_in_edition(&ch.html, lang);
    }
    (out, errors)
}

/// Isolates the Latin runs of every text that differs from its English (the
/// translated ones): list files through their JSON form, chapters' HTML.
fn isolate_content(out: &mut Content, english: &Content) {
    fn walk(v: &mut Value, en: &Value) {
        match (v, en) {
            (Value::String(s), Value::String(e)) if s != e => *s = isolate(s),
            (Value::String(s), Value::Null) => *s = isolate(s), // a gloss
            (Value::Array(a), Value::Array(b)) => {
                for (x, y) in a.iter_mut().zip(b) {
                    walk(x, y);
                }
            }
            (Value::Object(a), Value::Object(b)) => {
                for (k, x) in a.iter_mut() {
                    walk(x, b.get(k).unwrap_or(&Value::Null));
                }
            }
            _ => {}
        }
    }
    fn list<T: Serialize + DeserializeOwned + Clone>(items: &mut Vec<T>, en: &[T]) {
        let (Ok(mut v), Ok(e)) = (serde_json::to_value(&*items), serde_json::to_value(en)) else {
            return;
        };
        walk(&mut v, &e);
        if let Ok(t) = serde_json::from_value(v) {
            *items = t;
        }
    }
    list(&mut out.events, &english.events);
    list(&mut out.eras, &english.eras);
    list(&mut out.missions, &english.missions);
    list(&mut out.figures, &english.figures);
    list(&mut out.glossary, &english.glossary);
    list(&mut out.quotes, &english.quotes);
    list(&mut out.scenarios, &english.scenarios);
    list(&mut out.votes, &english.votes);
    list(&mut out.comparisons, &english.comparisons);
    list(&mut out.lessons, &english.lessons);
    if let (Some(a), Some(e)) = (out.alignment.as_mut(), english.alignment.as_ref()) {
        let mut one = vec![a.clone()];
        list(&mut one, std::slice::from_ref(e));
        if let Some(x) = one.pop() {
            *a = x;
        }
    }
    for ch in &mut out.chapters {
        if english
            .chapters
            .iter()
            .any(|e| e.id == ch.id && e.html == ch.html)
        {
            continue; // the English chapter, standing in for a missing translation
        }
        ch.title = isolate(&ch.title);
        ch.summary = isolate(&ch.summary);
        ch.html = isolate_html(&ch.html);
    }
}

/// One list file (`events.json`): checked, then merged into a copy of `items`.
fn translate_list<T: Serialize + DeserializeOwned + Clone>(
    tdir: &Path,
    file: &'static str,
    section: &'static str,
    items: &[T],
    errors: &mut Vec<ContentError>,
) -> Vec<T> {
    let mut english = serde_json::to_value(items).unwrap_or(Value::Null);
    let spec = list_file(file, section, &english);
    if apply(tdir, &spec, &mut english, errors) {
        serde_json::from_value(english).unwrap_or_else(|_| items.to_vec())
    } else {
        items.to_vec()
    }
}

fn translate_alignment(tdir: &Path, a: &Alignment, errors: &mut Vec<ContentError>) -> Alignment {
    let mut english = serde_json::to_value(a).unwrap_or(Value::Null);
    let spec = alignment_file(&english);
    if apply(tdir, &spec, &mut english, errors) {
        serde_json::from_value(english).unwrap_or_else(|_| a.clone())
    } else {
        a.clone()
    }
}

/// Reads one translation file, checks it against `spec`, and writes its texts
/// into `english` (a JSON copy of the English section). Returns whether the
/// file could be read at all.
fn apply(
    tdir: &Path,
    spec: &FileFields,
    english: &mut Value,
    errors: &mut Vec<ContentError>,
) -> bool {
    let name = display_name(tdir, spec.file);
    let Some(text) = read_text(tdir, spec.file, errors) else {
        return false;
    };
    let doc: Value = match serde_json::from_str(&text) {
        Ok(v) => v,
        Err(e) => {
            errors.push(err(
                &name,
                Some(e.line()),
                "",
                format!("is not valid JSON: {e}"),
            ));
            return false;
        }
    };
    let mut cx = Cx {
        name: &name,
        text: &text,
        errors,
    };
    let mut wanted: HashSet<(String, String, String)> = HashSet::new();
    for slot in &spec.slots {
        wanted.insert((slot.section.into(), slot.key.clone(), slot.field.clone()));
        match find(&doc, slot) {
            Lookup::Found(t) => {
                // a text that fails its checks keeps the English text
                if cx.check_text(slot, t) {
                    set(english, &slot.pointer, t);
                }
            }
            Lookup::NoItem => cx.missing_item(slot),
            Lookup::NoField => cx.missing_field(slot),
        }
    }
    for slot in &spec.extras {
        wanted.insert((slot.section.into(), slot.key.clone(), slot.field.clone()));
        if let Lookup::Found(t) = find(&doc, slot) {
            if let Err(m) = check_text(t, MAX_TEXT) {
                cx.at(slot.section, &slot.key, &slot.field, m);
            }
            set(english, &slot.pointer, t);
        }
    }
    cx.left_over(&doc, &wanted);
    true
}

enum Lookup<'a> {
    Found(&'a str),
    NoItem,
    NoField,
}

fn find<'a>(doc: &'a Value, slot: &Slot) -> Lookup<'a> {
    match doc.get(slot.section).and_then(|s| s.get(&slot.key)) {
        None => Lookup::NoItem,
        Some(item) if slot.field.is_empty() => item.as_str().map_or(Lookup::NoField, Lookup::Found),
        Some(item) => item
            .get(&slot.field)
            .and_then(Value::as_str)
            .map_or(Lookup::NoField, Lookup::Found),
    }
}

/// Writes `t` at `pointer` in `v`, creating the last key if needed (a gloss).
fn set(v: &mut Value, pointer: &str, t: &str) {
    if let Some(slot) = v.pointer_mut(pointer) {
        *slot = Value::String(t.to_string());
    } else if let Some((parent, key)) = pointer.rsplit_once('/') {
        if let Some(Value::Object(m)) = v.pointer_mut(parent) {
            m.insert(key.to_string(), Value::String(t.to_string()));
        }
    }
}

fn err(file: &str, line: Option<usize>, field: &str, message: String) -> ContentError {
    ContentError {
        file: file.to_string(),
        line,
        field: field.to_string(),
        message,
    }
}

/// One translation file's text and its problems.
struct Cx<'a> {
    name: &'a str,
    text: &'a str,
    errors: &'a mut Vec<ContentError>,
}

impl Cx<'_> {
    fn at(&mut self, section: &str, key: &str, field: &str, message: String) {
        let path: Vec<&str> = [section, key, field]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect();
        let line = line_of(self.text, &path);
        self.errors
            .push(err(self.name, line, &path.join("."), message));
    }

    fn missing_item(&mut self, slot: &Slot) {
        let msg = format!(
            "no translation of `{}` (English: “{}”)",
            slot.key,
            text::short(&slot.english)
        );
        // one error an item, not one a field
        let field = format!("{}.{}", slot.section, slot.key);
        if !self
            .errors
            .iter()
            .any(|e| e.file == self.name && e.field == field)
        {
            let line = line_of(self.text, &[slot.section]);
            self.errors.push(err(self.name, line, &field, msg));
        }
    }

    fn missing_field(&mut self, slot: &Slot) {
        self.at(
            slot.section,
            &slot.key,
            &slot.field,
            format!("missing: the English has “{}”", text::short(&slot.english)),
        );
    }

    /// The checks on one translated text against its English; whether it passed.
    fn check_text(&mut self, slot: &Slot, t: &str) -> bool {
        if let Err(m) = check_text(t, MAX_TEXT) {
            self.at(slot.section, &slot.key, &slot.field, m);
            return false;
        }
        if let Some(m) = compare_numbers(&slot.english, t) {
            self.at(slot.section, &slot.key, &slot.field, m);
            return false;
        }
        true
    }

    /// Items and fields the English no longer has.
    fn left_over(&mut self, doc: &Value, wanted: &HashSet<(String, String, String)>) {
        let Some(sections) = doc.as_object() else {
            return;
        };
        for (section, items) in sections {
            if section == "$schema" {
                continue;
            }
            let Some(items) = items.as_object() else {
                self.at(
                    section,
                    "",
                    "",
                    "must be an object of translations keyed by the English ids".into(),
                );
                continue;
            };
            for (key, item) in items {
                let has = |f: &str| wanted.contains(&(section.clone(), key.clone(), f.to_string()));
                match item {
                    Value::String(_) if has("") => {}
                    Value::Object(fields) if !fields.is_empty() => {
                        if !wanted.iter().any(|(s, k, _)| s == section && k == key) {
                            self.at(
                                section,
                                key,
                                "",
                                format!("left over: the English has no `{key}` in `{section}`"),
                            );
                            continue;
                        }
                        for f in fields.keys() {
                            if !has(f) {
                                self.at(
                                    section,
                                    key,
                                    f,
                                    "left over: the English item has no such text".into(),
                                );
                            }
                        }
                    }
                    _ => self.at(
                        section,
                        key,
                        "",
                        format!("left over: the English has no `{key}` in `{section}`"),
                    ),
                }
            }
        }
    }
}

/// `None` when `translated` states the same numbers as `english`; else what differs.
fn compare_numbers(english: &str, translated: &str) -> Option<String> {
    if let Some(c) = translated.chars().find(|c| text::eastern_digit(*c)) {
        return Some(format!(
            "uses the digit `{c}`: write numbers with Western digits (0-9), as the English does"
        ));
    }
    let en: BTreeSet<u64> = numbers_in(english);
    let tr: BTreeSet<u64> = numbers_in(translated);
    if en == tr {
        return None;
    }
    let list = |s: &BTreeSet<u64>| s.iter().map(u64::to_string).collect::<Vec<_>>().join(", ");
    let lost: BTreeSet<u64> = en.difference(&tr).copied().collect();
    let new: BTreeSet<u64> = tr.difference(&en).copied().collect();
    let mut parts = Vec::new();
    if !lost.is_empty() {
        parts.push(format!(
            "leaves out {} (the English states it)",
            list(&lost)
        ));
    }
    if !new.is_empty() {
        parts.push(format!("states {}, which the English does not", list(&new)));
    }
    Some(format!(
        "a number differs from the English: the translation {}",
        parts.join("; ")
    ))
}

/// Every English chapter has a translation with the same id, citations and
/// link targets, and the same numbers; rendered like the English chapters.
fn translate_chapters(
    dir: &Path,
    tdir: &Path,
    english: &Content,
    errors: &mut Vec<ContentError>,
) -> Vec<crate::model::Chapter> {
    let source_ids: HashSet<&str> = english.sources.iter().map(|s| s.id.as_str()).collect();
    let mut out = Vec::new();
    let files = english_chapter_files(dir);
    for (file, en_text) in &files {
        let rel = format!("chapters/{file}");
        let name = display_name(tdir, &rel);
        let path = tdir.join(&rel);
        let Some(en_ch) = english
            .chapters
            .iter()
            .find(|c| en_text.contains(&format!("id: {}", c.id)))
        else {
            continue;
        };
        if !path.exists() {
            errors.push(err(
                &name,
                None,
                "",
                format!(
                    "missing: no translation of the chapter `{}` ({rel})",
                    en_ch.id
                ),
            ));
            out.push(en_ch.clone());
            continue;
        }
        let Some(text) = read_file(&path, &name, MAX_CHAPTER_BYTES, errors) else {
            continue;
        };
        let mut found = Vec::new();
        let ch = parse_translated_chapter(&name, &text, &source_ids, en_ch.order, &mut found);
        errors.extend(found);
        let Some(ch) = ch else { continue };
        if ch.id != en_ch.id {
            errors.push(err(
                &name,
                Some(2),
                "id",
                format!(
                    "`{}` translates the chapter `{}`: use its id",
                    ch.id, en_ch.id
                ),
            ));
        }
        compare_body(&name, en_text, &text, errors);
        out.push(ch);
    }
    let wanted: HashSet<&str> = files.iter().map(|(f, _)| f.as_str()).collect();
    if let Ok(rd) = std::fs::read_dir(tdir.join("chapters")) {
        for e in rd.flatten() {
            let f = e.file_name().to_string_lossy().into_owned();
            if f.ends_with(".md") && !wanted.contains(f.as_str()) {
                let name = display_name(tdir, &format!("chapters/{f}"));
                errors.push(err(
                    &name,
                    None,
                    "",
                    "left over: no English chapter of this name".into(),
                ));
            }
        }
    }
    out.sort_by_key(|c| c.order);
    out
}

/// (file name, text) of each English chapter.
fn english_chapter_files(dir: &Path) -> Vec<(String, String)> {
    let mut v: Vec<(String, String)> = std::fs::read_dir(dir.join("chapters"))
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| {
            let f = e.file_name().to_string_lossy().into_owned();
            let t = std::fs::read_to_string(e.path()).ok()?;
            f.ends_with(".md").then_some((f, t))
        })
        .collect();
    v.sort();
    v
}

/// The same citations, link targets and numbers as the English chapter.
fn compare_body(name: &str, en: &str, tr: &str, errors: &mut Vec<ContentError>) {
    let mut fail = |m: String| errors.push(err(name, None, "body", m));
    let (ce, ct) = (citations(en), citations(tr));
    if ce != ct {
        let lost: Vec<_> = ce.iter().filter(|c| !ct.contains(c)).cloned().collect();
        let new: Vec<_> = ct.iter().filter(|c| !ce.contains(c)).cloned().collect();
        fail(format!(
            "cites differently from the English ({} citations against {}; missing: {}; not in the English: {})",
            ct.len(),
            ce.len(),
            if lost.is_empty() { "none".into() } else { lost.join(", ") },
            if new.is_empty() { "none".into() } else { new.join(", ") },
        ));
    }
    if link_targets(en) != link_targets(tr) {
        fail("links to other pages than the English (compare the link targets)".into());
    }
    if let Some(m) = compare_numbers(&prose_numbers(en), &prose_numbers(tr)) {
        fail(m);
    }
}
