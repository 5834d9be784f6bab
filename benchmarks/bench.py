"""scripts/bench: how fast phancong is, every figure beside a baseline measured in the same run.

    scripts/bench [--size 100k|1m|5m ...] [--quick] [--json FILE]
    scripts/bench --engine oxigraph|fuseki|virtuoso [--size 1m] [--calls 15]   (benchmarks.remote)

For each size a synthetic national corpus (:mod:`benchmarks.corpus`) is generated, then phases run one
after the other, each in its own process (:mod:`benchmarks.phases`), so that each peak RSS is its own:

- extraction (once: it does not depend on the graph): MB of text per second per core, one process and
  ``--jobs 2`` (the pool ``phancong build`` uses), from the seed articles varied (synth_texts);
- build: what ``phancong build`` does into a new store (EmbeddedStore.add_new_graphs: Oxigraph's bulk
  loader, batches of about 50,000 triples, with the text index) beside pyoxigraph's bulk_load of the
  same quads in one call;
- queries: owner by words, owner by IRI, chain, compare through KnowledgeGraph beside the same SQL and
  SPARQL on sqlite3 / pyoxigraph (ratio = our overhead), and, up to 1M triples, rdflib's Memory store;
  the text index beside FILTER(CONTAINS(LCASE(...)));
- peak RSS of the build and of the query process; size on disk;
- HTML of a 2,000-node view (phancong.views.kinds) beside pyvis, and of a 20,000-node view alone;
- /api/owner with 16 concurrent clients when ``phancong serve`` exists.

Machines are noisy: medians and p95 of >= 30 varied calls, ratios over absolute figures. The results go
to bench-results.json (``--json``) and a table on standard output; nothing here asserts on time.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import pyoxigraph
import rdflib

from phancong.sparql.catalogue import _find_queries_dir

from . import ROOT
from .corpus import GENERATOR_VERSION, CorpusManifest, generate_corpus, parse_size, synth_texts

__all__ = ["main", "run", "SIZES", "GOALS", "machine_info", "BenchError"]

SIZES = {"tiny": 15_000, "100k": 100_000, "1m": 1_000_000, "5m": 5_000_000}
# the goals, at 5M triples on the embedded disk store
GOALS = {
    "owner_words_p95_ms": 10.0,
    "chain_p95_ms": 5.0,
    "compare_p95_ms": 50.0,
    "overhead": 1.3,
    "build_ratio": 0.8,
    "peak_rss_gib": 2.5,
    "incremental_ratio": 0.5,
    "web_owner_p99_ms": 100.0,
    "extract_mb_s_core": 1.0,
    "scaling": 1.8,
    "view_nodes": 20_000,
    "view_s": 2.0,
}
RDFLIB_MAX = 1_000_000  # rdflib's Memory store beside us up to this size


class BenchError(Exception):
    pass


# --------------------------------------------------------------------------- the machine
def machine_info() -> dict[str, Any]:
    cpu = ""
    try:
        cpu = next(
            (
                ln.split(":", 1)[1].strip()
                for ln in Path("/proc/cpuinfo").read_text().splitlines()
                if ln.startswith("model name")
            ),
            "",
        )
    except OSError:
        pass
    mem = 0
    try:
        mem = next(
            int(ln.split()[1]) * 1024
            for ln in Path("/proc/meminfo").read_text().splitlines()
            if ln.startswith("MemTotal:")
        )
    except (OSError, StopIteration):
        pass
    try:
        from importlib.metadata import version

        pyvis = version("pyvis")
    except Exception:  # noqa: BLE001 - informational only
        pyvis = None
    return {
        "nproc": os.cpu_count(),
        "memory_gib": round(mem / 2**30, 1),
        "cpu": cpu,
        "python": platform.python_version(),
        "pyoxigraph": pyoxigraph.__version__,
        "rdflib": rdflib.__version__,
        "pyvis": pyvis,
        "sqlite": __import__("sqlite3").sqlite_version,
        "platform": platform.platform(),
        "loadavg_start": list(os.getloadavg()),
    }


# --------------------------------------------------------------------------- phases in child processes
def _phase(name: str, args: dict, timeout: float) -> dict:
    cmd = [sys.executable, "-m", "benchmarks.phases", name, json.dumps(args)]
    # the child finds this package as this process does: the repository root first on its path
    path = os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p)
    try:
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, env={**os.environ, "PYTHONPATH": path})
    except subprocess.TimeoutExpired:
        raise BenchError(f"phase {name} did not finish in {timeout:.0f} s") from None
    if p.returncode != 0:
        raise BenchError(f"phase {name} failed (exit {p.returncode}):\n{p.stderr[-3000:]}")
    lines = [ln for ln in p.stdout.splitlines() if ln.strip()]
    if not lines:
        raise BenchError(f"phase {name} printed nothing:\n{p.stderr[-3000:]}")
    return json.loads(lines[-1])


def _serve_available() -> str | None:
    """None when `phancong serve` can be started, else why not."""
    import importlib.util

    if importlib.util.find_spec("phancong.web") is None:
        return "phancong.web does not exist yet"
    p = subprocess.run([sys.executable, "-m", "phancong.cli", "serve", "--help"], capture_output=True, text=True)
    if p.returncode != 0:
        return "`phancong serve` does not exist yet"
    return None


def _log(msg: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


# --------------------------------------------------------------------------- the run
def run(args: argparse.Namespace) -> dict[str, Any]:
    quick = args.quick
    sizes = args.size or (["tiny"] if quick else ["100k"])
    calls = args.calls or (5 if quick else 30)
    text_mb = args.text_mb if args.text_mb is not None else (0.1 if quick else 3.0)
    budget = args.budget or (2.0 if quick else 120.0)
    temp = args.workdir is None
    work = Path(args.workdir) if args.workdir else Path(tempfile.mkdtemp(prefix="phancong-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    out: dict[str, Any] = {
        "version": 1,
        "started": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "command": "scripts/bench " + " ".join(args.argv),
        "machine": machine_info(),
        "settings": {
            "sizes": sizes,
            "calls": calls,
            "text_mb": text_mb,
            "budget_s": budget,
            "seed": args.seed,
            "quick": quick,
            "jobs": 2,
            "generator_version": GENERATOR_VERSION,
        },
        "goals_at_5m": GOALS,
        "sizes": {},
    }
    if args.queries:
        os.environ["PHANCONG_QUERIES_DIR"] = str(Path(args.queries).resolve())
    out["settings"]["queries_dir"] = str(_find_queries_dir())
    out["settings"]["skipped"] = args.skip
    only_build = args.only == "build"
    try:
        if "extract" not in args.skip and not only_build:
            _log(f"extraction: generating {text_mb} MB of text in {work}")
            texts = work / f"texts-{text_mb}-s{args.seed}"
            if not texts.exists():
                synth_texts(texts, text_mb, seed=args.seed)
            out["extraction"] = _phase("extract", {"texts": str(texts), "jobs": 2}, timeout=3600)
            _log(f"extraction: {out['extraction']['pipeline_1_mb_s_core']:.2f} MB/s/core")
            sizes_kb = [int(x) for x in (args.file_sizes or ("10,100" if quick else "10,100,1000,5000")).split(",")]
            _log(f"extraction by file size: {', '.join(f'{k:,} KB' for k in sizes_kb)}")
            out["extraction_sizes"] = _phase("extract-sizes", {"texts": str(texts), "sizes_kb": sizes_kb}, timeout=7200)
        serve_missing = "skipped (--skip web)" if "web" in args.skip else _serve_available()
        for size in sizes:
            n = SIZES.get(size.lower()) or parse_size(size)
            corpus = work / f"corpus-{size}-s{args.seed}"
            man_path = corpus / "manifest.json"
            man = CorpusManifest.read(man_path) if man_path.exists() else None
            if man is None or man.version != GENERATOR_VERSION or man.target != n or man.seed != args.seed:
                _log(f"{size}: generating about {n:,} triples")
                man = generate_corpus(n, corpus, seed=args.seed, jobs=2)
            _log(f"{size}: {man.triples:,} triples in {len(man.sources)} sources; building")
            store, raw = work / f"store-{size}", work / f"raw-{size}"
            res: dict[str, Any] = {
                "triples": man.triples,
                "sources": len(man.sources),
                "provinces": len({s["province"] for s in man.sources}),
                "generate_s": man.seconds,
            }
            saved = store / "bench-build.json"
            if args.reuse_store and saved.exists() and json.loads(saved.read_text())["triples"] == man.triples:
                res["build"] = {**json.loads(saved.read_text()), "reused": True}
                _log(f"{size}: reusing the store built earlier ({saved}); queries")
            else:
                res["build"] = _phase(
                    "build", {"corpus": str(corpus), "store": str(store), "raw": str(raw)}, timeout=4 * 3600
                )
                saved.write_text(json.dumps(res["build"]), encoding="utf-8")
                _log(
                    f"{size}: build {res['build']['triples_per_s']:,.0f} triples/s"
                    + ("" if only_build else "; queries")
                )
            shutil.rmtree(raw, ignore_errors=True)
            if only_build:
                out["sizes"][size] = res
                _write(out, args.json)
                if temp or not args.keep:
                    shutil.rmtree(store, ignore_errors=True)
                continue
            common = {"corpus": str(corpus), "store": str(store), "calls": calls, "budget_s": budget, "seed": args.seed}
            q = _phase("query", common, timeout=4 * 3600)
            res["latency"], res["search"] = q["latency"], q["search"]
            res["owner_words_engine"] = q.get("owner_words_engine", "FTS5")
            res["rdflib"] = None
            if man.triples <= RDFLIB_MAX * 1.01 and "rdflib" not in args.skip:
                _log(f"{size}: rdflib")
                res["rdflib"] = _phase("rdflib", {**common, "nq": str(corpus / "all.nq")}, timeout=4 * 3600)
            res["rss"] = {
                "build_gib": res["build"]["peak_rss_gib"],
                "raw_build_gib": res["build"]["raw_peak_rss_gib"],
                "query_gib": q["peak_rss_gib"],
                "rdflib_gib": (res["rdflib"] or {}).get("load_peak_rss_gib"),
            }
            res["disk"] = {
                "store_bytes": res["build"]["disk_bytes"],
                "after_build_bytes": res["build"]["disk_after_build_bytes"],
                "raw_bytes": res["build"]["raw_disk_bytes"],
                "oxigraph_bytes": res["build"]["disk_oxigraph_bytes"],
                "index_bytes": res["build"]["disk_index_bytes"],
            }
            res["query_open_s"] = q["open_s"]
            if "viz" not in args.skip:
                _log(f"{size}: view")
                res["viz"] = _phase(
                    "viz",
                    {"store": str(store), "nodes": 2000, "repeat": 1 if quick else 3, "large_nodes": 20_000},
                    timeout=1800,
                )
            if serve_missing:
                res["web"] = {"measured": False, "reason": serve_missing}
            else:
                _log(f"{size}: web")
                res["web"] = _phase(
                    "web",
                    {
                        "store": str(store),
                        "corpus": str(corpus),
                        "clients": 16,
                        "requests": 160 if quick else 1600,
                        "time_limit_s": 20 if quick else 120,
                        "seed": args.seed,
                    },
                    timeout=900,
                )
            out["sizes"][size] = res
            _write(out, args.json)
            if temp or not args.keep:
                shutil.rmtree(store, ignore_errors=True)
    finally:
        out["machine"]["loadavg_end"] = list(os.getloadavg())
        out["finished"] = time.strftime("%Y-%m-%dT%H:%M:%S%z")
        if temp and not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    _write(out, args.json)
    return out


def _write(out: dict, path: str) -> None:
    Path(path).write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


# --------------------------------------------------------------------------- the table
def _f(v: float | None, digits: int = 1) -> str:
    if v is None:
        return "-"
    if abs(v) >= 1000:
        return f"{v:,.0f}"
    return f"{v:.{digits}f}"


def _goal(ok: bool | None) -> str:
    return "" if ok is None else ("met" if ok else "MISSED")


def table(out: dict[str, Any]) -> str:
    rows: list[tuple[str, str, str, str, str]] = []
    m = out["machine"]
    lines = [
        f"phancong bench · {m['nproc']} cores · {m['memory_gib']} GiB · {m['cpu']} · Python {m['python']} · "
        f"pyoxigraph {m['pyoxigraph']} · rdflib {m['rdflib']} · load {m['loadavg_start'][0]:.1f}"
        f"→{m.get('loadavg_end', [0])[0]:.1f}",
        "medians (and p95) in ms unless said; ratio = ours / baseline (for latency: our overhead; "
        "for speed-ups: baseline / ours)",
        "",
    ]
    e = out.get("extraction")
    if e:
        lines.append(f"extraction ({e['mb']:.2f} MB of text, {e['files']} files; independent of the graph size)")
        rows = [
            (
                "extract only, MB/s/core",
                _f(e["extract_mb_s_core"], 2),
                f"read only {_f(e['read_mb_s'], 1)} MB/s",
                f"{e['extract_mb_s_core'] / e['read_mb_s']:.3f}×",
                "",
            ),
            (
                f"read+extract+map, --jobs {e['jobs']}: MB/s/core",
                _f(e["pipeline_n_mb_s_core"], 2),
                f"--jobs 1: {_f(e['pipeline_1_mb_s_core'], 2)}",
                f"{e['pipeline_n_mb_s_core'] / e['pipeline_1_mb_s_core']:.2f}×",
                f"scaling {e['scaling']:.2f}× on {e['jobs']}",
            ),
        ]
        lines += _rows(rows)
    es = out.get("extraction_sizes")
    if es:
        lines.append("extraction by file size (one file each, one process): MB/s")
        lines.append(
            "  "
            + "   ".join(f"{r['kb']:,} KB: {r['mb_s']:.2f}" for r in es["sizes"])
            + f"   max/min {es['flatness']:.2f} (goal: flat from 10 KB to 20 MB)"
        )
    for size, r in out["sizes"].items():
        final = size.lower() == "5m"
        b = r["build"]
        lines.append(
            f"\n== {size}: {r['triples']:,} triples, {r['sources']} sources, {r['provinces']} provinces =="
            + (" (build figures from an earlier run: store reused)" if b.get("reused") else "")
        )
        rows = _build_rows(b, final)
        names = {
            "owner_words": f"owner by words ({r.get('owner_words_engine', 'FTS5')})",
            "owner_iri": "owner by IRI",
            "chain": "chain",
            "compare": "compare (one row per group)",
            "compare_all": "compare --all (every figure)",
        }
        goal_p95 = {
            "owner_words": GOALS["owner_words_p95_ms"],
            "chain": GOALS["chain_p95_ms"],
            "compare": GOALS["compare_p95_ms"],
        }
        for k, name in names.items():
            if k not in r["latency"]:
                continue
            lt = r["latency"][k]
            a, w = lt["api"], lt["raw"]
            g = goal_p95.get(k)
            goal = ""
            if g is not None:
                goal = (
                    _goal(a["p95_ms"] <= g and lt["overhead"] <= GOALS["overhead"]) if final else f"goal p95 ≤ {g:g} ms"
                )
            rows.append(
                (
                    f"{name}: API ms (n={a['n']})",
                    f"{_f(a['median_ms'], 2)} ({_f(a['p95_ms'], 2)})",
                    f"{_f(w['median_ms'], 2)} ({_f(w['p95_ms'], 2)}) raw pyoxigraph",
                    f"{lt['overhead']:.2f}×",
                    goal,
                )
            )
            rd = (r.get("rdflib") or {}).get(k)
            if rd and "error" in rd:
                rows.append((f"{name}: vs rdflib Memory", "", f"rdflib failed: {rd['error'][:60]}", "", ""))
            elif rd and "speedup_at_least" in rd:
                rows.append(
                    (
                        f"{name}: vs rdflib Memory (n=0)",
                        f"{_f(rd['api']['median_ms'], 2)} API",
                        f"no answer in {rd['rdflib']['stopped_after_s']:.0f} s: stopped",
                        f"> {rd['speedup_at_least']:,.0f}× faster",
                        "",
                    )
                )
            elif rd:
                sp = rd["speedup"]
                rows.append(
                    (
                        f"{name}: vs rdflib Memory (n={rd['rdflib']['n']})",
                        f"{_f(rd['api']['median_ms'], 2)} API",
                        f"{_f(rd['rdflib']['median_ms'], 2)} ({_f(rd['rdflib']['p95_ms'], 2)}) rdflib",
                        f"{sp:.1f}× faster" if sp >= 1 else f"{1 / sp:.1f}× SLOWER",
                        "",
                    )
                )
        s = r["search"]
        rows.append(
            (
                "search words: text index ms",
                f"{_f(s['index']['median_ms'], 2)} ({_f(s['index']['p95_ms'], 2)})",
                f"{_f(s['contains']['median_ms'], 2)} ({_f(s['contains']['p95_ms'], 2)}) CONTAINS scan",
                f"{s['speedup']:.0f}× faster",
                "",
            )
        )
        eng = s.get("engines") or {}
        for name, label in (
            ("fts5", "SQLite FTS5, bm25 over every match (the source of truth)"),
            ("fts5_bounded", f"FTS5, bm25 over the first {eng.get('bound')} matches"),
            ("tantivy", "Tantivy (official Python bindings; owner's, when its index is current)"),
        ):
            e = eng.get(name)
            if not e:
                continue
            if e.get("measured") is False:
                rows.append((f"search engine: {label}", "not measured", e["reason"], "", ""))
                continue
            base = eng["fts5"]
            rows.append(
                (
                    f"search engine: {label}, top {eng['n']} ms",
                    f"{_f(e['median_ms'], 2)} ({_f(e['p95_ms'], 2)})",
                    f"{_f(base['median_ms'], 2)} ({_f(base['p95_ms'], 2)}) FTS5" if name != "fts5" else "",
                    f"{base['median_ms'] / e['median_ms']:.1f}× faster" if name != "fts5" else "",
                    f"same top 10: {e['agree_top10']:.0%}" if e.get("agree_top10") is not None else "",
                )
            )
        rs = r["rss"]
        rows.append(
            (
                "peak RSS, build process GiB",
                _f(rs["build_gib"], 2),
                f"{_f(rs['raw_build_gib'], 2)} bulk_load",
                f"{rs['build_gib'] / max(rs['raw_build_gib'], 1e-9):.2f}×",
                _goal(rs["build_gib"] <= GOALS["peak_rss_gib"]) if final else f"goal ≤ {GOALS['peak_rss_gib']}",
            )
        )
        rd_rss = rs.get("rdflib_gib")
        rows.append(
            (
                "peak RSS, query process GiB",
                _f(rs["query_gib"], 2),
                f"{_f(rd_rss, 2)} with rdflib loaded" if rd_rss else "-",
                f"{rs['query_gib'] / rd_rss:.2f}×" if rd_rss else "",
                _goal(rs["query_gib"] <= GOALS["peak_rss_gib"]) if final else "",
            )
        )
        d = r["disk"]
        rows.append(
            (
                "size on disk MB (reopened)",
                _f(d["store_bytes"] / 1e6),
                f"{_f(d['raw_bytes'] / 1e6)} bulk-loaded Oxigraph",
                f"{d['store_bytes'] / max(d['raw_bytes'], 1):.2f}×",
                f"index {_f(d['index_bytes'] / 1e6)} MB; {_f(d['after_build_bytes'] / 1e6)} MB before "
                f"reopening (write-ahead log)",
            )
        )
        v = r.get("viz") or {
            "nodes": 0,
            "edges": 0,
            "seconds": None,
            "baseline_seconds": None,
            "ratio": 0,
            "renderer": "skipped",
        }
        rows.append(
            (
                f"HTML view, {v['nodes']} nodes / {v['edges']} edges, s",
                _f(v["seconds"], 2),
                f"{_f(v['baseline_seconds'], 2)} pyvis add_node/add_edge",
                f"{v['ratio']:.2f}×" if v["ratio"] else "",
                v["renderer"].split(" (")[0],
            )
        )
        if v.get("large"):
            lv = v["large"]
            rows.append(
                (
                    f"HTML view, {lv['nodes']} nodes / {lv['edges']} edges, s",
                    _f(lv["seconds"], 2),
                    "-",
                    "",
                    f"{_f(lv['html_bytes'] / 1e6, 1)} MB, positions computed, physics off",
                )
            )
        wb = r["web"]
        if wb.get("measured", True) and "rps" in wb:
            rows.append(
                (
                    f"/api/owner, {wb['clients']} clients: req/s",
                    _f(wb["rps"]),
                    f"{_f(wb['baseline_rps'])} with 1 client",
                    f"{wb['rps'] / wb['baseline_rps']:.2f}×",
                    f"p99 {_f(wb['p99_ms'], 1)} ms (1 client {_f(wb['baseline_p99_ms'], 1)})",
                )
            )
        else:
            rows.append(("/api/owner, 16 clients", "not measured", wb.get("reason", ""), "", ""))
        lines += _rows(rows)
        lines += _breakdown(b)
    lines += goals_table(out)
    return "\n".join(lines)


def _build_rows(b: dict[str, Any], final: bool) -> list[tuple[str, str, str, str, str]]:
    """The build's rows: one process, and ``--jobs 2`` (the index rows computed by the worker processes), each
    into a new store and then its last tenth added as an incremental build."""

    def goal(ratio: float, key: str) -> str:
        return _goal(ratio >= GOALS[key]) if final else f"goal ≥ {GOALS[key]}×"

    def row(label: str, per_s: float, raw: dict[str, Any], raw_name: str, ratio: float, key: str):
        return (label, _f(per_s), f"{_f(raw['raw_triples_per_s'])} {raw_name}", f"{ratio:.2f}×", goal(ratio, key))

    inc, j2 = b.get("incremental") or {}, b.get("jobs2") or {}
    bulk, same = "pyoxigraph bulk_load", "bulk_load of the same"
    rows = [row("build, triples/s (bulk batches + index)", b["triples_per_s"], b, bulk, b["ratio"], "build_ratio")]
    if inc.get("ratio"):
        label = f"incremental build ({inc['sources']} new sources), triples/s"
        rows.append(row(label, inc["triples_per_s"], inc, same, inc["ratio"], "incremental_ratio"))
    if j2.get("build_ratio"):
        label = "build --jobs 2 (index rows in the workers), triples/s"
        rows.append(row(label, j2["build_triples_per_s"], b, bulk, j2["build_ratio"], "build_ratio"))
    if j2.get("incremental_ratio"):
        label = "incremental build --jobs 2, triples/s"
        rows.append(
            row(label, j2["incremental_triples_per_s"], inc, same, j2["incremental_ratio"], "incremental_ratio")
        )
    return rows


def _breakdown(b: dict[str, Any]) -> list[str]:
    """The shares of a build's time (and of the incremental build's), largest first."""
    out = []
    for name, parts, total in (
        ("build time", b.get("breakdown_s"), b.get("seconds")),
        (
            "incremental build time",
            (b.get("incremental") or {}).get("breakdown_s"),
            (b.get("incremental") or {}).get("seconds"),
        ),
    ):
        if parts and total:
            shares = sorted(parts.items(), key=lambda kv: -kv[1])
            out.append(
                f"  {name}: "
                + ", ".join(f"{k.removesuffix('_s').replace('_', ' ')} {v / total:.0%}" for k, v in shares)
            )
    return out


def build_table(out: dict[str, Any]) -> str:
    """The build's figures alone (``--only build``)."""
    m = out["machine"]
    lines = [
        f"phancong bench --only build · {m['nproc']} cores · pyoxigraph {m['pyoxigraph']} · load "
        f"{m['loadavg_start'][0]:.1f}→{m.get('loadavg_end', [0])[0]:.1f}"
    ]
    for size, r in out["sizes"].items():
        b = r["build"]
        lines.append(f"\n== {size}: {r['triples']:,} triples, {r['sources']} sources ==")
        rows = _build_rows(b, False)
        lines += _rows(rows) + _breakdown(b)
    return "\n".join(lines)


def goals_table(out: dict[str, Any]) -> list[str]:
    """Each goal of issue 16 with its figure at the largest size run, the same-run baseline, met or missed."""
    if not out["sizes"]:
        return []
    size, r = list(out["sizes"].items())[-1]
    b, lt, wb, e = r["build"], r["latency"], r.get("web") or {}, out.get("extraction")
    note = "" if size.lower() == "5m" else f" (the goals are set at 5M; measured at {size})"
    rows = []

    def latency(k: str, name: str, goal: float) -> None:
        if k in lt:
            a = lt[k]["api"]
            rows.append(
                (
                    f"{name} p95 ≤ {goal:g} ms",
                    f"{_f(a['p95_ms'], 1)} ms",
                    f"{_f(lt[k]['raw']['p95_ms'], 1)} ms raw",
                    "",
                    _goal(a["p95_ms"] <= goal),
                )
            )

    latency("owner_words", f"owner by words ({r.get('owner_words_engine', 'FTS5')})", GOALS["owner_words_p95_ms"])
    latency("chain", "chain", GOALS["chain_p95_ms"])
    latency("compare", "compare (default answer)", GOALS["compare_p95_ms"])
    over = max(lt[k]["overhead"] for k in ("owner_words", "owner_iri", "chain", "compare") if k in lt)
    rows.append(
        (
            f"overhead over raw pyoxigraph ≤ {GOALS['overhead']}×",
            f"{over:.2f}× (worst median)",
            "",
            "",
            _goal(over <= GOALS["overhead"]),
        )
    )
    rows.append(
        (
            f"build ≥ {GOALS['build_ratio']}× bulk load",
            f"{b['ratio']:.2f}×",
            f"{_f(b['raw_triples_per_s'])} triples/s",
            "",
            _goal(b["ratio"] >= GOALS["build_ratio"]),
        )
    )
    inc = b.get("incremental") or {}
    if inc.get("ratio"):
        rows.append(
            (
                f"incremental build ≥ {GOALS['incremental_ratio']}× bulk load",
                f"{inc['ratio']:.2f}×",
                f"{_f(inc['raw_triples_per_s'])} triples/s",
                "",
                _goal(inc["ratio"] >= GOALS["incremental_ratio"]),
            )
        )
    j2 = b.get("jobs2") or {}
    for key, name in (("build_ratio", "build --jobs 2"), ("incremental_ratio", "incremental build --jobs 2")):
        if j2.get(key):
            rows.append(
                (
                    f"{name} ≥ {GOALS[key]}× bulk load",
                    f"{j2[key]:.2f}×",
                    "index rows computed by the worker processes",
                    "",
                    _goal(j2[key] >= GOALS[key]),
                )
            )
    peak = max(r["rss"]["build_gib"], r["rss"]["query_gib"])
    rows.append(
        (f"peak RSS ≤ {GOALS['peak_rss_gib']} GiB", f"{peak:.2f} GiB", "", "", _goal(peak <= GOALS["peak_rss_gib"]))
    )
    if "p99_ms" in wb:
        rows.append(
            (
                f"/api/owner, {wb['clients']} clients, p99 ≤ {GOALS['web_owner_p99_ms']:g} ms",
                f"{_f(wb['p99_ms'], 1)} ms",
                f"{_f(wb['baseline_p99_ms'], 1)} ms with 1 client",
                "",
                _goal(wb["p99_ms"] <= GOALS["web_owner_p99_ms"]),
            )
        )
    lv = (r.get("viz") or {}).get("large") or {}
    if lv.get("seconds") is not None:
        rows.append(
            (
                f"view of {GOALS['view_nodes']:,} nodes generated ≤ {GOALS['view_s']:g} s",
                f"{lv['seconds']:.2f} s",
                f"{lv['nodes']:,} nodes / {lv['edges']:,} edges (the store's largest)",
                "",
                _goal(lv["seconds"] <= GOALS["view_s"] and lv["nodes"] >= GOALS["view_nodes"]),
            )
        )
    if e:
        rows.append(
            (
                f"extraction ≥ {GOALS['extract_mb_s_core']} MB/s per core",
                f"{e['extract_mb_s_core']:.2f}",
                "",
                "",
                _goal(e["extract_mb_s_core"] >= GOALS["extract_mb_s_core"]),
            )
        )
        rows.append(
            (
                f"--jobs {e['jobs']} vs --jobs 1 ≥ {GOALS['scaling']}×",
                f"{e['scaling']:.2f}×",
                "",
                "",
                _goal(e["scaling"] >= GOALS["scaling"]),
            )
        )
    return ["", f"== goals of issue 16{note} ==", *_rows(rows)]


def _rows(rows: list[tuple[str, ...]]) -> list[str]:
    head = ("measure", "ours", "baseline (same run)", "ratio", "goal / note")
    widths = [max(len(str(r[i])) for r in [head, *rows]) for i in range(5)]
    fmt = "  ".join(f"{{:{'<' if i in (0, 2, 4) else '>'}{w}}}" for i, w in enumerate(widths))
    return ["  " + fmt.format(*head)] + ["  " + fmt.format(*r) for r in rows]


# --------------------------------------------------------------------------- command line
def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if any(a == "--engine" or a.startswith("--engine=") for a in argv):  # the remote store: benchmarks.remote
        from .remote import main as remote_main

        return remote_main(argv)
    ap = argparse.ArgumentParser(prog="scripts/bench", description=__doc__.split("\n\n")[0])
    ap.add_argument("--size", action="append", help="100k, 1m, 5m (repeatable; default 100k; --quick: tiny)")
    ap.add_argument("--quick", action="store_true", help="a tiny corpus and few calls (under a minute)")
    ap.add_argument("--json", default="bench-results.json", help="where to write the results (default: %(default)s)")
    ap.add_argument("--calls", type=int, help="varied calls per measure (default 30; --quick: 5)")
    ap.add_argument("--text-mb", type=float, help="MB of text for extraction (default 3; --quick: 0.1)")
    ap.add_argument(
        "--file-sizes",
        metavar="KB,KB,...",
        help="file sizes in KB for extraction by file size (default 10,100,1000,5000; --quick: 10,100; "
        "20000 for the 20 MB of issue 18)",
    )
    ap.add_argument("--budget", type=float, help="seconds per slow measure before it stops early (>= 5 calls)")
    ap.add_argument("--seed", type=int, default=8)
    ap.add_argument("--workdir", help="keep generated corpora here and reuse them (default: a temporary dir)")
    ap.add_argument("--keep", action="store_true", help="keep the stores built in --workdir")
    ap.add_argument(
        "--reuse-store",
        action="store_true",
        help="with --workdir: query a store kept by an earlier --keep run instead of building it "
        "(its build figures are reported again, marked reused)",
    )
    ap.add_argument(
        "--skip",
        action="append",
        default=[],
        choices=["extract", "rdflib", "viz", "web"],
        help="leave a measure out (repeatable)",
    )
    ap.add_argument(
        "--only",
        choices=["build"],
        help="measure only the build (and the incremental build) at each size: no extraction, queries, rdflib, "
        "view or web",
    )
    ap.add_argument(
        "--queries",
        help="run the API and the raw baseline with this query catalogue directory "
        "(PHANCONG_QUERIES_DIR; to measure a candidate change)",
    )
    args = ap.parse_args(argv)
    args.argv = argv
    try:
        out = run(args)
    except BenchError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(build_table(out) if args.only == "build" else table(out))
    print(f"\nresults: {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
