"""Answers a user can trust (issue 14), asked as the user asks them.

Every task has an answer to "who owns it"; comparisons set like against like; a target is read
against the results reported on it; indicators are listed; provinces are named as users name them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from phancong.cli import main

# A plan that lists its tasks and names no body for them nor for the plan as a whole (made up).
PLAN_WITHOUT_LEAD = """Kế hoạch thực hiện Nghị quyết về sinh hoạt chi bộ

Ngày 10/1/2026, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 31-KH/TU về nâng cao chất lượng sinh hoạt chi bộ \
giai đoạn 2026 - 2030.

II. NHIỆM VỤ, GIẢI PHÁP

* Nhóm nhiệm vụ thứ nhất về đổi mới nội dung sinh hoạt chi bộ có 02 nội dung:

1. Xây dựng chuyên đề sinh hoạt hằng quý phù hợp với từng loại hình chi bộ.

2. Kết nạp đảng viên trong đoàn viên thanh niên ưu tú ở thôn, tổ dân phố.

III. TỔ CHỨC THỰC HIỆN

Ủy ban Kiểm tra Tỉnh ủy: Kiểm tra, giám sát việc thực hiện Kế hoạch.
"""


@pytest.fixture(scope="module")
def plan_store(tmp_path_factory) -> Path:
    from phancong.build import build
    from phancong.store import EmbeddedStore

    d = tmp_path_factory.mktemp("plan-without-lead")
    (d / "src").mkdir()
    (d / "src" / "plan.txt").write_text(PLAN_WITHOUT_LEAD, encoding="utf-8")
    (d / "src" / "plan.meta.json").write_text(json.dumps({"province": "Quảng Trị"}), encoding="utf-8")
    store = EmbeddedStore(d / "store")
    assert not build([d / "src"], store).failed
    store.flush()
    del store
    return d / "store"


# ------------------------------------------------------------------ 1. owner: every task has an answer
def test_who_owns_ket_nap_dang_vien_in_de_an_03_ban_to_chuc_inherited_from_the_implementation_clause(kg):
    rows = kg.owner("ket nap dang vien")
    top = rows[0]
    assert top.document_label.endswith("03-ĐA/TU")
    assert (top.body_label, top.role, top.answer, top.inherited) == (
        "Ban Tổ chức Tỉnh ủy Tuyên Quang", "lead", "inherited", True)
    assert "triển khai thực hiện Đề án" in top.evidence
    assert top.status == "assigned"


def test_who_leads_doi_moi_noi_dung_giang_day_says_no_lead_is_recorded_and_lists_the_coordinators(kg):
    rows = [r for r in kg.owner("ai chủ trì đổi mới nội dung giảng dạy")
            if r.body_label == "Trường Chính trị tỉnh Tuyên Quang"]
    assert rows and all(r.role == "coordinate" and r.lead_recorded is False and r.answer == "named" for r in rows)


def test_cli_owner_says_when_no_lead_is_recorded(seed_store_path, capsys):
    assert main(["owner", "đổi mới nội dung giảng dạy", "--limit", "1", "--store", str(seed_store_path)]) == 0
    out = capsys.readouterr().out
    assert "no lead (chủ trì) is named for this task" in out
    assert out.index("no lead") < out.index("coordinate (phối hợp)")


def test_cli_owner_shows_the_status_of_each_assignment(seed_store_path, capsys):
    assert main(["owner", "ket nap dang vien", "--limit", "1", "--store", str(seed_store_path)]) == 0
    out = capsys.readouterr().out
    assert "inherited" in out and "assigned" in out


def test_who_owns_a_task_no_body_is_named_for_says_so_with_the_document_and_its_issuer(plan_store):
    from phancong.api import KnowledgeGraph

    rows = KnowledgeGraph.open(plan_store).owner("ket nap dang vien")
    top = rows[0]
    assert top.task_label.startswith("Kết nạp đảng viên")
    assert (top.answer, top.body, top.role) == ("none", None, None)
    assert top.document_label == "Kế hoạch số 31-KH/TU"
    assert top.issuer_label == "Ban Thường vụ Tỉnh ủy Quảng Trị"


def test_cli_owner_of_a_task_without_body_answers_no_body_is_named(plan_store, capsys):
    assert main(["owner", "ket nap dang vien", "--store", str(plan_store)]) == 0
    out = capsys.readouterr().out
    assert "no body is named for this task" in out
    assert "Kế hoạch số 31-KH/TU" in out and "Ban Thường vụ Tỉnh ủy Quảng Trị" in out


def test_check_on_the_seeds_reports_no_task_without_an_answer_to_who_owns_it(seed_store):
    from phancong.check import run_checks

    report = run_checks(seed_store, shacl=False, reasoner=False)
    assert "tasks-without-owner" in report.ran
    assert not [f for f in report.findings if f.check == "tasks-without-owner"]
