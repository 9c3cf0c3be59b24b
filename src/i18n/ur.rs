//! The interface in Urdu (`/ur/...`): natural news Urdu, the terms of
//! `content/ur/terms.json`; Western digits, dates from the data.

use super::{
    ChartText, EmbedFooterText, FooterText, Head, Heads, NotFoundText, PageText, Pages, ShareText,
    Strings, TeachText, TimelineText,
};
use crate::content::{Choice, DateWords};

const MONTHS: [&str; 12] = [
    "جنوری",
    "فروری",
    "مارچ",
    "اپریل",
    "مئی",
    "جون",
    "جولائی",
    "اگست",
    "ستمبر",
    "اکتوبر",
    "نومبر",
    "دسمبر",
];

const TITLE: &str = "پاکستان، اقوام متحدہ کے امن مشن اور غزہ فورس";

pub const STRINGS: Strings = Strings {
    name: "اردو",
    switch_hint: "یہ صفحہ اردو میں پڑھیے",
    languages: "زبان",
    site_title: TITLE,
    site_description: "1960 سے اقوام متحدہ کے امن مشنوں میں پاکستان کے کردار، اور سلامتی کونسل کی قرارداد 2803 کے تحت قائم ہونے والی غزہ کی بین الاقوامی استحکام فورس (ISF) میں اس کے ممکنہ کردار کی ایک انٹرایکٹو وضاحت، جس کی ہر بات ماخذ کے ساتھ ہے۔",
    skip_link: "مواد پر جائیے",
    main_menu: "مرکزی فہرست",
    theme: "رنگ",
    theme_system: "سسٹم کے مطابق",
    theme_light: "روشن",
    theme_dark: "گہرا",
    pages: Pages {
        home: PageText {
            nav: "کہانی",
            title: TITLE,
        },
        timeline: PageText {
            nav: "ٹائم لائن",
            title: "ٹائم لائن \u{2066}1947–2025\u{2069}",
        },
        map: PageText {
            nav: "نقشہ",
            title: "تعیناتیوں کا نقشہ",
        },
        alignment: PageText {
            nav: "صف بندی",
            title: "پُل ریاست: صف بندی کا جائزہ",
        },
        sources: PageText {
            nav: "ماخذ",
            title: "ماخذ، ڈیٹا اور فرہنگ",
        },
        about: PageText {
            nav: "تعارف",
            title: "اس وضاحتی سائٹ کے بارے میں",
        },
        teach: PageText {
            nav: "تدریس",
            title: "اس وضاحتی سائٹ سے پڑھانا",
        },
        event_card: "واقعہ",
        mission_card: "مشن",
    },
    heads: Heads {
        timeline: Head {
            title: "ٹائم لائن \u{2066}1947–2025\u{2069}",
            lede: "1947 سے قرارداد 2803 تک ہر واقعہ ایک نشان کی صورت میں: جس سال کا ستون جتنا اونچا، اس سال اتنا ہی زیادہ کچھ ہوا۔",
        },
        map: Head {
            title: "تعیناتیوں کا نقشہ",
            lede: "1960 سے اب تک پاکستانی امن دستوں نے کہاں کہاں خدمات انجام دیں، سال بہ سال، غزہ فورس کی نشاندہی کے ساتھ۔",
        },
        alignment: Head {
            title: "پُل ریاست",
            lede: "1947 سے پاکستان مغرب، چین اور خلیج سے کتنا قریب رہا ہے، کوڈ کیے گئے شواہد کی بنیاد پر، جن کا وزن آپ خود بدل سکتے ہیں۔",
        },
        sources: Head {
            title: "ماخذ، ڈیٹا اور فرہنگ",
            lede: "اس سائٹ کا ہر واقعہ، مشن، عدد، اقتباس اور کوڈنگ اسی فہرستِ ماخذ کے اندراجات کا حوالہ دیتی ہے۔",
        },
        about: Head {
            title: "اس وضاحتی سائٹ کے بارے میں",
            lede: "یہ سائٹ کیسے بنی، اس کا حوالہ کیسے دیں، اسے دوبارہ کیسے استعمال کریں اور اپنی ویب سائٹ میں کیسے شامل (ایمبیڈ) کریں۔",
        },
        teach: Head {
            title: "اس وضاحتی سائٹ سے پڑھانا",
            lede: "کہانی کے ہر باب اور ہر منظر کے لیے 45 منٹ کا سبق: بحث کے سوالات، انٹرایکٹو منظر کے ساتھ ایک سرگرمی، اہم اصطلاحات اور وقت کی تجویز۔ ہر سوال اس مستند مواد کی طرف اشارہ کرتا ہے جس پر وہ مبنی ہے؛ ہر سبق ورک شیٹ کے طور پر پرنٹ ہو سکتا ہے۔",
        },
    },
    embed_suffix: " (ایمبیڈ)",
    title_separator: " · ",
    footer: FooterText {
        text_and_data: "متن اور ڈیٹا: ",
        code_and_map: "۔ کوڈ: MIT۔ نقشے کا جغرافیائی ڈیٹا: ",
        public_domain: " (پبلک ڈومین)۔",
        sourced: "اس سائٹ کا ہر عدد کسی ماخذ پر مبنی ہے: دیکھیے ",
        sources_link: "ماخذ، ڈیٹا اور فرہنگ",
        and: "، اور ",
        about_link: "یہ وضاحتی سائٹ کیسے بنی اور اس کا حوالہ کیسے دیں",
    },
    embed_footer: EmbedFooterText {
        sources_before: " · ہر اندراج کے ماخذ اس کی تفصیل میں اور ",
        sources_link: "ماخذ کے صفحے",
        licence: " پر موجود ہیں۔ متن اور ڈیٹا CC BY 4.0؛ نقشہ: Natural Earth۔ ",
        open_full: "پورا صفحہ کھولیے ↗",
    },
    not_found: NotFoundText {
        title: "صفحہ نہیں ملا",
        lede: "اس پتے پر کوئی صفحہ نہیں ہے۔ ممکن ہے صفحہ کہیں اور منتقل ہو گیا ہو یا لنک غلط لکھا گیا ہو۔",
        these_exist: "یہ صفحات موجود ہیں:",
    },
    timeline: TimelineText {
        kinds: "واقعات کی اقسام",
        show_all: "سب دکھائیے",
        clear_all: "سب ہٹائیے",
        search: "واقعات تلاش کیجیے",
        step_group: "ایک ایک کر کے واقعات دیکھیے",
        previous_event: "‹ پچھلا واقعہ",
        next_event: "اگلا واقعہ ›",
        previous: "‹ پچھلا",
        next: "اگلا ›",
        strip_heading: "خلاصہ: سال بہ سال ہر واقعہ",
        marks_label: "سال بہ سال واقعات: تیر والی کلیدوں سے آگے پیچھے جائیے، Enter سے واقعہ فہرست میں کھولیے، جمع اور منفی سے زوم کیجیے",
        after_heading: "قرارداد کے بعد (18 نومبر 2025 سے)",
        after_lede: "سلامتی کونسل کی جانب سے قرارداد 2803 کی منظوری کے بعد کیا ہوا؛ یہ واقعات \u{2066}1947–2025\u{2069} کی پٹی پر نہیں ہیں۔",
        after_none: "قرارداد کے بعد کا کوئی واقعہ اس تلاش سے نہیں ملتا۔",
        none_match: "کوئی واقعہ نہیں ملا۔ دوسری اقسام، مختصر تلاش یا پورا عرصہ آزمائیے۔",
        close_label: "واقعے کی تفصیل بند کیجیے",
        close: "بند کیجیے ✕",
        related_events: "متعلقہ واقعات",
    },
    share: ShareText {
        summary: "شیئر اور ڈیٹا",
        copy_link: "لنک کاپی کیجیے",
        link_copied: "اس منظر کا لنک کاپی ہو گیا۔",
        embed: "ایمبیڈ",
        cite: "حوالہ دیجیے",
        cite_note: "صفحے کا حوالہ اس تاریخ کے ساتھ دیجیے جب آپ نے اسے استعمال کیا۔ اوپر سے کاپی کیا گیا لنک موجودہ منظر برقرار رکھتا ہے۔",
        download: "ڈیٹا ڈاؤن لوڈ کیجیے",
    },
    chapter_sources: ("“", "” کے ماخذ"),
    charts: ChartText {
        pakistan: "پاکستان",
        choice: |c| match c {
            Choice::InFavour => "حق میں",
            Choice::Against => "مخالفت میں",
            Choice::Abstained => "غیر حاضر",
            Choice::NotVoting => "ووٹ نہیں دیا",
        },
        vote_title: |v| {
            let (y, n, a) = v.tally;
            let mut t = format!("\u{2066}{y}–{n}–{a}\u{2069} سے منظور");
            if let Some(c) = v.pakistan {
                t.push_str(&format!("؛ پاکستان نے {}", verb(c)));
            }
            for (names, c) in &v.others {
                t.push_str(&format!("؛ {} نے {}", names.join(" اور "), verb(*c)));
            }
            t
        },
        vote_desc: |date, result| {
            format!("{date} کو سلامتی کونسل کی 15 نشستیں، پہلے مستقل ارکان: {result}۔")
        },
        permanent: "مستقل رکن",
        elected: "منتخب رکن",
        key: ["حق میں", "غیر حاضر", "مخالفت میں"],
        aspect: "پہلو",
        compare_desc: |right, left, n, differ| {
            format!("{right} اور {left} کا {n} پہلوؤں پر موازنہ؛ {differ} پہلوؤں پر فرق ہے۔")
        },
        sources_n: |n| format!("ماخذ ({n})"),
    },
    teach: TeachText {
        lessons: "اسباق",
        note: (
            "کسی منظر کو پرنٹ کرنے سے ایک ہینڈ آؤٹ بنتا ہے جس میں منظر کی حالت الفاظ میں، نمبر وار حوالے، اس کا پتا اور تاریخ ہوتی ہے؛ ہر منظر ایک صفحے کے خلاصے کے طور پر بھی پرنٹ ہوتا ہے۔ ایک بار دیکھنے کے بعد، جہاں براؤزر اجازت دے، سائٹ انٹرنیٹ کے بغیر بھی کام کرتی ہے۔ ",
            "ماخذ، ڈیٹا اور فرہنگ",
            " میں وہ تمام ماخذ درج ہیں جن پر یہ اسباق مبنی ہیں۔",
        ),
        see: "دیکھیے",
        based_on: "بنیاد: ",
        print: "یہ ورک شیٹ پرنٹ کیجیے",
        plan: "سبق کا منصوبہ، 45 منٹ",
        questions: "بحث کے سوالات",
        activity: "سرگرمی",
        terms: "اہم اصطلاحات",
        minutes: " منٹ",
        kinds: ["باب: ", "واقعہ: ", "تعیناتی: ", "اعداد و شمار: ", "فرہنگ: ", "ماخذ: "],
        open_view: ["ٹائم لائن کھولیے", "نقشہ کھولیے", "صف بندی کا جائزہ کھولیے"],
    },
    dates: DateWords {
        months_short: MONTHS,
        months_long: MONTHS,
        circa: "تقریباً ",
        onward: " سے جاری",
    },
    full_stop: "۔",
};

/// A choice as what a member did: `حق میں ووٹ دیا`.
fn verb(c: Choice) -> &'static str {
    match c {
        Choice::InFavour => "حق میں ووٹ دیا",
        Choice::Against => "مخالفت میں ووٹ دیا",
        Choice::Abstained => "ووٹنگ میں حصہ نہیں لیا",
        Choice::NotVoting => "ووٹ نہیں دیا",
    }
}
