#!/usr/bin/env python3
"""Generates the site's self-hosted web fonts: subset WOFF2 files in assets/fonts/
and the @font-face block of assets/style.css (between the `fonts:` markers).

The output is committed, so a build needs neither Python nor this script. Run it
again only to change the faces, the character set or the fallbacks:

    pip install fonttools brotli        # fontTools' subsetter, WOFF2 compression
    npm ci                              # the faces: @fontsource/* (package.json)
    python3 scripts/fonts.py            # rewrites assets/fonts/ and the CSS block
    python3 scripts/fonts.py --check    # fails if a content/ character is not covered

Faces (SIL Open Font License 1.1, Adobe): Source Serif 4 for reading (regular,
italic, bold) and Source Sans 3 for the interface (one variable file, weights
400-700). Each is cut to the characters the site uses:
  - printable ASCII, Latin-1 (accented letters, non-breaking space, middle dot,
    multiplication sign), the dashes, curly quotes, ellipsis, bullet, primes,
    guillemets, minus sign, arrows, and every other character found in content/,
    the interface strings (src/) and the page shell, in one "latin" file per face;
  - Latin Extended-A (names such as Ā, ī, Ş, ž) in a second small file per face,
    which a browser downloads only for a page that uses one of those letters
    (`unicode-range`).
Symbols drawn as icons (▲ ▼ ◀ ▶ ↕ ✕) and other scripts (the Urdu edition's
Arabic script) are left to the system fonts.

Loading (no layout shift, no wait for the first paint): `font-display: optional`
(a face that is not there almost at once is not swapped in later), and for each
face a metric-compatible fallback: the local Times New Roman / Arial (or their
metric twins Liberation Serif / Sans, Tinos / Arimo) scaled with `size-adjust`
and `ascent-override`/`descent-override` so that a line of text keeps about the
same length and height in either. The overrides are measured here from the font
files (the Liberation fonts, Debian package fonts-liberation, stand for Times New
Roman and Arial, whose advance widths they copy).
"""
import argparse
import hashlib
import io
import pathlib
import re
import sys

try:
    from fontTools import subset
    from fontTools.ttLib import TTFont
except ImportError:  # pragma: no cover
    sys.exit("fonts.py needs fontTools and brotli: pip install fonttools brotli")

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "assets" / "fonts"
CSS = ROOT / "assets" / "style.css"
NM = ROOT / "node_modules"
LIBERATION = pathlib.Path("/usr/share/fonts/truetype/liberation")

# family name in CSS -> (css family, fallback family, faces)
# face: (weight, style, npm file stem for latin, for latin-ext, fallback local names, liberation file)
SERIF_FILES = NM / "@fontsource" / "source-serif-4" / "files"
SANS_FILES = NM / "@fontsource-variable" / "source-sans-3" / "files"
FACES = [
    # family, weight, style, source (latin), source (latin-ext), fallback family, local() names, metric twin
    ("Source Serif 4", "400", "normal", SERIF_FILES / "source-serif-4-latin-400-normal.woff2",
     SERIF_FILES / "source-serif-4-latin-ext-400-normal.woff2", "Source Serif 4 Fallback",
     ["Times New Roman", "TimesNewRomanPSMT", "Liberation Serif", "Tinos"], "LiberationSerif-Regular.ttf"),
    ("Source Serif 4", "400", "italic", SERIF_FILES / "source-serif-4-latin-400-italic.woff2",
     SERIF_FILES / "source-serif-4-latin-ext-400-italic.woff2", "Source Serif 4 Fallback",
     ["Times New Roman Italic", "TimesNewRomanPS-ItalicMT", "Liberation Serif Italic", "Tinos Italic"],
     "LiberationSerif-Italic.ttf"),
    ("Source Serif 4", "700", "normal", SERIF_FILES / "source-serif-4-latin-700-normal.woff2",
     SERIF_FILES / "source-serif-4-latin-ext-700-normal.woff2", "Source Serif 4 Fallback",
     ["Times New Roman Bold", "TimesNewRomanPS-BoldMT", "Liberation Serif Bold", "Tinos Bold"],
     "LiberationSerif-Bold.ttf"),
    # one variable file for every interface weight; its fallbacks are Arial's two weights
    ("Source Sans 3", "400 700", "normal", SANS_FILES / "source-sans-3-latin-wght-normal.woff2",
     SANS_FILES / "source-sans-3-latin-ext-wght-normal.woff2", "Source Sans 3 Fallback",
     None, None),
]
# the sans fallback: Arial regular for 400-500, bold for 600-700
SANS_FALLBACKS = [
    ("400", ["Arial", "ArialMT", "Liberation Sans", "Arimo"], "LiberationSans-Regular.ttf", 400),
    ("700", ["Arial Bold", "Arial-BoldMT", "Liberation Sans Bold", "Arimo Bold"], "LiberationSans-Bold.ttf", 650),
]

ICONS = set("▲▼◀▶↕✕↗")
BASE = (
    {chr(c) for c in range(0x20, 0x7F)}
    | {chr(c) for c in range(0xA0, 0x100)}
    | set("‐‑‒–—―‘’‚“”„•…′″‹›−←↑→↓€™")
)
LATIN_EXT = {chr(c) for c in range(0x100, 0x180)} | {chr(c) for c in range(0x218, 0x21C)}
FEATURES = ["kern", "liga", "calt", "ccmp", "locl", "mark", "mkmk", "tnum", "pnum", "lnum", "rvrn"]


def used_characters():
    """Every character of content/ and of the interface (src/, index.html, assets/*.js)."""
    files = [p for p in (ROOT / "content").rglob("*") if p.suffix in (".json", ".md") and "schemas" not in p.parts]
    files += list((ROOT / "src").rglob("*.rs")) + [ROOT / "index.html"] + list((ROOT / "assets").glob("*.js"))
    chars = set()
    for p in files:
        chars |= set(p.read_text(encoding="utf-8"))
    return {c for c in chars if c.isprintable() and c != "\ufeff"}


def content_characters():
    files = [p for p in (ROOT / "content").rglob("*") if p.suffix in (".json", ".md") and "schemas" not in p.parts]
    chars = set()
    for p in files:
        chars |= {c for c in p.read_text(encoding="utf-8") if c.isprintable()}
    return chars


def cut(src, chars):
    font = TTFont(src, recalcTimestamp=False)  # the same input gives the same bytes
    cmap = font.getBestCmap()
    have = {c for c in chars if ord(c) in cmap}
    opts = subset.Options()
    opts.flavor = "woff2"
    opts.layout_features = FEATURES
    opts.layout_scripts = ["latn", "DFLT"]
    opts.hinting = False
    opts.name_IDs = [0, 1, 2, 3, 4, 5, 6]  # copyright, names, version: the licence stays identifiable
    opts.name_languages = [0x409]
    opts.notdef_outline = True
    opts.drop_tables += ["STAT", "BASE"]
    sub = subset.Subsetter(opts)
    sub.populate(unicodes=[ord(c) for c in have])
    sub.subset(font)
    buf = io.BytesIO()
    font.flavor = "woff2"
    font.save(buf)
    return buf.getvalue(), have


def unicode_range(chars):
    cps = sorted(ord(c) for c in chars)
    out, start, prev = [], None, None
    for cp in cps:
        if start is None:
            start = prev = cp
        elif cp == prev + 1:
            prev = cp
        else:
            out.append((start, prev))
            start = prev = cp
    if start is not None:
        out.append((start, prev))
    return ", ".join(f"U+{a:04X}" if a == b else f"U+{a:04X}-{b:04X}" for a, b in out)


SAMPLE = None


def sample_text():
    """English running text of the story, for the average character width."""
    global SAMPLE
    if SAMPLE is None:
        text = " ".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "content" / "chapters").glob("*.md")))
        text = re.sub(r"\[@[^\]]*\]|^---.*?^---|[#*|\[\]()]", " ", text, flags=re.S | re.M)
        SAMPLE = re.sub(r"\s+", " ", text)
    return SAMPLE


def metrics(path, wght=None):
    font = TTFont(path)
    if wght is not None and "fvar" in font:
        from fontTools.varLib.instancer import instantiateVariableFont
        font = instantiateVariableFont(font, {"wght": wght})
    upm = font["head"].unitsPerEm
    cmap, hmtx = font.getBestCmap(), font["hmtx"]
    widths = [hmtx[cmap[ord(c)]][0] for c in sample_text() if ord(c) in cmap]
    hhea = font["hhea"]
    return {
        "avg": sum(widths) / len(widths) / upm,
        "ascent": hhea.ascent / upm,
        "descent": -hhea.descent / upm,
        "gap": hhea.lineGap / upm,
    }


def fallback_face(family, weight, style, names, twin, web):
    fb = metrics(LIBERATION / twin)
    size = web["avg"] / fb["avg"]
    src = ", ".join(f'local("{n}")' for n in names)
    return (
        f'@font-face {{ font-family: "{family}"; src: {src}; font-weight: {weight}; font-style: {style}; '
        f"size-adjust: {size * 100:.2f}%; ascent-override: {web['ascent'] / size * 100:.2f}%; "
        f"descent-override: {web['descent'] / size * 100:.2f}%; line-gap-override: {web['gap'] / size * 100:.2f}%; }}"
    )


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true", help="only check that the committed fonts cover content/")
    args = ap.parse_args()

    used = used_characters()
    latin = (BASE | {c for c in used if c not in LATIN_EXT}) - ICONS
    if args.check:
        css = CSS.read_text(encoding="utf-8")
        covered = set()
        for m in re.finditer(r"unicode-range: ([^;]+);", css):
            for part in m.group(1).split(","):
                a, _, b = part.strip()[2:].partition("-")
                covered |= {chr(c) for c in range(int(a, 16), int(b or a, 16) + 1)}
        # only what the faces could draw: other scripts (the Urdu edition's Arabic
        # script) are left to the reader's system fonts
        drawable = set()
        for *_, src_latin, src_ext, _fb, _names, _twin in FACES:
            for src in (src_latin, src_ext):
                drawable |= {chr(cp) for cp in TTFont(src).getBestCmap()}
        missing = sorted(c for c in content_characters() if c in drawable and c not in covered and c not in ICONS)
        if missing:
            sys.exit(f"fonts.py --check: not in the fonts: {' '.join(missing)} (run python3 scripts/fonts.py)")
        print("fonts.py --check: every character of content/ that the faces have is covered")
        return

    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.woff2"):
        old.unlink()
    rules, fallbacks, total = [], [], 0
    report = []
    for family, weight, style, src_latin, src_ext, fb_family, names, twin in FACES:
        stem = f"{family.lower().replace(' ', '-')}-{'var' if ' ' in weight else weight}-{style}"
        for part, src, chars in (("latin", src_latin, latin), ("latin-ext", src_ext, LATIN_EXT)):
            data, have = cut(src, chars)
            name = f"{stem}-{part}.{hashlib.sha256(data).hexdigest()[:8]}.woff2"
            (OUT / name).write_bytes(data)
            if part == "latin":
                total += len(data)
            report.append(f"  {name}: {len(data):,} bytes, {len(have)} characters")
            rules.append(
                f'@font-face {{ font-family: "{family}"; src: url("fonts/{name}") format("woff2"); '
                f"font-weight: {weight}; font-style: {style}; font-display: optional; "
                f"unicode-range: {unicode_range(have)}; }}"
            )
        if names:
            fallbacks.append(fallback_face(fb_family, weight, style, names, twin, metrics(src_latin)))
        else:
            for w, fb_names, fb_twin, at in SANS_FALLBACKS:
                fallbacks.append(fallback_face(fb_family, w, style, fb_names, fb_twin, metrics(src_latin, at)))
    block = "\n".join(
        [
            "/* fonts: generated by scripts/fonts.py (do not edit by hand). Source Serif 4 and",
            "   Source Sans 3 (SIL OFL 1.1), subset to the site's characters; metric-compatible",
            "   local fallbacks keep line lengths and heights when a face is not (yet) there. */",
            *rules,
            *fallbacks,
            "/* end fonts */",
        ]
    )
    css = CSS.read_text(encoding="utf-8")
    pattern = re.compile(r"/\* fonts: generated by scripts/fonts\.py.*?/\* end fonts \*/", re.S)
    if not pattern.search(css):
        sys.exit("assets/style.css has no `/* fonts: generated ... */ ... /* end fonts */` block to replace")
    CSS.write_text(pattern.sub(lambda _: block, css), encoding="utf-8")
    print("\n".join(report))
    print(f"latin faces together: {total:,} bytes (what a reader of English pages can download at most)")


if __name__ == "__main__":
    main()
