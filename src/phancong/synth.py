"""A synthetic national corpus, in the shape real extraction produces (for scripts/bench).

Every synthetic source is a :class:`phancong.model.Extraction` with a generated
source text whose spans are exact (``text[start:end] == item.text``): one
plan document of one province (its issuer, term, title), the central and
earlier provincial documents it implements or cites, ~20 of the province's
~60 bodies (real body-type slugs, canonical names such as "Ban Tổ chức Tỉnh ủy",
short forms as mentions), task groups, tasks with lead / coordinate / monitor /
implement assignments and partners, targets and statistics on the indicator
slugs of ontology/vocab-indicators.ttl, reportsTo / accountableTo relations.
:func:`phancong.rdf.to_graph` maps it, so the triples are exactly what a real
build stores.

Sources go round the 63 pre-2025 provinces (data/provinces-2025.csv), one per
province per round in a shuffled order; a document issued from 1 July 2025 on
belongs to the province formed that day (one of the 34). Everything is
deterministic from ``(seed, index)``: source *i* is the same whatever the size.

>>> ex = synth_extraction(0, seed=8)
>>> all(ex.text[t.span[0]:t.span[1]] == t.text for t in ex.tasks + ex.assignments)
True
>>> parse_size("1m"), parse_size("100k"), parse_size("250000")
(1000000, 100000, 250000)

Also :func:`synth_texts`, source files for timing extraction: the seed articles
of corpus/ with the province and the figures varied.

Command line: ``python -m phancong.synth --triples 100k --out DIR`` writes
DIR/sources.nt (one sorted N-Triples block per source, as ``phancong build``
stores it), DIR/all.nq (the same quads plus the ontology graph) and
DIR/manifest.json; ``python -m phancong.synth --texts 3 --out DIR`` writes
about 3 MB of source files.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import random
import re
import sys
import time
import unicodedata
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterator

from .model import (Assignment, Body, Document, Extraction, Figure, Mention, Problem, Reference, Relation,
                    SourceInfo, Task, TaskGroup)

__all__ = ["Province", "load_provinces", "province_bodies", "synth_extraction", "parse_size", "generate_corpus",
           "CorpusManifest", "synth_texts", "TASK_PHRASES", "task_words", "GENERATOR_VERSION"]

GENERATOR_VERSION = 1
ROOT = Path(__file__).resolve().parents[2]
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
    for p in (ROOT / "data" / "provinces-2025.csv", SHARED_PROVINCES):
        if p.is_file():
            return p
    raise FileNotFoundError("provinces-2025.csv: neither data/provinces-2025.csv nor "
                            f"{SHARED_PROVINCES} exists")


@lru_cache(maxsize=1)
def _load_provinces(path: str) -> tuple[Province, ...]:
    with open(path, encoding="utf-8", newline="") as fh:
        rows = [Province(r["old_name"], r["old_kind"], r["new_name"], r["new_kind"], r["change"])
                for r in csv.DictReader(fh)]
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


DEPARTMENTS = ["Nội vụ", "Tài chính", "Kế hoạch và Đầu tư", "Giáo dục và Đào tạo", "Y tế", "Tư pháp", "Công Thương",
               "Xây dựng", "Giao thông vận tải", "Nông nghiệp và Phát triển nông thôn", "Tài nguyên và Môi trường",
               "Lao động - Thương binh và Xã hội", "Văn hóa, Thể thao và Du lịch", "Thông tin và Truyền thông",
               "Khoa học và Công nghệ", "Ngoại vụ", "Dân tộc và Tôn giáo"]
_SYLLABLES = ["An", "Bình", "Châu", "Đông", "Gia", "Hòa", "Hưng", "Kim", "Lạc", "Long", "Minh", "Ninh", "Phú",
              "Quang", "Sơn", "Tân", "Thạch", "Thanh", "Thuận", "Tiên", "Trà", "Vĩnh", "Xuân", "Yên", "Lâm", "Hải",
              "Định", "Mỹ", "Phong", "Cẩm"]

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
        *[b(f"Đảng đoàn {o} {t}", "party-delegation", "province")
          for o in ("Mặt trận Tổ quốc", "Liên đoàn Lao động", "Hội Nông dân", "Hội Liên hiệp Phụ nữ",
                    "Hội Cựu chiến binh")],
    ]
    districts = _districts(province)
    out += [b(f"Huyện ủy {d}", "district-party-committee", "district") for d in districts[:8]]
    out += [b(f"Trung tâm bồi dưỡng chính trị huyện {d}", "political-training-centre", "district")
            for d in districts[8:10]]
    return tuple(out)


# --------------------------------------------------------------------------- documents
DOC_VI = {"Resolution": "Nghị quyết", "Scheme": "Đề án", "ActionProgramme": "Chương trình hành động",
          "Programme": "Chương trình", "Plan": "Kế hoạch", "Directive": "Chỉ thị", "Conclusion": "Kết luận",
          "Decision": "Quyết định", "Regulation": "Quy định"}
# type -> (weight, number pattern, issued by the people's committee)
DOC_KINDS = {
    "Resolution": (3, "{n:02d}-NQ/TU", False), "Scheme": (3, "{n:02d}-ĐA/TU", False),
    "ActionProgramme": (2, "{n:02d}-CTr/TU", False), "Programme": (1, "{n:02d}-CTr/BCSĐUBND-BDVTU", True),
    "Plan": (4, "{n}/KH-UBND", True), "Directive": (2, "{n:02d}-CT/TU", False), "Conclusion": (1, "{n:02d}-KL/TU", False),
    "Decision": (2, "{n}/QĐ-UBND", True), "Regulation": (1, "{n:02d}-QĐ/TU", False),
}
# (type, number, issued, issuer key in CENTRAL_BODIES, term, title)
CENTRAL_DOCS = [
    ("Resolution", "22-NQ/TW", "2008-02-02", "central-committee", "khóa X",
     "về nâng cao năng lực lãnh đạo, sức chiến đấu của tổ chức cơ sở đảng và chất lượng đội ngũ cán bộ, đảng viên"),
    ("Directive", "05-CT/TW", "2016-05-15", "politburo", "khóa XII",
     "về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh"),
    ("Resolution", "18-NQ/TW", "2017-10-25", "central-committee", "khóa XII",
     "về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả"),
    ("Resolution", "26-NQ/TW", "2018-05-19", "central-committee", "khóa XII",
     "về tập trung xây dựng đội ngũ cán bộ các cấp, nhất là cấp chiến lược"),
    ("Directive", "35-CT/TW", "2019-05-30", "politburo", "khóa XII",
     "về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIII của Đảng"),
    ("Regulation", "213-QĐ/TW", "2020-01-02", "politburo", "khóa XII",
     "về trách nhiệm của đảng viên đang công tác giữ mối liên hệ với tổ chức đảng và nhân dân nơi cư trú"),
    ("Conclusion", "21-KL/TW", "2021-10-25", "central-committee", "khóa XIII",
     "về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị"),
    ("Resolution", "21-NQ/TW", "2022-06-16", "central-committee", "khóa XIII",
     "về tăng cường củng cố, xây dựng tổ chức cơ sở đảng và nâng cao chất lượng đội ngũ đảng viên"),
    ("Resolution", "57-NQ/TW", "2024-12-22", "politburo", "khóa XIII",
     "về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia"),
    ("Resolution", "60-NQ/TW", "2025-04-12", "central-committee", "khóa XIII",
     "về sắp xếp tổ chức bộ máy, đơn vị hành chính"),
    ("Directive", "45-CT/TW", "2025-04-14", "politburo", "khóa XIII",
     "về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng"),
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
    "Tổng hợp báo cáo", "Xây dựng kế hoạch", "Rà soát, bổ sung quy hoạch", "Kiện toàn tổ chức bộ máy",
    "Đổi mới nội dung, phương thức", "Nâng cao chất lượng", "Tăng cường công tác kiểm tra, giám sát",
    "Đẩy mạnh công tác tuyên truyền", "Thực hiện tốt công tác đánh giá", "Sắp xếp, bố trí", "Đào tạo, bồi dưỡng",
    "Hướng dẫn, đôn đốc", "Triển khai thực hiện", "Củng cố, kiện toàn", "Sơ kết, tổng kết", "Theo dõi, đôn đốc",
    "Thẩm định, trình", "Ứng dụng công nghệ thông tin trong", "Phát hiện, xử lý kịp thời vi phạm trong",
    "Biểu dương, khen thưởng", "Bảo đảm kinh phí cho", "Chỉ đạo thí điểm", "Nghiên cứu, đề xuất cơ chế",
    "Cụ thể hóa quy chế", "Tham mưu ban hành chính sách",
]
TASK_OBJECTS = [
    "đội ngũ cán bộ cấp xã", "tổ chức cơ sở đảng", "sinh hoạt chi bộ", "công tác cán bộ",
    "Mặt trận Tổ quốc và các tổ chức chính trị - xã hội ở cơ sở", "đảng viên trong doanh nghiệp ngoài khu vực nhà nước",
    "công tác dân vận", "chính quyền điện tử, chính quyền số", "cải cách hành chính", "công tác phát triển đảng viên",
    "đội ngũ bí thư chi bộ, trưởng thôn", "cán bộ trẻ, cán bộ nữ, cán bộ người dân tộc thiểu số",
    "việc thực hiện Đề án", "hoạt động của Hội đồng nhân dân cấp xã", "công tác quản lý đảng viên",
    "công tác thi đua, khen thưởng", "công tác bảo vệ chính trị nội bộ", "lý luận chính trị cho đảng viên mới",
    "cơ sở vật chất, điều kiện làm việc", "công tác thông tin, tuyên truyền", "công tác tiếp công dân",
    "chế độ, chính sách đối với cán bộ", "quy chế làm việc của cấp ủy", "công tác kiểm tra đảng viên",
    "việc học tập, quán triệt nghị quyết",
]
TASK_TAILS = ["", "", " theo định kỳ hằng năm", " đến năm 2025", " giai đoạn 2021-2025", " trên địa bàn tỉnh",
              " ở cơ sở", "; kịp thời tháo gỡ khó khăn, vướng mắc", " từ tỉnh đến cơ sở", " đến năm 2030"]


def task_words() -> list[str]:
    """Phrases that occur in task labels (with diacritics): owner-by-words queries."""
    return [h.split(",")[0].split(" trong")[0] for h in TASK_PHRASES] + [o.split(",")[0] for o in TASK_OBJECTS]


# --------------------------------------------------------------------------- figures
# indicator slug -> (unit, low, high, noun or phrase); percentages unless a count noun is given
COUNT_INDICATORS = {
    "party-members-admitted": ("party-member", 150, 3000, "kết nạp từ {v} đảng viên mới trở lên mỗi năm"),
    "party-organisations-founded-private": ("party-organisation", 5, 60,
                                            "thành lập từ {v} tổ chức đảng trở lên trong các doanh nghiệp"),
    "political-theory-classes": ("class", 2, 40, "mở {v} lớp bồi dưỡng lý luận chính trị cho đảng viên mới"),
    "party-work-training-classes": ("class", 2, 30, "mở {v} lớp bồi dưỡng nghiệp vụ công tác Đảng cho cấp ủy"),
    "inspections-conducted": ("inspection", 5, 200, "tiến hành {v} cuộc kiểm tra, giám sát"),
    "party-members-total": ("party-member", 20000, 260000, "tổng số {v} đảng viên"),
}
STATISTIC_ONLY = {"party-members-total"}  # reported, never a target


@lru_cache(maxsize=1)
def _indicators() -> tuple[tuple[str, str], ...]:
    """(slug, Vietnamese label) of the indicators that carry match patterns (the leaves)."""
    from rdflib import Graph, Literal, URIRef
    from rdflib.namespace import SKOS

    from .ontology import ONTOLOGY_DIR, indicator_patterns

    g = Graph().parse(ONTOLOGY_DIR / "vocab-indicators.ttl", format="turtle")
    out = []
    for slug in sorted({s for s, _ in indicator_patterns()}):
        node = URIRef("https://w3id.org/phancong/vocab/indicator/" + slug)
        vi = next((str(x) for x in g.objects(node, SKOS.prefLabel) if isinstance(x, Literal) and x.language == "vi"),
                  slug.replace("-", " "))
        out.append((slug, vi))
    if not out:
        raise ValueError("no indicators with pc:matchPattern in ontology/vocab-indicators.ttl")
    return tuple(out)


def _vn_number(v: float) -> str:
    """Vietnamese style: 1.800 (thousands), 46,7 (decimals)."""
    if float(v).is_integer():
        return f"{int(v):,}".replace(",", ".")
    whole, frac = f"{v:.1f}".split(".")
    return f"{int(whole):,}".replace(",", ".") + "," + frac


# --------------------------------------------------------------------------- text builder
class _Text:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.n = 0

    def add(self, s: str) -> tuple[int, int]:
        start = self.n
        self.parts.append(s)
        self.n += len(s)
        return start, self.n

    def value(self) -> str:
        return "".join(self.parts)


class _Builder:
    """Collects the items of one extraction while writing its text."""

    def __init__(self, sid: str) -> None:
        self.t = _Text()
        self.ex = Extraction(source=SourceInfo(id=sid))
        self.body_keys: dict[str, str] = {}

    def body(self, spec: BodySpec, province: str | None, short: bool = False) -> str:
        """Write a mention of ``spec`` and return its key (a new body on first mention)."""
        written = spec.short if short and spec.short else spec.name
        span = self.t.add(written)
        key = self.body_keys.get(spec.name)
        if key is None:
            key = f"b{len(self.ex.bodies) + 1}"
            self.body_keys[spec.name] = key
            self.ex.bodies.append(Body(key=key, name=spec.name, type=spec.type,
                                       province=None if spec.level == "central" else province,
                                       level=spec.level, span=span, text=written))
        body = self.ex.bodies[int(key[1:]) - 1]
        body.mentions.append(Mention(span=span, text=written))
        return key

    def bodies(self, specs: list[BodySpec], province: str | None, rng: random.Random) -> list[str]:
        keys = []
        for i, s in enumerate(specs):
            if i:
                self.t.add(", " if i < len(specs) - 1 else " và ")
            keys.append(self.body(s, province, short=rng.random() < 0.3))
        return keys


# --------------------------------------------------------------------------- one source
@dataclass(frozen=True)
class _DocSpec:
    type: str
    number: str
    issued: str
    province: str
    kind: str
    issuer: BodySpec
    term: str
    title: str


def _place(seed: int, index: int) -> tuple[int, int]:
    """(round, province index) of source ``index``: one source per province per round, shuffled."""
    rnd, pos = divmod(index, 63)
    order = list(range(63))
    random.Random(f"{seed}:round:{rnd}").shuffle(order)
    return rnd, order[pos]


def _main_doc(seed: int, p: Province, rnd: int) -> _DocSpec:
    rng = random.Random(f"{seed}:doc:{p.name}:{rnd}")
    types = list(DOC_KINDS)
    dtype = rng.choices(types, weights=[DOC_KINDS[t][0] for t in types])[0]
    _, pattern, state = DOC_KINDS[dtype]
    year = 2016 + (rnd * 7 + rng.randrange(11)) % 11
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    issued = f"{year:04d}-{month:02d}-{day:02d}"
    province, kind = (p.new_name, p.new_kind) if issued >= "2025-07-01" else (p.name, p.kind)
    n = rnd * 4 + rng.randint(1, 4) if not state else rnd * 97 + rng.randint(1, 96)
    bodies = province_bodies(province, kind)
    issuer = bodies[17] if state else bodies[1]  # Ủy ban nhân dân tỉnh | Ban Thường vụ Tỉnh ủy
    if dtype == "Programme":
        issuer = bodies[16]
    term = "2015-2020" if issued < "2020-10-01" else ("2020-2025" if issued < "2025-07-01" else "2025-2030")
    title = rng.choice(TOPICS)
    return _DocSpec(dtype, pattern.format(n=n), issued, province, kind, issuer, term, "về " + title)


def _date_vi(iso: str) -> str:
    y, m, d = iso.split("-")
    return f"{int(d)}/{int(m)}/{y}"


def source_id(seed: int, index: int) -> str:
    h = hashlib.sha1(f"phancong-synth:{seed}:{index}".encode()).hexdigest()[:16]
    return f"{index:06d}_{h}"


def synth_extraction(index: int, seed: int = 8) -> Extraction:
    """Synthetic source number ``index`` (0-based), deterministic from ``(seed, index)``."""
    rnd, p_idx = _place(seed, index)
    p = load_provinces()[p_idx]
    doc = _main_doc(seed, p, rnd)
    province, kind = doc.province, doc.kind
    t_word = "thành phố" if kind == "thành phố" else "tỉnh"
    rng = random.Random(f"{seed}:source:{index}")
    sid = source_id(seed, index)
    B = _Builder(sid)
    t, ex = B.t, B.ex
    bodies = province_bodies(province, kind)
    by_type: dict[str, list[BodySpec]] = {}
    for s in bodies:
        by_type.setdefault(s.type, []).append(s)
    committee, standing = bodies[0], bodies[1]
    inspection = bodies[8]
    vi = DOC_VI[doc.type]

    ex.source = SourceInfo(id=sid, title=f"{province}: {vi} {doc.number} {doc.title}", province=province,
                           published=f"ngày {int(doc.issued[8:])} tháng {int(doc.issued[5:7])} năm {doc.issued[:4]}",
                           site=f"Cổng thông tin điện tử Đảng bộ {t_word} {province}", language="vi")

    # --- heading and the main document
    t.add(ex.source.title + "\n\n")
    t.add(f"Ngày {_date_vi(doc.issued)}, ")
    issuer_key = B.body(doc.issuer, province, short=rng.random() < 0.3)
    t.add(" ban hành ")
    d_span = t.add(f"{vi} số {doc.number}")
    t.add(f" {doc.title}, nhiệm kỳ {doc.term}.\n\n")
    main = Document(key="d1", type=doc.type, number=doc.number, span=d_span, text=f"{vi} số {doc.number}",
                    issued=doc.issued, issuer=issuer_key, province=province, term=doc.term, title=doc.title, main=True,
                    mentions=[Mention(d_span, f"{vi} số {doc.number}")])
    ex.documents.append(main)

    # --- references: central documents, earlier documents of the province, the congress resolution
    earlier_central = [c for c in CENTRAL_DOCS if c[2] < doc.issued]
    refs: list[tuple[Document, str]] = []
    for c in rng.sample(earlier_central, min(len(earlier_central), rng.randint(1, 3))):
        ctype, number, issued, issuer, term, title = c
        t.add(rng.choice(["Thực hiện ", "Căn cứ ", "Cụ thể hóa "]))
        span = t.add(f"{DOC_VI[ctype]} số {number}")
        t.add(f" ngày {_date_vi(issued)} của ")
        ikey = B.body(CENTRAL_BODIES[issuer], None, short=rng.random() < 0.2)
        t.add(f" {title}; ")
        d = Document(key=f"d{len(ex.documents) + 1}", type=ctype, number=number, span=span,
                     text=f"{DOC_VI[ctype]} số {number}", issued=issued, issuer=ikey, province=None, term=term,
                     mentions=[Mention(span, f"{DOC_VI[ctype]} số {number}")])
        ex.documents.append(d)
        refs.append((d, rng.choice(["implements", "basedOn", "cites"])))
    for back in sorted(rng.sample(range(rnd), min(rnd, rng.randint(0, 2)))):
        old = _main_doc(seed, p, back)
        if old.issued >= doc.issued:
            continue
        t.add("tiếp tục thực hiện ")
        span = t.add(f"{DOC_VI[old.type]} số {old.number}")
        t.add(f" ngày {_date_vi(old.issued)} {old.title}; ")
        d = Document(key=f"d{len(ex.documents) + 1}", type=old.type, number=old.number, span=span,
                     text=f"{DOC_VI[old.type]} số {old.number}", issued=old.issued, province=old.province,
                     term=old.term, mentions=[Mention(span, f"{DOC_VI[old.type]} số {old.number}")])
        ex.documents.append(d)
        refs.append((d, rng.choice(["implements", "inheritsFrom", "basedOn"])))
    if rng.random() < 0.5:
        n_congress = 15 + (int(doc.issued[:4]) - 2000) // 5
        title = f"Đại hội Đảng bộ {t_word} lần thứ {_roman(n_congress)}"
        t.add("quán triệt ")
        span = t.add(f"Nghị quyết {title}")
        t.add("; ")
        d = Document(key=f"d{len(ex.documents) + 1}", type="Resolution", number=None, span=span,
                     text=f"Nghị quyết {title}", province=province, title=title,
                     mentions=[Mention(span, f"Nghị quyết {title}")])
        ex.documents.append(d)
        refs.append((d, "cites"))
    t.add("bảo đảm sự lãnh đạo toàn diện của Đảng.\n\n")
    for n, (d, rel) in enumerate(refs, 1):
        ex.references.append(Reference(key=f"r{n}", from_="d1", to=d.key, relation=rel, span=d.span, text=d.text))

    # --- statistics: the situation before the plan
    year0 = int(doc.issued[:4]) - 1
    as_of = f"{year0}-12-31"
    t.add(f"Tính đến {_date_vi(as_of)}, ")
    ckey = B.body(committee, province, short=rng.random() < 0.3)
    t.add(" có ")
    indicators = _indicators()
    target_indicators = [i for i in indicators if i[0] not in STATISTIC_ONLY]
    n_stats = rng.randint(4, 10)
    for k in range(n_stats):
        if k:
            t.add("; ")
        slug, label = rng.choice(indicators)
        fig = _figure(rng, slug, label, statistic=True)
        span = t.add(fig["text"])
        ex.statistics.append(Figure(key=f"s{k + 1}", span=span, document=None, as_of=as_of,
                                    subject=ckey if rng.random() < 0.6 else None, **fig))
    t.add(".\n\n")

    # --- target groups
    n_target_groups = rng.randint(1, 3)
    topics = rng.sample(TOPICS, 6)
    deadline = 2025 if doc.issued < "2025-07-01" else 2030
    for g in range(n_target_groups):
        n = rng.randint(2, 6)
        declared = n if rng.random() < 0.9 else n + 1
        key = f"g{len(ex.task_groups) + 1}"
        head = f"({g + 1}) Về {topics[g]} ({declared} chỉ tiêu)"
        span = t.add(head)
        t.add(": ")
        ex.task_groups.append(TaskGroup(key=key, document="d1", ordinal=g + 1, label=f"Về {topics[g]}",
                                        kind="target", declared_count=declared, span=span, text=head,
                                        deadline_year=deadline))
        if declared != n:
            ex.problems.append(Problem("declared-count-mismatch",
                                       f"group {g + 1} ({head}) declares {declared}, found {n}", span))
        for k in range(n):
            if k:
                t.add("; ")
            slug, label = rng.choice(target_indicators)
            fig = _figure(rng, slug, label, statistic=False)
            if rng.random() < 0.15:
                fig["indicator"] = None  # a target the vocabulary does not name
            span = t.add(fig["text"])
            period = rng.choice(["annual", "term", None])
            ex.targets.append(Figure(key=f"x{len(ex.targets) + 1}", span=span, document="d1", group=key,
                                     deadline_year=deadline if period != "annual" else None, period=period,
                                     period_start=int(doc.term[:4]) if period else None,
                                     period_end=int(doc.term[5:]) if period else None,
                                     subject=ckey if rng.random() < 0.2 else None, **fig))
        t.add(".\n\n")

    # --- task groups and tasks
    n_task_groups = rng.randint(2, 4)
    for g in range(n_task_groups):
        n = rng.randint(3, 8)
        declared = n if rng.random() < 0.9 else n - 1
        key = f"g{len(ex.task_groups) + 1}"
        topic = topics[3 + g % 3]
        head = (f"Nhóm nhiệm vụ, giải pháp thứ {ORDINALS[g]} về {topic} có {declared:02d} nội dung, cụ thể")
        t.add("* ")
        span = t.add(head)
        t.add(":\n\n")
        ex.task_groups.append(TaskGroup(key=key, document="d1", ordinal=g + 1,
                                        label=f"nhóm nhiệm vụ, giải pháp về {topic}", kind="task",
                                        declared_count=declared, span=span, text=head))
        if declared != n:
            ex.problems.append(Problem("declared-count-mismatch",
                                       f"group {g + 1} declares {declared}, found {n}", span))
        for k in range(n):
            label = (f"{rng.choice(TASK_PHRASES)} {rng.choice(TASK_OBJECTS)}{rng.choice(TASK_TAILS)}")
            t.add(f"{k + 1}. ")
            span = t.add(label)
            t.add(".\n\n")
            ex.tasks.append(Task(key=f"t{len(ex.tasks) + 1}", document="d1", group=key, ordinal=k + 1,
                                 label=label, span=span, text=label))

    # --- who does what
    t.add(f"Để thực hiện hiệu quả, {vi} đề ra nhiệm vụ của các cơ quan như sau:\n\n")
    # the bodies this document names: the committee's organs and a sample of the others (~20 of ~60)
    provincial = [s for s in bodies[2:] if s.level == "province"]
    leads = provincial[:8] + rng.sample(provincial[8:], rng.randint(6, 14))
    districts = by_type["district-party-committee"]
    a_n = 0
    reports: set[str] = set()

    def assign(body: str, task: str, role: str, span, text: str, partners: list[str] | None = None) -> None:
        nonlocal a_n
        a_n += 1
        ex.assignments.append(Assignment(key=f"a{a_n}", body=body, task=task, role=role, span=span, text=text,
                                         partners=partners or []))

    for n, task in enumerate(ex.tasks, 1):
        lead = rng.choice(leads[:8]) if rng.random() < 0.6 else rng.choice(leads)
        partners = rng.sample([s for s in leads if s is not lead], rng.randint(0, 3))
        t.add(f"{n}. ")
        start = t.n
        lkey = B.body(lead, province, short=rng.random() < 0.3)
        if partners:
            t.add(" chủ trì, phối hợp với ")
            pkeys = B.bodies(partners, province, rng)
        else:
            t.add(" chủ trì")
            pkeys = []
        t.add(" " + task.label[0].lower() + task.label[1:])
        span = (start, t.n)
        text = t.value()[start:]
        t.add(".\n")
        assign(lkey, task.key, "lead", span, text, pkeys)
        reports.add(lead.name)
        for s, pk in zip(partners, pkeys):
            if rng.random() < 0.5:  # a partner's own duty sentence
                t.add("- ")
                start = t.n
                B.body(s, province)
                t.add(" phối hợp với ")
                B.body(lead, province)
                t.add(" thực hiện nhiệm vụ này")
                span = (start, t.n)
                assign(pk, task.key, "coordinate", span, t.value()[start:], [lkey])
                t.add(".\n")
        if rng.random() < 0.3:
            t.add("- ")
            start = t.n
            ukey = B.body(inspection, province, short=rng.random() < 0.3)
            t.add(" kiểm tra, giám sát việc thực hiện")
            span = (start, t.n)
            assign(ukey, task.key, "monitor", span, t.value()[start:])
            t.add(".\n")
        if rng.random() < 0.3:
            t.add("- ")
            start = t.n
            chosen = rng.sample(districts, rng.randint(1, 2))
            keys = B.bodies(chosen, province, rng)
            t.add(" tổ chức thực hiện ở địa phương")
            span = (start, t.n)
            for k in keys:
                assign(k, task.key, "implement", span, t.value()[start:])
            t.add(".\n")
        t.add("\n")

    # --- reporting lines
    r_n = 0
    for name in sorted(reports)[: rng.randint(1, 3)]:
        spec = next(s for s in bodies if s.name == name)
        start = t.n
        fk = B.body(spec, province)
        t.add(" theo dõi, tổng hợp báo cáo định kỳ hằng năm kết quả thực hiện về ")
        tk = B.body(standing, province, short=rng.random() < 0.3)
        r_n += 1
        ex.relations.append(Relation(key=f"l{r_n}", from_=fk, to=tk, kind="reportsTo", span=(start, t.n),
                                     text=t.value()[start:]))
        t.add(".\n\n")
    if rng.random() < 0.7:
        chosen = rng.sample(districts, rng.randint(1, 3))
        start = t.n
        keys = B.bodies(chosen, province, rng)
        t.add(" chịu trách nhiệm trước ")
        tk = B.body(standing, province)
        span = (start, t.n)
        for k in keys:
            r_n += 1
            ex.relations.append(Relation(key=f"l{r_n}", from_=k, to=tk, kind="accountableTo", span=span,
                                         text=t.value()[start:]))
        t.add(" về kết quả thực hiện trong phạm vi đảng bộ của mình.\n\n")
    ex.text = t.value()
    return ex


def _roman(n: int) -> str:
    out = ""
    for v, s in ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= v:
            out, n = out + s, n - v
    return out


def _figure(rng: random.Random, slug: str, label: str, *, statistic: bool) -> dict:
    """Value, comparator, unit, population, indicator and the sentence of one figure."""
    if slug in COUNT_INDICATORS:
        unit, lo, hi, phrase = COUNT_INDICATORS[slug]
        v = float(rng.randint(lo, hi))
        text = phrase.format(v=_vn_number(v))
        if statistic:
            text = text.replace(" trở lên", "").replace("từ ", "")
        return {"value": v, "comparator": "exactly" if statistic else "at-least", "unit": unit,
                "population": label, "indicator": slug, "text": text}
    pop = label[0].lower() + label[1:]
    v = round(rng.uniform(50, 100), 1 if rng.random() < 0.3 else 0)
    if statistic:
        return {"value": v, "comparator": "exactly", "unit": "percent", "population": pop, "indicator": slug,
                "text": f"{pop} đạt {_vn_number(v)}%"}
    cmp = rng.choices(["at-least", "exactly", "more-than", "range", "at-most"], weights=[5, 2, 1, 1, 1])[0]
    upper = None
    if cmp == "at-least":
        text = f"{_vn_number(v)}% trở lên {pop}"
    elif cmp == "exactly":
        text = f"{_vn_number(v)}% {pop}"
    elif cmp == "more-than":
        text = f"{pop} đạt trên {_vn_number(v)}%"
    elif cmp == "range":
        v = min(v, 95.0)
        upper = min(100.0, v + rng.choice([5.0, 10.0]))
        text = f"{pop} đạt từ {_vn_number(v)} - {_vn_number(upper)}%"
    else:
        v = round(rng.uniform(1, 30))
        text = f"{pop} không quá {_vn_number(v)}%"
    return {"value": float(v), "upper": upper, "comparator": cmp, "unit": "percent", "population": pop,
            "indicator": slug, "text": text}


# --------------------------------------------------------------------------- sizes and the corpus on disk
def parse_size(text: str | int) -> int:
    """'100k' -> 100000, '1m' -> 1000000, '5M' -> 5000000, '25000' -> 25000."""
    if isinstance(text, int):
        return text
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([kKmM]?)\s*", str(text))
    if not m:
        raise ValueError(f"not a size: {text!r} (write e.g. 100k, 1m, 5m or a number of triples)")
    mult = {"": 1, "k": 1_000, "m": 1_000_000}[m.group(2).lower()]
    return int(float(m.group(1)) * mult)


@dataclass
class CorpusManifest:
    """What generate_corpus wrote: one entry per source, in order."""

    seed: int
    target: int
    triples: int
    ontology_triples: int
    seconds: float
    sources: list[dict] = field(default_factory=list)  # id, graph, offset, length, triples, tasks, province
    version: int = GENERATOR_VERSION

    def to_json(self) -> dict:
        return {"version": self.version, "seed": self.seed, "target": self.target, "triples": self.triples,
                "ontology_triples": self.ontology_triples, "seconds": self.seconds, "sources": self.sources}

    @classmethod
    def read(cls, path: str | Path) -> "CorpusManifest":
        d = json.loads(Path(path).read_text(encoding="utf-8"))
        return cls(seed=d["seed"], target=d["target"], triples=d["triples"], ontology_triples=d["ontology_triples"],
                   seconds=d["seconds"], sources=d["sources"], version=d.get("version", 0))


def _mapped(args: tuple[int, int]) -> tuple[str, str, str, int, int, str]:
    """Worker: (seed, index) -> (source id, graph IRI, sorted N-Triples, triples, tasks, province)."""
    from .iri import source_iri
    from .rdf import sorted_ntriples, to_graph

    seed, index = args
    ex = synth_extraction(index, seed)
    g = to_graph(ex, file_name=f"{ex.source.id}.txt")
    return ex.source.id, str(source_iri(ex.source.id)), sorted_ntriples(g), len(g), len(ex.tasks), ex.source.province


def _nq_lines(nt: str, graph: str) -> str:
    tail = f" <{graph}> .\n"
    return "".join(line[:-2] + tail for line in nt.splitlines() if line.endswith(" ."))


def ontology_ntriples() -> str:
    from rdflib import Graph

    from .ontology import load_ontology
    from .rdf import sorted_ntriples

    g = Graph()
    for tr in load_ontology():
        g.add(tr)
    return sorted_ntriples(g)


def generate_corpus(triples: int, out_dir: str | Path, *, seed: int = 8, jobs: int = 1,
                    progress=None) -> CorpusManifest:
    """Write sources until their triples (plus the ontology graph's) reach ``triples``.

    out_dir/sources.nt holds the sorted N-Triples of each source one after the other (offsets in the
    manifest), out_dir/all.nq the same quads plus the ontology graph, out_dir/manifest.json the list.
    The result does not depend on ``jobs``."""
    from .store import ONTOLOGY_GRAPH

    t0 = time.perf_counter()
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    onto = ontology_ntriples()
    onto_n = onto.count("\n")
    man = CorpusManifest(seed=seed, target=triples, triples=onto_n, ontology_triples=onto_n, seconds=0.0)
    batch = max(8, 16 * jobs)
    with open(out / "sources.nt", "wb") as nt_fh, open(out / "all.nq", "w", encoding="utf-8") as nq_fh:
        nq_fh.write(_nq_lines(onto, ONTOLOGY_GRAPH))
        offset = 0
        index = 0
        pool = ProcessPoolExecutor(max_workers=jobs) if jobs > 1 else None
        try:
            while man.triples < triples:
                args = [(seed, i) for i in range(index, index + batch)]
                results = pool.map(_mapped, args, chunksize=2) if pool else map(_mapped, args)
                for sid, graph, nt, n, ntasks, province in results:
                    if man.triples >= triples:
                        break
                    data = nt.encode("utf-8")
                    nt_fh.write(data)
                    nq_fh.write(_nq_lines(nt, graph))
                    man.sources.append({"id": sid, "graph": graph, "offset": offset, "length": len(data),
                                        "triples": n, "tasks": ntasks, "province": province})
                    offset += len(data)
                    man.triples += n
                index += batch
                if progress:
                    progress(man.triples, triples)
        finally:
            if pool:
                pool.shutdown(cancel_futures=True)
    man.seconds = time.perf_counter() - t0
    (out / "manifest.json").write_text(json.dumps(man.to_json(), ensure_ascii=False), encoding="utf-8")
    return man


def iter_source_ntriples(out_dir: str | Path, man: CorpusManifest) -> Iterator[tuple[str, str]]:
    """(graph IRI, N-Triples) of each source of a generated corpus, read one at a time."""
    with open(Path(out_dir) / "sources.nt", "rb") as fh:
        for s in man.sources:
            fh.seek(s["offset"])
            yield s["graph"], fh.read(s["length"]).decode("utf-8")


# --------------------------------------------------------------------------- texts for timing extraction
_PERCENT = re.compile(r"(?<![\d.,])(\d{1,3})(?:,(\d+))?%")
_THOUSANDS = re.compile(r"(?<![\d.,/-])(\d{1,3}(?:\.\d{3})+)(?![\d.,/-]*\d)")


def _vary_figures(text: str, rng: random.Random) -> str:
    def pct(m: re.Match) -> str:
        v = float(m.group(1) + ("." + m.group(2) if m.group(2) else ""))
        v = min(100.0, max(0.0, v + rng.choice([-5, -2, 0, 2, 5])))
        return _vn_number(round(v, 1)) + "%"

    def count(m: re.Match) -> str:
        v = int(m.group(1).replace(".", ""))
        return _vn_number(max(1000, int(v * rng.uniform(0.6, 1.6))))

    return _THOUSANDS.sub(count, _PERCENT.sub(pct, text))


def synth_texts(out_dir: str | Path, megabytes: float, *, seed: int = 8, corpus_dir: str | Path | None = None) -> list[Path]:
    """About ``megabytes`` MB of source files (UTF-8 .txt + .meta.json): the seed articles of corpus/
    with the province name replaced by another province's and the figures varied."""
    from .read import read_source

    corpus = Path(corpus_dir) if corpus_dir else ROOT / "corpus"
    seeds = sorted(p for p in corpus.glob("*.txt"))
    if not seeds:
        raise FileNotFoundError(f"{corpus}: no seed articles (*.txt) to vary")
    sources = [read_source(p) for p in seeds]
    provinces = load_provinces()
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    total = 0
    i = 0
    while total < megabytes * 1e6:
        rng = random.Random(f"{seed}:text:{i}")
        src = sources[i % len(sources)]
        p = provinces[rng.randrange(len(provinces))]
        old = src.meta.get("province") or ""
        text = src.text.replace(old, p.name) if old else src.text
        text = _vary_figures(text, rng)
        meta = dict(src.meta)
        meta["province"] = p.name
        if meta.get("title") and old:
            meta["title"] = meta["title"].replace(old, p.name)
        if meta.get("site") and old:
            meta["site"] = meta["site"].replace(old, p.name)
        sid = f"t{i:06d}_{hashlib.sha1(f'{seed}:{i}'.encode()).hexdigest()[:12]}"
        path = out / f"{sid}.txt"
        data = unicodedata.normalize("NFC", text).encode("utf-8")
        path.write_bytes(data)
        (out / f"{sid}.meta.json").write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
        written.append(path)
        total += len(data)
        i += 1
    return written


# --------------------------------------------------------------------------- command line
def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m phancong.synth", description=__doc__.split("\n\n")[0])
    ap.add_argument("--triples", help="corpus size: 100k, 1m, 5m or a number of triples")
    ap.add_argument("--texts", type=float, metavar="MB", help="write about MB megabytes of source texts instead")
    ap.add_argument("--out", required=True, help="output directory")
    ap.add_argument("--seed", type=int, default=8)
    ap.add_argument("--jobs", type=int, default=1, help="worker processes (the output does not depend on it)")
    args = ap.parse_args(argv)
    if (args.triples is None) == (args.texts is None):
        ap.error("give exactly one of --triples and --texts")
    try:
        if args.texts is not None:
            files = synth_texts(args.out, args.texts, seed=args.seed)
            mb = sum(f.stat().st_size for f in files) / 1e6
            print(f"wrote {len(files)} source files ({mb:.2f} MB) to {args.out}")
            return 0
        man = generate_corpus(parse_size(args.triples), args.out, seed=args.seed, jobs=args.jobs)
    except (ValueError, FileNotFoundError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(f"wrote {len(man.sources)} sources, {man.triples} triples (target {man.target}) to {args.out} "
          f"in {man.seconds:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
