//! The interface in Urdu (`/ur/...`): natural news Urdu, the terms of
//! `content/ur/terms.json`; Western digits, dates from the data.

use super::{
    ChartText, EmbedFooterText, FooterText, Head, Heads, MapText, NotFoundText, PageText, Pages,
    ShareText, Strings, TeachText, TimelineText,
};
use crate::content::{group_thousands, Choice, DateWords, Qualifier, Quantity};

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
    map: MapText {
        summary_year: |y, n, names| format!("{y} میں نقشے پر {}: {names}۔", deployments(n)),
        summary_all: |first, last, n| {
            format!("تمام برس، \u{2066}{first}–{last}\u{2069}: نقشے پر {}۔", deployments(n))
        },
        desc_year: |y, names| format!("{y} میں فعال تعیناتیاں، مغرب سے مشرق کی ترتیب میں: {names}۔"),
        desc_all: |names| format!("ہر تعیناتی، مغرب سے مشرق کی ترتیب میں: {names}۔"),
        text_description: "نقشے کی تحریری وضاحت",
        deployments_n: deployments,
        no_total: |y| format!("{y} میں نقشے پر۔ {y} میں تعینات پاکستانی اہلکاروں کی کل تعداد کسی ماخذ میں نہیں ملی؛ جہاں معلوم ہو، ہر مشن کے کارڈ میں اس کا دستہ درج ہے۔"),
        deployed_in: |y, dates, n| {
            format!("{y} میں تعینات پاکستانی امن فوجی ({dates} تک)، نقشے پر {} میں", deployments_in(n))
        },
        differ: "۔ مآخذ میں اختلاف ہے: یہ اعداد مختلف تاریخوں پر بتائے گئے اور ممکن ہے ان کی گنتی مختلف طریقے سے کی گئی ہو",
        and: " اور ",
        served: |n, date, un, other| format!("{date} تک پاکستانی اقوام متحدہ کے {n} مشنوں میں خدمات انجام دے چکے تھے (سرکاری تعداد)۔ یہ نقشہ اقوام متحدہ کے امن مشنوں میں وہ {un} تعیناتیاں دکھاتا ہے جن کی یہ سائٹ دستاویزی تصدیق کر سکی (کچھ اندراجات میں ایک مشن اور اس کا جانشین مشن یکجا ہیں)، اور {other} ایسی تعیناتیاں جو اقوام متحدہ کے امن مشنوں میں شراکت نہیں ہیں۔"),
        largest: "سب سے بڑی تعیناتیاں",
        largest_in: |y| format!("{y} میں سب سے بڑی تعیناتیاں"),
        every_in_table: "ہر تعیناتی، ایک جدول میں",
        each_size: " (ہر دستے کا حجم وہی جو اس کے کارڈ میں سب سے پہلے درج ہے)۔",
        show: ["دکھائیے", " ہر تعیناتی", " ایک سال"],
        credit: ("ممالک کے خاکے: ", " 1:50m (پبلک ڈومین)، سادہ کیے ہوئے؛ Equal Earth پروجیکشن۔ سرحدیں ویسی ہی دکھائی گئی ہیں جیسی Natural Earth میں ہیں اور کسی متنازع علاقے کے بارے میں کوئی موقف ظاہر نہیں کرتیں۔ ہر نشان کسی مشن کے علاقے یا کسی نامزد اڈے کی نمائندگی کرتا ہے، کسی درست مقام کی نہیں؛ جو نشان ایک دوسرے پر آ جائیں وہ زوم کرنے تک ایک نمبر والے گروپ میں یکجا رہتے ہیں۔"),
        svg_title: "پاکستان کی امن تعیناتیوں کا عالمی نقشہ",
        markers_label: "نقشے پر تعیناتیاں، مغرب سے مشرق کی ترتیب میں؛ تیر والی کلیدوں سے ایک سے دوسری پر جائیے",
        personnel: |q| format!("، {q} اہلکار"),
        state_year: |y| format!("نقشہ: {y} میں فعال مشن"),
        state_all: |first, last| format!("نقشہ: ہر تعیناتی، \u{2066}{first}–{last}\u{2069}"),
        state_open: "؛ کھلا ہوا: ",
        details_label: "مشن کی تفصیل",
        choose: "کسی تعیناتی کی تفصیل اور ماخذ دیکھنے کے لیے نقشے پر کوئی نشان یا جدول کی کوئی قطار منتخب کیجیے۔",
        not_active: |y, years| format!("{y} میں فعال نہیں: پاکستانی شرکت کے برس {years}۔"),
        as_of: |q, d| format!("{q} ({d} تک)"),
        ongoing_as_of: |years, d| format!("{years}؛ {d} تک جاری"),
        close_label: "مشن کی تفصیل بند کیجیے",
        close: "بند کیجیے ✕",
        host: "میزبان",
        years: "پاکستانی شرکت کے برس",
        role: "کردار",
        marker: "نشان",
        mission_area: "مشن کا علاقہ",
        confidence: "تصدیق",
        contingent: "دستہ",
        no_contingent: "پاکستانی دستے کے حجم کا کوئی عدد کسی ماخذ میں نہیں ملا۔",
        deaths: "پاکستانی اموات",
        no_deaths: "صرف اس مشن کا کوئی عدد کسی ماخذ میں نہیں ملا؛ 1960 سے اب تک کی کل تعداد ماخذ کے صفحے پر ہے۔",
        notable: "قابلِ ذکر",
        on_timeline: "ٹائم لائن پر",
        show_on_map: "نقشے پر دکھائیے",
        see_full_map: "پورے نقشے پر دیکھیے",
        list_sep: "، ",
        styles: [
            "اقوام متحدہ کا مشن، پاکستانی واپس آ چکے",
            "اقوام متحدہ کا مشن، پاکستانی خدمات انجام دے رہے ہیں",
            "پاکستان کی میزبانی میں اقوام متحدہ کا مشن",
            "ممکنہ، اقوام متحدہ کی فورس نہیں",
            "دو طرفہ تعیناتی، نہ اقوام متحدہ کی، نہ ISF کی",
        ],
        roles: [
            "پیادہ فوج",
            "انجینئرز",
            "طبی",
            "پولیس",
            "فوجی مبصرین",
            "لاجسٹکس",
            "ہوا بازی",
            "سگنلز",
            "اسٹاف افسر",
            "بکتر بند",
        ],
        confidences: ["تصدیق شدہ", "جزوی طور پر تصدیق شدہ", "غیر یقینی"],
        all_deployments: "تمام تعیناتیاں",
        table_lede: "وہی ڈیٹا جو نقشے پر ہے۔ کسی مشن کا کارڈ کھولنے کے لیے اسے منتخب کیجیے؛ کسی بھی کالم کے لحاظ سے ترتیب دیجیے۔",
        table_label: "تعیناتیوں کا جدول (اسکرول ہو سکتا ہے)",
        caption: |n| format!("اس سائٹ پر درج {n} پاکستانی تعیناتیاں"),
        kind: "قسم",
        columns: ["مشن", "میزبان", "پاکستانی شرکت کے برس", "دستہ", "پاکستانی اموات"],
        active_in: |y| format!("{y} میں فعال"),
        not_in: |y| format!("{y} میں نہیں"),
        not_known: "معلوم نہیں",
        zoom_group: "نقشہ زوم کیجیے یا سرکائیے",
        zoom: [
            "زوم اِن",
            "زوم آؤٹ",
            "مغرب کی طرف سرکائیے",
            "شمال کی طرف سرکائیے",
            "جنوب کی طرف سرکائیے",
            "مشرق کی طرف سرکائیے",
            "پہلی حالت",
        ],
        key: "علامات",
        dashed: "ٹوٹی لکیر: حجم معلوم نہیں",
        area_grows: "دستہ جتنا بڑا، نشان اتنا بڑا",
        hatched: |y| format!("دھاری دار: {y} میں میزبان"),
        shaded: "سایہ دار: پاکستانی امن فوجیوں کے میزبان",
    },
    quantity,
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

/// `1 تعیناتی`, `3 تعیناتیاں`.
fn deployments(n: usize) -> String {
    if n == 1 {
        format!("{n} تعیناتی")
    } else {
        format!("{n} تعیناتیاں")
    }
}

/// `1 تعیناتی`, `3 تعیناتیوں` (after a postposition).
fn deployments_in(n: usize) -> String {
    if n == 1 {
        format!("{n} تعیناتی")
    } else {
        format!("{n} تعیناتیوں")
    }
}

/// A sourced number with its qualifier: `تقریباً 1,000`, `5,000 سے زائد`.
fn quantity(q: &Quantity) -> String {
    let base = match q.high {
        Some(h) => format!("{}–{}", group_thousands(q.value), group_thousands(h)),
        None => group_thousands(q.value),
    };
    match q.qualifier {
        Qualifier::Exact => base,
        Qualifier::About => format!("تقریباً {base}"),
        Qualifier::MoreThan => format!("{base} سے زائد"),
        Qualifier::UpTo => format!("زیادہ سے زیادہ {base}"),
    }
}
