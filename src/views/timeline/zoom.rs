//! Under the strip: zoom in and out, earlier and later, the whole span, an
//! era, the period shown (which the list follows), and the key to the marks.

use super::icon::CatIcon;
use super::logic::{self, Window};
use super::state::TimelineState;
use crate::content::{content, Category};
use leptos::prelude::*;

#[component]
pub fn ZoomBar(s: TimelineState) -> impl IntoView {
    let eras = &content().eras;
    let era_options = eras
        .iter()
        .map(|e| {
            view! {
                <option value=e.id.clone()>{format!("{} ({})", e.label, crate::i18n::lang().date(&e.span))}</option>
            }
        })
        .collect_view();
    let era_value = move || {
        let w = s.win.get();
        if w.is_full() {
            return String::new();
        }
        eras.iter()
            .find(|e| {
                let (a, b) = logic::span_of(&e.span);
                let ew = Window::clamped(a, b);
                (ew.from - w.from).abs() < 0.01 && (ew.to - w.to).abs() < 0.01
            })
            .map(|e| e.id.clone())
            .unwrap_or_else(|| "custom".into())
    };
    let on_era = move |ev: leptos::ev::Event| {
        let v = event_target_value(&ev);
        match eras.iter().find(|e| e.id == v) {
            Some(e) => {
                let (a, b) = logic::span_of(&e.span);
                s.win.set(Window::clamped(a, b));
            }
            None if v == "custom" => {}
            None => s.win.set(Window::full()),
        }
    };
    let range = move || {
        let w = s.win.get();
        (
            w.from.floor() as i32,
            ((w.to - 1e-6).floor() as i32).min(2025),
        )
    };
    let w = &crate::i18n::t().timeline;
    let range_text = move || {
        let (f, t) = range();
        if s.win.get().is_full() {
            (w.showing)(1947, 2025)
        } else {
            (w.showing)(f, t)
        }
    };
    view! {
        <div class="tl-zoom" role="group" aria-label={w.zoom[0]}>
            <button type="button" aria-label={w.zoom[1]} on:click=move |_| s.zoom(0.5)>"−"</button>
            <button type="button" aria-label={w.zoom[2]} on:click=move |_| s.zoom(2.0)>"+"</button>
            <button type="button" aria-label={w.zoom[3]} on:click=move |_| s.pan(-1.0)>"◀"</button>
            <button type="button" aria-label={w.zoom[4]} on:click=move |_| s.pan(1.0)>"▶"</button>
            <button type="button" on:click=move |_| s.win.set(Window::full())>{w.zoom[5]}</button>
            <label class="tl-era-select">
                {w.zoom[6]}
                <select prop:value=era_value on:change=on_era>
                    <option value="">{(w.all_years)(1947, 2025)}</option>
                    {era_options}
                    <option value="custom" hidden=move || s.win.get().is_full()
                        disabled=true>{move || { let (f, t) = range(); (w.zoomed)(f, t) }}</option>
                </select>
            </label>
            <span class="tl-range" id="tl-range">{range_text}</span>
        </div>
    }
}

/// The marks' key: each kind of event with its shape, and what a bar means.
#[component]
pub fn StripKey() -> impl IntoView {
    let kinds = Category::ALL
        .into_iter()
        .map(|c| view! { <li><CatIcon cat=c/>" " {crate::i18n::t().timeline.category(c)}</li> })
        .collect_view();
    view! {
        <ul class="tl-legend" aria-label={crate::i18n::t().timeline.legend.0}>
            {kinds}
            <li><span class="tl-legend-bar" aria-hidden="true"></span>{crate::i18n::t().timeline.legend.1}</li>
        </ul>
    }
}
