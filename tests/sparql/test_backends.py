"""The acceptance questions, asked of the embedded store and of a real Oxigraph server.

``backend`` (tests/remote_fixtures.py) is a KnowledgeGraph over the seed corpus,
parametrised over ["embedded", "remote"], so each question below runs on both;
the comparisons at the end ask both stores the same thing and want the same answer.
"""

from __future__ import annotations

import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

from phancong.sparql.catalogue import run_query
from tests.every_query import EVERY_QUERY, query_id

SEED_001 = "https://w3id.org/phancong/id/source/001_71a5b6d91341e01c"
RATED_GOOD = "party-members-rated-good"


def _report_task(kg) -> str:
    return kg.owner("tong hop bao cao")[0].task


@pytest.mark.parametrize("words", ["tong hop bao cao", "tổng hợp báo cáo"])
def test_the_owner_of_tong_hop_bao_cao_is_ban_to_chuc_tinh_uy_tuyen_quang_as_lead(backend, words):
    first = backend.owner(words)[0]
    assert first.body_label == "Ban Tổ chức Tỉnh ủy Tuyên Quang"
    assert first.role == "lead"
    assert first.province == "Tuyên Quang"
    assert "tổng hợp báo cáo" in first.evidence
    assert first.source == SEED_001


def test_kiem_tra_giam_sat_is_monitored_by_uy_ban_kiem_tra_tinh_uy_tuyen_quang(backend):
    rows = backend.owner("kiểm tra, giám sát")
    assert ("Ủy ban Kiểm tra Tỉnh ủy Tuyên Quang", "monitor") in {(r.body_label, r.role) for r in rows}


def test_the_report_task_chain_reports_to_ban_thuong_vu_tinh_uy_tuyen_quang(backend):
    chain = backend.chain(_report_task(backend))
    assert ("reportsTo", "Ban Thường vụ Tỉnh ủy Tuyên Quang") in {(e.relation, e.target_label) for e in chain.edges}
    assert ("lead", "Ban Tổ chức Tỉnh ủy Tuyên Quang") in {(e.relation, e.target_label) for e in chain.edges}


def test_quang_ninh_aims_at_90_percent_of_party_members_rated_good(backend):
    rows = backend.compare(RATED_GOOD)
    assert any(
        r.province == "Quảng Ninh"
        and r.kind == "target"
        and r.value == 90
        and r.comparator == "at-least"
        and r.unit == "percent"
        for r in rows
    )


def test_search_by_words_finds_the_body_without_diacritics(backend):
    hits = backend.search("uy ban kiem tra tinh uy tuyen quang", kinds=("body",))
    assert hits and hits[0].label.startswith("Ủy ban Kiểm tra")


def test_an_unknown_task_iri_is_a_lookup_error(backend):
    with pytest.raises(LookupError):
        backend.chain("https://w3id.org/phancong/id/task/no-such-source/1")


# ------------------------------------------------------------------ the same answers on both stores
def test_the_owner_answers_are_identical_on_both_stores(kg, remote_kg):
    for words in ("tong hop bao cao", "kiểm tra, giám sát", "dang vien"):
        assert [r.to_record() for r in kg.owner(words)] == [r.to_record() for r in remote_kg.owner(words)]


def test_the_chain_is_identical_on_both_stores(kg, remote_kg):
    task = _report_task(kg)
    assert kg.chain(task).to_record() == remote_kg.chain(task).to_record()


def test_compare_party_members_rated_good_has_the_same_rows_on_both_stores(kg, remote_kg):
    embedded = [r.to_record() for r in kg.compare(RATED_GOOD)]
    remote = [r.to_record() for r in remote_kg.compare(RATED_GOOD)]
    assert embedded and embedded == remote
    assert [r.to_record() for r in kg.compare(RATED_GOOD, rollup=True)] == [
        r.to_record() for r in remote_kg.compare(RATED_GOOD, rollup=True)
    ]


def _canonical(rows):
    """Rows as a sorted list (ORDER BY leaves ties in any order, which engines may break differently)."""
    if isinstance(rows, bool):
        return rows
    return sorted(sorted((k, repr(v)) for k, v in (r.items() if isinstance(r, dict) else [("t", r)])) for r in rows)


@pytest.mark.parametrize("query", EVERY_QUERY, ids=query_id)
def test_every_query_with_its_defaults_answers_the_same_on_both_stores(query, kg, remote_kg):
    embedded = run_query(kg.store, query, dict(query.defaults))
    remote = run_query(remote_kg.store, query, dict(query.defaults))
    assert _canonical(embedded) == _canonical(remote)
    if query.defaults:  # a bound parameter narrows the answer to something
        assert embedded, f"{query.name} with its defaults answers nothing: the comparison would prove little"


def test_the_graphs_hold_the_same_triples_on_both_stores(kg, remote_kg):
    assert kg.store.graphs() == remote_kg.store.graphs()
    for g in kg.store.graphs():  # isomorphic: the ontology graph has blank nodes (OWL lists), named anew by each store
        assert isomorphic(
            Graph().parse(data=kg.store.graph_ntriples(g), format="nt"),
            Graph().parse(data=remote_kg.store.graph_ntriples(g), format="nt"),
        ), g
    assert len(kg.store) == len(remote_kg.store)


def test_the_index_written_at_ingest_equals_the_index_rebuilt_from_the_remote_graphs(remote_store, tmp_path):
    from phancong.store.remote import RemoteStore

    def rows(index):
        return sorted(index.db.execute("SELECT iri, kind, label, graph FROM entries").fetchall())

    fresh = RemoteStore(remote_store.endpoint, index_path=tmp_path / "rebuilt.sqlite")
    n = fresh.rebuild_index()
    assert n > 0
    assert rows(fresh.index) == rows(remote_store.index)


# ------------------------------------------------------------------ sources that name the same bodies
# The seeds twice, the second time under new names: every body, document and province is named by two
# sources. A server's union default graph is a multiset (Oxigraph), so a shared triple matched once per
# source and the joins multiplied; the remote store reads a merged graph that it maintains, as the
# embedded store does, so every answer is the same on both stores, row for row (nothing de-duplicated here).
@pytest.fixture(scope="module")
def shared_kgs(oxigraph_servers_module, tmp_path_factory):
    """(embedded, remote) KnowledgeGraphs over the shared corpus; the server runs with its union default graph
    on, the setting earlier versions asked for."""
    import shutil
    from pathlib import Path

    from phancong.api import KnowledgeGraph
    from phancong.build import build
    from phancong.store.embedded import EmbeddedStore
    from phancong.store.remote import RemoteStore

    corpus = Path(__file__).resolve().parents[2] / "corpus"
    out = tmp_path_factory.mktemp("shared-corpus")
    for f in sorted(corpus.glob("*_*.*")):
        if f.name.endswith((".txt", ".meta.json")):
            shutil.copyfile(f, out / f.name)
            shutil.copyfile(f, out / f"c02-{f.name}")
    embedded = EmbeddedStore(tmp_path_factory.mktemp("shared-embedded") / "store")
    assert not build([out], embedded).failed
    server = oxigraph_servers_module(union=True)
    remote = RemoteStore(
        **server.endpoints(), timeout=30, index_path=tmp_path_factory.mktemp("shared-remote-index") / "index.sqlite"
    )
    assert not build([out], remote).failed
    return KnowledgeGraph(embedded), KnowledgeGraph(remote)


def test_a_body_named_by_two_sources_gives_each_owner_chain_and_compare_row_once_on_both_stores(shared_kgs):
    embedded, remote = shared_kgs
    owners = [r.to_record() for r in remote.owner("tong hop bao cao")]
    assert owners == [r.to_record() for r in embedded.owner("tong hop bao cao")]
    assert len(owners) == len({repr(sorted(r.items())) for r in owners})
    task = embedded.owner("tong hop bao cao")[0].task
    assert remote.chain(task).to_record() == embedded.chain(task).to_record()
    for rollup in (False, True):
        assert [r.to_record() for r in remote.compare(RATED_GOOD, rollup=rollup)] == [
            r.to_record() for r in embedded.compare(RATED_GOOD, rollup=rollup)
        ]


@pytest.mark.parametrize("query", EVERY_QUERY, ids=query_id)
def test_every_query_gives_the_same_rows_on_both_stores_when_sources_share_bodies(query, shared_kgs):
    embedded, remote = shared_kgs
    assert _canonical(run_query(remote.store, query, dict(query.defaults))) == _canonical(
        run_query(embedded.store, query, dict(query.defaults))
    )
