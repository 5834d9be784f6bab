"""Formatting of roles and relations for the pages (plain text; the templates escape it).

Numbers, comparators, units and periods are written by the one formatter, :mod:`phancong.views.numbers`.

>>> role_text("https://w3id.org/phancong/vocab/role/lead")
'Chủ trì (lead)'
"""

from __future__ import annotations

from .entities import RELATION_NAMES, local, task_relation_names

__all__ = ["role_text", "relation_text", "KIND_NAMES"]

KIND_NAMES = {
    "target": ("Chỉ tiêu", "target"),
    "statistic": ("Số liệu đạt được", "reported figure"),
    "qualitative": ("Chỉ tiêu định tính", "qualitative target"),
}


def role_text(role: str | None) -> str:
    r = local(role) or ""
    vi, en = task_relation_names(r)
    return f"{vi} ({en})"


def relation_text(kind: str | None) -> str:
    vi, en = RELATION_NAMES.get(kind or "", (kind or "", kind or ""))
    return f"{vi} ({en})"
