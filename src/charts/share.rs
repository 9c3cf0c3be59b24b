//! The "10%" claim against the check: for each claim of Pakistan's share of
//! all UN peacekeeping deaths, a bar for the claim (outlined: it is what was
//! said) and a bar for Pakistani deaths over the UN's count nearest in time
//! (filled: the check), on one 0-12% scale, each with its words above it.

use super::data::ShareCheck;
use super::scale::Linear;
use super::svg::{Anchor, Mark, Scene};
use super::Frame;
use crate::content::Qualifier;

/// Where the bars start (half the "0%" label fits to its left).
pub const LEFT: f64 = 14.0;

pub fn width(frame: Frame) -> f64 {
    match frame {
        Frame::Wide => 640.0,
        Frame::Narrow => 340.0,
    }
}

/// A bar: its words, its value in per cent, the value as written, and
/// whether it is a claim (outlined) or the check (filled).
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub label: String,
    pub value: f64,
    pub value_text: String,
    pub claim: bool,
}

/// The check as written: `4.5%`; `4.1% or less` when the UN's count is a
/// floor ("more than 4,400"), since a larger count gives a smaller share.
pub fn share_text(ch: &ShareCheck) -> String {
    let lang = crate::i18n::lang();
    let s = lang.bidi(format!("{:.1}%", ch.share()));
    if ch.un_total.fig.quantity.qualifier == Qualifier::MoreThan {
        (lang.strings().story.or_less)(&s)
    } else {
        s
    }
}

/// A claimed share as written: `about 10%` (in the page's language).
pub fn percent(q: &crate::content::Quantity) -> String {
    let lang = crate::i18n::lang();
    lang.bidi(format!("{}%", (lang.strings().quantity)(q)))
}

/// The axis' upper end: the largest value rounded up to an even number (at least 10).
pub fn top(rows: &[Row]) -> f64 {
    let m = rows.iter().map(|r| r.value).fold(10.0, f64::max);
    ((m / 2.0).floor() + 1.0) * 2.0
}

/// The chart laid out for `frame`.
pub fn scene(rows: &[Row], frame: Frame) -> Scene {
    let w = width(frame);
    let tick = frame.tick_size();
    let size = frame.label_size();
    // room on the left for half the "0%" tick label
    let (l, r) = (LEFT, w - 64.0);
    let x = Linear::new((0.0, top(rows)), (l, r));
    let (step, bar) = (44.0, 14.0);
    let t = 4.0;
    let b = t + step * rows.len() as f64;
    let mut s = Scene::new(w, b + 26.0);
    for v in x.ticks(if frame == Frame::Wide { 6 } else { 3 }) {
        let xx = x.at(v);
        s.rule(xx, t, xx, b, if v == 0.0 { "axis" } else { "grid" });
        s.text(xx, b + 6.0 + tick, format!("{v}%"), Anchor::Middle, "tick");
    }
    for (i, row) in rows.iter().enumerate() {
        let y0 = t + step * i as f64;
        s.text(l, y0 + size, row.label.clone(), Anchor::Start, "note");
        let (by, bw) = (y0 + size + 6.0, x.at(row.value) - l);
        s.push(Mark::Rect {
            x: l,
            y: by,
            w: bw,
            h: bar,
            class: if row.claim { "bar claim" } else { "bar check" },
        });
        s.text(
            l + bw + 6.0,
            by + bar - 2.5,
            row.value_text.clone(),
            Anchor::Start,
            if row.claim { "note" } else { "note strong" },
        );
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::data::share_checks;
    use crate::charts::labels::text_width;
    use crate::content::content;

    #[test]
    fn the_checks_read_as_the_chapter_says() {
        let checks = share_checks(content());
        let texts: Vec<String> = checks.iter().map(share_text).collect();
        // 128 of 2,856 (ISPR's 2012 report) and 181 of more than 4,400 (UN, 2025)
        assert!(texts.contains(&"4.5%".to_string()), "{texts:?}");
        assert!(texts.contains(&"4.1% or less".to_string()), "{texts:?}");
    }

    #[test]
    fn bars_are_to_scale_and_labels_fit() {
        let rows = vec![
            Row {
                label: "Claimed".into(),
                value: 10.0,
                value_text: "about 10%".into(),
                claim: true,
            },
            Row {
                label: "Checked".into(),
                value: 4.5,
                value_text: "4.5%".into(),
                claim: false,
            },
        ];
        assert_eq!(top(&rows), 12.0);
        for f in Frame::BOTH {
            let s = scene(&rows, f);
            let w: Vec<f64> = s
                .marks
                .iter()
                .filter_map(|m| match m {
                    Mark::Rect { w, .. } => Some(*w),
                    _ => None,
                })
                .collect();
            assert_eq!(w.len(), 2);
            assert!((w[1] / w[0] - 0.45).abs() < 1e-6, "4.5 is 0.45 of 10");
            // the value after the longest possible bar stays inside
            let end = LEFT + w[0] + 6.0 + text_width("about 10%", f.label_size());
            assert!(end <= s.width, "{end} > {}", s.width);
            // and the axis' first label ("0%", centred on the start) stays inside
            assert!(LEFT - text_width("0%", f.tick_size()) / 2.0 >= 0.0);
        }
    }
}
