"""The visual views (issue 5): what a chain, body, document or network page shows, that it needs no
network, that labels from documents stay text, and the comparison chart."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import pytest

from phancong.api import Chain, ChainEdge
from phancong.cli import main
from phancong.views.graph import LARGE
from phancong.views.kinds import (
    chain_html,
    chain_view,
    compare_chart,
    render_body_html,
    render_chain_html,
    render_document_html,
    render_network_html,
)

PCID = "https://w3id.org/phancong/id/"
ROOT = Path(__file__).resolve().parents[2]
HOSTILE = ["<img src=x onerror=alert(1)>", '"><script>alert(1)</script>', "</script><script>alert(1)</script>"]


def page_data(html: str) -> dict:
    """The JSON the page script reads (from <script type="application/json" id="pc-data">)."""
    m = re.search(r'<script type="application/json" id="pc-data">(.*?)</script>', html, re.S)
    assert m, "the page carries its data in a JSON script element"
    return json.loads(m.group(1))


class Markup(HTMLParser):
    """The elements of a page as an HTML parser sees them."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.styles: list[str] = []
        self._in_style = False
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_style = tag == "style"

    def handle_endtag(self, tag):
        self._in_style = False

    def handle_data(self, data):
        if self._in_style:
            self.styles.append(data)


def hostile_chain() -> Chain:
    task = PCID + "task/evil_source/1"
    body = PCID + "body/evil/ban-1"
    boss = PCID + "body/evil/ban-2"
    doc = PCID + "doc/evil/1"
    return Chain(
        task=task,
        task_label=HOSTILE[0],
        edges=[
            ChainEdge(task, HOSTILE[0], "lead", body, HOSTILE[1], HOSTILE[2]),
            ChainEdge(body, HOSTILE[1], "reportsTo", boss, HOSTILE[2], HOSTILE[0]),
            ChainEdge(task, HOSTILE[0], "document", doc, "Đề án số 1-ĐA/TU " + HOSTILE[1], None),
        ],
    )


@pytest.fixture(scope="module")
def report_chain(kg):
    return kg.chain("tong hop bao cao")


def labels_by_iri(data: dict) -> dict[str, str]:
    return {n["id"]: data["details"][n["id"]]["name"] for n in data["nodes"]}


def edges_named(data: dict) -> set[tuple[str, str, str]]:
    names = labels_by_iri(data)
    return {(names[e["from"]], e["title"].split("\n")[0], names[e["to"]]) for e in data["edges"]}


# ------------------------------------------------------------------ the chain view
def test_chain_view_of_tong_hop_bao_cao_shows_lead_reported_to_committee_and_scheme(report_chain):
    data = page_data(render_chain_html(report_chain))
    names = set(labels_by_iri(data).values())
    assert {
        "Ban Tổ chức Tỉnh ủy Tuyên Quang",
        "Ban Thường vụ Tỉnh ủy Tuyên Quang",
        "Tỉnh ủy Tuyên Quang",
        "Đề án số 03-ĐA/TU",
    } <= names
    task = data["details"][report_chain.task]["name"]
    edges = edges_named(data)
    assert (task, "chủ trì / lead", "Ban Tổ chức Tỉnh ủy Tuyên Quang") in edges
    assert ("Ban Tổ chức Tỉnh ủy Tuyên Quang", "báo cáo / reports to", "Ban Thường vụ Tỉnh ủy Tuyên Quang") in edges
    assert ("Đề án số 03-ĐA/TU", "ban hành bởi / issued by", "Tỉnh ủy Tuyên Quang") in edges


def test_chain_view_colours_bodies_by_role_and_says_so_in_the_legend(report_chain):
    view = chain_view(report_chain)
    styles = {n.name: n.style for n in view.nodes.values()}
    assert styles["Ban Tổ chức Tỉnh ủy Tuyên Quang"] == "body-lead"
    assert styles["Ban Thường vụ Tỉnh ủy Tuyên Quang"] == "body-superior"
    assert styles["Tỉnh ủy Tuyên Quang"] == "body-issuer"
    assert styles["Đề án số 03-ĐA/TU"] == "document"
    legend = page_data(render_chain_html(report_chain))["legend"]
    assert "Cơ quan chủ trì / Lead body" in [i["label"] for i in legend["nodes"]]
    assert "chủ trì / lead" in [i["label"] for i in legend["edges"]]


def test_chain_view_is_layered_from_the_task_up_to_the_issuing_committee(report_chain):
    data = page_data(render_chain_html(report_chain))
    y = {n["id"]: n["y"] for n in data["nodes"]}
    names = {v: k for k, v in labels_by_iri(data).items()}
    assert data["options"]["physics"]["enabled"] is False
    # drawn bottom-up: task lowest, then the lead body, the body it reports to, the committee on top
    order = [
        report_chain.task,
        names["Ban Tổ chức Tỉnh ủy Tuyên Quang"],
        names["Ban Thường vụ Tỉnh ủy Tuyên Quang"],
        names["Tỉnh ủy Tuyên Quang"],
    ]
    assert [y[n] for n in order] == sorted((y[n] for n in order), reverse=True)
    assert len(set(y[n] for n in order)) == 4


def test_chain_view_gives_the_evidence_sentence_and_the_source_of_the_lead(report_chain):
    data = page_data(
        render_chain_html(report_chain, source_href=lambda iri: "https://example.org/src/" + iri.rsplit("/", 1)[-1])
    )
    body = next(d for d in data["details"].values() if d["name"] == "Ban Tổ chức Tỉnh ủy Tuyên Quang")
    lead = next(ev for ev in body["evidence"] if "chủ trì / lead" in ev["role"].split("; "))
    assert "tổng hợp báo cáo theo định kỳ hằng năm" in lead["text"]
    assert lead["source"] == PCID + "source/001_71a5b6d91341e01c"
    assert lead["href"] == "https://example.org/src/001_71a5b6d91341e01c"
    assert data["source"] == {
        "iri": PCID + "source/001_71a5b6d91341e01c",
        "href": "https://example.org/src/001_71a5b6d91341e01c",
    }


def test_without_source_href_the_source_is_plain_text(report_chain):
    data = page_data(render_chain_html(report_chain))
    assert data["source"] == {"iri": PCID + "source/001_71a5b6d91341e01c", "href": None}


def test_a_source_href_that_is_not_http_or_file_is_refused(report_chain):
    with pytest.raises(ValueError, match="javascript:alert"):
        render_chain_html(report_chain, source_href=lambda iri: "javascript:alert(1)")


def test_chain_page_loads_nothing_from_the_network(report_chain):
    html = render_chain_html(report_chain)
    page = Markup(html)
    scripts = [a for t, a in page.tags if t == "script"]
    assert len(scripts) == 3 and not any("src" in a for a in scripts)
    assert not [a for t, a in page.tags if t in ("link", "iframe", "img", "object", "embed")]
    assert not [a for t, a in page.tags if "src" in a or "href" in a]
    for css in page.styles:
        assert not re.search(r"@import|url\(\s*['\"]?(https?:)?//", css)
    csp = next(a["content"] for t, a in page.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy")
    assert "connect-src 'none'" in csp and "default-src 'none'" in csp
    assert "vis-network" in html and "window.phancongNetwork" in html  # the library is inlined


def test_chain_html_writes_the_page_creating_folders(report_chain, tmp_path):
    path = chain_html(report_chain, tmp_path / "a" / "b" / "chain.html")
    assert path.read_text(encoding="utf-8") == render_chain_html(report_chain)


# ------------------------------------------------------------------ hostile labels
def test_hostile_labels_appear_only_escaped_in_the_page():
    html = render_chain_html(hostile_chain())
    for text in HOSTILE:
        assert text not in html
    assert "<img" not in html
    assert html.count("</script>") == 3  # the three script elements, nothing closed early
    page = Markup(html)
    assert [t for t, _ in page.tags if t in ("img", "script")] == ["script", "script", "script"]
    assert "\\u003cimg src=x onerror=alert(1)\\u003e" in html


def test_hostile_labels_come_back_as_typed_from_the_page_data():
    data = page_data(render_chain_html(hostile_chain()))
    names = set(labels_by_iri(data).values())
    assert set(HOSTILE) <= names
    assert data["title"].endswith(HOSTILE[0])
    tooltips = " ".join(n["title"] for n in data["nodes"]) + " ".join(e["title"] for e in data["edges"])
    for text in HOSTILE:
        assert text in tooltips  # plain strings: vis-network sets them with innerText


def test_hostile_title_is_escaped_in_the_head():
    html = render_chain_html(hostile_chain())
    head = html[: html.index("</head>")]
    assert "<title>Chuỗi trách nhiệm / Responsibility chain: &lt;img src=x onerror=alert(1)&gt;</title>" in head


# ------------------------------------------------------------------ overview views
def test_portfolio_of_ban_to_chuc_lists_its_lead_tasks_and_whom_it_reports_to(kg):
    data = page_data(render_body_html(kg, "ban to chuc tinh uy tuyen quang"))
    assert data["title"].endswith("Ban Tổ chức Tỉnh ủy Tuyên Quang")
    edges = edges_named(data)
    leads = [a for a, rel, b in edges if rel == "chủ trì / lead" and b == "Ban Tổ chức Tỉnh ủy Tuyên Quang"]
    assert any("tổng hợp báo cáo" in t for t in leads)
    assert ("Ban Tổ chức Tỉnh ủy Tuyên Quang", "báo cáo / reports to", "Ban Thường vụ Tỉnh ủy Tuyên Quang") in edges
    assert any(rel == "phối hợp với / works with" for _, rel, _ in edges)


def test_portfolio_of_an_unknown_body_is_a_clear_error(kg):
    with pytest.raises(LookupError, match="no body matches 'qqq zzz'"):
        render_body_html(kg, "qqq zzz")


def test_document_view_of_de_an_03_goes_from_groups_to_tasks_to_bodies(kg):
    data = page_data(render_document_html(kg, "03-ĐA/TU"))
    kinds = {}
    for n in data["nodes"]:
        kinds.setdefault(data["details"][n["id"]]["kind"], []).append(n["id"])
    groups = kg.sparql(
        "PREFIX pc: <https://w3id.org/phancong/ontology#>\nSELECT ?g ?d WHERE { ?g a pc:TaskGroup ; pc:document ?d }",
        d=PCID + "doc/tuyen-quang/03-da-tu/2021",
    )
    assert sorted(kinds["Nhóm nhiệm vụ / Task group"]) == sorted(r["g"] for r in groups)
    in_group = {e["from"] for e in data["edges"] if e["title"].startswith("thuộc nhóm / in group")}
    assert len(in_group) == 19
    assert any(e["title"].startswith("chủ trì / lead") for e in data["edges"])
    assert "Cơ quan / Body" in kinds


def test_document_view_shows_targets_with_value_unit_and_deadline(kg):
    doc = kg.search("nang cao nang luc lanh dao suc chien dau", kinds=("document",), limit=1)[0].iri
    data = page_data(render_document_html(kg, doc))
    targets = [n["label"] for n in data["nodes"] if data["details"][n["id"]]["kind"] == "Chỉ tiêu / Target"]
    assert "≥ 90% (2025)" in targets


def test_network_of_tuyen_quang_links_bodies_that_share_tasks(kg):
    data = page_data(render_network_html(kg, "tuyen quang"))
    names = labels_by_iri(data)
    assert "Ban Tổ chức Tỉnh ủy Tuyên Quang" in names.values()
    assert all("Tuyên Quang" in name for name in names.values())
    shared = [e for e in data["edges"] if "shared tasks" in e["title"]]
    assert shared and all(names[e["from"]] != names[e["to"]] for e in shared)


def test_network_of_an_unknown_province_names_the_provinces_there_are(kg):
    with pytest.raises(LookupError, match="Tuyên Quang"):
        render_network_html(kg, "Hà Giang")


def test_a_view_above_the_size_threshold_has_fixed_positions_and_no_physics():
    task = PCID + "task/big/1"
    edges = [
        ChainEdge(task, "nhiệm vụ", "coordinate", f"{PCID}body/big/b{i}", f"Cơ quan {i}", None)
        for i in range(LARGE + 50)
    ]
    data = page_data(render_chain_html(Chain(task, "nhiệm vụ", edges)))
    assert len(data["nodes"]) == LARGE + 51
    assert data["options"]["physics"]["enabled"] is False
    assert all("x" in n and "y" in n and n["physics"] is False for n in data["nodes"])
    assert len({(n["x"], n["y"]) for n in data["nodes"]}) == len(data["nodes"])  # no two nodes on one spot


def test_small_layered_views_do_not_put_two_nodes_on_top_of_each_other(report_chain):
    view = chain_view(report_chain)
    data = page_data(render_chain_html(report_chain))
    from phancong.views.layout import node_size

    boxes = []
    for n in data["nodes"]:
        w, h = node_size(n["label"], n["shape"], n["widthConstraint"]["maximum"])
        boxes.append((n["x"] - w / 2, n["y"] - h / 2, n["x"] + w / 2, n["y"] + h / 2))
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            assert a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1], (a, b)
    assert len(view.nodes) == len(data["nodes"])


# ------------------------------------------------------------------ the comparison chart
def test_compare_chart_is_svg_with_the_provinces_and_targets_told_apart_from_statistics(kg, tmp_path):
    rows = kg.compare("party-members-rated-good")
    assert {r.kind for r in rows} == {"target", "statistic"}
    path = compare_chart(rows, tmp_path / "charts" / "compare.svg", title="Đảng viên hoàn thành tốt nhiệm vụ")
    root = ET.parse(path).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    texts = [t.text or "" for t in root.iter("{http://www.w3.org/2000/svg}text")]
    joined = "\n".join(texts)
    for name in (
        "Bắc Kạn",
        "Quảng Ninh",
        "Chỉ tiêu / Target",
        "Số liệu đạt được / Reported statistic",
        "Đảng viên hoàn thành tốt nhiệm vụ",
        "≥ 90%",
        "hạn / by 2025",
    ):
        assert name in joined


def test_compare_chart_draws_a_range_as_a_bar_from_lower_to_upper_and_keeps_labels_as_text(tmp_path):
    rows = [
        {
            "kind": "target",
            "province": "Hà Nội",
            "document": "Nghị quyết $x$ <b>1</b>",
            "comparator": "range",
            "value": 7.5,
            "upper": 8.0,
            "unit": "percent",
            "deadline": 2030,
        },
        {
            "kind": "statistic",
            "province": "Đắk Lắk",
            "document": None,
            "comparator": "exactly",
            "value": 44.56,
            "unit": "percent",
            "as_of": "2020",
        },
    ]
    root = ET.parse(compare_chart(rows, tmp_path / "range.svg")).getroot()
    texts = "\n".join(t.text or "" for t in root.iter("{http://www.w3.org/2000/svg}text"))
    assert "Nghị quyết $x$ <b>1</b>" in texts  # no mathtext, no markup
    assert "7,5–8%" in texts and "44,56%" in texts and "Đắk Lắk" in texts and "tính đến / as of 2020" in texts


def test_compare_chart_refuses_a_non_svg_name(tmp_path):
    with pytest.raises(ValueError, match="chart.png"):
        compare_chart([], tmp_path / "chart.png")


# ------------------------------------------------------------------ the command line
@pytest.fixture(scope="module")
def cli_store(tmp_path_factory) -> str:
    """The seed corpus built by the command line into a store of its own (the CLI opens stores read-only)."""
    path = tmp_path_factory.mktemp("viz-cli-store")
    assert main(["build", str(ROOT / "corpus"), "--store", str(path), "--quiet"]) == 0
    return str(path)


def test_phancong_view_writes_body_document_and_network_pages(cli_store, tmp_path, capsys):
    out = tmp_path / "views"
    assert (
        main(
            ["view", "body", "Ban Tổ chức Tỉnh ủy Tuyên Quang", "--html", str(out / "body.html"), "--store", cli_store]
        )
        == 0
    )
    assert main(["view", "document", "03-ĐA/TU", "--html", str(out / "doc.html"), "--store", cli_store]) == 0
    assert (
        main(["view", "network", "--province", "Tuyen Quang", "--html", str(out / "net.html"), "--store", cli_store])
        == 0
    )
    titles = [
        page_data((out / name).read_text(encoding="utf-8"))["title"] for name in ("body.html", "doc.html", "net.html")
    ]
    assert titles == [
        "Nhiệm vụ của cơ quan / Portfolio of: Ban Tổ chức Tỉnh ủy Tuyên Quang",
        "Cấu trúc văn bản / Document structure: Đề án số 03-ĐA/TU",
        "Mạng lưới cơ quan / Network of bodies: Tuyên Quang",
    ]
    assert capsys.readouterr().err.count("wrote ") == 3


def test_phancong_view_says_what_is_missing(cli_store, tmp_path, capsys):
    assert main(["view", "body", "--html", str(tmp_path / "x.html"), "--store", cli_store]) == 2
    assert "needs a body" in capsys.readouterr().err
    assert main(["view", "document", "qqqq zzzz", "--html", str(tmp_path / "x.html"), "--store", cli_store]) == 1
    assert "error: no document matches" in capsys.readouterr().err
    assert not (tmp_path / "x.html").exists()


def test_chain_html_and_compare_chart_from_the_command_line(cli_store, tmp_path):
    assert main(["chain", "tong hop bao cao", "--html", str(tmp_path / "chain.html"), "--store", cli_store]) == 0
    data = page_data((tmp_path / "chain.html").read_text(encoding="utf-8"))
    assert "Ban Tổ chức Tỉnh ủy Tuyên Quang" in {d["name"] for d in data["details"].values()}
    assert main(["compare", "party-members-rated-good", "--chart", str(tmp_path / "c.svg"), "--store", cli_store]) == 0
    texts = [t.text for t in ET.parse(tmp_path / "c.svg").getroot().iter("{http://www.w3.org/2000/svg}text")]
    # the title, wrapped to the chart's width, is its lines in order
    assert (
        "Chỉ số / Indicator: Đảng viên hoàn thành tốt nhiệm vụ trở lên / Party members rated good or better"
        in " ".join(t or "" for t in texts)
    )


def test_a_large_network_view_has_fixed_positions_spread_apart():
    from phancong.views.graph import View, ViewEdge, ViewNode, view_data

    view = View(title="lớn", layout="force")
    ids = [f"{PCID}body/big/{i}" for i in range(LARGE + 200)]
    for i, n in enumerate(ids):
        view.add_node(ViewNode(n, f"Cơ quan {i}", "body", "body"))
    for i in range(1, len(ids) - 40):  # one big component (a hub with spokes and a ring), and 40 loners
        view.edges.append(ViewEdge(ids[0], ids[i], "sharedTask", weight=2))
        view.edges.append(ViewEdge(ids[i], ids[i + 1], "sharedTask"))
    data = view_data(view)
    assert data["options"]["physics"]["enabled"] is False and data["stabilize"] is False
    spots = {(round(n["x"]), round(n["y"])) for n in data["nodes"]}
    assert len(spots) == len(ids)
