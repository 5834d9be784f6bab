"""The Python API: the three questions over a built store.

>>> kg = KnowledgeGraph.open(EXAMPLE_STORE)   # a directory written by `phancong build`
>>> kg.owner("tong hop bao cao")[0].body_label
'Ban Tổ chức Tỉnh ủy Tuyên Quang'

Every answer is a list of plain dataclasses with ``to_record()``; lists of them
turn into records with :func:`to_records` (pandas: ``pd.DataFrame(to_records(rows))``).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from pyoxigraph import Literal
from rdflib import URIRef

from .answers.lookup import PARAM_KINDS, VOCAB, Lookups
from .answers.records import (
    Chain,
    ChainEdge,
    CompareRow,
    IndicatorRow,
    OwnerRow,
    Resolved,
    local_name as _local,
    to_records,
)
from .answers.status import (
    SCOPES,
    STATUSES,
    comparable,
    compare_rows as _compare_rows,
    figure_order as _figure_order,
    latest_per_group as _latest_per_group,
    target_status,
)
from .rdf.iri import InvalidIRI, checked_iri, looks_like_iri
from .sparql.catalogue import run_query, with_pattern, with_values
from .store.index import Hit
from .store.owners import CONTEXT_COLUMNS
from .store.protocol import Store
from .vocab import role_rank

__all__ = [
    "KnowledgeGraph",
    "OwnerRow",
    "ChainEdge",
    "Chain",
    "CompareRow",
    "to_records",
    "IndicatorRow",
    "Resolved",
    "target_status",
    "comparable",
    "SCOPES",
    "STATUSES",
    "InvalidIRI",
    "PARAM_KINDS",
]


def _task_context(r: dict[str, Any], rank: int, match: str | None) -> dict[str, Any]:
    """What every owner row says of its task: the task, its document, province, evidence and source."""
    return {
        "task": r["task"],
        "task_label": r["taskLabel"],
        "document": r.get("document"),
        "document_label": r.get("documentLabel"),
        "province": r.get("provinceLabel"),
        "evidence": r.get("evidence"),
        "source": r.get("source"),
        "rank": rank,
        "match": match,
    }


def _named_owner(r: dict[str, Any], rank: int, match: str | None) -> OwnerRow:
    """An owner-of-task row: a body named for the task, or inherited from its document."""
    inherited = str(r.get("inherited")).lower() == "true"
    return OwnerRow(
        **_task_context(r, rank, match),
        body=r["body"],
        body_label=r["bodyLabel"],
        role=_local(r["role"]),
        role_label=r.get("roleLabel"),
        # sorted: SPARQL leaves the order of GROUP_CONCAT to the engine
        partners=sorted(p for p in (r.get("partners") or "").split("; ") if p),
        inherited=inherited,
        status=r.get("status"),
        answer="inherited" if inherited else "named",
    )


def _no_owner(r: dict[str, Any], rank: int, match: str | None) -> OwnerRow:
    """A task-context row: no body named or inherited; the document and its issuer."""
    return OwnerRow(
        **_task_context(r, rank, match),
        body=None,
        body_label=None,
        role=None,
        role_label=None,
        partners=[],
        answer="none",
        lead_recorded=False,
        issuer=r.get("issuer"),
        issuer_label=r.get("issuerLabel"),
    )


def _row_order(r: dict[str, Any]) -> tuple:
    """A fixed order of a query's rows (an unbound value first), where SPARQL leaves it to the engine."""
    return tuple((r.get(c) is not None, str(r.get(c))) for c in CONTEXT_COLUMNS)


def _owner_order(r: OwnerRow) -> tuple:
    """Best match first, then lead first, then by body; the rest of the row breaks ties (the same body named
    twice), so that the order does not depend on the engine's."""
    rest = (r.body, r.role, r.inherited, r.status, r.document, r.document_label, r.province, r.evidence, r.source)
    return (r.rank, role_rank(r.role), r.body_label or "", *((x is not None, str(x)) for x in rest), r.partners)


def _evidence_first(evidence: Any) -> tuple[bool, str]:
    """A row with its evidence before one without, then by the text."""
    return (evidence is None, str(evidence or ""))


class KnowledgeGraph(Lookups):
    """The knowledge graph in a store (embedded by default); the look-ups the questions share (search,
    names, provinces, indicators, catalogue queries) are :class:`~phancong.answers.lookup.Lookups`."""

    def __init__(self, store: Store):
        self.store = store
        self._catalogue: dict[str, Any] = {}  # catalogue queries read once per KnowledgeGraph

    @classmethod
    def open(
        cls, path: str | Path = "store", *, endpoint: str | None = None, read_only: bool = True, **kwargs
    ) -> KnowledgeGraph:
        """Open an embedded store directory (as written by ``phancong build``), read-only by default
        (several readers may share it; a writer needs ``read_only=False``)."""
        if endpoint:
            from .store.remote import RemoteStore

            return cls(RemoteStore(endpoint, **kwargs))
        from .store.embedded import EmbeddedStore

        return cls(EmbeddedStore(path, read_only=read_only))

    # ---------------------------------------------------------------- 1. owner
    def owner(self, words_or_task: str, *, province: str | None = None, limit: int = 10) -> list[OwnerRow]:
        """Who owns the tasks best matching ``words`` (or the task IRI), best match first, lead first.

        Every task has an answer: the bodies named for it (``answer == "named"``); else the lead the
        document gives its implementation as a whole (``"inherited"``, its clause as the evidence); else
        one row without a body (``"none"``) naming the document and its issuer. ``lead_recorded`` is
        False when no lead (chủ trì) is recorded for the task.
        A value that begins like an IRI (``http://``, ``https://``, ``urn:``) is read as one:
        :class:`InvalidIRI` (a ValueError) if it is not a valid IRI. ``limit`` is at least 1.

        >>> kg = KnowledgeGraph.open(EXAMPLE_STORE)
        >>> row = kg.owner("kiem tra, giam sat")[0]
        >>> row.body_label, row.role, row.role_label, row.province
        ('Ủy ban Kiểm tra Tỉnh ủy Tuyên Quang', 'monitor', 'kiểm tra, giám sát', 'Tuyên Quang')
        """
        if limit < 1:
            raise ValueError(f"limit must be at least 1, not {limit}")
        provinces = self.provinces(province) if province else None
        if looks_like_iri(words_or_task):
            hits = [Hit(checked_iri(words_or_task, "task IRI"), "task", "", 0.0)]
        else:
            hits = self.search(words_or_task, kinds=("task",), limit=max(limit * 3, 20))
        rank = {hit.iri: n for n, hit in enumerate(hits, 1)}
        how = {hit.iri: (hit.match if hit.label else None) for hit in hits}
        rows: list[OwnerRow] = []
        answered: list[str] = []  # hits are distinct tasks, best first: stop once `limit` of them are answered
        for start in range(0, len(hits), limit):  # one look-up per `limit` hits
            if len(answered) >= limit:
                break
            found = self._owners_of([h.iri for h in hits[start : start + limit]], rank, how)
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
        rows.sort(key=_owner_order)
        return rows

    def _owners_of(self, batch: list[str], rank: dict[str, int], how: dict[str, str | None]) -> list[OwnerRow]:
        """The owner rows of these tasks: from the owners summary the build keeps (:mod:`phancong.store.owners`),
        else by owner-of-task.rq (a VALUES block), and task-context.rq for the tasks no body is named for."""
        summary = self._owner_summary()
        if summary is not None:
            named_rows, context = summary.owner_rows, summary.context_rows
        else:
            query, ctx = self._query("owner-of-task"), self._query("internal/task-context")

            def named_rows(tasks: list[str]) -> list[dict[str, Any]]:
                return run_query(self.store, with_values(query, "task", tasks), {})

            def context(tasks: list[str]) -> list[dict[str, Any]]:
                return run_query(self.store, with_values(ctx, "task", tasks), {})

        found = [_named_owner(r, rank[r["task"]], how[r["task"]]) for r in named_rows(batch)]
        named = {r.task for r in found}
        missing = [t for t in batch if t not in named]
        if missing:  # no body named, none inherited: the answer says so, with the document and its issuer
            first: dict[str, dict[str, Any]] = {}  # one row per task: the first in a fixed order
            for r in context(missing):
                if r["task"] not in first or _row_order(r) < _row_order(first[r["task"]]):
                    first[r["task"]] = r
            found += [_no_owner(first[t], rank[t], how[t]) for t in missing if t in first]
        return found

    def _owner_summary(self):
        """The owners summary the build keeps beside the text index, if this store has one and it holds every
        source's rows (the figures summary's flag: they are written together); else None (owner reads the
        store)."""
        index = getattr(self.store, "index", None)
        owners = getattr(index, "owners", None)
        if owners is None or not owners.present() or self._figure_summary() is None:
            return None
        return owners

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
        rows, labels = self._chain_rows(task)
        if task not in labels:
            raise LookupError(f"no task {task}")
        edges = []
        seen = set()
        # by their ends and relation (the query's ORDER BY); of one edge's rows, the first with its evidence
        for r in sorted(rows, key=lambda r: (r["from"], r["relation"], r["to"], *_evidence_first(r.get("evidence")))):
            rel = _local(r["relation"])
            key = (r["from"], rel, r["to"])
            if key in seen:
                continue
            seen.add(key)
            edges.append(
                ChainEdge(r["from"], labels.get(r["from"]), rel, r["to"], labels.get(r["to"]), r.get("evidence"))
            )
        return Chain(task=task, task_label=labels[task], edges=edges)

    def _chain_rows(self, task: str) -> tuple[list[dict[str, Any]], dict[str, str]]:
        """(the rows of internal/chain-edges.rq for ``task``, the least label of each end): from the owners
        summary the build keeps, else by the edges query and then the labels of their ends by one VALUES query
        (the same rows as responsibility-chain.rq: its label lookups after the union were three quarters of its
        cost)."""
        summary = self._owner_summary()
        if summary is not None:
            return summary.chain_rows(task)
        rows = self._run("internal/chain-edges", {"task": URIRef(task)})
        ends = sorted({task} | {r["from"] for r in rows} | {r["to"] for r in rows})
        labels: dict[str, str] = {}
        for r in run_query(self.store, with_values(self._query("internal/label-of"), "iri", ends), {}):
            labels[r["iri"]] = min(labels.get(r["iri"], r["label"]), r["label"])
        return rows, labels

    # ---------------------------------------------------------------- 3. compare

    def _figures(
        self,
        indicators: list[str] | None,
        *,
        provinces: set[str] | None = None,
        year: int | None = None,
        document_type: str | None = None,
    ) -> list[CompareRow]:
        """Targets and statistics (of these indicators, or all), each with its scope; targets with a status.
        ``provinces`` (labels) narrows the figures, ``year`` (the year the document was issued) and
        ``document_type`` (a slug of pcv:document-type) the targets, inside the query (every statistic stays:
        a target's status is read against them)."""
        summary = self._figure_summary()
        if summary is not None:  # the build's summary of the figures: the same rows without the query
            wanted = {i for p in provinces for i in self._province_iris().get(p, ())} if provinces is not None else None
            doc_type = VOCAB + "document-type/" + document_type if document_type is not None else None
            records = summary.records(indicators, provinces=wanted, year=year, document_type=doc_type)
            return _compare_rows(records)
        query = self._query("internal/figures")
        if indicators is not None:
            query = with_values(query, "indicator", indicators)
        if provinces is not None:
            iris = self._province_iris()
            query = with_pattern(query, self._query("internal/filters/figure-in-province"))
            query = with_values(
                query,
                "provinceWanted",
                sorted({i for p in provinces for i in iris.get(p, ())}) or [VOCAB + "no-province"],
            )
        # a year and a document type choose targets (by their document); every statistic stays, to be read against
        if document_type is not None:
            query = with_pattern(query, self._query("internal/filters/figure-of-document-type"))
            query = with_values(query, "documentTypeWanted", [VOCAB + "document-type/" + document_type])
        if year is not None:
            query = with_pattern(query, self._query("internal/filters/figure-of-year"))
            query = with_values(query, "yearWanted", [Literal(f"{int(year):04d}")])
        return _compare_rows(run_query(self.store, query, {}))

    def _figure_summary(self):
        """The figures summary the build keeps beside the text index (:mod:`phancong.store.figures`), if this
        store has one and it holds every source's figures; else None (compare reads the store)."""
        summary = getattr(getattr(self.store, "index", None), "figures", None)
        return summary if summary is not None and summary.complete() else None

    def _compare_defaults(self, family: list[str]) -> list[CompareRow] | None:
        """compare's default answer for these indicators as the build computed it (one row per group; see
        :func:`~phancong.answers.status.refresh_compare_defaults`), if it is current; else None."""
        summary = self._figure_summary()
        found = summary.defaults(family) if summary is not None else None
        return [CompareRow(**r) for r in found] if found is not None else None

    def compare(
        self,
        indicator_or_words: str,
        *,
        rollup: bool = False,
        scope: str = "all",
        all_figures: bool = False,
        province: str | None = None,
        year: int | None = None,
        document_type: str | None = None,
    ) -> list[CompareRow]:
        """One indicator (and the narrower indicators under it) across provinces, grouped by scope: the province
        as a whole first, then sub-organisations (a bloc committee, a sector), so that a province-wide target is
        never read as a peer of a sub-organisation's figure.

        By default one row per province, scope and subject (and indicator): the latest target, with its status
        against the statistics on the same indicator, subject, unit and period (``status``, ``status_basis``,
        ``compared_with``) and the latest result (``result_value`` ..., the latest of those statistics, else the
        group's latest statistic); a group without a target gives its latest statistic. ``figures`` says how
        many figures the group holds. ``all_figures``: one row per figure instead (every target and statistic).
        ``scope``: "all" or "province" (only province-wide figures). ``province``: only the figures of this
        province (a name before or since 1 July 2025); ``year`` and ``document_type`` (a slug such as "plan" or
        "resolution"): only the targets of documents issued that year, or of that type (the statistics stay:
        the targets are read against them). ``rollup``: name provinces by their unit since 1 July 2025 (e.g.
        Bắc Kạn -> Thái Nguyên).

        >>> rows = KnowledgeGraph.open(EXAMPLE_STORE).compare("party-members-rated-good", all_figures=True)
        >>> [(r.scope, r.province, r.kind, r.comparator, r.value) for r in rows]  # doctest: +NORMALIZE_WHITESPACE
        [('province', 'Quảng Ninh', 'target', 'at-least', 90.0),
         ('sub-organisation', 'Bắc Kạn', 'target', 'exactly', 80.0),
         ('sub-organisation', 'Quảng Ninh', 'statistic', 'more-than', 96.0)]
        >>> to_records(rows)[0]["period"], rows[0].status
        ('annual', 'no data')
        """
        if scope not in ("all", *SCOPES[:1]):
            raise ValueError(f"scope must be 'all' or 'province', not {scope!r}")
        if document_type is not None and not re.fullmatch(r"[a-z0-9-]+", document_type):
            raise ValueError(f"document_type is a slug such as 'plan' or 'resolution', not {document_type!r}")
        provinces = self.provinces(province) if province else None
        ind = self.indicator(indicator_or_words)
        family = [r["narrower"] for r in self._run("internal/indicator-family", {"indicator": URIRef(ind)})] or [ind]
        stored = None
        if not all_figures and provinces is None and year is None and document_type is None:
            stored = self._compare_defaults(family)
        rows = (
            stored
            if stored is not None
            else self._figures(family, provinces=provinces, year=year, document_type=document_type)
        )
        if scope == "province":
            rows = [r for r in rows if r.scope == "province"]
        if not all_figures and stored is None:
            rows = _latest_per_group(rows)
        if rollup:
            for r in rows:
                r.province = r.province_2025 or r.province
        rows.sort(
            key=lambda r: (
                SCOPES.index(r.scope),
                r.province or "",
                r.subject or "",
                r.kind,
                r.document or "",
                _figure_order(r.figure),
            )
        )
        return rows

    def progress(self, *, province: str | None = None, document: str | None = None) -> list[CompareRow]:
        """A plan's targets with their status (met, on track, behind, no data) against the statistics reported
        on the same indicator, province, subject, unit and period, with the figures it was computed from.
        ``province``: a name before or since 1 July 2025; ``document``: words of the document's name or number,
        or of the title of the text the targets were read from. Targets without an indicator are left out
        (nothing can be compared with them). LookupError when the province or the document is unknown.

        >>> rows = KnowledgeGraph.open(EXAMPLE_STORE).progress(province="Quảng Ninh")
        >>> sorted({r.status for r in rows})
        ['met', 'no data']
        """
        from .text.normalise import fold

        provinces = self.provinces(province) if province else None
        rows = [r for r in self._figures(None) if r.kind == "target"]
        if provinces is not None:
            rows = [r for r in rows if r.province in provinces]
        if document:
            want = " ".join(fold(document).split())
            rows = [
                r
                for r in rows
                if any(want in " ".join(fold(x).split()) for x in (r.document, r.source_title, r.source) if x)
            ]
            if not rows:
                raise LookupError(
                    f"no document or text with targets matches {document!r}" + (f" in {province}" if province else "")
                )
        rows.sort(key=lambda r: (r.province or "", r.document or r.source_title or "", _figure_order(r.figure)))
        return rows
