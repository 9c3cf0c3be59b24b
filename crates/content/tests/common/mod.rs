//! Fixture helpers: copy the minimal valid content set, break one thing, load it.
//! Shared by several test files, each of which uses only some of them.
#![allow(dead_code)]

use pp_content::load::{load_dir, ContentError};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

pub fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/content-min")
}

static N: AtomicUsize = AtomicUsize::new(0);

/// A fresh copy of the fixture in a temporary folder.
pub fn copy_fixture() -> PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "content-fixture-{}-{}",
        std::process::id(),
        N.fetch_add(1, Ordering::SeqCst)
    ));
    let _ = std::fs::remove_dir_all(&dir);
    copy_dir(&fixture(), &dir);
    dir
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let target = to.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            copy_dir(&e.path(), &target);
        } else {
            std::fs::copy(e.path(), target).unwrap();
        }
    }
}

/// Loads the fixture with `from` replaced by `to` in `file`; returns the errors.
pub fn broken(file: &str, from: &str, to: &str) -> (PathBuf, Vec<ContentError>) {
    broken_bytes(file, from.as_bytes(), to.as_bytes())
}

/// [`broken`] on raw bytes, for edits that are not valid UTF-8 (a BOM, a stray 0xFF).
pub fn broken_bytes(file: &str, from: &[u8], to: &[u8]) -> (PathBuf, Vec<ContentError>) {
    let dir = edited_fixture(file, from, to);
    let errors = load_dir(&dir).expect_err("broken content must be rejected");
    (dir, errors)
}

/// A copy of the fixture with the first `from` replaced by `to` in `file`.
pub fn edited_fixture(file: &str, from: &[u8], to: &[u8]) -> PathBuf {
    let dir = copy_fixture();
    let path = dir.join(file);
    let bytes = std::fs::read(&path).unwrap();
    let at = find_bytes(&bytes, from).unwrap_or_else(|| {
        panic!(
            "fixture {file} does not contain {:?}",
            String::from_utf8_lossy(from)
        )
    });
    let mut edited = bytes[..at].to_vec();
    edited.extend_from_slice(to);
    edited.extend_from_slice(&bytes[at + from.len()..]);
    std::fs::write(&path, edited).unwrap();
    dir
}

/// Offset of the first occurrence of `needle` in `hay` (an empty needle is at 0).
pub fn find_bytes(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    hay.windows(needle.len()).position(|w| w == needle)
}

/// Asserts one error names `file`, `line`, `field` and says `says`.
pub fn assert_error(
    dir: &Path,
    errors: &[ContentError],
    file: &str,
    line: Option<usize>,
    field: &str,
    says: &str,
) {
    if let Err(why) = check_error(dir, errors, file, line, field, says) {
        panic!("{why}");
    }
}

/// [`assert_error`] that returns what is wrong instead of panicking, so that a
/// table of cases can report every failing case at once.
pub fn check_error(
    dir: &Path,
    errors: &[ContentError],
    file: &str,
    line: Option<usize>,
    field: &str,
    says: &str,
) -> Result<(), String> {
    let name = format!("{}/{}", dir.to_string_lossy().trim_end_matches('/'), file);
    let found = errors
        .iter()
        .find(|e| e.file == name && e.field == field && e.message.contains(says));
    let Some(e) = found else {
        return Err(format!(
            "no error for {file} / `{field}` saying {says:?}; got:\n{}",
            list(errors)
        ));
    };
    let shown = e.to_string();
    let line_shown = line.is_none_or(|l| shown.contains(&format!(":{l}: ")));
    let field_shown = field.is_empty() || shown.contains(&format!("field `{field}`"));
    if e.line != line || !shown.starts_with(&name) || !line_shown || !field_shown {
        return Err(format!(
            "expected line {line:?} and field `{field}` in: {shown}"
        ));
    }
    Ok(())
}

pub fn list(errors: &[ContentError]) -> String {
    errors.iter().map(|e| format!("  {e}\n")).collect()
}
