"""The extractor's shared state and the helpers every pass uses: the text, the extraction being built, the
bodies and documents found so far (by identity), the spans already read as structure, and the time budget.

:class:`~phancong.extract.extractor.Extractor` sets the state up; each pass (``mentions_pass``, ``bodies_pass``,
``documents_pass``, ``duties_pass``, ``targets_pass``, ``prose_pass``, ``layout_pass``) is a subclass that
adds the methods of one stage and inherits the passes it calls.
"""

from __future__ import annotations

import time
from bisect import bisect_right
from collections import OrderedDict

from ..text.read import Source
from ..text.segment import sentences, trim
from .model import Assignment, Body, Document, Extraction, Task

__all__ = ["ExtractorState", "ExtractionTimeout"]


class ExtractionTimeout(RuntimeError):
    """A text took longer than its time budget; the message says how far extraction got."""


class ExtractorState:
    """What the passes share (set up by ``Extractor.__init__``) and the helpers they all use."""

    src: Source
    text: str
    ex: Extraction
    province: str | None  # the province the text is about (metadata, else the one its bodies name most)
    year: int | None  # the year dates without one belong to
    _budget: float | None
    _deadline: float | None  # time.monotonic() past which a text stops (None: no budget)
    _bodies: OrderedDict[tuple[str, str | None], Body]  # (name, province) -> body, in the order found
    _mentioned: set[tuple[str, int, int]]  # (body key, start, end): each mention once, in O(1)
    _free_tasks: int  # tasks a duty sentence states (no group): their ordinals
    _docs: OrderedDict[str, Document]  # identity -> document, in the order found
    main_doc: str | None  # the identity of the document the text is about
    _doc_at: list[tuple[int, int, str]]  # (start, end, identity) of every document mention, anaphors resolved
    consumed: list[tuple[int, int]]  # spans read as structure (groups, lists): prose passes skip them
    _duty_spans: set[tuple[int, int]]
    _handed_lines: list[tuple[int, int]]
    _consumed_index: tuple[list[int], list[int]]

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

    def _new_task(self, group: str | None, ordinal: int, span: tuple[int, int], text: str) -> Task:
        """A task of the main document (labelled by its text), numbered in the order found, registered."""
        task = Task(
            key=f"t{len(self.ex.tasks) + 1}",
            document=self._main_key(),
            group=group,
            ordinal=ordinal,
            label=text,
            span=span,
            text=text,
        )
        self.ex.tasks.append(task)
        return task

    def _main_key(self) -> str | None:
        return self._docs[self.main_doc].key if self.main_doc else None
