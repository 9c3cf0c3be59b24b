//! Under the map: zoom and pan buttons with the zoom level, and the key,
//! which lists only what the map shows at the moment.

use super::logic::{self, MarkerStyle, MAX_ZOOM};
use super::state::{initial_view, MapState};
use crate::i18n::t;
use leptos::prelude::*;

/// `1×`, `2.5×`
fn zoom_label(z: f64) -> String {
    if (z - z.round()).abs() < 0.05 {
        format!("{:.0}×", z)
    } else {
        format!("{:.1}×", z)
    }
}

#[component]
pub fn MapTools(s: MapState) -> impl IntoView {
    let vb = s.vb;
    let zoom_by = move |f: f64| vb.update(|v| *v = v.zoomed(f, 0.5, 0.5));
    let pan_by = move |fx: f64, fy: f64| vb.update(|v| *v = v.panned(fx, fy));
    let w = &t().map;
    let z = w.zoom;
    view! {
        <div class="map-tools">
            <div class="zoom" role="group" aria-label=w.zoom_group>
                <button type="button" on:click=move |_| zoom_by(2.0) aria-label=z[0]
                    disabled=move || { vb.get().zoom() >= MAX_ZOOM - 1e-6 }>"+"</button>
                <button type="button" on:click=move |_| zoom_by(0.5) aria-label=z[1]
                    disabled=move || { vb.get().zoom() <= 1.0 + 1e-6 }>"−"</button>
                <button type="button" on:click=move |_| pan_by(-0.25, 0.0) aria-label=z[2]>"←"</button>
                <button type="button" on:click=move |_| pan_by(0.0, -0.25) aria-label=z[3]>"↑"</button>
                <button type="button" on:click=move |_| pan_by(0.0, 0.25) aria-label=z[4]>"↓"</button>
                <button type="button" on:click=move |_| pan_by(0.25, 0.0) aria-label=z[5]>"→"</button>
                <button type="button" on:click=move |_| vb.set(initial_view())>{z[6]}</button>
                <span class="zoom-level" aria-live="polite">{move || zoom_label(vb.get().zoom())}</span>
            </div>
            <Legend s=s/>
        </div>
    }
}

/// The key: the marker styles among the deployments shown, then size,
/// clusters and shading only when the map has them.
#[component]
fn Legend(s: MapState) -> impl IntoView {
    let items = move || {
        let shown = s.shown.get();
        let ms = s.missions;
        let styles: Vec<MarkerStyle> = [
            MarkerStyle::Ongoing,
            MarkerStyle::Ended,
            MarkerStyle::Hosted,
            MarkerStyle::Prospective,
            MarkerStyle::Bilateral,
        ]
        .into_iter()
        .filter(|st| shown.iter().any(|&i| MarkerStyle::of(&ms[i]) == *st))
        .collect();
        let unknown = shown.iter().any(|&i| logic::symbol_px(&ms[i]).is_none());
        let year = s.shown_year();
        let w = &t().map;
        let rows = styles
            .into_iter()
            .map(|st| {
                view! {
                    <li><span class=format!("map-key marker {}", st.class()) aria-hidden="true"><span class="sym"></span></span>{st.label()}</li>
                }
                .into_any()
            })
            .collect::<Vec<_>>();
        view! {
            {rows}
            {unknown.then(|| view! {
                <li><span class="map-key marker ended unknown-size" aria-hidden="true"><span class="sym"></span></span>{w.dashed}</li>
            })}
            <li class="map-key-note">{w.area_grows}</li>
            {match year {
                Some(y) => view! { <li><span class="map-key swatch host active" aria-hidden="true"></span>{(w.hatched)(y)}</li> }.into_any(),
                None => view! { <li><span class="map-key swatch host" aria-hidden="true"></span>{w.shaded}</li> }.into_any(),
            }}
        }
    };
    view! {
        <div class="legend">
            <h2 class="legend-h">{t().map.key}</h2>
            <ul>{items}</ul>
        </div>
    }
}
