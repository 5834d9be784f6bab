"""Vietnamese words glued by a copy (a law site's HTML, a PDF): "Đào tạochủ trì", "Ủy ban nhân dântỉnh",
"Quyết địnhsố", "BANHÀNH".

Every Vietnamese syllable has one vowel nucleus, written as one run of vowel letters ("uyê" in "quyết", "oa" in
"hoạch"); a run of letters with two runs of vowels, marked as Vietnamese (a tone mark or đ, ă, â, ê, ô, ơ, ư), is
syllables glued. Where the consonants between two vowels may split several ways ("BANHÀNH": "ba nhành" or "ban
hành"), the text itself decides: the word is cut where every piece is a syllable the text writes on its own
elsewhere, the pieces the text writes most often first. A word the text gives no such cut is cut only where a small
letter meets a capital ("HưngYên"), else left as written ("Lênin", "vaccine", "baolaocai").

>>> unglue("Trường chủ trì đào tạo. Đào tạochủ trì; Nghị quyết số 5, nghịquyết; ban hành, BANHÀNH; Lênin; HưngYên")
'Trường chủ trì đào tạo. Đào tạo chủ trì; Nghị quyết số 5, nghị quyết; ban hành, BAN HÀNH; Lênin; Hưng Yên'
>>> unglue("Tuyên Quang, Hòa Bình, nghiêng, quyết, giữa, khuyến khích, vaccine")
'Tuyên Quang, Hòa Bình, nghiêng, quyết, giữa, khuyến khích, vaccine'
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

__all__ = ["unglue"]

_VOWELS = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ"
_MARKED = re.compile("[đàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]")
# one run of vowels ("gi", "qu": the initial's vowel letter is in the run, "giai", "quyết")
_VOWEL_RUN = re.compile("[" + _VOWELS + "]+")
_WORD = re.compile(r"[^\W\d_]+")
_FINALS = frozenset(("", "c", "ch", "m", "n", "ng", "nh", "p", "t"))
_INITIALS = frozenset("b c ch d đ g gh gi h k kh l m n ng ngh nh p ph q qu r s t th tr v x".split()) | {""}
# a small letter then a capital inside a word: two words ("HưngYên", "giúpGiám")
_CASE_CUT = re.compile(r"(?<=[a-zđ" + _VOWELS + r"])(?=[A-ZĐ])")


def _cuts(low: str) -> Iterator[list[int]]:
    """Every way to cut a word (lower case) into pieces of one vowel run, each cut between a final and an initial."""
    runs = list(_VOWEL_RUN.finditer(low))
    if len(runs) < 2:
        yield []
        return
    first, second = runs[0], runs[1]
    cluster = low[first.end() : second.start()]
    for k in range(len(cluster) + 1):
        if cluster[:k] in _FINALS and cluster[k:] in _INITIALS:
            at = first.end() + k
            for rest in _cuts(low[at:]):
                yield [at, *(at + r for r in rest)]


def _pieces(word: str, cuts: list[int]) -> list[str]:
    bounds = [0, *cuts, len(word)]
    return [word[a:b] for a, b in zip(bounds, bounds[1:], strict=False)]


def _word_at(text: str, pos: int) -> str:
    """The word (letters) around text[pos]."""
    start = pos
    while start > 0 and (text[start - 1].isalpha()):
        start -= 1
    m = _WORD.match(text, start)
    return m.group(0) if m else ""


def _glued(word: str) -> bool:
    low = word.lower()
    return len(_VOWEL_RUN.findall(low)) >= 2 and _MARKED.search(low) is not None


def unglue(text: str) -> str:
    """``text`` with each word that holds glued Vietnamese syllables cut between them, as the text decides (again
    until nothing changes: a cut may write on its own a syllable another word's cut needs)."""
    for _ in range(4):
        cut = _unglue_once(text)
        if cut == text:
            break
        text = cut
    return text


# a vowel, consonants, a vowel inside one word: no Vietnamese syllable is written so (looked for first, in one scan)
_SUSPECT = re.compile("[" + _VOWELS + "][^\\W\\d_" + _VOWELS + "]+[" + _VOWELS + "]", re.I)


def _unglue_once(text: str) -> str:
    if not any(_glued(_word_at(text, m.start())) for m in _SUSPECT.finditer(text)):
        return text
    words = _WORD.findall(text)
    written = Counter(w.lower() for w in words if not _glued(w))  # the syllables the text writes on their own

    def cut(m: re.Match) -> str:
        word = m.group(0)
        if not _glued(word):
            return word
        scored = []
        for cuts in _cuts(word.lower()):
            pieces = _pieces(word.lower(), cuts)
            if all(written[p] for p in pieces):
                scored.append((min(written[p] for p in pieces), sum(written[p] for p in pieces), cuts))
        if scored:
            return " ".join(_pieces(word, max(scored)[2]))
        return _CASE_CUT.sub(" ", word)

    return _WORD.sub(cut, text)
