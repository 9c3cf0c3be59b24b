//! The JSON content files: one module per file, each holding the file's shape
//! on disk, the kinds of id it defines and its checks, and one table,
//! [`FILES`], that the loader, the validator and the JSON Schemas walk.
//!
//! Adding a content file: write its model type (in `model/`) and its field in
//! `Content`, then one module here (copy `eras.rs`: a `file_struct!`, `ids`,
//! `check`, and its `SPEC`), and one entry in [`FILES`].

mod cx;
mod known;

mod alignment;
mod comparisons;
mod eras;
mod events;
mod figures;
mod glossary;
mod missions;
mod quotes;
mod scenarios;
mod sources;
mod teach;
mod votes;

pub(crate) use cx::FileCx;
pub(crate) use known::Known;

pub use alignment::AlignmentFile;
pub use comparisons::ComparisonsFile;
pub use eras::ErasFile;
pub use events::EventsFile;
pub use figures::FiguresFile;
pub use glossary::GlossaryFile;
pub use missions::MissionsFile;
pub use quotes::QuotesFile;
pub use scenarios::ScenariosFile;
pub use sources::SourcesFile;
pub use teach::TeachFile;
pub use votes::VotesFile;

use super::error::ContentError;
use super::read::display_name;
use crate::model::Content;
use std::collections::HashSet;
use std::path::Path;

/// One JSON content file and what the loader does with it.
pub(crate) struct FileSpec {
    /// File name in `content/`: `events.json`.
    pub name: &'static str,
    /// The kinds of id the file defines (`event`), named as in error messages.
    pub defines: &'static [&'static str],
    /// Parses the text into its part of [`Content`]; false if it did not parse
    /// (the error is recorded).
    pub read: fn(name: &str, text: &str, errors: &mut Vec<ContentError>, c: &mut Content) -> bool,
    /// Checks the file's ids (well-formed, unique) and records them in the table.
    pub ids: for<'c> fn(&mut FileCx, &'c Content, &mut Known<'c>),
    /// Checks every field, and references against the table of known ids.
    pub check: fn(&mut FileCx, &Content, &Known),
    /// The file's JSON Schema: its file name in `content/schemas/`, and the schema.
    #[cfg(feature = "schema")]
    pub schema: (&'static str, fn() -> schemars::Schema),
}

/// Every JSON content file, in the order they are read and checked.
pub(crate) const FILES: [FileSpec; 12] = [
    sources::SPEC,
    eras::SPEC,
    events::SPEC,
    missions::SPEC,
    figures::SPEC,
    alignment::SPEC,
    scenarios::SPEC,
    glossary::SPEC,
    quotes::SPEC,
    votes::SPEC,
    comparisons::SPEC,
    teach::SPEC,
];

/// The shape of a JSON content file, an object with its `$schema` and one key,
/// `{ "$schema": "schemas/eras.schema.json", "eras": [ ... ] }`, and the file's
/// `read` step: the text parsed into that shape, its value stored in `Content`
/// by `$store`.
macro_rules! file_struct {
    ($name:ident, $key:ident, $ty:ty, $doc:literal, $store:expr) => {
        #[doc = $doc]
        #[derive(Debug, serde::Serialize, serde::Deserialize)]
        #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
        #[serde(deny_unknown_fields)]
        pub struct $name {
            /// Path of the JSON Schema, for editors.
            #[serde(rename = "$schema", default)]
            pub schema: Option<String>,
            pub $key: $ty,
        }

        /// Parses the file into its part of `Content`; false if it did not
        /// parse (the error is recorded).
        fn read(
            name: &str,
            text: &str,
            errors: &mut Vec<$crate::load::error::ContentError>,
            c: &mut $crate::model::Content,
        ) -> bool {
            let store: fn(&mut $crate::model::Content, $ty) = $store;
            $crate::load::read::parse_json::<$name>(name, text, errors)
                .map(|f| store(c, f.$key))
                .is_some()
        }
    };
}
pub(crate) use file_struct;

/// Checks every parsed file: first each file's ids, then each file's fields and
/// references. `texts[i]` is the text of `FILES[i]` (empty if unreadable);
/// `unparsed` lists the kinds of id whose file did not parse.
pub(crate) fn validate(
    dir: &Path,
    c: &Content,
    texts: &[String],
    unparsed: HashSet<&'static str>,
    errors: &mut Vec<ContentError>,
) {
    let mut known = Known::new(unparsed);
    for (spec, text) in FILES.iter().zip(texts) {
        (spec.ids)(&mut cx(dir, spec, text, errors), c, &mut known);
    }
    for (spec, text) in FILES.iter().zip(texts) {
        (spec.check)(&mut cx(dir, spec, text, errors), c, &known);
    }
}

fn cx<'a>(
    dir: &Path,
    spec: &FileSpec,
    text: &'a str,
    errors: &'a mut Vec<ContentError>,
) -> FileCx<'a> {
    FileCx {
        name: display_name(dir, spec.name),
        text,
        errors,
    }
}
