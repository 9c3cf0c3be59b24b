// Applies the reader's stored theme choice before first paint (the app's
// Theme menu writes it). Without a stored choice the system setting applies.
(function () {
  try {
    var t = localStorage.getItem("theme");
    if (t === "light" || t === "dark") document.documentElement.setAttribute("data-theme", t);
  } catch (e) { /* storage blocked: follow the system */ }
})();
