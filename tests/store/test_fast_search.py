"""Search by words answers the same through the Tantivy index derived from the text index
(phancong.store.fastsearch) as through SQLite FTS5 alone: on the seed store and on a synthetic corpus, after a
bulk load, an incremental build, a replaced source and a removed source; a Tantivy index older than the rows is
never used, and a broken or missing one, or no ``tantivy`` package, leaves FTS5 to answer without an error.
(How fast each is: scripts/bench.)"""

from __future__ import annotations

import random
import shutil
import sys
from pathlib import Path

import pytest

from phancong.api import KnowledgeGraph
from phancong.store import fastsearch
from phancong.store.embedded import EmbeddedStore
from phancong.store.index import query_terms

from .test_figure_summary import _synthetic_store

tantivy = pytest.importorskip("tantivy", reason="the `search` extra (tantivy) is not installed")


class _Off:
    """FTS5 alone: the derived index is never current."""

    def phrase(self, *args, **kwargs):
        return None


def _questions(index, n: int = 120, seed: int = 3) -> list[str]:
    """Words users type: one to four words of stored labels, as folded and as written (with diacritics)."""
    rows = index.db.execute("SELECT label FROM entries ORDER BY rowid").fetchall()
    rng = random.Random(seed)
    out = []
    for (label,) in rng.sample(rows, min(n, len(rows))):
        words = label.split()
        if not words:
            continue
        i, k = rng.randrange(len(words)), rng.choice((1, 2, 2, 3, 4))
        typed = " ".join(words[i : i + k])
        out.append(typed if rng.random() < 0.5 else " ".join(query_terms(typed)))
    return out


def _uses_tantivy(index, words: str) -> bool:
    used = index.fast.phrase(index.db, query_terms(words), ("task", "body"), 10) is not None
    assert used == index.fast.current(index.db)
    return used


def _same_answers(store, questions: list[str], owner_words: tuple[str, ...] = ()) -> int:
    """Each question asked of the search (every kind, tasks only, bodies only; the first, five, thirty, and five
    after the first five) and of owner, with the derived index and without it."""
    index, kg = store.index, KnowledgeGraph(store)
    fast = index.fast
    asked = 0
    for words in questions:
        for kinds in (None, ("task",), ("body",)):
            for limit, offset in ((1, 0), (5, 0), (30, 0), (5, 5)):
                with_tantivy = index.search(words, kinds, limit, offset)
                index.fast = _Off()
                try:
                    alone = index.search(words, kinds, limit, offset)
                finally:
                    index.fast = fast
                assert with_tantivy == alone, (words, kinds, limit, offset)
                asked += bool(alone)
    for words in owner_words:
        with_tantivy = kg.owner(words)
        index.fast = _Off()
        try:
            assert with_tantivy == kg.owner(words), words
        finally:
            index.fast = fast
    return asked


def test_search_and_owner_answer_the_same_through_tantivy_on_the_seed_store(seed_store):
    assert _uses_tantivy(seed_store.index, "bao cao"), "the build did not leave a current Tantivy index"
    questions = _questions(seed_store.index)
    assert _same_answers(seed_store, questions, ("tong hop bao cao", "kiểm tra, giám sát", "ket nap dang vien")) > 100


def test_the_tantivy_index_follows_bulk_loads_incremental_builds_replacements_and_removals(tmp_path):
    store, graphs = _synthetic_store(tmp_path / "s", range(8))
    names = sorted(graphs)
    owner_words = ("bao cao", "kiem tra", "tuyen truyen")
    store.add_new_graphs([(n, graphs[n]) for n in names[:5]])  # a fresh build's bulk load
    store.end_bulk()
    assert fastsearch.refresh_store(store)  # as the build does when it ends
    assert _uses_tantivy(store.index, "bao cao")
    assert _same_answers(store, _questions(store.index, 60), owner_words)
    store.add_graphs([(n, graphs[n]) for n in names[5:7]])  # an incremental build
    assert not _uses_tantivy(store.index, "bao cao"), "a Tantivy index older than the rows was used"
    assert fastsearch.refresh_store(store)
    assert _same_answers(store, _questions(store.index, 60, seed=4), owner_words)
    store.replace_ntriples(names[0], graphs[names[7]].replace(names[7], names[0]))  # a source changed
    store.remove_graph(names[1])  # a source removed
    assert not _uses_tantivy(store.index, "bao cao")
    assert _same_answers(store, _questions(store.index, 30, seed=5), owner_words)  # FTS5 alone, both ways
    assert fastsearch.refresh_store(store)
    assert fastsearch.refresh_store(store) == 0  # current: not written again
    assert _uses_tantivy(store.index, "bao cao")
    assert _same_answers(store, _questions(store.index, 60, seed=6), owner_words)
    store.rebuild_index()  # `phancong index` empties the rows and writes them again: a new generation
    assert not _uses_tantivy(store.index, "bao cao")


def test_the_rows_of_sources_added_to_a_built_store_are_added_to_the_tantivy_index_which_answers_as_fts5(tmp_path):
    """An incremental build that only adds sources adds their rows to the Tantivy index (its other rows are not
    written again), and the index, now of several segments, answers as FTS5; a replaced or removed source has
    it written again whole."""
    store, graphs = _synthetic_store(tmp_path / "s", range(10))
    names = sorted(graphs)
    owner_words = ("bao cao", "kiem tra", "tuyen truyen")

    def rows_of(added: list[str]) -> int:
        marks = ",".join("?" * len(added))
        return store.index.db.execute(f"SELECT count(*) FROM graph_entries WHERE graph IN ({marks})", added).fetchone()[
            0
        ]

    store.add_new_graphs([(n, graphs[n]) for n in names[:5]])
    store.end_bulk()
    assert fastsearch.refresh_store(store) == len(store.index)
    for added in (names[5:7], names[7:9]):
        store.add_new_graphs([(n, graphs[n]) for n in added])  # an incremental build's bulk batch
        store.end_bulk(compact=False)
        assert fastsearch.refresh_store(store) == rows_of(added)  # only the new rows
        assert _uses_tantivy(store.index, "bao cao")
        assert store.index.fast._open(fastsearch.stamp_of(store.index.db))[1].num_segments > 1
        assert _same_answers(store, _questions(store.index, 60, seed=len(added[0])), owner_words)
    store.remove_graph(names[1])
    assert fastsearch.refresh_store(store) == len(store.index)  # written again whole
    assert _same_answers(store, _questions(store.index, 30, seed=9), owner_words)


def _copy(seed_store_path, tmp_path):
    path = tmp_path / "s"
    shutil.copytree(seed_store_path, path)
    return path


def test_a_broken_or_missing_tantivy_index_leaves_fts5_to_answer(tmp_path, seed_store_path):
    path = _copy(seed_store_path, tmp_path)
    folder = fastsearch.FastSearch.folder_of(path / "index.sqlite")
    want = KnowledgeGraph(EmbeddedStore(seed_store_path, read_only=True)).search("bao cao", limit=30)
    assert want
    for f in folder.iterdir():  # every file of the index overwritten, the stamp left as it was
        if f.name != "stamp.json":
            f.write_bytes(b"\0garbage")
    kg = KnowledgeGraph(EmbeddedStore(path, read_only=True))
    assert kg.search("bao cao", limit=30) == want
    assert not _uses_tantivy(kg.store.index, "bao cao")
    shutil.rmtree(folder)
    kg = KnowledgeGraph(EmbeddedStore(path, read_only=True))
    assert kg.search("bao cao", limit=30) == want
    assert kg.owner("tong hop bao cao")


def test_without_the_tantivy_package_search_is_fts5s_and_the_build_writes_no_index(tmp_path, monkeypatch):
    from phancong.build import build

    monkeypatch.setitem(sys.modules, "tantivy", None)  # `import tantivy` raises ImportError
    store = EmbeddedStore(tmp_path / "s")
    assert not build([Path(__file__).resolve().parents[2] / "corpus"], store).failed
    assert not fastsearch.FastSearch.folder_of(store.index.path).exists()
    assert fastsearch.refresh_store(store) is None
    hits = KnowledgeGraph(store).search("bao cao", kinds=("task",), limit=5)
    assert hits and all("bao cao" in " ".join(query_terms(h.label)) for h in hits)
