//! The zoomable time axis: the visible window, where each event falls, bars
//! in lanes and markers merged into clusters, and the year ticks.

use crate::content::{DateSpec, MAIN_START_YEAR};

/// The main axis: 1 Jan 1947 to the end of 2025 (Resolution 2803, 17 Nov 2025,
/// is the last event on it).
pub const AXIS_START: f64 = MAIN_START_YEAR as f64;
pub const AXIS_END: f64 = 2026.0;
/// The narrowest zoom window, in years.
pub const MIN_SPAN: f64 = 0.25;

// ------------------------------------------------------------ placement ----

/// The visible period of the axis, in fractional years.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Window {
    pub from: f64,
    pub to: f64,
}

impl Window {
    pub fn full() -> Self {
        Window {
            from: AXIS_START,
            to: AXIS_END,
        }
    }

    pub fn span(&self) -> f64 {
        self.to - self.from
    }

    pub fn is_full(&self) -> bool {
        self.from <= AXIS_START + 1e-9 && self.to >= AXIS_END - 1e-9
    }

    /// A window made valid: at least [`MIN_SPAN`] wide, inside the axis.
    pub fn clamped(from: f64, to: f64) -> Self {
        let (from, to) = if from.is_finite() && to.is_finite() && to > from {
            (from, to)
        } else {
            return Window::full();
        };
        let full = AXIS_END - AXIS_START;
        let span = (to - from).clamp(MIN_SPAN, full);
        let mid = (from + to) / 2.0;
        let mut f = mid - span / 2.0;
        if f < AXIS_START {
            f = AXIS_START;
        }
        if f + span > AXIS_END {
            f = AXIS_END - span;
        }
        Window {
            from: f,
            to: f + span,
        }
    }

    /// Zooms by `factor` (> 1 zooms in) keeping `anchor` (a year) in place.
    pub fn zoom(&self, factor: f64, anchor: f64) -> Self {
        if !(factor.is_finite() && factor > 0.0) {
            return *self;
        }
        let anchor = anchor.clamp(self.from, self.to);
        let new_span = (self.span() / factor).clamp(MIN_SPAN, AXIS_END - AXIS_START);
        let t = (anchor - self.from) / self.span();
        let from = anchor - t * new_span;
        Window::clamped(from, from + new_span)
    }

    /// Moves the window by `years` (negative: earlier), stopping at the ends.
    pub fn pan(&self, years: f64) -> Self {
        let span = self.span();
        let from = (self.from + years).clamp(AXIS_START, AXIS_END - span);
        Window {
            from,
            to: from + span,
        }
    }

    /// Position of `year` as a fraction (0..1) of the window.
    pub fn frac(&self, year: f64) -> f64 {
        (year - self.from) / self.span()
    }

    /// Pixel x of `year` for an axis `width` px wide.
    pub fn x(&self, year: f64, width: f64) -> f64 {
        self.frac(year) * width
    }
}

/// The time an event covers on the axis, as fractional years: a year-only date
/// covers its whole year, a month its month, a day its day; an open range runs
/// to the end of the axis.
pub fn span_of(date: &DateSpec) -> (f64, f64) {
    let s = date.start_fraction();
    let e = date.end_fraction(AXIS_END).max(s);
    (s, e)
}

/// One thing drawn on the axis.
#[derive(Clone, Debug, PartialEq)]
pub enum Mark {
    /// A single marker at `x` (px), over a precision band `x0..x1`.
    Point {
        idx: usize,
        x: f64,
        x0: f64,
        x1: f64,
    },
    /// A bar from `x0` to `x1` in `lane` (0 = first lane).
    Bar {
        idx: usize,
        x0: f64,
        x1: f64,
        lane: usize,
    },
    /// Several markers closer than the gap, merged: count is `members.len()`.
    Cluster {
        members: Vec<usize>,
        x: f64,
        /// The period the members cover (years), to zoom into.
        from: f64,
        to: f64,
    },
}

/// Lays out events (`(index, start year, end year)`) on the axis.
/// Events at least `min_bar` px wide become bars (packed into lanes); the others
/// become markers, merged into clusters when closer than `gap` px. Events
/// outside the window are left out. `keep` (the selected event) is never merged.
pub fn layout(
    items: &[(usize, f64, f64)],
    w: &Window,
    width: f64,
    min_bar: f64,
    gap: f64,
    keep: Option<usize>,
) -> Vec<Mark> {
    let mut out = Vec::new();
    let mut points: Vec<(usize, f64, f64, f64, f64, f64)> = Vec::new(); // idx, x, x0, x1, s, e
    let mut lanes_end: Vec<f64> = Vec::new();
    let mut bars: Vec<(usize, f64, f64)> = Vec::new();
    for &(idx, s, e) in items {
        if e < w.from || s > w.to {
            continue;
        }
        let x0 = w.x(s, width).max(0.0);
        let x1 = w.x(e, width).min(width);
        if x1 - x0 >= min_bar {
            bars.push((idx, x0, x1));
        } else {
            let x = ((x0 + x1) / 2.0).clamp(0.0, width);
            points.push((idx, x, x0, x1, s, e));
        }
    }
    crate::sort::sort_by(&mut bars, |a, b| a.1.total_cmp(&b.1));
    for (idx, x0, x1) in bars {
        let lane = match lanes_end.iter().position(|&end| end + 2.0 <= x0) {
            Some(l) => l,
            None => {
                lanes_end.push(f64::NEG_INFINITY);
                lanes_end.len() - 1
            }
        };
        lanes_end[lane] = x1;
        out.push(Mark::Bar { idx, x0, x1, lane });
    }
    crate::sort::sort_by(&mut points, |a, b| a.1.total_cmp(&b.1));
    let mut group: Vec<(usize, f64, f64, f64, f64, f64)> = Vec::new();
    let flush = |group: &mut Vec<(usize, f64, f64, f64, f64, f64)>, out: &mut Vec<Mark>| {
        match group.len() {
            0 => {}
            1 => {
                let (idx, x, x0, x1, _, _) = group[0];
                out.push(Mark::Point { idx, x, x0, x1 });
            }
            _ => {
                let first = group[0].1;
                let last = group[group.len() - 1].1;
                out.push(Mark::Cluster {
                    members: group.iter().map(|g| g.0).collect(),
                    x: (first + last) / 2.0,
                    from: group.iter().map(|g| g.4).fold(f64::INFINITY, f64::min),
                    to: group.iter().map(|g| g.5).fold(f64::NEG_INFINITY, f64::max),
                });
            }
        }
        group.clear();
    };
    for p in points {
        let close = group.last().is_some_and(|l| p.1 - l.1 < gap);
        let kept = keep == Some(p.0) || group.last().is_some_and(|l| keep == Some(l.0));
        if !close || kept {
            flush(&mut group, &mut out);
        }
        group.push(p);
    }
    flush(&mut group, &mut out);
    out
}

/// The window to show when a cluster is opened: its period with padding,
/// or `None` when its members are too close to ever separate.
pub fn cluster_window(from: f64, to: f64) -> Option<Window> {
    let span = to - from;
    if span < MIN_SPAN / 4.0 {
        return None;
    }
    let pad = (span * 0.25).max(MIN_SPAN / 2.0);
    Some(Window::clamped(from - pad, to + pad))
}

/// Year ticks for a window: a step of 1, 2, 5, 10 or 20 years keeping at most
/// `max_ticks` labels.
pub fn ticks(w: &Window, max_ticks: usize) -> Vec<i32> {
    let max_ticks = max_ticks.max(2) as f64;
    let step = [1, 2, 5, 10, 20, 25, 50]
        .into_iter()
        .find(|s| w.span() / *s as f64 <= max_ticks)
        .unwrap_or(50);
    let first = (w.from.ceil() as i32).div_euclid(step) * step;
    (0..)
        .map(|k| first + k * step)
        .skip_while(|y| (*y as f64) < w.from)
        .take_while(|y| (*y as f64) <= w.to)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> DateSpec {
        DateSpec::parse(s).unwrap()
    }

    #[test]
    fn placement_respects_precision() {
        let (s, e) = span_of(&d("1960"));
        assert_eq!((s, e), (1960.0, 1961.0));
        let (s, e) = span_of(&d("1960-07"));
        assert!((s - (1960.0 + 182.0 / 366.0)).abs() < 1e-9);
        assert!(e - s > 0.08 && e - s < 0.09, "a month is about 1/12 year");
        let (s, e) = span_of(&d("1993-06-05"));
        assert!((e - s - 1.0 / 365.0).abs() < 1e-9);
        let (_, e) = span_of(&d("2014-09/"));
        assert_eq!(e, AXIS_END, "open range runs to the end");
        let w = Window::full();
        assert_eq!(w.x(1947.0, 790.0), 0.0);
        assert_eq!(w.x(2026.0, 790.0), 790.0);
        assert!((w.x(1986.5, 790.0) - 395.0).abs() < 1e-9);
    }

    #[test]
    fn zoom_and_pan_stay_inside_the_axis() {
        let w = Window::full().zoom(2.0, 2025.5);
        assert!((w.span() - 39.5).abs() < 1e-9);
        assert!(
            (w.frac(2025.5) - Window::full().frac(2025.5)).abs() < 1e-9,
            "anchor stays put"
        );
        let z = (0..30).fold(Window::full(), |w, _| w.zoom(2.0, 1970.0));
        assert!((z.span() - MIN_SPAN).abs() < 1e-9);
        assert!(z.from <= 1970.0 && 1970.0 <= z.to);
        let out = Window::full().zoom(0.1, 1990.0);
        assert_eq!(out, Window::full());
        let p = Window::clamped(1950.0, 1960.0).pan(-100.0);
        assert_eq!((p.from, p.to), (AXIS_START, AXIS_START + 10.0));
        let p = Window::clamped(1950.0, 1960.0).pan(500.0);
        assert_eq!((p.from, p.to), (AXIS_END - 10.0, AXIS_END));
        assert_eq!(Window::clamped(f64::NAN, 3.0), Window::full());
        assert_eq!(Window::clamped(1990.0, 1980.0), Window::full());
        assert_eq!(Window::full().zoom(f64::INFINITY, 1990.0), Window::full());
    }

    #[test]
    fn dense_markers_cluster_with_counts() {
        // five days in 2025 and one in 1960; 790 px for 79 years = 10 px/year
        let items: Vec<(usize, f64, f64)> = (0..5)
            .map(|i| (i, 2025.1 + i as f64 * 0.1, 2025.1 + i as f64 * 0.1 + 0.003))
            .chain([(5, 1960.5, 1960.503)])
            .collect();
        let marks = layout(&items, &Window::full(), 790.0, 24.0, 26.0, None);
        let clusters: Vec<&Mark> = marks
            .iter()
            .filter(|m| matches!(m, Mark::Cluster { .. }))
            .collect();
        assert_eq!(clusters.len(), 1);
        if let Mark::Cluster {
            members, from, to, ..
        } = clusters[0]
        {
            assert_eq!(members.len(), 5);
            assert!(*from >= 2025.1 && *to <= 2025.6);
        }
        assert!(
            marks.contains(&Mark::Point {
                idx: 5,
                x: 135.015,
                x0: 135.0,
                x1: 135.03
            }) || marks
                .iter()
                .any(|m| matches!(m, Mark::Point { idx: 5, .. }))
        );
        // zoomed into 2025 they separate
        let w = Window::clamped(2025.0, 2026.0);
        let marks = layout(&items, &w, 790.0, 24.0, 26.0, None);
        assert_eq!(marks.len(), 5, "1960 is outside the window");
        assert!(marks.iter().all(|m| matches!(m, Mark::Point { .. })));
        // the selected event is kept out of its cluster
        let marks = layout(&items, &Window::full(), 790.0, 24.0, 26.0, Some(2));
        assert!(marks
            .iter()
            .any(|m| matches!(m, Mark::Point { idx: 2, .. })));
        let n: usize = marks
            .iter()
            .map(|m| match m {
                Mark::Cluster { members, .. } => members.len(),
                _ => 1,
            })
            .sum();
        assert_eq!(n, 6, "nothing lost");
    }

    #[test]
    fn wide_events_become_bars_in_lanes() {
        let items = vec![
            (0, 1960.0, 1970.0),
            (1, 1965.0, 1975.0),
            (2, 1971.0, 1980.0),
            (3, 1965.0, 1966.0), // a year-only event: 10 px at full zoom
        ];
        let marks = layout(&items, &Window::full(), 790.0, 24.0, 26.0, None);
        let lane = |i| {
            marks.iter().find_map(|m| match m {
                Mark::Bar { idx, lane, .. } if *idx == i => Some(*lane),
                _ => None,
            })
        };
        assert_eq!(lane(0), Some(0));
        assert_eq!(lane(1), Some(1));
        assert_eq!(lane(2), Some(0));
        assert_eq!(lane(3), None, "a year is a marker at full zoom");
        let zoomed = layout(
            &items,
            &Window::clamped(1960.0, 1970.0),
            790.0,
            24.0,
            26.0,
            None,
        );
        assert!(
            zoomed.iter().any(|m| matches!(m, Mark::Bar { idx: 3, .. })),
            "and a bar when zoomed in"
        );
    }

    #[test]
    fn cluster_windows_and_ticks() {
        let w = cluster_window(2025.1, 2025.9).unwrap();
        assert!(w.from < 2025.1 && w.to >= 2025.9);
        assert!(cluster_window(2025.5, 2025.5).is_none());
        let t = ticks(&Window::full(), 10);
        assert_eq!(t.first(), Some(&1950));
        assert!(t.len() <= 10 && t.contains(&2020));
        let t = ticks(&Window::clamped(2020.0, 2026.0), 10);
        assert_eq!(t, vec![2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    }
}
