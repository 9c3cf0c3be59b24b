//! `/sources`: the bibliography and the dated aggregate figures (the glossary
//! has its own page, `/glossary`: `super::glossary`).

use crate::components::{DataDownloads, FlagNote, PageHead, ScrollRegion, SourceList, SourceRefs};
use crate::content::{content, SourceKind};
use crate::i18n::{lang, t};
use crate::url::href;
use leptos::prelude::*;

/// The bibliography's groups, in order: (kind, anchor); their headings are
/// the catalogue's `sources.groups`, in the same order.
const KINDS: [(SourceKind, &str); 5] = [
    (SourceKind::Primary, "bib-primary"),
    (SourceKind::Data, "bib-data"),
    (SourceKind::Reference, "bib-reference"),
    (SourceKind::News, "bib-news"),
    (SourceKind::Opinion, "bib-opinion"),
];

/// This page's own path, for links to its sections: a bare `#id` would resolve
/// against `<base href>` (the site's root), and `/sources` from `/sources/` (the
/// prerendered page's address) would load the page again.
fn here() -> String {
    #[cfg(target_arch = "wasm32")]
    if let Some(p) = web_sys::window().and_then(|w| w.location().pathname().ok()) {
        return p;
    }
    href("/sources")
}

#[component]
pub fn Sources() -> impl IntoView {
    let c = content();
    let (l, w) = (lang(), &t().sources);
    let here = here();
    let jump = move |id: &str| format!("{here}#{id}");
    let figures = c
        .figures
        .iter()
        .map(|s| {
            let rows = s
                .points
                .iter()
                .map(|p| {
                    view! {
                        <tr>
                            <td><time datetime=p.date.start.iso()>{l.date(&p.date)}</time></td>
                            <td class="num">{l.quantity(&p.quantity)}</td>
                            <td>
                                {p.note.clone()}
                                <FlagNote flag=p.flag.clone()/>
                                <SourceRefs ids=p.sources.clone()/>
                            </td>
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <section class="figure-series" id=format!("fig-{}", s.id)>
                    <h3>{s.label.clone()}</h3>
                    {s.note.clone().map(|n| view! { <p>{n}</p> })}
                    <ScrollRegion label=(w.scrollable)(&s.label)>
                        <table>
                            <caption>{(w.series_caption)(&s.label, &s.unit)}</caption>
                            <thead><tr>{w.series_heads.map(|h| view! { <th scope="col">{h}</th> })}</tr></thead>
                            <tbody>{rows}</tbody>
                        </table>
                    </ScrollRegion>
                </section>
            }
        })
        .collect_view();
    // the bibliography grouped by kind (each entry keeps its `src-…` anchor)
    let groups: Vec<_> = KINDS
        .iter()
        .zip(w.groups)
        .map(|(&(kind, anchor), heading)| {
            let ids: Vec<String> = c
                .sources
                .iter()
                .filter(|s| s.kind == kind)
                .map(|s| s.id.clone())
                .collect();
            (heading, anchor, ids)
        })
        .filter(|(_, _, ids)| !ids.is_empty())
        .collect();
    let group_links = groups
        .iter()
        .map(|(heading, anchor, ids)| {
            view! { <li><a href=jump(anchor)>{format!("{heading} ({})", ids.len())}</a></li> }
        })
        .collect_view();
    let bibliography = groups
        .into_iter()
        .map(|(heading, anchor, ids)| {
            let head_id = format!("{anchor}-h");
            let title = format!("{heading} ({})", ids.len());
            view! {
                <section class="bib-group" id=anchor aria-labelledby=head_id.clone()>
                    <h3 id=head_id.clone()>{title}</h3>
                    <SourceList ids=ids anchors=true/>
                </section>
            }
        })
        .collect_view();
    view! {
        <article class="sources-page">
            <PageHead title={crate::i18n::t().heads.sources.title} lede={crate::i18n::t().heads.sources.lede}/>
            <nav class="jump-links" aria-label=w.on_this_page>
                <ul>
                    <li><a href=jump("figures")>{w.jump[0]}</a></li>
                    <li><a href=href("/glossary")>{w.jump[1]}</a></li>
                    <li><a href=jump("bibliography")>{w.jump[2]}</a></li>
                    <li><a href=jump("data")>{w.jump[3]}</a></li>
                </ul>
            </nav>
            <section aria-labelledby="fig-h" id="figures">
                <h2 id="fig-h">{w.figures_h}</h2>
                <p>{w.figures_lede}</p>
                {figures}
            </section>
            <section aria-labelledby="bib-h" id="bibliography">
                <h2 id="bib-h">{(w.bibliography_h)(c.sources.len())}</h2>
                <p>{w.bibliography_lede.0} <span class="no-link">{w.no_link}</span> {w.bibliography_lede.1}</p>
                <nav class="jump-links" aria-label=w.by_kind><ul>{group_links}</ul></nav>
                {bibliography}
            </section>
            <section aria-labelledby="data-h" id="data">
                <h2 id="data-h">{w.jump[3]}</h2>
                <p>{w.data_lede}</p>
                <DataDownloads/>
            </section>
        </article>
    }
}
