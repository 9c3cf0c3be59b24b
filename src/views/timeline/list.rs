//! The list of events: the text alternative of the axis, and the whole view on
//! narrow screens. Filtered items are hidden, search matches are marked, events
//! after the resolution have their own list, and arrow keys move between items
//! (one tab stop).

use super::icon::CatIcon;
use super::logic;
use super::state::TimelineState;
use crate::browser::roving_keys;
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

#[component]
pub fn EventList(s: TimelineState) -> impl IntoView {
    let events = s.events;
    let total = events.len();
    // the item that holds the tab stop: the last one chosen, if shown, else the first shown
    let tab = Memo::new(move |_| {
        let vis = s.visible.get();
        match s.list_active.get() {
            Some(i) if vis.contains(&i) => Some(i),
            _ => vis.first().copied(),
        }
    });
    let main_list = (0..total)
        .filter(|i| !events[*i].after_resolution)
        .map(|i| view! { <Item s=s i=i tab=tab/> })
        .collect_view();
    let after_idx: Vec<usize> = (0..total).filter(|i| events[*i].after_resolution).collect();
    let has_after = !after_idx.is_empty();
    let after_list = after_idx
        .into_iter()
        .map(|i| view! { <Item s=s i=i tab=tab/> })
        .collect_view();
    let after_shown = move || {
        s.visible
            .with(|v| v.iter().filter(|i| events[**i].after_resolution).count())
    };
    let keydown = move |ev: KeyboardEvent| {
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
    view! {
        <section class="tl-list-section" aria-labelledby="tl-list-head">
            <h2 id="tl-list-head" tabindex="-1">"Events, 1947–2025"</h2>
            <div class="tl-lists" on:keydown=keydown>
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
            <p class="tl-empty" hidden=move || s.visible.with(|v| !v.is_empty())>
                "No event matches. Try other categories or a shorter search."
            </p>
        </section>
    }
}

/// One event: a button that opens its detail, and its summary.
#[component]
fn Item(s: TimelineState, i: usize, tab: Memo<Option<usize>>) -> impl IntoView {
    let e = &s.events[i];
    let li_id = format!("li-{}", e.id);
    let place = e.place.clone();
    let terms = s.terms;
    view! {
        <li class="tl-item" data-cat=e.category.id() hidden=move || !s.visible_set.with(|v| v[i])>
            <button id=li_id.clone() class="tl-item-btn"
                tabindex=move || if tab.get() == Some(i) { "0" } else { "-1" }
                aria-current=move || (s.selected.get() == Some(i)).then_some("true")
                on:click=move |_| {
                    s.list_active.set(Some(i));
                    s.open(i, Some(li_id.clone()));
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
}
