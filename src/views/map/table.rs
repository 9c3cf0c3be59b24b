//! Every deployment in a sortable table: the same data and the same selection
//! as the map, without the map. On a phone each row is a stacked card.

use super::logic::{self, MarkerStyle, SortKey};
use super::state::MapState;
use crate::components::ScrollRegion;
use crate::i18n::{lang, t};
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
    let w = &t().map;
    view! {
        <section class="map-table" aria-labelledby="map-table-h">
            <h2 id="map-table-h">{w.all_deployments}</h2>
            <p>{w.table_lede}</p>
            <ScrollRegion label=w.table_label>
                <table>
                    <caption>{(w.caption)(missions.len())}</caption>
                    <thead><tr>
                        {SortKey::ALL.into_iter().map(|k| view! { <SortHeader k=k sort=sort/> }).collect_view()}
                        <th scope="col">{w.kind}</th>
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
    let (l, w) = (lang(), &t().map);
    let cols = w.columns;
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
            <td data-label=cols[1]>{m.host.name.clone()}</td>
            <td data-label=cols[2]>
                {l.date(&m.years)}
                {active.map(|a| view! {
                    <span class="badge">{if a { (w.active_in)(year.unwrap_or_default()) } else { (w.not_in)(year.unwrap_or_default()) }}</span>
                })}
            </td>
            <td class="num" data-label=cols[3]>{logic::contingent(m).map(|f| format!("{} ({})", l.quantity(&f.quantity), l.date(&f.date))).unwrap_or_else(|| w.not_known.into())}</td>
            <td class="num" data-label=cols[4]>{m.fatalities.as_ref().map(|f| l.quantity(&f.quantity)).unwrap_or_else(|| "—".into())}</td>
            <td data-label=w.kind>{MarkerStyle::of(m).label()}</td>
        </tr>
    }
}
