"""Whose duty a clause states: the ordered registry ``PATTERNS`` of clause patterns, each a small class whose
``read`` returns the clause's subjects and where their duty begins (or None). The first pattern that accepts a
clause reads it; to add a sentence pattern, add a class to the module of its family and give it its place in
``PATTERNS``:

- ``NominalClause`` (patterns_nominal): "thuộc trách nhiệm (tổ chức thực hiện) của X", "X là cơ quan thường
  trực": X leads;
- ``GiveClause`` (patterns_giving): a verb that hands a task to bodies, "giao / đề nghị / yêu cầu / chỉ đạo X
  ...": X acts (the giver does not, unless reported to have directed them: "UBND tỉnh đã chỉ đạo X …", clauses.
  _director); ``GivenClause``: "X được (Y) giao chủ trì …": X acts;
- ``SubjectClause`` (patterns_subject): the clause opens with the bodies, then the duty, "Sở Y tế chủ trì, phối
  hợp ...", "Văn phòng Tỉnh ủy đã xây dựng ..."; ``TenseClause``: a subject, a tense word, a verb no other
  pattern knows ("Sở X đã dự thảo …");
- ``PassiveClause`` (patterns_nominal): the agent of a passive ("… đã được Ban Thường vụ quán triệt …").

What they share (a list of bodies, the words between a subject and its verb) is in clause_grammar.
"""

from __future__ import annotations

from .clause_grammar import CONNECTIVE, DUTY_START, HANDS_ON, URGED, Pattern, body_list, past
from .patterns_giving import GiveClause, GivenClause
from .patterns_nominal import NominalClause, PassiveClause
from .patterns_subject import SubjectClause, TenseClause

__all__ = [
    "PATTERNS",
    "Pattern",
    "GiveClause",
    "GivenClause",
    "SubjectClause",
    "TenseClause",
    "NominalClause",
    "PassiveClause",
    "CONNECTIVE",
    "DUTY_START",
    "HANDS_ON",
    "URGED",
    "body_list",
    "past",
]

PATTERNS: list[Pattern] = [
    NominalClause(),
    GiveClause(),
    GivenClause(),
    SubjectClause(),
    TenseClause(),
    PassiveClause(),
]
