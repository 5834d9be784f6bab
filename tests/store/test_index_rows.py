"""The text index's rows of a source, read off its N-Triples, are the rows ROWS_QUERY gives for it."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from phancong.store.embedded import to_python
from phancong.store.index import ROWS_QUERY, rows_of_ntriples

GRAPH = Path(__file__).resolve().parents[2] / "graph"


def _by_query(nt: str) -> set[tuple[str, str, str]]:
    mem = ox.Store()
    mem.load(nt.encode("utf-8"), ox.RdfFormat.N_TRIPLES)
    return {(to_python(s["s"]), to_python(s["kind"]), to_python(s["label"])) for s in mem.query(ROWS_QUERY)}


@pytest.mark.parametrize("path", sorted(GRAPH.glob("*.nt")), ids=lambda p: p.stem)
def test_the_rows_of_each_golden_graph_are_those_the_query_gives(path):
    nt = path.read_text(encoding="utf-8")
    rows = rows_of_ntriples(nt)
    assert rows, f"{path.name}: no rows"
    assert set(rows) == _by_query(nt)


def test_labels_with_escapes_languages_and_several_kinds_are_read_as_the_query_reads_them():
    pc, skos = "https://w3id.org/phancong/ontology#", "http://www.w3.org/2004/02/skos/core#"
    rdfs, dct = "http://www.w3.org/2000/01/rdf-schema#", "http://purl.org/dc/terms/"
    a = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
    nt = (
        "\n".join(
            [
                f"<urn:x:b> {a} <{pc}Body> .",
                f'<urn:x:b> <{skos}prefLabel> "Ban Tuyên giáo \\"Tỉnh ủy\\"\\nmới"@vi .',
                f'<urn:x:b> <{skos}altLabel> "Ban Tuyên giáo" .',
                f'<urn:x:b> <{rdfs}label> "Ban \\u0054uyên giáo Tỉnh ủy" .',
                f"<urn:x:d> <{pc}documentType> <urn:x:plan> .",
                f'<urn:x:d> <{pc}documentNumber> "01-KH/TU" .',
                f'<urn:x:d> <{dct}title> "Kế hoạch thực hiện"@vi .',
                f'<urn:x:d> <{rdfs}label> "Kế hoạch số 01-KH/TU" .',
                f"<urn:x:t> {a} <{pc}Task> .",
                f"<urn:x:t> {a} <{pc}Target> .",
                f'<urn:x:t> <{rdfs}label> "Kết nạp đảng viên mới" .',
                f'<urn:x:t> <{skos}prefLabel> "not a task label" .',
                f"<urn:x:i> {a} <{pc}Indicator> .",
                f'<urn:x:i> <{skos}prefLabel> "Kết nạp đảng viên"@vi .',
                f'<urn:x:i> <{skos}prefLabel> "Party members admitted"@en .',
                f'<urn:x:i> <{rdfs}label> "not an indicator label" .',
                f'<urn:x:n> <{rdfs}label> "no kind: no row" .',
            ]
        )
        + "\n"
    )
    rows = rows_of_ntriples(nt)
    assert set(rows) == _by_query(nt)
    assert ("urn:x:b", "body", 'Ban Tuyên giáo "Tỉnh ủy"\nmới') in rows
    assert {k for _, k, _ in rows} == {"body", "document", "task", "target", "indicator"}


def test_the_rows_of_the_ontology_graph_as_a_build_stores_it_are_those_the_query_gives(tmp_path):
    from phancong.build import _load_ontology_graph
    from phancong.store.embedded import ONTOLOGY_GRAPH, EmbeddedStore

    store = EmbeddedStore(tmp_path / "s")
    _load_ontology_graph(store)
    nt = store.graph_ntriples(ONTOLOGY_GRAPH)
    rows = rows_of_ntriples(nt)
    assert any(k == "indicator" for _, k, _ in rows)
    assert set(rows) == _by_query(nt)
