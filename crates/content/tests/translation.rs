//! The translation check (`content/ur/`, issue 19): a translation that is
//! complete, has nothing left over and states the English numbers is merged;
//! each kind of mistake is reported with its file, line and field. The broken
//! fixtures are the minimal valid content set with one edit in its `ur/` folder.

mod common;

use common::{assert_error, copy_fixture, edited_fixture, fixture, list};
use pp_content::load::{load_dir, load_translation, ContentError};
use std::path::Path;

fn translate(dir: &Path) -> Result<pp_content::model::Content, Vec<ContentError>> {
    let en = load_dir(dir).unwrap_or_else(|e| panic!("English fixture invalid:\n{}", list(&e)));
    load_translation(dir, "ur", &en)
}

/// The fixture with `from` replaced by `to` in `file`; its translation's errors.
fn broken(file: &str, from: &str, to: &str) -> (std::path::PathBuf, Vec<ContentError>) {
    let dir = edited_fixture(file, from.as_bytes(), to.as_bytes());
    let errors = translate(&dir).expect_err("a broken translation must be rejected");
    (dir, errors)
}

#[test]
fn a_complete_translation_is_merged() {
    let t = translate(&fixture()).unwrap_or_else(|e| panic!("{}", list(&e)));
    let e = t.event("first").unwrap();
    assert_eq!(e.title, "پہلا واقعہ");
    // dates, ids and sources are the English ones
    assert_eq!(e.date.source_text(), "1947-09-30");
    assert_eq!(e.sources, ["src-a"]);
    assert_eq!(t.mission("m-one").unwrap().host.name, "کہیں");
    assert_eq!(t.quote("q-one").unwrap().gloss.as_deref(), Some("الفاظ۔"));
    assert_eq!(
        t.quote("q-one").unwrap().text,
        "Words.",
        "quotes keep their original words"
    );
    assert_eq!(t.scenarios[0].effects[0].text, "ایک دلیل۔");
    let a = t.alignment.as_ref().unwrap();
    assert_eq!(a.poles[0].label, "مغرب");
    assert_eq!(a.codings[1].rationale, "ایک وجہ۔");
    // the vote chart, the comparison and the lessons: texts translated,
    // seats, votes, sources, references and minutes the English ones
    let v = &t.votes[0];
    assert_eq!(
        (v.title.as_str(), v.ballots[1].member.as_str()),
        ("ایک ووٹنگ", "پاکستان")
    );
    assert_eq!(v.sources, ["src-a"]);
    let c = &t.comparisons[0];
    assert_eq!((c.left.as_str(), c.right.as_str()), ("الف", "ب"));
    assert_eq!(c.rows[0].right.text, "نہیں۔");
    assert_eq!(c.rows[0].right.sources, ["src-b"]);
    let l = &t.lessons[0];
    assert_eq!(l.questions[1].text, "انہوں نے کہاں خدمات انجام دیں؟");
    assert_eq!(l.questions[1].see[1], "view:/map?year=1993");
    assert_eq!(l.activity.text, "نقشہ کھولیے اور مشن تلاش کیجیے۔");
    assert_eq!(
        (l.timing[1].what.as_str(), l.timing[1].minutes),
        ("بحث", 25)
    );
    let ch = t.chapter("story").unwrap();
    assert_eq!((ch.title.as_str(), ch.order), ("کہانی", 0));
    assert!(
        ch.html.contains("src-a"),
        "citations rendered like the English"
    );
}

#[test]
fn a_missing_item_is_named() {
    let (dir, errors) = broken(
        "ur/events.json",
        "    },\n    \"later\": {\n      \"title\": \"قرارداد کے بعد\",\n      \"summary\": \"بعد کا ایک واقعہ۔\"\n    }\n",
        "    }\n",
    );
    assert_error(
        &dir,
        &errors,
        "ur/events.json",
        Some(2),
        "events.later",
        "no translation of `later`",
    );
}

#[test]
fn a_missing_field_is_named() {
    let (dir, errors) = broken("ur/eras.json", ",\n      \"summary\": \"پہلے برس۔\"", "");
    assert_error(
        &dir,
        &errors,
        "ur/eras.json",
        Some(3),
        "eras.early.summary",
        "missing: the English has",
    );
}

#[test]
fn a_left_over_item_is_named() {
    let (dir, errors) = broken(
        "ur/eras.json",
        "  \"eras\": {\n",
        "  \"eras\": {\n    \"gone\": {\n      \"label\": \"پرانا\"\n    },\n",
    );
    assert_error(
        &dir,
        &errors,
        "ur/eras.json",
        Some(3),
        "eras.gone",
        "left over",
    );
}

#[test]
fn a_left_over_field_is_named() {
    let (dir, errors) = broken(
        "ur/missions.json",
        "\"summary\": \"ایک مشن۔\"",
        "\"summary\": \"ایک مشن۔\",\n      \"flag\": \"ایک نوٹ\"",
    );
    assert_error(
        &dir,
        &errors,
        "ur/missions.json",
        Some(7),
        "missions.m-one.flag",
        "left over",
    );
}

#[test]
fn a_lesson_or_vote_translation_is_checked() {
    let (dir, errors) = broken(
        "ur/teach.json",
        "\"timing.1.what\": \"بحث\"",
        "\"timing.1.what\": \"25 منٹ بحث\"",
    );
    assert_error(
        &dir,
        &errors,
        "ur/teach.json",
        Some(10),
        "lessons.story.timing.1.what",
        "states 25, which the English does not",
    );
    let (dir, errors) = broken(
        "ur/votes.json",
        "      \"ballots.1.member\": \"پاکستان\"\n",
        "      \"ballots.1.mmber\": \"پاکستان\"\n",
    );
    assert_error(
        &dir,
        &errors,
        "ur/votes.json",
        Some(3),
        "votes.res-1.ballots.1.member",
        "missing: the English has “Pakistan”",
    );
}

#[test]
fn a_changed_number_is_named() {
    let (dir, errors) = broken(
        "ur/chapters/00-story.md",
        "| 2024 | 235,000",
        "| 2024 | 253,000",
    );
    assert_error(
        &dir,
        &errors,
        "ur/chapters/00-story.md",
        None,
        "body",
        "leaves out 235000",
    );
    let (dir, errors) = broken(
        "ur/eras.json",
        "\"summary\": \"پہلے برس۔\"",
        "\"summary\": \"1948 کے پہلے برس۔\"",
    );
    assert_error(
        &dir,
        &errors,
        "ur/eras.json",
        Some(5),
        "eras.early.summary",
        "states 1948, which the English does not",
    );
}

#[test]
fn eastern_digits_are_refused() {
    let (dir, errors) = broken("ur/chapters/00-story.md", "| 2024 |", "| ۲۰۲۴ |");
    assert_error(
        &dir,
        &errors,
        "ur/chapters/00-story.md",
        None,
        "body",
        "Western digits",
    );
}

#[test]
fn a_chapter_must_cite_as_the_english_does() {
    let (dir, errors) = broken("ur/chapters/00-story.md", "[@src-a; @src-b]", "[@src-a]");
    assert_error(
        &dir,
        &errors,
        "ur/chapters/00-story.md",
        None,
        "body",
        "missing: src-b",
    );
}

#[test]
fn a_missing_chapter_and_its_order_line() {
    let dir = copy_fixture();
    std::fs::remove_file(dir.join("ur/chapters/00-story.md")).unwrap();
    let errors = translate(&dir).expect_err("missing chapter");
    assert_error(
        &dir,
        &errors,
        "ur/chapters/00-story.md",
        None,
        "",
        "no translation of the chapter `story`",
    );
    let (dir, errors) = broken(
        "ur/chapters/00-story.md",
        "title: کہانی\n",
        "title: کہانی\norder: 3\n",
    );
    assert_error(
        &dir,
        &errors,
        "ur/chapters/00-story.md",
        Some(4),
        "order",
        "takes its order from the English",
    );
}
