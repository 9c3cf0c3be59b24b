//! `eras.json`: named periods shaded on the timeline.

use super::{file_struct, FileCx, FileSpec, Known};
use crate::load::rules::{MAX_TEXT, MAX_TITLE};
use crate::model::{Content, Era, MAIN_START_YEAR};

file_struct!(
    ErasFile,
    eras,
    Vec<Era>,
    "content/eras.json: named periods shaded on the timeline.",
    |c, eras| c.eras = eras
);

pub(crate) const SPEC: FileSpec = FileSpec {
    name: "eras.json",
    defines: &["era"],
    read,
    ids,
    check,
    #[cfg(feature = "schema")]
    schema: ("eras.schema.json", || schemars::schema_for!(ErasFile)),
};

fn ids<'c>(cx: &mut FileCx, c: &'c Content, known: &mut Known<'c>) {
    known.define(
        "era",
        cx.unique("eras", c.eras.iter().map(|e| e.id.as_str())),
    );
}

fn check(cx: &mut FileCx, c: &Content, _: &Known) {
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
}
