//! Stand-ins for `web.rs` in native builds (tests, the build tools): a page at
//! the site root with an empty address (or the one a test sets), nothing
//! stored, nothing to focus.

use std::cell::RefCell;

thread_local! {
    /// The page's path and query (`?a=b`), as a test sets them.
    static LOCATION: RefCell<(String, String)> = const { RefCell::new((String::new(), String::new())) };
}

/// Tests: the address the page is at (`/timeline`, `?event=x`).
pub fn set_location(path: &str, search: &str) {
    LOCATION.with(|l| *l.borrow_mut() = (path.to_string(), search.to_string()));
}

pub fn base_href() -> Option<String> {
    None
}

pub fn pathname() -> String {
    LOCATION.with(|l| l.borrow().0.clone())
}

pub fn search() -> String {
    LOCATION.with(|l| l.borrow().1.clone())
}

pub fn hash() -> String {
    String::new()
}

pub fn href() -> String {
    String::new()
}

pub fn origin() -> String {
    String::new()
}

pub fn replace_url(_url: &str) {}

pub fn set_document_title(_title: &str) {}

pub fn set_meta(_name: &str, _content: &str) {}

pub fn set_alternates(_links: &[(&str, String)]) {}

pub fn focus_id(_id: &str) -> bool {
    false
}

pub fn open_details(_id: &str) {}

pub fn scroll_to_fragment(_fragment: &str) -> bool {
    false
}

pub fn from_button(_ev: &web_sys::Event) -> bool {
    false
}

pub fn target_within(_ev: &web_sys::Event, _selector: &str) -> bool {
    false
}

pub fn attr_at_point(_x: f64, _y: f64, _selector: &str, _attr: &str) -> Option<String> {
    None
}

pub fn rect_of(_id: &str) -> Option<(f64, f64, f64, f64)> {
    None
}

pub fn scroll_into_view(_id: &str) {}

pub fn viewport_height() -> f64 {
    800.0
}

pub fn media_matches(_query: &str) -> bool {
    false
}

pub fn clear_body() {}

pub fn remember_page() {}

pub fn was_expanded(_id: &str) -> bool {
    false
}

pub fn drawn_width(_id: &str) -> Option<f64> {
    None
}

pub fn remove_id(_id: &str) {}

pub fn attr_of(_id: &str, _name: &str) -> Option<String> {
    None
}

pub fn set_root_attribute(_name: &str, _value: Option<&str>) {}

pub fn on_window_resize(_f: impl Fn() + 'static) -> impl FnOnce() + Send + Sync + 'static {
    || {}
}

pub fn take_page_data() -> Option<Vec<u8>> {
    None
}

pub fn stored(_key: &str) -> Option<String> {
    None
}

pub fn prefers_reduced_motion() -> bool {
    false
}

/// A fixed date, so that native output does not depend on the clock.
pub fn today() -> (i32, u32, u32) {
    (2026, 1, 1)
}

pub fn copy_text(_text: &str, _fallback_field: Option<&str>) {}

pub fn log_panic(_info: &std::panic::PanicHookInfo) {}

pub fn show_error_panel(_message: &str) {}

pub fn cite_of(_ev: &web_sys::Event) -> Option<super::CiteHit> {
    None
}

pub fn inside_id(_ev: &web_sys::Event, _id: &str) -> bool {
    false
}

pub fn set_attr(_el: &web_sys::HtmlElement, _name: &str, _value: Option<&str>) {}

pub fn on_click_capture(_f: impl Fn(web_sys::MouseEvent) + 'static) {}

/// Listens to `event` on the window until the calling component is cleaned
/// up: no window here, so nothing to listen to.
pub fn on_window<E>(_event: E, _f: impl Fn(E::EventType) + 'static)
where
    E: leptos::ev::EventDescriptor + 'static,
    E::EventType: wasm_bindgen::JsCast,
{
}
