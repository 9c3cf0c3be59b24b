//! What the strip writes beside its marks, placed so that nothing collides at
//! any width of a class: era names on their own rows, a few key events named
//! in the empty space above the stacks, and year ticks.

use super::axis::{ticks, Window};
use super::strip::{Strip, BAR_STEP, CLASSES};

/// The key events the strip names, most important first (the narrow strip
/// names as many as fit, in this order), with the short label it shows.
/// An id the content no longer has is skipped (a unit test says so).
pub const KEY_EVENTS: [(&str, &str); 7] = [
    ("resolution-2803", "Resolution 2803"),
    ("onuc", "First UN mission: Congo"),
    ("war-1971", "1971 war"),
    ("monuc", "Congo, 21 years"),
    ("un-membership", "Joins the UN"),
    ("soviet-afghan-war", "Soviet–Afghan war"),
    ("unosom-arrival", "Somalia"),
];

/// Width (px) of a label of `text` at the strip's 12-13 px type, generously.
pub fn text_px(text: &str) -> f64 {
    text.chars().count() as f64 * 7.0 + 10.0
}

/// Height of a label row (px).
pub const ROW_H: f64 = 17.0;

/// An era's name on the era rows: left edge as a fraction of the plot plus
/// `dx` px (negative: right-aligned at the plot's end), and its row.
#[derive(Clone, Debug, PartialEq)]
pub struct EraLabel {
    pub era: usize,
    pub x: f64,
    pub dx: f64,
    pub row: usize,
}

/// How many rows of era names each class has (the narrow strip names only
/// the era being read, in a caption).
pub const ERA_ROWS: [usize; 3] = [2, 2, 0];

/// Era names for class `k` (`eras`: start, end, name), each at its era's
/// start (or against the plot's right end), on the first row where it
/// overlaps no other name at either end of the class's widths. A name that
/// fits on no row is left out (the caption names the era being read).
pub fn era_labels(eras: &[(f64, f64, &str)], w: &Window, k: usize) -> Vec<EraLabel> {
    let c = &CLASSES[k];
    let mut placed: Vec<EraLabel> = Vec::new();
    let boxes = |l: &EraLabel, width: f64, text: &str| -> (f64, f64) {
        let x0 = l.x * width + l.dx;
        (x0, x0 + text_px(text))
    };
    for (i, &(a, b, name)) in eras.iter().enumerate() {
        if b <= w.from || a >= w.to {
            continue;
        }
        let start = w.frac(a.max(w.from));
        let tw = text_px(name);
        // right-aligned at the end when it would run off it at the narrowest width
        let (x, dx) = if start * c.min_width + tw > c.min_width {
            (1.0, -tw)
        } else {
            (start, 0.0)
        };
        let row = (0..ERA_ROWS[k]).find(|&row| {
            placed.iter().filter(|p| p.row == row).all(|p| {
                [c.min_width, c.max_width].iter().all(|&width| {
                    let (p0, p1) = boxes(p, width, eras[p.era].2);
                    let (q0, q1) = boxes(&EraLabel { era: i, x, dx, row }, width, name);
                    q0 >= p1 + 6.0 || q1 + 6.0 <= p0
                })
            })
        });
        if let Some(row) = row {
            placed.push(EraLabel { era: i, x, dx, row });
        }
    }
    placed
}

/// Where a key event's label goes, relative to its mark.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Side {
    /// Above the mark's column, with a leader line down to it.
    Above,
    /// Beside the mark, to its left, at the mark's height.
    Left,
    /// Beside the mark, to its right.
    Right,
}

/// A key event's label in one class: the mark's point (fraction of the
/// plot's width, px above the base) and the label's lower-left corner as the
/// same fraction plus `dx` px, `y` px above the base.
#[derive(Clone, Debug, PartialEq)]
pub struct Note {
    pub idx: usize,
    pub text: &'static str,
    pub side: Side,
    pub ax: f64,
    pub ay: f64,
    pub dx: f64,
    pub y: f64,
}

/// Labels for the `keys` (event index and text, most important first) drawn
/// in `strip`, for class `k`: each in the first place (above the column, then
/// beside the mark) where, at both ends of the class's widths, it stays inside
/// the plot and overlaps no stack of marks and no other label.
pub fn notes(strip: &Strip, k: usize, keys: &[(usize, &'static str)]) -> Vec<Note> {
    let c = &CLASSES[k];
    let height = strip.height[k];
    let mut placed: Vec<Note> = Vec::new();
    // the top of each mark's stack: the highest mark whose span covers x
    let sky_at = |x0: f64, x1: f64, width: f64| -> f64 {
        strip
            .marks
            .iter()
            .filter(|m| {
                let (a, b) = if m.bar {
                    (m.x[k] * width, m.x1 * width)
                } else {
                    (m.x[k] * width - c.step / 2.0, m.x[k] * width + c.step / 2.0)
                };
                b >= x0 && a <= x1
            })
            .map(|m| m.y[k] + if m.bar { BAR_STEP } else { c.step })
            .fold(0.0, f64::max)
    };
    let fits = |n: &Note, width: f64, placed: &[Note]| -> bool {
        let w = text_px(n.text);
        let x0 = n.ax * width + n.dx;
        let (x1, y0, y1) = (x0 + w, n.y, n.y + ROW_H);
        if x0 < 0.0 || x1 > width || y1 > height.max(ROW_H) {
            return false;
        }
        if sky_at(x0, x1, width) > y0 - 1.0 {
            return false;
        }
        placed.iter().all(|p| {
            let pw = text_px(p.text);
            let p0 = p.ax * width + p.dx;
            x1 + 4.0 <= p0 || p0 + pw + 4.0 <= x0 || y1 <= p.y || p.y + ROW_H <= y0
        })
    };
    for &(idx, text) in keys {
        let Some(m) = strip.find(idx) else { continue };
        let ax = m.x[k];
        let top = m.y[k] + if m.bar { BAR_STEP } else { c.step };
        let w = text_px(text);
        let column_top = sky_at(ax * c.min_width - 1.0, ax * c.min_width + 1.0, c.min_width);
        let mut candidates: Vec<Note> = Vec::new();
        for row in 0..8 {
            let y = column_top + 3.0 + row as f64 * ROW_H;
            for dx in [-3.0, 3.0 - w] {
                candidates.push(Note {
                    idx,
                    text,
                    side: Side::Above,
                    ax,
                    ay: top,
                    dx,
                    y,
                });
            }
        }
        let mid = (m.y[k] + c.step / 2.0 - ROW_H / 2.0).min(height - ROW_H);
        for (side, dx) in [(Side::Left, -w - c.step), (Side::Right, c.step)] {
            candidates.push(Note {
                idx,
                text,
                side,
                ax,
                ay: top,
                dx,
                y: mid.max(0.0),
            });
        }
        if let Some(n) = candidates
            .into_iter()
            .find(|n| fits(n, c.min_width, &placed) && fits(n, c.max_width.min(1200.0), &placed))
        {
            placed.push(n);
        }
    }
    placed
}

/// Year ticks for class `k`: about one per 70 px at its narrowest width.
pub fn class_ticks(w: &Window, k: usize) -> Vec<i32> {
    ticks(w, (CLASSES[k].min_width / 70.0).floor() as usize)
}

#[cfg(test)]
mod tests {
    use super::super::strip::layout;
    use super::*;

    #[test]
    fn key_events_exist() {
        let c = crate::content::content();
        for (id, _) in KEY_EVENTS {
            assert!(
                c.event(id).is_some(),
                "key event {id} is not in events.json"
            );
        }
    }

    #[test]
    fn era_names_take_rows_without_overlapping() {
        let c = crate::content::content();
        let spans: Vec<(f64, f64, &str)> = c
            .eras
            .iter()
            .map(|e| {
                let (a, b) = crate::views::timeline::logic::span_of(&e.span);
                (a, b, e.label.as_str())
            })
            .collect();
        let w = Window::full();
        for k in 0..3 {
            let labels = era_labels(&spans, &w, k);
            if k == 0 {
                assert_eq!(labels.len(), spans.len(), "wide: every era named in full");
            }
            assert!(labels.iter().all(|l| l.row < ERA_ROWS[k]));
            for width in [CLASSES[k].min_width, CLASSES[k].max_width] {
                for (i, a) in labels.iter().enumerate() {
                    let a0 = a.x * width + a.dx;
                    let a1 = a0 + text_px(spans[a.era].2);
                    assert!(a0 >= -0.01 && a1 <= width + 0.01, "inside the plot");
                    for b in &labels[i + 1..] {
                        let b0 = b.x * width + b.dx;
                        let b1 = b0 + text_px(spans[b.era].2);
                        assert!(
                            a.row != b.row || b0 >= a1 || b1 <= a0,
                            "{a:?} and {b:?} collide at {width}"
                        );
                    }
                }
            }
        }
        assert!(
            era_labels(&spans, &w, 2).is_empty(),
            "narrow: the caption names the era"
        );
        // zoomed in, eras outside the window have no name
        let labels = era_labels(&spans, &Window::clamped(1992.0, 2000.0), 0);
        assert_eq!(labels.len(), 1);
    }

    #[test]
    fn notes_stay_in_the_sky_and_apart() {
        // low stacks, and a tall column at the end (like 2025)
        let mut items: Vec<(usize, f64, f64)> = (0..14)
            .map(|i| (i, 2025.1 + i as f64 * 0.05, 2025.12 + i as f64 * 0.05))
            .collect();
        items.extend([
            (20, 1947.7, 1947.8),
            (21, 1960.2, 1960.3),
            (22, 1971.9, 1971.95),
            (23, 1960.6, 1960.7),
        ]);
        let s = layout(&items, &Window::full());
        let keys = [
            (13, "Resolution 2803"),
            (21, "First UN mission: Congo"),
            (22, "1971 war"),
            (20, "Joins the UN"),
        ];
        for k in 0..3 {
            let ns = notes(&s, k, &keys);
            assert!(
                ns.iter().any(|n| n.idx == 13),
                "class {k}: the last event of the tall column is named"
            );
            assert!(ns.len() >= 3, "class {k}: {ns:?}");
            let late = ns.iter().find(|n| n.idx == 13).unwrap();
            assert_eq!(
                late.side,
                Side::Left,
                "beside the tall column, not above it"
            );
            for n in &ns {
                assert!(n.y + ROW_H <= s.height[k].max(ROW_H) + 1e-9);
            }
        }
    }
}
