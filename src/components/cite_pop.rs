//! Citations in place: hovering, focusing or tapping a citation (`a.cite`,
//! one link per group of sources) shows its sources (title, publisher, date,
//! link, and the entry in the bibliography) in one popover for the page.
//!
//! - mouse: shown while the pointer is on the citation or the popover;
//! - keyboard: shown while the citation has focus, and read out with it
//!   (`aria-describedby`); Enter still follows the link to the bibliography;
//! - touch: the first tap shows it, a second tap on the same citation follows
//!   the link;
//! - Escape, a tap elsewhere or moving on closes it.

use super::cite::short_cite;
use crate::browser::{self, CiteHit};
use crate::content::content;
use crate::url::href;
use leptos::ev;
use leptos::prelude::*;
use std::time::Duration;

pub const POP_ID: &str = "cite-pop";

#[derive(Clone)]
struct Shown {
    hit: CiteHit,
    /// Shown by a tap (stays until dismissed).
    by_touch: bool,
}

/// Where the popover goes: below the citation, or above it near the bottom
/// of the window; kept inside the window horizontally. `(left, top or
/// bottom, above)` in CSS px.
pub fn position(left: f64, top: f64, bottom: f64, width: f64, height: f64) -> (f64, f64, bool) {
    let pop_w = 320f64.min(width - 16.0);
    let x = left.min(width - pop_w - 8.0).max(8.0);
    if bottom + 180.0 > height && top > 180.0 {
        (x, height - top + 6.0, true)
    } else {
        (x, bottom + 6.0, false)
    }
}

/// The popover's words in the page's language: from the catalogue where the
/// app draws the page ([`PopWords::from_catalogue`]), and from the prerendered
/// popover where the app keeps the page ([`PopWords::from_page`]: a text
/// page's app then holds no catalogue).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PopWords {
    /// The popover's name (`aria-label`).
    pub label: String,
    /// The close button's name.
    pub close: String,
    /// The link to a source's entry in the bibliography.
    pub bib: String,
}

impl PopWords {
    pub fn from_catalogue() -> Self {
        let w = &crate::i18n::t().sources;
        PopWords {
            label: w.pop_label.into(),
            close: w.close.into(),
            bib: w.in_bibliography.into(),
        }
    }

    /// The words the prerendered popover carries (`aria-label`, `data-close`,
    /// `data-bib`); `None` on a page without it.
    pub fn from_page() -> Option<Self> {
        let a = |name: &str| browser::attr_of(POP_ID, name);
        Some(PopWords {
            label: a("aria-label")?,
            close: a("data-close")?,
            bib: a("data-bib")?,
        })
    }
}

#[component]
pub fn CitePopover(words: PopWords) -> impl IntoView {
    let PopWords { label, close, bib } = words;
    let (close, bib) = (StoredValue::new(close), StoredValue::new(bib));
    let shown: RwSignal<Option<Shown>> = RwSignal::new(None);
    let touch = StoredValue::new(false);
    // was the popover already showing this citation when the tap began?
    let shown_at_tap = StoredValue::new(false);
    let hide_timer: StoredValue<Option<TimeoutHandle>> = StoredValue::new(None);

    let cancel_hide = move || {
        if let Some(h) = hide_timer.get_value() {
            h.clear();
        }
        hide_timer.set_value(None);
    };
    let describe = move |s: &Option<Shown>, on: bool| {
        if let Some(el) = s.as_ref().and_then(|s| s.hit.element.as_ref()) {
            browser::set_attr(el, "aria-describedby", on.then_some(POP_ID));
        }
    };
    let show = move |hit: CiteHit, by_touch: bool| {
        cancel_hide();
        shown.update(|s| {
            describe(s, false);
            let next = Some(Shown { hit, by_touch });
            describe(&next, true);
            *s = next;
        });
    };
    let hide = move || {
        cancel_hide();
        shown.update(|s| {
            describe(s, false);
            *s = None;
        });
    };
    let hide_soon = move || {
        cancel_hide();
        let h = set_timeout_with_handle(hide, Duration::from_millis(300)).ok();
        hide_timer.set_value(h);
    };
    let same = move |hit: &CiteHit| {
        shown.with_untracked(|s| {
            s.as_ref()
                .is_some_and(|s| s.hit.element.is_some() && s.hit.element == hit.element)
        })
    };

    browser::on_window(ev::pointerdown, move |e| {
        touch.set_value(e.pointer_type() != "mouse");
        match browser::cite_of(&e) {
            Some(hit) => shown_at_tap.set_value(same(&hit)),
            None if !browser::inside_id(&e, POP_ID) => hide(),
            None => {}
        }
    });
    // hovering is for a mouse; a tap shows the popover on its click instead
    browser::on_window(ev::pointerover, move |e| {
        if e.pointer_type() != "mouse" {
            return;
        }
        if let Some(hit) = browser::cite_of(&e) {
            if !same(&hit) {
                show(hit, false);
            } else {
                cancel_hide();
            }
        } else if browser::inside_id(&e, POP_ID) {
            cancel_hide();
        }
    });
    browser::on_window(ev::pointerout, move |e| {
        if e.pointer_type() != "mouse" {
            return;
        }
        let touchy = shown.with_untracked(|s| s.as_ref().is_some_and(|s| s.by_touch));
        if !touchy && (browser::cite_of(&e).is_some() || browser::inside_id(&e, POP_ID)) {
            hide_soon();
        }
    });
    browser::on_window(ev::focusin, move |e| {
        if let Some(hit) = browser::cite_of(&e) {
            if !same(&hit) {
                show(hit, false);
            }
        } else if !browser::inside_id(&e, POP_ID) {
            hide();
        }
    });
    // before the router follows the link
    browser::on_click_capture(move |e| {
        if let Some(hit) = browser::cite_of(&e) {
            // a tap shows the sources first; a second tap follows the link
            if touch.get_value() && !shown_at_tap.get_value() {
                e.prevent_default();
                e.stop_propagation();
                show(hit, true);
            } else {
                hide();
            }
        }
    });
    browser::on_window(ev::keydown, move |e| {
        if e.key() == "Escape" && shown.with_untracked(Option::is_some) {
            hide();
        }
    });
    browser::on_window(ev::scroll, move |_| {
        let touchy = shown.with_untracked(|s| s.as_ref().is_some_and(|s| s.by_touch));
        if !touchy && shown.with_untracked(Option::is_some) {
            hide();
        }
    });

    let body = move || {
        shown.get().map(|s| {
            let c = content();
            let (x, y, above) = position(s.hit.left, s.hit.top, s.hit.bottom, s.hit.width, s.hit.height);
            let style = if above {
                format!("left:{x:.0}px;bottom:{y:.0}px")
            } else {
                format!("left:{x:.0}px;top:{y:.0}px")
            };
            let items = s
                .hit
                .ids
                .iter()
                .filter_map(|id| c.source(id))
                .map(|src| {
                    view! {
                        <li lang=super::cite::en_attr()>
                            <span class="pop-title">
                                {match &src.url {
                                    Some(u) => view! { <a href=u.clone() rel="noopener noreferrer">{src.title.clone()}</a> }.into_any(),
                                    None => view! { <span>{src.title.clone()}</span> }.into_any(),
                                }}
                            </span>
                            <span class="pop-meta">{short_cite(src)}</span>
                            <a class="pop-bib" lang=crate::i18n::lang().code() href=href(&format!("/sources#src-{}", src.id))>{bib.get_value()}</a>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <div class="cite-pop-box" style=style>
                    <ul>{items}</ul>
                    <button type="button" class="pop-close" aria-label=close.get_value() on:click=move |_| hide()>"×"</button>
                </div>
            }
        })
    };
    view! {
        <aside id=POP_ID class="cite-pop" aria-label=label
            data-close=close.get_value() data-bib=bib.get_value()
            on:mouseenter=move |_| cancel_hide()
            on:mouseleave=move |_| {
                if !shown.with_untracked(|s| s.as_ref().is_some_and(|s| s.by_touch)) {
                    hide_soon()
                }
            }>
            {body}
        </aside>
    }
}

#[cfg(test)]
mod tests {
    use super::position;

    #[test]
    fn the_popover_stays_in_the_window() {
        // below the citation, clamped on the right
        let (x, y, above) = position(380.0, 100.0, 120.0, 390.0, 844.0);
        assert!(!above && (y - 126.0).abs() < 1e-9);
        assert!(
            x >= 8.0 && x + 320f64.min(374.0) <= 390.0 - 8.0 + 1e-9,
            "{x}"
        );
        // above it near the bottom of the window
        let (_, y, above) = position(10.0, 800.0, 820.0, 1280.0, 900.0);
        assert!(above && (y - 106.0).abs() < 1e-9);
    }
}
