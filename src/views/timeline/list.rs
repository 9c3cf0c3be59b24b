//! The list of events under the strip: the text alternative of the strip and
//! the place to read. Events are grouped under their eras' headings, follow
//! the strip's window and the filters (the others are hidden), search matches
//! are marked, and an event opens in place. Arrow keys move between items (one
//! tab stop). As the list scrolls, the strip marks the year being read.

use super::detail::Detail;
use super::icon::CatIcon;
use super::logic;
use super::state::TimelineState;
use crate::browser::{self, attr_at_point, rect_of, roving_keys, target_within};
use crate::content::content;
use leptos::prelude::*;
use web_sys::KeyboardEvent;

/// `text` with the search matches in `<mark>`.
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

/// Runs of consecutive events of the same era: (era id, event indexes).
fn groups(s: &TimelineState, after: bool) -> Vec<(Option<String>, Vec<usize>)> {
    let mut out: Vec<(Option<String>, Vec<usize>)> = Vec::new();
    for (i, e) in s.events.iter().enumerate() {
        if e.after_resolution != after {
            continue;
        }
        match out.last_mut() {
            Some((era, items)) if *era == e.era => items.push(i),
            _ => out.push((e.era.clone(), vec![i])),
        }
    }
    out
}

#[component]
pub fn EventList(s: TimelineState) -> impl IntoView {
    let events = s.events;
    // the item that holds the tab stop: the last one chosen, if shown, else the first shown
    let tab = Memo::new(move |_| {
        let vis = s.visible.get();
        match s.list_active.get() {
            Some(i) if vis.contains(&i) => Some(i),
            _ => vis.first().copied(),
        }
    });
    let main_list = groups(&s, false)
        .into_iter()
        .map(|(era, items)| view! { <EraGroup s=s era=era items=items tab=tab/> })
        .collect_view();
    let after_idx: Vec<usize> = (0..events.len())
        .filter(|i| events[*i].after_resolution)
        .collect();
    let has_after = !after_idx.is_empty();
    let after_list = after_idx
        .iter()
        .map(|&i| view! { <Item s=s i=i tab=tab/> })
        .collect_view();
    let after_shown = move || {
        s.visible
            .with(|v| v.iter().filter(|i| events[**i].after_resolution).count())
    };
    let keydown = move |ev: KeyboardEvent| {
        // keys inside an open event (its links and buttons) are its own
        if target_within(&ev, ".tl-detail") {
            return;
        }
        let vis = s.visible.get_untracked();
        let cur = tab
            .get_untracked()
            .and_then(|i| vis.iter().position(|v| *v == i));
        let ids: Vec<String> = vis
            .iter()
            .map(|i| format!("li-{}", events[*i].id))
            .collect();
        roving_keys(&ev, &ids, cur, |t| s.list_active.set(Some(vis[t])));
    };
    track_reading(s);
    let head = move || {
        let w = s.win.get();
        let head = crate::i18n::t().timeline.list_head;
        if w.is_full() {
            head(1947, 2025)
        } else {
            head(
                w.from.floor() as i32,
                ((w.to - 1e-6).floor() as i32).min(2025),
            )
        }
    };
    view! {
        <section class="tl-list-section" aria-labelledby="tl-list-head">
            <h2 id="tl-list-head" tabindex="-1">{head}</h2>
            <div class="tl-lists" on:keydown=keydown>
                {main_list}
                {has_after.then(|| view! {
                    <section class="tl-after" aria-labelledby="tl-after-head" hidden=move || after_shown() == 0 && !s.win.get().is_full()>
                        <h3 id="tl-after-head">{crate::i18n::t().timeline.after_heading}</h3>
                        <p class="tl-after-lede">{crate::i18n::t().timeline.after_lede}</p>
                        <ol class="tl-list">{after_list}</ol>
                        <p class="tl-empty" hidden=move || after_shown() != 0>{crate::i18n::t().timeline.after_none}</p>
                    </section>
                })}
            </div>
            <p class="tl-empty" hidden=move || s.visible.with(|v| !v.is_empty())>
                {crate::i18n::t().timeline.none_match}
            </p>
        </section>
    }
}

/// An era's events under its heading (hidden when none of them is shown).
#[component]
fn EraGroup(
    s: TimelineState,
    era: Option<String>,
    items: Vec<usize>,
    tab: Memo<Option<usize>>,
) -> impl IntoView {
    let c = content();
    let heading = era
        .as_deref()
        .and_then(|id| c.eras.iter().find(|e| e.id == id));
    let members = items.clone();
    let shown = move || s.visible_set.with(|v| members.iter().any(|i| v[*i]));
    let head_id = format!("era-{}-{}", era.as_deref().unwrap_or("none"), items[0]);
    let list = items
        .into_iter()
        .map(|i| view! { <Item s=s i=i tab=tab/> })
        .collect_view();
    view! {
        <section class="tl-era-group" data-era=era.clone() hidden=move || !shown()
            aria-labelledby=heading.map(|_| head_id.clone())>
            {heading.map(|e| view! {
                <h3 class="tl-era-h" id=head_id.clone()>{e.label.clone()}
                    <span class="tl-era-years">{crate::i18n::lang().date(&e.span)}</span></h3>
            })}
            <ol class="tl-list">{list}</ol>
        </section>
    }
}

/// One event: a button that opens it in place, its summary, and when open
/// its detail.
#[component]
fn Item(s: TimelineState, i: usize, tab: Memo<Option<usize>>) -> impl IntoView {
    let e = &s.events[i];
    let li_id = format!("li-{}", e.id);
    let place = e.place.clone();
    let terms = s.terms;
    let open = move || s.selected.get() == Some(i);
    view! {
        <li class="tl-item" data-cat=e.category.id() data-year=format!("{:.3}", s.spans[i].0)
            class:open=open hidden=move || !s.visible_set.with(|v| v[i])>
            <button id=li_id.clone() class="tl-item-btn"
                tabindex=move || if tab.get() == Some(i) { "0" } else { "-1" }
                aria-current=move || open().then_some("true")
                aria-expanded=move || open().to_string()
                on:click=move |_| {
                    s.list_active.set(Some(i));
                    if open() {
                        s.close();
                    } else {
                        s.open(i, Some(li_id.clone()));
                    }
                }>
                <CatIcon cat=e.category/>
                <time class="tl-item-date" datetime=e.date.start.iso()>{crate::i18n::lang().date(&e.date)}</time>
                <span class="tl-item-title">{move || highlighted(&e.title, &terms.get())}</span>
                <span class="visually-hidden">{format!(", {}", crate::i18n::t().timeline.category(e.category))}</span>
            </button>
            <p class="tl-item-summary" hidden=open>
                {move || highlighted(&e.summary, &terms.get())}
                {place.map(|p| view! {
                    " " <span class="tl-item-place">"(" {move || highlighted(&p, &terms.get())} ")"</span>
                })}
            </p>
            {move || open().then(|| view! { <Detail s=s i=i/> })}
        </li>
    }
}

/// Follows the scroll: the year of the list item just under the strip is the
/// year being read (none while the list is below the strip).
fn track_reading(s: TimelineState) {
    // native builds (the tests that draw every page) have no window to listen to
    if cfg!(not(target_arch = "wasm32")) {
        return;
    }
    let pending = StoredValue::new(false);
    let measure = move || {
        pending.set_value(false);
        let Some((left, _, width, bottom)) = rect_of("tl-strip") else {
            return;
        };
        let list_top = rect_of("tl-list-head")
            .map(|r| r.1)
            .unwrap_or(f64::INFINITY);
        let year = (list_top < bottom)
            .then(|| attr_at_point(left + width / 2.0, bottom + 12.0, ".tl-item", "data-year"))
            .flatten()
            .and_then(|y| y.parse::<f64>().ok());
        if s.reading.try_get_untracked().flatten() != year {
            s.reading.try_set(year);
        }
    };
    browser::on_window(leptos::ev::scroll, move |_| {
        if !pending.get_value() {
            pending.set_value(true);
            request_animation_frame(measure);
        }
    });
}
