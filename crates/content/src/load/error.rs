//! The one error type of loading: a problem in one content file, shown to
//! editors as `file:line: field `path`: message`.

use std::fmt;

/// One problem in one content file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ContentError {
    /// Path as the editor knows it: `content/events.json`.
    pub file: String,
    /// 1-based line, where the format has one.
    pub line: Option<usize>,
    /// JSON path or front-matter key: `events[3].sources[0]`.
    pub field: String,
    pub message: String,
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(l) => write!(f, "{}:{}: ", self.file, l)?,
            None => write!(f, "{}: ", self.file)?,
        }
        if !self.field.is_empty() {
            write!(f, "field `{}`: ", self.field)?;
        }
        f.write_str(&self.message)
    }
}
