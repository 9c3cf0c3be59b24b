//! Beside the map: zoom and pan buttons with the zoom level, and the key.

use super::logic::{MarkerStyle, ViewBox, MAX_ZOOM};
use super::state::MapState;
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
    view! {
        <div class="map-tools">
            <div class="zoom" role="group" aria-label="Zoom and pan the map">
                <button type="button" on:click=move |_| zoom_by(2.0) aria-label="Zoom in"
                    disabled=move || { vb.get().zoom() >= MAX_ZOOM - 1e-6 }>"+"</button>
                <button type="button" on:click=move |_| zoom_by(0.5) aria-label="Zoom out"
                    disabled=move || { vb.get().zoom() <= 1.0 + 1e-6 }>"−"</button>
                <button type="button" on:click=move |_| pan_by(-0.25, 0.0) aria-label="Pan west">"←"</button>
                <button type="button" on:click=move |_| pan_by(0.0, -0.25) aria-label="Pan north">"↑"</button>
                <button type="button" on:click=move |_| pan_by(0.0, 0.25) aria-label="Pan south">"↓"</button>
                <button type="button" on:click=move |_| pan_by(0.25, 0.0) aria-label="Pan east">"→"</button>
                <button type="button" on:click=move |_| vb.set(ViewBox::default())>"Reset"</button>
                <span class="zoom-level" aria-live="polite">{move || zoom_label(vb.get().zoom())}</span>
            </div>
            <Legend/>
        </div>
    }
}

#[component]
fn Legend() -> impl IntoView {
    let items = [
        MarkerStyle::Ended,
        MarkerStyle::Ongoing,
        MarkerStyle::Hosted,
        MarkerStyle::Prospective,
        MarkerStyle::Bilateral,
    ]
    .into_iter()
    .map(|s| {
        view! {
            <li><span class=format!("map-key marker {}", s.class()) aria-hidden="true"><span class="sym"></span></span>{s.label()}</li>
        }
    })
    .collect_view();
    view! {
        <div class="legend">
            <h2 class="legend-h">"Key"</h2>
            <ul>
                {items}
                <li><span class="map-key marker ended unknown-size" aria-hidden="true"><span class="sym"></span></span>"Dashed outline: size not known"</li>
                <li><span class="map-key marker cluster" aria-hidden="true"><span class="sym">"3"</span></span>"Several deployments close together: choose to zoom in"</li>
                <li><span class="map-key swatch host" aria-hidden="true"></span>"Shaded: host of a Pakistani deployment"</li>
                <li><span class="map-key swatch host active" aria-hidden="true"></span>"Hatched: host in the year shown"</li>
            </ul>
            <p class="legend-note">"Symbol area grows with the contingent (the first figure in each card)."</p>
        </div>
    }
}
