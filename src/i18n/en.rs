//! The interface in English (the site's default language).

use super::{
    ChartText, EmbedFooterText, FooterText, Head, Heads, NotFoundText, PageText, Pages, ShareText,
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
    },
    share: ShareText {
        summary: "Share & data",
        copy_link: "Copy link",
        link_copied: "Link to this view copied.",
        embed: "Embed",
        cite: "Cite this",
        cite_note: "Cite the page with the date you used it. A link copied above keeps the current view.",
        download: "Download the data",
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
    dates: EN_DATES,
    full_stop: ".",
};
