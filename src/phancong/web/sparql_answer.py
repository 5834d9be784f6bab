"""One SPARQL request answered on an open pyoxigraph store: the request, the guard, the dataset, and the
answer serialised in the negotiated format, counted, cut to a page or refused past the result-size limit.

It runs inside a query worker (:mod:`phancong.web.sparql_worker`); the remote endpoint
(:mod:`phancong.web.sparql_remote`) serialises its engine's answers with the same formats, so both endpoints
answer the same bytes.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TypeVar

import pyoxigraph as ox

from ..rdf.mapping import PREFIXES
from .formats import media_type
from .sparql_guard import Refused, check_parsed, readable_syntax_error

__all__ = [
    "QueryFailed",
    "QueryRequest",
    "execute",
    "serialise_boolean",
    "serialise_solutions",
    "serialise_triples",
    "RESULTS_FORMATS",
    "GRAPH_FORMATS",
]

# the negotiated format's name (phancong.web.formats) -> pyoxigraph's format
RESULTS_FORMATS: dict[str, ox.QueryResultsFormat] = {
    "json": ox.QueryResultsFormat.JSON,
    "xml": ox.QueryResultsFormat.XML,
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
}
GRAPH_FORMATS: dict[str, ox.RdfFormat] = {
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
    "rdfxml": ox.RdfFormat.RDF_XML,
}
# the graph formats that write prefixed names
PREFIXED_FORMATS = ("turtle", "rdfxml", "jsonld")
NO_RESULTS_FORMAT = {
    form: f"{form} query answers in SPARQL JSON, XML, CSV or TSV; none is accepted" for form in ("an ASK", "a SELECT")
}
NO_GRAPH_FORMAT = "a CONSTRUCT or DESCRIBE query answers in Turtle, N-Triples, JSON-LD or RDF/XML; none is accepted"

T = TypeVar("T")
GraphName = ox.NamedNode | ox.BlankNode | ox.DefaultGraph


class QueryFailed(Exception):
    """The query could not be answered; ``status`` is the HTTP status to answer with."""

    def __init__(self, message: str, status: int):
        super().__init__(message)
        self.message = message
        self.status = status


@dataclass
class QueryRequest:
    text: str
    results_format: str | None  # for SELECT / ASK (None: nothing acceptable)
    graph_format: str | None  # for CONSTRUCT / DESCRIBE
    max_results: int
    default_graphs: list[str] = field(default_factory=list)
    named_graphs: list[str] = field(default_factory=list)
    # a page of the answer: rows (or triples) offset .. offset + page_size - 1 are sent, every row is counted
    # (the count is the answer's total) and max_results does not apply; None: the whole answer, up to max_results
    page_size: int | None = None
    offset: int = 0


def serialise_solutions(names: list[str], rows: list[list], fmt: str) -> tuple[bytes, str]:
    """Rows of terms under the variables ``names`` -> (the body in ``fmt``, its media type): written as TSV
    (terms in N-Triples syntax), re-read by pyoxigraph and serialised by it, so every format is pyoxigraph's own."""
    lines = ["\t".join("?" + n for n in names)]
    for row in rows:
        lines.append("\t".join("" if t is None else str(t) for t in row))
    tsv = ("\n".join(lines) + "\n").encode("utf-8")
    if fmt == "tsv":
        return tsv, media_type(fmt)
    parsed = ox.parse_query_results(tsv, format=ox.QueryResultsFormat.TSV)
    return parsed.serialize(format=RESULTS_FORMATS[fmt]) or b"", media_type(fmt)


def serialise_boolean(answer: bool, fmt: str) -> tuple[bytes, str]:
    """An ASK answer -> (the body in ``fmt``, its media type): written as SPARQL JSON, re-read by pyoxigraph and
    serialised by it, as :func:`serialise_solutions` does for rows."""
    parsed = ox.parse_query_results(
        json.dumps({"head": {}, "boolean": answer}).encode(), format=ox.QueryResultsFormat.JSON
    )
    return parsed.serialize(format=RESULTS_FORMATS[fmt]) or b"", media_type(fmt)


def serialise_triples(triples: list, fmt: str) -> tuple[bytes, str]:
    """Triples -> (the body in the graph format ``fmt``, with the package's prefixes where it writes them,
    its media type)."""
    prefixes = PREFIXES if fmt in PREFIXED_FORMATS else None
    return ox.serialize(triples, format=GRAPH_FORMATS[fmt], prefixes=prefixes) or b"", media_type(fmt)


def execute(store: ox.Store, req: QueryRequest) -> tuple:
    """Run one request on an open pyoxigraph store: ("ok", body, media type, count) or ("error", status, message)."""
    try:
        check_parsed(req.text)
    except Refused as exc:
        return ("error", exc.status, exc.message)
    try:
        default, named = _dataset(req)
        res = store.query(req.text, default_graph=default, named_graphs=named)
        return ("ok", *_answer(res, req))
    except QueryFailed as exc:
        return ("error", exc.status, exc.message)
    except SyntaxError as exc:
        return ("error", 400, readable_syntax_error(req.text, str(exc)))
    except (OSError, RuntimeError, ValueError) as exc:
        return ("error", 400, f"the query failed: {exc}")


def _dataset(req: QueryRequest) -> tuple[list[GraphName] | None, list[ox.NamedNode | ox.BlankNode] | None]:
    """(default graph, named graphs) of the query as pyoxigraph takes them; without graphs given (None), the
    store's default graph, which phancong keeps equal to the merge of all named graphs."""
    try:
        default: list[GraphName] | None = [ox.NamedNode(g) for g in req.default_graphs] or None
        named: list[ox.NamedNode | ox.BlankNode] | None = [ox.NamedNode(g) for g in req.named_graphs] or None
    except ValueError as exc:
        raise QueryFailed(f"bad graph IRI: {exc}", 400) from None
    return default, named


def _answer(res, req: QueryRequest) -> tuple[bytes, str, int]:
    """(body, media type, count) of an evaluated query, by its form."""
    if isinstance(res, ox.QueryBoolean):
        if req.results_format is None:
            raise QueryFailed(NO_RESULTS_FORMAT["an ASK"], 406)
        return res.serialize(format=RESULTS_FORMATS[req.results_format]) or b"", media_type(req.results_format), 1
    if isinstance(res, ox.QuerySolutions):
        if req.results_format is None:
            raise QueryFailed(NO_RESULTS_FORMAT["a SELECT"], 406)
        names = [v.value for v in res.variables]
        hint = f"add LIMIT {req.max_results}"
        rows, total = _kept(([sol[n] for n in names] for sol in res), req, "rows", hint)
        return (*serialise_solutions(names, rows, req.results_format), total)
    # CONSTRUCT / DESCRIBE
    if req.graph_format is None:
        raise QueryFailed(NO_GRAPH_FORMAT, 406)
    triples, total = _kept(res, req, "triples", "add LIMIT")
    return (*serialise_triples(triples, req.graph_format), total)


def _kept(items: Iterable[T], req: QueryRequest, noun: str, hint: str) -> tuple[list[T], int]:
    """(the items sent, how many there are): the requested page of them, every one counted; or, without a
    page, all of them, refused (422) past ``max_results``."""
    kept: list[T] = []
    total = 0
    for item in items:
        if req.page_size is not None:
            if req.offset <= total < req.offset + req.page_size:
                kept.append(item)
        elif total == req.max_results:
            raise QueryFailed(
                f"the result has more than {req.max_results} {noun}, the limit of this server "
                f"(--max-results): {hint}, narrow the query, or ask for it page by page (page=1&per=1000)",
                422,
            )
        else:
            kept.append(item)
        total += 1
    return kept, total
