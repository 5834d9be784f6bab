"""The extractor's targets: the items of a target list or a goal sentence become figures (targets) of the
main document, with their group, deadline, period, population, indicator and subject (a quota list's short
names stand for their bodies)."""

from __future__ import annotations

import re

from ..text.normalise import fold
from ..vocab import match_indicator
from .bodies import BodyMatch, find_bodies
from .bodies_pass import BodiesPass
from .deadlines import congress_year
from .figures import FigureMatch, an_index_before
from .model import Figure, Problem, TaskGroup
from .targets import FigureItem, deadline_of, per_year_rate, population_of, year_named_before

# a change, the component of a rate per year named before it: "GRDP bình quân đạt 7 - 8%; trong đó: khu vực A
# tăng 4,5 - 5%" (each sector's growth is averaged the same way)
_CHANGE_IN = re.compile(r"(?i)\b(?:tăng|giảm)\b")


class TargetsPass(BodiesPass):
    """Methods of :class:`~phancong.extract.extractor.Extractor` (state set up there)."""

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
        parent_deadline: int | None = None
        quota_head: str | None = None  # the body a quota list's first item names
        for it in items:
            key = f"x{len(self.ex.targets) + 1}"
            f = None if it.empty else it.fig  # an empty item: a chỉ tiêu stated without a figure
            span, stext = self._span(*it.span)
            if f is not None and f.unit is None and not an_index_before(self.text, span[0], f.num_start):
                # "đạt chuẩn mức 1": a number whose unit the text does not give is not a target we can state (an
                # index is: "Chỉ số phát triển con người (HDI) đạt 0,80" has no unit to give)
                self.ex.problems.append(
                    Problem("figure-without-unit", f"no unit for {f.value:g} in {stext[:60]!r}", span)
                )
                continue
            fig = Figure(
                key=key,
                value=f.value if f else None,
                comparator=f.comparator if f else None,
                unit=self._unit_of(f, span) if f else None,
                span=span,
                text=stext,
                document=self._main_key(),
                group=g.key if g else None,
                upper=f.upper if f else None,
                population=population_of(self.text, it.span, None if it.inherited else f),
                # an item that states its own year ("… đạt 9.300 USD vào năm 2030") is held to it, not the scope's
                deadline_year=(
                    (year_named_before(self.text, span[0], f.start) or deadline_of(self._own_words(span, f.end)))
                    if f is not None
                    else None
                )
                # (a part without a year of its own is due with the whole it breaks down: "Năm 2020 đón 1,8 triệu
                # lượt khách (trong đó có 280.000 lượt khách quốc tế)")
                or (parent_deadline if not it.top and parent is not None else None)
                or deadline,
                period=it.period or period_hint,
                period_start=term[0] if term else None,
                period_end=term[1] if term else None,
                subject=subject,
                parent=None if it.top else parent,
            )
            if f is not None and f.unit_text and _DELEGATES.match(f.unit_text):
                # the delegates a congress seats are due when it is held, not at the end of the term it opens
                fig.deadline_year = congress_year(self.text[max(0, span[0] - 400) : span[1]]) or fig.deadline_year
            lead = [b for b in find_bodies(self.text, span[0], f.start)] if f is not None else []
            if it.subject_span:
                fig.subject = self._quota_subject(it.subject_span, quota_head) or subject
            elif lead and lead[0].start == span[0] and lead[0].type != "collective":
                fig.subject = quota_head = self.body_key(lead[0]) or subject
            fig.indicator = match_indicator(stext)
            self.ex.targets.append(fig)
            if it.top:
                top += 1
                parent = key
                parent_deadline = fig.deadline_year
        return top

    def _own_words(self, span: tuple[int, int], figure_end: int) -> str:
        """An item's words that can state its own year: not a clause after a comma that opens with its own year ("tỷ
        lệ hộ nghèo giảm 2 - 3%/năm, đến năm 2025 đưa huyện A thoát nghèo": that year is the next goal's; but
        "hoàn thành 65.000 căn nhà, giai đoạn 2026-2030" is the item's period)."""
        m = _NEXT_DATED_CLAUSE.search(self.text, figure_end, span[1])
        return self.text[span[0] : m.start() if m else span[1]]

    def _unit_of(self, f: FigureMatch, span: tuple[int, int]) -> str | None:
        """The item's unit: a percentage that is a rate per year ("%/năm"), as its own words or its parent's say."""
        if per_year_rate(self.text, span[0], f.start, f.end):
            return "%/năm"
        if f.unit == "percent" and self.ex.targets and self.ex.targets[-1].unit == "%/năm":
            # the rate it is a component of, before it in the sentence, after which "trong đó" lists the parts
            above = self.ex.targets[-1]
            between = self.text[above.span[1] : f.start]
            if (
                "trong đó" in between
                and not re.search(r"[.\n]", between)
                and _CHANGE_IN.search(self.text, span[0], f.start)
            ):
                return "%/năm"
        return f.unit

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

    def _one_target_per_goal(self) -> None:
        """A goal a news text states twice (its headline, then its lead; a decision's title, then its text; a lead
        printed twice) is one target: a later target with the same figure, unit and indicator, whose words mostly
        repeat a heading's (or all repeat an earlier line's), is dropped; the one kept takes the deadline if only the
        repeat states it. Targets in a list (a parent or a child) are kept as they are."""
        parents = {t.parent for t in self.ex.targets if t.parent}
        first_line_end = _first_line_end(self.text)
        # by figure and unit (only those can repeat a goal): every target seen, and those seen in a heading
        seen: dict[tuple, tuple[list[tuple[Figure, set[str]]], list[tuple[Figure, set[str]]]]] = {}
        kept: list[Figure] = []
        for t in self.ex.targets:
            if t.parent is None and t.key not in parents and t.value is not None:
                words = set(fold(t.text).split())
                every, headed = seen.setdefault((t.value, t.upper, t.unit), ([], []))
                in_heading = _heading_line(self.text, t.span[0], first_line_end)
                # a repeat pairs a heading with another line: a target outside headings is held to headed ones only,
                # or to one of the same words on another line (a lead printed twice, as pages scraped often show it)
                first = next(
                    (
                        o
                        for o, ow in (every if in_heading else headed)
                        if _same_goal(o, t) and _mostly_same(ow, words) and _apart(self.text, o, t)
                    ),
                    None,
                ) or next((o for o, ow in every if ow == words and _same_goal(o, t) and _apart(self.text, o, t)), None)
                if first is not None:
                    first.deadline_year = first.deadline_year or t.deadline_year
                    continue
                every.append((t, words))
                if in_heading:
                    headed.append((t, words))
            kept.append(t)
        self.ex.targets = kept


def _apart(text: str, a: Figure, b: Figure) -> bool:
    """Whether two targets stand on different lines."""
    lo, hi = sorted((a.span[0], b.span[0]))
    return text.find("\n", lo, hi) >= 0


def _first_line_end(text: str) -> int:
    """Where the text's headline ends: its first line that holds anything, or, on a page scraped with its site's
    own lines first ("| Hotline: …"), the last short line without a full stop before the first paragraph."""
    m = re.search(r"\S", text)
    if m is None:
        return len(text)
    end = text.find("\n", m.start())
    end = end if end >= 0 else len(text)
    if not _SITE_LINE.match(text, m.start()):
        return end
    for line in _LINE.finditer(text, end):
        body = line.group(0).strip()
        if len(body) >= 250 or body.endswith((".", "!", "?", ":")):
            break  # the first paragraph
        end = line.end()
    return end


# a page's own line ahead of its headline: a menu, a hotline, a site's name ("| Hotline: 0983…", "Trang chủ > …")
_SITE_LINE = re.compile(r"\s*(?:[|>»›]|Trang chủ\b|Hotline\b|Đường dây nóng\b)", re.I)
_LINE = re.compile(r"[^\n]+")


def _heading_line(text: str, pos: int, first_line_end: int) -> bool:
    """Whether pos is on the text's first line (a headline, a title) or on a line in capitals (a decision's
    title, "VỀ VIỆC GIAO CÁC CHỈ TIÊU …")."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    line = text[start : end if end >= 0 else len(text)]
    headline = (pos <= first_line_end or line.lstrip().startswith("date ")) and len(line) < 250
    return headline or line.isupper()


def _same_goal(a: Figure, b: Figure) -> bool:
    return (
        (a.value, a.upper, a.unit) == (b.value, b.upper, b.unit)
        and (a.indicator == b.indicator or not a.indicator or not b.indicator)
        and (a.deadline_year == b.deadline_year or not a.deadline_year or not b.deadline_year)
    )


def _mostly_same(a: set[str], b: set[str]) -> bool:
    return bool(a and b) and len(a & b) >= 0.6 * min(len(a), len(b))


# a figure that counts a congress's delegates ("545 đại biểu", "270 đại biểu chính thức")
_DELEGATES = re.compile(r"đại biểu\b")
# a clause after a comma that opens with a year and goes on: ", đến năm 2025 đưa huyện A thoát nghèo"
_NEXT_DATED_CLAUSE = re.compile(r",\s*(?:đến|vào|trong|tới)\s+(?:hết\s+|cuối\s+)?năm\s+20\d\d\s*,?\s+[^\W\d_]")
