"""Recognisers of the Party's bloc committees and the organisations below the Tỉnh ủy that are not places:
the Đảng ủy Khối (các cơ quan, doanh nghiệp, or both merged) and their Đảng bộ, the committees of the People's
Committee and of the Party agencies since 1 July 2025, the Party organisations of the police and the army.
Placed in ``RECOGNISERS`` (recognisers.py) by ``BLOCS``."""

from __future__ import annotations

from .body_names import of_province, province_word
from .recogniser import Recogniser, recogniser as _r

__all__ = ["BLOCS"]

BLOCS: list[Recogniser] = [
    # bloc committees (Đảng ủy Khối các cơ quan tỉnh; Đảng bộ Các cơ quan tỉnh)
    _r(
        r"(?:Ủy ban|UB) [Kk]iểm tra Đảng ủy(?: Khối)? (?:các|Các) cơ quan (?:tỉnh|thành phố)",
        "inspection-commission",
        "province",
        lambda m: (
            f"Ủy ban Kiểm tra Đảng ủy Khối các cơ quan {province_word(m)}"
            if "Khối" in m.group(0)
            else f"Ủy ban Kiểm tra Đảng ủy Các cơ quan {province_word(m)}"
        ),
    ),
    _r(
        r"(?:Ban Chấp hành |BCH )?Đảng ủy [Kk]hối (?:[Cc]ác )?cơ quan (?:tỉnh|thành phố)|Đảng ủy [Kk]hối(?! [Dd]oanh)",
        "bloc-party-committee",
        "province",
        of_province("Đảng ủy Khối các cơ quan"),
    ),
    _r(
        r"(?:Ban Chấp hành |BCH )?Đảng ủy [Kk]hối [Dd]oanh nghiệp (?:tỉnh|thành phố)",
        "bloc-party-committee",
        "province",
        of_province("Đảng ủy Khối Doanh nghiệp"),
    ),
    _r(
        r"(?:Ban Chấp hành |BCH )?Đảng ủy (?:Các|các|CCQ) cơ quan (?:tỉnh|thành phố)|(?:Ban Chấp hành"
        r"|BCH) Đảng bộ (?:Các|các|CCQ) cơ quan (?:tỉnh|thành phố)",
        "bloc-party-committee",
        "province",
        of_province("Đảng ủy Các cơ quan"),
    ),
    _r(
        r"(?:Ban Chấp hành|BCH) Đảng bộ [Kk]hối (?:[Cc]ác )?cơ quan (?:tỉnh|thành phố)",
        "bloc-party-committee",
        "province",
        of_province("Đảng ủy Khối các cơ quan"),
    ),
    # since 1 July 2025 the province's Party committees directly below the Tỉnh ủy: of the People's Committee
    # (in place of its ban cán sự đảng) and of the Party agencies (in place of the Khối các cơ quan)
    _r(
        r"(?:Ban Chấp hành |BCH )?Đảng ủy (?:UBND|Ủy ban nhân dân) (tỉnh|thành phố)",
        "bloc-party-committee",
        "province",
        lambda m: f"Đảng ủy Ủy ban nhân dân {m.group(1)}",
    ),
    _r(
        r"(?:Ban Chấp hành |BCH )?Đảng ủy (?:các|Các) cơ quan [Đđ]ảng (tỉnh|thành phố)",
        "bloc-party-committee",
        "province",
        lambda m: f"Đảng ủy các cơ quan Đảng {m.group(1)}",
    ),
    # since 2025 the Front and the mass organisations have one Party committee in a province
    _r(
        r"(?:Ban Chấp hành |BCH )?Đảng ủy (?:Ủy ban )?Mặt trận Tổ quốc(?: Việt Nam)?(?:,| và) các đoàn thể"
        r"(?: chính trị\s*-\s*xã hội)? (tỉnh|thành phố)",
        "bloc-party-committee",
        "province",
        lambda m: f"Đảng ủy Mặt trận Tổ quốc và các đoàn thể {m.group(1)}",
    ),
    # the Party committee of the provincial military command
    _r(
        r"Đảng ủy (?:Bộ Chỉ huy )?[Qq]uân sự tỉnh",
        "bloc-party-committee",
        "province",
        lambda m: "Đảng ủy Bộ Chỉ huy Quân sự tỉnh" if "Bộ Chỉ huy" in m.group(0) else "Đảng ủy Quân sự tỉnh",
    ),
    _r(
        r"Đảng bộ (?:UBND|Ủy ban nhân dân) (tỉnh|thành phố)",
        "party-organisation",
        "province",
        lambda m: f"Đảng bộ Ủy ban nhân dân {m.group(1)}",
    ),
    _r(
        r"Đảng bộ (?:các|Các) cơ quan [Đđ]ảng (tỉnh|thành phố)",
        "party-organisation",
        "province",
        lambda m: f"Đảng bộ các cơ quan Đảng {m.group(1)}",
    ),
    # a Party organisation (Đảng bộ: the members) is not its committee (Đảng ủy, Tỉnh ủy): both are bodies
    # the two blocs merged in some provinces: "Đảng ủy Khối cơ quan và doanh nghiệp tỉnh" and its Đảng bộ
    _r(
        r"(?:Ban Chấp hành |BCH )?Đảng ủy [Kk]hối (?:[Cc]ác )?[Cc]ơ quan và [Dd]oanh nghiệp (?:tỉnh|thành phố)",
        "bloc-party-committee",
        "province",
        of_province("Đảng ủy Khối cơ quan và doanh nghiệp"),
    ),
    _r(
        r"Đảng bộ [Kk]hối (?:[Cc]ác )?[Cc]ơ quan và [Dd]oanh nghiệp (?:tỉnh|thành phố)",
        "party-organisation",
        "province",
        of_province("Đảng bộ Khối cơ quan và doanh nghiệp"),
    ),
    _r(
        r"Đảng bộ [Kk]hối (?:[Cc]ác )?cơ quan (?:tỉnh|thành phố)|Đảng bộ [Kk]hối(?! [Dd]oanh)(?! \w)",
        "party-organisation",
        "province",
        of_province("Đảng bộ Khối các cơ quan"),
    ),
    _r(
        r"Đảng bộ [Kk]hối [Dd]oanh nghiệp (?:tỉnh|thành phố)",
        "party-organisation",
        "province",
        of_province("Đảng bộ Khối Doanh nghiệp"),
    ),
    _r(
        r"Đảng bộ (?:Các|các|CCQ) cơ quan (?:tỉnh|thành phố)",
        "party-organisation",
        "province",
        of_province("Đảng bộ Các cơ quan"),
    ),
    _r(
        r"Đảng bộ (Công an|[Qq]uân sự|Bộ đội Biên phòng|Bộ Chỉ huy Quân sự) tỉnh",
        "party-organisation",
        "province",
        lambda m: f"Đảng bộ {m.group(1).replace('quân', 'Quân')} tỉnh",
    ),
]
