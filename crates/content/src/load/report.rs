//! Reports over loaded content for `content-check`: sources nobody cites, and
//! every item flagged approximate or disputed.

use crate::model::{Content, Flag};
use std::collections::BTreeSet;

/// Ids of all sources cited anywhere, to report sources nobody uses.
pub fn cited_sources(c: &Content) -> BTreeSet<String> {
    let mut s = BTreeSet::new();
    let mut add = |v: &[String]| s.extend(v.iter().cloned());
    for e in &c.events {
        add(&e.sources);
    }
    for m in &c.missions {
        add(&m.sources);
        m.contingent.iter().for_each(|f| add(&f.sources));
        if let Some(f) = &m.fatalities {
            add(&f.sources);
        }
        m.notable.iter().for_each(|n| add(&n.sources));
    }
    for f in &c.figures {
        f.points.iter().for_each(|p| add(&p.sources));
    }
    if let Some(a) = &c.alignment {
        a.codings.iter().for_each(|k| add(&k.sources));
        a.narrative.iter().for_each(|n| add(&n.sources));
    }
    for sc in &c.scenarios {
        sc.effects
            .iter()
            .chain(&sc.tests)
            .for_each(|a| add(&a.sources));
    }
    c.glossary.iter().for_each(|t| add(&t.sources));
    c.quotes.iter().for_each(|q| add(&q.sources));
    c.votes.iter().for_each(|v| add(&v.sources));
    for cmp in &c.comparisons {
        for r in &cmp.rows {
            add(&r.left.sources);
            add(&r.right.sources);
        }
    }
    c.chapters.iter().for_each(|ch| add(&ch.sources));
    s
}

/// Every flagged (approximate or disputed) item, as `kind: where: note`.
pub fn flagged(c: &Content) -> Vec<String> {
    let mut out = Vec::new();
    let mut push = |what: String, f: &Option<Flag>| {
        if let Some(f) = f {
            out.push(format!("{}: {what}: {}", f.kind.label(), f.note));
        }
    };
    for e in &c.events {
        push(format!("event {}", e.id), &e.flag);
    }
    for m in &c.missions {
        push(format!("mission {}", m.id), &m.flag);
        for (j, f) in m.contingent.iter().enumerate() {
            push(format!("mission {} contingent[{j}]", m.id), &f.flag);
        }
        if let Some(f) = &m.fatalities {
            push(format!("mission {} fatalities", m.id), &f.flag);
        }
        for (j, n) in m.notable.iter().enumerate() {
            push(format!("mission {} notable[{j}]", m.id), &n.flag);
        }
    }
    for s in &c.figures {
        for (j, p) in s.points.iter().enumerate() {
            push(format!("figure {}[{j}] ({})", s.id, p.date), &p.flag);
        }
    }
    out
}
