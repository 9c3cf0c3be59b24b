//! Label placement: each label tries the sides of its anchor in its order of
//! preference, nearest first, and takes the first spot inside the bounds that
//! overlaps no obstacle (dots, lines' ends, other text) and no label placed
//! before it. Labels are placed in the order given, so the first ones win;
//! a label with no free spot is left out (the data table still has it).

use super::svg::Anchor;

/// An axis-aligned box: top-left corner and size.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rect {
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
}

impl Rect {
    pub fn new(x: f64, y: f64, w: f64, h: f64) -> Self {
        Rect { x, y, w, h }
    }

    /// A square of side `2r` around a point.
    pub fn around(x: f64, y: f64, r: f64) -> Self {
        Rect::new(x - r, y - r, 2.0 * r, 2.0 * r)
    }

    pub fn right(&self) -> f64 {
        self.x + self.w
    }
    pub fn bottom(&self) -> f64 {
        self.y + self.h
    }

    pub fn overlaps(&self, o: &Rect) -> bool {
        self.x < o.right() && o.x < self.right() && self.y < o.bottom() && o.y < self.bottom()
    }

    pub fn inside(&self, b: &Rect) -> bool {
        self.x >= b.x - 1e-9
            && self.y >= b.y - 1e-9
            && self.right() <= b.right() + 1e-9
            && self.bottom() <= b.bottom() + 1e-9
    }

    pub fn grow(&self, by: f64) -> Rect {
        Rect::new(
            self.x - by,
            self.y - by,
            self.w + 2.0 * by,
            self.h + 2.0 * by,
        )
    }
}

/// Where a label sits relative to its anchor.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    Above,
    Below,
    Right,
    Left,
    AboveRight,
    AboveLeft,
    BelowRight,
    BelowLeft,
}

/// A label to place: its anchor point, its text's size, and the sides it may
/// take in order of preference.
#[derive(Clone, Debug, PartialEq)]
pub struct Label {
    pub anchor: (f64, f64),
    pub text: String,
    /// Font size in user units (the box is estimated from it).
    pub size: f64,
    /// Distance from the anchor to the nearest edge of the text.
    pub gap: f64,
    pub sides: Vec<Side>,
}

/// A placed label: where to write the text (`x`, baseline `y`, `anchor`),
/// the box it takes, and whether it sits far enough from its anchor to
/// need a leader line.
#[derive(Clone, Debug, PartialEq)]
pub struct Placed {
    pub x: f64,
    pub y: f64,
    pub anchor: Anchor,
    pub rect: Rect,
    pub side: Side,
    pub leader: bool,
}

/// An estimate of the width of `text` set at `size` in the interface face
/// (Source Sans 3 or its fallbacks), slightly generous.
pub fn text_width(text: &str, size: f64) -> f64 {
    text.chars()
        .map(|c| match c {
            'i' | 'l' | 'j' | '.' | ',' | ':' | ';' | '\'' | '|' | '!' | ' ' | '1' | 'I' | 'f'
            | 't' | 'r' | '(' | ')' => 0.32,
            'm' | 'w' | 'M' | 'W' => 0.82,
            'A'..='Z' | '%' | '–' | '—' => 0.64,
            // bidi isolation marks (Urdu pages) take no room
            '\u{2066}'..='\u{2069}' => 0.0,
            _ => 0.54,
        })
        .sum::<f64>()
        * size
}

/// The box a text of `size` takes around its baseline point, by anchor.
pub fn text_box(x: f64, baseline: f64, text: &str, size: f64, anchor: Anchor) -> Rect {
    let w = text_width(text, size);
    let left = match anchor {
        Anchor::Start => x,
        Anchor::Middle => x - w / 2.0,
        Anchor::End => x - w,
    };
    // ascenders to descenders: about 0.78 above the baseline, 0.22 below
    Rect::new(left, baseline - 0.78 * size, w, size)
}

fn candidate(l: &Label, side: Side, gap: f64) -> (f64, f64, Anchor) {
    let (ax, ay) = l.anchor;
    let s = l.size;
    // baselines: text above ends `gap` over the anchor, text below starts `gap` under it
    let above = ay - gap - 0.22 * s;
    let below = ay + gap + 0.78 * s;
    let middle = ay + 0.28 * s;
    let diag = gap * 0.75;
    match side {
        Side::Above => (ax, above, Anchor::Middle),
        Side::Below => (ax, below, Anchor::Middle),
        Side::Right => (ax + gap, middle, Anchor::Start),
        Side::Left => (ax - gap, middle, Anchor::End),
        Side::AboveRight => (ax + diag, ay - diag - 0.22 * s, Anchor::Start),
        Side::AboveLeft => (ax - diag, ay - diag - 0.22 * s, Anchor::End),
        Side::BelowRight => (ax + diag, ay + diag + 0.78 * s, Anchor::Start),
        Side::BelowLeft => (ax - diag, ay + diag + 0.78 * s, Anchor::End),
    }
}

/// Places `labels` in order (the first ones win) inside `bounds`, clear of
/// `obstacles` and of each other. Each label tries its sides at its own gap,
/// then farther out (with a leader line). `None`: no room.
pub fn place(labels: &[Label], obstacles: &[Rect], bounds: Rect) -> Vec<Option<Placed>> {
    let mut taken: Vec<Rect> = obstacles.to_vec();
    let mut out = Vec::with_capacity(labels.len());
    for l in labels {
        let mut found = None;
        'search: for extra in [0.0, 8.0, 16.0, 26.0] {
            for &side in &l.sides {
                let (x, y, anchor) = candidate(l, side, l.gap + extra);
                let rect = text_box(x, y, &l.text, l.size, anchor);
                // a little air between neighbouring labels
                let padded = rect.grow(1.5);
                if rect.inside(&bounds) && !taken.iter().any(|t| t.overlaps(&padded)) {
                    found = Some(Placed {
                        x,
                        y,
                        anchor,
                        rect,
                        side,
                        leader: extra > 0.0,
                    });
                    break 'search;
                }
            }
        }
        if let Some(p) = &found {
            taken.push(p.rect);
        }
        out.push(found);
    }
    out
}

/// Moves positions `ys` (in any order) apart so that neighbours are at least
/// `spacing` apart, keeping them within `[lo, hi]` and as close to where they
/// wanted to be as the room allows. Returns the new positions, in the input
/// order. For labels stacked along one axis (a line's end labels).
pub fn dodge(ys: &[f64], spacing: f64, lo: f64, hi: f64) -> Vec<f64> {
    let mut order: Vec<usize> = (0..ys.len()).collect();
    crate::sort::sort_by(&mut order, |&a, &b| ys[a].total_cmp(&ys[b]));
    let mut pos: Vec<f64> = order.iter().map(|&i| ys[i].clamp(lo, hi)).collect();
    // push down, then pull back up from the bottom edge
    for k in 1..pos.len() {
        pos[k] = pos[k].max(pos[k - 1] + spacing);
    }
    if let Some(last) = pos.last_mut() {
        if *last > hi {
            *last = hi;
        }
    }
    for k in (0..pos.len().saturating_sub(1)).rev() {
        pos[k] = pos[k].min(pos[k + 1] - spacing);
    }
    let mut out = vec![0.0; ys.len()];
    for (k, &i) in order.iter().enumerate() {
        out[i] = pos[k].max(lo);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn label(x: f64, y: f64, text: &str, sides: &[Side]) -> Label {
        Label {
            anchor: (x, y),
            text: text.into(),
            size: 12.0,
            gap: 6.0,
            sides: sides.to_vec(),
        }
    }

    const ALL: [Side; 4] = [Side::Above, Side::Right, Side::Below, Side::Left];

    #[test]
    fn boxes_overlap_only_when_they_share_area() {
        let a = Rect::new(0.0, 0.0, 10.0, 10.0);
        assert!(a.overlaps(&Rect::new(5.0, 5.0, 10.0, 10.0)));
        assert!(
            !a.overlaps(&Rect::new(10.0, 0.0, 5.0, 5.0)),
            "touching edges"
        );
        assert!(a.inside(&Rect::new(0.0, 0.0, 10.0, 10.0)));
        assert!(!a.inside(&Rect::new(1.0, 0.0, 10.0, 10.0)));
    }

    #[test]
    fn text_boxes_follow_their_anchor() {
        let s = text_box(100.0, 50.0, "2,600", 12.0, Anchor::Middle);
        assert!((s.x + s.w / 2.0 - 100.0).abs() < 1e-9);
        assert!(s.bottom() > 50.0 && s.y < 50.0);
        let e = text_box(100.0, 50.0, "2,600", 12.0, Anchor::End);
        assert!((e.right() - 100.0).abs() < 1e-9);
        assert!(text_width("Mm", 10.0) > text_width("il", 10.0));
    }

    #[test]
    fn the_first_choice_is_taken_when_free() {
        let b = Rect::new(0.0, 0.0, 300.0, 200.0);
        let got = place(&[label(150.0, 100.0, "1st", &ALL)], &[], b);
        let p = got[0].as_ref().unwrap();
        assert_eq!(p.side, Side::Above);
        assert!(p.rect.bottom() <= 100.0 - 6.0 + 1e-9);
        assert!(!p.leader);
    }

    #[test]
    fn labels_never_overlap_each_other_or_obstacles_and_stay_inside() {
        let b = Rect::new(0.0, 0.0, 200.0, 120.0);
        // a crowded cluster of anchors, as the 2023-2025 figures are
        let anchors: Vec<(f64, f64)> = (0..9)
            .map(|i| (90.0 + 4.0 * i as f64, 60.0 + (i % 3) as f64 * 5.0))
            .collect();
        let dots: Vec<Rect> = anchors
            .iter()
            .map(|&(x, y)| Rect::around(x, y, 3.0))
            .collect();
        let labels: Vec<Label> = anchors
            .iter()
            .map(|&(x, y)| label(x, y, "5th", &ALL))
            .collect();
        let got = place(&labels, &dots, b);
        let placed: Vec<&Placed> = got.iter().flatten().collect();
        assert!(placed.len() >= 4, "some labels find room: {}", placed.len());
        // a label with no room at all is left out
        let none = place(
            &[label(5.0, 5.0, "Peak 10,680", &ALL)],
            &[],
            Rect::new(0.0, 0.0, 20.0, 20.0),
        );
        assert!(none[0].is_none());
        for (i, p) in placed.iter().enumerate() {
            assert!(p.rect.inside(&b));
            assert!(
                dots.iter().all(|d| !d.overlaps(&p.rect)),
                "label {i} covers a dot"
            );
            for q in &placed[i + 1..] {
                assert!(!p.rect.overlaps(&q.rect), "labels overlap");
            }
        }
    }

    #[test]
    fn a_label_at_the_edge_turns_inwards() {
        let b = Rect::new(0.0, 0.0, 200.0, 100.0);
        let got = place(&[label(198.0, 20.0, "Peak 10,680", &ALL)], &[], b);
        let p = got[0].as_ref().unwrap();
        assert!(p.rect.inside(&b));
        assert!(matches!(p.side, Side::Below | Side::Left));
    }

    #[test]
    fn dodge_spreads_and_keeps_order_and_bounds() {
        let got = dodge(&[50.0, 51.0, 52.0], 10.0, 0.0, 100.0);
        assert_eq!(got, [50.0, 60.0, 70.0]);
        let got = dodge(&[98.0, 99.0, 20.0], 10.0, 0.0, 100.0);
        assert_eq!(got, [90.0, 100.0, 20.0]);
        let got = dodge(&[], 10.0, 0.0, 100.0);
        assert!(got.is_empty());
    }
}
