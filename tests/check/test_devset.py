"""Scoring the dev set's gold shape from the project (phancong.check.devset, `phancong eval --devset`);
tools/devset.py (pack, unpack, urls); the committed devset/ folder: a manifest and gold with offsets
only, never third-party text.

Every text here is made up for the test. Where ../shared/devset/score.py (the independent scorer)
is present, the project's figures must equal the ones it prints on the same folder.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from phancong.check.devset import QuoteError, Tally, adapt, fold, resolve_quotes, score, score_set, to_offsets
from phancong.cli import main

ROOT = Path(__file__).resolve().parents[2]
SCORE_PY = ROOT.parent / "shared" / "devset" / "score.py"
NO_SCORER = f"the dev set's scorer {SCORE_PY} is not here (it lives outside the repository; absent on CI)"

TEXT = """KẾ HOẠCH
Thực hiện Chỉ thị số 12-CT/TU ngày 05/01/2024 của Ban Thường vụ Tỉnh ủy, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 31-KH/TU về nâng cao chất lượng sinh hoạt chi bộ.

I. MỤC TIÊU
Phấn đấu đến năm 2027 có 90% trở lên chi bộ được xếp loại hoàn thành tốt nhiệm vụ; hằng năm kết nạp ít nhất 800 đảng viên mới.

II. TỔ CHỨC THỰC HIỆN
1. Giao Ban Tổ chức Tỉnh ủy chủ trì, phối hợp với Văn phòng Tỉnh ủy tổng hợp báo cáo.
2. Ủy ban Kiểm tra Tỉnh ủy kiểm tra, giám sát việc thực hiện Kế hoạch ở các huyện ủy, thị ủy.
3. Ban Tuyên giáo Tỉnh ủy hướng dẫn công tác tuyên truyền về Kế hoạch trên báo chí của tỉnh.
4. Các huyện ủy, thị ủy xây dựng kế hoạch cụ thể, báo cáo kết quả với Ban Thường vụ Tỉnh ủy trước ngày 15/12 hằng năm.
"""  # noqa: E501 - a plan's text, one paragraph per line as published

GOLD = {
    "url": "https://example.org/made-up-plan",
    "query": "made-up plan",
    "province": "Made-up",
    "documents": [
        {
            "type": "KeHoach",
            "number": "31-KH/TU",
            "date": None,
            "issuer": "Ban Thường vụ Tỉnh ủy",
            "title": "Kế hoạch về nâng cao chất lượng sinh hoạt chi bộ",
            "role": "subject",
        },
        {
            "type": "ChiThi",
            "number": "12-CT/TU",
            "date": "2024-01-05",
            "issuer": "Ban Thường vụ Tỉnh ủy",
            "title": "Chỉ thị",
            "role": "basis",
        },
    ],
    "bodies": [
        "Ban Thường vụ Tỉnh ủy",
        "Ban Tổ chức Tỉnh ủy",
        "Văn phòng Tỉnh ủy",
        "Ủy ban Kiểm tra Tỉnh ủy",
        "Ban Tuyên giáo Tỉnh ủy",
        "các huyện ủy, thị ủy",
    ],
    "assignments": [
        {
            "body": "Ban Tổ chức Tỉnh ủy",
            "role": "lead",
            "task": "tổng hợp báo cáo",
            "evidence": "Giao Ban Tổ chức Tỉnh ủy chủ trì, phối hợp với Văn phòng Tỉnh ủy tổng hợp báo cáo",
        },
        {
            "body": "Văn phòng Tỉnh ủy",
            "role": "coordinate",
            "task": "tổng hợp báo cáo",
            "evidence": "phối hợp với Văn phòng Tỉnh ủy tổng hợp báo cáo",
        },
        {
            "body": "Ủy ban Kiểm tra Tỉnh ủy",
            "role": "monitor",
            "task": "kiểm tra, giám sát việc thực hiện",
            "evidence": "Ủy ban Kiểm tra Tỉnh ủy kiểm tra, giám sát việc thực hiện Kế hoạch",
        },
        {
            "body": "Ban Tuyên giáo Tỉnh ủy",
            "role": "execute",
            "task": "hướng dẫn tuyên truyền",
            "evidence": "Ban Tuyên giáo Tỉnh ủy hướng dẫn công tác tuyên truyền về Kế hoạch trên báo chí của tỉnh",
        },
        {
            "body": "các huyện ủy, thị ủy",
            "role": "execute",
            "task": "xây dựng kế hoạch cụ thể",
            "evidence": "Các huyện ủy, thị ủy xây dựng kế hoạch cụ thể",
        },
        {
            "body": "Ban Thường vụ Tỉnh ủy",
            "role": "report_to",
            "task": "nhận báo cáo",
            "deadline": "15/12 hằng năm",
            "evidence": "báo cáo kết quả với Ban Thường vụ Tỉnh ủy trước ngày 15/12 hằng năm",
        },
    ],
    "targets": [
        {
            "indicator": "chi bộ hoàn thành tốt nhiệm vụ",
            "value": 90,
            "unit": "%",
            "comparator": ">=",
            "value_max": None,
            "deadline": 2027,
            "period": "by_deadline",
            "evidence": "90% trở lên chi bộ được xếp loại hoàn thành tốt nhiệm vụ",
        },
        {
            "indicator": "đảng viên mới",
            "value": 800,
            "unit": "đảng viên",
            "comparator": ">=",
            "value_max": None,
            "deadline": 2027,
            "period": "annual",
            "evidence": "kết nạp ít nhất 800 đảng viên mới",
        },
    ],
    "notes": "Made up for the test; the quotas are 'hằng năm kết nạp ít nhất 800 đảng viên mới' in the text.",
}


# A second text whose gold the extractor is not expected to match in full (short forms, a quota list,
# a relative target), so that the comparison with the dev set's scorer sees misses on both sides.
TEXT2 = """UBND tỉnh giao Sở Kế hoạch và Đầu tư chủ trì tham mưu; MTTQ tỉnh và các đoàn thể tuyên truyền đến hội viên.
Chỉ tiêu kết nạp đảng viên năm 2025 của các đảng bộ: Đảng bộ huyện Sông Xanh 120; Đảng bộ huyện Núi Đỏ 95.
Thu nhập bình quân đầu người năm 2030 gấp hơn 2 lần năm 2025, khoảng 150 triệu đồng.
"""
GOLD2 = {
    "url": "https://example.org/made-up-2",
    "query": "made-up 2",
    "province": "Made-up",
    "documents": [],
    "bodies": [
        "Ủy ban nhân dân tỉnh",
        "Sở Kế hoạch và Đầu tư",
        "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
        "các đoàn thể",
        "Đảng bộ huyện Sông Xanh",
        "Đảng bộ huyện Núi Đỏ",
    ],
    "assignments": [
        {
            "body": "Sở Kế hoạch và Đầu tư",
            "role": "lead",
            "task": "tham mưu",
            "evidence": "giao Sở Kế hoạch và Đầu tư chủ trì tham mưu",
        },
        {
            "body": "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
            "role": "execute",
            "task": "tuyên truyền",
            "evidence": "MTTQ tỉnh và các đoàn thể tuyên truyền đến hội viên",
        },
        {
            "body": "các đoàn thể",
            "role": "execute",
            "task": "tuyên truyền",
            "evidence": "MTTQ tỉnh và các đoàn thể tuyên truyền đến hội viên",
        },
    ],
    "targets": [
        {
            "indicator": "đảng viên mới",
            "value": 120,
            "unit": "đảng viên",
            "comparator": "=",
            "value_max": None,
            "deadline": 2025,
            "period": "annual",
            "evidence": "Đảng bộ huyện Sông Xanh 120",
        },
        {
            "indicator": "đảng viên mới",
            "value": 95,
            "unit": "đảng viên",
            "comparator": "=",
            "value_max": None,
            "deadline": 2025,
            "period": "annual",
            "evidence": "Đảng bộ huyện Núi Đỏ 95",
        },
        {
            "indicator": "thu nhập bình quân đầu người",
            "value": 2,
            "unit": "lần",
            "comparator": ">=",
            "value_max": None,
            "deadline": 2030,
            "period": "by_deadline",
            "strict": True,
            "evidence": "gấp hơn 2 lần năm 2025",
        },
        {
            "indicator": "thu nhập bình quân đầu người",
            "value": 150,
            "unit": "triệu đồng",
            "comparator": "=",
            "value_max": None,
            "deadline": 2030,
            "period": "by_deadline",
            "approx": True,
            "evidence": "khoảng 150 triệu đồng",
        },
    ],
    "statistics": [
        {
            "indicator": "thu nhập bình quân đầu người",
            "value": 2025,
            "unit": "năm",
            "evidence": "gấp hơn 2 lần năm 2025",
        }
    ],
    "notes": "Made up for the test.",
}


def _set(tmp_path: Path, gold=GOLD, text=TEXT, name="m01") -> Path:
    (tmp_path / "docs").mkdir(parents=True, exist_ok=True)
    (tmp_path / "gold").mkdir(parents=True, exist_ok=True)
    (tmp_path / "docs" / f"{name}.txt").write_bytes(text.encode("utf-8"))
    (tmp_path / "gold" / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    return tmp_path


def _scorer():
    if not SCORE_PY.is_file():
        pytest.skip(NO_SCORER)
    spec = importlib.util.spec_from_file_location("devset_score", SCORE_PY)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


# A prediction in the project's extraction shape (docs/model.md), written by hand so that the rules
# are tested independently of what the extractor finds today.
PRED = {
    "documents": [
        {"key": "d1", "type": "Plan", "number": "31-KH/TU", "text": "Kế hoạch số 31-KH/TU"},
        {"key": "d2", "type": "Directive", "number": "12 - CT/TU", "text": "Chỉ thị số 12-CT/TU"},
        {"key": "d3", "type": "Programme", "number": "7-CTr/TU", "text": "Chương trình phối hợp số 7"},
    ],
    "bodies": [
        {"key": "b1", "name": "Ban Thường vụ Tỉnh ủy"},
        {"key": "b2", "name": "Ban Tổ chức Tỉnh ủy"},
        {"key": "b3", "name": "Văn phòng Tỉnh ủy"},
        {"key": "b4", "name": "Ủy ban Kiểm tra"},
        {"key": "b5", "name": "Ban Tổ chức Tỉnh ủy"},
        {"key": "b6", "name": "Sở Nội vụ"},
    ],
    "assignments": [
        {"key": "a1", "body": "b2", "role": "lead", "partners": ["b3"], "text": "tổng hợp báo cáo"},
        {
            "key": "a2",
            "body": "b4",
            "role": "monitor",
            "text": "kiểm tra, giám sát việc thực hiện Kế hoạch ở các huyện ủy, thị ủy",
            "partners": [],
        },
        {"key": "a3", "body": "b5", "role": "lead", "text": "một việc khác hẳn", "partners": []},
        {"key": "a4", "body": "b6", "role": "implement", "text": "tuyên truyền", "partners": []},
    ],
    "relations": [
        {
            "key": "l1",
            "from": "b2",
            "to": "b1",
            "kind": "reportsTo",
            "text": "báo cáo kết quả với Ban Thường vụ Tỉnh ủy",
        }
    ],
    "targets": [
        {
            "key": "x1",
            "value": 90,
            "upper": None,
            "unit": "percent",
            "deadline_year": 2027,
            "text": "90% trở lên chi bộ được xếp loại hoàn thành tốt nhiệm vụ",
        },
        {
            "key": "x2",
            "value": 800,
            "upper": None,
            "unit": "party-member",
            "deadline_year": 2025,
            "text": "kết nạp ít nhất 800 đảng viên mới",
        },
        {
            "key": "x3",
            "value": 800,
            "upper": None,
            "unit": "party-member",
            "deadline_year": 2027,
            "text": "800 đảng viên",
        },
    ],
}


def test_adapt_maps_keys_roles_partners_relations_types_and_units():
    a = adapt(PRED)
    assert a["bodies"][:2] == ["Ban Thường vụ Tỉnh ủy", "Ban Tổ chức Tỉnh ủy"]
    assert {"body": "Văn phòng Tỉnh ủy", "role": "coordinate", "evidence": "tổng hợp báo cáo"} in a["assignments"]
    assert {"body": "Sở Nội vụ", "role": "execute", "evidence": "tuyên truyền"} in a["assignments"]
    assert a["assignments"][-1] == {
        "body": "Ban Thường vụ Tỉnh ủy",
        "role": "report_to",
        "evidence": "báo cáo kết quả với Ban Thường vụ Tỉnh ủy",
    }
    assert [d["type"] for d in a["documents"]] == ["KeHoach", "ChiThi", "Other"]
    assert [t["unit"] for t in a["targets"]] == ["%", "đảng viên", "đảng viên"]


def test_lenient_and_strict_rules():
    gold, pred = GOLD, adapt(PRED)
    lenient, strict = score(gold, pred), score(gold, pred, strict=True)
    # bodies: "Ủy ban Kiểm tra" is contained in a gold name (lenient) but not equal to it (strict);
    # the duplicate Ban Tổ chức counts in lenient precision, once in strict
    assert lenient["bodies"] == Tally(5, 6, 4, 6)
    assert strict["bodies"] == Tally(3, 6, 3, 6)
    # assignments: a3 (same body and role as a1, unrelated evidence) counts only when lenient
    assert lenient["assignments"] == Tally(5, 6, 4, 6)
    assert strict["assignments"] == Tally(4, 6, 4, 6)
    # targets: x2's deadline differs from the gold's, which only strict checks; x3 is a duplicate
    assert lenient["targets"] == Tally(3, 3, 2, 2)
    assert strict["targets"] == Tally(2, 3, 2, 2)
    # documents: numbered only, type and number with spaces removed
    assert lenient["documents"] == Tally(2, 3, 2, 2) == strict["documents"]
    assert round(strict["bodies"].f1, 3) == 0.5


def test_tally_precision_and_recall_when_a_side_is_empty():
    assert (Tally(0, 0, 0, 0).precision, Tally(0, 0, 0, 0).recall) == (1.0, 1.0)
    assert (Tally(0, 0, 0, 3).precision, Tally(0, 0, 0, 3).f1) == (0.0, 0.0)
    assert Tally(0, 2, 0, 0).recall == 1.0  # as the dev set's scorer counts it


def test_fold_keeps_the_characters_the_scorer_keeps():
    assert fold("Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh") == "dang uy khoi co quan - doanh nghiep tinh"
    assert fold("90%/năm") == "90%/nam"


def test_rules_equal_the_dev_set_scorer_on_hand_made_predictions():
    ref = _scorer()
    variants = [
        PRED,
        {},
        {"bodies": PRED["bodies"]},
        dict(PRED, targets=PRED["targets"][::-1]),
        dict(PRED, assignments=PRED["assignments"][::-1]),
    ]
    for pred in variants:
        assert ref.adapt(pred) == adapt(pred)
        for strict, theirs in ((False, ref.score), (True, ref.score_strict)):
            mine = score(GOLD, adapt(pred), strict=strict)
            assert {c: (t.matched_pred, t.n_pred, t.matched_gold, t.n_gold) for c, t in mine.items()} == theirs(
                GOLD, ref.adapt(pred)
            )


def _lines(out: str) -> list[str]:
    return [ln for ln in out.splitlines() if re.match(r"(bodies|assignments|targets|documents|m\d\d) ", ln)]


@pytest.mark.parametrize("strict", [False, True], ids=["lenient", "strict"])
def test_eval_devset_prints_the_figures_of_the_dev_set_scorer(tmp_path, capsys, strict):
    if not SCORE_PY.is_file():
        pytest.skip(NO_SCORER)
    set_dir = _set(_set(tmp_path), GOLD2, TEXT2, "m02")
    flags = ["--strict"] if strict else []
    assert main(["eval", "--devset", str(set_dir), "--per-item", *flags]) == 0
    mine = _lines(capsys.readouterr().out)
    cmd = f"{shlex.quote(sys.executable)} -m phancong.cli extract {{file}} --format json"
    r = subprocess.run(
        [sys.executable, str(SCORE_PY), str(set_dir), "--per-item", "--cmd", cmd, *flags],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert r.returncode == 0, r.stderr
    assert len(mine) == 6 and mine == _lines(r.stdout)


def test_eval_devset_reads_offset_gold_and_checks_the_text(tmp_path, capsys):
    set_dir = _set(tmp_path / "set")
    plain = score_set(set_dir)
    packed = tmp_path / "packed"
    (packed / "gold").mkdir(parents=True)
    (packed / "gold" / "m01.json").write_text(json.dumps(to_offsets(GOLD, TEXT, "m01")), encoding="utf-8")
    assert score_set(set_dir, packed / "gold").total == plain.total
    assert main(["eval", "--devset", str(set_dir), "--gold", str(packed / "gold")]) == 0
    # a manifest beside the gold folder holds the text's sha256: another text is refused, by name
    (packed / "manifest.json").write_text(json.dumps({"items": [{"id": "m01", "sha256": "0" * 64}]}))
    assert main(["eval", "--devset", str(set_dir), "--gold", str(packed / "gold")]) == 1
    assert "m01.txt: differs from the text" in capsys.readouterr().err


def test_eval_devset_is_honest_about_missing_gold_and_texts(tmp_path, capsys):
    assert main(["eval", "--devset", str(tmp_path)]) == 1
    assert f"no gold file (*.json) in {tmp_path / 'gold'}" in capsys.readouterr().err
    set_dir = _set(tmp_path)
    (set_dir / "gold" / "m02.json").write_text(json.dumps(GOLD), encoding="utf-8")
    assert main(["eval", "--devset", str(set_dir)]) == 1
    err = capsys.readouterr().err
    assert "m02" in err and str(set_dir / "docs") in err
    assert main(["eval", "--devset", str(set_dir), "--skip-missing"]) == 0
    assert "1 texts" in capsys.readouterr().out
    (set_dir / "docs" / "m01.txt").unlink()
    assert main(["eval", "--devset", str(set_dir), "--skip-missing"]) == 1
    assert "no text in" in capsys.readouterr().err


def test_eval_devset_refuses_project_shaped_gold(tmp_path, capsys):
    set_dir = _set(tmp_path, gold={"source": {"id": "m01"}, "bodies": [{"key": "b1", "name": "Sở Nội vụ"}]})
    assert main(["eval", "--devset", str(set_dir)]) == 1
    assert "not gold in the dev set's shape" in capsys.readouterr().err


def test_offsets_round_trip_and_a_missing_evidence_is_named():
    packed = to_offsets(GOLD, TEXT, "m01")
    assert all(set(a["evidence"]) == {"start", "end"} for a in packed["assignments"] + packed["targets"])
    assert "hằng năm kết nạp" not in json.dumps(packed, ensure_ascii=False)  # the quote in the notes too
    assert resolve_quotes(packed, TEXT, "m01") == GOLD
    bad = dict(GOLD, targets=[dict(GOLD["targets"][0], evidence="95% chi bộ trong sạch")])
    with pytest.raises(QuoteError, match=r"m01: targets\[0\]\.evidence: evidence not in the text: '95% chi bộ"):
        to_offsets(bad, TEXT, "m01")


# ---- tools/devset.py ----------------------------------------------------------------------

TOOL = ROOT / "tools" / "devset.py"
DEVSET = ROOT / "devset"


def tool(*args, devset: Path):
    return subprocess.run(
        [sys.executable, str(TOOL), "--devset", str(devset), *map(str, args)],
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture
def src(tmp_path):
    d = _set(_set(tmp_path / "src"), GOLD2, TEXT2, "m02")
    (d / "manifest-north.json").write_text(
        json.dumps(
            {
                "items": [
                    {
                        "id": "m01",
                        "url": "https://example.org/made-up-plan",
                        "query": "made-up plan",
                        "province": "Made-up",
                        "post_2025": False,
                        "retrieved_date": "2026-12-01",
                        "description": "a made-up plan",
                        "excerpt": "THE PAGE TEXT, NEVER KEPT",
                    },
                    {"id": "m09", "url": "https://example.org/read-no-gold", "query": "read but not annotated"},
                ]
            }
        ),
        encoding="utf-8",
    )
    (d / "manifest-south.json").write_text(
        json.dumps(
            {
                "items": [
                    {
                        "id": "m02",
                        "url": "https://example.org/made-up-2",
                        "query": "made-up 2",
                        "post_2025": True,
                        "retrieved": "2026-12-02",
                        "description": "a second made-up text",
                    }
                ],
                "also_read": ["https://example.org/searched", "https://example.org/looked-at"],
            }
        ),
        encoding="utf-8",
    )
    (d / "read_urls.txt").write_text(
        "# read while searching\nhttps://example.org/looked-at\nhttps://example.org/made-up-2\n", encoding="utf-8"
    )
    shared = tmp_path / "shared-manifest.json"
    shared.write_text(json.dumps({"items": [{"id": "h01", "url": "https://example.org/shared-1", "query": "q h01"}]}))
    return d, shared


def test_pack_writes_offsets_and_a_merged_manifest_without_text(src, tmp_path):
    d, shared = src
    out = tmp_path / "devset"
    r = tool("pack", d, "--also-read", shared, "--note", "shared dev set", devset=out)
    assert r.returncode == 0, r.stderr
    assert "packed 2 items" in r.stdout
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    m01, m02 = manifest["items"]
    assert list(m01)[:7] == ["id", "url", "query", "province", "post_2025", "retrieved", "description"]
    assert m01["retrieved"] == "2026-12-01" and m02["post_2025"] is True
    assert m01["sha256"] == hashlib.sha256(TEXT.encode("utf-8")).hexdigest()
    assert {u["url"]: u["note"] for u in manifest["also_read"]} == {
        "https://example.org/looked-at": "read for development (manifest-south.json)",
        "https://example.org/searched": "read for development (manifest-south.json)",
        "https://example.org/read-no-gold": "read, no gold (m09)",
        "https://example.org/shared-1": "shared dev set h01",
    }
    everything = (out / "manifest.json").read_text(encoding="utf-8") + "".join(
        p.read_text(encoding="utf-8") for p in (out / "gold").glob("*.json")
    )
    assert "NEVER KEPT" not in everything
    for gold in (GOLD, GOLD2):
        for item in gold["assignments"] + gold["targets"] + gold.get("statistics", []):
            assert item["evidence"] not in everything
    packed = json.loads((out / "gold" / "m01.json").read_text(encoding="utf-8"))
    ev = packed["assignments"][0]["evidence"]
    assert TEXT[ev["start"] : ev["end"]] == GOLD["assignments"][0]["evidence"]

    r = tool("urls", devset=out)
    assert r.stdout.split() == [
        "https://example.org/made-up-plan",
        "https://example.org/made-up-2",
        "https://example.org/looked-at",
        "https://example.org/read-no-gold",
        "https://example.org/searched",
        "https://example.org/shared-1",
    ]
    assert "https://example.org/made-up-2\tmade-up 2" in tool("urls", "--with-query", devset=out).stdout


def test_pack_names_the_item_and_the_string_not_in_the_text_and_writes_nothing(src, tmp_path):
    d, _ = src
    bad = dict(GOLD2, assignments=[dict(GOLD2["assignments"][0], evidence="Sở Tài chính chủ trì thẩm định")])
    (d / "gold" / "m02.json").write_text(json.dumps(bad, ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "devset"
    r = tool("pack", d, devset=out)
    assert r.returncode == 1
    assert "m02: assignments[0].evidence: evidence not in the text: 'Sở Tài chính chủ trì thẩm định'" in r.stderr
    assert not out.exists()


def test_unpack_rebuilds_the_gold_checks_each_text_and_stays_outside_the_repository(src, tmp_path):
    d, _ = src
    out = tmp_path / "devset"
    assert tool("pack", d, devset=out).returncode == 0
    texts = tmp_path / "recovered"
    texts.mkdir()
    (texts / "m01.txt").write_bytes(TEXT.encode("utf-8"))  # flat layout is accepted too
    (texts / "m02.txt").write_bytes(TEXT2.replace("95", "96").encode("utf-8"))
    r = tool("unpack", texts, tmp_path / "set", devset=out)
    assert r.returncode == 1 and "m02:" in r.stderr and "differs from the text packed" in r.stderr
    (texts / "m02.txt").write_bytes(TEXT2.encode("utf-8"))
    r = tool("unpack", texts, tmp_path / "set", devset=out)
    assert r.returncode == 0, r.stderr
    assert json.loads((tmp_path / "set" / "gold" / "m01.json").read_text(encoding="utf-8")) == GOLD
    assert json.loads((tmp_path / "set" / "gold" / "m02.json").read_text(encoding="utf-8")) == GOLD2
    assert (tmp_path / "set" / "docs" / "m02.txt").read_text(encoding="utf-8") == TEXT2
    r = tool("unpack", tmp_path / "set", tmp_path / "set", devset=out)  # in place, as devset/README.md says
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "set" / "docs" / "m01.txt").read_bytes() == TEXT.encode("utf-8")
    (texts / "m02.txt").unlink()
    r = tool("unpack", texts, tmp_path / "set2", devset=out)
    assert r.returncode == 1 and "texts missing" in r.stderr and "m02" in r.stderr
    assert tool("unpack", texts, tmp_path / "set2", "--skip-missing", devset=out).returncode == 0
    r = tool("unpack", texts, ROOT / "devset-texts", devset=out)
    assert r.returncode == 1 and "inside the repository" in r.stderr
    assert not (ROOT / "devset-texts").exists()


@pytest.mark.skipif(not (DEVSET / "manifest.json").exists(), reason="no devset/ folder committed yet")
def test_the_committed_devset_keeps_urls_queries_hashes_and_offsets_only():
    manifest = json.loads((DEVSET / "manifest.json").read_text(encoding="utf-8"))
    ids = {it["id"] for it in manifest["items"]}
    assert ids == {p.stem for p in (DEVSET / "gold").glob("*.json")}
    for it in manifest["items"]:
        assert it["url"].startswith("http") and it["query"] and len(it["sha256"]) == 64, it["id"]
        for k in ("province", "post_2025", "retrieved", "description"):
            assert k in it, (it["id"], k)
    for p in (DEVSET / "gold").glob("*.json"):
        gold = json.loads(p.read_text(encoding="utf-8"))
        for items in gold.values():
            for item in items if isinstance(items, list) else []:
                if isinstance(item, dict) and "evidence" in item:
                    assert set(item["evidence"]) == {"start", "end"}, p.stem
    assert all(u["url"].startswith("http") for u in manifest["also_read"])


@pytest.mark.parametrize("folder", sorted(p.name for p in DEVSET.glob("blind*") if p.is_dir()))
def test_every_committed_blind_set_keeps_urls_queries_hashes_and_offsets_only(folder):
    """The blind sets (devset/blind*/, gold written by someone who never saw the extractor) hold no text either."""
    d = DEVSET / folder
    manifest = json.loads((d / "manifest.json").read_text(encoding="utf-8"))
    assert {it["id"] for it in manifest["items"]} == {p.stem for p in (d / "gold").glob("*.json")}
    for it in manifest["items"]:
        assert it["url"].startswith("http") and it["query"] and len(it["sha256"]) == 64, it["id"]
        assert it["province"] and it["chars"] > 0, it["id"]
    for p in (d / "gold").glob("*.json"):
        gold = json.loads(p.read_text(encoding="utf-8"))
        for key in ("assignments", "targets"):
            for item in gold.get(key, []):
                assert set(item["evidence"]) == {"start", "end"}, (folder, p.stem)
    assert (d / "README.md").exists()


def test_urls_of_the_devset_list_every_set_below_it_so_a_new_blind_set_can_avoid_them(tmp_path):
    """A helper building a new blind set excludes every URL already used with `tools/devset.py urls`: the list
    must hold the blind sets' URLs (devset/blind*/manifest.json) too, not only the top set's. A blind set that
    took a text an earlier set had measured nothing new (2026-12-06: seven texts of blind23 were earlier sets')."""
    root = tmp_path / "devset"
    (root / "blind").mkdir(parents=True)
    (root / "manifest.json").write_text(
        json.dumps({"items": [{"id": "m01", "url": "https://example.org/top", "query": "q"}], "also_read": []})
    )
    (root / "blind" / "manifest.json").write_text(
        json.dumps(
            {
                "items": [{"id": "b01", "url": "https://example.org/blind-item", "query": "q"}],
                "also_read": [{"url": "https://example.org/blind-read", "query": "q"}],
            }
        )
    )
    out = tool("urls", devset=root).stdout.split()
    assert {"https://example.org/top", "https://example.org/blind-item", "https://example.org/blind-read"} <= set(out)
    assert tool("urls", devset=root / "blind").stdout.split() == [
        "https://example.org/blind-item",
        "https://example.org/blind-read",
    ]


def test_no_two_committed_sets_hold_the_same_text_unless_the_readme_says_so():
    """Each text is measured once: a text two sets both hold (the same sha256) is a duplicate that devset/README.md
    must name, so that no figure counts it as unseen."""
    readme = (DEVSET / "README.md").read_text(encoding="utf-8")
    seen: dict[str, str] = {}
    for m in sorted(DEVSET.glob("**/manifest.json")):
        for it in json.loads(m.read_text(encoding="utf-8"))["items"]:
            where = f"{m.parent.name}/{it['id']}"
            if it.get("sha256") in seen:
                assert where in readme and seen[it["sha256"]] in readme, (seen[it["sha256"]], where)
            else:
                seen[it["sha256"]] = where
