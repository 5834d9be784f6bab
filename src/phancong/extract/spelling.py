"""The text as the body recognisers read it: the same text, one letter for one letter (the offsets stay the text's),
with names written in the spelling the recognisers are written in.

Real texts capitalise the inner words of a name as they please ("Bộ chỉ huy Quân sự tỉnh", "Hội liên hiệp phụ nữ
tỉnh", "Ủy ban Mặt trận tổ quốc Việt Nam", "Tỉnh Ủy", "Ủy ban Nhân dân"), break a name across lines and write a
Party commission in lower case. A name whose first word is capitalised is a name whatever the case of the rest: it
is read in the spelling of :data:`SPELLINGS`. A name in capitals (a heading) and one in lower case (a common noun:
"bảo hiểm xã hội" is insurance, not the agency) are left as written.

>>> for_recognisers("Giao Bộ chỉ huy quân sự tỉnh, Hội liên hiệp phụ nữ tỉnh và Ban chỉ đạo 35 Tỉnh Ủy")
'Giao Bộ Chỉ huy Quân sự tỉnh, Hội Liên hiệp Phụ nữ tỉnh và Ban Chỉ đạo 35 Tỉnh ủy'
>>> for_recognisers("đóng bảo hiểm xã hội; BAN CHỈ ĐẠO")
'đóng bảo hiểm xã hội; BAN CHỈ ĐẠO'
"""

from __future__ import annotations

import re

from ..text.prefilter import Prefiltered

__all__ = ["SPELLINGS", "for_recognisers"]

# the names of the political system's bodies as the recognisers spell them (recognisers*.py, collectives.py)
SPELLINGS = (
    "Bộ Chỉ huy Quân sự",
    "Ban Chỉ huy Quân sự",
    "Bộ Chỉ huy Bộ đội Biên phòng",
    "Bộ đội Biên phòng",
    "Ủy ban Mặt trận Tổ quốc Việt Nam",
    "Mặt trận Tổ quốc Việt Nam",
    "Mặt trận Tổ quốc",
    "Hội Liên hiệp Phụ nữ",
    "Hội Nông dân",
    "Hội Cựu chiến binh",
    "Liên đoàn Lao động",
    "Đoàn Thanh niên Cộng sản Hồ Chí Minh",
    "Hội Chữ thập đỏ",
    "Liên minh Hợp tác xã",
    "Ban Chỉ đạo",
    "Ban Chấp hành",
    "Ban cán sự đảng",
    "Ủy ban Kiểm tra",
    "Đoàn đại biểu Quốc hội",
    "Bảo hiểm xã hội",
    "Viện Kiểm sát nhân dân",
    "Tòa án nhân dân",
    "Kho bạc Nhà nước",
    "Ngân hàng Nhà nước",
    "Công an tỉnh",
    "Trường Chính trị",
)
_BY_FOLD = {s.lower(): s for s in SPELLINGS}
# the first word as written, capitalised; the rest in any case (longest first: "Mặt trận Tổ quốc Việt Nam")
_NAMES = Prefiltered(
    re.compile(
        r"(?<![^\W\d_])(?:"
        + "|".join(
            re.escape(s.split(" ", 1)[0]) + " (?i:" + re.escape(s.split(" ", 1)[1]) + ")"
            for s in sorted(SPELLINGS, key=len, reverse=True)
        )
        + r")(?![^\W\d_])"
    )
)
# "Đảng Bộ", "Tỉnh Ủy", "Ban Thường Vụ", "Thành Đoàn Huế": every word of a name capitalised
_TITLE_CASE = Prefiltered(
    re.compile(
        r"\b(Đảng|Thường|Tỉnh|Thành|Huyện|Chấp|Kiểm|Tổ|Tuyên|Dân|Mặt|Nhân|Chính)"
        r" (Bộ|Vụ|Ủy|Hành|Tra|Chức|Giáo|Vận|Trận|Quốc|Dân|Trị|Đoàn)\b"
    )
)
# "Ủy ban Nhân dân", "Hội đồng Nhân dân": the people's committee and council
_PEOPLE_CAPITALISED = re.compile(r"Nhân(?:(?<=Ủy ban Nhân)|(?<=Hội đồng Nhân))(?= dân\b)")  # (the word first)
# "ban Tuyên giáo tỉnh ủy": a commission of the committee written in lower case, as news sometimes does
# (not the "ban" of "Ủy ban": "Ủy ban Thường vụ Quốc hội" is the National Assembly's standing committee)
_LOWER_COMMISSION = Prefiltered(
    re.compile(
        r"(?<!Tiểu )(?<![Ủủ]y )\b(ban )((?:[Tt]uyên giáo|[Tt]ổ chức|[Dd]ân vận|[Nn]ội chính|[Kk]inh tế|[Tt]hường vụ)"
        r"(?: và [Dd]ân vận)?(?= ))( tỉnh ủy\b| thành ủy\b)?"
    )
)
# the line break first, the letter before it looked back at: a pattern that begins with a character is searched for
# by it, one that begins with an assertion is tried at every position of the text
_ONE_BREAK = re.compile(r"\n(?<=[^\W\d_]\n)(?=[^\W\d_])")


def _spelled(m: re.Match) -> str:
    written = m.group(0)
    spelled = _BY_FOLD.get(written.lower(), written)
    return spelled if not written.isupper() and len(spelled) == len(written) else written


def for_recognisers(text: str) -> str:
    """``text``, one letter for one letter, as the recognisers read it."""
    flat = _ONE_BREAK.sub(" ", text)  # "Ban cán sự đảng\nỦy ban nhân dân tỉnh": a name broken across lines
    flat = _TITLE_CASE.sub(lambda m: m.group(1) + " " + m.group(2).lower(), flat)
    flat = _PEOPLE_CAPITALISED.sub("nhân", flat)
    flat = _LOWER_COMMISSION.sub(
        lambda m: "B" + m.group(1)[1:] + m.group(2) + (" T" + m.group(3)[2:] if m.group(3) else ""), flat
    )
    return _NAMES.sub(_spelled, flat)
