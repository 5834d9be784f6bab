"""Bodies and duties as other provinces write them (issue 13, session 17).

Every sentence here is made up for the test."""

from __future__ import annotations

from tests.extract.reading import ex, reporting_lines, roles


def test_departments_listed_after_a_lower_case_head_and_a_colon_are_each_a_department():
    """ "Các sở: NN&PTNT, Công Thương, Y tế …", "giao các sở: Kế hoạch và Đầu tư, Tài chính …": one department per
    item, as with "các Sở:" written with a capital."""
    e = ex("Các sở: NN&PTNT, Công Thương, Y tế tổng hợp kết quả thực hiện kế hoạch.")
    assert [b.name for b in e.bodies] == ["Sở Nông nghiệp và Phát triển nông thôn", "Sở Công Thương", "Sở Y tế"]
    e = ex("UBND tỉnh giao các sở: Kế hoạch và Đầu tư, Tài chính, Nội vụ hướng dẫn các huyện thực hiện.")
    assert {("Sở Kế hoạch và Đầu tư", "implement"), ("Sở Tài chính", "implement"), ("Sở Nội vụ", "implement")} <= roles(
        e
    )


def test_the_sets_of_departments_and_sectors_are_not_a_list_of_departments():
    """ "các sở, ban, ngành": no colon, a collective, not three departments."""
    e = ex("Các sở, ban, ngành tổ chức thực hiện kế hoạch.")
    assert [b.name for b in e.bodies] == ["Các sở, ban, ngành"]


def test_a_body_acting_on_a_long_basis_with_commas_and_a_dated_text_still_acts():
    """ "UBND các huyện căn cứ vào mục tiêu, chỉ tiêu … tại Nghị quyết số 09-NQ/TU, ngày 12-5-2017, tổng hợp, rà soát
    …; báo cáo …": the basis holds commas and a text's date; the duty starts at the verb after it."""
    e = ex(
        "UBND các huyện, thị xã căn cứ vào mục tiêu, chỉ tiêu được đề ra tại Nghị quyết số 09-NQ/TU, ngày 12-5-2017, "
        "tổng hợp, rà soát kết quả thực hiện; báo cáo UBND tỉnh trước ngày 15-11-2021."
    )
    assert ("Ủy ban nhân dân các huyện, thị xã", "implement") in roles(e)


def test_a_programmes_coordination_office_named_by_its_field_is_a_body_and_a_recipient():
    """ "gửi về Văn phòng điều phối về vệ sinh an toàn thực phẩm tỉnh để tổng hợp": the office is a body, the one
    reported to."""
    e = ex("UBND các huyện rà soát kết quả, gửi về Văn phòng điều phối về vệ sinh an toàn thực phẩm tỉnh để tổng hợp.")
    assert "Văn phòng điều phối về vệ sinh an toàn thực phẩm tỉnh" in [b.name for b in e.bodies]


def test_a_report_sent_to_departments_listed_after_their_head_goes_to_each_of_them():
    """ "…, đồng thời gửi về các sở: Y tế, Công Thương và Văn phòng điều phối … để tổng hợp": every one listed is
    reported to."""
    e = ex(
        "UBND các huyện rà soát kết quả thực hiện; báo cáo UBND tỉnh trước ngày 10-12-2021, đồng thời gửi về các sở: "
        "Y tế, Công Thương và Văn phòng điều phối về vệ sinh an toàn thực phẩm tỉnh để tổng hợp."
    )
    assert {
        ("Ủy ban nhân dân các huyện", "Ủy ban nhân dân tỉnh"),
        ("Ủy ban nhân dân các huyện", "Sở Y tế"),
        ("Ủy ban nhân dân các huyện", "Sở Công Thương"),
        ("Ủy ban nhân dân các huyện", "Văn phòng điều phối về vệ sinh an toàn thực phẩm tỉnh"),
    } <= reporting_lines(e)


def test_a_venue_named_before_the_body_that_holds_the_meeting_does_not_swallow_it():
    """ "Sáng 12/9, tại Trung tâm Y tế khu vực A, Sở Y tế tỉnh tổ chức hội nghị …": the centre is where, the
    department is who."""
    e = ex("Sáng 12/9, tại Trung tâm Y tế khu vực Thanh Ba, Sở Y tế tỉnh Phú Thọ tổ chức hội nghị triển khai công tác.")
    assert ("Sở Y tế", "implement") in roles(e)


def test_a_partner_with_its_abbreviation_in_brackets_leaves_the_action_to_the_subject():
    """ "UBND huyện A phối hợp Sở Tài chính (STC) rà soát …": the district does the review, the department
    coordinates, as without the brackets."""
    e = ex("UBND tỉnh có văn bản chỉ đạo. UBND huyện Yên Lạc phối hợp Sở Tài chính (STC) rà soát danh sách hộ nghèo.")
    assert ("Ủy ban nhân dân huyện Yên Lạc", "implement") in roles(e)
