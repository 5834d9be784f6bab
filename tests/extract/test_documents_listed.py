"""Document numbers as real texts write them (issue 13): a space after the dash of a state-style number, and
further numbers of the same type listed after the first ("các Nghị quyết số A ngày …, số B ngày …"). Every
sentence here is made up for the test."""

from __future__ import annotations

from phancong.extract import extract
from phancong.text.normalise import normalise
from phancong.text.read import Source


def documents(text: str) -> list[tuple[str, str | None, str | None]]:
    e = extract(Source(id="t", path="t.txt", text=normalise(text), meta={"province": "Sóc Trăng"}))
    return [(d.type, d.number, d.issued) for d in e.documents]


def test_a_space_after_the_dash_of_a_state_number_is_not_part_of_it():
    got = documents("Các sở thực hiện hiệu quả Chương trình hành động số 02/CTr- UBND ngày 10/01/2026 của UBND tỉnh.")
    assert ("ActionProgramme", "02/CTr-UBND", "2026-01-10") in got


def test_each_number_listed_after_the_first_is_a_document_of_the_same_type():
    got = documents(
        "Triển khai các Nghị quyết số 101/NQ-CP ngày 3 tháng 2 năm 2026, số 115/NQ-CP ngày 20 tháng 2 năm 2026 "
        "của Chính phủ; thực hiện Kế hoạch số 12/KH-UBND và số 15/KH-UBND của UBND tỉnh."
    )
    assert {
        ("Resolution", "101/NQ-CP", "2026-02-03"),
        ("Resolution", "115/NQ-CP", "2026-02-20"),
        ("Plan", "12/KH-UBND", None),
        ("Plan", "15/KH-UBND", None),
    } <= set(got)
