"""Mapping an :class:`~phancong.model.Extraction` to RDF (docs/model.md).

All triples of one source go into one named graph, the source's IRI. Every
extracted resource carries ``prov:wasDerivedFrom`` the source and
``pc:evidence`` nodes with the exact span; facts between resources
(assignments, body relations, document references) are qualified nodes with
their own evidence, plus the direct shortcut triple.
"""

from __future__ import annotations

import re

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, ORG, OWL, PROV, RDF, RDFS, SKOS, XSD

from ..extract.model import Extraction
from ..text.numbers import parse_date
from ..vocab import NAMESPACES, PC, PCID, PCV, body_type_labels, unit_concept
from . import iri

OA = Namespace(NAMESPACES["oa"])
ELI = Namespace(NAMESPACES["eli"])

__all__ = ["to_graph", "sorted_ntriples", "OA", "ELI", "PREFIXES"]

PREFIXES = {"pc": str(PC), "pcid": str(PCID), "pcv": str(PCV), "org": str(ORG), "eli": str(ELI),
            "skos": str(SKOS), "prov": str(PROV), "dcterms": str(DCTERMS), "oa": str(OA), "rdfs": str(RDFS),
            "rdf": str(RDF), "xsd": str(XSD), "owl": str(OWL)}

# bodies whose name says whose organ they are ("Ban Tổ chức Tỉnh ủy" is an organ of the Tỉnh ủy)
_ORGAN_OF_COMMITTEE = re.compile(r"^(?:Ban|Ủy ban|Văn phòng|Thường trực)\b.* (Tỉnh ủy|Thành ủy)$")
_REL = {"implements": PC.implements, "basedOn": PC.basedOn, "inheritsFrom": PC.inheritsFrom, "cites": ELI.cites}
_BODY_REL = {"reportsTo": PC.reportsTo, "accountableTo": PC.accountableTo}
_CLASS = {"Resolution", "Scheme", "ActionProgramme", "Programme", "Plan", "Directive", "Conclusion", "Decision",
          "Regulation"}


_DOC_EN = {"Resolution": "Resolution", "Scheme": "Scheme", "ActionProgramme": "Action programme",
           "Programme": "Programme", "Plan": "Plan", "Directive": "Directive", "Conclusion": "Conclusion",
           "Decision": "Decision", "Regulation": "Regulation"}


def _body_type_en(body_type: str) -> str | None:

    if body_type in ("collective", "other"):
        return None
    labels = body_type_labels().get(body_type)
    return labels[1] if labels else None


def _decimal(v: float) -> Literal:
    s = f"{v:.6f}".rstrip("0").rstrip(".")
    return Literal(s if "." in s else s + ".0", datatype=XSD.decimal)


def _year(y: int) -> Literal:
    return Literal(f"{int(y):04d}", datatype=XSD.gYear)


def _date_literal(value: str) -> Literal:
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return Literal(value, datatype=XSD.date)
    if re.fullmatch(r"\d{4}-\d{2}", value):
        return Literal(value, datatype=XSD.gYearMonth)
    if re.fullmatch(r"\d{4}", value):
        return Literal(value, datatype=XSD.gYear)
    return Literal(value)


def _vi(text: str) -> Literal:
    return Literal(text, lang="vi")


def to_graph(ex: Extraction, file_name: str | None = None) -> Graph:
    """The named graph of one source (a plain rdflib Graph whose identifier is the source IRI)."""
    sid = ex.source.id
    src = iri.source_iri(sid)
    g = Graph(identifier=src)
    add = g.add
    province = iri.province_iri(ex.source.province) if ex.source.province else None

    def evidence(node: URIRef, span, text: str) -> None:
        s, e = int(span[0]), int(span[1])
        ev = iri.evidence_iri(sid, s, e)
        add((ev, RDF.type, PC.Evidence))
        add((ev, PC.source, src))
        add((ev, OA.start, Literal(s, datatype=XSD.integer)))
        add((ev, OA.end, Literal(e, datatype=XSD.integer)))
        add((ev, OA.exact, Literal(text)))
        add((node, PC.evidence, ev))

    def derived(node: URIRef) -> None:
        add((node, PROV.wasDerivedFrom, src))

    # the source
    add((src, RDF.type, PC.Source))
    add((src, DCTERMS.identifier, Literal(sid)))
    if ex.source.title:
        add((src, DCTERMS.title, _vi(ex.source.title)))
    if ex.source.site:
        add((src, DCTERMS.publisher, Literal(ex.source.site)))
    if ex.source.url:
        add((src, DCTERMS.source, Literal(ex.source.url, datatype=XSD.anyURI)))
    if ex.source.published:
        add((src, PC.publishedText, Literal(ex.source.published)))
        d = parse_date(ex.source.published)
        if d:
            add((src, DCTERMS.date, _date_literal(d)))
    add((src, DCTERMS.language, Literal(ex.source.language or "vi")))
    if province is not None:
        add((src, PC.province, province))
    if file_name:
        add((src, PC.fileName, Literal(file_name)))
    add((src, PC.text, Literal(ex.text)))

    # bodies
    bodies: dict[str, URIRef] = {}
    for b in ex.bodies:
        name = b.canonical or b.name  # one node for "Ban Chấp hành Đảng bộ tỉnh" and "Tỉnh ủy"
        # a body the text places in no province is that text's own, unless it is central (Bộ Chính trị …)
        own = None if b.province or b.level == "central" else ex.source.id
        node = iri.body_iri(name, b.province, own)
        bodies[b.key] = node
        add((node, RDF.type, PC.Body))
        add((node, SKOS.prefLabel, _vi(name)))
        # the label names the province once: "Ban Tổ chức Tỉnh ủy Tuyên Quang", "Đảng bộ tỉnh Quảng Ninh"
        add((node, RDFS.label, _vi(name if not b.province or name.endswith(b.province) else f"{name} {b.province}")))
        if b.name != name:
            add((node, SKOS.altLabel, _vi(b.name)))
        type_en = _body_type_en(b.type)
        if type_en:  # an English gloss for readers of English (search finds it too)
            add((node, SKOS.altLabel, Literal(f"{type_en}: {name}" + (f" ({b.province})" if b.province else ""),
                                              lang="en")))
        add((node, PC.bodyType, iri.vocab_iri("body-type", b.type)))
        if b.level:
            add((node, PC.level, iri.vocab_iri("level", b.level)))
        if b.province:
            add((node, PC.province, iri.province_iri(b.province)))
        for m in b.mentions or [b]:
            if m.text != name:
                add((node, SKOS.altLabel, _vi(m.text)))
            evidence(node, m.span, m.text)
        derived(node)
        parent = _ORGAN_OF_COMMITTEE.match(name)
        if parent and b.type != "provincial-party-committee":
            committee = iri.body_iri(parent.group(1), b.province, own)
            add((node, ORG.subOrganizationOf, committee))

    # documents
    docs: dict[str, URIRef] = {}
    for d in ex.documents:
        node = iri.document_iri(d.type, d.number, d.issued, d.province, d.title or d.text)
        docs[d.key] = node
        if d.type in _CLASS:
            add((node, RDF.type, PC[d.type]))
        elif d.type == "Other":
            add((node, RDF.type, PC.OtherDocument))
            kind = re.match(r"(Hướng dẫn|Thông báo|Tờ trình|Công văn|Báo cáo)", d.text)
            if kind:
                add((node, DCTERMS.type, _vi(kind.group(1))))
        add((node, PC.documentType, iri.vocab_iri("document-type", iri.DOCUMENT_CLASSES.get(d.type, "other"))))
        label = d.text if d.number else (d.text if len(d.text) < 200 else d.text[:200])
        add((node, RDFS.label, _vi(label)))
        add((node, SKOS.altLabel, Literal(f"{_DOC_EN.get(d.type, 'Document')} {d.number or label}", lang="en")))
        if d.number:
            add((node, PC.documentNumber, Literal(d.number)))
        if d.issued:
            add((node, DCTERMS.issued, _date_literal(d.issued)))
        if d.title:
            add((node, DCTERMS.title, _vi(d.title)))
        if d.province:
            add((node, PC.province, iri.province_iri(d.province)))
        if d.term:
            t = re.fullmatch(r"(\d{4})-(\d{4})", d.term)
            if t:
                term = iri.term_iri(d.term)
                add((node, PC["term"], term))
                add((term, RDF.type, PC.Term))
                add((term, RDFS.label, Literal(d.term)))
                add((term, PC.startYear, _year(int(t.group(1)))))
                add((term, PC.endYear, _year(int(t.group(2)))))
            else:
                add((node, PC.congressTerm, _vi(d.term)))
        if d.main:
            add((src, PC.mainDocument, node))
        for m in d.mentions or [d]:
            evidence(node, m.span, m.text)
        derived(node)
    for d in ex.documents:
        if d.issuer and d.issuer in bodies:
            add((docs[d.key], PC.issuer, bodies[d.issuer]))
    for n, r in enumerate(ex.references, 1):
        if r.from_ not in docs or r.to not in docs:
            continue
        add((docs[r.from_], _REL[r.relation], docs[r.to]))
        q = iri.item_iri("reference", sid, n)
        add((q, RDF.type, PC.DocumentReference))
        add((q, PC.fromDocument, docs[r.from_]))
        add((q, PC.toDocument, docs[r.to]))
        add((q, PC.relationKind, Literal(r.relation)))
        evidence(q, r.span, r.text)
        derived(q)

    # task groups and tasks
    groups: dict[str, URIRef] = {}
    found: dict[str, int] = {}
    for t in ex.tasks:
        if t.group:
            found[t.group] = found.get(t.group, 0) + 1
    for x in ex.targets:
        if x.group and not x.parent:
            found[x.group] = found.get(x.group, 0) + 1
    for n, gr in enumerate(ex.task_groups, 1):
        node = iri.item_iri("taskgroup", sid, n)
        groups[gr.key] = node
        add((node, RDF.type, PC.TaskGroup))
        add((node, RDFS.label, _vi(gr.label)))
        add((node, PC.ordinal, Literal(gr.ordinal, datatype=XSD.integer)))
        add((node, PC.groupKind, Literal(gr.kind)))
        if gr.document in docs:
            add((node, PC.document, docs[gr.document]))
        if gr.declared_count is not None:
            add((node, PC.declaredCount, Literal(gr.declared_count, datatype=XSD.integer)))
        add((node, PC.foundCount, Literal(found.get(gr.key, 0), datatype=XSD.integer)))
        if gr.deadline_year:
            add((node, PC.deadlineYear, _year(gr.deadline_year)))
        evidence(node, gr.span, gr.text)
        derived(node)
    def placed(node: URIRef, document: str | None, group: str | None, span, text: str) -> None:
        """A task or figure: its document, group, province, evidence and source."""
        if document in docs:
            add((node, PC.document, docs[document]))
        if group in groups:
            add((node, PC.taskGroup, groups[group]))
        if province is not None:
            add((node, PC.province, province))
        evidence(node, span, text)
        derived(node)

    tasks: dict[str, URIRef] = {}
    for n, t in enumerate(ex.tasks, 1):
        node = iri.item_iri("task", sid, n)
        tasks[t.key] = node
        add((node, RDF.type, PC.Task))
        add((node, RDFS.label, _vi(t.label)))
        add((node, PC.ordinal, Literal(t.ordinal, datatype=XSD.integer)))
        placed(node, t.document, t.group, t.span, t.text)

    # targets and statistics
    figures: dict[str, URIRef] = {}
    for kind, items in (("target", ex.targets), ("statistic", ex.statistics)):
        for n, f in enumerate(items, 1):
            node = iri.item_iri(kind, sid, n)
            figures[f.key] = node
            if kind == "target":
                add((node, RDF.type, PC.Target if f.value is not None else PC.QualitativeTarget))
            else:
                add((node, RDF.type, PC.Statistic))
            add((node, RDFS.label, _vi(f.text)))
            if f.value is not None:
                add((node, PC.value, _decimal(f.value)))
            if f.upper is not None:
                add((node, PC.upperValue, _decimal(f.upper)))
            if f.comparator:
                add((node, PC.comparator, iri.vocab_iri("comparator", f.comparator)))
            if f.unit:
                concept = unit_concept(f.unit)
                add((node, PC.unit, iri.vocab_iri("unit", concept)))
                if concept != f.unit:
                    add((node, PC.unitText, _vi(f.unit)))
            if f.population:
                add((node, PC.population, _vi(f.population)))
            if f.indicator:
                add((node, PC.indicator, iri.vocab_iri("indicator", f.indicator)))
            if f.deadline_year:
                add((node, PC.deadlineYear, _year(f.deadline_year)))
            if f.period:
                add((node, PC.period, iri.vocab_iri("period", f.period)))
            if f.period_start:
                add((node, PC.periodStart, _year(f.period_start)))
            if f.period_end:
                add((node, PC.periodEnd, _year(f.period_end)))
            if f.as_of:
                add((node, PC.asOf, _date_literal(f.as_of)))
            if f.total is not None:
                add((node, PC.outOf, _decimal(f.total)))
            if f.subject in bodies:
                add((node, PC.subject, bodies[f.subject]))
            placed(node, f.document, f.group, f.span, f.text)
    for f in list(ex.targets) + list(ex.statistics):
        if f.parent and f.parent in figures:
            add((figures[f.key], PC.componentOf, figures[f.parent]))

    # assignments and relations
    for n, a in enumerate(ex.assignments, 1):
        if a.body not in bodies or a.task not in tasks:
            continue
        node = iri.item_iri("assignment", sid, n)
        add((node, RDF.type, PC.Assignment))
        add((node, PC.body, bodies[a.body]))
        add((node, PC.task, tasks[a.task]))
        add((node, PC.role, iri.vocab_iri("role", a.role)))
        add((node, PC.status, Literal(a.status)))
        if a.inherited:
            add((node, PC.inherited, Literal(True)))
        for p in a.partners:
            if p in bodies:
                add((node, PC.partner, bodies[p]))
        evidence(node, a.span, a.text)
        derived(node)
    for n, r in enumerate(ex.relations, 1):
        if r.from_ not in bodies or r.to not in bodies:
            continue
        node = iri.item_iri("relation", sid, n)
        add((node, RDF.type, PC.BodyRelation))
        add((node, PC.fromBody, bodies[r.from_]))
        add((node, PC.toBody, bodies[r.to]))
        add((node, PC.relationKind, Literal(r.kind)))
        add((bodies[r.from_], _BODY_REL[r.kind], bodies[r.to]))
        evidence(node, r.span, r.text)
        derived(node)
    return g


def sorted_ntriples(g: Graph) -> str:
    """Deterministic N-Triples: one triple a line, sorted (diffable, golden-file friendly)."""
    data = g.serialize(format="nt", encoding="utf-8").decode("utf-8")
    lines = sorted({ln for ln in data.splitlines() if ln.strip()})
    return "\n".join(lines) + "\n"
