"""Scoring an extraction against a hand-checked gold annotation.

Both sides are extraction dictionaries in the shape of docs/model.md ("Extraction
JSON"); the gold files are ``tests/gold/{source_id}.json``. Items are matched one
to one by content, never by key; the rules are in docs/gold-format.md
("Matching"). Matching is a maximum bipartite matching (augmenting paths, gold
items in list order, candidates best-overlap first), so it is deterministic and
never loses a match a greedy pass would miss.

>>> g = {"targets": [{"span": [0, 10], "value": 90, "comparator": "at-least", "unit": "percent"}]}
>>> p = {"targets": [{"span": [2, 12], "value": 90.0, "comparator": "at-least", "unit": "percent"}]}
>>> evaluate(p, g)["targets"]
Score(tp=1, fp=0, fn=0)
>>> evaluate({}, {})["bodies"].f1
1.0
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..text.normalise import fold

__all__ = [
    "CATEGORIES",
    "Score",
    "overlaps",
    "evaluate",
    "evaluate_dir",
    "declared_vs_found",
    "format_report",
    "mismatches",
    "load_gold_dir",
]

CATEGORIES = (
    "documents",
    "bodies",
    "task_groups",
    "tasks",
    "targets",
    "statistics",
    "assignments",
    "relations",
    "references",
)


@dataclass(frozen=True)
class Score:
    """Counts of one category; precision and recall are 1.0 when both sides are empty."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        if self.tp + self.fp:
            return self.tp / (self.tp + self.fp)
        return 1.0 if self.fn == 0 else 0.0

    @property
    def recall(self) -> float:
        if self.tp + self.fn:
            return self.tp / (self.tp + self.fn)
        return 1.0 if self.fp == 0 else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Score) -> Score:
        return Score(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)


# ---- spans --------------------------------------------------------------------------------


def _span(obj) -> tuple[int, int] | None:
    if not isinstance(obj, dict):
        return None
    s = obj.get("span")
    if isinstance(s, (list, tuple)) and len(s) == 2:
        try:
            return int(s[0]), int(s[1])
        except (TypeError, ValueError):
            return None
    return None


def overlaps(a, b) -> bool:
    """Spans overlap when their intersection is at least half of the shorter span.

    >>> overlaps([0, 10], [5, 30]), overlaps([0, 10], [6, 30]), overlaps([3, 4], [0, 100])
    (True, False, True)
    """
    if a is None or b is None:
        return False
    a0, a1 = int(a[0]), int(a[1])
    b0, b1 = int(b[0]), int(b[1])
    la, lb = a1 - a0, b1 - b0
    if la <= 0 or lb <= 0:
        return la == lb == 0 and a0 == b0
    inter = min(a1, b1) - max(a0, b0)
    return inter > 0 and 2 * inter >= min(la, lb)


def _overlap_len(a, b) -> int:
    if a is None or b is None:
        return 0
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _mention_spans(item: dict) -> list[tuple[int, int]]:
    out = []
    s = _span(item)
    if s:
        out.append(s)
    for m in item.get("mentions") or []:
        ms = _span(m)
        if ms and ms not in out:
            out.append(ms)
    return out


def _any_overlap(a: dict, b: dict) -> bool:
    return any(overlaps(x, y) for x in _mention_spans(a) for y in _mention_spans(b))


def _best_overlap(a: dict, b: dict) -> int:
    return max((_overlap_len(x, y) for x in _mention_spans(a) for y in _mention_spans(b)), default=0)


# ---- field comparison ---------------------------------------------------------------------


def _num(v):
    if v is None or isinstance(v, bool):
        return None
    try:
        return float(v)
    except (TypeError, ValueError):
        return v


def _num_eq(a, b) -> bool:
    a, b = _num(a), _num(b)
    if a is None or b is None:
        return a is None and b is None
    if isinstance(a, float) and isinstance(b, float):
        return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))
    return a == b


def _year(v):
    if v is None:
        return None
    try:
        return int(str(v)[:4])
    except ValueError:
        return v


def _key(text) -> str | None:
    """Folded, whitespace-collapsed form for comparing names, numbers and provinces."""
    if text is None:
        return None
    return re.sub(r"\s+", " ", fold(str(text))).strip()


def _number_key(text) -> str | None:
    if text is None:
        return None
    k = re.sub(r"\s+", "", _key(text) or "")
    return re.sub(r"^so", "", k) if re.match(r"^so\d", k) else k


# ---- one-to-one matching ------------------------------------------------------------------


def _one_to_one(
    gold: list, pred: list, ok: Callable[[dict, dict], bool], weight: Callable[[dict, dict], int]
) -> dict[int, int]:
    """Maximum matching gold index -> predicted index; candidates tried best weight first."""
    cands: list[list[int]] = []
    for g in gold:
        c = [j for j, p in enumerate(pred) if ok(p, g)]
        c.sort(key=lambda j: (-weight(pred[j], g), j))
        cands.append(c)
    owner: dict[int, int] = {}  # pred index -> gold index

    def augment(i: int, seen: set[int]) -> bool:
        for j in cands[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(len(gold)):
        augment(i, set())
    return {i: j for j, i in owner.items()}


def _span_weight(p: dict, g: dict) -> int:
    return _overlap_len(_span(p), _span(g))


class _Matcher:
    """Matches one prediction against one gold annotation, category by category."""

    def __init__(self, predicted: dict, gold: dict):
        self.p = predicted or {}
        self.g = gold or {}
        self.pairs: dict[str, dict[int, int]] = {}
        self._body_map: dict[str, str] = {}
        self._doc_map: dict[str, str] = {}

    def items(self, side: dict, cat: str) -> list[dict]:
        return [x for x in (side.get(cat) or []) if isinstance(x, dict)]

    def by_key(self, side: dict, cat: str) -> dict[Any, dict]:
        """The items of a category by their key (as the JSON gives it), those without a key left out."""
        return {x["key"]: x for x in self.items(side, cat) if x.get("key") is not None}

    # -- entity categories
    @staticmethod
    def body_ok(p: dict, g: dict) -> bool:
        return (
            _key(p.get("province")) == _key(g.get("province"))
            and p.get("type") == g.get("type")
            and (_key(p.get("name")) == _key(g.get("name")) or _any_overlap(p, g))
        )

    @staticmethod
    def doc_ok(p: dict, g: dict) -> bool:
        if p.get("type") != g.get("type"):
            return False
        if g.get("number"):
            return _number_key(p.get("number")) == _number_key(g.get("number"))
        return _any_overlap(p, g)

    def run(self) -> dict[str, Score]:
        P, G = self.p, self.g
        rules: dict[str, tuple[Callable, Callable]] = {
            "documents": (self.doc_ok, _best_overlap),
            "bodies": (self.body_ok, _best_overlap),
            "task_groups": (
                lambda p, g: _num_eq(p.get("declared_count"), g.get("declared_count")) and overlaps(_span(p), _span(g)),
                _span_weight,
            ),
            "tasks": (lambda p, g: overlaps(_span(p), _span(g)), _span_weight),
            "targets": (self.target_ok, _span_weight),
            "statistics": (
                lambda p, g: overlaps(_span(p), _span(g)) and _num_eq(p.get("value"), g.get("value")),
                _span_weight,
            ),
        }
        for cat, (ok, w) in rules.items():
            self.pairs[cat] = _one_to_one(self.items(G, cat), self.items(P, cat), ok, w)
        self._body_map = self._key_map("bodies")
        self._doc_map = self._key_map("documents")
        self.pairs["assignments"] = _one_to_one(
            self.items(G, "assignments"), self.items(P, "assignments"), self.assignment_ok, _span_weight
        )
        self.pairs["relations"] = _one_to_one(
            self.items(G, "relations"),
            self.items(P, "relations"),
            lambda p, g: (
                p.get("kind") == g.get("kind")
                and self.same_body(p.get("from"), g.get("from"))
                and self.same_body(p.get("to"), g.get("to"))
            ),
            _span_weight,
        )
        self.pairs["references"] = _one_to_one(
            self.items(G, "references"),
            self.items(P, "references"),
            lambda p, g: (
                p.get("relation") == g.get("relation")
                and self.same_doc(p.get("from"), g.get("from"))
                and self.same_doc(p.get("to"), g.get("to"))
            ),
            _span_weight,
        )
        out = {}
        for cat in CATEGORIES:
            tp = len(self.pairs[cat])
            out[cat] = Score(tp, len(self.items(P, cat)) - tp, len(self.items(G, cat)) - tp)
        return out

    @staticmethod
    def target_ok(p: dict, g: dict) -> bool:
        return (
            overlaps(_span(p), _span(g))
            and _num_eq(p.get("value"), g.get("value"))
            and _num_eq(p.get("upper"), g.get("upper"))
            and p.get("comparator") == g.get("comparator")
            and p.get("unit") == g.get("unit")
            and _year(p.get("deadline_year")) == _year(g.get("deadline_year"))
            and p.get("period") == g.get("period")
        )

    # -- keyed references between categories
    def _key_map(self, cat: str) -> dict[Any, Any]:
        """Predicted key -> the key of the gold item it was matched with (as the JSON gives them; None if absent)."""
        gold, pred = self.items(self.g, cat), self.items(self.p, cat)
        return {pred[j].get("key"): gold[i].get("key") for i, j in self.pairs[cat].items()}

    def same_body(self, pkey, gkey) -> bool:
        """The predicted body is the one matched to the gold body; an unmatched predicted body
        (e.g. a duplicate) also counts when it is compatible with the gold body."""
        if pkey is None or gkey is None:
            return False
        if pkey in self._body_map:
            return self._body_map[pkey] == gkey
        pb, gb = self.by_key(self.p, "bodies").get(pkey), self.by_key(self.g, "bodies").get(gkey)
        return pb is not None and gb is not None and self.body_ok(pb, gb)

    def same_doc(self, pkey, gkey) -> bool:
        if pkey is None or gkey is None:
            return False
        if pkey in self._doc_map:
            return self._doc_map[pkey] == gkey
        pd, gd = self.by_key(self.p, "documents").get(pkey), self.by_key(self.g, "documents").get(gkey)
        return pd is not None and gd is not None and self.doc_ok(pd, gd)

    def _task_span(self, side: dict, assignment: dict):
        task = self.by_key(side, "tasks").get(assignment.get("task"))
        return _span(task) if task is not None and _span(task) else _span(assignment)

    def assignment_ok(self, p: dict, g: dict) -> bool:
        return (
            p.get("role") == g.get("role")
            and self.same_body(p.get("body"), g.get("body"))
            and overlaps(self._task_span(self.p, p), self._task_span(self.g, g))
        )


# ---- public API ---------------------------------------------------------------------------


def evaluate(predicted: dict, gold: dict) -> dict[str, Score]:
    """Score one extraction against its gold annotation: ``{category: Score}``."""
    return _Matcher(predicted, gold).run()


def mismatches(predicted: dict, gold: dict) -> dict[str, dict[str, list[dict]]]:
    """The unmatched items of each category: ``{cat: {"missed": [gold items], "spurious": [predicted items]}}``."""
    m = _Matcher(predicted, gold)
    m.run()
    out = {}
    for cat in CATEGORIES:
        gold_items, pred_items = m.items(m.g, cat), m.items(m.p, cat)
        pairs = m.pairs[cat]
        used = set(pairs.values())
        out[cat] = {
            "missed": [x for i, x in enumerate(gold_items) if i not in pairs],
            "spurious": [x for j, x in enumerate(pred_items) if j not in used],
        }
    return out


def load_gold_dir(gold_dir: str | Path) -> dict[str, dict]:
    """Every ``*.json`` gold file of a directory (or the one file given), by source id (its
    ``source.id``, else the file name). Raises FileNotFoundError when there is no gold file, so
    that zero sources never score as a perfect 1.0, and ValueError when two files share an id."""
    path = Path(gold_dir)
    files = [path] if path.is_file() else sorted(path.glob("*.json")) if path.is_dir() else []
    if not files:
        raise FileNotFoundError(
            f"no gold file (*.json) in {path}" if path.is_dir() else f"no gold folder or file {path}"
        )
    out: dict[str, dict] = {}
    origin: dict[str, Path] = {}
    for f in files:
        data = json.loads(f.read_text(encoding="utf-8"))
        sid = ((data.get("source") if isinstance(data, dict) else None) or {}).get("id") or f.stem
        if sid in out:
            raise ValueError(f"{f}: source id {sid} is also the id of {origin[sid]}")
        out[sid], origin[sid] = data, f
    return out


def evaluate_dir(
    predicted_by_id: dict[str, dict], gold_dir: str | Path
) -> tuple[dict[str, dict[str, Score]], dict[str, Score]]:
    """Score every gold file of ``gold_dir`` (a folder, or one gold file); a source without a
    prediction counts as an empty extraction, predictions without gold are ignored. Returns (per
    source, micro-averaged total). Raises FileNotFoundError when there is no gold file."""
    per_source: dict[str, dict[str, Score]] = {}
    total = {cat: Score() for cat in CATEGORIES}
    for sid, gold in load_gold_dir(gold_dir).items():
        scores = evaluate(predicted_by_id.get(sid) or {}, gold)
        per_source[sid] = scores
        total = {cat: total[cat] + scores[cat] for cat in CATEGORIES}
    return per_source, total


def declared_vs_found(extraction: dict) -> list[tuple[str, int | None, int]]:
    """For each task group: (label, declared count, found count), where found is the number of
    tasks (kind "task") or of top-level targets, those without a parent (kind "target")."""
    tasks = [t for t in extraction.get("tasks") or [] if isinstance(t, dict)]
    targets = [t for t in extraction.get("targets") or [] if isinstance(t, dict) and not t.get("parent")]
    out = []
    for g in extraction.get("task_groups") or []:
        key, kind = g.get("key"), g.get("kind")
        n_tasks = sum(1 for t in tasks if t.get("group") == key)
        n_targets = sum(1 for t in targets if t.get("group") == key)
        found = n_tasks if kind == "task" else n_targets if kind == "target" else n_tasks + n_targets
        label = g.get("label") or g.get("text") or str(key)
        out.append((label, g.get("declared_count"), found))
    return out


def _row(name: str, s: Score) -> str:
    return f"{name:<14}{s.tp:>6}{s.fp:>6}{s.fn:>6}{s.precision:>11.3f}{s.recall:>9.3f}{s.f1:>9.3f}"


def _is_scores(d) -> bool:
    return isinstance(d, dict) and bool(d) and all(isinstance(v, Score) for v in d.values())


def format_report(first, second=None, third=None) -> str:
    """A plain-text table: one row per category (tp, fp, fn, precision, recall, F1) and the
    micro-averaged total; then F1 per source and declared-vs-found counts when given.

    Accepts ``format_report(total, per_source=None, declared=None)`` and, as the result of
    :func:`evaluate_dir` reads, ``format_report(per_source, total, extractions=None)``.
    ``declared`` is a list of ``(label, declared, found)``; ``extractions`` a mapping
    source id -> extraction, whose groups are then listed with :func:`declared_vs_found`.
    """
    total, per_source = first, second
    if (
        not _is_scores(first)
        and (second is None or _is_scores(second))
        and isinstance(first, dict)
        and all(_is_scores(v) for v in first.values())
    ):
        per_source, total = first, second
    if total is None:
        total = {cat: sum((s[cat] for s in (per_source or {}).values()), Score()) for cat in CATEGORIES}
    declared: list[tuple[str, int | None, int]] = []
    if isinstance(third, dict):
        for sid, extraction in third.items():
            if isinstance(extraction, dict):
                declared += [(f"{sid[:3]} {label}", d, f) for label, d, f in declared_vs_found(extraction)]
    elif third:
        declared = list(third)
    head = f"{'category':<14}{'tp':>6}{'fp':>6}{'fn':>6}{'precision':>11}{'recall':>9}{'F1':>9}"
    lines = [head, "-" * len(head)]
    for cat in CATEGORIES:
        lines.append(_row(cat, total.get(cat, Score())))
    all_ = sum((total.get(cat, Score()) for cat in CATEGORIES), Score())
    lines.append("-" * len(head))
    lines.append(_row("all", all_))
    if per_source:
        short = {
            "documents": "doc",
            "bodies": "body",
            "task_groups": "grp",
            "tasks": "task",
            "targets": "tgt",
            "statistics": "stat",
            "assignments": "asg",
            "relations": "rel",
            "references": "ref",
        }
        lines += ["", "F1 per source", f"{'source':<24}" + "".join(f"{short[c]:>6}" for c in CATEGORIES)]
        for sid, scores in per_source.items():
            lines.append(f"{sid:<24}" + "".join(f"{scores[c].f1:>6.2f}" for c in CATEGORIES))
    if declared:
        lines += ["", "declared vs found"]
        for label, d, f in declared:
            flag = "" if d is None or d == f else "  <- mismatch"
            lines.append(f"  {str(d):>4} declared {f:>4} found  {label[:70]}{flag}")
    return "\n".join(lines)
