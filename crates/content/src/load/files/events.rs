//! `events.json`: the timeline's events, each dated, categorised and sourced.

use super::{file_struct, FileCx, FileSpec, Known};
use crate::load::rules::{truncate, AFTER_END, MAX_TEXT, MAX_TITLE};
use crate::model::{Content, Event, MAIN_END, MAIN_START_YEAR};

file_struct!(
    EventsFile,
    events,
    Vec<Event>,
    "content/events.json: timeline events.",
    |c, events| c.events = events
);

pub(crate) const SPEC: FileSpec = FileSpec {
    name: "events.json",
    defines: &["event"],
    read,
    ids,
    check,
    #[cfg(feature = "schema")]
    schema: ("events.schema.json", || schemars::schema_for!(EventsFile)),
};

fn ids<'c>(cx: &mut FileCx, c: &'c Content, known: &mut Known<'c>) {
    let ids = cx.unique("events", c.events.iter().map(|e| e.id.as_str()));
    known.define("event", ids);
}

fn check(cx: &mut FileCx, c: &Content, known: &Known) {
    for (i, e) in c.events.iter().enumerate() {
        let f = |k: &str| format!("events[{i}].{k}");
        cx.text(f("title"), &e.title, MAX_TITLE);
        cx.text(f("summary"), &e.summary, MAX_TEXT);
        if let Some(p) = &e.place {
            cx.text(f("place"), p, MAX_TITLE);
        }
        cx.refs(&f("sources"), &e.sources, known, "source", true);
        cx.refs(&f("missions"), &e.missions, known, "mission", false);
        cx.refs(&f("related"), &e.related, known, "event", false);
        if e.related.iter().any(|r| r == &e.id) {
            cx.err(f("related"), "an event cannot be related to itself");
        }
        if let Some(era) = &e.era {
            if !known.has("era", era) {
                cx.err(
                    f("era"),
                    format!(
                        "`{}` is not a known era id (see eras.json)",
                        truncate(era, 80)
                    ),
                );
            }
        }
        cx.flag(f("flag"), &e.flag);
        check_date(cx, &f("date"), e);
    }
}

/// The main timeline runs from 1947 to Resolution 2803; later events are
/// marked `after_resolution` and end by 2026.
fn check_date(cx: &mut FileCx, field: &str, e: &Event) {
    let first = e.date.start.first_day();
    let last = e.date.last().last_day();
    if e.after_resolution {
        if first <= MAIN_END.first_day() {
            cx.err(
                field,
                format!(
                    "`{}` is marked after_resolution but is not after 17 Nov 2025",
                    e.date.source_text()
                ),
            );
        } else if last > AFTER_END.last_day() {
            cx.err(
                field,
                format!("`{}` is after the end of 2026", e.date.source_text()),
            );
        }
    } else if e.date.start.year < MAIN_START_YEAR
        || last > MAIN_END.last_day()
        || matches!(e.date.end, Some(None))
    {
        cx.err(
            field,
            format!(
                "`{}` is outside the main timeline (1947 to 17 Nov 2025); mark later events with \"after_resolution\": true",
                e.date.source_text()
            ),
        );
    }
}
