//! `quotes.json`: attributed quotes, each with speaker, role, date and context.

use super::{file_struct, FileCx, FileSpec, Known};
use crate::load::rules::{MAX_TEXT, MAX_TITLE};
use crate::model::{Content, Quote};

file_struct!(
    QuotesFile,
    quotes,
    Vec<Quote>,
    "content/quotes.json: attributed quotes.",
    |c, quotes| c.quotes = quotes
);

pub(crate) const SPEC: FileSpec = FileSpec {
    name: "quotes.json",
    defines: &["quote"],
    read,
    ids,
    check,
    #[cfg(feature = "schema")]
    schema: ("quotes.schema.json", || schemars::schema_for!(QuotesFile)),
};

fn ids<'c>(cx: &mut FileCx, c: &'c Content, known: &mut Known<'c>) {
    known.define(
        "quote",
        cx.unique("quotes", c.quotes.iter().map(|q| q.id.as_str())),
    );
}

fn check(cx: &mut FileCx, c: &Content, known: &Known) {
    for (i, q) in c.quotes.iter().enumerate() {
        let f = |k: &str| format!("quotes[{i}].{k}");
        cx.text(f("text"), &q.text, MAX_TEXT);
        cx.text(f("speaker"), &q.speaker, MAX_TITLE);
        cx.text(f("role"), &q.role, MAX_TITLE);
        cx.text(f("context"), &q.context, MAX_TEXT);
        cx.refs(&f("sources"), &q.sources, known, "source", true);
        if q.gloss.is_some() {
            cx.err(
                f("gloss"),
                "a gloss renders the quote in another language: it belongs in that language's translation (content/ur/quotes.json)",
            );
        }
        // a quotation mark promises the exact words on a page the reader can open
        let cited: Vec<_> = q.sources.iter().filter_map(|id| c.source(id)).collect();
        let all_found = !cited.is_empty() && cited.len() == q.sources.len();
        if all_found && cited.iter().all(|s| s.url.is_none()) {
            cx.err(
                f("sources"),
                "a quote needs at least one source with a `url` where its exact words can be read (or make it an attributed paraphrase elsewhere)",
            );
        }
    }
}
