"""The hand-checked gold annotations (tests/gold/*.json) and the evaluator that scores against them.

The gold format and the annotation guidelines are in docs/gold-format.md.
"""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path

import pytest

from phancong.check.evaluate import (
    CATEGORIES,
    Score,
    declared_vs_found,
    evaluate,
    evaluate_dir,
    format_report,
    mismatches,
    overlaps,
)
from phancong.extract.model import Extraction
from phancong.text.read import read_source

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "tests" / "gold"
CORPUS = ROOT / "corpus"
SEEDS = [
    "000_aa22e36afa494b0b",
    "001_71a5b6d91341e01c",
    "002_0aa1050f377534dc",
    "003_09ee745815d12435",
    "004_42999f3cf930e581",
]

TOP_KEYS = ["source", *Extraction.LISTS]  # the extraction JSON's keys, in its order
ITEM_KEYS = {
    "documents": [
        "key",
        "type",
        "number",
        "issued",
        "issuer",
        "province",
        "term",
        "title",
        "main",
        "span",
        "text",
        "mentions",
    ],
    "references": ["from", "to", "relation", "span", "text"],
    "bodies": ["key", "name", "type", "province", "level", "mentions"],
    "task_groups": ["key", "document", "ordinal", "label", "kind", "declared_count", "deadline_year", "span", "text"],
    "tasks": ["key", "document", "group", "ordinal", "label", "span", "text"],
    "targets": [
        "key",
        "document",
        "group",
        "indicator",
        "value",
        "upper",
        "comparator",
        "unit",
        "population",
        "deadline_year",
        "period",
        "period_start",
        "period_end",
        "subject",
        "span",
        "text",
        "parent",
        "total",
    ],
    "statistics": [
        "key",
        "document",
        "indicator",
        "value",
        "comparator",
        "unit",
        "population",
        "as_of",
        "subject",
        "span",
        "text",
        "parent",
        "total",
    ],
    "assignments": ["key", "body", "task", "role", "partners", "span", "text"],
    "relations": ["key", "from", "to", "kind", "span", "text"],
}
OPTIONAL_KEYS = {"assignments": {"status", "inherited"}}
KEY_PREFIX = {
    "documents": "d",
    "bodies": "b",
    "task_groups": "g",
    "tasks": "t",
    "targets": "x",
    "statistics": "s",
    "assignments": "a",
    "relations": "r",
}

DOCUMENT_TYPES = {
    "Resolution",
    "Scheme",
    "ActionProgramme",
    "Programme",
    "Plan",
    "Directive",
    "Conclusion",
    "Decision",
    "Regulation",
    "Other",
}


def _vocabulary(file: str, scheme: str) -> set[str]:
    """The slugs of one SKOS scheme, read from its vocabulary file (the one source of body types)."""
    from rdflib import Graph, URIRef
    from rdflib.namespace import SKOS

    base = "https://w3id.org/phancong/vocab/"
    g = Graph().parse(ROOT / "ontology" / file, format="turtle")
    return {str(c)[len(base) + len(scheme) + 1 :] for c in g.subjects(SKOS.inScheme, URIRef(base + scheme + "s"))}


BODY_TYPES = _vocabulary("vocab-body-types.ttl", "body-type")
LEVELS = {"central", "province", "district", "commune", None}
ROLES = {"lead", "coordinate", "implement", "monitor"}
COMPARATORS = {"at-least", "at-most", "exactly", "range", "more-than", "less-than", "approximately"}
UNITS = {
    "percent",
    "party-member",
    "party-organisation",
    "organisation",
    "class",
    "person",
    "course",
    "inspection",
    "time",
    "locality",
    "unit",
    "congress",
}
PERIODS = {"annual", "term", None}
INDICATORS = {
    "party-members-rated-good",
    "party-members-rated-excellent",
    "party-organisations-rated-good",
    "party-organisations-rated-excellent",
    "party-organisations-clean-strong",
    "commune-committee-members-university",
    "upper-committee-members-university",
    "commune-committee-members-political-theory",
    "upper-committee-members-political-theory",
    "non-local-district-secretaries",
    "non-local-district-chairs",
    "non-local-commune-leaders",
    "secretary-also-chair",
    "village-heads-party-members",
    "party-members-admitted",
    "party-organisations-founded-private",
    "young-cadres-share",
    "female-cadres-share",
    "ethnic-minority-cadres-share",
    "exemplary-cadres-share",
    "inspection-coverage",
    "party-members-political-theory",
    "party-members-university",
    "party-members-total",
    "political-theory-classes",
    "advanced-worker-title",
    "cultural-standard-units",
    "mass-organisations-rated-good",
    None,
}
REFERENCE_RELATIONS = {"implements", "basedOn", "inheritsFrom", "cites"}
RELATION_KINDS = {"reportsTo", "accountableTo"}
PROVINCES = {"Quảng Ninh", "Tuyên Quang", "Bắc Kạn", None}
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def load(sid: str) -> dict:
    return json.loads((GOLD / f"{sid}.json").read_text(encoding="utf-8"))


_TEXTS: dict[str, str] = {}


def normalised(sid: str) -> str:
    if sid not in _TEXTS:
        _TEXTS[sid] = read_source(CORPUS / f"{sid}.txt").text
    return _TEXTS[sid]


def spans_of(data: dict):
    """(where, span, text) of every item and every mention."""
    for cat in ITEM_KEYS:
        for item in data[cat]:
            if "span" in item:
                yield f"{cat}/{item.get('key')}", item["span"], item["text"]
            for m in item.get("mentions", []):
                yield f"{cat}/{item.get('key')}/mention", m["span"], m["text"]


# ---- the files --------------------------------------------------------------------------------


@pytest.mark.parametrize("sid", SEEDS)
def test_gold_file_parses_with_the_model_layout(sid):
    data = load(sid)
    assert list(data) == TOP_KEYS
    assert data["source"]["id"] == sid
    meta = json.loads((CORPUS / f"{sid}.meta.json").read_text(encoding="utf-8"))
    assert data["source"]["province"] == meta["province"]
    assert data["problems"] == []
    for cat, keys in ITEM_KEYS.items():
        for item in data[cat]:
            # an assignment may say it reports an action ("status") or is inherited from the document
            optional = [k for k in item if k not in keys]
            assert list(item)[: len(keys)] == keys, (cat, item.get("key"))
            assert set(optional) <= OPTIONAL_KEYS.get(cat, set()), (cat, item.get("key"))


@pytest.mark.parametrize("sid", SEEDS)
def test_every_span_is_the_quoted_text_of_the_normalised_source(sid):
    text = normalised(sid)
    n = 0
    for where, (start, end), quoted in spans_of(load(sid)):
        assert 0 <= start < end <= len(text), where
        assert text[start:end] == quoted, where
        assert quoted == quoted.strip(), f"{where}: span has leading/trailing space"
        n += 1
    assert n > 0


@pytest.mark.parametrize("sid", SEEDS)
def test_keys_are_unique_and_every_reference_resolves(sid):
    data = load(sid)
    keys = {}
    for cat, prefix in KEY_PREFIX.items():
        ks = [x["key"] for x in data[cat]]
        assert len(ks) == len(set(ks)), cat
        assert all(re.fullmatch(prefix + r"\d+", k) for k in ks), cat
        keys[cat] = set(ks)
    docs, bodies, groups, tasks = keys["documents"], keys["bodies"], keys["task_groups"], keys["tasks"]
    opt = lambda k, s: k is None or k in s  # noqa: E731
    for d in data["documents"]:
        assert opt(d["issuer"], bodies), d["key"]
    for r in data["references"]:
        assert r["from"] in docs and r["to"] in docs and r["from"] != r["to"]
    for g in data["task_groups"]:
        assert opt(g["document"], docs)
    for t in data["tasks"]:
        assert opt(t["document"], docs) and opt(t["group"], groups), t["key"]
    targets = {x["key"]: x for x in data["targets"]}
    for x in data["targets"]:
        assert opt(x["document"], docs) and opt(x["group"], groups) and opt(x["subject"], bodies), x["key"]
        if x["parent"] is not None:
            parent = targets[x["parent"]]
            assert parent["parent"] is None, f"{x['key']}: components are one level deep"
            assert parent["group"] == x["group"]
    stats = {s["key"]: s for s in data["statistics"]}
    for s in data["statistics"]:
        assert opt(s["document"], docs) and opt(s["subject"], bodies), s["key"]
        assert s["parent"] is None or (s["parent"] in stats and s["parent"] != s["key"])
    for a in data["assignments"]:
        assert a["body"] in bodies and a["task"] in tasks, a["key"]
        assert all(p in bodies and p != a["body"] for p in a["partners"]), a["key"]
    for r in data["relations"]:
        assert r["from"] in bodies and r["to"] in bodies and r["from"] != r["to"]
    pairs = [(a["body"], a["task"]) for a in data["assignments"]]
    assert len(pairs) == len(set(pairs)), "one assignment per (body, task)"
    refs = [(r["from"], r["to"], r["relation"]) for r in data["references"]]
    assert len(refs) == len(set(refs))


@pytest.mark.parametrize("sid", SEEDS)
def test_enumerations_are_valid(sid):
    data = load(sid)
    assert sum(1 for d in data["documents"] if d["main"]) <= 1
    for d in data["documents"]:
        assert d["type"] in DOCUMENT_TYPES
        assert d["issued"] is None or DATE.match(d["issued"])
        assert d["term"] is None or re.fullmatch(r"\d{4}-\d{4}", d["term"])
        assert d["province"] in PROVINCES
        assert (
            d["mentions"] and d["span"] == d["mentions"][0]["span"] or d["span"] in [m["span"] for m in d["mentions"]]
        )
    for r in data["references"]:
        assert r["relation"] in REFERENCE_RELATIONS
    names = set()
    for b in data["bodies"]:
        assert b["type"] in BODY_TYPES, b["name"]
        assert b["level"] in LEVELS
        assert b["province"] in PROVINCES
        assert (b["province"] is None) == (b["level"] == "central"), b["name"]
        assert b["mentions"], b["name"]
        assert (b["name"].casefold(), b["province"]) not in names, "one entry per body per province"
        names.add((b["name"].casefold(), b["province"]))
    for g in data["task_groups"]:
        assert g["kind"] in {"task", "target"}
        assert g["declared_count"] is None or g["declared_count"] > 0
    for x in data["targets"]:
        assert x["comparator"] in COMPARATORS | {None} and x["unit"] in UNITS | {None}, x["key"]
        assert x["period"] in PERIODS and x["indicator"] in INDICATORS, x["key"]
        if x["value"] is None:
            assert x["comparator"] is None and x["unit"] is None and x["upper"] is None, x["key"]
        else:
            assert x["comparator"] is not None and x["unit"] is not None, x["key"]
        assert (x["comparator"] == "range") == (x["upper"] is not None), x["key"]
        if x["upper"] is not None:
            assert x["upper"] > x["value"]
    for s in data["statistics"]:
        assert s["comparator"] in COMPARATORS - {"range"} and s["unit"] in UNITS, s["key"]
        assert isinstance(s["value"], (int, float)), s["key"]
        assert s["as_of"] is None or DATE.match(s["as_of"]), s["key"]
        assert s["indicator"] in INDICATORS
        assert s["total"] is None or s["total"] >= s["value"]
    for a in data["assignments"]:
        assert a["role"] in ROLES
    for r in data["relations"]:
        assert r["kind"] in RELATION_KINDS


@pytest.mark.parametrize("sid", SEEDS)
def test_targets_and_statistics_are_disjoint(sid):
    data = load(sid)
    t = [x["span"] for x in data["targets"]]
    s = [x["span"] for x in data["statistics"]]
    assert not any(overlaps(a, b) for a in t for b in s)


# ---- what the seeds must hold -----------------------------------------------------------------


def test_seed_000_has_26_targets_to_2025_in_8_groups_and_6_to_2030():
    data = load("000_aa22e36afa494b0b")
    top = [x for x in data["targets"] if x["parent"] is None]
    assert sum(1 for x in top if x["deadline_year"] == 2025) == 26
    assert sum(1 for x in top if x["deadline_year"] == 2030) == 6
    groups_2025 = [g for g in data["task_groups"] if g["kind"] == "target" and g["deadline_year"] == 2025]
    assert [g["ordinal"] for g in groups_2025] == list(range(1, 9))
    found = {g["key"]: sum(1 for x in top if x["group"] == g["key"]) for g in groups_2025}
    assert [found[g["key"]] for g in groups_2025] == [3, 2, 2, 2, 4, 3, 5, 5]
    assert [g["declared_count"] for g in groups_2025] == [3, 2, 2, 2, 4, 3, 5, 5]
    table = {label: (d, f) for label, d, f in declared_vs_found(data)}
    assert table["Mục tiêu đến năm 2030"] == (6, 6)
    assert table["Nhiệm vụ và giải pháp thực hiện"] == (11, 0)
    # the figure-less chỉ tiêu and the shared-head one
    by_start = lambda prefix: next(t for t in data["targets"] if t["text"].startswith(prefix))  # noqa: E731
    assert by_start("Kịp thời sắp xếp")["value"] is None
    assert by_start("cấp ủy viên cơ sở được bồi dưỡng")["value"] == 100


def test_seed_001_has_three_task_groups_of_6_4_9():
    data = load("001_71a5b6d91341e01c")
    assert [(d, f) for _, d, f in declared_vs_found(data)] == [(6, 6), (4, 4), (9, 9)]
    assert [t["ordinal"] for t in data["tasks"] if t["group"] == "g3"] == list(range(1, 10))


def test_seed_001_assigns_duties_in_all_nine_paragraphs():
    sid = "001_71a5b6d91341e01c"
    data, text = load(sid), normalised(sid)
    start = text.index("nhiệm vụ của các tổ chức, cơ quan cụ thể")
    heads = [text.index(f"\n{i}. ", start) for i in range(1, 10)] + [len(text)]
    bodies = {b["key"]: b for b in data["bodies"]}
    for i in range(9):
        lo, hi = heads[i], heads[i + 1]
        inside = [a for a in data["assignments"] if lo <= a["span"][0] and a["span"][1] <= hi]
        assert inside, f"paragraph {i + 1} has no assignment"
    roles = {(bodies[a["body"]]["name"], a["role"]) for a in data["assignments"]}
    assert ("Ban Tổ chức Tỉnh ủy", "lead") in roles
    assert ("Ủy ban Kiểm tra Tỉnh ủy", "monitor") in roles
    assert ("Trường Chính trị tỉnh", "coordinate") in roles
    rel = {(bodies[r["from"]]["name"], r["kind"], bodies[r["to"]]["name"]) for r in data["relations"]}
    assert rel == {
        ("Ban Tổ chức Tỉnh ủy", "reportsTo", "Ban Thường vụ Tỉnh ủy"),
        ("các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy", "accountableTo", "Ban Thường vụ Tỉnh ủy"),
    }


def test_the_owner_of_tong_hop_bao_cao_is_ban_to_chuc_tinh_uy():
    data = load("001_71a5b6d91341e01c")
    bodies = {b["key"]: b for b in data["bodies"]}
    tasks = {t["key"]: t for t in data["tasks"]}
    owners = {
        (bodies[a["body"]]["name"], a["role"])
        for a in data["assignments"]
        if "tổng hợp báo cáo" in tasks[a["task"]]["text"]
    }
    assert owners == {("Ban Tổ chức Tỉnh ủy", "lead")}


def test_main_documents():
    main = {sid: [d.get("number") or d["title"] for d in load(sid)["documents"] if d["main"]] for sid in SEEDS}
    assert main["001_71a5b6d91341e01c"] == ["03-ĐA/TU"]
    assert main["003_09ee745815d12435"] == [] and main["004_42999f3cf930e581"] == []
    assert len(main["000_aa22e36afa494b0b"]) == len(main["002_0aa1050f377534dc"]) == 1


# ---- the evaluator ----------------------------------------------------------------------------


@pytest.mark.parametrize("sid", SEEDS)
def test_gold_against_itself_scores_one_everywhere(sid):
    data = load(sid)
    scores = evaluate(copy.deepcopy(data), data)
    assert set(scores) == set(CATEGORIES)
    for cat, s in scores.items():
        assert (s.precision, s.recall, s.f1) == (1.0, 1.0, 1.0), cat
        assert s.fp == s.fn == 0


def test_removing_one_target_lowers_recall_of_targets_only():
    gold = load("000_aa22e36afa494b0b")
    pred = copy.deepcopy(gold)
    del pred["targets"][0]  # x1 has no component
    scores = evaluate(pred, gold)
    assert scores["targets"].recall < 1.0 and scores["targets"].precision == 1.0
    assert (scores["targets"].tp, scores["targets"].fn) == (len(gold["targets"]) - 1, 1)
    assert all(s.f1 == 1.0 for cat, s in scores.items() if cat != "targets")


def test_changing_a_target_value_gives_one_fp_and_one_fn():
    gold = load("000_aa22e36afa494b0b")
    pred = copy.deepcopy(gold)
    pred["targets"][4]["value"] = 86
    s = evaluate(pred, gold)["targets"]
    assert (s.fp, s.fn) == (1, 1)


def test_a_shifted_but_overlapping_span_still_matches():
    gold = load("002_0aa1050f377534dc")
    pred = copy.deepcopy(gold)
    t = pred["targets"][2]
    start, end = t["span"]
    t["span"] = [start + 3, end + 5]  # most of the span still covered
    assert evaluate(pred, gold)["targets"] == Score(len(gold["targets"]), 0, 0)
    t["span"] = [end - 2, end + 40]  # now too little in common
    assert evaluate(pred, gold)["targets"].fn == 1


def test_a_body_named_differently_matches_by_an_overlapping_mention():
    gold = load("001_71a5b6d91341e01c")
    pred = copy.deepcopy(gold)
    b = next(b for b in pred["bodies"] if b["name"] == "Ban Tổ chức Tỉnh ủy")
    b["name"] = "BTC Tỉnh ủy Tuyên Quang"
    m = b["mentions"][1]
    b["mentions"] = [{"span": [m["span"][0] - 4, m["span"][1]], "text": "..."}]
    scores = evaluate(pred, gold)
    assert scores["bodies"].f1 == 1.0
    assert scores["assignments"].f1 == 1.0 and scores["relations"].f1 == 1.0
    # a different type does not match
    b["type"] = "propaganda-commission"
    scores = evaluate(pred, gold)
    assert (scores["bodies"].fp, scores["bodies"].fn) == (1, 1)
    assert scores["assignments"].fn == sum(1 for a in gold["assignments"] if a["body"] == b["key"])


def test_assignments_need_the_role_and_relations_the_kind():
    gold = load("001_71a5b6d91341e01c")
    pred = copy.deepcopy(gold)
    pred["assignments"][10]["role"] = "implement"
    pred["relations"][0]["kind"] = "accountableTo"
    scores = evaluate(pred, gold)
    assert (scores["assignments"].fp, scores["assignments"].fn) == (1, 1)
    assert (scores["relations"].fp, scores["relations"].fn) == (1, 1)
    miss = mismatches(pred, gold)
    assert [a["key"] for a in miss["assignments"]["missed"]] == [gold["assignments"][10]["key"]]


def test_documents_match_by_number_and_references_through_them():
    gold = load("001_71a5b6d91341e01c")
    pred = copy.deepcopy(gold)
    for d in pred["documents"]:
        d["mentions"], d["span"] = [], [0, 1]  # no span in common left
    assert evaluate(pred, gold)["documents"].f1 == 1.0
    assert evaluate(pred, gold)["references"].f1 == 1.0
    pred["documents"][1]["number"] = "02-NQ/TU"
    scores = evaluate(pred, gold)
    assert scores["documents"].fn == 1 and scores["references"].fn == 1


def test_empty_sides_and_the_directory_total(tmp_path):
    assert evaluate({}, {})["targets"] == Score(0, 0, 0)
    assert evaluate({}, {})["targets"].f1 == 1.0
    s = evaluate({}, load("003_09ee745815d12435"))["statistics"]
    assert (s.precision, s.recall, s.f1) == (0.0, 0.0, 0.0)
    for sid in SEEDS[:2]:
        (tmp_path / f"{sid}.json").write_text((GOLD / f"{sid}.json").read_text(encoding="utf-8"), encoding="utf-8")
    per_source, total = evaluate_dir({SEEDS[0]: load(SEEDS[0])}, tmp_path)
    assert set(per_source) == set(SEEDS[:2])
    assert per_source[SEEDS[0]]["targets"].f1 == 1.0
    assert total["tasks"] == Score(0, 0, len(load(SEEDS[1])["tasks"]))
    report = format_report(total, per_source, declared_vs_found(load(SEEDS[0])))
    assert "targets" in report and SEEDS[1] in report and "mismatch" in report
    # the order evaluate_dir returns, with the extractions for declared-vs-found
    extractions = {sid: load(sid) for sid in SEEDS[:2]}
    report2 = format_report(per_source, total, extractions)
    assert report2.splitlines()[:12] == report.splitlines()[:12]
    assert "11 declared    0 found  000 Nhiệm vụ và giải pháp thực hiện  <- mismatch" in report2


def test_the_annotation_tool_writes_exactly_the_committed_gold(tmp_path):
    """tools/annotate.py is where the seed gold comes from: run it, and the files are the committed ones."""
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    r = subprocess.run(
        [sys.executable, str(root / "tools" / "annotate.py"), "--out", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert r.returncode == 0, r.stderr
    for gold in sorted((root / "tests" / "gold").glob("*.json")):
        assert (tmp_path / gold.name).read_text(encoding="utf-8") == gold.read_text(encoding="utf-8"), gold.name
