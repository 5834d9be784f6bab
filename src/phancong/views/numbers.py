"""The one way numbers, comparators and units are written for people: tables, pages, views and charts.

Vietnamese style, as the documents write them: "." between thousands, "," before decimals, the value as
given (no rounding); a comparator as its symbol; a unit by its Vietnamese label from the vocabulary
(``ontology/vocab-roles.ttl``), "%" for percent, or the unit as the text wrote it when it has no concept.
JSON and CSV carry the raw numbers and the unit's slug instead; only what people read goes through here.

>>> number(46.7), number(90.0), number(1800), number(37781.25), number(None)
('46,7', '90', '1.800', '37.781,25', '')
>>> value_text("at-least", 90.0, None, "https://w3id.org/phancong/vocab/unit/percent")
'≥ 90%'
>>> value_text("range", 7.5, 8.0, "percent"), value_text("at-least", 9.0, None, "percent", "%/năm")
('7,5–8%', '≥ 9%/năm')
>>> value_text("at-least", 1800, None, "party-member")
'≥ 1.800 đảng viên'
>>> value_text(None, 2000, None, "unit", "tỷ đồng")
'2.000 tỷ đồng'
>>> period_text(deadline=2025, period="annual"), period_text(period="term", start=2020, end=2025)
('đến 2025, hằng năm (annual)', 'cả nhiệm kỳ (whole term), 2020–2025')
"""

from __future__ import annotations

from ..vocab import unit_names

__all__ = ["COMPARATOR_SYMBOLS", "number", "comparator_symbol", "unit_text", "value_text", "period_text"]

COMPARATOR_SYMBOLS = {"at-least": "≥", "at-most": "≤", "more-than": ">", "less-than": "<", "exactly": "", "range": ""}


def _local(iri) -> str:
    s = str(iri or "")
    return s.rstrip("/").rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def number(v) -> str:
    """Vietnamese style: "." between thousands, "," before decimals; a non-number is shown as it is."""
    if v is None or v == "":
        return ""
    try:
        f = float(v)
    except (TypeError, ValueError):
        return str(v)
    if f.is_integer():
        return f"{int(f):,}".replace(",", ".")
    whole, _, frac = f"{f:.6f}".rstrip("0").partition(".")
    sign = "-" if f < 0 and whole == "-0" else ""
    return sign + f"{int(whole):,}".replace(",", ".") + "," + frac


def comparator_symbol(comparator) -> str:
    """ "≥" for at-least (a slug or a pcv:comparator IRI); "" for exactly, a range or none."""
    return COMPARATOR_SYMBOLS.get(_local(comparator), "")


def unit_text(unit, unit_label: str | None = None) -> str:
    """ "%" for percent; the unit as the text wrote it (``pc:unitText``) when given; else the concept's
    Vietnamese label; "" without a unit."""
    u = _local(unit)
    if u == "percent":  # a rate per year keeps its "/năm": "%/năm"
        return unit_label if unit_label and unit_label.startswith("%") else "%"
    if unit_label:
        return unit_label
    if not u:
        return ""
    vi, _en = unit_names().get(u, ("", ""))
    if u in ("unit", "index"):  # other units, and an index's value, which has none
        return ""
    return vi if vi else u.replace("-", " ")


def value_text(comparator, value, upper=None, unit=None, unit_label: str | None = None) -> str:
    """'≥ 90%', '7,5–8%', '> 96%', '≥ 1.800 đảng viên'."""
    v = number(value)
    if upper is not None and upper != value:
        v = f"{v}–{number(upper)}"
    u = unit_text(unit, unit_label)
    sym = comparator_symbol(comparator)
    return (f"{sym} " if sym else "") + v + ("" if not u else (u if u.startswith("%") else " " + u))


PERIODS = {"annual": "hằng năm (annual)", "term": "cả nhiệm kỳ (whole term)"}


def period_text(deadline=None, period=None, start=None, end=None, as_of=None) -> str:
    """When a figure holds, in a few words: 'đến 2025, hằng năm (annual)', '2020–2025', 'tính đến 2024-06'."""
    parts = []
    if deadline:
        parts.append(f"đến {deadline}")
    p = _local(period)
    if p:
        parts.append(PERIODS.get(p, p))
    if start or end:
        parts.append(f"{start or '…'}–{end or '…'}")
    if as_of:
        parts.append(f"tính đến {as_of}")
    return ", ".join(parts)
