"""Numeric figures in Vietnamese prose: value, range, comparator, unit.

Whether a figure is a target (chỉ tiêu) or a statistic (reported fact) is decided
by its context in :mod:`phancong.extract`; this module only reads the figure.

>>> [(f.value, f.upper, f.comparator, f.unit) for f in find_figures("đạt từ 10% đến 15%")]
[(10.0, 15.0, 'range', 'percent')]
>>> [(f.value, f.comparator, f.unit) for f in find_figures("Số đảng viên kết nạp hằng năm từ 1.800 đảng viên trở lên")]
[(1800.0, 'at-least', 'party-member')]
>>> [(f.value, f.comparator) for f in find_figures("Phấn đấu 90-100% bí thư cấp ủy, từ 50% trở lên chủ tịch")]
[(90.0, 'range'), (50.0, 'at-least')]
>>> [(f.value, f.comparator) for f in find_figures("tỷ lệ đạt trên 96%; gần 1.400 đảng viên; ít nhất 20% tổ chức")]
[(96.0, 'more-than'), (1400.0, 'approximately'), (20.0, 'at-least')]
>>> find_figures("cán bộ trẻ (dưới 40 tuổi) sau 05 năm, năm 2025, lần thứ XIX, 22-NQ/TW")
[]
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..text.numbers import NUMBER, parse_number
from .units import OPEN_UNIT_RE, OPEN_UNITS, UNIT_NOUN_RE, UNIT_NOUNS, unit_slug

__all__ = ["FigureMatch", "find_figures", "an_index_before", "UNIT_NOUNS"]

_NOT_FIGURE_AFTER = re.compile(
    r"\s*(?:tuổi|năm|ngày(?!/khách)|giờ|phút|chỉ tiêu|nội dung|nhiệm vụ|giải pháp|nhóm|khâu|đột phá|điểm|"
    r"chương trình|lần thứ|nhiệm kỳ|kỳ|bước|mục tiêu|ngành|đổi mới|vị trí|chức danh|lợi thế|trụ cột|"
    r"mũi nhọn|điểm nghẽn)(?![^\W\d_])",
    re.IGNORECASE,
)
_LIFE_EXPECTANCY = re.compile(r"\btuổi thọ\b[^.;:\d]*$")
_PRE = re.compile(r"(?:(?P<cmp>từ|ít nhất|tối thiểu|trên|hơn|dưới|không quá|tối đa|khoảng|gần|đạt|chiếm)\s+)$")
_CMP = {
    "từ": "at-least",
    "ít nhất": "at-least",
    "tối thiểu": "at-least",
    "trên": "more-than",
    "hơn": "more-than",
    "dưới": "less-than",
    "không quá": "at-most",
    "tối đa": "at-most",
    "khoảng": "approximately",
    "gần": "approximately",
}
# a unit glued to its number, as typed in a hurry ("20sản phẩm", "5ha", "120km"): the number is still a figure
_GLUED = r"(?:ha|km|m2|m²|tấn|sản phẩm|đảng viên|người|hộ|xã|lượt|tỷ|triệu|nghìn|ngàn|doanh nghiệp|công trình|dự án)"
_FIG_END = r"(?P<pct>\s*%(?:\s*/\s*năm|năm)?)?(?!(?!" + _GLUED + r"(?![^\W\d_]))\w|/\d+/|[.,]\d|-\w)"
_FIG = re.compile(
    r"(?<![\w/.,-])(?P<a>" + NUMBER + r")(?P<apct>\s*%)?"
    # a range's ends joined by any sign: "8 - 9%", "8–9%", "8 đến 9%", "8÷9%", "8~9%"
    r"(?:\s*(?:-|–|—|÷|~|đến)\s*(?P<b>" + NUMBER + r"))?" + _FIG_END
)
# one number alone, where a dash joins a series rather than a range's ends ("28% - 34,2% - 37,8%": three shares)
_FIG_ONE = re.compile(r"(?P<a>" + NUMBER + r")(?P<apct>\s*%)?(?:(?!)(?P<b>))?" + _FIG_END)
_SERIES_NEXT = re.compile(r"\s*%?\s*[-–—]\s*\d")
_SERIES_BEFORE = re.compile(r"\d\s*%\s*[-–—]\s*$")


@dataclass(frozen=True)
class FigureMatch:
    start: int  # includes a comparator word before the number
    end: int  # end of the number (and "%", and "trở lên" right after it)
    num_start: int
    value: float
    upper: float | None
    comparator: str
    unit: str | None
    unit_text: str | None
    noun_end: int  # end of the unit noun (== end for percentages)
    total: float | None = None


# how far after a number its unit, ratio and comparator words are looked for: a slice to the end of a long
# range for each number made extraction quadratic in the length of a paragraph
_AHEAD = 300


_DAY_MONTH = re.compile(r"\d{1,2}/\d{1,2}(?!\d)")
_DATE_WORD_BEFORE = re.compile(r"(?i:ngày|trước|sau|từ|đến|sáng|chiều|tối|trưa|đêm|hôm)\s*$")


_DIGITS = re.compile(r"\d+")


def _figure_matches(text: str, start: int, end: int) -> Iterator[re.Match]:
    """What ``_FIG.finditer(text, start, end)`` gives, tried only where a run of digits begins: a figure begins
    with its number, and the character before it is not a digit (nor a letter, "/", ".", "," or "-")."""
    pos = start
    for run in _DIGITS.finditer(text, start, end):
        if run.start() < pos:
            continue
        m = _FIG.match(text, run.start(), end)
        if (
            m
            and m.group("b")
            and m.group("apct")
            and (
                _SERIES_NEXT.match(text, m.end(), end) or _SERIES_BEFORE.search(text, max(0, m.start() - 12), m.start())
            )
        ):
            m = _FIG_ONE.match(text, run.start(), end)  # a series of shares, each a figure of its own
        if m:
            yield m
            pos = m.end()


# an index named right before its value, no other number between: "Chỉ số phát triển con người (HDI) phấn đấu đạt
# khoảng 0,80", "Chỉ số tuổi thọ là 0,84" (a rank is no index value: "chỉ số PCI xếp hạng 15/34")
_AN_INDEX = re.compile(r"(?i)\b(?:chỉ số|HDI|hệ số)\b(?:(?!hạng|top\b|nhóm\b)[^.;:\d]){0,80}$")


def an_index_before(text: str, start: int, at: int) -> bool:
    """Whether the number at ``at`` is the value of an index named before it (a figure with no unit)."""
    return _AN_INDEX.search(text, max(start, at - 90), at) is not None


def find_figures(text: str, start: int = 0, end: int | None = None) -> list[FigureMatch]:
    end = len(text) if end is None else end
    out: list[FigureMatch] = []
    for m in _figure_matches(text, start, end):
        fig = _figure(text, m, start, end)
        if fig is not None:
            out.append(fig)
    out = _with_standard_levels(text, start, end, out)
    out.sort(key=lambda f: f.start)
    return out


def _ahead(text: str, i: int, end: int) -> str:
    return text[i : min(end, i + _AHEAD)]


def _figure(text: str, m: re.Match, start: int, end: int) -> FigureMatch | None:
    """The figure a number starts, or None where the number is not a figure we can read."""
    a, b = m.group("a"), m.group("b")
    is_pct = bool(m.group("pct") or m.group("apct"))
    if _not_a_figure(text, m, start, is_pct):
        return None
    rate = None if is_pct or b else _PER_POPULATION.match(_ahead(text, m.end(), end))
    if rate:  # "xuống còn 500/100.000 trẻ em": a rate per so many people, its unit written with the population
        per = "/" + rate.group(1) + " " + rate.group(2)
        comparator, fstart, _pre = _comparator_before(text, m, start, ranged=False)
        value = parse_number(a)
        fig_end = m.end() + rate.end()
        return FigureMatch(fstart, fig_end, m.start(), value, None, comparator, per, per, fig_end, None)
    total, fig_end = _total_of(text, m, end, is_pct)
    # (the baseline's year may stand between: "từ 65% năm 2025 lên 75% vào năm 2030")
    ahead = _ahead(text, fig_end, end)
    if _TO_NEW_VALUE.match(ahead) or (
        _FROM_BEFORE.search(text, max(start, m.start() - 4), m.start()) and _NOUN_TO_NEW_VALUE.match(ahead)
    ):
        return None  # "nâng tỷ lệ ... từ 32% lên 88,4%": 32% is the baseline, only 88,4% is a figure
    value = parse_number(a)
    upper = parse_number(b) if b else None
    comparator, fstart, pre = _comparator_before(text, m, start, ranged=upper is not None)
    unit = _unit_of(text, m, start, end, fig_end, is_pct, total)
    if unit is None and total is None and value < 10 and an_index_before(text, start, m.start()):
        unit = (None, None, fig_end)  # "Chỉ số phát triển con người (HDI) đạt 0,80": an index has no unit
    if unit is None:
        return None  # a bare number with no noun: not a figure we can read
    unit_slug, unit_text, noun_end = unit
    if total is not None and unit_slug is None and value <= 31 and total <= 12 and float(total).is_integer():
        return None  # "18/9" with nothing counted: a day and a month
    comparator, fig_end, noun_end, fstart = _at_least(
        text, m, end, pre, comparator, unit_slug, fig_end, noun_end, fstart
    )
    return FigureMatch(fstart, fig_end, m.start(), value, upper, comparator, unit_slug, unit_text, noun_end, total)


# the new value after a baseline: "từ 32% lên 88,4%" (the baseline's year may stand between: "từ 65% năm 2025 lên 75%
# vào năm 2030"; and a comparator before the new value: "từ 12,5% lên trên 13%")
_TO_NEW = (
    r"(?:(?:vào |cuối )?năm \d{4}\s*)?(?:lên|tăng lên|xuống|giảm xuống)\s+(?:còn\s+|mức\s+)?"
    r"(?:(?:trên|dưới|ít nhất|tối thiểu|khoảng|hơn)\s+)?\d"
)
_TO_NEW_VALUE = re.compile(r"\s*" + _TO_NEW)
# the baseline written with its unit, after "từ": "từ 400 giường bệnh lên 450 giường bệnh" (not "từ 300 đảng viên
# trở lên")
_FROM_BEFORE = re.compile(r"\btừ\s+$")
_NOUN_TO_NEW_VALUE = re.compile(r"(?:\s+[^\W\d_]+){1,4}(?<!\btrở)\s+" + _TO_NEW)


# (compiled once: asked for every number of every text)
_NUMBERED_BEFORE = re.compile(
    r"(?:lần thứ|khóa|tháng|Chương trình|Đề án|Nghị quyết|Chỉ thị|Trung ương|Covid-|GMT\+|Định kỳ|Ban Chỉ đạo|"
    # ("con số 11%" is the figure itself: "phấn đấu vượt con số 11%")
    r"[Đđ]oàn kiểm tra số|(?<!con )số)\s*$"
)
# a set of units told by their size: "chi bộ có dưới 07 đảng viên", "các đảng bộ có từ 300 đảng viên trở lên"
_SET_BY_SIZE = re.compile(
    r"\b(?:chi bộ|đảng bộ|tổ chức cơ sở đảng|doanh nghiệp|hợp tác xã)\s+có\s+(?:dưới|trên|từ|không quá|ít hơn)\s*$"
)
# one of a set ("là 1 trong 10 xã"), and the units a goal's figure applies to ("… 11,45% hộ nghèo đối với 10 xã")
_AMONG = re.compile(r"\b\d{1,3}\s+trong\s*$")
_SCOPE_AFTER_FIGURE = re.compile(r"\d[^;.\n]{0,80}?\bđối với\s*$")
_A_YEAR = re.compile(r"(?:19|20)\d\d")
_MONTH_AFTER = re.compile(r"\s*tháng\s+(?:\d|(?:đầu|cuối)(?: năm)?\b|năm\s+20\d\d\b|Giêng|Chạp)")
_YEARS_OF_AGE = re.compile(r"\s*tuổi\b")
_DATE_RANGE_ON = re.compile(r"\s*[-/]\s*\d")
_RATIO = re.compile(r"/(" + NUMBER + r")")
# a rate per a round number of people: "500/100.000 trẻ em", "16/1.000 trẻ đẻ sống", "9,5/10.000 dân"
_PER_POPULATION = re.compile(
    r"/((?:1|10|100)\.000)\s+(trẻ em|trẻ đẻ sống|trẻ sơ sinh|dân|người dân|người|phụ nữ|ca sinh)(?![^\W\d_])"
)
_AT_LEAST_AFTER = re.compile(r"\s*trở lên")
_AT_LEAST_AFTER_NOUN = re.compile(r"\s*(?:[^\W\d_]+\s+){0,6}?trở lên")


def _not_a_figure(text: str, m: re.Match, start: int, is_pct: bool) -> bool:
    """A number that is not a figure: a document's, a congress's or a steering committee's number ("Ban Chỉ đạo
    35"), a date, a year, a time, a span of years, a range of dates."""
    a, b = m.group("a"), m.group("b")
    before = text[max(start, m.start() - 40) : m.start()]
    if _NUMBERED_BEFORE.search(before):
        return True
    if _SET_BY_SIZE.search(before):
        return True  # "chi bộ có dưới 07 đảng viên thực hiện …": which units are meant, a threshold, not a figure
    # (both end at the figure: the words they end with are looked for first, in the window each searches, and the
    # search runs only where they stand)
    scope_from = max(start, m.start() - 100)
    if (before.rstrip().endswith("trong") and _AMONG.search(before)) or (
        text[scope_from : m.start()].rstrip().endswith("đối với")
        and _SCOPE_AFTER_FIGURE.search(text, scope_from, m.start())
    ):
        return True  # "là 1 trong 10 xã …", "giảm 11,45% hộ nghèo đối với 10 xã …": whom it is about, no figure
    if _DAY_MONTH.match(text[m.start() : m.start() + 5]) and _DATE_WORD_BEFORE.search(before):
        return True  # "trước ngày 15/12": a date
    if before[-6:].lower().rstrip().endswith("ngày") and not (m.group("apct") or m.group("pct")):
        return True  # "diễn ra từ ngày 14 đến ngày 16 tháng 10": a day of a month
    if _A_YEAR.fullmatch(a) and not is_pct:
        return True  # a year
    if text[m.end() : m.end() + 1] == ":":
        return True  # a time (15:34); a ratio (37.781/56.760) is a figure, read by _total_of
    if (
        not is_pct
        and (
            _NOT_FIGURE_AFTER.match(text, m.end())
            # "6 tháng 10 năm 2021", "6 tháng cuối năm" (a half year), "9 tháng năm 2025" (its first nine months),
            # "mùng 6 tháng Giêng"
            or _MONTH_AFTER.match(text[m.end() : m.end() + 20])
        )
    ):
        # "6 tháng 10 năm 2021" is a date, "05 năm" a span of years, "dưới 40 tuổi" an age limit; but "tuổi thọ
        # trung bình đạt 75 tuổi" counts the years people live
        life = _LIFE_EXPECTANCY.search(text, max(start, m.start() - 90), m.start())
        return not life or not _YEARS_OF_AGE.match(text[m.end() : m.end() + 8])
    if not is_pct and b:
        # "2-2-2008", "7.800 - 8.000 USD" : only keep ranges that look like counts
        if _DATE_RANGE_ON.match(text[m.end() : m.end() + 4]):
            return True
    return False


def _total_of(text: str, m: re.Match, end: int, is_pct: bool) -> tuple[float | None, int]:
    """The whole a figure is a part of ("37.781/56.760") or the planned value beside the achieved one
    ("83,2%/50%"), and where the figure ends."""
    fig_end = m.end()
    total = None
    ratio = _RATIO.match(_ahead(text, m.end(), end))
    if ratio and not is_pct:
        total = parse_number(ratio.group(1))
        fig_end = m.end() + ratio.end()
    pct_pair = (
        re.match(r"\s*/\s*(" + NUMBER + r")\s*%", _ahead(text, m.end(), end)) if is_pct and not m.group("b") else None
    )
    if pct_pair:  # "83,2%/50%": achieved against planned, both percentages
        total = parse_number(pct_pair.group(1))
        fig_end = m.end() + pct_pair.end()
    return total, fig_end


def _comparator_before(text: str, m: re.Match, start: int, *, ranged: bool) -> tuple[str, int, re.Match | None]:
    """The comparator a word before the number states ("từ", "trên", "khoảng" ...), where the figure starts
    (the word included), and the word's match."""
    comparator = "range" if ranged else "exactly"
    fstart = m.start()
    pre = _PRE.search(text[max(start, m.start() - 15) : m.start()])
    if pre and pre.group("cmp") in _CMP and comparator != "range":
        comparator = _CMP[pre.group("cmp")]
        fstart = m.start() - len(pre.group(0))
    elif pre and pre.group("cmp") == "từ" and comparator == "range":
        fstart = m.start() - len(pre.group(0))
    return comparator, fstart, pre


def _unit_of(
    text: str, m: re.Match, start: int, end: int, fig_end: int, is_pct: bool, total: float | None
) -> tuple[str | None, str | None, int] | None:
    """The unit (slug, as written) and where its noun ends: "%", an open unit ("tỷ đồng"), a counted noun after
    the number, or before it ("Đảng bộ cơ sở là 250"); None for a bare number that counts nothing."""
    unit: str | None = None
    unit_text: str | None = None
    noun_end = fig_end
    ou = None if is_pct else OPEN_UNIT_RE.match(text, fig_end, end)
    if is_pct:
        unit, unit_text = "percent", "%"
    elif ou:
        mag = (ou.group("mag") or "").strip()  # as written: "ngàn", "tỉ" stay (the concept is the graph's)
        per = re.sub(r"\s*/\s*", "/", ou.group("per") or "")  # "triệu đồng/ năm" is "triệu đồng/năm"
        # visitors keep where they come from ("lượt khách quốc tế", "lượt khách nội địa"), not "du lịch"
        unit = unit_text = f"{mag} {ou.group('noun')}{ou.group('origin') or ''}".strip() + per
        noun_end = ou.end()
        if ou.group("noun") == "huyện" and not per:  # "3 huyện/thành phố"
            unit, unit_text, noun_end = _joint(_MORE_LOCALITIES, text, noun_end, end, unit, unit_text)
        elif not mag and not per:  # "120 công trình, phần việc", "60 sản phẩm, dịch vụ": two nouns counted together
            unit, unit_text, noun_end = _joint(_JOINT_NOUN, text, noun_end, end, unit, unit_text)
    elif bare := _BARE_BILLIONS.match(text, fig_end, end):
        unit = unit_text = f"{bare.group(1)} đồng"  # "thu ngân sách đạt 8.300 tỉ, …": billions of đồng
        noun_end = bare.end(1)
    else:
        u = UNIT_NOUN_RE.match(text, fig_end, end)
        if u:
            unit_text = u.group("noun")
            unit = unit_slug(unit_text)
            noun_end = u.end()
            if unit == "locality":  # "120 xã, phường, thị trấn"
                unit, unit_text, noun_end = _joint(_MORE_LOCALITIES, text, noun_end, end, unit, unit_text)
        elif re.search(r"\blà\s+$", text[max(start, m.start() - 5) : m.start()]):
            unit, unit_text = _unit_before(text, m, start)
        elif counted := _COUNTED_REACHES.search(text, max(start, m.start() - 100), m.start()):
            unit_text = counted.group("noun")  # "Số doanh nghiệp thành lập mới đạt 800"
            unit = unit_text if unit_text in OPEN_UNITS else unit_slug(unit_text)
        elif not total and not re.match(r"\s+" + r"[^\W\d_]", _ahead(text, fig_end, end)):
            return None
    return unit, unit_text, noun_end


# a second noun counted together with an open unit's, after a comma: "công trình, phần việc", "sản phẩm, dịch vụ",
# "ý tưởng, giải pháp sáng tạo", "lượt đoàn viên, thanh niên", "cuộc kiểm tra, giám sát" (not a second count: "120
# công trình, 30 phần việc")
_JOINT_NOUN = re.compile(
    r",\s*(?:phần việc|dịch vụ|sáng kiến|giải pháp(?: sáng tạo)?|(?<=viên, )thanh niên|đơn vị|dự án|công trình"
    r"|mô hình|tác phẩm|sản phẩm|ý tưởng|(?<=kiểm tra, )giám sát)(?![^\W\d_])"
)
# the further kinds of locality a count covers: "huyện/thành phố", "xã, phường, thị trấn"
_MORE_LOCALITIES = re.compile(
    r"(?:\s*(?:/|,)\s*(?:xã|phường|thị trấn|huyện|thị xã|thành phố|quận|đặc khu)(?![^\W\d_]))+"
)


def _joint(
    more: re.Pattern, text: str, noun_end: int, end: int, unit: str | None, unit_text: str | None
) -> tuple[str | None, str | None, int]:
    """(unit, unit as written, where it ends): the nouns counted together as one unit ("xã, phường, thị trấn",
    "công trình, phần việc"), written as the text writes them, where ``more`` reads further nouns after the first;
    else the unit as it was read."""
    joint = more.match(text, noun_end, end)
    if joint is None:
        return unit, unit_text, noun_end
    written = (unit_text or "") + joint.group(0)
    return written, written, joint.end()


# a magnitude of money with its currency left out, the phrase ending after it: "đạt 8.300 tỉ, tăng 10%"
_BARE_BILLIONS = re.compile(r"\s*(tỷ|tỉ)(?=\s*(?:[,.;:)]|$|\s+(?:và|trở lên|so với)\b))")
# "Số doanh nghiệp thành lập mới đạt khoảng 800": what a number counts, after "số" at the head of its phrase
_COUNTED_REACHES = re.compile(
    r"(?i:\bsố(?: lượng)?)\s+(?P<noun>"
    + "|".join(re.escape(u) for u in sorted(OPEN_UNITS, key=len, reverse=True))
    + "|"
    + "|".join(p for p, _ in UNIT_NOUNS)
    + r")(?![^\W\d_])[^.;:\d]{0,60}?\bđạt\s+(?:(?:khoảng|trên|hơn|ít nhất|tối thiểu|từ)\s+)?$"
)


def _unit_before(text: str, m: re.Match, start: int) -> tuple[str | None, str | None]:
    """ "Đảng bộ cơ sở là 250": the counted noun comes before; "số đảng viên ở các chi bộ thôn, tổ dân phố là
    37.781/56.760": the noun after "số" heads the phrase, not the last noun before "là"."""
    nouns = r"(?:" + "|".join(p for p, _ in UNIT_NOUNS) + r")(?![^\W\d_])"
    head = list(re.finditer(r"\bsố\s+(" + nouns + r")", text[max(start, m.start() - 80) : m.start()]))
    back = head or list(re.finditer(nouns, text[max(start, m.start() - 40) : m.start()]))
    if head:
        unit_text = head[-1].group(1)
        return unit_slug(unit_text), unit_text
    if back:
        unit_text = back[-1].group(0)
        return unit_slug(unit_text), unit_text
    return None, None


def _at_least(
    text: str,
    m: re.Match,
    end: int,
    pre: re.Match | None,
    comparator: str,
    unit: str | None,
    fig_end: int,
    noun_end: int,
    fstart: int,
) -> tuple[str, int, int, int]:
    """ "trở lên" after the number ("10% trở lên") or after its noun ("từ 10 tổ chức đảng trở lên"): at least.
    Returns the comparator, the figure's end, its noun's end and its start."""
    tl = _AT_LEAST_AFTER.match(_ahead(text, fig_end, end))
    if tl and comparator in ("exactly", "at-least"):
        comparator = "at-least"
        fig_end += tl.end()
        noun_end = max(noun_end, fig_end)
    elif comparator == "exactly" and unit:
        # "từ 10 tổ chức đảng trở lên", "kết nạp 5.000 đảng viên trở lên", "95% tổ chức cơ sở đảng trở lên hoàn
        # thành tốt nhiệm vụ": trở lên after the noun
        if _AT_LEAST_AFTER_NOUN.match(_ahead(text, noun_end, end)):
            comparator = "at-least"
    if comparator == "exactly" and pre and pre.group("cmp") == "từ" and unit:
        tl3 = re.search(r"trở lên", text[fig_end : min(end, fig_end + 80)])
        if tl3:
            comparator = "at-least"
            fstart = m.start() - len(pre.group(0))
    return comparator, fig_end, noun_end, fstart


def _with_standard_levels(text: str, start: int, end: int, out: list[FigureMatch]) -> list[FigureMatch]:
    """A level of a standard: "đạt chuẩn mức 1" (Quy định 11-QĐ/TW's political schools), the number after its
    noun; it replaces the bare number read before."""
    for m in _STANDARD_LEVEL.finditer(text, start, end):
        out = [f for f in out if not (f.num_start == m.start("n") and f.unit is None)]  # read bare before
        if not any(f.start <= m.start("n") < f.end for f in out):
            value = float(_ROMAN_LEVEL.get(m.group("n"), m.group("n")))
            out.append(
                FigureMatch(
                    m.start(), m.end(), m.start("n"), value, None, "exactly", "mức chuẩn", "mức chuẩn", m.end(), None
                )
            )
    return out


# the words first, the word boundary before them looked back at: a pattern that opens with a string is searched for by
# it (asked for every range figures are read in)
_STANDARD_LEVEL = re.compile(r"chuẩn mức(?<=\bchuẩn mức)\s+(?P<n>[1-3]|III|II|I)(?![\w.,/-])")
_ROMAN_LEVEL = {"I": "1", "II": "2", "III": "3"}
