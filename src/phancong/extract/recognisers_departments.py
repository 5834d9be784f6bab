"""Recognisers of the province's departments (Sở) and of the sectors as actors (ngành), named in full or with their
field abbreviated ("Sở VH-TT&DL", "ngành LĐTBXH", "phòng TN&MT huyện Đại Lộc"). Placed in ``RECOGNISERS``
(recognisers.py) by ``DEPARTMENTS`` and ``DEPARTMENTS_ABBREVIATED``."""

from __future__ import annotations

from .body_names import (
    DEPARTMENT_ABBREVIATION_ALTERNATION,
    PLACE,
    abbreviated_department,
    department_alternation,
    department_name,
)
from .recogniser import Recogniser, recogniser as _r

__all__ = ["DEPARTMENTS", "DEPARTMENTS_ABBREVIATED"]

# where a sector is an actor: opening its clause, or asked or partnered ("đề nghị ngành Công Thương rà soát …"; not
# "cán bộ ngành Y tế", "của ngành Giáo dục")
_ACTING = r"(?:(?<![^\W\d_] )|(?<=[Đđ]ề nghị )|(?<=[Yy]êu cầu )|(?<=[Gg]iao )|(?<=[Cc]hỉ đạo )|(?<=với ))"
# the level after the name, part of the mention ("ngành Y tế tỉnh", "Sở TN&MT tỉnh")
_OF_THE_PROVINCE = r"(?: (?:tỉnh|thành phố)(?![^\W\d_]))?"
# the central agencies' branches in the province, named as sectors ("ngành thuế", "ngành kho bạc")
_CENTRAL_SECTORS = ("thuế", "hải quan", "kho bạc", "bảo hiểm xã hội", "điện lực", "ngân hàng")

DEPARTMENTS: list[Recogniser] = [
    _r(
        # "Sở Xây dựng tỉnh (Hòa Bình)": the level, and the province after it, are part of the mention
        r"Sở ((?i:" + department_alternation() + r"))(?!\w)(?: (?:tỉnh|thành phố|TP\.?)(?![^\W\d_]))?",
        "department",
        "province",
        lambda m: "Sở " + department_name(m.group(1)),
    ),
    # a sector as an actor, where it acts (a collective): "Ngành Y tế tỉnh đã chủ động …", "ngành Giáo dục" (and the
    # sectors of the central agencies in the province: "yêu cầu ngành thuế bám sát dự toán thu")
    _r(
        _ACTING + r"[Nn]gành ((?i:" + department_alternation(_CENTRAL_SECTORS) + r"))(?!\w)" + _OF_THE_PROVINCE,
        "collective",
        "province",
        lambda m: (
            "ngành " + department_name(m.group(1)).capitalize()
            if m.group(1).lower() in _CENTRAL_SECTORS
            else "ngành " + department_name(m.group(1))
        ),
    ),
    # (and by its field abbreviated: "ngành LĐTBXH phối hợp với các địa phương …", "ngành GD&ĐT")
    _r(
        _ACTING + r"[Nn]gành (" + DEPARTMENT_ABBREVIATION_ALTERNATION + r")(?![\w&-])" + _OF_THE_PROVINCE,
        "collective",
        "province",
        lambda m: "ngành " + abbreviated_department(m.group(1)),
    ),
]

DEPARTMENTS_ABBREVIATED: list[Recogniser] = [
    _r(
        r"Sở (" + DEPARTMENT_ABBREVIATION_ALTERNATION + r")(?![\w&-])" + _OF_THE_PROVINCE,
        "department",
        "province",
        lambda m: "Sở " + abbreviated_department(m.group(1)),
    ),
    # a district's or a commune's office by its field abbreviated, as news writes it ("phòng LĐ-TB&XH", "Phòng TN&MT
    # huyện Đại Lộc"): the field spelt out, the place kept
    _r(
        r"[Pp]hòng (" + DEPARTMENT_ABBREVIATION_ALTERNATION + r")(?![\w&-])"
        r"((?: (?:huyện|thị xã|thành phố|xã|phường|đặc khu)(?:" + PLACE + r")?)?)",
        "department",
        "district",
        lambda m: "Phòng " + abbreviated_department(m.group(1)) + " ".join(("", *m.group(2).split())),
    ),
]
