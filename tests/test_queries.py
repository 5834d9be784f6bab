"""The SPARQL catalogue: every query documented, run against the seed graph, and compared
with its expected result (queries/NAME.expected.json); integrity checks return nothing."""

from __future__ import annotations

import json

import pytest

from phancong.catalogue_check import expected_path, result_of
from phancong.queries import QUERIES_DIR, catalogue, load_query, run_query
from phancong.store import StoreError

QUERIES = catalogue(include_checks=False)
CHECKS = sorted((QUERIES_DIR / "checks").glob("*-violation.rq"))


def test_the_catalogue_has_the_questions_the_issue_names():
    names = {q.name for q in QUERIES}
    assert {"owner-of-task", "tasks-of-body", "responsibility-chain", "targets-of-document", "compare-indicator",
            "documents-citing", "tasks-without-lead", "declared-vs-found"} <= names


@pytest.mark.parametrize("q", QUERIES, ids=lambda q: q.name)
def test_every_query_opens_with_a_header_in_vietnamese_and_english(q):
    assert q.text.startswith("#+ summary:")
    assert " / " in q.summary, "summary: English / Vietnamese"
    assert q.example.startswith("phancong query " + q.name)
    assert set(q.defaults) == set(q.params), "every parameter has a default example value"


@pytest.mark.parametrize("q", QUERIES, ids=lambda q: q.name)
def test_every_query_gives_its_expected_result_on_the_seed_graph(seed_store, q):
    path = expected_path(q)
    assert path.exists(), f"{path.name} is missing: python -m phancong.catalogue_check --store STORE --write"
    expected = json.loads(path.read_text(encoding="utf-8"))
    assert result_of(seed_store, q) == expected
    if q.params:
        assert expected, "the default parameters should give rows"


@pytest.mark.parametrize("path", CHECKS, ids=lambda p: p.stem)
def test_the_seed_graph_breaks_no_integrity_check(seed_store, path):
    assert run_query(seed_store, load_query(path)) == []


def test_an_unknown_parameter_is_refused(seed_store):
    with pytest.raises(ValueError, match="unknown parameter"):
        run_query(seed_store, "owner-of-task", {"tsak": "x"})


def test_a_missing_query_is_named(seed_store):
    with pytest.raises(FileNotFoundError, match="no-such-query"):
        load_query("no-such-query")


def test_a_syntax_error_is_a_clear_store_error(seed_store):
    with pytest.raises(StoreError, match="SPARQL syntax error"):
        seed_store.select("SELECT WHERE {")


HOSTILE = ['"', "'", '"""', "\\", "}", "{", "#", "\n", "\\u0022", "\\\"", "> } ; DROP ALL ; #",
           '" . } INSERT DATA { <x> <y> <z> } #', "tổng hợp", "\u0000x"]


@pytest.mark.parametrize("value", HOSTILE)
def test_parameters_are_bound_values_never_pasted(seed_store, value):
    """A hostile string bound to ?task is a literal that matches nothing, and nothing is executed."""
    before = len(seed_store)
    assert run_query(seed_store, "owner-of-task", {"task": value}) == []
    rows = seed_store.select("SELECT ?x WHERE { BIND(?x AS ?y) }", {"x": value})
    assert rows == [{"x": value}]
    assert len(seed_store) == before
