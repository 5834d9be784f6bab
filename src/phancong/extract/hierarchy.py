"""Which of two bodies stands above the other, as far as their kinds tell: the centre above a province, a province
above its districts and communes, and within one level the councils and Party committees (and their standing
bodies) above the People's Committee, the People's Committee above its agencies.

>>> from phancong.extract.bodies import BodyMatch
>>> ubnd = BodyMatch(0, 3, "UBND", "Ủy ban nhân dân tỉnh", "peoples-committee", "province")
>>> so = BodyMatch(0, 3, "Sở", "Sở Y tế", "department", "province")
>>> hdnd = BodyMatch(0, 3, "HĐND", "Hội đồng nhân dân tỉnh", "peoples-council", "province")
>>> above(hdnd, ubnd), above(so, ubnd), above(ubnd, so)
(True, False, True)
"""

from __future__ import annotations

from .bodies import BodyMatch

__all__ = ["above"]

_LEVEL = {"central": 3, "province": 2, "district": 1, "commune": 0}
# within a level: who oversees whom (kinds not named here rank with the agencies)
_STANDING = {
    "peoples-council": 2,
    "provincial-party-committee": 2,
    "commune-party-committee": 2,
    "standing-committee": 2,
    "standing-board": 2,
    "peoples-committee": 1,
}


def _rank(b: BodyMatch) -> tuple[int, int]:
    return (3 if b.central else _LEVEL.get(b.level, 1), _STANDING.get(b.type, 0))


def above(a: BodyMatch, b: BodyMatch) -> bool:
    """Whether a stands above b: a higher level, or the same level and a body that oversees b's kind."""
    return _rank(a) > _rank(b)
