//! The interface in Urdu (`/ur/...`): natural news Urdu, the terms of
//! `content/ur/terms.json`; Western digits, dates from the data.

use super::{EmbedFooterText, FooterText, Head, Heads, NotFoundText, PageText, Pages, Strings};
use crate::content::DateWords;

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
            title: "ٹائم لائن 1947–2025",
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
        event_card: "واقعہ",
        mission_card: "مشن",
    },
    heads: Heads {
        timeline: Head {
            title: "ٹائم لائن 1947–2025",
            lede: "جنگیں، اتحاد، امن مشن اور سفارت کاری: آزادی سے قرارداد 2803 تک۔",
        },
        map: Head {
            title: "تعیناتیوں کا نقشہ",
            lede: "1960 سے اب تک پاکستانی امن دستوں نے کہاں کہاں خدمات انجام دیں، سال بہ سال: اس سائٹ میں درج ہر تعیناتی، اس کی نفری، جانی نقصان اور ماخذ کے ساتھ۔",
        },
        alignment: Head {
            title: "پُل ریاست",
            lede: "1947 سے پاکستان نے امریکہ اور مغرب، چین، اور خلیج اور اسلامی دنیا کے درمیان کیسے توازن رکھا ہے، اور غزہ کا فیصلہ اس توازن کا کیا امتحان ہے۔ ہر نقطہ کوڈ کیے گئے شواہد پر مبنی ہے؛ وزن بدلیں تو راستہ نئے سرے سے نکلتا ہے۔",
        },
        sources: Head {
            title: "ماخذ، ڈیٹا اور فرہنگ",
            lede: "اس سائٹ کا ہر واقعہ، مشن، عدد، اقتباس اور کوڈنگ اسی فہرستِ ماخذ کے اندراجات کا حوالہ دیتی ہے۔",
        },
        about: Head {
            title: "اس وضاحتی سائٹ کے بارے میں",
            lede: "یہ سائٹ کیسے بنی، اس کا حوالہ کیسے دیں، اسے دوبارہ کیسے استعمال کریں اور اپنی ویب سائٹ میں کیسے شامل (ایمبیڈ) کریں۔",
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
    dates: DateWords {
        months_short: MONTHS,
        months_long: MONTHS,
        circa: "تقریباً ",
        onward: " سے جاری",
    },
    full_stop: "۔",
};
