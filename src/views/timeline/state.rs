//! The timeline's state: the signals its regions share, what is derived from
//! them (the filter's results, the strip's layout), and the actions (open,
//! close, step, zoom, pan).

use super::logic::{self, strip, Filterable, UrlState, Window, AXIS_END};
use crate::browser::{focus_after_frame, scroll_into_view, ReturnFocus};
use crate::content::{content, Category, Event};
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct TimelineState {
    pub events: &'static [Event],
    /// Per event, the time it stands for on the strip (years).
    pub spans: &'static [(f64, f64)],
    /// The categories shown, in [`Category::ALL`] order.
    pub cats: RwSignal<Vec<Category>>,
    /// The search text as typed.
    pub query: RwSignal<String>,
    /// The period the strip shows; the list follows it.
    pub win: RwSignal<Window>,
    /// The event whose detail is open (in place, in the list).
    pub selected: RwSignal<Option<usize>>,
    /// The list item that holds the list's tab stop.
    pub list_active: RwSignal<Option<usize>>,
    /// The year of the list item at the top of the screen, under the strip.
    pub reading: RwSignal<Option<f64>>,
    /// The detail takes focus when it opens and gives it back when it closes.
    pub focus: ReturnFocus,
    /// The search words, folded.
    pub terms: Memo<Vec<String>>,
    /// Events that pass the filter and lie in the window, in content order.
    pub visible: Memo<Vec<usize>>,
    /// The same, by event index.
    pub visible_set: Memo<Vec<bool>>,
    /// Per category, how many events in the window match the search.
    pub counts: Memo<[usize; 6]>,
    /// The strip's marks for the visible events of the main axis.
    pub strip: Memo<strip::Strip>,
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

/// The strip spans of every event (computed once).
fn spans() -> &'static [(f64, f64)] {
    static S: std::sync::OnceLock<Vec<(f64, f64)>> = std::sync::OnceLock::new();
    S.get_or_init(|| {
        let c = content();
        c.events
            .iter()
            .map(|e| strip::event_span(e, |id| c.mission(id)))
            .collect()
    })
}

/// Is event `i` in the window? Events after the resolution (off the axis) are
/// when the window reaches the axis' end.
fn in_window(e: &Event, span: (f64, f64), w: &Window) -> bool {
    if e.after_resolution {
        w.to >= AXIS_END - 1e-6
    } else {
        span.1 > w.from && span.0 < w.to
    }
}

impl TimelineState {
    /// The state a URL asked for (see [`logic::parse_state`]).
    pub fn new(init: UrlState) -> Self {
        let events: &'static [Event] = &content().events;
        let spans = spans();
        let total = events.len();
        let cats = RwSignal::new(init.cats.unwrap_or_else(|| Category::ALL.to_vec()));
        let query = RwSignal::new(init.q);
        let win = RwSignal::new(init.window);
        let terms = Memo::new(move |_| logic::terms(&query.get()));
        let windowed = Memo::new(move |_| {
            let w = win.get();
            (0..total)
                .map(|i| in_window(&events[i], spans[i], &w))
                .collect::<Vec<bool>>()
        });
        let visible = Memo::new(move |_| {
            let inside = windowed.get();
            cats.with(|cs| logic::filter(&filterables(events), cs, &terms.get()))
                .into_iter()
                .filter(|i| inside[*i])
                .collect::<Vec<usize>>()
        });
        let counts = Memo::new(move |_| {
            let inside = windowed.get();
            let t = terms.get();
            let mut n = [0usize; 6];
            for (i, f) in filterables(events).iter().enumerate() {
                if inside[i] && logic::matches(&f.fields, &t) {
                    if let Some(k) = Category::ALL.iter().position(|c| *c == f.category) {
                        n[k] += 1;
                    }
                }
            }
            n
        });
        let strip = Memo::new(move |_| {
            let items: Vec<(usize, f64, f64)> = visible
                .get()
                .into_iter()
                .filter(|&i| !events[i].after_resolution)
                .map(|i| (i, spans[i].0, spans[i].1))
                .collect();
            strip::layout(&items, &win.get())
        });
        TimelineState {
            events,
            spans,
            cats,
            query,
            win,
            selected: RwSignal::new(
                init.event
                    .and_then(|id| events.iter().position(|e| e.id == id)),
            ),
            list_active: RwSignal::new(None),
            reading: RwSignal::new(None),
            focus: ReturnFocus::new(),
            terms,
            visible,
            visible_set: Memo::new(move |_| {
                let mut v = vec![false; total];
                visible.with(|vis| vis.iter().for_each(|i| v[*i] = true));
                v
            }),
            counts,
            strip,
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

    /// Moves the window (same zoom) to an event that is out of it, so that the
    /// list shows it.
    pub fn reveal(&self, i: usize) {
        let w = self.win.get_untracked();
        if in_window(&self.events[i], self.spans[i], &w) {
            return;
        }
        if self.events[i].after_resolution {
            self.win.set(w.pan(AXIS_END));
        } else {
            let (s, _) = logic::span_of(&self.events[i].date);
            self.win
                .set(Window::clamped(s - w.span() / 2.0, s + w.span() / 2.0));
        }
    }

    /// Opens an event's detail in place in the list; `from` is the control to
    /// return focus to. Focus moves to the detail (which scrolls it into view).
    pub fn open(&self, i: usize, from: Option<String>) {
        self.reveal(i);
        self.focus.open(from, "tl-detail-title");
        self.selected.set(Some(i));
    }

    /// Closes the detail; focus goes back to where it was opened from, else to
    /// the event in the list, else to the list's heading.
    pub fn close(&self) {
        let Some(i) = self.selected.get_untracked() else {
            return;
        };
        self.selected.set(None);
        let id = &self.events[i].id;
        self.focus
            .close([format!("li-{id}"), "tl-list-head".to_string()]);
    }

    /// Opens the next (`dir` > 0) or previous shown event in place and brings
    /// it into view; returns what a screen reader should hear. `keep_focus`:
    /// the id of the control to focus afterwards (the detail's own stepping
    /// buttons are redrawn with it).
    pub fn step(&self, dir: i32, keep_focus: Option<&'static str>) -> Option<String> {
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
        let li = format!("li-{}", self.events[i].id);
        request_animation_frame(move || scroll_into_view(&li));
        if let Some(id) = keep_focus {
            focus_after_frame(id);
        }
        let e = &self.events[i];
        let lang = crate::i18n::lang();
        Some((lang.strings().timeline.step_note)(
            next + 1,
            vis.len(),
            &lang.date(&e.date),
            &e.title,
        ))
    }

    /// Zooms the strip (`factor` > 1 zooms in) around the selected event if it
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
