"""sparql_term, the one function that writes a bound value into SPARQL text for a remote
store, under attack: whatever the value, binding it and running ``SELECT ?x WHERE {}``
with the VALUES block gives back exactly that value, and nothing else runs."""

from __future__ import annotations

import math
import re
from decimal import Decimal

import pyoxigraph as ox
import pytest
from hypothesis import example, given, settings, strategies as st
from rdflib import BNode, Literal, URIRef

from phancong.sparql.catalogue import catalogue
from phancong.store.embedded import to_python
from phancong.store.remote import sparql_term, where_group_start, with_values

XSD = "http://www.w3.org/2001/XMLSchema#"
MEM = ox.Store()

# characters that break naive quoting: quotes, braces, comment, escapes, newlines, unicode escapes
NASTY = [
    '"',
    "'",
    '"""',
    "'''",
    "{",
    "}",
    "#",
    "\\",
    "\n",
    "\r",
    "\t",
    "\\u0022",
    "\\U00000022",
    "\\\\u0022",
    "\\n",
    ">",
    "<",
    " ",
    "?x",
    "$x",
    ") (",
    "} ; DROP ALL ; SELECT * {",
    "\x00",
    "\x7f",
    "\u2028",
    "ủy",
    "đ",
    "\ufffe",
    "😀",
    "u",
    "U",
    "0022",
]
nasty_text = st.lists(st.one_of(st.sampled_from(NASTY), st.text(max_size=5)), max_size=12).map("".join)
any_text = st.one_of(nasty_text, st.text())


def bound(value, extra: dict | None = None):
    """Run SELECT ?x ... WHERE {} with ``value`` bound to ?x on an in-memory pyoxigraph Store."""
    names = ["x"] + list(extra or {})
    q = with_values(f"SELECT {' '.join('?' + n for n in names)} WHERE {{}}", {"x": value, **(extra or {})})
    rows = list(MEM.query(q))
    assert len(rows) == 1, q
    return rows[0]


@settings(max_examples=400, deadline=None)
@given(any_text)
@example('"""')
@example("\\u0022")
@example("\\\\u0022 } } #")
@example('a" } ; DROP ALL #')
@example("\\")
@example("\\U0001F600")
def test_a_string_comes_back_exactly(value):
    term = bound(value)["x"]
    assert isinstance(term, ox.Literal)
    assert term.value == value
    assert term.datatype == ox.NamedNode(XSD + "string")
    assert term.language is None


def unescape_codepoints_first(text: str) -> str:
    """What an engine that follows SPARQL 1.1 section 19.2 literally does before parsing:
    replace every \\uXXXX and \\UXXXXXXXX in the query text by its character."""
    return re.sub(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})", lambda m: chr(int(m.group(1) or m.group(2), 16)), text)


@settings(max_examples=400, deadline=None)
@given(any_text)
@example("\\u0022")
@example("\\\\u0022")
@example("\\U00000022")
def test_an_engine_that_unescapes_codepoints_before_parsing_reads_the_same_string(value):
    q = unescape_codepoints_first(with_values("SELECT ?x WHERE {}", {"x": value}))
    rows = list(MEM.query(q))
    assert len(rows) == 1 and rows[0]["x"].value == value


@settings(max_examples=200, deadline=None)
@given(any_text, any_text)
def test_two_strings_bound_together_stay_two_values(a, b):
    row = bound(a, {"y": b})
    assert (row["x"].value, row["y"].value) == (a, b)


@settings(max_examples=200, deadline=None)
@given(any_text, st.from_regex(r"[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8}){0,3}", fullmatch=True))
def test_a_language_tagged_literal_comes_back_with_its_tag_or_the_tag_is_refused(value, lang):
    try:
        ox.Literal("", language=lang)
    except ValueError:  # not well-formed BCP 47 ("a", "en-a"): refused before any text is written
        with pytest.raises(ValueError):
            sparql_term(Literal(value, lang=lang))
        return
    term = bound(Literal(value, lang=lang))["x"]
    assert term.value == value
    assert term.language == lang.lower()


@settings(max_examples=100, deadline=None)
@given(st.text(min_size=1).filter(lambda t: not re.fullmatch(r"[a-zA-Z]+(-[a-zA-Z0-9]+)*", t)))
def test_a_bad_language_tag_is_refused(lang):
    with pytest.raises(ValueError):
        sparql_term(_LangLiteral("x", lang))


class _LangLiteral(Literal):
    """An rdflib Literal carrying an unchecked language tag (rdflib validates tags on construction,
    so this is the way a bad one could reach sparql_term)."""

    def __new__(cls, value, lang):
        obj = Literal.__new__(cls, value)
        obj._language = lang
        return obj


IRI_SAFE = st.text(
    alphabet=st.characters(
        blacklist_characters='<>"{}|^`\\ %',
        min_codepoint=0x21,
        blacklist_categories=("Cs", "Cc", "Zs", "Zl", "Zp", "Cf", "Co", "Cn"),
    ),
    max_size=20,
)


@settings(max_examples=300, deadline=None)
@given(IRI_SAFE, st.sampled_from(["http://example.org/", "https://w3id.org/phancong/id/task/", "urn:x:"]))
def test_an_iri_comes_back_exactly_or_is_refused(path, base):
    iri = base + path
    try:
        ox.NamedNode(iri)
    except ValueError:
        with pytest.raises(ValueError):
            sparql_term(URIRef(iri))
        return
    term = bound(URIRef(iri))["x"]
    assert term == ox.NamedNode(iri)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=10), st.sampled_from(list('<>"{}|^`\\ \n\t') + ["\\u003E", "\x00"]), st.text(max_size=10))
@example("", ">", " ; DROP ALL")
@example("", " ", "")
@example("", "\\u003E", "")
def test_an_iri_with_a_forbidden_character_raises(before, bad, after):
    with pytest.raises(ValueError):
        sparql_term(URIRef("http://example.org/" + before + bad + after))
    with pytest.raises(ValueError):
        sparql_term(_TypedLiteral("1", "http://example.org/" + before + bad + after))


def test_a_relative_iri_is_refused():
    with pytest.raises(ValueError):
        sparql_term(URIRef("task/1"))


@settings(max_examples=200, deadline=None)
@given(any_text, st.sampled_from([XSD + "string", XSD + "date", "http://example.org/dt#x"]))
def test_a_typed_literal_comes_back_with_its_datatype(value, datatype):
    # (not xsd:token & co: Oxigraph normalises their whitespace, which is no escaping matter)
    term = bound(Literal(value, datatype=URIRef(datatype)))["x"]
    assert term.value == value
    assert term.datatype == ox.NamedNode(datatype)


@given(st.sampled_from(["http://example.org/a b", "http://example.org/>", 'x"y', "urn:a\\u003E"]))
def test_a_bad_datatype_iri_raises(datatype):
    with pytest.raises(ValueError):
        sparql_term(_TypedLiteral("1", datatype))


class _TypedLiteral(Literal):
    """An rdflib Literal carrying an unchecked datatype IRI."""

    def __new__(cls, value, datatype):
        obj = Literal.__new__(cls, value)
        obj._datatype = URIRef.__new__(URIRef, datatype)
        return obj


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.integers(), st.booleans(), st.floats(allow_nan=False, allow_infinity=False, allow_subnormal=True)))
def test_numbers_and_booleans_come_back_as_the_same_python_value(value):
    got = to_python(bound(value)["x"])
    assert got == value and type(got) is (float if isinstance(value, float) else type(value))


@pytest.mark.parametrize("value", [math.nan, math.inf, -math.inf, Decimal("NaN"), BNode(), ox.BlankNode(), object()])
def test_values_that_have_no_safe_term_raise(value):
    with pytest.raises(ValueError):
        sparql_term(value)


@pytest.mark.parametrize("name", ["x y", "x}", "1x", "", "x) (?y", "x#"])
def test_a_bad_variable_name_raises(name):
    with pytest.raises(ValueError):
        with_values("SELECT * WHERE {}", {name: "v"})


def test_pyoxigraph_terms_are_written_like_rdflib_terms():
    assert sparql_term(ox.NamedNode("http://example.org/a")) == sparql_term(URIRef("http://example.org/a"))
    assert sparql_term(ox.Literal("x", language="vi")) == sparql_term(Literal("x", lang="vi")) == '"x"@vi'


# ------------------------------------------------------------------ where the VALUES block goes
@settings(max_examples=300, deadline=None)
@given(any_text, st.text().map(lambda t: t.replace("\n", " ").replace("\r", " ")), any_text)
@example("v", ' { } " """ <x> #', '} { """ \' #')
def test_the_values_block_lands_in_the_where_group_whatever_comes_before_it(value, comment, literal):
    q = (
        f"PREFIX ex: <http://example.org/#>  # a comment: {comment}\n"
        f"SELECT ?x ?y # {comment}\nWHERE {{ # {comment}\n BIND({sparql_term(literal)} AS ?y) }}"
    )
    rows = list(MEM.query(with_values(q, {"x": value})))
    assert [(r["x"].value, r["y"].value) for r in rows] == [(value, literal)]
    assert with_values(q, {"x": value}).index("VALUES") > q.index("WHERE {")


def test_a_comment_ended_by_a_carriage_return_does_not_hide_the_where_group():
    q = "SELECT ?x # a comment {\rWHERE { }"
    assert [r["x"].value for r in MEM.query(with_values(q, {"x": "v"}))] == ["v"]
    assert q[: where_group_start(q)].endswith("\rWHERE {")


def test_a_construct_gets_the_values_in_its_where_group_not_its_template():
    q = "CONSTRUCT { ?x <http://example.org/p> 1 } WHERE { }"
    triples = list(MEM.query(with_values(q, {"x": URIRef("http://example.org/a")})))
    assert [t.subject for t in triples] == [ox.NamedNode("http://example.org/a")]


def test_ask_and_describe_take_bound_values_too():
    assert bool(MEM.query(with_values("ASK { FILTER(?x = 3) }", {"x": 3})))
    assert where_group_start("DESCRIBE <http://example.org/a>") is None
    assert where_group_start("CONSTRUCT WHERE { ?s ?p ?o }") is None


@pytest.mark.parametrize("query", [q for q in catalogue() if q.params], ids=lambda q: q.name)
def test_every_catalogue_query_with_parameters_takes_them_at_the_start_of_its_where_group(query):
    at = where_group_start(query.text)
    assert at is not None and query.text[:at].rstrip().endswith("WHERE {")
