//! The hero chart: Pakistanis on UN duty over time, one dot per dated figure.
//!
//! UN statistics are filled circles joined by a line where figures are close
//! enough in time (a gap of years is not bridged); Pakistani official
//! statements are hollow diamonds and other reports (the press) squares, not
//! joined. Figures for about the same date that disagree are drawn as a pair
//! (a bracket between them). The rank among contributors is written where it
//! changes, and a few annotations point out the peak, the gap in the record
//! and the latest figure.

use super::data::{Obs, Voice};
use super::labels::{self, Label, Rect, Side};
use super::scale::{nice_ceil, year_ticks, Linear};
use super::series::segments;
use super::svg::{Anchor, Mark, Scene, Shape};
use super::Frame;
use crate::content::group_thousands;

/// First and last year of the time axis.
pub const FIRST: f64 = 2004.0;
pub const LAST: f64 = 2026.5;
/// A line joins two UN figures at most this many years apart.
pub const MAX_GAP: f64 = 5.0;

/// The plotting area inside the scene: left, top, right, bottom.
fn plot(frame: Frame) -> (f64, f64, f64, f64) {
    match frame {
        Frame::Wide => (46.0, 18.0, 628.0, 170.0),
        Frame::Narrow => (40.0, 22.0, 350.0, 206.0),
    }
}

fn height(frame: Frame) -> f64 {
    plot(frame).3 + 26.0
}

/// The CSS class and shape of a dot by who gave the figure.
pub fn style(v: Voice) -> (&'static str, Shape) {
    match v {
        Voice::Un => ("dot un", Shape::Circle),
        Voice::Pakistan => ("dot pk", Shape::Diamond),
        Voice::Other => ("dot other", Shape::Square),
    }
}

/// Disagreeing pairs: figures from different voices within half a year that
/// differ by at least 15%.
pub fn disagreements(obs: &[Obs]) -> Vec<(usize, usize)> {
    super::data::disagreements(obs, |o| o.voice() as u8, 0.5, 0.15)
}

/// Where the line of UN figures runs: runs of indices into `obs`.
pub fn un_runs(obs: &[Obs]) -> Vec<Vec<usize>> {
    let un: Vec<usize> = (0..obs.len())
        .filter(|&i| obs[i].voice() == Voice::Un)
        .collect();
    let xs: Vec<f64> = un.iter().map(|&i| obs[i].x).collect();
    segments(&xs, MAX_GAP)
        .into_iter()
        .map(|run| run.into_iter().map(|k| un[k]).collect())
        .collect()
}

/// The widest stretch of years with no figure at all: `(from, to)`.
pub fn widest_gap(obs: &[Obs]) -> Option<(f64, f64)> {
    let xs: Vec<f64> = obs.iter().map(|o| o.x).collect();
    super::series::gaps(&xs, 2.0).into_iter().next()
}

/// Indices of the figures whose rank is written: where the rank given
/// differs from the last one written.
pub fn rank_changes(obs: &[Obs]) -> Vec<usize> {
    let mut last = None;
    let mut out = Vec::new();
    for (i, o) in obs.iter().enumerate() {
        if let Some(r) = o.rank {
            if last != Some(r) {
                out.push(i);
                last = Some(r);
            }
        }
    }
    out
}

/// The chart laid out for `frame`.
pub fn scene(obs: &[Obs], frame: Frame) -> Scene {
    let (l, t, r, b) = plot(frame);
    let mut s = Scene::new(frame.width(), height(frame));
    let lang = crate::i18n::lang();
    let top = nice_ceil(obs.iter().map(|o| o.value).fold(0.0, f64::max).max(1.0), 4);
    let x = Linear::new((FIRST, LAST), (l, r));
    let y = Linear::new((0.0, top), (b, t));
    let tick = frame.tick_size();

    // value gridlines and their labels
    for v in y.ticks(if frame == Frame::Wide { 4 } else { 3 }) {
        let yy = y.at(v);
        s.rule(l, yy, r, yy, if v == 0.0 { "axis" } else { "grid" });
        s.text(
            l - 6.0,
            yy + 4.0,
            group_thousands(v as u64),
            Anchor::End,
            "tick",
        );
    }
    // year ticks
    let max_years = if frame == Frame::Wide { 6 } else { 4 };
    for yr in year_ticks(FIRST.ceil() as i32, LAST.floor() as i32, max_years) {
        let xx = x.at(yr as f64);
        s.rule(xx, b, xx, b + 4.0, "axis");
        s.text(xx, b + 6.0 + tick, yr.to_string(), Anchor::Middle, "tick");
    }

    let pt = |o: &Obs| (x.at(o.x), y.at(o.value));
    let mut obstacles: Vec<Rect> = Vec::new();

    // the UN line, broken at gaps (labels keep clear of it)
    for run in un_runs(obs) {
        let points: Vec<(f64, f64)> = run.iter().map(|&i| pt(&obs[i])).collect();
        for w in points.windows(2) {
            let steps = ((w[1].0 - w[0].0).hypot(w[1].1 - w[0].1) / 5.0)
                .ceil()
                .max(1.0);
            for k in 0..=steps as usize {
                let f = k as f64 / steps;
                let (px, py) = (
                    w[0].0 + f * (w[1].0 - w[0].0),
                    w[0].1 + f * (w[1].1 - w[0].1),
                );
                obstacles.push(Rect::around(px, py, 1.5));
            }
        }
        s.push(Mark::Line {
            points,
            class: "line un",
        });
    }
    // disagreeing pairs: a bracket beside the two dots, from one value to the other
    let pairs = disagreements(obs);
    for &(i, j) in &pairs {
        s.pair_bracket(pt(&obs[i]), pt(&obs[j]));
    }
    // dots
    for o in obs {
        let (cls, shape) = style(o.voice());
        let (px, py) = pt(o);
        s.push(Mark::Dot {
            x: px,
            y: py,
            r: 4.0,
            shape,
            class: cls,
        });
        obstacles.push(Rect::around(px, py, 5.5));
    }

    // labels: ranks first (they matter most), then the annotations
    let bounds = Rect::new(l, 0.0, frame.width() - l, b - 2.0);
    let mut todo: Vec<(Label, &'static str)> = Vec::new();
    for i in rank_changes(obs) {
        let o = &obs[i];
        todo.push((
            Label {
                anchor: pt(o),
                text: (crate::i18n::t().story.ordinal)(o.rank.unwrap_or(0)),
                size: tick,
                gap: 7.0,
                sides: vec![
                    Side::Above,
                    Side::AboveRight,
                    Side::AboveLeft,
                    Side::Right,
                    Side::Below,
                ],
            },
            "rank",
        ));
    }
    let size = frame.label_size();
    if let Some(peak) = obs.iter().max_by(|a, b| a.value.total_cmp(&b.value)) {
        let text = match frame {
            Frame::Wide => (lang.strings().story.peak)(
                &lang.quantity(&peak.fig.quantity),
                &lang.date(peak.date()),
            ),
            Frame::Narrow => format!(
                "{} ({})",
                lang.bidi(group_thousands(peak.value as u64)),
                lang.date(peak.date())
            ),
        };
        todo.push((
            Label {
                anchor: pt(peak),
                text,
                size,
                gap: 8.0,
                sides: vec![
                    Side::Right,
                    Side::AboveRight,
                    Side::BelowRight,
                    Side::Above,
                    Side::AboveLeft,
                    Side::Left,
                ],
            },
            "note",
        ));
    }
    if let Some(last) = obs.last() {
        let text = match frame {
            Frame::Wide => format!(
                "{} ({})",
                lang.quantity(&last.fig.quantity),
                lang.date(last.date())
            ),
            Frame::Narrow => lang.bidi(format!("{}+", group_thousands(last.value as u64))),
        };
        todo.push((
            Label {
                anchor: pt(last),
                text,
                size,
                gap: 8.0,
                sides: vec![
                    Side::AboveLeft,
                    Side::Above,
                    Side::Left,
                    Side::BelowLeft,
                    Side::Below,
                ],
            },
            "note",
        ));
    }
    let placed = labels::place(
        &todo.iter().map(|(l, _)| l.clone()).collect::<Vec<_>>(),
        &obstacles,
        bounds,
    );
    for ((label, class), p) in todo.iter().zip(placed) {
        if let Some(p) = p {
            if p.leader {
                let (ax, ay) = label.anchor;
                let cx = p.rect.x.max(ax.min(p.rect.right()));
                let cy = if ay < p.rect.y {
                    p.rect.y
                } else {
                    p.rect.bottom()
                };
                s.rule(ax, ay, cx, cy, "leader");
            }
            s.text(p.x, p.y, label.text.clone(), p.anchor, class);
        }
    }

    // the gap in the record, written inside it near the axis (two lines)
    if let Some((a, c)) = widest_gap(obs) {
        let (xa, xc) = (x.at(a) + 6.0, x.at(c) - 6.0);
        let years = lang.bidi(format!("{}–{}", a.floor() as i32 + 1, c.floor() as i32 - 1));
        let words = lang.strings().story.no_figure;
        let lines = [words.0.to_string(), years];
        let fits = lines.iter().all(|t| labels::text_width(t, tick) < xc - xa);
        let lines: Vec<String> = if fits {
            lines.to_vec()
        } else {
            vec![words.1.to_string(), lines[1].clone()]
        };
        if lines.iter().all(|t| labels::text_width(t, tick) < xc - xa) {
            let yy = b - 8.0 - 1.2 * tick;
            s.rule(xa, b - 4.0, xc, b - 4.0, "gap");
            for (k, t) in lines.into_iter().enumerate() {
                s.text(
                    (xa + xc) / 2.0,
                    yy + k as f64 * 1.15 * tick - 1.15 * tick,
                    t,
                    Anchor::Middle,
                    "tick",
                );
            }
        }
    }
    s
}

/// The small line beside the map's year slider: every UN figure joined
/// where close in time, other figures as dots, and a cursor at `year` when
/// that year is within the chart (none for a year before the figures).
pub fn spark(obs: &[Obs], width: f64, height: f64, year: Option<f64>) -> Scene {
    let mut s = Scene::new(width, height);
    let top = obs.iter().map(|o| o.value).fold(1.0, f64::max);
    let x = Linear::new((FIRST, LAST), (2.0, width - 2.0));
    let y = Linear::new((0.0, top), (height - 2.0, 3.0));
    s.rule(2.0, height - 1.0, width - 2.0, height - 1.0, "axis");
    for run in un_runs(obs) {
        let points = run
            .iter()
            .map(|&i| (x.at(obs[i].x), y.at(obs[i].value)))
            .collect();
        s.push(Mark::Line {
            points,
            class: "line un",
        });
    }
    for o in obs {
        let (cls, shape) = style(o.voice());
        s.push(Mark::Dot {
            x: x.at(o.x),
            y: y.at(o.value),
            r: 2.0,
            shape,
            class: cls,
        });
    }
    if let Some(mid) = year
        .map(|yr| yr + 0.5)
        .filter(|m| (FIRST..=LAST).contains(m))
    {
        let xx = x.at(mid);
        s.rule(xx, 0.0, xx, height, "cursor");
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::data::contribution;
    use crate::charts::svg::render;
    use crate::content::content;

    #[test]
    fn the_un_line_is_broken_at_the_gap_in_the_record() {
        let obs = contribution(content());
        let runs = un_runs(&obs);
        assert!(runs.len() >= 2, "{runs:?}");
        for run in &runs {
            for w in run.windows(2) {
                assert!(obs[w[1]].x - obs[w[0]].x <= MAX_GAP);
                assert!(run.iter().all(|&i| obs[i].voice() == Voice::Un));
            }
        }
        let (a, b) = widest_gap(&obs).unwrap();
        assert!(a < 2018.0 && b > 2023.0, "{a}-{b}");
        // and it is written in both frames
        for frame in Frame::BOTH {
            assert!(
                scene(&obs, frame).texts().contains(&"2018–2022"),
                "{frame:?}"
            );
        }
    }

    #[test]
    fn disagreements_pair_different_voices_close_in_time() {
        let obs = contribution(content());
        let p = disagreements(&obs);
        assert!(!p.is_empty());
        for (i, j) in p {
            assert_ne!(obs[i].voice(), obs[j].voice());
            assert!((obs[i].x - obs[j].x).abs() <= 0.5);
        }
    }

    #[test]
    fn ranks_are_written_where_they_change() {
        let obs = contribution(content());
        let ranks: Vec<u64> = rank_changes(&obs)
            .iter()
            .map(|&i| obs[i].rank.unwrap())
            .collect();
        assert_eq!(ranks.first(), Some(&1));
        assert!(ranks.windows(2).all(|w| w[0] != w[1]));
        assert!(ranks.len() >= 4, "{ranks:?}");
    }

    #[test]
    fn both_frames_draw_every_dot_inside_the_scene_with_labels_apart() {
        let obs = contribution(content());
        for frame in Frame::BOTH {
            let s = scene(&obs, frame);
            let dots = s
                .marks
                .iter()
                .filter(|m| matches!(m, Mark::Dot { .. }))
                .count();
            assert_eq!(dots, obs.len());
            let mut boxes = Vec::new();
            for m in &s.marks {
                match m {
                    Mark::Dot { x, y, .. } => {
                        assert!(*x > 0.0 && *x < s.width && *y > 0.0 && *y < s.height)
                    }
                    Mark::Text {
                        x,
                        y,
                        text,
                        anchor,
                        class,
                    } if *class != "tick" => {
                        let r = labels::text_box(*x, *y, text, 13.0, *anchor);
                        assert!(
                            r.x >= 0.0 && r.right() <= s.width + 1.0,
                            "{text} in {frame:?}"
                        );
                        boxes.push(r);
                    }
                    _ => {}
                }
            }
            for (i, a) in boxes.iter().enumerate() {
                for b in &boxes[i + 1..] {
                    assert!(
                        !a.grow(-1.0).overlaps(&b.grow(-1.0)),
                        "{a:?} {b:?} {frame:?}"
                    );
                }
            }
            let texts = s.texts();
            assert!(
                texts.contains(&"1st") && texts.iter().any(|t| t.contains("10,680")),
                "{texts:?}"
            );
            // small enough to inline
            assert!(render(&s).len() < 6000, "{}", render(&s).len());
        }
    }

    #[test]
    fn the_spark_has_a_cursor_only_when_asked() {
        let obs = contribution(content());
        let with = spark(&obs, 120.0, 30.0, Some(2010.0));
        let without = spark(&obs, 120.0, 30.0, None);
        let cursor = |s: &Scene| {
            s.marks.iter().any(|m| {
                matches!(
                    m,
                    Mark::Rule {
                        class: "cursor",
                        ..
                    }
                )
            })
        };
        assert!(cursor(&with) && !cursor(&without));
        // a year the chart does not reach (the map's slider starts in 1960) has no cursor
        assert!(!cursor(&spark(&obs, 120.0, 30.0, Some(1993.0))));
        assert!(cursor(&spark(&obs, 120.0, 30.0, Some(LAST.floor()))));
    }
}
