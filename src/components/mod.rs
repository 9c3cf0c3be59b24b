//! Pieces shared by several views: page chrome, citations, flags, prose.

mod chrome;
mod cite;
mod embed;
mod keys;
mod share;
mod year;

pub use chrome::{Footer, Header};
pub use cite::{FlagNote, SourceList, SourceRefs};
pub use embed::{full_page_path, EmbedFooter, EmbedMode, Missing};
pub use keys::{focus_id, roving_target};
pub use share::{
    citations, embed_url, iframe_code, DataDownloads, EmbedOptions, EmbedTheme, ShareBar,
};
pub use year::{prefers_reduced_motion, YearPlayer};

use leptos::prelude::*;

/// Sets the document title for a view: `Timeline 1947–2025 · Pakistan, peacekeeping…`.
pub fn set_title(title: &str) {
    #[cfg(target_arch = "wasm32")]
    if let Some(d) = web_sys::window().and_then(|w| w.document()) {
        let site = crate::routes::SITE_TITLE;
        if title == site {
            d.set_title(site);
        } else {
            d.set_title(&format!("{title} · {site}"));
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = title;
}

/// Moves keyboard focus to the main region (skip link, route changes).
pub fn focus_main() {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsCast;
        if let Some(m) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id("main"))
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = m.focus();
        }
    }
}

/// A page heading with an optional lede paragraph.
#[component]
pub fn PageHead(
    #[prop(into)] title: String,
    #[prop(optional, into)] lede: Option<String>,
) -> impl IntoView {
    set_title(&title);
    view! {
        <header class="page-head">
            <h1>{title}</h1>
            {lede.map(|l| view! { <p class="lede">{l}</p> })}
        </header>
    }
}

/// A chapter's HTML (rendered and sanitised on the build host), with its sources.
#[component]
pub fn Prose(
    chapter: &'static crate::content::Chapter,
    #[prop(optional)] heading: bool,
) -> impl IntoView {
    let head_id = format!("ch-{}", chapter.id);
    view! {
        <section class="prose" aria-labelledby=heading.then(|| head_id.clone())>
            {heading.then(|| view! { <h2 id=head_id.clone()>{chapter.title.clone()}</h2> })}
            <div inner_html=chapter.html.clone()></div>
            {(!chapter.sources.is_empty()).then(|| view! {
                <details class="chapter-sources">
                    <summary>"Sources for “" {chapter.title.clone()} "”"</summary>
                    <SourceList ids=chapter.sources.clone() numbered=true/>
                </details>
            })}
        </section>
    }
}

/// A horizontally scrollable wrapper for wide tables: focusable and labelled,
/// so keyboard users can scroll it (WCAG 2.1.1) and screen readers name it.
#[component]
pub fn ScrollRegion(#[prop(into)] label: String, children: Children) -> impl IntoView {
    view! {
        <div class="table-wrap" tabindex="0" role="region" aria-label=label>
            {children()}
        </div>
    }
}
