//! The timeline's controls, under the strip: text search, the category
//! filter (on a phone folded behind a "Filter" button), the count of what is
//! shown, and stepping through events one by one.

use super::icon::CatIcon;
use super::logic::Window;
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
        if let Some(text) = s.step(dir, None) {
            announce.set(text);
        }
    };
    // the filter's panel, folded on narrow screens (the stylesheet shows it on wide ones)
    // (open if the reader opened it on the prerendered page: the keeper)
    let filters_open = RwSignal::new(crate::browser::was_expanded("tl-cats"));
    let filter_label = move || {
        let n = s.cats.with(|c| c.len());
        (crate::i18n::t().timeline.filter)(n, Category::ALL.len())
    };
    let total = s.events.len();
    let status = move || {
        let n = s.visible.with(|v| v.len());
        status_text(n, total, &s.win.get(), &s.query.get())
    };
    view! {
        <div class="tl-controls">
            <div class="tl-search">
                <label for="tl-q">{crate::i18n::t().timeline.search}</label>
                <input id="tl-q" type="search" autocomplete="off" spellcheck="false"
                    placeholder={crate::i18n::t().timeline.search_hint}
                    prop:value=move || s.query.get()
                    on:input=move |ev| s.query.set(event_target_value(&ev))/>
            </div>
            <p class="tl-status" role="status" aria-live="polite" id="tl-status">{status}</p>
            <button type="button" class="tl-filter-toggle" aria-controls="tl-cats"
                aria-expanded=move || filters_open.get().to_string()
                on:click=move |_| filters_open.update(|o| *o = !*o)>{filter_label}</button>
            <fieldset class="tl-cats" id="tl-cats" class:open=move || filters_open.get()>
                <legend>{crate::i18n::t().timeline.kinds}</legend>
                <ul class="tl-chips"><CategoryChips s=s/></ul>
                <div class="tl-cat-actions">
                    <button type="button" on:click=move |_| s.cats.set(Category::ALL.to_vec())>{crate::i18n::t().timeline.show_all}</button>
                    <button type="button" on:click=move |_| s.cats.set(Vec::new())>{crate::i18n::t().timeline.clear_all}</button>
                </div>
            </fieldset>
            <div class="tl-step" role="group" aria-label={crate::i18n::t().timeline.step_group}>
                <button type="button" on:click=move |_| step(-1)>{crate::i18n::t().timeline.previous_event}</button>
                <button type="button" on:click=move |_| step(1)>{crate::i18n::t().timeline.next_event}</button>
                <span class="visually-hidden" aria-live="polite">{move || announce.get()}</span>
            </div>
        </div>
    }
}

/// What the status line says: how many events are shown, of which years,
/// matching what (the keeper, [`super::keeper`], says the same).
pub(super) fn status_text(n: usize, total: usize, w: &Window, q: &str) -> String {
    let q = q.trim();
    let mut t = (crate::i18n::t().timeline.shown)(n, total);
    if !w.is_full() {
        let lang = crate::i18n::lang();
        t.push_str(&format!(
            "{}{}",
            if lang.is_rtl() { "، " } else { ", " },
            lang.bidi(format!(
                "{}–{}",
                w.from.floor() as i32,
                ((w.to - 1e-6).floor() as i32).min(2025)
            ))
        ));
    }
    if !q.is_empty() {
        let (a, b) = crate::i18n::t().timeline.state_matching;
        t.push_str(&format!("{a}{q}{b}"));
    }
    t
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
                        crate::sort::sort_by_key(cs, |c| cat_index(*c));
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
                        <span class="tl-chip-label">{crate::i18n::t().timeline.category(cat)}</span>
                        <span class="tl-count" data-count=move || s.counts.get()[k]>
                            {move || s.counts.get()[k]}
                            <span class="visually-hidden">{crate::i18n::t().timeline.events_word}</span>
                        </span>
                    </label>
                </li>
            }
        })
        .collect_view()
}
