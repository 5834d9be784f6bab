"""``/sparql`` of ``phancong serve --endpoint URL``: read-only queries forwarded to the engine.

The same endpoint as over the embedded store (:mod:`phancong.web.sparql`): the same guard (the lexer's gate in
the web process, then rdflib's parse tree here: no Update, no SERVICE), the same content negotiation (the
engine answers SPARQL JSON or N-Triples, which pyoxigraph serialises in the negotiated format, as the query
workers do, so the bytes are the same as the embedded endpoint's), the same result-size limit (422) and a time
limit: the request to the engine, retries included, is bounded by ``--query-timeout`` (503 past it). Without
``default-graph-uri`` / ``named-graph-uri`` the query reads the store's merged graph, as the embedded endpoint
reads its default graph (:meth:`phancong.store.remote.RemoteStore.query`).

Unlike the embedded store's workers this runs in the web process's threads: the engine does the work, and a
query the engine takes too long over is abandoned here after the time limit (the engine's own limits, such as
Fuseki's ``--timeout`` or Virtuoso's ``MaxQueryExecutionTime``, stop it there).
"""

from __future__ import annotations

import copy
import time

import pyoxigraph as ox

from ..store.embedded import StoreError
from ..store.remote import EndpointUnreachable, RemoteStore, RemoteStoreError
from .sparql_answer import (
    NO_GRAPH_FORMAT,
    NO_RESULTS_FORMAT,
    QueryFailed,
    QueryRequest,
    serialise_boolean,
    serialise_solutions,
    serialise_triples,
)
from .sparql_guard import Refused, check_parsed

__all__ = ["RemotePool"]


class RemotePool:
    """What :class:`phancong.web.sparql_worker.QueryPool` is for the embedded store: ``run(req, client)`` gives
    ("ok", body, media type, count, seconds) or raises :class:`QueryFailed`."""

    def __init__(self, store: RemoteStore, *, timeout: float):
        self.store = copy.copy(store)  # its own time limit: --query-timeout, not the store's --timeout
        self.store.timeout = float(timeout)
        self.timeout = float(timeout)
        self.stats = {"queries": 0, "timeouts": 0}

    def run(self, req: QueryRequest, client: str = "-"):
        self.stats["queries"] += 1
        started = time.monotonic()
        _check(req)
        res = self._ask(req)
        seconds = time.monotonic() - started
        return ("ok", *_answer(res, req), seconds)

    def _ask(self, req: QueryRequest):
        """The engine's answer: a bool (ASK), a list of triples (CONSTRUCT, DESCRIBE) or the solutions (SELECT)."""
        try:
            return self.store.query(
                req.text, default_graphs=req.default_graphs or None, named_graphs=req.named_graphs or None
            )
        except EndpointUnreachable as exc:
            if "no answer within" in str(exc):
                self.stats["timeouts"] += 1
                raise QueryFailed(
                    f"the query was stopped after {self.timeout:g} s, the time limit of this server "
                    f"(--query-timeout); narrow it or add a LIMIT",
                    503,
                ) from None
            raise QueryFailed(str(exc), 502) from None
        except RemoteStoreError as exc:
            status = 400 if exc.status in (400, 500) else 502  # Virtuoso and others answer a bad query with 500
            raise QueryFailed(str(exc), status) from None
        except StoreError as exc:
            raise QueryFailed(str(exc), 400) from None

    def close(self) -> None:
        """Nothing to stop: no worker process."""


def _check(req: QueryRequest) -> None:
    """The endpoint's guard (read-only, no SERVICE) and the graph IRIs checked before the engine is asked."""
    try:
        check_parsed(req.text)
    except Refused as exc:
        raise QueryFailed(exc.message, exc.status) from None
    try:
        for g in [*req.default_graphs, *req.named_graphs]:
            ox.NamedNode(g)
    except ValueError as exc:
        raise QueryFailed(f"bad graph IRI: {exc}", 400) from None


def _answer(res, req: QueryRequest) -> tuple[bytes, str, int]:
    """(body, media type, count) of the engine's answer, serialised as the embedded endpoint's workers do."""
    limit = req.max_results
    if isinstance(res, bool):
        if req.results_format is None:
            raise QueryFailed(NO_RESULTS_FORMAT["an ASK"], 406)
        return (*serialise_boolean(res, req.results_format), 1)
    if isinstance(res, list):  # CONSTRUCT / DESCRIBE
        if req.graph_format is None:
            raise QueryFailed(NO_GRAPH_FORMAT, 406)
        if len(res) > limit:
            raise QueryFailed(
                f"the result has more than {limit} triples, the limit of this server "
                f"(--max-results): add LIMIT or narrow the query",
                422,
            )
        return (*serialise_triples(res, req.graph_format), len(res))
    if req.results_format is None:
        raise QueryFailed(NO_RESULTS_FORMAT["a SELECT"], 406)
    if len(res) > limit:
        raise QueryFailed(
            f"the result has more than {limit} rows, the limit of this server (--max-results): "
            f"add LIMIT {limit} or narrow the query",
            422,
        )
    names = [v.value for v in res.variables]
    rows = [[sol[n] for n in names] for sol in res]
    return (*serialise_solutions(names, rows, req.results_format), len(rows))
