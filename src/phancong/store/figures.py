"""The figures summary: what compare reads, kept by the build beside the text index.

compare's answer is chosen among every target and statistic of an indicator (about 1,000 at 5M triples),
and the SPARQL query that reads them (queries/internal/figures.rq) cost 0.4-1 s there: Oxigraph evaluating
a dozen OPTIONALs per figure and decoding their terms. So each source's write also stores the triples that
query reads, one SQLite row per triple, in the same transaction as the source's index rows (the same
protocol: a source is whole or absent in the summary as in the store, also after a kill). The triples kept:

- of each figure (a pc:Target or pc:Statistic of the source): its class, indicator, value, province,
  document, subject, comparator, upper value, unit, deadline, period, start, end, date, population,
  source (prov:wasDerivedFrom) and evidence, and the quoted text (oa:exact) of its evidence nodes;
- of any subject: pc:issuer, pc:bodyType, pc:documentType, pc:mergedInto, skos:prefLabel (with its
  language), dcterms:title, dcterms:issued, and rdfs:label where the source gives the subject a document
  type (a document's label; the labels of tasks are left out).

:meth:`FigureSummary.records` answers the figures query from those rows, with its joins, OPTIONALs, DISTINCT
and ORDER BY, reading the union of every source's rows as the query reads the merged default graph.
tests/store/test_figure_summary.py checks the two agree on the seed store and on a synthetic corpus, after
sources are replaced and removed too.
"""

from __future__ import annotations

import itertools
import json
import sqlite3
from collections.abc import Iterable
from typing import Any

__all__ = ["FigureSummary", "Fact", "facts_of_ntriples", "FIGURE_COLUMNS"]

_PC = "https://w3id.org/phancong/ontology#"
_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_CLASSES = {f"<{_PC}Target>": "target", f"<{_PC}Statistic>": "statistic"}
# a figure's own triples: predicate IRI -> the name the summary keeps it under
_OWN = {
    **{
        f"{_PC}{n}": n
        for n in (
            "indicator value province document subject comparator upperValue unit deadlineYear period "
            "periodStart periodEnd asOf population evidence"
        ).split()
    },
    "http://www.w3.org/ns/prov#wasDerivedFrom": "derivedFrom",
}
_EXACT = "http://www.w3.org/ns/oa#exact"
# the triples of any subject the query reads (documents, bodies, sources, provinces)
_OF_ANY = {
    f"{_PC}issuer": "issuer",
    f"{_PC}bodyType": "bodyType",
    f"{_PC}documentType": "documentType",
    f"{_PC}mergedInto": "mergedInto",
    "http://www.w3.org/2004/02/skos/core#prefLabel": "prefLabel",
    "http://purl.org/dc/terms/title": "title",
    "http://purl.org/dc/terms/issued": "issued",
}
_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
_KEPT = frozenset(f"<{p}>" for p in (*_OWN, _EXACT, *_OF_ANY, _LABEL))

# the columns of queries/internal/figures.rq, in its order
FIGURE_COLUMNS = (
    "indicator figure kind provinceLabel province2025Label document documentLabel issuer issuerLabel issuerType "
    "subject subjectLabel subjectType comparator value upper unit deadline period periodStart periodEnd asOf "
    "population evidence source sourceTitle"
).split()

# (subject, name, value as JSON, language tag or "")
Fact = tuple[str, str, str, str]


def _value(term: Any) -> Any:
    """A pyoxigraph term as the catalogue's runner gives it (store.embedded.to_python): IRIs and strings as
    str, integers as int, decimals as float, booleans as bool."""
    import pyoxigraph as ox

    if isinstance(term, ox.NamedNode):
        return term.value
    if isinstance(term, ox.BlankNode):
        return "_:" + term.value
    dt = term.datatype.value if term.datatype else ""
    if dt.endswith(("#integer", "#int", "#long")):
        return int(term.value)
    if dt.endswith(("#decimal", "#double", "#float")):
        return float(term.value)
    if dt.endswith("#boolean"):
        return term.value in ("true", "1")
    return term.value


def facts_of_ntriples(nt: str) -> list[Fact]:
    """The summary's rows of one graph, read off its N-Triples (one triple a line, as the index rows are)."""
    import pyoxigraph as ox

    figures: set[str] = set()
    kept: list[str] = []
    for line in nt.splitlines():
        parts = line.split(" ", 2)
        if len(parts) < 3:
            continue
        s, p, o = parts
        if p == f"<{_RDF_TYPE}>":
            if o[:-2].rstrip() in _CLASSES:
                figures.add(s[1:-1])
                kept.append(line)
        elif p in _KEPT:
            kept.append(line)
    if not kept:
        return []
    triples = [t for t in ox.parse("\n".join(kept).encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)]
    documents = {t.subject.value for t in triples if t.predicate.value == f"{_PC}documentType"}
    evidence = {t.object.value for t in triples if t.predicate.value == f"{_PC}evidence" and t.subject.value in figures}
    out: list[Fact] = []
    for t in triples:
        s, p = t.subject.value if isinstance(t.subject, ox.NamedNode) else "_:" + t.subject.value, t.predicate.value
        if p == _RDF_TYPE:
            name, value = "type", _CLASSES[f"<{t.object.value}>"]
        elif p in _OWN and s in figures:
            name, value = _OWN[p], _value(t.object)
        elif p == _EXACT and s in evidence:
            name, value = "exact", _value(t.object)
        elif p in _OF_ANY:
            name, value = _OF_ANY[p], _value(t.object)
        elif p == _LABEL and s in documents:
            name, value = "label", _value(t.object)
        else:
            continue
        lang = t.object.language or "" if isinstance(t.object, ox.Literal) else ""
        out.append((s, name, json.dumps(value, ensure_ascii=False), lang))
    return sorted(set(out))


class FigureSummary:
    """The summary's table in the text index's database (written inside the index's transactions)."""

    def __init__(self, db: sqlite3.Connection, *, writable: bool):
        self.db = db
        if writable:
            db.executescript(
                """
                CREATE TABLE IF NOT EXISTS figure_facts(graph TEXT NOT NULL, s TEXT NOT NULL, p TEXT NOT NULL,
                    o TEXT NOT NULL, lang TEXT NOT NULL);
                CREATE INDEX IF NOT EXISTS figure_facts_s ON figure_facts(s, p);
                CREATE INDEX IF NOT EXISTS figure_facts_po ON figure_facts(p, o);
                CREATE INDEX IF NOT EXISTS figure_facts_graph ON figure_facts(graph);
                CREATE TABLE IF NOT EXISTS figure_meta(key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;
                """
            )

    # -- writing (inside the index's begin()/commit())
    def replace(self, graph: str, facts: list[Fact] | None) -> None:
        """Drop the graph's rows and add ``facts``; ``None``: they are not known (rows derived another way),
        so the summary is no longer complete and compare reads the store until the index is rebuilt."""
        self.db.execute("DELETE FROM figure_facts WHERE graph = ?", (graph,))
        if facts is None:
            self.db.execute("INSERT OR REPLACE INTO figure_meta(key, value) VALUES ('complete', '0')")
            return
        self.db.executemany(
            "INSERT INTO figure_facts(graph, s, p, o, lang) VALUES (?, ?, ?, ?, ?)", [(graph, *f) for f in facts]
        )

    def clear(self) -> None:
        self.db.execute("DELETE FROM figure_facts")
        self.db.execute("INSERT OR REPLACE INTO figure_meta(key, value) VALUES ('complete', '1')")

    def complete(self) -> bool:
        """Whether every graph's rows are here (false for an index written before the summary, or after rows
        were given without their facts)."""
        try:
            row = self.db.execute("SELECT value FROM figure_meta WHERE key = 'complete'").fetchone()
        except sqlite3.OperationalError:  # an index written before the summary
            return False
        return row is None or row[0] == "1"

    # -- reading
    def _facts(self, subjects: Iterable[str], names: tuple[str, ...] | None = None) -> dict[str, dict[str, list]]:
        """subject -> name -> its distinct values (as (value, language)), over every graph."""
        subjects = sorted(set(subjects))
        out: dict[str, dict[str, list]] = {}
        for i in range(0, len(subjects), 5000):
            chunk = subjects[i : i + 5000]
            sql = f"SELECT DISTINCT s, p, o, lang FROM figure_facts WHERE s IN ({','.join('?' * len(chunk))})"
            params: list[str] = list(chunk)
            if names is not None:
                sql += f" AND p IN ({','.join('?' * len(names))})"
                params += names
            for s, p, o, lang in self.db.execute(sql + " ORDER BY s, p, o, lang", params):
                out.setdefault(s, {}).setdefault(p, []).append((json.loads(o), lang))
        return out

    def records(
        self,
        indicators: list[str] | None,
        *,
        provinces: set[str] | None = None,
        year: int | None = None,
        document_type: str | None = None,
    ) -> list[dict[str, Any]]:
        """The rows queries/internal/figures.rq gives (of these indicators, or all), as the catalogue's runner
        gives them (an unbound column as None), in its order; ``provinces`` (IRIs) keeps the figures of those
        provinces, ``year`` and ``document_type`` (an IRI) the targets of documents issued that year or of that
        type, as KnowledgeGraph's patterns do in the query."""
        if indicators is None:
            found = self.db.execute("SELECT DISTINCT s FROM figure_facts WHERE p = 'indicator'").fetchall()
        else:
            keys = [json.dumps(i, ensure_ascii=False) for i in indicators]
            found = self.db.execute(
                f"SELECT DISTINCT s FROM figure_facts WHERE p = 'indicator' AND o IN ({','.join('?' * len(keys))})",
                keys,
            ).fetchall()
        own = self._facts(s for (s,) in found)
        figures = {s: f for s, f in own.items() if f.get("type") and f.get("value") and f.get("indicator")}
        if provinces is not None:
            figures = {s: f for s, f in figures.items() if any(p in provinces for p, _ in f.get("province", ()))}
        linked = {
            v
            for f in figures.values()
            for n in ("province", "document", "subject", "derivedFrom", "evidence")
            for v, _ in f.get(n, ())
        }
        other = self._facts(linked)
        more = {v for s in linked for n in ("issuer", "mergedInto") for v, _ in other.get(s, {}).get(n, ())}
        other.update(self._facts(more - set(other)))

        def values(s: str, name: str, lang: str | None = None) -> list[Any]:
            return [v for v, tag in other.get(s, {}).get(name, ()) if lang is None or tag == lang]

        def wanted(f: dict[str, list], kind: str) -> bool:
            if kind == "statistic":
                return True
            docs = [d for d, _ in f.get("document", ())]
            if document_type is not None and document_type not in {t for d in docs for t in values(d, "documentType")}:
                return False
            return year is None or any(str(i)[:4] == f"{int(year):04d}" for d in docs for i in values(d, "issued"))

        rows: set[tuple] = set()
        for s, f in figures.items():
            for (kind, _), (indicator, _), (value, _) in itertools.product(f["type"], f["indicator"], f["value"]):
                if indicators is not None and indicator not in indicators or not wanted(f, kind):
                    continue
                blocks = [
                    self._province_block(f, values),
                    self._document_block(f, values),
                    self._subject_block(f, values),
                    *([{c: v} for v, _ in f.get(n, ())] or [{}] for n, c in _SIMPLE_COLUMNS.items()),
                    [
                        {"source": v, "sourceTitle": t}
                        for v, _ in f.get("derivedFrom", ())
                        for t in values(v, "title") or [None]
                    ]
                    or [{}],
                    [{"evidence": x} for e, _ in f.get("evidence", ()) for x in values(e, "exact")] or [{}],
                ]
                base = {"indicator": indicator, "figure": s, "kind": kind, "value": value}
                for combo in itertools.product(*blocks):
                    row = dict(base)
                    for part in combo:
                        row.update(part)
                    rows.add(tuple(row.get(c) for c in FIGURE_COLUMNS))
        out = [dict(zip(FIGURE_COLUMNS, r, strict=True)) for r in rows]
        out.sort(key=_order)
        return out

    @staticmethod
    def _province_block(f: dict[str, list], values) -> list[dict[str, Any]]:
        out = []
        for p, _ in f.get("province", ()):
            merged = [x for m in values(p, "mergedInto") for x in values(m, "prefLabel", "vi")] or [None]
            for label in values(p, "prefLabel", "vi") or [None]:
                out += [{"provinceLabel": label, "province2025Label": m} for m in merged]
        return out or [{}]

    @staticmethod
    def _document_block(f: dict[str, list], values) -> list[dict[str, Any]]:
        out = []
        for d, _ in f.get("document", ()):
            issuers = [
                {"issuer": i, "issuerLabel": label, "issuerType": t}
                for i in values(d, "issuer")
                for label in values(i, "prefLabel") or [None]
                for t in values(i, "bodyType") or [None]
            ] or [{}]
            for label in values(d, "label") or [None]:
                out += [{"document": d, "documentLabel": label, **i} for i in issuers]
        return out or [{}]

    @staticmethod
    def _subject_block(f: dict[str, list], values) -> list[dict[str, Any]]:
        out = [
            {"subject": s, "subjectLabel": label, "subjectType": t}
            for s, _ in f.get("subject", ())
            for label in values(s, "prefLabel") or [None]
            for t in values(s, "bodyType") or [None]
        ]
        return out or [{}]


# a figure's own values the query reads as they are: summary name -> the query's column
_SIMPLE_COLUMNS = {
    "comparator": "comparator",
    "upperValue": "upper",
    "unit": "unit",
    "deadlineYear": "deadline",
    "period": "period",
    "periodStart": "periodStart",
    "periodEnd": "periodEnd",
    "asOf": "asOf",
    "population": "population",
}


def _order(row: dict[str, Any]) -> tuple:
    """ORDER BY ?provinceLabel ?kind ?documentLabel ?figure (an unbound value first)."""
    return tuple(
        (row.get(c) is not None, str(row.get(c) or "")) for c in ("provinceLabel", "kind", "documentLabel", "figure")
    )
