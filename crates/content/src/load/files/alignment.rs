//! `alignment.json`: the coding behind the alignment explorer: poles,
//! dimensions with default weights, coded values by year, and the narrative.

use super::{file_struct, FileCx, FileSpec, Known};
use crate::load::rules::{truncate, AFTER_END, MAX_TEXT};
use crate::model::{Alignment, Content, PoleKind, MAIN_START_YEAR};
use std::collections::HashSet;

file_struct!(
    AlignmentFile,
    alignment,
    Alignment,
    "content/alignment.json: the coding behind the alignment explorer.",
    |c, alignment| c.alignment = Some(alignment)
);

pub(crate) const SPEC: FileSpec = FileSpec {
    name: "alignment.json",
    defines: &["pole", "dimension"],
    read,
    ids,
    check,
    #[cfg(feature = "schema")]
    schema: ("alignment.schema.json", || {
        schemars::schema_for!(AlignmentFile)
    }),
};

fn ids<'c>(cx: &mut FileCx, c: &'c Content, known: &mut Known<'c>) {
    if let Some(a) = &c.alignment {
        let poles = cx.unique("alignment.poles", a.poles.iter().map(|p| p.id.as_str()));
        known.define("pole", poles);
        let dims = a.dimensions.iter().map(|d| d.id.as_str());
        known.define("dimension", cx.unique("alignment.dimensions", dims));
    }
}

fn check(cx: &mut FileCx, c: &Content, known: &Known) {
    let Some(a) = &c.alignment else { return };
    if a.poles
        .iter()
        .filter(|p| p.kind == PoleKind::Partner)
        .count()
        < 2
    {
        cx.err("alignment.poles", "needs at least two partner poles");
    }
    check_weights(cx, a);
    // the explorer may run past the vote, as far as the later events do
    let last = AFTER_END.year;
    if a.first_year < MAIN_START_YEAR || a.last_year > last || a.first_year >= a.last_year {
        cx.err(
            "alignment.first_year",
            format!("first_year and last_year must lie within {MAIN_START_YEAR}-{last}, first before last"),
        );
    }
    check_codings(cx, a, known);
    for (i, n) in a.narrative.iter().enumerate() {
        cx.text(format!("alignment.narrative[{i}].text"), &n.text, MAX_TEXT);
        let field = format!("alignment.narrative[{i}].sources");
        cx.refs(&field, &n.sources, known, "source", true);
    }
}

fn check_weights(cx: &mut FileCx, a: &Alignment) {
    let weights: Vec<f64> = a.dimensions.iter().map(|d| d.default_weight).collect();
    for (i, w) in weights.iter().enumerate() {
        if !w.is_finite() || *w < 0.0 || *w > 10.0 {
            cx.err(
                format!("alignment.dimensions[{i}].default_weight"),
                format!("{w} must be a number from 0 to 10"),
            );
        }
    }
    if weights.iter().all(|w| *w == 0.0) {
        cx.err(
            "alignment.dimensions",
            "at least one default_weight must be above 0",
        );
    }
}

/// Each coding names a pole and a dimension, lies in the coded years, is
/// given once per year and pair; every pair starts at first_year.
fn check_codings(cx: &mut FileCx, a: &Alignment, known: &Known) {
    let mut seen = HashSet::new();
    for (i, k) in a.codings.iter().enumerate() {
        let f = |x: &str| format!("alignment.codings[{i}].{x}");
        if !known.has("pole", &k.pole) {
            cx.err(
                f("pole"),
                format!("`{}` is not a pole id", truncate(&k.pole, 80)),
            );
        }
        if !known.has("dimension", &k.dimension) {
            cx.err(
                f("dimension"),
                format!("`{}` is not a dimension id", truncate(&k.dimension, 80)),
            );
        }
        if !k.value.is_finite() || !(0.0..=10.0).contains(&k.value) {
            cx.err(
                f("value"),
                format!("{} must be a number from 0 to 10", k.value),
            );
        }
        if k.year < a.first_year || k.year > a.last_year {
            cx.err(
                f("year"),
                format!("{} is outside first_year..last_year", k.year),
            );
        }
        if !seen.insert((k.year, k.pole.as_str(), k.dimension.as_str())) {
            cx.err(
                f("year"),
                format!("{} is coded twice for {} / {}", k.year, k.pole, k.dimension),
            );
        }
        cx.text(f("rationale"), &k.rationale, MAX_TEXT);
        cx.refs(&f("evidence"), &k.evidence, known, "event", true);
        cx.refs(&f("sources"), &k.sources, known, "source", true);
    }
    for p in &a.poles {
        for d in &a.dimensions {
            if !a
                .codings
                .iter()
                .any(|k| k.pole == p.id && k.dimension == d.id && k.year == a.first_year)
            {
                cx.err(
                    "alignment.codings",
                    format!("{} / {} has no coding for first_year {}; every pair needs a starting value", p.id, d.id, a.first_year),
                );
            }
        }
    }
}
