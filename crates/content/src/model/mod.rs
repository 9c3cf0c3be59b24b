//! The typed content model: plain Rust, no browser, no I/O.
//!
//! These types are what editors write in `content/*.json` (deserialised with
//! unknown fields refused) and, after validation, what the app receives
//! (serialised with postcard into the wasm at build time, see [`crate::blob`]).
//! Markdown chapters arrive already rendered to HTML. One module per kind of
//! content; everything is re-exported here.

mod alignment;
pub mod bidi;
mod charts;
mod date;
mod events;
mod figures;
mod missions;
mod reference;
mod sources;
mod teach;

pub use alignment::*;
pub use charts::*;
pub use date::*;
pub use events::*;
pub use figures::*;
pub use missions::*;
pub use reference::*;
pub use sources::*;
pub use teach::*;

use serde::{Deserialize, Serialize};

/// A prose chapter from `content/chapters/*.md`, rendered to HTML at build time.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Chapter {
    pub id: String,
    pub title: String,
    pub order: i32,
    pub summary: String,
    /// Every source the chapter cites, in order of first citation.
    pub sources: Vec<SourceId>,
    /// Sanitised HTML produced on the build host. Citations link to `#src-ID`
    /// on the sources page; charts sit in slots ([`split_chart_slots`]).
    pub html: String,
}

/// Everything the site shows, validated and cross-checked.
#[derive(Clone, Debug, PartialEq, Default, Serialize, Deserialize)]
pub struct Content {
    pub sources: Vec<Source>,
    pub eras: Vec<Era>,
    pub events: Vec<Event>,
    pub missions: Vec<Mission>,
    pub figures: Vec<Series>,
    pub alignment: Option<Alignment>,
    pub scenarios: Vec<Scenario>,
    pub glossary: Vec<Term>,
    pub quotes: Vec<Quote>,
    pub votes: Vec<Vote>,
    pub comparisons: Vec<Comparison>,
    pub chapters: Vec<Chapter>,
    /// Lessons for educators (`teach.json`).
    pub lessons: Vec<Lesson>,
}

impl Content {
    /// The newest source of the bibliography, by the last day of its date
    /// (the last one listed among equals): what the site calls its latest source.
    pub fn newest_source(&self) -> Option<&Source> {
        self.sources
            .iter()
            .filter(|s| s.date.is_some())
            .max_by_key(|s| s.date.as_ref().map(|d| d.last().last_day()))
    }
    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }
    pub fn event(&self, id: &str) -> Option<&Event> {
        self.events.iter().find(|e| e.id == id)
    }
    pub fn mission(&self, id: &str) -> Option<&Mission> {
        self.missions.iter().find(|m| m.id == id)
    }
    pub fn chapter(&self, id: &str) -> Option<&Chapter> {
        self.chapters.iter().find(|c| c.id == id)
    }
    pub fn quote(&self, id: &str) -> Option<&Quote> {
        self.quotes.iter().find(|q| q.id == id)
    }
    pub fn series(&self, id: &str) -> Option<&Series> {
        self.figures.iter().find(|s| s.id == id)
    }
    pub fn vote(&self, id: &str) -> Option<&Vote> {
        self.votes.iter().find(|v| v.id == id)
    }
    pub fn comparison(&self, id: &str) -> Option<&Comparison> {
        self.comparisons.iter().find(|c| c.id == id)
    }
}

/// The year the main timeline ends (Resolution 2803, 17 Nov 2025).
pub const MAIN_END: PartialDate = PartialDate {
    year: 2025,
    month: Some(11),
    day: Some(17),
};
pub const MAIN_START_YEAR: i32 = 1947;
