"""Bodies, duties and targets as other provinces' texts write them (issue 13, session 26).

Every sentence here is made up for the test."""

from __future__ import annotations

from tests.extract.reading import duties, ex, vud


def _names(text: str, province: str = "Hòa Bình") -> set[str]:
    return {b.name for b in ex(text, province).bodies}


def test_a_mass_organisations_congress_that_acts_is_a_body():
    """ "Đại hội đại biểu Hội Nông dân xã A lần thứ I … đã thảo luận": the congress of the farmers' union acts."""
    names = _names(
        "Sáng 12/11, Đại hội đại biểu Hội Nông dân xã Hòa Phong lần thứ I, nhiệm kỳ 2025 - 2030 đã khai mạc. "
        "Đại hội đã thảo luận phương hướng, nhiệm vụ nhiệm kỳ mới."
    )
    assert "Đại hội đại biểu Hội Nông dân xã Hòa Phong lần thứ I" in names


def test_the_congress_an_organisation_holds_takes_its_name():
    """ "Đoàn TNCS Hồ Chí Minh phường A tổ chức Đại hội đại biểu lần thứ I": the youth union's congress, named with
    the organisation that holds it (not a Party congress)."""
    names = _names(
        "Chiều 3/10, Đoàn TNCS Hồ Chí Minh phường Tân An tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030. "
        "Đại hội đã thông qua chương trình hành động của nhiệm kỳ."
    )
    assert "Đại hội đại biểu Đoàn TNCS Hồ Chí Minh phường Tân An lần thứ I" in names
    assert not any(n.startswith("Đại hội Đảng bộ") or n == "Đại hội đại biểu lần thứ I" for n in names)


def test_one_congress_of_the_front_however_it_is_named():
    """The Front's provincial congress named with and without the province and "đại biểu": one body, named as the
    Front's committee is, without its province."""
    names = _names(
        "Đại hội đại biểu MTTQ Việt Nam tỉnh Hòa Bình lần thứ XVI diễn ra trong hai ngày. Đại hội MTTQ Việt Nam tỉnh "
        "lần thứ XVI có nhiệm vụ hiệp thương cử Ủy ban MTTQ Việt Nam tỉnh khóa mới."
    )
    assert [n for n in names if n.startswith("Đại hội")] == ["Đại hội đại biểu MTTQ Việt Nam tỉnh lần thứ XVI"]


def test_a_mass_congress_named_only_in_a_cited_resolution_is_no_body():
    """ "quán triệt Nghị quyết Đại hội đại biểu Hội Cựu chiến binh tỉnh lần thứ VII": a title, not an actor."""
    names = _names(
        "Hội Cựu chiến binh tỉnh tiếp tục quán triệt, triển khai Nghị quyết Đại hội đại biểu Hội Cựu chiến binh tỉnh "
        "lần thứ VII đến các chi hội."
    )
    assert not any(n.startswith("Đại hội") for n in names)


def test_party_cells_named_by_hamlet_number_or_the_communes_party_agencies():
    """ "Chi bộ buôn M'Láp", "Chi bộ khu 4A", "Chi bộ số 7", "Chi bộ các Cơ quan Đảng xã Hòa An": Party cells."""
    names = _names(
        "Chi bộ buôn M’Láp đã kết nạp 4 đảng viên mới. Chi bộ khu 4A tổ chức sinh hoạt chuyên đề. Đảng ủy phường "
        "chọn Chi bộ số 7 tổ chức đại hội điểm. Chi bộ các Cơ quan Đảng xã Hòa An triển khai học tập chuyên đề "
        "năm 2025."
    )
    assert {"Chi bộ buôn M’Láp", "Chi bộ khu 4A", "Chi bộ số 7", "Chi bộ các Cơ quan Đảng xã Hòa An"} <= names


def test_addressees_a_sentence_ends_on_take_no_duty_from_the_next():
    """ "Huyện ủy chỉ đạo các chi bộ. HĐND huyện tổ chức kỳ họp …": the cells' duty is not the council's session, and
    the council's duty does not start in the sentence before."""
    e = ex("Huyện ủy chỉ đạo các chi bộ. HĐND huyện tổ chức kỳ họp thứ 3 vào tháng 12.")
    assert duties(e) == {("Hội đồng nhân dân huyện", "HĐND huyện tổ chức kỳ họp thứ 3 vào tháng 12")}


def test_a_budget_estimate_is_a_target_for_its_year():
    """ "dự toán tổng thu ngân sách nhà nước … 12.500 tỷ đồng, trong đó thu nội địa 9.000 tỷ đồng": the year's planned
    budget with the year (the part "trong đó …" a part of it); a result measured against the estimate is not one."""
    got = vud(
        "Năm 2027, HĐND tỉnh giao dự toán tổng thu ngân sách nhà nước 12.500 tỷ đồng, trong đó thu nội địa 9.000 tỷ "
        "đồng. HĐND xã đã thông qua dự toán chi ngân sách địa phương năm 2027 là 60,5 tỷ đồng.",
        "2026-12-20",
    )
    assert {(12500, "tỷ đồng", 2027), (60.5, "tỷ đồng", 2027)} <= set(got)
    assert not vud("Thu ngân sách năm 2026 đạt 5.000 tỷ đồng, bằng 102% dự toán.", "2026-12-20")


def test_meetings_counted_are_the_unit_hội_nghị():
    """ "tổ chức ít nhất 3 hội nghị đối thoại": meetings, not associations ("hội")."""
    got = vud("Phấn đấu năm 2027 mỗi xã tổ chức ít nhất 3 hội nghị đối thoại với nhân dân.", "2026-12-20")
    assert (3, "hội nghị", 2027) in got


def test_a_councils_numbered_delegation_and_a_communes_public_service_centre_are_bodies():
    """ "Tổ đại biểu HĐND tỉnh số 7", "Tổ Đại biểu số 3 HĐND tỉnh": one delegation of the council, by its number;
    "Trung tâm cung ứng dịch vụ công xã A": the commune's public service centre, as "Trung tâm Phục vụ hành chính
    công xã A" is."""
    names = _names(
        "Tổ đại biểu HĐND tỉnh số 7 tiếp xúc cử tri xã Tân An. Tổ Đại biểu số 3 HĐND tỉnh giám sát việc thu hồi đất. "
        "Trung tâm cung ứng dịch vụ công xã Thượng Hòa tổ chức tập huấn cho cán bộ."
    )
    assert {
        "Tổ đại biểu số 7 Hội đồng nhân dân tỉnh",
        "Tổ đại biểu số 3 Hội đồng nhân dân tỉnh",
        "Trung tâm Cung ứng dịch vụ công xã Thượng Hòa",
    } <= names


def test_the_organs_of_a_special_zone_however_its_name_is_capitalised():
    """ "Đảng ủy, Ủy ban Nhân dân Đặc khu Côn Sơn", "Đảng ủy, UBND đặc khu Hòn Mây": a special zone's committee and
    its People's Committee, as a commune's are."""
    names = _names(
        "Đoàn công tác làm việc với Đảng ủy, Ủy ban Nhân dân Đặc khu Côn Sơn về vận hành chính quyền hai cấp. "
        "Đảng ủy, UBND đặc khu Hòn Mây thống nhất phương án sắp xếp trụ sở.",
        "Khánh Hòa",
    )
    assert {
        "Đảng ủy đặc khu Côn Sơn",
        "Ủy ban nhân dân đặc khu Côn Sơn",
        "Đảng ủy đặc khu Hòn Mây",
        "Ủy ban nhân dân đặc khu Hòn Mây",
    } <= names
