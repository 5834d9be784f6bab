"""Duty clauses in free prose: who is given or reports which action, with partners and reporting lines.

A sentence is cut into clauses at ";". Each clause is read by the first pattern of ``PATTERNS`` that
accepts it (an ordered registry: to add a sentence pattern, add a small class here):

- ``GiveClause``: a verb that hands a task to bodies, "giao / đề nghị / yêu cầu / chỉ đạo X ...": X acts
  (the giver does not);
- ``SubjectClause``: the clause opens with the bodies, then the duty, "Sở Y tế chủ trì, phối hợp ...",
  "các đảng bộ trực thuộc tiến hành tự kiểm tra", "Văn phòng Tỉnh ủy đã xây dựng ...";
- ``NominalClause``: "thuộc trách nhiệm (tổ chức thực hiện) của X", "X là cơ quan thường trực": X leads;
- ``CarriedClause``: a clause that opens with a duty verb and no body takes the subject of the clause before
  it in the same paragraph ("Chủ trì, phối hợp ...; theo dõi, đôn đốc ...").

>>> text = "Sở Nội vụ đã phối hợp cùng các ngành chức năng của tỉnh mở lớp."
>>> [(d.names, d.role, d.status) for d in read_duties(text)]
[(['Sở Nội vụ'], 'coordinate', 'reported')]
>>> text = "UBND tỉnh yêu cầu các sở, ban, ngành tổ chức quán triệt; theo dõi, đôn đốc việc thực hiện."
>>> [(d.names, d.role) for d in read_duties(text)]
[(['các sở, ban, ngành'], 'implement'), (['các sở, ban, ngành'], 'monitor')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..text.segment import clauses, sentences, trim
from .acting import ACT_VERBS
from .bodies import BodyMatch, find_bodies
from .collectives import HEADS

__all__ = ["Duty", "read_duties", "role_of_duty", "PATTERNS"]

# words between a subject and its verb that do not change who acts
_ASPECT = (
    r"(?:(?:đã|sẽ|đang|vừa|cần|phải|tiếp tục|cũng|đều|có trách nhiệm|chịu trách nhiệm|thường xuyên|chủ động|"
    r"kịp thời|khẩn trương|nghiêm túc|tích cực|tập trung|sớm)\s+)*"
)
# what may stand between a subject and its verb: a parenthesis, its term ("khóa XI"), "theo chức năng, nhiệm vụ"
_BETWEEN = re.compile(
    r"\s*,?\s*(?:\([^)]{0,60}\)\s*)?(?:về việc\s+)?(?:khóa [IVXL]+\s*,?\s*|nhiệm kỳ \d{4}\s*[-–]\s*\d{4}\s*,?\s*)?"
    r"(?:(?:theo|căn cứ)(?: vào)? (?:chức năng,? nhiệm vụ(?: được giao)?|phân cấp quản lý)\s*,?\s*)?"
    r"(?:căn cứ (?:vào )?[^,;.]{3,60},\s*)?" + _ASPECT
)
# adverbial phrases before a subject: place, time, topic ("Trong nhiệm kỳ qua, ", "Từ năm 2015 đến nay, ")
_ADVERBIAL = re.compile(
    r"(?:(?:Trong|Về|Trên|Từ|Đến|Năm|Sau|Theo|Thực hiện|Để|Qua|Nhằm|Hằng năm|Hàng năm|Đầu|"
    r"Cuối|Đồng thời|Bên cạnh|Ngày|Tháng|Sáng|Chiều|Tối|Trưa|Hôm|Mới đây|Vừa qua|Tuần|"
    r"Thời gian|Giai đoạn|Nhiệm kỳ|Quý|Đợt|Hiện nay|Tới đây|Tại|Trước đó|Cùng với đó|"
    r"từ|trong|đến)\b[^;:,]{0,100},\s*)+"
)
# an action reported as done: "đã", "vừa", or a time that has passed ("từ năm 2015 đến nay", "nhiệm kỳ qua")
_PAST = re.compile(
    r"\bđến nay\b|\b(?:năm|nhiệm kỳ|thời gian) (?:qua|vừa qua)\b|^\W*[Nn]gày \d{1,2}[/-]\d{1,2}[/-]\d{4}"
    # a news report's dateline: "Sáng 23/9, Đảng bộ xã tổ chức hội nghị …"
    r"|^\W*(?:sáng|chiều|tối|trưa|ngày|hôm)\s+(?:ngày\s+)?\d{1,2}[/-]\d{1,2}\b"
    r"|\btính đến (?:ngày |hết )?\d|\b(?:kết nạp|tổ chức|thực hiện|hoàn thành) được\b",
    re.I,
)
_REPORTED = re.compile(r"\b(?:đã|vừa)\b", re.I)
_CONNECTIVE = re.compile(
    r"\s*(?:date \d{4}-\d{2}(?:-\d{2})?\s+)?(?:[-+•*]\s*|\(?\d{1,2}[.)]\s*"
    r"|[a-zđ]\)\s*)?(?:(?:Theo đó|Đồng thời|Trong đó|Cụ thể|Bên cạnh đó|Ngoài ra|"
    r"Mặt khác|Tiếp đó|Sau đó|Trước mắt|Trên cơ sở đó)\s*[,:]?\s*)?(?:[Dd]ưới sự (?:chỉ đạo"
    r"|lãnh đạo) của [^,]{2,40},\s*)?"
    r"(?:(?:Định kỳ|Hằng năm|Hàng năm|Hằng quý|Hằng tháng)(?: (?:hằng|hàng) (?:năm|quý|tháng)| \d+ tháng)?\s*,?\s*)?"
    r"(?:[Ll]ãnh đạo\s+(?=[A-ZĐ]))?"
)
_GIVE = re.compile(
    r"\b(?:giao|đề nghị|yêu cầu|chỉ đạo(?:,\s*đôn đốc)?|đôn đốc)(?:\s+chỉ tiêu(?:\s+cho)?)?\s*[:,]?\s+", re.I
)
# a goal ("phấn đấu 95% ...", "đề ra mục tiêu") is not a duty: targets are read elsewhere
_DUTY_START = re.compile(
    r"\W*(?!phấn đấu|đề ra|xác định|hoàn thành(?! việc)|căn cứ)(?:" + ACT_VERBS + r"|gửi|trình(?= [A-ZĐ]))\b", re.I
)
_LEAD = re.compile(
    r"^\W*(?:chủ trì|là cơ quan (?:thường trực|chủ trì|đầu mối)|làm đầu mối"
    r"|chịu trách nhiệm (?:chính|tổ chức thực hiện|chủ trì))",
    re.I,
)
_COORD = re.compile(
    r"^\W*(?:(?:hằng năm|hàng năm|thường xuyên|tích cực|chủ động)\s+)?phối hợp(?:\s+(?:với|cùng))?\b", re.I
)
_MONITOR = re.compile(
    r"^\W*(?:(?:thường xuyên|tăng cường)\s+)?(?:theo dõi|kiểm tra|giám sát|đôn đốc)\b"
    r"|^\W*(?:thực hiện|tiến hành|tổ chức)(?:\s+(?:thực hiện|tiến hành))?\s+(?:[\d.]+\s+)?(?:cuộc\s+)?"
    r"(?:kiểm tra|giám sát)"
    r"|^\W*thành lập (?:các\s+)?đoàn (?:kiểm tra|giám sát)",
    re.I,
)
_PARTNER = re.compile(r"phối hợp(?:\s+(?:chặt chẽ\s+)?(?:với|cùng))?\s*,?\s*", re.I)
_PARTNER_STOP = re.compile(
    r"\s+(?:giúp|báo cáo|trình|tham mưu|thực hiện|triển khai|tổ chức|xây dựng|đổi mới|mở|hướng dẫn|đôn đốc|"
    r"nghiên cứu|đề xuất|rà soát|tiến hành|chỉ đạo|trong việc|để|nhằm|theo dõi|kiểm tra)\b|[.;:(]"
)
_REPORT_CUE = re.compile(
    r"\b(?:báo cáo|(?<![Cc]hương )(?<![Tt]ờ )trình)\b"
    r"(?:\s+(?:kết quả|tình hình|định kỳ|tiến độ|ý kiến)){0,3}[^.;]{0,40}?"
    r"(?:\s(?:về|với|lên|cho|tới|đến))?\s*(?=\S)",
    re.I,
)
_NOMINAL = re.compile(r"thuộc trách nhiệm(?: tổ chức thực hiện| thực hiện| chủ trì)? của\s+", re.I)
_STANDING = re.compile(r"\s+(?:là|làm) cơ quan (?:thường trực|chủ trì|đầu mối)", re.I)


@dataclass
class Duty:
    subjects: list[BodyMatch]
    role: str
    span: tuple[int, int]  # the clause, subject included: the evidence
    status: str  # "assigned" (a duty handed out) or "reported" (an action reported as done)
    partners: list[BodyMatch] = field(default_factory=list)
    reports_to: list[BodyMatch] = field(default_factory=list)

    @property
    def names(self) -> list[str]:
        return [b.name for b in self.subjects]


def role_of_duty(duty: str) -> str:
    if _LEAD.search(duty):
        return "lead"
    if _COORD.search(duty):
        return "coordinate"
    if _MONITOR.search(duty):
        return "monitor"
    return "implement"


# a duty clause holding several duties: "..., xây dựng kế hoạch ... và chỉ đạo các cấp ủy triển khai ..."
_SPLIT = re.compile(
    r"(?:\s*,\s*(?:và\s+|đồng thời\s+)?|\s+và\s+|\s+đồng thời\s+)(?=(?:xây dựng|chỉ đạo|tổ chức|triển khai|"
    r"báo cáo|tham mưu|hướng dẫn|theo dõi|tổng hợp|ban hành|rà soát|đề xuất|tiến hành|tuyên truyền|"
    r"vận động|phát động|chủ trì|trình)\b)",
    re.I,
)
# a duty that is its reporting line: "báo cáo ...", "tổng hợp, trình UBND tỉnh", "tổng hợp, đánh giá ..., báo cáo X"
_REPORT_ONLY = re.compile(
    r"\W*(?:(?:định kỳ\s+)?(?:tổng hợp|đánh giá)(?:,\s*(?:tổng hợp|đánh giá))?[^,;]{0,80},\s*)?(?:báo cáo|trình)\b",
    re.I,
)
_ISSUED = re.compile(r"\W*(?:đã\s+|vừa\s+)?(?:ký\s+)?ban hành\b", re.I)


def _pieces(text: str, s: int, e: int, bodies: list[BodyMatch]) -> list[tuple[int, int]]:
    """Cut a duty at coordinated duty verbs outside body names; a piece of fewer than four words stays with
    the next ("theo dõi, hướng dẫn, đôn đốc việc ..." is one duty)."""
    cuts = [m for m in _SPLIT.finditer(text, s, e) if not any(b.start < m.end() < b.end for b in bodies)]
    out: list[tuple[int, int]] = []
    start = s
    for m in cuts:
        if len(text[start : m.start()].split()) >= 4:
            out.append((start, m.start()))
            start = m.end()
    out.append((start, e))
    return out


def _merge(text: str, duties: list[Duty]) -> list[Duty]:
    """Neighbouring pieces of one subject and one role are one duty: a clause is split only where the role
    changes (a duty, then its reporting line) or where a duty is handed on ("chỉ đạo X ...": a duty of its own)."""
    out: list[Duty] = []
    for d in duties:
        last = out[-1] if out else None
        directs = re.match(r"\W*(?:chỉ đạo|giao|đề nghị|yêu cầu)\s+(?:các\s+)?[A-ZĐ]", text[d.span[0] : d.span[1]])
        if (
            last is not None
            and last.subjects == d.subjects
            and last.role == d.role
            and d.role != "report"
            and not d.reports_to
            and not last.reports_to
            and not directs
        ):
            last.span = (last.span[0], d.span[1])
            last.partners.extend(p for p in d.partners if p not in last.partners)
            continue
        out.append(d)
    return out


# what may stand between two members of a list: ",", "và", ", và", "cùng", a head "các Sở:" before its items
# between two listed bodies: a comma, "và", a head word before a colon ("các Sở: …"), or the title of the heads
# of the next ("…, Chủ tịch UBND các huyện": conventions map a position-phrased addressee to its body)
_LIST_GAP = re.compile(
    r"\s*(?:,\s*)?(?:và\s+|cùng\s+)?(?:(?:các|những)\s+[^\W\d_]+\s*:\s*)?"
    r"(?:" + HEADS + r"\s+)?"
)


# the members or the heads of the body named next: "các thành viên Tổ biên tập", "Thủ trưởng các sở"
_MEMBERS = re.compile(r"\s*(?:(?:các|toàn thể) thành viên|Thủ trưởng|Người đứng đầu|Giám đốc)\s+")


def _body_list(text: str, pos: int, end: int, bodies: list[BodyMatch]) -> tuple[list[BodyMatch], int]:
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


def _partners(text: str, s: int, e: int, bodies: list[BodyMatch]) -> list[BodyMatch]:
    m = _PARTNER.search(text, s, e)
    if not m:
        return []
    pos = m.end()
    stop = _PARTNER_STOP.search(text, pos, e)
    # a stop word inside a partner's name ("các cơ quan chuyên trách tham mưu giúp việc Tỉnh ủy") does not stop
    while stop and any(b.start < stop.start() + 1 < b.end for b in bodies):
        stop = _PARTNER_STOP.search(text, stop.end(), e)
    pe = stop.start() if stop else e
    return [b for b in bodies if m.end() <= b.start and b.end <= pe]


_HEAD_TITLE = re.compile(r"\s*(?:Phó\s+)?(?:Chủ tịch|Giám đốc|Trưởng ban|Bí thư|Thủ trưởng)\s+")


def _reports(text: str, s: int, e: int, bodies: list[BodyMatch]) -> list[BodyMatch]:
    out: list[BodyMatch] = []
    for m in _REPORT_CUE.finditer(text, s, e):
        after = [b for b in bodies if b.start >= m.end() - 1]
        if not after:
            continue
        first = after[0]
        if first.start - m.end() > 3 and not _HEAD_TITLE.fullmatch(text, m.end(), first.start):
            continue  # "báo cáo Chủ tịch UBND tỉnh": to the office, the body
        group, _ = _body_list(text, first.start, e, bodies)
        out.extend(b for b in group if b not in out)
    return out


def _duties_of(
    text: str,
    subjects: list[BodyMatch],
    ds: int,
    de: int,
    ev: int,
    nominal: bool,
    status: str,
    bodies: list[BodyMatch],
    directed: bool = False,
) -> list[Duty]:
    """The duty text[ds:de] of subjects (evidence from ev), and the duty it hands on ("chỉ đạo X triển khai")."""
    dtext = text[ds:de]
    if _ISSUED.match(dtext) and (
        status == "reported"
        or re.match(r"\W*(?:đã\s+|vừa\s+)?(?:ký\s+)?ban hành\s+\S+(?:\s+\S+)?\s+số\b", dtext)
        or re.search(r"\bnhư sau\W*$", dtext)
    ):
        return []  # "(đã) ban hành Công văn số 88-CV/TU", "ban hành chương trình … như sau": the issuer, not a duty
    # "…, chuẩn bị … để Ban Thường vụ Tỉnh ủy trình Bộ Chính trị": what follows "để <body>" is that body's
    own = next(
        (ds + m.start() for m in re.finditer(r"\bđể\s+", dtext) if any(b.start == ds + m.end() for b in bodies)), de
    )
    reports = [b for b in _reports(text, ds, own, bodies) if b not in subjects]
    role = "lead" if nominal else role_of_duty(dtext)
    partners = [b for b in _partners(text, ds, own, bodies) if b not in subjects]
    if directed and role == "coordinate" and partners:
        role = "implement"  # "chỉ đạo X phối hợp Y tham mưu ...": X carries it out, Y coordinates
    if role == "coordinate" and not partners and re.match(r"\W*(?:[^\W\d_]+\s+){0,2}phối hợp\s*,", dtext):
        role = "implement"  # "phối hợp, tạo điều kiện ...": no partner named, the body itself acts
    ev_start = subjects[0].start if ev <= subjects[0].start < ds else ds
    span = trim(text, ev_start, de)
    if _REPORT_ONLY.match(dtext) and reports:
        return [Duty(subjects, "report", span, status, [], reports)]  # a reporting line, not a task
    out = [Duty(subjects, role, span, status, partners, reports)]
    out.extend(_made_room_for(text, ds, de, bodies, subjects, status))
    handed = GiveClause().read(text, ds, de, [b for b in bodies if ds <= b.start < de])
    if handed and handed[0] and not set(handed[0]) & set(subjects) and _HANDS_ON.match(dtext):
        sub, pos = handed
        if ev > subjects[0].start:  # a later piece "..., đồng thời chỉ đạo Y làm ...": Y's duty, not the subject's
            out = []
        out.append(
            Duty(
                sub,
                role_of_duty(text[pos:de]),
                trim(text, sub[0].start, de),
                status,
                [],
                [b for b in _reports(text, pos, de, bodies) if b not in sub],
            )
        )
    return out


_ROOM = re.compile(r"\btạo điều kiện[^.;]{0,80}?\s+để\s+|\btạo điều kiện (?:cho\s+)?(?=[A-ZĐ])|\bđể\s+(?=\S)")


def _made_room_for(
    text: str, ds: int, de: int, bodies: list[BodyMatch], subjects: list[BodyMatch], status: str
) -> list[Duty]:
    """ "… tạo điều kiện (…) để Hội Nông dân tỉnh tổ chức hội thi", "góp ý để tổ giúp việc chỉnh sửa …": the
    body a duty makes room for, named right after "để", acts."""
    for m in _ROOM.finditer(text, ds, de):
        found = SubjectClause().read(text, m.end(), de, [b for b in bodies if m.end() <= b.start < de])
        if found and not set(found[0]) & set(subjects):
            sub, pos = found
            reports = [b for b in _reports(text, pos, de, bodies) if b not in sub]
            if _REPORT_ONLY.match(text, pos, de) and reports:  # "để Ban Thường vụ trình Bộ Chính trị"
                return [Duty(sub, "report", trim(text, sub[0].start, de), status, [], reports)]
            return [Duty(sub, role_of_duty(text[pos:de]), trim(text, sub[0].start, de), status, [], reports)]
    return []


_HANDS_ON = re.compile(r"\W*(?:lãnh đạo,?\s+)?(?:chỉ đạo|giao|đề nghị|yêu cầu|đôn đốc)\b", re.I)


class Pattern:
    """A clause pattern: ``read`` returns (subjects, where the duty begins) or None."""

    def read(self, text: str, s: int, e: int, bodies: list[BodyMatch]) -> tuple[list[BodyMatch], int] | None:
        raise NotImplementedError


class GiveClause(Pattern):
    def read(self, text, s, e, bodies):
        for g in _GIVE.finditer(text, s, e):
            if g.start() > s and re.search(r"(?:các|những|của|với)\s*$", text[max(s, g.start() - 8) : g.start()]):
                continue  # "các văn bản chỉ đạo của ...", "sự chỉ đạo của": a noun, not the verb
            subjects, pos = _body_list(text, g.end(), e, bodies)
            pos = _BETWEEN.match(text, pos, e).end() if subjects else pos
            if subjects and _DUTY_START.match(text, pos) or subjects and text[pos : pos + 2].strip(" ,") == "":
                return subjects, pos
        return None


class SubjectClause(Pattern):
    def read(self, text, s, e, bodies):
        pos = opening = _CONNECTIVE.match(text, s, e).end()
        regarding = _REGARDING.match(text, pos, e)
        if regarding:  # "Đối với các ban tham mưu của Tỉnh ủy, tập trung thẩm định …": the bodies addressed act
            subjects, after = _body_list(text, regarding.end(), e, bodies)
            if subjects and subjects[0].start == regarding.end():
                comma = re.match(r"\s*,\s*", text[after:e])
                if comma and _DUTY_START.match(text, after + comma.end()):
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
            subjects, after = _body_list(text, share.end(), e, bodies)
            if subjects and subjects[0].start == share.end() and re.match(r"\s*(?:đều\s+)?đã\b", text[after:e]):
                m = _BETWEEN.match(text, after, e)
                duty = m.end() if m else after
                if _DUTY_START.match(text, duty):
                    return subjects, duty
            return None
        subjects, after = _body_list(text, pos, e, bodies)
        if not subjects or subjects[0].start - pos > 0:
            return self._after_opening(text, opening, e, bodies)
        m = _BETWEEN.match(text, after, e)
        duty = m.end() if m else after
        if _DUTY_START.match(text, duty) or re.match(r"\s*:", text[after:e]) or _URGED.match(text, after, e):
            return subjects, duty
        return None

    def _after_opening(self, text, pos, e, bodies):
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
            subjects, after = _body_list(text, b.start, e, [x for x in bodies if x.start >= b.start])
            m = _BETWEEN.match(text, after, e)
            if subjects and _DUTY_START.match(text, m.end() if m else after):
                return subjects, m.end() if m else after
        return None


# a share of a set of bodies: "100% cấp ủy (đảng) …", "95% chi bộ …"
_SHARE = re.compile(r"\d{1,3}(?:[,.]\d+)?\s*%\s*(?:(?:cấp ủy|ban thường vụ)(?: đảng)?\s+(?=các\s))?")
# "X khẩn trương hoàn thành …": finishing, urged, is a duty (bare "hoàn thành 100%" is a result or a goal)
_URGED = re.compile(r"\s*(?:khẩn trương|sớm|kịp thời)\s+(?:hoàn thành|hoàn chỉnh)\b")
_GOALS_FOLLOW = re.compile(r"\b(?:với|nhằm|có) (?:các |những )?mục tiêu\b|\bmục tiêu (?:là|:)")
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
    def read(self, text, s, e, bodies):
        m = _NOMINAL.search(text, s, e)
        if m:
            subjects, _ = _body_list(text, m.end(), e, bodies)
            if subjects:
                return subjects, s
        st = _STANDING.search(text, s, e)
        if st:
            before = [b for b in bodies if b.end <= st.start() and not text[b.end : st.start()].strip()]
            if before:
                return before[-1:], st.start()
        return None


PATTERNS: list[Pattern] = [NominalClause(), GiveClause(), SubjectClause()]


def _joined(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentences cut by a line break inside a body's name ("Ban Tuyên giáo và Dân vận\nTỉnh ủy") are one."""
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if out and any(b.start < out[-1][1] and b.end > s for b in find_bodies(text, out[-1][0], e)):
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


def read_duties(
    text: str, start: int = 0, end: int | None = None, carried: list[BodyMatch] | None = None
) -> list[Duty]:
    """Duties in text[start:end] (one paragraph): clause by clause, subjects carried to clauses that omit them."""
    end = len(text) if end is None else end
    out: list[Duty] = []
    carried_status = "assigned"
    pending: list[BodyMatch] = []  # "A; B; C tiếp tục quán triệt ...": addressees listed before their duty
    for ss, se in _joined(text, sentences(text, start, end)):
        for cs, ce in clauses(text, ss, se, ";"):
            cs, ce = trim(text, cs, ce)
            if ce <= cs:
                continue
            bodies = find_bodies(text, cs, ce, all_collectives=True)
            opening = _CONNECTIVE.match(text, cs, ce).end()  # past a list marker or a connective ("Đồng thời, ")
            only, rest = _body_list(text, opening, ce, bodies)
            if only and not text[rest:ce].strip(" ,.:"):
                pending.extend(only)
                continue
            found = None
            for p in PATTERNS:
                found = p.read(text, cs, ce, bodies)
                if found:
                    break
            own = SubjectClause().read(text, cs, ce, bodies) if isinstance(p, GiveClause) else None
            if own and not _HANDS_ON.match(text, own[1]):
                found = own  # "X sẽ xây dựng ..., đồng thời chỉ đạo Y ...": X's duty first, Y's handed on
            if found:
                subjects, duty = found
                nominal = duty <= cs
            elif carried and (_DUTY_START.match(text, opening) or _URGED.match(text, opening)):
                subjects, duty, nominal = carried, opening, False
            else:
                # whether the clause reports matters only to a second subject's duty, when there is one
                second = _second_subjects(text, cs, ce, bodies, [], "assigned")
                for d in second:
                    if _REPORTED.search(text[cs:ce]) or _PAST.search(text[ss:ce]):
                        d.status = "reported"
                out.extend(second)
                out.extend(_made_room_for(text, cs, ce, bodies, [], "assigned"))
                continue
            if pending and found is not None and not nominal:
                subjects = pending + [b for b in subjects if b not in pending]
            pending = []
            if any(b.type == "party-congress" for b in subjects):
                carried = None  # a congress decides; what it sets are goals, not duties
                continue
            # "… đã quán triệt Nghị quyết, với mục tiêu xây dựng …; phát huy …": the goals listed next are the
            # resolution's, not further duties of the subject
            carried = None if _GOALS_FOLLOW.search(text, duty, ce) else subjects
            directed = bool(re.search(r"chỉ đạo\s*:?\s*$", text[max(cs, subjects[0].start - 12) : subjects[0].start]))
            reported = bool(_REPORTED.search(text[cs : duty + 12]) or _PAST.search(text[ss:duty]))
            if found is None and carried_status == "reported":
                reported = True  # "Đảng ủy Khối đã tổ chức ...; tiến hành ...": the subject's tense carries too
            status = "reported" if reported else "assigned"
            carried_status = status
            pieces: list[Duty] = []
            for ps, pe in _pieces(text, duty, ce, bodies) if not nominal else [(duty, ce)]:
                pieces.extend(
                    _duties_of(text, subjects, ps, pe, cs if ps == duty else ps, nominal, status, bodies, directed)
                )
            if pieces and pieces[0].role == "lead":
                for d in pieces[1:]:  # "chủ trì, phối hợp với Y theo dõi, hướng dẫn ...": all of it is led
                    if d.subjects == pieces[0].subjects and d.role == "implement":
                        d.role = "lead"
            out.extend(_merge(text, pieces))
            out.extend(_second_subjects(text, duty, ce, bodies, subjects, status))
    return out


def _second_subjects(
    text: str, s: int, e: int, bodies: list[BodyMatch], first: list[BodyMatch], status: str
) -> list[Duty]:
    """A collective that opens a second clause after a comma ("..., các ngành, địa phương vào cuộc quyết liệt")."""
    out: list[Duty] = []
    for comma in re.finditer(r",\s+", text[s:e]):
        pos = s + comma.end()
        starters = [b for b in bodies if b.start == pos and b.type == "collective" and b not in first]
        if not starters or re.search(r"\b(?:phối hợp|với|cùng|giúp|cho)\b", text[s:pos]):
            continue  # "phối hợp với A, các ngành ...": partners, not a second subject
        found = SubjectClause().read(text, pos, e, [b for b in bodies if b.start >= pos])
        if found and not _HANDS_ON.match(text, found[1]):
            subj, duty = found
            out.append(Duty(subj, role_of_duty(text[duty:e]), trim(text, pos, e), status))
            break
    return out
