//! Checks `content/` without building the site, for editors (`make check-content`).
//!
//! `content-check [DIR]` prints every problem (file:line: field: message) and
//! exits 1, or prints a summary and exits 0.
//! `content-check --write-schemas [DIR]` writes the JSON Schemas to DIR/schemas.
//! `content-check --flagged [DIR]` lists every item marked approximate or disputed.
//! `content-check --lang ur [DIR]` also checks the translation in DIR/ur against
//! the English (every item and field translated, nothing left over, the same
//! numbers, the same citations and links in each chapter).
//! `content-check --export OUT [DIR]` writes the data downloads (CSV, JSON,
//! TimelineJS) into OUT (the post-build hook uses it for `dist/data`).
//! `content-check --render-markdown FILE.md [DIR]` prints the chapter's HTML body
//! as the build renders it (citations checked against DIR, default `content`), or
//! prints its problems to stderr and exits 1.

mod export;

use pp_content::load;
use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let write_schemas = take(&mut args, "--write-schemas");
    let list_flagged = take(&mut args, "--flagged");
    let lang = take_value(&mut args, "--lang");
    if take(&mut args, "--export") {
        return export(&args);
    }
    if take(&mut args, "--render-markdown") {
        return render_markdown(&args);
    }
    let dir = PathBuf::from(args.first().cloned().unwrap_or_else(|| "content".into()));
    if write_schemas {
        return match pp_content::schema::write_all(&dir.join("schemas")) {
            Ok(n) => {
                println!("wrote {n} schemas to {}", dir.join("schemas").display());
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("error: {e}");
                ExitCode::FAILURE
            }
        };
    }
    match load::load_dir(&dir) {
        Ok(c) => {
            println!(
                "content OK: {} events ({} after the resolution), {} eras, {} missions, {} sources, {} figure series, {} glossary terms, {} quotes, {} chapters, {} scenarios, {} alignment codings, {} votes, {} comparisons",
                c.events.len(),
                c.events.iter().filter(|e| e.after_resolution).count(),
                c.eras.len(),
                c.missions.len(),
                c.sources.len(),
                c.figures.len(),
                c.glossary.len(),
                c.quotes.len(),
                c.chapters.len(),
                c.scenarios.len(),
                c.alignment.as_ref().map_or(0, |a| a.codings.len()),
                c.votes.len(),
                c.comparisons.len(),
            );
            print_coverage(&c);
            let cited = load::cited_sources(&c);
            let unused: Vec<&str> = c
                .sources
                .iter()
                .map(|s| s.id.as_str())
                .filter(|id| !cited.contains(*id))
                .collect();
            if !unused.is_empty() {
                println!("note: sources not cited anywhere: {}", unused.join(", "));
            }
            if let Some(lang) = &lang {
                match load::load_translation(&dir, lang, &c) {
                    Ok(t) => println!(
                        "translation `{lang}` OK: {} events, {} missions, {} glossary terms, {} chapters, {} scenarios",
                        t.events.len(),
                        t.missions.len(),
                        t.glossary.len(),
                        t.chapters.len(),
                        t.scenarios.len()
                    ),
                    Err(errors) => {
                        for e in &errors {
                            eprintln!("{e}");
                        }
                        eprintln!("{} problem(s) in the `{lang}` translation", errors.len());
                        return ExitCode::FAILURE;
                    }
                }
            }
            if list_flagged {
                for f in load::flagged(&c) {
                    println!("{f}");
                }
            }
            ExitCode::SUCCESS
        }
        Err(errors) => {
            for e in &errors {
                eprintln!("{e}");
            }
            eprintln!("{} problem(s) in {}", errors.len(), dir.display());
            ExitCode::FAILURE
        }
    }
}

fn render_markdown(args: &[String]) -> ExitCode {
    let Some(file) = args.first() else {
        eprintln!("usage: content-check --render-markdown FILE.md [DIR]");
        return ExitCode::FAILURE;
    };
    let dir = PathBuf::from(args.get(1).map_or("content", String::as_str));
    match load::render_markdown(file.as_ref(), &dir) {
        Ok(html) => {
            print!("{html}");
            ExitCode::SUCCESS
        }
        Err(errors) => {
            for e in &errors {
                eprintln!("{e}");
            }
            ExitCode::FAILURE
        }
    }
}

/// Removes `flag VALUE` from `args` and returns VALUE.
fn take_value(args: &mut Vec<String>, flag: &str) -> Option<String> {
    let i = args.iter().position(|a| a == flag)?;
    args.remove(i);
    (i < args.len()).then(|| args.remove(i))
}

fn take(args: &mut Vec<String>, flag: &str) -> bool {
    let before = args.len();
    args.retain(|a| a != flag);
    args.len() != before
}

fn export(args: &[String]) -> ExitCode {
    let Some(out) = args.first().map(PathBuf::from) else {
        eprintln!("usage: content-check --export OUT_DIR [CONTENT_DIR]");
        return ExitCode::FAILURE;
    };
    let dir = PathBuf::from(args.get(1).cloned().unwrap_or_else(|| "content".into()));
    let c = match load::load_dir(&dir) {
        Ok(c) => c,
        Err(errors) => {
            for e in &errors {
                eprintln!("{e}");
            }
            return ExitCode::FAILURE;
        }
    };
    // the Urdu edition's parts of the content: a translation problem stops the
    // export, as it stops the build
    let (ur, problems) = load::translate(&dir, "ur", &c);
    if !problems.is_empty() {
        for e in &problems {
            eprintln!("{e}");
        }
        return ExitCode::FAILURE;
    }
    let written = export::write_all(&c, &out).and_then(|mut files| {
        files.extend(export::write_app_data(&ur, "ur", &out.join("app"))?);
        Ok(files)
    });
    match written {
        Ok(files) => {
            println!("wrote {} data files to {}", files.len(), out.display());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: writing {}: {e}", out.display());
            ExitCode::FAILURE
        }
    }
}

/// The figures an editor (and the issue tracker) asks about: how many sources a
/// reader can open, how far the story runs, how checkable the quotes are.
fn print_coverage(c: &pp_content::model::Content) {
    let with_url = c.sources.iter().filter(|s| s.url.is_some()).count();
    let pct = 100.0 * with_url as f64 / c.sources.len().max(1) as f64;
    let after: Vec<_> = c.events.iter().filter(|e| e.after_resolution).collect();
    let last_year = after.iter().map(|e| e.date.start.year).max().unwrap_or(0);
    let in_last_year = after
        .iter()
        .filter(|e| e.date.start.year == last_year)
        .count();
    let checkable = c
        .quotes
        .iter()
        .filter(|q| {
            q.sources
                .iter()
                .any(|id| c.source(id).is_some_and(|s| s.url.is_some()))
        })
        .count();
    let latest = c
        .sources
        .iter()
        .filter_map(|s| s.date.as_ref())
        .map(|d| d.last())
        .max();
    let read = c.sources.iter().map(|s| s.accessed).max();
    println!(
        "coverage: {with_url} of {} sources have a web address ({pct:.1}%); {} events after the vote ({in_last_year} in {last_year}); {checkable} of {} quotes rest on a source with a web address; latest source dated {}; sources last read {}",
        c.sources.len(),
        after.len(),
        c.quotes.len(),
        latest.map_or("-".into(), |d| d.display()),
        read.map_or("-".into(), |d| d.display()),
    );
}
