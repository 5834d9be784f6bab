"""The ``phancong`` command line: ``main`` parses the arguments and runs one command.

The commands live by what they work on: ``corpus`` (build, extract, export, eval, index), ``questions`` (owner,
chain, compare, progress, indicators), ``graph`` (query, check, view, stats, serve); ``common`` holds the store
options and opens the store, the one way every command does.
"""

from __future__ import annotations

import sys

from .. import __version__
from ..output import fitted, print_rows
from . import corpus, graph, questions
from .common import Parser, Terminated, disk_error, open_store, raise_terminated
from .corpus import cmd_build

__all__ = ["main", "make_parser", "open_store", "print_rows"]

# the order `phancong --help` lists them in
COMMANDS = [
    corpus.add_build,
    corpus.add_extract,
    corpus.add_export,
    graph.add_query,
    corpus.add_eval,
    questions.add_owner,
    questions.add_chain,
    questions.add_compare,
    questions.add_progress,
    questions.add_indicators,
    graph.add_check,
    corpus.add_index,
    graph.add_view,
    graph.add_stats,
    graph.add_serve,
]


def make_parser() -> Parser:
    p = Parser(
        prog="phancong",
        description="Knowledge graph of Vietnamese plans (Nghị quyết, Đề án, Kế hoạch, ...), their tasks and "
        "targets (chỉ tiêu), and the bodies responsible (chủ trì, phối hợp, ...).",
    )
    p.add_argument("--version", action="version", version=f"phancong {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    for add in COMMANDS:
        add(sub)
    return p


def main(argv: list[str] | None = None) -> int:
    parser = make_parser()
    args = parser.parse_args(argv)
    for name, value in vars(args).items():  # only from Python: a command line cannot hold a NUL
        if any("\x00" in v for v in (value if isinstance(value, list) else [value]) if isinstance(v, str)):
            print(
                f"error: --{name.replace('_', '-')}: a NUL character cannot be part of a value or file name",
                file=sys.stderr,
            )
            return 2
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    from ..rdf.iri import InvalidIRI
    from ..store.embedded import StoreError

    if args.func is cmd_build:  # SIGTERM stops a build as Ctrl-C does, from here on (see cmd_build)
        import signal
        import threading

        if threading.current_thread() is threading.main_thread():
            signal.signal(signal.SIGTERM, raise_terminated)
    try:
        if getattr(args, "format", None) == "table":
            with fitted():
                return args.func(args) or 0
        return args.func(args) or 0
    except (StoreError, InvalidIRI) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt as exc:
        if args.func is cmd_build:  # before the build began, or again while cmd_build said what is stored
            name = "SIGTERM" if isinstance(exc, Terminated) else "SIGINT"
            print(
                f"interrupted ({name}) again: the store settles what it holds when it is next opened"
                if getattr(args, "build_began", False)
                else f"interrupted ({name}) before the build began: nothing was stored",
                file=sys.stderr,
            )
        return 143 if isinstance(exc, Terminated) else 130
    except BrokenPipeError:
        return 0
    except OSError as exc:  # a full disk, a file or folder that cannot be read or written: one line, named
        print(f"error: {disk_error(exc)}", file=sys.stderr)
        return 1
