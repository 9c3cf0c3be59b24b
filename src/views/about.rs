//! `/about`: method, licence, how to cite, how to embed; `/corrections`: the
//! corrections log (its own chapter, linked from about's).

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

/// The corrections log: what was wrong, what changed, and the source of each.
#[component]
pub fn Corrections() -> impl IntoView {
    let head = crate::i18n::t().heads.corrections;
    view! {
        <article class="about corrections">
            <PageHead title=head.title lede=head.lede/>
            {content().chapter(pp_content::parts::CORRECTIONS_CHAPTER).map(|ch| view! { <Prose chapter=ch/> })}
        </article>
    }
}

/// The reader's choice to keep the site for offline use. Static markup:
/// assets/page.js remembers the choice, registers or removes the service
/// worker (written by scripts/lib/sw.mjs) and says what happened in the
/// status line. Hidden where the browser has no service workers.
#[component]
fn OfflineUse() -> impl IntoView {
    let w = &crate::i18n::t().offline;
    view! {
        <section class="offline-use" id="offline" aria-labelledby="offline-h" hidden=true>
            <h2 id="offline-h">{w.heading}</h2>
            <p>{w.text.0}{w.text.1}{w.text.2}</p>
            <p>
                <label class="offline-keep">
                    <input type="checkbox" id="offline-keep" checked=true/>
                    {w.keep}
                </label>
            </p>
            <p id="offline-status" class="offline-status" role="status"></p>
        </section>
    }
}
