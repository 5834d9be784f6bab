"""The same answers from every engine: Oxigraph server, Apache Jena Fuseki and Virtuoso (issue 17).

``engine_kg`` (tests/remote_fixtures.py) is the seed corpus built into each engine, started by
tools/engine.py (what ``scripts/engine`` runs) on a free loopback port with a temporary database; ``kg`` is
the embedded store. Each question below is asked of both, and the rows must be the same. An engine that
cannot be installed on this machine is skipped with the reason (scripts/test installs them when root).
"""

from __future__ import annotations

import pytest
from rdflib import BNode, Graph, URIRef
from rdflib.compare import isomorphic

from phancong.check.integrity import run_checks
from phancong.sparql.catalogue import run_query
from phancong.store.remote import RemoteStore, RemoteStoreError
from tests.every_query import EVERY_QUERY, query_id

RATED_GOOD = "party-members-rated-good"
GENID = "https://w3id.org/.well-known/genid/"  # the ontology's skolemised blank nodes, named anew by each build
# columns made by GROUP_CONCAT, whose order SPARQL leaves to the engine (the code reading them sorts them)
CONCATENATED = {"partners": "; ", "partnerLabels": "; ", "classes": " "}


def _canonical(rows):
    """Rows as a sorted list (ORDER BY leaves ties in any order, which engines break differently), the parts of a
    GROUP_CONCAT sorted; a CONSTRUCT's triples as a graph whose skolem IRIs are blank nodes again."""
    if isinstance(rows, bool):
        return rows
    if rows and not isinstance(rows[0], dict):
        g = Graph()
        for t in rows:
            terms = [t.subject, t.predicate, t.object]
            g.add(
                tuple(
                    BNode(str(x.value)[len(GENID) :]) if str(getattr(x, "value", "")).startswith(GENID) else _rdflib(x)
                    for x in terms
                )
            )
        return g

    def cell(k, v):
        if k in CONCATENATED and isinstance(v, str):
            return repr(CONCATENATED[k].join(sorted(v.split(CONCATENATED[k]))))
        return repr(v)

    return sorted(sorted((k, cell(k, v)) for k, v in r.items()) for r in rows)


def _rdflib(term):
    import pyoxigraph as ox
    from rdflib import Literal

    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    return Literal(
        term.value,
        lang=term.language,
        datatype=URIRef(term.datatype.value) if term.datatype and not term.language else None,
    )


def _same(a, b) -> bool:
    ca, cb = _canonical(a), _canonical(b)
    if isinstance(ca, Graph) or isinstance(cb, Graph):
        return isinstance(ca, Graph) and isinstance(cb, Graph) and isomorphic(ca, cb)
    return ca == cb


def test_owner_answers_are_the_same_on_each_engine_as_on_the_embedded_store(kg, engine_kg):
    for words in ("tong hop bao cao", "kiểm tra, giám sát", "dang vien"):
        embedded = [r.to_record() for r in kg.owner(words)]
        assert embedded, words
        assert [r.to_record() for r in engine_kg.owner(words)] == embedded, words
    assert engine_kg.owner("tong hop bao cao")[0].body_label == "Ban Tổ chức Tỉnh ủy Tuyên Quang"


def test_the_chain_of_the_report_task_is_the_same_on_each_engine(kg, engine_kg):
    task = kg.owner("tong hop bao cao")[0].task
    assert engine_kg.chain(task).to_record() == kg.chain(task).to_record()


def test_compare_party_members_rated_good_is_the_same_on_each_engine(kg, engine_kg):
    embedded = [r.to_record() for r in kg.compare(RATED_GOOD)]
    assert embedded and [r.to_record() for r in engine_kg.compare(RATED_GOOD)] == embedded
    assert [r.to_record() for r in engine_kg.compare(RATED_GOOD, rollup=True)] == [
        r.to_record() for r in kg.compare(RATED_GOOD, rollup=True)
    ]


def test_check_finds_the_same_on_each_engine(kg, engine_kg):
    def findings(store):
        return sorted(
            (f.check, f.severity, f.message, f.resource or "")
            for f in run_checks(store, shacl=False, reasoner=False).findings
        )

    assert findings(engine_kg.store) == findings(kg.store)


@pytest.mark.parametrize("query", EVERY_QUERY, ids=query_id)
def test_every_query_answers_the_same_on_each_engine(query, kg, engine_kg):
    embedded = run_query(kg.store, query, dict(query.defaults))
    remote = run_query(engine_kg.store, query, dict(query.defaults))
    assert _same(embedded, remote)
    if query.defaults:  # a bound parameter narrows the answer to something
        assert embedded, f"{query.name} with its defaults answers nothing: the comparison would prove little"


def test_each_engine_holds_the_same_graphs_as_the_embedded_store(kg, engine_kg):
    assert engine_kg.store.graphs() == kg.store.graphs()
    for g in kg.store.graphs():
        assert isomorphic(
            Graph().parse(data=kg.store.graph_ntriples(g), format="nt"),
            Graph().parse(data=engine_kg.store.graph_ntriples(g), format="nt"),
        ), g
    assert len(engine_kg.store) == len(kg.store)


# ------------------------------------------------------------------ no union default graph on any engine
A_LABEL = '<http://example.org/body> <http://www.w3.org/2000/01/rdf-schema#label> "Ban Tổ chức" .\n'
LABEL_QUERY = "SELECT ?l WHERE { <http://example.org/body> <http://www.w3.org/2000/01/rdf-schema#label> ?l }"
S1, S2 = "https://w3id.org/phancong/id/source/engine-s1", "https://w3id.org/phancong/id/source/engine-s2"


@pytest.mark.parametrize("name", ["oxigraph", "fuseki", "virtuoso"])
def test_a_triple_two_sources_state_is_read_once_on_each_engine_and_leaves_with_the_last(
    name, engine_servers, tmp_path
):
    server = engine_servers(name)
    store = RemoteStore(**server.endpoints(), timeout=60, index_path=tmp_path / "index.sqlite")
    try:
        store.replace_ntriples(S1, A_LABEL)
        store.replace_ntriples(S2, A_LABEL)
        assert store.select(LABEL_QUERY) == [{"l": "Ban Tổ chức"}]  # once, not once per source
        store.remove_graph(S1)
        assert store.select(LABEL_QUERY) == [{"l": "Ban Tổ chức"}]  # s2 still states it
    finally:
        for g in (S1, S2):
            store.remove_graph(g)
    assert store.select(LABEL_QUERY) == []
    assert S1 not in store.graphs() and S2 not in store.graphs()


# ------------------------------------------------------------------ serve --endpoint: /sparql forwards to the engine
QUESTION = """PREFIX pc: <https://w3id.org/phancong/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT DISTINCT ?task ?body ?bodyLabel WHERE { ?a pc:task ?task ; pc:body ?body . ?body rdfs:label ?bodyLabel }
ORDER BY ?task ?body"""  # by IRIs: SPARQL leaves the order of language-tagged labels to the engine


@pytest.fixture(scope="module")
def both_endpoints(kg, engine_kg):
    """(embedded /sparql, /sparql of a server over the engine) base URLs."""
    from phancong.web.app import create_app
    from phancong.web.serve import serve_in_thread

    with (
        serve_in_thread(create_app(kg.store, query_timeout=20, max_results=5000)) as embedded,
        serve_in_thread(create_app(engine_kg.store, query_timeout=20, max_results=5000)) as remote,
    ):
        yield embedded + "/sparql", remote + "/sparql"


@pytest.mark.parametrize("accept", ["application/sparql-results+json", "text/csv", "application/sparql-results+xml"])
def test_the_sparql_endpoint_over_an_engine_answers_a_select_as_the_embedded_one(both_endpoints, accept):
    import httpx

    embedded, remote = (
        httpx.post(url, data={"query": QUESTION}, headers={"Accept": accept}, timeout=60) for url in both_endpoints
    )
    assert remote.status_code == embedded.status_code == 200, remote.text
    assert remote.headers["content-type"] == embedded.headers["content-type"]
    assert remote.content == embedded.content
    assert "Ban Tổ chức Tỉnh ủy Tuyên Quang" in remote.text


def test_the_sparql_endpoint_over_an_engine_answers_ask_and_construct_by_content_negotiation(both_endpoints):
    import httpx

    for ask, expected in (
        ("ASK { ?b a <https://w3id.org/phancong/ontology#Body> }", True),
        ("ASK { ?b a <https://w3id.org/phancong/ontology#NoSuchClass> }", False),
    ):
        answers = [
            httpx.get(url, params={"query": ask}, headers={"Accept": "application/sparql-results+json"})
            for url in both_endpoints
        ]
        assert answers[1].status_code == 200 and answers[1].json()["boolean"] is expected
        assert answers[1].content == answers[0].content
    construct = (
        "CONSTRUCT { ?b <http://www.w3.org/2000/01/rdf-schema#label> ?l } WHERE { "
        "?b a <https://w3id.org/phancong/ontology#Body> ; <http://www.w3.org/2000/01/rdf-schema#label> ?l }"
    )
    got = [
        httpx.get(url, params={"query": construct}, headers={"Accept": "application/n-triples"})
        for url in both_endpoints
    ]
    assert got[1].status_code == 200 and got[1].headers["content-type"].startswith("application/n-triples")
    assert sorted(got[1].text.splitlines()) == sorted(got[0].text.splitlines())


def test_the_sparql_endpoint_over_an_engine_refuses_updates_and_service_and_keeps_the_size_limit(
    both_endpoints, engine_kg
):
    import httpx

    from phancong.web.app import create_app
    from phancong.web.serve import serve_in_thread

    _, remote = both_endpoints
    drop = httpx.post(remote, data={"update": "DROP ALL"})
    assert drop.status_code == 403
    insert = httpx.post(remote, data={"query": "INSERT DATA { <http://a> <http://b> <http://c> }"})
    assert insert.status_code == 403
    service = httpx.get(remote, params={"query": "SELECT * WHERE { SERVICE <http://example.org/s> { ?s ?p ?o } }"})
    assert service.status_code == 403
    assert engine_kg.owner("tong hop bao cao")  # the engine still holds the graph
    with serve_in_thread(create_app(engine_kg.store, query_timeout=20, max_results=3)) as small:
        big = httpx.get(small + "/sparql", params={"query": QUESTION}, headers={"Accept": "text/csv"})
    assert big.status_code == 422 and "more than 3 rows" in big.text


def test_the_sparql_endpoint_over_an_engine_names_a_query_the_engine_cannot_parse(both_endpoints):
    import httpx

    _, remote = both_endpoints
    bad = httpx.get(remote, params={"query": "SELECT ?x WHERE { ?x ?p }"})
    assert bad.status_code == 400


# ------------------------------------------------------------------ bulk and parallel loading
def _sources(tmp_path_factory, copies: int):
    """The seed articles copied ``copies`` times under new names."""
    import shutil
    from pathlib import Path

    corpus = Path(__file__).resolve().parents[2] / "corpus"
    out = tmp_path_factory.mktemp("engine-sources")
    for k in range(1, copies + 1):
        for f in sorted(corpus.glob("*_*.*")):
            if f.name.endswith((".txt", ".meta.json")):
                shutil.copyfile(f, out / f"c{k:02d}-{f.name}")
    return out


@pytest.fixture(scope="module")
def reference_graphs(tmp_path_factory):
    """(sources folder, graph files of an embedded build of them): what each source's graph must be."""
    from phancong.build import build
    from phancong.store.embedded import EmbeddedStore

    sources = _sources(tmp_path_factory, 3)
    graphs = tmp_path_factory.mktemp("engine-reference-graphs")
    assert not build([sources], EmbeddedStore(tmp_path_factory.mktemp("engine-reference")), graph_dir=graphs).failed
    return sources, graphs


def _values(nt: str) -> set:
    """The triples of N-Triples as values (an engine may write 20.0 as 20: the same xsd:decimal)."""
    from rdflib import Literal

    def value(o):
        return (o.toPython(), o.datatype, o.language) if isinstance(o, Literal) else o

    return {(s, p, value(o)) for s, p, o in Graph().parse(data=nt, format="nt")}


def _own_source_graphs(store) -> dict[str, set]:
    return {g: _values(store.graph_ntriples(g)) for g in store.graphs() if "/source/" in g}


def _check_whole_or_absent(store, graphs_dir) -> int:
    """Every source graph in ``store`` is its reference graph, line for line, and the merged graph is the merge
    of the graphs there; the number of sources present."""
    from phancong.store.remote import MERGED_GRAPH

    present = _own_source_graphs(store)
    for g, lines in present.items():
        want = _values((graphs_dir / f"{g.rsplit('/', 1)[1]}.nt").read_text(encoding="utf-8"))
        assert lines == want, f"{g} is not whole: {len(lines)} of {len(want)} triples"
    merged = set(store._triples(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{MERGED_GRAPH}> {{ ?s ?p ?o }} }}"))
    union = set(
        store._triples(
            "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), "
            f"'https://w3id.org/phancong/') && ?g != <{MERGED_GRAPH}>) }}"
        )
    )
    assert merged == union
    return len(present)


@pytest.mark.slow
@pytest.mark.parametrize("name", ["oxigraph", "fuseki", "virtuoso"])
def test_sources_uploaded_in_parallel_batches_are_the_graphs_of_a_build_one_at_a_time(name, reference_graphs, tmp_path):
    from phancong.build import build

    why = _engines().unavailable(name)
    if why:
        pytest.skip(f"{name} cannot run here: {why}")
    sources, graphs = reference_graphs
    server = _engines().engine(name, tmp_path / "db").start()
    try:
        store = RemoteStore(**server.endpoints(), timeout=120, index_path=tmp_path / "index.sqlite")
        result = build([sources], store, jobs=2)
        assert not result.failed, [s.error for s in result.failed]
        assert _check_whole_or_absent(store, graphs) == len(list(graphs.glob("*.nt")))
        assert store.write_method == "update"
        hits = store.index.search("tong hop bao cao", ("task",), 50)
        assert {h.iri.split("/task/")[1].split("/")[0][:3] for h in hits} >= {"c01", "c03"}  # indexed too
    finally:
        server.stop()


@pytest.mark.parametrize("name", ["oxigraph", "virtuoso"])
def test_a_refused_source_is_named_and_the_others_of_its_batch_are_stored(name, tmp_path):
    why = _engines().unavailable(name)
    if why:
        pytest.skip(f"{name} cannot run here: {why}")
    server = _engines().engine(name, tmp_path / "db").start()
    try:
        store = RemoteStore(**server.endpoints(), timeout=60, index_path=tmp_path / "index.sqlite")
        good = '<http://example.org/t{n}> <http://www.w3.org/2000/01/rdf-schema#label> "nhiệm vụ {n}" .\n'
        items = [(f"https://w3id.org/phancong/id/source/s{n}", good.format(n=n)) for n in range(6)]
        items[3] = (items[3][0], "<http://example.org/t3> <http://www.w3.org/2000/01/rdf-schema#label> .\n")
        failed = store.replace_many(items, jobs=2, batch_triples=3)
        assert list(failed) == ["https://w3id.org/phancong/id/source/s3"]
        # refused before any request (pyoxigraph reads the triples to write the update), or by the engine
        assert any(w in str(failed[items[3][0]]) for w in ("do not parse", "refused the request: HTTP 400", "HTTP 500"))
        assert [g.rsplit("/", 1)[1] for g in store.graphs()] == ["s0", "s1", "s2", "s4", "s5"]
    finally:
        server.stop()


KILLED_UPLOAD = """
import sys
import phancong.store.remote
from phancong.build import build
from phancong.store.remote import RemoteStore
phancong.store.remote.UPLOAD_TRIPLES = 1500  # small batches: many requests, so the kill falls among them
store = RemoteStore(sys.argv[1], sys.argv[2], timeout=120, index_path=sys.argv[4])
build([sys.argv[3]], store, jobs=2)
"""


# Not on Virtuoso: there a reader waits on the locks of the upload, and after the kill on the rollback (reads ran
# past 60 s on a loaded machine); run alone it passed (every source absent after the kill, the batch rolled back)
@pytest.mark.slow
@pytest.mark.parametrize("name", ["oxigraph", "fuseki"])
def test_a_killed_upload_leaves_every_source_whole_or_absent(name, reference_graphs, tmp_path):
    import signal
    import subprocess
    import sys
    import time

    why = _engines().unavailable(name)
    if why:
        pytest.skip(f"{name} cannot run here: {why}")
    sources, graphs = reference_graphs
    total = len(list(graphs.glob("*.nt")))
    server = _engines().engine(name, tmp_path / "db").start()
    try:
        store = RemoteStore(**server.endpoints(), timeout=60, index_path=tmp_path / "index.sqlite")
        upload = subprocess.Popen(
            [
                sys.executable,
                "-c",
                KILLED_UPLOAD,
                server.query_url,
                server.update_url,
                str(sources),
                str(tmp_path / "upload-index.sqlite"),
            ],
            start_new_session=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        watch = RemoteStore(server.query_url, timeout=5, index_path=tmp_path / "watch.sqlite")
        try:
            deadline = time.monotonic() + 120  # a hang guard, not a timing assertion
            while time.monotonic() < deadline and upload.poll() is None:
                try:
                    if len([g for g in watch.graphs() if "/source/" in g]) >= 3:
                        break
                except RemoteStoreError:  # busy: ask again
                    pass
                time.sleep(0.02)
        finally:
            upload.send_signal(signal.SIGKILL)
            upload.wait(30)
        assert upload.returncode == -signal.SIGKILL, upload.stderr.read().decode("utf-8", "replace")[-2000:]
        stored = _check_whole_or_absent(store, graphs)
        assert 3 <= stored < total
        print(f"{name}: {stored} of {total} sources stored when the upload was killed, each whole")
        # the killed upload's index committed nothing of a part not finished; a rerun completes the store
        from phancong.build import build

        assert not build([sources], store, jobs=2).failed
        assert _check_whole_or_absent(store, graphs) == total
    finally:
        server.stop()


def _engines():
    import sys

    return sys.modules["phancong_tools_engine"]
