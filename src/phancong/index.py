"""The text index for search by words: SQLite FTS5 over folded labels.

Diacritics are folded by :func:`phancong.normalise.fold` (which also maps đ->d,
which FTS5's ``remove_diacritics`` does not). Words may come in any order; a
word that is not in the index vocabulary is replaced by its closest
vocabulary word (a cheap typo tolerance, difflib from the standard library).

Rows come from the graph by one SPARQL query (:data:`ROWS_QUERY`), so the
index can be rebuilt from any store.
"""

from __future__ import annotations

import difflib
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from .normalise import fold

__all__ = ["TextIndex", "Hit", "ROWS_QUERY", "query_terms"]

ROWS_QUERY = """
PREFIX pc: <https://w3id.org/phancong/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?s ?kind ?label WHERE {
  { ?s a pc:Task ; rdfs:label ?label . BIND("task" AS ?kind) }
  UNION { ?s a pc:Body . { ?s skos:prefLabel ?label } UNION { ?s rdfs:label ?label } UNION { ?s skos:altLabel ?label }
          BIND("body" AS ?kind) }
  UNION { ?s pc:documentType ?t . { ?s rdfs:label ?label } UNION { ?s pc:documentNumber ?label } UNION { ?s <http://purl.org/dc/terms/title> ?label }
          BIND("document" AS ?kind) }
  UNION { ?s a pc:Target ; rdfs:label ?label . BIND("target" AS ?kind) }
  UNION { ?s a pc:Statistic ; rdfs:label ?label . BIND("statistic" AS ?kind) }
  UNION { ?s a pc:Indicator . { ?s skos:prefLabel ?label } UNION { ?s skos:altLabel ?label } BIND("indicator" AS ?kind) }
}
"""

KINDS = ("task", "body", "document", "indicator", "target", "statistic")


@dataclass(frozen=True)
class Hit:
    iri: str
    kind: str
    label: str
    score: float


def query_terms(words: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", fold(words))


class TextIndex:
    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(str(self.path), isolation_level=None, check_same_thread=False)
        self.db.executescript(
            """
            CREATE VIRTUAL TABLE IF NOT EXISTS entries USING fts5(
                folded, label UNINDEXED, iri UNINDEXED, kind UNINDEXED, graph UNINDEXED,
                tokenize = "unicode61 remove_diacritics 2");
            CREATE TABLE IF NOT EXISTS vocab(word TEXT PRIMARY KEY, n INTEGER) WITHOUT ROWID;
            """
        )
        self._vocab: list[str] | None = None

    # -- writing: one transaction per source, opened by begin() and ended by commit()/rollback()
    def begin(self) -> None:
        self.db.execute("BEGIN IMMEDIATE")

    def replace_graph(self, graph: str, rows: list[tuple[str, str, str]]) -> None:
        """Inside begin()/commit(): drop the graph's rows and add ``rows`` (iri, kind, label); the
        vocabulary of words (for typo tolerance) is counted up and down with them."""
        delta: dict[str, int] = {}
        for (folded,) in self.db.execute("SELECT folded FROM entries WHERE graph = ?", (graph,)):
            for w in re.findall(r"[a-z0-9]+", folded):
                delta[w] = delta.get(w, 0) - 1
        self.db.execute("DELETE FROM entries WHERE graph = ?", (graph,))
        seen = set()
        for iri, kind, label in rows:
            if (iri, kind, label) in seen:
                continue
            seen.add((iri, kind, label))
            folded = fold(label)
            for w in re.findall(r"[a-z0-9]+", folded):
                delta[w] = delta.get(w, 0) + 1
            self.db.execute("INSERT INTO entries(folded, label, iri, kind, graph) VALUES (?, ?, ?, ?, ?)",
                            (folded, label, iri, kind, graph))
        self.db.executemany("INSERT INTO vocab(word, n) VALUES (?, ?) ON CONFLICT(word) DO UPDATE SET n = n + excluded.n",
                            sorted((w, d) for w, d in delta.items() if d))
        self.db.execute("DELETE FROM vocab WHERE n <= 0")

    def commit(self) -> None:
        self.db.execute("COMMIT")
        self._vocab = None

    def rollback(self) -> None:
        self.db.execute("ROLLBACK")

    def clear(self) -> None:
        self.db.execute("DELETE FROM entries")
        self.db.execute("DELETE FROM vocab")
        self._vocab = None

    def graphs(self) -> list[str]:
        return [g for (g,) in self.db.execute("SELECT DISTINCT graph FROM entries ORDER BY graph")]

    def __len__(self) -> int:
        return self.db.execute("SELECT count(*) FROM entries").fetchone()[0]

    # -- reading
    def _correct(self, word: str) -> str:
        if self._vocab is None:
            self._vocab = [w for (w,) in self.db.execute("SELECT word FROM vocab")]
        if word in self._vocab or len(word) < 3:
            return word
        close = difflib.get_close_matches(word, self._vocab, n=1, cutoff=0.75)
        return close[0] if close else word

    def search(self, words: str, kinds: tuple[str, ...] | None = None, limit: int = 20) -> list[Hit]:
        """Best matches first; every word must match (any order), else the best partial matches."""
        terms = [self._correct(t) for t in query_terms(words)]
        if not terms:
            return []
        kinds = kinds or KINDS
        marks = ",".join("?" * len(kinds))

        def run(expr: str) -> list[Hit]:
            sql = (f"SELECT iri, kind, label, bm25(entries) AS score FROM entries WHERE entries MATCH ? "
                   f"AND kind IN ({marks}) ORDER BY score, iri LIMIT ?")
            rows = self.db.execute(sql, (expr, *kinds, limit * 5)).fetchall()
            out: dict[tuple[str, str], Hit] = {}
            for iri, kind, label, score in rows:
                key = (iri, kind)
                if key not in out or score < out[key].score:
                    out[key] = Hit(iri, kind, label, score)
            return sorted(out.values(), key=lambda h: (h.score, h.iri))[:limit]

        # phrase first (words adjacent, in order), then all words in any order, then any word
        phrase = '"' + " ".join(terms) + '"'
        hits = run(phrase)
        if len(hits) < limit:
            seen = {(h.iri, h.kind) for h in hits}
            hits += [h for h in run(" AND ".join(f'"{t}"' for t in terms)) if (h.iri, h.kind) not in seen]
        if not hits:
            hits = run(" OR ".join(f'"{t}"' for t in terms))
        # a label that begins with the words typed ranks first ("kiểm tra, giám sát đối với ...")
        phrase_text = " ".join(terms)
        hits.sort(key=lambda h: (0 if " ".join(re.findall(r"[a-z0-9]+", fold(h.label))).startswith(phrase_text) else 1))
        return hits[:limit]
