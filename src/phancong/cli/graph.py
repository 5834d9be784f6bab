"""Commands on the stored graph: query, check, view, stats, serve."""

from __future__ import annotations

import json
import sys

from ..output import print_rows, union_columns
from ..web.serve import add_arguments as serve_arguments, positive_int
from .common import format_arg, kg_of, open_store, store_arg


def cmd_query(args) -> int:
    from ..api import KnowledgeGraph
    from ..sparql.catalogue import load_query
    from ..store.embedded import StoreError

    text = sys.stdin.read() if args.file == "-" else None
    try:
        q = load_query(args.file, text=text)
        bad = [kv for kv in args.param if "=" not in kv or not kv.split("=", 1)[0]]
        if bad:
            raise ValueError(f"--param {bad[0]!r}: write it as NAME=VALUE (binds ?NAME)")
        params = dict(kv.split("=", 1) for kv in args.param)
        kg = KnowledgeGraph(open_store(args))
        rows, resolved = kg.run_catalogue(q, params)
    except LookupError as exc:  # words given for an IRI parameter that match nothing
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except (StoreError, ValueError, FileNotFoundError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    for r in resolved:  # which IRI each name was taken for
        print(r.text(), file=sys.stderr)
    if isinstance(rows, bool):
        print("true" if rows else "false")
        return 0
    if args.format == "table" and rows and isinstance(rows[0], dict):
        rows = _labelled(kg, rows)
    print_rows(rows, args.format)
    return 0


def _labelled(kg, rows: list[dict]) -> list[dict]:
    """Rows for a table: an IRI is shown by its name (an IRI without one keeps its last part), and a column
    that only repeats the name of the IRI column beside it (``task_label`` beside ``task``) is left out."""
    from ..rdf.iri import looks_like_iri

    columns = list(rows[0].keys())
    iris = {v for r in rows for v in r.values() if isinstance(v, str) and looks_like_iri(v)}
    names = kg.labels(iris) if iris else {}
    drop = {c for c in columns if c.endswith("_label") and c[:-6] in columns}
    out = []
    for r in rows:
        row = {}
        for c in columns:
            if c in drop:
                continue
            v = r.get(c)
            if isinstance(v, str) and v in iris:
                v = r.get(f"{c}_label") or names.get(v) or v.rstrip("/").rsplit("/", 1)[-1]
            row[c] = v
        out.append(row)
    return out


def cmd_check(args) -> int:
    from ..check.integrity import run_checks

    report = run_checks(open_store(args), shacl=not args.no_shacl, reasoner=not args.no_reasoner)
    if args.format == "json":
        json.dump(
            {
                "errors": len(report.errors),
                "warnings": len(report.warnings),
                "ran": report.ran,
                "findings": [f.__dict__ for f in report.findings],
            },
            sys.stdout,
            ensure_ascii=False,
            indent=2,
        )
        print()
    elif args.format == "csv":  # one row per finding; the checks that ran are said in the table and JSON
        print_rows([f.__dict__ for f in report.findings], "csv", ["check", "severity", "message", "resource"])
    else:
        print(report.text())
    return 1 if report.errors else 0


def cmd_view(args) -> int:
    from ..views import kinds as viz

    if args.what != "network" and not args.target:
        print(f"error: phancong view {args.what} needs a {args.what} (words, number or IRI)", file=sys.stderr)
        return 2
    kg = kg_of(args)
    try:
        if args.what == "body":
            html = viz.render_body_html(kg, args.target)
        elif args.what == "document":
            html = viz.render_document_html(kg, args.target)
        else:
            html = viz.render_network_html(kg, args.province)
        path = viz.write_text(html, args.html)
    except (LookupError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"wrote {path}", file=sys.stderr)
    return 0


def cmd_stats(args) -> int:
    from ..stats import compute_stats, format_stats

    stats = compute_stats(kg_of(args), top=args.top)
    if args.format == "json":
        json.dump(stats.to_record(), sys.stdout, ensure_ascii=False, indent=2)
        print()
    elif args.format == "csv":  # the tables one after another, each row named by its table; totals as name, value
        record = stats.to_record()
        rows = [{"table": name, **r} for name, value in record.items() if isinstance(value, list) for r in value]
        rows += [{"table": "totals", "name": k, "value": v} for k, v in record["totals"].items()]
        print_rows(rows, "csv", union_columns(rows, ("table",)))
    else:
        print(format_stats(stats))
    return 0


def cmd_serve(args) -> int:
    from ..store.embedded import StoreError
    from ..web.serve import serve

    try:
        store = open_store(args)
    except StoreError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return serve(args, store)


def add_query(sub) -> None:
    q = sub.add_parser(
        "query",
        help="run a SPARQL query file (or - for standard input)",
        description="Run a SPARQL query over the union of all graphs. Parameters are bound values: "
        "--param name=value binds ?name (never pasted into the query text). A catalogue "
        "parameter that names a task, body, document or indicator takes its IRI or a "
        "name or words, resolved to an IRI (said on standard error). The table shows "
        "IRIs by their names; csv and json keep the IRIs.",
    )
    q.add_argument("file", help="a .rq file, a catalogue name (see queries/), or - for standard input")
    q.add_argument(
        "--param",
        "-p",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="bind ?NAME to VALUE (an IRI, a number, a string; or a name or words for an IRI parameter)",
    )
    store_arg(q)
    format_arg(q)
    q.set_defaults(func=cmd_query)


def add_check(sub) -> None:
    ck = sub.add_parser(
        "check",
        help="validate the graph (SHACL, integrity queries, reasoner)",
        description="SHACL shapes, the integrity queries in queries/checks, HermiT consistency, "
        "declared-vs-found counts and tasks without a lead. Exit status 1 on errors, "
        "0 with warnings only.",
    )
    ck.add_argument("--no-shacl", action="store_true", help="skip the SHACL validation")
    ck.add_argument("--no-reasoner", action="store_true", help="skip the HermiT consistency check")
    store_arg(ck)
    format_arg(ck)
    ck.set_defaults(func=cmd_check)


def add_view(sub) -> None:
    vw = sub.add_parser(
        "view",
        help="write an interactive graph view (offline HTML)",
        description="view body NAME_OR_IRI: a body's tasks by role, partners and reporting lines; "
        "view document IRI_OR_NUMBER: task groups, tasks, bodies and targets; "
        "view network [--province P]: which bodies work with which, weighted by "
        "shared tasks. The page inlines everything it needs and opens offline.",
    )
    vw.add_argument("what", choices=("body", "document", "network"))
    vw.add_argument("target", nargs="?", metavar="NAME_OR_IRI", help="the body or document (words, number or IRI)")
    vw.add_argument(
        "--province",
        help="network view: only this province, a name before or since 1 July 2025 (a name "
        "since includes the provinces merged into it), diacritics optional",
    )
    vw.add_argument("--html", metavar="FILE", required=True, help="write the view to FILE")
    store_arg(vw)
    vw.set_defaults(func=cmd_view)


def add_stats(sub) -> None:
    st = sub.add_parser(
        "stats",
        help="graph analytics: tasks per body, lead roles, betweenness, orphans, citations",
        description="networkx analytics of the responsibility graph: tasks per body by role, bodies "
        "carrying the most lead roles, betweenness of bodies on responsibility chains, "
        "tasks no body is assigned to, and the document citation/implementation graph.",
    )
    st.add_argument("--top", type=positive_int, default=10, metavar="N", help="rows in the ranked tables (default 10)")
    store_arg(st)
    format_arg(st)
    st.set_defaults(func=cmd_stats)


def add_serve(sub) -> None:
    sv = sub.add_parser(
        "serve",
        help="serve the web pages, the JSON API and a read-only SPARQL endpoint",
        description="Search, task, body, document and compare pages, the query catalogue, "
        "/api/owner|chain|compare (OpenAPI at /openapi.json) and a read-only "
        "SPARQL 1.1 endpoint at /sparql. Binds to 127.0.0.1 unless --host says "
        "otherwise, and answers only requests whose Host header names it "
        "(--allowed-host); --auth-token asks for a bearer token (docs/reliability.md).",
    )
    serve_arguments(sv)
    store_arg(sv)
    sv.set_defaults(func=cmd_serve)
