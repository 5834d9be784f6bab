"""Formatting of values for the pages (plain text; the templates escape it).

>>> number(46.7), number(90.0), number(1800)
('46,7', '90', '1.800')
>>> value_text("at-least", 90.0, None, "https://w3id.org/phancong/vocab/unit/percent")
'≥ 90%'
>>> value_text("range", 7.5, 8.0, "percent")
'7,5–8%'
"""

from __future__ import annotations

from .entities import RELATION_NAMES, ROLE_NAMES, local

__all__ = ["number", "value_text", "role_text", "relation_text", "comparator_symbol", "unit_text", "period_text"]

COMPARATORS = {"at-least": "≥", "at-most": "≤", "exactly": "", "more-than": ">", "less-than": "<", "range": ""}
UNITS = {"percent": "%"}
KIND_NAMES = {"target": ("Chỉ tiêu", "target"), "statistic": ("Số liệu đạt được", "reported figure"),
              "qualitative": ("Chỉ tiêu định tính", "qualitative target")}


def number(v) -> str:
    """Vietnamese style: "." between thousands, "," before decimals."""
    if v is None:
        return ""
    try:
        f = float(v)
    except (TypeError, ValueError):
        return str(v)
    if f.is_integer():
        return f"{int(f):,}".replace(",", ".")
    whole, _, frac = f"{f:.6f}".rstrip("0").partition(".")
    return f"{int(whole):,}".replace(",", ".") + "," + frac


def comparator_symbol(comparator: str | None) -> str:
    return COMPARATORS.get(local(comparator) or "", "")


def unit_text(unit: str | None, unit_text: str | None = None) -> str:
    u = local(unit)
    if u in UNITS:
        return UNITS[u]
    return unit_text or (u.replace("-", " ") if u else "")


def value_text(comparator, value, upper, unit, unit_label: str | None = None) -> str:
    u = unit_text(unit, unit_label)
    sep = "" if u == "%" else " "
    if upper is not None and upper != value:
        v = f"{number(value)}–{number(upper)}"
    else:
        v = number(value)
    sym = comparator_symbol(comparator)
    return (f"{sym} " if sym else "") + v + (sep + u if u else "")


def role_text(role: str | None) -> str:
    r = local(role) or ""
    vi, en = ROLE_NAMES.get(r, (r, r))
    return f"{vi} ({en})"


def relation_text(kind: str | None) -> str:
    vi, en = RELATION_NAMES.get(kind or "", (kind or "", kind or ""))
    return f"{vi} ({en})"


def period_text(deadline=None, period=None, start=None, end=None, as_of=None) -> str:
    parts = []
    if deadline:
        parts.append(f"đến {deadline}")
    p = local(period)
    if p == "annual":
        parts.append("hằng năm (annual)")
    elif p:
        parts.append(p)
    if start or end:
        parts.append(f"{start or '…'}–{end or '…'}")
    if as_of:
        parts.append(f"tính đến {as_of}")
    return ", ".join(parts)
