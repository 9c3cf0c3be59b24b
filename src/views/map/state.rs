//! The map's state: the signals its regions share, the deployments shown, and
//! the actions (select, close, show on the map).

use super::logic::{self, MarkerStyle, Spot, UrlState, ViewBox, LAST_YEAR};
use crate::browser::{focus_after_frame, media_matches, scroll_into_view, ReturnFocus};
use crate::content::{content, Mission};

/// Phones get the nearly square frame and its first view (`assets/map.css`
/// uses the same width).
pub const NARROW: &str = "(max-width: 37.5em)";

/// The view a frame starts with and returns to on "Reset".
pub fn initial_view() -> ViewBox {
    ViewBox::initial(media_matches(NARROW))
}
use leptos::prelude::*;

/// Where each marker sits and how wide it is, in content order (computed once).
fn spots() -> &'static [Spot] {
    static S: std::sync::OnceLock<Vec<Spot>> = std::sync::OnceLock::new();
    S.get_or_init(|| logic::spots(&content().missions))
}

/// The id of a deployment's marker.
pub fn marker_id(m: &Mission) -> String {
    format!("mk-{}", m.id)
}

#[derive(Clone, Copy)]
pub struct MapState {
    pub missions: &'static [Mission],
    pub spots: &'static [Spot],
    /// One year (true) or every deployment.
    pub by_year: RwSignal<bool>,
    /// The slider's year (shown when `by_year`).
    pub year: RwSignal<i32>,
    /// The deployment whose card is open.
    pub selected: RwSignal<Option<usize>>,
    pub vb: RwSignal<ViewBox>,
    /// The card takes focus when it opens and gives it back when it closes.
    pub focus: ReturnFocus,
    /// The deployments on the map, west to east (the order arrow keys follow).
    pub shown: Memo<Vec<usize>>,
    /// Deployments that are always drawn on their own and named (the Gaza force).
    pub pinned: &'static [usize],
}

/// The prospective deployments (the Gaza force): pinned on the map.
fn pinned(missions: &'static [Mission]) -> &'static [usize] {
    static P: std::sync::OnceLock<Vec<usize>> = std::sync::OnceLock::new();
    P.get_or_init(|| {
        (0..missions.len())
            .filter(|&i| MarkerStyle::of(&missions[i]) == MarkerStyle::Prospective)
            .collect()
    })
}

impl MapState {
    /// The state a URL asked for (see [`UrlState::parse`]).
    pub fn new(init: &UrlState) -> Self {
        let missions: &'static [Mission] = &content().missions;
        let spots = spots();
        let by_year = RwSignal::new(init.year.is_some());
        let year = RwSignal::new(init.year.unwrap_or(LAST_YEAR));
        let shown = Memo::new(move |_| {
            let mut v = logic::shown(missions, by_year.get().then(|| year.get()));
            crate::sort::sort_by(&mut v, |&a, &b| spots[a].at.0.total_cmp(&spots[b].at.0));
            v
        });
        MapState {
            missions,
            spots,
            by_year,
            year,
            selected: RwSignal::new(
                init.mission
                    .as_deref()
                    .and_then(|id| missions.iter().position(|m| m.id == id)),
            ),
            vb: RwSignal::new(initial_view()),
            focus: ReturnFocus::new(),
            shown,
            pinned: pinned(missions),
        }
    }

    /// The year shown, or `None` for every deployment.
    pub fn shown_year(&self) -> Option<i32> {
        self.by_year.get().then(|| self.year.get())
    }

    /// The state as the address bar shows it.
    pub fn url_state(&self) -> UrlState {
        UrlState {
            mission: self.selected.get().map(|i| self.missions[i].id.clone()),
            year: self.shown_year(),
        }
    }

    /// Opens a deployment's card; `from` is the control to return focus to.
    pub fn select(&self, i: usize, from: Option<String>) {
        self.focus.open(from, "map-card-title");
        self.selected.set(Some(i));
    }

    /// Closes the card; focus goes back to the control that opened it.
    pub fn close(&self) {
        self.selected.set(None);
        self.focus.close([]);
    }

    /// Zooms the map to a deployment (switching to a year it was active, if
    /// one year is shown) and focuses its marker.
    pub fn show_on_map(&self, i: usize) {
        let m = &self.missions[i];
        if self.by_year.get_untracked() && !logic::active_in(m, self.year.get_untracked()) {
            self.year.set(logic::year_span(m).0);
        }
        let (x, y) = self.spots[i].at;
        let vb = self.vb.get_untracked();
        self.vb.set(vb.centred_at(x, y, vb.zoom().max(6.0)));
        scroll_into_view("map-frame");
        focus_after_frame(marker_id(m));
    }
}
