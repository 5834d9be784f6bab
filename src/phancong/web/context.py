"""What the routes share: the :class:`WebContext` (the store, the Python API, the limits, the
query workers) and :func:`context`, the FastAPI dependency that hands it to a route.

The app factory (:mod:`phancong.web.app`) builds the context and includes the routes; the routes
import this module, never the app, so the web package has no import cycle.
"""

from __future__ import annotations

import ctypes
import gc
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from fastapi import Request

from ..api import KnowledgeGraph

if TYPE_CHECKING:
    from ..store.embedded import EmbeddedStore
    from ..store.remote import RemoteStore
    from .sparql_remote import RemotePool
    from .sparql_worker import QueryPool

__all__ = ["WebContext", "AnswerCache", "context"]


class AnswerCache:
    """Recent answers by key (the route and its parameters), at most ``max_entries`` and about
    ``max_bytes``, least recently used first out. :meth:`clear` (when the store is opened again)
    starts a new generation: an answer computed on the old store is not kept."""

    def __init__(self, max_entries: int = 4096, max_bytes: int = 64 << 20):
        from collections import OrderedDict

        self.max_entries, self.max_bytes = max_entries, max_bytes
        self._items: OrderedDict = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()
        self.generation = 0
        self.hits = self.misses = 0

    def get(self, key):
        with self._lock:
            item = self._items.get(key)
            if item is None:
                self.misses += 1
                return None
            self._items.move_to_end(key)
            self.hits += 1
            return item[0]

    def put(self, key, value, size: int, generation: int) -> None:
        if size > self.max_bytes // 16:
            return
        with self._lock:
            if generation != self.generation:
                return
            old = self._items.pop(key, None)
            if old is not None:
                self._bytes -= old[1]
            self._items[key] = (value, size)
            self._bytes += size
            while len(self._items) > self.max_entries or self._bytes > self.max_bytes:
                self._bytes -= self._items.popitem(last=False)[1][1]

    def remember(self, key, compute, size=lambda value: 1024):
        """The answer kept for ``key``, or ``compute()`` kept and returned."""
        value = self.get(key)
        if value is None:
            generation = self.generation
            value = compute()
            self.put(key, value, size(value), generation)
        return value

    def clear(self) -> None:
        with self._lock:
            self._items.clear()
            self._bytes = 0
            self.generation += 1


@dataclass
class WebContext:
    """What the routes share: the store, the Python API, the limits and the query workers."""

    store: EmbeddedStore | RemoteStore
    kg: KnowledgeGraph
    query_timeout: float
    max_results: int
    workers: int
    query_memory: int = 1024
    _pool: QueryPool | RemotePool | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)
    search_lock: threading.Lock = field(default_factory=threading.Lock)
    answers: AnswerCache = field(default_factory=AnswerCache)  # /api/owner, /search, /sparql

    @property
    def store_dir(self) -> Path | None:
        """The Oxigraph directory of an embedded store (None for a remote store)."""
        path = getattr(self.store, "path", None)
        if path is None or getattr(self.store, "kind", "embedded") != "embedded":
            return None
        d = Path(path) / "oxigraph"
        return d if d.is_dir() else None

    def pool(self) -> QueryPool | RemotePool | None:
        from .sparql_worker import QueryPool

        with self._lock:
            if self._pool is None:
                if getattr(self.store, "kind", "embedded") == "remote":  # serve --endpoint: forwarded to the engine
                    from ..store.remote import RemoteStore
                    from .sparql_remote import RemotePool

                    if isinstance(self.store, RemoteStore):
                        self._pool = RemotePool(self.store, timeout=self.query_timeout)
                        return self._pool
                if self.store_dir is None:
                    return None
                self._pool = QueryPool(
                    str(self.store_dir), timeout=self.query_timeout, size=self.workers, memory_mb=self.query_memory
                )
            return self._pool

    refresh_every: float = 1.0
    _stamp: tuple | None = None
    _checked: float = 0.0
    _next_check: float = 0.0
    _refresh_lock: threading.Lock = field(default_factory=threading.Lock)

    def refresh(self) -> bool:
        """Serve a store that a build has changed since it was opened: at most once every
        ``refresh_every`` seconds, compare the store's stamp (its text index, written last by every build step, and the
        bulk-build mark) with the one it was opened with; when it differs and no bulk build is under
        way, open the store again. Requests already running finish on the old one; the old query
        workers are stopped once a query on them would have timed out. True when it reopened."""
        from ..store.embedded import EmbeddedStore, StoreError

        store_dir = self.store_dir
        if store_dir is None or not getattr(self.store, "read_only", True):
            return False
        path = store_dir.parent  # the embedded store's directory
        now = time.monotonic()
        if now - self._checked < self.refresh_every or not self._refresh_lock.acquire(blocking=False):
            return False
        try:
            self._checked = now
            stamp = _stamp(path)
            if self._stamp is None:
                self._stamp = stamp
            if stamp == self._stamp or stamp[1]:  # unchanged, or a bulk build is still loading
                return False
            try:
                fresh = EmbeddedStore(path, read_only=True)
            except (StoreError, OSError):
                return False  # half-built or gone: keep serving what was opened
            with self._lock:
                self.store, self.kg, self._stamp = fresh, KnowledgeGraph(fresh), stamp
                self.answers.clear()
                old, self._pool = self._pool, None
        finally:
            self._refresh_lock.release()
        give_back_memory()  # the old store, unless a request still reads it
        timer = threading.Timer(self.query_timeout + 1.0, _let_go, (old,))
        timer.daemon = True
        timer.start()
        return True

    def search(self, words: str, kinds=None, limit: int = 20, **filters):
        """:meth:`KnowledgeGraph.search` (``offset``, ``province``, ``year`` among the filters)."""
        with self.search_lock:  # one SQLite connection is shared by the request threads
            return self.kg.search(words, kinds, limit, **filters)

    def close(self) -> None:
        with self._lock:
            if self._pool is not None:
                self._pool.close()
                self._pool = None


def _stamp(path) -> tuple:
    """What changes when a build writes to the store at ``path``: the text index's modification time and
    size, and whether a bulk build's mark is there."""
    from ..store.embedded import LOADING_MARK

    try:
        st = (Path(path) / "index.sqlite").stat()
        index = (st.st_mtime_ns, st.st_size)
    except OSError:
        index = None
    return index, (Path(path) / LOADING_MARK).exists()


def give_back_memory() -> None:
    """Free what no one holds any more and give the free memory back to the system. Each opening of the
    store allocates ~15 MB that glibc keeps after the store is dropped: a server beside builds, which opens
    the store again at each change it notices, grew from 80 MB to 550 MB over one build of 100 sources."""
    gc.collect()
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):  # not glibc: its allocator returns memory its own way
        pass


def _let_go(pool) -> None:
    """Once a query on the old store would have timed out: stop its workers, give its memory back."""
    if pool is not None:
        pool.close()
    give_back_memory()


async def context(request: Request) -> WebContext:
    """The context; at most once every ``refresh_every`` seconds, in a thread, whether a build changed the store
    (async, so that a route whose answer is kept needs no thread at all)."""
    ctx = request.app.state.ctx
    now = time.monotonic()
    if now >= ctx._next_check:  # one request checks; the others meanwhile go on
        ctx._next_check = now + ctx.refresh_every
        from starlette.concurrency import run_in_threadpool

        await run_in_threadpool(ctx.refresh)
    return ctx
