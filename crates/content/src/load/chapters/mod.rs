//! Markdown chapters (`content/chapters/*.md`), each read in three steps:
//! its front matter ([`front`]), its body rendered to safe HTML
//! ([`markdown`]), and its citations checked against the sources ([`cite`]).

mod cite;
mod front;
mod markdown;

use super::error::ContentError;
use super::files::SourcesFile;
use super::read::{display_name, read_file};
use super::rules::{is_id, MAX_CHAPTER_BYTES};
use crate::model::Chapter;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

/// The problems found in one chapter file, each with its line, and the ids a
/// chart marker may name (`None`: not checked).
pub(crate) struct Problems<'a> {
    name: &'a str,
    found: Vec<ContentError>,
    entries: Option<&'a Entries<'a>>,
}

/// The ids of the entries chart markers can name, by kind (`vote`,
/// `comparison`); a kind whose file did not parse is left out (not checked).
pub(crate) type Entries<'a> = HashMap<&'static str, HashSet<&'a str>>;

impl Problems<'_> {
    fn err(&mut self, line: usize, field: &str, message: String) {
        self.found.push(ContentError {
            file: self.name.to_string(),
            line: Some(line),
            field: field.to_string(),
            message,
        });
    }
}

/// Reads every `DIR/chapters/*.md`, in file-name order. Citations are checked
/// against `sources` (`None`: sources.json did not parse, so they need only be
/// well-formed ids).
pub(crate) fn load_chapters(
    dir: &Path,
    sources: Option<&HashSet<&str>>,
    entries: &Entries,
    errors: &mut Vec<ContentError>,
) -> Vec<Chapter> {
    let cdir = dir.join("chapters");
    let mut files: Vec<PathBuf> = match std::fs::read_dir(&cdir) {
        Ok(rd) => rd
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "md"))
            .collect(),
        Err(e) => {
            errors.push(ContentError {
                file: display_name(dir, "chapters/"),
                line: None,
                field: String::new(),
                message: format!("cannot be read: {e}"),
            });
            return Vec::new();
        }
    };
    files.sort();
    let mut out: Vec<Chapter> = Vec::new();
    let mut ids: HashMap<String, String> = HashMap::new();
    for path in files {
        let rel = format!(
            "chapters/{}",
            path.file_name().unwrap_or_default().to_string_lossy()
        );
        let name = display_name(dir, &rel);
        let text = read_file(&path, &name, MAX_CHAPTER_BYTES, errors);
        let chapter =
            text.and_then(|t| parse_chapter_with(&name, &t, sources, Some(entries), errors));
        if let Some(ch) = chapter {
            if let Some(other) = ids.get(&ch.id) {
                errors.push(ContentError {
                    file: name.clone(),
                    line: Some(2),
                    field: "id".into(),
                    message: format!("duplicate chapter id `{}` (also in {other})", ch.id),
                });
            }
            ids.insert(ch.id.clone(), name);
            out.push(ch);
        }
    }
    out
}

/// Reads and parses one chapter file (`name` is the path shown in errors): the
/// build reads each `content/chapters/*.md` this way, and `content-check
/// --render-markdown` any single file.
pub fn read_chapter(
    path: &Path,
    name: &str,
    sources: Option<&HashSet<&str>>,
    errors: &mut Vec<ContentError>,
) -> Option<Chapter> {
    let text = read_file(path, name, MAX_CHAPTER_BYTES, errors)?;
    parse_chapter_with(name, &text, sources, None, errors)
}

/// Parses one markdown chapter: front matter, then markdown rendered to safe HTML.
/// Citations must name one of `sources`.
pub fn parse_chapter(
    name: &str,
    text: &str,
    sources: &HashSet<&str>,
    errors: &mut Vec<ContentError>,
) -> Option<Chapter> {
    parse_chapter_with(name, text, Some(sources), None, errors)
}

/// [`parse_chapter`]; with `sources` unknown (`None`: sources.json did not
/// parse), citations need only be well-formed ids; with `entries`, the ids
/// chart markers name are checked too.
fn parse_chapter_with(
    name: &str,
    text: &str,
    sources: Option<&HashSet<&str>>,
    entries: Option<&Entries>,
    errors: &mut Vec<ContentError>,
) -> Option<Chapter> {
    let mut problems = Problems {
        name,
        found: Vec::new(),
        entries,
    };
    let chapter = parse(text, sources, None, &mut problems);
    let ok = problems.found.is_empty();
    errors.extend(problems.found);
    chapter.filter(|_| ok)
}

/// Parses a translated chapter: like [`parse_chapter`], but its order comes
/// from the English chapter it translates (`order`), not from its front matter.
pub(crate) fn parse_translated_chapter(
    name: &str,
    text: &str,
    sources: &HashSet<&str>,
    order: i32,
    errors: &mut Vec<ContentError>,
) -> Option<Chapter> {
    let mut problems = Problems {
        name,
        found: Vec::new(),
        // chart markers are compared with the English chapter's instead
        entries: None,
    };
    let chapter = parse(text, Some(sources), Some(order), &mut problems);
    let ok = problems.found.is_empty();
    errors.extend(problems.found);
    chapter.filter(|_| ok)
}

/// Front matter, then the body.
fn parse(
    text: &str,
    sources: Option<&HashSet<&str>>,
    order_from: Option<i32>,
    p: &mut Problems,
) -> Option<Chapter> {
    let (front, body_line) = front::split(text, p)?;
    let order = front::check(&front, order_from, p);
    let body_start: usize = text
        .split_inclusive('\n')
        .take(body_line - 1)
        .map(str::len)
        .sum();
    let body = &text[body_start.min(text.len())..];
    let (html, cited) = markdown::render(body, body_line, sources, p);
    Some(Chapter {
        id: front.id.map(|(v, _)| v).unwrap_or_default(),
        title: front.title.map(|(v, _)| v).unwrap_or_default(),
        order,
        summary: front.summary.map(|(v, _)| v).unwrap_or_default(),
        sources: cited,
        html,
    })
}

/// One chapter file rendered to HTML by the function the build uses (for
/// `content-check --render-markdown`, so a browser test can load the result),
/// its citations checked against the sources of the content folder
/// `content_dir`. Returns the HTML body, or every problem found (in the
/// chapter, or in reading `content_dir/sources.json`).
pub fn render_markdown(file: &Path, content_dir: &Path) -> Result<String, Vec<ContentError>> {
    let mut errors = Vec::new();
    let ids = source_ids(content_dir).map_err(|e| vec![e])?;
    let sources: HashSet<&str> = ids.iter().map(String::as_str).collect();
    let name = file.to_string_lossy();
    match read_chapter(file, &name, Some(&sources), &mut errors) {
        Some(chapter) if errors.is_empty() => Ok(chapter.html),
        _ => Err(errors),
    }
}

/// The valid ids in `dir/sources.json` (invalid ones could not be cited safely).
fn source_ids(dir: &Path) -> Result<Vec<String>, ContentError> {
    let path = dir.join("sources.json");
    let fail = |message: String| ContentError {
        file: path.to_string_lossy().into_owned(),
        line: None,
        field: String::new(),
        message,
    };
    let text = std::fs::read_to_string(&path).map_err(|e| fail(format!("cannot be read: {e}")))?;
    let file: SourcesFile = serde_json::from_str(&text)
        .map_err(|e| fail(format!("is not valid (run `content-check`): {e}")))?;
    Ok(file
        .sources
        .into_iter()
        .map(|s| s.id)
        .filter(|id| is_id(id))
        .collect())
}
