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
from .queries import load_query, run_query, with_values

__all__ = ["KnowledgeGraph", "OwnerRow", "ChainEdge", "Chain", "CompareRow", "to_records", "ROLE_ORDER"]

ROLE_ORDER = {"lead": 0, "coordinate": 1, "monitor": 2, "implement": 3}
VOCAB = "https://w3id.org/phancong/vocab/"


def _local(iri: str | None) -> str | None:
    if iri is None:
        return None
    return iri.rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def _province_key(folded: str) -> str:
    """A folded province name without "tinh", "thanh pho", "tp" before it and extra spaces."""
    return re.sub(r"^(?:tinh|thanh pho|tp\.?)\s+", "", " ".join(folded.split()))


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
    body: str | None  # None when no body is named for the task (answer "none")
    body_label: str | None
    role: str | None  # lead | coordinate | implement | monitor; None with answer "none"
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
    # how the task is answered: "named" (a body is named for the task), "inherited" (the document's own
    # clause, for a task that names no body) or "none" (no body is named and the document hands none over:
    # the row names the document and its issuer instead)
    answer: str = "named"
    lead_recorded: bool = True  # False: no lead (chủ trì) is recorded for the task, named or inherited
    issuer: str | None = None  # the document's issuer (given with answer "none")
    issuer_label: str | None = None


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

    # ---------------------------------------------------------------- provinces
    def _province_names(self) -> tuple[dict[str, set[str]], list[str], list[str]]:
        """(folded name -> the labels of the provinces before 1 July 2025 it stands for, the 63 labels
        before, the 34 since), read once from the store's province vocabulary."""
        cached = getattr(self, "_provinces_cache", None)
        if cached is not None:
            return cached
        from .text.normalise import fold

        names: dict[str, set[str]] = {}
        before: set[str] = set()
        since: set[str] = set()
        for r in self._run("internal/provinces", {}):
            label = r["label"]
            (since if str(r.get("since2025")).lower() == "true" else before).add(label)
            for name in {r["name"], label}:
                names.setdefault(_province_key(fold(name)), set()).add(label)
            if r.get("mergedLabel"):  # a name since 2025 includes the provinces merged into it
                names.setdefault(_province_key(fold(r["mergedLabel"])), set()).add(label)
        # a name since 2025 stands for the provinces before it (their labels are what the data holds)
        for key, labels in names.items():
            names[key] = {x for x in labels if x in before} or labels
        self._provinces_cache = (names, sorted(before), sorted(since))
        return self._provinces_cache

    def provinces(self, name: str) -> set[str]:
        """The provinces (labels before 1 July 2025, as the data names them) that a name given by a user
        stands for: a name before the merger is itself; a name since includes the provinces merged into it.
        Diacritics and "tỉnh", "thành phố" optional. An unknown name raises LookupError listing the names.

        >>> sorted(KnowledgeGraph.open(EXAMPLE_STORE).provinces("thai nguyen"))
        ['Bắc Kạn', 'Thái Nguyên']
        """
        from .text.normalise import fold

        names, before, since = self._province_names()
        found = names.get(_province_key(fold(name)))
        if not found:
            raise LookupError(f"unknown province {name!r}; before 1 July 2025: {', '.join(before)}; "
                              f"since: {', '.join(since)}")
        return set(found)

    # ---------------------------------------------------------------- 1. owner
    def owner(self, words_or_task: str, *, province: str | None = None, limit: int = 10) -> list[OwnerRow]:
        """Who owns the tasks best matching ``words`` (or the task IRI), best match first, lead first.

        Every task has an answer: the bodies named for it (``answer == "named"``); else the lead the
        document gives its implementation as a whole (``"inherited"``, its clause as the evidence); else
        one row without a body (``"none"``) naming the document and its issuer. ``lead_recorded`` is
        False when no lead (chủ trì) is recorded for the task.

        >>> kg = KnowledgeGraph.open(EXAMPLE_STORE)
        >>> row = kg.owner("kiem tra, giam sat")[0]
        >>> row.body_label, row.role, row.role_label, row.province
        ('Ủy ban Kiểm tra Tỉnh ủy Tuyên Quang', 'monitor', 'kiểm tra, giám sát', 'Tuyên Quang')
        """
        provinces = self.provinces(province) if province else None
        if words_or_task.startswith("http"):
            hits = [Hit(words_or_task, "task", "", 0.0)]
        else:
            hits = self.search(words_or_task, kinds=("task",), limit=max(limit * 3, 20))
        rank = {hit.iri: n for n, hit in enumerate(hits)}
        rows: list[OwnerRow] = []
        answered: list[str] = []  # hits are distinct tasks, best first: stop once `limit` of them are answered
        query, context = self._query("owner-of-task"), self._query("internal/task-context")
        for start in range(0, len(hits), limit):  # one query per `limit` hits (a VALUES block)
            if len(answered) >= limit:
                break
            batch = [h.iri for h in hits[start:start + limit]]
            found: list[OwnerRow] = []
            for r in run_query(self.store, with_values(query, "task", batch), {}):
                inherited = str(r.get("inherited")).lower() == "true"
                found.append(OwnerRow(
                    task=r["task"], task_label=r["taskLabel"], body=r["body"], body_label=r["bodyLabel"],
                    role=_local(r["role"]), role_label=r.get("roleLabel"),
                    partners=[p for p in (r.get("partners") or "").split("; ") if p],
                    document=r.get("document"), document_label=r.get("documentLabel"),
                    province=r.get("provinceLabel"), evidence=r.get("evidence"), source=r.get("source"),
                    score=float(rank[r["task"]]), inherited=inherited, status=r.get("status"),
                    answer="inherited" if inherited else "named"))
            named = {r.task for r in found}
            missing = [t for t in batch if t not in named]
            if missing:  # no body named, none inherited: the answer says so, with the document and its issuer
                for r in run_query(self.store, with_values(context, "task", missing), {}):
                    if r["task"] in named:
                        continue
                    named.add(r["task"])
                    found.append(OwnerRow(
                        task=r["task"], task_label=r["taskLabel"], body=None, body_label=None, role=None,
                        role_label=None, partners=[], document=r.get("document"),
                        document_label=r.get("documentLabel"), province=r.get("provinceLabel"),
                        evidence=r.get("evidence"), source=r.get("source"), score=float(rank[r["task"]]),
                        answer="none", lead_recorded=False, issuer=r.get("issuer"),
                        issuer_label=r.get("issuerLabel")))
            leads = {r.task for r in found if r.role == "lead"}
            for r in found:
                if provinces is not None and r.province not in provinces:
                    continue
                r.lead_recorded = r.task in leads
                rows.append(r)
                if r.task not in answered:
                    answered.append(r.task)
        keep = set(answered[:limit])
        rows = [r for r in rows if r.task in keep]
        rows.sort(key=lambda r: (r.score, ROLE_ORDER.get(r.role or "", 9), r.body_label or ""))
        return rows

    # ---------------------------------------------------------------- 2. chain
    def chain(self, task_or_words: str) -> Chain:
        """The responsibility chain of a task (an IRI, or the best task for the words).

        >>> chain = KnowledgeGraph.open(EXAMPLE_STORE).chain("tong hop bao cao")
        >>> sorted({e.relation for e in chain.edges})
        ['document', 'issuer', 'lead', 'reportsTo', 'subOrganizationOf']
        >>> print(chain.text_tree().splitlines()[1])
        └─ lead (chủ trì): Ban Tổ chức Tỉnh ủy Tuyên Quang
        """
        task = task_or_words
        if not task.startswith("http"):
            hits = self.search(task_or_words, kinds=("task",), limit=1)
            if not hits:
                raise LookupError(f"no task matches {task_or_words!r}")
            task = hits[0].iri
        rows = self._run("responsibility-chain", {"task": task})
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
        if indicator_or_words.startswith("http"):
            return indicator_or_words
        if "/" not in indicator_or_words and " " not in indicator_or_words:
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
        for r in self._run("compare-indicator", {"indicator": ind}):
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
