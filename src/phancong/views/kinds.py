"""The visual views: standalone, offline HTML graphs and the comparison chart.

- :func:`render_chain_html` / :func:`chain_html`: the responsibility chain of a task
  (from :meth:`phancong.api.KnowledgeGraph.chain`), layered from the task up to the
  issuing committee.
- :func:`render_body_html`, :func:`render_document_html`, :func:`render_network_html`:
  a body's portfolio, a document's structure, the province network of bodies weighted
  by shared tasks (``phancong view`` writes them to a file).
- :func:`compare_chart`: the SVG chart of :meth:`~phancong.api.KnowledgeGraph.compare` rows.

Pages inline vis-network (phancong/assets) and carry their data as JSON, so they open
with the network cut; labels from documents are text, never markup (see views.page).
``source_href`` maps a source IRI (``pcid:source/...``) to a URL for the "source" links;
by default the IRI is shown as plain text.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..vocab import role_slugs
from .chart import compare_chart
from .graph import View, ViewEdge, ViewNode, checked_href, kind_of, relation_label, shorten, source_of, view_data
from .numbers import value_text
from .page import render_page, write_text

__all__ = [
    "render_chain_html",
    "chain_html",
    "chain_view",
    "render_body_html",
    "body_view",
    "render_document_html",
    "document_view",
    "render_network_html",
    "network_view",
    "compare_chart",
]

SourceHref = Callable[[str], "str | None"] | None
FACT_ITEMS = 12  # items of one fact listed in a node's details
SUPERIOR = ("reportsTo", "accountableTo", "subOrganizationOf")
# what an edge says about its target, shown in the target's details
INVERSE = {
    "reportsTo": "nhận báo cáo từ / gets reports from",
    "accountableTo": "được chịu trách nhiệm trước bởi / answered to by",
    "subOrganizationOf": "cơ quan trực thuộc / organs",
    "issuer": "ban hành / issued",
    "partner": "được phối hợp bởi / partner of",
    "document": "gồm / contains",
    "taskGroup": "gồm / contains",
    "implements": "được thực hiện bởi / implemented by",
    "basedOn": "là căn cứ của / basis of",
    "inheritsFrom": "được kế thừa bởi / inherited by",
    "cites": "được trích dẫn bởi / cited by",
}


def _local(iri: str | None) -> str:
    return (iri or "").rsplit("/", 1)[-1].rsplit("#", 1)[-1]


# a node's label on the canvas: short enough to read at the default zoom (the full text is in the tooltip and
# in the details panel)
LABEL_CHARS = {"task": 64, "target": 64, "taskgroup": 64, "document": 60}
BODY_LABEL_CHARS = 48


def _label_for(kind: str, text: str | None, iri: str) -> str:
    text = text or _local(iri)
    return shorten(text, LABEL_CHARS.get(kind, BODY_LABEL_CHARS))


def _add(view: View, iri: str, label: str | None, style: str | None = None) -> ViewNode:
    kind = kind_of(iri)
    node = view.add_node(ViewNode(iri, _label_for(kind, label, iri), style or kind, kind, name=label or _local(iri)))
    if style and node.style in ("body", "other", kind):
        node.style = style
    return node


def _evidence(node: ViewNode, relation: str, text: str | None, source: str | None, href: str | None) -> None:
    """Add an evidence sentence to a node; one sentence read for several relations is listed once."""
    if not text:
        return
    role = relation_label(relation)
    same = next((e for e in node.evidence if e["text"] == text), None)
    if same is None:
        node.evidence.append({"role": role, "text": text, "source": source, "href": href})
    elif role not in same["role"].split("; "):
        same["role"] += "; " + role
        same["source"] = same["source"] or source
        same["href"] = same["href"] or href


def _body_styles(view: View, edges: list[tuple[str, str, str]], focus: str | None = None) -> None:
    """Colour bodies by what they are to the view's subject: role (lead first), issuer, partner, superior."""
    for node in view.nodes.values():
        if node.kind != "body":
            continue
        rels = {r for (a, r, b) in edges if b == node.id}
        outs = {r for (a, r, b) in edges if a == node.id}
        roles = [r for r in role_slugs() if r in rels]
        if node.id == focus:
            node.style = "body-focus"
        elif roles:
            node.style = f"body-{roles[0]}"
        elif "issuer" in rels:
            node.style = "body-issuer"
        elif "partner" in rels:
            node.style = "body-partner"
        elif rels & set(SUPERIOR):
            node.style = "body-superior"
        elif outs & {"partner"}:
            node.style = "body-partner"
        else:
            node.style = "body"


def _label_rare_edges(view: View, most: int = 3) -> None:
    """Labels only on the edges of a relation drawn at most ``most`` times: the colour and the legend tell the
    rest (22 "chủ trì / lead" labels on one body's tasks hid the tasks); an edge's tooltip still names it."""
    counts: dict[str, int] = {}
    for e in view.edges:
        counts[e.relation] = counts.get(e.relation, 0) + 1
    for e in view.edges:
        e.show_label = e.show_label and counts[e.relation] <= most and e.relation not in ("document", "taskGroup")


def _facts(view: View, edges: list[tuple[str, str, str]]) -> None:
    """Each node's neighbours as facts, one line per relation: 'báo cáo / reports to: X; Y', 'Vai trò / Role: ...'."""
    facts: dict[str, dict[str, list[str]]] = {}
    for a, r, b in edges:
        na, nb = view.nodes[a], view.nodes[b]
        facts.setdefault(a, {}).setdefault(relation_label(r), []).append(nb.name or nb.label)
        if nb.kind == "body" and na.kind == "task" and r in role_slugs():
            facts.setdefault(b, {}).setdefault("Vai trò / Role", []).append(relation_label(r))
        elif r in INVERSE:
            facts.setdefault(b, {}).setdefault(INVERSE[r], []).append(na.name or na.label)
    for n, by_key in facts.items():
        node = view.nodes[n]
        for key, values in by_key.items():
            unique = list(dict.fromkeys(values))
            if key == "Vai trò / Role":
                counts = {v: values.count(v) for v in unique}
                unique = [f"{v} ×{c}" if c > 1 else v for v, c in counts.items()]
            # one item a line in the details panel (never one run of concatenated task texts)
            node.facts.append(
                (
                    key,
                    unique if len(unique) <= FACT_ITEMS else unique[:FACT_ITEMS] + [f"… (+{len(unique) - FACT_ITEMS})"],
                )
            )


# ------------------------------------------------------------------ chain
def chain_view(chain, *, source_href: SourceHref = None) -> View:
    """The responsibility chain as a layered :class:`View` (task at the bottom, issuing committee on top)."""
    src = source_of(chain.task)
    href = checked_href(source_href, src)
    lead = [e.target_label for e in chain.edges if e.source == chain.task and e.relation == "lead"]
    doc = [e.target_label for e in chain.edges if e.source == chain.task and e.relation == "document"]
    subtitle = " · ".join(
        filter(
            None, [f"Văn bản / Document: {doc[0]}" if doc else "", f"Chủ trì / Lead: {', '.join(lead)}" if lead else ""]
        )
    )
    view = View(
        title=f"Chuỗi trách nhiệm / Responsibility chain: {shorten(chain.task_label, 140)}",
        subtitle=subtitle,
        layout="layered",
        direction="DU",
        focus=chain.task,
        source=src,
        source_href=href,
        note="Kéo để di chuyển, cuộn để phóng to. / Drag to move, scroll to zoom.",
    )
    _add(view, chain.task, chain.task_label, "task")
    triples = []
    for e in chain.edges:
        _add(view, e.source, e.source_label)
        _add(view, e.target, e.target_label)
        if e.source == e.target:
            continue
        triples.append((e.source, e.relation, e.target))
        ev_src = src if e.source == chain.task and e.relation in role_slugs() else None
        ev_href = href if ev_src else None
        view.edges.append(ViewEdge(e.source, e.target, e.relation, e.evidence, ev_src, ev_href))
        _evidence(view.nodes[e.source], e.relation, e.evidence, ev_src, ev_href)
        if e.relation in role_slugs() or e.relation in SUPERIOR or e.relation == "partner":
            _evidence(view.nodes[e.target], e.relation, e.evidence, ev_src, ev_href)
    _body_styles(view, triples)
    _facts(view, triples)
    return view


def render_chain_html(chain, *, source_href: SourceHref = None) -> str:
    """The chain of :meth:`KnowledgeGraph.chain` as a complete, offline HTML document."""
    view = chain_view(chain, source_href=source_href)
    return render_page(view.title, view_data(view))


def chain_html(chain, path: str | Path, *, source_href: SourceHref = None) -> Path:
    """Write :func:`render_chain_html` to ``path`` (parent directories are created)."""
    return write_text(render_chain_html(chain, source_href=source_href), path)


# ------------------------------------------------------------------ views of the store
def _edges_view(
    view: View, rows: list[dict], *, source_href: SourceHref, relation=_local
) -> list[tuple[str, str, str]]:
    """Rows (from, fromLabel, relation, to, toLabel, evidence, source) -> nodes and deduplicated edges."""
    seen: dict[tuple[str, str, str], ViewEdge] = {}
    for r in rows:
        a, b, rel = r["from"], r["to"], relation(r["relation"])
        _add(view, a, r.get("fromLabel"))
        _add(view, b, r.get("toLabel"))
        if a == b:
            continue
        src = r.get("source")
        href = checked_href(source_href, src)
        edge = seen.get((a, rel, b))
        if edge is None:
            edge = seen[(a, rel, b)] = ViewEdge(a, b, rel, r.get("evidence"), src, href)
            view.edges.append(edge)
        _evidence(view.nodes[a], rel, r.get("evidence"), src, href)
        if rel in role_slugs() or rel in SUPERIOR or rel == "partner":
            _evidence(view.nodes[b], rel, r.get("evidence"), src, href)
    return list(seen)


def _resolve(kg, words_or_iri: str, kind: str, what: str) -> tuple[str, str | None]:
    if words_or_iri.startswith(("http://", "https://")):
        return words_or_iri, None
    hits = kg.search(words_or_iri, kinds=(kind,), limit=1)
    if not hits:
        raise LookupError(f"no {what} matches {words_or_iri!r}")
    return hits[0].iri, hits[0].label


def _focus_label(rows: list[dict], iri: str, found: str | None) -> str:
    """The label of the view's focus as the edge rows give it (from either end), else the one the search found,
    else the IRI."""
    return next(
        (r["fromLabel"] for r in rows if r["from"] == iri and r.get("fromLabel")),
        next((r["toLabel"] for r in rows if r["to"] == iri and r.get("toLabel")), found or iri),
    )


def body_view(kg, body_iri_or_words: str, *, source_href: SourceHref = None) -> View:
    from ..sparql.catalogue import run_query

    body, label = _resolve(kg, body_iri_or_words, "body", "body")
    rows = run_query(kg.store, "body-portfolio", {"body": body})
    if not rows:
        raise LookupError(f"{body}: no task, partner or reporting line of this body in the store")
    label = _focus_label(rows, body, label)
    view = View(title=f"Nhiệm vụ của cơ quan / Portfolio of: {label}", layout="layered", direction="LR", focus=body)
    _add(view, body, label, "body-focus")
    triples = _edges_view(view, rows, source_href=source_href)
    _label_rare_edges(view)
    counts = {r: sum(1 for a, rel, b in triples if b == body and rel == r) for r in role_slugs()}
    view.subtitle = (
        " · ".join(f"{relation_label(r)}: {n}" for r, n in counts.items() if n) or "không có nhiệm vụ / no tasks"
    )
    _body_styles(view, triples, focus=body)
    _facts(view, triples)
    return view


def render_body_html(kg, body_iri_or_words: str, *, source_href: SourceHref = None) -> str:
    """A body's whole portfolio: its tasks by role (and their documents), partners, whom it reports to."""
    view = body_view(kg, body_iri_or_words, source_href=source_href)
    return render_page(view.title, view_data(view))


def target_text(row: dict) -> str:
    """'≥ 90% (2025)' from a targets-of-document row (or a CompareRow record)."""
    text = value_text(
        row.get("comparator"),
        row.get("value"),
        row.get("upper"),
        row.get("unit"),
        row.get("unit_text") or row.get("unitText"),
    )
    if row.get("deadline"):
        text += f" ({row['deadline']})"
    elif row.get("period"):
        text += f" ({_local(row['period'])})"
    return text


def document_view(kg, document_iri_or_number: str, *, source_href: SourceHref = None) -> View:
    from ..sparql.catalogue import run_query

    doc, label = _resolve(kg, document_iri_or_number, "document", "document")
    rows = run_query(kg.store, "document-structure", {"document": doc})
    if not rows:
        raise LookupError(f"{doc}: no task group, task, target, issuer or reference of this document in the store")
    label = _focus_label(rows, doc, label)
    view = View(
        title=f"Cấu trúc văn bản / Document structure: {label}",
        layout="layered",
        direction="LR",
        focus=doc,
        reverse={"document", "taskGroup", "issuer", "implements", "basedOn", "inheritsFrom", "cites"},
    )
    _add(view, doc, label, "document")
    triples = _edges_view(view, rows, source_href=source_href)
    _label_rare_edges(view)
    for t in run_query(kg.store, "targets-of-document", {"document": doc}):
        node = view.nodes.get(t["target"])
        if node is None or any(f[0] == "Giá trị / Value" for f in node.facts):
            continue
        node.label = target_text(t)
        node.facts.append(("Giá trị / Value", target_text(t)))
        if t.get("indicator"):
            node.facts.append(("Chỉ số / Indicator", _local(t["indicator"])))
        if t.get("evidence"):
            src = source_of(t["target"])
            node.evidence.append(
                {
                    "role": "Chỉ tiêu / Target",
                    "text": t["evidence"],
                    "source": src,
                    "href": checked_href(source_href, src),
                }
            )
    kinds = [n.kind for n in view.nodes.values()]
    view.subtitle = (
        f"{kinds.count('taskgroup')} nhóm / groups · {kinds.count('task')} nhiệm vụ / tasks · "
        f"{kinds.count('target')} chỉ tiêu / targets · {kinds.count('body')} cơ quan / bodies"
    )
    _body_styles(view, triples)
    _facts(view, triples)
    return view


def render_document_html(kg, document_iri: str, *, source_href: SourceHref = None) -> str:
    """A document's structure: task groups → tasks → bodies, targets, issuer and references."""
    view = document_view(kg, document_iri, source_href=source_href)
    return render_page(view.title, view_data(view))


def network_view(kg, province: str | None = None) -> View:
    """Bodies as nodes (sized by their tasks, coloured by their most frequent role), edges weighted by the
    number of tasks two bodies share (both assigned, or one names the other as partner), plus reporting lines."""
    from ..sparql.catalogue import run_query

    # a name before or since 1 July 2025 (a name since includes the provinces merged into it); an unknown
    # name is a LookupError that lists the names
    wanted = kg.provinces(province) if province else None
    rows = run_query(kg.store, "responsibility-edges")
    if wanted is not None:
        names = sorted({r["provinceLabel"] for r in rows if r.get("provinceLabel")})
        rows = [r for r in rows if r.get("provinceLabel") in wanted]
        if not rows:
            raise LookupError(
                f"no assignment in {province!r} ({', '.join(sorted(wanted))}); provinces with "
                "assignments in the store: " + (", ".join(names) or "none")
            )
    if not rows:
        raise LookupError("the store holds no assignment or body relation")
    where = None
    if wanted is not None:
        found = sorted({r["provinceLabel"] for r in rows if r.get("provinceLabel")})
        where = ", ".join(found) or province
        if found and kg.provinces(found[0]) != wanted:  # a name since 2025 that includes the provinces found
            where = f"{province} ({where})"
    view = View(
        title="Mạng lưới cơ quan / Network of bodies" + (f": {where}" if where else ""),
        layout="force",
        node_shape="dot",
        note="Cỡ nút = số nhiệm vụ; độ dày cạnh = số nhiệm vụ chung. / Node size = "
        "number of tasks; edge width = number of shared tasks.",
    )
    bodies_of: dict[str, set[str]] = {}
    roles: dict[str, dict[str, int]] = {}
    for r in rows:
        rel = _local(r["relation"])
        if rel in role_slugs():
            _add(view, r["to"], r.get("toLabel"))
            bodies_of.setdefault(r["task"], set()).add(r["to"])
            counts = roles.setdefault(r["to"], {})
            counts[rel] = counts.get(rel, 0) + 1
        elif rel == "partner":
            for b, lbl in ((r["from"], r.get("fromLabel")), (r["to"], r.get("toLabel"))):
                _add(view, b, lbl)
                bodies_of.setdefault(r["task"], set()).add(b)
    shared: dict[tuple[str, str], int] = {}
    for bodies in bodies_of.values():
        ordered = sorted(bodies)
        for i, a in enumerate(ordered):
            for b in ordered[i + 1 :]:
                shared[(a, b)] = shared.get((a, b), 0) + 1
    for (a, b), n in sorted(shared.items()):
        view.edges.append(
            ViewEdge(a, b, "sharedTask", weight=n, label=f"{n} nhiệm vụ chung / {n} shared tasks", show_label=n > 1)
        )
    triples = []
    for r in rows:
        rel = _local(r["relation"])
        if rel in SUPERIOR and r["from"] != r["to"]:
            _add(view, r["from"], r.get("fromLabel"))
            _add(view, r["to"], r.get("toLabel"))
            view.edges.append(ViewEdge(r["from"], r["to"], rel))
            triples.append((r["from"], rel, r["to"]))
    for node in view.nodes.values():
        counts = roles.get(node.id, {})
        node.size = float(sum(counts.values()) + 1)
        top = max(role_slugs(), key=lambda r: (counts.get(r, 0), -role_slugs().index(r)))
        node.style = (
            f"body-{top}" if counts else ("body-superior" if any(b == node.id for _, _, b in triples) else "body")
        )
        if counts:
            node.facts.append(
                (
                    "Nhiệm vụ / Tasks",
                    ", ".join(f"{relation_label(r)}: {counts[r]}" for r in role_slugs() if counts.get(r)),
                )
            )
    view.subtitle = f"{len(view.nodes)} cơ quan / bodies · {len(shared)} cặp cùng nhiệm vụ / pairs sharing tasks"
    _facts(view, triples)
    return view


def render_network_html(kg, province: str | None = None) -> str:
    """The network of bodies (of one province, or all): which bodies work with which, weighted by shared tasks."""
    view = network_view(kg, province)
    return render_page(view.title, view_data(view))
