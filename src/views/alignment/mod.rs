//! `/alignment`: the bridge-state explorer. How Pakistan has balanced the
//! United States and the West, China, and the Gulf and Islamic world, drawn
//! from the coded data (see [`scoring`]); the reader changes the weights and
//! sees the path recomputed; the Gaza options are shown as sourced arguments.

pub mod scoring;

use crate::browser;
use crate::components::{PageHead, Prose, ScrollRegion, ShareBar, SourceRefs, YearPlayer};
use crate::content::{content, Alignment, Scenario};
use crate::url::{href, query_value, replace_query};
use leptos::prelude::*;
use scoring::{Position, Weights};

/// Chart geometry: the unit chart (0..1) scaled into the SVG with margins.
const W: f64 = 600.0;
const H: f64 = 560.0;
const PAD_X: f64 = 70.0;
const PAD_Y: f64 = 50.0;
const SIZE: f64 = W - 2.0 * PAD_X;

fn sx(x: f64) -> f64 {
    PAD_X + x * SIZE
}
fn sy(y: f64) -> f64 {
    PAD_Y + y * SIZE
}

/// Shapes (with colours) for the partner poles, so colour is never the only cue.
const SHAPES: [&str; 5] = ["circle", "square", "diamond", "triangle", "cross"];

#[component]
pub fn Alignment() -> impl IntoView {
    let c = content();
    let Some(a) = c.alignment.as_ref() else {
        return view! {
            <article class="alignment-page">
                <PageHead title="The bridge state" lede="The alignment coding is not available."/>
            </article>
        }
        .into_any();
    };
    explorer(a).into_any()
}

fn explorer(a: &'static Alignment) -> impl IntoView {
    let c = content();
    // ---- state from the URL (junk falls back to defaults) ----
    let year0 = query_value("year")
        .and_then(|y| y.trim().parse::<i32>().ok())
        .map(|y| scoring::clamp_year(a, y))
        .unwrap_or(a.last_year);
    let (weights0, weight_note) = match query_value("w") {
        Some(s) => scoring::parse_weights(a, &s),
        None => (Weights::default_for(a), None),
    };
    let option0 = query_value("option").filter(|o| c.scenarios.iter().any(|s| &s.id == o));
    let option_note = query_value("option")
        .filter(|o| !c.scenarios.iter().any(|s| &s.id == o))
        .map(|o| {
            format!(
                "The option “{}” in the link does not exist; choose one below.",
                truncate(&o, 40)
            )
        });

    let year = RwSignal::new(year0);
    let weights = RwSignal::new(weights0.clone());
    let raw = RwSignal::new(weights0.0.iter().map(|v| fmt_num(*v)).collect::<Vec<_>>());
    let weight_error = RwSignal::new(None::<String>);
    let option = RwSignal::new(option0);

    // ---- URL follows state ----
    Effect::new(move |_| {
        let y = year.get();
        let w = weights.get();
        let o = option.get();
        let wq = (w != Weights::default_for(a)).then(|| scoring::format_weights(a, &w));
        replace_query(&[("year", Some(y.to_string())), ("w", wq), ("option", o)]);
    });

    let trajectory = Memo::new(move |_| scoring::trajectory(a, &weights.get()));
    let current = Memo::new(move |_| scoring::position(a, year.get(), &weights.get()));

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
        raw.set(d.0.iter().map(|v| fmt_num(*v)).collect());
        weight_error.set(None);
        weights.set(d);
    };

    let weight_inputs = a
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

    let codebook = c.chapter("codebook");
    // a link to `/alignment#codebook` opens it
    if browser::hash() == "#codebook" {
        request_animation_frame(open_codebook);
    }
    view! {
        <article class="alignment-page">
            <PageHead title="The bridge state" lede="How Pakistan has balanced the United States and the West, China, and the Gulf and the Islamic world since 1947, and what the Gaza decision tests. Every point is drawn from coded evidence; change the weights and the path is recomputed."/>
            <ShareBar view="alignment" title="The bridge state: alignment explorer"/>
            <p class="method-note">
                "The values are the editors’ judgement, each tied to events and sources. "
                {codebook.map(|_| view! {
                    // A plain `#codebook` would resolve against <base href> and leave the page.
                    <a href=href("/alignment#codebook") on:click=move |ev| {
                        ev.prevent_default();
                        open_codebook();
                    }>"How the coding works"</a>
                })}
            </p>
            {weight_note.map(|n| view! { <p class="notice" role="status">{n}</p> })}

            <div class="align-layout">
                <section class="align-chart" aria-labelledby="chart-h">
                    <h2 id="chart-h">"Position among the partners"</h2>
                    <TernaryChart a=a trajectory=trajectory current=current year=year/>
                    <YearPlayer year=year first=a.first_year last=a.last_year id="align-year"/>
                    <StrengthLines a=a weights=weights year=year/>
                </section>

                <section class="align-panel" aria-labelledby="year-h">
                    <h2 id="year-h">{move || format!("In {}", year.get())}</h2>
                    <div aria-live="polite">
                        <p class="narrative">{move || narrative(a, year.get())}</p>
                        <p class="position-sentence">{move || scoring::describe(a, &current.get())}</p>
                    </div>
                    <fieldset class="weights">
                        <legend>"Weights of the dimensions"</legend>
                        {weight_inputs}
                        <button type="button" on:click=reset>"Reset to the editors’ default"</button>
                        <p class="weight-error" role="alert">{move || weight_error.get()}</p>
                    </fieldset>
                    <CodedValues a=a year=year weights=weights/>
                </section>
            </div>

            <Scenarios option=option note=option_note/>

            {codebook.map(|ch| view! {
                <details class="codebook" id="codebook">
                    <summary>"The codebook: how Pakistan’s ties are coded"</summary>
                    <Prose chapter=ch/>
                </details>
            })}
        </article>
    }
}

#[component]
fn TernaryChart(
    a: &'static Alignment,
    trajectory: Memo<Vec<Position>>,
    current: Memo<Position>,
    year: RwSignal<i32>,
) -> impl IntoView {
    let partners = scoring::partners(a);
    let corners = scoring::corners(partners.len());
    let outline = corners
        .iter()
        .map(|(x, y)| format!("{:.1},{:.1}", sx(*x), sy(*y)))
        .collect::<Vec<_>>()
        .join(" ");
    // Gridlines at 1/3 share of each corner (the "balanced" zone) help read the centre.
    let centre = scoring::mix(&vec![1.0 / partners.len() as f64; partners.len()], &corners);
    let labels = partners
        .iter()
        .zip(&corners)
        .enumerate()
        .map(|(i, (&p, (x, y)))| {
            let (dx, dy, anchor) = if *y < 0.1 {
                (0.0, -16.0, "middle")
            } else if *x > 0.5 {
                (-4.0, 30.0, "end")
            } else {
                (4.0, 30.0, "start")
            };
            view! {
                <g class=format!("corner corner-{i}")>
                    <text x=format!("{:.1}", sx(*x) + dx) y=format!("{:.1}", sy(*y) + dy) text-anchor=anchor>
                        {a.poles[p].label.clone()}
                    </text>
                </g>
            }
        })
        .collect_view();
    let coded = scoring::coded_years(a);
    let path = move || {
        trajectory
            .get()
            .iter()
            .map(|p| format!("{:.1},{:.1}", sx(p.x), sy(p.y)))
            .collect::<Vec<_>>()
            .join(" ")
    };
    let markers = move || {
        let t = trajectory.get();
        coded
            .iter()
            .filter_map(|y| t.iter().find(|p| p.year == *y).cloned())
            .map(|p| {
                let y = p.year;
                view! {
                    <circle class="year-dot" cx=format!("{:.1}", sx(p.x)) cy=format!("{:.1}", sy(p.y)) r="5"
                        on:click=move |_| year.set(y)>
                        <title>{format!("{y} (click to select)")}</title>
                    </circle>
                }
            })
            .collect_view()
    };
    view! {
        <svg class="ternary" viewBox=format!("0 0 {W} {H}") role="img" aria-labelledby="ternary-title ternary-desc">
            <title id="ternary-title">"Pakistan’s position among its three partners, 1947–2025"</title>
            <desc id="ternary-desc">{move || trajectory_description(a, &trajectory.get(), &current.get())}</desc>
            <polygon class="triangle" points=outline/>
            <circle class="centre" cx=format!("{:.1}", sx(centre.0)) cy=format!("{:.1}", sy(centre.1)) r="3"/>
            <text class="centre-label" x=format!("{:.1}", sx(centre.0)) y=format!("{:.1}", sy(centre.1) + 18.0) text-anchor="middle">"balanced"</text>
            {labels}
            <polyline class="trajectory" points=path fill="none"/>
            {markers}
            <g class="current">
                <circle id="alignment-marker" class="marker"
                    cx=move || format!("{:.2}", sx(current.get().x))
                    cy=move || format!("{:.2}", sy(current.get().y))
                    data-year=move || current.get().year.to_string()
                    r="11"/>
                <text class="marker-label" x=move || format!("{:.1}", sx(current.get().x) + 14.0)
                    y=move || format!("{:.1}", sy(current.get().y) - 10.0)>
                    {move || current.get().year}
                </text>
            </g>
        </svg>
    }
}

/// Tie strength of each pole over time (partners solid, pressures dashed).
#[component]
fn StrengthLines(
    a: &'static Alignment,
    weights: RwSignal<Weights>,
    year: RwSignal<i32>,
) -> impl IntoView {
    const LW: f64 = 600.0;
    const LH: f64 = 220.0;
    const L: f64 = 40.0;
    const R: f64 = 110.0;
    const T: f64 = 12.0;
    const B: f64 = 28.0;
    let span = (a.last_year - a.first_year).max(1) as f64;
    let lx = move |y: i32| L + (y - a.first_year) as f64 / span * (LW - L - R);
    let ly = move |v: f64| T + (1.0 - v / 10.0) * (LH - T - B);
    let lines = move || {
        let w = weights.get();
        let series: Vec<Vec<f64>> = (a.first_year..=a.last_year)
            .map(|y| scoring::strengths(a, y, &w))
            .collect();
        a.poles
            .iter()
            .enumerate()
            .map(|(pi, p)| {
                let pts = series
                    .iter()
                    .enumerate()
                    .map(|(i, s)| format!("{:.1},{:.1}", lx(a.first_year + i as i32), ly(s[pi])))
                    .collect::<Vec<_>>()
                    .join(" ");
                let last = series.last().map(|s| s[pi]).unwrap_or(0.0);
                let pressure = p.kind == crate::content::PoleKind::Pressure;
                view! {
                    <g class=format!("line pole-{pi}{}", if pressure { " pressure" } else { "" })>
                        <polyline points=pts fill="none"/>
                        <text x=format!("{:.1}", LW - R + 6.0) y=format!("{:.1}", ly(last) + 4.0)>
                            {format!("{}{}", short_label(&p.label), if pressure { " (pressure)" } else { "" })}
                        </text>
                    </g>
                }
            })
            .collect_view()
    };
    let ticks = [1950, 1970, 1990, 2010]
        .into_iter()
        .filter(|y| *y > a.first_year && *y < a.last_year)
        .map(|y| view! { <text class="tick" x=format!("{:.1}", lx(y)) y=format!("{}", LH - 8.0) text-anchor="middle">{y}</text> })
        .collect_view();
    view! {
        <figure class="strengths">
            <svg viewBox=format!("0 0 {LW} {LH}") role="img" aria-label="Strength of each tie from 0 to 10 over time; the table beside the chart gives the values for the selected year.">
                <line class="axis" x1=L y1=ly(0.0) x2=LW - R y2=ly(0.0)/>
                <text class="tick" x="4" y=format!("{:.1}", ly(10.0) + 4.0)>"10"</text>
                <text class="tick" x="4" y=format!("{:.1}", ly(0.0) + 4.0)>"0"</text>
                {ticks}
                {lines}
                <line class="now" x1=move || lx(year.get()) x2=move || lx(year.get()) y1=T y2=LH - B/>
            </svg>
            <figcaption>"Tie strength (weighted mean of the dimensions, 0–10). Pressures, dashed, are the intensity of the India rivalry and of the Afghan front."</figcaption>
        </figure>
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
                    .map(|(di, _)| {
                        let cell = cells.iter().find(|c| c.pole == pi && c.dimension == di);
                        match cell {
                            Some(cl) => view! {
                                <td class="num">
                                    {fmt_num(cl.value)}
                                    {(cl.coding.year != y).then(|| view! { <span class="coded-year">{format!(" (since {})", cl.coding.year)}</span> })}
                                </td>
                            }
                            .into_any(),
                            None => view! { <td class="num">"–"</td> }.into_any(),
                        }
                    })
                    .collect_view();
                let kind = if p.kind == crate::content::PoleKind::Pressure { " (pressure)" } else { "" };
                view! {
                    <tr>
                        <th scope="row"><span class=format!("key pole-{pi}") data-shape=SHAPES[pi % SHAPES.len()] aria-hidden="true"></span>{p.label.clone()}{kind}</th>
                        {tds}
                        <td class="num">{format!("{:.1}", st[pi])}</td>
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
                        Some(l) => format!("No value was recoded in {y}: the values coded up to {l} carry forward."),
                        None => format!("No value is coded for {y}."),
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
                    .map(|e| view! { <li><a href=href(&format!("/timeline?event={}", e.id))>{e.date.display()} ": " {e.title.clone()}</a></li> })
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
            <h3 id="coded-h">{move || format!("Coded values in {}", year.get())}</h3>
            <ScrollRegion label="Coded values (scrollable)">
                <table class="coded-table">
                    <caption>{move || format!("Strength of each tie in {} (0 = none, 10 = alliance-level); a year in brackets says when a value was last coded.", year.get())}</caption>
                    <thead><tr><th scope="col">"Pole"</th>{head}<th scope="col" class="num">"Weighted"</th></tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </ScrollRegion>
            <h3 id="evidence-h">{move || format!("Evidence coded in {}", year.get())}</h3>
            <div class="evidence-list" aria-labelledby="evidence-h">{changes}</div>
        </section>
    }
}

#[component]
fn Scenarios(option: RwSignal<Option<String>>, note: Option<String>) -> impl IntoView {
    let c = content();
    if c.scenarios.is_empty() {
        return ().into_any();
    }
    let radios = c
        .scenarios
        .iter()
        .map(|s| {
            let id = s.id.clone();
            let id2 = s.id.clone();
            view! {
                <label class="option">
                    <input type="radio" name="gaza-option" value=s.id.clone()
                        prop:checked=move || option.get().as_deref() == Some(id.as_str())
                        on:change=move |_| option.set(Some(id2.clone()))/>
                    <span>{s.label.clone()}</span>
                </label>
            }
        })
        .collect_view();
    let detail = move || {
        option
            .get()
            .and_then(|o| c.scenarios.iter().find(|s| s.id == o))
            .map(|s| scenario_detail(s).into_any())
            .unwrap_or_else(|| view! { <p class="hint">"Choose an option to see what sources argue it would mean."</p> }.into_any())
    };
    view! {
        <section class="scenarios" aria-labelledby="scen-h">
            <h2 id="scen-h">"The Gaza decision: options after Resolution 2803"</h2>
            <p>"These are arguments made by named people and in the sources, not predictions. The site takes no side."</p>
            {note.map(|n| view! { <p class="notice" role="status">{n}</p> })}
            <fieldset class="options">
                <legend>"Options on the table"</legend>
                {radios}
            </fieldset>
            <div class="scenario-detail" aria-live="polite">{detail}</div>
        </section>
    }
    .into_any()
}

fn scenario_detail(s: &'static Scenario) -> impl IntoView {
    let c = content();
    let a = c.alignment.as_ref();
    let about_label = move |about: &str| -> String {
        if about == "domestic" {
            return "At home".into();
        }
        match about {
            "neutrality" => return "Test 1: neutrality".into(),
            "stabilisation" => return "Test 2: diplomatic stabilisation".into(),
            "engagement" => return "Test 3: sustained engagement".into(),
            _ => {}
        }
        a.and_then(|a| a.poles.iter().find(|p| p.id == about))
            .map(|p| p.label.clone())
            .unwrap_or_else(|| about.to_string())
    };
    let args = move |list: &'static [crate::content::Argument]| {
        list.iter()
            .map(|g| {
                view! {
                    <div class="argument">
                        <dt>{about_label(&g.about)}</dt>
                        <dd>{g.text.clone()} <SourceRefs ids=g.sources.clone()/></dd>
                    </div>
                }
            })
            .collect_view()
    };
    let voices = s
        .voices
        .iter()
        .filter_map(|id| c.quote(id))
        .map(|q| {
            view! {
                <figure class="voice">
                    <blockquote>{format!("“{}”", q.text)}</blockquote>
                    <figcaption>
                        {q.speaker.clone()} ", " {q.role.clone()} ", " {q.date.display()} ". " {q.context.clone()}
                        <SourceRefs ids=q.sources.clone()/>
                    </figcaption>
                </figure>
            }
        })
        .collect_view();
    view! {
        <article class="scenario" data-option=s.id.clone()>
            <h3>{s.label.clone()}</h3>
            <p>{s.summary.clone()}</p>
            <h4>"What it would do to each relationship"</h4>
            <dl class="arguments">{args(&s.effects)}</dl>
            <h4>"The essay’s three tests"</h4>
            <dl class="arguments tests">{args(&s.tests)}</dl>
            {(!s.voices.is_empty()).then(|| view! { <h4>"Voices"</h4> })}
            {voices}
        </article>
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
                format!("Since {}: {}", n.year, n.text)
            }
        })
        .unwrap_or_default()
}

fn trajectory_description(a: &Alignment, t: &[Position], current: &Position) -> String {
    let first = t
        .first()
        .map(|p| scoring::describe(a, p))
        .unwrap_or_default();
    let last = t
        .last()
        .map(|p| scoring::describe(a, p))
        .unwrap_or_default();
    format!(
        "A triangle with one corner per partner; the path shows Pakistan’s position each year. {first} {last} Selected: {} The table of coded values gives the numbers.",
        scoring::describe(a, current)
    )
}

fn short_label(s: &str) -> String {
    s.split([',', '('])
        .next()
        .unwrap_or(s)
        .trim()
        .trim_start_matches("The ")
        .to_string()
}

fn fmt_num(v: f64) -> String {
    if v.fract() == 0.0 {
        format!("{v:.0}")
    } else {
        format!("{v:.1}")
    }
}

fn truncate(s: &str, n: usize) -> String {
    s.chars().take(n).collect()
}

/// Opens the codebook disclosure and moves focus to it.
fn open_codebook() {
    browser::open_details("codebook");
}
