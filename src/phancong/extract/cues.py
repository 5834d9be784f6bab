"""Cue patterns the extractor's passes share."""

from __future__ import annotations

import re
from functools import lru_cache

from ..text.prefilter import quick_start
from .deadlines import sentence_deadline
from .documents import TYPES
from .places import province_names

TYPES_BY_WORD = [(w, t) for w, t in TYPES]
TERM = re.compile(r"nhiệm kỳ\s+(\d{4})\s*-\s*(\d{4})", re.IGNORECASE)
# what a term's end holds to: "trong nhiệm kỳ", "cả nhiệm kỳ", the committee of a term ("Thành ủy khóa 16")
OF_THE_TERM = re.compile(
    r"\b(?:[Tt]rong|cả|suốt|[Tt]oàn) nhiệm kỳ\b(?! \d)|\b(?:ủy|hành|vụ) khóa (?:[IVXL]{1,5}|\d{1,2})\b"
)
DEADLINE = re.compile(r"đến năm\s+(\d{4})")
GOAL_WORD = re.compile(
    r"phấn đấu|mục tiêu|chỉ tiêu|đến năm|Số lượng|duy trì|đảm bảo hoàn thành|bảo đảm hoàn thành|phê duyệt|"
    r"ban hành (?:các )?(?:kế hoạch|chương trình|đề án)|có kế hoạch",
    re.I,
)
GOAL_WORD = quick_start(GOAL_WORD)
TERM_END = re.compile(r"[Nn]hiệm kỳ\s+\d{4}\s*[-–]\s*(\d{4})")
GROUP_ORDINAL = re.compile(r"\bthứ (nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)\b")
TASK_HEADING = re.compile(
    r"(?:[IVX]{1,4}[.)]\s*)?(?:(?:CÁC )?NHIỆM VỤ(?:,| VÀ)? GIẢI PHÁP(?: CHỦ YẾU| TRỌNG TÂM)?|"
    r"(?:CÁC )?NHIỆM VỤ(?: CHỦ YẾU| TRỌNG TÂM| CỤ THỂ)?|GIẢI PHÁP|"
    r"(?:Các )?[Nn]hiệm vụ(?:,| và)? giải pháp(?: chủ yếu)?|(?:Các )?[Nn]hiệm vụ(?: cụ thể| trọng tâm| chủ yếu))"
    r"\s*:?\s*$"
)
TASK_NOUNS = (
    "nội dung",
    "nhiệm vụ",
    "giải pháp",
    "nhiệm vụ và giải pháp",
    "nhiệm vụ, giải pháp",
    "nhiệm vụ trọng tâm",
)


@lru_cache(maxsize=1)
def province_at_end() -> re.Pattern:
    return re.compile(r" (" + "|".join(re.escape(p) for p in sorted(province_names(), key=len, reverse=True)) + r")$")


# "thực hiện (thắng lợi) Nghị quyết …": a document the text cites, whose congress is not an actor here
CITES = (
    r"(?:thực hiện|triển khai|quán triệt|cụ thể hóa|theo|tinh thần)\s+"
    r"(?:(?:thắng lợi|thành công|có hiệu quả|hiệu quả|tốt)\s+)?(?:các\s+)?"
)
DOC_CITED = re.compile(CITES + r"$")
CONGRESS_CITED = re.compile(
    CITES + r"(?:[Nn]ghị quyết|mục tiêu)\s+$"
    # the congress a plan works towards or celebrates is its topic, not an actor
    r"|\b(?:tiến tới|hướng tới|chào mừng|phục vụ|chuẩn bị)\s+$"
)
# a resolution cited before its congress in the same line: "Căn cứ Nghị quyết Đại hội …", "mục tiêu Nghị quyết …"
CONGRESS_CITED_IN_LINE = re.compile(
    r"(?i)\b(?:căn cứ|thực hiện)\b[^.;\n]*$"
    r"|\b(?:mục tiêu|chỉ tiêu)(?:,? (?:chỉ tiêu|nhiệm vụ))?\s+(?:của\s+)?nghị quyết\s+$"
)
# a photo's file name or its caption line ("Toàn cảnh Đại hội.jpg", "Ảnh: Minh Anh"), or a caption that credits
# its photo at its end ("Bàn giao công trình nước sạch tại xã An Mỹ - (Ảnh: Khắc Nho). |")
PHOTO_LINE = re.compile(
    r"\s*(?:[^\n]{1,120}\.(?:jpe?g|png|gif|webp)|(?:Ảnh|Nguồn ảnh)\s*:[^\n]{0,60}"
    r"|[^\n]{0,300}\((?:Ảnh|Nguồn ảnh|Ảnh minh họa)\s*[:)][^\n)]{0,120}\)?\s*\.?\s*\|?)\s*",
    re.I,
)
# how the paragraphs of a goals scope are laid out (the prose pass): how one that goes on with the goals
# before it opens
# ("Khi đó, 100% …" after "Phấn đấu đến năm 2030, tỉnh …": at the time the paragraph before named)
GOES_ON = re.compile(
    r"\W*(?:Cụ thể|Theo đó|Trong đó|[-+•*]|\d{1,2}[.)]|[a-zđ]\)|Hằng năm|Hàng năm|Mỗi năm|Bình quân"
    r"|(?:Khi|Lúc|Đến lúc|Đến khi) đó\b)"
)
# a paragraph that spells out the goals set before it: "Cụ thể, huyện A giảm 3-4% …"
SPELLED_OUT = re.compile(r"\W*Cụ thể\b")
# (or a news subheading that does: "Những nhiệm vụ cụ thể", "Các mục tiêu cụ thể")
SPECIFICS_HEADING = re.compile(r"\W*(?:[Nn]hững |[Cc]ác )?(?i:nhiệm vụ|mục tiêu|chỉ tiêu) cụ thể\s*:?\s*")
# a line of a few words with no stop at its end: a headline or a subheading
HEADLINE = re.compile(r"[^\n]{10,160}?(?<![.;:!?…”\"])\s*")
# a heading of goals on its own line: "1. Mục tiêu", "b) Các chỉ tiêu chủ yếu:", "Mục tiêu cụ thể đến năm 2030"
GOAL_HEADING = re.compile(
    r"\W*(?:\d{1,2}(?:\.\d{1,2})*[.)]\s*|[IVX]{1,4}[.)]\s*|[a-zđ]\)\s*)?(?i:các )?(?i:mục tiêu|chỉ tiêu)"
    r"(?: (?:cụ thể|chủ yếu|chung|tổng quát|chính))?(?: (?:đến năm|đến|năm|giai đoạn) [\d\s–-]{4,11})?\s*:?\s*$"
)
# a plan's phase on a line of its own, its years only: "Giai đoạn 2021 – 2025", "a) Giai đoạn 2026-2030:"
_PHASE_LINE = re.compile(
    r"\W*(?:[a-zđ]\)\s*|\d{1,2}(?:\.\d{1,2})*[.)]\s*)?[Gg]iai đoạn (\d{4})\s*[-–]\s*(\d{4})\s*:?\s*"
)


def goals_heading(text: str, start: int, end: int, year: str | int | None) -> int | None | bool:
    """False where a line heads no goals; else the deadline of the goals below it (None: none stated). A goals
    heading ("1. Mục tiêu", "Các chỉ tiêu chủ yếu đến năm 2030:"), or a phase that ends no earlier than the text was
    written ("Giai đoạn 2021 – 2025" in a plan of 2021: what it is to reach, by 2025; a report of 2026 under the same
    heading tells what was reached)."""
    if GOAL_HEADING.match(text, start, end):
        return sentence_deadline(text[start:end])
    phase = _PHASE_LINE.fullmatch(text, start, end)
    if phase and year is not None and int(phase.group(2)) >= int(year):
        return int(phase.group(2))
    return False


# what a goal's year is told by (the prose pass): a rate against a year's level ("so với năm 2024"), an event
# planned ("sẽ diễn ra", "dự kiến có")
AGAINST_YEAR = re.compile(r"\bso với (?:cùng kỳ )?năm (20\d\d)\b")
PLANNED = re.compile(r"\bsẽ (?:có|diễn ra|tiến hành|được tổ chức)\b|\bdự kiến có\b")
# a goal for this year, the one the text is written in: "chỉ tiêu cả năm", "năm nay", "Quý IV", "hai tháng còn
# lại", "từ nay đến cuối năm"; a day or month named without a year ("đến ngày 30-9, tỷ lệ giải ngân đạt 60%",
# "đến hết tháng 10 đạt 75% kế hoạch")
THIS_YEAR = re.compile(
    r"\b(?:cả năm|năm nay|[Qq]uý (?:I|II|III|IV)\b(?!\s*(?:/|năm)\s*\d)|(?:\d+|hai|ba|bốn) tháng (?:còn lại|cuối năm)"
    r"|từ nay đến cuối năm|những tháng (?:còn lại|cuối năm)"
    r"|(?:[Đđ]ến|[Tt]rước|chậm nhất|hết) (?:hết |cuối )?(?:ngày \d{1,2}\s*[-/]\s*\d{1,2}|tháng \d{1,2})\b"
    r"(?!\s*[-/]\s*\d| năm \d))",
)
# the delegates a congress has: "Đại hội đảng bộ tỉnh từ 300 đến 350 đại biểu", "đại hội sẽ có 450 đại biểu"
DELEGATES = re.compile(r"[Đđ]ại hội\b[^.;]{0,80}?\d\s*đại biểu|\d\s*đại biểu\b[^.;]{0,40}?\bđại hội\b")
# goals named right before a term, no past between: "mục tiêu, nhiệm vụ và các giải pháp chủ yếu trong nhiệm kỳ"
AIMS_OF_TERM = re.compile(r"\b(?:mục tiêu|chỉ tiêu|phương hướng)\b(?:(?!\b(?:đã|qua|vừa)\b)[^.;:])*$")
# the years a report names ("năm 2024"), not a year compared against ("so với năm 2023")
YEARS_REPORTED = re.compile(r"(?<!so với )(?<!cùng kỳ )\bnăm (20\d\d)\b")
# the plan's figure in brackets after a result: "(KH 4.000 tỷ đồng)", "(kế hoạch 42%)", "(chỉ tiêu: 8-9%)"
PLAN_IN_BRACKETS = re.compile(
    # ("(NQ: 9,5-10,5%)": the resolution's; "(chỉ tiêu giao 7,5 - 8%)", "(kế hoạch năm 2024 tăng từ 7 - 7,7%)")
    r"\(\s*(?:KH|NQ|[Kk]ế hoạch|[Cc]hỉ tiêu(?: giao)?|[Mm]ục tiêu|[Nn]ghị quyết)(?:\s+năm\s+20\d\d)?\s*:?\s*"
    r"(?:(?:tăng|giảm|đạt|là)\s+)?(?:từ\s+|khoảng\s+|trên\s+)?$"
)
# goals named with a horizon ("mục tiêu phát triển đến năm 2030"), not a plan's goals for its year ("kế hoạch thực
# hiện chỉ tiêu giảm nghèo năm 2024", which a news report may follow with last year's figures)
GOALS_NAMED = re.compile(r"\b(?:[Mm]ục tiêu|[Cc]hỉ tiêu)\b[^.;:]{0,80}?\b(?:đến|vào) năm 20\d\d\b")
