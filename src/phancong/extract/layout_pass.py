"""The extractor's walk over the lines: task groups under headings, numbered and inline task lists, target
lists, and each line handed to the pass that reads it."""

from __future__ import annotations

import re

from ..text.normalise import fold
from ..text.segment import INLINE_ENUM, LETTERED, ORDINAL_WORDS, Line, clauses, declared_count_match, lines
from .assignments import Subject, role_of, subject_bodies
from .bodies import find_bodies
from .clause_grammar import DUTY_START
from .clauses import read_duties
from .congresses import CONGRESS_TYPES
from .cues import DEADLINE, GROUP_ORDINAL, TASK_HEADING, TASK_NOUNS
from .duties_pass import DutiesPass
from .figures import find_figures
from .model import (
    Problem,
    Task,
    TaskGroup,
)
from .prose_pass import ProsePass
from .responsible import labelled_roles
from .targets import (
    period_of,
    target_items,
)

# a subsection's number before a heading: "2.1. ", "3.2.1 "
_SUBSECTION = re.compile(r"\d{1,2}(?:\.\d{1,2}){1,2}\.?\s+")
# a decision's legal bases under its issuer's name ("ỦY BAN NHÂN DÂN TỈNH" then "- Căn cứ Luật …;", "- Xét đề nghị
# của Sở …"): what it rests on, not what it is given to do ("- Xét duyệt hồ sơ …" under a body is a duty)
_LEGAL_BASIS = re.compile(r"\s*(?:Căn cứ|Xét (?:đề nghị|[Tt]ờ trình|thấy)|Theo đề nghị)\b")


def _numbered_after(ls: list[Line], i: int) -> list[Line]:
    """The numbered lines ("1.", "2)") right after line i."""
    items = []
    for ln in ls[i + 1 :]:
        if not (ln.marker and ln.marker[0].isdigit()):
            break
        items.append(ln)
    return items


class LayoutPass(DutiesPass, ProsePass):
    """Methods of :class:`~phancong.extract.extractor.Extractor` (state set up there)."""

    # ---------------------------------------------------------------- structure
    def walk(self) -> None:
        ls = lines(self.text)
        word_groups: dict[int, Line] = {}
        group_ordinal = 0
        i = 0
        deadline: int | None = None
        while i < len(ls):
            ln = ls[i]
            self._check_time(ln.start)
            body = self.text[ln.body_start : ln.end]
            dl = DEADLINE.search(body)
            if dl and len(body) < 200:
                deadline = int(dl.group(1))
            if ln.marker and ln.marker.endswith(" là"):
                word_groups[ln.ordinal or 0] = ln
                # (one that states figures is left to the prose: "Mục tiêu cụ thể đến năm 2030:" then "Một là, 100%
                # các thiết chế văn hóa …": the goals, counted in words)
                if not find_figures(self.text, ln.body_start, ln.end):
                    self.consumed.append((ln.start, ln.end))
                i += 1
                continue
            if INLINE_ENUM.search(self.text, ln.start, ln.end) and self._inline_targets(ln, deadline):
                group_ordinal = len(self.ex.task_groups)
                i += 1
                continue
            dc = declared_count_match(body)
            nxt = ls[i + 1] if i + 1 < len(ls) else None
            if dc and self._heads_task_group(ln, body, dc):
                items = _numbered_after(ls, i)
                colon = body.find(":", dc.end())
                if not items and colon >= 0 and len(body) - colon > 20 and self._inline_task_list(ln, dc, colon):
                    i += 1
                    continue
                # without items, a short heading ("Đề ra 5 nhiệm vụ trọng tâm"), not a sentence that reports a count
                # ("UBND tỉnh đã phân loại thành 77 nội dung.")
                if items or (len(body) < 120 and not body.rstrip().endswith(".")):
                    group_ordinal += 1
                    self._declared_task_group(ln, body, dc, items, word_groups, group_ordinal)
                    i += 1 + len(items)
                    continue
            if (
                not ln.marker
                and TASK_HEADING.match(body)
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
            if (
                not ln.marker
                and nxt is not None
                and not nxt.marker
                and ln.start > self.text.find("\n")  # a headline "Sở Nội vụ: Triển khai …" states a theme
                and DUTY_START.match(self.text, nxt.body_start)
            ):
                # "Đảng ủy, UBND các xã: Lập danh sách …" then lines that go on with its duties, each a verb first
                subjects, duty = subject_bodies(self.text, ln.body_start, ln.end)
                if subjects and re.match(r"\s*:", self.text[subjects[-1].end : ln.end]):
                    i = self._duty_paragraph(ls, i, subjects, duty, verbs_only=True)
                    continue
            headed = self._body_heading(ln, nxt)
            if headed is not None:  # "Ban Tổ chức Tỉnh ủy:" on its own line, duties in the bullets below
                i = self._duty_paragraph(ls, i, *headed)
                continue
            i += 1
        self._free_assignments()
        self._addressees()
        self._reported_recipients()
        self._cut_executors()
        self._prose()

    def _body_heading(self, ln: Line, nxt: Line | None) -> tuple[list[Subject], int] | None:
        """The bodies a line names as a heading over the bullets below it, and where its own duty begins: "Ban Tổ
        chức Tỉnh ủy:", numbered as a subsection ("2.1. Sở Kế hoạch và Đầu tư:") or lettered ("a) Sở Tài chính:")."""
        if nxt is None or not (nxt.marker in ("-", "+", "•", "*") or LETTERED.fullmatch(nxt.marker or "")):
            return None
        if ln.marker and not (LETTERED.fullmatch(ln.marker) and nxt.marker in ("-", "+", "•")):
            return None
        if _LEGAL_BASIS.match(self.text, nxt.body_start):
            return None
        sub = _SUBSECTION.match(self.text, ln.body_start, ln.end)
        subjects, duty = subject_bodies(self.text, sub.end() if sub else ln.body_start, ln.end)
        return (subjects, duty) if subjects and duty >= ln.end - 1 else None

    @staticmethod
    def _heads_task_group(ln: Line, body: str, dc: re.Match) -> bool:
        """A line that declares a count of tasks ("Đề ra 5 nhiệm vụ ..."), not of groups, and is no list item."""
        return (
            ln.marker in (None, "*", "-")
            and any(body[dc.start("noun") :].startswith(n) for n in TASK_NOUNS)
            and "nhóm" not in body[dc.start("noun") - 1 : dc.end()]
        )

    def _declared_task_group(
        self,
        ln: Line,
        body: str,
        dc: re.Match,
        items: list[Line],
        label_lines: dict[int, Line],
        group_ordinal: int,
    ) -> None:
        """A task group: a heading with a declared count, then numbered items (one task each); a count that the
        items do not meet is a problem. The group is labelled by an earlier "thứ nhất là ..." line of its
        ordinal, if there is one."""
        go = GROUP_ORDINAL.search(body)
        ordinal = ORDINAL_WORDS.get("thứ " + go.group(1)) if go else None
        ordinal = ordinal or group_ordinal
        label_line = label_lines.get(ordinal)
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
            self._listed_task(g, it, it.ordinal or k)
        if g.declared_count != len(items):
            self.ex.problems.append(
                Problem(
                    "declared-count-mismatch",
                    f"group {g.ordinal} ({g.label[:60]}) declares {g.declared_count}, found {len(items)}",
                    span,
                )
            )

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
        items = _numbered_after(ls, i)
        for k, it in enumerate(items, 1):
            self._listed_task(g, it, it.ordinal or k)
        return i + 1 + len(items)

    def _listed_task(self, g: TaskGroup, it: Line, ordinal: int) -> None:
        """A numbered item of a task group: one task, the item's own body's duty if it opens with one."""
        tspan, ttext = self._span(it.body_start, it.end)
        self._own_duty(self._new_task(g.key, ordinal, tspan, ttext), it)
        self.consumed.append((it.start, it.end))

    def _own_duty(self, task: Task, it: Line) -> None:
        """A listed task that opens with its own body ("1. Ủy ban Kiểm tra Tỉnh ủy kiểm tra ...") is that body's;
        one that names its bodies by their roles ("… (Sở Nội vụ chủ trì, các sở phối hợp)", "Cơ quan chủ trì: …")
        is theirs in those roles."""
        duties = read_duties(self.text, it.body_start, it.end)
        if not duties or duties[0].subjects[0].start - it.body_start > 2:
            for role, named in labelled_roles(self.text, it.body_start, it.end):
                self._give_task(task, named, role)
            return
        self._give_task(task, duties[0].subjects, duties[0].role, status=duties[0].status)

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

            def shared(span: tuple[int, int]) -> int:
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
        bs = [b for b in find_bodies(text, ln.body_start, ln.body_start + colon) if b.type not in CONGRESS_TYPES]
        subject = self.body_key(bs[0]) if bs else self._bare_organisation(ln.body_start, ln.body_start + colon)
        subject = subject or self._default_subject()
        for k, (a, b) in enumerate(parts, 1):
            span, ttext = self._span(a, b)
            task = self._new_task(g.key, k, span, ttext)
            if subject:
                self._assign(subject, task.key, role_of(ttext), span, ttext)
        self.consumed.append((ln.start, ln.end))
        return True

    # -- inline "(1) Về ... (3 chỉ tiêu): ...; (2) ..." paragraphs
    def _inline_targets(self, ln: Line, deadline: int | None) -> bool:
        text = self.text
        enums = list(INLINE_ENUM.finditer(text, ln.start, ln.end))
        if len(enums) < 2:
            return False
        preamble = (ln.start, enums[0].start())
        pre_text = text[preamble[0] : preamble[1]]
        # the cue may close the line before: "Về kinh tế: Dự kiến 04/09 chỉ tiêu đạt kế hoạch: (1) …\n42,22%; (3) …"
        window = max(0, ln.start - 300)  # the paragraph's start if it is nearer (searched within the window only)
        if _RESULTS.search(text, text.rfind("\n\n", window, ln.start) + 1 or window, preamble[1]):
            return False  # "Dự kiến 04/09 chỉ tiêu đạt kế hoạch: (1) …": results against the plan, read as prose
        dl = DEADLINE.search(pre_text)
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

    def _new_group(self, **fields) -> TaskGroup:
        """A task or target group of the main document, numbered in the order found, registered."""
        group = TaskGroup(key=f"g{len(self.ex.task_groups) + 1}", document=self._main_key(), **fields)
        self.ex.task_groups.append(group)
        return group


# a list of results against a plan, not of goals: "Kết quả …", "Dự kiến 12/18 chỉ tiêu đạt kế hoạch", "ước đạt"
_RESULTS = re.compile(r"\b(?:[Kk]ết quả|[Dd]ự kiến|[Uu]ớc (?:đạt|thực hiện)|\d+/\d+ chỉ tiêu|đạt kế hoạch|đã đạt)\b")
