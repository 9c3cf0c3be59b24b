//! The typed content model: plain Rust, no browser, no I/O.
//!
//! These types are what editors write in `content/*.json` (deserialised with
//! unknown fields refused) and, after validation, what the app receives
//! (serialised with postcard into the wasm at build time). Markdown chapters
//! arrive already rendered to HTML.
//!
//! This file is also compiled into `build.rs` through `#[path]`, so it must not
//! refer to other modules of the crate.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

// ---------------------------------------------------------------- dates ----

/// A calendar date known to year, month or day precision.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PartialDate {
    pub year: i32,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

/// How precisely a date is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Precision {
    Year,
    Month,
    Day,
}

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];
/// Month names, for dates as readers write them.
pub const MONTHS_LONG: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

impl PartialDate {
    pub fn year(year: i32) -> Self {
        PartialDate {
            year,
            month: None,
            day: None,
        }
    }

    pub fn precision(&self) -> Precision {
        match (self.month, self.day) {
            (Some(_), Some(_)) => Precision::Day,
            (Some(_), None) => Precision::Month,
            _ => Precision::Year,
        }
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub fn parse(s: &str) -> Result<Self, String> {
        let parts: Vec<&str> = s.split('-').collect();
        let num = |p: &str, what: &str, len: usize| -> Result<u32, String> {
            if p.len() != len || !p.bytes().all(|b| b.is_ascii_digit()) {
                return Err(format!("`{s}`: the {what} must be {len} digits"));
            }
            p.parse::<u32>().map_err(|e| format!("`{s}`: {e}"))
        };
        if parts.is_empty() || parts.len() > 3 {
            return Err(format!("`{s}` is not YYYY, YYYY-MM or YYYY-MM-DD"));
        }
        let year = num(parts[0], "year", 4)? as i32;
        let month = match parts.get(1) {
            Some(p) => {
                let m = num(p, "month", 2)? as u8;
                if !(1..=12).contains(&m) {
                    return Err(format!("`{s}`: month {m} does not exist"));
                }
                Some(m)
            }
            None => None,
        };
        let day = match parts.get(2) {
            Some(p) => {
                let d = num(p, "day", 2)? as u8;
                let m = month.unwrap_or(1);
                if d == 0 || d > days_in_month(year, m) {
                    return Err(format!("`{s}`: day {d} does not exist in that month"));
                }
                Some(d)
            }
            None => None,
        };
        Ok(PartialDate { year, month, day })
    }

    /// The first day this date could mean, as (year, month, day).
    pub fn first_day(&self) -> (i32, u8, u8) {
        (self.year, self.month.unwrap_or(1), self.day.unwrap_or(1))
    }

    /// The last day this date could mean, as (year, month, day).
    pub fn last_day(&self) -> (i32, u8, u8) {
        let m = self.month.unwrap_or(12);
        (
            self.year,
            m,
            self.day.unwrap_or(days_in_month(self.year, m)),
        )
    }

    /// Fractional year of the start of this date (1947.0 = 1 Jan 1947).
    pub fn start_fraction(&self) -> f64 {
        fraction(self.first_day())
    }

    /// Fractional year of the end of this date (end of its last day).
    pub fn end_fraction(&self) -> f64 {
        let (y, m, d) = self.last_day();
        fraction((y, m, d)) + 1.0 / days_in_year(y)
    }

    /// Human form: `1947`, `Sep 1947`, `30 Sep 1947`.
    pub fn display(&self) -> String {
        match (self.month, self.day) {
            (Some(m), Some(d)) => format!("{d} {} {}", MONTHS[m as usize - 1], self.year),
            (Some(m), None) => format!("{} {}", MONTHS[m as usize - 1], self.year),
            _ => self.year.to_string(),
        }
    }

    /// Long human form: `30 September 1947`.
    pub fn display_long(&self) -> String {
        match (self.month, self.day) {
            (Some(m), Some(d)) => format!("{d} {} {}", MONTHS_LONG[m as usize - 1], self.year),
            (Some(m), None) => format!("{} {}", MONTHS_LONG[m as usize - 1], self.year),
            _ => self.year.to_string(),
        }
    }

    /// ISO form for `<time datetime>`: `1947`, `1947-09`, `1947-09-30`.
    pub fn iso(&self) -> String {
        match (self.month, self.day) {
            (Some(m), Some(d)) => format!("{:04}-{m:02}-{d:02}", self.year),
            (Some(m), None) => format!("{:04}-{m:02}", self.year),
            _ => format!("{:04}", self.year),
        }
    }
}

fn days_in_year(y: i32) -> f64 {
    if days_in_month(y, 2) == 29 {
        366.0
    } else {
        365.0
    }
}

fn fraction((y, m, d): (i32, u8, u8)) -> f64 {
    let mut doy = 0u32;
    for mm in 1..m {
        doy += days_in_month(y, mm) as u32;
    }
    doy += d as u32 - 1;
    y as f64 + doy as f64 / days_in_year(y)
}

/// A date or a date range as written by editors:
/// `1960`, `1962-10`, `1993-06-05`, `1947-10/1949-01-01`, `c. 2000`, `c. 2004/2006`.
/// An open range (`2011/`) means "from then on".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DateSpec {
    pub start: PartialDate,
    /// `None` for a single date; `Some(None)` for an open range.
    pub end: Option<Option<PartialDate>>,
    /// Written with a leading `c.` (circa).
    pub approximate: bool,
}

impl DateSpec {
    pub fn parse(s: &str) -> Result<Self, String> {
        let t = s.trim();
        if t.is_empty() {
            return Err("the date is empty".into());
        }
        let (approximate, rest) = match t.strip_prefix("c.") {
            Some(r) => (true, r.trim_start()),
            None => (false, t),
        };
        let spec = match rest.split_once('/') {
            None => DateSpec {
                start: PartialDate::parse(rest)?,
                end: None,
                approximate,
            },
            Some((a, b)) => {
                let start = PartialDate::parse(a.trim())?;
                let b = b.trim();
                let end = if b.is_empty() {
                    None
                } else {
                    Some(PartialDate::parse(b)?)
                };
                if let Some(e) = end {
                    if e.end_fraction() < start.start_fraction() || e.last_day() < start.first_day()
                    {
                        return Err(format!(
                            "`{s}`: the end ({}) is before the start ({})",
                            e.display(),
                            start.display()
                        ));
                    }
                }
                DateSpec {
                    start,
                    end: Some(end),
                    approximate,
                }
            }
        };
        Ok(spec)
    }

    pub fn is_range(&self) -> bool {
        self.end.is_some()
    }

    /// The last known date: the end of a closed range, or the start.
    pub fn last(&self) -> PartialDate {
        match self.end {
            Some(Some(e)) => e,
            _ => self.start,
        }
    }

    pub fn start_fraction(&self) -> f64 {
        self.start.start_fraction()
    }

    /// End as a fractional year; an open range ends at `open_until`.
    pub fn end_fraction(&self, open_until: f64) -> f64 {
        match self.end {
            None => self.start.end_fraction(),
            Some(Some(e)) => e.end_fraction(),
            Some(None) => open_until,
        }
    }

    /// Does this date (or range) overlap calendar year `y`?
    pub fn covers_year(&self, y: i32, open_until_year: i32) -> bool {
        let last = match self.end {
            None => self.start.year,
            Some(Some(e)) => e.year,
            Some(None) => open_until_year,
        };
        self.start.year <= y && y <= last
    }

    /// Human form with its true precision: `c. 2000`, `Oct 1947 – 1 Jan 1949`, `2011 onward`.
    pub fn display(&self) -> String {
        let c = if self.approximate { "c. " } else { "" };
        match self.end {
            None => format!("{c}{}", self.start.display()),
            Some(None) => format!("{c}{} onward", self.start.display()),
            Some(Some(e)) => {
                if e == self.start {
                    format!("{c}{}", self.start.display())
                } else if e.year == self.start.year
                    && e.month == self.start.month
                    && e.day.is_some()
                    && self.start.day.is_some()
                {
                    // 3–16 Dec 1971
                    format!("{c}{}–{}", self.start.day.unwrap_or(1), e.display())
                } else {
                    format!("{c}{}–{}", self.start.display(), e.display())
                }
            }
        }
    }

    pub fn source_text(&self) -> String {
        let c = if self.approximate { "c. " } else { "" };
        match self.end {
            None => format!("{c}{}", self.start.iso()),
            Some(None) => format!("{c}{}/", self.start.iso()),
            Some(Some(e)) => format!("{c}{}/{}", self.start.iso(), e.iso()),
        }
    }
}

impl fmt::Display for DateSpec {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.display())
    }
}

impl Serialize for DateSpec {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.source_text())
    }
}

impl<'de> Deserialize<'de> for DateSpec {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        DateSpec::parse(&s).map_err(serde::de::Error::custom)
    }
}

impl Serialize for PartialDate {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.iso())
    }
}

impl<'de> Deserialize<'de> for PartialDate {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        PartialDate::parse(&s).map_err(serde::de::Error::custom)
    }
}

#[cfg(feature = "build")]
mod schema_impls {
    use super::*;
    use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};
    use std::borrow::Cow;

    impl JsonSchema for DateSpec {
        fn schema_name() -> Cow<'static, str> {
            "DateSpec".into()
        }
        fn json_schema(_: &mut SchemaGenerator) -> Schema {
            json_schema!({
                "type": "string",
                "description": "A date with its true precision: YYYY, YYYY-MM or YYYY-MM-DD; a range START/END; an open range START/; prefix `c. ` when approximate.",
                "pattern": r"^(c\. ?)?\d{4}(-\d{2}(-\d{2})?)?(/(\d{4}(-\d{2}(-\d{2})?)?)?)?$",
                "examples": ["1947-09-30", "1962-10/1963-04", "c. 2000/2005", "2014-09/"]
            })
        }
    }

    impl JsonSchema for PartialDate {
        fn schema_name() -> Cow<'static, str> {
            "PartialDate".into()
        }
        fn json_schema(_: &mut SchemaGenerator) -> Schema {
            json_schema!({
                "type": "string",
                "description": "YYYY, YYYY-MM or YYYY-MM-DD",
                "pattern": r"^\d{4}(-\d{2}(-\d{2})?)?$"
            })
        }
    }
}

// ------------------------------------------------------- shared pieces ----

/// Marks an item whose figure or date is approximate or whose sources disagree.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "build", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Flag {
    pub kind: FlagKind,
    /// Plain words for the reader: what is uncertain and what each source says.
    pub note: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "build", derive(schemars::JsonSchema))]
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
#[cfg_attr(feature = "build", derive(schemars::JsonSchema))]
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
#[cfg_attr(feature = "build", derive(schemars::JsonSchema))]
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

/// Reference to a bibliography entry, optionally with a page or section.
pub type SourceId = String;

// ------------------------------------------------------------ sources ----

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "build", derive(schemars::JsonSchema))]
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
#[cfg_attr(feature = "build", derive(schemars::JsonSchema))]
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

// ------------------------------------------------------------- events ----

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "build", derive(schemars::JsonSchema))]
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
#[cfg_attr(feature = "build", derive(schemars::JsonSchema))]
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
#[cfg_attr(feature = "build", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Era {
    pub id: String,
    pub label: String,
    /// A closed range: `1947/1953`.
    pub span: DateSpec,
    pub summary: String,
}

// ----------------------------------------------------------- missions ----

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "build", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Host {
    /// Country or territory as readers know it.
    pub name: String,
    /// ISO 3166-1 alpha-3 code where one exists (`COD`, `SDN`).
    #[serde(default)]
    pub iso: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "build", derive(schemars::JsonSchema))]
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
#[cfg_attr(feature = "build", derive(schemars::JsonSchema))]
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
#[cfg_attr(feature = "build", derive(schemars::JsonSchema))]
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
#[cfg_attr(feature = "build", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    Ended,
    Ongoing,
    /// Discussed but no Pakistani troops committed.
    Prospective,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "build", derive(schemars::JsonSchema))]
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

/// A sourced figure at a date: contingent size, fatalities, aggregate values.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "build", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct DatedFigure {
    pub quantity: Quantity,
    /// When the figure applies ("as of").
    pub date: DateSpec,
    #[serde(default)]
    pub note: Option<String>,
    pub sources: Vec<SourceId>,
    #[serde(default)]
    pub flag: Option<Flag>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "build", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Notable {
    pub date: Option<DateSpec>,
    pub text: String,
    pub sources: Vec<SourceId>,
    #[serde(default)]
    pub flag: Option<Flag>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "build", derive(schemars::JsonSchema))]
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

// ------------------------------------------------------------ figures ----

/// An aggregate figure that official statements revised over time.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "build", derive(schemars::JsonSchema))]
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

// ---------------------------------------------------------- alignment ----

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "build", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum PoleKind {
    /// A partner Pakistan balances between (a corner of the chart).
    Partner,
    /// A pressure it balances against (shown as context).
    Pressure,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "build", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Pole {
    pub id: String,
    pub label: String,
    pub kind: PoleKind,
    pub description: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "build", derive(schemars::JsonSchema))]
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
#[cfg_attr(feature = "build", derive(schemars::JsonSchema))]
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
#[cfg_attr(feature = "build", derive(schemars::JsonSchema))]
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
#[cfg_attr(feature = "build", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Narrative {
    pub year: i32,
    pub text: String,
    pub sources: Vec<SourceId>,
}

/// One option on the table after Resolution 2803.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "build", derive(schemars::JsonSchema))]
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
#[cfg_attr(feature = "build", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Argument {
    /// A pole id, `domestic`, or one of the tests.
    pub about: String,
    pub text: String,
    pub sources: Vec<SourceId>,
}

// ------------------------------------------------- glossary and quotes ----

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "build", derive(schemars::JsonSchema))]
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
#[cfg_attr(feature = "build", derive(schemars::JsonSchema))]
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
}

// ----------------------------------------------------------- chapters ----

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
    /// on the sources page.
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
    pub chapters: Vec<Chapter>,
}

impl Content {
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
}

/// The year the main timeline ends (Resolution 2803, 17 Nov 2025).
pub const MAIN_END: PartialDate = PartialDate {
    year: 2025,
    month: Some(11),
    day: Some(17),
};
pub const MAIN_START_YEAR: i32 = 1947;
