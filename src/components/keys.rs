//! Keyboard helpers shared by the views: roving focus among a set of items.

/// Focuses the element with `id` if it is shown; false when it is not.
pub fn focus_id(id: &str) -> bool {
    use wasm_bindgen::JsCast;
    let el = leptos::prelude::document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    match el {
        Some(el) if el.offset_parent().is_some() => {
            let _ = el.focus();
            true
        }
        _ => false,
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
