"""What the command line prints for people and for programs: tables, CSV and JSON, fitted to 120 columns.

- :func:`print_rows`: rows as a table (columns narrowed, values elided, so a line fits ``TABLE_WIDTH``),
  as CSV (parses with the ``csv`` module) or as JSON (raw numbers, slugs, IRIs);
- :func:`fitted`: while it is open, every line written to stdout longer than the width is wrapped at a space,
  its continuation indented under the line's own indent: the text of tasks, evidence and reports reads in a
  120-column terminal (only for ``--format table``; CSV and JSON are never touched);
- a table's lines come from :func:`phancong.views.tables.table_lines` (numbers the one Vietnamese way).
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import sys
import textwrap

from .views.tables import TABLE_WIDTH, short, table_lines

__all__ = ["TABLE_WIDTH", "print_rows", "fitted", "short", "union_columns", "csv_cell"]


def print_rows(
    rows: list[dict], fmt: str, columns: list[str] | None = None, out=None, width: int | None = None
) -> None:
    """Rows as a table, CSV or JSON; ``width``: a table's columns are narrowed (and their values elided) to fit."""
    out = out or sys.stdout
    columns = columns or (list(rows[0].keys()) if rows else [])
    if fmt == "json":
        json.dump(rows, out, ensure_ascii=False, indent=2)
        out.write("\n")
        return
    if fmt == "csv":
        # QUOTE_MINIMAL quotes a field with "\n" (the line end) but not one with a bare "\r", which a reader
        # would then take for a line end: such rows are written with every field quoted
        carriage = any(isinstance(v, str) and "\r" in v for r in rows for v in r.values())
        w = csv.DictWriter(
            out,
            fieldnames=columns,
            extrasaction="ignore",
            lineterminator="\n",
            quoting=csv.QUOTE_ALL if carriage else csv.QUOTE_MINIMAL,
        )
        w.writeheader()
        for r in rows:
            w.writerow({k: csv_cell(r.get(k)) for k in columns})
        return
    if not rows:
        print("(no rows)", file=out)
        return
    for line in table_lines(rows, columns, width or TABLE_WIDTH):
        print(line, file=out)


def csv_cell(v) -> str | object:
    """One CSV field: nothing for None, a list's items with "; " between them, a mapping as JSON."""
    if v is None:
        return ""
    if isinstance(v, (list, tuple)):
        return "; ".join(str(csv_cell(x)) for x in v)
    if isinstance(v, dict):
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, bool):  # as JSON writes it
        return "true" if v else "false"
    return v


def union_columns(rows: list[dict], first: tuple[str, ...] = ()) -> list[str]:
    """The keys of all rows, ``first`` first, then in the order they are first met."""
    columns = list(first)
    for r in rows:
        columns += [k for k in r if k not in columns]
    return columns


class _FittedWriter(io.TextIOBase):
    """A text stream that passes whole lines to ``target``, wrapping those longer than ``width``."""

    def __init__(self, target, width: int) -> None:
        self.target, self.width, self.pending = target, width, ""

    def writable(self) -> bool:
        return True

    def write(self, s: str) -> int:
        self.pending += s
        *lines, self.pending = self.pending.split("\n")
        for line in lines:
            self.target.write(self._wrap(line) + "\n")
        return len(s)

    def _wrap(self, line: str) -> str:
        if len(line) <= self.width:
            return line
        indent = " " * (len(line) - len(line.lstrip(" ")))
        return "\n".join(
            textwrap.wrap(
                line,
                self.width,
                subsequent_indent=indent + "  ",
                break_long_words=True,
                break_on_hyphens=False,
                drop_whitespace=True,
            )
        )

    def flush(self) -> None:
        if self.pending:
            self.target.write(self._wrap(self.pending))
            self.pending = ""
        self.target.flush()


@contextlib.contextmanager
def fitted(width: int = TABLE_WIDTH):
    """While open, lines printed to stdout longer than ``width`` are wrapped (see the module's docstring)."""
    real = sys.stdout
    writer = _FittedWriter(real, width)
    sys.stdout = writer
    try:
        yield writer
    finally:
        writer.flush()
        sys.stdout = real
