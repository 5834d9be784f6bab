"""Building: the golden graph, determinism, atomic re-ingest, bad input (issue 2)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from phancong.build import build
from phancong.cli import main
from phancong.store import EmbeddedStore

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
GRAPH = ROOT / "graph"


def _build_files(tmp: Path, name: str) -> dict[str, bytes]:
    out = tmp / name
    store = EmbeddedStore(tmp / f"{name}-store")
    result = build([CORPUS], store, graph_dir=out)
    assert not result.failed
    return {p.name: p.read_bytes() for p in sorted(out.iterdir())}


def test_committed_graph_equals_a_fresh_build(tmp_path):
    """graph/ is the golden graph: any change of extraction shows up as a diff there.
    After changing extraction, rebuild it with: phancong build corpus --store /tmp/s --graph-dir graph"""
    fresh = _build_files(tmp_path, "graph")
    committed = {p.name: p.read_bytes() for p in sorted(GRAPH.glob("*.nt"))}
    assert sorted(fresh) == sorted(committed), "graph/ holds other files than a fresh build"
    for name in fresh:
        assert fresh[name] == committed[name], f"graph/{name} differs from a fresh build: rebuild graph/"


def test_building_twice_gives_byte_identical_files(tmp_path):
    assert _build_files(tmp_path, "a") == _build_files(tmp_path, "b")


def test_reingesting_a_source_changes_nothing(tmp_path):
    store = EmbeddedStore(tmp_path / "s")
    build([CORPUS], store)
    before = sorted(store.dump(__import__("pyoxigraph").RdfFormat.N_QUADS).splitlines())
    entries = len(store.index)
    result = build([CORPUS / "001_71a5b6d91341e01c.txt"], store)
    assert not result.failed
    after = sorted(store.dump(__import__("pyoxigraph").RdfFormat.N_QUADS).splitlines())
    assert before == after
    assert len(store.index) == entries


def test_a_failed_replace_leaves_the_store_and_index_as_they_were(tmp_path):
    store = EmbeddedStore(tmp_path / "s")
    build([CORPUS], store)
    name = "https://w3id.org/phancong/id/source/001_71a5b6d91341e01c"
    before = store.graph_ntriples(name)
    entries = len(store.index)
    with pytest.raises(Exception):
        store.replace_ntriples(name, "<http://x> <http://y> this is not N-Triples .\n")
    assert store.graph_ntriples(name) == before
    assert len(store.index) == entries


def test_corrupt_or_empty_files_are_reported_by_name_and_the_rest_is_built(tmp_path, capsys):
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "binary.txt").write_bytes(bytes(range(256)) * 20)
    rc = main(["build", str(corpus), "--store", str(tmp_path / "s")])
    err = capsys.readouterr().err
    assert rc == 1
    assert f"{corpus / 'empty.txt'}: empty file" in err
    assert f"{corpus / 'binary.txt'}: binary data" in err
    assert "built 5 of 7 sources" in err
    store = EmbeddedStore(tmp_path / "s", read_only=True)
    assert len([g for g in store.graphs() if "/source/" in g]) == 5


def test_build_of_nothing_is_an_error(tmp_path, capsys):
    (tmp_path / "none").mkdir()
    assert main(["build", str(tmp_path / "none"), "--store", str(tmp_path / "s")]) == 1
    assert "no source files found" in capsys.readouterr().err


def test_export_formats_parse(seed_store_path, tmp_path):
    from rdflib import Dataset, Graph

    for fmt, parser in (("ttl", "turtle"), ("trig", "trig"), ("nq", "nquads"), ("jsonld", "json-ld")):
        out = tmp_path / f"export.{fmt}"
        assert main(["export", "--store", str(seed_store_path), "--format", fmt, "-o", str(out)]) == 0
        g = Dataset() if fmt in ("trig", "nq", "jsonld") else Graph()
        g.parse(out, format=parser)
        assert len(g) > 1000


def test_help_of_every_command():
    for cmd in ("build", "extract", "export", "query", "eval", "owner", "chain", "compare", "check", "index"):
        r = subprocess.run([sys.executable, "-m", "phancong.cli", cmd, "--help"], capture_output=True, text=True)
        assert r.returncode == 0 and "usage: phancong " + cmd in r.stdout
