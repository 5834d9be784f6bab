"""Recognisers of the organs below the province (a district before 1 July 2025, a commune after), named with their
level and place: the People's Committee and Council, the Front, the police, the Party committee and its standing
board, inspection commission and office, the military command, the health station, the mass organisations.
Placed in ``RECOGNISERS`` (recognisers.py) by ``LOCAL_ORGANS``."""

from __future__ import annotations

from .body_names import BRACKETED_ABBREVIATION, CAP, LOCAL, PLACE, YOUTH_UNION, W, local_name
from .places import city_alternation
from .recogniser import Recogniser, recogniser as _r

__all__ = ["LOCAL_ORGANS", "PEOPLES_ORGANS"]

# the People's Committee, Council and Front, as written and named (pattern, name, body type): of every level
PEOPLES_ORGANS = (
    (r"(?:Ủy ban|UB) [Nn]hân dân|UBND", "Ủy ban nhân dân", "peoples-committee"),
    (r"Hội đồng [Nn]hân dân|HĐND", "Hội đồng nhân dân", "peoples-council"),
    # (its abbreviation in brackets: "Ủy ban Mặt trận Tổ quốc (MTTQ) Việt Nam xã …")
    (
        r"(?:Ủy ban )?(?:Mặt trận Tổ quốc(?: \(MTTQ\))?|MTTQ)(?: Việt Nam)?",
        "Ủy ban Mặt trận Tổ quốc Việt Nam",
        "fatherland-front",
    ),
)

# "thành phố Đà Nẵng" is a province: its organs are read by the province-level recognisers
_NOT_A_CITY_PROVINCE = r" (?!(?:[Tt]hành phố|TP\.?) ?(?:" + city_alternation() + r")(?![^\W\d_]))"
_LEVEL_AND_PLACE = r"(?P<lv>" + LOCAL + r")(?P<place>" + PLACE + r")?(?![^\W\d_])"

LOCAL_ORGANS: list[Recogniser] = [
    _r(
        # (its abbreviation in brackets between: "Hội Cựu Chiến binh (CCB) xã Phúc Sơn")
        r"(?:" + pat + r")" + BRACKETED_ABBREVIATION + _NOT_A_CITY_PROVINCE + _LEVEL_AND_PLACE,
        type_,
        "district",
        local_name(prefix),
    )
    for pat, prefix, type_ in (
        *PEOPLES_ORGANS,
        (
            r"Ban Thường trực (?:Ủy ban |UB)?(?:Mặt trận Tổ quốc|MTTQ)(?: Việt Nam)?",
            "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam",
            "standing-board",
        ),
        (r"Công an", "Công an", "police"),
        (r"Thường trực Đảng ủy", "Thường trực Đảng ủy", "standing-board"),
        (r"Thường trực (?:Hội đồng nhân dân|HĐND)", "Thường trực Hội đồng nhân dân", "standing-board"),
        (r"Thường trực (?:Ủy ban nhân dân|UBND)", "Thường trực Ủy ban nhân dân", "standing-board"),
        (r"(?:Ban Thường vụ|BTV) Đảng ủy", "Ban Thường vụ Đảng ủy", "standing-committee"),
        (r"Ban Chấp hành Đảng bộ", "Ban Chấp hành Đảng bộ", "commune-party-committee"),
        (r"Đảng ủy(?= (?:xã|phường|thị trấn|[Đđ]ặc khu))", "Đảng ủy", "commune-party-committee"),
        # the commune's own organs since 2025 (and the district's before): its Party committee's inspection
        # commission and office, its military command, its health station
        (r"(?:Ủy ban [Kk]iểm tra|UBKT) Đảng ủy", "Ủy ban Kiểm tra Đảng ủy", "inspection-commission"),
        (r"Văn phòng Đảng ủy", "Văn phòng Đảng ủy", "party-office"),
        # the commune's organs since 2025: its Party committee's building commission, the office of its council and
        # committee, its public service centre ("Ban Xây dựng Đảng Đảng ủy xã Tân Phú", "Văn phòng HĐND và UBND xã")
        (r"Ban Xây dựng Đảng (?:của )?Đảng ủy", "Ban Xây dựng Đảng Đảng ủy", "organisation-commission"),
        (
            r"Văn phòng (?:HĐND|Hội đồng nhân dân) và (?:UBND|Ủy ban nhân dân)",
            "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân",
            "department",
        ),
        (r"Trung tâm [Pp]hục vụ hành chính công", "Trung tâm Phục vụ hành chính công", "other"),
        (r"Trung tâm [Cc]ung ứng dịch vụ công", "Trung tâm Cung ứng dịch vụ công", "other"),
        (r"Ban [Cc]hỉ huy [Qq]uân sự|Ban CHQS", "Ban Chỉ huy Quân sự", "military-command"),
        # the Party committee of a district's (or a commune's) military command, and its Party organisation
        (r"Đảng ủy [Qq]uân sự", "Đảng ủy Quân sự", "bloc-party-committee"),
        (r"Đảng bộ [Qq]uân sự", "Đảng bộ Quân sự", "party-organisation"),
        # the military service council of a district or a commune ("Hội đồng NVQS phường Hòa Cường")
        (r"Hội đồng (?:[Nn]ghĩa vụ [Qq]uân sự|NVQS)", "Hội đồng Nghĩa vụ quân sự", "other"),
        (r"Trạm [Yy] tế", "Trạm Y tế", "other"),
        # the mass organisations of a district or a commune ("Hội Nông dân xã Tân Phú", "Hội LHPN phường")
        (r"Hội Nông dân", "Hội Nông dân", "farmers-union"),
        (r"Hội Liên hiệp [Pp]hụ nữ|Hội LHPN", "Hội Liên hiệp Phụ nữ", "womens-union"),
        (r"Hội Cựu chiến binh|Hội CCB", "Hội Cựu chiến binh", "veterans-association"),
        # (and the elderly's association, "Hội NCT xã …")
        (r"Hội Người cao tuổi|Hội NCT", "Hội Người cao tuổi", "other"),
        (r"Liên đoàn [Ll]ao động|LĐLĐ", "Liên đoàn Lao động", "labour-federation"),
        # the youth union, named as written ("Đoàn TNCS Hồ Chí Minh xã Đoàn Đào", "Đoàn Thanh niên xã Tân Phú")
        (r"(?P<head>" + YOUTH_UNION + r")", None, "youth-union"),
        # (or "Đoàn" alone before the commune it is of: "Đoàn phường Nguyễn Du là đơn vị đầu tiên …")
        (r"Đoàn(?= (?:xã|phường|thị trấn) " + CAP + r")", "Đoàn", "youth-union"),
        # the youth union's committees of a ward or commune: "Ban Chấp hành Đoàn phường Rạch Dừa", "Ban Thường vụ
        # Đoàn xã …" (its branches, "Chi đoàn Công an phường", are named by what they belong to)
        (r"Ban Chấp hành Đoàn(?: Thanh niên)?", "Ban Chấp hành Đoàn", "youth-union"),
        (r"Ban Thường vụ Đoàn(?: Thanh niên)?", "Ban Thường vụ Đoàn", "youth-union"),
        (r"Chi đoàn Công an", "Chi đoàn Công an", "youth-union"),
        (r"Chi đoàn Quân sự", "Chi đoàn Quân sự", "youth-union"),
    )
]
# the youth union named again by its level alone, in a commune's news ("Đoàn phường đã triển khai …"): the one the
# text names with its place (mentions_pass._named_local)
LOCAL_ORGANS.append(
    _r(
        r"Đoàn (?:xã|phường|thị trấn)(?![^\W\d_])(?! " + CAP + r")",
        "youth-union",
        "district",
        lambda m: m.group(0),
    )
)
# a Party cell of a village or a residential group, by its place or number ("Chi bộ thôn Nà Lừa", "Chi bộ tổ dân phố
# số 5", "Chi bộ buôn M'Láp", "Chi bộ khu 3B"), a cell known by its number alone ("Chi bộ số 11") or the cell of a
# commune's Party agencies ("Chi bộ các Cơ quan Đảng xã Hòa An"): a grassroots Party organisation of the commune
LOCAL_ORGANS.append(
    _r(
        r"Chi bộ (?:(?:thôn|bản|ấp|xóm|khóm|tổ dân phố|khu phố|khu dân cư|khu|buôn|làng|plei|bon|sóc|phum)"
        r"(?:" + PLACE + r"(?:['’]" + W + r"+)?|(?: số)? \d{1,3}[A-Z]?(?![\w/]))"
        r"|số \d{1,3}(?![\d/])"
        r"|(?:các )?[Cc]ơ quan Đảng (?:xã|phường|đặc khu)" + PLACE + r")",
        "grassroots-party-organisation",
        "commune",
        lambda m: " ".join(m.group(0).split()),
    )
)
