//! A view's prerendered states, for its keeper (the small app that works the
//! prerendered page until the full app takes over): at build time the real
//! app was set to each state its keeper offers (a year on the map, an option
//! in the alignment explorer) and the regions that change were written down
//! (`scripts/lib/states.mjs`), one small JSON file per state. A keeper shows
//! a state by fetching its file and putting those regions in the page.
//!
//! A state's file is a list of parts, `[selector, whole, elements]`: each
//! element matching `selector`, in page order, gets the attributes listed for
//! it (`[name, value, name, value, …]`), and when `whole` is 1 also the
//! listed children (its inner HTML) and loses the attributes not listed.
//! The elements themselves stay, so a live region stays one. wasm32 only.

use js_sys::Array;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::Element;

use super::page;

/// How long a state's file may take before the full app is asked for
/// instead (as `assets/boot.js` gives up a download that stalls).
pub const STALL_MS: i32 = 5000;

/// The event `assets/boot.js` listens for: the keeper cannot show what the
/// reader asked for (a state's file did not come), so the full app must.
pub const GAVE_UP: &str = "pp-keeper-gave-up";

/// Where a page's states are (`data-keep-states` on the boot script, written
/// by `scripts/postbuild.mjs`).
pub fn dir() -> Option<String> {
    page::first("script[data-keep-states]")?.get_attribute("data-keep-states")
}

#[derive(Clone)]
pub struct States {
    dir: String,
    /// The files already fetched, by key.
    got: Rc<RefCell<HashMap<String, JsValue>>>,
    /// The state asked for last: an older answer arriving late is not shown.
    latest: Rc<RefCell<String>>,
}

impl States {
    pub fn new(dir: String) -> Self {
        States {
            dir,
            got: Rc::default(),
            latest: Rc::default(),
        }
    }

    /// Shows the state `key` (at once when its file has come before). A
    /// file that fails, has not come within [`STALL_MS`], or does not fit the
    /// page hands the page to the full app ([`give_up`]); after that the
    /// keeper shows nothing more. One `States` per group of regions: a state
    /// asked for in one group does not cancel another group's.
    pub fn show(&self, key: &str) {
        if !keeping() {
            return;
        }
        *self.latest.borrow_mut() = key.to_string();
        if let Some(parts) = self.got.borrow().get(key) {
            if !apply(parts) {
                give_up();
            }
            return;
        }
        let this = self.clone();
        let key = key.to_string();
        {
            let (this, key) = (this.clone(), key.clone());
            page::later(STALL_MS, move || {
                let waiting = *this.latest.borrow() == key && !this.got.borrow().contains_key(&key);
                if waiting && keeping() {
                    give_up();
                }
            });
        }
        wasm_bindgen_futures::spawn_local(async move {
            match fetch_json(&format!("{}/{key}.json", this.dir)).await {
                Ok(parts) => {
                    this.got.borrow_mut().insert(key.clone(), parts.clone());
                    // not once the keeper gave up or the full app took the page over
                    if *this.latest.borrow() == key && keeping() && !apply(&parts) {
                        give_up();
                    }
                }
                Err(_) if *this.latest.borrow() == key && keeping() => give_up(),
                Err(_) => {}
            }
        });
    }
}

async fn fetch_json(url: &str) -> Result<JsValue, JsValue> {
    let w = web_sys::window().ok_or(JsValue::NULL)?;
    let r: web_sys::Response = JsFuture::from(w.fetch_with_str(url)).await?.dyn_into()?;
    if !r.ok() {
        return Err(JsValue::NULL);
    }
    JsFuture::from(r.json()?).await
}

/// Whether the keeper still works the page: it has not given up, and the
/// full app has not taken the page over.
pub fn keeping() -> bool {
    page::first("html[data-keeper=ready] body[data-prerendered]").is_some()
}

/// The keeper stops (`<html data-keeper="none">`) and asks boot.js for the full app.
pub fn give_up() {
    page::set_keeper(false);
    if let (Some(w), Ok(e)) = (web_sys::window(), web_sys::Event::new(GAVE_UP)) {
        let _ = w.dispatch_event(&e);
    }
}

fn string(v: &JsValue) -> String {
    v.as_string().unwrap_or_default()
}

/// Puts a state's parts in the page (see the module's note); false when the
/// page does not have the elements the state was drawn on (then only the
/// full app can show it).
fn apply(parts: &JsValue) -> bool {
    let Ok(parts) = parts.clone().dyn_into::<Array>() else {
        return false;
    };
    for part in parts.iter() {
        let part = Array::from(&part);
        let whole = part.get(1).as_f64() == Some(1.0);
        let els = page::all(&string(&part.get(0)));
        let values = Array::from(&part.get(2));
        if els.len() as u32 != values.length() {
            return false;
        }
        for (el, v) in els.iter().zip(values.iter()) {
            let v = Array::from(&v);
            set_element(
                el,
                &Array::from(&v.get(0)),
                whole.then(|| string(&v.get(1))),
            );
        }
    }
    true
}

fn set_element(el: &Element, attrs: &Array, inner: Option<String>) {
    let listed: Vec<(String, String)> = (0..attrs.length() / 2)
        .map(|i| (string(&attrs.get(2 * i)), string(&attrs.get(2 * i + 1))))
        .collect();
    if inner.is_some() {
        let names = el.get_attribute_names();
        for n in names.iter().map(|n| string(&n)) {
            if !listed.iter().any(|(k, _)| *k == n) {
                let _ = el.remove_attribute(&n);
            }
        }
    }
    for (k, v) in &listed {
        page::set_attr(el, k, Some(v));
    }
    if let Some(html) = inner {
        if el.inner_html() != html {
            el.set_inner_html(&html);
        }
    }
}
