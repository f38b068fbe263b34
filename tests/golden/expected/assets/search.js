// The search page: Pagefind's UI, with ?q= from the header's search box.
(function () {
  "use strict";
  var el = document.getElementById("search");
  if (!el || typeof PagefindUI === "undefined") {
    return;
  }
  var bundle = new URL(el.dataset.bundle, window.location.href);
  var base = new URL("../", bundle);
  // Other bundles (one Pagefind run each, e.g. English briefings) are searched together with it.
  var merged = (el.dataset.merge || "").split(" ").filter(Boolean).map(function (path) {
    return { bundlePath: new URL(path, window.location.href).pathname, baseUrl: base.pathname };
  });
  var ui = new PagefindUI({
    element: "#search",
    bundlePath: bundle.pathname,
    baseUrl: base.pathname,
    showSubResults: true,
    showImages: false,
    resetStyles: false,
    pageSize: 10,
    autofocus: true,
    mergeIndex: merged
  });
  var query = new URLSearchParams(window.location.search).get("q");
  if (query) {
    ui.triggerSearch(query);
  }
})();
