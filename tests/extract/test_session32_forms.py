"""Bodies and duties as other provinces' texts write them (issue 13, session 32).

Every sentence here is made up for the test."""

from __future__ import annotations

from tests.extract.reading import ex, roles, vud
from tests.extract.test_assignments import partners_of


def test_organs_listed_before_a_communes_committee_are_the_communes():
    """ "Đảng ủy, HĐND, UBND xã đã tăng cường …": the three organs of the commune the text is about (the bare
    "HĐND" was read as the province's council and the bare "Đảng ủy" not at all)."""
    e = ex("Đảng ủy, HĐND, UBND xã đã tăng cường công tác chỉ đạo, triển khai thực hiện các chỉ tiêu.")
    got = set(roles(e))
    assert ("Đảng ủy xã", "implement") in got
    assert ("Hội đồng nhân dân xã", "implement") in got
    assert ("Ủy ban nhân dân xã", "implement") in got
    assert "Hội đồng nhân dân tỉnh" not in {b.name for b in e.bodies}


def test_a_council_and_committee_of_a_ward_joined_by_and_are_the_wards():
    e = ex("HĐND và UBND phường sẽ tổ chức tiếp xúc cử tri trong tháng 6.")
    assert {b.name for b in e.bodies} == {"Hội đồng nhân dân phường", "Ủy ban nhân dân phường"}


def test_an_office_of_a_party_committee_listed_before_a_communes_committee_stays_the_office():
    e = ex("Văn phòng Đảng ủy, UBND xã phối hợp rà soát hồ sơ đảng viên.")
    names = {b.name for b in e.bodies}
    assert "Đảng ủy xã" not in names


def test_the_unit_named_as_the_lead_leads_and_those_it_works_with_coordinate():
    """ "X là đơn vị chủ trì phối hợp với A, B tham mưu …": read as "là cơ quan chủ trì" is (nothing was read)."""
    e = ex(
        "Sở Tư pháp tỉnh Hòa Bình là đơn vị chủ trì phối hợp với Sở Nội vụ, Sở Tài chính tham mưu UBND tỉnh ban hành "
        "quy chế phối hợp."
    )
    assert ("Sở Tư pháp", "lead") in set(roles(e))
    assert partners_of(e, "Sở Tư pháp", "lead") == ["Sở Nội vụ", "Sở Tài chính"]


def test_a_unit_handed_the_lead_keeps_the_lead():
    e = ex("Sở Tư pháp được giao là đơn vị chủ trì, phối hợp với Sở Nội vụ xây dựng quy chế.")
    assert ("Sở Tư pháp", "lead") in set(roles(e))


def test_a_purpose_after_an_opening_word_leaves_the_body_the_subject():
    """ "Theo đó, để thực hiện hiệu quả kế hoạch, Sở X chủ trì …": the purpose in lower case after "Theo đó," is an
    opening as "Để …," is at the start (nothing was read)."""
    e = ex("Theo đó, để thực hiện hiệu quả kế hoạch, Sở Tài chính chủ trì tham mưu UBND tỉnh phân bổ vốn hỗ trợ.")
    assert ("Sở Tài chính", "lead") in set(roles(e))


def test_goals_of_a_years_plan_are_due_that_year_though_one_goal_names_a_period_later():
    """ "… ban hành kế hoạch … năm 2021. … công nhận ít nhất 23 sản phẩm … Lựa chọn 2-4 sản phẩm … cho giai đoạn
    2021-2025": the plan is the year's; the period later in the lead is one goal's (all were due in 2025)."""
    got = vud(
        "UBND tỉnh vừa ban hành kế hoạch thực hiện chương trình mỗi xã một sản phẩm năm 2021 trên địa bàn tỉnh.\n\n"
        "Theo đó, chương trình đặt mục tiêu công nhận ít nhất 23 sản phẩm đạt 3 sao.\n\n"
        "Lựa chọn từ 2 - 4 sản phẩm có thế mạnh để xây dựng sản phẩm 5 sao cho giai đoạn 2021-2025.",
        published="2021-04-13",
    )
    assert (23, "sản phẩm", 2021) in got
    assert (2, "sản phẩm", 2025) in got


def test_goals_of_a_plan_dated_in_its_periods_first_year_are_due_at_the_periods_end():
    got = vud(
        "Kế hoạch số 12/KH-UBND ngày 5/3/2021 của UBND tỉnh thực hiện Đề án phát triển sản phẩm giai đoạn "
        "2021-2025.\n\nMục tiêu: công nhận ít nhất 40 sản phẩm đạt 3 sao.",
        published="2021-04-13",
    )
    assert (40, "sản phẩm", 2025) in got


def test_a_commission_written_with_its_abbreviation_in_brackets_is_one_body():
    """ "Ủy ban Kiểm tra (UBKT) Tỉnh ủy": the commission, not the committee alone."""
    e = ex("Ủy ban Kiểm tra (UBKT) Tỉnh ủy đã tiến hành kiểm tra 5 tổ chức đảng.")
    assert {b.name for b in e.bodies} == {"Ủy ban Kiểm tra Tỉnh ủy"}


def test_the_front_written_with_its_abbreviation_in_brackets_is_the_front_of_its_level():
    assert {b.name for b in ex("Ủy ban Mặt trận Tổ quốc (MTTQ) Việt Nam tỉnh đã tổ chức hội nghị.").bodies} == {
        "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"
    }
    got = {b.name for b in ex("Ủy ban Mặt trận Tổ quốc (MTTQ) Việt Nam xã Tân Hòa đã tổ chức hội nghị.").bodies}
    assert got == {"Ủy ban Mặt trận Tổ quốc Việt Nam xã Tân Hòa"}


def test_the_merged_commission_written_the_other_way_round_is_the_merged_commission():
    e = ex("Ban Dân vận và Tuyên giáo Tỉnh ủy chủ trì tổ chức hội nghị quán triệt nghị quyết.")
    assert ("Ban Tuyên giáo và Dân vận Tỉnh ủy", "lead") in set(roles(e))


def test_a_body_named_after_what_is_planned_does_the_planned_work():
    """ "Năm 2020, dự kiến Sở Y tế mở 196 lớp …": the department is to run them (nothing was read)."""
    assert ("Sở Y tế", "implement") in set(roles(ex("Năm 2020, dự kiến Sở Y tế mở 196 lớp tập huấn cho học viên.")))
    assert ("Sở Y tế", "implement") in set(roles(ex("Dự kiến Sở Y tế mở 196 lớp tập huấn cho học viên.")))


def test_inspections_counted_keep_what_they_are_as_written_and_stay_inspections_in_the_graph():
    """ "tiến hành 06 cuộc thanh tra và 2 cuộc giám sát": units as written, "cuộc thanh tra", "cuộc giám sát" (the
    bare "cuộc" was kept); both are still counts of inspections to the vocabulary."""
    from phancong.vocab import unit_concept

    got = vud("Năm 2026, Thanh tra tỉnh sẽ tiến hành 06 cuộc thanh tra và 2 cuộc giám sát.", published="2026-01-05")
    assert (6, "cuộc thanh tra", 2026) in got and (2, "cuộc giám sát", 2026) in got
    assert unit_concept("cuộc thanh tra") == unit_concept("cuộc") == "inspection"


def test_the_provinces_youth_union_named_in_short_is_the_provinces_youth_union():
    e = ex("Đoàn Thanh niên tỉnh Hòa Bình phấn đấu xây dựng 15 sân chơi cho thanh thiếu nhi.")
    assert ("Tỉnh đoàn", "implement") in set(roles(e))


def test_the_provinces_union_of_public_employees_is_a_body_but_not_inside_its_congress():
    assert ("Công đoàn Viên chức tỉnh", "implement") in set(
        roles(ex("Công đoàn viên chức tỉnh đã phát triển được 558 đoàn viên mới."))
    )
    assert "Công đoàn Viên chức tỉnh" not in {
        b.name for b in ex("Đại hội Công đoàn viên chức tỉnh lần thứ III đã bầu Ban Chấp hành.").bodies
    }
