//! `/about`: method, licence, how to cite, how to embed.

use crate::components::{PageHead, Prose};
use crate::content::content;
use leptos::prelude::*;

#[component]
pub fn About() -> impl IntoView {
    let c = content();
    view! {
        <article class="about">
            <PageHead title={crate::i18n::t().heads.about.title} lede={crate::i18n::t().heads.about.lede}/>
            {c.chapter("about").map(|ch| view! { <Prose chapter=ch/> })}
        </article>
    }
}
