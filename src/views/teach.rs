//! `/teach`: for educators. A 45-minute lesson for each chapter of the story
//! and each view (`content/teach.json`): discussion questions, an activity
//! with an interactive view, the key terms (from the glossary, with their
//! sources) and the lesson's timings. The page asserts nothing of its own:
//! every question and activity links to the sourced content it rests on.
//! Each lesson prints as a worksheet (assets/page.js, `data-print-button`).

use crate::components::PageHead;
use crate::content::{content, split_ref, view_path, Content, Lesson, Prompt};
use crate::url::href;
use leptos::prelude::*;

/// Where a typed reference leads on the site, and its words.
pub fn target(c: &Content, r: &str) -> Option<(String, String)> {
    let (kind, id) = split_ref(r)?;
    let w = &crate::i18n::t().teach;
    Some(match kind {
        "chapter" => {
            let ch = c.chapter(id)?;
            let at = match id {
                "codebook" => "/alignment#codebook".to_string(),
                "about" => "/about".to_string(),
                "corrections" => "/corrections".to_string(),
                _ => format!("/#ch-{id}"),
            };
            (at, format!("{}{}", w.kinds[0], ch.title))
        }
        "event" => {
            let e = c.event(id)?;
            (
                format!("/timeline?event={id}"),
                format!("{}{}", w.kinds[1], e.title),
            )
        }
        "mission" => {
            let m = c.mission(id)?;
            (
                format!("/map?mission={id}"),
                format!("{}{}", w.kinds[2], m.name),
            )
        }
        "figure" => {
            let s = c.series(id)?;
            (
                format!("/sources#fig-{id}"),
                format!("{}{}", w.kinds[3], s.label),
            )
        }
        "term" => {
            let t = c.glossary.iter().find(|t| t.id == id)?;
            (
                super::glossary::term_path(id),
                format!("{}{}", w.kinds[4], t.term),
            )
        }
        "source" => {
            let s = c.source(id)?;
            (
                format!("/sources#src-{id}"),
                format!("{}{}", w.kinds[5], s.title),
            )
        }
        "view" => {
            let name = match view_path(id) {
                "/timeline" => w.open_view[0],
                "/map" => w.open_view[1],
                "/alignment" => w.open_view[2],
                _ => return None,
            };
            (id.to_string(), name.to_string())
        }
        _ => return None,
    })
}

#[component]
pub fn Teach() -> impl IntoView {
    let c = content();
    let w = &crate::i18n::t().teach;
    let toc = c
        .lessons
        .iter()
        .map(|l| view! { <li><a href=href(&format!("/teach#lesson-{}", l.id))>{l.title.clone()}</a></li> })
        .collect_view();
    let lessons = c
        .lessons
        .iter()
        .map(|l| view! { <LessonPlan l=l/> })
        .collect_view();
    view! {
        <article class="teach">
            <PageHead title={crate::i18n::t().heads.teach.title} lede={crate::i18n::t().heads.teach.lede}/>
            <nav class="teach-toc" aria-label=w.lessons>
                <h2>{w.lessons}</h2>
                <ol>{toc}</ol>
            </nav>
            <p class="teach-note">
                {w.note.0}
                <a href=href("/sources")>{w.note.1}</a>
                {w.note.2}
            </p>
            {lessons}
        </article>
    }
}

/// Links to what a question rests on.
#[component]
fn See(p: &'static Prompt) -> impl IntoView {
    let c = content();
    let w = &crate::i18n::t().teach;
    let links = p
        .see
        .iter()
        .filter_map(|r| target(c, r))
        .map(|(at, words)| view! { <li><a href=href(&at)>{words}</a></li> })
        .collect_view();
    view! { <ul class="teach-see" aria-label=w.see>{links}</ul> }
}

#[component]
fn LessonPlan(l: &'static Lesson) -> impl IntoView {
    let c = content();
    let w = &crate::i18n::t().teach;
    let head = format!("lesson-{}-h", l.id);
    let on = target(c, &l.on).map(
        |(at, words)| view! { <p class="teach-on">{w.based_on} <a href=href(&at)>{words}</a></p> },
    );
    let steps = l
        .timing
        .iter()
        .map(|s| view! { <li><span class="teach-min">{s.minutes} {w.minutes}</span> " " {s.what.clone()}</li> })
        .collect_view();
    let questions = l
        .questions
        .iter()
        .map(|q| view! { <li class="teach-q"><p>{q.text.clone()}</p><See p=q/></li> })
        .collect_view();
    let terms = l
        .terms
        .iter()
        .filter_map(|id| c.glossary.iter().find(|t| t.id == *id))
        .map(|t| {
            view! {
                <dt><a href=href(&super::glossary::term_path(&t.id))>{t.term.clone()}</a>
                    {t.expansion.clone().map(|e| view! { " (" {e} ")" })}</dt>
                <dd>{t.definition.clone()}</dd>
            }
        })
        .collect_view();
    view! {
        <section class="lesson" id=format!("lesson-{}", l.id) aria-labelledby=head.clone()>
            <h2 id=head.clone()>{l.title.clone()}</h2>
            {on}
            <p class="print-actions">
                <button type="button" data-print-button="lesson">{w.print}</button>
            </p>
            <h3>{w.plan}</h3>
            <ol class="teach-steps">{steps}</ol>
            <h3>{w.questions}</h3>
            <ol class="teach-questions">{questions}</ol>
            <h3>{w.activity}</h3>
            <div class="teach-activity teach-q"><p>{l.activity.text.clone()}</p><See p=&l.activity/></div>
            <h3>{w.terms}</h3>
            <dl class="teach-terms">{terms}</dl>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every reference of every lesson leads somewhere on the site.
    #[test]
    fn every_reference_has_a_target() {
        let c = content();
        assert!(c.lessons.len() >= 9, "a lesson per chapter and view");
        for l in &c.lessons {
            assert!(target(c, &l.on).is_some(), "{}", l.on);
            for p in l.questions.iter().chain([&l.activity]) {
                for r in &p.see {
                    let (at, words) = target(c, r).unwrap_or_else(|| panic!("{r}"));
                    assert!(at.starts_with('/') && !words.is_empty(), "{r}");
                }
            }
        }
        assert_eq!(
            target(c, "event:war-1965").unwrap().0,
            "/timeline?event=war-1965"
        );
        assert_eq!(
            target(c, "chapter:codebook").unwrap().0,
            "/alignment#codebook"
        );
        assert_eq!(target(c, "chapter:corrections").unwrap().0, "/corrections");
        assert_eq!(target(c, "term:isf").unwrap().0, "/glossary#term-isf");
        assert_eq!(
            target(c, "view:/map?year=1993").unwrap().0,
            "/map?year=1993"
        );
        assert!(target(c, "event:no-such-event").is_none());
    }
}
