/* phancong graph views: draws the JSON in #pc-data with vis-network.
 * Every text that comes from documents is set with textContent (or given to
 * vis-network as a plain string, which it draws on the canvas or sets with
 * innerText); no markup is ever built from data. */
(function () {
  "use strict";

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    if (cls) { e.className = cls; }
    return e;
  }

  var SAFE_PROTOCOLS = { "http:": true, "https:": true, "file:": true };

  function safeHref(href) {
    if (typeof href !== "string" || !href) { return null; }
    try {
      var url = new URL(href, document.baseURI);
      return SAFE_PROTOCOLS[url.protocol] ? url.href : null;
    } catch (e) {
      return null;
    }
  }

  /* a link to the source when it has a safe URL, else the source IRI as plain text */
  function sourceElement(iri, href) {
    var safe = safeHref(href);
    if (safe) {
      var a = el("a", iri);
      a.href = safe;
      a.rel = "noopener noreferrer";
      a.target = "_blank";
      return a;
    }
    return el("span", iri, "pc-iri");
  }

  var SVG = "http://www.w3.org/2000/svg";

  function svg(tag, attrs) {
    var e = document.createElementNS(SVG, tag);
    Object.keys(attrs).forEach(function (k) { e.setAttribute(k, String(attrs[k])); });
    return e;
  }

  /* a small drawing of a node shape or an edge style, for the legend */
  function swatch(item) {
    var s = svg("svg", { width: 34, height: 20, viewBox: "0 0 34 20", "aria-hidden": "true" });
    var paint = { fill: item.background || "none", stroke: item.border || item.color || "#555", "stroke-width": 1.6 };
    if (item.dashes) { paint["stroke-dasharray"] = "4 3"; }
    var shape;
    if (item.edge) {
      shape = svg("line", { x1: 2, y1: 10, x2: 26, y2: 10, stroke: item.color, "stroke-width": item.width || 2 });
      if (item.dashes) { shape.setAttribute("stroke-dasharray", "4 3"); }
      s.appendChild(shape);
      if (item.arrow) { s.appendChild(svg("polygon", { points: "26,5 33,10 26,15", fill: item.color })); }
      else { shape.setAttribute("x2", "32"); }
      return s;
    }
    switch (item.shape) {
      case "box": shape = svg("rect", Object.assign({ x: 3, y: 3, width: 28, height: 14, rx: 3 }, paint)); break;
      case "ellipse": shape = svg("ellipse", Object.assign({ cx: 17, cy: 10, rx: 14, ry: 7 }, paint)); break;
      case "diamond": shape = svg("polygon", Object.assign({ points: "17,1 26,10 17,19 8,10" }, paint)); break;
      case "triangle": shape = svg("polygon", Object.assign({ points: "17,2 26,18 8,18" }, paint)); break;
      case "hexagon": shape = svg("polygon", Object.assign({ points: "12,2 22,2 27,10 22,18 12,18 7,10" }, paint)); break;
      case "square": shape = svg("rect", Object.assign({ x: 10, y: 3, width: 14, height: 14 }, paint)); break;
      default: shape = svg("circle", Object.assign({ cx: 17, cy: 10, r: 7 }, paint));
    }
    s.appendChild(shape);
    return s;
  }

  function buildLegend(legend) {
    var box = document.getElementById("pc-legend");
    box.appendChild(el("h2", "Chú giải / Legend"));
    var groups = [["Nút / Nodes", legend.nodes || []], ["Quan hệ / Edges", legend.edges || []]];
    groups.forEach(function (g) {
      if (!g[1].length) { return; }
      box.appendChild(el("h3", g[0]));
      g[1].forEach(function (item) {
        var row = el("div", null, "pc-legend-row");
        row.appendChild(swatch(item));
        row.appendChild(el("span", item.label));
        box.appendChild(row);
      });
    });
    if (legend.note) { box.appendChild(el("p", legend.note, "pc-hint")); }
  }

  /* a field of the details panel: its name, then its value (text, a list of items, or an element) */
  function field(dl, name, value) {
    dl.appendChild(el("dt", name));
    var dd = el("dd");
    if (Array.isArray(value)) {
      var ul = el("ul", null, "pc-items");
      value.forEach(function (v) { ul.appendChild(el("li", v)); });
      dd.appendChild(ul);
    } else if (value && value.nodeType) {
      dd.appendChild(value);
    } else {
      dd.textContent = String(value === undefined || value === null ? "" : value);
    }
    dl.appendChild(dd);
    return dd;
  }

  /* the details of a node or an edge, one field each: what it is and its full name, its relations (one item a
     line), then each evidence sentence with its role and its source */
  function showDetails(d) {
    var box = document.getElementById("pc-details");
    while (box.firstChild) { box.removeChild(box.firstChild); }
    box.appendChild(el("h2", "Chi tiết / Details"));
    if (!d) {
      box.appendChild(el("p", "Di chuột hoặc nhấn vào một nút để xem chi tiết. / Hover or click a node to see its details.", "pc-hint"));
      return;
    }
    var dl = el("dl", null, "pc-fields");
    field(dl, d.kind, d.name).className = "pc-name";
    (d.facts || []).forEach(function (f) { field(dl, f[0], f[1]); });
    box.appendChild(dl);
    (d.evidence || []).forEach(function (ev) {
      var ed = el("dl", null, "pc-evidence");
      field(ed, "Vai trò / Role", ev.role).className = "pc-evidence-role";
      var q = el("blockquote");
      q.appendChild(document.createTextNode("« " + ev.text + " »"));
      field(ed, "Câu gốc / Evidence", q);
      if (ev.source) { field(ed, "Nguồn / Source", sourceElement(ev.source, ev.href)); }
      box.appendChild(ed);
    });
    if (d.iri) { box.appendChild(el("p", "IRI: " + d.iri, "pc-iri")); }
  }

  var data = JSON.parse(document.getElementById("pc-data").textContent);
  document.getElementById("pc-title").textContent = data.title || "";
  document.getElementById("pc-subtitle").textContent = data.subtitle || "";
  if (data.source && data.source.iri) {
    var src = document.getElementById("pc-source");
    src.appendChild(document.createTextNode("Nguồn / Source: "));
    src.appendChild(sourceElement(data.source.iri, data.source.href));
  }
  buildLegend(data.legend || {});

  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var container = document.getElementById("pc-network");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, data.options || {});
  window.phancongNetwork = network;
  window.phancongData = { nodes: nodes, edges: edges, focus: data.focus || null };
  window.phancongDrawn = false;
  network.once("afterDrawing", function () {
    window.phancongDrawn = true;
    document.documentElement.setAttribute("data-drawn", "true");
  });
  if (data.stabilize) {
    network.once("stabilizationIterationsDone", function () { network.setOptions({ physics: { enabled: false } }); });
  }

  /* opening zoom: a layered view too large to read when fitted opens at its main node, at a zoom where the
     labels can be read; the buttons above the canvas zoom, fit the whole graph, or come back */
  function home() {
    var scale = data.minScale || 0;
    network.fit({ animation: false });
    if (!data.focus || !scale || network.getScale() >= scale) { return; }
    var pos = network.getPositions([data.focus])[data.focus];
    if (!pos) { return; }
    /* from the main node towards the middle of the other nodes, by at most a third of the canvas: a
       document's groups and tasks (to its right) or a chain's bodies (above its task) fill the rest */
    var w = container.clientWidth, h = container.clientHeight;
    var all = network.getPositions(), sx = 0, sy = 0, n = 0;
    Object.keys(all).forEach(function (id) { sx += all[id].x; sy += all[id].y; n += 1; });
    var dx = n ? sx / n - pos.x : 0, dy = n ? sy / n - pos.y : 0;
    var maxX = w / 3 / scale, maxY = h / 3 / scale;
    var x = pos.x + Math.max(-maxX, Math.min(maxX, dx));
    var y = pos.y + Math.max(-maxY, Math.min(maxY, dy));
    network.moveTo({ position: { x: x, y: y }, scale: scale, animation: false });
  }

  function zoomBy(factor) {
    network.moveTo({ scale: network.getScale() * factor, animation: false });
  }

  document.getElementById("pc-zoom-in").addEventListener("click", function () { zoomBy(1.25); });
  document.getElementById("pc-zoom-out").addEventListener("click", function () { zoomBy(0.8); });
  document.getElementById("pc-fit").addEventListener("click", function () { network.fit({ animation: false }); });
  document.getElementById("pc-home").addEventListener("click", home);
  if (data.stabilize) {
    network.once("stabilizationIterationsDone", home);
  } else {
    home();
  }
  window.phancongHome = home;

  var details = data.details || {};
  var edgeDetails = data.edgeDetails || {};
  var pinned = null;

  function focusDetails() { return data.focus && details[data.focus] ? details[data.focus] : null; }

  /* a large view sends the details of the edges that quote a sentence only: the others are their relation
     and their two ends, read here from the edge and the nodes' details */
  function edgeDetail(id) {
    if (edgeDetails[id]) { return edgeDetails[id]; }
    var e = edges.get(id);
    if (!e) { return null; }
    var name = function (n) { return details[n] ? details[n].name : n; };
    return { kind: "Quan hệ / Relation", name: e.label || e.title,
             facts: [["Từ / From", name(e.from)], ["Đến / To", name(e.to)]], evidence: [] };
  }

  network.on("click", function (p) {
    if (p.nodes.length) { pinned = details[p.nodes[0]] || null; }
    else if (p.edges.length) { pinned = edgeDetail(p.edges[0]); }
    else { pinned = null; }
    showDetails(pinned || focusDetails());
  });
  network.on("hoverNode", function (p) { if (!pinned) { showDetails(details[p.node] || null); } });
  network.on("blurNode", function () { if (!pinned) { showDetails(focusDetails()); } });
  showDetails(focusDetails());
}());
