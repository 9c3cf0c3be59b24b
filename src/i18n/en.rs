//! The interface in English (the site's default language).

use super::{
    AlignText, ChartText, EmbedFooterText, EmbedWords, FooterText, Head, Heads, HomeText, MapText,
    NotFoundText, OfflineText, PageText, Pages, PrintText, ShareText, SourcesText, StoryText,
    Strings, TeachText, TimelineText,
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
            title: "Sources and data",
        },
        about: PageText {
            nav: "About",
            title: "About this explainer",
        },
        teach: PageText {
            nav: "Teach",
            title: "Teaching with this explainer",
        },
        glossary: PageText {
            nav: "Glossary",
            title: "Glossary",
        },
        corrections: PageText {
            nav: "Corrections",
            title: "Corrections",
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
            title: "Sources and data",
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
        glossary: Head {
            title: "Glossary",
            lede: "The organisations, missions and terms this explainer uses, each in a sentence or two.",
        },
        corrections: Head {
            title: "Corrections",
            lede: "What we got wrong, what we changed, and the source that settled each correction.",
        },
    },
    embed_suffix: " (embed)",
    title_separator: " · ",
    footer: FooterText {
        text_and_data: "Text and data: ",
        code_and_map: ". Code: MIT. Map geometry: ",
        public_domain: " (public domain).",
        sourced: "Every figure on this site is sourced: see ",
        sources_link: "sources and data",
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
        search_hint: "title, summary or place",
        shown: |n, total| format!("{n} of {total} events shown"),
        filter: |n, all| {
            if n == all {
                "Filter by kind: all shown".to_string()
            } else {
                format!("Filter by kind: {n} of {all} shown")
            }
        },
        step_note: |i, n, date, title| format!("Event {i} of {n}: {date}, {title}"),
        zoom: [
            "Zoom and pan the strip",
            "Zoom out",
            "Zoom in",
            "Earlier",
            "Later",
            "Whole span",
            "Era ",
        ],
        showing: |f, t| format!("Showing {f}–{t}"),
        all_years: |f, t| format!("All years ({f}–{t})"),
        zoomed: |f, t| format!("Zoomed: {f}–{t}"),
        legend: ("Key to the marks", " a long commitment or event"),
        related_missions: "Related missions",
        eras_shaded: |n| format!("{n} eras, 1947–2025, shaded"),
        events_word: " events",
        list_head: |f, t| format!("Events, {f}–{t}"),
        key_events: [
            "Resolution 2803",
            "First UN mission: Congo",
            "1971 war",
            "Congo, 21 years",
            "Joins the UN",
            "Soviet–Afghan war",
            "Somalia",
        ],
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
        dialog: EmbedWords {
            heading: ("Embed “", "”"),
            intro: "Paste this code into a web page or a course platform that accepts HTML. The view works on its own inside the frame; the optional script only adjusts its height.",
            theme: ["Theme", "follow the reader’s system", "light", "dark"],
            options: [
                "Options",
                " start at the current view (selection, year, filters)",
                " show the footer with title, credit and link (plain mode when off)",
                " height follows the content (adds a small script)",
            ],
            height: "Height in pixels (fixed, or the starting height): ",
            code: "Embed code",
            copy: "Copy code",
            close: "Close",
            copied: "Embed code copied.",
            preview: "Preview",
            preview_title: "Preview: ",
            from: ": an interactive view from ",
        },
    },
    toc: "In this story",
    table_label: "Table (scrolls sideways on narrow screens)",
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
    story: StoryText {
        tellers: [
            "UN statistics",
            "Armed forces (ISPR)",
            "Foreign Office",
            "Prime Minister",
            "Pakistan's UN mission",
            "Government",
            "Press report",
            "Commentator",
            "This site's calculation",
        ],
        ordinal: |n| crate::charts::ordinal(n),
        chart_label: |title, desc| format!("Chart: {title}. {desc}"),
        contrib_title: |a, b, p, pd, l, ld| {
            format!(
                "From {a} to {b} largest contributor: Pakistanis on UN duty fell from {p} ({pd}) to {l} ({ld})"
            )
        },
        contrib_plain: "Pakistanis on UN peacekeeping duty over time",
        contrib_desc: |n, first, last| {
            format!(
                "{n} dated figures from {first} to {last}. Filled circles joined by a line: UN statistics; \
                 hollow diamonds: Pakistani official statements; squares: press reports. \
                 No figure was found for the years without dots, and the line does not bridge them."
            )
        },
        contrib_key: [
            "UN statistics",
            "Pakistani official statements",
            "Press reports",
            "Figures that disagree",
        ],
        contrib_table: ("The figures as a table", "Pakistanis on UN duty, by date"),
        contrib_cols: ["Date", "Pakistanis on UN duty", "Rank", "Given by", "Sources"],
        peak: |v, d| format!("Peak: {v} ({d})"),
        no_figure: ("No figure found", "No figure"),
        missions_title: |n, first, after_1990, ongoing| {
            format!(
                "Most of Pakistan's UN missions began after the Cold War: of the {n} this site found sources for \
                 since {first}, {after_1990} began after 1990 and {ongoing} are still under way"
            )
        },
        missions_desc: |n| {
            format!(
                "Each bar is one of the {n} UN missions in which this site has found Pakistanis serving, \
                 from the years they served there (to 2026 if still under way). A thicker bar means a \
                 larger contingent (the largest figure found); a thin bar, that no size was found; an \
                 outlined bar, that the years are approximate or the presence uncertain. Official \
                 statements give higher counts of missions (see the totals below)."
            )
        },
        missions_key: [
            "Thicker: larger contingent",
            "Thin: size not found",
            "Outlined: years approximate or uncertain",
        ],
        missions_table: ("The missions as a table", "Pakistan's UN missions, by start"),
        missions_cols: [
            "Mission",
            "Years",
            "Largest contingent found",
            "Confidence",
            "Sources",
        ],
        totals_headings: [
            "Personnel served since 1960",
            "Pakistani peacekeepers killed",
        ],
        totals_title: |(s0, d0, s1, d1), (k0, k1), n| {
            format!(
                "Official totals keep rising and do not always agree: from {s0} ({d0}) to {s1} ({d1}) served, \
                 from {k0} to {k1} killed, with {n} pairs of statements of about the same date that differ"
            )
        },
        totals_pair: |a, a_by, a_date, b, b_by, b_date| {
            format!("{a} ({a_by}, {a_date}) against {b} ({b_by}, {b_date})")
        },
        totals_desc: |pairs| {
            format!(
                "Each mark is one statement; its shape tells who gave it. Dashed brackets join statements \
                 of about the same date that differ: {}. The value axes do not start at zero.",
                pairs.join("; ")
            )
        },
        disagree: "Figures that disagree",
        totals_table: ("The statements as a table", "Official totals, by date"),
        totals_cols: ["Date", "Total", "Figure", "Given by", "Sources"],
        share_claimed: |by, date| format!("Claimed: {by}, {date}"),
        share_checked: |deaths, total, date| format!("Check: {deaths} of {total} deaths ({date})"),
        share_title: |checks| format!("The “10%” claim does not hold: {}", checks.join("; ")),
        share_check: |deaths, total, share| format!("{deaths} of {total} is {share}"),
        share_desc: "Dashed bars: Pakistan's share of all UN peacekeeping deaths as claimed. \
        Filled bars: the check, Pakistan's official death toll divided by the UN's count of all \
        peacekeeping deaths since 1948 nearest in time to the claim.",
        share_key: ["Claimed", "Checked"],
        share_table: (
            "The claims and the checks as a table",
            "Claims of Pakistan's share of peacekeeping deaths, and the check",
        ),
        share_cols: [
            "Claim",
            "Claimed",
            "Pakistani deaths",
            "UN count, all nations",
            "Share",
            "Sources",
        ],
        or_less: |s| format!("{s} or less"),
    },
    home: HomeText {
        glance: "At a glance",
        foot: (
            "Each figure is the latest its sources state, with its date. ",
            "The latest source this explainer uses is dated ",
            "Every dated figure, and where sources differ",
        ),
        qualifiers: ["about", "more than", "up to"],
        largest: "largest contributor of uniformed personnel",
        vote_label: |title, pakistan| {
            let mut label = format!("{title}: in favour, against, abstained");
            if let Some(v) = pakistan {
                label.push_str(&format!("; Pakistan voted {v}"));
            }
            label
        },
        isf_values: ["None", "Deployed", "Ended"],
        isf_label: |status, name| match status {
            crate::content::Status::Prospective => format!("Pakistani troops committed to the {name}"),
            crate::content::Status::Ongoing => format!("Pakistani troops in the {name}"),
            crate::content::Status::Ended => format!("Pakistan's part in the {name}"),
        },
        explore: "Explore",
        cards: [
            (
                "Timeline",
                "From independence and UN membership in 1947 to Resolution 2803 and after: every event a dot.",
            ),
            (
                "Map",
                "Where Pakistani peacekeepers served, when, how many, and at what cost.",
            ),
            (
                "Alignment explorer",
                "How Pakistan balances the US, China and the Gulf, and what Gaza tests.",
            ),
        ],
        teaching: (
            "Teaching? ",
            "Lesson plans, questions and worksheets for each chapter and view",
        ),
    },
    teach: TeachText {
        lessons: "Lessons",
        note: (
            "Printing a view gives a handout with its state in words, numbered references, its address and the date; each view also prints as a one-page summary. After one visit, the site keeps working without a connection where the browser allows it. ",
            "Sources and data",
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
        centre_label: "balanced",
        ternary_desc: |first, last, selected| {
            format!(
                "A triangle with one corner per partner; the path shows Pakistan’s position each year. {first} {last} Selected: {selected} The table of coded values gives the numbers."
            )
        },
        weight_error: |kind, dim, max| match kind {
            0 => format!("The {dim} weight must be a number."),
            1 => format!("The {dim} weight cannot be negative."),
            2 => format!("The {dim} weight can be at most {max}."),
            _ => "At least one weight must be above 0: with every weight at 0 nothing is measured."
                .to_string(),
        },
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
        cluster: |n, names, selected| {
            format!("{n} deployments close together: {names}{selected}. Choose to zoom in on them.")
        },
        cluster_selected: (" (includes the selected ", ")"),
        status_note: |un, as_of| {
            let kind = if un { "a UN mission" } else { "not a UN force" };
            format!("{kind}; no Pakistani troops committed{as_of}")
        },
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
    offline: OfflineText {
        heading: "Offline use",
        text: (
            "After a visit, this browser keeps a copy of every page, view and data file of ",
            "the explainer, so it opens without a connection (not when the browser asks to save data). ",
            "A new version is fetched when you are online; you are told when it is ready.",
        ),
        keep: " Keep this site for offline use",
        script: [
            "A new version of this explainer is ready. ",
            "Reload",
            "Kept: this site opens in this browser without a connection.",
            "Not kept: this browser keeps no copy of the site.",
            "Not kept while your browser asks to save data.",
            "Removed: this browser keeps no copy of the site.",
            "Could not remove the copy; clear this site's data in the browser's settings.",
            "Keeping a copy…",
            "This browser could not keep a copy.",
        ],
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
