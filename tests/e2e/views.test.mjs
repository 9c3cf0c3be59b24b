// The views show before they ask (issue 18), in a real browser at 1280x900
// and 390x844: each view's graphic in the first screen; the timeline's strip
// draws one mark per event and stays in view while the list scrolls; the Gaza
// force is on the map, on its own and named; no control under 24x24 px and no
// SVG text under 12 px on a phone; choosing an event or a deployment keeps the
// reader's place; the palette keeps its contrast in both themes.
import { test, before, after, afterEach } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { ROOT, SITES, serve, launch, openPage, ready, problems, axeViolations, closePages } from "./lib.mjs";

const EVENTS = JSON.parse(fs.readFileSync(path.join(ROOT, "content/events.json"), "utf8")).events;
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };
const GRAPHIC = { "/timeline": "#tl-strip .tl-plot", "/map": "#map-frame", "/alignment": ".multiples" };

let browser, srv;
before(async () => { browser = await launch(); srv = await serve(SITES[0].dir); });
afterEach(closePages);
after(async () => { await browser?.close(); await srv?.close(); });

async function open(route, viewport, opts = {}) {
  const page = await openPage(browser, { viewport, ...opts });
  await page.goto(`${srv.origin}${route}`);
  await ready(page);
  return page;
}
const box = (page, sel) => page.$eval(sel, (e) => { const r = e.getBoundingClientRect(); return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, width: r.width, height: r.height }; });

for (const viewport of [DESKTOP, PHONE]) {
  test(`${viewport.width}x${viewport.height}: each view's graphic is in the first screen`, async () => {
    for (const [route, sel] of Object.entries(GRAPHIC)) {
      const page = await open(`${route}/`, viewport);
      const b = await box(page, sel);
      assert.ok(b.width > viewport.width * 0.45, `${route}: the graphic is large (${b.width} px)`);
      assert.ok(b.top >= 0 && b.top + Math.min(b.height, 150) <= viewport.height,
        `${route}: ${sel} starts at ${b.top.toFixed(0)} px, in the first ${viewport.height} px`);
      // the controls and the share tools come after it
      const share = await box(page, ".share-bar");
      assert.ok(share.top > b.top, `${route}: "Share & data" is under the graphic`);
      assert.deepEqual(problems(page), [], route);
      await page.context().close();
    }
  });
}

test("the timeline's strip draws one mark per event and stays in view while the list scrolls, marking the year read", async () => {
  for (const viewport of [DESKTOP, PHONE]) {
    const page = await open("/timeline/", viewport);
    const onAxis = EVENTS.filter((e) => !e.after_resolution);
    const marks = await page.$$eval("#tl-strip-marks [role=option]", (es) => es.map((e) => e.id.slice(3)));
    assert.equal(marks.length, onAxis.length, `${viewport.width}: one mark per event`);
    assert.deepEqual([...marks].sort(), onAxis.map((e) => e.id).sort());
    // every mark is drawn inside the strip, none hidden
    const outside = await page.$$eval("#tl-strip-marks [role=option]", (es) => {
      const s = document.querySelector("#tl-strip .tl-plot").getBoundingClientRect();
      return es.filter((e) => { const r = e.getBoundingClientRect(); return r.width === 0 || r.left < s.left - 6 || r.right > s.right + 6 || r.top < s.top - 6 || r.bottom > s.bottom + 6; }).map((e) => e.id);
    });
    assert.deepEqual(outside, [], `${viewport.width}: marks inside the strip`);
    // deep in the list, the strip is still at the top of the screen, marking the year read
    const deep = onAxis[Math.floor(onAxis.length * 0.6)];
    await page.$eval(`#li-${deep.id}`, (b) => b.scrollIntoView({ block: "center" }));
    await page.waitForFunction(() => document.querySelector(".tl-cursor.reading"));
    const strip = await box(page, "#tl-strip");
    assert.ok(strip.top >= -1 && strip.top < 4 && strip.bottom < viewport.height / 3, `${viewport.width}: the strip stays at the top (${strip.top}..${strip.bottom})`);
    const cursor = await box(page, ".tl-cursor");
    assert.ok(cursor.width > 0 && cursor.top >= strip.top, "the year being read is marked");
    // its era is named (the narrow strip's caption says which)
    if (viewport.width < 600) assert.doesNotMatch(await page.textContent(".tl-era-caption"), /eras, 1947/);
    assert.deepEqual(problems(page), []);
    await page.context().close();
  }
});

test("the Gaza force is on the map at the default view, on its own and named (desktop and phone)", async () => {
  for (const viewport of [DESKTOP, PHONE]) {
    const page = await open("/map/", viewport);
    assert.equal(await page.$('.marker.cluster[data-members~="gaza-isf"]'), null, `${viewport.width}: not in a cluster`);
    const frame = await box(page, "#map-frame");
    const m = await box(page, "#mk-gaza-isf");
    assert.ok(m.left >= frame.left && m.right <= frame.right && m.top >= frame.top && m.bottom <= frame.bottom, `${viewport.width}: inside the frame`);
    assert.ok(m.width >= 24 && m.height >= 24, "a 24x24 target");
    // nothing covers it: a click reaches it
    const hit = await page.evaluate(([x, y]) => document.elementFromPoint(x, y)?.closest("button")?.id, [m.left + m.width / 2, m.top + m.height / 2]);
    assert.equal(hit, "mk-gaza-isf");
    const label = await page.$('.map-label[data-mission="gaza-isf"]');
    assert.ok(label && (await label.isVisible()), `${viewport.width}: named`);
    assert.match(await label.textContent(), /ISF/);
    if (viewport.width > 600) assert.match(await label.textContent(), /no Pakistani troops committed/);
    const l = await label.boundingBox();
    assert.ok(l.x >= frame.left && l.x + l.width <= frame.right + 1, "the name is inside the frame");
    assert.match(await page.getAttribute("#mk-gaza-isf", "aria-label"), /no Pakistani troops committed/);
    assert.deepEqual(problems(page), []);
    await page.context().close();
  }
});

/** Visible controls in <main> under 24x24 px (links inside running text are exempt, as in WCAG 2.5.8). */
const smallControls = (page) => page.evaluate(() => {
  const sel = "button, input:not([type=hidden]), select, summary, textarea, [role=button], [tabindex='0'], a";
  const small = [];
  for (const el of document.querySelectorAll(`main :is(${sel})`)) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0 || getComputedStyle(el).visibility === "hidden") continue;
    if (el.tagName === "A") {
      const line = el.closest("p, li, dd, figcaption, td, th, blockquote")?.textContent.trim() || "";
      if (line.length > el.textContent.trim().length + 2) continue; // inline in a sentence
    }
    if (r.width < 23.5 || r.height < 23.5) small.push(`${el.tagName.toLowerCase()}${el.id ? "#" + el.id : ""} "${el.textContent.trim().slice(0, 30)}" ${r.width.toFixed(0)}x${r.height.toFixed(0)}`);
  }
  return small;
});
/** Rendered size (px) of every visible SVG text in <main>. */
const svgTextSizes = (page) => page.evaluate(() => [...document.querySelectorAll("main svg text")]
  .filter((t) => t.getBoundingClientRect().width > 0 && t.textContent.trim())
  .map((t) => { const m = t.getScreenCTM(); return parseFloat(getComputedStyle(t).fontSize) * (m ? Math.hypot(m.a, m.b) : 1); }));

test("390 px: no visible control in main under 24x24 px and no SVG text under 12 px, with the views' panels open", async () => {
  for (const route of ["/timeline/?event=un-membership", "/map/?mission=unosom&year=1993", "/alignment/?option=" + JSON.parse(fs.readFileSync(path.join(ROOT, "content/scenarios.json"), "utf8")).scenarios[0].id]) {
    const page = await open(route, PHONE);
    await page.click(".share-bar > summary");
    if (route.startsWith("/timeline")) await page.click(".tl-filter-toggle");
    assert.deepEqual(await smallControls(page), [], route);
    const small = (await svgTextSizes(page)).filter((s) => s < 11.95);
    assert.deepEqual(small, [], `${route}: SVG text under 12 px`);
    assert.deepEqual(problems(page), [], route);
    await page.context().close();
  }
});

test("opening an event deep in the list keeps the reader's place (desktop and phone)", async () => {
  for (const viewport of [DESKTOP, PHONE]) {
    const page = await open("/timeline/", viewport);
    const ids = EVENTS.filter((e) => !e.after_resolution).map((e) => e.id);
    const id = ids[Math.floor(ids.length * 0.6)];
    await page.$eval(`#li-${id}`, (b) => b.scrollIntoView({ block: "center" }));
    await page.waitForTimeout(200);
    const before = (await box(page, `#li-${id}`)).top;
    await page.click(`#li-${id}`);
    await page.waitForSelector("#tl-detail");
    await page.waitForTimeout(300);
    const after = (await box(page, `#li-${id}`)).top;
    assert.ok(Math.abs(after - before) < 40, `${viewport.width}: the item moved ${after - before} px`);
    const detail = await box(page, "#tl-detail");
    assert.ok(detail.top < viewport.height && detail.top > 0, "the detail opens on screen, under the item");
    // closing it leaves the reader there too
    await page.click("#tl-detail .tl-close");
    await page.waitForTimeout(200);
    assert.ok(Math.abs((await box(page, `#li-${id}`)).top - before) < 40, "closing keeps the place");
    assert.deepEqual(problems(page), []);
    await page.context().close();
  }
});

test("choosing a deployment keeps the reader's place; on a phone the card is a sheet with the map in view", async () => {
  // from the table, deep in the page: the card shows, the page does not jump
  for (const viewport of [DESKTOP, PHONE]) {
    const page = await open("/map/", viewport);
    await page.$eval("#row-unmil", (b) => b.scrollIntoView({ block: "center" }));
    await page.waitForTimeout(200);
    const y = await page.evaluate(() => scrollY);
    await page.click("#row-unmil");
    await page.waitForSelector(".map-card[data-mission='unmil']");
    await page.waitForTimeout(300);
    assert.ok(Math.abs((await page.evaluate(() => scrollY)) - y) < 40, `${viewport.width}: the page stays where it was`);
    const card = await box(page, ".map-card");
    assert.ok(card.top < viewport.height && card.bottom > 0, `${viewport.width}: the card is on screen`);
    await page.context().close();
  }
  // on a phone, choosing on the map: the card is a sheet and the map stays in view above it
  const page = await open("/map/", PHONE);
  await page.$eval("#map-frame", (f) => f.scrollIntoView({ block: "start" }));
  await page.click("#mk-gaza-isf");
  await page.waitForSelector(".map-card[data-mission='gaza-isf']");
  await page.waitForTimeout(300);
  const card = await box(page, ".map-card");
  const frame = await box(page, "#map-frame");
  assert.ok(card.bottom >= PHONE.height - 1 && card.top > PHONE.height * 0.4, `the card is a sheet at the foot (${card.top}..${card.bottom})`);
  assert.ok(Math.min(frame.bottom, card.top) - Math.max(frame.top, 0) > 150, "at least 150 px of the map stay in view above it");
  assert.deepEqual(await axeViolations(page), [], "sheet open");
  await page.keyboard.press("Escape");
  await page.waitForSelector(".map-card.empty", { state: "attached" });
  assert.equal(await page.evaluate(() => document.activeElement?.id), "mk-gaza-isf");
  assert.deepEqual(problems(page), []);
});

test("axe finds no violation on the new layouts at 390 px, light and dark, with panels open", async () => {
  for (const colorScheme of ["light", "dark"]) {
    for (const route of ["/timeline/?event=resolution-2803", "/map/?mission=unosom&year=1993", "/alignment/?year=1971"]) {
      const page = await open(route, PHONE, { colorScheme });
      await page.click(".share-bar > summary");
      assert.deepEqual(await axeViolations(page), [], `${route} ${colorScheme}`);
      await page.context().close();
    }
  }
});

test("the palette: every token keeps its contrast in both themes (4.5:1 for text colours, 3:1 for a fill)", async () => {
  const lum = (rgb) => {
    const [r, g, b] = rgb.map((c) => { c /= 255; return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const ratio = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
  for (const colorScheme of ["light", "dark"]) {
    const page = await open("/alignment/", DESKTOP, { colorScheme });
    const tokens = await page.evaluate(() => {
      const probe = document.createElement("span");
      document.body.append(probe);
      const read = (name) => { probe.style.color = `var(${name})`; return getComputedStyle(probe).color.match(/\d+/g).slice(0, 3).map(Number); };
      const names = ["--cat-war", "--cat-alliance", "--cat-peacekeeping", "--cat-diplomacy", "--cat-gaza-2025", "--cat-domestic",
        "--partner-west", "--partner-china", "--partner-gulf", "--pressure", "--dep-ended", "--bg", "--surface", "--surface-2"];
      return Object.fromEntries(names.map((n) => [n, read(n)]));
    });
    for (const [name, rgb] of Object.entries(tokens)) {
      if (["--bg", "--surface", "--surface-2"].includes(name)) continue;
      const need = name === "--dep-ended" ? 3 : 4.5;
      for (const ground of ["--bg", "--surface", "--surface-2"]) {
        const r = ratio(rgb, tokens[ground]);
        assert.ok(r >= need, `${colorScheme}: ${name} on ${ground} is ${r.toFixed(2)}:1 (needs ${need})`);
      }
    }
    // partner colours are used nowhere else: no other token has the same value
    const partners = ["--partner-west", "--partner-china", "--partner-gulf"].map((n) => tokens[n].join());
    const others = Object.entries(tokens).filter(([n]) => !n.startsWith("--partner")).map(([, v]) => v.join());
    assert.ok(partners.every((p) => !others.includes(p)), "partner colours are their own");
    await page.context().close();
  }
});

// issue 15: a view starts at the width its prerendered graphic had on this
// screen (src/browser/hooks.rs use_element_width): on a phone the map's
// markers are laid out once, for the phone, and not first for a desktop-wide
// frame and again once measured (a forced layout of the half-drawn page).
test("390 px: the map's app draws its markers for the phone's width at once, not again once measured", async () => {
  const page = await openPage(browser, { viewport: PHONE });
  await page.addInitScript(() => {
    window.__redrawn = 0;
    new MutationObserver((list) => {
      if (document.documentElement.getAttribute("data-app") !== "ready") return;
      for (const m of list) if (m.target.closest?.("#map-frame")) window.__redrawn++;
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(`${srv.origin}/map/`);
  assert.ok(await page.$("body[data-prerendered] #map-frame[data-measured]"), "the prerendered map, its width to be kept");
  await ready(page);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 300)))));
  assert.equal(await page.evaluate(() => window.__redrawn), 0, "nothing of the map is drawn again after the app started");
  const w = await page.$eval("#map-frame", (e) => e.clientWidth);
  assert.ok(w < 400, `the frame is the phone's (${w} px)`);
  assert.deepEqual(problems(page), []);
});
