//! `/map`: Pakistan's peacekeeping deployments across the world and across time.
//!
//! The view owns a [`state::MapState`] and composes its regions: the year
//! controls, the [`frame`] (world outlines with [`markers`] over them), the
//! [`tools`] (zoom, key), the map in words ([`summary`]), the [`card`] of the
//! selected deployment and the sortable [`table`]. The pure logic is in
//! [`logic`]; the selection and the year live in the URL ([`logic::UrlState`]).

mod card;
mod frame;
pub mod logic;
mod markers;
mod state;
mod summary;
mod table;
mod tools;
#[rustfmt::skip]
pub mod world;

pub use card::{MissionCard, MissionEmbed};

use crate::browser::{escape_closes, sync_url};
use crate::components::{PageHead, PrintActions, PrintState, ShareBar, YearPlayer};
use crate::content::content;
use crate::url::{current_query, href};
use frame::MapFrame;
use leptos::prelude::*;
use logic::{UrlState, FIRST_YEAR, LAST_YEAR};
use state::MapState;
use summary::{Description, Personnel, Summary};
use table::MissionTable;
use tools::MapTools;

#[component]
pub fn MapView() -> impl IntoView {
    // the state from the URL (junk falls back with a visible note)
    let (init, notes) = UrlState::parse(&current_query(), |id| content().mission(id).is_some());
    let s = MapState::new(&init);
    sync_url(move || s.url_state());
    let on_escape = escape_closes(
        move || s.selected.get_untracked().is_some(),
        move || s.close(),
    );
    view! {
        <article class="map-page" on:keydown=on_escape>
            <PageHead title="Map of deployments" lede="Where Pakistani peacekeepers have served since 1960, year by year: every deployment this site documents, with its size, losses and sources."/>
            <ShareBar view="map" title="Map of deployments"/>
            <PrintActions/>
            <PrintState text=Signal::derive(move || state_in_words(&s))/>
            {notes.year.map(|n| view! { <p class="notice" role="status">{n}</p> })}
            {notes.mission.map(|n| view! { <p class="notice" role="status">{n}</p> })}
            <YearControls s=s/>
            <div class="map-layout">
                <div class="map-main">
                    <Summary s=s/>
                    <MapFrame s=s/>
                    <MapTools s=s/>
                    <Personnel s=s/>
                    <Description s=s/>
                    <p class="map-credit">
                        "Country outlines: "
                        <a href=href("/sources#src-natural-earth")>"Natural Earth"</a>
                        " 1:50m (public domain), simplified; Equal Earth projection. Borders are drawn as Natural Earth has them and imply no view on disputed territory. A marker stands for a mission’s area or a named base, not an exact position; nearby markers are nudged apart until you zoom in."
                    </p>
                </div>
                <MissionCard selected=s.selected year=Signal::derive(move || s.shown_year())
                    on_close=Callback::new(move |_| s.close())
                    on_show=Callback::new(move |i| s.show_on_map(i))/>
            </div>
            <MissionTable s=s/>
        </article>
    }
}

/// Every deployment or one year, and the year (moving it shows one year).
#[component]
fn YearControls(s: MapState) -> impl IntoView {
    let by_year = s.by_year;
    view! {
        <div class="map-controls">
            <fieldset class="map-mode">
                <legend>"Show"</legend>
                <label><input type="radio" name="map-mode" value="all"
                    prop:checked=move || !by_year.get()
                    on:change=move |_| by_year.set(false)/>" every deployment"</label>
                <label><input type="radio" name="map-mode" value="year"
                    prop:checked=move || by_year.get()
                    on:change=move |_| by_year.set(true)/>" one year"</label>
            </fieldset>
            <YearPlayer year=s.year first=FIRST_YEAR last=LAST_YEAR id="map-year"
                on_touch=Callback::new(move |_| by_year.set(true))/>
        </div>
    }
}

/// The map's state in words, for a printed handout: "Map: missions active in 1993."
fn state_in_words(s: &MapState) -> String {
    let mut out = match s.shown_year() {
        Some(y) => format!("Map: missions active in {y}"),
        None => format!("Map: every deployment, {FIRST_YEAR}–{LAST_YEAR}"),
    };
    if let Some(i) = s.selected.get() {
        out.push_str(&format!("; open: {}", s.missions[i].name));
    }
    out.push('.');
    out
}
