//! The content as chart inputs: dated figures with who gave them, as
//! fractional years and plain numbers.

use super::series::{pairs, Said};
use crate::content::{Content, DateSpec, DatedFigure, Mission, MissionKind, Status, Teller};

/// The series of Pakistanis deployed at a time (UN statistics and Pakistani
/// statements), and of Pakistan's rank among contributors.
pub const DEPLOYED: [&str; 2] = ["peaks", "deployed-now"];
pub const RANK: &str = "rank";
pub const SERVED: &str = "total-deployed";
pub const DEATHS: &str = "deaths";
pub const UN_DEATHS: &str = "un-deaths-total";
pub const DEATH_SHARE: &str = "un-death-share";

/// Who gave a figure, in the three groups the contribution chart tells apart.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Voice {
    Un,
    Pakistan,
    Other,
}

impl Voice {
    pub fn of(t: Teller) -> Voice {
        if t == Teller::Un {
            Voice::Un
        } else if t.is_pakistani_official() {
            Voice::Pakistan
        } else {
            Voice::Other
        }
    }
}

/// Disagreeing statements among `obs`: pairs of indices from different
/// groups (`group`, e.g. who said it) given within `window` years of each
/// other that differ by at least `min_rel` of the larger.
pub fn disagreements(
    obs: &[Obs],
    group: impl Fn(&Obs) -> u8,
    window: f64,
    min_rel: f64,
) -> Vec<(usize, usize)> {
    let said: Vec<Said> = obs
        .iter()
        .map(|o| Said {
            x: o.x,
            value: o.value,
            group: group(o),
        })
        .collect();
    pairs(&said, window, min_rel)
}

/// One dated figure, placed in time.
#[derive(Clone, Debug, PartialEq)]
pub struct Obs<'a> {
    pub fig: &'a DatedFigure,
    /// The middle of the date's span, and the span, as fractional years.
    pub x: f64,
    pub x0: f64,
    pub x1: f64,
    /// The number to plot (the middle of a range).
    pub value: f64,
    pub by: Teller,
    /// Pakistan's rank among contributors at the same date, if given.
    pub rank: Option<u64>,
}

impl Obs<'_> {
    pub fn voice(&self) -> Voice {
        Voice::of(self.by)
    }
    /// `more than 2,600`, `about 8,395`.
    pub fn display(&self) -> String {
        self.fig.quantity.display()
    }
    pub fn date(&self) -> &DateSpec {
        &self.fig.date
    }
}

/// Where a date sits in time: (start, middle, end) as fractional years.
pub fn span(d: &DateSpec) -> (f64, f64, f64) {
    let (a, b) = (d.start_fraction(), d.end_fraction(d.start_fraction() + 1.0));
    (a, (a + b) / 2.0, b)
}

fn obs(f: &DatedFigure) -> Obs<'_> {
    let (x0, x, x1) = span(&f.date);
    Obs {
        fig: f,
        x,
        x0,
        x1,
        value: f.quantity.central() as f64,
        by: f.by.unwrap_or(Teller::Press),
        rank: None,
    }
}

/// Every point of the series `ids`, sorted by date.
pub fn series<'a>(c: &'a Content, ids: &[&str]) -> Vec<Obs<'a>> {
    let mut out: Vec<Obs> = ids
        .iter()
        .filter_map(|id| c.series(id))
        .flat_map(|s| s.points.iter().map(obs))
        .collect();
    crate::sort::sort_by(&mut out, |a, b| {
        a.x.total_cmp(&b.x).then(a.value.total_cmp(&b.value))
    });
    out
}

/// Pakistanis on UN duty at a time, each with the rank given for the same
/// date (the rank series' date written the same way).
pub fn contribution(c: &Content) -> Vec<Obs<'_>> {
    let ranks: Vec<(String, u64)> = c
        .series(RANK)
        .map(|s| {
            s.points
                .iter()
                .map(|p| (p.date.source_text(), p.quantity.value))
                .collect()
        })
        .unwrap_or_default();
    let mut out = series(c, &DEPLOYED);
    for o in &mut out {
        let when = o.fig.date.source_text();
        o.rank = ranks.iter().find(|(d, _)| *d == when).map(|(_, r)| *r);
    }
    out
}

/// The latest day a deployment still under way is drawn to.
pub const NOW: f64 = 2026.9;

/// A deployment as a span of years with its largest reported contingent.
#[derive(Clone, Debug, PartialEq)]
pub struct Deployment<'a> {
    pub mission: &'a Mission,
    pub start: f64,
    pub end: f64,
    pub ongoing: bool,
    /// The largest contingent figure given (its middle), if any.
    pub largest: Option<&'a DatedFigure>,
}

/// Every deployment with its span, by start (UNMOGIP, hosted by Pakistan
/// since 1949, is not a deployment and is left out).
pub fn deployments(c: &Content) -> Vec<Deployment<'_>> {
    let mut out: Vec<Deployment> = c
        .missions
        .iter()
        .filter(|m| m.kind != MissionKind::Hosted)
        .map(|m| Deployment {
            mission: m,
            start: m.years.start_fraction(),
            end: m.years.end_fraction(NOW).min(NOW),
            ongoing: matches!(m.years.end, Some(None)),
            largest: m.contingent.iter().max_by_key(|f| f.quantity.central()),
        })
        .collect();
    crate::sort::sort_by(&mut out, |a, b| {
        a.start.total_cmp(&b.start).then(a.end.total_cmp(&b.end))
    });
    out
}

/// The UN deployments Pakistan served in (not a hosted mission, a force not
/// joined, or a bilateral deployment), by start.
pub fn un_deployments(c: &Content) -> Vec<Deployment<'_>> {
    deployments(c)
        .into_iter()
        .filter(|d| {
            d.mission.kind == MissionKind::UnPeacekeeping && d.mission.status != Status::Prospective
        })
        .collect()
}

/// A claim about Pakistan's share of all peacekeeping deaths, and the check:
/// Pakistani deaths over the UN's count nearest in time.
#[derive(Clone, Debug, PartialEq)]
pub struct ShareCheck<'a> {
    pub claim: Obs<'a>,
    pub deaths: Obs<'a>,
    pub un_total: Obs<'a>,
}

impl ShareCheck<'_> {
    /// Pakistani deaths as a percentage of all peacekeeping deaths.
    pub fn share(&self) -> f64 {
        100.0 * self.deaths.value / self.un_total.value
    }
}

fn nearest<'a, 'b>(xs: &'b [Obs<'a>], x: f64) -> Option<&'b Obs<'a>> {
    xs.iter()
        .min_by(|a, b| (a.x - x).abs().total_cmp(&(b.x - x).abs()))
}

/// Every claim of a share (not this site's own calculation) with its check.
pub fn share_checks(c: &Content) -> Vec<ShareCheck<'_>> {
    let deaths = series(c, &[DEATHS]);
    let totals = series(c, &[UN_DEATHS]);
    series(c, &[DEATH_SHARE])
        .into_iter()
        .filter(|o| o.by != Teller::ThisSite)
        .filter_map(|claim| {
            let un_total = nearest(&totals, claim.x)?.clone();
            let deaths = nearest(&deaths, un_total.x)?.clone();
            Some(ShareCheck {
                claim,
                deaths,
                un_total,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::content;

    #[test]
    fn contribution_reads_both_series_in_order_with_ranks() {
        let c = content();
        let obs = contribution(c);
        assert!(obs.len() >= 12, "{}", obs.len());
        assert!(obs.windows(2).all(|w| w[0].x <= w[1].x));
        // both kinds of source are there
        assert!(obs.iter().any(|o| o.voice() == Voice::Un));
        assert!(obs.iter().any(|o| o.voice() == Voice::Pakistan));
        // ranks found for some dates, and they are plausible
        let ranked: Vec<u64> = obs.iter().filter_map(|o| o.rank).collect();
        assert!(ranked.len() >= 5, "{ranked:?}");
        assert!(ranked.iter().all(|&r| (1..=20).contains(&r)));
        // every figure in figures.json says who gave it (the loader checks too)
        for s in &c.figures {
            assert!(s.points.iter().all(|p| p.by.is_some()), "{}", s.id);
        }
    }

    #[test]
    fn a_year_sits_in_its_middle_and_a_month_near_its_start() {
        let y = DateSpec::parse("2009").unwrap();
        let (a, m, b) = span(&y);
        assert!(
            (a - 2009.0).abs() < 1e-9 && (b - 2010.0).abs() < 1e-9 && (m - 2009.5).abs() < 1e-9
        );
        let (_, m, _) = span(&DateSpec::parse("2005-01").unwrap());
        assert!((m - 2005.04).abs() < 0.01);
        let (a, _, b) = span(&DateSpec::parse("2020/2022").unwrap());
        assert!((a - 2020.0).abs() < 1e-9 && (b - 2023.0).abs() < 1e-9);
    }

    #[test]
    fn deployments_leave_out_the_hosted_mission_and_run_to_now_if_ongoing() {
        let d = deployments(content());
        assert!(d.iter().all(|x| x.mission.kind != MissionKind::Hosted));
        assert!(d.windows(2).all(|w| w[0].start <= w[1].start));
        assert!(d.iter().all(|x| x.start <= x.end && x.end <= NOW));
        assert!(d.iter().any(|x| x.ongoing && (x.end - NOW).abs() < 1e-9));
        assert!(d.iter().filter(|x| x.largest.is_some()).count() >= 10);
    }

    #[test]
    fn the_share_claims_are_checked_against_the_nearest_un_count() {
        let checks = share_checks(content());
        assert!(checks.len() >= 2);
        for ch in &checks {
            assert!(ch.claim.value >= 9.0, "the claims say about 10%");
            let s = ch.share();
            assert!((3.0..6.0).contains(&s), "the check gives about 4-5%: {s}");
        }
    }
}
