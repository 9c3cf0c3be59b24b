//! What the map writes on itself: the Gaza force's callout (what it is, and
//! that Pakistan has committed no troops, as of the latest report), the names
//! and sizes of the largest deployments in view, placed by
//! [`logic::labels::place`] where they cover nothing, and at the frame's edges
//! how many deployments lie beyond it (choosing one pans there).

use super::logic::{self, labels, Item, MarkerStyle, Want};
use super::state::MapState;

pub use labels::status_note;
use leptos::prelude::*;

/// How many of the largest deployments in view are named, and the smallest
/// contingent that is.
const NAMED: usize = 6;
const NAMED_FROM: u64 = 1000;

/// `about 8,000` → `≈8,000`, `more than 4,000` → `>4,000`.
fn compact(figure: &str) -> String {
    figure
        .replace("about ", "≈")
        .replace("more than ", ">")
        .replace("up to ", "≤")
}

/// The names to place, most important first: the pinned deployments'
/// callouts, then the largest of the others drawn on their own.
fn wants(s: &MapState, items: &[Item]) -> Vec<Want> {
    let ms = s.missions;
    // the full callout, narrow or wide, or where it finds no room its first line alone
    let mut out: Vec<Want> = s
        .pinned
        .iter()
        .flat_map(|&i| {
            let mut alts: Vec<Want> = labels::CALLOUT_CHARS
                .iter()
                .map(|&chars| Want {
                    i,
                    lines: labels::callout_lines(&ms[i], chars),
                    callout: true,
                })
                .collect();
            let short = alts[0].lines[..1].to_vec();
            alts.push(Want {
                i,
                lines: short,
                callout: true,
            });
            alts
        })
        .collect();
    let mut singles: Vec<(usize, u64)> = items
        .iter()
        .filter_map(|it| match it {
            Item::Single { i, .. } if !s.pinned.contains(i) => logic::contingent(&ms[*i])
                .map(|f| (*i, f.quantity.central()))
                .filter(|(_, n)| *n >= NAMED_FROM),
            _ => None,
        })
        .collect();
    crate::sort::sort_by_key(&mut singles, |b| std::cmp::Reverse(b.1));
    out.extend(singles.into_iter().take(NAMED).map(|(i, _)| Want {
        i,
        lines: vec![format!(
            "{} {}",
            labels::short_name(&ms[i].acronym),
            logic::contingent(&ms[i])
                .map(|f| compact(&f.quantity.display()))
                .unwrap_or_default()
        )],
        callout: false,
    }));
    out
}

#[component]
pub fn MapNames(s: MapState, items: Memo<Vec<Item>>, frame_w: ReadSignal<f64>) -> impl IntoView {
    move || {
        let v = s.vb.get();
        let list = items.get();
        let placed = labels::place(&list, s.spots, v, frame_w.get(), &wants(&s, &list));
        placed
            .into_iter()
            .map(|l| {
                let (px, py) = v.percent(s.spots[l.i].at);
                let (ox, oy) = list
                    .iter()
                    .find_map(|it| match it {
                        Item::Single { i, dx, dy } if *i == l.i => Some((*dx, *dy)),
                        _ => None,
                    })
                    .unwrap_or((0.0, 0.0));
                let style = format!(
                    "left:calc({px:.3}% + {:.1}px);top:calc({py:.3}% + {:.1}px);width:{:.0}px",
                    l.dx + ox,
                    l.dy + oy,
                    l.w
                );
                let kind = MarkerStyle::of(&s.missions[l.i]).class();
                // a line from the marker's edge to the nearest point of a label placed away from it
                let leader = l.leader.then(|| {
                    let (nx, ny) = (0.0_f64.clamp(l.dx, l.dx + l.w), 0.0_f64.clamp(l.dy, l.dy + l.h));
                    let len = (nx * nx + ny * ny).sqrt();
                    let angle = ny.atan2(nx).to_degrees();
                    view! {
                        <span class="map-leader" aria-hidden="true"
                            style=format!("left:calc({px:.3}% + {ox:.1}px);top:calc({py:.3}% + {oy:.1}px);width:{len:.1}px;transform:rotate({angle:.1}deg)")></span>
                    }
                });
                let mut lines = l.lines.into_iter();
                let first = lines.next().unwrap_or_default();
                let rest = lines
                    .map(|t| view! { " " <span class="map-label-line">{t}</span> })
                    .collect_view();
                view! {
                    {leader}
                    <span class="map-label" class:map-callout=l.callout data-kind=kind
                        data-mission=s.missions[l.i].id.clone() aria-hidden="true" style=style>
                        <strong>{first}</strong>{rest}
                    </span>
                }
            })
            .collect_view()
    }
}

/// Buttons at the frame's left and right edges: how many shown deployments lie
/// beyond them; choosing one pans that way by half a view.
#[component]
pub fn EdgeCounts(s: MapState) -> impl IntoView {
    let beyond = move |west: bool| {
        let v = s.vb.get();
        s.shown.with(|sh| {
            sh.iter()
                .filter(|&&i| {
                    let x = s.spots[i].at.0;
                    if west {
                        x < v.x
                    } else {
                        x > v.x + v.w
                    }
                })
                .count()
        })
    };
    let edge = move |west: bool| {
        move || {
            let n = beyond(west);
            (n > 0).then(|| {
                let (side, arrow) = if west { ("west", "◀") } else { ("east", "▶") };
                let label = format!(
                    "{n} more deployment{} to the {side}: pan {side}",
                    if n == 1 { "" } else { "s" }
                );
                view! {
                    <button type="button" class=format!("map-edge map-edge-{side}") aria-label=label.clone() title=label
                        on:click=move |_| s.vb.update(|v| *v = v.panned(if west { -0.5 } else { 0.5 }, 0.0))>
                        {if west { format!("{arrow} {n}") } else { format!("{n} {arrow}") }}
                    </button>
                }
            })
        }
    };
    view! { {edge(true)} {edge(false)} }
}
