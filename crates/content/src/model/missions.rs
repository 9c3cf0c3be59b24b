//! Pakistani deployments (`missions.json`).

use super::{DateSpec, DatedFigure, Flag, PartialDate, SourceId};
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Host {
    /// Country or territory as readers know it.
    pub name: String,
    /// ISO 3166-1 alpha-3 code where one exists (`COD`, `SDN`).
    #[serde(default)]
    pub iso: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Location {
    /// Latitude in degrees, -90 to 90.
    pub lat: f64,
    /// Longitude in degrees, -180 to 180.
    pub lon: f64,
    /// What the point stands for: `Country centroid`, `Tuzla sector`.
    #[serde(default)]
    pub note: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    Infantry,
    Engineers,
    Medical,
    Police,
    Observers,
    Logistics,
    Aviation,
    Signals,
    Staff,
    Armour,
}

impl Role {
    pub fn label(self) -> &'static str {
        match self {
            Role::Infantry => "infantry",
            Role::Engineers => "engineers",
            Role::Medical => "medical",
            Role::Police => "police",
            Role::Observers => "military observers",
            Role::Logistics => "logistics",
            Role::Aviation => "aviation",
            Role::Signals => "signals",
            Role::Staff => "staff officers",
            Role::Armour => "armour",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum MissionKind {
    /// A UN peacekeeping operation Pakistan contributed to.
    UnPeacekeeping,
    /// A UN mission on Pakistani soil (UNMOGIP).
    Hosted,
    /// Not a UN peacekeeping operation (the Gaza ISF).
    NonUn,
    /// A deployment by agreement between two states, outside the UN and the
    /// ISF (Pakistani forces in Saudi Arabia under the 2025 defence pact).
    Bilateral,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    Ended,
    Ongoing,
    /// Discussed but no Pakistani troops committed.
    Prospective,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Confidence {
    /// Confirmed in a source that was read.
    Confirmed,
    /// Presence confirmed, some details (years, size) weakly sourced.
    Partial,
    /// Weak or conflicting sources.
    Uncertain,
}

impl Confidence {
    pub fn label(self) -> &'static str {
        match self {
            Confidence::Confirmed => "confirmed",
            Confidence::Partial => "partly confirmed",
            Confidence::Uncertain => "uncertain",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Notable {
    pub date: Option<DateSpec>,
    pub text: String,
    pub sources: Vec<SourceId>,
    #[serde(default)]
    pub flag: Option<Flag>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Mission {
    pub id: String,
    pub acronym: String,
    pub name: String,
    pub host: Host,
    pub location: Location,
    /// Years of Pakistani participation (not the mission's own dates).
    /// An open range (`2014-09/`) for a deployment still under way.
    pub years: DateSpec,
    pub kind: MissionKind,
    pub status: Status,
    /// For ongoing deployments: the date the status was last confirmed.
    #[serde(default)]
    pub status_as_of: Option<PartialDate>,
    pub roles: Vec<Role>,
    /// Contingent figures, each with its date; the first is the one shown on the map.
    #[serde(default)]
    pub contingent: Vec<DatedFigure>,
    /// Pakistani fatalities where sourced.
    #[serde(default)]
    pub fatalities: Option<DatedFigure>,
    #[serde(default)]
    pub notable: Vec<Notable>,
    pub confidence: Confidence,
    /// Ids of timeline events about this mission.
    #[serde(default)]
    pub events: Vec<String>,
    pub summary: String,
    pub sources: Vec<SourceId>,
    #[serde(default)]
    pub flag: Option<Flag>,
}
