//! What every validation module checks with: [`FileCx`] collects one file's
//! errors (finding each field's line in the file's text) and holds the checks
//! shared by all files: plain text, ids, references, flags and figures.

use super::known::Known;
use crate::load::error::ContentError;
use crate::load::json_line::json_line;
use crate::load::rules::{check_text, is_id, numbers, truncate, MAX_QUANTITY, MAX_TEXT};
use crate::model::{DatedFigure, Flag, FlagKind};
use std::collections::{HashMap, HashSet};

/// Errors for one file, with its text kept to find lines.
pub(crate) struct FileCx<'a> {
    pub name: String,
    pub text: &'a str,
    pub errors: &'a mut Vec<ContentError>,
}

impl FileCx<'_> {
    pub fn err(&mut self, field: impl Into<String>, message: impl Into<String>) {
        let field = field.into();
        let line = json_line(self.text, &field);
        self.errors.push(ContentError {
            file: self.name.clone(),
            line,
            field,
            message: message.into(),
        });
    }

    pub fn text(&mut self, field: String, value: &str, max: usize) {
        if let Err(message) = check_text(value, max) {
            self.err(field, message);
        }
    }

    pub fn id(&mut self, field: String, id: &str) {
        if id.trim().is_empty() {
            self.err(field, "must not be empty");
        } else if !is_id(id) {
            self.err(
                field,
                format!("`{}` is not a valid id: use lower-case letters, digits and single hyphens (at most 64)", truncate(id, 80)),
            );
        }
    }

    /// Each of `ids` (at least one when `required`) must be a known `kind` of
    /// id. Not checked when the file defining that kind did not parse, so one
    /// syntax error does not cascade.
    pub fn refs(&mut self, field: &str, ids: &[String], known: &Known, kind: &str, required: bool) {
        if required && ids.is_empty() {
            self.err(field.to_string(), format!("needs at least one {kind} id"));
        }
        for (i, id) in ids.iter().enumerate() {
            if !known.has(kind, id) {
                self.err(
                    format!("{field}[{i}]"),
                    format!("`{}` is not a known {kind} id", truncate(id, 80)),
                );
            }
        }
    }

    pub fn flag(&mut self, field: String, flag: &Option<Flag>) {
        if let Some(f) = flag {
            self.text(format!("{field}.note"), &f.note, MAX_TEXT);
        }
    }

    pub fn figure(&mut self, field: &str, f: &DatedFigure, known: &Known) {
        self.refs(
            &format!("{field}.sources"),
            &f.sources,
            known,
            "source",
            true,
        );
        self.flag(format!("{field}.flag"), &f.flag);
        if let Some(flag) = f.flag.as_ref().filter(|g| g.kind == FlagKind::Disputed) {
            // a disputed figure shows what the other sources say, not only that they differ
            let own = [Some(f.quantity.value), f.quantity.high];
            if !numbers(&flag.note).iter().any(|n| !own.contains(&Some(*n))) {
                self.err(
                    format!("{field}.flag.note"),
                    "a disputed figure's note must give the competing value(s) and who gives them",
                );
            }
        }
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

    /// Checks the ids of the list `key` (`events`): each well-formed and used
    /// once. Returns them, for the table of known ids.
    pub fn unique<'c>(
        &mut self,
        key: &str,
        ids: impl Iterator<Item = &'c str>,
    ) -> HashSet<&'c str> {
        let mut seen: HashMap<&str, usize> = HashMap::new();
        let mut set = HashSet::new();
        for (i, id) in ids.enumerate() {
            self.id(format!("{key}[{i}].id"), id);
            if let Some(first) = seen.get(id) {
                let first_line = json_line(self.text, &format!("{key}[{first}].id"))
                    .map(|l| format!(" (first used on line {l})"))
                    .unwrap_or_default();
                self.err(
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
}
