"""/api/owner over loopback for scripts/bench: concurrent clients beside one client, same requests.

The server is ``phancong serve --host 127.0.0.1`` on a free port, started here and stopped here; the
clients are threads with keep-alive connections. Both runs are bounded by a count of requests and by a
time limit, whichever comes first.
"""

from __future__ import annotations

import http.client
import random
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
from pathlib import Path

__all__ = ["measure_web"]


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_ready(port: int, proc: subprocess.Popen, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"phancong serve exited with status {proc.returncode} before answering")
        try:
            c = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            c.request("GET", "/openapi.json")
            if c.getresponse().status == 200:
                c.close()
                return
        except OSError:
            pass
        time.sleep(0.2)
    raise RuntimeError(f"phancong serve did not answer on 127.0.0.1:{port} within {timeout:.0f} s")


def _load(port: int, paths: list[str], clients: int, limit: int, time_limit: float) -> dict:
    """``clients`` threads take the next path until ``limit`` requests are done or time is up."""
    lock = threading.Lock()
    state = {"next": 0}
    lat: list[float] = []
    errors: list[str] = []
    deadline = time.monotonic() + time_limit

    def worker() -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        while time.monotonic() < deadline:
            with lock:
                i = state["next"]
                if i >= limit:
                    break
                state["next"] = i + 1
            t0 = time.perf_counter()
            try:
                conn.request("GET", paths[i % len(paths)])
                resp = conn.getresponse()
                resp.read()
                ok = resp.status == 200
            except OSError as exc:
                ok = False
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
                resp = exc
            dt = time.perf_counter() - t0
            with lock:
                if ok:
                    lat.append(dt)
                else:
                    errors.append(str(getattr(resp, "status", resp)))
        conn.close()

    threads = [threading.Thread(target=worker, daemon=True) for _ in range(clients)]
    t0 = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join(time_limit + 120)
    wall = time.perf_counter() - t0
    s = sorted(lat)

    def pct(p: float) -> float:
        return s[max(0, min(len(s) - 1, int(-(-p * len(s) // 1)) - 1))] * 1000 if s else float("nan")

    return {
        "clients": clients,
        "requests": len(lat),
        "errors": len(errors),
        "error_examples": errors[:3],
        "wall_s": wall,
        "rps": len(lat) / wall if wall else 0.0,
        "p50_ms": pct(0.5),
        "p99_ms": pct(0.99),
    }


def measure_web(a: dict) -> dict:
    from phancong.text.normalise import fold

    from .vocab import task_words

    port = _free_port()
    cmd = [
        sys.executable,
        "-m",
        "phancong.cli",
        "serve",
        "--store",
        str(a["store"]),
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
    ]
    log = Path(a["store"]).parent / "serve.log"
    with open(log, "wb") as fh:
        proc = subprocess.Popen(cmd, stdout=fh, stderr=subprocess.STDOUT)
    try:
        _wait_ready(port, proc, 90)
        rng = random.Random(f"bench-web:{a.get('seed', 8)}")
        words = task_words()
        paths = [
            "/api/owner?" + urllib.parse.urlencode({"q": fold(w) if i % 2 else w})
            for i, w in enumerate(rng.sample(words, len(words)))
        ]
        limit, tl = int(a.get("requests", 1600)), float(a.get("time_limit_s", 120))
        _load(port, paths, 1, 5, 30)  # warm-up
        one = _load(port, paths, 1, max(20, limit // 8), tl / 4)
        many = _load(port, paths, int(a.get("clients", 16)), limit, tl)
    finally:
        proc.terminate()
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(5)
    return {
        "measured": True,
        "server": " ".join(cmd[2:]),
        "clients": many["clients"],
        "rps": many["rps"],
        "p50_ms": many["p50_ms"],
        "p99_ms": many["p99_ms"],
        "requests": many["requests"],
        "errors": many["errors"],
        "error_examples": many["error_examples"],
        "wall_s": many["wall_s"],
        "baseline_rps": one["rps"],
        "baseline_p50_ms": one["p50_ms"],
        "baseline_p99_ms": one["p99_ms"],
        "baseline_requests": one["requests"],
        "request_limit": limit,
        "time_limit_s": tl,
        "sample_path": paths[0],
    }
