"""The remote store beside the embedded one (issue 17): ``scripts/bench --engine oxigraph|fuseki|virtuoso``.

One synthetic corpus (benchmarks.corpus, ``--size``, default 1m triples) is loaded into an embedded store (as a
fresh ``phancong build`` stores it: batches through the bulk loader) and into the engine, started by
tools/engine.py on a free loopback port with a temporary database (as ``phancong build --jobs N`` uploads:
RemoteStore.replace_many, batches of SPARQL Update, N at a time). Then owner (by words and by task IRI), chain
and compare are asked of both through KnowledgeGraph, interleaved, the same varied parameters
(benchmarks.phases._params); the table gives each median and p95 and the ratio remote / embedded (HTTP
included). Figures are of this machine in this run; the ratios are what to read.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from . import ROOT
from .phases import KINDS, _api_calls, _params, _timed, summarise


def _engines():
    spec = importlib.util.spec_from_file_location("phancong_tools_engine", ROOT / "tools" / "engine.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _log(msg: str) -> None:
    print(f"[bench-remote {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def run(engine_names: list[str], triples: int, workdir: Path, *, calls: int, jobs: int, seed: int) -> dict[str, Any]:
    from phancong.api import KnowledgeGraph
    from phancong.build import BULK_TRIPLES, _load_ontology_graph
    from phancong.store.embedded import EmbeddedStore
    from phancong.store.remote import RemoteStore

    from .corpus import CorpusManifest, generate_corpus, iter_source_ntriples

    corpus = workdir / f"corpus-{triples}"
    if not (corpus / "manifest.json").exists():
        _log(f"generating a corpus of {triples} triples in {corpus}")
        generate_corpus(triples, corpus, seed=seed, jobs=jobs)
    man = CorpusManifest.read(corpus / "manifest.json")
    out: dict[str, Any] = {
        "triples": man.triples,
        "sources": len(man.sources),
        "calls": calls,
        "jobs": jobs,
        "engines": {},
    }

    def load_embedded():
        store = EmbeddedStore(workdir / "embedded")
        _load_ontology_graph(store)
        batch: list[tuple[str, str]] = []
        for graph, nt in iter_source_ntriples(corpus, man):
            batch.append((graph, nt))
            if sum(x.count("\n") for _, x in batch) >= BULK_TRIPLES:
                store.add_new_graphs(batch)
                batch = []
        store.add_new_graphs(batch)
        store.end_bulk()
        return store

    _log("loading the embedded store")
    t_embedded, embedded_store = _timed(load_embedded)
    out["embedded_load_s"] = t_embedded
    embedded = KnowledgeGraph(embedded_store)
    params = _params(man, calls, seed)
    engines = _engines()
    for name in engine_names:
        why = engines.unavailable(name)
        if why:
            _log(f"{name}: not measured ({why})")
            out["engines"][name] = {"skipped": why}
            continue
        server = engines.engine(name, workdir / f"{name}-db").start()
        try:
            store = RemoteStore(**server.endpoints(), timeout=600, index_path=workdir / f"{name}-index.sqlite")

            def load_remote(store=store):
                _load_ontology_graph(store)
                items = list(iter_source_ntriples(corpus, man))
                failed = {}
                for start in range(0, len(items), 200):  # as build --jobs N: parts of the corpus, each in parallel
                    failed.update(store.replace_many(items[start : start + 200], jobs=jobs))
                if failed:
                    raise RuntimeError(f"{len(failed)} sources not stored: {next(iter(failed.values()))}")

            _log(f"{name}: loading {man.triples} triples with {jobs} parallel uploads")
            t_remote, _ = _timed(load_remote)
            remote = KnowledgeGraph(store)
            _log(f"{name}: loaded in {t_remote:.1f} s; asking owner, chain, compare")
            fns = {"embedded": _api_calls(embedded), "remote": _api_calls(remote)}
            for kind in KINDS:  # warm-up
                for p in params[kind][:2]:
                    fns["embedded"][kind](p)
                    fns["remote"][kind](p)
            samples: dict[str, dict[str, list[float]]] = {k: {"embedded": [], "remote": []} for k in KINDS}
            rows: dict[str, dict[str, int]] = {k: {"embedded": 0, "remote": 0} for k in KINDS}
            for i in range(calls):
                for kind in KINDS:
                    order = ("embedded", "remote") if i % 2 == 0 else ("remote", "embedded")
                    for who in order:
                        dt, n = _timed(lambda f=fns[who][kind], p=params[kind][i]: f(p))
                        samples[kind][who].append(dt)
                        rows[kind][who] += n
            latency = {}
            for kind in KINDS:
                e, r = summarise(samples[kind]["embedded"]), summarise(samples[kind]["remote"])
                latency[kind] = {
                    "embedded": e,
                    "remote": r,
                    "ratio": r["median_ms"] / e["median_ms"],
                    "ratio_p95": r["p95_ms"] / e["p95_ms"],
                    "rows_same": rows[kind]["embedded"] == rows[kind]["remote"],
                }
            out["engines"][name] = {"load_s": t_remote, "latency": latency}
        finally:
            server.stop()
    return out


def table(out: dict[str, Any]) -> str:
    lines = [
        f"{out['triples']} triples, {out['sources']} sources, {out['calls']} calls each; embedded load "
        f"{out['embedded_load_s']:.1f} s",
        "",
        "| engine | load s | call | embedded median / p95 ms | engine median / p95 ms | ratio median (p95) "
        "| same rows |",
        "|---|---|---|---|---|---|---|",
    ]
    for name, e in out["engines"].items():
        if "skipped" in e:
            lines.append(f"| {name} | not measured: {e['skipped']} | | | | | |")
            continue
        for kind, m in e["latency"].items():
            lines.append(
                f"| {name} | {e['load_s']:.1f} | {kind} | {m['embedded']['median_ms']:.1f} / "
                f"{m['embedded']['p95_ms']:.1f} | {m['remote']['median_ms']:.1f} / {m['remote']['p95_ms']:.1f}"
                f" | {m['ratio']:.2f} ({m['ratio_p95']:.2f}) | {'yes' if m['rows_same'] else 'NO'} |"
            )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    from .corpus import parse_size

    ap = argparse.ArgumentParser(prog="scripts/bench --engine", description=__doc__.split("\n\n")[0])
    ap.add_argument("--engine", action="append", required=True, choices=["oxigraph", "fuseki", "virtuoso"])
    ap.add_argument("--size", default="1m", help="triples of the synthetic corpus (default 1m)")
    ap.add_argument("--calls", type=int, default=15, help="varied calls per measure (default 15)")
    ap.add_argument("--jobs", type=int, default=2, help="parallel uploads and corpus generation (default 2)")
    ap.add_argument("--seed", type=int, default=8)
    ap.add_argument("--workdir", help="keep the corpus here and reuse it (default: a temporary dir)")
    ap.add_argument("--json", default="bench-remote.json", help="where to write the results (default: %(default)s)")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="phancong-bench-remote-") as tmp:
        workdir = Path(args.workdir) if args.workdir else Path(tmp)
        workdir.mkdir(parents=True, exist_ok=True)
        for d in ("embedded",) + tuple(f"{n}-db" for n in args.engine):
            import shutil

            shutil.rmtree(workdir / d, ignore_errors=True)
        out = run(args.engine, parse_size(args.size), workdir, calls=args.calls, jobs=args.jobs, seed=args.seed)
    Path(args.json).write_text(json.dumps(out, indent=1), encoding="utf-8")
    print(table(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
