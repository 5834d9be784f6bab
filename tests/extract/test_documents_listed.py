"""Document numbers as real texts write them (issue 13): a space after the dash of a state-style number, and
further numbers of the same type listed after the first ("các Nghị quyết số A ngày …, số B ngày …"). Every
sentence here is made up for the test."""

from __future__ import annotations

from phancong.extract import extract
from phancong.text.normalise import normalise
from phancong.text.read import Source


def documents(text: str) -> list[tuple[str, str | None, str | None]]:
    e = extract(Source(id="t", path="t.txt", text=normalise(text), meta={"province": "Sóc Trăng"}))
    return [(d.type, d.number, d.issued) for d in e.documents]


def test_a_space_after_the_dash_of_a_state_number_is_not_part_of_it():
    got = documents("Các sở thực hiện hiệu quả Chương trình hành động số 02/CTr- UBND ngày 10/01/2026 của UBND tỉnh.")
    assert ("ActionProgramme", "02/CTr-UBND", "2026-01-10") in got


def test_each_number_listed_after_the_first_is_a_document_of_the_same_type():
    got = documents(
        "Triển khai các Nghị quyết số 101/NQ-CP ngày 3 tháng 2 năm 2026, số 115/NQ-CP ngày 20 tháng 2 năm 2026 "
        "của Chính phủ; thực hiện Kế hoạch số 12/KH-UBND và số 15/KH-UBND của UBND tỉnh."
    )
    assert {
        ("Resolution", "101/NQ-CP", "2026-02-03"),
        ("Resolution", "115/NQ-CP", "2026-02-20"),
        ("Plan", "12/KH-UBND", None),
        ("Plan", "15/KH-UBND", None),
    } <= set(got)


def test_numbers_as_texts_space_and_abbreviate_them():
    """ "Kết luận số 203 KL/TƯ" (no dash, Trung ương as TƯ) is 203-KL/TW; "Công văn số 875/ UBND-NL" is
    875/UBND-NL; a five-digit number ("Tờ trình số 12893/TTr-STC") is read whole."""
    got = documents(
        "Quán triệt Kết luận số 205 KL/TƯ của Bộ Chính trị. UBND tỉnh ban hành Công văn số 877/ UBND-NL. Theo đề nghị "
        "của Sở Tài chính tại Tờ trình số 12894/TTr-STC ngày 30 tháng 11 năm 2025."
    )
    assert {("Conclusion", "205-KL/TW", None), ("Other", "877/UBND-NL", None)} <= set(got)
    assert ("Other", "12894/TTr-STC", "2025-11-30") in got


def test_a_type_word_in_lower_case_names_a_document_only_with_its_number():
    got = documents(
        "Theo đề nghị của Sở Kế hoạch và Đầu tư tại công văn số 4263/SKHĐT-TH ngày 21 tháng 12 năm 2025; các nghị "
        "quyết, chỉ thị của Đảng được quán triệt."
    )
    assert got == [("Other", "4263/SKHĐT-TH", "2025-12-21")]


def test_a_state_header_with_a_space_before_the_slash():
    got = documents("ỦY BAN NHÂN DÂN TỈNH\nSố: 2034 /QĐ-UBND\nTrà Vinh, ngày 02 tháng 10 năm 2025\nQUYẾT ĐỊNH\n")
    assert ("Decision", "2034/QĐ-UBND", "2025-10-02") in got


def test_a_plan_issued_after_citing_a_dated_conclusion_does_not_take_the_conclusions_date():
    """ "Thực hiện Kết luận số 100-KL/TW ngày 12/3/2026 …, Tỉnh ủy ban hành Kế hoạch số 45-KH/TU": the plan's
    date is not written; a dateline is ("Ngày 12/3/2026, Tỉnh ủy ban hành …")."""
    assert documents(
        "Thực hiện Kết luận số 100-KL/TW ngày 12/3/2026 của Ban Bí thư, Tỉnh ủy ban hành Kế hoạch số 45-KH/TU."
    ) == [("Conclusion", "100-KL/TW", "2026-03-12"), ("Plan", "45-KH/TU", None)]
    assert documents("Ngày 12/3/2026, Tỉnh ủy ban hành Kế hoạch số 45-KH/TU.") == [("Plan", "45-KH/TU", "2026-03-12")]


def test_a_notice_of_conclusions_is_one_notice_not_also_a_conclusion():
    """ "Thông báo kết luận số 215-TB/TU": "kết luận" qualifies the notice; one document, typed by its kind."""
    assert documents("Thông báo kết luận số 215-TB/TU ngày 2/7/2026 của Thường trực Tỉnh ủy.") == [
        ("Other", "215-TB/TU", "2026-07-02")
    ]


def test_documents_listed_after_a_plural_head_a_bare_number_and_a_law_by_its_number():
    """ "các Nghị quyết của HĐND tỉnh: số 60/NQ-HĐND … về …; số 61/NQ-HĐND …", "các Quyết định 2950, 2951 và
    2952", "Luật Tổ chức chính quyền địa phương số 72/2025/QH15": each number is a document of its type."""
    assert [
        n
        for _, n, _ in documents(
            "Căn cứ các Nghị quyết của HĐND tỉnh: số 60/NQ-HĐND ngày 09/12/2026 về kế hoạch năm 2027; số 61/NQ-HĐND "
            "ngày 09/12/2026 về đầu tư công và số 68/NQ-HĐND ngày 09/12/2026 về dự toán."
        )
    ] == ["60/NQ-HĐND", "61/NQ-HĐND", "68/NQ-HĐND"]
    assert documents("UBND tỉnh ban hành các Quyết định 2950, 2951 và 2952 công nhận các xã đạt chuẩn.") == [
        ("Decision", "2950", None),
        ("Decision", "2951", None),
        ("Decision", "2952", None),
    ]
    assert documents("Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;") == [("Other", "72/2025/QH15", None)]


def test_a_state_header_run_into_one_line_still_names_the_document():
    """ "ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH Số: 125/KH-UBND Hòa Bình, ngày 12 tháng 3 năm 2027 KẾ HOẠCH …": a page that
    lost its line breaks; the plan is numbered and dated by its header."""
    assert documents(
        "ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH Số: 125/KH-UBND Hòa Bình, ngày 12 tháng 3 năm 2027 KẾ HOẠCH Triển khai thực "
        "hiện Chỉ thị số 45-CT/TW ngày 5/1/2027 của Ban Bí thư"
    ) == [("Plan", "125/KH-UBND", "2027-03-12"), ("Directive", "45-CT/TW", "2027-01-05")]


def test_decrees_listed_after_a_plural_head_and_a_capital_so_are_each_a_document():
    got = documents(
        "Căn cứ các Nghị định của Chính phủ: Số 02/2013/NĐ-CP ngày 14 tháng 01 năm 2013 về phát triển chợ; số "
        "114/2019/NĐ-CP ngày 23 tháng 12 năm 2019 về sửa đổi, bổ sung một số điều."
    )
    numbers = {n for _, n, _ in got}
    assert {"02/2013/NĐ-CP", "114/2019/NĐ-CP"} <= numbers, got


def test_numbers_listed_after_a_comma_without_so_again_are_each_a_document():
    got = documents(
        "Theo đề nghị của Sở Tài chính tại Tờ trình số: 421/TTr-STC ngày 29/10/2026, 501/TTr-STC ngày 20/11/2026."
    )
    assert {("Other", "421/TTr-STC", "2026-10-29"), ("Other", "501/TTr-STC", "2026-11-20")} <= set(got), got


def test_a_state_number_with_a_spaced_dash_is_kept_as_written():
    got = documents("Theo đề nghị của Giám đốc Sở Công Thương tại Tờ trình số 56/TTr – SCT ngày 02 tháng 02 năm 2026.")
    assert any(n and n.startswith("56/TTr") and n.endswith("SCT") for _, n, _ in got), got


def test_laws_by_their_number_alone_or_after_a_name_with_a_comma():
    got = documents(
        "Căn cứ Luật Ban hành văn bản quy phạm pháp luật được sửa đổi bởi Luật số 87/2025/QH15; Căn cứ Luật Quản lý, "
        "sử dụng tài sản công số 15/2017/QH14."
    )
    assert {"87/2025/QH15", "15/2017/QH14"} <= {n for _, n, _ in got}, got


def test_a_document_numbered_in_a_title_in_capitals_and_a_header_in_a_table_cell():
    got = documents(
        "| ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n| Số: 0204/KH-UBND | Cà Mau, ngày 24 tháng 11 năm "
        "2026 |\nKẾ HOẠCH\nTHỰC HIỆN NGHỊ QUYẾT SỐ 01/NQ-CP NGÀY 08 THÁNG 01 NĂM 2026 CỦA CHÍNH PHỦ"
    )
    assert {("Plan", "0204/KH-UBND", "2026-11-24"), ("Resolution", "01/NQ-CP", "2026-01-08")} <= set(got), got
