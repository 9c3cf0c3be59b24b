//! One module per view. Views share pieces through [`crate::components`] only.
//! Each app (one wasm, `crate::routes::App`) draws its views with its function
//! below, so that its wasm holds only those; [`render`] draws any view (the one
//! app with every view, `src/main.rs`, for `trunk serve`).

pub mod about;
pub mod alignment;
pub mod glossary;
pub mod home;
pub mod map;
pub mod not_found;
pub mod sources;
pub mod teach;
pub mod timeline;

use crate::routes::{App, View};
use leptos::prelude::*;

/// Any view of the route table, through its app's function.
pub fn render(view: View) -> AnyView {
    match view.app() {
        App::Text => text(view),
        App::Timeline => timeline(view),
        App::Map => map(view),
        App::Alignment => alignment(view),
    }
}

fn not_found() -> AnyView {
    not_found::NotFound().into_any()
}

/// The text pages: the story, the sources, about, teach, the glossary, the
/// corrections (and the not-found page).
pub fn text(view: View) -> AnyView {
    match view {
        View::Home => home::Home().into_any(),
        View::Sources => sources::Sources().into_any(),
        View::About => about::About().into_any(),
        View::Teach => teach::Teach().into_any(),
        View::Glossary => glossary::Glossary().into_any(),
        View::Corrections => about::Corrections().into_any(),
        _ => not_found(),
    }
}

/// The timeline, and one event as a card.
pub fn timeline(view: View) -> AnyView {
    match view {
        View::Timeline => timeline::Timeline().into_any(),
        View::EventCard => timeline::EventEmbed().into_any(),
        _ => not_found(),
    }
}

/// The map, and one deployment as a card.
pub fn map(view: View) -> AnyView {
    match view {
        View::Map => map::MapView().into_any(),
        View::MissionCard => map::MissionEmbed().into_any(),
        _ => not_found(),
    }
}

/// The alignment explorer.
pub fn alignment(view: View) -> AnyView {
    match view {
        View::Alignment => alignment::Alignment().into_any(),
        _ => not_found(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{self, Content};
    use crate::routes::{self, Part, ROUTES};
    use crate::testing::html_at;

    fn app_views(app: App) -> fn(View) -> AnyView {
        match app {
            App::Text => text,
            App::Timeline => timeline,
            App::Map => map,
            App::Alignment => alignment,
        }
    }

    /// Each app's function draws the views the route table gives it: a view
    /// drawn by another app's function is the not-found page.
    #[test]
    fn each_app_draws_its_own_views() {
        let nf = html_at("/x", "", not_found);
        for r in ROUTES {
            for app in App::ALL {
                let drawn = html_at(r.path, "", || app_views(app)(r.view));
                assert_eq!(
                    drawn == nf,
                    app != r.view.app(),
                    "{} in the {} app",
                    r.path,
                    app.name()
                );
            }
        }
    }

    /// Every page, and every state a URL can open it at (each event, each
    /// deployment, each year of the explorer, each option), draws the same from
    /// its page's part of the content (its data file) as from the whole.
    #[test]
    fn every_page_draws_the_same_from_its_part_of_the_content() {
        let whole = content::content();
        let part = |p: Part| -> &'static Content {
            Box::leak(Box::new(pp_content::parts::slice(whole, p)))
        };
        let parts: Vec<(Part, &'static Content)> =
            Part::ALL.iter().map(|&p| (p, part(p))).collect();
        let mut pages: Vec<(String, String)> = ROUTES
            .iter()
            .map(|r| (r.path.to_string(), String::new()))
            .collect();
        for e in &whole.events {
            pages.push(("/timeline".into(), format!("?event={}", e.id)));
            pages.push(("/embed/event".into(), format!("?id={}", e.id)));
        }
        for m in &whole.missions {
            pages.push(("/map".into(), format!("?mission={}", m.id)));
            pages.push(("/embed/mission".into(), format!("?id={}", m.id)));
        }
        let a = whole.alignment.as_ref().expect("the alignment coding");
        for y in a.first_year..=a.last_year {
            pages.push(("/alignment".into(), format!("?year={y}")));
        }
        for s in &whole.scenarios {
            pages.push(("/alignment".into(), format!("?option={}", s.id)));
        }
        for (path, query) in &pages {
            let r = routes::resolve(path).expect("a route");
            let draw = || html_at(path, query, || render(r.view));
            let from_whole = draw();
            let (_, c) = parts
                .iter()
                .find(|(p, _)| *p == r.view.data())
                .expect("a part");
            let from_part = content::showing(c, draw);
            if from_whole != from_part {
                let at = from_whole
                    .bytes()
                    .zip(from_part.bytes())
                    .take_while(|(a, b)| a == b)
                    .count();
                let around = |s: &str| {
                    s.get(at.saturating_sub(80)..(at + 120).min(s.len()))
                        .unwrap_or("")
                        .to_string()
                };
                panic!(
                    "{path}{query} differs when drawn from its part ({}) of the content, at byte {at}:\n  whole: …{}…\n  part:  …{}…",
                    r.view.data().name(),
                    around(&from_whole),
                    around(&from_part)
                );
            }
        }
    }
}
