/* /docs: Swagger UI (vendored under /static/vendor/swagger-ui/) over this server's /openapi.json.
 * No validator badge (it would ask another host) and no inline script (the pages' CSP forbids it). */
(function () {
  "use strict";
  var el = document.getElementById("swagger-ui");
  if (!el || typeof window.SwaggerUIBundle !== "function") {
    return;
  }
  // Swagger UI draws its operations (and each opened schema) in a <main> of its own, inside the page's <main>:
  // two main landmarks, which screen readers and axe reject. Its mains become named regions as they appear.
  function oneMain() {
    el.querySelectorAll("main:not([role])").forEach(function (m) {
      m.setAttribute("role", "region");
      if (!m.getAttribute("aria-label")) {
        m.setAttribute("aria-label", "API operations");
      }
    });
  }
  new MutationObserver(oneMain).observe(el, {childList: true, subtree: true});
  window.phancongSwagger = window.SwaggerUIBundle({
    url: el.getAttribute("data-spec"),
    domNode: el,
    deepLinking: true,
    validatorUrl: null,
    tryItOutEnabled: true,
    presets: [window.SwaggerUIBundle.presets.apis],
    layout: "BaseLayout",
    onComplete: function () { oneMain(); window.phancongDocsReady = true; }
  });
})();
