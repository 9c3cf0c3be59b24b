//! `comparisons.json`: two things side by side, aspect by aspect (the story's
//! comparison of UN peacekeeping and the Gaza force).

use super::{file_struct, FileCx, FileSpec, Known};
use crate::load::rules::{MAX_TEXT, MAX_TITLE};
use crate::model::{Comparison, Content};

file_struct!(
    ComparisonsFile,
    comparisons,
    Vec<Comparison>,
    "content/comparisons.json: two things side by side, aspect by aspect.",
    |c, comparisons| c.comparisons = comparisons
);

pub(crate) const SPEC: FileSpec = FileSpec {
    name: "comparisons.json",
    defines: &["comparison"],
    read,
    ids,
    check,
    #[cfg(feature = "schema")]
    schema: ("comparisons.schema.json", || {
        schemars::schema_for!(ComparisonsFile)
    }),
};

fn ids<'c>(cx: &mut FileCx, c: &'c Content, known: &mut Known<'c>) {
    let ids = cx.unique("comparisons", c.comparisons.iter().map(|v| v.id.as_str()));
    known.define("comparison", ids);
}

fn check(cx: &mut FileCx, c: &Content, known: &Known) {
    for (i, cmp) in c.comparisons.iter().enumerate() {
        let f = |k: &str| format!("comparisons[{i}].{k}");
        cx.text(f("title"), &cmp.title, MAX_TITLE);
        cx.text(f("left"), &cmp.left, 60);
        cx.text(f("right"), &cmp.right, 60);
        if cmp.rows.is_empty() {
            cx.err(f("rows"), "needs at least one row");
        }
        for (j, r) in cmp.rows.iter().enumerate() {
            let g = |k: &str| format!("comparisons[{i}].rows[{j}].{k}");
            cx.text(g("aspect"), &r.aspect, 60);
            for (side, cell) in [("left", &r.left), ("right", &r.right)] {
                cx.text(g(&format!("{side}.text")), &cell.text, MAX_TEXT);
                cx.refs(
                    &g(&format!("{side}.sources")),
                    &cell.sources,
                    known,
                    "source",
                    true,
                );
            }
        }
    }
}
