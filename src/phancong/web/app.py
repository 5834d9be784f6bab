"""The web application: pages, JSON API, SPARQL endpoint, graph views.

The app factory: it builds the :class:`~phancong.web.context.WebContext` and includes the routes
(``pages``, ``catalogue``, ``views``, ``jsonapi``, ``sparql``), which take the context from
:mod:`phancong.web.context` and never import this module.

``create_app(EmbeddedStore("store"), query_timeout=10, max_results=10_000)`` gives the FastAPI app;
``phancong serve`` runs it with uvicorn (:mod:`phancong.web.serve`).
"""

from __future__ import annotations

from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import JSONResponse

from .. import __version__
from ..api import InvalidIRI, KnowledgeGraph
from . import (
    DEFAULT_MAX_RESULTS,
    DEFAULT_QUERY_MEMORY_MB,
    DEFAULT_QUERY_TIMEOUT,
    apidocs,
    catalogue,
    jsonapi,
    pages,
    sparql,
    views,
)
from .context import WebContext
from .exposure import LOOPBACK_HOSTS, Exposure
from .render import render_page

__all__ = ["create_app", "WebContext", "DEFAULT_QUERY_TIMEOUT", "DEFAULT_MAX_RESULTS"]

HERE = Path(__file__).resolve().parent

# Pages load nothing from elsewhere and run no script of their own; graph views are sandboxed.
PAGE_CSP = (
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-src 'self'; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'self'"
)
VIEW_CSP = (
    "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
    "img-src data: blob:; font-src data:; connect-src 'none'; frame-ancestors 'self'; "
    "sandbox allow-scripts allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation"
)


def _error_response(request: Request, status: int, detail, headers=None):
    """JSON ``{"detail": ...}`` for the API, the endpoint and the views; an error page for the pages."""
    if request.url.path.startswith(("/api/", "/sparql", "/view/", "/openapi", "/static/")):
        return JSONResponse({"detail": detail}, status_code=status, headers=headers)
    return render_page("error.html", status, status=status, message=str(detail))


class SecurityHeaders:
    """ASGI middleware (a plain one: ``@app.middleware("http")`` costs a task and a stream a request):
    nosniff, no referrer, and the pages' or the views' Content-Security-Policy, unless a route set its own."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        view = scope.get("path", "").startswith("/view/")

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                names = {k.lower() for k, _ in headers}
                extra = [(b"x-content-type-options", b"nosniff"), (b"referrer-policy", b"no-referrer")]
                ctype = next((v for k, v in headers if k.lower() == b"content-type"), b"")
                if view:
                    extra.append((b"content-security-policy", VIEW_CSP.encode()))
                elif ctype.startswith(b"text/html"):
                    extra.append((b"content-security-policy", PAGE_CSP.encode()))
                message["headers"] = headers + [(k, v) for k, v in extra if k not in names]
            await send(message)

        return await self.app(scope, receive, send_with_headers)


def create_app(
    store,
    *,
    query_timeout: float = DEFAULT_QUERY_TIMEOUT,
    max_results: int = DEFAULT_MAX_RESULTS,
    workers: int = 2,
    refresh_every: float = 1.0,
    allowed_hosts: tuple[str, ...] = LOOPBACK_HOSTS,
    token: str | None = None,
    query_memory: int = DEFAULT_QUERY_MEMORY_MB,
) -> FastAPI:
    """The FastAPI application over ``store`` (an EmbeddedStore, or any store with the same interface).

    ``query_timeout`` (seconds) and ``max_results`` (rows or triples) bound every /sparql request;
    ``workers`` is the number of query processes (and one more, the quick lane), each capped at
    ``query_memory`` MB; an embedded store opened read-only is opened again
    when a build has changed it, checked at most every ``refresh_every`` seconds. A request whose
    ``Host`` is not in ``allowed_hosts`` (default: the loopback names; see :mod:`phancong.web.exposure`)
    is refused; with ``token``, every request needs ``Authorization: Bearer TOKEN``."""
    if query_timeout <= 0 or max_results <= 0 or query_memory <= 0:
        raise ValueError("query_timeout, max_results and query_memory must be positive")
    ctx = WebContext(
        store=store,
        kg=KnowledgeGraph(store),
        query_timeout=float(query_timeout),
        max_results=int(max_results),
        workers=workers,
        query_memory=int(query_memory),
        refresh_every=float(refresh_every),
    )

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        try:
            yield
        finally:
            ctx.close()

    app = FastAPI(
        title="phancong",
        version=__version__,
        description="Who is responsible for what (phân công) in Vietnamese plans: the owner of a task, "
        "its responsibility chain, and targets compared across provinces. "
        "SPARQL 1.1 endpoint at /sparql.",
        docs_url=None,
        redoc_url=None,  # FastAPI's pages load scripts from a CDN: /docs is the package's own
        lifespan=lifespan,
    )
    app.state.ctx = ctx

    app.add_middleware(SecurityHeaders)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        return _error_response(request, exc.status_code, exc.detail, exc.headers)

    @app.exception_handler(InvalidIRI)
    async def invalid_iri(request: Request, exc: InvalidIRI):
        # a value read as an IRI (a parameter, or words that begin like one) that is not one: the client's error
        return _error_response(request, 400, f"IRI không hợp lệ ({exc})")

    # outermost: Host, token and CORS (only /sparql is open to other origins) before anything else runs
    app.add_middleware(Exposure, allowed_hosts=tuple(allowed_hosts), token=token)

    app.include_router(pages.router)
    app.include_router(catalogue.router)
    app.include_router(views.router)
    app.include_router(jsonapi.router)
    app.include_router(sparql.router)
    app.include_router(apidocs.router)
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    return app
