"""The stores' updates live in queries/internal/ and are bound, never pasted: a value reaches an update as a
term of a VALUES block (or, for the remote insert, of a data block pyoxigraph writes), so a hostile value
is refused or stays a value; and the updates do what the stores relied on before they were files."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from phancong.sparql.catalogue import bound_text, named_query
from phancong.sparql.groups import query_form, where_group_start, with_data, with_rows
from phancong.store.embedded import EmbeddedStore

G = "https://w3id.org/phancong/graph/test/a"
NT = '<https://w3id.org/phancong/id/x> <http://www.w3.org/2000/01/rdf-schema#label> "Sở Nội vụ \\"A\\" }" .\n'


def _triples(nt: str) -> list[ox.Triple]:
    return list(ox.parse(nt.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES))


def test_where_does_an_update_bind_its_values_after_the_word_where_not_in_its_template():
    text = "DELETE { GRAPH ?g { ?s ?p ?o } } WHERE { GRAPH ?g { ?s ?p ?o } }"
    assert text[: where_group_start(text)] == "DELETE { GRAPH ?g { ?s ?p ?o } } WHERE {"
    assert query_form(text) == "DELETE"
    assert query_form("# INSERT\nPREFIX a: <http://x/> SELECT * { }") == "SELECT"


def test_can_a_graph_name_break_out_of_the_update_it_is_bound_into():
    clear = named_query("internal/clear-graph")
    store = ox.Store()
    store.add(ox.Quad(ox.NamedNode("http://x/s"), ox.NamedNode("http://x/p"), ox.Literal("o"), ox.NamedNode(G)))
    hostile = f"{G}> {{ ?s ?p ?o }} }} ; DROP ALL ; #"
    store.update(bound_text(clear, {"graph": hostile}))  # a string literal: it names no graph
    assert len(store) == 1
    with pytest.raises(ValueError):  # it looks like an IRI and is not one
        bound_text(clear, {"graph": "https://x/a>b"})
    with pytest.raises(ValueError, match="unknown parameter"):
        bound_text(clear, {"other": G})
    assert len(store) == 1


def test_what_does_the_bound_clear_update_remove_only_the_graph_it_names():
    store = ox.Store()
    store.update(bound_text(named_query("internal/insert-triples"), {"graph": G}, (["s", "p", "o"], _rows(NT))))
    other = "https://w3id.org/phancong/graph/test/b"
    store.add(ox.Quad(ox.NamedNode("http://x/s"), ox.NamedNode("http://x/p"), ox.Literal("o"), ox.NamedNode(other)))
    store.update(bound_text(named_query("internal/clear-graph"), {"graph": G}))
    assert {q.graph_name.value for q in store if isinstance(q.graph_name, ox.NamedNode)} == {other}
    # the default graph (the merge) still holds the triple insert-triples put there: retract-graph's job
    assert len(list(store.quads_for_pattern(None, None, None, ox.DefaultGraph()))) == 1


def _rows(nt: str) -> list[tuple]:
    return [(t.subject, t.predicate, t.object) for t in _triples(nt)]


def test_does_a_literal_with_quotes_and_braces_arrive_as_it_was_through_rows_and_data_blocks():
    (label,) = [t.object for t in _triples(NT)]
    for text in (
        with_rows("INSERT { GRAPH <http://g> { ?s ?p ?o } } WHERE { }", ["s", "p", "o"], _rows(NT)),
        with_data("INSERT DATA { }", {G: _triples(NT)}),
    ):
        store = ox.Store()
        store.update(text)
        assert [q.object for q in store] == [label]


def test_is_a_blank_node_refused_in_a_data_block_rather_than_shared_between_graphs():
    bnode = _triples("_:b <http://x/p> <http://x/o> .\n")
    with pytest.raises(ValueError, match="blank node"):
        with_data("INSERT DATA { }", {G: bnode})
    with pytest.raises(ValueError, match="blank node"):
        with_rows("INSERT { ?s ?p ?o } WHERE { }", ["s", "p", "o"], [(t.subject, t.predicate, t.object) for t in bnode])


def test_is_a_source_replaced_by_nothing_gone_from_the_embedded_store(tmp_path):
    store = EmbeddedStore(tmp_path / "store")
    store.replace_ntriples(G, NT)
    assert G in store.graphs() and len(store) == 1
    store.replace_ntriples(G, "")
    assert G not in store.graphs() and len(store) == 0
    store.replace_ntriples(G, NT)
    store.remove_graph(G)
    assert G not in store.graphs() and len(store) == 0
    assert not store.query("ASK { ?s ?p ?o }")  # nor is anything left in the merged default graph
