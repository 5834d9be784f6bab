"""Extraction: one normalised source text -> an :class:`~phancong.model.Extraction`.

Stages (each in its own module): bodies (bodies.py), documents (documents.py),
segmentation (phancong.text.segment), figures and targets (figures.py, targets.py),
duties and roles (assignments.py). This module walks the text once, line by
line, and decides what each line is: a target group, a task list, a duty
paragraph, or prose holding targets or statistics.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import OrderedDict
from dataclasses import replace
from functools import lru_cache
from itertools import accumulate

from ..ontology import match_indicator
from ..text.normalise import fold
from ..text.numbers import find_dates
from ..text.read import Source
from ..text.segment import INLINE_ENUM, ORDINAL_WORDS, Line, clauses, declared_count_match, lines, sentences, trim
from .assignments import partner_span, report_lines, role_of, subject_bodies
from .bodies import BodyMatch, acts, find_bodies
from .clauses import Duty, read_duties
from .documents import TYPES, find_documents
from .figures import FigureMatch, find_figures
from .model import (
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
from .places import province_names, province_of
from .targets import (
    FigureItem,
    _segments,
    deadline_of,
    ends_goal_scope,
    goal_or_report,
    period_of,
    population_of,
    target_items,
)

__all__ = ["extract", "Extractor"]

TYPES_BY_WORD = [(w, t) for w, t in TYPES]
_TERM = re.compile(r"nhiệm kỳ\s+(\d{4})\s*-\s*(\d{4})", re.IGNORECASE)
_DEADLINE = re.compile(r"đến năm\s+(\d{4})")
_GOAL_WORD = re.compile(
    r"phấn đấu|mục tiêu|chỉ tiêu|đến năm|Số lượng|duy trì|đảm bảo hoàn thành|bảo đảm hoàn thành", re.I
)
_TERM_END = re.compile(r"[Nn]hiệm kỳ\s+\d{4}\s*[-–]\s*(\d{4})")
_GROUP_ORDINAL = re.compile(r"\bthứ (nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)\b")
_TASK_HEADING = re.compile(
    r"(?:[IVX]{1,4}[.)]\s*)?(?:NHIỆM VỤ(?:,| VÀ)? GIẢI PHÁP|NHIỆM VỤ(?: CHỦ YẾU| TRỌNG TÂM)?|"
    r"GIẢI PHÁP|Nhiệm vụ(?:,| và)? giải pháp(?: chủ yếu)?|Các nhiệm vụ(?:,| và)? giải pháp)\s*:?\s*$"
)
_TASK_NOUNS = (
    "nội dung",
    "nhiệm vụ",
    "giải pháp",
    "nhiệm vụ và giải pháp",
    "nhiệm vụ, giải pháp",
    "nhiệm vụ trọng tâm",
)


@lru_cache(maxsize=1)
def _province_at_end() -> re.Pattern:
    return re.compile(r" (" + "|".join(re.escape(p) for p in sorted(province_names(), key=len, reverse=True)) + r")$")



# "thực hiện (thắng lợi) Nghị quyết …": a document the text cites, whose congress is not an actor here
_CITES = (
    r"(?:thực hiện|triển khai|quán triệt|cụ thể hóa|theo|tinh thần)\s+"
    r"(?:(?:thắng lợi|thành công|có hiệu quả|hiệu quả|tốt)\s+)?(?:các\s+)?"
)
_DOC_CITED = re.compile(_CITES + r"$")
_CONGRESS_CITED = re.compile(
    _CITES + r"(?:[Nn]ghị quyết|mục tiêu)\s+$"
    # the congress a plan works towards or celebrates is its topic, not an actor
    r"|\b(?:tiến tới|hướng tới|chào mừng|phục vụ|chuẩn bị)\s+$"
)

class Extractor:
    def __init__(self, source: Source):
        self.src = source
        self.text = source.text
        meta = source.meta or {}
        self.province: str | None = meta.get("province") or self._named_province()
        self.ex = Extraction(
            source=SourceInfo(
                id=source.id,
                title=meta.get("title") or source.title,
                province=self.province,
                published=meta.get("published"),
                site=meta.get("site"),
                url=meta.get("url"),
                language=meta.get("language") or "vi",
            ),
            text=self.text,
        )
        self._bodies: OrderedDict[tuple, Body] = OrderedDict()
        self._mentioned: set[tuple[str, int, int]] = set()  # (body key, start, end): each mention once, in O(1)
        self._free_tasks = 0  # tasks a duty sentence states (no group): their ordinals
        self._docs: OrderedDict[str, Document] = OrderedDict()
        self.main_doc: str | None = None
        self.consumed: list[tuple[int, int]] = []
        self._duty_spans: set[tuple[int, int]] = set()
        self._consumed_index: tuple[list[int], list[int]] = ([], [])
        self.year = self._default_year()

    # ---------------------------------------------------------------- helpers
    def _named_province(self) -> str | None:
        """Without metadata, the province the text names with its bodies most often ("Tỉnh ủy Thanh Hóa")."""
        counts: dict[str, int] = {}
        for b in find_bodies(self.text):
            if b.province:
                counts[b.province] = counts.get(b.province, 0) + 1
        return max(counts, key=lambda p: (counts[p], p)) if counts else None

    def _default_year(self) -> int | None:
        pub = (self.src.meta or {}).get("published") or ""
        ds = find_dates(pub) or find_dates(self.text[:400])
        return int(ds[0][2][:4]) if ds else None

    def _span(self, s: int, e: int) -> tuple[tuple[int, int], str]:
        s, e = trim(self.text, s, e)
        return (s, e), self.text[s:e]

    def _is_consumed(self, s: int, e: int) -> bool:
        """Whether text[s:e] lies inside a span already read as structure. The spans are kept sorted with the
        running maximum of their ends, refreshed when spans were added since the last question."""
        if len(self._consumed_index[0]) != len(self.consumed):
            spans = sorted(self.consumed)
            ends, top = [], -1
            for _, b in spans:
                top = max(top, b)
                ends.append(top)
            self._consumed_index = ([a for a, _ in spans], ends)
        starts, ends = self._consumed_index
        i = bisect_right(starts, s)
        return i > 0 and ends[i - 1] >= e

    def _dominant(self, body_type: str) -> str | None:
        """The name of the most mentioned body of a type (the article's subject committee)."""
        if not hasattr(self, "_counts"):
            self._counts: dict[tuple[str, str], int] = {}
            for m in find_bodies(self.text):
                self._counts[(m.type, m.name)] = self._counts.get((m.type, m.name), 0) + 1
        best = sorted(((n, name) for (t, name), n in self._counts.items() if t == body_type), reverse=True)
        return best[0][1] if best else None

    def _bloc_committee(self) -> str | None:
        """The article's bloc committee ("Đảng ủy Khối các cơ quan tỉnh"), or the committee of its dominant
        bloc organisation ("Đảng bộ Các cơ quan tỉnh" -> "Đảng ủy Các cơ quan tỉnh")."""
        org = self._dominant("bloc-party-committee")
        if org:
            return org
        org = self._dominant("party-organisation")
        if org and re.match(r"Đảng bộ (?:Khối|Các|các) ", org):
            return "Đảng ủy " + org[len("Đảng bộ ") :]
        return None

    def _dominant_named_school(self) -> str | None:
        names = [
            m.name
            for m in find_bodies(self.text)
            if m.type == "political-school" and m.text.strip() != "Trường Chính trị"
        ]
        return max(set(names), key=names.count) if names else None

    def _bare_organisation(self, start: int, end: int) -> str | None:
        """ "Đảng bộ xác định ..." without a name: the Party organisation the article is about."""
        if not re.search(r"\bĐảng bộ\b(?!\s+[A-ZĐ])", self.text[start:end]):
            return None
        name = self._dominant("party-organisation")
        match = next((m for m in find_bodies(self.text) if m.name == name), None) if name else None
        return self.body_key(match) if match else None

    def _default_subject(self) -> str | None:
        """Whose figures an article reports when a sentence does not say: its bloc committee, else its
        provincial committee (the most mentioned one)."""
        if not hasattr(self, "_subject_match"):
            self._subject_match = None
            for t in ("bloc-party-committee", "provincial-party-committee"):
                name = self._dominant(t)
                if name:
                    self._subject_match = next(m for m in find_bodies(self.text) if m.type == t and m.name == name)
                    break
        return self.body_key(self._subject_match) if self._subject_match else None

    def _resolve(self, b: BodyMatch) -> BodyMatch | None:
        """Bare names ("Ban Thường vụ,", "Ủy ban Kiểm tra Đảng ủy", "Đại hội lần thứ X") named in full."""

        if b.type == "party-congress":
            if "toàn quốc" in b.name:
                return replace(b, central=True, level="central")
            if b.name.startswith("Đại hội lần thứ"):
                org = self._bloc_committee()
                if org:
                    org = re.sub(r"^Đảng ủy ", "", org)
                    return replace(b, name=b.name.replace("Đại hội", f"Đại hội Đảng bộ {org}", 1))
            return b
        if b.type == "political-school" and b.text.strip() == "Trường Chính trị":
            named = self._dominant_named_school()
            if named:  # "Trường Chính trị" after "Trường Chính trị Phạm Hùng": the school named
                return replace(b, name=named)
        if b.name == "Ban Thường vụ":
            nxt = find_bodies(self.text, b.end, min(len(self.text), b.end + 60))
            if nxt and nxt[0].start - b.end <= 3:
                n = nxt[0]
                if n.name.endswith(("Tỉnh ủy", "Thành ủy")):
                    return replace(
                        b, name="Ban Thường vụ " + ("Thành ủy" if n.name.endswith("Thành ủy") else "Tỉnh ủy")
                    )
                if n.type == "bloc-party-committee":
                    return replace(b, name="Ban Thường vụ " + n.name)
                if n.type == "party-organisation" and n.name.startswith("Đảng bộ "):
                    return replace(b, name="Ban Thường vụ Đảng ủy " + n.name[len("Đảng bộ ") :])
            return None
        if b.name == "Ủy ban Kiểm tra Đảng ủy":
            org = self._bloc_committee()
            return replace(b, name="Ủy ban Kiểm tra " + org) if org else None
        return b

    def body_key(self, b: BodyMatch) -> str | None:
        b = self._resolve(b)
        if b is None:
            return None
        province = None if b.central else (b.province or self.province)
        key_name = b.name
        named = _province_at_end().search(b.name)
        if named and not b.central and b.type in ("party-organisation", "provincial-party-committee", "party-congress"):
            province = province or province_of(named.group(1))
            key_name = b.name[: named.start()]  # "Đảng bộ tỉnh Quảng Ninh" and "Đảng bộ tỉnh": one body
        if b.type == "collective":
            key_name = key_name.lower()  # "Các cấp ủy" opening a sentence and "các cấp ủy" are one actor
        if (
            b.type == "party-congress"
        ):  # "Đại hội đại biểu Đảng bộ tỉnh Tiền Giang lần thứ XI" = "Đại hội Đảng bộ tỉnh lần thứ XI"
            key_name = re.sub(r"(?i)\bđại biểu\s+", "", key_name)
            key_name = re.sub(
                r"(Đảng bộ tỉnh) (?:" + _province_at_end().pattern[2:-2] + r")(?= lần thứ)", r"\1", key_name
            )
        k = (key_name, province)
        if k not in self._bodies:
            key = f"b{len(self._bodies) + 1}"
            self._bodies[k] = Body(
                key=key,
                name=b.name,
                type=b.type,
                province=province,
                level=b.level,
                span=(b.start, b.end),
                text=b.text,
                mentions=[],
                canonical=b.canonical,
            )
        body = self._bodies[k]
        if (body.key, b.start, b.end) not in self._mentioned:
            self._mentioned.add((body.key, b.start, b.end))
            body.mentions.append(Mention(span=(b.start, b.end), text=b.text))
        return body.key

    def partner_keys(self, ps: tuple[int, int] | None) -> list[str]:
        """Bodies named in a partner span; runs of generic plurals ("các cấp ủy, các đảng đoàn, ban cán sự
        đảng") become one collective each, a body inside such a run ("các Ban đảng Tỉnh ủy") belongs to it."""
        if not ps:
            return []
        text = self.text
        s, e = ps
        keys: list[str | None] = []
        pos = s
        run_start = None
        for b in find_bodies(text, s, e) + [None]:
            stop = b.start if b else e
            gap = text[pos:stop]
            lead = re.match(r"[\s,;]*(?:và\s+|với\s+)?", gap).end()
            if run_start is None and re.match(r"(?:các|những)\s", gap[lead:]):
                run_start = pos + lead
            if run_start is not None:
                joined = b is not None and not re.search(r"(?:,|\svà)\s*$", gap)
                if joined:  # "các Ban đảng " + "Tỉnh ủy": one collective phrase
                    pos = b.end
                    continue
                sep = re.search(r"(?:,|\s+và)\s*$", gap)
                ce = pos + (sep.start() if sep else len(gap))
                name = text[run_start:ce].strip(" ,;")
                if name:
                    keys.append(self.collective_key(name, run_start, run_start + len(name)))
                run_start = None
            if b is not None:
                keys.append(self.body_key(b))
                pos = b.end
        return [k for k in dict.fromkeys(keys) if k]

    def collective_key(self, name: str, s: int, e: int) -> str:
        existing = next((k for k in self._bodies if k[0].lower() == name.lower() and k[1] == self.province), None)
        if existing:
            body = self._bodies[existing]
            if (body.key, s, e) not in self._mentioned:
                self._mentioned.add((body.key, s, e))
                body.mentions.append(Mention(span=(s, e), text=self.text[s:e]))
            return body.key
        k = (name, self.province)
        if k not in self._bodies:
            self._bodies[k] = Body(
                key=f"b{len(self._bodies) + 1}",
                name=name,
                type="collective",
                province=self.province,
                level="province",
                span=(s, e),
                text=self.text[s:e],
                mentions=[Mention(span=(s, e), text=self.text[s:e])],
            )
            self._mentioned.add((self._bodies[k].key, s, e))
        return self._bodies[k].key

    # ---------------------------------------------------------------- bodies
    def find_all_bodies(self) -> None:
        text = self.text
        kept_congress_end = -1
        for b in find_bodies(text):
            if b.type == "party-congress" and re.fullmatch(
                r"\s+và\s+", text[kept_congress_end : b.start] if kept_congress_end >= 0 else "x"
            ):
                kept_congress_end = b.end  # "thông qua tại Đại hội A và Đại hội B": both act
            elif b.type == "party-congress":
                # a congress is a body where it issues a resolution or acts, not where it is a topic
                before, after = text[max(0, b.start - 60) : b.start], text[b.end : b.end + 70]
                cited = _CONGRESS_CITED.search(before)
                national = "toàn quốc" in b.name
                issues = re.search(r"(?:[Nn]ghị quyết|thông qua tại|trình)\s+$", before) and not cited
                if national and not re.search(r"[Nn]ghị quyết\s+$", before):
                    issues = None  # the national congress receives drafts from every province: not an actor here
                if cited or not (
                    issues
                    or re.match(
                        r",?\s*(?:\(?nhiệm kỳ \d{4}\s*[-–]\s*\d{4}\)?\s*,?\s*)?(?:đã\s+|sẽ\s+|đã\s+chính thức\s+)?"
                        r"(?:biểu quyết|thông qua|đề ra|xác định|bầu|diễn ra|khai mạc|bế mạc|thành công|"
                        r"được tổ chức|tổ chức|quyết nghị|nhất trí|hoàn thành|quyết định|kết thúc)",
                        after,
                    )
                ):
                    continue  # a congress named in a cited title ("thực hiện Nghị quyết Đại hội ...") is not a body
                kept_congress_end = b.end
            if re.search(
                r"\b(?:làm việc|kiểm tra|giám sát|khảo sát|thăm)\s+(?:trực tiếp\s+)?tại\s+$",
                text[max(0, b.start - 40) : b.start],
            ):
                continue  # "Đoàn kiểm tra làm việc tại Đảng ủy xã X": the place visited, not an actor
            if b.type == "party-organisation" and not acts(text, b.start, b.end):
                continue  # "trong Đảng bộ tỉnh": the organisation talked about, not acting
            if b.name in ("Tỉnh ủy", "Thành ủy") and re.search(
                r"(?:giúp việc|trực thuộc)\s+$", text[max(0, b.start - 12) : b.start]
            ):
                continue  # "cơ quan chuyên trách tham mưu giúp việc Tỉnh ủy": a description, not the committee acting
            self.body_key(b)

    # ---------------------------------------------------------------- documents
    def find_all_documents(self) -> None:
        text = self.text
        mentions = find_documents(text)
        title_end = text.find("\n")
        numbered_about: dict[str, str] = {}
        doc_of_span = {tuple(m.span): k for k, d in reversed(self._docs.items()) for m in d.mentions}
        for dm in mentions:
            if dm.identity.endswith(":anaphor"):
                continue
            ident = dm.identity
            if dm.number and ":" not in ident.split(":", 1)[1] and dm.issued is None:
                # the same number with a year elsewhere
                same = next((k for k in self._docs if k.startswith(ident + ":")), None)
                ident = same or ident
            elif dm.number and dm.issued:
                base = ident.rsplit(":", 1)[0]
                if base in self._docs and (self._docs[base].issued or dm.issued)[:4] == dm.issued[:4]:
                    ident = base  # cited first without its date, then with it: one document (same year)
            if dm.number:
                about = re.match(r"\s+về\s+([^.;:(\n]{10,})", text[dm.end : dm.end + 200])
                if about:
                    numbered_about[" ".join(re.findall(r"\w+", fold(about.group(1)))[:6])] = ident
            elif dm.descriptor and dm.descriptor.startswith("về "):
                key6 = " ".join(re.findall(r"\w+", fold(dm.descriptor[3:]))[:6])
                if key6 in numbered_about:
                    ident = numbered_about[key6]
            if ident not in self._docs:
                # a later numbered mention may be the same document as an earlier "về ..." mention
                if dm.number:
                    about = re.match(r"\s+về\s+([^.;:(\n]{10,})", text[dm.end : dm.end + 200])
                    if about:
                        key6 = " ".join(re.findall(r"\w+", fold(about.group(1)))[:6])
                        prior = next(
                            (
                                k
                                for k, d in self._docs.items()
                                if not d.number
                                and d.title
                                and " ".join(re.findall(r"\w+", fold(d.title[3:]))[:6]) == key6
                                and d.type == dm.type
                            ),
                            None,
                        )
                        if prior:
                            d = self._docs.pop(prior)
                            d.number = dm.number
                            d.issued = d.issued or dm.issued
                            d.span, d.text = (dm.start, dm.end), dm.text
                            self._docs[ident] = d
                if ident not in self._docs:
                    self._docs[ident] = Document(
                        key=f"d{len(self._docs) + 1}",
                        type=dm.type,
                        number=dm.number,
                        span=(dm.start, dm.end),
                        text=dm.text,
                        issued=dm.issued,
                        title=dm.descriptor,
                        province=None
                        if (dm.number or "").upper().endswith("/TW")
                        or ":tw:" in dm.identity
                        or dm.congress_scope == "national"
                        else self.province,
                        mentions=[],
                    )
            d = self._docs[ident]
            d.mentions.append(Mention(span=(dm.start, dm.end), text=dm.text))
            if dm.issued and not d.issued:
                d.issued = dm.issued
            if dm.khoa and not d.term:
                d.term = f"khóa {dm.khoa}"
            # issuer and main document: "X ban hành <doc>", "<doc> ... của X"
            sent = self._sentence_of(dm.start)
            before = text[sent[0] : dm.start]
            if re.search(r"ban hành\s*$", before) and (self.main_doc is None or self.main_doc == ident):
                self.main_doc = ident  # the first document the text says was issued
                bs = [b for b in find_bodies(text, sent[0], dm.start)]
                if bs:
                    d.issuer = self.body_key(bs[-1]) or d.issuer
                dates = find_dates(before, self.year)
                if dates and not d.issued:
                    d.issued = dates[-1][2]
            of = re.match(r"(?:\s*,?\s*ngày [^,;]{4,25}?)?\s+của\s+", text[dm.end : dm.end + 60])
            if of and not d.issuer:
                bs = find_bodies(text, dm.end + of.end(), min(len(text), dm.end + of.end() + 60))
                if bs and bs[0].start == dm.end + of.end():
                    d.issuer = self.body_key(bs[0])
            cited = _DOC_CITED.search(text[max(0, dm.start - 40) : dm.start])
            if not d.issuer and dm.congress_scope and not cited:  # a cited resolution's congress is not a body here
                cb = [b for b in find_bodies(text, dm.start, dm.end + 40) if b.type == "party-congress"]
                if cb:
                    d.issuer = self.body_key(cb[0])
        self._merge_short_numbers()
        # anaphors: "... lần thứ XI, nhiệm kỳ 2020-2025 (Nghị quyết)" defines an alias for "Nghị quyết"
        self._doc_at: list[tuple[int, int, str]] = []  # (start, end, identity) of every mention, anaphors resolved
        alias: dict[str, str] = {}
        doc_of_span = {tuple(m.span): k for k, d in reversed(self._docs.items()) for m in d.mentions}
        for dm in mentions:
            if dm.identity.endswith(":anaphor"):
                target = alias.get(dm.type) or next(
                    (k for s0, e0, k in reversed(self._doc_at) if self._docs[k].type == dm.type), None
                )
                if target:
                    self._doc_at.append((dm.start, dm.end, target))
                continue
            ident = doc_of_span.get((dm.start, dm.end))
            if ident is None:
                continue
            self._doc_at.append((dm.start, dm.end, ident))
            al = re.match(r"[^()\n]{0,40}?\((Nghị quyết|Đề án|Chỉ thị|Kế hoạch|Chương trình|Quy chế)\)", text[dm.end :])
            if al:
                alias[dict(TYPES_BY_WORD)[al.group(1)]] = ident
            t = re.match(r"\s*,?\s*nhiệm kỳ\s+(\d{4})\s*-\s*(\d{4})", text[dm.end : dm.end + 40])
            if t and not (self._docs[ident].term or "").count("-"):
                self._docs[ident].term = f"{t.group(1)}-{t.group(2)}"
        # "Chương trình hành động thực hiện Nghị quyết": implements the resolution the anaphor names
        self._implements: dict[str, str] = {}
        for ident, d in self._docs.items():
            if d.title and re.fullmatch(r"thực hiện (Nghị quyết|Đề án|Chỉ thị|Kế hoạch)", d.title):
                pos = d.mentions[0].span[0] + len(d.text) - 1
                target = next((k for s0, e0, k in self._doc_at if s0 <= pos < e0 and k != ident), None)
                if target is None:
                    want = dict(TYPES_BY_WORD)[d.title.split(" ", 2)[2]]
                    target = alias.get(want) or next(
                        (
                            k
                            for s0, e0, k in reversed(self._doc_at)
                            if s0 < d.mentions[0].span[0] and self._docs[k].type == want
                        ),
                        None,
                    )
                if target and target != ident:
                    self._implements[ident] = target
        if self.main_doc in self._implements:
            self.main_doc = self._implements[self.main_doc]  # the programme implements the article's subject
        if self.main_doc is None:  # a state document's own header ("Số: 87/KH-UBND" ... "KẾ HOẠCH")
            self.main_doc = next((k for k, d in self._docs.items() if d.title == "state-header"), None)
            if self.main_doc:
                self._docs[self.main_doc].title = None
        if self.main_doc is None:
            first = next((k for k, d in self._docs.items() if d.span[0] < max(title_end, 0)), None)
            self.main_doc = first
        if self.main_doc:
            main = self._docs[self.main_doc]
            main.main = True
            ms, me = self._sentence_of(main.mentions[0].span[0])
            t = _TERM.search(text, ms, me) or _TERM.search(text, 0, max(title_end, 0))
            if t and not (main.term or "").count("-"):
                main.term = f"{t.group(1)}-{t.group(2)}"
        self.ex.documents = list(self._docs.values())

    def _merge_short_numbers(self) -> None:
        """ "Đề án số 11" beside "Đề án số 11-ĐA/TU": the short number names the same document."""
        for ident, d in list(self._docs.items()):
            if not (d.number and d.number.isdigit()):
                continue
            full = next(
                (
                    k
                    for k, o in self._docs.items()
                    if o is not d
                    and o.type == d.type
                    and o.number
                    and re.match(re.escape(d.number) + r"[-/]", o.number)
                ),
                None,
            )
            if full:
                other = self._docs[full]
                other.mentions.extend(d.mentions)
                other.issued = other.issued or d.issued
                if self.main_doc == ident:
                    self.main_doc = full
                del self._docs[ident]

    def _references(self) -> None:
        """Which documents the article's documents implement, are based on, inherit from or cite.

        From the main document to another, only where the text ties them after the main document
        has been introduced: "kế thừa" -> inheritsFrom, "căn cứ", "trên cơ sở" -> basedOn, "thực hiện",
        "cụ thể hóa" -> implements (a mention inside an assigned duty -> cites), "trong", "theo" -> cites;
        a list ("A và B", "A, B") shares its relation. A document whose name says what it implements
        ("Chương trình hành động thực hiện Nghị quyết") implements that one."""
        text = self.text
        for src, dst in self._implements.items():
            d = self._docs[src]
            self._add_reference(d.key, self._docs[dst].key, "implements", d.mentions[0].span, d.mentions[0].text)
        if not self.main_doc:
            return
        main = self._docs[self.main_doc]
        main_start = main.mentions[0].span[0]
        duty_spans = sorted(t.span for t in self.ex.tasks if t.group is None)
        duty_starts = [a for a, _ in duty_spans]
        reach = list(accumulate((b for _, b in duty_spans), max))  # the furthest end of the spans up to each

        def in_duty(pos: int) -> bool:
            i = bisect_right(duty_starts, pos)
            return i > 0 and reach[i - 1] > pos

        done: set[str] = set()
        last: tuple[int, str] | None = None
        for s0, e0, ident in self._doc_at:
            if ident == self.main_doc or ident in done or s0 < main_start or ident in self._implements:
                continue
            ss, se = self._sentence_of(s0)
            before = fold(text[max(ss, s0 - 300) : s0])  # the cue words sit just before the mention
            if re.search(r"ban hanh\s+(?:[^.;]*,\s*)?$", before):
                continue  # issued in the text, beside the main document: not referenced by it
            rel = None
            cues = [
                (m.end(), r)
                for pat, r in (
                    (r"ke thua", "inheritsFrom"),
                    (r"can cu|tren co so", "basedOn"),
                    (r"thuc hien|cu the hoa|trien khai", "implements"),
                )
                for m in re.finditer(pat, before)
            ]
            nearest = max(cues)[1] if cues else None
            if in_duty(s0):
                rel = "cites"  # named inside a duty given to a body: the body implements it, not the document
            elif nearest in ("inheritsFrom", "basedOn"):
                rel = nearest
            elif nearest == "implements" and re.search(
                r"(?:thuc hien|cu the hoa|trien khai)(?:\s+\w+){0,3}\s*$", before
            ):
                rel = "implements"
            elif re.search(r"\b(?:trong|theo|tai)\s*$", before):
                rel = "cites"
            elif last and s0 - last[0] < 12 and re.fullmatch(r"\s*(?:,|va|;)\s*", fold(text[last[0] : s0])):
                rel = last[1]
            if rel:
                done.add(ident)
                self._add_reference(main.key, self._docs[ident].key, rel, (s0, e0), text[s0:e0])
                last = (e0, rel)

    def _add_reference(self, frm: str, to: str, rel: str, span, mtext: str) -> None:
        if frm == to or any(r.from_ == frm and r.to == to and r.relation == rel for r in self.ex.references):
            return
        self.ex.references.append(
            Reference(
                key=f"r{len(self.ex.references) + 1}", from_=frm, to=to, relation=rel, span=tuple(span), text=mtext
            )
        )

    def _sentence_of(self, pos: int) -> tuple[int, int]:
        ls = self.text.rfind("\n", 0, pos) + 1
        le = self.text.find("\n", pos)
        le = len(self.text) if le < 0 else le
        for s, e in sentences(self.text, ls, le):
            if s <= pos < e + 1:
                return s, e
        return ls, le

    # ---------------------------------------------------------------- structure
    def walk(self) -> None:
        ls = lines(self.text)
        word_groups: dict[int, Line] = {}
        group_ordinal = 0
        i = 0
        deadline: int | None = None
        while i < len(ls):
            ln = ls[i]
            body = self.text[ln.body_start : ln.end]
            dl = _DEADLINE.search(body)
            if dl and len(body) < 200:
                deadline = int(dl.group(1))
            if ln.marker and ln.marker.endswith(" là"):
                word_groups[ln.ordinal or 0] = ln
                self.consumed.append((ln.start, ln.end))
                i += 1
                continue
            if INLINE_ENUM.search(self.text, ln.start, ln.end) and self._inline_targets(ln, deadline):
                group_ordinal = len(self.ex.task_groups)
                i += 1
                continue
            dc = declared_count_match(body)
            nxt = ls[i + 1] if i + 1 < len(ls) else None
            if (
                dc
                and ln.marker in (None, "*", "-")
                and any(body[dc.start("noun") :].startswith(n) for n in _TASK_NOUNS)
                and "nhóm" not in body[dc.start("noun") - 1 : dc.end()]
            ):
                # a task group: heading with a declared count, then numbered items
                items = []
                j = i + 1
                while j < len(ls) and ls[j].marker and ls[j].marker[0].isdigit():
                    items.append(ls[j])
                    j += 1
                colon = body.find(":", dc.end())
                if not items and colon >= 0 and len(body) - colon > 20 and self._inline_task_list(ln, dc, colon):
                    i += 1
                    continue
                if items or len(body) < 120:
                    go = _GROUP_ORDINAL.search(body)
                    ordinal = ORDINAL_WORDS.get("thứ " + go.group(1)) if go else None
                    group_ordinal += 1
                    ordinal = ordinal or group_ordinal
                    label_line = word_groups.get(ordinal)
                    label = self.text[label_line.body_start : label_line.end] if label_line else body
                    span, stext = self._span(ln.body_start, ln.end)
                    g = self._new_group(
                        ordinal=ordinal,
                        label=label.strip(" .:*"),
                        kind="task",
                        declared_count=int(dc.group("n")),
                        span=span,
                        text=stext,
                        deadline_year=None,
                    )
                    self.consumed.append((ln.start, ln.end))
                    for k, it in enumerate(items, 1):
                        tspan, ttext = self._span(it.body_start, it.end)
                        self.ex.tasks.append(
                            Task(
                                key=f"t{len(self.ex.tasks) + 1}",
                                document=self._main_key(),
                                group=g.key,
                                ordinal=it.ordinal or k,
                                label=ttext,
                                span=tspan,
                                text=ttext,
                            )
                        )
                        self._own_duty(self.ex.tasks[-1], it)
                        self.consumed.append((it.start, it.end))
                    if g.declared_count != len(items):
                        self.ex.problems.append(
                            Problem(
                                "declared-count-mismatch",
                                f"group {g.ordinal} ({g.label[:60]}) declares {g.declared_count}, found {len(items)}",
                                span,
                            )
                        )
                    i = j
                    continue
            if (
                not ln.marker
                and _TASK_HEADING.match(body)
                and nxt is not None
                and nxt.marker
                and nxt.marker[0].isdigit()
                and not subject_bodies(self.text, nxt.body_start, nxt.end)[0]
            ):
                i = self._heading_task_group(ls, i, group_ordinal + 1)
                group_ordinal += 1
                continue
            if ln.marker and ln.marker[0].isdigit():
                subjects, duty = subject_bodies(self.text, ln.body_start, ln.end)
                if subjects:
                    i = self._duty_paragraph(ls, i, subjects, duty)
                    continue
            if not ln.marker and nxt is not None and nxt.marker in ("-", "+", "•", "*"):
                # "Ban Tổ chức Tỉnh ủy:" on its own line, duties in the bullets below
                subjects, duty = subject_bodies(self.text, ln.body_start, ln.end)
                if subjects and duty >= ln.end - 1:
                    i = self._duty_paragraph(ls, i, subjects, duty)
                    continue
            i += 1
        self._free_assignments()
        self._prose()

    def _heading_task_group(self, ls: list[Line], i: int, ordinal: int) -> int:
        """ "II. NHIỆM VỤ, GIẢI PHÁP" then numbered items that name no body: a task group without a declared
        count, one task an item."""
        ln = ls[i]
        span, stext = self._span(ln.body_start, ln.end)
        g = self._new_group(
            ordinal=ordinal,
            label=stext.strip(" .:*"),
            kind="task",
            declared_count=None,
            span=span,
            text=stext,
        )
        self.consumed.append((ln.start, ln.end))
        j = i + 1
        while j < len(ls) and ls[j].marker and ls[j].marker[0].isdigit():
            it = ls[j]
            tspan, ttext = self._span(it.body_start, it.end)
            self.ex.tasks.append(
                Task(
                    key=f"t{len(self.ex.tasks) + 1}",
                    document=self._main_key(),
                    group=g.key,
                    ordinal=it.ordinal or (j - i),
                    label=ttext,
                    span=tspan,
                    text=ttext,
                )
            )
            self._own_duty(self.ex.tasks[-1], it)
            self.consumed.append((it.start, it.end))
            j += 1
        return j

    def _own_duty(self, task: Task, it: Line) -> None:
        """A listed task that opens with its own body ("1. Ủy ban Kiểm tra Tỉnh ủy kiểm tra ...") is that body's."""
        duties = read_duties(self.text, it.body_start, it.end)
        if not duties or duties[0].subjects[0].start - it.body_start > 2:
            return
        d = duties[0]
        for b in d.subjects:
            k = self.body_key(b)
            if k:
                self.ex.assignments.append(
                    Assignment(
                        key=f"a{len(self.ex.assignments) + 1}",
                        body=k,
                        task=task.key,
                        role=d.role,
                        span=task.span,
                        text=task.text,
                        status=d.status,
                    )
                )

    def _inline_task_list(self, ln: Line, dc: re.Match, colon: int) -> bool:
        """ "Đảng bộ xác định thực hiện 02 nhiệm vụ trọng tâm: A; B": a task group whose items follow the colon.
        With more ";" clauses than declared, an item starts where a clause repeats the lead words of the
        first one (enumerations are parallel: "chỉ đạo nâng cao chất lượng ... ; lãnh đạo, chỉ đạo nâng cao
        chất lượng ...")."""
        text = self.text
        n = int(dc.group("n"))
        start = ln.body_start + colon + 1
        parts = clauses(text, start, ln.end, ";")
        if n < 2 or len(parts) < n:
            return False
        if len(parts) > n:
            lead = re.findall(r"\w+", fold(text[parts[0][0] : parts[0][1]]))[:6]

            def shared(span) -> int:
                words = re.findall(r"\w+", fold(text[span[0] : span[1]]))
                best = 0
                for a in range(len(lead)):
                    for b in range(a + 1, len(lead) + 1):
                        gram = lead[a:b]
                        if any(words[k : k + len(gram)] == gram for k in range(len(words))):
                            best = max(best, len(gram))
                return best

            ranked = sorted(range(1, len(parts)), key=lambda k: (-shared(parts[k]), k))[: n - 1]
            if any(shared(parts[k]) < 2 for k in ranked):
                return False  # no parallel structure to split on: leave it as prose
            cuts = [0] + sorted(ranked) + [len(parts)]
            parts = [(parts[a][0], parts[b - 1][1]) for a, b in zip(cuts, cuts[1:], strict=False)]
        head_span, head_text = self._span(ln.body_start, ln.body_start + colon)
        g = self._new_group(
            ordinal=len(self.ex.task_groups) + 1,
            label=head_text,
            kind="task",
            declared_count=n,
            span=head_span,
            text=head_text,
        )
        bs = [b for b in find_bodies(text, ln.body_start, ln.body_start + colon) if b.type != "party-congress"]
        subject = self.body_key(bs[0]) if bs else self._bare_organisation(ln.body_start, ln.body_start + colon)
        subject = subject or self._default_subject()
        for k, (a, b) in enumerate(parts, 1):
            span, ttext = self._span(a, b)
            task = Task(
                key=f"t{len(self.ex.tasks) + 1}",
                document=self._main_key(),
                group=g.key,
                ordinal=k,
                label=ttext,
                span=span,
                text=ttext,
            )
            self.ex.tasks.append(task)
            if subject:
                self.ex.assignments.append(
                    Assignment(
                        key=f"a{len(self.ex.assignments) + 1}",
                        body=subject,
                        task=task.key,
                        role=role_of(ttext),
                        span=span,
                        text=ttext,
                    )
                )
        self.consumed.append((ln.start, ln.end))
        return True

    def _main_key(self) -> str | None:
        return self._docs[self.main_doc].key if self.main_doc else None

    # -- inline "(1) Về ... (3 chỉ tiêu): ...; (2) ..." paragraphs
    def _inline_targets(self, ln: Line, deadline: int | None) -> bool:
        text = self.text
        enums = list(INLINE_ENUM.finditer(text, ln.start, ln.end))
        if len(enums) < 2:
            return False
        preamble = (ln.start, enums[0].start())
        pre_text = text[preamble[0] : preamble[1]]
        dl = _DEADLINE.search(pre_text)
        if dl:
            deadline = int(dl.group(1))
        items = []
        for k, m in enumerate(enums):
            end = enums[k + 1].start() if k + 1 < len(enums) else ln.end
            items.append((m, end))
        grouped = False
        for m, end in items:
            colon = text.find(":", m.end(), end)
            header = text[m.start() : colon] if colon >= 0 and colon - m.start() < 200 else ""
            dc = declared_count_match(header) if header else None
            if dc and dc.group("noun") == "chỉ tiêu":
                grouped = True
        made_any = False
        if grouped:
            for m, end in items:
                colon = text.find(":", m.end(), end)
                header_span, header_text = self._span(m.start(), colon)
                dc = declared_count_match(text[m.start() : colon])
                label = re.sub(r"\s*\(\d+ chỉ tiêu\)\s*$", "", text[m.end() : colon]).strip()
                g = self._new_group(
                    ordinal=int(m.group("n")),
                    label=label,
                    kind="target",
                    declared_count=int(dc.group("n")) if dc else None,
                    span=header_span,
                    text=header_text,
                    deadline_year=deadline,
                )
                found = self._add_targets(
                    target_items(text, colon + 1, end),
                    g,
                    deadline,
                    period_hint=period_of(label),
                    subject=self._default_subject(),
                )
                self._check_count(g, found)
                made_any = True
        else:
            dc = declared_count_match(pre_text)
            if not dc or dc.group("noun") != "chỉ tiêu":
                return False
            span, stext = self._span(preamble[0], preamble[1])
            g = self._new_group(
                ordinal=len([x for x in self.ex.task_groups if x.kind == "target"]) + 1,
                label=stext.rstrip(": "),
                kind="target",
                declared_count=int(dc.group("n")),
                span=span,
                text=stext,
                deadline_year=deadline,
            )
            found = 0
            for m, end in items:
                found += self._add_targets(
                    target_items(text, m.end(), end, numbered_item=True), g, deadline, subject=self._default_subject()
                )
            self._check_count(g, found)
            made_any = True
        if made_any:
            self.consumed.append((ln.start, ln.end))
        return made_any

    def _check_count(self, g: TaskGroup, found: int) -> None:
        if g.declared_count is not None and g.declared_count != found:
            self.ex.problems.append(
                Problem(
                    "declared-count-mismatch",
                    f"group {g.ordinal} ({g.label[:60]}) declares {g.declared_count}, found {found}",
                    g.span,
                )
            )

    def _add_targets(
        self,
        items: list[FigureItem],
        g: TaskGroup | None,
        deadline: int | None,
        period_hint: str | None = None,
        subject: str | None = None,
        term: tuple[int, int] | None = None,
    ) -> int:
        top = 0
        parent: str | None = None
        quota_head: str | None = None  # the body a quota list's first item names
        for it in items:
            key = f"x{len(self.ex.targets) + 1}"
            f = it.fig
            span, stext = self._span(*it.span)
            if not it.empty and f is not None and f.unit is None:
                # "đạt chuẩn mức 1": a number whose unit the text does not give is not a target we can state
                self.ex.problems.append(
                    Problem("figure-without-unit", f"no unit for {f.value:g} in {stext[:60]!r}", span)
                )
                continue
            fig = Figure(
                key=key,
                value=None if it.empty else f.value,
                comparator=None if it.empty else f.comparator,
                unit=None if it.empty else f.unit,
                span=span,
                text=stext,
                document=self._main_key(),
                group=g.key if g else None,
                upper=None if it.empty else f.upper,
                population=population_of(self.text, it.span, None if it.empty or it.inherited else f),
                deadline_year=deadline,
                period=it.period or period_hint,
                period_start=term[0] if term else None,
                period_end=term[1] if term else None,
                subject=subject,
                parent=None if it.top else parent,
            )
            lead = [b for b in find_bodies(self.text, span[0], f.start)] if f is not None and not it.empty else []
            if it.subject_span:
                fig.subject = self._quota_subject(it.subject_span, quota_head) or subject
            elif lead and lead[0].start == span[0] and lead[0].type != "collective":
                fig.subject = quota_head = self.body_key(lead[0]) or subject
            fig.indicator = match_indicator(stext)
            self.ex.targets.append(fig)
            if it.top:
                top += 1
                parent = key
        return top

    def _quota_subject(self, span: tuple[int, int], head: str | None) -> str | None:
        """The body a quota list's short name stands for: "Hội An" after "Đảng bộ TP.Tam Kỳ ..." is Đảng bộ Hội An."""
        s, e = span
        written = self.text[s:e]
        found = find_bodies(self.text, s, e)
        if found and found[0].start == s:
            return self.body_key(found[0])
        first = next((b for b in self._bodies.values() if b.key == head), None)
        if first is None or first.type != "party-organisation":
            return None
        forces = {"Công an": "Công an tỉnh", "Quân sự": "Quân sự tỉnh", "Biên phòng": "Bộ đội Biên phòng tỉnh"}
        name = f"Đảng bộ {forces.get(written, written)}"  # the armed forces' organisations by their short names
        return self.body_key(BodyMatch(s, e, written, name, "party-organisation", first.level or "district"))

    # -- "N. Body, Body: duty" paragraphs
    def _duty_paragraph(self, ls: list[Line], i: int, subjects, duty_start: int) -> int:
        ln = ls[i]
        keys = []
        for s in subjects:
            k = self.body_key(s.body) if s.body is not None else self.collective_key(s.name, s.start, s.end)
            if k:
                keys.append(k)
        duties: list[tuple[int, int]] = []
        if duty_start < ln.end:
            duties.extend(sentences(self.text, duty_start, ln.end))
        self.consumed.append((ln.start, ln.end))
        j = i + 1
        while j < len(ls):
            nl = ls[j]
            if nl.marker and nl.marker[0].isdigit():
                break
            if nl.marker in ("-", "+", "•", "*"):
                duties.append((nl.body_start, nl.end))
            elif not nl.marker and len(nl.text) > 60:
                # "Lãnh đạo Ủy ban nhân dân tỉnh chỉ đạo ...": a further subject opens the line
                more, dstart = subject_bodies(self.text, nl.body_start, nl.end)
                for x in more:
                    k = self.body_key(x.body) if x.body is not None else self.collective_key(x.name, x.start, x.end)
                    if k and k not in keys:
                        keys.append(k)
                duties.extend(sentences(self.text, dstart if more else nl.start, nl.end))
            else:
                break
            self.consumed.append((nl.start, nl.end))
            j += 1
        for ds, de in duties:
            span, dtext = self._span(ds, de)
            if not dtext:
                continue
            rels = report_lines(self.text, span[0], span[1])
            if re.match(r"^[^.]*chịu trách nhiệm trước", dtext) and rels:
                for kind, target, _cs, _ce in rels:
                    for k in keys:
                        self._relation(k, self.body_key(target), kind, span)
                continue
            task = self._duty_task(span, dtext)
            role = role_of(dtext)
            partners: list[str] = []
            ps = partner_span(self.text, span[0], span[1]) if role in ("lead", "coordinate") else None
            if ps:
                partners = self.partner_keys(ps)
            for k in keys:
                self.ex.assignments.append(
                    Assignment(
                        key=f"a{len(self.ex.assignments) + 1}",
                        body=k,
                        task=task.key,
                        role=role,
                        span=span,
                        text=dtext,
                        partners=[p for p in partners if p != k],
                    )
                )
            for kind, target, _cs, _ce in rels:
                for k in keys:
                    self._relation(k, self.body_key(target), kind, span)
        return j

    # -- free prose: "giao X chủ trì ...", "X chủ trì, phối hợp với Y ...", "thuộc trách nhiệm của X" (clauses.py)
    def _free_assignments(self) -> None:
        text = self.text
        title_end = text.find("\n")
        all_lines = lines(text)
        for n, ln in enumerate(all_lines):
            if n and any(
                b.start < all_lines[n - 1].end and b.end > ln.start
                for b in find_bodies(text, all_lines[n - 1].start, ln.end)
            ):
                continue  # read with the line before: a body's name runs across the break
            if n + 1 < len(all_lines) and any(
                b.start < ln.end and b.end > all_lines[n + 1].start
                for b in find_bodies(text, ln.start, all_lines[n + 1].end)
            ):
                ln = replace(ln, end=all_lines[n + 1].end, text=text[ln.start : all_lines[n + 1].end])
            if self._is_consumed(ln.start, ln.end) or (
                ln.end == title_end
                and ln.end - ln.start < 150
                and re.search(r"^[^:.]{3,80}:\s*[^.]+$", text[ln.start : ln.end])
            ):
                continue  # a headline "Đảng bộ Khối: Thực hiện hiệu quả ..." states a theme, not a duty
            for d in read_duties(text, ln.start, ln.end):
                if self._is_consumed(*d.span) or d.span in self._duty_spans:
                    continue
                self._add_duty(d)

    def _new_group(self, **fields) -> TaskGroup:
        """A task or target group of the main document, numbered in the order found, registered."""
        group = TaskGroup(key=f"g{len(self.ex.task_groups) + 1}", document=self._main_key(), **fields)
        self.ex.task_groups.append(group)
        return group

    def _duty_task(self, span: tuple[int, int], dtext: str) -> Task:
        """A task a duty sentence states (not listed in a group): its own task, numbered among such tasks."""
        task = Task(
            key=f"t{len(self.ex.tasks) + 1}",
            document=self._main_key(),
            group=None,
            ordinal=self._free_tasks + 1,
            label=dtext,
            span=span,
            text=dtext,
        )
        self.ex.tasks.append(task)
        self._free_tasks += 1
        return task

    def _add_duty(self, d: Duty) -> None:
        span, dtext = self._span(*d.span)
        keys = [k for k in (self.body_key(b) for b in d.subjects) if k]
        if not dtext or not keys:
            return
        if d.status == "reported" and self._issues_a_document(span):
            return  # "…; xây dựng chương trình làm việc toàn khóa;": issuing a document makes its issuer, not a duty
        if d.role == "report":  # "báo cáo kết quả về Ban Thường vụ Tỉnh ủy": a reporting line only
            for target in d.reports_to:
                for k in keys:
                    self._relation(k, self.body_key(target), "reportsTo", span)
            self._duty_spans.add(d.span)
            return
        task = self._duty_task(span, dtext)
        partners = [k for k in (self.body_key(b) for b in d.partners) if k]
        for k in keys:
            self.ex.assignments.append(
                Assignment(
                    key=f"a{len(self.ex.assignments) + 1}",
                    body=k,
                    task=task.key,
                    role=d.role,
                    span=span,
                    text=dtext,
                    partners=[p for p in partners if p != k],
                    status=d.status,
                )
            )
        for target in d.reports_to:
            for k in keys:
                self._relation(k, self.body_key(target), "reportsTo", span)
        self._duty_spans.add(d.span)  # not consumed: a duty sentence may also set targets ("giao chỉ tiêu ...")

    def _issues_a_document(self, span: tuple[int, int]) -> bool:
        """Whether a reported action is only the making of a document the text names: "(đã) xây dựng / ban
        hành <document>" with nothing after the document's name."""
        verb = re.search(r"(?:^|\s)(?:xây dựng|ban hành)(?: và ban hành)?\s+", self.text[span[0] : span[1]])
        if not verb:
            return False
        at = span[0] + verb.end()
        return any(s0 == at and e0 >= span[1] - 1 for s0, e0, _ in self._doc_at)

    def _relation(self, frm: str | None, to: str | None, kind: str, span: tuple[int, int]) -> None:
        if (
            not frm
            or not to
            or frm == to
            or any(r.from_ == frm and r.to == to and r.kind == kind for r in self.ex.relations)
        ):
            return
        self.ex.relations.append(
            Relation(
                key=f"l{len(self.ex.relations) + 1}",
                from_=frm,
                to=to,
                kind=kind,
                span=span,
                text=self.text[span[0] : span[1]],
            )
        )

    # -- prose: targets and statistics in sentences not consumed above
    def _prose(self) -> None:
        """Targets and statistics in prose. A goal sentence ("Mục tiêu cụ thể đến năm 2030 là ...") opens a
        scope that the following sentences of its paragraph share, with its deadline, until a sentence reports
        ("đã ...", "hiện nay ...") or states a deadline of its own; a lead line ending in ":" or followed by
        "Cụ thể" carries the scope to the next paragraph."""
        text = self.text
        carried: int | None | bool = False  # False: no scope; else the scope's deadline (None: none stated)
        for ln in lines(text):
            if self._is_consumed(ln.start, ln.end) or ln.end - ln.start < 25:
                carried = carried if ln.end - ln.start < 25 and not self._is_consumed(ln.start, ln.end) else False
                continue
            body = text[ln.start : ln.end]
            scope = (
                carried
                if (
                    carried is not False
                    and (
                        re.match(
                            r"\W*(?:Cụ thể|Trong đó|[-+•*]|\d{1,2}[.)]|[a-zđ]\)|Hằng năm|Hàng năm|Mỗi năm|Bình quân)",
                            body,
                        )
                        or self._carry_colon
                        or (self._listing and find_figures(text, ln.start, ln.end) and not ends_goal_scope(body))
                        or self._continues_goals(body, ln)
                    )
                )
                else False
            )
            if scope is False:
                self._listing = False
            as_of = None
            for s, e in sentences(text, ln.start, ln.end):
                sent = text[s:e]
                figs = find_figures(text, s, e)
                own = deadline_of(sent)
                if not figs:
                    if scope is False and not _GOAL_WORD.search(sent):
                        continue  # neither opens nor ends a scope
                    g = goal_or_report(sent)
                    if g == "goal":
                        scope = own if own is not None else (scope if scope is not False else None)
                    elif scope is not False and ends_goal_scope(sent):
                        scope = False
                    continue
                head = re.match(r"(?:Tính )?[Đđ]ến (?:ngày )?(\d{1,2}/\d{1,2}/\d{4})", sent)
                if head:
                    as_of = find_dates(head.group(1))[0][2]
                prefix = text[s : figs[0].start]
                kind = goal_or_report(prefix)
                if scope is not False and (kind is None or (kind == "report" and not ends_goal_scope(prefix))):
                    kind = "goal"
                if kind == "goal":
                    deadline = own if own is not None else (scope if scope not in (False, None) else None)
                    if deadline is None:
                        deadline = self._term_end(s)
                    scope = deadline
                    self._goal_sentence(ln, s, e, prefix, deadline)
                else:
                    scope = False
                    self._statistics(s, e, figs, as_of, ln)
            self._carry_colon = body.rstrip().endswith(":")
            if self._carry_colon and scope is not False:
                self._listing = True  # "Mục tiêu cụ thể đến năm 2030:" then one target a paragraph
            carried = scope

    _carry_colon = False
    _listing = False

    def _continues_goals(self, body: str, ln: Line) -> bool:
        """A paragraph of figures and nothing else right after a paragraph that ended setting goals goes on with
        them ("Đại hội đặt mục tiêu ...; ..." then "Thu nhập bình quân đầu người đạt trên 85 triệu đồng; ...")."""
        figs = find_figures(self.text, ln.start, ln.end)
        if not figs or ends_goal_scope(body):  # (asked only while the paragraph before left a goal scope open)
            return False
        prefix = self.text[ln.start : figs[0].start]
        return goal_or_report(prefix) is None and not re.match(r"\W*(?:[Nn]ăm|[Tt]ính đến|[Đđ]ến nay|[Hh]iện)\b", body)

    def _term_end(self, pos: int) -> int | None:
        """The end of the term ("Nhiệm kỳ 2020-2025, ...") named in the sentence or paragraph before pos."""
        ls = self.text.rfind("\n", 0, pos) + 1
        terms = list(_TERM_END.finditer(self.text, ls, pos))
        return int(terms[-1].group(1)) if terms else None

    def _last_term(self, pos: int) -> re.Match | None:
        """The last "nhiệm kỳ 2020-2025" that ends before pos (found once per text)."""
        if not hasattr(self, "_terms"):
            self._terms = list(_TERM.finditer(self.text))
            self._term_ends = [m.end() for m in self._terms]
        i = bisect_right(self._term_ends, pos)
        return self._terms[i - 1] if i else None

    def _goal_sentence(self, ln: Line, s: int, e: int, prefix: str, deadline: int | None) -> None:
        text = self.text
        sent = text[s:e]
        colon = sent.find(":")
        start = s + colon + 1 if colon >= 0 else s
        pre = text[s:start]
        term = self._last_term(e)
        bs = [b for b in find_bodies(text, ln.start, start) if b.type not in ("party-congress", "collective")]
        subject = self.body_key(bs[0]) if bs else self._default_subject()
        # "phấn đấu hằng năm đạt các mục tiêu cụ thể: A; B; C": an explicit target list
        explicit = colon >= 0 and bool(re.search(r"mục tiêu|chỉ tiêu", text[s:start]))
        items = target_items(text, start, e, in_group=explicit)
        period = period_of(pre) or (period_of(text[ln.start : s]) if colon < 0 else None)
        if re.search(r"cả nhiệm kỳ", text[ln.start : e]):
            period = "term"
        self._add_targets(
            items,
            None,
            deadline,
            period_hint=period,
            subject=subject,
            term=(int(term.group(1)), int(term.group(2))) if term else None,
        )

    def _statistics(self, s: int, e: int, figs: list[FigureMatch], as_of: str | None, ln: Line) -> None:
        text = self.text
        bs = [b for b in find_bodies(text, s, figs[0].start) if b.type != "party-congress"]
        subject = self.body_key(bs[0]) if bs else self._default_subject()
        for cs, ce in clauses(text, s, e, ";"):
            cf = [f for f in figs if cs <= f.num_start < ce]
            for k, (f, (a, b)) in enumerate(zip(cf, _segments(text, cs, ce, cf), strict=False)):
                span, stext = self._span(a, b)
                before = text[cf[k - 1].end if k else cs : f.start]
                y = re.search(r"\(?năm (\d{4}),", before)
                planned = self._planned_total(f, s)
                fig = Figure(
                    key=f"s{len(self.ex.statistics) + 1}",
                    value=f.value,
                    comparator=f.comparator,
                    unit=f.unit,
                    span=span,
                    text=stext,
                    upper=f.upper,
                    population=population_of(text, span, f),
                    subject=subject,
                    as_of=y.group(1) if y else as_of,
                    total=None if planned else f.total,
                )
                fig.indicator = match_indicator(stext)
                self.ex.statistics.append(fig)
                if planned:
                    self._old_target(f, fig, s)

    def _planned_total(self, f: FigureMatch, sentence_start: int) -> bool:
        """Whether "A/B" sets what was achieved against what was planned ("Nhiều chỉ tiêu Nghị quyết đạt cao như
        thu ngân sách 45.799/36.875 tỷ đồng", "83,2%/50%") rather than a part of a whole ("37.781/56.760 đảng
        viên ở các chi bộ thôn"): two percentages, a part larger than its whole, or targets named before it."""
        if f.total is None:
            return False
        return (
            f.unit == "percent"
            or f.value > f.total
            or bool(re.search(r"\b(?:chỉ tiêu|mục tiêu|kế hoạch)\b", self.text[sentence_start : f.start], re.I))
        )

    def _old_target(self, f: FigureMatch, stat: Figure, sentence_start: int) -> None:
        """The planned half of an "achieved/planned" pair: a target of the plan the sentence cites (none named:
        no document), due when that plan's term ended."""
        text = self.text
        before = text[sentence_start : f.start]
        cited = [k for s0, e0, k in self._doc_at if sentence_start <= s0 and e0 <= f.start]
        term = _TERM.search(before)
        if term:
            deadline: int | None = int(term.group(2))
        else:
            last = self._last_term(sentence_start)
            past = re.search(r"nhiệm kỳ (?:qua|trước|vừa qua)", text[max(0, sentence_start - 300) : f.start])
            deadline = int(last.group(1 if past else 2)) if last else None
        self.ex.targets.append(
            Figure(
                key=f"x{len(self.ex.targets) + 1}",
                value=f.total,
                comparator="exactly",
                unit=f.unit,
                span=stat.span,
                text=stat.text,
                document=self._docs[cited[-1]].key if cited else None,
                population=stat.population,
                deadline_year=deadline,
                subject=stat.subject,
                indicator=stat.indicator,
            )
        )

    # ---------------------------------------------------------------- run
    def _inherit_responsibility(self) -> None:
        """A plan that hands its implementation as a whole to a body ("Ban Tổ chức Tỉnh ủy: Chủ trì, ... triển
        khai thực hiện Đề án") makes that body the lead of every task that names no body of its own: those
        tasks get an inherited assignment whose evidence is that clause."""
        if not self.main_doc:
            return
        main = self._docs[self.main_doc]
        word = next((w for w, t in TYPES if t == main.type), None)
        if word is None:
            return
        whole = re.compile(
            r"(?:triển khai|tổ chức|theo dõi|hướng dẫn)(?:,? \w+)*? thực hiện (?:các nội dung của )?"
            + re.escape(word)
            + r"(?! \d)",
            re.I,
        )
        clause = next(
            (a for a in self.ex.assignments if a.role == "lead" and not a.inherited and whole.search(a.text)), None
        )
        if clause is None:
            return
        owned = {a.task for a in self.ex.assignments}
        for t in self.ex.tasks:
            if t.key not in owned and t.group is not None:
                self.ex.assignments.append(
                    Assignment(
                        key=f"a{len(self.ex.assignments) + 1}",
                        body=clause.body,
                        task=t.key,
                        role="lead",
                        span=clause.span,
                        text=clause.text,
                        status=clause.status,
                        inherited=True,
                    )
                )

    def _reported_without_plan(self) -> None:
        """A text that names no plan of its own (a news report of results) reports what bodies did: its
        duties without a word that hands them out (giao, yêu cầu, cần, sẽ, tiếp tục ...) are reported."""
        if self.main_doc is not None or re.search(
            r"\b(?:Kế hoạch|Đề án|Nghị quyết|Chương trình|Chỉ thị|Công văn) này\b", self.text
        ):
            return
        handing = re.compile(
            r"\b(?:(?<!được )giao|đề nghị|yêu cầu|cần|phải|sẽ|tiếp tục|có trách nhiệm|chủ trì|"
            r"phấn đấu|đề ra|xác định)\b",
            re.I,
        )
        for a in self.ex.assignments:
            if a.status == "assigned" and not handing.search(self.text[self._sentence_of(a.span[0])[0] : a.span[1]]):
                a.status = "reported"

    def run(self) -> Extraction:
        self.find_all_bodies()
        self.find_all_documents()
        self.walk()
        self._reported_without_plan()
        self._inherit_responsibility()
        self._references()
        self.ex.bodies = list(self._bodies.values())
        self.ex.documents = list(self._docs.values())
        if not (self.ex.documents or self.ex.tasks or self.ex.targets or self.ex.statistics or self.ex.assignments):
            self.ex.problems.append(Problem("no-plan-content", "no documents, tasks, targets or statistics found"))
        return self.ex


def extract(source: Source) -> Extraction:
    """Extract everything from one source (deterministic)."""
    return Extractor(source).run()
