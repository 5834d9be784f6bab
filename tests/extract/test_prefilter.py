"""Does reading many body patterns in one scan find exactly what each pattern finds on its own?

The recognisers (extract/recognisers.py, scanned by bodies.py) are tried only where one of the strings
their matches begin with stands (text/prefilter.py); these tests ask that nothing is lost or added by that,
on made-up sentences and on the seed corpus, and that the beginnings read from a pattern are the ones it
can start with."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from phancong.extract.bodies import _PATTERNS, COLLECTIVE_RE, RECOGNISERS
from phancong.extract.spelling import _ONE_BREAK
from phancong.text.prefilter import PatternSet, prefixes

ROOT = Path(__file__).resolve().parents[2]

SENTENCES = [
    "Giao BTV Tỉnh ủy và UBKT Tỉnh ủy chủ trì, phối hợp với Sở Kế hoạch và Đầu tư, Ban Dân tộc tỉnh.",
    "Ban Thường vụ Huyện ủy Nho Quan, Ủy ban nhân dân huyện Gia Viễn và UBND xã An Quang thực hiện.",
    "Các sở, ban, ngành, đoàn thể tỉnh; Thủ trưởng các cơ quan, đơn vị có liên quan báo cáo kết quả.",
    "Đảng ủy Khối các cơ quan tỉnh, Đảng bộ xã Tân Lập, Đại hội Đảng bộ tỉnh lần thứ XX, Tổ biên tập.",
    "Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội phối hợp; Công an, Sở Y tế tham mưu.",
    "Trường Chính trị tỉnh, Trung tâm Văn hóa tỉnh, Ban Chỉ đạo tỉnh, Báo Hà Tĩnh, Đài Phát thanh và "
    "Truyền hình tỉnh; TU, HĐND, MTTQ; tỉnh ủy và Tỉnh Ủy.",
    "",
    "BTV",
]


def plain(patterns: list[re.Pattern], text: str) -> list[list[tuple]]:
    return [[(m.span(), m.groups()) for m in p.finditer(text)] for p in patterns]


def scanned(ps: PatternSet, text: str) -> list[list[tuple]]:
    return [[(m.span(), m.groups()) for m in ms] for ms in ps.finditer_each(text)]


@pytest.mark.parametrize("text", SENTENCES)
def test_one_scan_finds_what_each_body_pattern_finds_in_made_up_sentences(text):
    assert scanned(_PATTERNS, text) == plain(_PATTERNS.patterns, text)
    # the sentences name bodies: the comparison is not between two empty lists
    if len(text) > 10:
        assert any(scanned(_PATTERNS, text))


def test_one_scan_finds_what_each_body_pattern_finds_in_the_seed_corpus():
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus").glob("*.txt"))]
    assert texts
    for text in texts:
        flat = _ONE_BREAK.sub(" ", text)
        assert scanned(_PATTERNS, flat) == plain(_PATTERNS.patterns, flat)


def test_every_body_pattern_is_tried_only_where_its_beginnings_stand():
    """If a pattern's beginnings could not be read it would be run over the whole text: slow, not wrong."""
    for p in [COLLECTIVE_RE, *(r.pattern for r in RECOGNISERS)]:
        assert prefixes(p), p.pattern[:80]


def test_no_body_pattern_begins_with_a_single_letter_that_would_make_every_word_a_candidate():
    """Too many beginnings cut the others short: "Những" read as "N" made the collectives' pattern tried at every
    N and n of a text (extraction fell by a tenth). Two letters ("Sở", "TU") is the shortest a name begins with."""
    for p in [COLLECTIVE_RE, *(r.pattern for r in RECOGNISERS)]:
        assert min(map(len, prefixes(p) or ["??"])) >= 2, (sorted(prefixes(p) or [], key=len)[:5], p.pattern[:80])


@pytest.mark.parametrize(
    "pattern, expected",
    [
        (r"(?:Ban [Tt]hường vụ|BTV) Tỉnh", {"Ban Th", "Ban th", "BTV Tỉ"}),
        (r"(?<![\w])(?:Ủy ban )?MTTQ", {"Ủy ban", "MTTQ"}),
        (r"Sở (?i:y tế)", {"Sở "}),  # where case is ignored the beginning stops
        (r"[Tt]ổ x+y", {"Tổ x", "tổ x"}),  # a repeat: its first round is kept
        (r"\w+ ủy", None),  # a match may begin with any letter
        (r"(?:ab)?", None),  # a match may be empty
    ],
)
def test_the_beginnings_read_from_a_pattern(pattern, expected):
    got = prefixes(re.compile(pattern))
    assert (set(got) if got is not None else None) == expected


def test_a_pattern_whose_beginning_cannot_be_read_still_finds_its_matches():
    ps = PatternSet([re.compile(r"\w+ ủy"), re.compile(r"Tỉnh ủy")])
    text = "Huyện ủy và Tỉnh ủy; Tỉnh ủy"
    assert scanned(ps, text) == plain(ps.patterns, text)
    assert [len(ms) for ms in scanned(ps, text)] == [3, 2]


def test_figures_are_tried_where_a_run_of_digits_begins_and_nothing_is_lost():
    import random

    from phancong.extract.figures import _FIG, _figure_matches

    random.seed(11)
    alphabet = ["1", "2", "0", ".", ",", "/", "-", " ", "%", "a", "Đ", " ha", " km", " năm", "2020", "1.000,5", "–"]
    for _ in range(5000):
        text = "".join(random.choice(alphabet) for _ in range(random.randint(0, 10)))
        a = random.randint(0, len(text))
        b = random.randint(a, len(text))
        got = [(m.span(), m.groups()) for m in _figure_matches(text, a, b)]
        assert got == [(m.span(), m.groups()) for m in _FIG.finditer(text, a, b)], (text, a, b)
    text = "Kết nạp 1.250 đảng viên, đạt 105%; 12 tổ chức đảng; ngày 15/12/2024"
    assert [m.group("a") for m in _figure_matches(text, 0, len(text))] == ["1.250", "105", "12"]  # not the date


def test_an_indicator_is_matched_as_by_trying_every_pattern_in_order():
    from phancong.vocab import _indicator_patterns, fold_phrase, match_indicator

    phrases = [
        "tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ đạt 90%",
        "kết nạp 1.250 đảng viên mới",
        "100% cán bộ nữ tham gia cấp ủy",
        "mở 20 lớp bồi dưỡng nghiệp vụ công tác đảng",
        "Chủ tịch UBND cấp huyện không phải là người địa phương",
        "trồng 500 ha rừng",
    ]
    for phrase in phrases:
        folded = fold_phrase(phrase)
        every = next((slug for slug, p in _indicator_patterns() if p.search(folded)), None)
        assert match_indicator(phrase) == every
    assert match_indicator("kết nạp 1.250 đảng viên mới") is not None
    assert match_indicator("trồng 500 ha rừng") is None


def test_a_text_wide_pattern_tried_only_where_it_can_begin_finds_and_replaces_as_the_pattern_does():
    """bodies.py and documents.py read a few patterns that open with an assertion over every text through
    Prefiltered: its finditer and sub must give what the pattern's own give."""
    from phancong.extract.bodies_pass import _WHOLE_ORGANISATION
    from phancong.extract.documents import _MENTION
    from phancong.extract.spelling import _LOWER_COMMISSION, _TITLE_CASE

    text = (
        "Ban Thường Vụ Tỉnh Ủy giao ban tuyên giáo tỉnh ủy và Tiểu ban tổ chức; BanĐảng Bộ tỉnh, Mặt Trận.\n"
        "Toàn Đảng bộ và toàn Đảng bộ tỉnh thực hiện Nghị quyết số 12-NQ/TU, Kế hoạch 19/KH-UBND và "
        "Chương trình hành động về phát triển; nghị quyết, chỉ thị; (Kế hoạch số 5)"
    )

    def repl(m: re.Match) -> str:
        return "<" + m.group(0).upper() + ">"

    for p in (_TITLE_CASE, _LOWER_COMMISSION, _WHOLE_ORGANISATION, _MENTION):
        expected = [(m.span(), m.groups()) for m in p.pattern.finditer(text)]
        assert [(m.span(), m.groups()) for m in p.finditer(text)] == expected
        assert expected, p.pattern.pattern[:60]  # each finds something here: not two empty lists compared
        assert p.sub(repl, text) == p.pattern.sub(repl, text)
        a, b = 30, 200  # a range of the text, as find_documents reads one
        assert [m.span() for m in p.finditer(text, a, b)] == [m.span() for m in p.pattern.finditer(text, a, b)]


def test_a_pattern_that_may_match_nothing_is_refused_by_prefiltered():
    from phancong.text.prefilter import Prefiltered

    with pytest.raises(ValueError):
        Prefiltered(re.compile(r"\b(?:Ban )?"))


def test_a_name_broken_across_lines_is_joined_where_the_break_stands_between_two_letters():
    """_ONE_BREAK and _WRAPPED_AT_DASH look for the line break first and back at the letter before it; they
    must join exactly what the lookbehind-first form joins."""
    from phancong.extract.body_lists import _WRAPPED_AT_DASH
    from phancong.extract.spelling import _ONE_BREAK

    text = "Ban cán sự đảng\nỦy ban nhân dân tỉnh\n\nNăm 2025\nSở Lao động\n- Thương binh, 3\n- 4 đơn vị\n\nBan\nA"
    assert _ONE_BREAK.sub(" ", text) == re.sub(r"(?<=[^\W\d_])\n(?=[^\W\d_])", " ", text)
    assert _ONE_BREAK.sub(" ", text).startswith("Ban cán sự đảng Ủy ban")
    assert _WRAPPED_AT_DASH.sub(" ", text) == re.sub(r"(?<=[^\W\d_])\n(?=- [^\W\d_])", " ", text)
    assert "Sở Lao động - Thương binh" in _WRAPPED_AT_DASH.sub(" ", text)


@pytest.mark.parametrize(
    "pattern, flags, expected",
    [
        (r"\bđã\b|^(?:Tính )?đến|\bước đạt", re.I, "Tđư"),  # assertions skipped; as spelled, case left to the flags
        (r"(?:[Cc]ác|những) sở", 0, "Ccn"),
        (r"phấn đấu|\W*duy trì", re.I, None),  # a match may begin with any character but a letter
        (r"\d+ đảng viên", 0, None),  # any digit
        (r"(?:ab)?", 0, None),  # a match may be empty
    ],
)
def test_the_first_characters_read_from_a_pattern(pattern, flags, expected):
    from phancong.text.prefilter import first_chars

    assert first_chars(re.compile(pattern, flags)) == expected


def test_a_pattern_led_by_its_first_characters_finds_what_the_pattern_finds():
    """The cue patterns of targets.py, cues.py, patterns_giving.py, duties.py, duties_pass.py and prose_pass.py are
    read through quick_start: on made-up sentences, in every case, the same matches as the pattern as written."""
    import random

    from phancong.text.prefilter import quick_start

    patterns = [
        re.compile(r"\bđã\b|\bđạt được\b|^(?:Tính )?đến (?:ngày )?\d|\bước đạt\b|\bso (?:với )?cùng kỳ\b", re.I),
        re.compile(r"phấn đấu|mục tiêu|chỉ tiêu|đến năm|Số lượng|duy trì", re.I),
        re.compile(r"\b(?:giao|(?:đề nghị|yêu cầu)(?:\s+đối với)?|phân công|ủy quyền)\s*[:,]?\s+", re.I),
        re.compile(r"\btạo điều kiện[^.;]{0,80}?\s+để\s+|\bđể\s+(?=\S)"),
        re.compile(r"(?:(?<=\s)|(?<=^)|(?<=[:;.]))\((?P<n>\d{1,2})\)\s+"),
    ]
    words = ["Đã", "đã", "ĐÃ", "đạt được", "Tính đến 5", "đến", "ước đạt", "SO VỚI CÙNG KỲ", "Phấn đấu",
             "MỤC TIÊU", "Số lượng", "số LƯỢNG", "giao", "Giao:", "ĐỀ NGHỊ đối với", "Ủy quyền", "tạo điều kiện",
             "để", "(1)", "(12)", " ", ", ", ": ", ".", "\n", "xã", "Hội", "a"]  # fmt: skip
    random.seed(16)
    for _ in range(3000):
        text = "".join(random.choice(words) for _ in range(random.randint(0, 12)))
        for p in patterns:
            q = quick_start(p)
            assert q is not p and q.pattern.startswith("(?=[")
            assert [(m.span(), m.groups()) for m in q.finditer(text)] == [
                (m.span(), m.groups()) for m in p.finditer(text)
            ], (p.pattern, text)
            a = random.randint(0, len(text))
            assert [m.span() for m in q.finditer(text, a)] == [m.span() for m in p.finditer(text, a)]
    sentence = "Tính đến 5/2025, tỉnh đã giao: Sở Y tế (1) tạo điều kiện để xã phấn đấu đạt mục tiêu"
    assert all(p.search(sentence) for p in patterns)  # each pattern has something to find in such text


def test_a_second_scan_with_the_windows_remembered_finds_what_the_first_found():
    """PatternSet remembers, for each window of text it found, which patterns' beginnings open it (issue 16)."""
    ps = PatternSet([re.compile(r"(?:Ban [Tt]hường vụ|BTV) Tỉnh ủy"), re.compile(r"Ban T\w+"), re.compile(r"Tỉnh ủy")])
    text = "BTV Tỉnh ủy và Ban thường vụ Tỉnh ủy; Ban Tổ chức Tỉnh ủy, Ban Thường vụ Tỉnh ủy"
    first = scanned(ps, text)
    assert first == plain(ps.patterns, text) == scanned(ps, text)
    assert [len(ms) for ms in first] == [3, 2, 4]


def test_the_peoples_committee_capitalised_is_respelt_where_the_lookbehind_first_form_respelt_it():
    from phancong.extract.spelling import _PEOPLE_CAPITALISED

    text = "Ủy ban Nhân dân tỉnh; Nhân dân xã; Ủy ban Nhân dânx; Ủy  ban Nhân dân; Ủy ban Nhân dân\nỦy ban Nhân"
    expected = re.sub(r"(?<=Ủy ban )Nhân(?= dân\b)", "nhân", text)
    assert _PEOPLE_CAPITALISED.sub("nhân", text) == expected
    assert expected.count("Ủy ban nhân dân") == 2


def test_a_pattern_given_to_quick_start_twice_is_the_same_pattern_both_times():
    """deadline_of tells the pattern of a year named with its figure by identity, after quick_start of the tuple."""
    from phancong.extract.deadlines import _DEADLINE_RES, _NAMED_YEAR
    from phancong.text.prefilter import quick_start

    p = re.compile(r"\bđã\b|^Hiện\b", re.I)
    assert quick_start(p) is quick_start(p) is quick_start(quick_start(p))
    assert any(rx is _NAMED_YEAR for rx in _DEADLINE_RES)


def test_the_goal_and_report_cues_keep_a_start_the_prefilter_can_read():
    """A cue written with a leading "\\W*" (or any start that cannot be listed) makes quick_start give the pattern
    back as it is, and every prefix of every figure is then scanned in full."""
    from phancong.extract import deadlines, targets

    for name in ("_STRONG_REPORT", "_VERBAL_GOAL", "_REPORT", "_LATER_GOAL", "_GOAL"):
        assert getattr(targets, name).pattern.startswith("(?=["), name
    for name in ("_NAMED_YEAR", "PERIOD_END"):
        assert getattr(deadlines, name).pattern.startswith("(?=["), name
