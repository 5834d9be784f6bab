"""The comparison chart: one bar (or range bar) per province, document and figure, as SVG.

Targets (chỉ tiêu) and reported statistics (số liệu đạt được) are told apart by
colour, hatching and the legend; each bar is labelled with its comparator, value,
unit and deadline or period. Figures with different units get separate panels.
Text stays text in the SVG (``svg.fonttype = none``: selectable, searchable, with
a font list that covers Vietnamese); labels from data never reach mathtext
(``text.parse_math`` off), so a ``$`` in a document title is a dollar sign.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from pathlib import Path

from ..text.display import inert
from . import numbers

__all__ = ["compare_chart", "render_compare_svg", "KIND_COLOURS"]

KIND_COLOURS = {"target": "#1565c0", "statistic": "#ef6c00"}
KIND_FILLS = {"target": "#1565c0", "statistic": "#ffcc80"}  # statistics: light fill, hatched
KIND_NAMES = {"target": "Chỉ tiêu / Target", "statistic": "Số liệu đạt được / Reported statistic"}
_PERIODS = {"annual": "hằng năm / annual", "term": "cả nhiệm kỳ / whole term"}
TITLE_CHARS = 70  # characters a line of the chart's title (10 inches wide, 13 pt bold)
FONTS = ["DejaVu Sans", "Noto Sans", "Arial", "Segoe UI", "sans-serif"]


def _get(row, name):
    return row.get(name) if isinstance(row, dict) else getattr(row, name, None)


def value_text(row) -> str:
    """'≥ 90%', '7,5–8%', '> 96%' (the one formatter, views/numbers.py)."""
    return numbers.value_text(
        _get(row, "comparator"), _get(row, "value"), _get(row, "upper"), _get(row, "unit"), _get(row, "unit_text")
    )


def when_text(row) -> str:
    """'hạn / by 2025', 'hằng năm / annual 2020–2025', 'tính đến / as of 2020-12-31'."""
    if _get(row, "kind") == "statistic":
        return f"tính đến / as of {_get(row, 'as_of')}" if _get(row, "as_of") else ""
    parts = []
    if _get(row, "deadline"):
        parts.append(f"hạn / by {_get(row, 'deadline')}")
    if _get(row, "period"):
        span = ""
        if _get(row, "period_start") and _get(row, "period_end"):
            span = f" {_get(row, 'period_start')}–{_get(row, 'period_end')}"
        parts.append(_PERIODS.get(_get(row, "period"), _get(row, "period")) + span)
    return ", ".join(parts)


def _row_label(row) -> str:
    doc = _get(row, "document") or _get(row, "subject") or "(không rõ văn bản / no document)"
    doc = doc if len(doc) <= 48 else doc[:47].rstrip() + "…"
    return f"{_get(row, 'province') or '(không rõ tỉnh / no province)'}\n{doc}"


def _figure(rows: Sequence, title: str):
    import matplotlib

    matplotlib.use("Agg", force=False)
    from matplotlib.figure import Figure
    from matplotlib.patches import Patch

    rows = sorted(
        rows,
        key=lambda r: (
            _get(r, "province") or "",
            _get(r, "kind") != "target",
            _get(r, "document") or "",
            _get(r, "value"),
        ),
    )
    units: list[str | None] = []
    for r in rows:
        if _get(r, "unit") not in units:
            units.append(_get(r, "unit"))
    panels = [[r for r in rows if _get(r, "unit") == u] for u in units] or [[]]
    heights = [max(1, len(p)) for p in panels]
    fig = Figure(figsize=(10, 1.4 + 0.62 * sum(heights) + 0.5 * len(panels)), layout="constrained")
    axes = fig.subplots(len(panels), 1, squeeze=False, gridspec_kw={"height_ratios": heights})[:, 0]
    # wrapped to the figure's width: a browser's font may be wider than matplotlib's, so a margin is left
    fig.suptitle(textwrap.fill(title, TITLE_CHARS), fontsize=13, fontweight="bold")
    for ax, panel, unit in zip(axes, panels, units or [None], strict=True):
        top = max([(_get(r, "upper") or _get(r, "value")) for r in panel] or [1])
        for i, r in enumerate(panel):
            kind = _get(r, "kind")
            colour, fill = KIND_COLOURS.get(kind, "#607d8b"), KIND_FILLS.get(kind, "#cfd8dc")
            low, high = _get(r, "value"), _get(r, "upper")
            hatch = "///" if kind == "statistic" else None
            if high is not None:  # a range: a bar from the lower to the upper bound
                ax.barh(
                    i,
                    high - low,
                    left=low,
                    height=0.55,
                    color=fill,
                    alpha=0.5,
                    edgecolor=colour,
                    linewidth=1.5,
                    hatch=hatch,
                )
            else:
                ax.barh(i, low, height=0.55, color=fill, edgecolor=colour, linewidth=1.2, hatch=hatch)
            end = (high if high is not None else low) + top * 0.012
            ax.text(end, i - 0.09, value_text(r), va="center", fontsize=10, fontweight="bold", color=colour)
            if when_text(r):
                ax.text(end, i + 0.2, when_text(r), va="center", fontsize=8, color="#37474f")
        ax.set_yticks(range(len(panel)), [_row_label(r) for r in panel], fontsize=9)
        ax.invert_yaxis()
        ax.set_xlim(0, top * 1.5)
        if unit == "percent":
            ax.set_xticks([t for t in ax.get_xticks() if 0 <= t <= max(100, top)])
        ax.set_xlabel("Giá trị / Value" + (f" ({numbers.unit_text(unit)})" if unit else ""), fontsize=9)
        ax.grid(axis="x", color="#e0e0e0", linewidth=0.8)
        ax.set_axisbelow(True)
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
    kinds = [k for k in KIND_COLOURS if any(_get(r, "kind") == k for r in rows)] or list(KIND_COLOURS)
    fig.legend(
        handles=[
            Patch(
                facecolor=KIND_FILLS[k],
                hatch="///" if k == "statistic" else None,
                edgecolor=KIND_COLOURS[k],
                label=KIND_NAMES[k],
            )
            for k in kinds
        ],
        loc="outside lower center",
        ncols=len(kinds),
        fontsize=9,
        frameon=False,
    )
    return fig


def render_compare_svg(rows: Sequence, title: str = "") -> str:
    """The chart of :meth:`KnowledgeGraph.compare` rows (CompareRow objects or their records) as SVG text."""
    import io

    import matplotlib

    with matplotlib.rc_context(
        {
            "svg.fonttype": "none",
            "text.parse_math": False,
            "text.usetex": False,
            "font.family": "sans-serif",
            "font.sans-serif": FONTS,
            "svg.hashsalt": "phancong",
        }
    ):
        if title.startswith(("http://", "https://")):
            title = "Chỉ số / Indicator: " + title.rstrip("/").rsplit("/", 1)[-1].rsplit("#", 1)[-1]
        fig = _figure(rows, title or "So sánh / Comparison")
        out = io.StringIO()
        fig.savefig(out, format="svg", metadata={"Date": None})
    return inert(out.getvalue())  # no bidi control or zero-width character in any label


def compare_chart(rows: Sequence, path: str | Path, *, title: str = "") -> Path:
    """Write the SVG chart of the compare rows to ``path`` (parent directories are created)."""
    path = Path(path)
    if path.suffix.lower() not in (".svg", ""):
        raise ValueError(f"{path}: the comparison chart is written as SVG; name the file *.svg")
    text = render_compare_svg(rows, title)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise OSError(f"{path}: cannot write the chart ({exc.strerror or exc})") from None
    return path
