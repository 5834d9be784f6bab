"""The text index for search by words: SQLite FTS5 over folded labels.

Diacritics are folded by :func:`phancong.normalise.fold` (which also maps đ->d,
which FTS5's ``remove_diacritics`` does not). Words may come in any order; a
word that is not in the index vocabulary is replaced by its closest
vocabulary word (a cheap typo tolerance, difflib from the standard library).

Rows come from the graph by one SPARQL query (:data:`ROWS_QUERY`,
queries/internal/index-rows.rq), so the index can be rebuilt from any store.
"""

from __future__ import annotations

import difflib
import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from ..sparql.catalogue import named_query
from ..text.normalise import fold
from .fastsearch import FastSearch
from .figures import FigureSummary, GraphFacts, facts_of_lines
from .ntlines import GraphLines, node, text
from .owners import OwnerFacts, OwnerSummary, owner_facts_of_lines

__all__ = [
    "TextIndex",
    "Hit",
    "ROWS_QUERY",
    "KINDS",
    "STOP_WORDS",
    "MATCHES",
    "query_terms",
    "search_sql",
    "kind_asked",
    "rows_of_ntriples",
    "IndexRows",
]

# the index's rows of a graph: ?s ?kind ?label (queries/internal/index-rows.rq)
ROWS_QUERY = named_query("internal/index-rows").sparql

KINDS = ("task", "body", "document", "indicator", "target", "statistic")

_RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
_PC = "https://w3id.org/phancong/ontology#"
_RDFS_LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>"
_SKOS = "http://www.w3.org/2004/02/skos/core#"
# ROWS_QUERY read as a table: the kind a subject's class gives it, and the label predicates of each kind
_KIND_OF_CLASS = {
    f"<{_PC}Task>": "task",
    f"<{_PC}Body>": "body",
    f"<{_PC}Target>": "target",
    f"<{_PC}Statistic>": "statistic",
    f"<{_PC}Indicator>": "indicator",
}
_DOCUMENT_TYPE = f"<{_PC}documentType>"
_LABELS_OF_KIND = {
    "task": (_RDFS_LABEL,),
    "target": (_RDFS_LABEL,),
    "statistic": (_RDFS_LABEL,),
    "body": (f"<{_SKOS}prefLabel>", _RDFS_LABEL, f"<{_SKOS}altLabel>"),
    "document": (_RDFS_LABEL, f"<{_PC}documentNumber>", "<http://purl.org/dc/terms/title>"),
    "indicator": (f"<{_SKOS}prefLabel>", f"<{_SKOS}altLabel>"),
}
_LABEL_PREDICATES = frozenset(p for ps in _LABELS_OF_KIND.values() for p in ps)


class IndexRows(list):
    """A graph's index rows (iri, kind, label) read off its N-Triples, with the rows of the figures summary
    (:mod:`phancong.store.figures`) as ``facts`` and those of the owners summary (:mod:`phancong.store.owners`)
    as ``owners``: :meth:`TextIndex.replace_graph` writes them in one transaction. A plain list of rows (derived
    by a query) carries neither."""

    facts: GraphFacts
    owners: OwnerFacts

    def __init__(self, rows: list[tuple[str, str, str]], facts: GraphFacts, owners: OwnerFacts):
        super().__init__(rows)
        self.facts = facts
        self.owners = owners


def rows_of_ntriples(nt: str) -> IndexRows:
    """The rows :data:`ROWS_QUERY` gives for a graph, read straight off its N-Triples (one triple a line, as
    :func:`phancong.rdf.sorted_ntriples` and Oxigraph write them): the same set of (IRI, kind, label), without
    loading the graph into a store to query it (which costs a sixth of a bulk build). The lines are split once
    and grouped by predicate (:class:`~phancong.store.ntlines.GraphLines`), each term read as pyoxigraph's parser
    reads it; tests/store/test_index_rows.py checks the two agree. The figures and owners summaries' rows come
    with them (``facts``, ``owners``), read off the same lines."""
    lines = GraphLines(nt, _LABEL_PREDICATES)
    return IndexRows(_label_rows(lines), facts_of_lines(lines), owner_facts_of_lines(lines))


def _label_rows(lines: GraphLines) -> list[tuple[str, str, str]]:
    kinds: dict[str, set[str]] = {}
    for s, o in lines.of(_RDF_TYPE):
        kind = _KIND_OF_CLASS.get(o[:-2].rstrip())
        if kind:
            kinds.setdefault(s, set()).add(kind)
    for s, _o in lines.of(_DOCUMENT_TYPE):
        kinds.setdefault(s, set()).add("document")
    if not lines.labelled or not kinds:
        return []
    out: list[tuple[str, str, str]] = []
    for s, p, o in lines.labelled:  # in the lines' order (the order of the entries' rowids)
        if s[0] != "<":  # a blank node has no entry
            continue
        iri = node(s)
        for kind in kinds.get(s if "\\" not in s else f"<{iri}>", ()):
            if p in _LABELS_OF_KIND[kind]:
                out.append((iri, kind, text(o)))
    return out


# words so common in the names of bodies and documents that a hit on them alone means nothing: they count
# in a phrase or with every word typed, never alone ("Đảng", "tỉnh", "ủy", "các", "và" ...)
STOP_WORDS = frozenset("dang tinh uy cac va cua cho voi trong la co duoc de ve tu den theo nhung mot cap nam".split())

# how a hit matched the words, best first: the words as typed (adjacent, in order), every word in any order,
# some of the words that are not stop words
MATCHES = ("phrase", "all words", "some words")

# words that ask for a kind of entity ("chỉ tiêu kết nạp đảng viên": an indicator), folded
_KIND_WORDS = (
    ("chi tieu", "indicator"),
    ("chi so", "indicator"),
    ("nhiem vu", "task"),
    ("co quan", "body"),
    ("van ban", "document"),
)


def kind_asked(words: str) -> tuple[str | None, str]:
    """(the kind the words ask for, the words without the words that asked) — "chỉ tiêu kết nạp đảng viên" ->
    ("indicator", "ket nap dang vien"); (None, words) when they name no kind or nothing else is left."""
    folded = " ".join(query_terms(words))
    for phrase, kind in _KIND_WORDS:
        m = re.match(rf"{phrase}\b\s*(.*)$", folded)
        if m and m.group(1).strip():
            return kind, m.group(1).strip()
    return None, words


@dataclass(frozen=True)
class Hit:
    iri: str
    kind: str
    label: str
    score: float  # FTS5's bm25 of the label (lower is better), comparable within one match only
    match: str = "phrase"  # one of MATCHES


_WORD = re.compile(r"[a-z0-9]+")


def query_terms(words: str) -> list[str]:
    return _WORD.findall(fold(words))


def search_sql(expr: str, kinds: tuple[str, ...], limit: int, schema: int = 2) -> tuple[str, tuple]:
    """SQL and its parameters for the best ``limit`` entries of ``kinds`` matching the FTS5
    expression ``expr`` (over the folded label only), as rows (iri, kind, label, bm25 score, folded label).

    Matches are ranked on their rowid and score alone, and the stored columns are read for the
    winners only: reading every match's columns cost as much as ranking them."""
    if schema < 2:  # kind was not indexed: filter the rows
        marks = ",".join("?" * len(kinds))
        return (
            f"SELECT iri, kind, label, bm25(entries) AS score, folded FROM entries WHERE entries MATCH ? "
            f"AND kind IN ({marks}) ORDER BY score, iri LIMIT ?",
            (expr, *kinds, limit),
        )
    bad = [k for k in kinds if k not in KINDS]
    if bad:
        raise ValueError(f"unknown kind(s) {', '.join(bad)}; known: {', '.join(KINDS)}")
    match = f"kind : ({' OR '.join(kinds)}) AND folded : ({expr})"
    return (
        "SELECT e.iri, e.kind, e.label, best.score, e.folded FROM (SELECT rowid AS id, bm25(entries, 1.0, 0.0) "
        "AS score "
        "FROM entries WHERE entries MATCH ? ORDER BY score, rowid LIMIT ?) AS best "
        "JOIN entries AS e ON e.rowid = best.id ORDER BY best.score, e.iri",
        (match, limit),
    )


class TextIndex:
    """Schema 2 (``PRAGMA user_version``): ``kind`` is an indexed column, so a search for tasks
    intersects posting lists instead of reading every match's row, and ``graph_entries`` finds a
    source's rows by an index instead of a scan of the whole table (a scan per source would make a
    build quadratic). Schema 3 adds the figures summary (:attr:`figures`, written with each graph's rows), schema 4
    the owners summary (:attr:`owners`). An older index (user_version 0) is searched
    as it is when read-only, and emptied for a rebuild (:attr:`needs_rebuild`) when writable."""

    SCHEMA = 4  # 3: the figures summary (phancong.store.figures) beside the entries; 4: the owners summary

    def __init__(self, path: str | Path, *, read_only: bool = False):
        self.path = Path(path)
        self.needs_rebuild = False
        writable = not (read_only and self.path.exists())
        self.read_only = not writable
        # the Tantivy index derived from these rows (phancong.store.fastsearch), used while it is current
        self.fast = FastSearch(self.path)
        if not writable:
            self.db = sqlite3.connect(
                f"file:{self.path}?mode=ro", uri=True, isolation_level=None, check_same_thread=False
            )
        else:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(str(self.path), isolation_level=None, check_same_thread=False)
            version = self.db.execute("PRAGMA user_version").fetchone()[0]
            old = self.db.execute("SELECT 1 FROM sqlite_master WHERE name = 'entries'").fetchone()
            if old and version < self.SCHEMA:
                self.db.executescript(
                    "DROP TABLE entries; DROP TABLE IF EXISTS vocab; DROP TABLE IF EXISTS graph_entries;"
                    "DROP TABLE IF EXISTS figure_rows; DROP TABLE IF EXISTS figure_entities;"
                    "DROP TABLE IF EXISTS figure_graphs; DROP TABLE IF EXISTS figure_meta;"
                    + "".join(f"DROP TABLE IF EXISTS {t};" for t in OwnerSummary.TABLES)
                )
                self.needs_rebuild = True
            self.db.executescript(
                f"""
                CREATE VIRTUAL TABLE IF NOT EXISTS entries USING fts5(
                    folded, kind, label UNINDEXED, iri UNINDEXED, graph UNINDEXED,
                    tokenize = "unicode61 remove_diacritics 2");
                CREATE TABLE IF NOT EXISTS graph_entries(graph TEXT NOT NULL, entry INTEGER NOT NULL,
                    PRIMARY KEY (graph, entry)) WITHOUT ROWID;
                CREATE TABLE IF NOT EXISTS vocab(word TEXT PRIMARY KEY, n INTEGER) WITHOUT ROWID;
                CREATE TABLE IF NOT EXISTS pending(graph TEXT PRIMARY KEY, how TEXT NOT NULL) WITHOUT ROWID;
                PRAGMA user_version = {self.SCHEMA};
                """
            )
        self.schema = self.db.execute("PRAGMA user_version").fetchone()[0] if self.path.exists() else self.SCHEMA
        self.figures = FigureSummary(self.db, writable=writable)
        self.owners = OwnerSummary(self.db, writable=writable)
        # read through a memory map and keep more pages: searches of a 5M-triple store's index ~20% faster
        self.db.execute("PRAGMA mmap_size = 268435456")
        self.db.execute("PRAGMA cache_size = -32768")
        self._vocab: list[str] | None = None
        self._known: frozenset[str] = frozenset()

    # -- writing: one transaction per source, opened by begin() and ended by commit()/rollback()
    def begin(self) -> None:
        self.db.execute("BEGIN IMMEDIATE")

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One write of the index: BEGIN IMMEDIATE, then COMMIT, or ROLLBACK when the block raises or is
        interrupted (and the exception goes on)."""
        self.begin()
        try:
            yield
        except BaseException:
            self.rollback()
            raise
        self.commit()

    def replace_graph(self, graph: str, rows: list[tuple[str, str, str]]) -> None:
        """Inside begin()/commit(): drop the graph's rows and add ``rows`` (iri, kind, label); the
        vocabulary of words (for typo tolerance) is counted up and down with them; the figures summary's rows
        with them (``rows.facts`` of :class:`IndexRows`; rows without facts leave the summary incomplete, an
        empty list removes the graph's)."""
        facts = getattr(rows, "facts", None)
        self.figures.replace(graph, GraphFacts([], []) if facts is None and not rows else facts)
        owners = getattr(rows, "owners", None)
        self.owners.replace(graph, OwnerFacts([], [], [], []) if owners is None and not rows else owners)
        delta: dict[str, int] = {}
        old = list(
            self.db.execute(
                "SELECT e.rowid, e.folded FROM graph_entries AS g JOIN entries AS e ON e.rowid = g.entry "
                "WHERE g.graph = ?",
                (graph,),
            )
        )
        if old:
            for _, folded in old:
                for w in _WORD.findall(folded):
                    delta[w] = delta.get(w, 0) - 1
            self.db.executemany("DELETE FROM entries WHERE rowid = ?", [(e,) for e, _ in old])
            self.db.execute("DELETE FROM graph_entries WHERE graph = ?", (graph,))
            self._deleted()
        new = list(dict.fromkeys((iri, kind, label) for iri, kind, label in rows))
        if new:
            # the rowids SQLite would give one insert after the other (the largest plus one), so the entries are
            # written by two statements, not two per row (a tenth of storing a bulk batch)
            top = self.db.execute("SELECT rowid FROM entries ORDER BY rowid DESC LIMIT 1").fetchone()
            first = (top[0] if top else 0) + 1
            entries = []
            for n, (iri, kind, label) in enumerate(new, first):
                folded = fold(label)
                for w in _WORD.findall(folded):
                    delta[w] = delta.get(w, 0) + 1
                entries.append((n, folded, kind, label, iri, graph))
            self.db.executemany(
                "INSERT INTO entries(rowid, folded, kind, label, iri, graph) VALUES (?, ?, ?, ?, ?, ?)", entries
            )
            self.db.executemany(
                "INSERT INTO graph_entries(graph, entry) VALUES (?, ?)", [(graph, e[0]) for e in entries]
            )
        self.db.executemany(
            "INSERT INTO vocab(word, n) VALUES (?, ?) ON CONFLICT(word) DO UPDATE SET n = n + excluded.n",
            sorted((w, d) for w, d in delta.items() if d),
        )
        self.db.execute("DELETE FROM vocab WHERE n <= 0")

    def mark(self, graphs: list[str], how: str) -> None:
        """Inside begin()/commit(): record that the graphs' rows were written before the graphs themselves
        (``how`` is ``replace``: one atomic update; ``bulk``: the bulk loader, not atomic). A mark stays until
        :meth:`unmark`, after the graph store committed; :meth:`phancong.store.embedded.EmbeddedStore.recover` settles
        the marks a stopped build left."""
        self.db.executemany("INSERT OR REPLACE INTO pending(graph, how) VALUES (?, ?)", [(g, how) for g in graphs])

    def unmark(self, graphs: list[str]) -> None:
        """Inside begin()/commit(): the graphs' writes have committed (or were settled)."""
        self.db.executemany("DELETE FROM pending WHERE graph = ?", [(g,) for g in graphs])

    def pending(self) -> dict[str, str]:
        """The marks of writes not known to have committed: graph -> how (``replace`` or ``bulk``)."""
        try:
            return dict(self.db.execute("SELECT graph, how FROM pending ORDER BY graph"))
        except sqlite3.OperationalError:  # an index written before the marks (read-only): none
            return {}

    def commit(self) -> None:
        self.db.execute("COMMIT")
        self._vocab = None

    def rollback(self) -> None:
        self.db.execute("ROLLBACK")

    def _deleted(self) -> None:
        """Rows were deleted: the Tantivy index derived from them is written again whole (its rows can only be
        added to: :func:`phancong.store.fastsearch.refresh`)."""
        self.db.execute(
            "INSERT INTO figure_meta(key, value) VALUES ('deletions', '1') "
            "ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + 1"
        )

    def clear(self) -> None:
        self._deleted()
        self.db.execute("DELETE FROM entries")
        self.db.execute("DELETE FROM graph_entries")
        self.db.execute("DELETE FROM vocab")
        self.figures.clear()
        self.owners.clear()
        self._vocab = None

    def graphs(self) -> list[str]:
        if self.schema < 2:
            return [g for (g,) in self.db.execute("SELECT DISTINCT graph FROM entries ORDER BY graph")]
        return [g for (g,) in self.db.execute("SELECT DISTINCT graph FROM graph_entries ORDER BY graph")]

    def __len__(self) -> int:
        return self.db.execute("SELECT count(*) FROM entries").fetchone()[0]

    # -- reading
    def _correct(self, word: str) -> str:
        if self._vocab is None:
            self._vocab = [w for (w,) in self.db.execute("SELECT word FROM vocab")]
            self._known = frozenset(self._vocab)  # membership in a set: the list is for difflib, in its order
        if word in self._known or len(word) < 3:
            return word
        close = difflib.get_close_matches(word, self._vocab, n=1, cutoff=0.75)
        return close[0] if close else word

    def search(
        self, words: str, kinds: tuple[str, ...] | None = None, limit: int = 20, offset: int = 0, keep=None
    ) -> list[Hit]:
        """Best matches first, ``limit`` of them after the first ``offset``: the words as typed (a phrase) first,
        then every word in any order; when none has them all, hits on some of the words — never on stop words
        alone (:data:`STOP_WORDS`); within each, a label that begins with the words first, then FTS5's bm25.
        ``keep``: a function that takes a list of hits and returns those to keep (a filter by province ...)."""
        terms = [self._correct(t) for t in query_terms(words)]
        if not terms:
            return []
        kinds = tuple(kinds or KINDS)
        want = offset + limit
        phrase_text = " ".join(terms)

        def run(expr: str, match: str, n: int) -> list[Hit]:
            sql = search_sql(expr, kinds, n, self.schema)
            rows = self.fast.phrase(self.db, terms, kinds, n) if match == "phrase" and self.schema >= 4 else None
            if rows is None:
                rows = self.db.execute(*sql).fetchall()
            out: dict[tuple[str, str], Hit] = {}
            first: dict[tuple[str, str], int] = {}
            for iri, kind, label, score, folded in rows:
                key = (iri, kind)
                if key not in out or score < out[key].score:
                    out[key] = Hit(iri, kind, label, score, match)
                    # a label that begins with the words typed ranks first ("kiểm tra, giám sát đối với ..."),
                    # read off the folded label the index keeps (folding each hit's label again was a third of
                    # owner by words at 1M triples)
                    first[key] = 0 if " ".join(_WORD.findall(folded)).startswith(phrase_text) else 1
            return sorted(out.values(), key=lambda h: (first[(h.iri, h.kind)], h.score, h.iri))

        content = [t for t in terms if t not in STOP_WORDS]
        tiers = [('"' + phrase_text + '"', "phrase")]
        if len(terms) > 1:
            tiers.append((" AND ".join(f'"{t}"' for t in terms), "all words"))
        partial = (" OR ".join(f'"{t}"' for t in content), "some words") if content and len(terms) > 1 else None
        n = max(want * 5, 50)
        while True:
            hits: list[Hit] = []
            seen: set[tuple[str, str]] = set()
            full = False  # a tier gave as many rows as asked: there may be more
            for expr, match in tiers + ([partial] if partial else []):
                if match == "some words" and hits:  # some of the words only when no hit has them all
                    break
                if match == "all words" and len(keep(hits) if keep is not None else hits) >= want:
                    break  # the phrase gave every hit asked for: those of a later tier would come after them
                found = run(expr, match, n)
                full = full or len(found) >= n // 5
                new = [h for h in found if (h.iri, h.kind) not in seen]
                seen.update((h.iri, h.kind) for h in new)
                hits += new
            if keep is not None:
                hits = keep(hits)
            if len(hits) >= want or not full or n >= 100_000:
                return hits[offset:want]
            n *= 4
