//! `content-check --render-markdown FILE.md [DIR]`: one chapter rendered to
//! HTML by the function the build uses, so a browser test can load the result.
//! Citations are checked against the sources of the content folder DIR.

use crate::load::{self, ContentError, SourcesFile};
use std::collections::HashSet;
use std::path::Path;

/// The chapter's HTML body, or every problem found (in the chapter, or in
/// reading `DIR/sources.json`).
pub fn render_markdown(file: &Path, content_dir: &Path) -> Result<String, Vec<ContentError>> {
    let mut errors = Vec::new();
    let ids = source_ids(content_dir).map_err(|e| vec![e])?;
    let sources: HashSet<&str> = ids.iter().map(String::as_str).collect();
    let name = file.to_string_lossy();
    match load::read_chapter(file, &name, Some(&sources), &mut errors) {
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
        .filter(|id| load::is_id(id))
        .collect())
}
