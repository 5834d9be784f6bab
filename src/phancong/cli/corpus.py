"""Commands on sources and gold: build, extract, export, eval, index."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ..answers.status import refresh_compare_defaults
from ..output import print_rows, short, union_columns
from ..store.fastsearch import refresh_store as refresh_search
from ..web.serve import positive_int
from .common import Terminated, disk_error, format_arg, open_store, raise_terminated, seconds, store_arg


def _what_is_stored(store, stored: list[str]) -> str:
    """After a build stopped: which sources the store holds, said from the store itself."""
    from ..store.embedded import ONTOLOGY_GRAPH

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
        return (
            f"no source was stored, {held} (a new store takes the sources read in batches of about "
            f"50,000 triples); build again"
        )
    if n == 0:
        return f"no source was stored by this build; {held}, each whole with its index rows; build again to go on"
    return (
        f"{n} {'source' if n == 1 else 'sources'} stored by this build; {held} in all, each whole with its "
        f"index rows; build again to go on"
    )


def cmd_build(args) -> int:
    import signal
    import threading

    from ..build import DISK_ERRORS, build, print_progress

    store = open_store(args, write=True)
    paths = args.paths or ["corpus"]
    stored: list[str] = []
    main_thread = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGTERM, raise_terminated) if main_thread else None
    args.build_began = True
    try:
        result = build(
            paths,
            store,
            graph_dir=args.graph_dir,
            jobs=args.jobs,
            progress=None if args.quiet else print_progress,
            stored=stored,
            time_budget=args.time_budget or None,
        )
    except DISK_ERRORS as exc:
        print(f"error: the build stopped: {disk_error(exc)}; {_what_is_stored(store, stored)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt as exc:
        terminated = isinstance(exc, Terminated)
        print(
            f"interrupted ({'SIGTERM' if terminated else 'SIGINT'}): {_what_is_stored(store, stored)}", file=sys.stderr
        )
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
    print(
        f"built {ok} of {len(result.sources)} sources into {where}: {result.triples} triples "
        f"in {result.seconds:.1f} s" + (f"; graph files in {args.graph_dir}/" if args.graph_dir else ""),
        file=sys.stderr,
    )
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
        print(
            f"{n} other {'file' if n == 1 else 'files'} in the folders left alone, not sources ({kinds})",
            file=sys.stderr,
        )
    if not result.sources:
        print("error: no source files found in " + ", ".join(map(str, paths)), file=sys.stderr)
        return 1
    return 1 if result.failed or result.skipped else 0


def cmd_extract(args) -> int:
    from ..extract import extract
    from ..text.read import InputError, read_source

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
                rows.append(
                    {
                        "list": name,
                        "key": it.get("key"),
                        "start": span[0],
                        "end": span[1],
                        **{k: v for k, v in it.items() if k not in ("key", "span", "mentions")},
                    }
                )
        print_rows(rows, "csv", union_columns(rows, ("list", "key", "start", "end")))
        return 0
    for name in ex.LISTS:
        items = data[name]
        print(f"\n{name} ({len(items)})")
        for it in items:
            span = it.get("span")
            label = it.get("name") or it.get("label") or it.get("text") or it.get("message")
            extra = {
                k: it[k]
                for k in (
                    "type",
                    "number",
                    "role",
                    "value",
                    "comparator",
                    "unit",
                    "deadline_year",
                    "period",
                    "declared_count",
                    "kind",
                    "relation",
                )
                if it.get(k) is not None
            }
            print(f"  {it.get('key', '-'):>4} {span} {short(label, 80)} {extra if extra else ''}".rstrip())
    return 0


def cmd_export(args) -> int:
    import pyoxigraph as ox

    store = open_store(args)
    fmt = {
        "ttl": ox.RdfFormat.TURTLE,
        "trig": ox.RdfFormat.TRIG,
        "nq": ox.RdfFormat.N_QUADS,
        "nt": ox.RdfFormat.N_TRIPLES,
        "jsonld": None,
    }[args.format]
    if fmt is None:
        from rdflib import Dataset

        ds = Dataset()
        ds.parse(data=store.dump(ox.RdfFormat.N_QUADS).decode("utf-8"), format="nquads")
        data = ds.serialize(format="json-ld", encoding="utf-8")
    elif fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.N_TRIPLES):
        from ..rdf.mapping import PREFIXES
        from ..sparql.catalogue import named_query

        # the union of all graphs as one graph
        res = store.query(named_query("internal/all-triples").text)
        data = ox.serialize(res, format=fmt, prefixes=PREFIXES if fmt == ox.RdfFormat.TURTLE else None) or b""
    else:
        data = store.dump(fmt)
    if args.output:
        Path(args.output).write_bytes(data)
        print(f"wrote {len(data)} bytes to {args.output}", file=sys.stderr)
    else:
        sys.stdout.buffer.write(data)
    return 0


def cmd_eval(args) -> int:
    if args.devset:
        return _eval_devset(args)
    from ..check.devset import is_devset_gold
    from ..check.evaluate import evaluate_dir, format_report, load_gold_dir
    from ..extract import extract
    from ..text.read import InputError, read_source

    gold_path = Path(args.gold or "tests/gold")
    corpus = Path(args.corpus)
    try:
        gold = load_gold_dir(gold_path)
    except (FileNotFoundError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    shaped = [sid for sid, g in gold.items() if is_devset_gold(g)]
    if shaped:
        print(
            f"error: {gold_path}: gold in the dev set's shape ({', '.join(shaped[:3])}); "
            f"score it with --devset SET_DIR --gold {gold_path}",
            file=sys.stderr,
        )
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
        print(
            f"error: no source in {corpus} for the gold of {', '.join(missing)} (looked for NAME.txt and NAME.html)",
            file=sys.stderr,
        )
        return 1
    per_source, total = evaluate_dir(predicted, gold_path)
    print(
        f"{len(per_source)} sources, gold {gold_path}; matching: one-to-one (maximum bipartite matching, "
        "the only mode for this gold shape)"
    )
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
    from ..check.devset import format_report, score_set
    from ..text.read import InputError

    set_dir = Path(args.devset)
    try:
        result = score_set(set_dir, args.gold, strict=args.strict)
    except (FileNotFoundError, ValueError, InputError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    gold = args.gold or set_dir / "gold"
    if result.missing:
        print(
            f"{'warning' if args.skip_missing else 'error'}: {len(result.missing)} gold file(s) of {gold} have no "
            f"text in {set_dir / 'docs'}: {', '.join(result.missing)} (recover them: devset/README.md)",
            file=sys.stderr,
        )
        if not args.skip_missing:
            return 1
    if not result.per_item:
        print(f"error: no text in {set_dir / 'docs'} for any gold file of {gold}", file=sys.stderr)
        return 1
    mode = (
        "strict: one-to-one (greedy, gold order), assignments with overlapping evidence, targets with the "
        "gold's deadline"
        if args.strict
        else "lenient: an item counts when any counterpart matches"
    )
    print(f"{len(result.per_item)} texts, gold {gold}; {mode}")
    print(format_report(result, per_item=args.per_item))
    return _gate(args, {c: t.f1 for c, t in result.total.items()})


def cmd_index(args) -> int:
    store = open_store(args, write=True)
    n = store.rebuild_index()
    refresh_compare_defaults(store)
    refresh_search(store)
    print(f"text index rebuilt from {len(store.graphs())} graphs: {n} entries", file=sys.stderr)
    return 0


def add_build(sub) -> None:
    b = sub.add_parser(
        "build",
        help="read sources, extract, and store the graph",
        description="Read source files (text, HTML, DOCX or PDF with text; folders are searched), "
        "extract documents, bodies, tasks, targets and assignments, and replace each "
        "source's named graph in the store. A bad file is reported and skipped, as is any "
        "part of a folder that cannot be read; the exit status is 1 if any was.",
    )
    b.add_argument("paths", nargs="*", help="files or folders (default: corpus/)")
    store_arg(b)
    b.add_argument("--graph-dir", metavar="DIR", help="also write one sorted N-Triples file per source into DIR")
    b.add_argument(
        "--jobs",
        type=positive_int,
        default=1,
        metavar="N",
        help="extract with N processes (which also compute the text index rows, into an embedded store) and, "
        "into a remote store (--endpoint), upload N batches of sources at a time (default 1: one source at a time)",
    )
    b.add_argument(
        "--time-budget",
        type=seconds,
        default=120.0,
        metavar="S",
        help="stop extracting a file after S seconds and name it (default 120; 0: no limit)",
    )
    b.add_argument("--quiet", action="store_true", help="no per-source progress lines")
    b.set_defaults(func=cmd_build)


def add_extract(sub) -> None:
    e = sub.add_parser(
        "extract",
        help="print what is read out of one file",
        description="Print the extraction of one file in the documented JSON shape "
        "(docs/model.md), as a table, or as CSV (one row per item, its list first).",
    )
    e.add_argument("file")
    format_arg(e)
    e.set_defaults(func=cmd_extract)


def add_export(sub) -> None:
    x = sub.add_parser("export", help="export the store as RDF")
    store_arg(x)
    x.add_argument("--format", choices=("ttl", "trig", "nq", "nt", "jsonld"), default="trig")
    x.add_argument("--output", "-o", metavar="FILE", help="write to FILE instead of standard output")
    x.set_defaults(func=cmd_export)


def add_eval(sub) -> None:
    v = sub.add_parser(
        "eval",
        help="score extraction against gold annotations",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Extract every source that has a gold file and print precision, recall and F1 per category.\n\n"
        "Project gold (default; tests/gold shape, docs/gold-format.md): sources are --corpus/NAME.txt, "
        "matching is always one to one\n(maximum bipartite matching), declared-vs-found counts follow.\n"
        "Dev-set gold (--devset SET_DIR): texts are SET_DIR/docs/NAME.txt, gold SET_DIR/gold/NAME.json or "
        "--gold (evidence as strings,\nor as offsets as in devset/gold), scored with the rules of the dev "
        "set's score.py: lenient by default, --strict for one to one.\n\n"
        "Exit status 1 when there is no gold, when a gold file has no source or text, or with --min-f1 "
        "when a category is below it.",
    )
    v.add_argument(
        "--gold",
        default=None,
        metavar="PATH",
        help="gold folder or one gold file (default tests/gold, or SET_DIR/gold with --devset)",
    )
    v.add_argument("--corpus", default="corpus", metavar="DIR", help="sources of the project gold (default corpus)")
    v.add_argument("--devset", metavar="SET_DIR", help="score gold in the dev set's shape; texts in SET_DIR/docs")
    v.add_argument(
        "--strict",
        action="store_true",
        help="one-to-one matching. Dev set: greedy pairs in gold order, assignments also need overlapping "
        "evidence (half the words of the shorter), targets the gold's deadline year, bodies equal "
        "folded names; without it an item counts when any counterpart matches. Project gold is "
        "always one to one: there it changes nothing",
    )
    v.add_argument("--per-item", action="store_true", help="with --devset: the counts of each text")
    v.add_argument(
        "--skip-missing",
        action="store_true",
        help="with --devset: score the texts present when some are missing (they are listed)",
    )
    v.add_argument("--min-f1", type=float, default=None, help="exit 1 if any category's F1 is below this")
    v.set_defaults(func=cmd_eval)


def add_index(sub) -> None:
    ix = sub.add_parser("index", help="rebuild the text index from the store")
    store_arg(ix)
    ix.set_defaults(func=cmd_index)
