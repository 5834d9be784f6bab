"""The unit vocabulary of figures: the counted nouns that name a unit concept (``UNIT_NOUNS``, a noun to its
pcv:unit/* slug) and the open part kept as written (``OPEN_UNITS``: money, goods, what plans build or hand out,
with a magnitude word and a rate, "tỷ đồng", "triệu đồng/người/năm"). figures.py reads a figure's unit with them;
the graph links a unit written out to its concept by the vocabulary's labels (vocab.unit_concept)."""

from __future__ import annotations

import re

__all__ = ["MAGNITUDES", "OPEN_UNITS", "OPEN_UNIT_RE", "PER", "UNIT_NOUNS", "UNIT_NOUN_RE", "unit_slug"]

# noun after a count -> unit slug (pcv:unit/*); longest first
UNIT_NOUNS: list[tuple[str, str]] = [
    (
        r"tổ chức cơ sở đảng|tổ chức đảng|TCCSĐ|chi bộ cơ sở|chi bộ|đảng bộ cơ sở|đảng bộ|Đảng bộ|chi, đảng bộ",
        "party-organisation",
    ),
    (r"đảng viên|Đảng viên|ĐV", "party-member"),  # (with a capital of respect: "500 Đảng viên mới")
    (r"lớp", "class"),
    (r"đại hội", "congress"),
    (r"tháng", "time"),
    (r"khóa|khoá", "course"),
    (r"cuộc", "inspection"),
    (r"lượt", "time"),
    (r"người|đại biểu|cán bộ|học viên|công chức|viên chức|Tỉnh ủy viên|Ủy viên|ủy viên", "person"),
    (r"xã|phường|thị trấn|thôn|tổ dân phố|địa phương|huyện|bản", "locality"),
    (r"cơ sở|tổ chức|cơ quan|đơn vị|doanh nghiệp|hội", "organisation"),
    (r"đợt", "course"),
]
# the open part of the unit vocabulary: a magnitude word and a noun, kept as written ("240.000 tỷ đồng",
# "15 triệu khách du lịch" -> "triệu khách", "40.000 lượt khách quốc tế" as written, "30 ngàn lao động",
# "75.000 tỉ đồng"); the graph links each to its pcv:unit/* concept (vocab.unit_concept), spelling variants of a
# magnitude (ngàn, tỉ) included
MAGNITUDES = ("nghìn", "ngàn", "vạn", "triệu", "tỷ", "tỉ")  # ("42 vạn tấn": tens of thousands)
OPEN_UNITS = (
    "tỷ đồng",
    "tỉ đồng",
    "đồng",
    "USD",
    "khách",
    "lượt khách",
    "lượt",
    "ngày/khách",
    "lao động",
    "người lao động",  # "240 người lao động": the workers, as written (a person count is "240 người")
    # poor households counted as the indicator writes them ("giảm 3.000 hộ nghèo"); poor and near-poor together
    # are households ("8.493 hộ nghèo và cận nghèo": OPEN_UNIT_RE)
    "hộ nghèo",
    "hộ cận nghèo",
    "hộ",
    "tấn",
    "ha",
    "hecta",  # spelt out ("gần 323.000 hecta"), as written; the graph's concept is pcv:unit/hectare
    "héc-ta",
    "km",
    "lần",
    "sản phẩm",
    "lượt người",
    "lượt lao động",
    "giường bệnh",
    "giường",  # "35 giường/1 vạn dân"
    "m2",  # "diện tích nhà ở bình quân đầu người đạt 33,5m2/người"
    "m²",
    "bác sĩ",
    "tiêu chí",
    "dự án",
    "công trình",
    "hợp tác xã",
    # the cooperative economy's units, as written: "584 tổ hợp tác", "40 HTX", "6 Liên hiệp Hợp tác xã"
    "HTX",
    "tổ hợp tác",
    "liên hiệp HTX",
    "Liên hiệp Hợp tác xã",
    "liên hiệp hợp tác xã",
    "công dân",
    "thanh niên",
    "học sinh",
    "hội viên",
    "đoàn viên",
    "đồng chí",  # "kết nạp … đảng viên là học sinh từ 06 đồng chí": party members counted as comrades, as written
    # what a mass organisation's year counts, as written: "vận động ít nhất 15 hộ gia đình", "1.800 lượt ĐVTN", "hiện
    # thực hóa 2 ý tưởng", "tặng quà 180 thiếu nhi", "tập huấn cho 500 phụ nữ", "xóa 1 nhà tạm"
    "hộ gia đình",
    "lượt ĐVTN",
    "ĐVTN",
    "lượt đoàn viên",
    "ý tưởng",
    "thiếu nhi",
    "phụ nữ",
    "nhà tạm",
    "tuổi",  # "tuổi thọ trung bình đạt 75 tuổi" (an age limit, "dưới 40 tuổi", is no figure: _not_a_figure)
    "quần chúng",  # "kết nạp ít nhất 12 quần chúng vào Đảng": people admitted, as written
    "đô la Mỹ",
    "khu công nghiệp",
    "cụm công nghiệp",
    "làng nghề",
    "sáng kiến",
    "mô hình",  # "nhân rộng 33 mô hình giảm nghèo": as written (the graph's concept is pcv:unit/unit)
    "bậc",
    # counted bodies kept as written: a district is not a commune, an enterprise not an agency (the graph links
    # each to its concept by the vocabulary's labels)
    "đơn vị cấp huyện",
    "huyện",
    "thôn",  # "có thêm 100 thôn đạt chuẩn": villages, not communes
    "tổ dân phố",
    "doanh nghiệp",
    # what plans build, repair, rank, hand out or stage, counted as written ("xây mới 120 nhà văn hóa", "sửa chữa 6
    # trụ sở", "thêm 2 di tích được xếp hạng", "trao 500 suất quà", "20 tác phẩm", "bắn 3 giàn pháo hoa")
    "nhà văn hóa",
    "nhà ở",
    "căn",  # "8.340 căn nhà ở xã hội": counted by the classifier, as annotators write it
    "ngôi nhà",
    "căn hộ",
    "nhà",
    "điểm trường",
    "phòng học",
    "trường hợp",  # cases ("tinh giản 605 trường hợp"), not schools
    "trường",
    "trạm y tế",
    "trụ sở",
    "di tích",
    "tác phẩm",
    "suất quà",
    "phần quà",
    "suất",
    "địa điểm",
    "tuyến đường",
    "cây cầu",
    "cầu",
    "chợ",
    "cây xanh",
    "cây",
    "giàn pháo hoa",
    "thiết chế",
    "sân chơi",
    "bệnh viện",
    # organisations of the economy a plan builds ("củng cố 65 - 70 tổ chức kinh tế"), not agencies ("cơ sở")
    "tổ chức kinh tế",
    # what a year's cultural and farming plans count ("250 buổi biểu diễn", "cấp 3.000 thẻ bạn đọc", "6-12 hồ sơ di
    # tích", "02 vùng an toàn dịch bệnh", "đàn gia súc 2 triệu con"); a school counted is "trường" ("161 trường học")
    "buổi",
    "thẻ",
    "hồ sơ",
    "vùng",
    "con",  # (not "tăng trưởng 2 con số", two-digit growth: OPEN_UNIT_RE)
    # meetings held ("tổ chức ít nhất 3 hội nghị đối thoại", "2 hội nghị/tháng"), not associations ("hội")
    "hội nghị",
    # clubs, residential areas and villages, rooms, cages, staff posts, sports, farmers and recruits, counted by plans
    # ("1.510 câu lạc bộ", "30 CLB", "1.700 khu dân cư đạt nông thôn mới", "10.000 buồng", "2.208 biên chế")
    "câu lạc bộ",
    "CLB",
    "khu dân cư",
    "làng",
    "buồng",
    "phòng nghỉ",
    "lồng",
    "biên chế",
    "môn thi đấu",
    "nông dân",
    "tân binh",
    # inspections counted with what they are, as written ("tiến hành 06 cuộc thanh tra", "2 cuộc giám sát"); the
    # graph's concept is pcv:unit/inspection, as for a bare "cuộc"
    "cuộc thanh tra",
    "cuộc kiểm tra",
    "cuộc giám sát",
)
# "triệu đồng/năm", "triệu đồng/người", "tấn/năm", "triệu đồng/người/năm"; per so many people, as written:
# "bác sĩ/1 vạn dân", "giường bệnh/vạn dân", "bác sĩ/10.000 dân"
# (per hectare, household or member, as a yield or a fee is: "124,5 triệu đồng/ha", "170 triệu đồng/ha/năm",
# "200.000 đồng/hội viên"; "39,3 giường/01 vạn dân")
PER = (
    "năm",
    "người",
    "tháng",
    "xã",
    "ha",
    "hộ",
    "hội viên",
    r"(?:0?1\s*)?vạn dân",
    r"1[0.]*000 dân",
)  # ("14 tiêu chí/xã")
OPEN_UNIT_RE = re.compile(
    r"\s*(?P<mag>(?:"
    + "|".join(MAGNITUDES)
    + r")\s+)?(?P<noun>"
    + "|".join(re.escape(u) for u in sorted(OPEN_UNITS, key=len, reverse=True))
    # a magnitude of people, as written ("dân số đạt khoảng 960 nghìn người"); "120 người" is a person count below
    # (and of party members or of any of the counted nouns: "kết nạp hơn 12 nghìn đảng viên", "2 nghìn cán bộ")
    + r"|(?:(?<=nghìn )|(?<=triệu )|(?<=ngàn ))(?:người|đảng viên|cán bộ|học viên|hội viên|đoàn viên)"
    + r")(?<!đồng(?= chí))(?<!con(?= số))(?<!lần(?= lượt))(?<!nghèo(?=,? (?:và )?(?:hộ )?cận nghèo))"
    + r"(?P<tail> du lịch|(?<=khách)(?P<origin> quốc tế| nội địa)| quốc tế)?(?P<per>(?:\s?/\s?(?:"
    + "|".join(PER)
    + r")){1,2})?(?![^\W\d_])"
)


# each unit noun's pattern compiled once: asked for every figure with a noun
_UNIT_NOUN_RES = [(re.compile(p), slug) for p, slug in UNIT_NOUNS]


def unit_slug(noun: str) -> str:
    """The unit of the first unit noun pattern the noun read is."""
    return next(slug for p, slug in _UNIT_NOUN_RES if p.fullmatch(noun))


UNIT_NOUN_RE = re.compile(
    r"\s*(?:(?:đảng viên|người) )?(?P<noun>" + "|".join(p for p, _ in UNIT_NOUNS) + r")(?![^\W\d_])"
)
