"""Which numbered documents does a text cite, of which kind, number and date?

Every sentence here is made up for the test (issue 13, "Documents of every kind"): official letters,
guidance, notices, submissions, reports, regulations, decisions, conclusions; words between the type
and "số"; a number without a code; spaced numbers; state headers; one document cited with and without
its date; the same number in different years."""

from __future__ import annotations

import pytest

from phancong.extract import extract
from phancong.text.normalise import normalise
from phancong.text.read import Source


def xfail(reason: str):
    return pytest.mark.xfail(reason=reason, strict=True)


def ex(text: str, province: str = "Quảng Trị"):
    return extract(Source(id="t", path="t.txt", text=normalise(text), meta={"province": province}))


def doc(e, number: str):
    return next((d for d in e.documents if d.number == number), None)


# ---------------------------------------------------------------- every kind
@pytest.mark.parametrize(
    "sentence, word, kind, number, issued",
    [
        pytest.param(
            "Ủy ban nhân dân tỉnh ban hành Công văn số 4512/UBND-KGVX ngày 5/9/2025 về tăng cường quản lý "
            "dạy thêm, học thêm.",
            "Công văn",
            "Other",
            "4512/UBND-KGVX",
            "2025-09-05",
            id="cong-van",
        ),
        pytest.param(
            "Ban Tổ chức Tỉnh ủy ban hành Hướng dẫn số 12-HD/BTCTU ngày 20/10/2025 về đánh giá, xếp loại "
            "chất lượng tổ chức đảng.",
            "Hướng dẫn",
            "Other",
            "12-HD/BTCTU",
            "2025-10-20",
            id="huong-dan",
        ),
        pytest.param(
            "Thực hiện Thông báo số 318-TB/TU ngày 2/12/2025 của Thường trực Tỉnh ủy, các cơ quan khẩn trương "
            "hoàn thiện hồ sơ.",
            "Thông báo",
            "Other",
            "318-TB/TU",
            "2025-12-02",
            id="thong-bao",
        ),
        pytest.param(
            "Sở Nội vụ có Tờ trình số 95/TTr-SNV ngày 14/11/2025 đề nghị thành lập Hội đồng thi tuyển viên chức.",
            "Tờ trình",
            "Other",
            "95/TTr-SNV",
            "2025-11-14",
            id="to-trinh",
        ),
        pytest.param(
            "Báo cáo số 156-BC/TU ngày 15/12/2025 của Tỉnh ủy đánh giá kết quả lãnh đạo thực hiện nhiệm vụ năm.",
            "Báo cáo",
            "Other",
            "156-BC/TU",
            "2025-12-15",
            id="bao-cao",
        ),
        pytest.param(
            "Căn cứ Quy định số 22-QĐi/TU ngày 8/8/2025 của Ban Thường vụ Tỉnh ủy về phân cấp quản lý cán bộ.",
            "Quy định",
            "Regulation",
            "22-QĐi/TU",
            "2025-08-08",
            id="quy-dinh",
        ),
        pytest.param(
            "Theo Quyết định số 2150/QĐ-UBND ngày 30/9/2025 của Ủy ban nhân dân tỉnh, dự án được điều chỉnh tiến độ.",
            "Quyết định",
            "Decision",
            "2150/QĐ-UBND",
            "2025-09-30",
            id="quyet-dinh",
        ),
        pytest.param(
            "Thực hiện Kết luận số 45-KL/TU ngày 6/1/2026 của Ban Thường vụ Tỉnh ủy về công tác cán bộ nữ.",
            "Kết luận",
            "Conclusion",
            "45-KL/TU",
            "2026-01-06",
            id="ket-luan",
        ),
    ],
)
def test_a_numbered_document_of_any_kind_is_read_with_its_number_and_date(sentence, word, kind, number, issued):
    d = doc(ex(sentence), number)
    assert d is not None and (d.type, d.issued) == (kind, issued)
    assert d.text.startswith(word)  # the kind as the text writes it


def test_the_issuer_after_cua_is_named():
    e = ex("Theo Quyết định số 2150/QĐ-UBND ngày 30/9/2025 của Ủy ban nhân dân tỉnh, dự án được điều chỉnh tiến độ.")
    names = {b.key: b.name for b in e.bodies}
    assert names[doc(e, "2150/QĐ-UBND").issuer] == "Ủy ban nhân dân tỉnh"


def test_a_body_that_issued_a_dated_document_is_its_issuer_not_the_owner_of_a_duty():
    e = ex(
        "Ban Thường vụ Tỉnh ủy ban hành Công văn số 88-CV/TU ngày 05 tháng 8 năm 2025 về việc chuẩn bị đại hội chi bộ."
    )
    names = {b.key: b.name for b in e.bodies}
    d = doc(e, "88-CV/TU")
    assert (d.issued, names[d.issuer]) == ("2025-08-05", "Ban Thường vụ Tỉnh ủy")
    assert e.assignments == []


# ---------------------------------------------------------------- words between the type and "số"
@pytest.mark.parametrize(
    "sentence, kind, number",
    [
        pytest.param(
            "Sở Nội vụ và Hội Liên hiệp Phụ nữ tỉnh ban hành Kế hoạch liên tịch số 03/KHLT-SNV-HLHPN "
            "ngày 12/3/2026 về bình đẳng giới.",
            "Plan",
            "03/KHLT-SNV-HLHPN",
            id="ke-hoach-lien-tich",
        ),
        pytest.param(
            "Ban Tuyên giáo và Dân vận Tỉnh ủy và Công an tỉnh ký Quy chế phối hợp số 02-QC/BTGDVTU-CAT "
            "về bảo vệ nền tảng tư tưởng của Đảng.",
            "Regulation",
            "02-QC/BTGDVTU-CAT",
            id="quy-che-phoi-hop",
        ),
    ],
)
def test_words_between_the_type_and_so_keep_the_type(sentence, kind, number):
    d = doc(ex(sentence), number)
    assert d is not None and d.type == kind


def test_chi_thi_so_03_without_a_code_is_a_directive_with_number_03():
    e = ex("Thực hiện Chỉ thị số 03 ngày 14/8/2025 của Ban Thường vụ Tỉnh ủy về tăng cường kỷ luật, kỷ cương.")
    d = doc(e, "03")
    assert d is not None and (d.type, d.issued) == ("Directive", "2025-08-14")


# ---------------------------------------------------------------- spaced numbers
@pytest.mark.parametrize(
    "written, number, kind",
    [
        pytest.param("Thông báo số 215 - TB/TU", "215-TB/TU", "Other", id="both-sides"),
        pytest.param("Kế hoạch số 45 -KH/TU", "45-KH/TU", "Plan", id="before"),
        pytest.param("Chỉ thị số 18- CT/TU", "18-CT/TU", "Directive", id="after"),
    ],
)
def test_a_number_written_with_spaces_is_read_without_them(written, number, kind):
    d = doc(ex(f"Các cấp ủy tiếp tục thực hiện nghiêm {written} của Ban Thường vụ Tỉnh ủy."), number)
    assert d is not None and d.type == kind


# ---------------------------------------------------------------- state headers
def test_a_state_header_names_the_plan_by_its_number_and_its_type_line():
    e = ex(
        "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\n\nSố: 87/KH-UBND\n\nQuảng Trị, ngày 16 tháng 3 năm 2026\n\n"
        "KẾ HOẠCH\n\nTriển khai Chương trình chuyển đổi số năm 2026\n"
    )
    d = doc(e, "87/KH-UBND")
    assert d is not None and d.type == "Plan" and d.main


# ---------------------------------------------------------------- identity
@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Thực hiện Kế hoạch số 27-KH/TU ngày 3/3/2026 của Ban Thường vụ Tỉnh ủy về phát triển kinh tế tư nhân, "
            "Ủy ban nhân dân tỉnh giao các sở triển khai. Các sở báo cáo kết quả thực hiện Kế hoạch số 27-KH/TU "
            "trước ngày 30/11/2026.",
            id="dated-first",
        ),
        pytest.param(
            "Thực hiện Kế hoạch số 27-KH/TU của Ban Thường vụ Tỉnh ủy về phát triển kinh tế tư nhân, Ủy ban nhân "
            "dân tỉnh giao các sở triển khai. Kế hoạch số 27-KH/TU ngày 3/3/2026 xác định năm nhóm giải pháp.",
            id="dated-later",
        ),
    ],
)
def test_a_number_cited_with_and_without_its_date_is_one_document(text):
    e = ex(text)
    assert [(d.number, d.issued) for d in e.documents] == [("27-KH/TU", "2026-03-03")]


def test_the_same_notice_number_in_two_years_is_two_documents():
    e = ex(
        "Thông báo số 12-TB/TU ngày 5/2/2024 và Thông báo số 12-TB/TU ngày 20/1/2026 của Thường trực Tỉnh ủy "
        "đều đề cập việc chuẩn bị nhân sự."
    )
    assert sorted((d.number, d.issued) for d in e.documents) == [("12-TB/TU", "2024-02-05"), ("12-TB/TU", "2026-01-20")]


def test_a_programme_issued_as_follows_is_one_document_with_its_title():
    e = ex(
        "Ban Thường vụ Tỉnh ủy vừa ban hành Chương trình hành động thực hiện Nghị quyết số 68-NQ/TW, ngày "
        "04/5/2025 của Bộ Chính trị về phát triển kinh tế tư nhân. Để thực hiện Nghị quyết số 68-NQ/TW, "
        "Ban Thường vụ Tỉnh ủy ban hành Chương trình hành "
        "động thực hiện Nghị quyết số 68-NQ/TW như sau:"
    )
    programmes = [d for d in e.documents if d.type == "ActionProgramme"]
    assert len(programmes) == 1
    assert "như" not in (programmes[0].title or "")


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("UBND tỉnh vừa ban hành văn bản số 1207/UBND-NL về việc xây dựng cơ sở dữ liệu.", "1207/UBND-NL"),
        ("UBND tỉnh ban hành văn bản số: 947/UBND-KGVX, về việc tổ chức lễ hội.", "947/UBND-KGVX"),
        ("Xét đề nghị của Sở Nông nghiệp tại Tờ trình số 78/TTr-SNN&PTNT ngày 02/6/2026.", "78/TTr-SNN&PTNT"),
        (
            "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
            "Số: 387/KH-UBND | Hòa Bình, ngày 01 tháng 7 năm 2026",
            "387/KH-UBND",
        ),
    ],
)
def test_a_numbered_letter_a_number_with_an_ampersand_and_a_header_in_table_cells_are_documents(text, number):
    from phancong.extract.documents import find_documents

    assert number in [d.number for d in find_documents(text)]


def test_generic_van_ban_without_a_number_is_no_document():
    from phancong.extract.documents import find_documents

    assert find_documents("Các văn bản chỉ đạo của Trung ương được quán triệt kịp thời.") == []


def test_a_decree_a_circular_and_a_dispatch_are_documents_and_their_issuer_a_body():
    e = extract(
        Source(
            id="t",
            path="t.txt",
            text=normalise(
                "Căn cứ Nghị định số 45/2021/NĐ-CP ngày 2/4/2021 của Chính phủ về khuyến công; Thông tư số "
                "12/2022/TT-BCT của Bộ Công Thương; thực hiện Công điện số 88/CĐ-TTg, UBND tỉnh giao Sở Công "
                "Thương chủ trì triển khai."
            ),
            meta={"province": "Hòa Bình"},
        )
    )
    assert {(d.type, d.number) for d in e.documents} >= {
        ("Other", "45/2021/NĐ-CP"),
        ("Other", "12/2022/TT-BCT"),
        ("Other", "88/CĐ-TTg"),
    }
    assert "Chính phủ" in {b.name for b in e.bodies}


def test_an_official_letter_numbered_in_its_header_before_its_place_and_date_is_a_document():
    """ "Số: 475/UBND-VX Tân An, ngày 6 tháng 4 năm 2026" then "V/v …" and "Kính gửi: …": a letter (Other), its code
    only the issuer's."""
    e = ex(
        "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH TÂY NINH Độc lập - Tự do - Hạnh phúc\n\n"
        "Số: 475/UBND-VX Tân An, ngày 6 tháng 4 năm 2026\nV/v tăng cường tuyên truyền\n"
        "Kính gửi: Các sở, ban, ngành tỉnh.\nGiao Sở Y tế chủ trì thực hiện."
    )
    assert [(d.type, d.number) for d in e.documents] == [("Other", "475/UBND-VX")]


def test_a_type_glued_to_so_by_a_law_sites_copy_still_names_the_document():
    e = ex("Căn cứ Quyết địnhsố 1270/QĐ-TTg ngày 27/7/2011 của Thủ tướng Chính phủ;")
    assert [(d.type, d.number) for d in e.documents] == [("Decision", "1270/QĐ-TTg")]
