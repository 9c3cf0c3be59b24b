//! `/alignment`: the bridge-state explorer. How Pakistan has balanced the
//! United States and the West, China, and the Gulf and Islamic world, drawn
//! from the coded data (see [`scoring`]); the reader changes the weights and
//! sees the path recomputed; the Gaza options are shown as sourced arguments.
//!
//! The explorer owns its signals (year, weights, option) and composes its
//! regions: the graphic first, small [`multiples`] of each tie over time,
//! then the year slider, the triangle ([`chart`]) as a second view, and
//! beside them the year [`panel`] (narrative, weights, coded values,
//! evidence); then the [`scenarios`]. Placement logic is in [`layout`]. The
//! state lives in the URL ([`url::UrlState`]).

mod chart;
#[cfg(target_arch = "wasm32")]
pub mod keeper;
pub mod layout;
mod multiples;
mod panel;
mod scenarios;
pub mod scoring;
pub mod url;

use crate::browser::{self, sync_url};
use crate::components::{PageHead, PrintActions, PrintState, Prose, ShareBar, YearPlayer};
use crate::content::{content, Alignment};
use crate::url::{current_query, href};
use chart::TernaryChart;
use leptos::prelude::*;
use multiples::SmallMultiples;
use panel::YearPanel;
use scenarios::Scenarios;
use url::UrlState;

#[component]
pub fn Alignment() -> impl IntoView {
    let c = content();
    let Some(a) = c.alignment.as_ref() else {
        return view! {
            <article class="alignment-page">
                <PageHead title="The bridge state" lede="The alignment coding is not available."/>
            </article>
        }
        .into_any();
    };
    view! { <Explorer a=a/> }.into_any()
}

#[component]
fn Explorer(a: &'static Alignment) -> impl IntoView {
    let c = content();
    // the state from the URL (junk falls back to defaults, with a note)
    let known_option = |o: &str| c.scenarios.iter().any(|s| s.id == o);
    let (init, notes) = UrlState::parse(&current_query(), a, known_option);
    let year = RwSignal::new(init.year);
    let weights = RwSignal::new(init.weights);
    let option = RwSignal::new(init.option);
    sync_url(move || UrlState {
        alignment: a,
        year: year.get(),
        weights: weights.get(),
        option: option.get(),
    });
    let trajectory = Memo::new(move |_| scoring::trajectory(a, &weights.get()));
    let current = Memo::new(move |_| scoring::position(a, year.get(), &weights.get()));

    let codebook = c.chapter("codebook");
    // a link to `/alignment#codebook` opens it
    if browser::hash() == "#codebook" {
        request_animation_frame(open_codebook);
    }
    view! {
        <article class="alignment-page">
            <PageHead title={crate::i18n::t().heads.alignment.title} lede={crate::i18n::t().heads.alignment.lede}/>
            <PrintState text=Signal::derive(move || state_in_words(a, year.get(), &weights.get(), option.get().as_deref()))/>
            {notes.weights.map(|n| view! { <p class="notice" role="status">{n}</p> })}

            <div class="align-layout">
                <section class="align-chart" aria-labelledby="chart-h">
                    <h2 id="chart-h">{(crate::i18n::t().align.chart_h)(a.first_year, a.last_year)}</h2>
                    <SmallMultiples a=a weights=weights year=year/>
                    <YearPlayer year=year first=a.first_year last=a.last_year id="align-year"/>
                    <h3 class="ternary-h">{crate::i18n::t().align.ternary_h}</h3>
                    <TernaryChart a=a trajectory=trajectory current=current year=year/>
                    <p class="method-note">
                        {crate::i18n::t().align.method_note}
                        {codebook.map(|_| view! {
                            // A plain `#codebook` would resolve against <base href> and leave the page.
                            <a href=href("/alignment#codebook") on:click=move |ev| {
                                ev.prevent_default();
                                open_codebook();
                            }>{crate::i18n::t().align.how_coded}</a>
                        })}
                    </p>
                    <ShareBar view="alignment" title="The bridge state: alignment explorer"/>
                    <PrintActions/>
                </section>
                <YearPanel a=a year=year weights=weights current=current/>
            </div>

            <Scenarios option=option note=notes.option/>

            {codebook.map(|ch| view! {
                <details class="codebook" id="codebook">
                    <summary>{crate::i18n::t().align.codebook}</summary>
                    <Prose chapter=ch/>
                </details>
            })}
        </article>
    }
    .into_any()
}

/// Opens the codebook disclosure and moves focus to it.
fn open_codebook() {
    browser::open_details("codebook");
}

/// The explorer's state in words, for a printed handout:
/// "Alignment explorer: 1993; weights security 5, economic 3, diplomatic 2."
fn state_in_words(a: &Alignment, year: i32, w: &scoring::Weights, option: Option<&str>) -> String {
    let weights: Vec<(String, f64)> = a
        .dimensions
        .iter()
        .zip(&w.0)
        .map(|(d, v)| (d.label.clone(), *v))
        .collect();
    let option = option
        .and_then(|id| content().scenarios.iter().find(|s| s.id == id))
        .map(|s| s.label.as_str());
    state_words(year, &weights, option)
}

/// [`state_in_words`] from what the page shows: each dimension's label and
/// weight, and the option's label (the keeper reads them from the page).
pub fn state_words(year: i32, weights: &[(String, f64)], option: Option<&str>) -> String {
    let weights: Vec<String> = weights
        .iter()
        .map(|(label, v)| format!("{} {}", label.to_lowercase(), v))
        .collect();
    let t = crate::i18n::t();
    let mut out = (t.align.state)(year, &weights.join(t.map.list_sep), option);
    out.push_str(t.full_stop);
    out
}
