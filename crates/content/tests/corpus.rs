//! The robustness corpora in `tests/corpus/` (issue 9):
//!
//! - `malformed/*.case`: one broken edit of the minimal valid fixture per file;
//!   the loader must reject it with an error naming the file, the line, the
//!   field and what is wrong (see `malformed/README.md` for the format).
//! - `injection/*.md`: chapters carrying markdown/HTML injection payloads; each
//!   must be rejected with an error naming the file and line, or render to
//!   inert HTML (see `injection/README.md`). The same files are loaded in a real
//!   browser by `tests/e2e/injection.test.mjs`.
//! - `fuzz-regressions/`: inputs the fuzz test (`tests/fuzz.rs`) once broke on,
//!   replayed there.

mod common;
mod html_safety;

use common::*;
use pp_content::load as render;
use pp_content::load::{load_dir, ContentError};
use std::path::{Path, PathBuf};

fn corpus(kind: &str) -> PathBuf {
    repo().join("tests/corpus").join(kind)
}

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .unwrap()
}

/// The files in `tests/corpus/KIND` ending in `.EXT`, sorted (not the folder's README.md).
fn corpus_files(kind: &str, ext: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(corpus(kind))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == ext) && !p.ends_with("README.md"))
        .collect();
    files.sort();
    files
}

// ------------------------------------------------------------ malformed ----

/// One `.case` file: an edit of one fixture file and the error it must cause.
#[derive(Debug, Default)]
struct Case {
    file: String,
    find: Vec<u8>,
    replace: Vec<u8>,
    line: Option<usize>,
    field: String,
    says: String,
    /// Exactly this many errors in all, when given (to show one mistake does not cascade).
    errors: Option<usize>,
}

fn parse_case(path: &Path) -> Case {
    let text = std::fs::read_to_string(path).unwrap();
    let mut case = Case::default();
    let mut seen = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let (key, value) = line
            .split_once(": ")
            .or_else(|| line.strip_suffix(':').map(|k| (k, "")))
            .unwrap_or_else(|| panic!("{}:{}: not `key: value`", path.display(), n + 1));
        match key {
            "file" => case.file = value.into(),
            "find" => case.find = unescape(value),
            "replace" => case.replace = unescape(value),
            "line" if value == "-" => case.line = None,
            "line" => case.line = Some(value.parse().expect("line is a number or -")),
            "field" => case.field = value.into(),
            "says" => case.says = value.into(),
            "errors" => case.errors = Some(value.parse().expect("errors is a number")),
            other => panic!("{}:{}: unknown key `{other}`", path.display(), n + 1),
        }
        seen.push(key.to_string());
    }
    for required in ["file", "find", "replace", "line", "field", "says"] {
        assert!(
            seen.iter().any(|k| k == required),
            "{}: `{required}:` missing",
            path.display()
        );
    }
    case
}

/// Turns a case value into bytes: `\n`, `\t`, `\\`, `\xHH` (any byte, so a case
/// can hold invalid UTF-8 or a BOM) and `{{N*TEXT}}` (TEXT repeated N times).
fn unescape(s: &str) -> Vec<u8> {
    let mut out = Vec::new();
    let mut rest = s;
    while let Some(c) = rest.chars().next() {
        if let Some(after) = rest.strip_prefix("{{") {
            let end = after.find("}}").expect("`{{` without `}}`");
            let (n, text) = after[..end].split_once('*').expect("{{N*TEXT}}");
            let piece = unescape(text);
            for _ in 0..n.parse::<usize>().expect("N in {{N*TEXT}}") {
                out.extend_from_slice(&piece);
            }
            rest = &after[end + 2..];
        } else if let Some(after) = rest.strip_prefix('\\') {
            let (bytes, used): (Vec<u8>, usize) = match after.as_bytes().first() {
                Some(b'n') => (vec![b'\n'], 1),
                Some(b't') => (vec![b'\t'], 1),
                Some(b'\\') => (vec![b'\\'], 1),
                Some(b'x') => (
                    vec![u8::from_str_radix(&after[1..3], 16).expect("\\xHH")],
                    3,
                ),
                _ => panic!("unknown escape in {s:?}"),
            };
            out.extend(bytes);
            rest = &after[used..];
        } else {
            let mut buf = [0; 4];
            out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
            rest = &rest[c.len_utf8()..];
        }
    }
    out
}

/// Every error must name a file of the content folder and say something.
fn check_well_formed(dir: &Path, errors: &[ContentError]) -> Result<(), String> {
    let prefix = dir.to_string_lossy().trim_end_matches('/').to_string() + "/";
    for e in errors {
        if !e.file.starts_with(&prefix) || e.file.len() == prefix.len() {
            return Err(format!("error names no content file: {e}"));
        }
        if e.message.trim().is_empty() || e.line == Some(0) {
            return Err(format!("error without message or with line 0: {e}"));
        }
        if e.message.chars().count() > 400 {
            return Err(format!(
                "message of {} characters (quote less of the input): {}…",
                e.message.chars().count(),
                e.message.chars().take(120).collect::<String>()
            ));
        }
    }
    Ok(())
}

fn run_case(case: &Case) -> Result<(), String> {
    let dir = edited_fixture(&case.file, &case.find, &case.replace);
    let result = match load_dir(&dir) {
        Ok(_) => Err("accepted: the loader found nothing wrong".to_string()),
        Err(errors) => check_case(case, &dir, &errors),
    };
    let _ = std::fs::remove_dir_all(&dir);
    result
}

fn check_case(case: &Case, dir: &Path, errors: &[ContentError]) -> Result<(), String> {
    check_well_formed(dir, errors)
        .and_then(|()| check_error(dir, errors, &case.file, case.line, &case.field, &case.says))
        .and_then(|()| match case.errors {
            Some(n) if n != errors.len() => Err(format!(
                "expected {n} error(s), got {}:\n{}",
                errors.len(),
                list(errors)
            )),
            _ => Ok(()),
        })
}

#[test]
fn malformed_corpus_is_rejected_with_clear_errors() {
    let files = corpus_files("malformed", "case");
    assert!(
        files.len() >= 30,
        "{} malformed cases; at least 30 wanted",
        files.len()
    );
    let failures: Vec<String> = files
        .iter()
        .filter_map(|path| {
            let name = path.file_name().unwrap().to_string_lossy();
            // A panic in the loader is a failure of that case, reported with the others.
            match std::panic::catch_unwind(|| run_case(&parse_case(path))) {
                Ok(Ok(())) => None,
                Ok(Err(why)) => Some(format!("{name}: {why}")),
                Err(_) => Some(format!("{name}: panicked")),
            }
        })
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} malformed cases failed:\n\n{}",
        failures.len(),
        files.len(),
        failures.join("\n\n")
    );
}

#[test]
fn case_values_unescape() {
    assert_eq!(unescape(r"a\nb\t\\"), b"a\nb\t\\");
    assert_eq!(unescape(r"\xEF\xBB\xBF{"), b"\xEF\xBB\xBF{");
    assert_eq!(unescape("<{{3*ab}}>"), b"<ababab>");
    assert_eq!(unescape(r"{{2*\x41}}é"), "AAé".as_bytes());
}

// ------------------------------------------------------------ injection ----

/// What an injection file says should happen to it, in a front-matter comment:
/// `# expect: inert` or `# expect: rejected at line N: words of the message`.
#[derive(Debug, PartialEq)]
enum Expect {
    Inert,
    Rejected { line: usize, says: String },
}

fn expectation(path: &Path, text: &str) -> Expect {
    let value = text
        .lines()
        .find_map(|l| l.strip_prefix("# expect: "))
        .unwrap_or_else(|| panic!("{}: no `# expect:` line", path.display()));
    if value == "inert" {
        return Expect::Inert;
    }
    let rest = value
        .strip_prefix("rejected at line ")
        .unwrap_or_else(|| panic!("{}: bad `# expect:` line", path.display()));
    let (line, says) = rest.split_once(": ").expect("rejected at line N: words");
    Expect::Rejected {
        line: line.parse().expect("line number"),
        says: says.into(),
    }
}

/// The content folder whose sources the injection chapters may cite: the same
/// default as `content-check --render-markdown FILE`.
fn content_dir() -> PathBuf {
    repo().join("content")
}

#[test]
fn injection_corpus_is_rejected_or_rendered_inert() {
    let files = corpus_files("injection", "md");
    assert!(
        files.len() >= 20,
        "{} injection payloads; at least 20 wanted",
        files.len()
    );
    let (mut inert, mut rejected, mut failures) = (0, 0, Vec::new());
    for path in &files {
        let text = std::fs::read_to_string(path).unwrap();
        assert!(
            text.contains("__pwned") || text.contains("alert("),
            "{}: the payload must try to set window.__pwned or call alert",
            path.display()
        );
        let name = path.to_string_lossy().to_string();
        let outcome = render::render_markdown(path, &content_dir());
        let problem = match (expectation(path, &text), outcome) {
            (Expect::Inert, Ok(html)) => {
                inert += 1;
                html_safety::check(&html).err()
            }
            (Expect::Rejected { line, says }, Err(errors)) => {
                rejected += 1;
                let hit = errors
                    .iter()
                    .any(|e| e.file == name && e.line == Some(line) && e.message.contains(&says));
                (!hit).then(|| {
                    format!(
                        "expected line {line} saying {says:?}; got:\n{}",
                        list(&errors)
                    )
                })
            }
            (Expect::Inert, Err(errors)) => Some(format!("rejected:\n{}", list(&errors))),
            (Expect::Rejected { .. }, Ok(html)) => Some(format!("rendered: {html}")),
        };
        if let Some(p) = problem {
            failures.push(format!(
                "{}: {p}",
                path.file_name().unwrap().to_string_lossy()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
    println!(
        "injection: {} payloads, {inert} rendered inert, {rejected} rejected",
        files.len()
    );
}

/// The HTML check is only worth something if it fails on what it looks for.
#[test]
fn the_html_check_refuses_active_html_and_passes_inert_html() {
    for bad in [
        "<script>window.__pwned=1</script>",
        "<p onclick=\"window.__pwned=1\">a</p>",
        "<p/onclick=x>a</p>",
        "<a href=\"javascript:x\">a</a>",
        "<a href=\"JaVaScRiPt:x\">a</a>",
        "<a href=\"&#106;avascript:x\">a</a>",
        "<a href=\"&#x6A;avascript&colon;x\">a</a>",
        "<a href=\" java\tscript:x\">a</a>",
        "<a href=\"data:text/html,x\">a</a>",
        "<a href='vbscript:x'>a</a>",
        "<a href=javascript:x>a</a>",
        "<iframe src=x></iframe>",
        "<svg></svg>",
        "<img src=x>",
        "<style></style>",
        "<object data=x></object>",
        "<p style=\"background: url(x)\">a</p>",
        "<p>a < b</p>",
    ] {
        assert!(html_safety::check(bad).is_err(), "not caught: {bad}");
    }
    for good in [
        "<p>a &lt;script&gt; b</p>",
        "<p><a href=\"timeline\" title=\"x&quot; onclick=&quot;y\">a</a></p>",
        "<a href=\"mailto:a@example.org\">m</a>",
        "<a rel=\"noopener noreferrer\" href=\"https://example.org/x?a=1&amp;b=javascript:\">x</a>",
        "<table><thead><tr><th style=\"text-align: left\">x</th></tr></thead></table>",
        "<hr />",
    ] {
        assert_eq!(html_safety::check(good), Ok(()), "{good}");
    }
}
