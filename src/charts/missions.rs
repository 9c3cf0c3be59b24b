//! The mission span chart: each UN deployment Pakistan served in as a bar on
//! a 1960-2026 axis, one row per mission by start, its thickness by the
//! largest contingent figure found (thin where no size was found), outlined
//! where the years are approximate or the presence is uncertain.

use super::data::{Deployment, NOW};
use super::labels::text_width;
use super::scale::{year_ticks, Linear};
use super::svg::{Anchor, Mark, Scene};
use super::Frame;
use crate::content::Confidence;

/// First year of the axis.
pub const FIRST: f64 = 1960.0;
/// Height of a row and the thickest and thinnest bars, in user units.
pub const ROW: f64 = 15.0;
pub const THICK: f64 = 11.0;
pub const THIN: f64 = 3.0;

/// The width of each layout (narrower than the other charts' narrow frame so
/// that its 12 px text stays 12 px or more on a 360-390 px phone).
pub fn width(frame: Frame) -> f64 {
    match frame {
        Frame::Wide => 640.0,
        Frame::Narrow => 340.0,
    }
}

/// A bar's thickness: by the square root of the largest contingent, relative
/// to the largest of all; `THIN` where no size was found.
pub fn thickness(value: Option<f64>, max: f64) -> f64 {
    match value {
        Some(v) if max > 0.0 => THIN + (THICK - THIN) * (v / max).clamp(0.0, 1.0).sqrt(),
        _ => THIN,
    }
}

/// Drawn as an outline: the years are approximate, or the presence uncertain.
pub fn approximate(d: &Deployment) -> bool {
    d.mission.years.approximate || d.mission.confidence == Confidence::Uncertain
}

/// The chart laid out for `frame`.
pub fn scene(deps: &[Deployment], frame: Frame) -> Scene {
    let tick = frame.tick_size();
    let w = width(frame);
    let label_w = deps
        .iter()
        .map(|d| text_width(&d.mission.acronym, tick))
        .fold(0.0, f64::max);
    let (l, t, r) = (label_w + 10.0, 6.0, w - 10.0);
    let b = t + ROW * deps.len() as f64;
    let mut s = Scene::new(w, b + 26.0);
    let x = Linear::new((FIRST, NOW), (l, r));
    let max = deps
        .iter()
        .filter_map(|d| d.largest.map(|f| f.quantity.central() as f64))
        .fold(0.0, f64::max);
    let max_ticks = if frame == Frame::Wide { 8 } else { 4 };
    for yr in year_ticks(FIRST as i32, NOW.floor() as i32, max_ticks) {
        let xx = x.at(yr as f64);
        s.rule(xx, t, xx, b, "grid");
        s.text(xx, b + 6.0 + tick, yr.to_string(), Anchor::Middle, "tick");
    }
    s.rule(l, b, r, b, "axis");
    for (i, d) in deps.iter().enumerate() {
        let cy = t + ROW * (i as f64 + 0.5);
        s.text(
            l - 6.0,
            cy + tick * 0.35,
            d.mission.acronym.clone(),
            Anchor::End,
            "tick",
        );
        let h = thickness(d.largest.map(|f| f.quantity.central() as f64), max);
        let (x0, x1) = (x.at(d.start), x.at(d.end));
        let class = match (approximate(d), d.ongoing) {
            (true, _) => "bar un approx",
            (false, true) => "bar un ongoing",
            (false, false) => "bar un",
        };
        s.push(Mark::Rect {
            x: x0,
            y: cy - h / 2.0,
            w: (x1 - x0).max(2.0),
            h,
            class,
        });
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::data::un_deployments;
    use crate::charts::svg::render;
    use crate::content::content;

    #[test]
    fn one_bar_and_one_label_per_deployment_inside_the_frame() {
        let deps = un_deployments(content());
        assert!(deps.len() >= 25, "{}", deps.len());
        for f in Frame::BOTH {
            let s = scene(&deps, f);
            let bars: Vec<_> = s
                .marks
                .iter()
                .filter_map(|m| match m {
                    Mark::Rect { x, y, w, h, class } if class.starts_with("bar") => {
                        Some((*x, *y, *w, *h))
                    }
                    _ => None,
                })
                .collect();
            assert_eq!(bars.len(), deps.len());
            for (x, y, w, h) in bars {
                assert!(x >= 0.0 && x + w <= s.width + 0.01 && y >= 0.0 && y + h <= s.height);
                assert!((THIN..=THICK + 1e-9).contains(&h));
            }
            for d in &deps {
                assert!(s.texts().contains(&d.mission.acronym.as_str()));
            }
            assert!(s.texts().contains(&"1960"));
            assert!(
                render(&s).contains("approx"),
                "approximate spans are told apart"
            );
        }
    }

    #[test]
    fn thickness_grows_with_the_contingent_and_is_thin_when_unknown() {
        assert_eq!(thickness(None, 5000.0), THIN);
        assert!((thickness(Some(5000.0), 5000.0) - THICK).abs() < 1e-9);
        assert!(thickness(Some(400.0), 5000.0) < thickness(Some(3000.0), 5000.0));
        assert!(thickness(Some(1.0), 5000.0) > THIN);
    }
}
