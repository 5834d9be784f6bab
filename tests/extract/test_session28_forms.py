"""Steering committees and their members as other provinces' texts write them (issue 13, session 28).

Every sentence here is made up for the test."""

from __future__ import annotations

from tests.extract.reading import ex, roles


def _names(text: str, province: str = "Lào Cai") -> set[str]:
    return {b.name for b in ex(text, province).bodies}


def test_a_steering_committee_named_by_its_topic_alone_acts():
    """ "Ban Chỉ đạo phòng chống lãng phí đã họp …": no place closes its name, the verb does; the committee held the
    meeting."""
    e = ex("Ngày 5-3, Ban Chỉ đạo phòng chống lãng phí đã họp phiên thứ nhất để rà soát các dự án chậm tiến độ.")
    assert ("Ban Chỉ đạo phòng chống lãng phí", "implement") in roles(e)


def test_a_steering_committee_of_every_level_is_charged():
    """ "Ban Chỉ đạo chuyển đổi số các cấp có nhiệm vụ hướng dẫn …": the committees of every level, named with it."""
    assert "Ban Chỉ đạo chuyển đổi số các cấp" in _names(
        "Ban Chỉ đạo chuyển đổi số các cấp có nhiệm vụ hướng dẫn, đôn đốc việc triển khai kế hoạch."
    )


def test_a_campaigns_name_in_quotes_belongs_to_its_steering_committee():
    """ "Ban Chỉ đạo phong trào “…” của tỉnh tiếp tục …": the quoted campaign is part of the committee's name."""
    e = ex("Năm 2026, Ban Chỉ đạo phong trào “Người tốt việc tốt” của tỉnh tiếp tục đẩy mạnh công tác tuyên truyền.")
    assert any(n.startswith("Ban Chỉ đạo phong trào “Người tốt việc tốt”") for n, _ in roles(e))


def test_a_steering_committee_written_with_and_without_a_capital_is_one_body():
    """A headline's "Ban Chỉ đạo Phòng chống lãng phí" and the lead's "Ban Chỉ đạo phòng chống lãng phí của tỉnh" are
    the same committee."""
    e = ex(
        "Ban Chỉ đạo Phòng chống lãng phí triển khai nhiệm vụ quý IV\n"
        "Chiều 2-10, Ban Chỉ đạo phòng chống lãng phí của tỉnh đã họp phiên thứ ba."
    )
    assert sum(1 for b in e.bodies if b.type == "steering-committee") == 1


def test_a_purpose_clause_does_not_lengthen_a_committees_name():
    """ "… theo chỉ đạo của Ban Chỉ đạo phòng chống lãng phí nhằm triển khai …": "nhằm" opens a purpose, no topic."""
    names = _names(
        "Ban Chỉ đạo phòng chống lãng phí đã họp phiên thứ nhất. Các sở thực hiện theo chỉ đạo của Ban Chỉ đạo phòng "
        "chống lãng phí nhằm triển khai kịp thời các kết luận."
    )
    assert "Ban Chỉ đạo phòng chống lãng phí" in names
    assert not any("nhằm" in n for n in names)


def test_the_members_of_a_steering_committee_are_asked_to_act():
    """ "yêu cầu các thành viên Ban Chỉ đạo nêu cao tinh thần trách nhiệm": the members, one collective actor; to
    uphold responsibility, asked of them, is their duty."""
    e = ex(
        "Kết luận phiên họp, đồng chí Trưởng ban yêu cầu các thành viên Ban Chỉ đạo nêu cao tinh thần trách nhiệm, "
        "bám sát địa bàn được phân công."
    )
    assert ("các thành viên Ban Chỉ đạo", "implement") in roles(e)


def test_the_member_agencies_of_the_provinces_steering_committee():
    """ "Các cơ quan thành viên Ban Chỉ đạo tỉnh chủ động …": the member agencies act."""
    e = ex("Các cơ quan thành viên Ban Chỉ đạo tỉnh chủ động xây dựng kế hoạch triển khai trong tháng 3.")
    assert any(n.casefold() == "các cơ quan thành viên ban chỉ đạo tỉnh" for n, _ in roles(e))


def test_a_congress_seats_its_delegates_the_year_it_is_held():
    """ "Đại hội … nhiệm kỳ 2025 - 2030 sẽ diễn ra vào ngày 19/11/2025 … dự kiến có 545 đại biểu": the delegates are
    a goal of 2025, when the congress sits, not of 2030, when its term ends."""
    e = ex(
        "Đại hội đại biểu Hội Liên hiệp Thanh niên tỉnh lần thứ I, nhiệm kỳ 2025 - 2030 sẽ diễn ra vào ngày "
        "12/12/2025. Dự kiến có 320 đại biểu tham dự, trong đó đại biểu chính thức là 210 đại biểu."
    )
    assert {(t.value, t.deadline_year) for t in e.targets} == {(320, 2025), (210, 2025)}


def test_a_committee_that_directed_others_did_so():
    """ "Thực hiện chỉ đạo của …, UBND tỉnh đã chỉ đạo các sở, ngành triển khai …": the departments carry it out, and
    directing them is what the provincial committee did (reported)."""
    e = ex(
        "Thực hiện chỉ đạo của Chính phủ, UBND tỉnh đã chỉ đạo các sở, ngành, UBND các huyện triển khai quyết liệt "
        "các biện pháp chống khai thác hải sản trái phép."
    )
    assert ("Ủy ban nhân dân tỉnh", "implement") in roles(e)
    assert ("các sở, ngành", "implement") in roles(e)


def test_issuing_a_text_that_directs_others_is_no_duty_of_the_issuer():
    """ "UBND tỉnh vừa có văn bản chỉ đạo Sở Xây dựng …": the department's duty; the committee only issued a text."""
    e = ex("UBND tỉnh vừa có văn bản chỉ đạo Sở Xây dựng rà soát quỹ đất phát triển nhà ở xã hội.")
    assert ("Ủy ban nhân dân tỉnh", "implement") not in roles(e)
    assert ("Sở Xây dựng", "implement") in roles(e)


def test_a_committees_term_between_it_and_its_verb():
    """ "Ban Chấp hành Đảng bộ tỉnh khóa 16 đã thảo luận …", "Đảng ủy Quân sự tỉnh khóa mới sẽ khẩn trương …": the
    term, by number or as the new one, does not hide who acts."""
    assert ("Ban Chấp hành Đảng bộ tỉnh", "implement") in roles(
        ex("Ban Chấp hành Đảng bộ tỉnh khóa 16 đã thảo luận và thống nhất cao các nội dung trình hội nghị.")
    )
    assert ("Đảng ủy Quân sự tỉnh", "implement") in roles(
        ex("Đảng ủy quân sự tỉnh khóa mới sẽ khẩn trương hoàn thiện chương trình hành động toàn khóa.")
    )


def test_what_a_body_says_it_did_is_reported():
    """ "Ban Thường vụ Tỉnh ủy cho biết đã tổ chức quán triệt …": the standing committee's own act, reported."""
    e = ex("Ban Thường vụ Tỉnh ủy Gia Lai cho biết đã tổ chức quán triệt Nghị quyết đến toàn thể đảng viên.", "Gia Lai")
    assert ("Ban Thường vụ Tỉnh ủy", "implement") in roles(e)


def test_a_rate_per_hectare_household_or_member_keeps_what_it_is_per():
    """ "124,5 triệu đồng/ha", "170 triệu đồng/ha/năm", "200.000 đồng/hội viên", "39,3 giường/01 vạn dân": a yield,
    a fee or a ratio, not a total; the unit says what it is per, as written."""
    e = ex(
        "Phấn đấu đến năm 2025, giá trị thu hoạch đạt 124,5 triệu đồng/ha; nuôi trồng thủy sản đạt 170 triệu "
        "đồng/ha/năm; mức đóng góp 200.000 đồng/hội viên trở lên; số giường bệnh đạt 39,3 giường/01 vạn dân."
    )
    units = {t.value: t.unit for t in e.targets}
    assert units[124.5].endswith("/ha")
    assert units[170].endswith("/ha/năm")
    assert units[200000].endswith("/hội viên")
    assert units[39.3].endswith("/01 vạn dân")


def test_gifts_for_the_lunar_new_year_are_goals_of_that_year():
    """ "Dịp Tết Nguyên đán Bính Ngọ 2026, … sẽ trao quà cho 5.000 hộ, với tổng kinh phí 12 tỷ đồng": both figures are
    due for that Tết, 2026."""
    e = ex(
        "Dịp Tết Nguyên đán Bính Ngọ 2026, Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh sẽ trao quà cho hơn 5.000 hộ nghèo, "
        "với tổng kinh phí hơn 12 tỷ đồng."
    )
    assert {(t.value, t.deadline_year) for t in e.targets} == {(5000, 2026), (12, 2026)}


def test_a_plans_phases_head_their_goals_and_give_their_years():
    """ "Giai đoạn 1 (2017 – 2020): 90% …; Hỗ trợ 100 dự án …. Giai đoạn 2 (2021 – 2025): …": each phase's figures
    are goals, due by the phase's last year."""
    e = ex(
        "UBND tỉnh đã ban hành Kế hoạch số 77/KH-UBND triển khai Đề án hỗ trợ thanh niên lập nghiệp.\n\n"
        "Giai đoạn 1 (2018 – 2020): 85% cán bộ Đoàn các cấp được tập huấn; Hỗ trợ 60 dự án khởi nghiệp.\n"
        "Giai đoạn 2 (2021 – 2025): 100% cán bộ Đoàn được tập huấn; Hỗ trợ 150 dự án khởi nghiệp."
    )
    assert {(t.value, t.deadline_year) for t in e.targets} == {(85, 2020), (60, 2020), (100, 2025), (150, 2025)}


def test_a_phase_named_by_its_years_alone_heads_goals_but_not_results():
    """ "Giai đoạn 2021 – 2025: 90% …; Hỗ trợ 60 dự án …" in a plan sets goals due 2025; "Giai đoạn 2016 – 2020: đã
    có 90% …" in a report states results, no goal."""
    plan = ex(
        "Kế hoạch đề ra các mục tiêu cụ thể.\n"
        "Giai đoạn 2021 – 2025: 90% cán bộ Đoàn các cấp được tập huấn; Hỗ trợ 60 dự án khởi nghiệp."
    )
    assert {(t.value, t.deadline_year) for t in plan.targets} == {(90, 2025), (60, 2025)}
    report = ex(
        "Tình hình thực hiện kế hoạch.\n"
        "Giai đoạn 2016 – 2020: đã có 90% cán bộ Đoàn các cấp được tập huấn; hỗ trợ được 60 dự án khởi nghiệp."
    )
    assert not report.targets


def test_a_list_after_a_committees_topic_is_not_part_of_its_name():
    """ "Ban Chỉ đạo phòng chống lãng phí, các sở đã họp …": "các sở" after the comma opens the next actor, it is no
    word of the committee's topic."""
    names = _names("Sau hội nghị, Ban Chỉ đạo phòng chống lãng phí, các sở đã họp rà soát các dự án.")
    assert not any(n.startswith("Ban Chỉ đạo") and "các sở" in n for n in names)
