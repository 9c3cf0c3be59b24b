//! The story's charts as figures: a title stating the finding, the chart
//! (SVG laid out by `crate::charts`, one layout for wide and one for narrow
//! screens, CSS showing one), a caption with numbered sources, and a text
//! alternative (a short description, and the data as a table).

use super::charts_ch20::{DeathShareChart, MissionsChart, TotalsChart};
use crate::charts::data::{self, Obs};
use crate::charts::{contribution, number_list, svg, vote, Frame};
use crate::components::cite::short_cite;
use crate::content::{content, ChartKind, Choice, Seat};
use crate::url::href;
use leptos::prelude::*;

/// Source ids in first-use order, without repeats.
pub(crate) fn unique(ids: impl IntoIterator<Item = String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for id in ids {
        if !out.contains(&id) {
            out.push(id);
        }
    }
    out
}

/// A figure's citation markers: `[1][3]`, numbered by `all` (the figure's
/// own source list), linking to the bibliography.
pub(crate) fn marks(ids: &[String], all: &[String]) -> impl IntoView {
    // one link, one target, for the group (as in the chapters)
    let numbers: Vec<usize> = ids
        .iter()
        .filter_map(|id| all.iter().position(|a| a == id).map(|p| p + 1))
        .collect();
    let first = ids.first().cloned().unwrap_or_default();
    view! {
        <sup class="cites">
            <a class="cite" href=href(&format!("/sources#src-{first}")) data-source=ids.join(" ")>
                {format!("[{}]", number_list(&numbers))}
            </a>
        </sup>
    }
}

/// What every chart figure has: an id (its title's is `{id}-t`), a class,
/// a title that states the finding, a key, the drawing, and a caption with
/// the description, the data and the numbered sources.
pub(crate) struct Figure {
    pub id: String,
    pub class: &'static str,
    pub title: String,
    pub key: Option<AnyView>,
    pub drawing: AnyView,
    pub desc: AnyView,
    pub table: Option<AnyView>,
    pub sources: Vec<String>,
}

/// The figure, labelled by its title; the key is for sighted readers (the
/// description and the table say the same in words). One copy for every
/// chart: its parts come type-erased.
pub(crate) fn figure(f: Figure) -> impl IntoView {
    let title_id = format!("{}-t", f.id);
    let labelled_by = title_id.clone();
    view! {
        <figure class=format!("chart {}", f.class) id=f.id aria-labelledby=labelled_by>
            <div class="chart-title" id=title_id>{f.title}</div>
            {f.key.map(|k| view! { <ul class="chart-key" aria-hidden="true">{k}</ul> })}
            {f.drawing}
            <figcaption>
                <div class="chart-desc">{f.desc}</div>
                {f.table}
                <ChartSources ids=f.sources/>
            </figcaption>
        </figure>
    }
}

/// The caption's numbered list of sources.
#[component]
pub(crate) fn ChartSources(ids: Vec<String>) -> impl IntoView {
    let c = content();
    let items = ids
        .iter()
        .filter_map(|id| c.source(id))
        .map(|s| {
            view! {
                <li lang=super::cite::en_attr()>
                    <a href=href(&format!("/sources#src-{}", s.id))>
                        {s.title.clone()}
                    </a>
                    " — " {short_cite(s)}
                </li>
            }
        })
        .collect_view();
    view! {
        <details class="chart-sources">
            <summary>{(crate::i18n::t().charts.sources_n)(ids.len())}</summary>
            <ol>{items}</ol>
        </details>
    }
}

/// The two layouts of a scene, as inline SVG; mirrored on a right-to-left
/// page (earlier years and the bars' base on the right).
pub(crate) fn scenes(make: impl Fn(Frame) -> crate::charts::Scene, label: String) -> impl IntoView {
    let rtl = crate::i18n::lang().is_rtl();
    Frame::BOTH
        .into_iter()
        .map(|f| {
            let s = if rtl { make(f).mirrored() } else { make(f) };
            view! {
                <svg class=format!("chart-svg {}", f.class()) viewBox=s.view_box()
                    role="img" aria-label=label.clone() inner_html=svg::render(&s)></svg>
            }
        })
        .collect_view()
}

/// The data as a table in a disclosure: `cols` headings, those at `num`
/// right-aligned as numbers.
pub(crate) fn figure_table(
    summary: &'static str,
    label: &'static str,
    cols: &[&'static str],
    num: &[usize],
    rows: impl IntoView,
) -> impl IntoView {
    let head = cols
        .iter()
        .enumerate()
        .map(|(i, c)| view! { <th scope="col" class:num=num.contains(&i)>{*c}</th> })
        .collect_view();
    view! {
        <details class="chart-data">
            <summary>{summary}</summary>
            <div class="table-wrap" tabindex="0" role="region" aria-label=label>
                <table>
                    <thead><tr>{head}</tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </details>
    }
}

/// The finding of the contribution chart, from the data: ranks and numbers
/// at the peak and at the latest figure.
pub fn contribution_title(obs: &[Obs]) -> String {
    let lang = crate::i18n::lang();
    let w = &lang.strings().story;
    let first_rank = obs.iter().find_map(|o| o.rank);
    let last_rank = obs.iter().rev().find_map(|o| o.rank);
    let peak = obs.iter().max_by(|a, b| a.value.total_cmp(&b.value));
    match (first_rank, last_rank, peak, obs.last()) {
        (Some(a), Some(b), Some(p), Some(l)) => (w.contrib_title)(
            &(w.ordinal)(a),
            &(w.ordinal)(b),
            &lang.quantity(&p.fig.quantity),
            &lang.date(p.date()),
            &lang.quantity(&l.fig.quantity),
            &lang.date(l.date()),
        ),
        _ => w.contrib_plain.to_string(),
    }
}

/// The hero: Pakistanis on UN duty over time, one dot per dated figure.
#[component]
pub fn ContributionChart() -> impl IntoView {
    let obs = data::contribution(content());
    if obs.is_empty() {
        return None;
    }
    let lang = crate::i18n::lang();
    let w = &lang.strings().story;
    let title = contribution_title(&obs);
    let sources = unique(obs.iter().flat_map(|o| o.fig.sources.clone()));
    let (first, last) = (
        lang.date(obs[0].date()),
        lang.date(obs[obs.len() - 1].date()),
    );
    let desc = (w.contrib_desc)(obs.len(), &first, &last);
    let rows = obs
        .iter()
        .map(|o| {
            let flagged = o.fig.flag.as_ref().map(|f| f.note.clone());
            view! {
                <tr>
                    <td>{lang.date(o.date())}</td>
                    <td class="num">{lang.quantity(&o.fig.quantity)}</td>
                    <td class="num">{o.rank.map(w.ordinal).unwrap_or_default()}</td>
                    <td>{w.teller(o.by)}</td>
                    <td>{marks(&o.fig.sources, &sources)}
                        {flagged.map(|n| view! { <span class="chart-flag">" " {n}</span> })}</td>
                </tr>
            }
        })
        .collect_view();
    let obs2 = obs.clone();
    let label = (w.chart_label)(&title, &desc);
    Some(figure(Figure {
        id: "fig-contribution".into(),
        class: "chart-contribution",
        title,
        key: Some(view! {
            <li><svg viewBox="0 0 10 10" class="key-dot"><circle class="dot un" cx="5" cy="5" r="4"/></svg>{w.contrib_key[0]}</li>
            <li><svg viewBox="0 0 10 10" class="key-dot"><path class="dot pk" d="M5 0L10 5L5 10L0 5Z"/></svg>{w.contrib_key[1]}</li>
            <li><svg viewBox="0 0 10 10" class="key-dot"><rect class="dot other" x="1.5" y="1.5" width="7" height="7"/></svg>{w.contrib_key[2]}</li>
            <li><svg viewBox="0 0 10 10" class="key-dot"><path class="pair" d="M1 9L9 1"/></svg>{w.contrib_key[3]}</li>
        }.into_any()),
        drawing: scenes(move |f| contribution::scene(&obs2, f), label).into_any(),
        desc: desc.into_any(),
        table: Some(
            figure_table(
                w.contrib_table.0,
                w.contrib_table.1,
                &w.contrib_cols,
                &[1, 2],
                rows,
            )
            .into_any(),
        ),
        sources,
    }))
}

/// A small line of Pakistanis on UN duty beside the map's year slider, with
/// a cursor at the year shown (none for every year, or for a year before the
/// figures). Decorative: the total beside it states the year's figures in
/// words, and the story's chart gives them all as a table. On Urdu pages the
/// drawing (no text in it) is mirrored by CSS, earlier years on the right.
#[component]
pub fn ContributionLine(#[prop(into)] year: Signal<Option<i32>>) -> impl IntoView {
    let obs = data::contribution(content());
    let what = crate::i18n::t().story.contrib_cols[1];
    let (first, last) = (
        contribution::FIRST as i32,
        contribution::LAST.floor() as i32,
    );
    let html = move || {
        let y = year.get().map(f64::from);
        svg::render(&contribution::spark(&obs, 120.0, 32.0, y))
    };
    view! {
        <div class="spark" aria-hidden="true">
            <span class="spark-what">{what}</span>
            <span class="spark-plot">
                <span class="spark-end">{first}</span>
                <svg class="chart-spark" viewBox="0 0 120 32" inner_html=html></svg>
                <span class="spark-end">{last}</span>
            </span>
        </div>
    }
}

/// The chart a chapter's `[chart: KIND ID]` marker places.
#[component]
pub fn ChartSlot(kind: ChartKind, #[prop(into)] id: String) -> impl IntoView {
    match kind {
        ChartKind::Vote => view! { <VoteStrip id=id/> }.into_any(),
        ChartKind::Compare => view! { <CompareTable id=id/> }.into_any(),
        ChartKind::Contribution => view! { <ContributionChart/> }.into_any(),
        ChartKind::Missions => view! { <MissionsChart/> }.into_any(),
        ChartKind::Totals => view! { <TotalsChart/> }.into_any(),
        ChartKind::DeathShare => view! { <DeathShareChart/> }.into_any(),
    }
}

/// A vote as a strip of seats, one per member, in the Council's order.
#[component]
pub fn VoteStrip(#[prop(into)] id: String) -> impl IntoView {
    let v = content().vote(&id)?;
    let lang = crate::i18n::lang();
    let w = &lang.strings().charts;
    let result = vote::result_in(
        &v.ballots,
        w.choice,
        if lang.is_rtl() { "، " } else { ", " },
    );
    let names = |c: Choice| -> Vec<String> {
        v.ballots
            .iter()
            .filter(|b| b.vote == c)
            .map(|b| b.short.clone().unwrap_or_else(|| b.member.clone()))
            .collect()
    };
    let count = |c: Choice| v.ballots.iter().filter(|b| b.vote == c).count();
    let summary = crate::i18n::VoteSummary {
        tally: (
            count(Choice::InFavour),
            count(Choice::Against),
            count(Choice::Abstained),
        ),
        pakistan: v
            .ballots
            .iter()
            .find(|b| b.member == w.pakistan)
            .map(|b| b.vote),
        others: [Choice::Against, Choice::Abstained]
            .into_iter()
            .map(|c| (names(c), c))
            .filter(|(n, _)| !n.is_empty())
            .collect(),
    };
    let title = lang.bidi((w.vote_title)(&summary));
    let fid = format!("fig-vote-{}", v.id);
    let sources = v.sources.clone();
    let seats = v
        .ballots
        .iter()
        .map(|b| {
            let choice = match b.vote {
                Choice::InFavour => "yes",
                Choice::Against => "no",
                Choice::Abstained => "abstain",
                Choice::NotVoting => "none",
            };
            let seat = match b.seat {
                Seat::Permanent => w.permanent,
                Seat::Elected => w.elected,
            };
            let name = b.short.clone().unwrap_or_else(|| b.member.clone());
            view! {
                <li class=format!("seat {choice} {}", if b.seat == Seat::Permanent { "p5" } else { "e10" })
                    class:us=b.member == w.pakistan>
                    <span class="seat-mark" aria-hidden="true"></span>
                    <span class="seat-name" aria-hidden="true">{name}</span>
                    <span class="visually-hidden">{format!("{} ({seat}): {}", b.member, (w.choice)(b.vote))}</span>
                </li>
            }
        })
        .collect_view();
    let desc = (w.vote_desc)(&lang.date(&v.date), &result);
    Some(figure(Figure {
        id: fid,
        class: "chart-vote",
        title,
        key: Some(
            view! {
                <li><span class="seat yes"><span class="seat-mark"></span></span>{w.key[0]}</li>
                <li><span class="seat abstain"><span class="seat-mark"></span></span>{w.key[1]}</li>
                <li><span class="seat no"><span class="seat-mark"></span></span>{w.key[2]}</li>
            }
            .into_any(),
        ),
        drawing: view! { <ol class="seats" aria-label=desc.clone()>{seats}</ol> }.into_any(),
        desc: view! { {desc} " " {v.note.clone()} }.into_any(),
        table: None,
        sources,
    }))
}

/// A comparison, aspect by aspect, each cell with its sources.
#[component]
pub fn CompareTable(#[prop(into)] id: String) -> impl IntoView {
    let cmp = content().comparison(&id)?;
    let sources = unique(
        cmp.rows
            .iter()
            .flat_map(|r| r.left.sources.iter().chain(&r.right.sources).cloned()),
    );
    let fid = format!("fig-compare-{}", cmp.id);
    let rows = cmp
        .rows
        .iter()
        .map(|r| {
            view! {
                <tr class:differs=r.differs>
                    <th scope="row">{r.aspect.clone()}</th>
                    <td>{r.left.text.clone()} {marks(&r.left.sources, &sources)}</td>
                    <td>{r.right.text.clone()} {marks(&r.right.sources, &sources)}</td>
                </tr>
            }
        })
        .collect_view();
    let differ = cmp.rows.iter().filter(|r| r.differs).count();
    let lang = crate::i18n::lang();
    let w = &lang.strings().charts;
    let desc = lang.bidi((w.compare_desc)(
        &cmp.right,
        &cmp.left,
        cmp.rows.len(),
        differ,
    ));
    let title = cmp.title.clone();
    Some(figure(Figure {
        id: fid,
        class: "chart-compare",
        title: title.clone(),
        key: None,
        drawing: view! {
            <div class="table-wrap" tabindex="0" role="region" aria-label=title>
                <table>
                    <thead><tr><th scope="col">{w.aspect}</th><th scope="col">{cmp.left.clone()}</th><th scope="col">{cmp.right.clone()}</th></tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        }.into_any(),
        desc: desc.into_any(),
        table: None,
        sources,
    }))
}
