"""Duties and bodies as other provinces' texts write them (issue 13, session 21).

Every sentence here is made up for the test."""

from __future__ import annotations

from tests.extract.reading import duties, ex, roles


def test_a_decisions_legal_bases_under_its_issuer_are_no_duties_of_the_issuer():
    """A state decision names its issuer in capitals, then the laws it rests on as bullets ("- Căn cứ Luật …;",
    "Xét đề nghị của Sở …"): the People's Committee is not given "Căn cứ Luật …" to do; the article after them
    still hands out the decision's duties."""
    e = ex(
        "QUYẾT ĐỊNH\n\nVỀ VIỆC BAN HÀNH CHƯƠNG TRÌNH PHÁT TRIỂN CHỢ CỦA TỈNH GIAI ĐOẠN 2026 - 2030\n\n"
        "ỦY BAN NHÂN DÂN TỈNH\n\n- Căn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025;\n\n"
        "- Căn cứ Quyết định số 12/2025/QĐ-TTg ngày 3/4/2025 của Thủ tướng Chính phủ;\n\n"
        "- Xét đề nghị của Sở Công Thương,\n\nQUYẾT ĐỊNH:\n\n"
        "Điều 1. Ban hành kèm theo Quyết định này Chương trình phát triển chợ.\n\n"
        "Điều 2. Sở Công Thương có trách nhiệm tổ chức thực hiện Chương trình này.\n"
    )
    assert ("Ủy ban nhân dân tỉnh", "implement") not in roles(e)
    assert ("Sở Công Thương", "lead") in roles(e) or ("Sở Công Thương", "implement") in roles(e)


def test_a_party_committee_an_association_or_a_union_named_again_by_its_head_word_is_the_one_named_before():
    """ "Hội Nông dân xã Tân Phú … Hội đã hỗ trợ …", "Đoàn Thanh niên phường An Lạc … Đoàn sẽ ra quân …": named
    again by "Hội", "Đoàn" alone as the subject of what it does, it is the body of that head named last before."""
    e = ex(
        "Hội Nông dân xã Tân Phú vừa tổng kết năm 2026. Hội đã hỗ trợ 40 hộ nông dân vay vốn sản xuất. "
        "Đoàn Thanh niên xã Tân Phú tổ chức ngày hội việc làm. Đoàn sẽ ra quân dọn vệ sinh kênh mương."
    )
    done = {(name, text[:12]) for name, text in duties(e)}
    assert ("Hội Nông dân xã Tân Phú", "Hội đã hỗ tr") in done
    assert ("Đoàn Thanh niên xã Tân Phú", "Đoàn sẽ ra q") in done
    assert {b.name for b in e.bodies} == {"Hội Nông dân xã Tân Phú", "Đoàn Thanh niên xã Tân Phú"}


def test_the_party_committee_named_bare_after_its_organisation_is_that_organisations_committee():
    """ "Đảng bộ xã Tân Phú vừa tổ chức Đại hội … Đảng ủy tập trung lãnh đạo …": the bare "Đảng ủy" is the committee
    of the organisation the text is about, Đảng ủy xã Tân Phú, not a body of its own."""
    e = ex(
        "Đảng bộ xã Tân Phú vừa tổ chức Đại hội nhiệm kỳ 2025-2030. Thời gian tới, Đảng ủy tập trung lãnh đạo "
        "phát triển nông nghiệp công nghệ cao."
    )
    assert ("Đảng ủy xã Tân Phú", "implement") in roles(e)


def test_a_council_is_no_association_named_again():
    """ "Hội đồng nhân dân xã …" is a council: a later bare "Hội đã …" does not name it."""
    e = ex("Hội đồng nhân dân xã Tân Phú họp kỳ thứ 5. Hội đã trao 20 suất quà cho hộ nghèo.")
    assert [a.text for a in e.assignments if a.text.startswith("Hội đã")] == []
    assert [b.name for b in e.bodies] == ["Hội đồng nhân dân xã Tân Phú"]


def test_a_hospital_named_by_its_field_keeps_the_whole_field_and_its_level():
    """ "Bệnh viện Nhiệt đới Trung ương", "Bệnh viện Răng hàm mặt tỉnh": the field has lower-case words, the level
    after it is "Trung ương" as well as "tỉnh"."""
    e = ex("Giao Bệnh viện Nhiệt đới Trung ương và Bệnh viện Răng hàm mặt tỉnh hỗ trợ chuyên môn cho tuyến xã.")
    assert {b.name for b in e.bodies} == {"Bệnh viện Nhiệt đới Trung ương", "Bệnh viện Răng hàm mặt tỉnh"}


def test_a_project_board_numbered_by_its_area_keeps_its_number():
    """ "Ban Quản lý dự án đầu tư xây dựng khu vực 1" is one of several numbered boards: the number names it."""
    e = ex(
        "Ban Quản lý dự án đầu tư xây dựng khu vực 1 và Ban Quản lý dự án đầu tư xây dựng khu vực 2 khẩn trương "
        "hoàn thành hồ sơ thiết kế trước ngày 15/4/2027."
    )
    assert {b.name for b in e.bodies} == {
        "Ban Quản lý dự án đầu tư xây dựng khu vực 1",
        "Ban Quản lý dự án đầu tư xây dựng khu vực 2",
    }


def test_the_merged_bloc_of_agencies_and_enterprises_is_named_as_written_and_its_bare_name_is_it():
    """ "Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh" (the two blocs merged, capitalised as a name) is that bloc, not
    the bloc of the agencies alone; "Đảng ủy khối" after it is the same committee."""
    e = ex(
        "Ban Thường vụ Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh đã tổng kết công tác năm 2026. Năm 2027, Đảng ủy "
        "khối tiếp tục nâng cao chất lượng sinh hoạt chi bộ."
    )
    names = {b.name for b in e.bodies}
    assert "Đảng ủy Khối cơ quan và doanh nghiệp tỉnh" in names
    assert not any("Khối các cơ quan" in n for n in names)
    assert ("Đảng ủy Khối cơ quan và doanh nghiệp tỉnh", "implement") in roles(e)


def test_a_duty_that_begins_with_xet_under_a_body_heading_is_still_a_duty():
    """Only a legal basis ("Căn cứ …", "Xét đề nghị …") is no duty: "- Xét duyệt hồ sơ …" under "Sở Nội vụ:" is one."""
    e = ex(
        "3. Tổ chức thực hiện\n\nSở Nội vụ:\n- Xét duyệt hồ sơ đề nghị khen thưởng của các xã, phường.\n"
        "- Tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh trước ngày 15/12/2027.\n"
    )
    assert any(name == "Sở Nội vụ" and text.startswith("Xét duyệt") for name, text in duties(e))
