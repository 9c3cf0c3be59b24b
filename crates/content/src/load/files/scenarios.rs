//! `scenarios.json`: the options after Resolution 2803, with what sources
//! argue each would do (per pole of the alignment, or at home) and the three tests.

use super::{file_struct, FileCx, FileSpec, Known};
use crate::load::rules::{truncate, MAX_TEXT, MAX_TITLE};
use crate::model::{Argument, Content, Scenario};

file_struct!(
    ScenariosFile,
    scenarios,
    Vec<Scenario>,
    "content/scenarios.json: the options after Resolution 2803.",
    |c, scenarios| c.scenarios = scenarios
);

pub(crate) const SPEC: FileSpec = FileSpec {
    name: "scenarios.json",
    defines: &["scenario"],
    read,
    ids,
    check,
    #[cfg(feature = "schema")]
    schema: ("scenarios.schema.json", || {
        schemars::schema_for!(ScenariosFile)
    }),
};

/// The seed essay's three tests, the only values of `tests[].about`.
const TESTS: [&str; 3] = ["neutrality", "stabilisation", "engagement"];

fn ids<'c>(cx: &mut FileCx, c: &'c Content, known: &mut Known<'c>) {
    let ids = cx.unique("scenarios", c.scenarios.iter().map(|s| s.id.as_str()));
    known.define("scenario", ids);
}

fn check(cx: &mut FileCx, c: &Content, known: &Known) {
    for (i, s) in c.scenarios.iter().enumerate() {
        let f = |k: &str| format!("scenarios[{i}].{k}");
        cx.text(f("label"), &s.label, MAX_TITLE);
        cx.text(f("summary"), &s.summary, MAX_TEXT);
        cx.refs(&f("voices"), &s.voices, known, "quote", false);
        for (j, a) in s.effects.iter().enumerate() {
            if a.about != "domestic" && !known.has("pole", &a.about) {
                cx.err(
                    f(&format!("effects[{j}].about")),
                    format!(
                        "`{}` must be a pole id or `domestic`",
                        truncate(&a.about, 80)
                    ),
                );
            }
            argument(cx, &f(&format!("effects[{j}]")), a, known);
        }
        for (j, a) in s.tests.iter().enumerate() {
            if !TESTS.contains(&a.about.as_str()) {
                cx.err(
                    f(&format!("tests[{j}].about")),
                    format!(
                        "`{}` must be one of neutrality, stabilisation, engagement",
                        truncate(&a.about, 80)
                    ),
                );
            }
            argument(cx, &f(&format!("tests[{j}]")), a, known);
        }
    }
}

/// An argument's text and sources.
fn argument(cx: &mut FileCx, field: &str, a: &Argument, known: &Known) {
    cx.text(format!("{field}.text"), &a.text, MAX_TEXT);
    cx.refs(
        &format!("{field}.sources"),
        &a.sources,
        known,
        "source",
        true,
    );
}
