"""Addressees that are the subject of their own duty, quotas shared out among Party organisations, and the Party
organisation of a named body: classes of sentences found on texts of other provinces (issue 13).

Every sentence here is made up for the test."""

from __future__ import annotations

import pytest

from tests.extract.reading import ex, reporting_lines, roles


def test_the_heads_of_sets_after_an_opening_phrase_are_the_subject_of_the_duty():
    """ "Căn cứ Kế hoạch …, Giám đốc các sở, ngành và Chủ tịch UBND các huyện có trách nhiệm …": the sets whose
    heads are named carry it out, as they do when the sentence opens with the heads."""
    e = ex(
        "Điều 2. Căn cứ vào Kế hoạch phát triển du lịch giai đoạn 2026 - 2030, Giám đốc các sở, ngành và Chủ tịch "
        "Ủy ban nhân dân các huyện, thành phố có trách nhiệm xây dựng chương trình cụ thể để thực hiện Kế hoạch."
    )
    assert ("các sở, ngành", "implement") in roles(e)
    assert ("Ủy ban nhân dân các huyện, thành phố", "implement") in roles(e)


def test_one_chairman_after_an_opening_phrase_is_a_person_not_the_committee():
    """ "Thực hiện Luật …, Chủ tịch UBND tỉnh sẽ chủ trì buổi tiếp công dân": the chairman receives citizens in
    person; the committee is handed nothing."""
    e = ex("Thực hiện Luật Tiếp công dân, Chủ tịch UBND tỉnh sẽ chủ trì buổi tiếp công dân vào ngày 12/5/2026.")
    assert not e.assignments


@pytest.mark.parametrize(
    "sentence",
    [
        # without a comma after the bodies addressed
        "Theo đó, đối với các sở, ban ngành, Chủ tịch UBND các huyện, thị xã (địa phương) theo chức năng, nhiệm vụ "
        "được giao phải chủ động tổ chức thực hiện Chương trình hành động của tỉnh.",
        # with the comma, and the words that bound them before the duty
        "Đối với các sở, ngành, theo chức năng, nhiệm vụ được giao phải chủ động tổ chức thực hiện Chương trình.",
    ],
)
def test_the_bodies_addressed_with_doi_voi_must_do_what_follows(sentence):
    assert ("các sở, ngành", "implement") in roles(ex(sentence)) or ("các sở, ban ngành", "implement") in roles(
        ex(sentence)
    )


def test_a_share_out_of_quotas_gives_each_party_organisation_its_own():
    """ "Huyện ủy giao chỉ tiêu kết nạp cho các chi, đảng bộ cơ sở: Đối với A …; B còn lại phấn đấu …": the set the
    quotas are handed to, and each organisation given a quota after the colon, carry them out."""
    e = ex(
        "Huyện ủy giao chỉ tiêu kết nạp cho các chi, đảng bộ cơ sở: Đối với các đảng bộ xã, thị trấn kết nạp ít nhất "
        "10 quần chúng vào Đảng; các đảng bộ còn lại phấn đấu kết nạp ít nhất 4 quần chúng vào Đảng; các chi bộ còn "
        "lại phấn đấu kết nạp ít nhất 1 quần chúng vào Đảng."
    )
    assert {
        ("các chi, đảng bộ cơ sở", "implement"),
        ("các đảng bộ xã, thị trấn", "implement"),
        ("các đảng bộ còn lại", "implement"),
        ("các chi bộ còn lại", "implement"),
    } <= roles(e)


def test_a_quota_handed_to_a_set_is_theirs_but_what_follows_it_is_no_action_of_theirs():
    """ "…; giao chỉ tiêu kết nạp đảng viên cho các tổ chức đảng trực thuộc phù hợp, bảo đảm …": the committee hands
    out quotas; "phù hợp" says how, not what the organisations do."""
    e = ex(
        "Ban Thường vụ Thành ủy đề nghị Đảng ủy các phường xây dựng kế hoạch phát triển đảng viên; giao chỉ tiêu kết "
        "nạp đảng viên cho các tổ chức đảng trực thuộc phù hợp, bảo đảm tỉ lệ kết nạp hằng năm."
    )
    assert not any(name == "các tổ chức đảng trực thuộc" for name, _ in roles(e))
    e = ex("Tỉnh ủy giao chỉ tiêu phát triển đảng viên năm 2026 cho các huyện ủy, thành ủy.")
    assert ("các huyện ủy, thành ủy", "implement") in roles(e)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Đảng bộ Công ty Điện lực Sông Hồng tổ chức đại hội điểm vào tháng 3.", "Đảng bộ Công ty Điện lực Sông Hồng"),
        ("Đảng bộ Công an huyện Lạc Sơn tổ chức đại hội điểm vào tháng 4.", "Đảng bộ Công an huyện Lạc Sơn"),
        # its committee: "Đảng ủy" before the body
        ("Đảng ủy Công an tỉnh hỗ trợ xây dựng 2 nhà đại đoàn kết.", "Đảng ủy Công an tỉnh"),
        ("Đảng ủy Bộ Chỉ huy Quân sự tỉnh tổ chức hội nghị sơ kết.", "Đảng ủy Bộ Chỉ huy Quân sự tỉnh"),
    ],
)
def test_the_party_organisation_of_a_named_body_is_one_body(sentence, name):
    """ "Đảng bộ Công ty Điện lực X" is the Party organisation of the company, a body of its own, not the company."""
    e = ex(sentence)
    assert name in {b.name for b in e.bodies}
    assert (name, "implement") in roles(e)


def test_a_body_directed_to_do_something_no_list_knows_does_it():
    """ "Ban Thường vụ Tỉnh ủy chỉ đạo các huyện ủy … quyết định lựa chọn …": the bodies directed decide; the
    committee that directs is handed nothing here."""
    e = ex(
        "Ban Thường vụ Tỉnh ủy chỉ đạo các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy quyết định lựa chọn một "
        "tổ chức cơ sở đảng tổ chức đại hội điểm."
    )
    assert ("các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy", "implement") in roles(e)
    assert ("Ban Thường vụ Tỉnh ủy", "implement") not in roles(e)


def test_the_subcommittees_of_a_congress_listed_together_each_do_the_duty():
    e = ex(
        "Tiểu ban Văn kiện, Tiểu ban Nhân sự, Tiểu ban Tổ chức phục vụ xây dựng kế hoạch để thực hiện công tác "
        "chuẩn bị đại hội."
    )
    assert {("Tiểu ban Văn kiện", "implement"), ("Tiểu ban Nhân sự", "implement")} <= roles(e)
    assert ("Tiểu ban Tổ chức phục vụ", "implement") in roles(e)


def test_the_standing_committee_of_a_party_committee_named_after_it_is_one_body():
    e = ex("Ban Thường vụ Tỉnh ủy thống nhất với tờ trình của Ban Thường vụ Đảng ủy UBND tỉnh về nhân sự.")
    assert "Ban Thường vụ Đảng ủy Ủy ban nhân dân tỉnh" in {b.name for b in e.bodies}
    assert "Đảng ủy Ủy ban nhân dân tỉnh" not in {b.name for b in e.bodies}


def test_another_provinces_committee_keeps_its_province_beside_the_texts_own():
    """A text of Yên Bái whose committee is named "Ban Chấp hành Đảng bộ tỉnh Yên Bái" (its Tỉnh ủy) and that names
    "Tỉnh ủy Lào Cai": the second is Lào Cai's, and its name says so."""
    e = ex(
        "Sáng 11/6, Ban Chấp hành Đảng bộ tỉnh Yên Bái tổ chức hội nghị. Ban Thường vụ Tỉnh ủy Yên Bái đã phối hợp "
        "chặt chẽ với Tỉnh ủy Lào Cai xây dựng đề án hợp nhất.",
        province="Yên Bái",
    )
    assert "Tỉnh ủy Lào Cai" in {b.name for b in e.bodies}


def test_a_committee_named_with_its_term_and_tenure_then_acting_reports_that_action():
    e = ex("Sáng 11/6, Ban Chấp hành Đảng bộ tỉnh khóa XVIII, nhiệm kỳ 2020-2025 đã tổ chức hội nghị lần thứ 30.")
    assert [(a.role, a.status) for a in e.assignments] == [("implement", "reported")]


def test_a_sentence_that_reports_a_count_of_items_is_no_task_group_heading():
    """ "UBND tỉnh đã phân loại thành 65 nội dung." reports what the committee did; a heading "Đề ra 5 nhiệm vụ trọng
    tâm" (no full stop) still heads a task group."""
    e = ex("Ủy ban nhân dân tỉnh đã phân loại các kiến nghị thành 65 nội dung.")
    assert not e.task_groups
    assert ("Ủy ban nhân dân tỉnh", "implement") in roles(e)
    e = ex("Đề ra 2 nhiệm vụ trọng tâm\n1. Kiện toàn tổ chức bộ máy.\n2. Nâng cao chất lượng đảng viên.")
    assert [g.declared_count for g in e.task_groups] == [2]


def test_a_districts_organs_named_without_the_place_are_the_ones_named_with_it():
    """In a district's news, "Huyện ủy", "UBND huyện" and "Đảng bộ huyện" after "Huyện ủy Lạc Sơn", "UBND huyện Lạc
    Sơn" and "Đảng bộ huyện Lạc Sơn" are those bodies, not three more; "tiếp tục quan tâm …" is a duty carried on."""
    e = ex(
        "Huyện ủy Lạc Sơn tổ chức hội nghị. Huyện ủy chỉ đạo các chi bộ tổ chức học tập. UBND huyện Lạc Sơn ban hành "
        "kế hoạch. UBND huyện chỉ đạo các xã triển khai. Đảng bộ huyện Lạc Sơn có 60 tổ chức cơ sở đảng. Đảng bộ "
        "huyện tiếp tục quan tâm công tác đào tạo cán bộ."
    )
    names = {b.name for b in e.bodies}
    assert {"Huyện ủy Lạc Sơn", "Ủy ban nhân dân huyện Lạc Sơn", "Đảng bộ huyện Lạc Sơn"} <= names
    assert not names & {"Huyện ủy", "Ủy ban nhân dân huyện", "Đảng bộ huyện"}
    assert ("Đảng bộ huyện Lạc Sơn", "implement") in roles(e)
    assert len([a for a in e.assignments if a.role == "implement"]) >= 4


def test_the_representatives_of_bodies_speak_for_them():
    e = ex("Tại buổi đối thoại, đại diện các sở, ngành đã trực tiếp trao đổi, làm rõ các kiến nghị của cử tri.")
    assert ("các sở, ngành", "implement") in roles(e)


def test_chairing_a_meeting_is_an_action_not_the_lead_of_a_task():
    """ "UBND thành phố chủ trì phiên họp …" chairs a meeting: an action of its own; "Sở Y tế chủ trì, phối hợp với …
    xây dựng kế hoạch" leads the task."""
    assert roles(ex("UBND tỉnh chủ trì phiên họp thường kỳ tháng 3, đánh giá tình hình kinh tế.")) == {
        ("Ủy ban nhân dân tỉnh", "implement")
    }
    assert ("Sở Y tế", "lead") in roles(ex("Sở Y tế chủ trì, phối hợp với Sở Tài chính xây dựng kế hoạch."))


def test_a_count_done_against_its_quota_is_a_result_not_a_duty():
    """ "Đảng bộ xã A kết nạp 11 đảng viên, đạt 110%" reports a result against the quota (a statistic); "Đảng bộ xã A
    đã tổ chức 12 lớp bồi dưỡng" reports an action."""
    assert not ex("Năm 2025, Đảng bộ xã Tân Lập kết nạp 12 đảng viên, đạt 120%.").assignments
    assert ("Đảng bộ xã Tân Lập", "implement") in roles(ex("Đảng bộ xã Tân Lập đã tổ chức 12 lớp bồi dưỡng."))


def test_a_decisions_last_article_cut_by_the_excerpt_still_names_who_carries_it_out():
    """An excerpt that stops inside "Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc các Sở, Thủ trưởng các ban, ngành
    cấp tỉnh; Chủ …": the offices listed carry the decision out, as the article always goes on to say."""
    e = ex(
        "Điều 2. Quyết định có hiệu lực thi hành kể từ ngày ký.\n\nĐiều 3. Chánh Văn phòng UBND tỉnh, Giám đốc các "
        "Sở, Thủ trưởng các ban, ngành cấp tỉnh; Chủ "
    )
    assert {("Văn phòng Ủy ban nhân dân tỉnh", "implement"), ("các Sở", "implement")} <= roles(e)
    assert all(a.status == "assigned" for a in e.assignments)
    whole = ex("Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc các Sở chịu trách nhiệm thi hành Quyết định này./.")
    assert {("Văn phòng Ủy ban nhân dân tỉnh", "implement"), ("các Sở", "implement")} <= roles(whole)


def test_the_front_named_with_viet_nam_and_no_level_is_a_body():
    e = ex("UBND tỉnh đề nghị Mặt trận Tổ quốc Việt Nam, các đoàn thể tập trung tuyên truyền về bầu cử.")
    assert ("Mặt trận Tổ quốc Việt Nam", "implement") in roles(e)


def test_the_leaders_of_a_set_after_a_venue_speak_for_it():
    e = ex("Tại phiên họp, lãnh đạo các sở, ban ngành đã thảo luận, đánh giá tình hình kinh tế - xã hội.")
    assert ("các sở, ban ngành", "implement") in roles(e)


def test_a_department_named_again_by_its_kind_alone_is_the_one_named_before():
    """ "Sở Xây dựng cho biết …. Sở theo dõi chặt chẽ …": the department named before; with none named, no body."""
    e = ex("Sở Xây dựng cho biết đã hoàn thành kế hoạch. Sở theo dõi chặt chẽ tiến độ các công trình trọng điểm.")
    assert ("Sở Xây dựng", "monitor") in roles(e)
    assert "Sở" not in {b.name for b in e.bodies}
    assert not ex("Sở theo dõi chặt chẽ tiến độ các công trình.").bodies


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Tỉnh ủy yêu cầu các Đảng ủy thuộc Tỉnh ủy vận động đảng viên đóng góp.", "các Đảng ủy thuộc Tỉnh ủy"),
        ("UBND tỉnh yêu cầu các cấp, các ngành, địa phương tập trung triển khai.", "các cấp, các ngành, địa phương"),
        ("UBND tỉnh yêu cầu các chủ đầu tư đẩy nhanh tiến độ giải ngân vốn đầu tư công.", "các chủ đầu tư"),
    ],
)
def test_collectives_named_with_their_committee_or_their_levels(sentence, name):
    assert (name, "implement") in roles(ex(sentence))


def test_a_decisions_addressees_with_a_shared_head_in_the_middle_of_the_list_all_carry_it_out():
    """ "Chánh Văn phòng UBND tỉnh, Giám đốc các Sở: A, B, Chỉ huy trưởng C, …, Chủ tịch UBND các huyện … chịu trách
    nhiệm thi hành quyết định này": every body whose head is named, the departments listed after the colon
    included, carries the decision out."""
    e = ex(
        "Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc các Sở: Tài chính, Nội vụ, Chỉ huy trưởng Bộ Chỉ huy Quân sự "
        "tỉnh, Giám đốc Kho bạc Nhà nước tỉnh, Chủ tịch UBND các huyện, thị xã, thành phố, Chi cục Trưởng Chi cục Kiểm "
        "lâm và Thủ trưởng các sở, ban, ngành liên quan chịu trách nhiệm thi hành quyết định này kể từ ngày ký./.",
        province="Bình Định",
    )
    r = roles(e)
    for name in (
        "Văn phòng Ủy ban nhân dân tỉnh",
        "Sở Tài chính",
        "Sở Nội vụ",
        "Bộ Chỉ huy Quân sự tỉnh",
        "Kho bạc Nhà nước tỉnh",
        "Ủy ban nhân dân các huyện, thị xã, thành phố",
        "Chi cục Kiểm lâm",
        "các sở, ban, ngành liên quan",
    ):
        assert (name, "implement") in r, name


def test_a_decision_wrapped_at_a_fixed_width_reads_as_if_its_lines_were_joined():
    """A decision copied from a PDF breaks its lines mid-sentence, before a capital too ("Giao Sở\\nTài chính",
    "phối hợp với các\\nSở, ngành"): the article is read as one sentence."""
    e = ex(
        "Điều 2. Giao Sở\nTài chính chịu trách nhiệm chủ trì, phối hợp với các\nSở, ngành, đơn vị có liên quan và "
        "Ủy ban nhân dân các huyện,\nthành phố triển khai thực hiện Kế hoạch này.\nĐiều 3. Chánh Văn\nphòng Ủy ban "
        "nhân dân tỉnh, Giám đốc Sở Tài chính,\nGiám đốc, Thủ trưởng các sở, ngành có liên quan, Chủ tịch Ủy\nban "
        "nhân dân các huyện, thị xã, thành phố Cà Mau căn cứ quyết định thi hành.\n",
        province="Cà Mau",
    )
    r = roles(e)
    n = {b.key: b.name for b in e.bodies}
    lead = next(a for a in e.assignments if a.role == "lead")
    assert n[lead.body] == "Sở Tài chính"
    assert [n[p] for p in lead.partners] == [
        "các Sở, ngành, đơn vị có liên quan",
        "Ủy ban nhân dân các huyện, thành phố",
    ]
    # the last article: the offices named by their heads, two titles for one set, the province's city by its name
    # (one of the levels listed: its name is not part of the set's)
    assert ("Văn phòng Ủy ban nhân dân tỉnh", "implement") in r
    assert ("Sở Tài chính", "implement") in r
    assert ("các sở, ngành có liên quan", "implement") in r
    assert ("Ủy ban nhân dân các huyện, thị xã, thành phố", "implement") in r


def test_addressees_listed_across_a_semicolon_with_the_province_city_last_all_carry_out_the_decision():
    """ "Chánh Văn phòng UBND tỉnh, Thủ trưởng các sở, ngành; Chủ tịch UBND huyện, thành phố Rạch Giá và …": the
    levels listed without "các" close with the province's city by its name, and the addressees before the ";"
    carry out the decision with those after it."""
    e = ex(
        "Điều 3. Chánh Văn phòng UBND tỉnh, Thủ trưởng các sở, ngành tỉnh; Chủ tịch UBND huyện, thành phố Rạch Giá "
        "và các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này.",
        province="Kiên Giang",
    )
    assert roles(e) == {
        ("Văn phòng Ủy ban nhân dân tỉnh", "implement"),
        ("các sở, ngành tỉnh", "implement"),
        ("Ủy ban nhân dân huyện, thành phố", "implement"),
        ("các cơ quan, đơn vị có liên quan", "implement"),
    }


def test_bodies_asked_with_a_second_verb_at_the_end_of_the_list_all_carry_out_the_duty():
    """ "yêu cầu các sở, ngành, UBND các huyện và đề nghị Ủy ban MTTQ tỉnh, các đoàn thể tập trung …": the state
    bodies are required, the Front and the unions are asked, and all of them carry out what follows."""
    e = ex(
        "Chủ tịch UBND tỉnh yêu cầu các sở, ban, ngành, UBND các huyện, thị xã và đề nghị Ủy ban MTTQ tỉnh, các "
        "đoàn thể tập trung thực hiện tốt các nhiệm vụ chủ yếu phục vụ Nhân dân đón Tết."
    )
    r = roles(e)
    for name in ("các sở, ban, ngành", "Ủy ban nhân dân các huyện, thị xã", "các đoàn thể"):
        assert (name, "implement") in r, name
    assert any(n.startswith("Ủy ban Mặt trận Tổ quốc") and role == "implement" for n, role in r)


def test_a_directive_that_names_its_addressees_on_a_line_of_their_own_hands_them_the_lines_below():
    """A directive lists whom it binds, each set by its heads, then a colon, then one duty per line: "Thủ trưởng
    các sở, ban, ngành; các đơn vị sự nghiệp công lập thuộc UBND tỉnh; …; Chủ tịch UBND các huyện:"."""
    e = ex(
        "Chỉ thị về tăng cường công tác lưu trữ\n"
        "Thủ trưởng các sở, ban, ngành; các đơn vị sự nghiệp công lập thuộc UBND tỉnh; các doanh nghiệp nhà nước "
        "thuộc tỉnh; các hội quần chúng do Đảng, Nhà nước giao nhiệm vụ; Chủ tịch UBND các huyện, thành phố:\n"
        "Tổ chức quán triệt các nội dung hướng dẫn về công tác văn thư, lưu trữ.\n"
        "Bố trí kho lưu trữ bảo đảm an toàn tài liệu.\n"
    )
    r = roles(e)
    for name in (
        "các sở, ban, ngành",
        "các đơn vị sự nghiệp công lập thuộc Ủy ban nhân dân tỉnh",
        "các doanh nghiệp nhà nước thuộc tỉnh",
        "các hội quần chúng do Đảng, Nhà nước giao nhiệm vụ",
        "Ủy ban nhân dân các huyện, thành phố",
    ):
        assert (name, "implement") in r, name


def test_the_police_and_military_command_of_every_commune_are_a_collective_that_takes_part():
    """ "Sở Tư pháp, Công an các xã phối hợp tuyên truyền pháp luật": the communes' police, as a set, coordinate
    with the department; the set unread, the department's duty was lost with it."""
    r = roles(ex("Công an tỉnh chủ trì; Sở Tư pháp, Công an các xã phối hợp tuyên truyền pháp luật."))
    assert ("Sở Tư pháp", "coordinate") in r and ("Công an các xã", "coordinate") in r
    r = roles(ex("Ban Chỉ huy Quân sự các xã, phường tổ chức huấn luyện dân quân."))
    assert ("Ban Chỉ huy Quân sự các xã, phường", "implement") in r


def test_quotas_shared_out_to_a_set_with_phan_giao_are_theirs():
    """ "UBND tỉnh phân giao thêm 11 chỉ tiêu cho các sở, ban, ngành liên quan": the departments hold the quotas
    (they carry them out); the committee hands them out."""
    assert roles(ex("UBND tỉnh đã phân giao thêm 11 chỉ tiêu cho các sở, ban, ngành liên quan.")) == {
        ("các sở, ban, ngành liên quan", "implement")
    }


def test_the_bodies_addressed_with_doi_voi_and_a_colon_must_do_what_follows():
    """ "Đối với các xã, phường: chủ động rà soát …; báo cáo kết quả về UBND tỉnh …": the communes act and
    report."""
    e = ex(
        "Đối với các xã, phường: chủ động rà soát, lập danh sách các hộ nghèo; báo cáo kết quả về UBND tỉnh trước "
        "ngày 15/11/2027."
    )
    assert ("các xã, phường", "implement") in roles(e)
    assert reporting_lines(e) == {("các xã, phường", "Ủy ban nhân dân tỉnh")}


def test_a_decisions_addressees_written_with_a_lower_case_office_and_two_titles_carry_it_out():
    """ "Chánh văn phòng UBND tỉnh; Giám đốc/Thủ trưởng các sở, ban, ngành; …; … căn cứ Quyết định thi hành": the
    office, the departments and the districts' committees are each an addressee."""
    e = ex(
        "Điều 3. Chánh văn phòng Ủy ban nhân dân tỉnh; Giám đốc/Thủ trưởng các sở, ban, ngành thuộc tỉnh; Chủ tịch "
        "UBND các huyện; Thủ trưởng các cơ quan, đơn vị liên quan căn cứ Quyết định thi hành.",
        "Lâm Đồng",
    )
    names = {b.name for b in e.bodies}
    assert {"Văn phòng Ủy ban nhân dân tỉnh", "các sở, ban, ngành thuộc tỉnh"} <= names, names
    got = roles(e)
    assert {
        ("Văn phòng Ủy ban nhân dân tỉnh", "implement"),
        ("Ủy ban nhân dân các huyện", "implement"),
        ("các cơ quan, đơn vị liên quan", "implement"),
    } <= got, got


def test_the_heads_of_a_set_named_with_two_titles_stand_for_the_set_that_carries_it_out():
    e = ex(
        "Văn phòng UBND tỉnh; Giám đốc/Thủ trưởng các sở, ban, ngành; Chủ tịch UBND các huyện chịu trách nhiệm thi "
        "hành Quyết định này.",
        "Lâm Đồng",
    )
    assert ("các sở, ban, ngành", "implement") in roles(e), roles(e)


def test_a_quota_written_after_its_holder_and_a_colon_is_a_target_not_a_duty():
    e = ex(
        "Chỉ tiêu kết nạp đảng viên năm 2027 giao cho các đảng bộ như sau:\n"
        "- Đảng bộ Khối các cơ quan tỉnh: 120 đảng viên;\n"
        "- Đảng bộ Công an tỉnh: 95 đảng viên.",
        "Bạc Liêu",
    )
    assert not {name for name, _ in roles(e)} & {"Đảng bộ Khối các cơ quan tỉnh", "Đảng bộ Công an tỉnh"}, roles(e)
    assert {t.value for t in e.targets} >= {120, 95}


def test_the_committees_of_the_districts_listed_after_a_colon_are_each_a_body():
    e = ex("UBND các huyện: Đakrông, Hải Lăng chủ trì rà soát quỹ đất trước ngày 30/6/2027.", "Quảng Trị")
    got = roles(e)
    assert {("Ủy ban nhân dân huyện Đakrông", "lead"), ("Ủy ban nhân dân huyện Hải Lăng", "lead")} <= got, got
    assert "Ủy ban nhân dân các huyện" not in {b.name for b in e.bodies}


def test_the_office_of_the_committee_written_in_lower_case_is_an_addressee():
    e = ex(
        "Chánh Văn phòng ủy ban nhân dân tỉnh, Thủ trưởng các sở, ban, ngành tỉnh chịu trách nhiệm thi hành "
        "Quyết định này.",
        "Bến Tre",
    )
    assert ("Văn phòng Ủy ban nhân dân tỉnh", "implement") in roles(e), roles(e)


def test_the_heads_of_the_committees_agencies_without_cac_are_that_set_in_a_decisions_last_article():
    e = ex(
        "Điều 3. Chánh Văn phòng UBND tỉnh; Giám đốc các sở, ngành, thủ trưởng cơ\nquan thuộc UBND tỉnh, Chủ tịch "
        "UBND huyện, thành phố chịu trách nhiệm thi hành Quyết định này."
    )
    assert ("các cơ quan thuộc Ủy ban nhân dân tỉnh", "implement") in roles(e), roles(e)


def test_a_draft_quota_handed_to_a_city_is_a_target():
    from tests.extract.reading import vud

    got = vud("Năm 2027, thành phố được giao tuyển chọn, gọi 8.500 công dân nhập ngũ.")
    assert (8500, "công dân", 2027) in got, got


def test_a_decisions_next_article_is_no_item_of_the_body_listed_last():
    """ "2. UBND các xã, phường" and its bullets, then "Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc các sở, …
    chịu trách nhiệm thi hành …": the article's offices carry the decision out, and it is no duty of the communes'."""
    e = ex(
        "Điều 2. Tổ chức thực hiện\n1. Sở Khoa học và Công nghệ\na) Chủ trì hướng dẫn triển khai Kế hoạch.\n"
        "2. Ủy ban nhân dân các xã, phường\n- Xây dựng kế hoạch chi tiết của địa phương;\n"
        "- Tổ chức tuyên truyền đến người dân.\n"
        "Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các sở, Chủ tịch Ủy ban nhân dân các xã, phường chịu "
        "trách nhiệm thi hành Quyết định này./."
    )
    n = {b.key: b.name for b in e.bodies}
    executing = {n[a.body] for a in e.assignments if "thi hành" in a.text}
    assert executing == {"Văn phòng Ủy ban nhân dân tỉnh", "các sở", "Ủy ban nhân dân các xã, phường"}, executing
    assert not any(a.text.startswith("Điều") for a in e.assignments), [a.text for a in e.assignments]


def test_a_decisions_recipients_are_bodies_named_in_their_abbreviations_and_hold_no_duty():
    """ "Nơi nhận: Như Điều 3; TT Tỉnh ủy; TT HĐND tỉnh; VP UBND tỉnh: LĐVP, các CV; …", run into the article's
    line as a copy flattens it: the standing boards and the office are named in full, and none of them is given
    the article's duty."""
    e = ex(
        "Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh; Thủ trưởng các sở, ban, ngành chịu trách nhiệm thi hành Quyết "
        "định này./ Nơi nhận: Như Điều 3; Văn phòng Chính phủ; TT Tỉnh ủy; TT HĐND tỉnh; VP UBND tỉnh: LĐVP, các CV; "
        "Lưu: VT."
    )
    names = [b.name for b in e.bodies]
    for name in ("Thường trực Tỉnh ủy", "Thường trực Hội đồng nhân dân tỉnh", "Văn phòng Chính phủ"):
        assert name in names, names
    assert roles(e) == {("Văn phòng Ủy ban nhân dân tỉnh", "implement"), ("các sở, ban, ngành", "implement")}, roles(e)


def test_a_result_written_as_achieved_over_planned_is_no_duty():
    """ "Năm 2025, Sở Lao động - Thương binh và Xã hội đã giải quyết việc làm 31.200/30.000 lao động, đạt 104%
    kế hoạch": a result against the plan (a statistic), not a duty; "thực hiện đạt và vượt các chỉ tiêu" sums the
    year up; "chủ trì … bảo đảm đạt và vượt chỉ tiêu" is a duty with its purpose."""
    e = ex(
        "Năm 2025, Sở Lao động - Thương binh và Xã hội đã giải quyết việc làm 31.200/30.000 lao động, đạt 104% kế "
        "hoạch. Năm 2025, Sở Y tế đã thực hiện đạt và vượt các chỉ tiêu được giao. Năm 2026, Sở Nội vụ chủ trì rà "
        "soát biên chế, bảo đảm đạt và vượt chỉ tiêu tinh giản."
    )
    assert roles(e) == {("Sở Nội vụ", "lead")}, roles(e)


def test_a_committee_addressed_by_all_its_heads_titles_carries_the_decision():
    """ "Chủ tịch, Phó Chủ tịch, các Ủy viên UBND xã A chịu trách nhiệm thi hành …": the titles of the committee's
    heads, no person's name: the committee is the addressee."""
    e = ex(
        "Chủ tịch, Phó Chủ tịch, các Ủy viên Ủy ban nhân dân xã Tân Phú chịu trách nhiệm thi hành Quyết định này.",
        "Vĩnh Long",
    )
    assert roles(e) == {("Ủy ban nhân dân xã Tân Phú", "implement")}, roles(e)


def test_the_departments_listed_after_their_heads_title_and_a_colon_carry_the_decision():
    """ "Giám đốc Sở: Tài chính, Công Thương, Khoa học và Công nghệ, …": every department listed is an addressee."""
    e = ex(
        "Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở: Tài chính, Công Thương, Khoa học và Công nghệ "
        "chịu trách nhiệm thi hành Quyết định này.",
        "Cần Thơ",
    )
    assert {b for b, _ in roles(e)} == {
        "Văn phòng Ủy ban nhân dân tỉnh",
        "Sở Tài chính",
        "Sở Công Thương",
        "Sở Khoa học và Công nghệ",
    }, roles(e)
