//! The alignment coding (`alignment.json`) and the options after Resolution
//! 2803 (`scenarios.json`).

use super::SourceId;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum PoleKind {
    /// A partner Pakistan balances between (a corner of the chart).
    Partner,
    /// A pressure it balances against (shown as context).
    Pressure,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Pole {
    pub id: String,
    pub label: String,
    pub kind: PoleKind,
    pub description: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Dimension {
    pub id: String,
    pub label: String,
    pub description: String,
    /// The editors' default weight (0-10).
    pub default_weight: f64,
}

/// One coded value: the strength of Pakistan's tie to `pole` on `dimension`
/// from `year` on, until the next coding of the same pair.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Coding {
    pub year: i32,
    pub pole: String,
    pub dimension: String,
    /// 0 (no tie, or hostile) to 10 (alliance-level tie). For pressures: intensity.
    pub value: f64,
    /// Why: one sentence.
    pub rationale: String,
    /// Ids of the events that justify the value.
    pub evidence: Vec<String>,
    pub sources: Vec<SourceId>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Alignment {
    pub poles: Vec<Pole>,
    pub dimensions: Vec<Dimension>,
    /// First and last year coded.
    pub first_year: i32,
    pub last_year: i32,
    /// Plain-language sentences for chosen years; the nearest earlier one is shown.
    #[serde(default)]
    pub narrative: Vec<Narrative>,
    pub codings: Vec<Coding>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Narrative {
    pub year: i32,
    pub text: String,
    pub sources: Vec<SourceId>,
}

/// One option on the table after Resolution 2803.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    pub id: String,
    pub label: String,
    pub summary: String,
    /// What sources argue the option would do to each pole (by pole id) or at home (`domestic`).
    pub effects: Vec<Argument>,
    /// The seed essay's three tests: `neutrality`, `stabilisation`, `engagement`.
    pub tests: Vec<Argument>,
    /// Ids of quotes from named people that bear on this option.
    #[serde(default)]
    pub voices: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Argument {
    /// A pole id, `domestic`, or one of the tests.
    pub about: String,
    pub text: String,
    pub sources: Vec<SourceId>,
}
