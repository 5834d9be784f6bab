"""The owners summary the build keeps (phancong.store.owners) says what the graph says: owner answers the same
from it as from the SPARQL queries over the store, on the seed corpus and on a synthetic one, after sources are
replaced and removed too. (How fast each is: scripts/bench.)"""

from __future__ import annotations

import shutil
from collections import Counter

from phancong.api import KnowledgeGraph
from phancong.sparql.catalogue import named_query, run_query, with_values
from phancong.store.embedded import EmbeddedStore

from .test_figure_summary import _synthetic_store


class QueryOnly(KnowledgeGraph):
    """The same graph answered by the SPARQL queries over the store, the summary left aside."""

    def _owner_summary(self):
        return None


def _tasks(store) -> list[str]:
    rows = store.select("SELECT DISTINCT ?t WHERE { ?t a <https://w3id.org/phancong/ontology#Task> }")
    return sorted(r["t"] for r in rows)


def _rows(rows) -> Counter:
    """Rows as a multiset; the partners, which GROUP_CONCAT joins in no fixed order, as a set."""
    out = []
    for r in rows:
        r = dict(r)
        if "partners" in r:
            r["partners"] = tuple(sorted(p for p in (r["partners"] or "").split("; ") if p))
        out.append(tuple(sorted(r.items())))
    return Counter(out)


def _same_answers(store, words=(), provinces=()) -> int:
    """Every task asked both ways by its IRI, words asked with and without a province, and the rows of both
    queries for every task."""
    summary, query = KnowledgeGraph(store), QueryOnly(store)
    assert summary._owner_summary() is not None, "the build left the summary incomplete"
    tasks = _tasks(store)
    assert tasks
    n = 0
    for task in tasks:
        a, b = summary.owner(task), query.owner(task)
        assert a == b, task
        n += len(a)
    for w in words:
        for province in (None, *provinces):
            assert summary.owner(w, province=province) == query.owner(w, province=province), (w, province)
    owners, context = store.index.owners, named_query("internal/task-context")
    for start in range(0, len(tasks), 50):
        batch = tasks[start : start + 50]
        want = run_query(store, with_values(named_query("owner-of-task"), "task", batch), {})
        assert _rows(owners.owner_rows(batch)) == _rows(want)
        assert _rows(owners.context_rows(batch)) == _rows(run_query(store, with_values(context, "task", batch), {}))
    return n


def test_owner_answers_the_same_from_the_summary_as_from_the_seed_graph(seed_store):
    assert _same_answers(
        seed_store, words=("tong hop bao cao", "kiem tra, giam sat", "ket nap dang vien"), provinces=("Quảng Ninh",)
    )


def test_the_summary_follows_bulk_loads_incremental_builds_replacements_and_removals(tmp_path):
    store, graphs = _synthetic_store(tmp_path / "s", range(8))
    names = sorted(graphs)
    words = ("bao cao", "kiem tra", "tuyen truyen")
    store.add_new_graphs([(n, graphs[n]) for n in names[:5]])  # a fresh build's bulk load
    store.end_bulk()
    store.add_graphs([(n, graphs[n]) for n in names[5:7]])  # an incremental build
    assert _same_answers(store, words, provinces=("Hà Nội",))
    store.replace_ntriples(names[0], graphs[names[7]].replace(names[7], names[0]))  # a source changed
    store.remove_graph(names[1])  # a source removed
    assert _same_answers(store, words)
    store.rebuild_index()  # `phancong index`
    assert _same_answers(store, words)


def test_an_index_without_the_summary_is_answered_by_the_store(tmp_path, seed_store_path):
    shutil.copytree(seed_store_path, tmp_path / "s")
    store = EmbeddedStore(tmp_path / "s")
    g = next(g for g in store.graphs() if "ontology" not in g)
    store.index.begin()
    store.index.replace_graph(g, [("urn:x", "task", "một nhiệm vụ")])  # rows derived without their facts
    store.index.commit()
    assert KnowledgeGraph(store)._owner_summary() is None
    store.rebuild_index()
    assert KnowledgeGraph(store)._owner_summary() is not None
    for t in store.index.owners.TABLES:  # an index written before the owners summary (schema 3)
        store.index.db.execute(f"DROP TABLE {t}")
    kg = KnowledgeGraph(store)
    assert kg._owner_summary() is None
    assert kg.owner("tong hop bao cao")[0].body_label == "Ban Tổ chức Tỉnh ủy Tuyên Quang"


def _same_chains(store) -> int:
    summary, query = KnowledgeGraph(store), QueryOnly(store)
    assert summary._owner_summary() is not None
    n = 0
    for task in _tasks(store):
        a, b = summary.chain(task), query.chain(task)
        assert a == b, task
        n += len(a.edges)
    return n


def test_chains_are_the_same_from_the_summary_as_from_the_seed_graph(seed_store):
    assert _same_chains(seed_store)


def test_chains_follow_bulk_loads_incremental_builds_replacements_and_removals(tmp_path):
    store, graphs = _synthetic_store(tmp_path / "s", range(8))
    names = sorted(graphs)
    store.add_new_graphs([(n, graphs[n]) for n in names[:5]])
    store.end_bulk()
    store.add_graphs([(n, graphs[n]) for n in names[5:7]])
    assert _same_chains(store)
    store.replace_ntriples(names[0], graphs[names[7]].replace(names[7], names[0]))
    store.remove_graph(names[1])
    assert _same_chains(store)
    store.rebuild_index()
    assert _same_chains(store)
