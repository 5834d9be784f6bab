"""Bodies and duties as other provinces' texts write them (issue 13, session 27).

Every sentence here is made up for the test."""

from __future__ import annotations

from tests.extract.reading import ex, roles


def _names(text: str, province: str = "Hòa Bình") -> set[str]:
    return {b.name for b in ex(text, province).bodies}


def test_the_party_committee_of_a_districts_military_command_is_a_body():
    """ "Đảng ủy Quân sự huyện A" leads the district's armed forces: a Party committee of that district, and the
    reported meeting it held is its own."""
    e = ex("Đảng ủy Quân sự huyện Kim Bôi đã tổ chức hội nghị tổng kết công tác năm.")
    assert ("Đảng ủy Quân sự huyện Kim Bôi", "implement") in roles(e)


def test_the_military_party_committee_of_the_province_written_in_lower_case():
    """ "Đảng ủy quân sự tỉnh", "Đảng bộ quân sự tỉnh": the same bodies as with a capital Q."""
    names = _names(
        "Đảng bộ quân sự tỉnh đã tổ chức Đại hội đại biểu lần thứ I. Đảng ủy quân sự tỉnh khóa mới sẽ khẩn trương "
        "hoàn thiện chương trình hành động."
    )
    assert {"Đảng bộ Quân sự tỉnh", "Đảng ủy Quân sự tỉnh"} <= names


def test_one_military_party_committee_for_each_place_listed():
    """ "Đảng ủy Quân sự thành phố A, huyện B và huyện C đã tổ chức …": the organ is each place's, and each held it."""
    e = ex("Đảng ủy Quân sự thành phố Hòa Bình, huyện Kim Bôi và huyện Tân Lạc đã tổ chức hội nghị phiên cuối năm.")
    assert {
        ("Đảng ủy Quân sự thành phố Hòa Bình", "implement"),
        ("Đảng ủy Quân sự huyện Kim Bôi", "implement"),
        ("Đảng ủy Quân sự huyện Tân Lạc", "implement"),
    } <= roles(e)


def test_the_department_named_again_by_sở_is_the_one_the_text_is_about():
    """ "Sở X … Sở đã gửi văn bản đến Sở Y … Sở phối hợp với …": the bare "Sở" goes on naming the department that
    acts (the subject), not the one a letter went to."""
    e = ex(
        "Sở Văn hóa, Thể thao và Du lịch đã xây dựng kế hoạch tổ chức lễ hội. Sở đã gửi văn bản đến Sở Thông tin và "
        "Truyền thông xin ý kiến về dự thảo đề án. Sở phối hợp với Công an tỉnh kiểm tra các cơ sở lưu trú."
    )
    who = {n for n, r in roles(e) if r in ("implement", "monitor")}
    assert "Sở Văn hóa, Thể thao và Du lịch" in who
    assert "Sở Thông tin và Truyền thông" not in who


def test_a_decisions_addressees_end_with_the_units_and_persons_concerned():
    """The closing article of a decision: "Chánh Văn phòng UBND tỉnh; …; đơn vị, cá nhân có liên quan chịu trách
    nhiệm thi hành Quyết định này": every office listed executes it, the units and persons concerned too."""
    e = ex(
        "Điều 3. Chánh Văn phòng UBND tỉnh; Chánh Thanh tra tỉnh; Chủ tịch UBND huyện, thành phố; đơn vị, cá nhân "
        "có liên quan chịu trách nhiệm thi hành Quyết định này."
    )
    assert {
        ("Văn phòng Ủy ban nhân dân tỉnh", "implement"),
        ("Thanh tra tỉnh", "implement"),
        ("đơn vị, cá nhân có liên quan", "implement"),
    } <= roles(e)
    e = ex("Giám đốc Sở Tài chính và các đơn vị, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này.")
    assert ("các đơn vị, cá nhân có liên quan", "implement") in roles(e)


def test_a_headline_under_the_pages_own_lines_states_the_goal_its_lead_states():
    """A news page scraped with its site's lines first ("| Đường dây nóng: …"), then its headline, its dateline and
    its lead: the goal the headline and the lead both state is one target, due in the year the lead gives."""
    e = ex(
        "| Đường dây nóng: 0900.000.000\n\nHòa Bình: Ngành nông nghiệp đặt mục tiêu tăng trưởng 4%\n\n"
        "Thứ Hai 06/01/2020, 09:15\n\nNăm 2019, toàn tỉnh có thêm 12 xã đạt chuẩn nông thôn mới. Ngành nông nghiệp "
        "đặt mục tiêu tăng trưởng 4% năm 2020."
    )
    growth = [t for t in e.targets if t.value == 4.0]
    assert len(growth) == 1 and growth[0].deadline_year == 2020
