//! The events on the axis: a marker (over its date's precision band) or a bar
//! for each event, and a count for each cluster of events too close to tell
//! apart, which zooms in when chosen. Each is a button with an id (`ax-…`).

use super::axis::{AxisState, LANE_H, MARK_ROW, TOP};
use super::icon::CatIcon;
use super::logic::{self, Mark};
use super::state::TimelineState;
use crate::browser::focus_after_frame;
use crate::content::Event;
use leptos::prelude::*;

/// The element id of a mark: `ax-EVENT`, or `axc-FIRST` for a cluster.
pub fn axis_key(m: &Mark, events: &[Event]) -> String {
    match m {
        Mark::Point { idx, .. } | Mark::Bar { idx, .. } => format!("ax-{}", events[*idx].id),
        Mark::Cluster { members, .. } => format!("axc-{}", events[members[0]].id),
    }
}

#[component]
pub fn Track(s: TimelineState, ax: AxisState) -> impl IntoView {
    move || {
        let wd = ax.width.get();
        ax.marks
            .get()
            .into_iter()
            .map(|m| {
                let key = axis_key(&m, s.events);
                match m {
                    Mark::Point { idx, x, x0, x1 } => {
                        let e = &s.events[idx];
                        let band = (x1 - x0 >= 3.0).then(|| view! {
                            <span class="tl-band" aria-hidden="true" data-cat=e.category.id()
                                style=format!("left:{:.3}%;width:{:.3}%;top:{}px", pct(x0, wd), pct(x1 - x0, wd), TOP + MARK_ROW - 8.0)></span>
                        });
                        let style = format!("left:{:.3}%;top:{}px", pct(x, wd), TOP + 4.0);
                        view! {
                            {band}
                            <EventMark s=s ax=ax idx=idx key=key class="tl-mark" style=style>
                                <CatIcon cat=e.category/>
                            </EventMark>
                        }
                        .into_any()
                    }
                    Mark::Bar { idx, x0, x1, lane } => {
                        let e = &s.events[idx];
                        let style = format!(
                            "left:{:.3}%;width:{:.3}%;top:{}px",
                            pct(x0, wd),
                            pct(x1 - x0, wd),
                            TOP + MARK_ROW + lane as f64 * LANE_H
                        );
                        view! {
                            <EventMark s=s ax=ax idx=idx key=key class="tl-bar" style=style>
                                <CatIcon cat=e.category/>
                                <span class="tl-bar-text" aria-hidden="true">{e.title.clone()}</span>
                            </EventMark>
                        }
                        .into_any()
                    }
                    Mark::Cluster { members, x, from, to } => {
                        view! { <ClusterMark s=s ax=ax members=members x=pct(x, wd) from=from to=to key=key/> }
                            .into_any()
                    }
                }
            })
            .collect_view()
    }
}

/// `x` px as a percentage of the axis' width.
fn pct(x: f64, width: f64) -> f64 {
    x / width * 100.0
}

/// `0` for the mark that holds the axis' tab stop, `-1` for the others.
fn tab(ax: AxisState, key: String) -> impl Fn() -> &'static str {
    move || {
        if ax.tab.get().as_deref() == Some(key.as_str()) {
            "0"
        } else {
            "-1"
        }
    }
}

/// One event as a marker (`tl-mark`) or a bar (`tl-bar`); `children` draw it.
#[component]
fn EventMark(
    s: TimelineState,
    ax: AxisState,
    idx: usize,
    key: String,
    class: &'static str,
    style: String,
    children: Children,
) -> impl IntoView {
    let e = &s.events[idx];
    let k = key.clone();
    view! {
        <button id=key.clone() class=class data-cat=e.category.id()
            style=style
            tabindex=tab(ax, key.clone())
            aria-current=move || (s.selected.get() == Some(idx)).then_some("true")
            aria-label=format!("{}: {} ({})", e.date.display(), e.title, e.category.label())
            title=format!("{}: {}", e.date.display(), e.title)
            on:click=move |_| {
                if ax.suppress_click.get_value() { return; }
                ax.active.set(Some(k.clone()));
                s.open(idx, Some(k.clone()));
            }>
            {children()}
        </button>
    }
}

/// Events too close together at this zoom: their count; choosing it zooms to
/// their period (or opens the first when they can never separate).
#[component]
fn ClusterMark(
    s: TimelineState,
    ax: AxisState,
    members: Vec<usize>,
    /// Position, in % of the axis' width.
    x: f64,
    from: f64,
    to: f64,
    key: String,
) -> impl IntoView {
    let n = members.len();
    let first = members[0];
    let (fy, ty) = (from.floor() as i32, (to - 1e-6).floor() as i32);
    let period = if fy == ty {
        fy.to_string()
    } else {
        format!("{fy}–{ty}")
    };
    view! {
        <button id=key.clone() class="tl-cluster"
            style=format!("left:{:.3}%;top:{}px", x, TOP + 4.0)
            tabindex=tab(ax, key)
            aria-label=format!("{n} events in {period}: zoom in")
            title=format!("{n} events in {period}")
            on:click=move |_| {
                if ax.suppress_click.get_value() { return; }
                match logic::cluster_window(from, to) {
                    Some(w) => {
                        s.win.set(w);
                        let k = format!("ax-{}", s.events[first].id);
                        ax.active.set(Some(k.clone()));
                        focus_after_frame(k);
                    }
                    None => s.open(first, None),
                }
            }>
            {n}
        </button>
    }
}
