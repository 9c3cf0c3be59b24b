// What every page runs, with no app. It is deferred (it runs once the page has
// been read in, before DOMContentLoaded), so it never holds back the first
// paint; what must come before that paint is the small inline script in the
// <head> (index.html): the stored theme, html[data-fonts] and
// html[data-fonts-ur] once the faces were fetched, and an embed's ?theme=.
// 1. The theme: the header's Theme menu, the prerendered one or an app's copy
//    (src/components/chrome.rs), is handled here only: it shows the stored
//    choice, and a change is applied and stored at once. Without a stored
//    choice the system setting applies.
// 2. The site's faces (assets/style.css): once they have been fetched, a page
//    asks for them before its first paint (html[data-fonts]); a reader's first
//    page does without them and fetches them once it is settled (after `load`
//    and its first paint: whenSettled below), for the next.
// 3. The page's own link in view in the phone's menu row (below).
// 4. Print: the address, the day and numbered references (below).
// 5. The story's chapter navigation (below).
// 6. Offline use: the service worker, its update notice and the opt-out (below).
// 7. The links to the page in other languages (hreflang) as full addresses, as
//    search engines ask, when the build did not know them (no SITE_URL); the app
//    writes them the same way.
// 8. The skip link and the language switch, on every page, with or without an
//    app (below).
// 9. A text page's boot script, after `load` and the first paint (below).
// 10. Embeds (/embed/...): the height for the parent page, links in a new tab (below).
// What a page fetches for later (the faces, a text page's app, the offline
// worker) waits for `load` and for the page's first contentful paint (Paint
// Timing; on a fast connection `load` can come before it), so that it never
// competes with that paint. A page not yet painted (a background tab) waits
// until it is. Without Paint Timing: the first frame after `load`. (A global:
// assets/boot.js waits with it too.)
function whenSettled(fn) {
  if (document.readyState === "complete") whenPainted(fn); else addEventListener("load", function () { whenPainted(fn); });
}
// after the page's first contentful paint (boot.js starts a view's keeper then)
function whenPainted(fn) {
  var types = window.PerformanceObserver && PerformanceObserver.supportedEntryTypes;
  if (!types || types.indexOf("paint") < 0) { requestAnimationFrame(function () { setTimeout(fn, 0); }); return; }
  if (performance.getEntriesByName("first-contentful-paint").length) { fn(); return; }
  new PerformanceObserver(function (list, obs) {
    if (!list.getEntriesByName("first-contentful-paint").length) return;
    obs.disconnect();
    fn();
  }).observe({ type: "paint", buffered: true });
}

document.addEventListener("DOMContentLoaded", function () {
  var alts = document.querySelectorAll('link[rel="alternate"][hreflang]');
  for (var i = 0; i < alts.length; i++) alts[i].setAttribute("href", alts[i].href);
});
(function () {
  var root = document.documentElement;
  function menu() { return document.getElementById("theme-select"); }
  document.addEventListener("DOMContentLoaded", function () {
    var m = menu();
    if (m) m.value = root.getAttribute("data-theme") || "system";
  });
  document.addEventListener("change", function (e) {
    var m = menu();
    if (e.target !== m) return;
    var v = m.value === "light" || m.value === "dark" ? m.value : null;
    if (v) root.setAttribute("data-theme", v); else root.removeAttribute("data-theme");
    try { if (v) localStorage.setItem("theme", v); else localStorage.removeItem("theme"); } catch (err) { /* applied for this page only */ }
  });
  if (root.hasAttribute("data-fonts") || !document.fonts || !window.Promise) return;
  whenSettled(faces);
  function faces() {
    var list = ['400 1em "Source Serif 4"', 'italic 400 1em "Source Serif 4"', '700 1em "Source Serif 4"', '400 1em "Source Sans 3"'];
    Promise.all(list.map(function (f) { return document.fonts.load(f); })).then(function (loaded) {
      if (loaded.every(function (l) { return l.length > 0; })) localStorage.setItem("fonts", "1");
    }).catch(function () { /* offline or blocked: try again on the next page */ });
  }
})();

// The Urdu edition's reading face (Noto Nastaliq Urdu, assets/style.css), on
// Urdu pages only and with the same scheme as the Latin faces: a reader's first
// Urdu page is drawn with the system's Arabic face and fetches Nastaliq after
// `load`; the next Urdu pages ask for it before their first paint
// (html[data-fonts-ur]). English pages never fetch it.
(function () {
  var root = document.documentElement;
  if (root.getAttribute("lang") !== "ur" || root.hasAttribute("data-fonts-ur")) return;
  if (!document.fonts || !window.Promise) return;
  whenSettled(nastaliq);
  function nastaliq() {
    document.fonts.load('400 1em "Noto Nastaliq Urdu"', "\u0627\u0631\u062f\u0648").then(function (loaded) {
      if (loaded.length > 0) localStorage.setItem("fonts-ur", "1");
    }).catch(function () { /* offline or blocked: try again on the next page */ });
  }
})();

// On a phone the menu is one row that scrolls sideways (assets/style.css):
// the page's own link is brought into view, for the prerendered page and for
// the app's copy of the header, in the next frame (read at once, it laid out
// the page an app was drawing).
(function () {
  var seen = null, queued = false;
  function show() {
    queued = false;
    var bar = document.querySelector(".header-bar");
    var here = bar && bar.querySelector("[aria-current='page']");
    if (!here || here === seen) return;
    seen = here;
    if (bar.scrollWidth > bar.clientWidth) bar.scrollLeft = Math.max(0, here.offsetLeft - bar.offsetLeft - 16);
  }
  function soon() {
    if (!queued) { queued = true; requestAnimationFrame(show); }
  }
  new MutationObserver(soon).observe(document.documentElement, { childList: true, subtree: true });
  addEventListener("DOMContentLoaded", soon);
  // a link reached with Tab comes fully into view (past the faded edge)
  addEventListener("focusin", function (e) {
    var bar = e.target.closest && e.target.closest(".header-bar");
    if (!bar || bar.scrollWidth <= bar.clientWidth) return;
    var b = bar.getBoundingClientRect(), r = e.target.getBoundingClientRect();
    if (r.right > b.right - 32) bar.scrollLeft += r.right - b.right + 40;
    else if (r.left < b.left + 8) bar.scrollLeft -= b.left - r.left + 16;
  });
})();

// Print (src/components/print.rs): when a page is printed, the footer gets
// the page's address (with its state) and the day, and the sources the page
// cites become numbered references (each citing link gets data-ref=N, shown
// as [N] by assets/style.css). The print buttons: the handout, or a one-page
// summary (html[data-print="summary"]).
(function () {
  var root = document.documentElement;
  function el(tag, text) { var e = document.createElement(tag); if (text) e.textContent = text; return e; }
  function prepare() {
    var stamp = document.querySelector(".print-stamp");
    if (stamp) {
      // the words and month names in the page's language (src/components/chrome.rs)
      var w = (stamp.getAttribute("data-words") || "Printed from | on |.").split("|");
      var d = new Date();
      var t = el("time", w.length >= 15 ? d.getDate() + " " + w[3 + d.getMonth()] + " " + d.getFullYear()
        : d.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric" }));
      t.dateTime = d.getFullYear() + "-" + String(d.getMonth() + 1).padStart(2, "0") + "-" + String(d.getDate()).padStart(2, "0");
      var a = el("a", location.href);
      a.href = location.href;
      a.dir = "ltr";
      stamp.replaceChildren(w[0], a, w[1], t, w[2]);
    }
    var box = document.querySelector(".print-refs"), main = document.querySelector("main");
    if (!box || !main) return;
    var seen = {}, refs = [];
    main.querySelectorAll("a[href*='/sources#src-']").forEach(function (link) {
      // not printed: closed, hidden, the share bar, a chapter list's link to the entry, or not laid out (display: none, here or in print)
      if (link.closest("details:not([open]), [hidden], .share-bar") || link.classList.contains("source-more") || !link.getClientRects().length) { link.removeAttribute("data-ref"); return; }
      var id = link.getAttribute("href").split("#src-")[1];
      if (!seen[id]) {
        var item = link.closest(".source-refs li");
        refs.push([item ? item.textContent : link.textContent, link.href]);
        seen[id] = refs.length;
      }
      link.setAttribute("data-ref", seen[id]);
    });
    var ol = el("ol");
    refs.forEach(function (r) {
      var li = el("li", r[0].replace(/\s+/g, " ").trim() + ". ");
      var a = el("a", r[1]);
      a.href = r[1];
      li.append(a);
      ol.append(li);
    });
    box.replaceChildren.apply(box, refs.length ? [el("h2", box.getAttribute("data-heading") || "References"), ol] : []);
  }
  addEventListener("beforeprint", prepare);
  matchMedia("print").addEventListener("change", function (e) { if (e.matches) prepare(); });
  // only a button's choice is undone after printing (afterprint may arrive late)
  var chosen = false;
  addEventListener("afterprint", function () { if (chosen) root.removeAttribute("data-print"); chosen = false; });
  document.addEventListener("click", function (e) {
    var b = e.target.closest && e.target.closest("[data-print-button]");
    if (!b || e.defaultPrevented) return;   // before the app: assets/boot.js replays the click
    var kind = b.getAttribute("data-print-button");
    chosen = true;
    // /teach: one lesson as a worksheet
    document.querySelectorAll(".print-this").forEach(function (s) { s.classList.remove("print-this"); });
    if (kind === "lesson") b.closest(".lesson").classList.add("print-this");
    if (kind === "full") root.removeAttribute("data-print");
    else root.setAttribute("data-print", kind);
    print();
  });
})();

// The story's chapter navigation (src/views/home.rs, `.story-nav`): marks the
// chapter being read with aria-current="true" and sets `--read` (0-1, how far
// through the story the reader is) for the progress bar in the right rail.
// It needs no app: it works on the prerendered page, and finds its elements
// again when the app replaces the page or the reader comes back to the story.
// Nothing moves by itself: the bar follows the reader's scrolling (its short
// transition is off under prefers-reduced-motion, in assets/style.css).
(function () {
  var queued = false;
  function update() {
    queued = false;
    var nav = document.querySelector(".story-nav");
    if (!nav) return;
    var story = nav.closest(".story") || document.body;
    var links = nav.querySelectorAll("a[href^='#']");
    // the chapter being read: the last one whose heading has passed a third of the window
    var line = window.innerHeight / 3, current = null;
    for (var i = 0; i < links.length; i++) {
      var target = document.getElementById(decodeURIComponent(links[i].hash.slice(1)));
      if (target && target.getBoundingClientRect().top <= line) current = links[i];
    }
    for (var j = 0; j < links.length; j++) {
      if (links[j] === current) {
        if (links[j].getAttribute("aria-current") !== "true") links[j].setAttribute("aria-current", "true");
      } else if (links[j].hasAttribute("aria-current")) {
        links[j].removeAttribute("aria-current");
      }
    }
    var box = story.getBoundingClientRect();
    var span = box.height - window.innerHeight;
    var read = span > 0 ? Math.min(1, Math.max(0, -box.top / span)) : 1;
    nav.style.setProperty("--read", read.toFixed(3));
  }
  function queue() {
    if (queued) return;
    queued = true;
    requestAnimationFrame(update);
  }
  addEventListener("scroll", queue, { passive: true });
  addEventListener("resize", queue);
  addEventListener("hashchange", queue);
  addEventListener("popstate", queue);
  // the page is still being read in, the app replaces the prerendered page,
  // and routes change in place: update for every new navigation element
  var seen = null;
  new MutationObserver(function () {
    var nav = document.querySelector(".story-nav");
    if (nav && nav !== seen) { seen = nav; queue(); }
  }).observe(document.documentElement, { childList: true, subtree: true });
  queue();
})();

// Offline use (scripts/lib/sw.mjs writes the worker, sw.js, beside the site's
// manifest): registered after `load`, never before the first paint, not when
// the browser asks to save data, not inside a frame (an embed), not when the
// reader turned "Keep this site for offline use" off on /about (remembered in
// localStorage "offline" = "0"; turning it off removes the worker and the
// site's caches). When a new version of the site is waiting, a polite notice
// offers to reload into it.
(function () {
  var sw = navigator.serviceWorker;
  if (!sw || !window.Promise || !window.caches || window.self !== window.top) return;
  // the worker and its scope are beside the manifest (the link comes after this script)
  var url, scope, prefix;
  function find() {
    if (url) return true;
    var link = document.querySelector('link[rel="manifest"]');
    if (!link) return false;
    url = new URL("sw.js", link.href);
    scope = new URL("./", link.href);
    prefix = "pp-offline" + scope.pathname.replace(/\/$/, "") + "-";
    return true;
  }
  var notice = null, reloading = false;
  function keep() { try { return localStorage.getItem("offline") !== "0"; } catch (e) { return true; } }
  function saveData() { return !!(navigator.connection && navigator.connection.saveData); }
  // the words in the page's language (the footer's data-offline, from the
  // catalogue: notice, reload, kept, not kept, save data, removed, remove
  // failed, keeping, failed); English if absent
  var words = (function () {
    var f = document.querySelector("[data-offline]");
    return f ? f.getAttribute("data-offline").split("|") : [];
  })();
  function word(i, en) { return words[i] || en; }
  function say(text) { var s = document.getElementById("offline-status"); if (s) s.textContent = text; }
  function mine(reg) { return reg.scope === scope.href; }
  function kept() { say(word(2, "Kept: this site opens in this browser without a connection.")); }

  function offer(worker) {
    if (!notice) {
      notice = document.createElement("div");
      notice.className = "update-notice";
      notice.setAttribute("role", "status");
      var p = document.createElement("p");
      p.textContent = word(0, "A new version of this explainer is ready. ");
      var b = document.createElement("button");
      b.type = "button";
      b.textContent = word(1, "Reload");
      b.addEventListener("click", function () { reloading = true; notice.worker.postMessage("skip-waiting"); });
      p.append(b);
      notice.append(p);
    }
    notice.worker = worker;
    if (!notice.isConnected) document.body.append(notice);
  }
  sw.addEventListener("controllerchange", function () { if (reloading) location.reload(); });
  function watch(reg) {
    if (reg.waiting && sw.controller) offer(reg.waiting);
    reg.addEventListener("updatefound", function () {
      var w = reg.installing;
      if (!w) return;
      w.addEventListener("statechange", function () {
        if (w.state === "installed" && sw.controller) offer(w);
        if (w.state === "activated" && !sw.controller) kept();
      });
    });
    if (reg.active) kept();
    return reg;
  }
  function register() { return sw.register(url.href, { scope: scope.pathname }).then(watch); }
  function remove() {
    return sw.getRegistrations()
      .then(function (regs) { return Promise.all(regs.filter(mine).map(function (r) { return r.unregister(); })); })
      .then(function () { return caches.keys(); })
      .then(function (keys) {
        return Promise.all(keys.filter(function (k) { return k.indexOf(prefix) === 0; }).map(function (k) { return caches.delete(k); }));
      });
  }
  function start() {
    if (!find()) return;
    if (!keep()) { remove().catch(function () {}); return; }
    if (saveData()) return;
    register().catch(function () { /* no worker (blocked, private mode): the site works online */ });
  }
  whenSettled(start);

  // the control on /about (src/views/about.rs), in the prerendered page and the app's copy
  function wire() {
    var box = document.getElementById("offline-keep");
    if (notice && !notice.isConnected && document.body) document.body.append(notice);
    if (!box || box.hasAttribute("data-wired") || !find()) return;
    box.setAttribute("data-wired", "");
    box.checked = keep();
    var section = box.closest("section");
    if (section) section.hidden = false;
    if (!box.checked) say(word(3, "Not kept: this browser keeps no copy of the site."));
    else if (saveData()) say(word(4, "Not kept while your browser asks to save data."));
    else sw.getRegistration(scope.pathname).then(function (reg) { if (reg && reg.active) kept(); });
  }
  document.addEventListener("change", function (e) {
    if (!e.target || e.target.id !== "offline-keep" || !find()) return;
    var on = e.target.checked;
    try { localStorage.setItem("offline", on ? "1" : "0"); } catch (x) { /* not remembered */ }
    if (!on) {
      remove().then(function () { say(word(5, "Removed: this browser keeps no copy of the site.")); },
        function () { say(word(6, "Could not remove the copy; clear this site's data in the browser's settings.")); });
    } else if (saveData()) {
      say(word(4, "Not kept while your browser asks to save data."));
    } else {
      say(word(7, "Keeping a copy…"));
      register().then(function () { return sw.ready; }).then(kept,
        function () { say(word(8, "This browser could not keep a copy.")); });
    }
  });
  new MutationObserver(wire).observe(document.documentElement, { childList: true, subtree: true });
  addEventListener("DOMContentLoaded", wire);
})();

// The skip link moves focus to the content without leaving the page (a plain
// `#main` would resolve against <base href>); the language switch opens the
// same page in the other language with the same query and fragment (the
// apps draw these links without handlers: src/app.rs, src/components/chrome.rs).
document.addEventListener("click", function (e) {
  var a = e.target.closest && e.target.closest("a.skip-link, a.lang-switch");
  if (!a || e.defaultPrevented || e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey) return;
  if (a.classList.contains("skip-link")) {
    var main = document.getElementById("main");
    if (main) { e.preventDefault(); main.focus(); }
  } else {
    var u = new URL(a.href);
    u.search = location.search;
    u.hash = location.hash;
    a.href = u.href;
  }
});

// 9. A text page keeps its prerendered page: its small app (the citations'
// popover) is not needed for the first view, so the build writes its boot
// script inert (scripts/lib/loader.mjs `withLiveApp`: data-src and
// data-integrity for src and integrity). It is started here after `load` and
// the first paint (whenSettled), or at the reader's first sign of interaction
// if that comes sooner; an interaction before assets/boot.js runs is passed
// on (data-app-wanted), so it starts the app as it would have.
(function () {
  var INTENT = ["pointerdown", "pointermove", "touchstart", "keydown", "wheel", "focusin", "change"];
  var script = null;
  function off() {
    for (var i = 0; i < INTENT.length; i++) removeEventListener(INTENT[i], wanted, true);
  }
  // the boot script, made live; `asked`: the reader has acted, start the app
  function start(asked) {
    if (script) { if (asked) script.setAttribute("data-app-wanted", ""); return; }
    var inert = document.querySelector("script[data-src]");
    if (!inert) { if (document.readyState !== "loading") off(); return; }
    script = document.createElement("script");
    for (var i = 0; i < inert.attributes.length; i++) {
      var a = inert.attributes[i];
      script.setAttribute(a.name === "data-src" ? "src" : a.name === "data-integrity" ? "integrity" : a.name, a.value);
    }
    if (asked) script.setAttribute("data-app-wanted", "");
    // once boot.js has run, it sees the reader's acts itself
    script.addEventListener("load", off);
    script.addEventListener("error", off);
    inert.parentNode.replaceChild(script, inert);
  }
  function wanted() { start(true); }
  // page.js runs before `load`
  for (var i = 0; i < INTENT.length; i++) addEventListener(INTENT[i], wanted, { capture: true, passive: true });
  whenSettled(function () { start(false); });
})();

// 10. Embeds (/embed/...; the inline script in the <head> applies ?theme= and
// html.is-embed before the first paint):
//  - the parent page is told the embed's height, so the optional embed.js (or
//    any course platform) can size the iframe: window.parent.postMessage(
//      { type: "pakistan-peacekeeping:height", height: <CSS px>, href: <URL> }, "*")
//    once the page is read in, on load and whenever the content's height changes;
//  - links to the rest of the site, and external links, open in a new tab.
(function () {
  if (!/\/embed\//.test(location.pathname)) return;
  if (window.parent !== window) {
    var last = 0;
    var report = function () {
      var h = Math.ceil(document.documentElement.getBoundingClientRect().height);
      if (h === last) return;
      last = h;
      window.parent.postMessage({ type: "pakistan-peacekeeping:height", height: h, href: location.href }, "*");
    };
    if (typeof ResizeObserver === "function") new ResizeObserver(report).observe(document.documentElement);
    addEventListener("load", report);
  }
  document.addEventListener("click", function (e) {
    var a = e.target && e.target.closest ? e.target.closest("a[href]") : null;
    if (!a || a.target) return;
    var url = new URL(a.href, location.href);
    if (url.origin !== location.origin || !/\/embed\//.test(url.pathname)) {
      a.target = "_blank";
      a.rel = "noopener noreferrer";
    }
  }, true);
})();
