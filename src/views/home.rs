//! `/`: the story. What Resolution 2803 is, why Pakistan matters, and the way
//! into the three views. Prose comes from `content/chapters/*.md`.

use crate::components::{set_title, Prose};
use crate::content::content;
use crate::routes::SITE_TITLE;
use crate::url::href;
use leptos::prelude::*;

/// Chapters with an order below this are part of the story page.
pub const STORY_MAX_ORDER: i32 = 100;

#[component]
pub fn Home() -> impl IntoView {
    set_title(SITE_TITLE);
    let c = content();
    let story: Vec<_> = c
        .chapters
        .iter()
        .filter(|ch| ch.order < STORY_MAX_ORDER)
        .collect();
    let (intro, rest) = match story.split_first() {
        Some((first, rest)) => (Some(*first), rest.to_vec()),
        None => (None, Vec::new()),
    };
    let toc = rest
        .iter()
        .map(|ch| view! { <li><a href=format!("#ch-{}", ch.id)>{ch.title.clone()}</a></li> })
        .collect_view();
    view! {
        <article class="story">
            <header class="page-head">
                <h1>{intro.map(|c| c.title.clone()).unwrap_or_else(|| SITE_TITLE.to_string())}</h1>
                {intro.map(|c| view! { <p class="lede">{c.summary.clone()}</p> })}
            </header>
            <nav class="views-grid" aria-label="Explore">
                <a class="view-card" href=href("/timeline")>
                    <span class="view-card-title">"Timeline"</span>
                    <span>"From independence and UN membership in 1947 to Resolution 2803 in November 2025."</span>
                </a>
                <a class="view-card" href=href("/map")>
                    <span class="view-card-title">"Map"</span>
                    <span>"Where Pakistani peacekeepers served, when, how many, and at what cost."</span>
                </a>
                <a class="view-card" href=href("/alignment")>
                    <span class="view-card-title">"Alignment explorer"</span>
                    <span>"How Pakistan balances the US, China and the Gulf, and what Gaza tests."</span>
                </a>
            </nav>
            {intro.map(|ch| view! { <Prose chapter=ch/> })}
            // On wide screens a sticky right rail with reading progress
            // (assets/style.css); assets/page.js marks the chapter being read.
            {(!rest.is_empty()).then(|| view! {
                <nav class="toc story-nav" aria-labelledby="toc-h">
                    <h2 id="toc-h">"In this story"</h2>
                    <div class="read-progress" aria-hidden="true"><span></span></div>
                    <ol>{toc}</ol>
                </nav>
            })}
            {rest.into_iter().map(|ch| view! { <Prose chapter=ch heading=true/> }).collect_view()}
        </article>
    }
}
