"""Duties and bodies as other provinces' texts write them (issue 13, session 23).

Every sentence here is made up for the test."""

from __future__ import annotations

from tests.extract.reading import duties, ex


def test_a_cell_or_a_party_organisation_named_again_by_its_kind_does_what_follows():
    """ "Chi bộ thôn 5 … Chi bộ vận động …", "Đảng bộ xã Tân Lộc … Đảng bộ đã giới thiệu …": a cell or a Party
    organisation named again by its kind alone is the one the text named before."""
    e = ex(
        "Đại hội Chi bộ thôn 5 diễn ra sáng 12/3. Chi bộ vận động nhân dân hiến 2.000 m2 đất làm đường. "
        "Năm qua, Đảng bộ xã Tân Lộc có nhiều đổi mới. Đảng bộ đã giới thiệu 30 quần chúng đi học lớp cảm tình đảng.",
        "Gia Lai",
    )
    done = {(name, text[:20]) for name, text in duties(e)}
    assert ("Chi bộ thôn 5", "Chi bộ vận động nhân") in done
    assert ("Đảng bộ xã Tân Lộc", "Đảng bộ đã giới thiệ") in done


def test_an_association_or_a_steering_committee_named_again_strives_and_is_charged():
    """ "Hội phấn đấu …", "Ban chỉ đạo có nhiệm vụ …": more of what a body named again by its head word does."""
    e = ex(
        "Hội Nông dân xã Tân Lộc có 900 hội viên. Hội phấn đấu xây dựng thêm 5 tổ hợp tác trong năm 2027. "
        "Ban Chỉ đạo chuyển đổi số tỉnh được kiện toàn. Ban chỉ đạo có nhiệm vụ đôn đốc các sở triển khai đề án.",
        "Gia Lai",
    )
    done = {(name, text[:15]) for name, text in duties(e)}
    assert ("Hội Nông dân xã Tân Lộc", "Hội phấn đấu xâ") in done
    assert ("Ban Chỉ đạo chuyển đổi số tỉnh", "Ban chỉ đạo có ") in done


def test_words_that_merely_begin_with_a_bodys_head_are_not_that_body_again():
    """ "Hội viên …", "Đoàn viên …", "Chi bộ đảng …", "Đảng bộ tỉnh …" are not a body named again."""
    e = ex(
        "Hội Nông dân xã Tân Lộc có 900 hội viên. Hội viên phấn đấu làm giàu. "
        "Đoàn Thanh niên xã Tân Lộc ra quân. Đoàn viên chỉ đạo nhau dọn vệ sinh.",
        "Gia Lai",
    )
    assert not any(text.startswith(("Hội viên", "Đoàn viên")) for _, text in duties(e))


def test_the_bodies_a_subject_advises_to_be_directed_carry_out_the_duty():
    """ "Sở Nội vụ tham mưu UBND tỉnh chỉ đạo UBND cấp xã rà soát …": the department advises, and the communes are
    the ones to carry out the review."""
    e = ex(
        "Ban chỉ đạo có nhiệm vụ tham mưu cho Chủ tịch UBND tỉnh chỉ đạo UBND cấp xã và các sở, ngành "
        "rà soát tài sản công dôi dư. Sở Xây dựng tham mưu UBND tỉnh giao Sở Tài chính bố trí kinh phí sửa chữa.",
        "Gia Lai",
    )
    done = {(name, text[:25]) for name, text in duties(e)}
    assert ("Ủy ban nhân dân cấp xã", "UBND cấp xã và các sở, ng") in done
    assert ("các sở, ngành", "UBND cấp xã và các sở, ng") in done
    assert ("Sở Tài chính", "Sở Tài chính bố trí kinh ") in done
    assert ("Sở Xây dựng", "Sở Xây dựng tham mưu UBND") in done


def test_the_acts_listed_after_viec_are_what_is_watched_over_not_duties_of_their_own():
    """ "giám sát việc lãnh đạo, chỉ đạo, tổ chức học tập …": the acts after "việc" name what is supervised; the
    body supervises, it does not also lead and organise."""
    e = ex(
        "Đoàn giám sát số 4 được thành lập. Đoàn có nhiệm vụ giám sát việc lãnh đạo, chỉ đạo, tổ chức nghiên cứu, "
        "học tập, quán triệt, tuyên truyền và triển khai thực hiện Nghị quyết của các đảng ủy cấp xã.",
        "Gia Lai",
    )
    roles = {(a.role, a.text[:30]) for a in e.assignments}
    assert roles == {("monitor", "Đoàn có nhiệm vụ giám sát việc")}


def test_a_provinces_utilities_named_by_their_trade_are_bodies_and_monitoring_is_watching():
    """ "Công ty Khai thác công trình thủy lợi, Công ty Cấp thoát nước, Trung tâm Nước sạch … Bến Tre quan trắc …":
    companies named by a trade in lower case keep all of it, a centre's long name is read to its verb, and measuring
    the water (quan trắc) is watching over it."""
    e = ex(
        "Công ty Khai thác công trình thủy lợi, Công ty Cấp thoát nước, Trung tâm Nước sạch và Vệ sinh môi trường "
        "nông thôn Bến Tre quan trắc, theo dõi độ mặn tại các cống đầu mối.",
        "Bến Tre",
    )
    names = [b.name for b in e.bodies]
    assert names == [
        "Công ty Khai thác công trình thủy lợi",
        "Công ty Cấp thoát nước",
        "Trung tâm Nước sạch và Vệ sinh môi trường nông thôn Bến Tre",
    ]
    assert {a.role for a in e.assignments} == {"monitor"} and len(e.assignments) == 3


def test_a_company_is_not_the_word_company_alone():
    """ "Công ty ký hợp đồng …" names no company."""
    e = ex("Công ty ký hợp đồng với 40 hộ dân. Công ty Điện lực Hòa Bình cấp điện cho 3 xã.", "Hòa Bình")
    assert [b.name for b in e.bodies] == ["Công ty Điện lực Hòa Bình"]


def test_boards_named_since_the_2025_reforms_and_the_fronts_relief_boards_are_bodies():
    """ "Ban Chỉ huy Phòng thủ dân sự - Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh" (two boards' topics joined
    by a dash), "Văn phòng điều phối Chương trình … nông thôn mới tỉnh" (lower-case "điều phối"), "Ban Vận động cứu
    trợ tỉnh" are bodies."""
    e = ex(
        "Ban Chỉ huy Phòng thủ dân sự - Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh theo dõi sát diễn biến mưa lũ. "
        "UBND tỉnh giao Văn phòng điều phối Chương trình mục tiêu quốc gia xây dựng nông thôn mới tỉnh tổng hợp "
        "kết quả. Ban Vận động cứu trợ tỉnh tiếp nhận 3 tỷ đồng ủng hộ đồng bào vùng lũ.",
        "Gia Lai",
    )
    names = {b.name for b in e.bodies}
    assert "Ban Chỉ huy Phòng thủ dân sự - Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh" in names
    assert "Văn phòng Điều phối Chương trình mục tiêu quốc gia xây dựng nông thôn mới tỉnh" in names
    assert "Ban Vận động cứu trợ tỉnh" in names


def test_a_photo_caption_between_goals_does_not_end_their_scope():
    """A caption crediting its photo ("… - (Ảnh: Văn Nam). |") between a goal sentence and "Trong đó, …" is no
    paragraph of the text: the goals after it keep the scope's year."""
    e = ex(
        "Với mục tiêu đến năm 2027, phấn đấu tối thiểu 70% dân số nông thôn được dùng nước sạch.\n"
        "![]() |\n"
        "Lễ khánh thành công trình nước sạch tại xã Tân Lập - (Ảnh: Văn Nam). |\n"
        "Trong đó, có ít nhất 40% số hộ phân loại rác tại nguồn; 85% chất thải rắn được thu gom và xử lý.",
        "Phú Yên",
    )
    assert sorted((t.value, t.deadline_year) for t in e.targets) == [(40.0, 2027), (70.0, 2027), (85.0, 2027)]


def test_the_means_listed_to_reach_the_goals_are_not_goals_without_a_figure():
    """ "Để đạt được mục tiêu trên, … thực hiện 4 giải pháp, gồm: A; B; …": the list names means, not targets
    stated without a figure."""
    e = ex(
        "Phấn đấu đến năm 2045, 100% hộ dân nông thôn được sử dụng nước sạch.\n"
        "Để đạt được mục tiêu trên, UBND tỉnh yêu cầu các sở, ngành tập trung thực hiện 4 giải cụ thể, gồm: hoàn "
        "thiện cơ chế, chính sách; tăng cường tuyên truyền; cấp nước tập trung; cấp nước quy mô hộ gia đình.",
        "Phú Yên",
    )
    assert [(t.value, t.deadline_year) for t in e.targets] == [(100.0, 2045)]


def test_the_goals_of_a_committee_of_a_term_are_due_at_the_terms_end_and_keep_their_magnitude():
    """ "Tỉnh ủy khóa 18 phấn đấu đạt các chỉ tiêu sau: …" after "nhiệm kỳ 2025-2030": due in 2030; "kết nạp hơn 9
    nghìn đảng viên" counts thousands of party members, the magnitude kept in the unit."""
    e = ex(
        "Ngày 21-4, Ban Chấp hành Đảng bộ tỉnh khóa 18, nhiệm kỳ 2025-2030 khai mạc hội nghị lần thứ tư.\n"
        "Tỉnh ủy khóa 18 phấn đấu đạt các chỉ tiêu sau: hằng năm có hơn 60% số tổ chức cơ sở đảng đạt danh hiệu "
        "trong sạch, vững mạnh; kết nạp hơn 9 nghìn đảng viên mới.",
        "Phú Yên",
    )
    assert sorted((t.value, t.unit, t.deadline_year) for t in e.targets) == [
        (9.0, "nghìn đảng viên", 2030),
        (60.0, "percent", 2030),
    ]


def test_a_decisions_executing_article_names_offices_by_their_heads_and_members():
    """ "Điều 3. Chánh Văn phòng UBND tỉnh, các sở, ban, ngành, các thành viên Ban Chỉ huy …, Chủ tịch UBND các
    huyện … chịu trách nhiệm thi hành": the office of the chief, the board of the members, each carries it out."""
    e = ex(
        "Điều 3. Chánh Văn phòng UBND tỉnh, các sở, ban, ngành, các thành viên Ban Chỉ đạo chuyển đổi số tỉnh, "
        "Chủ tịch UBND các huyện, thị xã, thành phố chịu trách nhiệm thi hành Quyết định này./.",
        "Phú Yên",
    )
    assert {name for name, _ in duties(e)} == {
        "Văn phòng Ủy ban nhân dân tỉnh",
        "các sở, ban, ngành",
        "Ban Chỉ đạo chuyển đổi số tỉnh",
        "Ủy ban nhân dân các huyện, thị xã, thành phố",
    }


def test_the_body_in_brackets_that_serves_as_a_standing_office_leads_with_it():
    """ "Thường trực Ban Chỉ huy … tỉnh (Sở Nông nghiệp và Môi trường) chủ trì …": the standing office and the
    department that serves as it both lead."""
    e = ex(
        "Thường trực Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh (Sở Nông nghiệp và Môi trường) chủ "
        "trì, phối hợp với các sở, ngành triển khai kế hoạch ứng phó bão.",
        "Phú Yên",
    )
    leads = {(a.role, n) for a in e.assignments for n in [next(b.name for b in e.bodies if b.key == a.body)]}
    assert ("lead", "Thường trực Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh") in leads
    assert ("lead", "Sở Nông nghiệp và Môi trường") in leads


def test_each_figure_of_a_goal_sentence_keeps_the_year_set_off_before_it():
    """ "Đến năm 2027 có ít nhất 50% và đến cuối năm 2029, 100% Công an phường …": the second figure is due in 2029,
    the year set off by a comma right before it, not the sentence's first."""
    e = ex(
        "Đề án đề ra mục tiêu như sau: Đến năm 2027 có ít nhất 50% và đến cuối năm 2029, 100% Công an phường trên "
        "địa bàn tỉnh đạt chuẩn kiểu mẫu.",
        "Phú Yên",
    )
    assert sorted((t.value, t.deadline_year) for t in e.targets) == [(50.0, 2027), (100.0, 2029)]


def test_a_bare_front_in_a_text_naming_two_committees_equally_is_the_front_of_the_first_named():
    """ "Tỉnh ủy … Huyện ủy … chỉ đạo Ban Tuyên giáo, Mặt trận, các đoàn thể …": where the text names the province's
    and a district's committees as often, the Front named bare is the province's, the first named, in every run (it
    was decided by the order of a set, which changes from run to run)."""
    import subprocess
    import sys

    code = (
        "from tests.extract.reading import ex\n"
        "e = ex('Tỉnh ủy họp phiên thường kỳ. Huyện ủy Tân Lộc chỉ đạo Ban Tuyên giáo, Mặt trận, các đoàn thể "
        "tổ chức Tết.', 'Gia Lai')\n"
        "print(sorted(b.name for b in e.bodies if 'Mặt trận' in b.name))\n"
    )
    runs = {
        subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, env={"PYTHONHASHSEED": str(seed)}, check=True
        ).stdout
        for seed in range(6)
    }
    assert runs == {"['Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh']\n"}
