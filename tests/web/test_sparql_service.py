"""The endpoint's conventions and the results tables (issue 15), through FastAPI's TestClient on the seed
store: the service description with VoID statistics, pages of results with their total, downloads of
exactly one page, syntax errors as one sentence, the editor page, /docs, and the vendored libraries."""

from __future__ import annotations

import csv
import hashlib
import io
import re
import warnings
from pathlib import Path

import pytest
from rdflib import Graph, Namespace, URIRef
from rdflib.compare import isomorphic

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from phancong.sparql.catalogue import catalogue
from phancong.web.app import create_app

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

ROOT = Path(__file__).resolve().parents[2]
VENDOR = ROOT / "src" / "phancong" / "web" / "static" / "vendor"
SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
VOID = Namespace("http://rdfs.org/ns/void#")
MAX = 1000
# every triple without a blank node (a blank node's label is the answer's own: it differs from page to page)
ALL = "SELECT ?s ?p ?o WHERE { ?s ?p ?o FILTER(!isBlank(?s) && !isBlank(?o)) } ORDER BY ?s ?p ?o"
COUNT_ALL = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o FILTER(!isBlank(?s) && !isBlank(?o)) }"


@pytest.fixture(scope="module")
def client(seed_store):
    with TestClient(create_app(seed_store, query_timeout=20, max_results=MAX), base_url="http://localhost") as c:
        yield c


def count(store, query: str) -> int:
    return int(next(iter(store.select(query)[0].values())))


def test_get_sparql_without_a_query_describes_the_service_with_void_statistics(client, seed_store):
    r = client.get("/sparql", headers={"accept": "text/turtle"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/turtle")
    g = Graph().parse(data=r.text, format="turtle")
    service = URIRef("http://localhost/sparql")
    assert (service, SD.endpoint, service) in g and (service, SD.supportedLanguage, SD.SPARQL11Query) in g
    assert (service, SD.resultFormat, URIRef("http://www.w3.org/ns/formats/SPARQL_Results_CSV")) in g
    dataset = g.value(service, SD.defaultDataset)
    figures = {k: int(g.value(dataset, VOID[k])) for k in ("triples", "entities", "classes", "properties")}
    assert figures == {
        "triples": count(seed_store, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"),
        "entities": count(
            seed_store,
            "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s ?p ?o "
            "FILTER(STRSTARTS(STR(?s), 'https://w3id.org/phancong/id/')) }",
        ),
        "classes": count(seed_store, "SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { ?s a ?c }"),
        "properties": count(seed_store, "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?s ?p ?o }"),
    }
    tasks = next(
        p
        for p in g.objects(dataset, VOID.classPartition)
        if g.value(p, VOID["class"]) == URIRef("https://w3id.org/phancong/ontology#Task")
    )
    assert int(g.value(tasks, VOID.entities)) == count(
        seed_store, "SELECT (COUNT(DISTINCT ?t) AS ?n) WHERE { ?t a <https://w3id.org/phancong/ontology#Task> }"
    )
    graphs = {str(g.value(n, SD.name)) for n in g.objects(dataset, SD.namedGraph)}
    assert graphs == set(seed_store.graphs())
    # the same description in JSON-LD, by Accept or by format
    for kwargs in ({"headers": {"accept": "application/ld+json"}}, {"params": {"format": "jsonld"}}):
        j = client.get("/sparql", **kwargs)
        assert j.headers["content-type"].startswith("application/ld+json")
        assert isomorphic(Graph().parse(data=j.text, format="json-ld"), g)
    assert isomorphic(Graph().parse(data=client.get("/.well-known/void").text, format="turtle"), g)


def test_a_client_that_accepts_only_query_results_is_told_what_is_missing(client):
    r = client.get("/sparql", headers={"accept": "application/sparql-results+json"})
    assert r.status_code == 400 and "missing the 'query' parameter" in r.text and "text/turtle" in r.text


def test_a_browser_gets_the_editor_with_the_catalogue_as_examples_and_the_plain_form(client):
    r = client.get("/sparql", headers={"accept": "text/html"})
    html = r.text
    assert r.status_code == 200 and 'id="yasgui"' in html and "<textarea" in html
    assert (
        'src="/static/vendor/yasgui/yasgui.min.js"' in html
        and "https://"
        not in re.sub(
            r"(href|content)=\"[^\"]*\"|<pre.*?</pre>|<script type=\"application/json\".*?</script>|<code>.*?</code>",
            "",
            html,
            flags=re.S,
        ).split("<main>", 1)[0]
    )
    names = re.findall(r'<a class="example" data-example="\d+" href="[^"]+">([^<]+)</a>', html)
    assert names == [q.name for q in catalogue(include_checks=False)]
    assert "script-src 'self'" in r.headers["content-security-policy"]


def test_every_catalogue_example_of_the_editor_runs_on_the_endpoint(client):
    html = client.get("/sparql", headers={"accept": "text/html"}).text
    config = re.search(r'<script type="application/json" id="editor-config">(.*?)</script>', html, re.S).group(1)
    import json

    examples = json.loads(config)["examples"]
    assert examples
    for e in examples:
        r = client.post("/sparql", data={"query": e["query"]}, headers={"accept": "application/sparql-results+json"})
        assert r.status_code == 200, (e["name"], r.text[:300])


TSV = {"accept": "text/tab-separated-values"}


def tsv(text: str) -> list[list[str]]:
    return [line.split("\t") for line in text.splitlines()[1:]]


def test_pages_of_a_large_answer_have_its_total_and_together_give_every_row(client, seed_store):
    total = count(seed_store, COUNT_ALL)
    assert total > MAX  # more than the limit: the whole answer at once is refused, page by page it is not
    assert client.get("/sparql", params={"query": ALL}, headers=TSV).status_code == 422
    per, rows, page = 1000, [], 1
    while True:
        r = client.get("/sparql", params={"query": ALL, "page": page, "per": per}, headers=TSV)
        assert r.status_code == 200 and int(r.headers["x-total-count"]) == total
        got = tsv(r.text)  # (TSV: a literal keeps its type and language, CSV drops them)
        rows += got
        if 'rel="next"' not in r.headers["link"]:
            break
        page += 1
    assert page == -(-total // per) and len(got) == total - (page - 1) * per and len(rows) == total
    assert len({tuple(r) for r in rows}) == total  # no row twice, none left out

    def window(limit_offset: str) -> list[list[str]]:  # the same rows asked of the endpoint with LIMIT/OFFSET
        a = client.get("/sparql", params={"query": ALL + limit_offset}, headers=TSV)
        return tsv(a.text)

    assert rows[:per] == window(f" LIMIT {per}")
    # a script of another origin reads the total and the links of a page
    r = client.get("/sparql", params={"query": ALL, "page": 1, "per": 10}, headers={"origin": "http://example.org"})
    exposed = {h.strip().lower() for h in r.headers["access-control-expose-headers"].split(",")}
    assert {"x-total-count", "link"} <= exposed
    assert got == window(f" LIMIT {per} OFFSET {(page - 1) * per}")


def test_the_html_results_page_shows_a_page_its_total_downloads_and_a_permalink(client, seed_store):
    total = count(seed_store, COUNT_ALL)
    r = client.get("/sparql", params={"query": ALL, "page": 3, "per": 25}, headers={"accept": "text/html"})
    assert r.status_code == 200
    assert r.text.count("<tr>") == 1 + 25
    assert f'<b class="total">{total:,}</b>'.replace(",", ".") in r.text and "51–75" in r.text
    link = re.search(r'<a class="download download-csv" href="([^"]+)"', r.text).group(1).replace("&amp;", "&")
    page = list(csv.reader(io.StringIO(client.get(link).text)))
    assert len(page) == 1 + 25 and page[0] == ["s", "p", "o"]
    permalink = re.search(r'<a class="permalink" rel="bookmark" href="([^"]+)"', r.text).group(1).replace("&amp;", "&")
    assert "page=3" in permalink and "per=25" in permalink and "query=" in permalink
    assert client.get("/sparql", params={"query": ALL, "page": "zwei"}).status_code == 400


def test_a_syntax_error_is_one_sentence_with_its_line_and_column(client):
    for query, where in (
        ("SELECT ?s WHERE {\n ?s ?p ?o .\n FILTER(?o > ) ", "line 3"),
        ("SELECT * WHERE { ?s ex:p ?o }", "the prefix “ex:” is not declared"),
        ("SELECT * WHERE { ?s ?p ?o } LIMIT x", "unexpected “x”"),
    ):
        r = client.get("/sparql", params={"query": query})
        assert r.status_code == 400
        text = r.text.strip()
        assert text.startswith("SPARQL syntax error at line") and where in text, text
        assert "\n" not in text and "expected one of" not in text and "[_]" not in text and len(text) < 200


def test_a_catalogue_query_downloads_exactly_the_rows_of_its_page(client):
    html = client.get("/queries/responsibility-edges", params={"run": 1, "per": 25, "page": 2}).text
    shown = html.split("<tbody>")[1].split("</tbody>")[0].count("<tr>")
    total = int(re.search(r'<b class="total">([\d.]+)</b>', html).group(1).replace(".", ""))
    assert shown == 25 < total
    r = client.get("/queries/responsibility-edges", params={"run": 1, "per": 25, "page": 2, "format": "csv"})
    rows = list(csv.reader(io.StringIO(r.text)))
    assert r.headers["content-type"].startswith("text/csv") and len(rows) == 1 + shown
    assert "from" in rows[0] and "from_label" in rows[0]
    j = client.get("/queries/responsibility-edges", params={"run": 1, "per": 25, "page": 2, "format": "json"}).json()
    assert j["total"] == total and j["page"] == 2 and len(j["rows"]) == shown
    assert [r["from"] for r in j["rows"]] == [row[rows[0].index("from")] for row in rows[1:]]


def test_docs_is_swagger_ui_served_from_the_package(client):
    r = client.get("/docs")
    assert r.status_code == 200 and 'src="/static/vendor/swagger-ui/swagger-ui-bundle.js"' in r.text
    assert client.get("/static/vendor/swagger-ui/swagger-ui-bundle.js").status_code == 200


@pytest.mark.parametrize("folder, package", [("yasgui", "@zazuko/yasgui"), ("swagger-ui", "swagger-ui-dist")])
def test_the_vendored_libraries_carry_their_licence_version_source_and_checksums(folder, package):
    d = VENDOR / folder
    readme = (d / "README.md").read_text(encoding="utf-8")
    assert (d / "LICENSE").stat().st_size > 500
    assert re.search(rf"^# {re.escape(package)} \d+\.\d+\.\d+ \(vendored\)", readme)
    assert f"https://www.npmjs.com/package/{package}/v/" in readme
    files = re.findall(r"`([^`]+)` sha256 `([0-9a-f]{64})`", readme)
    assert files
    for name, digest in files:  # the files are the npm build, unchanged
        assert hashlib.sha256((d / name).read_bytes()).hexdigest() == digest, name
