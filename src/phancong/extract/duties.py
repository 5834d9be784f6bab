"""One duty read: its role (lead, coordinate, monitor, implement, report), its partners ("phối hợp với Y"),
its reporting line ("báo cáo X"), a duty clause cut at coordinated duty verbs, and the duty it hands on
("chỉ đạo X triển khai ...") or makes room for ("tạo điều kiện để X ...").

>>> role_of_duty("chủ trì, phối hợp với Sở Nội vụ"), role_of_duty("theo dõi, đôn đốc việc thực hiện")
('lead', 'monitor')
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from ..text.prefilter import quick_start
from ..text.segment import trim
from .acting import ACCOUNTABLE_TO
from .bodies import BodyMatch
from .body_names import CAP
from .clause_grammar import MEETING_HANDS_ON
from .clause_patterns import HANDS_ON, GiveClause, SubjectClause, body_list
from .roles import role_of_duty

__all__ = [
    "Duty",
    "role_of_duty",
    "duties_of",
    "duty_pieces",
    "made_room_for",
    "merge_pieces",
    "issues_a_text",
]

# ("phối hợp kịp thời, chặt chẽ với …"; "kết hợp với", "hiệp đồng với" name partners as "phối hợp với" does)
_PARTNER = re.compile(
    r"(?:phối hợp(?:\s+(?:(?:chặt chẽ|kịp thời|thường xuyên|đồng bộ)\s*,?\s*){0,3}(?:với|cùng))?"
    r"|(?:kết hợp|hiệp đồng)(?:\s+[^\W\d_]+){0,8}?\s+với)\s*,?\s*",
    re.I,
)
_PARTNER_STOP = re.compile(
    r"\s+(?:giúp|báo cáo|trình|tham mưu|thực hiện|triển khai|tổ chức|xây dựng|đổi mới|mở|hướng dẫn|đôn đốc|"
    r"nghiên cứu|đề xuất|rà soát|tiến hành|chỉ đạo|trong việc|để|nhằm|theo dõi|kiểm tra)\b|[.;(]"
    # (not the colon after a head word the partners are listed under: "phối hợp các Sở: Tài chính, Nội vụ, …")
    r"|(?<![Ss]ở)(?<!cơ quan)(?<!đơn vị)(?<!ngành):"
)
# "báo cáo kết quả về Sở X", "báo cáo, đề xuất UBND tỉnh": what is reported, then to whom
# ("trình xin ý kiến của Thường trực Tỉnh ủy": submitted for the opinion of)
_REPORT_TO = re.compile(
    r"[^.;:]{0,50}?(?:\s|(?<=\s))(?:về|lên|tới|đến|cho|đề xuất|gửi(?:\s+(?:về|lên|tới|đến))?|xin ý kiến(?:\s+của)?)\s+"
    r"(?:cho\s+)?"
)
# how a report is sent, between "gửi" and its recipient: "gửi hỏa tốc đến Văn phòng UBND tỉnh", "gửi bằng văn bản về …"
# (and the departments' head before their list: "gửi về các sở: Y tế, Công Thương và …")
_SENT_HOW = re.compile(
    r"\s*(?:(?:hỏa tốc|hoả tốc|trực tiếp|ngay|kịp thời|bằng văn bản)\s+)?(?:(?:về|đến|tới|lên)\s+)?"
    r"(?:các [Ss]ở\s*:\s*)?"
)
_REPORT_CUE = re.compile(
    # "tổng hợp kinh phí gửi Sở Tài chính": what is compiled and sent up is a report
    # ("phản ánh về Sở Tài chính": raising an issue with a body is reporting to it)
    # ("…, gửi về Văn phòng UBND tỉnh", "đồng thời gửi Sở Tài chính": sent straight to a body, reported to it)
    r"\b(?:báo cáo|(?<![Cc]hương )(?<![Tt]ờ )trình|(?<=tổng hợp )[^.;]{0,40}?\bgửi|phản ánh|(?P<sent>gửi))\b"
    r"(?:\s+(?:kết quả|tình hình|định kỳ|tiến độ|ý kiến)){0,3}[^.;]{0,40}?"
    r"(?:\s(?:về|với|lên|cho|tới|đến))?\s*(?=\S)",
    re.I,
)


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


# "chịu trách nhiệm trước Chủ tịch UBND tỉnh": the head of a body stands for it, as a recipient of accountability
_ACCOUNTABLE = re.compile(
    r"\W*" + ACCOUNTABLE_TO + r"\s+(?:pháp luật\s*(?:,|và)\s*)?(?:(?:Chủ tịch|Giám đốc|Thủ trưởng)\s+)?"
)


# a duty clause holding several duties: "..., xây dựng kế hoạch ... và chỉ đạo các cấp ủy triển khai ..."
_SPLIT = re.compile(
    r"(?:\s*,\s*(?:và\s+|đồng thời\s+)?|\s+và\s+|\s+đồng thời\s+)(?=(?:xây dựng|chỉ đạo|tổ chức|triển khai|"
    r"báo cáo|tham mưu|hướng dẫn|theo dõi|tổng hợp|ban hành|rà soát|đề xuất|tiến hành|tuyên truyền|"
    # ("X là cơ quan chủ trì, có trách nhiệm theo dõi, đôn đốc …": leading, then monitoring)
    r"vận động|phát động|chủ trì|trình|có trách nhiệm|(?:có|gửi) (?:văn bản|công văn)|" + ACCOUNTABLE_TO + r"|"
    # accountability after the task: "… chủ trì triển khai và chịu trách nhiệm trước UBND tỉnh về tiến độ"
    # a monitoring duty after an action: "… rà soát lại nhiệm vụ …, thường xuyên kiểm tra, giám sát …"
    r"(?:thường xuyên|tăng cường) (?:kiểm tra|giám sát))\b)",
    re.I,
)
# a duty that is its reporting line: "báo cáo ...", "tổng hợp, trình UBND tỉnh", "tổng hợp, đánh giá ..., báo cáo X"
_REPORT_ONLY = re.compile(
    r"\W*(?:(?:định kỳ\s+)?(?:tổng hợp|đánh giá)(?:,\s*(?:tổng hợp|đánh giá))?[^,;]{0,80},\s*)?(?:báo cáo|trình)\b",
    re.I,
)
# (a council passing its resolutions issues them: "HĐND tỉnh đã thông qua 9 nghị quyết", "… đã thông qua nghị quyết
# điều chỉnh …")
# a duty's text that is a figure and its unit only: a quota after its holder ("Đảng bộ Công an tỉnh: 95 đảng viên")
_ONLY_A_FIGURE = re.compile(r"\W*(?:là\s+)?\d[\d.,]*\s*[^\W\d_]*(?:\s+[^\W\d_]+){0,3}[\s.;,…]*$")
ISSUED = re.compile(
    r"\W*(?:đã\s+|vừa\s+)?(?:(?:ký\s+)?ban hành\b|thông qua\s+(?:các\s+|\S+\s+)?(?i:nghị quyết)\b)", re.I
)


def issues_a_text(dtext: str, status: str) -> bool:
    """Whether a duty's text is the issuing of a document, which makes its subject the issuer, not a duty-holder:
    reported, or a numbered text ("ban hành Công văn số 88"), or one whose content follows ("như sau")."""
    return bool(ISSUED.match(dtext)) and bool(
        status == "reported"
        or re.match(r"\W*(?:đã|vừa)\s", dtext)
        # "ban hành Công văn số 88", "ban hành Chương trình hành động 03/CTr-UBND"
        or re.match(r"\W*(?:ký\s+)?ban hành\s+(?:\S+\s+){1,4}(?:số\b|\d+[/-])", dtext)
        or re.search(r"\bnhư sau\W*$", dtext)
        # news of a text issued, named by its type ("UBND tỉnh ban hành Kế hoạch phát động …", "ban hành công văn
        # về việc …"); a text to be issued by a date is a duty ("ban hành Kế hoạch thực hiện trước ngày 30/6")
        or _NAMED_TEXT.match(dtext) is not None
        and not _BY_A_DATE.search(dtext)
    )


_NAMED_TEXT = re.compile(
    r"\W*(?:ký\s+)?ban hành\s+(?:(?-i:Kế hoạch|Chương trình|Chỉ thị|Quyết định|Nghị quyết|Hướng dẫn|Thông báo|"
    r"Đề án|Kết luận|Công điện)|công văn)\b",
    re.I,
)
_BY_A_DATE = re.compile(r"\b(?:trước ngày|chậm nhất|trong (?:tháng|quý|năm)|xong trước|kịp thời)\b", re.I)


# (and "giám sát việc lãnh đạo, chỉ đạo, tổ chức học tập …": the acts of one "việc", watched over, not done)
_WORK_OF = re.compile(
    r"\b(?:công tác|(?<!làm )(?<!giúp )việc)(?: [^\W\d_]+){1,3}(?:,\s*[^\W\d_]+(?: [^\W\d_]+){0,3})*$"
)


_RECIPIENT_DECIDES = re.compile(r"\b(?:báo cáo|trình|đề xuất)\s[^,;.]{3,90}?\s(?:xem xét|cho ý kiến)\s*$")


def duty_pieces(text: str, s: int, e: int, bodies: list[BodyMatch]) -> list[tuple[int, int]]:
    """Cut a duty at coordinated duty verbs outside body names; a piece of fewer than four words stays with
    the next ("theo dõi, hướng dẫn, đôn đốc việc ..." is one duty)."""
    cuts = [
        m
        for m in _SPLIT.finditer(text, s, e)
        if not any(b.start < m.end() < b.end for b in bodies)
        # "báo cáo tình hình … và đề xuất UBND tỉnh …": one reporting line, the recipient after "đề xuất"
        and not (text.startswith("đề xuất", m.end()) and re.match(r"\W*(?:định kỳ\s+)?báo cáo\b", text[s : m.start()]))
        # "tăng cường công tác quản lý, hướng dẫn, kiểm tra …": the fields of one "công tác", a noun phrase
        and not _WORK_OF.search(text, max(s, m.start() - 100), m.start())
        # "báo cáo Thường trực UBND huyện xem xét, chỉ đạo": what the recipient does, not a duty of the subject
        and not _RECIPIENT_DECIDES.search(text, max(s, m.start() - 110), m.start())
    ]
    out: list[tuple[int, int]] = []
    start = s
    for m in cuts:
        # (however short the task, accountability after it is a line of its own: "chủ trì, chịu trách nhiệm trước …")
        if len(text[start : m.start()].split()) >= 4 or _ACCOUNTABLE.match(text, m.end()):
            out.append((start, m.start()))
            start = m.end()
    out.append((start, e))
    return out


def merge_pieces(text: str, duties: list[Duty]) -> list[Duty]:
    """Neighbouring pieces of one subject and one role are one duty: a clause is split only where the role
    changes (a duty, then its reporting line) or where a duty is handed on ("chỉ đạo X ...": a duty of its own)."""
    out: list[Duty] = []
    for d in duties:
        last = out[-1] if out else None
        directs = re.match(r"\W*(?:chỉ đạo|giao|đề nghị|yêu cầu)\s+(?:các\s+)?" + CAP, text[d.span[0] : d.span[1]])
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


# an action named after the partners of "phối hợp với": a verb, not a word that goes on naming them (the
# conventions: the partner named after "phối hợp với" coordinates; the body that acts with it carries the action)
_ACTION_AFTER_PARTNERS = re.compile(
    # (past the partner's abbreviation in brackets: "phối hợp Sở Nông nghiệp và PTNT (NN&PTNT) kiểm điểm …")
    r"(?:\s*\([^()\n]{1,20}\))?"
    r"\s*,?\s*(?=(?!(?:trong|về|tại|theo(?! dõi)|của|và|các|những|cấp|có|là|được|liên quan|chức năng|đơn vị|địa phương|"
    r"trên|thuộc|ở|cùng|với|bám sát|chặt chẽ|thường xuyên|tích cực)\b)[^\W\d_]{2,})",  # keeping close is no action
    re.I,
)
_HEAD_TITLE = re.compile(r"\s*(?:Phó\s+)?(?:Chủ tịch|Giám đốc|Trưởng ban|Bí thư|Thủ trưởng)\s+")


def _reports(text: str, s: int, e: int, bodies: list[BodyMatch]) -> list[BodyMatch]:
    out: list[BodyMatch] = []
    for m in _REPORT_CUE.finditer(text, s, e):
        after = [b for b in bodies if b.start >= m.end() - 1]
        if not after:
            continue
        first = after[0]
        apart = first.start - m.end() > 3  # words between the cue and the first body after it
        if apart and m.group("sent"):
            if not _SENT_HOW.fullmatch(text, m.end(), first.start):
                continue  # "gửi thư chúc mừng tới Sở X": a letter sent, nothing reported ("gửi hỏa tốc đến Sở X": sent)
        elif apart and not _HEAD_TITLE.fullmatch(text, m.end(), first.start):
            to = _REPORT_TO.match(text, m.end(), min(e, m.end() + 60))
            if not to or first.start != to.end():
                continue  # "báo cáo Chủ tịch UBND tỉnh": to the office, the body
            # "báo cáo kết quả thực hiện về Sở X": what is reported, then to whom
        group, end = body_list(text, first.start, e, bodies)
        # the office a report goes through, in brackets: "báo cáo về UBND tỉnh (qua Sở Y tế) trước ngày …" reports
        # to both
        through = _THROUGH.match(text, end, e)
        if through:
            group += [b for b in bodies if b.start == through.end()][:1]
        out.extend(b for b in group if b not in out)
    return out


_THROUGH = re.compile(r"\s*\((?:thông\s+)?qua\s+")


def duties_of(
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
    if _ONLY_A_FIGURE.match(dtext):
        return []  # "Đảng bộ Khối các cơ quan tỉnh: 120 đảng viên": a quota handed out, no duty
    if issues_a_text(dtext, status):
        # "(đã) ban hành Công văn số 88-CV/TU", "ban hành chương trình … như sau": the issuer, not a duty; what the
        # text hands on is its addressees' ("ban hành Văn bản số 73 giao các cơ quan chủ trì …")
        return _handed_on(text, subjects, ds, de, ev, status, bodies, [])
    # "…, chuẩn bị … để Ban Thường vụ Tỉnh ủy trình Bộ Chính trị": what follows "để <body>" is that body's
    own = next(
        (ds + m.start() for m in re.finditer(r"\bđể\s+", dtext) if any(b.start == ds + m.end() for b in bodies)), de
    )
    recipients = _reports(text, ds, own, bodies)
    reports = [b for b in recipients if b not in subjects]
    if not reports and len(subjects) > len([b for b in subjects if b in recipients]) > 0:
        # "Sở A, Sở B, Sở C chủ trì …; tổng hợp báo cáo kết quả về Sở A": the others report to the one named
        reports = [b for b in recipients if b in subjects]
    role = "lead" if nominal else role_of_duty(dtext)
    partners = [b for b in _partners(text, ds, own, bodies) if b not in subjects]
    if role == "coordinate" and partners and (directed or re.match(r"\s*,?\s*để\s", text[partners[-1].end : own])):
        # "chỉ đạo X phối hợp Y tham mưu ...", "X phối hợp cùng Y để tổ chức ...": X carries it out, Y coordinates
        role = "implement"
    elif role == "coordinate" and partners and (act := _ACTION_AFTER_PARTNERS.match(text, partners[-1].end, own)):
        # "X phối hợp với Y tổ chức kiểm tra …": X does what is named (Y coordinates); "X phối hợp với Y." coordinates
        role = role_of_duty(text[act.end() : own])
        role = "implement" if role in ("coordinate", "lead") else role
    if role == "coordinate" and not partners and re.match(r"\W*(?:[^\W\d_]+\s+){0,2}phối hợp\s*,", dtext):
        role = "implement"  # "phối hợp, tạo điều kiện ...": no partner named, the body itself acts
    ev_start = subjects[0].start if ev <= subjects[0].start < ds else ds
    if not dtext.strip(" ,.;:"):  # a duty handed as a whole ("giao nhiệm vụ cụ thể cho các sở."): the clause says it
        ev_start = min(ev, ev_start)
    span = trim(text, ev_start, de)
    if _REPORT_ONLY.match(dtext) and reports:
        return [Duty(subjects, "report", span, status, [], reports)]  # a reporting line, not a task
    accountable = _ACCOUNTABLE.match(text, ds, de)
    if accountable:  # "X chịu trách nhiệm trước Y về …": X's accountability line to Y, not a task
        to = [b for b in bodies if b.start >= accountable.end() and not text[accountable.end() : b.start].strip()]
        return [Duty(subjects, "accountable", span, status, [], to[:1])] if to else []
    out = [Duty(subjects, role, span, status, partners, reports)]
    out.extend(made_room_for(text, ds, de, bodies, subjects, status))
    return _handed_on(text, subjects, ds, de, ev, status, bodies, out)


def _handed_on(
    text: str, subjects: list[BodyMatch], ds: int, de: int, ev: int, status: str, bodies: list[BodyMatch], out: list
) -> list[Duty]:
    """``out`` (the subjects' own duty in text[ds:de]), and the duty the piece hands on ("chỉ đạo X triển khai")."""
    dtext = text[ds:de]
    handed = GiveClause().read(text, ds, de, [b for b in bodies if ds <= b.start < de])
    if (
        handed
        and handed[0]
        and not set(handed[0]) & set(subjects)
        and (HANDS_ON.match(dtext) or MEETING_HANDS_ON.match(dtext))
    ):
        sub, pos = handed
        if ev > subjects[0].start:  # a later piece "..., đồng thời chỉ đạo Y làm ...": Y's duty, not the subject's
            out = []
        elif out and out[0].partners:  # "chỉ đạo Y chủ trì, phối hợp với Z …": Z is Y's partner, and X directs
            out[0] = replace(out[0], partners=[])
        out.append(
            Duty(
                sub,
                role_of_duty(text[pos:de]),
                # a plan or quota handed as a whole, nothing said after the bodies: the clause that hands it
                trim(text, sub[0].start, de) if text[pos:de].strip(" ,.;:") else trim(text, ds, de),
                status,
                [b for b in _partners(text, pos, de, bodies) if b not in sub],
                [b for b in _reports(text, pos, de, bodies) if b not in sub],
            )
        )
    return out


_ROOM = re.compile(r"\btạo điều kiện[^.;]{0,80}?\s+để\s+|\btạo điều kiện (?:cho\s+)?(?=" + CAP + r")|\bđể\s+(?=\S)")
_ROOM = quick_start(_ROOM)


def made_room_for(
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
