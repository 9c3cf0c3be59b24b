//! Site header (title, then navigation, language and theme switches in one
//! bar) and footer.

use crate::browser;
use crate::i18n::{lang, t, Lang};
use crate::routes;
use crate::url::href;
use leptos::prelude::*;

/// The site's header; `current` is the page's route (`/timeline`), marked in
/// the menu (`None` on the not-found page).
#[component]
pub fn Header(current: Option<&'static str>) -> impl IntoView {
    let tr = t();
    let lang = lang();
    let links = routes::nav()
        .map(|(r, _)| {
            let label = lang.nav(r).unwrap_or_default();
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
                <a class="site-title" href=href("/")>{tr.site_title}</a>
                // on a phone one row under the title that scrolls sideways
                // (assets/style.css), so the header stays under 72 px
                <div class="header-bar">
                    <nav aria-label=tr.main_menu>
                        <ul class="nav-list">{links}</ul>
                    </nav>
                    <LangSwitch/>
                    <ThemeSwitch/>
                </div>
            </div>
        </header>
    }
}

/// Light / dark / system theme, remembered in localStorage. `assets/page.js`
/// applies the stored choice before first paint, and applies and stores a
/// change, on every page, whether an app drew the menu or not; the app only
/// shows the stored choice.
#[component]
fn ThemeSwitch() -> impl IntoView {
    let tr = t();
    view! {
        <div class="theme-switch">
            <label for="theme-select">{tr.theme}</label>
            <select id="theme-select" prop:value=stored_theme()>
                <option value="system">{tr.theme_system}</option>
                <option value="light">{tr.theme_light}</option>
                <option value="dark">{tr.theme_dark}</option>
            </select>
        </div>
    }
}

/// The same page in the other language, with the same state (`?year=1993`,
/// `#src-x`), labelled in that language. A full page load (`rel="external"`:
/// the router leaves it alone), so the other language's page, its `lang`,
/// `dir` and faces, come from the server. The address is read again when the
/// link is followed (`assets/page.js`, on every page): the views keep their
/// state in the address bar as it changes.
#[component]
pub fn LangSwitch() -> impl IntoView {
    let other = lang().other();
    view! {
        <a class="lang-switch" href=twin_href(other) hreflang=other.code() lang=other.code()
            rel="alternate external" title=other.switch_hint() aria-label=other.switch_hint()>
            {other.name()}
        </a>
    }
}

/// The address of the page being shown in `other`, with its query and fragment.
pub fn twin_href(other: Lang) -> String {
    let base = crate::url::base();
    let path = browser::pathname();
    let inner = path.strip_prefix(base.as_str()).unwrap_or(&path);
    let inner = Lang::split(if inner.is_empty() { "/" } else { inner }).1;
    format!(
        "{base}{}{}{}",
        other.path(inner),
        browser::search(),
        browser::hash()
    )
}

fn stored_theme() -> String {
    match browser::stored("theme").as_deref() {
        Some(t @ ("light" | "dark")) => t.to_string(),
        _ => "system".into(),
    }
}

#[component]
pub fn Footer() -> impl IntoView {
    let f = t().footer;
    view! {
        <footer class="site-footer" data-offline=t().offline.words()>
            <div class="site-footer-inner">
                <p>
                    {f.text_and_data}
                    <a href="https://creativecommons.org/licenses/by/4.0/" rel="license noopener noreferrer" dir="ltr">"CC BY 4.0"</a>
                    {f.code_and_map}
                    <a href="https://www.naturalearthdata.com/" rel="noopener noreferrer" dir="ltr" lang=super::en_attr()>"Natural Earth"</a>
                    {f.public_domain}
                </p>
                <p>
                    {f.sourced}
                    <a href=href("/sources")>{f.sources_link}</a>
                    {f.and}
                    <a href=href("/about")>{f.about_link}</a>
                    {t().full_stop}
                </p>
                // a printed page: its numbered references, its address and the
                // day (filled in by assets/page.js when the page is printed)
                <section class="print-refs print-only" aria-hidden="true"
                    data-heading=t().print.references></section>
                <p class="print-stamp print-only" data-words=print_words()></p>
            </div>
        </footer>
    }
}

/// The printed page's stamp for assets/page.js: `Printed from |on |.|` and
/// the long month names, `|`-separated.
fn print_words() -> String {
    let t = t();
    let (a, b, c) = t.print.stamp;
    format!("{a}|{b}|{c}|{}", t.dates.months_long.join("|"))
}
