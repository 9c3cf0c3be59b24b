//! Every deployment in a sortable table: the same data and the same selection
//! as the map, without the map. On a phone each row is a stacked card.

use super::logic::{self, MarkerStyle, SortKey};
use super::state::MapState;
use crate::components::ScrollRegion;
use leptos::prelude::*;

#[component]
pub fn MissionTable(s: MapState) -> impl IntoView {
    let sort = RwSignal::new((SortKey::Years, true));
    let missions = s.missions;
    let rows = move || {
        let (key, asc) = sort.get();
        let y = s.shown_year();
        logic::sorted(missions, key, asc)
            .into_iter()
            .map(|i| view! { <Row s=s i=i year=y/> })
            .collect_view()
    };
    view! {
        <section class="map-table" aria-labelledby="map-table-h">
            <h2 id="map-table-h">"All deployments"</h2>
            <p>"The same data as the map. Choose a mission to open its card; sort by any column."</p>
            <ScrollRegion label="Deployments table (scrollable)">
                <table>
                    <caption>{format!("{} Pakistani deployments documented on this site", missions.len())}</caption>
                    <thead><tr>
                        {SortKey::ALL.into_iter().map(|k| view! { <SortHeader k=k sort=sort/> }).collect_view()}
                        <th scope="col">"Kind"</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </ScrollRegion>
        </section>
    }
}

/// A column heading that sorts by its column (again: the other way round).
#[component]
fn SortHeader(k: SortKey, sort: RwSignal<(SortKey, bool)>) -> impl IntoView {
    let aria = move || {
        let (key, asc) = sort.get();
        if key == k {
            if asc {
                "ascending"
            } else {
                "descending"
            }
        } else {
            "none"
        }
    };
    view! {
        <th scope="col" aria-sort=aria>
            <button type="button" class="sort" on:click=move |_| sort.update(|s| {
                *s = if s.0 == k { (k, !s.1) } else { (k, !matches!(k, SortKey::Contingent | SortKey::Fatalities)) };
            })>
                {k.label()}
                <span class="sort-icon" aria-hidden="true">{move || match sort.get() {
                    (key, true) if key == k => "▲",
                    (key, false) if key == k => "▼",
                    _ => "↕",
                }}</span>
            </button>
        </th>
    }
}

/// One deployment; in one-year mode, whether it was active that year.
#[component]
fn Row(s: MapState, i: usize, year: Option<i32>) -> impl IntoView {
    let m = &s.missions[i];
    let row_btn = format!("row-{}", m.id);
    let row_btn2 = row_btn.clone();
    let active = year.map(|y| logic::active_in(m, y));
    view! {
        <tr class:selected=move || s.selected.get() == Some(i) class:inactive=active == Some(false)>
            <th scope="row">
                <button type="button" class="linkish" id=row_btn
                    aria-pressed=move || (s.selected.get() == Some(i)).to_string()
                    on:click=move |_| s.select(i, Some(row_btn2.clone()))>
                    {m.acronym.clone()}
                </button>
                <span class="row-name">{m.name.clone()}</span>
            </th>
            <td data-label="Host">{m.host.name.clone()}</td>
            <td data-label="Pakistani years">
                {m.years.display()}
                {active.map(|a| view! {
                    <span class="badge">{if a { format!("active in {}", year.unwrap_or_default()) } else { format!("not in {}", year.unwrap_or_default()) }}</span>
                })}
            </td>
            <td class="num" data-label="Contingent">{logic::contingent(m).map(|f| format!("{} ({})", f.quantity.display(), f.date.display())).unwrap_or_else(|| "not known".into())}</td>
            <td class="num" data-label="Pakistani deaths">{m.fatalities.as_ref().map(|f| f.quantity.display()).unwrap_or_else(|| "—".into())}</td>
            <td data-label="Kind">{MarkerStyle::of(m).label()}</td>
        </tr>
    }
}
