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
