//! `teach.json`: lessons for educators. Every question and activity rests on
//! the site's own content: each names at least one reference, and every
//! reference must resolve (a chapter, event, deployment, figure series,
//! glossary term or source the site has, or one of the interactive views).

use super::{file_struct, FileCx, FileSpec, Known};
use crate::load::rules::{MAX_TEXT, MAX_TITLE};
use crate::model::{split_ref, view_path, Content, Lesson, Prompt, TEACH_VIEWS};

file_struct!(
    TeachFile,
    lessons,
    Vec<Lesson>,
    "content/teach.json: lessons for educators (the /teach page).",
    |c, lessons| c.lessons = lessons
);

pub(crate) const SPEC: FileSpec = FileSpec {
    name: "teach.json",
    defines: &["lesson"],
    read,
    ids,
    check,
    #[cfg(feature = "schema")]
    schema: ("teach.schema.json", || schemars::schema_for!(TeachFile)),
};

/// A lesson takes 45 minutes.
pub const LESSON_MINUTES: u32 = 45;

fn ids<'c>(cx: &mut FileCx, c: &'c Content, known: &mut Known<'c>) {
    known.define(
        "lesson",
        cx.unique("lessons", c.lessons.iter().map(|l| l.id.as_str())),
    );
}

/// Does a typed reference resolve? `None` if it does, else why not.
pub fn resolve(r: &str, c: &Content, known: &Known) -> Option<String> {
    let Some((kind, id)) = split_ref(r) else {
        return Some(format!(
            "`{r}` is not KIND:ID (chapter, event, mission, figure, term, source, view)"
        ));
    };
    let ok = match kind {
        "chapter" => c.chapter(id).is_some(),
        "event" | "mission" | "source" => known.has(kind, id),
        "figure" => known.has("figure", id),
        "term" => known.has("glossary term", id),
        "view" => TEACH_VIEWS.contains(&view_path(id)),
        _ => return Some(format!("`{kind}` is not a kind of reference")),
    };
    (!ok).then(|| format!("`{r}` does not resolve to the site's content"))
}

fn prompt(cx: &mut FileCx, field: &str, p: &Prompt, c: &Content, known: &Known) {
    cx.text(format!("{field}.text"), &p.text, MAX_TEXT);
    if p.see.is_empty() {
        cx.err(
            format!("{field}.see"),
            "needs at least one reference to the site's content",
        );
    }
    for (i, r) in p.see.iter().enumerate() {
        if let Some(e) = resolve(r, c, known) {
            cx.err(format!("{field}.see[{i}]"), e);
        }
    }
}

fn check(cx: &mut FileCx, c: &Content, known: &Known) {
    for (i, l) in c.lessons.iter().enumerate() {
        let at = format!("lessons[{i}]");
        cx.text(format!("{at}.title"), &l.title, MAX_TITLE);
        if let Some(e) = resolve(&l.on, c, known) {
            cx.err(format!("{at}.on"), e);
        } else if !matches!(split_ref(&l.on), Some(("chapter" | "view", _))) {
            cx.err(format!("{at}.on"), "must be a chapter:ID or a view:/PATH");
        }
        if !(3..=5).contains(&l.questions.len()) {
            cx.err(
                format!("{at}.questions"),
                "needs 3 to 5 discussion questions",
            );
        }
        for (j, q) in l.questions.iter().enumerate() {
            prompt(cx, &format!("{at}.questions[{j}]"), q, c, known);
        }
        prompt(cx, &format!("{at}.activity"), &l.activity, c, known);
        if !l.activity.see.iter().any(|r| r.starts_with("view:")) {
            cx.err(
                format!("{at}.activity.see"),
                "the activity uses an interactive view: name it (view:/PATH)",
            );
        }
        if l.terms.is_empty() {
            cx.err(format!("{at}.terms"), "needs at least one key term");
        }
        for (j, t) in l.terms.iter().enumerate() {
            if !known.has("glossary term", t) {
                cx.err(
                    format!("{at}.terms[{j}]"),
                    format!("`{t}` is not a glossary term"),
                );
            }
        }
        for (j, s) in l.timing.iter().enumerate() {
            cx.text(format!("{at}.timing[{j}].what"), &s.what, MAX_TITLE);
        }
        let total: u32 = l.timing.iter().map(|s| s.minutes).sum();
        if total != LESSON_MINUTES {
            cx.err(
                format!("{at}.timing"),
                format!("the steps add up to {total} minutes, not {LESSON_MINUTES}"),
            );
        }
    }
}
