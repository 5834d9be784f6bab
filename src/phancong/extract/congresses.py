"""The names of Party congresses and of what they elect: one congress however a text names it ("Đại hội Đại biểu
Đảng bộ tỉnh Thái Bình lần thứ XX", "Đại hội Đảng bộ tỉnh lần thứ XX"), its short name acting, the committees it
elects named bare.

>>> congress_key("Đại hội Đại biểu Đảng bộ tỉnh Thái Bình lần thứ XX")
'đại hội đảng bộ tỉnh lần thứ xx'
>>> elected_committee("Ban Thường vụ", "Đại hội đại biểu Đảng bộ xã Tân Lập lần thứ I")
'Ban Thường vụ Đảng ủy xã Tân Lập'
"""

from __future__ import annotations

import re

from .body_names import CAP

__all__ = [
    "BARE_CONGRESS_ACTS",
    "ORGANISATION_WITH_PLACE",
    "PLACED_CONGRESS",
    "UNPLACED_CONGRESS",
    "congress_identity",
    "congress_key",
    "elected_committee",
]

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
