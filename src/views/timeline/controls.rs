//! The timeline's controls: category filter, text search, the count of what
//! is shown, and stepping through events one by one.

use super::icon::CatIcon;
use super::state::TimelineState;
use crate::content::Category;
use leptos::prelude::*;

fn cat_index(c: Category) -> usize {
    Category::ALL.iter().position(|x| *x == c).unwrap_or(0)
}

#[component]
pub fn Controls(s: TimelineState) -> impl IntoView {
    let announce = RwSignal::new(String::new());
    let step = move |dir: i32| {
        if let Some(text) = s.step(dir) {
            announce.set(text);
        }
    };
    let total = s.events.len();
    let status = move || {
        let n = s.visible.with(|v| v.len());
        let q = s.query.get();
        let q = q.trim();
        if q.is_empty() {
            format!("{n} of {total} events shown")
        } else {
            format!("{n} of {total} events shown, matching “{q}”")
        }
    };
    view! {
        <div class="tl-controls">
            <fieldset class="tl-cats">
                <legend>"Categories"</legend>
                <ul class="tl-chips"><CategoryChips s=s/></ul>
                <div class="tl-cat-actions">
                    <button type="button" on:click=move |_| s.cats.set(Category::ALL.to_vec())>"Show all"</button>
                    <button type="button" on:click=move |_| s.cats.set(Vec::new())>"Clear all"</button>
                </div>
            </fieldset>
            <div class="tl-search">
                <label for="tl-q">"Search events"</label>
                <input id="tl-q" type="search" autocomplete="off" spellcheck="false"
                    placeholder="title, summary or place"
                    prop:value=move || s.query.get()
                    on:input=move |ev| s.query.set(event_target_value(&ev))/>
            </div>
            <p class="tl-status" role="status" aria-live="polite" id="tl-status">{status}</p>
            <div class="tl-step" role="group" aria-label="Step through events">
                <button type="button" on:click=move |_| step(-1)>"‹ Previous event"</button>
                <button type="button" on:click=move |_| step(1)>"Next event ›"</button>
                <span class="visually-hidden" aria-live="polite">{move || announce.get()}</span>
            </div>
        </div>
    }
}

/// One checkbox per category, with its icon and how many events match the search.
#[component]
fn CategoryChips(s: TimelineState) -> impl IntoView {
    Category::ALL
        .into_iter()
        .map(|cat| {
            let k = cat_index(cat);
            let toggle = move |_| {
                s.cats.update(|cs| {
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
                            prop:checked=move || s.cats.with(|cs| cs.contains(&cat))
                            on:change=toggle/>
                        <CatIcon cat=cat/>
                        <span class="tl-chip-label">{cat.label()}</span>
                        <span class="tl-count" data-count=move || s.counts.get()[k]>
                            {move || s.counts.get()[k]}
                            <span class="visually-hidden">" events"</span>
                        </span>
                    </label>
                </li>
            }
        })
        .collect_view()
}
