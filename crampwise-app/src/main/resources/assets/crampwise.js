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
  // Move focus to the error summary so that screen readers announce it first.
  var summary = document.querySelector("[data-error-summary]");
  if (summary) { summary.focus(); }
})();
