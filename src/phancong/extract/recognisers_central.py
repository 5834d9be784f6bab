"""Recognisers of the state's bodies at the centre: the Government and its office, the National Assembly and its
committees, the State Audit, national committees, the ministries by their abbreviations, and the sets a
Government's text addresses by their heads. Placed in ``RECOGNISERS`` (recognisers.py) by ``STATE_CENTRAL``."""

from __future__ import annotations

import re

from .body_names import DEPARTMENT_ABBREVIATION_ALTERNATION, PLACE_NAME, abbreviated_department
from .recogniser import Recogniser, recogniser as _r

__all__ = ["STATE_CENTRAL"]


def _audit_name(m: re.Match) -> str:
    """ "Kiểm toán nhà nước Khu vực VII" -> "Kiểm toán Nhà nước khu vực VII"."""
    return re.sub(r"[Kk]hu vực", "khu vực", re.sub(r"[Nn]hà nước", "Nhà nước", m.group(0)))


STATE_CENTRAL: list[Recogniser] = [
    _r(r"Văn phòng Chính phủ", "central-agency", "central", "Văn phòng Chính phủ", True),
    _r(r"Thanh tra Chính phủ", "central-agency", "central", "Thanh tra Chính phủ", True),
    # the offices of the National Assembly and the President ("Văn phòng Quốc hội", not the Assembly itself)
    _r(r"Văn phòng (?:Quốc hội|Chủ tịch nước)", "central-agency", "central", lambda m: m.group(0), True),
    # the chamber of commerce, whose indices (PCI) provinces are ranked by: "Liên đoàn Thương mại và Công nghiệp
    # Việt Nam (VCCI)", or "VCCI" alone
    _r(
        r"Liên đoàn Thương mại và Công nghiệp Việt Nam|(?<![\w(])VCCI(?![\w)])",
        "central-agency",
        "central",
        "Liên đoàn Thương mại và Công nghiệp Việt Nam",
        True,
    ),
    _r(r"Đảng ủy Chính phủ", "central-agency", "central", "Đảng ủy Chính phủ", True),
    _r(r"Đảng ủy Quốc hội", "central-agency", "central", "Đảng ủy Quốc hội", True),
    _r(r"Ủy ban Thường vụ Quốc hội", "central-agency", "central", "Ủy ban Thường vụ Quốc hội", True),
    _r(
        r"Ủy ban (?:An toàn giao thông|ATGT) [Qq]uốc gia",
        "central-agency",
        "central",
        "Ủy ban An toàn giao thông Quốc gia",
        True,
    ),
    _r(r"(?:Bảo hiểm [Xx]ã hội|BHXH) Việt Nam", "central-agency", "central", "Bảo hiểm xã hội Việt Nam", True),
    _r(r"Kiểm toán [Nn]hà nước(?: [Kk]hu vực [IVXL]+)?", "central-agency", "central", _audit_name, True),
    # "Chính phủ", "Quốc hội"; "Thủ tướng Chính phủ" is a person's office, "Luật Tổ chức Chính phủ" a law's title,
    # "Chính phủ điện tử" a topic, and
    # "Đoàn đại biểu Quốc hội tỉnh" a provincial body (below)
    _r(
        r"(?<![Tt]hủ tướng )(?<![Đđ]ại biểu )(?<!thường trực )(?<![Tt]ổ chức )Chính phủ"
        r"(?! (?:điện tử|số|số hóa|kiến tạo)\b)",
        "central-agency",
        "central",
        "Chính phủ",
        True,
    ),
    _r(r"(?<![Đđ]ại biểu )(?<!Đảng ủy )(?<!Văn phòng )Quốc hội", "central-agency", "central", "Quốc hội", True),
    # the addressees of the Government's texts, named by their heads ("Bộ trưởng, Thủ trưởng cơ quan ngang Bộ,
    # Thủ trưởng cơ quan thuộc Chính phủ, Chủ tịch UBND các tỉnh, thành phố trực thuộc Trung ương"): the sets
    _r(
        r"Bộ trưởng(?: các [Bb]ộ)?(?=,\s*(?:[Tt]hủ trưởng )?(?:các )?[Cc]ơ quan ngang)",
        "collective",
        "central",
        "các bộ",
        True,
    ),
    _r(r"(?:các )?[Cc]ơ quan ngang [Bb]ộ(?![^\W\d_])", "collective", "central", "các cơ quan ngang bộ", True),
    _r(r"(?:các )?[Cc]ơ quan thuộc Chính phủ", "collective", "central", "các cơ quan thuộc Chính phủ", True),
    _r(
        r"(?:[Ủủ]y ban nhân dân|UBND) các tỉnh, thành phố trực thuộc [Tt]rung ương",
        "collective",
        "central",
        "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương",
        True,
    ),
    # the provinces a central dispatch addresses by where they lie: "UBND các tỉnh, thành phố ven biển từ Quảng Ninh
    # đến Lâm Đồng", as written
    _r(
        r"(?:[Ủủ]y ban nhân dân|UBND) các tỉnh, thành phố ven biển(?: từ " + PLACE_NAME + r" đến " + PLACE_NAME + r")?",
        "collective",
        "central",
        lambda m: re.sub(r"^(?:UBND|[Ủủ]y ban nhân dân)", "Ủy ban nhân dân", " ".join(m.group(0).split())),
        True,
    ),
    # a ministry by the abbreviation its field's department has ("Bộ TN&MT", "Bộ VH-TT&DL")
    _r(
        r"Bộ (" + DEPARTMENT_ABBREVIATION_ALTERNATION + r")(?![\w&-])",
        "central-agency",
        "central",
        lambda m: "Bộ " + abbreviated_department(m.group(1)),
        True,
    ),
]
