//! What the embed shell (`/embed/...`) shows around a view: the compact footer
//! with a link to the same view on the full site. [`EmbedMode`] tells the views
//! they are inside an embed (they leave out the share bar).

use crate::browser;
use crate::url::{href, view_pairs};
use leptos::prelude::*;

/// Inside an embed (`/embed/...`) the views leave out the share bar.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EmbedMode(pub bool);

/// The full page that matches an embed path (with its state).
pub fn full_page_path(embed_path: &str, search: &str) -> String {
    let view = embed_path
        .split("/embed/")
        .nth(1)
        .unwrap_or("")
        .trim_end_matches('/');
    let keep: Vec<&str> = view_pairs(search).collect();
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

/// The embed's footer; its link opens the full page at the state the embed
/// was opened with.
#[component]
pub fn EmbedFooter() -> impl IntoView {
    let base = crate::url::base();
    let path = browser::pathname();
    let inner = path.strip_prefix(base.as_str()).unwrap_or(&path);
    let inner = crate::i18n::Lang::split(inner).1;
    let full = href(&full_page_path(inner, &browser::search()));
    let tr = crate::i18n::t();
    let e = tr.embed_footer;
    view! {
        <footer class="embed-footer">
            <p>
                <strong>{tr.site_title}</strong>
                {e.sources_before}
                <a href=href("/sources") target="_blank" rel="noopener">{e.sources_link}</a>
                {e.licence}
                <a href=full target="_blank" rel="noopener">{e.open_full}</a>
            </p>
        </footer>
    }
}

/// The page for an embed card whose `?id=` names nothing.
#[component]
pub fn Missing(what: &'static str, id: Option<String>) -> impl IntoView {
    let id: String = id.unwrap_or_default().chars().take(40).collect();
    view! {
        <h1>{format!("No such {what}")}</h1>
        <p class="notice" role="status">{format!("There is no {what} “{id}” in this explainer. The link may be out of date.")}</p>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
