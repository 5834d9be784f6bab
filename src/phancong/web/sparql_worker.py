"""Run SPARQL queries in worker processes that can be stopped, bounded in time and memory, fairly.

pyoxigraph releases the GIL while it evaluates (measured: the event loop keeps
running while a cross-product query runs in a thread), so a thread would keep
the server responsive, but a thread cannot be stopped: a runaway query would
burn a core until the process ends.  So each query runs in a child process
(``spawn``) that holds the store opened with ``pyoxigraph.Store.read_only``.

Limits, each answered with a sentence:

- **time**: the parent waits for the answer at most ``timeout`` seconds while the query runs; then it
  kills the child (503) and starts a fresh one.
- **memory**: the child caps its own data segment with ``setrlimit(RLIMIT_DATA)`` at ``memory_mb``
  (every private writable mapping: the heap, anonymous ``mmap``, thread stacks).  A query that needs more
  (an ``ORDER BY`` over a cross product sorts every row, even with ``LIMIT 1``) fails to allocate: the
  child aborts or raises ``MemoryError``; either way the answer is 503 and a fresh child starts.
- **size**: the child stops reading rows at ``max_results + 1`` (422) and serialises the answer in the
  negotiated format, so what crosses the pipe is the response body.  A request for one *page*
  (``page_size``, ``offset``) counts every row but keeps only the page's: no size limit, the time limit
  bounds it.

Fair turns (:class:`QueryPool`): ``size`` general workers and one *quick lane*.  A query waits in
the queue of its client (the remote address); when a worker frees, it goes to the waiting client with
the fewest queries running (then to the query that came first), so one client's burst cannot hold
every worker while another waits.  When every general worker is busy, the first waiting query that
is not known to be slow runs on the quick lane for at most ``quick_seconds``; a query that needs
longer is stopped there, remembered as slow, and waits for a general worker.  So a monitoring ``ASK``
answers at once while two heavy queries hold both general workers.

The read-only view is the store as it was when the worker started (workers are
replaced after a timeout or a crash); after a build changes the store, the web context
(phancong.web.context.WebContext.refresh) opens it again and starts new workers.
"""

from __future__ import annotations

import logging
import multiprocessing as mp
import signal
import threading
import time
from collections import OrderedDict, deque
from itertools import count

__all__ = ["QueryPool", "QueryRequest", "QueryFailed", "QueryTimeout", "DEFAULT_QUERY_MEMORY_MB", "QUICK_LANE_SECONDS"]

from . import DEFAULT_QUERY_MEMORY_MB
from .sparql_answer import QueryFailed, QueryRequest, execute

QUICK_LANE_SECONDS = 1.0
log = logging.getLogger("phancong.web")
# what a client is told when a worker fails for a reason of the server's (the log has the reason: a path, a class)
STORE_UNREADABLE = "the query workers cannot open the store (the server's log says why)"
WORKER_FAILED = "the query failed inside the query worker (the server's log says why)"
_SLOW_REMEMBERED = 1024  # query texts known to be slow (they skip the quick lane)


class QueryTimeout(QueryFailed):
    pass


def memory_message(memory_mb: int) -> str:
    return (
        f"the query needed more memory than a query worker may use ({memory_mb} MB, --query-memory): it was "
        f"stopped; narrow it (an ORDER BY or a GROUP BY over a cross product holds every row, even with LIMIT)"
    )


# --------------------------------------------------------------------------- the child
def limit_memory(memory_mb: int) -> None:
    """Cap this process's data segment (heap, anonymous mappings) at ``memory_mb`` MB (Linux: RLIMIT_DATA)."""
    import resource

    limit = int(memory_mb) * 1024 * 1024
    _, hard = resource.getrlimit(resource.RLIMIT_DATA)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_DATA, (limit, hard))


def _child_main(path: str, conn, memory_mb: int) -> None:  # pragma: no cover - runs in the child process
    import pyoxigraph as ox

    from ..sparql.catalogue import named_query
    from .sparql_guard import check_parsed

    try:
        check_parsed(named_query("web/sparql-example").sparql)  # build rdflib's grammar before the first request
        limit_memory(memory_mb)
        store = ox.Store.read_only(path)
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
        except MemoryError:
            out = ("error", 503, memory_message(memory_mb), "restart")
        except Exception as exc:  # noqa: BLE001 - any other failure is an answer, not a dead worker
            out = ("error", 500, WORKER_FAILED, "log", f"{type(exc).__name__}: {exc}")
        try:
            conn.send(out)
        except MemoryError:
            conn.send(("error", 503, memory_message(memory_mb), "restart"))
        if out[0] == "error" and len(out) > 3:
            return  # out of memory: the parent starts a fresh worker


# --------------------------------------------------------------------------- the parent
class _Worker:
    def __init__(self, path: str, ctx, memory_mb: int, lane: str):
        self.path = path
        self.lane = lane  # "general" or "quick"
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(
            target=_child_main, args=(path, child, memory_mb), daemon=True, name=f"phancong-sparql-{lane}"
        )
        self.proc.start()
        child.close()
        self.ready = False
        self.failure: str | None = None

    def wait_ready(self, timeout: float) -> bool:
        """Whether the child has opened the store (waiting up to ``timeout`` seconds for it to say so)."""
        try:
            if self.conn.poll(timeout):
                msg = self.conn.recv()
                if msg[0] == "ready":
                    self.ready = True
                else:
                    self.failure = msg[1]
            else:
                self.failure = f"the query worker did not start within {timeout:.0f} s"
        except (EOFError, OSError):
            self.failure = "the query worker died while starting"
        return self.ready

    def exchange(self, req: QueryRequest, seconds: float):
        """("answer", message) | ("overrun",) when ``seconds`` passed | ("died", exit code)."""
        try:
            self.conn.send(req)
            if not self.conn.poll(seconds):
                return ("overrun",)
            return ("answer", self.conn.recv())
        except (EOFError, OSError):
            self.proc.join(2)
            return ("died", self.proc.exitcode)

    def kill(self) -> None:
        if self.proc.is_alive():
            self.proc.kill()
        self.proc.join(5)
        self.conn.close()


class _Ticket:
    __slots__ = ("client", "seq", "quick", "worker")

    def __init__(self, client: str, seq: int, quick: bool):
        self.client, self.seq, self.quick = client, seq, quick
        self.worker: _Worker | None = None


class QueryPool:
    """``size`` general worker processes and one quick-lane worker over the store at ``path`` (its
    ``oxigraph/`` directory), each capped at ``memory_mb`` MB; every query stopped after ``timeout``
    seconds.  Workers start with the first query; :meth:`run` takes turns fairly (module docstring)."""

    def __init__(
        self,
        path: str,
        *,
        timeout: float,
        size: int = 2,
        memory_mb: int = DEFAULT_QUERY_MEMORY_MB,
        quick_seconds: float = QUICK_LANE_SECONDS,
        startup_timeout: float = 60.0,
    ):
        self.path = str(path)
        self.timeout = float(timeout)
        self.size = max(1, size)
        self.memory_mb = int(memory_mb)
        self.quick_seconds = min(float(quick_seconds), self.timeout)
        self.startup_timeout = startup_timeout
        self._ctx = mp.get_context("spawn")
        self._cond = threading.Condition()
        self._idle: list[_Worker] = []  # ready general workers
        self._quick: _Worker | None = None  # the quick-lane worker, when ready and idle
        self._live = {"general": 0, "quick": 0}  # started or starting, not yet stopped
        self._starting = {"general": 0, "quick": 0}
        self._failure: str | None = None
        self._waiting: dict[str, deque[_Ticket]] = {}
        self._running: dict[str, int] = {}
        self._seq = count()
        self._slow: OrderedDict[str, None] = OrderedDict()
        self._closed = False
        self.stats = {"queries": 0, "timeouts": 0, "restarts": 0, "memory": 0, "quick": 0, "bumped": 0}

    # ------------------------------------------------------------------ workers
    def _spawn(self, lane: str) -> None:
        """Start a worker (under the lock); it joins the idle ones once it says it is ready."""
        self._live[lane] += 1
        self._starting[lane] += 1
        w = _Worker(self.path, self._ctx, self.memory_mb, lane)
        threading.Thread(target=self._await_ready, args=(w,), daemon=True, name="phancong-sparql-start").start()

    def _await_ready(self, w: _Worker) -> None:
        ok = w.wait_ready(self.startup_timeout)
        with self._cond:
            self._starting[w.lane] -= 1
            if ok and not self._closed:
                self._failure = None
                self._put_back(w)
                return
            self._live[w.lane] -= 1
            if not ok:
                self._failure = w.failure
                log.error("a SPARQL query worker did not start: %s", w.failure)
            self._cond.notify_all()
        w.kill()

    def _fill(self) -> None:
        """Start the workers that are missing (under the lock): all of them with the first query."""
        while self._live["general"] < self.size:
            self._spawn("general")
        if self._live["quick"] < 1:
            self._spawn("quick")

    def _put_back(self, w: _Worker) -> None:
        if w.lane == "quick":
            self._quick = w
        else:
            self._idle.append(w)
        self._dispatch()

    def _retire(self, w: _Worker) -> None:
        """Kill a worker and start a fresh one in its place."""
        w.kill()
        with self._cond:
            self._live[w.lane] -= 1
            self.stats["restarts"] += 1
            if not self._closed:
                self._spawn(w.lane)

    # ------------------------------------------------------------------ turns
    def _pick(self, quick_only: bool) -> _Ticket | None:
        """The next ticket: of the waiting client with the fewest queries running, the one that came first."""
        best = None
        for client, queue in self._waiting.items():
            t = next((t for t in queue if t.quick), None) if quick_only else queue[0]
            if t is None:
                continue
            key = (self._running.get(client, 0), t.seq)
            if best is None or key < best[0]:
                best = (key, t)
        if best is None:
            return None
        t = best[1]
        self._unqueue(t)
        return t

    def _unqueue(self, t: _Ticket) -> None:
        queue = self._waiting.get(t.client)
        if queue is not None and t in queue:
            queue.remove(t)
            if not queue:
                del self._waiting[t.client]

    def _enqueue(self, t: _Ticket) -> None:
        queue = self._waiting.setdefault(t.client, deque())
        i = next((i for i, u in enumerate(queue) if u.seq > t.seq), len(queue))
        queue.insert(i, t)

    def _dispatch(self) -> None:
        """Hand idle workers to waiting tickets (under the lock)."""
        granted = False
        while self._idle and self._waiting:
            t = self._pick(quick_only=False)
            if t is None:  # (cannot be: a waiting client's queue is never empty)
                break
            t.worker = self._idle.pop()
            granted = True
        if self._quick is not None and self._waiting:
            t = self._pick(quick_only=True)
            if t is not None:
                t.worker, self._quick = self._quick, None
                granted = True
        if granted:
            self._cond.notify_all()

    def _wait_turn(self, t: _Ticket, deadline: float) -> _Worker:
        with self._cond:
            self._enqueue(t)
            self._dispatch()
            while t.worker is None:
                failure = None
                if self._closed:
                    failure = QueryFailed("the server is shutting down", 503)
                elif self._live["general"] == 0 and self._failure:
                    failure = QueryFailed(STORE_UNREADABLE, 500)
                elif time.monotonic() >= deadline and not self._starting["general"]:
                    # (while a general worker starts, e.g. with the first query, the wait is the start's)
                    failure = QueryFailed(
                        f"the server is busy: every query worker stayed busy for {self.timeout:g} s; try again later",
                        503,
                    )
                if failure is not None:
                    self._unqueue(t)
                    raise failure
                self._cond.wait(max(0.05, deadline - time.monotonic()))
            self._running[t.client] = self._running.get(t.client, 0) + 1
            return t.worker

    def _done(self, t: _Ticket, w: _Worker, keep: bool) -> None:
        with self._cond:
            n = self._running.get(t.client, 1) - 1
            if n:
                self._running[t.client] = n
            else:
                self._running.pop(t.client, None)
            t.worker = None
            if keep and not self._closed:
                self._put_back(w)
                return
            if keep:  # closed meanwhile
                self._live[w.lane] -= 1
            self._cond.notify_all()
        if keep:
            w.kill()
        else:
            self._retire(w)

    def _is_slow(self, text: str) -> bool:
        with self._cond:
            return text in self._slow

    def _remember_slow(self, text: str) -> None:
        with self._cond:
            self._slow[text] = None
            self._slow.move_to_end(text)
            while len(self._slow) > _SLOW_REMEMBERED:
                self._slow.popitem(last=False)

    # ------------------------------------------------------------------ a query
    def run(self, req: QueryRequest, client: str = "-"):
        """Blocking: the worker's answer ("ok", body, media type, count, seconds); raises :class:`QueryFailed`.
        ``client`` names who asks (the remote address), for fair turns."""
        with self._cond:
            if not self._closed:
                self._fill()
        t = _Ticket(client, next(self._seq), quick=not self._is_slow(req.text))
        deadline = time.monotonic() + self.timeout
        self.stats["queries"] += 1
        while True:
            w = self._wait_turn(t, deadline)
            quick = w.lane == "quick"
            seconds = self.quick_seconds if quick else self.timeout
            started = time.monotonic()
            outcome = w.exchange(req, seconds)
            if outcome[0] == "overrun":
                self._remember_slow(req.text)
                self._done(t, w, keep=False)
                if quick:  # too slow for the quick lane: wait for a general worker, as long again
                    self.stats["bumped"] += 1
                    t.quick = False
                    deadline += time.monotonic() - started
                    continue
                self.stats["timeouts"] += 1
                raise QueryTimeout(
                    f"the query was stopped after {self.timeout:g} s, the time limit of this server "
                    f"(--query-timeout); narrow it or add a LIMIT",
                    503,
                )
            if outcome[0] == "died":
                self._done(t, w, keep=False)
                code = outcome[1]
                if code in (-signal.SIGABRT, -signal.SIGKILL, -signal.SIGSEGV, -signal.SIGBUS):
                    self.stats["memory"] += 1
                    raise QueryFailed(memory_message(self.memory_mb), 503)
                raise QueryFailed(f"the query worker died (exit status {code}); it has been restarted", 500)
            out = outcome[1]
            restart = out[0] == "error" and len(out) > 3 and out[3] == "restart"
            if out[0] == "error" and len(out) > 4 and out[3] == "log":
                log.error("a SPARQL query failed in its worker: %s", out[4])
            if restart:
                self.stats["memory"] += 1
            self._done(t, w, keep=not restart)
            if quick:
                self.stats["quick"] += 1
            if out[0] == "error":
                raise QueryFailed(out[2], out[1])
            return (*out, time.monotonic() - started)

    def close(self) -> None:
        with self._cond:
            self._closed = True
            idle, self._idle = self._idle, []
            if self._quick is not None:
                idle.append(self._quick)
                self._quick = None
            for w in idle:
                self._live[w.lane] -= 1
            self._cond.notify_all()
        for w in idle:
            w.kill()
