"""Plain dataclasses passed between stages; their JSON form is the gold format
(docs/model.md, docs/gold-format.md)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any

Span = tuple[int, int]


@dataclass
class Mention:
    span: Span
    text: str


@dataclass
class SourceInfo:
    id: str
    title: str | None = None
    province: str | None = None
    published: str | None = None
    site: str | None = None
    url: str | None = None
    language: str = "vi"


@dataclass
class Document:
    key: str
    type: str
    number: str | None
    span: Span
    text: str
    issued: str | None = None
    issuer: str | None = None
    province: str | None = None
    term: str | None = None
    title: str | None = None
    main: bool = False
    mentions: list[Mention] = field(default_factory=list)


@dataclass
class Reference:
    key: str
    from_: str
    to: str
    relation: str
    span: Span
    text: str


@dataclass
class Body:
    key: str
    name: str
    type: str
    province: str | None
    level: str | None
    span: Span
    text: str
    mentions: list[Mention] = field(default_factory=list)
    canonical: str | None = None  # the body's identity when the text names it otherwise ("Tỉnh ủy" for
    # "Ban Chấp hành Đảng bộ tỉnh"); the graph has one node for both


@dataclass
class TaskGroup:
    key: str
    document: str | None
    ordinal: int
    label: str
    kind: str
    declared_count: int | None
    span: Span
    text: str
    deadline_year: int | None = None


@dataclass
class Task:
    key: str
    document: str | None
    group: str | None
    ordinal: int
    label: str
    span: Span
    text: str


@dataclass
class Figure:
    """A target (chỉ tiêu) or a statistic (reported figure)."""

    key: str
    value: float | None
    comparator: str | None
    unit: str | None
    span: Span
    text: str
    document: str | None = None
    group: str | None = None
    indicator: str | None = None
    upper: float | None = None
    population: str | None = None
    deadline_year: int | None = None
    period: str | None = None
    period_start: int | None = None
    period_end: int | None = None
    subject: str | None = None
    parent: str | None = None
    as_of: str | None = None
    total: float | None = None


@dataclass
class Assignment:
    key: str
    body: str
    task: str
    role: str
    span: Span
    text: str
    partners: list[str] = field(default_factory=list)
    status: str = "assigned"  # "assigned": a duty handed out; "reported": an action reported as done
    inherited: bool = False  # True: the document's own clause, carried to a task that names no body


@dataclass
class Relation:
    key: str
    from_: str
    to: str
    kind: str
    span: Span
    text: str


@dataclass
class Problem:
    kind: str
    message: str
    span: Span | None = None


@dataclass
class Extraction:
    source: SourceInfo
    text: str = ""
    documents: list[Document] = field(default_factory=list)
    references: list[Reference] = field(default_factory=list)
    bodies: list[Body] = field(default_factory=list)
    task_groups: list[TaskGroup] = field(default_factory=list)
    tasks: list[Task] = field(default_factory=list)
    targets: list[Figure] = field(default_factory=list)
    statistics: list[Figure] = field(default_factory=list)
    assignments: list[Assignment] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    LISTS = (
        "documents",
        "references",
        "bodies",
        "task_groups",
        "tasks",
        "targets",
        "statistics",
        "assignments",
        "relations",
        "problems",
    )

    def to_json(self) -> dict[str, Any]:
        """The documented JSON shape (``from_`` is written ``from``; spans as lists)."""
        out: dict[str, Any] = {"source": asdict(self.source)}
        for name in self.LISTS:
            out[name] = [_clean(asdict(item)) for item in getattr(self, name)]
        return out

    def by_key(self) -> dict[str, Any]:
        return {item.key: item for name in self.LISTS if name != "problems" for item in getattr(self, name)}

    @classmethod
    def from_json(cls, data: dict[str, Any], text: str = "") -> Extraction:
        types = {
            "documents": Document,
            "references": Reference,
            "bodies": Body,
            "task_groups": TaskGroup,
            "tasks": Task,
            "targets": Figure,
            "statistics": Figure,
            "assignments": Assignment,
            "relations": Relation,
            "problems": Problem,
        }
        ex = cls(
            source=SourceInfo(**{k: v for k, v in data["source"].items() if k in {f.name for f in fields(SourceInfo)}}),
            text=text,
        )
        for name, typ in types.items():
            names = {f.name for f in fields(typ)}
            for raw in data.get(name, []):
                item = {("from_" if k == "from" else k): v for k, v in raw.items()}
                item = {k: v for k, v in item.items() if k in names}
                if "span" in item and item["span"] is not None:
                    item["span"] = tuple(item["span"])
                if "mentions" in item:
                    item["mentions"] = [Mention(span=tuple(m["span"]), text=m["text"]) for m in item["mentions"]]
                getattr(ex, name).append(typ(**item))
        return ex


def _clean(d: dict[str, Any]) -> dict[str, Any]:
    out = {}
    for k, v in d.items():
        k = "from" if k == "from_" else k
        if isinstance(v, tuple):
            v = list(v)
        if k == "mentions":
            v = [{"span": list(m["span"]), "text": m["text"]} for m in v]
        out[k] = v
    return out
