//! The content model's pure parts, natively: dates with partial precision,
//! ranges, display, quantities.

use pp_content::model::*;

#[test]
fn dates_keep_their_precision() {
    let y = DateSpec::parse("1960").unwrap();
    assert_eq!(y.start.precision(), Precision::Year);
    assert_eq!(y.display(), "1960");
    let m = DateSpec::parse("1962-10").unwrap();
    assert_eq!(m.start.precision(), Precision::Month);
    assert_eq!(m.display(), "Oct 1962");
    let d = DateSpec::parse("1947-09-30").unwrap();
    assert_eq!(d.start.precision(), Precision::Day);
    assert_eq!(d.display(), "30 Sep 1947");
    assert_eq!(d.start.display_long(), "30 September 1947");
    assert_eq!(d.start.iso(), "1947-09-30");
}

#[test]
fn ranges_open_ranges_and_circa() {
    let r = DateSpec::parse("1971-12-03/1971-12-16").unwrap();
    assert_eq!(r.display(), "3–16 Dec 1971");
    let r = DateSpec::parse("1947-10/1949-01-01").unwrap();
    assert_eq!(r.display(), "Oct 1947–1 Jan 1949");
    let open = DateSpec::parse("2014-09/").unwrap();
    assert_eq!(open.end, Some(None));
    assert_eq!(open.display(), "Sep 2014 onward");
    assert!(open.covers_year(2025, 2025));
    assert!(!open.covers_year(2013, 2025));
    let c = DateSpec::parse("c. 2000/2005").unwrap();
    assert!(c.approximate);
    assert_eq!(c.display(), "c. 2000–2005");
    assert_eq!(c.source_text(), "c. 2000/2005");
}

#[test]
fn bad_dates_are_refused_with_a_reason() {
    assert!(DateSpec::parse("").unwrap_err().contains("empty"));
    assert!(DateSpec::parse("1969-13").unwrap_err().contains("month 13"));
    assert!(DateSpec::parse("1999-02-29")
        .unwrap_err()
        .contains("day 29"));
    assert!(
        DateSpec::parse("2000-02-29").is_ok(),
        "2000 was a leap year"
    );
    assert!(DateSpec::parse("1964/1960")
        .unwrap_err()
        .contains("before the start"));
    assert!(DateSpec::parse("60").unwrap_err().contains("4 digits"));
    assert!(DateSpec::parse("1960-1").unwrap_err().contains("2 digits"));
    assert!(DateSpec::parse("abcd").is_err());
}

#[test]
fn a_year_only_date_spans_the_whole_year() {
    let y = PartialDate::parse("1960").unwrap();
    assert_eq!(y.start_fraction(), 1960.0);
    assert!((y.end_fraction() - 1961.0).abs() < 1e-9);
    let d = PartialDate::parse("1960-07-02").unwrap();
    assert!(d.start_fraction() > 1960.49 && d.start_fraction() < 1960.51);
    let m = PartialDate::parse("1960-12").unwrap();
    assert!((m.end_fraction() - 1961.0).abs() < 1e-9);
}

#[test]
fn quantities_read_as_sources_give_them() {
    let q = |value, high, qualifier| Quantity {
        value,
        high,
        qualifier,
    };
    assert_eq!(q(235000, None, Qualifier::Exact).display(), "235,000");
    assert_eq!(q(22, Some(26), Qualifier::Exact).display(), "22–26");
    assert_eq!(q(400, None, Qualifier::About).display(), "about 400");
    assert_eq!(
        q(2800, None, Qualifier::MoreThan).display(),
        "more than 2,800"
    );
    assert_eq!(q(5700, None, Qualifier::UpTo).display(), "up to 5,700");
    assert_eq!(q(22, Some(26), Qualifier::Exact).central(), 24);
    assert_eq!(group_thousands(1_234_567), "1,234,567");
}

#[test]
fn categories_round_trip_their_ids() {
    for c in Category::ALL {
        assert_eq!(Category::from_id(c.id()), Some(c));
    }
    assert_eq!(Category::from_id("nope"), None);
}

#[test]
fn chart_slots_split_a_chapter_into_prose_and_charts() {
    for k in ChartKind::ALL {
        assert_eq!(ChartKind::from_id(k.id()), Some(k));
    }
    let html = format!(
        "<p>a</p>\n{}<p>b</p>\n{}",
        chart_slot(ChartKind::Missions, ""),
        chart_slot(ChartKind::Vote, "res-2803")
    );
    assert_eq!(
        split_chart_slots(&html),
        [
            HtmlPart::Html("<p>a</p>\n"),
            HtmlPart::Chart(ChartKind::Missions, ""),
            HtmlPart::Html("<p>b</p>\n"),
            HtmlPart::Chart(ChartKind::Vote, "res-2803"),
        ]
    );
    assert_eq!(split_chart_slots("<p>x</p>"), [HtmlPart::Html("<p>x</p>")]);
    // something that only looks like a slot stays HTML
    let odd = "<div data-chart=\"pie:\"></div>\n<p>y</p>";
    assert_eq!(
        split_chart_slots(odd),
        [
            HtmlPart::Html("<div data-chart=\"pie:\"></div>\n"),
            HtmlPart::Html("<p>y</p>")
        ]
    );
}
