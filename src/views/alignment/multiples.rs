//! The explorer's main graphic: one small chart per tie (the three partners,
//! then the two pressures), each the strength of that tie from 0 to 10 over
//! the years, named directly, with its largest changes marked and a line at
//! the selected year. Lines stretch with the panel; every word is HTML, so
//! text keeps its size on any screen. A click or tap on a panel picks the
//! year under it (the slider is the keyboard's way).

use super::layout::{turns, Turn};
use super::scoring::{self, Weights};
use crate::content::{Alignment, PoleKind};
use leptos::prelude::*;

/// Shapes for the poles, so colour is never the only cue (the same as the
/// table's keys).
pub const SHAPES: [&str; 5] = ["circle", "square", "diamond", "triangle", "cross"];

#[component]
pub fn SmallMultiples(
    a: &'static Alignment,
    weights: RwSignal<Weights>,
    year: RwSignal<i32>,
) -> impl IntoView {
    // strengths per year, per pole
    let series = Memo::new(move |_| {
        let w = weights.get();
        (a.first_year..=a.last_year)
            .map(|y| scoring::strengths(a, y, &w))
            .collect::<Vec<Vec<f64>>>()
    });
    let panels = (0..a.poles.len())
        .map(|pi| view! { <Panel a=a pi=pi series=series year=year/> })
        .collect_view();
    view! {
        <div class="multiples">{panels}</div>
    }
}

/// `x` (a year) as a percentage of the panel's width.
fn pct(a: &Alignment, y: i32) -> f64 {
    (y - a.first_year) as f64 / (a.last_year - a.first_year).max(1) as f64 * 100.0
}

fn fmt(v: f64) -> String {
    format!("{v:.1}")
}

#[component]
fn Panel(
    a: &'static Alignment,
    pi: usize,
    series: Memo<Vec<Vec<f64>>>,
    year: RwSignal<i32>,
) -> impl IntoView {
    let p = &a.poles[pi];
    let pressure = p.kind == PoleKind::Pressure;
    let plot = NodeRef::<leptos::html::Div>::new();
    let span = (a.last_year - a.first_year).max(1);
    let values = move || series.with(|s| s.iter().map(|v| v[pi]).collect::<Vec<f64>>());
    let points = move || {
        values()
            .iter()
            .enumerate()
            .map(|(k, v)| format!("{k},{:.2}", 10.0 - v))
            .collect::<Vec<_>>()
            .join(" ")
    };
    let turns_now = move || turns(a.first_year, &values(), 2, 0.5);
    let value_now = move || {
        let y = year.get();
        series.with(|s| {
            s.get((y - a.first_year).max(0) as usize)
                .map(|v| v[pi])
                .unwrap_or(0.0)
        })
    };
    let label = move || {
        let v = values();
        let w = &crate::i18n::t().align;
        let t = turns_now()
            .iter()
            .map(|t| (w.turn)(t.year, t.delta > 0.0, &format!("{:.1}", t.delta.abs())))
            .collect::<Vec<_>>()
            .join("; ");
        let (first, last, now) = (
            fmt(v.first().copied().unwrap_or(0.0)),
            fmt(v.last().copied().unwrap_or(0.0)),
            fmt(value_now()),
        );
        (w.multiple)(
            &p.label,
            pressure,
            [
                (first.as_str(), a.first_year),
                (last.as_str(), a.last_year),
                (now.as_str(), year.get()),
            ],
            &t,
        )
    };
    let marks = move || {
        turns_now()
            .into_iter()
            .map(|Turn { year: ty, delta }| {
                let v = series.with(|s| s[(ty - a.first_year) as usize][pi]);
                let x = pct(a, ty);
                let below = v > 6.5;
                let end = x > 80.0;
                let text = format!("{ty} {}", if delta > 0.0 { "↑" } else { "↓" });
                view! {
                    <span class="sm-turn" style=format!("left:{x:.2}%;bottom:{:.1}%", v * 10.0)></span>
                    <span class="sm-turn-label" class:below=below class:end=end
                        style=format!("left:{x:.2}%;bottom:{:.1}%", v * 10.0)>{text}</span>
                }
            })
            .collect_view()
    };
    let pick = move |ev: leptos::ev::MouseEvent| {
        if let Some(el) = plot.get_untracked() {
            let r = el.get_bounding_client_rect();
            let f = ((ev.client_x() as f64 - r.left()) / r.width().max(1.0)).clamp(0.0, 1.0);
            year.set(a.first_year + (f * span as f64).round() as i32);
        }
    };
    view! {
        <figure class="sm" data-pole=p.id.clone() class:pressure=pressure role="img" aria-label=label>
            <figcaption class="sm-title" aria-hidden="true">
                <span class="key" data-shape=SHAPES[pi % SHAPES.len()]></span>
                <span class="sm-name">{p.label.clone()}{pressure.then_some(crate::i18n::t().align.pressure)}</span>
                <span class="sm-value">{move || fmt(value_now())}</span>
            </figcaption>
            <div class="sm-plot" node_ref=plot on:click=pick aria-hidden="true">
                <svg viewBox=format!("0 0 {span} 10") preserveAspectRatio="none">
                    <line class="sm-base" x1="0" y1="10" x2=span y2="10"/>
                    <line class="sm-mid" x1="0" y1="5" x2=span y2="5"/>
                    <polyline class="sm-line" points=points fill="none"/>
                </svg>
                {marks}
                <span class="sm-cursor" style=move || format!("left:{:.2}%", pct(a, year.get()))></span>
            </div>
            <div class="sm-axis" aria-hidden="true"><span>{a.first_year}</span><span>{a.last_year}</span></div>
        </figure>
    }
}
