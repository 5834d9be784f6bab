"""By when, as news leaves it to its reader: a day and month without a year falls in the year the text is written;
the year a text is about ("kịch bản tăng trưởng năm 2027", "Năm 2027 là năm …") is the horizon of the goals it
gives without one; visitors counted by where they come from keep it in the unit (issue 13, fourteenth session).
Every sentence is made up."""

from __future__ import annotations

import pytest

from tests.extract.reading import ex, extraction, vud


def test_a_day_and_month_without_a_year_is_due_in_the_year_the_text_is_written():
    got = vud(
        "Tỉnh đặt mục tiêu đến ngày 30-9, tỷ lệ giải ngân vốn đầu tư công đạt 60% kế hoạch; đến ngày 31/10, "
        "tỷ lệ giải ngân đạt 70% kế hoạch.",
        published="2025-08-12",
    )
    assert (60, "percent", 2025) in got and (70, "percent", 2025) in got, got


def test_a_campaign_run_until_a_day_this_year_holds_its_goal_to_this_year():
    got = vud(
        "Chiến dịch được triển khai đến ngày 31-8 với mục tiêu nâng tổng vốn được giải ngân đạt hơn 9.200 tỉ đồng.",
        published="2025-08-12",
    )
    assert (9200, "tỉ đồng", 2025) in got, got


def test_a_date_with_its_year_keeps_that_year():
    got = vud("Tỉnh phấn đấu đến ngày 31/12/2026 giải ngân 100% vốn đầu tư công.", published="2025-08-12")
    assert (100, "percent", 2026) in got, got


@pytest.mark.parametrize(
    "text",
    [
        "UBND tỉnh vừa ban hành kịch bản tăng trưởng kinh tế năm 2027. Theo đó, tỉnh phấn đấu tăng trưởng GRDP "
        "đạt từ 9 đến 9,5%.",
        "Chủ tịch UBND tỉnh nhấn mạnh, năm 2027 là năm có ý nghĩa đặc biệt quan trọng. Mục tiêu tăng trưởng kinh "
        "tế của tỉnh đạt 9-9,5%.",
        "Năm 2027 được xác định là năm bản lề. Tỉnh phấn đấu tăng trưởng GRDP đạt từ 9 đến 9,5%.",
    ],
)
def test_the_year_a_text_is_about_is_the_horizon_of_its_goals_without_a_year(text):
    got = vud(text, published="2026-12-20")
    assert (9, "percent", 2027) in got, got


def test_a_year_named_only_as_past_is_no_horizon():
    got = vud("Năm 2024 là năm thành công của tỉnh. Tỉnh phấn đấu tăng trưởng GRDP đạt 9%.", published="2026-12-20")
    assert (9, "percent", 2024) not in got, got


def test_visitors_counted_by_where_they_come_from_keep_it_in_the_unit():
    got = vud("Năm 2027, tỉnh phấn đấu đón 50.000 lượt khách quốc tế và 1,2 triệu lượt khách nội địa.")
    assert (50000, "lượt khách quốc tế", 2027) in got and (1.2, "triệu lượt khách nội địa", 2027) in got, got


def test_tourists_are_counted_as_visitors_without_the_word_for_tourism():
    got = vud("Năm 2027, tỉnh phấn đấu đón 3 triệu lượt khách du lịch.")
    assert (3, "triệu lượt khách", 2027) in got, got


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Tỉnh phấn đấu tốc độ tăng trưởng GRDP năm 2027 đạt từ 8% trở lên, trong đó 6 tháng cuối năm đạt từ 9% "
            "trở lên, góp phần tạo nền tảng vững chắc để đạt tốc độ tăng trưởng 2 con số trong giai đoạn 2026 - 2030.",
            (9, "percent", 2027),
        ),
        (
            "Ban Thường vụ quyết tâm tăng trưởng GRDP cả năm 2027 từ 7,3 - 7,6%, phấn đấu đạt từ 8% trở lên trong "
            "điều kiện thuận lợi và tạo đà tăng trưởng hai con số giai đoạn 2026 - 2030.",
            (8, "percent", 2027),
        ),
    ],
)
def test_the_period_a_years_goals_prepare_for_is_not_their_deadline(text, want):
    e = ex(text)
    got = [(x.value, x.unit, x.deadline_year) for x in e.targets]  # (the half-year's figure is a part of the year's)
    assert want in got, got


def test_a_goal_for_a_period_named_in_its_own_words_keeps_the_period():
    got = vud("Tỉnh phấn đấu tốc độ tăng trưởng bình quân giai đoạn 2026 - 2030 đạt 10%/năm.")
    assert (10, "%/năm", 2030) in got, got


def test_tens_of_thousands_are_a_magnitude_of_the_unit():
    got = vud("Năm 2027, tỉnh phấn đấu tổng sản lượng lương thực đạt 43 vạn tấn.")
    assert (43, "vạn tấn", 2027) in got, got


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Năm 2027, tỉnh phấn đấu giảm 3.000 hộ nghèo.", "hộ nghèo"),
        ("Năm 2027, tỉnh phấn đấu giảm 1.200 hộ cận nghèo.", "hộ cận nghèo"),
        ("Năm 2027, tỉnh phấn đấu giảm 4.100 hộ nghèo và cận nghèo.", "hộ"),
        ("Năm 2027, tỉnh phấn đấu hỗ trợ nhà ở cho 500 hộ nghèo, cận nghèo.", "hộ"),
    ],
)
def test_poor_households_are_counted_as_written_and_poor_with_near_poor_as_households(text, unit):
    got = vud(text)
    assert [u for _, u, _ in got] == [unit], got


def test_a_year_named_after_the_period_of_the_plan_cited_first_holds_the_goals_after_it():
    got = vud(
        "Theo kế hoạch phát triển kinh tế - xã hội giai đoạn 2026 – 2030, địa phương đặt mục tiêu tăng trưởng GRDP "
        "năm 2027 ở mức 9,7% và quyết tâm phấn đấu vượt con số 10%.",
        published="2027-02-26",
    )
    assert (9.7, "percent", 2027) in got and (10, "percent", 2027) in got, got


def test_the_period_of_the_plan_cited_first_holds_goals_that_name_no_year():
    got = vud(
        "Theo kế hoạch giai đoạn 2026 – 2030, tỉnh phấn đấu tăng trưởng bình quân 10%/năm.", published="2027-02-26"
    )
    assert got == [(10, "%/năm", 2030)], got


def test_the_figures_reported_after_a_subheading_that_sets_a_goal_are_not_its_goals():
    got = vud(
        "Ngày 3-11, Sở Tài chính đã báo cáo UBND tỉnh về tình hình giải ngân kế hoạch đầu tư công năm 2027.\n\n"
        "Tỉnh phấn đấu giải ngân 100% vốn đầu tư công trước ngày 31-12-2027\n\n"
        "Trường hợp không tính số vốn kéo dài là 9.100 tỉ đồng thì kế hoạch vốn được giao là 21.500 tỉ đồng.\n\n"
        "Trong đó, tỉ lệ giải ngân của Sở Xây dựng đạt 51%, Sở Công Thương đạt 12%.",
        published="2027-11-03",
    )
    assert got == [(100, "percent", 2027)], got


def test_a_lead_printed_twice_sets_its_goals_once():
    lead = "Mục tiêu đến 2027, toàn tỉnh có 8/12 đơn vị cấp huyện đạt chuẩn nông thôn mới; 140 xã đạt chuẩn."
    got = vud(f"Tỉnh đẩy mạnh xây dựng nông thôn mới\n\n{lead}\n\nHội nghị đã thảo luận dự thảo kế hoạch.\n\n{lead}")
    assert sorted(got) == [(8, "đơn vị cấp huyện", 2027), (140, "locality", 2027)], got


def test_the_same_figure_for_two_indicators_is_two_targets():
    got = vud(
        "Tỉnh nâng cao chất lượng giáo dục\n\nĐến năm 2027, tỷ lệ trường mầm non đạt chuẩn quốc gia đạt 60%.\n\n"
        "Đến năm 2027, tỷ lệ trường tiểu học đạt chuẩn quốc gia đạt 60%."
    )
    assert len(got) == 2, got


def test_the_year_a_news_lead_opens_with_is_the_horizon_of_its_later_goals_without_one():
    got = vud(
        "Tỉnh trồng mới được trên 12.000 ha rừng\nNăm 2027, tỉnh có kế hoạch trồng mới 13.000 ha rừng. Đến thời "
        "điểm này, toàn tỉnh đã trồng được 12.100 ha.\nCùng với đó, các chủ rừng chăm sóc tốt diện tích rừng "
        "trồng. Tỉnh phấn đấu duy trì tỷ lệ che phủ rừng đạt 61%."
    )
    assert (61, "percent", 2027) in got, got


def test_goals_given_at_that_time_are_due_by_the_year_the_paragraph_before_names():
    """ "Phấn đấu đến năm 2030, tỉnh hoàn thành …" then "Khi đó, 100% …; 85% …": "khi đó" is the year just named,
    and the goals the paragraph after it sets without a year go on with it."""
    got = vud(
        "Tỉnh ủy đặt mục tiêu phát triển đô thị thông minh trong mười năm tới.\n"
        "Phấn đấu đến năm 2030, tỉnh hoàn thành xây dựng chính quyền số, kết nối với các đô thị trong vùng.\n"
        "Khi đó, 100% thủ tục hành chính được giải quyết trực tuyến ở cấp tỉnh; 85% đối với cấp xã; hoàn thành "
        "các cơ sở dữ liệu dùng chung.\n"
        "Tỉnh phấn đấu kinh tế số chiếm 25% GRDP; tỷ lệ dân số có danh tính điện tử đạt 90%."
    )
    assert {(100, "percent", 2030), (85, "percent", 2030), (25, "percent", 2030), (90, "percent", 2030)} <= set(got), (
        got
    )


@pytest.mark.parametrize(
    "text",
    [
        "Theo Sở Tài chính, tổng vốn đầu tư công năm 2027 của tỉnh dự kiến hơn 12.000 tỷ đồng. Trong đó, vốn ngân "
        "sách Trung ương khoảng 3.000 tỷ đồng.",
        "Năm 2027, tổng nguồn vốn đầu tư công của tỉnh là trên 12.000 tỷ đồng. Trong đó, vốn ngân sách Trung ương "
        "trên 3.000 tỷ đồng.",
        "Kế hoạch vốn đầu tư công năm 2027 được giao cho tỉnh là 12.000 tỷ đồng. Vốn ngân sách Trung ương chiếm "
        "3.000 tỷ đồng.",
    ],
)
def test_the_public_investment_capital_planned_for_a_year_is_a_target(text):
    """The public investment capital a year's plan holds (to be disbursed) is a target, and its parts with it."""
    got = vud(text, published="2027-03-02")
    assert (12000, "tỷ đồng", 2027) in got and (3000, "tỷ đồng", 2027) in got, got


def test_capital_already_disbursed_against_the_plan_is_a_result():
    got = vud(
        "Đến ngày 30/9/2027, tỉnh đã giải ngân 7.000 tỷ đồng vốn đầu tư công, đạt 58% kế hoạch vốn đầu tư công.",
        published="2027-10-02",
    )
    assert not got, got


def test_the_months_of_a_year_a_plan_is_reviewed_for_are_a_period_not_a_figure():
    got = vud(
        "UBND tỉnh làm việc với các sở về tình hình giải ngân Kế hoạch vốn đầu tư công 9 tháng năm 2027 và nhiệm vụ "
        "quý IV/2027.",
        published="2027-10-02",
    )
    assert not got, got


def test_a_year_opening_the_next_clause_after_a_comma_is_the_next_goals_not_the_figures():
    """ "… giảm 2 - 3%/năm, đến năm 2027 đưa huyện A thoát nghèo, đến năm 2030 …": 2027 is when district A leaves
    poverty; the rate takes the horizon its lead names. A period after the comma is the item's own."""
    got = vud(
        "Một số chỉ tiêu chủ yếu đến năm 2030: tỷ lệ hộ nghèo đa chiều giảm 2 - 3%/năm, đến năm 2027 đưa huyện A "
        "thoát khỏi huyện nghèo, đến năm 2030 đưa huyện B thoát khỏi huyện nghèo; xây dựng 12.000 căn nhà ở xã "
        "hội, giai đoạn 2026-2028."
    )
    assert (2, "percent", 2030) in got and (12000, "căn", 2028) in got, got


@pytest.mark.parametrize(
    "lead",
    [
        "Sáng 2/3, Huyện đoàn tổ chức lễ ra quân Tháng thanh niên 2027.",
        "Tỉnh đoàn phát động Chiến dịch Thanh niên tình nguyện hè năm 2027.",
    ],
)
def test_the_goals_a_yearly_campaign_sets_are_due_in_the_year_it_is_named_with(lead):
    got = vud(lead + "\nTrong đó, phấn đấu ít nhất 1.500 lượt đoàn viên tham gia; trồng mới 2.000 cây xanh.")
    assert (1500, "lượt đoàn viên", 2027) in got and (2000, "cây xanh", 2027) in got, got


def test_a_headlines_goal_without_a_year_takes_the_year_the_article_opens_with():
    got = vud(
        "Hội Nông dân huyện: Phấn đấu 80% số hộ trở lên đạt danh hiệu sản xuất giỏi\n"
        "Sáng 10/1, Hội Nông dân huyện tổng kết công tác năm 2026, triển khai phương hướng, nhiệm vụ năm 2027.",
        published="2027-01-10",
    )
    assert (80, "percent", 2027) in got, got


def test_party_members_counted_as_comrades_keep_the_word():
    got = vud(
        "Năm 2027, Huyện ủy giao chỉ tiêu kết nạp 150 đảng viên; trong đó, đảng viên là học sinh từ 05 đồng chí, ở "
        "địa bàn dân cư 30 đồng chí."
    )
    assert (5, "đồng chí", 2027) in got and (30, "đồng chí", 2027) in got, got


def test_by_how_much_a_target_was_beaten_is_a_result_not_a_target():
    got = vud("Trong năm, Đảng bộ Khối các cơ quan tỉnh kết nạp vượt chỉ tiêu 9 đảng viên.")
    assert not [g for g in got if g[0] == 9], got


def test_a_goal_for_the_term_is_due_by_the_end_of_the_term_named_before_it():
    got = vud(
        "Sáng 17/9, Đảng ủy phường tổ chức hội nghị quán triệt Nghị quyết Đại hội Đảng bộ phường lần thứ I, nhiệm kỳ "
        "2025 - 2030.\nĐại hội đã xác định nhiều chỉ tiêu quan trọng, trong đó: thu nhập bình quân đầu người đạt 95 "
        "triệu đồng. Trong nhiệm kỳ sẽ thành lập mới 300 doanh nghiệp, kết nạp 400 đảng viên."
    )
    assert (300, "doanh nghiệp", 2030) in got and (400, "party-member", 2030) in got, got


def test_the_cooperative_economys_units_keep_their_noun():
    got = vud("Năm 2027, tỉnh phấn đấu thành lập mới 40 HTX trở lên, 60 tổ hợp tác và 01 liên hiệp HTX.")
    units = {u for _, u, _ in got}
    assert {"HTX", "tổ hợp tác", "liên hiệp HTX"} <= units, got


def test_a_set_of_units_told_by_its_size_is_no_target():
    got = vud("Năm 2027, phấn đấu chi bộ có dưới 07 đảng viên thực hiện kiểm tra, giám sát xoay vòng.")
    assert not [g for g in got if g[0] == 7], got


def test_the_delegates_of_a_congress_for_a_term_are_counted_when_it_sits_at_the_terms_start():
    got = vud(
        "Kế hoạch tổ chức đại hội đảng bộ các cấp nhiệm kỳ 2030 - 2035.\nSố lượng đại biểu được hướng dẫn: Đại hội "
        "đảng bộ tỉnh từ 350 đến 400 đại biểu; đại hội đảng bộ xã không quá 200 đại biểu."
    )
    assert (350, "person", 2030) in got and (200, "person", 2030) in got, got


def test_a_second_short_goal_heading_with_its_year_scopes_the_goals_under_it():
    got = vud(
        "I. MỤC TIÊU\n1. Mục tiêu đến năm 2026\n- Tỷ lệ người biết chữ đạt 99%.\n2. Mục tiêu đến năm 2030\n"
        "- Tỷ lệ người biết chữ đạt 99,5%.\n- Có 95% số người mới biết chữ tiếp tục học tập."
    )
    assert (99, "percent", 2026) in got and (99.5, "percent", 2030) in got and (95, "percent", 2030) in got, got


def test_the_units_a_goal_applies_to_and_one_of_a_set_are_no_targets():
    got = vud(
        "Năm 2027, phấn đấu giảm tỷ lệ hộ nghèo bình quân 10% trở lên đối với 12 xã nghèo nhất tỉnh. Xã A là 1 trong "
        "12 xã nghèo nhất."
    )
    assert [g[0] for g in got] == [10], got


def test_the_goals_of_a_plan_named_with_its_date_and_no_period_are_that_years():
    """ "UBND xã An Phú ban hành Kế hoạch số: 25/KH-UBND ngày 11/02/2026 …. Theo kế hoạch, … 100% …": the plan's
    goals that name no year are due in the year it is dated."""
    got = vud(
        "UBND xã An Phú ban hành Kế hoạch số: 25/KH-UBND ngày 11/02/2026 về đẩy mạnh dịch vụ công trực tuyến.\n"
        "Theo kế hoạch, xã đặt mục tiêu 100% thủ tục hành chính đủ điều kiện được cung cấp trực tuyến toàn trình."
    )
    assert got == [(100.0, "percent", 2026)], got


def test_the_goals_of_a_plan_titled_with_its_year_under_its_type_are_that_years():
    """ "KẾ HOẠCH" then "Triển khai phong trào thi đua năm 2027": the goals listed without a year are the title's."""
    got = vud(
        "KẾ HOẠCH\nTriển khai phong trào thi đua cải cách hành chính năm 2027\nI. MỤC ĐÍCH, YÊU CẦU\n2. Chỉ tiêu\n"
        "- 100% cơ quan, đơn vị xây dựng kế hoạch thi đua;\n- Phấn đấu 95% hồ sơ được giải quyết đúng hạn."
    )
    assert got == [(100.0, "percent", 2027), (95.0, "percent", 2027)], got


def test_a_part_without_a_year_is_due_with_the_whole_it_breaks_down():
    """ "năm 2025 đón 800.000 lượt khách (trong đó 90.000 lượt khách quốc tế); Năm 2030 đón 1.800.000 lượt khách
    (trong đó có 280.000 lượt khách quốc tế)": each part is due the year of the whole in front of it."""
    e = extraction(
        "Quy hoạch đặt ra mục tiêu cụ thể như: năm 2025 đón 800.000 lượt khách lưu trú (trong đó 90.000 lượt khách "
        "quốc tế); Năm 2030 đón 1.800.000 lượt khách lưu trú (trong đó có 280.000 lượt khách quốc tế)."
    )
    assert [(x.value, x.deadline_year) for x in e.targets] == [
        (800000.0, 2025),
        (90000.0, 2025),
        (1800000.0, 2030),
        (280000.0, 2030),
    ], [(x.value, x.deadline_year) for x in e.targets]


def test_the_goals_of_a_years_plan_that_carries_out_a_strategy_are_that_years():
    """ "Kế hoạch hành động năm 2026 triển khai Chiến lược … giai đoạn 2021-2030 với mục tiêu: …": the goals are
    the year's plan's, not the strategy's period's."""
    got = vud(
        "UBND tỉnh ban hành Kế hoạch hành động năm 2026 triển khai Chiến lược phát triển thông tin cơ sở giai đoạn "
        "2021-2030 với mục tiêu: tỷ lệ xã có hệ thống truyền thanh đạt 100%; tỷ lệ chuyển đổi đài truyền thanh đạt 80%."
    )
    assert got == [(100.0, "percent", 2026), (80.0, "percent", 2026)], got


def test_a_goal_for_the_last_months_of_the_year_is_that_years():
    """ "… với mục tiêu kéo giảm 5% tội phạm những tháng cuối năm", written in October 2026: due in 2026."""
    got = vud(
        "Các đơn vị ra quân thực hiện cao điểm với mục tiêu kéo giảm 5% tội phạm những tháng cuối năm.", "2026-10-05"
    )
    assert got == [(5.0, "percent", 2026)], got


def test_goals_that_go_on_after_a_sentence_reaching_a_later_year_are_held_to_it():
    """ "… phấn đấu đến năm 2025 có trên 38% … và đạt 42% vào năm 2030." then "100% số xã … đạt chuẩn": the goal
    that goes on is held to the last year the sentence reached."""
    got = vud(
        "Tỉnh phấn đấu đến năm 2025 có trên 38% số dân thường xuyên luyện tập thể dục thể thao và đạt 42% vào năm "
        "2030.\n\n100% số xã, phường có thiết chế văn hóa - thể thao đạt chuẩn theo quy định."
    )
    assert got == [(38.0, "percent", 2025), (42.0, "percent", 2030), (100.0, "percent", 2030)], got
