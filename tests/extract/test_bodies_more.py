"""Which bodies does a text name: classes found on texts of other provinces (issue 13).

Every sentence here is made up for the test: every member of a list under a head ("một số Đảng bộ: …") is
a body, also written in lower case; the courts and procuracies and their Party boards are bodies, with the
common misspelling "Viện Kiểm soát" read as the procuracy."""

from __future__ import annotations

import pytest

from phancong.extract import extract
from phancong.extract.bodies import find_bodies
from phancong.text.normalise import normalise
from phancong.text.read import Source


def body_names(text: str, province: str = "Hòa Bình") -> list[str]:
    e = extract(Source(id="t", path="t.txt", text=normalise(text), meta={"province": province}))
    return [b.name for b in e.bodies]


def test_every_party_organisation_listed_under_mot_so_dang_bo_is_a_body():
    names = body_names(
        "Tỉnh ủy sẽ kiểm tra trực tiếp một số Đảng bộ: Huyện Lạc Sơn, Huyện Mai Châu, Khối Doanh nghiệp tỉnh, "
        "Ban cán sự đảng Tòa án nhân dân tỉnh, Đảng đoàn Hội Cựu chiến binh tỉnh."
    )
    for name in (
        "Đảng bộ huyện Lạc Sơn",
        "Đảng bộ huyện Mai Châu",
        "Đảng bộ Khối Doanh nghiệp tỉnh",
        "Ban cán sự đảng Tòa án nhân dân tỉnh",
        "Đảng đoàn Hội Cựu chiến binh tỉnh",
    ):
        assert name in names, names


def test_a_list_under_a_head_written_in_lower_case_names_each_district():
    names = body_names("Đoàn công tác làm việc với một số Đảng bộ: huyện Kim Bôi, huyện Tân Lạc.")
    assert {"Đảng bộ huyện Kim Bôi", "Đảng bộ huyện Tân Lạc"} <= set(names), names


def test_members_of_a_list_with_no_head_are_not_made_actors():
    names = body_names("Kết quả của Đảng bộ huyện Lạc Sơn, Đảng bộ huyện Mai Châu được đánh giá cao.")
    assert "Đảng bộ huyện Mai Châu" not in names, names


@pytest.mark.parametrize(
    ("written", "name", "body_type"),
    [
        ("Tòa án nhân dân tỉnh phối hợp", "Tòa án nhân dân tỉnh", "court"),
        ("TAND tỉnh phối hợp", "Tòa án nhân dân tỉnh", "court"),
        ("Viện Kiểm sát nhân dân tỉnh chủ trì", "Viện Kiểm sát nhân dân tỉnh", "procuracy"),
        ("Viện kiểm soát nhân dân tỉnh chủ trì", "Viện Kiểm sát nhân dân tỉnh", "procuracy"),
        ("Viện Kiểm sát nhân dân huyện Lạc Sơn chủ trì", "Viện Kiểm sát nhân dân huyện Lạc Sơn", "procuracy"),
        (
            "Ban cán sự đảng Viện Kiểm soát nhân dân tỉnh chỉ đạo",
            "Ban cán sự đảng Viện Kiểm sát nhân dân tỉnh",
            "party-board",
        ),
        ("BCS đảng Tòa án nhân dân tỉnh chỉ đạo", "Ban cán sự đảng Tòa án nhân dân tỉnh", "party-board"),
    ],
)
def test_the_courts_the_procuracies_and_their_party_boards_are_bodies(written, name, body_type):
    assert [(b.name, b.type) for b in find_bodies(written)] == [(name, body_type)]
