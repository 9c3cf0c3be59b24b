//! The site's routes, declared once. Plain data (no Leptos): each app finds its
//! page's route here ([`resolve`], `crate::app`), and the build reads the table
//! through `cargo run -q --bin site-routes` (`src/bin/site-routes.rs`) to write
//! a real `ROUTE/index.html` for each, so deep links answer HTTP 200, each page
//! loading its view's [`App`] (one wasm per view) and its [`Part`] of the content.
//!
//! Adding a route is one row here. A new view also gets its [`View`] variant
//! below, with its app and its part of the content (the compiler asks for
//! both), and its arm in its app's function in `crate::views`.
//!
//! Languages: every row exists once per [`Lang`] ([`localized`]): English at
//! its path, Urdu under `/ur` (`/ur/map`, `/ur/embed/map`), with its title and
//! menu label from the interface strings (`crate::i18n`), the same app and its
//! part of the content in Urdu (`data/app/<part>.ur.bin`).

pub use crate::i18n::Lang;
pub use pp_content::parts::Part;

pub const SITE_TITLE: &str = "Pakistan, peacekeeping and the Gaza force";

/// A page of the site (inside the header and footer) or an embeddable view
/// for other people's pages (`/embed/...`, no site header).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RouteKind {
    Page,
    Embed,
}

/// The component a route shows. `crate::views::render` maps each to its view.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum View {
    Home,
    Timeline,
    Map,
    Alignment,
    Sources,
    About,
    /// For educators: lessons, questions, activities (`content/teach.json`).
    Teach,
    /// The glossary (`content/glossary.json`), linked from the sources page.
    Glossary,
    /// The corrections log (the `corrections` chapter), linked from about.
    Corrections,
    /// One timeline event as a card (`?id=`).
    EventCard,
    /// One deployment as a card (`?id=`).
    MissionCard,
}

impl View {
    /// The app (wasm) whose page shows this view.
    pub const fn app(self) -> App {
        match self {
            View::Home
            | View::Sources
            | View::About
            | View::Teach
            | View::Glossary
            | View::Corrections => App::Text,
            View::Timeline | View::EventCard => App::Timeline,
            View::Map | View::MissionCard => App::Map,
            View::Alignment => App::Alignment,
        }
    }

    /// The part of the content the view shows (its page's data file).
    pub const fn data(self) -> Part {
        match self {
            View::Home => Part::Story,
            View::Sources => Part::Sources,
            // the reference pages: about, the corrections log, the glossary
            View::About | View::Corrections | View::Glossary => Part::About,
            View::Teach => Part::Teach,
            View::Timeline | View::EventCard => Part::Timeline,
            View::Map | View::MissionCard => Part::Map,
            View::Alignment => Part::Alignment,
        }
    }
}

/// One WebAssembly app per view, and one for the text pages (and the
/// not-found page): a page loads only its own (`src/bin/app-<name>.rs`, built
/// by `scripts/build-apps.mjs`). Links between views are ordinary page loads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum App {
    Text,
    Timeline,
    Map,
    Alignment,
}

impl App {
    pub const ALL: [App; 4] = [App::Text, App::Timeline, App::Map, App::Alignment];

    /// `timeline`: the binary `app-timeline`, the files `app-timeline-<hash>.js`
    /// and `app-timeline-<hash>_bg.wasm`.
    pub const fn name(self) -> &'static str {
        match self {
            App::Text => "text",
            App::Timeline => "timeline",
            App::Map => "map",
            App::Alignment => "alignment",
        }
    }

    /// Whether the app is built once per language (the `lang-en` / `lang-ur`
    /// features, [`crate::i18n::BUILT_FOR`]): each view's app carries only its
    /// page's catalogue of interface strings. The text app stays bilingual: it
    /// draws the not-found page (`404.html`) at any address, in its language.
    pub const fn one_language(self) -> bool {
        !matches!(self, App::Text)
    }

    /// The view's keeper, if it has one: a small app (`src/bin/app-NAME.rs`,
    /// built per language like the view's) that makes the prerendered view's
    /// first controls work before the full app takes over (`assets/boot.js`;
    /// [`crate::views::timeline::keeper`], [`crate::views::map::keeper`],
    /// [`crate::views::alignment::keeper`]).
    pub const fn keeper(self) -> Option<&'static str> {
        match self {
            App::Timeline => Some("timeline-keep"),
            App::Map => Some("map-keep"),
            App::Alignment => Some("alignment-keep"),
            _ => None,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RouteInfo {
    /// The path under the site's base: `/timeline`, `/embed/map`.
    pub path: &'static str,
    /// The label in the site's menu; `None` keeps the route out of it (the
    /// embeds, and the pages linked from another: the glossary, corrections).
    pub nav: Option<&'static str>,
    /// The page title (also in the not-found page's list).
    pub title: &'static str,
    pub kind: RouteKind,
    pub view: View,
}

/// The small app the published text pages load instead of the one that drew
/// them (`src/bin/app-cite.rs`, [`crate::app::enhance`]).
pub const CITE_APP: &str = "cite";

impl RouteInfo {
    /// The app a published page loads (the route table's `app` draws it at
    /// build time). A text page (the story, sources, about, teach) has nothing
    /// that needs an app but the citations' popover (its theme menu, menu,
    /// print buttons and chapter navigation are `assets/page.js`'s), so it
    /// loads [`CITE_APP`], which adds the popover and leaves the prerendered
    /// page as it is. The views, every embed (`?plain=1`) and the not-found
    /// page load the app that drew them, which draws the page again.
    pub const fn live_app(&self) -> &'static str {
        match (self.view.app(), self.kind) {
            (App::Text, RouteKind::Page) => CITE_APP,
            (app, _) => app.name(),
        }
    }

    /// The keeper a published page loads first (see [`App::keeper`]): the
    /// view pages' own; an embed is drawn by its app at once.
    pub const fn keep_app(&self) -> Option<&'static str> {
        match self.kind {
            RouteKind::Page => self.view.app().keeper(),
            RouteKind::Embed => None,
        }
    }

    /// The data file a published page loads: its view's part, or for the
    /// [`CITE_APP`] the sources it cites alone (`story.cites`,
    /// `pp_content::parts::citations`).
    pub fn live_data(&self) -> String {
        let part = self.view.data().name();
        if self.live_app() == CITE_APP {
            format!("{part}.cites")
        } else {
            part.to_string()
        }
    }
}

/// Where the embeddable views live: `/embed/timeline` and so on.
pub const EMBED_PREFIX: &str = "/embed";

const fn page(path: &'static str, nav: &'static str, title: &'static str, view: View) -> RouteInfo {
    RouteInfo {
        path,
        nav: Some(nav),
        title,
        kind: RouteKind::Page,
        view,
    }
}

/// A page not in the site's menu, linked from another page.
const fn unlisted(path: &'static str, title: &'static str, view: View) -> RouteInfo {
    RouteInfo {
        path,
        nav: None,
        title,
        kind: RouteKind::Page,
        view,
    }
}

const fn embed(path: &'static str, title: &'static str, view: View) -> RouteInfo {
    RouteInfo {
        path,
        nav: None,
        title,
        kind: RouteKind::Embed,
        view,
    }
}

/// Every route: the pages in navigation order (then those not in the menu),
/// then the embeddable views.
pub const ROUTES: &[RouteInfo] = &[
    page("/", "Story", SITE_TITLE, View::Home),
    page(
        "/timeline",
        "Timeline",
        "Timeline 1947–2025",
        View::Timeline,
    ),
    page("/map", "Map", "Map of deployments", View::Map),
    page(
        "/alignment",
        "Alignment",
        "The bridge state: alignment explorer",
        View::Alignment,
    ),
    page("/sources", "Sources", "Sources and data", View::Sources),
    page("/about", "About", "About this explainer", View::About),
    page(
        "/teach",
        "Teach",
        "Teaching with this explainer",
        View::Teach,
    ),
    unlisted("/glossary", "Glossary", View::Glossary),
    unlisted("/corrections", "Corrections", View::Corrections),
    embed(
        "/embed/timeline",
        "Timeline 1947–2025 (embed)",
        View::Timeline,
    ),
    embed("/embed/map", "Map of deployments (embed)", View::Map),
    embed(
        "/embed/alignment",
        "The bridge state (embed)",
        View::Alignment,
    ),
    embed("/embed/event", "Event (embed)", View::EventCard),
    embed("/embed/mission", "Mission (embed)", View::MissionCard),
    embed(
        "/embed/teach",
        "Teaching with this explainer (embed)",
        View::Teach,
    ),
];

impl RouteInfo {
    /// The path below its shell: `timeline` for `/timeline` and for
    /// `/embed/timeline`, `` for `/`.
    pub fn segment(&self) -> &'static str {
        let p = match self.kind {
            RouteKind::Page => self.path,
            RouteKind::Embed => self.path.strip_prefix(EMBED_PREFIX).unwrap_or(self.path),
        };
        p.trim_start_matches('/')
    }
}

/// Every route, in table order.
pub fn all() -> &'static [RouteInfo] {
    ROUTES
}

/// The routes of a kind, in table order.
pub fn of_kind(kind: RouteKind) -> impl Iterator<Item = &'static RouteInfo> {
    ROUTES.iter().filter(move |r| r.kind == kind)
}

/// The routes in the site's menu, with their labels.
pub fn nav() -> impl Iterator<Item = (&'static RouteInfo, &'static str)> {
    ROUTES.iter().filter_map(|r| r.nav.map(|n| (r, n)))
}

pub fn find(path: &str) -> Option<&'static RouteInfo> {
    ROUTES.iter().find(|r| r.path == path)
}

/// Every route in every language: the English routes, then the Urdu ones.
pub fn localized() -> impl Iterator<Item = (Lang, &'static RouteInfo)> {
    Lang::ALL
        .into_iter()
        .flat_map(|l| ROUTES.iter().map(move |r| (l, r)))
}

/// The route and language of a path under the site's base (`/ur/map`), with or
/// without a trailing slash; `None` for a path the site does not have.
pub fn find_localized(path: &str) -> Option<(Lang, &'static RouteInfo)> {
    let (lang, p) = Lang::split(path);
    let p = p.trim_end_matches('/');
    find(if p.is_empty() { "/" } else { p }).map(|r| (lang, r))
}

/// The route of a path under the site's base in any language (`/timeline`,
/// `/timeline/`, `/embed/map/`, `/ur/map`); `None` for a path the site does
/// not have.
pub fn resolve(path: &str) -> Option<&'static RouteInfo> {
    find_localized(path).map(|(_, r)| r)
}

/// Whether a path the site does not have belongs to the embeds (its
/// not-found page is then an embed's, without the site header), in any language.
pub fn is_embed_path(path: &str) -> bool {
    let path = Lang::split(path).1;
    path == EMBED_PREFIX || path.starts_with(&format!("{EMBED_PREFIX}/"))
}

/// One route as a line of JSON, in English.
pub fn to_json(r: &RouteInfo) -> String {
    to_json_in(Lang::En, r)
}

/// One route in a language as a line of JSON (`src/bin/site-routes.rs` prints
/// these): its path, menu label and title in that language, its `lang` and
/// `dir`, and `alternates`, its path in every language (for `hreflang`).
pub fn to_json_in(lang: Lang, r: &RouteInfo) -> String {
    fn s(v: &str) -> String {
        let mut out = String::from('"');
        for c in v.chars() {
            match c {
                '"' => out.push_str("\\\""),
                '\\' => out.push_str("\\\\"),
                c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
                c => out.push(c),
            }
        }
        out.push('"');
        out
    }
    let kind = match r.kind {
        RouteKind::Page => "page",
        RouteKind::Embed => "embed",
    };
    let alternates: Vec<String> = Lang::ALL
        .iter()
        .map(|l| format!("{}:{}", s(l.code()), s(&l.path(r.path))))
        .collect();
    format!(
        "{{\"path\":{},\"nav\":{},\"title\":{},\"kind\":{},\"app\":{},\"oneLang\":{},\"live\":{},\"keep\":{},\"liveData\":{},\"data\":{},\"lang\":{},\"dir\":{},\"alternates\":{{{}}}}}",
        s(&lang.path(r.path)),
        lang.nav(r).map(s).unwrap_or_else(|| "null".into()),
        s(&lang.title(r)),
        s(kind),
        s(r.view.app().name()),
        r.view.app().one_language(),
        s(r.live_app()),
        r.keep_app().map(s).unwrap_or_else(|| "null".into()),
        s(&r.live_data()),
        s(r.view.data().name()),
        s(lang.code()),
        s(lang.dir()),
        alternates.join(",")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn routes_file_lists_every_view() {
        let paths: Vec<_> = nav().map(|(r, _)| r.path).collect();
        assert_eq!(
            paths,
            [
                "/",
                "/timeline",
                "/map",
                "/alignment",
                "/sources",
                "/about",
                "/teach"
            ]
        );
        let embeds: Vec<_> = all()
            .iter()
            .map(|r| r.path)
            .filter(|p| p.starts_with("/embed/"))
            .collect();
        assert_eq!(
            embeds,
            [
                "/embed/timeline",
                "/embed/map",
                "/embed/alignment",
                "/embed/event",
                "/embed/mission",
                "/embed/teach"
            ]
        );
        assert!(all()
            .iter()
            .all(|r| r.nav != Some("") && !r.title.is_empty()));
    }

    #[test]
    fn the_table_is_consistent() {
        // pages first, then embeds; embeds live under the prefix and are not in the menu
        let first_embed = ROUTES.iter().position(|r| r.kind == RouteKind::Embed);
        assert!(first_embed.is_some_and(|i| ROUTES[i..].iter().all(|r| r.kind == RouteKind::Embed)));
        for r in ROUTES {
            assert!(r.path.starts_with('/'), "{}", r.path);
            assert_eq!(
                r.path.starts_with("/embed/"),
                r.kind == RouteKind::Embed,
                "{}",
                r.path
            );
            if r.kind == RouteKind::Embed {
                assert_eq!(r.nav, None, "{}", r.path);
            }
            assert!(
                !r.segment().contains('/'),
                "one segment below its shell: {}",
                r.path
            );
        }
        let mut paths: Vec<_> = ROUTES.iter().map(|r| r.path).collect();
        paths.sort();
        paths.dedup();
        assert_eq!(paths.len(), ROUTES.len(), "no path twice");
        assert_eq!(find("/map").map(|r| r.view), Some(View::Map));
        assert_eq!(find("/embed/map").map(|r| r.segment()), Some("map"));
        assert_eq!(find("/").map(|r| r.segment()), Some(""));
    }

    #[test]
    fn routes_print_as_json_lines() {
        assert_eq!(
            to_json(&ROUTES[1]),
            r#"{"path":"/timeline","nav":"Timeline","title":"Timeline 1947–2025","kind":"page","app":"timeline","oneLang":true,"live":"timeline","keep":"timeline-keep","liveData":"timeline","data":"timeline","lang":"en","dir":"ltr","alternates":{"en":"/timeline","ur":"/ur/timeline"}}"#
        );
        assert_eq!(
            to_json(find("/embed/event").unwrap()),
            r#"{"path":"/embed/event","nav":null,"title":"Event (embed)","kind":"embed","app":"timeline","oneLang":true,"live":"timeline","keep":null,"liveData":"timeline","data":"timeline","lang":"en","dir":"ltr","alternates":{"en":"/embed/event","ur":"/ur/embed/event"}}"#
        );
        let odd = RouteInfo {
            title: "a \"b\" \\ c\n",
            ..ROUTES[0]
        };
        let v: serde_json::Value = serde_json::from_str(&to_json(&odd)).unwrap();
        assert_eq!(v["title"], "a \"b\" \\ c\n");
        // the story is published with the small app and the sources it cites
        let story: serde_json::Value = serde_json::from_str(&to_json(&ROUTES[0])).unwrap();
        assert_eq!(
            (&story["app"], &story["live"], &story["liveData"]),
            (&"text".into(), &"cite".into(), &"story.cites".into())
        );
        // a view's app is built per language, the text app (the not-found page) is not
        assert_eq!(story["oneLang"], false);
    }

    #[test]
    fn every_route_has_an_urdu_twin() {
        let all: Vec<_> = localized().collect();
        assert_eq!(all.len(), ROUTES.len() * Lang::ALL.len());
        let ur: Vec<String> = all
            .iter()
            .filter(|(l, _)| *l == Lang::Ur)
            .map(|(l, r)| l.path(r.path))
            .collect();
        assert_eq!(ur[0], "/ur/");
        assert!(ur.contains(&"/ur/map".to_string()));
        assert!(ur.contains(&"/ur/embed/mission".to_string()));
        for (l, r) in &all {
            let p = l.path(r.path);
            assert_eq!(find_localized(&p), Some((*l, *r)), "{p}");
            assert_eq!(
                find_localized(&format!("{}/", p.trim_end_matches('/'))),
                Some((*l, *r))
            );
        }
        assert_eq!(find_localized("/ur"), Some((Lang::Ur, &ROUTES[0])));
        assert_eq!(find_localized("/ur/nope"), None);
        let v: serde_json::Value =
            serde_json::from_str(&to_json_in(Lang::Ur, find("/map").unwrap())).unwrap();
        assert_eq!(v["path"], "/ur/map");
        assert_eq!(v["lang"], "ur");
        assert_eq!(v["dir"], "rtl");
        assert_eq!(v["nav"], "نقشہ");
        assert_eq!(v["title"], "تعیناتیوں کا نقشہ");
        assert_eq!(v["alternates"]["en"], "/map");
        assert_eq!(v["alternates"]["ur"], "/ur/map");
        assert_eq!(v["app"], "map");
    }

    #[test]
    fn paths_resolve_to_their_routes_with_or_without_a_trailing_slash() {
        for r in ROUTES {
            let slash = format!("{}/", r.path.trim_end_matches('/'));
            assert_eq!(resolve(r.path), Some(r), "{}", r.path);
            assert_eq!(resolve(&slash), Some(r), "{slash}");
        }
        assert_eq!(resolve("").map(|r| r.view), Some(View::Home));
        for p in [
            "/no-such-page",
            "/timeline/x",
            "/mapx",
            "/x/embed/map",
            "/embed-map",
            "/embed/map/x",
            "/embed/about",
            "/embed/",
            "/embed",
        ] {
            assert_eq!(resolve(p), None, "{p}");
            assert_eq!(resolve(&format!("/ur{p}")), None, "/ur{p}");
        }
        assert_eq!(resolve("/ur/map/").map(|r| r.path), Some("/map"));
        assert_eq!(resolve("/ur").map(|r| r.view), Some(View::Home));
        assert!(
            is_embed_path("/embed/nope") && is_embed_path("/embed/") && is_embed_path("/embed")
        );
        assert!(is_embed_path("/ur/embed/nope") && !is_embed_path("/ur/map"));
        assert!(
            !is_embed_path("/embed-map") && !is_embed_path("/x/embed/map") && !is_embed_path("/")
        );
    }

    #[test]
    fn each_view_belongs_to_one_app_and_the_embeds_share_their_views_apps() {
        for r in ROUTES {
            // an embed shows its page's view (or its card) from the same app and data
            if let (RouteKind::Embed, Some(page)) =
                (r.kind, find(&r.path.replacen(EMBED_PREFIX, "", 1)))
            {
                assert_eq!(r.view.app(), page.view.app(), "{}", r.path);
                assert_eq!(r.view.data(), page.view.data(), "{}", r.path);
            }
        }
        // a published text page loads the small app, with the sources its page cites
        for r in ROUTES {
            let text_page = r.view.app() == App::Text && r.kind == RouteKind::Page;
            assert_eq!(r.live_app() == CITE_APP, text_page, "{}", r.path);
            if text_page {
                assert!(Part::TEXT.contains(&r.view.data()), "{}", r.path);
                assert_eq!(r.live_data(), format!("{}.cites", r.view.data().name()));
            } else {
                assert_eq!(
                    (r.live_app(), r.live_data()),
                    (r.view.app().name(), r.view.data().name().to_string())
                );
            }
        }
        let names: Vec<_> = App::ALL.iter().map(|a| a.name()).collect();
        assert_eq!(names, ["text", "timeline", "map", "alignment"]);
        assert!(
            App::ALL
                .iter()
                .all(|a| ROUTES.iter().any(|r| r.view.app() == *a)),
            "every app has a page"
        );
    }
}
