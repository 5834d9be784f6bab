/* /docs: Swagger UI (vendored under /static/vendor/swagger-ui/) over this server's /openapi.json.
 * No validator badge (it would ask another host) and no inline script (the pages' CSP forbids it). */
(function () {
  "use strict";
  var el = document.getElementById("swagger-ui");
  if (!el || typeof window.SwaggerUIBundle !== "function") {
    return;
  }
  window.phancongSwagger = window.SwaggerUIBundle({
    url: el.getAttribute("data-spec"),
    domNode: el,
    deepLinking: true,
    validatorUrl: null,
    tryItOutEnabled: true,
    presets: [window.SwaggerUIBundle.presets.apis],
    layout: "BaseLayout",
    onComplete: function () { window.phancongDocsReady = true; }
  });
})();
