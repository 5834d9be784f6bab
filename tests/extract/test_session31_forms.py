"""Duties as other provinces' texts write them (issue 13, session 31).

Every sentence here is made up for the test."""

from __future__ import annotations

from tests.extract.reading import ex, roles


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
