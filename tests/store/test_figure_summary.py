"""The figures summary the build keeps (phancong.store.figures) says what the graph says: compare answers the
same from it as from the SPARQL query over the store, on the seed corpus and on a synthetic one, after sources
are replaced and removed too. (How fast each is: scripts/bench.)"""

from __future__ import annotations

import shutil
from collections import Counter

from phancong.api import KnowledgeGraph
from phancong.sparql.catalogue import named_query, run_query
from phancong.store.embedded import EmbeddedStore


class QueryOnly(KnowledgeGraph):
    """The same graph answered by the SPARQL query over the store, the summary left aside."""

    def _figure_summary(self):
        return None


def _indicators(store) -> list[str]:
    return sorted({r["indicator"] for r in run_query(store, named_query("internal/figures"), {})})


def _same_answers(store, *, provinces=(), years=(), document_types=()) -> int:
    """Every indicator compared both ways, by default and with every figure, with each filter given."""
    summary, query = KnowledgeGraph(store), QueryOnly(store)
    assert summary._figure_summary() is not None, "the build left the summary incomplete"
    indicators = _indicators(store)
    assert indicators
    asked = [{}] + [{"province": p} for p in provinces] + [{"year": y} for y in years]
    asked += [{"document_type": t} for t in document_types]
    n = 0
    for ind in indicators:
        for filters in asked:
            for all_figures in (False, True):
                a = summary.compare(ind, all_figures=all_figures, **filters)
                b = query.compare(ind, all_figures=all_figures, **filters)
                assert a == b, (ind, filters, all_figures)
                n += len(a)
    # the rows of every figure, as the query gives them
    got = Counter(tuple(sorted(r.items())) for r in store.index.figures.records(None))
    want = Counter(tuple(sorted(r.items())) for r in run_query(store, named_query("internal/figures"), {}))
    assert got == want
    assert summary.progress() == query.progress()
    return n


def test_compare_answers_the_same_from_the_summary_as_from_the_seed_graph(seed_store):
    assert _same_answers(
        seed_store, provinces=("Quảng Ninh", "thai nguyen"), years=(2025, 2020), document_types=("plan", "resolution")
    )


def _synthetic_store(path, sources):
    from benchmarks.synth import synth_extraction
    from phancong.build import _load_ontology_graph
    from phancong.rdf.iri import source_iri
    from phancong.rdf.mapping import sorted_ntriples, to_graph

    store = EmbeddedStore(path)
    _load_ontology_graph(store)
    graphs = {}
    for i in sources:
        ex = synth_extraction(i, seed=5)
        graphs[str(source_iri(ex.source.id))] = sorted_ntriples(to_graph(ex))
    return store, graphs


def test_the_summary_follows_bulk_loads_incremental_builds_replacements_and_removals(tmp_path):
    store, graphs = _synthetic_store(tmp_path / "s", range(8))
    names = sorted(graphs)
    store.add_new_graphs([(n, graphs[n]) for n in names[:5]])  # a fresh build's bulk load
    store.end_bulk()
    store.add_graphs([(n, graphs[n]) for n in names[5:7]])  # an incremental build
    assert _same_answers(store, provinces=("Hà Nội", "Quảng Ninh"), years=(2025,), document_types=("plan",))
    store.replace_ntriples(names[0], graphs[names[7]].replace(names[7], names[0]))  # a source changed
    store.remove_graph(names[1])  # a source removed
    assert _same_answers(store, provinces=("Hà Nội",))
    store.rebuild_index()  # `phancong index`
    assert _same_answers(store)


def test_a_summary_without_some_graphs_facts_is_not_used(tmp_path, seed_store_path):
    shutil.copytree(seed_store_path, tmp_path / "s")
    store = EmbeddedStore(tmp_path / "s")
    g = next(g for g in store.graphs() if "ontology" not in g)
    store.index.begin()
    store.index.replace_graph(g, [("urn:x", "task", "một nhiệm vụ")])  # rows derived without their facts
    store.index.commit()
    assert KnowledgeGraph(store)._figure_summary() is None
    store.rebuild_index()
    assert KnowledgeGraph(store)._figure_summary() is not None


class WithoutDefaults(KnowledgeGraph):
    """compare computed from the summary at each call, the default answers the build keeps left aside."""

    def _compare_defaults(self, family):
        return None


def _same_defaults(store) -> int:
    """compare's default answer, as the build keeps it, is the one computed at each call, for every indicator
    and for the province-wide figures alone."""
    from phancong.answers.status import refresh_compare_defaults

    assert refresh_compare_defaults(store) is not None
    kept, computed = KnowledgeGraph(store), WithoutDefaults(store)
    n = 0
    umbrellas = [
        f"https://w3id.org/phancong/vocab/indicator/{u}" for u in ("cadre-structure", "training", "inspection")
    ]
    for ind in _indicators(store) + umbrellas:  # an umbrella: the answers of the indicators under it
        assert kept._compare_defaults([ind]) is not None, "the default answers are not current"
        for scope in ("all", "province"):
            for rollup in (False, True):
                a = kept.compare(ind, scope=scope, rollup=rollup)
                assert a == computed.compare(ind, scope=scope, rollup=rollup), (ind, scope, rollup)
                n += len(a)
    return n


def test_the_default_answers_kept_are_those_computed_from_the_seed_graph(seed_store):
    assert _same_defaults(seed_store)


def test_the_default_answers_kept_follow_builds_replacements_and_removals(tmp_path):
    store, graphs = _synthetic_store(tmp_path / "s", range(8))
    names = sorted(graphs)
    store.add_new_graphs([(n, graphs[n]) for n in names[:5]])
    store.end_bulk()
    assert _same_defaults(store)
    store.add_graphs([(n, graphs[n]) for n in names[5:7]])
    assert KnowledgeGraph(store)._compare_defaults(_indicators(store)) is None  # changed since: not used
    assert _same_defaults(store)
    store.replace_ntriples(names[0], graphs[names[7]].replace(names[7], names[0]))
    store.remove_graph(names[1])
    assert KnowledgeGraph(store)._compare_defaults(_indicators(store)) is None
    assert _same_defaults(store)
    store.rebuild_index()
    assert _same_defaults(store)
