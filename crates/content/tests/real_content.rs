//! The project's own content/ meets the content rules: everything sourced, every
//! reference defined, enough events and missions, dates in range.

use pp_content::load::{cited_sources, load_dir};
use pp_content::model::*;
use std::path::Path;

fn content() -> Content {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
    load_dir(&dir).unwrap_or_else(|e| {
        panic!(
            "content/ is invalid:\n{}",
            e.iter().map(|e| format!("  {e}\n")).collect::<String>()
        )
    })
}

#[test]
fn counts_meet_the_brief() {
    let c = content();
    let main = c.events.iter().filter(|e| !e.after_resolution).count();
    let after = c.events.iter().filter(|e| e.after_resolution).count();
    assert!(
        main >= 70,
        "{main} events in the main timeline; at least 70 wanted"
    );
    assert!(after >= 3, "{after} events after the resolution");
    let deployments = c
        .missions
        .iter()
        .filter(|m| m.kind == MissionKind::UnPeacekeeping)
        .count();
    assert!(
        deployments >= 30,
        "{deployments} UN deployments; 30+ wanted"
    );
    assert!(
        c.glossary.len() >= 25,
        "{} glossary terms",
        c.glossary.len()
    );
    assert!(c.quotes.len() >= 10, "{} quotes", c.quotes.len());
    assert!(c.eras.len() >= 5);
    for id in [
        "story",
        "resolution-2803",
        "peacekeeping-record",
        "gaza-test",
        "domestic-debate",
        "what-next",
        "about",
        "codebook",
    ] {
        assert!(c.chapter(id).is_some(), "chapter {id} missing");
    }
}

#[test]
fn everything_is_sourced_and_placed() {
    let c = content();
    for e in &c.events {
        assert!(!e.sources.is_empty(), "event {} has no source", e.id);
    }
    for m in &c.missions {
        assert!(!m.sources.is_empty(), "mission {} has no source", m.id);
        assert!(
            m.location.lat.is_finite() && m.location.lon.is_finite(),
            "mission {} coordinates",
            m.id
        );
        assert!(m.years.start.year >= 1947, "mission {} years", m.id);
    }
    let cited = cited_sources(&c);
    for id in &cited {
        assert!(c.source(id).is_some(), "{id} cited but not in sources.json");
    }
}

#[test]
fn the_main_timeline_runs_from_1947_to_resolution_2803() {
    let c = content();
    let main: Vec<_> = c.events.iter().filter(|e| !e.after_resolution).collect();
    assert_eq!(main.first().unwrap().date.start.year, 1947);
    assert_eq!(main.last().unwrap().id, "resolution-2803");
    for e in c.events.iter().filter(|e| e.after_resolution) {
        assert!(
            e.date.start.first_day() > MAIN_END.first_day(),
            "{} is marked after but is not",
            e.id
        );
    }
}

#[test]
fn special_deployments_are_marked_as_such() {
    let c = content();
    let unmogip = c.mission("unmogip").expect("UNMOGIP");
    assert_eq!(unmogip.kind, MissionKind::Hosted);
    assert_eq!(unmogip.host.iso.as_deref(), Some("PAK"));
    let isf = c.mission("gaza-isf").expect("Gaza ISF");
    assert_eq!(isf.kind, MissionKind::NonUn);
    assert_eq!(isf.status, Status::Prospective);
    assert_eq!(
        c.mission("onuc").expect("ONUC").years.start.year,
        1960,
        "Congo was 1960, not 1969"
    );
}

#[test]
fn known_errors_are_not_repeated() {
    let c = content();
    let mut all = String::new();
    for e in &c.events {
        all.push_str(&format!("{} {}\n", e.title, e.summary));
    }
    for m in &c.missions {
        all.push_str(&format!("{} {}\n", m.name, m.summary));
    }
    for ch in &c.chapters {
        all.push_str(&ch.html);
    }
    let lower = all.to_lowercase();
    // The seed's own wording of each error; a correction that names an error is fine.
    for bad in [
        "pakistan, which presided",
        "60-70 missions",
        "60 to 70 missions",
        "in 1969, pakistan",
        "pakistan signed the sharm",
        "casualties sustained by un peacekeeping operations since their start were from pakistan",
    ] {
        assert!(
            !lower.contains(bad),
            "content repeats a known error: {bad:?}"
        );
    }
}
