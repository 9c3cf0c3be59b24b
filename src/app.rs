//! The app shell: router, header, navigation, footer. Views live in [`crate::views`].

use crate::components::{Footer, Header};
use crate::url;
use crate::views::{
    about::About, alignment::Alignment, home::Home, map::MapView, not_found::NotFound,
    sources::Sources, timeline::Timeline,
};
use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

/// Mounts the app into `<body>`, replacing the loading notice or the
/// prerendered copy of the page (`scripts/prerender.mjs`), then marks the page
/// ready (`<html data-app="ready">`).
pub fn mount() {
    #[cfg(target_arch = "wasm32")]
    if let Some(body) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.body())
    {
        // everything but scripts: the app renders the same content again
        let children = body.children();
        let mut i = children.length();
        while i > 0 {
            i -= 1;
            if let Some(el) = children.item(i) {
                if el.tag_name() != "SCRIPT" {
                    el.remove();
                }
            }
        }
        let _ = body.remove_attribute("data-prerendered");
    }
    if is_embed() {
        leptos::mount::mount_to_body(crate::views::embed::EmbedApp);
    } else {
        leptos::mount::mount_to_body(App);
    }
    #[cfg(target_arch = "wasm32")]
    if let Some(html) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = html.set_attribute("data-app", "ready");
    }
    // Lets the tests (and anyone curious) see the error panel: `?simulate-panic`.
    if url::query_value("simulate-panic").is_some() {
        panic!("simulated panic: `simulate-panic` is in the URL");
    }
}

/// Is this page an embed (`/embed/...`)? Decided once, at start.
fn is_embed() -> bool {
    #[cfg(target_arch = "wasm32")]
    {
        let path = web_sys::window()
            .and_then(|w| w.location().pathname().ok())
            .unwrap_or_default();
        crate::views::embed::is_embed_path(&path, &url::base())
    }
    #[cfg(not(target_arch = "wasm32"))]
    false
}

#[component]
pub fn App() -> impl IntoView {
    let base = url::base();
    view! {
        <Router base=base>
            <SkipLink/>
            <Header/>
            <main id="main" tabindex="-1">
                <Routes fallback=|| view! { <NotFound/> }>
                    <Route path=path!("/") view=Home/>
                    <Route path=path!("/timeline") view=Timeline/>
                    <Route path=path!("/map") view=MapView/>
                    <Route path=path!("/alignment") view=Alignment/>
                    <Route path=path!("/sources") view=Sources/>
                    <Route path=path!("/about") view=About/>
                </Routes>
            </main>
            <Footer/>
        </Router>
    }
}

/// "Skip to content": moves focus to `<main>` without changing the URL
/// (a plain `#main` link would resolve against `<base href>` and leave the page).
#[component]
fn SkipLink() -> impl IntoView {
    view! {
        <a class="skip-link" href="#main" on:click=move |ev| {
            ev.prevent_default();
            crate::components::focus_main();
        }>"Skip to content"</a>
    }
}
