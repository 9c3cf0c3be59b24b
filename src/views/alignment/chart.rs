//! The explorer's charts: Pakistan's position among its partners as a path in
//! a triangle (one corner per partner), and the strength of each tie over time.

use super::scoring::{self, Position, Weights};
use crate::content::Alignment;
use leptos::prelude::*;

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

#[component]
pub fn TernaryChart(
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
            <title id="ternary-title">{format!("Pakistan’s position among its three partners, {}–{}", a.first_year, a.last_year)}</title>
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
pub fn StrengthLines(
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
