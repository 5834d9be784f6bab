"""What a body hands to others in news of plans: a year's plan, quotas or a budget handed "cho" bodies, a result
put before a body ("trình", "báo cáo X kết quả"), heads of bodies addressed for their bodies (issue 13, twelfth
session). Every sentence is made up."""

from __future__ import annotations

import pytest

from tests.extract.reading import ex, roles


@pytest.mark.parametrize(
    "sentence",
    [
        "UBND tỉnh tổ chức hội nghị giao kế hoạch phát triển kinh tế - xã hội năm 2027 cho các sở, ban, ngành.",
        "Sáng 3/1, UBND tỉnh họp giao chỉ tiêu kế hoạch năm 2027 cho các sở, ban, ngành để triển khai thực hiện.",
        "UBND tỉnh đã giao dự toán ngân sách nhà nước năm 2027 cho các sở, ban, ngành.",
    ],
)
def test_the_bodies_a_years_plan_is_handed_to_carry_it_and_the_giver_does_not(sentence):
    got = roles(ex(sentence, "Bình Định"))
    assert ("các sở, ban, ngành", "implement") in got, got
    assert ("Ủy ban nhân dân tỉnh", "implement") not in got, got
