"""Targets as other provinces' texts write them (issue 13, session 29).

Every sentence here is made up for the test."""

from __future__ import annotations

from tests.extract.reading import ex


def _targets(text: str, province: str = "Hòa Bình") -> list[tuple[float | None, str | None, int | None]]:
    return [(t.value, t.unit, t.deadline_year) for t in ex(text, province).targets]


def test_a_plans_vision_in_its_title_is_not_the_deadline_of_the_goals_it_sets_for_its_period():
    """ "Theo Kế hoạch … giai đoạn 2021-2025, tầm nhìn đến năm 2030, tỉnh đặt mục tiêu cụ thể đến năm 2025: …":
    the goals are due in 2025; the vision beyond the plan is no deadline."""
    got = _targets(
        "Theo Kế hoạch phát triển giao thông nông thôn giai đoạn 2021-2025, tầm nhìn đến năm 2030, tỉnh đặt mục tiêu "
        "cụ thể đến năm 2025: hoàn thành nâng cấp 120 km đường huyện với tổng kinh phí khoảng 300 tỷ đồng."
    )
    assert (120.0, "km", 2025) in got and (300.0, "tỷ đồng", 2025) in got


def test_a_baseline_written_with_its_unit_is_no_target():
    """ "nâng … từ 400 giường bệnh lên 450 giường bệnh": 450 is the goal, 400 what there is now (as in "từ 400 lên
    450 giường bệnh")."""
    got = _targets(
        "Năm 2026, tỉnh phấn đấu nâng số giường bệnh của Bệnh viện Đa khoa tỉnh từ 400 giường bệnh lên 450 giường bệnh."
    )
    assert got == [(450.0, "giường bệnh", 2026)]


def test_a_floor_written_with_its_unit_is_still_a_target():
    """ "từ 300 đảng viên trở lên": at least 300, no baseline."""
    got = _targets("Năm 2026, phấn đấu kết nạp từ 300 đảng viên trở lên.")
    assert [(v, y) for v, _u, y in got] == [(300.0, 2026)]


def test_a_share_to_be_ensured_opening_a_plans_sentence_is_a_goal():
    """ "Bảo đảm 100% đơn thư … được tiếp nhận, xử lý; tỷ lệ giải quyết đạt trên 85%." in a plan: both are goals
    (the plan's year, here named in its lead)."""
    got = _targets(
        "Kế hoạch công tác tiếp công dân năm 2026 của tỉnh đặt ra các yêu cầu sau.\n"
        "Bảo đảm 100% đơn thư khiếu nại, tố cáo thuộc thẩm quyền được tiếp nhận, xử lý; tỷ lệ giải quyết đạt trên 85%."
    )
    assert [(v, u) for v, u, _y in got] == [(100.0, "percent"), (85.0, "percent")]


def test_a_unit_of_two_nouns_joined_by_a_comma_is_kept_as_written():
    """ "120 công trình, phần việc thanh niên", "60 sản phẩm, dịch vụ", "500.000 lượt đoàn viên, thanh niên": what
    is counted is both nouns together, written so (as "xã, phường, thị trấn" is)."""
    got = _targets(
        "Năm 2026, phấn đấu thực hiện 120 công trình, phần việc thanh niên; có 60 sản phẩm, dịch vụ đạt chuẩn OCOP "
        "và 500.000 lượt đoàn viên, thanh niên tham gia tình nguyện."
    )
    assert {u for _v, u, _y in got} == {"công trình, phần việc", "sản phẩm, dịch vụ", "lượt đoàn viên, thanh niên"}


def test_a_second_count_after_a_comma_is_its_own_figure():
    """ "120 công trình, 30 phần việc": two figures, each with its noun."""
    got = _targets("Năm 2026, phấn đấu thực hiện 120 công trình, 30 phần việc thanh niên.")
    assert (120.0, "công trình", 2026) in got


def test_clubs_residential_areas_rooms_and_staff_quotas_are_counted():
    """Plans count clubs, residential areas, hotel rooms and staff posts: "1.200 câu lạc bộ", "30 CLB",
    "1.500 khu dân cư", "8.000 buồng", "1.900 biên chế"."""
    got = _targets(
        "Năm 2026, phấn đấu có 1.200 câu lạc bộ thể dục thể thao, thêm 30 CLB gia đình, 1.500 khu dân cư đạt chuẩn "
        "văn hóa và 8.000 buồng lưu trú; tỉnh giao 1.900 biên chế hành chính."
    )
    assert {u for _v, u, _y in got} == {"câu lạc bộ", "CLB", "khu dân cư", "buồng", "biên chế"}


def test_party_members_written_with_a_capital_are_counted():
    """ "kết nạp từ 500 Đảng viên mới trở lên": the capital is respect, the unit is the same."""
    got = _targets("Năm 2026, chỉ tiêu kết nạp đạt từ 500 Đảng viên mới trở lên.")
    assert [(v, y) for v, _u, y in got] == [(500.0, 2026)]
