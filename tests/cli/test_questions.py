"""The three questions on the built seed graph, asked the way users ask them (issue 4)."""

from __future__ import annotations

import json

from phancong.cli import main

REPORT_SENTENCE = (
    "Chủ trì, theo dõi, tổng hợp báo cáo theo định kỳ hằng năm về tình hình, "
    "kết quả thực hiện Đề án với Ban Thường vụ Tỉnh ủy"
)


def test_owner_of_tong_hop_bao_cao_is_ban_to_chuc_tinh_uy_tuyen_quang(kg):
    rows = kg.owner("tong hop bao cao")
    top = rows[0]
    assert top.body_label == "Ban Tổ chức Tỉnh ủy Tuyên Quang"
    assert top.role == "lead"
    assert top.document_label.endswith("03-ĐA/TU")
    assert top.evidence == REPORT_SENTENCE
    assert top.province == "Tuyên Quang"


def test_owner_is_found_with_or_without_diacritics_and_in_any_order(kg):
    expected = kg.owner("tổng hợp báo cáo")[0].task
    assert kg.owner("tong hop bao cao")[0].task == expected
    assert kg.owner("bao cao tong hop")[0].task == expected
    assert kg.owner("TỔNG HỢP BÁO CÁO")[0].task == expected


def test_owner_tolerates_a_small_typo(kg):
    assert kg.owner("tong hopp bao coa")[0].body_label == "Ban Tổ chức Tỉnh ủy Tuyên Quang"


def test_owner_of_kiem_tra_giam_sat_lists_the_inspection_commission_as_monitor(kg):
    rows = kg.owner("kiểm tra, giám sát")
    monitors = [r for r in rows if r.role == "monitor"]
    assert any(r.body_label == "Ủy ban Kiểm tra Tỉnh ủy Tuyên Quang" for r in monitors)


def test_political_school_coordinates_with_organisation_and_propaganda_commissions(kg):
    rows = kg.owner("đổi mới nội dung giảng dạy")
    school = next(r for r in rows if r.body_label == "Trường Chính trị tỉnh Tuyên Quang")
    assert school.role == "coordinate"
    assert set(school.partners) == {"Ban Tổ chức Tỉnh ủy", "Ban Tuyên giáo Tỉnh ủy"}


def test_owner_can_be_limited_to_a_province(kg):
    assert kg.owner("tong hop bao cao", province="Quảng Ninh") == []
    assert kg.owner("tong hop bao cao", province="tuyen quang")


def test_chain_of_the_report_task_goes_up_to_the_committee_that_issued_de_an_03(kg):
    chain = kg.chain("tong hop bao cao")
    edges = {(e.source_label, e.relation, e.target_label) for e in chain.edges}
    btc, btv, tu = "Ban Tổ chức Tỉnh ủy Tuyên Quang", "Ban Thường vụ Tỉnh ủy Tuyên Quang", "Tỉnh ủy Tuyên Quang"
    assert (chain.task_label, "lead", btc) in edges
    assert (btc, "reportsTo", btv) in edges
    assert (btv, "subOrganizationOf", tu) in edges
    assert ("Đề án số 03-ĐA/TU", "issuer", tu) in edges
    lines = chain.text_tree().splitlines()
    first = {name: next(i for i, ln in enumerate(lines) if ln.endswith(": " + name)) for name in (btc, btv, tu)}
    assert first[btc] < first[btv] < first[tu]
    g = chain.to_networkx()
    assert g.has_edge(chain.task, next(e.target for e in chain.edges if e.relation == "lead"))


def test_compare_party_members_rated_good_across_provinces(kg):
    rows = kg.compare("party-members-rated-good")
    by = {(r.province, r.kind, r.value, r.comparator) for r in rows}
    # Quảng Ninh's target: at least 90 %, yearly, to 2025
    qn = next(r for r in rows if r.province == "Quảng Ninh" and r.kind == "target")
    assert (qn.value, qn.comparator, qn.unit, qn.period, qn.deadline) == (90.0, "at-least", "percent", "annual", 2025)
    # Bắc Kạn's Đảng bộ Các cơ quan tỉnh: 80 %, yearly, term 2020-2025
    bk = next(r for r in rows if r.province == "Bắc Kạn" and r.kind == "target" and r.value == 80.0)
    assert (bk.unit, bk.period, bk.period_start, bk.period_end) == ("percent", "annual", 2020, 2025)
    # Quảng Ninh's Khối các cơ quan tỉnh reported more than 96 %: a statistic, not a target
    assert ("Quảng Ninh", "statistic", 96.0, "more-than") in by
    assert all(r.evidence for r in rows)


def test_compare_rolls_up_to_provinces_after_the_2025_merger(kg):
    rows = kg.compare("party-members-rated-good", rollup=True)
    provinces = {r.province for r in rows}
    assert "Thái Nguyên" in provinces and "Bắc Kạn" not in provinces  # Bắc Kạn merged into Thái Nguyên


def test_compare_finds_the_indicator_from_words(kg):
    assert kg.indicator("đảng viên hoàn thành tốt nhiệm vụ") == kg.indicator("party-members-rated-good")


def test_cli_owner_prints_the_body_role_and_sentence(seed_store_path, capsys):
    assert main(["owner", "tong hop bao cao", "--store", str(seed_store_path), "--limit", "1"]) == 0
    out = " ".join(capsys.readouterr().out.split())  # lines over 120 columns are wrapped
    assert "Ban Tổ chức Tỉnh ủy Tuyên Quang" in out and "lead" in out and REPORT_SENTENCE in out


def test_cli_owner_json_and_csv(seed_store_path, capsys):
    assert main(["owner", "tong hop bao cao", "--store", str(seed_store_path), "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows[0]["body_label"] == "Ban Tổ chức Tỉnh ủy Tuyên Quang"
    assert main(["owner", "tong hop bao cao", "--store", str(seed_store_path), "--format", "csv"]) == 0
    assert capsys.readouterr().out.splitlines()[0].startswith("task,task_label,body")


def test_cli_chain_prints_a_tree(seed_store_path, capsys):
    assert main(["chain", "tong hop bao cao", "--store", str(seed_store_path)]) == 0
    out = capsys.readouterr().out
    assert "reports to" in out and "Ban Thường vụ Tỉnh ủy Tuyên Quang" in out


def test_cli_compare_rows(seed_store_path, capsys):
    assert main(["compare", "party-members-rated-good", "--store", str(seed_store_path), "--format", "csv"]) == 0
    out = capsys.readouterr().out
    assert "Quảng Ninh" in out and "Bắc Kạn" in out and "statistic" in out


def test_unknown_words_give_a_clear_answer(seed_store_path, capsys):
    assert main(["owner", "zzzz qqqq", "--store", str(seed_store_path)]) == 1
    assert "no task" in capsys.readouterr().err


def test_an_indicator_slug_is_found_even_if_its_words_are_in_no_label(kg):
    assert kg.indicator("party-members-rated-good").endswith("/indicator/party-members-rated-good")
    assert kg.indicator("mass-organisations-rated-good").endswith("/indicator/mass-organisations-rated-good")


def test_chain_of_a_task_iri_without_assignments_still_names_the_task(kg):
    task = "https://w3id.org/phancong/id/task/001_71a5b6d91341e01c/1"  # a group task: no body in the text
    chain = kg.chain(task)
    assert chain.task_label.startswith("Chấp hành nghiêm các nguyên tắc")
    assert {e.relation for e in chain.edges} >= {"document", "taskGroup"}
