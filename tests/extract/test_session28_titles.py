"""Titles and places that name a Party committee without it acting (issue 13, session 28).

Every sentence here is made up for the test."""

from __future__ import annotations

from tests.extract.reading import ex


def _names(text: str, province: str = "Gia Lai") -> set[str]:
    return {b.name for b in ex(text, province).bodies}


def test_deputy_secretaries_in_lower_case_are_persons_not_the_committee():
    """ "Các phó bí thư Tỉnh ủy gồm ông A và ông B": the persons holding the title, the committee does not act."""
    assert "Tỉnh ủy" not in _names("Các phó bí thư Tỉnh ủy Gia Lai gồm ông Rơ Chăm Ku và ông Lê Văn Tư.")


def test_a_title_typed_with_a_stray_capital_is_still_a_title():
    """ "Phó BÍ thư Tỉnh ủy Nguyễn Văn A phát biểu": a person speaks; no body."""
    assert "Tỉnh ủy" not in _names("Phó BÍ thư Tỉnh ủy Nguyễn Văn An phát biểu tại hội nghị.")


def test_a_hall_of_the_committees_building_is_a_place():
    """ "tổ chức tại Hội trường A, Tỉnh ủy Tây Ninh": where the event is held, not an actor."""
    assert "Tỉnh ủy" not in _names("Hội nghị sẽ được tổ chức tại Hội trường B, Tỉnh ủy Gia Lai (cơ sở 2).")


def test_the_committee_itself_still_acts():
    """ "Tỉnh ủy đã ban hành …", "Bí thư Tỉnh ủy chủ trì …": the committee named, the chair's office acting."""
    assert "Tỉnh ủy" in _names("Tỉnh ủy đã ban hành Nghị quyết về phát triển du lịch. Bí thư Tỉnh ủy chủ trì hội nghị.")
