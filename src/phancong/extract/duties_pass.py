"""The extractor's duties: duty paragraphs and sentences become tasks, assignments and reporting lines;
the plan's own implementation clause is inherited by tasks that name no body."""

from __future__ import annotations

import re
from dataclasses import replace

from ..text.prefilter import quick_start
from ..text.segment import LETTERED, Line, lines, sentences
from .acting import ACCOUNTABLE_TO
from .assignments import Subject, partner_span, report_lines, role_of, subject_bodies
from .bodies import BodyMatch, find_bodies
from .bodies_pass import BodiesPass
from .clause_grammar import DUTY_START
from .clauses import Duty, read_duties
from .documents import TYPES
from .figures import find_figures
from .hierarchy import above
from .model import (
    Relation,
    Task,
)
from .responsible import labelled_roles

# a duty that holds an accountability line before its first stop ("chủ trì …, chịu trách nhiệm trước UBND tỉnh …")
_ACCOUNTABLE_IN = re.compile(r"[^.]*" + ACCOUNTABLE_TO)
# a count done, then how much of the plan it is: "kết nạp 11 đảng viên, đạt 110%", "thu 2.100 tỷ, đạt 105% kế hoạch"
_RESULT_AGAINST_PLAN = re.compile(
    # (the achieved over the planned: "giải quyết việc làm 32.550/30.000 lao động, đạt 108,5% kế hoạch")
    r"^[^\d,;]{0,100}?\b\d[\d.,]*(?:/\d[\d.,]*)?\s+[^\W\d_][^,;]{0,40},\s*(?:bằng|đạt|vượt)\s+\d[\d.,]*\s*%"
)
# a year's results summed up, reported: "Sở X thực hiện đạt và vượt các chỉ tiêu, nhiệm vụ …" (not a goal: "phấn
# đấu thực hiện đạt và vượt …", "đảm bảo đạt và vượt chỉ tiêu …")
_RESULTS_SUMMED_UP = re.compile(
    r"^(?![^,;]*\b(?:phấn đấu|đảm bảo|bảo đảm|nhằm|để|cần|phải)\b)[^,;]{0,60}?\bđạt và vượt\b"
)
# a body that issued a document ("UBND tỉnh vừa ban hành Công văn về việc …", "UBND tỉnh ban hành Quyết định 2949
# công nhận …"): reported, said to be done, or a numbered document, and "ban hành" its first verb (not "tham mưu …
# ban hành", "sớm ban hành", an issuing still to be done)
_ISSUED = re.compile(
    r"^(?:(?!\b(?:tham mưu|chỉ đạo|trình|để|sớm|xây dựng|hoàn chỉnh|hoàn thiện|giao|đề nghị|yêu cầu|cần|phải|sẽ|"
    r"tiếp tục|chủ trì|phối hợp)\b)[^,;:])*?(?:\b(đã|vừa|mới)\s+)?\bban hành\s+(?:các\s+)?"
    r"(?i:quyết định|kế hoạch|chương trình|công văn|chỉ thị|hướng dẫn|nghị quyết|thông báo|văn bản|đề án|quy chế|"
    r"quy định|kết luận)\b(\s+(?:số\s+)?\d)?"
)
# the text naming itself ("Kế hoạch này", "Đề án này"): a plan, though unnumbered
_THIS_TEXT = re.compile(r"\b(Kế hoạch|Đề án|Chương trình hành động|Chương trình|Chỉ thị|Nghị quyết) này\b")
# the text's own making, in its preamble: "UBND tỉnh xây dựng kế hoạch triển khai thực hiện Đề án (cụ thể) như sau",
# "Ban Chấp hành … xây dựng Chương trình hành động dưới đây": the issuer of the text that follows, no duty
_THIS_TEXT_MADE = re.compile(
    r"^[^,;:]*?\b(?:xây dựng|ban hành)\s+(?:(?:các|một)\s+)?(?i:kế hoạch|chương trình|đề án)\b[^.;]*?"
    r"(?:như sau|dưới đây|sau đây)\s*:?\s*$"
)
# a decision's last article opens with the offices that carry it out, the head of the issuer's office first
_EXECUTORS_OPEN_ANYWHERE = re.compile(r"(?:Điều\s+\d+\s*[.:]\s*)?(?<![^\W\d_] )Chánh Văn phòng\b")
# a decision's next article or its list of recipients: the paragraph before it ends
_NEXT_ARTICLE = re.compile(r"(?:Điều\s*\d{1,2}\s*[.:]|Nơi nhận\b)")
# the list of the text's recipients: no duties
_RECIPIENTS = re.compile(r"Nơi nhận\s*:")
# the addressees of a submission or a report, on their own line: "Kính gửi: Hội đồng nhân dân tỉnh Cà Mau"
_ADDRESSED = re.compile(r"^[ \t|]*Kính gửi\s*:?\s*(?P<to>[^\n]{3,200})$", re.M)
# a recipient sent the text for report, on its own line: "- Bộ Y tế (b/c);", "- TT. Tỉnh ủy (để báo cáo);"
_FOR_REPORT = re.compile(r"(?<=[-+•;\n])[ \t]*[^\n;()]{3,120}?(?P<note>\(\s*(?:để\s+)?(?:b/c|B/c|báo cáo)\s*\))", re.M)
# a clause that hands out the tasks listed after it: "… thực hiện một số nhiệm vụ trọng tâm sau:"
_TASKS_FOLLOW = re.compile(r"\b(?:nhiệm vụ|nội dung|giải pháp|công việc|việc)\b[^:.;]{0,60}\bsau\s*:\s*$")
# a line between them that heads, rather than states, something: short, no full stop
_HEADING = re.compile(r"[^.;:\n]{3,150}")


class DutiesPass(BodiesPass):
    """Methods of :class:`~phancong.extract.extractor.Extractor` (state set up there)."""

    # -- "N. Body, Body: duty" paragraphs
    def _duty_paragraph(
        self, ls: list[Line], i: int, subjects: list[Subject], duty_start: int, verbs_only: bool = False
    ) -> int:
        """The duties of subjects heading a paragraph, and of the lines that go on with them (bullets, or with
        ``verbs_only`` the lines that open with a duty verb and name no subject of their own)."""
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
        j = self._lines_going_on(ls, i + 1, keys, duties, verbs_only)
        if not duties:  # "2.1. Sở Kế hoạch và Đầu tư:" over targets only: the heading leads the goals, no duty
            self.consumed.remove((ln.start, ln.end))
            return i + 1
        # the subjects that open the duty's own sentence, not a heading before a colon ("1. Thủ trưởng các Sở, …,
        # Chủ tịch UBND các huyện ban hành kế hoạch …"), are part of its evidence
        opens = duty_start < ln.end and ":" not in self.text[ln.body_start : duty_start]
        for ds, de in duties:
            span, dtext = self._span(ds, de)
            if not dtext:
                continue
            ev_span, ev_text = self._span(ln.body_start, de) if opens and ds == duty_start else (span, dtext)
            rels = report_lines(self.text, span[0], span[1])
            if _ACCOUNTABLE_IN.match(dtext) and rels:
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
                self._assign(k, task.key, role, ev_span, ev_text, partners=[p for p in partners if p != k])
            for kind, target, _cs, _ce in rels:
                for k in keys:
                    self._relation(k, self.body_key(target), kind, span)
        return j

    def _lines_going_on(
        self, ls: list[Line], j: int, keys: list[str], duties: list[tuple[int, int]], verbs_only: bool
    ) -> int:
        """The lines from ls[j] that go on with a heading's duties (bullets, lettered items, lines that open with a
        duty verb), their spans added to ``duties`` and further subjects to ``keys``; where the paragraph ends."""
        while j < len(ls):
            nl = ls[j]
            if nl.marker and nl.marker[0].isdigit() or _NEXT_ARTICLE.match(self.text, nl.body_start):
                break  # (a decision's next article, "Điều 3. Chánh Văn phòng …", is no item of the last body's)
            if verbs_only:
                if (
                    nl.marker
                    or not DUTY_START.match(self.text, nl.body_start)
                    or _OPENING_PHRASE.match(self.text, nl.body_start, nl.end)
                    or subject_bodies(self.text, nl.body_start, nl.end)[0]
                ):
                    break
                duties.extend(sentences(self.text, nl.start, nl.end))
            elif nl.marker in ("-", "+", "•", "*"):
                if not DUTY_START.match(self.text, nl.body_start) and find_figures(self.text, nl.body_start, nl.end):
                    j += 1  # "- Tốc độ tăng trưởng GRDP từ 7,4 - 8,4%": a target the heading's body answers for
                    continue
                duties.append((nl.body_start, nl.end))
            elif nl.marker and LETTERED.fullmatch(nl.marker):
                heads, at = subject_bodies(self.text, nl.body_start, nl.end)
                if heads and at >= nl.end - 1:
                    break  # "b) Giám đốc Sở Tài chính:": the next body's heading
                duties.extend(sentences(self.text, nl.body_start, nl.end))  # "a) Theo dõi …. Vận động …"
            elif not nl.marker and (len(nl.text) > 60 or DUTY_START.match(self.text, nl.body_start)):
                # (a short line too, where it opens with a duty verb: "2. Sở Tài chính" then "Bố trí kinh phí …")
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
        return j

    # -- free prose: "giao X chủ trì ...", "X chủ trì, phối hợp với Y ...", "thuộc trách nhiệm của X" (clauses.py)
    def _free_assignments(self) -> None:
        text = self.text
        title_end = text.find("\n")
        all_lines = _unwrapped(text, lines(text))
        addressed: list[BodyMatch] = []  # the bodies handed the numbered tasks that follow
        going_on: list[BodyMatch] = []  # the bodies a paragraph handed duties to, for the paragraphs that go on
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
            recipients = _RECIPIENTS.search(text, ln.start, ln.end)
            if recipients:  # "… thi hành Quyết định này./ Nơi nhận: Văn phòng Chính phủ; …": who receives the text
                ln = replace(ln, end=recipients.start(), text=text[ln.start : recipients.start()])
            if self._is_consumed(ln.start, ln.end) or (
                ln.end == title_end
                and ln.end - ln.start < 150
                and re.search(r"^[^:.]{3,80}:\s*[^.]+$", text[ln.start : ln.end])
            ):
                continue  # a headline "Đảng bộ Khối: Thực hiện hiệu quả ..." states a theme, not a duty
            got = read_duties(text, ln.start, ln.end)
            if (
                not got
                and going_on
                and not addressed  # (the items of a list handed out are read below)
                and not ln.marker
                and not _HEADING.fullmatch(text, ln.start, ln.end)  # a heading, not a sentence that goes on
                and _GOES_ON.match(text, ln.start, ln.end)
                and not _SPOKEN.search(text, ln.start, ln.end)
            ):
                # "UBND tỉnh giao Sở X triển khai …." then "Trong đó, tập trung …", "Thường xuyên cập nhật …": the
                # paragraphs that go on without a subject of their own name more of X's duties
                got = read_duties(text, ln.start, ln.end, carried=going_on)
            else:
                going_on = _handed_to(text, ln.start, got)
            if not got and addressed and (ln.marker or _HEADING.fullmatch(text, ln.start, ln.end)):
                # "… yêu cầu A, B thực hiện các nhiệm vụ sau:" then "1. Khẩn trương …": A's and B's tasks
                got = read_duties(text, ln.start, ln.end, carried=addressed) if ln.marker else []
                self._handed_lines.append((ln.start, ln.end))  # handed out, though the line does not say so
            elif got or not ln.marker:
                addressed = []
            self._labelled_task(ln, got)  # "… Cơ quan chủ trì: Sở Nội vụ; cơ quan phối hợp: …"
            if text[ln.start : ln.end].rstrip().endswith(":"):
                if _TASKS_FOLLOW.search(text, ln.start, ln.end):
                    addressed = [b for d in got if d.role == "implement" for b in d.subjects]
                else:  # "… yêu cầu các sở, UBND các huyện chủ động ứng phó với bão:" then "1. Khẩn trương …"
                    addressed = _handed_to(text, ln.start, got)
            for d in got:
                if self._is_consumed(*d.span) or d.span in self._duty_spans:
                    continue
                self._add_duty(d)

    def _labelled_task(self, ln: Line, got: list[Duty]) -> None:
        """A line that names its bodies by their roles ("Xây dựng … Cơ quan chủ trì: Sở Nội vụ; cơ quan phối hợp:
        Sở Tài chính", "Rà soát … (Sở Nội vụ chủ trì, các sở phối hợp)"): one task, each body in its role; the
        bodies the line's own clauses already read keep what those say."""
        read = {b.start for d in got for b in d.subjects}
        roles = [
            (role, [b for b in named if b.start not in read])
            for role, named in labelled_roles(self.text, ln.start, ln.end)
        ]
        roles = [(role, named) for role, named in roles if named]
        if not roles:
            return
        task = self._duty_task(*self._span(ln.body_start, ln.end))
        for role, named in roles:
            self._give_task(task, named, role)

    def _give_task(self, task: Task, bodies: list[BodyMatch], role: str, **fields) -> None:
        """The task, on its own span, given to each named body that is a body of the text, in the role."""
        for b in bodies:
            k = self.body_key(b)
            if k:
                self._assign(k, task.key, role, task.span, task.text, **fields)

    def _cut_executors(self) -> None:
        """A decision's last article cut by the end of an excerpt ("Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc các
        Sở, Thủ trưởng các ban, ngành; Chủ …"): the offices it lists carry the decision out, as the article says
        every time ("… chịu trách nhiệm thi hành Quyết định này"), here cut before it says so."""
        end = len(self.text.rstrip())
        if not end or self.text[end - 1] in '.;:!?)”"»' or "Chánh Văn phòng" not in self.text[max(0, end - 800) :]:
            return  # the text ends where a sentence does (nothing cut), or names no executors near its end
        # the last article that opens with them, its list run on to the end (line breaks inside it, no full stop)
        opening = None
        for m in _EXECUTORS_OPEN_ANYWHERE.finditer(self.text, max(0, end - 800), end):
            opening = m
        # (an article that ends "./" or is followed by its recipients, "Nơi nhận: …", was not cut)
        if opening is None or re.search(r"[.!?](?:\s|$|/)|Nơi nhận", self.text[opening.end() : end]):
            return
        s = opening.start()
        bodies = find_bodies(self.text, s, end, all_collectives=True)
        if bodies and not any(a.span[0] < end and a.span[1] > s for a in self.ex.assignments):
            self._add_duty(Duty(bodies, "implement", (s, end), "assigned"))
            self._handed_lines.append((s, end))  # handed out, though the cut article does not say so

    def _duty_task(self, span: tuple[int, int], dtext: str) -> Task:
        """A task a duty sentence states (not listed in a group): its own task, numbered among such tasks."""
        task = self._new_task(None, self._free_tasks + 1, span, dtext)
        self._free_tasks += 1
        return task

    def _add_duty(self, d: Duty) -> None:
        span, dtext = self._span(*d.span)
        keys = [k for k in (self.body_key(b) for b in d.subjects) if k]
        if not dtext or not keys:
            return
        if d.status == "reported" and self._issues_a_document(span):
            return  # "…; xây dựng chương trình làm việc toàn khóa;": issuing a document makes its issuer, not a duty
        if _THIS_TEXT_MADE.match(dtext):
            return  # the text's preamble: its issuer makes it (CONVENTIONS), it is no duty
        issued = _ISSUED.match(dtext)
        if issued and (d.status == "reported" or issued.group(1) or issued.group(2)):
            return  # "UBND tỉnh vừa ban hành Công văn về việc …": the document's issuer (CONVENTIONS), no duty
        if _RESULT_AGAINST_PLAN.search(dtext) or d.status == "reported" and _RESULTS_SUMMED_UP.search(dtext):
            return  # "Đảng bộ xã A kết nạp 11 đảng viên, đạt 110%": a result against the quota (a statistic), no duty
        if d.role in ("report", "accountable"):  # "báo cáo kết quả về Ban Thường vụ Tỉnh ủy": a reporting line only
            for target in d.reports_to:
                for k in keys:
                    self._relation(
                        k, self.body_key(target), "reportsTo" if d.role == "report" else "accountableTo", span
                    )
            self._duty_spans.add(d.span)
            return
        task = self._duty_task(span, dtext)
        partners = [k for k in (self.body_key(b) for b in d.partners) if k]
        for k in keys:
            self._assign(k, task.key, d.role, span, dtext, partners=[p for p in partners if p != k], status=d.status)
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

    def _addressees(self) -> None:
        """A submission's or report's addressees ("Kính gửi: Hội đồng nhân dân tỉnh"): it is put before them by its
        issuer, the body its header names before them (none named: no line is drawn), when they stand above it."""
        for m in _ADDRESSED.finditer(self.text):
            issuer = next(iter(find_bodies(self.text, 0, m.start())), None)
            if issuer is None:
                continue
            frm = self.body_key(issuer)
            for b in find_bodies(self.text, m.start("to"), m.end()):
                # (a letter to the issuer's own agencies, "Kính gửi: - Sở Y tế; …", instructs them: no report)
                if above(b, issuer):
                    self._relation(frm, self.body_key(b), "reportsTo", (m.start(), m.end()))

    def _reported_recipients(self) -> None:
        """The recipients a text is sent to for report ("Nơi nhận: … - Bộ Y tế (b/c); - TT Tỉnh ủy (để báo cáo);"):
        its issuer reports to them (the main document's, else the body the text names first)."""
        block = _RECIPIENTS.search(self.text)
        if block is None:
            return
        main = self._docs[self.main_doc] if self.main_doc else None
        first = next(iter(find_bodies(self.text, 0, block.start())), None)
        frm = main.issuer if main and main.issuer else self.body_key(first) if first else None
        if frm is None:
            return
        for m in _FOR_REPORT.finditer(self.text, block.end(), block.end() + 3000):
            for b in find_bodies(self.text, m.start(), m.start("note")):
                self._relation(frm, self.body_key(b), "reportsTo", (m.start(), m.end()))

    def _relation(self, frm: str | None, to: str | None, kind: str, span: tuple[int, int]) -> None:
        if (
            not frm
            or not to
            or frm == to
            or any(  # one relation per reporting line: the same line stated again elsewhere is a further one
                r.from_ == frm and r.to == to and r.kind == kind and r.span[0] < span[1] and span[0] < r.span[1]
                for r in self.ex.relations
            )
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

    # ---------------------------------------------------------------- run
    def _inherit_responsibility(self) -> None:
        """A plan that hands its implementation as a whole to a body ("Ban Tổ chức Tỉnh ủy: Chủ trì, ... triển
        khai thực hiện Đề án") makes that body the lead of every task that names no body of its own: those
        tasks get an inherited assignment whose evidence is that clause."""
        if self.main_doc:
            main = self._docs[self.main_doc]
            word = next((w for w, t in TYPES if t == main.type), None)
        else:  # an unnumbered plan that names itself: "… theo dõi, hướng dẫn thực hiện Kế hoạch này"
            itself = _THIS_TEXT.search(self.text)
            word = itself.group(1) if itself else None
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
                self._assign(clause.body, t.key, "lead", clause.span, clause.text, status=clause.status, inherited=True)

    def _reported_without_plan(self) -> None:
        """A text that names no plan of its own (a news report of results) reports what bodies did: its
        duties without a word that hands them out (giao, yêu cầu, cần, sẽ, tiếp tục ...) are reported."""
        if self.main_doc is not None or _THIS_DOCUMENT.search(self.text):
            return
        for a in self.ex.assignments:
            start = self._sentence_of(a.span[0])[0]
            # what a speaker asks goes on past its sentence: "… yêu cầu các cơ quan …. Đối với các ban, tập trung …"
            before = self.text[self._sentence_of(start - 2)[0] : start] if start >= 2 else ""
            asked = re.search(r"\b(?:yêu cầu|đề nghị|chỉ đạo|nhấn mạnh|lưu ý)\b", before) and not re.search(
                r"\b(?:đã|vừa)\b", self.text[start : a.span[1]]
            )
            if any(s <= a.span[0] < e for s, e in self._handed_lines):
                continue
            if a.status == "assigned" and not asked and not _HANDING.search(self.text[start : a.span[1]]):
                a.status = "reported"


# the words that hand a duty out (giao, yêu cầu, cần, sẽ, tiếp tục …): in a text that names no plan, a duty without
# one is an action reported (DutiesPass._reported_without_plan; compiled once, not at every text)
_HANDING = re.compile(
    # (a body directing another by name hands it the duty: "UBND tỉnh chỉ đạo Sở Nội vụ xây dựng đề án"; not
    # "chỉ đạo tổ chức các đại hội", its own direction; "sự chỉ đạo", "văn bản chỉ đạo" are nouns)
    r"\b(?:(?<!được )giao|được (?:chỉ đạo|yêu cầu)|"
    r"(?<!sự )(?<!bản )(?<!các )chỉ đạo(?= (?:các |những |(?-i:[A-ZĐ])))|"
    r"đề nghị|yêu cầu|lưu ý|nhắc nhở|cần|phải|sẽ|tiếp tục|có trách nhiệm|chịu trách nhiệm|có nhiệm vụ|"
    r"nhiệm vụ của|"
    r"thi hành(?! kỷ luật)|"
    r"chủ trì|(?:làm|là) (?:chủ nhiệm|đầu mối)|phấn đấu|đề ra|xác định|khẩn trương|sớm|"
    r"định kỳ|hằng năm|hàng năm|hằng quý|hàng quý|"
    r"trước ngày|chậm nhất)\b",
    re.I,
)

# "Kế hoạch này", "văn bản này": the text names itself a plan (read over the whole text: led by its first letters)
_THIS_DOCUMENT = quick_start(
    re.compile(
        r"\b(?:Kế hoạch|Đề án|Nghị quyết|Chương trình|Chỉ thị|Công văn|Quyết định|Thông báo|[Hh]ướng dẫn|Quy chế|"
        r"Quy định|[Vv]ăn bản) này\b"
    )
)


# a paragraph that goes on with the duties handed before it: past a connective ("Trong đó,", "Đồng thời"), a
# duty verb, and no subject named
_GOES_ON = re.compile(
    r"\s*(?:(?:Trong đó|Cụ thể|Đồng thời|Bên cạnh đó|Ngoài ra)\s*,?\s*)?(?=" + DUTY_START.pattern + r")",
    re.I,
)
# a speaker's words, not the text's: a quotation closed, a speaker who says ("…, Chủ tịch UBND tỉnh nhấn mạnh")
_SPOKEN = re.compile(r"[”\"]|\b(?:cho biết|nhấn mạnh|khẳng định|phát biểu)\b")
# the words that hand duties to the bodies after them: "giao Sở X …", "yêu cầu các sở …", "đề nghị UBND …"
_HANDS_TO = re.compile(r"\b(?:giao|yêu cầu|đề nghị)\s+(?:cho\s+)?$")


def _handed_to(text: str, start: int, got: list[Duty]) -> list[BodyMatch]:
    """The bodies a paragraph's last duty was handed to ("… giao Sở X triển khai …"), where a handing word stands
    just before them; none where the paragraph's last duty is the subjects' own."""
    if not got or got[-1].role == "report":
        return []
    subjects = got[-1].subjects
    return subjects if _HANDS_TO.search(text, max(start, subjects[0].start - 40), subjects[0].start) else []


def _unwrapped(text: str, all_lines: list[Line]) -> list[Line]:
    """Lines of a hard-wrapped text joined where one breaks mid-sentence: no stop at its end and a lower-case word
    at the next one's start ("Chủ tịch UBND các huyện,\nthị xã, thành phố và … chịu trách nhiệm …")."""
    out: list[Line] = []
    for ln in all_lines:
        prev = out[-1] if out else None
        if prev is not None and not ln.marker and ln.text[:1].islower() and not re.search(r"[.!?:;]\s*$", prev.text):
            out[-1] = replace(prev, end=ln.end, text=text[prev.start : ln.end])
        else:
            out.append(ln)
    return out


# "Thực hiện Kế hoạch …, trong năm 2009 Sở Nội vụ …": an opening phrase, not a duty that goes on with the heading's
_OPENING_PHRASE = re.compile(r"(?:Thực hiện|Triển khai|Căn cứ|Theo|Để|Nhằm|Quán triệt)\b[^.;:\n]{0,120},")
