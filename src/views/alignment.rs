//! `/alignment`: the bridge-state alignment explorer.

use crate::components::{PageHead, Prose};
use crate::content::content;
use leptos::prelude::*;

#[component]
pub fn Alignment() -> impl IntoView {
    let c = content();
    view! {
        <article class="alignment-page">
            <PageHead title="The bridge state" lede="How Pakistan has balanced the United States, China and the Gulf, and what the Gaza decision tests."/>
            {c.chapter("codebook").map(|ch| view! { <Prose chapter=ch heading=true/> })}
        </article>
    }
}
