"""The one place where Vietnamese text is normalised and folded.

Every stage works on the output of :func:`normalise`; character offsets of
extracted items refer to it.

>>> normalise("Tỉnh uỷ  Hoà Bình\\u00a0– khoá X")
'Tỉnh ủy  Hòa Bình - khóa X\\n'
>>> fold("Ban Tổ chức Tỉnh ủy, Đảng đoàn")
'ban to chuc tinh uy, dang doan'
>>> slug("Đề án 03-ĐA/TU")
'de-an-03-da-tu'
"""

from __future__ import annotations

import re
import unicodedata

from .syllables import unglue

__all__ = ["normalise", "fold", "slug", "tone_marks_new_style", "remove_chrome"]

# Old-style tone placement ("hoà", "uỷ") -> the style used throughout ("hòa", "ủy").
# Only where the vowel pair ends the syllable: "hoàn", "khuỷu", "quý" are left alone.
_TONE_MARKS = {"\u0300": "grave", "\u0301": "acute", "\u0309": "hook", "\u0303": "tilde", "\u0323": "dot"}
_OLD_TO_NEW: dict[str, str] = {}
for _mark in _TONE_MARKS:
    for _first, _second in (("o", "a"), ("o", "e"), ("u", "y")):
        for _f, _s in ((_first, _second), (_first.upper(), _second), (_first.upper(), _second.upper())):
            old = unicodedata.normalize("NFC", _f + _s + _mark)
            new = unicodedata.normalize("NFC", _f + _mark + _s)
            _OLD_TO_NEW[old] = new
_OLD_RE = re.compile(
    r"(?<![qQ])(" + "|".join(sorted(map(re.escape, _OLD_TO_NEW), key=len, reverse=True)) + r")(?![^\W\d_])"
)

_SPACES = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\u3000]")
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
_DASHES = re.compile(r"[\u2010-\u2015\u2212]")

# Site chrome: a line equal to one of these ends the article (everything after it goes) ...
_CHROME_END = re.compile(
    r"^(phản hồi|các tin khác|tin cùng chuyên mục|bài viết cùng chuyên mục|tin liên quan|"
    r"xem tin theo ngày\b.*|view counter|bình luận|ý kiến bạn đọc)\s*:?\s*$",
    re.IGNORECASE,
)
# ... and a line matching one of these is dropped wherever it stands.
_CHROME_LINE = re.compile(
    r"^(chia sẻ\s*:?|skip to content|mới nhất|xem nhiều nhất|bài viết mới|language|in bài viết|"
    r"views? (today|this month|this year)\s*:.*|total views?\s*:.*|[.\s·•]*|\d{4,}|"
    r"print|email|facebook|twitter|zalo|quay lại|lên đầu trang)$",
    re.IGNORECASE,
)


def tone_marks_new_style(text: str) -> str:
    """Move old-style tone marks ("oà", "uỷ") onto the first vowel ("òa", "ủy").

    >>> tone_marks_new_style("Uỷ ban, hoà bình, hoàn thành, thuý, quý, khuỷu")
    'Ủy ban, hòa bình, hoàn thành, thúy, quý, khuỷu'
    """
    return _OLD_RE.sub(lambda m: _OLD_TO_NEW[m.group(1)], text)


def _tokens(line: str) -> set[str]:
    return set(re.findall(r"\w+", fold(line)))


def remove_chrome(text: str) -> str:
    """Drop navigation, counters, share buttons and photo captions printed twice."""
    lines = [ln.rstrip() for ln in text.split("\n")]
    n = len(lines)
    out: list[str] = []
    total = sum(len(ln) + 1 for ln in lines)
    at = 0  # where the next line starts, in characters of these lines
    for i, line in enumerate(lines):
        start, at = at, at + len(line) + 1
        stripped = line.strip()
        if _CHROME_END.match(stripped) and i >= n // 3:
            # an end marker in the last third of the page cuts the rest; but a share bar ("Chia sẻ / Bình luận / In
            # bài viết") under a headline, with the article after it, is dropped alone: where less text comes
            # after the marker than before it, the page ends there
            if total - start <= start:
                break
            continue
        if stripped and _CHROME_LINE.match(stripped):
            continue
        out.append(line)
    # a caption followed by a near-identical, longer caption: keep only the second
    kept: list[str] = []
    for i, line in enumerate(out):
        nxt = next((x for x in out[i + 1 : i + 2] if x.strip()), "")
        s = line.strip()
        if s and nxt and len(s) < 250 and not s.endswith((".", ":", ";")) and len(nxt.strip()) >= len(s) * 0.8:
            a, b = _tokens(s), _tokens(nxt)
            if a and len(a & b) / len(a) >= 0.75 and len(a) >= 4:
                continue
        kept.append(line)
    joined = "\n".join(kept)
    joined = re.sub(r"\n[ \t]*\n(?:[ \t]*\n)+", "\n\n", joined)
    return joined.strip() + "\n"


_LOWER = "a-zđàáảãạăắằẳẵặâấầẩẫậèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ"
# (after a comma too: "Giao Thường trực Hội đồng nhân dân,\ncác Ban Hội đồng nhân dân, …")
# (not a lettered item: "… điều hành thực hiện\na) Giám đốc Sở Kế hoạch và Đầu tư:" opens a line of its own)
_WRAPPED = re.compile(r"(?:(?<=[^\W\d_])|(?<=,)[ \t]*)\n(?=[" + _LOWER + r"])(?![a-zđ]\)\s)")
# a line that ends on a word no sentence or heading ends on goes on in the next, whatever its case: a hard-wrapped
# decision ("phối hợp với các\nSở, ngành", "ban hành kèm theo Quyết định của\nChủ tịch", "Điều 2. Giao Sở\nTài chính")
_DANGLING = re.compile(
    r"(?<![^\W_])(của|các|với|và|cho|những|giao|Giao|tại|về|theo|trong|để|từ|đến|do|bởi|gồm|hoặc|cùng|Sở)"
    r"[ \t]*\n(?=[^\W\d_])"
)
# and a line of a wrapped text's width (not a news paragraph's) that ends on a comma goes on in the next when that
# opens with a capitalised word, not a heading in capitals ("Giám đốc Sở Y tế,\nGiám đốc, Thủ trưởng các sở"; not
# "ngày 10/8/2011,\nQUYẾT ĐỊNH:")
_COMMA_WRAPPED = re.compile(r"(?m)^([^\n]{30,100}),[ \t]*\n(?=(?![" + _LOWER + r"])[^\W\d_][" + _LOWER + r"])")
# words a PDF copy glued: "Chủ tịchỦy ban", "Điều3." (no Vietnamese word has a capital with a mark after a small
# letter; a plain capital may: "kWh", "iPhone"), and a page's address glued to a name
_GLUED = re.compile(
    r"(?<=[" + _LOWER + r"])(?=[ÀÁẢÃẠĂẮẰẲẴẶÂẤẦẨẪẬĐÈÉẺẼẸÊẾỀỂỄỆÌÍỈĨỊÒÓỎÕỌÔỐỒỔỖỘƠỚỜỞỠỢÙÚỦŨỤƯỨỪỬỮỰỲÝỶỸỴ])|(?<=\bĐiều)(?=\d)"
    # a web address glued to the word before it: "xã Dầu Giâyhttps://…"
    r"|(?<=[^\W\d_])(?=https?://)"
)
_LOOK_ALIKE = str.maketrans({"\u00d0": "\u0110", "\u00f0": "\u0111"})


def normalise(text: str, *, chrome: bool = True) -> str:
    """NFC, one tone-mark style, plain spaces and hyphens, no invisible characters,
    no site chrome. Idempotent: ``normalise(normalise(t)) == normalise(t)``."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _INVISIBLE.sub("", text)
    text = unicodedata.normalize("NFC", text)
    text = _SPACES.sub(" ", text)
    text = _DASHES.sub("-", text)
    text = text.translate(_LOOK_ALIKE)  # Ð (U+00D0, Icelandic eth) typed for Đ (U+0110)
    text = _WRAPPED.sub(" ", text)  # a hard-wrapped line ("đơn vị sự\nnghiệp") goes on with a lower-case word
    text = _DANGLING.sub(r"\1 ", text)
    text = _COMMA_WRAPPED.sub(r"\1, ", text)
    text = text.replace("\t", " ")
    text = tone_marks_new_style(text)
    text = _GLUED.sub(" ", text)
    text = unglue(text)  # "Đào tạochủ trì": two syllables a copy glued
    if chrome:
        text = remove_chrome(text)
    return text


# the combining marks of U+0300-U+036F (Vietnamese tone and vowel marks after NFD): removed by one pattern; any
# other character past them is kept or removed one by one (U+034F is in the block but does not combine)
_MARKS = re.compile("[" + "".join(chr(c) for c in range(0x300, 0x370) if unicodedata.combining(chr(c))) + "]+")
_PAST_MARKS = re.compile(r"[^\x00-\u036f]")


def _uncombined(m: re.Match) -> str:
    return "" if unicodedata.combining(m.group()) else m.group()


def fold(text: str) -> str:
    """Lower case without diacritics (đ -> d): the key for diacritic-insensitive search."""
    if _BY_TABLE.fullmatch(text):  # ASCII and Latin letters only, as nearly every text: one character at a time
        return text.translate(_FOLD_TABLE)
    return _fold(text)


def _fold(text: str) -> str:
    text = text.replace("đ", "d").replace("Đ", "D").replace("ð", "d").replace("Ð", "D")  # no decomposition
    text = _MARKS.sub("", unicodedata.normalize("NFD", text))
    if not text.isascii():
        text = _PAST_MARKS.sub(_uncombined, text)
    return text.lower()


# Characters folded the same wherever they stand: ASCII and the Latin letters (Vietnamese ones among them) that are
# no combining mark and do not decompose into one first. _fold of a text made of them is the _fold of each, one after
# another (decomposition, removing marks and lower case work within a character; lower case looks at its
# neighbours only for the Greek capital sigma): a table of each one's fold gives it in one pass.
_TABLE_CHARS = [chr(c) for c in range(0x80)] + [
    c
    for c in map(chr, [*range(0xC0, 0x250), *range(0x1E00, 0x1F00)])
    if unicodedata.category(c).startswith("L")
    and not unicodedata.combining(c)
    and not unicodedata.combining(unicodedata.normalize("NFD", c)[0])
]
_FOLD_TABLE = {ord(c): _fold(c) for c in _TABLE_CHARS}
_BY_TABLE = re.compile("[\x00-\x7f" + "".join(c for c in _TABLE_CHARS if ord(c) > 0x7F) + "]*")


def slug(text: str) -> str:
    """ASCII slug for IRIs: folded, runs of anything else become one hyphen."""
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")
