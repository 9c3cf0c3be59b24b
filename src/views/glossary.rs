//! `/glossary`: the terms, organisations and missions the explainer uses
//! (`content/glossary.json`), each with its `term-…` anchor.

use crate::components::PageHead;
use crate::content::content;
use crate::i18n::t;
use leptos::prelude::*;

/// A term's anchor on the glossary page.
pub fn anchor(id: &str) -> String {
    format!("term-{id}")
}

/// Where a term is explained: its anchor on `/glossary`.
pub fn term_path(id: &str) -> String {
    format!("/glossary#{}", anchor(id))
}

#[component]
pub fn Glossary() -> impl IntoView {
    let terms = content()
        .glossary
        .iter()
        .map(|t| {
            view! {
                <div class="term" id=anchor(&t.id)>
                    <dt>{t.term.clone()}{t.expansion.clone().map(|e| view! { <span class="expansion">" (" {e} ")"</span> })}</dt>
                    <dd>{t.definition.clone()}</dd>
                </div>
            }
        })
        .collect_view();
    let head = t().heads.glossary;
    view! {
        <article class="glossary-page">
            <PageHead title=head.title lede=head.lede/>
            <dl class="glossary">{terms}</dl>
        </article>
    }
}
