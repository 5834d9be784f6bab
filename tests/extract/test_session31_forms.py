"""Duties as other provinces' texts write them (issue 13, session 31).

Every sentence here is made up for the test."""

from __future__ import annotations

from tests.extract.reading import ex, extraction, roles


def test_the_head_of_a_board_named_among_a_decisions_addressees_stands_for_the_board():
    """ "Chánh Văn phòng UBND tỉnh, Trưởng Ban Chỉ huy … tỉnh, Giám đốc các sở … chịu trách nhiệm thi hành": the
    board's head stands for it as the other titles do (the capital "Trưởng Ban" was taken for a person's title and
    every addressee before it was lost)."""
    e = ex(
        "Điều 3. Chánh Văn phòng UBND tỉnh, Trưởng Ban Chỉ huy Phòng thủ dân sự tỉnh, Giám đốc các sở và Chủ tịch "
        "UBND các huyện chịu trách nhiệm thi hành Quyết định này."
    )
    got = set(roles(e))
    assert ("Văn phòng Ủy ban nhân dân tỉnh", "implement") in got
    assert ("Ban Chỉ huy Phòng thủ dân sự tỉnh", "implement") in got
    assert ("các sở", "implement") in got


def test_a_board_head_opening_the_addressees_stands_for_the_board():
    e = ex("Trưởng Ban Chỉ huy Phòng thủ dân sự tỉnh, Giám đốc các sở chịu trách nhiệm thi hành Quyết định này.")
    assert ("Ban Chỉ huy Phòng thủ dân sự tỉnh", "implement") in set(roles(e))


def test_a_board_heads_speech_is_no_duty_of_the_board():
    e = ex("Trưởng Ban Tuyên giáo Tỉnh ủy Hoàng Văn Bình phát biểu tại hội nghị.")
    assert roles(e) == set()


def test_addressees_handed_a_duty_by_their_heads_titles_across_semicolons_each_carry_it():
    """ "giao giám đốc các sở, ngành; chủ tịch UBND các huyện … triển khai": the first addressee, named by its
    heads' title in lower case, carries the duty too (only the ones after the semicolon did)."""
    e = ex(
        "UBND tỉnh giao giám đốc các sở, ngành; chủ tịch UBND các huyện, thị xã phối hợp cùng Tổng công ty Điện lực "
        "triển khai đề án này."
    )
    got = set(roles(e))
    assert ("các sở, ngành", "implement") in got
    assert ("Ủy ban nhân dân các huyện, thị xã", "implement") in got


def test_a_subject_after_an_opening_about_its_charge_acts():
    """ "Ngoài ra, căn cứ chức năng, nhiệm vụ và yêu cầu quản lý, Thủ trưởng các sở … chủ động …": the opening
    phrase, commas and all, stands before the subject."""
    e = ex(
        "Ngoài ra, căn cứ chức năng, nhiệm vụ và yêu cầu của công tác quản lý, Thủ trưởng các sở, ban, ngành chủ "
        "động xây dựng kế hoạch tự kiểm tra."
    )
    assert ("các sở, ban, ngành", "implement") in set(roles(e))


def test_a_subject_after_a_connective_and_a_year_acts_and_inspections_counted_are_checking():
    """ "Theo đó, năm 2027, Thanh tra tỉnh sẽ tiến hành 05 cuộc thanh tra": the year stands before the subject;
    inspections counted are checking, the monitor's role, as checks counted are."""
    e = ex("Theo đó, năm 2027, Thanh tra tỉnh sẽ tiến hành 05 cuộc thanh tra hành chính.")
    assert ("Thanh tra tỉnh", "monitor") in set(roles(e))


def _names(text: str) -> set[str]:
    return {b.name for b in ex(text).bodies}


def test_a_steering_committee_named_by_its_level_then_its_topic_after_ve_is_one_body():
    """ "Ban Chỉ đạo tỉnh về phòng, chống tham nhũng, lãng phí, tiêu cực" is the committee's whole name (only
    "Ban Chỉ đạo tỉnh" was read, and a committee named so gave no duty)."""
    e = ex("Ban Chỉ đạo tỉnh về phòng, chống tham nhũng, lãng phí, tiêu cực đã tổ chức 3 đoàn kiểm tra tại các xã.")
    assert ("Ban Chỉ đạo tỉnh về phòng, chống tham nhũng, lãng phí, tiêu cực", "implement") in set(roles(e))
    assert "Ban Chỉ huy tỉnh về Phòng, chống thiên tai và Tìm kiếm cứu nạn" in _names(
        "Theo đó, Ban Chỉ huy tỉnh về Phòng, chống thiên tai và Tìm kiếm cứu nạn đã họp khẩn."
    )


def test_the_centre_s_agencies_acting_by_their_names_are_bodies():
    """ "Ủy ban Dân tộc phối hợp …", "BHXH Việt Nam yêu cầu …": the centre's agencies, named as they act."""
    assert "Ủy ban Dân tộc" in _names("Ủy ban Dân tộc phối hợp với Sở Nội vụ tổ chức hội nghị.")
    assert "Bảo hiểm xã hội Việt Nam" in _names("BHXH Việt Nam yêu cầu BHXH tỉnh rà soát danh sách.")


def test_district_committees_written_in_lower_case_with_their_abbreviation_or_a_dash_are_one_collective():
    """ "ủy ban nhân dân (UBND) các huyện, thành phố", "UBND các huyện - thành phố": the districts' committees, a
    collective that acts (the first was read as the places "các huyện, thành phố", the second not at all)."""
    got = set(roles(ex("UBND tỉnh chỉ đạo các sở, ngành, ủy ban nhân dân (UBND) các huyện, thành phố rà soát.")))
    assert ("Ủy ban nhân dân các huyện, thành phố", "implement") in got
    got = set(roles(ex("Các sở, ban, ngành tỉnh, UBND các huyện - thành phố cần nâng cao nhận thức về số hóa.")))
    assert ("Ủy ban nhân dân các huyện - thành phố", "implement") in got


def test_the_bodies_whose_direction_an_opening_follows_are_no_subject():
    """ "Bám sát sự lãnh đạo, chỉ đạo, điều hành của Tỉnh ủy, HĐND, UBND tỉnh và Sở Y tế, triển khai …": the owners
    of the direction followed, listed up to a comma before the verb, do not carry out what follows ("chỉ đạo," was
    taken for a speaker's verb, "Thực hiện sự chỉ đạo của …," for an opening before a subject)."""
    for opening in ("Bám sát sự lãnh đạo, chỉ đạo, điều hành", "Thực hiện sự chỉ đạo"):
        e = ex(opening + " của Tỉnh ủy, HĐND, UBND tỉnh và Sở Y tế, triển khai nhiều giải pháp thu hút người tham gia.")
        assert roles(e) == set()
    e = ex("Thực hiện Kế hoạch số 12-KH/TU của Tỉnh ủy, UBND tỉnh xây dựng kế hoạch triển khai.")
    assert roles(e) == {("Ủy ban nhân dân tỉnh", "implement")}


def test_a_plan_s_phase_on_a_line_of_its_own_heads_the_goals_due_by_its_end():
    """ "Giai đoạn 2026 – 2030" alone on its line in a plan written in 2026, then figures: goals due by 2030 (they
    were read as nothing, no goal word in their sentences)."""
    e = extraction(
        "UBND tỉnh ban hành Kế hoạch phát triển công nghệ cao.\n\nGiai đoạn 2026 – 2030\n\n"
        "Giá trị sản phẩm công nghệ cao đạt 30% tổng giá trị sản xuất công nghiệp; sản phẩm nông nghiệp ứng dụng "
        "công nghệ cao chiếm 25% giá trị sản xuất nông nghiệp.\n",
        published="2026-03-02",
    )
    assert [(t.value, t.deadline_year) for t in e.targets] == [(30.0, 2030), (25.0, 2030)]


def test_a_past_phase_heading_a_report_s_results_sets_no_goal():
    """The same heading in a report written after the phase tells what was reached."""
    e = extraction(
        "Báo cáo tổng kết.\n\nGiai đoạn 2021 – 2025\n\n"
        "Giá trị sản phẩm công nghệ cao đạt 30% tổng giá trị sản xuất công nghiệp.\n",
        published="2026-03-02",
    )
    assert e.targets == []


def test_the_districts_handed_a_duty_through_their_chair_in_lower_case_carry_it():
    """ "UBND tỉnh giao chủ tịch UBND các huyện, thị xã triển khai …": the chair, in lower case, stands for the
    committees as "Chủ tịch" does."""
    e = ex("UBND tỉnh giao chủ tịch UBND các huyện, thị xã chỉ đạo phòng chuyên môn rà soát hộ nghèo.")
    assert ("Ủy ban nhân dân các huyện, thị xã", "implement") in set(roles(e))


def test_bodies_that_work_closely_together_directing_the_work_carry_it_out():
    """ "… phối hợp chặt chẽ chỉ đạo thực hiện": they direct it together, no partner named: the action's role, not
    coordination."""
    e = ex("UBND tỉnh giao Giám đốc Sở Y tế và Giám đốc Sở Tài chính phối hợp chặt chẽ chỉ đạo thực hiện đề án.")
    assert set(roles(e)) == {("Sở Y tế", "implement"), ("Sở Tài chính", "implement")}


def test_party_organs_listed_after_a_set_of_committees_each_act():
    """ "Các huyện ủy, thị ủy, ban cán sự đảng, đảng đoàn, Tỉnh đoàn lãnh đạo …": the Party's organs of their own
    kind in the list act with the rest (they were kept only right after the list's first member)."""
    got = set(roles(ex("Các huyện ủy, thị ủy, ban cán sự đảng, đảng đoàn, Tỉnh đoàn lãnh đạo triển khai thực hiện.")))
    assert {("ban cán sự đảng", "implement"), ("đảng đoàn", "implement"), ("Tỉnh đoàn", "implement")} <= got
    # not the partners of a clause that runs on before them: "… đã chủ động phối hợp với ban cán sự đảng, đảng đoàn và
    # lãnh đạo cơ quan …" names the organs in general, no set listed
    e = ex("Các chi bộ đã chủ động, tích cực phối hợp với ban cán sự đảng, đảng đoàn và lãnh đạo cơ quan tuyên truyền.")
    assert "đảng đoàn" not in {b.name for b in e.bodies}


def test_respectively_after_a_count_is_no_unit_of_times():
    """ "khu dân cư Đông Hòa 1 và 2 lần lượt là …": "lần lượt" (respectively) after a name's number is no count of
    times; "gấp 2 lần" is."""
    e = ex(
        "Tỉnh sẽ bổ sung 3 khu dân cư gồm khu Tây Sơn 12 ha, khu Đông Hòa 1 và 2 lần lượt là 8,5 ha và 11 ha. "
        "Tỉnh phấn đấu tăng gấp 2 lần giá trị."
    )
    assert [(t.value, t.unit) for t in e.targets if t.unit == "lần"] == [(2.0, "lần")]
    assert len([t for t in e.targets if t.unit == "lần"]) == 1
