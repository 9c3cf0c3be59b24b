//! The map's logic in plain Rust, tested natively, one concern per module:
//! [`projection`] (Equal Earth, the outlines read back for point-in-country
//! tests), [`missions`] (active years, marker styles and sizes, personnel
//! figures, the table's sort orders), [`viewbox`] (zoom and pan, the phone's
//! crop), [`layout`] (markers side by side and in clusters, the pinned Gaza
//! marker), [`labels`] (names and the callout beside markers) and [`url`]
//! (the state in the address bar).

pub mod labels;
pub mod layout;
pub mod missions;
pub mod projection;
pub mod url;
pub mod viewbox;

pub use labels::{Label, Want};
pub use layout::{layout, separating_view, spots, Item, Spot, CLUSTER_PX};
pub use missions::*;
pub use projection::*;
pub use url::{parse_year, UrlNotes, UrlState};
pub use viewbox::*;
