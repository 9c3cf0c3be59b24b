//! One module per view. Views share pieces through [`crate::components`] only.
//! [`render`] draws the view a route of the table names (`crate::routes::View`).

pub mod about;
pub mod alignment;
pub mod home;
pub mod map;
pub mod not_found;
pub mod sources;
pub mod teach;
pub mod timeline;

use crate::routes::View;
use leptos::prelude::*;

/// The component for each [`View`] of the route table.
pub fn render(view: View) -> AnyView {
    match view {
        View::Home => home::Home().into_any(),
        View::Timeline => timeline::Timeline().into_any(),
        View::Map => map::MapView().into_any(),
        View::Alignment => alignment::Alignment().into_any(),
        View::Sources => sources::Sources().into_any(),
        View::About => about::About().into_any(),
        View::Teach => teach::Teach().into_any(),
        View::EventCard => timeline::EventEmbed().into_any(),
        View::MissionCard => map::MissionEmbed().into_any(),
    }
}
