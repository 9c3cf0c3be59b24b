//! Pieces shared by several views: page chrome, citations, flags, prose.

mod charts;
mod charts_ch20;
mod chrome;
mod cite;
mod cite_pop;
mod embed;
mod print;
mod share;
mod year;

pub use charts::{ChartSlot, CompareTable, ContributionChart, ContributionLine, VoteStrip};
pub use chrome::{twin_href, Footer, Header, LangSwitch};
pub use cite::{en_attr, FlagNote, SourceList, SourceRefs};
pub use cite_pop::{CitePopover, PopWords, POP_ID};
pub use embed::{full_page_path, EmbedFooter, EmbedMode, Missing};
pub use print::{in_words, PrintActions, PrintState};
pub use share::{
    citations, embed_url, iframe_code, DataDownloads, EmbedOptions, EmbedTheme, ShareBar,
};
pub use year::YearPlayer;

use crate::browser;
use crate::content::{split_chart_slots, HtmlPart};
use leptos::prelude::*;

/// Sets the document title for a view: `Timeline 1947–2025 · Pakistan, peacekeeping…`.
pub fn set_title(title: &str) {
    let t = crate::i18n::t();
    let site = t.site_title;
    if title == site || title == crate::routes::SITE_TITLE {
        browser::set_document_title(site);
    } else {
        browser::set_document_title(&format!("{title}{}{site}", t.title_separator));
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

/// A chapter's HTML with its tables' accessible name in the page's language
/// (the build writes the English one; the build already points the chapter's
/// links to the page's edition).
fn table_labels(html: &str) -> String {
    let t = crate::i18n::t();
    let en = crate::i18n::EN.table_label;
    if t.table_label == en {
        return html.to_string();
    }
    html.replace(
        &format!("aria-label=\"{en}\""),
        &format!("aria-label=\"{}\"", t.table_label),
    )
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
            {split_chart_slots(&chapter.html)
                .into_iter()
                .map(|part| match part {
                    HtmlPart::Html(h) => view! { <div inner_html=table_labels(h)></div> }.into_any(),
                    HtmlPart::Chart(kind, id) => view! { <ChartSlot kind=kind id=id/> }.into_any(),
                })
                .collect_view()}
            {(!chapter.sources.is_empty()).then(|| view! {
                <details class="chapter-sources">
                    <summary>{crate::i18n::t().chapter_sources.0} {chapter.title.clone()} {crate::i18n::t().chapter_sources.1}</summary>
                    <SourceList ids=chapter.sources.clone() numbered=true brief=true/>
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
