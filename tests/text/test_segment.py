"""Where does a sentence or a clause end? (text/segment.py; made-up sentences)"""

from __future__ import annotations

from phancong.text.segment import clauses, sentences


def spans(text, pairs):
    return [text[s:e] for s, e in pairs]


def test_clauses_are_cut_at_separators_outside_brackets_only():
    text = "Sở Nội vụ chủ trì (phối hợp; theo dõi); Sở Y tế thực hiện (báo cáo (quý; năm)); ;Ban Dân vận."
    assert spans(text, clauses(text, 0, len(text))) == [
        "Sở Nội vụ chủ trì (phối hợp; theo dõi)",
        "Sở Y tế thực hiện (báo cáo (quý; năm))",
        "Ban Dân vận",
    ]


def test_a_closing_bracket_without_its_opening_one_does_not_hide_the_next_separator():
    text = "a) Tỉnh ủy lãnh đạo; b) Ủy ban nhân dân tỉnh chỉ đạo"
    assert spans(text, clauses(text, 0, len(text))) == ["a) Tỉnh ủy lãnh đạo", "b) Ủy ban nhân dân tỉnh chỉ đạo"]


def test_clauses_by_other_separators_and_inside_a_range():
    text = "X: một, hai (ba, bốn), năm: sáu"
    assert spans(text, clauses(text, 3, len(text), ",:")) == ["một", "hai (ba, bốn)", "năm", "sáu"]


def test_sentences_asked_twice_are_the_same_and_a_copy():
    text = "Tỉnh ủy lãnh đạo. Sở Y tế thực hiện.\nBan Dân vận phối hợp"
    first = sentences(text, 0, len(text))
    assert spans(text, first) == ["Tỉnh ủy lãnh đạo.", "Sở Y tế thực hiện.", "Ban Dân vận phối hợp"]
    first.append((0, 1))  # a caller's list is its own
    assert sentences(text, 0, len(text)) == first[:3]
    assert spans(text, sentences(text, 18)) == ["Sở Y tế thực hiện.", "Ban Dân vận phối hợp"]


def test_sentence_ends_are_found_where_the_whole_pattern_finds_them():
    """The ends are tried only after ".", "!", "?" and at line breaks (one just before the range included)."""
    import random

    from phancong.text.segment import _SENTENCE_END, _sentence_ends

    random.seed(7)
    alphabet = 'ab.!?/ \n\tĐỦ1"“(-'
    for _ in range(5000):
        text = "".join(random.choice(alphabet) for _ in range(random.randint(0, 16)))
        a = random.randint(0, len(text))
        b = random.randint(a, len(text))
        assert [m.span() for m in _sentence_ends(text, a, b)] == [m.span() for m in _SENTENCE_END.finditer(text, a, b)]


def test_a_hard_wrapped_line_broken_mid_sentence_does_not_end_the_sentence():
    text = "Chủ tịch UBND các huyện,\nthị xã, thành phố thi hành.\nĐiều 4. Hiệu lực.\nhết"
    assert spans(text, sentences(text)) == [
        "Chủ tịch UBND các huyện,\nthị xã, thành phố thi hành.",
        "Điều 4.",
        "Hiệu lực.",
        "hết",
    ]


def test_the_stop_of_an_abbreviated_title_or_city_ends_no_sentence():
    t = "Năm 2026, TP. Vinh phấn đấu tăng trưởng. Đoàn do PGS. TS. Trần Văn Bình dẫn đầu."
    assert [t[s:e] for s, e in sentences(t)] == [
        "Năm 2026, TP. Vinh phấn đấu tăng trưởng.",
        "Đoàn do PGS. TS. Trần Văn Bình dẫn đầu.",
    ]


def test_a_line_declaring_a_count_of_tasks_is_found_as_before_the_quick_look_for_a_number_and_its_noun():
    """declared_count_match first looks for a number followed by a noun counted (issue 16: most lines have none);
    where there is one it reads the line as it did, and where there is none it finds nothing, as it did."""
    import random
    import re

    from phancong.text.segment import _DECLARED, _DECLARED_PAREN, declared_count_match

    def plain(text: str) -> re.Match | None:
        return _DECLARED_PAREN.search(text) or _DECLARED.search(text)

    line = "Kế hoạch đề ra 05 nhiệm vụ trọng tâm và 3 khâu đột phá (12 chỉ tiêu)"
    assert declared_count_match(line).group("n", "noun") == ("12", "chỉ tiêu") == plain(line).group("n", "noun")
    pieces = ["có", "gồm ", "đề ra", " ", "\n", "05", "2024", "1.000", "nhiệm vụ", " trọng tâm", "chỉ tiêu", "(", ")",
              "nhóm", "nhómx", "giải pháp", "x", ","]  # fmt: skip
    random.seed(16)
    for _ in range(5000):
        text = "".join(random.choice(pieces) for _ in range(random.randint(0, 8)))
        got, expected = declared_count_match(text), plain(text)
        assert (got and (got.re, got.span())) == (expected and (expected.re, expected.span())), repr(text)


def test_a_decision_wrapped_at_a_fixed_width_is_joined_where_its_lines_break_mid_sentence():
    """Copied from a PDF, a decision breaks its lines wherever its width ends: after a word no sentence ends on
    ("với các\\nSở"), and after a comma before a capitalised word ("nông thôn,\\nGiám đốc"). normalise joins those
    lines, leaves a heading in capitals and a news paragraph's comma alone, and joining twice changes nothing."""
    from phancong.text.normalise import normalise

    wrapped = (
        "Điều 2. Giao Sở\nTài chính chủ trì, phối hợp với các\nSở, ngành triển khai thực hiện.\n"
        "Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Nông nghiệp và Phát triển nông thôn,\n"
        "Giám đốc, Thủ trưởng các sở, ngành chịu trách nhiệm thi hành Quyết định này.\n"
        "Xét đề nghị của Giám đốc Sở Tài chính tại Tờ trình số 12/TTr-STC ngày 02/3/2026,\nQUYẾT ĐỊNH:\n"
    )
    text = normalise(wrapped)
    found = spans(text, sentences(text))
    assert "Giao Sở Tài chính chủ trì, phối hợp với các Sở, ngành triển khai thực hiện." in found
    assert (
        "Chánh Văn phòng UBND tỉnh, Giám đốc Sở Nông nghiệp và Phát triển nông thôn, Giám đốc, Thủ trưởng các sở, "
        "ngành chịu trách nhiệm thi hành Quyết định này." in found
    )
    assert "Xét đề nghị của Giám đốc Sở Tài chính tại Tờ trình số 12/TTr-STC ngày 02/3/2026," in found
    assert normalise(text) == text
    paragraph = (
        "Năm 2026, tỉnh có 18 chỉ tiêu, trong đó 12 chỉ tiêu dự kiến đạt và vượt kế hoạch, 6 chỉ tiêu còn khó khăn,"
        "\nVề kinh tế: tổng thu ngân sách đạt 105% dự toán.\n"
    )
    assert "khó khăn,\nVề kinh tế" in normalise(paragraph)


def test_a_line_that_ends_on_a_comma_goes_on_in_a_line_that_opens_in_lower_case():
    """ "Giao Thường trực Hội đồng nhân dân,\\ncác Ban Hội đồng nhân dân, …": a list broken after a comma is one
    sentence; joining twice changes nothing."""
    from phancong.text.normalise import normalise

    text = normalise("Giao Thường trực Hội đồng nhân dân,\ncác Ban Hội đồng nhân dân giám sát việc thực hiện.\n")
    assert "Giao Thường trực Hội đồng nhân dân, các Ban Hội đồng nhân dân giám sát việc thực hiện." in spans(
        text, sentences(text)
    )
    assert normalise(text) == text


def test_a_lettered_item_after_a_line_ending_in_a_word_opens_a_line_of_its_own():
    from phancong.text.normalise import normalise
    from phancong.text.segment import lines

    text = normalise(
        "1. Thông báo chỉ tiêu kế hoạch, điều hành thực hiện\na) Giám đốc Sở Tài chính:\n- Chủ trì điều hành."
    )
    assert [ln.marker for ln in lines(text)] == ["1.", "a)", "-"], text
