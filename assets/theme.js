// Applies the reader's stored theme choice before first paint (the app's
// Theme menu writes it). Without a stored choice the system setting applies.
// Also the site's faces (assets/style.css): once they have been fetched, a
// page asks for them before its first paint (html[data-fonts]); a reader's
// first page does without them and fetches them after `load`, for the next.
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
