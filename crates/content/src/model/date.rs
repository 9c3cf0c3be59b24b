//! Dates as editors write them: known to the year, month or day, single or a
//! range (closed, open, or circa), with the display forms readers see.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// A calendar date known to year, month or day precision.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PartialDate {
    pub year: i32,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

/// How precisely a date is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Precision {
    Year,
    Month,
    Day,
}

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];
/// The words a date is written with in one language (the site's catalogue of
/// interface strings, `src/i18n/`, holds one per language): dates are formatted
/// from the data, never written into translated text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DateWords {
    /// Month names in short dates (`30 Sep 1947`).
    pub months_short: [&'static str; 12],
    /// Month names in long dates (`30 September 1947`).
    pub months_long: [&'static str; 12],
    /// Before an approximate date: `c. `.
    pub circa: &'static str,
    /// After the start of an open range: ` onward`.
    pub onward: &'static str,
}

/// English: `30 Sep 1947`, `c. 2000`, `2011 onward`.
pub const EN_DATES: DateWords = DateWords {
    months_short: MONTHS,
    months_long: MONTHS_LONG,
    circa: "c. ",
    onward: " onward",
};

/// Month names, for dates as readers write them.
pub const MONTHS_LONG: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

impl PartialDate {
    pub fn year(year: i32) -> Self {
        PartialDate {
            year,
            month: None,
            day: None,
        }
    }

    pub fn precision(&self) -> Precision {
        match (self.month, self.day) {
            (Some(_), Some(_)) => Precision::Day,
            (Some(_), None) => Precision::Month,
            _ => Precision::Year,
        }
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub fn parse(s: &str) -> Result<Self, String> {
        let parts: Vec<&str> = s.split('-').collect();
        let num = |p: &str, what: &str, len: usize| -> Result<u32, String> {
            if p.len() != len || !p.bytes().all(|b| b.is_ascii_digit()) {
                return Err(format!("`{s}`: the {what} must be {len} digits"));
            }
            p.parse::<u32>().map_err(|e| format!("`{s}`: {e}"))
        };
        if parts.is_empty() || parts.len() > 3 {
            return Err(format!("`{s}` is not YYYY, YYYY-MM or YYYY-MM-DD"));
        }
        let year = num(parts[0], "year", 4)? as i32;
        let month = match parts.get(1) {
            Some(p) => {
                let m = num(p, "month", 2)? as u8;
                if !(1..=12).contains(&m) {
                    return Err(format!("`{s}`: month {m} does not exist"));
                }
                Some(m)
            }
            None => None,
        };
        let day = match parts.get(2) {
            Some(p) => {
                let d = num(p, "day", 2)? as u8;
                let m = month.unwrap_or(1);
                if d == 0 || d > days_in_month(year, m) {
                    return Err(format!("`{s}`: day {d} does not exist in that month"));
                }
                Some(d)
            }
            None => None,
        };
        Ok(PartialDate { year, month, day })
    }

    /// The first day this date could mean, as (year, month, day).
    pub fn first_day(&self) -> (i32, u8, u8) {
        (self.year, self.month.unwrap_or(1), self.day.unwrap_or(1))
    }

    /// The last day this date could mean, as (year, month, day).
    pub fn last_day(&self) -> (i32, u8, u8) {
        let m = self.month.unwrap_or(12);
        (
            self.year,
            m,
            self.day.unwrap_or(days_in_month(self.year, m)),
        )
    }

    /// Fractional year of the start of this date (1947.0 = 1 Jan 1947).
    pub fn start_fraction(&self) -> f64 {
        fraction(self.first_day())
    }

    /// Fractional year of the end of this date (end of its last day).
    pub fn end_fraction(&self) -> f64 {
        let (y, m, d) = self.last_day();
        fraction((y, m, d)) + 1.0 / days_in_year(y)
    }

    /// Human form: `1947`, `Sep 1947`, `30 Sep 1947`.
    pub fn display(&self) -> String {
        self.display_in(&EN_DATES)
    }

    /// Long human form: `30 September 1947`.
    pub fn display_long(&self) -> String {
        self.display_long_in(&EN_DATES)
    }

    /// [`Self::display`] in the words of a language (`17 نومبر 2025`).
    pub fn display_in(&self, w: &DateWords) -> String {
        self.with_months(&w.months_short)
    }

    /// [`Self::display_long`] in the words of a language.
    pub fn display_long_in(&self, w: &DateWords) -> String {
        self.with_months(&w.months_long)
    }

    fn with_months(&self, months: &[&str; 12]) -> String {
        match (self.month, self.day) {
            (Some(m), Some(d)) => format!("{d} {} {}", months[m as usize - 1], self.year),
            (Some(m), None) => format!("{} {}", months[m as usize - 1], self.year),
            _ => self.year.to_string(),
        }
    }

    /// ISO form for `<time datetime>`: `1947`, `1947-09`, `1947-09-30`.
    pub fn iso(&self) -> String {
        match (self.month, self.day) {
            (Some(m), Some(d)) => format!("{:04}-{m:02}-{d:02}", self.year),
            (Some(m), None) => format!("{:04}-{m:02}", self.year),
            _ => format!("{:04}", self.year),
        }
    }
}

fn days_in_year(y: i32) -> f64 {
    if days_in_month(y, 2) == 29 {
        366.0
    } else {
        365.0
    }
}

fn fraction((y, m, d): (i32, u8, u8)) -> f64 {
    let mut doy = 0u32;
    for mm in 1..m {
        doy += days_in_month(y, mm) as u32;
    }
    doy += d as u32 - 1;
    y as f64 + doy as f64 / days_in_year(y)
}

/// A date or a date range as written by editors:
/// `1960`, `1962-10`, `1993-06-05`, `1947-10/1949-01-01`, `c. 2000`, `c. 2004/2006`.
/// An open range (`2011/`) means "from then on".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DateSpec {
    pub start: PartialDate,
    /// `None` for a single date; `Some(None)` for an open range.
    pub end: Option<Option<PartialDate>>,
    /// Written with a leading `c.` (circa).
    pub approximate: bool,
}

impl DateSpec {
    pub fn parse(s: &str) -> Result<Self, String> {
        let t = s.trim();
        if t.is_empty() {
            return Err("the date is empty".into());
        }
        let (approximate, rest) = match t.strip_prefix("c.") {
            Some(r) => (true, r.trim_start()),
            None => (false, t),
        };
        let spec = match rest.split_once('/') {
            None => DateSpec {
                start: PartialDate::parse(rest)?,
                end: None,
                approximate,
            },
            Some((a, b)) => {
                let start = PartialDate::parse(a.trim())?;
                let b = b.trim();
                let end = if b.is_empty() {
                    None
                } else {
                    Some(PartialDate::parse(b)?)
                };
                if let Some(e) = end {
                    if e.end_fraction() < start.start_fraction() || e.last_day() < start.first_day()
                    {
                        return Err(format!(
                            "`{s}`: the end ({}) is before the start ({})",
                            e.display(),
                            start.display()
                        ));
                    }
                }
                DateSpec {
                    start,
                    end: Some(end),
                    approximate,
                }
            }
        };
        Ok(spec)
    }

    pub fn is_range(&self) -> bool {
        self.end.is_some()
    }

    /// The last known date: the end of a closed range, or the start.
    pub fn last(&self) -> PartialDate {
        match self.end {
            Some(Some(e)) => e,
            _ => self.start,
        }
    }

    pub fn start_fraction(&self) -> f64 {
        self.start.start_fraction()
    }

    /// End as a fractional year; an open range ends at `open_until`.
    pub fn end_fraction(&self, open_until: f64) -> f64 {
        match self.end {
            None => self.start.end_fraction(),
            Some(Some(e)) => e.end_fraction(),
            Some(None) => open_until,
        }
    }

    /// Does this date (or range) overlap calendar year `y`?
    pub fn covers_year(&self, y: i32, open_until_year: i32) -> bool {
        let last = match self.end {
            None => self.start.year,
            Some(Some(e)) => e.year,
            Some(None) => open_until_year,
        };
        self.start.year <= y && y <= last
    }

    /// Human form with its true precision: `c. 2000`, `Oct 1947 – 1 Jan 1949`, `2011 onward`.
    pub fn display(&self) -> String {
        self.display_in(&EN_DATES)
    }

    /// [`Self::display`] in the words of a language.
    pub fn display_in(&self, w: &DateWords) -> String {
        let c = if self.approximate { w.circa } else { "" };
        let start = self.start.display_in(w);
        match self.end {
            None => format!("{c}{start}"),
            Some(None) => format!("{c}{start}{}", w.onward),
            Some(Some(e)) => {
                if e == self.start {
                    format!("{c}{start}")
                } else if e.year == self.start.year
                    && e.month == self.start.month
                    && e.day.is_some()
                    && self.start.day.is_some()
                {
                    // 3–16 Dec 1971
                    format!("{c}{}–{}", self.start.day.unwrap_or(1), e.display_in(w))
                } else {
                    format!("{c}{start}–{}", e.display_in(w))
                }
            }
        }
    }

    pub fn source_text(&self) -> String {
        let c = if self.approximate { "c. " } else { "" };
        match self.end {
            None => format!("{c}{}", self.start.iso()),
            Some(None) => format!("{c}{}/", self.start.iso()),
            Some(Some(e)) => format!("{c}{}/{}", self.start.iso(), e.iso()),
        }
    }
}

impl fmt::Display for DateSpec {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.display())
    }
}

impl Serialize for DateSpec {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.source_text())
    }
}

impl<'de> Deserialize<'de> for DateSpec {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        DateSpec::parse(&s).map_err(serde::de::Error::custom)
    }
}

impl Serialize for PartialDate {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.iso())
    }
}

impl<'de> Deserialize<'de> for PartialDate {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        PartialDate::parse(&s).map_err(serde::de::Error::custom)
    }
}

#[cfg(feature = "schema")]
mod schema_impls {
    use super::*;
    use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};
    use std::borrow::Cow;

    impl JsonSchema for DateSpec {
        fn schema_name() -> Cow<'static, str> {
            "DateSpec".into()
        }
        fn json_schema(_: &mut SchemaGenerator) -> Schema {
            json_schema!({
                "type": "string",
                "description": "A date with its true precision: YYYY, YYYY-MM or YYYY-MM-DD; a range START/END; an open range START/; prefix `c. ` when approximate.",
                "pattern": r"^(c\. ?)?\d{4}(-\d{2}(-\d{2})?)?(/(\d{4}(-\d{2}(-\d{2})?)?)?)?$",
                "examples": ["1947-09-30", "1962-10/1963-04", "c. 2000/2005", "2014-09/"]
            })
        }
    }

    impl JsonSchema for PartialDate {
        fn schema_name() -> Cow<'static, str> {
            "PartialDate".into()
        }
        fn json_schema(_: &mut SchemaGenerator) -> Schema {
            json_schema!({
                "type": "string",
                "description": "YYYY, YYYY-MM or YYYY-MM-DD",
                "pattern": r"^\d{4}(-\d{2}(-\d{2})?)?$"
            })
        }
    }
}
