"""Bodies as other provinces' texts write them (issue 13, session 29).

Every sentence here is made up for the test."""

from __future__ import annotations

from tests.extract.reading import ex, roles


def _names(text: str, province: str = "Phú Thọ") -> set[str]:
    return {b.name for b in ex(text, province).bodies}


def test_the_party_committee_of_a_provincial_city_is_that_citys_not_the_provinces():
    """ "Thành ủy Việt Trì" in a Phú Thọ text is the committee of the city of Việt Trì (a district-level city), not
    the provincial committee; it is the one that held the conference."""
    e = ex("Thành ủy Việt Trì tổ chức hội nghị triển khai kế hoạch kết nạp đảng viên năm 2026.", "Phú Thọ")
    assert ("Thành ủy Việt Trì", "implement") in roles(e)
    assert "Thành ủy" not in {b.name for b in e.bodies}


def test_the_committee_of_a_city_that_is_a_province_stays_the_provincial_committee():
    """ "Thành ủy Hải Phòng" in a Hải Phòng text is the provincial-level committee, named without its place."""
    assert "Thành ủy" in _names("Thành ủy Hải Phòng đã ban hành kế hoạch tổ chức đại hội.", "Hải Phòng")


def test_a_standing_committee_member_abbreviated_is_a_persons_title():
    """ "đồng chí … - UV BTV Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy": a member of the standing committee, abbreviated
    as "Ủy viên Ban Thường vụ Tỉnh ủy" is; neither body acts here."""
    for title in ("UV BTV Tỉnh ủy", "UVBTV Tỉnh ủy", "Ủy viên BTV Tỉnh ủy"):
        names = _names(f"Dự và chủ trì hội nghị có đồng chí Nguyễn Thị Lan - {title}, Trưởng Ban Tổ chức Tỉnh ủy.")
        assert "Ban Thường vụ Tỉnh ủy" not in names, title


def test_the_police_named_by_its_province_alone_is_the_provinces_police():
    """ "Công an Quảng Trị kiên quyết đấu tranh …": the provincial police, named as "Công an tỉnh"; a city's
    police is "Công an thành phố"."""
    e = ex("Công an Quảng Trị kiên quyết đấu tranh, xử lý các loại tội phạm trên địa bàn.", "Quảng Trị")
    assert ("Công an tỉnh", "implement") in roles(e)
    assert "Công an thành phố" in _names("Công an Hải Phòng triển khai đợt cao điểm trấn áp tội phạm.", "Hải Phòng")
