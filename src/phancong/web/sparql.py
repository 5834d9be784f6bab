"""``/sparql``: a read-only SPARQL 1.1 Protocol endpoint over the union of all graphs.

- ``GET /sparql?query=...``, ``POST`` with ``application/x-www-form-urlencoded`` (``query=...``) or with
  ``application/sparql-query`` (the query as the body); ``default-graph-uri`` / ``named-graph-uri`` set the
  dataset (without them the default graph is the union of all graphs).
- Results by content negotiation (Accept, or a ``format`` / ``output`` parameter): SPARQL JSON, XML, CSV,
  TSV for SELECT and ASK; Turtle, N-Triples, JSON-LD, RDF/XML for CONSTRUCT and DESCRIBE.
- Refused with 403 and a message: SPARQL Update (also ``update=`` and ``application/sparql-update``),
  SERVICE.  Too slow: 503 after the time limit.  Too greedy: 503 above the memory limit.  Too big: 422 above the
  result-size limit.  An answer is kept (``ctx.answers``) until the store changes.  Queries take fair
  turns by client address; a quick lane answers short ones when
  every worker is busy (:mod:`phancong.web.sparql_worker`).
- A browser (Accept: text/html) gets a form, and a table of the results.
"""

from __future__ import annotations

import asyncio
import json
from urllib.parse import parse_qs

import anyio.to_thread
from fastapi import APIRouter, Depends, Request
from starlette.responses import PlainTextResponse, Response

from ..sparql.catalogue import named_query
from .context import WebContext, context
from .formats import GRAPH_FORMATS, RESULT_FORMATS, Negotiation, NotAcceptable, pick
from .render import render_page
from .sparql_guard import Refused, check_read_only
from .sparql_worker import QueryFailed, QueryRequest

router = APIRouter(tags=["sparql"])

MAX_BODY = 1_000_000
SPARQL_THREADS = 256  # requests waiting for a query worker, each in a thread of its own


_limiters: dict = {}  # event loop -> its limiter


def _limiter() -> anyio.CapacityLimiter:
    """Threads for /sparql requests, apart from the pool the pages and the API use, so that queries
    waiting for a worker (in fair turns: phancong.web.sparql_worker) never hold the threads pages need."""
    loop = asyncio.get_running_loop()
    limiter = _limiters.get(loop)
    if limiter is None:
        _limiters.clear()  # one server at a time per process; a new loop (a test's) replaces the old one
        limiter = _limiters[loop] = anyio.CapacityLimiter(SPARQL_THREADS)
    return limiter


def _error(message: str, status: int) -> Response:
    return PlainTextResponse(message + "\n", status_code=status)


async def _params(request: Request) -> dict[str, list[str]]:
    params: dict[str, list[str]] = {}
    for k, v in request.query_params.multi_items():
        params.setdefault(k, []).append(v)
    if request.method != "POST":
        return params
    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    body = await request.body()
    if len(body) > MAX_BODY:
        raise Refused(f"the request body is too large ({len(body)} bytes; at most {MAX_BODY})", 413)
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        raise Refused("the request body is not UTF-8", 400) from None
    if ctype == "application/x-www-form-urlencoded":
        for k, vs in parse_qs(text, keep_blank_values=True).items():
            params.setdefault(k, []).extend(vs)
    elif ctype == "application/sparql-query":
        params.setdefault("query", []).append(text)
    elif ctype == "application/sparql-update":
        raise Refused("SPARQL Update is refused: this endpoint is read-only", 403)
    else:
        raise Refused("POST a query as application/x-www-form-urlencoded (query=...) or as "
                      f"application/sparql-query; got {ctype or 'no Content-Type'}", 415)
    return params


@router.options("/sparql", include_in_schema=False)
def sparql_options():
    return Response(status_code=204, headers={"Allow": "GET, POST, OPTIONS"})


@router.get("/sparql", summary="SPARQL 1.1 query (GET ?query=...), read-only", description=__doc__)
async def sparql_get(request: Request, ctx: WebContext = Depends(context)):
    return await sparql(request, ctx)


@router.post("/sparql", summary="SPARQL 1.1 query (POST form or application/sparql-query), read-only",
             description=__doc__)
async def sparql_post(request: Request, ctx: WebContext = Depends(context)):
    return await sparql(request, ctx)


async def sparql(request: Request, ctx: WebContext) -> Response:
    try:
        params = await _params(request)
        if "update" in params:
            raise Refused("SPARQL Update is refused: this endpoint is read-only", 403)
        queries = params.get("query", [])
        fmt_param = next(iter(params.get("format") or params.get("output") or params.get("results") or []), None)
        neg = Negotiation.from_request(request.headers.get("accept"), fmt_param)
        html = neg.wants_html()
        if not queries:
            if html:
                example = named_query("web/sparql-example").sparql.rstrip("\n")  # the form opens with it
                return render_page("sparql.html", query=example, ctx=ctx)
            raise Refused("missing the 'query' parameter (SPARQL 1.1 Protocol: GET ?query=..., or POST)", 400)
        if len(queries) > 1:
            raise Refused("send one 'query' parameter, not several", 400)
        text = queries[0]
        check_read_only(text)
    except Refused as exc:
        return _error(exc.message, exc.status)
    if html:
        results_format, graph_format = "json", "turtle"
    else:
        results_format = graph_format = None
        try:
            results_format = pick(neg, "results")
        except NotAcceptable:
            pass
        try:
            graph_format = pick(neg, "graph")
        except NotAcceptable:
            pass
        if results_format is None and graph_format is None:
            return _error(f"none of the accepted media types ({request.headers.get('accept')}) fits: SELECT and ASK "
                          f"answer in {_offered(RESULT_FORMATS)}; CONSTRUCT and DESCRIBE in {_offered(GRAPH_FORMATS)}",
                          406)
    pool = ctx.pool()
    if pool is None:
        return _error("this server reads a remote store: send SPARQL queries to that store's own endpoint", 501)
    req = QueryRequest(text=text, results_format=results_format, graph_format=graph_format,
                       max_results=ctx.max_results, default_graphs=params.get("default-graph-uri", []),
                       named_graphs=params.get("named-graph-uri", []))
    key = ("sparql", text, results_format, graph_format, tuple(req.default_graphs), tuple(req.named_graphs),
           req.max_results)
    generation = ctx.answers.generation
    try:
        answer = ctx.answers.get(key)  # an answer of the same store to the same query: no worker needed
        if answer is None:
            client = request.client.host if request.client else "-"
            answer = await anyio.to_thread.run_sync(pool.run, req, client, limiter=_limiter())
            ctx.answers.put(key, answer, len(answer[1]), generation)
        _, body, media_type, count, seconds = answer
    except QueryFailed as exc:
        if html:
            return render_page("sparql.html", exc.status, query=text, ctx=ctx, error=exc.message)
        return _error(exc.message, exc.status)
    if html:
        return render_page("sparql.html", query=text, ctx=ctx, seconds=seconds, count=count,
                           **_for_html(body, media_type))
    return Response(body, media_type=media_type)


def _offered(formats: dict[str, str]) -> str:
    return ", ".join(m.split(";")[0] for m in formats.values())


def _for_html(body: bytes, media_type: str) -> dict:
    if media_type.startswith("application/sparql-results+json"):
        data = json.loads(body)
        if "boolean" in data:
            return {"boolean": data["boolean"]}
        names = data["head"]["vars"]
        rows = [[b.get(n) for n in names] for b in data["results"]["bindings"]]
        return {"columns": names, "rows": rows}
    return {"graph_text": body.decode("utf-8")}
