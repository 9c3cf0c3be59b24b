//! Glossary terms (`glossary.json`) and attributed quotes (`quotes.json`).

use super::{DateSpec, SourceId};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Term {
    pub id: String,
    pub term: String,
    /// Expansion of an abbreviation, if it is one.
    #[serde(default)]
    pub expansion: Option<String>,
    pub definition: String,
    #[serde(default)]
    pub sources: Vec<SourceId>,
    #[serde(default)]
    pub see_also: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Quote {
    pub id: String,
    /// The words as reported, without quotation marks.
    pub text: String,
    pub speaker: String,
    /// The speaker's position when speaking.
    pub role: String,
    pub date: DateSpec,
    /// Where and to whom it was said.
    pub context: String,
    pub sources: Vec<SourceId>,
    /// In a translation only: the words rendered in the page's language,
    /// shown beside the original (quotes stay in the language they were said in).
    #[serde(default)]
    pub gloss: Option<String>,
}
