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
  // the app replaces the prerendered page, and routes change in place
  new MutationObserver(function () {
    if (document.querySelector(".story-nav:not([style])")) queue();
  }).observe(document.documentElement, { childList: true, subtree: true });
  queue();
})();
