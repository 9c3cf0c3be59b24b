//! The deployments as the map shows them: which are active in a year, how
//! each is drawn and how large, the sourced personnel figures for a year, and
//! the table's sort orders.

use crate::content::{Content, DatedFigure, Mission, MissionKind, Series, Status};

/// The year slider's range.
pub const FIRST_YEAR: i32 = 1960;
pub const LAST_YEAR: i32 = 2026;
/// Deployments still under way count as active up to this year.
pub const OPEN_UNTIL: i32 = LAST_YEAR;

// ----------------------------------------------------------------- years ----

/// Did Pakistan take part in (or host, or consider) this deployment in `year`?
pub fn active_in(m: &Mission, year: i32) -> bool {
    m.years.covers_year(year, OPEN_UNTIL)
}

/// Missions shown for a year (`None`: every deployment, all years).
pub fn shown(missions: &[Mission], year: Option<i32>) -> Vec<usize> {
    (0..missions.len())
        .filter(|&i| year.is_none_or(|y| active_in(&missions[i], y)))
        .collect()
}

/// First and last year of participation, clamped to the slider's range.
pub fn year_span(m: &Mission) -> (i32, i32) {
    let first = m.years.start.year;
    let last = match m.years.end {
        None => first,
        Some(Some(e)) => e.year,
        Some(None) => OPEN_UNTIL,
    };
    (
        first.clamp(FIRST_YEAR, LAST_YEAR),
        last.clamp(FIRST_YEAR, LAST_YEAR),
    )
}

// --------------------------------------------------------------- markers ----

/// How a deployment is drawn (shape and pattern, never colour alone).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MarkerStyle {
    /// A UN operation Pakistan has left: a filled circle.
    Ended,
    /// A UN operation with Pakistanis serving now: a circle with a thick ring.
    Ongoing,
    /// The UN mission on Pakistan's own soil: a square.
    Hosted,
    /// Discussed, no troops committed, not a UN force: a dashed diamond.
    Prospective,
    /// Forces sent under an agreement between two states, not the UN: a triangle.
    Bilateral,
}

impl MarkerStyle {
    pub fn of(m: &Mission) -> MarkerStyle {
        match (m.kind, m.status) {
            (MissionKind::Bilateral, _) => MarkerStyle::Bilateral,
            (_, Status::Prospective) | (MissionKind::NonUn, _) => MarkerStyle::Prospective,
            (MissionKind::Hosted, _) => MarkerStyle::Hosted,
            (_, Status::Ongoing) => MarkerStyle::Ongoing,
            (_, Status::Ended) => MarkerStyle::Ended,
        }
    }
    pub fn class(self) -> &'static str {
        match self {
            MarkerStyle::Ended => "ended",
            MarkerStyle::Ongoing => "ongoing",
            MarkerStyle::Hosted => "hosted",
            MarkerStyle::Prospective => "prospective",
            MarkerStyle::Bilateral => "bilateral",
        }
    }
    /// The key's words for the style, in the page's language.
    pub fn label(self) -> &'static str {
        crate::i18n::t().map.styles[self as usize]
    }
}

/// The contingent figure the map sizes by (the first one listed), if any.
pub fn contingent(m: &Mission) -> Option<&DatedFigure> {
    m.contingent.first()
}

/// Diameter in CSS pixels of the drawn symbol: area grows with the contingent
/// (about 12 px for a handful, about 34 px for 6,000); `None` when unknown.
pub fn symbol_px(m: &Mission) -> Option<f64> {
    contingent(m).map(|f| {
        let n = f.quantity.central().min(12_000) as f64;
        12.0 + 22.0 * (n / 6000.0).sqrt()
    })
}

/// Hit targets are never smaller than 24 by 24 CSS pixels (WCAG 2.5.8).
pub const MIN_TARGET_PX: f64 = 24.0;

/// Diameter of a marker's drawn symbol when its size is not known.
pub const UNKNOWN_PX: f64 = 14.0;

/// Width (CSS px) of a marker's button: its symbol, never under [`MIN_TARGET_PX`].
pub fn target_px(m: &Mission) -> f64 {
    symbol_px(m).unwrap_or(UNKNOWN_PX).max(MIN_TARGET_PX)
}

// ------------------------------------------------------------- summaries ----

/// Series whose points are Pakistani personnel deployed at a date.
pub const DEPLOYED_SERIES: [&str; 2] = ["peaks", "deployed-now"];

/// Sourced figures of Pakistani personnel deployed during `year`.
pub fn personnel_in(c: &Content, year: i32) -> Vec<(&Series, &DatedFigure)> {
    c.figures
        .iter()
        .filter(|s| DEPLOYED_SERIES.contains(&s.id.as_str()))
        .flat_map(|s| s.points.iter().map(move |p| (s, p)))
        .filter(|(_, p)| p.date.covers_year(year, year))
        .collect()
}

// --------------------------------------------------------------- sorting ----

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SortKey {
    Mission,
    Host,
    Years,
    Contingent,
    Fatalities,
}

impl SortKey {
    pub const ALL: [SortKey; 5] = [
        SortKey::Mission,
        SortKey::Host,
        SortKey::Years,
        SortKey::Contingent,
        SortKey::Fatalities,
    ];
    /// The column's heading, in the page's language.
    pub fn label(self) -> &'static str {
        crate::i18n::t().map.columns[self as usize]
    }
}

/// Row order for the table. Unknown sizes and tolls sort last either way.
pub fn sorted(missions: &[Mission], key: SortKey, ascending: bool) -> Vec<usize> {
    use std::cmp::Ordering;
    let mut idx: Vec<usize> = (0..missions.len()).collect();
    let num = |m: &Mission| -> Option<u64> {
        match key {
            SortKey::Contingent => contingent(m).map(|f| f.quantity.central()),
            SortKey::Fatalities => m.fatalities.as_ref().map(|f| f.quantity.central()),
            _ => None,
        }
    };
    crate::sort::sort_by(&mut idx, |&a, &b| {
        let (ma, mb) = (&missions[a], &missions[b]);
        let dir = |o: Ordering| if ascending { o } else { o.reverse() };
        let primary = match key {
            SortKey::Mission => dir(ma.acronym.to_lowercase().cmp(&mb.acronym.to_lowercase())),
            SortKey::Host => dir(ma.host.name.cmp(&mb.host.name)),
            SortKey::Years => dir(ma
                .years
                .start_fraction()
                .total_cmp(&mb.years.start_fraction())),
            SortKey::Contingent | SortKey::Fatalities => match (num(ma), num(mb)) {
                (Some(x), Some(y)) => dir(x.cmp(&y)),
                (Some(_), None) => Ordering::Less,
                (None, Some(_)) => Ordering::Greater,
                (None, None) => Ordering::Equal,
            },
        };
        primary.then_with(|| {
            ma.years
                .start_fraction()
                .total_cmp(&mb.years.start_fraction())
        })
    });
    idx
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::content;

    fn mission(id: &str) -> &'static Mission {
        content().mission(id).unwrap()
    }

    #[test]
    fn active_years_follow_the_dates_as_written() {
        // closed ranges, inclusive of both years
        assert!(active_in(mission("unosom"), 1992));
        assert!(active_in(mission("unosom"), 1995));
        assert!(!active_in(mission("unosom"), 1996));
        // a single approximate year
        assert!(active_in(mission("minusma"), 2023));
        assert!(!active_in(mission("minusma"), 2022));
        // open ranges run to the end of the slider
        assert!(active_in(mission("minusca"), 2025));
        assert!(!active_in(mission("minusca"), 2013));
        // UNMOGIP since 1949: every year on the slider
        assert!((FIRST_YEAR..=LAST_YEAR).all(|y| active_in(mission("unmogip"), y)));
        // the ISF only in 2025
        assert!(active_in(mission("gaza-isf"), 2025));
        assert!(!active_in(mission("gaza-isf"), 2024));
    }

    #[test]
    fn shown_for_known_years() {
        let c = content();
        let ids = |y: Option<i32>| -> Vec<&str> {
            shown(&c.missions, y)
                .into_iter()
                .map(|i| c.missions[i].id.as_str())
                .collect()
        };
        assert_eq!(ids(Some(1961)), vec!["onuc", "unmogip"]);
        let y1994 = ids(Some(1994));
        for id in ["unosom", "unprofor", "unamir", "unikom", "unmogip"] {
            assert!(y1994.contains(&id), "1994 lacks {id}: {y1994:?}");
        }
        assert!(!y1994.contains(&"onuc"));
        assert_eq!(ids(None).len(), c.missions.len());
    }

    #[test]
    fn year_spans_clamp_to_the_slider() {
        assert_eq!(year_span(mission("unmogip")), (1960, LAST_YEAR));
        assert_eq!(year_span(mission("onuc")), (1960, 1964));
        assert_eq!(year_span(mission("minusma")), (2023, 2023));
    }

    #[test]
    fn marker_styles_and_sizes() {
        assert_eq!(MarkerStyle::of(mission("unmogip")), MarkerStyle::Hosted);
        assert_eq!(
            MarkerStyle::of(mission("gaza-isf")),
            MarkerStyle::Prospective
        );
        assert_eq!(MarkerStyle::of(mission("minusca")), MarkerStyle::Ongoing);
        assert_eq!(MarkerStyle::of(mission("onuc")), MarkerStyle::Ended);
        let big = symbol_px(mission("unosom")).unwrap();
        let small = symbol_px(mission("minurso")).unwrap();
        assert!(big > small && big <= 40.0 && small >= 12.0, "{big} {small}");
        assert_eq!(symbol_px(mission("unyom")), None);
    }

    #[test]
    fn personnel_figures_for_a_year_are_sourced() {
        let c = content();
        let f2010 = personnel_in(c, 2010);
        assert_eq!(f2010.len(), 1);
        assert_eq!(f2010[0].1.quantity.value, 10635);
        assert!(!f2010[0].1.sources.is_empty());
        // 2024: two figures that differ, both shown
        assert!(personnel_in(c, 2024).len() >= 2);
        assert!(personnel_in(c, 1994).is_empty());
        for s in DEPLOYED_SERIES {
            assert!(c.figures.iter().any(|f| f.id == s), "series {s} missing");
        }
    }

    #[test]
    fn table_sorts_with_unknowns_last() {
        let c = content();
        let ms = &c.missions;
        let by_size = sorted(ms, SortKey::Contingent, false);
        // the reported Saudi deployment (about 8,000) is larger than any UN contingent
        assert_eq!(ms[by_size[0]].id, "saudi-deployment");
        let un = sorted(ms, SortKey::Contingent, false)
            .into_iter()
            .find(|&i| ms[i].kind == MissionKind::UnPeacekeeping)
            .unwrap();
        assert_eq!(ms[un].id, "unosom");
        let last_known = by_size
            .iter()
            .rposition(|&i| contingent(&ms[i]).is_some())
            .unwrap();
        assert!(by_size[last_known + 1..]
            .iter()
            .all(|&i| contingent(&ms[i]).is_none()));
        let up = sorted(ms, SortKey::Contingent, true);
        assert_eq!(ms[up[0]].id, "minurso");
        assert!(contingent(&ms[*up.last().unwrap()]).is_none());
        let by_year = sorted(ms, SortKey::Years, true);
        assert_eq!(ms[by_year[0]].id, "unmogip");
        let by_name = sorted(ms, SortKey::Mission, true);
        assert!(ms[by_name[0]].acronym <= ms[by_name[1]].acronym);
    }
}
