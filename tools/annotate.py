"""Write the gold annotation files by quoting text; spans are computed, never counted.

Not part of the package. Run from the project root:

    .venv/bin/python tools/annotate.py            # (re)write tests/gold/*.json
    .venv/bin/python tools/annotate.py --show 001  # print every item with its text, to review
    .venv/bin/python tools/annotate.py --out DIR   # write them elsewhere (to compare with tests/gold)

A span is given as a :class:`Q` (quote): ``Q("Ban Tổ chức Tỉnh ủy", after="3. Ban")``
is the first occurrence of the quote at or after the end of the first occurrence
of the anchor; ``n`` picks a later occurrence; ``to="..."`` extends the span to
the end of the first occurrence of that string after the quote's start.
The per-seed content is in the ``seed_NNN`` functions at the end of this file.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLD_DIR = ROOT / "tests" / "gold"
CORPUS = ROOT / "corpus"
SEEDS = (
    "000_aa22e36afa494b0b",
    "001_71a5b6d91341e01c",
    "002_0aa1050f377534dc",
    "003_09ee745815d12435",
    "004_42999f3cf930e581",
)


class Q:
    """A quote that resolves to one span of the normalised text."""

    def __init__(self, quote: str, after=None, n: int = 0, to: str | None = None):
        self.quote, self.after, self.n, self.to = quote, after, n, to

    def __repr__(self):
        return f"Q({self.quote!r}, after={self.after!r}, n={self.n}, to={self.to!r})"


class AnnotationError(Exception):
    pass


class Annotator:
    def __init__(self, source_id: str):
        sys.path.insert(0, str(ROOT / "src"))
        from phancong.text.read import read_source

        src = read_source(CORPUS / f"{source_id}.txt")
        self.sid = source_id
        self.text = src.text
        self.meta = src.meta
        self.province = src.meta.get("province")
        self.documents: list[dict] = []
        self.references: list[dict] = []
        self.bodies: list[dict] = []
        self.task_groups: list[dict] = []
        self.tasks: list[dict] = []
        self.targets: list[dict] = []
        self.statistics: list[dict] = []
        self.assignments: list[dict] = []
        self.relations: list[dict] = []

    # ---- spans -------------------------------------------------------------------------
    def pos(self, anchor) -> int:
        """End position of an anchor (str: its first occurrence; Q; int)."""
        if anchor is None:
            return 0
        if isinstance(anchor, int):
            return anchor
        if isinstance(anchor, str):
            anchor = Q(anchor)
        return self.span(anchor)[1]

    def span(self, q) -> list[int]:
        if isinstance(q, (list, tuple)) and len(q) == 2 and all(isinstance(v, int) for v in q):
            return [q[0], q[1]]
        if isinstance(q, str):
            q = Q(q)
        start = self.pos(q.after)
        i = start - 1
        for _ in range(q.n + 1):
            i = self.text.find(q.quote, i + 1)
            if i < 0:
                raise AnnotationError(f"{self.sid}: not found: {q!r}")
        end = i + len(q.quote)
        if q.to is not None:
            j = self.text.find(q.to, i)
            if j < 0:
                raise AnnotationError(f"{self.sid}: end not found: {q!r}")
            end = j + len(q.to)
        return [i, end]

    def st(self, q) -> dict:
        s = self.span(q)
        return {"span": s, "text": self.text[s[0] : s[1]]}

    def all_spans(self, quote: str, lo=None, hi=None) -> list[list[int]]:
        """Every occurrence of quote between two anchors (lo: after its end; hi: before its start)."""
        start = self.pos(lo)
        stop = len(self.text) if hi is None else self.span(hi)[0]
        out, i = [], self.text.find(quote, start)
        while 0 <= i and i + len(quote) <= stop:
            out.append([i, i + len(quote)])
            i = self.text.find(quote, i + 1)
        return out

    def lines(self, prefix: str, lo=None, hi=None) -> list[list[int]]:
        """The content of every line that starts with prefix (after optional spaces), between two
        anchors; the prefix and a final '.', ';' or ':' are left out."""
        start = self.pos(lo)
        if start > 0 and self.text[start - 1] != "\n":
            start = self.text.find("\n", start) + 1
        stop = len(self.text) if hi is None else self.span(hi)[0]
        out, i = [], start
        while i < stop:
            j = self.text.find("\n", i)
            j = len(self.text) if j < 0 else j
            line = self.text[i:j]
            k = len(line) - len(line.lstrip())
            if line[k:].startswith(prefix) and j <= stop:
                b, e = i + k + len(prefix), j
                while e > b and self.text[e - 1] in " .;:":
                    e -= 1
                out.append([b, e])
            i = j + 1
        return out

    # ---- items ---------------------------------------------------------------------
    def doc(
        self,
        type,
        span,
        *,
        number=None,
        issued=None,
        issuer=None,
        province="<source>",
        term=None,
        title=None,
        main=False,
        mentions=(),
    ) -> str:
        key = f"d{len(self.documents) + 1}"
        s = self.st(span)
        ms = [self.st(m) for m in (span, *mentions)]
        ms = sorted({tuple(m["span"]): m for m in ms}.values(), key=lambda m: m["span"])
        self.documents.append(
            {
                "key": key,
                "type": type,
                "number": number,
                "issued": issued,
                "issuer": issuer,
                "province": self.province if province == "<source>" else province,
                "term": term,
                "title": title,
                "main": main,
                **s,
                "mentions": ms,
            }
        )
        return key

    def ref(self, frm, to, relation, span):
        self.references.append({"from": frm, "to": to, "relation": relation, **self.st(span)})

    def body(self, name, type, mentions, *, level="province", province="<source>") -> str:
        key = f"b{len(self.bodies) + 1}"
        ms = [self.st(m) for m in mentions]
        ms = sorted({tuple(m["span"]): m for m in ms}.values(), key=lambda m: m["span"])
        self.bodies.append(
            {
                "key": key,
                "name": name,
                "type": type,
                "province": self.province if province == "<source>" else province,
                "level": level,
                "mentions": ms,
            }
        )
        return key

    def group(self, span, *, label, kind, declared, document, ordinal=None, deadline=None) -> str:
        key = f"g{len(self.task_groups) + 1}"
        self.task_groups.append(
            {
                "key": key,
                "document": document,
                "ordinal": ordinal,
                "label": label,
                "kind": kind,
                "declared_count": declared,
                "deadline_year": deadline,
                **self.st(span),
            }
        )
        return key

    def task(self, span, *, document, group=None, ordinal=None, label=None) -> str:
        key = f"t{len(self.tasks) + 1}"
        s = self.st(span)
        self.tasks.append(
            {
                "key": key,
                "document": document,
                "group": group,
                "ordinal": ordinal,
                "label": label if label is not None else s["text"],
                **s,
            }
        )
        return key

    def target(
        self,
        span,
        value,
        comparator,
        unit,
        population,
        *,
        document,
        group=None,
        indicator=None,
        upper=None,
        deadline=None,
        period=None,
        period_start=None,
        period_end=None,
        subject=None,
        parent=None,
        total=None,
    ) -> str:
        key = f"x{len(self.targets) + 1}"
        self.targets.append(
            {
                "key": key,
                "document": document,
                "group": group,
                "indicator": indicator,
                "value": value,
                "upper": upper,
                "comparator": comparator,
                "unit": unit,
                "population": population,
                "deadline_year": deadline,
                "period": period,
                "period_start": period_start,
                "period_end": period_end,
                "subject": subject,
                **self.st(span),
                "parent": parent,
                "total": total,
            }
        )
        return key

    def stat(
        self,
        span,
        value,
        unit,
        population,
        *,
        comparator="exactly",
        document=None,
        indicator=None,
        as_of=None,
        subject=None,
        parent=None,
        total=None,
    ) -> str:
        key = f"s{len(self.statistics) + 1}"
        self.statistics.append(
            {
                "key": key,
                "document": document,
                "indicator": indicator,
                "value": value,
                "comparator": comparator,
                "unit": unit,
                "population": population,
                "as_of": as_of,
                "subject": subject,
                **self.st(span),
                "parent": parent,
                "total": total,
            }
        )
        return key

    def assign(self, body, task, role, *, partners=(), span=None, status=None, inherited=False) -> str:
        key = f"a{len(self.assignments) + 1}"
        if span is None:
            t = next(t for t in self.tasks if t["key"] == task)
            s = {"span": list(t["span"]), "text": t["text"]}
        else:
            s = self.st(span)
        extra = {**({"status": status} if status else {}), **({"inherited": True} if inherited else {})}
        self.assignments.append(
            {
                "key": key,
                "body": body,
                "task": task,
                "role": role,
                "partners": list(partners),
                **s,
                **extra,
            }
        )
        return key

    def rel(self, frm, to, kind, span) -> str:
        key = f"r{len(self.relations) + 1}"
        self.relations.append({"key": key, "from": frm, "to": to, "kind": kind, **self.st(span)})
        return key

    # ---- output --------------------------------------------------------------------
    def result(self) -> dict:
        m = self.meta
        return {
            "source": {
                "id": self.sid,
                "title": m.get("title"),
                "province": m.get("province"),
                "published": m.get("published"),
                "site": m.get("site"),
                "language": m.get("language"),
            },
            "documents": self.documents,
            "references": self.references,
            "bodies": self.bodies,
            "task_groups": self.task_groups,
            "tasks": self.tasks,
            "targets": self.targets,
            "statistics": self.statistics,
            "assignments": self.assignments,
            "relations": self.relations,
            "problems": [],
        }


def dumps(data: dict) -> str:
    """Pretty JSON (indent 2, UTF-8 text) with spans and key lists kept on one line."""
    text = json.dumps(data, ensure_ascii=False, indent=2)
    text = re.sub(r"\[\s+(-?\d+),\s+(-?\d+)\s+\]", r"[\1, \2]", text)
    text = re.sub(
        r'\[\s+("[a-z]\d+"(?:,\s+"[a-z]\d+")*)\s+\]', lambda m: "[" + re.sub(r",\s+", ", ", m.group(1)) + "]", text
    )
    return text + "\n"


def build(sid: str) -> dict:
    a = Annotator(sid)
    globals()[f"seed_{sid[:3]}"](a)
    return a.result()


def show(data: dict) -> None:
    for cat in (
        "documents",
        "references",
        "bodies",
        "task_groups",
        "tasks",
        "targets",
        "statistics",
        "assignments",
        "relations",
    ):
        print(f"== {cat} ({len(data[cat])})")
        for it in data[cat]:
            extra = {k: v for k, v in it.items() if k not in ("span", "text", "mentions", "label")}
            print(" ", json.dumps(extra, ensure_ascii=False))
            if "text" in it:
                print("     ", it["span"], repr(it["text"]))
            for m in it.get("mentions", []):
                print("      m", m["span"], repr(m["text"]))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show", metavar="PREFIX", help="print the items of one seed instead of writing")
    ap.add_argument("--out", metavar="DIR", type=Path, default=GOLD_DIR, help="where to write (default tests/gold)")
    args = ap.parse_args(argv)
    for sid in SEEDS:
        if args.show and not sid.startswith(args.show):
            continue
        data = build(sid)
        if args.show:
            show(data)
            continue
        args.out.mkdir(parents=True, exist_ok=True)
        out = args.out / f"{sid}.json"
        out.write_text(dumps(data), encoding="utf-8")
        print(
            f"wrote {out}: "
            + ", ".join(
                f"{c} {len(data[c])}"
                for c in (
                    "documents",
                    "references",
                    "bodies",
                    "task_groups",
                    "tasks",
                    "targets",
                    "statistics",
                    "assignments",
                    "relations",
                )
            )
        )
    return 0


# ======================================================================================
# The annotations. Read docs/gold-format.md for the guidelines they follow.
# ======================================================================================


def _outside(spans, containers):
    """Drop the spans that lie inside one of the container spans (a name inside another name)."""
    cs = list(containers)
    return [s for s in spans if not any(c[0] <= s[0] and s[1] <= c[1] and list(c) != list(s) for c in cs)]


def seed_000(a: Annotator) -> None:
    """Quảng Ninh: the provincial resolution on the leadership capacity of party committees."""
    # ---- bodies
    cong19 = [a.span("Đại hội lần thứ XIX Đảng bộ tỉnh"), a.span("Đại hội Đảng bộ tỉnh lần thứ XIX")]
    qn = a.span("Đảng bộ tỉnh Quảng Ninh")
    # "Đảng bộ tỉnh" is the Party organisation of the province (its committee is the Tỉnh ủy); where the
    # text names it acting (not "trực thuộc Đảng bộ tỉnh", a qualifier) it is a body
    a.body("Đảng bộ tỉnh", "party-organisation", _outside(a.all_spans("Đảng bộ tỉnh"), cong19 + [qn]) + [qn])
    a.body(
        "Ban Thường vụ Tỉnh ủy", "standing-committee", a.all_spans("BTV Tỉnh ủy") + a.all_spans("Ban Thường vụ Tỉnh ủy")
    )
    bch_tw = a.body(
        "Ban Chấp hành Trung ương", "central-committee", [Q("BCH Trung ương")], level="central", province=None
    )
    dh19 = a.body("Đại hội Đảng bộ tỉnh lần thứ XIX", "party-congress", cong19)
    a.body(
        "Đại hội đại biểu toàn quốc lần thứ XIII",
        "party-congress",
        [Q("Đại hội XIII của Đảng")],
        level="central",
        province=None,
    )

    # ---- documents
    d1 = a.doc(
        "Resolution",
        Q("Nghị quyết về nâng cao năng lực lãnh đạo và sức chiến đấu của cấp ủy, tổ chức đảng"),
        term="2020-2025",
        main=True,
        title="Nghị quyết về nâng cao năng lực lãnh đạo và sức chiến đấu của cấp ủy, tổ chức đảng",
    )
    d2 = a.doc(
        "Resolution",
        Q("Nghị quyết Đại hội lần thứ XIX Đảng bộ tỉnh"),
        issuer=dh19,
        title="Nghị quyết Đại hội lần thứ XIX Đảng bộ tỉnh",
    )
    d3 = a.doc(
        "Resolution",
        Q("Nghị quyết số 22-NQ/TW"),
        number="22-NQ/TW",
        issued="2008-02-02",
        issuer=bch_tw,
        province=None,
        title="Nghị quyết về nâng cao năng lực lãnh đạo, sức chiến đấu của TCCSĐ "
        "và chất lượng đội ngũ cán bộ, đảng viên",
    )
    d4 = a.doc("Resolution", Q("Nghị quyết số 32-NQ/TU"), number="32-NQ/TU")
    d5 = a.doc("Scheme", Q("Đề án số 04-ĐA/TU"), number="04-ĐA/TU")
    a.ref(d1, d2, "cites", Q("có 1 chỉ tiêu mới được xác định trong Nghị quyết Đại hội lần thứ XIX Đảng bộ tỉnh"))
    a.ref(d1, d3, "inheritsFrom", Q("kế thừa các quan điểm chỉ đạo trong Nghị quyết số 22-NQ/TW"))
    a.ref(d1, d4, "inheritsFrom", Q("kế thừa các quan điểm", to="Nghị quyết số 32-NQ/TU"))
    a.ref(d1, d5, "inheritsFrom", Q("kế thừa các quan điểm", to="Đề án số 04-ĐA/TU"))

    # ---- target groups to 2025
    heads = [
        ("(1) Về đổi mới", "Về đổi mới, nâng cao chất lượng lãnh đạo và hiệu quả hoạt động", 3),
        ("(2) Về đào tạo trình độ chuyên môn", "Về đào tạo trình độ chuyên môn", 2),
        ("(3) Về đào tạo trình độ lý luận chính trị", "Về đào tạo trình độ lý luận chính trị", 2),
        ("(4) Về bồi dưỡng", "Về bồi dưỡng cập nhật kiến thức mới", 2),
        ("(5) Về cơ cấu", "Về cơ cấu đội ngũ cấp ủy viên các cấp", 4),
        ("(6) Về xây dựng", "Về xây dựng, sắp xếp, kiện toàn tổ chức đảng và phát triển đảng viên", 3),
        (
            "(7) Về đánh giá",
            "Về đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên và tập thể, cá nhân cán bộ lãnh đạo, quản lý",
            5,
        ),
        ("(8) Công tác kiểm tra", "Công tác kiểm tra, giám sát, kỷ luật đảng", 5),
    ]
    g = {}
    for i, (start, label, n) in enumerate(heads, 1):
        g[i] = a.group(
            Q(start, to=f"({n} chỉ tiêu)"),
            label=label,
            kind="target",
            declared=n,
            document=d1,
            ordinal=i,
            deadline=2025,
        )

    def t25(grp, span, value, comparator, unit, population, **kw):
        return a.target(span, value, comparator, unit, population, document=d1, group=g[grp], deadline=2025, **kw)

    # (1)
    t25(
        1,
        Q("100% cấp ủy, tổ chức đảng xây dựng quy chế", to="quy chế làm việc đã đề ra"),
        100,
        "exactly",
        "percent",
        "cấp ủy, tổ chức đảng xây dựng và thực hiện nghiêm túc quy chế làm việc",
    )
    t25(
        1,
        Q("100% các cấp ủy, tổ chức đảng, cơ quan", to="nhiệm vụ chính trị đề ra hằng năm"),
        100,
        "exactly",
        "percent",
        "cấp ủy, tổ chức đảng, cơ quan, đơn vị trong hệ thống chính trị hoàn thành nhiệm vụ chính trị",
        period="annual",
    )
    t25(
        1,
        Q("100% đảng bộ trực thuộc Đảng bộ tỉnh (cấp trên", to="kết nạp đảng viên hằng năm"),
        100,
        "exactly",
        "percent",
        "đảng bộ trực thuộc Đảng bộ tỉnh hoàn thành chỉ tiêu kết nạp đảng viên",
        period="annual",
    )
    # (2)
    t25(
        2,
        Q("100% cấp ủy viên cấp trên trực tiếp cơ sở có trình độ đại học trở lên"),
        100,
        "exactly",
        "percent",
        "cấp ủy viên cấp trên trực tiếp cơ sở có trình độ đại học trở lên",
        indicator="upper-committee-members-university",
    )
    t25(
        2,
        Q("85% cấp ủy viên cấp cơ sở có trình độ đại học trở lên"),
        85,
        "exactly",
        "percent",
        "cấp ủy viên cấp cơ sở có trình độ đại học trở lên",
        indicator="commune-committee-members-university",
    )
    # (3)
    t25(
        3,
        Q("100% cấp ủy viên cấp trên trực tiếp cơ sở có trình độ cử nhân hoặc cao cấp"),
        100,
        "exactly",
        "percent",
        "cấp ủy viên cấp trên trực tiếp cơ sở có trình độ lý luận chính trị cử nhân hoặc cao cấp",
        indicator="upper-committee-members-political-theory",
    )
    t25(
        3,
        Q("95% cấp ủy viên cấp cơ sở có trình độ trung cấp lý luận chính trị trở lên"),
        95,
        "exactly",
        "percent",
        "cấp ủy viên cấp cơ sở có trình độ trung cấp lý luận chính trị trở lên",
        indicator="commune-committee-members-political-theory",
    )
    # (4) one figure shared by two chỉ tiêu
    t25(
        4,
        Q("100% cấp ủy viên cấp trên trực tiếp cơ sở", after="(4) Về bồi dưỡng"),
        100,
        "exactly",
        "percent",
        "cấp ủy viên cấp trên trực tiếp cơ sở được bồi dưỡng nghiệp vụ công tác Đảng và cập nhật kiến thức mới",
    )
    t25(
        4,
        Q("cấp ủy viên cơ sở được bồi dưỡng", to="kiến thức mới phù hợp"),
        100,
        "exactly",
        "percent",
        "cấp ủy viên cơ sở được bồi dưỡng nghiệp vụ công tác Đảng và cập nhật kiến thức mới",
    )
    # (5)
    young = t25(
        5,
        Q("Tỷ lệ cán bộ trẻ (dưới 40 tuổi)", to="đạt từ 10% trở lên"),
        10,
        "at-least",
        "percent",
        "cán bộ trẻ (dưới 40 tuổi) giữ các chức danh thuộc diện BTV Tỉnh ủy quản lý",
        indicator="young-cadres-share",
    )
    t25(
        5,
        Q("tham gia cấp ủy viên cấp tỉnh và cấp trên trực tiếp cơ sở đạt từ 10% trở lên"),
        10,
        "at-least",
        "percent",
        "cán bộ trẻ tham gia cấp ủy viên cấp tỉnh và cấp trên trực tiếp cơ sở",
        indicator="young-cadres-share",
        parent=young,
    )
    female = t25(
        5,
        Q("Tỷ lệ cán bộ nữ giữ các chức danh", to="đạt từ 15% trở lên"),
        15,
        "at-least",
        "percent",
        "cán bộ nữ giữ các chức danh thuộc diện BTV Tỉnh ủy quản lý",
        indicator="female-cadres-share",
    )
    t25(
        5,
        Q("tham gia cấp ủy viên cấp tỉnh đạt từ 15% trở lên"),
        15,
        "at-least",
        "percent",
        "cán bộ nữ tham gia cấp ủy viên cấp tỉnh",
        indicator="female-cadres-share",
        parent=female,
    )
    t25(
        5,
        Q("cấp ủy viên cấp trên trực tiếp cơ sở đạt từ 20% trở lên"),
        20,
        "at-least",
        "percent",
        "cán bộ nữ tham gia cấp ủy viên cấp trên trực tiếp cơ sở",
        indicator="female-cadres-share",
        parent=female,
    )
    ethnic = t25(
        5,
        Q("Tỷ lệ cán bộ dân tộc thiểu số", to="đạt từ 20% trở lên"),
        20,
        "at-least",
        "percent",
        "cán bộ dân tộc thiểu số giữ các chức danh thuộc diện BTV Tỉnh ủy quản lý",
        indicator="ethnic-minority-cadres-share",
    )
    t25(
        5,
        Q("tham gia cấp ủy viên cấp tỉnh và cấp trên trực tiếp cơ sở đạt từ 25% trở lên"),
        25,
        "at-least",
        "percent",
        "cán bộ dân tộc thiểu số tham gia cấp ủy viên cấp tỉnh và cấp trên trực tiếp cơ sở",
        indicator="ethnic-minority-cadres-share",
        parent=ethnic,
    )
    nonlocal_ = t25(
        5,
        Q("90-100% bí thư cấp ủy"),
        90,
        "range",
        "percent",
        "bí thư cấp ủy cấp huyện không phải là người địa phương",
        upper=100,
        indicator="non-local-district-secretaries",
    )
    t25(
        5,
        Q("từ 50% trở lên chủ tịch UBND cấp huyện không phải là người địa phương"),
        50,
        "at-least",
        "percent",
        "chủ tịch UBND cấp huyện không phải là người địa phương",
        indicator="non-local-district-chairs",
        parent=nonlocal_,
    )
    t25(
        5,
        Q("từ 50% trở lên bí thư hoặc chủ tịch UBND cấp xã không phải là người địa phương"),
        50,
        "at-least",
        "percent",
        "bí thư hoặc chủ tịch UBND cấp xã không phải là người địa phương",
        indicator="non-local-commune-leaders",
        parent=nonlocal_,
    )
    t25(
        5,
        Q("100% trưởng thôn, bản, tổ trưởng tổ dân phố là đảng viên"),
        100,
        "exactly",
        "percent",
        "trưởng thôn, bản, tổ trưởng tổ dân phố là đảng viên",
        indicator="village-heads-party-members",
        parent=nonlocal_,
    )
    # (6)
    t25(
        6,
        Q("từ 10 tổ chức đảng trở lên trong các doanh nghiệp và đơn vị kinh tế tư nhân"),
        10,
        "at-least",
        "party-organisation",
        "tổ chức đảng thành lập trong các doanh nghiệp và đơn vị kinh tế tư nhân",
        indicator="party-organisations-founded-private",
        period="annual",
    )
    t25(
        6,
        Q("Kịp thời sắp xếp", to="của hệ thống chính trị"),
        None,
        None,
        None,
        "tổ chức đảng được sắp xếp, kiện toàn đồng bộ với tổ chức bộ máy của hệ thống chính trị",
    )
    admitted = t25(
        6,
        Q("Số đảng viên kết nạp hằng năm từ 1.800 đảng viên trở lên"),
        1800,
        "at-least",
        "party-member",
        "đảng viên kết nạp",
        indicator="party-members-admitted",
        period="annual",
    )
    t25(
        6,
        Q("từ 180 đảng viên trở lên là quần chúng ưu tú trong các doanh nghiệp và đơn vị kinh tế tư nhân"),
        180,
        "at-least",
        "party-member",
        "đảng viên kết nạp là quần chúng ưu tú trong các doanh nghiệp và đơn vị kinh tế tư nhân",
        indicator="party-members-admitted",
        period="annual",
        parent=admitted,
    )
    # (7)
    t25(
        7,
        Q("100% đảng bộ trực thuộc Đảng bộ tỉnh", after="(7) Về đánh giá"),
        100,
        "exactly",
        "percent",
        "đảng bộ trực thuộc Đảng bộ tỉnh hoàn thành tốt nhiệm vụ trở lên",
        indicator="party-organisations-rated-good",
        period="annual",
    )
    t25(
        7,
        Q("tập thể BTV cấp ủy cấp trên trực tiếp cơ sở hoàn thành tốt nhiệm vụ trở lên"),
        100,
        "exactly",
        "percent",
        "tập thể ban thường vụ cấp ủy cấp trên trực tiếp cơ sở hoàn thành tốt nhiệm vụ trở lên",
        period="annual",
    )
    t25(
        7,
        Q("Số TCCSĐ hoàn thành tốt nhiệm vụ trở lên hằng năm đạt từ 90% trở lên"),
        90,
        "at-least",
        "percent",
        "tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên",
        indicator="party-organisations-rated-good",
        period="annual",
    )
    t25(
        7,
        Q("Số đảng viên hoàn thành tốt nhiệm vụ trở lên hằng năm đạt từ 90% trở lên"),
        90,
        "at-least",
        "percent",
        "đảng viên hoàn thành tốt nhiệm vụ trở lên",
        indicator="party-members-rated-good",
        period="annual",
    )
    exemplary = t25(
        7,
        Q("số cán bộ, đảng viên thực hiện tốt trách nhiệm nêu gương hằng năm đạt từ 50% trở lên"),
        50,
        "at-least",
        "percent",
        "cán bộ, đảng viên thực hiện tốt trách nhiệm nêu gương",
        indicator="exemplary-cadres-share",
        period="annual",
    )
    t25(
        7,
        Q("cán bộ lãnh đạo, quản lý trong hệ thống chính trị đạt từ 70% trở lên"),
        70,
        "at-least",
        "percent",
        "cán bộ lãnh đạo, quản lý trong hệ thống chính trị thực hiện tốt trách nhiệm nêu gương",
        indicator="exemplary-cadres-share",
        period="annual",
        parent=exemplary,
    )
    # (8)
    t25(
        8,
        Q("100% các tổ chức đảng trực thuộc Đảng bộ tỉnh"),
        100,
        "exactly",
        "percent",
        "tổ chức đảng trực thuộc Đảng bộ tỉnh được kiểm tra, giám sát định kỳ",
        indicator="inspection-coverage",
    )
    t25(
        8,
        Q("50% trở lên các tổ chức đảng trong các sở, ban, ngành, đoàn thể tỉnh"),
        50,
        "at-least",
        "percent",
        "tổ chức đảng trong các sở, ban, ngành, đoàn thể tỉnh được kiểm tra, giám sát định kỳ",
        indicator="inspection-coverage",
    )
    t25(
        8,
        Q("50% trở lên các đồng chí đảng viên là cán bộ thuộc diện BTV Tỉnh ủy quản lý"),
        50,
        "at-least",
        "percent",
        "đảng viên là cán bộ thuộc diện BTV Tỉnh ủy quản lý được kiểm tra, giám sát định kỳ",
        indicator="inspection-coverage",
    )
    t25(
        8,
        Q("100% tổ chức đảng, đảng viên khi có dấu hiệu vi phạm"),
        100,
        "exactly",
        "percent",
        "tổ chức đảng, đảng viên có dấu hiệu vi phạm được kiểm tra",
        indicator="inspection-coverage",
    )
    t25(
        8,
        Q("100% đơn khiếu nại, tố cáo theo thẩm quyền"),
        100,
        "exactly",
        "percent",
        "đơn khiếu nại, tố cáo được giải quyết theo thẩm quyền",
    )

    # ---- the 2030 block: one target group of 6 numbered chỉ tiêu
    g30 = a.group(
        Q("Xác định mục tiêu đến năm 2030 gồm 6 chỉ tiêu có tính chất định hướng"),
        label="Mục tiêu đến năm 2030",
        kind="target",
        declared=6,
        document=d1,
        deadline=2030,
    )

    def t30(span, value, comparator, unit, population, **kw):
        return a.target(span, value, comparator, unit, population, document=d1, group=g30, deadline=2030, **kw)

    c1 = t30(
        Q("90% cấp ủy viên cấp cơ sở có trình độ đại học trở lên"),
        90,
        "exactly",
        "percent",
        "cấp ủy viên cấp cơ sở có trình độ đại học trở lên",
        indicator="commune-committee-members-university",
    )
    t30(
        Q("100% cấp ủy viên cấp cơ sở có trình độ trung cấp lý luận chính trị trở lên"),
        100,
        "exactly",
        "percent",
        "cấp ủy viên cấp cơ sở có trình độ trung cấp lý luận chính trị trở lên",
        indicator="commune-committee-members-political-theory",
        parent=c1,
    )
    c2 = t30(
        Q("Tỷ lệ cán bộ trẻ (dưới 40 tuổi)", after="năm 2030", to="đạt từ 20% trở lên"),
        20,
        "at-least",
        "percent",
        "cán bộ trẻ (dưới 40 tuổi) giữ các chức danh thuộc diện BTV Tỉnh ủy quản lý",
        indicator="young-cadres-share",
    )
    t30(
        Q("tham gia cấp ủy viên cấp tỉnh và cấp trên trực tiếp cơ sở đạt từ 10% đến 15%"),
        10,
        "range",
        "percent",
        "cán bộ trẻ tham gia cấp ủy viên cấp tỉnh và cấp trên trực tiếp cơ sở",
        upper=15,
        indicator="young-cadres-share",
        parent=c2,
    )
    t30(
        Q("Tỷ lệ cán bộ nữ tham gia", to="đạt từ 20% đến 25%"),
        20,
        "range",
        "percent",
        "cán bộ nữ tham gia cấp ủy viên cấp tỉnh và cấp ủy viên cấp trên trực tiếp cơ sở",
        upper=25,
        indicator="female-cadres-share",
    )
    c4 = t30(
        Q("100% bí thư cấp ủy", after="năm 2030"),
        100,
        "exactly",
        "percent",
        "bí thư cấp ủy cấp huyện không phải là người địa phương",
        indicator="non-local-district-secretaries",
    )
    t30(
        Q("70% chủ tịch UBND cấp huyện không phải là người địa phương"),
        70,
        "exactly",
        "percent",
        "chủ tịch UBND cấp huyện không phải là người địa phương",
        indicator="non-local-district-chairs",
        parent=c4,
    )
    t30(
        Q("từ 65% trở lên bí thư cấp ủy hoặc chủ tịch UBND cấp xã không phải là người địa phương"),
        65,
        "at-least",
        "percent",
        "bí thư cấp ủy hoặc chủ tịch UBND cấp xã không phải là người địa phương",
        indicator="non-local-commune-leaders",
        parent=c4,
    )
    t30(
        Q("từ 12 tổ chức đảng trở lên trong các doanh nghiệp và đơn vị kinh tế tư nhân"),
        12,
        "at-least",
        "party-organisation",
        "tổ chức đảng thành lập trong các doanh nghiệp và đơn vị kinh tế tư nhân",
        indicator="party-organisations-founded-private",
        period="annual",
    )
    c6 = t30(
        Q("số cán bộ, đảng viên thực hiện tốt trách nhiệm nêu gương đạt từ 70% trở lên"),
        70,
        "at-least",
        "percent",
        "cán bộ, đảng viên thực hiện tốt trách nhiệm nêu gương",
        indicator="exemplary-cadres-share",
        period="annual",
    )
    t30(
        Q("cán bộ lãnh đạo, quản lý trong hệ thống chính trị đạt từ 80% trở lên"),
        80,
        "at-least",
        "percent",
        "cán bộ lãnh đạo, quản lý trong hệ thống chính trị thực hiện tốt trách nhiệm nêu gương",
        indicator="exemplary-cadres-share",
        period="annual",
        parent=c6,
    )

    # ---- "11 nhiệm vụ và giải pháp": a declared count, no task listed in the article
    a.group(
        Q("11 nhiệm vụ và giải pháp thực hiện cụ thể"),
        label="Nhiệm vụ và giải pháp thực hiện",
        kind="task",
        declared=11,
        document=d1,
    )


def seed_001(a: Annotator) -> None:
    """Tuyên Quang: Đề án 03-ĐA/TU, its three task groups and the duties of nine bodies."""
    duties = "nhiệm vụ của các tổ chức, cơ quan cụ thể"
    P = {i: Q(f"\n{i}. ", after=duties) for i in range(1, 10)}  # the nine duty paragraphs

    # ---- bodies
    # the committee that issues the Đề án, named as the text names it; the Party organisation apart
    tu = a.body("Ban Chấp hành Đảng bộ tỉnh", "provincial-party-committee", [Q("Ban Chấp hành Đảng bộ tỉnh")])
    a.body("Đảng bộ tỉnh", "party-organisation", [Q("Đảng bộ tỉnh", after="Tính đến 31/12/2020, ")])
    # ", các" opens the next collective of a list (docs/gold-format.md): "Các cấp ủy, tổ chức đảng, các đảng đoàn"
    c_party = a.body(
        "Các cấp ủy, tổ chức Đảng",
        "collective",
        [Q("Các cấp ủy, tổ chức Đảng"), Q("Các cấp ủy, tổ chức đảng, các đảng đoàn", to="tổ chức đảng")],
        level=None,
    )
    btv = a.body("Ban Thường vụ Tỉnh ủy", "standing-committee", a.all_spans("Ban Thường vụ Tỉnh ủy"))
    dd_hdnd = a.body(
        "Đảng đoàn Hội đồng nhân dân tỉnh", "peoples-council-party-delegation", [Q("Đảng đoàn Hội đồng nhân dân tỉnh")]
    )
    hdnd = a.body(
        "Hội đồng nhân dân tỉnh",
        "peoples-council",
        [Q("Hội đồng nhân dân tỉnh", after="Đảng đoàn Hội đồng nhân dân tỉnh; Lãnh đạo ")],
    )
    bcs = a.body(
        "Ban Cán sự đảng Ủy ban nhân dân tỉnh",
        "peoples-committee-party-board",
        [Q("Ban Cán sự đảng Ủy ban nhân dân tỉnh")],
    )
    ubnd = a.body("Ủy ban nhân dân tỉnh", "peoples-committee", [Q("Ủy ban nhân dân tỉnh", after="\nLãnh đạo ")])
    btc = a.body("Ban Tổ chức Tỉnh ủy", "organisation-commission", a.all_spans("Ban Tổ chức Tỉnh ủy"))
    c_related = a.body("các cấp ủy, cơ quan liên quan", "collective", [Q("các cấp ủy, cơ quan liên quan")], level=None)
    c_committees = a.body("các cấp ủy", "collective", [Q("các cấp ủy, các đảng đoàn", to="các cấp ủy")], level=None)
    # "các đảng đoàn, ban cán sự đảng": two kinds of Party organ, one collective each (as the dev set's gold
    # reads "các ban Đảng, đảng đoàn, ban cán sự Đảng")
    c_delegations = a.body(
        "các đảng đoàn",
        "collective",
        [
            Q("các đảng đoàn, ban cán sự đảng", to="các đảng đoàn"),
            Q("các đảng đoàn, ban cán sự đảng", n=1, to="các đảng đoàn"),
        ],
        level=None,
    )
    c_party_boards = a.body(
        "ban cán sự đảng",
        "collective",
        [Q("ban cán sự đảng", after="các đảng đoàn, "), Q("ban cán sự đảng", after="các đảng đoàn, ", n=1)],
        level=None,
    )
    # the first duty of the Ban Tổ chức hands it the implementation of the whole Đề án
    whole = Q("Chủ trì, phối hợp, hướng dẫn, đôn đốc các cấp ủy, cơ quan liên quan", to="có hiệu quả")
    snv = a.body("Sở Nội vụ", "department", [Q("Sở Nội vụ")])
    bdt = a.body("Ban Dân tộc tỉnh", "ethnic-affairs-committee", [Q("Ban Dân tộc tỉnh")])
    c_agencies = a.body(
        "các cơ quan liên quan", "collective", [Q("các cơ quan liên quan", after="Ban Dân tộc tỉnh")], level=None
    )
    c_boards = a.body("các Ban đảng Tỉnh ủy", "collective", [Q("các Ban đảng Tỉnh ủy")])
    vp = a.body("Văn phòng Tỉnh ủy", "party-office", [Q("Văn phòng Tỉnh ủy")])
    c_districts = a.body(
        "các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy",
        "collective",
        [
            Q("các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy"),
            Q("Các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy"),
        ],
        level="district",
    )
    btg = a.body("Ban Tuyên giáo Tỉnh ủy", "propaganda-commission", a.all_spans("Ban Tuyên giáo Tỉnh ủy"))
    bdv = a.body("Ban Dân vận Tỉnh ủy", "mass-mobilisation-commission", [Q("Ban Dân vận Tỉnh ủy")])
    dd = {}
    for name, quote in (
        ("Đảng đoàn Mặt trận Tổ quốc tỉnh", "Mặt trận Tổ quốc tỉnh"),
        ("Đảng đoàn Liên đoàn lao động tỉnh", "Liên đoàn lao động tỉnh"),
        ("Đảng đoàn Hội Nông dân tỉnh", "Hội Nông dân tỉnh"),
        ("Đảng đoàn Hội Liên hiệp Phụ nữ tỉnh", "Hội Liên hiệp Phụ nữ tỉnh"),
        ("Đảng đoàn Hội Cựu chiến binh tỉnh", "Hội Cựu chiến binh"),
    ):
        dd[name] = a.body(name, "party-delegation", [Q(quote, after="các đảng đoàn: ")])
    tdoan = a.body("Ban Thường vụ Tỉnh đoàn", "youth-union", [Q("Ban Thường vụ Tỉnh đoàn")])
    ubkt = a.body("Ủy ban Kiểm tra Tỉnh ủy", "inspection-commission", [Q("Ủy ban Kiểm tra Tỉnh ủy")])
    tct = a.body("Trường Chính trị tỉnh", "political-school", [Q("Trường Chính trị tỉnh")])
    c_centres = a.body(
        "trung tâm bồi dưỡng chính trị các huyện, thành phố",
        "collective",
        [Q("trung tâm bồi dưỡng chính trị các huyện, thành phố")],
        level="district",
    )
    c_depts = a.body("các sở, ngành có liên quan", "collective", [Q("các sở, ngành có liên quan")])
    # "… giúp việc cấp ủy tỉnh và các cơ quan cấp tỉnh": "và các" opens the next collective, as ", các" does
    c_advisers = a.body(
        "các cơ quan chuyên trách tham mưu, giúp việc cấp ủy tỉnh",
        "collective",
        [Q("các cơ quan chuyên trách tham mưu, giúp việc cấp ủy tỉnh", to="cấp ủy tỉnh")],
        level=None,
    )
    c_provincial = a.body("các cơ quan cấp tỉnh", "collective", [Q("các cơ quan cấp tỉnh")], level=None)

    # ---- documents
    title = Q("Đề án về nâng cao năng lực lãnh đạo", to="trong tình hình mới")
    d1_mentions = _outside(
        a.all_spans("Đề án"), [a.span(title), a.span("Đề án số 02-ĐA/TU"), a.span("Đề án số 03-ĐA/TU")]
    )
    d1 = a.doc(
        "Scheme",
        Q("Đề án số 03-ĐA/TU"),
        number="03-ĐA/TU",
        issued="2021-06-12",
        issuer=tu,
        main=True,
        title="Đề án về nâng cao năng lực lãnh đạo, sức chiến đấu của tổ chức cơ sở đảng, củng cố hệ thống "
        "chính trị ở cơ sở và nâng cao chất lượng đội ngũ cán bộ, đảng viên đáp ứng yêu cầu nhiệm vụ "
        "trong tình hình mới",
        mentions=[title, *d1_mentions],
    )
    d2 = a.doc(
        "Scheme",
        Q("Đề án số 02-ĐA/TU"),
        number="02-ĐA/TU",
        issued="2021-05-23",
        issuer=btv,
        title="Đề án về tiếp tục đổi mới nội dung, phương thức hoạt động của Mặt trận Tổ quốc và các tổ chức "
        "chính trị - xã hội, nhất là ở cơ sở",
    )
    a.ref(d1, d2, "cites", Q("gắn với việc thực hiện có hiệu quả Đề án số 02-ĐA/TU"))

    # ---- statistics: the situation on 31/12/2020 (part of the Đề án as excerpted)
    def st(span, value, unit, population, **kw):
        kw.setdefault("as_of", "2020-12-31")
        return a.stat(span, value, unit, population, document=d1, subject=tu, **kw)

    s = st(Q("10 Đảng bộ trực thuộc Tỉnh ủy"), 10, "party-organisation", "đảng bộ trực thuộc Tỉnh ủy")
    st(Q("07 đảng bộ huyện, thành phố"), 7, "party-organisation", "đảng bộ huyện, thành phố", parent=s)
    st(Q("03 đảng bộ trực thuộc Tỉnh ủy"), 3, "party-organisation", "đảng bộ trực thuộc Tỉnh ủy (khác)", parent=s)
    communes = st(Q("138 xã, phường, thị trấn"), 138, "locality", "xã, phường, thị trấn")
    villages = st(Q("1.733 thôn, tổ dân phố"), 1733, "locality", "thôn, tổ dân phố")
    st(Q("63 xã"), 63, "locality", "xã đặc biệt khó khăn", parent=communes)
    st(Q("123 thôn đặc biệt khó khăn"), 123, "locality", "thôn đặc biệt khó khăn", parent=villages)
    tcc = st(Q("448 tổ chức cơ sở đảng"), 448, "party-organisation", "tổ chức cơ sở đảng")
    st(Q("Đảng bộ cơ sở là 250"), 250, "party-organisation", "đảng bộ cơ sở", parent=tcc)
    st(Q("chi bộ cơ sở là 198"), 198, "party-organisation", "chi bộ cơ sở", parent=tcc)
    st(Q("3.071 chi bộ trực thuộc đảng bộ cơ sở"), 3071, "party-organisation", "chi bộ trực thuộc đảng bộ cơ sở")
    communes2 = st(Q("138 xã, phường, thị trấn", n=1), 138, "locality", "xã, phường, thị trấn")
    st(Q("124 xã"), 124, "locality", "xã", parent=communes2)
    st(Q("10 phường"), 10, "locality", "phường", parent=communes2)
    st(Q("04 thị trấn"), 4, "locality", "thị trấn", parent=communes2)
    st(Q("3.501 đại biểu Hội đồng nhân dân cấp xã"), 3501, "person", "đại biểu Hội đồng nhân dân cấp xã")
    st(
        Q("giảm 189 người so với đầu nhiệm kỳ 2016-2021"),
        189,
        "person",
        "mức giảm số đại biểu Hội đồng nhân dân cấp xã so với đầu nhiệm kỳ 2016-2021",
    )
    st(Q("3.690 đại biểu"), 3690, "person", "đại biểu Hội đồng nhân dân cấp xã đầu nhiệm kỳ 2016-2021", as_of="2016")
    for org, n in (
        ("Mặt trận Tổ quốc", 138),
        ("Công đoàn", 961),
        ("Hội Nông dân", 138),
        ("Đoàn thanh niên", 347),
        ("Hội Liên hiệp phụ nữ", 162),
        ("Hội Cựu chiến binh", 188),
    ):
        st(Q(f"{org} có {n} cơ sở"), n, "organisation", f"cơ sở {org}")
    st(Q("56.760 đảng viên"), 56760, "party-member", "đảng viên", indicator="party-members-total")
    st(Q("tăng 4.217 đảng viên so với năm 2016"), 4217, "party-member", "mức tăng số đảng viên so với năm 2016")
    for quote, value, pop in (
        ("đảng viên là người dân tộc thiểu số chiếm 44,56%", 44.56, "đảng viên là người dân tộc thiểu số"),
        ("đảng viên là phụ nữ chiếm 38,96%", 38.96, "đảng viên là phụ nữ"),
        (
            "đảng viên là đoàn viên thanh niên Cộng sản Hồ Chí Minh chiếm 13,82%",
            13.82,
            "đảng viên là đoàn viên thanh niên Cộng sản Hồ Chí Minh",
        ),
        ("đảng viên là người có đạo chiếm 1,01%", 1.01, "đảng viên là người có đạo"),
        ("đảng viên được miễn công tác, sinh hoạt chiếm 10,50%", 10.5, "đảng viên được miễn công tác, sinh hoạt"),
    ):
        st(Q(quote), value, "percent", pop)
    st(
        Q("số đảng viên ở các chi bộ thôn, tổ dân phố là 37.781/56.760"),
        37781,
        "party-member",
        "đảng viên ở các chi bộ thôn, tổ dân phố",
        total=56760,
    )
    st(
        Q("đảng viên là cán bộ, công chức, viên chức, lực lượng vũ trang nghỉ hưu chiếm 28,34%"),
        28.34,
        "percent",
        "đảng viên là cán bộ, công chức, viên chức, lực lượng vũ trang nghỉ hưu",
    )
    st(
        Q("đảng viên được miễn công tác, sinh hoạt chiếm 15,64%"),
        15.64,
        "percent",
        "đảng viên được miễn công tác, sinh hoạt",
    )
    st(Q("cán bộ, công chức cấp xã có  2.708 người"), 2708, "person", "cán bộ, công chức cấp xã")
    st(
        Q("1.060 người cho 13 vị trí không chuyên trách cấp xã"),
        1060,
        "person",
        "người hoạt động không chuyên trách cấp xã",
    )
    st(
        Q("4.254 người/1.733 thôn, tổ dân phố"),
        4254,
        "person",
        "bí thư chi bộ, trưởng thôn (tổ dân phố), trưởng ban công tác mặt trận ở các thôn, tổ dân phố",
    )
    ccvc = st(Q("16.469 cán bộ, công chức, viên chức"), 16469, "person", "cán bộ, công chức, viên chức")
    st(Q("cán bộ, công chức 2.160 người"), 2160, "person", "cán bộ, công chức", parent=ccvc)
    st(Q("viên chức 14.309 người"), 14309, "person", "viên chức", parent=ccvc)

    # ---- task groups and their numbered tasks
    groups = [
        (
            Q("Trong đó nhóm nhiệm vụ, giải pháp thứ nhất", to="có 06 nội dung"),
            6,
            "Nhóm nhiệm vụ, giải pháp về nâng cao năng lực lãnh đạo, sức chiến đấu của tổ chức cơ sở đảng",
        ),
        (
            Q("Nhóm nhiệm vụ, giải pháp thứ hai", to="có 04 nội dung"),
            4,
            "Nhóm nhiệm vụ, giải pháp về củng cố hệ thống chính trị cơ sở",
        ),
        (
            Q("Nhóm nhiệm vụ, giải pháp thứ ba", to="có 09 nội dung"),
            9,
            "Nhóm nhiệm vụ, giải pháp về nâng cao chất lượng đội ngũ cán bộ, đảng viên, công chức, viên chức",
        ),
    ]
    bounds = ["có 06 nội dung", "có 04 nội dung", "có 09 nội dung", "Để thực hiện hiệu quả, Đề án"]
    group_tasks = []
    for i, (head, n, label) in enumerate(groups):
        g = a.group(head, label=label, kind="task", declared=n, document=d1, ordinal=i + 1)
        for k in range(1, n + 1):
            spans = a.lines(f"{k}. ", lo=bounds[i], hi=bounds[i + 1])
            assert len(spans) == 1, (i, k, spans)
            group_tasks.append(a.task(spans[0], document=d1, group=g, ordinal=k))

    # ---- duties of the bodies (tasks without group) and their assignments
    def duty(span):
        return a.task(span, document=d1)

    # 1. two bodies share the head
    t = duty(Q("Ban hành các chính sách ưu đãi", to="quy định của cấp có thẩm quyền"))
    a.assign(dd_hdnd, t, "implement")
    a.assign(hdnd, t, "implement")
    # 2. "Ban Cán sự đảng UBND tỉnh / Lãnh đạo UBND tỉnh ...": both bodies carry every duty of the paragraph
    p2 = [
        duty(Q("chỉ đạo xây dựng chính sách ưu đãi", to="xem xét, quyết định")),
        duty(Q("Đảm bảo các điều kiện về cơ sở, vật chất", to="tổ chức chính trị - xã hội ở cơ sở")),
        *[duty(sp) for sp in a.lines("- ", lo=P[2], hi=P[3])],
    ]
    assert len(p2) == 4
    for t in p2:
        a.assign(bcs, t, "implement")
        a.assign(ubnd, t, "implement")
    # 3. Ban Tổ chức Tỉnh ủy: five bullets
    b = [duty(sp) for sp in a.lines("- ", lo=P[3], hi=P[4])]
    assert len(b) == 5
    a.assign(btc, b[0], "lead", partners=[c_related])
    a.assign(btc, b[1], "implement")
    a.assign(btc, b[2], "coordinate", partners=[c_committees, c_delegations, c_party_boards, snv, bdt, c_agencies])
    a.assign(btc, b[3], "lead")
    a.assign(btc, b[4], "lead", partners=[c_boards, vp, c_districts])
    a.rel(btc, btv, "reportsTo", Q("tổng hợp báo cáo theo định kỳ hằng năm", to="với Ban Thường vụ Tỉnh ủy"))
    # 4.
    t = duty(Q("thực hiện tốt công tác thông tin", to="của Đề án này"))
    a.assign(btg, t, "implement")
    # 5. seven bodies share the head
    t = duty(Q("Xây dựng chương trình, kế hoạch cụ thể", to="nhất là ở cơ sở"))
    for body in (bdv, *dd.values(), tdoan):
        a.assign(body, t, "implement")
    # 6.
    t = duty(Q("kiểm tra, giám sát đối với các cấp ủy", to="những tập thể, cá nhân vi phạm"))
    a.assign(ubkt, t, "monitor")
    # 7. two subjects (the school and the district centres), one sentence and two bullets
    t = duty(Q("đổi mới nội dung, hình thức đào tạo", to="những tình huống cụ thể ở cơ sở"))
    b = [duty(sp) for sp in a.lines("- ", lo=P[7], hi=P[8])]
    assert len(b) == 2
    for body in (tct, c_centres):
        a.assign(body, t, "implement")
        a.assign(body, b[0], "coordinate", partners=[btc, btg])
        a.assign(body, b[1], "coordinate", partners=[c_depts])
    # 8.
    t = duty(Q("xây dựng chương trình, kế hoạch để tổ chức thực hiện các nội dung của Đề án", to="để thực hiện Đề án)"))
    a.assign(c_districts, t, "implement")
    a.rel(
        c_districts,
        btv,
        "accountableTo",
        Q(
            "Cấp ủy, ban thường vụ và đồng chí bí thư cấp ủy phải chịu trách nhiệm trước Ban Thường vụ Tỉnh ủy",
            to="trong phạm vi Đảng bộ của mình",
        ),
    )
    # 9.
    t1 = duty(Q("căn cứ Đề án và tình hình thực tế", to="đảm bảo tiến độ, chất lượng"))
    t2 = duty(Q("Báo cáo kết quả thực hiện Đề án theo quy định"))
    for c_all in (c_party, c_delegations, c_party_boards, c_advisers, c_provincial):
        a.assign(c_all, t1, "implement")
        a.assign(c_all, t2, "implement")
    # the 19 tasks of the three groups name no body: the Ban Tổ chức's lead of the whole Đề án is theirs,
    # inherited, with that clause as evidence
    for t in group_tasks:
        a.assign(btc, t, "lead", span=whole, inherited=True)


def seed_002(a: Annotator) -> None:
    """Bắc Kạn: the targets of the Đảng bộ Các cơ quan tỉnh for the 2020-2025 term."""
    # ---- bodies
    congress_11 = [
        a.span("Đại hội Đại biểu Đảng bộ CCQ tỉnh lần thứ XI"),
        a.span("Đảng bộ Các cơ quan tỉnh lần thứ XI"),
    ]
    bch = a.span("Ban Chấp hành Đảng bộ Các cơ quan tỉnh")
    b1_mentions = (
        _outside(a.all_spans("Đảng bộ Các cơ quan tỉnh"), congress_11 + [bch])
        + [bch]
        + [
            a.span(Q("Đảng ủy", after="nhiệm kỳ 2015-2020 đã đề ra. ")),
            a.span(Q("Đảng bộ", after="các mặt công tác của ")),
            a.span(Q("Đảng bộ", after="quần chúng trong toàn ")),
            a.span(Q("Đảng bộ", after="100% cán bộ, đảng viên trong ")),
            a.span(Q("Đảng bộ", after="Trong nhiệm kỳ, ")),
            a.span(Q("Ban Chấp hành Đảng bộ", after="Quy chế làm việc của ")),
        ]
    )
    org_mentions = [m for m in b1_mentions if a.text[m[0] : m[1]].startswith("Đảng bộ")]
    ccq = a.body("Đảng bộ Các cơ quan tỉnh", "party-organisation", org_mentions)
    ccq_committee = a.body(
        "Đảng ủy Các cơ quan tỉnh", "bloc-party-committee", [m for m in b1_mentions if m not in org_mentions]
    )
    # collective actors (new convention: kept where they act or receive a duty)
    a.body("cấp ủy các tổ chức cơ sở đảng", "collective", [Q("cấp ủy các tổ chức cơ sở đảng")], level=None)
    # ", các" opens the next collective of a list (docs/gold-format.md)
    a.body(
        "các cơ quan chuyên trách tham mưu giúp việc Tỉnh ủy",
        "collective",
        [Q("các cơ quan chuyên trách tham mưu giúp việc Tỉnh ủy")],
        level=None,
    )
    a.body("các đảng đoàn", "collective", [Q("các đảng đoàn", after="giúp việc Tỉnh ủy, ")], level=None)
    a.body(
        "ban cán sự đảng", "collective", [Q("ban cán sự đảng", after="giúp việc Tỉnh ủy, các đảng đoàn, ")], level=None
    )
    a.body("các cơ quan, đơn vị cấp tỉnh", "collective", [Q("các cơ quan, đơn vị cấp tỉnh")], level=None)
    a.body("các cấp ủy", "collective", [Q("Các cấp ủy đã chủ động")], level=None)
    a.body("các cấp ủy cơ sở", "collective", [Q("các cấp ủy cơ sở")], level=None)
    a.body("các đơn vị", "collective", [Q("các đơn vị", after="nhiệm vụ, giải pháp và phân công ")], level=None)
    a.body("cấp ủy các chi, đảng bộ cơ sở", "collective", [Q("cấp ủy các chi, đảng bộ cơ sở")], level=None)
    a.body(
        "Ban Thường vụ Đảng ủy Các cơ quan tỉnh", "standing-committee", [Q("Ban Thường vụ", after="phấn đấu tập thể ")]
    )
    a.body(
        "Ủy ban Kiểm tra Đảng ủy Các cơ quan tỉnh",
        "inspection-commission",
        [Q("ủy ban kiểm tra Đảng ủy"), Q("Ủy ban Kiểm tra Đảng ủy Các cơ quan tỉnh")],
    )
    bct = a.body("Bộ Chính trị", "politburo", [Q("Bộ Chính trị")], level="central", province=None)
    dh10 = a.body("Đại hội Đảng bộ Các cơ quan tỉnh lần thứ X", "party-congress", [Q("Đại hội đại biểu lần thứ X")])
    dh11 = a.body("Đại hội Đảng bộ Các cơ quan tỉnh lần thứ XI", "party-congress", congress_11)
    dht11 = a.body("Đại hội Đảng bộ tỉnh lần thứ XI", "party-congress", [Q("Đại hội Đảng bộ tỉnh lần thứ XI")])
    dht12 = a.body(
        "Đại hội Đảng bộ tỉnh lần thứ XII",
        "party-congress",
        [Q("Đại hội Đảng bộ tỉnh lần thứ XII"), Q("Đại hội đại biểu Đảng bộ tỉnh lần thứ XII")],
    )
    dh13 = a.body(
        "Đại hội đại biểu toàn quốc lần thứ XIII",
        "party-congress",
        [Q("Đại hội đại biểu toàn quốc lần thứ XIII của Đảng")],
        level="central",
        province=None,
    )

    # ---- documents
    ctr = "Chương trình hành động thực hiện Nghị quyết"
    a.doc(
        "Resolution",
        Q("Nghị quyết Đại hội đại biểu lần thứ X, nhiệm kỳ 2015-2020"),
        issuer=dh10,
        term="2015-2020",
        title="Nghị quyết Đại hội đại biểu Đảng bộ Các cơ quan tỉnh lần thứ X",
        mentions=[Q("Nghị quyết", after="đã cụ thể hóa "), Q("Nghị quyết đại hội", after="vượt chỉ tiêu ")],
    )
    a.doc("Directive", Q("Chỉ thị số 05-CT/TW"), number="05-CT/TW", issuer=bct, province=None)
    a.doc(
        "Resolution",
        Q("Nghị quyết Trung ương 4 (khóa XII)"),
        province=None,
        title="Nghị quyết Trung ương 4 (khóa XII) về xây dựng chỉnh đốn Đảng",
    )
    a.doc(
        "Resolution",
        Q("Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XI, nhiệm kỳ 2015-2020"),
        issuer=dht11,
        term="2015-2020",
        title="Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XI",
    )
    d9 = a.doc(
        "Resolution",
        Q("Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XII"),
        issuer=dht12,
        title="Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XII",
        mentions=[Q("Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XII")],
    )
    d1 = a.doc(
        "Resolution",
        Q("Nghị quyết Đảng bộ Các cơ quan tỉnh lần thứ XI, nhiệm kỳ 2020-2025"),
        issuer=dh11,
        term="2020-2025",
        main=True,
        title="Nghị quyết Đại hội Đảng bộ Các cơ quan tỉnh lần thứ XI",
        mentions=[
            Q("Nghị quyết", after="nhiệm kỳ 2020-2025 ("),
            Q("Nghị quyết", after="từng chỉ tiêu "),
            Q("Nghị quyết", after="thực hiện thắng lợi mục tiêu "),
        ],
    )
    d2 = a.doc("ActionProgramme", Q(ctr), issued="2020-10", issuer=ccq_committee, title=ctr, mentions=a.all_spans(ctr))
    a.doc(
        "Programme",
        Q("chương trình làm việc toàn khóa"),
        issuer=ccq_committee,
        term="2020-2025",
        title="Chương trình làm việc toàn khóa của Ban Chấp hành Đảng bộ Các cơ quan tỉnh khóa XI",
    )
    a.doc(
        "Regulation",
        Q("Quy chế làm việc của Ban Chấp hành Đảng bộ"),
        issuer=ccq_committee,
        term="2020-2025",
        title="Quy chế làm việc của Ban Chấp hành Đảng bộ Các cơ quan tỉnh",
    )
    a.doc(
        "Regulation",
        Q("Quy chế làm việc của Ủy ban Kiểm tra Đảng ủy Các cơ quan tỉnh"),
        issuer=ccq_committee,
        term="2020-2025",
        title="Quy chế làm việc của Ủy ban Kiểm tra Đảng ủy Các cơ quan tỉnh",
    )
    a.ref(d2, d1, "implements", Q(ctr))
    a.ref(
        d1, d9, "implements", Q("góp phần tích cực vào thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XII")
    )
    a.ref(
        d1,
        a.doc(
            "Resolution",
            Q("Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng"),
            issuer=dh13,
            province=None,
            title="Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng",
        ),
        "implements",
        Q("góp phần tích cực vào thực hiện", to="toàn quốc lần thứ XIII của Đảng"),
    )

    # ---- targets: annual (hằng năm) and for the whole term (cả nhiệm kỳ)
    def ann(span, value, comparator, unit, population, **kw):
        return a.target(
            span,
            value,
            comparator,
            unit,
            population,
            document=d1,
            period="annual",
            period_start=2020,
            period_end=2025,
            deadline=kw.pop("deadline", 2025),  # the congress's term ends in 2025 (as the dev set's gold reads it)
            subject=ccq,
            **kw,
        )

    def term(span, value, comparator, unit, population, **kw):
        return a.target(
            span,
            value,
            comparator,
            unit,
            population,
            document=d1,
            period="term",
            period_start=2020,
            period_end=2025,
            deadline=kw.pop("deadline", 2025),
            subject=ccq,
            **kw,
        )

    ann(
        Q("100% cán bộ, đảng viên trong Đảng bộ", to="pháp luật của Nhà nước"),
        100,
        "exactly",
        "percent",
        "cán bộ, đảng viên được nghiên cứu học tập, quán triệt chỉ thị, nghị quyết của Đảng, chính sách, pháp luật",
    )
    ann(
        Q("tập thể Ban Thường vụ, Đảng bộ Các cơ quan tỉnh hoàn thành tốt nhiệm vụ trở lên"),
        None,
        None,
        None,
        "tập thể Ban Thường vụ, Đảng bộ Các cơ quan tỉnh hoàn thành tốt nhiệm vụ trở lên",
    )
    x = ann(
        Q("80% số chi, đảng bộ cơ sở hoàn thành tốt nhiệm vụ trở lên"),
        80,
        "exactly",
        "percent",
        "chi, đảng bộ cơ sở hoàn thành tốt nhiệm vụ trở lên",
        indicator="party-organisations-rated-good",
    )
    ann(
        Q("20% hoàn thành xuất sắc nhiệm vụ"),
        20,
        "exactly",
        "percent",
        "chi, đảng bộ cơ sở hoàn thành xuất sắc nhiệm vụ",
        indicator="party-organisations-rated-excellent",
        parent=x,
    )
    x = ann(
        Q("80% đảng viên hoàn thành tốt nhiệm vụ trở lên"),
        80,
        "exactly",
        "percent",
        "đảng viên hoàn thành tốt nhiệm vụ trở lên",
        indicator="party-members-rated-good",
    )
    ann(
        Q("15% hoàn thành xuất sắc nhiệm vụ"),
        15,
        "exactly",
        "percent",
        "đảng viên hoàn thành xuất sắc nhiệm vụ",
        indicator="party-members-rated-excellent",
        parent=x,
    )
    x = ann(
        Q("95% trở lên cán bộ, công chức, viên chức đạt danh hiệu “Lao động tiên tiến”"),
        95,
        "at-least",
        "percent",
        "cán bộ, công chức, viên chức đạt danh hiệu “Lao động tiên tiến”",
        indicator="advanced-worker-title",
    )
    ann(
        Q("15% đạt danh hiệu “Chiến sĩ thi đua cơ sở”"),
        15,
        "exactly",
        "percent",
        "cán bộ, công chức, viên chức đạt danh hiệu “Chiến sĩ thi đua cơ sở”",
        parent=x,
    )
    ann(
        Q("02 lớp bồi dưỡng lý luận chính trị cho đối tượng kết nạp Đảng"),
        2,
        "exactly",
        "class",
        "lớp bồi dưỡng lý luận chính trị cho đối tượng kết nạp Đảng",
        indicator="political-theory-classes",
    )
    ann(
        Q("02 lớp bồi dưỡng lý luận chính trị cho đảng viên mới"),
        2,
        "exactly",
        "class",
        "lớp bồi dưỡng lý luận chính trị cho đảng viên mới",
        indicator="political-theory-classes",
    )
    ann(
        Q("ít nhất 20% tổ chức cơ sở đảng"),
        20,
        "at-least",
        "percent",
        "tổ chức cơ sở đảng được cấp ủy, ủy ban kiểm tra kiểm tra, giám sát",
        indicator="inspection-coverage",
    )
    ann(
        Q("ít nhất 90% tổ chức Công đoàn", to="hoàn thành tốt nhiệm vụ"),
        90,
        "at-least",
        "percent",
        "tổ chức Công đoàn, Đoàn thanh niên, Hội Cựu chiến binh hoàn thành tốt nhiệm vụ",
        indicator="mass-organisations-rated-good",
    )
    ann(
        Q("82% trở lên cơ quan, đơn vị, doanh nghiệp đạt chuẩn văn hóa"),
        82,
        "at-least",
        "percent",
        "cơ quan, đơn vị, doanh nghiệp đạt chuẩn văn hóa",
        indicator="cultural-standard-units",
    )
    term(
        Q("400 đảng viên mới"),
        400,
        "exactly",
        "party-member",
        "đảng viên mới được kết nạp",
        indicator="party-members-admitted",
    )
    term(
        Q("02 lớp bồi dưỡng nghiệp vụ công tác xây dựng Đảng cho cấp ủy"),
        2,
        "exactly",
        "class",
        "lớp bồi dưỡng nghiệp vụ công tác xây dựng Đảng cho cấp ủy",
    )
    term(
        Q("chỉ đạo các cấp ủy cơ sở lãnh đạo cơ quan, đơn vị, doanh nghiệp hoàn thành nhiệm vụ chính trị được giao"),
        None,
        None,
        None,
        "cơ quan, đơn vị, doanh nghiệp hoàn thành nhiệm vụ chính trị được giao",
    )

    # ---- the two key tasks of the term
    g = a.group(
        Q("Đảng bộ xác định thực hiện 02 nhiệm vụ trọng tâm"),
        label="Nhiệm vụ trọng tâm nhiệm kỳ 2020-2025",
        kind="task",
        declared=2,
        document=d1,
    )
    t1 = a.task(
        Q("Tiếp tục chỉ đạo nâng cao chất lượng sinh hoạt cấp ủy", to="trong các cơ quan, đơn vị"),
        document=d1,
        group=g,
        ordinal=1,
    )
    t2 = a.task(
        Q("lãnh đạo, chỉ đạo nâng cao chất lượng công tác kiểm tra, giám sát", to="ủy ban kiểm tra các cấp"),
        document=d1,
        group=g,
        ordinal=2,
    )
    a.assign(ccq, t1, "implement")
    a.assign(ccq, t2, "implement")
    # an action the article reports as done
    c_committees = next(b["key"] for b in a.bodies if b["name"] == "các cấp ủy")
    t = a.task(Q("Các cấp ủy đã chủ động, tích cực phối hợp", to="nhiệm kỳ 2015-2020 đề ra"), document=d1)
    a.assign(c_committees, t, "implement", status="reported")
    # a duty the term's goals hand on: "chỉ đạo các cấp ủy cơ sở lãnh đạo ..."
    base = next(b["key"] for b in a.bodies if b["name"] == "các cấp ủy cơ sở")
    t = a.task(Q("các cấp ủy cơ sở lãnh đạo cơ quan", to="Đảng bộ tỉnh lần thứ XII đề ra"), document=d1)
    a.assign(base, t, "implement")
    cells = next(b["key"] for b in a.bodies if b["name"] == "cấp ủy các chi, đảng bộ cơ sở")
    t = a.task(Q("cấp ủy các chi, đảng bộ cơ sở đã xây dựng", to="trong từng thời gian và cả nhiệm kỳ"), document=d1)
    a.assign(cells, t, "implement", status="reported")


def seed_003(a: Annotator) -> None:
    """Quảng Ninh: five breakthroughs in organising the party congresses (implementing 35-CT/TW)."""
    bct = a.body("Bộ Chính trị", "politburo", [Q("Bộ Chính trị")], level="central", province=None)
    a.body("Đảng bộ Công an tỉnh", "party-organisation", [Q("Đảng bộ Công an tỉnh")])
    a.body("Đảng ủy Bộ đội Biên phòng tỉnh", "border-guard", [Q("Biên phòng tỉnh")])
    a.body("Đảng bộ huyện Đầm Hà", "party-organisation", [Q("Đảng bộ huyện Đầm Hà")], level="district")
    a.body("Đảng bộ TP Móng Cái", "party-organisation", [Q("Đảng bộ TP Móng Cái")], level="district")
    a.body("Đảng bộ Than Quảng Ninh", "party-organisation", [Q("Đảng bộ Than Quảng Ninh")], level="district")
    a.body("Đảng bộ tỉnh Quảng Ninh", "party-organisation", [Q("Đảng bộ tỉnh Quảng Ninh")])
    # the organisations still preparing their congresses act ("đang khẩn trương hoàn tất"): a collective actor
    a.body("các Đảng bộ cấp huyện còn lại của tỉnh", "collective", [Q("các Đảng bộ cấp huyện còn lại của tỉnh")])

    a.doc(
        "Directive",
        Q("Chỉ thị 35-CT/TW"),
        number="35-CT/TW",
        issued="2019-05-30",
        issuer=bct,
        province=None,
        title="Chỉ thị về Đại hội Đảng bộ các cấp tiến tới Đại hội Đại biểu toàn quốc lần thứ XIII của Đảng",
    )

    # ---- targets (the province's decisions for the 2020-2025 congresses; no named document)
    def tg(span, value, comparator, unit, population, **kw):
        return a.target(span, value, comparator, unit, population, document=None, **kw)

    tg(
        Q("bí thư cấp ủy đồng thời là chủ tịch ủy ban nhân dân cấp huyện ở 3 địa phương"),
        3,
        "exactly",
        "locality",
        "địa phương cấp huyện có bí thư cấp ủy đồng thời là chủ tịch ủy ban nhân dân",
        indicator="secretary-also-chair",
    )
    tg(
        Q("bí thư cấp ủy đồng thời là chủ tịch UBND cấp xã tối thiểu 75% trở lên"),
        75,
        "at-least",
        "percent",
        "bí thư cấp ủy đồng thời là chủ tịch UBND cấp xã",
        indicator="secretary-also-chair",
    )
    tg(
        Q("100% bí thư cấp ủy cấp huyện không là người địa phương"),
        100,
        "exactly",
        "percent",
        "bí thư cấp ủy cấp huyện không là người địa phương",
        indicator="non-local-district-secretaries",
    )
    tg(
        Q("75% trở lên bí thư cấp xã không là người địa phương"),
        75,
        "at-least",
        "percent",
        "bí thư cấp xã không là người địa phương",
        indicator="non-local-commune-leaders",
    )
    tg(
        Q("100% việc bầu bí thư cấp ủy tại đại hội đảng bộ cơ sở và cấp trên cơ sở"),
        100,
        "exactly",
        "percent",
        "bí thư cấp ủy được bầu trực tiếp tại đại hội đảng bộ cơ sở và cấp trên cơ sở",
    )
    tg(
        Q("100% bí thư chi bộ đồng thời là trưởng thôn, bản, khu phố"),
        100,
        "exactly",
        "percent",
        "bí thư chi bộ đồng thời là trưởng thôn, bản, khu phố",
        indicator="secretary-also-chair",
    )
    tg(
        Q("Ủy ban kiểm tra - Thanh tra", to="13/13 địa phương"),
        13,
        "exactly",
        "locality",
        "địa phương cấp huyện duy trì các mô hình Ủy ban kiểm tra - Thanh tra, Cơ quan Tổ chức - Nội vụ, "
        "Cơ quan khối cấp huyện",
        total=13,
    )
    tg(
        Q("hoàn thành trong tháng 7, trước 1 tháng"),
        1,
        "exactly",
        "time",
        "tháng hoàn thành đại hội các đảng bộ cấp huyện còn lại trước thời hạn theo quy định của Trung ương",
    )

    # ---- statistics (results)
    may31 = "2020-05-31"
    a.stat(
        Q("100% đại hội chi, đảng bộ cơ sở"),
        100,
        "percent",
        "đại hội chi, đảng bộ cơ sở được tổ chức thành công",
        as_of=may31,
    )
    a.stat(
        Q("sớm hơn 1 tháng"), 1, "time", "tháng hoàn thành đại hội cơ sở sớm hơn quy định của Trung ương", as_of=may31
    )
    a.stat(
        Q("100% đảng bộ cơ sở tiến hành bầu trực tiếp bí thư tại đại hội"),
        100,
        "percent",
        "đảng bộ cơ sở bầu trực tiếp bí thư tại đại hội",
        as_of=may31,
    )
    a.stat(
        Q("100% phiếu bầu"), 100, "percent", "phiếu bầu của đồng chí bí thư cấp ủy ở nhiều chi, đảng bộ", as_of=may31
    )
    a.stat(
        Q("100% bí thư chi bộ đồng thời trưởng thôn, bản, khu phố"),
        100,
        "percent",
        "bí thư chi bộ đồng thời là trưởng thôn, bản, khu phố",
        indicator="secretary-also-chair",
    )
    a.stat(
        Q("tỷ lệ trưởng thôn chưa là đảng viên chiếm 68,2%"),
        68.2,
        "percent",
        "trưởng thôn chưa là đảng viên",
        as_of="2016",
    )
    a.stat(Q("3 đại hội điểm"), 3, "congress", "đại hội điểm đảng bộ cấp huyện")
    a.stat(
        Q("100% bí thư cấp ủy bầu trực tiếp tại đại hội"),
        100,
        "percent",
        "bí thư cấp ủy bầu trực tiếp tại đại hội điểm cấp huyện",
    )
    a.stat(
        Q("tỷ lệ tín nhiệm đều đạt trên 95%"),
        95,
        "percent",
        "tỷ lệ tín nhiệm của bí thư cấp ủy được bầu",
        comparator="more-than",
    )


def seed_004(a: Annotator) -> None:
    """Quảng Ninh: the work of the Đảng bộ Khối các cơ quan tỉnh (results; no plan)."""
    # the Party organisation of the bloc where the text names it acting; its committee elsewhere
    a.body(
        "Đảng bộ Khối các cơ quan tỉnh",
        "party-organisation",
        [
            Q("Đảng bộ Khối các cơ quan tỉnh"),
            Q("Đảng bộ Khối các cơ quan tỉnh", after="Thực hiện tốt nhiệm vụ chính trị"),
            Q("Đảng bộ Khối các cơ quan tỉnh", after="Thường trực Tỉnh ủy, "),
            Q("Đảng bộ Khối", after="thời gian tới, "),
        ],
    )
    a.body(
        "các cấp ủy, tổ chức đảng trực thuộc",
        "collective",
        a.all_spans("các cấp ủy, tổ chức đảng trực thuộc"),
        level=None,
    )
    a.body("các cấp ủy Đảng", "collective", [Q("các cấp ủy Đảng")], level=None)
    a.body("các cấp ủy cơ sở", "collective", [Q("Các cấp ủy cơ sở")], level=None)
    a.body("cấp ủy các cấp", "collective", [Q("cấp ủy các cấp")], level=None)
    khoi = a.body(
        "Đảng ủy Khối các cơ quan tỉnh",
        "bloc-party-committee",
        [
            *a.all_spans("Đảng ủy Khối các cơ quan tỉnh"),
            Q("Đảng ủy Khối cơ quan tỉnh"),
            Q("Đảng bộ", after="Tỉnh ủy Quảng Ninh. Hiện "),
            Q("Đảng bộ", after="nhiệm vụ then chốt của "),
            Q("Đảng ủy Khối", after="Hàng năm, "),
            Q("Đảng ủy", after="Từ năm 2015 đến nay, "),
            Q("Đảng bộ Khối", after="phát triển đảng viên, "),
            Q("Đảng bộ", after="đến nay toàn "),
            Q("Đảng bộ", after="viên chức lao động. Hàng năm, "),
            Q("Đảng bộ", after="đạt trên 96%. Từ năm 2015 đến nay, "),
            Q("Đảng ủy Khối", after="kỷ luật Đảng, từ năm 2015 đến nay, "),
            Q("Đảng ủy", after="theo chương trình, "),
            Q("Đảng bộ Khối", after="thời gian tới, "),
        ],
    )
    ubkt_k = a.body(
        "Ủy ban Kiểm tra Đảng ủy Khối các cơ quan tỉnh",
        "inspection-commission",
        [Q("Ủy ban Kiểm tra Đảng ủy", after="chỉ đạo ")],
    )
    a.body("Ủy ban Kiểm tra Tỉnh ủy", "inspection-commission", a.all_spans("Ủy ban Kiểm tra Tỉnh ủy"))
    # "trực thuộc Tỉnh ủy Quảng Ninh" qualifies the bloc, the Tỉnh ủy does not act there
    a.body(
        "Tỉnh ủy",
        "provincial-party-committee",
        [Q("Tỉnh ủy", after="theo chỉ tiêu của "), Q("Tỉnh ủy", after="theo chỉ đạo của ")],
    )
    a.body("Ban Chấp hành Đảng bộ tỉnh", "provincial-party-committee", [Q("Ban Chấp hành Đảng bộ tỉnh")])
    a.body("Ban Thường vụ Tỉnh ủy", "standing-committee", [Q("Ban Thường vụ", after="thường xuyên là ")])
    a.body("Thường trực Tỉnh ủy", "standing-board", [Q("Thường trực Tỉnh ủy")])
    a.body(
        "Trường Đào tạo cán bộ Nguyễn Văn Cừ", "political-school", a.all_spans("Trường Đào tạo cán bộ Nguyễn Văn Cừ")
    )

    a.doc(
        "Programme",
        Q("chương trình phối hợp năm 2019"),
        issued="2019",
        title="Chương trình phối hợp giữa Đảng ủy Khối các cơ quan tỉnh và Ủy ban Kiểm tra Tỉnh ủy về công tác "
        "kiểm tra, giám sát, thi hành kỷ luật đảng",
        mentions=[Q("Chương trình phối hợp với Ủy ban Kiểm tra Tỉnh ủy")],
    )
    a.doc("Programme", Q("Chương trình 135"), number="135", province=None)
    a.doc("Scheme", Q("Đề án 196"), number="196")
    a.doc("Directive", Q("Chỉ thị 05-CT/TW"), number="05-CT/TW", province=None)
    a.doc("Resolution", Q("Nghị quyết Trung ương 4 (khóa XII)"), province=None)

    # ---- statistics (all results reported by the article)
    def st(span, value, unit, population, **kw):
        kw.setdefault("subject", khoi)
        return a.stat(span, value, unit, population, **kw)

    s = st(Q("61 tổ chức cơ sở đảng trực thuộc"), 61, "party-organisation", "tổ chức cơ sở đảng trực thuộc")
    st(Q("37 đảng bộ cơ sở"), 37, "party-organisation", "đảng bộ cơ sở", parent=s)
    st(Q("24 chi bộ cơ sở"), 24, "party-organisation", "chi bộ cơ sở", parent=s)
    s = st(Q("5.022 đảng viên"), 5022, "party-member", "đảng viên", indicator="party-members-total")
    st(
        Q("90,5% có trình độ chuyên môn, nghiệp vụ từ đại học trở lên"),
        90.5,
        "percent",
        "đảng viên có trình độ chuyên môn, nghiệp vụ từ đại học trở lên",
        indicator="party-members-university",
        parent=s,
    )
    s = st(
        Q("2.344 đảng viên"),
        2344,
        "party-member",
        "đảng viên có trình độ lý luận chính trị từ trung cấp trở lên",
        indicator="party-members-political-theory",
    )
    st(
        Q("46,7%"),
        46.7,
        "percent",
        "đảng viên có trình độ lý luận chính trị từ trung cấp trở lên",
        indicator="party-members-political-theory",
        parent=s,
    )
    st(
        Q("939 cử nhân, cao cấp"),
        939,
        "party-member",
        "đảng viên có trình độ lý luận chính trị cử nhân, cao cấp",
        parent=s,
    )
    s = st(
        Q("gần 1.400 đảng viên tham gia cấp ủy Đảng các cấp"),
        1400,
        "party-member",
        "đảng viên tham gia cấp ủy Đảng các cấp từ Trung ương đến chi bộ",
        comparator="approximately",
    )
    st(Q("1 Ủy viên dự khuyết Trung ương Đảng"), 1, "person", "Ủy viên dự khuyết Trung ương Đảng", parent=s)
    st(Q("38 Tỉnh ủy viên"), 38, "person", "Tỉnh ủy viên", parent=s)
    st(
        Q("1.100 đảng viên tham gia ban chấp hành các tổ chức đoàn thể"),
        1100,
        "party-member",
        "đảng viên tham gia ban chấp hành các tổ chức đoàn thể",
    )
    st(
        Q("hơn 5.000 đảng viên"),
        5000,
        "party-member",
        "đảng viên",
        comparator="more-than",
        indicator="party-members-total",
    )
    st(
        Q("19 lớp trung cấp lý luận chính trị"),
        19,
        "class",
        "lớp trung cấp lý luận chính trị",
        indicator="political-theory-classes",
    )
    st(Q("1.288 học viên"), 1288, "person", "học viên lớp trung cấp lý luận chính trị")
    st(
        Q("38 lớp bồi dưỡng lý luận chính trị"),
        38,
        "class",
        "lớp bồi dưỡng lý luận chính trị cho đối tượng Đảng và đảng viên mới",
        indicator="political-theory-classes",
    )
    st(
        Q("3.010 học viên là đối tượng Đảng và đảng viên mới"),
        3010,
        "person",
        "học viên là đối tượng Đảng và đảng viên mới",
    )
    st(
        Q("3 đợt rà soát trình độ lý luận chính trị của đảng viên"),
        3,
        "course",
        "đợt rà soát trình độ lý luận chính trị của đảng viên",
    )
    st(
        Q("trên 1.000 lượt cán bộ được quy hoạch các chức danh lãnh đạo cấp ủy cơ sở"),
        1000,
        "person",
        "lượt cán bộ được quy hoạch các chức danh lãnh đạo cấp ủy cơ sở",
        comparator="more-than",
    )
    st(
        Q("140 lượt cán bộ được quy hoạch chức danh", to="Đảng ủy Khối các cơ quan tỉnh"),
        140,
        "person",
        "lượt cán bộ được quy hoạch chức danh lãnh đạo Đảng ủy Khối",
    )
    st(
        Q("60/61 chi, đảng bộ cơ sở"),
        60,
        "party-organisation",
        "chi, đảng bộ cơ sở có bí thư cấp ủy đồng thời là thủ trưởng cơ quan, đơn vị",
        total=61,
        indicator="secretary-also-chair",
    )
    st(
        Q("trên 50% tổ chức cơ sở đảng đạt danh hiệu trong sạch vững mạnh trở lên"),
        50,
        "percent",
        "tổ chức cơ sở đảng đạt danh hiệu trong sạch vững mạnh trở lên",
        comparator="more-than",
        indicator="party-organisations-clean-strong",
    )
    st(
        Q("Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ trở lên đạt trên 96%"),
        96,
        "percent",
        "đảng viên hoàn thành tốt nhiệm vụ trở lên",
        comparator="more-than",
        indicator="party-members-rated-good",
    )
    st(Q("1.270 đảng viên mới"), 1270, "party-member", "đảng viên mới được kết nạp", indicator="party-members-admitted")
    st(Q("9 cuộc kiểm tra, giám sát"), 9, "inspection", "cuộc kiểm tra, giám sát của Đảng ủy Khối")
    st(Q("216 lượt cấp ủy cơ sở"), 216, "party-organisation", "lượt cấp ủy cơ sở được kiểm tra, giám sát")
    st(
        Q("18 cuộc kiểm tra, giám sát"),
        18,
        "inspection",
        "cuộc kiểm tra, giám sát của Ủy ban Kiểm tra Đảng ủy",
        subject=ubkt_k,
    )
    st(Q("97 lượt cấp ủy cơ sở"), 97, "party-organisation", "lượt cấp ủy cơ sở được kiểm tra, giám sát", subject=ubkt_k)
    st(Q("193 cuộc kiểm tra"), 193, "inspection", "cuộc kiểm tra của các cấp ủy cơ sở", subject=None)

    # ---- what the article reports the bodies did (reported actions are assignments, status "reported")
    def done(body, quote, role, **kw):
        t = a.task(quote, document=None)
        return a.assign(body, t, role, status="reported", **kw)

    key = {b["name"]: b["key"] for b in a.bodies}
    school = key["Trường Đào tạo cán bộ Nguyễn Văn Cừ"]
    done(khoi, Q("Đảng ủy Khối cơ quan tỉnh kiểm tra nhận thức đối tượng kết nạp Đảng"), "monitor")  # a caption
    done(
        khoi,
        Q("Đảng ủy Khối đã phối hợp với Trường Đào tạo cán bộ Nguyễn Văn Cừ", to="tự bảo đảm kinh phí"),
        "coordinate",
        partners=[school],
    )
    done(  # "Đảng ủy" alone: the bloc committee the article is about
        khoi,
        Q("Đảng ủy đã phối hợp với Trường Đào tạo cán bộ Nguyễn Văn Cừ tổ chức", to="cho 1.288 học viên"),
        "coordinate",
        partners=[school],
    )
    done(khoi, Q("tổ chức 38 lớp bồi dưỡng lý luận chính trị", to="đối tượng Đảng và đảng viên mới"), "implement")
    done(khoi, Q("tiến hành 3 đợt rà soát", to="cấp phó phòng và tương đương trở lên"), "implement")
    done(khoi, Q("Đảng ủy Khối đã tổ chức thực hiện 9 cuộc kiểm tra", to="216 lượt cấp ủy cơ sở"), "monitor")
    done(ubkt_k, Q("Ủy ban Kiểm tra Đảng ủy thực hiện 18 cuộc kiểm tra", to="97 lượt cấp ủy cơ sở"), "monitor")
    done(
        key["các cấp ủy cơ sở"],
        Q("Các cấp ủy cơ sở cũng đã thực hiện 193 cuộc kiểm tra", to="159 cuộc giám sát"),
        "monitor",
    )
    done(
        key["cấp ủy các cấp"],
        Q("cấp ủy các cấp tăng cường giám sát thường xuyên", to="Trung ương 4 (khóa XII)"),
        "monitor",
    )
    st(Q("159 cuộc giám sát"), 159, "inspection", "cuộc giám sát của các cấp ủy cơ sở", subject=None)


if __name__ == "__main__":
    raise SystemExit(main())
