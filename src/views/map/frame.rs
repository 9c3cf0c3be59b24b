//! The map itself: the world drawn from Natural Earth outlines (`world.rs`) in
//! an SVG, hosts of Pakistani deployments shaded (hatched in the year shown),
//! and the [`super::markers`] over it. A phone's frame is nearly square and
//! starts on Europe, Africa and the Middle East. The wheel zooms; dragging
//! pans; two fingers pinch.

use super::markers::Markers;
use super::state::{initial_view, MapState, NARROW};
use super::world;
use crate::browser::{from_button, media_matches, use_element_width};
use leptos::prelude::*;
use std::collections::BTreeSet;
use web_sys::{PointerEvent, WheelEvent};

#[component]
pub fn MapFrame(s: MapState) -> impl IntoView {
    let frame = NodeRef::<leptos::html::Div>::new();
    let frame_w = use_element_width(frame, "map-frame", 800.0);
    // the frame changes shape at the phone breakpoint: start its view again
    let narrow = StoredValue::new(media_matches(NARROW));
    Effect::new(move |_| {
        frame_w.track();
        let now = media_matches(NARROW);
        if now != narrow.get_value() {
            narrow.set_value(now);
            s.vb.set(initial_view());
        }
    });
    let g = Gestures {
        s,
        frame,
        pointers: StoredValue::new(Vec::new()),
    };
    view! {
        <div class="map-frame" id="map-frame" data-measured="" node_ref=frame
            on:wheel=move |ev| g.wheel(ev) on:pointerdown=move |ev| g.down(ev) on:pointermove=move |ev| g.moved(ev)
            on:pointerup=move |ev| g.up(ev) on:pointercancel=move |ev| g.up(ev)>
            <svg class="world" viewBox=move || s.vb.get().attr() role="img"
                aria-labelledby="map-svg-title map-summary" aria-describedby="map-desc" preserveAspectRatio="xMidYMid meet">
                <title id="map-svg-title">{crate::i18n::t().map.svg_title}</title>
                <defs>
                    <pattern id="map-hatch" patternUnits="userSpaceOnUse" width="10" height="10" patternTransform="rotate(45)">
                        <rect class="hatch-bg" width="10" height="10"/>
                        <rect class="hatch-line" width="4" height="10"/>
                    </pattern>
                </defs>
                <rect class="sea" x="0" y="0" width=world::WIDTH height=world::HEIGHT/>
                <g><Countries s=s/></g>
            </svg>
            <Markers s=s frame_w=frame_w/>
        </div>
    }
}

/// Every country; hosts of any Pakistani deployment are shaded, and in
/// one-year mode the hosts of that year's deployments more strongly.
#[component]
fn Countries(s: MapState) -> impl IntoView {
    let missions = s.missions;
    let hosts: BTreeSet<&str> = missions
        .iter()
        .filter_map(|m| m.host.iso.as_deref())
        .collect();
    let active_hosts = Memo::new(move |_| {
        s.shown_year().map(|_| {
            s.shown
                .get()
                .iter()
                .filter_map(|&i| missions[i].host.iso.clone())
                .collect::<BTreeSet<String>>()
        })
    });
    world::COUNTRIES
        .iter()
        .map(|k| {
            let iso = k.iso;
            if k.iso == "PAK" || hosts.contains(k.iso) {
                let class = if iso == "PAK" {
                    "land pakistan"
                } else {
                    "land host"
                };
                view! {
                    <path class=class d=k.d data-iso=iso
                        class:active=move || active_hosts.get().is_some_and(|h| h.contains(iso))/>
                }
                .into_any()
            } else {
                view! { <path class="land" d=k.d data-iso=iso/> }.into_any()
            }
        })
        .collect_view()
}

/// Wheel, drag and pinch on the frame.
#[derive(Clone, Copy)]
struct Gestures {
    s: MapState,
    frame: NodeRef<leptos::html::Div>,
    /// The pointers down on the frame: id and last position.
    pointers: StoredValue<Vec<(i32, f64, f64)>>,
}

impl Gestures {
    fn wheel(&self, ev: WheelEvent) {
        let Some(el) = self.frame.get_untracked() else {
            return;
        };
        ev.prevent_default();
        let r = el.get_bounding_client_rect();
        let fx = ((ev.client_x() as f64 - r.left()) / r.width()).clamp(0.0, 1.0);
        let fy = ((ev.client_y() as f64 - r.top()) / r.height()).clamp(0.0, 1.0);
        let f = if ev.delta_y() < 0.0 { 1.25 } else { 0.8 };
        self.s.vb.update(|v| *v = v.zoomed(f, fx, fy));
    }

    fn down(&self, ev: PointerEvent) {
        // a press on a marker is a click, not a drag
        if from_button(&ev) {
            return;
        }
        if let Some(el) = self.frame.get_untracked() {
            let _ = el.set_pointer_capture(ev.pointer_id());
        }
        self.pointers.update_value(|p| {
            p.retain(|x| x.0 != ev.pointer_id());
            p.push((ev.pointer_id(), ev.client_x() as f64, ev.client_y() as f64));
        });
    }

    fn moved(&self, ev: PointerEvent) {
        let ps = self.pointers.get_value();
        let Some(k) = ps.iter().position(|p| p.0 == ev.pointer_id()) else {
            return;
        };
        let Some(el) = self.frame.get_untracked() else {
            return;
        };
        let r = el.get_bounding_client_rect();
        let (x, y) = (ev.client_x() as f64, ev.client_y() as f64);
        if ps.len() >= 2 {
            // pinch: scale by the change in distance between the first two pointers
            let other = ps[if k == 0 { 1 } else { 0 }];
            let before = ((ps[k].1 - other.1).powi(2) + (ps[k].2 - other.2).powi(2)).sqrt();
            let after = ((x - other.1).powi(2) + (y - other.2).powi(2)).sqrt();
            if before > 1.0 && after > 1.0 {
                let fx = (((x + other.1) / 2.0 - r.left()) / r.width()).clamp(0.0, 1.0);
                let fy = (((y + other.2) / 2.0 - r.top()) / r.height()).clamp(0.0, 1.0);
                self.s.vb.update(|v| *v = v.zoomed(after / before, fx, fy));
            }
        } else {
            let (dx, dy) = (x - ps[k].1, y - ps[k].2);
            self.s
                .vb
                .update(|v| *v = v.panned(-dx / r.width(), -dy / r.height()));
        }
        self.pointers
            .update_value(|p| p[k] = (ev.pointer_id(), x, y));
    }

    fn up(&self, ev: PointerEvent) {
        self.pointers
            .update_value(|p| p.retain(|x| x.0 != ev.pointer_id()));
    }
}
