//! `/about`: method, licence, how to cite, how to embed.

use crate::components::{PageHead, Prose};
use crate::content::content;
use leptos::prelude::*;

#[component]
pub fn About() -> impl IntoView {
    let c = content();
    view! {
        <article class="about">
            <PageHead title="About this explainer" lede="How it was made, how to cite it, reuse it and embed it."/>
            {c.chapter("about").map(|ch| view! { <Prose chapter=ch/> })}
        </article>
    }
}
