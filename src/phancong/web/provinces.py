"""The provinces for the pages: the merger table (data/provinces-2025.csv), the tile positions of the
province map (data/province-tiles.csv) and the map of a comparison, one tile per province.

The map is an SVG tile grid drawn by the template (no boundary data ships with the package): each province
is one tile placed roughly where it lies, coloured by the status of its targets on the indicator compared.

>>> len(tiles("2025")), len(tiles("pre2025"))
(34, 63)
>>> successor("Bắc Kạn"), sorted(merged_from("Thái Nguyên"))
('Thái Nguyên', ['Bắc Kạn', 'Thái Nguyên'])
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache

from .._resources import resource_dir

__all__ = ["MAPS", "STATUS", "Tile", "merger", "successor", "merged_from", "tiles", "province_map"]

# map key -> (Vietnamese, English) name of the map
MAPS = {
    "2025": ("34 tỉnh, thành từ 1/7/2025", "34 provinces since 1 July 2025"),
    "pre2025": ("63 tỉnh, thành trước 1/7/2025", "63 provinces before 1 July 2025"),
}
# a tile's status -> (Vietnamese, English, fill): the worst status of the province's targets decides
STATUS = {
    "behind": ("chưa đạt", "target behind", "#f4a582"),
    "on track": ("đúng tiến độ", "target on track", "#d9f0a3"),
    "met": ("đã đạt", "target met", "#7fc97f"),
    "no data": ("chỉ tiêu chưa có số liệu", "target, no data yet", "#fee391"),
    "reported": ("chỉ có số liệu", "reported figure, no target", "#a6cee3"),
    "none": ("không có số liệu", "no figure", "#eceff1"),
}
TILE_W, TILE_H, GAP = 74, 44, 4


@dataclass(frozen=True)
class Tile:
    name: str
    col: int
    row: int


def _rows(name: str) -> list[dict]:
    with open(resource_dir("data") / name, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


@cache
def merger() -> dict[str, str]:
    """Each of the 63 provinces before 1 July 2025 -> the one of the 34 it is part of since."""
    return {r["old_name"]: r["new_name"] for r in _rows("provinces-2025.csv")}


def successor(name: str) -> str | None:
    return merger().get(name)


def merged_from(name: str) -> set[str]:
    """The provinces before 1 July 2025 that form ``name`` (a name since)."""
    return {old for old, new in merger().items() if new == name}


@cache
def tiles(which: str) -> tuple[Tile, ...]:
    """The tiles of a map (``"2025"``: the 34 provinces, ``"pre2025"``: the 63 before the merger)."""
    if which not in MAPS:
        raise ValueError(f"map must be one of {', '.join(MAPS)}, not {which!r}")
    return tuple(
        Tile(r["name"], int(r["col"]), int(r["row"])) for r in _rows("province-tiles.csv") if r["map"] == which
    )


def _status(rows) -> str:
    targets = [r for r in rows if r.kind == "target"]
    statuses = {r.status or "no data" for r in targets}
    for s in ("behind", "on track", "met", "no data"):
        if s in statuses:
            return s
    return "reported" if rows else "none"


def _lines(name: str, width: int = 10) -> list[str]:
    """A name on at most two lines of about ``width`` characters."""
    if len(name) <= width or " " not in name:
        return [name]
    words = name.split(" ")
    best = min(range(1, len(words)), key=lambda i: abs(len(" ".join(words[:i])) - len(" ".join(words[i:]))))
    return [" ".join(words[:best]), " ".join(words[best:])]


def province_map(rows, which: str, value_text, href) -> dict:
    """What the map template draws: the tiles of ``which`` with each province's status, its first value
    (a province-wide target first) and the link ``href(name)``; ``rows`` are compare rows (pre-2025 names
    in ``province``, the unit since in ``province_2025``)."""
    by_name: dict[str, list] = {}
    for r in rows:
        name = (r.province_2025 or successor(r.province or "")) if which == "2025" else r.province
        if name:
            by_name.setdefault(name, []).append(r)
    out = []
    for t in tiles(which):
        mine = sorted(by_name.get(t.name, []), key=lambda r: (r.scope != "province", r.kind != "target"))
        status = _status(mine)
        first = mine[0] if mine else None
        value = value_text(first.comparator, first.value, first.upper, first.unit) if first else ""
        vi, en, fill = STATUS[status]
        parts = sorted(merged_from(t.name)) if which == "2025" else []
        title = f"{t.name} {value or '—'} · {vi} ({en})"  # the tile's text first: its accessible name
        if len(parts) > 1:
            title += " · gồm (from) " + ", ".join(parts)
        if len(mine) > 1:
            title += f" · {len(mine)} số liệu, chỉ tiêu (figures)"
        out.append(
            {
                "name": t.name,
                "x": GAP + t.col * (TILE_W + GAP),
                "y": GAP + t.row * (TILE_H + GAP),
                "lines": _lines(t.name),
                "value": value,
                "status": status,
                "fill": fill,
                "title": title,
                "href": href(t.name) if mine else None,
                "figures": len(mine),
            }
        )
    width = GAP + (max(t.col for t in tiles(which)) + 1) * (TILE_W + GAP)
    height = GAP + (max(t.row for t in tiles(which)) + 1) * (TILE_H + GAP)
    return {
        "which": which,
        "tiles": out,
        "width": width,
        "height": height,
        "tile_w": TILE_W,
        "tile_h": TILE_H,
        "legend": [(k, *STATUS[k]) for k in STATUS],
        "names": MAPS[which],
        "coloured": sum(1 for t in out if t["status"] != "none"),
    }
