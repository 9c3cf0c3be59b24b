//! Every kind of content error is rejected with a message naming the file, the
//! line, the field and what was expected.

mod common;
use common::*;
use pp_content::load::{json_line, load_dir};

#[test]
fn the_fixture_itself_is_valid_and_renders_citations() {
    let c = load_dir(&fixture()).unwrap_or_else(|e| panic!("fixture invalid:\n{}", list(&e)));
    assert_eq!(c.events.len(), 3);
    let ch = &c.chapters[0];
    assert_eq!(
        ch.sources,
        ["src-a", "src-b"],
        "sources in order of first citation"
    );
    assert!(
        ch.html
            .contains(r#"<a class="cite" href="sources#src-src-a" data-source="src-a">[1]</a>"#),
        "{}",
        ch.html
    );
    // a group of citations is one link (one target) naming every source
    assert!(
        ch.html.contains(
            r#"<a class="cite" href="sources#src-src-a" data-source="src-a src-b">[1, 2]</a>"#
        ),
        "{}",
        ch.html
    );
    assert!(
        ch.html.contains(r#"<a href="timeline">a link</a>"#),
        "{}",
        ch.html
    );
    assert!(
        ch.html
            .contains(r#"<a rel="noopener noreferrer" href="https://example.org/x">"#),
        "{}",
        ch.html
    );
    assert!(ch.html.contains("<h2>A section</h2>"));
    assert!(
        ch.html.contains(r#"<div class="table-wrap" tabindex="0" role="region" aria-label="Table (scrolls sideways on narrow screens)"><table>"#),
        "tables scroll in a focusable region: {}",
        ch.html
    );
    assert!(
        ch.html.contains("</table>\n</div>") || ch.html.contains("</table></div>"),
        "{}",
        ch.html
    );
}

#[test]
fn bad_json_names_file_and_line() {
    let (d, e) = broken(
        "events.json",
        r#""title": "Second event","#,
        r#""title": "Second event""#,
    );
    assert_error(
        &d,
        &e,
        "events.json",
        Some(18),
        "events[1]",
        "is not valid JSON: expected `,` or `}`",
    );
    assert_eq!(
        e.len(),
        1,
        "a syntax error does not cascade into reference errors:\n{}",
        list(&e)
    );
}

#[test]
fn missing_required_field() {
    let (d, e) = broken("events.json", "      \"title\": \"Second event\",\n", "");
    assert_error(
        &d,
        &e,
        "events.json",
        Some(20),
        "events[1]",
        "missing field `title`",
    );
}

#[test]
fn unknown_field_lists_the_expected_ones() {
    let (d, e) = broken(
        "events.json",
        r#""title": "Second event","#,
        r#""title": "Second event", "colour": "red","#,
    );
    assert_error(
        &d,
        &e,
        "events.json",
        Some(17),
        "events[1].colour",
        "unknown field `colour`, expected one of `id`, `date`, `title`",
    );
}

#[test]
fn malformed_date() {
    let (d, e) = broken("events.json", r#""date": "1960""#, r#""date": "1960-13""#);
    assert_error(
        &d,
        &e,
        "events.json",
        Some(16),
        "events[1].date",
        "month 13 does not exist",
    );
}

#[test]
fn impossible_day() {
    let (d, e) = broken(
        "events.json",
        r#""date": "1947-09-30""#,
        r#""date": "1947-02-30""#,
    );
    assert_error(
        &d,
        &e,
        "events.json",
        Some(5),
        "events[0].date",
        "day 30 does not exist",
    );
}

#[test]
fn end_before_start() {
    let (d, e) = broken(
        "missions.json",
        r#""years": "1960/1964""#,
        r#""years": "1964/1960""#,
    );
    assert_error(
        &d,
        &e,
        "missions.json",
        Some(9),
        "missions[0].years",
        "the end (1960) is before the start (1964)",
    );
}

#[test]
fn reference_to_unknown_source() {
    let (d, e) = broken(
        "events.json",
        r#""sources": ["src-b"]"#,
        r#""sources": ["src-zzz"]"#,
    );
    assert_error(
        &d,
        &e,
        "events.json",
        Some(20),
        "events[1].sources[0]",
        "`src-zzz` is not a known source id",
    );
}

#[test]
fn reference_to_unknown_event_and_mission() {
    let (d, e) = broken(
        "events.json",
        r#""related": ["second"]"#,
        r#""related": ["nope"]"#,
    );
    assert_error(
        &d,
        &e,
        "events.json",
        Some(11),
        "events[0].related[0]",
        "`nope` is not a known event id",
    );
    let (d, e) = broken(
        "events.json",
        r#""missions": ["m-one"]"#,
        r#""missions": ["m-two"]"#,
    );
    assert_error(
        &d,
        &e,
        "events.json",
        Some(10),
        "events[0].missions[0]",
        "`m-two` is not a known mission id",
    );
}

#[test]
fn duplicate_id_names_both_lines() {
    let (d, e) = broken("events.json", r#""id": "second""#, r#""id": "first""#);
    assert_error(
        &d,
        &e,
        "events.json",
        Some(15),
        "events[1].id",
        "duplicate id `first` (first used on line 4)",
    );
}

#[test]
fn unknown_category() {
    let (d, e) = broken(
        "events.json",
        r#""category": "peacekeeping""#,
        r#""category": "peace""#,
    );
    assert_error(&d, &e, "events.json", Some(19), "events[1].category", "unknown variant `peace`, expected one of `war`, `alliance`, `peacekeeping`, `diplomacy`, `gaza-2025`, `domestic`");
}

#[test]
fn coordinates_out_of_range() {
    let (d, e) = broken("missions.json", r#""lat": -4.04"#, r#""lat": -94.04"#);
    assert_error(
        &d,
        &e,
        "missions.json",
        Some(8),
        "missions[0].location.lat",
        "-94.04 is out of range: latitude must be between -90 and 90",
    );
    let (d, e) = broken("missions.json", r#""lon": 21.76"#, r#""lon": 221.76"#);
    assert_error(
        &d,
        &e,
        "missions.json",
        Some(8),
        "missions[0].location.lon",
        "longitude must be between -180 and 180",
    );
}

#[test]
fn event_outside_the_main_timeline() {
    let (d, e) = broken("events.json", r#""date": "1960""#, r#""date": "1946""#);
    assert_error(
        &d,
        &e,
        "events.json",
        Some(16),
        "events[1].date",
        "outside the main timeline",
    );
    let (d, e) = broken(
        "events.json",
        "      \"after_resolution\": true\n",
        "      \"after_resolution\": false\n",
    );
    assert_error(
        &d,
        &e,
        "events.json",
        Some(24),
        "events[2].date",
        "mark later events with \"after_resolution\": true",
    );
}

#[test]
fn event_without_source() {
    let (d, e) = broken("events.json", r#""sources": ["src-b"]"#, r#""sources": []"#);
    assert_error(
        &d,
        &e,
        "events.json",
        Some(20),
        "events[1].sources",
        "needs at least one source id",
    );
}

#[test]
fn wrong_type() {
    let (d, e) = broken("missions.json", r#""value": 400"#, r#""value": "400""#);
    assert_error(
        &d,
        &e,
        "missions.json",
        Some(14),
        "missions[0].contingent[0].quantity.value",
        "has the wrong type: invalid type: string \"400\", expected u64",
    );
}

#[test]
fn empty_text() {
    let (d, e) = broken(
        "events.json",
        r#""summary": "Something else happened.""#,
        r#""summary": "  ""#,
    );
    assert_error(
        &d,
        &e,
        "events.json",
        Some(18),
        "events[1].summary",
        "must not be empty",
    );
}

#[test]
fn alignment_value_out_of_scale_and_unknown_pole() {
    let (d, e) = broken("alignment.json", r#""value": 5"#, r#""value": 11"#);
    assert_error(
        &d,
        &e,
        "alignment.json",
        Some(13),
        "alignment.codings[0].value",
        "11 must be a number from 0 to 10",
    );
    let (d, e) = broken(
        "scenarios.json",
        r#""about": "domestic""#,
        r#""about": "mars""#,
    );
    assert_error(
        &d,
        &e,
        "scenarios.json",
        Some(7),
        "scenarios[0].effects[0].about",
        "`mars` must be a pole id or `domestic`",
    );
}

#[test]
fn bom_and_non_utf8_are_named() {
    let dir = copy_fixture();
    let p = dir.join("quotes.json");
    let mut bytes = vec![0xEF, 0xBB, 0xBF];
    bytes.extend(std::fs::read(&p).unwrap());
    std::fs::write(&p, bytes).unwrap();
    let e = load_dir(&dir).unwrap_err();
    assert_error(&dir, &e, "quotes.json", Some(1), "", "byte-order mark");

    let dir = copy_fixture();
    let p = dir.join("glossary.json");
    let mut bytes = std::fs::read(&p).unwrap();
    let at = bytes.iter().position(|&b| b == b'A').unwrap();
    bytes[at] = 0xFF;
    std::fs::write(&p, bytes).unwrap();
    let e = load_dir(&dir).unwrap_err();
    assert_error(&dir, &e, "glossary.json", Some(3), "", "is not valid UTF-8");
}

#[test]
fn missing_file() {
    let dir = copy_fixture();
    std::fs::remove_file(dir.join("figures.json")).unwrap();
    let e = load_dir(&dir).unwrap_err();
    assert_error(&dir, &e, "figures.json", None, "", "cannot be read");
}

#[test]
fn markdown_raw_html_and_unsafe_links_are_refused() {
    let (d, e) = broken(
        "chapters/00-story.md",
        "More text",
        "<script>alert(1)</script>\n\nMore text",
    );
    assert_error(
        &d,
        &e,
        "chapters/00-story.md",
        Some(11),
        "body",
        "raw HTML `<script>alert(1)</script>` is not allowed",
    );
    let (d, e) = broken(
        "chapters/00-story.md",
        "(timeline)",
        "(javascript:alert(1))",
    );
    assert_error(
        &d,
        &e,
        "chapters/00-story.md",
        Some(7),
        "body",
        "uses a scheme that is not allowed",
    );
    let (d, e) = broken("chapters/00-story.md", "[@src-a]", "[@src-zzz]");
    assert_error(
        &d,
        &e,
        "chapters/00-story.md",
        Some(7),
        "body",
        "citation `[@src-zzz]` names no source",
    );
}

#[test]
fn front_matter_errors() {
    let (d, e) = broken("chapters/00-story.md", "title: The story\n", "");
    assert_error(
        &d,
        &e,
        "chapters/00-story.md",
        Some(1),
        "title",
        "missing in front matter",
    );
    let (d, e) = broken("chapters/00-story.md", "order: 0", "order: first");
    assert_error(
        &d,
        &e,
        "chapters/00-story.md",
        Some(4),
        "order",
        "`first` is not a whole number",
    );
    let (d, e) = broken("chapters/00-story.md", "order: 0", "order: 0\ncolour: red");
    assert_error(
        &d,
        &e,
        "chapters/00-story.md",
        Some(5),
        "colour",
        "unknown front matter key",
    );
}

#[test]
fn json_line_finds_nested_paths() {
    let text = "{\n  \"a\": [\n    {\"b\": 1},\n    {\n      \"b\": [\n        \"x\",\n        \"y\"\n      ]\n    }\n  ]\n}\n";
    assert_eq!(json_line(text, "a"), Some(2));
    assert_eq!(json_line(text, "a[0].b"), Some(3));
    assert_eq!(json_line(text, "a[1].b"), Some(5));
    assert_eq!(json_line(text, "a[1].b[1]"), Some(7));
    assert_eq!(
        json_line(text, "a[1].missing"),
        Some(4),
        "falls back to the enclosing object"
    );
}
