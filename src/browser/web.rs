//! The browser calls (wasm32). Each one fails quietly: a page without storage,
//! a clipboard or a `<base>` works as well as it can. `native.rs` has the same
//! functions for native builds.

use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlElement, Window};

fn window() -> Option<Window> {
    web_sys::window()
}

pub(super) fn document() -> Option<Document> {
    window()?.document()
}

fn element(id: &str) -> Option<Element> {
    document()?.get_element_by_id(id)
}

// ----------------------------------------------------------------- address ----

/// The `href` of the page's `<base>` (written by `trunk build --public-url`).
pub fn base_href() -> Option<String> {
    document()?
        .query_selector("base[href]")
        .ok()
        .flatten()?
        .get_attribute("href")
}

/// A part of `location` (`""` when it cannot be read).
fn location(part: fn(&web_sys::Location) -> Result<String, wasm_bindgen::JsValue>) -> String {
    window()
        .and_then(|w| part(&w.location()).ok())
        .unwrap_or_default()
}

pub fn pathname() -> String {
    location(web_sys::Location::pathname)
}

/// The query, with its `?` (or `""`).
pub fn search() -> String {
    location(web_sys::Location::search)
}

/// The fragment, with its `#` (or `""`).
pub fn hash() -> String {
    location(web_sys::Location::hash)
}

/// The whole address of the page.
pub fn href() -> String {
    location(web_sys::Location::href)
}

/// `https://host` (no trailing slash).
pub fn origin() -> String {
    location(web_sys::Location::origin)
}

/// Replaces the address without a reload or a new history entry. Inside an
/// iframe it changes the frame's address, never the parent's.
pub fn replace_url(url: &str) {
    if let Some(h) = window().and_then(|w| w.history().ok()) {
        let _ = h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(url));
    }
}

// ---------------------------------------------------------------- document ----

/// Sets the `content` of `<meta name=NAME>` in the head (added if missing).
pub fn set_meta(name: &str, content: &str) {
    let Some(d) = document() else { return };
    let Some(head) = d.head() else { return };
    let el = match d
        .query_selector(&format!("meta[name='{name}']"))
        .ok()
        .flatten()
    {
        Some(e) => e,
        None => match d.create_element("meta") {
            Ok(e) => {
                let _ = e.set_attribute("name", name);
                let _ = head.append_child(&e);
                e
            }
            Err(_) => return,
        },
    };
    let _ = el.set_attribute("content", content);
}

/// Replaces the head's `<link rel="alternate" hreflang>` links with these
/// (language code, absolute address) pairs.
pub fn set_alternates(links: &[(&str, String)]) {
    let Some(d) = document() else { return };
    let Some(head) = d.head() else { return };
    if let Ok(old) = d.query_selector_all("link[rel='alternate'][hreflang]") {
        for i in 0..old.length() {
            if let Some(n) = old.item(i) {
                if let Some(p) = n.parent_node() {
                    let _ = p.remove_child(&n);
                }
            }
        }
    }
    for (code, href) in links {
        if let Ok(e) = d.create_element("link") {
            let _ = e.set_attribute("rel", "alternate");
            let _ = e.set_attribute("hreflang", code);
            let _ = e.set_attribute("href", href);
            let _ = head.append_child(&e);
        }
    }
}

pub fn set_document_title(title: &str) {
    if let Some(d) = document() {
        d.set_title(title);
    }
}

/// Focuses the element with `id` if it is shown; false when it is not.
pub fn focus_id(id: &str) -> bool {
    match element(id).and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
        Some(el) if el.offset_parent().is_some() => {
            let _ = el.focus();
            true
        }
        _ => false,
    }
}

/// Brings the element a fragment names into view (`#src-x` or `src-x`),
/// first opening any closed `<details>` around it, and moves focus there (so
/// the keyboard continues from it). `false` if there is no such element.
pub fn scroll_to_fragment(fragment: &str) -> bool {
    let id = fragment.trim_start_matches('#');
    if id.is_empty() {
        return false;
    }
    let Some(el) = element(id) else {
        return false;
    };
    let mut up = el.parent_element();
    while let Some(p) = up {
        if p.tag_name().eq_ignore_ascii_case("details") && !p.has_attribute("open") {
            let _ = p.set_attribute("open", "");
        }
        up = p.parent_element();
    }
    el.scroll_into_view();
    if let Ok(h) = el.clone().dyn_into::<HtmlElement>() {
        if !h.has_attribute("tabindex") {
            let _ = h.set_attribute("tabindex", "-1");
        }
        let opts = web_sys::FocusOptions::new();
        opts.set_prevent_scroll(true);
        let _ = h.focus_with_options(&opts);
    }
    true
}

/// A citation link an event happened on (`a.cite`): the ids of the sources
/// it cites (`data-source`, space-separated) and its box in the window.
pub fn cite_of(ev: &web_sys::Event) -> Option<super::CiteHit> {
    let el = ev
        .target()?
        .dyn_into::<Element>()
        .ok()?
        .closest("a.cite[data-source]")
        .ok()??;
    let ids = el
        .get_attribute("data-source")?
        .split_whitespace()
        .map(str::to_string)
        .collect();
    let r = el.get_bounding_client_rect();
    Some(super::CiteHit {
        ids,
        left: r.left(),
        top: r.top(),
        bottom: r.bottom(),
        width: window()?.inner_width().ok()?.as_f64()?,
        height: window()?.inner_height().ok()?.as_f64()?,
        element: el.dyn_into::<HtmlElement>().ok(),
    })
}

/// Listens to clicks on the whole page in the capture phase, before the
/// router's own click handling (which follows links), for the page's life.
pub fn on_click_capture(f: impl Fn(web_sys::MouseEvent) + 'static) {
    use wasm_bindgen::closure::Closure;
    let cb = Closure::<dyn Fn(web_sys::MouseEvent)>::new(f);
    if let Some(w) = window() {
        let _ =
            w.add_event_listener_with_callback_and_bool("click", cb.as_ref().unchecked_ref(), true);
    }
    cb.forget();
}

/// Did the event happen inside the element `id` (the popover)?
pub fn inside_id(ev: &web_sys::Event, id: &str) -> bool {
    let Some(target) = ev.target().and_then(|t| t.dyn_into::<web_sys::Node>().ok()) else {
        return false;
    };
    element(id).is_some_and(|e| e.contains(Some(&target)))
}

/// Sets or removes an attribute of a citation link.
pub fn set_attr(el: &HtmlElement, name: &str, value: Option<&str>) {
    let _ = match value {
        Some(v) => el.set_attribute(name, v),
        None => el.remove_attribute(name),
    };
}

/// Opens the `<details id>` disclosure and moves focus to its summary.
pub fn open_details(id: &str) {
    if let Some(d) = element(id) {
        let _ = d.set_attribute("open", "");
        if let Some(summary) = d
            .query_selector("summary")
            .ok()
            .flatten()
            .and_then(|s| s.dyn_into::<HtmlElement>().ok())
        {
            let _ = summary.focus();
            summary.scroll_into_view();
        }
    }
}

/// Is the event's target inside a `<button>`?
pub fn from_button(ev: &web_sys::Event) -> bool {
    ev.target()
        .and_then(|t| t.dyn_into::<Element>().ok())
        .and_then(|e| e.closest("button").ok().flatten())
        .is_some()
}

/// Is the event's target inside an element matching `selector`?
pub fn target_within(ev: &web_sys::Event, selector: &str) -> bool {
    ev.target()
        .and_then(|t| t.dyn_into::<Element>().ok())
        .and_then(|e| e.closest(selector).ok().flatten())
        .is_some()
}

/// The value of `attr` on the element matching `selector` that holds the
/// point (`x`, `y`) of the viewport (the point's element or an ancestor).
pub fn attr_at_point(x: f64, y: f64, selector: &str, attr: &str) -> Option<String> {
    document()?
        .element_from_point(x as f32, y as f32)?
        .closest(selector)
        .ok()
        .flatten()?
        .get_attribute(attr)
}

/// The box of the element `id` in the viewport: (left, top, width, bottom).
pub fn rect_of(id: &str) -> Option<(f64, f64, f64, f64)> {
    let r = element(id)?.get_bounding_client_rect();
    Some((r.left(), r.top(), r.width(), r.bottom()))
}

/// Scrolls the element `id` into view, only as far as needed (its
/// `scroll-margin` keeps it clear of sticky bars).
pub fn scroll_into_view(id: &str) {
    if let Some(e) = element(id) {
        let o = web_sys::ScrollIntoViewOptions::new();
        o.set_block(web_sys::ScrollLogicalPosition::Nearest);
        e.scroll_into_view_with_scroll_into_view_options(&o);
    }
}

/// The height of the window's viewport (CSS px).
pub fn viewport_height() -> f64 {
    window()
        .and_then(|w| w.inner_height().ok())
        .and_then(|h| h.as_f64())
        .unwrap_or(800.0)
}

/// Does the media query match (e.g. `(max-width: 37.5em)`)?
pub fn media_matches(query: &str) -> bool {
    window()
        .and_then(|w| w.match_media(query).ok().flatten())
        .map(|m| m.matches())
        .unwrap_or(false)
}

/// Empties `<body>` but for its scripts (the loading notice or the prerendered
/// copy of the page), before the app renders the same content again.
pub fn clear_body() {
    let Some(body) = document().and_then(|d| d.body()) else {
        return;
    };
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

/// An attribute of the element with this id.
pub fn attr_of(id: &str, name: &str) -> Option<String> {
    element(id)?.get_attribute(name)
}

/// Removes the element with this id, if there is one.
pub fn remove_id(id: &str) {
    if let Some(el) = element(id) {
        el.remove();
    }
}

/// Sets (or with `None` removes) an attribute of `<html>`.
pub fn set_root_attribute(name: &str, value: Option<&str>) {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let _ = match value {
            Some(v) => root.set_attribute(name, v),
            None => root.remove_attribute(name),
        };
    }
}

/// The page's data file as the loader fetched it (`window.ppData`, a
/// `Uint8Array`, set by `assets/boot.js` before the app starts), taken once.
pub fn take_page_data() -> Option<Vec<u8>> {
    let w = window()?;
    let key = wasm_bindgen::JsValue::from_str("ppData");
    let data = js_sys::Reflect::get(&w, &key).ok()?;
    let bytes = data.dyn_into::<js_sys::Uint8Array>().ok()?.to_vec();
    let _ = js_sys::Reflect::delete_property(&w, &key);
    Some(bytes)
}

/// Calls `f` whenever the window is resized; the returned function stops it.
pub fn on_window_resize(f: impl Fn() + 'static) -> impl FnOnce() + Send + Sync + 'static {
    let handle = leptos::prelude::window_event_listener(leptos::ev::resize, move |_| f());
    move || handle.remove()
}

// ------------------------------------------------------- storage, settings ----

fn storage() -> Option<web_sys::Storage> {
    window()?.local_storage().ok().flatten()
}

/// A value remembered in `localStorage`.
pub fn stored(key: &str) -> Option<String> {
    storage()?.get_item(key).ok().flatten()
}

/// True when the reader asked the system for less motion.
pub fn prefers_reduced_motion() -> bool {
    window()
        .and_then(|w| {
            w.match_media("(prefers-reduced-motion: reduce)")
                .ok()
                .flatten()
        })
        .map(|m| m.matches())
        .unwrap_or(false)
}

/// Today's date on the reader's clock: (year, month 1-12, day).
pub fn today() -> (i32, u32, u32) {
    let d = js_sys::Date::new_0();
    (d.get_full_year() as i32, d.get_month() + 1, d.get_date())
}

/// Copies text to the clipboard; also selects the text field `fallback_field`
/// (if any), so that the reader can copy it by hand where the clipboard is refused.
pub fn copy_text(text: &str, fallback_field: Option<&str>) {
    if let Some(w) = window() {
        let _ = w.navigator().clipboard().write_text(text);
    }
    if let Some(t) = fallback_field
        .and_then(element)
        .and_then(|e| e.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
    {
        t.select();
    }
}

// ------------------------------------------------------------------ errors ----

/// The full panic message in the browser console.
pub fn log_panic(info: &std::panic::PanicHookInfo) {
    console_error_panic_hook::hook(info);
}

/// Puts the error panel at the top of the page (once) and focuses it. Built
/// with text nodes only: the message may quote a URL or content, so it is never
/// parsed as HTML.
pub fn show_error_panel(message: &str) {
    let Some(doc) = document() else { return };
    if doc.get_element_by_id("app-error").is_some() {
        return;
    }
    let Some(body) = doc.body() else { return };
    // a child element with optional text, appended to `parent`
    let add = |parent: &Element, tag: &str, text: Option<&str>| {
        let e = doc.create_element(tag).ok()?;
        e.set_text_content(text);
        parent.append_child(&e).ok()?;
        Some(e)
    };
    let build = || -> Option<Element> {
        let panel = doc.create_element("div").ok()?;
        panel.set_id("app-error");
        panel.set_class_name("app-error");
        panel.set_attribute("role", "alert").ok()?;
        panel.set_attribute("tabindex", "-1").ok()?;
        add(&panel, "h2", Some("Something went wrong"))?;
        add(
            &panel,
            "p",
            Some("This page stopped working because of an error in the explainer. Reloading the page usually helps; the link you opened is kept."),
        )?;
        let p = add(&panel, "p", None)?;
        let a = add(&p, "a", Some("Reload this page"))?;
        a.set_attribute("href", &href()).ok()?;
        let details = add(&panel, "details", None)?;
        add(&details, "summary", Some("Technical details"))?;
        add(&details, "pre", Some(message))?;
        Some(panel)
    };
    if let Some(panel) = build() {
        let _ = body.insert_before(&panel, body.first_child().as_ref());
        if let Ok(h) = panel.dyn_into::<HtmlElement>() {
            let _ = h.focus();
        }
    }
}

/// Listens to `event` on the window until the calling component is cleaned up.
pub fn on_window<E>(event: E, f: impl Fn(E::EventType) + 'static)
where
    E: leptos::ev::EventDescriptor + 'static,
    E::EventType: wasm_bindgen::JsCast,
{
    let handle = leptos::prelude::window_event_listener(event, f);
    leptos::prelude::on_cleanup(move || handle.remove());
}

/// What the prerendered page showed on this screen, read before the app
/// replaces it ([`remember_page`]).
#[derive(Default)]
struct Drawn {
    /// The widths its measured elements (`[data-measured]`, by id) were laid out at.
    widths: Vec<(String, f64)>,
    /// The ids of the panels its disclosure buttons had open
    /// (`aria-controls` of `[aria-expanded=true]`: opened by a keeper).
    expanded: Vec<String>,
}

thread_local! {
    static DRAWN: std::cell::RefCell<Drawn> = std::cell::RefCell::new(Drawn::default());
}

/// Reads what the prerendered page shows, before the app replaces it (see
/// [`Drawn`]): the page is laid out and painted then, so reading costs nothing.
pub fn remember_page() {
    // the body's elements (the scripts that come after it have none of these)
    let widths = super::page::all("body [data-measured][id]")
        .iter()
        .map(|el| (el.id(), f64::from(el.client_width())))
        .collect();
    let expanded = super::page::all("body [aria-expanded=true][aria-controls]")
        .iter()
        .filter_map(|el| el.get_attribute("aria-controls"))
        .collect();
    DRAWN.with(|d| *d.borrow_mut() = Drawn { widths, expanded });
}

/// The width the prerendered element `id` had on this screen (see
/// [`remember_page`]); `None` when the page was not prerendered, or the
/// element was hidden.
pub fn drawn_width(id: &str) -> Option<f64> {
    DRAWN.with(|d| {
        d.borrow()
            .widths
            .iter()
            .find(|(k, v)| k == id && *v > super::MIN_REAL_WIDTH)
            .map(|(_, v)| *v)
    })
}

/// Whether the prerendered page had the panel `id` open (see [`remember_page`]).
pub fn was_expanded(id: &str) -> bool {
    DRAWN.with(|d| d.borrow().expanded.iter().any(|k| k == id))
}
