"""Bodies, duties and targets as other provinces' texts write them (issue 13, session 25).

Every sentence here is made up for the test."""

from __future__ import annotations

from tests.extract.reading import ex, reporting_lines, roles, vud


def test_party_organisations_listed_after_a_colon_with_wards_abbreviated():
    """ "phụ trách các Đảng bộ: Công an tỉnh, xã A, P.B, P.C", "…, P.D và các xã E, F": one Party organisation per
    item, "P." a ward's, the level of "các xã E" carried over to F."""
    e = ex(
        "Tổ 3 do đồng chí Trưởng ban Tổ chức Tỉnh ủy làm tổ trưởng, phụ trách các Đảng bộ: Công an tỉnh, xã Tân An, "
        "P.Bình Minh, P.Hòa Lạc, xã Phú Cường; Tổ 4 phụ trách các Đảng bộ: Quân sự tỉnh, P.Tân Lộc và các xã Vĩnh "
        "Hưng, Long Điền, Phước An.",
        "Cà Mau",
    )
    assert {
        "Đảng bộ Công an tỉnh",
        "Đảng bộ xã Tân An",
        "Đảng bộ phường Bình Minh",
        "Đảng bộ phường Hòa Lạc",
        "Đảng bộ xã Phú Cường",
        "Đảng bộ Quân sự tỉnh",
        "Đảng bộ phường Tân Lộc",
        "Đảng bộ xã Vĩnh Hưng",
        "Đảng bộ xã Long Điền",
        "Đảng bộ xã Phước An",
    } <= {b.name for b in e.bodies}


def test_cases_counted_are_the_unit_trường_hợp():
    """ "tinh giản 420 trường hợp": cases, not schools ("trường")."""
    assert (420, "trường hợp", 2026) in vud(
        "Theo kế hoạch, năm 2026 tỉnh sẽ tinh giản biên chế 420 trường hợp tại các cơ quan, đơn vị.", "2026-01-10"
    )


def test_the_party_committee_listed_before_a_force_is_the_forces_own():
    """ "Đảng ủy, Ban CHQS huyện A tham mưu …", "Đảng ủy, Ban Giám đốc Công an tỉnh lãnh đạo …": the military's and the
    police's Party committees (a district's own is its Huyện ủy); a commune's "Đảng ủy, Ban CHQS xã B" is the
    commune's committee and its command."""
    e = ex(
        "Năm qua, Đảng ủy, Ban CHQS huyện Tân Lạc đã tham mưu cho Huyện ủy, UBND huyện lãnh đạo công tác quốc phòng. "
        "Đảng ủy, Ban Giám đốc Công an tỉnh đã lãnh đạo toàn lực lượng hoàn thành các chỉ tiêu. Đảng ủy và Ban CHQS "
        "xã Phú Cường tổ chức tốt việc giao quân.",
        "Hòa Bình",
    )
    names = {b.name for b in e.bodies}
    assert {
        "Đảng ủy Quân sự huyện Tân Lạc",
        "Ban Chỉ huy Quân sự huyện Tân Lạc",
        "Đảng ủy Công an tỉnh",
        "Ban Giám đốc Công an tỉnh",
        "Đảng ủy xã Phú Cường",
    } <= names
    assert "Đảng ủy huyện Tân Lạc" not in names


def test_a_body_wholly_accountable_after_its_task_answers_to_the_committee():
    """ "chịu trách nhiệm toàn diện trước UBND tỉnh", and accountability after a task however short ("Sở X chủ trì,
    chịu trách nhiệm trước pháp luật và UBND tỉnh về …"): a line to the committee, beside the task."""
    e = ex(
        "Sở Xây dựng chịu trách nhiệm toàn diện trước UBND tỉnh về tiến độ dự án. Giao Sở Nội vụ chủ trì, chịu trách "
        "nhiệm trước pháp luật và UBND tỉnh về kết quả thẩm định hồ sơ. Sở Y tế chủ trì tổ chức tiêm chủng và chịu "
        "trách nhiệm hoàn toàn trước Chủ tịch UBND tỉnh nếu để dịch lây lan.",
        "Nghệ An",
    )
    assert {
        ("Sở Xây dựng", "Ủy ban nhân dân tỉnh"),
        ("Sở Nội vụ", "Ủy ban nhân dân tỉnh"),
        ("Sở Y tế", "Ủy ban nhân dân tỉnh"),
    } <= reporting_lines(e)
    assert {("Sở Nội vụ", "lead"), ("Sở Y tế", "lead")} <= roles(e)


def test_a_delegation_is_named_with_its_number_and_the_organ_that_sends_it():
    """ "Đoàn giám sát số 4 của Tỉnh ủy", "Đoàn kiểm tra, giám sát số 26 của Bộ Chính trị, Ban Bí thư", "Tổ công tác
    của Thanh tra Chính phủ", "Đoàn công tác của Ban Tuyên giáo Trung ương": one body each, named in full, and the
    organs that send them bodies too."""
    e = ex(
        "Ngày 12/3, Đoàn giám sát số 4 của Tỉnh ủy làm việc với Thị ủy Kinh Môn. Đoàn kiểm tra, giám sát số 26 của Bộ "
        "Chính trị, Ban Bí thư làm việc với Ban Thường vụ Tỉnh ủy. Tổ công tác của Thanh tra Chính phủ đã rà soát các "
        "vụ việc tồn đọng. Đoàn công tác của Ban Tuyên giáo Trung ương đã làm việc với Tỉnh ủy.",
        "Hải Dương",
    )
    assert {
        "Đoàn giám sát số 4 của Tỉnh ủy",
        "Đoàn kiểm tra, giám sát số 26 của Bộ Chính trị, Ban Bí thư",
        "Tổ công tác của Thanh tra Chính phủ",
        "Đoàn công tác của Ban Tuyên giáo Trung ương",
        "Tỉnh ủy",
        "Bộ Chính trị",
        "Ban Bí thư",
        "Thanh tra Chính phủ",
        "Ban Tuyên giáo Trung ương",
    } <= {b.name for b in e.bodies}
