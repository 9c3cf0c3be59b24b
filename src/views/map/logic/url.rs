//! The map's state in the address bar: `?mission=ID&year=YYYY` (no `year`:
//! every deployment). Junk falls back with a visible note saying what was done.

use super::missions::{FIRST_YEAR, LAST_YEAR};
use crate::url::{get, QueryState};

/// What the URL holds.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UrlState {
    /// The deployment whose card is open.
    pub mission: Option<String>,
    /// The year shown (`None`: every deployment, all years).
    pub year: Option<i32>,
}

/// What a link asked for that the map could not show as asked.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UrlNotes {
    pub year: Option<String>,
    pub mission: Option<String>,
}

impl UrlState {
    /// Reads the state from query pairs; `known_mission` says which ids exist.
    pub fn parse(
        pairs: &[(String, String)],
        known_mission: impl Fn(&str) -> bool,
    ) -> (UrlState, UrlNotes) {
        let (year, year_note) = match get(pairs, "year") {
            Some(raw) => parse_year(raw),
            None => (None, None),
        };
        let raw_mission = get(pairs, "mission");
        let mission = raw_mission
            .filter(|id| known_mission(id))
            .map(str::to_string);
        let mission_note = raw_mission.filter(|_| mission.is_none()).map(|id| {
            let id: String = id.chars().take(40).collect();
            format!(
                "There is no deployment “{id}” on this map; choose one on the map or in the table."
            )
        });
        (
            UrlState { mission, year },
            UrlNotes {
                year: year_note,
                mission: mission_note,
            },
        )
    }
}

impl QueryState for UrlState {
    fn to_query(&self) -> Vec<(&'static str, Option<String>)> {
        vec![
            ("mission", self.mission.clone()),
            ("year", self.year.map(|y| y.to_string())),
        ]
    }
}

/// A year from a URL: a number in range, or a clear note about what was done.
pub fn parse_year(raw: &str) -> (Option<i32>, Option<String>) {
    let shown: String = raw.chars().take(24).collect();
    match raw.trim().parse::<i64>() {
        Ok(y) if (FIRST_YEAR as i64..=LAST_YEAR as i64).contains(&y) => (Some(y as i32), None),
        Ok(y) => {
            let c = y.clamp(FIRST_YEAR as i64, LAST_YEAR as i64) as i32;
            (
                Some(c),
                Some(format!(
                    "The map covers {FIRST_YEAR}–{LAST_YEAR}; the link asked for {shown}, so it shows {c}."
                )),
            )
        }
        Err(_) => (
            None,
            Some(format!(
                "“{shown}” in the link is not a year; the map shows every deployment instead."
            )),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::url::{build_query, parse_query};

    #[test]
    fn url_years_parse_or_explain() {
        assert_eq!(parse_year("1994"), (Some(1994), None));
        let (y, note) = parse_year("99999");
        assert_eq!(y, Some(LAST_YEAR));
        assert!(note.unwrap().contains("99999"));
        let (y, note) = parse_year("1900");
        assert_eq!(y, Some(1960));
        assert!(note.is_some());
        let (y, note) = parse_year("abc");
        assert_eq!(y, None);
        assert!(note.unwrap().contains("abc"));
        let long = "9".repeat(500);
        let (y, note) = parse_year(&long);
        assert_eq!(y, None);
        assert!(note.unwrap().chars().count() < 120);
    }

    fn parse(q: &str) -> (UrlState, UrlNotes) {
        UrlState::parse(&parse_query(q), |id| id == "onuc" || id == "unosom")
    }

    #[test]
    fn url_state_round_trips() {
        let (s, notes) = parse("?mission=unosom&year=1994");
        assert_eq!(
            s,
            UrlState {
                mission: Some("unosom".into()),
                year: Some(1994)
            }
        );
        assert_eq!(notes, UrlNotes::default());
        let q = build_query(&s.to_query());
        assert_eq!(q, "?mission=unosom&year=1994");
        assert_eq!(parse(&q).0, s);
        assert_eq!(build_query(&UrlState::default().to_query()), "");
        assert_eq!(parse("").0, UrlState::default());
    }

    #[test]
    fn url_junk_is_explained() {
        let (s, notes) = parse("?mission=%3Cb%3Enope&year=abc");
        assert_eq!(s, UrlState::default());
        assert!(notes.year.unwrap().contains("abc"));
        assert_eq!(
            notes.mission.as_deref(),
            Some("There is no deployment “<b>nope” on this map; choose one on the map or in the table.")
        );
        let (s, notes) = parse("?year=1900&mission=onuc&mission=nope");
        assert_eq!((s.year, s.mission.as_deref()), (Some(1960), Some("onuc")));
        assert!(notes.year.is_some() && notes.mission.is_none());
        let long = "x".repeat(500);
        let (_, notes) = parse(&format!("?mission={long}"));
        assert!(notes.mission.unwrap().chars().count() < 140);
        let (_, notes) = parse("?mission=");
        assert!(
            notes.mission.is_some(),
            "an empty id is named, as any unknown one"
        );
    }
}
