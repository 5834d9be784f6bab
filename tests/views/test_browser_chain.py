"""Acceptance test of issue 5 in a real headless Chromium with every network request blocked:
the chain view of "tổng hợp báo cáo" draws the chain's nodes and edges, hostile labels run nothing
and show as typed, and a 2,000-node view renders."""

from __future__ import annotations

from pathlib import Path

import pytest

from phancong.api import Chain, ChainEdge
from phancong.views.kinds import chain_html

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "tests" / "artifacts"
PCID = "https://w3id.org/phancong/id/"
HOSTILE = ["<img src=x onerror=alert(1)>", '"><script>alert(1)</script>', "</script><script>alert(1)</script>"]
LOCAL = ("file:", "data:", "about:", "blob:")


def expected_counts(chain: Chain) -> tuple[int, int]:
    """Nodes: the task and every edge end; edges: every edge between two different nodes."""
    nodes = {chain.task} | {e.source for e in chain.edges} | {e.target for e in chain.edges}
    return len(nodes), sum(1 for e in chain.edges if e.source != e.target)


@pytest.fixture(scope="module")
def offline(chromium, request):
    """A browser context in which every request that is not file:/data:/about:/blob: is aborted and recorded."""
    from playwright.sync_api import sync_playwright

    conftest = request.config.pluginmanager.get_plugin(str(Path(__file__).parents[1] / "conftest.py"))
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=conftest.CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": 1400, "height": 900}, device_scale_factor=1)
        attempted: list[str] = []

        def block(route):
            url = route.request.url
            if url.startswith(LOCAL):
                route.continue_()
            else:
                attempted.append(url)
                route.abort()

        context.route("**/*", block)
        # the block is real: a page without our CSP that tries the network is stopped and recorded
        probe = context.new_page()
        probe.goto("about:blank")
        probe.evaluate("() => fetch('http://example.invalid/probe').catch(() => null)")
        assert attempted == ["http://example.invalid/probe"]
        attempted.clear()
        probe.close()
        yield context, attempted
        context.close()
        browser.close()


def open_view(context, path: Path):
    page = context.new_page()
    dialogs: list[str] = []
    errors: list[str] = []

    def on_dialog(dialog):
        dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(path.as_uri())
    page.wait_for_function("window.phancongDrawn === true", timeout=60_000)
    return page, dialogs, errors


DRAWN = """() => {
  const net = window.phancongNetwork;
  return {nodes: net.body.nodeIndices.length, edges: net.body.edgeIndices.length,
          positions: Object.keys(net.getPositions()).length};
}"""

INK = """() => {
  const canvas = document.querySelector('#pc-network canvas');
  const ctx = canvas.getContext('2d');
  const {data} = ctx.getImageData(0, 0, canvas.width, canvas.height);
  let ink = 0;
  for (let i = 0; i < data.length; i += 4) {
    if (data[i + 3] > 0 && (data[i] < 235 || data[i + 1] < 235 || data[i + 2] < 235)) ink++;
  }
  return {ink, total: data.length / 4};
}"""


def test_chain_of_tong_hop_bao_cao_draws_in_chromium_with_the_network_cut(kg, offline, tmp_path):
    context, attempted = offline
    chain = kg.chain("tổng hợp báo cáo")
    nodes, edges = expected_counts(chain)
    assert (nodes, edges) >= (5, 5)
    page, dialogs, errors = open_view(context, chain_html(chain, tmp_path / "chain.html"))

    assert page.evaluate(DRAWN) == {"nodes": nodes, "edges": edges, "positions": nodes}
    ink = page.evaluate(INK)
    assert ink["ink"] > ink["total"] * 0.01, ink  # the canvas is not blank
    details = page.inner_text("#pc-details")
    assert "tổng hợp báo cáo theo định kỳ hằng năm" in details
    legend = page.inner_text("#pc-legend")
    assert "Cơ quan chủ trì / Lead body" in legend and "báo cáo / reports to" in legend

    # hovering the lead body shows its details and the evidence sentence
    lead = next(e.target for e in chain.edges if e.relation == "lead")
    xy = page.evaluate(
        "(id) => { const n = window.phancongNetwork; return n.canvasToDOM(n.getPositions([id])[id]); }", lead
    )
    box = page.locator("#pc-network canvas").bounding_box()
    page.mouse.move(box["x"] + xy["x"], box["y"] + xy["y"])
    page.wait_for_selector("div.vis-tooltip", state="visible")
    tooltip = page.inner_text("div.vis-tooltip")
    assert "Ban Tổ chức Tỉnh ủy Tuyên Quang" in tooltip and "tổng hợp báo cáo" in tooltip
    assert "Ban Tổ chức Tỉnh ủy Tuyên Quang" in page.inner_text("#pc-details")
    page.mouse.move(box["x"] + 5, box["y"] + 5)

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "chain-tong-hop-bao-cao.png"))
    assert not attempted, f"the page tried the network: {attempted}"
    assert not dialogs and not errors
    page.close()


def hostile_chain() -> Chain:
    task, body, boss, doc = (
        PCID + "task/evil_source/1",
        PCID + "body/evil/ban-1",
        PCID + "body/evil/ban-2",
        PCID + "doc/evil/1",
    )
    return Chain(
        task=task,
        task_label=HOSTILE[0],
        edges=[
            ChainEdge(task, HOSTILE[0], "lead", body, HOSTILE[1], HOSTILE[2]),
            ChainEdge(body, HOSTILE[1], "reportsTo", boss, HOSTILE[2], HOSTILE[0]),
            ChainEdge(task, HOSTILE[0], "document", doc, HOSTILE[2], None),
        ],
    )


def test_hostile_labels_run_no_script_and_show_as_typed(offline, tmp_path):
    context, attempted = offline
    chain = hostile_chain()
    page, dialogs, errors = open_view(context, chain_html(chain, tmp_path / "hostile.html"))
    nodes, edges = expected_counts(chain)
    assert page.evaluate(DRAWN)["nodes"] == nodes

    for node in (chain.task, PCID + "body/evil/ban-1", PCID + "body/evil/ban-2"):  # tooltips and details
        xy = page.evaluate(
            "(id) => { const n = window.phancongNetwork; return n.canvasToDOM(n.getPositions([id])[id]); }", node
        )
        box = page.locator("#pc-network canvas").bounding_box()
        page.mouse.click(box["x"] + xy["x"], box["y"] + xy["y"])
        page.wait_for_timeout(200)
    page.wait_for_timeout(500)

    assert dialogs == [], "a script from a label ran"
    assert page.evaluate("() => document.querySelectorAll('img, iframe, object, embed').length") == 0
    assert page.evaluate("() => document.scripts.length") == 3
    assert page.inner_text("#pc-title").endswith(HOSTILE[0])
    details = page.inner_text("#pc-details")
    assert HOSTILE[2] in details  # the last node clicked: the body reported to, named by a hostile label
    assert HOSTILE[0] in details  # its evidence
    assert not attempted and not errors
    page.screenshot(path=str(ARTIFACTS / "chain-hostile-labels.png"))
    page.close()


def test_a_view_of_2000_nodes_renders(offline, tmp_path):
    context, attempted = offline
    task = PCID + "task/big/1"
    edges = []
    for i in range(1, 1000):
        body = f"{PCID}body/big/b{i}"
        edges.append(ChainEdge(task, "Nhiệm vụ lớn", "coordinate" if i % 7 else "lead", body, f"Cơ quan số {i}", None))
        edges.append(ChainEdge(body, f"Cơ quan số {i}", "reportsTo", f"{PCID}body/big/p{i}", f"Cấp trên {i}", None))
    edges.append(ChainEdge(task, "Nhiệm vụ lớn", "document", f"{PCID}doc/big/1", "Đề án lớn", None))
    chain = Chain(task, "Nhiệm vụ lớn", edges)
    nodes, n_edges = expected_counts(chain)
    assert nodes == 2000
    page, dialogs, errors = open_view(context, chain_html(chain, tmp_path / "big.html"))
    assert page.evaluate(DRAWN) == {"nodes": nodes, "edges": n_edges, "positions": nodes}
    ink = page.evaluate(INK)
    assert ink["ink"] > 0
    assert not attempted and not errors
    page.close()
