//! Sourced numbers: quantities as sources give them, dated figures, the
//! aggregate series of `figures.json`, and the flag marking an uncertain value.

use super::{DateSpec, SourceId};
use serde::{Deserialize, Serialize};

/// Marks an item whose figure or date is approximate or whose sources disagree.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Flag {
    pub kind: FlagKind,
    /// Plain words for the reader: what is uncertain and what each source says.
    pub note: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum FlagKind {
    /// The value is an estimate or rounded.
    Approximate,
    /// Sources give different values; the note says which says what.
    Disputed,
}

impl FlagKind {
    pub fn label(self) -> &'static str {
        match self {
            FlagKind::Approximate => "approximate",
            FlagKind::Disputed => "sources differ",
        }
    }
}

/// A number as sources give it: exact, a range, "about", "more than", "up to".
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Quantity {
    pub value: u64,
    /// Upper end when sources give a range (`value`-`high`).
    #[serde(default)]
    pub high: Option<u64>,
    #[serde(default)]
    pub qualifier: Qualifier,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Qualifier {
    #[default]
    Exact,
    About,
    MoreThan,
    UpTo,
}

/// `12345` -> `12,345`
pub fn group_thousands(n: u64) -> String {
    let s = n.to_string();
    let mut out = String::with_capacity(s.len() + s.len() / 3);
    for (i, ch) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(ch);
    }
    out
}

impl Quantity {
    pub fn display(&self) -> String {
        let base = match self.high {
            Some(h) => format!("{}–{}", group_thousands(self.value), group_thousands(h)),
            None => group_thousands(self.value),
        };
        match self.qualifier {
            Qualifier::Exact => base,
            Qualifier::About => format!("about {base}"),
            Qualifier::MoreThan => format!("more than {base}"),
            Qualifier::UpTo => format!("up to {base}"),
        }
    }

    /// A single number to size or sum with (the middle of a range).
    pub fn central(&self) -> u64 {
        match self.high {
            Some(h) => (self.value + h) / 2,
            None => self.value,
        }
    }
}

/// A sourced figure at a date: contingent size, fatalities, aggregate values.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct DatedFigure {
    pub quantity: Quantity,
    /// When the figure applies ("as of").
    pub date: DateSpec,
    #[serde(default)]
    pub note: Option<String>,
    /// Who gave the figure (required in `figures.json`, where charts tell the
    /// UN's statistics and each Pakistani authority apart).
    #[serde(default)]
    pub by: Option<Teller>,
    pub sources: Vec<SourceId>,
    #[serde(default)]
    pub flag: Option<Flag>,
}

/// Who gave a figure: the UN's statistics, one of Pakistan's authorities, the
/// press, a commentator, or this site's own arithmetic.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Teller {
    /// UN statistics, as the UN publishes them or as reported from them.
    Un,
    /// Pakistan's armed forces (ISPR, the Army).
    ArmedForces,
    /// The Foreign Office or the Foreign Minister.
    ForeignOffice,
    /// The Prime Minister.
    PrimeMinister,
    /// Pakistan's ambassador or mission to the UN.
    UnMission,
    /// Another part of the government (a minister, a reply to parliament).
    Government,
    /// A press report that does not say whose figure it is.
    Press,
    /// A commentator or an opinion essay.
    Commentator,
    /// Calculated by this site from the figures it cites.
    ThisSite,
}

impl Teller {
    pub const ALL: [Teller; 9] = [
        Teller::Un,
        Teller::ArmedForces,
        Teller::ForeignOffice,
        Teller::PrimeMinister,
        Teller::UnMission,
        Teller::Government,
        Teller::Press,
        Teller::Commentator,
        Teller::ThisSite,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Teller::Un => "UN statistics",
            Teller::ArmedForces => "Armed forces (ISPR)",
            Teller::ForeignOffice => "Foreign Office",
            Teller::PrimeMinister => "Prime Minister",
            Teller::UnMission => "Pakistan's UN mission",
            Teller::Government => "Government",
            Teller::Press => "Press report",
            Teller::Commentator => "Commentator",
            Teller::ThisSite => "This site's calculation",
        }
    }

    /// A statement by one of Pakistan's authorities.
    pub fn is_pakistani_official(self) -> bool {
        matches!(
            self,
            Teller::ArmedForces
                | Teller::ForeignOffice
                | Teller::PrimeMinister
                | Teller::UnMission
                | Teller::Government
        )
    }
}

/// An aggregate figure that official statements revised over time.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Series {
    pub id: String,
    pub label: String,
    /// Unit of the values: `personnel`, `missions`, `deaths`, `rank`.
    pub unit: String,
    #[serde(default)]
    pub note: Option<String>,
    pub points: Vec<DatedFigure>,
}
