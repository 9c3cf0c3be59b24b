//! The alignment explorer's keeper (`src/bin/app-alignment-keep.rs`, a small
//! fraction of the full app's bytes): it makes the prerendered explorer's
//! year slider and its Gaza options work as they stand. Each year and each
//! option was drawn by the full app at build time
//! ([`crate::browser::states`]): for a year the small multiples' and the
//! triangle's marks, the year's narrative, position, coded values and
//! evidence; for an option its arguments and voices. The printed state line
//! is written from the page with the view's own words ([`super::state_words`]),
//! and the address keeps the year and the option as the full app writes them.
//! `assets/boot.js` starts the keeper first; the full app takes over on a
//! control the keeper does not handle (the weights, play, the codebook) or
//! when the reader pauses.
//!
//! The elements it handles carry `data-kept`; `<html data-keeper="ready">`
//! says it runs, `"none"` that it does not (boot.js then starts the full app).

use crate::browser::page::{self as dom, Node};
use crate::browser::states::{self, States};
use crate::browser::{hash, pathname, replace_url, search};
use crate::url::with_query;

/// The checked option's id and label.
fn option(radios: &[Node]) -> Option<(String, String)> {
    let r = radios.iter().find(|r| dom::checked(r))?;
    let label = r
        .closest("label")
        .ok()
        .flatten()
        .map(|l| dom::text(&l).trim().to_string())
        .unwrap_or_default();
    Some((r.get_attribute("value")?, label))
}

/// The page's state: the printed line and the address follow it.
fn write_state(slider: &Node, radios: &[Node]) {
    let year = dom::value(slider).parse::<i32>().unwrap_or_default();
    let option = option(radios);
    let weights: Vec<(String, f64)> = dom::all(".align-panel .weight")
        .iter()
        .filter_map(|w| {
            let label = dom::text(&dom::first_in(w, "label")?);
            let v = dom::value(&dom::first_in(w, "input")?)
                .parse::<f64>()
                .ok()?;
            Some((label.trim().to_string(), v))
        })
        .collect();
    if let Some(p) = dom::first(".alignment-page .print-state") {
        dom::set_text(
            &p,
            &super::state_words(year, &weights, option.as_ref().map(|o| o.1.as_str())),
        );
    }
    let pairs = [
        ("year", Some(year.to_string())),
        ("option", option.map(|o| o.0)),
    ];
    replace_url(&with_query(&pathname(), &search(), &hash(), &pairs));
}

/// Starts the keeper on the prerendered explorer (see the module's note).
pub fn start() {
    crate::panic::install();
    let (Some(slider), Some(dir), true) = (
        dom::first("#align-year"),
        states::dir(),
        dom::keepable(".alignment-page"),
    ) else {
        return dom::set_keeper(false);
    };
    let radios = dom::all("input[name=gaza-option]");
    // a year and an option change different regions: each group its own states
    let (years, options) = (States::new(dir.clone()), States::new(dir));
    {
        let (slider2, radios) = (slider.clone(), radios.clone());
        dom::listen(&slider, "input", move |_| {
            if !states::keeping() {
                return;
            }
            let year = dom::value(&slider2);
            if let Some(out) = dom::first(".align-chart .year-out") {
                dom::set_text(&out, &year);
            }
            write_state(&slider2, &radios);
            years.show(&format!("y{year}"));
        });
    }
    for r in &radios {
        let (options, slider, radios, r2) =
            (options.clone(), slider.clone(), radios.clone(), r.clone());
        dom::listen(r, "change", move |_| {
            if !states::keeping() {
                return;
            }
            write_state(&slider, &radios);
            if let Some(id) = r2.get_attribute("value") {
                options.show(&format!("o-{id}"));
            }
        });
    }
    for el in dom::all(".scenarios .options").iter().chain([&slider]) {
        dom::set_attr(el, "data-kept", Some(""));
    }
    dom::set_keeper(true);
}
