"""The extractor's documents: every mention of a plan or resolution, its identity, issuer and term, and the
references between documents ("thực hiện", "căn cứ", "kế thừa")."""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate

from ..text.normalise import fold
from ..text.numbers import find_dates
from .bodies import BodyMatch, find_bodies
from .bodies_pass import BodiesPass
from .congresses import CONGRESS_TYPES
from .cues import CONGRESS_CITED_IN_LINE, DOC_CITED, TERM, TYPES_BY_WORD
from .documents import DocumentMention, find_documents
from .model import (
    Document,
    Mention,
    Reference,
)
from .places import province_kind

# "… lần thứ XI, nhiệm kỳ 2020-2025 (Nghị quyết)": the short name the text will use for the document
_ALIAS = re.compile(r"[^()\n]{0,40}?\((Nghị quyết|Đề án|Chỉ thị|Kế hoạch|Chương trình|Quy chế)\)")


def _topic_key(words: str) -> str:
    """A topic as a key: its first six words, folded ("về nâng cao chất lượng ..." said two ways is one)."""
    return " ".join(re.findall(r"\w+", fold(words))[:6])


# a date that belongs to a document number written right before it: "… số 100-KL/TW ngày 12/3/2026", "1234/UBND-KT,
# ngày 5/6/2026"
_CITED_DATE = re.compile(r"\d+\s*[-/]\s*[A-ZĐ][\w-]*(?:/[\w-]+)*\s*,?\s*(?:ngày\s*)?$")


# the issuer's code at the end of a state document's number ("09/KH-UBND", "12/NQ-HĐND"), and the place and date
# line after it ("| Hậu Giang, ngày 19 tháng 01 năm 2026", "Vị Thanh, ngày …")
_ISSUER_CODE = re.compile(r"[-/](UBND|HĐND)$")
_PLACE_LINE = re.compile(r"[ \t|]*\n?[ \t]*(?P<place>[^\W\d_]+(?: [^\W\d_]+){0,3}),\s+ngày\s+\d")
_ORGANS = {"UBND": ("Ủy ban nhân dân", "peoples-committee"), "HĐND": ("Hội đồng nhân dân", "peoples-council")}


class DocumentsPass(BodiesPass):
    """Methods of :class:`~phancong.extract.extractor.Extractor` (state set up there)."""

    # ---------------------------------------------------------------- documents
    def find_all_documents(self) -> None:
        """Every document the text names, one per identity; then the anaphors ("Nghị quyết"), what each
        document implements, and the main document (the one the text is about)."""
        mentions = find_documents(self.text)
        numbered_about: dict[str, str] = {}  # the topic of a numbered document ("số 12-NQ/TU về ...") -> identity
        for dm in mentions:
            if dm.identity.endswith(":anaphor"):
                continue
            ident = self._identity_of(dm, numbered_about)
            if ident not in self._docs:
                self._register_document(ident, dm)
            d = self._docs[ident]
            d.mentions.append(Mention(span=(dm.start, dm.end), text=dm.text))
            if dm.issued and not d.issued:
                d.issued = dm.issued
            if dm.khoa and not d.term:
                d.term = f"khóa {dm.khoa}"
            self._issuer_of(ident, d, dm)
        self._merge_short_numbers()
        alias = self._resolve_anaphors(mentions)
        self._implements = self._implemented(alias)
        for d in self._docs.values():  # a state header no mention named an issuer for: its number's code
            if d.title == "state-header":
                self._issuer_from_code(d)
        self._choose_main_document()
        self.ex.documents = list(self._docs.values())

    def _about_key(self, dm: DocumentMention) -> str | None:
        """The topic a numbered mention states right after it ("số 12-NQ/TU về ..."), as a key."""
        about = re.match(r"\s+về\s+([^.;:(\n]{10,})", self.text[dm.end : dm.end + 200])
        return _topic_key(about.group(1)) if about else None

    def _identity_of(self, dm: DocumentMention, numbered_about: dict[str, str]) -> str:
        """The identity of the document a mention names: a number cited without its year is the one cited with
        it, a number cited first without its date then with it (same year) is one document, and a "về ..."
        mention is the numbered document of the same topic named before."""
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
            key = self._about_key(dm)
            if key:
                numbered_about[key] = ident
        elif dm.descriptor and dm.descriptor.startswith("về "):
            key6 = _topic_key(dm.descriptor[3:])
            if key6 in numbered_about:
                ident = numbered_about[key6]
        return ident

    def _register_document(self, ident: str, dm: DocumentMention) -> None:
        """A document not seen under this identity: an earlier "về ..." mention of the same topic and type
        takes the number, else a new document."""
        # a later numbered mention may be the same document as an earlier "về ..." mention
        if dm.number:
            key6 = self._about_key(dm)
            if key6:
                prior = next(
                    (
                        k
                        for k, d in self._docs.items()
                        if not d.number and d.title and _topic_key(d.title[3:]) == key6 and d.type == dm.type
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
                if (dm.number or "").upper().endswith("/TW") or ":tw:" in dm.identity or dm.congress_scope == "national"
                else self.province,
                mentions=[],
            )

    def _issuer_of(self, ident: str, d: Document, dm: DocumentMention) -> None:
        """Issuer and main document: "X ban hành <doc>" (the first document the text says was issued is the
        main one), "<doc> ... của X", or the congress named with a congress's resolution."""
        text = self.text
        sent = self._sentence_of(dm.start)
        before = text[sent[0] : dm.start]
        if re.search(r"ban hành\s*$", before) and (self.main_doc is None or self.main_doc == ident):
            self.main_doc = ident  # the first document the text says was issued
            bs = [b for b in find_bodies(text, sent[0], dm.start)]
            if bs:
                d.issuer = self.body_key(bs[-1]) or d.issuer
            # the day it was issued, not the date of a document cited before it ("Thực hiện Kết luận số 100-KL/TW
            # ngày 12/3/2026 …, Tỉnh ủy ban hành Kế hoạch số 45-KH/TU": no date of its own)
            dates = [x for x in find_dates(before, self.year) if not _CITED_DATE.search(before, 0, x[0])]
            if dates and not d.issued:
                d.issued = dates[-1][2]
        # a congress is a body where it acts or issues the text's own resolution: the congress of a resolution the
        # text cites ("Căn cứ Nghị quyết số 01-NQ/ĐH … của Đại hội …") is its issuer only where it is a body already
        cited = bool(DOC_CITED.search(text[max(0, dm.start - 40) : dm.start]))

        def cited_congress(b: BodyMatch) -> bool:
            return b.type in CONGRESS_TYPES and bool(cited or CONGRESS_CITED_IN_LINE.search(text[sent[0] : b.start]))

        of = re.match(r"(?:\s*,?\s*ngày [^,;]{4,25}?)?\s+của\s+", text[dm.end : dm.end + 60])
        if of and not d.issuer:
            bs = find_bodies(text, dm.end + of.end(), min(len(text), dm.end + of.end() + 60))
            if bs and bs[0].start == dm.end + of.end():
                d.issuer = self.body_key(bs[0], known_only=cited_congress(bs[0]))
        if not d.issuer and dm.congress_scope:
            cb = [b for b in find_bodies(text, dm.start, dm.end + 40) if b.type == "party-congress"]
            if cb:
                d.issuer = self.body_key(cb[0], known_only=cited_congress(cb[0]))

    def _resolve_anaphors(self, mentions: list[DocumentMention]) -> dict[str, str]:
        """Where each mention is (anaphors resolved: "... lần thứ XI, nhiệm kỳ 2020-2025 (Nghị quyết)" defines
        an alias for "Nghị quyết"), and the term written after a mention; returns the aliases by type."""
        text = self.text
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
            al = _ALIAS.match(text[dm.end : dm.end + 200])
            if al:
                alias[dict(TYPES_BY_WORD)[al.group(1)]] = ident
            t = re.match(r"\s*,?\s*nhiệm kỳ\s+(\d{4})\s*-\s*(\d{4})", text[dm.end : dm.end + 40])
            if t and not (self._docs[ident].term or "").count("-"):
                self._docs[ident].term = f"{t.group(1)}-{t.group(2)}"
        return alias

    def _implemented(self, alias: dict[str, str]) -> dict[str, str]:
        """ "Chương trình hành động thực hiện Nghị quyết": implements the resolution the anaphor names."""
        implements: dict[str, str] = {}
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
                    implements[ident] = target
        return implements

    def _choose_main_document(self) -> None:
        """The main document: the one issued in the text (or what the programme issued implements), else a state
        document's own header, else the first named in the title; its term from its sentence or the title."""
        text = self.text
        title_end = text.find("\n")
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
            t = TERM.search(text, ms, me) or TERM.search(text, 0, max(title_end, 0))
            if t and not (main.term or "").count("-"):
                main.term = f"{t.group(1)}-{t.group(2)}"

    def _issuer_from_code(self, d: Document) -> None:
        """A state header whose issuer is not named with its place (the text cut before it, or "ỦY BAN NHÂN DÂN |"
        alone in a table's cell, then "Số: 09/KH-UBND | Hậu Giang, ngày …"): the code that ends its number names
        the issuer, the People's Committee or Council of the province its place line names (another place, a
        district's or a commune's, is not guessed at)."""
        s, e = d.mentions[0].span
        code = _ISSUER_CODE.search(self.text, s, e)
        place = _PLACE_LINE.match(self.text, e)
        if d.issuer or code is None or place is None or find_bodies(self.text, 0, s):
            return
        kind = province_kind(place.group("place"))
        if kind is None:
            return
        organ, type_ = _ORGANS[code.group(1)]
        b = BodyMatch(code.start(1), code.end(1), code.group(1), f"{organ} {kind}", type_, "province")
        d.issuer = self.body_key(b)

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
            purpose = re.search(
                r"(?:nham|gop phan)\b[^.;]{0,200}(?:thuc hien|cu the hoa|trien khai)(?:\s+\w+){0,3}\s*$", before
            )
            listed = last and s0 - last[0] < 12 and re.fullmatch(r"\s*(?:,|va|;)\s*", fold(text[last[0] : s0]))
            if listed and last:
                rel = last[1]  # "… Nghị quyết A và Nghị quyết B": the list shares the relation of its first
            elif in_duty(s0) and not purpose:  # "… nhằm … góp phần thực hiện Nghị quyết Đại hội": what it is for
                rel = "cites"  # named inside a duty given to a body: the body implements it, not the document
            elif nearest in ("inheritsFrom", "basedOn"):
                rel = nearest
            elif nearest == "implements" and re.search(
                r"(?:thuc hien|cu the hoa|trien khai)(?:\s+\w+){0,3}\s*$", before
            ):
                rel = "implements"
            elif re.search(r"\b(?:trong|theo|tai)\s*$", before):
                rel = "cites"
            if rel:
                done.add(ident)
                self._add_reference(main.key, self._docs[ident].key, rel, (s0, e0), text[s0:e0])
                last = (e0, rel)

    def _add_reference(self, frm: str, to: str, rel: str, span: tuple[int, int], mtext: str) -> None:
        if frm == to or any(r.from_ == frm and r.to == to and r.relation == rel for r in self.ex.references):
            return
        self.ex.references.append(
            Reference(
                key=f"r{len(self.ex.references) + 1}",
                from_=frm,
                to=to,
                relation=rel,
                span=(span[0], span[1]),
                text=mtext,
            )
        )
