//! Data that only the story's charts show: recorded votes (`votes.json`) and
//! side-by-side comparisons (`comparisons.json`), and the chart markers a
//! chapter may carry (`[chart: KIND]` or `[chart: KIND ID]` as a paragraph).

use super::{DateSpec, SourceId};
use serde::{Deserialize, Serialize};

/// A recorded vote of a body such as the Security Council, member by member.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Vote {
    pub id: String,
    /// What was voted on: `Security Council vote on Resolution 2803`.
    pub title: String,
    pub date: DateSpec,
    /// Every member that held a seat, in the body's own order (permanent
    /// members first, then elected members, alphabetically).
    pub ballots: Vec<Ballot>,
    pub sources: Vec<SourceId>,
    #[serde(default)]
    pub note: Option<String>,
}

/// One member's seat and vote.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Ballot {
    /// The member's name: `Republic of Korea`.
    pub member: String,
    /// A short form for narrow spaces: `Korea`, `UK`.
    #[serde(default)]
    pub short: Option<String>,
    pub seat: Seat,
    /// An elected member's term: `2025/2026`.
    #[serde(default)]
    pub term: Option<DateSpec>,
    pub vote: Choice,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Seat {
    Permanent,
    Elected,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Choice {
    InFavour,
    Against,
    Abstained,
    /// Present but not voting, or absent.
    NotVoting,
}

impl Choice {
    pub const ALL: [Choice; 4] = [
        Choice::InFavour,
        Choice::Against,
        Choice::Abstained,
        Choice::NotVoting,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Choice::InFavour => "in favour",
            Choice::Against => "against",
            Choice::Abstained => "abstained",
            Choice::NotVoting => "did not vote",
        }
    }
}

/// Two things set side by side, aspect by aspect, each cell with its sources.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Comparison {
    pub id: String,
    /// The finding, as the figure's title.
    pub title: String,
    /// Column headings: `UN peacekeeping`, `The Gaza ISF`.
    pub left: String,
    pub right: String,
    pub rows: Vec<CompareRow>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CompareRow {
    /// What is compared: `Consent`.
    pub aspect: String,
    pub left: Cell,
    pub right: Cell,
    /// Does the right side depart from the left on this aspect?
    #[serde(default)]
    pub differs: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Cell {
    pub text: String,
    pub sources: Vec<SourceId>,
}

/// The charts a chapter can place with a paragraph `[chart: KIND]`, or
/// `[chart: KIND ID]` for the kinds that draw one entry of a file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChartKind {
    /// Pakistanis on UN duty over time (`figures.json`).
    Contribution,
    /// Each deployment as a bar over the years (`missions.json`).
    Missions,
    /// Official totals, served and deaths, by who gave them (`figures.json`).
    Totals,
    /// Pakistan's share of all UN peacekeeping deaths, claimed and checked.
    DeathShare,
    /// One vote of `votes.json`, seat by seat (needs the vote's id).
    Vote,
    /// One comparison of `comparisons.json` (needs its id).
    Compare,
}

impl ChartKind {
    pub const ALL: [ChartKind; 6] = [
        ChartKind::Contribution,
        ChartKind::Missions,
        ChartKind::Totals,
        ChartKind::DeathShare,
        ChartKind::Vote,
        ChartKind::Compare,
    ];

    pub fn id(self) -> &'static str {
        match self {
            ChartKind::Contribution => "contribution",
            ChartKind::Missions => "missions",
            ChartKind::Totals => "totals",
            ChartKind::DeathShare => "death-share",
            ChartKind::Vote => "vote",
            ChartKind::Compare => "compare",
        }
    }

    pub fn from_id(s: &str) -> Option<ChartKind> {
        ChartKind::ALL.into_iter().find(|k| k.id() == s)
    }

    /// The kind of content id the marker names, if it names one.
    pub fn entry_kind(self) -> Option<&'static str> {
        match self {
            ChartKind::Vote => Some("vote"),
            ChartKind::Compare => Some("comparison"),
            _ => None,
        }
    }
}

/// Where a chapter's rendered HTML places a chart: an empty element that the
/// app replaces with the chart. `id` is empty for kinds without an entry.
pub fn chart_slot(kind: ChartKind, id: &str) -> String {
    format!("<div data-chart=\"{}:{id}\"></div>\n", kind.id())
}

/// The chart slots of rendered chapter HTML: the HTML split into pieces of
/// prose and the `(kind, id)` of each chart between them, in order.
pub fn split_chart_slots(html: &str) -> Vec<HtmlPart<'_>> {
    const OPEN: &str = "<div data-chart=\"";
    const CLOSE: &str = "\"></div>\n";
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(at) = rest.find(OPEN) {
        let after = &rest[at + OPEN.len()..];
        let Some(end) = after.find(CLOSE) else { break };
        let spec = &after[..end];
        let (kind, id) = spec.split_once(':').unwrap_or((spec, ""));
        match ChartKind::from_id(kind) {
            Some(kind) => {
                if at > 0 {
                    out.push(HtmlPart::Html(&rest[..at]));
                }
                out.push(HtmlPart::Chart(kind, id));
            }
            // not ours (cannot happen for validated content): keep it as HTML
            None => out.push(HtmlPart::Html(&rest[..at + OPEN.len() + end + CLOSE.len()])),
        }
        rest = &after[end + CLOSE.len()..];
    }
    if !rest.is_empty() {
        out.push(HtmlPart::Html(rest));
    }
    out
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HtmlPart<'a> {
    Html(&'a str),
    Chart(ChartKind, &'a str),
}
