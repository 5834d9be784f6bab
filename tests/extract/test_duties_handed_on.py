"""A duty handed on from one body to another inside one clause: classes of sentences from texts of other
provinces (issue 13). Every sentence is made up for the test.

"X lãnh đạo Y chủ trì …" (a Party organ leading the state body it sits in) hands the duty on like "X chỉ đạo
Y …": Y takes the role its own verb names, with its own partners; X carries out the leading."""

from __future__ import annotations

import pytest

from phancong.extract import extract
from phancong.text.normalise import normalise
from phancong.text.read import Source
from tests.extract.reading import roles


def ex(text: str, province: str = "Hòa Bình"):
    return extract(Source(id="t", path="t.txt", text=normalise(text), meta={"province": province}))


def duties(e) -> set[tuple[str, str, tuple[str, ...]]]:
    n = {b.key: b.name for b in e.bodies}
    return {(n[a.body], a.role, tuple(sorted(n[p] for p in a.partners))) for a in e.assignments}


def test_the_state_body_a_party_organ_is_told_to_lead_leads_the_task_with_its_partners():
    e = ex(
        "Thường trực Tỉnh ủy giao Đảng ủy UBND tỉnh lãnh đạo UBND tỉnh chủ trì, phối hợp với Sở Tài chính "
        "tham mưu Ban Thường vụ Tỉnh ủy phương án sắp xếp trụ sở."
    )
    assert duties(e) == {
        ("Đảng ủy Ủy ban nhân dân tỉnh", "implement", ()),
        ("Ủy ban nhân dân tỉnh", "lead", ("Sở Tài chính",)),
    }


def test_a_body_directed_to_lead_with_partners_takes_the_partners_not_the_body_directing_it():
    e = ex(
        "Ban Thường vụ Tỉnh ủy giao Ban cán sự đảng UBND tỉnh chỉ đạo UBND tỉnh chủ trì, phối hợp với Sở Nội vụ "
        "xây dựng đề án sắp xếp đơn vị sự nghiệp."
    )
    assert duties(e) == {
        ("Ban Cán sự đảng Ủy ban nhân dân tỉnh", "implement", ()),
        ("Ủy ban nhân dân tỉnh", "lead", ("Sở Nội vụ",)),
    }


def test_a_party_group_leading_its_council_to_pass_a_resolution_hands_the_duty_on():
    e = ex("Đảng đoàn HĐND tỉnh lãnh đạo HĐND tỉnh ban hành nghị quyết về chính sách hỗ trợ giáo viên mầm non.")
    assert ("Hội đồng nhân dân tỉnh", "implement", ()) in duties(e)


def test_the_leaders_of_a_body_reporting_at_a_meeting_are_that_body_reporting_not_a_duty_handed_on():
    e = ex("Tại hội nghị, lãnh đạo Sở Y tế đã báo cáo tình hình tiêm chủng trên địa bàn.")
    n = {b.key: b.name for b in e.bodies}
    assert [(n[a.body], a.role, a.status) for a in e.assignments] == [("Sở Y tế", "implement", "reported")]


def test_bodies_told_to_focus_on_leading_a_task_do_it_themselves():
    e = ex(
        "Ban Thường vụ Huyện ủy chỉ đạo Ủy ban nhân dân huyện, các chi bộ, đảng bộ cơ sở tập trung lãnh đạo "
        "triển khai nhiệm vụ chuyển đổi số năm 2026."
    )
    assert {("Ủy ban nhân dân huyện", "implement", ()), ("các chi bộ, đảng bộ cơ sở", "implement", ())} <= duties(e)


def test_a_committee_that_issued_a_programme_handing_out_duties_is_no_duty_holder_the_bodies_handed_them_are():
    for issuer in ("UBND tỉnh", "UBND Thành phố", "Ủy ban nhân dân tỉnh"):
        e = ex(
            f"{issuer} đã ban hành Chương trình hành động 05/CTr-UBND ngày 10/02/2026 giao các sở, ban, ngành "
            "thực hiện 30 chỉ tiêu kinh tế - xã hội."
        )
        assert {d[:2] for d in duties(e)} == {("các sở, ban, ngành", "implement")}, issuer


def test_the_heads_a_decision_names_in_its_last_article_stand_for_their_bodies_which_carry_it_out():
    e = ex(
        "Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Xây dựng, Thủ trưởng các sở, ban, ngành, Chủ tịch UBND các "
        "huyện, thành phố và các tổ chức, cá nhân liên quan chịu trách nhiệm thi hành Quyết định này."
    )
    assert {d[:2] for d in duties(e)} == {
        ("Văn phòng Ủy ban nhân dân tỉnh", "implement"),
        ("Sở Xây dựng", "implement"),
        ("các sở, ban, ngành", "implement"),
        ("Ủy ban nhân dân các huyện, thành phố", "implement"),
        ("các tổ chức, cá nhân liên quan", "implement"),
    }


def test_departments_listed_after_a_head_word_and_a_colon_are_handed_the_duty():
    e = ex("UBND tỉnh giao các Sở: Y tế, Giáo dục và Đào tạo tổ chức khám sức khỏe cho học sinh.")
    assert {d[:2] for d in duties(e)} == {("Sở Y tế", "implement"), ("Sở Giáo dục và Đào tạo", "implement")}
    e = ex("Các Sở: Y tế, Tài chính chủ trì rà soát danh mục thuốc thiết yếu.")
    assert {d[:2] for d in duties(e)} == {("Sở Y tế", "lead"), ("Sở Tài chính", "lead")}


def test_the_heads_of_a_set_named_without_cac_stand_for_the_set():
    e = ex(
        "Điều 2. Chánh Văn phòng UBND tỉnh, Thủ trưởng sở, ban, ngành và Thủ trưởng các cơ quan, đơn vị liên quan "
        "chịu trách nhiệm thi hành Quyết định này kể từ ngày ký."
    )
    assert {d[:2] for d in duties(e)} == {
        ("Văn phòng Ủy ban nhân dân tỉnh", "implement"),
        ("các sở, ban, ngành", "implement"),
        ("các cơ quan, đơn vị liên quan", "implement"),
    }


def test_bodies_urged_to_care_for_a_task_carry_it_out_and_the_organ_of_the_next_set_is_no_list_member():
    e = ex(
        "Ủy ban nhân dân huyện, các đoàn thể huyện và cấp ủy các chi bộ, đảng bộ cơ sở cần quan tâm đẩy mạnh "
        "công tác tuyên truyền về bảo hiểm y tế học sinh."
    )
    assert {d[:2] for d in duties(e)} == {
        ("Ủy ban nhân dân huyện", "implement"),
        ("các đoàn thể huyện", "implement"),
        ("cấp ủy các chi bộ, đảng bộ cơ sở", "implement"),
    }


def test_bodies_that_care_for_a_task_in_a_report_of_results_are_no_duty_holders():
    e = ex("Những năm qua, các cấp ủy, chính quyền quan tâm lãnh đạo, chỉ đạo, đạt nhiều kết quả quan trọng.")
    assert not e.assignments


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("Ban Tuyên giáo Tỉnh ủy đưa nội dung học tập Nghị quyết vào sinh hoạt chi bộ.", "Ban Tuyên giáo Tỉnh ủy"),
        ("Tỉnh ủy chọn Đảng bộ xã Tân Lạc làm đại hội điểm của cấp cơ sở.", "Tỉnh ủy"),
        ("Bộ CHQS tỉnh hiệp đồng với các đơn vị nhận quân tổ chức giao nhận quân.", "Bộ Chỉ huy Quân sự tỉnh"),
        ("UBND tỉnh công bố quyết định thành lập Khu kinh tế cửa khẩu.", "Ủy ban nhân dân tỉnh"),
        ("Sở Tài chính phân bổ kinh phí cho các huyện trước ngày 30/6.", "Sở Tài chính"),
    ],
)
def test_a_body_opening_a_clause_with_an_action_news_reports_name_carries_it_out(sentence, body):
    assert (body, "implement") in {d[:2] for d in duties(ex(sentence))}


def test_a_further_duty_after_a_semicolon_and_dong_thoi_in_lower_case_stays_the_subjects():
    e = ex(
        "Sở Xây dựng có trách nhiệm hướng dẫn các huyện thực hiện thủ tục cấp phép; đồng thời tăng cường kiểm "
        "tra, xử lý nghiêm các công trình xây dựng trái phép."
    )
    assert {d[:2] for d in duties(e)} == {("Sở Xây dựng", "implement"), ("Sở Xây dựng", "monitor")}


def test_the_body_after_a_dateline_and_the_titles_of_who_chaired_is_the_one_acting():
    e = ex(
        "Sáng 29/9, dưới sự chủ trì của đồng chí Nguyễn Văn An, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Trưởng "
        "đoàn ĐBQH tỉnh, BTV Tỉnh ủy tổ chức phiên họp thường kỳ tháng 9."
    )
    assert {d[:2] for d in duties(e)} == {("Ban Thường vụ Tỉnh ủy", "implement")}


def report_lines(e) -> set[tuple[str, str]]:
    n = {b.key: b.name for b in e.bodies}
    return {(n[r.from_], n[r.to]) for r in e.relations if r.kind == "reportsTo"}


def test_what_a_department_compiles_and_sends_to_another_is_a_report_to_it():
    e = ex("Sở Xây dựng tổng hợp nhu cầu kinh phí gửi Sở Tài chính trước ngày 15/7.")
    assert report_lines(e) == {("Sở Xây dựng", "Sở Tài chính")}


def test_a_body_that_reports_periodically_has_that_duty():
    e = ex("Sở Công Thương định kỳ báo cáo tình hình thực hiện về UBND tỉnh.")
    assert report_lines(e) == {("Sở Công Thương", "Ủy ban nhân dân tỉnh")}


def test_a_share_out_announced_before_a_colon_gives_each_body_named_after_it_its_duty_still_to_do():
    e = ex(
        "Theo đó, Chủ tịch UBND tỉnh đã có phân công trách nhiệm xây dựng Đề án cụ thể: Ban Quản lý Khu kinh tế "
        "sẽ chủ trì xây dựng dự thảo đề án. Đồng thời sẽ chủ trì, phối hợp với các sở, ngành chức năng xây dựng "
        "nhóm chính sách ưu đãi đầu tư."
    )
    n = {b.key: b.name for b in e.bodies}
    assert {(n[a.body], a.role, a.status) for a in e.assignments} == {("Ban Quản lý Khu kinh tế", "lead", "assigned")}
    assert {n[p] for a in e.assignments for p in a.partners} == {"các sở, ngành chức năng"}


def test_a_report_and_a_proposal_to_one_body_are_one_reporting_line_to_it():
    e = ex("Sở Nội vụ định kỳ báo cáo tình hình thực hiện và đề xuất UBND tỉnh các giải pháp cần thiết.")
    assert report_lines(e) == {("Sở Nội vụ", "Ủy ban nhân dân tỉnh")}


def test_a_decisions_addressees_separated_by_semicolons_with_their_heads_in_any_wording_carry_it_out():
    e = ex(
        "Điều 4. Chánh Văn phòng Ủy ban nhân dân tỉnh; các Giám đốc Sở, Thủ trưởng ban, ngành, đơn vị thuộc tỉnh; "
        "Chủ tịch Ủy ban nhân dân huyện, thị xã; Chủ tịch Ủy ban nhân dân xã, thị trấn chịu trách nhiệm thi hành "
        "Quyết định này./."
    )
    assert {d[:2] for d in duties(e)} == {
        ("Văn phòng Ủy ban nhân dân tỉnh", "implement"),
        ("các Sở", "implement"),
        ("các ban, ngành, đơn vị thuộc tỉnh", "implement"),
        ("Ủy ban nhân dân huyện, thị xã", "implement"),
        ("Ủy ban nhân dân xã, thị trấn", "implement"),
    }


def test_the_heads_called_truong_and_giam_doc_of_a_set_stand_for_the_set_a_decision_addresses():
    e = ex(
        "Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc các sở, Trưởng các ban, ngành cấp tỉnh, Chủ tịch UBND các xã "
        "và Trưởng các cơ quan, đơn vị liên quan chịu trách nhiệm thi hành Quyết định này."
    )
    assert {d[:2] for d in duties(e)} == {
        ("Văn phòng Ủy ban nhân dân tỉnh", "implement"),
        ("các sở", "implement"),
        ("các ban, ngành cấp tỉnh", "implement"),
        ("Ủy ban nhân dân các xã", "implement"),
        ("các cơ quan, đơn vị liên quan", "implement"),
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Lãnh đạo {} huyện đã kiểm tra tiến độ xây dựng trường học.",
        "Ngày 12/3 {} tỉnh tổ chức hội nghị tổng kết công tác dân vận.",
        "Ban Thường vụ Huyện ủy lãnh đạo {} huyện chủ trì, phối hợp với Phòng Nội vụ rà soát biên chế.",
    ],
)
def test_a_committee_spelt_out_with_its_capital_u_with_hook_is_read_as_its_abbreviation_is(sentence):
    short, full = ex(sentence.format("UBND")), ex(sentence.format("Ủy ban nhân dân"))
    assert duties(short) and {d[:2] for d in duties(full)} == {d[:2] for d in duties(short)}


def test_bodies_handed_a_duty_in_the_passive_carry_it_out_as_assigned():
    e = ex(
        "Giám đốc các sở, thủ trưởng các ban, ngành và chủ tịch UBND các cấp được chỉ đạo xây dựng kế hoạch "
        "thực hiện quy hoạch vùng."
    )
    n = {b.key: b.name for b in e.bodies}
    assert {(n[a.body], a.role, a.status) for a in e.assignments} == {
        ("các sở", "implement", "assigned"),
        ("các ban, ngành", "implement", "assigned"),
        ("Ủy ban nhân dân các cấp", "implement", "assigned"),
    }
    assert {d[:2] for d in duties(ex("Sở Y tế được giao chủ trì xây dựng đề án phát triển y tế cơ sở."))} == {
        ("Sở Y tế", "lead")
    }


def test_addressees_handed_a_duty_and_listed_with_semicolons_all_carry_it_out():
    e = ex(
        "Chủ tịch UBND tỉnh giao Sở Nội vụ; Ban Dân tộc tỉnh; Liên đoàn Lao động tỉnh tổ chức gặp gỡ người lao "
        "động tại các khu công nghiệp."
    )
    assert {d[:2] for d in duties(e)} == {
        ("Sở Nội vụ", "implement"),
        ("Ban Dân tộc tỉnh", "implement"),
        ("Liên đoàn Lao động tỉnh", "implement"),
    }


def test_the_standing_committees_of_a_set_of_party_committees_and_the_whole_political_system_are_asked_to_act():
    e = ex(
        "Đề nghị Ban Thường vụ các quận ủy, huyện ủy và đảng ủy trực thuộc Thành ủy lãnh đạo quán triệt Kết luận "
        "số 12-KL/TW; Ban Thường vụ cấp ủy các địa phương, đơn vị chỉ đạo chuẩn bị tốt đại hội chi bộ."
    )
    assert {d[:2] for d in duties(e)} >= {
        ("Ban Thường vụ các quận ủy, huyện ủy và đảng ủy trực thuộc Thành ủy", "implement"),
        ("Ban Thường vụ cấp ủy các địa phương, đơn vị", "implement"),
    }
    e = ex("Đề nghị cả hệ thống chính trị tiếp tục cụ thể hóa các nghị quyết của Tỉnh ủy.")
    assert {d[:2] for d in duties(e)} == {("cả hệ thống chính trị", "implement")}


def test_news_actions_the_verb_lists_do_not_know_and_the_agent_after_do_are_reported_duties():
    def reported(text: str) -> set[tuple[str, str, str]]:
        e = ex(text)
        n = {b.key: b.name for b in e.bodies}
        return {(n[a.body], a.role, a.status) for a in e.assignments}

    assert reported("Hội nghị sơ kết công tác dân vận do UBND huyện tổ chức chiều 12/12.") == {
        ("Ủy ban nhân dân huyện", "implement", "reported")
    }
    assert reported("Ban Thường vụ Huyện ủy rút kinh nghiệm, chỉ đạo tổ chức các đại hội chi bộ.") == {
        ("Ban Thường vụ Huyện ủy", "implement", "reported")
    }
    assert reported("Lãnh đạo Sở Y tế trao Giấy khen cho các tập thể có thành tích xuất sắc.") == {
        ("Sở Y tế", "implement", "reported")
    }
    assert reported("Các sở, ngành, địa phương đăng ký công trình thi đua chào mừng ngày Quốc khánh.") == {
        ("Các sở, ngành, địa phương", "implement", "reported")
    }
    # a licence issued, and a speaker's words, are no actions of a duty
    assert not reported("Giấy phép số 12/GP được Sở Thông tin và Truyền thông cấp ngày 17/3/2026.")
    assert not reported("Sở Y tế cho biết, triển khai tiêm chủng đã đạt 90%.")


def test_every_level_and_sector_named_as_one_actor_carries_out_its_duty():
    for subject, name in (
        ("Thời gian tới, các cấp ngành trên địa bàn tỉnh Hòa Bình", "các cấp ngành trên địa bàn tỉnh Hòa Bình"),
        ("Các cấp, các ngành", "Các cấp, các ngành"),
        ("Các cấp, ngành, địa phương của tỉnh", "Các cấp, ngành, địa phương của tỉnh"),
    ):
        e = ex(f"{subject} sẽ triển khai đồng bộ các chính sách giảm nghèo bền vững.")
        assert {d[:2] for d in duties(e)} == {(name, "implement")}, subject


def test_a_body_that_did_something_then_wrote_to_others_keeps_its_act_and_hands_theirs_on():
    """ "Sở Tài chính đã rà soát … và có văn bản đề nghị các huyện …", "UBND tỉnh đã phân loại … và ban hành Văn bản
    số 15 giao các sở chủ trì …": the subject's own act is reported, the bodies its text addresses are handed theirs."""
    e = ex("Sở Tài chính đã rà soát danh mục dự án và có văn bản đề nghị các huyện đẩy nhanh tiến độ giải ngân.")
    assert roles(e) == {("Sở Tài chính", "implement"), ("các huyện", "implement")}, roles(e)
    e = ex(
        "Ủy ban nhân dân tỉnh đã phân loại các kiến nghị thành 12 nhóm và ban hành Văn bản số 15 ngày 3/4/2026 giao "
        "các sở chủ trì giải quyết."
    )
    assert roles(e) == {("Ủy ban nhân dân tỉnh", "implement"), ("các sở", "lead")}, roles(e)
    e = ex("Ban Thường vụ Tỉnh ủy đã thống nhất giao chỉ tiêu cho các huyện ủy phát triển 900 đảng viên mới.")
    assert ("Ban Thường vụ Tỉnh ủy", "implement") not in roles(e), roles(e)
