//! The prerendered page as it stands, for a view's keeper (the small app that
//! makes a view's first controls work on the prerendered page until the full
//! app takes over: [`crate::views::timeline::keeper`]). Plain DOM calls
//! through `web-sys`, no Leptos: a keeper's wasm stays small. wasm32 only.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, HtmlInputElement};

pub use web_sys::Element as Node;

use super::web::document;

fn list(found: Option<web_sys::NodeList>) -> Vec<Element> {
    let Some(l) = found else { return Vec::new() };
    (0..l.length())
        .filter_map(|i| l.item(i)?.dyn_into::<Element>().ok())
        .collect()
}

/// Whether this is the prerendered page of a view (`view`: the selector of
/// its root element) opened without a state in its address: the only page a
/// keeper works on (a page drawn with a state only the full app shows right).
pub fn keepable(view: &str) -> bool {
    super::search().is_empty() && first(&format!("body[data-prerendered] {view}")).is_some()
}

/// Tells `assets/boot.js` whether the keeper runs (`<html data-keeper>`:
/// "ready", or "none" and the full app does everything).
pub fn set_keeper(ready: bool) {
    super::set_root_attribute("data-keeper", Some(if ready { "ready" } else { "none" }));
}

/// Every element matching `selector` in the page, in document order.
pub fn all(selector: &str) -> Vec<Element> {
    list(document().and_then(|d| d.query_selector_all(selector).ok()))
}

/// Every element matching `selector` inside `el`.
pub fn all_in(el: &Element, selector: &str) -> Vec<Element> {
    list(el.query_selector_all(selector).ok())
}

/// The first element matching `selector` in the page.
pub fn first(selector: &str) -> Option<Element> {
    document()?.query_selector(selector).ok().flatten()
}

/// The first element matching `selector` inside `el`.
pub fn first_in(el: &Element, selector: &str) -> Option<Element> {
    el.query_selector(selector).ok().flatten()
}

pub fn text(el: &Element) -> String {
    el.text_content().unwrap_or_default()
}

pub fn set_text(el: &Element, text: &str) {
    if el.text_content().as_deref() != Some(text) {
        el.set_text_content(Some(text));
    }
}

/// Sets the text of `el`'s first child (a count before its hidden words).
pub fn set_first_text(el: &Element, text: &str) {
    if let Some(n) = el.first_child() {
        if n.node_value().as_deref() != Some(text) {
            n.set_node_value(Some(text));
        }
    }
}

pub fn set_attr(el: &Element, name: &str, value: Option<&str>) {
    if el.get_attribute(name).as_deref() == value {
        return;
    }
    let _ = match value {
        Some(v) => el.set_attribute(name, v),
        None => el.remove_attribute(name),
    };
}

pub fn set_hidden(el: &Element, hidden: bool) {
    set_attr(el, "hidden", hidden.then_some(""));
}

pub fn set_class(el: &Element, class: &str, on: bool) {
    let _ = el.class_list().toggle_with_force(class, on);
}

pub fn checked(el: &Element) -> bool {
    el.dyn_ref::<HtmlInputElement>()
        .is_some_and(|i| i.checked())
}

pub fn set_checked(el: &Element, on: bool) {
    if let Some(i) = el.dyn_ref::<HtmlInputElement>() {
        i.set_checked(on);
    }
}

pub fn value(el: &Element) -> String {
    el.dyn_ref::<HtmlInputElement>()
        .map(|i| i.value())
        .unwrap_or_default()
}

/// Takes `el` out of the page, or puts it back at the end of `parent`.
pub fn set_present(el: &Element, parent: &Element, present: bool) {
    match (present, el.parent_element().is_some()) {
        (true, false) => {
            let _ = parent.append_with_node_1(el);
        }
        (false, true) => el.remove(),
        _ => {}
    }
}

/// Calls `f` once, `ms` milliseconds from now.
pub fn later(ms: i32, f: impl FnOnce() + 'static) {
    let f = Closure::once_into_js(f);
    if let Some(w) = web_sys::window() {
        let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(f.unchecked_ref(), ms);
    }
}

/// Calls `f` on each `event` at `el`, for the life of the page.
pub fn listen(el: &Element, event: &str, f: impl FnMut(Event) + 'static) {
    let f = Closure::<dyn FnMut(Event)>::new(f);
    let _ = el.add_event_listener_with_callback(event, f.as_ref().unchecked_ref());
    f.forget();
}

fn marked(segments: &[(String, bool)]) -> Vec<web_sys::Node> {
    let Some(d) = document() else {
        return Vec::new();
    };
    segments
        .iter()
        .filter_map(|(s, m)| {
            if *m {
                let mark = d.create_element("mark").ok()?;
                mark.set_text_content(Some(s));
                Some(mark.into())
            } else {
                Some(d.create_text_node(s).into())
            }
        })
        .collect()
}

/// `el`'s children replaced by `segments`, the marked ones in `<mark>`.
pub fn set_marked(el: &Element, segments: &[(String, bool)]) {
    el.set_text_content(None);
    for n in marked(segments) {
        let _ = el.append_with_node_1(&n);
    }
}

/// The children of `el` before `stop` (all of them without it) replaced by
/// `segments`, the marked ones in `<mark>`.
pub fn set_marked_before(el: &Element, stop: Option<&Element>, segments: &[(String, bool)]) {
    let stop: Option<&web_sys::Node> = stop.map(|s| s.as_ref());
    while let Some(c) = el.first_child() {
        if Some(&c) == stop {
            break;
        }
        let _ = el.remove_child(&c);
    }
    for n in marked(segments) {
        let _ = el.insert_before(&n, stop);
    }
}
