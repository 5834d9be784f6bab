"""How bodies are written and named: :class:`BodyMatch` (a body named in a text, with its canonical name),
the pieces their patterns are built of (letters, levels, places, the abbreviation "TU"), the list of
departments, and the functions that turn a recogniser's match into a canonical name.

>>> congress_name("Đại hội lần thứ XIX Đảng bộ tỉnh"), department_name("nội Vụ")
('Đại hội Đảng bộ tỉnh lần thứ XIX', 'Nội vụ')
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ..text.segment import CAPITAL

W = r"[^\W\d_]"  # a letter
CAP = CAPITAL  # an upper-case letter
TU = r"(?:[Tt]ỉnh [ủỦ]y|[Tt]hành [ủỦ]y|(?<=\s)TU(?![\w/-]))"  # "BTV TU", "UBKT TU": the abbreviation after an organ
ROMAN = r"[IVXL]{1,6}\b"
CONGRESS_N = r"(?:[IVXL]{1,6}|\d{1,2}|nhất)\b"  # "lần thứ XIX", "lần thứ 20", "lần thứ nhất"
# ("UBND TPHCM", "UBND TP.HCM": the city's name abbreviated with its "TP")
TINH = (
    r"(?:tỉnh|[Tt]hành phố|TP\.?\s?HCM(?![\w])|TP\.?(?= )|TP\.(?=" + CAP + r")|TP(?=[,;]))"
)  # "TP.Hồ Chí Minh": no space after the dot; "Văn phòng HĐND TP, Văn phòng UBND TP": the city's, listed
# below the province: district and commune levels, and the name that follows ("huyện Nho Quan", "xã An Quang")
# ("TX. Giá Rai", "UBND P.Phan Thiết": the town and the ward abbreviated, as news writes them)
LOCAL = r"(?:huyện|thị xã|quận|[Tt]hành phố|TP\.?|TX\.?|P\.(?=\s?" + CAPITAL + r")|xã|phường|thị trấn|[Đđ]ặc khu)"
# a place's name as written after its level or an organ: up to three capitalised words ("Nam Giang", "Buôn Ma Thuột")
PLACE_NAME = CAP + W + r"*(?: " + CAP + W + r"*){0,2}"
# a place name is written on one line: "tỉnh Bắc Giang" never takes the next line's first word
PLACE = r"(?:(?:[^\S\n]+|(?<=TP\.)|(?<=TX\.)|(?<=\bP\.))(?:" + CAP + W + r"*)(?:[^\S\n]+" + CAP + W + r"*){0,2})"
# a stop that ends a list of bodies: a line break, ";" or a full stop, not the dot of a level abbreviated ("các Đảng
# bộ: xã A, P.B, TP.C": the wards and the city named)
LIST_STOP = r"[;\n]|\.(?<!\bP\.)(?<!\bTP\.)(?<!\bTX\.)"
# an organ's abbreviation in brackets before its level: "Hội Cựu chiến binh (CCB) xã Phúc Sơn", "Hội LHPN (LHPN) tỉnh"
BRACKETED_ABBREVIATION = r"(?: \([A-ZĐ]{2,6}\))?"
# the youth union by its full name, as news writes it: "Đoàn Thanh niên", "Đoàn Thanh niên Cộng sản Hồ Chí Minh",
# "Đoàn TNCS Hồ Chí Minh"
YOUTH_UNION = r"Đoàn (?:Thanh niên(?: Cộng sản Hồ Chí Minh)?|TNCS Hồ Chí Minh)"


_CITY = re.compile(r"[Tt]hành phố|TP")


def province_word(m: re.Match) -> str:
    return "thành phố" if _CITY.search(m.group(0)) else "tỉnh"


def committee_of(organisation: str) -> str:
    """The committee a Party organisation elects, by name: "Đảng bộ xã A" -> "Đảng ủy xã A"."""
    return "Đảng ủy " + organisation.removeprefix("Đảng bộ ")


def of_province(organ: str) -> Callable[[re.Match], str]:
    """ "Liên đoàn Lao động tỉnh", "… thành phố": the organ and the province's word as the text writes it."""
    return lambda m: f"{organ} {province_word(m)}"


def local_level(written: str) -> str:
    """The level word as written, "TP" / "TP." spelled out: "thành phố"."""
    if written.startswith(("TP", "Thành")):
        return "thành phố"
    return {"TX": "thị xã", "TX.": "thị xã", "P.": "phường", "Đặc khu": "đặc khu"}.get(written.strip(), written.strip())


def local_name(prefix: str | None) -> Callable[[re.Match], str]:
    """ "Ủy ban nhân dân huyện Nho Quan": the organ (without a prefix, as written in the match's group "head"), its
    level word and the place as written."""

    def name(m: re.Match) -> str:
        level = local_level(m.group("lv"))
        organ = prefix or m.group("head")
        return f"{organ} {level}{' ' + ' '.join(m.group('place').split()) if m.group('place') else ''}"

    return name


DEPARTMENTS = [
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
    "Quy hoạch - Kiến trúc",  # Hà Nội's and TP HCM's
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


_CITY_COMMITTEE = re.compile(r"[Tt]hành [ủỦ]y")


def committee_name(m: re.Match) -> str:
    """Keep "Tỉnh ủy" or "Thành ủy" as written ("Tỉnh Ủy" is the same word, "TU" its abbreviation)."""
    return "Thành ủy" if _CITY_COMMITTEE.search(m.group(0)) else "Tỉnh ủy"


def any_case(words: str) -> str:
    """ "Tuyên giáo" also as written "tuyên giáo", "Tuyên Giáo": each word's first letter either case."""
    return " ".join(
        f"[{w[0].upper()}{w[0].lower()}]{re.escape(w[1:])}" if w[0].isalpha() else re.escape(w) for w in words.split()
    )


def department_name(written: str) -> str:
    """The department's name as the list writes it ("Sở Nội Vụ" is Sở Nội vụ, "Sở Tài nguyên Môi trường" is Sở
    Tài nguyên và Môi trường, "Sở Nông nghiệp và PTNT" is Sở Nông nghiệp và Phát triển nông thôn)."""
    key = _department_key(written)
    found = next((d for d in DEPARTMENTS if _department_key(d) == key), None)
    return found or _PARTLY_ABBREVIATED.get(key, written)


def _initials(words: str) -> str:
    return "".join(w[0].upper() for w in words.split())


def _partly_abbreviated(name: str) -> list[str]:
    """How news shortens the end of a department's name: the field after "và" by its initials ("Nông nghiệp và
    PTNT", "Tài nguyên và MT"), or every field after the first ("Lao động - TB&XH", "Văn hóa, TT&DL")."""
    out = []
    *head, last = re.split(r"\s+và\s+", name)
    if head:
        out.append(" và ".join(head) + " và " + _initials(last))
    first = re.match(r"(.+?)(,| -) (.+ và .+)$", name)
    if first:
        out.append(first.group(1) + first.group(2) + " " + "&".join(map(_initials, first.group(3).split(" và "))))
    return out


def _department_key(name: str) -> str:
    return " ".join(re.sub(r"\bvà\b|[,-]", " ", name.lower()).split())


def _abbreviations(name: str) -> list[str]:
    """How news abbreviates a department's name: a syllable's first letter, groups joined by "-" or nothing, "và"
    by "&", "-" or nothing ("Văn hóa, Thể thao và Du lịch": VH-TT&DL, VHTTDL, VH-TT-DL; "Kế hoạch và Đầu tư":
    KH&ĐT, KHĐT, KH-ĐT)."""
    parts = [[g.split() for g in re.split(r"\s*[,-]\s*", p) if g] for p in re.split(r"\s+và\s+", name)]
    out = []
    for group_sep in ("-", ""):
        for part_sep in ("&", "", "-"):
            out.append(part_sep.join(group_sep.join("".join(w[0].upper() for w in g) for g in p) for p in parts))
    return list(dict.fromkeys(out))


# each department's partly abbreviated forms, read once: the alternation matches them, the name maps them back
_SHORT_FORMS = [(short, d) for d in DEPARTMENTS for short in _partly_abbreviated(d)]
_PARTLY_ABBREVIATED = {_department_key(short): department_name(d) for short, d in _SHORT_FORMS}

# "Sở VH-TT&DL" is Sở Văn hóa, Thể thao và Du lịch; two-letter forms ("NV", "YT") are too ambiguous to read
DEPARTMENT_ABBREVIATIONS: dict[str, str] = {}
for _d in DEPARTMENTS:  # the first spelling listed is the name; later ones are variants of it
    for _abbr in _abbreviations(_d):
        if len(_abbr.replace("&", "").replace("-", "")) >= 3:
            DEPARTMENT_ABBREVIATIONS.setdefault(_abbr, _d)
# each department by its initials alone ("VHTTDL"): however the abbreviation is joined, the same department
_BY_INITIALS = {a: d for a, d in DEPARTMENT_ABBREVIATIONS.items() if a.isalpha()}
# the joints as news spaces and writes them: "NN-PTNT", "NN- PTNT", "KH - ĐT", "VH, TT và DL", "VH,TT&DL", "VHTTDL"
_FIELDS_JOINED = r"(?:\s*[-,]\s*)?"
_PARTS_JOINED = r"(?:\s*[&-]\s*|\s+và\s+|\s*,\s*)?"


def _abbreviation_pattern(name: str) -> str:
    parts = [[_initials(g) for g in re.split(r"\s*[,-]\s*", p) if g] for p in re.split(r"\s+và\s+", name)]
    return _PARTS_JOINED.join(_FIELDS_JOINED.join(re.escape(g) for g in p) for p in parts)


# the abbreviations as an alternation, longest first: "Sở TN&MT", "Bộ TN&MT"
DEPARTMENT_ABBREVIATION_ALTERNATION = "|".join(
    dict.fromkeys(
        _abbreviation_pattern(d)
        for a, d in sorted(DEPARTMENT_ABBREVIATIONS.items(), key=lambda item: len(item[0]), reverse=True)
    )
)


def abbreviated_department(written: str) -> str:
    """The department an abbreviation names ("VH, TT và DL", "NN- PTNT"), by its initials; as written if none."""
    return _BY_INITIALS.get(re.sub(r"[^A-ZĐ]", "", written), written)


def department_alternation(extra: tuple[str, ...] = ()) -> str:
    """An alternation of the departments' names, longest first, each "và" also left out or written as a dash, as
    news often writes it ("Tài nguyên Môi trường", "Kế hoạch - Đầu tư"); case as written is matched by the caller's
    (?i:)."""
    names = sorted([*DEPARTMENTS, *extra, *(short for short, _ in _SHORT_FORMS)], key=len, reverse=True)
    # "Văn hóa, Thể thao", "Văn hóa - Thể thao", "Văn hóa Thể thao": the comma or dash between fields also left out
    # (and the dash unspaced: "Lao động-TB&XH")
    return "|".join(
        r"\s+(?:và\s+|[-–]\s+)?".join(
            re.sub(r"(?:,|\\ \\-)\\ ", r"(?:,\\s+|\\s*-\\s*|\\s+)", re.escape(part))
            for part in re.split(r"\s+và\s+", d)
        )
        for d in names
    )


def with_committee(prefix: str) -> Callable[[re.Match], str]:
    return lambda m: f"{prefix} {committee_name(m)}"


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


# names that are another name of one body: the graph keeps one node (the canonical name), the text's name as
# an alternative label
CANONICAL = {
    "Ban Chấp hành Đảng bộ tỉnh": "Tỉnh ủy",
    "Ban Chấp hành Đảng bộ thành phố": "Thành ủy",
    "Ban Bí thư Trung ương Đảng": "Ban Bí thư",
    "Bộ đội Biên phòng tỉnh": "Bộ Chỉ huy Bộ đội Biên phòng tỉnh",
}
