//! The three charts of chapter 20 (Pakistan's UN missions): the missions as
//! spans over time, the changing official totals, and the "10%" claim
//! against the check. Geometry in `crate::charts::{missions, totals, share}`;
//! every word a reader sees is in the catalogue (`crate::i18n::StoryText`),
//! numbers and dates formatted in the page's language.

use super::charts::{figure, figure_table, marks, scenes, unique, Figure};
use crate::charts::data::{self, Obs, ShareCheck};
use crate::charts::{missions, share, svg, totals};
use crate::content::{content, Teller};
use leptos::prelude::*;

#[component]
pub fn MissionsChart() -> impl IntoView {
    let lang = crate::i18n::lang();
    let w = &lang.strings().story;
    let deps = data::un_deployments(content());
    if deps.is_empty() {
        return None;
    }
    let first = deps[0].start.floor() as i32;
    let after = deps.iter().filter(|d| d.start >= 1990.0).count();
    let ongoing = deps.iter().filter(|d| d.ongoing).count();
    let title = (w.missions_title)(deps.len(), first, after, ongoing);
    let desc = (w.missions_desc)(deps.len());
    let sources = unique(deps.iter().flat_map(|d| {
        d.mission
            .sources
            .iter()
            .chain(d.largest.iter().flat_map(|f| f.sources.iter()))
            .cloned()
            .collect::<Vec<_>>()
    }));
    let rows = deps
        .iter()
        .map(|d| {
            let m = d.mission;
            let mut ids = m.sources.clone();
            if let Some(f) = d.largest {
                ids.extend(f.sources.iter().cloned());
            }
            let ids = unique(ids);
            view! {
                <tr>
                    <th scope="row">{m.acronym.clone()} <span class="chart-flag">{format!(" {} ({})", m.name, m.host.name)}</span></th>
                    <td>{lang.date(&m.years)}</td>
                    <td class="num">{d.largest.map(|f| format!("{} ({})", lang.quantity(&f.quantity), lang.date(&f.date)))}</td>
                    <td>{lang.strings().map.confidence_label(m.confidence)}</td>
                    <td>{marks(&ids, &sources)}</td>
                </tr>
            }
        })
        .collect_view();
    let label = (w.chart_label)(&title, &desc);
    let deps2 = deps.clone();
    Some(figure(Figure {
        id: "fig-mission-spans".into(),
        class: "chart-missions",
        title,
        key: Some(view! {
            <li><svg viewBox="0 0 16 10" class="key-bar"><rect class="bar un" x="0" y="0" width="16" height="10"/></svg>{w.missions_key[0]}</li>
            <li><svg viewBox="0 0 16 10" class="key-bar"><rect class="bar un" x="0" y="3.5" width="16" height="3"/></svg>{w.missions_key[1]}</li>
            <li><svg viewBox="0 0 16 10" class="key-bar"><rect class="bar un approx" x="0.5" y="1" width="15" height="8"/></svg>{w.missions_key[2]}</li>
        }.into_any()),
        drawing: scenes(move |f| missions::scene(&deps2, f), label).into_any(),
        desc: desc.into_any(),
        table: Some(
            figure_table(
                w.missions_table.0,
                w.missions_table.1,
                &w.missions_cols,
                &[2],
                rows,
            )
            .into_any(),
        ),
        sources,
    }))
}

#[component]
pub fn TotalsChart() -> impl IntoView {
    let lang = crate::i18n::lang();
    let w = &lang.strings().story;
    let c = content();
    let served = data::series(c, &[data::SERVED]);
    let deaths = data::series(c, &[data::DEATHS]);
    let (s0, s1, k0, k1) = (
        served.first()?,
        served.last()?,
        deaths.first()?,
        deaths.last()?,
    );
    let describe = |obs: &[Obs], (i, j): (usize, usize)| {
        let (a, b) = (&obs[i], &obs[j]);
        (w.totals_pair)(
            &lang.quantity(&a.fig.quantity),
            w.teller(a.by),
            &lang.date(a.date()),
            &lang.quantity(&b.fig.quantity),
            w.teller(b.by),
            &lang.date(b.date()),
        )
    };
    let pairs: Vec<String> = totals::disagreements(&served)
        .into_iter()
        .map(|p| describe(&served, p))
        .chain(
            totals::disagreements(&deaths)
                .into_iter()
                .map(|p| describe(&deaths, p)),
        )
        .collect();
    let title = (w.totals_title)(
        (
            &lang.quantity(&s0.fig.quantity),
            &lang.date(s0.date()),
            &lang.quantity(&s1.fig.quantity),
            &lang.date(s1.date()),
        ),
        (
            &lang.quantity(&k0.fig.quantity),
            &lang.quantity(&k1.fig.quantity),
        ),
        pairs.len(),
    );
    let desc = (w.totals_desc)(&pairs);
    let sources = unique(
        served
            .iter()
            .chain(&deaths)
            .flat_map(|o| o.fig.sources.clone()),
    );
    let rows = [
        (w.totals_headings[0], &served),
        (w.totals_headings[1], &deaths),
    ]
    .into_iter()
    .flat_map(|(what, obs)| obs.iter().map(move |o| (what, o)))
    .map(|(what, o)| {
        let flagged = o.fig.flag.as_ref().map(|f| f.note.clone());
        view! {
            <tr>
                <td>{lang.date(o.date())}</td>
                <td>{what}</td>
                <td class="num">{lang.quantity(&o.fig.quantity)}</td>
                <td>{w.teller(o.by)}</td>
                <td>{marks(&o.fig.sources, &sources)}
                    {flagged.map(|n| view! { <span class="chart-flag">" " {n}</span> })}</td>
            </tr>
        }
    })
    .collect_view();
    let label = (w.chart_label)(&title, &desc);
    let key = [Teller::Un, Teller::ArmedForces, Teller::ForeignOffice, Teller::PrimeMinister, Teller::UnMission]
        .into_iter()
        .map(|t| {
            let (class, shape) = totals::style(t);
            let mut s = crate::charts::Scene::new(10.0, 10.0);
            s.push(crate::charts::Mark::Dot { x: 5.0, y: 5.0, r: 3.6, shape, class });
            view! { <li><svg viewBox="0 0 10 10" class="key-dot" inner_html=svg::render(&s)></svg>{w.teller(t)}</li> }
        })
        .collect_view();
    Some(figure(Figure {
        id: "fig-totals".into(),
        class: "chart-totals",
        title,
        key: Some(view! {
            {key}
            <li><svg viewBox="0 0 10 10" class="key-dot"><path class="pair" d="M9 1L5 1L5 9L9 9"/></svg>{w.disagree}</li>
        }.into_any()),
        drawing: scenes(
            move |f| totals::scene(&served, &deaths, w.totals_headings, f),
            label,
        )
        .into_any(),
        desc: desc.into_any(),
        table: Some(
            figure_table(
                w.totals_table.0,
                w.totals_table.1,
                &w.totals_cols,
                &[2],
                rows,
            )
            .into_any(),
        ),
        sources,
    }))
}

#[component]
pub fn DeathShareChart() -> impl IntoView {
    let lang = crate::i18n::lang();
    let w = &lang.strings().story;
    let checks: Vec<ShareCheck> = data::share_checks(content());
    if checks.is_empty() {
        return None;
    }
    let title = (w.share_title)(
        &checks
            .iter()
            .map(|ch| {
                (w.share_check)(
                    &lang.quantity(&ch.deaths.fig.quantity),
                    &lang.quantity(&ch.un_total.fig.quantity),
                    &share::share_text(ch),
                )
            })
            .collect::<Vec<_>>(),
    );
    let rows: Vec<share::Row> = checks
        .iter()
        .flat_map(|ch| {
            [
                share::Row {
                    label: (w.share_claimed)(w.teller(ch.claim.by), &lang.date(ch.claim.date())),
                    value: ch.claim.value,
                    value_text: share::percent(&ch.claim.fig.quantity),
                    claim: true,
                },
                share::Row {
                    label: (w.share_checked)(
                        &lang.quantity(&ch.deaths.fig.quantity),
                        &lang.quantity(&ch.un_total.fig.quantity),
                        &lang.date(ch.un_total.date()),
                    ),
                    value: ch.share(),
                    value_text: share::share_text(ch),
                    claim: false,
                },
            ]
        })
        .collect();
    let sources = unique(checks.iter().flat_map(|ch| {
        [&ch.claim, &ch.deaths, &ch.un_total]
            .into_iter()
            .flat_map(|o| o.fig.sources.clone())
            .collect::<Vec<_>>()
    }));
    let table_rows = checks
        .iter()
        .map(|ch| {
            let fig = |o: &Obs| {
                format!(
                    "{} ({}{}{})",
                    lang.quantity(&o.fig.quantity),
                    w.teller(o.by),
                    if lang.is_rtl() { "، " } else { ", " },
                    lang.date(o.date())
                )
            };
            let ids = unique(
                [&ch.claim, &ch.deaths, &ch.un_total]
                    .into_iter()
                    .flat_map(|o| o.fig.sources.clone()),
            );
            view! {
                <tr>
                    <td>{format!("{} ({})", w.teller(ch.claim.by), lang.date(ch.claim.date()))}</td>
                    <td class="num">{share::percent(&ch.claim.fig.quantity)}</td>
                    <td class="num">{fig(&ch.deaths)}</td>
                    <td class="num">{fig(&ch.un_total)}</td>
                    <td class="num">{share::share_text(ch)}</td>
                    <td>{marks(&ids, &sources)}</td>
                </tr>
            }
        })
        .collect_view();
    let label = (w.chart_label)(&title, w.share_desc);
    Some(figure(Figure {
        id: "fig-death-share".into(),
        class: "chart-share",
        title,
        key: Some(view! {
            <li><svg viewBox="0 0 16 10" class="key-bar"><rect class="bar claim" x="1" y="1" width="14" height="8"/></svg>{w.share_key[0]}</li>
            <li><svg viewBox="0 0 16 10" class="key-bar"><rect class="bar check" x="0" y="0" width="16" height="10"/></svg>{w.share_key[1]}</li>
        }.into_any()),
        drawing: scenes(move |f| share::scene(&rows, f), label).into_any(),
        desc: w.share_desc.into_any(),
        table: Some(
            figure_table(
                w.share_table.0,
                w.share_table.1,
                &w.share_cols,
                &[1, 2, 3, 4],
                table_rows,
            )
            .into_any(),
        ),
        sources,
    }))
}
