//! Loading, validating and rendering `content/` on the build host, in stages:
//!
//! 1. [`read`]: each file to UTF-8 text, then JSON to its typed shape;
//! 2. [`chapters`]: markdown chapters (front matter, body, citations) to HTML;
//! 3. [`files`]: one validation module per JSON file over a shared table of
//!    known ids, walked through one table, `FILES`;
//! 4. [`report`]: summaries for `content-check` (uncited sources, flags);
//! 5. [`translation`]: a translation (`content/ur/`) checked against the
//!    English and merged into the content of the pages in that language.
//!
//! Every problem becomes a [`ContentError`] naming the file, the line (JSON and
//! markdown both have one), the field and what was expected. All problems are
//! collected, not only the first. Used by the site's `build.rs`, by
//! `content-check` and by the tests; never by the browser build.

mod chapters;
mod error;
mod files;
mod json_line;
mod read;
mod report;
mod rules;
mod translation;

pub use chapters::{parse_chapter, read_chapter, render_markdown};
pub use error::ContentError;
pub use files::{
    AlignmentFile, ComparisonsFile, ErasFile, EventsFile, FiguresFile, GlossaryFile, MissionsFile,
    QuotesFile, ScenariosFile, SourcesFile, TeachFile, VotesFile,
};
pub use json_line::json_line;
pub use report::{cited_sources, flagged};
pub use rules::{
    check_link, check_url, is_id, AFTER_END, MAX_CHAPTER_BYTES, MAX_JSON_BYTES, MAX_QUANTITY,
    MAX_TEXT, MAX_TITLE,
};
pub use translation::{is_rtl, isolate, isolate_html, load_translation, translate};

#[cfg(feature = "schema")]
pub(crate) use files::FILES;

use crate::model::{Content, Precision};
use read::{display_name, read_text};
use std::collections::HashSet;
use std::path::Path;

/// Loads and cross-checks everything under `dir`. Returns every problem found.
pub fn load_dir(dir: &Path) -> Result<Content, Vec<ContentError>> {
    let mut errors = Vec::new();
    let texts: Vec<Option<String>> = files::FILES
        .iter()
        .map(|f| read_text(dir, f.name, &mut errors))
        .collect();
    let mut content = Content::default();
    // Kinds of id whose file could not be read or parsed: references to them
    // are not checked, so one syntax error does not cascade.
    let mut unparsed: HashSet<&'static str> = HashSet::new();
    for (f, text) in files::FILES.iter().zip(&texts) {
        let name = display_name(dir, f.name);
        let parsed = text
            .as_deref()
            .is_some_and(|t| (f.read)(&name, t, &mut errors, &mut content));
        if !parsed {
            unparsed.extend(f.defines);
        }
    }

    let source_ids: HashSet<&str> = content.sources.iter().map(|s| s.id.as_str()).collect();
    // If sources.json did not parse, citations are not checked against it (one error, not dozens).
    let sources_ok = !unparsed.contains("source");
    let mut entries = chapters::Entries::new();
    if !unparsed.contains("vote") {
        entries.insert(
            "vote",
            content.votes.iter().map(|v| v.id.as_str()).collect(),
        );
    }
    if !unparsed.contains("comparison") {
        let ids = content.comparisons.iter().map(|c| c.id.as_str()).collect();
        entries.insert("comparison", ids);
    }
    let before = errors.len();
    let chapters = chapters::load_chapters(
        dir,
        sources_ok.then_some(&source_ids),
        &entries,
        &mut errors,
    );
    content.chapters = chapters;
    // A chapter that did not load is one error, not one more per lesson naming it.
    if errors.len() > before {
        unparsed.insert("chapter");
    }

    let texts: Vec<String> = texts.into_iter().map(Option::unwrap_or_default).collect();
    files::validate(dir, &content, &texts, unparsed, &mut errors);

    if errors.is_empty() {
        content.events.sort_by(|a, b| {
            a.date
                .start
                .first_day()
                .cmp(&b.date.start.first_day())
                .then(rank(a.date.start.precision()).cmp(&rank(b.date.start.precision())))
        });
        content.chapters.sort_by_key(|c| c.order);
        Ok(content)
    } else {
        Err(errors)
    }
}

/// Events on the same first day: the less precise date first.
fn rank(p: Precision) -> u8 {
    match p {
        Precision::Year => 0,
        Precision::Month => 1,
        Precision::Day => 2,
    }
}
