// Small enhancements only: every page works without this file.
(function () {
  "use strict";
  // "None of these" clears the other boxes, and ticking another box clears "None of these".
  document.querySelectorAll("[data-exclusive-group]").forEach(function (group) {
    var none = group.querySelector("[data-exclusive]");
    var others = group.querySelectorAll("input[type=checkbox]:not([data-exclusive])");
    if (!none) { return; }
    none.addEventListener("change", function () {
      if (none.checked) { others.forEach(function (o) { o.checked = false; }); }
    });
    others.forEach(function (o) {
      o.addEventListener("change", function () { if (o.checked) { none.checked = false; } });
    });
  });
  var tz = window.Intl && Intl.DateTimeFormat().resolvedOptions().timeZone;
  // A new cramp starts "now" on the person's own clock: the browser knows their time zone.
  document.querySelectorAll("[data-local-now]").forEach(function (box) {
    var zone = box.querySelector("select[name=zone]");
    if (!zone || !tz || !zone.querySelector("option[value='" + tz + "']")) { return; }
    var now = new Date();
    function two(n) { return (n < 10 ? "0" : "") + n; }
    zone.value = tz;
    box.querySelector("input[name=date]").value = now.getFullYear() + "-" + two(now.getMonth() + 1) + "-" + two(now.getDate());
    box.querySelector("input[name=time]").value = two(now.getHours()) + ":" + two(now.getMinutes());
  });
  // The summary's Print button: shown only where a script can print (without it, the browser's own Print).
  document.querySelectorAll("[data-print]").forEach(function (b) {
    b.hidden = false;
    b.addEventListener("click", function () { window.print(); });
  });
  // "I had a cramp just now" is stored in the zone the phone is in.
  document.querySelectorAll("input[data-phone-zone]").forEach(function (z) { if (tz) { z.value = tz; } });
  // Offline: the service worker keeps diary entries and sends them when a page asks, online.
  if ("serviceWorker" in navigator) {
    var kept = document.querySelector("[data-kept]");
    if (kept && /[?&]kept=1/.test(location.search)) { kept.hidden = false; }
    navigator.serviceWorker.register("/sw.js").catch(function () {});
    var send = function () {
      var token = document.querySelector("input[name=_csrf]");
      if (navigator.onLine && token) {
        navigator.serviceWorker.ready.then(function (r) { if (r.active) { r.active.postMessage({ send: token.value }); } });
      }
    };
    navigator.serviceWorker.addEventListener("message", function (e) {
      if (e.data && e.data.sent > 0 && location.pathname === "/diary") { location.reload(); }
    });
    window.addEventListener("online", send);
    send();
  }
  // Move focus to the error summary so that screen readers announce it first.
  var summary = document.querySelector("[data-error-summary]");
  if (summary) { summary.focus(); }
})();
