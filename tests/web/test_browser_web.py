"""Acceptance of issue 6 in Debian's headless Chromium, driving the pages served by a real uvicorn
server on a free loopback port; any request that leaves that server is blocked and recorded.

A reader types "tong hop bao cao", opens the task, sees Ban Tổ chức Tỉnh ủy as lead and the chain
graph drawn; opens Đề án 03-ĐA/TU and sees its source text highlighted; compares party members rated
good or better and finds Quảng Ninh and Bắc Kạn. Screenshots go to tests/artifacts/."""

from __future__ import annotations

from pathlib import Path

import pytest

from phancong.web.app import create_app
from phancong.web.serve import serve_in_thread

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "tests" / "artifacts"
TASK = "https://w3id.org/phancong/id/task/001_71a5b6d91341e01c/28"
SOURCE = "https://w3id.org/phancong/id/source/001_71a5b6d91341e01c"


@pytest.fixture(scope="module")
def browser_page(chromium, seed_store, request):
    """(page, base URL, requests that tried to leave the server, script errors, dialogs)."""
    from playwright.sync_api import sync_playwright

    conftest = request.config.pluginmanager.get_plugin(str(Path(__file__).parents[1] / "conftest.py"))
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with serve_in_thread(create_app(seed_store, query_timeout=20)) as base, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=conftest.CHROMIUM_ARGS)
        try:
            context = browser.new_context(viewport={"width": 1280, "height": 900}, device_scale_factor=1)
            outside: list[str] = []

            def only_our_server(route):
                url = route.request.url
                if url.startswith(base + "/") or url.startswith(("data:", "about:", "blob:")):
                    route.continue_()
                else:
                    outside.append(url)
                    route.abort()

            context.route("**/*", only_our_server)
            page = context.new_page()
            errors: list[str] = []
            dialogs: list[str] = []
            page.on("pageerror", lambda exc: errors.append(str(exc)))
            page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
            yield page, base, outside, errors, dialogs
            context.close()
        finally:
            browser.close()


def chain_frame(page):
    """The frame of the chain view, once its network has drawn."""
    page.locator("#chain iframe").scroll_into_view_if_needed()
    handle = page.locator("#chain iframe").element_handle()
    frame = handle.content_frame()
    frame.wait_for_load_state()
    frame.wait_for_function("window.phancongDrawn === true", timeout=60_000)
    return frame


def test_a_reader_finds_who_owns_tong_hop_bao_cao_and_sees_the_chain(browser_page, kg):
    page, base, outside, errors, dialogs = browser_page
    page.goto(base + "/")
    page.fill("#q", "tong hop bao cao")
    page.press("#q", "Enter")
    page.wait_for_url("**/search?q=tong+hop+bao+cao")
    first = page.locator("#results-task a.hit-label").first
    assert "tổng hợp báo cáo" in first.inner_text()
    first.click()
    page.wait_for_url("**/task?iri=*")
    lead = page.locator(".owner-lead")
    assert lead.count() == 1
    assert "Ban Tổ chức Tỉnh ủy Tuyên Quang" in lead.locator(".body-link").inner_text()
    assert "Chủ trì (lead)" in page.locator("#owners h3").first.inner_text()

    frame = chain_frame(page)
    drawn = frame.evaluate("""() => ({nodes: window.phancongNetwork.body.nodeIndices.length,
                                      edges: window.phancongNetwork.body.edgeIndices.length,
                                      canvas: document.querySelectorAll('#pc-network canvas').length})""")
    chain = kg.chain(TASK)
    nodes = {chain.task} | {e.source for e in chain.edges} | {e.target for e in chain.edges}
    assert drawn["nodes"] == len(nodes) and drawn["edges"] >= 1 and drawn["canvas"] == 1
    page.locator("#owners").scroll_into_view_if_needed()
    page.screenshot(path=str(ARTIFACTS / "web-task-tong-hop-bao-cao.png"), full_page=True)
    assert outside == [] and errors == [] and dialogs == []


def test_a_reader_opens_de_an_03_and_audits_the_highlighted_source_text(browser_page, seed_store):
    page, base, outside, errors, dialogs = browser_page
    page.goto(base + "/search?q=" + "03-%C4%90A%2FTU")
    page.locator("#results-document a.hit-label", has_text="03-ĐA/TU").first.click()
    page.wait_for_url("**/document?iri=*")
    assert "Đề án số 03-ĐA/TU" in page.locator("h1").inner_text()
    spans = seed_store.select(
        """PREFIX pc: <https://w3id.org/phancong/ontology#> PREFIX oa: <http://www.w3.org/ns/oa#>
        SELECT DISTINCT ?s ?e WHERE { ?i pc:evidence ?ev . ?ev pc:source <%s> ; oa:start ?s ; oa:end ?e }"""
        % SOURCE
    )
    marks = page.locator("#text mark.hl[id]")
    assert marks.count() == len(spans) > 100
    lead_mark = page.locator("#text mark.hl-assignment").first
    lead_mark.scroll_into_view_if_needed()
    lead_mark.hover()
    assert "(assignment)" in lead_mark.get_attribute("title")
    assert page.locator("#text .source-text").inner_text().startswith("Nội dung cơ bản")
    page.screenshot(path=str(ARTIFACTS / "web-document-03-da-tu-highlighted.png"))
    assert outside == [] and errors == [] and dialogs == []


def test_a_reader_compares_party_members_rated_good_across_provinces(browser_page):
    page, base, outside, errors, dialogs = browser_page
    page.goto(base + "/compare")
    page.select_option("#indicator", "party-members-rated-good")
    page.click(".compare-form button")
    page.wait_for_url("**/compare?indicator=party-members-rated-good*")
    provinces = page.locator(".compare-summary tbody th").all_inner_texts()
    assert any("Quảng Ninh" in p for p in provinces) and any("Bắc Kạn" in p for p in provinces)
    chart = page.locator("img.chart")
    chart.scroll_into_view_if_needed()
    page.wait_for_function(
        "() => { const i = document.querySelector('img.chart'); return i.complete && i.naturalWidth > 0 }"
    )
    page.screenshot(path=str(ARTIFACTS / "web-compare-party-members-rated-good.png"), full_page=True)
    page.check("input[name=rollup]")
    page.click(".compare-form button")
    page.wait_for_url("**rollup=true*")
    provinces = page.locator(".compare-summary tbody th").all_inner_texts()
    assert any("Thái Nguyên" in p and "Bắc Kạn" in p for p in provinces)
    assert outside == [] and errors == [] and dialogs == []
