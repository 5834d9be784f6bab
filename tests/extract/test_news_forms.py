"""How news reports write bodies and duties that plans write otherwise (issue 13, eleventh session): departments
abbreviated with dashes, a task's lead named after "do", a working group's duties. Every sentence is made up."""

from __future__ import annotations

import pytest

from phancong.extract.bodies import find_bodies
from tests.extract.reading import ex, reporting_lines, roles


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Sở KH-ĐT chủ trì", "Sở Kế hoạch và Đầu tư"),
        ("Sở VH-TT hướng dẫn", "Sở Văn hóa và Thể thao"),
        ("Sở TN-MT kiểm tra", "Sở Tài nguyên và Môi trường"),
        ("Sở GD-ĐT tổ chức", "Sở Giáo dục và Đào tạo"),
        ("Sở LĐ-TB-XH phối hợp", "Sở Lao động - Thương binh và Xã hội"),
        ("Sở NN-PTNT rà soát", "Sở Nông nghiệp và Phát triển nông thôn"),
        ("Sở QH-KT thẩm định", "Sở Quy hoạch - Kiến trúc"),
    ],
)
def test_a_department_abbreviated_with_a_dash_for_and_is_the_department(written, name):
    assert name in [b.name for b in find_bodies(written)]


def test_the_leads_a_list_of_parts_names_after_do_each_lead_its_part():
    e = ex(
        "Sở Tư pháp xây dựng ba đề án thành phần, gồm: Cải cách thủ tục do Sở Tư pháp chủ trì, Chuyển đổi số do Sở "
        "KH-CN chủ trì, Đào tạo nguồn nhân lực do Trường Đại học Đồng Tháp chủ trì và Hạ tầng số do Sở TT-TT chủ trì.",
        "Đồng Tháp",
    )
    got = roles(e)
    for name in ("Sở Khoa học và Công nghệ", "Sở Thông tin và Truyền thông"):
        assert (name, "lead") in got, got


def test_a_department_heading_a_scheme_leads_it_with_its_partners_coordinating():
    e = ex("Sở Y tế làm chủ nhiệm đề án, phối hợp với các sở, ngành liên quan xây dựng các đề án nhánh.", "Cà Mau")
    assert roles(e) == {("Sở Y tế", "lead")}
    n = {b.key: b.name for b in e.bodies}
    assert [n[p] for p in e.assignments[0].partners] == ["các sở, ngành liên quan"]
    assert e.assignments[0].status == "assigned"


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Từng sở, ngành xây dựng kế hoạch cụ thể để thực hiện.", "các sở, ngành"),
        ("Yêu cầu từng cơ quan, đơn vị rà soát lại các thủ tục hành chính.", "các cơ quan, đơn vị"),
    ],
)
def test_each_of_a_set_written_tung_is_the_collective_that_acts(sentence, name):
    assert (name, "implement") in {(body.lower(), role) for body, role in roles(ex(sentence, "Cà Mau"))}


@pytest.mark.parametrize(
    "sentence",
    [
        "UBND tỉnh đã giao nhiệm vụ cụ thể cho các sở, ban, ngành.",
        "Kế hoạch phân công cụ thể cho các sở, ban, ngành nhằm thực hiện thắng lợi Nghị quyết.",
        "Chủ tịch UBND tỉnh giao trách nhiệm cho các sở, ban, ngành.",
    ],
)
def test_the_bodies_a_duty_is_given_to_after_cho_carry_it_though_the_sentence_names_it_no_further(sentence):
    assert ("các sở, ban, ngành", "implement") in roles(ex(sentence, "Cà Mau"))


def test_quotas_given_to_bodies_that_only_hold_them_are_still_no_action_of_theirs():
    got = roles(ex("Tỉnh ủy giao chỉ tiêu cho các chi bộ phù hợp với tình hình thực tế.", "Cà Mau"))
    assert ("các chi bộ", "implement") not in got


def test_every_level_and_sector_written_tung_is_the_one_actor_cac_cap_cac_nganh():
    got = roles(ex("Từng cấp, từng ngành, địa phương phải thực hiện quyết liệt các giải pháp đột phá.", "Cà Mau"))
    assert got == {("Các cấp, các ngành, địa phương", "implement")}


def test_texts_said_to_give_duties_to_bodies_hand_them_no_duty_of_their_own():
    got = roles(ex("Hội nghị đã thông qua quy chế làm việc và các văn bản giao nhiệm vụ cho các cơ quan, đơn vị."))
    assert ("các cơ quan, đơn vị", "implement") not in got


def test_the_sectors_and_the_localities_written_each_with_cac_are_one_actor():
    got = roles(ex("Đề nghị các ngành, các địa phương tập trung triển khai các giải pháp.", "Cà Mau"))
    assert got == {("các ngành, các địa phương", "implement")}


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Yêu cầu các sở, ngành chuyên môn rà soát hồ sơ.", "các sở, ngành chuyên môn"),
        ("UBND huyện giao các phòng, ban chuyên môn hướng dẫn các xã.", "các phòng, ban chuyên môn"),
        ("Đề nghị các sở, ngành, ban quản lý tổ chức tuyên truyền.", "các sở, ngành, ban quản lý"),
        (
            "Các phòng chuyên môn thuộc UBND huyện tham mưu thực hiện.",
            "Các phòng chuyên môn thuộc Ủy ban nhân dân huyện",
        ),
    ],
)
def test_a_set_of_offices_named_by_their_kind_is_one_collective_actor(sentence, name):
    assert (name, "implement") in roles(ex(sentence, "Cà Mau"))


def test_prevention_written_phong_chong_is_no_office():
    assert not [b for b in ex("Các sở, ngành tăng cường phòng, chống dịch bệnh.", "Cà Mau").bodies if "phòng" in b.name]


def test_an_article_going_on_without_its_subject_keeps_it_for_guiding_those_it_urges_on_and_for_reporting():
    e = ex(
        "Điều 2. Các sở, ngành, UBND các huyện xây dựng kế hoạch chi tiết cho năm 2026. Đồng thời, tổ chức hướng "
        "dẫn, kiểm tra và đôn đốc các đơn vị thực hiện; hàng tháng báo cáo kết quả về Sở Tài chính.",
        "Cà Mau",
    )
    got = roles(e)
    assert {("Các sở, ngành", "monitor"), ("Ủy ban nhân dân các huyện", "monitor")} <= got, got
    assert {("Các sở, ngành", "Sở Tài chính"), ("Ủy ban nhân dân các huyện", "Sở Tài chính")} <= reporting_lines(e)


def test_the_last_of_the_bodies_a_report_goes_to_is_no_subject_of_what_follows():
    e = ex("Sở Y tế hằng quý báo cáo kết quả về Văn phòng UBND tỉnh, Sở Tài chính để tổng hợp.", "Cà Mau")
    assert ("Sở Tài chính", "implement") not in roles(e)


def test_stepping_up_guidance_checks_and_supervision_is_monitoring():
    got = roles(
        ex("Đề nghị các sở, ngành tăng cường công tác hướng dẫn, kiểm tra, giám sát các địa phương.", "Gia Lai")
    )
    assert ("các sở, ngành", "monitor") in got


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Tổ công tác rà soát các dự án chậm tiến độ.", "Tổ công tác"),
        ("Tổ Điều phối tổng hợp ý kiến của các xã.", "Tổ Điều phối"),
        # (numbered or not, named with the organ that sends it, as the dev sets' annotators name it)
        ("Đoàn công tác của HĐND tỉnh giám sát tại huyện.", "Đoàn công tác của Hội đồng nhân dân tỉnh"),
        (
            "Đoàn giám sát số 12 của Ban Thường vụ Tỉnh ủy làm việc với Đảng ủy xã.",
            "Đoàn giám sát số 12 của Ban Thường vụ Tỉnh ủy",
        ),
        ("Đoàn kiểm tra, giám sát của Tỉnh ủy công bố quyết định.", "Đoàn kiểm tra, giám sát của Tỉnh ủy"),
        ("Trung tâm Thông tin - Công báo đăng tải văn bản.", "Trung tâm Thông tin - Công báo"),
        ("Cổng thông tin điện tử tỉnh đăng tải kế hoạch.", "Cổng thông tin điện tử tỉnh"),
        ("Viện Nghiên cứu phát triển thành phố chủ trì đề án.", "Viện Nghiên cứu phát triển thành phố"),
    ],
)
def test_working_groups_delegations_and_the_provinces_own_centres_are_bodies(written, name):
    assert name in [b.name for b in find_bodies(written)]


def test_a_delegation_named_with_its_council_is_the_councils_delegation_and_the_council_does_not_supervise():
    got = roles(ex("Đoàn công tác HĐND tỉnh giám sát kết quả 6 tháng đầu năm tại Sở Y tế.", "Cà Mau"))
    assert got == {("Đoàn công tác Hội đồng nhân dân tỉnh", "monitor")}, got


def targets(text: str) -> list[tuple]:
    return [(x.value, x.unit, x.deadline_year) for x in ex(text, "Cà Mau").targets if x.parent is None]


@pytest.mark.parametrize(
    "sentence",
    [
        "Năm 2026, tỉnh còn 18 chỉ tiêu chủ yếu cần thực hiện trong 6 tháng cuối năm.",
        "Phong trào phát động từ mùng 5 tháng Giêng năm 2026, phấn đấu trồng mới cây xanh.",
    ],
)
def test_half_a_year_and_a_lunar_date_are_no_target(sentence):
    assert targets(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "CMO.VN - Sáng 12-3-2026, UBND tỉnh tổ chức hội nghị trực tuyến với các xã.",
        "Đối với 40 xã còn lại, UBND tỉnh vận động các doanh nghiệp hỗ trợ kinh phí sửa chữa nhà ở.",
    ],
)
def test_a_sites_name_or_what_the_action_is_for_before_the_subject_leaves_it_the_subject(sentence):
    assert roles(ex(sentence, "Cà Mau")) == {("Ủy ban nhân dân tỉnh", "implement")}


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("UBND tỉnh yêu cầu sở ngành, địa phương bám sát tình hình thực tế.", "sở ngành, địa phương"),
        ("Thủ tướng yêu cầu địa phương sớm xây dựng đề án phát triển du lịch.", "địa phương"),
        ("Ban Thường vụ giao cho ngành chức năng nghiên cứu, tham mưu.", "ngành chức năng"),
    ],
)
def test_bodies_asked_to_act_named_without_cac_are_the_collective_that_acts(sentence, name):
    assert (name, "implement") in roles(ex(sentence, "Cà Mau"))


def test_a_locality_named_as_a_place_is_no_body():
    assert ex("Sản phẩm của địa phương được tiêu thụ tốt tại các chợ.", "Cà Mau").bodies == []


def test_a_congress_that_acts_is_still_a_body():
    e = ex("Đại hội đại biểu Đảng bộ tỉnh lần thứ I đã thông qua Nghị quyết Đại hội với 18 chỉ tiêu.", "Cà Mau")
    assert [b.type for b in e.bodies] == ["party-congress"]


def test_billions_written_without_dong_are_billions_of_dong():
    assert targets("Năm 2026, tỉnh phấn đấu tổng thu ngân sách đạt 9.400 tỉ, tăng 8% so với năm trước.") == [
        (9400.0, "tỉ đồng", 2026),
        (8.0, "percent", 2026),
    ]


@pytest.mark.parametrize("dateline", ["(BCM).- ", "(BCM) ", "(Baocamau.vn) "])
def test_a_dateline_with_a_stop_after_the_sites_bracket_or_no_dash_is_read_past(dateline):
    got = roles(
        ex(f"{dateline}Tối 17-1-2026, Tỉnh ủy, UBND tỉnh tổ chức mít tinh kỷ niệm ngày thành lập tỉnh.", "Cà Mau")
    )
    assert got == {("Tỉnh ủy", "implement"), ("Ủy ban nhân dân tỉnh", "implement")}, got


def test_quotas_handed_out_at_a_conference_with_a_comma_in_their_name_go_to_the_bodies_after_cho():
    got = roles(
        ex(
            "Chủ tịch UBND tỉnh Nguyễn Văn An vừa chủ trì hội nghị giao chỉ tiêu kế hoạch và dự toán thu, chi "
            "ngân sách năm 2026 cho các sở, ngành, địa phương.",
            "Cà Mau",
        )
    )
    assert ("các sở, ngành, địa phương", "implement") in got, got


def test_a_committee_that_has_its_monthly_meeting_acts():
    got = roles(
        ex("Ngày 20-10, UBND tỉnh có cuộc họp thường kỳ tháng 9 để đánh giá tình hình kinh tế - xã hội.", "Cà Mau")
    )
    assert got == {("Ủy ban nhân dân tỉnh", "implement")}


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("Đến năm 2030, tỉnh có ít nhất 3 huyện/thành phố đạt chuẩn nông thôn mới.", "huyện/thành phố"),
        ("Đến năm 2026, có 120 xã, phường, thị trấn đạt chuẩn quốc gia về y tế.", "xã, phường, thị trấn"),
    ],
)
def test_localities_counted_together_keep_their_joint_unit(sentence, unit):
    assert [u for _, u, _ in targets(sentence)] == [unit]


def test_localities_counted_together_are_localities_in_the_graph():
    from phancong.vocab import unit_concept

    assert unit_concept("xã, phường, thị trấn") == unit_concept("huyện/thành phố") == "locality"


def test_a_count_broken_down_in_brackets_ends_before_the_bracket():
    e = ex("Toàn tỉnh có 96 xã, phường, thị trấn (80 xã, 12 phường, 04 thị trấn).", "Cà Mau")
    first = next(x for x in e.statistics if x.value == 96)
    assert first.text.endswith("thị trấn") and first.unit == "xã, phường, thị trấn"
    assert next(x for x in e.statistics if x.value == 80).text == "80 xã"


@pytest.mark.parametrize(
    "sentence",
    [
        "Các sở, ngành rà soát, kiểm tra các công trình hồ chứa trước mùa mưa bão.",
        "Các sở, ngành tăng cường công tác quản lý, hướng dẫn, kiểm tra, giám sát hoạt động quảng cáo.",
    ],
)
def test_checking_among_the_first_verbs_of_a_duty_is_monitoring(sentence):
    assert roles(ex(sentence, "Cà Mau")) == {("Các sở, ngành", "monitor")}


def partners(e) -> set[tuple[str, str]]:
    n = {b.key: b.name for b in e.bodies}
    return {(n[a.body], n[p]) for a in e.assignments for p in a.partners}


@pytest.mark.parametrize(
    ("sentence", "subject", "role", "partner"),
    [
        (
            "Sở Kế hoạch và Đầu tư phối hợp Cục Thống kê theo dõi, đôn đốc việc thực hiện kế hoạch.",
            "Sở Kế hoạch và Đầu tư",
            "monitor",
            "Cục Thống kê",
        ),
        (
            "Sở Công Thương phối hợp kịp thời, chặt chẽ với Sở Tài chính tháo gỡ vướng mắc cho doanh nghiệp.",
            "Sở Công Thương",
            "implement",
            "Sở Tài chính",
        ),
        (
            "Trung tâm Dịch vụ việc làm tỉnh kết hợp với Sở Nội vụ tổ chức các phiên giao dịch việc làm.",
            "Trung tâm Dịch vụ việc làm tỉnh",
            "implement",
            "Sở Nội vụ",
        ),
    ],
)
def test_partners_named_after_phoi_hop_with_adverbs_or_ket_hop_voi_coordinate(sentence, subject, role, partner):
    e = ex(sentence, "Cà Mau")
    assert roles(e) == {(subject, role)}
    assert partners(e) == {(subject, partner)}


def test_an_estimate_striven_for_by_a_year_ahead_is_a_target():
    assert targets("Tỉnh phấn đấu đến năm 2030 tổng thu ngân sách ước đạt 57.000 tỷ đồng.") == [
        (57000.0, "tỷ đồng", 2030)
    ]


def test_an_estimate_of_this_year_stays_a_result():
    assert targets("Năm 2025, tổng thu ngân sách ước đạt 12.000 tỷ đồng, vượt dự toán.") == []


@pytest.mark.parametrize(
    ("sentence", "council"),
    [
        ("Kế hoạch thực hiện theo Nghị quyết của Tỉnh ủy và HĐND để bảo đảm tiến độ.", "Hội đồng nhân dân tỉnh"),
        ("Mục tiêu này Thành ủy, HĐND, UBND thành phố đã thống nhất từ đầu năm.", "Hội đồng nhân dân thành phố"),
    ],
)
def test_a_council_named_short_beside_the_provinces_party_committee_is_the_provinces_council(sentence, council):
    assert council in [b.name for b in find_bodies(sentence)]


def test_the_members_listed_after_cac_don_vi_gom_are_the_subject():
    e = ex("Các đơn vị gồm: Sở Y tế, Báo Cà Mau phối hợp với Công an tỉnh phát động đợt tuyên truyền.", "Cà Mau")
    assert {("Sở Y tế", "implement"), ("Báo Cà Mau", "implement")} <= roles(e)
    assert ("Sở Y tế", "Công an tỉnh") in partners(e)


def test_a_group_that_helps_a_committee_follow_and_check_monitors():
    got = roles(ex("Tổ công tác giúp UBND tỉnh theo dõi, đôn đốc, kiểm tra việc tháo gỡ vướng mắc.", "Cà Mau"))
    assert ("Tổ công tác", "monitor") in got, got


def test_the_head_of_every_department_addressed_as_giam_doc_so_is_the_departments():
    e = ex("Điều 3. Giám đốc Sở, Thủ trưởng các cơ quan thuộc UBND tỉnh căn cứ Quyết định thi hành./.", "Cà Mau")
    assert ("các Sở", "implement") in roles(e)


def test_the_front_named_short_beside_the_provinces_party_committee_stays_the_provinces_front():
    names = [b.name for b in find_bodies("Thực hiện Nghị quyết của Tỉnh ủy, HĐND, MTTQ về giảm nghèo bền vững.")]
    assert "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh" in names, names


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # the province in apposition after the body, as national news names a commune's or a district's body
        ("UBND xã Tân Phú, tỉnh Đồng Nai đã tổ chức hội nghị tổng kết công tác năm.", "Ủy ban nhân dân xã Tân Phú"),
        (
            "Công an huyện Krông Pắc, tỉnh Đắk Lắk vừa triển khai đợt cao điểm trấn áp tội phạm.",
            "Công an huyện Krông Pắc",
        ),
        # a council's abbreviation before a dash is a body, not a news site's dateline ("ĐTO - …")
        (
            "Chiều 25-12, HĐND - UBND phường An Khánh, TPHCM tổ chức hội nghị tổng kết.",
            "Hội đồng nhân dân phường An Khánh",
        ),
        # its forces and its officers and soldiers stand for the body
        ("Lực lượng Công an tỉnh đã triển khai cao điểm tấn công tội phạm.", "Công an tỉnh"),
        (
            "Cán bộ, chiến sĩ Bộ Chỉ huy Quân sự tỉnh đã tổ chức giúp dân khắc phục hậu quả bão.",
            "Bộ Chỉ huy Quân sự tỉnh",
        ),
    ],
)
def test_a_body_news_names_with_its_province_its_forces_or_its_twin_council_did_what_is_reported(sentence, expected):
    assert (expected, "implement") in roles(ex(sentence, "Đắk Lắk")), roles(ex(sentence, "Đắk Lắk"))


def test_a_committee_that_awards_merit_certificates_did_so():
    """ "Huyện ủy Mường Khương tặng Giấy khen cho 5 tập thể": awarding is an act reported, like "trao"."""
    e = ex("Dịp này, Huyện ủy Mường Khương tặng Giấy khen cho 5 tập thể và 9 cá nhân có thành tích xuất sắc.")
    assert ("Huyện ủy Mường Khương", "implement") in roles(e), roles(e)


def test_the_bodies_handed_the_tasks_named_after_them_carry_them():
    """ "Giao các sở, ban, ngành, UBND các huyện các nhiệm vụ, giải pháp …": the tasks named after the bodies."""
    e = ex("Giao các sở, ban, ngành, UBND các huyện, thành phố các nhiệm vụ, giải pháp thực hiện kịch bản tăng trưởng.")
    assert roles(e) == {
        ("các sở, ban, ngành", "implement"),
        ("Ủy ban nhân dân các huyện, thành phố", "implement"),
    }, roles(e)


def test_duties_listed_as_first_second_third_are_each_read():
    """ "… các giải pháp: Thứ nhất, Sở X rà soát …. Thứ hai, Sở Y bố trí …" and "… các nhiệm vụ sau: Một là, …. Hai
    là, …": each item counted in words is a duty, its body named or carried from the sentence that asks."""
    e = ex(
        "Để thực hiện mục tiêu, UBND tỉnh đề ra các giải pháp: Thứ nhất, Sở Kế hoạch và Đầu tư rà soát danh mục dự "
        "án. Thứ hai, Sở Tài chính bố trí vốn đối ứng."
    )
    assert roles(e) == {("Sở Kế hoạch và Đầu tư", "implement"), ("Sở Tài chính", "implement")}, roles(e)
    e = ex(
        "Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy, tổ chức đảng thực hiện tốt các nhiệm vụ sau: Một là, tăng cường "
        "tuyên truyền. Hai là, nâng cao chất lượng sinh hoạt chi bộ."
    )
    texts = [a.text for a in e.assignments]
    assert any(t.startswith("nâng cao chất lượng sinh hoạt chi bộ") for t in texts), texts


def test_a_sentence_opening_with_the_verb_that_asks_names_the_set_asked():
    assert roles(ex("Yêu cầu các huyện đẩy nhanh giải phóng mặt bằng.")) == {("các huyện", "implement")}


@pytest.mark.parametrize(
    "sentence, body",
    [
        (
            "Bà Hoa đề nghị, bước vào nhiệm kỳ 2025 - 2030, MTTQ Việt Nam tỉnh phải tiếp tục củng cố khối đại đoàn "
            "kết.",
            "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
        ),
        ("Đồng chí nhấn mạnh, thời gian tới, Sở Y tế cần tập trung chỉ đạo phòng dịch.", "Sở Y tế"),
    ],
)
def test_a_speaker_asks_after_a_comma_and_a_time_the_body_named_next(sentence, body):
    """ "X đề nghị, bước vào nhiệm kỳ mới, <body> phải …": what the speaker asks opens after the time phrase."""
    assert (body, "implement") in roles(ex(sentence, "Tuyên Quang")), roles(ex(sentence, "Tuyên Quang"))


@pytest.mark.parametrize(
    "sentence, body",
    [
        # a second opening in lower case after the first: "Trước đó, sáng cùng ngày (5/10), …"
        (
            "Trước đó, sáng cùng ngày (5/10), Công an tỉnh tổ chức hội nghị triển khai kế hoạch cao điểm.",
            "Công an tỉnh",
        ),
        # a timeline's date and colon before the body
        ("- Ngày 29/4/2026: Sở Nội vụ hoàn thiện hồ sơ Đề án, gửi Bộ Nội vụ xem xét.", "Sở Nội vụ"),
    ],
)
def test_a_body_after_a_time_said_twice_or_a_timelines_date_did_what_is_reported(sentence, body):
    assert (body, "implement") in roles(ex(sentence, "Ninh Bình")), roles(ex(sentence, "Ninh Bình"))
