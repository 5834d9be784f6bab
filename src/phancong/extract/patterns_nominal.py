"""Patterns where the duty-holder is named in a noun phrase ("thuộc trách nhiệm của X", "X là cơ quan thường
trực") or as the agent of a passive ("… đã được Ban Thường vụ Tỉnh ủy quán triệt …")."""

from __future__ import annotations

import re

from .bodies import BodyMatch
from .clause_grammar import ANY_VERB, BETWEEN, DUTY_START, Pattern, Reading, body_list, past

__all__ = ["NominalClause", "PassiveClause"]

_NOMINAL = re.compile(r"thuộc trách nhiệm(?: tổ chức thực hiện| thực hiện| chủ trì)? của\s+", re.I)
# a task named as the bodies' own ("Thi đua … là nhiệm vụ trọng tâm của các sở, ban, ngành, …"): they carry it
_THEIR_TASK = re.compile(
    r"\blà (?:nhiệm vụ|trách nhiệm)(?: (?:trọng tâm|chính|hàng đầu|thường xuyên|chung|quan trọng))?"
    r"(?:,? (?:thường xuyên|lâu dài|liên tục))? của\s+",
    re.I,
)
_STANDING = re.compile(r"\s+(?:là|làm) cơ quan (?:thường trực|chủ trì|đầu mối)", re.I)


class NominalClause(Pattern):
    def read(self, text: str, s: int, e: int, bodies: list[BodyMatch]) -> Reading | None:
        m = _NOMINAL.search(text, s, e)
        if m:
            subjects, _ = body_list(text, m.end(), e, bodies)
            if subjects:
                return subjects, s
        own = _THEIR_TASK.search(text, s, e) if "là nhiệm vụ" in text[s:e] or "là trách nhiệm" in text[s:e] else None
        if own and own.start() > s:
            subjects, _ = body_list(text, own.end(), e, bodies)
            if subjects:
                return subjects, own.start()  # the task is named before: what they carry, not what they lead
        st = _STANDING.search(text, s, e)
        if st:
            before = [b for b in bodies if b.end <= st.start() and not text[b.end : st.start()].strip()]
            if before:
                return before[-1:], st.start()
        return None


class PassiveClause(Pattern):
    """The agent of a passive: "các đại biểu đã được Ban Thường vụ Tỉnh ủy quán triệt …" is the standing committee
    acting. Tried last; a passive that hands a duty ("được UBND tỉnh giao …") or issues a document is not one."""

    def read(self, text: str, s: int, e: int, bodies: list[BodyMatch]) -> Reading | None:
        for b in bodies:
            if not (s <= b.start < e) or not _PASSIVE_BEFORE.search(text, max(s, b.start - 12), b.start):
                continue
            subjects, after = body_list(text, b.start, e, bodies)
            duty = past(BETWEEN, text, after, e)
            if (DUTY_START.match(text, duty) or ANY_VERB.match(text, duty, e)) and not _NOT_PASSIVE_ACT.match(
                text, duty, e
            ):
                return subjects, duty
        return None


# "… được X quán triệt", and the agent after "do": "Hội nghị … do UBND tỉnh tổ chức"
_PASSIVE_BEFORE = re.compile(r"\b(?:được|do)\s+$")
# what an agent does that is no duty of its own: it hands a duty on, issues or approves a text, rewards, or owns
# ("trụ sở … do Sở X (đang) quản lý, sử dụng": whose the building is)
_NOT_PASSIVE_ACT = re.compile(
    r"\W*(?:(?:đang )?(?:quản lý|sử dụng|sở hữu)(?! (?:và|,) (?:tổ chức|triển khai|thực hiện))|"
    r"giao|phân công|yêu cầu|đề nghị|chỉ đạo|ban hành|thông qua|phê duyệt|ký|cấp|khen thưởng|tặng|trao|công nhận|"
    r"đánh giá|xếp loại|bầu|chọn|cử|đưa ra|đề ra)\b",
    re.I,
)
