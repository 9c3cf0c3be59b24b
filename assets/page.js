// What every page runs from its <head>, with no app (one small script, so a
// first view makes no extra request):
// 1. The reader's stored theme choice, before first paint (the app's Theme
//    menu writes it). Without a stored choice the system setting applies.
// 2. The site's faces (assets/style.css): once they have been fetched, a page
//    asks for them before its first paint (html[data-fonts]); a reader's first
//    page does without them and fetches them after `load`, for the next.
// 3. The story's chapter navigation (below).
(function () {
  var root = document.documentElement;
  try {
    var t = localStorage.getItem("theme");
    if (t === "light" || t === "dark") root.setAttribute("data-theme", t);
    if (localStorage.getItem("fonts") === "1") root.setAttribute("data-fonts", "");
  } catch (e) { /* storage blocked: follow the system, use the fallback faces */ }
  if (root.hasAttribute("data-fonts") || !document.fonts || !window.Promise) return;
  addEventListener("load", function () {
    var faces = ['400 1em "Source Serif 4"', 'italic 400 1em "Source Serif 4"', '700 1em "Source Serif 4"', '400 1em "Source Sans 3"'];
    Promise.all(faces.map(function (f) { return document.fonts.load(f); })).then(function (loaded) {
      if (loaded.every(function (l) { return l.length > 0; })) localStorage.setItem("fonts", "1");
    }).catch(function () { /* offline or blocked: try again on the next page */ });
  });
})();

// The Urdu edition's reading face (Noto Nastaliq Urdu, assets/style.css), on
// Urdu pages only and with the same scheme as the Latin faces: a reader's first
// Urdu page is drawn with the system's Arabic face and fetches Nastaliq after
// `load`; the next Urdu pages ask for it before their first paint
// (html[data-fonts-ur]). English pages never fetch it.
(function () {
  var root = document.documentElement;
  if (root.getAttribute("lang") !== "ur") return;
  try {
    if (localStorage.getItem("fonts-ur") === "1") { root.setAttribute("data-fonts-ur", ""); return; }
  } catch (e) { return; }
  if (!document.fonts || !window.Promise) return;
  addEventListener("load", function () {
    document.fonts.load('400 1em "Noto Nastaliq Urdu"', "\u0627\u0631\u062f\u0648").then(function (loaded) {
      if (loaded.length > 0) localStorage.setItem("fonts-ur", "1");
    }).catch(function () { /* offline or blocked: try again on the next page */ });
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
