"""Whose duty a clause states: the ordered registry ``PATTERNS`` of clause patterns, each a small class whose
``read`` returns the clause's subjects and where their duty begins (or None). The first pattern that
accepts a clause reads it; to add a sentence pattern, add a class here and give it its place in ``PATTERNS``:

- ``NominalClause``: "thuộc trách nhiệm (tổ chức thực hiện) của X", "X là cơ quan thường trực": X leads;
- ``GiveClause``: a verb that hands a task to bodies, "giao / đề nghị / yêu cầu / chỉ đạo X ...": X acts
  (the giver does not);
- ``SubjectClause``: the clause opens with the bodies, then the duty, "Sở Y tế chủ trì, phối hợp ...",
  "các đảng bộ trực thuộc tiến hành tự kiểm tra", "Văn phòng Tỉnh ủy đã xây dựng ...".

Also the pieces they share: a list of bodies ("A, B và C") and the cue words around a subject.
"""

from __future__ import annotations

import re

from .acting import ACT_VERBS
from .bodies import BodyMatch
from .collectives import HEADS

__all__ = ["PATTERNS", "Pattern", "GiveClause", "SubjectClause", "NominalClause", "body_list", "past"]

# what a pattern reads: the subjects of a clause, and where their duty begins
Reading = tuple[list[BodyMatch], int]

# words between a subject and its verb that do not change who acts
_ASPECT = (
    r"(?:(?:đã|sẽ|đang|vừa|cần|phải|tiếp tục|cũng|đều|có trách nhiệm|chịu trách nhiệm|thường xuyên|chủ động|"
    r"kịp thời|khẩn trương|nghiêm túc|tích cực|tập trung|sớm)\s+)*"
)
# a tense or modal word after the subject: whatever verb comes next is what the subject does (or did)
_TENSE = re.compile(r"\b(?:đã|sẽ|đang|vừa|cần|phải)\s+$")
# what before a body makes it no subject: it is someone's partner, recipient or owner, or another clause speaks
_NOT_SUBJECT = re.compile(r"(?:\b(?:với|của|cho|cùng|và|giao|đề nghị|yêu cầu|tại|trong)|[;:])\s*$", re.I)
# ... unless the words after it are not an action: a passive, a state, a result, a negation, a goal set, praise
_ANY_VERB = re.compile(
    r"(?!(?:được|bị|có|là|đạt|không|chưa|trở thành|nhận|góp phần|giảm|tăng|chiếm|còn|vượt|về|ở|tại|"
    r"hoàn thành|đề ra|xác định|phấn đấu|nêu bật|khắc phục|quan tâm|chú trọng|coi trọng|nỗ lực|luôn)\b)"
    r"[^\W\d_]{2,}",
    re.I,
)
# what may stand between a subject and its verb: a parenthesis, its term ("khóa XI"), "theo chức năng, nhiệm vụ"
_BETWEEN = re.compile(
    r"\s*,?\s*(?:\([^)]{0,60}\)\s*)?(?:về việc\s+)?(?:khóa [IVXL]+\s*,?\s*|nhiệm kỳ \d{4}\s*[-–]\s*\d{4}\s*,?\s*)?"
    r"(?:(?:theo|căn cứ)(?: vào)? (?:chức năng,? nhiệm vụ(?: được giao)?|phân cấp quản lý)\s*,?\s*)?"
    r"(?:(?:căn cứ (?:vào )?|trên cơ sở )[^,;.]{3,80},\s*)?" + _ASPECT
)
# adverbial phrases before a subject: place, time, topic ("Trong nhiệm kỳ qua, ", "Từ năm 2015 đến nay, ")
_ADVERBIAL = re.compile(
    r"(?:(?:Trong|Về|Trên|Từ|Đến|Năm|Sau|Theo|Thực hiện|Để|Qua|Nhằm|Hằng năm|Hàng năm|Đầu|"
    r"Cuối|Đồng thời|Bên cạnh|Ngày|Tháng|Sáng|Chiều|Tối|Trưa|Hôm|Mới đây|Vừa qua|Tuần|"
    r"Thời gian|Giai đoạn|Nhiệm kỳ|Quý|Đợt|Hiện nay|Tới đây|Tại|Trước đó|Cùng với đó|"
    r"từ|trong|đến)\b[^;:,]{0,100},\s*)+"
)
CONNECTIVE = re.compile(
    r"\s*(?:date \d{4}-\d{2}(?:-\d{2})?\s+)?"
    # a news dateline: "(Chinhphu.vn) - ", "(Ngày Nay) - ", "ĐTO - "
    r"(?:\([^()\n]{2,30}\)\s*[-–]\s*|[A-ZĐ]{2,8}\s+[-–]\s+)?"
    r"(?:[-+•*]\s*|\(?\d{1,2}[.)]\s*"
    r"|[a-zđ]\)\s*)?(?:(?:Theo đó|Đồng thời|Trong đó|Cụ thể|Bên cạnh đó|Ngoài ra|"
    r"Mặt khác|Tiếp đó|Sau đó|Trước mắt|Trên cơ sở đó)\s*[,:]?\s*)?(?:(?:[Dd]ưới sự (?:chỉ đạo"
    r"|lãnh đạo)|[Đđ]ược sự (?:nhất trí|đồng ý|chấp thuận|cho phép|thống nhất)) của [^,]{2,40},\s*)?"
    r"(?:(?:Định kỳ|Hằng năm|Hàng năm|Hằng quý|Hằng tháng)(?: (?:hằng|hàng) (?:năm|quý|tháng)| \d+ tháng)?\s*,?\s*)?"
    r"(?:[Ll]ãnh đạo\s+(?=[A-ZĐ]))?"
)
_GIVE = re.compile(
    r"\b(?:giao|đề nghị|yêu cầu|chỉ đạo(?:,\s*đôn đốc)?|đôn đốc)(?:\s+chỉ tiêu(?:\s+cho)?)?\s*[:,]?\s+", re.I
)
# a goal ("phấn đấu 95% ...", "đề ra mục tiêu") is not a duty: targets are read elsewhere
DUTY_START = re.compile(
    r"\W*(?!phấn đấu|đề ra|xác định|hoàn thành(?! việc)|căn cứ)(?:" + ACT_VERBS + r"|gửi|trình(?= [A-ZĐ]))\b", re.I
)
_NOMINAL = re.compile(r"thuộc trách nhiệm(?: tổ chức thực hiện| thực hiện| chủ trì)? của\s+", re.I)
_STANDING = re.compile(r"\s+(?:là|làm) cơ quan (?:thường trực|chủ trì|đầu mối)", re.I)


# what may stand between two members of a list: ",", "và", ", và", "cùng", a head "các Sở:" before its items
# between two listed bodies: a comma, "và", a head word before a colon ("các Sở: …"), or the title of the heads
# of the next ("…, Chủ tịch UBND các huyện": conventions map a position-phrased addressee to its body)
_LIST_GAP = re.compile(
    r"\s*(?:,\s*)?(?:và\s+|cùng\s+)?(?:(?:các|những)\s+[^\W\d_]+\s*:\s*)?"
    r"(?:" + HEADS + r"\s+)?"
)


# the members or the heads of the body named next: "các thành viên Tổ biên tập", "Thủ trưởng các sở"
_MEMBERS = re.compile(r"\s*(?:(?:các|toàn thể) thành viên|Thủ trưởng|Người đứng đầu|Giám đốc)\s+")


def past(pattern: re.Pattern[str], text: str, pos: int, end: int) -> int:
    """Where the words ``pattern`` allows at pos end (pos where there are none): the patterns given here match
    the empty string too."""
    m = pattern.match(text, pos, end)
    return m.end() if m else pos


def body_list(text: str, pos: int, end: int, bodies: list[BodyMatch]) -> tuple[list[BodyMatch], int]:
    """Bodies listed from pos ("A, B và C"), and where the list ends."""
    out: list[BodyMatch] = []
    while True:
        b = next(
            (
                b
                for b in bodies
                if b.start >= pos
                and (not text[pos : b.start].strip(" ,") or _MEMBERS.fullmatch(text, pos, b.start))
                or (out and b.start >= pos and _LIST_GAP.fullmatch(text, pos, b.start))
            ),
            None,
        )
        if b is None or b.start >= end:
            return out, pos
        out.append(b)
        pos = b.end


HANDS_ON = re.compile(r"\W*(?:lãnh đạo,?\s+)?(?:chỉ đạo|giao|đề nghị|yêu cầu|đôn đốc)\b", re.I)


class Pattern:
    """A clause pattern: ``read`` returns (subjects, where the duty begins) or None."""

    def read(self, text: str, s: int, e: int, bodies: list[BodyMatch]) -> Reading | None:
        raise NotImplementedError


class GiveClause(Pattern):
    def read(self, text: str, s: int, e: int, bodies: list[BodyMatch]) -> Reading | None:
        for g in _GIVE.finditer(text, s, e):
            if g.start() > s and re.search(r"(?:các|những|của|với)\s*$", text[max(s, g.start() - 8) : g.start()]):
                continue  # "các văn bản chỉ đạo của ...", "sự chỉ đạo của": a noun, not the verb
            subjects, pos = body_list(text, g.end(), e, bodies)
            pos = past(_BETWEEN, text, pos, e) if subjects else pos
            if subjects and DUTY_START.match(text, pos) or subjects and text[pos : pos + 2].strip(" ,") == "":
                return subjects, pos
        return None


class SubjectClause(Pattern):
    def read(self, text: str, s: int, e: int, bodies: list[BodyMatch]) -> Reading | None:
        pos = opening = past(CONNECTIVE, text, s, e)
        regarding = _REGARDING.match(text, pos, e)
        if regarding:  # "Đối với các ban tham mưu của Tỉnh ủy, tập trung thẩm định …": the bodies addressed act
            subjects, after = body_list(text, regarding.end(), e, bodies)
            if subjects and subjects[0].start == regarding.end():
                comma = re.match(r"\s*,\s*", text[after:e])
                if comma and DUTY_START.match(text, after + comma.end()):
                    return subjects, after + comma.end()
        said = _SAID.match(text, pos, e)
        if said:
            pos = opening = said.end()  # "…, đồng chí Bí thư nhấn mạnh: Ủy ban MTTQ xã cần …": what was said
        lead = _ADVERBIAL.match(text, pos, e)
        if lead and lead.end() > pos and not any(pos <= b.start < lead.end() for b in bodies):
            pos = lead.end()  # "Trong công tác kiểm tra, từ năm 2015 đến nay, Đảng ủy Khối đã ..."
            office = re.match(r"[Ll]ãnh đạo\s+(?=[A-ZĐ])", text[pos:e])
            pos += office.end() if office else 0  # "Tại hội nghị, lãnh đạo Ban Tổ chức Tỉnh ủy đã ..."
        share = _SHARE.match(text, pos, e)
        if share and share.end() > pos:
            # "100% cấp ủy các đảng bộ trực thuộc đã quán triệt …": a share of the bodies reported as acting
            subjects, after = body_list(text, share.end(), e, bodies)
            if subjects and subjects[0].start == share.end() and re.match(r"\s*(?:đều\s+)?đã\b", text[after:e]):
                duty = past(_BETWEEN, text, after, e)
                if DUTY_START.match(text, duty):
                    return subjects, duty
            return None
        subjects, after = body_list(text, pos, e, bodies)
        if not subjects or subjects[0].start - pos > 0:
            return self._after_opening(text, opening, e, bodies)
        duty = past(_BETWEEN, text, after, e)
        if DUTY_START.match(text, duty) or re.match(r"\s*:", text[after:e]) or URGED.match(text, after, e):
            return subjects, duty
        return None

    def _after_opening(self, text: str, pos: int, e: int, bodies: list[BodyMatch]) -> Reading | None:
        """The subject after a long opening phrase: "Thực hiện Kế hoạch …, … giai đoạn 2021-2025, trong năm
        2023 Sở X đã …", "Để cụ thể hóa …, thời gian tới Sở X sẽ …". The first body that ends the opening (after
        a comma or a time phrase) and is followed by a duty is the subject."""
        if not _OPENING.match(text, pos, e):
            return None
        for b in bodies:
            if b.start <= pos or b.start - pos > 260 or b.start >= e:
                continue
            if not _OPENING_END.search(text, pos, b.start) or re.search(r"[;:]", text[pos : b.start]):
                continue
            subjects, after = body_list(text, b.start, e, [x for x in bodies if x.start >= b.start])
            duty = past(_BETWEEN, text, after, e)
            if subjects and DUTY_START.match(text, duty):
                return subjects, duty
        return None


# a share of a set of bodies: "100% cấp ủy (đảng) …", "95% chi bộ …"
_SHARE = re.compile(r"\d{1,3}(?:[,.]\d+)?\s*%\s*(?:(?:cấp ủy|ban thường vụ)(?: đảng)?\s+(?=các\s))?")
# "X khẩn trương hoàn thành …": finishing, urged, is a duty (bare "hoàn thành 100%" is a result or a goal)
URGED = re.compile(r"\s*(?:khẩn trương|sớm|kịp thời)\s+(?:hoàn thành|hoàn chỉnh)\b")
_REGARDING = re.compile(r"(?:[Đđ]ối với|[Vv]ới)\s+")
# a speaker and a verb of saying before a colon: the duty is what was said
_SAID = re.compile(
    r"[^:;.\n]{0,160}?\b(?:nhấn mạnh|lưu ý|khẳng định|kết luận|chỉ rõ|cho biết|phát biểu|đề nghị|yêu cầu|chỉ đạo)"
    r"\s*:\s*"
)
# an opening phrase of purpose, basis or time before the subject, and how it ends before the subject
_OPENING = re.compile(
    r"(?:Thực hiện|Triển khai|Để|Nhằm|Căn cứ|Trên cơ sở|Theo|Qua|Trong|Từ|Năm|Sau|Với|Bám sát|Quán triệt)\b"
)
_OPENING_END = re.compile(
    r"(?:,\s*|\s(?:(?:trong|từ|vào|đến)\s+)?(?:năm\s+\d{4}|thời gian tới|thời gian qua|năm qua|nhiệm kỳ qua)\s*,?\s*)$"
)


class NominalClause(Pattern):
    def read(self, text: str, s: int, e: int, bodies: list[BodyMatch]) -> Reading | None:
        m = _NOMINAL.search(text, s, e)
        if m:
            subjects, _ = body_list(text, m.end(), e, bodies)
            if subjects:
                return subjects, s
        st = _STANDING.search(text, s, e)
        if st:
            before = [b for b in bodies if b.end <= st.start() and not text[b.end : st.start()].strip()]
            if before:
                return before[-1:], st.start()
        return None


class TenseClause(Pattern):
    """A subject, a tense or modal word, then a verb the other patterns do not know: "Sở X đã dự thảo …",
    "Ban Chấp hành Đảng bộ tỉnh đã quyết định triệu tập …". Tried last: a known duty verb reads first."""

    def read(self, text: str, s: int, e: int, bodies: list[BodyMatch]) -> Reading | None:
        pos = past(CONNECTIVE, text, s, e)
        for b in bodies:
            if b.start < pos or b.start >= e:
                continue
            # the subject opens the clause, or ends an opening phrase ("Để …, Sở X đã dự thảo …")
            if (
                b.start != pos
                and not re.search(r",\s*$", text[pos : b.start])
                or _NOT_SUBJECT.search(text, pos, b.start)
            ):
                continue
            subjects, after = body_list(text, b.start, e, bodies)
            duty = past(_BETWEEN, text, after, e)
            if DUTY_START.match(text, duty):
                continue  # a known duty verb: the subject pattern read it, or had its reason not to
            if _TENSE.search(text, after, duty) and _ANY_VERB.match(text, duty, e):
                return subjects, duty
        return None


class GivenClause(Pattern):
    """A body handed a duty in the passive: "Sở Y tế được giao chủ trì …", "Ban Tuyên giáo Tỉnh ủy được Ban
    Thường vụ Tỉnh ủy giao chủ trì, phối hợp với …": the duty is the subject's, from the verb after "giao"."""

    def read(self, text: str, s: int, e: int, bodies: list[BodyMatch]) -> Reading | None:
        pos = past(CONNECTIVE, text, s, e)
        subjects, after = body_list(text, pos, e, bodies)
        if not subjects or subjects[0].start != pos:
            return None
        given = _GIVEN.match(text, after, e)
        if not given:
            return None
        at = given.end()
        giver = next((b for b in bodies if b.start == at), None)
        if giver is not None:
            at = giver.end  # "được Ban Thường vụ Tỉnh ủy giao …": who gives it
        handed = _HANDED.match(text, at, e)
        if handed is None or not (DUTY_START.match(text, handed.end()) or _ANY_VERB.match(text, handed.end(), e)):
            return None
        return subjects, handed.end()


_GIVEN = re.compile(r"\s*,?\s*(?:đã\s+|sẽ\s+|tiếp tục\s+)?được\s+")
_HANDED = re.compile(
    r"\s*,?\s*(?:giao|phân công|ủy quyền|ủy nhiệm)(?:\s+(?:nhiệm vụ|trách nhiệm|làm))?(?:\s+là)?\s*:?\s*", re.I
)


class PassiveClause(Pattern):
    """The agent of a passive: "các đại biểu đã được Ban Thường vụ Tỉnh ủy quán triệt …" is the standing committee
    acting. Tried last; a passive that hands a duty ("được UBND tỉnh giao …") or issues a document is not one."""

    def read(self, text: str, s: int, e: int, bodies: list[BodyMatch]) -> Reading | None:
        for b in bodies:
            if not (s <= b.start < e) or not _PASSIVE_BEFORE.search(text, max(s, b.start - 12), b.start):
                continue
            subjects, after = body_list(text, b.start, e, bodies)
            duty = past(_BETWEEN, text, after, e)
            if (DUTY_START.match(text, duty) or _ANY_VERB.match(text, duty, e)) and not _NOT_PASSIVE_ACT.match(
                text, duty, e
            ):
                return subjects, duty
        return None


_PASSIVE_BEFORE = re.compile(r"\bđược\s+$")
# what an agent does that is no duty of its own: it hands a duty on, issues or approves a text, rewards
_NOT_PASSIVE_ACT = re.compile(
    r"\W*(?:giao|phân công|yêu cầu|đề nghị|chỉ đạo|ban hành|phê duyệt|ký|khen thưởng|tặng|trao|công nhận|"
    r"đánh giá|xếp loại|bầu|chọn|cử|đưa ra|đề ra)\b",
    re.I,
)


PATTERNS: list[Pattern] = [
    NominalClause(),
    GiveClause(),
    GivenClause(),
    SubjectClause(),
    TenseClause(),
    PassiveClause(),
]
