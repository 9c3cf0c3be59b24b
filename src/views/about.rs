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
            <OfflineUse/>
        </article>
    }
}

/// The reader's choice to keep the site for offline use. Static markup:
/// assets/page.js remembers the choice, registers or removes the service
/// worker (written by scripts/lib/sw.mjs) and says what happened in the
/// status line. Hidden where the browser has no service workers.
#[component]
fn OfflineUse() -> impl IntoView {
    view! {
        <section class="offline-use" id="offline" aria-labelledby="offline-h" hidden=true>
            <h2 id="offline-h">"Offline use"</h2>
            <p>
                "After a visit, this browser keeps a copy of every page, view and data file of "
                "the explainer, so it opens without a connection (not when the browser asks to save data). "
                "A new version is fetched when you are online; you are told when it is ready."
            </p>
            <p>
                <label class="offline-keep">
                    <input type="checkbox" id="offline-keep" checked=true/>
                    " Keep this site for offline use"
                </label>
            </p>
            <p id="offline-status" class="offline-status" role="status"></p>
        </section>
    }
}
