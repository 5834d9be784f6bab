"""Source identity (issue 18, item 2): two different file names never become one source."""

from __future__ import annotations

from pathlib import Path

import pytest

from phancong.build import build
from phancong.rdf.iri import source_iri, source_key
from phancong.store.embedded import EmbeddedStore
from phancong.text.read import source_id_for

PLAN_A = (
    "Kế hoạch số 11-KH/UBND ngày 03/4/2025 của Ủy ban nhân dân huyện về phát triển du lịch cộng đồng.\n"
    "Giao Phòng Văn hóa và Thông tin chủ trì, phối hợp với Phòng Tài chính - Kế hoạch xây dựng "
    "bản đồ điểm đến của huyện.\n"
)
PLAN_B = (
    "Kế hoạch số 12-KH/UBND ngày 05/4/2025 của Ủy ban nhân dân huyện về trồng rừng phòng hộ.\n"
    "Giao Hạt Kiểm lâm chủ trì, phối hợp với Ủy ban nhân dân các xã trồng mới 200 ha rừng phòng hộ "
    "ven sông.\n"
)

PAIRS = [
    ("plan a.txt", "plan-a.txt"),
    ("name with spaces.txt", "name-with-spaces.txt"),
    (".hidden.txt", "🙂.txt"),
    ("Kế hoạch.txt", "ke-hoach.txt"),
    ("Plan A.txt", "plan a.txt"),
    ("a.b.txt", "a.c.txt"),
    ("a~b.txt", "a-b.txt"),
]


@pytest.mark.parametrize("one, two", PAIRS)
def test_two_different_file_names_never_map_to_one_source_iri(one, two):
    a, b = source_id_for(Path(one)), source_id_for(Path(two))
    assert source_iri(a) != source_iri(b)
    for sid in (a, b):
        key = source_key(sid)
        assert key and not key.startswith((".", "~")) and key.strip("-~")


def test_ordinary_file_names_keep_their_source_ids():
    for name in ("000_aa22e36afa494b0b.txt", "000-tuyen-quang.txt", "Plan_2025.html"):
        sid = source_id_for(Path(name))
        assert sid == name.rsplit(".", 1)[0] and source_key(sid) == sid
    assert str(source_iri("000-tuyen-quang")) == "https://w3id.org/phancong/id/source/000-tuyen-quang"


def test_an_empty_slug_is_impossible():
    for sid in ("", "🙂", "...", ".", "..", "___", "~"):
        key = source_key(sid)
        assert key not in ("", ".", "..") and not key.startswith((".", "~")), (sid, key)
    assert len({source_key(s) for s in ("", "🙂", "🙃", "...", "..")}) == 5


def _sources(store) -> list[str]:
    return sorted(g for g in store.graphs() if "/source/" in g)


def test_a_fresh_build_keeps_look_alike_names_apart(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "plan a.txt").write_text(PLAN_A, encoding="utf-8")
    (folder / "plan-a.txt").write_text(PLAN_B, encoding="utf-8")
    (folder / ".hidden.txt").write_text(PLAN_A.replace("du lịch", "nông nghiệp"), encoding="utf-8")
    (folder / "🙂.txt").write_text(PLAN_B.replace("rừng", "cây"), encoding="utf-8")
    store = EmbeddedStore(tmp_path / "s")
    result = build([folder], store, graph_dir=tmp_path / "graph")
    assert not result.failed
    assert len(_sources(store)) == 4
    assert len(list((tmp_path / "graph").glob("*.nt"))) == 4
    texts = {
        r["t"]
        for r in store.select("PREFIX pc: <https://w3id.org/phancong/ontology#> SELECT ?t WHERE { ?s pc:text ?t }")
    }
    assert len(texts) == 4


def test_an_incremental_build_does_not_replace_a_look_alike_source(tmp_path):
    one, two = tmp_path / "one", tmp_path / "two"
    one.mkdir()
    two.mkdir()
    (one / "plan a.txt").write_text(PLAN_A, encoding="utf-8")
    (two / "plan-a.txt").write_text(PLAN_B, encoding="utf-8")
    store = EmbeddedStore(tmp_path / "s")
    assert not build([one], store).failed
    assert not build([two], store).failed
    assert len(_sources(store)) == 2


def test_two_files_of_one_name_in_one_build_are_refused_naming_both(tmp_path):
    for sub, text in (("x", PLAN_A), ("y", PLAN_B)):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "plan.txt").write_text(text, encoding="utf-8")
    store = EmbeddedStore(tmp_path / "s")
    result = build([tmp_path / "x", tmp_path / "y"], store)
    assert len(result.failed) == 1
    error = result.failed[0].error
    assert str(tmp_path / "y" / "plan.txt") in error and str(tmp_path / "x" / "plan.txt") in error
    assert len(_sources(store)) == 1
