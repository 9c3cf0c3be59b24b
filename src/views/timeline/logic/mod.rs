//! Pure timeline logic (no browser), tested natively: [`axis`] (the zoomable
//! window, where each event falls, ticks), [`strip`] (the overview strip: one
//! mark per event stacked by period, per width class), [`annotate`] (era names,
//! key events and ticks placed without collisions),
//! [`search`] (filtering and text matching) and [`url`] (the state in the
//! address bar).

pub mod annotate;
pub mod axis;
pub mod search;
pub mod strip;
pub mod url;

pub use axis::*;
pub use search::*;
pub use url::{format_state, parse_state, UrlState};
