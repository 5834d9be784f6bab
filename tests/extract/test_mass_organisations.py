"""The Front and the mass organisations as their own news writes them: their standing and executive committees,
the youth union of a district or a city, the youth federation and the Young Pioneers' council, and the province's
newspaper and broadcaster named by the province (issue 13, fifteenth session). Every sentence is made up."""

from __future__ import annotations

import pytest

from tests.extract.reading import ex, roles


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Ban Thường vụ Hội Liên hiệp Phụ nữ tỉnh chỉ đạo rà soát hội viên nghèo.",
            "Ban Thường vụ Hội Liên hiệp Phụ nữ tỉnh",
        ),
        ("Ban Thường vụ Hội LHPN tỉnh tổ chức tập huấn.", "Ban Thường vụ Hội Liên hiệp Phụ nữ tỉnh"),
        ("Ban Chấp hành Hội Nông dân tỉnh tổ chức hội nghị giữa nhiệm kỳ.", "Ban Chấp hành Hội Nông dân tỉnh"),
        ("Thường trực Hội Cựu chiến binh tỉnh tổ chức gặp mặt hội viên.", "Thường trực Hội Cựu chiến binh tỉnh"),
        ("Ban Thường vụ Liên đoàn Lao động tỉnh triển khai Tháng Công nhân.", "Ban Thường vụ Liên đoàn Lao động tỉnh"),
        ("Huyện đoàn Krông Pắc phát động ra quân tình nguyện hè.", "Huyện đoàn Krông Pắc"),
        ("Thành đoàn Buôn Ma Thuột tổ chức ngày hội việc làm.", "Thành đoàn Buôn Ma Thuột"),
        ("Hội Liên hiệp Thanh niên Việt Nam tỉnh phát động phong trào.", "Hội Liên hiệp Thanh niên Việt Nam tỉnh"),
        ("Hội đồng Đội tỉnh tổ chức trại hè cho thiếu nhi.", "Hội đồng Đội tỉnh"),
    ],
)
def test_the_committees_of_mass_organisations_and_the_youth_unions_below_the_province_are_bodies(sentence, name):
    e = ex(sentence, "Đắk Lắk")
    assert (name, "implement") in roles(e), roles(e)


def test_the_broadcaster_written_without_and_and_the_newspaper_named_by_the_province_are_bodies():
    e = ex("Đài Phát thanh Truyền hình Đắk Lắk, Báo Đắk Lắk tuyên truyền sâu rộng về đại hội.", "Đắk Lắk")
    assert {("Đài Phát thanh và Truyền hình Đắk Lắk", "implement"), ("Báo Đắk Lắk", "implement")} <= roles(e), roles(e)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Ban Thường vụ Hội LHPN tỉnh chỉ đạo các cấp Hội tổ chức ngày hội phụ nữ khởi nghiệp.", "các cấp Hội"),
        ("Hội Nông dân tỉnh chỉ đạo các chi hội rà soát hội viên nghèo.", "các chi hội"),
        ("Các cấp hội nông dân đã vận động hội viên hiến đất làm đường.", "Các cấp hội nông dân"),
    ],
)
def test_the_levels_and_branches_of_a_mass_organisation_are_a_collective_that_acts(sentence, name):
    e = ex(sentence, "Đắk Lắk")
    assert (name, "implement") in roles(e), roles(e)


def test_the_heads_of_branches_in_a_list_of_people_trained_are_persons_not_the_branches():
    e = ex(
        "Chú trọng bồi dưỡng cán bộ ở thôn (bí thư chi bộ, trưởng thôn, trưởng các chi hội, chi đoàn ở thôn) về "
        "kỹ năng vận động quần chúng.",
        "Đắk Lắk",
    )
    assert not e.bodies, [b.name for b in e.bodies]


def test_what_a_youth_union_counts_keeps_its_noun_as_written():
    from tests.extract.reading import vud

    got = vud(
        "Năm 2027, Huyện đoàn phấn đấu ít nhất 1.500 lượt ĐVTN tham gia tình nguyện; hiện thực hóa ít nhất 3 ý tưởng "
        "khởi nghiệp; xóa ít nhất 2 nhà tạm; tặng quà 150 thiếu nhi; mỗi cơ sở vận động 10 hộ gia đình."
    )
    units = {u for _, u, _ in got}
    assert {"lượt ĐVTN", "ý tưởng", "nhà tạm", "thiếu nhi", "hộ gia đình"} <= units, got


def test_the_front_and_a_council_of_ho_chi_minh_city_written_tphcm_are_the_citys():
    e = ex(
        "Hội đồng Nghĩa vụ quân sự TPHCM họp phiên thứ nhất. Đề nghị Ủy ban MTTQ Việt Nam TPHCM chủ trì vận động.",
        "Hồ Chí Minh",
    )
    names = {b.name for b in e.bodies}
    assert {"Hội đồng Nghĩa vụ quân sự TPHCM", "Ủy ban Mặt trận Tổ quốc Việt Nam thành phố"} <= names, names


def test_a_citys_youth_union_written_with_a_capital_d_is_the_same_union():
    """ "Thành Đoàn Huế phối hợp với …": the city's youth union however its second word is capitalised."""
    e = ex("Thành Đoàn Huế phối hợp với Hội Liên hiệp Thanh niên Việt Nam thành phố tổ chức Lễ khởi động.", "Huế")
    assert ("Thành đoàn Huế", "implement") in roles(e), roles(e)
