"""Extraction: one normalised source text -> an :class:`~phancong.model.Extraction`.

The recognisers (bodies.py, documents.py, figures.py, targets.py, clauses.py, assignments.py) find
things in a range of text; the passes, one module each, decide what they are: ``MentionsPass`` (a body
named by its kind alone, named in full), ``BodiesPass`` (one key per body), ``DocumentsPass`` (documents
and their references), ``LayoutPass`` (walks the text line by line: task groups, task lists, target
lists), ``DutiesPass`` (tasks, assignments, reporting lines) and ``ProsePass`` (targets and statistics
in prose); ``TargetsPass`` turns target items into figures for the last two. ``ExtractorState``
(``state``) is their shared state; ``Extractor`` sets it up and runs them.
"""

from __future__ import annotations

import time
from collections import OrderedDict

from ..text.read import Source
from .documents_pass import DocumentsPass
from .layout_pass import LayoutPass
from .model import Extraction, Problem, SourceInfo
from .state import ExtractionTimeout

__all__ = ["extract", "Extractor", "ExtractionTimeout"]


class Extractor(DocumentsPass, LayoutPass):
    """Every pass over one text (``LayoutPass`` and ``DocumentsPass`` inherit the passes they call), run in order."""

    def __init__(self, source: Source, *, time_budget: float | None = None):
        self.src = source
        self.text = source.text
        self._budget = time_budget
        self._deadline = None if time_budget is None else time.monotonic() + time_budget
        meta = source.meta or {}
        self.province = meta.get("province") or self._named_province()
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
        self._bodies = OrderedDict()
        self._mentioned = set()
        self._free_tasks = 0
        self._docs = OrderedDict()
        self.main_doc = None
        self.consumed = []
        self._duty_spans = set()
        self._handed_lines = []
        self._consumed_index = ([], [])
        self.year = self._default_year()

    def run(self) -> Extraction:
        self.find_all_bodies()
        self.find_all_documents()
        self.walk()
        self._reported_without_plan()
        self._inherit_responsibility()
        self._references()
        self._one_target_per_goal()
        self.ex.bodies = list(self._bodies.values())
        self.ex.documents = list(self._docs.values())
        if not (self.ex.documents or self.ex.tasks or self.ex.targets or self.ex.statistics or self.ex.assignments):
            self.ex.problems.append(Problem("no-plan-content", "no documents, tasks, targets or statistics found"))
        return self.ex


def extract(source: Source, *, time_budget: float | None = None) -> Extraction:
    """Extract everything from one source (deterministic). With ``time_budget`` (seconds), a text that takes
    longer raises :class:`ExtractionTimeout` saying how far it got, instead of holding its caller."""
    return Extractor(source, time_budget=time_budget).run()
