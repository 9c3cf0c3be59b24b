//! `missions.json`: Pakistani deployments, with where, when, sizes and losses.

use super::{file_struct, FileCx, FileSpec, Known};
use crate::load::rules::{truncate, MAX_TEXT, MAX_TITLE};
use crate::model::{Content, Mission, MissionKind, Status, MAIN_START_YEAR};

file_struct!(
    MissionsFile,
    missions,
    Vec<Mission>,
    "content/missions.json: Pakistani deployments.",
    |c, missions| c.missions = missions
);

pub(crate) const SPEC: FileSpec = FileSpec {
    name: "missions.json",
    defines: &["mission"],
    read,
    ids,
    check,
    #[cfg(feature = "schema")]
    schema: ("missions.schema.json", || {
        schemars::schema_for!(MissionsFile)
    }),
};

fn ids<'c>(cx: &mut FileCx, c: &'c Content, known: &mut Known<'c>) {
    let ids = cx.unique("missions", c.missions.iter().map(|m| m.id.as_str()));
    known.define("mission", ids);
}

fn check(cx: &mut FileCx, c: &Content, known: &Known) {
    for (i, m) in c.missions.iter().enumerate() {
        let f = |k: &str| format!("missions[{i}].{k}");
        cx.text(f("acronym"), &m.acronym, 40);
        cx.text(f("name"), &m.name, MAX_TITLE);
        cx.text(f("summary"), &m.summary, MAX_TEXT);
        cx.text(f("host.name"), &m.host.name, MAX_TITLE);
        check_place(cx, &f, m);
        check_years(cx, &f, m);
        if m.kind == MissionKind::UnPeacekeeping && m.roles.is_empty() {
            cx.err(f("roles"), "needs at least one role");
        }
        cx.refs(&f("sources"), &m.sources, known, "source", true);
        cx.refs(&f("events"), &m.events, known, "event", false);
        for (j, fig) in m.contingent.iter().enumerate() {
            cx.figure(&f(&format!("contingent[{j}]")), fig, known);
        }
        if let Some(fat) = &m.fatalities {
            cx.figure(&f("fatalities"), fat, known);
        }
        for (j, n) in m.notable.iter().enumerate() {
            cx.text(f(&format!("notable[{j}].text")), &n.text, MAX_TEXT);
            let field = f(&format!("notable[{j}].sources"));
            cx.refs(&field, &n.sources, known, "source", true);
            cx.flag(f(&format!("notable[{j}].flag")), &n.flag);
        }
        cx.flag(f("flag"), &m.flag);
    }
}

/// The host's ISO code and the map point.
fn check_place(cx: &mut FileCx, f: &dyn Fn(&str) -> String, m: &Mission) {
    if let Some(iso) = &m.host.iso {
        if iso.len() != 3 || !iso.bytes().all(|b| b.is_ascii_uppercase()) {
            cx.err(
                f("host.iso"),
                format!(
                    "`{}` is not an ISO 3166-1 alpha-3 code (three capital letters)",
                    truncate(iso, 20)
                ),
            );
        }
    }
    let (lat, lon) = (m.location.lat, m.location.lon);
    if !lat.is_finite() || !(-90.0..=90.0).contains(&lat) {
        cx.err(
            f("location.lat"),
            format!("{lat} is out of range: latitude must be between -90 and 90"),
        );
    }
    if !lon.is_finite() || !(-180.0..=180.0).contains(&lon) {
        cx.err(
            f("location.lon"),
            format!("{lon} is out of range: longitude must be between -180 and 180"),
        );
    }
}

/// The years of Pakistani participation agree with the status.
fn check_years(cx: &mut FileCx, f: &dyn Fn(&str) -> String, m: &Mission) {
    if m.years.start.year < MAIN_START_YEAR || m.years.last().year > 2026 {
        cx.err(
            f("years"),
            format!("`{}` must lie within 1947-2026", m.years.source_text()),
        );
    }
    match (m.status, &m.years.end) {
        (Status::Ongoing, Some(None)) | (Status::Prospective, _) => {}
        (Status::Ongoing, _) => cx.err(
            f("years"),
            "an ongoing deployment needs an open range, e.g. `2014-09/`",
        ),
        (Status::Ended, Some(None)) => cx.err(
            f("years"),
            "an ended deployment needs an end, e.g. `1960/1964`",
        ),
        (Status::Ended, _) => {}
    }
    if matches!(m.status, Status::Ongoing | Status::Prospective) && m.status_as_of.is_none() {
        cx.err(f("status_as_of"), "is required for ongoing and prospective deployments (the date the status was last confirmed)");
    }
}
