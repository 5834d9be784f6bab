"""Goals named with their horizon in one paragraph, their figures in the next ones (issue 13): the figures are
targets due at the horizon, a share "chiếm khoảng 22 - 23%" among them; a plan for a year named in news, followed
by last year's figures, opens no goals. Every sentence here is made up for the test."""

from __future__ import annotations

from phancong.extract import extract
from phancong.text.normalise import normalise
from phancong.text.read import Source


def ex(text: str, province: str = "Hà Giang"):
    return extract(Source(id="t", path="t.txt", text=normalise(text), meta={"province": province}))


def test_figures_after_goals_named_with_their_horizon_are_targets_due_then():
    e = ex(
        "Theo đó, mục tiêu phát triển đến năm 2030, tỉnh trở thành tỉnh phát triển khá của vùng, kinh tế phát triển "
        "xanh và bền vững.\n\n"
        "Về kinh tế: Tốc độ tăng trưởng kinh tế bình quân giai đoạn 2021 - 2030 đạt khoảng 7,5%/năm.\n\n"
        "Cơ cấu kinh tế: nông, lâm nghiệp chiếm khoảng 20 - 21%; dịch vụ chiếm khoảng 45 - 46%.\n\n"
        "Thu ngân sách trên địa bàn đạt khoảng 5.000 tỷ đồng."
    )
    got = {(t.value, t.upper, t.deadline_year) for t in e.targets}
    assert {(7.5, None, 2030), (20, 21, 2030), (45, 46, 2030), (5000, None, 2030)} <= got
    assert not e.statistics


def test_a_plan_for_the_year_in_the_news_then_last_years_figures_are_statistics():
    e = ex(
        "Sáng 3/2, UBND tỉnh cho biết vừa ban hành kế hoạch thực hiện chỉ tiêu giảm nghèo năm 2026.\n\n"
        "Theo UBND tỉnh, kết quả rà soát cuối năm 2025, toàn tỉnh còn 6.120 hộ nghèo, chiếm tỉ lệ 4,2%."
    )
    assert not e.targets
    assert {s.value for s in e.statistics} >= {6120, 4.2}


def test_life_expectancy_is_a_target_in_years_an_age_limit_is_no_figure():
    e = ex("Phấn đấu đến năm 2030, tuổi thọ trung bình người dân đạt 76 tuổi; cán bộ trẻ dưới 35 tuổi chiếm 12%.")
    got = {(t.value, t.unit, t.deadline_year) for t in e.targets}
    assert (76, "tuổi", 2030) in got
    assert not any(t.value == 35 for t in e.targets + e.statistics)


def test_people_admitted_to_the_party_are_counted_as_written():
    e = ex("Thành ủy giao chỉ tiêu: các đảng bộ phường kết nạp ít nhất 15 quần chúng vào Đảng trong năm 2026.")
    assert [(t.value, t.unit, t.comparator) for t in e.targets] == [(15, "quần chúng", "at-least")]


def test_yearly_goals_of_a_term_named_before_them_are_due_when_the_term_ends():
    """An undated report of a conference: "… quán triệt phương hướng, mục tiêu, nhiệm vụ … trong nhiệm kỳ 2025 -
    2030" then "một số chỉ tiêu chủ yếu: … hằng năm có trên 90% …": due in 2030, the term's end."""
    e = ex(
        "Phó Bí thư Tỉnh ủy đã đánh giá công tác xây dựng Đảng nhiệm kỳ qua và quán triệt phương hướng, mục tiêu, "
        "nhiệm vụ và các giải pháp chủ yếu trong nhiệm kỳ 2025 - 2030.\n\n"
        "Trong đó, một số chỉ tiêu chủ yếu được đề ra như: hằng năm có trên 85% tổ chức đảng hoàn thành tốt nhiệm vụ "
        "trở lên; tỷ lệ đảng viên được kết nạp hằng năm tối thiểu 2,5% tổng số đảng viên."
    )
    assert {(t.value, t.deadline_year) for t in e.targets} == {(85, 2030), (2.5, 2030)}


def test_the_plans_figure_in_brackets_after_a_result_is_a_target_of_that_year():
    """A report of results quotes the plan after each one: "ước đạt 5.120 tỷ đồng, vượt 2,4% KH (KH 5.000 tỷ
    đồng)", "tăng 9,3% (kế hoạch 8%)": the figures in brackets are the plan's targets, due in the year reported;
    the results stay statistics."""
    e = ex(
        "Kết quả thực hiện nhiệm vụ kinh tế - xã hội năm 2025: (1) Tổng thu ngân sách nhà nước trên địa bàn ước đạt "
        "5.120 tỷ đồng, vượt 2,4% KH (KH 5.000 tỷ đồng); (2) Năng suất lao động ước tăng 7,6% (KH 7-8%).\n\n"
        "Cụ thể, tốc độ tăng trưởng kinh tế của tỉnh tăng 9,3% (kế hoạch 8%)."
    )
    assert {(t.value, t.upper, t.deadline_year) for t in e.targets} == {
        (5000, None, 2025),
        (7, 8, 2025),
        (8, None, 2025),
    }
    assert {5120, 7.6, 9.3} <= {s.value for s in e.statistics}


def test_a_plans_figure_in_brackets_with_its_verb_is_due_in_the_year_the_results_are_of():
    """ "Theo báo cáo, năm 2025 diễn ra … GRDP ước tăng 6,5% (kế hoạch tăng 8 – 8,5%); thu nhập bình quân đầu người
    đạt 95 triệu đồng (kế hoạch 98 triệu đồng)": the plan's figures are 2025's, not those of the plan the text
    is about (2026)."""
    e = ex(
        "Kế hoạch phát triển kinh tế - xã hội năm 2026 được thông qua.\n\nTheo báo cáo của UBND tỉnh, năm 2025 diễn "
        "ra trong điều kiện khó khăn. Tổng sản phẩm trong tỉnh (GRDP) ước tăng 6,5% (kế hoạch tăng 8 – 8,5%); thu "
        "nhập bình quân đầu người đạt 95 triệu đồng (kế hoạch 98 triệu đồng)."
    )
    got = {(t.value, t.upper, t.deadline_year) for t in e.targets}
    assert {(8, 8.5, 2025), (98, None, 2025)} <= got


def test_life_expectancy_named_at_length_is_still_a_target():
    e = ex("Phấn đấu đến năm 2030, tuổi thọ trung bình tính từ lúc sinh của người dân đạt khoảng 76,5 tuổi.")
    assert [(t.value, t.unit) for t in e.targets] == [(76.5, "tuổi")]


def test_quotas_spelled_out_after_a_photo_caption_are_the_quotas_given_for_the_year():
    # the lead hands out the year's quotas; the photo's caption (twice, as pages print it) stands between it and
    # "Cụ thể, …", which spells them out district by district
    e = ex(
        "(BTT) - UBND tỉnh vừa giao chỉ tiêu phấn đấu giảm tỷ lệ hộ nghèo năm 2026 cho các huyện, thị xã.\n\n"
        "Mô hình trồng nấm góp phần giảm nghèo ở xã Hòa Lâm (huyện Ea Lâm).\n"
        "Mô hình trồng nấm góp phần giảm nghèo ở xã Hòa Lâm (huyện Ea Lâm).\n\n"
        "Cụ thể, huyện Ea Lâm giảm từ 3,5-4,2% (tương ứng từ 240-330 hộ); Krông Hà 2,5-3,0% (1.070-1.190 hộ)."
    )
    got = {(t.value, t.upper, t.deadline_year) for t in e.targets}
    assert {(3.5, 4.2, 2026), (240, 330, 2026), (2.5, 3.0, 2026), (1070, 1190, 2026)} <= got, got


def test_a_caption_that_reports_figures_still_ends_the_goals_before_it():
    e = ex(
        "UBND tỉnh vừa giao chỉ tiêu phấn đấu giảm tỷ lệ hộ nghèo năm 2026 cho các huyện.\n\n"
        "Năm 2025, toàn tỉnh đã giảm được 1.200 hộ nghèo.\n\n"
        "Cụ thể, huyện Ea Lâm giảm 240 hộ; Krông Hà giảm 310 hộ."
    )
    assert not {t.value for t in e.targets} & {1200, 240, 310}


def test_the_areas_a_decision_approves_are_planned_district_by_district():
    e = ex(
        "Hôm nay 12/5, Chủ tịch UBND tỉnh ký quyết định phê duyệt vùng quy hoạch trồng lúa chất lượng cao với tổng "
        "diện tích 5.120,5 ha, trong đó: huyện Mộc Sơn 2.100,6 ha; Bình An 1.500,2 ha và thị xã Hòa Lâm 48 ha."
    )
    got = {(t.value, t.unit) for t in e.targets}
    assert {(5120.5, "ha"), (2100.6, "ha"), (1500.2, "ha"), (48, "ha")} <= got, got
    assert not e.statistics


def test_what_a_decision_approves_is_spelled_out_in_the_paragraph_after_theo_do():
    e = ex(
        "Phó Chủ tịch UBND tỉnh vừa ký quyết định phê duyệt diện tích chuyển đổi từ đất trồng lúa sang trồng cây "
        "hàng năm năm 2027.\n"
        "Theo đó, diện tích chuyển đổi hơn 310ha, gồm: bắp 70ha, đậu xanh 25ha, rau các loại hơn 200ha."
    )
    got = {(t.value, t.unit, t.deadline_year) for t in e.targets}
    assert {(310, "ha", 2027), (70, "ha", 2027), (25, "ha", 2027), (200, "ha", 2027)} <= got, got


def test_an_approval_reported_as_done_sets_no_goal():
    e = ex("Năm 2026, UBND tỉnh đã phê duyệt chủ trương đầu tư cho 35 dự án với tổng vốn 4.500 tỷ đồng.")
    assert not e.targets


def test_a_lead_naming_no_figure_before_its_colon_adds_no_empty_target():
    e = ex("Ban Thường vụ Huyện ủy yêu cầu phấn đấu đến năm 2027: kết nạp 120 đảng viên; thành lập 5 chi bộ.")
    assert all(t.value is not None for t in e.targets), e.targets
    assert {t.value for t in e.targets} == {120, 5}


def test_the_figures_after_a_plan_issued_and_theo_do_are_its_goals():
    e = ex(
        "Ngày 1-12, UBND tỉnh ban hành kế hoạch triển khai thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ I, nhiệm "
        "kỳ 2025-2030. Theo đó, tốc độ tăng trưởng GRDP trên địa bàn tỉnh bình quân hằng năm đạt từ 10% - 12%."
    )
    got = {(t.value, t.upper, t.deadline_year) for t in e.targets}
    assert (10, 12, 2030) in got, got
