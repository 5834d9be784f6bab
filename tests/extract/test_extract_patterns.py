"""Extraction, one pattern family at a time, on sentences as provinces write them.
Most examples are not from the seed articles: the extractor must generalise."""

from __future__ import annotations

import pytest

from phancong.extract import extract
from phancong.text.normalise import normalise
from phancong.text.read import Source


def ex(text: str, province: str = "Hà Tĩnh"):
    return extract(Source(id="t", path="t.txt", text=normalise(text), meta={"province": province}))


def bodies(e) -> dict[str, str]:
    return {b.key: b.name for b in e.bodies}


def owners(e) -> set[tuple[str, str]]:
    names = bodies(e)
    return {(names[a.body], a.role) for a in e.assignments}


# ---------------------------------------------------------------- documents
@pytest.mark.parametrize(
    "sentence, kind, number, issued",
    [
        (
            "Ngày 12/6/2021, Ban Chấp hành Đảng bộ tỉnh ban hành Đề án số 03-ĐA/TU về nâng cao chất lượng.",
            "Scheme",
            "03-ĐA/TU",
            "2021-06-12",
        ),
        (
            "Thực hiện Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị về đại hội đảng bộ các cấp.",
            "Directive",
            "35-CT/TW",
            "2019-05-30",
        ),
        (
            "Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 142-KH/TU ngày 16.5.2023 về tổng kết.",
            "Plan",
            "142-KH/TU",
            "2023-05-16",
        ),
        (
            "Ủy ban nhân dân tỉnh ban hành Kế hoạch 19/KH-UBND ngày 22/12/2024 triển khai nhiệm vụ.",
            "Plan",
            "19/KH-UBND",
            "2024-12-22",
        ),
        (
            "Căn cứ Chương trình số 161-CTr/BCSĐUBND-BDVTU ngày 2-2-2008 về phối hợp.",
            "Programme",
            "161-CTr/BCSĐUBND-BDVTU",
            "2008-02-02",
        ),
    ],
)
def test_a_document_is_read_with_its_type_number_and_date(sentence, kind, number, issued):
    docs = ex(sentence).documents
    d = next(d for d in docs if d.number == number)
    assert (d.type, d.issued) == (kind, issued)


def test_the_same_number_in_different_years_names_different_documents():
    e = ex(
        "Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị và Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị."
    )
    assert len({(d.number, d.issued) for d in e.documents}) == 2


def test_the_issued_document_is_the_main_one_and_its_issuer_is_named():
    e = ex(
        "Ngày 5/3/2022, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 12-KH/TU thực hiện Nghị quyết số 21-NQ/TW "
        "ngày 16/6/2022 của Ban Chấp hành Trung ương."
    )
    main = next(d for d in e.documents if d.main)
    assert main.number == "12-KH/TU"
    assert bodies(e)[main.issuer] == "Ban Thường vụ Tỉnh ủy"
    refs = {(r.relation, next(d.number for d in e.documents if d.key == r.to)) for r in e.references}
    assert ("implements", "21-NQ/TW") in refs


def test_inheritance_and_basis_between_documents():
    e = ex(
        "Ngày 1/4/2021, Tỉnh ủy ban hành Nghị quyết số 05-NQ/TU. Nghị quyết kế thừa Nghị quyết số 22-NQ/TW, "
        "Đề án số 04-ĐA/TU; căn cứ Kết luận số 14-KL/TW."
    )
    rel = {next(d.number for d in e.documents if d.key == r.to): r.relation for r in e.references}
    assert rel == {"22-NQ/TW": "inheritsFrom", "04-ĐA/TU": "inheritsFrom", "14-KL/TW": "basedOn"}


def test_a_plan_whose_duties_serve_congress_resolutions_implements_every_one_it_lists():
    e = ex(
        "Ngày 2/3/2026, Ban Thường vụ Tỉnh ủy ban hành Chương trình số 09-CTr/TU. Các chi bộ đã xây dựng kế hoạch; "
        "đồng thời thường xuyên kiểm tra việc triển khai nhằm góp phần thực hiện Nghị quyết số 01-NQ/TU và "
        "Nghị quyết số 02-NQ/TU. Đảng ủy xã tổ chức học tập Nghị quyết số 03-NQ/TU."
    )
    rel = {next(d.number for d in e.documents if d.key == r.to): r.relation for r in e.references}
    assert rel == {"01-NQ/TU": "implements", "02-NQ/TU": "implements", "03-NQ/TU": "cites"}


# ---------------------------------------------------------------- bodies
@pytest.mark.parametrize(
    "mention, name, body_type",
    [
        ("BTV Tỉnh ủy", "Ban Thường vụ Tỉnh ủy", "standing-committee"),
        ("UBKT Tỉnh ủy", "Ủy ban Kiểm tra Tỉnh ủy", "inspection-commission"),
        ("Ban Tuyên giáo Tỉnh ủy", "Ban Tuyên giáo Tỉnh ủy", "propaganda-commission"),
        ("Ban Dân vận Thành ủy", "Ban Dân vận Thành ủy", "mass-mobilisation-commission"),
        ("UBND tỉnh", "Ủy ban nhân dân tỉnh", "peoples-committee"),
        ("Đảng đoàn HĐND tỉnh", "Đảng đoàn Hội đồng nhân dân tỉnh", "peoples-council-party-delegation"),
        ("Ban cán sự đảng UBND tỉnh", "Ban Cán sự đảng Ủy ban nhân dân tỉnh", "peoples-committee-party-board"),
        ("Sở Kế hoạch và Đầu tư", "Sở Kế hoạch và Đầu tư", "department"),
        ("Trường Chính trị Phạm Hùng", "Trường Chính trị Phạm Hùng", "political-school"),
        ("Trường Đào tạo cán bộ Nguyễn Văn Cừ", "Trường Đào tạo cán bộ Nguyễn Văn Cừ", "political-school"),
        ("Ủy ban MTTQ tỉnh", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "fatherland-front"),
        ("Tỉnh đoàn", "Tỉnh đoàn", "youth-union"),
        ("Đảng ủy Khối các cơ quan tỉnh", "Đảng ủy Khối các cơ quan tỉnh", "bloc-party-committee"),
        ("Huyện ủy Cẩm Xuyên", "Huyện ủy Cẩm Xuyên", "district-party-committee"),
        ("Ban Dân tộc tỉnh", "Ban Dân tộc tỉnh", "ethnic-affairs-committee"),
    ],
)
def test_a_body_is_named_in_full_with_its_type(mention, name, body_type):
    e = ex(f"Giao {mention} chủ trì thực hiện nhiệm vụ.")
    b = next(b for b in e.bodies if b.name == name)
    assert b.type == body_type and b.province == "Hà Tĩnh"


def test_central_bodies_have_no_province():
    e = ex("Thực hiện Kết luận số 21-KL/TW của Bộ Chính trị và Nghị quyết của Ban Chấp hành Trung ương Đảng.")
    assert {(b.name, b.province) for b in e.bodies} == {("Bộ Chính trị", None), ("Ban Chấp hành Trung ương Đảng", None)}


def test_a_list_sharing_a_head_gives_one_party_delegation_each():
    e = ex(
        "5. Các đảng đoàn: Mặt trận Tổ quốc tỉnh, Hội Nông dân tỉnh, Hội Cựu chiến binh tỉnh: "
        "xây dựng kế hoạch thực hiện."
    )
    assert {
        "Đảng đoàn Mặt trận Tổ quốc tỉnh",
        "Đảng đoàn Hội Nông dân tỉnh",
        "Đảng đoàn Hội Cựu chiến binh tỉnh",
    } <= set(bodies(e).values())


def test_the_hosting_website_and_the_byline_are_not_bodies():
    e = ex("Cổng thông tin điện tử Đảng bộ tỉnh đăng tải bài viết.\n\nNguyễn Văn A")
    assert not any("Cổng thông tin" in b.name or "Nguyễn Văn A" in b.name for b in e.bodies)


# ---------------------------------------------------------------- assignments
def test_giao_x_chu_tri_phoi_hop_voi_y_makes_x_lead_with_partner_y():
    e = ex(
        "Ban Thường vụ Tỉnh ủy giao Ban Tổ chức Tỉnh ủy chủ trì, phối hợp với Sở Nội vụ tham mưu "
        "xây dựng quy định về tiêu chuẩn chức danh cán bộ."
    )
    a = e.assignments[0]
    names = bodies(e)
    assert (names[a.body], a.role, [names[p] for p in a.partners]) == ("Ban Tổ chức Tỉnh ủy", "lead", ["Sở Nội vụ"])


def test_giao_without_the_comma_also_works():
    e = ex("Giao Ban Tuyên giáo Tỉnh ủy chủ trì phối hợp với Ban Dân vận Tỉnh ủy tổ chức tuyên truyền.")
    assert ("Ban Tuyên giáo Tỉnh ủy", "lead") in owners(e)


def test_the_standing_agency_leads():
    e = ex("Văn phòng Tỉnh ủy là cơ quan thường trực của Ban Chỉ đạo thực hiện Quy chế dân chủ.")
    assert ("Văn phòng Tỉnh ủy", "lead") in owners(e)


def test_chi_dao_a_phoi_hop_b_tham_muu_makes_a_the_doer_and_b_its_partner():
    # the dev set's convention: the body directed carries the task out, the body after "phối hợp" coordinates
    e = ex(
        "Thường trực Tỉnh ủy chỉ đạo Ban Dân vận Tỉnh ủy phối hợp Ủy ban MTTQ tỉnh tham mưu tổ chức hội nghị đối thoại."
    )
    assert ("Ban Dân vận Tỉnh ủy", "implement") in owners(e)
    names = bodies(e)
    assert [names[p] for a in e.assignments for p in a.partners] == ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"]


def test_meeting_conclusions_assign_each_body_its_duty_and_carry_the_dropped_subject():
    e = ex(
        "Kết luận hội nghị, đồng chí Bí thư yêu cầu: Ban Tuyên giáo Tỉnh ủy xây dựng kế hoạch tuyên truyền; "
        "Ủy ban Kiểm tra Tỉnh ủy kiểm tra, giám sát việc thực hiện; "
        "báo cáo kết quả về Ban Thường vụ Tỉnh ủy trước 30/10."
    )
    assert {("Ban Tuyên giáo Tỉnh ủy", "implement"), ("Ủy ban Kiểm tra Tỉnh ủy", "monitor")} <= owners(e)
    names = bodies(e)
    assert ("Ủy ban Kiểm tra Tỉnh ủy", "reportsTo", "Ban Thường vụ Tỉnh ủy") in {
        (names[r.from_], r.kind, names[r.to]) for r in e.relations
    }


def test_a_numbered_duty_paragraph_with_bullets_carries_its_subject():
    e = ex(
        "Tổ chức thực hiện\n\n1. Ban Tổ chức Tỉnh ủy\n\n"
        "- Chủ trì, phối hợp với Sở Nội vụ hướng dẫn triển khai Kế hoạch.\n\n"
        "- Theo dõi, tổng hợp, báo cáo kết quả với Ban Thường vụ Tỉnh ủy.\n\n"
        "2. Ủy ban Kiểm tra Tỉnh ủy kiểm tra, giám sát việc thực hiện Kế hoạch.\n"
    )
    # (following the plan's progress is monitoring it, in a numbered paragraph as in prose: one role vocabulary)
    assert owners(e) == {
        ("Ban Tổ chức Tỉnh ủy", "lead"),
        ("Ban Tổ chức Tỉnh ủy", "monitor"),
        ("Ủy ban Kiểm tra Tỉnh ủy", "monitor"),
    }
    names = bodies(e)
    assert [(names[r.from_], r.kind, names[r.to]) for r in e.relations] == [
        ("Ban Tổ chức Tỉnh ủy", "reportsTo", "Ban Thường vụ Tỉnh ủy")
    ]


def test_accountability_is_a_relation():
    e = ex(
        "3. Các huyện ủy, thành ủy xây dựng kế hoạch thực hiện. Bí thư cấp ủy chịu trách nhiệm trước "
        "Ban Thường vụ Tỉnh ủy về kết quả thực hiện."
    )
    names = bodies(e)
    assert {(r.kind, names[r.to]) for r in e.relations} == {("accountableTo", "Ban Thường vụ Tỉnh ủy")}


def test_past_achievements_are_assignments_reported_as_done():
    e = ex(
        "Từ năm 2015 đến nay, Đảng ủy Khối đã tổ chức 9 cuộc kiểm tra; "
        "chỉ đạo Ủy ban Kiểm tra Tỉnh ủy thực hiện 18 cuộc kiểm tra."
    )
    names = bodies(e)
    got = {(names[a.body], a.role, a.status) for a in e.assignments}
    assert ("Đảng ủy Khối các cơ quan tỉnh", "monitor", "reported") in got
    assert ("Ủy ban Kiểm tra Tỉnh ủy", "monitor", "reported") in got
    assert all(status == "reported" for _, _, status in got)


# ---------------------------------------------------------------- task groups and tasks
def test_a_task_group_with_a_declared_count_and_a_mismatch_is_reported():
    e = ex(
        "Kế hoạch đề ra các nhóm giải pháp.\n\n"
        "* Nhóm giải pháp thứ nhất về công tác cán bộ có 03 nội dung, cụ thể:\n\n"
        "1. Rà soát quy hoạch cán bộ.\n\n2. Đánh giá cán bộ hằng năm.\n"
    )
    g = e.task_groups[0]
    assert (g.ordinal, g.declared_count, len([t for t in e.tasks if t.group == g.key])) == (1, 3, 2)
    assert any(p.kind == "declared-count-mismatch" for p in e.problems)


def test_word_ordinals_name_the_groups():
    e = ex(
        "Một là, nhóm giải pháp về tuyên truyền.\n\nHai là, nhóm giải pháp về tổ chức.\n\n"
        "* Nhóm giải pháp thứ hai về tổ chức có 02 nội dung, cụ thể:\n\n"
        "1. Kiện toàn bộ máy.\n\n2. Sắp xếp biên chế.\n"
    )
    g = e.task_groups[0]
    assert (g.ordinal, g.label, g.declared_count) == (2, "nhóm giải pháp về tổ chức", 2)


# ---------------------------------------------------------------- targets and statistics
def t(text: str):
    e = ex(text)
    return [(x.value, x.upper, x.comparator, x.unit, x.deadline_year, x.period) for x in e.targets if x.parent is None]


def test_the_number_before_the_noun_with_tro_len():
    assert t("Mục tiêu đến năm 2025: 95% trở lên cơ quan, đơn vị đạt chuẩn văn hóa.") == [
        (95.0, None, "at-least", "percent", 2025, None)
    ]


def test_a_baseline_and_target_keeps_only_the_target():
    assert t("Phấn đấu đến năm 2030 nâng tỷ lệ cán bộ có trình độ đại học từ 32% lên 88,4%.") == [
        (88.4, None, "exactly", "percent", 2030, None)
    ]


@pytest.mark.parametrize(
    "phrase, expected",
    [
        ("đạt 7,5 - 8,0%", (7.5, 8.0, "range", "percent")),
        ("từ 300 đến 350 đảng viên", (300.0, 350.0, "range", "party-member")),
        ("không quá 5%", (5.0, None, "at-most", "percent")),
        ("khoảng 1.200 đảng viên", (1200.0, None, "approximately", "party-member")),
        ("dưới 2%", (2.0, None, "less-than", "percent")),
        ("tối thiểu 75% trở lên", (75.0, None, "at-least", "percent")),
        ("trên 90%", (90.0, None, "more-than", "percent")),
        ("ít nhất 02 lớp", (2.0, None, "at-least", "class")),
    ],
)
def test_comparators_ranges_and_units(phrase, expected):
    rows = t(f"Phấn đấu hằng năm {phrase} theo chỉ tiêu đề ra.")
    assert rows and rows[0][:4] == expected


def test_one_deadline_heads_several_targets_and_a_trong_do_is_a_component():
    e = ex(
        "Mục tiêu cụ thể đến năm 2030: 100% tổ chức đảng hoàn thành nhiệm vụ; kết nạp 2.000 đảng viên, "
        "trong đó 200 đảng viên trong doanh nghiệp."
    )
    top = [x for x in e.targets if x.parent is None]
    comp = [x for x in e.targets if x.parent is not None]
    assert [(x.value, x.deadline_year) for x in top] == [(100.0, 2030), (2000.0, 2030)]
    assert [(x.value, x.parent) for x in comp] == [(200.0, top[1].key)]


def test_results_are_statistics_not_targets():
    e = ex(
        "Năm 2023, toàn tỉnh đã kết nạp được 1.270 đảng viên mới; tỷ lệ đảng viên hoàn thành tốt nhiệm vụ "
        "đạt 99,16%; 21/21 xã đạt chuẩn."
    )
    assert e.targets == []
    assert [(s.value, s.total) for s in e.statistics] == [(1270.0, None), (99.16, None), (21.0, 21.0)]


def test_counts_of_document_parts_are_not_figures():
    e = ex("Nghị quyết gồm 24 chỉ tiêu, 03 khâu đột phá và 11 nhiệm vụ, giải pháp.")
    assert e.targets == [] and e.statistics == []


def test_reported_figures_take_their_as_of_date():
    e = ex("Tính đến 31/12/2020, Đảng bộ tỉnh có 56.760 đảng viên, đảng viên là phụ nữ chiếm 38,96%.")
    assert [(s.value, s.unit, s.as_of) for s in e.statistics] == [
        (56760.0, "party-member", "2020-12-31"),
        (38.96, "percent", "2020-12-31"),
    ]


def test_targets_link_to_indicator_concepts():
    e = ex("Phấn đấu hằng năm có 90% trở lên đảng viên hoàn thành tốt nhiệm vụ trở lên.")
    assert e.targets[0].indicator == "party-members-rated-good"


def test_a_declared_list_after_a_colon_is_a_task_group_of_the_subject():
    e = ex(
        "Năm 2024, Ban Thường vụ Tỉnh ủy xác định 03 nhiệm vụ trọng tâm: tăng cường kiểm tra, giám sát; "
        "đẩy mạnh chuyển đổi số trong cơ quan đảng; nâng cao chất lượng sinh hoạt chi bộ."
    )
    g = e.task_groups[0]
    assert (g.declared_count, [t.label for t in e.tasks if t.group == g.key]) == (
        3,
        [
            "tăng cường kiểm tra, giám sát",
            "đẩy mạnh chuyển đổi số trong cơ quan đảng",
            "nâng cao chất lượng sinh hoạt chi bộ",
        ],
    )
    assert owners(e) == {("Ban Thường vụ Tỉnh ủy", "monitor"), ("Ban Thường vụ Tỉnh ủy", "implement")}
