// Starts the page's app, and says so clearly when it cannot.
//
// A prerendered page (scripts/lib/render.mjs; <body data-prerendered>) already
// shows its full text, tables and map, and its links work. Its app (one
// WebAssembly app per view, named by this script's data-app-js, data-app-wasm
// and data-app-data attributes: scripts/lib/loader.mjs) adds the interactive
// parts. Its code and data are:
//   - fetched and compiled off the main thread at idle after the page has
//     loaded and been painted, when the connection allows (not when the
//     reader's browser asks to save data, not on a 2G connection);
//   - otherwise fetched on the reader's first sign of interaction (a pointer
//     moving or pressing, a touch, a key, a wheel, a focus);
// and the app starts (is instantiated and replaces the prerendered body) on
// that first interaction, or right after `load` when the URL carries state (a
// query) that only the app can show. Pages that are not prerendered (while
// the build renders them) start it at once.
// A text page's app keeps the prerendered page (data-app-keeps): nothing the
// reader does there waits for it. On the other pages, what the reader does
// before the app is ready is not lost: clicks on controls
// (not on links, which work on their own), values typed or chosen, and arrow,
// Home, End, Enter, Space and Escape keys on the app's own widgets are replayed
// on the app's copy of the same element, and focus is kept where it was.
// The app itself sets <html data-app="ready"> once mounted.
//
// A view with a keeper (data-keep-js, data-keep-wasm: a small app, the route
// table's `keep`, src/views/timeline/keeper.rs) starts that first: fetched as
// soon as this script runs and started after the first paint when the
// connection allows, else on the first interaction. It makes the prerendered
// view's first controls work as they stand (it marks them data-kept and sets
// <html data-keeper="ready">), and what the reader does on them is theirs,
// not held. The full app then takes over: at once for a control the keeper
// does not handle (held and replayed as above), else when the reader pauses
// (a second without an act) after interacting.
//
// Never stuck: a download that fails, or makes no progress for STALL_MS, is
// given up; a reader who is waiting is told the interactive parts could not
// start (the page stays readable, its links work), the clicks held for the
// app are released, and the next interaction tries again.
// Without the attributes (`trunk serve`), Trunk's own loader starts the app.
(function () {
  var doc = document;
  var root = doc.documentElement;
  var me = doc.currentScript;
  var APP = me && me.getAttribute("data-app-wasm") ? {
    js: me.getAttribute("data-app-js"),
    wasm: me.getAttribute("data-app-wasm"),
    data: me.getAttribute("data-app-data"),
  } : null;
  if (!APP) return;
  // the app keeps the prerendered page (a text page's, src/app.rs `enhance`):
  // what the reader does works on the page itself, nothing is held for the app
  var KEEPS = me.hasAttribute("data-app-keeps");
  // the view's keeper (none for a page drawn with a state: the app shows it)
  var KEEPER = me.getAttribute("data-keep-wasm") && location.search.length <= 1 ? {
    js: me.getAttribute("data-keep-js"),
    wasm: me.getAttribute("data-keep-wasm"),
    data: null,
    priority: "low",
  } : null;
  var keeperLoading = null; // the keeper's files, downloading or done
  var keeping = null;   // the keeper's download and start, under way or done
  var parsed = new Promise(function (resolve) {
    if (doc.readyState !== "loading") resolve();
    else doc.addEventListener("DOMContentLoaded", function () { resolve(); });
  });
  var takeover = false; // the full app is to take over when the reader pauses
  var lastAct = 0;      // when the reader last did something (ms)
  var pausing = false;  // waiting for the reader to pause, to take over
  var STALL_MS = 5000;
  var wanted = false, atLoad = false, loaded = doc.readyState === "complete";
  var loading = null;   // the downloads under way or done: { js, wasm, data, abort }
  var starting = false; // instantiating and mounting
  var queue = [];       // actions to replay: [kind, key, data]
  var focusKey = null;
  var INTENT = ["pointerdown", "pointermove", "touchstart", "keydown", "wheel", "focusin"];
  var KEYS = /^(Arrow(Up|Down|Left|Right)|Home|End|PageUp|PageDown|Enter| |Escape)$/;
  var NATIVE = "a[href], button, input, select, textarea, summary";
  // the app's own widgets that are not native controls (not <main tabindex=-1>,
  // whose keys must keep scrolling the page)
  var WIDGET = "[role=button], [role=tab], [role=option], [role=slider], [role=gridcell], [role=treeitem], [role=menuitem], [tabindex='0']";

  function ready() { return root.getAttribute("data-app") === "ready"; }
  // the keeper has run: it keeps the page ("ready") or found nothing to keep ("none")
  function keeperRan() { return !KEEPER || root.hasAttribute("data-keeper"); }
  function kept(el) { return !!(el && el.closest && root.getAttribute("data-keeper") === "ready" && el.closest("[data-kept]")); }
  function prerendered() { return !!(doc.body && doc.body.hasAttribute("data-prerendered")); }

  // ---- messages ----------------------------------------------------------
  function status(text, alert) {
    var s = doc.getElementById("app-starting");
    if (!s) {
      s = doc.createElement("p");
      s.id = "app-starting";
      s.className = "app-starting";
      doc.body.appendChild(s);
    }
    s.setAttribute("role", alert ? "alert" : "status");
    s.textContent = text;
    return s;
  }
  function clearStatus() {
    var s = doc.getElementById("app-starting");
    if (s) s.remove();
  }
  function fail(reason) {
    if (!doc.body || ready()) return;
    var p = status("The interactive parts could not start (" + reason + "). Everything on this page can still be read, and its links work. Your next tap or key tries again; or ", true);
    var a = doc.createElement("a");
    a.href = location.href;
    a.textContent = "reload the page";
    p.appendChild(a);
    p.appendChild(doc.createTextNode("."));
  }

  // ---- downloads -----------------------------------------------------------
  // Each counts as progress when it answers and with every chunk it receives;
  // none for STALL_MS and the attempt is given up (and aborted).
  function download(files, compile) {
    var n = files.tries = (files.tries || 0) + 1;
    var abort = typeof AbortController === "function" ? new AbortController() : null;
    var last = Date.now();
    var done = false;
    var moved = function () { last = Date.now(); };
    var fetchTracked = function (url) {
      var init = { priority: files.priority || "auto" };
      if (abort) init.signal = abort.signal;
      return fetch(url, init).then(function (r) {
        moved();
        if (!r.ok) throw new Error("HTTP " + r.status + " for " + url.replace(/^.*\//, ""));
        if (!r.body || typeof TransformStream !== "function") return r;
        var count = new TransformStream({ transform: function (chunk, out) { moved(); out.enqueue(chunk); } });
        return new Response(r.body.pipeThrough(count), { status: r.status, headers: { "Content-Type": r.headers.get("Content-Type") || "" } });
      });
    };
    var attempt = { abort: function () { if (abort) abort.abort(); } };
    // a module that failed to load stays failed for this document: a retry asks anew
    attempt.js = import(files.js + (n > 1 ? (files.js.indexOf("?") < 0 ? "?" : "&") + "try=" + n : "")).then(function (m) { moved(); return m; });
    attempt.wasm = fetchTracked(files.wasm).then(function (r) {
      // compiled off the main thread as the bytes arrive
      if (compile && typeof WebAssembly.compileStreaming === "function") {
        return WebAssembly.compileStreaming(r).catch(function () { return fetchTracked(files.wasm).then(function (r2) { return r2.arrayBuffer(); }).then(function (b) { return WebAssembly.compile(b); }); });
      }
      return r.arrayBuffer().then(function (b) { return WebAssembly.compile(b); });
    });
    attempt.data = files.data ? fetchTracked(files.data).then(function (r) { return r.arrayBuffer(); }) : Promise.resolve(null);
    var all = Promise.all([attempt.js, attempt.wasm, attempt.data]);
    attempt.all = new Promise(function (resolve, reject) {
      var watch = setInterval(function () {
        if (done) return clearInterval(watch);
        if (Date.now() - last > STALL_MS) {
          clearInterval(watch);
          done = true;
          attempt.abort();
          reject(new Error("the download stalled"));
        }
      }, 500);
      all.then(function (v) { done = true; clearInterval(watch); resolve(v); },
        function (e) { done = true; clearInterval(watch); attempt.abort(); reject(e); });
    });
    // a failed attempt is forgotten: the next one starts afresh
    attempt.all.catch(function () { if (loading === attempt) loading = null; });
    return attempt;
  }
  function fetchApp() {
    if (!loading) loading = download(APP, true);
    return loading.all;
  }
  function allowed() {
    var c = navigator.connection || {};
    return !(c.saveData || /(^|-)2g$/.test(c.effectiveType || ""));
  }
  // at idle after load, when the reader's connection allows it
  function prefetch() {
    if (loading || ready() || !allowed()) return;
    if (!keeperRan()) {
      // the keeper first (small), then the full app
      return keep().then(prefetch, function () { /* told only to a reader who waits for it */ });
    }
    fetchApp().catch(function () { /* told only to a reader who waits for it */ });
  }

  // ---- elements, by a key that finds the app's copy of the same element -----
  function elementChildren(el) {
    var out = [];
    for (var c = el.firstElementChild; c; c = c.nextElementSibling) {
      if (c.tagName !== "SCRIPT" && c.id !== "app-starting") out.push(c);
    }
    return out;
  }
  function keyOf(el) {
    var path = [];
    var tag = el.tagName;
    while (el && el !== doc.body && !el.id) {
      path.unshift(elementChildren(el.parentElement).indexOf(el));
      el = el.parentElement;
    }
    if (!el) return null;
    return { id: el === doc.body ? null : el.id, path: path, tag: tag };
  }
  function find(key) {
    if (!key) return null;
    var el = key.id ? doc.getElementById(key.id) : doc.body;
    for (var i = 0; el && i < key.path.length; i++) el = elementChildren(el)[key.path[i]];
    return el && el.tagName === key.tag ? el : null;
  }
  function control(t) {
    return t && t.closest ? t.closest("button, input, select, textarea, summary, label, " + WIDGET) : null;
  }

  // ---- before the app is ready: record, and start it on intent ---------------
  function onIntent(e) {
    if (ready() || !prerendered()) return;
    var t = e.target;
    if (e.type === "focusin") focusKey = keyOf(t);
    if (e.type !== "pointermove") lastAct = Date.now();
    if (!KEEPS && e.type === "keydown" && KEYS.test(e.key) && t.matches && t.matches(WIDGET) && !t.closest(NATIVE) && !kept(t)) {
      queue.push(["key", keyOf(t), { key: e.key, code: e.code, shiftKey: e.shiftKey, ctrlKey: e.ctrlKey, altKey: e.altKey, metaKey: e.metaKey }]);
      e.preventDefault();
      busy();
    }
    want();
  }
  function onClick(e) {
    if (KEEPS || ready() || !prerendered() || e.defaultPrevented) return;
    var t = e.target;
    if (t.closest && t.closest("a[href]")) return;          // links work on their own
    var c = control(t);
    if (!c || c.disabled || kept(c)) return;                // the keeper's own
    var input = c.tagName === "INPUT" ? c.type : "";
    if (/^(text|search|number|range|email|url|tel)$/.test(input) || c.tagName === "SELECT" || c.tagName === "TEXTAREA") return;
    e.preventDefault();                                     // no native toggle: the app does it
    queue.push(["click", keyOf(c)]);
    busy();
    want();
  }
  function onValue(e) {
    if (ready() || !prerendered()) return;
    if (KEEPS) return want();                               // a sign of interaction; nothing to hold
    var t = e.target;
    lastAct = Date.now();
    if (kept(t)) return want();                             // the keeper's own
    if (!t || !/^(INPUT|SELECT|TEXTAREA)$/.test(t.tagName) || t.type === "checkbox" || t.type === "radio") return;
    var k = keyOf(t);
    queue = queue.filter(function (a) { return !(a[0] === "value" && JSON.stringify(a[1]) === JSON.stringify(k)); });
    queue.push(["value", k, t.value]);
    want();
  }
  function busy() {
    root.setAttribute("data-app", "starting");
    setTimeout(function () { if (!ready() && root.getAttribute("data-app") === "starting") status("Starting the interactive view…"); }, 150);
  }
  // the reader wants the view: its keeper if it has one and nothing is held
  // for the full app (which then takes over when the reader pauses), else
  // the full app now
  function want() {
    if (KEEPER && !ready() && root.getAttribute("data-keeper") !== "none" && !heldForApp()) {
      takeover = true;
      keep().then(afterKeeper, keeperFailed);
      return;
    }
    wanted = true;
    go();
  }
  // actions held that the keeper cannot take (it has run and they are not its)
  function heldForApp() {
    if (!keeperRan()) return false;
    for (var i = 0; i < queue.length; i++) if (!kept(find(queue[i][1]))) return true;
    return false;
  }
  // ---- the keeper ----------------------------------------------------------
  // its files: fetched (and compiled) as soon as this script runs when the
  // connection allows (see the end), else on the first interaction
  function keeperFiles() {
    if (!keeperLoading) {
      keeperLoading = download(KEEPER, true).all;
      keeperLoading.catch(function () { keeperLoading = null; });
    }
    return keeperLoading;
  }
  // started once the page is parsed: it reads the prerendered view
  function keep() {
    if (keeperRan()) return Promise.resolve();
    if (!keeping) {
      keeping = keeperFiles().then(function (v) {
        return parsed.then(function () {
          // a keeper that fails to start (not a download) is passed over: the full app does it all
          return v[0].default({ module_or_path: v[1] }).catch(function () { root.setAttribute("data-keeper", "none"); });
        });
      });
      keeping.catch(function () { keeping = null; });
    }
    return keeping;
  }
  function keeperFailed(err) {
    if (ready()) return;
    var waiting = queue.length > 0 || lastAct > 0;
    queue = [];
    if (root.getAttribute("data-app") === "starting") root.removeAttribute("data-app");
    if (waiting) fail(String((err && err.message) || err || "a download failed"));
  }
  // the keeper has run: the acts held for it are done on the page as it
  // stands; the first it cannot take, and all after it, wait for the full app
  function afterKeeper() {
    if (ready()) return;
    var actions = queue, i = 0;
    for (; i < actions.length; i++) {
      var a = actions[i], el = find(a[1]);
      if (!kept(el)) break;
      if (a[0] === "click") el.click();
      else if (a[0] === "value") {
        el.value = a[2];
        el.dispatchEvent(new Event("input", { bubbles: true }));
      }
    }
    queue = actions.slice(i);
    if (queue.length || root.getAttribute("data-keeper") !== "ready") {
      wanted = true;
      return go();
    }
    // the notice that the view is starting goes (not a message that something failed)
    if (root.getAttribute("data-app") === "starting") {
      root.removeAttribute("data-app");
      clearStatus();
    }
    if (takeover && !pausing) {
      pausing = true;
      fetchApp().then(whenQuiet, function () { pausing = false; /* told when a control needs it */ });
    }
  }
  // the full app takes over once the reader has paused (a second without an act)
  function whenQuiet() {
    if (ready() || starting) return;
    var wait = lastAct + 1000 - Date.now();
    if (wait > 0) return setTimeout(whenQuiet, wait);
    var idle = window.requestIdleCallback || function (f) { return setTimeout(f, 50); };
    idle(function () {
      if (Date.now() - lastAct < 1000) return whenQuiet();
      wanted = true;
      go();
    }, { timeout: 1000 });
  }
  function go() {
    if (starting || ready()) return;
    if (!(wanted || (atLoad && loaded) || !prerendered())) return;
    starting = true;
    fetchApp().then(function (v) {
      var bindings = v[0], module = v[1], data = v[2];
      if (data) window.ppData = new Uint8Array(data);
      return bindings.default({ module_or_path: module });
    }).then(function () {
      starting = false;
      clearStatus();
      setTimeout(replay, 0);
    }, function (err) {
      starting = false;
      if (ready()) return;                                  // the app runs; its error panel speaks
      // the held clicks are released: the next interaction tries again
      queue = [];
      wanted = false;
      atLoad = false;
      if (root.getAttribute("data-app") === "starting") root.removeAttribute("data-app");
      fail(String((err && err.message) || err || "a download failed"));
    });
  }

  // ---- once the app is mounted: replay, in order --------------------------
  function replay() {
    if (!ready()) return;
    var actions = queue;
    queue = [];
    var i = 0;
    (function next() {
      if (i >= actions.length) {
        var f = find(focusKey);
        if (f && (doc.activeElement === doc.body || !doc.activeElement)) f.focus({ preventScroll: true });
        return;
      }
      var a = actions[i++];
      var el = find(a[1]);
      if (el) {
        if (a[0] === "click") el.click();
        else if (a[0] === "value") {
          el.value = a[2];
          el.dispatchEvent(new Event("input", { bubbles: true }));
          el.dispatchEvent(new Event("change", { bubbles: true }));
        } else if (a[0] === "key") {
          el.focus({ preventScroll: true });
          var init = a[2];
          init.bubbles = true;
          init.cancelable = true;
          el.dispatchEvent(new KeyboardEvent("keydown", init));
        }
      }
      // let the app's reactive updates run before the next action
      setTimeout(next, 0);
    })();
  }

  if (typeof WebAssembly !== "object") {
    // nothing can start: the page works as a page, and the reader's first
    // interaction says why nothing more happens
    var tell = function () {
      if (!prerendered() || doc.getElementById("app-starting")) return;
      fail("WebAssembly is not available");
    };
    for (var j = 0; j < INTENT.length; j++) window.addEventListener(INTENT[j], tell, { capture: true, passive: true });
    return;
  }
  for (var i = 0; i < INTENT.length; i++) window.addEventListener(INTENT[i], onIntent, { capture: true, passive: INTENT[i] !== "keydown" });
  doc.addEventListener("click", onClick, true);
  doc.addEventListener("input", onValue, true);
  doc.addEventListener("change", onValue, true);
  if (location.search.length > 1) atLoad = true;
  function onLoad() {
    loaded = true;
    setTimeout(go, 0);
    // the prefetch waits for the first paint as well (assets/page.js's
    // whenSettled: on a fast connection `load` can come before it); without
    // page.js, at once
    (window.whenSettled || function (f) { f(); })(function () {
      var idle = window.requestIdleCallback || function (f) { return setTimeout(f, 200); };
      idle(prefetch, { timeout: 2000 });
    });
  }
  if (loaded) onLoad();
  else window.addEventListener("load", onLoad);
  // the keeper is what makes the view's controls work: small, it is fetched
  // at once when the connection allows, at low priority (the page's
  // stylesheets are already here: this script comes after them; the faces
  // go first), and started once the page is parsed and first painted (the
  // full app still waits for idle after `load`)
  if (KEEPER && allowed()) {
    keeperFiles().catch(function () { /* told only to a reader who waits for it */ });
    parsed.then(function () {
      // not before the first paint (assets/page.js's whenPainted), which it would delay
      (window.whenPainted || function (f) { requestAnimationFrame(function () { setTimeout(f, 0); }); })(function () {
        if (prerendered() && !ready()) keep().catch(function () { /* told only to a reader who waits for it */ });
      });
    });
  }
  // started by assets/page.js after the reader's first sign of interaction (a
  // text page's boot script waits for `load`): that act asks for the app
  if (me.hasAttribute("data-app-wanted")) want();
  // the keeper could not show what the reader asked for (a state's file did not come): the full app does
  window.addEventListener("pp-keeper-gave-up", function () { if (!ready()) { busy(); wanted = true; go(); } });
  // a page that is not prerendered (while the build renders it) starts at once
  if (!prerendered()) doc.addEventListener("DOMContentLoaded", go);
})();
