//! A deployment's card: host, years, role, the sourced contingent and losses,
//! notable facts and its events on the timeline. The same card, alone, is the
//! embeddable mission card (`/embed/mission`).

use super::logic::{self, MarkerStyle};
use crate::components::{set_title, FlagNote, Missing, SourceRefs};
use crate::content::{content, DatedFigure};
use crate::i18n::{lang, t};
use crate::url::{href, query_value};
use leptos::prelude::*;

fn figure_line(f: &DatedFigure) -> String {
    let l = lang();
    let mut s = (l.strings().map.as_of)(&l.quantity(&f.quantity), &l.date(&f.date));
    if let Some(n) = &f.note {
        s.push_str(l.strings().full_stop);
        s.push(' ');
        s.push_str(n);
    }
    s
}

/// A deployment's card. Without `on_close`/`on_show` (the embeddable card) it
/// has no close button and links to the full map instead of zooming.
#[component]
pub fn MissionCard(
    selected: RwSignal<Option<usize>>,
    year: Signal<Option<i32>>,
    #[prop(optional)] on_close: Option<Callback<()>>,
    /// Zooms the map to the mission (switching to a year it was active if needed).
    #[prop(optional)]
    on_show: Option<Callback<usize>>,
) -> impl IntoView {
    let c = content();
    let (l, w) = (lang(), &t().map);
    move || match selected.get() {
        None => view! {
            <aside class="map-card empty" aria-label=w.details_label>
                <p>{w.choose}</p>
            </aside>
        }
        .into_any(),
        Some(i) => {
            let m = &c.missions[i];
            let not_active = year
                .get()
                .filter(|&y| !logic::active_in(m, y))
                .map(|y| (w.not_active)(y, &l.date(&m.years)));
            let contingent = m
                .contingent
                .iter()
                .map(|f| {
                    view! {
                        <li>
                            {figure_line(f)}
                            <FlagNote flag=f.flag.clone()/>
                            <SourceRefs ids=f.sources.clone()/>
                        </li>
                    }
                })
                .collect_view();
            let notable = m
                .notable
                .iter()
                .map(|n| {
                    view! {
                        <li>
                            {n.date.as_ref().map(|d| format!("{}: ", l.date(d)))}
                            {n.text.clone()}
                            <FlagNote flag=n.flag.clone()/>
                            <SourceRefs ids=n.sources.clone()/>
                        </li>
                    }
                })
                .collect_view();
            let events = m
                .events
                .iter()
                .filter_map(|id| c.event(id))
                .map(|e| {
                    view! {
                        <li><a href=href(&format!("/timeline?event={}", e.id))>{format!("{}: {}", l.date(&e.date), e.title)}</a></li>
                    }
                })
                .collect_view();
            let roles = m
                .roles
                .iter()
                .map(|&r| w.role(r))
                .collect::<Vec<_>>()
                .join(w.list_sep);
            let status = match (m.status, &m.status_as_of) {
                (crate::content::Status::Ongoing, Some(d)) => {
                    (w.ongoing_as_of)(&l.date(&m.years), &l.day(d))
                }
                _ => l.date(&m.years),
            };
            view! {
                <aside class="map-card" aria-labelledby="map-card-title" data-mission=m.id.clone()>
                    <div class="map-card-head">
                        <p class="map-card-kind">{MarkerStyle::of(m).label()}</p>
                        {on_close.map(|cb| view! {
                            <button type="button" class="map-close" aria-label=w.close_label
                                on:click=move |_| cb.run(())>{w.close}</button>
                        })}
                    </div>
                    <h2 id="map-card-title" tabindex="-1">{m.acronym.clone()}<span class="map-card-name">{m.name.clone()}</span></h2>
                    {not_active.map(|n| view! { <p class="notice">{n}</p> })}
                    <dl class="map-facts">
                        <dt>{w.host}</dt><dd>{m.host.name.clone()}</dd>
                        <dt>{w.years}</dt><dd>{status}</dd>
                        <dt>{w.role}</dt><dd>{roles}</dd>
                        <dt>{w.marker}</dt><dd>{m.location.note.clone().unwrap_or_else(|| w.mission_area.into())}</dd>
                        <dt>{w.confidence}</dt><dd>{w.confidence_label(m.confidence)}</dd>
                    </dl>
                    <p>{m.summary.clone()}</p>
                    <FlagNote flag=m.flag.clone()/>
                    <h3>{w.contingent}</h3>
                    {if m.contingent.is_empty() {
                        view! { <p>{w.no_contingent}</p> }.into_any()
                    } else {
                        view! { <ul class="map-figs">{contingent}</ul> }.into_any()
                    }}
                    <h3>{w.deaths}</h3>
                    {match &m.fatalities {
                        Some(f) => view! {
                            <div class="map-figs">
                                <p>{figure_line(f)}</p>
                                <FlagNote flag=f.flag.clone()/>
                                <SourceRefs ids=f.sources.clone()/>
                            </div>
                        }.into_any(),
                        None => view! { <p>{w.no_deaths}</p> }.into_any(),
                    }}
                    {(!m.notable.is_empty()).then(|| view! { <h3>{w.notable}</h3><ul>{notable}</ul> })}
                    {(!m.events.is_empty()).then(|| view! { <h3>{w.on_timeline}</h3><ul>{events}</ul> })}
                    <p>{match on_show {
                        Some(cb) => view! { <button type="button" class="map-show" on:click=move |_| cb.run(i)>{w.show_on_map}</button> }.into_any(),
                        None => view! { <a href=href(&format!("/map?mission={}", m.id))>{w.see_full_map}</a> }.into_any(),
                    }}</p>
                    <SourceRefs ids=m.sources.clone()/>
                </aside>
            }
            .into_any()
        }
    }
}

/// One deployment as a card, for other people's pages: `/embed/mission?id=ID`.
#[component]
pub fn MissionEmbed() -> impl IntoView {
    let id = query_value("id");
    let c = content();
    match id
        .as_deref()
        .and_then(|i| c.missions.iter().position(|m| m.id == i))
    {
        None => view! { <Missing what="mission" id=id/> }.into_any(),
        Some(i) => {
            set_title(&c.missions[i].name);
            let selected = RwSignal::new(Some(i));
            view! {
                <h1 class="visually-hidden">{c.missions[i].name.clone()}</h1>
                <MissionCard selected=selected year=Signal::derive(|| None)/>
            }
            .into_any()
        }
    }
}
