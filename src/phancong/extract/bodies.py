"""Recognising bodies (cơ quan, tổ chức) in Vietnamese text and naming them canonically.

A recogniser is a regular expression, a body type (slug of ontology/vocab-body-types.ttl),
a level and a function from the match to the canonical name (abbreviations expanded,
province left out: the province is a separate field).

>>> [(m.name, m.type) for m in find_bodies("Giao BTV Tỉnh ủy và UBKT Tỉnh ủy chủ trì")]
[('Ban Thường vụ Tỉnh ủy', 'standing-committee'), ('Ủy ban Kiểm tra Tỉnh ủy', 'inspection-commission')]
>>> [m.name for m in find_bodies("phối hợp với Sở Kế hoạch và Đầu tư, Ban Dân tộc tỉnh")]
['Sở Kế hoạch và Đầu tư', 'Ban Dân tộc tỉnh']
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

__all__ = ["BodyMatch", "find_bodies", "RECOGNISERS", "expand_head_list"]

W = r"[^\W\d_]"  # a letter
CAP = r"[A-ZĐÂĂÊÔƠƯÁÀẢÃẠ]"
TU = r"(?:Tỉnh ủy|Thành ủy)"
ROMAN = r"[IVXL]{1,6}\b"  # the provincial (or centrally-run city) committee
TINH = r"(?:tỉnh|thành phố)"

_DEPARTMENTS = [
    "Nội vụ", "Tài chính", "Kế hoạch và Đầu tư", "Giáo dục và Đào tạo", "Y tế", "Tư pháp", "Công Thương",
    "Xây dựng", "Giao thông vận tải", "Nông nghiệp và Phát triển nông thôn", "Nông nghiệp và Môi trường",
    "Tài nguyên và Môi trường", "Lao động - Thương binh và Xã hội", "Văn hóa, Thể thao và Du lịch",
    "Văn hóa và Thể thao", "Thông tin và Truyền thông", "Khoa học và Công nghệ", "Ngoại vụ",
    "Dân tộc và Tôn giáo", "Du lịch", "Công an",
]


@dataclass(frozen=True)
class BodyMatch:
    start: int
    end: int
    text: str
    name: str
    type: str
    level: str
    central: bool = False


def _fixed(name: str) -> Callable[[re.Match], str]:
    return lambda m: name


def _committee(m: re.Match) -> str:
    """Keep "Tỉnh ủy" or "Thành ủy" as written."""
    return "Thành ủy" if "Thành ủy" in m.group(0) else "Tỉnh ủy"


def _with_committee(prefix: str) -> Callable[[re.Match], str]:
    return lambda m: f"{prefix} {_committee(m)}"


@dataclass(frozen=True)
class Recogniser:
    pattern: re.Pattern
    type: str
    level: str
    name: Callable[[re.Match], str]
    central: bool = False


def _r(pattern: str, type_: str, level: str, name, central: bool = False, flags=0) -> Recogniser:
    if isinstance(name, str):
        name = _fixed(name)
    return Recogniser(re.compile(pattern, flags), type_, level, name, central)


# Order matters: longer, more specific names first; overlapping later matches are dropped.
RECOGNISERS: list[Recogniser] = [
    # central
    _r(r"Ban Chấp hành Trung ương(?: Đảng)?|BCH Trung ương|Trung ương Đảng(?= khóa)", "central-committee", "central",
       "Ban Chấp hành Trung ương Đảng", True),
    _r(r"Bộ Chính trị", "politburo", "central", "Bộ Chính trị", True),
    _r(r"Ban Bí thư(?! )|Ban Bí thư Trung ương(?: Đảng)?", "secretariat", "central", "Ban Bí thư Trung ương Đảng", True),
    _r(r"Ban (Tổ chức|Tuyên giáo|Dân vận|Nội chính|Kinh tế) Trung ương", "central-agency", "central",
       lambda m: f"Ban {m.group(1)} Trung ương", True),
    _r(r"Ủy ban Kiểm tra Trung ương", "central-agency", "central", "Ủy ban Kiểm tra Trung ương", True),
    _r(r"Quân ủy Trung ương", "central-agency", "central", "Quân ủy Trung ương", True),
    # provincial party committee and its organs
    _r(r"(?:Ban Thường vụ|BTV) " + TU, "standing-committee", "province", _with_committee("Ban Thường vụ")),
    _r(r"Thường trực " + TU, "standing-board", "province", _with_committee("Thường trực")),
    *[_r(r"Ban " + name + " " + TU, type_, "province", _with_committee("Ban " + name))
      for name, type_ in (("Tổ chức", "organisation-commission"), ("Tuyên giáo", "propaganda-commission"),
                          ("Dân vận", "mass-mobilisation-commission"), ("Nội chính", "internal-affairs-commission"),
                          ("Kinh tế", "economic-commission"))],
    _r(r"(?:Ủy ban|UB) [Kk]iểm tra " + TU + r"|UBKT " + TU, "inspection-commission", "province",
       _with_committee("Ủy ban Kiểm tra")),
    _r(r"Văn phòng " + TU, "party-office", "province", _with_committee("Văn phòng")),
    _r(r"Ban Chấp hành Đảng bộ " + TINH + r"(?! lần)|BCH Đảng bộ " + TINH + r"|Ban Chấp hành " + TU, "provincial-party-committee", "province",
       lambda m: "Thành ủy" if "thành phố" in m.group(0) or "Thành ủy" in m.group(0) else "Tỉnh ủy"),
    # bloc committees (Đảng ủy Khối các cơ quan tỉnh; Đảng bộ Các cơ quan tỉnh)
    _r(r"(?:Ủy ban|UB) [Kk]iểm tra Đảng ủy(?: Khối)? (?:các|Các) cơ quan tỉnh", "inspection-commission", "province",
       lambda m: "Ủy ban Kiểm tra Đảng ủy Khối các cơ quan tỉnh" if "Khối" in m.group(0)
       else "Ủy ban Kiểm tra Đảng ủy Các cơ quan tỉnh"),
    _r(r"(?:Ban Chấp hành |BCH )?Đảng (?:ủy|bộ) [Kk]hối (?:các )?cơ quan tỉnh|Đảng (?:ủy|bộ) [Kk]hối(?! doanh)",
       "bloc-party-committee", "province", "Đảng ủy Khối các cơ quan tỉnh"),
    _r(r"(?:Ban Chấp hành |BCH )?Đảng (?:ủy|bộ) [Kk]hối [Dd]oanh nghiệp tỉnh", "bloc-party-committee", "province",
       "Đảng ủy Khối Doanh nghiệp tỉnh"),
    _r(r"(?:Ban Chấp hành |BCH )?Đảng (?:ủy|bộ) (?:Các|các|CCQ) cơ quan tỉnh|Đảng bộ CCQ tỉnh", "bloc-party-committee", "province",
       "Đảng ủy Các cơ quan tỉnh"),
    # people's councils and committees, their party organs
    _r(r"Đảng đoàn (?:Hội đồng nhân dân|HĐND) " + TINH, "peoples-council-party-delegation", "province",
       lambda m: "Đảng đoàn Hội đồng nhân dân " + ("thành phố" if "thành phố" in m.group(0) else "tỉnh")),
    _r(r"Ban [Cc]án sự đảng (?:Ủy ban nhân dân|UBND) " + TINH, "peoples-committee-party-board", "province",
       lambda m: "Ban Cán sự đảng Ủy ban nhân dân " + ("thành phố" if "thành phố" in m.group(0) else "tỉnh")),
    _r(r"(?:Lãnh đạo )?(?:Ủy ban nhân dân|UBND) " + TINH, "peoples-committee", "province",
       lambda m: "Ủy ban nhân dân " + ("thành phố" if "thành phố" in m.group(0) else "tỉnh")),
    _r(r"(?:Lãnh đạo )?(?:Hội đồng nhân dân|HĐND) " + TINH, "peoples-council", "province",
       lambda m: "Hội đồng nhân dân " + ("thành phố" if "thành phố" in m.group(0) else "tỉnh")),
    # schools
    _r(r"Trường (?:Chính trị|Đào tạo cán bộ) (?:tỉnh(?! \w)|(?:" + CAP + W + r"*)(?: " + CAP + W + r"*){1,3})",
       "political-school", "province",
       lambda m: m.group(0) if not m.group(0).endswith("tỉnh") else "Trường Chính trị tỉnh"),
    _r(r"Trường Chính trị(?= )", "political-school", "province", "Trường Chính trị tỉnh"),
    # state agencies
    _r(r"Sở (" + "|".join(re.escape(d) for d in _DEPARTMENTS) + r")", "department", "province",
       lambda m: f"Sở {m.group(1)}"),
    _r(r"(?<!Ủy )Ban Dân tộc(?: tỉnh)?(?! Trung ương)", "ethnic-affairs-committee", "province", "Ban Dân tộc tỉnh"),
    _r(r"Công an tỉnh", "police", "province", "Công an tỉnh"),
    _r(r"Bộ Chỉ huy Quân sự tỉnh", "military-command", "province", "Bộ Chỉ huy Quân sự tỉnh"),
    _r(r"(?:Bộ Chỉ huy )?(?:Bộ đội )?Biên phòng tỉnh", "border-guard", "province", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh"),
    # front and mass organisations (and their party delegations)
    _r(r"(?:Ủy ban )?Mặt trận Tổ quốc(?: Việt Nam)? (?:tỉnh|" + TINH + r")|(?:Ủy ban )?MTTQ(?: Việt Nam)? tỉnh",
       "fatherland-front", "province", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"),
    _r(r"Liên đoàn [Ll]ao động tỉnh", "labour-federation", "province", "Liên đoàn Lao động tỉnh"),
    _r(r"Hội Nông dân tỉnh", "farmers-union", "province", "Hội Nông dân tỉnh"),
    _r(r"Hội Liên hiệp [Pp]hụ nữ tỉnh", "womens-union", "province", "Hội Liên hiệp Phụ nữ tỉnh"),
    _r(r"Hội Cựu chiến binh tỉnh", "veterans-association", "province", "Hội Cựu chiến binh tỉnh"),
    _r(r"Ban Thường vụ Tỉnh đoàn", "youth-union", "province", "Ban Thường vụ Tỉnh đoàn"),
    _r(r"Tỉnh đoàn|Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh", "youth-union", "province", "Tỉnh đoàn"),
    # bare names, resolved by the extractor from their neighbours or the article's subject
    _r(r"Ban Thường vụ(?=,)", "standing-committee", "province", "Ban Thường vụ"),
    _r(r"(?:Ủy ban|UB) [Kk]iểm tra Đảng ủy(?! Khối| [Cc]ác| CCQ)", "inspection-commission", "province",
       "Ủy ban Kiểm tra Đảng ủy"),
    # congresses (Đại hội): kept as bodies by the extractor only where they issue or act
    _r(r"Đại hội (?:[Đđ]ại biểu )?(?:toàn quốc )?lần thứ " + ROMAN + r"(?: của Đảng)?(?: Đảng bộ " + TINH + r")?"
       r"|Đại hội (?:[Đđ]ại biểu )?(?:Đảng bộ [^.;:,()\n]{2,40}?|toàn quốc) lần thứ " + ROMAN + r"(?: của Đảng)?"
       r"|Đại hội " + ROMAN + r"(?= của Đảng)(?: của Đảng)?",
       "party-congress", "province", lambda m: congress_name(m.group(0))),
    # district-level committees and other named party committees
    _r(r"(?:Đảng bộ|Đảng ủy) (huyện|thị xã|thành phố|TP\.?) (" + CAP + W + r"*(?: " + CAP + W + r"*){0,2})",
       "district-party-committee", "district",
       lambda m: {"huyện": "Huyện ủy", "thị xã": "Thị ủy"}.get(m.group(1), "Thành ủy") + " " + m.group(2)),
    _r(r"(Huyện ủy|Thị ủy) (" + CAP + W + r"*(?: " + CAP + W + r"*){0,2})", "district-party-committee", "district",
       lambda m: f"{m.group(1)} {m.group(2)}"),
    _r(r"Đảng bộ tỉnh(?= " + CAP + r")(?: " + CAP + W + r"*(?: " + CAP + W + r"*)?)?|Đảng bộ tỉnh(?! lần)",
       "provincial-party-committee", "province", "Tỉnh ủy"),
    _r(r"Đảng bộ (?!Khối|Các|CCQ|Công an|Biên phòng|Quân sự)(" + CAP + W + r"*(?: " + CAP + W + r"*){1,3})", "other", "district",
       lambda m: f"Đảng ủy {m.group(1)}"),
    # the provincial committee itself, last
    _r(TU + r"(?! viên)", "provincial-party-committee", "province", _committee),
    _r(r"Ban Chấp hành Đảng bộ(?= (?:ban hành|đã|thông qua))", "provincial-party-committee", "province", "Tỉnh ủy"),
]

# "các đảng đoàn: Mặt trận Tổ quốc tỉnh, Liên đoàn lao động tỉnh, ..." -> one party delegation each
_HEAD_LIST = re.compile(r"các đảng đoàn\s*:\s*", re.IGNORECASE)
_MASS_ORGS = [
    (r"Mặt trận Tổ quốc(?: Việt Nam)?(?: tỉnh)?", "Đảng đoàn Mặt trận Tổ quốc tỉnh"),
    (r"Liên đoàn [Ll]ao động(?: tỉnh)?", "Đảng đoàn Liên đoàn Lao động tỉnh"),
    (r"Hội Nông dân(?: tỉnh)?", "Đảng đoàn Hội Nông dân tỉnh"),
    (r"Hội Liên hiệp [Pp]hụ nữ(?: tỉnh)?", "Đảng đoàn Hội Liên hiệp Phụ nữ tỉnh"),
    (r"Hội Cựu chiến binh(?: tỉnh)?", "Đảng đoàn Hội Cựu chiến binh tỉnh"),
]
_SINGLE_DELEGATION = re.compile(
    r"Đảng đoàn (" + "|".join(p for p, _ in _MASS_ORGS) + r")")


def congress_name(text: str) -> str:
    """Canonical name of a congress: "Đại hội Đảng bộ tỉnh lần thứ XIX", "Đại hội đại biểu toàn quốc lần thứ XIII".

    >>> congress_name("Đại hội lần thứ XIX Đảng bộ tỉnh"), congress_name("Đại hội XIII của Đảng")
    ('Đại hội Đảng bộ tỉnh lần thứ XIX', 'Đại hội đại biểu toàn quốc lần thứ XIII')
    """
    n = re.findall(r"\b([IVXL]{1,6})\b", text)[-1]
    if "toàn quốc" in text or text.rstrip().endswith("của Đảng"):
        return f"Đại hội đại biểu toàn quốc lần thứ {n}"
    org = re.search(r"Đảng bộ ([^.;:,()\n]*?)(?= lần thứ|$)", text)
    org_name = org.group(1).strip() if org else ""
    org_name = re.sub(r"^CCQ\b", "Các cơ quan", org_name)
    return f"Đại hội Đảng bộ {org_name} lần thứ {n}".replace("  ", " ") if org_name else f"Đại hội lần thứ {n}"


def expand_head_list(text: str, start: int = 0, end: int | None = None) -> list[BodyMatch]:
    """Bodies named through a shared head: "các đảng đoàn: A, B, C" and "Đảng đoàn A"."""
    end = len(text) if end is None else end
    out: list[BodyMatch] = []
    for head in _HEAD_LIST.finditer(text, start, end):
        stop = text.find("\n", head.end(), end)
        stop = end if stop < 0 else stop
        colon = text.find(":", head.end(), stop)
        stop = colon if colon >= 0 else stop
        for pattern, name in _MASS_ORGS:
            for m in re.finditer(pattern, text[head.end():stop]):
                s, e = head.end() + m.start(), head.end() + m.end()
                out.append(BodyMatch(s, e, text[s:e], name, "party-delegation", "province"))
    for m in _SINGLE_DELEGATION.finditer(text, start, end):
        name = next(n for p, n in _MASS_ORGS if re.fullmatch(p, m.group(1)))
        out.append(BodyMatch(m.start(), m.end(), m.group(0), name, "party-delegation", "province"))
    return out


def find_bodies(text: str, start: int = 0, end: int | None = None) -> list[BodyMatch]:
    """All body mentions in text[start:end], leftmost-longest, no overlaps, in text order."""
    end = len(text) if end is None else end
    found: list[BodyMatch] = list(expand_head_list(text, start, end))
    for rec in RECOGNISERS:
        for m in rec.pattern.finditer(text, start, end):
            found.append(BodyMatch(m.start(), m.end(), m.group(0), rec.name(m), rec.type, rec.level, rec.central))
    found.sort(key=lambda b: (b.start, -(b.end - b.start)))
    out: list[BodyMatch] = []
    for b in found:
        if out and b.start < out[-1].end:
            continue
        out.append(b)
    return out
