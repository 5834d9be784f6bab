"""The Python API: the three questions over a built store.

>>> kg = KnowledgeGraph.open(EXAMPLE_STORE)   # a directory written by `phancong build`
>>> kg.owner("tong hop bao cao")[0].body_label
'Ban Tổ chức Tỉnh ủy Tuyên Quang'

Every answer is a list of plain dataclasses with ``to_record()``; lists of them
turn into records with :func:`to_records` (pandas: ``pd.DataFrame(to_records(rows))``).
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from rdflib import URIRef

from .index import Hit
from .iri import InvalidIRI, checked_iri, looks_like_iri
from .queries import load_query, run_query, with_values

__all__ = ["KnowledgeGraph", "OwnerRow", "ChainEdge", "Chain", "CompareRow", "to_records", "ROLE_ORDER", "InvalidIRI"]

ROLE_ORDER = {"lead": 0, "coordinate": 1, "monitor": 2, "implement": 3}
VOCAB = "https://w3id.org/phancong/vocab/"


def _local(iri: str | None) -> str | None:
    if iri is None:
        return None
    return iri.rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def to_records(rows) -> list[dict[str, Any]]:
    """A list of answer dataclasses -> a list of dicts (pandas-friendly)."""
    return [r.to_record() for r in rows]


class _Record:
    def to_record(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class OwnerRow(_Record):
    """One body assigned to a task found by words."""

    task: str
    task_label: str
    body: str
    body_label: str
    role: str  # lead | coordinate | implement | monitor
    role_label: str | None
    partners: list[str]
    document: str | None
    document_label: str | None
    province: str | None
    evidence: str | None
    source: str | None
    score: float = 0.0
    inherited: bool = False  # the task names no body: the lead comes from the document's clause (the evidence)
    status: str | None = None  # "assigned" (a duty handed out) or "reported" (an action reported as done)


@dataclass
class ChainEdge(_Record):
    source: str
    source_label: str | None
    # lead, coordinate, implement, monitor, partner, reportsTo, accountableTo, subOrganizationOf, taskGroup,
    # document, issuer
    relation: str
    target: str
    target_label: str | None
    evidence: str | None


@dataclass
class Chain(_Record):
    task: str
    task_label: str | None
    edges: list[ChainEdge] = field(default_factory=list)

    def to_networkx(self):
        """A networkx.DiGraph with ``label`` on nodes and ``relation``/``evidence`` on edges."""
        import networkx as nx

        g = nx.DiGraph()
        g.add_node(self.task, label=self.task_label, kind="task")
        for e in self.edges:
            g.add_node(e.source, label=e.source_label)
            g.add_node(e.target, label=e.target_label)
            g.add_edge(e.source, e.target, relation=e.relation, evidence=e.evidence)
        return g

    def text_tree(self) -> str:
        """The chain as an indented text tree, from the task down to the issuing committee."""
        out = [f"Task: {self.task_label}"]
        children: dict[str, list[ChainEdge]] = {}
        for e in self.edges:
            children.setdefault(e.source, []).append(e)
        order = {"lead": 0, "coordinate": 1, "monitor": 2, "implement": 3, "partner": 4, "reportsTo": 5,
                 "accountableTo": 6, "subOrganizationOf": 7, "taskGroup": 8, "document": 9, "issuer": 10}
        names = {"lead": "lead (chủ trì)", "coordinate": "coordinate (phối hợp)", "implement": "implement (thực hiện)",
                 "monitor": "monitor (kiểm tra, giám sát)", "partner": "works with (phối hợp với)",
                 "reportsTo": "reports to (báo cáo)", "accountableTo": "accountable to (chịu trách nhiệm trước)",
                 "subOrganizationOf": "part of", "taskGroup": "task group", "document": "document (văn bản)",
                 "issuer": "issued by (ban hành)"}

        def walk(node: str, depth: int, seen: frozenset) -> None:
            for e in sorted(children.get(node, []), key=lambda e: (order.get(e.relation, 99), e.target_label or "")):
                line = "    " * depth + f"└─ {names.get(e.relation, e.relation)}: {e.target_label or e.target}"
                out.append(line)
                if e.evidence and e.relation in ("lead", "coordinate", "implement", "monitor", "reportsTo",
                                                 "accountableTo"):
                    ev = e.evidence if len(e.evidence) <= 160 else e.evidence[:159] + "…"
                    out.append("    " * (depth + 1) + f"   « {ev} »")
                if e.target not in seen:
                    walk(e.target, depth + 1, seen | {e.target})

        walk(self.task, 0, frozenset({self.task}))
        return "\n".join(out)


@dataclass
class CompareRow(_Record):
    """One target or reported statistic on an indicator."""

    kind: str  # target | statistic
    province: str | None
    province_2025: str | None
    document: str | None
    subject: str | None
    comparator: str | None
    value: float
    upper: float | None
    unit: str | None
    deadline: int | None
    period: str | None
    period_start: int | None
    period_end: int | None
    as_of: str | None
    evidence: str | None
    figure: str
    source: str | None


class KnowledgeGraph:
    """The knowledge graph in a store (embedded by default)."""

    def __init__(self, store):
        self.store = store
        self._catalogue: dict[str, Any] = {}  # catalogue queries read once per KnowledgeGraph

    def _query(self, name: str):
        """A query of queries/ (a catalogue name, or "internal/NAME"), read and parsed on first use only
        (reading it costs about as much as a lookup by IRI on Oxigraph)."""
        q = self._catalogue.get(name)
        if q is None:
            q = self._catalogue[name] = load_query(name)
        return q

    def _run(self, name: str, params: dict[str, Any]):
        return run_query(self.store, self._query(name), params)

    @classmethod
    def open(cls, path: str | Path = "store", *, endpoint: str | None = None, read_only: bool = True,
             **kwargs) -> KnowledgeGraph:
        """Open an embedded store directory (as written by ``phancong build``), read-only by default
        (several readers may share it; a writer needs ``read_only=False``)."""
        if endpoint:
            from .remote import RemoteStore

            return cls(RemoteStore(endpoint, **kwargs))
        from .store import EmbeddedStore

        return cls(EmbeddedStore(path, read_only=read_only))

    # ---------------------------------------------------------------- search
    def search(self, words: str, kinds: tuple[str, ...] | None = None, limit: int = 20) -> list[Hit]:
        """Tasks, bodies, documents, indicators ... matching ``words`` (any order, with or without diacritics).

        >>> KnowledgeGraph.open(EXAMPLE_STORE).search("ban to chuc", kinds=("body",))[0].label
        'Ban Tổ chức Tỉnh ủy'
        """
        return self.store.index.search(words, kinds, limit)

    def sparql(self, query: str, **params) -> list[dict[str, Any]] | bool:
        """Run SPARQL text or a catalogue query name; ``params`` are bound values.

        >>> kg = KnowledgeGraph.open(EXAMPLE_STORE)
        >>> [r["declared"] for r in kg.sparql("declared-vs-found") if r["mismatch"]]
        [11]
        >>> kg.sparql("SELECT ?n WHERE { ?d <https://w3id.org/phancong/ontology#documentNumber> ?n } ORDER BY ?n")[0]
        {'n': '02-ĐA/TU'}
        """
        q = load_query(query) if "\n" not in query and not query.lstrip().upper().startswith(
            ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE", "PREFIX")) else load_query("-", text=query)
        if not q.params:
            q.params = {k: "" for k in params}
        return run_query(self.store, q, params)

    # ---------------------------------------------------------------- 1. owner
    def owner(self, words_or_task: str, *, province: str | None = None, limit: int = 10) -> list[OwnerRow]:
        """Bodies that own the tasks best matching ``words`` (or the task IRI), best match first, lead first.
        A value that begins like an IRI (``http://``, ``https://``, ``urn:``) is read as one:
        :class:`InvalidIRI` (a ValueError) if it is not a valid IRI. ``limit`` is at least 1.

        >>> kg = KnowledgeGraph.open(EXAMPLE_STORE)
        >>> row = kg.owner("kiem tra, giam sat")[0]
        >>> row.body_label, row.role, row.role_label, row.province
        ('Ủy ban Kiểm tra Tỉnh ủy Tuyên Quang', 'monitor', 'kiểm tra, giám sát', 'Tuyên Quang')
        """
        from .text.normalise import fold

        if limit < 1:
            raise ValueError(f"limit must be at least 1, not {limit}")
        if looks_like_iri(words_or_task):
            hits = [Hit(checked_iri(words_or_task, "task IRI"), "task", "", 0.0)]
        else:
            hits = self.search(words_or_task, kinds=("task",), limit=max(limit * 3, 20))
        rows: list[OwnerRow] = []
        owned = 0  # hits are distinct tasks, best first: stop once `limit` of them have an owner
        rank = {hit.iri: n for n, hit in enumerate(hits)}
        query = self._query("owner-of-task")
        for start in range(0, len(hits), limit):  # one query per `limit` hits (a VALUES block)
            if owned >= limit:
                break
            batch = [h.iri for h in hits[start:start + limit]]
            found: set[str] = set()
            for r in run_query(self.store, with_values(query, "task", batch), {}):
                row = OwnerRow(task=r["task"], task_label=r["taskLabel"], body=r["body"], body_label=r["bodyLabel"],
                               role=_local(r["role"]), role_label=r.get("roleLabel"),
                               partners=[p for p in (r.get("partners") or "").split("; ") if p],
                               document=r.get("document"), document_label=r.get("documentLabel"),
                               province=r.get("provinceLabel"), evidence=r.get("evidence"), source=r.get("source"),
                               score=float(rank[r["task"]]), inherited=str(r.get("inherited")).lower() == "true",
                               status=r.get("status"))
                if province and fold(province) not in fold(row.province or ""):
                    continue
                rows.append(row)
                found.add(row.task)
            owned += len(found)
        rows.sort(key=lambda r: (r.score, ROLE_ORDER.get(r.role, 9), r.body_label))
        # keep the tasks of the best `limit` matches
        tasks: list[str] = []
        out = []
        for r in rows:
            if r.task not in tasks:
                if len(tasks) == limit:
                    break
                tasks.append(r.task)
            out.append(r)
        return out

    # ---------------------------------------------------------------- 2. chain
    def chain(self, task_or_words: str) -> Chain:
        """The responsibility chain of a task (an IRI, or the best task for the words); LookupError if there
        is none, :class:`InvalidIRI` for a value that begins like an IRI and is not one.

        >>> chain = KnowledgeGraph.open(EXAMPLE_STORE).chain("tong hop bao cao")
        >>> sorted({e.relation for e in chain.edges})
        ['document', 'issuer', 'lead', 'reportsTo', 'subOrganizationOf']
        >>> print(chain.text_tree().splitlines()[1])
        └─ lead (chủ trì): Ban Tổ chức Tỉnh ủy Tuyên Quang
        """
        task = task_or_words
        if looks_like_iri(task):
            checked_iri(task, "task IRI")
        else:
            hits = self.search(task_or_words, kinds=("task",), limit=1)
            if not hits:
                raise LookupError(f"no task matches {task_or_words!r}")
            task = hits[0].iri
        rows = self._run("responsibility-chain", {"task": URIRef(task)})
        label = next((r["fromLabel"] for r in rows if r["from"] == task), None)
        if label is None:
            found = self._run("internal/label-of", {"iri": URIRef(task)})
            if not found:
                raise LookupError(f"no task {task}")
            label = found[0]["label"]
        edges = []
        seen = set()
        for r in rows:
            rel = _local(r["relation"])
            key = (r["from"], rel, r["to"])
            if key in seen:
                continue
            seen.add(key)
            edges.append(ChainEdge(r["from"], r.get("fromLabel"), rel, r["to"], r.get("toLabel"), r.get("evidence")))
        return Chain(task=task, task_label=label, edges=edges)

    # ---------------------------------------------------------------- 3. compare
    def indicator(self, indicator_or_words: str) -> str:
        """The IRI of an indicator given as an IRI, a slug or words (LookupError if none matches;
        :class:`InvalidIRI` for a value that begins like an IRI and is not one)."""
        if looks_like_iri(indicator_or_words):
            return checked_iri(indicator_or_words, "indicator IRI")
        if re.fullmatch(r"[\w.~-]+", indicator_or_words):  # a slug: characters an IRI may hold as they are
            candidate = VOCAB + "indicator/" + indicator_or_words
            if self._run("internal/resource-exists", {"iri": URIRef(candidate)}):
                return candidate
        hits = self.search(indicator_or_words, kinds=("indicator",), limit=1)
        if not hits:
            raise LookupError(f"no indicator matches {indicator_or_words!r}")
        return hits[0].iri

    def compare(self, indicator_or_words: str, *, rollup: bool = False) -> list[CompareRow]:
        """Targets and statistics on one indicator, one row per province and document.
        ``rollup``: name provinces by their unit since 1 July 2025 (e.g. Bắc Kạn -> Thái Nguyên).

        >>> rows = KnowledgeGraph.open(EXAMPLE_STORE).compare("party-members-rated-good")
        >>> [(r.province, r.kind, r.comparator, r.value) for r in rows]  # doctest: +NORMALIZE_WHITESPACE
        [('Bắc Kạn', 'target', 'exactly', 80.0), ('Quảng Ninh', 'statistic', 'more-than', 96.0),
         ('Quảng Ninh', 'target', 'at-least', 90.0)]
        >>> to_records(rows)[0]["period"]
        'annual'
        """
        ind = self.indicator(indicator_or_words)
        rows = []
        for r in self._run("compare-indicator", {"indicator": URIRef(ind)}):
            province = r.get("province2025Label") if rollup else r.get("provinceLabel")
            rows.append(CompareRow(
                kind=r["kind"], province=province, province_2025=r.get("province2025Label"),
                document=r.get("documentLabel"), subject=r.get("subjectLabel"), comparator=_local(r.get("comparator")),
                value=r["value"], upper=r.get("upper"), unit=_local(r.get("unit")),
                deadline=int(r["deadline"]) if r.get("deadline") else None, period=_local(r.get("period")),
                period_start=int(r["periodStart"]) if r.get("periodStart") else None,
                period_end=int(r["periodEnd"]) if r.get("periodEnd") else None, as_of=r.get("asOf"),
                evidence=r.get("evidence"), figure=r["figure"], source=r.get("source")))
        rows.sort(key=lambda r: (r.province or "", r.kind, r.document or "", r.figure))
        return rows
