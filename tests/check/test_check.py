"""`phancong check`: zero errors on the seed graph, each problem named on a broken one (issue 4)."""

from __future__ import annotations

import json
import shutil

import pytest

from phancong.check.integrity import run_checks
from phancong.cli import main
from phancong.store.embedded import EmbeddedStore

BROKEN = """
<https://w3id.org/phancong/id/target/broken/1> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/phancong/ontology#Target> .
<https://w3id.org/phancong/id/target/broken/1> <https://w3id.org/phancong/ontology#unit> <https://w3id.org/phancong/vocab/unit/percent> .
<https://w3id.org/phancong/id/target/broken/1> <https://w3id.org/phancong/ontology#comparator> <https://w3id.org/phancong/vocab/comparator/at-least> .
<https://w3id.org/phancong/id/target/broken/1> <http://www.w3.org/ns/prov#wasDerivedFrom> <https://w3id.org/phancong/id/source/broken> .
<https://w3id.org/phancong/id/assignment/broken/1> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/phancong/ontology#Assignment> .
<https://w3id.org/phancong/id/assignment/broken/1> <https://w3id.org/phancong/ontology#task> <https://w3id.org/phancong/id/task/001_71a5b6d91341e01c/28> .
<https://w3id.org/phancong/id/assignment/broken/1> <https://w3id.org/phancong/ontology#role> <https://w3id.org/phancong/vocab/role/lead> .
<https://w3id.org/phancong/id/assignment/broken/1> <http://www.w3.org/ns/prov#wasDerivedFrom> <https://w3id.org/phancong/id/source/broken> .
"""  # noqa: E501 - N-Triples: one triple per line, whatever its length


@pytest.fixture(scope="module")
def broken_store_path(tmp_path_factory, seed_store_path):
    path = tmp_path_factory.mktemp("broken") / "store"
    shutil.copytree(seed_store_path, path)
    store = EmbeddedStore(path)
    store.replace_ntriples("https://w3id.org/phancong/id/source/broken", BROKEN)
    store.flush()
    del store
    return path


def test_the_seed_graph_has_no_errors(seed_store):
    report = run_checks(seed_store)
    assert report.errors == [], report.text()
    assert "SHACL shapes" in report.ran and "declared-vs-found" in report.ran
    # the one declared-vs-found mismatch of the seeds: "11 nhiệm vụ và giải pháp" lists none of them
    assert [f.check for f in report.warnings if f.check == "declared-vs-found"] == ["declared-vs-found"]


def test_a_broken_graph_reports_each_problem_by_name(broken_store_path):
    report = run_checks(EmbeddedStore(broken_store_path, read_only=True), reasoner=False)
    text = report.text()
    target = "https://w3id.org/phancong/id/target/broken/1"
    assignment = "https://w3id.org/phancong/id/assignment/broken/1"
    assert any(f.resource == target and "value" in f.message.lower() for f in report.errors), text
    assert any(f.resource == assignment and "body" in f.message.lower() for f in report.errors), text
    assert {f.check for f in report.errors} >= {"shacl", "target-without-value", "assignment-without-body"}


def test_cli_check_exit_status(seed_store_path, broken_store_path, capsys):
    assert main(["check", "--store", str(seed_store_path), "--no-reasoner"]) == 0
    capsys.readouterr()
    assert main(["check", "--store", str(broken_store_path), "--no-reasoner", "--format", "json"]) == 1
    out = json.loads(capsys.readouterr().out)
    assert out["errors"] >= 4


def test_a_news_text_that_names_no_document_builds_a_graph_check_accepts(tmp_path, capsys):
    # made up: duties and a unit-less figure, and two documents that share a bare number in one year
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "tin.txt").write_text(
        "Sở Y tế tổ chức tập huấn cho cán bộ y tế cơ sở; Ủy ban nhân dân các huyện bố trí kinh phí.\n\n"
        "Phấn đấu đạt chuẩn mức 1 vào năm 2027.\n\n"
        "Ban Thường vụ Tỉnh ủy đã ban hành Chỉ thị số 01 ngày 3/2/2026 và Hướng dẫn số 01 ngày 9/2/2026.\n",
        encoding="utf-8",
    )
    store = tmp_path / "store"
    assert main(["build", str(corpus), "--store", str(store)]) == 0
    capsys.readouterr()
    assert main(["check", "--store", str(store), "--no-reasoner", "--format", "json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["errors"] == 0  # a task the text ties to no document is a warning at most, not an error


def test_two_documents_sharing_a_bare_number_and_a_year_are_two_graph_nodes():
    from phancong.rdf.iri import document_iri

    assert document_iri("Directive", "01", "2026-02-03", "Nghệ An") != document_iri(
        "Other", "01", "2026-02-09", "Nghệ An"
    )
