"""Recognisers of the Fatherland Front and the mass organisations of a province (the Front's committee and its
standing board, the unions of labour, farmers, women and veterans, the youth union) and their standing and executive
committees. Placed in ``RECOGNISERS`` (recognisers.py) by ``MASS_ORGANISATIONS``, where their order among the others
matters."""

from __future__ import annotations

import re
from collections.abc import Callable

from .body_names import CAP, TINH, province_word
from .recogniser import Recogniser, recogniser as _r

__all__ = ["MASS_ORGANISATIONS"]


def _of_province(organ: str) -> Callable[[re.Match], str]:
    """ "Liên đoàn Lao động tỉnh", "… thành phố": the organ and the province's word as written."""
    return lambda m: f"{organ} {province_word(m)}"


MASS_ORGANISATIONS: list[Recogniser] = [
    # front and mass organisations (and their party delegations); the Front committee's standing board
    _r(
        r"Ban Thường trực (?:Ủy ban )?(?:Mặt trận Tổ quốc|MTTQ)(?: Việt Nam)? (?:tỉnh|" + TINH + r")",
        "standing-board",
        "province",
        "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
    ),
    _r(
        r"(?:Ủy ban )?Mặt trận Tổ quốc(?: Việt Nam)? (?:tỉnh|" + TINH + r")|(?:Ủy ban )?MTTQ(?: Việt Nam)? tỉnh",
        "fatherland-front",
        "province",
        "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
    ),
    # a department named again by its kind alone, as the subject of what it does ("Theo Sở Kế hoạch và Đầu tư, …
    # Sở tập trung huy động …; Sở theo dõi …"): the department named last before it (bodies_pass._resolve)
    _r(
        r"(?<![\w])Sở(?= (?:(?:đã|sẽ|cũng|đang|vừa|tiếp tục|đề nghị|chủ động) )*(?:[a-zđ]))",
        "department",
        "province",
        "Sở",
    ),
    # the Front named with "Việt Nam" and no level ("đề nghị Mặt trận Tổ quốc Việt Nam và các đoàn thể …"): as written
    _r(
        # (or its committee with neither: "yêu cầu các sở, ban, ngành, Ủy ban Mặt trận Tổ quốc và các tổ chức …"; the
        # movement's name alone, "củng cố tổ chức Mặt trận Tổ quốc", names no body)
        r"(?<!Trung ương )(?:(?:Ủy ban )?(?:Mặt trận Tổ quốc|MTTQ) Việt Nam|Ủy ban Mặt trận Tổ quốc)(?![^\W\d_])"
        r"(?! (?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu|các cấp|cấp)\b)",
        "fatherland-front",
        "province",
        lambda m: (
            ("Ủy ban " if m.group(0).startswith("Ủy ban") else "")
            + ("Mặt trận Tổ quốc Việt Nam" if m.group(0).endswith("Việt Nam") else "Mặt trận Tổ quốc")
        ),
    ),
    # (a city's own: "Liên đoàn Lao động thành phố" in Đà Nẵng; not "… thành phố Vinh", a city of a province)
    *(
        _r(
            written + r" (?:tỉnh|[Tt]hành phố(?! " + CAP + r"))",
            body_type,
            "province",
            _of_province(name),
        )
        for written, body_type, name in (
            (r"Liên đoàn [Ll]ao động", "labour-federation", "Liên đoàn Lao động"),
            (r"Hội Nông dân", "farmers-union", "Hội Nông dân"),
            (r"Hội Liên hiệp [Pp]hụ nữ", "womens-union", "Hội Liên hiệp Phụ nữ"),
            (r"Hội Cựu chiến binh", "veterans-association", "Hội Cựu chiến binh"),
        )
    ),
    _r(r"Ban Thường vụ Tỉnh đoàn", "youth-union", "province", "Ban Thường vụ Tỉnh đoàn"),
    _r(r"Tỉnh đoàn|Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh", "youth-union", "province", "Tỉnh đoàn"),
]
