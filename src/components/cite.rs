//! Citations: every claim on the site points to entries of the bibliography.

use crate::content::{content, Flag, Source};
use crate::url::href;
use leptos::prelude::*;

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
                <li>
                    <a href=href(&format!("/sources#src-{}", s.id))>{s.title.clone()}</a>
                    " — " {short_cite(s)}
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="source-refs">
            <span class="source-refs-label">{label.unwrap_or_else(|| "Sources".into())}</span>
            <ul>{items}</ul>
        </div>
    }
}

/// Full bibliography entries for the given ids (all sources when `ids` is empty).
#[component]
pub fn SourceList(
    ids: Vec<String>,
    #[prop(optional)] numbered: bool,
    #[prop(optional)] anchors: bool,
) -> impl IntoView {
    let c = content();
    let list: Vec<&'static Source> = if ids.is_empty() {
        c.sources.iter().collect()
    } else {
        ids.iter().filter_map(|id| c.source(id)).collect()
    };
    let items = list
        .into_iter()
        .map(|s| {
            let id = anchors.then(|| format!("src-{}", s.id));
            view! {
                <li id=id class="source">
                    <span class="source-title">
                        {match &s.url {
                            Some(u) => view! { <a href=u.clone() rel="noopener noreferrer">{s.title.clone()}</a> }.into_any(),
                            // a short tag instead of a sentence: the sources page explains it once
                            None => view! { <span>{s.title.clone()}</span> " " <span class="no-link">"no link"</span> }.into_any(),
                        }}
                    </span>
                    ". " {short_cite(s)} ". "
                    <span class="source-kind">{s.kind.label()}</span>
                    {format!(". Checked {}.", s.accessed.display())}
                    {s.note.clone().map(|n| view! { <span class="source-note">" " {n}</span> })}
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
                <strong class="flag-label">{f.kind.label()} ": "</strong>
                {f.note}
            </p>
        }
    })
}
