"""Run SPARQL queries in worker processes that can be stopped.

pyoxigraph releases the GIL while it evaluates (measured: the event loop keeps
running while a cross-product query runs in a thread), so a thread would keep
the server responsive, but a thread cannot be stopped: a runaway query would
burn a core until the process ends.  So each query runs in a child process
(``spawn``) that holds the store opened with ``pyoxigraph.Store.read_only``;
when the time limit passes the child is killed and a fresh one started.

The child also enforces the result-size limit (it stops reading rows at
``max_results + 1``) and serialises the answer in the negotiated format, so
what crosses the pipe is the response body.

The read-only view is the store as it was when the worker started (workers are
replaced after a timeout or a crash); after a build changes the store, the web context
(phancong.web.context.WebContext.refresh) opens it again and starts new workers.
"""

from __future__ import annotations

import multiprocessing as mp
import threading
import time
from dataclasses import dataclass, field

__all__ = ["QueryPool", "QueryRequest", "QueryFailed", "QueryTimeout"]


class QueryFailed(Exception):
    """The query could not be answered; ``status`` is the HTTP status to answer with."""

    def __init__(self, message: str, status: int):
        super().__init__(message)
        self.message = message
        self.status = status


class QueryTimeout(QueryFailed):
    pass


@dataclass
class QueryRequest:
    text: str
    results_format: str | None  # for SELECT / ASK (None: nothing acceptable)
    graph_format: str | None  # for CONSTRUCT / DESCRIBE
    max_results: int
    default_graphs: list[str] = field(default_factory=list)
    named_graphs: list[str] = field(default_factory=list)


# --------------------------------------------------------------------------- the child
def _serialise_solutions(res, rows, fmt):
    """Rows of terms -> the body in ``fmt``: written as TSV (terms in N-Triples syntax), re-read by
    pyoxigraph and serialised by it, so every format is pyoxigraph's own."""
    import pyoxigraph as ox

    from .formats import media_type

    names = [v.value for v in res.variables]
    lines = ["\t".join("?" + n for n in names)]
    for row in rows:
        lines.append("\t".join("" if t is None else str(t) for t in row))
    tsv = ("\n".join(lines) + "\n").encode("utf-8")
    fmts = {"json": ox.QueryResultsFormat.JSON, "xml": ox.QueryResultsFormat.XML,
            "csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV}
    if fmt == "tsv":
        return tsv, media_type(fmt)
    parsed = ox.parse_query_results(tsv, format=ox.QueryResultsFormat.TSV)
    return parsed.serialize(format=fmts[fmt]), media_type(fmt)


def execute(store, req: QueryRequest):
    """Run one request on an open pyoxigraph store: ("ok", body, media type, count) or ("error", status, message)."""
    import pyoxigraph as ox

    from ..rdf import PREFIXES
    from .formats import media_type
    from .sparql_guard import Refused, check_parsed

    try:
        check_parsed(req.text)
    except Refused as exc:
        return ("error", exc.status, exc.message)
    kwargs = {}
    try:
        if req.default_graphs:
            kwargs["default_graph"] = [ox.NamedNode(g) for g in req.default_graphs]
        # else: the store's default graph, which phancong keeps equal to the merge of all named graphs
        if req.named_graphs:
            kwargs["named_graphs"] = [ox.NamedNode(g) for g in req.named_graphs]
    except ValueError as exc:
        return ("error", 400, f"bad graph IRI: {exc}")
    try:
        res = store.query(req.text, **kwargs)
    except SyntaxError as exc:
        return ("error", 400, f"SPARQL syntax error: {exc}")
    except (OSError, RuntimeError, ValueError) as exc:
        return ("error", 400, f"the query failed: {exc}")
    limit = req.max_results
    try:
        if isinstance(res, ox.QueryBoolean):
            if req.results_format is None:
                return ("error", 406, "an ASK query answers in SPARQL JSON, XML, CSV or TSV; none is accepted")
            fmts = {"json": ox.QueryResultsFormat.JSON, "xml": ox.QueryResultsFormat.XML,
                    "csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV}
            return ("ok", res.serialize(format=fmts[req.results_format]), media_type(req.results_format), 1)
        if isinstance(res, ox.QuerySolutions):
            if req.results_format is None:
                return ("error", 406, "a SELECT query answers in SPARQL JSON, XML, CSV or TSV; none is accepted")
            names = [v.value for v in res.variables]
            rows = []
            for sol in res:
                if len(rows) == limit:
                    return ("error", 422, f"the result has more than {limit} rows, the limit of this server "
                                          f"(--max-results): add LIMIT {limit} or narrow the query")
                rows.append([sol[n] for n in names])
            body, mt = _serialise_solutions(res, rows, req.results_format)
            return ("ok", body, mt, len(rows))
        # CONSTRUCT / DESCRIBE
        if req.graph_format is None:
            return ("error", 406, "a CONSTRUCT or DESCRIBE query answers in Turtle, N-Triples, JSON-LD or RDF/XML; "
                                  "none is accepted")
        triples = []
        for t in res:
            if len(triples) == limit:
                return ("error", 422, f"the result has more than {limit} triples, the limit of this server "
                                      f"(--max-results): add LIMIT or narrow the query")
            triples.append(t)
        fmts = {"turtle": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES, "jsonld": ox.RdfFormat.JSON_LD,
                "rdfxml": ox.RdfFormat.RDF_XML}
        prefixes = PREFIXES if req.graph_format in ("turtle", "rdfxml", "jsonld") else None
        body = ox.serialize(triples, format=fmts[req.graph_format], prefixes=prefixes)
        return ("ok", body, media_type(req.graph_format), len(triples))
    except (OSError, RuntimeError, ValueError, SyntaxError) as exc:
        return ("error", 400, f"the query failed: {exc}")


def _child_main(path: str, conn) -> None:  # pragma: no cover - runs in the child process
    import pyoxigraph as ox

    from .sparql_guard import check_parsed

    try:
        store = ox.Store.read_only(path)
        check_parsed("SELECT * WHERE { ?s ?p ?o } LIMIT 1")  # build rdflib's grammar before the first request
    except Exception as exc:  # noqa: BLE001 - reported to the parent
        conn.send(("failed", f"cannot open the store read-only at {path}: {exc}"))
        return
    conn.send(("ready",))
    while True:
        try:
            req = conn.recv()
        except (EOFError, OSError):
            return
        try:
            out = execute(store, req)
        except Exception as exc:  # noqa: BLE001 - any other failure is an answer, not a dead worker
            out = ("error", 500, f"the query worker failed: {type(exc).__name__}: {exc}")
        conn.send(out)


# --------------------------------------------------------------------------- the parent
class _Worker:
    def __init__(self, path: str, ctx):
        self.path = path
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_child_main, args=(path, child), daemon=True, name="phancong-sparql")
        self.proc.start()
        child.close()
        self.ready = False
        self.failure: str | None = None

    def check_ready(self, timeout: float = 0.0) -> bool:
        """Whether the child has opened the store (waiting up to ``timeout`` seconds for it to say so)."""
        if self.ready or self.failure:
            return self.ready
        try:
            if self.conn.poll(timeout):
                msg = self.conn.recv()
                if msg[0] == "ready":
                    self.ready = True
                else:
                    self.failure = msg[1]
        except (EOFError, OSError):
            self.failure = "the query worker died while starting"
        return self.ready

    def wait_ready(self, timeout: float) -> None:
        if self.check_ready(timeout):
            return
        if self.failure:
            raise QueryFailed(self.failure, 500)
        raise QueryFailed(f"the query worker did not start within {timeout:.0f} s", 503)

    def kill(self) -> None:
        if self.proc.is_alive():
            self.proc.kill()
        self.proc.join(5)
        self.conn.close()


class QueryPool:
    """Up to ``size`` worker processes over the store at ``path`` (its ``oxigraph/`` directory).

    Workers start with the first query (all of them, so that a spare is warm when one is killed);
    a query takes a worker that is ready if there is one."""

    def __init__(self, path: str, *, timeout: float, size: int = 2, startup_timeout: float = 60.0):
        self.path = str(path)
        self.timeout = float(timeout)
        self.size = max(1, size)
        self.startup_timeout = startup_timeout
        self._ctx = mp.get_context("spawn")
        self._idle: list[_Worker] = []
        self._cond = threading.Condition()
        self._created = 0
        self._closed = False
        self.stats = {"queries": 0, "timeouts": 0, "restarts": 0}

    def _acquire(self) -> _Worker:
        deadline = time.monotonic() + self.timeout
        with self._cond:
            while True:
                if self._closed:
                    raise QueryFailed("the server is shutting down", 503)
                if self._idle:
                    ready = next((w for w in self._idle if w.check_ready()), None)
                    w = ready or self._idle[0]  # else the one that started first
                    self._idle.remove(w)
                    return w
                if self._created < self.size:
                    first = self._created == 0
                    self._created += 1
                    w = _Worker(self.path, self._ctx)
                    while first and self._created < self.size:  # warm the spares now
                        self._created += 1
                        self._idle.append(_Worker(self.path, self._ctx))
                    return w
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise QueryFailed(f"the server is busy: every query worker stayed busy for {self.timeout:g} s; "
                                      f"try again later", 503)
                self._cond.wait(remaining)

    def _release(self, w: _Worker) -> None:
        with self._cond:
            if not self._closed:
                self._idle.append(w)
                self._cond.notify()
                return
        w.kill()

    def _replace(self, w: _Worker) -> None:
        w.kill()
        with self._cond:
            self.stats["restarts"] += 1
            if self._closed:
                self._created -= 1
                return
            self._idle.append(_Worker(self.path, self._ctx))  # starts now, ready for a later query
            self._cond.notify()

    def run(self, req: QueryRequest):
        """Blocking: the worker's answer ("ok", body, media type, count, seconds); raises :class:`QueryFailed`."""
        w = self._acquire()
        try:
            w.wait_ready(self.startup_timeout)
        except QueryFailed:
            self._replace(w)
            raise
        self.stats["queries"] += 1
        started = time.monotonic()
        try:
            w.conn.send(req)
            if not w.conn.poll(self.timeout):
                self.stats["timeouts"] += 1
                self._replace(w)
                raise QueryTimeout(f"the query was stopped after {self.timeout:g} s, the time limit of this server "
                                   f"(--query-timeout); narrow it or add a LIMIT", 503)
            out = w.conn.recv()
        except (EOFError, OSError):
            self._replace(w)
            raise QueryFailed("the query worker died (out of memory?); it has been restarted", 500) from None
        self._release(w)
        if out[0] == "error":
            raise QueryFailed(out[2], out[1])
        return (*out, time.monotonic() - started)

    def close(self) -> None:
        with self._cond:
            self._closed = True
            idle, self._idle = self._idle, []
            self._cond.notify_all()
        for w in idle:
            w.kill()
