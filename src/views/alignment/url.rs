//! The explorer's state in the address bar: `?year=YYYY&w=security:2,…&option=ID`.
//! The year is always written; the weights only when they differ from the
//! editors' default. Junk falls back to the defaults, with a note for refused
//! weights and for an unknown option.

use super::scoring::{self, Weights};
use crate::content::Alignment;
use crate::url::{get, QueryState};

/// What the URL holds (with the coding it belongs to, which names the dimensions).
#[derive(Clone, Debug, PartialEq)]
pub struct UrlState<'a> {
    pub alignment: &'a Alignment,
    pub year: i32,
    pub weights: Weights,
    /// The Gaza option shown.
    pub option: Option<String>,
}

/// What a link asked for that the explorer could not show as asked.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct UrlNotes {
    pub weights: Option<String>,
    pub option: Option<String>,
}

impl<'a> UrlState<'a> {
    /// Reads the state from query pairs; `known_option` says which options exist.
    pub fn parse(
        pairs: &[(String, String)],
        a: &'a Alignment,
        known_option: impl Fn(&str) -> bool,
    ) -> (UrlState<'a>, UrlNotes) {
        let year = get(pairs, "year")
            .and_then(|y| y.trim().parse::<i32>().ok())
            .map(|y| scoring::clamp_year(a, y))
            .unwrap_or(a.last_year);
        let (weights, weights_note) = match get(pairs, "w") {
            Some(s) => parse_weights(a, s),
            None => (Weights::default_for(a), None),
        };
        let raw_option = get(pairs, "option");
        let option = raw_option.filter(|o| known_option(o)).map(str::to_string);
        let option_note = raw_option.filter(|o| !known_option(o)).map(|o| {
            let o: String = o.chars().take(40).collect();
            format!("The option “{o}” in the link does not exist; choose one below.")
        });
        (
            UrlState {
                alignment: a,
                year,
                weights,
                option,
            },
            UrlNotes {
                weights: weights_note,
                option: option_note,
            },
        )
    }
}

impl QueryState for UrlState<'_> {
    fn to_query(&self) -> Vec<(&'static str, Option<String>)> {
        let a = self.alignment;
        let w = (self.weights != Weights::default_for(a)).then(|| format_weights(a, &self.weights));
        vec![
            ("year", Some(self.year.to_string())),
            ("w", w),
            ("option", self.option.clone()),
        ]
    }
}

/// Parses `security:2,economic:1,diplomatic:1`. Unknown dimensions and missing
/// ones keep the default; returns the weights and a message if any part was refused.
pub fn parse_weights(a: &Alignment, s: &str) -> (Weights, Option<String>) {
    let mut w = Weights::default_for(a).0;
    let mut problems = Vec::new();
    for part in s.split(',').filter(|p| !p.trim().is_empty()) {
        let Some((k, v)) = part.split_once(':') else {
            problems.push(format!("`{part}` is not dimension:weight"));
            continue;
        };
        let Some(di) = a.dimensions.iter().position(|d| d.id == k.trim()) else {
            problems.push(format!("`{}` is not a dimension", k.trim()));
            continue;
        };
        match v.trim().parse::<f64>() {
            Ok(x) => w[di] = x,
            Err(_) => problems.push(format!("`{}` is not a number", v.trim())),
        }
    }
    match Weights::validate(a, w) {
        Ok(ok) if problems.is_empty() => (ok, None),
        Ok(ok) => (
            ok,
            Some(format!(
                "Some weights in the link were ignored: {}.",
                problems.join("; ")
            )),
        ),
        Err(e) => (
            Weights::default_for(a),
            Some(format!(
                "The weights in the link were refused ({e}) The editors' default is shown."
            )),
        ),
    }
}

/// Formats weights for the URL: `security:2,economic:1,diplomatic:1`.
pub fn format_weights(a: &Alignment, w: &Weights) -> String {
    a.dimensions
        .iter()
        .zip(&w.0)
        .map(|(d, v)| format!("{}:{}", d.id, trim_num(*v)))
        .collect::<Vec<_>>()
        .join(",")
}

fn trim_num(v: f64) -> String {
    let s = format!("{v:.2}");
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::content;
    use crate::url::{build_query, parse_query};
    use crate::views::alignment::scoring::tests::base;

    fn parse<'a>(a: &'a Alignment, q: &str) -> (UrlState<'a>, UrlNotes) {
        UrlState::parse(&parse_query(q), a, |o| o == "contribute" || o == "decline")
    }

    fn alignment() -> &'static Alignment {
        content().alignment.as_ref().expect("the alignment coding")
    }

    #[test]
    fn url_state_round_trips() {
        let a = alignment();
        let dims: Vec<&str> = a.dimensions.iter().map(|d| d.id.as_str()).collect();
        let w = format!("{}:2,{}:0.5", dims[0], dims[1]);
        let (s, notes) = parse(a, &format!("?year=1971&w={w}&option=decline"));
        assert_eq!(notes, UrlNotes::default());
        assert_eq!((s.year, s.option.as_deref()), (1971, Some("decline")));
        assert_eq!((s.weights.0[0], s.weights.0[1]), (2.0, 0.5));
        let q = build_query(&s.to_query());
        assert_eq!(parse(a, &q).0, s);
        // defaults: the year is always written, the default weights are not
        let (d, _) = parse(a, "");
        assert_eq!(d.year, a.last_year);
        assert_eq!(d.weights, Weights::default_for(a));
        assert_eq!(build_query(&d.to_query()), format!("?year={}", a.last_year));
    }

    #[test]
    fn url_junk_falls_back_with_notes() {
        let a = alignment();
        let (s, notes) = parse(a, "?year=abc&w=colour:3&option=%3Cscript%3E");
        assert_eq!(s.year, a.last_year);
        assert_eq!(s.weights, Weights::default_for(a));
        assert_eq!(s.option, None);
        assert!(notes
            .weights
            .unwrap()
            .contains("`colour` is not a dimension"));
        assert_eq!(
            notes.option.as_deref(),
            Some("The option “<script>” in the link does not exist; choose one below.")
        );
        let (s, _) = parse(a, "?year=99999");
        assert_eq!(s.year, a.last_year);
        let (s, _) = parse(a, "?year=-5");
        assert_eq!(s.year, a.first_year);
        let (s, _) = parse(a, "?year=%201990%20");
        assert_eq!(s.year, 1990);
        let long = "x".repeat(500);
        let (_, notes) = parse(a, &format!("?option={long}"));
        assert!(notes.option.unwrap().chars().count() < 100);
    }

    #[test]
    fn url_weights_parse_and_refuse_junk() {
        let a = base();
        let (w, msg) = parse_weights(&a, "security:2,economic:1,diplomatic:0.5");
        assert_eq!((w.0, msg), (vec![2.0, 1.0, 0.5], None));
        assert_eq!(
            format_weights(&a, &Weights(vec![2.0, 1.0, 0.5])),
            "security:2,economic:1,diplomatic:0.5"
        );
        let (w, msg) = parse_weights(&a, "security:NaN");
        assert_eq!(w, Weights::default_for(&a));
        assert!(msg.unwrap().contains("must be a number"));
        let (w, msg) = parse_weights(&a, "security:0,economic:0,diplomatic:0");
        assert_eq!(w, Weights::default_for(&a));
        assert!(msg.unwrap().contains("At least one weight"));
        let (w, msg) = parse_weights(&a, "colour:3,security:4");
        assert_eq!(w.0, vec![4.0, 1.0, 1.0]);
        assert!(msg.unwrap().contains("`colour` is not a dimension"));
        let (w, _) = parse_weights(&a, "security:-5");
        assert_eq!(w, Weights::default_for(&a));
    }
}
