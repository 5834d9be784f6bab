"""The synthetic national corpus has the shape real extraction produces, and `scripts/bench --quick`
runs and writes every section with numbers (run here so that it cannot rot; nothing is timed)."""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

from benchmarks.corpus import generate_corpus, parse_size, synth_texts
from benchmarks.synth import synth_extraction
from benchmarks.vocab import load_provinces, province_bodies
from phancong.extract.model import Extraction
from phancong.rdf.mapping import to_graph
from phancong.vocab import body_type_labels, indicator_patterns

ROOT = Path(__file__).resolve().parents[2]


def _spanned(ex: Extraction):
    for name in ex.LISTS:
        for item in getattr(ex, name):
            if getattr(item, "span", None) is not None and hasattr(item, "text"):
                yield item.span, item.text
            for m in getattr(item, "mentions", []) or []:
                yield m.span, m.text


def test_every_span_of_a_synthetic_source_is_its_text():
    for i in range(12):
        ex = synth_extraction(i, seed=3)
        assert unicodedata.is_normalized("NFC", ex.text)
        spans = list(_spanned(ex))
        assert len(spans) > 100
        for (s, e), text in spans:
            assert ex.text[s:e] == text


def test_a_synthetic_source_is_deterministic_and_round_trips_through_json():
    a, b = synth_extraction(7, seed=3), synth_extraction(7, seed=3)
    assert a.to_json() == b.to_json() and a.text == b.text
    assert synth_extraction(7, seed=4).to_json() != a.to_json()
    again = Extraction.from_json(json.loads(json.dumps(a.to_json())), text=a.text)
    assert to_graph(again).isomorphic(to_graph(a))


def test_sources_have_every_kind_of_item_with_real_vocabulary():
    types = set(body_type_labels())
    indicators = {s for s, _ in indicator_patterns()}
    roles, doc_types, kinds, rels = Counter(), Counter(), Counter(), Counter()
    for i in range(63):
        ex = synth_extraction(i, seed=3)
        keys = ex.by_key()
        assert ex.documents[0].main and ex.documents[0].issuer in keys
        for b in ex.bodies:
            assert b.type in types, b.type
        for x in ex.targets + ex.statistics:
            assert x.indicator is None or x.indicator in indicators
        for a in ex.assignments:
            assert a.body in keys and a.task in keys and all(p in keys for p in a.partners)
            roles[a.role] += 1
        doc_types.update(d.type for d in ex.documents)
        kinds.update(g.kind for g in ex.task_groups)
        rels.update(r.kind for r in ex.relations)
        assert ex.tasks and ex.targets and ex.statistics and ex.references
    assert set(roles) == {"lead", "coordinate", "monitor", "implement"}
    assert len(doc_types) >= 8 and set(kinds) == {"task", "target"} and set(rels) == {"reportsTo", "accountableTo"}


def test_one_round_covers_the_63_provinces_and_later_documents_the_34():
    old = {p.name for p in load_provinces()}
    new = {p.new_name for p in load_provinces()}
    assert len(old) == 63 and len(new) == 34
    first_round = [synth_extraction(i, seed=3) for i in range(63)]
    before = {ex.source.province for ex in first_round if ex.documents[0].issued < "2025-07-01"}
    after = [ex for ex in first_round if ex.documents[0].issued >= "2025-07-01"]
    assert before <= old and len(before) + len(after) >= 60
    assert after and all(ex.source.province in new and ex.documents[0].term == "2025-2030" for ex in after)


def test_a_province_has_about_sixty_bodies_named_as_extraction_names_them():
    bodies = province_bodies("Tuyên Quang", "tỉnh")
    names = {b.name for b in bodies}
    assert 55 <= len(bodies) <= 65 and len(names) == len(bodies)
    assert {"Ban Tổ chức Tỉnh ủy", "Ủy ban Kiểm tra Tỉnh ủy", "Ban Thường vụ Tỉnh ủy", "Sở Nội vụ"} <= names
    assert "Ban Tổ chức Thành ủy" in {b.name for b in province_bodies("Hà Nội", "thành phố")}


def test_sizes_parse_and_the_corpus_on_disk_does_not_depend_on_jobs(tmp_path):
    assert parse_size("5m") == 5_000_000 and parse_size("100K") == 100_000 and parse_size("1.5m") == 1_500_000
    with pytest.raises(ValueError, match="not a size"):
        parse_size("lots")
    one = generate_corpus(20_000, tmp_path / "a", seed=5, jobs=1)
    two = generate_corpus(20_000, tmp_path / "b", seed=5, jobs=2)
    assert one.triples == two.triples and 20_000 <= one.triples < 20_000 * 1.2
    for f in ("sources.nt", "all.nq"):
        assert (tmp_path / "a" / f).read_bytes() == (tmp_path / "b" / f).read_bytes()
    # every triple twice: in its named graph and in the merged default graph (docs/model.md, store layout)
    assert sum(1 for _ in open(tmp_path / "a" / "all.nq", encoding="utf-8")) == 2 * one.triples


def test_texts_for_timing_extraction_vary_the_seed_articles_and_extract(tmp_path):
    from phancong.build import process_path

    files = synth_texts(tmp_path, 0.05, seed=2)
    assert sum(f.stat().st_size for f in files) >= 50_000
    res, ex = process_path(str(files[1]))
    assert res.ok and res.triples > 100
    meta = json.loads(files[1].with_name(files[1].name.replace(".txt", ".meta.json")).read_text(encoding="utf-8"))
    assert meta["province"] in {p.name for p in load_provinces()}


def _numbers(d, path=""):
    """Every leaf that must be a number is one (finite)."""
    for k, v in d.items():
        if isinstance(v, dict):
            yield from _numbers(v, f"{path}.{k}")
        elif k.endswith(("_ms", "_s", "_gib", "_per_s", "ratio", "overhead", "speedup", "scaling", "bytes", "rps")):
            yield f"{path}.{k}", v


@pytest.mark.slow
def test_quick_bench_writes_every_section_with_numbers(tmp_path):
    out = tmp_path / "bench.json"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH")) if p)}
    p = subprocess.run(
        [sys.executable, "-m", "benchmarks.bench", "--quick", "--json", str(out)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=900,
        env=env,
    )
    assert p.returncode == 0, p.stderr[-3000:]
    assert "owner by words" in p.stdout and "baseline" in p.stdout
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["machine"]["nproc"] >= 1 and data["machine"]["pyoxigraph"]
    e = data["extraction"]
    assert e["failed"] == 0 and e["pipeline_1_mb_s_core"] > 0 and e["scaling"] > 0
    ((size, r),) = data["sizes"].items()
    assert r["triples"] > 10_000
    assert r["build"]["triples_per_s"] > 0 and r["build"]["raw_triples_per_s"] > 0 and r["build"]["ratio"] > 0
    for kind in ("owner_words", "owner_iri", "chain", "compare"):
        lt = r["latency"][kind]
        assert lt["api"]["n"] >= 5 and lt["raw"]["n"] >= 5 and lt["overhead"] > 0
        assert lt["rows_api"] > 0 and lt["rows_raw"] > 0
        rd = r["rdflib"][kind]  # a baseline that does not answer within its budget is stopped and said so
        assert rd.get("speedup", 0) > 0 or rd.get("speedup_at_least", 0) > 0 or rd.get("error")
    assert r["search"]["speedup"] > 0 and r["search"]["index_hits"] > 0
    assert r["rss"]["build_gib"] > 0 and r["rss"]["query_gib"] > 0
    assert r["disk"]["store_bytes"] > 0 and r["viz"]["nodes"] > 100 and r["viz"]["seconds"] > 0
    assert r["web"].get("measured") is False and r["web"]["reason"] or r["web"]["rps"] > 0
    for where, v in _numbers(r):
        assert isinstance(v, (int, float)) and math.isfinite(v), where


def _result_at_5m(view_seconds: float, view_nodes: int) -> dict:
    return {
        "sizes": {
            "5m": {
                "build": {"ratio": 0.5, "raw_triples_per_s": 40_000},
                "latency": {"chain": {"api": {"p95_ms": 1.0}, "raw": {"p95_ms": 3.0}, "overhead": 0.3}},
                "rss": {"build_gib": 0.8, "query_gib": 0.6},
                "viz": {"large": {"seconds": view_seconds, "nodes": view_nodes, "edges": 2 * view_nodes}},
            }
        }
    }


def test_the_goals_table_says_whether_a_20000_node_view_was_generated_within_2_seconds():
    from benchmarks.bench import goals_table

    def view_line(seconds: float, nodes: int) -> str:
        return next(x for x in goals_table(_result_at_5m(seconds, nodes)) if "view of 20,000 nodes" in x)

    assert view_line(1.22, 20_000).rstrip().endswith("met")
    assert view_line(3.91, 20_000).rstrip().endswith("MISSED")
    assert view_line(1.0, 11_373).rstrip().endswith("MISSED")  # a smaller store's largest view proves nothing
