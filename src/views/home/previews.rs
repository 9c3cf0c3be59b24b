//! Miniatures of the three views for the home page, drawn from the same
//! content as the views themselves (not screenshots): the deployments on a
//! small world map (the map's own projection), every event of the timeline as
//! a dot in its year, and the alignment explorer's three partner lines with
//! its default weights. Pure: each returns compact SVG geometry, tested
//! natively. The home page borrows the map's projection and the explorer's
//! scoring (the one place a view reads another view's logic: a preview must
//! draw what the view draws).

use crate::content::{Content, Mission};
use crate::views::alignment::scoring::{partners, strengths, Weights};
use crate::views::map::logic::{project, symbol_px, MarkerStyle};
use crate::views::map::world::{HEIGHT, MINI_DIV, WIDTH};

/// The miniature map's viewBox: the map's, divided by `MINI_DIV`.
pub fn map_box() -> (f64, f64) {
    (WIDTH / MINI_DIV, HEIGHT / MINI_DIV)
}

/// A deployment on the miniature: where, how big (the map's size rule,
/// scaled), and its marker's class (`ongoing`, `prospective`...).
#[derive(Clone, Debug, PartialEq)]
pub struct Dot {
    pub x: f64,
    pub y: f64,
    pub r: f64,
    pub class: &'static str,
}

/// Every deployment, smallest drawn last so none hides under a larger one.
pub fn map_dots(c: &Content) -> Vec<Dot> {
    let mut dots: Vec<Dot> = c
        .missions
        .iter()
        .map(|m: &Mission| {
            let (x, y) = project(m.location.lon, m.location.lat);
            Dot {
                x: x / MINI_DIV,
                y: y / MINI_DIV,
                r: symbol_px(m).unwrap_or(12.0) / 7.0,
                class: MarkerStyle::of(m).class(),
            }
        })
        .collect();
    crate::sort::sort_by(&mut dots, |a, b| b.r.total_cmp(&a.r));
    dots
}

/// The miniature timeline: the years it spans and its viewBox.
pub const TL_FIRST: i32 = 1947;
pub const TL_W: f64 = 256.0;
pub const TL_H: f64 = 60.0;
const TL_STEP: f64 = 3.2;
const TL_DOT: f64 = 3.4;

/// One path per event category (its id, for the palette's `--cat-ID`): a
/// round dot per event (`M x y h0`, drawn with round caps), stacked upwards
/// in its year, oldest first.
pub fn timeline_paths(c: &Content) -> Vec<(&'static str, String)> {
    let last = c
        .events
        .iter()
        .map(|e| e.date.start.year)
        .max()
        .unwrap_or(TL_FIRST)
        .max(TL_FIRST);
    let per_year = TL_W / f64::from(last - TL_FIRST + 1);
    let mut order: Vec<_> = c.events.iter().collect();
    crate::sort::sort_by(&mut order, |a, b| {
        a.date.start_fraction().total_cmp(&b.date.start_fraction())
    });
    let mut height = std::collections::HashMap::new();
    let mut paths: Vec<(&'static str, String)> = Vec::new();
    for e in order {
        let year = e.date.start.year;
        let n = height.entry(year).or_insert(0u32);
        let x = (f64::from(year - TL_FIRST) + 0.5) * per_year;
        let y = TL_H - TL_STEP / 2.0 - f64::from(*n) * TL_DOT;
        *n += 1;
        let cat = e.category.id();
        let i = match paths.iter().position(|(k, _)| *k == cat) {
            Some(i) => i,
            None => {
                paths.push((cat, String::new()));
                paths.len() - 1
            }
        };
        paths[i].1.push_str(&format!("M{}h0", pair(x, y.max(1.5))));
    }
    paths
}

/// The miniature explorer: a viewBox of `AL_W` x `AL_H`, one line per partner
/// (pole id, points) over the coded years, 0-10 upwards.
pub const AL_W: f64 = 256.0;
pub const AL_H: f64 = 60.0;

pub fn alignment_lines(c: &Content) -> Vec<(String, String)> {
    let Some(a) = c.alignment.as_ref() else {
        return Vec::new();
    };
    let w = Weights::default_for(a);
    let span = f64::from((a.last_year - a.first_year).max(1));
    let years: Vec<(i32, Vec<f64>)> = (a.first_year..=a.last_year)
        .map(|y| (y, strengths(a, y, &w)))
        .collect();
    partners(a)
        .into_iter()
        .map(|pi| {
            let pts: Vec<String> = years
                .iter()
                .map(|(y, st)| {
                    let x = f64::from(y - a.first_year) / span * (AL_W - 4.0) + 2.0;
                    let v = st[pi].clamp(0.0, 10.0);
                    pair(x, AL_H - 2.0 - v / 10.0 * (AL_H - 4.0))
                })
                .collect();
            (a.poles[pi].id.clone(), format!("M{}", pts.join("L")))
        })
        .collect()
}

/// `x y` with at most one decimal: small paths.
fn pair(x: f64, y: f64) -> String {
    format!("{} {}", num(x), num(y))
}

pub fn num(v: f64) -> String {
    let r = (v * 10.0).round() / 10.0;
    if r.fract() == 0.0 {
        format!("{}", r as i64)
    } else {
        format!("{r}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::content;

    #[test]
    fn every_deployment_is_a_dot_inside_the_miniature() {
        let c = content();
        let dots = map_dots(c);
        assert_eq!(dots.len(), c.missions.len());
        let (w, h) = map_box();
        for d in &dots {
            assert!(d.x > 0.0 && d.x < w && d.y > 0.0 && d.y < h, "{d:?}");
        }
        assert!(dots.windows(2).all(|p| p[0].r >= p[1].r), "largest first");
        assert!(
            dots.iter().any(|d| d.class == "prospective"),
            "the Gaza force is drawn"
        );
    }

    #[test]
    fn every_event_is_one_dot_in_its_category() {
        let c = content();
        let paths = timeline_paths(c);
        let dots: usize = paths.iter().map(|(_, d)| d.matches("h0").count()).sum();
        assert_eq!(dots, c.events.len());
        for (cat, d) in &paths {
            let n = c.events.iter().filter(|e| e.category.id() == *cat).count();
            assert_eq!(d.matches("h0").count(), n, "{cat}");
        }
    }

    #[test]
    fn one_line_per_partner_over_every_year() {
        let c = content();
        let a = c.alignment.as_ref().unwrap();
        let lines = alignment_lines(c);
        assert_eq!(lines.len(), partners(a).len());
        let years = (a.last_year - a.first_year + 1) as usize;
        for (_, d) in &lines {
            assert_eq!(d.matches(['M', 'L']).count(), years);
        }
    }

    #[test]
    fn numbers_are_short() {
        assert_eq!(num(12.0), "12");
        assert_eq!(num(12.04), "12");
        assert_eq!(num(3.25), "3.3");
        assert_eq!(num(-0.5), "-0.5");
    }
}
