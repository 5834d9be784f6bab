"""Duties and bodies as other provinces' texts write them (issue 13, session 22).

Every sentence here is made up for the test."""

from __future__ import annotations

from tests.extract.reading import duties, ex, reporting_lines, statuses, vud


def test_a_body_opening_a_sentence_with_a_verb_no_list_knows_does_what_the_verb_says():
    """ "Bảo hiểm xã hội tỉnh xét duyệt hồ sơ …": a body that opens its sentence and is followed at once by a verb,
    even one no list of duty verbs holds, does what the verb says (no "đã" needed to mark it)."""
    e = ex(
        "Bảo hiểm xã hội tỉnh xét duyệt hồ sơ hưởng trợ cấp thất nghiệp cho 1.200 lao động. "
        "Sở Tư pháp thẩm tra dự thảo quy chế trước ngày 15/3/2027."
    )
    done = {(name, text[:30]) for name, text in duties(e)}
    assert ("Bảo hiểm xã hội tỉnh", "Bảo hiểm xã hội tỉnh xét duyệt") in done
    assert ("Sở Tư pháp", "Sở Tư pháp thẩm tra dự thảo qu") in done


def test_what_a_body_says_or_is_named_with_is_no_duty_of_its_own():
    """ "Sở Y tế cho biết …", "UBND tỉnh năm nay …": a word of speech, a time or a place after the body is no verb
    of a duty."""
    e = ex(
        "Sở Y tế cho biết số ca mắc sốt xuất huyết giảm mạnh. Ủy ban nhân dân tỉnh năm nay có nhiều đổi mới. "
        "Ban Thường vụ Tỉnh ủy yêu cầu tổ chức tốt Tết cho nhân dân."
    )
    assert ("Sở Y tế", "reported") not in statuses(e) and ("Sở Y tế", "assigned") not in statuses(e)
    assert not any(name == "Ủy ban nhân dân tỉnh" for name, _ in duties(e))
    assert not any(name == "Ban Thường vụ Tỉnh ủy" for name, _ in duties(e))


def test_the_military_service_council_of_a_ward_is_a_body_that_acts():
    """ "Hội đồng NVQS phường Tân An đã tổ chức …": the military service council of a ward or a commune, its
    abbreviation spelt out, is a body."""
    e = ex("Hội đồng NVQS phường Tân An đã tổ chức hội nghị xét duyệt công dân nhập ngũ năm 2027.")
    assert [b.name for b in e.bodies] == ["Hội đồng Nghĩa vụ quân sự phường Tân An"]
    assert statuses(e) == {("Hội đồng Nghĩa vụ quân sự phường Tân An", "reported")}


def test_a_regions_defence_command_since_2025_is_a_body_named_by_its_number_and_place():
    """Since the 2025 reform a region's defence command stands between the province and its communes: "Ban Chỉ
    huy phòng thủ khu vực 3 - Tân Lập" is a body, its number and place kept."""
    e = ex(
        "Ban Chỉ huy phòng thủ khu vực 3 – Tân Lập phối hợp với Ủy ban nhân dân xã Tân Lập "
        "hoàn thành hồ sơ giao quân trước ngày 20/1/2027."
    )
    names = {b.name for b in e.bodies}
    assert "Ban Chỉ huy phòng thủ khu vực 3 - Tân Lập" in names
    assert ("Ban Chỉ huy phòng thủ khu vực 3 - Tân Lập", "assigned") in statuses(e)


def test_a_centrally_run_citys_military_command_is_the_citys_bo_chi_huy():
    """ "Bộ CHQS thành phố Cần Thơ": the command of a city that is a province, as "Bộ Chỉ huy Quân sự tỉnh" is a
    province's."""
    e = ex("Bộ CHQS thành phố Cần Thơ phối hợp với Công an thành phố tổ chức diễn tập khu vực phòng thủ.", "Cần Thơ")
    assert "Bộ Chỉ huy Quân sự thành phố" in {b.name for b in e.bodies}


def test_the_offices_of_the_national_assembly_and_the_chamber_of_commerce_are_bodies_of_the_centre():
    """ "Văn phòng Quốc hội" is the Assembly's office, not the Assembly; "VCCI" is the Liên đoàn Thương mại và
    Công nghiệp Việt Nam, whose PCI ranks the provinces."""
    e = ex(
        "Văn phòng Quốc hội phối hợp với tỉnh tổ chức hội thảo về giám sát. "
        "VCCI công bố chỉ số PCI năm 2026, tỉnh tăng 4 bậc."
    )
    names = {b.name for b in e.bodies}
    assert "Văn phòng Quốc hội" in names and "Quốc hội" not in names
    assert "Liên đoàn Thương mại và Công nghiệp Việt Nam" in names


def test_a_steering_committee_named_by_a_disease_is_a_body():
    """ "Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh": a disease's name with its number is part of the topic."""
    e = ex("Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh yêu cầu Sở Y tế báo cáo tình hình tiêm chủng hằng tuần.")
    assert "Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh" in {b.name for b in e.bodies}


def test_a_decision_sent_for_report_reports_to_those_its_recipients_mark_b_c():
    """ "Nơi nhận: - Bộ Y tế (b/c); - TT Tỉnh ủy (để báo cáo); - Sở Tài chính; …": the issuer reports to the
    recipients marked for report, not to the others."""
    e = ex(
        "ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH\nSố: 120/QĐ-UBND\nQUYẾT ĐỊNH\nVề việc ban hành Kế hoạch tiêm chủng năm 2027\n"
        "Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Y tế chịu trách nhiệm thi hành Quyết định này./.\n\n"
        "Nơi nhận:\n- Như Điều 3;\n- Bộ Y tế (b/c);\n- TT Tỉnh ủy (để báo cáo);\n- Sở Tài chính;\n- Lưu: VT.\n"
    )
    assert reporting_lines(e) == {
        ("Ủy ban nhân dân tỉnh", "Bộ Y tế"),
        ("Ủy ban nhân dân tỉnh", "Thường trực Tỉnh ủy"),
    }


def test_a_letter_to_the_issuers_own_departments_instructs_them_and_reports_to_no_one():
    """ "Kính gửi: - Sở Y tế; - Sở Tài chính": a People's Committee writing to its departments hands them work; it
    does not report to them. A plan put before the Council ("Kính gửi: Hội đồng nhân dân tỉnh") does."""
    down = ex(
        "ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH\nSố: 45/UBND-VX\nV/v triển khai tiêm chủng\n"
        "Kính gửi:\n- Sở Y tế;\n- Sở Tài chính.\n\nGiao Sở Y tế chủ trì triển khai tiêm chủng trong tháng 3/2027.\n"
    )
    assert reporting_lines(down) == set()
    up = ex(
        "ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH\nSố: 46/TTr-UBND\nTỜ TRÌNH\nKính gửi: Hội đồng nhân dân tỉnh Hòa Bình\n"
        "Ủy ban nhân dân tỉnh trình Hội đồng nhân dân tỉnh dự thảo Nghị quyết về chính sách hỗ trợ.\n"
    )
    assert ("Ủy ban nhân dân tỉnh", "Hội đồng nhân dân tỉnh") in reporting_lines(up)


def test_a_state_header_without_its_issuers_place_is_issued_by_the_organ_its_number_names():
    """ "ỦY BAN NHÂN DÂN | CỘNG HÒA …" then "Số: 45/KH-UBND | Hòa Bình, ngày …": the table lost the issuer's place;
    the number's code (UBND) and the province on the place line name the issuer, the province's People's
    Committee. A district on the place line is not guessed at."""
    header = "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 45/KH-UBND | {}, ngày 3 tháng 2 năm 2027 |\n"
    body = "KẾ HOẠCH\nPhát triển chợ nông thôn năm 2027\nGiao Sở Công Thương chủ trì thực hiện Kế hoạch này.\n"
    e = ex(header.format("Hòa Bình") + body)
    names = {b.key: b.name for b in e.bodies}
    plan = next(d for d in e.documents if d.number == "45/KH-UBND")
    assert names.get(plan.issuer) == "Ủy ban nhân dân tỉnh"
    district = ex(header.format("Tân Lạc") + body)
    assert "Ủy ban nhân dân tỉnh" not in {b.name for b in district.bodies}


def test_what_a_decision_allocates_is_a_target_and_so_are_the_quotas_listed_after_it():
    """ "Theo Quyết định phân bổ, năm 2027, giải quyết việc làm cho 6.000 lao động. Trong đó, huyện Tân Lạc 500 lao
    động; …": the allocation is planned, not a result, in a paragraph of its own too."""
    got = vud(
        "UBND tỉnh vừa có Quyết định phân bổ chỉ tiêu giải quyết việc làm năm 2027 cho các huyện.\n\n"
        "Theo Quyết định phân bổ, năm 2027, giải quyết việc làm cho 6.000 lao động. Trong đó, huyện Tân Lạc 500 "
        "lao động; huyện Mai Châu 1.000 lao động."
    )
    assert (6000.0, "lao động", 2027) in got
    assert (500.0, "lao động", 2027) in got and (1000.0, "lao động", 2027) in got


def test_bodies_reminded_to_do_something_are_handed_it_as_a_duty():
    """ "Ông lưu ý UBND thành phố, các sở, ngành dành sự quan tâm …", "Đoàn kiểm tra nhắc nhở các cơ quan, đơn vị
    thực hiện nghiêm …": reminded, like asked, each body is handed the duty, not reported as doing it."""
    e = ex(
        "Phát biểu tại hội nghị, ông lưu ý UBND thành phố, các sở, ngành dành sự quan tâm hỗ trợ phụ nữ khởi "
        "nghiệp. Đoàn kiểm tra nhắc nhở các cơ quan, đơn vị thực hiện nghiêm quy chế văn hóa công sở."
    )
    assert {("Ủy ban nhân dân thành phố", "assigned"), ("các sở, ngành", "assigned")} <= statuses(e)
    assert ("các cơ quan, đơn vị", "assigned") in statuses(e)
