//! The not-found page, for any path the site does not have.

use crate::components::PageHead;
use crate::routes;
use crate::url::href;
use leptos::prelude::*;

#[component]
pub fn NotFound() -> impl IntoView {
    let links = routes::nav()
        .map(|(r, _)| view! { <li><a href=href(r.path)>{r.title}</a></li> })
        .collect_view();
    view! {
        <article class="not-found">
            <PageHead title="Page not found" lede="There is no page at this address. It may have moved, or the link may be mistyped."/>
            <p>"These pages exist:"</p>
            <ul>{links}</ul>
        </article>
    }
}
