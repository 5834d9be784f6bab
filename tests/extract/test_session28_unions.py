"""The mass organisations of a commune and the youth union's units as news writes them (issue 13, session 28).

Every sentence here is made up for the test."""

from __future__ import annotations

from tests.extract.reading import ex, roles


def test_the_elderly_association_in_short_is_named_in_full():
    """ "Hội NCT tỉnh tiếp tục …": the province's elderly association, its name spelt out."""
    assert ("Hội Người cao tuổi tỉnh", "implement") in roles(
        ex("Hội NCT tỉnh tiếp tục tăng cường công tác tuyên truyền trong hội viên.", "Quảng Trị")
    )


def test_a_communes_elderly_association_acts():
    """ "Hội NCT xã A đã tổ chức đại hội": the commune's association, named in full."""
    assert ("Hội Người cao tuổi xã Tân Lập", "implement") in roles(
        ex("Hội NCT xã Tân Lập đã tổ chức đại hội nhiệm kỳ mới.", "Quảng Trị")
    )


def test_a_communes_youth_union_named_by_đoàn_and_its_place():
    """ "Đoàn phường A đã tổ chức đại hội điểm": the ward's youth union."""
    assert ("Đoàn phường Minh Khai", "implement") in roles(
        ex("Đoàn phường Minh Khai đã tổ chức đại hội điểm cấp cơ sở.", "Hà Tĩnh")
    )


def test_the_youth_union_named_in_full_and_in_short_is_one_body():
    """ "Đoàn TNCS Hồ Chí Minh phường A …. Đoàn phường A …. Đoàn đã giới thiệu …": one union throughout."""
    e = ex(
        "Đoàn TNCS Hồ Chí Minh phường An Cựu vừa tổ chức đại hội. Đoàn phường An Cựu là đơn vị đầu tiên hoàn thành. "
        "Đoàn đã giới thiệu 45 đoàn viên ưu tú cho Đảng xem xét kết nạp.",
        "Huế",
    )
    assert [b.name for b in e.bodies if b.type == "youth-union"] == ["Đoàn TNCS Hồ Chí Minh phường An Cựu"]


def test_the_youth_unions_district_units_are_one_collective():
    """ "Tỉnh đoàn đã chỉ đạo các huyện đoàn, thành đoàn tổ chức …": the district units hold the congresses (not
    "các huyện", the districts)."""
    e = ex("Tỉnh đoàn đã chỉ đạo các huyện đoàn, thành đoàn tổ chức đại hội cấp cơ sở trước ngày 15/5.", "Hà Tĩnh")
    assert ("các huyện đoàn, thành đoàn", "implement") in roles(e)
    assert ("Tỉnh đoàn", "implement") in roles(e)
