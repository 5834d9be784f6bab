"""What the entity pages show, read from the store with bound parameters.

Every function takes the store (anything with ``select(sparql, bindings)``)
and an IRI, and returns plain dicts and lists; a bound variable is always
projected (SEP-0007 substitutions on Oxigraph need that).
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

__all__ = ["iri_term", "resolve_indicator", "display", "kind_of", "task_detail", "body_detail", "document_detail", "source_detail", "indicators",
           "documents", "counts", "local", "ROLE_NAMES", "ROLE_ORDER", "RELATION_NAMES"]

P = """PREFIX pc: <https://w3id.org/phancong/ontology#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX eli: <http://data.europa.eu/eli/ontology#>
PREFIX dcterms: <http://purl.org/dc/terms/>
"""
PC = "https://w3id.org/phancong/ontology#"

ROLE_ORDER = {"lead": 0, "coordinate": 1, "monitor": 2, "implement": 3}
ROLE_NAMES = {"lead": ("Chủ trì", "lead"), "coordinate": ("Phối hợp", "coordinate"),
              "monitor": ("Kiểm tra, giám sát", "monitor"), "implement": ("Thực hiện", "implement")}
RELATION_NAMES = {"reportsTo": ("báo cáo", "reports to"), "accountableTo": ("chịu trách nhiệm trước", "accountable to"),
                  "implements": ("thực hiện", "implements"), "basedOn": ("căn cứ", "based on"),
                  "inheritsFrom": ("kế thừa", "inherits from"), "cites": ("trích dẫn", "cites")}


def iri_term(iri: str):
    """A bound IRI parameter (a plain str would be bound as a literal); ValueError if it is not an absolute IRI."""
    import pyoxigraph as ox
    from rdflib import URIRef

    if not isinstance(iri, str) or not re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:", iri):
        raise ValueError(f"not an absolute IRI: {iri!r}")
    ox.NamedNode(iri)  # raises ValueError on a malformed IRI
    return URIRef(iri)


def local(iri: str | None) -> str | None:
    """The last segment of an IRI (after / or #)."""
    if not iri:
        return None
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
KIND_QUERY = P + """SELECT ?iri ?class ?doctype ?source WHERE {
  { ?iri a ?class } UNION { ?iri pc:documentType ?doctype } UNION { ?iri pc:evidence/pc:source ?source }
}"""
_CLASS_KIND = {PC + "Task": "task", PC + "Body": "body", PC + "Source": "source", PC + "Indicator": "indicator",
               PC + "TaskGroup": "item", PC + "Target": "item", PC + "Statistic": "item", PC + "Assignment": "item",
               PC + "BodyRelation": "item", PC + "DocumentReference": "item", PC + "QualitativeTarget": "item"}


def kind_of(store, iri: str) -> tuple[str | None, str | None]:
    """(kind, where): the page an IRI is shown on; for items (targets, assignments...) the source they came from."""
    rows = store.select(KIND_QUERY, {"iri": iri_term(iri)})
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
        if store.select("SELECT ?i WHERE { ?i a ?t }", {"i": iri_term(iri)}):
            return iri
    return kg.indicator(text)


# ------------------------------------------------------------------ display label
DISPLAY_QUERY = P + """SELECT ?iri ?label ?pref ?typeLabel ?provinceLabel WHERE {
  OPTIONAL { ?iri rdfs:label ?label FILTER(lang(?label) = "vi" || lang(?label) = "") }
  OPTIONAL { ?iri skos:prefLabel ?pref FILTER(lang(?pref) = "vi" || lang(?pref) = "") }
  OPTIONAL { ?iri pc:bodyType|pc:documentType ?t . ?t skos:prefLabel ?typeLabel FILTER(lang(?typeLabel) = "vi") }
  OPTIONAL { ?iri pc:province/skos:prefLabel ?provinceLabel FILTER(lang(?provinceLabel) = "vi") }
}"""


def display(store, iri: str) -> dict:
    """How a search hit is named: its label (bodies with their province), type and province."""
    rows = store.select(DISPLAY_QUERY, {"iri": iri_term(iri)})
    return {"label": _first(rows, "label") or _first(rows, "pref"), "type": _first(rows, "typeLabel"),
            "province": _first(rows, "provinceLabel")}


# ------------------------------------------------------------------ task
TASK_QUERY = P + """SELECT ?task ?label ?ordinal ?document ?documentLabel ?group ?groupLabel ?groupOrdinal ?province
       ?provinceLabel ?evidence ?start ?end ?source WHERE {
  ?task a pc:Task ; rdfs:label ?label .
  OPTIONAL { ?task pc:ordinal ?ordinal }
  OPTIONAL { ?task pc:document ?document OPTIONAL { ?document rdfs:label ?documentLabel } }
  OPTIONAL { ?task pc:taskGroup ?group OPTIONAL { ?group rdfs:label ?groupLabel } OPTIONAL { ?group pc:ordinal ?groupOrdinal } }
  OPTIONAL { ?task pc:province ?province
             OPTIONAL { ?province skos:prefLabel ?provinceLabel FILTER(lang(?provinceLabel) = "vi") } }
  OPTIONAL { ?task pc:evidence ?ev . ?ev oa:exact ?evidence ; oa:start ?start ; oa:end ?end ; pc:source ?source }
}"""


def task_detail(store, iri: str) -> dict | None:
    rows = store.select(TASK_QUERY, {"task": iri_term(iri)})
    if not rows:
        return None
    return {
        "iri": iri, "label": _first(rows, "label"), "ordinal": _first(rows, "ordinal"),
        "document": _first(rows, "document"), "document_label": _first(rows, "documentLabel"),
        "group": _first(rows, "group"), "group_label": _first(rows, "groupLabel"),
        "group_ordinal": _first(rows, "groupOrdinal"), "province": _first(rows, "provinceLabel"),
        "evidence": _distinct(rows, "evidence", "start", "end", "source"),
    }


# ------------------------------------------------------------------ body
BODY_QUERY = P + """SELECT ?body ?label ?prefLabel ?enLabel ?alt ?type ?typeLabel ?typeLabelEn ?province ?provinceLabel
       ?level ?levelLabel ?parent ?parentLabel ?child ?childLabel WHERE {
  ?body a pc:Body .
  OPTIONAL { ?body rdfs:label ?label FILTER(lang(?label) = "vi" || lang(?label) = "") }
  OPTIONAL { ?body rdfs:label ?enLabel FILTER(lang(?enLabel) = "en") }
  OPTIONAL { ?body skos:prefLabel ?prefLabel }
  OPTIONAL { ?body skos:altLabel ?alt }
  OPTIONAL { ?body pc:bodyType ?type
             OPTIONAL { ?type skos:prefLabel ?typeLabel FILTER(lang(?typeLabel) = "vi") }
             OPTIONAL { ?type skos:prefLabel ?typeLabelEn FILTER(lang(?typeLabelEn) = "en") } }
  OPTIONAL { ?body pc:province ?province
             OPTIONAL { ?province skos:prefLabel ?provinceLabel FILTER(lang(?provinceLabel) = "vi") } }
  OPTIONAL { ?body pc:level ?level OPTIONAL { ?level skos:prefLabel ?levelLabel FILTER(lang(?levelLabel) = "vi") } }
  OPTIONAL { ?body org:subOrganizationOf ?parent OPTIONAL { ?parent rdfs:label ?parentLabel } }
  OPTIONAL { ?child org:subOrganizationOf ?body OPTIONAL { ?child rdfs:label ?childLabel } }
}"""

BODY_RELATIONS = P + """SELECT ?body ?dir ?kind ?other ?otherLabel ?evidence ?start ?end ?source WHERE {
  { ?body ?p ?other . VALUES (?p ?kind) { (pc:reportsTo "reportsTo") (pc:accountableTo "accountableTo") }
    BIND("out" AS ?dir)
    OPTIONAL { ?r pc:fromBody ?body ; pc:toBody ?other ; pc:relationKind ?kind ; pc:evidence ?ev .
               ?ev oa:exact ?evidence ; oa:start ?start ; oa:end ?end ; pc:source ?source } }
  UNION
  { ?other ?p ?body . VALUES (?p ?kind) { (pc:reportsTo "reportsTo") (pc:accountableTo "accountableTo") }
    BIND("in" AS ?dir)
    OPTIONAL { ?r pc:fromBody ?other ; pc:toBody ?body ; pc:relationKind ?kind ; pc:evidence ?ev .
               ?ev oa:exact ?evidence ; oa:start ?start ; oa:end ?end ; pc:source ?source } }
  OPTIONAL { ?other rdfs:label ?otherLabel }
} ORDER BY ?dir ?kind ?otherLabel"""

BODY_TASKS = P + """SELECT ?body ?role ?task ?taskLabel ?document ?documentLabel ?evidence ?start ?end ?source WHERE {
  ?a pc:body ?body ; pc:task ?task ; pc:role ?role .
  ?task rdfs:label ?taskLabel .
  OPTIONAL { ?task pc:document ?document OPTIONAL { ?document rdfs:label ?documentLabel } }
  OPTIONAL { ?a pc:evidence ?ev . ?ev oa:exact ?evidence ; oa:start ?start ; oa:end ?end ; pc:source ?source }
} ORDER BY ?role ?task"""

BODY_DOCUMENTS = P + """SELECT ?body ?document ?documentLabel ?issued WHERE {
  ?document pc:issuer ?body . OPTIONAL { ?document rdfs:label ?documentLabel } OPTIONAL { ?document dcterms:issued ?issued }
} ORDER BY ?issued ?documentLabel"""

BODY_FIGURES = P + """SELECT ?body ?figure ?class ?label ?source WHERE {
  ?figure pc:subject ?body ; a ?class ; rdfs:label ?label . VALUES ?class { pc:Target pc:Statistic }
  OPTIONAL { ?figure prov:wasDerivedFrom ?source }
} ORDER BY ?class ?figure"""


def body_detail(store, iri: str) -> dict | None:
    rows = store.select(BODY_QUERY, {"body": iri_term(iri)})
    if not rows:
        return None
    tasks: dict[str, list[dict]] = defaultdict(list)
    seen = set()
    for r in store.select(BODY_TASKS, {"body": iri_term(iri)}):
        role = local(r["role"])
        if (role, r["task"]) in seen:
            continue
        seen.add((role, r["task"]))
        tasks[role].append(r)
    relations = _distinct(store.select(BODY_RELATIONS, {"body": iri_term(iri)}), "dir", "kind", "other", "otherLabel",
                          "evidence", "start", "end", "source")
    documents = _distinct(store.select(BODY_DOCUMENTS, {"body": iri_term(iri)}), "document", "documentLabel", "issued")
    figures = _distinct(store.select(BODY_FIGURES, {"body": iri_term(iri)}), "figure", "class", "label", "source")
    return {
        "iri": iri, "label": _first(rows, "label") or _first(rows, "prefLabel"), "label_en": _first(rows, "enLabel"),
        "pref_label": _first(rows, "prefLabel"),
        "alt_labels": sorted({r["alt"] for r in rows if r.get("alt")}),
        "type": _first(rows, "type"), "type_label": _first(rows, "typeLabel"),
        "type_label_en": _first(rows, "typeLabelEn"),
        "province": _first(rows, "provinceLabel"), "level": _first(rows, "levelLabel") or local(_first(rows, "level")),
        "parents": _distinct(rows, "parent", "parentLabel"), "children": _distinct(rows, "child", "childLabel"),
        "relations_out": [r for r in relations if r["dir"] == "out"],
        "relations_in": [r for r in relations if r["dir"] == "in"],
        "tasks": sorted(tasks.items(), key=lambda kv: ROLE_ORDER.get(kv[0], 9)),
        "documents": documents,
        "figures": [dict(f, kind="target" if f["class"].endswith("Target") else "statistic") for f in figures],
    }


# ------------------------------------------------------------------ document
DOC_QUERY = P + """SELECT ?document ?label ?class ?type ?typeLabel ?typeLabelEn ?number ?issued ?title ?issuer ?issuerLabel
       ?provinceLabel ?province2025Label ?termLabel ?declared ?source WHERE {
  ?document pc:documentType ?type .
  OPTIONAL { ?document rdfs:label ?label }
  OPTIONAL { ?document a ?class }
  OPTIONAL { ?type skos:prefLabel ?typeLabel FILTER(lang(?typeLabel) = "vi") }
  OPTIONAL { ?type skos:prefLabel ?typeLabelEn FILTER(lang(?typeLabelEn) = "en") }
  OPTIONAL { ?document pc:documentNumber ?number }
  OPTIONAL { ?document dcterms:issued ?issued }
  OPTIONAL { ?document dcterms:title ?title }
  OPTIONAL { ?document pc:issuer ?issuer OPTIONAL { ?issuer rdfs:label ?issuerLabel } }
  OPTIONAL { ?document pc:province ?province
             OPTIONAL { ?province skos:prefLabel ?provinceLabel FILTER(lang(?provinceLabel) = "vi") }
             OPTIONAL { ?province pc:mergedInto/skos:prefLabel ?province2025Label FILTER(lang(?province2025Label) = "vi") } }
  OPTIONAL { ?document pc:term ?term OPTIONAL { ?term rdfs:label ?termLabel } }
  OPTIONAL { ?document pc:declaredTargetCount ?declared }
  OPTIONAL { ?document prov:wasDerivedFrom ?source }
}"""

DOC_GROUPS = P + """SELECT ?document ?group ?ordinal ?label ?kind ?declared ?found ?deadline WHERE {
  ?group a pc:TaskGroup ; pc:document ?document .
  OPTIONAL { ?group pc:ordinal ?ordinal } OPTIONAL { ?group rdfs:label ?label } OPTIONAL { ?group pc:groupKind ?kind }
  OPTIONAL { ?group pc:declaredCount ?declared } OPTIONAL { ?group pc:foundCount ?found }
  OPTIONAL { ?group pc:deadlineYear ?deadline }
} ORDER BY ?ordinal ?group"""

DOC_TASKS = P + """SELECT ?document ?task ?ordinal ?label ?group ?lead ?leadLabel WHERE {
  ?task a pc:Task ; pc:document ?document ; rdfs:label ?label .
  OPTIONAL { ?task pc:ordinal ?ordinal } OPTIONAL { ?task pc:taskGroup ?group }
  OPTIONAL { ?a pc:task ?task ; pc:role <https://w3id.org/phancong/vocab/role/lead> ; pc:body ?lead .
             OPTIONAL { ?lead rdfs:label ?leadLabel } }
} ORDER BY ?ordinal ?task"""

DOC_FIGURES = P + """SELECT ?document ?figure ?class ?group ?label ?indicator ?indicatorLabel ?comparator ?value ?upper ?unit
       ?unitText ?deadline ?period ?periodStart ?periodEnd ?asOf ?subjectLabel ?evidence ?start ?end ?source WHERE {
  ?figure pc:document ?document ; a ?class . VALUES ?class { pc:Target pc:Statistic pc:QualitativeTarget }
  OPTIONAL { ?figure rdfs:label ?label }
  OPTIONAL { ?figure pc:taskGroup ?group }
  OPTIONAL { ?figure pc:indicator ?indicator
             OPTIONAL { ?indicator skos:prefLabel ?indicatorLabel FILTER(lang(?indicatorLabel) = "vi") } }
  OPTIONAL { ?figure pc:comparator ?comparator } OPTIONAL { ?figure pc:value ?value }
  OPTIONAL { ?figure pc:upperValue ?upper } OPTIONAL { ?figure pc:unit ?unit } OPTIONAL { ?figure pc:unitText ?unitText }
  OPTIONAL { ?figure pc:deadlineYear ?deadline } OPTIONAL { ?figure pc:period ?period }
  OPTIONAL { ?figure pc:periodStart ?periodStart } OPTIONAL { ?figure pc:periodEnd ?periodEnd }
  OPTIONAL { ?figure pc:asOf ?asOf }
  OPTIONAL { ?figure pc:subject/rdfs:label ?subjectLabel }
  OPTIONAL { ?figure pc:evidence ?ev . ?ev oa:exact ?evidence ; oa:start ?start ; oa:end ?end ; pc:source ?source }
} ORDER BY ?class ?figure"""

DOC_ASSIGNMENTS = P + """SELECT ?document ?assignment ?task ?taskOrdinal ?taskLabel ?body ?bodyLabel ?role ?partnerLabels
       ?evidence ?start ?end ?source WHERE {
  ?task pc:document ?document ; rdfs:label ?taskLabel .
  ?assignment pc:task ?task ; pc:body ?body ; pc:role ?role .
  OPTIONAL { ?task pc:ordinal ?taskOrdinal }
  OPTIONAL { ?body rdfs:label ?bodyLabel }
  OPTIONAL { ?assignment pc:evidence ?ev . ?ev oa:exact ?evidence ; oa:start ?start ; oa:end ?end ; pc:source ?source }
  OPTIONAL { SELECT ?assignment (GROUP_CONCAT(DISTINCT ?pl; separator="; ") AS ?partnerLabels)
             WHERE { ?assignment pc:partner/rdfs:label ?pl } GROUP BY ?assignment }
} ORDER BY ?taskOrdinal ?role ?bodyLabel"""

DOC_RELATED = P + """SELECT ?document ?dir ?kind ?other ?otherLabel ?evidence WHERE {
  { ?document ?p ?other . BIND("out" AS ?dir) } UNION { ?other ?p ?document . BIND("in" AS ?dir) }
  VALUES (?p ?kind) { (pc:implements "implements") (pc:basedOn "basedOn") (pc:inheritsFrom "inheritsFrom")
                      (eli:cites "cites") }
  OPTIONAL { ?other rdfs:label ?otherLabel }
  OPTIONAL { ?r a pc:DocumentReference ; pc:relationKind ?kind ; pc:evidence/oa:exact ?evidence .
             { ?r pc:fromDocument ?document ; pc:toDocument ?other FILTER(?dir = "out") }
             UNION { ?r pc:fromDocument ?other ; pc:toDocument ?document FILTER(?dir = "in") } }
} ORDER BY ?dir ?kind ?otherLabel"""


def document_detail(store, iri: str) -> dict | None:
    rows = store.select(DOC_QUERY, {"document": iri_term(iri)})
    if not rows:
        return None
    groups = _distinct(store.select(DOC_GROUPS, {"document": iri_term(iri)}), "group", "ordinal", "label", "kind", "declared",
                       "found", "deadline")
    task_rows = store.select(DOC_TASKS, {"document": iri_term(iri)})
    tasks: dict[str, dict] = {}
    for r in task_rows:
        t = tasks.setdefault(r["task"], {"task": r["task"], "ordinal": r.get("ordinal"), "label": r["label"],
                                         "group": r.get("group"), "leads": []})
        if r.get("lead") and (r["lead"], r.get("leadLabel")) not in t["leads"]:
            t["leads"].append((r["lead"], r.get("leadLabel")))
    figures = _distinct(store.select(DOC_FIGURES, {"document": iri_term(iri)}), "figure", "class", "group", "label", "indicator",
                        "indicatorLabel", "comparator", "value", "upper", "unit", "unitText", "deadline", "period",
                        "periodStart", "periodEnd", "asOf", "subjectLabel", "evidence", "start", "end", "source")
    seen_fig, figs = set(), []
    for f in figures:  # one row per figure (a second label or evidence adds nothing to the table)
        if f["figure"] in seen_fig:
            continue
        seen_fig.add(f["figure"])
        f["kind"] = {"Target": "target", "Statistic": "statistic"}.get(local(f["class"]), "qualitative")
        figs.append(f)
    group_index = {g["group"]: g for g in groups}
    for g in groups:
        g["tasks"] = [t for t in tasks.values() if t["group"] == g["group"]]
        g["targets"] = [f for f in figs if f.get("group") == g["group"]]
    assignments = _distinct(store.select(DOC_ASSIGNMENTS, {"document": iri_term(iri)}), "assignment", "task", "taskOrdinal",
                            "taskLabel", "body", "bodyLabel", "role", "partnerLabels", "evidence", "start", "end",
                            "source")
    assignments.sort(key=lambda a: (a.get("taskOrdinal") or 0, ROLE_ORDER.get(local(a["role"]), 9),
                                    a.get("bodyLabel") or ""))
    related = _distinct(store.select(DOC_RELATED, {"document": iri_term(iri)}), "dir", "kind", "other", "otherLabel", "evidence")
    classes = sorted({local(r["class"]) for r in rows if r.get("class")})
    return {
        "iri": iri, "label": _first(rows, "label"), "labels": sorted({r["label"] for r in rows if r.get("label")}),
        "classes": classes, "type": _first(rows, "type"),
        "type_label": _first(rows, "typeLabel"), "type_label_en": _first(rows, "typeLabelEn"),
        "number": _first(rows, "number"), "issued": _first(rows, "issued"), "title": _first(rows, "title"),
        "issuer": _first(rows, "issuer"), "issuer_label": _first(rows, "issuerLabel"),
        "province": _first(rows, "provinceLabel"), "province_2025": _first(rows, "province2025Label"),
        "term": _first(rows, "termLabel"), "declared_targets": _first(rows, "declared"),
        "sources": sorted({r["source"] for r in rows if r.get("source")}),
        "groups": groups, "ungrouped_tasks": [t for t in tasks.values() if t["group"] not in group_index],
        "tasks": list(tasks.values()), "figures": figs,
        "targets": [f for f in figs if f["kind"] != "statistic"],
        "statistics": [f for f in figs if f["kind"] == "statistic"],
        "assignments": assignments, "related": related,
    }


# ------------------------------------------------------------------ source
SOURCE_QUERY = P + """SELECT ?source ?title ?publisher ?published ?date ?identifier ?fileName ?provinceLabel ?text
       ?main ?document ?documentLabel WHERE {
  ?source a pc:Source .
  OPTIONAL { ?source dcterms:title ?title } OPTIONAL { ?source dcterms:publisher ?publisher }
  OPTIONAL { ?source pc:publishedText ?published } OPTIONAL { ?source dcterms:date ?date }
  OPTIONAL { ?source dcterms:identifier ?identifier } OPTIONAL { ?source pc:fileName ?fileName }
  OPTIONAL { ?source pc:province/skos:prefLabel ?provinceLabel FILTER(lang(?provinceLabel) = "vi") }
  OPTIONAL { ?source pc:text ?text }
  OPTIONAL { ?source pc:mainDocument ?main }
  OPTIONAL { ?document prov:wasDerivedFrom ?source ; pc:documentType ?t OPTIONAL { ?document rdfs:label ?documentLabel } }
}"""


def source_detail(store, iri: str) -> dict | None:
    rows = store.select(SOURCE_QUERY, {"source": iri_term(iri)})
    if not rows:
        return None
    docs = _distinct(rows, "document", "documentLabel")
    seen, documents = set(), []
    for d in docs:
        if d["document"] not in seen:
            seen.add(d["document"])
            documents.append(d)
    return {"iri": iri, "title": _first(rows, "title"), "publisher": _first(rows, "publisher"),
            "published": _first(rows, "published"), "date": _first(rows, "date"),
            "identifier": _first(rows, "identifier"), "file_name": _first(rows, "fileName"),
            "province": _first(rows, "provinceLabel"), "text": _first(rows, "text") or "",
            "main": _first(rows, "main"), "documents": documents}


# ------------------------------------------------------------------ lists
INDICATORS = P + """SELECT ?indicator ?label ?labelEn ?definition (COUNT(DISTINCT ?t) AS ?targets) (COUNT(DISTINCT ?s) AS ?statistics)
WHERE {
  ?indicator a pc:Indicator .
  OPTIONAL { ?indicator skos:prefLabel ?label FILTER(lang(?label) = "vi") }
  OPTIONAL { ?indicator skos:prefLabel ?labelEn FILTER(lang(?labelEn) = "en") }
  OPTIONAL { ?indicator skos:definition ?definition FILTER(lang(?definition) = "en") }
  OPTIONAL { ?t pc:indicator ?indicator ; a pc:Target }
  OPTIONAL { ?s pc:indicator ?indicator ; a pc:Statistic }
} GROUP BY ?indicator ?label ?labelEn ?definition"""


def indicators(store, *, with_figures: bool = True) -> list[dict]:
    """Indicators (most figures first); only those with targets or statistics unless ``with_figures`` is False."""
    out: dict[str, dict] = {}
    for r in store.select(INDICATORS):
        if with_figures and not (r["targets"] or r["statistics"]):
            continue
        out.setdefault(r["indicator"], dict(r, slug=local(r["indicator"])))
    return sorted(out.values(), key=lambda r: (-(r["targets"] + r["statistics"]), r.get("label") or r["slug"]))


DOCUMENTS = P + """SELECT ?document ?label ?typeLabel ?provinceLabel ?issued (COUNT(DISTINCT ?task) AS ?tasks)
       (COUNT(DISTINCT ?target) AS ?targets) WHERE {
  ?document pc:documentType ?type .
  OPTIONAL { ?document rdfs:label ?label }
  OPTIONAL { ?type skos:prefLabel ?typeLabel FILTER(lang(?typeLabel) = "vi") }
  OPTIONAL { ?document pc:province/skos:prefLabel ?provinceLabel FILTER(lang(?provinceLabel) = "vi") }
  OPTIONAL { ?document dcterms:issued ?issued }
  OPTIONAL { ?task pc:document ?document ; a pc:Task }
  OPTIONAL { ?target pc:document ?document ; a pc:Target }
} GROUP BY ?document ?label ?typeLabel ?provinceLabel ?issued"""


def documents(store) -> list[dict]:
    """Every document once, those with tasks or targets first."""
    out: dict[str, dict] = {}
    for r in store.select(DOCUMENTS):
        out.setdefault(r["document"], r)
    return sorted(out.values(), key=lambda r: (-(r["tasks"] + r["targets"]), r.get("provinceLabel") or "",
                                               r.get("label") or ""))


COUNTS = P + """SELECT ?kind (COUNT(DISTINCT ?x) AS ?n) WHERE {
  VALUES (?class ?kind) { (pc:Source "sources") (pc:Task "tasks") (pc:Body "bodies") (pc:Target "targets")
                          (pc:Statistic "statistics") (pc:Assignment "assignments") }
  ?x a ?class
} GROUP BY ?kind"""


def counts(store) -> dict[str, int]:
    out = {r["kind"]: r["n"] for r in store.select(COUNTS)}
    out["documents"] = len(documents(store))
    return out
