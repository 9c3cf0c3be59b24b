//! Site header (title, navigation, theme switch) and footer.

use crate::routes::{self, SITE_TITLE};
use crate::url::href;
use leptos::prelude::*;
use leptos_router::hooks::use_location;

#[component]
pub fn Header() -> impl IntoView {
    let location = use_location();
    let base = crate::url::base();
    // Path inside the site, without the base: "/timeline".
    let current = Memo::new(move |_| {
        let p = location.pathname.get();
        let p = p.strip_prefix(base.as_str()).unwrap_or(&p).to_string();
        let p = p.trim_end_matches('/').to_string();
        if p.is_empty() {
            "/".to_string()
        } else {
            p
        }
    });
    let links = routes::nav()
        .into_iter()
        .map(|r| {
            let path = r.path;
            let is_current = move || current.get() == path;
            view! {
                <li>
                    <a href=href(if path == "/" { "/" } else { path })
                        aria-current=move || is_current().then_some("page")>
                        {r.nav}
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <header class="site-header">
            <div class="site-header-inner">
                <a class="site-title" href=href("/")>{SITE_TITLE}</a>
                <nav aria-label="Main">
                    <ul class="nav-list">{links}</ul>
                </nav>
                <ThemeSwitch/>
            </div>
        </header>
    }
}

/// Light / dark / system theme, remembered in localStorage. `assets/page.js`
/// applies the stored choice before first paint.
#[component]
fn ThemeSwitch() -> impl IntoView {
    let (theme, set_theme) = signal(stored_theme());
    let apply = move |value: String| {
        set_theme.set(value.clone());
        store_theme(&value);
    };
    view! {
        <div class="theme-switch">
            <label for="theme-select">"Theme"</label>
            <select id="theme-select" on:change=move |ev| apply(event_target_value(&ev))
                prop:value=move || theme.get()>
                <option value="system">"System"</option>
                <option value="light">"Light"</option>
                <option value="dark">"Dark"</option>
            </select>
        </div>
    }
}

fn stored_theme() -> String {
    #[cfg(target_arch = "wasm32")]
    {
        let v = web_sys::window()
            .and_then(|w| w.local_storage().ok().flatten())
            .and_then(|s| s.get_item("theme").ok().flatten());
        match v.as_deref() {
            Some("light") | Some("dark") => v.unwrap_or_default(),
            _ => "system".into(),
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    "system".into()
}

fn store_theme(value: &str) {
    #[cfg(target_arch = "wasm32")]
    if let Some(w) = web_sys::window() {
        if let Some(s) = w.local_storage().ok().flatten() {
            let _ = if value == "system" {
                s.remove_item("theme")
            } else {
                s.set_item("theme", value)
            };
        }
        if let Some(root) = w.document().and_then(|d| d.document_element()) {
            let _ = if value == "system" {
                root.remove_attribute("data-theme")
            } else {
                root.set_attribute("data-theme", value)
            };
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = value;
}

#[component]
pub fn Footer() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <div class="site-footer-inner">
                <p>
                    "Text and data: "
                    <a href="https://creativecommons.org/licenses/by/4.0/" rel="license noopener noreferrer">"CC BY 4.0"</a>
                    ". Code: MIT. Map geometry: "
                    <a href="https://www.naturalearthdata.com/" rel="noopener noreferrer">"Natural Earth"</a>
                    " (public domain)."
                </p>
                <p>
                    "Every figure on this site is sourced: see "
                    <a href=href("/sources")>"sources, data and glossary"</a>
                    ", and "
                    <a href=href("/about")>"how this explainer was made and how to cite it"</a>
                    "."
                </p>
            </div>
        </footer>
    }
}
