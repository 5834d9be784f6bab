"""A build writes each source's N-Triples straight from the mapping (``to_ntriples``, no rdflib graph): is the text
the one the source's rdflib graph gives (``sorted_ntriples(to_graph(...))``), with the same number of triples?"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from phancong.extract import extract
from phancong.rdf.mapping import sorted_ntriples, to_graph, to_ntriples
from phancong.text.read import read_source

CORPUS = Path(__file__).resolve().parents[2] / "corpus"


def _as_graph_gives(ex, file_name: str) -> tuple[str, int]:
    g = to_graph(ex, file_name=file_name)
    return sorted_ntriples(g), len(g)


@pytest.mark.parametrize("path", sorted(CORPUS.glob("*.txt")), ids=lambda p: p.stem)
def test_a_seed_source_is_written_as_its_graph_is(path):
    ex = extract(read_source(path))
    nt, n = to_ntriples(ex, file_name=path.name)
    assert n > 100
    assert (nt, n) == _as_graph_gives(ex, path.name)


def test_synthetic_sources_are_written_as_their_graphs_are():
    from benchmarks.synth import synth_extraction

    for i in range(6):
        ex = synth_extraction(i, seed=3)
        assert to_ntriples(ex, f"{i}.txt") == _as_graph_gives(ex, f"{i}.txt")


def test_a_label_with_quotes_escapes_and_unusual_line_breaks_is_written_as_the_graph_writes_it():
    from benchmarks.synth import synth_extraction

    ex = synth_extraction(1, seed=3)
    odd = 'Kết nạp "đảng viên" \\ mới\nđạt\r90%\u2028trong\x0cnăm'
    ex.tasks[0] = dataclasses.replace(ex.tasks[0], label=odd)
    nt, n = to_ntriples(ex, "odd.txt")
    assert (nt, n) == _as_graph_gives(ex, "odd.txt")
    assert '\\"đảng viên\\" \\\\ mới\\nđạt\\r90%' in nt
