//! The explorer's second view: Pakistan's position among its three partners
//! as a path in a triangle (one corner per partner), with gridlines at a third
//! and two thirds of each partner's share, the decades named along the path,
//! an arrow for the direction of time, and the selected year. The words are
//! HTML over the SVG, so they keep their size on a phone.

use super::layout::decade_labels;
use super::multiples::SHAPES;
use super::scoring::{self, Position};
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
    let centre = scoring::mix(&vec![1.0 / partners.len() as f64; partners.len()], &corners);
    // gridlines: a third and two thirds of each partner's share
    let grid = (corners.len() == 3).then(|| {
        (0..3)
            .flat_map(|i| {
                let (a0, b, c) = (corners[i], corners[(i + 1) % 3], corners[(i + 2) % 3]);
                [1.0 / 3.0, 2.0 / 3.0].into_iter().map(move |share| {
                    let t = 1.0 - share;
                    let p = (a0.0 + t * (b.0 - a0.0), a0.1 + t * (b.1 - a0.1));
                    let q = (a0.0 + t * (c.0 - a0.0), a0.1 + t * (c.1 - a0.1));
                    view! {
                        <line class="grid" x1=format!("{:.1}", sx(p.0)) y1=format!("{:.1}", sy(p.1))
                            x2=format!("{:.1}", sx(q.0)) y2=format!("{:.1}", sy(q.1))/>
                    }
                })
            })
            .collect_view()
    });
    let labels = partners
        .iter()
        .zip(&corners)
        .enumerate()
        .map(|(i, (&p, (x, y)))| {
            let side = if *y < 0.1 {
                "top"
            } else if *x > 0.5 {
                "right"
            } else {
                "left"
            };
            view! {
                <span class=format!("corner corner-{side}") data-pole=a.poles[p].id.clone()
                    style=format!("left:{:.2}%;top:{:.2}%", sx(*x) / W * 100.0, sy(*y) / H * 100.0)>
                    <span class="key" data-shape=SHAPES[i % SHAPES.len()] aria-hidden="true"></span>
                    {a.poles[p].label.clone()}
                </span>
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
    let dots = move || {
        let t = trajectory.get();
        coded
            .iter()
            .filter_map(|y| t.iter().find(|p| p.year == *y).cloned())
            .map(|p| view! { <circle class="year-dot" cx=format!("{:.1}", sx(p.x)) cy=format!("{:.1}", sy(p.y)) r="4"/> })
            .collect_view()
    };
    let decades = move || {
        let pts: Vec<(i32, f64, f64)> = trajectory
            .get()
            .iter()
            .map(|p| (p.year, sx(p.x) / W, sy(p.y) / H))
            .collect();
        // at the chart's smallest size, clear of the centre's label and the selected year's
        let (w, h) = (300.0, 300.0 * H / W);
        let (cx, cy) = (sx(centre.0) / W * w, sy(centre.1) / H * h);
        let cur = current.get();
        let (mx, my) = (sx(cur.x) / W * w, sy(cur.y) / H * h);
        let avoid = [
            (cx - 30.0, cy + 4.0, cx + 30.0, cy + 22.0),
            (mx - 8.0, my - 24.0, mx + 56.0, my + 8.0),
        ];
        decade_labels(&pts, w, h, &avoid)
            .into_iter()
            .map(|l| {
                view! {
                    <span class="decade" class:left=l.left
                        style=format!("left:{:.2}%;top:{:.2}%", l.x * 100.0, l.y * 100.0)>{l.year}</span>
                }
            })
            .collect_view()
    };
    view! {
        <div class="ternary-wrap">
            <svg class="ternary" viewBox=format!("0 0 {W} {H}") role="img" aria-labelledby="ternary-title ternary-desc">
                <title id="ternary-title">{(crate::i18n::t().align.ternary_title)(a.first_year, a.last_year)}</title>
                <desc id="ternary-desc">{move || trajectory_description(a, &trajectory.get(), &current.get())}</desc>
                <defs>
                    <marker id="ternary-arrow" viewBox="0 0 10 10" refX="8" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                        <path d="M0 0 10 5 0 10Z" class="arrow"/>
                    </marker>
                </defs>
                <polygon class="triangle" points=outline/>
                {grid}
                <circle class="centre" cx=format!("{:.1}", sx(centre.0)) cy=format!("{:.1}", sy(centre.1)) r="3"/>
                <polyline class="trajectory" points=path fill="none" marker-end="url(#ternary-arrow)"/>
                {dots}
                <circle id="alignment-marker" class="marker"
                    cx=move || format!("{:.2}", sx(current.get().x))
                    cy=move || format!("{:.2}", sy(current.get().y))
                    data-year=move || current.get().year.to_string()
                    r="11"/>
            </svg>
            <div class="ternary-labels" aria-hidden="true">
                {labels}
                <span class="centre-label" style=format!("left:{:.2}%;top:{:.2}%", sx(centre.0) / W * 100.0, sy(centre.1) / H * 100.0)>{crate::i18n::t().align.centre_label}</span>
                {decades}
                <span class="marker-label"
                    style=move || format!("left:{:.2}%;top:{:.2}%", sx(current.get().x) / W * 100.0, sy(current.get().y) / H * 100.0)>
                    {move || year.get()}
                </span>
            </div>
        </div>
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
    (crate::i18n::t().align.ternary_desc)(&first, &last, &scoring::describe(a, current))
}
