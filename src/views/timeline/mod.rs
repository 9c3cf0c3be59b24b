//! `/timeline`: events from 1947 to Resolution 2803 on a zoomable time axis,
//! with eras, category filters, text search, an event detail panel and a list
//! that is the text alternative of the axis (and the whole view on narrow screens).
//! State (event, categories, query, zoom) lives in the URL.

pub mod logic;

use crate::browser::{focus_id, prefers_reduced_motion, roving_target};
use crate::components::{FlagNote, Missing, PageHead, ShareBar, SourceRefs};
use crate::content::{content, Category, Event};
use crate::url::{current_query, href, query_value, replace_query};
use leptos::prelude::*;
use logic::{Filterable, Mark, UrlState, Window};

/// Bars narrower than this (px) are drawn as markers (24 px targets).
const MIN_BAR: f64 = 26.0;
/// Markers closer than this (px) merge into a cluster.
const GAP: f64 = 28.0;
const LANE_H: f64 = 32.0;
const TOP: f64 = 26.0;
const MARK_ROW: f64 = 40.0;
const TICK_ROW: f64 = 26.0;

fn cat_index(c: Category) -> usize {
    Category::ALL.iter().position(|x| *x == c).unwrap_or(0)
}

/// A distinct shape per category, so colour is never the only cue.
#[component]
fn CatIcon(cat: Category) -> impl IntoView {
    let path = match cat {
        Category::War => "M8 1.5 15 14.5H1Z",
        Category::Alliance => "M8 1 15 8 8 15 1 8Z",
        Category::Peacekeeping => "M8 1.5A6.5 6.5 0 1 1 7.99 1.5Z",
        Category::Diplomacy => "M2 2H14V14H2Z",
        Category::Gaza2025 => {
            "M8 .8 10.1 5.6 15.3 6.1 11.4 9.6 12.5 14.7 8 12.1 3.5 14.7 4.6 9.6.7 6.1 5.9 5.6Z"
        }
        Category::Domestic => "M4.2 1.5H11.8L15.5 8 11.8 14.5H4.2L.5 8Z",
    };
    view! {
        <svg class="tl-icon" data-cat=cat.id() viewBox="0 0 16 16" width="16" height="16"
            aria-hidden="true" focusable="false">
            <path d=path/>
        </svg>
    }
}

fn highlighted(text: &str, terms: &[String]) -> AnyView {
    logic::highlight(text, terms)
        .into_iter()
        .map(|(s, m)| {
            if m {
                view! { <mark>{s}</mark> }.into_any()
            } else {
                s.into_any()
            }
        })
        .collect_view()
        .into_any()
}

fn axis_key(m: &Mark, events: &[Event]) -> String {
    match m {
        Mark::Point { idx, .. } | Mark::Bar { idx, .. } => format!("ax-{}", events[*idx].id),
        Mark::Cluster { members, .. } => format!("axc-{}", events[members[0]].id),
    }
}

fn mark_x(m: &Mark) -> f64 {
    match m {
        Mark::Point { x, .. } | Mark::Cluster { x, .. } => *x,
        Mark::Bar { x0, .. } => *x0,
    }
}

#[component]
pub fn Timeline() -> impl IntoView {
    let c = content();
    let events: &'static [Event] = &c.events;
    let total = events.len();
    let init = logic::parse_state(&current_query(), |id| c.event(id).is_some());

    let cats = RwSignal::new(init.cats.unwrap_or_else(|| Category::ALL.to_vec()));
    let query = RwSignal::new(init.q);
    let win = RwSignal::new(init.window);
    let selected = RwSignal::new(
        init.event
            .and_then(|id| events.iter().position(|e| e.id == id)),
    );
    let width = RwSignal::new(1000.0_f64);
    let axis_active = RwSignal::new(None::<String>);
    let list_active = RwSignal::new(None::<usize>);
    let origin = StoredValue::new(None::<String>);
    let announce = RwSignal::new(String::new());
    let drag = StoredValue::new(None::<(f64, Window, bool)>);
    let suppress_click = StoredValue::new(false);

    let filterables = move || {
        events
            .iter()
            .map(|e| Filterable {
                category: e.category,
                fields: [&e.title, &e.summary, e.place.as_deref().unwrap_or("")],
            })
            .collect::<Vec<_>>()
    };
    let terms = Memo::new(move |_| logic::terms(&query.get()));
    let visible =
        Memo::new(move |_| cats.with(|cs| logic::filter(&filterables(), cs, &terms.get())));
    let visible_set = Memo::new(move |_| {
        let mut v = vec![false; total];
        visible.with(|vis| vis.iter().for_each(|i| v[*i] = true));
        v
    });
    let counts = Memo::new(move |_| logic::counts(&filterables(), &terms.get()));

    // The URL follows the state (replaceState: no history entries, works in iframes).
    Effect::new(move |_| {
        let s = UrlState {
            event: selected.get().map(|i| events[i].id.clone()),
            cats: Some(cats.get()),
            q: query.get(),
            window: win.get(),
        };
        replace_query(&logic::format_state(&s));
    });

    // --- axis layout
    let main_items = Memo::new(move |_| {
        visible
            .get()
            .into_iter()
            .filter(|&i| !events[i].after_resolution)
            .map(|i| {
                let (s, e) = logic::span_of(&events[i].date);
                (i, s, e)
            })
            .collect::<Vec<_>>()
    });
    let marks = Memo::new(move |_| {
        let mut m = logic::layout(
            &main_items.get(),
            &win.get(),
            width.get(),
            MIN_BAR,
            GAP,
            selected.get(),
        );
        m.sort_by(|a, b| mark_x(a).total_cmp(&mark_x(b)));
        m
    });
    let axis_order = Memo::new(move |_| {
        marks.with(|ms| ms.iter().map(|m| axis_key(m, events)).collect::<Vec<_>>())
    });
    let axis_tab = Memo::new(move |_| {
        let order = axis_order.get();
        match axis_active.get() {
            Some(k) if order.contains(&k) => Some(k),
            _ => order.first().cloned(),
        }
    });
    let list_tab = Memo::new(move |_| {
        let vis = visible.get();
        match list_active.get() {
            Some(i) if vis.contains(&i) => Some(i),
            _ => vis.first().copied(),
        }
    });

    // --- actions
    let open = move |i: usize, from: Option<String>| {
        origin.set_value(from);
        selected.set(Some(i));
        let e = &events[i];
        if !e.after_resolution {
            let (s, en) = logic::span_of(&e.date);
            let w = win.get_untracked();
            if en < w.from || s > w.to {
                let mid = (s + en) / 2.0;
                win.set(Window::clamped(mid - w.span() / 2.0, mid + w.span() / 2.0));
            }
        }
        request_animation_frame(|| {
            focus_id("tl-detail-title");
        });
    };
    let close = move || {
        let Some(i) = selected.get_untracked() else {
            return;
        };
        selected.set(None);
        let id = &events[i].id;
        let from = origin.get_value();
        let candidates = [
            from,
            Some(format!("ax-{id}")),
            Some(format!("li-{id}")),
            Some("tl-list-head".to_string()),
        ];
        request_animation_frame(move || {
            for c in candidates.into_iter().flatten() {
                if focus_id(&c) {
                    break;
                }
            }
        });
    };
    let step = move |dir: i32| {
        let vis = visible.get_untracked();
        if vis.is_empty() {
            return;
        }
        let pos = selected
            .get_untracked()
            .and_then(|s| vis.iter().position(|v| *v == s));
        let next = match (pos, dir > 0) {
            (None, true) => 0,
            (None, false) => vis.len() - 1,
            (Some(p), true) => (p + 1).min(vis.len() - 1),
            (Some(p), false) => p.saturating_sub(1),
        };
        let i = vis[next];
        origin.set_value(None);
        selected.set(Some(i));
        list_active.set(Some(i));
        let e = &events[i];
        if !e.after_resolution {
            let (s, en) = logic::span_of(&e.date);
            let w = win.get_untracked();
            if en < w.from || s > w.to {
                let mid = (s + en) / 2.0;
                win.set(Window::clamped(mid - w.span() / 2.0, mid + w.span() / 2.0));
            }
        }
        announce.set(format!(
            "Event {} of {}: {}, {}",
            next + 1,
            vis.len(),
            e.date.display(),
            e.title
        ));
    };
    let zoom = move |factor: f64| {
        win.update(|w| {
            let anchor = selected
                .get_untracked()
                .filter(|i| !events[*i].after_resolution)
                .map(|i| logic::span_of(&events[i].date).0)
                .filter(|s| *s >= w.from && *s <= w.to)
                .unwrap_or((w.from + w.to) / 2.0);
            *w = w.zoom(factor, anchor);
        })
    };
    let pan = move |dir: f64| win.update(|w| *w = w.pan(dir * w.span() * 0.25));

    // --- axis width
    let axis_ref = NodeRef::<leptos::html::Div>::new();
    // `try_`: a measure queued for the next frame may run after the view is gone
    let measure = move || {
        if let Some(el) = axis_ref.try_get_untracked().flatten() {
            let w = el.client_width() as f64;
            if w > 50.0 && (w - width.try_get_untracked().unwrap_or(w)).abs() > 0.5 {
                width.set(w);
            }
        }
    };
    Effect::new(move |_| {
        if axis_ref.get().is_some() {
            request_animation_frame(measure);
        }
    });
    let resize = window_event_listener(leptos::ev::resize, move |_| measure());
    on_cleanup(move || resize.remove());

    // --- chips
    let chips = Category::ALL
        .into_iter()
        .map(|cat| {
            let k = cat_index(cat);
            let toggle = move |_| {
                cats.update(|cs| {
                    if let Some(p) = cs.iter().position(|c| *c == cat) {
                        cs.remove(p);
                    } else {
                        cs.push(cat);
                        cs.sort_by_key(|c| cat_index(*c));
                    }
                })
            };
            view! {
                <li>
                    <label class="tl-chip" data-cat=cat.id()>
                        <input type="checkbox" name="cat" value=cat.id()
                            prop:checked=move || cats.with(|cs| cs.contains(&cat))
                            on:change=toggle/>
                        <CatIcon cat=cat/>
                        <span class="tl-chip-label">{cat.label()}</span>
                        <span class="tl-count" data-count=move || counts.get()[k]>
                            {move || counts.get()[k]}
                            <span class="visually-hidden">" events"</span>
                        </span>
                    </label>
                </li>
            }
        })
        .collect_view();

    // --- axis rendering
    let era_bands = move || {
        let w = win.get();
        c.eras
            .iter()
            .enumerate()
            .filter_map(|(k, era)| {
                let (s, e) = logic::span_of(&era.span);
                if e < w.from || s > w.to {
                    return None;
                }
                let l = w.frac(s).max(0.0) * 100.0;
                let r = w.frac(e).min(1.0) * 100.0;
                Some(view! {
                    <div class="tl-era" class:tl-era-alt=k % 2 == 1
                        style=format!("left:{l:.3}%;width:{:.3}%", r - l)>
                        <span class="tl-era-label">{era.label.clone()}</span>
                    </div>
                })
            })
            .collect_view()
    };
    let tick_marks = move || {
        let w = win.get();
        let max = (width.get() / 70.0).floor() as usize;
        logic::ticks(&w, max)
            .into_iter()
            .map(|y| {
                let l = w.frac(y as f64) * 100.0;
                view! { <span class="tl-tick" style=format!("left:{l:.3}%")>{y}</span> }
            })
            .collect_view()
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
    let track = move || {
        let wd = width.get();
        marks
            .get()
            .into_iter()
            .map(|m| {
                let key = axis_key(&m, events);
                let k2 = key.clone();
                let tab = move || if axis_tab.get().as_deref() == Some(k2.as_str()) { "0" } else { "-1" };
                let pct = |x: f64| x / wd * 100.0;
                match m {
                    Mark::Point { idx, x, x0, x1 } => {
                        let e = &events[idx];
                        let band = (x1 - x0 >= 3.0).then(|| view! {
                            <span class="tl-band" aria-hidden="true" data-cat=e.category.id()
                                style=format!("left:{:.3}%;width:{:.3}%;top:{}px", pct(x0), pct(x1 - x0), TOP + MARK_ROW - 8.0)></span>
                        });
                        let k3 = key.clone();
                        view! {
                            {band}
                            <button id=key.clone() class="tl-mark" data-cat=e.category.id()
                                style=format!("left:{:.3}%;top:{}px", pct(x), TOP + 4.0)
                                tabindex=tab
                                aria-current=move || (selected.get() == Some(idx)).then_some("true")
                                aria-label=format!("{}: {} ({})", e.date.display(), e.title, e.category.label())
                                title=format!("{}: {}", e.date.display(), e.title)
                                on:click=move |_| {
                                    if suppress_click.get_value() { return; }
                                    axis_active.set(Some(k3.clone()));
                                    open(idx, Some(k3.clone()));
                                }>
                                <CatIcon cat=e.category/>
                            </button>
                        }
                        .into_any()
                    }
                    Mark::Bar { idx, x0, x1, lane } => {
                        let e = &events[idx];
                        let k3 = key.clone();
                        view! {
                            <button id=key.clone() class="tl-bar" data-cat=e.category.id()
                                style=format!("left:{:.3}%;width:{:.3}%;top:{}px", pct(x0), pct(x1 - x0), TOP + MARK_ROW + lane as f64 * LANE_H)
                                tabindex=tab
                                aria-current=move || (selected.get() == Some(idx)).then_some("true")
                                aria-label=format!("{}: {} ({})", e.date.display(), e.title, e.category.label())
                                title=format!("{}: {}", e.date.display(), e.title)
                                on:click=move |_| {
                                    if suppress_click.get_value() { return; }
                                    axis_active.set(Some(k3.clone()));
                                    open(idx, Some(k3.clone()));
                                }>
                                <CatIcon cat=e.category/>
                                <span class="tl-bar-text" aria-hidden="true">{e.title.clone()}</span>
                            </button>
                        }
                        .into_any()
                    }
                    Mark::Cluster { members, x, from, to } => {
                        let n = members.len();
                        let first = members[0];
                        let (fy, ty) = (from.floor() as i32, (to - 1e-6).floor() as i32);
                        let period = if fy == ty { fy.to_string() } else { format!("{fy}–{ty}") };
                        let k3 = key.clone();
                        view! {
                            <button id=key.clone() class="tl-cluster"
                                style=format!("left:{:.3}%;top:{}px", pct(x), TOP + 4.0)
                                tabindex=tab
                                aria-label=format!("{n} events in {period}: zoom in")
                                title=format!("{n} events in {period}")
                                on:click=move |_| {
                                    if suppress_click.get_value() { return; }
                                    match logic::cluster_window(from, to) {
                                        Some(w) => {
                                            win.set(w);
                                            let k = format!("ax-{}", events[first].id);
                                            axis_active.set(Some(k.clone()));
                                            request_animation_frame(move || { focus_id(&k); });
                                        }
                                        None => {
                                            let _ = &k3;
                                            open(first, None);
                                        }
                                    }
                                }>
                                {n}
                            </button>
                        }
                        .into_any()
                    }
                }
            })
            .collect_view()
    };

    let axis_keydown = move |ev: web_sys::KeyboardEvent| {
        let key = ev.key();
        match key.as_str() {
            "+" | "=" => {
                ev.prevent_default();
                zoom(2.0);
            }
            "-" | "_" => {
                ev.prevent_default();
                zoom(0.5);
            }
            _ => {
                let order = axis_order.get_untracked();
                let cur = axis_tab
                    .get_untracked()
                    .and_then(|k| order.iter().position(|o| *o == k));
                if let Some(t) = roving_target(&key, cur, order.len()) {
                    ev.prevent_default();
                    let k = order[t].clone();
                    axis_active.set(Some(k.clone()));
                    focus_id(&k);
                }
                return;
            }
        }
        // after a zoom, keep focus on the axis
        request_animation_frame(move || {
            let order = axis_order.try_get_untracked().unwrap_or_default();
            let k = axis_tab
                .try_get_untracked()
                .flatten()
                .or_else(|| order.first().cloned());
            if let Some(k) = k {
                focus_id(&k);
            }
        });
    };
    let on_wheel = move |ev: web_sys::WheelEvent| {
        let w = win.get_untracked();
        let wd = width.get_untracked().max(1.0);
        if ev.ctrl_key() || ev.meta_key() {
            ev.prevent_default();
            let rect = axis_ref
                .get_untracked()
                .map(|el| el.get_bounding_client_rect().left())
                .unwrap_or(0.0);
            let anchor = w.from + (ev.client_x() as f64 - rect) / wd * w.span();
            let factor = (-ev.delta_y() * 0.01).exp().clamp(0.5, 2.0);
            win.set(w.zoom(factor, anchor));
        } else if ev.delta_x().abs() > ev.delta_y().abs() || ev.shift_key() {
            ev.prevent_default();
            let d = if ev.delta_x().abs() > ev.delta_y().abs() {
                ev.delta_x()
            } else {
                ev.delta_y()
            };
            win.set(w.pan(d / wd * w.span()));
        }
    };
    let on_pointerdown = move |ev: web_sys::PointerEvent| {
        if ev.button() != 0 {
            return;
        }
        suppress_click.set_value(false);
        drag.set_value(Some((ev.client_x() as f64, win.get_untracked(), false)));
    };
    let on_pointermove = move |ev: web_sys::PointerEvent| {
        let Some((x0, w0, moved)) = drag.get_value() else {
            return;
        };
        let dx = ev.client_x() as f64 - x0;
        if !moved && dx.abs() < 5.0 {
            return;
        }
        if !moved {
            if let Some(el) = axis_ref.get_untracked() {
                let _ = el.set_pointer_capture(ev.pointer_id());
            }
            suppress_click.set_value(true);
            drag.set_value(Some((x0, w0, true)));
        }
        let wd = width.get_untracked().max(1.0);
        win.set(w0.pan(-dx / wd * w0.span()));
    };
    let end_drag = move |_ev: web_sys::PointerEvent| {
        drag.set_value(None);
    };

    // --- list (text alternative of the axis; the whole view on narrow screens)
    let list_item = move |i: usize| {
        let e = &events[i];
        let id = e.id.clone();
        let li_id = format!("li-{id}");
        let place = e.place.clone();
        view! {
            <li class="tl-item" data-cat=e.category.id() hidden=move || !visible_set.with(|v| v[i])>
                <button id=li_id.clone() class="tl-item-btn"
                    tabindex=move || if list_tab.get() == Some(i) { "0" } else { "-1" }
                    aria-current=move || (selected.get() == Some(i)).then_some("true")
                    on:click=move |_| {
                        list_active.set(Some(i));
                        open(i, Some(li_id.clone()));
                    }>
                    <CatIcon cat=e.category/>
                    <time class="tl-item-date" datetime=e.date.start.iso()>{e.date.display()}</time>
                    <span class="tl-item-title">{move || highlighted(&e.title, &terms.get())}</span>
                    <span class="visually-hidden">{format!(", {}", e.category.label())}</span>
                </button>
                <p class="tl-item-summary">
                    {move || highlighted(&e.summary, &terms.get())}
                    {place.map(|p| view! {
                        " " <span class="tl-item-place">"(" {move || highlighted(&p, &terms.get())} ")"</span>
                    })}
                </p>
            </li>
        }
    };
    let main_list = (0..total)
        .filter(|i| !events[*i].after_resolution)
        .map(list_item)
        .collect_view();
    let after_idx: Vec<usize> = (0..total).filter(|i| events[*i].after_resolution).collect();
    let has_after = !after_idx.is_empty();
    let after_list = after_idx.iter().copied().map(list_item).collect_view();
    let after_shown =
        move || visible.with(|v| v.iter().filter(|i| events[**i].after_resolution).count());

    let list_keydown = move |ev: web_sys::KeyboardEvent| {
        let vis = visible.get_untracked();
        let cur = list_tab
            .get_untracked()
            .and_then(|i| vis.iter().position(|v| *v == i));
        if let Some(t) = roving_target(&ev.key(), cur, vis.len()) {
            ev.prevent_default();
            let i = vis[t];
            list_active.set(Some(i));
            let id = format!("li-{}", events[i].id);
            focus_id(&id);
        }
    };

    let root_keydown = move |ev: web_sys::KeyboardEvent| {
        if ev.key() == "Escape" && selected.get_untracked().is_some() {
            ev.prevent_default();
            close();
        }
    };

    // --- detail
    let detail = move || {
        selected.get().map(|i| {
            let e = &events[i];
            let related = e
                .related
                .iter()
                .filter_map(|id| events.iter().position(|x| &x.id == id))
                .map(|j| {
                    let r = &events[j];
                    view! {
                        <li>
                            <button class="tl-linkish" on:click=move |_| open(j, None)>
                                <CatIcon cat=r.category/>
                                {format!("{}: {}", r.date.display(), r.title)}
                            </button>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <section id="tl-detail" class="tl-detail" data-cat=e.category.id()
                    aria-labelledby="tl-detail-title">
                    <div class="tl-detail-head">
                        <p class="tl-detail-date">
                            <time datetime=e.date.start.iso()>{e.date.display()}</time>
                            {e.after_resolution.then_some(" · after the resolution")}
                        </p>
                        <button class="tl-close" on:click=move |_| close()
                            aria-label="Close event details">"Close ✕"</button>
                    </div>
                    <h2 id="tl-detail-title" tabindex="-1">{e.title.clone()}</h2>
                    <EventFacts e=e/>
                    {(!e.related.is_empty()).then(|| view! {
                        <h3>"Related events"</h3>
                        <ul class="tl-related">{related}</ul>
                    })}
                    <SourceRefs ids=e.sources.clone()/>
                </section>
            }
        })
    };

    let era_options = c
        .eras
        .iter()
        .map(|e| {
            view! {
                <option value=e.id.clone()>{format!("{} ({})", e.label, e.span.display())}</option>
            }
        })
        .collect_view();
    let era_value = move || {
        let w = win.get();
        c.eras
            .iter()
            .find(|e| {
                let (s, en) = logic::span_of(&e.span);
                let ew = Window::clamped(s, en);
                (ew.from - w.from).abs() < 0.01 && (ew.to - w.to).abs() < 0.01
            })
            .map(|e| e.id.clone())
            .unwrap_or_default()
    };
    let on_era = move |ev: leptos::ev::Event| {
        let v = event_target_value(&ev);
        match c.eras.iter().find(|e| e.id == v) {
            Some(e) => {
                let (s, en) = logic::span_of(&e.span);
                win.set(Window::clamped(s, en));
            }
            None => win.set(Window::full()),
        }
    };
    let range_text = move || {
        let w = win.get();
        let f = w.from.floor() as i32;
        let t = ((w.to - 1e-6).floor() as i32).min(2025);
        if w.is_full() {
            "Showing 1947–2025".to_string()
        } else {
            format!("Showing {f}–{t}")
        }
    };
    let status = move || {
        let n = visible.with(|v| v.len());
        let q = query.get();
        let q = q.trim();
        if q.is_empty() {
            format!("{n} of {total} events shown")
        } else {
            format!("{n} of {total} events shown, matching “{q}”")
        }
    };

    view! {
        <article class="timeline-page" class:tl-animate=move || !prefers_reduced_motion()
            on:keydown=root_keydown>
            <PageHead title="Timeline 1947–2025" lede="Wars, alliances, peacekeeping and diplomacy, from independence to Resolution 2803."/>
            <ShareBar view="timeline" title="Timeline 1947–2025"/>
            <div class="tl-controls">
                <fieldset class="tl-cats">
                    <legend>"Categories"</legend>
                    <ul class="tl-chips">{chips}</ul>
                    <div class="tl-cat-actions">
                        <button type="button" on:click=move |_| cats.set(Category::ALL.to_vec())>"Show all"</button>
                        <button type="button" on:click=move |_| cats.set(Vec::new())>"Clear all"</button>
                    </div>
                </fieldset>
                <div class="tl-search">
                    <label for="tl-q">"Search events"</label>
                    <input id="tl-q" type="search" autocomplete="off" spellcheck="false"
                        placeholder="title, summary or place"
                        prop:value=move || query.get()
                        on:input=move |ev| query.set(event_target_value(&ev))/>
                </div>
                <p class="tl-status" role="status" aria-live="polite" id="tl-status">{status}</p>
                <div class="tl-step" role="group" aria-label="Step through events">
                    <button type="button" on:click=move |_| step(-1)>"‹ Previous event"</button>
                    <button type="button" on:click=move |_| step(1)>"Next event ›"</button>
                    <span class="visually-hidden" aria-live="polite">{move || announce.get()}</span>
                </div>
            </div>

            <section class="tl-axis-section" aria-labelledby="tl-axis-head">
                <h2 id="tl-axis-head" class="visually-hidden">"Time axis"</h2>
                <div class="tl-zoom" role="group" aria-label="Zoom and pan the time axis">
                    <button type="button" aria-label="Zoom out" on:click=move |_| zoom(0.5)>"−"</button>
                    <button type="button" aria-label="Zoom in" on:click=move |_| zoom(2.0)>"+"</button>
                    <button type="button" aria-label="Earlier" on:click=move |_| pan(-1.0)>"◀"</button>
                    <button type="button" aria-label="Later" on:click=move |_| pan(1.0)>"▶"</button>
                    <button type="button" on:click=move |_| win.set(Window::full())>"Whole span"</button>
                    <label class="tl-era-select">
                        "Zoom to era "
                        <select prop:value=era_value on:change=on_era>
                            <option value="">"All years (1947–2025)"</option>
                            {era_options}
                        </select>
                    </label>
                    <span class="tl-range" id="tl-range">{range_text}</span>
                </div>
                <div class="tl-axis" node_ref=axis_ref role="group"
                    aria-label="Events on the time axis: arrow keys move, Enter opens, plus and minus zoom"
                    aria-describedby="tl-range"
                    style=axis_height
                    on:keydown=axis_keydown
                    on:wheel=on_wheel
                    on:pointerdown=on_pointerdown
                    on:pointermove=on_pointermove
                    on:pointerup=end_drag
                    on:pointercancel=end_drag>
                    <div class="tl-eras" aria-hidden="true">{era_bands}</div>
                    <div class="tl-ticks" aria-hidden="true">{tick_marks}</div>
                    <div class="tl-track">{track}</div>
                </div>
                {has_after.then(|| view! {
                    <p class="tl-after-note">"Events after Resolution 2803 (17 Nov 2025) are listed separately below."</p>
                })}
            </section>

            {detail}

            <section class="tl-list-section" aria-labelledby="tl-list-head">
                <h2 id="tl-list-head" tabindex="-1">"Events, 1947–2025"</h2>
                <div class="tl-lists" on:keydown=list_keydown>
                    <ol class="tl-list" aria-labelledby="tl-list-head">{main_list}</ol>
                    {has_after.then(|| view! {
                        <section class="tl-after" aria-labelledby="tl-after-head">
                            <h3 id="tl-after-head">"After the resolution (from 18 Nov 2025)"</h3>
                            <p class="tl-after-lede">"What happened after the Security Council adopted Resolution 2803; not on the 1947–2025 axis."</p>
                            <ol class="tl-list">{after_list}</ol>
                            <p class="tl-empty" hidden=move || after_shown() != 0>"No event after the resolution matches."</p>
                        </section>
                    })}
                </div>
                <p class="tl-empty" hidden=move || visible.with(|v| !v.is_empty())>
                    "No event matches. Try other categories or a shorter search."
                </p>
            </section>
        </article>
    }
}

/// What the timeline's detail and the embeddable event card share: category,
/// place and era, the summary, any flag, and the related missions on the map.
#[component]
pub fn EventFacts(e: &'static Event) -> impl IntoView {
    let c = content();
    let era = e
        .era
        .as_deref()
        .and_then(|id| c.eras.iter().find(|x| x.id == id))
        .map(|x| x.label.clone());
    let missions = e
        .missions
        .iter()
        .filter_map(|id| c.mission(id))
        .map(|m| {
            let link = href(&format!("/map?mission={}&year={}", m.id, e.date.start.year));
            view! { <li><a href=link>{format!("{} — {}", m.acronym, m.name)}</a>" (on the map)"</li> }
        })
        .collect_view();
    view! {
            <p class="tl-detail-meta">
                <CatIcon cat=e.category/>
                " " {e.category.label()}
                {e.place.clone().map(|p| format!(" · {p}"))}
                {era.map(|x| format!(" · {x}"))}
            </p>
            <p class="tl-detail-summary">{e.summary.clone()}</p>
            <FlagNote flag=e.flag.clone()/>
            {(!e.missions.is_empty()).then(|| view! {
                <h3>"Related missions"</h3>
                <ul class="tl-related">{missions}</ul>
            })}
    }
}

/// One timeline event as a card, for other people's pages: `/embed/event?id=ID`.
#[component]
pub fn EventEmbed() -> impl IntoView {
    let id = query_value("id");
    match id.as_deref().and_then(|i| content().event(i)) {
        None => view! { <Missing what="event" id=id/> }.into_any(),
        Some(e) => {
            crate::components::set_title(&e.title);
            view! {
                <article class="tl-detail embed-card" data-cat=e.category.id()>
                    <p class="tl-detail-date"><time datetime=e.date.start.iso()>{e.date.display()}</time></p>
                    <h1 id="tl-detail-title">{e.title.clone()}</h1>
                    <EventFacts e=e/>
                    <SourceRefs ids=e.sources.clone()/>
                </article>
            }
            .into_any()
        }
    }
}
