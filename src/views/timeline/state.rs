//! The timeline's state: the signals its regions share, what is derived from
//! them (the filter's results), and the actions (open, close, step, zoom, pan).

use super::logic::{self, Filterable, UrlState, Window};
use crate::browser::ReturnFocus;
use crate::content::{content, Category, Event};
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct TimelineState {
    pub events: &'static [Event],
    /// The categories shown, in [`Category::ALL`] order.
    pub cats: RwSignal<Vec<Category>>,
    /// The search text as typed.
    pub query: RwSignal<String>,
    /// The period the axis shows.
    pub win: RwSignal<Window>,
    /// The event whose detail is open.
    pub selected: RwSignal<Option<usize>>,
    /// The list item that holds the list's tab stop.
    pub list_active: RwSignal<Option<usize>>,
    /// The detail takes focus when it opens and gives it back when it closes.
    pub focus: ReturnFocus,
    /// The search words, folded.
    pub terms: Memo<Vec<String>>,
    /// Events that pass the filter, in content order.
    pub visible: Memo<Vec<usize>>,
    /// The same, by event index.
    pub visible_set: Memo<Vec<bool>>,
    /// Per category, how many events match the search.
    pub counts: Memo<[usize; 6]>,
}

/// What each event offers to the filter.
fn filterables(events: &'static [Event]) -> Vec<Filterable<'static>> {
    events
        .iter()
        .map(|e| Filterable {
            category: e.category,
            fields: [&e.title, &e.summary, e.place.as_deref().unwrap_or("")],
        })
        .collect()
}

impl TimelineState {
    /// The state a URL asked for (see [`logic::parse_state`]).
    pub fn new(init: UrlState) -> Self {
        let events: &'static [Event] = &content().events;
        let total = events.len();
        let cats = RwSignal::new(init.cats.unwrap_or_else(|| Category::ALL.to_vec()));
        let query = RwSignal::new(init.q);
        let terms = Memo::new(move |_| logic::terms(&query.get()));
        let visible = Memo::new(move |_| {
            cats.with(|cs| logic::filter(&filterables(events), cs, &terms.get()))
        });
        TimelineState {
            events,
            cats,
            query,
            win: RwSignal::new(init.window),
            selected: RwSignal::new(
                init.event
                    .and_then(|id| events.iter().position(|e| e.id == id)),
            ),
            list_active: RwSignal::new(None),
            focus: ReturnFocus::new(),
            terms,
            visible,
            visible_set: Memo::new(move |_| {
                let mut v = vec![false; total];
                visible.with(|vis| vis.iter().for_each(|i| v[*i] = true));
                v
            }),
            counts: Memo::new(move |_| logic::counts(&filterables(events), &terms.get())),
        }
    }

    /// The state as the address bar shows it.
    pub fn url_state(&self) -> UrlState {
        UrlState {
            event: self.selected.get().map(|i| self.events[i].id.clone()),
            cats: Some(self.cats.get()),
            q: self.query.get(),
            window: self.win.get(),
        }
    }

    /// Moves the window (same zoom) to an event on the main axis that is out of it.
    fn reveal(&self, i: usize) {
        let e = &self.events[i];
        if !e.after_resolution {
            let (s, en) = logic::span_of(&e.date);
            let w = self.win.get_untracked();
            if en < w.from || s > w.to {
                let mid = (s + en) / 2.0;
                self.win
                    .set(Window::clamped(mid - w.span() / 2.0, mid + w.span() / 2.0));
            }
        }
    }

    /// Opens an event's detail; `from` is the control to return focus to.
    pub fn open(&self, i: usize, from: Option<String>) {
        self.focus.open(from, "tl-detail-title");
        self.selected.set(Some(i));
        self.reveal(i);
    }

    /// Closes the detail; focus goes back to where it was opened from, else to
    /// the event on the axis or in the list, else to the list's heading.
    pub fn close(&self) {
        let Some(i) = self.selected.get_untracked() else {
            return;
        };
        self.selected.set(None);
        let id = &self.events[i].id;
        self.focus.close([
            format!("ax-{id}"),
            format!("li-{id}"),
            "tl-list-head".to_string(),
        ]);
    }

    /// Selects the next (`dir` > 0) or previous shown event; returns what a
    /// screen reader should hear.
    pub fn step(&self, dir: i32) -> Option<String> {
        let vis = self.visible.get_untracked();
        if vis.is_empty() {
            return None;
        }
        let pos = self
            .selected
            .get_untracked()
            .and_then(|s| vis.iter().position(|v| *v == s));
        let next = match (pos, dir > 0) {
            (None, true) => 0,
            (None, false) => vis.len() - 1,
            (Some(p), true) => (p + 1).min(vis.len() - 1),
            (Some(p), false) => p.saturating_sub(1),
        };
        let i = vis[next];
        self.focus.forget();
        self.selected.set(Some(i));
        self.list_active.set(Some(i));
        self.reveal(i);
        let e = &self.events[i];
        Some(format!(
            "Event {} of {}: {}, {}",
            next + 1,
            vis.len(),
            e.date.display(),
            e.title
        ))
    }

    /// Zooms the axis (`factor` > 1 zooms in) around the selected event if it
    /// is in view, else around the middle.
    pub fn zoom(&self, factor: f64) {
        let (events, selected) = (self.events, self.selected);
        self.win.update(|w| {
            let anchor = selected
                .get_untracked()
                .filter(|i| !events[*i].after_resolution)
                .map(|i| logic::span_of(&events[i].date).0)
                .filter(|s| *s >= w.from && *s <= w.to)
                .unwrap_or((w.from + w.to) / 2.0);
            *w = w.zoom(factor, anchor);
        })
    }

    /// Pans by a quarter of the window (`dir` < 0: earlier).
    pub fn pan(&self, dir: f64) {
        self.win.update(|w| *w = w.pan(dir * w.span() * 0.25))
    }
}
