"""Bodies, duties and targets as other provinces' texts write them (issue 13, session 24).

Every sentence here is made up for the test."""

from __future__ import annotations

from tests.extract.reading import ex, reporting_lines, roles, vud


def test_the_councils_delegates_listed_with_its_organs_oversee_the_resolution():
    """ "giao Thường trực HĐND tỉnh, các Ban của HĐND tỉnh và các đại biểu HĐND tỉnh giám sát …": all three watch
    over it, the delegates named as written, with "các"."""
    e = ex(
        "Điều 2. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện; giao Thường trực Hội đồng nhân dân tỉnh, các Ban của "
        "Hội đồng nhân dân tỉnh và các đại biểu Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết này.",
        "Kon Tum",
    )
    assert {
        ("Thường trực Hội đồng nhân dân tỉnh", "monitor"),
        ("các Ban của Hội đồng nhân dân tỉnh", "monitor"),
        ("các đại biểu Hội đồng nhân dân tỉnh", "monitor"),
        ("Ủy ban nhân dân tỉnh", "implement"),
    } <= roles(e)


def test_bodies_asked_to_set_out_their_tasks_carry_a_duty_and_report_when_asked():
    """ "yêu cầu các sở, ngành xác định cụ thể các nhiệm vụ …; định kỳ 6 tháng hoặc đột xuất báo cáo … về Sở X":
    setting out one's own tasks, asked, is a duty; a report due on schedule or on call goes to Sở X."""
    e = ex(
        "UBND tỉnh yêu cầu các sở, ban, ngành, UBND các huyện xác định cụ thể các nhiệm vụ, giải pháp để triển khai "
        "kế hoạch phát triển cảng cá; định kỳ 6 tháng hoặc đột xuất báo cáo kết quả thực hiện về Sở Nội vụ để tổng "
        "hợp.",
        "Kiên Giang",
    )
    assert {("các sở, ban, ngành", "implement"), ("Ủy ban nhân dân các huyện", "implement")} <= roles(e)
    assert ("các sở, ban, ngành", "Sở Nội vụ") in reporting_lines(e)


def test_a_sector_abbreviated_and_the_sectors_partnered_are_bodies():
    """ "ngành LĐTBXH phối hợp với …" is the labour sector; "phối hợp với các ngành làm tốt …": the sectors are the
    partners of whoever works with them."""
    e = ex(
        "Năm tới, ngành LĐTBXH phối hợp với các địa phương mở thêm lớp dạy nghề. "
        "Ban Dân tộc tỉnh tiếp tục phối hợp với các ngành làm tốt công tác tuyên truyền ở vùng cao.",
        "Thái Bình",
    )
    names = {b.name for b in e.bodies}
    assert {"ngành Lao động - Thương binh và Xã hội", "các ngành"} <= names
    n = {b.key: b.name for b in e.bodies}
    partners = {(n[a.body], n[p]) for a in e.assignments for p in a.partners or []}
    assert ("Ban Dân tộc tỉnh", "các ngành") in partners


def test_a_communes_youth_union_is_named_as_written_and_named_again_by_its_level():
    """ "Đoàn TNCS Hồ Chí Minh xã Tân Lộc … Đoàn xã đã … Đoàn đã …": one body, the commune's youth union; its
    congress and its province's committee are not the province's union itself."""
    e = ex(
        "Đoàn TNCS Hồ Chí Minh xã Tân Lộc tổ chức Đại hội đại biểu lần thứ I. Đoàn xã đã triển khai 5 chuyên đề học "
        "tập. Trong nhiệm kỳ, Đoàn đã giới thiệu 20 đoàn viên ưu tú cho Đảng. Ban Chấp hành Đoàn TNCS Hồ Chí Minh tỉnh "
        "gửi thư chúc mừng Đại hội đại biểu Đoàn TNCS Hồ Chí Minh tỉnh lần thứ XX.",
        "Gia Lai",
    )
    names = {b.name for b in e.bodies}
    assert "Đoàn TNCS Hồ Chí Minh xã Tân Lộc" in names
    assert "Ban Chấp hành Đoàn TNCS Hồ Chí Minh tỉnh" in names
    assert not names & {"Đoàn xã", "Tỉnh đoàn"}
    done = {text[:12] for name, text in _duties_of(e, "Đoàn TNCS Hồ Chí Minh xã Tân Lộc")}
    assert {"Đoàn xã đã t", "Đoàn đã giới"} <= done


def test_an_association_with_its_abbreviation_in_brackets_and_a_ward_abbreviated_are_bodies():
    """ "Hội Cựu chiến binh (CCB) xã Phúc Lộc", "Hội Liên hiệp Phụ nữ (LHPN) tỉnh", "Đảng bộ P.Tân An": the
    abbreviation between the organ and its place, the ward written "P."."""
    e = ex(
        "Hội Cựu chiến binh (CCB) xã Phúc Lộc đã tổ chức Đại hội lần thứ VIII. Hội Liên hiệp Phụ nữ (LHPN) tỉnh tiếp "
        "tục vận động hội viên. Đảng bộ P.Tân An tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030.",
        "Đồng Tháp",
    )
    names = {b.name for b in e.bodies}
    assert {"Hội Cựu chiến binh xã Phúc Lộc", "Hội Liên hiệp Phụ nữ tỉnh", "Đảng bộ phường Tân An"} <= names


def test_a_news_text_opening_with_its_year_sets_the_goals_of_the_next_paragraph_for_it():
    """ " date 2027-03-02 Năm 2027, tỉnh đặt mục tiêu …" then "… phấn đấu đón khoảng 9 triệu lượt khách": the year
    the lead opens with, after the page's own date line, is the goals' year."""
    text = (
        " date 2027-03-02 Năm 2027, tỉnh Phú Yên đặt mục tiêu tăng tốc phát triển du lịch biển.\n\n"
        "Theo kế hoạch của ngành du lịch, địa phương phấn đấu đón khoảng 9 triệu lượt khách."
    )
    assert (9.0, "triệu lượt khách", 2027) in vud(text, province="Phú Yên")


def test_figures_after_a_term_ahead_of_the_text_are_goals_and_a_past_period_reports():
    """ "Nhiệm kỳ 2025 - 2030, Đoàn xã … tập trung …; kết nạp từ 50 - 80 đoàn viên", written in 2025: goals of the
    term; "Giai đoạn 2021 - 2025, tỉnh đã xây dựng 12 trường", written in 2025, reports."""
    ahead = (
        "Nhiệm kỳ 2025 - 2030, Đoàn Thanh niên xã Tân Phú tập trung giáo dục chính trị cho thanh niên; hằng năm, "
        "tư vấn nghề cho trên 500 đoàn viên; kết nạp từ 50 – 80 đoàn viên; thực hiện ít nhất 4 công trình thanh niên."
    )
    read = vud(ahead, published="2025-08-01")
    assert {(500.0, "đoàn viên", 2030), (4.0, "công trình", 2030)} <= set(read)
    assert (
        vud("Giai đoạn 2021 - 2025, tỉnh đã xây dựng mới 12 trường học và 40 trạm y tế.", published="2025-08-01") == []
    )


def _duties_of(e, name: str) -> set[tuple[str, str]]:
    n = {b.key: b.name for b in e.bodies}
    return {(n[a.body], a.text) for a in e.assignments if n[a.body] == name}


def test_bodies_that_organise_the_watch_over_something_monitor_it():
    """ "Sở A, UBND các xã tổ chức theo dõi diễn biến …" watches over it, as "tổ chức kiểm tra, giám sát" does; the
    rural programme's office is named with "NTM" spelt out."""
    e = ex(
        "Sở Nông nghiệp và Môi trường, UBND các xã tổ chức theo dõi diễn biến mưa lũ ở vùng trũng. Văn phòng Điều phối "
        "xây dựng NTM tỉnh tổ chức kiểm tra, giám sát việc thực hiện Chương trình năm 2027.",
        "Phú Thọ",
    )
    assert {
        ("Sở Nông nghiệp và Môi trường", "monitor"),
        ("Ủy ban nhân dân các xã", "monitor"),
        ("Văn phòng Điều phối xây dựng nông thôn mới tỉnh", "monitor"),
    } <= roles(e)
