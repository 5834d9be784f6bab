"""The /sparql endpoint as SPARQL clients see it (issue 6), against a real uvicorn server on a free
loopback port: every result format parses (rdflib, SPARQLWrapper) and equals the embedded store's
answer; updates, LOAD and SERVICE are refused and leave the store as it was; a runaway query is
stopped by the time limit and the server answers the next query."""

from __future__ import annotations

import hashlib
import io

import httpx
import pyoxigraph as ox
import pytest
from rdflib import BNode, Graph, URIRef
from rdflib.query import Result
from SPARQLWrapper import CSV, JSON, JSONLD, N3, POST, POSTDIRECTLY, TSV, TURTLE, XML, SPARQLWrapper

from phancong.web.app import create_app
from phancong.web.serve import serve_in_thread

pytestmark = pytest.mark.slow

TIMEOUT = 3.0  # the server's per-query limit in these tests
SELECT = """PREFIX pc: <https://w3id.org/phancong/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
# tasks with their ordinal (integer), provinces with a language-tagged name, targets with a decimal value
SELECT ?x ?label ?n WHERE {
  { ?x a pc:Task ; rdfs:label ?label ; pc:ordinal ?n }
  UNION { ?x a pc:Province ; skos:prefLabel ?label FILTER(lang(?label) = "vi") }
  UNION { ?x a pc:Target ; pc:value ?n }
} ORDER BY ?x ?label ?n"""
CONSTRUCT = """PREFIX pc: <https://w3id.org/phancong/ontology#>
CONSTRUCT { ?a pc:body ?b ; pc:role ?r ; pc:task ?t . ?t <http://www.w3.org/2000/01/rdf-schema#label> ?l }
WHERE { ?a pc:body ?b ; pc:role ?r ; pc:task ?t . ?t <http://www.w3.org/2000/01/rdf-schema#label> ?l }"""
ASK = "PREFIX pc: <https://w3id.org/phancong/ontology#> ASK { ?a pc:role <https://w3id.org/phancong/vocab/role/lead> }"
RUNAWAY_COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
RUNAWAY = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


@pytest.fixture(scope="module")
def endpoint(seed_store):
    app = create_app(seed_store, query_timeout=TIMEOUT, max_results=5000)
    with serve_in_thread(app) as base:
        yield base + "/sparql"


def digest(store) -> str:
    return hashlib.sha256(store.dump(ox.RdfFormat.N_QUADS)).hexdigest()


def term(t) -> tuple:
    """A comparable form of an rdflib or pyoxigraph term."""
    if t is None:
        return (None,)
    if isinstance(t, (ox.NamedNode, URIRef)):
        return ("iri", str(t.value if isinstance(t, ox.NamedNode) else t))
    if isinstance(t, (ox.BlankNode, BNode)):
        return ("bnode",)
    if isinstance(t, ox.Literal):
        dt = t.datatype.value if t.datatype else None
        return ("lit", t.value, t.language, None if t.language else dt)
    dt = str(t.datatype) if t.datatype else ("http://www.w3.org/2001/XMLSchema#string" if not t.language else None)
    return ("lit", str(t), t.language, dt)


def embedded_rows(store, query: str) -> list[tuple]:
    res = store.query(query)
    names = [v.value for v in res.variables]
    return [tuple(term(sol[n]) for n in names) for sol in res]


def rdflib_rows(result: Result) -> list[tuple]:
    return [tuple(term(row[v]) for v in result.vars) for row in result]


def client(url: str, query: str, fmt: str, method=None) -> SPARQLWrapper:
    sw = SPARQLWrapper(url)
    sw.setQuery(query)
    sw.setReturnFormat(fmt)
    sw.setTimeout(60)
    if method == POSTDIRECTLY:
        sw.setMethod(POST)
        sw.setRequestMethod(POSTDIRECTLY)
    elif method:
        sw.setMethod(method)
    return sw


# ------------------------------------------------------------------ SELECT in every format
@pytest.mark.parametrize("method", [None, POST, POSTDIRECTLY], ids=["GET", "POST-form", "POST-direct"])
def test_select_through_sparqlwrapper_in_json_equals_the_embedded_answer(endpoint, seed_store, method):
    expected = embedded_rows(seed_store, SELECT)
    assert len(expected) > 50 and {r[2][0] for r in expected} == {"lit", None}
    data = client(endpoint, SELECT, JSON, method).query().convert()
    got = []
    for b in data["results"]["bindings"]:
        row = []
        for v in data["head"]["vars"]:
            t = b.get(v)
            if t is None:
                row.append((None,))
            elif t["type"] == "uri":
                row.append(("iri", t["value"]))
            else:
                lang = t.get("xml:lang")
                row.append(
                    (
                        "lit",
                        t["value"],
                        lang,
                        None if lang else t.get("datatype", "http://www.w3.org/2001/XMLSchema#string"),
                    )
                )
        got.append(tuple(row))
    assert got == expected


@pytest.mark.parametrize("fmt", [XML, TSV, JSON])
def test_select_in_xml_tsv_and_json_parses_with_rdflib_to_the_embedded_answer(endpoint, seed_store, fmt):
    body = client(endpoint, SELECT, fmt).query().response.read()
    parsed = Result.parse(io.BytesIO(body), format={XML: "xml", TSV: "tsv", JSON: "json"}[fmt])
    assert [str(v) for v in parsed.vars] == ["x", "label", "n"]
    assert rdflib_rows(parsed) == embedded_rows(seed_store, SELECT)


def test_select_in_csv_gives_the_same_values(endpoint, seed_store):
    body = client(endpoint, SELECT, CSV).query().response.read()
    parsed = Result.parse(io.BytesIO(body), format="csv")
    got = [tuple("" if t is None else str(t) for t in row) for row in parsed]
    res = seed_store.query(SELECT)
    names = [v.value for v in res.variables]
    expected = [tuple("" if sol[n] is None else sol[n].value for n in names) for sol in res]
    assert got == expected


def test_ask_answers_true_in_json_and_xml(endpoint):
    assert client(endpoint, ASK, JSON).query().convert()["boolean"] is True
    body = client(endpoint, ASK, XML).query().response.read()
    assert Result.parse(io.BytesIO(body), format="xml").askAnswer is True


# ------------------------------------------------------------------ CONSTRUCT / DESCRIBE
def embedded_graph(store, query: str) -> Graph:
    g = Graph()
    g.parse(data=ox.serialize(store.query(query), format=ox.RdfFormat.N_TRIPLES).decode("utf-8"), format="nt")
    return g


@pytest.mark.parametrize("fmt, rdflib_format", [(TURTLE, "turtle"), (N3, "turtle"), (JSONLD, "json-ld"), (XML, "xml")])
def test_construct_in_turtle_jsonld_and_rdfxml_parses_to_the_embedded_graph(endpoint, seed_store, fmt, rdflib_format):
    expected = embedded_graph(seed_store, CONSTRUCT)
    assert len(expected) > 50
    body = client(endpoint, CONSTRUCT, fmt).query().response.read()
    g = Graph().parse(data=body.decode("utf-8"), format=rdflib_format)
    assert set(g) == set(expected)


def test_construct_as_ntriples_and_describe_by_accept_header(endpoint, seed_store):
    r = httpx.get(endpoint, params={"query": CONSTRUCT}, headers={"accept": "application/n-triples"}, timeout=60)
    assert r.status_code == 200 and r.headers["content-type"] == "application/n-triples"
    assert set(Graph().parse(data=r.text, format="nt")) == set(embedded_graph(seed_store, CONSTRUCT))
    task = "https://w3id.org/phancong/id/task/001_71a5b6d91341e01c/28"
    r = httpx.get(endpoint, params={"query": f"DESCRIBE <{task}>"}, timeout=60)
    assert r.headers["content-type"].startswith("text/turtle")
    g = Graph().parse(data=r.text, format="turtle")
    assert (URIRef(task), URIRef("http://www.w3.org/2000/01/rdf-schema#label"), None) in g


def test_content_negotiation_follows_q_values_and_says_when_nothing_fits(endpoint):
    r = httpx.get(
        endpoint,
        params={"query": ASK},
        headers={"accept": "text/csv;q=0.5, application/sparql-results+xml"},
        timeout=60,
    )
    assert r.headers["content-type"] == "application/sparql-results+xml"
    r = httpx.get(endpoint, params={"query": ASK}, headers={"accept": "image/png"}, timeout=60)
    assert r.status_code == 406 and "application/sparql-results+json" in r.text


def test_default_graph_uri_restricts_the_dataset(endpoint, seed_store):
    onto = "https://w3id.org/phancong/graph/ontology"
    q = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    r = httpx.get(
        endpoint,
        params={"query": q, "default-graph-uri": onto},
        headers={"accept": "application/sparql-results+json"},
        timeout=60,
    )
    n = int(r.json()["results"]["bindings"][0]["n"]["value"])
    expected = len(list(seed_store.ox.query("SELECT * WHERE { ?s ?p ?o }", default_graph=ox.NamedNode(onto))))
    assert n == expected and 0 < n < len(seed_store)


def test_cors_lets_any_origin_read_the_endpoint(endpoint):
    r = httpx.options(
        endpoint,
        headers={
            "origin": "https://yasgui.example",
            "access-control-request-method": "POST",
            "access-control-request-headers": "content-type",
        },
        timeout=60,
    )
    assert r.status_code == 200 and r.headers["access-control-allow-origin"] == "*"
    assert "POST" in r.headers["access-control-allow-methods"]
    r = httpx.get(endpoint, params={"query": ASK}, headers={"origin": "https://yasgui.example"}, timeout=60)
    assert r.headers["access-control-allow-origin"] == "*"


# ------------------------------------------------------------------ read-only
REFUSED = [
    ("query", "INSERT DATA { <http://example.org/a> <http://example.org/b> <http://example.org/c> }"),
    ("query", "# a comment first\n  insert data { <http://example.org/a> <http://example.org/b> 1 }"),
    ("query", "PREFIX ex: <http://example.org/> DELETE WHERE { ?s ?p ?o }"),
    ("query", "LOAD <http://127.0.0.1:9/data.ttl>"),
    ("query", "drop all"),
    ("query", "CLEAR DEFAULT"),
    ("query", "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"),
    ("query", "select * where { #x\n service silent <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"),
    ("query", "SELECT * WHERE { \\u0053ERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"),
    ("update", "INSERT DATA { <http://example.org/a> <http://example.org/b> <http://example.org/c> }"),
]


@pytest.mark.parametrize("param, text", REFUSED)
def test_updates_load_drop_and_service_are_refused_and_the_store_is_unchanged(endpoint, seed_store, param, text):
    before = digest(seed_store)
    for r in (
        httpx.get(endpoint, params={param: text}, timeout=60),
        httpx.post(endpoint, data={param: text}, timeout=60),
    ):
        assert r.status_code == 403, (r.status_code, r.text)
        assert "refused" in r.text and ("read-only" in r.text or "SERVICE" in r.text)
    assert digest(seed_store) == before


def test_an_update_sent_the_sparql_update_way_is_refused(endpoint, seed_store):
    before = digest(seed_store)
    r = httpx.post(
        endpoint,
        content="INSERT DATA { <http://example.org/a> <http://example.org/b> 1 }",
        headers={"content-type": "application/sparql-update"},
        timeout=60,
    )
    assert r.status_code == 403 and "read-only" in r.text
    sw = client(endpoint, "INSERT DATA { <http://example.org/a> <http://example.org/b> 1 }", JSON, POST)
    with pytest.raises(Exception) as err:
        sw.query()
    assert "403" in str(err.value) or "refused" in str(err.value)
    assert digest(seed_store) == before
    assert client(endpoint, "ASK { <http://example.org/a> ?p ?o }", JSON).query().convert()["boolean"] is False


def test_a_keyword_inside_a_string_or_comment_is_not_mistaken_for_an_update(endpoint):
    q = 'SELECT ?x WHERE { BIND("INSERT DATA; DROP ALL; SERVICE" AS ?x) } # LOAD <http://x/>'
    r = httpx.get(endpoint, params={"query": q}, headers={"accept": "text/csv"}, timeout=60)
    assert r.status_code == 200 and "INSERT DATA; DROP ALL; SERVICE" in r.text


def test_syntax_errors_and_missing_queries_get_a_clear_400(endpoint):
    r = httpx.get(endpoint, params={"query": "SELECT WHERE {"}, timeout=60)
    assert r.status_code == 400 and "SPARQL syntax error" in r.text
    r = httpx.get(endpoint, headers={"accept": "application/sparql-results+json"}, timeout=60)
    assert r.status_code == 400 and "missing the 'query' parameter" in r.text
    r = httpx.post(endpoint, content=b"{}", headers={"content-type": "application/json"}, timeout=60)
    assert r.status_code == 415


# ------------------------------------------------------------------ limits
def test_a_runaway_query_is_stopped_by_the_time_limit_and_the_server_answers_the_next_query(endpoint, seed_store):
    r = httpx.get(endpoint, params={"query": RUNAWAY_COUNT}, timeout=120)
    assert r.status_code == 503
    assert f"stopped after {TIMEOUT:g} s" in r.text and "--query-timeout" in r.text
    # sorting the cross product meets the memory limit first (or the time limit, on a slow machine)
    r = httpx.get(endpoint, params={"query": RUNAWAY + " ORDER BY ?a"}, timeout=120)
    assert r.status_code == 503 and ("time limit" in r.text or "--query-memory" in r.text)
    # the brief's cross product without ORDER BY streams rows: it meets the row limit or the time limit
    r = httpx.get(endpoint, params={"query": RUNAWAY}, timeout=120)
    assert r.status_code in (422, 503) and ("--max-results" in r.text or "--query-timeout" in r.text)
    r = httpx.get(
        endpoint,
        params={"query": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"},
        headers={"accept": "application/sparql-results+json"},
        timeout=60,
    )
    assert r.status_code == 200
    embedded = seed_store.select("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")[0]["n"]
    assert int(r.json()["results"]["bindings"][0]["n"]["value"]) == embedded


def test_a_result_larger_than_the_limit_is_refused_with_a_clear_message(endpoint):
    r = httpx.get(endpoint, params={"query": "SELECT * WHERE { ?s ?p ?o }"}, timeout=60)
    assert r.status_code == 422 and "more than 5000 rows" in r.text and "LIMIT" in r.text
    r = httpx.get(
        endpoint,
        params={"query": "SELECT * WHERE { ?s ?p ?o } LIMIT 5000"},
        headers={"accept": "application/sparql-results+json"},
        timeout=60,
    )
    assert r.status_code == 200 and len(r.json()["results"]["bindings"]) == 5000


def test_a_browser_gets_a_form_and_an_html_table(endpoint):
    r = httpx.get(endpoint, headers={"accept": "text/html,application/xhtml+xml,*/*;q=0.8"}, timeout=60)
    assert r.status_code == 200 and "<textarea" in r.text
    r = httpx.get(endpoint, params={"query": ASK}, headers={"accept": "text/html,*/*;q=0.8"}, timeout=60)
    assert r.headers["content-type"].startswith("text/html") and "true" in r.text
