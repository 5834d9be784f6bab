"""What changed in the figures summary since compare's default answers were computed, and those answers kept
group by group, so that a build recomputes only the groups its sources touch.

compare's default answer of an indicator is one row per group (scope, province, subject, indicator:
:func:`phancong.answers.status.latest_per_group`), each row read off the figures of its group alone, and the
groups come in the order of their first figure in the figures query's order. So the answers are kept per
group (``compare_groups``: the row, and the order of its first figure) with the groups of each figure
(``figure_groups``), and each indicator's answer is its groups' rows in that order.

A figure's rows in the answers change when its own values change (a source that states it is added, replaced
or removed) or when a value of what it links to changes (its province, document, subject or source, and the
issuer of its document or the province its province merged into): :meth:`FigureChanges.graph_changed`,
called inside the same transaction as the graph's rows, records the figures of the graph (before and after)
and the subjects whose values appear in or vanish from the summary (a value another graph still states does
not change). ``figure_links`` keeps what each figure links to, for finding the figures of those subjects.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from typing import Any

__all__ = ["FigureChanges", "LINKS", "chunks"]

# a figure's own values that name what it links to (the figures query's OPTIONAL groups start from them)
LINKS = ("province", "document", "subject", "derivedFrom")
_CHUNK = 5000


def chunks(items: Iterable[Any]) -> Iterable[list[Any]]:
    items = sorted(set(items), key=str)
    for i in range(0, len(items), _CHUNK):
        yield items[i : i + _CHUNK]


class FigureChanges:
    """The tables that say what changed, and compare's default answers by group (in the text index's database)."""

    TABLES = ("figure_links", "figure_dirty", "entity_dirty", "compare_groups", "figure_groups")

    def __init__(self, db: sqlite3.Connection, *, writable: bool):
        self.db = db
        if writable:
            db.executescript(
                """
                CREATE TABLE IF NOT EXISTS figure_links(target TEXT NOT NULL, figure TEXT NOT NULL,
                    graph TEXT NOT NULL, PRIMARY KEY (target, figure, graph)) WITHOUT ROWID;
                CREATE INDEX IF NOT EXISTS figure_links_graph ON figure_links(graph);
                CREATE TABLE IF NOT EXISTS figure_dirty(figure TEXT PRIMARY KEY) WITHOUT ROWID;
                CREATE TABLE IF NOT EXISTS entity_dirty(s TEXT PRIMARY KEY) WITHOUT ROWID;
                CREATE TABLE IF NOT EXISTS compare_groups(indicator TEXT NOT NULL, grp TEXT NOT NULL,
                    first TEXT NOT NULL, row TEXT NOT NULL, PRIMARY KEY (indicator, grp)) WITHOUT ROWID;
                CREATE TABLE IF NOT EXISTS figure_groups(figure TEXT NOT NULL, indicator TEXT NOT NULL,
                    grp TEXT NOT NULL, PRIMARY KEY (figure, indicator, grp)) WITHOUT ROWID;
                CREATE INDEX IF NOT EXISTS figure_groups_group ON figure_groups(indicator, grp);
                CREATE INDEX IF NOT EXISTS figure_rows_figure ON figure_rows(figure);
                CREATE INDEX IF NOT EXISTS figure_entities_link ON figure_entities(o)
                    WHERE p IN ('issuer', 'mergedInto');
                """
            )
            if db.execute("SELECT 1 FROM figure_rows LIMIT 1").fetchone() is None:  # no rows: no links missing
                db.execute("INSERT OR IGNORE INTO figure_meta(key, value) VALUES ('links', '1')")

    def _meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM figure_meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def _set_meta(self, key: str, value: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO figure_meta(key, value) VALUES (?, ?)", (key, value))

    # -- writing, inside the transaction of a graph's rows (FigureSummary.replace)
    def tracking(self) -> bool:
        """Whether the answers are kept by group and every change since is recorded (else the next refresh
        computes them all)."""
        return self._meta("groups") == "1"

    def graph_changed(self, graph: str, facts: Any | None) -> None:
        """Before the graph's rows are replaced by ``facts`` (None: unknown, or removed with an empty one): its
        links replaced and, while the answers are kept by group, its figures (old and new) recorded."""
        tracking = self.tracking()
        if tracking:
            self.db.executemany(
                "INSERT OR IGNORE INTO figure_dirty(figure) VALUES (?)",
                self.db.execute("SELECT DISTINCT figure FROM figure_rows WHERE graph = ?", (graph,)).fetchall(),
            )
            if facts is not None:
                self.db.executemany(
                    "INSERT OR IGNORE INTO figure_dirty(figure) VALUES (?)", [(f,) for f, _, _ in facts.figures]
                )
        self.db.execute("DELETE FROM figure_links WHERE graph = ?", (graph,))
        links = getattr(facts, "links", None) or []
        self.db.executemany(
            "INSERT OR IGNORE INTO figure_links(target, figure, graph) VALUES (?, ?, ?)",
            [(t, f, graph) for t, f in links],
        )

    def values_of(self, subjects: Iterable[str]) -> dict[str, set[tuple]]:
        """subject -> its values in the summary now, as (s, p, o, lang)."""
        out: dict[str, set[tuple]] = {}
        for chunk in chunks(subjects):
            sql = f"SELECT s, p, o, lang FROM figure_entities WHERE s IN ({','.join('?' * len(chunk))})"
            for s, p, o, lang in self.db.execute(sql, chunk):
                out.setdefault(s, set()).add((s, p, o, lang))
        return out

    def entities_changed(self, before: dict[str, set[tuple]], after: dict[str, set[tuple]]) -> None:
        """The subjects whose values differ between ``before`` and ``after`` (:meth:`values_of`) are recorded."""
        changed = [(s,) for s in set(before) | set(after) if before.get(s, set()) != after.get(s, set())]
        self.db.executemany("INSERT OR IGNORE INTO entity_dirty(s) VALUES (?)", changed)

    # -- reading what changed, when the answers are refreshed
    def changed_figures(self) -> set[str]:
        """The figures whose rows in the answers may have changed: their own values, or a value of what they
        link to (directly, or through the issuer of their document or the merger of their province)."""
        figures = {f for (f,) in self.db.execute("SELECT figure FROM figure_dirty")}
        subjects = {s for (s,) in self.db.execute("SELECT s FROM entity_dirty")}
        for chunk in chunks(subjects):
            marks = ",".join("?" * len(chunk))
            sql = f"SELECT s FROM figure_entities WHERE p IN ('issuer', 'mergedInto') AND o IN ({marks})"
            subjects |= {s for (s,) in self.db.execute(sql, chunk)}
        for chunk in chunks(subjects):
            sql = f"SELECT figure FROM figure_links WHERE target IN ({','.join('?' * len(chunk))})"
            figures |= {f for (f,) in self.db.execute(sql, chunk)}
        return figures

    def groups_of(self, figures: Iterable[str]) -> set[tuple[str, str]]:
        """The (indicator, group) of these figures in the answers kept."""
        out: set[tuple[str, str]] = set()
        for chunk in chunks(figures):
            sql = f"SELECT indicator, grp FROM figure_groups WHERE figure IN ({','.join('?' * len(chunk))})"
            out |= set(self.db.execute(sql, chunk))
        return out

    def members(self, groups: Iterable[tuple[str, str]]) -> set[str]:
        """The figures of these groups in the answers kept."""
        sql = "SELECT figure FROM figure_groups WHERE indicator = ? AND grp = ?"
        return {f for g in groups for (f,) in self.db.execute(sql, g)}

    # -- writing the answers (inside a transaction)
    def keep_all(self, groups: dict[tuple[str, str], tuple[str, str, list[str]]]) -> None:
        """Every group's answer, computed whole: (indicator, group) -> (order, row, its figures), as JSON."""
        for table in ("compare_groups", "figure_groups", "figure_dirty", "entity_dirty"):
            self.db.execute(f"DELETE FROM {table}")
        self._write(groups, None)
        self.db.execute("DELETE FROM compare_defaults")
        self._assemble({i for i, _ in groups})
        self._set_meta("groups", "1")

    def keep_changed(
        self,
        groups: dict[tuple[str, str], tuple[str, str, list[str]]],
        affected: set[tuple[str, str]],
        figures: set[str],
    ) -> None:
        """The answers of the ``affected`` groups (those of ``groups``; the others have none now), the groups of
        the changed ``figures`` written again, and the answers of their indicators assembled again."""
        for chunk in chunks(figures):
            self.db.execute(f"DELETE FROM figure_groups WHERE figure IN ({','.join('?' * len(chunk))})", chunk)
        self.db.executemany("DELETE FROM compare_groups WHERE indicator = ? AND grp = ?", sorted(affected))
        self._write({g: v for g, v in groups.items() if g in affected}, figures)
        self.db.execute("DELETE FROM figure_dirty")
        self.db.execute("DELETE FROM entity_dirty")
        self._assemble({i for i, _ in affected})

    def _write(self, groups: dict[tuple[str, str], tuple[str, str, list[str]]], figures: set[str] | None) -> None:
        """The groups' answers, and the groups of ``figures`` (None: of every figure in them)."""
        self.db.executemany(
            "INSERT INTO compare_groups(indicator, grp, first, row) VALUES (?, ?, ?, ?)",
            [(i, g, first, row) for (i, g), (first, row, _) in groups.items()],
        )
        self.db.executemany(
            "INSERT OR IGNORE INTO figure_groups(figure, indicator, grp) VALUES (?, ?, ?)",
            [
                (f, i, g)
                for (i, g), (_, _, members) in groups.items()
                for f in members
                if figures is None or f in figures
            ],
        )

    def _assemble(self, indicators: set[str]) -> None:
        """compare_defaults of these indicators: their groups' rows in the order of each group's first figure
        (then by group, where two groups start with the same figure)."""
        for ind in sorted(indicators):
            found = self.db.execute("SELECT grp, first, row FROM compare_groups WHERE indicator = ?", (ind,))
            rows = [row for _, _, row in sorted(found, key=lambda r: (json.loads(r[1]), r[0]))]
            if rows:
                self.db.execute(
                    "INSERT OR REPLACE INTO compare_defaults(indicator, rows) VALUES (?, ?)",
                    (ind, "[" + ", ".join(rows) + "]"),
                )
            else:
                self.db.execute("DELETE FROM compare_defaults WHERE indicator = ?", (ind,))

    def clear(self) -> None:
        """The summary is made again: nothing kept by group, and no links until the graphs' rows are written."""
        for table in self.TABLES:
            self.db.execute(f"DELETE FROM {table}")
        self._set_meta("groups", "0")
        self._set_meta("links", "1")

    def links_complete(self) -> bool:
        """Whether every graph's links are here (an index written before them has none)."""
        return self._meta("links") == "1"

    def relink(self, rows: Iterable[tuple[str, str, str]]) -> None:
        """The links of every graph, from the summary's rows (graph, figure, own values as JSON)."""
        self.db.execute("DELETE FROM figure_links")
        self.db.executemany(
            "INSERT OR IGNORE INTO figure_links(target, figure, graph) VALUES (?, ?, ?)",
            [
                (t, figure, graph)
                for graph, figure, own in rows
                for n, values in json.loads(own).items()
                if n in LINKS
                for t in values
            ],
        )
        self._set_meta("links", "1")
