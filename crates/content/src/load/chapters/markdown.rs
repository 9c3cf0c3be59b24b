//! A chapter's markdown body rendered to safe HTML: raw HTML, unsafe links and
//! images refused (each with its line), `#` headings reserved for the title,
//! wide tables wrapped in a scrolling region, external links opened safely,
//! citations handed to [`super::cite`], and chart markers (a paragraph
//! `[chart: KIND]` or `[chart: KIND ID]`) turned into chart slots.

use super::{cite, Problems};
use crate::load::rules::{check_link, is_id, truncate};
use crate::model::{chart_slot, ChartKind};
use pulldown_cmark::{CowStr, Event as Md, HeadingLevel, Options, Parser, Tag, TagEnd};
use std::collections::HashSet;

/// Renders `body` (which starts on line `body_line` of the file). Returns the
/// HTML and the ids of the sources cited, in order of first citation.
pub(super) fn render(
    body: &str,
    body_line: usize,
    sources: Option<&HashSet<&str>>,
    p: &mut Problems,
) -> (String, Vec<String>) {
    let line_of = |offset: usize| body_line + body[..offset.min(body.len())].matches('\n').count();
    let mut cited: Vec<String> = Vec::new();
    let mut events: Vec<Md> = Vec::new();
    let mut skip_image_text = 0usize;
    // inside a paragraph that is a chart marker: its end is dropped
    let mut in_marker = false;
    let opts =
        Options::ENABLE_TABLES | Options::ENABLE_SMART_PUNCTUATION | Options::ENABLE_STRIKETHROUGH;
    let parser =
        pulldown_cmark::TextMergeWithOffset::new(Parser::new_ext(body, opts).into_offset_iter());
    for (ev, range) in parser {
        let line = line_of(range.start);
        match ev {
            Md::Html(raw) | Md::InlineHtml(raw) => refuse_html(&raw, line, p),
            Md::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                let dest_url = match check_link(&dest_url) {
                    Ok(()) => dest_url,
                    Err(e) => {
                        p.err(line, "body", format!("link {e}"));
                        CowStr::from("#")
                    }
                };
                events.push(Md::Start(Tag::Link {
                    link_type,
                    dest_url,
                    title,
                    id,
                }));
            }
            Md::Start(Tag::Image { dest_url, .. }) => {
                refuse_image(&dest_url, line, p);
                skip_image_text += 1;
            }
            Md::End(TagEnd::Image) => skip_image_text = skip_image_text.saturating_sub(1),
            Md::Text(t) if skip_image_text == 0 && t.trim_start().starts_with("[chart:") => {
                if matches!(events.last(), Some(Md::Start(Tag::Paragraph))) {
                    events.pop();
                    in_marker = true;
                    let slot = chart_marker(&t, line, p);
                    events.push(Md::Html(CowStr::from(slot.unwrap_or_default())));
                } else {
                    p.err(
                        line,
                        "body",
                        "a chart marker `[chart: ...]` must be a paragraph of its own".into(),
                    );
                }
            }
            Md::End(TagEnd::Paragraph) if in_marker => in_marker = false,
            _ if in_marker => {
                p.err(
                    line,
                    "body",
                    "a chart marker `[chart: ...]` must be a paragraph of its own".into(),
                );
                in_marker = false;
                events.push(Md::Start(Tag::Paragraph));
                events.push(ev);
            }
            Md::Text(t) if skip_image_text == 0 => {
                cite::split(&t, line, sources, &mut cited, &mut events, p);
            }
            Md::Text(_) => {}
            // Wide tables scroll inside a focusable, labelled region on narrow screens.
            Md::Start(Tag::Table(align)) => {
                events.push(Md::Html(CowStr::from(
                    "<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-label=\"Table (scrolls sideways on narrow screens)\">",
                )));
                events.push(Md::Start(Tag::Table(align)));
            }
            Md::End(TagEnd::Table) => {
                events.push(Md::End(TagEnd::Table));
                events.push(Md::Html(CowStr::from("</div>")));
            }
            Md::Start(Tag::Heading {
                level: HeadingLevel::H1,
                ..
            }) => {
                p.err(line, "body", "use `##` and below for headings; the chapter title is the page's only `#` heading".into());
                events.push(ev);
            }
            other => events.push(other),
        }
    }
    // Our own citation markers are the only HTML in `events`; author HTML was refused above.
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, events.into_iter());
    // Links to other sites open safely.
    let html = html.replace(
        "<a href=\"http",
        "<a rel=\"noopener noreferrer\" href=\"http",
    );
    (html, cited)
}

/// The chart slot for a marker `[chart: KIND]` or `[chart: KIND ID]`, or
/// `None` (the problem recorded) if the kind is unknown or the id missing or
/// unknown.
fn chart_marker(t: &str, line: usize, p: &mut Problems) -> Option<String> {
    let inner = t.trim().strip_prefix("[chart:")?.strip_suffix(']');
    let Some(inner) = inner else {
        p.err(
            line,
            "body",
            format!(
                "`{}`: a chart marker `[chart: ...]` must be a paragraph of its own",
                truncate(t.trim(), 60)
            ),
        );
        return None;
    };
    let mut words = inner.split_whitespace();
    let (kind, id) = (words.next().unwrap_or(""), words.next().unwrap_or(""));
    let known: Vec<&str> = ChartKind::ALL.iter().map(|k| k.id()).collect();
    let Some(kind) = ChartKind::from_id(kind) else {
        p.err(
            line,
            "body",
            format!(
                "`{}` is not a chart; use one of: {}",
                truncate(kind, 40),
                known.join(", ")
            ),
        );
        return None;
    };
    if words.next().is_some() {
        p.err(
            line,
            "body",
            format!(
                "`{}`: a chart marker names a chart and at most one id",
                truncate(inner, 60)
            ),
        );
        return None;
    }
    match (kind.entry_kind(), id) {
        (None, "") => Some(chart_slot(kind, "")),
        (None, _) => {
            p.err(
                line,
                "body",
                format!("the `{}` chart takes no id", kind.id()),
            );
            None
        }
        (Some(entry), "") => {
            p.err(
                line,
                "body",
                format!(
                    "the `{}` chart needs the id of a {entry}: `[chart: {} ID]`",
                    kind.id(),
                    kind.id()
                ),
            );
            None
        }
        (Some(entry), id) => {
            let unknown = !is_id(id)
                || p.entries
                    .and_then(|e| e.get(entry))
                    .is_some_and(|ids| !ids.contains(id));
            if unknown {
                p.err(
                    line,
                    "body",
                    format!("`{}` is not a known {entry} id", truncate(id, 60)),
                );
                return None;
            }
            Some(chart_slot(kind, id))
        }
    }
}

fn refuse_html(raw: &str, line: usize, p: &mut Problems) {
    if raw.trim_start().starts_with("<!--") {
        p.err(
            line,
            "body",
            "HTML comments are not allowed (they can hide markup); delete it".into(),
        );
    } else {
        p.err(
            line,
            "body",
            format!(
                "raw HTML `{}` is not allowed; use markdown",
                truncate(raw.trim(), 40)
            ),
        );
    }
}

fn refuse_image(dest_url: &str, line: usize, p: &mut Problems) {
    if dest_url.contains(':') || dest_url.starts_with("//") {
        p.err(
            line,
            "body",
            format!(
                "image `{}` must be a relative path to a file in assets/",
                truncate(dest_url, 60)
            ),
        );
    } else {
        p.err(
            line,
            "body",
            "images in chapters are not supported yet; describe the figure in text".into(),
        );
    }
}
