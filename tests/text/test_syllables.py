"""Words a copy glued ("Đào tạochủ trì", "Ủy ban nhân dântỉnh", "BANHÀNH") are cut where the text itself writes the
pieces apart; every sentence is made up for the test."""

from __future__ import annotations

from phancong.text.normalise import normalise
from phancong.text.syllables import unglue
from tests.extract.reading import ex, roles

GLUED = (
    "Ủy ban nhân dân tỉnh ban hành quyết định số 5 về đào tạo; Sở Y tế chủ trì. Giao Sở Giáo dục và Đào tạochủ trì, "
    "phối hợp với Ủy ban nhân dântỉnh và các huyện tổ chức thực hiện Quyết địnhsố 12/QĐ-UBND."
)


def test_the_department_a_copy_glued_to_its_duty_still_leads_it():
    """The owner of the task in a decision a law site copied with glued words is the department it names."""
    assert ("Sở Giáo dục và Đào tạo", "lead") in roles(ex(GLUED)), roles(ex(GLUED))


def test_glued_words_are_cut_where_the_text_writes_the_pieces_apart():
    assert unglue(GLUED) == GLUED.replace("tạochủ", "tạo chủ").replace("dântỉnh", "dân tỉnh").replace(
        "địnhsố", "định số"
    )


def test_a_cut_the_text_does_not_attest_is_left_as_written_unless_a_capital_marks_it():
    assert unglue("Lênin, BANHÀNH, HưngYên") == "Lênin, BANHÀNH, Hưng Yên"
    assert unglue("ban hành, BANHÀNH") == "ban hành, BAN HÀNH"  # not "BA NHÀNH": the text writes "ban hành"


def test_words_without_a_vietnamese_mark_are_left_as_written():
    assert unglue("tiêm vaccine, website, baolaocai") == "tiêm vaccine, website, baolaocai"


def test_normalising_a_glued_text_twice_changes_nothing_more():
    once = normalise(GLUED)
    assert normalise(once) == once
