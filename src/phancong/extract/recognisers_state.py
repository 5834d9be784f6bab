"""Recognisers of the state's bodies in a province outside the People's Committee and its Sở: the management boards
of economic zones and of projects, the province's service units, and the provincial and district branches of central
agencies (cơ quan ngành dọc: Cục Thuế, Kho bạc Nhà nước, Bảo hiểm xã hội ...). Placed in ``RECOGNISERS``
(recognisers.py) by ``STATE_PROVINCIAL``; the courts and procuracies are in recognisers_judiciary.py, the state's
bodies at the centre in recognisers_central.py."""

from __future__ import annotations

import re

from .body_names import (
    CAP,
    PLACE,
    PLACE_NAME,
    TINH,
    W,
    province_word,
)
from .collectives import spell_out
from .places import province_of
from .recogniser import Recogniser, recogniser as _r
from .recognisers_local import PEOPLES_ORGANS

__all__ = ["STATE_PROVINCIAL"]


def _zone_name(written: str) -> str:
    """ "khu kinh tế và các khu công nghiệp" -> "Khu kinh tế và các Khu công nghiệp": each zone capitalised."""
    return re.sub(
        r"\b[Kk]hu [Kk]inh tế|\b[Kk]hu [Cc]ông (nghiệp|nghệ cao)", lambda m: "K" + m.group(0)[1:].lower(), written
    )


def _own_zone(written: str) -> str:
    """The zone without the province it belongs to ("Khu kinh tế tỉnh", "Khu kinh tế Quảng Ninh": the province's
    zone, whose province is a field of its own); a zone's own name stays ("Khu kinh tế mở Chu Lai")."""
    written = re.sub(r" (?:tỉnh|thành phố)$", "", written)
    named = re.match(r"([Kk]hu [Kk]inh tế) (.+)$", written)
    return named.group(1) if named and province_of(named.group(2)) else written


_BOARD_HEAD = re.compile(r"(?:Ban [Qq]uản lý|BQL|Ban QL) ?(?:(?P<da>DA)\b ?|(?=(?:các )?[Dd]ự án))")


def _council_organs(written: str) -> str:
    """ "Các Ban của HĐND tỉnh" -> "các Ban của Hội đồng nhân dân tỉnh"; "các Ban HĐND" (the province named once
    at the end of the list) -> "các Ban Hội đồng nhân dân tỉnh"."""
    name = spell_out(" ".join(written.split()))
    name = name[0].lower() + name[1:]
    return name + " tỉnh" if name.endswith("nhân dân") else name


def _project_board_name(written: str) -> str:
    """ "BQL DA các công trình giao thông", "Ban QLDA đầu tư …" -> "Ban Quản lý dự án …", spaces collapsed."""
    name = " ".join(written.split())
    head = _BOARD_HEAD.match(name)
    if head is None:
        return name
    return "Ban Quản lý " + ("dự án " if head.group("da") else "") + name[head.end() :]


_BRANCH = (
    r"Cục [Tt]huế|Cục [Hh]ải quan|Cục [Tt]hống kê|Kho bạc [Nn]hà nước|KBNN|Bảo hiểm [Xx]ã hội|BHXH|"
    r"Cục [Qq]uản lý thị trường|Chi cục [Tt]hống kê|(?:Cục )?[Tt]hi hành án dân sự|Thống kê|Thuế"
)
# the fields of a Sở's sub-departments (Chi cục), as the provinces' decisions name them
_SUB_DEPARTMENT = (
    # ("Chi cục Lâm nghiệp – Kiểm lâm": the forestry and the rangers' sub-departments merged in 2025)
    r"[Ll]âm nghiệp\s*[-–]\s*[Kk]iểm lâm|[Ll]âm nghiệp và [Kk]iểm lâm|[Ll]âm nghiệp|"
    r"[Kk]iểm lâm|[Tt]hủy sản|[Tt]hủy lợi|[Pp]hát triển nông thôn|[Cc]hăn nuôi và [Tt]hú y|[Tt]hú y|"
    r"[Tt]rồng trọt và [Bb]ảo vệ thực vật|[Bb]ảo vệ thực vật|[Qq]uản lý chất lượng [^\W\d_]+(?: [^\W\d_]+){0,6}?"
    r"(?= (?:tỉnh|thành phố)\b|[,;.]| và | phối hợp| chủ trì)|"
    r"[Bb]ảo vệ môi trường|[Qq]uản lý đất đai|[Bb]iển và [Hh]ải đảo|[Dd]ân số(?: - | và )[Kk]ế hoạch hóa gia đình|"
    r"[Dd]ân số|[Aa]n toàn vệ sinh thực phẩm|[Vv]ăn thư(?: - | và )[Ll]ưu trữ|[Tt]iêu chuẩn [Đđ]o lường [Cc]hất lượng|"
    r"[Gg]iám định xây dựng|[Bb]ảo trợ xã hội|[Pp]hòng,? chống tệ nạn xã hội"
)
# what a unit named by its field does next: its name ends before it
_UNIT_ACTS = (
    r"(?:thực hiện|chủ trì|phối hợp|tổ chức|triển khai|xây dựng|tham mưu|hướng dẫn|báo cáo|có trách nhiệm|"
    r"chịu trách nhiệm|có nhiệm vụ|đã|sẽ|cần|phải|được|tiếp tục|rà soát|đề xuất|theo dõi|kiểm tra|cùng|với|"
    r"và các|đảm bảo|bảo đảm|cung cấp|chỉ đạo|là|chi trả|giải quyết|tiếp nhận|quan trắc|giám sát)\b"
)
# (nor a head's title or a set after it: "Chi cục Thủy sản và Thủ trưởng các sở, …" lists two addressees)
_LEVEL_WORD = (
    r"(?:tỉnh|huyện|thành phố|thị xã|xã|phường|thị trấn|[Tt]hủ trưởng|[Gg]iám đốc|[Cc]hủ tịch|[Tt]rưởng|các|những)\b"
)
# the committees of a People's Council, by their fields
_COUNCIL_COMMITTEE = (
    r"[Kk]inh tế\s*[-–]\s*[Nn]gân sách|[Pp]háp chế|[Vv]ăn hóa\s*[-–]\s*[Xx]ã hội|[Dd]ân tộc|[Đđ]ô thị"
    r"|[Kk]inh tế\s*[-–]\s*[Xx]ã hội"
)


def _council_committee(written: str) -> str:
    """ "kinh tế-ngân sách" -> "Kinh tế - Ngân sách": each field capitalised, the dash spaced."""
    return " - ".join(p.strip()[0].upper() + p.strip()[1:] for p in re.split(r"[-–]", written))


_BRANCH_NAMES = {
    "kbnn": "Kho bạc Nhà nước",
    "kho bạc nhà nước": "Kho bạc Nhà nước",
    "bhxh": "Bảo hiểm xã hội",
    "bảo hiểm xã hội": "Bảo hiểm xã hội",
    "cục quản lý thị trường": "Cục Quản lý thị trường",
    "cục thi hành án dân sự": "Thi hành án dân sự",
    "thi hành án dân sự": "Thi hành án dân sự",
}


def _branch_name(written: str) -> str:
    """ "Kho bạc nhà nước", "KBNN" -> "Kho bạc Nhà nước"; "Cục thuế" -> "Cục Thuế"; "Chi cục thống kê" -> "Chi cục
    Thống kê"."""
    key = written.lower()
    if key in _BRANCH_NAMES:
        return _BRANCH_NAMES[key]
    words = key.split()
    if len(words) == 1:
        return words[0].capitalize()  # "Thuế tỉnh": the tax office's name since 2025 ("Thống kê" likewise)
    head = 2 if words[0] == "chi" else 1  # "Chi cục" then the field
    return " ".join([words[0].capitalize(), *words[1:head], words[head].capitalize(), *words[head + 1 :]])


STATE_PROVINCIAL: list[Recogniser] = [
    # the standing board of the provincial council: "Thường trực HĐND tỉnh", "Thường trực HĐND, UBND tỉnh"
    _r(
        r"(?:Thường trực|TT) (?:Hội đồng nhân dân|HĐND)(?:\s+(tỉnh|thành phố))?(?![^\W\d_])"
        r"(?!\s+(?:huyện|xã|phường|thị xã|quận|thị trấn|đặc khu|các|cấp)\b)",
        "standing-board",
        "province",
        lambda m: "Thường trực Hội đồng nhân dân " + (m.group(1) or "tỉnh"),
    ),
    # the committee's standing members, its chair and vice-chairs: "Thường trực UBND tỉnh"
    _r(
        r"(?:Thường trực|TT) (?:Ủy ban nhân dân|UBND)(?:\s+(tỉnh|thành phố))?(?![^\W\d_])"
        r"(?!\s+(?:huyện|xã|phường|thị xã|quận|thị trấn|đặc khu|các|cấp)\b)",
        "standing-board",
        "province",
        lambda m: "Thường trực Ủy ban nhân dân " + (m.group(1) or "tỉnh"),
    ),
    # the council's committees: "Ban Kinh tế - Ngân sách HĐND tỉnh", "Ban Pháp chế Hội đồng nhân dân tỉnh" (not
    # "Ban Dân tộc tỉnh", the People's Committee's agency); and all of them, "các Ban (của) HĐND tỉnh"
    _r(
        r"Ban (" + _COUNCIL_COMMITTEE + r") (?:của )?(?:Hội đồng nhân dân|HĐND) " + TINH,
        "other",
        "province",
        lambda m: f"Ban {_council_committee(m.group(1))} Hội đồng nhân dân {province_word(m)}",
    ),
    _r(
        r"(?:[Cc]ác|[Nn]hững) [Bb]an (?:của )?(?:Hội đồng nhân dân|HĐND)(?: "
        + TINH
        + r"|(?=,\s*(?:các )?[Tt]ổ đại biểu))",
        "collective",
        "province",
        # kept as written, as collectives are ("các ban của HĐND tỉnh" -> "các ban của Hội đồng nhân dân tỉnh");
        # the province named once for all the council's organs listed ("các Ban HĐND, các Tổ đại biểu … tỉnh")
        lambda m: _council_organs(m.group(0)),
    ),
    # one of the council's delegations, by its number ("Tổ đại biểu số 7 HĐND tỉnh", "Tổ đại biểu HĐND tỉnh số 7")
    _r(
        r"[Tt]ổ [Đđ]ại biểu(?P<before> số \d{1,2})? (?:Hội đồng nhân dân|HĐND) (?P<level>tỉnh|thành phố)"
        r"(?(before)|(?P<after> số \d{1,2}))(?![\d/])",
        "other",
        "province",
        lambda m: (
            f"Tổ đại biểu số {(m.group('before') or m.group('after')).split()[-1]} Hội đồng nhân dân "
            + m.group("level")
        ),
    ),
    # the council's delegations and delegates, asked in a resolution's last article to oversee it: "các Tổ đại
    # biểu và đại biểu Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết"
    *(
        _r(
            prefix + r"[Tt]ổ đại biểu(?: (?:Hội đồng nhân dân|HĐND)(?: (?:tỉnh|thành phố)(?![^\W\d_]))?)?"
            r"(?= và (?:các )?đại biểu (?:Hội đồng nhân dân|HĐND)|\s*[,;.]| (?:Hội đồng nhân dân|HĐND))",
            "collective",
            "province",
            lambda m: "các Tổ đại biểu Hội đồng nhân dân " + ("thành phố" if "thành phố" in m.group(0) else "tỉnh"),
        )
        for prefix in (r"[Cc]ác ", r"(?<![Cc]ác )")  # two patterns, each with a literal start (one is scanned fast)
    ),
    *(
        _r(
            start + r"(?:Hội đồng nhân dân|HĐND) (?:tỉnh|thành phố)(?![^\W\d_])",
            "collective",
            "province",
            # named as written, "các" kept as collectives keep it ("và các đại biểu HĐND tỉnh giám sát …")
            lambda m: (
                ("các " if m.group(0).startswith("các") else "")
                + "đại biểu Hội đồng nhân dân "
                + ("thành phố" if "thành phố" in m.group(0) else "tỉnh")
            ),
        )
        for start in (r"đại biểu(?<=và đại biểu) ", r"các đại biểu(?<=và các đại biểu) ")
    ),
    # a state text's header, in capitals: "ỦY BAN NHÂN DÂN\nTỈNH BÌNH ĐỊNH", "ỦY BAN NHÂN DÂN TỈNH" before "Căn cứ …"
    _r(
        r"(?:ỦY|UỶ) BAN NHÂN DÂN\s+(?:TỈNH|THÀNH PHỐ)(?![^\W\d_])",
        "peoples-committee",
        "province",
        lambda m: "Ủy ban nhân dân " + ("thành phố" if "THÀNH PHỐ" in m.group(0) else "tỉnh"),
    ),
    _r(
        r"HỘI ĐỒNG NHÂN DÂN\s+(?:TỈNH|THÀNH PHỐ)(?![^\W\d_])",
        "peoples-council",
        "province",
        lambda m: "Hội đồng nhân dân " + ("thành phố" if "THÀNH PHỐ" in m.group(0) else "tỉnh"),
    ),
    # the offices of the People's Committee and Council (Văn phòng Tỉnh ủy is the Party's: recognisers.py), their
    # heads' title written in lower case too ("Chánh văn phòng Ủy ban nhân dân tỉnh")
    _r(
        r"(?:Văn phòng|VP|(?<=Chánh )văn phòng) (?:[Ủủ]y ban nhân dân|UBND) " + TINH,
        "department",
        "province",
        lambda m: f"Văn phòng Ủy ban nhân dân {province_word(m)}",
    ),
    _r(
        r"(?:Văn phòng|(?<=Chánh )văn phòng) (?:Hội đồng nhân dân|HĐND) " + TINH,
        "department",
        "province",
        lambda m: f"Văn phòng Hội đồng nhân dân {province_word(m)}",
    ),
    # the organ of the level of whoever is named before ("UBND các xã … trình HĐND cùng cấp thông qua"): no level of its
    # own the text states, so none is given
    *(
        _r(r"(?:" + pattern + r") cùng cấp(?![^\W\d_])", type_, "", name + " cùng cấp")
        for pattern, name, type_ in PEOPLES_ORGANS
    ),
    # a unit of a department named by its capitalised field up to what it does or a stop, without its province: "giao
    # Trung tâm Giống nông lâm ngư nghiệp thực hiện …", "Chi cục Phát triển Nông thôn tổ chức …" (known fields and
    # names with their place are read above; the name ends at the first word of an action, and only there: a stop
    # would let it take words that are no name, "Trung tâm Thông tin - Công báo đăng tải văn bản.")
    *(
        _r(
            # ("Chi cục Trưởng Chi cục Thủy sản": the head's title; "… quỹ đất tỉnh quản lý": a level ends the name)
            head
            + r" (?!Trưởng\b)"
            + CAP
            + W
            + r"*(?:(?: [-–]| và|,)? (?!"
            + _UNIT_ACTS
            + r"|"
            + _LEVEL_WORD
            + r")"
            + W
            + r"+){0,10}?(?: (?:tỉnh|thành phố))?(?=\s(?:"
            + _UNIT_ACTS
            + r"))",
            type_,
            "province",
            name,
        )
        for head, type_, name in (
            (r"Trung tâm", "other", lambda m: " ".join(m.group(0).split())),
            # a sub-department is named by its field alone, as the known fields are ("Chi cục Thú y")
            (r"Chi cục", "department", lambda m: re.sub(r" (?:tỉnh|thành phố)$", "", " ".join(m.group(0).split()))),
        )
    ),
    # the competent authority a text puts a matter before without naming it ("trình cấp có thẩm quyền xem xét",
    # "báo cáo cơ quan có thẩm quyền"): a body of a collective kind, as written
    _r(
        # (of no level or province the text states: the text's own node, as "cùng cấp" is)
        r"(?<![\w])(?:[Cc]ấp|[Cc]ơ quan) có thẩm quyền(?![^\W\d_])",
        "collective",
        "",
        lambda m: m.group(0)[0].lower() + m.group(0)[1:],
    ),
    # universities, colleges and vocational schools, named as written: "Trường Đại học Tây Nguyên", "trường Cao đẳng
    # Y tế Đắk Lắk" (their capitalised name after the kind; a school for a level, "trường tiểu học", names none)
    _r(
        # (a field's second syllable in lower case between capitalised words: "Cao đẳng Y tế Đắk Lắk")
        r"[Tt]rường (?:Đại học|Cao đẳng|Trung cấp)(?: "
        + CAP
        + W
        + r"*(?: (?!"
        + CAP
        + r")"
        + W
        + r"+(?= "
        + CAP
        + r"))?){1,6}",
        "other",
        "province",
        lambda m: "T" + " ".join(m.group(0).split())[1:],
    ),
    # the emulation board of the Home Affairs department ("Sở Nội vụ (Ban Thi đua - Khen thưởng tỉnh)")
    _r(
        r"Ban [Tt]hi đua\s*[-–]\s*[Kk]hen thưởng (?:tỉnh|thành phố)(?![^\W\d_])",
        "department",
        "province",
        lambda m: "Ban Thi đua - Khen thưởng " + m.group(0).split()[-1],
    ),
    _r(r"Ban [Tt]iếp công dân " + TINH, "department", "province", lambda m: f"Ban Tiếp công dân {province_word(m)}"),
    _r(
        # ("Văn phòng Đoàn ĐBQH và HĐND tỉnh"; named without the province before another organ of it, "Văn phòng Đoàn
        # ĐBQH và HĐND, UBND tỉnh": the office of both)
        r"Văn phòng Đoàn (?:[Đđ]ại biểu Quốc hội|ĐBQH) và (?:Hội đồng nhân dân|HĐND)(?: " + TINH + r"|(?=,))",
        "other",
        "province",
        lambda m: f"Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân {province_word(m)}",
    ),
    # the three offices merged in 2025: "Văn phòng Đoàn đại biểu Quốc hội, Hội đồng nhân dân và Ủy ban nhân dân tỉnh"
    _r(
        r"Văn phòng Đoàn (?:[Đđ]ại biểu Quốc hội|ĐBQH),\s+(?:Hội đồng nhân dân|HĐND) và (?:Ủy ban nhân dân|UBND) "
        + TINH,
        "other",
        "province",
        lambda m: f"Văn phòng Đoàn đại biểu Quốc hội, Hội đồng nhân dân và Ủy ban nhân dân {province_word(m)}",
    ),
    # the rural programme's coordination office ("Văn phòng Điều phối nông thôn mới tỉnh", "Văn phòng Điều phối
    # Chương trình mục tiêu quốc gia xây dựng nông thôn mới")
    _r(
        r"Văn phòng [Đđ]iều phối (?:[Cc]hương trình mục tiêu quốc gia )?(?:xây dựng )?(?:[Nn]ông thôn mới|NTM)"
        r"(?: (?:tỉnh|thành phố|Trung ương)(?![^\W\d_]))?",
        "other",
        "province",
        lambda m: " ".join(m.group(0).replace("điều phối", "Điều phối", 1).replace("NTM", "nông thôn mới").split()),
    ),
    # the other programmes' coordination offices, named by their field in lower case up to the province: "Văn phòng
    # điều phối về vệ sinh an toàn thực phẩm tỉnh", "Văn phòng Điều phối giảm nghèo bền vững tỉnh"
    _r(
        r"Văn phòng [Đđ]iều phối (?!(?:[Cc]hương trình mục tiêu quốc gia )?(?:xây dựng )?(?:[Nn]ông thôn mới|NTM))"
        r"(?:về )?[a-zđà-ỹ]+(?: [a-zđà-ỹ]+){0,7}? (?:tỉnh|thành phố)(?![^\W\d_])",
        "other",
        "province",
        lambda m: " ".join(m.group(0).split()),
    ),
    # the forest rangers' units of a district or an area: "Hạt Kiểm lâm Tam Nông", "Hạt Kiểm lâm huyện Ba Chẽ"
    _r(
        r"Hạt [Kk]iểm lâm (?:(?:huyện|thị xã|thành phố|liên huyện|khu vực|rừng phòng hộ|rừng đặc dụng) )?"
        + CAP
        + W
        + r"*(?: "
        + CAP
        + W
        + r"*){0,3}",
        "other",
        "district",
        lambda m: " ".join(m.group(0).split()),
    ),
    # a province's service centres, named without the province in news: "Trung tâm Khuyến công và Xúc tiến thương
    # mại", "Trung tâm Dịch vụ việc làm" (named with it, the general recogniser reads them)
    _r(
        r"Trung tâm (?:Khuyến công|Khuyến nông|Dịch vụ việc làm|Phát triển quỹ đất|Trợ giúp pháp lý|"
        r"Kiểm soát bệnh tật|Phục vụ hành chính công|Xúc tiến (?:[Đđ]ầu tư|[Tt]hương mại|[Dd]u lịch))"
        r"(?:(?:,| và| -) (?:[Xx]úc tiến )?(?:[Tt]hương mại|[Đđ]ầu tư|[Dd]u lịch|[Kk]huyến nông))*"
        r"(?: (?:tỉnh|thành phố)(?![^\W\d_])| TP\.? ?HCM\b| TP\.? ?Hồ Chí Minh\b)?(?![^\W\d_])",
        "other",
        "province",
        lambda m: " ".join(m.group(0).split()),
    ),
    _r(
        r"Đoàn [Đđ]ại biểu Quốc hội (?:tỉnh|thành phố)",
        "other",
        "province",
        lambda m: f"Đoàn đại biểu Quốc hội {province_word(m)}",
    ),
    # the provincial branches of central agencies (cơ quan ngành dọc)
    _r(
        r"(" + _BRANCH + r") " + TINH,
        "vertical-agency",
        "province",
        lambda m: f"{_branch_name(m.group(1))} {province_word(m)}",
    ),
    # the same branch named without its province in the province's own text ("Sở X phối hợp Cục Thống kê …")
    _r(
        r"(?<![\w])Cục (?:[Tt]huế|[Hh]ải quan|[Tt]hống kê|[Qq]uản lý thị trường)(?![^\W\d_])"
        r"(?! (?:tỉnh|thành phố|TP)\b)",
        "vertical-agency",
        "province",
        lambda m: "Cục " + m.group(0).split(" ", 1)[1][0].upper() + m.group(0).split(" ", 1)[1][1:],
    ),
    # the sub-departments of a Sở, named by their field ("Chi cục Kiểm lâm", "Chi cục Chăn nuôi và Thú y tỉnh");
    # "Chi cục Thống kê" is a central agency's branch (above)
    _r(
        r"Chi cục (" + _SUB_DEPARTMENT + r")(?: " + TINH + r")?(?![^\W\d_])",
        "other",
        "province",
        lambda m: "Chi cục " + m.group(1)[0].upper() + m.group(1)[1:],
    ),
    # the social policy bank's branch, the central bank's and the treasury's regional offices (since 2025), the post
    _r(
        r"Ngân hàng Chính sách [Xx]ã hội(?: [Cc]hi nhánh)? " + TINH,
        "vertical-agency",
        "province",
        lambda m: f"Ngân hàng Chính sách xã hội chi nhánh {province_word(m)}",
    ),
    _r(
        r"(?:Ngân hàng Nhà nước|Kho bạc Nhà nước)(?: [Cc]hi nhánh)? [Kk]hu vực (?:[IVXL]+|\d{1,2})(?![\w])",
        "vertical-agency",
        "province",
        lambda m: re.sub(r"[Kk]hu vực", "khu vực", re.sub(r"[Cc]hi nhánh ", "", " ".join(m.group(0).split()))),
    ),
    _r(r"Bưu điện " + TINH, "vertical-agency", "province", lambda m: f"Bưu điện {province_word(m)}"),
    # the province's newspaper and broadcaster merged in 2025 ("Báo và Phát thanh, Truyền hình Lâm Đồng")
    _r(
        # ("Báo và Phát thanh - Truyền hình Nghệ An", "Báo và phát thanh, truyền hình Tuyên Quang", "Báo và Đài Phát
        # thanh - Truyền hình Ninh Bình")
        r"Báo và (?:Đài )?[Pp]hát thanh(?:,| -)? [Tt]ruyền hình (?:tỉnh|thành phố|" + PLACE_NAME + r")",
        "media",
        "province",
        lambda m: re.sub(r"[Pp]hát thanh(,| -)? [Tt]ruyền", r"Phát thanh\1 Truyền", " ".join(m.group(0).split())),
    ),
    # the province's other associations the Party and State task ("Hội Chữ thập đỏ tỉnh", "Liên hiệp các Hội Khoa
    # học và Kỹ thuật tỉnh")
    _r(
        # (the elderly's in short: "Hội NCT tỉnh")
        r"(?:Hội (?:Chữ thập đỏ|Nhà báo|Luật gia|Khuyến học|Người cao tuổi|NCT|Cựu [Tt]hanh niên xung phong|Văn học"
        r"(?:,| và) [Nn]ghệ thuật|Nạn nhân chất độc da cam(?:/dioxin)?|Doanh nhân trẻ|Doanh nghiệp nhỏ và vừa)"
        # (and the bar: "Đoàn Luật sư tỉnh")
        r"|Liên hiệp các [Hh]ội [Kk]hoa học và [Kk]ỹ thuật|Liên minh [Hh]ợp tác xã|Đoàn [Ll]uật sư) " + TINH,
        "other",
        "province",
        lambda m: " ".join(m.group(0).split()).replace("Hội NCT", "Hội Người cao tuổi"),
    ),
    # the cooperative alliance named without its province in the province's texts ("phối hợp với Liên minh Hợp tác
    # xã đôn đốc …"); the national one is "… Việt Nam"
    _r(
        r"Liên minh (?:[Hh]ợp tác xã|HTX)(?: Việt Nam)?(?! (?:tỉnh|thành phố)\b)",
        "other",
        "province",
        lambda m: m.group(0).replace("HTX", "Hợp tác xã").replace("hợp tác xã", "Hợp tác xã"),
    ),
    _r(
        r"Ngân hàng Nhà nước(?: Việt Nam)? [Cc]hi nhánh " + TINH,
        "vertical-agency",
        "province",
        lambda m: f"Ngân hàng Nhà nước chi nhánh {province_word(m)}",
    ),
    # the management boards of economic and industrial zones: agencies of the People's Committee like a Sở
    _r(
        r"Ban [Qq]uản lý (?:các )?(?:[Kk]hu [Kk]inh tế(?: (?:và|,) (?:các )?[Kk]hu [Cc]ông nghiệp)?"
        # a zone named: "Khu kinh tế mở Chu Lai", "Khu kinh tế Dung Quất", "Khu kinh tế cửa khẩu Lao Bảo"
        r"(?:(?: mở| cửa khẩu| ven biển)? " + CAP + r"\w*(?: " + CAP + r"\w*){0,3})?"
        r"|[Kk]hu [Cc]ông nghiệp|[Kk]hu [Cc]ông nghệ cao(?: và (?:các )?[Kk]hu [Cc]ông nghiệp)?)"
        r"(?: (?:tỉnh|thành phố)\b)?",
        "department",
        "province",
        lambda m: "Ban Quản lý " + _zone_name(_own_zone(m.group(0)[len("Ban Quản lý ") :])),
    ),
    # the boards that run the province's (or a district's) investment projects: "Ban Quản lý dự án đầu tư xây dựng
    # tỉnh", "Ban Quản lý các dự án đầu tư xây dựng công trình giao thông tỉnh"
    # ("BQL DA các công trình giao thông, chủ đầu tư …": abbreviated, and named up to a comma without its place)
    _r(
        r"(?:Ban [Qq]uản lý|BQL|Ban QL) ?(?:(?:các )?[Dd]ự án|DA)(?:(?: [^\W\d_]+){0,10}? (?:tỉnh|thành phố|huyện|"
        r"thị xã|khu vực(?: \d{1,2}(?!\d|[.,/]\d))?)(?![^\W\d_])(?:" + PLACE + r")?|(?: [^\W\d_]+){1,10}(?=\s*[,;(])"
        # (or by a place up to what it does: "phối hợp với Ban quản lý Dự án Tây Hải Phòng thực hiện …")
        r"|(?: " + CAP + W + r"*){1,4}(?= " + _UNIT_ACTS + r"))",
        "department",
        "province",
        lambda m: _project_board_name(m.group(0)),
    ),
    # a central agency's district branch, named or not: "Bảo hiểm xã hội huyện Hương Sơn", "BHXH huyện", "Kho bạc Nhà
    # nước thị xã Kỳ Anh" (the province's branch is read above)
    _r(
        r"(Bảo hiểm [Xx]ã hội|BHXH|Kho bạc [Nn]hà nước|KBNN) (huyện|thị xã|quận)(?: (" + PLACE_NAME + r"))?"
        r"(?![^\W\d_])",
        "vertical-agency",
        "district",
        lambda m: (
            f"{_branch_name(m.group(1))} {m.group(2)}" + (f" {' '.join(m.group(3).split())}" if m.group(3) else "")
        ),
    ),
]
