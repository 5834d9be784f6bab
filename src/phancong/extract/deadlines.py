"""Deadlines as plans write them: the year a goal is to be reached by ("đến năm 2030", "vào năm 2025", the end of
"giai đoạn 2021-2025", "vụ đông xuân 2026 - 2027", "đến ngày 30/9/2027"), the year named with an indicator before
its figure, and the period a plan's lead names. Used by ``targets`` and the passes that place goals in time."""

from __future__ import annotations

import re

from ..text.prefilter import quick_start
from .body_names import CAP, W

__all__ = [
    "PERIOD_END",
    "congress_year",
    "deadline_of",
    "document_period",
    "document_period_end",
    "last_clause",
    "sentence_deadline",
    "year_plan_before",
    "year_named_before",
    "years_named",
]

# the end of a period or term: "giai đoạn 2021-2025", "nhiệm kỳ 2025-2030", "thời kỳ 2021-2030"
# (not the period a year's goals prepare for: "… đạt 9% và phấn đấu hai con số, làm tiền đề cho giai đoạn 2026-2030")
PERIOD_END = re.compile(
    r"(?<!tiền đề cho )(?<!nền tảng cho )(?<!tạo đà cho )(?<!bước đệm cho )"
    # (a phase by its number, its years in brackets: "Giai đoạn 1 (2017 – 2020)")
    r"\b(?:giai đoạn|nhiệm kỳ|thời kỳ)\s+(?:(?:\d|[IV]{1,3})\s*\(\s*)?\d{4}\s*[-–]\s*(\d{4})",
    re.I,
)
PERIOD_END = quick_start(PERIOD_END)
# the year a target is to be reached by: "đến năm 2030", "vào năm 2025", "trong năm 2024", the end of
# "giai đoạn / nhiệm kỳ / thời kỳ 2021-2025"
_DEADLINE_RES: tuple[re.Pattern[str], ...] = (
    re.compile(r"\b(?:đến|vào|trong|tới|cuối)(?:\s+hết|\s+cuối)?\s+năm\s+(\d{4})", re.I),
    re.compile(r"\b(?:đến|tới)\s+(20\d\d)(?![\d/.-])", re.I),  # "đến 2030, tỉnh đặt mục tiêu …"
    re.compile(r"\bhết năm\s+(\d{4})|\bđầu năm\s+(\d{4})", re.I),
    # a quarter of a year: "100% trong quý I/2026", "trước quý II năm 2027"
    re.compile(r"\b(?:trong|trước|hết|cuối|đến)\s+quý\s+[IV]{1,3}\s*(?:/|năm\s+)(20\d\d)\b", re.I),
    # ("đến ngày 30/9/2027 giải ngân 60% kế hoạch": the date it is due by, in a goal's sentence)
    re.compile(r"\b(?:trước|đến|chậm nhất) (?:ngày\s+)?\d{1,2}[/-]\d{1,2}[/-](\d{4})", re.I),
    re.compile(r"\bchỉ tiêu[^.:;]{0,60}?\bnăm\s+(\d{4})", re.I),
    # a crop season, by the year it ends: "vụ xuân 2027", "kế hoạch sản xuất vụ đông xuân 2026 - 2027"
    re.compile(
        r"\bvụ (?:đông xuân|hè thu|thu đông|xuân hè|xuân|mùa|đông|hè)\s+(?:năm\s+)?(?:\d{4}\s*[-–]\s*)?(20\d\d)\b", re.I
    ),
    re.compile(r"^\s*(?:[Nn]ăm)\s+(\d{4})\b"),
    # a year heading the goals, after an opening phrase or a dateline: "Cụ thể, năm 2026, tỉnh phấn đấu …",
    # "(GLO)- Năm 2026, ngành … phấn đấu …"
    # (after a page's own date line too: " date 2026-01-15 Năm 2026, Quảng Trị … mục tiêu GRDP đạt từ 9-10%")
    re.compile(r"(?:^|[,:;)–-]|date \d{4}-\d{2}-\d{2})\s*[Nn]ăm\s+(\d{4})\s*,"),
    # (a period named after the year heading the goals is what they serve: "Trong đó, năm 2023, mục tiêu xây dựng 161
    # trường …, nâng tổng số trường giai đoạn 2021-2025 lên …" is due in 2023)
    PERIOD_END,
    # last: a year named with the figure ("tăng trên 10% năm 2025", "tỷ trọng … năm 2030 trên 75%"), not the
    # baseline it is compared with ("so với năm 2020") nor where a count starts ("từ năm 2021")
    # nor the year of an estimate ("(năm 2025 dự ước 1.400 tỷ đồng)")
    _NAMED_YEAR := re.compile(
        r"(?<!so với )(?<!với )(?<!từ )(?<!sau )(?<!trước )\bnăm\s+(20\d\d)(?!\s*[-–/]\s*\d)(?!\s+(?:dự )?ước\b)"
    ),
)
_DEADLINE_RES = tuple(map(quick_start, _DEADLINE_RES))
_NAMED_YEAR = quick_start(_NAMED_YEAR)  # the one in _DEADLINE_RES: deadline_of tells it by identity
# the baseline a figure is compared with, a few words before its year: "so với tổng lượng năm 2025"
_BASELINE_BEFORE = re.compile(r"\bso với\s+(?:[^\W\d_]+\s+){1,5}$")
_FOUR_DIGITS = re.compile(r"\d{4}")

# a bracket that names no goal of its own ("(kỳ họp cuối năm 2021)"; not "(mục tiêu … là năm 2018 đạt 95%)")
# (nor a phase's years: "Giai đoạn 1 (2017 – 2020): …" is due by 2020)
_ASIDE = re.compile(
    r"(?<!đoạn \d )(?<!đoạn I )(?<!đoạn II )(?<!đoạn III )(?<!đoạn IV )"
    r"\((?![^()]*(?:mục tiêu|chỉ tiêu|kế hoạch|%))[^()]{0,80}\)",
    re.I,
)


_VISION = re.compile(r"\b(?:định hướng|tầm nhìn) đến năm \d{4}", re.I)
# the period a year's goals prepare for, named after them with no figure of its own: "…, phấn đấu đạt từ 8% trở
# lên và tạo đà tăng trưởng hai con số giai đoạn 2026 - 2030", "…, góp phần tạo nền tảng vững chắc để đạt tốc độ
# tăng trưởng 2 con số trong giai đoạn 2026-2030"
_PREPARED_FOR = re.compile(
    r"\b(?:tạo đà|tạo (?:nền tảng|tiền đề)|làm (?:tiền đề|nền tảng)|bước đệm)\b(?:[^;.\d%]|\d\s+con số){0,100}?"
    r"\b(?:giai đoạn|nhiệm kỳ|thời kỳ)\s+\d{4}\s*[-–]\s*\d{4}",
    re.I,
)


# the plan a sentence opens by citing, with its period: "Theo kế hoạch phát triển kinh tế - xã hội giai đoạn 2026 -
# 2030, địa phương đặt mục tiêu tăng trưởng GRDP năm 2027 ở mức 9,7% và … vượt 10%": where the sentence then names a
# year of that period, its goals are that year's
_SOURCE_PERIOD = re.compile(
    r"\W*(?:Theo|Thực hiện|Căn cứ|Triển khai)\b[^,;:]{0,150}?\b(?:giai đoạn|nhiệm kỳ|thời kỳ)"
    r"\s+(\d{4})\s*[-–]\s*(\d{4})[^,;:\d]{0,60},",
    re.I,
)


def _a_year_of_the_cited_period(text: str) -> re.Match | None:
    """The opening that cites a plan and its period, when the sentence goes on to name a year of that period."""
    cited = _SOURCE_PERIOD.match(text)
    if cited is None:
        return None
    first, last = int(cited.group(1)), int(cited.group(2))
    years = (int(m.group(1)) for m in _NAMED_YEAR.finditer(text, cited.end()))
    return cited if any(first <= y < last for y in years) else None


def _blank(rx: re.Pattern[str], text: str) -> str:
    return rx.sub(lambda m: " " * len(m.group(0)), text)


def _no_deadline_asides(text: str) -> str:
    """The text with what names a year but sets no deadline blanked (the same length): a year in brackets ("thông
    qua tại Kỳ họp thứ Năm (kỳ họp cuối năm 2021)"), an orientation or a vision beyond a plan ("định hướng đến năm
    2030"), the period the goals prepare for, the period of a plan cited first when a year of it is named."""
    if "(" in text:
        text = _blank(_ASIDE, text)
    if " đến năm" in text:
        text = _blank(_VISION, text)
    if "tạo" in text or "làm" in text or "bước" in text:
        text = _blank(_PREPARED_FOR, text)
    cited = _a_year_of_the_cited_period(text)
    if cited:
        text = " " * cited.end() + text[cited.end() :]
    return text


def deadline_of(text: str) -> int | None:
    """The deadline year a sentence states, None when it states none."""
    if not _FOUR_DIGITS.search(text):
        return None  # each way of stating a deadline holds a year
    return _deadline_in(_no_deadline_asides(text))


def _deadline_in(text: str) -> int | None:
    """The deadline year of a text whose asides are blanked (:func:`_no_deadline_asides`)."""
    for rx in _DEADLINE_RES:
        for m in rx.finditer(text):
            if rx is _NAMED_YEAR and _BASELINE_BEFORE.search(text, max(0, m.start() - 48), m.start()):
                continue
            return int(next(g for g in m.groups() if g))
    return None


# the year an indicator is named with, right before its figure, no number before it in its clause: "tốc độ tăng
# trưởng GRDP năm 2027 từ 8,5% - 9%, góp phần … giai đoạn 2026 - 2030" is held to 2027 (not "từ 10% năm 2026")
_TIME_SET_OFF = re.compile(r"\b(?:đến|vào|tới)\s+(?:(?:hết|cuối)\s+)?năm\s+(20\d\d)\s*,\s*$", re.I)
_YEAR_WITH_INDICATOR = re.compile(r"^[^\d,;:]*\bnăm\s+(20\d\d)\b[^\d,;:]{0,24}$", re.I)


def year_named_before(text: str, start: int, figure: int) -> int | None:
    """The year named with the indicator in the clause before a figure (text[start:figure]), if any; or by the
    time phrase set off by a comma right before it ("… và đến cuối năm 2028, 100% Công an phường …")."""
    clause = last_clause(text[start:figure])
    m = _YEAR_WITH_INDICATOR.match(clause)
    if m is None and not clause.strip():
        m = _TIME_SET_OFF.search(text, max(0, figure - 40), figure)  # (the item may start at its figure)
    return int(m.group(1)) if m else None


def last_clause(before: str) -> str:
    """What follows the last comma, semicolon or colon of the words before a figure: the clause it stands in."""
    return before[max(before.rfind(","), before.rfind(";"), before.rfind(":")) + 1 :]


def sentence_deadline(text: str) -> int | None:
    """The deadline a goal sentence states for all its items: None when it names several periods, one an item
    ("… giai đoạn 2021-2025 từ 5-6%, giai đoạn 2026-2030 từ 4-5%; tỷ lệ hộ nghèo dưới 1%"): each item then
    keeps its own, and the others are not held to the first item's."""
    if not _FOUR_DIGITS.search(text):
        return None  # each way of stating a deadline holds a year
    text = _no_deadline_asides(text)
    if len({m.group(1) for m in PERIOD_END.finditer(text)}) > 1:
        return None
    yearly = _YEAR_PLAN_OF_A_PERIOD.search(text)
    if yearly:  # "Kế hoạch hành động năm 2023 triển khai Chiến lược … giai đoạn 2021-2025 với mục tiêu: …"
        return int(yearly.group(1))
    return _deadline_in(text)


# a year's plan that carries out a programme or strategy of a period: its goals are the year's
_YEAR_PLAN_OF_A_PERIOD = re.compile(
    r"\b[Kk]ế hoạch(?: hành động| thực hiện)?[^.;:]{0,20}?\bnăm (20\d\d)\s+(?:triển khai|thực hiện)\b"
    r"[^.;:]{0,200}?\b(?:giai đoạn|thời kỳ)\s+\d{4}\s*[-–]\s*\d{4}"
)


def document_period_end(text: str) -> int | None:
    """The end of the period a plan's lead names ("… Chiến lược … giai đoạn 2021-2030, tầm nhìn đến năm 2050"):
    the horizon of the goals it sets without a year of their own. A committee's term ("nhiệm kỳ 2015-2020") is
    not one: a report cites the term of the resolution whose results it gives."""
    m = document_period(text)
    return int(m.group(1)) if m else None


def document_period(text: str) -> re.Match | None:
    """Where the lead names the plan's period, and its end (group 1); see :func:`document_period_end`."""
    return _PLAN_PERIOD_END.search(text, 0, 800)


_PLAN_PERIOD_END = re.compile(r"\b(?:giai đoạn|thời kỳ)\s+\d{4}\s*[-–]\s*(\d{4})", re.I)


def year_plan_before(text: str, period: re.Match) -> int | None:
    """The year of a year's plan the lead names in a sentence before the period ("… ban hành kế hoạch … năm 2021. …
    sản phẩm 5 sao cho giai đoạn 2021-2025"): the plan is that year's, the period one goal's."""
    plans = list(_PLAN_YEAR.finditer(text, 0, period.start()))
    if not plans or not re.search(r"[.\n]", text[plans[-1].end() : period.start()]):
        return None
    return int(plans[-1].group(1))


# a plan or its goals named with their year: "Kế hoạch … năm 2025", "chỉ tiêu … năm 2026", "trong năm 2025, tỉnh …"
_PLAN_YEAR = re.compile(
    r"\b(?:(?:[Kk]ế hoạch|[Cc]hương trình(?: hành động| công tác)?|[Nn]hiệm vụ|[Cc]hỉ tiêu|[Mm]ục tiêu|[Kk]ịch bản)\b"
    r"[^.;:\n]{0,80}?"
    r"(?<!so với )(?<!từ )\bnăm|\b[Tt]rong năm)\s+(20\d\d)(?![\d/-])"
)
_PLAN_YEAR = quick_start(_PLAN_YEAR)
# the year a text is about, said of it: "Năm 2027 là năm có ý nghĩa đặc biệt quan trọng", "2027 được xác định là
# năm bản lề" (the goals given after it without a year are that year's)
# the year a news text opens its lead with: "Năm 2023, tỉnh Yên Bái có kế hoạch trồng mới 15.500 ha rừng. …"
# (after a page's own date line: " date 2026-03-09 Năm 2026, tỉnh X đặt mục tiêu …")
_YEAR_OPENING = re.compile(r"(?:^|\n)\s*(?:date \d{4}-\d{2}-\d{2}\s+)?Năm (20\d\d),")
_YEAR_ABOUT = quick_start(re.compile(r"\b(?:[Nn]ăm\s+)?(20\d\d)\s+(?:được (?:xác định|coi|đánh giá)\s+)?là năm\b"))

# a yearly campaign named with its year: "ra quân Tháng thanh niên 2024", "Chiến dịch Thanh niên tình nguyện hè 2026",
# "Tết trồng cây Xuân Bính Ngọ 2026" (the goals it sets are that year's)
_CAMPAIGN_YEAR = quick_start(
    re.compile(
        r"\b(?:[Tt]háng [Tt]hanh niên|[Tt]háng [Hh]ành động\b[^.;:\n]{0,50}?|[Cc]hiến dịch\b[^.;:\n]{0,50}?"
        r"|[Tt]ết trồng cây\b[^.;:\n]{0,30}?|[Mm]ùa hè xanh"
        # (the lunar new year's gifts and visits: "Dịp Tết Nguyên đán Bính Ngọ 2026, … sẽ trao quà cho 16.600 hộ")
        # (its year's name in the lunar calendar, two capitalised words: "Bính Ngọ")
        r"|[Tt]ết [Nn]guyên [Đđ]án(?: " + CAP + W + r"* " + CAP + W + r"*)?)\s+(?:năm\s+)?(20\d\d)(?![\d/-])"
        r"(?!\s*[-–]\s*\d)"
    )
)


# a plan named with its number and date: "Kế hoạch số: 25/KH-UBND ngày 11/02/2025" (a plan that names no period of its
# own sets its goals for the year it is dated)
_PLAN_DATED = quick_start(
    re.compile(r"\b[Kk]ế hoạch\s+(?:số\s*:?\s*)?\d+/[^\s,;]*\s+ngày\s+\d{1,2}[/-]\d{1,2}[/-](20\d\d)\b")
)


# a plan's title under its type in capitals: "KẾ HOẠCH\nTriển khai phong trào thi đua năm 2026"
_TITLED_PLAN_YEAR = re.compile(
    r"(?m)^[ \t]*(?:KẾ HOẠCH|CHƯƠNG TRÌNH(?: HÀNH ĐỘNG)?|ĐỀ ÁN)[ \t]*(?:\n[ \t]*[^\n]*?\bSố\b[^\n]*)?\n"
    r"[^\n]{0,200}?\b[Nn]ăm\s+(20\d\d)(?![\d/-])(?!\s*[-–]\s*\d)"
)


def years_named(text: str) -> list[tuple[int, int]]:
    """(where it is named, the year) of every year a text names as what a plan, its goals or the text itself are
    about ("Kế hoạch … năm 2025", "Năm 2027 là năm …", a lead opening "Năm 2023, …", a campaign's year, a plan's
    date): the horizons of goals given after them without a year of their own."""
    named = [*_PLAN_YEAR.finditer(text), *_YEAR_ABOUT.finditer(text), *_CAMPAIGN_YEAR.finditer(text)]
    named += _PLAN_DATED.finditer(text)
    named += _TITLED_PLAN_YEAR.finditer(text)
    opening = _YEAR_OPENING.search(text, 0, 600)
    named += [opening] if opening else []
    return [(m.end(), int(m.group(1))) for m in named]


# a congress's term ("Đại hội … nhiệm kỳ 2025 - 2030") and the date it is held on ("diễn ra vào ngày 19/11/2025",
# "trong tháng 10/2025")
_CONGRESS_TERM = re.compile(r"\b[Đđ]ại hội\b[^.;\n]{0,160}?\bnhiệm kỳ\s+(\d{4})\s*[-–]\s*(\d{4})")
_HELD_ON = re.compile(r"\b(?:ngày\s+\d{1,2}[/-]\d{1,2}|tháng\s+\d{1,2})[/-](20\d\d)\b")


def congress_year(text: str) -> int | None:
    """The year a congress is held, for the delegates it is to seat ("Đại hội … nhiệm kỳ 2025 - 2030 sẽ diễn ra vào
    ngày 19/11/2025 … dự kiến có 545 đại biểu" seats them in 2025, not at the term's end): a date in its term's
    first two years, else the term's first year; None where the text names no congress's term.

    >>> congress_year("Đại hội đại biểu Đoàn tỉnh lần thứ I, nhiệm kỳ 2025 - 2030 sẽ diễn ra vào ngày 19/11/2025")
    2025
    """
    terms = list(_CONGRESS_TERM.finditer(text))
    if not terms:
        return None
    term = terms[-1]  # the congress named last before the figure
    first = int(term.group(1))
    held = [int(m.group(1)) for m in _HELD_ON.finditer(text, term.start())]
    return next((y for y in held if first - 1 <= y <= first + 1), first)
