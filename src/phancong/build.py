"""Building the graph: read -> extract -> map -> store, one source at a time.

One bad source never stops the others and never touches the store: it is
reported (file and problem) and the build goes on; the exit status says
whether any failed.
"""

from __future__ import annotations

import sqlite3
import sys
import time
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from .answers.status import refresh_compare_defaults
from .extract import ExtractionTimeout, extract
from .extract.model import Extraction
from .rdf.iri import source_iri, source_key
from .rdf.mapping import to_ntriples
from .sparql.catalogue import named_query, run_query
from .store.fastsearch import refresh_store as refresh_search
from .store.index import rows_of_ntriples
from .text.inputs import Skipped, find_inputs
from .text.read import InputError, read_source

__all__ = [
    "BuildResult",
    "SourceResult",
    "build",
    "collect_paths",
    "process_path",
    "process_path_result",
    "BULK_TRIPLES",
    "DISK_ERRORS",
]

BULK_TRIPLES = 50_000  # a fresh build stores sources in batches of about this many triples
# errors of the disk or the files under the store (full, read-only, gone): they stop the build
DISK_ERRORS = (OSError, sqlite3.Error)


@dataclass
class SourceResult:
    path: str
    source_id: str | None = None
    triples: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    error: str | None = None
    ntriples: str | None = None
    seconds: float = 0.0
    # the source's text index rows (with both summaries' rows), computed in the worker process that mapped it
    # (``--jobs``): the process storing the sources then does not compute them
    rows: Any = None

    @property
    def ok(self) -> bool:
        return self.error is None


@dataclass
class BuildResult:
    sources: list[SourceResult]
    seconds: float
    skipped: list[Skipped] = field(default_factory=list)  # parts of folders not read, each with its reason
    others: dict[str, int] = field(default_factory=dict)  # files of other types in the folders, by suffix

    @property
    def failed(self) -> list[SourceResult]:
        return [s for s in self.sources if not s.ok]

    @property
    def triples(self) -> int:
        return sum(s.triples for s in self.sources)


def collect_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Files given, and source files found (sorted) in folders given; sidecars are skipped
    (:func:`phancong.text.inputs.find_inputs` also tells what was passed over)."""
    return find_inputs(paths).files


def process_path(path: str, time_budget: float | None = None) -> tuple[SourceResult, Extraction | None]:
    """Read, extract and map one file (runs in a worker process with --jobs); a text over ``time_budget``
    seconds of extraction is stopped and reported by name."""
    t0 = time.perf_counter()
    res = SourceResult(path=str(path))
    try:
        src = read_source(path)
        res.source_id = src.id
        ex = extract(src, time_budget=time_budget)
        # the N-Triples the source's graph would give, without building the rdflib graph (rdf.mapping.to_ntriples)
        res.ntriples, res.triples = to_ntriples(ex, file_name=Path(path).name)
        # what a source holds, in the extraction's own order (references and problems are not counted)
        res.counts = {k: len(getattr(ex, k)) for k in Extraction.LISTS if k not in ("references", "problems")}
        res.problems = [f"{p.kind}: {p.message}" for p in ex.problems]
    except InputError as exc:
        res.error = str(exc)
        ex = None
    except ExtractionTimeout as exc:
        res.error = f"{path}: extraction stopped: {exc}; give it more with --time-budget"
        ex = None
    except Exception as exc:  # an extractor bug must not stop the build: report it with the file
        res.error = f"{path}: extraction failed ({type(exc).__name__}: {exc})"
        ex = None
    res.seconds = time.perf_counter() - t0
    return res, ex


def process_path_result(path: str, time_budget: float | None = None, rows: bool = False) -> SourceResult:
    """:func:`process_path` as a worker process runs it for ``--jobs``: only the result goes back to the parent
    (pickling the extraction too, its whole text included, cost the parent as much time as it saved); with
    ``rows``, the source's index rows too (:func:`phancong.store.index.rows_of_ntriples`: a fifth of storing a
    source in bulk, which the parent does alone, and 5% of that to unpickle)."""
    res = process_path(path, time_budget)[0]
    if rows and res.ok and res.ntriples is not None:
        res.rows = rows_of_ntriples(res.ntriples)
    return res


def build(
    paths: Iterable[str | Path],
    store,
    *,
    graph_dir: str | Path | None = None,
    jobs: int = 1,
    progress: Callable[[int, int, SourceResult], None] | None = None,
    load_ontology: bool = True,
    stored: list[str] | None = None,
    time_budget: float | None = None,
) -> BuildResult:
    """Build ``paths`` into ``store`` (replacing each source's graph); write graph/ files if asked.

    ``stored``, if given, receives the id of each source as soon as it is stored (whole, with its index
    rows): what a caller can say is stored when the build is interrupted. Into a store without sources,
    sources are stored in batches, so a source may be read (and announced by ``progress``) some time
    before it is stored."""
    t0 = time.perf_counter()
    found = find_inputs(paths)
    files = found.files
    if load_ontology:
        _load_ontology_graph(store)
    if graph_dir is not None:
        Path(graph_dir).mkdir(parents=True, exist_ok=True)
    run = _Run(store, len(files), jobs, graph_dir, progress, stored if stored is not None else [])
    if jobs > 1 and len(files) > 1:
        pool = ProcessPoolExecutor(max_workers=jobs)
        try:
            # the workers compute the index rows too when the sources go in bulk batches (an embedded store)
            work = partial(process_path_result, time_budget=time_budget, rows=run.bulk)
            for i, res in enumerate(pool.map(work, [str(f) for f in files], chunksize=4), 1):
                run.handle(i, res)
        except BaseException:  # interrupted: do not wait for the files not read yet
            pool.shutdown(wait=False, cancel_futures=True)
            raise
        pool.shutdown()
    else:
        for i, f in enumerate(files, 1):
            run.handle(i, process_path(str(f), time_budget)[0])
    run.end()
    return BuildResult(run.results, time.perf_counter() - t0, found.skipped, dict(found.others))


class _Run:
    """One build's way of storing the sources as they come (in order), and what it has stored.

    Into an embedded store, sources it does not hold yet are loaded in bulk, BULK_TRIPLES at a time
    (``store.add_new_graphs``: each batch whole or not at all, by its marks), and a build into a new store ends by
    compacting what the bulk loader wrote (``store.end_bulk``); into a remote store with ``--jobs N``, uploaded in
    batches, N requests at a time (``store.replace_many``); else one at a time: a source already stored by the
    SPARQL Update that replaces it, a new one (into a store without the bulk loader, or when its batch failed) by
    one Oxigraph transaction (``store.add_graphs``)."""

    def __init__(self, store, n: int, jobs: int, graph_dir, progress, stored: list[str]):
        self.store, self.n, self.jobs, self.graph_dir, self.progress, self.stored = (
            store,
            n,
            jobs,
            graph_dir,
            progress,
            stored,
        )
        self.many = jobs > 1 and hasattr(store, "replace_many")
        # new sources in batches by the bulk loader: into an embedded store, with sources or not
        self.bulk = not self.many and hasattr(store, "add_new_graphs") and hasattr(store, "has_graph")
        self.loaded = False  # whether this build loaded any batch
        # a build into a new store compacts what the bulk loader wrote when it ends; one adding to a store does not
        self.fresh = self.bulk and not store.has_sources()
        self.adds = hasattr(store, "add_graphs") and hasattr(store, "has_graph")
        self.results: list[SourceResult] = []
        self.seen_ids: dict[str, str] = {}
        self.pending: list[tuple[int, SourceResult]] = []
        self.pending_triples = 0

    def finish(self, i: int, res: SourceResult, announce: bool = True) -> None:
        if res.ok and self.graph_dir is not None:
            (Path(self.graph_dir) / f"{source_key(_id(res))}.nt").write_text(res.ntriples or "", encoding="utf-8")
        res.ntriples = res.rows = None
        self.results.append(res)
        if self.progress and announce:
            self.progress(i, self.n, res)

    def handle(self, i: int, res: SourceResult) -> None:
        key = source_key(res.source_id) if res.source_id is not None else None
        if res.ok and key in self.seen_ids:
            res.error = f"{res.path}: the same source as {self.seen_ids[key]} (both are source '{key}'); rename one"
        if not res.ok or key is None:
            self.finish(i, res)
            return
        self.seen_ids[key] = res.path
        if not self.many and (not self.bulk or self.store.has_graph(str(source_iri(_id(res))))):
            self.store_one(res)  # a source already stored is replaced at once, by one atomic update
            self.finish(i, res)
            return
        self.pending.append((i, res))
        if self.progress:
            self.progress(i, self.n, res)
        self.pending_triples += res.triples
        if self.pending_triples >= BULK_TRIPLES * (self.jobs if self.many else 1):
            self.store_batch()

    def store_one(self, res: SourceResult) -> None:
        name = str(source_iri(_id(res)))
        try:
            if self.adds and not self.store.has_graph(name):
                self.store.add_graphs([(name, res.ntriples)])
            else:
                self.store.replace_ntriples(name, res.ntriples)
            self.stored.append(_id(res))
        except DISK_ERRORS:  # the disk, not the source: the build stops (the command says so in one line)
            raise
        except Exception as exc:
            res.error = f"{res.path}: could not be stored ({type(exc).__name__}: {exc})"

    def store_batch(self) -> None:
        items = [(str(source_iri(_id(r))), r.ntriples) for _, r in self.pending]
        if self.many:  # a remote store: parallel uploads; each failure names its source
            try:
                failed = self.store.replace_many(items, jobs=self.jobs)
            except DISK_ERRORS:
                raise
            except Exception as exc:  # nothing of this part could be written (the endpoint says why)
                failed = {name: exc for name, _ in items}
            for _, r in self.pending:
                err = failed.get(str(source_iri(_id(r))))
                if err is None:
                    self.stored.append(_id(r))
                else:
                    r.error = f"{r.path}: could not be stored ({type(err).__name__}: {err})"
        else:
            try:
                self.loaded = True
                rows = {
                    name: r.rows for (name, _), (_, r) in zip(items, self.pending, strict=True) if r.rows is not None
                }
                self.store.add_new_graphs(items, rows=rows)
                self.stored.extend(_id(r) for _, r in self.pending)
            except Exception:  # undo the batch, then store its sources one by one: the error names the file
                # (a full disk fails there again, and stops the build)
                self.store.undo_bulk([name for name, _ in items])
                for _, r in self.pending:
                    self.store_one(r)
        for i, r in self.pending:  # announced when extracted; again if storing failed
            self.finish(i, r, announce=not r.ok)
        self.pending.clear()
        self.pending_triples = 0

    def end(self) -> None:
        if self.pending:
            self.store_batch()
        if self.loaded:
            self.store.end_bulk(compact=self.fresh)
        elif hasattr(self.store, "flush"):
            self.store.flush()
        refresh_compare_defaults(self.store)  # compare's default answers, if the build changed the figures
        refresh_search(self.store)  # the Tantivy index derived from the text index, if it changed


def _id(res: SourceResult) -> str:
    """The id of a source read (only sources read reach the store)."""
    assert res.source_id is not None
    return res.source_id


def _load_ontology_graph(store) -> None:
    """Put ontology/*.ttl into the ontology graph, unless the same files are already there
    (reloading would mint new blank nodes for the OWL axioms: a rebuild must change nothing)."""
    import hashlib

    from rdflib import Graph, Literal, URIRef

    from .rdf.ontology import load_ontology, ontology_files
    from .store.embedded import ONTOLOGY_GRAPH
    from .vocab import PC

    digest = hashlib.sha1(b"".join(p.read_bytes() for p in ontology_files())).hexdigest()
    have = run_query(store, named_query("internal/graph-content-hash"), {"graph": URIRef(ONTOLOGY_GRAPH)})
    if have and have[0]["hash"] == digest:
        return
    onto = Graph(identifier=ONTOLOGY_GRAPH)
    # blank nodes (OWL axioms) get IRIs, so the graph can be replaced and retracted like any other
    for t in load_ontology().skolemize(authority="https://w3id.org/phancong", basepath="/.well-known/genid/"):
        onto.add(t)
    onto.add((URIRef(ONTOLOGY_GRAPH), PC.contentHash, Literal(digest)))
    store.replace_graph(onto)


def print_progress(i: int, n: int, res: SourceResult, stream=sys.stderr) -> None:
    """A progress line per source: counts, or the error naming the file."""
    width = len(str(n))
    if res.ok:
        c = res.counts
        line = (
            f"[{i:>{width}}/{n}] {res.source_id}: {res.triples} triples, {c.get('documents', 0)} documents, "
            f"{c.get('bodies', 0)} bodies, {c.get('tasks', 0)} tasks, {c.get('targets', 0)} targets, "
            f"{c.get('statistics', 0)} statistics, {c.get('assignments', 0)} assignments ({res.seconds:.2f} s)"
        )
        for p in res.problems:
            line += f"\n        warning: {p}"
    else:
        line = f"[{i:>{width}}/{n}] error: {res.error}"
    print(line, file=stream, flush=True)
