//! The deployments on the map: HTML buttons laid over the SVG, so that each is
//! a real, focusable control of at least 24x24 px; clusters of markers too
//! close to tell apart open (zoom to fit their members) when chosen. Arrow keys
//! move between them, west to east (one tab stop). The Gaza force is never in
//! a cluster; it and the largest deployments in view are named beside their
//! markers ([`super::names`]), and buttons at the frame's edges say how many
//! deployments lie beyond it.

use super::logic::{self, Item, MarkerStyle, ViewBox};
use super::names::{EdgeCounts, MapNames};
use super::state::{marker_id, MapState};
use crate::browser::roving_keys;
use crate::content::Mission;
use leptos::prelude::*;
use web_sys::KeyboardEvent;

fn marker_label(m: &Mission) -> String {
    let l = crate::i18n::lang();
    let size = logic::contingent(m)
        .map(|f| (l.strings().map.personnel)(&l.quantity(&f.quantity)))
        .unwrap_or_default();
    let status = super::names::status_note(m)
        .map(|n| format!(" {n}."))
        .unwrap_or_default();
    format!(
        "{}, {}, {}{}. {}.{status}",
        m.acronym,
        m.host.name,
        l.date(&m.years),
        size,
        MarkerStyle::of(m).label()
    )
}

#[component]
pub fn Markers(s: MapState, frame_w: ReadSignal<f64>) -> impl IntoView {
    let missions = s.missions;
    let items = Memo::new(move |_| {
        logic::layout(&s.shown.get(), s.spots, s.vb.get(), frame_w.get(), s.pinned)
    });
    let item_id = move |it: &Item| -> String {
        match it {
            Item::Single { i, .. } => marker_id(&missions[*i]),
            Item::Cluster { members, .. } => format!("mkc-{}", missions[members[0]].id),
        }
    };
    // the marker last focused, which holds the tab stop while it is drawn
    let roving = RwSignal::new(None::<String>);
    let markers = move || {
        let list = items.get();
        let v = s.vb.get();
        let ids: Vec<String> = list.iter().map(item_id).collect();
        let selected = s.selected.get();
        let sel_id = selected.map(|i| marker_id(&missions[i]));
        let tab = roving
            .get()
            .filter(|r| ids.contains(r))
            .or_else(|| sel_id.filter(|x| ids.contains(x)))
            .or_else(|| ids.first().cloned());
        list.into_iter()
            .zip(ids)
            .map(|(it, id)| {
                let tabindex = if tab.as_deref() == Some(id.as_str()) { "0" } else { "-1" };
                match it {
                    Item::Single { i, dx, dy } => view! {
                        <Marker s=s v=v i=i dx=dx dy=dy id=id tabindex=tabindex roving=roving/>
                    }
                    .into_any(),
                    Item::Cluster { members, at, dx, dy } => view! {
                        <Cluster s=s v=v selected=selected members=members at=at dx=dx dy=dy id=id tabindex=tabindex roving=roving frame_w=frame_w/>
                    }
                    .into_any(),
                }
            })
            .collect_view()
    };
    let keydown = move |ev: KeyboardEvent| {
        let ids: Vec<String> = items.get_untracked().iter().map(item_id).collect();
        let cur = roving
            .get_untracked()
            .and_then(|r| ids.iter().position(|x| *x == r));
        roving_keys(&ev, &ids, cur, |t| roving.set(Some(ids[t].clone())));
    };
    view! {
        <div class="markers" role="group" on:keydown=keydown
            aria-label=crate::i18n::t().map.markers_label>
            {markers}
            <MapNames s=s items=items frame_w=frame_w/>
            <EdgeCounts s=s/>
        </div>
    }
}

/// One deployment (`dx` px aside when it shares its spot with others), as
/// drawn in the view `v`.
#[component]
fn Marker(
    s: MapState,
    v: ViewBox,
    i: usize,
    dx: f64,
    dy: f64,
    id: String,
    tabindex: &'static str,
    roving: RwSignal<Option<String>>,
) -> impl IntoView {
    let m = &s.missions[i];
    let (px, py) = v.percent(s.spots[i].at);
    let outside = !v.shows(s.spots[i].at);
    let style = MarkerStyle::of(m);
    let sym = logic::symbol_px(m);
    let css = format!(
        "left:calc({px:.3}% + {dx:.1}px);top:calc({py:.3}% + {dy:.1}px);--t:{:.0}px;--s:{:.0}px",
        s.spots[i].px,
        match style {
            // the pinned Gaza force is drawn large enough to see
            MarkerStyle::Prospective => sym.unwrap_or(0.0).max(20.0),
            _ => sym.unwrap_or(logic::UNKNOWN_PX),
        }
    );
    let (focus_id, click_id) = (id.clone(), id.clone());
    view! {
        <button type="button" id=id class=format!("marker {}{}", style.class(), if sym.is_none() { " unknown-size" } else { "" })
            style=css hidden=outside tabindex=tabindex
            aria-pressed=move || (s.selected.get() == Some(i)).to_string()
            aria-label=marker_label(m)
            data-mission=m.id.clone()
            on:focus=move |_| roving.set(Some(focus_id.clone()))
            on:click=move |_| s.select(i, Some(click_id.clone()))>
            <span class="sym" aria-hidden="true"></span>
        </button>
    }
}

/// Deployments too close together at this zoom: their count; choosing it
/// zooms until they separate.
#[component]
fn Cluster(
    s: MapState,
    v: ViewBox,
    selected: Option<usize>,
    members: Vec<usize>,
    at: (f64, f64),
    dx: f64,
    dy: f64,
    id: String,
    tabindex: &'static str,
    roving: RwSignal<Option<String>>,
    frame_w: ReadSignal<f64>,
) -> impl IntoView {
    let missions = s.missions;
    let (px, py) = v.percent(at);
    let outside = !v.shows(at);
    let holds_selected = selected.filter(|x| members.contains(x));
    let mw = &crate::i18n::t().map;
    let label = (mw.cluster)(
        members.len(),
        &members
            .iter()
            .map(|&i| missions[i].acronym.as_str())
            .collect::<Vec<_>>()
            .join(", "),
        &holds_selected
            .map(|x| {
                format!(
                    "{}{}{}",
                    mw.cluster_selected.0, missions[x].acronym, mw.cluster_selected.1
                )
            })
            .unwrap_or_default(),
    );
    let n = members.len();
    let data = members
        .iter()
        .map(|&i| missions[i].id.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    let focus_id = id.clone();
    view! {
        <button type="button" id=id class="marker cluster" class:holds-selected=holds_selected.is_some() hidden=outside tabindex=tabindex
            style=format!("left:calc({px:.3}% + {dx:.1}px);top:calc({py:.3}% + {dy:.1}px);--t:30px;--s:30px")
            aria-label=label data-members=data
            on:focus=move |_| roving.set(Some(focus_id.clone()))
            on:click=move |_| {
                let fw = frame_w.get_untracked();
                s.vb.update(|v| *v = logic::separating_view(&members, s.spots, *v, fw, at));
            }>
            <span class="sym" aria-hidden="true">{n}</span>
        </button>
    }
}
