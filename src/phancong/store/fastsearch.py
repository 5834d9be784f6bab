"""A Tantivy index derived from the text index's rows, for the phrase searches that rank many matches.

SQLite FTS5 (:mod:`phancong.store.index`) stays the source of truth, written with the graphs under the marks of
docs/reliability.md ("Durability"). FTS5 scores every match by bm25 before it keeps the best: for a phrase that
~1,700 tasks share (5M triples) that is three quarters of owner by words. This index holds the same rows (the
same tokens of each folded label, the kind, the row's FTS5 rowid) and is brought up to them when a build ends
and after ``phancong index`` (:func:`refresh`): written whole, or, when rows were only added since (no row
deleted: a build that only added sources), a copy of it with their rows added; either in a new folder renamed
into place, with a stamp: the index's
epoch and generation (:meth:`phancong.store.figures.FigureSummary.generation`), which every write of a graph's
rows moves on in its own transaction. It is used only while its stamp is the index's; otherwise (a change not
followed by a build, a read-only or remote store, a crash between the two, no ``tantivy`` package, a folder
that does not open) the search is FTS5's.

The answer is FTS5's own: Tantivy gives the candidates best first by its BM25 (the same formula on the same
tokens, its lengths rounded above 40 tokens), each candidate is scored again by FTS5's bm25 exactly
(:func:`bm25`: the same constants, idf and lengths, in the same order of operations) and the best ``n`` are
kept by (score, rowid) as FTS5 keeps them. More candidates are asked for until the weakest one fetched scores
below every kept one in Tantivy's order, or every match is fetched. Rows added to the index after it was written
are in segments of their own, which Tantivy orders as it likes (and tantivy-py cannot merge on demand): rows of
one score no longer come in rowid order, so at a tie of the weakest kept with the last row fetched the rows
before it in rowid order are asked for (:func:`_none_tied_before`), and more candidates if one of them ties.
Rows are never deleted from it: Tantivy would go on counting them in its BM25 statistics until a merge, and its
scores would no longer be FTS5's times a constant; a deletion has it written again whole.
"""

from __future__ import annotations

import json
import math
import os
import re
import shutil
import sqlite3
import uuid
from pathlib import Path
from typing import Any

__all__ = ["FastSearch", "refresh", "tokens", "bm25", "available"]

_K1, _B = 1.2, 0.75
# FTS5's unicode61 tokenizer over a folded label: runs of letters and digits (refresh checks every row's count
# against FTS5's own, and builds nothing if one differs)
_TOKEN = re.compile(r"[^\W_]+")
_STAMP = "stamp.json"
_FORMAT = 3  # the fields, tokens and stamp written: a folder of another format is not current
_KIND = "kind:"  # the kind, one more token of the row as in FTS5 (never a query's word: those are [a-z0-9]+)
_EXACT_LENGTH = 40  # Tantivy keeps a row's length exactly up to this many tokens (its fieldnorm table)


def available() -> bool:
    try:
        import tantivy  # noqa: F401
    except ImportError:
        return False
    return True


def tokens(folded: str) -> list[str]:
    return _TOKEN.findall(folded)


def bm25(tf: int, length: int, rows: int, tokens_total: int, hits: int) -> float:
    """FTS5's bm25() of one row for one phrase with weight 1 (the kind's phrase weighs 0): ``tf`` instances in a
    row of ``length`` tokens (every column), ``hits`` rows with the phrase among ``rows`` of ``tokens_total``."""
    avgdl = float(tokens_total) / float(rows)
    idf = math.log((rows - hits + 0.5) / (hits + 0.5))
    if idf <= 0.0:
        idf = 1e-6
    score = 0.0 + idf * ((tf * (_K1 + 1.0)) / (tf + _K1 * (1 - _B + _B * length / avgdl)))
    return -1.0 * score


def _instances(words: list[str], terms: list[str]) -> int:
    k = len(terms)
    return sum(1 for i in range(len(words) - k + 1) if words[i : i + k] == terms)


def _varints(blob: bytes) -> list[int]:
    """SQLite's varints (FTS5's docsize record: one count a column)."""
    out, i = [], 0
    while i < len(blob):
        v = 0
        for j in range(9):
            b = blob[i]
            i += 1
            if j == 8:
                v = (v << 8) | b
                break
            v = (v << 7) | (b & 0x7F)
            if not b & 0x80:
                break
        out.append(v)
    return out


def _epoch(db: sqlite3.Connection) -> str | None:
    try:
        row = db.execute("SELECT value FROM figure_meta WHERE key = 'epoch'").fetchone()
    except sqlite3.OperationalError:
        return None
    return row[0] if row else None


def stamp_of(db: sqlite3.Connection) -> str | None:
    """The text index's content as this index knows it: epoch (new each time the summary's tables are made) and
    generation (moved on by every write of a graph's rows); None when it has no epoch yet."""
    epoch = _epoch(db)
    if epoch is None:
        return None
    row = db.execute("SELECT value FROM figure_meta WHERE key = 'generation'").fetchone()
    return f"{epoch}:{row[0] if row else '0'}"


def _schema(tantivy: Any) -> Any:
    sb = tantivy.SchemaBuilder()
    sb.add_text_field("words", stored=False, tokenizer_name="whitespace", index_option="position")
    sb.add_integer_field("row", stored=False, indexed=False, fast=True)
    return sb.build()


def refresh(text_index: Any) -> int | None:
    """Bring the Tantivy index of a writable text index up to its stamp: when the text index has only gained rows
    since it was written (no row deleted: a build that only added sources), their rows are added to a copy of it
    (its files linked, not copied: they never change); else it is written again whole. Returns the number of rows
    written, 0 when it was current, None when it cannot be built (no ``tantivy``, an older index, a row FTS5
    counts otherwise than :func:`tokens`)."""
    if not available() or getattr(text_index, "read_only", True) or text_index.schema != text_index.SCHEMA:
        return None
    db: sqlite3.Connection = text_index.db
    with text_index.transaction():  # an epoch for the summary's tables, kept until they are made again
        db.execute("INSERT OR IGNORE INTO figure_meta(key, value) VALUES ('epoch', ?)", (uuid.uuid4().hex,))
    target = FastSearch.folder_of(text_index.path)
    db.execute("BEGIN")  # one snapshot of the rows and the stamp
    try:
        stamp = stamp_of(db)
        have = _read_stamp(target)
        if stamp is not None and have == {**have, "stamp": stamp, "format": _FORMAT}:
            return 0
        deletions = _deletions(db)
        if (
            stamp is not None
            and have.get("format") == _FORMAT
            and str(have.get("stamp", "")).split(":")[0] == stamp.split(":")[0]
            and have.get("deletions") == deletions
        ):
            added = _append(db, target, stamp, have)
            if added is not None:
                return added
        return _write(db, target, stamp, deletions)
    finally:
        db.execute("COMMIT")


def _deletions(db: sqlite3.Connection) -> str:
    """How many times rows were deleted from the text index (TextIndex._deleted)."""
    row = db.execute("SELECT value FROM figure_meta WHERE key = 'deletions'").fetchone()
    return str(row[0]) if row else "0"


_ROWS_SQL = (
    "SELECT e.rowid, e.folded, e.kind, d.sz FROM entries AS e JOIN entries_docsize AS d ON d.id = e.rowid "
    "WHERE e.rowid > ? ORDER BY e.rowid"
)


def _add_rows(db: sqlite3.Connection, writer: Any, after: int) -> tuple[int, int, int] | None:
    """Add the rows after rowid ``after``, in rowid order: (rows, tokens, the last rowid), or None when FTS5
    counts a row's tokens otherwise than :func:`tokens` (its scores could not be reproduced)."""
    import tantivy

    rows = total = 0
    last = after
    for rowid, folded, kind, sz in db.execute(_ROWS_SQL, (after,)):
        words = tokens(folded)
        # FTS5's docsize record: one varint a column (folded, kind), each one byte below 128 tokens
        length = sz[0] + sz[1] if len(sz) == 2 and sz[0] < 0x80 and sz[1] < 0x80 else sum(_varints(sz))
        if length != len(words) + 1:  # the kind: one token
            return None
        writer.add_document(tantivy.Document(words=" ".join([*words, _KIND + kind]), row=rowid))
        rows += 1
        total += length
        last = rowid
    return rows, total, last


def _write(db: sqlite3.Connection, target: Path, stamp: str | None, deletions: str) -> int | None:
    import tantivy

    tmp = target.with_name(f"{target.name}.new-{uuid.uuid4().hex[:8]}")
    tmp.mkdir(parents=True)
    try:
        index = tantivy.Index(_schema(tantivy), path=str(tmp))
        writer = index.writer(heap_size=100_000_000, num_threads=1)
        added = _add_rows(db, writer, 0)
        if added is None:
            return None
        writer.commit()
        writer.wait_merging_threads()
        index.reload()
        if index.searcher().num_segments > 1:  # rows of one score must come in rowid order (_complete)
            return None
        rows, total, last = added
        # ordered: one segment written in rowid order (FastSearch._phrase stops at a tie with the last row fetched)
        data = {"rows": rows, "tokens": total, "last": last, "deletions": deletions, "ordered": True}
        _put(tmp, target, stamp, data)
        return rows
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _append(db: sqlite3.Connection, target: Path, stamp: str, have: dict) -> int | None:
    """The rows after the last one the index at ``target`` holds added to a copy of it (in segments of their own:
    the index is no longer in rowid order), put in its place; None when that cannot be done."""
    import tantivy

    tmp = target.with_name(f"{target.name}.new-{uuid.uuid4().hex[:8]}")
    try:
        shutil.copytree(target, tmp, copy_function=os.link)  # Tantivy writes new files, never into old ones
        index = tantivy.Index.open(str(tmp))
        if index.searcher().num_docs != have.get("rows"):
            return None
        writer = index.writer(heap_size=100_000_000, num_threads=1)
        added = _add_rows(db, writer, int(have["last"]))
        if added is None:
            return None
        rows, total, last = added
        writer.commit()
        writer.wait_merging_threads()
        index.reload()
        if index.searcher().num_docs != have["rows"] + rows:
            return None
        data = {
            "rows": have["rows"] + rows,
            "tokens": have["tokens"] + total,
            "last": last,
            "deletions": have["deletions"],
            "ordered": bool(have.get("ordered")) and rows == 0,
        }
        _put(tmp, target, stamp, data)
        return rows
    except (OSError, ValueError, KeyError, TypeError):  # a folder that does not open as it should: written whole
        return None
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _put(tmp: Path, target: Path, stamp: str | None, data: dict) -> None:
    """Stamp the index written in ``tmp`` and put it in the place of ``target`` (readers keep the one they
    opened)."""
    (tmp / _STAMP).write_text(json.dumps({"stamp": stamp, "format": _FORMAT, **data}), encoding="utf-8")
    old = target.with_name(f"{target.name}.old-{uuid.uuid4().hex[:8]}")
    if target.exists():
        target.rename(old)
    tmp.rename(target)
    shutil.rmtree(old, ignore_errors=True)


def _read_stamp(folder: Path) -> dict:
    try:
        data = json.loads((folder / _STAMP).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


class FastSearch:
    """The Tantivy index beside a text index (``index.sqlite`` -> ``index.tantivy/``), opened when first asked and
    again when its stamp changes; :meth:`phrase` answers only while its stamp is the text index's."""

    def __init__(self, index_path: str | Path):
        self.folder = self.folder_of(Path(index_path))
        self._opened: tuple[str, Any, Any, dict] | None = None  # (stamp, index, searcher, stamp data)
        self._failed: str | None = None  # a stamp whose folder did not open: not tried again

    @staticmethod
    def folder_of(index_path: Path) -> Path:
        return index_path.with_name(index_path.stem + ".tantivy")

    def _open(self, stamp: str) -> tuple[Any, Any, dict] | None:
        if self._opened is not None and self._opened[0] == stamp:
            return self._opened[1:]
        if self._failed == stamp or not available():
            return None
        data = _read_stamp(self.folder)
        if data.get("stamp") != stamp or data.get("format") != _FORMAT:
            return None
        try:
            import tantivy

            index = tantivy.Index.open(str(self.folder))
            searcher = index.searcher()
            if searcher.num_docs != data.get("rows") or (searcher.num_segments > 1 and data.get("ordered")):
                raise ValueError("rows")
        except (OSError, ValueError):
            self._failed = stamp
            return None
        self._opened = (stamp, index, searcher, data)
        return index, searcher, data

    def current(self, db: sqlite3.Connection) -> bool:
        """Whether the Tantivy index is there, opens and says what the text index says (and so answers)."""
        stamp = stamp_of(db)
        return stamp is not None and self._open(stamp) is not None

    def phrase(self, db: sqlite3.Connection, terms: list[str], kinds: tuple[str, ...], n: int) -> list[tuple] | None:
        """The rows FTS5 gives for ``kind : (kinds) AND folded : ("terms")``, best ``n`` (search_sql's): (iri,
        kind, label, bm25 score, folded label) ordered by score then IRI; None when this index is not current."""
        stamp = stamp_of(db)
        opened = self._open(stamp) if stamp is not None else None
        if opened is None or not terms:
            return None
        try:
            return self._phrase(db, opened, terms, kinds, n)
        except ValueError:  # a query Tantivy refuses: FTS5 answers
            return None

    def _phrase(self, db, opened, terms, kinds, n) -> list[tuple]:
        import tantivy

        index, searcher, data = opened
        schema = index.schema
        text = (
            tantivy.Query.phrase_query(schema, "words", terms)
            if len(terms) > 1
            else tantivy.Query.term_query(schema, "words", terms[0])
        )
        kind = tantivy.Query.boolean_query(
            [(tantivy.Occur.Should, tantivy.Query.term_query(schema, "words", _KIND + k)) for k in kinds]
        )
        query = tantivy.Query.boolean_query(
            [(tantivy.Occur.Must, text), (tantivy.Occur.Must, tantivy.Query.const_score_query(kind, 0.0))]
        )
        hits_all = searcher.search(text, 1, count=True).count  # rows with the phrase, any kind: FTS5's idf
        k = n + 1
        while True:
            found = searcher.search(query, k, count=False).hits
            rows = searcher.fast_field_values("row", [a for _, a in found])
            scored = self._rescore(db, rows, terms, data, hits_all)
            best = sorted(scored, key=lambda r: (r[3], r[5]))[:n]
            if len(found) < k or _complete(best, found, rows, ordered=bool(data.get("ordered"))):
                return [r[:5] for r in sorted(best, key=lambda r: (r[3], r[0]))]
            if not data.get("ordered") and _none_tied_before(searcher, schema, query, best, found, rows):
                return [r[:5] for r in sorted(best, key=lambda r: (r[3], r[0]))]
            k *= 4

    @staticmethod
    def _rescore(db, rows: list[int], terms: list[str], data: dict, hits_all: int) -> list[tuple]:
        """(iri, kind, label, FTS5's bm25, folded, rowid, length) of each row."""
        if not rows:
            return []
        marks = ",".join("?" * len(rows))
        out = []
        for rowid, iri, kind, label, folded in db.execute(
            f"SELECT rowid, iri, kind, label, folded FROM entries WHERE rowid IN ({marks})", rows
        ):
            words = tokens(folded)
            length = len(words) + 1
            score = bm25(_instances(words, terms), length, data["rows"], data["tokens"], hits_all)
            out.append((iri, kind, label, score, folded, rowid, length))
        return out


def _complete(best: list[tuple], found: list[tuple], rows: list[int], *, ordered: bool = True) -> bool:
    """Whether no row past the ``found`` ones can be among ``best``. Tantivy's score is FTS5's bm25 times a
    constant of the query, but for a length over 40 tokens, which it rounds down (the row scores at most as if it
    were shorter); rows of the same score come in rowid order (one segment, written in rowid order). So a row not
    fetched, at or below the last one fetched, is after the weakest kept when that one's score in Tantivy's scale
    (its own if its length is exact, else FTS5's through the ratio of a fetched row whose length is exact) is
    above the last one fetched, or equal to it and exact."""
    tv = dict(zip(rows, (s for s, _ in found), strict=True))
    last = found[-1][0]
    weakest = best[-1]
    if weakest[6] <= _EXACT_LENGTH:
        # a row not fetched of the same score may come before the weakest kept in rowid order, unless the index
        # is in rowid order (rows added to it since it was written are not)
        return ordered or tv[weakest[5]] > last
    ratio = next((tv[r[5]] / r[3] for r in best if r[6] <= _EXACT_LENGTH and r[3] != 0.0), None)
    return ratio is not None and weakest[3] * ratio * (1 - 1e-5) > last


def _none_tied_before(searcher: Any, schema: Any, query: Any, best: list[tuple], found: list, rows: list[int]) -> bool:
    """In an index not in rowid order, whether no row left unfetched ties with the weakest kept (its length exact,
    its score the last one fetched) and comes before it in rowid order: the query over the rows before it asked
    for one row more than were fetched of them at or above that score (the rows above it were all fetched)."""
    import tantivy

    weakest = best[-1]
    if weakest[6] > _EXACT_LENGTH:
        return False
    tv = dict(zip(rows, (s for s, _ in found), strict=True))
    score = tv[weakest[5]]
    before = sum(1 for r, t in tv.items() if r < weakest[5] and t >= score)
    earlier = tantivy.Query.range_query(schema, "row", tantivy.FieldType.Integer, None, weakest[5], include_upper=False)
    restricted = tantivy.Query.boolean_query(
        [(tantivy.Occur.Must, query), (tantivy.Occur.Must, tantivy.Query.const_score_query(earlier, 0.0))]
    )
    hits = searcher.search(restricted, before + 1, count=False).hits
    return len(hits) <= before or hits[before][0] < score


def refresh_store(store: Any) -> int | None:
    """:func:`refresh` for an embedded store's text index (a remote store's search stays FTS5's)."""
    if getattr(store, "kind", None) != "embedded" or getattr(store, "index", None) is None:
        return None
    return refresh(store.index)
