//! The interface in English (the site's default language).

use super::{
    AlignText, ChartText, EmbedFooterText, FooterText, Head, Heads, MapText, NotFoundText,
    PageText, Pages, PrintText, ShareText, SourcesText, Strings, TeachText, TimelineText,
};
use crate::content::EN_DATES;

pub const STRINGS: Strings = Strings {
    name: "English",
    switch_hint: "Read this page in English",
    languages: "Language",
    site_title: crate::routes::SITE_TITLE,
    site_description: "An interactive, fully sourced explainer on Pakistan's UN peacekeeping record since 1960 and its possible role in the Gaza International Stabilization Force authorised by UN Security Council Resolution 2803.",
    skip_link: "Skip to content",
    main_menu: "Main",
    theme: "Theme",
    theme_system: "System",
    theme_light: "Light",
    theme_dark: "Dark",
    pages: Pages {
        home: PageText {
            nav: "Story",
            title: crate::routes::SITE_TITLE,
        },
        timeline: PageText {
            nav: "Timeline",
            title: "Timeline 1947–2025",
        },
        map: PageText {
            nav: "Map",
            title: "Map of deployments",
        },
        alignment: PageText {
            nav: "Alignment",
            title: "The bridge state: alignment explorer",
        },
        sources: PageText {
            nav: "Sources",
            title: "Sources, data and glossary",
        },
        about: PageText {
            nav: "About",
            title: "About this explainer",
        },
        teach: PageText {
            nav: "Teach",
            title: "Teaching with this explainer",
        },
        event_card: "Event",
        mission_card: "Mission",
    },
    heads: Heads {
        timeline: Head {
            title: "Timeline 1947–2025",
            lede: "Every event from 1947 to Resolution 2803 as one mark: the taller a year, the more happened.",
        },
        map: Head {
            title: "Map of deployments",
            lede: "Where Pakistani peacekeepers have served since 1960, year by year, with the Gaza force marked.",
        },
        alignment: Head {
            title: "The bridge state",
            lede: "How close Pakistan has been to the West, China and the Gulf since 1947, from coded evidence you can reweigh.",
        },
        sources: Head {
            title: "Sources, data and glossary",
            lede: "Every event, mission, figure, quote and coding on this site cites entries in this bibliography.",
        },
        about: Head {
            title: "About this explainer",
            lede: "How it was made, how to cite it, reuse it and embed it.",
        },
        teach: Head {
            title: "Teaching with this explainer",
            lede: "A 45-minute lesson for each chapter of the story and each view: discussion questions, an activity with the interactive view, the key terms and suggested timings. Every question points to the sourced content it rests on; each lesson prints as a worksheet.",
        },
    },
    embed_suffix: " (embed)",
    title_separator: " · ",
    footer: FooterText {
        text_and_data: "Text and data: ",
        code_and_map: ". Code: MIT. Map geometry: ",
        public_domain: " (public domain).",
        sourced: "Every figure on this site is sourced: see ",
        sources_link: "sources, data and glossary",
        and: ", and ",
        about_link: "how this explainer was made and how to cite it",
    },
    embed_footer: EmbedFooterText {
        sources_before: " · Sources for every item are in its details and on the ",
        sources_link: "sources page",
        licence: ". Text and data CC BY 4.0; map: Natural Earth. ",
        open_full: "Open the full page ↗",
    },
    not_found: NotFoundText {
        title: "Page not found",
        lede: "There is no page at this address. It may have moved, or the link may be mistyped.",
        these_exist: "These pages exist:",
    },
    timeline: TimelineText {
        kinds: "Kinds of event",
        show_all: "Show all",
        clear_all: "Clear all",
        search: "Search events",
        step_group: "Step through events",
        previous_event: "‹ Previous event",
        next_event: "Next event ›",
        previous: "‹ Previous",
        next: "Next ›",
        strip_heading: "Overview: every event by year",
        marks_label: "Events by year: arrow keys move, Enter opens the event in the list, plus and minus zoom",
        after_heading: "After the resolution (from 18 Nov 2025)",
        after_lede: "What happened after the Security Council adopted Resolution 2803; not on the 1947–2025 strip.",
        after_none: "No event after the resolution matches.",
        none_match: "No event matches. Try other kinds, a shorter search or the whole span.",
        close_label: "Close event details",
        close: "Close ✕",
        related_events: "Related events",
        categories: [
            "War and conflict",
            "Alliances",
            "Peacekeeping",
            "Diplomacy",
            "Gaza 2025",
            "Domestic",
        ],
        state: |shown, all| format!("Timeline: {shown} of {all} events"),
        state_kinds: ", categories ",
        state_matching: (", matching “", "”"),
    },
    share: ShareText {
        summary: "Share & data",
        copy_link: "Copy link",
        link_copied: "Link to this view copied.",
        embed: "Embed",
        cite: "Cite this",
        cite_note: "Cite the page with the date you used it. A link copied above keeps the current view.",
        download: "Download the data",
        files: [
            "Timeline events",
            "Deployments",
            "Aggregate figures",
            "Alignment coding",
            "Sources",
        ],
        timelinejs: "Timeline for Knight Lab’s TimelineJS: ",
        downloads_note: "Every row lists its source ids; the sources file has the full references. Text and data: CC BY 4.0 (credit this explainer). Code: MIT. ",
        about_files: "About the files",
    },
    chapter_sources: ("Sources for “", "”"),
    charts: ChartText {
        pakistan: "Pakistan",
        choice: |c| c.label(),
        vote_title: |v| {
            let (y, n, a) = v.tally;
            let mut t = format!("Adopted {y}–{n}–{a}");
            if let Some(c) = v.pakistan {
                t.push_str(&format!(": Pakistan voted {}", c.label()));
            }
            for (names, c) in &v.others {
                t.push_str(&format!("; {} {}", names.join(" and "), c.label()));
            }
            t
        },
        vote_desc: |date, result| {
            format!("The Security Council's 15 seats on {date}, permanent members first: {result}.")
        },
        permanent: "permanent member",
        elected: "elected member",
        key: ["In favour", "Abstained", "Against"],
        aspect: "Aspect",
        compare_desc: |right, left, n, differ| {
            format!("{right} set beside {left} on {n} aspects; they differ on {differ}.")
        },
        sources_n: |n| format!("Sources ({n})"),
    },
    teach: TeachText {
        lessons: "Lessons",
        note: (
            "Printing a view gives a handout with its state in words, numbered references, its address and the date; each view also prints as a one-page summary. After one visit, the site keeps working without a connection where the browser allows it. ",
            "Sources, data and glossary",
            " lists every source the lessons rest on.",
        ),
        see: "See",
        based_on: "Based on: ",
        print: "Print this worksheet",
        plan: "Lesson plan, 45 minutes",
        questions: "Discussion questions",
        activity: "Activity",
        terms: "Key terms",
        minutes: " min",
        kinds: ["Chapter: ", "Event: ", "Deployment: ", "Figures: ", "Glossary: ", "Source: "],
        open_view: ["Open the timeline", "Open the map", "Open the alignment explorer"],
    },
    year_player: ["Year", "Play", "Pause"],
    align: AlignText {
        in_year: |y| format!("In {y}"),
        since: |y, text| format!("Since {y}: {text}"),
        weights: "Weights of the dimensions",
        reset: "Reset to the editors’ default",
        coded_h: |y| format!("Coded values in {y}"),
        coded_label: "Coded values (scrollable)",
        coded_caption: |y| format!("Strength of each tie in {y} (0 = none, 10 = alliance-level); a year in brackets says when a value was last coded."),
        coded_since: |y| format!(" (since {y})"),
        heads: ["Pole", "Weighted"],
        pressure: " (pressure)",
        evidence_h: |y| format!("Evidence coded in {y}"),
        carry_forward: |y, l| format!("No value was recoded in {y}: the values coded up to {l} carry forward."),
        none_coded: |y| format!("No value is coded for {y}."),
        options_h: "The Gaza decision: options after Resolution 2803",
        options_lede: "These are arguments made by named people and in the sources, not predictions. The site takes no side.",
        options_legend: "Options on the table",
        choose: "Choose an option to see what sources argue it would mean.",
        option_heads: ["What it would do to each relationship", "The essay’s three tests", "Voices"],
        about: ["At home", "Test 1: neutrality", "Test 2: diplomatic stabilisation", "Test 3: sustained engagement"],
        state: |y, weights, option| {
            let mut out = format!("Alignment explorer: {y}; weights {weights}");
            if let Some(o) = option {
                out.push_str(&format!("; Gaza option: {o}"));
            }
            out
        },
        no_ties: "No ties are coded for this year.",
        balanced: |y, rest| format!("In {y}, Pakistan was almost evenly balanced between its partners: {rest}."),
        closest: |y, lead, rest| match rest {
            Some(r) => format!("In {y}, Pakistan was closest to {lead}, then {r}."),
            None => format!("In {y}, Pakistan was closest to {lead}."),
        },
        and: " and ",
        ternary_h: "Position among the three partners",
        ternary_title: |f, l| format!("Pakistan’s position among its three partners, {f}–{l}"),
        chart_h: |f, l| format!("Strength of each tie, {f}–{l}"),
        method_note: "The values are the editors’ judgement, each tied to events and sources. ",
        how_coded: "How the coding works",
        codebook: "The codebook: how Pakistan’s ties are coded",
        multiple: |pole, pressure, [first, last, now], turns| {
            format!(
                "{pole}{}: tie strength from 0 to 10, {} in {}, {} in {}, {} in {}. Largest changes: {turns}.",
                if pressure { " (a pressure)" } else { "" },
                first.0,
                first.1,
                last.0,
                last.1,
                now.0,
                now.1
            )
        },
        turn: |y, up, by| format!("{y} {} by {by}", if up { "up" } else { "down" }),
    },
    map: MapText {
        summary_year: |y, n, names| {
            format!("In {y}: {n} deployment{} on the map: {names}.", plural(n))
        },
        summary_all: |first, last, n| {
            format!("All years, {first}–{last}: {n} deployment{} on the map.", plural(n))
        },
        desc_year: |y, names| format!("Deployments active in {y}, west to east: {names}."),
        desc_all: |names| format!("Every deployment, west to east: {names}."),
        text_description: "Text description of the map",
        deployments_n: |n| format!("{n} deployment{}", plural(n)),
        no_total: |y| format!("on the map in {y}. No sourced total of Pakistani personnel deployed in {y} was found; each mission’s card gives its contingent where known."),
        deployed_in: |y, dates, n| {
            format!("Pakistani peacekeepers deployed in {y} (as of {dates}), in {n} deployment{} on the map", plural(n))
        },
        differ: ". Sources differ: the figures were stated at different dates and may count differently",
        and: " and ",
        served: |n, date, un, other| format!("Pakistanis had served in {n} UN missions by {date} (official count). This map shows the {un} UN peacekeeping deployments this site could document (some entries combine a mission with its successor) and {other} deployments that are not contributions to UN peacekeeping."),
        largest: "Largest deployments",
        largest_in: |y| format!("Largest deployments in {y}"),
        every_in_table: "Every deployment, in a table",
        each_size: " (each size as first listed in its card).",
        show: ["Show", " every deployment", " one year"],
        credit: ("Country outlines: ", " 1:50m (public domain), simplified; Equal Earth projection. Borders are drawn as Natural Earth has them and imply no view on disputed territory. A marker stands for a mission’s area or a named base, not an exact position; markers that would overlap join a numbered cluster until you zoom in."),
        svg_title: "World map of Pakistan’s peacekeeping deployments",
        markers_label: "Deployments on the map, west to east; arrow keys move between them",
        personnel: |q| format!(", {q} personnel"),
        state_year: |y| format!("Map: missions active in {y}"),
        state_all: |first, last| format!("Map: every deployment, {first}–{last}"),
        state_open: "; open: ",
        details_label: "Mission details",
        choose: "Choose a marker or a row of the table to see a deployment’s details and sources.",
        not_active: |y, years| format!("Not active in {y}: Pakistani years {years}."),
        as_of: |q, d| format!("{q} (as of {d})"),
        ongoing_as_of: |years, d| format!("{years}; ongoing as of {d}"),
        close_label: "Close mission details",
        close: "Close ✕",
        host: "Host",
        years: "Pakistani years",
        role: "Role",
        marker: "Marker",
        mission_area: "Mission area",
        confidence: "Confidence",
        contingent: "Contingent",
        no_contingent: "No sourced figure for the size of the Pakistani contingent was found.",
        deaths: "Pakistani deaths",
        no_deaths: "No sourced figure for this mission on its own; the total since 1960 is on the sources page.",
        notable: "Notable",
        on_timeline: "On the timeline",
        show_on_map: "Show on the map",
        see_full_map: "See it on the full map",
        list_sep: ", ",
        styles: [
            "UN mission, Pakistanis have left",
            "UN mission, Pakistanis serving",
            "UN mission hosted by Pakistan",
            "Prospective, not a UN force",
            "Bilateral deployment, not UN, not the ISF",
        ],
        roles: [
            "infantry",
            "engineers",
            "medical",
            "police",
            "military observers",
            "logistics",
            "aviation",
            "signals",
            "staff officers",
            "armour",
        ],
        confidences: ["confirmed", "partly confirmed", "uncertain"],
        all_deployments: "All deployments",
        table_lede: "The same data as the map. Choose a mission to open its card; sort by any column.",
        table_label: "Deployments table (scrollable)",
        caption: |n| format!("{n} Pakistani deployments documented on this site"),
        kind: "Kind",
        columns: ["Mission", "Host", "Pakistani years", "Contingent", "Pakistani deaths"],
        active_in: |y| format!("active in {y}"),
        not_in: |y| format!("not in {y}"),
        not_known: "not known",
        zoom_group: "Zoom and pan the map",
        zoom: ["Zoom in", "Zoom out", "Pan west", "Pan north", "Pan south", "Pan east", "Reset"],
        key: "Key",
        dashed: "Dashed: size not known",
        area_grows: "Area grows with the contingent",
        hatched: |y| format!("Hatched: a host in {y}"),
        shaded: "Shaded: hosted Pakistani peacekeepers",
    },
    sources: SourcesText {
        label: "Sources",
        no_link: "no link",
        checked: |d| format!("Checked {d}"),
        kinds: ["Primary source", "News report", "Reference", "Opinion", "Data"],
        flags: ["approximate", "sources differ"],
        colon: ": ",
        in_bibliography: "In the bibliography",
        close: "Close",
        pop_label: "Source of the citation",
        on_this_page: "On this page",
        jump: ["Figures", "Glossary", "Bibliography", "Download the data"],
        figures_h: "Aggregate figures over time",
        figures_lede: "Official totals were revised year by year, so each figure is given with the date it was stated.",
        scrollable: |l| format!("{l} (scrollable table)"),
        series_caption: |l, unit| format!("{l} ({unit}), as stated at each date"),
        series_heads: ["As of", "Figure", "Notes and sources"],
        glossary_h: |n| format!("Glossary ({n} terms)"),
        bibliography_h: |n| format!("Bibliography ({n} sources)"),
        bibliography_lede: (
            "Grouped by kind. Entries tagged ",
            " have no web address on record: find them by title, publisher and date.",
        ),
        by_kind: "Bibliography by kind",
        groups: ["Primary sources", "Data", "Reference works", "News reports", "Opinion"],
        data_lede: "Everything on the timeline, the map and the alignment explorer, as CSV (for spreadsheets) and JSON, each row with its sources.",
    },
    print: PrintText {
        handout: "Print handout",
        summary: "Print one-page summary",
        stamp: ("Printed from ", " on ", "."),
        references: "References",
    },
    quantity: |q| q.display(),
    dates: EN_DATES,
    full_stop: ".",
};

/// `s` after a count other than one.
fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}
