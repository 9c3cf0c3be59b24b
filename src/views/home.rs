//! `/`: the story. What Resolution 2803 is, why Pakistan matters, and the way
//! into the three views: the key figures at a glance (`glance`) and small
//! previews of the views (`previews`). Prose comes from `content/chapters/*.md`.

mod glance;
mod previews;

use crate::components::{set_title, ContributionChart, Prose};
use crate::content::{content, PartialDate};
use crate::routes::SITE_TITLE;
use crate::url::href;
use glance::{Figure, KeyFigure};
use leptos::prelude::*;
use previews::num;

/// Chapters with an order below this are part of the story page.
pub const STORY_MAX_ORDER: i32 = 100;

#[component]
pub fn Home() -> impl IntoView {
    set_title(SITE_TITLE);
    let c = content();
    let story: Vec<_> = c
        .chapters
        .iter()
        .filter(|ch| ch.order < STORY_MAX_ORDER)
        .collect();
    let (intro, rest) = match story.split_first() {
        Some((first, rest)) => (Some(*first), rest.to_vec()),
        None => (None, Vec::new()),
    };
    let toc = rest
        .iter()
        .map(|ch| view! { <li><a href=format!("#ch-{}", ch.id)>{ch.title.clone()}</a></li> })
        .collect_view();
    view! {
        <article class="story">
            <header class="page-head">
                <h1>{intro.map(|c| c.title.clone()).unwrap_or_else(|| SITE_TITLE.to_string())}</h1>
                {intro.map(|c| view! { <p class="lede">{c.summary.clone()}</p> })}
            </header>
            <ContributionChart/>
            <AtAGlance/>
            <ViewPreviews/>
            {intro.map(|ch| view! { <Prose chapter=ch/> })}
            // On wide screens a sticky right rail with reading progress
            // (assets/style.css); assets/page.js marks the chapter being read.
            {(!rest.is_empty()).then(|| view! {
                <nav class="toc story-nav" aria-labelledby="toc-h">
                    <h2 id="toc-h">{crate::i18n::t().toc}</h2>
                    <div class="read-progress" aria-hidden="true"><span></span></div>
                    <ol>{toc}</ol>
                </nav>
            })}
            {rest.into_iter().map(|ch| view! { <Prose chapter=ch heading=true/> }).collect_view()}
        </article>
    }
}

/// The story at a glance: the key figures, each with its date and source,
/// and the date of the newest source the site uses (all from the content).
#[component]
fn AtAGlance() -> impl IntoView {
    let c = content();
    let tiles = glance::key_figures(c)
        .into_iter()
        .map(|k: KeyFigure| {
            view! {
                <li class="kf" data-key=k.key>
                    <FigureLines f=k.main more=Some(k.more)/>
                    {k.also.map(|f| view! { <FigureLines f=f more=None/> })}
                </li>
            }
        })
        .collect_view();
    let latest = glance::latest_source(c).and_then(|s| s.date.as_ref().map(|d| (s, d.last())));
    let lang = crate::i18n::lang();
    let t = lang.strings();
    let w = &t.home;
    view! {
        <section class="at-a-glance" aria-labelledby="glance-h">
            <h2 id="glance-h">{w.glance}</h2>
            <ul class="kf-list">{tiles}</ul>
            <p class="kf-foot">
                {w.foot.0}
                {latest.map(|(s, d)| view! {
                    {w.foot.1}
                    <a href=href(&format!("/sources#src-{}", s.id)) data-source=s.id.clone()>
                        <time datetime=d.iso()>{lang.day_long(&d)}</time>
                    </a>
                    {format!("{} ", t.full_stop)}
                })}
                <a href=href("/sources#figures")>{w.foot.2}</a>
                {t.full_stop}
            </p>
        </section>
    }
}

/// A figure: the number (with "more than" or "about" before it), what it
/// counts (a link to the whole series or story), and when and who says so.
#[component]
fn FigureLines(f: Figure, more: Option<String>) -> impl IntoView {
    let label = match more {
        Some(to) => view! { <a class="kf-label" href=href(&to)>{f.label}</a> }.into_any(),
        None => view! { <span class="kf-label">{f.label}</span> }.into_any(),
    };
    view! {
        <p class="kf-value">
            {f.qualifier.map(|q| view! { <span class="kf-q">{q} " "</span> })}
            {f.value}
        </p>
        {label}
        <p class="kf-meta">
            <time datetime=f.date.iso()>{when(&f.date)}</time>
            {f.source.map(|s| view! {
                " · "
                <a href=href(&format!("/sources#src-{}", s.id)) data-source=s.id.clone() lang=crate::components::en_attr()>{s.publisher.clone()}</a>
            })}
            {f.flag.map(|fl| view! { " · " <span class="kf-flag" title=fl.note>{crate::i18n::t().sources.flag(fl.kind)}</span> })}
        </p>
    }
}

fn when(d: &PartialDate) -> String {
    crate::i18n::lang().day(d)
}

/// The way into the three views: a card each, with a miniature of the view
/// drawn from its data (decorative: the card's words say where it leads).
#[component]
fn ViewPreviews() -> impl IntoView {
    let c = content();
    let (mw, mh) = previews::map_box();
    let dots = previews::map_dots(c)
        .into_iter()
        .map(|d| view! { <circle class=d.class cx=num(d.x) cy=num(d.y) r=num(d.r)/> })
        .collect_view();
    let events = previews::timeline_paths(c)
        .into_iter()
        .map(|(cat, d)| view! { <path data-cat=cat d=d/> })
        .collect_view();
    let lines = previews::alignment_lines(c)
        .into_iter()
        .map(|(pole, d)| view! { <path data-pole=pole d=d/> })
        .collect_view();
    let svg_box = |w: f64, h: f64| format!("0 0 {} {}", num(w), num(h));
    let w = &crate::i18n::t().home;
    view! {
        <nav class="views-grid previews" aria-label={w.explore}>
            <a class="view-card" href=href("/timeline")>
                <svg class="preview tl-preview" viewBox=svg_box(previews::TL_W, previews::TL_H) aria-hidden="true" focusable="false">
                    {events}
                </svg>
                <span class="view-card-title">{w.cards[0].0}</span>
                <span>{w.cards[0].1}</span>
            </a>
            <a class="view-card" href=href("/map")>
                <svg class="preview map-preview" viewBox=svg_box(mw, mh) aria-hidden="true" focusable="false">
                    <path class="land" d=crate::views::map::world::MINI_LAND/>
                    {dots}
                </svg>
                <span class="view-card-title">{w.cards[1].0}</span>
                <span>{w.cards[1].1}</span>
            </a>
            <a class="view-card" href=href("/alignment")>
                <svg class="preview al-preview" viewBox=svg_box(previews::AL_W, previews::AL_H) aria-hidden="true" focusable="false" preserveAspectRatio="none">
                    {lines}
                </svg>
                <span class="view-card-title">{w.cards[2].0}</span>
                <span>{w.cards[2].1}</span>
            </a>
            <p class="teach-link">
                {w.teaching.0}
                <a href=href("/teach")>{w.teaching.1}</a>
            </p>
        </nav>
    }
}
