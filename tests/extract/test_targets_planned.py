"""Figures a plan says it is set to reach ("dự kiến mở 30 lớp", "lên kế hoạch trồng 12.000 cây") are targets; what
the work came to beside them ("kết quả thực hiện đạt …") is not (issue 13, session 18).

Every sentence here is made up for the test."""

from __future__ import annotations

from tests.extract.reading import vud


def test_classes_a_school_is_set_to_open_this_year_are_targets():
    """ "Năm 2027, Trường Chính trị tỉnh dự kiến mở 28 lớp …, tuyển khoảng 1.900 học viên": what the plan sets."""
    got = vud(
        "Năm 2027, Trường Chính trị tỉnh dự kiến mở 28 lớp đào tạo, bồi dưỡng cán bộ, tuyển khoảng 1.900 học viên.",
        published="2027-01-10",
    )
    assert (28.0, "class", 2027) in got
    assert (1900.0, "person", 2027) in got


def test_trees_a_city_plans_to_plant_are_a_target():
    """ "thành phố lên kế hoạch trồng 12.000 cây", "dự kiến sẽ trồng 9.500 cây xanh": both planned."""
    assert vud("Dịp Tết năm 2027, thành phố lên kế hoạch trồng 12.000 cây bóng mát.", published="2027-01-05") == [
        (12000.0, "cây", 2027)
    ]
    assert vud("Năm 2027, huyện dự kiến sẽ trồng 9.500 cây xanh.", published="2027-01-05") == [
        (9500.0, "cây xanh", 2027)
    ]


def test_what_the_work_came_to_beside_the_plan_is_no_target():
    """ "dự kiến trồng 2 triệu cây, kết quả thực hiện đạt 1.250.000 cây": the plan is the target, the result not."""
    got = vud(
        "Năm 2026, toàn tỉnh dự kiến trồng 2 triệu cây phân tán, kết quả thực hiện đạt 1.250.000 cây.",
        published="2026-12-20",
    )
    assert got == [(2.0, "triệu cây", 2026)]


def test_an_event_planned_is_not_a_figure_to_reach():
    """ "dự kiến tổ chức lễ giao nhận quân …" plans an event; the recruits counted after it are recorded."""
    got = vud(
        "Thành phố dự kiến tổ chức lễ giao nhận quân vào sáng 4/3. Trong năm, thành phố ghi nhận hơn 1.300 công dân "
        "tình nguyện đăng ký nhập ngũ.",
        published="2026-02-20",
    )
    assert got == []


def test_the_main_indicators_reached_listed_after_a_colon_are_results():
    """ "Kết quả 6 tháng đầu năm với các chỉ tiêu chính đạt được gồm: …": the indicators reached, listed, are no
    targets (a plan's "các chỉ tiêu chủ yếu: …" are)."""
    got = vud(
        "Kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2026 với các chỉ tiêu chính đạt được gồm: tổng giá trị sản "
        "phẩm nông nghiệp 9.200 tỷ đồng, tốc độ tăng trưởng 4,8% so với cùng kỳ; toàn tỉnh có 640 hợp tác xã.",
        published="2026-07-10",
    )
    assert got == []
    got = vud("Nghị quyết đề ra các chỉ tiêu chủ yếu năm 2027: tăng trưởng đạt 8%; thu ngân sách 9.000 tỷ đồng.")
    assert got == [(8.0, "percent", 2027), (9000.0, "tỷ đồng", 2027)]
