//! The map in words: the running summary under it (read out as the year
//! changes), the year's total in large type beside the slider, the largest
//! deployments shown as a ranked list, and the full list as the map's text
//! alternative.

use super::logic::{self, FIRST_YEAR, LAST_YEAR};
use super::state::MapState;
use crate::browser::scroll_into_view;
use crate::components::SourceRefs;
use crate::content::{content, MissionKind, Series};
use crate::i18n::{lang, t};
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
        let m = &t().map;
        match s.shown_year() {
            Some(y) => (m.summary_year)(y, n, &names(&s)),
            None => (m.summary_all)(FIRST_YEAR, LAST_YEAR, n),
        }
    };
    view! { <p id="map-summary" class="map-summary" aria-live="polite">{summary}</p> }
}

/// The map's text alternative: every deployment shown, west to east.
#[component]
pub fn Description(s: MapState) -> impl IntoView {
    let description = move || match s.shown_year() {
        Some(y) => (t().map.desc_year)(y, &names(&s)),
        None => (t().map.desc_all)(&names(&s)),
    };
    view! {
        <details class="map-text">
            <summary>{t().map.text_description}</summary>
            <p id="map-desc">{description}</p>
        </details>
    }
}

/// The year's total beside the slider, in large type: how many Pakistanis
/// were deployed in the year shown (every sourced figure, saying when they
/// differ), or for all years the official count of those who served.
#[component]
pub fn Personnel(s: MapState) -> impl IntoView {
    move || match s.shown_year() {
        Some(y) => in_year(y, s.shown.with(|v| v.len())),
        None => all_years(s.missions.len()),
    }
}

fn in_year(y: i32, on_map: usize) -> AnyView {
    let figs = logic::personnel_in(content(), y);
    let (l, m) = (lang(), &t().map);
    if figs.is_empty() {
        return view! {
            <div class="map-personnel map-total">
                <p class="map-total-n">{(m.deployments_n)(on_map)}</p>
                <p class="map-total-what">{(m.no_total)(y)}</p>
            </div>
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
            l.quantity(&f.quantity)
        })
        .collect::<Vec<_>>()
        .join(" / ");
    let dates = figs
        .iter()
        .map(|(_, f)| l.date(&f.date))
        .collect::<Vec<_>>()
        .join(m.and);
    ids.dedup();
    view! {
        <div class="map-personnel map-total">
            <p class="map-total-n">{parts}</p>
            <p class="map-total-what">
                {(m.deployed_in)(y, &dates, on_map)}
                {differ.then_some(m.differ)}
                {t().full_stop}
            </p>
            <SourceRefs ids=ids/>
        </div>
    }
    .into_any()
}

fn all_years(documented: usize) -> AnyView {
    let c = content();
    let l = lang();
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
                <div class="map-personnel map-total">
                    <p class="map-total-n">{l.quantity(&t.quantity)}</p>
                    <p class="map-total-what">
                        {(l.strings().map.served)(
                            &l.quantity(&n.quantity),
                            &l.date(&t.date),
                            un,
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

/// The deployments shown with a known size, largest first: on a phone the
/// list under the map, on a wide screen beside it. Each opens its card.
#[component]
pub fn Ranked(s: MapState) -> impl IntoView {
    let rows = move || {
        let ms = s.missions;
        let mut sized: Vec<(usize, u64)> = s.shown.with(|v| {
            v.iter()
                .filter_map(|&i| logic::contingent(&ms[i]).map(|f| (i, f.quantity.central())))
                .collect()
        });
        crate::sort::sort_by_key(&mut sized, |b| std::cmp::Reverse(b.1));
        let top = sized.first().map(|x| x.1).unwrap_or(1).max(1) as f64;
        sized
            .into_iter()
            .take(8)
            .map(|(i, n)| {
                let m = &ms[i];
                let id = format!("rank-{}", m.id);
                let opener = id.clone();
                let f = logic::contingent(m).map(|f| lang().quantity(&f.quantity)).unwrap_or_default();
                view! {
                    <li>
                        <button type="button" class="map-rank" id=id data-kind=logic::MarkerStyle::of(m).class()
                            aria-pressed=move || (s.selected.get() == Some(i)).to_string()
                            on:click=move |_| s.select(i, Some(opener.clone()))>
                            <span class="map-rank-name"><strong>{m.acronym.clone()}</strong>
                                {(m.host.name != m.acronym).then(|| format!(" {}", m.host.name))}</span>
                            <span class="map-rank-n">{f}</span>
                            <span class="map-rank-bar" aria-hidden="true" style=format!("width:{:.1}%", n as f64 / top * 100.0)></span>
                        </button>
                    </li>
                }
            })
            .collect_view()
    };
    let heading = move || match s.shown_year() {
        Some(y) => (t().map.largest_in)(y),
        None => t().map.largest.to_string(),
    };
    view! {
        <section class="map-ranked" aria-labelledby="map-ranked-h">
            <h2 id="map-ranked-h">{heading}</h2>
            <ol>{rows}</ol>
            <p class="map-ranked-more">
                <button type="button" class="linkish" on:click=move |_| scroll_into_view("map-table-h")>{t().map.every_in_table}</button>
                {t().map.each_size}
            </p>
        </section>
    }
}
