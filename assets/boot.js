// Starts the app, and says so clearly when it cannot.
//
// A prerendered page (scripts/lib/render.mjs; <body data-prerendered>) already
// shows its full text, tables and map, and its links work. Its WebAssembly app
// adds the interactive parts. The app is loaded:
//   - after `load`, when the URL carries state (a query) that only the app can
//     show (pages that are not prerendered, as on the development server, keep
//     Trunk's own loader and start at once);
//   - otherwise on the reader's first sign of interaction: a pointer moving or
//     pressing, a touch, a key, a wheel, a focus. Readers who only read never
//     download it.
// What the reader does before the app is ready is not lost: clicks on controls
// (not on links, which work on their own), values typed or chosen, and arrow,
// Home, End, Enter, Space and Escape keys on the app's own widgets are replayed
// on the app's copy of the same element, and focus is kept where it was.
// The prerendered page's loader registers `window.ppStartApp`; the app itself
// sets <html data-app="ready"> once mounted.
//
// If the app cannot start (no WebAssembly, a blocked or failed download), the
// reader gets a message with a reload link instead of a page that does nothing.
(function () {
  var doc = document;
  var root = doc.documentElement;
  var wanted = false, atLoad = false, started = false, loaded = doc.readyState === "complete";
  var queue = [];     // actions to replay: [kind, key, data]
  var focusKey = null;
  var INTENT = ["pointerdown", "pointermove", "touchstart", "keydown", "wheel", "focusin"];
  var KEYS = /^(Arrow(Up|Down|Left|Right)|Home|End|PageUp|PageDown|Enter| |Escape)$/;
  var NATIVE = "a[href], button, input, select, textarea, summary";
  // the app's own widgets that are not native controls (not <main tabindex=-1>,
  // whose keys must keep scrolling the page)
  var WIDGET = "[role=button], [role=tab], [role=option], [role=slider], [role=gridcell], [role=treeitem], [role=menuitem], [tabindex='0']";

  function ready() { return root.getAttribute("data-app") === "ready"; }
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
  function fail(reason) {
    var text = "The explainer could not start in this browser (" + reason + "). ";
    var boot = doc.getElementById("boot");
    var p;
    if (boot) {
      if (boot.getAttribute("data-failed")) return;
      boot.setAttribute("data-failed", "1");
      boot.setAttribute("role", "alert");
      p = boot.getElementsByTagName("p")[1];
      if (!p) return;
      p.textContent = text;
    } else if (doc.body && !ready()) {
      p = status("The interactive parts could not start (" + reason + "). Everything on this page can still be read, and its links work. ", true);
    } else return;
    var a = doc.createElement("a");
    a.href = location.href;
    a.textContent = "Reload the page";
    p.appendChild(a);
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
    if (e.type === "keydown" && KEYS.test(e.key) && t.matches && t.matches(WIDGET) && !t.closest(NATIVE)) {
      queue.push(["key", keyOf(t), { key: e.key, code: e.code, shiftKey: e.shiftKey, ctrlKey: e.ctrlKey, altKey: e.altKey, metaKey: e.metaKey }]);
      e.preventDefault();
      busy();
    }
    want();
  }
  function onClick(e) {
    if (ready() || !prerendered() || e.defaultPrevented) return;
    var t = e.target;
    if (t.closest && t.closest("a[href]")) return;          // links work on their own
    var c = control(t);
    if (!c || c.disabled) return;
    var input = c.tagName === "INPUT" ? c.type : "";
    if (/^(text|search|number|range|email|url|tel)$/.test(input) || c.tagName === "SELECT" || c.tagName === "TEXTAREA") return;
    e.preventDefault();                                     // no native toggle: the app does it
    queue.push(["click", keyOf(c)]);
    busy();
    want();
  }
  function onValue(e) {
    if (ready() || !prerendered()) return;
    var t = e.target;
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
  function want() {
    wanted = true;
    go();
  }
  function go() {
    if (started || typeof window.ppStartApp !== "function") return;
    if (!(wanted || (atLoad && loaded))) return;
    started = true;
    var loading = window.ppStartApp();
    if (loading && loading.then) loading.then(function () { setTimeout(replay, 0); }, function (err) { fail(String((err && err.message) || err || "a download failed")); });
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

  if (typeof WebAssembly !== "object") { fail("WebAssembly is not available"); return; }
  window.addEventListener("unhandledrejection", function (e) {
    if (doc.getElementById("boot")) fail(String((e.reason && e.reason.message) || e.reason || "a download failed"));
  });
  for (var i = 0; i < INTENT.length; i++) window.addEventListener(INTENT[i], onIntent, { capture: true, passive: INTENT[i] !== "keydown" });
  doc.addEventListener("click", onClick, true);
  doc.addEventListener("input", onValue, true);
  doc.addEventListener("change", onValue, true);
  // the loader (a module, run after the document is parsed) announces itself
  window.addEventListener("pp-loader", function () {
    if (location.search.length > 1) atLoad = true;
    go();
  });
  window.addEventListener("load", function () {
    loaded = true;
    setTimeout(go, 0);
    setTimeout(function () { if (doc.getElementById("boot")) fail("it took too long to load"); }, 20000);
  });
})();
