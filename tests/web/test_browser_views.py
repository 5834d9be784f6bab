"""Issue 15 in Debian's headless Chromium, on the pages served by a real uvicorn server on a loopback port:
a facet narrows the search, the map colours the seeds' provinces, the body page shows the tasks a body is a
partner in, the graphs are readable and above the fold, a 20,000-node view stays interactive, every page
passes axe-core's checks and every control is reached with the keyboard. Any request that leaves the server
is blocked, recorded and fails the test. Screenshots go to tests/artifacts/ (views-*.png)."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

import pytest

from phancong.web.app import create_app
from phancong.web.serve import serve_in_thread

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "tests" / "artifacts"
AXE = ROOT / "tests" / "vendor" / "axe-core" / "axe.min.js"
PCID = "https://w3id.org/phancong/id/"
TASK = PCID + "task/001_71a5b6d91341e01c/28"
BTC = PCID + "body/tuyen-quang/ban-to-chuc-tinh-uy"
DEAN = PCID + "doc/tuyen-quang/03-da-tu/2021"
SOURCE = PCID + "source/001_71a5b6d91341e01c"
VIEWPORT = {"width": 1280, "height": 900}


def q(iri: str) -> str:
    return quote(iri, safe="")


class Browser:
    """One page of a Chromium context whose requests may go only to the server (and data:, about:, blob:,
    and file: for a view written to disk); any other is aborted and recorded in ``outside``."""

    def __init__(self, context, base: str):
        self.context, self.base = context, base
        self.outside: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        context.route("**/*", self._only_our_server)
        self.page = self.new_page()

    def _only_our_server(self, route):
        url = route.request.url
        if url.startswith(self.base + "/") or url.startswith(("data:", "about:", "blob:", "file:")):
            route.continue_()
        else:
            self.outside.append(url)
            route.abort()

    def new_page(self):
        page = self.context.new_page()
        page.on("pageerror", lambda exc: self.errors.append(str(exc)))
        page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        return page

    def clean(self) -> None:
        """Nothing left the server, no script failed, no dialog opened."""
        assert self.outside == [], f"requests to other hosts: {self.outside}"
        assert self.errors == [] and self.dialogs == [], (self.errors, self.dialogs)


@pytest.fixture(scope="module")
def browser(chromium, seed_store, request):
    from playwright.sync_api import sync_playwright

    conftest = request.config.pluginmanager.get_plugin(str(Path(__file__).parents[1] / "conftest.py"))
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with serve_in_thread(create_app(seed_store, query_timeout=30)) as base, sync_playwright() as p:
        chrome = p.chromium.launch(executable_path=chromium, args=conftest.CHROMIUM_ARGS)
        try:
            context = chrome.new_context(viewport=VIEWPORT, device_scale_factor=1)
            b = Browser(context, base)
            yield b
            context.close()
        finally:
            chrome.close()


def test_the_block_is_real_a_request_to_another_host_is_stopped_and_recorded(browser):
    page = browser.new_page()
    page.goto(browser.base + "/api")
    page.evaluate("() => fetch('http://example.invalid/x').catch(() => null)")  # refused by the page's CSP first
    page.goto("about:blank")
    page.evaluate("() => fetch('http://example.invalid/probe').catch(() => null)")
    assert browser.outside == ["http://example.invalid/probe"]
    browser.outside.clear()
    page.close()


def hit_count(page) -> int:
    return page.locator("a.hit-label").count()


def test_a_facet_narrows_the_search_results(browser):
    page = browser.page
    page.goto(browser.base + "/search?q=bao+cao")
    before = hit_count(page)
    facet = page.locator("#facet-province li", has_text="Quảng Ninh").locator("a").first
    count = int(facet.locator(".count").inner_text())
    facet.click()
    page.wait_for_url("**province=Qu*")
    after = hit_count(page)
    assert 0 < after == count < before
    assert "✓ Quảng Ninh" in page.locator("#facet-province").inner_text()
    for meta in page.locator(".hit-meta").all_inner_texts():
        assert "Tuyên Quang" not in meta
    page.screenshot(path=str(ARTIFACTS / "views-search-facet-quang-ninh.png"), full_page=True)
    # the filter lives in the URL: the same link opened anew shows the same hits
    again = browser.new_page()
    again.goto(page.url)
    assert hit_count(again) == after
    again.close()
    browser.clean()


def tile_fill(page, name: str) -> str:
    return page.locator(f'svg.tile-map [data-province="{name}"] rect').get_attribute("fill")


def test_the_map_colours_the_seeds_provinces(browser):
    page = browser.page
    page.goto(browser.base + "/compare?indicator=party-members-rated-good")
    page.locator("#map").scroll_into_view_if_needed()
    grey = tile_fill(page, "Hà Nội")
    tiles = page.locator("svg.tile-map .tile")
    assert tiles.count() == 34
    coloured = {t.get_attribute("data-province") for t in tiles.all() if t.get_attribute("data-status") != "none"}
    assert coloured == {"Quảng Ninh", "Thái Nguyên"}
    assert tile_fill(page, "Quảng Ninh") != grey and tile_fill(page, "Thái Nguyên") != grey
    page.locator("#map").screenshot(path=str(ARTIFACTS / "views-compare-map-34.png"))
    page.locator(".map-switch a").click()
    page.wait_for_url("**map=pre2025*")
    assert page.locator("svg.tile-map .tile").count() == 63
    assert tile_fill(page, "Bắc Kạn") != grey and tile_fill(page, "Thái Nguyên") == grey
    page.locator("#map").screenshot(path=str(ARTIFACTS / "views-compare-map-63.png"))
    # a tile is a link: Quảng Ninh's narrows the page to Quảng Ninh
    page.locator('svg.tile-map a[data-province="Quảng Ninh"]').click()
    page.wait_for_url("**province=*")
    assert set(page.locator(".compare-summary tbody th").all_inner_texts()) == {"Quảng Ninh"}
    page.screenshot(path=str(ARTIFACTS / "views-compare-filtered.png"), full_page=True)
    browser.clean()


def frame_of(page, selector: str):
    frame = page.locator(selector).element_handle().content_frame()
    frame.wait_for_load_state()
    frame.wait_for_function("window.phancongDrawn === true", timeout=120_000)
    return frame


def test_the_body_page_shows_partner_tasks_and_its_graph_without_scrolling(browser, seed_store):
    body = PCID + "body/tuyen-quang/ban-tuyen-giao-tinh-uy"
    tasks = {
        r["task"]
        for r in seed_store.select(
            "SELECT ?task WHERE { ?a <https://w3id.org/phancong/ontology#partner> <%s> ; "
            "<https://w3id.org/phancong/ontology#task> ?task }" % body
        )
    }
    assert tasks
    page = browser.page
    page.goto(f"{browser.base}/body?iri={q(body)}")
    box = page.locator("#graph iframe").bounding_box()
    assert box["y"] + 200 < VIEWPORT["height"], "the graph starts below the fold"
    frame_of(page, "#graph iframe")
    page.screenshot(path=str(ARTIFACTS / "views-body-above-the-fold.png"))
    links = page.locator("#tasks-partner a").evaluate_all("els => els.map(e => e.getAttribute('href'))")
    assert {f"/task?iri={q(t)}" for t in tasks} <= set(links)
    assert "named as partner" in page.locator("#tasks").inner_text()
    page.locator("#tasks-partner").screenshot(path=str(ARTIFACTS / "views-body-partner-tasks.png"))
    browser.clean()


def test_the_task_page_shows_its_chain_without_scrolling(browser):
    page = browser.page
    page.goto(f"{browser.base}/task?iri={q(TASK)}")
    box = page.locator("#chain iframe").bounding_box()
    assert box["y"] + 200 < VIEWPORT["height"]
    frame = frame_of(page, "#chain iframe")
    assert frame.evaluate("() => window.phancongNetwork.body.nodeIndices.length") >= 5
    page.screenshot(path=str(ARTIFACTS / "views-task-above-the-fold.png"))
    browser.clean()


READABLE = """() => {
  const net = window.phancongNetwork, scale = net.getScale();
  const box = document.getElementById('pc-network').getBoundingClientRect();
  const bar = document.getElementById('pc-toolbar').getBoundingClientRect();
  const ids = net.body.nodeIndices;
  const onScreen = ids.filter(id => {
    const p = net.canvasToDOM(net.getPositions([id])[id]);
    return p.x >= 0 && p.y >= 0 && p.x <= box.width && p.y <= box.height;
  });
  return {scale, font: 14 * scale, onScreen: onScreen.length, nodes: ids.length,
          barBottom: bar.bottom, canvasTop: box.top,
          buttonsInCanvas: document.querySelectorAll('#pc-network .vis-navigation, #pc-network .vis-button').length};
}"""


def test_the_document_graph_is_readable_at_the_default_zoom(browser):
    page = browser.new_page()
    page.goto(f"{browser.base}/view/document?iri={q(DEAN)}")
    page.wait_for_function("window.phancongDrawn === true", timeout=120_000)
    r = page.evaluate(READABLE)
    assert r["font"] >= 11, r  # labels of at least 11 px
    assert r["onScreen"] >= 5, r
    assert r["buttonsInCanvas"] == 0 and r["barBottom"] <= r["canvasTop"] + 1, r  # no control over the nodes
    # the details panel: one field each, the document's tasks one a line
    page.evaluate(
        "(id) => { const n = window.phancongNetwork; n.selectNodes([id]); "
        "n.body.emitter.emit('click', {nodes: [id], edges: []}); }",
        DEAN,
    )
    details = page.locator("#pc-details")
    assert details.locator("dt").count() >= 3
    assert details.locator("ul.pc-items li").count() > 3
    page.screenshot(path=str(ARTIFACTS / "views-document-graph.png"))
    # the buttons zoom and fit, from the keyboard too
    page.locator("#pc-zoom-out").focus()
    page.keyboard.press("Enter")
    assert page.evaluate("() => window.phancongNetwork.getScale()") < r["scale"]
    page.locator("#pc-fit").click()
    assert page.evaluate(READABLE)["onScreen"] == r["nodes"]
    page.close()
    browser.clean()


def test_the_body_graph_is_readable_and_its_details_are_fields(browser):
    page = browser.new_page()
    page.goto(f"{browser.base}/view/body?iri={q(BTC)}")
    page.wait_for_function("window.phancongDrawn === true", timeout=120_000)
    r = page.evaluate(READABLE)
    assert r["font"] >= 11 and r["buttonsInCanvas"] == 0, r
    labels = page.evaluate("() => window.phancongData.nodes.get().map(n => n.label)")
    assert max(len(x) for x in labels) <= 64
    terms = page.locator("#pc-details dt").all_inner_texts()
    assert terms[0].startswith("Cơ quan")  # what it is, then its relations, each a field
    page.screenshot(path=str(ARTIFACTS / "views-body-graph.png"))
    page.close()
    browser.clean()


def test_chart_titles_are_never_clipped(browser, kg):
    rows = [r for r in kg.indicators() if r.targets or r.statistics]
    longest = max(rows, key=lambda r: len((r.label or "") + (r.label_en or "")))
    page = browser.new_page()
    page.goto(f"{browser.base}/view/compare.svg?indicator={longest.slug}")
    out = page.evaluate("""() => {
      const svg = document.documentElement, box = svg.getBoundingClientRect();
      return [...document.querySelectorAll('text')].map(t => {
        const r = t.getBoundingClientRect();
        return {text: t.textContent, left: r.left - box.left, right: box.right - r.right};
      }).filter(t => t.left < 0 || t.right < 0);
    }""")
    assert out == []
    page.screenshot(path=str(ARTIFACTS / "views-chart-long-title.png"))
    page.close()
    browser.clean()


def test_a_view_of_20000_nodes_stays_interactive(browser, tmp_path):
    from phancong.views.graph import View, ViewEdge, ViewNode, view_data
    from phancong.views.page import render_page, write_text

    view = View(title="Hai mươi nghìn nút / 20,000 nodes", layout="layered", direction="LR", focus=PCID + "doc/big")
    view.add_node(ViewNode(PCID + "doc/big", "Đề án lớn", "document", "document"))
    for i in range(9_999):
        t, b = f"{PCID}task/big/{i}", f"{PCID}body/big/b{i}"
        view.add_node(ViewNode(t, f"Nhiệm vụ số {i}", "task", "task"))
        view.add_node(ViewNode(b, f"Cơ quan số {i}", "body-lead", "body"))
        view.edges.append(ViewEdge(t, PCID + "doc/big", "document"))
        view.edges.append(ViewEdge(t, b, "lead"))
    data = view_data(view)
    assert len(data["nodes"]) == 19_999
    assert data["options"]["physics"]["enabled"] is False and all("x" in n for n in data["nodes"])
    path = write_text(render_page(view.title, data), tmp_path / "big.html")
    page = browser.new_page()
    page.goto(path.as_uri())
    page.wait_for_function("window.phancongDrawn === true", timeout=240_000)
    assert page.evaluate("() => window.phancongNetwork.body.nodeIndices.length") == 19_999
    # the nodes of one style share their group's look, written once: drawn in the style's colours
    from phancong.views.graph import NODE_STYLES

    drawn = page.evaluate(
        "(id) => window.phancongNetwork.body.nodes[id].options.color.background", f"{PCID}body/big/b7"
    )
    assert drawn == NODE_STYLES["body-lead"][1]
    assert "color" not in next(n for n in data["nodes"] if n["id"] == f"{PCID}body/big/b7")
    # an edge that quotes no sentence is sent without its details: clicking it still shows its relation and ends
    assert data["edgeDetails"] == {}
    shown = page.evaluate(
        """() => { window.phancongNetwork.emit('click', {nodes: [], edges: ['e3'], pointer: {}});
        return document.querySelector('#pc-details').innerText; }"""
    )
    assert "Nhiệm vụ số 1" in shown and "Cơ quan số 1" in shown and "chủ trì / lead" in shown
    page.evaluate("() => window.phancongNetwork.emit('click', {nodes: [], edges: [], pointer: {}})")  # unpinned
    before = page.evaluate("() => window.phancongNetwork.getScale()")
    page.locator("#pc-zoom-in").click()
    page.wait_for_function("(s) => window.phancongNetwork.getScale() > s", arg=before, timeout=60_000)
    # hovering a node on screen shows its details
    xy = page.evaluate(
        """(id) => { const n = window.phancongNetwork;
        return n.canvasToDOM(n.getPositions([id])[id]); }""",
        PCID + "doc/big",
    )
    box = page.locator("#pc-network canvas").bounding_box()
    page.mouse.move(box["x"] + xy["x"], box["y"] + xy["y"])
    page.wait_for_function(
        "() => document.querySelector('#pc-details').innerText.includes('Đề án lớn')", timeout=60_000
    )
    page.screenshot(path=str(ARTIFACTS / "views-20000-nodes.png"))
    page.close()
    browser.clean()


# every page a reader can reach here, with what it shows (the SPARQL editor, /docs and the query catalogue are
# another part of issue 15 and are checked there)
PAGES = [
    "/",
    "/search?q=tong+hop+bao+cao",
    "/search?q=bao+cao&province=Qu%E1%BA%A3ng+Ninh",
    f"/task?iri={q(TASK)}",
    f"/body?iri={q(BTC)}",
    f"/document?iri={q(DEAN)}",
    f"/source?iri={q(SOURCE)}",
    "/compare",
    "/compare?indicator=party-members-rated-good",
    "/compare?indicator=party-members-rated-good&map=pre2025",
    f"/resource?iri={q(PCID + 'province/thai-nguyen')}",
    "/api",
    f"/task?iri={q(PCID + 'task/nope/1')}",
    f"/view/chain?task={q(TASK)}",
    f"/view/body?iri={q(BTC)}",
    f"/view/document?iri={q(DEAN)}",
    # the workbench: the SPARQL editor's page, its plain results, the catalogue and a query's page, /docs
    "/sparql",
    "/sparql?query=SELECT+%3Fs+WHERE+%7B+%3Fs+a+%3Fc+%7D+LIMIT+30",
    "/queries",
    "/queries/tasks-of-body",
    "/docs",
]


# The vendored widgets are third-party markup drawn by their scripts (YASGUI's tabs and CodeMirror, Swagger UI):
# axe checks the pages' own static content around them, not the widgets (their findings are the libraries').
WIDGETS = ["#yasgui", "#swagger-ui"]


def axe_violations(page) -> list[dict]:
    page.evaluate(AXE.read_text(encoding="utf-8"))
    return page.evaluate(
        """async (widgets) => {
      const context = {include: [document], exclude: widgets.filter(w => document.querySelector(w)).map(w => [w])};
      const r = await axe.run(context, {iframes: false, resultTypes: ['violations']});
      return r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                                     nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))}));
    }""",
        WIDGETS,
    )


@pytest.mark.parametrize("path", PAGES)
def test_every_page_passes_axe(browser, path):
    page = browser.new_page()
    page.goto(browser.base + path)
    if path.startswith("/view/"):
        page.wait_for_function("window.phancongDrawn === true", timeout=120_000)
    if path == "/docs":  # what Swagger UI draws around its widget counts too (one main landmark)
        page.wait_for_function("() => window.phancongDocsReady === true", timeout=120_000)
    assert page.evaluate("() => document.documentElement.lang") == "vi"
    found = axe_violations(page)
    assert found == [], (path, found)
    page.close()
    browser.clean()


KEYBOARD = """() => [...document.querySelectorAll('a[href], button, input:not([type=hidden]), select, summary, iframe')]
  .filter(e => { const r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0
                 && getComputedStyle(e).visibility !== 'hidden' && !e.closest('details:not([open]) > :not(summary)'); })
  .map((e, i) => { e.setAttribute('data-kb', String(i)); return i; }).length"""


@pytest.mark.parametrize(
    "path",
    [
        "/search?q=bao+cao",
        "/compare?indicator=party-members-rated-good&map=pre2025",
        f"/body?iri={q(PCID + 'body/tuyen-quang/ban-tuyen-giao-tinh-uy')}",
    ],
)
def test_the_keyboard_reaches_every_control(browser, path):
    page = browser.new_page()
    page.goto(browser.base + path)
    n = page.evaluate(KEYBOARD)
    assert n > 10
    reached: set[str] = set()
    for _ in range(n + 40):
        page.keyboard.press("Tab")
        k = page.evaluate("() => document.activeElement && document.activeElement.getAttribute('data-kb')")
        if k is not None:
            reached.add(k)
        if len(reached) == n:
            break
    missing = page.evaluate(
        "(ks) => [...document.querySelectorAll('[data-kb]')].filter(e => !ks.includes("
        "e.getAttribute('data-kb'))).map(e => e.outerHTML.slice(0, 120))",
        sorted(reached),
    )
    assert missing == []
    page.close()
    browser.clean()
