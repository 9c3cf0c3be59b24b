//! The content each page needs, as a data file of its own. Every app (one
//! wasm per view, see the site's `src/routes.rs`) fetches the part its page
//! shows, `data/app/<part>.<lang>.bin` (postcard, [`crate::blob`]), written at
//! build time by `content-check --export` with [`slice`]. A part is a
//! [`Content`] holding only what its view shows, so the app reads it through
//! the same accessors as the whole.
//!
//! What each part holds mirrors what the site's views display; a view that
//! starts to show something new must add it here (the site's tests render every
//! view from its part and from the whole content and compare them).

#[cfg(feature = "load")]
use crate::model::*;

/// A page's share of the content.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Part {
    /// `/`: the story's chapters.
    Story,
    /// `/about`, `/corrections` and `/glossary`: the about chapter, the
    /// corrections log and the glossary.
    About,
    /// `/sources`: every source in full, the dated figures.
    Sources,
    /// `/timeline` and the event card: events, eras, and the missions events name.
    Timeline,
    /// `/map` and the mission card: missions, the events they name, the figures.
    Map,
    /// `/alignment`: the coding with the events it names, the scenarios with
    /// their quotes, the codebook.
    Alignment,
    /// `/teach`: the lessons, with the chapters, events, deployments, figures
    /// and glossary terms they point to (names and titles only).
    Teach,
}

impl Part {
    pub const ALL: [Part; 7] = [
        Part::Story,
        Part::About,
        Part::Sources,
        Part::Timeline,
        Part::Map,
        Part::Alignment,
        Part::Teach,
    ];

    /// The parts of the text pages. Their published app shows only the
    /// citations' sources, so each also has a file of those alone
    /// ([`citations`], `data/app/<part>.cites.<lang>.bin`).
    pub const TEXT: [Part; 4] = [Part::Story, Part::About, Part::Sources, Part::Teach];

    /// The data file's name: `timeline` for `data/app/timeline.en.bin`.
    pub const fn name(self) -> &'static str {
        match self {
            Part::Story => "story",
            Part::About => "about",
            Part::Sources => "sources",
            Part::Timeline => "timeline",
            Part::Map => "map",
            Part::Alignment => "alignment",
            Part::Teach => "teach",
        }
    }
}

/// Chapters with an order below this are part of the story page (`/`); the
/// others (about, codebook) have pages or views of their own.
pub const STORY_MAX_ORDER: i32 = 100;

/// The chapter the about page shows, and the one the alignment view shows.
pub const ABOUT_CHAPTER: &str = "about";
pub const CODEBOOK_CHAPTER: &str = "codebook";
/// The corrections log, on a page of its own (`/corrections`).
pub const CORRECTIONS_CHAPTER: &str = "corrections";

/// The part of `c` that `part`'s page shows. Sources: every one its content
/// cites (in bibliography order), in full on the sources page, with its
/// address where a chapter lists it, otherwise as a short citation shows it
/// (no note, no address); and the most recently checked source, which dates
/// the page's citation.
#[cfg(feature = "load")]
pub fn slice(c: &Content, part: Part) -> Content {
    let chapters = |keep: &dyn Fn(&Chapter) -> bool| -> Vec<Chapter> {
        c.chapters.iter().filter(|ch| keep(ch)).cloned().collect()
    };
    let mut s = match part {
        // the chapters, with the charts in them (figures, votes, comparisons),
        // the key figures (figures, missions) and the previews of the three
        // views (missions, every event's date and kind, the alignment coding)
        Part::Story => Content {
            chapters: chapters(&|ch| ch.order < STORY_MAX_ORDER),
            figures: c.figures.clone(),
            missions: c.missions.iter().map(Mission::as_charted).collect(),
            events: c.events.iter().map(Event::as_named).collect(),
            alignment: c.alignment.as_ref().map(Alignment::as_previewed),
            votes: c.votes.clone(),
            comparisons: c.comparisons.clone(),
            ..Content::default()
        },
        Part::Teach => Content {
            lessons: c.lessons.clone(),
            // a lesson links to chapters by title
            chapters: c
                .chapters
                .iter()
                .map(|ch| Chapter {
                    html: String::new(),
                    sources: Vec::new(),
                    ..ch.clone()
                })
                .collect(),
            events: c.events.iter().map(Event::as_named).collect(),
            missions: c.missions.iter().map(Mission::as_named).collect(),
            figures: c.figures.clone(),
            glossary: c.glossary.clone(),
            ..Content::default()
        },
        // the reference pages: about, the corrections log, the glossary
        Part::About => Content {
            chapters: chapters(&|ch| ch.id == ABOUT_CHAPTER || ch.id == CORRECTIONS_CHAPTER),
            glossary: c.glossary.clone(),
            ..Content::default()
        },
        Part::Sources => Content {
            figures: c.figures.clone(),
            ..Content::default()
        },
        Part::Timeline => {
            let named: Vec<&String> = c.events.iter().flat_map(|e| &e.missions).collect();
            Content {
                eras: c.eras.clone(),
                events: c.events.clone(),
                // an event names its missions (acronym and name, a link to the map)
                missions: c
                    .missions
                    .iter()
                    .filter(|m| named.contains(&&m.id))
                    .map(Mission::as_named)
                    .collect(),
                ..Content::default()
            }
        }
        Part::Map => {
            let named: Vec<&String> = c.missions.iter().flat_map(|m| &m.events).collect();
            Content {
                missions: c.missions.clone(),
                // a mission lists its events (date and title, a link to the timeline)
                events: c
                    .events
                    .iter()
                    .filter(|e| named.contains(&&e.id))
                    .map(Event::as_named)
                    .collect(),
                figures: c.figures.clone(),
                ..Content::default()
            }
        }
        Part::Alignment => {
            let voices: Vec<&String> = c.scenarios.iter().flat_map(|s| &s.voices).collect();
            let evidence: Vec<&String> = c
                .alignment
                .iter()
                .flat_map(|a| &a.codings)
                .flat_map(|k| &k.evidence)
                .collect();
            Content {
                alignment: c.alignment.clone(),
                // a coded value lists its evidence (date and title, a link to the timeline)
                events: c
                    .events
                    .iter()
                    .filter(|e| evidence.contains(&&e.id))
                    .map(Event::as_named)
                    .collect(),
                scenarios: c.scenarios.clone(),
                quotes: c
                    .quotes
                    .iter()
                    .filter(|q| voices.contains(&&q.id))
                    .cloned()
                    .collect(),
                chapters: chapters(&|ch| ch.id == CODEBOOK_CHAPTER),
                ..Content::default()
            }
        }
    };
    let cited = crate::load::cited_sources(&s);
    let listed: Vec<&String> = s.chapters.iter().flat_map(|ch| &ch.sources).collect();
    let latest = c
        .sources
        .iter()
        .max_by_key(|src| src.accessed)
        .map(|src| &src.id);
    // the home page dates the site by its newest source
    let newest = c.newest_source().map(|src| &src.id);
    s.sources = c
        .sources
        .iter()
        .filter(|src| {
            part == Part::Sources
                || cited.contains(&src.id)
                || Some(&src.id) == latest
                || Some(&src.id) == newest
        })
        .map(|src| {
            if part == Part::Sources {
                src.clone()
            } else if listed.contains(&&src.id) {
                src.as_listed()
            } else {
                src.as_cited()
            }
        })
        .collect();
    s
}

/// The sources a page's part (its [`slice`]) cites, as its citations' popover
/// shows them (title, address, author, publisher, date, page, kind, date
/// checked; no note), and nothing else: what a text page's app needs (the
/// site's `src/app.rs`, `enhance`; written with [`crate::blob::encode_sources`]).
#[cfg(feature = "load")]
pub fn citations(part: &Content) -> Vec<Source> {
    part.sources.iter().map(Source::as_listed).collect()
}

#[cfg(feature = "load")]
impl Source {
    /// What a chapter's list of sources shows: the entry and its address, not
    /// the editor's note (the sources page has it).
    fn as_listed(&self) -> Source {
        Source {
            note: None,
            ..self.clone()
        }
    }

    /// What a short citation shows (title, author, publisher, date, page,
    /// kind, date checked): no note, no address.
    fn as_cited(&self) -> Source {
        Source {
            url: None,
            note: None,
            ..self.clone()
        }
    }
}

#[cfg(feature = "load")]
impl Mission {
    /// What a link to the mission shows: its names, place and years; none of
    /// its figures, notes or sources.
    fn as_named(&self) -> Mission {
        Mission {
            roles: Vec::new(),
            contingent: Vec::new(),
            fatalities: None,
            notable: Vec::new(),
            events: Vec::new(),
            summary: String::new(),
            sources: Vec::new(),
            flag: None,
            ..self.clone()
        }
    }
}

#[cfg(feature = "load")]
impl Mission {
    /// What the story's key figures, map preview and mission chart show: its
    /// names, host, place, years, kind, status, contingents and sources;
    /// not its roles, notable moments, events or summary.
    fn as_charted(&self) -> Mission {
        Mission {
            roles: Vec::new(),
            notable: Vec::new(),
            events: Vec::new(),
            summary: String::new(),
            ..self.clone()
        }
    }
}

#[cfg(feature = "load")]
impl Alignment {
    /// What the story's preview of the explorer draws: the partners, the
    /// dimensions and the coded values by year; no narrative and no coding's
    /// rationale, evidence or sources.
    fn as_previewed(&self) -> Alignment {
        Alignment {
            narrative: Vec::new(),
            codings: self
                .codings
                .iter()
                .map(|k| Coding {
                    rationale: String::new(),
                    evidence: Vec::new(),
                    sources: Vec::new(),
                    ..k.clone()
                })
                .collect(),
            ..self.clone()
        }
    }
}

#[cfg(feature = "load")]
impl Event {
    /// What a link to the event shows: its date and title (and its id); no
    /// summary, place, links or sources.
    fn as_named(&self) -> Event {
        Event {
            summary: String::new(),
            place: None,
            missions: Vec::new(),
            related: Vec::new(),
            sources: Vec::new(),
            flag: None,
            ..self.clone()
        }
    }
}
