"""The named bodies' recognisers, in priority order: each a regular expression, a body type (slug of
ontology/vocab-body-types.ttl), a level and a function from the match to the canonical name
(abbreviations expanded, province left out: the province is a separate field).

Order matters: longer, more specific names first; where two matches overlap, the later one is dropped
(:func:`phancong.extract.bodies.find_bodies`). To recognise a new body, add its ``_r(...)`` line here.
"""

from __future__ import annotations

import re

from .body_names import (
    BRACKETED_ABBREVIATION,
    CAP,
    CONGRESS_N,
    PLACE,
    PLACE_NAME,
    ROMAN,
    TINH,
    TU,
    W,
    any_case,
    committee_name,
    congress_name,
    department_alternation,
    department_name,
    local_level,
    province_word,
    with_committee,
)
from .places import province_alternation, province_kind
from .recogniser import Recogniser, recogniser as _r
from .recognisers_blocs import BLOCS
from .recognisers_central import STATE_CENTRAL
from .recognisers_departments import DEPARTMENTS, DEPARTMENTS_ABBREVIATED
from .recognisers_forces import COMMANDS, FORCES
from .recognisers_groups import GROUPS
from .recognisers_judiciary import JUDICIARY
from .recognisers_local import LOCAL_ORGANS
from .recognisers_mass import MASS_ORGANISATIONS
from .recognisers_state import STATE_PROVINCIAL

__all__ = ["COMMISSIONS", "Recogniser", "RECOGNISERS"]


# the Party committee's advisory commissions, by name and body type
COMMISSIONS = (
    ("Tổ chức", "organisation-commission"),
    ("Tuyên giáo và Dân vận", "propaganda-commission"),
    ("Tuyên giáo", "propaganda-commission"),
    ("Dân vận", "mass-mobilisation-commission"),
    ("Nội chính", "internal-affairs-commission"),
    ("Kinh tế", "economic-commission"),
    ("Chính sách, chiến lược", "economic-commission"),  # the economic commission's successor in some provinces (2025)
)

# Order matters: longer, more specific names first; overlapping later matches are dropped.


_ELECTED = r"\s+(?:(?:mới\s+)?(?:gồm|có)\s+)?\d{1,3}\s+(?:người|đồng chí|thành viên|ủy viên)\b|\s+khóa\s+[IVXL]+\b"

# the committee of a city that is no province, by the city's name: "Thành ủy Việt Trì", "Ban Thường vụ Thành ủy Phủ
# Lý" (a district-level city; "Thành ủy Hải Phòng", "Thành ủy TP.HCM" are provinces' committees)
_CITY_NOT_A_PROVINCE = r"[^\S\n]+(?!(?:" + province_alternation() + r"|TP|Thành phố|Khóa|Khoá)(?![^\W\d_]))" + CAP

RECOGNISERS: list[Recogniser] = [
    # central
    _r(
        r"Ban Chấp hành Trung ương(?: Đảng)?|BCH Trung ương|Trung ương Đảng(?= khóa)",
        "central-committee",
        "central",
        "Ban Chấp hành Trung ương Đảng",
        True,
    ),
    _r(r"Bộ Chính trị", "politburo", "central", "Bộ Chính trị", True),
    # (named as written: "Ban Bí thư Trung ương Đảng" in full is the same body, body_names.CANONICAL)
    _r(
        r"Ban Bí thư(?: Trung ương(?: Đảng)?)?",
        "secretariat",
        "central",
        lambda m: "Ban Bí thư Trung ương Đảng" if m.group().endswith("Đảng") else "Ban Bí thư",
        True,
    ),
    _r(
        r"Ban (Tổ chức|Tuyên giáo và Dân vận|Tuyên giáo|Dân vận|Nội chính|Kinh tế|Đối ngoại|Chính sách,? chiến lược)"
        r" Trung ương",
        "central-agency",
        "central",
        lambda m: f"Ban {m.group(1)} Trung ương",
        True,
    ),
    _r(r"Ủy ban Kiểm tra Trung ương", "central-agency", "central", "Ủy ban Kiểm tra Trung ương", True),
    _r(r"Văn phòng Trung ương(?: Đảng)?", "central-agency", "central", "Văn phòng Trung ương Đảng", True),
    _r(r"Quân ủy Trung ương", "central-agency", "central", "Quân ủy Trung ương", True),
    *STATE_CENTRAL,
    *COMMANDS,
    # provincial party committee and its organs
    _r(r"(?:Ban [Tt]hường vụ|BTV) " + TU, "standing-committee", "province", with_committee("Ban Thường vụ")),
    # ("TT Tỉnh ủy", "VP Tỉnh ủy": abbreviated, as a text's list of recipients writes them)
    _r(r"(?:Thường trực|TT) " + TU, "standing-board", "province", with_committee("Thường trực")),
    # the same organs of a district committee ("Ban Thường vụ Huyện ủy", "Văn phòng Thị ủy Hương Trà")
    *[
        _r(
            r"(?:"
            + organ
            + r") (?P<c>Huyện ủy|Thị ủy|Quận ủy|Thành ủy(?="
            + _CITY_NOT_A_PROVINCE
            + r"))(?P<place>"
            + PLACE
            + r")?(?![^\W\d_])",
            type_,
            "district",
            (
                lambda name: (
                    lambda m: (
                        f"{name} {m.group('c')}{' ' + ' '.join(m.group('place').split()) if m.group('place') else ''}"
                    )
                )
            )(canonical),
        )
        for organ, canonical, type_ in (
            (r"(?:Ban [Tt]hường vụ|BTV)", "Ban Thường vụ", "standing-committee"),
            (r"Thường trực", "Thường trực", "standing-board"),
            (r"Ban [Tt]ổ chức", "Ban Tổ chức", "organisation-commission"),
            (r"Ban [Tt]uyên giáo(?: và [Dd]ân vận)?", "Ban Tuyên giáo", "propaganda-commission"),
            (r"Ban [Dd]ân vận", "Ban Dân vận", "mass-mobilisation-commission"),
            (r"(?:Ủy ban|UB) [Kk]iểm tra|UBKT", "Ủy ban Kiểm tra", "inspection-commission"),
            (r"Văn phòng", "Văn phòng", "party-office"),
        )
    ],
    *[
        _r(r"Ban " + any_case(name) + " " + TU, type_, "province", with_committee("Ban " + name))
        for name, type_ in COMMISSIONS
    ],
    # (the merged commission with its two words the other way round: "Ban Dân vận và Tuyên giáo Tỉnh ủy")
    _r(
        r"Ban " + any_case("Dân vận và Tuyên giáo") + " " + TU,
        "propaganda-commission",
        "province",
        with_committee("Ban Tuyên giáo và Dân vận"),
    ),
    _r(
        # (its abbreviation in brackets between: "Ủy ban Kiểm tra (UBKT) Tỉnh ủy")
        r"(?:Ủy ban|UB) [Kk]iểm tra" + BRACKETED_ABBREVIATION + " " + TU + r"|UBKT " + TU,
        "inspection-commission",
        "province",
        with_committee("Ủy ban Kiểm tra"),
    ),
    _r(r"(?:Văn phòng|VP) " + TU, "party-office", "province", with_committee("Văn phòng")),
    _r(
        r"(?:Ban Chấp hành|BCH) Đảng bộ " + TINH + r"(?! lần)",
        "provincial-party-committee",
        "province",
        lambda m: "Ban Chấp hành Đảng bộ " + province_word(m),
    ),  # the Tỉnh ủy itself: see CANONICAL
    _r(r"Ban Chấp hành " + TU, "provincial-party-committee", "province", committee_name),
    *BLOCS,
    _r(
        # (the ward abbreviated, as news writes it: "Đảng bộ P.Cao Lãnh")
        r"Đảng bộ (?:(?:xã|phường|thị trấn|đặc khu)(?: " + CAP + W + r"*){1,3}|P\.\s?" + PLACE_NAME + r")",
        "party-organisation",
        "commune",
        lambda m: " ".join(re.sub(r"^Đảng bộ P\.\s?", "Đảng bộ phường ", m.group(0)).split()),
    ),
    # people's councils and committees, their party organs
    _r(
        r"Đảng đoàn (?:Hội đồng nhân dân|HĐND) " + TINH,
        "peoples-council-party-delegation",
        "province",
        lambda m: "Đảng đoàn Hội đồng nhân dân " + province_word(m),
    ),
    _r(
        r"(?:Ban [Cc]án sự [Đđ]ảng|BCS [Đđ]ảng|BCSĐ) (?:Ủy ban nhân dân|UBND) " + TINH,
        "peoples-committee-party-board",
        "province",
        lambda m: "Ban Cán sự đảng Ủy ban nhân dân " + province_word(m),
    ),
    _r(
        r"(?:Lãnh đạo )?(?:Ủy ban nhân dân|UBND) " + TINH,
        "peoples-committee",
        "province",
        lambda m: "Ủy ban nhân dân " + province_word(m),
    ),
    # a bare abbreviation is the province's organ ("tham mưu giúp Tỉnh ủy, HĐND, UBND tỉnh")
    _r(
        r"(?:UBND|HĐND|MTTQ)(?![\w-])(?!\s+(?:các|tỉnh|huyện|xã|[Tt]hành phố|TP|thị xã|phường|quận|thị trấn|đặc khu|"
        r"Việt Nam|cấp|\w+\s+(?:huyện|xã)))",
        "peoples-committee",
        "province",
        lambda m: {"UBND": "Ủy ban nhân dân tỉnh", "HĐND": "Hội đồng nhân dân tỉnh"}.get(
            m.group(0), "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"
        ),
    ),
    _r(
        # (its abbreviation in brackets between: "Hội đồng nhân dân (HĐND) tỉnh Hậu Giang")
        r"(?:Lãnh đạo )?(?:Hội đồng nhân dân|HĐND)(?: \(HĐND\))? " + TINH,
        "peoples-council",
        "province",
        lambda m: "Hội đồng nhân dân " + province_word(m),
    ),
    *LOCAL_ORGANS,
    *GROUPS,
    # the province's four pillars named short in a row, the province's word once at the end: "Tỉnh ủy, HĐND, UBND,
    # Ủy ban MTTQ Việt Nam tỉnh …" (the council and the committee are the province's)
    _r(r"HĐND(?<=Tỉnh ủy, HĐND)(?=, UBND\b)", "peoples-council", "province", "Hội đồng nhân dân tỉnh"),
    _r(
        r"UBND(?<=Tỉnh ủy, HĐND, UBND)(?=(?:,| và) (?:Ủy ban )?(?:MTTQ|Mặt trận))",
        "peoples-committee",
        "province",
        "Ủy ban nhân dân tỉnh",
    ),
    _r(
        r"(?:Ủy ban|UB) [Nn]hân dân(?: \(UBND\))? " + TINH,
        "peoples-committee",
        "province",
        lambda m: "Ủy ban nhân dân " + ("tỉnh" if m.group(0).endswith("tỉnh") else "thành phố"),
    ),
    # (its name before 2025 spelled out: "Thanh tra Nhà nước tỉnh")
    _r(r"Thanh tra (?:[Nn]hà nước )?(?:tỉnh|thành phố)", "department", "province", lambda m: m.group(0)),
    *STATE_PROVINCIAL,
    *JUDICIARY,
    _r(
        r"Phòng (?:Văn hóa(?: -|,)? Thông tin|Văn hóa và Thông tin|Nội vụ|Tư pháp"
        r"|Giáo dục và Đào tạo|Tài chính - Kế hoạch|"
        r"Y tế|Kinh tế(?: - Hạ tầng)?|Tài nguyên và Môi trường|Lao động - Thương binh và Xã hội|"
        # (a commune's since 2025: "Phòng Kinh tế xã", "Phòng Văn hóa - Xã hội phường")
        r"Nông nghiệp và Phát triển nông thôn|Quản lý đô thị|Dân tộc|Văn hóa\s*[-–]\s*Xã hội"
        r"|Kinh tế,? Hạ tầng và Đô thị)(?: (?:huyện|thị xã|thành phố|xã|phường|đặc khu)(?:" + PLACE + r")?)?",
        "department",
        "district",
        lambda m: " ".join(m.group(0).split()),  # "Phòng Nội vụ huyện Tiên Yên": the district named
    ),
    _r(
        r"Trung tâm (?:"
        + CAP
        + W
        # (a comma inside the name, not one before the next body: "tại Trung tâm Y tế khu vực A, Sở Y tế tổ chức …")
        + r"*)(?:(?: -|,(?! (?:Sở|Ban|Ủy ban|UBND|HĐND|Hội|Công an|Phòng|Trung tâm|Đảng|Bộ|Cục|Chi cục|Viện|Trường|"
        r"Bệnh viện|Văn phòng|Tỉnh ủy|Thành ủy|Huyện ủy)\b))? (?:"
        + CAP
        + W
        + r"*|và|\w+)){0,8}? (?:(?:huyện|thị xã|thành phố)(?:"
        + PLACE
        + r")?|tỉnh)(?!\w)",
        "other",
        "district",
        lambda m: " ".join(m.group(0).split()),  # "Trung tâm Y tế huyện Tiên Yên": the district named
    ),
    # the province's broadcaster ("Đài Phát thanh và Truyền hình Khánh Hòa", "Đài PT-TH tỉnh")
    _r(
        # ("Đài Phát thanh Truyền hình Khánh Hòa": the same station written without "và"; "Đài Phát thanh - Truyền
        # hình Sơn La" with a dash, kept)
        r"Đài (?:Phát thanh(?: và| -)? Truyền hình|PT-TH|PT&TH)(?: (?:tỉnh|thành phố)(?!\w)| " + PLACE_NAME + r")?",
        "media",
        "province",
        # "Đài PT-TH tỉnh Khánh Hòa" is "Đài Phát thanh và Truyền hình tỉnh" (the province is its own field);
        # "Đài Phát thanh và Truyền hình Khánh Hòa" keeps the place, as its name
        lambda m: re.sub(
            r"Đài (?:PT-TH|PT&TH|Phát thanh Truyền hình)", "Đài Phát thanh và Truyền hình", " ".join(m.group(0).split())
        ),
    ),
    # councils and committees of the state and the Party by their topic ("Hội đồng Thi đua - Khen thưởng tỉnh",
    # "Ban vì sự tiến bộ phụ nữ tỉnh")
    _r(
        r"(?:Hội đồng (?!nhân dân|[Nn]hân dân)(?:" + CAP + r"\w*)(?: [^\W\d_]+| -|,){0,10}?"
        r"|Ban vì sự tiến bộ (?:của )?phụ nữ) (?:tỉnh|thành phố|huyện|TP\.?\s?HCM)(?!\w)",
        "other",
        "province",
        lambda m: " ".join(m.group(0).split()),
    ),
    _r(r"Ủy ban bầu cử (?:tỉnh|thành phố|huyện|xã)", "other", "province", lambda m: m.group(0)),
    # enterprises named as partners ("phối hợp với … và Công ty Cổ phần Hoa Mai")
    _r(
        r"(?:Công ty|Tổng công ty|Tập đoàn)(?: (?:Cổ phần|cổ phần|TNHH|Trách nhiệm hữu hạn|MTV|Một thành viên))*"
        # the public utilities a province runs, named by their trade in lower case ("Công ty Khai thác công trình
        # thủy lợi", "Công ty Cấp thoát nước Bến Tre", "Công ty TNHH MTV Môi trường đô thị Hà Nội")
        r"(?: (?:(?:Quản lý và )?[Kk]hai thác công trình thủy lợi|Cấp thoát nước|Cấp nước|Môi trường đô thị"
        r"|Lâm nghiệp|Xổ số kiến thiết|Công trình đô thị)(?![^\W\d_])(?: " + CAP + r"[^\W\d_]*){0,3}"
        r"(?: tỉnh(?! \w))?|"
        # capitalised words, and lower-case ones between two of them ("Hoa Anh đào Trần Lệ")
        # ("Công ty Điện lực Hòa Bình", "Công ty Điện lực tỉnh": a word in lower case inside the name, or "tỉnh")
        r"(?: " + CAP + r"[^\W\d_]*(?:(?: [a-zđ][^\W\d_]*)+(?= " + CAP + r"))?| \d+){1,8}(?: lực)?(?: tỉnh(?! \w))?"
        r"(?:(?<=lực) " + CAP + r"[^\W\d_]*(?: " + CAP + r"[^\W\d_]*){0,2})?)",
        "other",
        "province",
        lambda m: " ".join(m.group(0).split()),
    ),
    _r(
        r"Đài Phát thanh(?: -| và) Truyền hình (?:tỉnh|thành phố)|Báo "
        + PLACE_NAME
        + r"(?= (?:chủ trì|phối hợp|thực hiện|xây dựng|tăng cường|đăng|đưa tin|mở|tuyên truyền|phản ánh"
        # ("… phối hợp với Báo Sơn La tiếp tục tuyên truyền", "Báo Hà Nam và Đài …")
        r"|theo chức năng|tiếp tục|cùng|và|đã|sẽ|có trách nhiệm|chịu trách nhiệm|thường xuyên|kịp thời)\b|,)",
        "media",
        "province",
        lambda m: m.group(0),
    ),
    # schools
    _r(
        r"Trường (?:Chính trị|Đào tạo cán bộ) (?:tỉnh"
        + PLACE
        + r"|tỉnh(?![^\W\d_])|(?:"
        + CAP
        + W
        + r"*)(?: "
        + CAP
        + W
        + r"*){1,3})",
        "political-school",
        "province",
        # a school is named with its place as written ("Trường Chính trị tỉnh Bắc Giang", "Trường Chính trị Phạm Hùng")
        lambda m: " ".join(m.group(0).split()) if not m.group(0).endswith("tỉnh") else "Trường Chính trị tỉnh",
    ),
    _r(r"Trường Chính trị(?= )", "political-school", "province", "Trường Chính trị tỉnh"),
    # state agencies
    *DEPARTMENTS,
    _r(r"(?<!Ủy )Ban Dân tộc(?: tỉnh)?(?! Trung ương)", "ethnic-affairs-committee", "province", lambda m: m.group(0)),
    # (the centre's, acting by its name: "Ủy ban Dân tộc phối hợp …"; not a province's or a merged ministry's name)
    _r(r"Ủy ban Dân tộc(?! (?:tỉnh|thành phố|và|[A-ZĐ])\b)", "central-agency", "central", "Ủy ban Dân tộc", True),
    *FORCES,
    _r(
        r"Bộ ((?i:" + department_alternation(("Quốc phòng", "Ngoại giao")) + r"))(?!\w)",
        "central-agency",
        "central",
        lambda m: "Bộ " + department_name(m.group(1)),
        True,
    ),
    *DEPARTMENTS_ABBREVIATED,
    # a department named again by its kind alone, as the subject of what it does ("Theo Sở Kế hoạch và Đầu tư, …
    # Sở tập trung huy động …; Sở theo dõi …"): the department named last before it (mentions_pass._resolve)
    _r(
        r"(?<![\w])Sở(?= (?:(?:đã|sẽ|cũng|đang|vừa|tiếp tục|đề nghị|chủ động) )*(?:[a-zđ]))",
        "department",
        "province",
        "Sở",
    ),
    # a school, ministry, working group or centre named again by its head word alone, as the subject of what it does
    # ("Trường Chính trị tỉnh … Trường phối hợp mở 2 lớp …", "Bộ Y tế … Bộ sẽ xem xét …", "Tổ soạn thảo … Tổ sẽ rà
    # soát …", "Ban Chỉ đạo … Ban Chỉ đạo cùng các cấp ủy tập trung …"): the body of that head named last before it
    # (mentions_pass._resolve), else none; so too a Party committee, an association or a union named again ("Đảng ủy
    # xã … Đảng ủy tập trung lãnh đạo …", "Hội Nông dân xã … Hội đã hỗ trợ …", "Đoàn Thanh niên phường … Đoàn đã
    # giới thiệu …", "Chi bộ thôn 5 … Chi bộ vận động …", "Đảng bộ xã … Đảng bộ đã giới thiệu …"); any verb after
    # "đã", "sẽ", "đang" …
    _r(
        r"(?<![\w])(Trường|Bộ|Tổ|Trung tâm|Ban [Cc]hỉ đạo|Đảng ủy|Hội|Đoàn|Chi cục|Chi bộ|Đảng bộ)"
        r"(?= (?:(?:đã|sẽ|cũng|đang|vừa|tiếp tục|chủ động|cần|phải) )*"
        r"(?:phối hợp|chủ trì|tổ chức|triển khai|thực hiện|xây dựng|rà soát|xem xét|hướng dẫn|tham mưu|đề xuất|"
        r"nghiên cứu|tiếp nhận|lấy ý kiến|mở|tuyển|kiểm tra|báo cáo|hoàn thiện|tổng hợp|tập trung|đẩy mạnh|"
        r"đánh giá|cùng|phấn đấu|có nhiệm vụ|có trách nhiệm|giới thiệu|vận động|phát động|"
        r"kết nạp)\b| (?:(?:đã|sẽ|cũng|đang|vừa|tiếp tục) )+[a-zđ])",
        "bare-head",
        "province",
        lambda m: "Ban Chỉ đạo" if m.group(1) == "Ban chỉ đạo" else m.group(1),
    ),
    *MASS_ORGANISATIONS,
    # bare names, resolved by the extractor from their neighbours or the article's subject
    # (and those a congress elects, told by their size: "Đại hội đã bầu Ban Chấp hành 55 người, Ban Thường vụ 15
    # người", "Ban Chấp hành gồm 27 đồng chí")
    _r(r"Ban Thường vụ(?=,|" + _ELECTED + ")", "standing-committee", "province", "Ban Thường vụ"),
    _r(r"Ban [Cc]hấp hành(?=" + _ELECTED + ")", "provincial-party-committee", "province", "Ban Chấp hành"),
    # a commission named without its committee ("chỉ đạo UBND huyện, Ban Tuyên giáo, Văn phòng Huyện ủy, …"): the
    # committee the text is about (mentions_pass resolves it, or drops it)
    *[
        _r(
            r"Ban " + name + r"(?=[,;.:]| và | (?:chủ trì|phối hợp|tham mưu|hướng dẫn)\b)",
            type_,
            "province",
            "Ban " + name,
        )
        for name, type_ in COMMISSIONS
    ],
    # a Party organisation named bare as the subject of its own plan ("Để hoàn thành mục tiêu trên, Đảng bộ đẩy mạnh
    # …"): the organisation the text is about (mentions_pass resolves it, or drops it)
    _r(
        r"(?<![\w])Đảng bộ(?= (?:đã |sẽ |cũng |tiếp tục |cần )*(?:đẩy mạnh|tập trung|xác định|phấn đấu|triển khai|"
        r"thực hiện|lãnh đạo|chỉ đạo|tổ chức|đặt mục tiêu|đề ra|quyết tâm)\b)",
        "party-organisation",
        "province",
        "Đảng bộ",
    ),
    # the Front named short among a committee's bodies ("UBND huyện, Ban Tuyên giáo, Mặt trận, các đoàn thể huyện")
    _r(r"(?<=[,;] )Mặt trận(?=[,;]| và )", "fatherland-front", "province", "Mặt trận"),
    _r(
        r"(?:Ủy ban|UB) [Kk]iểm tra Đảng ủy(?! Khối| [Cc]ác| CCQ)",
        "inspection-commission",
        "province",
        "Ủy ban Kiểm tra Đảng ủy",
    ),
    # congresses (Đại hội): kept as bodies by the extractor only where they issue or act
    _r(
        r"Đại hội (?:[Đđ]ại biểu )?(?:toàn quốc )?lần thứ "
        + CONGRESS_N
        + r"(?: của Đảng)?(?: Đảng bộ "
        + TINH
        + PLACE
        + r"?)?"
        r"|Đại hội (?:[Đđ]ại biểu )?(?:Đảng bộ [^.;:,()\n]{2,40}?(?:, tỉnh [^.;:,()\n]{2,25}?)?|toàn quốc) lần thứ "
        + CONGRESS_N
        + r"(?: của Đảng)?"
        r"|Đại hội " + ROMAN + r"(?= của Đảng)(?: của Đảng)?",
        "party-congress",
        "province",
        lambda m: congress_name(m.group(0)),
    ),
    # district-level committees and organisations, other named Party organisations
    _r(
        r"Đảng ủy (huyện|thị xã|thành phố|TP\.? ?) ?(" + PLACE_NAME + r")",
        "district-party-committee",
        "district",
        lambda m: {"huyện": "Huyện ủy", "thị xã": "Thị ủy"}.get(m.group(1), "Thành ủy") + " " + m.group(2),
    ),
    _r(
        r"Đảng bộ (huyện|thị xã|thành phố|TP\.? ?|TX\.? ?) ?(" + PLACE_NAME + r")",
        "party-organisation",
        "district",
        # "Đảng bộ TP Thái Nguyên" is "Đảng bộ thành phố Thái Nguyên"
        lambda m: f"Đảng bộ {local_level(m.group(1))} {' '.join(m.group(2).split())}",
    ),
    _r(
        r"(Huyện ủy|Thị ủy|Thành ủy(?=" + _CITY_NOT_A_PROVINCE + r")) (" + PLACE_NAME + r")",
        "district-party-committee",
        "district",
        lambda m: f"{m.group(1)} {m.group(2)}",
    ),
    # the same without the place, in a district's or commune's news ("Huyện ủy chỉ đạo …", "Đảng bộ xã đã …"): the
    # one the text names with its place, if it names one (mentions_pass._named_local)
    _r(
        r"(?:Huyện ủy|Thị ủy)(?![^\W\d_])(?! " + CAP + r")",
        "district-party-committee",
        "district",
        lambda m: m.group(0),
    ),
    _r(
        r"Đảng bộ (?:huyện|thị xã|xã|phường|thị trấn)(?![^\W\d_])(?! " + CAP + r")",
        "party-organisation",
        "district",
        lambda m: m.group(0),
    ),
    _r(
        r"Đảng bộ tỉnh(?= " + CAP + r")(?: " + CAP + W + r"*(?: " + CAP + W + r"*)?)?|Đảng bộ tỉnh(?! lần)",
        "party-organisation",
        "province",
        lambda m: " ".join(m.group(0).split()),
    ),
    # "Đảng bộ Quảng Trị", "Đảng bộ Đà Nẵng": a province's organisation, named with its kind as the table has it
    _r(
        r"Đảng bộ (" + province_alternation() + r")(?![^\W\d_])(?! (?:" + CAP + r"))",
        "party-organisation",
        "province",
        lambda m: f"Đảng bộ {province_kind(m.group(1))} {m.group(1)}",
    ),
    _r(
        r"Đảng bộ (?!Khối|Các|CCQ|Công an|Biên phòng|Quân sự)(" + CAP + W + r"*(?: " + CAP + W + r"*){1,3})",
        "party-organisation",
        "district",
        lambda m: f"Đảng bộ {m.group(1)}",
    ),
    # congress subcommittees and working groups
    _r(
        r"Tiểu ban (?i:tổ chức phục vụ(?: đại hội)?|phục vụ đại hội|văn kiện|nhân sự|tổ chức|tuyên truyền"
        r"|kinh tế - xã hội)(?![^\W\d_])",
        "subcommittee",
        "province",
        lambda m: m.group(0),
    ),
    _r(r"(?<![\w])[Tt]ổ giúp việc", "working-group", "province", "tổ giúp việc"),
    _r(
        r"(?<![\w])[Tt]ổ (biên tập(?: văn kiện)?|thư ký|công tác(?= (?:chủ trì|phối hợp|đã|sẽ|khẩn trương|tham mưu)))",
        "working-group",
        "province",
        lambda m: f"Tổ {m.group(1)}",
    ),
    # the provincial committee itself, last
    _r(TU + r"(?! viên)", "provincial-party-committee", "province", committee_name),
    _r(r"Ban Chấp hành Đảng bộ(?= (?:ban hành|đã|thông qua))", "provincial-party-committee", "province", "Tỉnh ủy"),
]
