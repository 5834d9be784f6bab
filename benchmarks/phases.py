"""The measured phases of scripts/bench (see :mod:`benchmarks.bench`).

Each phase runs in its own process (``python -m benchmarks.phases NAME JSON``) and prints one JSON
object as its last line of standard output: its peak RSS is its own, and every figure in it is
measured beside its baseline in the same process, interleaved where the two can alternate. Each
phase imports what it measures inside its function, so that a process loads only its own phase's
modules.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

__all__ = ["PHASES", "summarise", "peak_rss_gib", "reset_peak_rss", "dir_bytes", "main"]

PC = "https://w3id.org/phancong/ontology#"
VOCAB = "https://w3id.org/phancong/vocab/"
ID = "https://w3id.org/phancong/id/"


# --------------------------------------------------------------------------- measuring helpers
def summarise(samples: list[float]) -> dict[str, float]:
    """Seconds -> milliseconds: n, median, p95, p99 (nearest rank), mean."""
    if not samples:
        return {"n": 0}
    s = sorted(samples)

    def rank(p: float) -> float:
        return s[max(0, min(len(s) - 1, int(-(-p * len(s) // 1)) - 1))] * 1000

    return {
        "n": len(s),
        "median_ms": statistics.median(s) * 1000,
        "p95_ms": rank(0.95),
        "p99_ms": rank(0.99),
        "mean_ms": statistics.fmean(s) * 1000,
    }


def peak_rss_gib() -> float:
    """This process's peak resident set (VmHWM) in GiB."""
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024 / 2**30
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 / 2**30


def reset_peak_rss() -> bool:
    """Reset VmHWM to the current RSS (Linux: echo 5 > /proc/self/clear_refs)."""
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as fh:
            fh.write("5")
        return True
    except OSError:
        return False


def dir_bytes(path: str | Path) -> int:
    total = 0
    for root, _dirs, files in os.walk(path):
        for f in files:
            try:
                total += os.path.getsize(os.path.join(root, f))
            except OSError:
                pass
    return total


def _timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    t0 = time.perf_counter()
    out = fn()
    return time.perf_counter() - t0, out


# --------------------------------------------------------------------------- extraction
def phase_extract(a: dict) -> dict:
    """Text -> extraction -> RDF: MB of text per second per core, one process and ``jobs`` processes
    (the pool.map that ``phancong build --jobs`` uses); reading alone is the reference."""
    from concurrent.futures import ProcessPoolExecutor

    from phancong.build import collect_paths, process_path, process_path_result
    from phancong.extract import extract
    from phancong.text.read import read_source

    files = [str(p) for p in collect_paths([a["texts"]])]
    if not files:
        raise ValueError(f"{a['texts']}: no source files")
    jobs = int(a.get("jobs", 2))
    mb = sum(os.path.getsize(f) for f in files) / 1e6
    process_path(files[0])  # warm-up: patterns compiled, vocabularies read
    t_read, sources = _timed(lambda: [read_source(f) for f in files])
    t_extract, _ = _timed(lambda: [extract(s) for s in sources])
    t_serial, results = _timed(lambda: [process_path(f)[0] for f in files])
    failed = [r.error for r in results if not r.ok]

    def parallel():
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            return list(pool.map(process_path_result, files, chunksize=4))

    t_par, _ = _timed(parallel)
    return {
        "files": len(files),
        "mb": mb,
        "jobs": jobs,
        "read_s": t_read,
        "extract_s": t_extract,
        "pipeline_1_s": t_serial,
        "pipeline_n_s": t_par,
        "read_mb_s": mb / t_read,
        "extract_mb_s_core": mb / t_extract,
        "pipeline_1_mb_s_core": mb / t_serial,
        "pipeline_n_mb_s_core": mb / t_par / jobs,
        "pipeline_n_mb_s": mb / t_par,
        "scaling": t_serial / t_par,
        "failed": len(failed),
        "failures": failed[:5],
        "triples": sum(r.triples for r in results),
        "peak_rss_gib": peak_rss_gib(),
    }


def phase_extract_sizes(a: dict) -> dict:
    """Extraction throughput by file size (issue 18: flat from 10 KB to 20 MB): one file of each size, made of
    the generated texts one after another, extracted in this process; MB/s per size and max/min."""
    from phancong.build import collect_paths
    from phancong.extract import extract
    from phancong.text.read import Source, read_source

    texts = [read_source(f).text for f in collect_paths([a["texts"]])]
    pool = "\n\n".join(texts)
    if not pool:
        raise ValueError(f"{a['texts']}: no source files")
    out = []
    extract(Source(id="warm", path="warm.txt", text=pool[:20_000], meta={}))  # patterns compiled
    for kb in a["sizes_kb"]:
        n = kb * 1000
        text = (pool * (n // len(pool) + 1))[:n]  # characters; ~1.1 bytes each in UTF-8
        t0 = time.perf_counter()
        extract(Source(id=f"s{kb}", path=f"s{kb}.txt", text=text, meta={}))
        dt = time.perf_counter() - t0
        mb = len(text.encode("utf-8")) / 1e6
        out.append({"kb": kb, "mb": mb, "seconds": dt, "mb_s": mb / dt})
    speeds = [r["mb_s"] for r in out]
    return {"sizes": out, "flatness": max(speeds) / min(speeds)}


# --------------------------------------------------------------------------- build
def phase_build(a: dict) -> dict:
    """Our build's storing path (the ontology graph as ``build`` loads it, then the sources as ``build`` stores
    them into a store without sources: EmbeddedStore.add_new_graphs, batches of BULK_TRIPLES, with the text
    index, then compaction, compare's default answers and the Tantivy index as ``build`` ends; then the last
    tenth of the sources added to that store the same way, timed on its own as the incremental build)
    beside pyoxigraph's bulk_load of the quads the store then holds (the
    named graphs and their merge in the default graph), in one process. Throughput counts the triples of
    the sources and the ontology (the named-graph quads) for both."""
    import pyoxigraph as ox

    from phancong.answers.status import refresh_compare_defaults
    from phancong.build import BULK_TRIPLES, _load_ontology_graph
    from phancong.store.embedded import EmbeddedStore
    from phancong.store.fastsearch import refresh_store as refresh_search

    from .corpus import CorpusManifest

    corpus, store_dir, raw_dir = Path(a["corpus"]), Path(a["store"]), Path(a["raw"])
    for d in (store_dir, raw_dir):
        shutil.rmtree(d, ignore_errors=True)
    man = CorpusManifest.read(corpus / "manifest.json")
    rss_before = peak_rss_gib()
    reset_ok = reset_peak_rss()

    parts: dict[str, float] = {}
    # the last tenth of the sources is added afterwards as an incremental build adds new sources to a store
    # that has some (the same batches, then compaction), timed on its own
    n_bulk = len(man.sources) - max(1, len(man.sources) // 10) if len(man.sources) > 1 else len(man.sources)
    tail: list[tuple[str, str]] = []

    def end(store) -> None:  # as phancong.build ends: compare's default answers, then the Tantivy index
        for key, fn in (("compare_defaults_s", refresh_compare_defaults), ("search_index_s", refresh_search)):
            t0 = time.perf_counter()
            fn(store)
            parts[key] = parts.get(key, 0.0) + time.perf_counter() - t0

    def load(store, sources, fresh: bool) -> None:
        batch: list[tuple[str, str]] = []  # as phancong.build stores the sources a store does not hold yet
        n = 0
        for graph, nt in sources:
            batch.append((graph, nt))
            n += nt.count("\n")
            if n >= BULK_TRIPLES:
                store.add_new_graphs(batch)
                batch, n = [], 0
        store.add_new_graphs(batch)
        store.end_bulk(compact=fresh)  # a build into a new store compacts; one adding to a store does not
        end(store)

    def ours():
        store = EmbeddedStore(store_dir)
        _instrument(store, parts)
        _load_ontology_graph(store)
        load(store, _bulk_sources(corpus, man, n_bulk, tail), fresh=True)
        return store

    t_ours, store = _timed(ours)
    bulk_parts = dict(parts)
    tail_triples = sum(nt.count("\n") for _, nt in tail)
    bulk_triples = man.triples - tail_triples

    t_incr = 0.0
    if tail:
        t0 = time.perf_counter()
        load(store, tail, fresh=False)
        t_incr = time.perf_counter() - t0
    incr_parts = {k: v - bulk_parts.get(k, 0.0) for k, v in parts.items()}
    incr_parts["other_s"] = t_incr - sum(incr_parts.values())
    parts.clear()
    parts.update(bulk_parts)
    quads_ours, index_rows = len(store.ox), len(store.index)
    rss_ours = peak_rss_gib()
    del store
    import gc

    gc.collect()
    disk_after_build = dir_bytes(store_dir)
    ox.Store(str(store_dir / "oxigraph")).flush()  # a read-write reopen replays and drops the write-ahead log
    gc.collect()
    reset_peak_rss()

    def raw():
        s = ox.Store(str(raw_dir))
        s.bulk_load(path=str(corpus / "all.nq"), format=ox.RdfFormat.N_QUADS)
        s.flush()
        return s

    t_raw, raw_store = _timed(raw)
    quads_raw = len(raw_store)
    rss_raw = peak_rss_gib()
    del raw_store
    raw_disk = dir_bytes(raw_dir)
    # the incremental part's baseline: pyoxigraph's bulk_load of the same quads (named graph + default graph)
    t_raw_tail = 0.0
    if tail:
        shutil.rmtree(raw_dir, ignore_errors=True)
        data = "".join(nt + nt.replace(" .\n", f" <{g}> .\n") for g, nt in tail).encode("utf-8")

        def raw_tail():
            s = ox.Store(str(raw_dir))
            s.bulk_load(data, format=ox.RdfFormat.N_QUADS)
            s.flush()

        t_raw_tail, _ = _timed(raw_tail)
        shutil.rmtree(raw_dir, ignore_errors=True)
    disk_ours = dir_bytes(store_dir)
    parts["other_s"] = t_ours - sum(parts.values())
    n = man.triples
    jobs2 = _build_in_workers(corpus, man, store_dir.with_name(store_dir.name + "-jobs2"), n_bulk)
    for k, raw_s, triples in (
        ("build", t_raw / n, bulk_triples),
        ("incremental", t_raw_tail / max(tail_triples, 1), tail_triples),
    ):
        if jobs2.get(f"{k}_s"):
            jobs2[f"{k}_triples_per_s"] = triples / jobs2[f"{k}_s"]
            jobs2[f"{k}_ratio"] = (raw_s * triples) / jobs2[f"{k}_s"]
    return {
        "jobs2": jobs2,
        "breakdown_s": parts,
        "disk_after_build_bytes": disk_after_build,
        "sources": len(man.sources),
        "triples": n,
        "quads": quads_ours,
        "quads_raw": quads_raw,
        "index_rows": index_rows,
        "seconds": t_ours,
        "raw_seconds": t_raw,
        "triples_per_s": bulk_triples / t_ours,
        "raw_triples_per_s": n / t_raw,
        "ratio": (bulk_triples / t_ours) / (n / t_raw),
        "bulk_triples": bulk_triples,
        "incremental": {
            "sources": len(tail),
            "triples": tail_triples,
            "seconds": t_incr,
            "raw_seconds": t_raw_tail,
            "triples_per_s": tail_triples / t_incr if t_incr else None,
            "raw_triples_per_s": tail_triples / t_raw_tail if t_raw_tail else None,
            "ratio": t_raw_tail / t_incr if t_incr else None,
            "breakdown_s": incr_parts,
        },
        "peak_rss_gib": rss_ours,
        "raw_peak_rss_gib": rss_raw,
        "rss_before_gib": rss_before,
        "rss_reset": reset_ok,
        "disk_bytes": disk_ours,
        "disk_oxigraph_bytes": dir_bytes(store_dir / "oxigraph"),
        "disk_index_bytes": os.path.getsize(store_dir / "index.sqlite"),
        "raw_disk_bytes": raw_disk,
    }


def _bulk_sources(corpus: Path, man, n_bulk: int, tail: list[tuple[str, str]]):
    """The corpus's first ``n_bulk`` sources as (graph, N-Triples), the rest kept in ``tail`` for the incremental
    part (filled as the bulk part is read)."""
    from .corpus import iter_source_ntriples

    for i, (graph, nt) in enumerate(iter_source_ntriples(corpus, man)):
        if i >= n_bulk:
            tail.append((graph, nt))
        else:
            yield graph, nt


def _build_in_workers(corpus: Path, man, store_dir: Path, n_bulk: int, jobs: int = 2) -> dict:
    """The same build as :func:`phase_build`'s, with the index rows computed by ``jobs`` worker processes as
    ``phancong build --jobs 2`` has them computed by the processes that extract and map each source
    (``process_path_result(rows=True)``); the storing process gets them with the N-Triples, a few sources ahead.
    Times the build of the first nine tenths into a new store and the incremental build of the last tenth."""
    from collections import deque
    from concurrent.futures import ProcessPoolExecutor

    from phancong.answers.status import refresh_compare_defaults
    from phancong.build import BULK_TRIPLES, _load_ontology_graph
    from phancong.store.embedded import EmbeddedStore
    from phancong.store.fastsearch import refresh_store as refresh_search
    from phancong.store.index import rows_of_ntriples

    shutil.rmtree(store_dir, ignore_errors=True)
    out: dict[str, float] = {}
    with ProcessPoolExecutor(max_workers=jobs) as pool:

        def with_rows(sources):  # (graph, N-Triples, rows) in order, 4 sources a worker ahead
            ahead: deque = deque()
            for graph, nt in sources:
                ahead.append((graph, nt, pool.submit(rows_of_ntriples, nt)))
                if len(ahead) >= 4 * jobs:
                    graph, nt, rows = ahead.popleft()
                    yield graph, nt, rows.result()
            while ahead:
                graph, nt, rows = ahead.popleft()
                yield graph, nt, rows.result()

        def load(store, sources, fresh: bool) -> None:
            batch: list[tuple[str, str]] = []
            rows: dict = {}
            n = 0
            for graph, nt, r in with_rows(sources):
                batch.append((graph, nt))
                rows[graph] = r
                n += nt.count("\n")
                if n >= BULK_TRIPLES:
                    store.add_new_graphs(batch, rows=rows)
                    batch, rows, n = [], {}, 0
            store.add_new_graphs(batch, rows=rows)
            store.end_bulk(compact=fresh)
            refresh_compare_defaults(store)
            refresh_search(store)

        tail: list[tuple[str, str]] = []

        pool.submit(int).result()  # the workers started before the clock
        t0 = time.perf_counter()
        store = EmbeddedStore(store_dir)
        _load_ontology_graph(store)
        load(store, _bulk_sources(corpus, man, n_bulk, tail), fresh=True)
        out["build_s"] = time.perf_counter() - t0
        if tail:
            t0 = time.perf_counter()
            load(store, tail, fresh=False)
            out["incremental_s"] = time.perf_counter() - t0
    del store
    shutil.rmtree(store_dir, ignore_errors=True)
    return out


def _instrument(store, parts: dict[str, float]) -> None:
    """Time the parts of storing sources: index rows out of the N-Triples, index writes (the vocabulary
    is counted inside them), and on Oxigraph the SPARQL updates, the bulk loads and the compaction."""

    def wrap(obj, attr: str, key: str) -> None:
        fn = getattr(obj, attr, None)
        if fn is None:
            return
        parts.setdefault(key, 0.0)

        def timed(*args, **kwargs):
            t0 = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                parts[key] += time.perf_counter() - t0

        setattr(obj, attr, timed)

    wrap(store, "_rows_of", "index_rows_s")
    wrap(store.index, "replace_graph", "index_write_s")

    class _Ox:  # pyoxigraph.Store's methods cannot be replaced: time them through a proxy
        def __init__(self, inner):
            self._inner = inner

        def __getattr__(self, name):
            return getattr(self._inner, name)

        def __len__(self):
            return len(self._inner)

        def _timed(self, name: str, key: str, *args, **kwargs):
            t0 = time.perf_counter()
            try:
                return getattr(self._inner, name)(*args, **kwargs)
            finally:
                parts[key] = parts.get(key, 0.0) + time.perf_counter() - t0

        def update(self, *args, **kwargs):
            return self._timed("update", "oxigraph_update_s", *args, **kwargs)

        def bulk_load(self, *args, **kwargs):
            return self._timed("bulk_load", "oxigraph_bulk_load_s", *args, **kwargs)

        def optimize(self, *args, **kwargs):
            return self._timed("optimize", "oxigraph_optimize_s", *args, **kwargs)

    store.ox = _Ox(store.ox)
    flush = store.flush

    def flushed() -> None:  # flush opens Oxigraph again (EmbeddedStore.flush): time the new one too
        t0 = time.perf_counter()
        try:
            flush()
        finally:
            parts["flush_s"] = parts.get("flush_s", 0.0) + time.perf_counter() - t0
            if not isinstance(store.ox, _Ox):
                store.ox = _Ox(store.ox)

    store.flush = flushed  # type: ignore[method-assign]


# --------------------------------------------------------------------------- queries
def _params(man, calls: int, seed: int) -> dict[str, list[str]]:
    """Varied, deterministic parameters: words (half typed without diacritics), task IRIs, indicators."""
    from phancong.text.normalise import fold

    from .vocab import indicators, task_words

    rng = random.Random(f"bench-params:{seed}")
    words = task_words()
    picked = [words[i % len(words)] for i in rng.sample(range(max(calls, len(words))), calls)]
    picked = [fold(w) if i % 2 else w for i, w in enumerate(picked)]
    with_tasks = [s for s in man.sources if s["tasks"]]

    def tasks() -> list[str]:
        return [f"{ID}task/{s['id']}/{rng.randint(1, s['tasks'])}" for s in rng.choices(with_tasks, k=calls)]

    slugs = [s for s, _ in indicators()]
    rng.shuffle(slugs)
    return {
        "owner_words": picked,
        "owner_iri": tasks(),
        "chain": tasks(),
        "compare": [slugs[i % len(slugs)] for i in range(calls)],
        "compare_all": [slugs[i % len(slugs)] for i in range(calls)],
        "contains": [w for w in rng.sample(words, min(calls, len(words)))],
    }


class _Raw:
    """The same work done by hand: the text index's SQL on sqlite3 and the catalogue's SPARQL on pyoxigraph,
    results materialised as Python values, none of our layers."""

    def __init__(self, ox_store, index_path: Path, limit: int = 10):
        import pyoxigraph as ox

        from phancong.sparql.catalogue import load_query

        self.ox = ox
        self.store = ox_store
        self.db = sqlite3.connect(f"file:{index_path}?mode=ro", uri=True, check_same_thread=False)
        self.q = {n: load_query(n).text for n in ("owner-of-task", "responsibility-chain", "compare-indicator")}
        self._owner = load_query("owner-of-task")
        self.limit = limit

    def select(self, name: str, var: str, iri: str) -> list[tuple]:
        ox = self.ox
        res = self.store.query(self.q[name], substitutions={ox.Variable(var): ox.NamedNode(iri)})
        n = len(res.variables)
        return [tuple(None if sol[i] is None else sol[i].value for i in range(n)) for sol in res]

    def fts(self, words: str, limit: int) -> list[str]:
        """The text index's SQL (phancong.store.index.search_sql): the phrase, then all words in any order."""
        from phancong.store.index import query_terms, search_sql

        terms = query_terms(words)
        if not terms:
            return []
        schema = self.db.execute("PRAGMA user_version").fetchone()[0]
        out = [r[0] for r in self.db.execute(*search_sql('"' + " ".join(terms) + '"', ("task",), limit * 5, schema))]
        if len(out) < limit:
            seen = set(out)
            out += [
                r[0]
                for r in self.db.execute(
                    *search_sql(" AND ".join(f'"{t}"' for t in terms), ("task",), limit * 5, schema)
                )
                if r[0] not in seen
            ]
        return list(dict.fromkeys(out))[:limit]

    def owner_batch(self, iris: list[str]) -> list[tuple]:
        """owner-of-task for several tasks in one query, as the API does (phancong.sparql.catalogue.with_values)."""
        from phancong.sparql.catalogue import with_values

        res = self.store.query(with_values(self._owner, "task", iris).text)
        n = len(res.variables)
        return [tuple(None if sol[i] is None else sol[i].value for i in range(n)) for sol in res]

    def owner_words(self, words: str, batch=None) -> list[tuple]:
        """Best task matches first, their assignments in one query per ``limit`` tasks, until ``limit``
        tasks have an owner."""
        batch = batch or self.owner_batch
        rows: list[tuple] = []
        found = 0
        hits = self.fts(words, max(self.limit * 3, 20))
        for start in range(0, len(hits), self.limit):
            if found >= self.limit:
                break
            got = batch(hits[start : start + self.limit])
            rows += got
            found += len({r[0] for r in got})
        return rows

    def owner_iri(self, iri: str) -> list[tuple]:
        return self.select("owner-of-task", "task", iri)

    def chain(self, iri: str) -> list[tuple]:
        return self.select("responsibility-chain", "task", iri)

    def compare(self, slug: str) -> list[tuple]:
        return self.select("compare-indicator", "indicator", VOCAB + "indicator/" + slug)


def _api_calls(kg) -> dict[str, Callable[[str], int]]:
    return {
        "owner_words": lambda w: len(kg.owner(w)),
        "owner_iri": lambda t: len(kg.owner(t)),
        "chain": lambda t: len(kg.chain(t).edges),
        "compare": lambda s: len(kg.compare(s)),
        "compare_all": lambda s: len(kg.compare(s, all_figures=True)),
    }


def _raw_calls(raw: _Raw) -> dict[str, Callable[[str], int]]:
    # compare's default answer (one row per province and scope) is chosen among every figure: the same SPARQL
    return {
        "owner_words": lambda w: len(raw.owner_words(w)),
        "owner_iri": lambda t: len(raw.owner_iri(t)),
        "chain": lambda t: len(raw.chain(t)),
        "compare": lambda s: len(raw.compare(s)),
        "compare_all": lambda s: len(raw.compare(s)),
    }


KINDS = ("owner_words", "owner_iri", "chain", "compare")
QUERY_KINDS = (*KINDS, "compare_all")  # compare with every figure: measured by the query phase only


def phase_query(a: dict) -> dict:
    """Latency of the four calls through KnowledgeGraph beside the same SQL + SPARQL on sqlite3/pyoxigraph
    (interleaved, alternating which goes first), and the text index beside FILTER(CONTAINS(LCASE(...)))."""
    import pyoxigraph as ox

    from phancong.api import KnowledgeGraph

    from .corpus import CorpusManifest

    man = CorpusManifest.read(Path(a["corpus"]) / "manifest.json")
    calls, budget = int(a["calls"]), float(a.get("budget_s", 120))
    params = _params(man, calls, int(a.get("seed", 8)))
    _refresh_search(Path(a["store"]) / "index.sqlite")
    t_open, kg = _timed(lambda: KnowledgeGraph.open(a["store"]))
    raw = _Raw(kg.store.ox, Path(a["store"]) / "index.sqlite")
    api_fn, raw_fn = _api_calls(kg), _raw_calls(raw)
    for kind in QUERY_KINDS:  # warm-up: caches, query parsing, lazily loaded modules
        for p in params[kind][:2]:
            api_fn[kind](p)
            raw_fn[kind](p)
    samples = {k: {"api": [], "raw": []} for k in QUERY_KINDS}
    rows = {k: {"api": [], "raw": []} for k in QUERY_KINDS}
    spent = {k: 0.0 for k in QUERY_KINDS}
    for i in range(calls):
        for kind in QUERY_KINDS:
            if i >= 5 and spent[kind] > budget:
                continue
            p = params[kind][i]
            order = ("api", "raw") if i % 2 == 0 else ("raw", "api")
            for who in order:
                fn = api_fn[kind] if who == "api" else raw_fn[kind]
                dt, n = _timed(lambda fn=fn, p=p: fn(p))
                samples[kind][who].append(dt)
                rows[kind][who].append(n)
                spent[kind] += dt
    latency: dict[str, Any] = {}
    for kind in QUERY_KINDS:
        api, rw = summarise(samples[kind]["api"]), summarise(samples[kind]["raw"])
        latency[kind] = {
            "api": api,
            "raw": rw,
            "overhead": api["median_ms"] / rw["median_ms"],
            "overhead_p95": api["p95_ms"] / rw["p95_ms"],
            "rows_api": sum(rows[kind]["api"]),
            "rows_raw": sum(rows[kind]["raw"]),
            "budget_hit": len(samples[kind]["api"]) < calls,
        }

    # the text index beside the naive scan (what one writes without an index)
    naive_q = (
        "PREFIX pc: <https://w3id.org/phancong/ontology#>\n"
        "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
        "SELECT ?task ?label ?w WHERE { ?task a pc:Task ; rdfs:label ?label . "
        "FILTER(CONTAINS(LCASE(STR(?label)), ?w)) }"
    )
    idx_s, naive_s, idx_hits, naive_hits = [], [], 0, 0
    spent_naive = 0.0
    for i, w in enumerate(params["contains"]):
        if i >= 5 and spent_naive > budget:
            break
        dt, hits = _timed(lambda w=w: kg.search(w, kinds=("task",), limit=30))
        idx_s.append(dt)
        idx_hits += len(hits)
        dt, found = _timed(
            lambda w=w: list(kg.store.ox.query(naive_q, substitutions={ox.Variable("w"): ox.Literal(w.lower())}))
        )
        naive_s.append(dt)
        spent_naive += dt
        naive_hits += len(found)
    search = {
        "index": summarise(idx_s),
        "contains": summarise(naive_s),
        "index_hits": idx_hits,
        "contains_hits": naive_hits,
    }
    search["speedup"] = search["contains"]["median_ms"] / search["index"]["median_ms"]
    search["engines"] = _search_engines(Path(a["store"]) / "index.sqlite", params["owner_words"], calls)
    out = {
        "open_s": t_open,
        "calls": calls,
        # the search owner by words went through: the derived Tantivy index when current, else FTS5 alone
        "owner_words_engine": "Tantivy" if kg.store.index.fast.current(kg.store.index.db) else "FTS5",
        "latency": latency,
        "search": search,
        "peak_rss_gib": peak_rss_gib(),
        "params_example": {k: v[0] for k, v in params.items()},
    }
    return out


def _refresh_search(index_path: Path) -> None:
    """The Tantivy index a build leaves beside the text index (phancong.store.fastsearch), written for a store
    kept from a build without it (``--reuse-store``); nothing when it is current, or the index is older."""
    from phancong.store.fastsearch import refresh
    from phancong.store.index import TextIndex

    if TextIndex(index_path, read_only=True).schema == TextIndex.SCHEMA:
        refresh(TextIndex(index_path))


def _search_engines(index_path: Path, words: list[str], calls: int, n: int = 30, bound: int = 200) -> dict:
    """Text search engines side by side on the text index's own entries (issue 16): the best ``n`` tasks for the
    words as a phrase, each call timed. ``fts5``: SQLite FTS5 ranking every match by bm25 (phancong.store.index.s
    SQL); ``fts5_bounded``: FTS5 scoring only the first ``bound`` matches (a bounded candidate set, taken in
    rowid order: the insertion order, not a relevance order); ``tantivy``: Tantivy (its official Python
    bindings, if installed) over the same folded labels and kinds, top-n by its BM25 (block-max WAND). Each
    alternative's ``agree_top10`` is the share of FTS5's first ten it also gives in its first ten."""
    from phancong.store.index import query_terms, search_sql

    db = sqlite3.connect(f"file:{index_path}?mode=ro", uri=True)
    db.execute("PRAGMA mmap_size = 268435456")
    db.execute("PRAGMA cache_size = -32768")
    phrases = [query_terms(w) for w in words]
    phrases = [t for t in phrases if t]

    def fts5(terms):
        return [r[0] for r in db.execute(*search_sql('"' + " ".join(terms) + '"', ("task",), n))]

    def fts5_bounded(terms):  # the candidates unranked (no bm25), then bm25 for those only
        m = 'kind : (task) AND folded : ("' + " ".join(terms) + '")'
        ids = [r[0] for r in db.execute("SELECT rowid FROM entries WHERE entries MATCH ? LIMIT ?", (m, bound))]
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        return [
            r[0]
            for r in db.execute(
                f"SELECT e.iri FROM (SELECT rowid AS id, bm25(entries, 1.0, 0.0) AS score FROM entries WHERE entries "
                f"MATCH ? AND rowid IN ({marks}) ORDER BY score, rowid LIMIT ?) AS best JOIN entries AS e "
                f"ON e.rowid = best.id ORDER BY best.score, e.iri",
                (m, *ids, n),
            )
        ]

    engines: dict[str, Callable] = {"fts5": fts5, "fts5_bounded": fts5_bounded}
    out: dict[str, Any] = {"n": n, "bound": bound}
    try:
        import tantivy
    except ImportError:
        out["tantivy"] = {"measured": False, "reason": "the tantivy package is not installed (pip install tantivy)"}
    else:
        import tempfile

        sb = tantivy.SchemaBuilder()
        sb.add_text_field("folded", stored=False, tokenizer_name="default", index_option="position")
        sb.add_text_field("kind", stored=False, tokenizer_name="raw")
        sb.add_text_field("iri", stored=True, tokenizer_name="raw", index_option="basic")
        schema = sb.build()
        tdir = tempfile.mkdtemp(prefix="bench-tantivy-")
        t0 = time.perf_counter()
        index = tantivy.Index(schema, path=tdir)
        writer = index.writer(heap_size=100_000_000, num_threads=1)
        for folded, kind, iri in db.execute("SELECT folded, kind, iri FROM entries"):
            writer.add_document(tantivy.Document(folded=folded, kind=kind, iri=iri))
        writer.commit()
        writer.wait_merging_threads()
        index.reload()
        out["tantivy_index_s"] = time.perf_counter() - t0
        out["tantivy_index_bytes"] = dir_bytes(tdir)
        searcher = index.searcher()
        task = tantivy.Query.term_query(schema, "kind", "task")

        def tv(terms):
            text = (
                tantivy.Query.phrase_query(schema, "folded", terms)
                if len(terms) > 1
                else tantivy.Query.term_query(schema, "folded", terms[0])
            )
            q = tantivy.Query.boolean_query([(tantivy.Occur.Must, task), (tantivy.Occur.Must, text)])
            return [searcher.doc(addr)["iri"][0] for _, addr in searcher.search(q, n).hits]

        engines["tantivy"] = tv
    reference = {i: fts5(t)[:10] for i, t in enumerate(phrases)}
    for name, fn in engines.items():
        for t in phrases[:2]:
            fn(t)  # warm-up
        samples, agree = [], []
        for i, t in enumerate(phrases[:calls]):
            dt, got = _timed(lambda t=t, fn=fn: fn(t))
            samples.append(dt)
            want = set(reference[i])
            if want:
                agree.append(len(want & set(got[:10])) / len(want))
        out[name] = {**summarise(samples), "agree_top10": statistics.fmean(agree) if agree else None}
    if "tantivy" in engines:
        shutil.rmtree(tdir, ignore_errors=True)
    return out


class _Timeout(Exception):
    pass


def _with_alarm(seconds: float, fn: Callable[[], Any]) -> Any:
    """Run ``fn`` (pure Python: rdflib) and interrupt it after ``seconds`` (SIGALRM, main thread)."""
    import signal

    def ring(_sig, _frame):
        raise _Timeout()

    old = signal.signal(signal.SIGALRM, ring)
    signal.setitimer(signal.ITIMER_REAL, max(seconds, 0.01))
    try:
        return fn()
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


def phase_rdflib(a: dict) -> dict:
    """The catalogue's SPARQL on rdflib's Memory store (a Dataset whose default graph is the union of the
    named graphs, loaded from the same N-Quads) beside the same calls through KnowledgeGraph in this
    process. A slow baseline gets as many calls as ``budget_s`` allows (at least one); a call that
    does not answer within the budget is stopped and reported as such."""
    from rdflib import Dataset, URIRef
    from rdflib.plugins.sparql import prepareQuery

    from phancong.api import KnowledgeGraph

    from .corpus import CorpusManifest

    man = CorpusManifest.read(Path(a["corpus"]) / "manifest.json")
    budget = float(a.get("budget_s", 120))
    params = _params(man, int(a["calls"]), int(a.get("seed", 8)))
    kg = KnowledgeGraph.open(a["store"])
    raw = _Raw(kg.store.ox, Path(a["store"]) / "index.sqlite")
    api_fn = _api_calls(kg)
    rss0 = peak_rss_gib()
    t_load, ds = _timed(lambda: Dataset(store="Memory", default_union=True).parse(a["nq"], format="nquads"))
    prepared = {n: prepareQuery(t) for n, t in raw.q.items()}

    def select(name: str, var: str, iri: str) -> list[tuple]:
        return [
            tuple(None if v is None else str(v) for v in row)
            for row in ds.query(prepared[name], initBindings={var: URIRef(iri)})
        ]

    def batch(iris: list[str]) -> list[tuple]:
        from phancong.sparql.catalogue import with_values

        return [
            tuple(None if v is None else str(v) for v in row)
            for row in ds.query(with_values(raw._owner, "task", iris).text)
        ]

    fns = {
        "owner_words": lambda w: len(raw.owner_words(w, batch)),
        "owner_iri": lambda t: len(select("owner-of-task", "task", t)),
        "chain": lambda t: len(select("responsibility-chain", "task", t)),
        "compare": lambda s: len(select("compare-indicator", "indicator", VOCAB + "indicator/" + s)),
    }
    res: dict[str, Any] = {
        "load_s": t_load,
        "quads": len(ds),
        "rss_before_load_gib": rss0,
        "load_peak_rss_gib": peak_rss_gib(),
        "budget_s": budget,
    }
    for kind in KINDS:
        api_fn[kind](params[kind][0])  # warm-up of our side
        got, api_again, spent, agree, stopped = [], [], 0.0, None, None
        for i, p in enumerate(params[kind]):
            if i >= 1 and spent > budget:
                break
            try:
                limit = budget - spent if i else budget
                dt, n = _timed(lambda f=fns[kind], p=p, limit=limit: _with_alarm(limit, lambda: f(p)))
            except _Timeout:
                stopped = limit
                break
            except Exception as exc:  # noqa: BLE001 - a query rdflib cannot run is a finding, not a crash
                res[kind] = {"error": f"{type(exc).__name__}: {exc}"[:300]}
                break
            got.append(dt)
            spent += dt
            dt_api, n_api = _timed(lambda f=api_fn[kind], p=p: f(p))
            api_again.append(dt_api)
            if i == 0 and kind in ("owner_iri", "compare"):
                agree = n == n_api
        if "error" in res.get(kind, {}):
            continue
        if not got:  # not one answer within the budget
            api = summarise([_timed(lambda f=api_fn[kind], p=params[kind][0]: f(p))[0]])
            res[kind] = {
                "rdflib": {"n": 0, "stopped_after_s": stopped},
                "api": api,
                "speedup_at_least": stopped * 1000 / api["median_ms"],
                "budget_hit": True,
            }
            continue
        r, api = summarise(got), summarise(api_again)
        res[kind] = {
            "rdflib": r,
            "api": api,
            "speedup": r["median_ms"] / api["median_ms"],
            "rows_agree_first_call": agree,
            "budget_hit": len(got) < len(params[kind]),
            **({"stopped_after_s": stopped} if stopped is not None else {}),
        }
    return res


# --------------------------------------------------------------------------- the 2,000-node view
def _view_rows(kg, nodes: int) -> tuple[list[tuple[str, str, str]], dict[str, tuple[str, str]]]:
    """Edges (task, role, body) and node labels until ``nodes`` distinct nodes: tasks and their bodies."""
    q = (
        "PREFIX pc: <https://w3id.org/phancong/ontology#>\n"
        "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
        "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
        "SELECT ?task ?tl ?body ?bl ?role WHERE { ?a pc:task ?task ; pc:body ?body ; pc:role ?role . "
        "?task rdfs:label ?tl . ?body skos:prefLabel ?bl } ORDER BY ?task ?body LIMIT " + str(nodes * 4)
    )
    labels: dict[str, tuple[str, str]] = {}
    edges = []
    for r in kg.store.select(q):
        new = [n for n in (r["task"], r["body"]) if n not in labels]
        if len(labels) + len(new) > nodes:
            break
        labels.setdefault(r["task"], (r["tl"], "task"))
        labels.setdefault(r["body"], (r["bl"], "body"))
        edges.append((r["task"], r["role"].rsplit("/", 1)[-1], r["body"]))
    return edges, labels


def phase_viz(a: dict) -> dict:
    """HTML of a view of ``nodes`` nodes (tasks and their bodies) through phancong.views.kinds's renderer
    (view_data + render_page, positions computed, physics off) beside pyvis building the same network with
    add_node / add_edge and generate_html; the same nodes and edges, one process. ``large_nodes``: also the
    time of one view of that many nodes (ours alone; as many as the store has, if fewer)."""
    from pyvis.network import Network

    from phancong.api import KnowledgeGraph

    kg = KnowledgeGraph.open(a["store"])
    want = int(a.get("nodes", 2000))
    t_rows, (edges, labels) = _timed(lambda: _view_rows(kg, want))

    def pyvis_html() -> str:
        net = Network(height="800px", width="100%", directed=True, cdn_resources="remote")
        net.toggle_physics(False)
        for n, (label, kind) in labels.items():
            net.add_node(n, label=label[:60], title=label, shape="box" if kind == "task" else "ellipse")
        for s, role, t in edges:
            net.add_edge(s, t, title=role)
        return net.generate_html()

    out: dict[str, Any] = {"nodes": len(labels), "edges": len(edges), "rows_s": t_rows}
    try:
        from phancong.views.graph import View, ViewEdge, ViewNode, view_data
        from phancong.views.page import render_page
    except ImportError as exc:  # phancong.views.kinds not there: pyvis alone, said so
        t_pv, html = _timed(pyvis_html)
        out.update(
            {
                "renderer": f"pyvis only (phancong.views.kinds not importable: {exc})",
                "seconds": t_pv,
                "html_bytes": len(html.encode()),
                "baseline_seconds": t_pv,
                "ratio": 1.0,
            }
        )
        return out

    def ours_html(labels=labels, edges=edges) -> str:
        view = View(title="bench", layout="force", node_shape="dot")
        for n, (label, kind) in labels.items():
            view.add_node(ViewNode(n, label[:60], kind, kind, name=label))
        for s, role, t in edges:
            view.edges.append(ViewEdge(s, t, role))
        return render_page(view.title, view_data(view))

    ours_html(), pyvis_html()  # warm-up: assets read, modules imported
    t_ours, t_pv = [], []
    for i in range(int(a.get("repeat", 3))):
        for who in ("ours", "pyvis") if i % 2 == 0 else ("pyvis", "ours"):
            dt, html = _timed(ours_html if who == "ours" else pyvis_html)
            (t_ours if who == "ours" else t_pv).append(dt)
            out[f"{who}_html_bytes"] = len(html.encode())
    out.update(
        {
            "renderer": "phancong.views.kinds (views.graph.view_data + views.page.render_page, force layout)",
            "seconds": statistics.median(t_ours),
            "baseline": "pyvis Network.add_node/add_edge + generate_html",
            "baseline_seconds": statistics.median(t_pv),
            "repeat": len(t_ours),
        }
    )
    out["ratio"] = out["seconds"] / out["baseline_seconds"]
    large = int(a.get("large_nodes", 0))
    if large:  # the largest view a page may ask for (issue 15: 20,000 nodes stay interactive): ours only, once
        big_edges, big_labels = _view_rows(kg, large)
        dt, html = _timed(lambda: ours_html(big_labels, big_edges))
        out["large"] = {
            "nodes": len(big_labels),
            "edges": len(big_edges),
            "seconds": dt,
            "html_bytes": len(html.encode()),
        }
    return out


# --------------------------------------------------------------------------- the web server
def phase_web(a: dict) -> dict:
    """/api/owner over loopback: ``clients`` concurrent clients beside one client, the same requests,
    bounded by count and time; the server is `phancong serve` on 127.0.0.1."""
    from .web import measure_web

    return measure_web(a)


PHASES: dict[str, Callable[[dict], dict]] = {
    "extract": phase_extract,
    "extract-sizes": phase_extract_sizes,
    "build": phase_build,
    "query": phase_query,
    "rdflib": phase_rdflib,
    "viz": phase_viz,
    "web": phase_web,
}


def main(argv: list[str] | None = None) -> int:
    """``python -m benchmarks.phases NAME JSON``: run one phase, print its result as one JSON line."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if len(argv) not in (1, 2) or argv[0] not in PHASES:
        print(f"usage: python -m benchmarks.phases {{{','.join(PHASES)}}} [JSON]", file=sys.stderr)
        return 2
    print(json.dumps(PHASES[argv[0]](json.loads(argv[1] if len(argv) > 1 else "{}"))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
