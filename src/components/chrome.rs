//! Site header (title, then navigation and theme switch in one bar) and footer.

use crate::browser;
use crate::routes::{self, SITE_TITLE};
use crate::url::href;
use leptos::prelude::*;

/// The site's header; `current` is the page's route (`/timeline`), marked in
/// the menu (`None` on the not-found page).
#[component]
pub fn Header(current: Option<&'static str>) -> impl IntoView {
    let links = routes::nav()
        .map(|(r, label)| {
            let path = r.path;
            view! {
                <li>
                    <a href=href(if path == "/" { "/" } else { path })
                        aria-current=(current == Some(path)).then_some("page")>
                        {label}
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <header class="site-header">
            <div class="site-header-inner">
                <a class="site-title" href=href("/")>{SITE_TITLE}</a>
                // on a phone one row under the title that scrolls sideways
                // (assets/style.css), so the header stays under 72 px
                <div class="header-bar">
                    <nav aria-label="Main">
                        <ul class="nav-list">{links}</ul>
                    </nav>
                    <ThemeSwitch/>
                </div>
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
    match browser::stored("theme").as_deref() {
        Some(t @ ("light" | "dark")) => t.to_string(),
        _ => "system".into(),
    }
}

/// Remembers the choice and applies it (`system`: no `data-theme`, the page
/// follows the reader's system).
fn store_theme(value: &str) {
    let chosen = (value != "system").then_some(value);
    browser::store("theme", chosen);
    browser::set_root_attribute("data-theme", chosen);
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
                // a printed page: its numbered references, its address and the
                // day (filled in by assets/page.js when the page is printed)
                <section class="print-refs print-only" aria-hidden="true"></section>
                <p class="print-stamp print-only"></p>
            </div>
        </footer>
    }
}
