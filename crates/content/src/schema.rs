//! JSON Schemas for the content files, generated from the Rust types so they
//! cannot drift. `make schemas` writes them to `content/schemas/`; a test fails
//! if the committed copies differ.

use crate::load::FILES;
use schemars::Schema;
use std::path::Path;

/// (file name, schema) for every JSON content file: `events.schema.json`.
pub fn all() -> Vec<(&'static str, Schema)> {
    FILES.iter().map(|f| (f.schema.0, (f.schema.1)())).collect()
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
