"""Targets a body adopted, as news reports them (issue 13, session 17).

Every sentence here is made up for the test: a meeting that "đã thông qua" a resolution "với 20 chỉ tiêu chủ yếu
là: …" reports an act, and what follows the colon is the resolution's targets."""

from __future__ import annotations

from tests.extract.reading import vud


def test_the_targets_a_council_adopted_after_a_counted_lead_and_a_colon_are_targets():
    """ "Kỳ họp đã thông qua Nghị quyết … năm 2025 với 20 chỉ tiêu chủ yếu là: …": the meeting's act is reported,
    the figures after the colon are what the resolution aims at, counted or not."""
    assert vud(
        "Kỳ họp đã thông qua Nghị quyết về nhiệm vụ phát triển kinh tế - xã hội năm 2025 với 20 chỉ tiêu chủ yếu "
        "là: tổng sản lượng lương thực đạt 9.500 tấn; tỷ lệ lao động qua đào tạo đạt 75%."
    ) == [(9500.0, "tấn", 2025), (75.0, "percent", 2025)]


def test_a_count_of_targets_reached_is_still_a_result():
    """ "đã hoàn thành 18/20 chỉ tiêu, trong đó: …": a share of the targets reached reports results."""
    assert vud("Năm 2024, huyện đã hoàn thành 18/20 chỉ tiêu, trong đó: tỷ lệ lao động qua đào tạo đạt 75%.") == []
