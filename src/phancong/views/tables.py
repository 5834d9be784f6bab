"""Plain-text tables for people: columns that fit a width, long values elided, numbers the Vietnamese way.

The command line's tables (``phancong … --format table``) and the statistics' tables are drawn here.

>>> print("\\n".join(table_lines([{"body": "Ban Tổ chức Tỉnh ủy", "value": 1800.0}], ["body", "value"])))
body                 value
-------------------  -----
Ban Tổ chức Tỉnh ủy  1.800
"""

from __future__ import annotations

from .numbers import number

__all__ = ["TABLE_WIDTH", "table_lines", "fit_widths", "short"]

TABLE_WIDTH = 120  # columns: every line printed for people fits


def short(v, n: int = 90) -> str:
    """One cell: a float the Vietnamese way (1.800; 46,7), other values as text on one line, elided at ``n``."""
    s = number(v) if isinstance(v, float) else " ".join(str(v).split())
    return s if len(s) <= n else s[: n - 1] + "…"


def fit_widths(widths: list[int], total: int = TABLE_WIDTH) -> list[int]:
    """Column widths whose sum with two spaces between columns is at most ``total``: the widest columns give
    way first, down to 8 characters, then (many columns) down to 3."""
    widths = list(widths)
    room = total - 2 * (len(widths) - 1)
    for least in (8, 3):
        while sum(widths) > room:
            i = max(range(len(widths)), key=lambda k: widths[k])
            if widths[i] <= least:
                break
            widths[i] -= 1
    return widths


def table_lines(rows: list[dict], columns: list[str], width: int = TABLE_WIDTH, indent: str = "") -> list[str]:
    """A header, a rule and one line per row, each at most ``width`` characters with ``indent``."""
    cells = [[("" if r.get(c) is None else short(r.get(c))) for c in columns] for r in rows]
    widths = [max(len(c), *(len(row[i]) for row in cells)) for i, c in enumerate(columns)]
    widths = fit_widths(widths, width - len(indent))
    cells = [[v if len(v) <= w else v[: w - 1] + "…" for v, w in zip(row, widths, strict=True)] for row in cells]
    heads = [c if len(c) <= w else c[: w - 1] + "…" for c, w in zip(columns, widths, strict=True)]
    lines = [
        indent + "  ".join(c.ljust(w) for c, w in zip(heads, widths, strict=True)).rstrip(),
        indent + "  ".join("-" * w for w in widths),
    ]
    lines += [indent + "  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip() for row in cells]
    return lines
