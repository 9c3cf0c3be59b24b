//! `/map`: Pakistan's peacekeeping deployments across the world and across time.
//!
//! The map comes first: the [`frame`] (world outlines with [`markers`] and
//! their [`names`] over them; on a phone a crop of Europe, Africa and the
//! Middle East), then the map in words ([`summary`]: a one-line summary, the
//! year's total in large type beside the slider), the [`tools`] (zoom, a key
//! of what is shown), one "Share & data" control; beside it (on a phone, as a
//! sheet over the page's foot) the [`card`] of the selected deployment and
//! the largest deployments ranked; then the sortable [`table`] (stacked cards
//! on a phone). The view owns a [`state::MapState`]; the pure logic is in
//! [`logic`]; the selection and the year live in the URL ([`logic::UrlState`]).

mod card;
mod frame;
#[cfg(target_arch = "wasm32")]
pub mod keeper;
pub mod logic;
mod markers;
mod names;
mod state;
mod summary;
mod table;
mod tools;
#[rustfmt::skip]
pub mod world;

pub use card::{MissionCard, MissionEmbed};

use crate::browser::{escape_closes, sync_url};
use crate::components::{
    ContributionLine, PageHead, PrintActions, PrintState, ShareBar, YearPlayer,
};
use crate::content::content;
use crate::url::{current_query, href};
use frame::MapFrame;
use leptos::prelude::*;
use logic::{UrlState, FIRST_YEAR, LAST_YEAR};
use state::MapState;
use summary::{Description, Personnel, Ranked, Summary};
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
            <PageHead title={crate::i18n::t().heads.map.title} lede={crate::i18n::t().heads.map.lede}/>
            <PrintState text=Signal::derive(move || state_in_words(&s))/>
            {notes.year.map(|n| view! { <p class="notice" role="status">{n}</p> })}
            {notes.mission.map(|n| view! { <p class="notice" role="status">{n}</p> })}
            <div class="map-layout" class:has-card=move || s.selected.get().is_some()>
                <div class="map-main">
                    <MapFrame s=s/>
                    <Summary s=s/>
                    <YearControls s=s/>
                    <MapTools s=s/>
                    <ShareBar view="map" title="Map of deployments"/>
                    <PrintActions/>
                    <Description s=s/>
                    <p class="map-credit">
                        {crate::i18n::t().map.credit.0}
                        <a href=href("/sources#src-natural-earth") lang=crate::components::en_attr()>"Natural Earth"</a>
                        {crate::i18n::t().map.credit.1}
                    </p>
                    <MissionTable s=s/>
                </div>
                // beside the map and the table on wide screens (the card stays in view), so
                // choosing a row or a marker never moves the reader
                <div class="map-side">
                    <MissionCard selected=s.selected year=Signal::derive(move || s.shown_year())
                        on_close=Callback::new(move |_| s.close())
                        on_show=Callback::new(move |i| s.show_on_map(i))/>
                    <Ranked s=s/>
                </div>
            </div>
        </article>
    }
}

/// Every deployment or one year, the year (moving it shows one year), and the
/// year's total in large type beside the slider.
#[component]
fn YearControls(s: MapState) -> impl IntoView {
    let by_year = s.by_year;
    let show = crate::i18n::t().map.show;
    view! {
        <div class="map-controls">
            <div class="map-year">
                <fieldset class="map-mode">
                    <legend>{show[0]}</legend>
                    <label><input type="radio" name="map-mode" value="all"
                        prop:checked=move || !by_year.get()
                        on:change=move |_| by_year.set(false)/>{show[1]}</label>
                    <label><input type="radio" name="map-mode" value="year"
                        prop:checked=move || by_year.get()
                        on:change=move |_| by_year.set(true)/>{show[2]}</label>
                </fieldset>
                <YearPlayer year=s.year first=FIRST_YEAR last=LAST_YEAR id="map-year"
                    on_touch=Callback::new(move |_| by_year.set(true))/>
                <ContributionLine year=Signal::derive(move || s.shown_year())/>
            </div>
            <Personnel s=s/>
        </div>
    }
}

/// The map's state in words, for a printed handout: "Map: missions active in 1993."
fn state_in_words(s: &MapState) -> String {
    let w = &crate::i18n::t().map;
    let mut out = match s.shown_year() {
        Some(y) => (w.state_year)(y),
        None => (w.state_all)(FIRST_YEAR, LAST_YEAR),
    };
    if let Some(i) = s.selected.get() {
        out.push_str(w.state_open);
        out.push_str(&s.missions[i].name);
    }
    out.push_str(crate::i18n::t().full_stop);
    out
}

#[cfg(test)]
mod tests {
    use crate::routes::View;
    use crate::testing::html_at;
    use crate::views::render;

    /// The small line of Pakistanis on UN duty under the year slider: its
    /// cursor follows the year shown, and only a year the figures reach has
    /// one; on Urdu pages its words are Urdu.
    #[test]
    fn the_contribution_line_follows_the_year_shown() {
        let map = |path: &str, query: &str| {
            let html = html_at(path, query, || render(View::Map));
            let at = html
                .find("class=\"spark\"")
                .expect("the map has the small line");
            let end = at + html[at..].find("</div>").unwrap();
            html[at..end].to_string()
        };
        let cursor = |s: &str| s.contains("class=\"cursor\"");
        let y2010 = map("/map", "?year=2010");
        assert!(
            y2010.contains("Pakistanis on UN duty") && cursor(&y2010),
            "{y2010}"
        );
        assert!(
            !cursor(&map("/map", "?year=1993")),
            "no figure before 2004: no cursor"
        );
        assert!(!cursor(&map("/map", "")), "every year: no cursor");
        let ur = map("/ur/map", "?year=2010");
        assert!(
            cursor(&ur) && !ur.contains("Pakistanis") && ur.contains("پاکستانی"),
            "{ur}"
        );
    }
}
