"""Patterns of a clause that opens with its subject: "Sở Y tế chủ trì, phối hợp …", "các đảng bộ trực thuộc
tiến hành tự kiểm tra", a subject after an opening phrase ("Để …, Sở X đã …"), and a subject with a tense word
before a verb no other pattern knows ("Sở X đã dự thảo …")."""

from __future__ import annotations

import re

from ..text.prefilter import quick_start
from .bodies import BodyMatch
from .body_names import CAP
from .clause_grammar import (
    ANY_VERB,
    BETWEEN,
    CONNECTIVE,
    DUTY_START,
    MEMBERS,
    STRIVEN_GOAL,
    STRIVING,
    URGED,
    Pattern,
    Reading,
    body_list,
    past,
    striven_action,
)
from .collectives import HEADS

__all__ = ["SubjectClause", "TenseClause"]

# a venue ("tại Trung tâm Hội nghị tỉnh,"): a body named there is where something happens, not who acts
# on another's authority: "được sự ủy quyền của UBND tỉnh, Bộ CHQS tỉnh tổ chức …" (the body named is no subject)
_AUTHORITY = r"[Đđ]ược sự (?:ủy quyền|đồng ý|nhất trí|chỉ đạo) của [^;:,]{2,60}"
_VENUE = re.compile(r"\b[Tt]ại [^;:,]{0,100}|\b" + _AUTHORITY)
# adverbial phrases before a subject: place, time, topic ("Trong nhiệm kỳ qua, ", "Từ năm 2015 đến nay, ")
_ADVERBIAL = re.compile(
    # ("Cũng tại hội nghị, Ủy ban MTTQ tỉnh đã …": also there)
    r"(?:(?:(?:Cũng|Ngay) (?:trong|về|trên|từ|đến|sau|tại|khi)|"
    r"Trong|Về|Trên|Từ|Đến|Năm|Sau|Theo|Thực hiện|Để|Qua|Nhằm|Hằng năm|Hàng năm|Đầu|"
    r"Cuối|Đồng thời|Bên cạnh|Ngày|Tháng|Sáng|Chiều|Tối|Trưa|Hôm|Mới đây|Gần đây|Vừa qua|Tuần|"
    r"Thời gian|Giai đoạn|Nhiệm kỳ|Quý|Đợt|Hiện nay|Tới đây|Tại|Trước đó|Cùng với đó|Do|Đối với việc|"
    # (news openings: "Được biết, …", "Nhân dịp này, …", "Tính đến nay, …", "Riêng năm 2025, …", "Với …, …")
    r"Được biết|Nhân|Dịp|Bên lề|Dự kiến|Tính đến|Tính từ|Lũy kế|Riêng|Song song|Đáng chú ý|Đặc biệt|Kết quả|"
    r"Như vậy|Với|Nhờ|Khi|Ngoài|Thông qua|Dưới|Trước|Tiếp theo|Sắp tới|Tuy nhiên|Bước đầu|Cùng|Hôm|Lúc|Vào|"
    r"Mặc dù|Dù|Nếu|Sau khi|Trước khi|Trong khi|Hiện|"
    # (and the time words after a first opening, in lower case: "Trước đó, sáng cùng ngày (5/10), Công an tỉnh …")
    # ("Theo đó, để thực hiện hiệu quả kế hoạch, Sở X …": a purpose after it)
    r"từ|trong|đến|tại|trên cơ sở|sáng|chiều|tối|trưa|hôm|cùng ngày|năm(?= \d{4})|để|nhằm)\b"
    r"(?:[^;:,(]|\([^()]{0,40}\)){0,100},\s*"
    # the place a venue is in, in apposition: "tại Trung tâm Hội nghị tỉnh, thành phố Hòa Bình, …"
    r"|(?:thành phố|tỉnh|huyện|thị xã|xã|phường|quận) " + CAP + r"[^;:,]{0,40},\s*"
    r"|" + _AUTHORITY + r",\s*"
    # what their charge asks, commas and all: "Ngoài ra, căn cứ chức năng, nhiệm vụ và yêu cầu quản lý, Sở X …"
    r"|(?:[Cc]ăn cứ|[Tt]heo) (?:vào )?chức năng,? nhiệm vụ[^;:,]{0,80}?,\s*"
    # what is planned, before the body that is to do it: "Năm 2020, dự kiến Sở Y tế mở 196 lớp …"
    r"|[Dd]ự kiến (?=" + CAP + r"))+"
    # a date opening without its comma: "Từ ngày 5/3/2025 Ban Thường vụ Tỉnh ủy …", "Sáng 12/3 Sở Y tế …"
    r"|(?:Từ|Đến|Ngày|Sáng|Chiều|Tối|Trưa|Hôm) (?:ngày )?\d{1,2}[/-]\d{1,2}(?:[/-]\d{4})? (?=" + CAP + r")"
)


# a body named as the owner of what an opening phrase talks about: "Đối với việc thực hiện Nghị quyết của Tỉnh ủy, …"
_OWNER_BEFORE = re.compile(r"\bcủa\s+$")


class SubjectClause(Pattern):
    def read(self, text: str, s: int, e: int, bodies: list[BodyMatch]) -> Reading | None:
        pos = opening = past(CONNECTIVE, text, s, e)
        regarding = _REGARDING.match(text, pos, e)
        if regarding:  # "Đối với các ban tham mưu của Tỉnh ủy, tập trung thẩm định …": the bodies addressed act
            subjects, after = body_list(text, regarding.end(), e, bodies)
            if subjects and subjects[0].start == regarding.end():
                comma = re.match(r"\s*[,:]\s*", text[after:e])  # "Đối với các xã, phường: chủ động rà soát …"
                if comma:
                    # "Đối với các sở, ngành, đồng chí Phó Bí thư đề nghị: căn cứ …, xây dựng …": what is asked
                    asked = _SAID.match(text, after + comma.end(), e)
                    duty = past(BETWEEN, text, asked.end(), e) if asked else after + comma.end()
                    if DUTY_START.match(text, duty):
                        return subjects, duty
                # "Đối với các sở, ngành(,) theo chức năng, nhiệm vụ được giao phải chủ động …": the bodies addressed
                # are the subject of what they must do
                duty = past(BETWEEN, text, after, e)
                if duty > after and DUTY_START.match(text, duty):
                    return subjects, duty
        duty_of = _DUTY_OF.match(text, pos, e)
        if duty_of:  # "nhiệm vụ của Sở X là chủ trì, phối hợp …": the body named is the one that acts
            subjects, after = body_list(text, duty_of.end(), e, bodies)
            is_ = re.match(r"\s+là\s*:?\s*", text[after:e])
            if subjects and subjects[0].start == duty_of.end() and is_ and DUTY_START.match(text, after + is_.end()):
                return subjects, after + is_.end()
        said = _SAID.match(text, pos, e)
        if said is None and _ASKS_THEN_COMMA.search(text, pos, min(e, pos + 180)):
            said = _SAID_COMMA.match(text, pos, e)
        if said:
            pos = opening = said.end()  # "…, đồng chí Bí thư nhấn mạnh: Ủy ban MTTQ xã cần …": what was said
        lead = _ADVERBIAL.match(text, pos, e)
        venues = [v.span() for v in _VENUE.finditer(text, pos, lead.end())] if lead else []
        if (
            lead
            and lead.end() > pos
            and not any(
                pos <= b.start < lead.end()
                and not any(a <= b.start < z for a, z in venues)
                and not _OWNER_BEFORE.search(text, max(pos, b.start - 5), b.start)  # "Nghị quyết của Tỉnh ủy"
                for b in bodies
            )
        ):
            pos = lead.end()  # "Trong công tác kiểm tra, từ năm 2015 đến nay, Đảng ủy Khối đã ..."
            office = re.match(r"[Ll]ãnh đạo\s+(?=" + CAP + r")", text[pos:e])
            pos += office.end() if office else 0  # "Tại hội nghị, lãnh đạo Ban Tổ chức Tỉnh ủy đã ..."
        share = _SHARE.match(text, pos, e)
        if share and share.end() > pos:
            # "100% cấp ủy các đảng bộ trực thuộc đã quán triệt …": a share of the bodies reported as acting
            subjects, after = body_list(text, share.end(), e, bodies)
            if subjects and subjects[0].start == share.end() and re.match(r"\s*(?:đều\s+)?đã\b", text[after:e]):
                duty = past(BETWEEN, text, after, e)
                if DUTY_START.match(text, duty):
                    return subjects, duty
            return None
        subjects, after = body_list(text, pos, e, bodies)
        if not subjects or subjects[0].start > pos and not MEMBERS.fullmatch(text, pos, subjects[0].start):
            return self._after_opening(text, opening, e, bodies)
        duty = past(BETWEEN, text, after, e)
        if _owners_go_on(text, opening, subjects[0], bodies, after, duty):
            return None  # "Thực hiện sự chỉ đạo của Tỉnh ủy, HĐND, UBND tỉnh và Sở Y tế, triển khai …"
        if DUTY_START.match(text, duty) or re.match(r"\s*:", text[after:e]) or URGED.match(text, after, e):
            return subjects, duty
        which = _WHICH_OF_THEM.match(text, after, e)
        if which:  # "Các xã chưa hoàn thành việc kê khai phải hoàn thành trước ngày …": those of them must
            duty = past(BETWEEN, text, which.end(), e)
            if DUTY_START.match(text, duty) or URGED.match(text, which.end(), e):
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
            opening_end = _phrase_start(text, pos, b)
            if not _OPENING_END.search(text, pos, opening_end) or re.search(r"[;:]", text[pos : b.start]):
                continue
            # (a verb of the opening phrase itself, before its first comma, is its purpose: "Để có cơ sở giao cơ quan
            # chuyên môn triển khai …, UBND tỉnh trình HĐND tỉnh …")
            first_comma = text.find(",", pos, b.start)
            if _HANDING_OUT.search(text, first_comma if first_comma >= 0 else pos, b.start):
                break  # "Theo Kế hoạch, Chủ tịch UBND tỉnh giao Sở X chủ trì, phối hợp với …, Y tổ chức …": no opening
            subjects, after = body_list(text, b.start, e, [x for x in bodies if x.start >= b.start])
            duty = past(BETWEEN, text, after, e)
            if subjects and DUTY_START.match(text, duty) and not _owners_go_on(text, pos, b, bodies, after, duty):
                return subjects, duty
        return None


# which of the bodies named must act, said before "phải / cần": "các xã, phường chưa đạt khối lượng theo kế hoạch phải
# …", "các sở có tỷ lệ giải ngân thấp cần …"
_WHICH_OF_THEM = re.compile(r"\s+(?:chưa|không|có|còn|để)\s[^,;:.()]{2,80}?\s(?=(?:phải|cần)\s)")
# a share of a set of bodies: "100% cấp ủy (đảng) …", "95% chi bộ …"
_SHARE = re.compile(r"\d{1,3}(?:[,.]\d+)?\s*%\s*(?:(?:cấp ủy|ban thường vụ)(?: đảng)?\s+(?=các\s))?")
_REGARDING = re.compile(r"(?:[Đđ]ối với|[Vv]ới)\s+")
_DUTY_OF = re.compile(r"(?:[Nn]hiệm vụ|[Tt]rách nhiệm)(?: chính| cụ thể| chủ yếu)? của\s+")
# a speaker and a verb of saying before a colon: the duty is what was said
_SAID = re.compile(  # (the lookahead: no colon before the next ";" or ".", nothing said; found at once)
    r"(?=[^:;.]*:)"
    r"[^:;.\n]{0,160}?\b(?:nhấn mạnh|lưu ý|khẳng định|kết luận|chỉ rõ|cho biết|phát biểu|đề nghị|yêu cầu|chỉ đạo"
    # a share-out announced: "Chủ tịch UBND tỉnh đã có phân công trách nhiệm xây dựng Đề án cụ thể: Sở X …"
    r"|phân công[^:;.\n]{0,100}?\bcụ thể)"
    r"\s*:\s*[“\"]?\s*"  # (what was said in quotes: "Chủ tịch UBND tỉnh đề nghị: “Thủ trưởng các sở …")
)
# what a speaker asks after a comma, a time first: "bà A đề nghị, bước vào nhiệm kỳ 2025 - 2030, MTTQ tỉnh phải …",
# "đồng chí nhấn mạnh, thời gian tới, Sở Y tế cần …" (the body asked then opens what was said)
_SAID_COMMA = re.compile(
    r"[^:;.\n]{0,160}?\b(?:nhấn mạnh|lưu ý|khẳng định|kết luận|chỉ rõ|đề nghị|yêu cầu|chỉ đạo)\s*,\s*"
    # (not a noun in a list of nouns: "Bám sát sự lãnh đạo, chỉ đạo, điều hành của Tỉnh ủy, …")
    r"(?!\s*(?:điều hành|quản lý|lãnh đạo|hướng dẫn|giám sát|kiểm tra)\b)"
    r"[^,;.:\n]{3,60},\s*(?=(?:các\s+)?" + CAP + r")"
)
# (looked for first, in one scan: the pattern above is tried only where a speech verb and its comma stand)
_ASKS_THEN_COMMA = quick_start(
    re.compile(r"\b(?:nhấn mạnh|lưu ý|khẳng định|kết luận|chỉ rõ|đề nghị|yêu cầu|chỉ đạo)\s*,")
)
# an opening phrase of purpose, basis or time before the subject, and how it ends before the subject
_OPENING = re.compile(
    r"(?:Thực hiện|Triển khai|Để|Nhằm|Căn cứ|Trên cơ sở|Theo|Qua|Trong|Từ|Năm|Sau|Với|Bám sát|Quán triệt|Tại|"
    # a dateline and who chaired: "Sáng 29/9, dưới sự chủ trì của đồng chí …, Bí thư Tỉnh ủy, BTV Tỉnh ủy tổ chức …"
    r"Sáng|Chiều|Tối|Ngày|Dưới sự"
    # what the action is for, not a body: "Đối với 54 xã, phường còn lại, UBND tỉnh vận động …"
    r"|Đối với)\b"
    # the last of the texts an opening phrase lists, after ";": "Thực hiện Chỉ thị số 31/CT-TTg …; Công văn số
    # 166/BTC-NSNN … của Bộ Tài chính, UBND tỉnh xây dựng …"
    r"|(?:Công văn|Quyết định|Nghị quyết|Nghị định|Chỉ thị|Kế hoạch|Thông báo|Hướng dẫn|Kết luận|Thông tư|Công điện)"
    r" (?:số )?\d"
)


def _owners_go_on(text: str, pos: int, b: BodyMatch, bodies: list[BodyMatch], after: int, duty: int) -> bool:
    """Whether b goes on with the owners the opening names after "của", the list closed by a comma before the verb
    ("Bám sát sự chỉ đạo của Tỉnh ủy, HĐND, UBND tỉnh và BHXH Việt Nam, triển khai …": the subject left out, not
    HĐND); "Thực hiện Kế hoạch của Tỉnh ủy, UBND tỉnh xây dựng …" has its subject after the comma."""
    if "," not in text[after:duty]:  # (asked of every subject read: the cheap test first)
        return False
    before = [x for x in bodies if pos <= x.start and x.end <= b.start]
    if not before or not re.fullmatch(r"\s*,\s*", text[before[-1].end : b.start]):
        return False
    first = before[-1]
    for x in reversed(before[:-1]):  # back along the list to its first member
        if not re.fullmatch(r"\s*(?:,|và)\s*", text[x.end : first.start]):
            break
        first = x
    return bool(re.search(r"\bcủa\s+$", text[max(pos, first.start - 8) : first.start]))


def _phrase_start(text: str, pos: int, b: BodyMatch) -> int:
    """Where the phrase naming b starts: at the heads of a set, who stand for it ("Căn cứ Kế hoạch …, Giám đốc các
    sở, ngành có trách nhiệm …"), or at its representatives ("…, đại diện các sở, ngành đã trao đổi …"); one head
    ("…, Chủ tịch UBND tỉnh sẽ chủ trì buổi tiếp công dân") is a person, and the phrase starts at the body."""
    head = _HEAD_BEFORE.search(text, pos, b.start)
    if head is None:
        return b.start
    if head.group().startswith(("Chánh", "Đại diện", "đại diện")) or re.match(r"[Cc]ác\b", text[b.start : b.end]):
        return head.start()
    return b.start


_HEAD_BEFORE = re.compile(r"(?:Chánh|[Đđ]ại diện(?: lãnh đạo)?|[Ll]ãnh đạo|" + HEADS + r")\s+$")
_OPENING_END = re.compile(
    r"(?:,\s*|\s(?:(?:trong|từ|vào|đến)\s+)?(?:năm\s+\d{4}|thời gian tới|thời gian qua|năm qua|nhiệm kỳ qua)\s*,?\s*)$"
)


# a duty handed out or led before the body: what precedes it is a clause of its own, not an opening phrase
_HANDING_OUT = re.compile(r"(?<!ý kiến )(?<!sự )\b(?:giao|yêu cầu|đề nghị|chỉ đạo|chủ trì|phối hợp)\b(?! của)")
# a tense or modal word after the subject: whatever verb comes next is what the subject does (or did)
_TENSE = re.compile(
    r"\b(?:đã|sẽ|đang|vừa|cần|phải|tập trung|tiếp tục|khẩn trương|tích cực|nghiêm túc|nhanh chóng|quyết liệt|"
    # charged with it: "UBND các huyện có trách nhiệm điều chỉnh vốn sang dự án khác"
    r"chủ động|kịp thời|thường xuyên|có trách nhiệm|có nhiệm vụ)\s+$"
)
# what before a body makes it no subject: it is someone's partner, recipient or owner, or another clause speaks
_NOT_SUBJECT = re.compile(r"(?:\b(?:với|của|cho|cùng|và|giao|đề nghị|yêu cầu|tại|trong)|[;:])\s*$", re.I)


class TenseClause(Pattern):
    """A subject, a tense or modal word, then a verb the other patterns do not know: "Sở X đã dự thảo …",
    "Ban Chấp hành Đảng bộ tỉnh đã quyết định triệu tập …". Tried last: a known duty verb reads first."""

    def read(self, text: str, s: int, e: int, bodies: list[BodyMatch]) -> Reading | None:
        pos = past(CONNECTIVE, text, s, e)
        for b in bodies:
            if b.start < pos or b.start >= e:
                continue
            # the subject opens the clause, or ends an opening phrase ("Để …, Sở X đã dự thảo …")
            at = _phrase_start(text, pos, b)
            if at != pos and not re.search(r",\s*$", text[pos:at]) or _NOT_SUBJECT.search(text, pos, at):
                continue
            if at != pos and any(o.end <= b.start and not text[o.end : b.start].strip(" ,") for o in bodies):
                continue  # "báo cáo kết quả về Văn phòng UBND tỉnh, Sở X để tổng hợp": the last of a list
            subjects, after = body_list(text, b.start, e, bodies)
            duty = past(BETWEEN, text, after, e)
            if STRIVING.match(text, duty, e):  # "X phấn đấu giải ngân …": the action striven for
                act = striven_action(text, duty, e)
                if act is not None:
                    return subjects, act
                continue
            if DUTY_START.match(text, duty):
                continue  # a known duty verb: the subject pattern read it, or had its reason not to
            if (
                _TENSE.search(text, after, duty)
                and ANY_VERB.match(text, duty, e)
                and not STRIVEN_GOAL.match(text, duty, e)
            ):
                return subjects, duty
            first = _FIRST_ACTION.match(text, duty, e)
            if first and ANY_VERB.match(text, duty, e) and DUTY_START.match(text, first.end()):
                return subjects, duty  # "X rút kinh nghiệm, chỉ đạo …": a verb no list knows, then a known one
            if (
                at == pos
                and b.type != "party-organisation"  # "Đảng bộ tỉnh …" acts by its committee
                and ";" not in text[b.start : after]
                and _bare_verb(text, after, duty, e)
            ):
                return subjects, duty  # "Sở X xét duyệt hồ sơ …": opening its clause, a verb no list knows
        return None


# what a body says, not does ("Sở Y tế cho biết …", "… nhấn mạnh, …"): no verb of a duty (_FIRST_ACTION, _bare_verb)
_SPEECH = r"cho biết|nhấn mạnh|khẳng định|phát biểu|thông tin|chia sẻ|nêu rõ|đánh giá|ghi nhận"
# a lower-case word right after a subject that opens its clause is the verb of its duty ("Bảo hiểm xã hội tỉnh xét
# duyệt hồ sơ …"), but for words of speech, of time and place, the words that go on naming the body, the verbs that
# hand a duty on (another pattern reads them, or had its reason not to) and the words of a goal or a result
_NOT_A_BARE_VERB = re.compile(
    r"(?:" + _SPEECH + r"|cho hay|cho rằng|nhận định|https?|"
    r"năm|ngày|sau|nay|hiện|mới|cũ|này|đó|lần|khóa|nhiệm kỳ|tỉnh|thành phố|huyện|xã|phường|số|các|những|một|hai|ba|"
    r"và|cùng|với|của|trong|trên|tại|theo|về|do|gồm|như|mà|thì|thuộc|trực thuộc|lãnh đạo|"
    r"yêu cầu|giao|đề nghị|kêu gọi|lưu ý|chỉ đạo|chỉ định|phân công|quy định|thông qua|thống nhất|cơ bản|"
    r"đặt|đề ra|chỉ tiêu|công bố|có|nhận|được|bị|chưa|không|"
    # (resolve and focus are a goal's words: "Đảng bộ tỉnh quyết tâm …", "… đặc biệt quan tâm …"; signing a
    # programme with another body is an event, as taking part is)
    r"quyết tâm|đặc biệt|ký|ký kết)\b"
)


def _bare_verb(text: str, after: int, duty: int, end: int) -> bool:
    """Whether the word at duty, right after the subject (nothing but spaces between), is a bare verb."""
    return (
        not text[after:duty].strip()
        and duty < end
        and text[duty].islower()
        and not _NOT_A_BARE_VERB.match(text, duty, end)
        and ANY_VERB.match(text, duty, end) is not None
    )


# a short action before a comma, then a known duty verb: "Ban Thường vụ rút kinh nghiệm, chỉ đạo tổ chức …"
_FIRST_ACTION = re.compile(
    r"(?!(?:" + _SPEECH + r")\b)"
    r"[^\W\d_]+(?: [^\W\d_]+){0,3},\s+"
)
