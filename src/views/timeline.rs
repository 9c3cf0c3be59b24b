//! `/timeline`: events from 1947 to Resolution 2803.

use crate::components::{FlagNote, PageHead, SourceRefs};
use crate::content::content;
use leptos::prelude::*;

#[component]
pub fn Timeline() -> impl IntoView {
    let c = content();
    let items = c
        .events
        .iter()
        .map(|e| {
            view! {
                <li class="event" id=format!("event-{}", e.id) data-category=e.category.id()>
                    <time datetime=e.date.start.iso()>{e.date.display()}</time>
                    <h3>{e.title.clone()}</h3>
                    <p class="event-category">{e.category.label()}</p>
                    <p>{e.summary.clone()}</p>
                    <FlagNote flag=e.flag.clone()/>
                    <SourceRefs ids=e.sources.clone()/>
                </li>
            }
        })
        .collect_view();
    view! {
        <article class="timeline-page">
            <PageHead title="Timeline 1947–2025" lede="Wars, alliances, peacekeeping and diplomacy, from independence to Resolution 2803."/>
            <ol class="event-list">{items}</ol>
        </article>
    }
}
