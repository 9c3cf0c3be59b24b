//! `votes.json`: recorded votes, member by member (the story's vote chart).

use super::{file_struct, FileCx, FileSpec, Known};
use crate::load::rules::{MAX_TEXT, MAX_TITLE};
use crate::model::{Content, Seat, Vote};
use std::collections::HashSet;

file_struct!(
    VotesFile,
    votes,
    Vec<Vote>,
    "content/votes.json: recorded votes, member by member.",
    |c, votes| c.votes = votes
);

pub(crate) const SPEC: FileSpec = FileSpec {
    name: "votes.json",
    defines: &["vote"],
    read,
    ids,
    check,
    #[cfg(feature = "schema")]
    schema: ("votes.schema.json", || schemars::schema_for!(VotesFile)),
};

fn ids<'c>(cx: &mut FileCx, c: &'c Content, known: &mut Known<'c>) {
    let ids = cx.unique("votes", c.votes.iter().map(|v| v.id.as_str()));
    known.define("vote", ids);
}

fn check(cx: &mut FileCx, c: &Content, known: &Known) {
    for (i, v) in c.votes.iter().enumerate() {
        let f = |k: &str| format!("votes[{i}].{k}");
        cx.text(f("title"), &v.title, MAX_TITLE);
        cx.refs(&f("sources"), &v.sources, known, "source", true);
        if let Some(n) = &v.note {
            cx.text(f("note"), n, MAX_TEXT);
        }
        if v.ballots.is_empty() {
            cx.err(f("ballots"), "needs at least one member's ballot");
        }
        let mut seen = HashSet::new();
        for (j, b) in v.ballots.iter().enumerate() {
            let g = |k: &str| format!("votes[{i}].ballots[{j}].{k}");
            cx.text(g("member"), &b.member, 80);
            if let Some(s) = &b.short {
                cx.text(g("short"), s, 16);
            }
            if !seen.insert(b.member.as_str()) {
                cx.err(g("member"), format!("`{}` votes twice", b.member));
            }
            match (b.seat, &b.term) {
                (Seat::Permanent, Some(_)) => cx.err(g("term"), "a permanent member has no term"),
                (Seat::Elected, None) => cx.err(
                    g("term"),
                    "an elected member needs its term, e.g. `2025/2026`",
                ),
                _ => {}
            }
        }
    }
}
