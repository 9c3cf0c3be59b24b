//! The apps. Each page of the built site loads one app: one wasm per view and
//! one for the text pages ([`crate::routes::App`], `src/bin/app-*.rs`), each
//! holding only its views (a function of `crate::views`) and showing its
//! page's part of the content. [`start`] finds the page's route in the route
//! table and draws its view in its shell: the site (skip link, header, `<main>`,
//! footer) or the embed (`/embed/...`: `<main class="embed">`, a compact
//! footer). A path the site does not have gets the not-found page in the shell
//! its path belongs to. There is no client-side router: links between pages
//! are ordinary page loads of prerendered pages.
//!
//! `src/main.rs` is the one app with every view and the whole content, which
//! `trunk serve` runs for development.
//!
//! Every route exists again under `/ur` (the Urdu edition, [`crate::i18n`]): the
//! same apps, the page's part of the content in Urdu, `<html lang="ur" dir="rtl">`.

use crate::browser;
use crate::components::{CitePopover, EmbedFooter, EmbedMode, Footer, Header, PopWords, POP_ID};
use crate::i18n::{self, Lang};
use crate::routes::{self, RouteInfo, RouteKind, View};
use crate::url;
use crate::views::not_found::NotFound;
use leptos::prelude::*;

/// An app's views: draws a view of the route table (`crate::views::timeline`
/// and so on; the not-found page for a view of another app).
pub type Views = fn(View) -> AnyView;

/// A page's app: installs the page's data file, then mounts `views`.
pub fn start(views: Views) {
    crate::panic::install();
    if let Some(built) = i18n::BUILT_FOR {
        let page = i18n::page_lang();
        assert!(
            page == built,
            "this app is the {} edition's, the page is in {}: the build gave it the wrong app",
            built.code(),
            page.code()
        );
    }
    crate::content::install_page_data();
    mount(views);
}

/// A published text page's app ([`crate::routes::RouteInfo::live_app`],
/// `src/bin/app-cite.rs`): the prerendered page stays as it is, the app adds
/// what only it can do there, the citations' popover ([`CitePopover`]), and
/// marks the page ready. Its wasm holds no view.
pub fn enhance() {
    crate::panic::install();
    crate::content::install_page_sources();
    // the prerendered popover (its empty box) names its words, then makes way
    let Some(words) = PopWords::from_page() else {
        panic!("this page has no citations' popover to keep (`#{POP_ID}`)");
    };
    browser::remove_id(POP_ID);
    leptos::mount::mount_to_body(move || view! { <CitePopover words=words/> });
    browser::set_root_attribute("data-app", Some("ready"));
    if url::query_value("simulate-panic").is_some() {
        panic!("simulated panic: `simulate-panic` is in the URL");
    }
}

/// Mounts an app into `<body>`, replacing the loading notice or the
/// prerendered copy of the page (`scripts/postbuild.mjs`), then marks the page
/// ready (`<html data-app="ready">`).
pub fn mount(views: Views) {
    let path = page_path();
    // what the prerendered page showed (widths, open panels), then everything
    // but scripts: the app renders the same content again
    browser::remember_page();
    browser::clear_body();
    set_language(&path);
    leptos::mount::mount_to_body(move || page(&path, views));
    browser::set_root_attribute("data-app", Some("ready"));
    // Lets the tests (and anyone curious) see the error panel: `?simulate-panic`.
    if url::query_value("simulate-panic").is_some() {
        panic!("simulated panic: `simulate-panic` is in the URL");
    }
}

/// The page's language on `<html>` (`lang`, `dir`), its description, and
/// `<link rel="alternate" hreflang>` to the same page in every language. The
/// prerendered pages keep them (`scripts/lib/render.mjs` takes `<html>` whole).
fn set_language(path: &str) {
    let lang = i18n::lang();
    browser::set_root_attribute("lang", Some(lang.code()));
    browser::set_root_attribute("dir", Some(lang.dir()));
    if lang != Lang::En {
        browser::set_meta("description", lang.strings().site_description);
    }
    if let Some(r) = routes::resolve(path) {
        let (origin, base) = (browser::origin(), url::base());
        let at = |l: Lang| format!("{origin}{base}{}", l.path(r.path));
        let mut links: Vec<(&str, String)> = Lang::ALL.iter().map(|l| (l.code(), at(*l))).collect();
        links.push(("x-default", at(Lang::En)));
        browser::set_alternates(&links);
    }
}

/// The page's path below the site's base: `/timeline/`, `/embed/map/`.
fn page_path() -> String {
    let path = browser::pathname();
    let base = url::base();
    path.strip_prefix(base.as_str())
        .unwrap_or(&path)
        .to_string()
}

/// Which shell a path gets, and the route it shows (`None`: not found).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shell {
    Site,
    Embed,
}

/// The shell and route of a path below the base.
pub fn route_of(path: &str) -> (Shell, Option<&'static RouteInfo>) {
    match routes::resolve(path) {
        Some(r) if r.kind == RouteKind::Embed => (Shell::Embed, Some(r)),
        Some(r) => (Shell::Site, Some(r)),
        None if routes::is_embed_path(path.trim_end_matches('/')) => (Shell::Embed, None),
        None => (Shell::Site, None),
    }
}

/// The page at `path`: its shell and its view (or the not-found page).
pub(crate) fn page(path: &str, views: Views) -> AnyView {
    let (shell, route) = route_of(path);
    let view = move || match route {
        Some(r) => views(r.view),
        None => NotFound().into_any(),
    };
    match shell {
        Shell::Site => view! {
            <SkipLink/>
            <Header current=route.map(|r| r.path)/>
            <main id="main" tabindex="-1">{view()}</main>
            <Footer/>
            <CitePopover words=PopWords::from_catalogue()/>
        }
        .into_any(),
        // `/embed/...`: the views for other people's pages. No site header, no
        // share bar ([`EmbedMode`]); a compact footer (title, credit, link to the
        // full page) unless `plain=1`. The head's inline script (index.html)
        // applies `theme=`; `assets/page.js` (§10) reports the height to the
        // parent page and opens links to the rest of the site in a new tab.
        Shell::Embed => {
            provide_context(EmbedMode(true));
            let plain = url::query_value("plain").is_some_and(|v| v == "1");
            view! {
                <main id="main" class="embed" tabindex="-1">{view()}</main>
                {(!plain).then(|| view! { <EmbedFooter/> })}
            }
            .into_any()
        }
    }
}

/// "Skip to content": `assets/page.js` moves focus to `<main>` without
/// changing the URL, on every page (a plain `#main` link would resolve against
/// `<base href>` and leave the page).
#[component]
fn SkipLink() -> impl IntoView {
    view! { <a class="skip-link" href="#main">{i18n::t().skip_link}</a> }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::content;
    use crate::testing::html_at;

    #[test]
    fn every_route_gets_its_shell_and_unknown_paths_the_not_found_page_of_theirs() {
        for r in routes::ROUTES {
            let shell = match r.kind {
                RouteKind::Page => Shell::Site,
                RouteKind::Embed => Shell::Embed,
            };
            for path in [
                r.path.to_string(),
                format!("{}/", r.path.trim_end_matches('/')),
            ] {
                assert_eq!(route_of(&path), (shell, Some(r)), "{path}");
            }
        }
        for path in [
            "/no-such-page",
            "/timeline/x",
            "/mapx",
            "/x/embed/map",
            "/embed-map",
        ] {
            assert_eq!(route_of(path), (Shell::Site, None), "{path}");
        }
        for path in [
            "/embed/map/x",
            "/embed/about",
            "/embed/",
            "/embed/no-such-view",
        ] {
            assert_eq!(route_of(path), (Shell::Embed, None), "{path}");
            assert_eq!(
                route_of(&format!("/ur{path}")),
                (Shell::Embed, None),
                "/ur{path}"
            );
        }
        // the Urdu edition: every route again under /ur, in the same shell
        for (lang, r) in routes::localized() {
            let shell = match r.kind {
                RouteKind::Page => Shell::Site,
                RouteKind::Embed => Shell::Embed,
            };
            let p = lang.path(r.path);
            assert_eq!(route_of(&p), (shell, Some(r)), "{p}");
            assert_eq!(route_of(p.trim_end_matches('/')), (shell, Some(r)), "{p}");
        }
        assert_eq!(route_of("/ur/no-such-page"), (Shell::Site, None));
    }

    /// A text page's app keeps the page and reads the popover's words from
    /// it: every page of the site carries them, in its language.
    #[test]
    fn every_page_carries_the_popover_words_a_kept_page_reads() {
        for (lang, r) in routes::localized() {
            let path = lang.path(r.path);
            let html = html_at(&path, "", || page(&path, crate::views::render));
            if r.kind == RouteKind::Embed {
                assert!(
                    !html.contains("id=\"cite-pop\""),
                    "{path}: no popover in an embed"
                );
                continue;
            }
            let w = &lang.strings().sources;
            let aside = html
                .split("<aside id=\"cite-pop\"")
                .nth(1)
                .expect("the popover");
            let tag = &aside[..aside.find('>').unwrap()];
            for (name, want) in [
                ("aria-label", w.pop_label),
                ("data-close", w.close),
                ("data-bib", w.in_bibliography),
            ] {
                assert!(
                    tag.contains(&format!("{name}=\"{want}\"")),
                    "{path}: {name} in {tag}"
                );
            }
        }
    }

    /// A small deterministic generator (mulberry32), as in the browser fuzz
    /// (tests/e2e/robustness.test.mjs), so a failure replays with FUZZ_SEED.
    struct Rng(u32);

    impl Rng {
        fn next(&mut self) -> f64 {
            self.0 = self.0.wrapping_add(0x6d2b_79f5);
            let mut t = self.0;
            t = (t ^ (t >> 15)).wrapping_mul(t | 1);
            t ^= t.wrapping_add((t ^ (t >> 7)).wrapping_mul(t | 61));
            f64::from(t ^ (t >> 14)) / 4_294_967_296.0
        }
        fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
            xs[(self.next() * xs.len() as f64) as usize % xs.len()]
        }
    }

    /// Hostile addresses for every route (random, malformed and extreme query
    /// values, repeated keys, broken percent-encoding), each page drawn from
    /// scratch by its app as a reader's browser would: no panic. The browser
    /// fuzz opens a share of the same kind of addresses as page loads.
    #[test]
    fn fuzz_every_generated_address_draws_its_page_without_panic() {
        let n: usize = std::env::var("FUZZ_URLS")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(1500);
        let seed: u32 = std::env::var("FUZZ_SEED")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or_else(|| {
                std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map(|d| d.subsec_nanos() % 100_000)
                    .unwrap_or(1)
            });
        let c = content();
        let mut valid: Vec<&str> = c.events.iter().take(20).map(|e| e.id.as_str()).collect();
        valid.extend(c.missions.iter().map(|m| m.id.as_str()));
        valid.extend(c.scenarios.iter().map(|s| s.id.as_str()));
        let mut paths: Vec<&str> = routes::ROUTES.iter().map(|r| r.path).collect();
        paths.extend(["/no-such-page", "/embed/no-such-view"]);
        let keys = [
            "event", "mission", "year", "w", "option", "q", "cat", "from", "to", "zoom", "era",
            "id", "plain", "theme", "x", "",
        ];
        let nasty = [
            "",
            "abc",
            "0",
            "-1",
            "1947",
            "1960",
            "2025",
            "2026",
            "99999",
            "-99999",
            "1e309",
            "NaN",
            "Infinity",
            "-0",
            "%",
            "%%",
            "%zz",
            "%E2%80",
            "%00",
            "%FF%FE",
            "%C0%AF",
            "%2F..%2F",
            "+",
            "++",
            "&",
            "=",
            "==",
            "1,2,3",
            ",,,",
            "0,0,0",
            "-5,NaN,1e400",
            "10,10,10",
            "9999999999,1,1",
            "1;2;3",
            "a,b,c",
            "war,gaza-2025",
            "war,,war",
            "WAR",
            "null",
            "undefined",
            "[]",
            "{}",
            "true",
            "<script>window.__pwned=1</script>",
            "\"><img src=x onerror=window.__pwned=1>",
            "javascript:window.__pwned=1",
            "ملک",
            "पाकिस्तान",
            "😀",
            "\u{202e}",
            "a\u{0}b",
            "../../etc/passwd",
            " ",
            "  1994  ",
        ];
        let mut r = Rng(seed);
        for i in 0..n {
            let value = |r: &mut Rng| -> String {
                let k = r.next();
                if k < 0.15 {
                    crate::url::encode(r.pick(&valid))
                } else if k < 0.25 {
                    "x".repeat(1 + (r.next() * 6000.0) as usize)
                } else if k < 0.35 {
                    format!(
                        "{}",
                        ((r.next() - 0.5) * 10f64.powi((r.next() * 12.0) as i32)) as i64
                    )
                } else {
                    let v = r.pick(&nasty);
                    if r.next() < 0.5 {
                        v.to_string()
                    } else {
                        crate::url::encode(v)
                    }
                }
            };
            let mut pairs = Vec::new();
            for _ in 0..(r.next() * 5.0) as usize {
                let key = r.pick(&keys);
                if r.next() < 0.05 {
                    pairs.push(key.to_string());
                } else {
                    let v = value(&mut r);
                    pairs.push(format!("{key}={v}"));
                }
                if r.next() < 0.15 {
                    let v = value(&mut r);
                    pairs.push(format!("{key}={v}"));
                }
            }
            let path = r.pick(&paths);
            let query = if pairs.is_empty() {
                String::new()
            } else {
                format!("?{}", pairs.join("&"))
            };
            let drawn = std::panic::catch_unwind(|| {
                html_at(path, &query, || page(path, crate::views::render))
            });
            assert!(
                drawn.is_ok(),
                "address #{i} {path}{query} panicked (FUZZ_SEED={seed})"
            );
        }
    }
}
