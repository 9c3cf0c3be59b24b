//! `/timeline`: events from 1947 to Resolution 2803. The graphic comes first:
//! an overview [`strip`] with one mark per event, stacked by year, which stays
//! in view while the list scrolls and marks the year being read; then the
//! zoom bar and the key ([`zoom`]), the [`controls`] (search, filter,
//! stepping), one "Share & data" control, and the [`list`] of events by era,
//! where an event opens in place ([`detail`]).
//!
//! The view owns a [`state::TimelineState`]; the pure logic is in [`logic`];
//! the state (event, categories, query, zoom) lives in the URL
//! ([`logic::UrlState`]).

mod controls;
mod detail;
mod icon;
#[cfg(target_arch = "wasm32")]
pub mod keeper;
mod list;
pub mod logic;
mod marks;
mod state;
mod strip;
mod zoom;

pub use detail::{EventEmbed, EventFacts};

use crate::browser::{escape_closes, prefers_reduced_motion, sync_url};
use crate::components::{in_words, PageHead, PrintActions, PrintState, ShareBar};
use crate::content::content;
use crate::url::current_query;
use controls::Controls;
use leptos::prelude::*;
use list::EventList;
use state::TimelineState;
use strip::Strip;
use zoom::{StripKey, ZoomBar};

#[component]
pub fn Timeline() -> impl IntoView {
    let init = logic::parse_state(&current_query(), |id| content().event(id).is_some());
    let s = TimelineState::new(init);
    sync_url(move || s.url_state());
    let on_escape = escape_closes(
        move || s.selected.get_untracked().is_some(),
        move || s.close(),
    );
    view! {
        <article class="timeline-page" class:tl-animate=move || !prefers_reduced_motion()
            on:keydown=on_escape>
            <PageHead title={crate::i18n::t().heads.timeline.title} lede={crate::i18n::t().heads.timeline.lede}/>
            <PrintState text=Signal::derive(move || state_in_words(&s))/>
            <Strip s=s/>
            <div class="tl-below">
                <ZoomBar s=s/>
                <StripKey/>
            </div>
            <Controls s=s/>
            <ShareBar view="timeline" title="Timeline 1947–2025"/>
            <PrintActions/>
            <EventList s=s/>
        </article>
    }
}

/// The timeline's state in words, for a printed handout:
/// "Timeline: 12 of 80 events, categories war and alliance, matching “Kashmir”."
fn state_in_words(s: &TimelineState) -> String {
    let t = crate::i18n::t();
    let w = &t.timeline;
    let shown = s.visible.with(|v| v.len());
    let mut out = (w.state)(shown, s.events.len());
    let cats = s.cats.get();
    if cats.len() < crate::content::Category::ALL.len() {
        let names: Vec<&str> = cats.iter().map(|&c| w.category(c)).collect();
        out.push_str(w.state_kinds);
        out.push_str(&in_words(&names));
    }
    let q = s.query.get();
    if !q.trim().is_empty() {
        out.push_str(&format!(
            "{}{}{}",
            w.state_matching.0,
            q.trim(),
            w.state_matching.1
        ));
    }
    if let Some(i) = s.selected.get() {
        out.push_str(t.map.state_open);
        out.push_str(&s.events[i].title);
    }
    out.push_str(t.full_stop);
    out
}
