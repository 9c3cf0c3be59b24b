// If the app cannot start (an old browser without WebAssembly, a blocked or
// failed download), replace "Loading…" with a clear message and a reload link
// instead of leaving the reader waiting. The app removes #boot when it starts.
(function () {
  function fail(reason) {
    var boot = document.getElementById("boot");
    if (!boot || boot.getAttribute("data-failed")) return;
    boot.setAttribute("data-failed", "1");
    boot.setAttribute("role", "alert");
    var p = boot.getElementsByTagName("p")[1];
    if (!p) return;
    p.textContent = "The explainer could not start in this browser (" + reason + "). ";
    var a = document.createElement("a");
    a.href = location.href;
    a.textContent = "Reload the page";
    p.appendChild(a);
  }
  if (typeof WebAssembly !== "object") { fail("WebAssembly is not available"); return; }
  window.addEventListener("unhandledrejection", function (e) {
    if (document.getElementById("boot")) fail(String((e.reason && e.reason.message) || e.reason || "a download failed"));
  });
  window.addEventListener("load", function () {
    setTimeout(function () { if (document.getElementById("boot")) fail("it took too long to load"); }, 20000);
  });
})();
