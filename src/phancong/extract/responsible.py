"""Bodies a plan's task list names by their role rather than as a sentence's subject: a label ("Cơ quan chủ trì:
Sở Nội vụ; cơ quan phối hợp: Sở Tài chính", "Đơn vị chủ trì: … - Đơn vị phối hợp: …") or a note in brackets
after the task ("(Sở Nội vụ chủ trì, các sở, ngành phối hợp; hoàn thành trong Quý II/2027)"), or after "do" in a list
of parts ("gồm: Kinh tế số do Sở A chủ trì, Xã hội số do Sở B chủ trì").

>>> t = "Xây dựng cơ sở dữ liệu cán bộ. Cơ quan chủ trì: Sở Nội vụ; cơ quan phối hợp: Sở Tài chính."
>>> [(role, [b.name for b in bs]) for role, bs in labelled_roles(t, 0, len(t))]
[('lead', ['Sở Nội vụ']), ('coordinate', ['Sở Tài chính'])]
"""

from __future__ import annotations

import re

from ..text.prefilter import quick_start
from .bodies import BodyMatch, find_bodies
from .clause_grammar import body_list

__all__ = ["labelled_roles"]

# the role a label or a bracketed note gives: chủ trì (leads), phối hợp (coordinates), thực hiện (carries out),
# theo dõi / kiểm tra / giám sát (monitors)
_ROLES = {
    "chủ trì": "lead",
    "phối hợp": "coordinate",
    "thực hiện": "implement",
    "tham mưu": "implement",
    "theo dõi": "monitor",
    "kiểm tra": "monitor",
    "giám sát": "monitor",
}
_ROLE_WORDS = "|".join(_ROLES)
# "Cơ quan chủ trì: …", "đơn vị phối hợp - …", "Cơ quan chủ trì thực hiện: …"
_LABEL = quick_start(
    re.compile(r"\b(?:cơ quan|đơn vị|bộ phận)\s+(" + _ROLE_WORDS + r")(?:\s+(?:thực hiện|tham mưu))?\s*[:–-]\s*", re.I)
)
# a bracketed note of who does the task: "(Sở Nội vụ chủ trì, các sở, ngành phối hợp; …)"
_NOTE = re.compile(r"\(([^()]{4,200})\)")
_NOTE_ROLE = re.compile(r"\s+(" + _ROLE_WORDS + r")\b")
# the agent of a part's role: "Kinh tế số do Sở A chủ trì"
_AGENT = re.compile(r"\bdo\s+")
# what follows a piece's role, to the start of the next piece: "… chủ trì, " in "(A chủ trì, B phối hợp)"
_NEXT_PIECE = re.compile(r"[^,;]*[,;]\s*")


def labelled_roles(text: str, start: int, end: int) -> list[tuple[str, list[BodyMatch]]]:
    """(role, bodies) for each label, each body-then-role piece of a bracketed note and each body named with its
    role after "do" in text[start:end]."""
    out: list[tuple[str, list[BodyMatch]]] = []
    bodies = find_bodies(text, start, end, all_collectives=True)  # a slice of the text's bodies, found once
    for m in _LABEL.finditer(text, start, end):
        named, _ = body_list(text, m.end(), end, bodies)
        if named and named[0].start - m.end() <= 1:
            out.append((_ROLES[m.group(1).lower()], named))
    for note in _NOTE.finditer(text, start, end):
        pos = note.start(1)
        while pos < note.end(1):
            named, after = body_list(text, pos, note.end(1), bodies)
            role = _NOTE_ROLE.match(text, after, note.end(1)) if named and named[0].start - pos <= 1 else None
            if role is None:
                break
            out.append((_ROLES[role.group(1)], named))
            nxt = _NEXT_PIECE.match(text, role.end(), note.end(1))
            if nxt is None:
                break
            pos = nxt.end()
    for m in _AGENT.finditer(text, start, end):
        named, after = body_list(text, m.end(), end, bodies)
        role = _NOTE_ROLE.match(text, after, end) if named and named[0].start == m.end() else None
        if role is not None:
            out.append((_ROLES[role.group(1)], named))
    return out
