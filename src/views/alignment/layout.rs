//! Where the explorer's charts put things, in plain Rust, tested natively:
//! each tie's turning points (the largest changes, far enough apart to be
//! named side by side in a narrow panel), and the decades named along the
//! path in the triangle without two names colliding.

/// The narrowest a small-multiple panel gets (px), and the width of a
/// turning point's label there.
pub const PANEL_MIN_PX: f64 = 150.0;
pub const TURN_LABEL_PX: f64 = 44.0;

/// A turning point of one tie: the year its strength changed most, which way,
/// and by how much.
#[derive(Clone, Debug, PartialEq)]
pub struct Turn {
    pub year: i32,
    pub delta: f64,
}

/// Up to `max` turning points of a series (`values[k]` for year `first + k`):
/// the largest year-on-year changes (at least `min_change`), largest first,
/// each far enough from the others that their labels do not touch in the
/// narrowest panel.
pub fn turns(first: i32, values: &[f64], max: usize, min_change: f64) -> Vec<Turn> {
    let span = values.len().max(2) as f64 - 1.0;
    let min_gap = (TURN_LABEL_PX + 6.0) / PANEL_MIN_PX * span;
    let mut changes: Vec<Turn> = values
        .windows(2)
        .enumerate()
        .map(|(k, w)| Turn {
            year: first + k as i32 + 1,
            delta: w[1] - w[0],
        })
        .filter(|t| t.delta.abs() >= min_change)
        .collect();
    crate::sort::sort_by(&mut changes, |a, b| {
        b.delta
            .abs()
            .total_cmp(&a.delta.abs())
            .then(a.year.cmp(&b.year))
    });
    let mut out: Vec<Turn> = Vec::new();
    for t in changes {
        if out.len() >= max {
            break;
        }
        if out
            .iter()
            .all(|o| ((o.year - t.year).abs() as f64) >= min_gap)
        {
            out.push(t);
        }
    }
    crate::sort::sort_by_key(&mut out, |t| t.year);
    out
}

/// A decade named on the triangle's path: the year, its point (fractions of
/// the chart's width and height), and the label's side.
#[derive(Clone, Debug, PartialEq)]
pub struct DecadeLabel {
    pub year: i32,
    pub x: f64,
    pub y: f64,
    /// Left of the point (the label ends there) rather than right.
    pub left: bool,
}

/// A decade label's box (px): 38x16 beside its point, 8 px away.
pub fn label_box(l: &DecadeLabel, width: f64, height: f64) -> (f64, f64, f64, f64) {
    const LW: f64 = 38.0;
    const LH: f64 = 16.0;
    let (px, py) = (l.x * width, l.y * height);
    let x0 = if l.left { px - 8.0 - LW } else { px + 8.0 };
    (x0, py - LH / 2.0, x0 + LW, py + LH / 2.0)
}

/// Names the decades (`points`: year and point as fractions of a chart
/// `width` px wide and `height` px tall, in year order) that can be named at
/// that size: each label (about 38x16 px) beside its point, on the side where
/// it overlaps no earlier label, no other decade's point and none of the
/// `avoid` boxes (px: other words on the chart).
pub fn decade_labels(
    points: &[(i32, f64, f64)],
    width: f64,
    height: f64,
    avoid: &[(f64, f64, f64, f64)],
) -> Vec<DecadeLabel> {
    let mut out: Vec<DecadeLabel> = Vec::new();
    let boxed = |l: &DecadeLabel| label_box(l, width, height);
    let hits = |b: (f64, f64, f64, f64), p: (f64, f64)| {
        p.0 > b.0 - 4.0 && p.0 < b.2 + 4.0 && p.1 > b.1 - 4.0 && p.1 < b.3 + 4.0
    };
    for &(year, x, y) in points.iter().filter(|p| p.0 % 10 == 0) {
        for left in [false, true] {
            let l = DecadeLabel { year, x, y, left };
            let b = boxed(&l);
            let inside = b.0 >= 0.0 && b.2 <= width && b.1 >= 0.0 && b.3 <= height;
            let apart =
                |q: (f64, f64, f64, f64)| b.2 <= q.0 || q.2 <= b.0 || b.3 <= q.1 || q.3 <= b.1;
            let clear = out.iter().all(|o| apart(boxed(o)))
                && avoid.iter().all(|q| apart(*q))
                && points
                    .iter()
                    .filter(|p| p.0 % 10 == 0 && p.0 != year)
                    .all(|p| !hits(b, (p.1 * width, p.2 * height)));
            if inside && clear {
                out.push(l);
                break;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn turning_points_are_the_largest_changes_kept_apart() {
        // 1950..1990: a rise of 3 in 1955, a fall of 2 in 1957, a rise of 1 in 1980
        let mut v = vec![2.0; 41];
        for (k, val) in v.iter_mut().enumerate() {
            let y = 1950 + k as i32;
            *val = if y >= 1980 {
                4.0
            } else if y >= 1957 {
                3.0
            } else if y >= 1955 {
                5.0
            } else {
                2.0
            };
        }
        let t = turns(1950, &v, 3, 0.5);
        assert_eq!(
            t.iter().map(|t| t.year).collect::<Vec<_>>(),
            vec![1955, 1980]
        );
        assert_eq!(t[0].delta, 3.0);
        assert!(turns(1950, &v, 1, 0.5).len() == 1);
        assert!(
            turns(1950, &[1.0; 20], 3, 0.5).is_empty(),
            "no change, no turning point"
        );
    }

    #[test]
    fn decade_names_never_collide() {
        // points of a path that doubles back on itself
        let pts: Vec<(i32, f64, f64)> = (1947..=2026)
            .map(|y| {
                let t = (y - 1947) as f64 / 79.0;
                (y, 0.3 + 0.4 * (t * 6.0).sin().abs(), 0.3 + 0.3 * t)
            })
            .collect();
        for (w, h) in [(300.0, 280.0), (600.0, 560.0)] {
            let centre = (w * 0.5 - 30.0, h * 0.55, w * 0.5 + 30.0, h * 0.55 + 16.0);
            let ls = decade_labels(&pts, w, h, &[centre]);
            assert!(!ls.is_empty());
            for (k, a) in ls.iter().enumerate() {
                let p = label_box(a, w, h);
                assert!(
                    p.0 >= 0.0 && p.2 <= w && p.1 >= 0.0 && p.3 <= h,
                    "inside the chart"
                );
                for b in &ls[k + 1..] {
                    let q = label_box(b, w, h);
                    assert!(
                        p.2 <= q.0 || q.2 <= p.0 || p.3 <= q.1 || q.3 <= p.1,
                        "{a:?} {b:?} at {w}"
                    );
                }
            }
        }
    }

    #[test]
    fn the_real_ties_have_turning_points() {
        use super::super::scoring::{strengths, Weights};
        let c = crate::content::content();
        let a = c.alignment.as_ref().unwrap();
        let w = Weights::default_for(a);
        let series: Vec<Vec<f64>> = (a.first_year..=a.last_year)
            .map(|y| strengths(a, y, &w))
            .collect();
        for p in 0..a.poles.len() {
            let v: Vec<f64> = series.iter().map(|s| s[p]).collect();
            let t = turns(a.first_year, &v, 2, 0.5);
            assert!(!t.is_empty(), "{} has a turning point", a.poles[p].id);
        }
    }
}
