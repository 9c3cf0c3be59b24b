//! Pure timeline logic (no browser), tested natively: [`axis`] (placement on a
//! zoomable axis, bars in lanes, clustering of dense markers, ticks),
//! [`search`] (filtering and text matching) and [`url`] (the state in the
//! address bar).

pub mod axis;
pub mod search;
pub mod url;

pub use axis::*;
pub use search::*;
pub use url::{format_state, parse_state, UrlState};
