//! The strip's marks: one per event, in a listbox with one tab stop. Arrow
//! keys move through the events by date (`aria-activedescendant`), Home and
//! End go to the ends, Enter opens the event in the list, plus and minus zoom.
//! A click or tap opens the nearest mark, or, away from every mark, brings the
//! list to that year; the wheel with Ctrl zooms, dragging pans.

use super::icon::CatIcon;
use super::logic::annotate::KEY_EVENTS;
use super::logic::strip::{class_of, StripMark};
use super::state::TimelineState;
use crate::browser::scroll_into_view;
use leptos::prelude::*;
use web_sys::{KeyboardEvent, MouseEvent, PointerEvent, WheelEvent};

/// The listbox's id: the control the detail gives focus back to.
pub const MARKS_ID: &str = "tl-strip-marks";

#[component]
pub fn Marks(
    s: TimelineState,
    width: ReadSignal<f64>,
    plot: NodeRef<leptos::html::Div>,
) -> impl IntoView {
    let events = s.events;
    let order = Memo::new(move |_| {
        s.strip.with(|st| {
            st.order()
                .into_iter()
                .map(|k| st.marks[k].idx)
                .collect::<Vec<_>>()
        })
    });
    let active = RwSignal::new(None::<usize>);
    // the event with the keyboard's attention: the last moved to, else the open one, else the first
    let current = Memo::new(move |_| {
        let o = order.get();
        [active.get(), s.selected.get()]
            .into_iter()
            .flatten()
            .find(|i| o.contains(i))
            .or_else(|| o.first().copied())
    });
    let g = Gestures {
        s,
        plot,
        width,
        active,
        current,
        order,
        drag: StoredValue::new(None),
    };
    // keyed by event and place: a filter or a zoom rewrites only the marks that move
    let marks = move || {
        s.strip
            .get()
            .marks
            .into_iter()
            .map(|m| (mark_style(&m), m))
            .collect::<Vec<_>>()
    };
    view! {
        <div id=MARKS_ID class="tl-track" role="listbox" tabindex="0"
            aria-label={crate::i18n::t().timeline.marks_label}
            aria-describedby="tl-range"
            aria-activedescendant=move || current.get().map(|i| format!("ax-{}", events[i].id))
            on:keydown=move |ev| g.keydown(ev)
            on:click=move |ev| g.click(ev)
            on:wheel=move |ev| g.wheel(ev)
            on:pointerdown=move |ev| g.down(ev)
            on:pointermove=move |ev| g.moved(ev)
            on:pointerup=move |ev| g.up(ev)
            on:pointercancel=move |ev| g.up(ev)>
            <For each=marks key=|(style, m)| (m.idx, style.clone())
                children=move |(style, m)| view! { <Mark s=s m=m style=style current=current/> }/>
        </div>
    }
}

/// Where a mark is drawn: a bar's ends, or a dot's place per width class
/// (picked by the stylesheet).
fn mark_style(m: &StripMark) -> String {
    if m.bar {
        format!(
            "left:{:.3}%;width:{:.3}%;--yw:{}px;--ym:{}px;--yn:{}px",
            m.x[0] * 100.0,
            ((m.x1 - m.x[0]) * 100.0).max(0.4),
            m.y[0],
            m.y[1],
            m.y[2]
        )
    } else {
        format!(
            "--xw:{:.5};--xm:{:.5};--xn:{:.5};--yw:{}px;--ym:{}px;--yn:{}px",
            m.x[0], m.x[1], m.x[2], m.y[0], m.y[1], m.y[2]
        )
    }
}

/// One event: a dot or a bar, drawn at `style` ([`mark_style`]).
#[component]
fn Mark(
    s: TimelineState,
    m: StripMark,
    style: String,
    current: Memo<Option<usize>>,
) -> impl IntoView {
    let idx = m.idx;
    let e = &s.events[idx];
    let key = KEY_EVENTS.iter().any(|(id, _)| *id == e.id);
    view! {
        <span id=format!("ax-{}", e.id) role="option" class=if m.bar { "tl-span" } else { "tl-dot" }
            class:tl-noted=key
            class:active=move || current.get() == Some(idx)
            data-cat=e.category.id() style=style
            aria-selected=move || (s.selected.get() == Some(idx)).to_string()
            aria-label=format!("{}: {} ({})", crate::i18n::lang().date(&e.date), e.title, crate::i18n::t().timeline.category(e.category))
            title=format!("{}: {}", crate::i18n::lang().date(&e.date), e.title)>
            <CatIcon cat=e.category/>
        </span>
    }
}

/// Keyboard, click, wheel and drag on the strip.
#[derive(Clone, Copy)]
struct Gestures {
    s: TimelineState,
    plot: NodeRef<leptos::html::Div>,
    width: ReadSignal<f64>,
    active: RwSignal<Option<usize>>,
    current: Memo<Option<usize>>,
    order: Memo<Vec<usize>>,
    /// A drag under way: where it started (px), the window then, and whether it moved.
    drag: StoredValue<Option<(f64, super::logic::Window, bool)>>,
}

impl Gestures {
    fn keydown(&self, ev: KeyboardEvent) {
        let s = self.s;
        let order = self.order.get_untracked();
        let pos = self
            .current
            .get_untracked()
            .and_then(|i| order.iter().position(|o| *o == i));
        // right to left (Urdu): the strip runs right to left, and the arrow
        // keys follow what the eye sees (left = later)
        let key = match (rtl(), ev.key().as_str()) {
            (true, "ArrowLeft") => "ArrowRight".to_string(),
            (true, "ArrowRight") => "ArrowLeft".to_string(),
            (_, k) => k.to_string(),
        };
        let moved = crate::browser::roving_target(&key, pos, order.len());
        match ev.key().as_str() {
            "+" | "=" => s.zoom(2.0),
            "-" | "_" => s.zoom(0.5),
            "Enter" | " " => match self.current.get_untracked() {
                Some(i) => s.open(i, Some(MARKS_ID.to_string())),
                None => return,
            },
            _ => match moved {
                Some(t) => self.active.set(Some(order[t])),
                None => return,
            },
        }
        ev.prevent_default();
    }

    /// The pointer's place in the plot: px from its start (the left; the
    /// right when the strip runs right to left), px above its base, and the
    /// plot's width.
    fn point(&self, x: f64, y: f64) -> Option<(f64, f64, f64)> {
        let r = self.plot.get_untracked()?.get_bounding_client_rect();
        let from_start = if rtl() { r.right() - x } else { x - r.left() };
        Some((from_start, r.bottom() - y, r.width()))
    }

    fn click(&self, ev: MouseEvent) {
        if self.drag.get_value().is_some_and(|d| d.2) {
            return;
        }
        let Some((px, py, w)) = self.point(ev.client_x() as f64, ev.client_y() as f64) else {
            return;
        };
        let k = class_of(w);
        let radius = if k == 2 { 16.0 } else { 10.0 };
        let s = self.s;
        match s
            .strip
            .with_untracked(|st| st.nearest(k, w, px, py, radius))
        {
            Some(i) => {
                self.active.set(Some(i));
                s.open(i, Some(MARKS_ID.to_string()));
            }
            None => {
                // away from every mark: bring the list to that year
                let year =
                    s.win.get_untracked().from + px / w.max(1.0) * s.win.get_untracked().span();
                let target = s.visible.with_untracked(|v| {
                    v.iter()
                        .copied()
                        .filter(|&i| !s.events[i].after_resolution)
                        .find(|&i| s.spans[i].1 >= year)
                });
                if let Some(i) = target {
                    scroll_into_view(&format!("li-{}", s.events[i].id));
                }
            }
        }
    }

    fn wheel(&self, ev: WheelEvent) {
        let s = self.s;
        let w = s.win.get_untracked();
        let wd = self.width.get_untracked().max(1.0);
        if ev.ctrl_key() || ev.meta_key() {
            ev.prevent_default();
            let px = self
                .point(ev.client_x() as f64, ev.client_y() as f64)
                .map(|p| p.0)
                .unwrap_or(wd / 2.0);
            let anchor = w.from + px / wd * w.span();
            let factor = (-ev.delta_y() * 0.01).exp().clamp(0.5, 2.0);
            s.win.set(w.zoom(factor, anchor));
        } else if ev.delta_x().abs() > ev.delta_y().abs() || ev.shift_key() {
            ev.prevent_default();
            let d = if ev.delta_x().abs() > ev.delta_y().abs() {
                ev.delta_x()
            } else {
                ev.delta_y()
            };
            s.win.set(w.pan(flip() * d / wd * w.span()));
        }
    }

    fn down(&self, ev: PointerEvent) {
        if ev.button() != 0 || self.s.win.get_untracked().is_full() {
            self.drag.set_value(None);
            return;
        }
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
        let dx = flip() * (ev.client_x() as f64 - x0);
        if !moved && dx.abs() < 5.0 {
            return;
        }
        if !moved {
            if let Some(el) = self.plot.get_untracked() {
                let _ = el.set_pointer_capture(ev.pointer_id());
            }
            self.drag.set_value(Some((x0, w0, true)));
        }
        let wd = self.width.get_untracked().max(1.0);
        self.s.win.set(w0.pan(-dx / wd * w0.span()));
    }

    fn up(&self, _ev: PointerEvent) {
        // a drag's own click (which follows pointerup) is ignored; the next is not
        let drag = self.drag;
        if drag.get_value().is_some_and(|d| d.2) {
            request_animation_frame(move || drag.set_value(None));
        } else {
            drag.set_value(None);
        }
    }
}

/// Whether the strip runs right to left (the Urdu edition: earlier years on
/// the right; `assets/style.css` mirrors its geometry).
fn rtl() -> bool {
    crate::i18n::lang().is_rtl()
}

/// Horizontal movement on the screen as movement along the strip's time.
fn flip() -> f64 {
    if rtl() {
        -1.0
    } else {
        1.0
    }
}
