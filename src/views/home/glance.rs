//! The story at a glance: the key figures of the home page, picked from the
//! content (never typed here): for each figure series the value stated last,
//! with its date and the source that states it; the Gaza force's status for
//! Pakistan as of the latest source the site uses. Pure, tested natively.

use crate::content::{
    group_thousands, Choice, Content, DatedFigure, Flag, MissionKind, PartialDate, Qualifier,
    Series, Source, Status,
};

/// One number with what it counts, when it was stated and who states it.
#[derive(Clone, Debug, PartialEq)]
pub struct Figure {
    /// "more than", "about", "up to" (shown small, before the number).
    pub qualifier: Option<&'static str>,
    /// The number as readers see it: `237,000`, `6th`, `None`.
    pub value: String,
    pub label: String,
    /// When the value applies ("as of").
    pub date: PartialDate,
    /// The first source that states it.
    pub source: Option<&'static Source>,
    pub flag: Option<Flag>,
}

/// A tile of the strip: its main figure and, for the deployment, the rank.
#[derive(Clone, Debug, PartialEq)]
pub struct KeyFigure {
    /// Stable key for styles and tests: `served`, `deaths`, `missions`,
    /// `deployed`, `vote`, `isf`.
    pub key: &'static str,
    pub main: Figure,
    pub also: Option<Figure>,
    /// Where the site has the whole series or the full story of the figure.
    pub more: String,
}

/// The series the strip shows, in its order, by their ids in `figures.json`.
const SERIES: [(&str, &str); 4] = [
    ("served", "total-deployed"),
    ("deaths", "deaths"),
    ("missions", "missions"),
    ("deployed", "deployed-now"),
];
const RANK: &str = "rank";
/// The Council's vote that authorised the Gaza force, by its id in `votes.json`.
const VOTE: &str = "res-2803";

/// The point of a series stated last (by the last day its date covers; the
/// later in the file wins a tie, as editors add newer statements after).
pub fn latest(series: &Series) -> Option<&DatedFigure> {
    series
        .points
        .iter()
        .enumerate()
        .max_by_key(|(i, p)| (p.date.last().last_day(), *i))
        .map(|(_, p)| p)
}

/// The newest source of the bibliography (by the last day of its date).
pub fn latest_source(c: &'static Content) -> Option<&'static Source> {
    c.newest_source()
}

fn qualifier(q: Qualifier) -> Option<&'static str> {
    let words = crate::i18n::t().home.qualifiers;
    match q {
        Qualifier::Exact => None,
        Qualifier::About => Some(words[0]),
        Qualifier::MoreThan => Some(words[1]),
        Qualifier::UpTo => Some(words[2]),
    }
}

fn figure(c: &'static Content, p: &DatedFigure, label: &str, rank: bool) -> Figure {
    let q = &p.quantity;
    let lang = crate::i18n::lang();
    let value = if rank {
        (lang.strings().story.ordinal)(q.value)
    } else {
        lang.bidi(match q.high {
            Some(h) => format!("{}–{}", group_thousands(q.value), group_thousands(h)),
            None => group_thousands(q.value),
        })
    };
    Figure {
        qualifier: qualifier(q.qualifier),
        value,
        label: label.to_string(),
        date: p.date.last(),
        source: p.sources.first().and_then(|id| c.source(id)),
        flag: p.flag.clone(),
    }
}

/// The key figures, in the strip's order; a series missing from the content
/// is left out (the strip shows what the content has).
pub fn key_figures(c: &'static Content) -> Vec<KeyFigure> {
    let mut out = Vec::new();
    for (key, id) in SERIES {
        let Some(series) = c.series(id) else { continue };
        let Some(point) = latest(series) else {
            continue;
        };
        let also = (key == "deployed")
            .then(|| c.series(RANK))
            .flatten()
            .and_then(|s| latest(s).map(|p| figure(c, p, crate::i18n::t().home.largest, true)));
        out.push(KeyFigure {
            key,
            main: figure(c, point, &series.label, false),
            also,
            more: format!("/sources#fig-{}", series.id),
        });
    }
    out.extend(vote(c));
    out.extend(isf(c));
    out
}

/// The Council's vote on the resolution behind the Gaza force: `13–0–2`
/// (in favour, against, abstained), counted from the ballots in
/// `votes.json`, with Pakistan's own vote; its date and first source are the
/// vote's. It leads to the vote's chart in the story.
pub fn vote(c: &'static Content) -> Option<KeyFigure> {
    let v = c.vote(VOTE)?;
    let n = |choice: Choice| v.ballots.iter().filter(|b| b.vote == choice).count();
    let lang = crate::i18n::lang();
    let value = lang.bidi(format!(
        "{}–{}–{}",
        n(Choice::InFavour),
        n(Choice::Against),
        n(Choice::Abstained)
    ));
    // the title without its parenthesis: `Security Council vote on Resolution 2803`
    let title = v.title.split(" (").next().unwrap_or(&v.title).trim();
    let w = lang.strings();
    let pakistan = v
        .ballots
        .iter()
        .find(|b| b.member == w.charts.pakistan)
        .map(|p| (w.charts.choice)(p.vote));
    let label = (w.home.vote_label)(title, pakistan);
    Some(KeyFigure {
        key: "vote",
        main: Figure {
            qualifier: None,
            value,
            label,
            date: v.date.last(),
            source: v.sources.first().and_then(|id| c.source(id)),
            flag: None,
        },
        also: None,
        more: format!("/#fig-vote-{}", v.id),
    })
}

/// Pakistan and the Gaza force: the non-UN force's entry in `missions.json`,
/// as of the newest source the site uses (later reports are what would change
/// it). Its source is the newest the entry cites.
pub fn isf(c: &'static Content) -> Option<KeyFigure> {
    let m = c.missions.iter().find(|m| m.kind == MissionKind::NonUn)?;
    let as_of = latest_source(c)?.date.as_ref()?.last();
    let lang = crate::i18n::lang();
    let w = &lang.strings().home;
    let (value, qualifier) = match (m.status, m.contingent.first()) {
        (Status::Prospective, _) => (w.isf_values[0].to_string(), None),
        (_, Some(f)) => (
            lang.bidi(group_thousands(f.quantity.value)),
            qualifier(f.quantity.qualifier),
        ),
        (Status::Ongoing, None) => (w.isf_values[1].to_string(), None),
        (Status::Ended, None) => (w.isf_values[2].to_string(), None),
    };
    let label = (w.isf_label)(m.status, &m.name);
    let source = m
        .sources
        .iter()
        .filter_map(|id| c.source(id))
        .filter(|s| s.date.is_some())
        .max_by_key(|s| s.date.as_ref().map(|d| d.last().last_day()));
    Some(KeyFigure {
        key: "isf",
        main: Figure {
            qualifier,
            value,
            label,
            date: as_of,
            source,
            flag: None,
        },
        also: None,
        more: format!("/map?mission={}", m.id),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::content;

    use crate::charts::ordinal;

    #[test]
    fn ordinals() {
        let got: Vec<String> = [1, 2, 3, 4, 6, 11, 12, 13, 21, 22, 101, 111]
            .into_iter()
            .map(ordinal)
            .collect();
        assert_eq!(
            got,
            [
                "1st", "2nd", "3rd", "4th", "6th", "11th", "12th", "13th", "21st", "22nd", "101st",
                "111th"
            ]
        );
    }

    /// The strip follows the content: each figure is the series' newest
    /// point, whatever its position in the file.
    #[test]
    fn each_figure_is_its_series_latest_point() {
        let c = content();
        let figures = key_figures(c);
        let keys: Vec<&str> = figures.iter().map(|k| k.key).collect();
        assert_eq!(
            keys,
            ["served", "deaths", "missions", "deployed", "vote", "isf"]
        );
        for (k, (_, id)) in figures.iter().zip(SERIES) {
            let s = c.series(id).unwrap();
            let newest = s
                .points
                .iter()
                .map(|p| p.date.last().last_day())
                .max()
                .unwrap();
            assert_eq!(k.main.date.last_day(), newest, "{id}");
            assert!(k.main.source.is_some(), "{id} has a source");
            assert_eq!(k.main.label, s.label);
            assert_eq!(k.more, format!("/sources#fig-{id}"));
        }
        let rank = figures[3]
            .also
            .as_ref()
            .expect("the rank beside the deployment");
        assert!(rank.value.ends_with(|ch: char| ch.is_ascii_alphabetic()));
    }

    #[test]
    fn latest_prefers_the_later_entry_on_the_same_day() {
        let c = content();
        let mut s = c.series("deaths").unwrap().clone();
        let mut twin = s.points.last().unwrap().clone();
        twin.quantity.value += 1;
        s.points.insert(0, twin.clone());
        // the newest point is now both first and last: the last one wins
        let newest = latest(&s).unwrap().clone();
        assert_eq!(newest, *s.points.last().unwrap());
        s.points.push(twin.clone());
        assert_eq!(latest(&s).unwrap().quantity.value, twin.quantity.value);
    }

    /// The vote's tile counts the ballots (Resolution 2803 was adopted
    /// 13-0-2, Pakistan in favour), with the vote's date and first source.
    #[test]
    fn vote_is_counted_from_the_ballots() {
        let c = content();
        let k = vote(c).expect("the content has the vote");
        let v = c.vote(VOTE).unwrap();
        assert_eq!(k.main.value, "13–0–2");
        assert!(k
            .main
            .label
            .starts_with("Security Council vote on Resolution 2803:"));
        assert!(k.main.label.ends_with("Pakistan voted in favour"));
        assert_eq!(k.main.date, v.date.last());
        assert_eq!(k.main.source.map(|s| &s.id), v.sources.first());
        assert_eq!(k.more, "/#fig-vote-res-2803");
    }

    /// The Gaza force's tile is as of the newest source in the bibliography,
    /// and cites the newest source of the force's own entry.
    #[test]
    fn isf_status_is_as_of_the_latest_source() {
        let c = content();
        let k = isf(c).expect("the content has the non-UN force");
        let newest = c
            .sources
            .iter()
            .filter_map(|s| s.date.as_ref())
            .map(|d| d.last().last_day())
            .max()
            .unwrap();
        assert_eq!(k.main.date.last_day(), newest);
        let m = c
            .missions
            .iter()
            .find(|m| m.kind == MissionKind::NonUn)
            .unwrap();
        let cited = k.main.source.expect("a source");
        assert!(m.sources.contains(&cited.id));
        if m.status == Status::Prospective {
            assert_eq!(k.main.value, "None");
        }
        assert_eq!(k.more, format!("/map?mission={}", m.id));
    }
}
