//! The selected year in words and numbers: the narrative, where Pakistan
//! stood, the weights of the dimensions (the reader may change them), and the
//! coded values with the evidence recoded that year.

use super::scoring::{self, Position, Weights};
use crate::components::{ScrollRegion, SourceRefs};
use crate::content::{content, Alignment};
use crate::i18n::{lang, t};
use crate::url::href;
use leptos::prelude::*;

use super::multiples::SHAPES;

#[component]
pub fn YearPanel(
    a: &'static Alignment,
    year: RwSignal<i32>,
    weights: RwSignal<Weights>,
    current: Memo<Position>,
) -> impl IntoView {
    view! {
        <section class="align-panel" aria-labelledby="year-h">
            <h2 id="year-h">{move || (t().align.in_year)(year.get())}</h2>
            <div aria-live="polite">
                <p class="narrative">{move || narrative(a, year.get())}</p>
                <p class="position-sentence">{move || scoring::describe(a, &current.get())}</p>
            </div>
            <WeightInputs a=a weights=weights/>
            <CodedValues a=a year=year weights=weights/>
        </section>
    }
}

/// A slider per dimension; weights that are not valid (all 0) are refused
/// with a message and the last valid ones stay.
#[component]
fn WeightInputs(a: &'static Alignment, weights: RwSignal<Weights>) -> impl IntoView {
    let as_text = |w: &Weights| w.0.iter().map(|v| fmt_num(*v)).collect::<Vec<_>>();
    let raw = RwSignal::new(as_text(&weights.get_untracked()));
    let weight_error = RwSignal::new(None::<String>);
    let set_weight = move |i: usize, text: String| {
        raw.update(|r| r[i] = text.clone());
        let parsed: Vec<f64> = raw
            .get_untracked()
            .iter()
            .map(|t| t.trim().parse::<f64>().unwrap_or(f64::NAN))
            .collect();
        match Weights::validate(a, parsed) {
            Ok(w) => {
                weight_error.set(None);
                weights.set(w);
            }
            Err(e) => weight_error.set(Some(e)),
        }
    };
    let reset = move |_| {
        let d = Weights::default_for(a);
        raw.set(as_text(&d));
        weight_error.set(None);
        weights.set(d);
    };
    let inputs = a
        .dimensions
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let id = format!("weight-{}", d.id);
            view! {
                <div class="weight">
                    <label for=id.clone()>{d.label.clone()}</label>
                    <input type="range" id=id.clone() min="0" max="10" step="0.5"
                        prop:value=move || raw.get()[i].clone()
                        aria-describedby=format!("{id}-desc")
                        on:input=move |ev| set_weight(i, event_target_value(&ev))/>
                    <output for=id.clone()>{move || raw.get()[i].clone()}</output>
                    <p class="weight-desc" id=format!("{id}-desc")>{d.description.clone()}</p>
                </div>
            }
        })
        .collect_view();
    view! {
        <fieldset class="weights">
            <legend>{t().align.weights}</legend>
            {inputs}
            <button type="button" on:click=reset>{t().align.reset}</button>
            <p class="weight-error" role="alert">{move || weight_error.get()}</p>
        </fieldset>
    }
}

/// The coded values in force in the selected year: the chart's text alternative.
#[component]
fn CodedValues(
    a: &'static Alignment,
    year: RwSignal<i32>,
    weights: RwSignal<Weights>,
) -> impl IntoView {
    let c = content();
    let w = &t().align;
    let head = a
        .dimensions
        .iter()
        .map(|d| view! { <th scope="col" class="num">{d.label.clone()}</th> })
        .collect_view();
    let rows = move || {
        let y = year.get();
        let cells = scoring::cells(a, y);
        let st = scoring::strengths(a, y, &weights.get());
        a.poles
            .iter()
            .enumerate()
            .map(|(pi, p)| {
                let tds = a
                    .dimensions
                    .iter()
                    .enumerate()
                    .map(|(di, d)| {
                        let cell = cells.iter().find(|c| c.pole == pi && c.dimension == di);
                        match cell {
                            Some(cl) => view! {
                                <td class="num" data-label=d.label.clone()>
                                    {fmt_num(cl.value)}
                                    {(cl.coding.year != y).then(|| view! { <span class="coded-year">{(w.coded_since)(cl.coding.year)}</span> })}
                                </td>
                            }
                            .into_any(),
                            None => view! { <td class="num" data-label=d.label.clone()>"–"</td> }.into_any(),
                        }
                    })
                    .collect_view();
                let kind = if p.kind == crate::content::PoleKind::Pressure { w.pressure } else { "" };
                view! {
                    <tr>
                        <th scope="row"><span class="key" data-pole=p.id.clone() data-shape=SHAPES[pi % SHAPES.len()] aria-hidden="true"></span>{p.label.clone()}{kind}</th>
                        {tds}
                        <td class="num" data-label=w.heads[1]>{format!("{:.1}", st[pi])}</td>
                    </tr>
                }
            })
            .collect_view()
    };
    let changes = move || {
        let y = year.get();
        let recoded: Vec<_> = a.codings.iter().filter(|k| k.year == y).collect();
        if recoded.is_empty() {
            let last = a
                .codings
                .iter()
                .filter(|k| k.year < y)
                .map(|k| k.year)
                .max();
            return view! {
                <p class="no-change">
                    {match last {
                        Some(l) => (w.carry_forward)(y, l),
                        None => (w.none_coded)(y),
                    }}
                </p>
            }
            .into_any();
        }
        let items = recoded
            .into_iter()
            .map(|k| {
                let pole = a.poles.iter().find(|p| p.id == k.pole).map(|p| p.label.clone()).unwrap_or_default();
                let dim = a.dimensions.iter().find(|d| d.id == k.dimension).map(|d| d.label.clone()).unwrap_or_default();
                let evidence = k
                    .evidence
                    .iter()
                    .filter_map(|id| c.event(id))
                    .map(|e| view! { <li><a href=href(&format!("/timeline?event={}", e.id))>{lang().date(&e.date)} ": " {e.title.clone()}</a></li> })
                    .collect_view();
                view! {
                    <li class="change">
                        <strong>{format!("{pole}, {}: {}", dim.to_lowercase(), fmt_num(k.value))}</strong>
                        " — " {k.rationale.clone()}
                        <ul class="evidence">{evidence}</ul>
                        <SourceRefs ids=k.sources.clone()/>
                    </li>
                }
            })
            .collect_view();
        view! { <ul class="changes">{items}</ul> }.into_any()
    };
    view! {
        <section class="coded" aria-labelledby="coded-h">
            <h3 id="coded-h">{move || (w.coded_h)(year.get())}</h3>
            <ScrollRegion label=w.coded_label>
                <table class="coded-table">
                    <caption>{move || (w.coded_caption)(year.get())}</caption>
                    <thead><tr><th scope="col">{w.heads[0]}</th>{head}<th scope="col" class="num">{w.heads[1]}</th></tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </ScrollRegion>
            <h3 id="evidence-h">{move || (w.evidence_h)(year.get())}</h3>
            <div class="evidence-list" aria-labelledby="evidence-h">{changes}</div>
        </section>
    }
}

/// The narrative sentence for the nearest earlier year that has one.
fn narrative(a: &Alignment, year: i32) -> String {
    a.narrative
        .iter()
        .filter(|n| n.year <= year)
        .max_by_key(|n| n.year)
        .map(|n| {
            if n.year == year {
                n.text.clone()
            } else {
                (t().align.since)(n.year, &n.text)
            }
        })
        .unwrap_or_default()
}

fn fmt_num(v: f64) -> String {
    if v.fract() == 0.0 {
        format!("{v:.0}")
    } else {
        format!("{v:.1}")
    }
}
