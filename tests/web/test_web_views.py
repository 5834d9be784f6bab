"""Issue 15 (facets, the province map, readable graph views, entity pages with every link) on the pages as the
server renders them: what a reader asks of the search, compare, body and resource pages, and of the views.
The same in Chromium: tests/web/test_browser_views.py."""

from __future__ import annotations

import csv
import json
import re
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import parse_qs, quote, urlsplit

import pytest
from fastapi.testclient import TestClient

from phancong.web.app import create_app

ROOT = Path(__file__).resolve().parents[2]
PCID = "https://w3id.org/phancong/id/"
DEAN = PCID + "doc/tuyen-quang/03-da-tu/2021"
PREFIXES = """PREFIX pc: <https://w3id.org/phancong/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
"""


def q(iri: str) -> str:
    return quote(iri, safe="")


class Tags(HTMLParser):
    """Every start tag with its attributes, and the text inside each element with an id."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)

    def links(self, cls: str | None = None) -> list[str]:
        return [
            a["href"] for t, a in self.tags if t == "a" and a.get("href") and (cls is None or a.get("class") == cls)
        ]


@pytest.fixture(scope="module")
def client(seed_store):
    with TestClient(create_app(seed_store, query_timeout=20), base_url="http://localhost") as c:
        yield c


def page(client, path: str, status: int = 200) -> tuple[str, Tags]:
    r = client.get(path)
    assert r.status_code == status, (path, r.status_code, r.text[:400])
    return r.text, Tags(r.text)


def section(html: str, ident: str) -> str:
    """The HTML of the element with this id (up to the next element of the same kind at its level)."""
    m = re.search(r'<(section|aside|div)[^>]*\bid="%s"[^>]*>(.*?)</\1>' % re.escape(ident), html, re.S)
    assert m, f"no element #{ident}"
    return m.group(2)


def hits(html: str, kind: str) -> list[str]:
    return (
        re.findall(r'<a class="hit-label" href="([^"]+)"', section(html, f"results-{kind}"))
        if f'id="results-{kind}"' in html
        else []
    )


# ------------------------------------------------------------------ facets
def test_a_province_facet_narrows_the_search_and_says_how_many_each_province_has(client, kg):
    html, tags = page(client, "/search?q=bao+cao")
    facet = section(html, "facet-province")
    counts = dict(re.findall(r'>([^<>]+?) <span class="count">(\d+)</span>', facet))
    assert {"Tuyên Quang", "Quảng Ninh"} <= set(counts)
    link = next(h for h in tags.links() if "province=Qu%E1%BA%A3ng+Ninh" in h and "offset" not in h)
    narrowed, _ = page(client, link.replace("&amp;", "&"))
    shown = sum(len(hits(narrowed, k)) for k in ("task", "body", "document", "indicator"))
    everything = sum(len(hits(html, k)) for k in ("task", "body", "document", "indicator"))
    assert 0 < shown == int(counts["Quảng Ninh"]) < everything
    # every hit left is in Quảng Ninh: the API's own province filter agrees, kind by kind
    for kind in ("task", "body", "document", "indicator"):
        want = {h.iri for h in kg.search("bao cao", (kind,), 500, province="Quảng Ninh")}
        got = {parse_qs(urlsplit(h).query).get("iri", [None])[0] for h in hits(narrowed, kind)}
        if kind == "indicator":
            got = {h for h in hits(narrowed, kind)}
            assert len(got) == len(want)
        else:
            assert got == want, kind


def test_a_province_named_since_2025_filters_by_the_provinces_merged_into_it(client):
    html, _ = page(client, "/compare?indicator=party-members-rated-good&province=Th%C3%A1i+Nguy%C3%AAn")
    rows = re.findall(r'<tr class="province-row"[^>]*>\s*<th scope="row">([^<]+)', html)
    assert rows == ["Bắc Kạn"]  # Bắc Kạn is part of Thái Nguyên since 1 July 2025
    html, _ = page(client, "/search?q=bao+cao&province=Xy+Zw", status=404)
    assert "unknown province" in html


@pytest.mark.parametrize("facet", ["year", "doctype", "bodytype", "role"])
def test_each_facet_value_leaves_exactly_the_hits_it_counts(client, facet):
    html, tags = page(client, "/search?q=bao+cao")
    body = section(html, f"facet-{facet}")
    values = re.findall(r'<a href="([^"]+)">([^<]+?) <span class="count">(\d+)</span>', body)
    assert values, f"no value of the {facet} facet"
    for href, _name, n in values:
        narrowed, _ = page(client, href.replace("&amp;", "&"))
        assert sum(len(hits(narrowed, k)) for k in ("task", "body", "document", "indicator")) == int(n), href
        assert f"{facet}=" in href  # the filter is in the URL: the page is a link


def test_the_role_facet_finds_the_tasks_a_body_leads(client, kg):
    html, _ = page(client, "/search?q=tong+hop+bao+cao&kind=task&role=lead")
    tasks = {parse_qs(urlsplit(h.replace("&amp;", "&")).query)["iri"][0] for h in hits(html, "task")}
    assert tasks
    for t in tasks:
        assert any(o.role == "lead" for o in kg.owner(t))


def test_search_pages_past_ten_hits_and_back(client, kg):
    every = kg.search("đảng", ("task",), 500)
    assert len(every) > 25
    html, tags = page(client, "/search?q=%C4%91%E1%BA%A3ng&kind=task")
    first = hits(html, "task")
    assert len(first) == 25 and f"/ {len(every)}" in section(html, "results-task")
    nxt = next(h for h in tags.links("next"))
    html2, tags2 = page(client, nxt.replace("&amp;", "&"))
    second = hits(html2, "task")
    assert second and not set(second) & set(first)
    assert any("offset" not in h for h in tags2.links("prev"))
    # ten a kind on the mixed page, with a link to the rest
    html, tags = page(client, "/search?q=%C4%91%E1%BA%A3ng")
    assert len(hits(html, "task")) == 10 and any("kind=task" in h for h in tags.links("next"))


def test_compare_facets_count_the_figures_and_filter_the_table(client):
    html, tags = page(client, "/compare?indicator=party-members-rated-good")
    body = section(html, "facet-bodytype")
    values = re.findall(r'<a href="([^"]+)">([^<]+?) <span class="count">(\d+)</span>', body)
    assert values
    for href, _name, n in values:
        narrowed, _ = page(client, href.replace("&amp;", "&"))
        data = json.loads(re.search(r'id="compare-data">(.*?)</script>', narrowed, re.S).group(1))
        assert len(data) == int(n)


# ------------------------------------------------------------------ the province map
def tiles_file() -> list[dict]:
    with open(ROOT / "data" / "province-tiles.csv", encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def test_the_tile_map_holds_every_province_of_the_merger_table_exactly_once_one_a_cell():
    with open(ROOT / "data" / "provinces-2025.csv", encoding="utf-8", newline="") as f:
        merger = list(csv.DictReader(f))
    tiles = tiles_file()
    for which, names in (("pre2025", [r["old_name"] for r in merger]), ("2025", {r["new_name"] for r in merger})):
        mine = [t for t in tiles if t["map"] == which]
        assert Counter(t["name"] for t in mine) == Counter(set(names)), which  # each once, none missing or extra
        cells = Counter((int(t["col"]), int(t["row"])) for t in mine)
        assert max(cells.values()) == 1, f"{which}: two provinces on one tile"
    assert {t["map"] for t in tiles} == {"pre2025", "2025"}
    readme = (ROOT / "data" / "README.md").read_text(encoding="utf-8")
    assert "province-tiles.csv" in readme and "Source:" in readme.split("province-tiles.csv", 1)[1]


def test_the_tile_map_is_roughly_geographic():
    """North above south: Hà Nội above Huế above Hồ Chí Minh, Cà Mau at the bottom, Lạng Sơn east of Điện Biên."""
    for which in ("2025", "pre2025"):
        pos = {t["name"]: (int(t["col"]), int(t["row"])) for t in tiles_file() if t["map"] == which}
        assert pos["Hà Nội"][1] < pos["Huế"][1] < pos["Hồ Chí Minh"][1] < pos["Cà Mau"][1]
        assert pos["Điện Biên"][0] < pos["Lạng Sơn"][0]
        assert pos["Cà Mau"][1] == max(r for _, r in pos.values())


def map_tiles(html: str) -> dict[str, str]:
    return dict(re.findall(r'class="tile[^"]*" data-province="([^"]+)" data-status="([^"]+)"', html))


def test_the_map_colours_the_provinces_with_figures_and_switches_to_the_63(client):
    html, tags = page(client, "/compare?indicator=party-members-rated-good")
    tiles = map_tiles(html)
    assert len(tiles) == 34
    coloured = {name for name, status in tiles.items() if status != "none"}
    assert coloured == {"Quảng Ninh", "Thái Nguyên"}  # Bắc Kạn's figures are Thái Nguyên's since 2025
    assert tiles["Quảng Ninh"] == "no data"  # a target and no statistic on the same subject and period
    switch = next(h for h in tags.links() if "map=pre2025" in h)
    html, _ = page(client, switch.replace("&amp;", "&"))
    tiles = map_tiles(html)
    assert len(tiles) == 63
    assert {name for name, status in tiles.items() if status != "none"} == {"Quảng Ninh", "Bắc Kạn"}


def test_a_map_tile_links_to_the_page_filtered_to_its_province(client):
    html, _ = page(client, "/compare?indicator=party-members-rated-good")
    href = re.search(r'<a href="([^"]+)" class="tile[^"]*" data-province="Quảng Ninh"', html).group(1)
    html, _ = page(client, href.replace("&amp;", "&"))
    rows = re.findall(r'<tr class="province-row"[^>]*>\s*<th scope="row">([^<]+)', html)
    assert rows and set(rows) == {"Quảng Ninh"}


# ------------------------------------------------------------------ entity pages
def test_the_body_page_lists_the_tasks_it_is_named_a_partner_in(client, seed_store):
    rows = seed_store.select(PREFIXES + """SELECT ?body ?task WHERE { ?a pc:partner ?body ; pc:task ?task }""")
    assert rows
    by_body: dict[str, set[str]] = {}
    for r in rows:
        by_body.setdefault(r["body"], set()).add(r["task"])
    for body, tasks in by_body.items():
        html, _ = page(client, f"/body?iri={q(body)}")
        part = section(html, "tasks-partner")
        assert {f"/task?iri={q(t)}" for t in tasks} <= set(re.findall(r'href="([^"]+)"', part)), body


def test_the_body_page_lists_the_tasks_reported_to_it(client, seed_store):
    body = PCID + "body/tuyen-quang/ban-thuong-vu-tinh-uy"
    rows = seed_store.select(
        PREFIXES
        + """SELECT DISTINCT ?task WHERE {
        ?via pc:reportsTo|pc:accountableTo <%s> . ?a pc:body ?via ; pc:task ?task }"""
        % body
    )
    assert rows
    html, _ = page(client, f"/body?iri={q(body)}")
    links = set(re.findall(r'href="([^"]+)"', section(html, "tasks-reportedTo")))
    assert {f"/task?iri={q(r['task'])}" for r in rows} <= links


@pytest.mark.slow
def test_every_iri_of_the_seed_graph_resolves_to_a_page(client, seed_store):
    iris = sorted(
        {
            r["i"]
            for r in seed_store.select(
                "SELECT DISTINCT ?i WHERE { { ?i ?p ?o } UNION { ?s ?i ?o } UNION { ?s ?p ?i } FILTER(isIRI(?i)) }"
            )
        }
    )
    assert len(iris) > 1000
    assert any("/province/pre2025/" in i for i in iris) and any("/province/" in i for i in iris)
    failed = []
    for iri in iris:
        r = client.get(f"/resource?iri={q(iri)}")
        if r.status_code != 200 or "text/html" not in r.headers["content-type"]:
            failed.append((iri, r.status_code))
    assert failed == []


def test_a_province_page_names_its_merger_and_what_is_in_it(client, seed_store):
    html, tags = page(client, f"/resource?iri={q(PCID + 'province/pre2025/bac-kan')}")
    text = re.sub(r"\s+", " ", "".join(tags.text))
    assert "Bắc Kạn" in text and "Thái Nguyên" in text
    docs = seed_store.select(
        PREFIXES
        + """SELECT ?d WHERE { ?d pc:province <%sprovince/pre2025/bac-kan> ;
        pc:documentType ?t }"""
        % PCID
    )
    assert docs and all(f"/resource?iri={q(d['d'])}" in tags.links() for d in docs)
    html, tags = page(client, f"/resource?iri={q(PCID + 'province/thai-nguyen')}")
    assert "Bắc Kạn" in "".join(tags.text)  # formed from Bắc Kạn and Thái Nguyên


# ------------------------------------------------------------------ graph views
def view_data(client, path: str) -> dict:
    html = client.get(path).text
    return json.loads(re.search(r'<script type="application/json" id="pc-data">(.*?)</script>', html, re.S).group(1))


def test_graph_labels_are_short_and_the_full_text_is_in_the_details(client, kg):
    data = view_data(client, f"/view/document?iri={q(DEAN)}")
    long = [n for n in data["nodes"] if len(data["details"][n["id"]]["name"]) > 80]
    assert long, "the scheme has tasks longer than a label"
    for n in data["nodes"]:
        assert len(n["label"]) <= 64
    for n in long:
        assert data["details"][n["id"]]["name"] in n["title"]  # the tooltip has the whole text


def test_the_details_of_a_document_list_its_tasks_one_a_line(client):
    data = view_data(client, f"/view/document?iri={q(DEAN)}")
    facts = dict((k, v) for k, v in data["details"][DEAN]["facts"])
    contains = next(v for k, v in facts.items() if k.startswith("gồm"))
    assert isinstance(contains, list) and len(contains) > 3
    names = {d["name"] for d in data["details"].values()}
    assert all(item in names or item.startswith("… (+") for item in contains)  # each item one whole name


def test_graph_views_have_no_navigation_buttons_over_the_canvas(client):
    html = client.get(f"/view/document?iri={q(DEAN)}").text
    data = view_data(client, f"/view/document?iri={q(DEAN)}")
    assert data["options"]["interaction"]["navigationButtons"] is False
    assert 'id="pc-toolbar"' in html and html.index('id="pc-toolbar"') < html.index('id="pc-network"')


def test_the_body_and_task_pages_load_their_graph_at_once_near_the_top(client):
    for path in (
        f"/body?iri={q(PCID + 'body/tuyen-quang/ban-to-chuc-tinh-uy')}",
        f"/task?iri={q(PCID + 'task/001_71a5b6d91341e01c/28')}",
    ):
        html, tags = page(client, path)
        frames = [a for t, a in tags.tags if t == "iframe"]
        assert frames and "loading" not in frames[0]
        assert html.index("<iframe") < html.index('id="tasks"' if "/body" in path else 'id="owners"')


def test_the_chart_shows_the_figures_the_filtered_table_shows(client):
    html, tags = page(client, "/compare?indicator=party-members-rated-good&province=Qu%E1%BA%A3ng+Ninh")
    src = next(a["src"] for t, a in tags.tags if t == "img" and a.get("class") == "chart")
    svg = client.get(src).text
    assert "Quảng Ninh" in svg and "Bắc Kạn" not in svg
    assert "Bắc Kạn" in client.get("/view/compare.svg?indicator=party-members-rated-good").text


def test_a_relation_drawn_many_times_is_told_by_its_colour_not_a_label_on_each_edge(client):
    data = view_data(client, f"/view/body?iri={q(PCID + 'body/tuyen-quang/ban-to-chuc-tinh-uy')}")
    lead = [e for e in data["edges"] if e["title"].startswith("chủ trì / lead")]
    assert len(lead) > 10
    assert not any("label" in e for e in lead)
    assert all(e["title"] for e in lead)  # the tooltip still names the relation
