//! Fixture helpers: copy the minimal valid content set, break one thing, load it.

use content_check::load::{load_dir, ContentError};
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
    let dir = copy_fixture();
    let path = dir.join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(
        text.contains(from),
        "fixture {file} does not contain {from:?}"
    );
    std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
    let errors = load_dir(&dir).expect_err("broken content must be rejected");
    (dir, errors)
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
    let name = format!("{}/{}", dir.to_string_lossy().trim_end_matches('/'), file);
    let found = errors
        .iter()
        .find(|e| e.file == name && e.field == field && e.message.contains(says));
    let Some(e) = found else {
        panic!(
            "no error for {file} / `{field}` saying {says:?}; got:\n{}",
            list(errors)
        );
    };
    assert_eq!(e.line, line, "line of {e}");
    let shown = e.to_string();
    assert!(shown.starts_with(&name), "{shown}");
    if let Some(l) = line {
        assert!(shown.contains(&format!(":{l}: ")), "{shown}");
    }
    if !field.is_empty() {
        assert!(shown.contains(&format!("field `{field}`")), "{shown}");
    }
}

pub fn list(errors: &[ContentError]) -> String {
    errors.iter().map(|e| format!("  {e}\n")).collect()
}
