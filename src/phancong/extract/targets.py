"""Targets (chỉ tiêu) and statistics from clauses: which figures are targets,
which are components of another ("trong đó ..."), deadlines and periods, and
which sentences report facts instead of setting goals.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ..text.prefilter import quick_start
from ..text.segment import clauses, sentences, trim
from .deadlines import (
    deadline_of,
    document_period,
    document_period_end,
    last_clause,
    sentence_deadline,
    year_named_before,
)
from .figures import FigureMatch, find_figures
from .quotas import QUOTA, FigureItem, quota_item, quota_run, unit_ahead

__all__ = [
    "FigureItem",
    "target_items",
    "deadline_of",
    "document_period",
    "document_period_end",
    "sentence_deadline",
    "year_named_before",
    "ends_goal_scope",
    "estimated_ahead",
    "goal_or_report",
    "per_year_rate",
    "period_of",
    "population_of",
]

# a clause that goes on naming who the previous figure counts ("cấp ủy viên cơ sở ...", "tập thể BTV ...")
_NOUN_START = re.compile(
    r"(?:cấp ủy|tập thể|cán bộ|đảng viên|tổ chức|chi bộ|đảng bộ|bí thư|chủ tịch|trưởng|"
    r"cơ quan|đơn vị|doanh nghiệp|số )"
)
_HEADED = re.compile(r"^(?:Tỷ lệ|Phấn đấu)\b")
# a goal headed for ("hướng tới giảm tỷ lệ hộ nghèo …"): a goal cue, and one that outweighs an earlier "đã"
_HEADED_FOR = r"\bhướng (?:tới|đến) (?=giảm|tăng|đạt|nâng|có)"
# a quota handed to the province or the body, after "được" ("TPHCM được giao tuyển chọn, gọi 9.105 công dân"): a
# goal, not the "được" of a report
_QUOTA_HANDED = r"giao (?:chỉ tiêu|tuyển chọn|tuyển quân)\b"
# a budget estimate is what a year's budget is planned at: "dự toán tổng thu ngân sách nhà nước năm 2026 là 12.500 tỷ
# đồng", "dự toán thu, chi ngân sách địa phương … là hơn 724,8 tỷ đồng" (not the share of one a result came to: "thu
# ngân sách đạt 5.000 tỷ đồng, bằng 102% dự toán")
_BUDGET_ESTIMATE = r"\bdự toán (?:tổng )?(?:thu|chi)\b"
# goal cues anywhere before a figure, and those that open the sentence (read apart: a pattern of both with "^" and
# "\W*" could not be tried only where its first letters stand, and was the costliest search of a text)
_GOAL = re.compile(
    r"phấn đấu|mục tiêu|chỉ tiêu|đến năm 20\d\d|cả nhiệm kỳ|toàn khóa|tối thiểu|" + _HEADED_FOR + r"|"
    r"\bđể từ đầu nhiệm kỳ|tiếp tục (?:thực hiện|thống nhất|duy trì)|(?:đảm bảo|bảo đảm) hoàn thành|"
    # a purpose ("nhằm đạt mức tăng trưởng trên 10%"), a level by a year ("… dưới 0,3% vào năm 2020")
    r"\b(?:nhằm|để) đạt\b|\bvào năm 20\d\d|"
    r"\bkịch bản tăng trưởng\b|"  # a projection ("xây dựng kịch bản tăng trưởng GRDP năm 2026 là 9,5%")
    # what is planned to happen ("Đại hội … sẽ được tổ chức … với sự tham dự của 500 đại biểu", "dự kiến có 100 đại
    # biểu"; "sẽ diễn ra", "sẽ có" are read with every other "sẽ" below)
    # (and what is planned: "Năm 2024, toàn tỉnh có kế hoạch trồng 10.500 ha rừng"; "dự kiến" alone also forecasts
    # what news reports, and was measured a loss)
    r"\bsẽ được tổ chức\b|\bdự kiến có\b|\bcó kế hoạch\b|"
    # (but what a plan is set to open, recruit, plant or receive is planned: "dự kiến mở 33 lớp", "lên kế hoạch trồng
    # 15.000 cây"; "dự kiến tổ chức lễ …" plans an event, no figure)
    r"\bdự kiến (?:sẽ )?(?:mở|tuyển|trồng|đón|đào tạo|bồi dưỡng|kết nạp|xây mới|thu hút)\b|"
    r"\b(?:lên|theo) kế hoạch (?:trồng|mở|tuyển|xây dựng|đào tạo)\b|"
    # what must or is resolved to be reached: "các dự án phải giải ngân đạt tối thiểu 70%", "quyết tâm ra mắt 12 xã",
    # "đảm bảo từ 95% trở lên …"
    r"\bphải (?:đạt|giải ngân|hoàn thành|bảo đảm|đảm bảo)\b|\bquyết tâm\b|\b(?:đảm bảo|bảo đảm) (?:từ|ít nhất|đạt)\b|"
    r"\bgóp phần (?:thực hiện )?(?:hoàn thành|đạt)\b|\bđiều hành (?:tăng trưởng|tốc độ tăng trưởng|GRDP)\b|"
    r"\bsẽ\b(?! (?:được|là)\b)|"
    # what a decision approves is planned: "ký quyết định phê duyệt vùng trồng lúa … với tổng diện tích 5.120 ha"
    r"\bphê duyệt\b|"
    # a plan issued is what its goals are for: "UBND tỉnh ban hành kế hoạch triển khai … Theo đó, … đạt từ 10% - 12%"
    r"\bban hành (?:các )?(?:kế hoạch|chương trình|đề án)\b|"
    # the public investment capital a year's plan holds, to be disbursed: "tổng vốn đầu tư công năm 2026 của tỉnh dự
    # kiến hơn 27.000 tỷ đồng", "Kế hoạch vốn đầu tư công năm 2025 được giao là …"
    # (not a plan being amended: "Về điều chỉnh, bổ sung Kế hoạch đầu tư công trung hạn …: điều chỉnh giảm 62 tỷ đồng")
    r"(?<!điều chỉnh )(?<!bổ sung )\b(?:kế hoạch|tổng)(?: nguồn)?(?: vốn)? đầu tư công\b|"
    # a quota handed to the province or the body: "Năm 2026, TPHCM được giao tuyển chọn, gọi 9.105 công dân nhập ngũ"
    r"\bđược " + _QUOTA_HANDED + r"|"
    # what a decision allocates is planned: "Theo Quyết định phân bổ, năm 2027, giải quyết việc làm cho 6.000 lao
    # động", "phân bổ chỉ tiêu tuyển sinh …"
    r"\b(?:[Qq]uyết định|[Vv]ăn bản) (?:phân bổ|giao)\b|\bphân bổ (?:chỉ tiêu|kế hoạch)\b|" + _BUDGET_ESTIMATE,
    re.I,
)
_GOAL = quick_start(_GOAL)
_GOAL_OPENING = re.compile(
    r"Thực hiện\b|Sắp xếp|Số lượng\b[^:]{0,80}:|\W*duy trì\b|"
    # a level to hold ("Khống chế … dưới 0,3% vào năm 2020")
    r"\W*(?:khống chế|kiềm chế)\b|"
    # a share to be ensured, opening a plan's sentence: "Bảo đảm 100% tin báo … được tiếp nhận, xử lý"
    r"\W*(?:bảo đảm|đảm bảo)\s+(?:(?:trên|ít nhất|tối thiểu)\s+)?(?:\d+(?:[,.]\d+)?\s*%|$)|"
    # a yearly quota opening the sentence: "Mỗi năm kết nạp từ 300 đảng viên trở lên" ("… kết nạp được …" reports)
    r"\W*(?:[Mm]ỗi năm|[Hh][ằà]ng năm)\s+(?![^.;]*?\bđược\b)|"
    # what a plan says will be done: "Theo Kế hoạch, năm 2027, tỉnh sẽ … phát triển ít nhất 70 sản phẩm"
    r"Theo (?:Kế hoạch|kế hoạch|Chương trình|Đề án)\b|"
    # a plan's phase heading its goals: "Giai đoạn 1 (2017 – 2020): 90% cán bộ …; Hỗ trợ 100 dự án …"
    # (or by its years alone: "Giai đoạn 2021 – 2025: …")
    r"\W*Giai đoạn (?:(?:\d|[IV]{1,3})\s*\(\s*\d{4}\s*[-–]\s*\d{4}\s*\)|\d{4}\s*[-–]\s*\d{4})\s*:",
    re.I,
)
# goal cues that are verbs or deadlines: only these outweigh an earlier "đã" ("Sở đã ... bám sát các mục tiêu
# của Kế hoạch, mở 20 lớp" reports; "Tỉnh đã ... và phấn đấu đến năm 2030 ..." sets a goal)
_VERBAL_GOAL = re.compile(
    # ("Đại hội đã xác định nhiều chỉ tiêu quan trọng, trong đó: …", "đặt ra 18 chỉ tiêu")
    r"phấn đấu|đến năm 20\d\d|tối thiểu|(?:đề ra|giao|thông qua|xác định|đặt ra|thống nhất)"
    r" (?:các |một số |những |nhiều |\d+ )?(?:mục tiêu|chỉ tiêu)|"
    # a goal headed for, or named by its indicator: "hướng tới giảm tỷ lệ hộ nghèo xuống dưới 3%", "thực hiện mục
    # tiêu tăng trưởng GDP … từ 10% trở lên"
    + _HEADED_FOR
    + r"|\bmục tiêu (?=tăng trưởng|giảm|tăng|đạt)|"
    r"\b(?:nhằm|để) đạt\b|"
    r"(?:đảm bảo|bảo đảm) hoàn thành|\bphải (?:đạt|giải ngân|hoàn thành)\b|\bquyết tâm\b|"
    # a purpose after what was done, and the growth a plan steers for: "…, góp phần hoàn thành chỉ tiêu tăng
    # trưởng … đạt trên 3,8%", "xây dựng kế hoạch … điều hành tăng trưởng kinh tế năm 2026 đạt 10%"
    r"\bgóp phần (?:thực hiện )?(?:hoàn thành|đạt)\b|\bđiều hành (?:tăng trưởng|tốc độ tăng trưởng|GRDP)\b|"
    # the budget a council has passed: "HĐND xã đã thông qua dự toán thu ngân sách năm 2026 là 45 tỷ đồng"
     + _BUDGET_ESTIMATE + r"|"
    # "đã lập kế hoạch … với các chỉ tiêu cụ thể như: …", "… với các chỉ tiêu đáng chú ý như: …": a plan's targets
    # follow the colon, whatever words qualify them
    # ("… và các chỉ tiêu chủ yếu năm 2022, như sau:": their year and "như sau" too)
    # ("… với 20 chỉ tiêu chủ yếu là: …": counted, not a share of them reached, "18/20 chỉ tiêu, trong đó:")
    # (not the targets reached: "Kết quả … với các chỉ tiêu chính đạt được gồm: …" reports)
    r"(?:các|những|(?<!\d) [0-9]+) (?:mục tiêu|chỉ tiêu)"
    r"(?:,?\s+(?!đạt\b|được\b)(?:[^\W\d_]+|(?:năm|giai đoạn)\s+\d{4}(?:\s*[-–]\s*\d{4})?)){0,6}?\s*:",
    re.I,
)
_VERBAL_GOAL = quick_start(_VERBAL_GOAL)
# report cues; "tốc độ tăng trưởng" (the growth rate) names an indicator, it does not say that something grew
_REPORT = re.compile(
    r"đã\s+(?:hoàn thành|đạt|vượt)\s+(?:các\s+)?(?:mục tiêu|chỉ tiêu)|\bđã\b"
    r"|\bđược\b(?! nghiên cứu| " + _QUOTA_HANDED + ")"
    r"|^(?:Tính )?đến (?:ngày )?\d|^Hiện\b|(?<!thực )\bhiện có\b|đến nay|"
    r"\bchiếm\b|\bgiảm\b|(?<!tốc độ )\btăng\b|\bđạt trên\b|^Có\b|^Hàng năm, Đảng bộ có",
    re.I,
)
_REPORT = quick_start(_REPORT)
_PERIOD_ANNUAL = re.compile(r"\bh[ằà]ng năm\b", re.I)
_PERIOD_ANNUAL = quick_start(_PERIOD_ANNUAL)
_PERIOD_TERM = re.compile(r"cả nhiệm kỳ|toàn khóa|trong nhiệm kỳ", re.I)
_PERIOD_TERM = quick_start(_PERIOD_TERM)


# what the work came to ("kết quả thực hiện đạt", "kết quả mới đạt"): a result, as a report cue and beside a goal
_CAME_TO = r"\b[Kk]ết quả (?:thực hiện |mới |chỉ )*đạt"


# report cues strong enough to end a goal scope (a weak one such as "tăng" or "chiếm" is also how goals read:
# "tốc độ tăng trưởng đạt 8%", "tỷ trọng kinh tế số chiếm khoảng 30%")
_STRONG_REPORT = re.compile(
    # ("đạt được mục tiêu đề ra" without "đã" is what the goals are for: "… để điều hành trong năm 2025 đạt được
    # mục tiêu đề ra")
    r"\bđã\b|\bđạt được\b(?! (?:các |những )?(?:mục tiêu|chỉ tiêu)\b)|"
    r"(?<!thực )\bhiện có\b|\bhiện nay\b|\bđến nay\b|^(?:Tính )?đến (?:ngày )?\d|"
    r"\bnhiệm kỳ (?:qua|trước)\b|\bđạt và vượt\b|\bso (?:với )?cùng kỳ\b|(?<!thực )\bhiện đạt\b|"
    r"\bnăm qua\b|\bvừa qua\b|\bso với cùng kỳ\b|\bđạt (?:nhiều|được) kết quả|\bkết quả (?:nổi bật|đạt được)|"
    # figures given on a source's word are results: "Theo số liệu thống kê, năm 2020 GRDP … đạt 3.249 USD"
    r"\b[Tt]heo (?:số liệu|thống kê|báo cáo)\b|"
    # a survey's findings and what there is now: "Theo kết quả rà soát hộ nghèo cuối năm 2023, hiện toàn tỉnh còn …",
    # and a date passed heading the figures: "Hết tháng 6/2022, tỷ lệ hộ nghèo … giảm còn 1,36%"
    r"\b(?:[Tt]heo )?[Kk]ết quả (?:rà soát|điều tra|thống kê|tổng hợp)\b"
    r"|^[Hh]ết (?:tháng|quý)\s+[\dIV]"
    # what a plan's work came to: "kết quả thực hiện đạt 1.131.000 cây", "kết quả mới đạt khoảng 350 cây"
    r"|" + _CAME_TO + r"\b"
    # a count to date, and a year's result: "Lũy kế đến năm 2024, tỉnh có 6/6 đơn vị …", "kết quả, tỉnh có 165 …"
    # (in capitals only: a search for every "l" of a text costs more than the few counts written mid-sentence)
    r"|\bL[ũu]y kế(?: (?:đến|tới) (?:hết |cuối )?(?:năm |ngày |tháng )?[\d/]+)?|\b[Kk]ết quả,"
    # by how much a target was beaten: "kết nạp được 139 đảng viên, vượt chỉ tiêu 9 đảng viên"
    r"|(?<!phấn đấu )(?<!để )(?<!nhằm )\bvượt (?:chỉ tiêu|kế hoạch)(?: (?:được giao|đề ra|giao))?\s*$",
    re.I,
)
_STRONG_REPORT = quick_start(_STRONG_REPORT)


@lru_cache(maxsize=256)
def _strong_report_end(text: str) -> int | None:
    """Where the last strong report cue in ``text`` ends (asked of the same prefix by both functions below)."""
    return _last_end(_STRONG_REPORT, text)


def ends_goal_scope(text: str) -> bool:
    return _strong_report_end(text) is not None or bool(_ESTIMATED.search(text) and not _STRIVEN.search(text))


def goal_or_report(prefix: str) -> str | None:
    """ "goal" or "report" by the cue nearest the figure ("Hiện nay ... phấn đấu hoàn thành trước 1 tháng"
    is a goal; "Tỉnh đã hoàn thành mục tiêu 100% ..." a report), None without cues. A weak report cue
    ("tăng", "chiếm") does not outweigh a goal cue: "Mục tiêu ... là tốc độ tăng trưởng đạt 8%" is a goal."""
    # whether there is a cue of each kind: the first one found tells
    goal = _GOAL_OPENING.match(prefix) is not None or _GOAL.search(prefix) is not None
    strong = _strong_report_end(prefix)
    if not goal and strong is None and _REPORT.search(prefix) is None:
        return None
    if not _STRIVEN.search(prefix):  # an estimate reports, unless striven for by a year ahead (_STRIVEN)
        strong = max((x for x in (strong, _last_end(_ESTIMATED, prefix)) if x is not None), default=None)
    if strong is not None:
        verbal = _last_end(_VERBAL_GOAL, prefix)
        return "goal" if verbal is not None and verbal > strong else "report"
    if goal:
        return "goal"
    return "report"


def ahead_of_the_text(sentence: str, after_figure: str, year: int | None) -> bool:
    """Whether a sentence without cues sets goals by the time it names ahead of the text's year: a year after the
    figure ("Số khách du lịch đạt 5 triệu lượt vào năm 2030", written before 2030), or a term or period that
    opens the sentence and has not begun before that year ("Nhiệm kỳ 2025 - 2030, Đoàn xã … tập trung …; kết nạp
    từ 100 - 200 đoàn viên", written in 2025; not "Giai đoạn 2021 - 2025, tỉnh đã xây dựng …" written in 2025)."""
    if year is None:
        return False  # no year to be ahead of
    later = _LATER_YEAR.search(after_figure)
    if later and int(later.group(1)) > year:
        return True
    opening = _PERIOD_OPENING.match(sentence)
    return opening is not None and int(opening.group(1)) >= year


_LATER_YEAR = re.compile(r"\b(?:vào|đến) năm (20\d\d)\b")
# the years an estimate is for: "đến năm 2030, kim ngạch … ước đạt 14,8 tỷ USD", "giai đoạn 2026 - 2030, … ước đạt …"
_ESTIMATED_FOR = re.compile(r"\b(?:(?:vào|đến) năm|giai đoạn|nhiệm kỳ) (20\d\d)\b")


def estimated_ahead(prefix: str, year: int | None) -> bool:
    """Whether the words before a figure estimate it for years all ahead of the text's year: a projection the plan
    makes, not a result estimated ("Năm 2025, GRDP ước tăng 8%", written in 2025). No other report cue stands."""
    return bool(_ESTIMATED.search(prefix)) and _strong_report_end(prefix) is None and _for_years_ahead(prefix, year)


def _for_years_ahead(words: str, year: int | None) -> bool:
    return year is not None and min(map(int, _ESTIMATED_FOR.findall(words)), default=0) > year


_PERIOD_OPENING = re.compile(r"\W*(?:[Tt]rong )?(?:[Nn]hiệm kỳ|[Gg]iai đoạn) (20\d\d)\s*[-–]\s*20\d\d\s*,")


def later_goal(text: str, after: int, end: int, figures: list) -> int | None:
    """Where a goal begins after a first figure that is none ("Trong 4 tháng còn lại …, nhằm đạt mục tiêu … 10%",
    "đã đề ra 120 nhiệm vụ, phấn đấu … 1,5%", "ước đạt 9%, vượt chỉ tiêu Nghị quyết đề ra là 8,2%": the plan's
    target a result exceeded), when a figure follows it; None when none does."""
    for m in _LATER_GOAL.finditer(text, after, end):
        if any(f.start >= m.end() for f in figures):
            return m.start()
    return None


_LATER_GOAL = quick_start(
    re.compile(_VERBAL_GOAL.pattern + r"|\bvượt (?:mục tiêu|chỉ tiêu|kế hoạch)\b[^.;,\d]{0,40}?\bđề ra\b", re.I)
)


def _last_end(pattern: re.Pattern, text: str) -> int | None:
    """Where the last match of ``pattern`` in ``text`` ends (the matches do not overlap: the furthest end)."""
    end = None
    for m in pattern.finditer(text):
        end = m.end()
    return end


# a yearly rate of change: a growth or a fall averaged over the years ("tăng bình quân 9%", "tốc độ tăng trưởng
# GRDP bình quân hằng năm 7,5 - 8%", "giảm 2%/năm"); a share reached every year ("hằng năm có 90% …") is a percent
_CHANGE = re.compile(r"(?i)\b(?:tăng|giảm|tăng trưởng)\b")
_AVERAGED = re.compile(r"(?i)\b(?:bình quân|h[ằà]ng năm|mỗi năm)\b")
_PER_YEAR_AFTER = re.compile(r"\s*(?:trở lên\s*)?/\s*năm\b")
_ONE_YEAR = re.compile(r"\bnăm\s+20\d\d\b(?!\s*[-–]\s*\d)")
_YEAR_OPENING = re.compile(r"(?:^|[)–-]\s*)[Nn]ăm\s+20\d\d\s*,")
_A_SPAN = re.compile(r"(?i)giai đoạn|thời kỳ|nhiệm kỳ|\d{4}\s*[-–]\s*\d{4}|h[ằà]ng năm|mỗi năm|các năm")


def per_year_rate(text: str, start: int, fig_start: int, fig_end: int) -> bool:
    """Whether the percentage at text[fig_start:fig_end] (its item from start) is a rate per year: "%/năm"."""
    if "%" not in text[fig_start:fig_end]:
        return False
    if _PER_YEAR_AFTER.match(text, fig_end):
        return True
    before = text[start:fig_start]
    if not (_CHANGE.search(before) and _AVERAGED.search(before)):
        return False
    clause = last_clause(before)
    one_year = _ONE_YEAR.search(clause) or _YEAR_OPENING.search(before)  # "Năm 2027, tỉnh phấn đấu giảm … 2-3%"
    # "tăng trưởng … năm 2023 bình quân đạt trên 3,8%": one year's average, no rate per year
    return not (one_year and not _A_SPAN.search(clause))


def period_of(text: str) -> str | None:
    if _PERIOD_ANNUAL.search(text):
        return "annual"
    if _PERIOD_TERM.search(text):
        return "term"
    return None


# what a counted phrase ends with when its number follows: "số đảng viên ở các chi bộ thôn là 37.781/56.760"
_HEAD_BEFORE = re.compile(r"\b(?:tổng\s+)?số\s+(?P<pop>[^.;:]{3,120}?)\s+(?:là|đạt|có|chiếm|gồm|với)\s*$", re.I)
_HEAD_BEFORE = quick_start(_HEAD_BEFORE)
# words that join a phrase to its number, never part of what is counted
_JOINER_WORDS = "có|là|gồm|với|chiếm|đạt|được|ở|tại|của|và|trong đó|tăng|giảm|trên|dưới|khoảng|gần|hơn".split("|")
_JOINERS = r"(?:" + "|".join(_JOINER_WORDS) + ")"
# what dangles at the start of a phrase and at its end: separators and joiners
_LEADING = re.compile(r"(?:[\s,;:.()/-]|" + _JOINERS + r"\b)+", re.I)
_TRAILING = re.compile(r"(?:[\s,;:.(/-]|\b" + _JOINERS + r")+$", re.I)
_LAST_PIECE = re.compile(r"(?:[\s,;:.(/-]|" + _JOINERS + r")$", re.I)
_LAST_PIECE_WIDTH = max(map(len, _JOINER_WORDS)) + 1  # and the line break "$" may stand before


def _undangled(phrase: str) -> str:
    """The phrase without what dangles at either end ("(tăng", ") có trình độ ... (", "Công đoàn có"): what one
    substitution of the leading or the trailing run gave. The trailing run is searched for (at every position:
    the slow part) only when the phrase ends with a piece of one."""
    lead = _LEADING.match(phrase)
    start, end = (lead.end() if lead else 0), len(phrase)
    if _LAST_PIECE.search(phrase, max(start, end - _LAST_PIECE_WIDTH)):
        trail = _TRAILING.search(phrase, start)
        if trail:
            end = trail.start()
    return phrase[start:end]


_NOT_COUNTED = re.compile(r"\b(?:đạt|từ|trở lên|phấn đấu|hằng năm|hàng năm|trong đó)\b")
_NOT_COUNTED = quick_start(_NOT_COUNTED)
_SPACES = re.compile(r"\s+")


_A_WORD = re.compile(r"[^\W\d_]{2,}")


def population_of(text: str, span: tuple[int, int], fig: FigureMatch | None) -> str | None:
    """What a figure counts, in words: the phrase around it without the number, its comparators and the words
    that join them; None where nothing is left that names a thing (a bracket, "có")."""
    s, e = span
    phrase = text[s:e]
    if fig is not None:
        head = _HEAD_BEFORE.search(text, s, fig.start)
        if head and fig.noun_end == fig.end:
            phrase = head.group("pop")  # the counted noun comes before the number
        else:
            phrase = text[s : fig.start] + " " + text[fig.noun_end if fig.unit != "percent" else fig.end : e]
    phrase = _NOT_COUNTED.sub(" ", phrase)
    phrase = _SPACES.sub(" ", phrase)
    phrase = _undangled(phrase)
    if phrase.count("(") != phrase.count(")"):
        phrase = phrase.replace("(", " ").replace(")", " ")
        phrase = _undangled(_SPACES.sub(" ", phrase))
    if not _A_WORD.search(phrase):
        return None
    return phrase[:200]


def _segments(text: str, s: int, e: int, figs: list[FigureMatch]) -> list[tuple[int, int]]:
    """One span per figure inside a clause. Between two figures the cut is at
    ", trong đó", else at the last ", " / " và " / " hoặc " (the words after it
    belong to the next figure: "..., tham gia cấp ủy viên cấp tỉnh đạt từ 15%")."""
    starts = [s]
    ends = []
    for i in range(len(figs) - 1):
        a, b = figs[i].noun_end, figs[i + 1].start
        between = text[a:b]
        m = re.search(r",?\s*trong đó\s*", between)
        if not m:  # (else at a bracket opened between them: "138 xã, phường (124 xã, …)")
            ms = list(re.finditer(r",\s*|\s+và\s+|\s+hoặc\s+", between)) or list(re.finditer(r"\s*\(\s*", between))
            m = ms[-1] if ms else None
        if m:
            ends.append(a + m.start())
            starts.append(a + m.end())
        else:
            ends.append(b)
            starts.append(b)
    ends.append(e)
    return [trim(text, st, en) for st, en in zip(starts, ends, strict=False)]


def target_items(
    text: str, start: int, end: int, *, numbered_item: bool = False, in_group: bool = True, year: int | None = None
) -> list[FigureItem]:
    """Targets in text[start:end], one item of a target list (a group's content or
    one "(n)" item). ``numbered_item``: the item is one chỉ tiêu, every further
    figure is a component of the first."""
    out: list[FigureItem] = []
    headed = False
    pieces: list[tuple[int, int]] = []
    for ss, se in sentences(text, start, end):
        for cs, ce in clauses(text, ss, se, ";"):
            pieces.extend(quota_run(text, cs, ce))
    last_first: FigureItem | None = None  # the first item of the last clause with figures
    for i, (cs, ce) in enumerate(pieces):
        clause = text[cs:ce]
        if last_first is None and QUOTA.fullmatch(clause):
            last_first = unit_ahead(text, pieces[i + 1 :])  # "A 120; B 95; C 80 đảng viên": the last one's unit
        # an estimate beside a goal is no goal: "(năm 2025 dự ước 1.400 tỷ đồng)", "năm nay ước đạt 7%"
        # (but "phấn đấu đến năm 2030 tổng thu ngân sách ước đạt …" strives for it, and "đến năm 2030, kim ngạch …
        # ước đạt 14,8 tỷ USD" written in 2025 projects it: goals)
        figs = [
            f
            for f in find_figures(text, cs, ce)
            if not _ESTIMATE.search(text, max(cs, f.start - 16), f.start)
            or _STRIVEN.search(text, cs, f.start)
            or _for_years_ahead(text[cs : f.start], year)
            if not _RESULT.search(text, max(cs, f.start - 40), f.start)
        ]
        headed, clause_component = _under_heading(clause, headed)
        if numbered_item and out:
            clause_component = True
        quota = quota_item(clause, cs, ce, last_first)
        if quota is not None:
            out.append(quota)
            continue
        if not figs:
            item = _item_without_figure(clause, cs, ce, last_first, clause_component) if in_group else None
            if item is not None:
                out.append(item)
            continue
        items = _figure_items(text, cs, ce, figs, last_first, clause_component, headed, numbered_item)
        out.extend(items)
        last_first = items[0]
    return out


_ESTIMATED = re.compile(r"\bước (?:đạt|tăng|giảm)\b")  # an estimate of a result: "ước đạt 9%", "ước tăng 7,9%"
_STRIVEN = re.compile(r"\bphấn đấu\b[^.;:]*?\bđến (?:năm\s+)?\d{4}\b")
_ESTIMATE = re.compile(r"\b(?:dự ước|ước (?:đạt|thực hiện|tính))(?:\s+(?:là|đạt))?\s*$")
# what the work came to, beside the goal it was set: "dự kiến trồng 1,7 triệu cây, kết quả thực hiện đạt 1.131.000
# cây", "kết quả mới đạt khoảng 350 cây"
_RESULT = re.compile(_CAME_TO + r"(?:\s+(?:khoảng|gần|hơn|trên|được))?\s*$")


def _under_heading(clause: str, headed: bool) -> tuple[bool, bool]:
    """Whether a heading ("Tỷ lệ ...", "Phấn đấu ...") is open after this clause, and whether the clause is a
    component of it (it goes on in lower case or with a number)."""
    lower = clause[:1].islower()
    starts_digit = clause[:1].isdigit() or clause.startswith("từ ")
    if _HEADED.match(clause):
        return True, False
    if headed and (lower or starts_digit):
        return True, True
    return False, False


def _item_without_figure(
    clause: str, cs: int, ce: int, last_first: FigureItem | None, clause_component: bool
) -> FigureItem | None:
    """A clause of a target list without a figure: a further population of the figure before ("100% cấp ủy
    viên cấp trên trực tiếp cơ sở; cấp ủy viên cơ sở được bồi dưỡng ...": a shared head), or a chỉ tiêu
    stated without a figure ("Kịp thời sắp xếp, kiện toàn tổ chức đảng ..."); None for a component."""
    if last_first is not None and clause[:1].islower() and not clause_component and _NOUN_START.match(clause):
        item = FigureItem(last_first.fig, (cs, ce), top=True, inherited=True)
        item.period = period_of(clause) or last_first.period
        return item
    if clause_component:
        return None
    return FigureItem(None, (cs, ce), top=True, period=period_of(clause), empty=True)


def _figure_items(
    text: str,
    cs: int,
    ce: int,
    figs: list[FigureMatch],
    last_first: FigureItem | None,
    clause_component: bool,
    headed: bool,
    numbered_item: bool,
) -> list[FigureItem]:
    """One item per figure of a clause: the first is a chỉ tiêu of its own (unless the clause is a component),
    a further one a component where "trong đó" or a heading says so."""
    clause = text[cs:ce]
    out: list[FigureItem] = []
    spans = _segments(text, cs, ce, figs)
    for i, (f, sp) in enumerate(zip(figs, spans, strict=False)):
        between = text[figs[i - 1].end : f.start] if i else ""
        if clause_component:
            component = True
        elif i == 0:
            component = False
        else:
            component = "trong đó" in between or headed or numbered_item
        subject_span = None
        if f.unit is None and last_first is not None and last_first.fig is not None and last_first.fig.unit:
            q = QUOTA.fullmatch(text[sp[0] : f.end])
            if q:  # "...; Biên phòng 15 và ...": the last short item of a quota list
                f = replace(f, unit=last_first.fig.unit, unit_text=last_first.fig.unit_text)
                subject_span = (sp[0] + q.start("name"), sp[0] + q.end("name"))
        item = FigureItem(
            f,
            sp,
            top=not component,
            period=period_of(clause),
            subject_span=subject_span,
            inherited=subject_span is not None,
        )
        out.append(item)
        if i == 0:
            last_first = item
    return out
