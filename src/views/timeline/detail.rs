//! An event's detail, opened in place in the list: its date, facts, related
//! events and missions, and sources. The same facts make the embeddable event
//! card (`/embed/event`).

use super::icon::CatIcon;
use super::state::TimelineState;
use crate::components::{set_title, FlagNote, Missing, SourceRefs};
use crate::content::{content, Event};
use crate::url::{href, query_value};
use leptos::prelude::*;

/// An open event's detail, in place in the list: its date, facts, related
/// events and missions, sources, and buttons to step to the events beside it.
#[component]
pub fn Detail(s: TimelineState, i: usize) -> impl IntoView {
    let events = s.events;
    let e = &events[i];
    let announce = RwSignal::new(String::new());
    let step = move |dir: i32, id: &'static str| {
        if let Some(text) = s.step(dir, Some(id)) {
            announce.set(text);
        }
    };
    let related = e
        .related
        .iter()
        .filter_map(|id| events.iter().position(|x| &x.id == id))
        .map(|j| {
            let r = &events[j];
            view! {
                <li>
                    <button class="tl-linkish" on:click=move |_| s.open(j, None)>
                        <CatIcon cat=r.category/>
                        {format!("{}: {}", crate::i18n::lang().date(&r.date), r.title)}
                    </button>
                </li>
            }
        })
        .collect_view();
    view! {
        <section id="tl-detail" class="tl-detail" data-cat=e.category.id()
            aria-labelledby="tl-detail-title">
            <div class="tl-detail-head">
                <p class="tl-detail-date">
                    <time datetime=e.date.start.iso()>{crate::i18n::lang().date(&e.date)}</time>
                    {e.after_resolution.then_some(" · after the resolution")}
                </p>
                <button class="tl-close" on:click=move |_| s.close()
                    aria-label={crate::i18n::t().timeline.close_label}>{crate::i18n::t().timeline.close}</button>
            </div>
            <h4 id="tl-detail-title" tabindex="-1">{e.title.clone()}</h4>
            <EventFacts e=e level=Level::H5/>
            {(!e.related.is_empty()).then(|| view! {
                <h5>{crate::i18n::t().timeline.related_events}</h5>
                <ul class="tl-related">{related}</ul>
            })}
            <SourceRefs ids=e.sources.clone()/>
            <div class="tl-detail-step" role="group" aria-label={crate::i18n::t().timeline.step_group}>
                <button type="button" id="tl-prev" on:click=move |_| step(-1, "tl-prev")>{crate::i18n::t().timeline.previous}</button>
                <button type="button" id="tl-next" on:click=move |_| step(1, "tl-next")>{crate::i18n::t().timeline.next}</button>
                <span class="visually-hidden" aria-live="polite">{move || announce.get()}</span>
            </div>
        </section>
    }
}

/// The level of the headings inside an event's facts.
#[derive(Clone, Copy, PartialEq)]
pub enum Level {
    H3,
    H5,
}

/// A sub-heading at `level`.
fn sub_heading(level: Level, text: &'static str) -> AnyView {
    match level {
        Level::H3 => view! { <h3>{text}</h3> }.into_any(),
        Level::H5 => view! { <h5>{text}</h5> }.into_any(),
    }
}

/// What the timeline's detail and the embeddable event card share: category,
/// place and era, the summary, any flag, and the related missions on the map.
#[component]
pub fn EventFacts(e: &'static Event, #[prop(optional)] level: Option<Level>) -> impl IntoView {
    let level = level.unwrap_or(Level::H3);
    let c = content();
    let era = e
        .era
        .as_deref()
        .and_then(|id| c.eras.iter().find(|x| x.id == id))
        .map(|x| x.label.clone());
    let missions = e
        .missions
        .iter()
        .filter_map(|id| c.mission(id))
        .map(|m| {
            let link = href(&format!("/map?mission={}&year={}", m.id, e.date.start.year));
            view! { <li><a href=link>{format!("{} — {}", m.acronym, m.name)}</a>" (on the map)"</li> }
        })
        .collect_view();
    view! {
            <p class="tl-detail-meta">
                <CatIcon cat=e.category/>
                " " {crate::i18n::t().timeline.category(e.category)}
                {e.place.clone().map(|p| format!(" · {p}"))}
                {era.map(|x| format!(" · {x}"))}
            </p>
            <p class="tl-detail-summary">{e.summary.clone()}</p>
            <FlagNote flag=e.flag.clone()/>
            {(!e.missions.is_empty()).then(|| view! {
                {sub_heading(level, crate::i18n::t().timeline.related_missions)}
                <ul class="tl-related">{missions}</ul>
            })}
    }
}

/// One timeline event as a card, for other people's pages: `/embed/event?id=ID`.
#[component]
pub fn EventEmbed() -> impl IntoView {
    let id = query_value("id");
    match id.as_deref().and_then(|i| content().event(i)) {
        None => view! { <Missing what="event" id=id/> }.into_any(),
        Some(e) => {
            set_title(&e.title);
            view! {
                <article class="tl-detail embed-card" data-cat=e.category.id()>
                    <p class="tl-detail-date"><time datetime=e.date.start.iso()>{crate::i18n::lang().date(&e.date)}</time></p>
                    <h1 id="tl-detail-title">{e.title.clone()}</h1>
                    <EventFacts e=e/>
                    <SourceRefs ids=e.sources.clone()/>
                </article>
            }
            .into_any()
        }
    }
}
