"""The source text with every extracted item marked, built on the server.

Each evidence span ``[oa:start, oa:end)`` of a source becomes a
``<mark title="what it became">``; several items read from the same span share
one mark (the title lists them all).  Text segments and titles are escaped one
by one (markupsafe); overlapping spans are nested when one contains the other
and split otherwise: when a span closes while a later-opened one is still open,
the inner one is closed and reopened after it (the continuation carries the
class ``cont`` and the same title), so the HTML is always well nested.

>>> str(render("abcdef", [Span(0, 4, "task", ["T <1>"]), Span(2, 6, "body", ["B"])], prefix="s"))
'<mark class="hl hl-task" title="T &lt;1&gt;" data-span="0-4" id="s-0-4">ab<mark class="hl hl-body" title="B" data-span="2-6" id="s-2-6">cd</mark></mark><mark class="hl hl-body cont" title="B" data-span="2-6">ef</mark>'
"""  # noqa: E501 - the doctest's expected HTML is one line

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from markupsafe import Markup, escape

from ..sparql.catalogue import named_query, run_query
from ..views.numbers import period_text, value_text
from ..vocab import role_names
from .entities import RELATION_NAMES, iri_term, local

__all__ = ["Span", "render", "source_spans", "mark_id", "KINDS"]

# kind -> (Vietnamese, English); the order is the order of precedence for a mark's colour
KINDS = {
    "assignment": ("Phân công", "assignment"),
    "relation": ("Quan hệ báo cáo", "reporting line"),
    "task": ("Nhiệm vụ", "task"),
    "target": ("Chỉ tiêu", "target"),
    "statistic": ("Số liệu", "reported figure"),
    "group": ("Nhóm", "task or target group"),
    "reference": ("Dẫn chiếu", "reference"),
    "document": ("Văn bản", "document"),
    "body": ("Cơ quan", "body"),
}
_CLASS_KIND = {
    "Task": "task",
    "TaskGroup": "group",
    "Body": "body",
    "Target": "target",
    "QualitativeTarget": "target",
    "Statistic": "statistic",
    "Assignment": "assignment",
    "BodyRelation": "relation",
    "DocumentReference": "reference",
    "Resolution": "document",
    "Scheme": "document",
    "ActionProgramme": "document",
    "Programme": "document",
    "Plan": "document",
    "Directive": "document",
    "Conclusion": "document",
    "Decision": "document",
    "Regulation": "document",
    "PlanDocument": "document",
}
_ORDER = {k: i for i, k in enumerate(KINDS)}


@dataclass
class Span:
    start: int
    end: int
    kind: str
    titles: list[str] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)


def mark_id(prefix: str, start: int, end: int) -> str:
    return f"{prefix}-{start}-{end}"


def _tag(s: Span, prefix: str, cont: bool) -> str:
    cls = f"hl hl-{s.kind}" + (" cont" if cont else "")
    title = "\n".join(s.titles)
    out = f'<mark class="{cls}" title="{escape(title)}" data-span="{s.start}-{s.end}"'
    if not cont:
        out += f' id="{escape(mark_id(prefix, s.start, s.end))}"'
    return out + ">"


def render(text: str, spans: list[Span], *, prefix: str = "src") -> Markup:
    """The escaped text with each span wrapped in a <mark>; spans outside the text or empty are skipped."""
    n = len(text)
    spans = [s for s in spans if 0 <= s.start < s.end <= n]
    by_start: dict[int, list[Span]] = {}
    for s in spans:
        by_start.setdefault(s.start, []).append(s)
    for lst in by_start.values():
        lst.sort(key=lambda s: (-s.end, _ORDER.get(s.kind, 99)))
    bounds = sorted({0, n} | {s.start for s in spans} | {s.end for s in spans})
    out: list[str] = []
    stack: list[Span] = []
    pos = 0
    for b in bounds:
        if b > pos:
            out.append(str(escape(text[pos:b])))
            pos = b
        ending = [i for i, s in enumerate(stack) if s.end == b]
        if ending:
            i = ending[0]
            reopen = sorted((s for s in stack[i:] if s.end != b), key=lambda s: -s.end)
            out.append("</mark>" * (len(stack) - i))
            del stack[i:]
            for s in reopen:
                out.append(_tag(s, prefix, True))
                stack.append(s)
        for s in by_start.get(b, []):
            out.append(_tag(s, prefix, False))
            stack.append(s)
    out.append("</mark>" * len(stack))
    return Markup("".join(out))


# ------------------------------------------------------------------ what each span became (queries/web/source-items.rq)
def _kind(r: dict) -> str:
    if r.get("doc"):
        return "document"
    kinds = [k for c in (r.get("classes") or "").split() if (k := _CLASS_KIND.get(local(c) or ""))]
    return min(kinds, key=lambda k: _ORDER[k]) if kinds else "item"


def _describe(kind: str, r: dict) -> str:
    vi, en = KINDS.get(kind, ("Mục", "item"))
    head = f"{vi} ({en})"
    label = r.get("l") or ""
    if kind in ("task", "group"):
        n = f" {r['ord']}" if r.get("ord") is not None else ""
        return f"{vi}{n} ({en}): {label}"
    if kind in ("target", "statistic"):
        what = r.get("ind") or label
        val = value_text(r.get("c"), r.get("v"), r.get("u"), r.get("un"), r.get("ut")) if r.get("v") is not None else ""
        when = period_text(r.get("dl"), r.get("per"), as_of=r.get("asof"))
        return f"{head}: {what}" + (f" — {val}" if val else "") + (f" ({when})" if when else "")
    if kind == "assignment":
        rvi, ren = role_names(local(r.get("r")))
        task = f", nhiệm vụ {r['taskOrd']}" if r.get("taskOrd") is not None else ""
        return f"{head}: {r.get('body') or '?'} — {rvi} ({ren}){task}"
    if kind in ("relation", "reference"):
        kvi, ken = RELATION_NAMES.get(r.get("rk") or "", (r.get("rk") or "", ""))
        return f"{head}: {r.get('from') or '?'} → {kvi} ({ken}) → {r.get('to') or '?'}"
    return f"{head}: {label}"


def source_spans(store, source: str) -> tuple[list[Span], Counter]:
    """The spans of a source, one per distinct (start, end), with what each became; and the items per kind."""
    spans: dict[tuple[int, int], Span] = {}
    per_kind: Counter = Counter()
    for r in run_query(store, named_query("web/source-items"), {"source": iri_term(source)}):
        kind = _kind(r)
        per_kind[kind] += 1
        key = (r["start"], r["end"])
        s = spans.get(key)
        if s is None:
            s = spans[key] = Span(r["start"], r["end"], kind)
        elif _ORDER.get(kind, 99) < _ORDER.get(s.kind, 99):
            s.kind = kind
        title = _describe(kind, r)
        if len(title) > 300:
            title = title[:299] + "…"
        if title not in s.titles:
            s.titles.append(title)
            s.kinds.append(kind)
    return sorted(spans.values(), key=lambda s: (s.start, -s.end)), per_kind
