"""Quota lists: the short form a plan hands quotas out in ("Lạc Sơn 120, Tân Lạc 95, Công an tỉnh 60 đảng viên";
"Đảng bộ A chỉ tiêu 150 đảng viên; B 110; C 95"), each value taking the unit the list states once; and
:class:`FigureItem`, a figure as a target list holds it. Used by ``targets``."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..text.numbers import NUMBER, parse_number
from .body_names import CAP
from .figures import FigureMatch, find_figures

__all__ = ["FigureItem", "QUOTA", "quota_item", "quota_run", "unit_ahead"]


@dataclass
class FigureItem:
    fig: FigureMatch | None  # None: a chỉ tiêu stated without a figure (empty)
    span: tuple[int, int]
    top: bool  # a top-level chỉ tiêu (False: component of the previous top-level one)
    period: str | None = None
    inherited: bool = False  # value carried from a shared head
    empty: bool = False  # a chỉ tiêu stated without a figure
    subject_span: tuple[int, int] | None = None  # a quota list's short name ("Hội An 110"): whose figure it is


# one short item of a quota list: a name and a number ("Hội An 110", "Công an 12")
QUOTA = re.compile(
    r"\s*(?:và\s+)?(?P<name>" + CAP + r"[^\W\d_]*\.?(?:\s*[^\W\d_]+){0,3})\s+(?P<num>" + NUMBER + r")\s*"
)


# a list of quotas joined by commas after a lead's colon: "…: Lạc Sơn 120, Tân Lạc 95, Công an tỉnh 60 đảng viên"
# (each name a proper name, its organisation or level first: "Đảng bộ Công an tỉnh", "huyện Lạc Sơn"; a year is no
# quota: "Phấn đấu đến năm 2030, GRDP … đạt 5.200 USD" is no list)
_QUOTA_NAME = (
    r"(?:(?:Đảng bộ|Đảng ủy|huyện|xã|phường|thị xã|thành phố)\s+)?"
    + CAP
    + r"[^\W\d_]*\.?(?:\s+(?:"
    + CAP
    + r"[^\W\d_]*|tỉnh|an))*"
)
_QUOTA_VALUE = r"\s+(?!(?:19|20)\d\d\b)(?:" + NUMBER + r")"
_QUOTA_RUN = re.compile(
    r"(?P<lead>[^:]*:\s*)?(?P<run>(?:" + _QUOTA_NAME + _QUOTA_VALUE + r"\s*,\s*)+"
    r"(?:và\s+)?" + _QUOTA_NAME + _QUOTA_VALUE + r"(?:\s+[^\W\d_]+){0,3})\s*$"
)


def quota_run(text: str, cs: int, ce: int) -> list[tuple[int, int]]:
    """A clause cut at the commas of a quota list after its lead (one piece each), or the clause whole."""
    m = _QUOTA_RUN.match(text, cs, ce)
    if m is None:
        return [(cs, ce)]
    out = [(cs, m.end("lead"))] if m.group("lead") else []
    pos = m.start("run")
    for c in re.finditer(r"\s*,\s*", text[m.start("run") : m.end("run")]):
        out.append((pos, m.start("run") + c.start()))
        pos = m.start("run") + c.end()
    out.append((pos, m.end("run")))
    return [p for p in out if p[1] > p[0]]


def unit_ahead(text: str, pieces: list[tuple[int, int]]) -> FigureItem | None:
    """The unit a quota list states on its last item ("A 120; B 95; C 80 đảng viên"), as the first item's would
    be: the first later piece with a figure in a unit, when only bare quotas stand between."""
    for cs, ce in pieces:
        figs = find_figures(text, cs, ce)
        if figs and figs[0].unit:
            return FigureItem(figs[0], (cs, ce), top=True)
        if not QUOTA.fullmatch(text[cs:ce]):
            return None
    return None


def quota_item(clause: str, cs: int, ce: int, last_first: FigureItem | None) -> FigureItem | None:
    """ "Đảng bộ A chỉ tiêu 150 đảng viên; B 110; C 95": each value with the first item's unit."""
    quota = QUOTA.fullmatch(clause)
    if not quota or last_first is None or last_first.fig is None or not last_first.fig.unit:
        return None
    ns, ne = cs + quota.start("num"), cs + quota.end("num")
    f0 = last_first.fig
    fig = FigureMatch(ns, ne, ns, parse_number(quota.group("num")), None, "exactly", f0.unit, f0.unit_text, ne)
    return FigureItem(
        fig,
        (cs, ce),
        top=True,
        period=last_first.period,
        inherited=True,
        subject_span=(cs + quota.start("name"), cs + quota.end("name")),
    )
