"""Scoring in the dev set's gold shape: the rules of the independent scorer, inside the project.

The dev set (``../shared/devset/``, and the project's own ``devset/``) annotates each text
``docs/NAME.txt`` with a ``gold/NAME.json`` of another shape than ``tests/gold``: ``documents``
(``type`` as NghiQuyet, DeAn, ... and ``number``), ``bodies`` (canonical names, strings),
``assignments`` (``body`` name, ``role`` lead / coordinate / execute / monitor / report_to,
``evidence``) and ``targets`` (``value``, ``value_max``, ``unit`` as written, ``deadline`` year,
``evidence``). An ``evidence`` is either the quoted string or, in the project's ``devset/gold``
(which keeps no third-party text), character offsets ``{"start": S, "end": E}`` into the text
file, counted in code points of the file decoded as UTF-8 (no newline translation, no
normalisation); :func:`resolve_quotes` turns them back into strings.

:func:`adapt` maps the project's extraction JSON (docs/model.md) onto that shape and
:func:`score` counts, per category, with the rules of ``../shared/devset/score.py``:

lenient (default): each predicted item counts as correct when ANY gold item matches it, and each
gold item as found when ANY predicted item matches it (so precision and recall have separate
numerators):

- bodies: folded names, one contained in the other;
- assignments: same body (as for bodies) and same role;
- targets: same ``value`` and ``unit``, and same ``value_max`` when either side has one;
- documents (numbered ones only): same type and number (folded, spaces removed).

strict: one-to-one, greedy (gold items in list order, each takes the first unused predicted item
that matches), and

- bodies: folded names equal;
- assignments: also the evidence strings overlap (they share at least half of the shorter one's
  words);
- targets: also the deadline year, when the gold gives one.

Folding lowers, writes đ as d, drops diacritics and keeps letters, digits and ``% / . -``.

>>> gold = {"bodies": ["Ban Tổ chức Tỉnh ủy"], "assignments": [], "targets": [], "documents": []}
>>> pred = {"bodies": ["Ban To chuc Tinh uy", "Văn phòng Tỉnh ủy"], "assignments": [], "targets": [],
...         "documents": []}
>>> s = score(gold, pred)["bodies"]
>>> (s.matched_pred, s.n_pred, s.matched_gold, s.n_gold), round(s.f1, 2)
((1, 2, 1, 1), 0.67)
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .devset_gold import QuoteError, is_devset_gold, load_gold, read_text, resolve_quotes, sha256_text, to_offsets

__all__ = [
    "CATEGORIES",
    "Tally",
    "fold",
    "adapt",
    "score",
    "score_set",
    "format_report",
    "is_devset_gold",
    "read_text",
    "sha256_text",
    "to_offsets",
    "resolve_quotes",
    "QuoteError",
    "load_gold",
]

CATEGORIES = ("bodies", "assignments", "targets", "documents")


# ---- counts -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Tally:
    """Counts of one category. Lenient scoring has two numerators: predicted items that match some
    gold item (``matched_pred``) and gold items matched by some predicted item (``matched_gold``);
    strict scoring pairs one to one, so both are the number of pairs."""

    matched_pred: int = 0
    n_pred: int = 0
    matched_gold: int = 0
    n_gold: int = 0

    @property
    def precision(self) -> float:
        if self.n_pred:
            return self.matched_pred / self.n_pred
        return 1.0 if not self.n_gold else 0.0

    @property
    def recall(self) -> float:
        return self.matched_gold / self.n_gold if self.n_gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Tally) -> Tally:
        return Tally(
            self.matched_pred + other.matched_pred,
            self.n_pred + other.n_pred,
            self.matched_gold + other.matched_gold,
            self.n_gold + other.n_gold,
        )


# ---- folding and comparisons --------------------------------------------------------------


def fold(s) -> str:
    """Lower case, đ -> d, no diacritics, runs of other characters than letters, digits and
    ``% / . -`` become one space.

    >>> fold("Ủy ban nhân dân  tỉnh (UBND)"), fold("Số 03-ĐA/TU"), fold(None)
    ('uy ban nhan dan tinh ubnd', 'so 03-da/tu', '')
    """
    s = unicodedata.normalize("NFD", str(s or "").lower().replace("đ", "d"))
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return " ".join(re.sub(r"[^\w%/.-]+", " ", s).split())


def _same_body(a, b) -> bool:
    a, b = fold(a), fold(b)
    return bool(a) and bool(b) and (a in b or b in a)


def _same_number(a, b) -> bool:
    if a is None or b is None:
        return False
    try:
        return abs(float(a) - float(b)) < 1e-6
    except (TypeError, ValueError):
        return False


def _evidence_overlap(a, b) -> bool:
    wa, wb = set(fold(a).split()), set(fold(b).split())
    return bool(wa) and bool(wb) and len(wa & wb) >= 0.5 * min(len(wa), len(wb))


def _target_match(p: dict, g: dict, deadline: bool) -> bool:
    ok = _same_number(p.get("value"), g.get("value")) and fold(p.get("unit")) == fold(g.get("unit"))
    if p.get("value_max") is not None or g.get("value_max") is not None:
        ok = ok and _same_number(p.get("value_max"), g.get("value_max"))
    if deadline and g.get("deadline"):
        ok = ok and str(p.get("deadline") or "")[:4] == str(g.get("deadline"))[:4]
    return ok


def _doc_key(d: dict) -> tuple[str, str]:
    return fold(d.get("type")), re.sub(r"\s+", "", fold(d.get("number")))


# ---- the project's extraction onto the gold shape -----------------------------------------

ROLES = {
    "implement": "execute",
    "execute": "execute",
    "lead": "lead",
    "coordinate": "coordinate",
    "monitor": "monitor",
    "report_to": "report_to",
    "reports_to": "report_to",
    "reportsto": "report_to",
    "accountable_to": "report_to",
    "accountableto": "report_to",
}
REPORTING = ("reportsto", "accountableto", "reports_to", "accountable_to")

DOCUMENT_TYPES = {
    "Resolution": "NghiQuyet",
    "Scheme": "DeAn",
    "ActionProgramme": "ChuongTrinhHanhDong",
    "Programme": "ChuongTrinhHanhDong",
    "Plan": "KeHoach",
    "Directive": "ChiThi",
    "Conclusion": "KetLuan",
    "Decision": "QuyetDinh",
    "Regulation": "Other",
}
# the same types by their Vietnamese names (Quy chế, Quy định, Hướng dẫn are "Other" in the dev set)
DOCUMENT_TYPES.update(
    {
        "Nghị quyết": "NghiQuyet",
        "Đề án": "DeAn",
        "Chương trình hành động": "ChuongTrinhHanhDong",
        "Chương trình": "ChuongTrinhHanhDong",
        "Kế hoạch": "KeHoach",
        "Chỉ thị": "ChiThi",
        "Kết luận": "KetLuan",
        "Quyết định": "QuyetDinh",
        "Quy chế": "Other",
        "Quy định": "Other",
        "Hướng dẫn": "Other",
    }
)
# unit slugs of docs/model.md onto units as the dev set writes them
UNITS = {
    "party-member": "đảng viên",
    "party-organisation": "tổ chức đảng",
    "organisation": "cơ sở",
    "class": "lớp",
    "person": "người",
    "course": "đợt",
    "inspection": "cuộc",
    "time": "tháng",
    "locality": "xã",
    "unit": "đơn vị",
    "congress": "đại hội",
}
_PERSON_WORD = re.compile(r"\d\s*(đại biểu|người|học viên|lượt cán bộ|ủy viên|cán bộ)")


def _unit(target: dict) -> str | None:
    unit, text = target.get("unit"), target.get("text") or ""
    if unit is None:
        return None
    if unit == "percent":
        return "%/năm" if re.search(r"%\s*/?\s*năm", text) else "%"
    if unit == "person":
        m = _PERSON_WORD.search(text)
        return m.group(1) if m else "người"
    return UNITS.get(unit, unit)


def _document_type(doc: dict) -> str | None:
    kind = doc.get("type") or doc.get("kind")
    if kind is None:
        return None
    if kind in ("Programme", "Chương trình") and re.match(
        r"\s*chương trình\s+(phối hợp|làm việc|công tác)", str(doc.get("text") or "").lower()
    ):
        return "Other"  # a joint or work programme, not an action programme
    return DOCUMENT_TYPES.get(kind, kind)


def _body_name(body) -> str:
    if isinstance(body, str):
        return body
    return (body.get("name") or body.get("label") or body.get("text") or "") if isinstance(body, dict) else ""


def adapt(extraction: dict) -> dict:
    """The project's extraction JSON as ``{documents, bodies, assignments, targets}`` in the dev
    set's shape: body keys become names; ``implement`` is ``execute``; every partner of an
    assignment is also a ``coordinate`` assignment with the same evidence; the recipient of a
    ``reportsTo`` / ``accountableTo`` relation is a ``report_to`` assignment; document types and
    unit slugs take the dev set's names (see :data:`DOCUMENT_TYPES`, :data:`UNITS`). An
    assignment's evidence is its ``evidence`` field when it has one, else its ``text``.

    These are the assumptions the dev set's own scorer makes about the extraction JSON: a change of
    that JSON that breaks them must change both."""
    bodies = extraction.get("bodies") or []
    names = {b["key"]: _body_name(b) for b in bodies if isinstance(b, dict) and b.get("key")}

    def name(ref) -> str:
        return ref.get("name", "") if isinstance(ref, dict) else names.get(ref, ref or "")

    out: dict[str, list] = {
        "documents": [
            {"type": _document_type(d), "number": d.get("number")} for d in extraction.get("documents") or []
        ],
        "bodies": [_body_name(b) for b in bodies],
        "assignments": [],
        "targets": [],
    }
    for a in extraction.get("assignments") or []:
        evidence = a.get("evidence") or a.get("text") or ""
        role = str(a.get("role", "")).lower()
        out["assignments"].append({"body": name(a.get("body")), "role": ROLES.get(role, role), "evidence": evidence})
        out["assignments"] += [
            {"body": name(p), "role": "coordinate", "evidence": evidence} for p in a.get("partners") or []
        ]
    for r in extraction.get("relations") or []:
        if str(r.get("kind", "")).lower() in REPORTING:
            out["assignments"].append({"body": name(r.get("to")), "role": "report_to", "evidence": r.get("text") or ""})
    for t in extraction.get("targets") or []:
        out["targets"].append(
            {
                "value": t.get("value"),
                "value_max": t.get("value_max", t.get("upper")),
                "unit": _unit(t),
                "deadline": t.get("deadline", t.get("deadline_year")),
                "evidence": t.get("text") or "",
            }
        )
    return out


# ---- scoring ------------------------------------------------------------------------------


def _lenient(gold: list, pred: list, match: Callable) -> Tally:
    return Tally(
        sum(any(match(p, g) for g in gold) for p in pred),
        len(pred),
        sum(any(match(p, g) for p in pred) for g in gold),
        len(gold),
    )


def _greedy(gold: list, pred: list, match: Callable) -> Tally:
    used: set[int] = set()
    for g in gold:
        j = next((j for j, p in enumerate(pred) if j not in used and match(p, g)), None)
        if j is not None:
            used.add(j)
    return Tally(len(used), len(pred), len(used), len(gold))


def _same_name(x, y) -> bool:
    """Strict bodies: the same name once folded (no short form for a long one)."""
    return bool(fold(y)) and fold(x) == fold(y)


def _same_assignment(x: dict, y: dict) -> bool:
    return _same_body(x.get("body"), y.get("body")) and x.get("role") == y.get("role")


def _same_assignment_strict(x: dict, y: dict) -> bool:
    """Strict assignments: the same body and role, and evidence that overlaps."""
    return _same_assignment(x, y) and _evidence_overlap(x.get("evidence"), y.get("evidence"))


def score(gold: dict, predicted: dict, strict: bool = False) -> dict[str, Tally]:
    """Score a prediction already in the gold shape (see :func:`adapt`): ``{category: Tally}``.
    Evidence must be strings here (:func:`resolve_quotes` first for offset gold)."""
    count = _greedy if strict else _lenient
    g = {c: list(gold.get(c) or []) for c in CATEGORIES}
    p = {c: list(predicted.get(c) or []) for c in CATEGORIES}
    bodies = _same_name if strict else _same_body
    assignments = _same_assignment_strict if strict else _same_assignment
    return {
        "bodies": count(g["bodies"], p["bodies"], bodies),
        "assignments": count(g["assignments"], p["assignments"], assignments),
        "targets": count(g["targets"], p["targets"], lambda x, y: _target_match(x, y, deadline=strict)),
        "documents": count(
            [_doc_key(d) for d in g["documents"] if d.get("number")],
            [_doc_key(d) for d in p["documents"] if d.get("number")],
            lambda x, y: x == y,
        ),
    }


def _manifest_hashes(gold_dir: Path) -> dict[str, str]:
    """sha256 of each text as packed, from the manifest.json beside a devset/gold folder."""
    path = gold_dir.parent / "manifest.json"
    if not path.is_file():
        return {}
    try:
        items = json.loads(path.read_text(encoding="utf-8")).get("items") or []
    except (ValueError, AttributeError):
        return {}
    return {it["id"]: it["sha256"] for it in items if isinstance(it, dict) and it.get("id") and it.get("sha256")}


@dataclass
class SetResult:
    per_item: dict[str, dict[str, Tally]]
    total: dict[str, Tally]
    missing: list[str]  # gold files whose text is not in docs/


def score_set(
    set_dir: str | Path,
    gold: str | Path | None = None,
    strict: bool = False,
    extract_json: Callable[[Path], dict] | None = None,
) -> SetResult:
    """Score every gold file of ``gold`` (default ``set_dir/gold``) whose text ``set_dir/docs/NAME.txt``
    exists, extracting the text in-process. Gold with offsets is resolved against the text (and the
    text's sha256 checked against the manifest beside the gold folder, when there is one).
    Raises FileNotFoundError when there is no gold at all, ValueError on gold of the wrong shape or a
    text that differs from the one the offsets were counted in."""
    set_dir = Path(set_dir)
    gold_path = Path(gold) if gold is not None else set_dir / "gold"
    files = [gold_path] if gold_path.is_file() else sorted(gold_path.glob("*.json")) if gold_path.is_dir() else []
    if not files:
        raise FileNotFoundError(f"no gold file (*.json) in {gold_path}")
    if not (set_dir / "docs").is_dir():
        raise FileNotFoundError(f"no docs/ folder in {set_dir} (texts go in {set_dir / 'docs'}/NAME.txt)")
    if extract_json is None:
        extract_json = _extract_json
    hashes = _manifest_hashes(files[0].parent)
    per_item: dict[str, dict[str, Tally]] = {}
    missing: list[str] = []
    for path in files:
        name = path.stem
        doc = set_dir / "docs" / f"{name}.txt"
        if not doc.is_file():
            missing.append(name)
            continue
        raw = json.loads(path.read_text(encoding="utf-8"))
        if not is_devset_gold(raw):
            raise ValueError(
                f"{path}: not gold in the dev set's shape (bodies as names); "
                "score gold in the project's shape without --devset"
            )
        if name in hashes and hashes[name] != sha256_text(doc):
            raise ValueError(
                f"{doc}: differs from the text the offsets of {path} were counted in "
                "(sha256 in the manifest); recover it again"
            )
        gold_item = resolve_quotes(raw, read_text(doc), name)
        per_item[name] = score(gold_item, adapt(extract_json(doc)), strict=strict)
    total = {c: sum((s[c] for s in per_item.values()), Tally()) for c in CATEGORIES}
    return SetResult(per_item, total, missing)


def _extract_json(path: Path) -> dict:
    from ..extract import extract
    from ..text.read import read_source

    return extract(read_source(path)).to_json()


def format_report(result: SetResult, per_item: bool = False) -> str:
    """One line per category as the dev set's score.py prints it; per item first when asked."""
    lines = []
    if per_item:
        for name, s in result.per_item.items():
            lines.append(
                name
                + " "
                + " ".join(f"{c}={t.matched_pred}/{t.n_pred}|{t.matched_gold}/{t.n_gold}" for c, t in s.items())
            )
    for c in CATEGORIES:
        t = result.total[c]
        lines.append(f"{c:12s} P {t.precision:.2f} R {t.recall:.2f} F1 {t.f1:.2f}  (pred {t.n_pred}, gold {t.n_gold})")
    return "\n".join(lines)
