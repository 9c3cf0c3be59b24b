/* Optional helper for pages that embed views of "Pakistan, peacekeeping and the
   Gaza force": resizes every <iframe data-pp-auto-height> from this site to the
   height its content reports. The embedded view works without it.
   Message format (documented on /about):
     { type: "pakistan-peacekeeping:height", height: <CSS pixels>, href: <URL> } */
(function () {
  var script = document.currentScript;
  var origin = script ? new URL(script.src, location.href).origin : null;
  window.addEventListener("message", function (e) {
    if (origin && e.origin !== origin) return;
    var d = e.data;
    if (!d || d.type !== "pakistan-peacekeeping:height") return;
    var h = Math.round(Number(d.height));
    if (!isFinite(h)) return;
    var frames = document.querySelectorAll("iframe[data-pp-auto-height]");
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === e.source) frames[i].style.height = Math.max(150, Math.min(h, 20000)) + "px";
    }
  });
})();
