"""A source's index rows and summaries are read off its N-Triples lines split once by predicate, each term decoded
in Python: is each term read as pyoxigraph's parser reads it, and are the rows the same however the lines are
written?"""

from __future__ import annotations

import random
from pathlib import Path

import pyoxigraph as ox
import pytest

from phancong.store.embedded import to_python
from phancong.store.index import rows_of_ntriples
from phancong.store.ntlines import GraphLines, literal, node, text

GRAPH = Path(__file__).resolve().parents[2] / "graph"
PC = "https://w3id.org/phancong/ontology#"
XSD = "http://www.w3.org/2001/XMLSchema#"
A = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"

# made-up lines: every kind of term the mapping writes, and the escapes and tags N-Triples allows
LINES = [
    f'<urn:x:t> <{PC}value> "87.5"^^<{XSD}decimal> .',
    f'<urn:x:t> <{PC}value> "12"^^<{XSD}integer> .',
    f'<urn:x:t> <{PC}value> "1.5E3"^^<{XSD}double> .',
    f'<urn:x:t> <{PC}inherited> "true"^^<{XSD}boolean> .',
    f'<urn:x:t> <{PC}inherited> "0"^^<{XSD}boolean> .',
    f'<urn:x:t> <{PC}asOf> "2025-12-31"^^<{XSD}date> .',
    f'<urn:x:t> <{PC}unit> "phần trăm"^^<{XSD}string> .',
    f"<urn:x:t> <{PC}province> <https://w3id.org/phancong/id/province/pre2025/quang-binh> .",
    '<urn:x:e> <http://www.w3.org/ns/oa#exact> "Kết nạp \\"đảng viên\\" mới\\nđạt 90%" .',
    '<urn:x:e> <http://www.w3.org/ns/oa#exact> "Tỉnh \\u1EE7y giao \\U0001F600 và \\\\ \\t" .',
    '<urn:x:b> <http://www.w3.org/2004/02/skos/core#prefLabel> "Ban Tuyên giáo Tỉnh ủy"@vi .',
    '<urn:x:b> <http://www.w3.org/2004/02/skos/core#prefLabel> "Propaganda Board"@en-GB .',
    '<urn:x:b> <http://www.w3.org/2004/02/skos/core#prefLabel> "Ban Tuyên giáo"@VI .',
    '<urn:x:b> <http://www.w3.org/2000/01/rdf-schema#label> "a quote \\" at the end\\"" .',
    '<urn:x:b> <http://www.w3.org/2000/01/rdf-schema#label> "" .',
    "<urn:x:\\u0041> <http://www.w3.org/2000/01/rdf-schema#label> <urn:x:\\u00E1> .",
    "_:b1 <http://www.w3.org/2000/01/rdf-schema#label> _:b2 .",
]


@pytest.mark.parametrize("line", LINES)
def test_each_term_of_a_line_is_read_as_pyoxigraphs_parser_reads_it(line):
    (t,) = list(ox.parse(line.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES))
    ((subject, obj),) = [so for p in GraphLines(line + "\n").by for so in GraphLines(line + "\n").of(p)]
    assert node(subject) == to_python(t.subject)
    is_literal = isinstance(t.object, ox.Literal)
    assert literal(obj) == (to_python(t.object), (t.object.language or "") if is_literal else "", is_literal)
    assert text(obj) == t.object.value


def _same_rows(nt: str, other: str) -> None:
    """The rows of two writings of one graph: the same entries, and the same summaries' rows (as values)."""
    a, b = rows_of_ntriples(nt), rows_of_ntriples(other)
    assert sorted(a) == sorted(b)
    assert a.facts.entities == b.facts.entities and a.facts.links == b.facts.links
    assert [(f, i, _json(d)) for f, i, d in a.facts.figures] == [(f, i, _json(d)) for f, i, d in b.facts.figures]
    assert a.owners == b.owners


def _json(text: str):
    import json

    return json.loads(text)


def _golden() -> list[Path]:
    return sorted(GRAPH.glob("*.nt"))


@pytest.mark.parametrize("path", _golden(), ids=lambda p: p.stem)
def test_a_golden_graph_gives_the_same_rows_written_again_by_oxigraph_in_another_order(path):
    nt = path.read_text(encoding="utf-8")
    rows = rows_of_ntriples(nt)
    assert rows and rows.facts.entities and rows.owners.entities, f"{path.name}: a graph without rows tests nothing"
    lines = nt.splitlines()
    random.Random(7).shuffle(lines)
    _same_rows(nt, "\n".join(lines) + "\n")
    triples = ox.parse(nt.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)
    _same_rows(nt, (ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b"").decode("utf-8"))


def test_a_figure_whose_values_and_quotes_are_escaped_has_the_rows_of_the_same_figure_written_plainly():
    fig, ev, doc, body = "<urn:x:fig>", "<urn:x:ev>", "<urn:x:doc>", "<urn:x:body>"
    escaped = [
        f"{fig} {A} <{PC}Target> .",
        f"{fig} <{PC}indicator> <https://w3id.org/phancong/vocab/indicator/party-admission> .",
        f'{fig} <{PC}value> "90"^^<{XSD}decimal> .',
        f'{fig} <{PC}population> "đảng viên \\"mới\\""@vi .',
        f"{fig} <{PC}document> {doc} .",
        f"{fig} <{PC}evidence> {ev} .",
        f'{ev} <http://www.w3.org/ns/oa#exact> "Kết nạp \\u0111ảng viên mới\\nđạt 90%" .',
        f"{doc} <{PC}documentType> <https://w3id.org/phancong/vocab/document-type/plan> .",
        f'{doc} <http://www.w3.org/2000/01/rdf-schema#label> "Kế hoạch \\"số 01\\""@vi .',
        f"{doc} <{PC}issuer> {body} .",
        f"{body} {A} <{PC}Body> .",
        f'{body} <http://www.w3.org/2004/02/skos/core#prefLabel> "Ban Thường vụ \\\\ Tỉnh ủy"@vi .',
    ]
    nt = "\n".join(escaped) + "\n"
    plain = ox.serialize(ox.parse(nt.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES), format=ox.RdfFormat.N_TRIPLES)
    assert plain is not None and b"\\u0111" not in plain  # Oxigraph writes the letter itself
    rows = rows_of_ntriples(nt)
    _same_rows(nt, plain.decode("utf-8"))
    ((_, _, own),) = rows.facts.figures
    assert _json(own)["evidence"] == ["Kết nạp đảng viên mới\nđạt 90%"]
    assert ("urn:x:body", "body", "Ban Thường vụ \\ Tỉnh ủy") in rows
    assert ("urn:x:doc", "label", 'Kế hoạch "số 01"', "vi") in rows.facts.entities
