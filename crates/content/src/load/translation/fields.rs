//! Which fields of each content file a translation gives, and where each one
//! goes in the English item: the one table both the check and the merge use.
//!
//! A translation file maps the English ids to their translated text fields,
//! named as in the English file; nested fields use dotted paths with list
//! positions (`contingent.0.note`), and `flag` stands for the flag's note.

use serde_json::Value;

/// One text a translation must give: `section.key.field` in the translation
/// file, `pointer` (a JSON pointer) in the English section's value.
#[derive(Clone, Debug)]
pub(crate) struct Slot {
    pub section: &'static str,
    pub key: String,
    /// Empty when the translation gives the text directly under its key
    /// (the alignment's narrative and codings).
    pub field: String,
    pub pointer: String,
    pub english: String,
}

/// The sections of a file, each with the English items it translates.
pub(crate) struct FileFields {
    pub file: &'static str,
    pub slots: Vec<Slot>,
    /// Optional fields a translation may add (a quote's `gloss`), with where they go.
    pub extras: Vec<Slot>,
}

fn text(v: &Value, pointer: &str) -> Option<String> {
    v.pointer(pointer)
        .and_then(Value::as_str)
        .map(str::to_string)
}

/// Pushes `field` -> `pointer` when the English item has text there.
fn push(
    out: &mut Vec<Slot>,
    section: &'static str,
    key: &str,
    field: &str,
    base: &str,
    rel: &str,
    all: &Value,
) {
    let pointer = format!("{base}/{rel}");
    if let Some(english) = text(all, &pointer) {
        out.push(Slot {
            section,
            key: key.to_string(),
            field: field.to_string(),
            pointer,
            english,
        });
    }
}

/// A flag's note, a figure's note and flag, under `prefix` (`contingent.0`).
fn figure(
    out: &mut Vec<Slot>,
    section: &'static str,
    key: &str,
    prefix: &str,
    base: &str,
    all: &Value,
) {
    push(
        out,
        section,
        key,
        &format!("{prefix}.note"),
        base,
        "note",
        all,
    );
    push(
        out,
        section,
        key,
        &format!("{prefix}.flag"),
        base,
        "flag/note",
        all,
    );
}

/// Every translatable text of one item of a list file.
fn item_slots(section: &'static str, base: &str, item: &Value, all: &Value) -> Vec<Slot> {
    let key = item.get("id").and_then(Value::as_str).unwrap_or_default();
    let mut out = Vec::new();
    let mut p = |field: &str, rel: &str| push(&mut out, section, key, field, base, rel, all);
    match section {
        "events" => {
            for f in ["title", "summary", "place"] {
                p(f, f);
            }
            p("flag", "flag/note");
        }
        "eras" => {
            p("label", "label");
            p("summary", "summary");
        }
        "missions" => {
            p("name", "name");
            p("host", "host/name");
            p("summary", "summary");
            p("location.note", "location/note");
            p("flag", "flag/note");
            let count = |k: &str| item.get(k).and_then(Value::as_array).map_or(0, Vec::len);
            for i in 0..count("contingent") {
                figure(
                    &mut out,
                    section,
                    key,
                    &format!("contingent.{i}"),
                    &format!("{base}/contingent/{i}"),
                    all,
                );
            }
            if item.get("fatalities").is_some_and(|f| !f.is_null()) {
                figure(
                    &mut out,
                    section,
                    key,
                    "fatalities",
                    &format!("{base}/fatalities"),
                    all,
                );
            }
            for i in 0..count("notable") {
                let b = format!("{base}/notable/{i}");
                push(
                    &mut out,
                    section,
                    key,
                    &format!("notable.{i}.text"),
                    &b,
                    "text",
                    all,
                );
                push(
                    &mut out,
                    section,
                    key,
                    &format!("notable.{i}.flag"),
                    &b,
                    "flag/note",
                    all,
                );
            }
        }
        "figures" => {
            for f in ["label", "unit", "note"] {
                p(f, f);
            }
            let n = item
                .get("points")
                .and_then(Value::as_array)
                .map_or(0, Vec::len);
            for i in 0..n {
                figure(
                    &mut out,
                    section,
                    key,
                    &format!("points.{i}"),
                    &format!("{base}/points/{i}"),
                    all,
                );
            }
        }
        "glossary" => {
            for f in ["term", "expansion", "definition"] {
                p(f, f);
            }
        }
        "quotes" => {
            p("role", "role");
            p("context", "context");
        }
        "scenarios" => {
            p("label", "label");
            p("summary", "summary");
            for list in ["effects", "tests"] {
                let n = item.get(list).and_then(Value::as_array).map_or(0, Vec::len);
                for i in 0..n {
                    push(
                        &mut out,
                        section,
                        key,
                        &format!("{list}.{i}"),
                        &format!("{base}/{list}/{i}"),
                        "text",
                        all,
                    );
                }
            }
        }
        "votes" => {
            p("title", "title");
            p("note", "note");
            let n = item
                .get("ballots")
                .and_then(Value::as_array)
                .map_or(0, Vec::len);
            for i in 0..n {
                for f in ["member", "short"] {
                    p(&format!("ballots.{i}.{f}"), &format!("ballots/{i}/{f}"));
                }
            }
        }
        "comparisons" => {
            for f in ["title", "left", "right"] {
                p(f, f);
            }
            let n = item
                .get("rows")
                .and_then(Value::as_array)
                .map_or(0, Vec::len);
            for i in 0..n {
                p(&format!("rows.{i}.aspect"), &format!("rows/{i}/aspect"));
                for side in ["left", "right"] {
                    p(
                        &format!("rows.{i}.{side}.text"),
                        &format!("rows/{i}/{side}/text"),
                    );
                }
            }
        }
        "lessons" => {
            p("title", "title");
            let count = |k: &str| item.get(k).and_then(Value::as_array).map_or(0, Vec::len);
            for i in 0..count("questions") {
                p(
                    &format!("questions.{i}.text"),
                    &format!("questions/{i}/text"),
                );
            }
            p("activity.text", "activity/text");
            for i in 0..count("timing") {
                p(&format!("timing.{i}.what"), &format!("timing/{i}/what"));
            }
        }
        _ => {}
    }
    out
}

/// The slots of a list file (`events`...), from its English value.
pub(crate) fn list_file(file: &'static str, section: &'static str, english: &Value) -> FileFields {
    let items = english.as_array().cloned().unwrap_or_default();
    let mut slots = Vec::new();
    let mut extras = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let base = format!("/{i}");
        slots.extend(item_slots(section, &base, item, english));
        if section == "quotes" {
            let key = item.get("id").and_then(Value::as_str).unwrap_or_default();
            extras.push(Slot {
                section,
                key: key.to_string(),
                field: "gloss".into(),
                pointer: format!("{base}/gloss"),
                english: String::new(),
            });
        }
    }
    FileFields {
        file,
        slots,
        extras,
    }
}

/// The slots of `alignment.json`: poles and dimensions by id, the narrative
/// by year, the codings by `year pole dimension`.
pub(crate) fn alignment_file(english: &Value) -> FileFields {
    let mut slots = Vec::new();
    for section in ["poles", "dimensions"] {
        let list = english
            .get(section)
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default();
        for (i, item) in list.iter().enumerate() {
            let key = item.get("id").and_then(Value::as_str).unwrap_or_default();
            for f in ["label", "description"] {
                push(
                    &mut slots,
                    section,
                    key,
                    f,
                    &format!("/{section}/{i}"),
                    f,
                    english,
                );
            }
        }
    }
    let list = |k: &str| {
        english
            .get(k)
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default()
    };
    for (i, n) in list("narrative").iter().enumerate() {
        let key = n.get("year").map(|y| y.to_string()).unwrap_or_default();
        push(
            &mut slots,
            "narrative",
            &key,
            "",
            &format!("/narrative/{i}"),
            "text",
            english,
        );
    }
    for (i, c) in list("codings").iter().enumerate() {
        let part = |k: &str| match c.get(k) {
            Some(Value::String(s)) => s.clone(),
            Some(v) => v.to_string(),
            None => String::new(),
        };
        let key = format!("{} {} {}", part("year"), part("pole"), part("dimension"));
        push(
            &mut slots,
            "codings",
            &key,
            "",
            &format!("/codings/{i}"),
            "rationale",
            english,
        );
    }
    FileFields {
        file: "alignment.json",
        slots,
        extras: Vec::new(),
    }
}
