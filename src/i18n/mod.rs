//! The site's languages and its interface strings, in one place.
//!
//! - [`Lang`]: English (the site's root) and Urdu (every page again under
//!   `/ur/`, right to left). The route table (`crate::routes`) has one row per
//!   page; each language gets its own copy of every route ([`Lang::path`]).
//! - [`Strings`]: every interface string, one typed struct per language
//!   (`en.rs`, `ur.rs`): a string missing in one language is a compile error.
//!   Dates are formatted from the data with the language's [`DateWords`]
//!   (Western digits in both languages), never written into translated text.
//! - [`lang`]: the language of the page being shown (from its address).
//!
//! Content (events, chapters, …) comes translated from `content/ur/` through
//! `crate::content::content`, which follows [`lang`].

mod en;
mod ur;

use crate::content::{DateSpec, DateWords, PartialDate};
use crate::routes::{RouteInfo, RouteKind, View};

pub use en::STRINGS as EN;
pub use ur::STRINGS as UR;

/// A language of the site.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    En,
    Ur,
}

impl Lang {
    /// Every language, the default (the site's root) first.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Ur];

    /// The BCP 47 code: `lang="ur"`, `hreflang="ur"`.
    pub const fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ur => "ur",
        }
    }

    /// The writing direction: `dir="rtl"`.
    pub const fn dir(self) -> &'static str {
        match self {
            Lang::En => "ltr",
            Lang::Ur => "rtl",
        }
    }

    pub const fn is_rtl(self) -> bool {
        matches!(self, Lang::Ur)
    }

    /// Where the language's pages live under the site's base: `` or `/ur`.
    pub const fn prefix(self) -> &'static str {
        match self {
            Lang::En => "",
            Lang::Ur => "/ur",
        }
    }

    /// The other language (the language switch links to it).
    pub const fn other(self) -> Lang {
        match self {
            Lang::En => Lang::Ur,
            Lang::Ur => Lang::En,
        }
    }

    /// The interface strings in this language. An app built for one language
    /// ([`BUILT_FOR`]) carries only that language's catalogue, and this is it
    /// whatever `self` is: of the other language it reads only the name and
    /// hint of the language switch ([`Lang::name`], [`Lang::switch_hint`]).
    pub const fn strings(self) -> &'static Strings {
        let lang = match BUILT_FOR {
            Some(l) => l,
            None => self,
        };
        match lang {
            Lang::En => &en::STRINGS,
            Lang::Ur => &ur::STRINGS,
        }
    }

    /// The language's name, in itself: "اردو", "English" (the language switch).
    pub const fn name(self) -> &'static str {
        match self {
            Lang::En => en::STRINGS.name,
            Lang::Ur => ur::STRINGS.name,
        }
    }

    /// What the language switch to this language says it does, in this language.
    pub const fn switch_hint(self) -> &'static str {
        match self {
            Lang::En => en::STRINGS.switch_hint,
            Lang::Ur => ur::STRINGS.switch_hint,
        }
    }

    /// A site path (`/timeline?year=1993`, `/`) in this language:
    /// `/ur/timeline?year=1993`, `/ur/`. The data downloads (`/data/...`) are
    /// the same files in every language.
    pub fn path(self, path: &str) -> String {
        if self == Lang::En || path.starts_with("/data/") || !path.starts_with('/') {
            return path.to_string();
        }
        let (p, rest) = match path.find(['?', '#']) {
            Some(i) => path.split_at(i),
            None => (path, ""),
        };
        if p == "/" {
            format!("{}/{rest}", self.prefix())
        } else {
            format!("{}{p}{rest}", self.prefix())
        }
    }

    /// The language of a path under the site's base, and the path in the
    /// route table: `/ur/map` -> (Ur, `/map`), `/ur` -> (Ur, `/`),
    /// `/map` -> (En, `/map`).
    pub fn split(path: &str) -> (Lang, &str) {
        for lang in Lang::ALL {
            let pre = lang.prefix();
            if pre.is_empty() {
                continue;
            }
            if let Some(rest) = path.strip_prefix(pre) {
                if rest.is_empty() {
                    return (lang, "/");
                }
                if rest.starts_with('/') {
                    return (lang, rest);
                }
            }
        }
        (Lang::En, path)
    }

    /// The route's title in this language.
    pub fn title(self, r: &RouteInfo) -> String {
        let t = self.strings();
        let page = t.page(r.view);
        match (self, r.kind) {
            // English titles are the table's (the catalogue repeats them; a test compares)
            (Lang::En, _) => r.title.to_string(),
            (_, RouteKind::Page) => page.title.to_string(),
            (_, RouteKind::Embed) => format!("{}{}", page.title, t.embed_suffix),
        }
    }

    /// The route's label in this language's menu (`None`: not in the menu).
    pub fn nav(self, r: &RouteInfo) -> Option<&'static str> {
        r.nav.map(|en| match self {
            Lang::En => en,
            _ => self.strings().page(r.view).nav,
        })
    }

    /// Formats a date of the content (`17 نومبر 2025`). In a right-to-left
    /// language its digits are isolated (LRI…PDI), so that a range such as
    /// `1960–1964` keeps its order inside the sentence it is put in.
    pub fn date(self, d: &DateSpec) -> String {
        self.bidi(d.display_in(&self.strings().dates))
    }

    /// Formats a day, month or year of the content, short month names.
    pub fn day(self, d: &PartialDate) -> String {
        self.bidi(d.display_in(&self.strings().dates))
    }

    /// Formats a day, month or year of the content, long month names.
    pub fn day_long(self, d: &PartialDate) -> String {
        self.bidi(d.display_long_in(&self.strings().dates))
    }

    /// Text the app puts into a sentence of this language: Latin runs
    /// (numbers, acronyms) isolated in a right-to-left language.
    pub fn bidi(self, s: String) -> String {
        if self.is_rtl() {
            crate::content::bidi::isolate(&s)
        } else {
            s
        }
    }

    /// A sourced number in this language (`about 1,000`, `1,000 سے زائد`),
    /// its digits isolated in a right-to-left language.
    pub fn quantity(self, q: &crate::content::Quantity) -> String {
        self.bidi((self.strings().quantity)(q))
    }

    /// A whole number with thousands separators: `235,000` (Western digits
    /// and the comma in both languages, as the content writes them).
    pub fn number(self, n: i64) -> String {
        let digits = n.unsigned_abs().to_string();
        let mut out = String::new();
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push(',');
            }
            out.push(c);
        }
        if n < 0 {
            format!("−{out}")
        } else {
            out
        }
    }
}

/// A page's name in the menu and its title.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PageText {
    pub nav: &'static str,
    pub title: &'static str,
}

/// One [`PageText`] for each view of the route table.
#[derive(Clone, Copy, Debug)]
pub struct Pages {
    pub home: PageText,
    pub timeline: PageText,
    pub map: PageText,
    pub alignment: PageText,
    pub sources: PageText,
    pub about: PageText,
    pub teach: PageText,
    pub glossary: PageText,
    pub corrections: PageText,
    /// Embed-only views (no menu entry): their titles.
    pub event_card: &'static str,
    pub mission_card: &'static str,
}

/// A view's page heading and lede.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Head {
    pub title: &'static str,
    pub lede: &'static str,
}

/// The heading and lede of each view with a [`Head`] (the story's comes from
/// its first chapter).
#[derive(Clone, Copy, Debug)]
pub struct Heads {
    pub timeline: Head,
    pub map: Head,
    pub alignment: Head,
    pub sources: Head,
    pub about: Head,
    pub teach: Head,
    pub glossary: Head,
    pub corrections: Head,
}

impl Heads {
    pub fn of(&self, view: View) -> Option<Head> {
        match view {
            View::Timeline => Some(self.timeline),
            View::Map => Some(self.map),
            View::Alignment => Some(self.alignment),
            View::Sources => Some(self.sources),
            View::About => Some(self.about),
            View::Teach => Some(self.teach),
            View::Glossary => Some(self.glossary),
            View::Corrections => Some(self.corrections),
            View::Home | View::EventCard | View::MissionCard => None,
        }
    }
}

/// Every interface string of the site in one language.
#[derive(Clone, Copy, Debug)]
pub struct Strings {
    /// The language's own name (`English`, `اردو`): the language switch's
    /// label on the other language's pages.
    pub name: &'static str,
    /// What the switch to this language does (its tooltip and accessible name).
    pub switch_hint: &'static str,
    /// The accessible name of the language switch's group.
    pub languages: &'static str,
    pub site_title: &'static str,
    /// The site's description (pages without a lede of their own).
    pub site_description: &'static str,
    pub skip_link: &'static str,
    /// The main menu's accessible name.
    pub main_menu: &'static str,
    pub theme: &'static str,
    pub theme_system: &'static str,
    pub theme_light: &'static str,
    pub theme_dark: &'static str,
    pub pages: Pages,
    pub heads: Heads,
    /// After an embed's page title: ` (embed)`.
    pub embed_suffix: &'static str,
    /// Between a page's title and the site's in the window title: ` · `.
    pub title_separator: &'static str,
    pub footer: FooterText,
    pub embed_footer: EmbedFooterText,
    pub not_found: NotFoundText,
    pub share: ShareText,
    pub timeline: TimelineText,
    /// The story's table of contents' heading.
    pub toc: &'static str,
    /// A chapter table's accessible name (set by the build in English).
    pub table_label: &'static str,
    /// A chapter's list of sources: `Sources for “` title `”`.
    pub chapter_sources: (&'static str, &'static str),
    /// The charts placed in the story (vote strip, comparison table).
    pub charts: ChartText,
    /// The story's data charts: the contribution chart and chapter 20's three.
    pub story: StoryText,
    /// The home page's key figures and its way into the views.
    pub home: HomeText,
    /// The /teach page's headings and link words.
    pub teach: TeachText,
    /// The map's words: summary, totals, key, card, table.
    pub map: MapText,
    /// The alignment explorer's panel and the Gaza options.
    pub align: AlignText,
    /// The year slider's label and its play and pause button.
    pub year_player: [&'static str; 3],
    /// Citations, the popover, the bibliography and the sources page.
    pub sources: SourcesText,
    /// The print buttons and what a printed page adds.
    pub print: PrintText,
    /// Offline use: the section on /about and what assets/page.js says.
    pub offline: OfflineText,
    /// A sourced number: `about 1,000`, `more than 5,000`, `1,000–2,000`.
    pub quantity: fn(&crate::content::Quantity) -> String,
    pub dates: DateWords,
    /// The sentence's full stop (`.`, `۔`).
    pub full_stop: &'static str,
}

#[derive(Clone, Copy, Debug)]
pub struct FooterText {
    /// `Text and data: ` [CC BY 4.0] `. Code: MIT. Map geometry: ` [Natural Earth] ` (public domain).`
    pub text_and_data: &'static str,
    pub code_and_map: &'static str,
    pub public_domain: &'static str,
    /// `Every figure on this site is sourced: see ` [sources…] `, and ` [how…] `.`
    pub sourced: &'static str,
    pub sources_link: &'static str,
    pub and: &'static str,
    pub about_link: &'static str,
}

#[derive(Clone, Copy, Debug)]
pub struct EmbedFooterText {
    /// ` · Sources for every item are in its details and on the ` [sources page] `. …`
    pub sources_before: &'static str,
    pub sources_link: &'static str,
    pub licence: &'static str,
    pub open_full: &'static str,
}

/// The timeline's controls, strip, list and detail.
#[derive(Clone, Copy, Debug)]
pub struct TimelineText {
    pub kinds: &'static str,
    pub show_all: &'static str,
    pub clear_all: &'static str,
    pub search: &'static str,
    pub step_group: &'static str,
    pub previous_event: &'static str,
    pub next_event: &'static str,
    pub previous: &'static str,
    pub next: &'static str,
    pub strip_heading: &'static str,
    pub marks_label: &'static str,
    pub after_heading: &'static str,
    pub after_lede: &'static str,
    pub after_none: &'static str,
    pub none_match: &'static str,
    pub close_label: &'static str,
    pub close: &'static str,
    pub related_events: &'static str,
    /// The kinds of event: war, alliance, peacekeeping, diplomacy, Gaza 2025, domestic.
    pub categories: [&'static str; 6],
    /// The printed state: (shown, of all), the kinds, the search, `; open: `.
    pub state: fn(usize, usize) -> String,
    pub state_kinds: &'static str,
    pub state_matching: (&'static str, &'static str),
    /// The search field's hint.
    pub search_hint: &'static str,
    /// The status line: (shown, of all) events.
    pub shown: fn(usize, usize) -> String,
    /// The filter's toggle: (kinds shown, of all).
    pub filter: fn(usize, usize) -> String,
    /// A step's announcement: (position, of, date, title).
    pub step_note: fn(usize, usize, &str, &str) -> String,
    /// Zoom and pan: the group, zoom out, zoom in, earlier, later, whole span, `Era `.
    pub zoom: [&'static str; 7],
    /// `Showing 1947–2025`.
    pub showing: fn(i32, i32) -> String,
    /// `All years (1947–2025)`.
    pub all_years: fn(i32, i32) -> String,
    /// `Zoomed: 1960–1970`.
    pub zoomed: fn(i32, i32) -> String,
    /// The marks' key: its name and the long bar's meaning.
    pub legend: (&'static str, &'static str),
    pub related_missions: &'static str,
    /// The key events' short names on the strip, in `annotate::KEY_EVENTS`' order.
    pub key_events: [&'static str; 7],
    /// The era rows' caption: `8 eras, 1947–2025, shaded`.
    pub eras_shaded: fn(usize) -> String,
    /// After a kind's count: ` events`.
    pub events_word: &'static str,
    /// The list's heading: `Events, 1947–2025`.
    pub list_head: fn(i32, i32) -> String,
}

impl TimelineText {
    /// A kind of event in the page's language.
    pub fn category(&self, c: crate::content::Category) -> &'static str {
        use crate::content::Category::*;
        self.categories[match c {
            War => 0,
            Alliance => 1,
            Peacekeeping => 2,
            Diplomacy => 3,
            Gaza2025 => 4,
            Domestic => 5,
        }]
    }
}

/// The "Share & data" control under each view.
#[derive(Clone, Copy, Debug)]
pub struct ShareText {
    pub summary: &'static str,
    pub copy_link: &'static str,
    pub link_copied: &'static str,
    pub embed: &'static str,
    pub cite: &'static str,
    pub cite_note: &'static str,
    pub download: &'static str,
    /// The data files: events, deployments, figures, alignment, sources.
    pub files: [&'static str; 5],
    pub timelinejs: &'static str,
    pub downloads_note: &'static str,
    pub about_files: &'static str,
    /// The embed dialog's words.
    pub dialog: EmbedWords,
}

/// The embed dialog (under "Share & data").
#[derive(Clone, Copy, Debug)]
pub struct EmbedWords {
    /// `Embed “` title `”`.
    pub heading: (&'static str, &'static str),
    pub intro: &'static str,
    /// The legend and the three themes (system, light, dark).
    pub theme: [&'static str; 4],
    /// The legend and the three options (current view, footer, height follows).
    pub options: [&'static str; 4],
    pub height: &'static str,
    pub code: &'static str,
    pub copy: &'static str,
    pub close: &'static str,
    pub copied: &'static str,
    pub preview: &'static str,
    /// The preview frame's title: `Preview: ` title.
    pub preview_title: &'static str,
    /// The pasted frame's title: title, then this, then the site's title.
    pub from: &'static str,
}

#[derive(Clone, Copy, Debug)]
pub struct NotFoundText {
    pub title: &'static str,
    pub lede: &'static str,
    pub these_exist: &'static str,
}

impl Strings {
    /// The texts of a view's page (every [`View`] has them: the match is the
    /// compile-time check).
    pub fn page(&self, view: View) -> PageText {
        let p = &self.pages;
        match view {
            View::Home => p.home,
            View::Timeline => p.timeline,
            View::Map => p.map,
            View::Alignment => p.alignment,
            View::Sources => p.sources,
            View::About => p.about,
            View::Teach => p.teach,
            View::Glossary => p.glossary,
            View::Corrections => p.corrections,
            View::EventCard => PageText {
                nav: p.event_card,
                title: p.event_card,
            },
            View::MissionCard => PageText {
                nav: p.mission_card,
                title: p.mission_card,
            },
        }
    }
}

/// The language of the page being shown. A view's published app is built
/// for one language (the `lang-en` / `lang-ur` features, `scripts/lib/apps.mjs`):
/// its language is a constant, so that the other language's catalogue is left
/// out of its wasm; [`crate::app::start`] checks that the page is in it.
/// Otherwise (the text app, `trunk serve`, the tests): from the page's
/// address ([`page_lang`]).
pub fn lang() -> Lang {
    match BUILT_FOR {
        Some(l) => l,
        None => page_lang(),
    }
}

/// The one language this app was built for (`None`: both).
pub const BUILT_FOR: Option<Lang> = if cfg!(feature = "lang-en") {
    Some(Lang::En)
} else if cfg!(feature = "lang-ur") {
    Some(Lang::Ur)
} else {
    None
};

/// The language of the page's address (`/ur/...`).
pub fn page_lang() -> Lang {
    #[cfg(not(target_arch = "wasm32"))]
    if let Some(l) = OVERRIDE.with(std::cell::Cell::get) {
        return l;
    }
    let path = crate::browser::pathname();
    let base = crate::url::base();
    Lang::split(path.strip_prefix(base.as_str()).unwrap_or(&path)).0
}

/// The route of the page being shown (`None`: the not-found page).
pub fn current_route() -> Option<&'static RouteInfo> {
    let path = crate::browser::pathname();
    let base = crate::url::base();
    let inner = path.strip_prefix(base.as_str()).unwrap_or(&path);
    crate::routes::find_localized(if inner.is_empty() { "/" } else { inner }).map(|(_, r)| r)
}

/// The interface strings of the page being shown.
pub fn t() -> &'static Strings {
    lang().strings()
}

#[cfg(not(target_arch = "wasm32"))]
thread_local! {
    static OVERRIDE: std::cell::Cell<Option<Lang>> = const { std::cell::Cell::new(None) };
}

/// Native builds (tests): runs `f` as if on a page in `lang`.
#[cfg(not(target_arch = "wasm32"))]
pub fn in_lang<R>(lang: Lang, f: impl FnOnce() -> R) -> R {
    let before = OVERRIDE.with(|o| o.replace(Some(lang)));
    let out = f();
    OVERRIDE.with(|o| o.set(before));
    out
}

/// What a vote strip says about a vote, for its title.
#[derive(Clone, Debug)]
pub struct VoteSummary {
    /// In favour, against, abstained.
    pub tally: (usize, usize, usize),
    /// How Pakistan voted, when it held a seat.
    pub pakistan: Option<crate::content::Choice>,
    /// The (short) names of the members against, then of those abstaining.
    pub others: Vec<(Vec<String>, crate::content::Choice)>,
}

/// The words of the story's charts.
#[derive(Clone, Copy, Debug)]
pub struct ChartText {
    /// Pakistan's name as the vote's ballots give it (its seat is marked).
    pub pakistan: &'static str,
    /// A choice in a sentence: `in favour`, `abstained`.
    pub choice: fn(crate::content::Choice) -> &'static str,
    /// The vote's title: `Adopted 13–0–2: Pakistan voted in favour; China and Russia abstained`.
    pub vote_title: fn(&VoteSummary) -> String,
    /// The seats' description, from the date and the result.
    pub vote_desc: fn(&str, &str) -> String,
    pub permanent: &'static str,
    pub elected: &'static str,
    /// The key: in favour, abstained, against.
    pub key: [&'static str; 3],
    /// The comparison's first column heading.
    pub aspect: &'static str,
    /// The comparison's description from (right, left, aspects, differing).
    pub compare_desc: fn(&str, &str, usize, usize) -> String,
    /// `Sources (4)`.
    pub sources_n: fn(usize) -> String,
}

/// The home page's words: the key figures ("At a glance") and the cards
/// leading to the views. The figures and dates come from the content.
#[derive(Clone, Copy, Debug)]
pub struct HomeText {
    pub glance: &'static str,
    /// The note under the figures: (each figure…, the latest source is dated, the link).
    pub foot: (&'static str, &'static str, &'static str),
    /// Before a number: about, more than, up to.
    pub qualifiers: [&'static str; 3],
    /// The rank beside the deployment.
    pub largest: &'static str,
    /// The vote's label: (the vote's title, Pakistan's vote in words if it voted).
    pub vote_label: fn(&str, Option<&str>) -> String,
    /// The Gaza force's value when no figure: none, deployed, ended.
    pub isf_values: [&'static str; 3],
    /// The Gaza force's label: (prospective, ongoing, ended) with the force's name.
    pub isf_label: fn(crate::content::Status, &str) -> String,
    /// The cards' group name.
    pub explore: &'static str,
    /// The cards: timeline, map, alignment explorer (title, what it shows).
    pub cards: [(&'static str, &'static str); 3],
    /// `Teaching? ` and the link to /teach.
    pub teaching: (&'static str, &'static str),
}

/// The words of the story's data charts (the contribution chart, chapter
/// 20's mission spans, official totals and death share). Numbers and dates
/// come in already formatted ([`Lang::quantity`], [`Lang::date`]).
#[derive(Clone, Copy, Debug)]
pub struct StoryText {
    /// Who gave a figure, in [`crate::content::Teller::ALL`]'s order.
    pub tellers: [&'static str; 9],
    /// `6th` (a rank).
    pub ordinal: fn(u64) -> String,
    /// A chart's accessible name: (title, description).
    pub chart_label: fn(&str, &str) -> String,
    /// The contribution chart's title: (first rank, last rank, peak, its date, latest, its date).
    pub contrib_title: fn(&str, &str, &str, &str, &str, &str) -> String,
    /// Its title when no rank is known.
    pub contrib_plain: &'static str,
    /// Its description: (figures, first date, last date).
    pub contrib_desc: fn(usize, &str, &str) -> String,
    pub contrib_key: [&'static str; 4],
    /// The table's summary and accessible name.
    pub contrib_table: (&'static str, &'static str),
    pub contrib_cols: [&'static str; 5],
    /// The peak's label in the drawing: (value, date).
    pub peak: fn(&str, &str) -> String,
    /// The gap in the record: the long and the short label.
    pub no_figure: (&'static str, &'static str),
    /// The mission spans: (missions, first year, begun after 1990, ongoing).
    pub missions_title: fn(usize, i32, usize, usize) -> String,
    pub missions_desc: fn(usize) -> String,
    pub missions_key: [&'static str; 3],
    pub missions_table: (&'static str, &'static str),
    pub missions_cols: [&'static str; 5],
    /// The official totals: the two panels' headings.
    pub totals_headings: [&'static str; 2],
    /// (first served, its date, last served, its date), (first killed, last killed), pairs.
    #[allow(clippy::type_complexity)]
    pub totals_title: fn((&str, &str, &str, &str), (&str, &str), usize) -> String,
    /// Two statements that differ: (a, by, date, b, by, date).
    pub totals_pair: fn(&str, &str, &str, &str, &str, &str) -> String,
    pub totals_desc: fn(&[String]) -> String,
    /// The key's last entry (the others are [`Self::tellers`]).
    pub disagree: &'static str,
    pub totals_table: (&'static str, &'static str),
    pub totals_cols: [&'static str; 5],
    /// The death share: a claim's label (by, date).
    pub share_claimed: fn(&str, &str) -> String,
    /// The check's label: (deaths, UN count, date).
    pub share_checked: fn(&str, &str, &str) -> String,
    pub share_title: fn(&[String]) -> String,
    /// One check in the title: (deaths, UN count, share).
    pub share_check: fn(&str, &str, &str) -> String,
    pub share_desc: &'static str,
    pub share_key: [&'static str; 2],
    pub share_table: (&'static str, &'static str),
    pub share_cols: [&'static str; 6],
    /// A share that is an upper bound: `4.1% or less`.
    pub or_less: fn(&str) -> String,
}

impl StoryText {
    pub fn teller(&self, t: crate::content::Teller) -> &'static str {
        let i = crate::content::Teller::ALL
            .iter()
            .position(|x| *x == t)
            .unwrap_or(0);
        self.tellers[i]
    }
}

/// The map's words (`/map`, `/embed/mission`). Numbers and dates come in
/// already formatted ([`Lang::quantity`], [`Lang::date`]).
#[derive(Clone, Copy, Debug)]
pub struct MapText {
    /// The summary under the map: (year, deployments, their names).
    pub summary_year: fn(i32, usize, &str) -> String,
    /// The summary for every year: (first, last, deployments).
    pub summary_all: fn(i32, i32, usize) -> String,
    /// The text alternative: (year, names).
    pub desc_year: fn(i32, &str) -> String,
    pub desc_all: fn(&str) -> String,
    pub text_description: &'static str,
    /// `3 deployments`.
    pub deployments_n: fn(usize) -> String,
    /// After [`Self::deployments_n`] when no total is sourced for the year.
    pub no_total: fn(i32) -> String,
    /// Under the year's total: (year, the figures' dates, deployments on the map).
    pub deployed_in: fn(i32, &str, usize) -> String,
    /// Appended when the year's figures differ.
    pub differ: &'static str,
    /// Between two dates: ` and `.
    pub and: &'static str,
    /// Every year: (missions served, by date, UN deployments, other deployments).
    pub served: fn(&str, &str, usize, usize) -> String,
    pub largest: &'static str,
    pub largest_in: fn(i32) -> String,
    pub every_in_table: &'static str,
    pub each_size: &'static str,
    /// The year controls: the group's legend, every deployment, one year.
    pub show: [&'static str; 3],
    /// The country outlines' credit: before the link, after it.
    pub credit: (&'static str, &'static str),
    pub svg_title: &'static str,
    pub markers_label: &'static str,
    /// A prospective force's note on the map: (a UN mission?, ` (Jun 2026)` or ``).
    pub status_note: fn(bool, &str) -> String,
    /// Markers too close together: (how many, their names, ` (includes the selected X)` or ``).
    pub cluster: fn(usize, &str, &str) -> String,
    /// ` (includes the selected ` acronym `)`.
    pub cluster_selected: (&'static str, &'static str),
    /// A marker's size in its name: `, 1,000 personnel`.
    pub personnel: fn(&str) -> String,
    /// The printed state: (year or none, first, last).
    pub state_year: fn(i32) -> String,
    pub state_all: fn(i32, i32) -> String,
    /// `; open: ` before the open mission's name.
    pub state_open: &'static str,
    // the card
    pub details_label: &'static str,
    pub choose: &'static str,
    /// (year, the Pakistani years).
    pub not_active: fn(i32, &str) -> String,
    /// A figure at a date: (number, date).
    pub as_of: fn(&str, &str) -> String,
    /// (years, as-of date).
    pub ongoing_as_of: fn(&str, &str) -> String,
    pub close_label: &'static str,
    pub close: &'static str,
    pub host: &'static str,
    pub years: &'static str,
    pub role: &'static str,
    pub marker: &'static str,
    pub mission_area: &'static str,
    pub confidence: &'static str,
    pub contingent: &'static str,
    pub no_contingent: &'static str,
    pub deaths: &'static str,
    pub no_deaths: &'static str,
    pub notable: &'static str,
    pub on_timeline: &'static str,
    pub show_on_map: &'static str,
    pub see_full_map: &'static str,
    /// Between roles: `, `.
    pub list_sep: &'static str,
    /// Marker styles: ended, ongoing, hosted, prospective, bilateral.
    pub styles: [&'static str; 5],
    /// Roles in the order of [`crate::content::Role`].
    pub roles: [&'static str; 10],
    /// Confirmed, partly confirmed, uncertain.
    pub confidences: [&'static str; 3],
    // the table
    pub all_deployments: &'static str,
    pub table_lede: &'static str,
    pub table_label: &'static str,
    pub caption: fn(usize) -> String,
    pub kind: &'static str,
    /// Column heads: mission, host, years, contingent, deaths.
    pub columns: [&'static str; 5],
    pub active_in: fn(i32) -> String,
    pub not_in: fn(i32) -> String,
    pub not_known: &'static str,
    // the tools and key
    pub zoom_group: &'static str,
    /// Zoom in, zoom out, pan west, north, south, east, reset.
    pub zoom: [&'static str; 7],
    pub key: &'static str,
    pub dashed: &'static str,
    pub area_grows: &'static str,
    pub hatched: fn(i32) -> String,
    pub shaded: &'static str,
}

impl MapText {
    pub fn role(&self, r: crate::content::Role) -> &'static str {
        use crate::content::Role::*;
        let i = match r {
            Infantry => 0,
            Engineers => 1,
            Medical => 2,
            Police => 3,
            Observers => 4,
            Logistics => 5,
            Aviation => 6,
            Signals => 7,
            Staff => 8,
            Armour => 9,
        };
        self.roles[i]
    }

    pub fn confidence_label(&self, c: crate::content::Confidence) -> &'static str {
        use crate::content::Confidence::*;
        self.confidences[match c {
            Confirmed => 0,
            Partial => 1,
            Uncertain => 2,
        }]
    }
}

/// The alignment explorer's words: the year panel, weights, coded values and
/// evidence, the Gaza options.
#[derive(Clone, Copy, Debug)]
pub struct AlignText {
    /// The panel's heading: `In 1993`.
    pub in_year: fn(i32) -> String,
    /// A narrative carried from an earlier year: (year, text).
    pub since: fn(i32, &str) -> String,
    pub weights: &'static str,
    pub reset: &'static str,
    /// A weight the reader typed that cannot be used: (0 not a number,
    /// 1 negative, 2 above the most, 3 all zero; the dimension; the most).
    pub weight_error: fn(u8, &str, f64) -> String,
    /// The triangle's centre label.
    pub centre_label: &'static str,
    /// The triangle's description: (first year's position, last's, selected's).
    pub ternary_desc: fn(&str, &str, &str) -> String,
    pub coded_h: fn(i32) -> String,
    pub coded_label: &'static str,
    pub coded_caption: fn(i32) -> String,
    /// ` (since 1990)` after a value coded earlier.
    pub coded_since: fn(i32) -> String,
    /// Column heads: pole, weighted.
    pub heads: [&'static str; 2],
    /// After a pressure's label: ` (pressure)`.
    pub pressure: &'static str,
    pub evidence_h: fn(i32) -> String,
    /// (year, last coded year).
    pub carry_forward: fn(i32, i32) -> String,
    pub none_coded: fn(i32) -> String,
    // the Gaza options
    pub options_h: &'static str,
    pub options_lede: &'static str,
    pub options_legend: &'static str,
    pub choose: &'static str,
    /// Headings of an option: effects, the three tests, voices.
    pub option_heads: [&'static str; 3],
    /// Argument labels: at home, test 1, test 2, test 3.
    pub about: [&'static str; 4],
    /// The printed state: (year, weights in words, option).
    pub state: fn(i32, &str, Option<&str>) -> String,
    /// The position in words when no tie is coded.
    pub no_ties: &'static str,
    /// (year, every partner with its share) when the shares are about even.
    pub balanced: fn(i32, &str) -> String,
    /// (year, the closest partner with its share, the others).
    pub closest: fn(i32, &str, Option<&str>) -> String,
    /// The last joint of a list: ` and `.
    pub and: &'static str,
    /// The ternary chart's heading and its title: (first, last).
    pub ternary_h: &'static str,
    pub ternary_title: fn(i32, i32) -> String,
    /// The small multiples' heading: (first, last).
    pub chart_h: fn(i32, i32) -> String,
    pub method_note: &'static str,
    pub how_coded: &'static str,
    pub codebook: &'static str,
    /// A small multiple's name: (pole, pressure, (value, year) first, last
    /// and now, the largest changes).
    pub multiple: fn(&str, bool, [ValueIn<'_>; 3], &str) -> String,
    /// One change: (year, up, by how much).
    pub turn: fn(i32, bool, &str) -> String,
}

/// A value (formatted) and its year.
pub type ValueIn<'a> = (&'a str, i32);

/// Citations, their popover, the bibliography and the /sources page.
#[derive(Clone, Copy, Debug)]
pub struct SourcesText {
    /// Before a list of sources: `Sources`.
    pub label: &'static str,
    /// A source without a web address.
    pub no_link: &'static str,
    /// After an entry: `Checked ` date.
    pub checked: fn(&str) -> String,
    /// Source kinds: primary, news, reference, opinion, data.
    pub kinds: [&'static str; 5],
    /// Flags: approximate, sources differ.
    pub flags: [&'static str; 2],
    /// Between a flag's label and its note: `: `.
    pub colon: &'static str,
    // the popover
    pub in_bibliography: &'static str,
    pub close: &'static str,
    pub pop_label: &'static str,
    // the sources page
    pub on_this_page: &'static str,
    /// Figures, glossary, bibliography, download the data.
    pub jump: [&'static str; 4],
    pub figures_h: &'static str,
    pub figures_lede: &'static str,
    /// `label (scrollable table)`.
    pub scrollable: fn(&str) -> String,
    /// A series' caption: (label, unit).
    pub series_caption: fn(&str, &str) -> String,
    /// As of, figure, notes and sources.
    pub series_heads: [&'static str; 3],
    pub bibliography_h: fn(usize) -> String,
    /// The bibliography's note, around the `no link` tag.
    pub bibliography_lede: (&'static str, &'static str),
    pub by_kind: &'static str,
    /// The bibliography's groups: primary, data, reference, news, opinion.
    pub groups: [&'static str; 5],
    pub data_lede: &'static str,
}

impl SourcesText {
    pub fn kind(&self, k: crate::content::SourceKind) -> &'static str {
        use crate::content::SourceKind::*;
        self.kinds[match k {
            Primary => 0,
            News => 1,
            Reference => 2,
            Opinion => 3,
            Data => 4,
        }]
    }

    pub fn flag(&self, k: crate::content::FlagKind) -> &'static str {
        use crate::content::FlagKind::*;
        self.flags[match k {
            Approximate => 0,
            Disputed => 1,
        }]
    }
}

/// The print buttons, and the words assets/page.js puts on a printed page
/// (it reads them from the footer's data attributes).
#[derive(Clone, Copy, Debug)]
pub struct PrintText {
    pub handout: &'static str,
    pub summary: &'static str,
    /// `Printed from ` address ` on ` day `.`
    pub stamp: (&'static str, &'static str, &'static str),
    /// The printed list of numbered references.
    pub references: &'static str,
}

/// Offline use: /about's section, and the words assets/page.js shows (the
/// update notice, the status line), handed to it in the footer's
/// `data-offline` ([`OfflineText::words`]).
#[derive(Clone, Copy, Debug)]
pub struct OfflineText {
    pub heading: &'static str,
    pub text: (&'static str, &'static str, &'static str),
    pub keep: &'static str,
    /// notice, reload, kept, not kept, save data, removed, remove failed, keeping, failed.
    pub script: [&'static str; 9],
}

impl OfflineText {
    /// The script's words, `|`-separated, in [`Self::script`]'s order.
    pub fn words(&self) -> String {
        self.script.join("|")
    }
}

/// The words of /teach.
#[derive(Clone, Copy, Debug)]
pub struct TeachText {
    pub lessons: &'static str,
    /// The note under the contents, its link, and after the link.
    pub note: (&'static str, &'static str, &'static str),
    pub see: &'static str,
    pub based_on: &'static str,
    pub print: &'static str,
    pub plan: &'static str,
    pub questions: &'static str,
    pub activity: &'static str,
    pub terms: &'static str,
    /// After a step's minutes: ` min`.
    pub minutes: &'static str,
    /// Before a reference's name: `Chapter: `, `Event: `, `Deployment: `,
    /// `Figures: `, `Glossary: `, `Source: `.
    pub kinds: [&'static str; 6],
    /// The links to the views: timeline, map, alignment explorer.
    pub open_view: [&'static str; 3],
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::routes::ROUTES;

    #[test]
    fn paths_in_each_language() {
        assert_eq!(Lang::Ur.path("/"), "/ur/");
        assert_eq!(Lang::Ur.path("/map?year=1993"), "/ur/map?year=1993");
        assert_eq!(Lang::Ur.path("/sources#src-x"), "/ur/sources#src-x");
        assert_eq!(Lang::Ur.path("/data/events.csv"), "/data/events.csv");
        assert_eq!(Lang::En.path("/map?year=1993"), "/map?year=1993");
        assert_eq!(Lang::split("/ur/map"), (Lang::Ur, "/map"));
        assert_eq!(Lang::split("/ur/"), (Lang::Ur, "/"));
        assert_eq!(Lang::split("/ur"), (Lang::Ur, "/"));
        assert_eq!(Lang::split("/ur/embed/map"), (Lang::Ur, "/embed/map"));
        assert_eq!(Lang::split("/urdu"), (Lang::En, "/urdu"));
        assert_eq!(Lang::split("/map"), (Lang::En, "/map"));
        for l in Lang::ALL {
            assert_eq!(Lang::split(&l.path("/timeline")), (l, "/timeline"));
            assert_eq!(l.other().other(), l);
        }
    }

    #[test]
    fn the_english_catalogue_repeats_the_tables_titles_and_menu() {
        for r in ROUTES {
            let p = Lang::En.strings().page(r.view);
            match r.kind {
                RouteKind::Page => {
                    assert_eq!(p.title, r.title, "{}", r.path);
                    // a page not in the menu still has a label (the catalogue's)
                    assert!(r.nav.is_none_or(|n| n == p.nav), "{}", r.path);
                }
                // the table's embed titles may be shorter than the page's
                RouteKind::Embed => assert!(
                    r.title.ends_with(Lang::En.strings().embed_suffix),
                    "{}",
                    r.path
                ),
            }
        }
    }

    #[test]
    fn every_language_names_every_route() {
        for l in Lang::ALL {
            let mut titles: Vec<String> = ROUTES.iter().map(|r| l.title(r)).collect();
            assert!(titles.iter().all(|t| !t.trim().is_empty()), "{l:?}");
            titles.sort();
            titles.dedup();
            assert_eq!(
                titles.len(),
                ROUTES.len(),
                "{l:?}: two routes share a title"
            );
        }
        assert_eq!(Lang::Ur.nav(&ROUTES[0]), Some("کہانی"));
        assert_eq!(Lang::Ur.strings().name, "اردو");
        assert_eq!(Lang::En.strings().name, "English");
        // the language switch reads them without the whole catalogue
        for l in Lang::ALL {
            assert_eq!(l.name(), l.strings().name);
            assert_eq!(l.switch_hint(), l.strings().switch_hint);
        }
        // a view's app built for one language has only its catalogue; the
        // tests and the text app have both
        assert_eq!(BUILT_FOR, None);
    }

    #[test]
    fn dates_and_numbers_from_the_data() {
        let d = DateSpec::parse("2025-11-17").unwrap();
        assert_eq!(Lang::En.date(&d), "17 Nov 2025");
        let plain = |s: String| s.replace(['\u{2066}', '\u{2069}'], "");
        assert_eq!(plain(Lang::Ur.date(&d)), "17 نومبر 2025");
        let r = DateSpec::parse("1960/1964").unwrap();
        assert_eq!(Lang::Ur.date(&r), "\u{2066}1960–1964\u{2069}");
        assert_eq!(Lang::En.date(&r), "1960–1964");
        assert_eq!(Lang::En.number(235000), "235,000");
        assert_eq!(Lang::Ur.number(1200), "1,200");
        assert_eq!(Lang::Ur.number(999), "999");
        // Urdu strings use Western digits only
        for l in Lang::ALL {
            let s = format!("{:?}", l.strings());
            assert!(!s.chars().any(|c| ('\u{06F0}'..='\u{06F9}').contains(&c)
                || ('\u{0660}'..='\u{0669}').contains(&c)));
        }
    }
    /// The vote strip's title in each language, from the translated vote:
    /// Pakistan's seat is found by its name in the page's language, the
    /// tally and names come from the data, and Urdu keeps Western digits.
    #[test]
    fn vote_titles_from_the_data_in_both_languages() {
        use crate::content::{content_in, Choice};
        for lang in Lang::ALL {
            let w = &lang.strings().charts;
            let v = content_in(lang).vote("res-2803").expect("the vote");
            let pk = v.ballots.iter().find(|b| b.member == w.pakistan);
            assert_eq!(
                pk.map(|b| b.vote),
                Some(Choice::InFavour),
                "{lang:?}: Pakistan's seat by its name"
            );
            let summary = VoteSummary {
                tally: (13, 0, 2),
                pakistan: Some(Choice::InFavour),
                others: vec![(vec!["A".into(), "B".into()], Choice::Abstained)],
            };
            let t = (w.vote_title)(&summary);
            assert!(t.contains("13–0–2"), "{t}");
            assert!(!t
                .chars()
                .any(|c| ('\u{660}'..='\u{669}').contains(&c)
                    || ('\u{6f0}'..='\u{6f9}').contains(&c)));
        }
        let en = (EN.charts.vote_title)(&VoteSummary {
            tally: (13, 0, 2),
            pakistan: Some(Choice::InFavour),
            others: vec![(vec!["China".into(), "Russia".into()], Choice::Abstained)],
        });
        assert_eq!(
            en,
            "Adopted 13–0–2: Pakistan voted in favour; China and Russia abstained"
        );
        let ur = (UR.charts.vote_title)(&VoteSummary {
            tally: (13, 0, 2),
            pakistan: Some(Choice::InFavour),
            others: vec![(vec!["چین".into(), "روس".into()], Choice::Abstained)],
        });
        assert_eq!(
            ur,
            "\u{2066}13–0–2\u{2069} سے منظور؛ پاکستان نے حق میں ووٹ دیا؛ چین اور روس نے ووٹنگ میں حصہ نہیں لیا"
        );
    }

    /// /ur/teach: lessons and their link words in Urdu, the references the
    /// English ones.
    #[test]
    fn teach_in_urdu() {
        use crate::content::content_in;
        let (en, ur) = (content_in(Lang::En), content_in(Lang::Ur));
        assert_eq!(en.lessons.len(), ur.lessons.len());
        for (e, u) in en.lessons.iter().zip(&ur.lessons) {
            assert_eq!(e.id, u.id);
            assert_ne!(e.title, u.title, "{} translated", e.id);
            assert_eq!(e.activity.see, u.activity.see);
            let m =
                |l: &crate::content::Lesson| l.timing.iter().map(|s| s.minutes).collect::<Vec<_>>();
            assert_eq!(m(e), m(u));
        }
        let (at, words) = in_lang(Lang::Ur, || {
            crate::views::teach::target(ur, "view:/map?year=1993")
        })
        .expect("a view link");
        assert_eq!(
            (at.as_str(), words.as_str()),
            ("/map?year=1993", "نقشہ کھولیے")
        );
        let (_, words) = in_lang(Lang::Ur, || {
            crate::views::teach::target(ur, "event:war-1965")
        })
        .unwrap();
        assert!(words.starts_with("واقعہ: "), "{words}");
        let c = &ur.comparisons[0];
        assert_eq!(c.rows.len(), en.comparisons[0].rows.len());
        assert_ne!(c.title, en.comparisons[0].title);
    }

    /// The map's words on /ur/map: Urdu sentences around the data's numbers
    /// and dates (Western digits, isolated), the key's and table's words from
    /// the catalogue; English unchanged.
    #[test]
    fn map_words_in_urdu() {
        use crate::content::{Quantity, Role};
        use crate::views::map::logic::{MarkerStyle, SortKey};
        let plain = |s: String| s.replace(['\u{2066}', '\u{2069}'], "");
        let q = |value, high, qualifier| Quantity {
            value,
            high,
            qualifier,
        };
        use crate::content::Qualifier::*;
        assert_eq!(
            plain(Lang::Ur.quantity(&q(5000, None, MoreThan))),
            "5,000 سے زائد"
        );
        assert_eq!(
            plain(Lang::Ur.quantity(&q(1000, None, About))),
            "تقریباً 1,000"
        );
        assert_eq!(
            Lang::Ur.quantity(&q(1000, Some(2000), Exact)),
            "\u{2066}1,000–2,000\u{2069}"
        );
        assert_eq!(
            Lang::En.quantity(&q(5000, None, MoreThan)),
            "more than 5,000"
        );
        assert_eq!(
            in_lang(Lang::En, || MarkerStyle::Hosted.label()),
            "UN mission hosted by Pakistan"
        );
        assert_eq!(
            in_lang(Lang::Ur, || MarkerStyle::Hosted.label()),
            "پاکستان کی میزبانی میں اقوام متحدہ کا مشن"
        );
        assert_eq!(
            in_lang(Lang::En, || SortKey::Years.label()),
            "Pakistani years"
        );
        assert_eq!(
            in_lang(Lang::Ur, || SortKey::Years.label()),
            "پاکستانی شرکت کے برس"
        );
        let m = &UR.map;
        assert_eq!(m.role(Role::Observers), "فوجی مبصرین");
        assert_eq!(EN.map.role(Role::Staff), Role::Staff.label());
        // English sentences as before the catalogue
        assert_eq!(
            (EN.map.summary_year)(1993, 1, "X"),
            "In 1993: 1 deployment on the map: X."
        );
        assert_eq!(
            (EN.map.summary_all)(1960, 2026, 31),
            "All years, 1960–2026: 31 deployments on the map."
        );
        // Urdu sentences: no English word, the numbers given
        let latin = |s: &str| s.chars().any(|c| c.is_ascii_alphabetic());
        let sentences = [
            (m.summary_year)(1993, 3, "ابھی"),
            (m.summary_all)(1960, 2026, 31),
            (m.desc_year)(1993, "ابھی"),
            (m.deployed_in)(1993, "مئی 1993", 3),
            (m.served)("48", "مئی 2025", 29, 2),
            (m.no_total)(1970),
            (m.largest_in)(1993),
            (m.caption)(31),
            (m.hatched)(1993),
            (m.not_active)(1993, "2001"),
            (m.state_year)(1993),
        ];
        for s in &sentences {
            assert!(!latin(s), "{s}");
        }
        assert!(sentences[0].contains("1993") && sentences[0].contains("3 تعیناتیاں"));
        assert!(plain(sentences[1].clone()).contains("1960–2026"));
        let words = [
            m.text_description,
            m.largest,
            m.every_in_table,
            m.details_label,
            m.choose,
            m.host,
            m.years,
            m.contingent,
            m.no_contingent,
            m.deaths,
            m.notable,
            m.on_timeline,
            m.show_on_map,
            m.all_deployments,
            m.table_lede,
            m.kind,
            m.not_known,
            m.key,
            m.dashed,
            m.area_grows,
            m.shaded,
            m.svg_title,
            m.markers_label,
        ];
        for w in words
            .iter()
            .chain(&m.columns)
            .chain(&m.zoom)
            .chain(&m.roles)
            .chain(&m.confidences)
        {
            assert!(!latin(w), "{w}");
        }
        for w in m.styles {
            assert!(!latin(&w.replace("ISF", "")), "{w}");
        }
    }

    /// /ur/sources and /ur/map drawn natively: their interface words in Urdu
    /// (none of the English ones left), English source titles marked
    /// `lang="en"`; the English pages as before.
    #[test]
    fn urdu_sources_and_map_pages_drawn() {
        use crate::routes::View;
        use crate::testing::html_at;
        use crate::views::render;
        let page = |path: &str, query: &str, v: View| html_at(path, query, || render(v));
        let ur = page("/ur/sources", "", View::Sources);
        for w in [
            "وقت کے ساتھ مجموعی اعداد و شمار",
            "فہرستِ مآخذ (",
            "بنیادی مآخذ (",
            "خبری رپورٹیں (",
            "کو دیکھا گیا",
            "<span lang=\"en\" class=\"source-title\">",
        ] {
            assert!(ur.contains(w), "/ur/sources has {w}");
        }
        for w in [
            "Aggregate figures",
            "Bibliography (",
            "Primary sources",
            "News reports",
            "Checked ",
            "Notes and sources",
            ">no link<",
            "Download the data",
        ] {
            assert!(!ur.contains(w), "/ur/sources has no {w}");
        }
        let en = page("/sources", "", View::Sources);
        assert!(en.contains("Bibliography (") && en.contains(". Checked "));
        assert!(
            !en.contains("lang=\"en\""),
            "no lang attribute on English pages"
        );
        let ur = page("/ur/map", "?year=1993&mission=unosom", View::Map);
        for w in [
            "تمام تعیناتیاں",
            "1993 میں سب سے بڑی تعیناتیاں",
            "علامات",
            "پاکستانی شرکت کے برس",
            "ہینڈ آؤٹ پرنٹ کیجیے",
            "نقشہ: 1993 میں فعال مشن؛ کھلا ہوا: ",
        ] {
            assert!(ur.contains(w), "/ur/map has {w}");
        }
        for w in [
            "All deployments",
            "Largest deployments",
            "Pakistani years",
            "Contingent",
            "Print handout",
            "Zoom in",
            "Text description",
            " personnel",
            "(as of",
            ">Play<",
            ">Year<",
        ] {
            assert!(!ur.contains(w), "/ur/map has no {w}");
        }
        let en = page("/map", "?year=1993&mission=unosom", View::Map);
        assert!(en.contains("Largest deployments in 1993") && en.contains("Print handout"));
    }

    /// /ur/alignment drawn natively: the panel, the options, the codebook's
    /// summary and the small multiples' names in Urdu; English as before.
    #[test]
    fn urdu_alignment_page_drawn() {
        use crate::routes::View;
        use crate::testing::html_at;
        use crate::views::render;
        let ur = html_at("/ur/alignment", "?year=1993", || render(View::Alignment));
        for w in [
            "<h2 id=\"year-h\">1993 میں</h2>",
            "1993 میں پاکستان ",
            "جہتوں کا وزن",
            "1993 میں درجہ بندی کی گئی قدریں",
            "غزہ کا فیصلہ: قرارداد 2803 کے بعد کے راستے",
            "تعلق کی مضبوطی 0 سے 10 تک",
            "کوڈ بک: ",
        ] {
            assert!(ur.contains(w), "/ur/alignment has {w}");
        }
        for w in [
            "Weights of the dimensions",
            "Coded values",
            "Evidence coded",
            "The Gaza decision",
            "Options on the table",
            "Pakistan was",
            "tie strength",
            "How the coding works",
            "The codebook",
            ">Play<",
            "Print handout",
            "(pressure)",
        ] {
            assert!(!ur.contains(w), "/ur/alignment has no {w}");
        }
        let en = html_at("/alignment", "?year=1993", || render(View::Alignment));
        assert!(
            en.contains("<h2 id=\"year-h\">In 1993</h2>") && en.contains("In 1993, Pakistan was ")
        );
    }

    /// /ur/timeline drawn natively: the kinds of event in Urdu, dates in Urdu
    /// words with isolated digits; English as before.
    #[test]
    fn urdu_timeline_kinds_and_dates() {
        use crate::routes::View;
        use crate::testing::html_at;
        use crate::views::render;
        let ur = html_at("/ur/timeline", "", || render(View::Timeline));
        for w in [
            "جنگ اور تنازع",
            "سفارت کاری",
            "قیامِ امن",
            "\u{2066}1947\u{2069}",
        ] {
            assert!(ur.contains(w), "/ur/timeline has {w}");
        }
        for w in ["War and conflict", "Alliances", "Diplomacy", "Domestic"] {
            assert!(!ur.contains(w), "/ur/timeline has no {w}");
        }
        let en = html_at("/timeline", "", || render(View::Timeline));
        assert!(en.contains("War and conflict") && !en.contains('\u{2066}'));
    }

    /// The home page (key figures, the story's charts, the way into the
    /// views), the timeline's controls and /about's offline section in Urdu:
    /// no English interface words left; English pages as before.
    #[test]
    fn urdu_home_charts_timeline_and_about_drawn() {
        use crate::routes::View;
        use crate::testing::html_at;
        use crate::views::render;
        let page = |path: &str, v: View| html_at(path, "", || render(v));
        // the page without the text of elements marked lang="en" (source
        // titles, records and notes stay English)
        let urdu_only = |html: &str| {
            let mut out = String::new();
            let mut rest = html;
            while let Some(i) = rest.find("lang=\"en\"") {
                let after = &rest[i..];
                let open = after.find('>').map_or(after.len(), |j| j + 1);
                out.push_str(&rest[..i + open]);
                // the element's text, past Leptos' markers (`<!>`, `<!---->`)
                let mut tail = &after[open..];
                loop {
                    let k = tail.find('<').unwrap_or(tail.len());
                    tail = &tail[k..];
                    if !tail.starts_with("<!") {
                        break;
                    }
                    tail = &tail[tail.find('>').map_or(tail.len(), |j| j + 1)..];
                }
                rest = tail;
            }
            out.push_str(rest);
            out
        };
        let ur = urdu_only(&page("/ur/", View::Home));
        for w in [
            UR.home.glance,
            UR.home.cards[0].1,
            UR.story.contrib_key[1],
            UR.story.missions_key[0],
            UR.story.totals_headings[1],
            UR.story.share_key[1],
            UR.story.contrib_table.0,
            "پاکستان کا ووٹ: حق میں",
            "\u{2066}13–0–2\u{2069}",
        ] {
            assert!(ur.contains(w), "/ur/ has {w}");
        }
        for w in [
            "At a glance",
            "Each figure is the latest",
            "; Pakistan voted",
            "Pakistani troops committed",
            "largest contributor of uniformed personnel<",
            ">more than<",
            "Lesson plans",
            "Alignment explorer",
            "UN statistics",
            "Press reports",
            "Figures that disagree",
            "The figures as a table",
            "Thicker: larger contingent",
            "Personnel served since",
            "Pakistani peacekeepers killed",
            "Claimed",
            "Checked",
            "or less",
            "Peak:",
            "No figure",
            "Chart: ",
            "Given by",
            ">Rank<",
            ">Confidence<",
        ] {
            assert!(!ur.contains(w), "/ur/ has no {w}: …{}…", {
                let i = ur.find(w).unwrap_or(0);
                let a = ur.floor_char_boundary(i.saturating_sub(200));
                let b = ur.ceil_char_boundary((i + 80).min(ur.len()));
                &ur[a..b]
            });
        }
        let en = page("/", View::Home);
        for w in [
            ">At a glance<",
            "Pakistan voted in favour",
            "Thicker: larger contingent",
            "Personnel served since 1960",
            "The “10%” claim does not hold: ",
            "4.1% or less",
            "Chart: ",
            ">Alignment explorer<",
        ] {
            assert!(en.contains(w), "/ has {w}");
        }
        assert!(
            !en.contains('\u{2066}'),
            "no isolation marks on English pages"
        );
        let ur = page("/ur/timeline", View::Timeline);
        for w in [
            UR.timeline.zoom[5],
            UR.timeline.legend.1,
            UR.timeline.search_hint,
        ] {
            assert!(ur.contains(w), "/ur/timeline has {w}");
        }
        for w in [
            "Whole span",
            "Zoom in",
            "Key to the marks",
            "events shown",
            "Filter by kind",
            "title, summary or place",
            "First UN mission",
            "Showing ",
        ] {
            assert!(!ur.contains(w), "/ur/timeline has no {w}");
        }
        let ur = page("/ur/about", View::About);
        assert!(ur.contains(UR.offline.heading) && !ur.contains("Offline use"));
        let en = page("/about", View::About);
        assert!(en.contains(">Offline use<"));
        // the words assets/page.js shows (the footer's data-offline)
        assert!(EN
            .offline
            .words()
            .starts_with("A new version of this explainer is ready. |Reload|"));
        assert!(UR
            .offline
            .words()
            .starts_with("اس وضاحتی جائزے کا نیا نسخہ"));
        assert_eq!(UR.offline.words().split('|').count(), 9);
    }

    /// The map's callout over a prospective force and the weights' errors in
    /// both languages.
    #[test]
    fn urdu_callout_and_weight_errors() {
        let c = crate::content::content();
        let m = c
            .missions
            .iter()
            .find(|m| m.status == crate::content::Status::Prospective)
            .expect("a prospective force");
        let en = crate::views::map::logic::labels::status_note(m).unwrap();
        assert!(
            en.starts_with("not a UN force; no Pakistani troops committed ("),
            "{en}"
        );
        let ur = in_lang(Lang::Ur, || {
            crate::views::map::logic::labels::status_note(m).unwrap()
        });
        assert!(ur.starts_with("اقوام متحدہ کی فورس نہیں؛"), "{ur}");
        assert!(!ur.chars().any(|ch| ch.is_ascii_alphabetic()), "{ur}");
        let a = c.alignment.as_ref().expect("the alignment coding");
        let ur = in_lang(Lang::Ur, || {
            crate::views::alignment::scoring::Weights::validate(a, vec![0.0; a.dimensions.len()])
                .unwrap_err()
        });
        assert!(ur.starts_with("کم از کم ایک وزن"), "{ur}");
    }
}
