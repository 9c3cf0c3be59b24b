//! Small Leptos hooks for what several views do with the page. Each wraps the
//! browser calls of this module, so the views that use them read as UI.

use super::{focus_id, hash, on_window_resize, pathname, replace_url, search};
use crate::url::{with_query, QueryState};
use leptos::prelude::*;
use web_sys::KeyboardEvent;

/// Keeps the address bar's query in step with a view's typed state (its
/// logic module's `UrlState`), with `replaceState`: no history entries, and
/// inside an iframe only the frame's own address changes.
pub fn sync_url<S: QueryState>(state: impl Fn() -> S + 'static) {
    Effect::new(move |_| {
        let pairs = state().to_query();
        replace_url(&with_query(&pathname(), &search(), &hash(), &pairs));
    });
}

/// The inner width (CSS px) of the element `id`, measured once it is on the
/// page (and again on the next frame, when it is laid out) and whenever the
/// window is resized. `initial` stands until then, and while the element is
/// hidden. The element carries `data-measured`: when the app replaces the
/// prerendered page, the width the page's copy had is the start
/// ([`super::drawn_width`]), and the first measure waits for the next frame:
/// measured at once, the new page would be laid out out of turn, half drawn
/// (about 200 ms of a view's start on a phone with a slow CPU).
pub fn use_element_width(
    node: NodeRef<leptos::html::Div>,
    id: &'static str,
    initial: f64,
) -> ReadSignal<f64> {
    let drawn = super::drawn_width(id);
    let width = RwSignal::new(drawn.unwrap_or(initial));
    // `try_`: a measure queued for the next frame may run after the view is gone
    let measure = move || {
        if let Some(el) = node.try_get_untracked().flatten() {
            let w = el.client_width() as f64;
            if w > super::MIN_REAL_WIDTH && (w - width.try_get_untracked().unwrap_or(w)).abs() > 0.5
            {
                width.set(w);
            }
        }
    };
    Effect::new(move |_| {
        if node.get().is_some() {
            if drawn.is_none() {
                measure();
            }
            request_animation_frame(measure);
        }
    });
    on_cleanup(on_window_resize(measure));
    width.read_only()
}

/// A keydown handler for a view's root: Escape closes what `is_open` says is
/// open (and nothing else happens to the key then).
pub fn escape_closes(
    is_open: impl Fn() -> bool + 'static,
    close: impl Fn() + 'static,
) -> impl Fn(KeyboardEvent) + 'static {
    move |ev: KeyboardEvent| {
        if ev.key() == "Escape" && is_open() {
            ev.prevent_default();
            close();
        }
    }
}

/// Focuses the element with `id` after the next frame, once the view has drawn it.
pub fn focus_after_frame(id: impl Into<String>) {
    let id = id.into();
    request_animation_frame(move || {
        focus_id(&id);
    });
}

/// Focuses the first of `ids` that is shown, after the next frame.
pub fn focus_first_after_frame(ids: Vec<String>) {
    request_animation_frame(move || {
        for id in ids {
            if focus_id(&id) {
                break;
            }
        }
    });
}

/// A panel (a detail, a card) that takes focus when it opens and gives it back
/// to the control that opened it when it closes.
#[derive(Clone, Copy)]
pub struct ReturnFocus {
    opener: StoredValue<Option<String>>,
}

impl ReturnFocus {
    pub fn new() -> Self {
        ReturnFocus {
            opener: StoredValue::new(None),
        }
    }

    /// Remembers the id of the control that opened the panel (`None`: no
    /// control to return to) and focuses `target` (the panel's heading) after the next frame.
    pub fn open(&self, opener: Option<String>, target: &str) {
        self.opener.set_value(opener);
        focus_after_frame(target);
    }

    /// Forgets the opener (the panel now shows something else).
    pub fn forget(&self) {
        self.opener.set_value(None);
    }

    /// After the next frame, focuses the opener if it is shown, else the first
    /// shown of `fallbacks`.
    pub fn close(&self, fallbacks: impl IntoIterator<Item = String>) {
        let ids = self
            .opener
            .get_value()
            .into_iter()
            .chain(fallbacks)
            .collect();
        focus_first_after_frame(ids);
    }
}

impl Default for ReturnFocus {
    fn default() -> Self {
        Self::new()
    }
}

/// Index of the next key in `order` after a key press, if the key moves.
pub fn roving_target(key: &str, current: Option<usize>, len: usize) -> Option<usize> {
    if len == 0 {
        return None;
    }
    let cur = current.unwrap_or(0);
    match key {
        "ArrowRight" | "ArrowDown" => Some((cur + 1).min(len - 1)),
        "ArrowLeft" | "ArrowUp" => Some(cur.saturating_sub(1)),
        "Home" => Some(0),
        "End" => Some(len - 1),
        _ => None,
    }
}

/// Roving focus among the elements `ids` (one tab stop for the group): arrow
/// keys, Home and End move from `current`. On a moving key: `moved` gets the
/// new index (to make it the tab stop), then that element takes focus, and
/// true is returned; other keys are left alone.
pub fn roving_keys(
    ev: &KeyboardEvent,
    ids: &[String],
    current: Option<usize>,
    moved: impl FnOnce(usize),
) -> bool {
    match roving_target(&ev.key(), current, ids.len()) {
        Some(t) => {
            ev.prevent_default();
            moved(t);
            focus_id(&ids[t]);
            true
        }
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::roving_target;

    #[test]
    fn roving_keys_move_and_stop_at_ends() {
        assert_eq!(roving_target("ArrowRight", Some(0), 3), Some(1));
        assert_eq!(roving_target("ArrowDown", Some(2), 3), Some(2));
        assert_eq!(roving_target("ArrowLeft", Some(0), 3), Some(0));
        assert_eq!(roving_target("Home", Some(2), 3), Some(0));
        assert_eq!(roving_target("End", None, 3), Some(2));
        assert_eq!(roving_target("a", Some(1), 3), None);
        assert_eq!(roving_target("End", None, 0), None);
    }
}
