//! `/sources`: the bibliography, the dated aggregate figures and the glossary.

use crate::components::{DataDownloads, FlagNote, PageHead, ScrollRegion, SourceList, SourceRefs};
use crate::content::{content, SourceKind};
use crate::url::href;
use leptos::prelude::*;

/// The bibliography's groups, in order: (kind, heading, anchor).
const KINDS: [(SourceKind, &str, &str); 5] = [
    (SourceKind::Primary, "Primary sources", "bib-primary"),
    (SourceKind::Data, "Data", "bib-data"),
    (SourceKind::Reference, "Reference works", "bib-reference"),
    (SourceKind::News, "News reports", "bib-news"),
    (SourceKind::Opinion, "Opinion", "bib-opinion"),
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
                            <td><time datetime=p.date.start.iso()>{p.date.display()}</time></td>
                            <td class="num">{p.quantity.display()}</td>
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
                    <ScrollRegion label=format!("{} (scrollable table)", s.label)>
                        <table>
                            <caption>{format!("{} ({}), as stated at each date", s.label, s.unit)}</caption>
                            <thead><tr><th scope="col">"As of"</th><th scope="col">"Figure"</th><th scope="col">"Notes and sources"</th></tr></thead>
                            <tbody>{rows}</tbody>
                        </table>
                    </ScrollRegion>
                </section>
            }
        })
        .collect_view();
    let glossary = c
        .glossary
        .iter()
        .map(|t| {
            view! {
                <div class="term" id=format!("term-{}", t.id)>
                    <dt>{t.term.clone()}{t.expansion.clone().map(|e| view! { <span class="expansion">" (" {e} ")"</span> })}</dt>
                    <dd>{t.definition.clone()}</dd>
                </div>
            }
        })
        .collect_view();
    // the bibliography grouped by kind (each entry keeps its `src-…` anchor)
    let groups: Vec<_> = KINDS
        .iter()
        .map(|&(kind, heading, anchor)| {
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
            <nav class="jump-links" aria-label="On this page">
                <ul>
                    <li><a href=jump("figures")>"Figures"</a></li>
                    <li><a href=jump("glossary")>"Glossary"</a></li>
                    <li><a href=jump("bibliography")>"Bibliography"</a></li>
                    <li><a href=jump("data")>"Download the data"</a></li>
                </ul>
            </nav>
            <section aria-labelledby="fig-h" id="figures">
                <h2 id="fig-h">"Aggregate figures over time"</h2>
                <p>"Official totals were revised year by year, so each figure is given with the date it was stated."</p>
                {figures}
            </section>
            <section aria-labelledby="gloss-h" id="glossary">
                <h2 id="gloss-h">{format!("Glossary ({} terms)", c.glossary.len())}</h2>
                <dl class="glossary">{glossary}</dl>
            </section>
            <section aria-labelledby="bib-h" id="bibliography">
                <h2 id="bib-h">{format!("Bibliography ({} sources)", c.sources.len())}</h2>
                <p>"Grouped by kind. Entries tagged " <span class="no-link">"no link"</span> " have no web address on record: find them by title, publisher and date."</p>
                <nav class="jump-links" aria-label="Bibliography by kind"><ul>{group_links}</ul></nav>
                {bibliography}
            </section>
            <section aria-labelledby="data-h" id="data">
                <h2 id="data-h">"Download the data"</h2>
                <p>"Everything on the timeline, the map and the alignment explorer, as CSV (for spreadsheets) and JSON, each row with its sources."</p>
                <DataDownloads/>
            </section>
        </article>
    }
}
