"""Recognisers of the judiciary in a province: the courts and the procuracies of the province, of its districts and
(since July 2025) of its numbered regions, and their Party boards. Placed in ``RECOGNISERS`` (recognisers.py) by
``JUDICIARY`` after the state's other bodies (recognisers_state.py)."""

from __future__ import annotations

from .body_names import PLACE_NAME, TINH, province_word
from .recogniser import Recogniser, recogniser as _r

__all__ = ["JUDICIARY"]

_COURT = r"Tòa án nhân dân|TAND"
_PROCURACY = r"Viện [Kk]iểm s(?:oá|á)t nhân dân|VKSND"
_JUDICIARY = _COURT + "|" + _PROCURACY


def _judiciary_name(written: str) -> str:
    return "Tòa án nhân dân" if written in ("Tòa án nhân dân", "TAND") else "Viện Kiểm sát nhân dân"


JUDICIARY: list[Recogniser] = [
    # the judiciary and their Party boards; "Viện Kiểm soát nhân dân" is a common misspelling of "Kiểm sát"
    _r(
        r"(?:Ban [Cc]án sự [Đđ]ảng|BCS [Đđ]ảng|BCSĐ) (" + _JUDICIARY + r") " + TINH,
        "party-board",
        "province",
        lambda m: f"Ban cán sự đảng {_judiciary_name(m.group(1))} {province_word(m)}",
    ),
    *(
        _r(
            r"(" + written + r") " + TINH,
            body_type,
            "province",
            lambda m: f"{_judiciary_name(m.group(1))} {province_word(m)}",
        )
        for written, body_type in ((_COURT, "court"), (_PROCURACY, "procuracy"))
    ),
    *(
        _r(
            r"(" + written + r") (huyện|thị xã|quận) (" + PLACE_NAME + r")",
            body_type,
            "district",
            lambda m: f"{_judiciary_name(m.group(1))} {m.group(2)} {m.group(3)}",
        )
        for written, body_type in ((_COURT, "court"), (_PROCURACY, "procuracy"))
    ),
    # the regional courts and procuracies since July 2025, numbered ("Tòa án nhân dân khu vực 5", "Viện Kiểm sát
    # nhân dân khu vực 3"), with the province after them or not
    *(
        _r(
            r"(" + written + r") khu vực (\d{1,2})(?![\d/])",
            body_type,
            "district",
            lambda m: f"{_judiciary_name(m.group(1))} khu vực {m.group(2)}",
        )
        for written, body_type in ((_COURT, "court"), (_PROCURACY, "procuracy"))
    ),
]
