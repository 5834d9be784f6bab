"""Which numeric targets (chỉ tiêu) does a plan set, in which unit, by which year?

Every sentence here is made up for the test (issue 13, "Targets as the text scopes them"): a lead
sentence or heading scoping what follows, units as written, ranges, comparators, baseline and target,
quota lists, deadline wordings, and figures that are not targets (results, ages, counts of sections,
thresholds)."""

from __future__ import annotations

import pytest

from phancong.extract import extract
from phancong.text.normalise import normalise
from phancong.text.read import Source


def xfail(reason: str):
    return pytest.mark.xfail(reason=reason, strict=True)


def ex(text: str, province: str = "Thanh Hóa"):
    return extract(Source(id="t", path="t.txt", text=normalise(text), meta={"province": province}))


def top(e):
    return [x for x in e.targets if x.parent is None]


def vud(text: str) -> list[tuple]:
    """(value, unit, deadline year) of each top-level target."""
    return [(x.value, x.unit, x.deadline_year) for x in top(ex(text))]


# ---------------------------------------------------------------- a lead sentence scopes what follows
def test_muc_tieu_cu_the_den_nam_2030_gives_its_deadline_to_the_next_sentences():
    assert vud(
        "Mục tiêu cụ thể đến năm 2030: tổng vốn đầu tư toàn xã hội đạt 250.000 tỷ đồng. Tỷ lệ đô thị hóa "
        "đạt 45%. Thu nhập bình quân đầu người đạt 120 triệu đồng/năm."
    ) == [(250000.0, "tỷ đồng", 2030), (45.0, "percent", 2030), (120.0, "triệu đồng/năm", 2030)]


def test_a_heading_cac_chi_tieu_chu_yeu_den_nam_2030_scopes_its_bullets():
    assert vud(
        "Các chỉ tiêu chủ yếu đến năm 2030:\n\n- Tỷ lệ che phủ rừng đạt 54%.\n\n"
        "- 100% xã đạt chuẩn nông thôn mới.\n\n- Sản lượng lương thực đạt 1,6 triệu tấn/năm.\n"
    ) == [(54.0, "percent", 2030), (100.0, "percent", 2030), (1.6, "triệu tấn/năm", 2030)]


def test_a_lead_line_ending_in_a_colon_scopes_the_plain_paragraphs_below_it():
    assert vud(
        "Mục tiêu cụ thể đến năm 2030:\n\nTỷ lệ che phủ rừng đạt 54%.\n\n"
        "Tỷ lệ trường học đạt chuẩn quốc gia đạt 85%.\n\nThu nhập bình quân đầu người đạt 4.500 USD.\n"
    ) == [(54.0, "percent", 2030), (85.0, "percent", 2030), (4500.0, "USD", 2030)]


def test_a_heading_scopes_its_lettered_items():
    assert vud(
        "Các chỉ tiêu chủ yếu đến năm 2030:\n\na) Tỷ lệ che phủ rừng đạt 54%.\n\n"
        "b) Có 25 xã đạt chuẩn nông thôn mới nâng cao.\n"
    ) == [(54.0, "percent", 2030), (25.0, "locality", 2030)]


def test_the_scope_ends_where_the_text_reports_a_result():
    e = ex(
        "Mục tiêu cụ thể đến năm 2030: tỷ lệ che phủ rừng đạt 54%. Năm 2025, tỷ lệ che phủ rừng của tỉnh đã đạt 52,8%."
    )
    assert [(x.value, x.deadline_year) for x in top(e)] == [(54.0, 2030)]
    assert [s.value for s in e.statistics] == [52.8]


# ---------------------------------------------------------------- units as written
@pytest.mark.parametrize(
    "phrase, value, unit",
    [
        pytest.param("thu ngân sách nhà nước trên địa bàn đạt 18.500 tỷ đồng", 18500.0, "tỷ đồng", id="ty-dong"),
        pytest.param("thu nhập bình quân đầu người đạt 95 triệu đồng/năm", 95.0, "triệu đồng/năm", id="trieu-dong-nam"),
        pytest.param("GRDP bình quân đầu người đạt 5.200 USD", 5200.0, "USD", id="USD"),
        pytest.param("trồng mới 8.500ha rừng sản xuất", 8500.0, "ha", id="ha-glued"),
        pytest.param("sản lượng thủy sản đạt 150.000 tấn/năm", 150000.0, "tấn/năm", id="tan-nam"),
        pytest.param("cứng hóa 320 km đường giao thông nông thôn", 320.0, "km", id="km"),
        pytest.param("kết nạp mới 6.000 đảng viên", 6000.0, "party-member", id="dang-vien"),
    ],
)
def test_a_target_keeps_its_unit(phrase, value, unit):
    assert vud(f"Phấn đấu đến năm 2030, {phrase}.") == [(value, unit, 2030)]


def test_gap_hai_lan_is_a_target_in_times():
    assert vud("Phấn đấu đến năm 2030, quy mô nền kinh tế của tỉnh gấp 2 lần so với năm 2025.") == [(2.0, "lần", 2030)]


# ---------------------------------------------------------------- ranges
@pytest.mark.parametrize(
    "phrase, lower, upper, unit",
    [
        pytest.param(
            "tốc độ tăng trưởng kinh tế bình quân đạt 8 - 8,5%/năm", 8.0, 8.5, "%/năm", id="hyphen-percent-year"
        ),
        pytest.param("tỷ lệ lao động qua đào tạo đạt 75–80%", 75.0, 80.0, "percent", id="en-dash"),
        pytest.param("mỗi năm kết nạp từ 1.200 đến 1.400 đảng viên", 1200.0, 1400.0, "party-member", id="tu-den"),
        pytest.param("diện tích cây ăn quả đạt 12.000-13.000 ha", 12000.0, 13000.0, "ha", id="hyphen-ha"),
    ],
)
def test_a_range_keeps_both_ends(phrase, lower, upper, unit):
    e = ex(f"Phấn đấu đến năm 2030, {phrase}.")
    assert [(x.value, x.upper, x.comparator, x.unit) for x in top(e)] == [(lower, upper, "range", unit)]


# ---------------------------------------------------------------- comparators
@pytest.mark.parametrize(
    "phrase, value, comparator",
    [
        pytest.param("95% trở lên hộ gia đình được công nhận gia đình văn hóa", 95.0, "at-least", id="tro-len"),
        pytest.param("tỷ lệ nợ xấu của các tổ chức tín dụng không quá 3%", 3.0, "at-most", id="khong-qua"),
        pytest.param("tỷ lệ hộ nghèo đa chiều còn dưới 2%", 2.0, "less-than", id="duoi"),
        pytest.param(
            "thu hút khoảng 3.000 lao động vào làm việc tại khu kinh tế", 3000.0, "approximately", id="khoang"
        ),
        pytest.param("mỗi xã có ít nhất 02 sản phẩm OCOP", 2.0, "at-least", id="it-nhat"),
        pytest.param("trên 95% dân số tham gia bảo hiểm y tế", 95.0, "more-than", id="tren"),
    ],
)
def test_a_target_keeps_its_comparator(phrase, value, comparator):
    e = ex(f"Phấn đấu đến năm 2028, {phrase}.")
    assert [(x.value, x.comparator, x.deadline_year) for x in top(e)] == [(value, comparator, 2028)]


def test_duy_tri_100_phan_tram_is_a_target():
    e = ex("Duy trì 100% tổ chức cơ sở đảng có chi ủy đạt chuẩn đến năm 2030.")
    assert [(x.value, x.unit, x.deadline_year) for x in top(e)] == [(100.0, "percent", 2030)]


# ---------------------------------------------------------------- baseline and target
def test_tu_40_len_65_phan_tram_keeps_only_65_as_the_target():
    e = ex("Phấn đấu đến năm 2030 nâng tỷ lệ che phủ rừng từ 40% lên 65%.")
    assert [(x.value, x.deadline_year) for x in top(e)] == [(65.0, 2030)]
    assert e.statistics == []


def test_giam_tu_4_2_xuong_con_1_5_phan_tram_keeps_only_1_5_as_the_target():
    e = ex("Phấn đấu giảm tỷ lệ hộ nghèo từ 4,2% xuống còn 1,5% vào năm 2028.")
    assert [(x.value, x.deadline_year) for x in top(e)] == [(1.5, 2028)]


# ---------------------------------------------------------------- short quota lists
def test_a_quota_list_gives_every_party_organisation_its_own_value_in_dang_vien():
    e = ex(
        "Năm 2026, giao chỉ tiêu kết nạp đảng viên: Đảng bộ xã Tân Kỳ chỉ tiêu 100 đảng viên; "
        "Nghĩa Đồng 80; Tân Phú 60."
    )
    assert [(x.value, x.unit) for x in top(e)] == [
        (100.0, "party-member"),
        (80.0, "party-member"),
        (60.0, "party-member"),
    ]


def test_each_item_of_a_quota_list_names_whose_quota_it_is():
    e = ex(
        "Năm 2026, giao chỉ tiêu kết nạp đảng viên: Đảng bộ xã Tân Kỳ chỉ tiêu 100 đảng viên; "
        "Nghĩa Đồng 80; Tân Phú 60."
    )
    names = {b.key: b.name for b in e.bodies}
    subjects = [names.get(x.subject) for x in top(e)]
    assert subjects[0] == "Đảng bộ xã Tân Kỳ"
    assert "Nghĩa Đồng" in subjects[1] and "Tân Phú" in subjects[2]


# ---------------------------------------------------------------- deadline wordings
@pytest.mark.parametrize(
    "sentence, year",
    [
        pytest.param("Phấn đấu vào năm 2027, 100% trạm y tế xã đạt chuẩn quốc gia.", 2027, id="vao-nam"),
        pytest.param(
            "Trong năm 2026, phấn đấu 100% hồ sơ thủ tục hành chính được tiếp nhận trực tuyến.", 2026, id="trong-nam"
        ),
        pytest.param("Phấn đấu đến hết năm 2028, tỷ lệ hộ dân sử dụng nước sạch đạt 98%.", 2028, id="den-het-nam"),
        pytest.param("Giai đoạn 2026 - 2030, phấn đấu tốc độ tăng trưởng bình quân đạt 9%/năm.", 2030, id="giai-doan"),
        pytest.param("Phấn đấu trong nhiệm kỳ 2025 - 2030, kết nạp 7.500 đảng viên.", 2030, id="nhiem-ky"),
        pytest.param(
            "Phấn đấu đến cuối năm 2026, 100% chi bộ được cấp tài khoản sổ tay đảng viên điện tử.",
            2026,
            id="den-cuoi-nam",
        ),
    ],
)
def test_every_deadline_wording_gives_the_deadline_year(sentence, year):
    assert [x.deadline_year for x in top(ex(sentence))] == [year]


def test_the_year_in_chi_tieu_phat_trien_dang_vien_nam_2026_is_the_quotas_deadline():
    e = ex(
        "Chỉ tiêu phát triển đảng viên năm 2026 của các đảng bộ trực thuộc: Đảng bộ Công an tỉnh 45 đảng viên, "
        "Đảng bộ Quân sự tỉnh 30 đảng viên, Đảng bộ xã Hoằng Hóa 25 đảng viên."
    )
    assert [(x.value, x.deadline_year) for x in top(e)] == [(45.0, 2026), (30.0, 2026), (25.0, 2026)]


# ---------------------------------------------------------------- not targets
def test_a_result_already_reached_is_not_a_target():
    e = ex("Năm 2025, toàn tỉnh đã đạt 98% hộ dân sử dụng điện lưới quốc gia.")
    assert e.targets == [] and [s.value for s in e.statistics] == [98.0]


def test_an_age_limit_is_not_a_target():
    assert vud("Phấn đấu đến năm 2030, tỷ lệ cán bộ trẻ dưới 35 tuổi trong cấp ủy các cấp đạt 15%.") == [
        (15.0, "percent", 2030)
    ]


def test_counts_of_breakthroughs_and_task_groups_are_not_figures():
    e = ex("Kế hoạch xác định 3 khâu đột phá và 6 nhóm nhiệm vụ trọng tâm.")
    assert e.targets == [] and e.statistics == []


def test_a_size_threshold_for_projects_is_not_a_target():
    e = ex(
        "Phấn đấu đến năm 2030 thu hút 40 dự án đầu tư; các dự án có tổng mức đầu tư trên 500 tỷ đồng phải báo cáo "
        "Ban Thường vụ Tỉnh ủy trước khi phê duyệt."
    )
    assert [x.value for x in top(e)] == [40.0]


def test_a_deadline_written_as_truoc_ngay_gives_its_year():
    assert vud("Tỉnh đặt mục tiêu hoàn thành 80 tiêu chí chuyển đổi số trước ngày 31/12/2026.") == [
        (80.0, "tiêu chí", 2026)
    ]


def test_a_paragraph_of_figures_after_a_paragraph_setting_goals_goes_on_with_them():
    got = vud(
        "Đại hội thông qua Nghị quyết, đặt mục tiêu đến năm 2030 tổng thu ngân sách đạt 200 tỷ đồng.\n\n"
        "Thu nhập bình quân đầu người đạt trên 90 triệu đồng; tỷ lệ hộ nghèo dưới 1%.\n"
    )
    assert got == [(200.0, "tỷ đồng", 2030), (90.0, "triệu đồng", 2030), (1.0, "percent", 2030)]


def test_results_the_text_reports_after_the_goals_are_statistics():
    e = ex(
        "Đại hội đặt mục tiêu đến năm 2030 thu nhập bình quân đạt 120 triệu đồng.\n\n"
        "Nhiệm kỳ qua, xã đạt nhiều kết quả nổi bật như sản lượng lúa đạt 50.000 tấn, 30 mô hình sản xuất.\n"
    )
    assert [x.value for x in top(e)] == [120.0]
    assert 50000.0 in [s.value for s in e.statistics]


def test_a_count_of_strengths_or_pillars_is_not_a_figure():
    assert vud("Phấn đấu đến năm 2030 phát huy 4 lợi thế và 3 trụ cột tăng trưởng của tỉnh.") == []


# ---------------------------------------------------------------- what a figure counts
def test_a_share_written_as_a_fraction_counts_the_noun_after_so_not_the_last_place_word():
    e = ex("Toàn tỉnh, số đảng viên ở các chi bộ thôn, tổ dân phố là 12.400/30.100, chiếm tỷ lệ cao.")
    stat = next(x for x in e.statistics if x.value == 12400)
    assert (stat.unit, stat.total) == ("party-member", 30100)
    assert stat.population == "đảng viên ở các chi bộ thôn, tổ dân phố"


@pytest.mark.parametrize(
    "sentence",
    [
        "Hội Nông dân có 1.250 hội viên; Đoàn Thanh niên có 2.300 đoàn viên (tăng 120 đoàn viên).",
        "Đảng bộ huyện có 45 tổ chức cơ sở đảng (32 chi bộ, 13 đảng bộ cơ sở) với 3.100 đảng viên.",
    ],
)
def test_no_population_is_a_bracket_or_a_joining_word(sentence):
    e = ex(sentence)
    pops = [x.population for x in [*e.statistics, *e.targets] if x.population]
    assert pops
    for p in pops:
        assert any(c.isalpha() for c in p)
        assert not p.startswith(("(", ")")) and not p.endswith(("(", " có", " với"))
        assert p.count("(") == p.count(")")


def test_a_plan_reported_as_made_still_sets_the_targets_it_lists_after_a_colon():
    assert vud(
        "Năm 2026, Sở Nội vụ đã xây dựng kế hoạch bồi dưỡng công chức cấp xã với các chỉ tiêu cụ thể như: "
        "Nâng tỷ lệ công chức cấp xã có trình độ đại học từ 60% lên 85%. Nâng tỷ lệ công chức cấp xã "
        "biết sử dụng phần mềm quản lý văn bản từ 70% lên 95%."
    ) == [(85.0, "percent", 2026), (95.0, "percent", 2026)]


def test_reaching_level_1_of_a_standard_is_a_target_of_one_level():
    e = ex("Phấn đấu xây dựng Trường Chính trị tỉnh đạt chuẩn mức 1 vào năm 2027.")
    assert [(x.value, x.unit, x.deadline_year) for x in e.targets] == [(1.0, "mức chuẩn", 2027)]


def test_achieved_against_planned_splits_into_a_result_and_the_old_plans_target():
    e = ex(
        "Nghị quyết Đại hội Đảng bộ tỉnh nhiệm kỳ 2025 - 2030.\n\nTrong nhiệm kỳ qua, nhiều chỉ tiêu Nghị quyết "
        "Đại hội đại biểu Đảng bộ tỉnh lần thứ XIX đạt cao như: thu ngân sách trên địa bàn 12.400/10.000 tỷ đồng; "
        "tỷ lệ xã đạt chuẩn nông thôn mới 72,5%/60% tổng số xã; kết nạp 4.120/4.500 đảng viên mới."
    )
    assert sorted((x.value, x.unit, x.deadline_year) for x in e.targets) == [
        (60.0, "percent", 2025),
        (4500.0, "party-member", 2025),
        (10000.0, "tỷ đồng", 2025),
    ]
    assert sorted((x.value, x.total) for x in e.statistics) == [(72.5, None), (4120.0, None), (12400.0, None)]


@pytest.mark.parametrize(
    "sentence, value, total",
    [
        ("Hiện nay, số đảng viên ở các chi bộ thôn là 3.150/5.200, chiếm tỷ lệ cao trong toàn Đảng bộ.", 3150, 5200),
        (
            "Thực hiện kế hoạch của Ban Thường vụ Tỉnh ủy về học tập nghị quyết, đến nay đã có 28.410/28.900 đảng "
            "viên tham gia học tập.",
            28410,
            28900,
        ),
    ],
)
def test_a_part_of_a_whole_stays_one_statistic_with_its_total(sentence, value, total):
    e = ex(sentence)
    assert e.targets == []
    assert [(x.value, x.total) for x in e.statistics if x.total] == [(value, total)]


def test_a_day_and_month_after_chieu_is_a_date_not_a_figure():
    e = ex("Chiều 18/9, Ban Thường vụ Tỉnh ủy họp nghe báo cáo tình hình thực hiện nhiệm vụ quý III.")
    assert e.targets == [] and e.statistics == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Nhiều chỉ tiêu kinh tế đạt và vượt so với kế hoạch đề ra: tổng giá trị sản xuất ước đạt 2.150 tỷ đồng; "
        "thu nhập bình quân đầu người ước đạt 68 triệu đồng.",
        "Năm 2025, tổng thu ngân sách trên địa bàn tăng 12% so cùng kỳ, đạt 320 tỷ đồng.",
    ],
)
def test_results_set_against_the_plan_are_statistics_not_targets(sentence):
    e = ex(sentence)
    assert e.targets == []
    assert e.statistics


def test_each_party_organisation_named_in_a_list_of_results_owns_its_figures():
    e = ex(
        "Theo báo cáo của Ban Tổ chức Tỉnh ủy, các đảng bộ trực thuộc kết nạp được 310 ĐV mới. Trong đó có 3 đảng bộ "
        "đạt trên 60% chỉ tiêu, gồm: Đảng bộ Công an tỉnh kết nạp được 25 ĐV mới, đạt 110% chỉ tiêu; Đảng bộ "
        "huyện Yên Thế kết nạp 40 ĐV mới. Nâng tổng số đảng viên của tỉnh lên 25.310 đồng chí."
    )
    n = {b.key: b.name for b in e.bodies}
    got = {(x.value, x.unit, n.get(x.subject)) for x in e.statistics}
    assert (310.0, "party-member", "các đảng bộ trực thuộc") in got
    assert (25.0, "party-member", "Đảng bộ Công an tỉnh") in got
    assert (40.0, "party-member", "Đảng bộ huyện Yên Thế") in got
    assert any(x.value == 25310 and x.unit == "đồng chí" for x in e.statistics)  # (as written: a person)


# ---------------------------------------------------------------- whose target: the body acting, not one mentioned
def test_a_body_only_mentioned_a_sentence_before_is_not_whose_goal_it_is():
    """'Đại hội các chi bộ được tổ chức đúng hạn, kể cả Đảng bộ Quân sự tỉnh.' then 'Tiếp tục thống nhất chủ
    trương 100% …': the 100% is the province's goal, not the Đảng bộ Quân sự tỉnh's."""
    e = ex(
        "Đại hội các chi bộ được tổ chức đúng hạn, kể cả Đảng bộ Quân sự tỉnh và Đảng bộ Công an tỉnh. "
        "Tiếp tục thống nhất chủ trương 100% bí thư chi bộ đồng thời là trưởng thôn, bản."
    )
    names = {b.key: b.name for b in e.bodies}
    assert [(x.value, names.get(x.subject)) for x in top(e)] in ([(100.0, None)], [(100.0, "Tỉnh ủy")])


def test_the_body_that_acts_a_sentence_before_still_sets_the_goal():
    """'Đảng bộ xã Yên Lạc quyết tâm …. Phấn đấu 95% …': the body acting before the goal sets it."""
    e = ex("Đảng bộ xã Yên Lạc quyết tâm đổi mới phương thức lãnh đạo. Phấn đấu 95% chi bộ đạt trong sạch, vững mạnh.")
    names = {b.key: b.name for b in e.bodies}
    assert [(x.value, names.get(x.subject)) for x in top(e)] == [(95.0, "Đảng bộ xã Yên Lạc")]


def test_a_growth_rate_paragraph_after_the_goals_goes_on_with_them():
    # "tốc độ tăng trưởng" names the indicator; it does not report that something grew
    got = vud(
        "Đại hội đặt mục tiêu đến năm 2030 thu ngân sách đạt 200 tỷ đồng.\n\n"
        "Tốc độ tăng trưởng GRDP đạt bình quân từ 9%/năm trở lên; quy mô GRDP đạt trên 300 nghìn tỷ đồng.\n"
    )
    assert got == [(200.0, "tỷ đồng", 2030), (9.0, "%/năm", 2030), (300.0, "nghìn tỷ đồng", 2030)]


def test_a_reported_growth_after_the_goals_is_still_a_statistic():
    e = ex(
        "Đại hội đặt mục tiêu đến năm 2030 thu ngân sách đạt 200 tỷ đồng.\n\n"
        "Năm 2024, kinh tế của tỉnh tăng 7,5% so với cùng kỳ.\n"
    )
    assert [x.value for x in top(e)] == [200.0]
    assert 7.5 in [s.value for s in e.statistics]


@pytest.mark.parametrize(
    "sentence, unit",
    [
        ("Phấn đấu đến năm 2030 thu ngân sách đạt 75.000 tỉ đồng.", "tỉ đồng"),
        ("Phấn đấu đến năm 2030 quy mô kinh tế đạt 660 ngàn tỷ đồng.", "ngàn tỷ đồng"),
        ("Phấn đấu đến năm 2030 quy mô kinh tế đạt 660 nghìn tỷ đồng.", "nghìn tỷ đồng"),
    ],
)
def test_a_unit_is_kept_as_written_whichever_spelling_of_its_magnitude(sentence, unit):
    assert [x.unit for x in top(ex(sentence))] == [unit]


def test_spellings_of_one_magnitude_are_one_unit_concept_in_the_graph():
    from phancong.vocab import unit_concept

    assert unit_concept("tỉ đồng") == unit_concept("tỷ đồng") != "unit"
    assert unit_concept("ngàn tỷ đồng") == unit_concept("nghìn tỷ đồng") == unit_concept("tỷ đồng")


def test_figures_after_a_paragraph_that_sets_goals_only_in_words_are_results():
    e = ex(
        "Đại hội xác định chủ đề: phấn đấu đưa tỉnh trở thành trung tâm phát triển của vùng.\n\n"
        "Nhiệm kỳ 2020-2025, tốc độ tăng trưởng GRDP của tỉnh bình quân đạt 6,8%/năm; tổng thu ngân sách "
        "hơn 9.300 tỷ đồng.\n"
    )
    assert top(e) == []
    assert {6.8, 9300.0} <= {s.value for s in e.statistics}


def test_den_2030_without_nam_is_the_deadline():
    assert vud("Theo đó, đến 2030 tỉnh đặt mục tiêu tỷ lệ đô thị hóa đạt 45%.") == [(45.0, "percent", 2030)]


def test_a_target_that_states_its_own_year_keeps_it_inside_a_scope_with_another():
    got = vud(
        "Mục tiêu đến năm 2025: tốc độ tăng trưởng đạt 8%/năm; thu nhập bình quân đầu người đạt khoảng "
        "8.100 - 9.300 USD vào năm 2030."
    )
    assert [(v, d) for v, u, d in got] == [(8.0, 2025), (8100.0, 2030)]


def test_a_quota_list_whose_unit_is_on_its_last_item_or_joined_by_commas_gives_each_its_value():
    """ "…: Lạc Sơn 120; Tân Lạc 95; Đảng bộ Công an tỉnh 60 đảng viên" (the unit on the last item), and the same
    list joined by commas: every organisation's quota, in đảng viên."""
    for sep in ("; ", ", "):
        e = ex(
            f"Chỉ tiêu kết nạp đảng viên năm 2027 giao cho các đảng bộ: Lạc Sơn 120{sep}Tân Lạc 95{sep}"
            "Đảng bộ Công an tỉnh 60 đảng viên."
        )
        assert [(x.value, x.unit) for x in top(e)] == [
            (120.0, "party-member"),
            (95.0, "party-member"),
            (60.0, "party-member"),
        ], sep
