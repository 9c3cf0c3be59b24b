//! `figures.json`: dated aggregate figures that official statements revised.

use super::{file_struct, FileCx, FileSpec, Known};
use crate::load::rules::MAX_TITLE;
use crate::model::{Content, Series};

file_struct!(
    FiguresFile,
    figures,
    Vec<Series>,
    "content/figures.json: dated aggregate figures.",
    |c, figures| c.figures = figures
);

pub(crate) const SPEC: FileSpec = FileSpec {
    name: "figures.json",
    defines: &["figure"],
    read,
    ids,
    check,
    #[cfg(feature = "schema")]
    schema: ("figures.schema.json", || schemars::schema_for!(FiguresFile)),
};

fn ids<'c>(cx: &mut FileCx, c: &'c Content, known: &mut Known<'c>) {
    let ids = cx.unique("figures", c.figures.iter().map(|s| s.id.as_str()));
    known.define("figure", ids);
}

fn check(cx: &mut FileCx, c: &Content, known: &Known) {
    for (i, s) in c.figures.iter().enumerate() {
        cx.text(format!("figures[{i}].label"), &s.label, MAX_TITLE);
        cx.text(format!("figures[{i}].unit"), &s.unit, 40);
        if s.points.is_empty() {
            cx.err(
                format!("figures[{i}].points"),
                "needs at least one dated figure",
            );
        }
        for (j, p) in s.points.iter().enumerate() {
            cx.figure(&format!("figures[{i}].points[{j}]"), p, known);
            if p.by.is_none() {
                cx.err(
                    format!("figures[{i}].points[{j}]"),
                    "needs `by`: who gave the figure (`un`, `armed-forces`, `foreign-office`, `prime-minister`, `un-mission`, `government`, `press`, `commentator` or `this-site`)",
                );
            }
        }
    }
}
