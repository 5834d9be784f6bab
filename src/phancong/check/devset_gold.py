"""The dev set's gold files on disk: texts read exactly as offsets count them, evidence kept as offsets
(``{"start": S, "end": E}``) where a quote would copy a third-party text, and turned back into strings.

The project's own ``devset/gold`` keeps no third-party text: :func:`to_offsets` replaces every run of
``QUOTE_WORDS`` words copied from the text by its offsets, and :func:`resolve_quotes` restores them.
Offsets count code points of the file decoded as UTF-8, with no newline translation and no normalisation.

>>> text = "Ban Tổ chức Tỉnh ủy chủ trì, theo dõi và tổng hợp báo cáo kết quả thực hiện."
>>> gold = {"assignments": [{"body": "Ban Tổ chức Tỉnh ủy", "role": "lead", "evidence": text[20:75]}]}
>>> packed = to_offsets(gold, text)
>>> packed["assignments"][0]["evidence"]
{'start': 20, 'end': 75}
>>> resolve_quotes(packed, text) == gold
True
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

__all__ = ["QuoteError", "read_text", "sha256_text", "to_offsets", "resolve_quotes", "is_devset_gold", "load_gold"]


class QuoteError(ValueError):
    """An evidence string that is not in its text, or offsets that do not fit it."""


def read_text(path: str | Path) -> str:
    """A dev-set text exactly as offsets count it: UTF-8, no newline translation."""
    return Path(path).read_bytes().decode("utf-8")


def sha256_text(path: str | Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def _is_offsets(v) -> bool:
    return isinstance(v, dict) and set(v) == {"start", "end"} and all(isinstance(v[k], int) for k in v)


# Fields that hold names, codes or numbers, never quotes: kept as they are.
NAME_FIELDS = frozenset(
    {
        "body",
        "issuer",
        "type",
        "subtype",
        "number",
        "date",
        "role",
        "unit",
        "comparator",
        "period",
        "deadline",
        "value",
        "value_max",
        "baseline",
        "approx",
        "strict",
        "term",
    }
)
# Top-level strings kept as they are (the query is needed verbatim to find the text again).
KEPT_TOP = frozenset({"url", "query", "province", "retrieved", "post_2025"})
QUOTE_WORDS = 8  # a run of this many words copied from the text is a quote: kept as offsets
_MARK = re.compile(r"⟦(\d+):(\d+)⟧")
_WORD = re.compile(r"\w+")


def _find(text: str, quote: str, where: str) -> dict:
    i = text.find(quote)
    if i < 0:
        raise QuoteError(f"{where}: evidence not in the text: {quote!r}")
    return {"start": i, "end": i + len(quote)}


def _mark_runs(value: str, text: str) -> str:
    """Each longest run of at least :data:`QUOTE_WORDS` words of ``value`` that occurs verbatim in
    ``text`` (with the spacing and punctuation between its words) becomes ``⟦S:E⟧``."""
    words = [(m.start(), m.end()) for m in _WORD.finditer(value)]
    out, last, k = [], 0, 0
    while k < len(words):
        n = 0
        while k + n < len(words) and value[words[k][0] : words[k + n][1]] in text:
            n += 1
        if n >= QUOTE_WORDS:
            quote = value[words[k][0] : words[k + n - 1][1]]
            i = text.find(quote)
            out += [value[last : words[k][0]], f"⟦{i}:{i + len(quote)}⟧"]
            last, k = words[k + n - 1][1], k + n
        else:
            k += 1
    return "".join(out) + value[last:]


def to_offsets(gold: dict, text: str, item: str = "?") -> dict:
    """The gold with its quotes of the text as offsets, so that it keeps no run of the text:

    - in every list of items (documents, assignments, targets, statistics, ...), each ``evidence``
      becomes ``{"start": S, "end": E}``; it must occur verbatim in ``text``, else
      :class:`QuoteError` names the item, the field and the string;
    - any other free-text field (``task``, ``title``, ``indicator``, ``scope``, ...; not the names,
      codes and numbers of :data:`NAME_FIELDS`) found whole in the text with at least
      :data:`QUOTE_WORDS` words becomes offsets too; else each run of that many words copied from
      the text becomes ``⟦S:E⟧`` inside the string; top-level strings (``notes``) the same way,
      except ``url``, ``query``, ``province``, ``retrieved``;
    - names (``bodies``, ``aliases``, a ``body`` or ``issuer``) stay as they are.

    :func:`resolve_quotes` is the inverse.

    >>> t = "Giao Sở Nội vụ chủ trì tổng hợp báo cáo kết quả hằng năm."
    >>> to_offsets({"assignments": [{"body": "Sở Nội vụ", "evidence": "Sở Nội vụ chủ trì"}]}, t)
    {'assignments': [{'body': 'Sở Nội vụ', 'evidence': {'start': 5, 'end': 22}}]}
    >>> to_offsets({"notes": "Task: 'Sở Nội vụ chủ trì tổng hợp báo cáo kết quả' (lead)."}, t)
    {'notes': "Task: '⟦5:47⟧' (lead)."}
    """
    out: dict = {}
    for key, value in gold.items():
        if isinstance(value, list) and any(isinstance(it, dict) for it in value):
            items = []
            for n, it in enumerate(value):
                if not isinstance(it, dict):
                    items.append(it)
                    continue
                new: dict[str, object] = {}
                for f, v in it.items():
                    if f == "evidence" and isinstance(v, str):
                        new[f] = _find(text, v, f"{item}: {key}[{n}].{f}")
                    elif not isinstance(v, str) or f in NAME_FIELDS:
                        new[f] = v
                    elif len(v.split()) >= QUOTE_WORDS and v in text:
                        new[f] = _find(text, v, f"{item}: {key}[{n}].{f}")
                    else:
                        new[f] = _mark_runs(v, text)
                items.append(new)
            out[key] = items
        elif isinstance(value, str) and key not in KEPT_TOP:
            out[key] = _mark_runs(value, text)
        else:
            out[key] = value
    return out


def resolve_quotes(gold: dict, text: str, item: str = "?") -> dict:
    """The inverse of :func:`to_offsets`: offsets and ``⟦S:E⟧`` marks become the text they point
    at. Gold that holds no offsets is returned unchanged."""

    def cut(s: int, e: int, where: str) -> str:
        if not 0 <= s <= e <= len(text):
            raise QuoteError(f"{where}: offsets {s}:{e} outside the text ({len(text)} characters)")
        return text[s:e]

    def value_of(v, where: str):
        if _is_offsets(v):
            return cut(v["start"], v["end"], where)
        if isinstance(v, str) and "⟦" in v:
            return _MARK.sub(lambda m: cut(int(m.group(1)), int(m.group(2)), where), v)
        return v

    out: dict = {}
    for key, value in gold.items():
        if isinstance(value, list) and any(isinstance(it, dict) for it in value):
            out[key] = [
                {f: value_of(v, f"{item}: {key}[{n}].{f}") for f, v in it.items()} if isinstance(it, dict) else it
                for n, it in enumerate(value)
            ]
        else:
            out[key] = value_of(value, f"{item}: {key}")
    return out


def is_devset_gold(data) -> bool:
    """True for gold in the dev set's shape (bodies are names), False for the project's shape."""
    bodies = data.get("bodies") if isinstance(data, dict) else None
    return isinstance(bodies, list) and all(isinstance(b, str) for b in bodies) and "source" not in data


def load_gold(path: str | Path, text: str | None = None) -> dict:
    """A dev-set gold file, its offsets resolved against ``text`` when it holds any."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return resolve_quotes(data, text, Path(path).stem) if text is not None else data


# ---- a whole set --------------------------------------------------------------------------
