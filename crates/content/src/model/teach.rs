//! `teach.json`: lessons for educators (the `/teach` page). A lesson asserts
//! nothing of its own: its questions and activity point to the site's sourced
//! content (chapters, events, deployments, figures, glossary terms, sources
//! and the interactive views), each by a typed reference.

use serde::{Deserialize, Serialize};

/// One 45-minute lesson on a chapter of the story or on a view.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Lesson {
    pub id: String,
    pub title: String,
    /// What the class reads or explores: `chapter:ID` or `view:/map`.
    pub on: String,
    /// 3-5 discussion questions.
    pub questions: Vec<Prompt>,
    /// One activity with an interactive view (its `see` names a `view:`).
    pub activity: Prompt,
    /// Key terms, by glossary id.
    pub terms: Vec<String>,
    /// The lesson's steps; their minutes add up to 45.
    pub timing: Vec<Step>,
}

/// A question or an activity, and where on the site its answer rests.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Prompt {
    pub text: String,
    /// Typed references: `chapter:ID`, `event:ID`, `mission:ID`, `figure:ID`,
    /// `term:ID`, `source:ID`, or `view:/timeline?...` (a view with its state).
    pub see: Vec<String>,
}

/// One step of a lesson plan.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Step {
    pub minutes: u32,
    pub what: String,
}

/// The views a `view:` reference may open.
pub const TEACH_VIEWS: [&str; 3] = ["/timeline", "/map", "/alignment"];

/// A reference split into its kind and id: `event:war-1965` -> (`event`, `war-1965`).
pub fn split_ref(r: &str) -> Option<(&str, &str)> {
    r.split_once(':')
        .filter(|(k, id)| !k.is_empty() && !id.is_empty())
}

/// A `view:` reference's path (before any `?` or `#`).
pub fn view_path(target: &str) -> &str {
    target.split(['?', '#']).next().unwrap_or(target)
}
