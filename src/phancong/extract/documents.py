"""Recognising plan documents mentioned in text: type, number, date, issuer, identity.

>>> [(d.type, d.number, d.issued) for d in find_documents("Ngày 12/6/2021, BCH ban hành Đề án số 03-ĐA/TU về nâng cao")]
[('Scheme', '03-ĐA/TU', None)]
>>> text = "Nghị quyết số 22-NQ/TW ngày 2-2-2008 của BCH Trung ương (khóa X)"
>>> [(d.type, d.number, d.issued) for d in find_documents(text)]
[('Resolution', '22-NQ/TW', '2008-02-02')]
>>> [(d.type, d.number) for d in find_documents("Kế hoạch 19/KH-UBND và Chương trình số 161-CTr/BCSĐUBND-BDVTU")]
[('Plan', '19/KH-UBND'), ('Programme', '161-CTr/BCSĐUBND-BDVTU')]
>>> text = "Nghị quyết Đại hội XIII của Đảng; Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng"
>>> [(d.type, d.identity) for d in find_documents(text)]
[('Resolution', 'resolution:congress:national:xiii'), ('Resolution', 'resolution:congress:national:xiii')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..text.normalise import fold, slug
from ..text.numbers import DATE_RE, parse_date
from ..text.prefilter import Prefiltered

__all__ = ["DocumentMention", "find_documents", "TYPES"]

TYPES: list[tuple[str, str]] = [
    ("Chương trình hành động", "ActionProgramme"),
    ("Chương trình phối hợp", "Programme"),
    ("Chương trình", "Programme"),
    ("Nghị quyết", "Resolution"),
    ("Đề án", "Scheme"),
    ("Kế hoạch", "Plan"),
    ("Chỉ thị", "Directive"),
    ("Kết luận", "Conclusion"),
    ("Quyết định", "Decision"),
    ("Quy chế", "Regulation"),
    ("Quy định", "Regulation"),
    # documents that are not plans but carry duties or cite plans: typed Other, the kind kept as written
    ("Hướng dẫn", "Other"),
    ("Nghị định", "Other"),
    ("Thông tư", "Other"),
    ("Công điện", "Other"),
    ("Thông báo", "Other"),
    ("Tờ trình", "Other"),
    ("Công văn", "Other"),
    ("Báo cáo", "Other"),
    ("Văn bản", "Other"),  # "văn bản số 7207/UBND-NL4": a letter, counted only with its number
    ("văn bản", "Other"),
]
# the type of a numbered document by the code inside its number (state headers "Số: 19/KH-UBND")
CODE_TYPES = {
    "NQ": "Resolution",
    "ĐA": "Scheme",
    "CTr": "ActionProgramme",
    "KH": "Plan",
    "CT": "Directive",
    "KL": "Conclusion",
    "QĐ": "Decision",
    "QC": "Regulation",
    "QĐi": "Regulation",
    "HD": "Other",
    "TB": "Other",
    "TTr": "Other",
    "CV": "Other",
    "BC": "Other",
    "NĐ": "Other",
    "TT": "Other",
    "CĐ": "Other",
}
_TYPE_OF = {fold(k): v for k, v in TYPES}
_TYPE_OF["chuong trinh"] = "Programme"
_TYPE_RE = "|".join(k for k, _ in TYPES)
# a type word in lower case ("tại công văn số 4262/SKHĐT-TH") names a document only with its number: looked for
# back from "số <digit>" (lower-case initials stand at most words, a scan from each would cost a tenth of extraction)
_LOWER_TYPE_RE = "|".join(k[0].lower() + k[1:] for k, _ in TYPES if k[0].isupper())
_LOWER_TYPE_BEFORE = re.compile(r"(?<![\w])(?:" + _LOWER_TYPE_RE + r")(?:\s+(?!số\b)[^\W\d_]+){0,3}\s+$")
_NUMBER_WORD = re.compile(r"số\s*:?\s*(?=\d)")  # (no \b first: a pattern that opens with one is tried everywhere)
# party style 03-ĐA/TU, 161-CTr/BCSĐUBND-BDVTU ; state style 19/KH-UBND, 202/2025/QH15
_NUM = (
    # "203 KL/TƯ": the dash left out, Trung ương abbreviated with its Ư
    r"\d{1,4}[a-z]?(?:\s?-\s?|\s(?=[A-ZĐ]+/))[A-ZĐa-zđ]+(?:/[A-ZĐƯa-zđ0-9]+(?:-[A-ZĐa-zđ0-9&]+)*)+"
    # "78/TTr-SNN&PTNT"; "01/CTr- UBND" (a space after the dash, before the issuer's capitals)
    # "12893/TTr-STC" (five digits), "875/ UBND-NL", "Số: 2033 /QĐ-UBND" (a space by the slash)
    # ("56/TTr – SCT": a spaced dash, kept as written)
    r"|\d{1,5}(?:/\d{4})?\s?/\s?[A-ZĐ][A-ZĐa-zđ0-9]*(?:(?:-(?:\s(?=[A-ZĐ]))?|\s[-–]\s(?=[A-ZĐ]))[A-ZĐa-zđ0-9&]+)*"
)
_ROMAN = r"[IVXL]{1,6}"
_MENTION_RE = (
    r"(?<![\w])(?P<type>TYPES|chương trình(?= (?:làm việc|phối hợp|công tác)))(?P<tail>"
    # (glued by a law site's copy: "Quyết địnhsố 1270/QĐ-TTg")
    r"(?:(?:\s+(?!số\b)[a-zđăâêôơư][^\W\d_]*){0,3}\s*số\s*:?)?\s+(?P<number>" + _NUM + r")"  # numbered
    r"|\s+số\s+(?P<bare2>\d{1,4})(?![\d/%-]|[.,]\d)(?!\s*(?:năm|tháng))"  # "Chỉ thị số 01 ngày 30/7/2025"
    r"|(?:\s+số)?\s+(?P<numyear>\d{1,3})/(?P<year>(?:19|20)\d\d)(?![\w/-])"  # "Nghị quyết 21/2022": number, year
    r"|\s+(?P<bare>\d{2,4})(?![\d/%-]|[.,]\d)(?!\s*(?:năm|tháng|ngày))"  # "Chương trình 135", "Đề án 196"
    r"|\s+(?P<tw>Trung ương\s+\d{1,2}(?:\s+\(khóa\s+" + _ROMAN + r"\))?)"  # Nghị quyết Trung ương 4 (khóa XII)
    r"|\s+(?P<congress>Đại hội\s+"
    + _ROMAN
    + r"(?![\w])(?:\s+của Đảng)?|(?:Đại hội|Đảng bộ)[^.;:()]*?lần thứ\s+"
    + _ROMAN
    + r"(?![\w])(?:\s+(?:của Đảng|Đảng bộ tỉnh))?)"
    r"|\s+(?P<work>làm việc(?: toàn khóa)?(?:\s+của\s+[^.;:()\n,]{3,80}?)?)(?=[.;:(\n,]|\s+(?:khóa"
    r"|nhiệm kỳ)\b|$)"  # Quy chế làm việc của X
    r"|\s+(?P<about>(?:thực hiện|về|(?<=phối hợp) với)\s+[^.;:()\n]{3,160}?)(?=[.;:(\n]|,\s"
    r"|\s+(?:đã|đề ra|của|ngày|nhằm|được|với)\s|\s+như sau\b|$)"
    r")?"
)
MENTION = re.compile(_MENTION_RE.replace("TYPES", _TYPE_RE, 1))
_MENTION = Prefiltered(MENTION)  # tried only where a type word stands (text/prefilter.py): read over every text
_MENTION_LOWER = re.compile(_MENTION_RE.replace("TYPES", _LOWER_TYPE_RE, 1))


def _mentions(text: str, start: int, end: int) -> list[re.Match]:
    """The mentions of documents in text order: by their type word, and in lower case where a number follows."""
    found = _MENTION.finditer(text, start, end)
    for n in _NUMBER_WORD.finditer(text, start, end):
        if n.start() and (text[n.start() - 1].isalnum() or text[n.start() - 1] == "_"):
            continue  # inside a word
        lower = _LOWER_TYPE_BEFORE.search(text, max(start, n.start() - 60), n.start())
        m = _MENTION_LOWER.match(text, lower.start(), end) if lower else None
        # "Thông báo kết luận số 215-TB/TU": the lower-case word qualifies the type before it, one document
        if m is not None and m.group("number") and not any(f.start() < m.start() < f.end() for f in found):
            found.append(m)
    return sorted(found, key=lambda m: m.start()) if len(found) > 1 else found


@dataclass(frozen=True)
class DocumentMention:
    start: int
    end: int
    text: str
    type: str
    number: str | None
    issued: str | None
    identity: str  # documents with the same identity are the same document
    descriptor: str | None  # the words that name an unnumbered document
    congress_scope: str | None = None
    khoa: str | None = None


def _congress_identity(desc: str, doc_type: str) -> tuple[str, str]:
    f = fold(desc)
    roman = re.findall(r"\b([ivxl]{1,6})\b", f)
    n = roman[-1] if roman else "?"
    if "toan quoc" in f or f.endswith("cua dang") or re.fullmatch(r"dai hoi [ivxl]+( cua dang)?", f):
        scope = "national"
    elif re.search(r"dang bo (cac co quan|ccq|khoi)", f) or ("dang bo" not in f and "tinh" not in f):
        scope = "bloc" if re.search(r"co quan|ccq|khoi", f) else "local"
    elif "dang bo tinh" in f or "tinh" in f:
        scope = "province"
    else:
        scope = "local"
    return f"{slug(doc_type)}:congress:{scope}:{n}", scope


# a state document's header: "Số: 19/KH-UBND" on its own line, the kind in capitals on a line near it
# (also the header's table cells: "Số: 387/KH-UBND | Bắc Ninh, ngày …")
# (or run into one line, between the issuer in capitals and the place and date: "ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH Số:
# 125/KH-UBND Hòa Bình, ngày 12 tháng 3 năm 2027 KẾ HOẠCH …")
_STATE_HEADER = re.compile(
    # (or followed by the place and date on its line: "Số: 454/UBND-NCTH Vị Thanh, ngày 6 tháng 4 năm 2020")
    r"^\s*(?:\|\s*)?Số\s*:\s*(?P<number>" + _NUM + r")\s*(?:$|\||(?=[^\W\d_]+(?:\s+[^\W\d_]+){0,3},\s+ngày\s+\d))"
    r"|(?<=[A-ZĐƯỦÂÊÔƠĂ] )Số\s*:\s*(?P<inline>" + _NUM + r")(?=\s+[^\W\d_]+(?:\s+[^\W\d_]+){0,3},\s+ngày\s+\d)",
    re.M,
)
# an official letter's subject line or addressees after its number
_LETTER_AFTER = re.compile(r"^\s*(?:V/v\b|Kính gửi\s*:)", re.M)
_CAPS_KIND = re.compile(r"^\s*(" + "|".join(k.upper() for k, _ in TYPES) + r")\s*$", re.M)


def _state_headers(text: str, start: int, end: int) -> list[DocumentMention]:
    out: list[DocumentMention] = []
    if text.find("Số", start, end) < 0:  # (the header's word first: the pattern is tried at every position)
        return out
    for m in _STATE_HEADER.finditer(text, start, end):
        group = "number" if m.group("number") else "inline"
        number = clean_number(m.group(group))
        kind = _CAPS_KIND.search(text, m.end(), min(len(text), m.end() + 400))
        doc_type: str | None
        if kind:
            doc_type = _TYPE_OF[fold(kind.group(1).lower())]
        else:
            code = re.search(r"/([A-ZĐa-z]+)-", number) or re.search(r"-([A-ZĐa-z]+)/", number)
            doc_type = CODE_TYPES.get(code.group(1)) if code else None
            if not doc_type and _LETTER_AFTER.search(text, m.end(), min(len(text), m.end() + 300)):
                doc_type = "Other"  # "Số: 476/UBND … V/v …, Kính gửi: …": an official letter, its code the issuer's
        if not doc_type:
            continue
        date = re.search(r"ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}", text[m.end() : m.end() + 200])
        issued = parse_date(date.group(0)[5:]) if date else None
        identity = _numbered_identity(doc_type, number, issued)
        s, e = m.start(group), m.end(group)
        out.append(DocumentMention(s, e, text[s:e], doc_type, number, issued, identity, "state-header"))
    return out


def clean_number(written: str) -> str:
    """A document number as one token: "100 - KL/TW" and "203 KL/TƯ" are 100-KL/TW and 203-KL/TW, "875/ UBND-NL"
    is 875/UBND-NL."""
    number = re.sub(r"^(\d{1,4}[a-z]?)\s+(?=[A-ZĐ]+/)", r"\1-", written.strip())
    return re.sub(r"/TƯ\b", "/TW", re.sub(r"\s+", "", number))


def _numbered_identity(doc_type: str, number: str, issued: str | None) -> str:
    """One numbered document: its type, number and year (the same number in another year is another document)."""
    return f"{slug(doc_type)}:{slug(number)}" + (f":{issued[:4]}" if issued else "")


def _date_after(text: str, pos: int) -> re.Match | None:
    """The issue date right after a document's number: "…, ngày 24 tháng 10 năm 2025", "ban hành ngày 9-11-2022"."""
    dm = re.match(r"\s*,?\s*(?:ban hành\s+)?ngày\s+", text[pos : pos + 40])
    if dm is None:
        return None
    return DATE_RE.match(text, pos + dm.end() - len("ngày ")) or DATE_RE.match(text, pos + dm.end())


# further numbers of the same type listed after one: "các Nghị quyết số 347/NQ-CP ngày …, số 380/NQ-CP ngày …"
# (and after a plural head and a colon: "các Nghị quyết của HĐND tỉnh: số 60/NQ-HĐND …; số 61/NQ-HĐND …")
# (and without "số" again: "Tờ trình số: 421/TTr-STC ngày 29/10/2025, 501/TTr-STC ngày 20/11/2025")
_MORE_NUMBERED = re.compile(r"\s*(?:,|;|:|\s+và)\s*(?:[Ss]ố\s*:?\s+)?(?P<number>" + _NUM + r")")
# bare numbers listed after a bare one: "các Quyết định 2950, 2951, 2952 và 2953"
_MORE_BARE = re.compile(r"\s*(?:,|\s+và)\s*(?P<number>\d{2,5})(?![\d/%-]|[.,]\d|\s*(?:năm|tháng|ngày)\b)")
# what a listed document is about, before the next one: "số 60/NQ-HĐND ngày 09/12/2022 về Kế hoạch …; số 61/…"
_ABOUT_BEFORE_NEXT = re.compile(r"\s+về\s+[^;:.\n]{1,120}?(?=\s*(?:;|,|\s+và)\s*số\s+\d)")
# a plural type word and whose they are, before the colon that lists them
_PLURAL_HEAD = re.compile(r"(?:\s+của\s+[^:;.\n]{2,40}?)?(?=\s*:\s*[Ss]ố\s+\d)")
# a law by its number: "Luật Tổ chức chính quyền địa phương số 72/2025/QH15"
# ("Luật số 87/2025/QH15", "Luật Quản lý, sử dụng tài sản công số 15/2017/QH14")
_LAW = re.compile(r"\bLuật(?:,?\s+[^\W\d_]+){0,12}?\s+số\s*:?\s+(?P<number>\d{1,3}/\d{4}/QH\d{1,2})")


# a numbered document named in a title in capitals: "KẾ HOẠCH THỰC HIỆN NGHỊ QUYẾT SỐ 01/NQ-CP NGÀY 08 THÁNG 01 …"
_CAPS_NUMBERED = re.compile(
    r"(?<![\w])(?P<type>"
    + "|".join(k.upper() for k, _ in TYPES if k[0].isupper())
    + r")\s+SỐ\s*:?\s+(?P<number>"
    + _NUM
    + r")"
)
# (both tried only where their first word stands: opening with an assertion, each was tried at every position)
_CAPS_NUMBERED_AT = Prefiltered(_CAPS_NUMBERED)
_LAW_AT = Prefiltered(_LAW)


def _listed_after(text: str, pos: int, end: int, doc_type: str, bare: bool = False) -> list[DocumentMention]:
    out = []
    listed = _MORE_BARE if bare else _MORE_NUMBERED
    while True:
        about = _ABOUT_BEFORE_NEXT.match(text, pos, end)
        more = listed.match(text, about.end() if about else pos, end)
        if more is None:
            break
        number = clean_number(more.group("number"))
        pos = more.end()
        d = _date_after(text, pos)
        issued = parse_date(d.group(0)) if d else None
        pos = d.end() if d else pos
        s, e = more.start("number"), more.end("number")
        out.append(
            DocumentMention(
                s, e, text[s:e], doc_type, number, issued, _numbered_identity(doc_type, number, issued), None
            )
        )
    return out


def _plural_listed(text: str, m: re.Match, end: int, doc_type: str) -> list[DocumentMention]:
    """The numbered documents listed after a plural type word and a colon ("các Nghị quyết của HĐND tỉnh: số …")."""
    if not re.search(r"\b[Cc]ác\s+$", text[max(0, m.start() - 5) : m.start()]):
        return []
    plural = _PLURAL_HEAD.match(text, m.end(), end)
    return _listed_after(text, plural.end(), end, doc_type) if plural else []


def find_documents(text: str, start: int = 0, end: int | None = None) -> list[DocumentMention]:
    end = len(text) if end is None else end
    out: list[DocumentMention] = _state_headers(text, start, end)
    for m in _mentions(text, start, end):
        type_word = m.group("type")
        doc_type = _TYPE_OF[fold(type_word)]
        number = m.group("number") or m.group("bare2") or m.group("bare") or m.group("numyear")
        if number:
            number = clean_number(number)  # "100 - KL/TW" is 100-KL/TW
        if doc_type == "Other" and not number:
            # "Báo cáo kết quả ...", "hướng dẫn của Trung ương": a verb or a generic noun; but "các Nghị định của
            # Chính phủ: Số 02/2003/NĐ-CP …; số 114/2009/NĐ-CP …" lists numbered ones
            out.extend(_plural_listed(text, m, end, doc_type))
            continue
        mend = m.end()
        issued = m.group("year")
        d = _date_after(text, mend)
        if d:
            issued = parse_date(d.group(0))
            mend = d.end()
        khoa = None
        km = re.match(r"\s*(?:của [^.;()]{0,60}?)?\s*\(khóa\s+(" + _ROMAN + r")\)", text[mend : mend + 80])
        if km:
            khoa = km.group(1)
        descriptor = congress_scope = None
        if number:
            identity = _numbered_identity(doc_type, number, issued)
        elif m.group("tw"):
            descriptor = m.group("tw")
            identity = f"{slug(doc_type)}:tw:{slug(descriptor)}"
        elif m.group("congress"):
            descriptor = m.group("congress")
            identity, congress_scope = _congress_identity(descriptor, doc_type)
        elif m.group("work"):
            descriptor = m.group("work").strip()
            identity = f"{slug(doc_type)}:work:{slug(descriptor)}"
        elif m.group("about"):
            descriptor = m.group("about").strip()
            identity = f"{slug(doc_type)}:about:{slug(' '.join(descriptor.split()[:8]))}"
        else:
            # a bare type word ("Nghị quyết", "Đề án này"): an anaphor, resolved by the caller
            identity = f"{slug(doc_type)}:anaphor"
        head = text[m.start() : m.start() + 40]
        if type_word[0].islower() and not number and not re.match(r"chương trình (?:làm việc|phối hợp|công tác)", head):
            # "các nghị quyết, chỉ thị": generic; "chương trình làm việc toàn khóa", "văn bản số 12" are documents
            continue
        mtext, mend0 = m.group(0), m.end()
        coop = re.match(r"[Cc]hương trình phối hợp(?: năm (\d{4}))?", head)
        if coop and identity.endswith(":anaphor"):
            identity = "programme:phoi-hop"  # in one article, "Chương trình phối hợp" is one programme
            mtext, mend0 = coop.group(0), m.start() + coop.end()
            issued = issued or coop.group(1)
        nested = (
            [d for d in find_documents(text, m.start("about"), m.end("about")) if d.number]
            if m.group("about") and not number
            else []
        )
        if nested and issued and not number:
            issued = None  # "... thực hiện Nghị quyết số 27-NQ/TW ngày 9-11-2022": the date is the resolution's
            identity = identity.rsplit(":", 1)[0] if identity.count(":") > 2 else identity
        out.append(
            DocumentMention(
                m.start(), mend0, mtext, doc_type, number, issued, identity, descriptor, congress_scope, khoa
            )
        )
        out.extend(nested)  # "Chương trình thực hiện Nghị quyết số 27-NQ/TW": the document it names too
        if number:
            out.extend(_listed_after(text, mend, end, doc_type, bare=bool(m.group("bare"))))
        else:
            out.extend(_plural_listed(text, m, end, doc_type))
    out.extend(_titles_and_laws(text, start, end))
    return out


def _titles_and_laws(text: str, start: int, end: int) -> list[DocumentMention]:
    """Numbered documents named outside the type-word mentions: in a title in capitals, and laws by number."""
    out: list[DocumentMention] = []
    for caps in _CAPS_NUMBERED_AT.finditer(text, start, end):  # "THỰC HIỆN NGHỊ QUYẾT SỐ 01/NQ-CP NGÀY …" (a title)
        doc_type, number = _TYPE_OF[fold(caps.group("type"))], clean_number(caps.group("number"))
        d = re.match(r"\s+NGÀY\s+(\d{1,2})\s+THÁNG\s+(\d{1,2})\s+NĂM\s+(\d{4})", text[caps.end() : caps.end() + 40])
        issued = f"{d.group(3)}-{int(d.group(2)):02d}-{int(d.group(1)):02d}" if d else None
        identity = _numbered_identity(doc_type, number, issued)
        out.append(DocumentMention(caps.start(), caps.end(), caps.group(0), doc_type, number, issued, identity, None))
    for law in _LAW_AT.finditer(text, start, end):
        number = law.group("number")
        identity = _numbered_identity("Other", number, None)
        out.append(DocumentMention(law.start(), law.end(), law.group(0), "Other", number, None, identity, None))
    return out
