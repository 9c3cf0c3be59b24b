// Runs on every page; does something only on embeds (/embed/...):
//  - applies ?theme=light|dark (without storing it as the reader's choice);
//  - tells the parent page its height, so the optional embed.js (or any course
//    platform) can size the iframe: window.parent.postMessage(
//      { type: "pakistan-peacekeeping:height", height: <CSS px>, href: <URL> }, "*")
//    on load and whenever the content's height changes;
//  - opens links to the rest of the site, and external links, in a new tab.
(function () {
  if (!/\/embed\//.test(location.pathname)) return;
  var theme = new URLSearchParams(location.search).get("theme");
  if (theme === "light" || theme === "dark") document.documentElement.setAttribute("data-theme", theme);
  document.documentElement.classList.add("is-embed");
  if (window.parent !== window) {
    var last = 0;
    var report = function () {
      var h = Math.ceil(document.documentElement.getBoundingClientRect().height);
      if (h === last) return;
      last = h;
      window.parent.postMessage({ type: "pakistan-peacekeeping:height", height: h, href: location.href }, "*");
    };
    if (typeof ResizeObserver === "function") new ResizeObserver(report).observe(document.documentElement);
    window.addEventListener("load", report);
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
