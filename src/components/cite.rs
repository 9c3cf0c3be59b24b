//! Citations: every claim on the site points to entries of the bibliography.

use crate::content::{content, Flag, Source};
use crate::i18n::{lang, t, Lang};
use crate::url::href;
use leptos::prelude::*;

/// `lang="en"` on a source's English title and record on a page in another
/// language (nothing on English pages).
pub fn en_attr() -> Option<&'static str> {
    (lang() != Lang::En).then_some("en")
}

/// Short citation: `Author, Publisher, date`.
pub fn short_cite(s: &Source) -> String {
    let mut out = s.publisher.clone();
    if s.author != s.publisher {
        out = format!("{}, {}", s.author, out);
    }
    if let Some(d) = &s.date {
        out.push_str(", ");
        out.push_str(&d.display());
    }
    if let Some(p) = &s.page {
        out.push_str(", ");
        out.push_str(p);
    }
    out
}

/// Inline list of sources: "Sources: UN press release (…); Dawn (…)".
#[component]
pub fn SourceRefs(
    ids: Vec<String>,
    #[prop(optional, into)] label: Option<String>,
) -> impl IntoView {
    let c = content();
    let items = ids
        .into_iter()
        .filter_map(|id| c.source(&id))
        .map(|s| {
            view! {
                <li lang=en_attr()>
                    <a href=href(&format!("/sources#src-{}", s.id))>{s.title.clone()}</a>
                    " — " {short_cite(s)}
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="source-refs">
            <span class="source-refs-label">{label.unwrap_or_else(|| t().sources.label.into())}</span>
            <ul>{items}</ul>
        </div>
    }
}

/// Bibliography entries for the given ids (all sources when `ids` is empty):
/// in full, or `brief` (a chapter's list: no editor's note, which the entry on
/// the sources page has, and a link to that entry).
#[component]
pub fn SourceList(
    ids: Vec<String>,
    #[prop(optional)] numbered: bool,
    #[prop(optional)] anchors: bool,
    #[prop(optional)] brief: bool,
) -> impl IntoView {
    let c = content();
    let list: Vec<&'static Source> = if ids.is_empty() {
        c.sources.iter().collect()
    } else {
        ids.iter().filter_map(|id| c.source(id)).collect()
    };
    let (l, w) = (lang(), &t().sources);
    let stop = t().full_stop;
    let items = list
        .into_iter()
        .map(|s| {
            let id = anchors.then(|| format!("src-{}", s.id));
            view! {
                <li id=id class="source">
                    <span class="source-title" lang=en_attr()>
                        {match &s.url {
                            Some(u) => view! { <a href=u.clone() rel="noopener noreferrer">{s.title.clone()}</a> }.into_any(),
                            None => view! { <span>{s.title.clone()}</span> }.into_any(),
                        }}
                    </span>
                    // a short tag instead of a sentence: the sources page explains it once
                    {s.url.is_none().then(|| view! { " " <span class="no-link">{w.no_link}</span> })}
                    {stop} " " <span class="source-cite" lang=en_attr()>{short_cite(s)}</span> {stop} " "
                    <span class="source-kind">{w.kind(s.kind)}</span>
                    {format!("{stop} {}{stop}", (w.checked)(&l.day(&s.accessed)))}
                    {match (brief, &s.note) {
                        (true, _) => Some(view! {
                            " " <a class="source-more" href=href(&format!("/sources#src-{}", s.id))>{w.in_bibliography}</a>
                        }.into_any()),
                        (false, Some(n)) => Some(view! { <span class="source-note" lang=en_attr()>" " {n.clone()}</span> }.into_any()),
                        (false, None) => None,
                    }}
                </li>
            }
        })
        .collect_view();
    if numbered {
        view! { <ol class="sources">{items}</ol> }.into_any()
    } else {
        view! { <ul class="sources">{items}</ul> }.into_any()
    }
}

/// "Approximate" / "Sources differ" marker with its note; not colour alone.
#[component]
pub fn FlagNote(flag: Option<Flag>) -> impl IntoView {
    flag.map(|f| {
        view! {
            <p class="flag" data-flag=format!("{:?}", f.kind).to_lowercase()>
                <strong class="flag-label">{t().sources.flag(f.kind)} {t().sources.colon}</strong>
                {f.note}
            </p>
        }
    })
}
