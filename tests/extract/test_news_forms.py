"""How news reports write bodies and duties that plans write otherwise (issue 13, eleventh session): departments
abbreviated with dashes, a task's lead named after "do", a working group's duties. Every sentence is made up."""

from __future__ import annotations

import pytest
from tests.extract.reading import ex, roles

from phancong.extract.bodies import find_bodies


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
