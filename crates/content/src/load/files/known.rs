//! The shared table of known ids, by kind (`source`, `event`, `pole`...):
//! filled by each file's `ids` step, read by every file's `check` step.

use std::collections::{HashMap, HashSet};

#[derive(Default)]
pub(crate) struct Known<'c> {
    ids: HashMap<&'static str, HashSet<&'c str>>,
    /// Kinds whose defining file failed to parse: references to them are not
    /// checked, so one syntax error does not cascade into dozens.
    unparsed: HashSet<&'static str>,
}

impl<'c> Known<'c> {
    pub fn new(unparsed: HashSet<&'static str>) -> Self {
        Known {
            ids: HashMap::new(),
            unparsed,
        }
    }

    /// Records the ids of one kind (a file's `ids` step).
    pub fn define(&mut self, kind: &'static str, ids: HashSet<&'c str>) {
        self.ids.entry(kind).or_default().extend(ids);
    }

    /// Is `id` a known `kind` of id? Always yes when the file defining that
    /// kind did not parse.
    pub fn has(&self, kind: &str, id: &str) -> bool {
        self.unparsed.contains(kind) || self.ids.get(kind).is_some_and(|s| s.contains(id))
    }
}
