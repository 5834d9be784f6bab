"""The extractor's prose: goal sentences and their scope become targets, reported figures statistics,
"achieved/planned" pairs both."""

from __future__ import annotations

import re
from bisect import bisect_right

from ..text.numbers import find_dates
from ..text.segment import Line, clauses, lines, sentences
from ..vocab import match_indicator
from .acting import acts
from .bodies import find_bodies
from .congresses import CONGRESS_TYPES
from .cues import (
    AGAINST_YEAR,
    AIMS_OF_TERM,
    DELEGATES,
    GOAL_WORD,
    GOALS_NAMED,
    GOES_ON,
    HEADLINE,
    OF_THE_TERM,
    PHOTO_LINE,
    PLAN_IN_BRACKETS,
    PLANNED,
    SPECIFICS_HEADING,
    SPELLED_OUT,
    TERM,
    TERM_END,
    THIS_YEAR,
    YEARS_REPORTED,
    goals_heading,
)
from .deadlines import year_plan_before, years_named
from .figures import FigureMatch, find_figures
from .model import Figure
from .targets import (
    _segments,
    ahead_of_the_text,
    document_period,
    ends_goal_scope,
    estimated_ahead,
    goal_or_report,
    later_goal,
    period_of,
    population_of,
    sentence_deadline,
    target_items,
)
from .targets_pass import TargetsPass

# "Đại hội Đảng bộ tỉnh X lần thứ XX, nhiệm kỳ 2025-2030": the congress reported, whose goals are for its term;
# "(thực hiện) Nghị quyết Đại hội …, nhiệm kỳ 2015-2020" cites a past one (group 1)
_CONGRESS_BEFORE_TERM = re.compile(r"(Nghị quyết\s+)?Đại hội[^.;\n]{0,100}?,?\s*\(?$")


class ProsePass(TargetsPass):
    """Methods of :class:`~phancong.extract.extractor.Extractor` (state set up there)."""

    # -- prose: targets and statistics in sentences not consumed above
    def _prose(self) -> None:
        """Targets and statistics in prose. A goal sentence ("Mục tiêu cụ thể đến năm 2030 là ...") opens a
        scope that the following sentences of its paragraph share, with its deadline, until a sentence reports
        ("đã ...", "hiện nay ...") or states a deadline of its own; a lead line ending in ":" or followed by
        "Cụ thể" carries the scope to the next paragraph."""
        text = self.text
        carried: int | None | bool = False  # False: no scope; else the scope's deadline (None: none stated)
        # the scope left open before paragraphs without figures or cues (a photo's caption between "UBND tỉnh giao
        # chỉ tiêu … năm 2026 cho các huyện" and "Cụ thể, huyện A giảm 3-4%; …"): only "Cụ thể" takes it up
        held: int | None | bool = False
        goals_set = False  # whether the paragraph before set goals with figures (not only "phấn đấu …" words)
        for ln in lines(text):
            self._check_time(ln.start)
            if PHOTO_LINE.fullmatch(text, ln.start, ln.end):
                continue  # "Toàn cảnh Đại hội ….jpg" between a goals lead and its goals: a photo, not a break
            heading = goals_heading(text, ln.start, ln.end, self.year)  # "1. Mục tiêu", "Giai đoạn 2021 – 2025"
            if heading is not False and not self._is_consumed(ln.start, ln.end):
                carried, self._carry_colon = heading, True  # the goals below it, due by its deadline
                continue
            if self._is_consumed(ln.start, ln.end) or ln.end - ln.start < 25:
                carried = self._past_short_line(ln, carried, held)
                continue
            body = text[ln.start : ln.end]
            if carried is False and held is not False and SPELLED_OUT.match(body):
                carried = held
            scope = carried if carried is not False and self._goes_on(body, ln, goals_set) else False
            if scope is False:
                self._listing = False
            set_here = False
            as_of = None
            line_figures = False  # whether a sentence of the line states a figure (the held scope asks)
            for s, e in sentences(text, ln.start, ln.end):
                sent = text[s:e]
                figs = find_figures(text, s, e)
                line_figures = line_figures or bool(figs)
                own = sentence_deadline(sent)
                if not figs:
                    if scope is False and not GOAL_WORD.search(sent):
                        continue  # neither opens nor ends a scope
                    g = goal_or_report(sent)
                    if g == "goal":
                        scope = own if own is not None else (scope if scope is not False else None)
                        # "Theo đó, mục tiêu phát triển đến năm 2030, tỉnh … là …" then "Về kinh tế: … đạt khoảng
                        # 8%/năm": goals named with their year, whose figures the next paragraphs give
                        set_here = set_here or (own is not None and bool(GOALS_NAMED.search(sent)))
                    elif scope is not False and ends_goal_scope(sent):
                        scope = False
                    continue
                head = re.match(r"(?:Tính )?[Đđ]ến (?:ngày )?(\d{1,2}/\d{1,2}/\d{4})", sent)
                if head:
                    as_of = find_dates(head.group(1))[0][2]
                prefix = text[s : figs[0].start]
                kind = goal_or_report(self._cue_prefix(s, figs[0]))
                if scope is not False and (kind is None or (kind == "report" and not ends_goal_scope(prefix))):
                    kind = "goal"
                elif (kind is None and ahead_of_the_text(sent, text[figs[0].end : e], self.year)) or (
                    kind == "report" and estimated_ahead(prefix, self.year)  # "đến năm 2030, … ước tăng 10%"
                ):
                    kind = "goal"
                if kind == "goal":
                    deadline = self._goal_deadline(s, prefix, sent, own, scope)
                    scope = deadline
                    set_here = True
                    self._goal_sentence(ln, s, e, prefix, deadline)
                    last = self.ex.targets[-1].deadline_year if self.ex.targets else None
                    if deadline is not None and last is not None and last > deadline:
                        # "… đến năm 2025 có trên 38% … và đạt 42% vào năm 2030." then "100% số xã …": the goals
                        # that go on are held to the last year the sentence reached
                        scope = last
                else:
                    scope = False
                    self._report_then_goal(ln, s, e, figs, as_of, own)
            self._carry_colon = body.rstrip().endswith(":")
            if self._carry_colon and scope is not False:
                self._listing = True  # "Mục tiêu cụ thể đến năm 2030:" then one target a paragraph
            held = self._held(body, scope, carried, held, line_figures)
            carried = scope
            # a headline or subheading that sets a goal ("Đồng Nai phấn đấu giải ngân 100% vốn đầu tư công trước ngày
            # 31-12-2025", no stop at its end) sums up the news: the figures of the paragraphs after it are not its
            goals_set = set_here and not HEADLINE.fullmatch(body)

    def _cue_prefix(self, s: int, fig: FigureMatch) -> str:
        """What a figure's goal or report cues are read in: the words before it, and a minimum set, itself a goal
        ("Tỷ lệ đóng góp của TFP … tối thiểu 55%": the comparator, part of the figure, is the cue)."""
        return self.text[s : fig.num_start if self.text.startswith("tối thiểu", fig.start) else fig.start]

    def _past_short_line(self, ln: Line, carried: int | None | bool, held: int | None | bool) -> int | None | bool:
        """The scope carried past a line consumed (none) or too short to read (the same): a subheading of specifics
        ("Những nhiệm vụ cụ thể") after a caption takes up the goals held, spelt out below it."""
        if self._is_consumed(ln.start, ln.end):
            return False
        if carried is False and held is not False and SPECIFICS_HEADING.fullmatch(self.text, ln.start, ln.end):
            self._carry_colon = True
            return held
        return carried

    @staticmethod
    def _held(
        body: str, scope: int | None | bool, carried: int | None | bool, held: int | None | bool, figures: bool
    ) -> int | None | bool:
        """The scope held after a paragraph: a paragraph that neither states a figure nor ends the goals keeps
        them held for a "Cụ thể" after it."""
        if scope is not False:
            return False
        if carried is False and held is False:  # (figures asked only while a scope is open or held)
            return held
        if figures:
            return False
        if carried is not False:
            return carried if not ends_goal_scope(body) and goal_or_report(body) != "goal" else False
        return held

    def _goes_on(self, body: str, ln: Line, goals_set: bool) -> bool:
        """Whether a paragraph goes on with the goals of the scope carried to it: it opens as a part or an item
        ("Cụ thể", "Trong đó", "- …", "2.", "a)", "Hằng năm"), follows a lead's colon, is the next one of a list
        of targets a paragraph each, or states figures only after a paragraph that set goals."""
        text = self.text
        return bool(
            GOES_ON.match(body)
            or self._carry_colon
            or (self._listing and find_figures(text, ln.start, ln.end) and not ends_goal_scope(body))
            or (goals_set and self._continues_goals(body, ln))
        )

    _carry_colon = False
    _listing = False

    def _goal_deadline(self, s: int, prefix: str, sent: str, own: int | None, scope: int | None | bool) -> int | None:
        """A goal sentence's deadline: an event planned on a date takes its year (not its term's end); else the
        year the sentence states, the scope's, the term's or the plan's."""
        deadline = self._planned_event_year(prefix, sent, own)
        if deadline is None:
            deadline = own if own is not None else (scope if scope not in (False, None) else None)
        if deadline is None:
            # a rate set against a year's level is the next year's ("tăng trưởng 10,3% so với năm 2024")
            against = AGAINST_YEAR.search(sent)
            deadline = int(against.group(1)) + 1 if against else None
        if deadline is None and self.year is not None and THIS_YEAR.search(sent):
            deadline = int(self.year)  # "Quý IV phải đạt 12,2% … để hoàn thành chỉ tiêu cả năm": the year written in
        if deadline is None:
            deadline = self._term_end(s) or self._horizon(s) or self._open_term_end(s) or self._plan_year(s)
        term = self._last_term(s) if DELEGATES.search(sent) else None
        if term is not None and deadline in (None, int(term.group(2))):
            # "Đại hội đảng bộ tỉnh từ 300 đến 350 đại biểu" for the term 2025-2030: the congress sits as it opens
            deadline = int(term.group(1))
        return deadline

    def _horizon(self, pos: int) -> int | None:
        """The plan's horizon for goals without a year: the period its lead names, unless a year's plan or goals
        are named after it and before pos ("… năm đầu tiên của kế hoạch giai đoạn 2026-2030. … đặt ra mục tiêu
        cho năm 2026 …: Tăng trưởng kinh tế 11%; …": that year's)."""
        period = document_period(self.text)
        if period is None:
            return None
        if (lead := year_plan_before(self.text, period)) and (self.year is None or lead >= int(self.year)):
            return lead
        named = self._plan_year_named(pos)
        # (a horizon named after it, "Mục tiêu và định hướng đến năm 2030", is no year's plan)
        if named is not None:
            at, year = named
            if at > period.end() and not _TOWARDS.search(self.text, max(0, at - 30), at):
                return year
        return int(period.group(1))

    def _planned_event_year(self, prefix: str, sent: str, own: int | None) -> int | None:
        """The year of an event the text says will happen ("Đại hội … sẽ diễn ra ngày 1/10/2025 … với 500 đại
        biểu", "đại hội sẽ có 450 đại biểu"): the date the sentence gives, else, when the sentence names no year
        of its own, the year the text was written."""
        if not PLANNED.search(prefix):
            return None
        dated = re.search(r"\b\d{1,2}/\d{1,2}/(20\d\d)\b", sent)
        if dated:
            return int(dated.group(1))
        return int(self.year) if own is None and self.year else None

    def _report_then_goal(
        self, ln: Line, s: int, e: int, figs: list[FigureMatch], as_of: str | None, own: int | None
    ) -> None:
        """A sentence whose first figure is no goal: statistics, up to a goal named after them, if one is
        ("đã đề ra 120 nhiệm vụ, phấn đấu … dưới 1,5%"): that goal keeps its own year, else the sentence's."""
        text = self.text
        later = later_goal(text, figs[0].end, e, figs)
        before = [f for f in figs if later is None or f.end <= later]
        if before:
            self._statistics(s, e if later is None else later, before, as_of, ln)
        if later is None:
            return
        deadline = sentence_deadline(text[later:e]) or own
        if deadline is None:
            deadline = self._term_end(later) or self._horizon(later) or self._plan_year(later)
        goal_figs = [f for f in figs if f.start >= later]
        self._goal_sentence(ln, later, e, text[later : goal_figs[0].start], deadline)

    def _continues_goals(self, body: str, ln: Line) -> bool:
        """A paragraph of figures and nothing else right after a paragraph that ended setting goals goes on with
        them ("Đại hội đặt mục tiêu ...; ..." then "Thu nhập bình quân đầu người đạt trên 85 triệu đồng; ...")."""
        figs = find_figures(self.text, ln.start, ln.end)
        if not figs or ends_goal_scope(body):  # (asked only while the paragraph before left a goal scope open)
            return False
        prefix = self.text[ln.start : figs[0].start]
        # a weak report cue ("chiếm", "tăng") goes on with them: "Cơ cấu kinh tế: nông nghiệp chiếm khoảng 22%; …"
        weak = goal_or_report(prefix) != "report" or not ends_goal_scope(prefix)
        return weak and not re.match(r"\W*(?:[Nn]ăm|[Tt]ính đến|[Đđ]ến nay|[Hh]iện)\b", body)

    def _open_term_end(self, pos: int) -> int | None:
        """The end of the last term named before pos ("Nhiệm kỳ 2020-2025, Đảng bộ … phấn đấu …") when the text is
        written before it ends: the horizon of the goals set without a year. A past term a report cites is not."""
        term = self._last_term(pos)
        if term is None:
            return None
        if not hasattr(self, "_open_terms"):
            self._open_terms: dict[int, int | None] = {}  # by the term's offset: asked at every goal without a year
        if term.start() not in self._open_terms:
            # one term named twice is one term: open where any of its mentions says so ("Đại hội … lần thứ XVIII,
            # nhiệm kỳ 2010-2015" then "Nhiệm kỳ 2010-2015, Ban Chấp hành … đề ra …")
            same = [t for t in self._terms if t.groups() == term.groups() and t.start() <= term.start()]
            self._open_terms[term.start()] = next((y for y in map(self._open_term, same) if y is not None), None)
        return self._open_terms[term.start()]

    def _open_term(self, term: re.Match) -> int | None:
        end = int(term.group(2))
        if self.year is not None:
            return end if end >= int(self.year) else None
        ss, se = self._sentence_of(term.start())  # no date: the term must be one the text sets goals for,
        if goal_or_report(self.text[ss:se]) == "goal":  # or the term of the congress it reports
            return end
        # "… quán triệt phương hướng, mục tiêu, nhiệm vụ … trong nhiệm kỳ 2025 - 2030": the term of the goals named
        aims = AIMS_OF_TERM.search(self.text, max(ss, term.start() - 120), term.start())
        if aims:
            return end
        congress = _CONGRESS_BEFORE_TERM.search(self.text, max(0, term.start() - 120), term.start())
        return end if congress and not congress.group(1) else None

    def _plan_year(self, pos: int) -> int | None:
        """The year of the plan named last before pos ("chương trình hành động của Tỉnh ủy năm 2020", "trong năm
        2025, tỉnh xây dựng 36 chỉ tiêu"): the horizon of the goals set after it without a year of their own. Not
        a year past when the text was written, nor a year a figure is compared with or counted from."""
        named = self._plan_year_named(pos)
        if named is None and pos < self.text.find("\n"):
            # a headline's goal ("Hội Nông dân huyện A: Phấn đấu 75% số hộ …") sums up the article: the year its
            # first lines name ("… triển khai phương hướng, nhiệm vụ năm 2024")
            named = self._plan_year_named(min(len(self.text), 800))
        return named[1] if named else None

    def _plan_year_named(self, pos: int) -> tuple[int, int] | None:
        """(where it is named, the year): the plan year :meth:`_plan_year` gives for pos, None for none."""
        if not hasattr(self, "_plan_years"):  # found once per text: asked at every goal without a year
            self._plan_years = sorted(
                (at, year) for at, year in years_named(self.text) if self.year is None or year >= int(self.year)
            )
        i = bisect_right(self._plan_years, (pos, 0))
        return self._plan_years[i - 1] if i else None

    def _term_end(self, pos: int) -> int | None:
        """The end of the term ("Nhiệm kỳ 2020-2025, ...") named in the sentence or paragraph before pos."""
        ls = self.text.rfind("\n", 0, pos) + 1
        terms = list(TERM_END.finditer(self.text, ls, pos))
        return int(terms[-1].group(1)) if terms else None

    def _last_term(self, pos: int) -> re.Match | None:
        """The last "nhiệm kỳ 2020-2025" that ends before pos (found once per text)."""
        if not hasattr(self, "_terms"):
            self._terms = list(TERM.finditer(self.text))
            self._term_ends = [m.end() for m in self._terms]
        i = bisect_right(self._term_ends, pos)
        return self._terms[i - 1] if i else None

    def _goal_sentence(self, ln: Line, s: int, e: int, prefix: str, deadline: int | None) -> None:
        text = self.text
        sent = text[s:e]
        colon = sent.find(":")
        if colon >= 0 and re.search(r"\btrong đó\s*$", sent[:colon], re.I):
            colon = -1  # "… đạt 7 - 8%; trong đó: khu vực A tăng 4,5 - 5%; …": components of the figure before it
        start = s + colon + 1 if colon >= 0 else s
        pre = text[s:start]
        term = self._last_term(e)
        bs = [b for b in find_bodies(text, ln.start, start) if b.type not in (*CONGRESS_TYPES, "collective")]
        # the body acting, if one does; a body a sentence before only mentions ("…, kể cả Đảng bộ Công an tỉnh.")
        # is not whose goal this is
        bs = [b for b in bs if acts(text, b.start, b.end)] or [b for b in bs if b.start >= s]
        subject = self.body_key(bs[0]) if bs else self._default_subject()
        # "phấn đấu hằng năm đạt các mục tiêu cụ thể: A; B; C": an explicit target list
        # (not the goals a purpose names: "Để đạt được mục tiêu trên, … thực hiện 10 giải pháp, gồm: …" lists means)
        explicit = colon >= 0 and bool(_NAMES_GOALS.search(text, s, start))
        items = target_items(text, start, e, in_group=explicit, year=self.year)
        if colon >= 0 and find_figures(text, s, start):
            # the whole the list after the colon breaks down: "diện tích chuyển đổi hơn 310ha, gồm: bắp 70ha; …"
            items = target_items(text, s, start - 1, in_group=False, year=self.year) + items
        period = period_of(pre) or (period_of(text[ln.start : s]) if colon < 0 else None)
        if re.search(r"cả nhiệm kỳ", text[ln.start : e]):
            period = "term"
        # "Trong nhiệm kỳ sẽ thành lập mới 750 doanh nghiệp", "Thành ủy khóa 16 phấn đấu đạt các chỉ tiêu sau: …"
        # (the committee of the term named before): by the term's end
        if deadline is None and term and OF_THE_TERM.search(text, s, start if colon >= 0 else e):
            deadline = int(term.group(2))
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
        # whose figures: the first body of the sentence, not the one a report is attributed to ("Theo báo cáo
        # của Ban Tổ chức Tỉnh ủy, các đảng bộ … kết nạp được 288 …")
        bs = [
            b
            for b in find_bodies(text, s, figs[0].start)
            if b.type not in CONGRESS_TYPES and not re.search(r"\b(?:của|là)\s*$", text[max(s, b.start - 6) : b.start])
        ]
        bs = [b for b in bs if acts(text, b.start, b.end)] or bs  # the body acting, if one does
        subject = self.body_key(bs[0]) if bs else self._default_subject()
        for cs, ce in clauses(text, s, e, ";"):
            cf = [f for f in figs if cs <= f.num_start < ce]
            # "…: Đảng bộ Công an tỉnh kết nạp được 21 ĐV mới; Đảng bộ huyện A kết nạp 52 …": the body acting
            # nearest before a figure in its clause is whose figure it is
            acting = [
                b
                for b in find_bodies(text, cs if cs > s or not cf else cf[0].end, ce)
                if b.type not in (*CONGRESS_TYPES, "collective") and acts(text, b.start, b.end)
            ]
            segments = _segments(text, cs, ce, cf)
            for k, (f, (a, b)) in enumerate(zip(cf, segments, strict=False)):
                near = [x for x in acting if x.end <= f.start]
                clause_subject = (self.body_key(near[-1]) or subject) if near else subject
                span, stext = self._span(a, b)
                before = text[cf[k - 1].end if k else cs : f.start]
                if PLAN_IN_BRACKETS.search(before):
                    # "(1) Tổng thu … ước đạt 4.248 tỷ đồng, vượt 6,2% KH (KH 4.000 tỷ đồng)": the plan's figure, quoted
                    # with the result it is reported against
                    span, stext = self._span(segments[0][0], b)
                    self._bracketed_plan(f, span, stext, clause_subject, s)
                    continue
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
                    subject=clause_subject,
                    as_of=y.group(1) if y else as_of,
                    total=None if planned else f.total,
                )
                fig.indicator = match_indicator(stext)
                self.ex.statistics.append(fig)
                if planned:
                    self._old_target(f, fig, s)

    def _bracketed_plan(
        self, f: FigureMatch, span: tuple[int, int], stext: str, subject: str | None, sentence_start: int
    ) -> None:
        """The plan's figure a result is reported against, in brackets after it ("ước đạt 4.248 tỷ đồng, vượt 6,2% KH
        (KH 4.000 tỷ đồng)"): a target, due in the year whose results the sentence reports."""
        sent_end = self._sentence_of(sentence_start)[1]
        # the year whose results the sentence reports: its own, else the last named before it ("năm 2023 diễn ra
        # …. GRDP ước tăng 6% (kế hoạch tăng 8,5 - 8,7%)"), else the plan's, else the text's
        deadline = sentence_deadline(self.text[sentence_start:sent_end])
        if deadline is None:
            # (not a baseline: "tăng 9% so với năm 2016 (NQ: 9-10%)" reports 2017 against 2016)
            years = YEARS_REPORTED.findall(self.text[max(0, sentence_start - 800) : sentence_start])
            deadline = int(years[-1]) if years else self._plan_year(sentence_start)
        if deadline is None and self.year:
            deadline = int(self.year)
        fig = Figure(
            key=f"x{len(self.ex.targets) + 1}",
            value=f.value,
            comparator=f.comparator,
            unit=f.unit,
            span=span,
            text=stext,
            upper=f.upper,
            deadline_year=deadline,
            subject=subject,
        )
        fig.indicator = match_indicator(stext)
        self.ex.targets.append(fig)

    def _planned_total(self, f: FigureMatch, sentence_start: int) -> bool:
        """Whether "A/B" sets what was achieved against what was planned ("Nhiều chỉ tiêu Nghị quyết đạt cao như
        thu ngân sách 45.799/36.875 tỷ đồng", "83,2%/50%") rather than a part of a whole ("37.781/56.760 đảng
        viên ở các chi bộ thôn"): two percentages, a part larger than its whole, or targets named before it."""
        if f.total is None or f.unit is None:
            return False
        # "kế hoạch" names a document as often as a plan's figure ("Thực hiện kế hoạch …, 35.599/35.900 đảng viên
        # đã học tập" is a part of a whole): only "chỉ tiêu" / "mục tiêu" say the denominator was planned
        return (
            f.unit == "percent"
            or f.value > f.total
            or bool(re.search(r"\b(?:chỉ tiêu|mục tiêu)\b", self.text[sentence_start : f.start], re.I))
        )

    def _old_target(self, f: FigureMatch, stat: Figure, sentence_start: int) -> None:
        """The planned half of an "achieved/planned" pair: a target of the plan the sentence cites (none named:
        no document), due when that plan's term ended."""
        text = self.text
        before = text[sentence_start : f.start]
        cited = [k for s0, e0, k in self._doc_at if sentence_start <= s0 and e0 <= f.start]
        term = TERM.search(before)
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


# a lead that names goals, not the goals a purpose reaches for ("Để đạt được mục tiêu trên, …")
_NAMES_GOALS = re.compile(
    r"(?<!để đạt )(?<!nhằm đạt )(?<!thực hiện )(?<!hoàn thành )(?<!được )(?:mục tiêu|chỉ tiêu)", re.I
)
_TOWARDS = re.compile(r"(?:đến|tới|tầm nhìn)\s+năm\s+20\d\d$", re.I)
