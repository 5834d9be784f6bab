"""Building: the golden graph, determinism, atomic re-ingest, bad input (issue 2)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from phancong.build import build
from phancong.cli import main
from phancong.store.embedded import EmbeddedStore
from phancong.store.index import TextIndex

ROOT = Path(__file__).resolve().parents[2]
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
    with pytest.raises(SyntaxError):  # Oxigraph's parser refuses it
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


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_file_over_the_time_budget_is_stopped_and_named_and_the_rest_is_built(tmp_path, capsys, jobs):
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    sentence = "Ban Tổ chức Tỉnh ủy chủ trì, phối hợp với Sở Nội vụ rà soát đội ngũ cán bộ cấp xã năm 2026.\n"
    (corpus / "long.txt").write_text(sentence * 15000, encoding="utf-8")
    rc = main(["build", str(corpus), "--store", str(tmp_path / "s"), "--time-budget", "2", "--jobs", jobs])
    err = capsys.readouterr().err
    assert rc == 1
    assert f"{corpus / 'long.txt'}: extraction stopped: over the time budget of 2 s" in err
    assert "built 5 of 6 sources" in err


def test_build_of_nothing_is_an_error(tmp_path, capsys):
    (tmp_path / "none").mkdir()
    assert main(["build", str(tmp_path / "none"), "--store", str(tmp_path / "s")]) == 1
    assert capsys.readouterr().err == f"error: no source files found in {tmp_path / 'none'}\n"


def test_build_of_a_folder_without_sources_is_one_error_naming_what_is_there(tmp_path, capsys):
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "README.md").write_text("not a source", encoding="utf-8")
    assert main(["build", str(tmp_path / "notes"), "--store", str(tmp_path / "s")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "built 0 of 0" not in err
    assert err.startswith(f"error: no source files found in {tmp_path / 'notes'}") and "(.md 1)" in err


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


def _contents(store: EmbeddedStore) -> tuple[list[bytes], list[bytes], list[tuple]]:
    """Named-graph quads, default-graph triples and index rows of a store, sorted."""
    import pyoxigraph as ox

    named = sorted(store.dump(ox.RdfFormat.N_QUADS).splitlines())
    default = sorted(
        ox.serialize(
            (
                ox.Triple(q.subject, q.predicate, q.object)
                for q in store.ox.quads_for_pattern(None, None, None, ox.DefaultGraph())
            ),
            format=ox.RdfFormat.N_TRIPLES,
        ).splitlines()
    )
    rows = sorted(store.index.db.execute("SELECT folded, kind, label, iri, graph FROM entries"))
    return named, default, rows


def test_a_fresh_build_loaded_in_bulk_holds_what_one_source_at_a_time_holds(tmp_path, monkeypatch):
    import phancong.build as b

    bulk = EmbeddedStore(tmp_path / "bulk")
    monkeypatch.setattr(b, "BULK_TRIPLES", 1500)  # several batches from the five seeds
    assert not build([CORPUS], bulk).failed
    assert not (tmp_path / "bulk" / "LOADING").exists()
    one = EmbeddedStore(tmp_path / "one")
    monkeypatch.delattr(EmbeddedStore, "add_new_graphs")  # a store without the bulk loader: one at a time
    assert not build([CORPUS], one).failed
    got, want = _contents(bulk), _contents(one)
    assert got[0] == want[0] and got[1] == want[1] and got[2] == want[2]
    assert len(got[0]) > 5000 and len(got[2]) > 100


def _summaries(store: EmbeddedStore) -> dict[str, list[tuple]]:
    """The rows of the figures and owners summaries, sorted (what compare, owner and chain read)."""
    tables = ["figure_rows", "figure_entities", "figure_graphs", "vocab", *store.index.owners.TABLES]
    return {t: sorted(store.index.db.execute(f"SELECT * FROM {t}")) for t in tables}


def test_sources_added_to_a_built_store_are_loaded_in_batches_and_hold_what_one_at_a_time_holds(
    tmp_path, monkeypatch
):
    import phancong.build as b

    first = sorted(CORPUS.glob("00[0-1]_*.txt"))
    monkeypatch.setattr(b, "BULK_TRIPLES", 400)  # several batches of the sources not stored yet
    real = EmbeddedStore.add_new_graphs
    batches: list[int] = []

    def counted(self, items, rows=None):
        if self.has_sources():
            batches.append(len(items))
        return real(self, items, rows)

    batched = EmbeddedStore(tmp_path / "batched")
    assert not build(first, batched).failed
    monkeypatch.setattr(EmbeddedStore, "add_new_graphs", counted)
    assert not build([CORPUS], batched).failed  # two sources stored again, the others new
    assert len(batches) >= 2 and sum(batches) == len(list(CORPUS.glob("*.txt"))) - len(first)
    monkeypatch.delattr(EmbeddedStore, "add_new_graphs")  # the same two builds, one source at a time
    one = EmbeddedStore(tmp_path / "one")
    assert not build(first, one).failed and not build([CORPUS], one).failed
    assert _contents(batched) == _contents(one)
    assert _summaries(batched) == _summaries(one)
    assert not batched.index.pending() and not batched.index_disagreements()


def test_sources_added_to_a_built_store_are_each_stored_whole_with_their_index_rows_or_not_at_all(tmp_path):
    first, rest = sorted(CORPUS.glob("00[0-1]_*.txt")), sorted(CORPUS.glob("00[2-9]_*.txt"))
    assert first and len(rest) >= 2
    store = EmbeddedStore(tmp_path / "s")
    assert not build(first, store).failed
    graphs = {}
    for f in rest:
        from phancong.build import process_path
        from phancong.rdf.iri import source_iri

        res, _ = process_path(str(f))
        graphs[str(source_iri(res.source_id))] = res.ntriples
    (a, nt_a), (b, nt_b) = list(graphs.items())[:2]

    class LoadFailsSecondTime:  # pyoxigraph.Store cannot be patched: a proxy whose second load fails
        def __init__(self, inner):
            self.inner, self.loads = inner, 0

        def __getattr__(self, name):
            return getattr(self.inner, name)

        def load(self, *args, **kwargs):
            self.loads += 1
            if self.loads == 2:
                raise OSError("the disk went away")
            return self.inner.load(*args, **kwargs)

    real = store.ox
    store.ox = LoadFailsSecondTime(real)
    with pytest.raises(OSError):
        store.add_graphs([(a, nt_a), (b, nt_b)])
    store.ox = real
    assert a in store.graphs() and b not in store.graphs()
    assert len(store.graph_ntriples(a).splitlines()) == len(nt_a.splitlines())  # whole (decimals are normalised)
    indexed = {g for (g,) in store.index.db.execute("SELECT DISTINCT graph FROM graph_entries")}
    assert a in indexed and b not in indexed
    assert not store.index.pending() and not store.index_disagreements()


def test_a_bulk_batch_that_fails_half_written_is_undone_and_stored_source_by_source(tmp_path, monkeypatch):
    reference = EmbeddedStore(tmp_path / "ref")
    build([CORPUS], reference)
    real = EmbeddedStore.add_new_graphs

    def half_then_fail(self, items, rows=None):
        real(self, items[: len(items) // 2])  # some graphs (and their default-graph triples) are written
        raise OSError("disk full")

    monkeypatch.setattr(EmbeddedStore, "add_new_graphs", half_then_fail)
    store = EmbeddedStore(tmp_path / "s")
    result = build([CORPUS], store)
    assert not result.failed
    assert _contents(store) == _contents(reference)


def test_a_build_with_two_jobs_holds_what_one_job_holds_its_index_rows_computed_by_the_workers(tmp_path, monkeypatch):
    import phancong.build as b

    monkeypatch.setattr(b, "BULK_TRIPLES", 400)
    first = sorted(CORPUS.glob("00[0-1]_*.txt"))
    one = EmbeddedStore(tmp_path / "one")
    assert not build(first, one).failed and not build([CORPUS], one).failed
    real = EmbeddedStore._rows_of
    computed: list[int] = []  # rows the storing process computed itself

    def counted(self, nt):
        computed.append(1)
        return real(self, nt)

    monkeypatch.setattr(EmbeddedStore, "_rows_of", counted)
    two = EmbeddedStore(tmp_path / "two")
    assert not build(first, two, jobs=2).failed
    assert len(computed) == 1  # the ontology's graph; the sources' rows came from the workers
    assert not build([CORPUS], two, jobs=2).failed  # three new sources in batches, two stored again
    assert len(computed) == 1 + len(first)  # those stored again are replaced one at a time, rows computed here
    assert _contents(two) == _contents(one)
    assert _summaries(two) == _summaries(one)


def test_a_batch_the_bulk_loader_writes_in_part_in_a_built_store_is_undone_and_stored_source_by_source(
    tmp_path, monkeypatch
):
    import pyoxigraph as ox

    import phancong.build as b

    first = sorted(CORPUS.glob("00[0-1]_*.txt"))
    reference = EmbeddedStore(tmp_path / "ref")
    build(first, reference)
    build([CORPUS], reference)

    class LoaderFailsHalfway:  # pyoxigraph.Store cannot be patched: a proxy whose bulk load stops after a part
        def __init__(self, inner):
            self.inner = inner

        def __getattr__(self, name):
            return getattr(self.inner, name)

        def bulk_load(self, data, **kwargs):
            self.inner.bulk_load(data[: len(data) // 3].rsplit(b"\n", 1)[0] + b"\n", **kwargs)
            raise OSError("the loader stopped")

    store = EmbeddedStore(tmp_path / "s")
    build(first, store)
    store.ox = LoaderFailsHalfway(store.ox)  # until the build ends: it opens Oxigraph again when it flushes
    monkeypatch.setattr(b, "BULK_TRIPLES", 400)
    assert not build([CORPUS], store).failed  # each batch fails in the loader, then its sources go one by one
    assert not isinstance(store.ox, LoaderFailsHalfway)
    assert _contents(store) == _contents(reference)
    assert not store.index.pending() and not store.index_disagreements()


def test_a_store_whose_bulk_build_was_killed_says_so_when_opened(tmp_path):
    from phancong.store.embedded import StoreError

    build([CORPUS], EmbeddedStore(tmp_path / "s"))
    (tmp_path / "s" / "LOADING").touch()  # what a build killed between bulk batches leaves
    with pytest.raises(StoreError, match="delete the folder and build again"):
        EmbeddedStore(tmp_path / "s", read_only=True)


def test_an_index_written_by_an_older_phancong_is_searched_read_only_and_rebuilt_when_writable(tmp_path):
    import sqlite3

    from phancong.api import KnowledgeGraph

    store = EmbeddedStore(tmp_path / "s")
    build([CORPUS], store)
    rows = list(store.index.db.execute("SELECT folded, label, iri, kind, graph FROM entries"))
    del store
    (tmp_path / "s" / "index.sqlite").unlink()
    old = sqlite3.connect(tmp_path / "s" / "index.sqlite")  # the schema before user_version 2
    old.executescript(
        "CREATE VIRTUAL TABLE entries USING fts5(folded, label UNINDEXED, iri UNINDEXED, "
        'kind UNINDEXED, graph UNINDEXED, tokenize = "unicode61 remove_diacritics 2");'
        "CREATE TABLE vocab(word TEXT PRIMARY KEY, n INTEGER) WITHOUT ROWID;"
    )
    old.executemany("INSERT INTO entries VALUES (?, ?, ?, ?, ?)", rows)
    old.commit()
    old.close()
    ro = KnowledgeGraph.open(tmp_path / "s")
    assert ro.store.index.schema == 0
    assert ro.owner("tong hop bao cao")[0].body_label == "Ban Tổ chức Tỉnh ủy Tuyên Quang"
    # no figures summary in an older index: compare asks the store
    assert ro._figure_summary() is None
    answer = ro.compare("party-members-rated-good")
    assert answer
    del ro
    writable = EmbeddedStore(tmp_path / "s")
    assert writable.index.schema == TextIndex.SCHEMA and len(writable.index) == len(rows)
    kg = KnowledgeGraph(writable)
    assert kg.owner("tong hop bao cao")[0].body_label == "Ban Tổ chức Tỉnh ủy Tuyên Quang"
    assert kg._figure_summary() is not None and kg.compare("party-members-rated-good") == answer


def test_interrupting_a_fresh_build_during_a_bulk_load_stores_no_part_of_the_batch_and_says_so(
    tmp_path, monkeypatch, capsys
):
    real = EmbeddedStore.add_new_graphs
    calls = []

    def interrupted_while_loading(self, items, rows=None):
        if calls:  # the second batch: half of it is written, then Ctrl-C hits the bulk load
            self._begin_write({name: self._rows_of(nt) for name, nt in items}, "bulk")
            self._change_graphs(
                [n for n, _ in items],
                lambda: (
                    self.ox.bulk_load(
                        "".join(nt.replace(" .\n", f" <{name}> .\n") for name, nt in items[:1]).encode(),
                        format=ox.RdfFormat.N_QUADS,
                    ),
                    (_ for _ in ()).throw(KeyboardInterrupt),
                ),
            )
        calls.append(len(items))
        return real(self, items, rows)

    import pyoxigraph as ox

    import phancong.build as b

    monkeypatch.setattr(b, "BULK_TRIPLES", 1500)
    monkeypatch.setattr(EmbeddedStore, "add_new_graphs", interrupted_while_loading)
    assert main(["build", str(CORPUS), "--store", str(tmp_path / "s"), "--quiet"]) == 130
    err = capsys.readouterr().err
    n = calls[0]
    assert f"interrupted (SIGINT): {n} source" in err and f"holds {n} source" in err, err
    monkeypatch.undo()
    store = EmbeddedStore(tmp_path / "s", read_only=True)
    sources = [g for g in store.graphs() if "/source/" in g]
    assert len(sources) == n and sorted(store.index.graphs()) == sorted(store.graphs())
    assert not store.index.pending() and not store.index_disagreements()


def test_interrupting_a_build_into_a_built_store_keeps_what_was_stored(tmp_path, monkeypatch, capsys):
    build([CORPUS / "001_71a5b6d91341e01c.txt"], EmbeddedStore(tmp_path / "s"))

    def interrupted(self, *args, **kw):
        raise KeyboardInterrupt

    monkeypatch.setattr(EmbeddedStore, "replace_ntriples", interrupted)  # a source stored again
    monkeypatch.setattr(EmbeddedStore, "add_new_graphs", interrupted)  # a batch of new ones
    monkeypatch.setattr(EmbeddedStore, "add_graphs", interrupted)  # a new one, when its batch failed
    assert main(["build", str(CORPUS), "--store", str(tmp_path / "s"), "--quiet"]) == 130
    assert "no source was stored by this build" in capsys.readouterr().err
    monkeypatch.undo()
    assert EmbeddedStore(tmp_path / "s", read_only=True).graphs()[-1].endswith("001_71a5b6d91341e01c")
