"""Duties as news about other provinces writes them (issue 13, session 18).

Every sentence here is made up for the test."""

from __future__ import annotations

from tests.extract.reading import ex, statuses


def test_a_department_a_committee_directs_in_a_news_report_is_handed_a_duty_not_reported_doing_it():
    """ "UBND tỉnh chỉ đạo Sở Nội vụ xây dựng đề án …" in a news report that names no plan of its own: the
    department's duty is handed to it (assigned), not an action reported as done."""
    e = ex("UBND tỉnh chỉ đạo Sở Nội vụ xây dựng đề án sắp xếp các phòng chuyên môn.")
    assert statuses(e) == {("Sở Nội vụ", "assigned")}


def test_what_a_department_did_under_a_committees_direction_is_reported():
    """ "Dưới sự chỉ đạo của Tỉnh ủy, Sở Nội vụ đã xây dựng …": the direction is a noun; the department's action is
    reported."""
    e = ex("Dưới sự chỉ đạo của Tỉnh ủy, Sở Nội vụ đã xây dựng đề án sắp xếp các phòng chuyên môn.")
    assert ("Sở Nội vụ", "reported") in statuses(e)


def test_a_school_named_again_by_its_head_word_alone_is_the_school_named_before():
    """ "Trường Chính trị tỉnh … Trường phối hợp với Ban Tổ chức Tỉnh ủy mở 2 lớp …": the school acts again."""
    e = ex(
        "Năm 2027, Trường Chính trị tỉnh mở 30 lớp bồi dưỡng. Trường phối hợp với Ban Tổ chức Tỉnh ủy mở 2 lớp cao cấp "
        "lý luận chính trị."
    )
    acts = [a for a in e.assignments if "phối hợp" in a.text]
    n = {b.key: b.name for b in e.bodies}
    assert [n[a.body] for a in acts] == ["Trường Chính trị tỉnh"]


def test_a_ministry_and_a_drafting_group_named_again_by_their_head_word_act_again():
    """ "Bộ Giáo dục và Đào tạo … Bộ sẽ xem xét …", "Tổ soạn thảo … Tổ sẽ rà soát …"."""
    e = ex("Sở kiến nghị Bộ Giáo dục và Đào tạo sửa đổi thông tư. Bộ sẽ xem xét điều chỉnh các khoản thu.")
    assert ("Bộ Giáo dục và Đào tạo", "assigned") in statuses(e)
    e = ex("UBND tỉnh thành lập Tổ soạn thảo đề án. Tổ sẽ rà soát toàn diện các tiêu chuẩn của đơn vị hành chính.")
    n = {b.key: b.name for b in e.bodies}
    assert "Tổ soạn thảo" in {n[a.body] for a in e.assignments}


def test_a_head_word_alone_with_nothing_of_its_kind_named_before_is_no_body():
    """ "Trường hợp …" is no school; "Trường phối hợp …" with no school named before is left unread."""
    e = ex("Trường hợp có vướng mắc, Trường phối hợp báo cáo kịp thời.")
    assert e.bodies == []
