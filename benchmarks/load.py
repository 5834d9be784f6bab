"""Load on ``phancong serve`` over loopback (issue 18): ``scripts/load``.

Builds the seed corpus (``corpus/``) into a temporary store (or takes ``--store``), starts
``phancong serve`` on a free port of 127.0.0.1, and drives ``/api/owner``, ``/search`` and ``/sparql``
with N concurrent clients (default 200), one phase per endpoint and one with the three mixed. Each
client is a keep-alive HTTP/1.1 connection (asyncio streams: a light client, so that the machine's
cores go to the server) that sends its next request when the last is answered. Words come from the
tasks of the store; SPARQL queries from a small set of the kind a page or a monitor sends.

Bounded: each phase stops after ``--seconds`` or ``--max-requests``, whichever comes first; only
127.0.0.1 is ever addressed; the server is stopped at the end, also on Ctrl-C.

First every distinct request is sent once by one client (the "cold" line: the server keeps
answers until the store changes, so the phases after it measure mostly kept answers). Then, per
phase: requests, req/s, errors (any status but 200, or a broken connection), p50, p99 and the
slowest request; the goal (0 errors and p99 <= 500 ms) is checked for each phase. ``--json FILE``
writes the same figures.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import random
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOAL_P99_MS = 500.0

SPARQL = [
    "ASK { ?s ?p ?o }",
    "PREFIX pc: <https://w3id.org/phancong/ontology#> SELECT (COUNT(*) AS ?n) WHERE { ?t a pc:Task }",
    "PREFIX pc: <https://w3id.org/phancong/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
    "SELECT ?t ?label WHERE { ?t a pc:Task ; rdfs:label ?label } LIMIT 20",
    "PREFIX pc: <https://w3id.org/phancong/ontology#> SELECT ?a ?b ?r WHERE { ?a pc:body ?b ; pc:role ?r } LIMIT 50",
    "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> SELECT ?x ?name WHERE { ?x skos:prefLabel ?name } LIMIT 30",
]


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _words(store: str) -> list[str]:
    """Two or three words from the label of each task of the store (what a person would type)."""
    from phancong.store.embedded import EmbeddedStore

    s = EmbeddedStore(store, read_only=True)
    rows = s.select(
        "PREFIX pc: <https://w3id.org/phancong/ontology#> "
        "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
        "SELECT ?l WHERE { ?t a pc:Task ; rdfs:label ?l } ORDER BY ?l LIMIT 200"
    )
    rng = random.Random(18)
    out = []
    for r in rows:
        words = [w for w in str(r["l"]).split() if w.isalpha()]
        if len(words) >= 3:
            i = rng.randrange(len(words) - 2)
            out.append(" ".join(words[i : i + rng.choice((2, 3))]))
    del s
    return sorted(set(out)) or ["báo cáo", "kiểm tra"]


def _paths(kind: str, words: list[str]) -> list[str]:
    q = urllib.parse.quote
    if kind == "owner":
        return [f"/api/owner?q={q(w)}" for w in words]
    if kind == "search":
        return [f"/search?q={q(w)}" for w in words]
    if kind == "sparql":
        return [f"/sparql?query={q(s)}" for s in SPARQL]
    raise ValueError(kind)


async def _client(
    port: int,
    paths: list[str],
    stop: float,
    budget: list[int],
    lat: list[float],
    errors: dict,
    seed: int,
    in_order: bool = False,
) -> None:
    rng = random.Random(seed)
    turn = iter(paths)
    reader = writer = None
    try:
        while time.monotonic() < stop and budget[0] > 0:
            budget[0] -= 1
            path = next(turn, None) if in_order else rng.choice(paths)
            if path is None:
                break
            started = time.perf_counter()
            try:
                if writer is None:
                    reader, writer = await asyncio.open_connection("127.0.0.1", port)
                accept = "application/sparql-results+json" if path.startswith("/sparql") else "*/*"
                writer.write(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nAccept: {accept}\r\n\r\n".encode())
                status, close = await _response(reader)
            except (OSError, asyncio.IncompleteReadError, ValueError) as exc:
                errors[type(exc).__name__] = errors.get(type(exc).__name__, 0) + 1
                if writer is not None:
                    writer.close()
                reader = writer = None
                continue
            lat.append(time.perf_counter() - started)
            if status != 200:
                errors[str(status)] = errors.get(str(status), 0) + 1
            if close:
                writer.close()
                reader = writer = None
    finally:
        if writer is not None:
            writer.close()


async def _response(reader) -> tuple[int, bool]:
    """Read one HTTP/1.1 response: (status, whether the server closes the connection)."""
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    headers = {}
    for line in lines[1:]:
        if ":" in line:
            k, v = line.split(":", 1)
            headers[k.strip().lower()] = v.strip().lower()
    if "content-length" in headers:
        await reader.readexactly(int(headers["content-length"]))
    elif headers.get("transfer-encoding") == "chunked":
        while True:
            size = int((await reader.readuntil(b"\r\n")).split(b";")[0], 16)
            await reader.readexactly(size + 2)
            if size == 0:
                break
    return status, headers.get("connection") == "close"


def _pct(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


async def _phase(
    port: int, paths: list[str], clients: int, seconds: float, max_requests: int, in_order: bool = False
) -> dict:
    lat: list[float] = []
    errors: dict = {}
    budget = [max_requests]
    started = time.monotonic()
    stop = started + seconds
    await asyncio.gather(*(_client(port, paths, stop, budget, lat, errors, i, in_order) for i in range(clients)))
    elapsed = time.monotonic() - started
    n = len(lat) + sum(v for k, v in errors.items() if not k.isdigit())
    return {
        "clients": clients,
        "requests": n,
        "seconds": round(elapsed, 2),
        "req_per_s": round(n / elapsed, 1),
        "errors": sum(errors.values()),
        "error_kinds": errors,
        "p50_ms": round(_pct(lat, 50) * 1000, 1),
        "p99_ms": round(_pct(lat, 99) * 1000, 1),
        "max_ms": round(max(lat, default=float("nan")) * 1000, 1),
    }


def _wait_ready(port: int, proc: subprocess.Popen, timeout: float = 60.0) -> None:
    import http.client

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"error: phancong serve exited with status {proc.returncode} before answering")
        try:
            c = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            c.request("GET", "/openapi.json")
            ok = c.getresponse().status == 200
            c.close()
            if ok:
                return
        except OSError:
            pass
        time.sleep(0.2)
    raise SystemExit(f"error: phancong serve did not answer within {timeout:g} s")


def _machine() -> str:
    mem = ""
    try:
        with open("/proc/meminfo") as f:
            mem = f", {int(f.readline().split()[1]) / 1024 / 1024:.0f} GiB"
    except OSError:
        pass
    load = ", load average " + " ".join(f"{x:.2f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else ""
    return f"{platform.machine()}, {os.cpu_count()} cores{mem}{load}, Python {platform.python_version()}"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="scripts/load", description=__doc__.split("\n\n")[0])
    ap.add_argument("--store", help="a built store (default: corpus/ built into a temporary folder)")
    ap.add_argument("--clients", type=int, default=200, help="concurrent clients (default 200)")
    ap.add_argument("--seconds", type=float, default=15.0, help="length of each phase (default 15)")
    ap.add_argument("--max-requests", type=int, default=50_000, help="at most this many requests a phase")
    ap.add_argument(
        "--phases",
        default="owner,search,sparql,mixed",
        help="comma-separated, from owner, search, sparql, mixed (default: all four)",
    )
    ap.add_argument("--workers", type=int, default=2, help="phancong serve --workers (default 2)")
    ap.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    args = ap.parse_args(argv)
    if not 1 <= args.clients <= 1000 or not 0 < args.seconds <= 300 or args.max_requests < 1:
        ap.error("--clients 1-1000, --seconds up to 300 and --max-requests at least 1")
    phases = [p.strip() for p in args.phases.split(",") if p.strip()]
    bad = [p for p in phases if p not in ("owner", "search", "sparql", "mixed")]
    if bad:
        ap.error(f"unknown phase {bad[0]!r}")

    tmp = None
    store = args.store
    phancong = [sys.executable, "-m", "phancong.cli"]
    if store is None:
        tmp = tempfile.mkdtemp(prefix="phancong-load-")
        store = os.path.join(tmp, "store")
        print(f"building corpus/ into {store}", file=sys.stderr)
        subprocess.run(
            [*phancong, "build", str(ROOT / "corpus"), "--store", store, "--quiet"],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    words = _words(store)
    port = _free_port()
    server = subprocess.Popen(
        [
            *phancong,
            "serve",
            "--store",
            store,
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--workers",
            str(args.workers),
        ],
        stdout=subprocess.DEVNULL,
    )
    results = {"machine": _machine(), "clients": args.clients, "workers": args.workers, "phases": {}}
    try:
        _wait_ready(port, server)
        all_paths = {k: _paths(k, words) for k in ("owner", "search", "sparql")}
        # cold: every request once, one client (the query workers start with the first query; the server
        # keeps answers until the store changes, so the phases after this measure mostly kept answers)
        every = [p for ps in all_paths.values() for p in ps]
        cold = asyncio.run(_phase(port, every, 1, 120.0, len(every), in_order=True))
        results["cold"] = cold
        print(
            f"cold: each of the {len(every)} distinct requests once, one client: p50 {cold['p50_ms']} ms, "
            f"max {cold['max_ms']} ms, {cold['errors']} errors"
        )
        print(f"{'phase':8} {'requests':>8} {'req/s':>7} {'errors':>6} {'p50 ms':>7} {'p99 ms':>7} {'max ms':>7}  goal")
        for name in phases:
            paths = [p for ps in all_paths.values() for p in ps] if name == "mixed" else all_paths[name]
            r = asyncio.run(_phase(port, paths, args.clients, args.seconds, args.max_requests))
            r["goal_met"] = r["errors"] == 0 and r["p99_ms"] <= GOAL_P99_MS
            results["phases"][name] = r
            print(
                f"{name:8} {r['requests']:>8} {r['req_per_s']:>7} {r['errors']:>6} {r['p50_ms']:>7} "
                f"{r['p99_ms']:>7} {r['max_ms']:>7}  {'met' if r['goal_met'] else 'missed'}"
                + (f"  {r['error_kinds']}" if r["errors"] else ""),
                flush=True,
            )
    finally:
        server.terminate()
        try:
            server.wait(15)
        except subprocess.TimeoutExpired:
            server.kill()
        if tmp:
            shutil.rmtree(tmp, ignore_errors=True)
    print(f"{args.clients} clients, serve --workers {args.workers}, on {results['machine']}")
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n")
    return 0 if all(r["goal_met"] for r in results["phases"].values()) else 1


if __name__ == "__main__":
    sys.exit(main())
