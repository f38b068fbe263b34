// The search page: Pagefind's UI, with ?q= from the header's search box.
(function () {
  "use strict";
  var el = document.getElementById("search");
  if (!el || typeof PagefindUI === "undefined") {
    return;
  }
  var bundle = new URL(el.dataset.bundle, window.location.href);
  var base = new URL("../", bundle);
  var ui = new PagefindUI({
    element: "#search",
    bundlePath: bundle.pathname,
    baseUrl: base.pathname,
    showSubResults: true,
    showImages: false,
    resetStyles: false,
    pageSize: 10,
    autofocus: true
  });
  var query = new URLSearchParams(window.location.search).get("q");
  if (query) {
    ui.triggerSearch(query);
  }
})();
