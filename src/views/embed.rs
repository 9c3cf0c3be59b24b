//! `/embed/...`: the views for other people's pages. No site header; a compact
//! footer (title, credit, link to the full page) unless `plain=1`; the same URL
//! state as the full views, restored inside the iframe. `assets/embed-frame.js`
//! applies `theme=`, reports the height to the parent page and opens links to
//! the rest of the site in a new tab.

use crate::components::{EmbedMode, SourceRefs};
use crate::content::content;
use crate::url::{href, query_value};
use crate::views::{
    alignment::Alignment, map::MapView, map::MissionCard, not_found::NotFound,
    timeline::EventFacts, timeline::Timeline,
};
use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::hooks::use_location;
use leptos_router::path;

/// True when the page is an embed (`{base}/embed/...`).
pub fn is_embed_path(pathname: &str, base: &str) -> bool {
    pathname
        .strip_prefix(base)
        .is_some_and(|p| p.starts_with("/embed/"))
}

#[component]
pub fn EmbedApp() -> impl IntoView {
    provide_context(EmbedMode(true));
    let plain = query_value("plain").is_some_and(|v| v == "1");
    view! {
        <Router base=crate::url::base()>
            <main id="main" class="embed" tabindex="-1">
                <Routes fallback=|| view! { <NotFound/> }>
                    <Route path=path!("/embed/timeline") view=Timeline/>
                    <Route path=path!("/embed/map") view=MapView/>
                    <Route path=path!("/embed/alignment") view=Alignment/>
                    <Route path=path!("/embed/event") view=EventEmbed/>
                    <Route path=path!("/embed/mission") view=MissionEmbed/>
                </Routes>
            </main>
            {(!plain).then(|| view! { <EmbedFooter/> })}
        </Router>
    }
}

/// The full page that matches an embed path (with its state).
pub fn full_page_path(embed_path: &str, search: &str) -> String {
    let view = embed_path
        .split("/embed/")
        .nth(1)
        .unwrap_or("")
        .trim_end_matches('/');
    let keep: Vec<&str> = crate::url::view_pairs(search).collect();
    // a single card opens its view at that item
    let card = |key: &str| {
        keep.iter()
            .find_map(|p| p.strip_prefix("id="))
            .map(|id| format!("?{key}={id}"))
            .unwrap_or_default()
    };
    let (page, query) = match view {
        "event" => ("/timeline".to_string(), card("event")),
        "mission" => ("/map".to_string(), card("mission")),
        "timeline" | "map" | "alignment" => (
            format!("/{view}"),
            if keep.is_empty() {
                String::new()
            } else {
                format!("?{}", keep.join("&"))
            },
        ),
        _ => ("/".to_string(), String::new()),
    };
    format!("{page}{query}")
}

#[component]
fn EmbedFooter() -> impl IntoView {
    let location = use_location();
    let base = crate::url::base();
    let full = move || {
        let path = location.pathname.get();
        let inner = path
            .strip_prefix(base.as_str())
            .unwrap_or(&path)
            .to_string();
        href(&full_page_path(&inner, &location.search.get()))
    };
    view! {
        <footer class="embed-footer">
            <p>
                <strong>{crate::routes::SITE_TITLE}</strong>
                " · Sources for every item are in its details and on the "
                <a href=href("/sources") target="_blank" rel="noopener">"sources page"</a>
                ". Text and data CC BY 4.0; map: Natural Earth. "
                <a href=full target="_blank" rel="noopener">"Open the full page ↗"</a>
            </p>
        </footer>
    }
}

fn missing(what: &str, id: Option<String>) -> AnyView {
    let id: String = id.unwrap_or_default().chars().take(40).collect();
    view! {
        <h1>{format!("No such {what}")}</h1>
        <p class="notice" role="status">{format!("There is no {what} “{id}” in this explainer. The link may be out of date.")}</p>
    }
    .into_any()
}

/// One timeline event as a card: `/embed/event?id=ID`.
#[component]
fn EventEmbed() -> impl IntoView {
    let id = query_value("id");
    match id.as_deref().and_then(|i| content().event(i)) {
        None => missing("event", id),
        Some(e) => {
            crate::components::set_title(&e.title);
            view! {
                <article class="tl-detail embed-card" data-cat=e.category.id()>
                    <p class="tl-detail-date"><time datetime=e.date.start.iso()>{e.date.display()}</time></p>
                    <h1 id="tl-detail-title">{e.title.clone()}</h1>
                    <EventFacts e=e/>
                    <SourceRefs ids=e.sources.clone()/>
                </article>
            }
            .into_any()
        }
    }
}

/// One deployment as a card: `/embed/mission?id=ID`.
#[component]
fn MissionEmbed() -> impl IntoView {
    let id = query_value("id");
    let c = content();
    match id
        .as_deref()
        .and_then(|i| c.missions.iter().position(|m| m.id == i))
    {
        None => missing("mission", id),
        Some(i) => {
            crate::components::set_title(&c.missions[i].name);
            let selected = RwSignal::new(Some(i));
            view! {
                <h1 class="visually-hidden">{c.missions[i].name.clone()}</h1>
                <MissionCard selected=selected year=Signal::derive(|| None)/>
            }
            .into_any()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embed_paths_are_recognised_under_any_base() {
        assert!(is_embed_path("/embed/map/", ""));
        assert!(is_embed_path("/pp/embed/map", "/pp"));
        assert!(!is_embed_path("/map", ""));
        assert!(!is_embed_path("/pp/map/embed/x", "/pp"));
    }

    #[test]
    fn full_page_links_keep_state_but_not_embed_options() {
        assert_eq!(
            full_page_path("/embed/map/", "?mission=onuc&year=1961&theme=dark&plain=1"),
            "/map?mission=onuc&year=1961"
        );
        assert_eq!(
            full_page_path("/embed/event", "?id=un-membership"),
            "/timeline?event=un-membership"
        );
        assert_eq!(
            full_page_path("/embed/mission/", "?id=unosom&theme=light"),
            "/map?mission=unosom"
        );
        assert_eq!(full_page_path("/embed/alignment/", ""), "/alignment");
        assert_eq!(full_page_path("/embed/nope", "?x=1"), "/");
    }
}
