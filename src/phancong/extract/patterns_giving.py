"""Patterns of a duty handed to bodies: "giao / đề nghị / yêu cầu / chỉ đạo X …" (the giver does not act),
and the passive "X được (Y) giao …" (X acts)."""

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
    Pattern,
    Reading,
    body_list,
    past,
    striven_action,
)

__all__ = ["GiveClause", "GivenClause"]

_GIVE = re.compile(
    r"\b(?:(?:phân )?giao(?:\s+thêm)?(?:\s+(?:nhiệm vụ|quyền|trách nhiệm)(?:\s+cụ thể)?)?(?:\s+cho(?=\s))?"
    r"|(?:đề nghị|yêu cầu)(?:\s+đối với)?|lưu ý|nhắc nhở"
    r"|phân công(?:\s+(?:nhiệm vụ\s+)?cụ thể)?(?:\s+cho(?=\s))?|(?:ủy quyền|ủy nhiệm)(?:\s+cho(?=\s))?"
    r"|chỉ đạo(?:,\s*đôn đốc)?|đôn đốc"
    r"|(?-i:lãnh đạo(?=\s+" + CAP + r")))"
    # a quota handed out: "giao chỉ tiêu cho …", "giao chỉ tiêu kết nạp đảng viên năm 2025 cho …"
    # ("phân giao thêm 11 chỉ tiêu cho …"; "… chỉ tiêu … năm 2026 đối với 135 xã, phường")
    # ("giao chỉ tiêu phát triển kinh tế - xã hội và dự toán thu, chi ngân sách năm 2025 cho …": a comma inside)
    # a year's plan or budget handed the same way: "giao kế hoạch phát triển kinh tế - xã hội năm 2027 cho …",
    # "giao dự toán ngân sách nhà nước năm 2027 cho …"
    r"(?:\s+(?:\d+\s+)?(?P<handed>chỉ tiêu|kế hoạch|dự toán)"
    r"(?:[^;:.\n]{0,120}?\s+(?:cho|đối với)(?:\s+\d+)?(?=\s))?)?\s*[:,]?\s+",
    re.I,
)
_GIVE = quick_start(_GIVE)


# the tasks handed named after the bodies: "giao các sở, ngành các nhiệm vụ, giải pháp …", "… nhiệm vụ cụ thể"
_TASKS_NAMED = re.compile(r"(?:các|những)\s+(?:nhiệm vụ|giải pháp|công việc)\b")


class GiveClause(Pattern):
    def read(self, text: str, s: int, e: int, bodies: list[BodyMatch]) -> Reading | None:
        for g in _GIVE.finditer(text, s, e):
            if g.start() > s and re.search(r"(?:các|những|của|với)\s*$", text[max(s, g.start() - 8) : g.start()]):
                continue  # "các văn bản chỉ đạo của ...", "sự chỉ đạo của": a noun, not the verb
            if g.group().startswith("lãnh") and not (g.start() == s or _after_body(text, g.start(), bodies)):
                continue  # "Tại hội nghị, lãnh đạo Sở Y tế …": its leaders; "Đảng đoàn HĐND lãnh đạo HĐND …" hands on
            # a deadline between the verb and the bodies: "yêu cầu trước ngày 10-5, Sở Tài chính hoàn thành …"
            first = _DEADLINE_FIRST.match(text, g.end(), e)
            # the chair asked stands for the body, as the conventions map it: "yêu cầu Chủ tịch UBND cấp xã …"
            at = past(_CHAIR, text, first.end() if first else g.end(), e)
            subjects, pos = body_list(text, at, e, bodies)
            pos = past(BETWEEN, text, pos, e) if subjects else pos
            # the duties listed after a colon: "Giao Ban Tổ chức Tỉnh ủy: (1) Hướng dẫn …; (2) Tổng hợp …"
            listed = _LISTED_AFTER.match(text, pos, e) if subjects else None
            pos = listed.end() if listed and DUTY_START.match(text, listed.end()) else pos
            if subjects and DUTY_START.match(text, pos) or subjects and text[pos : pos + 2].strip(" ,") == "":
                return subjects, pos
            if (
                subjects
                and _GIVEN_AS_A_WHOLE.search(g.group())
                and _NOTHING_FURTHER.match(text, pos, e)
                and not _A_TEXT_GIVING.search(text, max(s, g.start() - 12), g.start())
            ):
                return subjects, pos  # "giao nhiệm vụ cụ thể cho các sở, ngành.": the duty is the whole handed
            if subjects and _TASKS_NAMED.match(text, pos, e) and g.group().lower().startswith(("giao", "phân")):
                return subjects, pos  # "giao các sở, ngành các nhiệm vụ, giải pháp thực hiện …": the tasks named
            if subjects and g.group("handed") and (text[pos : pos + 1] == ":" or _CARRY_IT.match(text, pos, e)):
                return subjects, pos  # "giao chỉ tiêu … cho các chi, đảng bộ: …": the quotas listed are theirs
            # asked to strive for an action: "đề nghị các cấp, ngành phấn đấu thực hiện đồng bộ các nhiệm vụ …"
            if subjects and _ASKS.match(g.group()) and not g.group("handed"):
                act = striven_action(text, pos, e)
                if act is not None:
                    return subjects, act
            # what is asked of them is any action: "đề nghị Hội Nông dân tỉnh thông báo …", "yêu cầu Sở Y tế phân bổ …"
            if (
                subjects
                and _ASKS.match(g.group())
                and not g.group("handed")  # "giao chỉ tiêu cho X phù hợp, …": X holds a quota, no action
                and (ANY_VERB.match(text, pos, e) or _ASKED_ACTION.match(text, pos, e))
                and not _NOT_ASKED.match(text, pos, e)
            ):
                return subjects, pos
            if subjects and _ASKS.match(g.group()) and not g.group("handed") and _ON_A_MATTER.match(text, pos, e):
                return subjects, pos  # "có văn bản chỉ đạo các sở, ngành, UBND các xã về kịch bản tăng trưởng …"
        return None


# what the bodies asked are directed on, the matter named: "chỉ đạo các sở … về kịch bản tăng trưởng năm 2026"
_ON_A_MATTER = re.compile(r"\s*về\s+(?:việc\s+)?[^\W\d_]")
# a duty handed as a whole to the bodies after "cho", the clause naming it no further: "giao nhiệm vụ cụ thể cho
# các sở", "phân công cụ thể cho các sở, ngành nhằm …" (quotas, "giao chỉ tiêu cho X", are read apart)
_GIVEN_AS_A_WHOLE = re.compile(r"(?:nhiệm vụ|trách nhiệm|phân công)(?:\s+cụ thể)?\s+cho\s*$", re.I)
_NOTHING_FURTHER = re.compile(r"\s*(?:[.;]|$|(?:nhằm|để)\s)")
# "các văn bản giao nhiệm vụ cho các cơ quan": what a text does, told of the text (no duty read from it)
_A_TEXT_GIVING = re.compile(r"\b(?:văn bản|quyết định|công văn|thông báo)\s+$", re.I)
# the bodies a plan, quota or budget is handed to carry it when nothing else follows, or only that they carry it:
# "… cho các sở, ban, ngành.", "… cho các sở, ngành để triển khai thực hiện"
_CARRY_IT = re.compile(r"[\s,.]*(?:$|(?:để|nhằm)?\s*(?:tổ chức\s+)?(?:triển khai|thực hiện)\b)", re.I)
# (and the heads of the bodies listed after a colon: "Giao Giám đốc: Sở A, Sở B, Đài C phối hợp …")
_CHAIR = re.compile(r"(?:[Pp]hó\s+)?[Cc]hủ tịch\s+(?=\S)|(?:Giám đốc|Thủ trưởng)\s*:\s*(?=" + CAP + r")")
# (a duty's time first: "giao Sở Y tế: Hằng năm chủ trì, phối hợp với …")
_LISTED_AFTER = re.compile(
    r"\s*:\s*(?:\(?\d{1,2}[.)]\s*|[a-zđ]\)\s*|[-+•]\s*)?(?:(?i:h[ằà]ng năm|định kỳ|thường xuyên)\s*,?\s*)?"
)
_DEADLINE_FIRST = re.compile(
    r"(?:chậm nhất|trước|trong)(?: đến)? (?:ngày|tháng|quý) [\dIVX]{1,2}(?:[/-]\d{1,2})?"
    r"(?:[/-]\d{4}| năm \d{4})?\s*,\s*",
    re.I,
)


def _after_body(text: str, at: int, bodies: list[BodyMatch]) -> bool:
    return any(b.end <= at and not text[b.end : at].strip(" ,") for b in bodies)


# the verbs that ask a body for any action, and the words after a body that are no action of its own
# (and reminded: "lưu ý UBND thành phố, các sở dành sự quan tâm …", "nhắc nhở các đơn vị thực hiện nghiêm …")
_ASKS = re.compile(r"(?:giao|đề nghị|yêu cầu|chỉ đạo|đôn đốc|lưu ý|nhắc nhở)\b", re.I)
# the words ANY_VERB takes for no action of a body's own, but which asked of it are one: to care for a duty is to
# carry it ("đề nghị các cấp ủy quan tâm lãnh đạo …"), never to cease or to let happen ("yêu cầu X không ngừng đổi
# mới …", "đề nghị X không để xảy ra …"), to finish or repair something ("chỉ đạo các địa phương hoàn thành công
# tác nạo vét", "đề nghị các xã khắc phục hậu quả …"; said of a body unasked, "hoàn thành" reports a result)
_ASKED_ACTION = re.compile(
    r"(?:quan tâm|chú trọng|coi trọng|nỗ lực|không ngừng|không để|hoàn thành|hoàn chỉnh|khắc phục|xác định)\s+[^\W\d_]",
    re.I,
)
# ("các đơn vị nêu trên": the bodies named above; "nêu cao tinh thần trách nhiệm", "nêu gương": asked of them)
_NOT_ASKED = re.compile(
    r"(?:trong|về|tại|theo|để|nhằm|năm|ngày|tháng|việc|các|những|này|đó|nêu(?! cao| gương)|trên|sau|trước|cấp|"
    r"tỉnh|huyện|xã|thành phố|thị xã|phường|chỉ tiêu|nhiệm vụ|kế hoạch|số|và|hoặc|của|cho|với|là|thì|mà)\b",
    re.I,
)


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
        if handed is None or not (DUTY_START.match(text, handed.end()) or ANY_VERB.match(text, handed.end(), e)):
            return None
        return subjects, handed.end()


_GIVEN = re.compile(r"\s*,?\s*(?:(?:đã|sẽ|tiếp tục|cũng|đều)\s+)*được\s+")
_HANDED = re.compile(
    r"\s*,?\s*(?:giao|phân công|ủy quyền|ủy nhiệm)(?:\s+(?:nhiệm vụ|trách nhiệm|làm))?"
    # ("được giao là cơ quan chủ trì", "… là đơn vị chủ trì" keep their role)
    r"(?:\s+là(?= (?!cơ quan|đơn vị (?:chủ trì|đầu mối)|đầu mối)))?\s*:?\s*",
    re.I,
)
