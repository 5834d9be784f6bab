"""Extraction: one normalised source text -> an :class:`~phancong.model.Extraction`.

The recognisers (bodies.py, documents.py, figures.py, targets.py, clauses.py, assignments.py) find
things in a range of text; the passes, one module each, decide what they are: ``BodiesPass`` (one key
per body), ``DocumentsPass`` (documents and their references), ``LayoutPass`` (walks the text line by
line: task groups, task lists, target lists), ``DutiesPass`` (tasks, assignments, reporting lines) and
``ProsePass`` (targets and statistics in prose). ``Extractor`` holds their shared state and runs them.
"""

from __future__ import annotations

import time
from bisect import bisect_right
from collections import OrderedDict

from ..text.read import Source
from ..text.segment import sentences, trim
from .bodies_pass import BodiesPass
from .documents_pass import DocumentsPass
from .duties_pass import DutiesPass
from .layout_pass import LayoutPass
from .model import (
    Assignment,
    Body,
    Document,
    Extraction,
    Problem,
    SourceInfo,
)
from .prose_pass import ProsePass

__all__ = ["extract", "Extractor", "ExtractionTimeout"]


class ExtractionTimeout(RuntimeError):
    """A text took longer than its time budget; the message says how far extraction got."""


class Extractor(BodiesPass, DocumentsPass, LayoutPass, DutiesPass, ProsePass):
    def __init__(self, source: Source, *, time_budget: float | None = None):
        self.src = source
        self.text = source.text
        self._budget = time_budget
        self._deadline = None if time_budget is None else time.monotonic() + time_budget
        meta = source.meta or {}
        self.province: str | None = meta.get("province") or self._named_province()
        self.ex = Extraction(
            source=SourceInfo(
                id=source.id,
                title=meta.get("title") or source.title,
                province=self.province,
                published=meta.get("published"),
                site=meta.get("site"),
                url=meta.get("url"),
                language=meta.get("language") or "vi",
            ),
            text=self.text,
        )
        self._bodies: OrderedDict[tuple, Body] = OrderedDict()
        self._mentioned: set[tuple[str, int, int]] = set()  # (body key, start, end): each mention once, in O(1)
        self._free_tasks = 0  # tasks a duty sentence states (no group): their ordinals
        self._docs: OrderedDict[str, Document] = OrderedDict()
        self.main_doc: str | None = None
        self.consumed: list[tuple[int, int]] = []
        self._duty_spans: set[tuple[int, int]] = set()
        self._consumed_index: tuple[list[int], list[int]] = ([], [])
        self.year = self._default_year()

    def _span(self, s: int, e: int) -> tuple[tuple[int, int], str]:
        s, e = trim(self.text, s, e)
        return (s, e), self.text[s:e]

    def _is_consumed(self, s: int, e: int) -> bool:
        """Whether text[s:e] lies inside a span already read as structure. The spans are kept sorted with the
        running maximum of their ends, refreshed when spans were added since the last question."""
        if len(self._consumed_index[0]) != len(self.consumed):
            spans = sorted(self.consumed)
            ends, top = [], -1
            for _, b in spans:
                top = max(top, b)
                ends.append(top)
            self._consumed_index = ([a for a, _ in spans], ends)
        starts, ends = self._consumed_index
        i = bisect_right(starts, s)
        return i > 0 and ends[i - 1] >= e

    def _sentence_of(self, pos: int) -> tuple[int, int]:
        ls = self.text.rfind("\n", 0, pos) + 1
        le = self.text.find("\n", pos)
        le = len(self.text) if le < 0 else le
        for s, e in sentences(self.text, ls, le):
            if s <= pos < e + 1:
                return s, e
        return ls, le

    def _check_time(self, pos: int) -> None:
        """Stop a text over its time budget, saying how far it got."""
        if self._deadline is not None and time.monotonic() > self._deadline:
            raise ExtractionTimeout(
                f"over the time budget of {self._budget:g} s (at character {pos:,} of {len(self.text):,})"
            )

    def _assign(self, body: str, task: str, role: str, span: tuple[int, int], text: str, **fields) -> Assignment:
        """An assignment of a task to a body, numbered in the order found, registered."""
        a = Assignment(
            key=f"a{len(self.ex.assignments) + 1}", body=body, task=task, role=role, span=span, text=text, **fields
        )
        self.ex.assignments.append(a)
        return a

    def _main_key(self) -> str | None:
        return self._docs[self.main_doc].key if self.main_doc else None

    def run(self) -> Extraction:
        self.find_all_bodies()
        self.find_all_documents()
        self.walk()
        self._reported_without_plan()
        self._inherit_responsibility()
        self._references()
        self.ex.bodies = list(self._bodies.values())
        self.ex.documents = list(self._docs.values())
        if not (self.ex.documents or self.ex.tasks or self.ex.targets or self.ex.statistics or self.ex.assignments):
            self.ex.problems.append(Problem("no-plan-content", "no documents, tasks, targets or statistics found"))
        return self.ex


def extract(source: Source, *, time_budget: float | None = None) -> Extraction:
    """Extract everything from one source (deterministic). With ``time_budget`` (seconds), a text that takes
    longer raises :class:`ExtractionTimeout` saying how far it got, instead of holding its caller."""
    return Extractor(source, time_budget=time_budget).run()
