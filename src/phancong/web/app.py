"""The web application: pages, JSON API, SPARQL endpoint, graph views.

``create_app(EmbeddedStore("store"), query_timeout=10, max_results=10_000)`` gives the FastAPI app;
``phancong serve`` runs it with uvicorn (:mod:`phancong.web.serve`).
"""

from __future__ import annotations

import threading
import time
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.middleware.cors import CORSMiddleware
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import JSONResponse

from .. import __version__
from ..api import KnowledgeGraph
from . import DEFAULT_MAX_RESULTS, DEFAULT_QUERY_TIMEOUT
from .render import render_page

__all__ = ["create_app", "WebContext", "DEFAULT_QUERY_TIMEOUT", "DEFAULT_MAX_RESULTS"]

HERE = Path(__file__).resolve().parent

# Pages load nothing from elsewhere and run no script of their own; graph views are sandboxed.
PAGE_CSP = ("default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-src 'self'; "
            "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'self'")
VIEW_CSP = ("default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
            "img-src data: blob:; font-src data:; connect-src 'none'; frame-ancestors 'self'; "
            "sandbox allow-scripts allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation")


@dataclass
class WebContext:
    """What the routes share: the store, the Python API, the limits and the query workers."""

    store: object
    kg: KnowledgeGraph
    query_timeout: float
    max_results: int
    workers: int
    _pool: object = None
    _lock: threading.Lock = field(default_factory=threading.Lock)
    search_lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def store_dir(self) -> Path | None:
        """The Oxigraph directory of an embedded store (None for a remote store)."""
        path = getattr(self.store, "path", None)
        if path is None or getattr(self.store, "kind", "embedded") != "embedded":
            return None
        d = Path(path) / "oxigraph"
        return d if d.is_dir() else None

    def pool(self):
        from .sparql_worker import QueryPool

        with self._lock:
            if self._pool is None:
                if self.store_dir is None:
                    return None
                self._pool = QueryPool(str(self.store_dir), timeout=self.query_timeout, size=self.workers)
            return self._pool

    refresh_every: float = 1.0
    _stamp: tuple | None = None
    _checked: float = 0.0
    _refresh_lock: threading.Lock = field(default_factory=threading.Lock)

    def refresh(self) -> bool:
        """Serve a store that a build has changed since it was opened: at most once every
        ``refresh_every`` seconds, compare the store's stamp (its text index, written last by every build step, and the
        bulk-build mark) with the one it was opened with; when it differs and no bulk build is under
        way, open the store again. Requests already running finish on the old one; the old query
        workers are stopped once a query on them would have timed out. True when it reopened."""
        from ..store import EmbeddedStore, StoreError

        if self.store_dir is None or not getattr(self.store, "read_only", True):
            return False
        now = time.monotonic()
        if now - self._checked < self.refresh_every or not self._refresh_lock.acquire(blocking=False):
            return False
        try:
            self._checked = now
            stamp = _stamp(self.store.path)
            if self._stamp is None:
                self._stamp = stamp
            if stamp == self._stamp or stamp[1]:  # unchanged, or a bulk build is still loading
                return False
            try:
                fresh = EmbeddedStore(self.store.path, read_only=True)
            except (StoreError, OSError):
                return False  # half-built or gone: keep serving what was opened
            with self._lock:
                self.store, self.kg, self._stamp = fresh, KnowledgeGraph(fresh), stamp
                old, self._pool = self._pool, None
        finally:
            self._refresh_lock.release()
        if old is not None:
            timer = threading.Timer(self.query_timeout + 1.0, old.close)
            timer.daemon = True
            timer.start()
        return True

    def search(self, words: str, kinds=None, limit: int = 20):
        with self.search_lock:  # one SQLite connection is shared by the request threads
            return self.kg.search(words, kinds, limit)

    def close(self) -> None:
        with self._lock:
            if self._pool is not None:
                self._pool.close()
                self._pool = None


def create_app(store, *, query_timeout: float = DEFAULT_QUERY_TIMEOUT, max_results: int = DEFAULT_MAX_RESULTS,
               workers: int = 2, refresh_every: float = 1.0) -> FastAPI:
    """The FastAPI application over ``store`` (an EmbeddedStore, or any store with the same interface).

    ``query_timeout`` (seconds) and ``max_results`` (rows or triples) bound every /sparql request;
    ``workers`` is the number of query processes; an embedded store opened read-only is opened again
    when a build has changed it, checked at most every ``refresh_every`` seconds."""
    if query_timeout <= 0 or max_results <= 0:
        raise ValueError("query_timeout and max_results must be positive")
    ctx = WebContext(store=store, kg=KnowledgeGraph(store), query_timeout=float(query_timeout),
                     max_results=int(max_results), workers=workers, refresh_every=float(refresh_every))

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
        docs_url=None, redoc_url=None,  # their pages load scripts from a CDN; /api lists the endpoints instead
        lifespan=lifespan,
    )
    app.state.ctx = ctx
    app.add_middleware(CORSMiddleware, allow_origins=["*"], allow_methods=["GET", "POST", "OPTIONS"],
                       allow_headers=["*"], max_age=600)

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        response = await call_next(request)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        ctype = response.headers.get("content-type", "")
        if request.url.path.startswith("/view/"):
            response.headers.setdefault("Content-Security-Policy", VIEW_CSP)
        elif ctype.startswith("text/html"):
            response.headers.setdefault("Content-Security-Policy", PAGE_CSP)
        return response

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        if request.url.path.startswith(("/api/", "/sparql", "/view/", "/openapi", "/static/")):
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=exc.headers)
        return render_page("error.html", exc.status_code, status=exc.status_code, message=str(exc.detail))

    from . import catalogue, jsonapi, pages, sparql, views

    app.include_router(pages.router)
    app.include_router(catalogue.router)
    app.include_router(views.router)
    app.include_router(jsonapi.router)
    app.include_router(sparql.router)
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    return app


def _stamp(path) -> tuple:
    """What changes when a build writes to the store at ``path``: the text index's modification time and
    size, and whether a bulk build's mark is there."""
    from ..store import LOADING_MARK

    try:
        st = (Path(path) / "index.sqlite").stat()
        index = (st.st_mtime_ns, st.st_size)
    except OSError:
        index = None
    return index, (Path(path) / LOADING_MARK).exists()


def context(request: Request) -> WebContext:
    ctx = request.app.state.ctx
    ctx.refresh()
    return ctx
