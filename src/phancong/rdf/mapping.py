"""Mapping an :class:`~phancong.model.Extraction` to RDF (docs/model.md).

All triples of one source go into one named graph, the source's IRI. Every
extracted resource carries ``prov:wasDerivedFrom`` the source and
``pc:evidence`` nodes with the exact span; facts between resources
(assignments, body relations, document references) are qualified nodes with
their own evidence, plus the direct shortcut triple.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from typing import Any, cast

from rdflib import Graph, Literal, Namespace, URIRef, plugin
from rdflib.namespace import DCTERMS, ORG, OWL, PROV, RDF, RDFS, SKOS, XSD
from rdflib.serializer import Serializer

from ..extract.model import (
    Assignment,
    Body,
    Document,
    Extraction,
    Figure,
    Mention,
    Reference,
    Relation,
    Task,
    TaskGroup,
)
from ..text.numbers import parse_date
from ..vocab import NAMESPACES, PC, PCID, PCV, body_type_labels, document_classes, unit_concept
from . import iri

OA = Namespace(NAMESPACES["oa"])
ELI = Namespace(NAMESPACES["eli"])

__all__ = ["to_graph", "to_ntriples", "sorted_ntriples", "OA", "ELI", "PREFIXES"]

PREFIXES = {
    "pc": str(PC),
    "pcid": str(PCID),
    "pcv": str(PCV),
    "org": str(ORG),
    "eli": str(ELI),
    "skos": str(SKOS),
    "prov": str(PROV),
    "dcterms": str(DCTERMS),
    "oa": str(OA),
    "rdfs": str(RDFS),
    "rdf": str(RDF),
    "xsd": str(XSD),
    "owl": str(OWL),
}

# bodies whose name says whose organ they are ("Ban Tổ chức Tỉnh ủy" is an organ of the Tỉnh ủy)
_ORGAN_OF_COMMITTEE = re.compile(r"^(?:Ban|Ủy ban|Văn phòng|Thường trực)\b.* (Tỉnh ủy|Thành ủy)$")
_REL = {"implements": PC.implements, "basedOn": PC.basedOn, "inheritsFrom": PC.inheritsFrom, "cites": ELI.cites}
_BODY_REL = {"reportsTo": PC.reportsTo, "accountableTo": PC.accountableTo}


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
    g = Graph(identifier=iri.source_iri(ex.source.id))
    _Mapping(ex, g.add).map(file_name)
    return g


def to_ntriples(ex: Extraction, file_name: str | None = None) -> tuple[str, int]:
    """``sorted_ntriples(to_graph(ex, file_name))`` and the number of triples of the graph, without the graph: the
    triples are kept in a set and written by rdflib's own N-Triples serializer, as the graph's are. A build maps
    each source so (rdflib's in-memory graph indexing every triple three ways was two thirds of mapping and
    writing a source: 40 bench texts 0.72-0.77 -> 0.28-0.32 CPU s); tests/rdf/test_ntriples.py holds the two to
    the same text."""
    triples: set[tuple] = set()
    _Mapping(ex, triples.add).map(file_name)
    out = io.BytesIO()
    plugin.get("nt", Serializer)(cast(Graph, triples)).serialize(out, encoding="utf-8")
    return _sorted_lines(out.getvalue().decode("utf-8")), len(triples)


class _Mapping:
    """One source's extraction mapped entity by entity into one named graph: the source, bodies, documents
    and their references, task groups, tasks, figures (targets and statistics), assignments and relations.
    Each entity gets its evidence (the exact span) and ``prov:wasDerivedFrom`` the source."""

    def __init__(self, ex: Extraction, add: Callable[[tuple], Any]) -> None:
        self.ex = ex
        self.sid = ex.source.id
        self.src = iri.source_iri(self.sid)
        self.add = add  # where each triple goes: an rdflib graph's add, or a set's
        self.province = iri.province_iri(ex.source.province) if ex.source.province else None
        self.bodies: dict[str, URIRef] = {}
        self.docs: dict[str, URIRef] = {}
        self.groups: dict[str, URIRef] = {}
        self.tasks: dict[str, URIRef] = {}
        self.figures: dict[str, URIRef] = {}

    def map(self, file_name: str | None) -> None:
        ex = self.ex
        self.source(file_name)
        for b in ex.bodies:
            self.body(b)
        for d in ex.documents:
            self.document(d)
        for d in ex.documents:
            if d.issuer and d.issuer in self.bodies:
                self.add((self.docs[d.key], PC.issuer, self.bodies[d.issuer]))
        for n, r in enumerate(ex.references, 1):
            self.reference(n, r)
        found = self._found_in_groups()
        for n, gr in enumerate(ex.task_groups, 1):
            self.task_group(n, gr, found.get(gr.key, 0))
        for n, t in enumerate(ex.tasks, 1):
            self.task(n, t)
        for kind, items in (("target", ex.targets), ("statistic", ex.statistics)):
            for n, f in enumerate(items, 1):
                self.figure(kind, n, f)
        for f in list(ex.targets) + list(ex.statistics):
            if f.parent and f.parent in self.figures:
                self.add((self.figures[f.key], PC.componentOf, self.figures[f.parent]))
        for n, a in enumerate(ex.assignments, 1):
            self.assignment(n, a)
        for n, rel in enumerate(ex.relations, 1):
            self.relation(n, rel)

    def evidence(self, node: URIRef, span, text: str) -> None:
        s, e = int(span[0]), int(span[1])
        ev = iri.evidence_iri(self.sid, s, e)
        add = self.add
        add((ev, RDF.type, PC.Evidence))
        add((ev, PC.source, self.src))
        add((ev, OA.start, Literal(s, datatype=XSD.integer)))
        add((ev, OA.end, Literal(e, datatype=XSD.integer)))
        add((ev, OA.exact, Literal(text)))
        add((node, PC.evidence, ev))

    def derived(self, node: URIRef) -> None:
        self.add((node, PROV.wasDerivedFrom, self.src))

    def placed(self, node: URIRef, document: str | None, group: str | None, span, text: str) -> None:
        """A task or figure: its document, group, province, evidence and source."""
        if document in self.docs:
            self.add((node, PC.document, self.docs[document]))
        if group in self.groups:
            self.add((node, PC.taskGroup, self.groups[group]))
        if self.province is not None:
            self.add((node, PC.province, self.province))
        self.evidence(node, span, text)
        self.derived(node)

    def source(self, file_name: str | None) -> None:
        s, src, add = self.ex.source, self.src, self.add
        add((src, RDF.type, PC.Source))
        add((src, DCTERMS.identifier, Literal(self.sid)))
        if s.title:
            add((src, DCTERMS.title, _vi(s.title)))
        if s.site:
            add((src, DCTERMS.publisher, Literal(s.site)))
        if s.url:
            add((src, DCTERMS.source, Literal(s.url, datatype=XSD.anyURI)))
        if s.published:
            add((src, PC.publishedText, Literal(s.published)))
            d = parse_date(s.published)
            if d:
                add((src, DCTERMS.date, _date_literal(d)))
        add((src, DCTERMS.language, Literal(s.language or "vi")))
        if self.province is not None:
            add((src, PC.province, self.province))
        if file_name:
            add((src, PC.fileName, Literal(file_name)))
        add((src, PC.text, Literal(self.ex.text)))

    def body(self, b: Body) -> None:
        add = self.add
        name = b.canonical or b.name  # one node for "Ban Chấp hành Đảng bộ tỉnh" and "Tỉnh ủy"
        # a body the text places in no province is that text's own, unless it is central (Bộ Chính trị …)
        own = None if b.province or b.level == "central" else self.sid
        node = iri.body_iri(name, b.province, own)
        self.bodies[b.key] = node
        add((node, RDF.type, PC.Body))
        add((node, SKOS.prefLabel, _vi(name)))
        # the label names the province once: "Ban Tổ chức Tỉnh ủy Tuyên Quang", "Đảng bộ tỉnh Quảng Ninh"
        add((node, RDFS.label, _vi(name if not b.province or name.endswith(b.province) else f"{name} {b.province}")))
        if b.name != name:
            add((node, SKOS.altLabel, _vi(b.name)))
        type_en = _body_type_en(b.type)
        if type_en:  # an English gloss for readers of English (search finds it too)
            add(
                (
                    node,
                    SKOS.altLabel,
                    Literal(f"{type_en}: {name}" + (f" ({b.province})" if b.province else ""), lang="en"),
                )
            )
        add((node, PC.bodyType, iri.vocab_iri("body-type", b.type)))
        if b.level:
            add((node, PC.level, iri.vocab_iri("level", b.level)))
        if b.province:
            add((node, PC.province, iri.province_iri(b.province)))
        for m in b.mentions or [Mention(b.span, b.text)]:
            if m.text != name:
                add((node, SKOS.altLabel, _vi(m.text)))
            self.evidence(node, m.span, m.text)
        self.derived(node)
        parent = _ORGAN_OF_COMMITTEE.match(name)
        if parent and b.type != "provincial-party-committee":
            committee = iri.body_iri(parent.group(1), b.province, own)
            add((node, ORG.subOrganizationOf, committee))

    def document(self, d: Document) -> None:
        add = self.add
        node = iri.document_iri(d.type, d.number, d.issued, d.province, d.title or d.text)
        self.docs[d.key] = node
        classes = document_classes()  # vocab-document-types.ttl, read once per process
        if d.type in classes:
            add((node, RDF.type, PC[d.type]))
        elif d.type == "Other":
            add((node, RDF.type, PC.OtherDocument))
            kind = re.match(r"(Hướng dẫn|Thông báo|Tờ trình|Công văn|Báo cáo)", d.text)
            if kind:
                add((node, DCTERMS.type, _vi(kind.group(1))))
        add((node, PC.documentType, iri.vocab_iri("document-type", iri.document_type_slug(d.type) or "other")))
        label = d.text if d.number else (d.text if len(d.text) < 200 else d.text[:200])
        add((node, RDFS.label, _vi(label)))
        en = classes[d.type][1] if d.type in classes else "Document"
        add((node, SKOS.altLabel, Literal(f"{en} {d.number or label}", lang="en")))
        if d.number:
            add((node, PC.documentNumber, Literal(d.number)))
        if d.issued:
            add((node, DCTERMS.issued, _date_literal(d.issued)))
        if d.title:
            add((node, DCTERMS.title, _vi(d.title)))
        if d.province:
            add((node, PC.province, iri.province_iri(d.province)))
        if d.term:
            self.term(node, d.term)
        if d.main:
            add((self.src, PC.mainDocument, node))
        for m in d.mentions or [Mention(d.span, d.text)]:
            self.evidence(node, m.span, m.text)
        self.derived(node)

    def term(self, node: URIRef, text: str) -> None:
        """A document's term: a span of years as a pc:Term node; anything else ("khóa XV") as written."""
        add = self.add
        t = re.fullmatch(r"(\d{4})-(\d{4})", text)
        if not t:
            add((node, PC.congressTerm, _vi(text)))
            return
        term = iri.term_iri(text)
        add((node, PC["term"], term))
        add((term, RDF.type, PC.Term))
        add((term, RDFS.label, Literal(text)))
        add((term, PC.startYear, _year(int(t.group(1)))))
        add((term, PC.endYear, _year(int(t.group(2)))))

    def reference(self, n: int, r: Reference) -> None:
        docs, add = self.docs, self.add
        if r.from_ not in docs or r.to not in docs:
            return
        add((docs[r.from_], _REL[r.relation], docs[r.to]))
        q = iri.item_iri("reference", self.sid, n)
        add((q, RDF.type, PC.DocumentReference))
        add((q, PC.fromDocument, docs[r.from_]))
        add((q, PC.toDocument, docs[r.to]))
        add((q, PC.relationKind, Literal(r.relation)))
        self.evidence(q, r.span, r.text)
        self.derived(q)

    def _found_in_groups(self) -> dict[str, int]:
        """How many tasks and top-level targets each group holds (pc:foundCount beside pc:declaredCount)."""
        found: dict[str, int] = {}
        for t in self.ex.tasks:
            if t.group:
                found[t.group] = found.get(t.group, 0) + 1
        for x in self.ex.targets:
            if x.group and not x.parent:
                found[x.group] = found.get(x.group, 0) + 1
        return found

    def task_group(self, n: int, gr: TaskGroup, found: int) -> None:
        add = self.add
        node = iri.item_iri("taskgroup", self.sid, n)
        self.groups[gr.key] = node
        add((node, RDF.type, PC.TaskGroup))
        add((node, RDFS.label, _vi(gr.label)))
        add((node, PC.ordinal, Literal(gr.ordinal, datatype=XSD.integer)))
        add((node, PC.groupKind, Literal(gr.kind)))
        if gr.document in self.docs:
            add((node, PC.document, self.docs[gr.document]))
        if gr.declared_count is not None:
            add((node, PC.declaredCount, Literal(gr.declared_count, datatype=XSD.integer)))
        add((node, PC.foundCount, Literal(found, datatype=XSD.integer)))
        if gr.deadline_year:
            add((node, PC.deadlineYear, _year(gr.deadline_year)))
        self.evidence(node, gr.span, gr.text)
        self.derived(node)

    def task(self, n: int, t: Task) -> None:
        node = iri.item_iri("task", self.sid, n)
        self.tasks[t.key] = node
        self.add((node, RDF.type, PC.Task))
        self.add((node, RDFS.label, _vi(t.label)))
        self.add((node, PC.ordinal, Literal(t.ordinal, datatype=XSD.integer)))
        self.placed(node, t.document, t.group, t.span, t.text)

    def figure(self, kind: str, n: int, f: Figure) -> None:
        """A target (pc:Target, or pc:QualitativeTarget without a number) or a statistic."""
        add = self.add
        node = iri.item_iri(kind, self.sid, n)
        self.figures[f.key] = node
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
        elif kind == "target" and f.value is not None:  # a goal with no unit: an index ("HDI đạt 0,80")
            add((node, PC.unit, iri.vocab_iri("unit", "index")))
        if f.population:
            add((node, PC.population, _vi(f.population)))
        if f.indicator:
            add((node, PC.indicator, iri.vocab_iri("indicator", f.indicator)))
        self.figure_time(node, f)
        if f.total is not None:
            add((node, PC.outOf, _decimal(f.total)))
        if f.subject in self.bodies:
            add((node, PC.subject, self.bodies[f.subject]))
        self.placed(node, f.document, f.group, f.span, f.text)

    def figure_time(self, node: URIRef, f: Figure) -> None:
        """When a figure holds: its deadline, period, span of years and as-of date."""
        add = self.add
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

    def assignment(self, n: int, a: Assignment) -> None:
        bodies, add = self.bodies, self.add
        if a.body not in bodies or a.task not in self.tasks:
            return
        node = iri.item_iri("assignment", self.sid, n)
        add((node, RDF.type, PC.Assignment))
        add((node, PC.body, bodies[a.body]))
        add((node, PC.task, self.tasks[a.task]))
        add((node, PC.role, iri.vocab_iri("role", a.role)))
        add((node, PC.status, Literal(a.status)))
        if a.inherited:
            add((node, PC.inherited, Literal(True)))
        for p in a.partners:
            if p in bodies:
                add((node, PC.partner, bodies[p]))
        self.evidence(node, a.span, a.text)
        self.derived(node)

    def relation(self, n: int, r: Relation) -> None:
        bodies, add = self.bodies, self.add
        if r.from_ not in bodies or r.to not in bodies:
            return
        node = iri.item_iri("relation", self.sid, n)
        add((node, RDF.type, PC.BodyRelation))
        add((node, PC.fromBody, bodies[r.from_]))
        add((node, PC.toBody, bodies[r.to]))
        add((node, PC.relationKind, Literal(r.kind)))
        add((bodies[r.from_], _BODY_REL[r.kind], bodies[r.to]))
        self.evidence(node, r.span, r.text)
        self.derived(node)


def sorted_ntriples(g: Graph) -> str:
    """Deterministic N-Triples: one triple a line, sorted (diffable, golden-file friendly)."""
    return _sorted_lines(g.serialize(format="nt", encoding="utf-8").decode("utf-8"))


def _sorted_lines(data: str) -> str:
    lines = sorted({ln for ln in data.splitlines() if ln.strip()})
    return "\n".join(lines) + "\n"
