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
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache

from ..text.prefilter import PatternSet
from .places import PROVINCE_AFTER, province_of

__all__ = ["BodyMatch", "find_bodies", "RECOGNISERS", "expand_head_list"]

W = r"[^\W\d_]"  # a letter
CAP = r"[A-ZĐÂĂÊÔƠƯÁÀẢÃẠ]"
TU = r"(?:[Tt]ỉnh [ủỦ]y|[Tt]hành [ủỦ]y|(?<=\s)TU(?![\w/-]))"  # "BTV TU", "UBKT TU": the abbreviation after an organ
ROMAN = r"[IVXL]{1,6}\b"
CONGRESS_N = r"(?:[IVXL]{1,6}|\d{1,2}|nhất)\b"  # "lần thứ XIX", "lần thứ 20", "lần thứ nhất"
TINH = r"(?:tỉnh|thành phố|TP\.?(?= ))"
# below the province: district and commune levels, and the name that follows ("huyện Nho Quan", "xã An Quang")
LOCAL = r"(?:huyện|thị xã|quận|thành phố|TP\.?|xã|phường|thị trấn|đặc khu)"
# a place name is written on one line: "tỉnh Bắc Giang" never takes the next line's first word
PLACE = r"(?:[^\S\n]+(?:" + CAP + W + r"*)(?:[^\S\n]+" + CAP + W + r"*){0,2})"
_LEVEL_OF = {"xã": "commune", "phường": "commune", "thị trấn": "commune", "đặc khu": "commune"}


_CITY = re.compile(r"thành phố|TP")


def _tinh(m: re.Match) -> str:
    return "thành phố" if _CITY.search(m.group(0)) else "tỉnh"


def _local_level(written: str) -> str:
    """The level word as written, "TP" / "TP." spelled out: "thành phố"."""
    return "thành phố" if written.startswith("TP") else written.strip()


def _local(prefix: str) -> Callable[[re.Match], str]:
    """ "Ủy ban nhân dân huyện Nho Quan": the organ, its level word and the place as written."""

    def name(m: re.Match) -> str:
        level = _local_level(m.group("lv"))
        return f"{prefix} {level}{' ' + ' '.join(m.group('place').split()) if m.group('place') else ''}"

    return name


_DEPARTMENTS = [
    "Nội vụ",
    "Tài chính",
    "Kế hoạch và Đầu tư",
    "Giáo dục và Đào tạo",
    "Y tế",
    "Tư pháp",
    "Công Thương",
    "Xây dựng",
    "Giao thông vận tải",
    "Nông nghiệp và Phát triển nông thôn",
    "Nông nghiệp và Môi trường",
    "Tài nguyên và Môi trường",
    "Lao động - Thương binh và Xã hội",
    "Văn hóa, Thể thao và Du lịch",
    "Văn hóa và Thể thao",
    "Thông tin và Truyền thông",
    "Khoa học và Công nghệ",
    "Ngoại vụ",
    "Dân tộc và Tôn giáo",
    "Du lịch",
    "Công an",
    "Lao động, Thương binh và Xã hội",
    "Giao thông - Vận tải",
    "Văn hóa - Thể thao và Du lịch",
    "Khoa học, Công nghệ",
    "Thông tin, Truyền thông",
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
    province: str | None = None  # the province named with the body ("Tỉnh ủy Thanh Hóa"), else None
    canonical: str | None = None  # the identity of a body named otherwise ("Tỉnh ủy" for "Ban Chấp hành Đảng bộ tỉnh")


def _fixed(name: str) -> Callable[[re.Match], str]:
    return lambda m: name


_CITY_COMMITTEE = re.compile(r"[Tt]hành [ủỦ]y")


def _committee(m: re.Match) -> str:
    """Keep "Tỉnh ủy" or "Thành ủy" as written ("Tỉnh Ủy" is the same word, "TU" its abbreviation)."""
    return "Thành ủy" if _CITY_COMMITTEE.search(m.group(0)) else "Tỉnh ủy"


def _any_case(words: str) -> str:
    """ "Tuyên giáo" also as written "tuyên giáo", "Tuyên Giáo": each word's first letter either case."""
    return " ".join(
        f"[{w[0].upper()}{w[0].lower()}]{re.escape(w[1:])}" if w[0].isalpha() else re.escape(w) for w in words.split()
    )


def _department(written: str) -> str:
    """The department's name as the list writes it ("Sở Nội Vụ" is Sở Nội vụ)."""
    return next((d for d in _DEPARTMENTS if d.lower() == written.lower()), written)


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


# Collective actors: plural groups named as one actor ("các sở, ban, ngành", "các huyện ủy, thành ủy,
# đảng ủy trực thuộc Tỉnh ủy", "Ủy ban nhân dân các huyện, thành phố", "đơn vị, địa phương có liên quan").
# The grammar: (organ of) + các/những + heads joined by ",", "và", "hoặc" + modifiers.
_HEAD = (
    r"(?i:cơ quan chuyên môn|cơ quan chuyên trách|cơ quan thông tin đại chúng|cơ quan báo chí|cơ quan|"
    r"đơn vị\s+sự\s+nghiệp|đơn vị|địa phương|sở|ban ngành|ban cán sự(?: đảng)?|ban [Đđ]ảng|ban"
    r"|ngành chức năng|ngành|cấp ủy(?: đảng)?|"
    r"tổ chức cơ sở đảng|tổ chức đảng|tổ chức chính trị\s*-\s*xã hội|tổ chức|đoàn thể(?: chính trị\s*-\s*xã hội)?|"
    r"[Mm]ặt trận(?: Tổ quốc)?|chính quyền|truyền thông|báo chí|cấp|"
    r"chi bộ|chi, đảng bộ|đảng bộ(?: cơ sở| cấp cơ sở)?|đảng ủy|huyện ủy|thị ủy|thành ủy|ban [Đđ]ảng|"
    r"đảng đoàn|ban cán sự(?: đảng)?|huyện|thị xã|thị|thành phố|xã|phường|thị trấn|đặc khu|"
    r"cơ sở giáo dục(?: và đào tạo)?|doanh nghiệp|trường|hội|bộ|ngành, địa phương)"
)
_MOD = (
    r"(?:\s+(?:trực thuộc(?:\s+(?:Tỉnh ủy|Thành ủy|Đảng ủy [^\W\d_]+(?: [^\W\d_]+){0,5}?(?= |$)|tỉnh))?|"
    r"có liên quan|liên quan|của tỉnh|thuộc (?:Ủy ban nhân dân|UBND) (?:tỉnh|thành phố)|thuộc tỉnh|"
    r"cấp (?:cơ sở|huyện|tỉnh|xã)|các cấp|trong tỉnh|trên địa bàn(?: tỉnh)?|"
    r"(?:chuyên trách )?tham mưu(?:,? giúp việc)?(?: của)? (?:Tỉnh ủy|Thành ủy|cấp ủy tỉnh|cấp ủy)|chức năng|ở cơ sở|"
    r"Đảng|đảng"
    r"|Trung ương và địa phương|"
    r"đóng (?:chân )?trên địa bàn(?: tỉnh| thành phố)?(?: " + CAP + W + r"*(?: " + CAP + W + r"*){0,2})?|"
    r"cơ sở|Tỉnh ủy|Thành ủy|(?:huyện|tỉnh|xã|thành phố)(?![^\W\d_])))*"
)
_ORGAN = (
    r"(?:[Bb]an [Tt]hường vụ|BTV|[Tt]hường trực|[Ủủ]y ban nhân dân|UBND|Hội đồng nhân dân|HĐND|"
    r"[Bb]an [Tt]uyên giáo|[Bb]an [Tt]ổ chức|[Ủủ]y ban [Kk]iểm tra|UBKT|[Cc]ấp ủy|Thủ trưởng|"
    r"[Tt]rung tâm bồi dưỡng chính trị|[Tt]rung tâm [Cc]hính trị)"
)
# a head is a common noun: "Sở" before a name ("Sở Nội vụ") starts a body of its own, not a list item
_NOT_NAMED = r"(?![^\W\d_])(?!\s+(?!Tỉnh ủy|Thành ủy|Đảng\b|Trung ương|Nhà nước)[A-ZĐ])"
COLLECTIVE_RE = re.compile(
    r"(?<![\w])(?:"
    + _ORGAN
    + r"\s+)?(?:[Cc]ác|[Nn]hững)\s+"
    + _HEAD
    + _NOT_NAMED
    + _MOD
    + r"(?:(?:\s*,\s*(?:các\s+)?|\s+và\s+(?:các\s+)?|\s+hoặc\s+)"
    + _HEAD
    + _NOT_NAMED
    + _MOD
    + r")*(?![^\W\d_])"
    r"|(?<![\w])(?:[Ủủ]y ban nhân dân|UBND|Đảng ủy|Hội đồng nhân dân|HĐND) (?:xã|phường|thị trấn"
    r"|đặc khu|huyện|thị xã|quận)"
    r"(?:\s*,\s*(?:xã|phường|thị trấn|đặc khu|huyện|thị xã|quận|thành phố))+"
    r"|(?<![\w])(?:Ủy ban )?(?:Mặt trận Tổ quốc|MTTQ)(?: Việt Nam)? các cấp"
    r"|(?<![\w])[Đđ]ảng ủy cấp trên trực tiếp (?:của )?cơ sở(?: trực thuộc (?:Tỉnh ủy|Thành ủy))?"
    r"|(?<![\w])[Cc]ấp ủy, tổ chức đảng"
    r"|(?<![\w])(?:[Cc]ấp ủy|[Bb]an tuyên giáo|[Bb]an tổ chức|[Ủủ]y ban kiểm tra) các cấp(?: trong tỉnh)?"
    r"|(?<![\w])(?:[Đđ]ơn vị|[Cc]ơ quan|[Nn]gành), (?:địa phương|đơn vị)(?: có liên quan| liên quan)"
)
_EXPAND = (
    (r"\bUBND\b", "Ủy ban nhân dân"),
    (r"^(?:Ủy ban )?(?:Mặt trận Tổ quốc|MTTQ)(?: Việt Nam)?", "Ủy ban Mặt trận Tổ quốc Việt Nam"),
    (r"\bHĐND\b", "Hội đồng nhân dân"),
    (r"\bBTV\b", "Ban Thường vụ"),
    (r"\bUBKT\b", "Ủy ban Kiểm tra"),
)


# A plural group or a Party organisation is an actor where it acts or receives: a duty verb follows it, or a
# verb that hands it a task (giao, đề nghị, phối hợp với ...) comes before it. Elsewhere ("đối với các chi bộ",
# "trong Đảng bộ tỉnh") it is what a sentence talks about, not a body.
ACT_VERBS = (
    r"(?:chủ trì|phối hợp|tham mưu|xây dựng|triển khai|tổ chức|thực hiện|quán triệt|chỉ đạo|lãnh đạo|"
    r"căn cứ|tiến hành|ban hành|rà soát|kiểm tra|giám sát|theo dõi|đôn đốc|hướng dẫn|báo cáo|tổng hợp|"
    r"đề xuất|nghiên cứu|chủ động|tập trung|tăng cường|đẩy mạnh|có trách nhiệm|chịu trách nhiệm|"
    r"phát huy|thành lập|hoàn thành|đề ra|xác định|phấn đấu|cụ thể hóa|bám sát|nâng cao|đổi mới|"
    r"tuyên truyền|vận động|thường xuyên|kịp thời|khẩn trương|nghiêm túc|tự kiểm tra|lập|"
    r"phát triển|kết nạp|bảo đảm|đảm bảo|duy trì|củng cố|kiện toàn|sắp xếp|bố trí|chuẩn bị|hoàn thiện|"
    r"phổ biến|phát động|vào cuộc|chỉnh sửa|bổ sung|hoàn chỉnh|thẩm định|tiếp nhận|quản lý|cập nhật|treo|"
    r"tổ chức thực hiện|"
    r"có buổi làm việc|làm việc|họp|tiếp|thăm|đẩy nhanh|bố trí|dành|hỗ trợ|tạo điều kiện|phân công|"
    r"là cơ quan|cần|phải|đã|sẽ|đang|vừa|tiếp tục|cũng|đều)"
)
_ACTS_AFTER = re.compile(
    r"[ \t]*(?:,[ \t]*)?(?:\(.{0,40}?\)[ \t]*)?(?:(?:theo|căn cứ) (?:chức năng,? nhiệm vụ(?: được giao)?|"
    r"phân cấp(?: quản lý)?)\s*,?\s*)?(?:" + ACT_VERBS + r"\b|chỉ tiêu\b|:)",
    re.I,
)
_RECEIVES_BEFORE = re.compile(
    r"(?:\b(?:giao|đề nghị|yêu cầu|chỉ đạo|phối hợp(?: với| cùng)?|với|cùng|cho|về|trình|đối với|giúp)"
    r"(?:\s+chỉ tiêu)?|[;:])\s*$",
    re.I,
)


def acts(text: str, start: int, end: int) -> bool:
    """Whether the body named at text[start:end] acts or receives (see ACT_VERBS)."""
    if re.search(r"\d\s*%?\s*(?:trở lên\s*)?$", text[max(0, start - 12) : start]):
        return False  # "100% cấp ủy, tổ chức đảng xây dựng ...": whom a target counts
    if re.match(r"\s*:\s*(?:Mặt trận|Liên đoàn|Hội|Đoàn)", text[end : end + 20]):
        return False  # "các đảng đoàn: Mặt trận Tổ quốc tỉnh, ...": a head whose members are named
    if re.search(r"\b(?:trực thuộc|thuộc|của|trong)\s*$", text[max(0, start - 12) : start]):
        return False  # "các đảng bộ trực thuộc Đảng bộ tỉnh": the body qualifies another
    if _ACTS_AFTER.match(text, end):
        return True
    before = text[max(0, start - 30) : start]
    if _RECEIVES_BEFORE.search(before):
        return not re.search(r"(?:đối với|về)\s*$", before, re.I)
    if re.search(r"(?:,|\bvà)\s*$", before):  # a further member of a list handed a task ("phối hợp với A, B")
        window = text[max(0, start - 90) : start]
        window = window[max(window.rfind("."), window.rfind(";"), window.rfind("\n")) + 1 :]
        verbs = list(re.finditer(r"\b(?:phối hợp|giao|đề nghị|yêu cầu|chỉ đạo|với|cùng|giúp)\b", window, re.I))
        if verbs and not re.search(r"\bđối với\b|\bcủa\b", window[max(0, verbs[-1].start() - 4) :], re.I):
            return True
    return start == 0 or text[start - 1] == "\n"


# the heads of a set of bodies, who stand for it as addressees ("Thủ trưởng các sở", "Chủ tịch UBND các huyện")
HEADS = r"(?:Thủ trưởng|Người đứng đầu|Chủ tịch|Giám đốc)"


def collective_name(written: str) -> str:
    """A collective actor's name: as written, abbreviations expanded, spaces and line breaks collapsed, one way
    of writing a dash between words ("chính trị-xã hội", "chính trị – xã hội": "chính trị - xã hội")."""
    name = " ".join(written.split())
    name = _DASH_BETWEEN_WORDS.sub(" - ", name)
    name = _HEADS_OF_SET.sub("", name)  # the heads: the set
    for pattern, full in _EXPANSIONS:
        name = pattern.sub(full, name)
    return name


_DASH_BETWEEN_WORDS = re.compile(r"(?<=[^\W\d_])\s*[-–—]\s*(?=[^\W\d_])")
_HEADS_OF_SET = re.compile(r"^" + HEADS + r"\s+(?=các\s)")
_EXPANSIONS = tuple((re.compile(pattern), full) for pattern, full in _EXPAND)


# Order matters: longer, more specific names first; overlapping later matches are dropped.
RECOGNISERS: list[Recogniser] = [
    # central
    _r(
        r"Ban Chấp hành Trung ương(?: Đảng)?|BCH Trung ương|Trung ương Đảng(?= khóa)",
        "central-committee",
        "central",
        "Ban Chấp hành Trung ương Đảng",
        True,
    ),
    _r(r"Bộ Chính trị", "politburo", "central", "Bộ Chính trị", True),
    _r(r"Ban Bí thư(?: Trung ương(?: Đảng)?)?", "secretariat", "central", "Ban Bí thư", True),
    _r(
        r"Ban (Tổ chức|Tuyên giáo|Dân vận|Nội chính|Kinh tế) Trung ương",
        "central-agency",
        "central",
        lambda m: f"Ban {m.group(1)} Trung ương",
        True,
    ),
    _r(r"Ủy ban Kiểm tra Trung ương", "central-agency", "central", "Ủy ban Kiểm tra Trung ương", True),
    _r(r"Quân ủy Trung ương", "central-agency", "central", "Quân ủy Trung ương", True),
    # provincial party committee and its organs
    _r(r"(?:Ban [Tt]hường vụ|BTV) " + TU, "standing-committee", "province", _with_committee("Ban Thường vụ")),
    _r(r"Thường trực " + TU, "standing-board", "province", _with_committee("Thường trực")),
    # the same organs of a district committee ("Ban Thường vụ Huyện ủy", "Văn phòng Thị ủy Hương Trà")
    *[
        _r(
            r"(?:" + organ + r") (?P<c>Huyện ủy|Thị ủy|Quận ủy)(?P<place>" + PLACE + r")?(?![^\W\d_])",
            type_,
            "district",
            (
                lambda name: (
                    lambda m: (
                        f"{name} {m.group('c')}{' ' + ' '.join(m.group('place').split()) if m.group('place') else ''}"
                    )
                )
            )(canonical),
        )
        for organ, canonical, type_ in (
            (r"(?:Ban [Tt]hường vụ|BTV)", "Ban Thường vụ", "standing-committee"),
            (r"Thường trực", "Thường trực", "standing-board"),
            (r"Ban [Tt]ổ chức", "Ban Tổ chức", "organisation-commission"),
            (r"Ban [Tt]uyên giáo(?: và [Dd]ân vận)?", "Ban Tuyên giáo", "propaganda-commission"),
            (r"Ban [Dd]ân vận", "Ban Dân vận", "mass-mobilisation-commission"),
            (r"(?:Ủy ban|UB) [Kk]iểm tra|UBKT", "Ủy ban Kiểm tra", "inspection-commission"),
            (r"Văn phòng", "Văn phòng", "party-office"),
        )
    ],
    *[
        _r(r"Ban " + _any_case(name) + " " + TU, type_, "province", _with_committee("Ban " + name))
        for name, type_ in (
            ("Tổ chức", "organisation-commission"),
            ("Tuyên giáo và Dân vận", "propaganda-commission"),
            ("Tuyên giáo", "propaganda-commission"),
            ("Dân vận", "mass-mobilisation-commission"),
            ("Nội chính", "internal-affairs-commission"),
            ("Kinh tế", "economic-commission"),
        )
    ],
    _r(
        r"(?:Ủy ban|UB) [Kk]iểm tra " + TU + r"|UBKT " + TU,
        "inspection-commission",
        "province",
        _with_committee("Ủy ban Kiểm tra"),
    ),
    _r(r"Văn phòng " + TU, "party-office", "province", _with_committee("Văn phòng")),
    _r(
        r"(?:Ban Chấp hành|BCH) Đảng bộ " + TINH + r"(?! lần)",
        "provincial-party-committee",
        "province",
        lambda m: "Ban Chấp hành Đảng bộ " + _tinh(m),
    ),  # the Tỉnh ủy itself: see CANONICAL
    _r(r"Ban Chấp hành " + TU, "provincial-party-committee", "province", _committee),
    # bloc committees (Đảng ủy Khối các cơ quan tỉnh; Đảng bộ Các cơ quan tỉnh)
    _r(
        r"(?:Ủy ban|UB) [Kk]iểm tra Đảng ủy(?: Khối)? (?:các|Các) cơ quan tỉnh",
        "inspection-commission",
        "province",
        lambda m: (
            "Ủy ban Kiểm tra Đảng ủy Khối các cơ quan tỉnh"
            if "Khối" in m.group(0)
            else "Ủy ban Kiểm tra Đảng ủy Các cơ quan tỉnh"
        ),
    ),
    _r(
        r"(?:Ban Chấp hành |BCH )?Đảng ủy [Kk]hối (?:các )?cơ quan tỉnh|Đảng ủy [Kk]hối(?! [Dd]oanh)",
        "bloc-party-committee",
        "province",
        "Đảng ủy Khối các cơ quan tỉnh",
    ),
    _r(
        r"(?:Ban Chấp hành |BCH )?Đảng ủy [Kk]hối [Dd]oanh nghiệp tỉnh",
        "bloc-party-committee",
        "province",
        "Đảng ủy Khối Doanh nghiệp tỉnh",
    ),
    _r(
        r"(?:Ban Chấp hành |BCH )?Đảng ủy (?:Các|các|CCQ) cơ quan tỉnh|(?:Ban Chấp hành"
        r"|BCH) Đảng bộ (?:Các|các|CCQ) cơ quan tỉnh",
        "bloc-party-committee",
        "province",
        "Đảng ủy Các cơ quan tỉnh",
    ),
    _r(
        r"(?:Ban Chấp hành|BCH) Đảng bộ [Kk]hối (?:các )?cơ quan tỉnh",
        "bloc-party-committee",
        "province",
        "Đảng ủy Khối các cơ quan tỉnh",
    ),
    # since 1 July 2025 the province's Party committees directly below the Tỉnh ủy: of the People's Committee
    # (in place of its ban cán sự đảng) and of the Party agencies (in place of the Khối các cơ quan)
    _r(
        r"(?:Ban Chấp hành |BCH )?Đảng ủy (?:UBND|Ủy ban nhân dân) (tỉnh|thành phố)",
        "bloc-party-committee",
        "province",
        lambda m: f"Đảng ủy Ủy ban nhân dân {m.group(1)}",
    ),
    _r(
        r"(?:Ban Chấp hành |BCH )?Đảng ủy (?:các|Các) cơ quan [Đđ]ảng (tỉnh|thành phố)",
        "bloc-party-committee",
        "province",
        lambda m: f"Đảng ủy các cơ quan Đảng {m.group(1)}",
    ),
    _r(
        r"Đảng bộ (?:UBND|Ủy ban nhân dân) (tỉnh|thành phố)",
        "party-organisation",
        "province",
        lambda m: f"Đảng bộ Ủy ban nhân dân {m.group(1)}",
    ),
    _r(
        r"Đảng bộ (?:các|Các) cơ quan [Đđ]ảng (tỉnh|thành phố)",
        "party-organisation",
        "province",
        lambda m: f"Đảng bộ các cơ quan Đảng {m.group(1)}",
    ),
    # a Party organisation (Đảng bộ: the members) is not its committee (Đảng ủy, Tỉnh ủy): both are bodies
    _r(
        r"Đảng bộ [Kk]hối (?:các )?cơ quan tỉnh|Đảng bộ [Kk]hối(?! [Dd]oanh)(?! \w)",
        "party-organisation",
        "province",
        "Đảng bộ Khối các cơ quan tỉnh",
    ),
    _r(r"Đảng bộ [Kk]hối [Dd]oanh nghiệp tỉnh", "party-organisation", "province", "Đảng bộ Khối Doanh nghiệp tỉnh"),
    _r(r"Đảng bộ (?:Các|các|CCQ) cơ quan tỉnh", "party-organisation", "province", "Đảng bộ Các cơ quan tỉnh"),
    _r(
        r"Đảng bộ (Công an|Quân sự|Bộ đội Biên phòng|Bộ Chỉ huy Quân sự) tỉnh",
        "party-organisation",
        "province",
        lambda m: f"Đảng bộ {m.group(1)} tỉnh",
    ),
    _r(
        r"Đảng bộ (?:xã|phường|thị trấn|đặc khu)(?: " + CAP + W + r"*){1,3}",
        "party-organisation",
        "commune",
        lambda m: " ".join(m.group(0).split()),
    ),
    # people's councils and committees, their party organs
    _r(
        r"Đảng đoàn (?:Hội đồng nhân dân|HĐND) " + TINH,
        "peoples-council-party-delegation",
        "province",
        lambda m: "Đảng đoàn Hội đồng nhân dân " + _tinh(m),
    ),
    _r(
        r"(?:Ban [Cc]án sự [Đđ]ảng|BCS [Đđ]ảng|BCSĐ) (?:Ủy ban nhân dân|UBND) " + TINH,
        "peoples-committee-party-board",
        "province",
        lambda m: "Ban Cán sự đảng Ủy ban nhân dân " + _tinh(m),
    ),
    _r(
        r"(?:Lãnh đạo )?(?:Ủy ban nhân dân|UBND) " + TINH,
        "peoples-committee",
        "province",
        lambda m: "Ủy ban nhân dân " + _tinh(m),
    ),
    # a bare abbreviation is the province's organ ("tham mưu giúp Tỉnh ủy, HĐND, UBND tỉnh")
    _r(
        r"(?:UBND|HĐND|MTTQ)(?![\w-])(?!\s+(?:các|tỉnh|huyện|xã|thành phố|TP|thị xã|phường|quận|thị trấn|đặc khu|"
        r"Việt Nam|cấp|\w+\s+(?:huyện|xã)))",
        "peoples-committee",
        "province",
        lambda m: {"UBND": "Ủy ban nhân dân tỉnh", "HĐND": "Hội đồng nhân dân tỉnh"}.get(
            m.group(0), "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"
        ),
    ),
    _r(
        r"(?:Lãnh đạo )?(?:Hội đồng nhân dân|HĐND) " + TINH,
        "peoples-council",
        "province",
        lambda m: "Hội đồng nhân dân " + _tinh(m),
    ),
    # the same organs below the province (district, commune), named with their place
    *[
        _r(
            r"(?:" + pat + r") (?P<lv>" + LOCAL + r")(?P<place>" + PLACE + r")?(?![^\W\d_])",
            type_,
            "district",
            _local(prefix),
        )
        for pat, prefix, type_ in (
            (r"(?:Ủy ban|UB) [Nn]hân dân|UBND", "Ủy ban nhân dân", "peoples-committee"),
            (r"Hội đồng [Nn]hân dân|HĐND", "Hội đồng nhân dân", "peoples-council"),
            (
                r"(?:Ủy ban )?(?:Mặt trận Tổ quốc|MTTQ)(?: Việt Nam)?",
                "Ủy ban Mặt trận Tổ quốc Việt Nam",
                "fatherland-front",
            ),
            (r"Công an", "Công an", "police"),
            (r"Thường trực Đảng ủy", "Thường trực Đảng ủy", "standing-board"),
            (r"(?:Ban Thường vụ|BTV) Đảng ủy", "Ban Thường vụ Đảng ủy", "standing-committee"),
            (r"Ban Chấp hành Đảng bộ", "Ban Chấp hành Đảng bộ", "commune-party-committee"),
            (r"Đảng ủy(?= (?:xã|phường|thị trấn|đặc khu))", "Đảng ủy", "commune-party-committee"),
        )
    ],
    _r(
        r"(?:Ủy ban|UB) [Nn]hân dân " + TINH,
        "peoples-committee",
        "province",
        lambda m: "Ủy ban nhân dân " + ("tỉnh" if m.group(0).endswith("tỉnh") else "thành phố"),
    ),
    _r(r"Thanh tra (?:tỉnh|thành phố)", "department", "province", lambda m: m.group(0)),
    _r(
        r"Phòng (?:Văn hóa(?: -|,)? Thông tin|Văn hóa và Thông tin|Nội vụ|Tư pháp"
        r"|Giáo dục và Đào tạo|Tài chính - Kế hoạch|"
        r"Y tế|Kinh tế(?: - Hạ tầng)?|Tài nguyên và Môi trường|Lao động - Thương binh và Xã hội|"
        r"Nông nghiệp và Phát triển nông thôn|Quản lý đô thị|Dân tộc)(?: (?:huyện|thị xã|thành phố))?",
        "department",
        "district",
        lambda m: m.group(0),
    ),
    _r(
        r"Trung tâm (?:"
        + CAP
        + W
        + r"*)(?:(?: -|,)? (?:"
        + CAP
        + W
        + r"*|và|\w+)){0,8}? (?:huyện|tỉnh|thành phố)(?!\w)",
        "other",
        "district",
        lambda m: m.group(0),
    ),
    _r(
        r"Ban Chỉ đạo(?: \d+)?(?: [^\W\d_]+){0,6}? (?:tỉnh|Trung ương|thành phố|huyện)(?!\w)"
        r"|Ban Chỉ đạo(?= (?:tỉnh|Trung ương))",
        "steering-committee",
        "province",
        lambda m: m.group(0),
    ),
    _r(r"Ủy ban bầu cử (?:tỉnh|thành phố|huyện|xã)", "other", "province", lambda m: m.group(0)),
    _r(
        r"Đài Phát thanh(?: -| và) Truyền hình (?:tỉnh|thành phố)|Báo (?:" + CAP + W + r"*)(?: " + CAP + W + r"*){0,2}"
        r"(?= (?:chủ trì|phối hợp|thực hiện|xây dựng|tăng cường|đăng|đưa tin|mở)|,)",
        "media",
        "province",
        lambda m: m.group(0),
    ),
    # schools
    _r(
        r"Trường (?:Chính trị|Đào tạo cán bộ) (?:tỉnh"
        + PLACE
        + r"|tỉnh(?! \w)|(?:"
        + CAP
        + W
        + r"*)(?: "
        + CAP
        + W
        + r"*){1,3})",
        "political-school",
        "province",
        # a school is named with its place as written ("Trường Chính trị tỉnh Bắc Giang", "Trường Chính trị Phạm Hùng")
        lambda m: " ".join(m.group(0).split()) if not m.group(0).endswith("tỉnh") else "Trường Chính trị tỉnh",
    ),
    _r(r"Trường Chính trị(?= )", "political-school", "province", "Trường Chính trị tỉnh"),
    # state agencies
    _r(
        r"Sở ((?i:" + "|".join(re.escape(d) for d in sorted(_DEPARTMENTS, key=len, reverse=True)) + r"))(?!\w)",
        "department",
        "province",
        lambda m: "Sở " + _department(m.group(1)),
    ),
    _r(r"(?<!Ủy )Ban Dân tộc(?: tỉnh)?(?! Trung ương)", "ethnic-affairs-committee", "province", lambda m: m.group(0)),
    _r(r"Ủy ban Dân tộc(?! \w)", "central-agency", "central", "Ủy ban Dân tộc", True),
    _r(
        r"Công an(?=,? (?:chủ trì|phối hợp|tham mưu|thực hiện|triển khai|tổ chức|xây dựng)\b|, (?:Bộ Chỉ huy|Sở|Ban)\b|"
        r" và (?:Bộ Chỉ huy|Sở|Ban)\b)",
        "police",
        "province",
        "Công an tỉnh",
    ),
    _r(
        r"Bộ ((?i:"
        + "|".join(re.escape(d) for d in sorted(_DEPARTMENTS + ["Quốc phòng", "Ngoại giao"], key=len, reverse=True))
        + r"))(?!\w)",
        "central-agency",
        "central",
        lambda m: "Bộ " + _department(m.group(1)),
        True,
    ),
    _r(r"Công an tỉnh", "police", "province", "Công an tỉnh"),
    _r(r"Bộ Chỉ huy Quân sự tỉnh", "military-command", "province", "Bộ Chỉ huy Quân sự tỉnh"),
    _r(r"(?:Bộ Chỉ huy )?(?:Bộ đội )?Biên phòng tỉnh", "border-guard", "province", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh"),
    # front and mass organisations (and their party delegations)
    _r(
        r"(?:Ủy ban )?Mặt trận Tổ quốc(?: Việt Nam)? (?:tỉnh|" + TINH + r")|(?:Ủy ban )?MTTQ(?: Việt Nam)? tỉnh",
        "fatherland-front",
        "province",
        "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
    ),
    _r(r"Liên đoàn [Ll]ao động tỉnh", "labour-federation", "province", "Liên đoàn Lao động tỉnh"),
    _r(r"Hội Nông dân tỉnh", "farmers-union", "province", "Hội Nông dân tỉnh"),
    _r(r"Hội Liên hiệp [Pp]hụ nữ tỉnh", "womens-union", "province", "Hội Liên hiệp Phụ nữ tỉnh"),
    _r(r"Hội Cựu chiến binh tỉnh", "veterans-association", "province", "Hội Cựu chiến binh tỉnh"),
    _r(r"Ban Thường vụ Tỉnh đoàn", "youth-union", "province", "Ban Thường vụ Tỉnh đoàn"),
    _r(r"Tỉnh đoàn|Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh", "youth-union", "province", "Tỉnh đoàn"),
    # bare names, resolved by the extractor from their neighbours or the article's subject
    _r(r"Ban Thường vụ(?=,)", "standing-committee", "province", "Ban Thường vụ"),
    _r(
        r"(?:Ủy ban|UB) [Kk]iểm tra Đảng ủy(?! Khối| [Cc]ác| CCQ)",
        "inspection-commission",
        "province",
        "Ủy ban Kiểm tra Đảng ủy",
    ),
    # congresses (Đại hội): kept as bodies by the extractor only where they issue or act
    _r(
        r"Đại hội (?:[Đđ]ại biểu )?(?:toàn quốc )?lần thứ "
        + CONGRESS_N
        + r"(?: của Đảng)?(?: Đảng bộ "
        + TINH
        + PLACE
        + r"?)?"
        r"|Đại hội (?:[Đđ]ại biểu )?(?:Đảng bộ [^.;:,()\n]{2,40}?(?:, tỉnh [^.;:,()\n]{2,25}?)?|toàn quốc) lần thứ "
        + CONGRESS_N
        + r"(?: của Đảng)?"
        r"|Đại hội " + ROMAN + r"(?= của Đảng)(?: của Đảng)?",
        "party-congress",
        "province",
        lambda m: congress_name(m.group(0)),
    ),
    # district-level committees and organisations, other named Party organisations
    _r(
        r"Đảng ủy (huyện|thị xã|thành phố|TP\.? ?) ?(" + CAP + W + r"*(?: " + CAP + W + r"*){0,2})",
        "district-party-committee",
        "district",
        lambda m: {"huyện": "Huyện ủy", "thị xã": "Thị ủy"}.get(m.group(1), "Thành ủy") + " " + m.group(2),
    ),
    _r(
        r"Đảng bộ (huyện|thị xã|thành phố|TP\.? ?) ?(" + CAP + W + r"*(?: " + CAP + W + r"*){0,2})",
        "party-organisation",
        "district",
        # "Đảng bộ TP Thái Nguyên" is "Đảng bộ thành phố Thái Nguyên"
        lambda m: f"Đảng bộ {_local_level(m.group(1))} {' '.join(m.group(2).split())}",
    ),
    _r(
        r"(Huyện ủy|Thị ủy) (" + CAP + W + r"*(?: " + CAP + W + r"*){0,2})",
        "district-party-committee",
        "district",
        lambda m: f"{m.group(1)} {m.group(2)}",
    ),
    _r(
        r"Đảng bộ tỉnh(?= " + CAP + r")(?: " + CAP + W + r"*(?: " + CAP + W + r"*)?)?|Đảng bộ tỉnh(?! lần)",
        "party-organisation",
        "province",
        lambda m: " ".join(m.group(0).split()),
    ),
    _r(
        r"Đảng bộ (?!Khối|Các|CCQ|Công an|Biên phòng|Quân sự)(" + CAP + W + r"*(?: " + CAP + W + r"*){1,3})",
        "party-organisation",
        "district",
        lambda m: f"Đảng bộ {m.group(1)}",
    ),
    # congress subcommittees and working groups
    _r(
        r"Tiểu ban (?:Tổ chức phục vụ Đại hội|Phục vụ Đại hội|Văn kiện|Nhân sự|Tổ chức|Tuyên truyền"
        r"|Kinh tế - [Xx]ã hội)",
        "subcommittee",
        "province",
        lambda m: m.group(0),
    ),
    _r(r"(?<![\w])[Tt]ổ giúp việc", "working-group", "province", "tổ giúp việc"),
    _r(
        r"(?<![\w])[Tt]ổ (biên tập(?: văn kiện)?|thư ký|công tác(?= (?:chủ trì|phối hợp|đã|sẽ|khẩn trương|tham mưu)))",
        "working-group",
        "province",
        lambda m: f"Tổ {m.group(1)}",
    ),
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
_SINGLE_DELEGATION = re.compile(r"Đảng đoàn (" + "|".join(p for p, _ in _MASS_ORGS) + r")")


def congress_name(text: str) -> str:
    """Canonical name of a congress: "Đại hội Đảng bộ tỉnh lần thứ XIX", "Đại hội đại biểu toàn quốc lần thứ XIII".

    >>> congress_name("Đại hội lần thứ XIX Đảng bộ tỉnh"), congress_name("Đại hội XIII của Đảng")
    ('Đại hội Đảng bộ tỉnh lần thứ XIX', 'Đại hội đại biểu toàn quốc lần thứ XIII')
    """
    n = re.findall(r"\b([IVXL]{1,6}|\d{1,2}|nhất)\b", text)[-1]
    if "toàn quốc" in text or text.rstrip().endswith("của Đảng"):
        return f"Đại hội đại biểu toàn quốc lần thứ {n}"
    if re.match(r"Đại hội (?:[Đđ]ại biểu )?Đảng bộ ", text):
        # named as written, place included: "Đại hội Đảng bộ tỉnh Cà Mau lần thứ I"; the province after a
        # commune's name is its address ("Đảng bộ xã Giồng Riềng, tỉnh An Giang")
        return " ".join(re.sub(r", tỉnh [^,]+?(?= lần thứ)", "", text).split())
    inverted = re.match(r"Đại hội (?:[Đđ]ại biểu )?lần thứ (\S+) (Đảng bộ .+)$", text)
    if inverted and "toàn quốc" not in text:  # "Đại hội lần thứ XX Đảng bộ tỉnh Cao Bằng"
        return f"Đại hội {inverted.group(2)} lần thứ {inverted.group(1)}"
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
            for m in re.finditer(pattern, text[head.end() : stop]):
                s, e = head.end() + m.start(), head.end() + m.end()
                out.append(BodyMatch(s, e, text[s:e], name, "party-delegation", "province"))
    for m in _SINGLE_DELEGATION.finditer(text, start, end):
        name = next(n for p, n in _MASS_ORGS if re.fullmatch(p, m.group(1)))
        out.append(BodyMatch(m.start(), m.end(), m.group(0), name, "party-delegation", "province"))
    return out


# names that are another name of one body: the graph keeps one node (the canonical name), the text's name as
# an alternative label
CANONICAL = {"Ban Chấp hành Đảng bộ tỉnh": "Tỉnh ủy", "Ban Chấp hành Đảng bộ thành phố": "Thành ủy"}


_DEPARTMENT_NAME = re.compile(
    r"(?i:" + "|".join(re.escape(d) for d in sorted(_DEPARTMENTS, key=len, reverse=True)) + r")(?!\w)"
)
_ONE_BREAK = re.compile(r"(?<=[^\W\d_])\n(?=[^\W\d_])")
# a head noun and a list after a colon or in a row: "các Sở: Kế hoạch và Đầu tư, Y tế", "một số Đảng bộ: Huyện
# Đại Từ, Khối Doanh nghiệp tỉnh", "các Tiểu ban Văn kiện, Nhân sự và Phục vụ Đại hội": one body per item
_HEAD_OF_LIST = re.compile(r"(?:các|một số|những)\s+(Sở|Đảng bộ|Tiểu ban|Ban)\s*(:)?\s*")
_LIST_ITEM = re.compile(
    r"(?:[A-ZĐ][^\W\d_]*|và)(?:[ ,-]+(?:[^\W\d_]+|-))*?(?=\s*(?:,|\bvà\b|;|\.|$|\s+(?:về|để|tổ chức|thực hiện)\b))"
)


def head_lists(text: str) -> list[BodyMatch]:
    out: list[BodyMatch] = []
    for h in _HEAD_OF_LIST.finditer(text):
        head, pos = h.group(1), h.end()
        if not h.group(2) and head not in ("Tiểu ban",):
            continue
        stop = re.compile(r"[;.\n]|\s+(?:về|để|tổ chức|thực hiện|phối hợp)\b").search(text, pos)
        seg_end = stop.start() if stop else len(text)
        if head == "Sở":  # department names hold "và" and ",": read them off the list of departments
            for m in _DEPARTMENT_NAME.finditer(text, pos, seg_end):
                if re.fullmatch(r"[\s,]*(?:và\s+)?", text[pos : m.start()]) or m.start() == pos:
                    out.append(
                        BodyMatch(
                            m.start(), m.end(), m.group(0), "Sở " + _department(m.group(0)), "department", "province"
                        )
                    )
                    pos = m.end()
            continue
        for part in re.finditer(r"[^,]+", text[pos:seg_end]):
            for piece in re.split(r"\s+và\s+", part.group(0)):
                item = piece.strip()
                if not item or not item[0].isupper() or len(item.split()) > 8:
                    continue
                s = pos + part.start() + part.group(0).find(item)
                if re.match(r"(?:Ban|Đảng đoàn|Đảng bộ|Sở|Tiểu ban|Ủy ban)\b", item):
                    continue  # a full name of its own: found by the recognisers
                level_word = item.split()[0] in ("Huyện", "Thị", "Thành", "Xã")  # "Huyện Đại Từ" -> "huyện Đại Từ"
                name = f"{head} {item[0].lower() + item[1:] if level_word else item}"
                btype = {"Sở": "department", "Đảng bộ": "party-organisation", "Tiểu ban": "subcommittee"}.get(
                    head, "other"
                )
                out.append(BodyMatch(s, s + len(item), item, name, btype, "province"))
    return out


def find_bodies(text: str, start: int = 0, end: int | None = None, *, all_collectives: bool = False) -> list[BodyMatch]:
    """All body mentions in text[start:end], leftmost-longest, no overlaps, in text order.

    The mentions of the whole text are found once (the last few texts are cached) and a range is a slice of
    them: the extractor asks for many ranges of one text, and a pass of every recogniser per range made
    extraction quadratic in practice."""
    end = len(text) if end is None else end
    found = _all_bodies(text, all_collectives)
    lo, hi = bisect_left(found.starts, start), bisect_left(found.starts, end)
    return [b for b in found.items[lo:hi] if b.end <= end]


# the collectives and every recogniser in one scan of a text (each still gives what its own finditer gives)
_PATTERNS = PatternSet([COLLECTIVE_RE, *(rec.pattern for rec in RECOGNISERS)])


@dataclass(frozen=True)
class _Found:
    items: tuple[BodyMatch, ...]
    starts: tuple[int, ...]


@lru_cache(maxsize=8)
def _all_bodies(text: str, all_collectives: bool) -> _Found:
    if not all_collectives:  # the same pass, without the collectives that do not act
        every = _all_bodies(text, True)
        kept = tuple(b for b in every.items if b.type != "collective" or acts(text, b.start, b.end))
        return _Found(kept, tuple(b.start for b in kept))
    start, end = 0, len(text)
    flat = _ONE_BREAK.sub(" ", text)  # "Ban cán sự đảng\nỦy ban nhân dân tỉnh": a name broken across lines
    found: list[BodyMatch] = list(expand_head_list(text, start, end)) + head_lists(text)
    collectives, *by_recogniser = _PATTERNS.finditer_each(flat, start, end)
    for m in collectives:
        written = text[m.start() : m.end()].rstrip(" ,")
        if len(written.split()) < 2 or re.fullmatch(
            r"(?i)(?:các|những) (?:sở|ban|ngành|huyện|xã|bộ|hội|thị|trường|cấp)", written
        ):
            continue  # "các ban", "các xã": a noun, not an actor named
        found.append(
            BodyMatch(m.start(), m.start() + len(written), written, collective_name(written), "collective", "province")
        )
    for rec, matches in zip(RECOGNISERS, by_recogniser, strict=True):
        for m in matches:
            found.append(
                BodyMatch(m.start(), m.end(), text[m.start() : m.end()], rec.name(m), rec.type, rec.level, rec.central)
            )
    found.sort(key=lambda b: (b.start, -(b.end - b.start)))
    out: list[BodyMatch] = []
    blocked: list[int] = []
    for b in found:
        if out and b.start < out[-1].end:
            continue
        if blocked and b.start < blocked[-1]:
            continue
        if (
            _TITLE_BEFORE.search(text, max(0, b.start - 40), b.start)
            and b.type != "collective"  # "Chủ tịch UBND các huyện": the heads of a set of bodies, the bodies
            and not _REPORTED_TO_HEAD.search(text, max(0, b.start - 40), b.start)
            and _A_PERSON(text, b)
        ):
            blocked.append(b.end)  # "Phó Chủ tịch UBND tỉnh Nguyễn A", "ông B - Trưởng Ban Tổ chức": a person's title
            continue
        if _BYLINE.search(text, max(0, b.start - 60), b.start):
            continue  # "Lê Thu Hà (Trung tâm Văn hóa tỉnh)": a byline names the writer's workplace
        if b.level == "district" and re.search(r"\b(?:xã|phường|thị trấn|đặc khu)\b", b.name):
            b = replace(b, level="commune")
        b = _with_province(text, b, end)
        if b.text in ("UBND", "HĐND", "MTTQ") and not acts(text, b.start, b.end):
            continue  # "trong các sở, ban, ngành, MTTQ, đoàn thể tỉnh": named, not acting
        if b.type == "peoples-committee" and b.name != "Ủy ban nhân dân tỉnh" and b.text in ("HĐND", "MTTQ"):
            b = replace(b, type="peoples-council" if b.text == "HĐND" else "fatherland-front")
        out.append(replace(b, canonical=CANONICAL[b.name]) if b.name in CANONICAL else b)
    return _Found(tuple(out), tuple(b.start for b in out))


# a byline: a person's name (two to four capitalised words) opening a line, then the body in parentheses
_BYLINE = re.compile(r"(?:^|\n)\s*(?:[A-ZĐ][^\W\d_]*\s+){1,3}[A-ZĐ][^\W\d_]*\s*\(\s*$")


def _A_PERSON(text: str, b: BodyMatch) -> bool:
    """A title names a person where a name stands next to it ("ông Nguyễn Văn A - Trưởng Ban ...", "Chủ tịch UBND
    tỉnh Nguyễn Văn A"); without one, "Chủ tịch UBND tỉnh vừa chỉ đạo ..." is the office acting, the body."""
    before = text[max(0, b.start - 80) : b.start]
    after = text[b.end : b.end + 40]
    name = r"[A-ZĐ][^\W\d_]+(?:\s+[A-ZĐ][^\W\d_]+){1,3}"
    # "đồng chí Phó Bí thư Thường trực Tỉnh ủy yêu cầu": the person addressed before the title speaks, not the body
    if re.search(
        r"(?:ông|bà|đồng chí|đ/c)\s*(?:[^\W\d_]+\s+){0,4}$|" + name + r"\s*[,-]\s*(?:[^\W\d_]+\s+){0,4}$", before, re.I
    ):
        return True
    if re.match(r"\s+(?:[A-ZĐ][^\W\d_]+\s+){1,3}[A-ZĐ][^\W\d_]+", after):
        return True
    return not re.match(r"\s+(?:vừa|đã|sẽ|có|ký|chỉ đạo|yêu cầu|giao|ban hành)\b", after)


# "báo cáo Chủ tịch UBND tỉnh": a report goes to the office, the body
_REPORTED_TO_HEAD = re.compile(r"\b(?:báo cáo|trình|gửi)\s+(?:Phó\s+)?(?:Chủ tịch|Giám đốc|Trưởng ban|Bí thư)\s*$")
# a person's title right before a body's name ("Bí thư Tỉnh ủy", "Phó Bí thư Thường trực Tỉnh ủy")
_TITLE_BEFORE = re.compile(
    r"(?:\b(?:Phó\s+)?(?:Bí thư|Chủ tịch|Trưởng|Giám đốc|Chánh|Thủ trưởng|Tổng Bí thư|Ủy viên|Chủ nhiệm)"
    r"(?:\s+(?:Thường trực|thường trực))?|\bỦy viên Ban Thường vụ|\bTỉnh ủy viên|\bđại diện(?: lãnh đạo)?)\s*$"
)


_PROVINCIAL_END = re.compile(r"(?:[Tt]ỉnh|[Tt]ỉnh [ủỦ]y|Thành [ủỦ]y|thành phố|TP\.?)$")


def _with_province(text: str, b: BodyMatch, end: int) -> BodyMatch:
    """A provincial body followed by its province's name takes the name into its mention and its province."""
    if b.central or b.type == "collective" or not _PROVINCIAL_END.search(b.text):
        return b
    m = PROVINCE_AFTER.match(text, b.end, end)
    if not m:
        return b
    return replace(b, end=m.end(), text=text[b.start : m.end()], province=province_of(m.group("province")))
