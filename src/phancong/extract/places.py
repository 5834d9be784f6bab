"""Place names that follow a body's name: the provinces of data/provinces-2025.csv (the 63 before
1 July 2025 and the 34 after, with the spellings documents use), and named districts and communes.

"Tỉnh ủy Thanh Hóa", "Ủy ban nhân dân tỉnh Đắk Lắk", "Ban Tuyên giáo và Dân vận Tỉnh ủy Sơn La": the place
is read off the name (the body's name stays "Tỉnh ủy", its province is the place named).

>>> [(m.group(0), province_of(m.group("province"))) for m in [PROVINCE_AFTER.match(" Thừa Thiên - Huế khóa XI")]]
[(' Thừa Thiên - Huế', 'Huế')]
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache

from .._resources import resource_dir
from ..text.normalise import fold

__all__ = [
    "PROVINCE_AFTER",
    "province_of",
    "province_names",
    "province_kind",
    "province_alternation",
    "city_alternation",
]

# spellings documents use beside the table's names (data/README.md)
_VARIANTS = {
    "Hòa Bình": ["Hoà Bình"],
    "Khánh Hòa": ["Khánh Hoà"],
    "Thanh Hóa": ["Thanh Hoá"],
    "Bắc Kạn": ["Bắc Cạn"],
    "Đắk Lắk": ["Đắc Lắc", "Đăk Lăk", "Đắk Lăk"],
    "Đắk Nông": ["Đăk Nông"],
    "Huế": ["Thừa Thiên Huế", "Thừa Thiên - Huế", "Thừa Thiên-Huế"],
    "Hồ Chí Minh": ["TP.HCM", "TPHCM", "TP. Hồ Chí Minh", "HCM"],  # "HCM" after "TP." / "TP"
    "Bà Rịa - Vũng Tàu": ["Bà Rịa-Vũng Tàu", "BR-VT"],
}


@lru_cache(maxsize=1)
def _rows() -> tuple[dict[str, str], ...]:
    """The rows of data/provinces-2025.csv, read once."""
    with open(resource_dir("data") / "provinces-2025.csv", encoding="utf-8") as f:
        return tuple(csv.DictReader(f))


@lru_cache(maxsize=1)
def province_names() -> dict[str, str]:
    """Written form -> the table's name, for every old and new province."""
    out: dict[str, str] = {}
    for row in _rows():
        for name in (row["old_name"], row["new_name"]):
            out[name] = name
            for v in _VARIANTS.get(name, []):
                out[v] = name
    return out


def province_of(written: str) -> str | None:
    names = province_names()
    if written in names:
        return names[written]
    f = fold(_DASH.sub(" - ", written))  # "Bà Rịa- Vũng Tàu", "Bà Rịa – Vũng Tàu": the name's dash, spaced
    return next((v for k, v in names.items() if fold(k) == f), None)


# a dash in a province's name, however it is spaced: "Bà Rịa- Vũng Tàu", "Thừa Thiên – Huế"
_DASH = re.compile(r"\s*[-–]\s*")


@lru_cache(maxsize=1)
def _kinds() -> dict[str, str]:
    """The table's name -> "tỉnh" or "thành phố" (a name that is both an old and a new province takes the new
    kind: Huế, Cần Thơ)."""
    out: dict[str, str] = {}
    for row in _rows():
        out.setdefault(row["old_name"], row["old_kind"])
    for row in _rows():
        out[row["new_name"]] = row["new_kind"]
    return out


def province_kind(written: str) -> str | None:
    """ "tỉnh" or "thành phố" for a province as written, None for another name.

    >>> province_kind("Quảng Trị"), province_kind("Đà Nẵng"), province_kind("Đại Từ")
    ('tỉnh', 'thành phố', None)
    """
    name = province_of(written)
    return _kinds().get(name) if name else None


def province_alternation() -> str:
    """A regular expression alternation of every province as documents write it, longest first."""
    escaped = (re.escape(n) for n in sorted(province_names(), key=len, reverse=True))
    return "|".join(e.replace(r"\ \-\ ", r"\s*[-–]\s*") for e in escaped)


def city_alternation() -> str:
    """An alternation of the provinces that are cities (thành phố trực thuộc trung ương) as documents write
    them: "thành phố Đà Nẵng" is a province, not a district-level city like "thành phố Hội An"."""
    cities = [w for w, name in province_names().items() if _kinds().get(name) == "thành phố"]
    return "|".join(re.escape(n) for n in sorted(cities, key=len, reverse=True))


PROVINCE_AFTER = re.compile(r"(?:\s+|(?<=TP\.))(?P<province>" + province_alternation() + r")(?![^\W\d_])")
