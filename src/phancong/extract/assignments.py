"""Who does what: the subject bodies of a duty paragraph, the role of each duty,
partners ("phối hợp với Y"), reporting lines ("báo cáo ... với X") and
accountability ("chịu trách nhiệm trước X").

>>> role_of("Chủ trì, phối hợp với Sở Nội vụ thực hiện")
'lead'
>>> role_of("Phối hợp Ban Tổ chức Tỉnh ủy đổi mới nội dung")
'coordinate'
>>> role_of("kiểm tra, giám sát đối với các cấp ủy")
'monitor'
>>> role_of("Xây dựng chương trình, kế hoạch")
'implement'
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .acting import ACCOUNTABLE_TO
from .bodies import BodyMatch, find_bodies
from .collectives import HEADS_TITLE_RE
from .roles import role_of_duty

__all__ = ["role_of", "partner_span", "subject_bodies", "report_lines", "COLLECTIVE"]

# the plural groups that act as one subject ("các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy")
COLLECTIVE = re.compile(
    r"(?:[Cc]ác|[Tt]rung tâm bồi dưỡng chính trị các) (?:huyện ủy|cấp ủy|sở|ban|ngành|đảng đoàn"
    r"|cơ quan|tổ chức|địa phương|"
    r"Ban đảng|đơn vị|đảng ủy|huyện|chi bộ|đoàn thể)"
    r"[^.:;\n]*?(?=\s+(?:xây dựng|căn cứ|triển khai|thực hiện|tổ chức thực hiện|chủ động|phối hợp|đổi mới|chủ trì|"
    r"kiểm tra, giám sát|tăng cường|quán triệt|ban hành|rà soát|đẩy mạnh|nghiên cứu)\b|\s*:|$)"
)
_COLLECTIVE_TC = re.compile(r"[Tt]rung tâm bồi dưỡng chính trị (?:các huyện, thành phố|các huyện|cấp huyện)")
_PARTNER = re.compile(r"phối hợp(?:\s+với)?(?:,?\s+(?:hướng dẫn|đôn đốc|chỉ đạo|kiểm tra)\b)*\s*,?\s*", re.I)
_PARTNER_STOP = re.compile(
    r"\s+(?:tham mưu|thực hiện|triển khai|tổ chức|xây dựng|đổi mới|mở|hướng dẫn|đôn đốc|"
    r"nghiên cứu|đề xuất|rà soát|tiến hành|chỉ đạo|trong việc|để|nhằm)\b|[.;:]"
)
_SUBJECT_SEP = re.compile(r"(?:\s*[,;]\s*|\s+và\s+|\s*:\s*(?=[^\W\d_]+ [^\W\d_]+ (?:tỉnh|Tỉnh)|Mặt trận)|\s+)?")
_PARTY_GROUPS = re.compile(r"các đảng đoàn\s*:\s*", re.I)  # "..., các đảng đoàn: Mặt trận Tổ quốc tỉnh, ..."
_DUTY_OPENING = re.compile(r"\s*[:.]?\s*")


def role_of(duty: str, body_type: str | None = None) -> str:
    return role_of_duty(duty.strip())


def partner_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span after "phối hợp (với)" naming partners, up to the next verb or punctuation
    ("Chủ trì, phối hợp, hướng dẫn, đôn đốc các cấp ủy, cơ quan liên quan triển khai ..." -> the bodies)."""
    m = _PARTNER.search(text, start, end)
    if not m:
        return None
    stop = _PARTNER_STOP.search(text, m.end(), end)
    s, e = m.end(), (stop.start() if stop else end)
    return (s, e) if e > s else None


@dataclass(frozen=True)
class Subject:
    start: int
    end: int
    text: str
    body: BodyMatch | None  # None for a collective named by its text
    name: str


def subject_bodies(text: str, start: int, end: int) -> tuple[list[Subject], int]:
    """Bodies listed at the head of a duty paragraph, and where the duty text begins.

    "Ban Dân vận Tỉnh ủy, các đảng đoàn: Mặt trận Tổ quốc tỉnh, ..., Ban Thường vụ Tỉnh đoàn: Xây dựng ..."
    """
    subjects: list[Subject] = []
    pos = start
    bodies = find_bodies(text, start, end, all_collectives=True)
    while pos < end:
        sep = _SUBJECT_SEP.match(text, pos, end)
        p = sep.end() if sep else pos
        heading = _PARTY_GROUPS.match(text, p, end)
        if heading:
            p = heading.end()
        title = HEADS_TITLE_RE.match(text, p, end)
        b = next(
            (
                b
                for b in bodies
                if b.start == p
                or (b.start > p and not text[p : b.start].strip(" ,;"))
                or title
                and p < b.start <= title.end()  # (its name opening with the second title: "Giám đốc/Thủ trưởng các sở")
            ),
            None,
        )
        if b is not None and ((b.start - p) <= 2 or title and b.start <= title.end()):
            # "Lãnh đạo Hội đồng nhân dân tỉnh" directly after "Đảng đoàn HĐND tỉnh;": same paragraph subject
            subjects.append(Subject(b.start, b.end, b.text, b, b.name))
            pos = b.end
            continue
        c = _COLLECTIVE_TC.match(text, p, end) or COLLECTIVE.match(text, p, end)
        if c and c.end() > c.start():
            s_text = c.group(0).strip(" ,")
            subjects.append(Subject(c.start(), c.start() + len(s_text), s_text, None, s_text[0].upper() + s_text[1:]))
            pos = c.start() + len(s_text)
            continue
        break
    duty = pos
    m = _DUTY_OPENING.match(text, duty, end)
    if m:
        duty = m.end()
    return subjects, duty


_REPORT = re.compile(
    r"\b(?:báo cáo|(?<!chương )(?<!Chương )trình)\b[^.;]*?\b(?:với|về|lên"
    r"|cho)?\s*(?=(?:Ban Thường vụ|Thường trực|BTV|Ủy ban nhân dân|UBND|Tỉnh ủy|Ban Chấp hành))"
)
# (and to a body named after the law: "chịu trách nhiệm trước pháp luật và UBND tỉnh")
_ACCOUNT = re.compile(ACCOUNTABLE_TO + r"\s+(?:pháp luật\s*(?:,|và)\s*)?")


def report_lines(text: str, start: int, end: int) -> list[tuple[str, BodyMatch, int, int]]:
    """("reportsTo" | "accountableTo", the body reported to, cue start, cue end)."""
    out = []
    for kind, rx in (("reportsTo", _REPORT), ("accountableTo", _ACCOUNT)):
        for m in rx.finditer(text, start, end):
            bodies = find_bodies(text, m.end(), min(end, m.end() + 60))
            if bodies and bodies[0].start - m.end() <= 2:
                out.append((kind, bodies[0], m.start(), bodies[0].end))
    return out
