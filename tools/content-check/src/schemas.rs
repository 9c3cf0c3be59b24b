//! JSON Schemas for the content files, generated from the Rust types so they cannot drift.
//! `make schemas` writes them to `content/schemas/`; a test fails if the committed copies differ.

use crate::load::*;
use schemars::{schema_for, Schema};
use std::path::Path;

/// (file name, schema) for every JSON content file.
pub fn all() -> Vec<(&'static str, Schema)> {
    vec![
        ("sources.schema.json", schema_for!(SourcesFile)),
        ("eras.schema.json", schema_for!(ErasFile)),
        ("events.schema.json", schema_for!(EventsFile)),
        ("missions.schema.json", schema_for!(MissionsFile)),
        ("figures.schema.json", schema_for!(FiguresFile)),
        ("alignment.schema.json", schema_for!(AlignmentFile)),
        ("scenarios.schema.json", schema_for!(ScenariosFile)),
        ("glossary.schema.json", schema_for!(GlossaryFile)),
        ("quotes.schema.json", schema_for!(QuotesFile)),
    ]
}

pub fn render(schema: &Schema) -> String {
    let mut s = serde_json::to_string_pretty(schema).expect("schema serialises");
    s.push('\n');
    s
}

pub fn write_all(dir: &Path) -> std::io::Result<usize> {
    std::fs::create_dir_all(dir)?;
    let all = all();
    for (name, schema) in &all {
        std::fs::write(dir.join(name), render(schema))?;
    }
    Ok(all.len())
}
