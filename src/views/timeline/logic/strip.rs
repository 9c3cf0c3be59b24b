//! The overview strip: one mark per event, stacked by period so that height
//! shows how much happened when. Events are small category-shaped dots in
//! columns (one column per period); events that last (an event's own date
//! range, or a long UN commitment it opened) are bars at the foot of the
//! stacks. The layout is computed for three width classes at once and the
//! stylesheet picks the one that fits (a container query), so a prerendered
//! page is right at any width before the app starts, and the app never has to
//! redraw the strip when the window is resized.

use super::axis::{span_of, Window, AXIS_END};
use crate::content::{Event, Mission, MissionKind};

/// A width class of the strip: its narrowest and widest plot (CSS px), and
/// the vertical step of a dot (px; the dot is one pixel smaller).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Class {
    pub name: &'static str,
    pub min_width: f64,
    pub max_width: f64,
    pub step: f64,
}

/// Wide (desktop), mid (tablet) and narrow (phone) plots. The stylesheet's
/// container queries use the same limits (`assets/timeline.css`).
pub const CLASSES: [Class; 3] = [
    Class {
        name: "w",
        min_width: 1100.0,
        max_width: 1300.0,
        step: 8.0,
    },
    Class {
        name: "m",
        min_width: 640.0,
        max_width: 1100.0,
        step: 7.0,
    },
    Class {
        name: "n",
        min_width: 270.0,
        max_width: 640.0,
        step: 7.0,
    },
];

/// Height of a bar's lane (px): a 3 px bar and a gap.
pub const BAR_STEP: f64 = 5.0;
/// Bars in one lane keep this far apart (years, on the whole span).
pub const BAR_GAP_YEARS: f64 = 0.4;
/// An event lasting at least this share of the window is a bar.
pub const BAR_MIN_SHARE: f64 = 0.03;
/// A UN deployment of at least this many years, opened by an event, makes
/// that event a bar over the deployment's years.
pub const LONG_COMMITMENT_YEARS: f64 = 10.0;

/// The class for a plot `width` px wide.
pub fn class_of(width: f64) -> usize {
    CLASSES
        .iter()
        .position(|c| width >= c.min_width)
        .unwrap_or(CLASSES.len() - 1)
}

/// The time an event stands for on the strip: its own date, or, when it opens
/// a long UN deployment (the event falls in the first year of the mission, and
/// the mission lasted [`LONG_COMMITMENT_YEARS`] or more), the mission's years.
pub fn event_span(e: &Event, mission: impl Fn(&str) -> Option<&'static Mission>) -> (f64, f64) {
    let (s, en) = span_of(&e.date);
    let long = match e.missions.as_slice() {
        [only] => mission(only).and_then(|m| {
            let (ms, me) = (
                m.years.start_fraction(),
                m.years.end_fraction(AXIS_END).min(AXIS_END),
            );
            let opens = (s - ms).abs() < 1.0;
            (m.kind == MissionKind::UnPeacekeeping && opens && me - ms >= LONG_COMMITMENT_YEARS)
                .then_some(me)
        }),
        _ => None,
    };
    (s, long.map_or(en, |me| me.max(en)))
}

/// Years per column: the smallest "nice" period whose column is at least one
/// dot step wide at the class's narrowest width.
pub fn bin_years(w: &Window, c: &Class) -> f64 {
    const NICE: [f64; 10] = [
        1.0 / 12.0,
        1.0 / 6.0,
        0.25,
        0.5,
        1.0,
        2.0,
        3.0,
        5.0,
        10.0,
        20.0,
    ];
    let need = w.span() * c.step / c.min_width;
    NICE.into_iter().find(|b| *b >= need - 1e-9).unwrap_or(20.0)
}

/// One event on the strip.
#[derive(Clone, Debug, PartialEq)]
pub struct StripMark {
    pub idx: usize,
    pub bar: bool,
    /// Left end as a fraction of the window, per class: a dot's column centre,
    /// a bar's start (the same in every class).
    pub x: [f64; 3],
    /// Right end (a bar's end; a dot: its column centre in the wide class).
    pub x1: f64,
    /// Bottom edge, px above the strip's base, per class.
    pub y: [f64; 3],
    /// Start of the event (years), for the reading order.
    pub start: f64,
}

/// The strip for a window: the marks (bars first, then dots, each by date),
/// and the height of the plot per class (px).
#[derive(Clone, Debug, PartialEq)]
pub struct Strip {
    pub marks: Vec<StripMark>,
    pub height: [f64; 3],
    pub bins: [f64; 3],
}

impl Strip {
    /// Mark indexes in reading order: by start date (the arrow keys' order).
    pub fn order(&self) -> Vec<usize> {
        let mut o: Vec<usize> = (0..self.marks.len()).collect();
        crate::sort::sort_by(&mut o, |&a, &b| {
            let (p, q) = (&self.marks[a], &self.marks[b]);
            p.start.total_cmp(&q.start).then(p.idx.cmp(&q.idx))
        });
        o
    }

    /// The mark of event `idx`, if drawn.
    pub fn find(&self, idx: usize) -> Option<&StripMark> {
        self.marks.iter().find(|m| m.idx == idx)
    }

    /// Centre of a mark (px from the plot's left, px above its base) in class `k` at `width`.
    pub fn centre(&self, m: &StripMark, k: usize, width: f64) -> (f64, f64) {
        let c = &CLASSES[k];
        if m.bar {
            ((m.x[k] + m.x1) / 2.0 * width, m.y[k] + BAR_STEP / 2.0)
        } else {
            (m.x[k] * width, m.y[k] + c.step / 2.0)
        }
    }

    /// The event nearest to a point of the plot (px from its left, px above
    /// its base), within `radius` px, in class `k` at `width`.
    pub fn nearest(&self, k: usize, width: f64, px: f64, py: f64, radius: f64) -> Option<usize> {
        let d = |m: &StripMark| -> f64 {
            if m.bar {
                let (x0, x1) = (m.x[k] * width, m.x1 * width);
                let dx = if px < x0 {
                    x0 - px
                } else if px > x1 {
                    px - x1
                } else {
                    0.0
                };
                let dy = py - (m.y[k] + BAR_STEP / 2.0);
                (dx * dx + dy * dy).sqrt()
            } else {
                let (cx, cy) = self.centre(m, k, width);
                ((px - cx).powi(2) + (py - cy).powi(2)).sqrt()
            }
        };
        self.marks
            .iter()
            .map(|m| (m.idx, d(m)))
            .filter(|(_, dist)| *dist <= radius)
            .min_by(|a, b| a.1.total_cmp(&b.1))
            .map(|(i, _)| i)
    }
}

/// Lays out `items` (`(event index, start, end)`, in years) for the window:
/// long ones as bars, the rest as dots, stacked on a skyline of columns.
pub fn layout(items: &[(usize, f64, f64)], w: &Window) -> Strip {
    let inside: Vec<(usize, f64, f64)> = items
        .iter()
        .copied()
        .filter(|&(_, s, e)| e > w.from && s < w.to)
        .collect();
    let is_bar = |s: f64, e: f64| e - s >= BAR_MIN_SHARE * w.span();
    let mut bars: Vec<(usize, f64, f64)> = inside
        .iter()
        .copied()
        .filter(|&(_, s, e)| is_bar(s, e))
        .collect();
    crate::sort::sort_by(&mut bars, |a, b| {
        a.1.total_cmp(&b.1).then(b.2.total_cmp(&a.2))
    });
    let mut dots: Vec<(usize, f64, f64)> = inside
        .iter()
        .copied()
        .filter(|&(_, s, e)| !is_bar(s, e))
        .collect();
    crate::sort::sort_by(&mut dots, |a, b| a.1.total_cmp(&b.1).then(a.0.cmp(&b.0)));

    let mut marks: Vec<StripMark> = bars
        .iter()
        .map(|&(idx, s, e)| StripMark {
            idx,
            bar: true,
            x: [w.frac(s.max(w.from)); 3],
            x1: w.frac(e.min(w.to)),
            y: [0.0; 3],
            start: s,
        })
        .chain(dots.iter().map(|&(idx, s, _)| StripMark {
            idx,
            bar: false,
            x: [0.0; 3],
            x1: 0.0,
            y: [0.0; 3],
            start: s,
        }))
        .collect();
    // bars: the lowest lane where they meet no other bar (the same in every class)
    let mut lanes: Vec<f64> = Vec::new(); // where each lane is free from
    for m in marks.iter_mut().filter(|m| m.bar) {
        let (s, e) = (m.start, w.from + m.x1 * w.span());
        let lane = match lanes.iter().position(|free| *free <= s) {
            Some(l) => l,
            None => {
                lanes.push(f64::NEG_INFINITY);
                lanes.len() - 1
            }
        };
        lanes[lane] = e + BAR_GAP_YEARS * w.span() / 79.0;
        m.y = [lane as f64 * BAR_STEP; 3];
    }
    let mut height = [0.0; 3];
    let mut bins = [0.0; 3];
    for (k, c) in CLASSES.iter().enumerate() {
        let bin = bin_years(w, c);
        bins[k] = bin;
        // columns aligned on whole multiples of the period
        let first = (w.from / bin).floor();
        let col = |t: f64| -> usize { ((t / bin).floor() - first).max(0.0) as usize };
        let ncols = col(w.to - 1e-9) + 1;
        // each column starts on the highest bar that runs through it
        let mut sky = vec![0.0_f64; ncols];
        for m in marks.iter().filter(|m| m.bar) {
            let (s, e) = (m.start.max(w.from), (w.from + m.x1 * w.span()).min(w.to));
            let (a, b) = (col(s), col(e - 1e-9).min(ncols - 1));
            for h in &mut sky[a..=b] {
                *h = h.max(m.y[k] + BAR_STEP);
            }
        }
        for m in marks.iter_mut().filter(|m| !m.bar) {
            let t = m.start.max(w.from);
            let ci = col(t).min(ncols - 1);
            let centre = ((first + ci as f64 + 0.5) * bin).clamp(w.from, w.to);
            m.x[k] = w.frac(centre);
            m.y[k] = sky[ci];
            sky[ci] += c.step;
        }
        height[k] = sky.iter().copied().fold(0.0, f64::max);
    }
    for m in marks.iter_mut().filter(|m| !m.bar) {
        m.x1 = m.x[0];
    }
    Strip {
        marks,
        height,
        bins,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_follow_the_width() {
        assert_eq!(class_of(1168.0), 0);
        assert_eq!(class_of(1100.0), 0);
        assert_eq!(class_of(900.0), 1);
        assert_eq!(class_of(342.0), 2);
        assert_eq!(class_of(100.0), 2);
        let full = Window::full();
        assert_eq!(bin_years(&full, &CLASSES[0]), 1.0);
        assert_eq!(bin_years(&full, &CLASSES[1]), 1.0);
        assert_eq!(bin_years(&full, &CLASSES[2]), 3.0);
        // a column is at least a dot step wide at every width of its class
        for c in &CLASSES {
            for w in [
                full,
                Window::clamped(1990.0, 2002.0),
                Window::clamped(2025.0, 2026.0),
            ] {
                assert!(bin_years(&w, c) / w.span() * c.min_width >= c.step - 1e-9);
            }
        }
        assert!(bin_years(&Window::clamped(1990.0, 2002.0), &CLASSES[0]) < 0.2);
    }

    #[test]
    fn one_mark_per_event_stacked_by_period() {
        // three events in 1960, one in 1961, a bar from 1979 to 1989
        let items = vec![
            (0, 1960.1, 1960.2),
            (1, 1960.5, 1960.6),
            (2, 1960.9, 1961.0),
            (3, 1961.2, 1961.3),
            (4, 1979.9, 1989.1),
            (5, 1800.0, 1801.0), // outside the window
        ];
        let s = layout(&items, &Window::full());
        assert_eq!(s.marks.len(), 5, "one mark per event in the window");
        let m = |i| s.find(i).unwrap();
        assert!(m(4).bar && !m(0).bar);
        // wide class: one-year columns, 1960's three events stacked
        assert_eq!([m(0).y[0], m(1).y[0], m(2).y[0]], [0.0, 8.0, 16.0]);
        assert_eq!(m(0).x[0], m(2).x[0], "same column");
        assert_eq!(m(3).y[0], 0.0, "1961 is its own column when wide");
        assert!(m(3).x[0] > m(0).x[0]);
        // narrow class: three-year columns hold 1960 and 1961 together
        assert_eq!(m(3).x[2], m(0).x[2]);
        assert_eq!(m(3).y[2], 21.0);
        assert_eq!(s.height, [24.0, 21.0, 28.0]);
        // the bar spans its years in every class, at the foot of the stacks
        let w = Window::full();
        assert!(
            (m(4).x[0] - w.frac(1979.9)).abs() < 1e-9 && (m(4).x1 - w.frac(1989.1)).abs() < 1e-9
        );
        assert_eq!(m(4).y, [0.0; 3]);
        // reading order is by date
        let order: Vec<usize> = s.order().into_iter().map(|k| s.marks[k].idx).collect();
        assert_eq!(order, vec![0, 1, 2, 3, 4]);
    }

    #[test]
    fn bars_stack_when_they_overlap_and_dots_sit_on_them() {
        let items = vec![
            (0, 2003.6, 2024.9),
            (1, 2004.8, 2017.9),
            (2, 2018.5, 2025.9),
            (3, 2010.3, 2010.4),
        ];
        let s = layout(&items, &Window::full());
        let m = |i| s.find(i).unwrap();
        assert_eq!(m(0).y[0], 0.0);
        assert_eq!(m(1).y[0], BAR_STEP, "overlapping bars take the next lane");
        assert_eq!(
            m(2).y[0],
            BAR_STEP,
            "a bar takes the lowest lane free over its years"
        );
        assert_eq!(
            m(3).y[0],
            2.0 * BAR_STEP,
            "a dot sits on the bars of its column"
        );
        // zoomed in, a short event becomes a bar
        let s = layout(&[(0, 2025.3, 2025.36)], &Window::clamped(2025.0, 2026.0));
        assert!(s.marks[0].bar);
    }

    #[test]
    fn nearest_finds_the_mark_under_a_pointer() {
        let items = vec![
            (0, 1960.1, 1960.2),
            (1, 1960.5, 1960.6),
            (2, 1979.9, 1989.1),
        ];
        let s = layout(&items, &Window::full());
        let w = 1000.0;
        let (cx, cy) = s.centre(s.find(1).unwrap(), 0, w);
        assert_eq!(s.nearest(0, w, cx + 2.0, cy, 12.0), Some(1));
        assert_eq!(s.nearest(0, w, cx, 1.0, 12.0), Some(0));
        let mid = Window::full().frac(1985.0) * w;
        assert_eq!(
            s.nearest(0, w, mid, 2.0, 12.0),
            Some(2),
            "anywhere along a bar"
        );
        assert_eq!(s.nearest(0, w, 10.0, 200.0, 12.0), None);
    }

    #[test]
    fn long_commitments_become_bars() {
        let c = crate::content::content();
        let find = |id: &str| c.events.iter().find(|e| e.id == id).unwrap();
        let congo = find("monuc");
        let (s, e) = event_span(congo, |id| c.mission(id));
        assert!(
            s < 2004.0 && e >= 2024.0,
            "the Congo commitment runs {s}..{e}"
        );
        let first = find("onuc");
        let (s, e) = event_span(first, |id| c.mission(id));
        assert!(e - s <= 1.0, "ONUC (four years) stays a point: {s}..{e}");
        let hosted = find("unmogip-observers");
        let (s, e) = event_span(hosted, |id| c.mission(id));
        assert!(e - s < 1.0, "hosting UNMOGIP is not a deployment: {s}..{e}");
    }
}
