"""Acceptance of issue 15 (the SPARQL editor, downloads and paging, /docs) in Debian's headless Chromium,
on pages served by a real uvicorn server on a free loopback port. Every request that leaves that server
is blocked, recorded, and fails the test; so does a script error or a Content-Security-Policy violation.
Screenshots go to tests/artifacts/."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from urllib.parse import urlencode

import pytest

from phancong.web.app import create_app
from phancong.web.serve import serve_in_thread

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "tests" / "artifacts"
PREFIXES = "PREFIX pc: <https://w3id.org/phancong/ontology#>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
BODIES = PREFIXES + "SELECT ?body ?label WHERE { ?body a pc:Body ; rdfs:label ?label } ORDER BY ?label"


@pytest.fixture(scope="module")
def browser(chromium, seed_store, request):
    """(browser, base URL, conftest) with a server over the seed store."""
    from playwright.sync_api import sync_playwright

    conftest = request.config.pluginmanager.get_plugin(str(Path(__file__).parents[1] / "conftest.py"))
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with serve_in_thread(create_app(seed_store, query_timeout=20)) as base, sync_playwright() as p:
        b = p.chromium.launch(executable_path=chromium, args=conftest.CHROMIUM_ARGS)
        try:
            yield b, base
        finally:
            b.close()


class Watched:
    """A page in a fresh browser context whose requests may reach only the server; what tried to go
    elsewhere, the script errors and the CSP violations are kept for the test to assert on."""

    def __init__(self, browser, base: str, **context_options):
        self.base = base
        self.context = browser.new_context(
            viewport={"width": 1280, "height": 900}, device_scale_factor=1, accept_downloads=True, **context_options
        )
        self.outside: list[str] = []
        self.errors: list[str] = []

        def only_our_server(route):
            url = route.request.url
            if url.startswith(base + "/") or url.startswith(("data:", "about:", "blob:")):
                route.continue_()
            else:
                self.outside.append(url)
                route.abort()

        self.context.route("**/*", only_our_server)
        self.page = self.context.new_page()
        self.page.on("pageerror", lambda exc: self.errors.append(f"script error: {exc}"))
        self.page.on(
            "console",
            lambda m: (
                self.errors.append(f"console: {m.text}")
                if m.type == "error" and ("Content Security Policy" in m.text or "Refused" in m.text)
                else None
            ),
        )

    def clean(self) -> bool:
        return self.outside == [] and self.errors == []

    def close(self):
        self.context.close()


@pytest.fixture
def watched(browser):
    b, base = browser
    w = Watched(b, base)
    yield w
    w.close()
    assert w.outside == [], f"the page asked other hosts: {w.outside}"
    assert w.errors == [], w.errors


def open_editor(w: Watched, path: str = "/sparql"):
    page = w.page
    page.goto(w.base + path)
    page.wait_for_function("() => window.phancongEditorReady === true", timeout=30_000)
    return page


def run_in_editor(page, query: str):
    page.evaluate("q => { const y = window.phancongYasgui.getTab().getYasqe(); y.setValue(q); }", query)
    page.locator(".yasqe_queryButton:visible").click()


def test_the_editor_runs_a_query_and_downloads_its_table_as_csv(watched, seed_store):
    page = open_editor(watched)
    assert page.locator("#plain").is_hidden() and page.locator(".yasqe .CodeMirror").count() == 1
    expected = [(r["body"], r["label"]) for r in seed_store.select(BODIES)]
    run_in_editor(page, BODIES)
    table = page.locator(".yasr table.dataTable tbody tr")
    table.first.wait_for(timeout=30_000)
    assert expected[0][1] in page.locator(".yasr table.dataTable").inner_text()
    page.screenshot(path=str(ARTIFACTS / "editor-query-table.png"), full_page=True)
    with page.expect_download() as info:
        page.locator(".yasr .yasr_downloadIcon").first.click()
    download = info.value
    target = ARTIFACTS / ("editor-download-" + (download.suggested_filename or "result.csv"))
    download.save_as(str(target))
    rows = list(csv.reader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert rows[0] == ["body", "label"]
    assert [tuple(r) for r in rows[1:]] == expected


def test_the_editor_offers_the_catalogue_examples_and_shows_the_raw_response(watched):
    page = open_editor(watched)
    page.locator("a.example", has_text="tasks-of-body").click()
    assert "tasks-of-body" in page.locator(".tabsList .tab.active").inner_text()
    assert "VALUES" in page.evaluate("window.phancongYasgui.getTab().getYasqe().getValue()")
    page.locator(".yasqe_queryButton:visible").click()
    page.locator(".yasr:visible table.dataTable tbody tr").first.wait_for(timeout=30_000)
    page.locator(".yasr:visible .select_response").click()  # the raw view
    raw = page.locator(".yasr:visible .CodeMirror")
    raw.wait_for()
    assert '"bindings"' in raw.inner_text()
    page.screenshot(path=str(ARTIFACTS / "editor-example-raw.png"), full_page=True)


def test_a_syntax_error_is_one_sentence_with_line_and_column(watched):
    page = open_editor(watched)
    run_in_editor(page, "SELECT ?s WHERE {\n  ?s ?p ?o .\n  FILTER(?o > ) ")
    error = page.locator(".yasr .errorResult")
    error.wait_for(timeout=30_000)
    text = error.inner_text()
    assert "SPARQL syntax error at line" in text and "column" in text
    assert "expected one of" not in text and "[_]" not in text
    page.screenshot(path=str(ARTIFACTS / "editor-syntax-error.png"), full_page=True)


def test_the_prefixes_of_the_project_are_offered_as_the_user_types(watched):
    page = open_editor(watched)
    page.evaluate("() => { const y = window.phancongYasgui.getTab().getYasqe(); y.setValue(''); y.focus(); }")
    page.keyboard.type("PREFIX p")
    page.keyboard.press("Control+Space")
    hints = page.locator(".CodeMirror-hints li")
    hints.first.wait_for(timeout=10_000)
    assert any("pc: <https://w3id.org/phancong/ontology#>" in h for h in hints.all_inner_texts())


def test_without_javascript_the_form_pages_through_every_row_to_the_last(browser, seed_store):
    b, base = browser
    w = Watched(b, base, java_script_enabled=False)
    try:
        page = w.page
        page.goto(base + "/sparql")
        total = len(seed_store.select("SELECT ?s ?p ?o WHERE { ?s ?p ?o }"))
        page.fill("#query", "SELECT ?s ?p ?o WHERE { ?s ?p ?o }")
        page.click(".sparql-form button")
        page.wait_for_url("**/sparql?query=*")
        assert page.locator(".pager .total").first.inner_text().replace(".", "") == str(total)
        assert page.locator("table.results tbody tr").count() == 100
        page.locator(".pager a.next").first.click()
        page.wait_for_url("**page=2*")
        assert page.locator("table.results tbody tr").count() == 100
        page.locator(".pager a.last").first.click()
        last = -(-total // 100)
        page.wait_for_url(f"**page={last}*")
        assert page.locator("table.results tbody tr").count() == total - (last - 1) * 100
        assert page.locator(".pager a.next").count() == 0
        page.screenshot(path=str(ARTIFACTS / "sparql-plain-last-page.png"), full_page=True)
        href = page.locator(".pager a.download-csv").first.get_attribute("href")
        r = page.request.get(base + href)
        lines = r.text().strip().splitlines()
        assert len(lines) == 1 + total - (last - 1) * 100
        assert page.locator(".pager a.permalink").first.get_attribute("href").endswith(f"page={last}")
    finally:
        w.close()
    assert w.clean(), (w.outside, w.errors)


def test_a_permalink_opens_the_editor_with_its_query_and_the_answer_in_pages_to_the_last(watched, seed_store):
    query = "SELECT ?s ?p ?o WHERE { ?s ?p ?o }"
    total = len(seed_store.select(query))
    page = open_editor(watched, "/sparql?" + urlencode({"query": query, "per": 500}))
    assert page.evaluate("window.phancongYasgui.getTab().getYasqe().getValue()").strip() == query
    assert page.locator("#server-results .pager .total").first.inner_text().replace(".", "") == str(total)
    page.locator("#server-results .pager a.last").first.click()
    last = -(-total // 500)
    page.wait_for_url(f"**page={last}*")
    page.wait_for_function("() => window.phancongEditorReady === true")
    assert page.locator("#server-results table.results tbody tr").count() == total - (last - 1) * 500
    assert "?s ?p ?o" in page.locator(".yasqe:visible .CodeMirror-code").inner_text()  # drawn, not only held
    assert page.locator("#server-results .pager a.next").count() == 0
    page.screenshot(path=str(ARTIFACTS / "editor-permalink-last-page.png"), full_page=False)
    run_in_editor(page, "ASK { ?s ?p ?o }")  # the next run in the editor replaces the served table
    page.locator(".yasr:visible .yasr_results").first.wait_for()
    page.wait_for_function("() => document.getElementById('server-results').hidden === true")


def test_a_catalogue_query_pages_to_its_last_page_and_downloads_that_page(watched, seed_store):
    page = watched.page
    page.goto(watched.base + "/queries/responsibility-edges?run=1&per=25")
    total = int(page.locator(".pager .total").first.inner_text().replace(".", ""))
    assert total > 25
    page.locator(".pager a.last").first.click()
    last = -(-total // 25)
    page.wait_for_url(f"**page={last}*")
    shown = total - (last - 1) * 25
    assert page.locator("table.results tbody tr").count() == shown
    with page.expect_download() as info:
        page.locator(".pager a.download-json").first.click()
    data = json.loads(Path(info.value.path()).read_text(encoding="utf-8"))
    assert data["total"] == total and data["page"] == last and len(data["rows"]) == shown
    page.screenshot(path=str(ARTIFACTS / "catalogue-last-page.png"), full_page=True)


def test_the_api_documentation_renders_offline(watched):
    page = watched.page
    page.goto(watched.base + "/docs")
    page.wait_for_function("() => window.phancongDocsReady === true", timeout=30_000)
    ops = page.locator(".swagger-ui .opblock-summary-path")
    ops.first.wait_for()
    paths = ops.all_inner_texts()
    assert any("/api/owner" in p for p in paths) and any("/sparql" in p for p in paths)
    page.screenshot(path=str(ARTIFACTS / "docs-swagger-ui.png"), full_page=False)


def test_the_api_documentation_tries_which_body_owns_a_task(watched):
    page = watched.page
    page.goto(watched.base + "/docs#/questions")
    page.wait_for_function("() => window.phancongDocsReady === true", timeout=30_000)
    block = page.locator(".opblock", has=page.locator(".opblock-summary-path", has_text="/api/owner"))
    block.locator(".opblock-summary").click()
    try_it = block.locator("button.try-out__btn", has_text="Try it out")
    if try_it.count():  # (with tryItOutEnabled the form is open already: the button says Cancel)
        try_it.click()
    block.locator("input[placeholder='q']").fill("tong hop bao cao")
    block.locator("button.execute").click()
    body = block.locator("table.live-responses-table .response-col_description .microlight").first  # not the example
    body.wait_for(timeout=30_000)
    assert "Ban Tổ chức Tỉnh ủy Tuyên Quang" in body.inner_text()
    block.scroll_into_view_if_needed()
    page.screenshot(path=str(ARTIFACTS / "docs-try-api-owner.png"), full_page=False)
