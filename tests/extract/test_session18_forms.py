"""Duties as news about other provinces writes them (issue 13, session 18).

Every sentence here is made up for the test."""

from __future__ import annotations

from tests.extract.reading import ex


def _statuses(e) -> set[tuple[str, str]]:
    n = {b.key: b.name for b in e.bodies}
    return {(n[a.body], a.status) for a in e.assignments}


def test_a_department_a_committee_directs_in_a_news_report_is_handed_a_duty_not_reported_doing_it():
    """ "UBND tỉnh chỉ đạo Sở Nội vụ xây dựng đề án …" in a news report that names no plan of its own: the
    department's duty is handed to it (assigned), not an action reported as done."""
    e = ex("UBND tỉnh chỉ đạo Sở Nội vụ xây dựng đề án sắp xếp các phòng chuyên môn.")
    assert _statuses(e) == {("Sở Nội vụ", "assigned")}


def test_what_a_department_did_under_a_committees_direction_is_reported():
    """ "Dưới sự chỉ đạo của Tỉnh ủy, Sở Nội vụ đã xây dựng …": the direction is a noun; the department's action is
    reported."""
    e = ex("Dưới sự chỉ đạo của Tỉnh ủy, Sở Nội vụ đã xây dựng đề án sắp xếp các phòng chuyên môn.")
    assert ("Sở Nội vụ", "reported") in _statuses(e)
