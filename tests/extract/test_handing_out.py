"""What a body hands to others in news of plans: a year's plan, quotas or a budget handed "cho" bodies, a result
put before a body ("trình", "báo cáo X kết quả"), heads of bodies addressed for their bodies (issue 13, twelfth
session). Every sentence is made up."""

from __future__ import annotations

import pytest

from tests.extract.reading import ex, reporting_lines, roles


@pytest.mark.parametrize(
    "sentence",
    [
        "UBND tỉnh tổ chức hội nghị giao kế hoạch phát triển kinh tế - xã hội năm 2027 cho các sở, ban, ngành.",
        "Sáng 3/1, UBND tỉnh họp giao chỉ tiêu kế hoạch năm 2027 cho các sở, ban, ngành để triển khai thực hiện.",
        "UBND tỉnh đã giao dự toán ngân sách nhà nước năm 2027 cho các sở, ban, ngành.",
    ],
)
def test_the_bodies_a_years_plan_is_handed_to_carry_it(sentence):
    got = roles(ex(sentence, "Bình Định"))
    assert ("các sở, ban, ngành", "implement") in got, got


def test_the_body_that_holds_the_meeting_handing_out_the_plan_holds_it_and_the_bodies_handed_it_carry_it():
    e = ex("UBND tỉnh tổ chức hội nghị giao kế hoạch năm 2027 cho các sở, ban, ngành để triển khai thực hiện.", "Huế")
    assert {("Ủy ban nhân dân tỉnh", "implement"), ("các sở, ban, ngành", "implement")} <= roles(e), roles(e)


@pytest.mark.parametrize(
    ("sentence", "bodies"),
    [
        (
            "Chủ tịch UBND tỉnh yêu cầu Thủ trưởng các sở, ban, ngành và Chủ tịch UBND các xã, phường không ngừng "
            "đổi mới cách làm trong cải cách hành chính.",
            {"các sở, ban, ngành", "Ủy ban nhân dân các xã, phường"},
        ),
        (
            "UBND tỉnh yêu cầu Chủ tịch UBND cấp xã có trách nhiệm tăng cường kiểm tra việc sử dụng đất công.",
            {"Ủy ban nhân dân cấp xã"},
        ),
        (
            "Chủ tịch UBND tỉnh giao Chủ tịch UBND các huyện chỉ đạo rà soát hộ nghèo trước ngày 15/10.",
            {"Ủy ban nhân dân các huyện"},
        ),
    ],
)
def test_the_heads_of_bodies_asked_to_act_stand_for_their_bodies(sentence, bodies):
    got = {name for name, role in roles(ex(sentence, "Bình Định")) if role in ("implement", "monitor")}
    assert bodies <= got, got


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("Các ngành, các cấp khẩn trương xác định rõ nhiệm vụ, giải pháp cụ thể cho năm 2027.", "Các ngành, các cấp"),
        ("Các cấp ủy, chính quyền cần xác định đây là nhiệm vụ trọng tâm của cả nhiệm kỳ.", "Các cấp ủy, chính quyền"),
        ("Các cấp ủy, đơn vị, địa phương phải xác định rõ việc cần làm ngay.", "Các cấp ủy, đơn vị, địa phương"),
    ],
)
def test_bodies_urged_to_name_their_own_tasks_carry_them(sentence, body):
    got = roles(ex(sentence, "Bình Định"))
    assert (body, "implement") in got, got


@pytest.mark.parametrize(
    ("sentence", "to"),
    [
        (
            "Các sở, ngành hoàn thành chương trình công tác năm, gửi về Văn phòng UBND tỉnh trước ngày 20/12.",
            "Văn phòng Ủy ban nhân dân tỉnh",
        ),
        ("UBND các huyện lập danh sách hộ nghèo, đồng thời gửi Sở Tài chính để tổng hợp.", "Sở Tài chính"),
        ("Sở Công Thương vừa báo cáo UBND tỉnh kết quả bình chọn sản phẩm tiêu biểu.", "Ủy ban nhân dân tỉnh"),
    ],
)
def test_what_a_body_sends_to_another_is_reported_to_it(sentence, to):
    assert to in {b for _, b in reporting_lines(ex(sentence, "Bình Định"))}


def test_news_of_a_text_issued_is_no_duty_of_its_issuer():
    got = roles(ex("UBND tỉnh ban hành Kế hoạch phát động phong trào thi đua làm đường giao thông nông thôn.", "Huế"))
    assert ("Ủy ban nhân dân tỉnh", "implement") not in got, got


def test_a_text_to_be_issued_by_a_date_stays_a_duty():
    got = roles(ex("UBND các huyện ban hành Kế hoạch thực hiện trước ngày 30/6/2027.", "Huế"))
    assert ("Ủy ban nhân dân các huyện", "implement") in got, got


@pytest.mark.parametrize(
    "sentence",
    [
        "Ban Chấp hành Đảng bộ tỉnh phấn đấu thực hiện đạt một số chỉ tiêu chủ yếu: GRDP tăng 8%.",
        "UBND tỉnh phấn đấu hoàn thành và vượt kế hoạch năm 2027.",
    ],
)
def test_a_body_striving_for_its_goals_sets_goals_not_a_duty(sentence):
    assert not roles(ex(sentence, "Gia Lai"))


def test_the_evidence_of_a_plan_handed_as_a_whole_is_the_clause_that_hands_it():
    e = ex("UBND tỉnh họp giao chỉ tiêu kế hoạch năm 2027 cho các sở, ban, ngành, địa phương.", "Bình Định")
    n = {b.key: b.name for b in e.bodies}
    handed = [a for a in e.assignments if n[a.body] == "các sở, ban, ngành, địa phương"]
    assert handed and all("giao chỉ tiêu" in a.text for a in handed), [a.text for a in handed]


def test_a_councils_organs_asked_to_oversee_its_resolution_monitor_it_and_the_committee_reports_to_the_council():
    e = ex(
        "Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này; định kỳ báo cáo kết quả thực hiện cho Hội đồng "
        "nhân dân tỉnh.\nGiao Thường trực Hội đồng nhân dân,\ncác Ban Hội đồng nhân dân, các Tổ đại biểu và đại biểu "
        "Hội đồng nhân dân tỉnh chịu trách nhiệm giám sát việc thực hiện Nghị quyết.",
        "Đắk Nông",
    )
    got = roles(e)
    for body in (
        "Thường trực Hội đồng nhân dân tỉnh",
        "các Ban Hội đồng nhân dân tỉnh",
        "các Tổ đại biểu Hội đồng nhân dân tỉnh",
        "đại biểu Hội đồng nhân dân tỉnh",
    ):
        assert (body, "monitor") in got, (body, got)
    assert ("Ủy ban nhân dân tỉnh", "Hội đồng nhân dân tỉnh") in reporting_lines(e)


def test_the_evidence_of_a_numbered_duty_names_the_bodies_that_open_it():
    e = ex(
        "Điều 2. Tổ chức thực hiện\n1. Thủ trưởng các sở, ngành, Chủ tịch UBND các huyện ban hành kế hoạch cụ thể "
        "hóa các chỉ tiêu được giao.\n2. Sở Tài chính bố trí kinh phí thực hiện.",
        "Sơn La",
    )
    n = {b.key: b.name for b in e.bodies}
    got = [a.text for a in e.assignments if n[a.body] == "Ủy ban nhân dân các huyện"]
    assert got and all(t.startswith("Thủ trưởng các sở") for t in got), got


def test_the_offices_a_cut_last_article_lists_over_several_lines_carry_the_decision_out():
    e = ex(
        "Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các Sở: Tài chính, Công Thương,\n"
        "Khoa học và Công nghệ, Nội vụ; Thủ trưởng các Sở, Ban, ngành, hội, đoàn thể c",
        "Vĩnh Long",
    )
    got = roles(e)
    for name in ("Văn phòng Ủy ban nhân dân tỉnh", "Sở Tài chính", "Sở Khoa học và Công nghệ", "Sở Nội vụ"):
        assert (name, "implement") in got, (name, got)


def test_bodies_asked_to_strive_to_carry_out_tasks_carry_them_out():
    got = roles(ex("Tỉnh đề nghị các cấp, ngành, địa phương phấn đấu thực hiện đồng bộ, hiệu quả các nhiệm vụ.", "Huế"))
    assert ("các cấp, ngành, địa phương", "implement") in got, got


def test_bodies_asked_to_strive_for_a_goals_measure_set_goals_no_duty():
    got = roles(ex("Tỉnh đề nghị các sở, ngành phấn đấu tốc độ tăng trưởng đạt 9%.", "Huế"))
    assert ("các sở, ngành", "implement") not in got, got


def test_a_task_named_as_the_bodies_own_is_theirs_to_carry():
    got = roles(
        ex(
            "Đẩy mạnh phong trào thi đua yêu nước là nhiệm vụ trọng tâm của các sở, ban, ngành, Ủy ban Mặt trận Tổ "
            "quốc Việt Nam tỉnh trong năm 2027.",
            "Quảng Ngãi",
        )
    )
    assert {("các sở, ban, ngành", "implement"), ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "implement")} <= got, got


def test_hospitals_as_a_set_and_bodies_offered_as_alternatives_are_handed_the_task():
    got = roles(
        ex(
            "Sở Y tế đề xuất giao Bệnh viện Từ Dũ hoặc Bệnh viện Hùng Vương triển khai cơ sở 2; Bệnh viện Nhân dân "
            "Gia Định và các bệnh viện chuyên khoa hỗ trợ Bệnh viện Đa khoa Vũng Tàu.",
            "TP Hồ Chí Minh",
        )
    )
    for name in ("Bệnh viện Từ Dũ", "Bệnh viện Hùng Vương", "các bệnh viện chuyên khoa"):
        assert (name, "implement") in got, (name, got)


def test_sectors_named_bare_when_asked_to_act_are_bodies_and_checking_as_a_field_of_work_monitors():
    got = roles(
        ex(
            "UBND tỉnh đề nghị các ngành khẩn trương triển khai kế hoạch; các sở, ngành tăng cường công tác kiểm "
            "tra, hướng dẫn, giám sát các địa phương.",
            "Quảng Ngãi",
        )
    )
    assert {("các ngành", "implement"), ("các sở, ngành", "monitor")} <= got, got


def test_heads_of_departments_put_in_charge_of_communes_are_their_departments_monitoring():
    got = roles(
        ex("Giám đốc Sở Công Thương được giao theo dõi 7 xã; Giám đốc Sở Xây dựng phụ trách các xã phía Tây.", "Huế")
    )
    assert {("Sở Công Thương", "monitor"), ("Sở Xây dựng", "monitor")} <= got, got


def test_the_rangers_units_and_the_local_authorities_they_work_with_are_bodies():
    e = ex(
        "Chi cục Kiểm lâm tỉnh đã chỉ đạo các hạt kiểm lâm phối hợp với chính quyền địa phương hướng dẫn người dân.",
        "Huế",
    )
    assert {"các hạt kiểm lâm", "chính quyền địa phương"} <= {b.name for b in e.bodies}
    assert ("các hạt kiểm lâm", "implement") in roles(e)


def test_the_council_adopting_its_resolution_at_a_session_is_no_duty():
    e = ex(
        "Nghị quyết này đã được Hội đồng nhân dân tỉnh Khóa III, Kỳ họp thứ 9 thông qua ngày 11 tháng 12 năm 2027 và "
        "có hiệu lực từ ngày thông qua.",
        "Đắk Nông",
    )
    assert not roles(e), roles(e)


@pytest.mark.parametrize(
    "sentence",
    [
        "UBND tỉnh giao nhiệm vụ cụ thể cho các sở, ngành.",
        "UBND tỉnh đã giao chỉ tiêu kế hoạch năm 2027 cho các sở, ngành.",
    ],
)
def test_the_evidence_of_a_duty_handed_as_a_whole_is_the_clause_that_hands_it(sentence):
    e = ex(sentence, "Huế")
    n = {b.key: b.name for b in e.bodies}
    got = [a.text for a in e.assignments if n[a.body] == "các sở, ngành"]
    assert got and all("giao" in t for t in got), got


@pytest.mark.parametrize("when", ["Hằng năm", "Định kỳ", "Thường xuyên"])
def test_a_body_handed_duties_after_a_colon_that_open_with_their_time_leads_them(when):
    e = ex(
        f"UBND tỉnh giao Sở Y tế: {when} chủ trì, phối hợp với các sở, ngành liên quan xây dựng kế hoạch cụ thể; "
        "tham mưu cho UBND tỉnh hướng dẫn các cơ quan, đơn vị tổ chức các hoạt động.",
        "Bắc Kạn",
    )
    got = roles(e)
    assert {("Sở Y tế", "lead"), ("Sở Y tế", "implement")} <= got, got


def test_a_council_of_the_same_level_is_named_so_not_read_as_the_provinces():
    e = ex("UBND các xã căn cứ chỉ tiêu được giao, trình HĐND cùng cấp thông qua.", "Hà Giang")
    assert ("Ủy ban nhân dân các xã", "Hội đồng nhân dân cùng cấp") in reporting_lines(e), reporting_lines(e)
    assert "Hội đồng nhân dân tỉnh" not in {b.name for b in e.bodies}
    # the text says no level and no province of it: the graph places it in none
    assert next(b for b in e.bodies if b.name == "Hội đồng nhân dân cùng cấp").province is None


@pytest.mark.parametrize("how", ["gửi hỏa tốc đến", "gửi trực tiếp về", "gửi bằng văn bản về"])
def test_a_report_sent_in_haste_or_in_writing_goes_to_the_body_it_is_sent_to(how):
    e = ex(f"UBND các huyện báo cáo kết quả, {how} Văn phòng UBND tỉnh trước 17 giờ ngày 03/5/2026.", "Đắk Nông")
    assert ("Ủy ban nhân dân các huyện", "Văn phòng Ủy ban nhân dân tỉnh") in reporting_lines(e), reporting_lines(e)


def test_a_letter_sent_to_a_body_reports_nothing():
    e = ex("Sở Y tế gửi thư chúc mừng tới Hội Liên hiệp Phụ nữ tỉnh nhân ngày 8/3.", "Đắk Nông")
    assert not reporting_lines(e)


def test_a_council_passing_its_resolutions_issues_them_and_holds_no_duty():
    e = ex("HĐND tỉnh đã thông qua 9 nghị quyết quan trọng tại kỳ họp.", "Quảng Ninh")
    assert not roles(e), roles(e)


def test_a_steering_committee_handing_a_duty_on_is_not_named_with_the_verb():
    e = ex(
        "Ban Chỉ đạo sáp nhập tỉnh giao Đảng ủy UBND tỉnh Quảng Bình chủ trì, phối hợp với các sở rà soát trụ sở.",
        "Quảng Bình",
    )
    names = {b.name for b in e.bodies}
    assert not any("giao" in n for n in names), names
    assert ("Đảng ủy Ủy ban nhân dân tỉnh", "lead") in roles(e), roles(e)


@pytest.mark.parametrize("number", ["2.1.", "3.2.1", "a)"])
def test_a_body_heading_a_subsection_leads_the_duties_bulleted_under_it(number):
    e = ex(
        f"{number} Sở Kế hoạch và Đầu tư:\n"
        "- Chủ trì, phối hợp với các sở, ngành tham mưu UBND tỉnh phân bổ vốn đầu tư công.\n"
        "- Hướng dẫn các địa phương xây dựng kế hoạch năm 2027.",
        "Hưng Yên",
    )
    got = roles(e)
    assert {("Sở Kế hoạch và Đầu tư", "lead"), ("Sở Kế hoạch và Đầu tư", "implement")} <= got, got


def test_targets_bulleted_under_a_body_heading_stay_targets_and_no_duty():
    e = ex(
        "Các sở, ngành chủ trì theo dõi các chỉ tiêu năm 2027, cụ thể:\n"
        "2.1. Sở Kế hoạch và Đầu tư:\n"
        "- Tốc độ tăng trưởng GRDP từ 7,4 - 8,4%.\n"
        "- Vốn đầu tư toàn xã hội đạt 26.500 tỷ đồng.",
        "Hưng Yên",
    )
    assert {7.4, 26500} <= {t.value for t in e.targets}, e.targets
    assert not any(name == "Sở Kế hoạch và Đầu tư" for name, _ in roles(e)), roles(e)


def test_a_drafting_group_helping_the_chair_of_a_committee_carries_its_duty():
    e = ex(
        "Tổ soạn thảo có nhiệm vụ giúp Chủ tịch UBND tỉnh nghiên cứu, xây dựng Đề án thành lập thành phố.", "Đồng Nai"
    )
    assert ("Tổ soạn thảo", "implement") in roles(e), roles(e)


def test_a_department_helping_the_chair_check_monitors():
    e = ex("Sở Y tế có trách nhiệm giúp Chủ tịch UBND tỉnh theo dõi việc thực hiện Kế hoạch này.", "Đồng Nai")
    assert ("Sở Y tế", "monitor") in roles(e), roles(e)


def test_the_emulation_board_named_in_brackets_after_its_department_is_a_body():
    e = ex(
        "Sở Y tế phối hợp với Sở Nội vụ (Ban Thi đua - Khen thưởng tỉnh) và các đơn vị liên quan thống nhất nội dung.",
        "Đồng Nai",
    )
    assert "Ban Thi đua - Khen thưởng tỉnh" in {b.name for b in e.bodies}


def test_the_member_organisations_of_the_front_are_one_collective():
    e = ex("Ban Thường trực Ủy ban MTTQ tỉnh phối hợp với các tổ chức thành viên tổ chức tốt ngày hội.", "Đồng Nai")
    assert "các tổ chức thành viên" in {b.name for b in e.bodies}


def test_a_submission_is_put_before_the_body_it_is_addressed_to_by_its_issuer():
    e = ex(
        "| ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
        "| Số: 125/TTr-UBND | Hòa Bình, ngày 12 tháng 3 năm 2027 |\n"
        "TỜ TRÌNH\nVề việc giao chỉ tiêu kế hoạch năm 2027\n"
        "Kính gửi: Hội đồng nhân dân tỉnh Hòa Bình\n"
        "Đề nghị Hội đồng nhân dân tỉnh xem xét, quyết định.",
        "Hòa Bình",
    )
    assert ("Ủy ban nhân dân tỉnh", "Hội đồng nhân dân tỉnh") in reporting_lines(e), reporting_lines(e)


def test_an_addressee_without_an_issuer_named_before_it_draws_no_line():
    e = ex("Kính gửi: Sở Tài chính\nĐề nghị Sở Tài chính xem xét, bố trí kinh phí.", "Hòa Bình")
    assert not reporting_lines(e)


@pytest.mark.parametrize("site", ["Kinhtedothi- ", "Kinhtedothi - ", "ĐTO- "])
def test_the_organs_of_a_commune_after_a_sites_dateline_and_a_venue_carry_what_they_hold(site):
    e = ex(
        f"{site}Sáng 22/2 (tức mùng 6 tháng Giêng), tại Trường Tiểu học Lưu Hoàng, Đảng ủy, HĐND, UBND, Ủy ban MTTQ "
        "xã Hòa Lâm tổ chức Lễ phát động Tết trồng cây.",
        "Hà Nội",
    )
    got = roles(e)
    assert {("Đảng ủy xã Hòa Lâm", "implement"), ("Ủy ban nhân dân xã Hòa Lâm", "implement")} <= got, got


@pytest.mark.parametrize(
    "sentence",
    [
        "Công an phường Tân Lâm xoá, gỡ bảng quảng cáo, rao vặt trái phép trên các tuyến đường.",
        "UBND phường Tân Lâm ra quân lập lại trật tự đô thị trên các tuyến phố chính.",
        "UBND phường Tân Lâm chi trả tiền bồi thường cho các hộ dân trước ngày 30/9.",
    ],
)
def test_what_a_wards_bodies_do_on_the_ground_is_their_action(sentence):
    assert any(role == "implement" for _, role in roles(ex(sentence, "Hải Phòng"))), roles(ex(sentence, "Hải Phòng"))


@pytest.mark.parametrize(
    ("sentence", "authority"),
    [
        ("Sở Tài chính hoàn thiện hồ sơ, trình cấp có thẩm quyền xem xét trước ngày 30/6.", "cấp có thẩm quyền"),
        ("Trường hợp vướng mắc, Sở Y tế báo cáo cơ quan có thẩm quyền xem xét.", "cơ quan có thẩm quyền"),
    ],
)
def test_the_competent_authority_a_matter_is_put_before_receives_it(sentence, authority):
    e = ex(sentence, "Tây Ninh")
    assert any(to == authority for _, to in reporting_lines(e)), reporting_lines(e)


def test_the_heads_of_departments_heading_lettered_items_lead_the_duties_bulleted_under_each():
    e = ex(
        "a) Giám đốc Sở Kế hoạch và Đầu tư:\n"
        "- Chủ trì, phối hợp Cục Thống kê định kỳ đánh giá tình hình thực hiện kế hoạch, báo cáo UBND tỉnh.\n"
        "b) Giám đốc Sở Tài chính:\n"
        "- Chủ trì điều hành dự toán ngân sách năm 2027.",
        "Quảng Nam",
    )
    got = roles(e)
    assert {("Sở Kế hoạch và Đầu tư", "lead"), ("Sở Tài chính", "lead")} <= got, got
    assert not any(a.text.startswith("Giám đốc") for a in e.assignments)


@pytest.mark.parametrize(
    "sentence",
    [
        "UBND tỉnh vừa có văn bản chỉ đạo các địa phương khẩn trương hoàn thành công tác nạo vét kênh mương.",
        "UBND tỉnh vừa có văn bản yêu cầu các địa phương hoàn thành công tác kê khai đất đai trước mùa mưa.",
        "UBND tỉnh đề nghị các địa phương khắc phục ngay hậu quả của đợt mưa lớn vừa qua.",
    ],
)
def test_bodies_asked_to_finish_or_repair_something_hold_that_duty(sentence):
    got = roles(ex(sentence, "Nghệ An"))
    assert ("các địa phương", "implement") in got, got


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        (
            "Theo đó, các xã, phường chưa hoàn thành việc kê khai đất công phải hoàn thành trước ngày 5/3/2027.",
            "các xã, phường",
        ),
        ("Đồng thời, các sở, ngành có tỷ lệ giải ngân thấp cần xây dựng kế hoạch khắc phục cụ thể.", "các sở, ngành"),
    ],
)
def test_the_bodies_of_a_set_singled_out_before_what_they_must_do_hold_it(sentence, body):
    got = roles(ex(sentence, "Nghệ An"))
    assert (body, "implement") in got, got


def test_those_singled_out_report_to_the_body_named_after_their_duty():
    e = ex(
        "Theo đó, các xã, phường chưa hoàn thành việc kê khai đất công phải hoàn thành trước ngày 5/3/2027 và báo "
        "cáo kết "
        "quả về Sở Tài chính trước ngày 9/3/2027.",
        "Nghệ An",
    )
    assert ("các xã, phường", "Sở Tài chính") in reporting_lines(e), reporting_lines(e)


def test_the_body_after_a_list_of_texts_it_acts_on_holds_the_duty():
    e = ex(
        "Thực hiện Chỉ thị số 31/CT-TTg ngày 18/10/2026 của Thủ tướng Chính phủ; Công văn số 166/BTC-NSNN ngày "
        "24/10/2026 của Bộ Tài chính về việc hướng dẫn đánh giá, Ủy ban nhân dân tỉnh Lai Châu xây dựng Kế hoạch "
        "phát triển kinh tế - xã hội 5 năm 2026 - 2030.",
        "Lai Châu",
    )
    assert ("Ủy ban nhân dân tỉnh", "implement") in roles(e), roles(e)
    assert ("Bộ Tài chính", "implement") not in roles(e), roles(e)


def test_a_body_after_an_opening_word_of_time_holds_what_it_did():
    e = ex("Hiện, Ban Thường vụ Tỉnh ủy đã xem xét, cho ý kiến về dự thảo văn kiện đại hội của các đảng bộ.", "Sơn La")
    assert ("Ban Thường vụ Tỉnh ủy", "implement") in roles(e), roles(e)


def test_the_people_named_with_the_bodies_a_duty_is_handed_to_leave_it_theirs():
    e = ex(
        "UBND tỉnh đã thường xuyên chỉ đạo các cấp, các ngành và nhân dân địa phương tăng cường các biện pháp phòng "
        "ngừa cháy nổ.",
        "Sơn La",
    )
    assert ("các cấp, các ngành", "implement") in roles(e), roles(e)
    assert ("Ủy ban nhân dân tỉnh", "implement") not in roles(e), roles(e)


@pytest.mark.parametrize("charged", ["có trách nhiệm", "có nhiệm vụ"])
def test_a_body_charged_with_an_action_no_list_knows_holds_it(charged):
    e = ex(f"UBND các huyện, thị xã, thành phố {charged} điều chỉnh vốn sang cho dự án khác.", "Long An")
    assert ("Ủy ban nhân dân các huyện, thị xã, thành phố", "implement") in roles(e), roles(e)


@pytest.mark.parametrize(
    "opening",
    ["Cũng tại hội nghị,", "Ngay sau hội nghị,", "Được biết,", "Nhân dịp này,", "Tính đến nay,", "Riêng năm 2026,"],
)
def test_a_body_after_an_opening_that_says_also_or_right_after_holds_what_it_did(opening):
    e = ex(f"{opening} Ủy ban MTTQ Việt Nam tỉnh đã tổ chức hội nghị hiệp thương lần thứ nhất.", "Lai Châu")
    assert ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "implement") in roles(e), roles(e)


@pytest.mark.parametrize(
    "sentence",
    [
        "UBND tỉnh đôn đốc các sở, ngành triển khai các nhiệm vụ được giao.",
        "Ngày 21-4, UBND tỉnh đã có Công văn số 188/UBND-TH đôn đốc các sở, ngành khẩn trương triển khai các nhiệm vụ.",
        "UBND tỉnh vừa có công văn đôn đốc các sở, ngành cung cấp số liệu phục vụ phân loại đơn vị hành chính.",
    ],
)
def test_the_body_that_urges_others_on_watches_over_their_duty(sentence):
    got = roles(ex(sentence, "Lâm Đồng"))
    assert {("Ủy ban nhân dân tỉnh", "monitor"), ("các sở, ngành", "implement")} <= got, got


def test_the_body_that_directs_others_holds_no_duty_of_its_own():
    got = roles(ex("UBND tỉnh chỉ đạo các sở, ngành triển khai các nhiệm vụ được giao.", "Lâm Đồng"))
    assert got == {("các sở, ngành", "implement")}, got


def test_a_body_accountable_before_the_law_and_a_body_is_accountable_to_that_body():
    e = ex("Sở Xây dựng chịu trách nhiệm trước pháp luật và UBND tỉnh về kết quả thẩm định.", "Hưng Yên")
    assert ("Sở Xây dựng", "Ủy ban nhân dân tỉnh") in reporting_lines(e), reporting_lines(e)


def test_the_bodies_a_chairman_asks_in_quotes_after_a_colon_carry_out_what_is_asked():
    """ "Chủ tịch UBND tỉnh đề nghị: “Thủ trưởng các sở, ngành, Chủ tịch UBND các huyện … chỉ đạo …”": the quote
    opening what was asked does not hide its addressees."""
    e = ex(
        "Theo đó, Chủ tịch UBND tỉnh đề nghị: “Thủ trưởng các sở, ngành, Chủ tịch UBND các huyện theo chức năng, "
        "nhiệm vụ được giao chỉ đạo triển khai nghiêm các nội dung của kế hoạch phòng, chống thiên tai.”"
    )
    assert {("các sở, ngành", "implement"), ("Ủy ban nhân dân các huyện", "implement")} <= roles(e), roles(e)


def test_a_hand_out_verb_inside_the_opening_purpose_is_no_hand_out_of_the_main_clause():
    """ "Để có cơ sở giao các phòng chuyên môn triển khai …, UBND tỉnh trình HĐND tỉnh …": "giao" is what the
    opening phrase is for; the committee after it submits to the council."""
    e = ex(
        "Để có cơ sở giao các phòng chuyên môn triển khai kế hoạch năm 2027 theo chỉ đạo của Bộ Xây dựng, UBND tỉnh "
        "trình HĐND tỉnh ban hành Nghị quyết điều chỉnh chỉ tiêu nhà ở."
    )
    assert ("Ủy ban nhân dân tỉnh", "Hội đồng nhân dân tỉnh") in reporting_lines(e), reporting_lines(e)


def test_tasks_handed_to_communes_named_at_the_end_of_a_duty_are_no_list_of_addressees():
    """ "đề nghị UBND tỉnh, các sở, ngành tăng cường kiểm tra việc thực hiện các chỉ tiêu, nhiệm vụ đã giao cho các
    xã, phường; thường xuyên …": the communes are where the tasks were handed, not addressees going on past ";"."""
    e = ex(
        "Phát biểu kết luận, đồng chí Bí thư đề nghị UBND tỉnh, các sở, ngành tăng cường kiểm tra việc thực hiện "
        "các chỉ tiêu, nhiệm vụ đã giao cho các xã, phường; thường xuyên tháo gỡ khó khăn cho cơ sở."
    )
    assert {("Ủy ban nhân dân tỉnh", "monitor"), ("các sở, ngành", "monitor")} <= roles(e), roles(e)


def test_a_deadline_opening_a_clause_without_a_comma_keeps_the_subject_carried_to_it():
    """ "… đề nghị các ngành, địa phương xây dựng kế hoạch chi tiết. Trong đó, trong tháng 3 phải hoàn thành
    chương trình công tác gửi về Văn phòng UBND tỉnh": the same bodies finish it and send it to the office."""
    e = ex(
        "UBND tỉnh đề nghị các ngành, địa phương xây dựng kế hoạch điều hành năm 2027. Trong đó, trong tháng 3 phải "
        "hoàn thành chương trình công tác cụ thể gửi về Văn phòng UBND tỉnh để tổng hợp."
    )
    assert ("các ngành, địa phương", "Văn phòng Ủy ban nhân dân tỉnh") in reporting_lines(e), reporting_lines(e)


def test_bodies_asked_to_act_within_what_is_in_their_charge_carry_out_the_duty():
    """ "yêu cầu các đơn vị, địa phương căn cứ chức năng, nhiệm vụ và địa bàn được giao phụ trách, quản lý thực
    hiện nghiêm …": the words on their charge stand between the bodies and what they are to do."""
    e = ex(
        "UBND tỉnh yêu cầu các sở, ngành căn cứ chức năng, nhiệm vụ và lĩnh vực được giao phụ trách, quản lý thực "
        "hiện nghiêm các kết luận của Chủ tịch UBND tỉnh."
    )
    assert ("các sở, ngành", "implement") in roles(e), roles(e)


def test_the_committees_standing_members_receive_reports_and_decide_what_is_reported():
    """ "UBND các xã kịp thời báo cáo Thường trực UBND huyện xem xét, chỉ đạo": the standing members of the
    district committee are a body, the communes report to them, and "chỉ đạo" is theirs, no duty of the communes."""
    e = ex(
        "Trong quá trình thực hiện, nếu có vướng mắc, UBND các xã kịp thời báo cáo Thường trực UBND huyện xem "
        "xét, chỉ đạo."
    )
    assert reporting_lines(e) == {("Ủy ban nhân dân các xã", "Thường trực Ủy ban nhân dân huyện")}, reporting_lines(e)
    assert not e.assignments or all(a.role == "report" for a in e.assignments), roles(e)


def test_a_long_aside_on_the_body_handed_the_duty_does_not_hide_the_duty():
    e = ex(
        "Giao Trung tâm Y tế huyện (cơ quan thường trực của Ban Chỉ đạo công tác dân số và phát triển huyện) chủ trì, "
        "phối hợp các đơn vị liên quan triển khai Kế hoạch."
    )
    assert ("Trung tâm Y tế huyện", "lead") in roles(e), roles(e)


def test_the_committees_of_places_listed_after_their_level_without_a_colon_each_carry_the_duty():
    e = ex("Giao UBND các xã Tân Phú, Tân Lập và Phú Lý rà soát hộ nghèo trước ngày 30/6.", "Đồng Nai")
    assert {
        ("Ủy ban nhân dân xã Tân Phú", "implement"),
        ("Ủy ban nhân dân xã Tân Lập", "implement"),
        ("Ủy ban nhân dân xã Phú Lý", "implement"),
    } == roles(e), roles(e)


def test_bodies_directed_on_a_matter_carry_it_and_the_vertical_agencies_are_one_set():
    """ "có văn bản chỉ đạo các sở, ban, ngành, các cơ quan ngành dọc, UBND các xã về kịch bản tăng trưởng …": each
    set named is directed on the matter; "các cơ quan ngành dọc" is one set."""
    e = ex(
        "UBND tỉnh có văn bản chỉ đạo các sở, ban, ngành, các cơ quan ngành dọc, UBND các xã về kịch bản tăng trưởng "
        "năm 2027."
    )
    assert {
        ("các sở, ban, ngành", "implement"),
        ("các cơ quan ngành dọc", "implement"),
        ("Ủy ban nhân dân các xã", "implement"),
    } <= roles(e), roles(e)


def test_a_communes_committee_and_authorities_asked_without_cac_carry_what_is_asked():
    e = ex("Bí thư Đảng ủy phường yêu cầu cấp ủy, chính quyền, MTTQ và các đoàn thể khắc phục hạn chế trong năm 2027.")
    assert {("cấp ủy, chính quyền", "implement"), ("các đoàn thể", "implement")} <= roles(e), roles(e)


def test_offices_that_jointly_monitor_monitor_and_the_city_councils_office_is_named_by_tp():
    """ "Văn phòng Thành ủy, Văn phòng HĐND TP, Văn phòng UBND TP phối hợp theo dõi, đôn đốc": no partner is named
    after "phối hợp", the three offices watch over it together."""
    e = ex("Văn phòng Thành ủy, Văn phòng HĐND TP, Văn phòng UBND TP phối hợp theo dõi, đôn đốc việc thực hiện.", "Huế")
    assert roles(e) == {
        ("Văn phòng Thành ủy", "monitor"),
        ("Văn phòng Hội đồng nhân dân thành phố", "monitor"),
        ("Văn phòng Ủy ban nhân dân thành phố", "monitor"),
    }, roles(e)


def test_the_cooperative_alliance_named_without_its_province_is_a_partner():
    e = ex("Sở Tài chính phối hợp với Liên minh Hợp tác xã đôn đốc các hợp tác xã thực hiện kế hoạch.")
    assert ("Liên minh Hợp tác xã", "coordinate") in {
        (p, "coordinate") for a in e.assignments for p in [b.name for b in e.bodies if b.key in a.partners]
    }, [(a.role, a.partners) for a in e.assignments]


def test_the_tasks_a_committee_sets_itself_are_its_duties():
    e = ex(
        "Theo đó, Huyện ủy xác định tiếp tục tăng cường công tác xây dựng Đảng; tập trung lãnh đạo tổ chức thành "
        "công đại hội đảng bộ các xã."
    )
    got = [(a.role, a.text[:30]) for a in e.assignments]
    assert len(got) == 2 and all(r == "implement" for r, _ in got), got


def test_a_goal_a_committee_sets_is_still_no_duty():
    e = ex("Huyện ủy xác định mục tiêu đến năm 2030 có 100% xã đạt chuẩn nông thôn mới.")
    assert not e.assignments, [(a.role, a.text) for a in e.assignments]


def test_most_of_a_set_that_acted_and_a_bare_grassroots_committee_asked_are_sets_that_act():
    e = ex(
        "Hầu hết cấp ủy cơ sở ban hành kế hoạch kiểm tra, giám sát năm 2026. Ban Thường vụ Đảng ủy Khối chỉ đạo "
        "đảng ủy cơ sở thực hiện ít nhất 02 cuộc kiểm tra."
    )
    assert {("cấp ủy cơ sở", "implement"), ("đảng ủy cơ sở", "monitor")} <= roles(e), roles(e)


def test_project_management_boards_asked_with_other_sets_are_one_set_and_the_list_goes_on():
    e = ex("UBND tỉnh yêu cầu các cấp, các ngành, các ban quản lý dự án và các địa phương đẩy nhanh giải ngân.")
    assert {("các ban quản lý dự án", "implement"), ("các địa phương", "implement")} <= roles(e), roles(e)


def test_a_condition_opening_with_neu_before_reporting_keeps_the_subject_carried_to_it():
    e = ex(
        "UBND tỉnh yêu cầu các đơn vị bố trí trực lễ; nếu có những vấn đề nổi cộm, đột xuất thuộc ngành, lĩnh vực, "
        "địa bàn quản lý, kịp thời báo cáo UBND tỉnh để xem xét, chỉ đạo."
    )
    assert ("các đơn vị", "Ủy ban nhân dân tỉnh") in reporting_lines(e), reporting_lines(e)


def test_addressees_acting_on_what_the_decision_gives_them_carry_out_the_duty():
    """ "… và các đơn vị liên quan căn cứ chỉ tiêu, nhiệm vụ được giao tại Quyết định này có trách nhiệm …": the
    words on what the decision gives them (a comma inside, none after) stand between the addressees and their duty."""
    e = ex(
        "Điều 2. Giám đốc các sở, ban, ngành; Chủ tịch UBND các huyện, thành phố và các đơn vị liên quan căn cứ mục "
        "tiêu, nhiệm vụ được giao tại Quyết định này có trách nhiệm tổ chức thực hiện bảo đảm tiến độ."
    )
    assert ("các sở, ban, ngành", "implement") in roles(e), roles(e)
    assert ("Ủy ban nhân dân các huyện, thành phố", "implement") in roles(e), roles(e)
    assert ("các đơn vị liên quan", "implement") in roles(e), roles(e)


def test_the_bodies_whose_heads_are_handed_a_duty_after_a_colon_carry_it():
    """ "Giao Giám đốc: Sở A, Sở B, Đài C phối hợp …": the heads named once, their bodies listed after the colon."""
    e = ex(
        "Giao Giám đốc: Sở Văn hóa, Thể thao và Du lịch, Sở Y tế, Đài Phát thanh - Truyền hình Sóc Trăng phối hợp "
        "tuyên truyền cuộc vận động."
    )
    assert {b for b, _ in roles(e)} == {
        "Sở Văn hóa, Thể thao và Du lịch",
        "Sở Y tế",
        "Đài Phát thanh - Truyền hình Sóc Trăng",
    }, roles(e)


def test_the_partners_listed_under_a_head_after_a_colon_coordinate():
    """ "Sở Xây dựng chủ trì, phối hợp các Sở: Kế hoạch và Đầu tư, Tài nguyên và Môi trường rà soát …": the
    departments listed after the colon are the partners."""
    e = ex("Sở Xây dựng chủ trì, phối hợp các Sở: Kế hoạch và Đầu tư, Tài nguyên và Môi trường rà soát quy hoạch.")
    n = {b.key: b.name for b in e.bodies}
    partners = {n[p] for a in e.assignments for p in a.partners}
    assert partners == {"Sở Kế hoạch và Đầu tư", "Sở Tài nguyên và Môi trường"}, partners


def test_the_one_body_singled_out_by_rieng_holds_its_duty():
    e = ex("Riêng UBND huyện Mường Lát khẩn trương hoàn thiện việc lập quy hoạch sử dụng đất.", "Thanh Hóa")
    assert roles(e) == {("Ủy ban nhân dân huyện Mường Lát", "implement")}, roles(e)
