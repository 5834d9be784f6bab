"""By which year, in which unit: target classes found on texts of other provinces (issue 13).

Every sentence here is made up for the test: a year heading the goals after an opening phrase or a
dateline; per-item periods that do not bind the items after them; a plan's period in its lead as the
horizon of goals that state no year; visits counted in "lượt" and stays in "ngày/khách"."""

from __future__ import annotations

import pytest

from phancong.extract import extract
from phancong.text.normalise import normalise
from phancong.text.read import Source
from tests.extract.reading import extraction, vud


def test_a_year_after_an_opening_phrase_is_the_deadline_of_the_goals_that_follow():
    assert vud(
        "Cụ thể, theo kế hoạch, năm 2026, tỉnh phấn đấu giữ đà tăng trưởng du lịch. Các chỉ tiêu chính gồm: "
        "tổng lượt khách đạt khoảng 3,5 triệu lượt; thời gian lưu trú bình quân đạt 2,4 ngày/khách."
    ) == [(3.5, "triệu lượt", 2026), (2.4, "ngày/khách", 2026)]


def test_a_year_after_a_dateline_is_the_deadline_of_the_goal():
    assert vud("(HBĐT)- Năm 2026, ngành Y tế tỉnh phấn đấu giảm tỷ lệ suy dinh dưỡng trẻ em còn 12,5%.") == [
        (12.5, "percent", 2026)
    ]


def test_the_period_of_one_item_does_not_bind_the_items_after_it():
    got = vud(
        "Kế hoạch thực hiện Chiến lược phát triển lâm nghiệp giai đoạn 2021-2030 của tỉnh.\n"
        "Theo kế hoạch, tỉnh phấn đấu tỷ lệ che phủ rừng giai đoạn 2021-2025 là 51%, giai đoạn 2026-2030 là 52%; "
        "tỷ lệ hộ dân được dùng nước sạch đạt 98%."
    )
    assert got == [(51.0, "percent", 2025), (52.0, "percent", 2030), (98.0, "percent", 2030)]


def test_a_committees_term_named_in_the_lead_is_not_the_deadline_of_a_later_goal_without_a_year():
    got = vud(
        "Báo cáo kết quả thực hiện Nghị quyết Đại hội đại biểu lần thứ X, nhiệm kỳ 2015-2020 của Đảng bộ.\n"
        "Thời gian tới, Đảng ủy phấn đấu kết nạp 120 đảng viên mới."
    )
    assert got == [(120.0, "party-member", None)]


def test_a_year_written_with_the_figure_is_its_deadline_but_not_the_year_it_is_compared_with():
    assert vud("Tỉnh phấn đấu tổng sản phẩm tăng trên 10% năm 2026, gấp đôi so với năm 2020.") == [
        (10.0, "percent", 2026)
    ]


def test_goals_set_for_a_term_without_a_year_are_due_at_the_terms_end():
    got = vud(
        "Nhiệm kỳ 2025-2030, Đảng bộ xã phấn đấu thực hiện các mục tiêu sau.\n"
        "Theo đó, Đảng bộ phấn đấu hằng năm đạt các mục tiêu cụ thể: 90% đảng viên hoàn thành tốt nhiệm vụ trở lên."
    )
    assert got == [(90.0, "percent", 2030)]


def test_goals_a_reported_congress_sets_without_a_year_are_due_at_the_end_of_its_term():
    got = vud(
        "Sáng 3/10, Đại hội Đảng bộ tỉnh Hòa Bình lần thứ XVIII, nhiệm kỳ 2025-2030 đã thành công tốt đẹp.\n"
        "Đại hội đã xác định các chỉ tiêu chủ yếu. Mục tiêu tốc độ tăng trưởng GRDP bình quân 9%/năm."
    )
    assert got == [(9.0, "%/năm", 2030)]


def test_a_city_abbreviated_tp_dot_does_not_cut_the_sentence_that_sets_the_year():
    assert vud(
        "Cụ thể, theo kế hoạch, năm 2026, TP. Vinh phấn đấu giữ đà tăng trưởng du lịch. Các chỉ tiêu chính gồm: "
        "tổng lượt khách đạt khoảng 3,5 triệu lượt; thời gian lưu trú bình quân đạt 2,4 ngày/khách."
    ) == [(3.5, "triệu lượt", 2026), (2.4, "ngày/khách", 2026)]


def test_goals_after_a_plan_named_with_its_year_are_due_that_year():
    assert vud(
        "Hội nghị thông qua chương trình công tác của Tỉnh ủy năm 2027. Mục tiêu là giữ ổn định chính trị. "
        "Chỉ tiêu tốc độ tăng trưởng kinh tế đạt 7,5%, thu nhập bình quân đầu người đạt 70 triệu đồng."
    ) == [(7.5, "percent", 2027), (70.0, "triệu đồng", 2027)]


def test_a_plan_year_already_past_when_the_text_was_written_gives_no_deadline():
    assert vud(
        "date 2026-03-01 Kết quả thực hiện\n\nKế hoạch năm 2024 của tỉnh đã hoàn thành. Mục tiêu là giữ ổn định. "
        "Chỉ tiêu tốc độ tăng trưởng kinh tế đạt 7,5%."
    ) in ([(7.5, "percent", None)], [])


def test_counts_of_citizens_dollars_and_industrial_zones_are_targets_with_their_units():
    assert vud(
        "Tỉnh đề ra chỉ tiêu GRDP bình quân đầu người đến năm 2030 là 5.200 đô la Mỹ. "
        "Đến năm 2030, tỉnh có 6 khu công nghiệp, 12 cụm công nghiệp."
    ) == [(5200.0, "đô la Mỹ", 2030), (6.0, "khu công nghiệp", 2030), (12.0, "cụm công nghiệp", 2030)]


def test_a_numbered_list_of_results_against_the_plan_sets_only_the_plans_figures_as_targets():
    """The results ("ước đạt 2.100 tỷ đồng", "21,5%", "7,2%") are no targets; the plan's figures quoted in brackets
    after them ("(KH 20%)", "(KH 7%)") are (they were read as statistics before the ninth session)."""
    e = extraction(
        "Về kinh tế: Dự kiến 03/08 chỉ tiêu đạt kế hoạch: (1) Thu ngân sách ước đạt 2.100 tỷ đồng, vượt 5% KH;"
        " (2) Tỷ trọng kinh tế số ước đạt\n21,5% (KH 20%); (3) Năng suất lao động ước tăng 7,2% (KH 7%). "
        "Dự kiến có 05/08 chỉ tiêu không đạt kế hoạch: (1) Tốc độ tăng trưởng GRDP; (2) Thu nhập bình quân."
    )
    assert sorted(t.value for t in e.targets) == [7, 20]
    assert {2100, 21.5, 7.2} <= {s.value for s in e.statistics}


def test_a_goal_stated_in_the_headline_and_again_in_the_lead_is_one_target():
    assert vud(
        "Hòa Bình phấn đấu tăng trưởng kinh tế năm 2026 đạt 9%\n\n"
        "Năm 2026, tỉnh Hòa Bình phấn đấu tăng trưởng kinh tế đạt 9%, thu ngân sách đạt 5.000 tỷ đồng."
    ) == [(9.0, "percent", 2026), (5000.0, "tỷ đồng", 2026)]


def test_two_goals_of_one_list_with_the_same_figure_stay_two():
    assert vud(
        "Nhiệm kỳ 2025-2030, Đảng bộ phấn đấu: 95% trở lên cơ quan hoàn thành tốt nhiệm vụ; "
        "95% trở lên đảng viên hoàn thành tốt nhiệm vụ."
    ) == [(95.0, "percent", 2030), (95.0, "percent", 2030)]


def test_figures_in_the_bullets_under_a_goals_heading_are_goals():
    assert vud(
        "UBND tỉnh ban hành Kế hoạch chuyển đổi số năm 2027, như sau:\n1. Mục tiêu\n"
        "- Đẩy mạnh chuyển đổi số toàn diện.\n"
        "- Chỉ số chuyển đổi số của tỉnh năm 2027 tăng tối thiểu 02 bậc so với năm 2026; trong đó, giảm tối "
        "thiểu 20% hồ sơ giấy so với năm 2026.\n2. Nhiệm vụ\n- Sở Khoa học và Công nghệ chủ trì theo dõi."
    ) == [(2.0, "bậc", 2027), (20.0, "percent", 2027)]


def test_goals_a_congress_agreed_on_after_discussing_them_are_goals():
    assert vud(
        "Tại Đại hội, các đại biểu đã thảo luận và thống nhất đề ra một số chỉ tiêu cho nhiệm kỳ 2025 – 2030, gồm "
        "thu ngân sách hằng năm tăng trên 9%. Tỷ lệ hộ nghèo giảm dưới 3%."
    ) == [(9.0, "%/năm", 2030), (3.0, "percent", 2030)]


def test_shares_written_as_a_series_are_one_target_each_not_a_range():
    text = "Đến năm 2030, cơ cấu kinh tế nông nghiệp - công nghiệp - dịch vụ tương ứng chiếm 18% - 37% - 45%."
    assert vud(text) == [(18.0, "percent", 2030), (37.0, "percent", 2030), (45.0, "percent", 2030)]


def test_a_range_between_two_percentages_stays_a_range():
    e = extract(Source(id="t", path="t.txt", text=normalise("Phấn đấu đến năm 2030 tỷ lệ che phủ rừng đạt 60% - 62%.")))
    assert [(t.value, t.upper) for t in e.targets] == [(60.0, 62.0)]


def test_districts_and_enterprises_counted_keep_their_written_unit():
    text = (
        "Phấn đấu đến năm 2030 có thêm 4 huyện đạt chuẩn nông thôn mới nâng cao, 2 đơn vị cấp huyện đạt chuẩn "
        "kiểu mẫu và hơn 70 doanh nghiệp khoa học, công nghệ."
    )
    e = extract(Source(id="t", path="t.txt", text=normalise(text)))
    assert [(t.value, t.unit) for t in e.targets] == [(4.0, "huyện"), (2.0, "đơn vị cấp huyện"), (70.0, "doanh nghiệp")]


def test_a_district_counted_is_a_locality_in_the_units_vocabulary():
    from phancong.vocab import unit_concept

    assert [unit_concept(u) for u in ("huyện", "đơn vị cấp huyện", "doanh nghiệp")] == [
        "locality",
        "locality",
        "organisation",
    ]


def test_the_year_a_figure_is_compared_with_is_not_its_deadline():
    text = (
        "Mục tiêu:\n- Chỉ số cải cách hành chính của tỉnh năm 2026 tăng tối thiểu 02 bậc; trong đó, giảm tối thiểu "
        "20% lượng hồ sơ giấy so với tổng lượng năm 2025."
    )
    assert [(v, d) for v, _, d in vud(text)] == [(2.0, 2026), (20.0, 2026)]


def test_a_level_to_hold_by_a_year_is_a_target():
    text = "Khống chế tỷ lệ nhiễm lao trong cộng đồng dưới 0,5% vào năm 2027 và không tăng sau năm 2027."
    assert vud(text) == [(0.5, "percent", 2027)]


def test_a_level_the_tasks_aim_at_is_a_target():
    assert [v for v, _, _ in vud("UBND tỉnh đã đề ra các nhiệm vụ nhằm đạt mức tăng trưởng trên 9%.")] == [9.0]


def test_an_estimate_of_the_baseline_year_is_neither_a_target_nor_the_deadline_of_the_next_items():
    got = vud(
        "2. Chỉ tiêu phát triển năm 2026\n\n"
        "- Tốc độ tăng trưởng từ 7 - 8%.\n\n"
        "- Vốn đầu tư: 1.500 - 1.700 tỷ đồng, tăng 5% so với ước thực hiện năm 2025 "
        "(năm 2025 dự ước 1.400 tỷ đồng).\n\n"
        "- Thu hút khoảng 15 dự án lớn."
    )
    assert got == [(7.0, "percent", 2026), (1500.0, "tỷ đồng", 2026), (5.0, "percent", 2026), (15.0, "dự án", 2026)]


def test_the_number_of_things_a_goal_counts_is_in_the_noun_after_so():
    got = vud(
        "Chỉ tiêu năm 2026:\n\n- Số hợp tác xã thành lập mới đạt 60.\n\n- Số doanh nghiệp thành lập đạt khoảng 900."
    )
    assert got == [(60.0, "hợp tác xã", 2026), (900.0, "doanh nghiệp", 2026)]


def test_a_goal_named_after_a_first_figure_that_is_not_one_is_still_a_goal():
    assert vud(
        "Trong 4 tháng còn lại của năm 2026, thành phố tập trung triển khai các giải pháp trọng tâm nhằm đạt mục "
        "tiêu tăng trưởng năm 2026 từ 9% trở lên."
    ) == [(9.0, "percent", 2026)]
    assert vud(
        "Tỉnh ủy đã mở 12 lớp bồi dưỡng cho 600 học viên trong năm 2025, phấn đấu năm 2026 tỷ lệ hộ nghèo giảm "
        "còn dưới 1,5%."
    ) == [(1.5, "percent", 2026)]


def test_the_plan_target_a_result_exceeded_is_a_target_of_the_year_of_the_result():
    assert vud(
        "Tốc độ tăng trưởng GRDP năm 2025 của tỉnh ước đạt trên 9%, vượt chỉ tiêu Nghị quyết đề ra là 8,2%."
    ) == [(8.2, "percent", 2025)]


def test_a_growth_scenario_is_a_target():
    assert vud("Năm 2026, tỉnh xây dựng kịch bản tăng trưởng GRDP năm 2026 là 9,5%, với động lực là du lịch.") == [
        (9.5, "percent", 2026)
    ]


def test_what_a_project_board_has_reached_so_far_ends_the_goals_before_it():
    assert vud(
        "Phấn đấu năm 2026, tốc độ tăng trưởng đạt 8%.\n\n"
        "Theo Ban Quản lý dự án tỉnh, tiến độ giải ngân vốn đầu tư công hiện đạt khoảng 90%."
    ) == [(8.0, "percent", 2026)]


def test_an_income_per_person_and_year_keeps_both_of_its_denominators():
    assert vud("Mục tiêu năm 2026: thu nhập bình quân đầu người là 95 triệu đồng/người/năm.") == [
        (95.0, "triệu đồng/người/năm", 2026)
    ]


def test_the_delegates_a_congress_will_have_are_planned_counts_of_the_year_it_meets():
    got = vud(
        "Đại hội đại biểu Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025-2030 diễn ra từ ngày 1/10 đến 2/10.\n\n"
        "Theo kế hoạch, Đại hội sẽ diễn ra tại Trung tâm Hội nghị tỉnh với sự tham dự của 420 đại biểu chính thức "
        "và 150 đại biểu khách mời.",
        published="2025-09-20",
    )
    # the year the text was written (its date line), not the end of the congress's term
    assert got == [(420.0, "person", 2025), (150.0, "person", 2025)]


def test_the_delegates_a_past_congress_had_are_no_target():
    assert vud("Đại hội đại biểu Đảng bộ tỉnh lần thứ XIX đã diễn ra với 350 đại biểu chính thức.") == []


@pytest.mark.parametrize(
    ("phrase", "unit"),
    [
        ("tốc độ tăng trưởng GRDP bình quân giai đoạn 2026-2030 đạt 8,5%", "%/năm"),
        ("thu ngân sách tăng bình quân hằng năm 12%", "%/năm"),
        ("tỷ lệ hộ nghèo giảm 1,5%/năm", "%/năm"),
        ("hằng năm có 90% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ", "percent"),
        ("tỷ lệ che phủ rừng đạt 55%", "percent"),
    ],
)
def test_a_growth_or_fall_averaged_over_the_years_is_a_rate_per_year_and_a_share_is_a_percent(phrase, unit):
    assert [u for _, u, _ in vud(f"Mục tiêu đến năm 2030: {phrase}.")] == [unit]


def test_a_count_per_so_many_people_and_turns_of_a_kind_keep_their_whole_unit():
    got = vud(
        "Mục tiêu đến năm 2030: có 12 bác sĩ/1vạn dân; 35 giường bệnh/vạn dân; hằng năm giải quyết việc làm cho "
        "30.000 lượt lao động trở lên."
    )
    assert got == [
        (12.0, "bác sĩ/1vạn dân", 2030),
        (35.0, "giường bệnh/vạn dân", 2030),
        (30000.0, "lượt lao động", 2030),
    ]


def test_the_targets_a_report_says_a_resolution_set_after_a_colon_are_targets_of_its_year():
    """ "Kỳ họp đã thông qua 15 nghị quyết, … năm 2027 với các chỉ tiêu đáng chú ý như: …": the count of
    resolutions is a result; the figures after the colon are the year's targets, whatever words qualify them."""
    assert vud(
        "Kỳ họp đã thông qua 15 nghị quyết, trong đó có Nghị quyết về nhiệm vụ phát triển kinh tế - xã hội năm 2027 "
        "với các chỉ tiêu đáng chú ý như: GRDP tăng 8,5%, GRDP bình quân đầu người đạt 96 triệu đồng, thu ngân sách "
        "tăng tối thiểu 12%."
    ) == [(8.5, "percent", 2027), (96.0, "triệu đồng", 2027), (12.0, "percent", 2027)]


def test_goals_set_so_that_the_year_reaches_its_aims_keep_that_year_not_the_period_they_prepare_for():
    """ "… đề ra 14 chỉ tiêu … để điều hành trong năm 2027 đạt được mục tiêu đề ra. Trong đó, GRDP đạt từ 8%-8,5%
    …, làm tiền đề cho giai đoạn 2026-2030": reaching the aims is what the goals are for, not a result, and the
    period the year prepares for is no deadline."""
    assert vud(
        "HĐND tỉnh cũng đã thống nhất đề ra 14 chỉ tiêu chủ yếu để tập trung điều hành trong năm 2027 đạt được mục "
        "tiêu đề ra. Trong đó, tốc độ tăng trưởng kinh tế (GRDP) đạt từ 8%-8,5% và phấn đấu tăng trưởng hai con số, "
        "làm tiền đề cho giai đoạn 2026-2030."
    ) == [(8.0, "percent", 2027)]


def test_what_a_plan_builds_repairs_ranks_or_hands_out_is_counted_in_its_own_noun():
    """ "xây mới 120 nhà văn hóa", "sửa chữa 35 trụ sở", "thêm 4 di tích", "trao 500 suất quà", "dân số khoảng
    960 nghìn người": the unit is the noun counted, as written."""
    assert vud(
        "Năm 2027, tỉnh phấn đấu xây mới 120 nhà văn hóa thôn, sửa chữa 35 trụ sở xã, có thêm 4 di tích được xếp "
        "hạng quốc gia. Đến năm 2030, dân số tỉnh đạt khoảng 960 nghìn người; trao 500 suất quà cho hộ nghèo."
    ) == [
        (120.0, "nhà văn hóa", 2027),
        (35.0, "trụ sở", 2027),
        (4.0, "di tích", 2027),
        (960.0, "nghìn người", 2030),
        (500.0, "suất quà", 2030),
    ]


def test_a_rate_raised_from_a_baseline_of_a_named_year_to_a_level_is_one_target_at_that_level():
    """ "Phấn đấu nâng tỷ lệ … từ 65% năm 2025 lên 75% vào năm 2030": 65% (of 2025) is the baseline,
    75% by 2030 the target; the baseline's year standing between does not make two figures of it."""
    assert vud("Phấn đấu nâng tỷ lệ lao động qua đào tạo từ 65% năm 2025 lên 75% vào năm 2030.") == [
        (75.0, "percent", 2030)
    ]


def test_a_level_to_reach_by_a_later_year_named_after_the_figure_is_a_target_of_a_text_written_before_it():
    """ "Số khách du lịch đạt 5 triệu lượt vào năm 2030", written in 2026: a goal; the same words about 2025,
    written in 2026, report a result."""
    assert vud("Số khách du lịch đạt 5 triệu lượt vào năm 2030.", published="2026-05-01") == [(5.0, "triệu lượt", 2030)]
    assert vud("Số khách du lịch đạt 5 triệu lượt vào năm 2025.", published="2026-05-01") == []


def test_a_yearly_quota_opening_the_sentence_is_a_target_and_beds_per_ten_thousand_keep_their_unit():
    """ "Mỗi năm kết nạp từ 300 đảng viên trở lên, đến năm 2030 …": a quota each year (a result says "kết nạp
    được"); "35 giường/1 vạn dân" is counted in beds per ten thousand people, as written."""
    assert vud("Mỗi năm kết nạp từ 300 đảng viên trở lên, đến năm 2030 có 95% thôn có chi bộ.") == [
        (300.0, "party-member", 2030),
        (95.0, "percent", 2030),
    ]
    assert vud("Hằng năm kết nạp được 300 đảng viên.") == []
    assert vud("Phấn đấu đến năm 2030, số giường bệnh đạt 35 giường/1 vạn dân.") == [(35.0, "giường/1 vạn dân", 2030)]


def test_thuc_hien_before_dat_or_co_is_carrying_out_not_a_present_result():
    """ "… phấn đấu thực hiện đạt một số chỉ tiêu chủ yếu: GRDP đạt 352.035 tỷ đồng; …": "thực hiện đạt" is no
    "hiện đạt" (now at), nor "thực hiện có hiệu quả" a "hiện có" (now has): the figures are the year's targets."""
    assert vud(
        "Về phương hướng năm 2027, Ban Chấp hành Đảng bộ tỉnh phấn đấu thực hiện đạt một số chỉ tiêu chủ yếu: "
        "tăng trưởng kinh tế đạt 10,5% trở lên; tổng thu ngân sách đạt 32.000 tỷ đồng."
    ) == [(10.5, "percent", 2027), (32000.0, "tỷ đồng", 2027)]


def test_the_main_targets_of_a_year_a_council_adopted_are_that_years_not_the_sessions():
    """ "Kế hoạch … năm 2028 đã được HĐND tỉnh thông qua tại Kỳ họp thứ Năm (kỳ họp cuối năm 2027), với mục tiêu
    tổng quát là "…" và các chỉ tiêu chủ yếu năm 2028, như sau:" then numbered targets: the year of the targets is
    2028; the session's year, in brackets, is an aside."""
    assert vud(
        "Kế hoạch phát triển kinh tế - xã hội năm 2028 đã được HĐND tỉnh thông qua tại Kỳ họp thứ Năm (kỳ họp cuối "
        "năm 2027), với mục tiêu tổng quát là “Phục hồi và phát triển” và các chỉ tiêu chủ yếu năm 2028, như sau:\n"
        "(1) Tốc độ tăng trưởng kinh tế GRDP tăng 8%.\n(2) Tỷ lệ hộ nghèo giảm 1,5%.\n"
    ) == [(8.0, "percent", 2028), (1.5, "percent", 2028)]


def test_a_growth_set_against_a_years_level_is_the_next_years_target():
    """ "Tỉnh đặt mục tiêu tăng trưởng kinh tế 10,3% so với năm 2026": the level of 2026 is the base, the target
    is 2027's."""
    assert vud("Tỉnh đặt mục tiêu tăng trưởng kinh tế 10,3% so với năm 2026.") == [(10.3, "percent", 2027)]


def test_a_rate_per_year_written_with_a_space_after_the_slash_and_houses_counted_by_their_classifier():
    """ "150 triệu đồng/ năm" is "triệu đồng/năm"; "8.340 căn nhà ở xã hội" is counted in "căn", as written."""
    text = "Phấn đấu năm 2027, thu nhập bình quân đầu người đạt 150 triệu đồng/ năm; xây dựng 8.340 căn nhà ở xã hội."
    e = extract(Source(id="t", path="t.txt", text=normalise(text), meta={"province": "Hòa Bình"}))
    assert [(x.value, x.unit, x.deadline_year) for x in e.targets] == [
        (150.0, "triệu đồng/năm", 2027),
        (8340.0, "căn", 2027),
    ]


def test_goals_a_congress_set_take_its_terms_end_when_the_term_is_named_again_before_them():
    """ "Đại hội … lần thứ XX, nhiệm kỳ 2025-2030 đã bế mạc …" then "Nhiệm kỳ 2025-2030, Ban Chấp hành … Đại hội đề
    ra các mục tiêu chủ yếu như …": one term named twice; its end is the goals' deadline."""
    assert vud(
        "Ngày 17/10, Đại hội Đại biểu Đảng bộ tỉnh lần thứ XX, nhiệm kỳ 2025-2030 đã bế mạc sau ba ngày làm việc.\n"
        "Nhiệm kỳ 2025-2030, Ban Chấp hành Đảng bộ tỉnh tập trung lãnh đạo phát triển kinh tế.\n"
        "Đại hội đề ra các mục tiêu chủ yếu như tổng sản phẩm trong tỉnh tăng bình quân 8,5%/năm trở lên.\n"
    ) == [(8.5, "%/năm", 2030)]


def test_a_unit_glued_to_its_number_and_a_range_joined_by_a_division_sign_are_read():
    """ "20sản phẩm" (no space), "500ha", "8÷9%": typed in a hurry or in a table, they are the same figures."""
    assert vud("Phấn đấu đến năm 2030, có 20sản phẩm OCOP đạt 4 sao trở lên.") == [(20.0, "sản phẩm", 2030)]
    assert vud("Phấn đấu đến năm 2030, tốc độ tăng trưởng đạt 8÷9%.") == [(8.0, "percent", 2030)]
    assert vud("Phấn đấu đến năm 2030, trồng mới 500ha rừng.") == [(500.0, "ha", 2030)]


def test_floor_area_per_person_glued_to_its_number_keeps_its_unit():
    """ "diện tích nhà ở bình quân đầu người đạt 33,5m2/người": square metres per person, as written."""
    assert vud("Phấn đấu đến năm 2030, diện tích nhà ở bình quân đầu người đạt 33,5m2/người.") == [
        (33.5, "m2/người", 2030)
    ]


def test_a_year_opening_the_text_after_its_date_line_is_the_goals_deadline():
    """ " date 2027-01-15 Năm 2027, tỉnh xác định … mục tiêu GRDP đạt từ 9-10%": the page's date line, then the year
    that heads the goals."""
    assert vud(" date 2027-01-15 Năm 2027, tỉnh xác định tăng tốc phát triển với mục tiêu GRDP đạt từ 9-10%.") == [
        (9.0, "percent", 2027)
    ]


def test_figures_given_on_a_sources_word_after_the_goals_are_results():
    """ "…, phấn đấu đến năm 2030 … 8.000 USD." then "Theo số liệu thống kê, năm 2025 GRDP bình quân đầu người đạt
    4.249 USD": the second paragraph reports a result, though it follows goals."""
    got = vud(
        "Đại hội xác định phấn đấu đến năm 2030 GRDP bình quân đầu người đạt 8.000 USD.\n\n"
        "Theo số liệu thống kê, năm 2025 GRDP bình quân đầu người của tỉnh đạt 4.249 USD, tương đương 105 triệu đồng."
    )
    assert got == [(8000.0, "USD", 2030)]


def test_the_year_named_with_an_indicator_before_its_figure_outranks_a_period_named_after_it():
    got = vud(
        "Phấn đấu tốc độ tăng trưởng GRDP toàn tỉnh năm 2027 từ 8,5% - 9%, góp phần tạo nền tảng để đạt mục "
        "tiêu của giai đoạn 2026 - 2030."
    )
    assert [(v, d) for v, _, d in got] == [(8.5, 2027)], got


def test_a_baseline_year_before_a_later_figure_is_not_that_figures_deadline():
    got = vud("Phấn đấu giảm tỷ lệ hộ nghèo từ 10% năm 2026 xuống còn 6% trong năm 2028.")
    assert (6.0, "percent", 2028) in got, got


def test_an_index_striven_for_is_a_target_without_a_unit():
    got = vud("Chỉ số phát triển con người (HDI) phấn đấu đạt khoảng 0,80 vào năm 2030.")
    assert (0.8, None, 2030) in got, got


def test_a_number_whose_unit_the_text_does_not_give_is_still_no_target():
    got = vud("Phấn đấu đến năm 2030 có 5 trường đạt chuẩn mức 1.")
    assert all(v != 1.0 for v, _, _ in got), got


def test_an_index_target_is_typed_with_the_dimensionless_unit_in_the_graph():
    from rdflib import URIRef

    from phancong.rdf.mapping import to_graph

    e = extract(
        Source(
            id="t", path="t.txt", text=normalise("Chỉ số HDI phấn đấu đạt 0,78 vào năm 2030."), meta={"province": "Huế"}
        )
    )
    g = to_graph(e)
    units = set(g.objects(None, URIRef("https://w3id.org/phancong/ontology#unit")))
    assert URIRef("https://w3id.org/phancong/vocab/unit/index") in units, units


def test_a_rank_among_provinces_is_no_index_value():
    got = vud("Năm 2027, chỉ số năng lực cạnh tranh cấp tỉnh (PCI) phấn đấu xếp hạng 15/34 trên cả nước.")
    assert all(u is not None for _, u, _ in got), got


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Các dự án đầu tư công phải giải ngân đạt tối thiểu 80% kế hoạch vốn năm 2027.", (80.0, "percent", 2027)),
        ("Tỉnh quyết tâm ra mắt 15 xã nông thôn mới trong năm 2027.", (15.0, "locality", 2027)),
        ("Công tác giải phóng mặt bằng phải hoàn thành 100% trong quý II/2028.", (100.0, "percent", 2028)),
    ],
)
def test_what_must_or_is_resolved_to_be_reached_is_a_goal(sentence, expected):
    assert expected in vud(sentence)


def test_one_years_average_growth_is_a_share_not_a_rate_per_year_and_a_purpose_after_a_plan_sets_it():
    got = vud(
        "Kế hoạch được ban hành nhằm thực hiện có hiệu quả các nhiệm vụ đã giao, góp phần hoàn thành chỉ tiêu tăng "
        "trưởng ngành nông nghiệp năm 2027 bình quân đạt trên 3,9%."
    )
    assert (3.9, "percent", 2027) in got, got


def test_growth_averaged_over_a_period_stays_a_rate_per_year():
    got = vud("Phấn đấu tốc độ tăng trưởng GRDP bình quân giai đoạn 2026 - 2030 đạt 8%.")
    assert got and got[0][0] == 8.0 and got[0][1] == "%/năm", got


def test_the_growth_a_plan_steers_for_is_a_goal():
    got = vud("Các ngành phải xây dựng kế hoạch cụ thể điều hành tăng trưởng kinh tế năm 2027 đạt 10,5%.")
    assert (10.5, "percent", 2027) in got, got


def test_a_goal_for_the_rest_of_this_year_is_held_to_the_year_the_text_was_written():
    got = vud(
        "Thứ ba 11/11/2026 17:46\n\nTỉnh ủy đặt mục tiêu tăng trưởng kinh tế Quý IV phải đạt từ 12,5% trở lên để "
        "hoàn thành chỉ tiêu cả năm."
    )
    assert (12.5, "percent", 2026) in got, got


def test_a_years_goals_named_after_the_plans_period_keep_that_year():
    got = vud(
        "Năm 2027 là năm thứ hai triển khai kế hoạch 5 năm giai đoạn 2026-2030.\n\nUBND tỉnh đặt ra mục tiêu rất cao "
        "cho năm 2027 với quyết tâm đạt và vượt các chỉ tiêu.\n\nTỉnh tập trung vào 5 chỉ tiêu cơ bản: Tăng trưởng "
        "kinh tế 10%; thu nhập bình quân đầu người đạt 6,5 triệu đồng/người/tháng."
    )
    assert (10.0, "percent", 2027) in got, got


def test_what_a_plan_says_will_be_done_is_a_goal():
    got = vud(
        "Theo Kế hoạch, năm 2027, tỉnh sẽ tổ chức đánh giá và phát triển ít nhất 70 sản phẩm mới đạt 3 sao trở lên."
    )
    assert (70.0, "sản phẩm", 2027) in got, got


def test_a_goal_whose_components_follow_trong_do_and_a_colon_keeps_its_own_figure():
    e = extraction(
        "Phấn đấu tốc độ tăng trưởng GRDP bình quân đạt 7 - 8%; trong đó: khu vực nông nghiệp tăng 4,5 - 5%; "
        "dịch vụ tăng 8 - 9%."
    )
    got = {(t.value, t.parent is None) for t in e.targets}
    assert {(7.0, True), (4.5, False), (8.0, False)} <= got, got


def test_a_day_of_a_month_is_no_figure():
    e = extraction("Đại hội diễn ra từ ngày 14 đến ngày 16 tháng 10 năm 2025 tại Hội trường tỉnh.")
    assert not [x for x in e.statistics if x.value in (14.0, 16.0)], e.statistics


def test_a_congress_deciding_its_goals_then_a_photo_then_the_goals_sets_them():
    got = vud(
        "Đại hội diễn ra từ ngày 14 đến ngày 16 tháng 10 năm 2025, Đại hội đã quyết nghị các chỉ tiêu chủ yếu, cụ "
        "thể:\n\nToàn cảnh Đại hội.jpg\n\nTốc độ tăng trưởng GRDP bình quân đạt 7 - 8%; trong đó: khu vực nông "
        "nghiệp tăng 4,5 - 5%."
    )
    assert any(v == 7.0 for v, _, _ in got), got


def test_the_parts_of_a_rate_per_year_listed_after_trong_do_are_rates_per_year():
    e = extraction(
        "Phấn đấu tốc độ tăng trưởng GRDP bình quân giai đoạn 2026-2030 đạt 7 - 8%; trong đó: công nghiệp "
        "tăng 9,5 - 11%."
    )
    assert [(t.value, t.unit) for t in e.targets] == [(7.0, "%/năm"), (9.5, "%/năm")]


def test_an_average_fall_striven_for_in_one_year_named_first_is_a_share():
    got = vud("Năm 2027, tỉnh phấn đấu giảm tỷ lệ hộ nghèo bình quân từ 2% - 3%.")
    assert (2.0, "percent", 2027) in got, got


def test_models_counted_keep_their_noun_as_the_unit():
    got = vud("Năm 2027, phấn đấu nhân rộng 30 mô hình giảm nghèo.")
    assert (30.0, "mô hình", 2027) in got, got


def test_hectares_spelt_out_are_hectares():
    got = vud("Phấn đấu đến năm 2030 gia tăng diện tích đất trồng cây lâu năm lên trên 33.100 hecta.")
    assert (33100.0, "hecta", 2030) in got, got


def test_a_surveys_findings_after_a_goal_are_figures_reported_not_goals():
    got = vud(
        "Năm 2027, tỉnh phấn đấu giảm khoảng 400 - 500 hộ nghèo, đưa tỷ lệ hộ nghèo giảm còn 0,45%.\n\n"
        "Theo kết quả rà soát hộ nghèo cuối năm 2026, hiện toàn tỉnh còn 2.094 hộ nghèo, chiếm 0,61% tổng số hộ.\n\n"
        "Hết tháng 6/2026, tỷ lệ hộ nghèo trên địa bàn tỉnh giảm còn 0,58%."
    )
    values = {v for v, _, _ in got}
    assert 400.0 in values and not values & {2094.0, 0.61, 0.58}, got


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("Năm 2027, ngành văn hóa phấn đấu tổ chức 250 buổi biểu diễn nghệ thuật lưu động.", 250.0, "buổi"),
        ("Năm 2027, thư viện tỉnh phấn đấu cấp trên 3.000 thẻ bạn đọc.", 3000.0, "thẻ"),
        ("Năm 2027, phấn đấu xây dựng 6-12 hồ sơ di tích đề nghị xếp hạng.", 6.0, "hồ sơ"),
        ("Phấn đấu đến năm 2030 xây dựng mới 4 vùng an toàn dịch bệnh cấp xã.", 4.0, "vùng"),
        ("Phấn đấu đến năm 2030 tổng đàn gia súc đạt 2 triệu con.", 2.0, "triệu con"),
        ("Năm 2027, phấn đấu phát triển mới 65 - 70 tổ chức kinh tế hợp tác.", 65.0, "tổ chức kinh tế"),
        ("Năm 2027, tỉnh phấn đấu có tối thiểu 240 người lao động được hỗ trợ đào tạo nghề.", 240.0, "người lao động"),
        # a school counted is a school, "trường", as annotators write it
        ("Năm 2027, phấn đấu công nhận thêm 60 trường học đạt chuẩn quốc gia.", 60.0, "trường"),
    ],
)
def test_what_a_years_plan_counts_is_a_target_in_its_own_noun(sentence, value, unit):
    got = {(v, u) for v, u, _ in vud(sentence)}
    assert (value, unit) in got, got


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        ("Mục tiêu vụ xuân 2027 toàn tỉnh gieo cấy 78.191 ha lúa xuân.", 2027),
        ("Kế hoạch sản xuất vụ đông xuân 2026 - 2027 với mục tiêu gieo trồng 64 nghìn ha cây hàng năm.", 2027),
        ("Vụ hè thu năm 2027, tỉnh phấn đấu gieo cấy 30.000 ha lúa.", 2027),
    ],
)
def test_the_goals_of_a_crop_season_are_due_in_the_year_the_season_ends(sentence, year):
    got = vud(sentence)
    assert got and all(d == year for _, _, d in got), got


@pytest.mark.parametrize(
    "sentence",
    [
        "Phấn đấu đến năm 2030 có 100% huyện đạt chuẩn nông thôn mới. Lũy kế đến năm 2026, trên địa bàn tỉnh có 6 "
        "đơn vị cấp huyện đạt chuẩn nông thôn mới.",
        "Năm 2026, tỉnh đặt chỉ tiêu công nhận 60 trường đạt chuẩn quốc gia. Kết quả, tỉnh có 65 trường được công "
        "nhận.",
    ],
)
def test_a_count_to_date_or_a_result_after_goals_is_no_goal(sentence):
    got = vud(sentence)
    assert not {v for v, _, _ in got} & {6.0, 65.0}, got


def test_a_goal_due_by_a_date_is_due_in_its_year():
    got = vud("Các chủ đầu tư phấn đấu đến ngày 30/9/2027 giải ngân 60% kế hoạch vốn được giao.")
    assert (60.0, "percent", 2027) in got, got


def test_the_year_heading_the_goals_outweighs_the_period_named_after_it():
    got = vud(
        "Trong đó, năm 2027, mục tiêu góp phần hoàn thành kế hoạch giai đoạn 2026-2030 là xây dựng 161 trường học đạt "
        "chuẩn quốc gia."
    )
    assert (161.0, "trường", 2027) in got, got


def test_two_digit_growth_counts_no_animals():
    got = vud("Để hiện thực hóa mục tiêu tăng trưởng 2 con số, tỉnh phấn đấu đến năm 2030 đàn gia súc đạt 2 triệu con.")
    assert [(v, u) for v, u, _ in got] == [(2.0, "triệu con")], got


def test_the_resolutions_figure_in_brackets_beside_an_estimated_result_is_the_target_due_that_year():
    e = extraction(
        "Kết quả thực hiện một số chỉ tiêu chủ yếu năm 2027 như sau:\n\n"
        "(1). Tổng sản phẩm trên địa bàn ước đạt 58.597 tỷ đồng, tăng 9% so với năm 2026 (NQ: 9-10%);\n\n"
        "(2). Giá trị sản xuất các ngành dịch vụ ước tăng 8,1% (NQ: 9,5-10,5%);\n\n"
        "(3). Tốc độ tăng trưởng GRDP ước tăng 7,2% (chỉ tiêu giao 7,5 - 8%)."
    )
    got = {(t.value, t.upper, t.deadline_year) for t in e.targets}
    assert {(9.0, 10.0, 2027), (9.5, 10.5, 2027), (7.5, 8.0, 2027)} <= got, got
    assert not {8.1, 7.2} & {t.value for t in e.targets}


def test_a_surveys_result_is_reported_not_striven_for():
    got = vud(
        "Năm 2027, tỉnh phấn đấu giảm 2% tỷ lệ hộ nghèo. Kết quả điều tra, rà soát hộ nghèo cuối năm 2026, toàn tỉnh "
        "còn 8.838 hộ nghèo, chiếm tỉ lệ 5,18%."
    )
    assert not {v for v, _, _ in got} & {8838.0, 5.18}, got


def test_villages_and_criteria_per_commune_are_counted_as_written():
    e = extraction(
        "Phấn đấu năm 2027 có thêm 100 thôn đạt chuẩn nông thôn mới, số tiêu chí bình quân mỗi xã 14 tiêu chí/xã."
    )
    got = {(t.value, t.unit) for t in e.targets}
    assert {(100.0, "thôn"), (14.0, "tiêu chí/xã")} <= got, got


@pytest.mark.parametrize(
    ("written", "concept"),
    [
        ("người lao động", "worker"),
        ("tổ chức kinh tế", "organisation"),
        ("tổ dân phố", "locality"),
        ("buổi", "unit"),
        ("vạn tấn", "tonne"),
        ("hộ nghèo", "household"),
        ("lượt khách quốc tế", "time"),  # (turns, as "lượt" is)
    ],
)
def test_a_unit_as_written_links_to_its_concept_in_the_vocabulary(written, concept):
    from phancong.vocab import unit_concept

    assert unit_concept(written) == concept


def test_the_figure_named_as_a_figure_is_a_target():
    got = vud("Năm 2027, tỉnh quyết tâm phấn đấu tăng trưởng vượt con số 11%.")
    assert (11.0, "percent", 2027) in got, got


def test_what_a_province_has_planned_for_a_year_is_a_target():
    got = vud("Năm 2027, toàn tỉnh có kế hoạch trồng 10.500 ha rừng tập trung.")
    assert (10500.0, "ha", 2027) in got, got


def test_the_targets_a_congress_settled_on_are_read_from_the_first():
    """ "Đại hội đã xác định nhiều chỉ tiêu quan trọng, trong đó: …": the first item after the colon is a target too."""
    got = vud(
        "Đại hội đã xác định nhiều chỉ tiêu quan trọng, trong đó: tốc độ tăng giá trị sản xuất bình quân hằng năm "
        "đạt 9,5%; thu nhập bình quân đầu người đến năm 2030 đạt 80 triệu đồng.",
        "2025-08-20",
    )
    assert (9.5, "%/năm", 2030) in got and (80.0, "triệu đồng", 2030) in got, got


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a goal headed for, in a headline
        ("Xã Tân Lập hướng tới giảm tỷ lệ hộ nghèo xuống dưới 2% vào năm 2030", (2.0, "percent", 2030)),
        # a goal named by its indicator after "mục tiêu"
        (
            "Đoàn đã kiểm tra các giải pháp bảo đảm thực hiện mục tiêu tăng trưởng GRDP năm 2026 từ 10% trở lên.",
            (10.0, "percent", 2026),
        ),
        # a goal raised from one value to another, a comparator before the new one
        ("HĐND tỉnh điều chỉnh mục tiêu tăng trưởng GRDP năm 2026 từ 11,5% lên trên 12%.", (12.0, "percent", 2026)),
    ],
)
def test_a_goal_headed_for_or_named_by_its_indicator_is_a_target(sentence, expected):
    assert vud(sentence, "2026-02-05") == [expected], vud(sentence, "2026-02-05")


@pytest.mark.parametrize(
    "sentence, value",
    [
        ("Phấn đấu đến năm 2030 kết nạp mới 5.000 đảng viên trở lên.", 5000.0),
        ("Đến năm 2030, 95% số hộ trở lên đạt danh hiệu sản xuất, kinh doanh giỏi.", 95.0),
        ("Đến năm 2030, thu nhập bình quân đầu người đạt 90 triệu đồng/năm trở lên.", 90.0),
    ],
)
def test_tro_len_after_the_counted_noun_makes_the_goal_a_floor(sentence, value):
    """ "5.000 đảng viên trở lên", "95% số hộ trở lên": at least, as after the number ("95% trở lên")."""
    e = extraction(sentence)
    assert [(x.value, x.comparator) for x in e.targets if x.parent is None] == [(value, "at-least")]


def test_a_rate_per_a_round_number_of_people_keeps_the_population_in_its_unit():
    """ "xuống còn 500/100.000 trẻ em và 450/100.000 trẻ em vào năm 2030": rates per 100,000 children, not a
    part of a whole."""
    got = vud(
        "2. Mục tiêu cụ thể\n- Giảm tỷ suất trẻ em bị tai nạn, thương tích năm 2026 xuống còn 500/100.000 trẻ em và "
        "450/100.000 trẻ em vào năm 2030."
    )
    assert got == [(500.0, "/100.000 trẻ em", 2026), (450.0, "/100.000 trẻ em", 2030)], got
