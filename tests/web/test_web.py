"""The web pages and JSON API (issue 6), through FastAPI's TestClient on the seed store, and on a
store whose labels are hostile: every value is text, in pages, attributes, JSON-in-script and the API."""

from __future__ import annotations

import json
import re
import warnings
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import quote

import pytest
from hypothesis import given, settings, strategies as st

with warnings.catch_warnings():  # starlette's TestClient announces a move from httpx to httpx2
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from phancong.web.app import create_app
from phancong.web.highlight import Span, render

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

ROOT = Path(__file__).resolve().parents[2]
PCID = "https://w3id.org/phancong/id/"
PCV = "https://w3id.org/phancong/vocab/"
PC = "https://w3id.org/phancong/ontology#"
TASK = PCID + "task/001_71a5b6d91341e01c/28"
BTC = PCID + "body/tuyen-quang/ban-to-chuc-tinh-uy"
DEAN = PCID + "doc/tuyen-quang/03-da-tu/2021"
SOURCE = PCID + "source/001_71a5b6d91341e01c"
PREFIXES = """PREFIX pc: <https://w3id.org/phancong/ontology#>
PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""


def q(iri: str) -> str:
    return quote(iri, safe="")


# ------------------------------------------------------------------ HTML helpers
class Page(HTMLParser):
    """Text, tags and attributes of a page; the marks of the highlighted source text with their text."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []
        self.scripts: list[tuple[dict, str]] = []
        self._script: dict | None = None
        self._script_text: list[str] = []
        self.source_text: list[str] = []
        self._source_depth = 0
        self.marks: dict[str, dict] = {}  # data-span -> {"text", "title", "id", "pieces"}
        self._open_marks: list[str] = []
        self.stack: list[str] = []
        self.nesting_errors: list[str] = []
        self.feed(html)
        self.close()

    VOID = {"meta", "link", "input", "br", "img", "hr", "source", "col", "area", "base", "wbr"}

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags.append((tag, a))
        if tag not in self.VOID:
            self.stack.append(tag)
        if tag == "script":
            self._script, self._script_text = a, []
        if self._source_depth:
            self._source_depth += 1 if tag not in self.VOID else 0
        elif tag == "div" and "source-text" in (a.get("class") or "").split():
            self._source_depth = 1
        if tag == "mark" and self._source_depth:
            key = a.get("data-span")
            m = self.marks.setdefault(key, {"text": "", "title": a.get("title"), "id": None, "pieces": 0})
            m["pieces"] += 1
            m["id"] = m["id"] or a.get("id")
            self._open_marks.append(key)

    def handle_endtag(self, tag):
        if tag in self.VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.nesting_errors.append(f"</{tag}> closes {self.stack[-1] if self.stack else 'nothing'}")
        else:
            self.stack.pop()
        if tag == "script" and self._script is not None:
            self.scripts.append((self._script, "".join(self._script_text)))
            self._script = None
        if self._source_depth:
            self._source_depth -= 1
            if tag == "mark" and self._open_marks:
                self._open_marks.pop()

    def handle_data(self, data):
        if self._script is not None:
            self._script_text.append(data)
            return
        self.text.append(data)
        if self._source_depth:
            self.source_text.append(data)
            for key in self._open_marks:
                self.marks[key]["text"] += data

    @property
    def all_text(self) -> str:
        return "".join(self.text)


@pytest.fixture(scope="module")
def client(seed_store):
    with TestClient(create_app(seed_store, query_timeout=20, max_results=1000), base_url="http://localhost") as c:
        yield c


def get_page(client, path: str, status: int = 200) -> Page:
    r = client.get(path, headers={"accept": "text/html"})
    assert r.status_code == status, (path, r.status_code, r.text[:500])
    assert r.headers["content-type"].startswith("text/html")
    page = Page(r.text)
    assert page.nesting_errors == [], (path, page.nesting_errors[:5])
    return page


# ------------------------------------------------------------------ the seed pages
def test_the_home_page_offers_a_search_box_and_the_three_questions(client):
    page = get_page(client, "/")
    assert (
        "input",
        {"id": "q", "type": "search", "name": "q", "placeholder": "vd. tong hop bao cao", "autofocus": None},
    ) in page.tags
    assert "Đề án số 03-ĐA/TU" in page.all_text
    hrefs = [a.get("href") for t, a in page.tags if t == "a"]
    assert "/compare?indicator=party-members-rated-good" in hrefs


def test_searching_tong_hop_bao_cao_without_diacritics_finds_the_task_and_its_lead(client, kg):
    page = get_page(client, "/search?q=tong+hop+bao+cao")
    task_hit = kg.search("tong hop bao cao", kinds=("task",), limit=1)[0]
    assert task_hit.iri == TASK
    hrefs = [a.get("href") for t, a in page.tags if t == "a"]
    assert f"/task?iri={q(TASK)}" in hrefs
    assert ("section", {"class": "results", "id": "results-task"}) in page.tags
    assert "Ban Tổ chức Tỉnh ủy Tuyên Quang" in page.all_text
    assert "Chủ trì (lead)" in page.all_text


@pytest.mark.parametrize(
    "words, group, expected",
    [
        ("ban to chuc tinh uy", "body", "Ban Tổ chức Tỉnh ủy Tuyên Quang"),
        ("03-DA/TU", "document", "Đề án số 03-ĐA/TU"),
        ("dang vien hoan thanh tot nhiem vu", "indicator", "Đảng viên hoàn thành tốt nhiệm vụ trở lên"),
    ],
)
def test_search_results_are_grouped_into_bodies_documents_and_indicators(client, words, group, expected):
    page = get_page(client, "/search?q=" + quote(words))
    assert ("section", {"class": "results", "id": f"results-{group}"}) in page.tags
    html = client.get("/search?q=" + quote(words)).text
    section = html.split(f'id="results-{group}"', 1)[1].split("</section>", 1)[0]
    assert expected in Page(section).all_text


def test_the_task_page_shows_the_lead_body_the_sentence_the_document_and_the_chain(client, kg):
    page = get_page(client, f"/task?iri={q(TASK)}")
    text = page.all_text
    assert "Chủ trì (lead)" in text and "Ban Tổ chức Tỉnh ủy Tuyên Quang" in text
    owners = kg.owner(TASK)
    assert [o.role for o in owners] == ["lead"]
    assert owners[0].evidence in text  # the sentence it was read from
    hrefs = [a.get("href") for t, a in page.tags if t == "a"]
    assert f"/body?iri={q(BTC)}" in hrefs and f"/document?iri={q(DEAN)}" in hrefs
    assert any(h and h.startswith(f"/source?iri={q(SOURCE)}#s-001_71a5b6d91341e01c-") for h in hrefs)
    frames = [a for t, a in page.tags if t == "iframe"]
    assert frames and frames[0]["src"] == f"/view/chain?task={q(TASK)}" and "allow-scripts" in frames[0]["sandbox"]
    data = [json.loads(body) for attrs, body in page.scripts if attrs.get("id") == "chain-data"][0]
    assert data == kg.chain(TASK).to_record()
    assert "reports to (báo cáo): Ban Thường vụ Tỉnh ủy Tuyên Quang" in text  # the text tree, for readers without JS


def test_the_chain_view_behind_the_task_page_is_a_standalone_graph_page(client):
    r = client.get(f"/view/chain?task={q(TASK)}")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert "sandbox allow-scripts" in r.headers["content-security-policy"]
    assert "connect-src 'none'" in r.headers["content-security-policy"]
    assert "Ban Tổ chức Tỉnh ủy Tuyên Quang" in r.text


def test_the_body_page_shows_tasks_by_role_whom_it_reports_to_its_province_and_type(client, kg):
    page = get_page(client, f"/body?iri={q(BTC)}")
    text = page.all_text
    assert "Tuyên Quang" in text and "Ban Tổ chức" in text and "Organisation Commission" in text
    reports = text.split("reports to / accountable to", 1)[1]
    assert "báo cáo (reports to)" in reports and "Ban Thường vụ Tỉnh ủy Tuyên Quang" in reports
    lead_tasks = {r["task"] for r in kg.sparql("tasks-of-body", body=BTC) if r["role"].endswith("/lead")}
    assert lead_tasks
    hrefs = [a.get("href") for t, a in page.tags if t == "a"]
    assert all(f"/task?iri={q(t)}" in hrefs for t in lead_tasks)
    assert "iframe" in [t for t, a in page.tags]


def test_the_document_page_shows_structure_assignments_related_documents_and_metadata(client, seed_store):
    page = get_page(client, f"/document?iri={q(DEAN)}")
    text = page.all_text
    for expected in ("03-ĐA/TU", "2021-06-12", "Tỉnh ủy Tuyên Quang"):
        assert expected in text, expected
    related = seed_store.select(
        PREFIXES
        + """PREFIX eli: <http://data.europa.eu/eli/ontology#>
        SELECT ?p ?label WHERE { <%s> ?p ?o . ?o rdfs:label ?label
        VALUES ?p { pc:implements pc:basedOn pc:inheritsFrom eli:cites } }"""
        % DEAN
    )
    words = {
        "implements": "thực hiện (implements)",
        "basedOn": "căn cứ (based on)",
        "cites": "trích dẫn (cites)",
        "inheritsFrom": "kế thừa (inherits from)",
    }
    assert related
    for r in related:
        assert f"{words[r['p'].rsplit('#', 1)[1]]} {r['label']}" in " ".join(text.split())
    n_tasks = seed_store.select(PREFIXES + "SELECT (COUNT(?t) AS ?n) WHERE { ?t a pc:Task ; pc:document <%s> }" % DEAN)
    task_links = {a["href"] for t, a in page.tags if t == "a" and a.get("href", "").startswith("/task?")}
    assert len(task_links) == n_tasks[0]["n"] > 0
    n_assign = seed_store.select(PREFIXES + "SELECT (COUNT(?a) AS ?n) WHERE { ?a pc:task/pc:document <%s> }" % DEAN)
    assignments = text.split("assignments", 1)[1].split("structure graph", 1)[0]
    roles = ("Chủ trì (lead)", "Phối hợp (coordinate)", "Thực hiện (implement)", "Kiểm tra, giám sát (monitor)")
    assert sum(assignments.count(role) for role in roles) == n_assign[0]["n"]


def test_the_targets_table_of_a_resolution_lists_every_target(client, seed_store):
    doc = PCID + "doc/quang-ninh/resolution-c5045dd8"
    page = get_page(client, f"/document?iri={q(doc)}")
    n = seed_store.select(
        PREFIXES + "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x a ?c ; pc:document <%s> "
        "VALUES ?c { pc:Target pc:QualitativeTarget } }" % doc
    )  # figure-less chỉ tiêu too
    html = client.get(f"/document?iri={q(doc)}").text
    table = html.split('id="targets"', 1)[1].split("</table>", 1)[0]
    assert table.count("<tr>") - 1 == n[0]["n"] > 0
    assert "≥ 90%" in page.all_text


def test_the_document_page_highlights_every_extracted_item_of_its_source(client, seed_store):
    page = get_page(client, f"/document?iri={q(DEAN)}")
    text = seed_store.select(PREFIXES + "SELECT ?t WHERE { <%s> pc:text ?t }" % SOURCE)[0]["t"]
    assert "".join(page.source_text) == text  # nothing lost, nothing doubled
    items = seed_store.select(
        PREFIXES
        + """SELECT DISTINCT ?item ?class ?start ?end ?exact WHERE {
        ?item pc:evidence ?ev ; a ?class .
        ?ev pc:source <%s> ; oa:start ?start ; oa:end ?end ; oa:exact ?exact }"""
        % SOURCE
    )
    assert len({r["item"] for r in items}) > 100
    words = {
        "Task": "(task)",
        "Body": "(body)",
        "Assignment": "(assignment)",
        "Target": "(target)",
        "Statistic": "(reported figure)",
        "TaskGroup": "(task or target group)",
        "BodyRelation": "(reporting line)",
        "DocumentReference": "(reference)",
        "Scheme": "(document)",
        "Resolution": "(document)",
        "Directive": "(document)",
        "ActionProgramme": "(document)",
        "Programme": "(document)",
    }
    for r in items:
        mark = page.marks.get(f"{r['start']}-{r['end']}")
        assert mark is not None, r
        assert mark["id"] == f"s-001_71a5b6d91341e01c-{r['start']}-{r['end']}"
        assert mark["text"] == r["exact"] == text[r["start"] : r["end"]]
        assert words[r["class"].rsplit("#", 1)[1]] in mark["title"], (r, mark["title"])
    assert any(m["pieces"] > 1 for m in page.marks.values()) or all(
        not (a["start"] < b["start"] < a["end"] < b["end"]) for a in items for b in items
    )


def test_the_source_page_marks_the_same_spans(client):
    page = get_page(client, f"/source?iri={q(SOURCE)}")
    assert len(page.marks) > 100
    assert "Nội dung cơ bản, cốt lõi" in page.all_text


def test_comparing_party_members_rated_good_shows_quang_ninh_and_bac_kan(client):
    page = get_page(client, "/compare?indicator=party-members-rated-good")
    rows = [a for t, a in page.tags if t == "tr" and a.get("class") == "province-row"]
    text = page.all_text
    summary = text.split("targets vs reported figures", 1)[1].split("Biểu đồ", 1)[0]
    # one row per scope and province (issue 14): Quảng Ninh's province-wide target is not a peer of its bloc
    # committee's figure
    assert [r["data-scope"] for r in rows] == ["province", "sub-organisation", "sub-organisation"]
    assert "Bắc Kạn" in summary and "Quảng Ninh" in summary
    assert "≥ 90%" in summary and "> 96%" in summary and "80%" in summary
    imgs = [a for t, a in page.tags if t == "img"]
    assert imgs[0]["src"] == "/view/compare.svg?indicator=party-members-rated-good"
    data = [json.loads(body) for attrs, body in page.scripts if attrs.get("id") == "compare-data"][0]
    assert {r["province"] for r in data} == {"Bắc Kạn", "Quảng Ninh"}
    assert {r["kind"] for r in data} == {"target", "statistic"}


def test_api_compare_answers_one_row_per_group_every_figure_with_all_and_one_province(client, kg):
    default = client.get("/api/compare", params={"indicator": "party-members-admitted"}).json()
    every = client.get("/api/compare", params={"indicator": "party-members-admitted", "all": "true"}).json()
    assert len(default["rows"]) == 3 and len(every["rows"]) == 4 and every["all"] is True
    assert sum(r["figures"] for r in default["rows"]) == 4
    one = client.get("/api/compare", params={"indicator": "party-members-admitted", "province": "Bắc Kạn"}).json()
    assert {r["province"] for r in one["rows"]} == {"Bắc Kạn"}
    r = client.get("/api/compare", params={"indicator": "party-members-admitted", "document_type": "x'} DROP"})
    assert r.status_code == 422


def test_rolled_up_to_post_2025_provinces_bac_kan_counts_under_thai_nguyen(client):
    page = get_page(client, "/compare?indicator=party-members-rated-good&rollup=true")
    summary = page.all_text.split("targets vs reported figures", 1)[1].split("Biểu đồ", 1)[0]
    assert "Thái Nguyên" in summary and "gồm (from): Bắc Kạn" in summary
    r = client.get("/view/compare.svg?indicator=party-members-rated-good&rollup=true")
    assert r.status_code == 200 and r.headers["content-type"] == "image/svg+xml"
    assert b"<svg" in r.content[:2000]


def test_the_compare_page_offers_every_indicator_with_figures_and_explains_an_unknown_one(client, seed_store):
    page = get_page(client, "/compare")
    options = [a.get("value") for t, a in page.tags if t == "option" and a.get("value")]
    n = seed_store.select(PREFIXES + "SELECT (COUNT(DISTINCT ?i) AS ?n) WHERE { ?f pc:indicator ?i ; pc:value ?v }")
    assert "party-members-rated-good" in options and len(options) == n[0]["n"]
    page = get_page(client, "/compare?indicator=zzzz+qqqq")
    assert "no indicator matches" in page.all_text


def test_the_query_catalogue_lists_every_query_file_with_its_header(client):
    page = get_page(client, "/queries")
    files = sorted(p.stem for p in (ROOT / "queries").glob("*.rq")) + sorted(
        p.stem for p in (ROOT / "queries" / "checks").glob("*.rq")
    )
    sections = [a["id"][2:] for t, a in page.tags if t == "section" and a.get("id", "").startswith("q-")]
    assert sections == files
    assert "Owner of a task" in page.all_text  # a summary from a header
    inputs = [a for t, a in page.tags if t == "input" and a.get("name") == "task"]
    assert inputs and inputs[0]["value"].startswith(PCID + "task/")


def test_running_owner_of_task_from_the_catalogue_binds_the_form_value(client, seed_store):
    page = get_page(client, f"/queries/owner-of-task?run=1&task={q(TASK)}")
    assert "Ban Tổ chức Tỉnh ủy Tuyên Quang" in page.all_text
    before = len(seed_store)
    # a value crafted to break out of a pasted query is only words, which name no task
    hostile = '<x> } ; DROP ALL ; SELECT * { ?s ?p "'
    page = get_page(client, f"/queries/owner-of-task?run=1&task={quote(hostile)}", status=400)
    assert "no task matches" in page.all_text and len(seed_store) == before


def test_unknown_entities_and_missing_parameters_get_clear_error_pages(client):
    page = get_page(client, f"/task?iri={q(PCID + 'task/nope/1')}", status=404)
    assert "no task" in page.all_text
    page = get_page(client, "/body", status=400)
    assert "missing parameter 'iri'" in page.all_text
    page = get_page(client, "/document?iri=not%20an%20iri", status=400)
    assert "not a valid IRI" in page.all_text
    page = get_page(client, "/queries/no-such-query", status=404)
    assert "no such query" in page.all_text


def test_resource_redirects_any_iri_to_the_page_that_shows_it(client):
    r = client.get(f"/resource?iri={q(TASK)}", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == f"/task?iri={q(TASK)}"
    assignment = PCID + "assignment/001_71a5b6d91341e01c/2"
    r = client.get(f"/resource?iri={q(assignment)}", follow_redirects=False)
    assert r.headers["location"] == f"/source?iri={q(SOURCE)}"


def test_pages_carry_a_content_security_policy_and_run_no_script_of_their_own(client):
    for path in (
        "/",
        f"/task?iri={q(TASK)}",
        f"/document?iri={q(DEAN)}",
        "/compare?indicator=party-members-rated-good",
    ):
        r = client.get(path)
        csp = r.headers["content-security-policy"]
        assert "default-src 'self'" in csp and "script-src 'self'" in csp
        for attrs, _ in Page(r.text).scripts:
            assert attrs.get("type") == "application/json"


# ------------------------------------------------------------------ JSON API
def test_api_owner_answers_which_body_owns_tong_hop_bao_cao(client):
    r = client.get("/api/owner", params={"q": "tong hop bao cao"})
    assert r.status_code == 200
    first = r.json()["rows"][0]
    assert first["body_label"] == "Ban Tổ chức Tỉnh ủy Tuyên Quang" and first["role"] == "lead"
    assert first["document_label"] == "Đề án số 03-ĐA/TU" and first["task"] == TASK
    r = client.get("/api/owner", params={"q": "tong hop bao cao", "province": "Quang Ninh"})
    assert r.status_code == 404 and "no task" in r.json()["detail"]


def test_api_chain_and_compare_answer_from_words_and_slugs(client, kg):
    r = client.get("/api/chain", params={"task": "tong hop bao cao"})
    assert r.status_code == 200 and r.json() == kg.chain(TASK).to_record()
    r = client.get("/api/compare", params={"indicator": "party-members-rated-good", "rollup": "true"})
    body = r.json()
    assert body["indicator"] == PCV + "indicator/party-members-rated-good" and body["rollup"] is True
    assert {row["province"] for row in body["rows"]} == {"Thái Nguyên", "Quảng Ninh"}
    r = client.get("/api/compare", params={"indicator": "qqqq zzzz"})
    assert r.status_code == 404 and "no indicator" in r.json()["detail"]
    assert client.get("/api/owner").status_code == 422  # q is required


def test_openapi_describes_the_three_questions_with_response_models(client):
    spec = client.get("/openapi.json").json()
    for path, model in (("/api/owner", "OwnerAnswer"), ("/api/chain", "ChainOut"), ("/api/compare", "CompareAnswer")):
        ok = spec["paths"][path]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
        assert ok == {"$ref": f"#/components/schemas/{model}"}
    assert "body_label" in spec["components"]["schemas"]["OwnerOut"]["properties"]
    assert "/sparql" in spec["paths"]


# ------------------------------------------------------------------ highlighting, as a property
@st.composite
def text_and_spans(draw):
    text = draw(st.text(alphabet="ab<>&\"' đ\n", min_size=1, max_size=40))
    n = len(text)
    pairs = draw(st.lists(st.tuples(st.integers(0, n), st.integers(0, n)), max_size=8))
    spans, seen = [], set()
    for a, b in pairs:
        s, e = min(a, b), max(a, b)
        if s < e and (s, e) not in seen:
            seen.add((s, e))
            spans.append(Span(s, e, draw(st.sampled_from(["task", "body", "target"])), [draw(st.text(max_size=5))]))
    return text, spans


@settings(max_examples=300, deadline=None)
@given(text_and_spans())
def test_overlapping_spans_are_nested_or_split_and_every_span_keeps_its_text(case):
    text, spans = case
    page = Page('<div class="source-text">' + str(render(text, spans, prefix="p")) + "</div>")
    assert page.nesting_errors == [] and page.stack == []
    assert "".join(page.source_text) == text
    assert set(page.marks) == {f"{s.start}-{s.end}" for s in spans}
    for s in spans:
        m = page.marks[f"{s.start}-{s.end}"]
        assert m["text"] == text[s.start : s.end] and m["id"] == f"p-{s.start}-{s.end}" and m["title"] == s.titles[0]


# ------------------------------------------------------------------ hostile labels
H_IMG = "<img src=x onerror=alert(1)>"
H_ATTR = '"><script>alert(1)</script>'
H_TPL = "{{7*7}}"
H_END = "</script><script>alert(2)</script>"
HOSTILE = (H_IMG, H_ATTR, H_TPL, H_END)
# bidi overrides, embeddings, isolates, marks and zero-width characters (made up): shown without them
BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c\u200b\u200c\u200d\u2060\ufeff"
H_BIDI = "tài liệu \u202egnàd\u202c mật\u200b khẩu \u2066x\u2069\ufeff\u200f"
RAW = (H_IMG, H_ATTR, H_END, "<script>alert")


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    """A store built from a hand-made graph whose every label, title and text is hostile."""
    from rdflib import RDF, RDFS, XSD, Graph, Literal, Namespace, URIRef

    from phancong.store.embedded import EmbeddedStore

    pc, skos = Namespace(PC), Namespace("http://www.w3.org/2004/02/skos/core#")
    oa, prov = Namespace("http://www.w3.org/ns/oa#"), Namespace("http://www.w3.org/ns/prov#")
    dct, org = Namespace("http://purl.org/dc/terms/"), Namespace("http://www.w3.org/ns/org#")
    src = URIRef(PCID + "source/999_hostile")
    text = f"Giao {H_IMG} chủ trì, phối hợp {H_ATTR} tổng hợp báo cáo {H_TPL}; đạt {H_END} 90% trở lên.\n{H_BIDI}\n"
    g = Graph(identifier=src)
    ids = {
        k: URIRef(PCID + v)
        for k, v in {
            "doc": "doc/hostile/1-nq-tu/2024",
            "doc2": "doc/hostile/2-nq-tu/2023",
            "b1": "body/hostile/ban-a",
            "b2": "body/hostile/ban-b",
            "task": "task/999_hostile/1",
            "group": "taskgroup/999_hostile/1",
            "a": "assignment/999_hostile/1",
            "rel": "relation/999_hostile/1",
            "ref": "reference/999_hostile/1",
            "target": "target/999_hostile/1",
            "stat": "statistic/999_hostile/1",
            "prov": "province/pre2025/hostile",
            "prov25": "province/hostile-2025",
        }.items()
    }
    ind = URIRef(PCV + "indicator/hostile-indicator")

    spans: set[tuple[int, int]] = set()

    def ev(item, fragment):
        start = text.index(fragment)
        end = start + len(fragment)
        spans.add((start, end))
        e = URIRef(f"{PCID}evidence/999_hostile/{start}-{end}")
        g.add((item, pc.evidence, e))
        g.add((item, prov.wasDerivedFrom, src))
        for p, o in (
            (RDF.type, pc.Evidence),
            (pc.source, src),
            (oa.start, Literal(start)),
            (oa.end, Literal(end)),
            (oa.exact, Literal(fragment)),
        ):
            g.add((e, p, o))

    add = lambda s, p, o: g.add((s, p, o))  # noqa: E731
    for p, o in (
        (RDF.type, pc.Source),
        (dct.title, Literal(H_ATTR)),
        (dct.publisher, Literal(H_IMG)),
        (pc.text, Literal(text)),
        (pc.province, ids["prov"]),
        (pc.mainDocument, ids["doc"]),
    ):
        add(src, p, o)
    add(ids["prov"], RDF.type, pc.Province)
    add(ids["prov"], skos.prefLabel, Literal(H_IMG, lang="vi"))
    add(ids["prov"], pc.mergedInto, ids["prov25"])
    add(ids["prov25"], skos.prefLabel, Literal(H_ATTR, lang="vi"))
    for d, label in ((ids["doc"], H_ATTR + H_BIDI), (ids["doc2"], H_END)):
        add(d, RDF.type, pc.Resolution)
        add(d, pc.documentType, URIRef(PCV + "document-type/resolution"))
        add(d, RDFS.label, Literal(label))
        add(d, pc.documentNumber, Literal(H_TPL))
        add(d, dct.title, Literal(H_IMG))
        add(d, pc.province, ids["prov"])
        add(d, prov.wasDerivedFrom, src)
    add(ids["doc"], pc.issuer, ids["b2"])
    add(ids["doc"], pc.implements, ids["doc2"])
    ev(ids["doc"], H_TPL)
    for p, o in (
        (RDF.type, pc.DocumentReference),
        (pc.fromDocument, ids["doc"]),
        (pc.toDocument, ids["doc2"]),
        (pc.relationKind, Literal("implements")),
    ):
        add(ids["ref"], p, o)
    ev(ids["ref"], f"{H_TPL}; đạt")
    for b, label in ((ids["b1"], H_IMG), (ids["b2"], H_ATTR)):
        add(b, RDF.type, pc.Body)
        add(b, RDFS.label, Literal(label, lang="vi"))
        add(b, skos.prefLabel, Literal(label, lang="vi"))
        add(b, skos.altLabel, Literal(H_TPL))
        add(b, pc.bodyType, URIRef(PCV + "body-type/organisation-commission"))
        add(b, pc.province, ids["prov"])
    add(ids["b1"], skos.altLabel, Literal(H_BIDI))
    add(ids["b1"], pc.reportsTo, ids["b2"])
    add(ids["b1"], org.subOrganizationOf, ids["b2"])
    ev(ids["b1"], H_IMG)
    ev(ids["b2"], H_ATTR)
    for p, o in (
        (RDF.type, pc.BodyRelation),
        (pc.fromBody, ids["b1"]),
        (pc.toBody, ids["b2"]),
        (pc.relationKind, Literal("reportsTo")),
    ):
        add(ids["rel"], p, o)
    ev(ids["rel"], f"{H_ATTR} tổng hợp báo cáo")
    for p, o in (
        (RDF.type, pc.TaskGroup),
        (pc.document, ids["doc"]),
        (pc.ordinal, Literal(1)),
        (RDFS.label, Literal(H_END)),
        (pc.groupKind, Literal("task")),
        (pc.declaredCount, Literal(2)),
        (pc.foundCount, Literal(1)),
    ):
        add(ids["group"], p, o)
    ev(ids["group"], "Giao")
    for p, o in (
        (RDF.type, pc.Task),
        (pc.document, ids["doc"]),
        (pc.taskGroup, ids["group"]),
        (pc.ordinal, Literal(1)),
        (pc.province, ids["prov"]),
        (RDFS.label, Literal(f"tổng hợp báo cáo {H_TPL} {H_IMG} {H_END} {H_BIDI}")),
    ):
        add(ids["task"], p, o)
    ev(ids["task"], f"phối hợp {H_ATTR} tổng hợp báo cáo {H_TPL}")
    for p, o in (
        (RDF.type, pc.Assignment),
        (pc.task, ids["task"]),
        (pc.body, ids["b1"]),
        (pc.role, URIRef(PCV + "role/lead")),
        (pc.partner, ids["b2"]),
    ):
        add(ids["a"], p, o)
    ev(ids["a"], f"Giao {H_IMG} chủ trì")
    add(ind, RDF.type, pc.Indicator)
    add(ind, skos.prefLabel, Literal(H_ATTR, lang="vi"))
    add(ind, skos.prefLabel, Literal(H_IMG, lang="en"))
    add(ind, skos.definition, Literal(H_END, lang="en"))
    for fig, cls, value in ((ids["target"], pc.Target, "90"), (ids["stat"], pc.Statistic, "96.5")):
        for p, o in (
            (RDF.type, cls),
            (pc.indicator, ind),
            (pc.value, Literal(value, datatype=XSD.decimal)),
            (pc.comparator, URIRef(PCV + "comparator/at-least")),
            (pc.unit, URIRef(PCV + "unit/percent")),
            (pc.province, ids["prov"]),
            (pc.document, ids["doc"]),
            (pc.subject, ids["b1"]),
            (RDFS.label, Literal(H_IMG)),
            (pc.population, Literal(H_ATTR)),
        ):
            add(fig, p, o)
    add(ids["target"], pc.deadlineYear, Literal("2025", datatype=XSD.gYear))
    add(ids["stat"], pc.asOf, Literal(H_TPL))
    ev(ids["target"], f"{H_END} 90% trở lên")
    ev(ids["stat"], "90%")
    store = EmbeddedStore(tmp_path_factory.mktemp("hostile-store"))
    store.replace_graph(g)
    store.flush()
    with TestClient(create_app(store, query_timeout=20, max_results=1000), base_url="http://localhost") as c:
        yield c, {k: str(v) for k, v in ids.items()} | {"indicator": str(ind), "source": str(src), "spans": spans}


def hostile_paths(ids: dict) -> list[str]:
    return [
        "/",
        "/search?q=tong+hop+bao+cao",
        "/search?q=img+onerror+alert",
        "/search?q=script",
        f"/task?iri={q(ids['task'])}",
        f"/body?iri={q(ids['b1'])}",
        f"/body?iri={q(ids['b2'])}",
        f"/document?iri={q(ids['doc'])}",
        f"/document?iri={q(ids['doc2'])}",
        f"/source?iri={q(ids['source'])}",
        "/compare",
        "/compare?indicator=hostile-indicator",
        "/compare?indicator=hostile-indicator&rollup=true",
        f"/queries/owner-of-task?run=1&task={q(ids['task'])}",
        f"/queries/compare-indicator?run=1&indicator={q(ids['indicator'])}",
        "/sparql?query=" + quote("SELECT ?x ?l WHERE { ?x <http://www.w3.org/2000/01/rdf-schema#label> ?l }"),
        f"/task?iri={q(PCID + 'task/' + H_ATTR)}",
        "/queries/" + quote(H_IMG),
    ]


def contains_exactly(data, wanted: str) -> bool:
    if isinstance(data, str):
        return wanted in data
    if isinstance(data, dict):
        return any(contains_exactly(v, wanted) for v in data.values())
    if isinstance(data, list):
        return any(contains_exactly(v, wanted) for v in data)
    return False


def test_hostile_labels_are_text_on_every_page_in_attributes_and_in_json_scripts(hostile):
    client, ids = hostile
    shown = set()
    for path in hostile_paths(ids):
        r = client.get(path, headers={"accept": "text/html"})
        assert r.status_code in (200, 400, 404), (path, r.status_code)
        for raw in RAW:
            assert raw not in r.text, (path, raw)
        page = Page(r.text)
        assert page.nesting_errors == [], (path, page.nesting_errors[:3])
        for tag, attrs in page.tags:
            assert not any(name.startswith("on") for name in attrs), (path, tag, attrs)
            assert tag not in ("img", "iframe") or attrs["src"].startswith("/view/"), (path, tag, attrs)
        for attrs, body in page.scripts:
            if attrs.get("src"):  # a file of the server's own (the SPARQL editor), never inline code
                assert attrs["src"].startswith("/static/") and not body.strip(), (path, attrs)
                continue
            assert attrs.get("type") == "application/json", (path, attrs)
            data = json.loads(body)
            shown |= {h for h in HOSTILE if contains_exactly(data, h)}
        visible = page.all_text + " ".join(a.get("title") or "" for t, a in page.tags)
        shown |= {h for h in HOSTILE if h in visible}
    assert shown == set(HOSTILE)  # every hostile string was shown somewhere, as the text it is


def test_the_hostile_source_text_is_still_highlighted_item_by_item(hostile):
    client, ids = hostile
    page = get_page(client, f"/source?iri={q(ids['source'])}")
    text = "".join(page.source_text)
    assert H_IMG in text and H_END in text
    assert set(page.marks) == {f"{a}-{b}" for a, b in ids["spans"]}
    for key, m in page.marks.items():
        start, end = map(int, key.split("-"))
        assert m["text"] == text[start:end]
    assert H_IMG in page.marks[f"{text.index(H_IMG)}-{text.index(H_IMG) + len(H_IMG)}"]["title"]


def test_hostile_labels_come_back_exactly_from_the_json_api(hostile):
    client, ids = hostile
    owners = client.get("/api/owner", params={"q": ids["task"]}).json()["rows"]
    assert owners[0]["body_label"] == H_IMG and owners[0]["partners"] == [H_ATTR]
    chain = client.get("/api/chain", params={"task": ids["task"]}).json()
    assert {e["target_label"] for e in chain["edges"]} >= {H_IMG, H_ATTR}
    rows = client.get("/api/compare", params={"indicator": "hostile-indicator", "rollup": "true"}).json()["rows"]
    assert {r["province"] for r in rows} == {H_ATTR} and {r["province_2025"] for r in rows} == {H_ATTR}
    hits = client.get("/api/search", params={"q": "img onerror"}).json()["hits"]
    assert any(h["label"] == H_IMG for h in hits)
    r = client.get("/api/owner", params={"q": ids["task"]})
    assert r.headers["content-type"] == "application/json"


def test_hostile_labels_in_the_graph_views_and_the_chart_stay_inert(hostile):
    client, ids = hostile
    for path in (
        f"/view/chain?task={q(ids['task'])}",
        f"/view/body?iri={q(ids['b1'])}",
        f"/view/document?iri={q(ids['doc'])}",
    ):
        r = client.get(path)
        assert r.status_code == 200, (path, r.text[:300])
        for raw in RAW:
            assert raw not in r.text, (path, raw)
        data = [json.loads(body) for attrs, body in Page(r.text).scripts if attrs.get("type") == "application/json"]
        assert data and contains_exactly(data, H_IMG)
    svg = client.get("/view/compare.svg?indicator=hostile-indicator").content.decode("utf-8")
    import xml.etree.ElementTree as ET

    root = ET.fromstring(svg)
    assert not [el for el in root.iter() if el.tag.endswith("script") or any(a.startswith("on") for a in el.attrib)]
    assert re.search(r"<script", svg, re.I) is None


def test_bidi_controls_and_zero_width_characters_are_neutralised_in_pages_views_and_the_chart(hostile):
    """A label or source text that carries them (U+202E would show "gnàd" reversed) is shown without them;
    the JSON API keeps the data as it is."""
    import html

    client, ids = hostile
    paths = [
        *hostile_paths(ids),
        f"/view/chain?task={q(ids['task'])}",
        f"/view/body?iri={q(ids['b1'])}",
        f"/view/document?iri={q(ids['doc'])}",
        "/view/compare.svg?indicator=hostile-indicator",
        "/search?q=mat+khau",
        "/task?iri=" + q(ids["task"]) + q(H_BIDI),
    ]
    seen = 0
    for path in paths:
        r = client.get(path, headers={"accept": "text/html"})
        text = html.unescape(r.text)
        assert not [c for c in BIDI if c in text], (path, [hex(ord(c)) for c in BIDI if c in text])
        seen += "gnàd mật khẩu x" in text
    assert seen >= 5
    owners = client.get("/api/owner", params={"q": ids["task"]}).json()["rows"]
    assert H_BIDI in owners[0]["task_label"]


def test_a_running_server_answers_from_the_store_as_a_later_build_left_it(tmp_path):
    """No restart after a rebuild: the task of Đề án 03-ĐA/TU is unknown until its source is built."""
    from phancong.build import build
    from phancong.store.embedded import EmbeddedStore

    seeds = sorted((ROOT / "corpus").glob("*.txt"))
    first = [p for p in seeds if not p.name.startswith("001_")]
    assert not build(first, EmbeddedStore(tmp_path / "s")).failed  # a fresh build: bulk
    served = EmbeddedStore(tmp_path / "s", read_only=True)
    ask = PREFIXES + f"ASK {{ <{TASK}> rdfs:label ?l }}"
    with TestClient(
        create_app(served, query_timeout=20, max_results=1000, refresh_every=0), base_url="http://localhost"
    ) as c:
        assert c.get("/api/owner", params={"q": TASK}).status_code == 404
        assert (
            c.get("/sparql", params={"query": ask}, headers={"Accept": "application/sparql-results+json"}).json()[
                "boolean"
            ]
            is False
        )
        writer = EmbeddedStore(tmp_path / "s")  # a build next to the running server: one transaction a source
        assert not build([ROOT / "corpus" / "001_71a5b6d91341e01c.txt"], writer).failed
        del writer
        r = c.get("/api/owner", params={"q": TASK})
        assert r.status_code == 200 and r.json()["rows"][0]["body_label"] == "Ban Tổ chức Tỉnh ủy Tuyên Quang"
        assert c.get("/api/owner", params={"q": "tong hop bao cao"}).json()["rows"][0]["task"] == TASK
        assert (
            c.get("/sparql", params={"query": ask}, headers={"Accept": "application/sparql-results+json"}).json()[
                "boolean"
            ]
            is True
        )
