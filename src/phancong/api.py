"""The Python API: the three questions over a built store.

>>> kg = KnowledgeGraph.open(EXAMPLE_STORE)   # a directory written by `phancong build`
>>> kg.owner("tong hop bao cao")[0].body_label
'Ban Tổ chức Tỉnh ủy Tuyên Quang'

Every answer is a list of plain dataclasses with ``to_record()``; lists of them
turn into records with :func:`to_records` (pandas: ``pd.DataFrame(to_records(rows))``).
"""

from __future__ import annotations

import functools
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from pyoxigraph import Literal
from rdflib import URIRef

from .rdf.iri import InvalidIRI, checked_iri, looks_like_iri
from .sparql.catalogue import load_query, run_query, snake_keys, with_pattern, with_values
from .store.index import Hit
from .views.numbers import number, value_text
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
    rank: int = 1  # the task's place among the tasks matching the words: 1 is the best match
    match: str | None = None  # how the task matched the words: "phrase", "all words", "some words" (None: an IRI)
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
        order = {
            "lead": 0,
            "coordinate": 1,
            "monitor": 2,
            "implement": 3,
            "partner": 4,
            "reportsTo": 5,
            "accountableTo": 6,
            "subOrganizationOf": 7,
            "taskGroup": 8,
            "document": 9,
            "issuer": 10,
        }
        names = {
            "lead": "lead (chủ trì)",
            "coordinate": "coordinate (phối hợp)",
            "implement": "implement (thực hiện)",
            "monitor": "monitor (kiểm tra, giám sát)",
            "partner": "works with (phối hợp với)",
            "reportsTo": "reports to (báo cáo)",
            "accountableTo": "accountable to (chịu trách nhiệm trước)",
            "subOrganizationOf": "part of",
            "taskGroup": "task group",
            "document": "document (văn bản)",
            "issuer": "issued by (ban hành)",
        }

        def walk(node: str, depth: int, seen: frozenset) -> None:
            for e in sorted(children.get(node, []), key=lambda e: (order.get(e.relation, 99), e.target_label or "")):
                line = "    " * depth + f"└─ {names.get(e.relation, e.relation)}: {e.target_label or e.target}"
                out.append(line)
                if e.evidence and e.relation in (
                    "lead",
                    "coordinate",
                    "implement",
                    "monitor",
                    "reportsTo",
                    "accountableTo",
                ):
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
    indicator: str | None = None  # the figure's own indicator (a narrower one of an umbrella asked for)
    # whose figure it is: "province" (the province as a whole: its committee, its standing committee, its
    # people's committee, or no body named) or "sub-organisation" (a bloc committee, a sector, a department ...)
    scope: str = "province"
    population: str | None = None  # who or what is counted
    source_title: str | None = None
    # a target against the statistics on the same indicator, province, scope and subject, unit and period:
    # "met", "on track", "behind" or "no data" (None for a statistic); the figures it was computed from
    status: str | None = None
    status_basis: str | None = None
    compared_with: list[str] = field(default_factory=list)
    # in compare's default answer (one row per province, scope and subject: the latest target, else the latest
    # statistic): the latest result (the latest statistic compared with the target, else the group's latest
    # statistic) and how many figures the group holds (``compare(..., all_figures=True)`` lists them all)
    result_value: float | None = None
    result_comparator: str | None = None
    result_unit: str | None = None
    result_as_of: str | None = None
    result_figure: str | None = None
    figures: int | None = None


@dataclass
class IndicatorRow(_Record):
    """An indicator and its figures in one province (an umbrella counts the narrower indicators' figures)."""

    indicator: str
    slug: str
    label: str | None
    label_en: str | None
    broader: str | None  # the slug of the umbrella indicator it belongs to
    province: str | None  # None: the indicator has no figures
    targets: int
    statistics: int


@dataclass
class Resolved(_Record):
    """A catalogue parameter given as a name or words, and the IRI it was resolved to."""

    param: str
    given: str
    iri: str
    label: str | None
    kind: str  # task | body | document | indicator | any
    others: list[str] = field(default_factory=list)  # the names of the next best matches, if any

    def text(self) -> str:
        """One line for the user: which IRI the words were taken for."""
        name = self.label or self.iri
        name = name if len(name) <= 80 else name[:79] + "…"
        line = f"{self.param} = {self.given!r}: taken for {name} <{self.iri}>"
        if self.others:
            line += " (also matched: " + "; ".join(o if len(o) <= 60 else o[:59] + "…" for o in self.others) + ")"
        return line


# which kind of entity a catalogue parameter names, by the parameter's name (else: any kind)
PARAM_KINDS = {"task": "task", "body": "body", "document": "document", "indicator": "indicator"}


# body types that speak for a province as a whole (a figure about any other body is a sub-organisation's)
PROVINCE_WIDE_TYPES = {
    "provincial-party-committee",
    "standing-committee",
    "standing-board",
    "peoples-committee",
    "peoples-council",
    "party-congress",
}
SCOPES = ("province", "sub-organisation")
STATUSES = ("met", "on track", "behind", "no data")


def _scope_of(label: str | None, body_type: str | None) -> str:
    if body_type in PROVINCE_WIDE_TYPES:
        return "province"
    if body_type == "party-organisation" and label and re.match(r"(?i)(Đảng bộ|Ban Chấp hành Đảng bộ) tỉnh\b", label):
        return "province"
    return "sub-organisation"


def _subject_key(row: CompareRow) -> str:
    """Which body's figure, for matching a target with its results: the province for a province-wide figure,
    else the subject's name without "Đảng bộ"/"Đảng ủy" ("Đảng ủy Khối X" and "Đảng bộ Khối X" are one)."""
    if row.scope == "province" or not row.subject:
        return "province"
    return _subject_name_key(row.subject)


@functools.lru_cache(maxsize=4096)
def _subject_name_key(subject: str) -> str:
    """A subject's name folded, without "Đảng bộ"/"Đảng ủy" (read for every figure compare reads: cached)."""
    from .text.normalise import fold

    return re.sub(r"^(?:ban chap hanh )?(?:dang bo|dang uy)\s+", "", " ".join(fold(subject).split()))


def _year_of(text: str | None) -> int | None:
    m = re.match(r"(\d{4})", text or "")
    return int(m.group(1)) if m else None


def _figure_order(iri: str) -> tuple[str, int]:
    head, _, n = iri.rpartition("/")
    return (head, int(n)) if n.isdigit() else (iri, 0)


def _figure_text(r: CompareRow) -> str:
    """'≥ 1.800 đảng viên (2025)': the figure as people read it (views/numbers.py) and when it holds."""
    when = r.as_of or (
        f"{r.period_start}–{r.period_end}"
        if r.period_start and r.period_end
        else (str(r.period_end or r.deadline) if (r.period_end or r.deadline) else "date not stated")
    )
    return f"{value_text(r.comparator, r.value, r.upper, r.unit)} ({when})"


def comparable(target: CompareRow, stat: CompareRow) -> bool:
    """Is ``stat`` a result of ``target``: the same indicator, province, scope and subject, unit, and a date
    inside the target's time (not after its deadline, not before its start); an annual target is not read
    against a total over several years."""
    if stat.kind != "statistic" or target.kind != "target":
        return False
    if target.indicator and stat.indicator and target.indicator != stat.indicator:
        return False
    if target.province != stat.province or target.scope != stat.scope or _subject_key(target) != _subject_key(stat):
        return False
    if (target.unit or None) != (stat.unit or None):
        return False
    year = _year_of(stat.as_of) or stat.period_end
    end = target.deadline or target.period_end
    if year and end and year > end:
        return False
    if year and target.period_start and year < target.period_start:
        return False
    several_years = (stat.period_start and stat.period_end and stat.period_end > stat.period_start) or (
        stat.period and stat.period not in ("annual",)
    )
    return not (target.period == "annual" and several_years)


def _reaches(target: CompareRow, stat: CompareRow) -> bool:
    v, c = stat.value, stat.comparator
    if target.upper is not None:
        return target.value <= v <= target.upper
    if target.comparator in ("at-most", "less-than"):
        return v < target.value or (v == target.value and target.comparator == "at-most" and c != "more-than")
    if target.comparator == "more-than":
        return v > target.value or (v == target.value and c == "more-than")
    return v >= target.value  # at-least, exactly (a level to reach), none


def target_status(target: CompareRow, stats: list[CompareRow]) -> tuple[str, str, list[str]]:
    """(status, the figures it was computed from as text, the IRIs of the statistics) of one target.

    met: the latest comparable statistic reaches the target. on track: it does not yet, but the target is a
    total over a period and the statistic is at or above the share of it due by its date. behind: it does
    not. no data: no comparable statistic (see :func:`comparable`).
    """
    found = [s for s in stats if comparable(target, s)]
    if not found:
        return "no data", "no statistic on the same indicator, subject, unit and period", []
    found.sort(key=lambda s: (_year_of(s.as_of) or s.period_end or 0, s.value))
    latest = found[-1]
    basis = f"target {_figure_text(target)}; reported " + "; ".join(_figure_text(s) for s in found)
    iris = [s.figure for s in found]
    if _reaches(target, latest):
        return "met", basis, iris
    year = _year_of(latest.as_of) or latest.period_end
    start, end = target.period_start, target.deadline or target.period_end
    cumulative = target.unit != "percent" and target.period != "annual" and start and end and end >= start
    if cumulative and year and start <= year <= end:
        due = target.value * (year - start + 1) / (end - start + 1)
        basis += f"; due by {year}: {number(round(due, 1))}"
        if latest.value >= due:
            return "on track", basis, iris
    return "behind", basis, iris


def _when(r: CompareRow) -> tuple[int, int]:
    """How late a figure is: a target by its deadline (or its period's end), a statistic by its date."""
    if r.kind == "target":
        return (r.deadline or r.period_end or 0, r.period_start or 0)
    return (_year_of(r.as_of) or r.period_end or 0, r.period_start or 0)


def _latest_per_group(rows: list[CompareRow]) -> list[CompareRow]:
    """compare's default answer: one row per scope, province, subject and indicator (see
    :meth:`KnowledgeGraph.compare`)."""
    groups: dict[tuple, list[CompareRow]] = {}
    for r in rows:
        groups.setdefault((r.scope, r.province, _subject_key(r), r.indicator), []).append(r)
    by_iri = {r.figure: r for r in rows}
    out = []
    for group in groups.values():
        # the latest last; among figures of one date the first stated last (the headline: a document states the
        # whole, "1.800 đảng viên a year", before its parts, "180 of them from enterprises")
        order = sorted(sorted(group, key=lambda r: _figure_order(r.figure), reverse=True), key=_when)
        targets = [r for r in order if r.kind == "target"]
        stats = [r for r in order if r.kind == "statistic"]
        row = targets[-1] if targets else stats[-1]
        compared = [by_iri[i] for i in row.compared_with if i in by_iri]
        if compared:  # the latest of the statistics the status was read against (target_status's order)
            result = sorted(compared, key=lambda s: (_year_of(s.as_of) or s.period_end or 0, s.value))[-1]
        else:
            result = stats[-1] if stats else None
        if result is not None:
            row.result_value, row.result_comparator, row.result_unit = result.value, result.comparator, result.unit
            row.result_as_of = result.as_of or (str(result.period_end) if result.period_end else None)
            row.result_figure = result.figure
        row.figures = len(group)
        out.append(row)
    return out


def _compare_rows(records) -> list[CompareRow]:
    """The figures query's rows (or the summary's) as CompareRows, each target with its status."""
    rows = []
    for r in records:
        subject, subject_type = r.get("subjectLabel"), _local(r.get("subjectType"))
        if subject is None and r.get("issuer"):  # no subject named: the figure is the issuer's
            subject, subject_type = r.get("issuerLabel"), _local(r.get("issuerType"))
        scope = _scope_of(subject, subject_type) if subject else "province"
        rows.append(
            CompareRow(
                kind=r["kind"],
                province=r.get("provinceLabel"),
                province_2025=r.get("province2025Label"),
                document=r.get("documentLabel"),
                subject=subject,
                comparator=_local(r.get("comparator")),
                value=float(r["value"]),
                upper=float(r["upper"]) if r.get("upper") is not None else None,
                unit=_local(r.get("unit")),
                deadline=int(r["deadline"]) if r.get("deadline") else None,
                period=_local(r.get("period")),
                period_start=int(r["periodStart"]) if r.get("periodStart") else None,
                period_end=int(r["periodEnd"]) if r.get("periodEnd") else None,
                as_of=r.get("asOf"),
                evidence=r.get("evidence"),
                figure=r["figure"],
                source=r.get("source"),
                indicator=r["indicator"],
                scope=scope,
                population=r.get("population"),
                source_title=r.get("sourceTitle"),
            )
        )
    # a target is read against the statistics of its indicator, province, scope, subject and unit only
    # (comparable): grouped once, in their order, instead of every target reading every statistic
    stats: dict[tuple, list[CompareRow]] = {}
    for r in rows:
        if r.kind == "statistic":
            stats.setdefault(_comparable_key(r), []).append(r)
    for r in rows:
        if r.kind == "target":
            r.status, r.status_basis, r.compared_with = target_status(r, stats.get(_comparable_key(r), []))
    return rows


def _comparable_key(r: CompareRow) -> tuple:
    """What :func:`comparable` asks a target and a statistic to share."""
    return (r.indicator, r.province, r.scope, _subject_key(r), r.unit or None)


def _named_owner(r: dict[str, Any], rank: int, match: str | None) -> OwnerRow:
    """An owner-of-task row: a body named for the task, or inherited from its document."""
    inherited = str(r.get("inherited")).lower() == "true"
    return OwnerRow(
        task=r["task"],
        task_label=r["taskLabel"],
        body=r["body"],
        body_label=r["bodyLabel"],
        role=_local(r["role"]),
        role_label=r.get("roleLabel"),
        # sorted: SPARQL leaves the order of GROUP_CONCAT to the engine
        partners=sorted(p for p in (r.get("partners") or "").split("; ") if p),
        document=r.get("document"),
        document_label=r.get("documentLabel"),
        province=r.get("provinceLabel"),
        evidence=r.get("evidence"),
        source=r.get("source"),
        rank=rank,
        match=match,
        inherited=inherited,
        status=r.get("status"),
        answer="inherited" if inherited else "named",
    )


def _no_owner(r: dict[str, Any], rank: int, match: str | None) -> OwnerRow:
    """A task-context row: no body named or inherited; the document and its issuer."""
    return OwnerRow(
        task=r["task"],
        task_label=r["taskLabel"],
        body=None,
        body_label=None,
        role=None,
        role_label=None,
        partners=[],
        document=r.get("document"),
        document_label=r.get("documentLabel"),
        province=r.get("provinceLabel"),
        evidence=r.get("evidence"),
        source=r.get("source"),
        rank=rank,
        match=match,
        answer="none",
        lead_recorded=False,
        issuer=r.get("issuer"),
        issuer_label=r.get("issuerLabel"),
    )


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

    # ---------------------------------------------------------------- search
    def search(
        self,
        words: str,
        kinds: tuple[str, ...] | None = None,
        limit: int = 20,
        *,
        offset: int = 0,
        province: str | None = None,
        year: int | None = None,
    ) -> list[Hit]:
        """Tasks, bodies, documents, indicators ... matching ``words`` (any order, with or without diacritics):
        the words as typed first, then every word in any order, then (only when no hit has them all) some of
        the words, never stop words such as "Đảng" or "tỉnh" alone; each hit says how it matched
        (``match``). ``offset``: skip that many (paging). ``province``: only hits of this province, a name
        before or since 1 July 2025 (an indicator: when it has figures there; LookupError for an unknown name);
        ``year``: only hits whose document was issued that year.

        >>> KnowledgeGraph.open(EXAMPLE_STORE).search("ban to chuc", kinds=("body",))[0].label
        'Ban Tổ chức Tỉnh ủy'
        >>> [h.kind for h in KnowledgeGraph.open(EXAMPLE_STORE).search("ket nap dang vien", limit=1)]
        ['indicator']
        """
        if limit < 1 or offset < 0:
            raise ValueError(f"limit must be at least 1 and offset at least 0, not {limit} and {offset}")
        provinces = self.provinces(province) if province else None
        keep = None
        if provinces is not None or year is not None:

            def keep(hits: list[Hit]) -> list[Hit]:
                return self._filter_hits(hits, provinces, year)

        return self.store.index.search(words, kinds, limit, offset=offset, keep=keep)

    def _filter_hits(self, hits: list[Hit], provinces: set[str] | None, year: int | None) -> list[Hit]:
        """The hits of these provinces and of that year (see :meth:`search`), in their order."""
        if not hits:
            return hits
        places: dict[str, set[str]] = {}
        years: dict[str, set[int]] = {}
        iris = list(dict.fromkeys(h.iri for h in hits))
        for start in range(0, len(iris), 500):
            for r in run_query(
                self.store, with_values(self._query("internal/hit-context"), "iri", iris[start : start + 500]), {}
            ):
                if r.get("provinceLabel"):
                    places.setdefault(r["iri"], set()).add(r["provinceLabel"])
                y = _year_of(r.get("issued"))
                if y:
                    years.setdefault(r["iri"], set()).add(y)
        if provinces is not None:
            for row in self._indicator_rows():  # an indicator is "in" the provinces it has figures in
                if row.province and (row.targets or row.statistics):
                    places.setdefault(row.indicator, set()).add(row.province)
        return [
            h
            for h in hits
            if (provinces is None or places.get(h.iri, set()) & provinces)
            and (year is None or year in years.get(h.iri, set()))
        ]

    def sparql(self, query: str, **params) -> list[dict[str, Any]] | bool:
        """Run SPARQL text or a catalogue query name; ``params`` are bound values; the rows' keys are the
        variables' names in snake_case (``?taskLabel`` -> ``task_label``). A catalogue query's IRI
        parameter may be given as a name or words: it is resolved to an IRI (:meth:`run_catalogue` also says
        which IRI each was taken for).

        >>> kg = KnowledgeGraph.open(EXAMPLE_STORE)
        >>> [r["declared"] for r in kg.sparql("declared-vs-found") if r["mismatch"]]
        [11]
        >>> sorted(kg.sparql("tasks-of-body", body="Ban Tổ chức Tỉnh ủy")[0])[-3:]
        ['role_label', 'task', 'task_label']
        >>> kg.sparql("SELECT ?n WHERE { ?d <https://w3id.org/phancong/ontology#documentNumber> ?n } ORDER BY ?n")[0]
        {'n': '02-ĐA/TU'}
        >>> len(kg.sparql("tasks-of-body", body="Ban Tổ chức Tỉnh ủy")) > 0
        True
        """
        return self.run_catalogue(query, params)[0]

    def run_catalogue(self, query, params: dict[str, Any] | None = None):
        """(the result, the :class:`Resolved` names) of SPARQL text, a catalogue query name or a
        :class:`~phancong.sparql.catalogue.Query`: names or words given for a catalogue query's IRI parameters are
        resolved to IRIs first (LookupError when they match nothing); every value is bound, never pasted.

        >>> rows, resolved = KnowledgeGraph.open(EXAMPLE_STORE).run_catalogue("tasks-of-body",
        ...                                                                   {"body": "ban to chuc tinh uy"})
        >>> resolved[0].iri
        'https://w3id.org/phancong/id/body/tuyen-quang/ban-to-chuc-tinh-uy'
        """
        params = dict(params or {})
        if isinstance(query, str):
            q = (
                load_query(query)
                if "\n" not in query
                and not query.lstrip().upper().startswith(("SELECT", "ASK", "CONSTRUCT", "DESCRIBE", "PREFIX"))
                else load_query("-", text=query)
            )
        else:
            q = query
        resolved: list[Resolved] = []
        if q.path is not None and q.params:  # a catalogue (or file) query: its parameters say what they name
            params, resolved = self.resolve_params(q, params)
        elif not q.params:
            q.params = {k: "" for k in params}
        return snake_keys(run_query(self.store, q, params)), resolved

    # ---------------------------------------------------------------- names
    def labels(self, iris) -> dict[str, str]:
        """The name to show for each IRI that has one (a label, else a preferred label, else a document's number).

        >>> KnowledgeGraph.open(EXAMPLE_STORE).labels(["https://w3id.org/phancong/id/doc/tuyen-quang/03-da-tu/2021"])
        {'https://w3id.org/phancong/id/doc/tuyen-quang/03-da-tu/2021': 'Đề án số 03-ĐA/TU'}
        """
        wanted = sorted({i for i in iris if isinstance(i, str) and looks_like_iri(i)})
        out: dict[str, str] = {}
        for start in range(0, len(wanted), 200):
            try:
                query = with_values(self._query("internal/labels"), "iri", wanted[start : start + 200])
            except ValueError:  # an IRI pyoxigraph refuses: named one by one
                continue
            for r in run_query(self.store, query, {}):
                name = r.get("label") or r.get("prefLabel") or r.get("documentNumber")
                if name:
                    out[r["iri"]] = name
        return out

    def resolve(self, kind: str, words: str, param: str | None = None) -> Resolved:
        """The IRI of a ``kind`` (task, body, document, indicator, or "any") named by ``words`` (a label, a
        document's number, words with or without diacritics); LookupError when nothing matches.

        >>> KnowledgeGraph.open(EXAMPLE_STORE).resolve("body", "Ban Tổ chức Tỉnh ủy").iri
        'https://w3id.org/phancong/id/body/tuyen-quang/ban-to-chuc-tinh-uy'
        """
        what = kind if kind != "any" else "entity"
        if kind == "indicator":
            iri = self.indicator(words)
            others: list[str] = []
        else:
            hits = self.search(words, kinds=(kind,) if kind != "any" else None, limit=4)
            if not hits:
                raise LookupError(f"no {what} matches {words!r}" + (f" (parameter {param})" if param else ""))
            iri = hits[0].iri
            rest = list(dict.fromkeys(h.iri for h in hits[1:] if h.iri != iri))
            names = self.labels([iri, *rest])
            others = [names.get(i, i) for i in rest[:3]]
        label = self.labels([iri]).get(iri)
        return Resolved(param=param or kind, given=words, iri=iri, label=label, kind=kind, others=others)

    def resolve_params(self, query, params: dict[str, Any]) -> tuple[dict[str, Any], list[Resolved]]:
        """A catalogue query's parameters with every name or words given for an IRI parameter resolved to an
        IRI (the parameter's name says the kind: task, body, document, indicator), and what each was taken for.
        Values that are IRIs, numbers or empty are kept as they are; LookupError when words match nothing."""
        if isinstance(query, str):
            query = self._query(query)
        bound: dict[str, Any] = {}
        resolved: list[Resolved] = []
        for name, value in params.items():
            help_text = query.params.get(name, "")
            names_iri = name in PARAM_KINDS or help_text.startswith("IRI")
            if (
                not isinstance(value, str)
                or not value.strip()
                or not names_iri
                or looks_like_iri(value)
                or re.fullmatch(r"-?\d+(?:\.\d+)?", value)
            ):
                bound[name] = value
                continue
            r = self.resolve(PARAM_KINDS.get(name, "any"), value.strip(), name)
            bound[name] = URIRef(r.iri)
            resolved.append(r)
        return bound, resolved

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
        self._province_iri_of: dict[str, set[str]] = {}  # a label names a province before 1 July 2025 and since
        for r in self._run("internal/provinces", {}):
            label = r["label"]
            self._province_iri_of.setdefault(label, set()).add(r["province"])
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

    def _province_iris(self) -> dict[str, set[str]]:
        """The IRIs of the provinces of each label (as :meth:`provinces` gives them)."""
        self._province_names()
        return self._province_iri_of

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
            raise LookupError(
                f"unknown province {name!r}; before 1 July 2025: {', '.join(before)}; since: {', '.join(since)}"
            )
        return set(found)

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
        query, context = self._query("owner-of-task"), self._query("internal/task-context")
        for start in range(0, len(hits), limit):  # one query per `limit` hits (a VALUES block)
            if len(answered) >= limit:
                break
            batch = [h.iri for h in hits[start : start + limit]]
            found: list[OwnerRow] = []
            for r in run_query(self.store, with_values(query, "task", batch), {}):
                found.append(_named_owner(r, rank[r["task"]], how[r["task"]]))
            named = {r.task for r in found}
            missing = [t for t in batch if t not in named]
            if missing:  # no body named, none inherited: the answer says so, with the document and its issuer
                for r in run_query(self.store, with_values(context, "task", missing), {}):
                    if r["task"] in named:
                        continue
                    named.add(r["task"])
                    found.append(_no_owner(r, rank[r["task"]], how[r["task"]]))
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
        rows.sort(key=lambda r: (r.rank, role_rank(r.role), r.body_label or ""))
        return rows

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
        # the edges, then the labels of their ends by one VALUES query (the same rows as responsibility-chain.rq:
        # its label lookups after the union were three quarters of its cost)
        rows = self._run("internal/chain-edges", {"task": URIRef(task)})
        ends = sorted({task} | {r["from"] for r in rows} | {r["to"] for r in rows})
        labels: dict[str, str] = {}
        for r in run_query(self.store, with_values(self._query("internal/label-of"), "iri", ends), {}):
            labels[r["iri"]] = min(labels.get(r["iri"], r["label"]), r["label"])
        if task not in labels:
            raise LookupError(f"no task {task}")
        edges = []
        seen = set()
        for r in rows:
            rel = _local(r["relation"])
            key = (r["from"], rel, r["to"])
            if key in seen:
                continue
            seen.add(key)
            edges.append(
                ChainEdge(r["from"], labels.get(r["from"]), rel, r["to"], labels.get(r["to"]), r.get("evidence"))
            )
        return Chain(task=task, task_label=labels[task], edges=edges)

    # ---------------------------------------------------------------- 3. compare
    def indicators(self, *, province: str | None = None) -> list[IndicatorRow]:
        """Every indicator with its counts of targets and statistics per province (an umbrella indicator counts
        the figures of the narrower ones under it; an indicator without figures has one row without a province).
        ``province``: only figures of this province (a name before or since 1 July 2025).

        >>> rows = KnowledgeGraph.open(EXAMPLE_STORE).indicators(province="quang ninh")
        >>> [(r.province, r.targets, r.statistics) for r in rows if r.slug == "party-members-admitted"]
        [('Quảng Ninh', 2, 1)]
        """
        provinces = self.provinces(province) if province else None
        rows = self._indicator_rows()
        if provinces is not None:
            rows = [r for r in rows if r.province in provinces]
        return rows

    def _indicator_rows(self) -> list[IndicatorRow]:
        own: dict[tuple[str, str | None], IndicatorRow] = {}
        broader: dict[str, str] = {}
        for r in self._run("internal/indicator-counts", {}):
            ind = r["indicator"]
            if r.get("broader"):
                broader[ind] = r["broader"]
            key = (ind, r.get("provinceLabel"))
            if key not in own:
                own[key] = IndicatorRow(
                    indicator=ind,
                    slug=_local(ind) or ind,
                    label=r.get("label"),
                    label_en=r.get("labelEn"),
                    broader=_local(r.get("broader")),
                    province=r.get("provinceLabel"),
                    targets=int(r.get("targets") or 0),
                    statistics=int(r.get("statistics") or 0),
                )
        # an umbrella counts its narrower indicators' figures, province by province
        rolled: dict[tuple[str, str | None], IndicatorRow] = {}
        for (ind, prov), row in own.items():
            chain, seen = ind, set()
            while chain and chain not in seen:
                seen.add(chain)
                key = (chain, prov)
                if key not in rolled:
                    base = next((r for (i, _), r in own.items() if i == chain), row)
                    rolled[key] = IndicatorRow(
                        indicator=chain,
                        slug=base.slug,
                        label=base.label,
                        label_en=base.label_en,
                        broader=base.broader,
                        province=prov,
                        targets=0,
                        statistics=0,
                    )
                rolled[key].targets += row.targets
                rolled[key].statistics += row.statistics
                chain = broader.get(chain)
        out = [
            r
            for (ind, prov), r in rolled.items()
            if prov is not None or not any(i == ind and p is not None for (i, p) in rolled)
        ]
        out.sort(key=lambda r: (r.slug, r.province or ""))
        return out

    def indicator(self, indicator_or_words: str) -> str:
        """The IRI of an indicator given as an IRI, a slug or words; words resolve to the best match that has
        targets or statistics (itself or the narrower indicators under it), else to the best match
        (LookupError if none matches; :class:`InvalidIRI` for a value that begins like an IRI and is not one)."""
        if looks_like_iri(indicator_or_words):
            return checked_iri(indicator_or_words, "indicator IRI")
        if re.fullmatch(r"[\w.~-]+", indicator_or_words):  # a slug: characters an IRI may hold as they are
            candidate = VOCAB + "indicator/" + indicator_or_words
            if self._run("internal/resource-exists", {"iri": URIRef(candidate)}):
                return candidate
        hits = self.search(indicator_or_words, kinds=("indicator",), limit=10)
        if not hits:
            raise LookupError(f"no indicator matches {indicator_or_words!r}")
        with_data = {r.indicator for r in self._indicator_rows() if r.targets or r.statistics}
        return next((h.iri for h in hits if h.iri in with_data), hits[0].iri)

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
            query = with_pattern(query, "?figure pc:province ?provinceWanted .", {"provinceWanted": "IRI"})
            query = with_values(
                query,
                "provinceWanted",
                sorted({i for p in provinces for i in iris.get(p, ())}) or [VOCAB + "no-province"],
            )
        # a year and a document type choose targets (by their document); every statistic stays, to be read against
        if document_type is not None:
            query = with_pattern(
                query,
                "{ ?figure a pc:Statistic } UNION { ?figure pc:document/pc:documentType ?documentTypeWanted }",
                {"documentTypeWanted": "IRI"},
            )
            query = with_values(query, "documentTypeWanted", [VOCAB + "document-type/" + document_type])
        if year is not None:
            query = with_pattern(
                query,
                "{ ?figure a pc:Statistic } UNION { ?figure pc:document/dcterms:issued "
                "?issuedWanted BIND(SUBSTR(STR(?issuedWanted), 1, 4) AS ?yearWanted) }",
                {"yearWanted": "year"},
            )
            query = with_values(query, "yearWanted", [Literal(f"{int(year):04d}")])
        return _compare_rows(run_query(self.store, query, {}))

    def _figure_summary(self):
        """The figures summary the build keeps beside the text index (:mod:`phancong.store.figures`), if this
        store has one and it holds every source's figures; else None (compare reads the store)."""
        summary = getattr(getattr(self.store, "index", None), "figures", None)
        return summary if summary is not None and summary.complete() else None

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
        rows = self._figures(family, provinces=provinces, year=year, document_type=document_type)
        if scope == "province":
            rows = [r for r in rows if r.scope == "province"]
        if not all_figures:
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
