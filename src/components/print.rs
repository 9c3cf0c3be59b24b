//! Print: every view prints as a handout (assets/style.css `@media print`):
//! no controls, the view's state in words ([`PrintState`]), citations as
//! numbered references, and the page's address and the day it was printed
//! (both filled in by assets/page.js when the page is printed, in the footer's
//! `.print-stamp` and `.print-refs`). [`PrintActions`] offers the handout and a
//! one-page summary (`html[data-print="summary"]`); assets/page.js handles the
//! buttons, so they work before the app has started.

use leptos::prelude::*;

/// The view's state in words, shown only in print: "Map: missions active in 1993".
#[component]
pub fn PrintState(#[prop(into)] text: Signal<String>) -> impl IntoView {
    view! { <p class="print-state print-only">{move || text.get()}</p> }
}

/// The two print buttons of a view (hidden in print).
#[component]
pub fn PrintActions() -> impl IntoView {
    view! {
        <p class="print-actions" data-print-summary="">
            <button type="button" data-print-button="full">{crate::i18n::t().print.handout}</button>
            <button type="button" data-print-button="summary">{crate::i18n::t().print.summary}</button>
        </p>
    }
}

/// Items of a list in words: "a", "a and b", "a, b and c" (the joints in
/// the page's language).
pub fn in_words(items: &[&str]) -> String {
    let t = crate::i18n::t();
    match items {
        [] => String::new(),
        [one] => (*one).to_string(),
        [rest @ .., last] => format!("{}{}{last}", rest.join(t.map.list_sep), t.align.and),
    }
}

#[cfg(test)]
mod tests {
    use super::in_words;

    #[test]
    fn lists_in_words() {
        assert_eq!(in_words(&[]), "");
        assert_eq!(in_words(&["war"]), "war");
        assert_eq!(in_words(&["war", "alliance"]), "war and alliance");
        assert_eq!(in_words(&["a", "b", "c"]), "a, b and c");
    }
}
