"""The names of Party congresses and of what they elect: one congress however a text names it ("Đại hội Đại biểu
Đảng bộ tỉnh Thái Bình lần thứ XX", "Đại hội Đảng bộ tỉnh lần thứ XX"), its short name acting, the committees it
elects named bare.

>>> congress_key("Đại hội Đại biểu Đảng bộ tỉnh Thái Bình lần thứ XX")
'đại hội đảng bộ tỉnh lần thứ xx'
>>> elected_committee("Ban Thường vụ", "Đại hội đại biểu Đảng bộ xã Tân Lập lần thứ I")
'Ban Thường vụ Đảng ủy xã Tân Lập'

The congresses of the Front and the mass organisations too: one however it is named, the one an organisation holds
named with it.

>>> mass_congress_key("Đại hội đại biểu Hội LHPN xã Tân Lập lần thứ nhất")
('women', 'xã', 'Tân Lập', 'I')
>>> text = "Hội Nông dân xã Tân Lập long trọng tổ chức Đại hội đại biểu lần thứ I"
>>> held_congress(text, text.index("Đại hội"))
'Đại hội đại biểu Hội Nông dân xã Tân Lập lần thứ I'
"""

from __future__ import annotations

import re

from .body_names import CAP, CONGRESS_N, W

__all__ = [
    "BARE_CONGRESS_ACTS",
    "CONGRESS_LEVELS",
    "CONGRESS_TYPES",
    "ORGANISATION_WITH_PLACE",
    "PLACED_CONGRESS",
    "UNPLACED_CONGRESS",
    "congress_identity",
    "congress_key",
    "elected_committee",
    "held_congress",
    "mass_congress",
    "mass_congress_name",
    "mass_congress_key",
]

# a Party congress, and a congress of the Front or of a mass organisation: bodies where they act or issue
CONGRESS_TYPES = ("party-congress", "mass-congress")
# a congress named with its province, and one named without it (the text's province is added)
PLACED_CONGRESS = re.compile(r"Đảng bộ (?:tỉnh|thành phố) " + CAP)
UNPLACED_CONGRESS = re.compile(r"Đảng bộ (?:tỉnh|thành phố)(?= lần thứ)")
# the organisation of a congress, with its place ("Đảng bộ tỉnh Thái Bình lần thứ XX")
ORGANISATION_WITH_PLACE = re.compile(
    r"Đảng bộ (?:tỉnh|thành phố) " + CAP + r"[^\W\d_]*(?: " + CAP + r"[^\W\d_]*){0,3}?(?= lần thứ|$)"
)
# "… khai mạc Đại hội đại biểu Đảng bộ tỉnh X lần thứ XX. … Đại hội đã thảo luận …": the congress the article is
# about acts under its short name
BARE_CONGRESS_ACTS = re.compile(
    r"(?<![\w])Đại hội(?: [Đđ]ại biểu)?(?: Đảng bộ [^.,;:\n]{0,40}?)?\s+(?:đã\s+|sẽ\s+|cũng\s+)?"
    r"(?:thảo luận|thông qua|nhất trí|quyết nghị|bầu|xác định|đề ra|kêu gọi|biểu quyết|giao|khẳng định|đánh giá|"
    r"tập trung|diễn ra|khai mạc|bế mạc|có \d)\b"
)


# the Front and the mass organisations as their congresses name them, and which one each is
_MASS_ORGANISATIONS = (
    (r"(?:Ủy ban )?(?:Mặt trận Tổ quốc|MTTQ)(?: Việt Nam)?", "front"),
    (r"Hội Nông dân(?: Việt Nam)?", "farmers"),
    (r"Hội (?:Liên hiệp [Pp]hụ nữ|LHPN)(?: Việt Nam)?|[Pp]hụ nữ", "women"),
    (r"Hội (?:Cựu chiến binh|CCB)(?: Việt Nam)?|Cựu chiến binh", "veterans"),
    (r"Đoàn (?:Thanh niên Cộng sản|TNCS) Hồ Chí Minh|Đoàn Thanh niên", "youth"),
    (r"Hội Liên hiệp [Tt]hanh niên(?: Việt Nam)?", "youth-federation"),
    (r"Công đoàn|Liên đoàn [Ll]ao động", "labour"),
    (r"Hội Chữ thập đỏ", "red-cross"),
)
_MASS_ORGANISATION = "(?:" + "|".join(written for written, _ in _MASS_ORGANISATIONS) + ")"
# the level of the organisation as its name writes it
CONGRESS_LEVELS = {
    "province": r"tỉnh|[Tt]hành phố",
    "district": r"huyện|quận|thị xã",
    "commune": r"xã|phường|thị trấn|đặc khu",
}
_ANY_LEVEL = "|".join(CONGRESS_LEVELS.values())


def _level_and_place(levels: str) -> str:
    """Its level and its place as written ("xã Vĩnh Hòa", "tỉnh Gia Lai", "tỉnh")."""
    return r" (?P<level>" + levels + r")(?P<place>(?: " + CAP + W + "*){0,3})"


def mass_congress(levels: str = _ANY_LEVEL) -> str:
    """ "Đại hội đại biểu Hội Nông dân xã Vĩnh Hòa lần thứ I", "Đại hội Đoàn TNCS Hồ Chí Minh tỉnh Cà Mau khóa I": the
    congress of an organisation of one of these levels (a national one, "Đại hội đại biểu toàn quốc MTTQ Việt Nam lần
    thứ X", names no level: it is not the text's actor)."""
    return (
        r"Đại hội (?:[Đđ]ại biểu )?(?P<organisation>"
        + _MASS_ORGANISATION
        + ")"
        + _level_and_place(levels)
        + r",? (?:lần thứ|khóa) (?P<n>"
        + CONGRESS_N
        + ")"
    )


_MASS_CONGRESS = re.compile(mass_congress())


def mass_congress_name(m: re.Match) -> str:
    """The name of a congress as written, a province's named without its province as its organisation is
    ("Đại hội đại biểu Hội Nông dân tỉnh lần thứ IX" for "… tỉnh Hà Nam, lần thứ IX"); a commune's keeps its place."""
    s, e = m.span("place")
    if not re.fullmatch(CONGRESS_LEVELS["province"], m.group("level")):
        s = e = m.start("place")
    name = m.string[m.start() : s] + m.string[e : m.end()]
    return " ".join(name.replace(",", "").split())


# "Hội Nông dân xã A (đã) (long trọng) tổ chức Đại hội đại biểu lần thứ I": the organisation that holds it
_HOLDER = re.compile(
    "(" + _MASS_ORGANISATION + _level_and_place(_ANY_LEVEL) + r")\s+(?:đã\s+)?(?:long trọng\s+)?tổ chức\s+$"
)
_BARE_CONGRESS = re.compile(r"Đại hội (?P<delegates>[Đđ]ại biểu )?lần thứ (?P<n>" + CONGRESS_N + ")")


def mass_congress_key(name: str) -> tuple[str, str, str, str] | None:
    """Which organisation's congress, of which level and place, and which one (None for any other name)."""
    m = _MASS_CONGRESS.fullmatch(name)
    if m is None:
        return None
    which = next(s for w, s in _MASS_ORGANISATIONS if re.fullmatch(w, m.group("organisation")))
    n = {"nhất": "I", "1": "I"}.get(m.group("n"), m.group("n"))
    return which, m.group("level").lower(), m.group("place").strip(), n


def held_congress(text: str, start: int) -> str | None:
    """The name of the bare congress at ``start`` ("Đại hội đại biểu lần thứ I") when the organisation named just
    before holds it ("Đoàn TNCS Hồ Chí Minh xã A tổ chức …"): its congress, named with it."""
    bare = _BARE_CONGRESS.match(text, start)
    holder = _HOLDER.search(text, max(0, start - 120), start) if bare else None
    if bare is None or holder is None:
        return None
    delegates = "đại biểu " if bare.group("delegates") else ""
    return f"Đại hội {delegates}{holder.group(1)} lần thứ {bare.group('n')}"


def congress_key(name: str) -> str:
    """ "Đại hội Đại biểu Đảng bộ tỉnh Thái Bình lần thứ XX" -> "đại hội đảng bộ tỉnh lần thứ xx": the same congress
    however it is named."""
    key = re.sub(r"(?i)\bđại biểu\s+", "", name).lower()
    return re.sub(r"(đảng bộ (?:tỉnh|thành phố))(?: [^\W\d_]+){1,3}?(?= lần thứ)", r"\1", key)


def congress_identity(name: str) -> str:
    """ "Đại hội Đại biểu Đảng bộ tỉnh Thái Bình lần thứ XX" -> "Đại hội Đảng bộ tỉnh lần thứ XX", as written
    otherwise."""
    name = re.sub(r"(?i)(?<=Đại hội )đại biểu\s+", "", name)
    return re.sub(r"(Đảng bộ (?:tỉnh|thành phố))(?: [^\W\d_]+){1,3}?(?= lần thứ)", r"\1", name)


def elected_committee(bare: str, congress: str | None) -> str | None:
    """The full name of "Ban Chấp hành" or "Ban Thường vụ" a congress elects: its organisation's (the province's
    "Ban Chấp hành Đảng bộ tỉnh" and "Ban Thường vụ Tỉnh ủy"; a commune's "… Đảng bộ xã A", "… Đảng ủy xã A");
    None without a congress of a Party organisation."""
    org = re.search(r"Đảng bộ (.+?) lần thứ", congress or "")
    if org is None or "toàn quốc" in (congress or ""):
        return None
    place = org.group(1)
    level = "tỉnh" if place.startswith("tỉnh") else "thành phố" if place.startswith("thành phố") else None
    if bare == "Ban Chấp hành":
        return f"Ban Chấp hành Đảng bộ {level or place}"
    committee = {"tỉnh": "Tỉnh ủy", "thành phố": "Thành ủy"}.get(level or "", f"Đảng ủy {place}")
    return f"Ban Thường vụ {committee}"
