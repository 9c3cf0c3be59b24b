//! The map's keeper (`src/bin/app-map-keep.rs`, a small fraction of the full
//! app's bytes): it makes the prerendered map's first controls work as they
//! stand, "Every deployment" / "One year" and the year slider (moving it shows
//! one year, as in the full app). Each state was drawn by the full app at
//! build time ([`crate::browser::states`]): the markers (for the wide and the
//! phone frame), the hosts shaded that year, the summary, the year's total,
//! the key, the description, the table and the ranking. The address keeps the
//! year ([`super::logic::UrlState`]); `assets/boot.js` starts the keeper first
//! and the full app takes over on a control the keeper does not handle (a
//! marker, zoom, play, a row) or when the reader pauses.
//!
//! The elements it handles carry `data-kept`; `<html data-keeper="ready">`
//! says it runs, `"none"` that it does not (boot.js then starts the full app).

use super::logic::UrlState;
use crate::browser::page as dom;
use crate::browser::states::{self, States};
use crate::browser::{hash, pathname, replace_url, search};
use crate::url::{with_query, QueryState};

/// Starts the keeper on the prerendered map (see the module's note).
pub fn start() {
    crate::panic::install();
    let radios = dom::all("input[name=map-mode]");
    let one_year = radios
        .iter()
        .find(|r| r.get_attribute("value").as_deref() == Some("year"))
        .cloned();
    let (Some(one_year), Some(slider), Some(dir), true) = (
        one_year,
        dom::first("#map-year"),
        states::dir(),
        dom::keepable(".map-page"),
    ) else {
        return dom::set_keeper(false);
    };
    let states = States::new(dir);
    let show = {
        let (one_year, slider) = (one_year.clone(), slider.clone());
        move || {
            if !states::keeping() {
                return;
            }
            let year = dom::checked(&one_year)
                .then(|| dom::value(&slider).parse::<i32>().ok())
                .flatten();
            if let Some(out) = dom::first(".map-year .year-out") {
                dom::set_text(&out, &dom::value(&slider));
            }
            let state = UrlState {
                mission: None,
                year,
            };
            replace_url(&with_query(
                &pathname(),
                &search(),
                &hash(),
                &state.to_query(),
            ));
            states.show(&year.map_or("all".to_string(), |y| y.to_string()));
        }
    };
    for r in &radios {
        let show = show.clone();
        dom::listen(r, "change", move |_| show());
    }
    {
        let one_year = one_year.clone();
        dom::listen(&slider, "input", move |_| {
            // moving the slider shows one year
            dom::set_checked(&one_year, true);
            show();
        });
    }
    for el in dom::all(".map-mode").iter().chain([&slider]) {
        dom::set_attr(el, "data-kept", Some(""));
    }
    dom::set_keeper(true);
}
