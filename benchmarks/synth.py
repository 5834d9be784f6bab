"""One synthetic source, in the shape real extraction produces (for scripts/bench).

Every synthetic source is a :class:`phancong.extract.model.Extraction` with a generated
source text whose spans are exact (``text[start:end] == item.text``): one
plan document of one province (its issuer, term, title), the central and
earlier provincial documents it implements or cites, ~20 of the province's
~60 bodies (real body-type slugs, canonical names such as "Ban Tổ chức Tỉnh ủy",
short forms as mentions), task groups, tasks with lead / coordinate / monitor /
implement assignments and partners, targets and statistics on the indicator
slugs of ontology/vocab-indicators.ttl, reportsTo / accountableTo relations.
:func:`phancong.rdf.mapping.to_graph` maps it, so the triples are exactly what a real
build stores.

Sources go round the 63 pre-2025 provinces (data/provinces-2025.csv), one per
province per round in a shuffled order; a document issued from 1 July 2025 on
belongs to the province formed that day (one of the 34). Everything is
deterministic from ``(seed, index)``: source *i* is the same whatever the size.

>>> ex = synth_extraction(0, seed=8)
>>> all(ex.text[t.span[0]:t.span[1]] == t.text for t in ex.tasks + ex.assignments)
True

The corpus on disk made of these sources is :mod:`benchmarks.corpus`.
"""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass

from phancong.extract.model import (
    Assignment,
    Body,
    Document,
    Extraction,
    Figure,
    Mention,
    Problem,
    Reference,
    Relation,
    SourceInfo,
    Task,
    TaskGroup,
)

from .vocab import (
    CENTRAL_BODIES,
    CENTRAL_DOCS,
    COUNT_INDICATORS,
    DOC_KINDS,
    DOC_VI,
    ORDINALS,
    STATISTIC_ONLY,
    TASK_OBJECTS,
    TASK_PHRASES,
    TASK_TAILS,
    TOPICS,
    BodySpec,
    Province,
    indicators,
    load_provinces,
    province_bodies,
    vn_number,
)

__all__ = ["synth_extraction", "source_id"]


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
            self.ex.bodies.append(
                Body(
                    key=key,
                    name=spec.name,
                    type=spec.type,
                    province=None if spec.level == "central" else province,
                    level=spec.level,
                    span=span,
                    text=written,
                )
            )
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

    ex.source = SourceInfo(
        id=sid,
        title=f"{province}: {vi} {doc.number} {doc.title}",
        province=province,
        published=f"ngày {int(doc.issued[8:])} tháng {int(doc.issued[5:7])} năm {doc.issued[:4]}",
        site=f"Cổng thông tin điện tử Đảng bộ {t_word} {province}",
        language="vi",
    )

    # --- heading and the main document
    t.add(ex.source.title + "\n\n")
    t.add(f"Ngày {_date_vi(doc.issued)}, ")
    issuer_key = B.body(doc.issuer, province, short=rng.random() < 0.3)
    t.add(" ban hành ")
    d_span = t.add(f"{vi} số {doc.number}")
    t.add(f" {doc.title}, nhiệm kỳ {doc.term}.\n\n")
    main = Document(
        key="d1",
        type=doc.type,
        number=doc.number,
        span=d_span,
        text=f"{vi} số {doc.number}",
        issued=doc.issued,
        issuer=issuer_key,
        province=province,
        term=doc.term,
        title=doc.title,
        main=True,
        mentions=[Mention(d_span, f"{vi} số {doc.number}")],
    )
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
        d = Document(
            key=f"d{len(ex.documents) + 1}",
            type=ctype,
            number=number,
            span=span,
            text=f"{DOC_VI[ctype]} số {number}",
            issued=issued,
            issuer=ikey,
            province=None,
            term=term,
            mentions=[Mention(span, f"{DOC_VI[ctype]} số {number}")],
        )
        ex.documents.append(d)
        refs.append((d, rng.choice(["implements", "basedOn", "cites"])))
    for back in sorted(rng.sample(range(rnd), min(rnd, rng.randint(0, 2)))):
        old = _main_doc(seed, p, back)
        if old.issued >= doc.issued:
            continue
        t.add("tiếp tục thực hiện ")
        span = t.add(f"{DOC_VI[old.type]} số {old.number}")
        t.add(f" ngày {_date_vi(old.issued)} {old.title}; ")
        d = Document(
            key=f"d{len(ex.documents) + 1}",
            type=old.type,
            number=old.number,
            span=span,
            text=f"{DOC_VI[old.type]} số {old.number}",
            issued=old.issued,
            province=old.province,
            term=old.term,
            mentions=[Mention(span, f"{DOC_VI[old.type]} số {old.number}")],
        )
        ex.documents.append(d)
        refs.append((d, rng.choice(["implements", "inheritsFrom", "basedOn"])))
    if rng.random() < 0.5:
        n_congress = 15 + (int(doc.issued[:4]) - 2000) // 5
        title = f"Đại hội Đảng bộ {t_word} lần thứ {_roman(n_congress)}"
        t.add("quán triệt ")
        span = t.add(f"Nghị quyết {title}")
        t.add("; ")
        d = Document(
            key=f"d{len(ex.documents) + 1}",
            type="Resolution",
            number=None,
            span=span,
            text=f"Nghị quyết {title}",
            province=province,
            title=title,
            mentions=[Mention(span, f"Nghị quyết {title}")],
        )
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
    all_indicators = indicators()
    target_indicators = [i for i in all_indicators if i[0] not in STATISTIC_ONLY]
    n_stats = rng.randint(4, 10)
    for k in range(n_stats):
        if k:
            t.add("; ")
        slug, label = rng.choice(all_indicators)
        fig = _figure(rng, slug, label, statistic=True)
        span = t.add(fig["text"])
        ex.statistics.append(
            Figure(
                key=f"s{k + 1}",
                span=span,
                document=None,
                as_of=as_of,
                subject=ckey if rng.random() < 0.6 else None,
                **fig,
            )
        )
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
        ex.task_groups.append(
            TaskGroup(
                key=key,
                document="d1",
                ordinal=g + 1,
                label=f"Về {topics[g]}",
                kind="target",
                declared_count=declared,
                span=span,
                text=head,
                deadline_year=deadline,
            )
        )
        if declared != n:
            ex.problems.append(
                Problem("declared-count-mismatch", f"group {g + 1} ({head}) declares {declared}, found {n}", span)
            )
        for k in range(n):
            if k:
                t.add("; ")
            slug, label = rng.choice(target_indicators)
            fig = _figure(rng, slug, label, statistic=False)
            if rng.random() < 0.15:
                fig["indicator"] = None  # a target the vocabulary does not name
            span = t.add(fig["text"])
            period = rng.choice(["annual", "term", None])
            ex.targets.append(
                Figure(
                    key=f"x{len(ex.targets) + 1}",
                    span=span,
                    document="d1",
                    group=key,
                    deadline_year=deadline if period != "annual" else None,
                    period=period,
                    period_start=int(doc.term[:4]) if period else None,
                    period_end=int(doc.term[5:]) if period else None,
                    subject=ckey if rng.random() < 0.2 else None,
                    **fig,
                )
            )
        t.add(".\n\n")

    # --- task groups and tasks
    n_task_groups = rng.randint(2, 4)
    for g in range(n_task_groups):
        n = rng.randint(3, 8)
        declared = n if rng.random() < 0.9 else n - 1
        key = f"g{len(ex.task_groups) + 1}"
        topic = topics[3 + g % 3]
        head = f"Nhóm nhiệm vụ, giải pháp thứ {ORDINALS[g]} về {topic} có {declared:02d} nội dung, cụ thể"
        t.add("* ")
        span = t.add(head)
        t.add(":\n\n")
        ex.task_groups.append(
            TaskGroup(
                key=key,
                document="d1",
                ordinal=g + 1,
                label=f"nhóm nhiệm vụ, giải pháp về {topic}",
                kind="task",
                declared_count=declared,
                span=span,
                text=head,
            )
        )
        if declared != n:
            ex.problems.append(
                Problem("declared-count-mismatch", f"group {g + 1} declares {declared}, found {n}", span)
            )
        for k in range(n):
            label = f"{rng.choice(TASK_PHRASES)} {rng.choice(TASK_OBJECTS)}{rng.choice(TASK_TAILS)}"
            t.add(f"{k + 1}. ")
            span = t.add(label)
            t.add(".\n\n")
            ex.tasks.append(
                Task(
                    key=f"t{len(ex.tasks) + 1}",
                    document="d1",
                    group=key,
                    ordinal=k + 1,
                    label=label,
                    span=span,
                    text=label,
                )
            )

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
        ex.assignments.append(
            Assignment(key=f"a{a_n}", body=body, task=task, role=role, span=span, text=text, partners=partners or [])
        )

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
        for s, pk in zip(partners, pkeys, strict=True):
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
        ex.relations.append(
            Relation(key=f"l{r_n}", from_=fk, to=tk, kind="reportsTo", span=(start, t.n), text=t.value()[start:])
        )
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
            ex.relations.append(
                Relation(key=f"l{r_n}", from_=k, to=tk, kind="accountableTo", span=span, text=t.value()[start:])
            )
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
        text = phrase.format(v=vn_number(v))
        if statistic:
            text = text.replace(" trở lên", "").replace("từ ", "")
        return {
            "value": v,
            "comparator": "exactly" if statistic else "at-least",
            "unit": unit,
            "population": label,
            "indicator": slug,
            "text": text,
        }
    pop = label[0].lower() + label[1:]
    v = round(rng.uniform(50, 100), 1 if rng.random() < 0.3 else 0)
    if statistic:
        return {
            "value": v,
            "comparator": "exactly",
            "unit": "percent",
            "population": pop,
            "indicator": slug,
            "text": f"{pop} đạt {vn_number(v)}%",
        }
    cmp = rng.choices(["at-least", "exactly", "more-than", "range", "at-most"], weights=[5, 2, 1, 1, 1])[0]
    upper = None
    if cmp == "at-least":
        text = f"{vn_number(v)}% trở lên {pop}"
    elif cmp == "exactly":
        text = f"{vn_number(v)}% {pop}"
    elif cmp == "more-than":
        text = f"{pop} đạt trên {vn_number(v)}%"
    elif cmp == "range":
        v = min(v, 95.0)
        upper = min(100.0, v + rng.choice([5.0, 10.0]))
        text = f"{pop} đạt từ {vn_number(v)} - {vn_number(upper)}%"
    else:
        v = round(rng.uniform(1, 30))
        text = f"{pop} không quá {vn_number(v)}%"
    return {
        "value": float(v),
        "upper": upper,
        "comparator": cmp,
        "unit": "percent",
        "population": pop,
        "indicator": slug,
        "text": text,
    }
