//! A chapter's markdown body rendered to safe HTML: raw HTML, unsafe links and
//! images refused (each with its line), `#` headings reserved for the title,
//! wide tables wrapped in a scrolling region, external links opened safely,
//! and citations handed to [`super::cite`].

use super::{cite, Problems};
use crate::load::rules::{check_link, truncate};
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
