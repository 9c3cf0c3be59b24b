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
            <PageHead title="Timeline 1947–2025" lede="Every event from 1947 to Resolution 2803 as one mark: the taller a year, the more happened."/>
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
    let shown = s.visible.with(|v| v.len());
    let mut out = format!("Timeline: {shown} of {} events", s.events.len());
    let cats = s.cats.get();
    if cats.len() < crate::content::Category::ALL.len() {
        let names: Vec<&str> = cats.iter().map(|c| c.label()).collect();
        out.push_str(&format!(", categories {}", in_words(&names)));
    }
    let q = s.query.get();
    if !q.trim().is_empty() {
        out.push_str(&format!(", matching “{}”", q.trim()));
    }
    if let Some(i) = s.selected.get() {
        out.push_str(&format!("; open: {}", s.events[i].title));
    }
    out.push('.');
    out
}
