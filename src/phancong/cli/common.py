"""What every command shares: the store options and how a store is opened, --format, the parser's one-line
errors, and the one-line message of a disk error."""

from __future__ import annotations

import argparse
import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..store.protocol import Store

DEFAULT_STORE = "store"


def store_arg(p: argparse.ArgumentParser) -> None:
    """--store PATH (embedded, the default) or --endpoint URL ... (a SPARQL 1.1 store); see open_store()."""
    g = p.add_argument_group(
        "store",
        "an embedded store directory (default), or a SPARQL 1.1 endpoint "
        "(docs/remote.md); each option also reads the environment variable named",
    )
    g.add_argument(
        "--store", metavar="PATH", default=None, help="embedded store directory ($PHANCONG_STORE; default ./store)"
    )
    g.add_argument(
        "--endpoint",
        metavar="URL",
        default=None,
        help="SPARQL query endpoint of a remote store ($PHANCONG_ENDPOINT), e.g. http://host:7878/query",
    )
    g.add_argument(
        "--update-endpoint", metavar="URL", default=None, help="SPARQL 1.1 Update endpoint ($PHANCONG_UPDATE_ENDPOINT)"
    )
    g.add_argument(
        "--gsp-endpoint",
        metavar="URL",
        default=None,
        help="Graph Store Protocol endpoint, for writes when no update endpoint is given ($PHANCONG_GSP_ENDPOINT)",
    )
    g.add_argument("--user", default=None, help="HTTP basic auth user ($PHANCONG_USER)")
    g.add_argument("--password", default=None, help="HTTP basic auth password ($PHANCONG_PASSWORD)")
    g.add_argument("--token", default=None, help="HTTP bearer token ($PHANCONG_TOKEN)")
    g.add_argument(
        "--timeout",
        type=float,
        default=None,
        metavar="S",
        help="seconds per remote operation, retries included ($PHANCONG_TIMEOUT; default 10)",
    )
    g.add_argument(
        "--index",
        metavar="PATH",
        default=None,
        help="local text index of a remote store ($PHANCONG_INDEX; default "
        "~/.cache/phancong/index-<hash of the endpoint>.sqlite)",
    )


def format_arg(p: argparse.ArgumentParser, choices=("table", "csv", "json"), default="table") -> None:
    p.add_argument("--format", choices=choices, default=default, help=f"output format (default: {default})")


def open_store(args, *, write: bool = False) -> Store:
    """The store the arguments (or the environment) name: the one way every command opens it.

    An explicit --store or --endpoint wins; else $PHANCONG_ENDPOINT (remote), else
    $PHANCONG_STORE or ./store (embedded). Options missing from ``args`` read as unset."""
    from ..store.embedded import EmbeddedStore, StoreError

    def opt(name: str, env: str):
        value = getattr(args, name, None)
        return value if value is not None else (os.environ.get(env) or None)

    store_flag, endpoint_flag = getattr(args, "store", None), getattr(args, "endpoint", None)
    if store_flag and endpoint_flag:
        raise StoreError("give either --store (embedded) or --endpoint (remote), not both")
    endpoint = endpoint_flag or (None if store_flag else os.environ.get("PHANCONG_ENDPOINT") or None)
    if not endpoint:
        args.store = store_flag or os.environ.get("PHANCONG_STORE") or DEFAULT_STORE
        return EmbeddedStore(args.store, read_only=not write)
    from ..store.remote import RemoteStore

    timeout = opt("timeout", "PHANCONG_TIMEOUT")
    try:
        timeout = float(timeout) if timeout is not None else 10.0
    except ValueError:
        raise StoreError(f"PHANCONG_TIMEOUT must be a number of seconds, not {timeout!r}") from None
    return RemoteStore(
        endpoint,
        opt("update_endpoint", "PHANCONG_UPDATE_ENDPOINT"),
        opt("gsp_endpoint", "PHANCONG_GSP_ENDPOINT"),
        user=opt("user", "PHANCONG_USER"),
        password=opt("password", "PHANCONG_PASSWORD"),
        token=opt("token", "PHANCONG_TOKEN"),
        timeout=timeout,
        index_path=opt("index", "PHANCONG_INDEX"),
    )


def disk_error(exc: BaseException) -> str:
    """One line for an error of the disk or of a file: the file, if known, and the reason."""
    name = getattr(exc, "filename", None)
    reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
    return f"{name}: {reason}" if name else reason


class Terminated(KeyboardInterrupt):
    """SIGTERM, raised where the build is (as Ctrl-C raises KeyboardInterrupt), so it stops the same way."""


def raise_terminated(signum, frame):
    raise Terminated


def kg_of(args):
    from ..api import KnowledgeGraph

    return KnowledgeGraph(open_store(args))


def seconds(text: str) -> float:
    """A number of seconds, 0 or more."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if value < 0 or value != value:
        raise argparse.ArgumentTypeError(f"must be 0 or more seconds, not {text}")
    return value


class Parser(argparse.ArgumentParser):
    """argparse, whose errors are one line saying where to look (not the usage block): exit status 2."""

    def error(self, message: str):
        self.exit(2, f"{self.prog}: error: {message} (see '{self.prog} --help')\n")
