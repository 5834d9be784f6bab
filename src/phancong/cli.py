"""The ``phancong`` command line."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from . import __version__
from .output import fitted, print_rows, short, union_columns
from .views.numbers import value_text

DEFAULT_STORE = "store"


def _store_arg(p: argparse.ArgumentParser) -> None:
    """--store PATH (embedded, the default) or --endpoint URL ... (a SPARQL 1.1 store); see open_store()."""
    g = p.add_argument_group("store", "an embedded store directory (default), or a SPARQL 1.1 endpoint "
                                      "(docs/remote.md); each option also reads the environment variable named")
    g.add_argument("--store", metavar="PATH", default=None,
                   help="embedded store directory ($PHANCONG_STORE; default ./store)")
    g.add_argument("--endpoint", metavar="URL", default=None,
                   help="SPARQL query endpoint of a remote store ($PHANCONG_ENDPOINT), e.g. http://host:7878/query")
    g.add_argument("--update-endpoint", metavar="URL", default=None,
                   help="SPARQL 1.1 Update endpoint ($PHANCONG_UPDATE_ENDPOINT)")
    g.add_argument("--gsp-endpoint", metavar="URL", default=None,
                   help="Graph Store Protocol endpoint, for writes when no update endpoint is given "
                        "($PHANCONG_GSP_ENDPOINT)")
    g.add_argument("--user", default=None, help="HTTP basic auth user ($PHANCONG_USER)")
    g.add_argument("--password", default=None, help="HTTP basic auth password ($PHANCONG_PASSWORD)")
    g.add_argument("--token", default=None, help="HTTP bearer token ($PHANCONG_TOKEN)")
    g.add_argument("--timeout", type=float, default=None, metavar="S",
                   help="seconds per remote operation, retries included ($PHANCONG_TIMEOUT; default 10)")
    g.add_argument("--index", metavar="PATH", default=None,
                   help="local text index of a remote store ($PHANCONG_INDEX; default "
                        "~/.cache/phancong/index-<hash of the endpoint>.sqlite)")


def _format_arg(p: argparse.ArgumentParser, choices=("table", "csv", "json"), default="table") -> None:
    p.add_argument("--format", choices=choices, default=default, help=f"output format (default: {default})")


def open_store(args, *, write: bool = False):
    """The store the arguments (or the environment) name: the one way every command opens it.

    An explicit --store or --endpoint wins; else $PHANCONG_ENDPOINT (remote), else
    $PHANCONG_STORE or ./store (embedded). Options missing from ``args`` read as unset."""
    from .store.embedded import EmbeddedStore, StoreError

    def opt(name: str, env: str):
        value = getattr(args, name, None)
        return value if value is not None else (os.environ.get(env) or None)

    store_flag, endpoint_flag = getattr(args, "store", None), getattr(args, "endpoint", None)
    if store_flag and endpoint_flag:
        raise StoreError("give either --store (embedded) or --endpoint (remote), not both")
    endpoint = endpoint_flag or (None if store_flag else os.environ.get("PHANCONG_ENDPOINT") or None)
    if not endpoint:
        args.store = store_flag or os.environ.get("PHANCONG_STORE") or DEFAULT_STORE
        return EmbeddedStore(args.store, read_only=not write)
    from .store.remote import RemoteStore

    timeout = opt("timeout", "PHANCONG_TIMEOUT")
    try:
        timeout = float(timeout) if timeout is not None else 10.0
    except ValueError:
        raise StoreError(f"PHANCONG_TIMEOUT must be a number of seconds, not {timeout!r}") from None
    return RemoteStore(endpoint, opt("update_endpoint", "PHANCONG_UPDATE_ENDPOINT"),
                       opt("gsp_endpoint", "PHANCONG_GSP_ENDPOINT"), user=opt("user", "PHANCONG_USER"),
                       password=opt("password", "PHANCONG_PASSWORD"), token=opt("token", "PHANCONG_TOKEN"),
                       timeout=timeout, index_path=opt("index", "PHANCONG_INDEX"))


# ------------------------------------------------------------------ commands
def _disk_error(exc: BaseException) -> str:
    """One line for an error of the disk or of a file: the file, if known, and the reason."""
    name = getattr(exc, "filename", None)
    reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
    return f"{name}: {reason}" if name else reason


class Terminated(KeyboardInterrupt):
    """SIGTERM, raised where the build is (as Ctrl-C raises KeyboardInterrupt), so it stops the same way."""


def _raise_terminated(signum, frame):
    raise Terminated


def _what_is_stored(store, stored: list[str]) -> str:
    """After a build stopped: which sources the store holds, said from the store itself."""
    from .store.embedded import ONTOLOGY_GRAPH

    where = getattr(store, "path", None) or getattr(store, "endpoint", "the store")
    try:
        if hasattr(store, "recover"):
            if not hasattr(store, "ox"):  # stopped while flush() opened Oxigraph again
                store = type(store)(store.path)  # (which settles the marks)
            store.recover()  # settle the write that was stopped (else the next open does)
        total = sum(1 for g in store.graphs() if g != ONTOLOGY_GRAPH)
    except Exception:  # the disk again: the next open settles it
        return f"what {where} holds is settled when it is next opened; build again to go on"
    n = len(stored)
    held = f"{where} holds {total} {'source' if total == 1 else 'sources'}"
    if n == 0 and total == 0:
        return (f"no source was stored, {held} (a new store takes the sources read in batches of about "
                f"50,000 triples); build again")
    if n == 0:
        return f"no source was stored by this build; {held}, each whole with its index rows; build again to go on"
    return (f"{n} {'source' if n == 1 else 'sources'} stored by this build; {held} in all, each whole with its "
            f"index rows; build again to go on")


def cmd_build(args) -> int:
    import signal
    import threading

    from .build import DISK_ERRORS, build, print_progress

    store = open_store(args, write=True)
    paths = args.paths or ["corpus"]
    stored: list[str] = []
    main_thread = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGTERM, _raise_terminated) if main_thread else None
    args.build_began = True
    try:
        result = build(paths, store, graph_dir=args.graph_dir, jobs=args.jobs,
                       progress=None if args.quiet else print_progress, stored=stored,
                       time_budget=args.time_budget or None)
    except DISK_ERRORS as exc:
        print(f"error: the build stopped: {_disk_error(exc)}; {_what_is_stored(store, stored)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt as exc:
        terminated = isinstance(exc, Terminated)
        print(f"interrupted ({'SIGTERM' if terminated else 'SIGINT'}): {_what_is_stored(store, stored)}",
              file=sys.stderr)
        return 143 if terminated else 130
    finally:
        if main_thread:
            signal.signal(signal.SIGTERM, previous)
    if not result.sources and not result.skipped:  # nothing to build: one error, not "built 0 of 0" beside it
        others = ""
        if result.others:
            n = sum(result.others.values())
            kinds = ", ".join(f"{k} {v}" for k, v in sorted(result.others.items()))
            others = f"; {n} other {'file' if n == 1 else 'files'} left alone, not sources ({kinds})"
        print("error: no source files found in " + ", ".join(map(str, paths)) + others, file=sys.stderr)
        return 1
    ok = len(result.sources) - len(result.failed)
    where = getattr(store, "endpoint", args.store)
    print(f"built {ok} of {len(result.sources)} sources into {where}: {result.triples} triples "
          f"in {result.seconds:.1f} s" + (f"; graph files in {args.graph_dir}/" if args.graph_dir else ""),
          file=sys.stderr)
    for f in result.failed:
        print(f"error: {f.error}", file=sys.stderr)
    if result.skipped:
        n = len(result.skipped)
        print(f"{n} {'entry' if n == 1 else 'entries'} in the folders skipped:", file=sys.stderr)
        for entry in result.skipped:
            print(f"error: {entry}", file=sys.stderr)
    if result.others:
        n = sum(result.others.values())
        kinds = ", ".join(f"{k} {v}" for k, v in sorted(result.others.items()))
        print(f"{n} other {'file' if n == 1 else 'files'} in the folders left alone, not sources ({kinds})",
              file=sys.stderr)
    if not result.sources:
        print("error: no source files found in " + ", ".join(map(str, paths)), file=sys.stderr)
        return 1
    return 1 if result.failed or result.skipped else 0


def cmd_extract(args) -> int:
    from .extract import extract
    from .text.read import InputError, read_source

    try:
        src = read_source(args.file)
    except InputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    ex = extract(src)
    data = ex.to_json()
    if args.format == "json":
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    if args.format == "csv":  # one row per item read, its list first; span as start and end, mentions left out
        rows = []
        for name in ex.LISTS:
            for it in data[name]:
                span = it.get("span") or [None, None]
                rows.append({"list": name, "key": it.get("key"), "start": span[0], "end": span[1],
                             **{k: v for k, v in it.items() if k not in ("key", "span", "mentions")}})
        print_rows(rows, "csv", union_columns(rows, ("list", "key", "start", "end")))
        return 0
    for name in ex.LISTS:
        items = data[name]
        print(f"\n{name} ({len(items)})")
        for it in items:
            span = it.get("span")
            label = it.get("name") or it.get("label") or it.get("text") or it.get("message")
            extra = {k: it[k] for k in ("type", "number", "role", "value", "comparator", "unit", "deadline_year",
                                        "period", "declared_count", "kind", "relation") if it.get(k) is not None}
            print(f"  {it.get('key', '-'):>4} {span} {short(label, 80)} {extra if extra else ''}".rstrip())
    return 0


def cmd_export(args) -> int:
    import pyoxigraph as ox

    store = open_store(args)
    fmt = {"ttl": ox.RdfFormat.TURTLE, "trig": ox.RdfFormat.TRIG, "nq": ox.RdfFormat.N_QUADS,
           "nt": ox.RdfFormat.N_TRIPLES, "jsonld": None}[args.format]
    if fmt is None:
        from rdflib import Dataset

        ds = Dataset()
        ds.parse(data=store.dump(ox.RdfFormat.N_QUADS).decode("utf-8"), format="nquads")
        data = ds.serialize(format="json-ld", encoding="utf-8")
    elif fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.N_TRIPLES):
        from .rdf.mapping import PREFIXES
        from .sparql.catalogue import named_query

        # the union of all graphs as one graph
        res = store.query(named_query("internal/all-triples").text)
        data = ox.serialize(res, format=fmt, prefixes=PREFIXES if fmt == ox.RdfFormat.TURTLE else None)
    else:
        data = store.dump(fmt)
    if args.output:
        Path(args.output).write_bytes(data)
        print(f"wrote {len(data)} bytes to {args.output}", file=sys.stderr)
    else:
        sys.stdout.buffer.write(data)
    return 0


def cmd_query(args) -> int:
    from .api import KnowledgeGraph
    from .sparql.catalogue import load_query
    from .store.embedded import StoreError

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
    from .rdf.iri import looks_like_iri

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


def cmd_eval(args) -> int:
    if args.devset:
        return _eval_devset(args)
    from .check.devset import is_devset_gold
    from .check.evaluate import evaluate_dir, format_report, load_gold_dir
    from .extract import extract
    from .text.read import InputError, read_source

    gold_path = Path(args.gold or "tests/gold")
    corpus = Path(args.corpus)
    try:
        gold = load_gold_dir(gold_path)
    except (FileNotFoundError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    shaped = [sid for sid, g in gold.items() if is_devset_gold(g)]
    if shaped:
        print(f"error: {gold_path}: gold in the dev set's shape ({', '.join(shaped[:3])}); "
              f"score it with --devset SET_DIR --gold {gold_path}", file=sys.stderr)
        return 1
    predicted, missing = {}, []
    for sid in gold:
        path = next((p for p in (corpus / f"{sid}.txt", corpus / f"{sid}.html") if p.exists()), None)
        if path is None:
            missing.append(sid)
            continue
        try:
            predicted[sid] = extract(read_source(path)).to_json()
        except InputError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
    if missing:
        print(f"error: no source in {corpus} for the gold of {', '.join(missing)} "
              f"(looked for NAME.txt and NAME.html)", file=sys.stderr)
        return 1
    per_source, total = evaluate_dir(predicted, gold_path)
    print(f"{len(per_source)} sources, gold {gold_path}; matching: one-to-one (maximum bipartite matching, "
          "the only mode for this gold shape)")
    print(format_report(per_source, total, predicted))
    return _gate(args, {c: s.f1 for c, s in total.items()})


def _gate(args, f1: dict) -> int:
    if args.min_f1 is not None:
        low = [c for c, v in f1.items() if v < args.min_f1]
        if low:
            print(f"F1 below {args.min_f1} in: {', '.join(low)}", file=sys.stderr)
            return 1
    return 0


def _eval_devset(args) -> int:
    from .check.devset import format_report, score_set
    from .text.read import InputError

    set_dir = Path(args.devset)
    try:
        result = score_set(set_dir, args.gold, strict=args.strict)
    except (FileNotFoundError, ValueError, InputError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    gold = args.gold or set_dir / "gold"
    if result.missing:
        print(f"{'warning' if args.skip_missing else 'error'}: {len(result.missing)} gold file(s) of {gold} have no "
              f"text in {set_dir / 'docs'}: {', '.join(result.missing)} (recover them: devset/README.md)",
              file=sys.stderr)
        if not args.skip_missing:
            return 1
    if not result.per_item:
        print(f"error: no text in {set_dir / 'docs'} for any gold file of {gold}", file=sys.stderr)
        return 1
    mode = ("strict: one-to-one (greedy, gold order), assignments with overlapping evidence, targets with the "
            "gold's deadline" if args.strict else "lenient: an item counts when any counterpart matches")
    print(f"{len(result.per_item)} texts, gold {gold}; {mode}")
    print(format_report(result, per_item=args.per_item))
    return _gate(args, {c: t.f1 for c, t in result.total.items()})


def cmd_index(args) -> int:
    store = open_store(args, write=True)
    n = store.rebuild_index()
    print(f"text index rebuilt from {len(store.graphs())} graphs: {n} entries", file=sys.stderr)
    return 0


def _kg(args):
    from .api import KnowledgeGraph

    return KnowledgeGraph(open_store(args))


def cmd_owner(args) -> int:
    kg = _kg(args)
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
                print(f"  no body is named for this task, and {r.document_label or 'its document'} hands its "
                      f"implementation to none{issuer}")
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
    kg = _kg(args)
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
        print_rows(rows, "csv", ["task", "task_label", "source", "source_label", "relation", "target",
                                 "target_label", "evidence"])
    else:
        print(chain.text_tree())
    if args.html:
        from .views.kinds import chain_html

        path = chain_html(chain, args.html)
        print(f"wrote {path}", file=sys.stderr)
    return 0


SCOPE_HEADINGS = {"province": "province-wide (toàn tỉnh: the province's committee, its standing bodies, or no "
                               "body named)",
                  "sub-organisation": "sub-organisations (tổ chức trực thuộc: a bloc committee, a sector, a body "
                                      "below the province's committee)"}
COMPARE_COLUMNS = ["province", "kind", "document", "subject", "comparator", "value", "upper", "unit", "deadline",
                   "period", "period_start", "period_end", "as_of", "status", "evidence"]
# the table: the value as people read it ('≥ 1.800 đảng viên') and when it holds, in one column each
COMPARE_TABLE = ["province", "kind", "document", "subject", "figure", "when", "status", "evidence"]


def _when(r: dict) -> str:
    """When a figure holds, in a few words: 'đến 2025, hằng năm', '2020–2025', 'tính đến 2024-06'."""
    parts = []
    if r.get("deadline"):
        parts.append(f"đến {r['deadline']}")
    if r.get("period") == "annual":
        parts.append("hằng năm")
    elif r.get("period") == "term":
        parts.append("cả nhiệm kỳ")
    if r.get("period_start") or r.get("period_end"):
        parts.append(f"{r.get('period_start') or '…'}–{r.get('period_end') or '…'}")
    if r.get("as_of"):
        parts.append(f"tính đến {r['as_of']}")
    return ", ".join(parts)


def _figure_cells(r: dict) -> dict:
    """A compare or progress record with its figure and time written for people (the table only)."""
    return {**r, "figure": value_text(r.get("comparator"), r.get("value"), r.get("upper"), r.get("unit"),
                                      r.get("unit_text")), "when": _when(r)}


def cmd_compare(args) -> int:
    if args.chart is not None and Path(args.chart).suffix.lower() not in (".svg", ""):
        print(f"error: --chart {args.chart}: the chart is written as SVG; name the file *.svg", file=sys.stderr)
        return 2
    kg = _kg(args)
    try:
        rows = kg.compare(args.indicator, rollup=args.rollup, scope=args.scope)
    except LookupError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    recs = [r.to_record() for r in rows]
    if args.format == "csv":
        cols = ["scope", *COMPARE_COLUMNS[:-1], "status_basis", "indicator", "population", "evidence"]
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
        if narrower:  # each row says which of the indicators it is on
            cols = ["indicator", *COMPARE_TABLE]
            for r in recs:
                r["indicator"] = (r["indicator"] or "").rsplit("/", 1)[-1]
        for scope in ("province", "sub-organisation"):
            group = [r for r in recs if r["scope"] == scope]
            if group:
                print(f"\n{SCOPE_HEADINGS[scope]}")
                print_rows(group, "table", cols)
        if args.scope == "province":
            print("\n(--scope province: sub-organisations' figures left out)")
    if args.chart:
        from rdflib import URIRef

        from .sparql.catalogue import named_query, run_query
        from .views.kinds import compare_chart

        ind = kg.indicator(args.indicator)
        labels = {r["lang"]: r["label"] for r in run_query(kg.store, named_query("internal/pref-labels"),
                                                           {"iri": URIRef(ind)})}
        names = " / ".join(x for x in (labels.get("vi"), labels.get("en")) if x)
        title = "Chỉ số / Indicator: " + (names or ind.rsplit("/", 1)[-1])
        path = compare_chart(rows, args.chart, title=title)
        print(f"wrote {path}", file=sys.stderr)
    return 0 if rows else 1


def cmd_progress(args) -> int:
    kg = _kg(args)
    try:
        rows = kg.progress(province=args.province, document=args.document)
    except LookupError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    if not rows:
        print("error: no targets with an indicator" + (f" in {args.province}" if args.province else ""),
              file=sys.stderr)
        return 1
    recs = [r.to_record() for r in rows]
    for r in recs:
        r["indicator"] = (r["indicator"] or "").rsplit("/", 1)[-1]
        r["plan"] = r["document"] or r["source_title"]
    if args.format == "csv":
        print_rows(recs, "csv", ["province", "plan", "indicator", "scope", "subject", "comparator", "value", "upper",
                                 "unit", "deadline", "period", "status", "status_basis", "compared_with", "evidence"])
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
        print(f"  {r['status']:<9} {r['indicator']:<36} {value}"
              + (f"   [{r['subject']}]" if r["scope"] != "province" else ""))
        print(f"  {'':<9} « {short(r['evidence'] or '', 110)} »")
        if r["status"] != "no data":
            print(f"  {'':<9} {short(r['status_basis'], 150)}")
    counts = {s: sum(1 for r in rows if r.status == s) for s in ("met", "on track", "behind", "no data")}
    print("\n" + ", ".join(f"{n} {s}" for s, n in counts.items()) + f" ({len(rows)} targets)")
    return 0


def cmd_indicators(args) -> int:
    kg = _kg(args)
    try:
        rows = kg.indicators(province=args.province)
    except LookupError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if not args.all:
        rows = [r for r in rows if r.targets or r.statistics]
    if not rows:
        print("error: no indicator has targets or statistics" + (f" in {args.province}" if args.province else ""),
              file=sys.stderr)
        return 1
    print_rows([r.to_record() for r in rows], args.format,
               ["slug", "label", "broader", "province", "targets", "statistics"] if args.format != "json" else None)
    return 0


def cmd_check(args) -> int:
    from .check.integrity import run_checks

    report = run_checks(open_store(args), shacl=not args.no_shacl, reasoner=not args.no_reasoner)
    if args.format == "json":
        json.dump({"errors": len(report.errors), "warnings": len(report.warnings), "ran": report.ran,
                   "findings": [f.__dict__ for f in report.findings]}, sys.stdout, ensure_ascii=False, indent=2)
        print()
    elif args.format == "csv":  # one row per finding; the checks that ran are said in the table and JSON
        print_rows([f.__dict__ for f in report.findings], "csv", ["check", "severity", "message", "resource"])
    else:
        print(report.text())
    return 1 if report.errors else 0


def cmd_view(args) -> int:
    from .views import kinds as viz

    if args.what != "network" and not args.target:
        print(f"error: phancong view {args.what} needs a {args.what} (words, number or IRI)", file=sys.stderr)
        return 2
    kg = _kg(args)
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
    from .stats import compute_stats, format_stats

    stats = compute_stats(_kg(args), top=args.top)
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
    from .store.embedded import StoreError
    from .web.serve import serve

    try:
        store = open_store(args)
    except StoreError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return serve(args, store)


# ------------------------------------------------------------------ parser
def _seconds(text: str) -> float:
    """A number of seconds, 0 or more."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if value < 0 or value != value:
        raise argparse.ArgumentTypeError(f"must be 0 or more seconds, not {text}")
    return value


class _Parser(argparse.ArgumentParser):
    """argparse, whose errors are one line saying where to look (not the usage block): exit status 2."""

    def error(self, message: str):
        self.exit(2, f"{self.prog}: error: {message} (see '{self.prog} --help')\n")


def make_parser() -> argparse.ArgumentParser:
    from .web.serve import add_arguments as _serve_arguments, positive_int

    p = _Parser(
        prog="phancong",
        description="Knowledge graph of Vietnamese plans (Nghị quyết, Đề án, Kế hoạch, ...), their tasks and "
                    "targets (chỉ tiêu), and the bodies responsible (chủ trì, phối hợp, ...).")
    p.add_argument("--version", action="version", version=f"phancong {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    b = sub.add_parser("build", help="read sources, extract, and store the graph",
                       description="Read source files (text, HTML, DOCX or PDF with text; folders are searched), "
                                   "extract documents, bodies, tasks, targets and assignments, and replace each "
                                   "source's named graph in the store. A bad file is reported and skipped, as is any "
                                   "part of a folder that cannot be read; the exit status is 1 if any was.")
    b.add_argument("paths", nargs="*", help="files or folders (default: corpus/)")
    _store_arg(b)
    b.add_argument("--graph-dir", metavar="DIR", help="also write one sorted N-Triples file per source into DIR")
    b.add_argument("--jobs", type=positive_int, default=1, metavar="N", help="extract with N processes (default 1)")
    b.add_argument("--time-budget", type=_seconds, default=120.0, metavar="S",
                   help="stop extracting a file after S seconds and name it (default 120; 0: no limit)")
    b.add_argument("--quiet", action="store_true", help="no per-source progress lines")
    b.set_defaults(func=cmd_build)

    e = sub.add_parser("extract", help="print what is read out of one file",
                       description="Print the extraction of one file in the documented JSON shape "
                                   "(docs/model.md), as a table, or as CSV (one row per item, its list first).")
    e.add_argument("file")
    _format_arg(e)
    e.set_defaults(func=cmd_extract)

    x = sub.add_parser("export", help="export the store as RDF")
    _store_arg(x)
    x.add_argument("--format", choices=("ttl", "trig", "nq", "nt", "jsonld"), default="trig")
    x.add_argument("--output", "-o", metavar="FILE", help="write to FILE instead of standard output")
    x.set_defaults(func=cmd_export)

    q = sub.add_parser("query", help="run a SPARQL query file (or - for standard input)",
                       description="Run a SPARQL query over the union of all graphs. Parameters are bound values: "
                                   "--param name=value binds ?name (never pasted into the query text). A catalogue "
                                   "parameter that names a task, body, document or indicator takes its IRI or a "
                                   "name or words, resolved to an IRI (said on standard error). The table shows "
                                   "IRIs by their names; csv and json keep the IRIs.")
    q.add_argument("file", help="a .rq file, a catalogue name (see queries/), or - for standard input")
    q.add_argument("--param", "-p", action="append", default=[], metavar="NAME=VALUE",
                   help="bind ?NAME to VALUE (an IRI, a number, a string; or a name or words for an IRI parameter)")
    _store_arg(q)
    _format_arg(q)
    q.set_defaults(func=cmd_query)

    v = sub.add_parser(
        "eval", help="score extraction against gold annotations",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Extract every source that has a gold file and print precision, recall and F1 per category.\n\n"
                    "Project gold (default; tests/gold shape, docs/gold-format.md): sources are --corpus/NAME.txt, "
                    "matching is always one to one\n(maximum bipartite matching), declared-vs-found counts follow.\n"
                    "Dev-set gold (--devset SET_DIR): texts are SET_DIR/docs/NAME.txt, gold SET_DIR/gold/NAME.json or "
                    "--gold (evidence as strings,\nor as offsets as in devset/gold), scored with the rules of the dev "
                    "set's score.py: lenient by default, --strict for one to one.\n\n"
                    "Exit status 1 when there is no gold, when a gold file has no source or text, or with --min-f1 "
                    "when a category is below it.")
    v.add_argument("--gold", default=None, metavar="PATH",
                   help="gold folder or one gold file (default tests/gold, or SET_DIR/gold with --devset)")
    v.add_argument("--corpus", default="corpus", metavar="DIR", help="sources of the project gold (default corpus)")
    v.add_argument("--devset", metavar="SET_DIR", help="score gold in the dev set's shape; texts in SET_DIR/docs")
    v.add_argument("--strict", action="store_true",
                   help="one-to-one matching. Dev set: greedy pairs in gold order, assignments also need overlapping "
                        "evidence (half the words of the shorter), targets the gold's deadline year, bodies equal "
                        "folded names; without it an item counts when any counterpart matches. Project gold is "
                        "always one to one: there it changes nothing")
    v.add_argument("--per-item", action="store_true", help="with --devset: the counts of each text")
    v.add_argument("--skip-missing", action="store_true",
                   help="with --devset: score the texts present when some are missing (they are listed)")
    v.add_argument("--min-f1", type=float, default=None, help="exit 1 if any category's F1 is below this")
    v.set_defaults(func=cmd_eval)

    o = sub.add_parser("owner", help="which body owns the task described by WORDS",
                       description="Find the tasks best matching WORDS (with or without diacritics, any order, small "
                                   "typos tolerated) and answer who owns each: the bodies named for it, lead first, "
                                   "with the role, status (assigned or reported as done), partners, document, "
                                   "province and the sentence it was read from; else the lead the document gives its "
                                   "implementation as a whole (inherited, with that clause); else 'no body is named "
                                   "for this task', with the document and its issuer.")
    o.add_argument("words")
    o.add_argument("--province", help="only tasks of this province: a name before or since 1 July 2025 (a name since "
                                      "includes the provinces merged into it), diacritics optional")
    o.add_argument("--limit", type=positive_int, default=5, help="at most this many tasks (default 5)")
    _store_arg(o)
    _format_arg(o)
    o.set_defaults(func=cmd_owner)

    c = sub.add_parser("chain", help="the responsibility chain of a task",
                       description="Print the chain from a task (an IRI, or the best task for the words) to its "
                                   "bodies, whom they report or answer to, up to the issuing committee: a text tree, "
                                   "or its edges as CSV (one row each) or JSON.")
    c.add_argument("task", metavar="TASK_OR_WORDS")
    c.add_argument("--html", metavar="FILE", help="also write the interactive view to FILE")
    _store_arg(c)
    _format_arg(c)
    c.set_defaults(func=cmd_chain)

    cp = sub.add_parser("compare", help="compare one indicator across provinces",
                        description="One row per target (chỉ tiêu) or reported statistic on the indicator (and the "
                                    "narrower indicators under it), with comparator, value or range, unit, deadline "
                                    "or period and evidence, grouped by scope: figures of a province as a whole "
                                    "first, then those of sub-organisations (a bloc committee, a sector), never set "
                                    "side by side as peers. Each target has a status against the statistics on the "
                                    "same indicator, subject, unit and period: met, on track, behind or no data. "
                                    "INDICATOR is a slug (party-members-rated-good), an IRI or words.")
    cp.add_argument("indicator", metavar="INDICATOR_OR_WORDS")
    cp.add_argument("--rollup", action="store_true", help="name provinces by their unit since 1 July 2025")
    cp.add_argument("--scope", choices=("all", "province"), default="all",
                    help="all: every figure, the province-wide ones and the sub-organisations' in separate groups "
                         "(default); province: only figures of a province as a whole")
    cp.add_argument("--chart", metavar="FILE", help="also write a chart (SVG) to FILE")
    _store_arg(cp)
    _format_arg(cp)
    cp.set_defaults(func=cmd_compare)

    pg = sub.add_parser("progress", help="a plan's targets with their status: met, on track, behind, no data",
                        description="Each target (with an indicator) against the statistics reported on the same "
                                    "indicator, province, subject, unit and period: met (the latest reaches it), on "
                                    "track (a total over a period, at or above the share due by the statistic's "
                                    "date), behind, or no data; with the figures the status was computed from.")
    pg.add_argument("--province", help="only this province: a name before or since 1 July 2025 (a name since "
                                       "includes the provinces merged into it), diacritics optional")
    pg.add_argument("--document", metavar="WORDS", help="only the targets of the document (words of its name or "
                                                        "number) or of the text (words of its title)")
    _store_arg(pg)
    _format_arg(pg)
    pg.set_defaults(func=cmd_progress)

    ind = sub.add_parser("indicators", help="the indicators, with counts of targets and statistics per province",
                         description="One row per indicator and province: its slug (what `compare` takes), its "
                                     "Vietnamese label, the umbrella indicator it belongs to, and its counts of "
                                     "targets and statistics; an umbrella counts the figures of the narrower "
                                     "indicators under it. Indicators without figures are left out unless --all.")
    ind.add_argument("--province", help="only figures of this province: a name before or since 1 July 2025 "
                                        "(a name since includes the provinces merged into it), diacritics optional")
    ind.add_argument("--all", action="store_true", help="also the indicators without any figure")
    _store_arg(ind)
    _format_arg(ind)
    ind.set_defaults(func=cmd_indicators)

    ck = sub.add_parser("check", help="validate the graph (SHACL, integrity queries, reasoner)",
                        description="SHACL shapes, the integrity queries in queries/checks, HermiT consistency, "
                                    "declared-vs-found counts and tasks without a lead. Exit status 1 on errors, "
                                    "0 with warnings only.")
    ck.add_argument("--no-shacl", action="store_true", help="skip the SHACL validation")
    ck.add_argument("--no-reasoner", action="store_true", help="skip the HermiT consistency check")
    _store_arg(ck)
    _format_arg(ck)
    ck.set_defaults(func=cmd_check)

    ix = sub.add_parser("index", help="rebuild the text index from the store")
    _store_arg(ix)
    ix.set_defaults(func=cmd_index)

    vw = sub.add_parser("view", help="write an interactive graph view (offline HTML)",
                        description="view body NAME_OR_IRI: a body's tasks by role, partners and reporting lines; "
                                    "view document IRI_OR_NUMBER: task groups, tasks, bodies and targets; "
                                    "view network [--province P]: which bodies work with which, weighted by "
                                    "shared tasks. The page inlines everything it needs and opens offline.")
    vw.add_argument("what", choices=("body", "document", "network"))
    vw.add_argument("target", nargs="?", metavar="NAME_OR_IRI", help="the body or document (words, number or IRI)")
    vw.add_argument("--province", help="network view: only this province, a name before or since 1 July 2025 (a name "
                                       "since includes the provinces merged into it), diacritics optional")
    vw.add_argument("--html", metavar="FILE", required=True, help="write the view to FILE")
    _store_arg(vw)
    vw.set_defaults(func=cmd_view)

    st = sub.add_parser("stats", help="graph analytics: tasks per body, lead roles, betweenness, orphans, citations",
                        description="networkx analytics of the responsibility graph: tasks per body by role, bodies "
                                    "carrying the most lead roles, betweenness of bodies on responsibility chains, "
                                    "tasks no body is assigned to, and the document citation/implementation graph.")
    st.add_argument("--top", type=positive_int, default=10, metavar="N", help="rows in the ranked tables (default 10)")
    _store_arg(st)
    _format_arg(st)
    st.set_defaults(func=cmd_stats)

    sv = sub.add_parser("serve", help="serve the web pages, the JSON API and a read-only SPARQL endpoint",
                        description="Search, task, body, document and compare pages, the query catalogue, "
                                    "/api/owner|chain|compare (OpenAPI at /openapi.json) and a read-only "
                                    "SPARQL 1.1 endpoint at /sparql. Binds to 127.0.0.1 unless --host says "
                                    "otherwise, and answers only requests whose Host header names it "
                                    "(--allowed-host); --auth-token asks for a bearer token (docs/reliability.md).")
    _serve_arguments(sv)
    _store_arg(sv)
    sv.set_defaults(func=cmd_serve)
    return p


def main(argv: list[str] | None = None) -> int:
    parser = make_parser()
    args = parser.parse_args(argv)
    for name, value in vars(args).items():  # only from Python: a command line cannot hold a NUL
        if any("\x00" in v for v in (value if isinstance(value, list) else [value]) if isinstance(v, str)):
            print(f"error: --{name.replace('_', '-')}: a NUL character cannot be part of a value or file name",
                  file=sys.stderr)
            return 2
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    from .rdf.iri import InvalidIRI
    from .store.embedded import StoreError

    if args.func is cmd_build:  # SIGTERM stops a build as Ctrl-C does, from here on (see cmd_build)
        import signal
        import threading

        if threading.current_thread() is threading.main_thread():
            signal.signal(signal.SIGTERM, _raise_terminated)
    try:
        if getattr(args, "format", None) == "table":
            with fitted():
                return args.func(args) or 0
        return args.func(args) or 0
    except (StoreError, InvalidIRI) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt as exc:
        if args.func is cmd_build:  # before the build began, or again while cmd_build said what is stored
            name = "SIGTERM" if isinstance(exc, Terminated) else "SIGINT"
            print(f"interrupted ({name}) again: the store settles what it holds when it is next opened"
                  if getattr(args, "build_began", False) else
                  f"interrupted ({name}) before the build began: nothing was stored", file=sys.stderr)
        return 143 if isinstance(exc, Terminated) else 130
    except BrokenPipeError:
        return 0
    except OSError as exc:  # a full disk, a file or folder that cannot be read or written: one line, named
        print(f"error: {_disk_error(exc)}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
