"""Targets and duties as other provinces' texts write them (issue 13, session 30).

Every sentence here is made up for the test."""

from __future__ import annotations

from tests.extract.reading import ex, roles


def _targets(text: str, province: str = "Hòa Bình") -> list[tuple[float | None, str | None, int | None]]:
    return [(t.value, t.unit, t.deadline_year) for t in ex(text, province).targets]


def test_goals_counted_in_words_after_a_goals_lead_are_targets():
    """ "Mục tiêu cụ thể phấn đấu đến năm 2030:" then "Một là, 100% …; Hai là, 90% …": each item's figures are
    goals by 2030 (the items were read as a list of task groups only, their figures lost)."""
    got = _targets(
        "Mục tiêu cụ thể phấn đấu đến năm 2030:\n\n"
        "Một là, 100% nhà văn hóa thôn được nâng cấp; 95% số xã có sân thể thao đạt chuẩn.\n\n"
        "Hai là, 80% số lễ hội truyền thống được kiểm kê, lập hồ sơ."
    )
    assert got == [(100.0, "percent", 2030), (95.0, "percent", 2030), (80.0, "percent", 2030)]


def test_a_task_group_counted_in_words_without_figures_stays_a_group_of_tasks():
    """ "Một là, tăng cường …" without figures: a task group, not a target."""
    e = ex("Kế hoạch đề ra các nhóm giải pháp sau.\n\nMột là, tăng cường công tác tuyên truyền về văn hóa.\n")
    assert e.targets == []


def test_a_news_subheading_of_specifics_takes_up_the_goals_set_before_a_caption():
    """ "… đề ra mục tiêu … đến năm 2030." then a photo's caption, then the subheading "Những nhiệm vụ cụ thể": the
    figures under it spell out the goals, due in 2030."""
    got = _targets(
        "Tỉnh ủy đề ra mục tiêu về phát triển khoa học, công nghệ và chuyển đổi số đến năm 2030.\n\n"
        "Hội nghị tổng kết công tác chuyển đổi số năm 2025.\n"
        "Những nhiệm vụ cụ thể\n"
        "Kinh tế số chiếm tỷ trọng 25% GRDP; tỷ lệ hồ sơ trực tuyến toàn trình đạt 85%."
    )
    assert got == [(25.0, "percent", 2030), (85.0, "percent", 2030)]


def test_a_minimum_set_for_a_share_is_a_goal():
    """ "Tỷ lệ đóng góp của TFP … tối thiểu 50%": a minimum is a goal (the comparator, part of the figure, is the
    cue), even where the sentence names growth ("tăng trưởng")."""
    got = _targets("Tỷ lệ đóng góp của năng suất các nhân tố tổng hợp vào tăng trưởng kinh tế tối thiểu 50%.")
    assert [(v, u) for v, u, _y in got] == [(50.0, "percent")]


def test_the_political_system_named_with_where_it_is_acts_on_what_it_is_asked():
    """ "yêu cầu các cấp ủy đảng, chính quyền, Mặt trận Tổ quốc, các tổ chức chính trị - xã hội trong tỉnh tập trung
    …": the set, placed, is asked to act (it received no duty when "trong tỉnh" stood between it and its verb)."""
    e = ex(
        "Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy đảng, chính quyền, Mặt trận Tổ quốc, các tổ chức chính trị - xã hội "
        "trong tỉnh tập trung lãnh đạo thực hiện tốt chỉ thị này."
    )
    assert any(
        name.startswith("các cấp ủy đảng, chính quyền, Mặt trận Tổ quốc") and role == "implement"
        for name, role in roles(e)
    )


def test_an_estimate_for_years_ahead_of_the_text_is_a_projection_the_plan_makes():
    """Written in 2025: "đến năm 2030, kim ngạch xuất khẩu … ước đạt 12 tỷ USD" and "giai đoạn 2026 - 2030, … ước
    đạt 9.000 người" are goals by 2030; "Năm 2025, … ước đạt 7 tỷ USD" estimates this year's result."""
    got = _targets(
        "Ngày 15/12/2025, UBND tỉnh ban hành kế hoạch hội nhập quốc tế. Theo đó, đến năm 2030, kim ngạch xuất khẩu "
        "của tỉnh ước đạt 12 tỷ USD. Số lao động đi làm việc ở nước ngoài trong giai đoạn 2026 - 2030 ước đạt 9.000 "
        "người. Năm 2025, kim ngạch xuất khẩu ước đạt 7 tỷ USD."
    )
    assert (12.0, "tỷ USD", 2030) in got and (9000.0, "person", 2030) in got
    assert all(v != 7.0 for v, _u, _y in got)


def test_a_central_agencys_district_branch_is_a_body():
    """ "Bảo hiểm xã hội huyện", "BHXH huyện Lạc Sơn", "Kho bạc Nhà nước thị xã …": the district branches of central
    agencies are bodies (the province's branch always was), and a partner when named after "phối hợp với"."""
    e = ex(
        "UBND các xã phối hợp với Bảo hiểm xã hội huyện đẩy mạnh tuyên truyền về bảo hiểm y tế. BHXH huyện Lạc Sơn "
        "chủ trì rà soát đối tượng tham gia."
    )
    names = {b.key: b.name for b in e.bodies}
    assert "Bảo hiểm xã hội huyện" in {names[p] for a in e.assignments for p in a.partners}
    assert "Bảo hiểm xã hội huyện Lạc Sơn" in {b.name for b in e.bodies}
