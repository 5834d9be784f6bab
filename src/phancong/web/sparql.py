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
from urllib.parse import parse_qs, urlencode

import anyio.to_thread
import pyoxigraph as ox
from fastapi import APIRouter, Depends, Request
from starlette.responses import PlainTextResponse, Response

from ..rdf.iri import looks_like_iri
from ..sparql.catalogue import Query, catalogue, named_query
from .context import WebContext, context
from .describe import service_description, void_statistics
from .formats import GRAPH_FORMATS, RESULT_FORMATS, Negotiation, NotAcceptable, media_type, pick
from .paging import PER_PAGE, BadPage, page_params, pager
from .render import WIDGET_CSP, render_page
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
        raise Refused(
            "POST a query as application/x-www-form-urlencoded (query=...) or as "
            f"application/sparql-query; got {ctype or 'no Content-Type'}",
            415,
        )
    return params


@router.options("/sparql", include_in_schema=False)
def sparql_options():
    return Response(status_code=204, headers={"Allow": "GET, POST, OPTIONS"})


@router.get("/sparql", summary="SPARQL 1.1 query (GET ?query=...), read-only", description=__doc__)
async def sparql_get(request: Request, ctx: WebContext = Depends(context)):
    return await sparql(request, ctx)


@router.get(
    "/.well-known/void",
    summary="VoID description of the dataset (Turtle, JSON-LD, RDF/XML, N-Triples)",
    tags=["sparql"],
)
async def well_known_void(request: Request, ctx: WebContext = Depends(context)):
    fmt_param = request.query_params.get("format")
    neg = Negotiation.from_request(request.headers.get("accept"), fmt_param)
    if neg.wants_html():  # a browser: Turtle as text, readable in the tab
        neg = Negotiation.from_request(None, "turtle")
    answer = await _description(request, ctx, neg)
    if answer is None:
        return _error("the VoID description answers in Turtle, N-Triples, JSON-LD or RDF/XML; none is accepted", 406)
    return answer


@router.post(
    "/sparql", summary="SPARQL 1.1 query (POST form or application/sparql-query), read-only", description=__doc__
)
async def sparql_post(request: Request, ctx: WebContext = Depends(context)):
    return await sparql(request, ctx)


async def sparql(request: Request, ctx: WebContext) -> Response:
    try:
        params = await _params(request)
        if "update" in params:
            raise Refused("SPARQL Update is refused: this endpoint is read-only", 403)
        fmt_param = next(iter(params.get("format") or params.get("output") or params.get("results") or []), None)
        neg = Negotiation.from_request(request.headers.get("accept"), fmt_param)
        html = neg.wants_html()
        if not params.get("query"):
            return await _without_query(request, ctx, neg)
        text = _the_query(params)
        page, per = _paging(params, html, ctx)
        results_format, graph_format = ("json", "turtle") if html else _formats(neg, request.headers.get("accept"))
    except Refused as exc:
        return _error(exc.message, exc.status)
    pool = ctx.pool()
    if pool is None:
        return _error("this server has no SPARQL endpoint for its store", 501)
    req = QueryRequest(
        text=text,
        results_format=results_format,
        graph_format=graph_format,
        max_results=ctx.max_results,
        default_graphs=params.get("default-graph-uri", []),
        named_graphs=params.get("named-graph-uri", []),
        page_size=per if page else None,
        offset=(page - 1) * per if page else 0,
    )
    try:
        answer = await _answer(request, ctx, pool, req)
    except QueryFailed as exc:
        if html:
            return render_page(
                "sparql.html", exc.status, csp=WIDGET_CSP, query=text, error=exc.message, **await _editor(request, ctx)
            )
        return _error(exc.message, exc.status)
    if html:
        return await _results_page(request, ctx, params, answer, page or 1, per)
    return _results_response(request, params, answer, page, per)


async def _without_query(request: Request, ctx: WebContext, neg: Negotiation) -> Response:
    """A request without a query: the editor for a browser, the service description for a GET that accepts
    RDF; else refused."""
    if neg.wants_html():
        example = named_query("web/sparql-example").sparql.rstrip("\n")  # the form opens with it
        return render_page("sparql.html", csp=WIDGET_CSP, query=example, **await _editor(request, ctx))
    if request.method == "GET":
        description = await _description(request, ctx, neg)
        if description is not None:
            return description
    raise Refused(
        "missing the 'query' parameter (SPARQL 1.1 Protocol: GET ?query=..., or POST); "
        "GET /sparql with Accept: text/turtle or application/ld+json describes the service",
        400,
    )


def _the_query(params: dict[str, list[str]]) -> str:
    """The one query of the request, refused when there are several or when it is not read-only."""
    queries = params["query"]
    if len(queries) > 1:
        raise Refused("send one 'query' parameter, not several", 400)
    check_read_only(queries[0])
    return queries[0]


def _formats(neg: Negotiation, accept: str | None) -> tuple[str | None, str | None]:
    """(results format, graph format) the client accepts, None for a kind it accepts in no format; refused
    (406) when it accepts neither."""
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
        raise Refused(
            f"none of the accepted media types ({accept}) fits: SELECT and ASK "
            f"answer in {_offered(RESULT_FORMATS)}; CONSTRUCT and DESCRIBE in {_offered(GRAPH_FORMATS)}",
            406,
        )
    return results_format, graph_format


async def _answer(request: Request, ctx: WebContext, pool, req: QueryRequest) -> tuple:
    """("ok", body, media type, count, seconds): the answer kept for this store and this request, or the pool's,
    in fair turns by client; raises :class:`QueryFailed`."""
    key = (
        "sparql",
        req.text,
        req.results_format,
        req.graph_format,
        tuple(req.default_graphs),
        tuple(req.named_graphs),
        req.max_results,
        req.page_size,
        req.offset,
    )
    generation = ctx.answers.generation
    answer = ctx.answers.get(key)  # an answer of the same store to the same query: no worker needed
    if answer is None:
        client = request.client.host if request.client else "-"
        answer = await anyio.to_thread.run_sync(pool.run, req, client, limiter=_limiter())
        ctx.answers.put(key, answer, len(answer[1]), generation)
    return answer


async def _results_page(request: Request, ctx: WebContext, params: dict, answer: tuple, page: int, per: int):
    """The editor with the answer's page as a table (or as Turtle), its paging and downloads."""
    _, body, mtype, count, seconds = answer
    text = params["query"][0]
    paging = _pages(
        text,
        page,
        per,
        count,
        params,
        max_results=ctx.max_results,
        graph=not mtype.startswith("application/sparql-results"),
    )
    return render_page(
        "sparql.html",
        csp=WIDGET_CSP,
        query=text,
        seconds=seconds,
        count=count,
        paging=paging,
        **_for_html(body, mtype),
        **await _editor(request, ctx),
    )


def _results_response(request: Request, params: dict, answer: tuple, page: int | None, per: int) -> Response:
    """The answer's body in the negotiated format; a page of it says the total and links the other pages."""
    _, body, mtype, count, _seconds = answer
    headers = {}
    if page:
        last = max(1, -(-count // per))
        headers["X-Total-Count"] = str(count)
        links = [
            f'<{_page_url(request, params, n)}>; rel="{rel}"'
            for rel, n in (("first", 1), ("prev", page - 1), ("next", page + 1), ("last", last))
            if 1 <= n <= last and (rel in ("first", "last") or n != page)
        ]
        headers["Link"] = ", ".join(links)
    return Response(body, media_type=mtype, headers=headers)


def _paging(params: dict, html: bool, ctx: WebContext) -> tuple[int | None, int]:
    """(page, rows per page): page None for the whole answer (a client that asked for no page)."""
    try:
        page, per = page_params(
            next(iter(params.get("page") or []), None), next(iter(params.get("per") or []), None), ctx.max_results
        )
    except BadPage as exc:
        raise Refused(str(exc), 400) from None
    if page is None and (html or per is not None):
        page = 1
    return page, per or PER_PAGE


def _page_url(request: Request, params: dict, page: int) -> str:
    """This request's URL at another page (the query, the format and the dataset kept; POST becomes GET)."""
    keep = {k: v[0] for k, v in params.items() if k in ("query", "per", "format", "default-graph-uri") and v}
    return str(request.base_url).rstrip("/") + "/sparql?" + urlencode({**keep, "page": page})


def _pages(text: str, page: int, per: int, total: int, params: dict, *, graph: bool, max_results: int) -> dict:
    """What the results page shows about paging, downloads (this page; everything, when the limit allows it)
    and the permalink."""
    keep = {"query": text, "default-graph-uri": next(iter(params.get("default-graph-uri") or []), None)}
    downloads = (
        (("Turtle", "turtle"), ("N-Triples", "ntriples"), ("JSON-LD", "jsonld"))
        if graph
        else (("CSV", "csv"), ("JSON", "json"), ("TSV", "tsv"))
    )
    everything = (
        ((("Turtle", "turtle"),) if graph else (("CSV", "csv"), ("JSON", "json"))) if total <= max_results else ()
    )
    return pager("/sparql", keep, page=page, per=per, total=total, downloads=downloads, everything=everything)


async def _statistics(ctx: WebContext) -> dict | None:
    """The VoID figures of the store (computed once per state of the store); None when they cannot be had."""
    from ..store.embedded import StoreError

    def compute():
        return ctx.answers.remember(("void",), lambda: void_statistics(ctx.store), size=lambda v: 64 * 1024)

    try:
        return await anyio.to_thread.run_sync(compute)
    except (StoreError, OSError, ValueError, RuntimeError):
        return None


async def _description(request: Request, ctx: WebContext, neg: Negotiation) -> Response | None:
    """The service description in the RDF format asked for, or None when the client accepts none."""
    try:
        fmt = pick(neg, "graph")
    except NotAcceptable:
        return None
    stats = await _statistics(ctx)
    if stats is None:
        return _error("the statistics of the store cannot be computed now; try again", 503)
    g = service_description(str(request.base_url).rstrip("/") + "/sparql", stats)
    rdflib_format = {"turtle": "turtle", "ntriples": "nt", "jsonld": "json-ld", "rdfxml": "xml"}[fmt]
    return Response(g.serialize(format=rdflib_format, encoding="utf-8"), media_type=media_type(fmt))


async def _editor(request: Request, ctx: WebContext) -> dict:
    """What the editor page needs besides the query: limits, prefixes, the catalogue's queries, statistics."""
    from ..rdf.mapping import PREFIXES

    examples = [
        {"name": q.name, "summary": q.summary, "query": _with_defaults(q)} for q in catalogue(include_checks=False)
    ]
    stats = await _statistics(ctx)
    config = {
        "endpoint": "/sparql",
        "prefixes": PREFIXES,
        "examples": examples,
        "maxResults": ctx.max_results,
        "classes": [c for c, _ in stats["class_partitions"]] if stats else [],
        "properties": [p for p, _ in stats["property_partitions"]] if stats else [],
    }
    return {"ctx": ctx, "stats": stats, "editor_config": config}


def _with_defaults(q: Query) -> str:
    """A catalogue query as a runnable example: its header dropped, each parameter given its default
    with VALUES (bound, as the catalogue pages bind it); each term written by pyoxigraph."""
    text = q.sparql.rstrip("\n")
    bound = {k: v for k, v in q.defaults.items() if k in q.params and v}
    if not bound:
        return text
    names = " ".join(f"?{k}" for k in bound)
    values = " ".join(_term(v) for v in bound.values())
    return text + f"\nVALUES ({names}) {{ ({values}) }}"


def _term(value: str) -> str:
    """A default value as a SPARQL term: an IRI when it is one, else a string literal."""
    if looks_like_iri(value):
        try:
            return str(ox.NamedNode(value))
        except ValueError:
            pass
    return str(ox.Literal(value))


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
