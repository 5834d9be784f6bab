"""Keep the SPARQL endpoint read-only and local: refuse updates and SERVICE calls.

Two gates, both before anything runs:

1. :func:`check_read_only` (in the web process, linear time): a small SPARQL
   *lexer* (:mod:`phancong.sparql.lexer`, not a regular expression over the raw text)
   that skips comments, strings, IRIs, variables, prefixed names and language tags,
   after decoding ``\\uXXXX`` escapes as SPARQL 1.1 §19.2 says a parser must.  A
   text longer than ``MAX_QUERY_CHARS`` (413) or nested deeper than ``MAX_DEPTH``
   brackets (400: a parser would run out of stack) is refused before any parser
   sees it.  A bare keyword of SPARQL Update (INSERT, DELETE, LOAD, CLEAR, DROP,
   CREATE, ADD, MOVE, COPY, WITH) or SERVICE refuses the request.  Keywords are
   case-insensitive.
2. :func:`check_parsed` (in the query worker, under the time limit): rdflib's
   SPARQL grammar parses the text; an Update, or a ``ServiceGraphPattern``
   anywhere in the parse tree, is refused.  Text that rdflib cannot parse (a
   construct it lacks) relies on gate 1, and is then parsed by pyoxigraph's
   query parser, which accepts queries only, on a store opened read-only.

>>> check_read_only("SELECT * WHERE { ?s ?p 'INSERT' } # DROP ALL")
>>> try:
...     check_read_only("# comment\\n  insert data { <http://a> <http://b> 1 }")
... except Refused as exc:
...     print(exc.status, exc)
403 SPARQL Update (INSERT) is refused: this endpoint is read-only
"""

from __future__ import annotations

from ..sparql.lexer import MAX_QUERY_CHARS, QueryRefused, check_shape, keywords

__all__ = ["Refused", "check_read_only", "check_parsed", "keywords", "UPDATE_KEYWORDS", "MAX_QUERY_CHARS"]

UPDATE_KEYWORDS = ("INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH")


class Refused(Exception):
    """A request the endpoint will not run; ``status`` is the HTTP status to answer with."""

    def __init__(self, message: str, status: int = 400):
        super().__init__(message)
        self.message = message
        self.status = status


def check_read_only(text: str) -> None:
    """Raise :class:`Refused` if the text is empty, too long, nested too deep, an update, or calls SERVICE."""
    if not text.strip():
        raise Refused("the query is empty: send a SPARQL query in the 'query' parameter")
    try:
        check_shape(text)  # size and bracket depth, before any parser sees it
    except QueryRefused as exc:
        raise Refused(exc.message, exc.status) from None
    words = keywords(text)
    for w in words:
        if w in UPDATE_KEYWORDS:
            raise Refused(f"SPARQL Update ({w}) is refused: this endpoint is read-only", 403)
        if w == "SERVICE":
            raise Refused("SERVICE (federated query) is refused: this endpoint does not call other hosts", 403)


def _walk(node, seen: set[int] | None = None):
    """Every name in an rdflib parse tree (pyparsing ParseResults / CompValue)."""
    seen = set() if seen is None else seen
    if id(node) in seen:
        return
    seen.add(id(node))
    name = getattr(node, "name", None)
    if isinstance(name, str):
        yield name
    if isinstance(node, dict):
        for v in node.values():
            yield from _walk(v, seen)
    elif isinstance(node, (list, tuple)) or type(node).__name__ == "ParseResults":
        for v in node:
            yield from _walk(v, seen)


def check_parsed(text: str) -> bool:
    """Parse with rdflib's SPARQL grammar: raise :class:`Refused` for an update or a SERVICE pattern.
    Returns False when rdflib could not parse the text (the caller then relies on :func:`check_read_only`).

    >>> try:
    ...     check_parsed("SELECT * { SERVICE <http://127.0.0.1/> { ?s ?p ?o } }")
    ... except Refused as exc:
    ...     print(exc.status, exc)
    403 SERVICE (federated query) is refused: this endpoint does not call other hosts
    """
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

    try:
        tree = parseQuery(text)
    except Exception:
        try:
            parseUpdate(text)
        except Exception:
            return False
        raise Refused("SPARQL Update is refused: this endpoint is read-only", 403) from None
    if "ServiceGraphPattern" in set(_walk(tree)):
        raise Refused("SERVICE (federated query) is refused: this endpoint does not call other hosts", 403)
    return True
