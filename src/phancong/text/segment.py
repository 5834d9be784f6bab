"""Segmentation: lines, list items, inline enumerations, declared counts, clauses.

>>> [m.group("n") for m in INLINE_ENUM.finditer("a: (1) Về X (3 chỉ tiêu): b; (2) Về Y")]
['1', '2']
>>> declared_count("Trong đó nhóm thứ nhất có 06 nội dung, cụ thể:")
(6, 'nội dung')
>>> declared_count("Xác định mục tiêu cụ thể đến năm 2025 gồm 26 chỉ tiêu")
(26, 'chỉ tiêu')
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

__all__ = [
    "Line",
    "lines",
    "INLINE_ENUM",
    "declared_count",
    "clauses",
    "sentences",
    "ORDINAL_WORDS",
    "NUMBERED",
    "BULLET",
    "trim",
]

ORDINAL_WORDS = {
    "một": 1,
    "hai": 2,
    "ba": 3,
    "bốn": 4,
    "năm": 5,
    "sáu": 6,
    "bảy": 7,
    "tám": 8,
    "chín": 9,
    "mười": 10,
    "nhất": 1,
    "thứ nhất": 1,
    "thứ hai": 2,
    "thứ ba": 3,
    "thứ tư": 4,
    "thứ năm": 5,
    "thứ sáu": 6,
    "thứ bảy": 7,
    "thứ tám": 8,
    "thứ chín": 9,
    "thứ mười": 10,
}

# an upper-case letter, every Vietnamese one ("Ủy ban", "Ứng Hòa", "Ý Yên")
CAPITAL = r"[A-ZĐÂĂÊÔƠƯÁÀẢÃẠẤẦẨẪẬẮẰẲẴẶÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ]"
# "1. Sở …", and "1.Sở …" without the space (a capital after the dot: "1.500" is a number)
NUMBERED = re.compile(r"^\s*(?P<n>\d{1,2})[.)](?:\s+(?=\S)|(?=" + CAPITAL + r"))")
BULLET = re.compile(r"^\s*(?P<b>[-*+•·]|[a-zđ]\))\s+(?=\S)")
LETTERED = re.compile(r"[a-zđ]\)")  # the marker of a lettered item: "a)", "b)"
WORD_ORDINAL = re.compile(r"^\s*(?P<w>Một|Hai|Ba|Bốn|Năm|Sáu|Bảy|Tám|Chín|Mười) là,\s*")
# (the bracket first, what stands before it looked back at: a pattern that opens with a character is searched for by
# it, one that opens with a lookbehind is tried at every position of every line)
INLINE_ENUM = re.compile(r"\((?:(?<=\s\()|(?<=^\()|(?<=[:;.]\())(?P<n>\d{1,2})\)\s+")
_COUNT_NOUNS = (
    r"nội dung|chỉ tiêu|nhiệm vụ(?: và giải pháp|, giải pháp| trọng tâm)?|giải pháp|nhóm nhiệm vụ"
    r"(?:,? giải pháp)?|nhóm giải pháp|nhóm|khâu đột phá|đột phá|điểm đột phá|chương trình(?: trọng tâm)?"
)
_DECLARED = re.compile(
    r"(?:có|gồm|với|đưa ra|đề ra|xác định|thực hiện)?\s*(?P<n>\d{1,3})\s+(?P<noun>" + _COUNT_NOUNS + r")\b"
)
_DECLARED_PAREN = re.compile(r"\((?P<n>\d{1,3})\s+(?P<noun>chỉ tiêu|nhiệm vụ|nội dung)\)")


@dataclass(frozen=True)
class Line:
    start: int
    end: int
    text: str
    marker: str | None  # "1.", "-", "Một là" ...
    ordinal: int | None
    body_start: int  # where the content begins after the marker


def trim(text: str, start: int, end: int, chars: str = " \t\n;,.:") -> tuple[int, int]:
    while start < end and text[start] in chars:
        start += 1
    while end > start and text[end - 1] in chars:
        end -= 1
    return start, end


def lines(text: str) -> list[Line]:
    out: list[Line] = []
    pos = 0
    for raw in text.split("\n"):
        start, end = pos, pos + len(raw)
        pos = end + 1
        s, e = trim(text, start, end, " \t")
        if s >= e:
            continue
        body = text[s:e]
        marker = ordinal = None
        content = s
        if m := NUMBERED.match(body):
            marker, ordinal, content = m.group("n") + ".", int(m.group("n")), s + m.end()
        elif m := BULLET.match(body):
            marker, content = m.group("b"), s + m.end()
        elif m := WORD_ORDINAL.match(body):
            marker, ordinal, content = m.group("w") + " là", ORDINAL_WORDS[m.group("w").lower()], s + m.end()
        out.append(Line(s, e, body, marker, ordinal, content))
    return out


def declared_count(text: str) -> tuple[int, str] | None:
    """The count a heading declares ("có 06 nội dung", "gồm 26 chỉ tiêu", "(3 chỉ tiêu)")."""
    m = _DECLARED_PAREN.search(text) or _DECLARED.search(text)
    if not m:
        return None
    return int(m.group("n")), m.group("noun")


def declared_count_match(text: str) -> re.Match | None:
    if not _COUNT.search(text):
        return None  # each way of declaring a count holds a number and a noun counted (a digit found at once)
    return _DECLARED_PAREN.search(text) or _DECLARED.search(text)


_COUNT = re.compile(r"\d{1,3}\s+(?:" + _COUNT_NOUNS + r")\b")


# every capital letter Vietnamese writes (Ủ, Ở, Ấ ... included: "... địa bàn. Ủy ban nhân dân tỉnh ...")
_CAPITALS = "".join(
    sorted({c for c in map(chr, range(0x41, 0x1F00)) if c.isupper() and unicodedata.name(c, "").startswith("LATIN")})
)
_LOWERS = "".join(
    sorted({c for c in map(chr, range(0x61, 0x1F00)) if c.islower() and unicodedata.name(c, "").startswith("LATIN")})
)
# a line break ends a sentence, except where a hard-wrapped text breaks one line mid-sentence: no stop before
# it and a lower-case word after it ("… Chủ tịch UBND các huyện,\nthị xã, thành phố và …")
# the stop of an abbreviation ends no sentence: "TP. Huế", "TX. Sơn Tây", "ThS. Nguyễn Văn A"
_ABBREVIATED = "".join(rf"(?<!\b{a}\.)" for a in ("TP", "Tp", "TX", "ThS", "TS", "PGS", "GS", "BS"))
_SENTENCE_END = re.compile(
    r"(?<=[.!?])"
    + _ABBREVIATED
    + r"(?:\s+|/\.)(?=["
    + _CAPITALS
    + r"\d\"“(-])|\n{2,}|(?<=[.!?:;\n])\n|\n(?!["
    + _LOWERS
    + r"])"
)


_END_MARK = re.compile(r"[.!?\n]")


def _sentence_ends(text: str, start: int, end: int) -> Iterator[re.Match]:
    """What ``_SENTENCE_END.finditer(text, start, end)`` gives, tried only right after a ".", "!" or "?" (the one
    just before ``start`` included) and at a line break, the only places where an end can begin."""
    pos = start
    for mark in _END_MARK.finditer(text, max(0, start - 1), end):
        at = mark.start() + (mark.group() != "\n")
        if at < pos:
            continue
        m = _SENTENCE_END.match(text, at, end)
        if m:
            yield m
            pos = m.end()


def sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans in text[start:end] (a "." followed by a capital, or a line break)."""
    return list(_sentences(text, start, len(text) if end is None else end))


@lru_cache(maxsize=1024)
def _sentences(text: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    """The spans of :func:`sentences`, kept for the last ranges asked: the passes ask for the sentences of one
    line or paragraph several times."""
    out = []
    pos = start
    for m in _sentence_ends(text, start, end):
        s, e = trim(text, pos, m.start(), " \t\n")
        if s < e:
            out.append((s, e))
        pos = m.end()
    s, e = trim(text, pos, end, " \t\n")
    if s < e:
        out.append((s, e))
    return tuple(out)


def clauses(text: str, start: int, end: int, seps: str = ";") -> list[tuple[int, int]]:
    """Spans between separators (default ";"), trimmed of spaces and trailing punctuation."""
    out = []
    pos = start
    depth = 0
    for m in _clause_marks(seps).finditer(text, start, end):  # brackets and separators: the rest is passed over
        c, i = m.group(), m.start()
        if c == "(":
            depth += 1
        elif c == ")":
            depth = max(0, depth - 1)
        elif depth == 0:
            s, e = trim(text, pos, i)
            if s < e:
                out.append((s, e))
            pos = i + 1
    s, e = trim(text, pos, end)
    if s < e:
        out.append((s, e))
    return out


@lru_cache(maxsize=16)
def _clause_marks(seps: str) -> re.Pattern:
    return re.compile("[()" + "".join(re.escape(c) for c in seps if c not in "()") + "]")
