//! The data downloads: CSV and JSON for events, missions, figures, the
//! alignment coding and the sources, plus a TimelineJS-compatible JSON of the
//! timeline. Written into the built site (`data/`) by the post-build hook:
//! `content-check --export DIR [CONTENT]`.

use pp_content::blob;
use pp_content::model::{Coding, Content, DatedFigure, Event, Mission, Source};
use pp_content::parts::{self, Part};
use serde_json::{json, Value};
use std::fs;
use std::path::Path;

pub const LICENCE: &str = "Text and data: CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/), credit \"Pakistan, peacekeeping and the Gaza force\". Code: MIT. Every row lists the ids of its sources; sources.csv / sources.json give the full references.";

/// One CSV field, quoted when it needs to be (RFC 4180).
fn field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// A CSV document from a header and rows (CRLF line ends, as RFC 4180 asks).
pub fn csv(header: &[&str], rows: &[Vec<String>]) -> String {
    let mut out = header.join(",") + "\r\n";
    for r in rows {
        out.push_str(&r.iter().map(|f| field(f)).collect::<Vec<_>>().join(","));
        out.push_str("\r\n");
    }
    out
}

fn ids(v: &[String]) -> String {
    v.join("; ")
}

fn opt(s: &Option<String>) -> String {
    s.clone().unwrap_or_default()
}

fn figure_cells(f: Option<&DatedFigure>) -> [String; 4] {
    match f {
        Some(f) => [
            f.quantity.central().to_string(),
            f.quantity.display(),
            f.date.source_text(),
            ids(&f.sources),
        ],
        None => Default::default(),
    }
}

const EVENT_COLUMNS: &[&str] = &[
    "id",
    "date",
    "date_as_written",
    "title",
    "summary",
    "category",
    "era",
    "place",
    "missions",
    "related",
    "sources",
    "flag_note",
    "after_resolution",
];

fn event_row(e: &Event) -> Vec<String> {
    vec![
        e.id.clone(),
        e.date.source_text(),
        e.date.display(),
        e.title.clone(),
        e.summary.clone(),
        e.category.id().to_string(),
        opt(&e.era),
        opt(&e.place),
        ids(&e.missions),
        ids(&e.related),
        ids(&e.sources),
        e.flag.as_ref().map(|f| f.note.clone()).unwrap_or_default(),
        e.after_resolution.to_string(),
    ]
}

const MISSION_COLUMNS: &[&str] = &[
    "id",
    "acronym",
    "name",
    "host",
    "host_iso",
    "lat",
    "lon",
    "pakistani_years",
    "kind",
    "status",
    "roles",
    "contingent",
    "contingent_as_written",
    "contingent_as_of",
    "contingent_sources",
    "fatalities",
    "fatalities_as_written",
    "fatalities_as_of",
    "fatalities_sources",
    "confidence",
    "events",
    "sources",
    "summary",
];

fn mission_row(m: &Mission) -> Vec<String> {
    let mut r = vec![
        m.id.clone(),
        m.acronym.clone(),
        m.name.clone(),
        m.host.name.clone(),
        opt(&m.host.iso),
        m.location.lat.to_string(),
        m.location.lon.to_string(),
        m.years.source_text(),
        kebab(&m.kind),
        kebab(&m.status),
        m.roles
            .iter()
            .map(|r| r.label())
            .collect::<Vec<_>>()
            .join("; "),
    ];
    r.extend(figure_cells(m.contingent.first()));
    r.extend(figure_cells(m.fatalities.as_ref()));
    r.extend([
        m.confidence.label().to_string(),
        ids(&m.events),
        ids(&m.sources),
        m.summary.clone(),
    ]);
    r
}

const FIGURE_COLUMNS: &[&str] = &[
    "series",
    "label",
    "unit",
    "as_of",
    "value",
    "high",
    "as_written",
    "given_by",
    "note",
    "sources",
    "flag_note",
];

/// One row per dated point of every series.
fn figure_rows(c: &Content) -> Vec<Vec<String>> {
    c.figures
        .iter()
        .flat_map(|s| {
            s.points.iter().map(move |p| {
                vec![
                    s.id.clone(),
                    s.label.clone(),
                    s.unit.clone(),
                    p.date.source_text(),
                    p.quantity.value.to_string(),
                    p.quantity.high.map(|h| h.to_string()).unwrap_or_default(),
                    p.quantity.display(),
                    p.by.map(|b| b.label().to_string()).unwrap_or_default(),
                    opt(&p.note),
                    ids(&p.sources),
                    p.flag.as_ref().map(|f| f.note.clone()).unwrap_or_default(),
                ]
            })
        })
        .collect()
}

const CODING_COLUMNS: &[&str] = &[
    "year",
    "pole",
    "dimension",
    "value",
    "rationale",
    "evidence_events",
    "sources",
];

fn coding_row(k: &Coding) -> Vec<String> {
    vec![
        k.year.to_string(),
        k.pole.clone(),
        k.dimension.clone(),
        k.value.to_string(),
        k.rationale.clone(),
        ids(&k.evidence),
        ids(&k.sources),
    ]
}

const SOURCE_COLUMNS: &[&str] = &[
    "id",
    "title",
    "author",
    "publisher",
    "date",
    "url",
    "accessed",
    "kind",
    "note",
];

fn source_row(s: &Source) -> Vec<String> {
    vec![
        s.id.clone(),
        s.title.clone(),
        s.author.clone(),
        s.publisher.clone(),
        s.date.as_ref().map(|d| d.source_text()).unwrap_or_default(),
        opt(&s.url),
        s.accessed.iso(),
        s.kind.label().to_string(),
        opt(&s.note),
    ]
}

/// A TimelineJS 3 date object from a partial date.
fn tl_date(d: &pp_content::model::PartialDate) -> Value {
    let mut v = json!({ "year": d.year.to_string() });
    if let Some(m) = d.month {
        v["month"] = json!(m.to_string());
    }
    if let Some(day) = d.day {
        v["day"] = json!(day.to_string());
    }
    v
}

fn escape_html(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The timeline in TimelineJS 3's JSON format (events, eras, groups by category),
/// each event's text ending with its sources as links.
pub fn timelinejs(c: &Content) -> Value {
    let events: Vec<Value> = c
        .events
        .iter()
        .map(|e| {
            let sources = e
                .sources
                .iter()
                .filter_map(|id| c.source(id))
                .map(|s| match &s.url {
                    Some(u) => format!(
                        "<a href=\"{}\">{}</a>",
                        escape_html(u),
                        escape_html(&s.title)
                    ),
                    None => escape_html(&s.title),
                })
                .collect::<Vec<_>>()
                .join("; ");
            let mut v = json!({
                "unique_id": e.id,
                "start_date": tl_date(&e.date.start),
                "text": {
                    "headline": escape_html(&e.title),
                    "text": format!("<p>{}</p><p>Sources: {}</p>", escape_html(&e.summary), sources),
                },
                "group": e.category.label(),
            });
            if let Some(Some(end)) = e.date.end {
                v["end_date"] = tl_date(&end);
            }
            if e.date.approximate || e.date.start.month.is_none() {
                v["display_date"] = json!(e.date.display());
            }
            v
        })
        .collect();
    let eras: Vec<Value> = c
        .eras
        .iter()
        .map(|x| {
            json!({
                "start_date": tl_date(&x.span.start),
                "end_date": tl_date(&x.span.last()),
                "text": { "headline": escape_html(&x.label), "text": escape_html(&x.summary) },
            })
        })
        .collect();
    json!({
        "title": { "text": {
            "headline": "Pakistan, peacekeeping and the Gaza force: timeline 1947–2025",
            "text": format!("<p>{}</p>", escape_html(LICENCE)),
        }},
        "events": events,
        "eras": eras,
    })
}

/// Writes every download into `dir`; returns the file names written.
pub fn write_all(c: &Content, dir: &Path) -> std::io::Result<Vec<String>> {
    fs::create_dir_all(dir)?;
    let mut written = Vec::new();
    let mut put = |name: &str, body: String| -> std::io::Result<()> {
        fs::write(dir.join(name), body)?;
        written.push(name.to_string());
        Ok(())
    };
    let wrap = |key: &str, v: Value| {
        serde_json::to_string_pretty(&json!({ "licence": LICENCE, key: v })).expect("json")
    };

    put(
        "events.csv",
        csv(
            EVENT_COLUMNS,
            &c.events.iter().map(event_row).collect::<Vec<_>>(),
        ),
    )?;
    put("events.json", wrap("events", to(&c.events)))?;
    put(
        "missions.csv",
        csv(
            MISSION_COLUMNS,
            &c.missions.iter().map(mission_row).collect::<Vec<_>>(),
        ),
    )?;
    put("missions.json", wrap("missions", to(&c.missions)))?;
    put("figures.csv", csv(FIGURE_COLUMNS, &figure_rows(c)))?;
    put("figures.json", wrap("figures", to(&c.figures)))?;
    if let Some(a) = &c.alignment {
        let codings: Vec<_> = a.codings.iter().map(coding_row).collect();
        put("alignment.csv", csv(CODING_COLUMNS, &codings))?;
        put("alignment.json", wrap("alignment", to(a)))?;
    }
    put(
        "sources.csv",
        csv(
            SOURCE_COLUMNS,
            &c.sources.iter().map(source_row).collect::<Vec<_>>(),
        ),
    )?;
    put("sources.json", wrap("sources", to(&c.sources)))?;
    put(
        "timelinejs.json",
        serde_json::to_string_pretty(&timelinejs(c)).expect("json"),
    )?;
    put(
        "README.txt",
        format!(
            "Data behind the explainer \"Pakistan, peacekeeping and the Gaza force\".\n\n{LICENCE}\n\nFiles: events, missions, figures (dated aggregate figures), alignment (the editors' coding), sources; each as CSV and JSON. timelinejs.json is the timeline in Knight Lab TimelineJS 3 format.\nDates keep their precision as written (1960, 1962-10, 1993-06-05, ranges with /, c. for circa).\n"
        ),
    )?;
    written.extend(write_app_data(c, "en", &dir.join("app"))?);
    Ok(written)
}

/// The app's data: each page's part of the content ([`pp_content::parts`]),
/// `app/<part>.<lang>.bin` (postcard), fetched by the page's app as it starts;
/// and for the text pages, whose app shows only citations, their sources alone
/// (`app/<part>.cites.<lang>.bin`).
pub fn write_app_data(c: &Content, lang: &str, dir: &Path) -> std::io::Result<Vec<String>> {
    fs::create_dir_all(dir)?;
    let mut written = Vec::new();
    let mut write = |name: String, bytes: Vec<u8>| -> std::io::Result<()> {
        fs::write(dir.join(&name), bytes)?;
        written.push(format!("app/{name}"));
        Ok(())
    };
    for part in Part::ALL {
        let slice = parts::slice(c, part);
        write(format!("{}.{lang}.bin", part.name()), blob::encode(&slice))?;
        if Part::TEXT.contains(&part) {
            let cites = blob::encode_sources(&parts::citations(&slice));
            write(format!("{}.cites.{lang}.bin", part.name()), cites)?;
        }
    }
    Ok(written)
}

/// An enum as the content files write it (`un-peacekeeping`).
fn kebab<T: serde::Serialize>(v: &T) -> String {
    to(v).as_str().unwrap_or_default().to_string()
}

fn to<T: serde::Serialize>(v: &T) -> Value {
    serde_json::to_value(v).expect("content serialises")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_quotes_what_needs_quoting() {
        let s = csv(
            &["a", "b"],
            &[
                vec!["x, y".into(), "say \"hi\"".into()],
                vec!["1".into(), "line\nbreak".into()],
            ],
        );
        assert_eq!(
            s,
            "a,b\r\n\"x, y\",\"say \"\"hi\"\"\"\r\n1,\"line\nbreak\"\r\n"
        );
    }
}
