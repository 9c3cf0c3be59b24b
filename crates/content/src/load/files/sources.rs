//! `sources.json`: the bibliography every other file cites.

use super::{file_struct, FileCx, FileSpec, Known};
use crate::load::rules::{check_url, today, MAX_TEXT, MAX_TITLE};
use crate::model::{Content, Precision, Source};

file_struct!(
    SourcesFile,
    sources,
    Vec<Source>,
    "content/sources.json: the bibliography.",
    |c, sources| c.sources = sources
);

pub(crate) const SPEC: FileSpec = FileSpec {
    name: "sources.json",
    defines: &["source"],
    read,
    ids,
    check,
    #[cfg(feature = "schema")]
    schema: ("sources.schema.json", || schemars::schema_for!(SourcesFile)),
};

fn ids<'c>(cx: &mut FileCx, c: &'c Content, known: &mut Known<'c>) {
    let ids = cx.unique("sources", c.sources.iter().map(|s| s.id.as_str()));
    known.define("source", ids);
}

fn check(cx: &mut FileCx, c: &Content, _: &Known) {
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
        if let Some(p) = &s.page {
            cx.text(f("page"), p, MAX_TITLE);
        }
        check_dates(cx, &f, s, today());
    }
}

/// A source cannot have been read before it was published, nor after today.
fn check_dates(cx: &mut FileCx, f: &dyn Fn(&str) -> String, s: &Source, today: (i32, u8, u8)) {
    let read = s.accessed.first_day();
    if read > today {
        cx.err(
            f("accessed"),
            format!(
                "{} is in the future: `accessed` is the date the page was actually read",
                s.accessed.display()
            ),
        );
    }
    if let Some(d) = &s.date {
        if d.start.first_day() > read {
            cx.err(
                f("date"),
                format!(
                    "published {} but read ({}) before that: check both dates",
                    d.start.display(),
                    s.accessed.display()
                ),
            );
        }
    }
}
