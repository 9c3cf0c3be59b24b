//! The three charts of chapter 20 (Pakistan's UN missions): the missions as
//! spans over time, the changing official totals, and the "10%" claim
//! against the check. Geometry in `crate::charts::{missions, totals, share}`;
//! every word a reader sees is in each chart's `words` module (one place to
//! translate).

use super::charts::{figure_table, marks, scenes, unique, ChartSources};
use crate::charts::data::{self, Obs, ShareCheck};
use crate::charts::{missions, share, svg, totals};
use crate::content::{content, Teller};
use leptos::prelude::*;

/// The mission span chart's words.
mod missions_words {
    pub fn title(n: usize, first: i32, after_1990: usize, ongoing: usize) -> String {
        format!(
            "Most of Pakistan's UN missions began after the Cold War: of the {n} this site found sources for \
             since {first}, {after_1990} began after 1990 and {ongoing} are still under way"
        )
    }
    pub fn desc(n: usize) -> String {
        format!(
            "Each bar is one of the {n} UN missions in which this site has found Pakistanis serving, \
             from the years they served there (to 2026 if still under way). A thicker bar means a \
             larger contingent (the largest figure found); a thin bar, that no size was found; an \
             outlined bar, that the years are approximate or the presence uncertain. Official \
             statements give higher counts of missions (see the totals below)."
        )
    }
    pub const KEY: [&str; 3] = [
        "Thicker: larger contingent",
        "Thin: size not found",
        "Outlined: years approximate or uncertain",
    ];
    pub const TABLE: &str = "The missions as a table";
    pub const TABLE_LABEL: &str = "Pakistan's UN missions, by start";
    pub const COLS: [&str; 5] = [
        "Mission",
        "Years",
        "Largest contingent found",
        "Confidence",
        "Sources",
    ];
}

#[component]
pub fn MissionsChart() -> impl IntoView {
    use missions_words as w;
    let deps = data::un_deployments(content());
    if deps.is_empty() {
        return None;
    }
    let first = deps[0].start.floor() as i32;
    let after = deps.iter().filter(|d| d.start >= 1990.0).count();
    let ongoing = deps.iter().filter(|d| d.ongoing).count();
    let title = w::title(deps.len(), first, after, ongoing);
    let desc = w::desc(deps.len());
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
                    <td>{m.years.display()}</td>
                    <td class="num">{d.largest.map(|f| format!("{} ({})", f.quantity.display(), f.date.display()))}</td>
                    <td>{m.confidence.label()}</td>
                    <td>{marks(&ids, &sources)}</td>
                </tr>
            }
        })
        .collect_view();
    let label = format!("Chart: {title}. {desc}");
    let deps2 = deps.clone();
    Some(view! {
        <figure class="chart chart-missions" id="fig-mission-spans" aria-labelledby="fig-mission-spans-t">
            <div class="chart-title" id="fig-mission-spans-t">{title}</div>
            <ul class="chart-key" aria-hidden="true">
                <li><svg viewBox="0 0 16 10" class="key-bar"><rect class="bar un" x="0" y="0" width="16" height="10"/></svg>{w::KEY[0]}</li>
                <li><svg viewBox="0 0 16 10" class="key-bar"><rect class="bar un" x="0" y="3.5" width="16" height="3"/></svg>{w::KEY[1]}</li>
                <li><svg viewBox="0 0 16 10" class="key-bar"><rect class="bar un approx" x="0.5" y="1" width="15" height="8"/></svg>{w::KEY[2]}</li>
            </ul>
            {scenes(move |f| missions::scene(&deps2, f), label)}
            <figcaption>
                <div class="chart-desc">{desc}</div>
                {figure_table(w::TABLE, w::TABLE_LABEL, &w::COLS, &[2], rows)}
                <ChartSources ids=sources/>
            </figcaption>
        </figure>
    })
}

/// The totals chart's words.
mod totals_words {
    pub const HEADINGS: [&str; 2] = [
        "Personnel served since 1960",
        "Pakistani peacekeepers killed",
    ];
    pub fn title(served: (&str, &str, &str, &str), deaths: (&str, &str), n: usize) -> String {
        let (s0, d0, s1, d1) = served;
        format!(
            "Official totals keep rising and do not always agree: from {s0} ({d0}) to {s1} ({d1}) served, \
             from {} to {} killed, with {n} pairs of statements of about the same date that differ",
            deaths.0, deaths.1
        )
    }
    pub fn pair(a: &str, a_by: &str, a_date: &str, b: &str, b_by: &str, b_date: &str) -> String {
        format!("{a} ({a_by}, {a_date}) against {b} ({b_by}, {b_date})")
    }
    pub fn desc(pairs: &[String]) -> String {
        format!(
            "Each mark is one statement; its shape tells who gave it. Dashed brackets join statements \
             of about the same date that differ: {}. The value axes do not start at zero.",
            pairs.join("; ")
        )
    }
    pub const KEY: [&str; 6] = [
        "UN statistics",
        "Armed forces (ISPR)",
        "Foreign Office",
        "Prime Minister",
        "Pakistan's UN mission",
        "Figures that disagree",
    ];
    pub const TABLE: &str = "The statements as a table";
    pub const TABLE_LABEL: &str = "Official totals, by date";
    pub const COLS: [&str; 5] = ["Date", "Total", "Figure", "Given by", "Sources"];
}

#[component]
pub fn TotalsChart() -> impl IntoView {
    use totals_words as w;
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
        w::pair(
            &a.display(),
            a.by.label(),
            &a.date().display(),
            &b.display(),
            b.by.label(),
            &b.date().display(),
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
    let title = w::title(
        (
            &s0.display(),
            &s0.date().display(),
            &s1.display(),
            &s1.date().display(),
        ),
        (&k0.display(), &k1.display()),
        pairs.len(),
    );
    let desc = w::desc(&pairs);
    let sources = unique(
        served
            .iter()
            .chain(&deaths)
            .flat_map(|o| o.fig.sources.clone()),
    );
    let rows = [(w::HEADINGS[0], &served), (w::HEADINGS[1], &deaths)]
        .into_iter()
        .flat_map(|(what, obs)| obs.iter().map(move |o| (what, o)))
        .map(|(what, o)| {
            let flagged = o.fig.flag.as_ref().map(|f| f.note.clone());
            view! {
                <tr>
                    <td>{o.date().display()}</td>
                    <td>{what}</td>
                    <td class="num">{o.display()}</td>
                    <td>{o.by.label()}</td>
                    <td>{marks(&o.fig.sources, &sources)}
                        {flagged.map(|n| view! { <span class="chart-flag">" " {n}</span> })}</td>
                </tr>
            }
        })
        .collect_view();
    let label = format!("Chart: {title}. {desc}");
    let key = [Teller::Un, Teller::ArmedForces, Teller::ForeignOffice, Teller::PrimeMinister, Teller::UnMission]
        .into_iter()
        .enumerate()
        .map(|(i, t)| {
            let (class, shape) = totals::style(t);
            let mut s = crate::charts::Scene::new(10.0, 10.0);
            s.push(crate::charts::Mark::Dot { x: 5.0, y: 5.0, r: 3.6, shape, class });
            view! { <li><svg viewBox="0 0 10 10" class="key-dot" inner_html=svg::render(&s)></svg>{w::KEY[i]}</li> }
        })
        .collect_view();
    Some(view! {
        <figure class="chart chart-totals" id="fig-totals" aria-labelledby="fig-totals-t">
            <div class="chart-title" id="fig-totals-t">{title}</div>
            <ul class="chart-key" aria-hidden="true">
                {key}
                <li><svg viewBox="0 0 10 10" class="key-dot"><path class="pair" d="M9 1L5 1L5 9L9 9"/></svg>{w::KEY[5]}</li>
            </ul>
            {scenes(move |f| totals::scene(&served, &deaths, w::HEADINGS, f), label)}
            <figcaption>
                <div class="chart-desc">{desc}</div>
                {figure_table(w::TABLE, w::TABLE_LABEL, &w::COLS, &[2], rows)}
                <ChartSources ids=sources/>
            </figcaption>
        </figure>
    })
}

/// The death-share chart's words.
mod share_words {
    pub fn claimed(by: &str, date: &str) -> String {
        format!("Claimed: {by}, {date}")
    }
    pub fn checked(deaths: &str, total: &str, date: &str) -> String {
        format!("Check: {deaths} of {total} deaths ({date})")
    }
    pub fn title(checks: &[String]) -> String {
        format!("The “10%” claim does not hold: {}", checks.join("; "))
    }
    pub fn check(deaths: &str, total: &str, share: &str) -> String {
        format!("{deaths} of {total} is {share}")
    }
    pub const DESC: &str =
        "Dashed bars: Pakistan's share of all UN peacekeeping deaths as claimed. \
        Filled bars: the check, Pakistan's official death toll divided by the UN's count of all \
        peacekeeping deaths since 1948 nearest in time to the claim.";
    pub const KEY: [&str; 2] = ["Claimed", "Checked"];
    pub const TABLE: &str = "The claims and the checks as a table";
    pub const TABLE_LABEL: &str =
        "Claims of Pakistan's share of peacekeeping deaths, and the check";
    pub const COLS: [&str; 6] = [
        "Claim",
        "Claimed",
        "Pakistani deaths",
        "UN count, all nations",
        "Share",
        "Sources",
    ];
    pub fn percent(v: &str) -> String {
        format!("{v}%")
    }
}

#[component]
pub fn DeathShareChart() -> impl IntoView {
    use share_words as w;
    let checks: Vec<ShareCheck> = data::share_checks(content());
    if checks.is_empty() {
        return None;
    }
    let title = w::title(
        &checks
            .iter()
            .map(|ch| {
                w::check(
                    &ch.deaths.display(),
                    &ch.un_total.display(),
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
                    label: w::claimed(ch.claim.by.label(), &ch.claim.date().display()),
                    value: ch.claim.value,
                    value_text: w::percent(&ch.claim.display()),
                    claim: true,
                },
                share::Row {
                    label: w::checked(
                        &ch.deaths.display(),
                        &ch.un_total.display(),
                        &ch.un_total.date().display(),
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
            let fig =
                |o: &Obs| format!("{} ({}, {})", o.display(), o.by.label(), o.date().display());
            let ids = unique(
                [&ch.claim, &ch.deaths, &ch.un_total]
                    .into_iter()
                    .flat_map(|o| o.fig.sources.clone()),
            );
            view! {
                <tr>
                    <td>{format!("{} ({})", ch.claim.by.label(), ch.claim.date().display())}</td>
                    <td class="num">{w::percent(&ch.claim.display())}</td>
                    <td class="num">{fig(&ch.deaths)}</td>
                    <td class="num">{fig(&ch.un_total)}</td>
                    <td class="num">{share::share_text(ch)}</td>
                    <td>{marks(&ids, &sources)}</td>
                </tr>
            }
        })
        .collect_view();
    let label = format!("Chart: {title}. {}", w::DESC);
    Some(view! {
        <figure class="chart chart-share" id="fig-death-share" aria-labelledby="fig-death-share-t">
            <div class="chart-title" id="fig-death-share-t">{title}</div>
            <ul class="chart-key" aria-hidden="true">
                <li><svg viewBox="0 0 16 10" class="key-bar"><rect class="bar claim" x="1" y="1" width="14" height="8"/></svg>{w::KEY[0]}</li>
                <li><svg viewBox="0 0 16 10" class="key-bar"><rect class="bar check" x="0" y="0" width="16" height="10"/></svg>{w::KEY[1]}</li>
            </ul>
            {scenes(move |f| share::scene(&rows, f), label)}
            <figcaption>
                <div class="chart-desc">{w::DESC}</div>
                {figure_table(w::TABLE, w::TABLE_LABEL, &w::COLS, &[1, 2, 3, 4], table_rows)}
                <ChartSources ids=sources/>
            </figcaption>
        </figure>
    })
}
