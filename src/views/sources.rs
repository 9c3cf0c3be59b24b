//! `/sources`: the bibliography, the dated aggregate figures and the glossary.

use crate::components::{DataDownloads, FlagNote, PageHead, ScrollRegion, SourceList, SourceRefs};
use crate::content::content;
use leptos::prelude::*;

#[component]
pub fn Sources() -> impl IntoView {
    let c = content();
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
    view! {
        <article class="sources-page">
            <PageHead title="Sources, data and glossary" lede="Every event, mission, figure, quote and coding on this site cites entries in this bibliography."/>
            <section aria-labelledby="bib-h">
                <h2 id="bib-h">{format!("Bibliography ({} sources)", c.sources.len())}</h2>
                <SourceList ids=vec![] anchors=true/>
            </section>
            <section aria-labelledby="fig-h">
                <h2 id="fig-h">"Aggregate figures over time"</h2>
                <p>"Official totals were revised year by year, so each figure is given with the date it was stated."</p>
                {figures}
            </section>
            <section aria-labelledby="data-h" id="data">
                <h2 id="data-h">"Download the data"</h2>
                <p>"Everything on the timeline, the map and the alignment explorer, as CSV (for spreadsheets) and JSON, each row with its sources."</p>
                <DataDownloads/>
            </section>
            <section aria-labelledby="gloss-h">
                <h2 id="gloss-h">{format!("Glossary ({} terms)", c.glossary.len())}</h2>
                <dl class="glossary">{glossary}</dl>
            </section>
        </article>
    }
}
