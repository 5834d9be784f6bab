"""``phancong stats`` on the seed graph: who carries the lead roles, who sits on the chains, which tasks
have no body, and how documents refer to each other."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from phancong.cli import main
from phancong.stats import compute_stats, format_stats, responsibility_graph

DE_AN_03 = "https://w3id.org/phancong/id/doc/tuyen-quang/03-da-tu/2021"
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def cli_store(tmp_path_factory) -> str:
    """The seed corpus built by the command line into a store of its own: the CLI opens stores read-only,
    which must not race the session store that other fixtures hold open for writing."""
    path = tmp_path_factory.mktemp("stats-cli-store")
    assert main(["build", str(ROOT / "corpus"), "--store", str(path), "--quiet"]) == 0
    return str(path)


@pytest.fixture(scope="module")
def stats(kg):
    return compute_stats(kg)


def test_ban_to_chuc_tinh_uy_tuyen_quang_carries_the_most_lead_roles(stats):
    top = stats.top_leads[0]
    assert top["body_label"] == "Ban Tổ chức Tỉnh ủy Tuyên Quang"
    assert all(top["lead"] > other["lead"] for other in stats.top_leads[1:])


def test_tasks_per_body_counts_each_role_and_the_distinct_tasks(stats, kg):
    rec = next(r for r in stats.tasks_per_body if r["body_label"] == "Ban Tổ chức Tỉnh ủy Tuyên Quang")
    rows = kg.sparql("tasks-of-body", body="https://w3id.org/phancong/id/body/tuyen-quang/ban-to-chuc-tinh-uy")
    roles = [r["role"].rsplit("/", 1)[-1] for r in rows]
    for role in ("lead", "coordinate", "implement", "monitor"):
        assert rec[role] == roles.count(role)
    assert rec["total"] == len({r["task"] for r in rows})


def test_no_task_is_orphaned_the_group_tasks_of_de_an_03_inherit_their_lead(stats, kg):
    group_tasks = kg.sparql(
        "PREFIX pc: <https://w3id.org/phancong/ontology#>\n"
        "SELECT ?task ?doc WHERE { ?task a pc:Task ; pc:taskGroup/pc:document ?doc }",
        doc=DE_AN_03,
    )
    inherited = kg.sparql(
        "PREFIX pc: <https://w3id.org/phancong/ontology#>\n"
        "SELECT ?task WHERE { ?a pc:task ?task ; pc:inherited true ; "
        "pc:role <https://w3id.org/phancong/vocab/role/lead> }"
    )
    assert group_tasks
    assert {r["task"] for r in group_tasks} <= {r["task"] for r in inherited}
    assert stats.orphan_tasks == []


def test_ban_to_chuc_sits_on_the_most_responsibility_chains(stats):
    top = stats.betweenness[0]
    assert top["body_label"] == "Ban Tổ chức Tỉnh ủy Tuyên Quang"
    assert top["betweenness"] > 0 and top["chains_through"] >= 3


def test_betweenness_counts_a_body_in_the_middle_of_a_chain():
    rows = [
        {"from": "t1", "relation": "lead", "to": "b1", "fromLabel": "task 1", "toLabel": "B1"},
        {"from": "t2", "relation": "lead", "to": "b1", "fromLabel": "task 2", "toLabel": "B1"},
        {"from": "b1", "relation": "reportsTo", "to": "b2", "fromLabel": "B1", "toLabel": "B2"},
    ]
    import networkx as nx

    between = nx.betweenness_centrality(responsibility_graph(rows))
    assert between["b1"] > 0 and between["b2"] == 0 and between["t1"] == 0


def test_the_citation_graph_links_de_an_03_to_de_an_02(stats):
    refs = [c for c in stats.citations if c["citing_label"] == "Đề án số 03-ĐA/TU"]
    assert [c["document_label"] for c in refs] == ["Đề án số 02-ĐA/TU"]
    assert refs[0]["relation"] in ("implements", "basedOn", "inheritsFrom", "cites")
    assert any(c["document_label"] == "Đề án số 02-ĐA/TU" and c["in_degree"] == 1 for c in stats.cited)
    keys = [(c["citing"], c["relation"], c["document"]) for c in stats.citations]
    assert len(keys) == len(set(keys))
    assert sum(c["in_degree"] for c in stats.cited) <= len(stats.citations)
    assert stats.totals["citations"] == len(stats.citations)


def test_stats_as_json_parses_and_has_every_table(cli_store, capsys):
    assert main(["stats", "--store", cli_store, "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {"tasks_per_body", "top_leads", "betweenness", "orphan_tasks", "citations", "cited", "totals"}
    assert data["top_leads"][0]["body_label"] == "Ban Tổ chức Tỉnh ủy Tuyên Quang"


def test_stats_as_tables_names_each_question(cli_store, capsys, stats):
    capsys.readouterr()
    assert main(["stats", "--store", cli_store]) == 0
    out = capsys.readouterr().out
    assert out.strip() == format_stats(stats).strip()
    for heading in (
        "Tasks per body by role",
        "Most lead roles",
        "betweenness",
        "Orphan tasks",
        "Document references",
        "in-degree",
    ):
        assert heading in out
