"""Duties and bodies as other provinces' texts write them (issue 13, session 20).

Every sentence here is made up for the test."""

from __future__ import annotations

from tests.extract.reading import ex, roles


def test_a_decisions_addressees_addressed_as_whoever_holds_the_offices_carry_it_out():
    """ "Các Ông (Bà) Chánh Văn phòng UBND tỉnh, Giám đốc Sở Tài chính, … chịu trách nhiệm thi hành Quyết định
    này": "Các Ông (Bà)" addresses the holders of the offices, whoever they are; each office carries it out."""
    for polite in ("Các Ông (Bà)", "Các ông (bà)", "Các ông/bà", "Ông (Bà)"):
        e = ex(
            f"Điều 3. {polite} Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Tài chính, Thủ trưởng các sở, ban, "
            "ngành tỉnh và Chủ tịch Ủy ban nhân dân các xã, phường chịu trách nhiệm thi hành Quyết định này."
        )
        assert roles(e) == {
            ("Văn phòng Ủy ban nhân dân tỉnh", "implement"),
            ("Sở Tài chính", "implement"),
            ("các sở, ban, ngành tỉnh", "implement"),
            ("Ủy ban nhân dân các xã, phường", "implement"),
        }, polite


def test_a_person_addressed_as_ong_is_still_a_person():
    """ "Ông Nguyễn Văn An, Giám đốc Sở Tài chính, cho biết …": a person speaks; the department acts in nothing."""
    e = ex("Ông Nguyễn Văn An, Giám đốc Sở Tài chính, cho biết tỉnh đã giải ngân 60% vốn đầu tư công.")
    assert roles(e) == set()


def test_the_party_secretariat_named_in_full_is_named_so_and_is_one_body_with_its_short_name():
    """ "Chỉ thị số 21-CT/TW của Ban Bí thư Trung ương Đảng": the text names the Secretariat in full, the body takes
    that name; its identity is the Secretariat's, as "Ban Bí thư" written short names it."""
    e = ex("Tỉnh ủy ban hành Kế hoạch thực hiện Chỉ thị số 21-CT/TW ngày 20/1/2027 của Ban Bí thư Trung ương Đảng.")
    assert [(b.name, b.canonical) for b in e.bodies if b.type == "secretariat"] == [
        ("Ban Bí thư Trung ương Đảng", "Ban Bí thư")
    ]
    e = ex("Tỉnh ủy ban hành Kế hoạch thực hiện Chỉ thị số 21-CT/TW ngày 20/1/2027 của Ban Bí thư.")
    assert [(b.name, b.canonical) for b in e.bodies if b.type == "secretariat"] == [("Ban Bí thư", None)]


def test_the_border_guard_abbreviated_and_the_military_commands_above_it_are_bodies():
    """ "BĐBP" is Bộ đội Biên phòng: "Ban Chỉ huy BĐBP tỉnh" is the province's border-guard command; "yêu cầu BĐBP
    tỉnh tập trung …" hands the province's border guard a duty; "Bộ Tư lệnh BĐBP" and "Bộ Tư lệnh Quân khu 7" are
    the commands above it."""
    e = ex(
        "Năm 2027, Bộ Tư lệnh BĐBP và Bộ Tư lệnh Quân khu 7 chỉ đạo Ban Chỉ huy BĐBP tỉnh tổ chức tuần tra biên giới."
    )
    assert {b.name for b in e.bodies} == {
        "Bộ Tư lệnh Bộ đội Biên phòng",
        "Bộ Tư lệnh Quân khu 7",
        "Ban Chỉ huy Bộ đội Biên phòng tỉnh",
    }
    assert ("Ban Chỉ huy Bộ đội Biên phòng tỉnh", "implement") in roles(e)
    e = ex("Thiếu tướng Nguyễn Văn An yêu cầu BĐBP tỉnh tập trung thực hiện tốt nhiệm vụ quản lý biên giới.")
    assert roles(e) == {("Bộ đội Biên phòng tỉnh", "implement")}
    assert [b.canonical for b in e.bodies] == ["Bộ Chỉ huy Bộ đội Biên phòng tỉnh"]  # one node with its command
    # the commander named by his title is a person
    e = ex("Thiếu tướng Nguyễn Văn An, Tư lệnh Bộ Tư lệnh TPHCM, chủ trì phiên họp của Hội đồng nghĩa vụ quân sự.")
    assert [b.name for b in e.bodies if b.type == "military-command"] == []


def test_a_steering_committee_named_by_a_resolutions_number_and_then_in_short_acts_with_its_partners():
    """ "Ban Chỉ đạo thực hiện Nghị quyết số 57-NQ/TW của tỉnh" is a steering committee's name; named again in
    short, "Ban Chỉ đạo cùng các cấp ủy, chính quyền tập trung …", it is the same committee, acting with them."""
    e = ex(
        "Ngày 3/3/2027, Ban Chỉ đạo thực hiện Nghị quyết số 57-NQ/TW của tỉnh họp phiên thứ nhất.\n\n"
        "Thời gian tới, Ban Chỉ đạo cùng các cấp ủy, chính quyền tập trung hoàn thiện cơ chế, chính sách."
    )
    committee = "Ban Chỉ đạo thực hiện Nghị quyết số 57-NQ/TW của tỉnh"
    assert [b.name for b in e.bodies] == [committee, "các cấp ủy, chính quyền"]
    n = {b.key: b.name for b in e.bodies}
    later = {n[a.body] for a in e.assignments if "hoàn thiện cơ chế" in a.text}
    assert later == {committee, "các cấp ủy, chính quyền"}


def test_a_steering_committee_named_in_short_with_none_named_before_is_no_body():
    """ "Ban Chỉ đạo cùng …" with no committee named before: nobody the text names."""
    e = ex("Thời gian tới, Ban Chỉ đạo cùng Sở Tài chính tập trung hoàn thiện cơ chế, chính sách.")
    assert [b.name for b in e.bodies] == ["Sở Tài chính"]


def test_the_leaders_of_the_bodies_asked_stand_for_the_bodies():
    """ "UBND tỉnh yêu cầu lãnh đạo các sở, ban, ngành, Chủ tịch UBND các huyện … khẩn trương triển khai": the
    leaders asked stand for their bodies (as a head's title does); "được giao lãnh đạo UBND tỉnh xử lý …" hands the
    Party committee the leading of the people's committee, which does the work."""
    e = ex(
        "UBND tỉnh yêu cầu lãnh đạo các sở, ban, ngành, Chủ tịch UBND các huyện, thành phố khẩn trương triển khai "
        "kế hoạch chuyển đổi số."
    )
    assert roles(e) == {("các sở, ban, ngành", "implement"), ("Ủy ban nhân dân các huyện, thành phố", "implement")}
    e = ex("Đảng ủy UBND tỉnh được giao lãnh đạo UBND tỉnh xử lý các công việc tồn đọng.")
    assert roles(e) == {("Đảng ủy Ủy ban nhân dân tỉnh", "implement"), ("Ủy ban nhân dân tỉnh", "implement")}


def test_the_police_of_every_locality_and_the_forces_by_their_kind_are_collective_actors():
    """ "Công an tỉnh và công an các địa phương thực hiện …": the province's police and the police of every locality
    act together; "lực lượng công an", "các lực lượng chức năng" name the forces as one actor."""
    e = ex("Trong đợt cao điểm, Công an tỉnh và công an các địa phương thực hiện đồng loạt các biện pháp nghiệp vụ.")
    assert roles(e) == {("Công an tỉnh", "implement"), ("công an các địa phương", "implement")}
    e = ex("Năm 2027, lực lượng công an đã điều tra khám phá 120 vụ án.")
    assert [b.name for b in e.bodies] == ["lực lượng công an"]
    e = ex("Năm 2027, các lực lượng chức năng tăng cường tuần tra, kiểm soát trên các tuyến biên giới.")
    assert roles(e) == {("các lực lượng chức năng", "implement")}
    # the forces of a body named: the body ("Lực lượng Công an tỉnh đã …")
    e = ex("Năm 2027, lực lượng Công an tỉnh đã điều tra khám phá 120 vụ án.")
    assert [b.name for b in e.bodies] == ["Công an tỉnh"]


def test_a_department_abbreviated_however_its_initials_are_joined_is_the_department():
    """ "Sở VH, TT và DL", "Sở VH,TT&DL", "Sở NN- PTNT", "Sở KH - ĐT": the initials joined by a comma, "và", a dash
    with spaces, or nothing, name the same department as "Sở VH-TT&DL" does."""
    for written, name in (
        ("Sở VH, TT và DL", "Sở Văn hóa, Thể thao và Du lịch"),
        ("Sở VH,TT&DL", "Sở Văn hóa, Thể thao và Du lịch"),
        ("Sở NN- PTNT", "Sở Nông nghiệp và Phát triển nông thôn"),
        ("Sở KH - ĐT", "Sở Kế hoạch và Đầu tư"),
        ("Sở LĐ-TB&XH", "Sở Lao động - Thương binh và Xã hội"),
    ):
        e = ex(f"{written} chủ trì, phối hợp với Sở Y tế tổ chức Lễ phát động Tháng hành động.")
        n = {b.key: b.name for b in e.bodies}
        assert [(n[a.body], a.role, [n[p] for p in a.partners]) for a in e.assignments] == [
            (name, "lead", ["Sở Y tế"])
        ], written


def test_the_associations_and_mass_organisations_named_as_one_head_close_a_list_of_addressees():
    """ "Thủ trưởng các sở, ban, ngành, hội đoàn thể tỉnh, Chủ tịch UBND các huyện …": "hội đoàn thể" is one head of
    the set; the list goes on to the districts' committees."""
    e = ex(
        "UBND tỉnh yêu cầu Thủ trưởng các sở, ban, ngành, hội đoàn thể tỉnh, Chủ tịch UBND các huyện, thị xã, thành "
        "phố tiếp tục triển khai kế hoạch."
    )
    assert roles(e) == {
        ("các sở, ban, ngành, hội đoàn thể tỉnh", "implement"),
        ("Ủy ban nhân dân các huyện, thị xã, thành phố", "implement"),
    }
