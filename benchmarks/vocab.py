"""The vocabulary of the synthetic corpus (:mod:`benchmarks.synth`): provinces, the ~60 bodies of a
province with their canonical names and body-type slugs, document kinds and numbers, central documents,
topics, task phrases, and the indicators of ontology/vocab-indicators.ttl."""

from __future__ import annotations

import csv
import random
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import SKOS

from phancong.vocab import ONTOLOGY_DIR, indicator_patterns

from . import ROOT

__all__ = [
    "Province",
    "load_provinces",
    "BodySpec",
    "province_bodies",
    "CENTRAL_BODIES",
    "DOC_VI",
    "DOC_KINDS",
    "CENTRAL_DOCS",
    "TOPICS",
    "ORDINALS",
    "TASK_PHRASES",
    "TASK_OBJECTS",
    "TASK_TAILS",
    "task_words",
    "COUNT_INDICATORS",
    "STATISTIC_ONLY",
    "indicators",
    "vn_number",
]

SHARED_PROVINCES = Path("/work/shared/data/provinces-2025.csv")


# --------------------------------------------------------------------------- provinces
@dataclass(frozen=True)
class Province:
    name: str
    kind: str  # tỉnh | thành phố
    new_name: str
    new_kind: str
    change: str


def _provinces_csv() -> Path:
    """data/provinces-2025.csv: the repository's, else the shared copy."""
    here = ROOT / "data" / "provinces-2025.csv"
    for p in (here, SHARED_PROVINCES):
        if p.is_file():
            return p
    raise FileNotFoundError(f"provinces-2025.csv: neither {here} nor {SHARED_PROVINCES} exists")


@lru_cache(maxsize=1)
def _load_provinces(path: str) -> tuple[Province, ...]:
    with open(path, encoding="utf-8", newline="") as fh:
        rows = [
            Province(r["old_name"], r["old_kind"], r["new_name"], r["new_kind"], r["change"])
            for r in csv.DictReader(fh)
        ]
    if len(rows) != 63:
        raise ValueError(f"{path}: expected 63 provinces, found {len(rows)}")
    return tuple(rows)


def load_provinces(path: str | Path | None = None) -> list[Province]:
    """The 63 pre-2025 provinces, each with the unit it belongs to from 1 July 2025."""
    return list(_load_provinces(str(path or _provinces_csv())))


# --------------------------------------------------------------------------- bodies
@dataclass(frozen=True)
class BodySpec:
    name: str
    type: str
    level: str
    short: str | None = None  # a short form seen in texts ("BTV Tỉnh ủy")


DEPARTMENTS = [
    "Nội vụ",
    "Tài chính",
    "Kế hoạch và Đầu tư",
    "Giáo dục và Đào tạo",
    "Y tế",
    "Tư pháp",
    "Công Thương",
    "Xây dựng",
    "Giao thông vận tải",
    "Nông nghiệp và Phát triển nông thôn",
    "Tài nguyên và Môi trường",
    "Lao động - Thương binh và Xã hội",
    "Văn hóa, Thể thao và Du lịch",
    "Thông tin và Truyền thông",
    "Khoa học và Công nghệ",
    "Ngoại vụ",
    "Dân tộc và Tôn giáo",
]
_SYLLABLES = [
    "An",
    "Bình",
    "Châu",
    "Đông",
    "Gia",
    "Hòa",
    "Hưng",
    "Kim",
    "Lạc",
    "Long",
    "Minh",
    "Ninh",
    "Phú",
    "Quang",
    "Sơn",
    "Tân",
    "Thạch",
    "Thanh",
    "Thuận",
    "Tiên",
    "Trà",
    "Vĩnh",
    "Xuân",
    "Yên",
    "Lâm",
    "Hải",
    "Định",
    "Mỹ",
    "Phong",
    "Cẩm",
]

CENTRAL_BODIES = {
    "central-committee": BodySpec("Ban Chấp hành Trung ương Đảng", "central-committee", "central", "Trung ương"),
    "politburo": BodySpec("Bộ Chính trị", "politburo", "central"),
    "secretariat": BodySpec("Ban Bí thư Trung ương Đảng", "secretariat", "central", "Ban Bí thư"),
}


def _districts(province: str) -> list[str]:
    rng = random.Random(f"districts:{province}")
    names: list[str] = []
    while len(names) < 10:
        a, b = rng.sample(_SYLLABLES, 2)
        if f"{a} {b}" not in names:
            names.append(f"{a} {b}")
    return names


@lru_cache(maxsize=256)
def province_bodies(province: str, kind: str) -> tuple[BodySpec, ...]:
    """The ~60 bodies of one province: the party committee and its organs, the people's council and
    committee with their party organs, departments, front and mass organisations, district committees."""
    city = kind == "thành phố"
    tu = "Thành ủy" if city else "Tỉnh ủy"
    t = "thành phố" if city else "tỉnh"
    b = BodySpec
    out = [
        b(tu, "provincial-party-committee", "province", f"Ban Chấp hành Đảng bộ {t}"),
        b(f"Ban Thường vụ {tu}", "standing-committee", "province", f"BTV {tu}"),
        b(f"Thường trực {tu}", "standing-board", "province"),
        b(f"Ban Tổ chức {tu}", "organisation-commission", "province"),
        b(f"Ban Tuyên giáo {tu}", "propaganda-commission", "province"),
        b(f"Ban Dân vận {tu}", "mass-mobilisation-commission", "province"),
        b(f"Ban Nội chính {tu}", "internal-affairs-commission", "province"),
        b(f"Ban Kinh tế {tu}", "economic-commission", "province"),
        b(f"Ủy ban Kiểm tra {tu}", "inspection-commission", "province", f"UBKT {tu}"),
        b(f"Văn phòng {tu}", "party-office", "province"),
        b(f"Trường Chính trị {t}", "political-school", "province"),
        b(f"Đảng ủy Khối các cơ quan {t}", "bloc-party-committee", "province"),
        b(f"Đảng ủy Khối Doanh nghiệp {t}", "bloc-party-committee", "province"),
        b(f"Ủy ban Kiểm tra Đảng ủy Khối các cơ quan {t}", "inspection-commission", "province"),
        b(f"Đảng đoàn Hội đồng nhân dân {t}", "peoples-council-party-delegation", "province"),
        b(f"Hội đồng nhân dân {t}", "peoples-council", "province", f"HĐND {t}"),
        b(f"Ban Cán sự đảng Ủy ban nhân dân {t}", "peoples-committee-party-board", "province"),
        b(f"Ủy ban nhân dân {t}", "peoples-committee", "province", f"UBND {t}"),
        *[b(f"Sở {d}", "department", "province") for d in DEPARTMENTS],
        b(f"Ban Dân tộc {t}", "ethnic-affairs-committee", "province"),
        b(f"Công an {t}", "police", "province"),
        b(f"Bộ Chỉ huy Quân sự {t}", "military-command", "province"),
        b(f"Bộ Chỉ huy Bộ đội Biên phòng {t}", "border-guard", "province"),
        b(f"Ủy ban Mặt trận Tổ quốc Việt Nam {t}", "fatherland-front", "province", f"MTTQ {t}"),
        b(f"Liên đoàn Lao động {t}", "labour-federation", "province"),
        b(f"Hội Nông dân {t}", "farmers-union", "province"),
        b(f"Hội Liên hiệp Phụ nữ {t}", "womens-union", "province"),
        b(f"Hội Cựu chiến binh {t}", "veterans-association", "province"),
        b("Thành đoàn" if city else "Tỉnh đoàn", "youth-union", "province"),
        *[
            b(f"Đảng đoàn {o} {t}", "party-delegation", "province")
            for o in (
                "Mặt trận Tổ quốc",
                "Liên đoàn Lao động",
                "Hội Nông dân",
                "Hội Liên hiệp Phụ nữ",
                "Hội Cựu chiến binh",
            )
        ],
    ]
    districts = _districts(province)
    out += [b(f"Huyện ủy {d}", "district-party-committee", "district") for d in districts[:8]]
    out += [
        b(f"Trung tâm bồi dưỡng chính trị huyện {d}", "political-training-centre", "district") for d in districts[8:10]
    ]
    return tuple(out)


# --------------------------------------------------------------------------- documents
DOC_VI = {
    "Resolution": "Nghị quyết",
    "Scheme": "Đề án",
    "ActionProgramme": "Chương trình hành động",
    "Programme": "Chương trình",
    "Plan": "Kế hoạch",
    "Directive": "Chỉ thị",
    "Conclusion": "Kết luận",
    "Decision": "Quyết định",
    "Regulation": "Quy định",
}
# type -> (weight, number pattern, issued by the people's committee)
DOC_KINDS = {
    "Resolution": (3, "{n:02d}-NQ/TU", False),
    "Scheme": (3, "{n:02d}-ĐA/TU", False),
    "ActionProgramme": (2, "{n:02d}-CTr/TU", False),
    "Programme": (1, "{n:02d}-CTr/BCSĐUBND-BDVTU", True),
    "Plan": (4, "{n}/KH-UBND", True),
    "Directive": (2, "{n:02d}-CT/TU", False),
    "Conclusion": (1, "{n:02d}-KL/TU", False),
    "Decision": (2, "{n}/QĐ-UBND", True),
    "Regulation": (1, "{n:02d}-QĐ/TU", False),
}
# (type, number, issued, issuer key in CENTRAL_BODIES, term, title)
CENTRAL_DOCS = [
    (
        "Resolution",
        "22-NQ/TW",
        "2008-02-02",
        "central-committee",
        "khóa X",
        "về nâng cao năng lực lãnh đạo, sức chiến đấu của tổ chức cơ sở đảng và chất lượng đội ngũ cán bộ, đảng viên",
    ),
    (
        "Directive",
        "05-CT/TW",
        "2016-05-15",
        "politburo",
        "khóa XII",
        "về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
    ),
    (
        "Resolution",
        "18-NQ/TW",
        "2017-10-25",
        "central-committee",
        "khóa XII",
        "về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả",
    ),
    (
        "Resolution",
        "26-NQ/TW",
        "2018-05-19",
        "central-committee",
        "khóa XII",
        "về tập trung xây dựng đội ngũ cán bộ các cấp, nhất là cấp chiến lược",
    ),
    (
        "Directive",
        "35-CT/TW",
        "2019-05-30",
        "politburo",
        "khóa XII",
        "về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIII của Đảng",
    ),
    (
        "Regulation",
        "213-QĐ/TW",
        "2020-01-02",
        "politburo",
        "khóa XII",
        "về trách nhiệm của đảng viên đang công tác giữ mối liên hệ với tổ chức đảng và nhân dân nơi cư trú",
    ),
    (
        "Conclusion",
        "21-KL/TW",
        "2021-10-25",
        "central-committee",
        "khóa XIII",
        "về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị",
    ),
    (
        "Resolution",
        "21-NQ/TW",
        "2022-06-16",
        "central-committee",
        "khóa XIII",
        "về tăng cường củng cố, xây dựng tổ chức cơ sở đảng và nâng cao chất lượng đội ngũ đảng viên",
    ),
    (
        "Resolution",
        "57-NQ/TW",
        "2024-12-22",
        "politburo",
        "khóa XIII",
        "về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia",
    ),
    (
        "Resolution",
        "60-NQ/TW",
        "2025-04-12",
        "central-committee",
        "khóa XIII",
        "về sắp xếp tổ chức bộ máy, đơn vị hành chính",
    ),
    (
        "Directive",
        "45-CT/TW",
        "2025-04-14",
        "politburo",
        "khóa XIII",
        "về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng",
    ),
]
TOPICS = [
    "nâng cao năng lực lãnh đạo, sức chiến đấu của tổ chức cơ sở đảng",
    "nâng cao chất lượng đội ngũ cán bộ, đảng viên, công chức, viên chức",
    "củng cố hệ thống chính trị ở cơ sở",
    "xây dựng đội ngũ cán bộ các cấp đáp ứng yêu cầu nhiệm vụ trong tình hình mới",
    "đổi mới nội dung, phương thức hoạt động của Mặt trận Tổ quốc và các tổ chức chính trị - xã hội",
    "tăng cường công tác kiểm tra, giám sát và thi hành kỷ luật đảng",
    "phát triển tổ chức đảng, đảng viên trong doanh nghiệp ngoài khu vực nhà nước",
    "đẩy mạnh chuyển đổi số trong các cơ quan đảng",
    "nâng cao chất lượng sinh hoạt chi bộ",
    "công tác dân vận của hệ thống chính trị",
    "sắp xếp tổ chức bộ máy tinh gọn, hoạt động hiệu lực, hiệu quả",
    "công tác quy hoạch, đào tạo, bồi dưỡng cán bộ",
    "xây dựng Đảng bộ tỉnh trong sạch, vững mạnh",
    "cải cách hành chính, xây dựng chính quyền điện tử",
    "phát huy vai trò của nhân dân tham gia xây dựng Đảng, chính quyền",
]
ORDINALS = ["nhất", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám"]

# --------------------------------------------------------------------------- tasks
# Heads and objects of task labels; the bench's owner-by-words queries are drawn from these.
TASK_PHRASES = [
    "Tổng hợp báo cáo",
    "Xây dựng kế hoạch",
    "Rà soát, bổ sung quy hoạch",
    "Kiện toàn tổ chức bộ máy",
    "Đổi mới nội dung, phương thức",
    "Nâng cao chất lượng",
    "Tăng cường công tác kiểm tra, giám sát",
    "Đẩy mạnh công tác tuyên truyền",
    "Thực hiện tốt công tác đánh giá",
    "Sắp xếp, bố trí",
    "Đào tạo, bồi dưỡng",
    "Hướng dẫn, đôn đốc",
    "Triển khai thực hiện",
    "Củng cố, kiện toàn",
    "Sơ kết, tổng kết",
    "Theo dõi, đôn đốc",
    "Thẩm định, trình",
    "Ứng dụng công nghệ thông tin trong",
    "Phát hiện, xử lý kịp thời vi phạm trong",
    "Biểu dương, khen thưởng",
    "Bảo đảm kinh phí cho",
    "Chỉ đạo thí điểm",
    "Nghiên cứu, đề xuất cơ chế",
    "Cụ thể hóa quy chế",
    "Tham mưu ban hành chính sách",
]
TASK_OBJECTS = [
    "đội ngũ cán bộ cấp xã",
    "tổ chức cơ sở đảng",
    "sinh hoạt chi bộ",
    "công tác cán bộ",
    "Mặt trận Tổ quốc và các tổ chức chính trị - xã hội ở cơ sở",
    "đảng viên trong doanh nghiệp ngoài khu vực nhà nước",
    "công tác dân vận",
    "chính quyền điện tử, chính quyền số",
    "cải cách hành chính",
    "công tác phát triển đảng viên",
    "đội ngũ bí thư chi bộ, trưởng thôn",
    "cán bộ trẻ, cán bộ nữ, cán bộ người dân tộc thiểu số",
    "việc thực hiện Đề án",
    "hoạt động của Hội đồng nhân dân cấp xã",
    "công tác quản lý đảng viên",
    "công tác thi đua, khen thưởng",
    "công tác bảo vệ chính trị nội bộ",
    "lý luận chính trị cho đảng viên mới",
    "cơ sở vật chất, điều kiện làm việc",
    "công tác thông tin, tuyên truyền",
    "công tác tiếp công dân",
    "chế độ, chính sách đối với cán bộ",
    "quy chế làm việc của cấp ủy",
    "công tác kiểm tra đảng viên",
    "việc học tập, quán triệt nghị quyết",
]
TASK_TAILS = [
    "",
    "",
    " theo định kỳ hằng năm",
    " đến năm 2025",
    " giai đoạn 2021-2025",
    " trên địa bàn tỉnh",
    " ở cơ sở",
    "; kịp thời tháo gỡ khó khăn, vướng mắc",
    " từ tỉnh đến cơ sở",
    " đến năm 2030",
]


def task_words() -> list[str]:
    """Phrases that occur in task labels (with diacritics): owner-by-words queries."""
    return [h.split(",")[0].split(" trong")[0] for h in TASK_PHRASES] + [o.split(",")[0] for o in TASK_OBJECTS]


# --------------------------------------------------------------------------- figures
# indicator slug -> (unit, low, high, noun or phrase); percentages unless a count noun is given
COUNT_INDICATORS = {
    "party-members-admitted": ("party-member", 150, 3000, "kết nạp từ {v} đảng viên mới trở lên mỗi năm"),
    "party-organisations-founded-private": (
        "party-organisation",
        5,
        60,
        "thành lập từ {v} tổ chức đảng trở lên trong các doanh nghiệp",
    ),
    "political-theory-classes": ("class", 2, 40, "mở {v} lớp bồi dưỡng lý luận chính trị cho đảng viên mới"),
    "party-work-training-classes": ("class", 2, 30, "mở {v} lớp bồi dưỡng nghiệp vụ công tác Đảng cho cấp ủy"),
    "inspections-conducted": ("inspection", 5, 200, "tiến hành {v} cuộc kiểm tra, giám sát"),
    "party-members-total": ("party-member", 20000, 260000, "tổng số {v} đảng viên"),
}
STATISTIC_ONLY = {"party-members-total"}  # reported, never a target


@lru_cache(maxsize=1)
def indicators() -> tuple[tuple[str, str], ...]:
    """(slug, Vietnamese label) of the indicators that carry match patterns (the leaves)."""
    g = Graph().parse(ONTOLOGY_DIR / "vocab-indicators.ttl", format="turtle")
    out = []
    for slug in sorted({s for s, _ in indicator_patterns()}):
        node = URIRef("https://w3id.org/phancong/vocab/indicator/" + slug)
        vi = next(
            (str(x) for x in g.objects(node, SKOS.prefLabel) if isinstance(x, Literal) and x.language == "vi"),
            slug.replace("-", " "),
        )
        out.append((slug, vi))
    if not out:
        raise ValueError("no indicators with pc:matchPattern in ontology/vocab-indicators.ttl")
    return tuple(out)


def vn_number(v: float) -> str:
    """Vietnamese style: 1.800 (thousands), 46,7 (decimals)."""
    if float(v).is_integer():
        return f"{int(v):,}".replace(",", ".")
    whole, frac = f"{v:.1f}".split(".")
    return f"{int(whole):,}".replace(",", ".") + "," + frac
