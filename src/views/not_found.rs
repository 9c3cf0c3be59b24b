//! The not-found page, for any path the site does not have.

use crate::components::PageHead;
use crate::routes;
use crate::url::href;
use leptos::prelude::*;

#[component]
pub fn NotFound() -> impl IntoView {
    let lang = crate::i18n::lang();
    let nf = lang.strings().not_found;
    let links = routes::nav()
        .map(|(r, _)| view! { <li><a href=href(r.path)>{lang.title(r)}</a></li> })
        .collect_view();
    view! {
        <article class="not-found">
            <PageHead title=nf.title lede=nf.lede/>
            <p>{nf.these_exist}</p>
            <ul>{links}</ul>
        </article>
    }
}
