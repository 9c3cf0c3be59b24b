//! The app: ONE router, built from the route table ([`crate::routes`]), with two
//! shells as parent routes: the site (skip link, header, `<main>`, footer) and
//! the embed (`<main class="embed">` and a compact footer, for other people's
//! pages). Each shell has its own not-found page. Views live in [`crate::views`];
//! which view a route shows is the table's [`View`], drawn by [`views::render`].
//! Both shells exist again under `/ur` for the Urdu edition ([`crate::i18n`]).

use crate::browser;
use crate::components::{EmbedFooter, EmbedMode, Footer, Header};
use crate::i18n::{self, Lang};
use crate::routes::{self, RouteKind, View, EMBED_PREFIX};
use crate::url;
use crate::views::{self, not_found::NotFound};
use leptos::prelude::*;
use leptos::tachys::view::iterators::StaticVec;
use leptos_router::components::{Outlet, RouteChildren, Router, Routes, RoutesProps};
use leptos_router::{MatchNestedRoutes, NestedRoute, StaticSegment, WildcardSegment};

/// Mounts the app into `<body>`, replacing the loading notice or the
/// prerendered copy of the page (`scripts/postbuild.mjs`), then marks the page
/// ready (`<html data-app="ready">`).
pub fn mount() {
    // everything but scripts: the app renders the same content again
    browser::clear_body();
    set_language();
    leptos::mount::mount_to_body(App);
    browser::set_root_attribute("data-app", Some("ready"));
    // Lets the tests (and anyone curious) see the error panel: `?simulate-panic`.
    if url::query_value("simulate-panic").is_some() {
        panic!("simulated panic: `simulate-panic` is in the URL");
    }
}

/// The page's language on `<html>` (`lang`, `dir`), its description, and
/// `<link rel="alternate" hreflang>` to the same page in every language. The
/// prerendered pages keep them (`scripts/lib/render.mjs` takes `<html>` whole).
fn set_language() {
    let lang = i18n::lang();
    browser::set_root_attribute("lang", Some(lang.code()));
    browser::set_root_attribute("dir", Some(lang.dir()));
    if lang != Lang::En {
        browser::set_meta("description", lang.strings().site_description);
    }
    let base = url::base();
    let path = browser::pathname();
    let inner = path.strip_prefix(base.as_str()).unwrap_or(&path);
    if let Some((_, r)) = routes::find_localized(if inner.is_empty() { "/" } else { inner }) {
        let origin = browser::origin();
        let at = |l: Lang| format!("{origin}{base}{}", l.path(r.path));
        let mut links: Vec<(&str, String)> = Lang::ALL.iter().map(|l| (l.code(), at(*l))).collect();
        links.push(("x-default", at(Lang::En)));
        browser::set_alternates(&links);
    }
}

#[component]
pub fn App() -> impl IntoView {
    view! {
        <Router base=url::base()>
            <AppRoutes/>
        </Router>
    }
}

/// `<Routes>` over [`route_tree`] (built from data, so called as a function).
#[component]
fn AppRoutes() -> impl IntoView {
    let tree = route_tree(views::render, || NotFound().into_any());
    Routes(
        RoutesProps::builder()
            // unreachable: each shell ends with its own not-found route
            .fallback(|| view! { <NotFound/> })
            .children(RouteChildren::to_children(move || tree))
            .build(),
    )
}

/// The router's routes, from the table: `/embed/...` in the embed shell (first,
/// so that its paths never reach the site's catch-all), every page in the site
/// shell, and in each shell a not-found route after the table's. `render` draws
/// a route's view and `not_found` the not-found page (parameters, so that the
/// tests can see which view a path gets).
pub fn route_tree(
    render: fn(View) -> AnyView,
    not_found: fn() -> AnyView,
) -> impl MatchNestedRoutes + Clone + Send + 'static {
    let leaves = |kind: RouteKind| -> StaticVec<_> {
        routes::of_kind(kind)
            .map(|r| NestedRoute::new(StaticSegment(r.segment()), move || render(r.view)))
            .collect::<Vec<_>>()
            .into()
    };
    let not_found = || NestedRoute::new(WildcardSegment("any"), not_found);
    let shells = || {
        let embed_shell = NestedRoute::new(
            StaticSegment(EMBED_PREFIX.trim_start_matches('/')),
            EmbedShell,
        )
        .child((leaves(RouteKind::Embed), not_found()));
        let site_shell = NestedRoute::new(StaticSegment(""), SiteShell)
            .child((leaves(RouteKind::Page), not_found()));
        (embed_shell, site_shell)
    };
    // the other languages: the same shells under their prefix (`/ur`)
    let urdu = NestedRoute::new(
        StaticSegment(Lang::Ur.prefix().trim_start_matches('/')),
        LangShell,
    )
    .child(shells());
    (urdu, shells())
}

/// The parent of a language's shells (`/ur`): nothing of its own.
#[component]
fn LangShell() -> impl IntoView {
    view! { <Outlet/> }
}

/// Every page but the embeds: header with navigation, the view, footer.
#[component]
fn SiteShell() -> impl IntoView {
    view! {
        <SkipLink/>
        <Header/>
        <main id="main" tabindex="-1">
            <Outlet/>
        </main>
        <Footer/>
    }
}

/// `/embed/...`: the views for other people's pages. No site header, no share
/// bar ([`EmbedMode`]); a compact footer (title, credit, link to the full page)
/// unless `plain=1`. `assets/embed-frame.js` applies `theme=`, reports the
/// height to the parent page and opens links to the rest of the site in a new tab.
#[component]
fn EmbedShell() -> impl IntoView {
    provide_context(EmbedMode(true));
    let plain = url::query_value("plain").is_some_and(|v| v == "1");
    view! {
        <main id="main" class="embed" tabindex="-1">
            <Outlet/>
        </main>
        {(!plain).then(|| view! { <EmbedFooter/> })}
    }
}

/// "Skip to content": moves focus to `<main>` without changing the URL
/// (a plain `#main` link would resolve against `<base href>` and leave the page).
#[component]
fn SkipLink() -> impl IntoView {
    view! {
        <a class="skip-link" href="#main" on:click=move |ev| {
            ev.prevent_default();
            browser::focus_main();
        }>{i18n::t().skip_link}</a>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use leptos_router::{ChooseView, MatchInterface, RouteDefs, RouteMatchId};
    use std::cell::Cell;
    use std::future::Future;

    thread_local! {
        /// What the last view drawn was: a table view, or `None` for not found.
        static DRAWN: Cell<Option<Option<View>>> = const { Cell::new(None) };
    }

    fn record(v: View) -> AnyView {
        DRAWN.with(|d| d.set(Some(Some(v))));
        ().into_any()
    }

    fn record_not_found() -> AnyView {
        DRAWN.with(|d| d.set(Some(None)));
        ().into_any()
    }

    /// Which shell and which route of it a path reaches under a base path, as
    /// `<Routes>` matches it, and the view that route draws (`None`: the
    /// not-found page).
    #[derive(Debug, PartialEq)]
    struct Reached {
        shell: RouteMatchId,
        leaf: RouteMatchId,
        matched: String,
        view: Option<View>,
    }

    /// The app's routes, built once per test (each build numbers its routes anew).
    fn tree() -> impl MatchNestedRoutes + Clone {
        route_tree(record, record_not_found)
    }

    fn reach_under(tree: &(impl MatchNestedRoutes + Clone), base: &str, path: &str) -> Reached {
        let routes = RouteDefs::new_with_base(tree.clone(), base.to_string());
        let shell = routes
            .match_route(path)
            .unwrap_or_else(|| panic!("{path}: nothing matched"));
        let shell_id = shell.as_id();
        let (_, leaf) = shell.into_view_and_child();
        let leaf = leaf.unwrap_or_else(|| panic!("{path}: no route in the shell"));
        let (leaf_id, matched) = (leaf.as_id(), leaf.as_matched().to_string());
        let (view, _) = leaf.into_view_and_child();
        DRAWN.with(|d| d.set(None));
        let mut fut = std::pin::pin!(view.choose());
        let mut cx = std::task::Context::from_waker(std::task::Waker::noop());
        assert!(
            fut.as_mut().poll(&mut cx).is_ready(),
            "views are drawn at once"
        );
        let view = DRAWN
            .with(|d| d.get())
            .unwrap_or_else(|| panic!("{path}: drew nothing"));
        Reached {
            shell: shell_id,
            leaf: leaf_id,
            matched,
            view,
        }
    }

    /// [`reach_under`] for a path under a language prefix (`/ur/map`): the
    /// language's route, then its shell and the route in it.
    fn reach_lang(tree: &(impl MatchNestedRoutes + Clone), path: &str) -> (RouteMatchId, Reached) {
        let routes = RouteDefs::new_with_base(tree.clone(), String::new());
        let top = routes
            .match_route(path)
            .unwrap_or_else(|| panic!("{path}: nothing matched"));
        let top_id = top.as_id();
        let (_, shell) = top.into_view_and_child();
        let shell = shell.unwrap_or_else(|| panic!("{path}: no shell"));
        let shell_id = shell.as_id();
        let (_, leaf) = shell.into_view_and_child();
        let leaf = leaf.unwrap_or_else(|| panic!("{path}: no route in the shell"));
        let (leaf_id, matched) = (leaf.as_id(), leaf.as_matched().to_string());
        let (view, _) = leaf.into_view_and_child();
        DRAWN.with(|d| d.set(None));
        let mut fut = std::pin::pin!(view.choose());
        let mut cx = std::task::Context::from_waker(std::task::Waker::noop());
        assert!(fut.as_mut().poll(&mut cx).is_ready());
        let view = DRAWN
            .with(|d| d.get())
            .unwrap_or_else(|| panic!("{path}: drew nothing"));
        (
            top_id,
            Reached {
                shell: shell_id,
                leaf: leaf_id,
                matched,
                view,
            },
        )
    }

    #[test]
    fn every_urdu_route_resolves_to_its_view_in_its_urdu_shell() {
        let t = tree();
        let (ur, site_404) = reach_lang(&t, "/ur/no-such-page");
        let (ur2, embed_404) = reach_lang(&t, "/ur/embed/no-such-view");
        assert_eq!(ur, ur2);
        assert_ne!(site_404.shell, embed_404.shell);
        assert_eq!(site_404.view, None);
        assert_eq!(embed_404.view, None);
        // the English pages are elsewhere
        assert_ne!(reach_under(&t, "", "/map").shell, ur);
        for (lang, r) in routes::localized().filter(|(l, _)| *l == Lang::Ur) {
            let p = lang.path(r.path);
            for path in [p.clone(), format!("{}/", p.trim_end_matches('/'))] {
                let (top, got) = reach_lang(&t, &path);
                assert_eq!(top, ur, "{path}");
                let shell = match r.kind {
                    RouteKind::Page => &site_404,
                    RouteKind::Embed => &embed_404,
                };
                assert_eq!(got.shell, shell.shell, "{path}: in the wrong shell");
                assert_ne!(got.leaf, shell.leaf, "{path}: reached the not-found page");
                assert_eq!(got.view, Some(r.view), "{path}: drew the wrong view");
            }
        }
        let (top, got) = reach_lang(&t, "/ur");
        assert_eq!((top, got.view), (ur, Some(View::Home)));
    }

    #[test]
    fn every_route_resolves_to_its_view_in_its_shell() {
        let t = tree();
        let reach = |p: &str| reach_under(&t, "", p);
        let site_404 = reach("/no-such-page");
        let embed_404 = reach("/embed/no-such-view");
        assert_ne!(site_404.shell, embed_404.shell);
        let mut leaves = Vec::new();
        for r in routes::ROUTES {
            for path in [
                r.path.to_string(),
                format!("{}/", r.path.trim_end_matches('/')),
            ] {
                let got = reach(&path);
                let shell = match r.kind {
                    RouteKind::Page => &site_404,
                    RouteKind::Embed => &embed_404,
                };
                assert_eq!(got.shell, shell.shell, "{path}: in the wrong shell");
                assert_ne!(got.leaf, shell.leaf, "{path}: reached the not-found page");
                assert_eq!(got.matched.trim_matches('/'), r.segment(), "{path}");
                assert_eq!(got.view, Some(r.view), "{path}: drew the wrong view");
                leaves.push((r.path, got.leaf));
            }
        }
        // each route reaches a route of its own
        for (p, id) in &leaves {
            assert!(
                leaves.iter().all(|(q, other)| q == p || other != id),
                "{p} shares its route"
            );
        }
    }

    #[test]
    fn unknown_paths_get_the_not_found_page_of_their_shell() {
        let t = tree();
        let reach = |p: &str| reach_under(&t, "", p);
        let site_404 = reach("/no-such-page");
        let embed_404 = reach("/embed/no-such-view");
        for path in ["/timeline/x", "/mapx", "/x/embed/map", "/embed-map"] {
            let got = reach(path);
            assert_eq!(
                (got.shell, got.leaf, got.view),
                (site_404.shell, site_404.leaf, None),
                "{path}"
            );
        }
        for path in ["/embed/map/x", "/embed/about", "/embed/"] {
            let got = reach(path);
            assert_eq!(
                (got.shell, got.leaf),
                (embed_404.shell, embed_404.leaf),
                "{path}"
            );
        }
    }

    #[test]
    fn embed_paths_are_recognised_under_any_base() {
        let t = tree();
        let reach = |p: &str| reach_under(&t, "", p);
        let embed = reach("/embed/no-such-view").shell;
        assert_eq!(reach("/embed/map/").shell, embed);
        assert_eq!(reach_under(&t, "/pp", "/pp/embed/map").shell, embed);
        assert_eq!(
            reach_under(&t, "/pp", "/pp/embed/map").view,
            Some(View::Map)
        );
        assert_ne!(reach("/map").shell, embed);
        let site_404 = reach("/no-such-page");
        let got = reach_under(&t, "/pp", "/pp/map/embed/x");
        assert_eq!((got.shell, got.leaf), (site_404.shell, site_404.leaf));
    }
}
