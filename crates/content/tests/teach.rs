//! `teach.json`: every question and activity rests on the site's content
//! (each reference resolves), 3-5 questions, an activity with a view, glossary
//! terms, and 45 minutes.

mod common;

use common::{assert_error, broken, fixture};
use pp_content::load::load_dir;

#[test]
fn the_fixture_lesson_loads() {
    let c = load_dir(&fixture()).expect("valid fixture");
    assert_eq!(c.lessons.len(), 1);
    assert_eq!(c.lessons[0].questions.len(), 3);
}

#[test]
fn references_must_resolve() {
    let (d, e) = broken(
        "teach.json",
        r#""see": ["event:first"]"#,
        r#""see": ["event:nope"]"#,
    );
    assert_error(
        &d,
        &e,
        "teach.json",
        Some(9),
        "lessons[0].questions[0].see[0]",
        "`event:nope` does not resolve",
    );
    let (d, e) = broken("teach.json", r#""see": ["term:isf"]"#, r#""see": ["isf"]"#);
    assert_error(
        &d,
        &e,
        "teach.json",
        Some(11),
        "lessons[0].questions[2].see[0]",
        "is not KIND:ID",
    );
    let (d, e) = broken(
        "teach.json",
        r#""view:/map?year=1993""#,
        r#""view:/nowhere""#,
    );
    assert_error(
        &d,
        &e,
        "teach.json",
        Some(10),
        "lessons[0].questions[1].see[1]",
        "`view:/nowhere` does not resolve",
    );
    let (d, e) = broken(
        "teach.json",
        r#""on": "chapter:story""#,
        r#""on": "chapter:nope""#,
    );
    assert_error(
        &d,
        &e,
        "teach.json",
        Some(7),
        "lessons[0].on",
        "does not resolve",
    );
}

#[test]
fn a_question_needs_a_reference_and_a_lesson_three_questions() {
    let (d, e) = broken("teach.json", r#""see": ["event:first"]"#, r#""see": []"#);
    assert_error(
        &d,
        &e,
        "teach.json",
        Some(9),
        "lessons[0].questions[0].see",
        "needs at least one reference",
    );
    let (d, e) = broken(
        "teach.json",
        r#"{ "text": "Where did they serve?", "see": ["mission:m-one", "view:/map?year=1993"] },"#,
        "",
    );
    assert_error(
        &d,
        &e,
        "teach.json",
        Some(8),
        "lessons[0].questions",
        "needs 3 to 5",
    );
}

#[test]
fn the_activity_uses_a_view_terms_are_glossary_ids_and_it_takes_45_minutes() {
    let (d, e) = broken(
        "teach.json",
        r#""see": ["view:/map", "mission:m-one"]"#,
        r#""see": ["mission:m-one"]"#,
    );
    assert_error(
        &d,
        &e,
        "teach.json",
        Some(13),
        "lessons[0].activity.see",
        "interactive view",
    );
    let (d, e) = broken("teach.json", r#""terms": ["isf"]"#, r#""terms": ["zzz"]"#);
    assert_error(
        &d,
        &e,
        "teach.json",
        Some(14),
        "lessons[0].terms[0]",
        "`zzz` is not a glossary term",
    );
    let (d, e) = broken("teach.json", r#""minutes": 25"#, r#""minutes": 30"#);
    assert_error(
        &d,
        &e,
        "teach.json",
        Some(15),
        "lessons[0].timing",
        "50 minutes, not 45",
    );
}
