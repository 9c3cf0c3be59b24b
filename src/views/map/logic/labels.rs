//! Names on the map: a callout for the pinned deployment (the Gaza force:
//! what it is and where Pakistan stands), then the largest deployments in
//! view, each placed beside its marker where it covers no marker, no other
//! name and stays inside the frame; what does not fit is left to the list.

use super::layout::{Item, Spot, CLUSTER_PX};
use super::viewbox::ViewBox;
use crate::content::{Mission, MissionKind, Status};

/// The status a callout states: "not a UN force; no Pakistani troops
/// committed (Jun 2026)" for a prospective force, else nothing.
pub fn status_note(m: &Mission) -> Option<String> {
    (m.status == Status::Prospective).then(|| {
        let lang = crate::i18n::lang();
        let as_of = m
            .status_as_of
            .map(|d| format!(" ({})", lang.day(&d)))
            .unwrap_or_default();
        (lang.strings().map.status_note)(m.kind == MissionKind::UnPeacekeeping, &as_of)
    })
}

/// A callout's lines: the short name (`ISF (Gaza)`), then the status in
/// lines of at most `chars` characters.
pub fn callout_lines(m: &Mission, chars: usize) -> Vec<String> {
    let place = m
        .name
        .rsplit_once('(')
        .map(|(_, p)| p.trim_end_matches(')').to_string())
        .unwrap_or_else(|| m.host.name.clone());
    let mut lines = vec![format!("{} ({place})", m.acronym)];
    if let Some(note) = status_note(m) {
        let mut line = String::new();
        for word in note.split(' ') {
            if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > chars {
                lines.push(std::mem::take(&mut line));
            }
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(word);
        }
        lines.push(line);
    }
    lines
}

/// A deployment's short name on the map: `UNOSOM I / UNOSOM II` → `UNOSOM`,
/// `MONUC / MONUSCO` → `MONUC`.
pub fn short_name(acronym: &str) -> &str {
    let first = acronym.split(" / ").next().unwrap_or(acronym).trim();
    first
        .strip_suffix(" II")
        .or_else(|| first.strip_suffix(" I"))
        .unwrap_or(first)
}

/// The widths (characters per line) a callout is tried at: narrow and tall, then wide and short.
pub const CALLOUT_CHARS: [usize; 2] = [16, 30];

/// A name to place: the deployment, its lines of text (the first in bold),
/// and whether it is a callout (a boxed note) rather than a plain label.
#[derive(Clone, Debug, PartialEq)]
pub struct Want {
    pub i: usize,
    pub lines: Vec<String>,
    pub callout: bool,
}

/// A placed name: the deployment, its box's top-left corner relative to the
/// marker's centre (px), and its size (px).
#[derive(Clone, Debug, PartialEq)]
pub struct Label {
    pub i: usize,
    pub lines: Vec<String>,
    pub callout: bool,
    pub dx: f64,
    pub dy: f64,
    pub w: f64,
    pub h: f64,
    /// Placed away from its marker: a line joins them.
    pub leader: bool,
}

/// How far (px) a callout may be set from its marker before its shorter form is used.
pub const NEAR_PX: f64 = 100.0;

/// Line height (px) of a label, and the width of a character, generously
/// (12-13 px type).
pub const LINE_H: f64 = 16.0;
pub const CHAR_W: f64 = 7.2;

fn label_size(w: &Want) -> (f64, f64) {
    let chars = w.lines.iter().map(|l| l.chars().count()).max().unwrap_or(0) as f64;
    let pad = if w.callout { 12.0 } else { 6.0 };
    (
        chars * CHAR_W + pad,
        w.lines.len() as f64 * LINE_H + pad / 2.0,
    )
}

type Rect = (f64, f64, f64, f64); // x0, y0, x1, y1

fn overlaps(a: Rect, b: Rect) -> bool {
    a.0 < b.2 && b.0 < a.2 && a.1 < b.3 && b.1 < a.3
}

/// Places `wants` (in priority order) for the `items` drawn in a frame
/// `frame_w` px wide showing `vb`. Consecutive wants for the same deployment
/// are alternative texts (a callout wrapped narrow or wide, or shortened):
/// the first that fits beside its marker wins, else the first that fits
/// anywhere, joined to its marker by a line.
pub fn place(
    items: &[Item],
    spots: &[Spot],
    vb: ViewBox,
    frame_w: f64,
    wants: &[Want],
) -> Vec<Label> {
    let scale = frame_w / vb.w;
    let frame_h = frame_w * vb.aspect;
    // every drawn target, as a box in the frame (px)
    let mut centres: Vec<(usize, (f64, f64), f64)> = Vec::new(); // i (or usize::MAX), centre, size
    let mut taken: Vec<Rect> = Vec::new();
    for it in items {
        let (id, at, size, dx, dy) = match it {
            Item::Single { i, dx, dy } => (*i, spots[*i].at, spots[*i].px, *dx, *dy),
            Item::Cluster { at, dx, dy, .. } => (usize::MAX, *at, CLUSTER_PX, *dx, *dy),
        };
        let c = ((at.0 - vb.x) * scale + dx, (at.1 - vb.y) * scale + dy);
        taken.push((
            c.0 - size / 2.0,
            c.1 - size / 2.0,
            c.0 + size / 2.0,
            c.1 + size / 2.0,
        ));
        centres.push((id, c, size));
    }
    let mut out: Vec<Label> = Vec::new();
    // consecutive wants for one deployment are alternatives, best first: all
    // are tried beside the marker before any is sent farther away
    let mut k = 0;
    while k < wants.len() {
        let i = wants[k].i;
        let group: Vec<&Want> = wants[k..].iter().take_while(|w| w.i == i).collect();
        k += group.len();
        if out.iter().any(|l| l.i == i) {
            continue;
        }
        let Some(&(_, c, size)) = centres.iter().find(|(id, _, _)| *id == i) else {
            continue;
        };
        let free = |b: Rect, taken: &[Rect]| {
            b.0 >= 2.0
                && b.1 >= 2.0
                && b.2 <= frame_w - 2.0
                && b.3 <= frame_h - 2.0
                && !taken.iter().any(|t| overlaps(*t, b))
        };
        // beside the marker (a callout also a little farther out, with a leader line)
        let beside = |want: &Want| -> Option<(f64, f64, bool)> {
            let (w, h) = label_size(want);
            let rings: &[f64] = if want.callout {
                &[0.0, 24.0, 48.0, 80.0]
            } else {
                &[0.0]
            };
            rings.iter().find_map(|&extra| {
                let r = size / 2.0 + 3.0 + extra;
                let d = r * 0.7;
                [
                    (r, -h / 2.0),
                    (-r - w, -h / 2.0),
                    (-w / 2.0, -r - h),
                    (-w / 2.0, r),
                    (d, -d - h),
                    (-d - w, -d - h),
                    (d, d),
                    (-d - w, d),
                ]
                .into_iter()
                .find(|&(dx, dy)| free((c.0 + dx, c.1 + dy, c.0 + dx + w, c.1 + dy + h), &taken))
                .map(|(dx, dy)| (dx, dy, extra > 0.0))
            })
        };
        // a callout that fits nowhere near: the free place nearest its marker (within `max` px)
        let anywhere = |want: &Want, max: f64| -> Option<(f64, f64, bool)> {
            if !want.callout {
                return None;
            }
            let (w, h) = label_size(want);
            let mut best: Option<(f64, f64, f64)> = None;
            let mut y = 2.0;
            while y + h <= frame_h - 2.0 {
                let mut x = 2.0;
                while x + w <= frame_w - 2.0 {
                    if free((x, y, x + w, y + h), &taken) {
                        // distance from the marker to the nearest point of the box
                        let nx = c.0.clamp(x, x + w) - c.0;
                        let ny = c.1.clamp(y, y + h) - c.1;
                        let d = (nx * nx + ny * ny).sqrt();
                        if d <= max && best.is_none_or(|(_, _, bd)| d < bd) {
                            best = Some((x - c.0, y - c.1, d));
                        }
                    }
                    x += 8.0;
                }
                y += 8.0;
            }
            best.map(|(dx, dy, _)| (dx, dy, true))
        };
        // the fuller texts beside the marker, then near it; the last (shortest) beside, then anywhere
        let (full, last): (&[&Want], &[&Want]) = if group.len() > 1 {
            group.split_at(group.len() - 1)
        } else {
            (&[], &group[..])
        };
        let found = full
            .iter()
            .find_map(|w| beside(w).map(|p| (*w, p)))
            .or_else(|| {
                full.iter()
                    .find_map(|w| anywhere(w, NEAR_PX).map(|p| (*w, p)))
            })
            .or_else(|| last.iter().find_map(|w| beside(w).map(|p| (*w, p))))
            .or_else(|| {
                last.iter()
                    .find_map(|w| anywhere(w, f64::INFINITY).map(|p| (*w, p)))
            });
        if let Some((want, (dx, dy, leader))) = found {
            let (w, h) = label_size(want);
            taken.push((c.0 + dx, c.1 + dy, c.0 + dx + w, c.1 + dy + h));
            out.push(Label {
                i,
                lines: want.lines.clone(),
                callout: want.callout,
                dx,
                dy,
                w,
                h,
                leader,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spot(x: f64, y: f64) -> Spot {
        Spot {
            at: (x, y),
            px: 24.0,
        }
    }

    fn want(i: usize, text: &str) -> Want {
        Want {
            i,
            lines: vec![text.to_string()],
            callout: false,
        }
    }

    #[test]
    fn names_go_beside_their_marker_and_never_over_another() {
        let s = [
            spot(1000.0, 400.0),
            spot(1000.0, 300.0),
            spot(1990.0, 400.0),
        ];
        let vb = ViewBox::default();
        let items: Vec<Item> = (0..3)
            .map(|i| Item::Single {
                i,
                dx: 0.0,
                dy: 0.0,
            })
            .collect();
        let labels = place(
            &items,
            &s,
            vb,
            800.0,
            &[
                want(0, "UNOSOM 5,416"),
                want(1, "UNAMSIL >4,000"),
                want(2, "EDGE"),
            ],
        );
        let first = &labels[0];
        assert_eq!((first.i, first.dx), (0, 15.0), "to the right of its marker");
        // the second cannot go right (the frame edge is far) or left (over the first): it finds a free side
        let boxes: Vec<(f64, f64, f64, f64)> = labels
            .iter()
            .map(|l| {
                let c = (s[l.i].at.0 * 0.4, s[l.i].at.1 * 0.4);
                (c.0 + l.dx, c.1 + l.dy, c.0 + l.dx + l.w, c.1 + l.dy + l.h)
            })
            .collect();
        for (k, b) in boxes.iter().enumerate() {
            for o in &boxes[k + 1..] {
                assert!(!overlaps(*b, *o), "{b:?} {o:?}");
            }
            for sp in &s {
                let c = (sp.at.0 * 0.4, sp.at.1 * 0.4);
                assert!(!overlaps(
                    *b,
                    (c.0 - 12.0, c.1 - 12.0, c.0 + 12.0, c.1 + 12.0)
                ));
            }
            assert!(b.0 >= 0.0 && b.2 <= 800.0);
        }
        // a marker at the right edge is named on its left
        let edge = labels.iter().find(|l| l.i == 2).unwrap();
        assert!(edge.dx < 0.0);
    }

    #[test]
    fn short_names() {
        assert_eq!(short_name("UNOSOM I / UNOSOM II"), "UNOSOM");
        assert_eq!(short_name("MONUC / MONUSCO"), "MONUC");
        assert_eq!(short_name("Saudi Arabia"), "Saudi Arabia");
        assert_eq!(short_name("UNAVEM III"), "UNAVEM III");
    }

    #[test]
    fn the_gaza_callout_is_placed_at_the_default_views() {
        let c = crate::content::content();
        let s = super::super::layout::spots(&c.missions);
        let gaza = c.missions.iter().position(|m| m.id == "gaza-isf").unwrap();
        let ids: Vec<usize> = (0..c.missions.len()).collect();
        let lines = callout_lines(&c.missions[gaza], 16);
        assert_eq!(lines[0], "ISF (Gaza)");
        assert!(
            lines.join(" ").contains("no Pakistani troops committed"),
            "{lines:?}"
        );
        assert!(lines.iter().all(|l| l.chars().count() <= 16), "{lines:?}");
        let alts: Vec<Want> = CALLOUT_CHARS
            .iter()
            .map(|&n| Want {
                i: gaza,
                lines: callout_lines(&c.missions[gaza], n),
                callout: true,
            })
            .chain([Want {
                i: gaza,
                lines: vec!["ISF (Gaza)".into()],
                callout: true,
            }])
            .collect();
        for (vb, w, full) in [
            (ViewBox::default(), 808.0, true),
            (ViewBox::default(), 1184.0, true),
            (ViewBox::initial(true), 358.0, true),
            (ViewBox::initial(true), 288.0, false),
        ] {
            let items = super::super::layout::layout(&ids, &s, vb, w, &[gaza]);
            let labels = place(&items, &s, vb, w, &alts);
            assert_eq!(labels.len(), 1, "Gaza is named at {w} px");
            let l = &labels[0];
            assert_eq!(
                l.lines.len() > 1,
                full,
                "the full callout at {w} px: {full}"
            );
            // the nearest point of the callout to the marker
            let near = (0.0_f64.clamp(l.dx, l.dx + l.w).powi(2)
                + 0.0_f64.clamp(l.dy, l.dy + l.h).powi(2))
            .sqrt();
            assert!(
                near <= NEAR_PX,
                "the callout stays near Gaza at {w} px ({near:.0} px away)"
            );
        }
    }
}
