//! The interface in English (the site's default language).

use super::{EmbedFooterText, FooterText, Head, Heads, NotFoundText, PageText, Pages, Strings};
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
        event_card: "Event",
        mission_card: "Mission",
    },
    heads: Heads {
        timeline: Head {
            title: "Timeline 1947–2025",
            lede: "Wars, alliances, peacekeeping and diplomacy, from independence to Resolution 2803.",
        },
        map: Head {
            title: "Map of deployments",
            lede: "Where Pakistani peacekeepers have served since 1960, year by year: every deployment this site documents, with its size, losses and sources.",
        },
        alignment: Head {
            title: "The bridge state",
            lede: "How Pakistan has balanced the United States and the West, China, and the Gulf and the Islamic world since 1947, and what the Gaza decision tests. Every point is drawn from coded evidence; change the weights and the path is recomputed.",
        },
        sources: Head {
            title: "Sources, data and glossary",
            lede: "Every event, mission, figure, quote and coding on this site cites entries in this bibliography.",
        },
        about: Head {
            title: "About this explainer",
            lede: "How it was made, how to cite it, reuse it and embed it.",
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
    dates: EN_DATES,
    full_stop: ".",
};
