//! The timeline's keeper (`src/bin/app-timeline-keep.rs`, about a tenth of the
//! full app's bytes): it makes the prerendered timeline's filter work as it
//! stands (the "Filter" button, the category checkboxes, "Show all" and
//! "Clear all", the search box) with the view's own logic ([`super::logic`]):
//! the list shows the matching events with the matches marked, the counts,
//! the status line and the strip's marks follow, and the address keeps the
//! state (`cat`, `q`). `assets/boot.js` starts it first; the full app comes
//! after, reads the state from the address, and takes over (on a control the
//! keeper does not handle, or at idle). Until then the strip keeps its rows:
//! the marks of hidden events are taken out, the others do not move up.
//!
//! The elements it handles carry `data-kept` (boot.js leaves the reader's acts
//! on them to it); `<html data-keeper="ready">` says it runs, `"none"` that
//! the page is not one it can keep (boot.js then starts the full app).

use super::controls::status_text;
use super::logic::{self, Filterable, UrlState, Window};
use crate::browser::page::{self as dom, Node};
use crate::browser::{hash, pathname, replace_url, search};
use crate::content::Category;
use std::cell::RefCell;
use std::rc::Rc;

/// One event of the list, read from the page.
struct Item {
    category: Category,
    title: String,
    summary: String,
    place: String,
    li: Node,
    button: Option<Node>,
    title_el: Option<Node>,
    summary_el: Option<Node>,
    place_el: Option<Node>,
    mark: Option<Node>,
}

struct Page {
    items: Vec<Item>,
    /// Each era's section and its items.
    groups: Vec<(Node, Vec<usize>)>,
    /// The strip's listbox (the marks' parent).
    track: Option<Node>,
    after_empty: Option<Node>,
    empty: Option<Node>,
    status: Option<Node>,
    toggle: Node,
    panel: Node,
    boxes: Vec<(Category, Node)>,
    counts: Vec<(usize, Node)>,
    actions: Vec<Node>,
    search: Node,
    terms: Vec<String>,
}

fn category(id: &str) -> Option<Category> {
    Category::ALL.into_iter().find(|c| c.id() == id)
}

impl Page {
    /// The prerendered timeline, or `None` when this page is not one (or has
    /// been drawn with a state: then only the full app shows it right).
    fn read() -> Option<Page> {
        if !dom::keepable(".timeline-page") {
            return None;
        }
        let read_item = |li: Node| {
            let title_el = dom::first_in(&li, ".tl-item-title");
            let summary_el = dom::first_in(&li, ".tl-item-summary");
            let place_el = dom::first_in(&li, ".tl-item-place");
            let (summary, place) = logic::summary_and_place(
                &summary_el.as_ref().map(dom::text).unwrap_or_default(),
                place_el.as_ref().map(dom::text).as_deref(),
            );
            let button = dom::first_in(&li, ".tl-item-btn");
            let mark = button
                .as_ref()
                .and_then(|b| b.id().strip_prefix("li-").map(str::to_string))
                .and_then(|id| dom::first(&format!("#ax-{id}")));
            Some(Item {
                category: category(&li.get_attribute("data-cat")?)?,
                title: title_el.as_ref().map(dom::text).unwrap_or_default(),
                summary,
                place,
                li,
                button,
                title_el,
                summary_el,
                place_el,
                mark,
            })
        };
        let mut items = Vec::new();
        let mut groups = Vec::new();
        for g in dom::all(".tl-era-group") {
            let start = items.len();
            for li in dom::all_in(&g, "li.tl-item") {
                items.push(read_item(li)?);
            }
            groups.push((g, (start..items.len()).collect()));
        }
        for li in dom::all(".tl-after li.tl-item") {
            items.push(read_item(li)?);
        }
        let boxes = dom::all(".tl-chips input[type=checkbox]")
            .into_iter()
            .map(|b| Some((category(&b.get_attribute("value")?)?, b)))
            .collect::<Option<Vec<_>>>()?;
        let counts = dom::all(".tl-chip[data-cat] .tl-count")
            .into_iter()
            .map(|c| {
                let chip = c.closest(".tl-chip").ok()??;
                let cat = category(&chip.get_attribute("data-cat")?)?;
                Some((Category::ALL.iter().position(|x| *x == cat)?, c))
            })
            .collect::<Option<Vec<_>>>()?;
        if items.is_empty() || boxes.len() != Category::ALL.len() {
            return None;
        }
        Some(Page {
            items,
            groups,
            track: dom::first(".tl-track"),
            after_empty: dom::first(".tl-after .tl-empty"),
            empty: dom::first(".tl-list-section > .tl-empty"),
            status: dom::first("#tl-status"),
            toggle: dom::first(".tl-filter-toggle")?,
            panel: dom::first("#tl-cats")?,
            boxes,
            counts,
            actions: dom::all(".tl-cat-actions button"),
            search: dom::first("#tl-q")?,
            terms: Vec::new(),
        })
    }

    fn cats(&self) -> Vec<Category> {
        Category::ALL
            .into_iter()
            .filter(|c| self.boxes.iter().any(|(b, el)| b == c && dom::checked(el)))
            .collect()
    }

    /// Shows what the checkboxes and the search box ask for.
    fn update(&mut self) {
        let cats = self.cats();
        let q = dom::value(&self.search);
        let terms = logic::terms(&q);
        let filterable: Vec<Filterable> = self
            .items
            .iter()
            .map(|it| Filterable {
                category: it.category,
                fields: [&it.title, &it.summary, &it.place],
            })
            .collect();
        let mut shown = vec![false; self.items.len()];
        for i in logic::filter(&filterable, &cats, &terms) {
            shown[i] = true;
        }
        let counts = logic::counts(&filterable, &terms);
        let first = shown.iter().position(|s| *s);
        let rewrite = terms != self.terms;
        for (i, it) in self.items.iter().enumerate() {
            dom::set_hidden(&it.li, !shown[i]);
            if let Some(b) = &it.button {
                dom::set_attr(
                    b,
                    "tabindex",
                    Some(if first == Some(i) { "0" } else { "-1" }),
                );
            }
            if let (Some(m), Some(track)) = (&it.mark, &self.track) {
                dom::set_present(m, track, shown[i]);
            }
            if rewrite {
                if let Some(el) = &it.title_el {
                    dom::set_marked(el, &logic::highlight(&it.title, &terms));
                }
                if let Some(el) = &it.summary_el {
                    dom::set_marked_before(el, it.place_el.as_ref(), &summary_pieces(it, &terms));
                }
                if let Some(el) = &it.place_el {
                    let mut pieces = vec![("(".to_string(), false)];
                    pieces.extend(logic::highlight(&it.place, &terms));
                    pieces.push((")".to_string(), false));
                    dom::set_marked(el, &pieces);
                }
            }
        }
        for (g, members) in &self.groups {
            dom::set_hidden(g, !members.iter().any(|i| shown[*i]));
        }
        let grouped: usize = self.groups.iter().map(|(_, m)| m.len()).sum();
        if let Some(el) = &self.after_empty {
            dom::set_hidden(el, shown[grouped..].iter().any(|s| *s));
        }
        if let Some(el) = &self.empty {
            dom::set_hidden(el, first.is_some());
        }
        for (k, el) in &self.counts {
            let n = counts[*k].to_string();
            dom::set_attr(el, "data-count", Some(&n));
            dom::set_first_text(el, &n);
        }
        let n = shown.iter().filter(|s| **s).count();
        if let Some(el) = &self.status {
            dom::set_text(el, &status_text(n, self.items.len(), &Window::full(), &q));
        }
        dom::set_text(
            &self.toggle,
            &(crate::i18n::t().timeline.filter)(cats.len(), Category::ALL.len()),
        );
        self.terms = terms;
        let state = UrlState {
            cats: Some(cats),
            q,
            ..UrlState::default()
        };
        replace_url(&crate::url::with_query(
            &pathname(),
            &search(),
            &hash(),
            &logic::format_state(&state),
        ));
    }
}

/// The summary as the list draws it: its text with the matches marked, then
/// the space before the place.
fn summary_pieces(it: &Item, terms: &[String]) -> Vec<(String, bool)> {
    let mut pieces = logic::highlight(&it.summary, terms);
    if it.place_el.is_some() {
        pieces.push((" ".to_string(), false));
    }
    pieces
}

/// Starts the keeper on the prerendered timeline (see the module's note).
pub fn start() {
    crate::panic::install();
    let Some(page) = Page::read() else {
        return dom::set_keeper(false);
    };
    let (toggle, panel, search) = (page.toggle.clone(), page.panel.clone(), page.search.clone());
    let boxes: Vec<Node> = page.boxes.iter().map(|(_, b)| b.clone()).collect();
    let actions = page.actions.clone();
    let page = Rc::new(RefCell::new(page));
    let update = {
        let page = page.clone();
        move || page.borrow_mut().update()
    };
    {
        let panel = panel.clone();
        let toggle2 = toggle.clone();
        dom::listen(&toggle, "click", move |_| {
            let open = toggle2.get_attribute("aria-expanded").as_deref() != Some("true");
            dom::set_attr(
                &toggle2,
                "aria-expanded",
                Some(if open { "true" } else { "false" }),
            );
            dom::set_class(&panel, "open", open);
        });
    }
    for b in &boxes {
        let update = update.clone();
        dom::listen(b, "change", move |_| update());
    }
    // "Show all", then "Clear all"
    for (k, a) in actions.iter().enumerate() {
        let (update, boxes) = (update.clone(), boxes.clone());
        dom::listen(a, "click", move |_| {
            for b in &boxes {
                dom::set_checked(b, k == 0);
            }
            update();
        });
    }
    dom::listen(&search, "input", move |_| update());
    for el in [&toggle, &panel, &search] {
        dom::set_attr(el, "data-kept", Some(""));
    }
    dom::set_keeper(true);
}
