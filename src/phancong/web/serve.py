"""``phancong serve``: the web pages, the JSON API and the SPARQL endpoint with uvicorn."""

from __future__ import annotations

import ipaddress
import sys
from contextlib import contextmanager

from . import DEFAULT_MAX_RESULTS, DEFAULT_QUERY_MEMORY_MB, DEFAULT_QUERY_TIMEOUT

__all__ = ["add_arguments", "serve", "serve_in_thread", "positive_int", "positive_float", "port_number"]


def _number(kind, text: str, what: str, low, high=None):
    import argparse
    import math

    try:
        value = kind(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not {what}") from None
    if (isinstance(value, float) and not math.isfinite(value)) or value < low or (high is not None and value > high):
        raise argparse.ArgumentTypeError(f"{text!r} is not {what}")
    return value


def positive_int(text: str) -> int:
    """argparse type: a whole number of at least 1 (``--limit 0`` is refused by name, with exit status 2)."""
    return _number(int, text, "a whole number of at least 1", 1)


def positive_float(text: str) -> float:
    """argparse type: a finite number above 0."""
    value = _number(float, text, "a number above 0", 0.0)
    if value <= 0:
        import argparse

        raise argparse.ArgumentTypeError(f"{text!r} is not a number above 0")
    return value


def port_number(text: str) -> int:
    """argparse type: a TCP port, 0 to 65535 (0: any free port)."""
    return _number(int, text, "a port number (0 to 65535)", 0, 65535)


def add_arguments(p) -> None:
    """The options of ``phancong serve`` (the store option is added by the CLI)."""
    p.add_argument(
        "--host",
        default="127.0.0.1",
        help="address to bind (default 127.0.0.1: this machine only; say 0.0.0.0 to expose it)",
    )
    p.add_argument("--port", type=port_number, default=8000, help="port (default 8000)")
    p.add_argument(
        "--query-timeout",
        type=positive_float,
        default=DEFAULT_QUERY_TIMEOUT,
        metavar="SECONDS",
        help=f"stop a /sparql query after this many seconds (default {DEFAULT_QUERY_TIMEOUT:g})",
    )
    p.add_argument(
        "--max-results",
        type=positive_int,
        default=DEFAULT_MAX_RESULTS,
        metavar="N",
        help=f"refuse /sparql answers of more than N rows or triples, unless asked for page by page "
        f"(page=, per= at most N; default {DEFAULT_MAX_RESULTS})",
    )
    p.add_argument(
        "--query-memory",
        type=positive_int,
        default=DEFAULT_QUERY_MEMORY_MB,
        metavar="MB",
        help=f"stop a /sparql query whose worker process needs more than MB megabytes of memory "
        f"(default {DEFAULT_QUERY_MEMORY_MB})",
    )
    p.add_argument(
        "--workers",
        type=positive_int,
        default=2,
        metavar="N",
        help="processes that run /sparql queries, taken in fair turns by client address; one more "
        "(the quick lane) answers short queries while they are all busy (default 2)",
    )
    p.add_argument(
        "--allowed-host",
        action="append",
        default=[],
        metavar="NAME",
        help="also answer requests whose Host header is NAME (repeat it for several; '*' turns the "
        "check off). By default the server answers only to the address it is bound to, and to "
        "localhost, 127.0.0.1 and ::1",
    )
    p.add_argument(
        "--auth-token",
        default=None,
        metavar="TOKEN",
        help="ask every request for the header 'Authorization: Bearer TOKEN' ($PHANCONG_AUTH_TOKEN, "
        "which other users of this machine cannot read with ps)",
    )


def allowed_hosts_for(host: str, extra=()) -> tuple[str, ...]:
    """The Host names a server bound to ``host`` answers to: the loopback names when bound to loopback;
    else the bound address, the ``extra`` names (``--allowed-host``) and the loopback names (bound to
    ``0.0.0.0`` or ``::``, any IP literal too: :func:`phancong.web.exposure.host_allowed`)."""
    from .exposure import LOOPBACK_HOSTS

    names = [] if _is_loopback(host) else [host.strip("[]").lower()]
    names += [h.strip().lower() for h in extra if h.strip()]
    return tuple(dict.fromkeys([*names, *LOOPBACK_HOSTS]))


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _listen(host: str, port: int):
    """A listening socket on host:port (raises OSError, e.g. when the port is taken)."""
    import socket

    # IPPROTO_TCP said, not left 0: asyncio sets TCP_NODELAY only on sockets that say so, and without it
    # Nagle's algorithm and the client's delayed ACK hold each small answer back some 40 ms
    sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.listen(2048)
    except OSError:
        sock.close()
        raise
    return sock


@contextmanager
def serve_in_thread(app, host: str = "127.0.0.1", *, start_timeout: float = 30.0):
    """Run ``app`` with uvicorn in a background thread on a free port of ``host``; yields the base URL
    (``http://127.0.0.1:PORT``) and stops the server on exit, also when the body raises."""
    import threading
    import time

    import uvicorn

    sock = _listen(host, 0)
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False, lifespan="on"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True, name="phancong-web")
    thread.start()
    try:
        deadline = time.monotonic() + start_timeout
        while not server.started:
            if not thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError(f"the web server did not start on {host}:{port}")
            time.sleep(0.05)
        yield f"http://{host if ':' not in host else f'[{host}]'}:{port}"
    finally:
        server.should_exit = True
        thread.join(start_timeout)
        sock.close()


def serve(args, store) -> int:
    import os

    import uvicorn

    from .app import create_app

    if args.query_timeout <= 0 or args.max_results <= 0 or args.workers <= 0:
        print("error: --query-timeout, --max-results and --workers must be positive", file=sys.stderr)
        return 2
    token = args.auth_token if args.auth_token is not None else os.environ.get("PHANCONG_AUTH_TOKEN")
    if token is not None and not token.strip():
        print("error: --auth-token (or $PHANCONG_AUTH_TOKEN) is empty: give a token, or neither", file=sys.stderr)
        return 2
    allowed = allowed_hosts_for(args.host, args.allowed_host)
    app = create_app(
        store,
        query_timeout=args.query_timeout,
        max_results=args.max_results,
        workers=args.workers,
        query_memory=args.query_memory,
        allowed_hosts=allowed,
        token=token.strip() if token else None,
    )
    try:
        sock = _listen(args.host, args.port)
    except OSError as exc:
        print(f"error: cannot listen on {args.host}:{args.port}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    host = f"[{args.host}]" if ":" in args.host else args.host
    url = f"http://{host}:{args.port}/"
    if not _is_loopback(args.host):
        print(
            f"warning: serving on {args.host}, reachable from other machines"
            + ("" if token else " by anyone (--auth-token asks for a token)"),
            file=sys.stderr,
        )
    print(f"phancong: serving {getattr(store, 'path', store)} on {url}  (Ctrl-C to stop)", flush=True)
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False))
    try:
        server.run(sockets=[sock])
    finally:
        sock.close()
    return 0 if server.started else 1
