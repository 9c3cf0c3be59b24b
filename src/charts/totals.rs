//! The changing official totals: personnel who have served since 1960 and
//! deaths, as two panels over the same years, one mark per statement with
//! its shape by who gave it; statements of about the same date that disagree
//! are joined by a dashed bracket.

use super::data::Obs;
use super::scale::{nice_step, year_ticks, Linear};
use super::svg::{Anchor, Mark, Scene, Shape};
use super::Frame;
use crate::content::{group_thousands, Teller};

pub const FIRST: f64 = 2011.5;
pub const LAST: f64 = 2026.5;
/// Statements this far apart (years) count as "about the same date".
pub const WINDOW: f64 = 0.12;
/// And disagree when they differ by at least this share of the larger.
pub const MIN_REL: f64 = 0.01;

pub fn width(frame: Frame) -> f64 {
    match frame {
        Frame::Wide => 640.0,
        Frame::Narrow => 340.0,
    }
}

/// The class and shape of a statement's mark by who gave it.
pub fn style(by: Teller) -> (&'static str, Shape) {
    match by {
        Teller::Un => ("dot un", Shape::Circle),
        Teller::ArmedForces => ("dot pk", Shape::Diamond),
        Teller::ForeignOffice | Teller::Government => ("dot pk", Shape::Square),
        Teller::PrimeMinister => ("dot pk", Shape::Triangle),
        Teller::UnMission => ("dot pk", Shape::Circle),
        _ => ("dot other", Shape::Square),
    }
}

/// Disagreeing statements: pairs of indices from different tellers.
pub fn disagreements(obs: &[Obs]) -> Vec<(usize, usize)> {
    super::data::disagreements(obs, |o| o.by as u8, WINDOW, MIN_REL)
}

/// A value axis for a panel: round bounds around the values (not from zero:
/// the differences are the point; the ticks say where the axis starts).
pub fn bounds(obs: &[Obs]) -> (f64, f64) {
    let lo = obs.iter().map(|o| o.value).fold(f64::INFINITY, f64::min);
    let hi = obs.iter().map(|o| o.value).fold(0.0, f64::max);
    if !lo.is_finite() {
        return (0.0, 1.0);
    }
    let step = nice_step((hi - lo).max(1.0), 3);
    ((lo / step).floor() * step, (hi / step).ceil() * step)
}

/// One panel's marks between `t` and `b`, with its heading above `t`.
fn panel(
    s: &mut Scene,
    obs: &[Obs],
    heading: &str,
    x: &Linear,
    (l, t, r, b): (f64, f64, f64, f64),
) {
    s.text(l, t - 8.0, heading, Anchor::Start, "note");
    let (lo, hi) = bounds(obs);
    let y = Linear::new((lo, hi), (b, t));
    for v in y.ticks(3) {
        let yy = y.at(v);
        s.rule(l, yy, r, yy, "grid");
        s.text(
            l - 6.0,
            yy + 4.0,
            group_thousands(v as u64),
            Anchor::End,
            "tick",
        );
    }
    s.rule(l, b, r, b, "axis");
    let pt = |o: &Obs| (x.at(o.x), y.at(o.value));
    for (i, j) in disagreements(obs) {
        s.pair_bracket(pt(&obs[i]), pt(&obs[j]));
    }
    for o in obs {
        let (class, shape) = style(o.by);
        let (px, py) = pt(o);
        s.push(Mark::Dot {
            x: px,
            y: py,
            r: 4.0,
            shape,
            class,
        });
    }
}

/// The chart laid out for `frame`: served above, deaths below.
pub fn scene(served: &[Obs], deaths: &[Obs], headings: [&str; 2], frame: Frame) -> Scene {
    let w = width(frame);
    let tick = frame.tick_size();
    let (l, r) = (if frame == Frame::Wide { 60.0 } else { 52.0 }, w - 10.0);
    let x = Linear::new((FIRST, LAST), (l, r));
    let (t1, b1) = (24.0, 120.0);
    let (t2, b2) = (b1 + 36.0, b1 + 36.0 + 80.0);
    let mut s = Scene::new(w, b2 + 26.0);
    panel(&mut s, served, headings[0], &x, (l, t1, r, b1));
    panel(&mut s, deaths, headings[1], &x, (l, t2, r, b2));
    let max_years = if frame == Frame::Wide { 8 } else { 4 };
    for yr in year_ticks(FIRST.ceil() as i32, LAST.floor() as i32, max_years) {
        let xx = x.at(yr as f64);
        s.rule(xx, b2, xx, b2 + 4.0, "axis");
        s.text(xx, b2 + 6.0 + tick, yr.to_string(), Anchor::Middle, "tick");
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::data::{series, DEATHS, SERVED};
    use crate::content::content;

    #[test]
    fn every_statement_is_a_mark_and_the_known_disagreements_are_pairs() {
        let c = content();
        let (served, deaths) = (series(c, &[SERVED]), series(c, &[DEATHS]));
        assert!(served.len() >= 10 && deaths.len() >= 10);
        // May 2024: the armed forces' 235,000 and the Prime Minister's 230,000
        let p = disagreements(&served);
        let said = |i: usize| served[i].value as u64;
        assert!(
            p.iter().any(|&(i, j)| [said(i), said(j)].contains(&235_000)
                && [said(i), said(j)].contains(&230_000)),
            "{p:?}"
        );
        // May 2023: the armed forces' 171 deaths and the UN's 168
        let q = disagreements(&deaths);
        let d = |i: usize| deaths[i].value as u64;
        assert!(
            q.iter()
                .any(|&(i, j)| [d(i), d(j)] == [171, 168] || [d(i), d(j)] == [168, 171]),
            "{q:?}"
        );
        // the same figure from two tellers is not a disagreement
        assert!(q.iter().all(|&(i, j)| d(i) != d(j)));
        for f in Frame::BOTH {
            let s = scene(&served, &deaths, ["a", "b"], f);
            let dots = s
                .marks
                .iter()
                .filter(|m| matches!(m, Mark::Dot { .. }))
                .count();
            assert_eq!(dots, served.len() + deaths.len());
            assert!(s.marks.iter().all(|m| match m {
                Mark::Dot { x, y, .. } => *x > 0.0 && *x < s.width && *y > 0.0 && *y < s.height,
                _ => true,
            }));
        }
    }

    #[test]
    fn value_bounds_are_round_and_hold_every_value() {
        let c = content();
        let served = series(c, &[SERVED]);
        let (lo, hi) = bounds(&served);
        assert!(served.iter().all(|o| o.value >= lo && o.value <= hi));
        assert!(lo > 0.0, "not from zero: the differences are the point");
        assert_eq!(lo % 10_000.0, 0.0);
    }
}
