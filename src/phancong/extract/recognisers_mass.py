"""Recognisers of the Fatherland Front and the mass organisations of a province (the Front's committee and its
standing board, the unions of labour, farmers, women and veterans, the youth union) and their standing and executive
committees. Placed in ``RECOGNISERS`` (recognisers.py) by ``MASS_ORGANISATIONS``, where their order among the others
matters."""

from __future__ import annotations

import re
from collections.abc import Callable

from .body_names import BRACKETED_ABBREVIATION, CAP, TINH, YOUTH_UNION, W, of_province, province_word
from .congresses import CONGRESS_LEVELS, mass_congress, mass_congress_name
from .recogniser import Recogniser, recogniser as _r

__all__ = ["MASS_ORGANISATIONS"]


def _committee_of(organ: str) -> Callable[[re.Match], str]:
    """ "Ban Thường vụ Hội Liên hiệp Phụ nữ tỉnh": the committee (group 1), the organ as named, the province's word."""
    return lambda m: f"{m.group(1)} {organ} {province_word(m)}"


# the mass organisations named with the province: as written, as named, and of which kind
_UNIONS = (
    (r"Liên đoàn [Ll]ao động", "labour-federation", "Liên đoàn Lao động"),
    (r"Hội Nông dân", "farmers-union", "Hội Nông dân"),
    (r"Hội (?:Liên hiệp [Pp]hụ nữ|LHPN)", "womens-union", "Hội Liên hiệp Phụ nữ"),
    (r"Hội Cựu chiến binh", "veterans-association", "Hội Cựu chiến binh"),
)

MASS_ORGANISATIONS: list[Recogniser] = [
    # their congresses ("Đại hội đại biểu Hội Nông dân xã Vĩnh Hòa lần thứ I"): bodies where they act, as a Party
    # congress is
    *(_r(mass_congress(words), "mass-congress", level, mass_congress_name) for level, words in CONGRESS_LEVELS.items()),
    # the Front's relief boards, of the nation and of each level ("Ban Vận động cứu trợ Trung ương", "Ban Vận động
    # cứu trợ tỉnh", "Ban Vận động cứu trợ Thành phố Hồ Chí Minh"), the place as written
    _r(
        r"Ban [Vv]ận động cứu trợ (?:Trung ương|(?:tỉnh|[Tt]hành phố|huyện|xã|phường)(?: " + CAP + W + r"*){0,3})"
        r"(?![^\W\d_])",
        "other",
        "province",
        lambda m: m.group(0).replace("Ban vận động", "Ban Vận động", 1),
    ),
    # front and mass organisations (and their party delegations); the Front committee's standing board
    _r(
        r"Ban Thường trực (?:Ủy ban )?(?:Mặt trận Tổ quốc|MTTQ)(?: Việt Nam)? (?:tỉnh|" + TINH + r")",
        "standing-board",
        "province",
        "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
    ),
    _r(
        # (and in short: "Mặt trận tỉnh phối hợp với …")
        r"(?:Ủy ban )?Mặt trận Tổ quốc(?: \(MTTQ\))?(?: Việt Nam)? (?:tỉnh|"
        + TINH
        + r")|(?:Ủy ban )?MTTQ(?: Việt Nam)? "
        + TINH
        + r"|Mặt trận tỉnh(?![^\W\d_])",
        "fatherland-front",
        "province",
        of_province("Ủy ban Mặt trận Tổ quốc Việt Nam"),
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
            written + BRACKETED_ABBREVIATION + r" (?:tỉnh|[Tt]hành phố(?! " + CAP + r"))",
            body_type,
            "province",
            of_province(name),
        )
        for written, body_type, name in _UNIONS
    ),
    # their standing and executive committees ("Ban Thường vụ Hội LHPN tỉnh", "Ban Chấp hành Hội Nông dân tỉnh",
    # "Thường trực Hội Cựu chiến binh tỉnh"): bodies of their own, of the union's kind
    *(
        _r(
            r"(Ban Thường vụ|Ban Chấp hành|Thường trực) " + written + r" (?:tỉnh|[Tt]hành phố(?! " + CAP + r"))",
            body_type,
            "province",
            _committee_of(name),
        )
        for written, body_type, name in _UNIONS
    ),
    # the province's union of public employees, under its labour federation ("Công đoàn Viên chức tỉnh đã phát triển
    # được 558 đoàn viên"; not inside its congress's name)
    _r(
        r"(?<!hội )(?<!biểu )Công đoàn [Vv]iên chức tỉnh(?![^\W\d_])",
        "labour-federation",
        "province",
        "Công đoàn Viên chức tỉnh",
    ),
    # (its inspection commission too: "Ủy ban Kiểm tra Tỉnh đoàn")
    _r(
        r"(?:Ban Thường vụ|Ban Chấp hành|Ủy ban Kiểm tra) "
        r"(?:Tỉnh đoàn|Đoàn (?:Thanh niên Cộng sản|TNCS) Hồ Chí Minh tỉnh(?![^\W\d_]))",
        "youth-union",
        "province",
        lambda m: m.group(0),
    ),
    # the youth union's centre and its secretariat ("Ban Bí thư Trung ương Đoàn"), not the Party's
    _r(
        r"(?:(?:Ban Bí thư|Ban Thường vụ|Ban Chấp hành) )?Trung ương Đoàn(?: (?:Thanh niên Cộng sản|TNCS) Hồ Chí Minh)?"
        r"(?![^\W\d_])",
        "youth-union",
        "central",
        lambda m: re.sub(r" (?:Thanh niên Cộng sản|TNCS) Hồ Chí Minh$", "", m.group(0)),
        True,
    ),
    _r(
        # (not inside its congress's or its committee's name: "Đại hội đại biểu Đoàn TNCS Hồ Chí Minh tỉnh lần thứ XX")
        # (and in short: "Đoàn Thanh niên tỉnh Đắk Lắk phấn đấu …")
        r"Tỉnh đoàn"
        r"|(?<!biểu )(?<!hội )(?<!hành )(?<!vụ )" + YOUTH_UNION + r" tỉnh(?![^\W\d_])",
        "youth-union",
        "province",
        "Tỉnh đoàn",
    ),
    # the youth union of a district, a town or a city of the province, by its place ("Huyện đoàn Krông Pắc",
    # "Thành đoàn Buôn Ma Thuột")
    _r(
        r"(?:Huyện|Thành|Thị|Quận) đoàn " + CAP + W + r"*(?: " + CAP + W + r"*){0,3}",
        "youth-union",
        "district",
        lambda m: " ".join(m.group(0).split()),
    ),
    # the youth federation and the Young Pioneers' council the youth union runs
    _r(
        r"Hội Liên hiệp [Tt]hanh niên(?: Việt Nam)? (?:tỉnh|[Tt]hành phố(?! " + CAP + r"))",
        "youth-union",
        "province",
        lambda m: " ".join(m.group(0).replace("thanh niên", "Thanh niên").split()),
    ),
    _r(
        r"Hội [Đđ]ồng Đội (?:tỉnh|thành phố)(?![^\W\d_])",
        "youth-union",
        "province",
        lambda m: "Hội đồng Đội " + m.group(0).split()[-1],
    ),
]
