//! One "Share & data" control under each view's graphic: copy a link to the
//! current state, get the embed code, cite the page, download the data.
//! Hidden inside embeds.

use super::EmbedMode;
use crate::browser;
use crate::routes::SITE_TITLE;
use crate::url::{base, href};
use leptos::prelude::*;

// ------------------------------------------------------------- embed code ----

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EmbedTheme {
    Auto,
    Light,
    Dark,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EmbedOptions {
    pub theme: EmbedTheme,
    /// The compact footer (title, credit, link to the full page).
    pub footer: bool,
    /// Start at the reader's current state (selection, year, filters).
    pub current_state: bool,
    /// Resize to the content with the optional script; otherwise a fixed height.
    pub auto_height: bool,
    pub height: u32,
}

impl Default for EmbedOptions {
    fn default() -> Self {
        EmbedOptions {
            theme: EmbedTheme::Auto,
            footer: true,
            current_state: true,
            auto_height: true,
            height: 720,
        }
    }
}

/// The embed URL: `{site}/embed/{view}/?{state}&theme=dark&plain=1`.
/// `site` is the absolute site address without a trailing slash.
pub fn embed_url(site: &str, view: &str, state: &str, o: &EmbedOptions) -> String {
    let mut q: Vec<String> = Vec::new();
    if o.current_state {
        q.extend(crate::url::view_pairs(state).map(str::to_string));
    }
    match o.theme {
        EmbedTheme::Auto => {}
        EmbedTheme::Light => q.push("theme=light".into()),
        EmbedTheme::Dark => q.push("theme=dark".into()),
    }
    if !o.footer {
        q.push("plain=1".into());
    }
    let query = if q.is_empty() {
        String::new()
    } else {
        format!("?{}", q.join("&"))
    };
    format!("{site}/embed/{view}/{query}")
}

fn attr(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
}

/// The code an educator pastes: a plain iframe, plus the optional resize
/// script when the height follows the content.
pub fn iframe_code(url: &str, title: &str, site: &str, o: &EmbedOptions) -> String {
    let mut code = format!(
        "<iframe src=\"{}\" title=\"{}\" loading=\"lazy\" width=\"100%\" height=\"{}\" style=\"border:0;max-width:100%\"{}></iframe>",
        attr(url),
        attr(title),
        o.height,
        if o.auto_height { " data-pp-auto-height" } else { "" }
    );
    if o.auto_height {
        code.push_str(&format!(
            "\n<script src=\"{}/embed.js\" async></script>",
            attr(site)
        ));
    }
    code
}

// -------------------------------------------------------------- citations ----

/// "Cite this" in four styles. `accessed` is (year, month 1-12, day).
pub fn citations(
    title: &str,
    url: &str,
    year: i32,
    accessed: (i32, u32, u32),
) -> Vec<(&'static str, String)> {
    let (ay, am, ad) = accessed;
    let month = crate::content::MONTHS_LONG[(am.clamp(1, 12) - 1) as usize];
    let short = &month[..3.min(month.len())];
    let mla_month = if month.len() > 4 {
        format!("{short}.")
    } else {
        month.to_string()
    };
    let key: String = title
        .to_lowercase()
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .take(16)
        .collect();
    vec![
        (
            "APA",
            format!("{title}. ({year}). In {SITE_TITLE}. Retrieved {month} {ad}, {ay}, from {url}"),
        ),
        (
            "MLA",
            format!("“{title}.” {SITE_TITLE}, {year}, {url}. Accessed {ad} {mla_month} {ay}."),
        ),
        (
            "Chicago",
            format!("“{title}.” {SITE_TITLE}. {year}. Accessed {month} {ad}, {ay}. {url}."),
        ),
        (
            "BibTeX",
            format!(
                "@misc{{pp-{key}-{year},\n  title = {{{title}}},\n  howpublished = {{{SITE_TITLE}}},\n  year = {{{year}}},\n  url = {{{url}}},\n  note = {{Accessed {ay}-{am:02}-{ad:02}}}\n}}"
            ),
        ),
    ]
}

// ------------------------------------------------------------------- view ----

/// The absolute site address (`https://host/base`), from the page.
fn site_address() -> String {
    format!("{}{}", browser::origin(), base())
}

/// The data downloads, shared by the share bar and the sources page.
#[component]
pub fn DataDownloads() -> impl IntoView {
    let w = &crate::i18n::t().share;
    let files = ["events", "missions", "figures", "alignment", "sources"];
    let rows = files
        .into_iter()
        .zip(w.files)
        .map(|(f, label)| {
            view! {
                <li>
                    {label} ": "
                    <a href=href(&format!("/data/{f}.csv")) download="">{format!("{f}.csv")}</a>
                    " · "
                    <a href=href(&format!("/data/{f}.json")) download="">{format!("{f}.json")}</a>
                </li>
            }
        })
        .collect_view();
    view! {
        <ul class="downloads">
            {rows}
            <li>{w.timelinejs}
                <a href=href("/data/timelinejs.json") download="">"timelinejs.json"</a></li>
        </ul>
        <p class="downloads-note">{w.downloads_note}
            <a href=href("/data/README.txt")>{w.about_files}</a></p>
    }
}

#[component]
pub fn ShareBar(
    /// The embeddable view: `timeline`, `map` or `alignment`.
    view: &'static str,
    /// The page's title, for the iframe and the citation.
    title: &'static str,
) -> impl IntoView {
    let embed = use_context::<EmbedMode>().unwrap_or(EmbedMode(false));
    if embed.0 {
        return ().into_any();
    }
    let status = RwSignal::new(String::new());
    let dialog = NodeRef::<leptos::html::Dialog>::new();
    // the state when the dialog opened
    let state = RwSignal::new(String::new());
    // the preview loads only while the dialog is open
    let shown = RwSignal::new(false);
    let open = move |_| {
        state.set(browser::search());
        shown.set(true);
        if let Some(d) = dialog.get() {
            let _ = d.show_modal();
        }
    };
    let copy_link = move |_| {
        browser::copy_text(&browser::href(), None);
        status.set(crate::i18n::t().share.link_copied.into());
    };
    let sh = crate::i18n::t().share;
    view! {
        <details class="share-bar">
            <summary>{sh.summary}</summary>
            <div class="share-actions">
                <button type="button" on:click=copy_link>{sh.copy_link}</button>
                <button type="button" on:click=open aria-haspopup="dialog">{sh.embed}</button>
                <details class="share-more">
                    <summary>{sh.cite}</summary>
                    <div class="share-panel">
                        <p>{sh.cite_note}</p>
                        <CiteStyles view=view title=title/>
                    </div>
                </details>
                <details class="share-more">
                    <summary>{sh.download}</summary>
                    <div class="share-panel"><DataDownloads/></div>
                </details>
                <p class="share-status" role="status" aria-live="polite">{move || status.get()}</p>
            </div>
            <EmbedDialog view=view title=title dialog=dialog state=state shown=shown status=status/>
        </details>
    }
    .into_any()
}

/// The page cited in each style, with today as the date of access.
#[component]
fn CiteStyles(view: &'static str, title: &'static str) -> impl IntoView {
    let accessed = browser::today();
    let year = crate::content::content()
        .sources
        .iter()
        .map(|s| s.accessed.year)
        .max()
        .unwrap_or(accessed.0);
    let lang = crate::i18n::lang();
    let page_url = format!("{}{}/{view}", site_address(), lang.prefix());
    // the styles are English-language styles: on other pages, marked as English
    let en = (lang != crate::i18n::Lang::En).then_some("en");
    citations(shown_title(view, title), &page_url, year, accessed)
        .into_iter()
        .map(|(style, text)| {
            view! {
                <div class="cite-style" lang=en>
                    <h3>{style}</h3>
                    <pre class="cite-text">{text}</pre>
                </div>
            }
        })
        .collect_view()
}

/// The view's title in the page's language (English: the `title` given).
fn shown_title(view: &str, title: &'static str) -> &'static str {
    let lang = crate::i18n::lang();
    if lang == crate::i18n::Lang::En {
        return title;
    }
    let p = &lang.strings().pages;
    match view {
        "timeline" => p.timeline.title,
        "map" => p.map.title,
        "alignment" => p.alignment.title,
        "teach" => p.teach.title,
        _ => title,
    }
}

/// The embed dialog: options, the code to paste (with a copy button) and a
/// live preview while it is open.
#[component]
fn EmbedDialog(
    view: &'static str,
    title: &'static str,
    dialog: NodeRef<leptos::html::Dialog>,
    /// The view's query when the dialog opened.
    state: RwSignal<String>,
    /// Open (the preview loads only then).
    shown: RwSignal<bool>,
    status: RwSignal<String>,
) -> impl IntoView {
    let opts = RwSignal::new(EmbedOptions::default());
    let url = Memo::new(move |_| {
        embed_url(
            &format!("{}{}", site_address(), crate::i18n::lang().prefix()),
            view,
            &state.get(),
            &opts.get(),
        )
    });
    let t = crate::i18n::t();
    let w = &t.share.dialog;
    let title = shown_title(view, title);
    let iframe_title = format!("{title}{}{}", w.from, t.site_title);
    let code =
        Memo::new(move |_| iframe_code(&url.get(), &iframe_title, &site_address(), &opts.get()));
    let close = move |_| {
        if let Some(d) = dialog.get() {
            d.close();
        }
    };
    let copy_code = move |_| {
        browser::copy_text(&code.get_untracked(), Some("embed-code"));
        status.set(w.copied.into());
    };
    let theme_radio = move |t: EmbedTheme, label: &'static str| {
        view! {
            <label><input type="radio" name="embed-theme"
                prop:checked=move || opts.get().theme == t
                on:change=move |_| opts.update(|o| o.theme = t)/>" " {label}</label>
        }
    };
    view! {
        <dialog node_ref=dialog class="embed-dialog" aria-labelledby="embed-h" on:close=move |_| shown.set(false)
            // keys inside the dialog (Escape closes it) are not the view's shortcuts
            on:keydown=|ev| ev.stop_propagation()>
            <h2 id="embed-h">{format!("{}{title}{}", w.heading.0, w.heading.1)}</h2>
            <p>{w.intro}</p>
            <fieldset>
                <legend>{w.theme[0]}</legend>
                {theme_radio(EmbedTheme::Auto, w.theme[1])}
                {theme_radio(EmbedTheme::Light, w.theme[2])}
                {theme_radio(EmbedTheme::Dark, w.theme[3])}
            </fieldset>
            <fieldset>
                <legend>{w.options[0]}</legend>
                <label><input type="checkbox" prop:checked=move || opts.get().current_state
                    on:change=move |ev| opts.update(|o| o.current_state = event_target_checked(&ev))/>
                    {w.options[1]}</label>
                <label><input type="checkbox" prop:checked=move || opts.get().footer
                    on:change=move |ev| opts.update(|o| o.footer = event_target_checked(&ev))/>
                    {w.options[2]}</label>
                <label><input type="checkbox" prop:checked=move || opts.get().auto_height
                    on:change=move |ev| opts.update(|o| o.auto_height = event_target_checked(&ev))/>
                    {w.options[3]}</label>
                <label>{w.height}
                    <input type="number" min="200" max="4000" step="10" class="embed-height"
                        prop:value=move || opts.get().height.to_string()
                        on:change=move |ev| {
                            if let Ok(h) = event_target_value(&ev).trim().parse::<u32>() {
                                opts.update(|o| o.height = h.clamp(200, 4000));
                            }
                        }/></label>
            </fieldset>
            <label for="embed-code">{w.code}</label>
            <textarea id="embed-code" readonly rows="4" prop:value=move || code.get()></textarea>
            <div class="embed-actions">
                <button type="button" on:click=copy_code>{w.copy}</button>
                <button type="button" on:click=close>{w.close}</button>
                <span class="share-status" role="status">{move || status.get()}</span>
            </div>
            <h3>{w.preview}</h3>
            {move || shown.get().then(|| view! {
                <iframe class="embed-preview" title=format!("{}{title}", w.preview_title) src=move || { url.get() }></iframe>
            })}
        </dialog>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embed_urls_carry_state_and_options() {
        let o = EmbedOptions::default();
        assert_eq!(
            embed_url("https://x.org/pp", "map", "?mission=onuc&year=1961", &o),
            "https://x.org/pp/embed/map/?mission=onuc&year=1961"
        );
        let dark_plain = EmbedOptions {
            theme: EmbedTheme::Dark,
            footer: false,
            current_state: false,
            ..o
        };
        assert_eq!(
            embed_url(
                "https://x.org",
                "timeline",
                "?event=a&theme=light",
                &dark_plain
            ),
            "https://x.org/embed/timeline/?theme=dark&plain=1"
        );
        // options already in the state are not doubled
        assert_eq!(
            embed_url("", "map", "?theme=light&plain=1&year=1990", &o),
            "/embed/map/?year=1990"
        );
    }

    #[test]
    fn iframe_code_is_plain_and_escaped() {
        let o = EmbedOptions::default();
        let code = iframe_code(
            "https://x.org/embed/map/?a=1&b=2",
            "Map \"x\"",
            "https://x.org",
            &o,
        );
        assert!(code.starts_with("<iframe src=\"https://x.org/embed/map/?a=1&amp;b=2\" title=\"Map &quot;x&quot;\" loading=\"lazy\""));
        assert!(code.contains("data-pp-auto-height"));
        assert!(code.ends_with("<script src=\"https://x.org/embed.js\" async></script>"));
        let fixed = iframe_code(
            "u",
            "t",
            "s",
            &EmbedOptions {
                auto_height: false,
                height: 500,
                ..o
            },
        );
        assert!(fixed.contains("height=\"500\"") && !fixed.contains("<script"));
    }

    #[test]
    fn citations_in_four_styles() {
        let c = citations(
            "Map of deployments",
            "https://x.org/map",
            2026,
            (2026, 11, 23),
        );
        let get = |s: &str| c.iter().find(|(k, _)| *k == s).unwrap().1.clone();
        assert_eq!(get("APA"), format!("Map of deployments. (2026). In {SITE_TITLE}. Retrieved November 23, 2026, from https://x.org/map"));
        assert!(get("MLA").ends_with("Accessed 23 Nov. 2026."));
        assert!(get("Chicago").contains("Accessed November 23, 2026. https://x.org/map."));
        assert!(get("BibTeX").starts_with("@misc{pp-mapofdeployments-2026,"));
        assert!(get("BibTeX").contains("note = {Accessed 2026-11-23}"));
        let may = citations("T", "u", 2026, (2026, 5, 1));
        assert!(may[1].1.contains("Accessed 1 May 2026."));
    }
}
