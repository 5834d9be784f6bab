"""A graph view as plain data, its styles, its layout, and the pyvis network that carries it.

Views (chain, body, document, province network) are built as a :class:`View`
of :class:`ViewNode` and :class:`ViewEdge`. :func:`view_data` turns it into
what the page script reads: the node and edge lists of a pyvis ``Network``
(filled directly: pyvis's ``add_node`` scans a list per call, see
/work/shared/DESIGN.md), vis-network options, legend and details.

Layout (views.layout): positions are computed once in Python and physics is off,
except for a force view of at most :data:`LARGE` nodes, where vis-network's
physics settles once and is then switched off. Layered views of at most
:data:`LARGE` nodes get a Sugiyama-style drawing (long edges curve around the
nodes they skip); larger ones wrap each layer into rows; large force views use
networkx's spring layout.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from .compact import ARROW, collector_paused, compact_edge, grouped
from .layout import force_positions, layer_levels, layered_layout, node_size, wrapped_layers

__all__ = [
    "View",
    "ViewNode",
    "ViewEdge",
    "NODE_STYLES",
    "EDGE_STYLES",
    "LARGE",
    "view_data",
    "kind_of",
    "source_of",
    "checked_href",
    "relation_label",
    "shorten",
]

LARGE = 300  # above this many nodes: networkx positions, physics off
# the least zoom a layered view opens at (its labels ~11 px): a view too large for that opens at the focus
# node, the rest a "fit" away (assets/view.js)
MIN_SCALE = 0.8

PCID = "https://w3id.org/phancong/id/"
FONT = "Noto Sans, DejaVu Sans, Segoe UI, Roboto, Arial, sans-serif"

# style key -> (shape, background, border, font colour, legend label)
NODE_STYLES: dict[str, tuple[str, str, str, str, str]] = {
    "task": ("box", "#fff4c2", "#b7950b", "#1f2933", "Nhiệm vụ / Task"),
    "taskgroup": ("box", "#fde2c4", "#c0560d", "#1f2933", "Nhóm nhiệm vụ / Task group"),
    "document": ("box", "#e3dcf5", "#5b3fa8", "#1f2933", "Văn bản / Document"),
    "target": ("hexagon", "#cdebd0", "#2e7d32", "#1f2933", "Chỉ tiêu / Target"),
    "statistic": ("square", "#d7ecf7", "#0277bd", "#1f2933", "Số liệu / Statistic"),
    "body-focus": ("ellipse", "#ff8a65", "#bf360c", "#1f2933", "Cơ quan đang xem / This body"),
    "body-lead": ("ellipse", "#ffcdd2", "#c62828", "#1f2933", "Cơ quan chủ trì / Lead body"),
    "body-coordinate": ("ellipse", "#bbdefb", "#1565c0", "#1f2933", "Cơ quan phối hợp / Coordinating body"),
    "body-implement": ("ellipse", "#dcedc8", "#558b2f", "#1f2933", "Cơ quan thực hiện / Implementing body"),
    "body-monitor": ("ellipse", "#e1bee7", "#6a1b9a", "#1f2933", "Cơ quan kiểm tra, giám sát / Monitoring body"),
    "body-partner": ("ellipse", "#b2ebf2", "#00838f", "#1f2933", "Cơ quan cùng phối hợp / Partner body"),
    "body-superior": (
        "ellipse",
        "#cfd8dc",
        "#455a64",
        "#1f2933",
        "Cơ quan nhận báo cáo, cấp trên / Reported-to or parent body",
    ),
    "body-issuer": ("ellipse", "#37474f", "#102027", "#ffffff", "Cơ quan ban hành / Issuing committee"),
    "body": ("ellipse", "#eceff1", "#78909c", "#1f2933", "Cơ quan / Body"),
    "other": ("dot", "#eeeeee", "#9e9e9e", "#1f2933", "Khác / Other"),
}

# relation -> (Vietnamese, English, colour, dashes, width)
EDGE_STYLES: dict[str, tuple[str, str, str, bool, float]] = {
    "lead": ("chủ trì", "lead", "#c62828", False, 3.0),
    "coordinate": ("phối hợp", "coordinate", "#1565c0", False, 2.0),
    "implement": ("thực hiện", "implement", "#558b2f", False, 2.0),
    "monitor": ("kiểm tra, giám sát", "monitor", "#6a1b9a", False, 2.0),
    "partner": ("phối hợp với", "works with", "#00838f", True, 1.6),
    "reportsTo": ("báo cáo", "reports to", "#8d4b1f", False, 2.2),
    "accountableTo": ("chịu trách nhiệm trước", "accountable to", "#8d4b1f", True, 2.2),
    "subOrganizationOf": ("trực thuộc", "part of", "#90a4ae", True, 1.2),
    "taskGroup": ("thuộc nhóm", "in group", "#c0560d", False, 1.2),
    "document": ("thuộc văn bản", "in document", "#5b3fa8", False, 1.2),
    "issuer": ("ban hành bởi", "issued by", "#102027", False, 1.6),
    "implements": ("thực hiện văn bản", "implements", "#5b3fa8", True, 1.4),
    "basedOn": ("căn cứ", "based on", "#5b3fa8", True, 1.4),
    "inheritsFrom": ("kế thừa", "inherits from", "#5b3fa8", True, 1.4),
    "cites": ("trích dẫn", "cites", "#5b3fa8", True, 1.2),
    "sharedTask": ("cùng nhiệm vụ", "shared tasks", "#1565c0", False, 1.0),
}

KIND_NAMES = {
    "task": "Nhiệm vụ / Task",
    "taskgroup": "Nhóm nhiệm vụ / Task group",
    "document": "Văn bản / Document",
    "body": "Cơ quan / Body",
    "target": "Chỉ tiêu / Target",
    "statistic": "Số liệu / Statistic",
    "other": "Khác / Other",
}

_IRI_KINDS = {
    "task": "task",
    "taskgroup": "taskgroup",
    "doc": "document",
    "body": "body",
    "target": "target",
    "statistic": "statistic",
}
_ITEM_KINDS = ("task", "taskgroup", "target", "statistic", "assignment", "relation", "reference", "evidence")


def kind_of(iri: str) -> str:
    """The class of an instance from its IRI pattern (docs/model.md): task, taskgroup, document, body, ...

    >>> kind_of("https://w3id.org/phancong/id/doc/tuyen-quang/03-da-tu/2021")
    'document'
    """
    if not iri.startswith(PCID):
        return "other"
    return _IRI_KINDS.get(iri[len(PCID) :].split("/", 1)[0], "other")


def source_of(iri: str | None) -> str | None:
    """The source an extracted item came from, by its IRI
    (``pcid:task/{source_id}/{n}`` -> ``pcid:source/{source_id}``).

    >>> source_of("https://w3id.org/phancong/id/task/001_71a5b6d91341e01c/28")
    'https://w3id.org/phancong/id/source/001_71a5b6d91341e01c'
    """
    if not iri or not iri.startswith(PCID):
        return None
    parts = iri[len(PCID) :].split("/")
    if len(parts) == 3 and parts[0] in _ITEM_KINDS and parts[1]:
        return f"{PCID}source/{parts[1]}"
    return None


def checked_href(source_href: Callable[[str], str | None] | None, iri: str | None) -> str | None:
    """The URL ``source_href`` maps a source IRI to, if it is http(s), file or relative; else None."""
    if not source_href or not iri:
        return None
    url = source_href(iri)
    if not url:
        return None
    url = str(url)
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("", "http", "https", "file") or any(ord(c) < 32 for c in url):
        raise ValueError(f"source_href returned {url!r} for {iri}: only http(s), file or relative URLs are linked")
    return url


def relation_label(relation: str) -> str:
    """'chủ trì / lead' for 'lead'; the relation itself when unknown."""
    style = EDGE_STYLES.get(relation)
    return f"{style[0]} / {style[1]}" if style else relation


def shorten(text: str | None, n: int) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


@dataclass
class ViewNode:
    id: str
    label: str
    style: str  # a key of NODE_STYLES
    kind: str  # a key of KIND_NAMES
    name: str | None = None  # the full name or text (label may be shortened)
    facts: list[tuple[str, str | list[str]]] = field(default_factory=list)  # a list: one item a line
    evidence: list[dict] = field(default_factory=list)  # {role, text, source, href}
    level: int | None = None
    size: float | None = None  # scales the node (force views)


@dataclass
class ViewEdge:
    source: str
    target: str
    relation: str
    evidence: str | None = None
    source_iri: str | None = None  # the source the evidence came from
    href: str | None = None
    weight: float = 1.0
    label: str | None = None  # shown on the edge; default: relation_label(relation)
    show_label: bool = True  # False: the label is in the tooltip only


@dataclass
class View:
    title: str
    subtitle: str = ""
    layout: str = "layered"  # layered | force
    direction: str = "UD"  # layered: UD, DU, LR, RL
    focus: str | None = None
    source: str | None = None
    source_href: str | None = None
    nodes: dict[str, ViewNode] = field(default_factory=dict)
    edges: list[ViewEdge] = field(default_factory=list)
    edge_labels: bool = True
    note: str = ""
    reverse: set[str] = field(default_factory=set)  # relations laid out against their direction (parent first)
    node_shape: str | None = None  # one shape for every node (e.g. "dot" for a network sized by value)

    def add_node(self, node: ViewNode) -> ViewNode:
        return self.nodes.setdefault(node.id, node)


def _max_width(view: View, node: ViewNode) -> int:
    """The widest a node's label may grow before it wraps."""
    shape = NODE_STYLES.get(node.style, NODE_STYLES["other"])[0]
    if shape not in ("box", "ellipse"):
        return 170
    return 260 if node.id == view.focus else 230


def _fact_text(value) -> str:
    return (
        "; ".join(shorten(v, 80) for v in value[:6]) + (" …" if len(value) > 6 else "")
        if isinstance(value, (list, tuple))
        else str(value)
    )


def _tooltip(node: ViewNode) -> str:
    lines = [KIND_NAMES.get(node.kind, node.kind), node.name or node.label]
    lines += [f"{k}: {_fact_text(v)}" for k, v in node.facts][:6]
    for ev in node.evidence[:3]:
        lines.append(f"\n{ev['role']}: « {shorten(ev['text'], 400)} »")
    return "\n".join(lines)


def view_data(view: View) -> dict:
    """What assets/view.js reads: nodes and edges (through a pyvis Network), options, legend, details.

    A large view (above :data:`LARGE` nodes) writes what the nodes of one style share once, as a vis-network
    group, and each node's own values only; the garbage collector waits while the many small objects of a large
    view are made (it otherwise scanned them over and over: half the time of a 20,000-node view)."""
    with collector_paused(len(view.nodes) > LARGE):
        return _view_data(view)


def _view_data(view: View) -> dict:
    from pyvis.network import Network

    large = len(view.nodes) > LARGE
    net = Network(height="100%", width="100%", directed=True, cdn_resources="remote")
    positions, curves = _positions(view, large)
    groups: dict[str, dict[str, Any]] = {}
    for node in view.nodes.values():
        item = _node_item(view, node, positions)
        if large:
            item = grouped(item, node.style, groups)
        net.nodes.append(item)
        net.node_ids.append(node.id)
        net.node_map[node.id] = item
    edge_details = {}
    for i, e in enumerate(view.edges):
        edge = _edge_item(view, i, e, curves)
        net.edges.append(compact_edge(edge) if large else edge)
        if e.evidence or not large:  # a large view's other edges: assets/view.js reads them off the edge
            edge_details[f"e{i}"] = _edge_detail(view, e)
    net.options = _options(view, large, positions is not None)
    if large:
        net.options["groups"] = groups
        net.options["edges"]["arrows"] = ARROW
    nodes, edges, _heading, _height, _width, _options_json = net.get_network_data()
    legend = _legend(view)
    details = {
        n.id: {
            "kind": KIND_NAMES.get(n.kind, n.kind),
            "name": n.name or n.label,
            "facts": [list(f) for f in n.facts],
            "evidence": n.evidence,
            "iri": n.id,
        }
        for n in view.nodes.values()
    }
    return {
        "title": view.title,
        "subtitle": view.subtitle,
        "direction": view.direction,
        "minScale": MIN_SCALE if view.layout == "layered" else None,
        "source": {"iri": view.source, "href": view.source_href} if view.source else None,
        "focus": view.focus,
        "nodes": nodes,
        "edges": edges,
        "options": net.options,
        "legend": legend,
        "details": details,
        "edgeDetails": edge_details,
        "stabilize": view.layout == "force" and not large,
    }


def _positions(view: View, large: bool) -> tuple[dict[str, tuple[float, float]] | None, dict[int, dict]]:
    """(fixed positions of the nodes, or None where vis-network's physics places them; the curves of the
    edges that skip layers, by edge index)."""
    pairs = [(e.source, e.target) for e in view.edges]
    if view.layout != "layered":
        if large:
            return force_positions(list(view.nodes), [(e.source, e.target, e.weight) for e in view.edges]), {}
        return None, {}
    levels = layer_levels(
        list(view.nodes),
        [(b, a) if e.relation in view.reverse else (a, b) for (a, b), e in zip(pairs, view.edges, strict=True)],
    )
    if large:
        labels = {n: v.label for n, v in view.nodes.items()}
        return wrapped_layers(list(view.nodes), pairs, levels, labels, view.direction), {}
    sizes = {
        n: node_size(v.label, NODE_STYLES.get(v.style, NODE_STYLES["other"])[0], _max_width(view, v))
        for n, v in view.nodes.items()
    }
    return layered_layout(sizes, pairs, levels, view.direction)


def _node_item(view: View, node: ViewNode, positions: dict[str, tuple[float, float]] | None) -> dict[str, Any]:
    """A node as vis-network draws it: shape, colours, font, its tooltip, and its position when fixed."""
    shape, bg, border, ink, _ = NODE_STYLES.get(node.style, NODE_STYLES["other"])
    shape = view.node_shape or shape
    inside = shape in ("box", "ellipse")
    item: dict[str, Any] = {
        "id": node.id,
        "label": node.label,
        "title": _tooltip(node),
        "shape": shape,
        "color": {
            "background": bg,
            "border": border,
            "highlight": {"background": bg, "border": "#000000"},
            "hover": {"background": bg, "border": "#000000"},
        },
        "font": {"color": ink if inside else "#1f2933", "face": FONT, "size": 15 if node.id == view.focus else 14},
        "borderWidth": 3 if node.id == view.focus else 1.5,
        "widthConstraint": {"maximum": _max_width(view, node)},
    }
    if node.style == "taskgroup":
        item["shapeProperties"] = {"borderDashes": [6, 3]}
    if not inside:
        item["size"] = 18
    if node.size is not None:
        item["value"] = node.size
    if positions is not None:
        item["x"], item["y"] = positions[node.id]
        item["physics"] = False
    return item


def _edge_label(e: ViewEdge) -> str:
    vi, en = EDGE_STYLES.get(e.relation, (e.relation, e.relation))[:2]
    return e.label or f"{vi} / {en}"


def _edge_item(view: View, i: int, e: ViewEdge, curves: dict[int, dict]) -> dict[str, Any]:
    """The ``i``-th edge as vis-network draws it: colour, dashes, width by weight, arrow, label and tooltip."""
    _vi, _en, colour, dashes, width = EDGE_STYLES.get(e.relation, (e.relation, e.relation, "#607d8b", False, 1.0))
    label = _edge_label(e)
    item: dict[str, Any] = {
        "id": f"e{i}",
        "from": e.source,
        "to": e.target,
        "title": label + (f"\n« {shorten(e.evidence, 400)} »" if e.evidence else ""),
        "color": {"color": colour, "highlight": colour, "hover": colour},
        "dashes": dashes,
        "width": width * (1 + math.log(e.weight) if e.weight > 1 else 1),
        "arrows": {"to": {"enabled": e.relation != "sharedTask", "scaleFactor": 0.6}},
    }
    if view.edge_labels and e.show_label:
        item["label"] = label
    if i in curves:  # an edge that skips layers bends around the nodes in between
        item["smooth"] = curves[i]
    return item


def _edge_detail(view: View, e: ViewEdge) -> dict[str, Any]:
    """What the details panel shows of an edge: its relation, its ends, and the sentence it was read from."""
    label = _edge_label(e)
    return {
        "kind": "Quan hệ / Relation",
        "name": label,
        "facts": [
            ("Từ / From", view.nodes[e.source].name or view.nodes[e.source].label),
            ("Đến / To", view.nodes[e.target].name or view.nodes[e.target].label),
        ],
        "evidence": [{"role": label, "text": e.evidence, "source": e.source_iri, "href": e.href}] if e.evidence else [],
    }


def _legend(view: View) -> dict[str, Any]:
    """The legend: the node styles and the relations the view shows, in order, and its note."""
    present = {n.style for n in view.nodes.values()}
    rels: list[str] = []
    for e in view.edges:
        if e.relation not in rels:
            rels.append(e.relation)
    return {
        "nodes": [
            {
                "label": s[4],
                "shape": view.node_shape or s[0],
                "background": s[1],
                "border": s[2],
                "dashes": key == "taskgroup",
            }
            for key, s in NODE_STYLES.items()
            if key in present
        ],
        "edges": [
            {
                "edge": True,
                "label": relation_label(r),
                "color": EDGE_STYLES.get(r, ("", "", "#607d8b"))[2],
                "dashes": EDGE_STYLES.get(r, (0, 0, 0, False))[3],
                "arrow": r != "sharedTask",
            }
            for r in rels
        ],
        "note": view.note,
    }


def _options(view: View, large: bool, placed: bool) -> dict:
    """vis-network options: physics only for a small force view (stopped once it has settled)."""
    vertical = view.direction in ("UD", "DU")
    options: dict = {
        "autoResize": True,
        # the zoom and fit controls are buttons above the canvas (assets/view.js), never over a node
        "interaction": {
            "hover": True,
            "tooltipDelay": 120,
            "navigationButtons": False,
            "keyboard": False,
            "multiselect": False,
            "hideEdgesOnDrag": large,
            "hideEdgesOnZoom": large,
        },
        "nodes": {"margin": {"top": 8, "bottom": 8, "left": 10, "right": 10}, "shadow": False},
        "edges": {
            "font": {
                "face": FONT,
                "size": 13,
                "color": "#37474f",
                "strokeWidth": 4,
                "strokeColor": "#ffffff",
                "align": "horizontal",
            },
            "smooth": False
            if large
            else {
                "enabled": True,
                "type": "cubicBezier",
                "roundness": 0.45,
                "forceDirection": "vertical" if vertical else "horizontal",
            },
            "selectionWidth": 1.5,
        },
        "physics": {"enabled": False},
        "layout": {"improvedLayout": False, "randomSeed": 7},
    }
    if view.layout == "force":
        options["nodes"]["scaling"] = {"min": 14, "max": 40, "label": {"enabled": False}}
        if not large:
            options["edges"]["smooth"] = {"enabled": True, "type": "continuous", "roundness": 0.3}
            options["layout"]["improvedLayout"] = len(view.nodes) <= 100
            options["physics"] = {
                "enabled": True,
                "solver": "forceAtlas2Based",
                "forceAtlas2Based": {"gravitationalConstant": -120, "springLength": 160, "avoidOverlap": 0.6},
                "stabilization": {"enabled": True, "iterations": 400, "fit": True},
            }
    return options
