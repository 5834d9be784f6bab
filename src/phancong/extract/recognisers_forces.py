"""Recognisers of the armed forces and the police: the province's police, military command and border guard, and
the commands above a province. Placed in ``RECOGNISERS`` (recognisers.py) by ``FORCES`` (with the province's
state bodies) and ``COMMANDS`` (with the centre's)."""

from __future__ import annotations

import re

from .body_names import PLACE_NAME
from .places import city_alternation, province_alternation, province_kind
from .recogniser import Recogniser, recogniser as _r

__all__ = ["COMMANDS", "FORCES"]

_CITY = "(?:" + city_alternation() + ")"


def _command_name(m: re.Match) -> str:
    """A command's name as written, "Bộ tư lệnh" capitalised and its abbreviations ("BĐBP", "TPHCM", "TP. HCM")
    spelt out."""
    name = re.sub(r"^Bộ tư lệnh", "Bộ Tư lệnh", m.group(0)).replace("BĐBP", "Bộ đội Biên phòng")
    return re.sub(r"TP\.? ?HCM", "Thành phố Hồ Chí Minh", name)


FORCES: list[Recogniser] = [
    _r(
        r"Công an(?=,? (?:chủ trì|phối hợp|tham mưu|thực hiện|triển khai|tổ chức|xây dựng)\b|, (?:Bộ Chỉ huy|Sở|Ban)\b|"
        r" và (?:Bộ Chỉ huy|Sở|Ban)\b)",
        "police",
        "province",
        "Công an tỉnh",
    ),
    # the police's directorate ("Đảng ủy, Ban Giám đốc Công an tỉnh lãnh đạo …"), not a director's title
    _r(
        r"Ban Giám đốc Công an (tỉnh|thành phố)",
        "police",
        "province",
        lambda m: f"Ban Giám đốc Công an {m.group(1)}",
    ),
    _r(r"Công an tỉnh", "police", "province", "Công an tỉnh"),
    # the police named by its province alone ("Công an Quảng Trị kiên quyết …", "Công an Hải Phòng"): the province's,
    # named by its kind (bodies._with_province takes the place into the mention)
    _r(
        r"Công an(?= (?P<province>" + province_alternation() + r")(?![^\W\d_]))",
        "police",
        "province",
        lambda m: "Công an " + (province_kind(m.group("province")) or "tỉnh"),
    ),
    _r(
        r"Bộ Chỉ huy Quân sự tỉnh|(?:Bộ CHQS|BCHQS)(?: tỉnh)?(?![\w])",
        "military-command",
        "province",
        "Bộ Chỉ huy Quân sự tỉnh",
    ),
    # a centrally-run city's command ("Bộ Chỉ huy Quân sự thành phố Cần Thơ"): a province's, named with its word
    _r(
        r"(?:Bộ Chỉ huy Quân sự|Bộ CHQS|BCHQS) (?:thành phố|TP\.?)(?= " + _CITY + r"(?![^\W\d_])|(?![^\W\d_]| [A-ZĐ]))",
        "military-command",
        "province",
        "Bộ Chỉ huy Quân sự thành phố",
    ),
    # since 2025 a region's defence command between the province and its communes, by number and place ("Ban Chỉ huy
    # phòng thủ khu vực 1 - Đức Xuân")
    _r(
        r"Ban [Cc]hỉ huy [Pp]hòng thủ [Kk]hu vực (?P<n>\d{1,2})(?: ?[-–] ?(?P<place>" + PLACE_NAME + r"))?",
        "military-command",
        "district",
        lambda m: f"Ban Chỉ huy phòng thủ khu vực {m['n']}" + (f" - {m['place']}" if m["place"] else ""),
    ),
    # (since the 2025 reform a board under the province's military command, "Ban Chỉ huy Bộ đội Biên phòng tỉnh":
    # named as written)
    # ("BĐBP" abbreviates Bộ đội Biên phòng; the force named alone, "yêu cầu BĐBP tỉnh …", is named so, one body with
    # its command, body_names.CANONICAL)
    _r(
        r"(Bộ|Ban) Chỉ huy (?:Bộ đội Biên phòng|BĐBP)(?: tỉnh)?(?![^\W\d_])|(?:Bộ đội )?Biên phòng tỉnh"
        r"|(?P<force>BĐBP) tỉnh",
        "border-guard",
        "province",
        lambda m: (
            "Bộ đội Biên phòng tỉnh" if m.group("force") else f"{m.group(1) or 'Bộ'} Chỉ huy Bộ đội Biên phòng tỉnh"
        ),
    ),
]

COMMANDS: list[Recogniser] = [
    # the army's and the police's commands above a province's ("Bộ Tư lệnh Bộ đội Biên phòng", "Bộ Tư lệnh BĐBP",
    # "Bộ Tư lệnh Quân khu 7", "Bộ Tư lệnh Cảnh sát cơ động"), as written (a region named alone, "Quân khu 7", is
    # as often a masthead or a person's title's: not read)
    _r(
        r"Bộ [Tt]ư lệnh (?:Bộ đội Biên phòng|BĐBP|Quân khu(?: \d{1,2})?|Cảnh sát cơ động|Cảnh sát biển|Hải quân"
        r"|Thủ đô(?: Hà Nội)?|Thành phố Hồ Chí Minh|TP\.? ?HCM)(?![^\W\d_])",
        "military-command",
        "central",
        _command_name,
        True,
    ),
]
