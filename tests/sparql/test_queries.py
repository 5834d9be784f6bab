"""The SPARQL catalogue: every query documented, run against the seed graph, and compared
with its expected result (queries/NAME.expected.json); integrity checks return nothing. Every .rq
under queries/ (the web pages' and the package's own too) parses with rdflib's parser and runs on the
seed graph with its default parameters."""

from __future__ import annotations

import json
import shutil

import pyoxigraph as ox
import pytest
from pyparsing import ParseException
from rdflib import Variable
from rdflib.plugins.sparql import prepareQuery, prepareUpdate

from phancong.check.catalogue import expected_path, result_of
from phancong.sparql.catalogue import QUERIES_DIR, bound_text, catalogue, load_query, named_query, run_query
from phancong.store.embedded import EmbeddedStore, StoreError

QUERIES = catalogue(include_checks=False)
CHECKS = sorted((QUERIES_DIR / "checks").glob("*-violation.rq"))
EVERY_RQ = sorted(QUERIES_DIR.rglob("*.rq"))
# the queries the package runs for itself: the web pages' and the internal ones (not in the catalogue)
OWN = [p for p in EVERY_RQ if p.parent.name in ("web", "internal")]


def _rel(path) -> str:
    return path.relative_to(QUERIES_DIR).with_suffix("").as_posix()


def _parsed(text: str):
    """("query", prepared query) or ("update", prepared update), as rdflib's parser reads the text."""
    try:
        return "query", prepareQuery(text)
    except ParseException as as_query:
        try:
            return "update", prepareUpdate(text)
        except ParseException:
            raise as_query from None


def test_the_catalogue_has_the_questions_the_issue_names():
    names = {q.name for q in QUERIES}
    assert {
        "owner-of-task",
        "tasks-of-body",
        "responsibility-chain",
        "targets-of-document",
        "compare-indicator",
        "documents-citing",
        "tasks-without-lead",
        "declared-vs-found",
    } <= names


@pytest.mark.parametrize("q", QUERIES, ids=lambda q: q.name)
def test_every_query_opens_with_a_header_in_vietnamese_and_english(q):
    assert q.text.startswith("#+ summary:")
    assert " / " in q.summary, "summary: English / Vietnamese"
    assert q.example.startswith("phancong query " + q.name)
    assert set(q.defaults) == set(q.params), "every parameter has a default example value"


@pytest.mark.parametrize("q", QUERIES, ids=lambda q: q.name)
def test_every_query_gives_its_expected_result_on_the_seed_graph(seed_store, q):
    path = expected_path(q)
    assert path.exists(), f"{path.name} is missing: python -m phancong.check.catalogue --store STORE --write"
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


HOSTILE = [
    '"',
    "'",
    '"""',
    "\\",
    "}",
    "{",
    "#",
    "\n",
    "\\u0022",
    '\\"',
    "> } ; DROP ALL ; #",
    '" . } INSERT DATA { <x> <y> <z> } #',
    "tổng hợp",
    "\u0000x",
]


@pytest.mark.parametrize("value", HOSTILE)
def test_parameters_are_bound_values_never_pasted(seed_store, value):
    """A hostile string bound to ?task is a literal that matches nothing, and nothing is executed."""
    before = len(seed_store)
    assert run_query(seed_store, "owner-of-task", {"task": value}) == []
    rows = seed_store.select("SELECT ?x WHERE { BIND(?x AS ?y) }", {"x": value})
    assert rows == [{"x": value}]
    assert len(seed_store) == before


@pytest.mark.parametrize("path", EVERY_RQ, ids=_rel)
def test_every_rq_file_parses_with_rdflib_and_projects_its_parameters(path):
    q = load_query(path)
    form, prepared = _parsed(q.text)
    assert q.summary, "every .rq opens with a #+ summary"
    assert set(q.defaults) == set(q.params), "every parameter has a default example value"
    if form == "query" and prepared.algebra.name == "SelectQuery":
        # a bound parameter must be projected (SEP-0007 substitutions on Oxigraph need that)
        projected = set(prepared.algebra["PV"])
        assert {Variable(p) for p in q.params} <= projected, sorted(q.params)


@pytest.mark.parametrize("path", EVERY_RQ, ids=_rel)
def test_every_rq_file_runs_on_the_seed_graph_with_its_defaults(seed_store, seed_store_path, tmp_path, path):
    q = load_query(path)
    if _parsed(q.text)[0] == "update":  # on a copy; with their defaults, the package's updates change nothing
        shutil.copytree(seed_store_path, tmp_path / "store")
        store = EmbeddedStore(tmp_path / "store")
        before = sorted(map(str, store.ox))
        store.ox.update(bound_text(q, dict(q.defaults)))
        assert sorted(map(str, store.ox)) == before
        return
    if path.parent.name == "remote":  # the remote store's own: bound as it binds them, by a VALUES block
        result = seed_store.query(bound_text(q, dict(q.defaults)))
        assert bool(result) if isinstance(result, (bool, ox.QueryBoolean)) else list(result), _rel(path)
        return
    result = run_query(seed_store, q, dict(q.defaults))
    if path.parent.name == "checks":
        assert result == []
    elif path in OWN:
        assert result, f"{_rel(path)} answers nothing on the seed graph with its defaults"


def test_the_catalogue_lists_neither_the_web_nor_the_internal_queries():
    listed = {q.path for q in catalogue(include_checks=True)}
    assert OWN and not listed & set(OWN)
    assert {p.parent for p in listed} == {QUERIES_DIR, QUERIES_DIR / "checks"}


@pytest.mark.parametrize("path", OWN, ids=_rel)
def test_the_web_and_internal_queries_are_read_by_name_once(path):
    q = named_query(_rel(path))
    assert q.path == path and named_query(_rel(path)) is q
    assert not q.sparql.startswith("#+") and q.sparql.strip() in q.text


def test_a_missing_named_query_is_named():
    with pytest.raises(FileNotFoundError, match="web/no-such-page"):
        named_query("web/no-such-page")


def test_a_query_whose_header_is_not_yaml_is_refused_naming_its_file(tmp_path):
    bad = tmp_path / "who-leads.rq"
    bad.write_text("#+ summary: Who leads: the owner\nSELECT ?task WHERE { ?task a ?c }\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"who-leads\.rq: its #\+ header is not valid YAML"):
        load_query(bad)


def test_a_header_reads_params_as_named_items_and_keeps_a_quoted_colon(tmp_path):
    good = tmp_path / "who-leads.rq"
    good.write_text(
        '#+ summary: "Who leads: the owner"\n#+ params:\n#+   - task: the task (pc:Task)\n'
        "#+ tags:\n#+   - answers\nSELECT ?task WHERE { ?task a ?c }\n",
        encoding="utf-8",
    )
    q = load_query(good)
    assert (q.summary, q.params, q.kind) == ("Who leads: the owner", {"task": "the task (pc:Task)"}, "SELECT")


@pytest.mark.parametrize(
    "text, form",
    [
        ("# SELECT in a comment\nASK { ?s ?p ?o }", "ASK"),
        ('PREFIX ex: <http://e/SELECT#> CONSTRUCT { ?s ex:p "DESCRIBE" } WHERE { ?s ex:p ?o }', "CONSTRUCT"),
        ("DESCRIBE <http://e/x>", "DESCRIBE"),
    ],
)
def test_the_form_of_a_query_is_read_from_its_tokens_not_its_comments_strings_or_iris(text, form):
    assert load_query("stdin", text=text).kind == form
