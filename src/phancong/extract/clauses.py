"""Duty clauses in free prose: who is given or reports which action, with partners and reporting lines.

A sentence is cut into clauses at ";". Each clause is read by the first pattern of ``PATTERNS`` that
accepts it (an ordered registry in ``clause_patterns``; one duty is read in ``duties``); a clause that
opens with a duty verb and no body takes the subject of the clause before it in the same paragraph
("Chủ trì, phối hợp ...; theo dõi, đôn đốc ..."). This module reads a paragraph clause by clause.

>>> text = "Sở Nội vụ đã phối hợp cùng các ngành chức năng của tỉnh."
>>> [(d.names, d.role, d.status) for d in read_duties(text)]
[(['Sở Nội vụ'], 'coordinate', 'reported')]
>>> text = "UBND tỉnh yêu cầu các sở, ban, ngành tổ chức quán triệt; theo dõi, đôn đốc việc thực hiện."
>>> [(d.names, d.role) for d in read_duties(text)]
[(['các sở, ban, ngành'], 'implement'), (['các sở, ban, ngành'], 'monitor')]
"""

from __future__ import annotations

import re

from ..text.segment import clauses, sentences, trim
from .bodies import BodyMatch, find_bodies
from .body_names import CAP
from .clause_grammar import Reading
from .clause_patterns import (
    CONNECTIVE,
    DUTY_START,
    HANDS_ON,
    PATTERNS,
    URGED,
    GiveClause,
    SubjectClause,
    TenseClause,
    body_list,
    past,
)
from .collectives import HEADS_TITLE_RE
from .congresses import CONGRESS_TYPES
from .duties import Duty, duties_of, duty_pieces, issues_a_text, made_room_for, merge_pieces, role_of_duty

__all__ = ["Duty", "read_duties", "role_of_duty", "PATTERNS"]

# an action reported as done: "đã", "vừa", or a time that has passed ("từ năm 2015 đến nay", "nhiệm kỳ qua")
_PAST = re.compile(
    r"\bđến nay\b|\b(?:năm|nhiệm kỳ|thời gian) (?:qua|vừa qua)\b|^\W*[Nn]gày \d{1,2}[/-]\d{1,2}[/-]\d{4}"
    # a news report's dateline: "Sáng 23/9, Đảng bộ xã tổ chức hội nghị …"
    r"|^\W*(?:[A-ZĐ][\w.]{2,20}\s+[-–]\s+)?(?:sáng|chiều|tối|trưa|ngày|hôm)\s+(?:ngày\s+)?\d{1,2}[/-]\d{1,2}\b"
    r"|\btính đến (?:ngày |hết )?\d|\b(?:kết nạp|tổ chức|thực hiện|hoàn thành) được\b",
    re.I,
)
_REPORTED = re.compile(r"\b(?:đã|vừa)\b", re.I)
# the words that hand a duty to the bodies right after them
_HANDED_TO = re.compile(r"(?i)\b(?:chỉ đạo|giao|yêu cầu|đề nghị)\s*(?:cho\s+)?:?\s*$")
# the subject advises another to hand the duty on: "Sở Nội vụ tham mưu UBND tỉnh chỉ đạo UBND cấp xã …"
_ADVISES = re.compile(r"\btham mưu\b")
_GOALS_FOLLOW = re.compile(r"\b(?:với|nhằm|có) (?:các |những )?mục tiêu\b|\bmục tiêu (?:là|:)")


# a full stop after addressees listed before their duty: "… chỉ đạo các chi bộ. HĐND huyện tổ chức …", the cells get
# no duty from the next sentence (they do from the next clause: "giao Sở A; Ban B; Hội C tổ chức …")
_FULL_STOP = re.compile(r"[.!?](?=[\"”’)]?\s)")


def _joined(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentences cut by a line break inside a body's name ("Ban Tuyên giáo và Dân vận\nTỉnh ủy") are one."""
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if out and any(b.start < out[-1][1] and b.end > s for b in find_bodies(text, out[-1][0], e)):
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


def _a_congress_deciding(text: str, subjects: list[BodyMatch], duty: int) -> bool:
    """A congress among the subjects, deciding ("Đại hội … có nhiệm vụ: …" sets its own duties)."""
    return any(b.type in CONGRESS_TYPES for b in subjects) and not re.search(
        r"\bcó (?:các |những )?nhiệm vụ\b", text[subjects[-1].end : duty]
    )


def _pieces(
    text: str,
    subjects: list[BodyMatch],
    duty: int,
    ce: int,
    clause_start: int,
    nominal: bool,
    status: str,
    bodies: list[BodyMatch],
    directed: bool,
) -> list[Duty]:
    """The duties of a clause's pieces; after "…, đồng thời chỉ đạo Y làm A, B, C", B and C are Y's too."""
    pieces: list[Duty] = []
    acting = subjects
    for ps, pe in duty_pieces(text, duty, ce, bodies) if not nominal else [(duty, ce)]:
        ev = clause_start if ps == duty else ps
        got = duties_of(text, acting, ps, pe, ev, nominal, status, bodies, directed)
        pieces.extend(got)
        handed = [d for d in got if d.role not in ("report", "coordinate") and d.subjects != acting]
        if handed and HANDS_ON.search(text, ps, pe):
            acting = handed[-1].subjects
    return pieces


def read_duties(
    text: str, start: int = 0, end: int | None = None, carried: list[BodyMatch] | None = None
) -> list[Duty]:
    """Duties in text[start:end] (one paragraph): clause by clause, subjects carried to clauses that omit them."""
    end = len(text) if end is None else end
    out: list[Duty] = []
    carried_status = "assigned"
    pending: list[BodyMatch] = []  # "A; B; C tiếp tục quán triệt ...": addressees listed before their duty
    for ss, se in _joined(text, sentences(text, start, end)):
        led = False  # whether a clause of the sentence named its lead ("A chủ trì; B, C phối hợp …")
        for cs, ce in _at_regarding(text, clauses(text, ss, se, ";")):
            cs, ce = trim(text, cs, ce)
            if ce <= cs:
                continue
            bodies = find_bodies(text, cs, ce, all_collectives=True)
            opening = past(CONNECTIVE, text, cs, ce)  # past a list marker or a connective ("Đồng thời, ")
            only, rest = body_list(text, opening, ce, bodies)
            if only and not text[rest:ce].strip(" ,.:"):
                pending.extend(only)
                continue
            handed = _addressees_ending(text, cs, ce, bodies)
            if handed:  # "Chủ tịch UBND tỉnh giao Sở A; Ban B; Hội C tổ chức …": the first of the addressees
                pending.extend(handed)
                continue
            found, handing = _reading(text, cs, ce, bodies)
            giver: list[BodyMatch] | None = None
            if found:
                subjects, duty = found
                nominal = duty <= cs
                # "…. Đồng thời, tổ chức hướng dẫn, kiểm tra và đôn đốc các đơn vị thực hiện": the subject carried
                # from before does the clause's opening action, the bodies it urges on carry out theirs
                if carried and handing and subjects[0].start > opening and _opens_with_own_act(text, opening):
                    giver = carried
            elif carried and (DUTY_START.match(text, opening) or URGED.match(text, opening)):
                subjects, duty, nominal = carried, opening, False
            else:
                # whether the clause reports matters only to a second subject's duty, when there is one
                second = _second_subjects(text, cs, ce, bodies, [], "assigned")
                for d in second:
                    if _REPORTED.search(text[cs:ce]) or _PAST.search(text[ss:ce]):
                        d.status = "reported"
                out.extend(second)
                out.extend(made_room_for(text, cs, ce, bodies, [], "assigned"))
                continue
            clause_start = cs  # where the evidence starts: the first addressee listed before the duty
            if pending and found is not None and not nominal and not _FULL_STOP.search(text, pending[-1].end, cs):
                subjects = pending + [b for b in subjects if b not in pending]
                clause_start = min(cs, pending[0].start)
            pending = []
            if _a_congress_deciding(text, subjects, duty):
                carried = None  # a congress decides; what it sets are goals, not duties
                continue
            # "… đã quán triệt Nghị quyết, với mục tiêu xây dựng …; phát huy …": the goals listed next are the
            # resolution's, not further duties of the subject
            carried = None if _GOALS_FOLLOW.search(text, duty, ce) else subjects
            before_subject = text[max(cs, subjects[0].start - 12) : subjects[0].start]
            directed = bool(re.search(r"(?i)(?:chỉ đạo|giao)\s*:?\s*$", before_subject))
            reported = bool(_REPORTED.search(text[cs : duty + 12]) or _PAST.search(text[ss:duty]))
            if _HANDED_TO.search(before_subject):
                # "Ngày 9/11, UBND tỉnh (đã) ban hành văn bản yêu cầu các sở … chủ động ứng phó": the handing is
                # reported, the duty handed is theirs to do, unless their own clause says it is done
                reported = bool(_REPORTED.search(text, subjects[-1].end, duty + 12))
            if re.search(r"\bsẽ\s+$", text[subjects[-1].end : duty]):
                reported = False  # "…, đã có phân công cụ thể: Sở X sẽ chủ trì …": what the subject will do
            if found is None and carried_status == "reported":
                reported = True  # "Đảng ủy Khối đã tổ chức ...; tiến hành ...": the subject's tense carries too
            status = "reported" if reported else "assigned"
            carried_status = status
            pieces = _pieces(text, subjects, duty, ce, clause_start, nominal, status, bodies, directed)
            _led_roles(pieces, subjects, led and bool(_JOINS_IN.match(text, duty, ce)))
            led = led or any(d.role == "lead" for d in pieces)
            out.extend(merge_pieces(text, pieces))
            if handing:
                out.extend(_handers_acts(text, cs, ce, bodies, subjects, status))
            out.extend(_within_the_duty(text, duty, ce, bodies, subjects, status))
            if giver:
                out.append(Duty(giver, role_of_duty(text[opening:ce]), (cs, ce), status))
                carried = giver  # "…; hằng tháng báo cáo kết quả …": still the subject carried, not those urged on
    return out


def _led_roles(pieces: list[Duty], subjects: list[BodyMatch], joins_a_lead: bool) -> None:
    """The roles of a clause's pieces where a lead is named: "chủ trì, phối hợp với Y theo dõi, hướng dẫn ...", all of
    it is led; "Công an tỉnh chủ trì; Sở Tư pháp phối hợp tuyên truyền", the second clause's bodies work with the
    lead (joins_a_lead)."""
    if pieces and pieces[0].role == "lead":
        for d in pieces[1:]:
            if d.subjects == pieces[0].subjects and d.role == "implement":
                d.role = "lead"
    if joins_a_lead:
        for d in pieces:
            if d.role in ("implement", "monitor") and d.subjects == subjects:
                d.role = "coordinate"


def _reading(text: str, cs: int, ce: int, bodies: list[BodyMatch]) -> tuple[Reading | None, bool]:
    """What the first pattern that accepts the clause reads, and whether it is a duty handed to the bodies read."""
    found = None
    for p in PATTERNS:
        found = p.read(text, cs, ce, bodies)
        if found:
            break
    if not isinstance(p, GiveClause):
        return found, False
    own = SubjectClause().read(text, cs, ce, bodies)
    if own is None:  # or a verb only "đã" marks: "X đã phân loại … và ban hành Văn bản số 73 giao Y …"
        own = TenseClause().read(text, cs, ce, bodies)
        # (not a decision to hand it on: "X đã thống nhất giao chỉ tiêu …")
        if own and (not _done_before(text, cs, own[1]) or _DECIDES_TO_HAND.match(text, own[1])):
            own = None
    own_status = "reported" if own and _done_before(text, cs, own[1]) else "assigned"
    if own and not HANDS_ON.match(text, own[1]) and not issues_a_text(text[own[1] : ce], own_status):
        # "X sẽ xây dựng ..., đồng thời chỉ đạo Y ...": X's duty first, Y's handed on; but "X vừa ban hành
        # Công văn số 5 chỉ đạo Y ...": X issues a text (no duty of X), Y is handed the duty
        return own, False
    return found, found is not None


# "đã" or "vừa" right before where the clause's duty starts: what its subject did
_DONE_BEFORE = re.compile(r"\b(?:đã|vừa)\s+$")


def _done_before(text: str, cs: int, duty: int) -> bool:
    return _DONE_BEFORE.search(text[cs:duty]) is not None


# a decision to hand a duty on ("thống nhất giao", "quyết định phân công"): no act of the decider's own
_DECIDES_TO_HAND = re.compile(r"(?:[^\W\d_]+\s+){1,2}(?:phân công|giao|chỉ đạo|yêu cầu|đề nghị)\b")


def _urger(text: str, cs: int, ce: int, bodies: list[BodyMatch]) -> list[BodyMatch] | None:
    """The body that urges on the bodies a clause hands a duty to ("UBND tỉnh đã có Công văn số 18/UBND-TH đôn đốc
    các sở, ngành …", "Sở Nội vụ đôn đốc các đơn vị …"): it watches over their duty, as the conventions read
    "đôn đốc"."""
    for b in bodies:
        if cs <= b.start < ce and _URGES.match(text, b.end, ce):
            return [b]
    return None


def _handers_acts(
    text: str, cs: int, ce: int, bodies: list[BodyMatch], subjects: list[BodyMatch], status: str
) -> list[Duty]:
    """What the body that hands a clause's duty on does itself: "UBND tỉnh đôn đốc các sở, ngành …", who urges them
    on watches over it; "UBND tỉnh đã chỉ đạo các sở … triển khai …", directing them is what the committee did."""
    urger = _urger(text, cs, ce, bodies)
    if urger:
        return [Duty(urger, "monitor", (cs, ce), status)]
    director = _director(text, cs, ce, bodies)
    if director and not any(b in subjects for b in director):
        return [Duty(director, "implement", (cs, ce), "reported")]
    return []


def _director(text: str, cs: int, ce: int, bodies: list[BodyMatch]) -> list[BodyMatch] | None:
    """The body named right before "đã chỉ đạo" in a clause that hands a duty on ("UBND tỉnh đã chỉ đạo các sở,
    ngành triển khai …", "Thực hiện chỉ đạo của …, UBND tỉnh đã chỉ đạo …"): directing them is its own act, done."""
    for m in _DIRECTED.finditer(text, cs, ce):
        before = [b for b in bodies if cs <= b.start and b.end <= m.start() and not text[b.end : m.start()].strip()]
        if before:
            return before[-1:]
    return None


# "đã chỉ đạo", the bodies directed after it (not "vừa có văn bản chỉ đạo": issuing a text is no duty of its own)
_DIRECTED = re.compile(r"\s(?:(?:cũng|kịp thời|thường xuyên)\s+)*(?:đã|vừa)\s+chỉ đạo\s+(?=các\s|" + CAP + r")")


# urging the bodies named after it on, with a text or without: "đôn đốc", "đã có Công văn số 18/UBND-TH đôn đốc"
_URGES = re.compile(
    r"\s*(?:(?:đã|vừa|cũng|đang|tiếp tục|thường xuyên)\s+)*"
    r"(?:(?:có|ban hành|gửi) (?:[Cc]ông văn|văn bản)(?: số \S+)?\s+)?"
    r"(?:chỉ đạo,\s*)?đôn đốc\s+(?=các\s|" + CAP + r")"
)


def _opens_with_own_act(text: str, opening: int) -> bool:
    """The clause opens with an action of its own, not with the verb that hands the duty on."""
    return bool(DUTY_START.match(text, opening)) and not HANDS_ON.match(text, opening)


# a colon that opens the first of the bodies a share-out addresses: "giao chỉ tiêu cho các chi, đảng bộ: Đối với …"
# (or the first item of a list counted in words: "… các giải pháp: Thứ nhất, Sở X rà soát …")
_REGARDING_AFTER_COLON = re.compile(r":\s*(?=[Đđ]ối với\s|[Tt]hứ nhất\s*,|Một là\s*,)")


def _at_regarding(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Clauses cut also after a colon that opens "Đối với X …": what follows is X's duty, a clause of its own."""
    out: list[tuple[int, int]] = []
    for cs, ce in spans:
        for m in _REGARDING_AFTER_COLON.finditer(text, cs, ce):
            out.append((cs, m.start() + 1))
            cs = m.end()
        out.append((cs, ce))
    return out


# a verb that hands a duty, its addressees after it
_JOINS_IN = re.compile(r"\W*(?:(?:cùng|tích cực|chủ động|thường xuyên)\s+)?phối hợp\b", re.I)
_GIVING = re.compile(r"\b(?:giao|yêu cầu|đề nghị|chỉ đạo)\s+(?:cho\s+)?(?=\S)")
# the things handed, named right before the verb: the verb qualifies them ("nhiệm vụ đã giao cho các xã")
_GIVEN_BEFORE = re.compile(r"\b(?:nhiệm vụ|chỉ tiêu|kế hoạch|vốn|dự toán|nội dung)\s+(?:(?:đã|được)\s+)*$")


def _addressees_ending(text: str, cs: int, ce: int, bodies: list[BodyMatch]) -> list[BodyMatch]:
    """The bodies a clause ends on, right after a verb that hands them a duty their clause does not name: the
    first of a list of addressees that goes on past ";"."""
    last = next(reversed(list(_GIVING.finditer(text, cs, ce))), None)
    if last is None or _GIVEN_BEFORE.search(text, max(cs, last.start() - 24), last.start()):
        return []  # "… các chỉ tiêu, nhiệm vụ đã giao cho các xã, phường; …": what was handed them, named before
    listed, rest = body_list(text, last.end(), ce, bodies)
    # (the first named by its heads' title: "giao giám đốc các sở, ngành; chủ tịch UBND các huyện …")
    if (
        listed
        and (listed[0].start == last.end() or HEADS_TITLE_RE.fullmatch(text, last.end(), listed[0].start))
        and not text[rest:ce].strip(" ,.:")
    ):
        return listed
    return []


_COMMA = re.compile(r",\s+")


def _second_subjects(
    text: str, s: int, e: int, bodies: list[BodyMatch], first: list[BodyMatch], status: str
) -> list[Duty]:
    """A collective that opens a second clause after a comma ("..., các ngành, địa phương vào cuộc quyết liệt")."""
    out: list[Duty] = []
    for comma in _COMMA.finditer(text[s:e]):
        pos = s + comma.end()
        starters = [b for b in bodies if b.start == pos and b.type == "collective" and b not in first]
        if not starters or re.search(r"\b(?:phối hợp|với|cùng|giúp|cho)\b", text[s:pos]):
            continue  # "phối hợp với A, các ngành ...": partners, not a second subject
        found = SubjectClause().read(text, pos, e, [b for b in bodies if b.start >= pos])
        if found and not HANDS_ON.match(text, found[1]):
            subj, duty = found
            out.append(Duty(subj, role_of_duty(text[duty:e]), trim(text, pos, e), status))
            break
    return out


def _within_the_duty(
    text: str, duty: int, ce: int, bodies: list[BodyMatch], subjects: list[BodyMatch], status: str
) -> list[Duty]:
    """The duties of other bodies inside a subject's duty: a second subject after a comma, or the bodies the subject
    advises to be directed."""
    return [
        *_second_subjects(text, duty, ce, bodies, subjects, status),
        *_advised_handing(text, duty, ce, bodies, subjects, status),
    ]


def _advised_handing(
    text: str, duty: int, ce: int, bodies: list[BodyMatch], subjects: list[BodyMatch], status: str
) -> list[Duty]:
    """ "Ban Chỉ đạo có nhiệm vụ tham mưu cho Chủ tịch UBND tỉnh chỉ đạo UBND cấp huyện … tổ chức kiểm kê …": the
    bodies the advice would have directed carry out what they are to be directed to do, as the subject advises."""
    advice = _ADVISES.search(text, duty, ce)
    if not advice:
        return []
    after = [b for b in bodies if b.start >= advice.end() and b.end <= ce]
    found = GiveClause().read(text, advice.end(), ce, after)
    if not found or any(b in subjects for b in found[0]):
        return []
    handed, act = found
    return merge_pieces(text, _pieces(text, handed, act, ce, handed[0].start, False, status, bodies, True))
