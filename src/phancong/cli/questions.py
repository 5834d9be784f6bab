"""The three questions and their companions: owner, chain, compare, progress, indicators."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from ..output import print_rows, short
from ..views.numbers import period_text, value_text
from ..web.serve import positive_int
from .common import format_arg, kg_of, store_arg


def cmd_owner(args) -> int:
    kg = kg_of(args)
    try:
        rows = kg.owner(args.words, province=args.province, limit=args.limit)
    except LookupError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if not rows:
        where = f" in {args.province}" if args.province else ""
        print(f"no task matches {args.words!r}{where}", file=sys.stderr)
        return 1
    if args.format != "table":
        print_rows([r.to_record() for r in rows], args.format)  # partners: a list; in CSV "; " between
        return 0
    current = None
    for r in rows:
        if r.task != current:
            current = r.task
            print(f"\nTask: {r.task_label}")
            print(f"  document: {r.document_label or '-'}   province: {r.province or '-'}")
            print(f"  {r.task}")
            if r.answer == "none":
                issuer = f", issued by {r.issuer_label}" if r.issuer_label else ", whose issuer is not recorded"
                print(
                    f"  no body is named for this task, and {r.document_label or 'its document'} hands its "
                    f"implementation to none{issuer}"
                )
                continue
            if not r.lead_recorded:
                print("  no lead (chủ trì) is named for this task; the bodies named for it:")
        role = f"{r.role} ({r.role_label})" if r.role_label else r.role
        status = "reported as done" if r.status == "reported" else (r.status or "")
        line = f"  {role:<28} {r.body_label}"
        if r.partners:
            line += f"   with: {', '.join(r.partners)}"
        if status:
            line += f"   [{status}]"
        print(line)
        if r.inherited:
            print(f"  {'':<28} inherited: the task names no body; the document assigns its implementation in")
        if r.evidence:
            print(f"  {'':<28} « {short(r.evidence, 200)} »")
    return 0


def cmd_chain(args) -> int:
    kg = kg_of(args)
    try:
        chain = kg.chain(args.task)
    except LookupError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    if args.format == "json":
        json.dump(chain.to_record(), sys.stdout, ensure_ascii=False, indent=2)
        print()
    elif args.format == "csv":  # one row per edge of the chain, each with its task
        rows = [{"task": chain.task, "task_label": chain.task_label, **e.to_record()} for e in chain.edges]
        print_rows(
            rows,
            "csv",
            ["task", "task_label", "source", "source_label", "relation", "target", "target_label", "evidence"],
        )
    else:
        print(chain.text_tree())
    if args.html:
        from ..views.kinds import chain_html

        path = chain_html(chain, args.html)
        print(f"wrote {path}", file=sys.stderr)
    return 0


SCOPE_HEADINGS = {
    "province": "province-wide (toàn tỉnh: the province's committee, its standing bodies, or no body named)",
    "sub-organisation": "sub-organisations (tổ chức trực thuộc: a bloc committee, a sector, a body "
    "below the province's committee)",
}
COMPARE_COLUMNS = [
    "province",
    "kind",
    "document",
    "subject",
    "comparator",
    "value",
    "upper",
    "unit",
    "deadline",
    "period",
    "period_start",
    "period_end",
    "as_of",
    "status",
    "evidence",
]
# the table: the value as people read it ('≥ 1.800 đảng viên') and when it holds, in one column each
COMPARE_TABLE = ["province", "kind", "document", "subject", "figure", "when", "status", "evidence"]


def _figure_cells(r: dict) -> dict:
    """A compare or progress record with its figure and time written for people (the table only)."""
    figure = value_text(r.get("comparator"), r.get("value"), r.get("upper"), r.get("unit"), r.get("unit_text"))
    when = period_text(r.get("deadline"), r.get("period"), r.get("period_start"), r.get("period_end"), r.get("as_of"))
    return {**r, "figure": figure, "when": when}


def cmd_compare(args) -> int:
    if args.chart is not None and Path(args.chart).suffix.lower() not in (".svg", ""):
        print(f"error: --chart {args.chart}: the chart is written as SVG; name the file *.svg", file=sys.stderr)
        return 2
    kg = kg_of(args)
    try:
        rows = kg.compare(
            args.indicator,
            rollup=args.rollup,
            scope=args.scope,
            all_figures=args.all,
            province=args.province,
            year=args.year,
            document_type=args.document_type,
        )
    except LookupError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    recs = [r.to_record() for r in rows]
    if not args.all:
        for r in recs:
            r["result"] = _result_text(r)
    if args.format == "csv":
        cols = ["scope", *COMPARE_COLUMNS[:-1], "status_basis", "indicator", "population", "evidence"]
        if not args.all:
            cols[cols.index("status") + 1 : cols.index("status") + 1] = ["result", "result_figure", "figures"]
        print_rows(recs, "csv", cols)
    elif args.format == "json":
        print_rows(recs, "json")
    else:
        ind = kg.indicator(args.indicator)
        print(f"indicator: {ind}")
        narrower = sorted({r.indicator for r in rows if r.indicator and r.indicator != ind})
        if narrower:
            print("  with the narrower: " + ", ".join(n.rsplit("/", 1)[-1] for n in narrower))
        if not recs:
            print("(no rows)")
        recs = [_figure_cells(r) for r in recs]
        cols = COMPARE_TABLE
        if not args.all:  # the latest target (else statistic) of each group, its latest result, its count
            cols = [*COMPARE_TABLE[: COMPARE_TABLE.index("status") + 1], "result", "figures", "evidence"]
        if narrower:  # each row says which of the indicators it is on
            cols = ["indicator", *cols]
            for r in recs:
                r["indicator"] = (r["indicator"] or "").rsplit("/", 1)[-1]
        for scope in ("province", "sub-organisation"):
            group = [r for r in recs if r["scope"] == scope]
            if group:
                print(f"\n{SCOPE_HEADINGS[scope]}")
                print_rows(group, "table", cols)
        if args.scope == "province":
            print("\n(--scope province: sub-organisations' figures left out)")
        if not args.all and recs:
            print(
                "\n(one row per province, scope and subject: the latest target, else statistic, with the latest "
                "result; --all: every figure)"
            )
    if args.chart:
        from rdflib import URIRef

        from ..sparql.catalogue import named_query, run_query
        from ..views.kinds import compare_chart

        ind = kg.indicator(args.indicator)
        labels = {
            r["lang"]: r["label"]
            for r in run_query(kg.store, named_query("internal/pref-labels"), {"iri": URIRef(ind)})
        }
        names = " / ".join(x for x in (labels.get("vi"), labels.get("en")) if x)
        title = "Chỉ số / Indicator: " + (names or ind.rsplit("/", 1)[-1])
        path = compare_chart(rows, args.chart, title=title)
        print(f"wrote {path}", file=sys.stderr)
    return 0 if rows else 1


def _result_text(r: dict) -> str | None:
    """The latest result of a compare row, as '> 96% (2023)'."""
    if r.get("result_value") is None:
        return None
    return value_text(r["result_comparator"], r["result_value"], None, r["result_unit"]) + (
        f" ({r['result_as_of']})" if r.get("result_as_of") else ""
    )


def cmd_progress(args) -> int:
    kg = kg_of(args)
    try:
        rows = kg.progress(province=args.province, document=args.document)
    except LookupError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    if not rows:
        print(
            "error: no targets with an indicator" + (f" in {args.province}" if args.province else ""), file=sys.stderr
        )
        return 1
    recs = [r.to_record() for r in rows]
    for r in recs:
        r["indicator"] = (r["indicator"] or "").rsplit("/", 1)[-1]
        r["plan"] = r["document"] or r["source_title"]
    if args.format == "csv":
        print_rows(
            recs,
            "csv",
            [
                "province",
                "plan",
                "indicator",
                "scope",
                "subject",
                "comparator",
                "value",
                "upper",
                "unit",
                "deadline",
                "period",
                "status",
                "status_basis",
                "compared_with",
                "evidence",
            ],
        )
        return 0
    if args.format == "json":
        print_rows(recs, "json")
        return 0
    current = None
    for r in recs:
        if (r["province"], r["plan"]) != current:
            current = (r["province"], r["plan"])
            print(f"\n{r['plan'] or '(no document)'}   province: {r['province'] or '-'}")
        value = value_text(r["comparator"], r["value"], r["upper"], r["unit"], r.get("unit_text"))
        print(
            f"  {r['status']:<9} {r['indicator']:<36} {value}"
            + (f"   [{r['subject']}]" if r["scope"] != "province" else "")
        )
        print(f"  {'':<9} « {short(r['evidence'] or '', 110)} »")
        if r["status"] != "no data":
            print(f"  {'':<9} {short(r['status_basis'], 150)}")
    counts = {s: sum(1 for r in rows if r.status == s) for s in ("met", "on track", "behind", "no data")}
    print("\n" + ", ".join(f"{n} {s}" for s, n in counts.items()) + f" ({len(rows)} targets)")
    return 0


def cmd_indicators(args) -> int:
    kg = kg_of(args)
    try:
        rows = kg.indicators(province=args.province)
    except LookupError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if not args.all:
        rows = [r for r in rows if r.targets or r.statistics]
    if not rows:
        print(
            "error: no indicator has targets or statistics" + (f" in {args.province}" if args.province else ""),
            file=sys.stderr,
        )
        return 1
    print_rows(
        [r.to_record() for r in rows],
        args.format,
        ["slug", "label", "broader", "province", "targets", "statistics"] if args.format != "json" else None,
    )
    return 0


def add_owner(sub) -> None:
    o = sub.add_parser(
        "owner",
        help="which body owns the task described by WORDS",
        description="Find the tasks best matching WORDS (with or without diacritics, any order, small "
        "typos tolerated) and answer who owns each: the bodies named for it, lead first, "
        "with the role, status (assigned or reported as done), partners, document, "
        "province and the sentence it was read from; else the lead the document gives its "
        "implementation as a whole (inherited, with that clause); else 'no body is named "
        "for this task', with the document and its issuer.",
    )
    o.add_argument("words")
    o.add_argument(
        "--province",
        help="only tasks of this province: a name before or since 1 July 2025 (a name since "
        "includes the provinces merged into it), diacritics optional",
    )
    o.add_argument("--limit", type=positive_int, default=5, help="at most this many tasks (default 5)")
    store_arg(o)
    format_arg(o)
    o.set_defaults(func=cmd_owner)


def add_chain(sub) -> None:
    c = sub.add_parser(
        "chain",
        help="the responsibility chain of a task",
        description="Print the chain from a task (an IRI, or the best task for the words) to its "
        "bodies, whom they report or answer to, up to the issuing committee: a text tree, "
        "or its edges as CSV (one row each) or JSON.",
    )
    c.add_argument("task", metavar="TASK_OR_WORDS")
    c.add_argument("--html", metavar="FILE", help="also write the interactive view to FILE")
    store_arg(c)
    format_arg(c)
    c.set_defaults(func=cmd_chain)


def add_compare(sub) -> None:
    cp = sub.add_parser(
        "compare",
        help="compare one indicator across provinces",
        description="Targets (chỉ tiêu) and reported statistics on the indicator (and the "
        "narrower indicators under it): by default one row per province, scope and "
        "subject (the latest target, else the latest statistic, with the latest result "
        "and the number of figures), with --all one row per figure; with comparator, "
        "value or range, unit, deadline or period and evidence, grouped by scope: "
        "figures of a province as a whole "
        "first, then those of sub-organisations (a bloc committee, a sector), never set "
        "side by side as peers. Each target has a status against the statistics on the "
        "same indicator, subject, unit and period: met, on track, behind or no data. "
        "INDICATOR is a slug (party-members-rated-good), an IRI or words.",
    )
    cp.add_argument("indicator", metavar="INDICATOR_OR_WORDS")
    cp.add_argument("--rollup", action="store_true", help="name provinces by their unit since 1 July 2025")
    cp.add_argument(
        "--scope",
        choices=("all", "province"),
        default="all",
        help="all: every figure, the province-wide ones and the sub-organisations' in separate groups "
        "(default); province: only figures of a province as a whole",
    )
    cp.add_argument(
        "--all",
        action="store_true",
        help="one row per figure (every target and statistic); by default one row per province, scope "
        "and subject: the latest target (else statistic) with its status and the latest result",
    )
    cp.add_argument("--province", help="only this province's figures (a name before or since 1 July 2025)")
    cp.add_argument("--year", type=int, help="only targets of documents issued this year (statistics stay)")
    cp.add_argument(
        "--document-type",
        metavar="SLUG",
        help="only targets of documents of this type: plan, resolution, scheme, programme ... (statistics stay)",
    )
    cp.add_argument("--chart", metavar="FILE", help="also write a chart (SVG) to FILE")
    store_arg(cp)
    format_arg(cp)
    cp.set_defaults(func=cmd_compare)


def add_progress(sub) -> None:
    pg = sub.add_parser(
        "progress",
        help="a plan's targets with their status: met, on track, behind, no data",
        description="Each target (with an indicator) against the statistics reported on the same "
        "indicator, province, subject, unit and period: met (the latest reaches it), on "
        "track (a total over a period, at or above the share due by the statistic's "
        "date), behind, or no data; with the figures the status was computed from.",
    )
    pg.add_argument(
        "--province",
        help="only this province: a name before or since 1 July 2025 (a name since "
        "includes the provinces merged into it), diacritics optional",
    )
    pg.add_argument(
        "--document",
        metavar="WORDS",
        help="only the targets of the document (words of its name or number) or of the text (words of its title)",
    )
    store_arg(pg)
    format_arg(pg)
    pg.set_defaults(func=cmd_progress)


def add_indicators(sub) -> None:
    ind = sub.add_parser(
        "indicators",
        help="the indicators, with counts of targets and statistics per province",
        description="One row per indicator and province: its slug (what `compare` takes), its "
        "Vietnamese label, the umbrella indicator it belongs to, and its counts of "
        "targets and statistics; an umbrella counts the figures of the narrower "
        "indicators under it. Indicators without figures are left out unless --all.",
    )
    ind.add_argument(
        "--province",
        help="only figures of this province: a name before or since 1 July 2025 "
        "(a name since includes the provinces merged into it), diacritics optional",
    )
    ind.add_argument("--all", action="store_true", help="also the indicators without any figure")
    store_arg(ind)
    format_arg(ind)
    ind.set_defaults(func=cmd_indicators)
