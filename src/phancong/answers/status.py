"""A target read against the statistics reported on it, the scope of a figure, and compare's default
answer (one row per group)."""

from __future__ import annotations

import dataclasses
import functools
import json
import re
from typing import Any

from ..views.numbers import number, value_text
from .records import CompareRow, local_name

__all__ = [
    "PROVINCE_WIDE_TYPES",
    "SCOPES",
    "STATUSES",
    "scope_of",
    "comparable",
    "target_status",
    "subject_key",
    "latest_per_group",
    "answers_by_group",
    "figure_order",
    "year_of",
    "compare_rows",
    "default_answers",
    "refresh_compare_defaults",
]


# body types that speak for a province as a whole (a figure about any other body is a sub-organisation's)
PROVINCE_WIDE_TYPES = {
    "provincial-party-committee",
    "standing-committee",
    "standing-board",
    "peoples-committee",
    "peoples-council",
    "party-congress",
}
SCOPES = ("province", "sub-organisation")
STATUSES = ("met", "on track", "behind", "no data")


def scope_of(label: str | None, body_type: str | None) -> str:
    if body_type in PROVINCE_WIDE_TYPES:
        return "province"
    if body_type == "party-organisation" and label and re.match(r"(?i)(Đảng bộ|Ban Chấp hành Đảng bộ) tỉnh\b", label):
        return "province"
    return "sub-organisation"


def subject_key(row: CompareRow) -> str:
    """Which body's figure, for matching a target with its results: the province for a province-wide figure,
    else the subject's name without "Đảng bộ"/"Đảng ủy" ("Đảng ủy Khối X" and "Đảng bộ Khối X" are one)."""
    if row.scope == "province" or not row.subject:
        return "province"
    return _subject_name_key(row.subject)


@functools.lru_cache(maxsize=4096)
def _subject_name_key(subject: str) -> str:
    """A subject's name folded, without "Đảng bộ"/"Đảng ủy" (read for every figure compare reads: cached)."""
    from ..text.normalise import fold

    return re.sub(r"^(?:ban chap hanh )?(?:dang bo|dang uy)\s+", "", " ".join(fold(subject).split()))


def year_of(text: str | None) -> int | None:
    m = re.match(r"(\d{4})", text or "")
    return int(m.group(1)) if m else None


def figure_order(iri: str) -> tuple[str, int]:
    head, _, n = iri.rpartition("/")
    return (head, int(n)) if n.isdigit() else (iri, 0)


def _figure_text(r: CompareRow) -> str:
    """'≥ 1.800 đảng viên (2025)': the figure as people read it (views/numbers.py) and when it holds."""
    when = r.as_of or (
        f"{r.period_start}–{r.period_end}"
        if r.period_start and r.period_end
        else (str(r.period_end or r.deadline) if (r.period_end or r.deadline) else "date not stated")
    )
    return f"{value_text(r.comparator, r.value, r.upper, r.unit)} ({when})"


def comparable(target: CompareRow, stat: CompareRow) -> bool:
    """Is ``stat`` a result of ``target``: the same indicator, province, scope and subject, unit, and a date
    inside the target's time (not after its deadline, not before its start); an annual target is not read
    against a total over several years."""
    if stat.kind != "statistic" or target.kind != "target":
        return False
    if target.indicator and stat.indicator and target.indicator != stat.indicator:
        return False
    if target.province != stat.province or target.scope != stat.scope or subject_key(target) != subject_key(stat):
        return False
    if (target.unit or None) != (stat.unit or None):
        return False
    year = year_of(stat.as_of) or stat.period_end
    end = target.deadline or target.period_end
    if year and end and year > end:
        return False
    if year and target.period_start and year < target.period_start:
        return False
    several_years = (stat.period_start and stat.period_end and stat.period_end > stat.period_start) or (
        stat.period and stat.period not in ("annual",)
    )
    return not (target.period == "annual" and several_years)


def _reaches(target: CompareRow, stat: CompareRow) -> bool:
    v, c = stat.value, stat.comparator
    if target.upper is not None:
        return target.value <= v <= target.upper
    if target.comparator in ("at-most", "less-than"):
        return v < target.value or (v == target.value and target.comparator == "at-most" and c != "more-than")
    if target.comparator == "more-than":
        return v > target.value or (v == target.value and c == "more-than")
    return v >= target.value  # at-least, exactly (a level to reach), none


def target_status(target: CompareRow, stats: list[CompareRow]) -> tuple[str, str, list[str]]:
    """(status, the figures it was computed from as text, the IRIs of the statistics) of one target.

    met: the latest comparable statistic reaches the target. on track: it does not yet, but the target is a
    total over a period and the statistic is at or above the share of it due by its date. behind: it does
    not. no data: no comparable statistic (see :func:`comparable`).
    """
    found = [s for s in stats if comparable(target, s)]
    if not found:
        return "no data", "no statistic on the same indicator, subject, unit and period", []
    found.sort(key=lambda s: (year_of(s.as_of) or s.period_end or 0, s.value))
    latest = found[-1]
    basis = f"target {_figure_text(target)}; reported " + "; ".join(_figure_text(s) for s in found)
    iris = [s.figure for s in found]
    if _reaches(target, latest):
        return "met", basis, iris
    year = year_of(latest.as_of) or latest.period_end
    start, end = target.period_start, target.deadline or target.period_end
    cumulative = target.unit != "percent" and target.period != "annual"
    if cumulative and start and end and end >= start and year and start <= year <= end:
        due = target.value * (year - start + 1) / (end - start + 1)
        basis += f"; due by {year}: {number(round(due, 1))}"
        if latest.value >= due:
            return "on track", basis, iris
    return "behind", basis, iris


def _when(r: CompareRow) -> tuple[int, int]:
    """How late a figure is: a target by its deadline (or its period's end), a statistic by its date."""
    if r.kind == "target":
        return (r.deadline or r.period_end or 0, r.period_start or 0)
    return (year_of(r.as_of) or r.period_end or 0, r.period_start or 0)


def latest_per_group(rows: list[CompareRow]) -> list[CompareRow]:
    """compare's default answer: one row per scope, province, subject and indicator (see
    :meth:`KnowledgeGraph.compare`)."""
    return [row for row, _ in answers_by_group(rows).values()]


def answers_by_group(rows: list[CompareRow]) -> dict[tuple, tuple[CompareRow, list[CompareRow]]]:
    """:func:`latest_per_group`'s row of each group (scope, province, subject, indicator), with the group's figures
    in their order, the groups in the order of their first figure. A group's row is read off its own figures (and
    a statistic its target was compared with: of the same group, :func:`comparable`)."""
    groups: dict[tuple, list[CompareRow]] = {}
    for r in rows:
        groups.setdefault((r.scope, r.province, subject_key(r), r.indicator), []).append(r)
    by_iri = {r.figure: r for r in rows}
    out = {}
    for key, group in groups.items():
        # the latest last; among figures of one date the first stated last (the headline: a document states the
        # whole, "1.800 đảng viên a year", before its parts, "180 of them from enterprises")
        order = sorted(sorted(group, key=lambda r: figure_order(r.figure), reverse=True), key=_when)
        targets = [r for r in order if r.kind == "target"]
        stats = [r for r in order if r.kind == "statistic"]
        row = targets[-1] if targets else stats[-1]
        compared = [by_iri[i] for i in row.compared_with if i in by_iri]
        result: CompareRow | None
        if compared:  # the latest of the statistics the status was read against (target_status's order)
            result = sorted(compared, key=lambda s: (year_of(s.as_of) or s.period_end or 0, s.value))[-1]
        else:
            result = stats[-1] if stats else None
        if result is not None:
            row.result_value, row.result_comparator, row.result_unit = result.value, result.comparator, result.unit
            row.result_as_of = result.as_of or (str(result.period_end) if result.period_end else None)
            row.result_figure = result.figure
        row.figures = len(group)
        out[key] = (row, group)
    return out


def compare_rows(records) -> list[CompareRow]:
    """The figures query's rows (or the summary's) as CompareRows, each target with its status."""
    rows = []
    for r in records:
        subject, subject_type = r.get("subjectLabel"), local_name(r.get("subjectType"))
        if subject is None and r.get("issuer"):  # no subject named: the figure is the issuer's
            subject, subject_type = r.get("issuerLabel"), local_name(r.get("issuerType"))
        scope = scope_of(subject, subject_type) if subject else "province"
        rows.append(
            CompareRow(
                kind=r["kind"],
                province=r.get("provinceLabel"),
                province_2025=r.get("province2025Label"),
                document=r.get("documentLabel"),
                subject=subject,
                comparator=local_name(r.get("comparator")),
                value=float(r["value"]),
                upper=float(r["upper"]) if r.get("upper") is not None else None,
                unit=local_name(r.get("unit")),
                deadline=int(r["deadline"]) if r.get("deadline") else None,
                period=local_name(r.get("period")),
                period_start=int(r["periodStart"]) if r.get("periodStart") else None,
                period_end=int(r["periodEnd"]) if r.get("periodEnd") else None,
                as_of=r.get("asOf"),
                evidence=r.get("evidence"),
                figure=r["figure"],
                source=r.get("source"),
                indicator=r["indicator"],
                scope=scope,
                population=r.get("population"),
                source_title=r.get("sourceTitle"),
            )
        )
    # a target is read against the statistics of its indicator, province, scope, subject and unit only
    # (comparable): grouped once, in their order, instead of every target reading every statistic
    stats: dict[tuple, list[CompareRow]] = {}
    for r in rows:
        if r.kind == "statistic":
            stats.setdefault(comparable_key(r), []).append(r)
    for r in rows:
        if r.kind == "target":
            r.status, r.status_basis, r.compared_with = target_status(r, stats.get(comparable_key(r), []))
    return rows


def comparable_key(r: CompareRow) -> tuple:
    """What :func:`comparable` asks a target and a statistic to share."""
    return (r.indicator, r.province, r.scope, subject_key(r), r.unit or None)


def default_answers(records, *, by_group: bool = False) -> dict[str, Any]:
    """compare's default answer of each indicator, from the rows of every figure (the figures query's or the
    summary's): a figure's group, its status and its latest result are read among the figures of its own
    indicator only (:func:`comparable`, :func:`latest_per_group`), so the answer for an indicator and the
    narrower ones under it is theirs one after the other. ``by_group``: each indicator's :func:`answers_by_group`."""
    by: dict[str, list] = {}
    for r in records:
        by.setdefault(r["indicator"], []).append(r)
    if by_group:
        return {ind: answers_by_group(compare_rows(rows)) for ind, rows in by.items()}
    return {ind: latest_per_group(compare_rows(rows)) for ind, rows in by.items()}


def refresh_compare_defaults(store) -> int | None:
    """Compute compare's default answers from the figures summary and keep them beside it, by group
    (:class:`phancong.store.figure_changes.FigureChanges`), valid until the summary changes; the build calls it
    when it ends. Once kept, only the groups of the figures that changed since are computed again (a figure whose
    own values or whose province's, document's, subject's or source's values changed), with every figure of those
    groups. Returns the number of groups computed, or None when the store has no complete summary or is not
    embedded (a remote store's index is synced with the endpoint when read: compare computes its answer)."""
    if getattr(store, "kind", None) != "embedded":
        return None
    index = getattr(store, "index", None)
    summary = getattr(index, "figures", None)
    if index is None or summary is None or not summary.complete():
        return None
    if summary.defaults([]) is not None:  # current: nothing changed since they were computed
        return 0
    changes = summary.changes
    with index.transaction():
        if changes.tracking():
            done = _refresh_changed(summary)
        else:
            if not changes.links_complete():  # an index written before the links: read them off the rows
                changes.relink(index.db.execute("SELECT graph, figure, own FROM figure_rows"))
            groups = _answers(summary.records(None))
            changes.keep_all(groups)
            done = len(groups)
        summary.defaults_computed(summary.generation())
    return done


def _refresh_changed(summary) -> int:
    """The groups the changed figures were in or are in now, computed again with all their figures."""
    changes = summary.changes
    changed = changes.changed_figures()
    affected = changes.groups_of(changed) | set(_answers(summary.records(None, figures_of=changed)))
    groups = _answers(summary.records(None, figures_of=changes.members(affected) | changed))
    changes.keep_changed(groups, affected, changed)
    return len(affected)


_FIELDS = [f.name for f in dataclasses.fields(CompareRow)]


def _answers(records) -> dict[tuple[str, str], tuple[str, str, list[str]]]:
    """(indicator, group as JSON) -> (the order of its first figure, its row, its figures), as JSON: the
    figures query's order of a row (ORDER BY province, kind, document, figure), and the row as ``asdict`` gives
    it, without its deep copy (a third of the time at 1M triples: the values are plain)."""
    out = {}
    for ind, found in default_answers(records, by_group=True).items():
        for key, (row, group) in found.items():
            first = group[0]
            order = [[v is not None, str(v or "")] for v in (first.province, first.kind, first.document, first.figure)]
            out[(ind, json.dumps(list(key[:3]), ensure_ascii=False))] = (
                json.dumps(order, ensure_ascii=False),
                json.dumps({n: getattr(row, n) for n in _FIELDS}, ensure_ascii=False),
                sorted({r.figure for r in group}),
            )
    return out
