/* The SPARQL editor of /sparql: YASGUI (vendored under /static/vendor/yasgui/) over this server's endpoint.
 *
 * Without JavaScript, or if YASGUI fails to load, the page's plain form and its paged table stay as they are.
 * With it, the form is replaced by YASGUI: the project's prefixes, autocompletion of the classes and
 * properties this graph uses (from its VoID statistics; no other host is asked), the query catalogue as
 * examples (each opens in a tab of its own), the table and raw views with their downloads, and a permalink;
 * the server's paged table of a page opened with a query stays below it until the next run.
 * The page loads nothing from another host: the completers that would ask one (LOV, prefix.cc) are off.
 */
(function () {
  "use strict";
  var configEl = document.getElementById("editor-config");
  var mount = document.getElementById("yasgui");
  if (!configEl || !mount || typeof window.Yasgui !== "function") {
    return; // the plain form stays
  }
  var Yasgui = window.Yasgui;
  var config = JSON.parse(configEl.textContent);
  var endpoint = new URL(config.endpoint, window.location.href).href;
  var textarea = document.getElementById("query");
  var initial = textarea ? textarea.value : "";

  // no completer may ask another host: LOV (classes, properties) is replaced by this graph's own terms
  var Yasqe = Yasgui.Yasqe;
  Yasqe.defaults.prefixCcApi = null;
  function localTerms(name, from, terms) {
    try {
      Yasqe.forkAutocompleter(from, {
        name: name,
        bulk: true,
        persistenceId: null,
        get: function () { return terms; }
      });
    } catch (e) {
      // an older or newer YASQE without this completer: no completion of terms, nothing else lost
    }
  }
  localTerms("phancong-classes", "class", config.classes || []);
  localTerms("phancong-properties", "property", config.properties || []);

  // the project's prefixes first and as they are (the bundled list of prefix.cc has another "pc:"), then
  // the bundled ones whose names the project does not use; typing "pc:" in a query declares it
  var prefixes = config.prefixes || {};
  var bundled = Yasqe.Autocompleters.prefixes;
  if (bundled) {
    Yasqe.forkAutocompleter("prefixes", {
      name: "phancong-prefixes",
      persistenceId: null,
      get: function (yasqe) {
        var ours = Object.keys(prefixes).map(function (k) { return k + ": <" + prefixes[k] + ">"; });
        return Promise.resolve(bundled.get(yasqe)).then(function (theirs) {
          return ours.concat((theirs || []).filter(function (t) {
            return !Object.prototype.hasOwnProperty.call(prefixes, t.split(":")[0]);
          }));
        });
      }
    });
  }
  Yasqe.defaults.autocompleters = Yasqe.defaults.autocompleters.filter(function (n) {
    return n !== "class" && n !== "property" && !(n === "prefixes" && bundled);
  });
  // shown before YASGUI is drawn (CodeMirror measures its box: drawn hidden, it stays blank)
  var plain = document.getElementById("plain");
  mount.hidden = false;
  plain.hidden = true;
  var yasgui;
  try {
    yasgui = new Yasgui(mount, {
      requestConfig: {
        endpoint: endpoint,
        method: "POST",
        acceptHeaderSelect: "application/sparql-results+json,*/*;q=0.9",
        acceptHeaderGraph: "text/turtle,*/*;q=0.9"
      },
      copyEndpointOnNewTab: true,
      endpointCatalogueOptions: {
        getData: function () { return [{ endpoint: endpoint, type: "own" }]; },
        keys: []
      },
      persistenceId: "phancong-sparql",
      populateFromUrl: false,
      autofocus: false,
      yasqe: {
        value: initial,
        resizeable: true,
        editorHeight: "260px",
        createShareableLink: function (yasqe) {
          return new URL("/sparql?" + new URLSearchParams({ query: yasqe.getValue() }).toString(),
                         window.location.href).href;
        }
      },
      yasr: {
        prefixes: prefixes,
        pluginOrder: ["table", "response"],
        defaultPlugin: "table",
        persistencyExpire: 0
      }
    });
  } catch (err) {
    mount.hidden = true;  // the plain form again
    plain.hidden = false;
    throw err;
  }
  window.phancongYasgui = yasgui;

  // the query of the page (the form's, or a permalink's) in a tab: the current one if it holds it already
  var tab = yasgui.getTab();
  var yasqe = tab.getYasqe();
  if (initial.trim()) {
    if (yasqe.getValue().trim() !== initial.trim()) {
      tab = yasgui.addTab(true, { name: "Query", yasqe: { value: initial } });
      yasqe = tab.getYasqe();
    }
  }
  tab.setEndpoint(endpoint);
  // a page opened with a query (a permalink, the form) shows the server's answer below, in pages with
  // its total and downloads, also when it is larger than one answer may be; the next run in the editor
  // replaces it
  var served = document.getElementById("server-results");
  yasgui.on("query", function () {
    if (served) {
      served.hidden = true;
    }
  });

  // the catalogue's queries: each example opens in a tab of its own (the link still works in a new window)
  var examples = config.examples || [];
  Array.prototype.forEach.call(document.querySelectorAll("a.example[data-example]"), function (a) {
    a.addEventListener("click", function (event) {
      if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) {
        return;
      }
      var e = examples[Number(a.getAttribute("data-example"))];
      if (!e) {
        return;
      }
      event.preventDefault();
      var t = yasgui.addTab(true, { name: e.name, yasqe: { value: e.query } });
      t.setEndpoint(endpoint);
      mount.scrollIntoView({ block: "start" });
    });
  });

  document.documentElement.classList.add("has-editor");
  window.phancongEditorReady = true;
})();
