"""Vietnamese numbers and dates.

>>> parse_number("1.800"), parse_number("44,56"), parse_number("02"), parse_number("7,5")
(1800.0, 44.56, 2.0, 7.5)
>>> parse_date("ngày 12/6/2021"), parse_date("ngày 2-2-2008"), parse_date("tháng 10/2020")
('2021-06-12', '2008-02-02', '2020-10')
>>> parse_date("Thứ Tư, ngày 6 tháng 10 năm 2021 - 15:34"), parse_date("16.5.2023")
('2021-10-06', '2023-05-16')
>>> parse_date("Ngày 6/8", default_year=2024)
'2024-08-06'
"""

from __future__ import annotations

import re
from datetime import date

__all__ = ["NUMBER", "parse_number", "parse_date", "DATE_RE", "find_dates"]

# 1.800 / 56.760 / 44,56 / 90 / 1.288 / 7,5
NUMBER = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"


_GROUPED = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")
_ENGLISH_DECIMAL = re.compile(r"\d+\.\d{1,2}")


def parse_number(text: str) -> float:
    """Vietnamese notation: "." groups thousands, "," is the decimal mark."""
    t = text.strip()
    if _GROUPED.fullmatch(t):
        t = t.replace(".", "")
    elif _ENGLISH_DECIMAL.fullmatch(t):  # "7.5" written English-style: keep as decimal
        pass
    t = t.replace(",", ".")
    return float(t)


_D = r"(\d{1,2})"
_M = r"(\d{1,2})"
_Y = r"(\d{4})"
DATE_RE = re.compile(
    r"(?:ngày\s+)?"
    + _D
    + r"\s+tháng\s+"
    + _M
    + r"\s+năm\s+"
    + _Y  # ngày 6 tháng 10 năm 2021
    + r"|(?<![\d/.-])"
    + _D
    + r"([/.-])"
    + _M
    + r"\5"
    + _Y
    + r"(?![\d/])"  # 12/6/2021, 2-2-2008, 16.5.2023
    + r"|tháng\s+"
    + _M
    + r"[/-]"
    + _Y  # tháng 10/2020
    + r"|[Nn]gày\s+"
    + _D
    + r"/"
    + _M
    + r"(?![/\d])",  # Ngày 6/8 (no year)
    re.IGNORECASE,
)


def _iso(y: int, m: int, d: int | None = None) -> str | None:
    try:
        if d is None:
            date(y, m, 1)
            return f"{y:04d}-{m:02d}"
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def _from_match(m: re.Match, default_year: int | None) -> str | None:
    g = m.groups()
    if g[0]:
        return _iso(int(g[2]), int(g[1]), int(g[0]))
    if g[3]:
        return _iso(int(g[6]), int(g[5]), int(g[3]))
    if g[7]:
        return _iso(int(g[8]), int(g[7]))
    if g[9] and default_year:
        return _iso(default_year, int(g[10]), int(g[9]))
    return None


def find_dates(text: str, default_year: int | None = None) -> list[tuple[int, int, str]]:
    """Every date in ``text`` as (start, end, ISO string)."""
    out = []
    for m in DATE_RE.finditer(text):
        iso = _from_match(m, default_year)
        if iso:
            out.append((m.start(), m.end(), iso))
    return out


def parse_date(text: str, default_year: int | None = None) -> str | None:
    """The first date in ``text`` as ISO (YYYY-MM-DD or YYYY-MM), else None."""
    found = find_dates(text, default_year)
    return found[0][2] if found else None
