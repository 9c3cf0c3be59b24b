//! `/map`: Pakistan's peacekeeping deployments.

use crate::components::{PageHead, SourceRefs};
use crate::content::content;
use leptos::prelude::*;

#[component]
pub fn MapView() -> impl IntoView {
    let c = content();
    let rows = c
        .missions
        .iter()
        .map(|m| {
            view! {
                <tr id=format!("mission-{}", m.id)>
                    <th scope="row">{m.acronym.clone()}</th>
                    <td>{m.host.name.clone()}</td>
                    <td>{m.years.display()}</td>
                    <td>{m.contingent.first().map(|f| f.quantity.display())}</td>
                    <td><SourceRefs ids=m.sources.clone()/></td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <article class="map-page">
            <PageHead title="Map of deployments" lede="Where Pakistani peacekeepers have served since 1960."/>
            <div class="table-wrap">
                <table>
                    <caption>"Pakistani deployments"</caption>
                    <thead><tr><th scope="col">"Mission"</th><th scope="col">"Host"</th><th scope="col">"Pakistani years"</th><th scope="col">"Contingent"</th><th scope="col">"Sources"</th></tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </article>
    }
}
