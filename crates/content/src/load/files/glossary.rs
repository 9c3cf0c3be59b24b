//! `glossary.json`: terms and abbreviations, with cross references.

use super::{file_struct, FileCx, FileSpec, Known};
use crate::load::rules::{MAX_TEXT, MAX_TITLE};
use crate::model::{Content, Term};

file_struct!(
    GlossaryFile,
    glossary,
    Vec<Term>,
    "content/glossary.json: terms and abbreviations.",
    |c, glossary| c.glossary = glossary
);

pub(crate) const SPEC: FileSpec = FileSpec {
    name: "glossary.json",
    defines: &["glossary term"],
    read,
    ids,
    check,
    #[cfg(feature = "schema")]
    schema: ("glossary.schema.json", || {
        schemars::schema_for!(GlossaryFile)
    }),
};

fn ids<'c>(cx: &mut FileCx, c: &'c Content, known: &mut Known<'c>) {
    let ids = cx.unique("glossary", c.glossary.iter().map(|t| t.id.as_str()));
    known.define("glossary term", ids);
}

fn check(cx: &mut FileCx, c: &Content, known: &Known) {
    for (i, t) in c.glossary.iter().enumerate() {
        let f = |k: &str| format!("glossary[{i}].{k}");
        cx.text(f("term"), &t.term, MAX_TITLE);
        cx.text(f("definition"), &t.definition, MAX_TEXT);
        cx.refs(&f("sources"), &t.sources, known, "source", false);
        cx.refs(&f("see_also"), &t.see_also, known, "glossary term", false);
    }
}
