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
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from .figure_changes import LINKS as _LINKS, FigureChanges, chunks
from .ntlines import GraphLines, literal, node, value as _value_of

__all__ = ["FigureSummary", "GraphFacts", "facts_of_lines", "FIGURE_COLUMNS"]

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
# the predicates as written in N-Triples -> the names kept
_OWN_KEPT = {f"<{p}>": n for p, n in _OWN.items()}
_ANY_KEPT = {f"<{p}>": n for p, n in _OF_ANY.items()}

# the columns of queries/internal/figures.rq, in its order
FIGURE_COLUMNS = (
    "indicator figure kind provinceLabel province2025Label document documentLabel issuer issuerLabel issuerType "
    "subject subjectLabel subjectType comparator value upper unit deadline period periodStart periodEnd asOf "
    "population evidence source sourceTitle"
).split()


@dataclass
class GraphFacts:
    """A graph's rows of the summary: each figure's own values (one row per indicator it names), and the values
    of any subject the query reads (counted over the graphs that state them, as the merged default graph holds
    a triple while one graph states it)."""

    figures: list[tuple[str, str, str]]  # (figure, indicator, its own values: name -> list, as JSON)
    entities: list[tuple[str, str, Any, str]]  # (subject, name, value, language tag or "")
    links: list[tuple[str, str]] = field(default_factory=list)  # (what a figure links to, the figure): LINKS


_EVIDENCE = f"<{_PC}evidence>"
_DOCUMENT_TYPE = f"<{_PC}documentType>"
_TYPE = f"<{_RDF_TYPE}>"
# a figure's lines in the order sorted N-Triples writes them: the order its values are named in its row's JSON
_FIGURE_LINES = sorted([_TYPE, *_OWN_KEPT])


def facts_of_lines(lines: GraphLines) -> GraphFacts:
    """The summary's rows of one graph, read off its lines (:class:`~phancong.store.ntlines.GraphLines`): only
    the lines it keeps are decoded (a figure's own triples, the quoted text of a figure's evidence, a document's
    label, and the values of any subject; the quotes of every other evidence node and the labels of tasks are
    most of the lines)."""
    types = [(s, _CLASSES.get(o[:-2].rstrip())) for s, o in lines.of(_TYPE)]
    subjects = {s for s, kind in types if kind is not None}  # the figures as written
    own: dict[str, dict[str, list]] = {}
    for p in _FIGURE_LINES:  # a figure's values named in the order of its lines (sorted N-Triples)
        if p == _TYPE:
            for s, kind in types:
                if kind is not None:
                    own.setdefault(node(s), {}).setdefault("type", []).append(kind)
            continue
        name = _OWN_KEPT[p]
        for s, o in lines.of(p):
            if s in subjects:
                own.setdefault(node(s), {}).setdefault(name, []).append(_value_of(o))
    evidence = {o[:-2].rstrip() for s, o in lines.of(_EVIDENCE) if s in subjects}
    exact: dict[str, list] = {}
    for s, o in lines.of(f"<{_EXACT}>"):
        if s in evidence:
            exact.setdefault(node(s), []).append(_value_of(o))
    entities: set[tuple[str, str, Any, str]] = set()
    for p, name in _ANY_KEPT.items():
        for s, o in lines.of(p):
            entities.add((node(s), name, *literal(o)[:2]))
    documents = {s for s, _o in lines.of(_DOCUMENT_TYPE)}
    for s, o in lines.of(f"<{_LABEL}>"):
        if s in documents:
            entities.add((node(s), "label", *literal(o)[:2]))
    rows = []
    links = sorted({(v, figure) for figure, values in own.items() for n in _LINKS for v in values.get(n, ())})
    for figure, values in own.items():
        # the quoted text of each evidence node (in the figure's own graph, as the mapping writes it)
        quotes = [x for ev in values.pop("evidence", ()) for x in exact.get(ev, ())]
        if quotes:
            values["evidence"] = quotes
        data = json.dumps({k: sorted(set(v), key=str) for k, v in values.items()}, ensure_ascii=False)
        rows += [(figure, indicator, data) for indicator in sorted(set(values.get("indicator", ())))]
    return GraphFacts(sorted(rows), sorted(entities, key=str), links)


class FigureSummary:
    """The summary's tables in the text index's database (written inside the index's transactions)."""

    def __init__(self, db: sqlite3.Connection, *, writable: bool):
        self.db = db
        if writable:
            db.executescript(
                """
                CREATE TABLE IF NOT EXISTS figure_rows(graph TEXT NOT NULL, figure TEXT NOT NULL,
                    indicator TEXT NOT NULL, own TEXT NOT NULL, PRIMARY KEY (indicator, figure, graph))
                    WITHOUT ROWID;
                CREATE INDEX IF NOT EXISTS figure_rows_graph ON figure_rows(graph);
                CREATE TABLE IF NOT EXISTS figure_entities(s TEXT NOT NULL, p TEXT NOT NULL, o NOT NULL,
                    lang TEXT NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (s, p, o, lang)) WITHOUT ROWID;
                CREATE TABLE IF NOT EXISTS figure_graphs(graph TEXT PRIMARY KEY, entities TEXT NOT NULL)
                    WITHOUT ROWID;
                CREATE TABLE IF NOT EXISTS figure_meta(key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;
                CREATE TABLE IF NOT EXISTS compare_defaults(indicator TEXT PRIMARY KEY, rows TEXT NOT NULL)
                    WITHOUT ROWID;
                """
            )
        # what changed since compare's default answers were computed, and those answers by group
        self.changes = FigureChanges(db, writable=writable)

    # -- writing (inside the index's begin()/commit())
    def replace(self, graph: str, facts: GraphFacts | None) -> None:
        """Drop the graph's rows and add ``facts``; ``None``: they are not known (rows derived another way),
        so the summary is no longer complete and compare reads the store until the index is rebuilt."""
        before = None
        if self.changes.tracking():  # the values of the graph's subjects, before and after: which changed
            old = self.db.execute("SELECT entities FROM figure_graphs WHERE graph = ?", (graph,)).fetchone()
            subjects = {e[0] for e in json.loads(old[0])} if old else set()
            subjects |= {e[0] for e in facts.entities} if facts is not None else set()
            before = self.changes.values_of(subjects)
        self.changes.graph_changed(graph, facts)
        drop_counted_entities(self.db, "figure", graph)
        self.db.execute("DELETE FROM figure_rows WHERE graph = ?", (graph,))
        self._changed()
        if facts is None:
            self.db.execute("INSERT OR REPLACE INTO figure_meta(key, value) VALUES ('complete', '0')")
        else:
            self.db.executemany(
                "INSERT INTO figure_rows(graph, figure, indicator, own) VALUES (?, ?, ?, ?)",
                [(graph, *f) for f in facts.figures],
            )
            add_counted_entities(self.db, "figure", graph, facts.entities)
        if before is not None:
            self.changes.entities_changed(before, self.changes.values_of(subjects))

    def clear(self) -> None:
        for table in ("figure_rows", "figure_entities", "figure_graphs", "compare_defaults"):  # not executescript
            self.db.execute(f"DELETE FROM {table}")
        self.db.execute("INSERT OR REPLACE INTO figure_meta(key, value) VALUES ('complete', '1')")
        self.changes.clear()
        self._changed()

    # -- compare's default answers, per indicator, assembled from their groups (figure_changes; answers.status)
    def _changed(self) -> None:
        """A graph's rows changed: the generation the default answers were computed at is past."""
        self.db.execute(
            "INSERT INTO figure_meta(key, value) VALUES ('generation', '1') "
            "ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + 1"
        )

    def generation(self) -> str:
        row = self.db.execute("SELECT value FROM figure_meta WHERE key = 'generation'").fetchone()
        return row[0] if row else "0"

    def defaults_computed(self, generation: str) -> None:
        """Inside a transaction: compare's default answers (``compare_defaults``, kept by :attr:`changes`) were
        computed from the summary at ``generation``."""
        self.db.execute("INSERT OR REPLACE INTO figure_meta(key, value) VALUES ('defaults', ?)", (generation,))

    def defaults(self, indicators: list[str]) -> list[dict[str, Any]] | None:
        """The default answers of these indicators, one after the other; None when they were not computed since
        the last change of the summary (or the index has none)."""
        try:
            meta = dict(self.db.execute("SELECT key, value FROM figure_meta WHERE key IN ('generation', 'defaults')"))
            if meta.get("defaults") is None or meta.get("defaults") != meta.get("generation", "0"):
                return None
            marks = ",".join("?" * len(indicators))
            found = dict(
                self.db.execute(
                    f"SELECT indicator, rows FROM compare_defaults WHERE indicator IN ({marks})", indicators
                )
            )
        except sqlite3.OperationalError:  # an index written before them
            return None
        return [r for i in indicators for r in json.loads(found.get(i, "[]"))]

    def complete(self) -> bool:
        """Whether every graph's rows are here (false for an index written before the summary, or after rows
        were given without their facts)."""
        try:
            row = self.db.execute("SELECT value FROM figure_meta WHERE key = 'complete'").fetchone()
        except sqlite3.OperationalError:  # an index written before the summary
            return False
        return row is None or row[0] == "1"

    # -- reading
    def _figures(self, indicators: list[str] | None, only: set[str] | None = None) -> dict[str, dict[str, list]]:
        """figure -> its own values (name -> list), over every graph that states it (of ``only`` these figures)."""
        found: Any
        if only is not None:
            found = []
            for chunk in chunks(only):
                marks = ",".join("?" * len(chunk))
                found += self.db.execute(f"SELECT figure, own FROM figure_rows WHERE figure IN ({marks})", chunk)
        elif indicators is None:
            found = self.db.execute("SELECT figure, own FROM figure_rows")
        else:
            marks = ",".join("?" * len(indicators))
            found = self.db.execute(f"SELECT figure, own FROM figure_rows WHERE indicator IN ({marks})", indicators)
        out: dict[str, dict[str, list]] = {}
        seen: dict[str, str] = {}
        for figure, data in found:
            if seen.get(figure) == data:  # the same figure under another of the indicators asked
                continue
            values = json.loads(data)
            if figure in out:  # stated by several graphs: the union, as in the merged default graph
                for k, v in values.items():
                    out[figure][k] = sorted(set(out[figure].get(k, [])) | set(v), key=str)
            else:
                out[figure] = values
            seen[figure] = data
        return out

    def _entities(self, subjects: Iterable[str]) -> dict[str, dict[str, list]]:
        """subject -> name -> its values (as (value, language)), over every graph."""
        subjects = sorted(set(subjects))
        out: dict[str, dict[str, list]] = {}
        for i in range(0, len(subjects), 5000):
            chunk = subjects[i : i + 5000]
            sql = f"SELECT s, p, o, lang FROM figure_entities WHERE s IN ({','.join('?' * len(chunk))})"
            for s, p, o, lang in self.db.execute(sql, chunk):
                out.setdefault(s, {}).setdefault(p, []).append((o, lang))
        return out

    def records(
        self,
        indicators: list[str] | None,
        *,
        provinces: set[str] | None = None,
        year: int | None = None,
        document_type: str | None = None,
        figures_of: set[str] | None = None,
    ) -> list[dict[str, Any]]:
        """The rows queries/internal/figures.rq gives (of these indicators, or all), as the catalogue's runner
        gives them (an unbound column as None), in its order; ``provinces`` (IRIs) keeps the figures of those
        provinces, ``year`` and ``document_type`` (an IRI) the targets of documents issued that year or of that
        type, as KnowledgeGraph's patterns do in the query; ``figures_of``: the rows of these figures only (under
        every indicator they name when ``indicators`` is None)."""
        found = self._figures(indicators, figures_of)
        figures = {s: f for s, f in found.items() if f.get("type") and f.get("value")}
        if provinces is not None:
            figures = {s: f for s, f in figures.items() if any(p in provinces for p in f.get("province", ()))}
        linked = {v for f in figures.values() for n in _LINKS for v in f.get(n, ())}
        other = self._entities(linked)
        more = {v for s in linked for n in ("issuer", "mergedInto") for v, _ in other.get(s, {}).get(n, ())}
        other.update(self._entities(more - set(other)))
        blocks = _Blocks(other)
        year_text = f"{int(year):04d}" if year is not None else None

        def wanted(f: dict[str, list], kind: str) -> bool:
            if kind == "statistic":
                return True
            docs = f.get("document", ())
            if document_type is not None and not any(document_type in blocks.values(d, "documentType") for d in docs):
                return False
            return year_text is None or any(str(i)[:4] == year_text for d in docs for i in blocks.values(d, "issued"))

        asked = set(indicators) if indicators is not None else None
        rows: list[tuple] = []
        for s, f in figures.items():
            mine: set[tuple] = set()  # DISTINCT
            middle = list(itertools.product(*blocks.of_figure(f)))  # the columns after kind: their combinations
            for kind, indicator, value in itertools.product(f["type"], f["indicator"], f["value"]):
                if (asked is not None and indicator not in asked) or not wanted(f, kind):
                    continue
                for prov, doc, subj, comparator, rest, tail in middle:
                    mine.add((indicator, s, kind, *prov, *doc, *subj, comparator, value, *rest, *tail))
            # the rows of a figure that ORDER BY leaves tied (two names of its subject ...) in one order, whatever
            # else is read with it (compare's default answer takes the last of a group)
            rows += sorted(mine, key=repr) if len(mine) > 1 else mine
        out = [dict(zip(FIGURE_COLUMNS, r, strict=True)) for r in rows]
        out.sort(key=_order)
        return out


_NONE: tuple = (None,)


class _Blocks:
    """The OPTIONAL groups of the query for one figure, as tuples of columns (each group's tuples cached by the
    IRIs it starts from: figures share provinces, documents and subjects)."""

    def __init__(self, entities: dict[str, dict[str, list]]):
        self.entities = entities
        self.cache: dict[tuple, list[tuple]] = {}

    def values(self, s: str, name: str, lang: str | None = None) -> list[Any]:
        return [v for v, tag in self.entities.get(s, {}).get(name, ()) if lang is None or tag == lang]

    def _cached(self, key: tuple, make) -> list[tuple]:
        found = self.cache.get(key)
        if found is None:
            found = self.cache[key] = make()
        return found

    def of_figure(self, f: dict[str, list]) -> list[list[tuple]]:
        """(province, document, subject, comparator, the simple columns after value, evidence and source)"""
        get = f.get
        rest = list(itertools.product(*((get(n) or _NONE) for n in _AFTER_VALUE)))
        sources = self._cached(("t", *get("derivedFrom", ())), lambda: self._source(get("derivedFrom", ())))
        tail = [(e, *src) for e in get("evidence") or _NONE for src in sources]
        return [
            self._cached(("p", *get("province", ())), lambda: self._province(get("province", ()))),
            self._cached(("d", *get("document", ())), lambda: self._document(get("document", ()))),
            self._cached(("s", *get("subject", ())), lambda: self._subject(get("subject", ()))),
            list(get("comparator") or _NONE),
            rest,
            tail,
        ]

    def _province(self, provinces: Sequence[str]) -> list[tuple]:
        out: list[tuple] = []
        for p in provinces:
            merged = [x for m in self.values(p, "mergedInto") for x in self.values(m, "prefLabel", "vi")] or _NONE
            out += [(label, m) for label in self.values(p, "prefLabel", "vi") or _NONE for m in merged]
        return out or [(None, None)]

    def _document(self, documents: Sequence[str]) -> list[tuple]:
        out: list[tuple] = []
        for d in documents:
            issuers = [
                (i, label, t)
                for i in self.values(d, "issuer")
                for label in self.values(i, "prefLabel") or _NONE
                for t in self.values(i, "bodyType") or _NONE
            ] or [(None, None, None)]
            out += [(d, label, *i) for label in self.values(d, "label") or _NONE for i in issuers]
        return out or [(None,) * 5]

    def _source(self, sources: Sequence[str]) -> list[tuple]:
        return [(v, t) for v in sources for t in self.values(v, "title") or _NONE] or [(None, None)]

    def _subject(self, subjects: Sequence[str]) -> list[tuple]:
        out: list[tuple] = [
            (s, label, t)
            for s in subjects
            for label in self.values(s, "prefLabel") or _NONE
            for t in self.values(s, "bodyType") or _NONE
        ]
        return out or [(None,) * 3]


# the figure's own values the query reads as they are, after its value, in the query's order (the query's
# columns upper unit deadline period periodStart periodEnd asOf population)
_AFTER_VALUE = ("upperValue", "unit", "deadlineYear", "period", "periodStart", "periodEnd", "asOf", "population")


def _order(row: dict[str, Any]) -> tuple:
    """ORDER BY ?provinceLabel ?kind ?documentLabel ?figure (an unbound value first)."""
    return tuple(
        (row.get(c) is not None, str(row.get(c) or "")) for c in ("provinceLabel", "kind", "documentLabel", "figure")
    )


def drop_counted_entities(db: sqlite3.Connection, summary: str, graph: str) -> None:
    """Take a graph's entity values out of a summary that counts them per graph ("figure", "owner"): each value
    stays while another graph still states it, as in the merged default graph."""
    if summary not in ("figure", "owner"):  # the tables' names are the code's own, never a caller's text
        raise ValueError(f"no summary {summary!r}")
    old = db.execute(f"SELECT entities FROM {summary}_graphs WHERE graph = ?", (graph,)).fetchone()
    if old:
        gone = [tuple(e) for e in json.loads(old[0])]
        db.executemany(f"UPDATE {summary}_entities SET n = n - 1 WHERE s = ? AND p = ? AND o = ? AND lang = ?", gone)
        db.executemany(f"DELETE FROM {summary}_entities WHERE s = ? AND p = ? AND o = ? AND lang = ? AND n <= 0", gone)
        db.execute(f"DELETE FROM {summary}_graphs WHERE graph = ?", (graph,))


def add_counted_entities(db: sqlite3.Connection, summary: str, graph: str, entities: list) -> None:
    """Count a graph's entity values into a summary ("figure", "owner"), and keep which they were for its removal."""
    if summary not in ("figure", "owner"):  # the tables' names are the code's own, never a caller's text
        raise ValueError(f"no summary {summary!r}")
    db.executemany(
        f"INSERT INTO {summary}_entities(s, p, o, lang, n) VALUES (?, ?, ?, ?, 1) "
        "ON CONFLICT(s, p, o, lang) DO UPDATE SET n = n + 1",
        entities,
    )
    if entities:
        db.execute(
            f"INSERT INTO {summary}_graphs(graph, entities) VALUES (?, ?)",
            (graph, json.dumps(entities, ensure_ascii=False)),
        )
