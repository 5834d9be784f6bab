"""What the entity pages show, read from the store with bound parameters.

Every function takes the store (anything with ``select(sparql, bindings)``)
and an IRI, and returns plain dicts and lists. The queries are queries/web/*.rq;
a bound variable is always projected (SEP-0007 substitutions on Oxigraph need that).
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

from ..rdf.iri import checked_iri
from ..sparql.catalogue import named_query, run_query
from ..vocab import NAMESPACES, role_names, role_rank, role_slugs

__all__ = [
    "iri_term",
    "resolve_indicator",
    "display",
    "kind_of",
    "task_detail",
    "body_detail",
    "document_detail",
    "source_detail",
    "describe",
    "indicators",
    "documents",
    "counts",
    "local",
    "RELATION_NAMES",
    "TASK_RELATIONS",
    "task_relation_rank",
    "task_relation_names",
]

PC = NAMESPACES["pc"]

# what a body page lists besides the roles of vocab-roles.ttl (their order and names: vocab.roles()): the tasks
# it is named a partner in, and the tasks whose assigned body reports to it
TASK_RELATIONS = {
    "partner": ("Được nêu phối hợp", "named as partner"),
    "reportedTo": ("Nhận báo cáo", "is reported to"),
}


def task_relation_rank(key: str | None) -> int:
    """Roles first, in the vocabulary's order, then partner, then reported to."""
    if key in TASK_RELATIONS:
        return len(role_slugs()) + list(TASK_RELATIONS).index(key)
    return role_rank(key)


def task_relation_names(key: str | None) -> tuple[str, str]:
    """(Vietnamese, English) of a role or of a body page's other relation to a task."""
    return TASK_RELATIONS.get(key or "") or role_names(key)


RELATION_NAMES = {
    "reportsTo": ("báo cáo", "reports to"),
    "accountableTo": ("chịu trách nhiệm trước", "accountable to"),
    "implements": ("thực hiện", "implements"),
    "basedOn": ("căn cứ", "based on"),
    "inheritsFrom": ("kế thừa", "inherits from"),
    "cites": ("trích dẫn", "cites"),
}


def iri_term(iri: str):
    """A bound IRI parameter (a plain str would be bound as a literal); :class:`~phancong.rdf.iri.InvalidIRI`
    (a ValueError that says why) if it is not an absolute IRI."""
    from rdflib import URIRef

    return URIRef(checked_iri(iri))


def _select(store, name: str, params: dict[str, Any] | None = None) -> list[dict]:
    """The rows of the query queries/NAME.rq with ``params`` bound (never pasted into its text)."""
    return run_query(store, named_query(name), params)


def local(iri: str | None) -> str | None:
    """The last segment of an IRI (after / or #); None without an IRI."""
    if not iri:
        return None
    return _segment(iri)


def _segment(iri: str) -> str:
    """The last segment of an IRI of a row (after / or #)."""
    return iri.rstrip("/").rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def _first(rows: list[dict], key: str) -> Any:
    return next((r[key] for r in rows if r.get(key) is not None), None)


def _distinct(rows: list[dict], *keys: str) -> list[dict]:
    seen, out = set(), []
    for r in rows:
        k = tuple(r.get(x) for x in keys)
        if k in seen or all(v is None for v in k):
            continue
        seen.add(k)
        out.append({x: r.get(x) for x in keys})
    return out


# ------------------------------------------------------------------ kind
_CLASS_KIND = {
    PC + "Task": "task",
    PC + "Body": "body",
    PC + "Source": "source",
    PC + "Indicator": "indicator",
    PC + "TaskGroup": "item",
    PC + "Target": "item",
    PC + "Statistic": "item",
    PC + "Assignment": "item",
    PC + "BodyRelation": "item",
    PC + "DocumentReference": "item",
    PC + "QualitativeTarget": "item",
}


def kind_of(store, iri: str) -> tuple[str | None, str | None]:
    """(kind, where): the page an IRI is shown on; for items (targets, assignments...) the source they came from."""
    rows = _select(store, "web/kind-of", {"iri": iri_term(iri)})
    if _first(rows, "doctype"):
        return "document", None
    kinds = {_CLASS_KIND.get(r["class"]) for r in rows if r.get("class")}
    for k in ("task", "body", "source", "indicator"):
        if k in kinds:
            return k, None
    if _first(rows, "source"):
        return "item", _first(rows, "source")
    return None, None


# ------------------------------------------------------------------ indicator
def resolve_indicator(store, kg, text: str) -> str:
    """The indicator IRI for a slug (party-members-rated-good), an IRI, or words (LookupError if none)."""
    text = text.strip()
    if text and not text.startswith("http") and re.fullmatch(r"[a-z0-9-]+", text):
        iri = "https://w3id.org/phancong/vocab/indicator/" + text
        if _select(store, "internal/resource-exists", {"iri": iri_term(iri)}):
            return iri
    return kg.indicator(text)


# ------------------------------------------------------------------ display label
def display(store, iri: str) -> dict:
    """How a search hit is named: its label (bodies with their province), type and province."""
    rows = _select(store, "web/display", {"iri": iri_term(iri)})
    return {
        "label": _first(rows, "label") or _first(rows, "pref"),
        "type": _first(rows, "typeLabel"),
        "province": _first(rows, "provinceLabel"),
    }


# ------------------------------------------------------------------ task
def task_detail(store, iri: str) -> dict | None:
    rows = _select(store, "web/task", {"task": iri_term(iri)})
    if not rows:
        return None
    return {
        "iri": iri,
        "label": _first(rows, "label"),
        "ordinal": _first(rows, "ordinal"),
        "document": _first(rows, "document"),
        "document_label": _first(rows, "documentLabel"),
        "group": _first(rows, "group"),
        "group_label": _first(rows, "groupLabel"),
        "group_ordinal": _first(rows, "groupOrdinal"),
        "province": _first(rows, "provinceLabel"),
        "evidence": _distinct(rows, "evidence", "start", "end", "source"),
    }


# ------------------------------------------------------------------ body
def body_detail(store, iri: str) -> dict | None:
    of_body = {"body": iri_term(iri)}
    rows = _select(store, "web/body", of_body)
    if not rows:
        return None
    tasks: dict[str, list[dict]] = defaultdict(list)
    seen = set()
    for r in _select(store, "web/body-tasks", of_body):
        role = _segment(r["role"])
        if (role, r["task"]) in seen:
            for kept in tasks[role]:  # one row per task: every body it came through
                if kept["task"] == r["task"] and r.get("via") and r["via"] not in [v for v, _ in kept["vias"]]:
                    kept["vias"].append((r["via"], r.get("viaLabel")))
            continue
        seen.add((role, r["task"]))
        tasks[role].append(dict(r, vias=[(r["via"], r.get("viaLabel"))] if r.get("via") else []))
    relations = _distinct(
        _select(store, "web/body-relations", of_body),
        "dir",
        "kind",
        "other",
        "otherLabel",
        "evidence",
        "start",
        "end",
        "source",
    )
    documents = _distinct(_select(store, "web/body-documents", of_body), "document", "documentLabel", "issued")
    figures = _distinct(_select(store, "web/body-figures", of_body), "figure", "class", "label", "source")
    return {
        "iri": iri,
        "label": _first(rows, "label") or _first(rows, "prefLabel"),
        "label_en": _first(rows, "enLabel"),
        "pref_label": _first(rows, "prefLabel"),
        "alt_labels": sorted({r["alt"] for r in rows if r.get("alt")}),
        "type": _first(rows, "type"),
        "type_label": _first(rows, "typeLabel"),
        "type_label_en": _first(rows, "typeLabelEn"),
        "province": _first(rows, "provinceLabel"),
        "level": _first(rows, "levelLabel") or local(_first(rows, "level")),
        "parents": _distinct(rows, "parent", "parentLabel"),
        "children": _distinct(rows, "child", "childLabel"),
        "relations_out": [r for r in relations if r["dir"] == "out"],
        "relations_in": [r for r in relations if r["dir"] == "in"],
        "tasks": sorted(tasks.items(), key=lambda kv: task_relation_rank(kv[0])),
        "documents": documents,
        "figures": [dict(f, kind="target" if f["class"].endswith("Target") else "statistic") for f in figures],
    }


# ------------------------------------------------------------------ document
_GROUP_COLUMNS = ("group", "ordinal", "label", "kind", "declared", "found", "deadline")
_FIGURE_COLUMNS = (
    "figure",
    "class",
    "group",
    "label",
    "indicator",
    "indicatorLabel",
    "comparator",
    "value",
    "upper",
    "unit",
    "unitText",
    "deadline",
    "period",
    "periodStart",
    "periodEnd",
    "asOf",
    "subjectLabel",
    "evidence",
    "start",
    "end",
    "source",
)
_ASSIGNMENT_COLUMNS = (
    "assignment",
    "task",
    "taskOrdinal",
    "taskLabel",
    "body",
    "bodyLabel",
    "role",
    "partnerLabels",
    "evidence",
    "start",
    "end",
    "source",
)
_FIGURE_KINDS = {"Target": "target", "Statistic": "statistic"}  # any other figure: "qualitative"


def document_detail(store, iri: str) -> dict | None:
    of_document = {"document": iri_term(iri)}
    rows = _select(store, "web/document", of_document)
    if not rows:
        return None
    groups = _distinct(_select(store, "web/document-groups", of_document), *_GROUP_COLUMNS)
    tasks = _document_tasks(store, of_document)
    figs = _document_figures(store, of_document)
    for g in groups:
        g["tasks"] = [t for t in tasks.values() if t["group"] == g["group"]]
        g["targets"] = [f for f in figs if f.get("group") == g["group"]]
    grouped = {g["group"] for g in groups}
    related = _distinct(
        _select(store, "web/document-related", of_document), "dir", "kind", "other", "otherLabel", "evidence"
    )
    return {
        "iri": iri,
        "label": _first(rows, "label"),
        "labels": sorted({r["label"] for r in rows if r.get("label")}),
        "classes": sorted({_segment(r["class"]) for r in rows if r.get("class")}),
        "type": _first(rows, "type"),
        "type_label": _first(rows, "typeLabel"),
        "type_label_en": _first(rows, "typeLabelEn"),
        "number": _first(rows, "number"),
        "issued": _first(rows, "issued"),
        "title": _first(rows, "title"),
        "issuer": _first(rows, "issuer"),
        "issuer_label": _first(rows, "issuerLabel"),
        "province": _first(rows, "provinceLabel"),
        "province_2025": _first(rows, "province2025Label"),
        "term": _first(rows, "termLabel"),
        "declared_targets": _first(rows, "declared"),
        "sources": sorted({r["source"] for r in rows if r.get("source")}),
        "groups": groups,
        "ungrouped_tasks": [t for t in tasks.values() if t["group"] not in grouped],
        "tasks": list(tasks.values()),
        "figures": figs,
        "targets": [f for f in figs if f["kind"] != "statistic"],
        "statistics": [f for f in figs if f["kind"] == "statistic"],
        "assignments": _document_assignments(store, of_document),
        "related": related,
    }


def _document_tasks(store, of_document: dict) -> dict[str, dict]:
    """The document's tasks (task IRI -> task), each with its lead bodies."""
    tasks: dict[str, dict] = {}
    for r in _select(store, "web/document-tasks", of_document):
        t = tasks.setdefault(
            r["task"],
            {"task": r["task"], "ordinal": r.get("ordinal"), "label": r["label"], "group": r.get("group"), "leads": []},
        )
        if r.get("lead") and (r["lead"], r.get("leadLabel")) not in t["leads"]:
            t["leads"].append((r["lead"], r.get("leadLabel")))
    return tasks


def _document_figures(store, of_document: dict) -> list[dict]:
    """The document's targets and statistics, one row per figure (a second label or evidence adds nothing to
    the table), each with its kind: target, statistic or qualitative."""
    seen, figures = set(), []
    for f in _distinct(_select(store, "web/document-figures", of_document), *_FIGURE_COLUMNS):
        if f["figure"] in seen:
            continue
        seen.add(f["figure"])
        f["kind"] = _FIGURE_KINDS.get(_segment(f["class"]), "qualitative")
        figures.append(f)
    return figures


def _document_assignments(store, of_document: dict) -> list[dict]:
    """The document's assignments by task, role and body, each with its partners sorted (SPARQL leaves the order
    of GROUP_CONCAT to the engine)."""
    assignments = _distinct(_select(store, "web/document-assignments", of_document), *_ASSIGNMENT_COLUMNS)
    assignments.sort(key=lambda a: (a.get("taskOrdinal") or 0, role_rank(local(a["role"])), a.get("bodyLabel") or ""))
    for a in assignments:
        if a.get("partnerLabels"):
            a["partnerLabels"] = "; ".join(sorted(a["partnerLabels"].split("; ")))
    return assignments


# ------------------------------------------------------------------ source
def source_detail(store, iri: str) -> dict | None:
    rows = _select(store, "web/source", {"source": iri_term(iri)})
    if not rows:
        return None
    docs = _distinct(rows, "document", "documentLabel")
    seen, documents = set(), []
    for d in docs:
        if d["document"] not in seen:
            seen.add(d["document"])
            documents.append(d)
    return {
        "iri": iri,
        "title": _first(rows, "title"),
        "publisher": _first(rows, "publisher"),
        "published": _first(rows, "published"),
        "date": _first(rows, "date"),
        "identifier": _first(rows, "identifier"),
        "file_name": _first(rows, "fileName"),
        "province": _first(rows, "provinceLabel"),
        "text": _first(rows, "text") or "",
        "main": _first(rows, "main"),
        "documents": documents,
    }


# ------------------------------------------------------------------ any other IRI
PER_PROPERTY = 60  # statements shown per property and direction; the rest are counted


def describe(store, iri: str) -> dict | None:
    """What the graph says about any IRI (a province, a vocabulary concept, an ontology term ...): its labels
    and types, its statements grouped by property, outgoing then incoming, and how many statements use it as
    their property; None if it is in no statement."""
    rows = _select(store, "web/describe", {"iri": iri_term(iri)})
    uses = _first(_select(store, "web/property-uses", {"iri": iri_term(iri)}), "uses") or 0
    if not rows and not uses:
        return None
    groups: dict[tuple[str, str], dict] = {}
    labels, types = [], []
    for r in rows:
        p, o = r["p"], r["o"]
        if r["dir"] == "out" and p in (RDFS_LABEL, SKOS_PREF) and isinstance(o, str) and o not in labels:
            labels.append(o)
        if r["dir"] == "out" and p == RDF_TYPE:
            types.append((o, r.get("oLabel")))
        g = groups.setdefault(
            (r["dir"], p),
            {"dir": r["dir"], "p": p, "label": r.get("pLabel") or local(p), "values": [], "more": 0, "seen": set()},
        )
        key = o if not isinstance(o, (int, float, bool)) else repr(o)
        if key in g["seen"]:
            continue
        g["seen"].add(key)
        if len(g["values"]) >= PER_PROPERTY:
            g["more"] += 1
            continue
        g["values"].append({"value": o, "label": r.get("oLabel"), "iri": r.get("oIsIri") in (True, "true", 1)})
    for g in groups.values():
        del g["seen"]
    return {
        "iri": iri,
        "label": labels[0] if labels else local(iri),
        "labels": labels,
        "types": types,
        "uses": uses,
        "out": [g for g in groups.values() if g["dir"] == "out"],
        "in": [g for g in groups.values() if g["dir"] == "in"],
    }


RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
SKOS_PREF = "http://www.w3.org/2004/02/skos/core#prefLabel"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


# ------------------------------------------------------------------ lists
def indicators(store, *, with_figures: bool = True) -> list[dict]:
    """Indicators (most figures first); only those with targets or statistics unless ``with_figures`` is False."""
    out: dict[str, dict] = {}
    for r in _select(store, "web/indicators"):
        if with_figures and not (r["targets"] or r["statistics"]):
            continue
        out.setdefault(r["indicator"], dict(r, slug=local(r["indicator"])))
    return sorted(out.values(), key=lambda r: (-(r["targets"] + r["statistics"]), r.get("label") or r["slug"]))


def documents(store) -> list[dict]:
    """Every document once, those with tasks or targets first."""
    out: dict[str, dict] = {}
    for r in _select(store, "web/documents"):
        out.setdefault(r["document"], r)
    return sorted(
        out.values(), key=lambda r: (-(r["tasks"] + r["targets"]), r.get("provinceLabel") or "", r.get("label") or "")
    )


def counts(store) -> dict[str, int]:
    out = {r["kind"]: r["n"] for r in _select(store, "web/counts")}
    out["documents"] = len(documents(store))
    return out
