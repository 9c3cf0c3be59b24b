//! Timeline events (`events.json`) and eras (`eras.json`).

use super::{DateSpec, Flag, SourceId};
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Category {
    War,
    Alliance,
    Peacekeeping,
    Diplomacy,
    #[serde(rename = "gaza-2025")]
    Gaza2025,
    Domestic,
}

impl Category {
    pub const ALL: [Category; 6] = [
        Category::War,
        Category::Alliance,
        Category::Peacekeeping,
        Category::Diplomacy,
        Category::Gaza2025,
        Category::Domestic,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Category::War => "war",
            Category::Alliance => "alliance",
            Category::Peacekeeping => "peacekeeping",
            Category::Diplomacy => "diplomacy",
            Category::Gaza2025 => "gaza-2025",
            Category::Domestic => "domestic",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Category::War => "War and conflict",
            Category::Alliance => "Alliances",
            Category::Peacekeeping => "Peacekeeping",
            Category::Diplomacy => "Diplomacy",
            Category::Gaza2025 => "Gaza 2025",
            Category::Domestic => "Domestic",
        }
    }

    pub fn from_id(s: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.id() == s)
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Event {
    pub id: String,
    pub date: DateSpec,
    pub title: String,
    /// One to three sentences, in the editors' own words.
    pub summary: String,
    pub category: Category,
    /// Id of an era in `eras.json`.
    #[serde(default)]
    pub era: Option<String>,
    /// Where it happened, as a reader would search for it.
    #[serde(default)]
    pub place: Option<String>,
    /// Ids of missions in `missions.json` this event belongs to.
    #[serde(default)]
    pub missions: Vec<String>,
    /// Ids of related events.
    #[serde(default)]
    pub related: Vec<String>,
    pub sources: Vec<SourceId>,
    #[serde(default)]
    pub flag: Option<Flag>,
    /// True for the short group of events after Resolution 2803 (after 17 Nov 2025).
    #[serde(default)]
    pub after_resolution: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Era {
    pub id: String,
    pub label: String,
    /// A closed range: `1947/1953`.
    pub span: DateSpec,
    pub summary: String,
}
