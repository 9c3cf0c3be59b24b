//! The time axis: a zoom and pan toolbar, era bands, year ticks and the
//! events as markers, bars and clusters ([`super::marks`]). Arrow keys move
//! between events (one tab stop), plus and minus zoom; the wheel (with Ctrl)
//! zooms, and dragging pans.

use super::logic::{self, Mark, Window};
use super::marks::{axis_key, Track};
use super::state::TimelineState;
use crate::browser::{focus_id, roving_keys, use_element_width};
use leptos::prelude::*;
use web_sys::{KeyboardEvent, PointerEvent, WheelEvent};

/// Bars narrower than this (px) are drawn as markers (24 px targets).
const MIN_BAR: f64 = 26.0;
/// Markers closer than this (px) merge into a cluster.
const GAP: f64 = 28.0;
pub(super) const LANE_H: f64 = 32.0;
pub(super) const TOP: f64 = 26.0;
pub(super) const MARK_ROW: f64 = 40.0;
const TICK_ROW: f64 = 26.0;

fn mark_x(m: &Mark) -> f64 {
    match m {
        Mark::Point { x, .. } | Mark::Cluster { x, .. } => *x,
        Mark::Bar { x0, .. } => *x0,
    }
}

/// What the axis and its marks share.
#[derive(Clone, Copy)]
pub(super) struct AxisState {
    /// The axis' width in px.
    pub width: ReadSignal<f64>,
    /// What is drawn, left to right.
    pub marks: Memo<Vec<Mark>>,
    /// The marks' element ids, in the same order (the arrow keys' order).
    pub order: Memo<Vec<String>>,
    /// The mark that holds the axis' tab stop.
    pub tab: Memo<Option<String>>,
    /// The mark last chosen or moved to.
    pub active: RwSignal<Option<String>>,
    /// Set by a drag, so that the click ending it opens nothing.
    pub suppress_click: StoredValue<bool>,
}

#[component]
pub fn Axis(s: TimelineState) -> impl IntoView {
    let events = s.events;
    let axis_ref = NodeRef::<leptos::html::Div>::new();
    let width = use_element_width(axis_ref, 1000.0);
    let main_items = Memo::new(move |_| {
        s.visible
            .get()
            .into_iter()
            .filter(|&i| !events[i].after_resolution)
            .map(|i| {
                let (a, b) = logic::span_of(&events[i].date);
                (i, a, b)
            })
            .collect::<Vec<_>>()
    });
    let marks = Memo::new(move |_| {
        let mut m = logic::layout(
            &main_items.get(),
            &s.win.get(),
            width.get(),
            MIN_BAR,
            GAP,
            s.selected.get(),
        );
        m.sort_by(|a, b| mark_x(a).total_cmp(&mark_x(b)));
        m
    });
    let order = Memo::new(move |_| {
        marks.with(|ms| ms.iter().map(|m| axis_key(m, events)).collect::<Vec<_>>())
    });
    let active = RwSignal::new(None::<String>);
    let ax = AxisState {
        width,
        marks,
        order,
        tab: Memo::new(move |_| {
            let order = order.get();
            match active.get() {
                Some(k) if order.contains(&k) => Some(k),
                _ => order.first().cloned(),
            }
        }),
        active,
        suppress_click: StoredValue::new(false),
    };
    let axis_height = move || {
        let lanes = marks.with(|ms| {
            ms.iter()
                .filter_map(|m| match m {
                    Mark::Bar { lane, .. } => Some(*lane + 1),
                    _ => None,
                })
                .max()
                .unwrap_or(0)
        });
        format!(
            "height:{}px",
            TOP + MARK_ROW + lanes as f64 * LANE_H + TICK_ROW + 6.0
        )
    };
    let gestures = Gestures::new(s, ax, axis_ref);
    let has_after = events.iter().any(|e| e.after_resolution);
    view! {
        <section class="tl-axis-section" aria-labelledby="tl-axis-head">
            <h2 id="tl-axis-head" class="visually-hidden">"Time axis"</h2>
            <ZoomBar s=s/>
            <div class="tl-axis" node_ref=axis_ref role="group"
                aria-label="Events on the time axis: arrow keys move, Enter opens, plus and minus zoom"
                aria-describedby="tl-range"
                style=axis_height
                on:keydown=move |ev| gestures.keydown(ev)
                on:wheel=move |ev| gestures.wheel(ev)
                on:pointerdown=move |ev| gestures.down(ev)
                on:pointermove=move |ev| gestures.moved(ev)
                on:pointerup=move |ev| gestures.up(ev)
                on:pointercancel=move |ev| gestures.up(ev)>
                <div class="tl-eras" aria-hidden="true"><EraBands s=s/></div>
                <div class="tl-ticks" aria-hidden="true">{move || ticks(s.win.get(), width.get())}</div>
                <div class="tl-track"><Track s=s ax=ax/></div>
            </div>
            {has_after.then(|| view! {
                <p class="tl-after-note">"Events after Resolution 2803 (17 Nov 2025) are listed separately below."</p>
            })}
        </section>
    }
}

/// Zoom in and out, earlier and later, the whole span, an era, and what is shown.
#[component]
fn ZoomBar(s: TimelineState) -> impl IntoView {
    let eras = &crate::content::content().eras;
    let era_options = eras
        .iter()
        .map(|e| {
            view! {
                <option value=e.id.clone()>{format!("{} ({})", e.label, e.span.display())}</option>
            }
        })
        .collect_view();
    let era_value = move || {
        let w = s.win.get();
        eras.iter()
            .find(|e| {
                let (a, b) = logic::span_of(&e.span);
                let ew = Window::clamped(a, b);
                (ew.from - w.from).abs() < 0.01 && (ew.to - w.to).abs() < 0.01
            })
            .map(|e| e.id.clone())
            .unwrap_or_default()
    };
    let on_era = move |ev: leptos::ev::Event| {
        let v = event_target_value(&ev);
        match eras.iter().find(|e| e.id == v) {
            Some(e) => {
                let (a, b) = logic::span_of(&e.span);
                s.win.set(Window::clamped(a, b));
            }
            None => s.win.set(Window::full()),
        }
    };
    let range_text = move || {
        let w = s.win.get();
        let f = w.from.floor() as i32;
        let t = ((w.to - 1e-6).floor() as i32).min(2025);
        if w.is_full() {
            "Showing 1947–2025".to_string()
        } else {
            format!("Showing {f}–{t}")
        }
    };
    view! {
        <div class="tl-zoom" role="group" aria-label="Zoom and pan the time axis">
            <button type="button" aria-label="Zoom out" on:click=move |_| s.zoom(0.5)>"−"</button>
            <button type="button" aria-label="Zoom in" on:click=move |_| s.zoom(2.0)>"+"</button>
            <button type="button" aria-label="Earlier" on:click=move |_| s.pan(-1.0)>"◀"</button>
            <button type="button" aria-label="Later" on:click=move |_| s.pan(1.0)>"▶"</button>
            <button type="button" on:click=move |_| s.win.set(Window::full())>"Whole span"</button>
            <label class="tl-era-select">
                "Zoom to era "
                <select prop:value=era_value on:change=on_era>
                    <option value="">"All years (1947–2025)"</option>
                    {era_options}
                </select>
            </label>
            <span class="tl-range" id="tl-range">{range_text}</span>
        </div>
    }
}

/// The eras in the window, as labelled bands behind the events.
#[component]
fn EraBands(s: TimelineState) -> impl IntoView {
    let eras = &crate::content::content().eras;
    move || {
        let w = s.win.get();
        eras.iter()
            .enumerate()
            .filter_map(|(k, era)| {
                let (a, b) = logic::span_of(&era.span);
                if b < w.from || a > w.to {
                    return None;
                }
                let l = w.frac(a).max(0.0) * 100.0;
                let r = w.frac(b).min(1.0) * 100.0;
                Some(view! {
                    <div class="tl-era" class:tl-era-alt=k % 2 == 1
                        style=format!("left:{l:.3}%;width:{:.3}%", r - l)>
                        <span class="tl-era-label">{era.label.clone()}</span>
                    </div>
                })
            })
            .collect_view()
    }
}

/// Year labels, about one per 70 px.
fn ticks(w: Window, width: f64) -> impl IntoView {
    let max = (width / 70.0).floor() as usize;
    logic::ticks(&w, max)
        .into_iter()
        .map(|y| {
            let l = w.frac(y as f64) * 100.0;
            view! { <span class="tl-tick" style=format!("left:{l:.3}%")>{y}</span> }
        })
        .collect_view()
}

/// Keyboard, wheel and pointer handling on the axis.
#[derive(Clone, Copy)]
struct Gestures {
    s: TimelineState,
    ax: AxisState,
    axis: NodeRef<leptos::html::Div>,
    /// A drag under way: where it started (px), the window then, and whether it has moved.
    drag: StoredValue<Option<(f64, Window, bool)>>,
}

impl Gestures {
    fn new(s: TimelineState, ax: AxisState, axis: NodeRef<leptos::html::Div>) -> Self {
        Gestures {
            s,
            ax,
            axis,
            drag: StoredValue::new(None),
        }
    }

    fn keydown(&self, ev: KeyboardEvent) {
        let ax = self.ax;
        match ev.key().as_str() {
            "+" | "=" => {
                ev.prevent_default();
                self.s.zoom(2.0);
            }
            "-" | "_" => {
                ev.prevent_default();
                self.s.zoom(0.5);
            }
            _ => {
                let order = ax.order.get_untracked();
                let cur = ax
                    .tab
                    .get_untracked()
                    .and_then(|k| order.iter().position(|o| *o == k));
                roving_keys(&ev, &order, cur, |t| ax.active.set(Some(order[t].clone())));
                return;
            }
        }
        // after a zoom, keep focus on the axis
        request_animation_frame(move || {
            let order = ax.order.try_get_untracked().unwrap_or_default();
            let k = ax
                .tab
                .try_get_untracked()
                .flatten()
                .or_else(|| order.first().cloned());
            if let Some(k) = k {
                focus_id(&k);
            }
        });
    }

    fn wheel(&self, ev: WheelEvent) {
        let w = self.s.win.get_untracked();
        let wd = self.ax.width.get_untracked().max(1.0);
        if ev.ctrl_key() || ev.meta_key() {
            ev.prevent_default();
            let rect = self
                .axis
                .get_untracked()
                .map(|el| el.get_bounding_client_rect().left())
                .unwrap_or(0.0);
            let anchor = w.from + (ev.client_x() as f64 - rect) / wd * w.span();
            let factor = (-ev.delta_y() * 0.01).exp().clamp(0.5, 2.0);
            self.s.win.set(w.zoom(factor, anchor));
        } else if ev.delta_x().abs() > ev.delta_y().abs() || ev.shift_key() {
            ev.prevent_default();
            let d = if ev.delta_x().abs() > ev.delta_y().abs() {
                ev.delta_x()
            } else {
                ev.delta_y()
            };
            self.s.win.set(w.pan(d / wd * w.span()));
        }
    }

    fn down(&self, ev: PointerEvent) {
        if ev.button() != 0 {
            return;
        }
        self.ax.suppress_click.set_value(false);
        self.drag.set_value(Some((
            ev.client_x() as f64,
            self.s.win.get_untracked(),
            false,
        )));
    }

    fn moved(&self, ev: PointerEvent) {
        let Some((x0, w0, moved)) = self.drag.get_value() else {
            return;
        };
        let dx = ev.client_x() as f64 - x0;
        if !moved && dx.abs() < 5.0 {
            return;
        }
        if !moved {
            if let Some(el) = self.axis.get_untracked() {
                let _ = el.set_pointer_capture(ev.pointer_id());
            }
            self.ax.suppress_click.set_value(true);
            self.drag.set_value(Some((x0, w0, true)));
        }
        let wd = self.ax.width.get_untracked().max(1.0);
        self.s.win.set(w0.pan(-dx / wd * w0.span()));
    }

    fn up(&self, _ev: PointerEvent) {
        self.drag.set_value(None);
    }
}
