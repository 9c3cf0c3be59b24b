// The story's charts and citations in place (issue 17, items 1 and 2) in a
// real browser: the first chart is in the first screen on desktop and within
// the first two on a phone; every chart is a figure with a title, a caption
// with its sources and a text alternative, and passes axe in both themes;
// the new inline SVG stays within 25 KB gzip; citations are one target of at
// least 24x24 px per group, show their sources in a popover on hover, focus
// and tap (dismissed with Escape), and following one after the app started
// lands on its entry in the bibliography.
import { test, before, after, afterEach } from "node:test";
import assert from "node:assert/strict";
import zlib from "node:zlib";
import { SITES, serve, launch, openPage, ready, problems, axeViolations, closePages } from "./lib.mjs";

let browser, srv;
before(async () => { browser = await launch(); srv = await serve(SITES[0].dir); });
afterEach(closePages);
after(async () => { await browser?.close(); await srv?.close(); });

async function story(opts = {}) {
  const page = await openPage(browser, opts);
  await page.goto(`${srv.origin}/`);
  await ready(page);
  return page;
}

test("charts: the hero is in the first screen on desktop and within the first two on a phone", async () => {
  for (const [width, height, screens] of [[1280, 900, 1], [390, 844, 2]]) {
    const page = await story({ viewport: { width, height } });
    const box = await page.locator("#fig-contribution").boundingBox();
    assert.ok(box, "the hero chart is on the story");
    assert.ok(box.y < screens * height, `${width} px: the hero starts at ${box.y} px`);
    // its drawing is visible (one of the two layouts, by width)
    const svg = await page.locator("#fig-contribution svg.chart-svg:visible").boundingBox();
    assert.ok(svg.y < screens * height, `${width} px: the drawing starts at ${svg.y} px`);
    assert.ok(svg.width > 0.8 * Math.min(width - 32, 704), `${width} px: drawn ${svg.width} px wide`);
  }
});

test("charts: every chart is a figure with a title, caption, sources and a text alternative", async () => {
  const page = await story();
  const figs = await page.evaluate(() => [...document.querySelectorAll("figure.chart")].map((f) => {
    const title = document.getElementById(f.getAttribute("aria-labelledby"));
    const svg = [...f.querySelectorAll("svg.chart-svg")].find((s) => s.getBoundingClientRect().width > 0);
    return {
      id: f.id,
      title: title?.textContent.trim() ?? "",
      titleInside: f.contains(title),
      caption: !!f.querySelector("figcaption"),
      desc: f.querySelector(".chart-desc")?.textContent.trim() ?? "",
      sources: f.querySelectorAll(".chart-sources li a[href*='sources#src-']").length,
      svgLabel: svg ? svg.getAttribute("role") === "img" && (svg.getAttribute("aria-label") ?? "").length > 20 : null,
      table: f.querySelectorAll("table tbody tr").length,
      list: f.querySelectorAll("ol.seats > li").length,
      dots: svg ? svg.querySelectorAll(".dot").length : 0,
    };
  }));
  const ids = figs.map((f) => f.id);
  for (const id of ["fig-contribution", "fig-vote-res-2803", "fig-compare-isf-vs-peacekeeping"]) assert.ok(ids.includes(id), `${id} in ${ids}`);
  for (const f of figs) {
    assert.ok(f.title.length > 20 && f.titleInside, `${f.id}: a title stating the finding: ${f.title}`);
    assert.ok(f.caption && f.desc.length > 20, `${f.id}: a caption with a short description`);
    assert.ok(f.sources >= 1, `${f.id}: sources in the caption`);
    // the data itself, for screen readers: a table, or the seats as a list
    assert.ok(f.table > 0 || f.list > 0, `${f.id}: the data as a table or list`);
    if (f.svgLabel !== null) assert.ok(f.svgLabel, `${f.id}: the drawing is an image with a text alternative`);
  }
  const hero = figs.find((f) => f.id === "fig-contribution");
  assert.equal(hero.dots, hero.table, "one dot per dated figure, each a row of the table");
  assert.match(hero.title, /1st/);
  const vote = figs.find((f) => f.id === "fig-vote-res-2803");
  assert.equal(vote.list, 15, "fifteen seats");
  assert.match(vote.title, /13–0–2/);
  // the hero tells UN statistics and Pakistani statements apart, and leaves gaps open
  const marks = await page.evaluate(() => {
    const svg = [...document.querySelectorAll("#fig-contribution svg.chart-svg")].find((s) => s.getBoundingClientRect().width > 0);
    return {
      un: svg.querySelectorAll(".dot.un").length,
      pk: svg.querySelectorAll(".dot.pk").length,
      lines: svg.querySelectorAll(".line.un").length,
      pairs: svg.querySelectorAll(".pair").length,
      ranks: [...svg.querySelectorAll(".rank")].map((t) => t.textContent),
      text: svg.textContent,
    };
  });
  assert.ok(marks.un > 3 && marks.pk > 3, JSON.stringify(marks));
  assert.ok(marks.lines >= 2, "the UN line is broken where no figure was found");
  assert.ok(marks.pairs >= 1, "a disagreement drawn as a pair");
  assert.ok(marks.ranks.includes("1st") && marks.ranks.length >= 3, `ranks: ${marks.ranks}`);
  assert.match(marks.text, /No figure/);
  assert.deepEqual(problems(page), []);
});

test("charts: axe finds nothing in the light and dark themes, and the new inline SVG is within 25 KB gzip", async () => {
  for (const colorScheme of ["light", "dark"]) {
    for (const width of [1280, 390]) {
      const page = await story({ colorScheme, viewport: { width, height: 900 } });
      // open the data tables and source lists too
      await page.evaluate(() => document.querySelectorAll("figure.chart details").forEach((d) => d.setAttribute("open", "")));
      const v = await axeViolations(page);
      assert.deepEqual(v, [], `${colorScheme} at ${width} px`);
      await page.close();
    }
  }
  const page = await story();
  const svg = await page.evaluate(() => [...document.querySelectorAll("figure.chart svg, svg.chart-spark")].map((s) => s.outerHTML).join(""));
  const gz = zlib.gzipSync(svg, { level: 9 }).length;
  assert.ok(gz > 500 && gz <= 25 * 1024, `inline SVG of the charts: ${gz} bytes gzip`);
});

test("citations: one target per group, at least 24x24 px at 390 px", async () => {
  const page = await story({ viewport: { width: 390, height: 844 } });
  const sizes = await page.evaluate(() => [...document.querySelectorAll(".story a.cite")].map((a) => {
    const r = a.getBoundingClientRect();
    const sup = a.closest("sup.cites");
    return { w: r.width, h: r.height, alone: sup ? sup.querySelectorAll("a").length === 1 : true, text: a.textContent };
  // those in a closed disclosure (a chart's data table) are not on screen
  }).filter((s) => s.w > 0));
  assert.ok(sizes.length > 50, `${sizes.length} citation targets`);
  const small = sizes.filter((s) => s.w < 24 || s.h < 24);
  assert.deepEqual(small, [], "every citation target is at least 24x24 px");
  assert.ok(sizes.every((s) => s.alone), "adjacent markers are one link");
  assert.ok(sizes.some((s) => /[,–]/.test(s.text)), "some groups cite several sources");
});

test("citations: hover, focus and tap show the sources in a popover, Escape dismisses it", async () => {
  const page = await story();
  const cite = page.locator(".story .prose a.cite").first();
  const ids = (await cite.getAttribute("data-source")).split(" ");
  const pop = page.locator("#cite-pop .cite-pop-box");
  await cite.scrollIntoViewIfNeeded();
  await cite.hover();
  await pop.waitFor({ state: "visible", timeout: 3000 });
  assert.equal(await pop.locator("li").count(), ids.length);
  assert.ok(await pop.locator(`a[href$="sources#src-${ids[0]}"]`).count(), "links to the bibliography entry");
  // the popover stays while the pointer moves onto it
  await pop.hover();
  await page.waitForTimeout(500);
  assert.ok(await pop.isVisible());
  await page.keyboard.press("Escape");
  await pop.waitFor({ state: "detached", timeout: 3000 });
  // keyboard: focus shows it and it is read with the citation
  await page.mouse.move(0, 0);
  await cite.focus();
  await pop.waitFor({ state: "visible", timeout: 3000 });
  assert.equal(await cite.getAttribute("aria-describedby"), "cite-pop");
  await page.keyboard.press("Escape");
  await pop.waitFor({ state: "detached", timeout: 3000 });
  assert.equal(await cite.getAttribute("aria-describedby"), null);
  assert.deepEqual(problems(page), []);

  // touch: the first tap shows the sources and stays on the page
  const phone = await story({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const c2 = phone.locator(".story .prose a.cite").first();
  await c2.scrollIntoViewIfNeeded();
  const before = phone.url();
  await c2.tap();
  const p2 = phone.locator("#cite-pop .cite-pop-box");
  await p2.waitFor({ state: "visible", timeout: 3000 });
  assert.equal(phone.url(), before, "the first tap does not leave the page");
  const box = await p2.boundingBox();
  assert.ok(box.x >= 0 && box.x + box.width <= 390, `the popover fits the screen: ${JSON.stringify(box)}`);
  await phone.locator("#cite-pop .pop-close").tap();
  await p2.waitFor({ state: "detached", timeout: 3000 });
});

test("citations: following one after the app started lands on its entry in the bibliography", async () => {
  for (const [width, height] of [[1280, 900], [390, 844]]) {
    const page = await story({ viewport: { width, height } });
    const cite = page.locator(".story .prose a.cite").nth(5);
    const id = (await cite.getAttribute("data-source")).split(" ")[0];
    await cite.scrollIntoViewIfNeeded();
    await cite.click();
    // a page load of the prerendered sources page (each view has its own app): the
    // browser takes the reader to the fragment
    await page.waitForURL(new RegExp(`/sources/?#src-${id}$`), { timeout: 5000 });
    await page.waitForFunction((id) => {
      const el = document.getElementById(`src-${id}`);
      if (!el) return false;
      const r = el.getBoundingClientRect();
      return r.top >= -2 && r.bottom <= innerHeight + 2 && r.height > 0;
    }, id, { timeout: 5000 });
    // and back: the story again
    await page.goBack();
    await page.waitForURL(`${srv.origin}/`, { timeout: 5000 });
    assert.deepEqual(problems(page), []);
  }
});

// Chapter 20's charts (issue 17, session 3): the missions as spans, the
// official totals by who gave them, and the "10%" claim against the check.
const CH20 = ["fig-mission-spans", "fig-totals", "fig-death-share"];

test("chapter 20 charts: in the prerendered story, each with its finding, table and sources", async () => {
  // in the page as served, before any script runs
  const html = await (await fetch(`${srv.origin}/`)).text();
  for (const id of CH20) assert.ok(html.includes(`id="${id}"`), `${id} is prerendered`);
  const page = await story();
  const figs = await page.evaluate((ids) => ids.map((id) => {
    const f = document.getElementById(id);
    const svg = [...f.querySelectorAll("svg.chart-svg")].find((s) => s.getBoundingClientRect().width > 0);
    return {
      id,
      title: document.getElementById(`${id}-t`).textContent,
      desc: f.querySelector(".chart-desc").textContent,
      rows: f.querySelectorAll(".chart-data tbody tr").length,
      bars: svg.querySelectorAll(".bar").length,
      approx: svg.querySelectorAll(".bar.approx").length,
      dots: svg.querySelectorAll(".dot").length,
      pairs: svg.querySelectorAll(".pair").length,
      claims: svg.querySelectorAll(".bar.claim").length,
      checks: svg.querySelectorAll(".bar.check").length,
      svgText: svg.textContent,
      label: svg.getAttribute("aria-label") ?? "",
      table: f.querySelector(".chart-data table")?.textContent ?? "",
      sources: [...f.querySelectorAll(".chart-sources li a")].map((a) => a.getAttribute("href")),
      chapter: f.closest("section, article")?.id ?? "",
    };
  }), CH20);
  const [missions, totals, share] = figs;
  // missions: one bar per row of the table, approximate spans told apart, 1960 on the axis
  assert.match(missions.title, /after the Cold War/);
  assert.ok(missions.bars >= 25 && missions.bars === missions.rows, `${missions.bars} bars, ${missions.rows} rows`);
  assert.ok(missions.approx >= 1 && missions.approx < missions.bars);
  for (const m of ["ONUC", "UNOSOM", "MONUSCO", "MINUSCA"]) {
    assert.ok(missions.svgText.includes(m) && missions.table.includes(m), `${m} drawn and in the table`);
  }
  assert.match(missions.svgText, /1960/);
  // totals: first and latest official figures in the title, the known disagreements drawn and named
  assert.match(totals.title, /142,452/);
  assert.match(totals.title, /more than 237,000/);
  assert.match(totals.title, /from 128 to 182 killed/);
  assert.equal(totals.dots, totals.rows, "one mark per statement, each a row of the table");
  assert.ok(totals.pairs >= 2, `${totals.pairs} disagreements drawn`);
  assert.match(totals.desc, /235,000 \(Armed forces \(ISPR\), May 2024\) against 230,000 \(Prime Minister, 29 May 2024\)|230,000 \(Prime Minister, 29 May 2024\) against 235,000/);
  assert.match(totals.desc, /171 .* against 168|168 .* against 171/);
  // death share: the check, not the claim
  assert.match(share.title, /128 of 2,856 is 4\.5%/);
  assert.match(share.title, /181 of more than 4,400 is 4\.1% or less/);
  assert.ok(share.claims >= 2 && share.checks === share.claims, `${share.claims} claims, ${share.checks} checks`);
  assert.match(share.svgText, /about 10%/);
  assert.match(share.table, /128/);
  for (const f of figs) {
    assert.ok(f.label.startsWith("Chart: ") && f.label.length > 60, `${f.id}: the drawing has a text alternative`);
    assert.ok(f.sources.length >= 2, `${f.id}: sources in the caption`);
  }
  // every source link lands on an entry of the bibliography
  const ids = [...new Set(figs.flatMap((f) => f.sources))].map((h) => h.split("#")[1]);
  const sources = await openPage(browser);
  await sources.goto(`${srv.origin}/sources`);
  const missing = await sources.evaluate((ids) => ids.filter((id) => !document.getElementById(id)), ids);
  assert.deepEqual(missing, [], "source links that land nowhere");
  // and following one does land there
  const link = page.locator("#fig-death-share .chart-sources a").first();
  const href = await link.getAttribute("href");
  await page.locator("#fig-death-share .chart-sources summary").click();
  await link.click();
  // a page load of the prerendered sources page (its address may gain a slash)
  await page.waitForURL(new RegExp(`/sources/?#${href.split("#")[1]}$`), { timeout: 10000 });
  await page.waitForFunction((id) => {
    const r = document.getElementById(id)?.getBoundingClientRect();
    return r && r.height > 0 && r.top >= -2 && r.bottom <= innerHeight + 2;
  }, href.split("#")[1], { timeout: 5000 });
  assert.deepEqual(problems(page), []);
});

test("charts: no chart text is drawn under 12 px at 390 px, and print shows every chart", async () => {
  const page = await story({ viewport: { width: 390, height: 844 } });
  const small = await page.evaluate(() => [...document.querySelectorAll("figure.chart svg.chart-svg")]
    .filter((s) => s.getBoundingClientRect().width > 0)
    .flatMap((s) => {
      const scale = s.getBoundingClientRect().width / s.viewBox.baseVal.width;
      return [...s.querySelectorAll("text")].map((t) => ({
        fig: s.closest("figure").id,
        text: t.textContent,
        px: parseFloat(getComputedStyle(t).fontSize) * scale,
      }));
    })
    .filter((t) => t.px < 11.99));
  assert.deepEqual(small, [], "SVG text under 12 px at 390 px");
  // and none runs out of its drawing
  const out = await page.evaluate(() => [...document.querySelectorAll("figure.chart svg.chart-svg")]
    .filter((s) => s.getBoundingClientRect().width > 0)
    .flatMap((s) => {
      const b = s.getBoundingClientRect();
      return [...s.querySelectorAll("text")].filter((t) => {
        const r = t.getBoundingClientRect();
        return r.left < b.left - 1 || r.right > b.right + 1;
      }).map((t) => `${s.closest("figure").id}: ${t.textContent}`);
    }));
  assert.deepEqual(out, [], "SVG text outside its drawing at 390 px");
  await page.emulateMedia({ media: "print" });
  const shown = await page.evaluate(() => [...document.querySelectorAll("figure.chart")].map((f) => {
    const svg = [...f.querySelectorAll("svg.chart-svg")].find((s) => s.getBoundingClientRect().width > 0);
    return { id: f.id, h: f.getBoundingClientRect().height, svg: f.querySelector("svg.chart-svg") ? !!svg : true };
  }));
  for (const id of ["fig-contribution", ...CH20]) assert.ok(shown.some((f) => f.id === id), `${id} printed`);
  for (const f of shown) assert.ok(f.h > 100 && f.svg, `${f.id} shows in print: ${JSON.stringify(f)}`);
});

test("map: the small line under the year slider moves its cursor with the year, none before the figures, mirrored in Urdu", async () => {
  const page = await openPage(browser, { viewport: { width: 1280, height: 900 } });
  /** The cursor's x as a share of the small line's width, or null when there is none. */
  const at = () => page.evaluate(() => {
    const svg = document.querySelector(".map-controls .spark svg.chart-spark");
    const c = svg?.querySelector(".cursor");
    if (!c) return null;
    const s = svg.getBoundingClientRect(), r = c.getBoundingClientRect();
    return (r.x + r.width / 2 - s.x) / s.width;
  });
  const slide = (y) => page.$eval("#map-year", (el, v) => { el.value = v; el.dispatchEvent(new Event("input", { bubbles: true })); }, String(y));
  await page.goto(`${srv.origin}/map?year=2010`);
  assert.match(await page.innerText(".map-controls .spark"), /Pakistanis on UN duty\s+2004\s+2026/);
  // a URL with state starts the app after load, which draws the year's cursor (on a busy machine, later)
  await page.waitForSelector(".map-controls .spark svg.chart-spark .cursor", { state: "attached", timeout: 20000 });
  const prerendered = await at();
  assert.ok(prerendered > 0.2 && prerendered < 0.4, `2010 sits about a third in: ${prerendered}`);
  await ready(page);
  assert.equal(await at(), prerendered, "the app draws the same cursor");
  await slide(2020);
  await page.waitForFunction((p) => {
    const c = document.querySelector(".map-controls .spark .cursor");
    return c && c.getBoundingClientRect().x > p;
  }, 0);
  const later = await at();
  assert.ok(later > prerendered + 0.3, `2020 is further right: ${later}`);
  await slide(1993);
  await page.waitForFunction(() => !document.querySelector(".map-controls .spark .cursor"));
  // every deployment: no year, no cursor
  await page.check("input[name=map-mode][value=all]");
  assert.equal(await at(), null);
  assert.deepEqual(problems(page), []);
  // Urdu: the same year, mirrored (earlier years on the right, as the slider runs)
  await page.goto(`${srv.origin}/ur/map?year=2010`);
  await ready(page);
  const ur = await at();
  assert.ok(Math.abs(ur - (1 - prerendered)) < 0.02, `mirrored: ${ur} vs ${prerendered}`);
  assert.doesNotMatch(await page.innerText(".map-controls .spark"), /[A-Za-z]/);
  await page.close();
});

test("charts on Urdu pages run right to left: the hero's earliest year on the right, every chart's labels inside its drawing (1280 and 390 px)", async () => {
  for (const width of [1280, 390]) {
  const page = await openPage(browser, { viewport: { width, height: 900 } });
  /** The hero's year ticks as [year, x of its centre] of the drawing shown, and labels outside it. */
  const years = () => page.evaluate(() => {
    const shown = [...document.querySelectorAll("svg.chart-svg")].filter((s) => s.getBoundingClientRect().width > 0);
    // every chart's labels (the story's charts), then the hero's year ticks
    const out = shown.flatMap((svg) => {
      const box = svg.getBoundingClientRect();
      return [...svg.querySelectorAll("text")].filter((t) => {
        const r = t.getBoundingClientRect();
        return r.left < box.left - 1 || r.right > box.right + 1;
      }).map((t) => `${svg.closest("figure")?.id}: ${t.textContent}`);
    });
    const svg = shown.find((s) => s.closest("#fig-contribution"));
    const texts = [...svg.querySelectorAll("text")];
    const ticks = texts.filter((t) => /^(19|20)\d\d$/.test(t.textContent.trim()))
      .map((t) => { const r = t.getBoundingClientRect(); return [+t.textContent, r.x + r.width / 2]; })
      .sort((a, b) => a[0] - b[0]);
    return { ticks, out };
  });
  for (const [path, rtl] of [["/", false], ["/ur/", true]]) {
    await page.goto(`${srv.origin}${path}`);
    const { ticks, out } = await years();
    assert.ok(ticks.length >= 2, `${path}: year ticks ${JSON.stringify(ticks)}`);
    const [first, last] = [ticks[0], ticks[ticks.length - 1]];
    assert.equal(first[1] > last[1], rtl, `${path}: ${first[0]} at x ${first[1]}, ${last[0]} at x ${last[1]}`);
    assert.deepEqual(out, [], `${path} at ${width} px: labels outside the drawing`);
  }
  await page.close();
  }
});
