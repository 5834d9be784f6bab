"""The Python API's answers: one plain dataclass per row, each with ``to_record()``."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, is_dataclass
from typing import Any, overload

__all__ = [
    "OwnerRow",
    "ChainEdge",
    "Chain",
    "CompareRow",
    "IndicatorRow",
    "Resolved",
    "to_records",
    "local_name",
]


@overload
def local_name(iri: str) -> str: ...
@overload
def local_name(iri: None) -> None: ...
def local_name(iri: str | None) -> str | None:
    """The last segment of an IRI (after its last ``/`` or ``#``); None for None."""
    if iri is None:
        return None
    return iri.rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def to_records(rows) -> list[dict[str, Any]]:
    """A list of answer dataclasses -> a list of dicts (pandas-friendly)."""
    return [r.to_record() for r in rows]


class _Record:
    def to_record(self) -> dict[str, Any]:
        assert is_dataclass(self)  # every answer row is a dataclass (a subclass of this one)
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
