"""Formatting of roles, relations and periods for the pages (plain text; the templates escape it).

Numbers, comparators and units are written by the one formatter, :mod:`phancong.views.numbers`.

>>> role_text("https://w3id.org/phancong/vocab/role/lead")
'Chủ trì (lead)'
>>> period_text(deadline=2025, period="annual")
'đến 2025, hằng năm (annual)'
"""

from __future__ import annotations

from ..vocab import role_names
from .entities import RELATION_NAMES, local

__all__ = ["role_text", "relation_text", "period_text", "KIND_NAMES"]

KIND_NAMES = {"target": ("Chỉ tiêu", "target"), "statistic": ("Số liệu đạt được", "reported figure"),
              "qualitative": ("Chỉ tiêu định tính", "qualitative target")}


def role_text(role: str | None) -> str:
    r = local(role) or ""
    vi, en = role_names(r)
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
