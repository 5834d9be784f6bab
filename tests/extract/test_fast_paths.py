"""Do the faster ways of reading a phrase give what the plain ones gave?

Extraction spends its time in regular expressions over every sentence; a few of them are now run in two steps or
only where they can match (issue 16). These tests hold each fast path to the plain expression it replaced, on
made-up phrases and on random strings of the pieces those expressions care about."""

from __future__ import annotations

import random
import re

import pytest

from phancong.extract.targets import _JOINERS, _undangled

# the one substitution population_of ran before: the leading run and the trailing run of separators and joiners
_DANGLING = re.compile(r"^(?:[\s,;:.()/-]|" + _JOINERS + r"\b)+|(?:[\s,;:.(/-]|\b" + _JOINERS + r")+$", re.I)


@pytest.mark.parametrize(
    "phrase, expected",
    [
        ("(tăng số hộ nghèo", "số hộ nghèo"),
        (") có trình độ đại học (", "trình độ đại học"),
        ("Công đoàn có", "Công đoàn"),
        ("Là số đảng viên mới, và", "số đảng viên mới"),
        ("tỷ lệ hộ dân dùng nước sạch", "tỷ lệ hộ dân dùng nước sạch"),
        ("có, là; trong đó", ""),
        ("", ""),
    ],
)
def test_what_dangles_at_either_end_of_a_counted_phrase_is_cut(phrase, expected):
    assert _undangled(phrase) == expected == _DANGLING.sub("", phrase)


def test_cutting_what_dangles_gives_what_the_one_substitution_gave_on_random_phrases():
    pieces = ["có", "Có", "là", "LÀ", "trong đó", "khoảng", "hơn", "tăng", " ", ", ", ";", "(", ")", "/", "-", ".",
              "\n", "số", "hộ", "đảng viên", "x", "cóa", "2"]  # fmt: skip
    random.seed(16)
    for _ in range(5000):
        phrase = "".join(random.choice(pieces) for _ in range(random.randint(0, 9)))
        assert _undangled(phrase) == _DANGLING.sub("", phrase), repr(phrase)


def test_what_was_said_after_a_verb_of_saying_is_found_as_without_the_colon_lookahead():
    """_SAID first looks whether a colon comes before the next ";" or "." (no colon there: nothing said)."""
    from phancong.extract.patterns_subject import _SAID

    plain = re.compile(
        r"[^:;.\n]{0,160}?\b(?:nhấn mạnh|lưu ý|khẳng định|kết luận|chỉ rõ|cho biết|phát biểu|đề nghị|yêu cầu|chỉ đạo)"
        r"\s*:\s*"
    )
    said = "Đồng chí Bí thư Tỉnh ủy nhấn mạnh: Ủy ban MTTQ xã cần tăng cường giám sát"
    assert _SAID.match(said).end() == plain.match(said).end() == said.index("Ủy ban")
    pieces = ["Đồng chí Bí thư", " nhấn mạnh", " yêu cầu", "\n", ":", " : ", ";", ".", ", ", "Sở Y tế", "x"]
    random.seed(16)
    for _ in range(5000):
        text = "".join(random.choice(pieces) for _ in range(random.randint(0, 8)))
        a = random.randint(0, len(text))
        b = random.randint(a, len(text))
        got, expected = _SAID.match(text, a, b), plain.match(text, a, b)
        assert (got and got.span()) == (expected and expected.span()), (text, a, b)


@pytest.mark.parametrize(
    "name, written_first",
    [
        ("INLINE_ENUM", r"(?:(?<=\s)|(?<=^)|(?<=[:;.]))\((?P<n>\d{1,2})\)\s+"),
        ("_STANDARD_LEVEL", r"\bchuẩn mức\s+(?P<n>[1-3]|III|II|I)(?![\w.,/-])"),
    ],
)
def test_a_pattern_that_looks_back_after_its_first_characters_finds_what_it_found_looking_back_first(
    name, written_first
):
    """INLINE_ENUM ("(1) ... (2) ...") and _STANDARD_LEVEL ("chuẩn mức 2") open with what they look for and look
    back at what stands before it: Python's engine then searches for that string instead of trying every position."""
    from phancong.extract import figures
    from phancong.text import segment

    pattern = getattr(segment, name, None) or getattr(figures, name)
    plain = re.compile(written_first)
    assert pattern.pattern != plain.pattern
    pieces = [
        "(1)",
        "(12)",
        " ",
        ":",
        ";",
        ".",
        "\n",
        "x",
        "a(",
        "chuẩn mức",
        "xchuẩn mức 2",
        "chuẩn mức II",
        "1",
        "IV",
    ]
    random.seed(16)
    found = 0
    for _ in range(5000):
        text = "".join(random.choice(pieces) for _ in range(random.randint(0, 9)))
        a = random.randint(0, len(text))
        b = random.randint(a, len(text))
        expected = [(m.span(), m.groups()) for m in plain.finditer(text, a, b)]
        assert [(m.span(), m.groups()) for m in pattern.finditer(text, a, b)] == expected, (text, a, b)
        found += len(expected)
    assert found  # the pieces make matches: the lists compared are not all empty
