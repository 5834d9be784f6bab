"""Duties and bodies as news about other provinces writes them (issue 13, session 19).

Every sentence here is made up for the test."""

from __future__ import annotations

from tests.extract.reading import ex, roles, statuses


def _duties(e) -> list[tuple[str, str, str]]:
    n = {b.key: b.name for b in e.bodies}
    return [(n[a.body], a.role, a.text) for a in e.assignments]


def test_the_paragraphs_after_a_handed_duty_name_more_duties_of_the_same_department():
    """ "Phó Chủ tịch UBND tỉnh giao Sở Xây dựng quán triệt …." then "Trong đó, tập trung …; khẩn trương …" and
    "Thường xuyên cập nhật …": the paragraphs that go on without a subject are the department's duties too."""
    e = ex(
        "Theo đó, Phó Chủ tịch UBND tỉnh giao Sở Xây dựng quán triệt, triển khai thực hiện Chỉ thị số 12/CT-BXD của "
        "Bộ Xây dựng về nhà ở xã hội.\n\n"
        "Trong đó, tập trung rà soát quỹ đất dành cho nhà ở xã hội; khẩn trương hoàn thiện quy chế lựa chọn chủ đầu "
        "tư.\n\n"
        "Thường xuyên cập nhật hướng dẫn của Bộ Xây dựng để tham mưu UBND tỉnh đẩy mạnh thực hiện chương trình.\n\n"
        "Toàn tỉnh hiện có 12 dự án nhà ở xã hội đang triển khai."
    )
    got = _duties(e)
    assert {b for b, _r, _t in got} == {"Sở Xây dựng"}
    texts = " | ".join(t for _b, _r, t in got)
    for duty in ("rà soát quỹ đất", "hoàn thiện quy chế", "Thường xuyên cập nhật"):
        assert duty in texts
    assert "12 dự án" not in texts  # a statement of fact names no duty (and opens with no duty verb)


def test_a_department_acting_of_its_own_does_not_carry_its_duties_to_the_next_paragraph():
    """ "Sở Xây dựng đã rà soát …" states the department's own act; a next paragraph without a subject is not
    read as the department's (nothing was handed to it)."""
    e = ex(
        "Năm 2027, Sở Xây dựng đã rà soát quỹ đất dành cho nhà ở xã hội.\n\n"
        "Trong đó, tập trung vào các khu công nghiệp lớn của tỉnh."
    )
    assert [t for _b, _r, t in _duties(e) if "khu công nghiệp" in t] == []


def test_a_speakers_words_after_a_handed_duty_are_not_the_departments_duty():
    """ "… giao Sở Tài chính …." then a quotation closed and its speaker: the speaker's words, no duty."""
    e = ex(
        "Chủ tịch UBND tỉnh giao Sở Tài chính rà soát nguồn vốn đầu tư công.\n\n"
        "Phải ưu tiên các công trình trọng điểm”, Chủ tịch UBND tỉnh nhấn mạnh."
    )
    assert [t for _b, _r, t in _duties(e) if "ưu tiên" in t] == []


def _bodies(text: str) -> list[str]:
    return [b.name for b in ex(text).bodies]


def test_the_front_of_the_province_named_in_short_supervises_with_its_partners():
    """ "Mặt trận tỉnh phối hợp với Sở Tư pháp, Đoàn Luật sư tỉnh giám sát …": the Front committee of the
    province monitors; the department and the bar coordinate."""
    e = ex("Năm 2027, Mặt trận tỉnh phối hợp với Sở Tư pháp, Đoàn Luật sư tỉnh giám sát việc giải quyết khiếu nại.")
    n = {b.key: b.name for b in e.bodies}
    [a] = e.assignments
    assert (n[a.body], a.role) == ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "monitor")
    assert [n[p] for p in a.partners] == ["Sở Tư pháp", "Đoàn Luật sư tỉnh"]


def test_the_inspectorate_under_its_old_name_and_the_youth_unions_organs_are_bodies():
    assert _bodies("Thanh tra Nhà nước tỉnh chủ trì rà soát các vụ việc tồn đọng.") == ["Thanh tra Nhà nước tỉnh"]
    assert _bodies("Ủy ban Kiểm tra Tỉnh đoàn tổ chức kiểm tra 5 cơ sở đoàn.") == ["Ủy ban Kiểm tra Tỉnh đoàn"]
    assert _bodies("Ban Bí thư Trung ương Đoàn đã chỉ định Ban Chấp hành lâm thời.") == ["Ban Bí thư Trung ương Đoàn"]
    # the Party's secretariat stays the Party's
    assert _bodies("Ban Bí thư Trung ương Đảng ban hành Kết luận số 12-KL/TW.") == ["Ban Bí thư Trung ương Đảng"]


def test_the_regional_courts_since_2025_are_bodies_with_their_number():
    got = _bodies("Tòa án nhân dân khu vực 3, Viện Kiểm sát nhân dân khu vực 3 phối hợp xử lý các vụ án.")
    assert got == ["Tòa án nhân dân khu vực 3", "Viện Kiểm sát nhân dân khu vực 3"]


def test_what_a_steering_committee_is_charged_with_is_not_its_name():
    """ "Ban chỉ đạo có nhiệm vụ tham mưu cho Chủ tịch UBND tỉnh …": no committee named "Ban Chỉ đạo có nhiệm vụ
    …"; a topic still names one ("Ban Chỉ đạo phòng, chống tham nhũng tỉnh")."""
    got = _bodies("Ban chỉ đạo có nhiệm vụ tham mưu cho Chủ tịch UBND tỉnh chỉ đạo kiểm kê đất đai.")
    assert not [b for b in got if b.startswith("Ban Chỉ đạo")]
    assert _bodies("Ban Chỉ đạo phòng, chống tham nhũng tỉnh họp phiên thứ hai.") == [
        "Ban Chỉ đạo phòng, chống tham nhũng tỉnh"
    ]


def test_the_investors_in_a_list_of_addressees_are_an_addressee_of_their_own():
    """ "yêu cầu các sở, ban, ngành, chủ đầu tư và UBND các huyện đẩy nhanh giải ngân": three addressees, the
    investors not a sector of the departments' set."""
    e = ex("UBND tỉnh yêu cầu các sở, ban, ngành, chủ đầu tư và UBND các huyện đẩy nhanh giải ngân vốn đầu tư công.")
    n = {b.key: b.name for b in e.bodies}
    assert {n[a.body] for a in e.assignments} == {"các sở, ban, ngành", "chủ đầu tư", "Ủy ban nhân dân các huyện"}


def test_issuing_after_a_list_of_communes_is_no_board_of_the_list():
    """ "chỉ đạo UBND các xã, phường, thị trấn, ban hành quyết định …": "ban hành" is the verb, not a "ban"."""
    got = _bodies("Chủ tịch UBND các huyện chỉ đạo UBND các xã, phường, thị trấn, ban hành quyết định thành lập tổ.")
    assert "Ủy ban nhân dân các xã, phường, thị trấn" in got
    assert not [b for b in got if b.endswith("ban")]


def test_numbered_items_after_a_request_that_ends_in_a_colon_are_the_addressees_duties():
    """ "UBND tỉnh ban hành văn bản yêu cầu các sở, ban, ngành, UBND các huyện chủ động ứng phó với bão số 6:" then
    "1. Khẩn trương …", "2. Theo dõi chặt chẽ …": each item is a duty of every addressee."""
    e = ex(
        "Ngày 9/11, UBND tỉnh ban hành văn bản yêu cầu các sở, ban, ngành, UBND các huyện chủ động ứng phó với cơn "
        "bão số 6 năm 2027:\n\n"
        "1. Khẩn trương triển khai các nội dung chỉ đạo của Thủ tướng Chính phủ tại Công điện số 15/CĐ-TTg.\n\n"
        "2. Theo dõi chặt chẽ diễn biến cơn bão, chủ động triển khai các biện pháp ứng phó."
    )
    got = _duties(e)
    for body in ("các sở, ban, ngành", "Ủy ban nhân dân các huyện"):
        assert (body, "implement") in {(b, r) for b, r, t in got if t.startswith("Khẩn trương")}
        assert (body, "monitor") in {(b, r) for b, r, t in got if t.startswith("Theo dõi")}


def test_a_heading_between_the_request_and_its_items_is_no_duty():
    """ "… yêu cầu các sở, UBND các huyện thực hiện một số nhiệm vụ sau:", a heading "Đẩy mạnh sản xuất …" with no
    full stop, then "1. Khẩn trương …": the heading groups the items, the items are the duties."""
    e = ex(
        "Chủ tịch UBND tỉnh yêu cầu các sở, UBND các huyện thực hiện một số nhiệm vụ trọng tâm sau:\n\n"
        "Đẩy mạnh sản xuất kinh doanh sau bão lũ\n\n"
        "1. Khẩn trương khắc phục hậu quả bão lũ, khôi phục sản xuất."
    )
    texts = {t for _b, _r, t in _duties(e)}
    assert not [t for t in texts if t.startswith("Đẩy mạnh sản xuất")]
    assert [t for t in texts if t.startswith("Khẩn trương")]


def test_a_districts_office_named_by_its_field_abbreviated_leads():
    """ "UBND tỉnh giao chủ tịch UBND các huyện chỉ đạo phòng LĐ-TB&XH chủ trì, phối hợp với …": the district's
    labour office, its field spelt out, leads."""
    e = ex(
        "UBND tỉnh giao chủ tịch UBND các huyện chỉ đạo phòng LĐ-TB&XH chủ trì, phối hợp với các ngành liên quan "
        "tuyển chọn lao động đi làm việc ở nước ngoài."
    )
    assert ("Phòng Lao động - Thương binh và Xã hội", "lead") in roles(e)
    assert _bodies("Phòng TN&MT huyện Đại Lộc kiểm tra hiện trạng đất.") == [
        "Phòng Tài nguyên và Môi trường huyện Đại Lộc"
    ]


def test_a_party_organisation_that_solemnly_holds_its_congress_acts():
    """ "Đảng bộ xã Tân Lập long trọng tổ chức Đại hội …": the manner ("long trọng", "trọng thể") stands between the
    organisation and its act, as "đã" does."""
    e = ex("Sáng 12/7, Đảng bộ xã Tân Lập long trọng tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030.")
    n = {b.key: b.name for b in e.bodies}
    assert [(n[a.body], a.role) for a in e.assignments] == [("Đảng bộ xã Tân Lập", "implement")]


def test_a_duty_handed_in_a_dated_news_report_is_the_addressees_to_do():
    """ "Ngày 9/11, UBND tỉnh ban hành văn bản yêu cầu các sở, UBND các huyện chủ động ứng phó …": the handing is
    news; the departments' and districts' duty is handed to them (assigned), not reported done."""
    e = ex("Ngày 9/11, UBND tỉnh ban hành văn bản yêu cầu các sở, ban, ngành, UBND các huyện chủ động ứng phó với bão.")
    assert statuses(e) == {("các sở, ban, ngành", "assigned"), ("Ủy ban nhân dân các huyện", "assigned")}
    e = ex("Sáng 3/5, UBND tỉnh chỉ đạo Sở Y tế tổ chức tiêm vắc xin cho trẻ em.")
    assert statuses(e) == {("Sở Y tế", "assigned")}


def test_what_a_dated_news_report_says_a_body_did_stays_reported():
    e = ex("Sáng 3/5, Sở Y tế tổ chức tiêm vắc xin cho 5.000 trẻ em.")
    assert statuses(e) == {("Sở Y tế", "reported")}
