//! Reading: files to UTF-8 text (size, byte-order mark and encoding checked
//! first) and JSON text to typed values, each failure a [`ContentError`]
//! naming the file, line and field.

use super::error::ContentError;
use super::rules::MAX_JSON_BYTES;
use serde::de::DeserializeOwned;
use std::path::Path;

/// Reads one of the JSON files (chapters go through [`super::read_chapter`]).
pub(crate) fn read_text(dir: &Path, rel: &str, errors: &mut Vec<ContentError>) -> Option<String> {
    read_file(
        &dir.join(rel),
        &display_name(dir, rel),
        MAX_JSON_BYTES,
        errors,
    )
}

/// Reads a content file of at most `max` bytes as UTF-8 text; `name` is the path shown in errors.
pub(crate) fn read_file(
    path: &Path,
    name: &str,
    max: u64,
    errors: &mut Vec<ContentError>,
) -> Option<String> {
    let mut fail = |line: Option<usize>, message: String| {
        errors.push(ContentError {
            file: name.to_string(),
            line,
            field: String::new(),
            message,
        });
    };
    // The size is checked before reading, so a runaway file is not read into memory.
    match std::fs::metadata(path) {
        Ok(m) if m.len() > max => {
            fail(
                None,
                format!(
                    "is {} bytes long; a content file of this kind may be at most {max} bytes (split it)",
                    m.len()
                ),
            );
            return None;
        }
        _ => {}
    }
    match std::fs::read(path) {
        Ok(bytes) => decode(name, &bytes, errors),
        Err(e) => {
            fail(None, format!("cannot be read: {e}"));
            None
        }
    }
}

fn decode(name: &str, bytes: &[u8], errors: &mut Vec<ContentError>) -> Option<String> {
    if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        errors.push(ContentError {
            file: name.to_string(),
            line: Some(1),
            field: String::new(),
            message: "starts with a byte-order mark (BOM); save the file as UTF-8 without BOM"
                .into(),
        });
        return None;
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => Some(s.to_string()),
        Err(e) => {
            let good = &bytes[..e.valid_up_to()];
            let line = good.iter().filter(|&&b| b == b'\n').count() + 1;
            errors.push(ContentError {
                file: name.to_string(),
                line: Some(line),
                field: String::new(),
                message: format!(
                    "is not valid UTF-8 (bad byte at offset {}); save the file as UTF-8",
                    e.valid_up_to()
                ),
            });
            None
        }
    }
}

pub(crate) fn display_name(dir: &Path, rel: &str) -> String {
    let d = dir.to_string_lossy();
    let d = d.trim_end_matches('/');
    format!("{d}/{rel}")
}

/// Parses JSON into `T`, turning serde's error into a [`ContentError`] with line and field.
pub(crate) fn parse_json<T: DeserializeOwned>(
    name: &str,
    text: &str,
    errors: &mut Vec<ContentError>,
) -> Option<T> {
    let de = &mut serde_json::Deserializer::from_str(text);
    match serde_path_to_error::deserialize::<_, T>(de) {
        Ok(v) => Some(v),
        Err(e) => {
            let path = e.path().to_string();
            let path = path
                .trim_end_matches(".?")
                .trim_end_matches('?')
                .to_string();
            let inner = e.into_inner();
            let msg = inner.to_string();
            let msg = match msg.rsplit_once(" at line ") {
                Some((m, _)) => m.to_string(),
                None => msg,
            };
            let message = explain_serde(&msg, inner.classify());
            errors.push(ContentError {
                file: name.to_string(),
                line: if inner.line() > 0 {
                    Some(inner.line())
                } else {
                    None
                },
                field: if path == "." { String::new() } else { path },
                message,
            });
            None
        }
    }
}

fn explain_serde(msg: &str, class: serde_json::error::Category) -> String {
    use serde_json::error::Category as C;
    match class {
        // serde_json files a number beyond f64 (`1e400`) under syntax; it is valid JSON.
        C::Syntax if msg.starts_with("number out of range") => {
            format!("has a number too large to store ({msg})")
        }
        C::Syntax => format!("is not valid JSON: {msg}"),
        C::Eof => format!("is not valid JSON: the file ends too early ({msg})"),
        C::Io => msg.to_string(),
        C::Data => {
            // Rust type names mean little to editors: say what the number may be.
            let gloss = [
                (
                    "expected u64",
                    "a whole number from 0 to 18446744073709551615",
                ),
                (
                    "expected i32",
                    "a whole number from -2147483648 to 2147483647",
                ),
                ("expected f64", "a number"),
            ]
            .iter()
            .find(|(rust, _)| msg.ends_with(rust))
            .map(|(_, plain)| format!(" ({plain})"))
            .unwrap_or_default();
            if msg.starts_with("invalid type") {
                format!("has the wrong type: {msg}{gloss}")
            } else {
                format!("{msg}{gloss}")
            }
        }
    }
}
