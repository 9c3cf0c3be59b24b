//! The map in words: the running summary above it (read out as the year
//! changes), the sourced personnel figures below it, and the full list as the
//! map's text alternative.

use super::logic::{self, FIRST_YEAR, LAST_YEAR};
use super::state::MapState;
use crate::components::SourceRefs;
use crate::content::{content, MissionKind, Series};
use leptos::prelude::*;

/// "ONUC (Congo); UNMOGIP (India and Pakistan)", west to east.
fn names(s: &MapState) -> String {
    s.shown
        .get()
        .iter()
        .map(|&i| format!("{} ({})", s.missions[i].acronym, s.missions[i].host.name))
        .collect::<Vec<_>>()
        .join("; ")
}

#[component]
pub fn Summary(s: MapState) -> impl IntoView {
    let summary = move || {
        let n = s.shown.get().len();
        let plural = if n == 1 { "" } else { "s" };
        match s.shown_year() {
            Some(y) => format!("In {y}: {n} deployment{plural} on the map: {}.", names(&s)),
            None => {
                format!("All years, {FIRST_YEAR}–{LAST_YEAR}: {n} deployment{plural} on the map.")
            }
        }
    };
    view! { <p id="map-summary" class="map-summary" aria-live="polite">{summary}</p> }
}

/// The map's text alternative: every deployment shown, west to east.
#[component]
pub fn Description(s: MapState) -> impl IntoView {
    let description = move || match s.shown_year() {
        Some(y) => format!("Deployments active in {y}, west to east: {}.", names(&s)),
        None => format!("Every deployment, west to east: {}.", names(&s)),
    };
    view! {
        <details class="map-text">
            <summary>"Text description of the map"</summary>
            <p id="map-desc">{description}</p>
        </details>
    }
}

/// How many Pakistanis were deployed in the year shown (every sourced figure,
/// saying when they differ), or the official total for all years.
#[component]
pub fn Personnel(s: MapState) -> impl IntoView {
    move || match s.shown_year() {
        Some(y) => in_year(y),
        None => all_years(s.missions.len()),
    }
}

fn in_year(y: i32) -> AnyView {
    let figs = logic::personnel_in(content(), y);
    if figs.is_empty() {
        return view! {
            <p class="map-personnel">
                {format!("No sourced total of Pakistani personnel deployed in {y} was found; each mission’s card gives its contingent where known.")}
            </p>
        }
        .into_any();
    }
    let differ = figs.len() > 1
        && figs
            .iter()
            .any(|f| f.1.quantity.central() != figs[0].1.quantity.central());
    let mut ids: Vec<String> = Vec::new();
    let parts = figs
        .iter()
        .map(|(_, f)| {
            ids.extend(f.sources.iter().cloned());
            format!("{} (as of {})", f.quantity.display(), f.date.display())
        })
        .collect::<Vec<_>>()
        .join(" and ");
    ids.dedup();
    view! {
        <div class="map-personnel">
            <p>
                {format!("Pakistani peacekeepers deployed in {y}: ")}
                <strong>{parts}</strong>
                {differ.then_some(". Sources differ: the figures were stated at different dates and may count differently.")}
            </p>
            <SourceRefs ids=ids/>
        </div>
    }
    .into_any()
}

fn all_years(documented: usize) -> AnyView {
    let c = content();
    let un = c
        .missions
        .iter()
        .filter(|m| m.kind == MissionKind::UnPeacekeeping)
        .count();
    let last = |id: &str| -> Option<&'static crate::content::DatedFigure> {
        c.figures
            .iter()
            .find(|s: &&Series| s.id == id)
            .and_then(|s| s.points.last())
    };
    match (last("total-deployed"), last("missions")) {
        (Some(t), Some(n)) => {
            let mut ids = t.sources.clone();
            ids.extend(n.sources.iter().cloned());
            ids.dedup();
            view! {
                <div class="map-personnel">
                    <p>
                        {format!(
                            "This map shows the {} UN peacekeeping deployments this site could document (some entries combine a mission with its successor), against {} UN missions in the official count; officially, {} Pakistanis had served in them by {}. It also shows {} deployments that are not contributions to UN peacekeeping.",
                            un,
                            n.quantity.display(),
                            t.quantity.display(),
                            t.date.display(),
                            documented - un,
                        )}
                    </p>
                    <SourceRefs ids=ids/>
                </div>
            }
            .into_any()
        }
        _ => ().into_any(),
    }
}
