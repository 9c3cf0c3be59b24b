//! The bibliography (`sources.json`).

use super::{DateSpec, PartialDate};
use serde::{Deserialize, Serialize};

/// Reference to a bibliography entry, optionally with a page or section.
pub type SourceId = String;

// ------------------------------------------------------------ sources ----

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// Stable id, lower-case words joined by hyphens: `un-press-sc16223`.
    pub id: String,
    pub title: String,
    /// Person or body that wrote it.
    pub author: String,
    pub publisher: String,
    /// Publication date, with its true precision.
    #[serde(default)]
    pub date: Option<DateSpec>,
    /// Web address, where one exists (https only).
    #[serde(default)]
    pub url: Option<String>,
    /// For printed works without a web address: the pages or other locator
    /// ("pp. 112-118", "chapter 4").
    #[serde(default)]
    pub page: Option<String>,
    /// The date the editors last checked the source: YYYY-MM-DD.
    pub accessed: PartialDate,
    pub kind: SourceKind,
    /// What the source is used for, or a caution about it.
    #[serde(default)]
    pub note: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum SourceKind {
    /// Official UN, government or treaty text.
    Primary,
    /// Reporting by a news organisation.
    News,
    /// Reference work, history, analysis, database.
    Reference,
    /// A signed opinion or commentary.
    Opinion,
    /// Geographic or statistical data.
    Data,
}

impl SourceKind {
    pub fn label(self) -> &'static str {
        match self {
            SourceKind::Primary => "Primary source",
            SourceKind::News => "News report",
            SourceKind::Reference => "Reference",
            SourceKind::Opinion => "Opinion",
            SourceKind::Data => "Data",
        }
    }
}
