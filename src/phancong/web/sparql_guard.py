"""Keep the SPARQL endpoint read-only and local: refuse updates and SERVICE calls.

Two gates, both before anything runs:

1. :func:`check_read_only` (in the web process, linear time): a small SPARQL
   *lexer* (not a regular expression over the raw text) that skips comments,
   strings, IRIs, variables, prefixed names and language tags, after decoding
   ``\\uXXXX`` escapes as SPARQL 1.1 §19.2 says a parser must.  A bare keyword
   of SPARQL Update (INSERT, DELETE, LOAD, CLEAR, DROP, CREATE, ADD, MOVE, COPY,
   WITH) or SERVICE refuses the request.  Keywords are case-insensitive.
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

import re

__all__ = ["Refused", "check_read_only", "check_parsed", "keywords", "UPDATE_KEYWORDS"]

UPDATE_KEYWORDS = ("INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH")
MAX_QUERY_CHARS = 200_000


class Refused(Exception):
    """A request the endpoint will not run; ``status`` is the HTTP status to answer with."""

    def __init__(self, message: str, status: int = 400):
        super().__init__(message)
        self.message = message
        self.status = status


_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
_IRI = re.compile(r"<[^<>\"{}|^`\\\x00-\x20]*>")
_VAR = re.compile(r"[?$][\w\u00B7\u0300-\u036F\u203F\u2040]*")
_LANG = re.compile(r"@[A-Za-z]+(?:-[A-Za-z0-9]+)*")
_NAME = re.compile(r"[^\W\d][\w\-.\u00B7]*")  # PN_PREFIX or a keyword
_LOCAL = re.compile(r"(?:[\w\-.:%\u00B7]|\\.)*")  # the local part of a prefixed name
_NUMBER = re.compile(r"[0-9]+(?:\.[0-9]*)?(?:[eE][+-]?[0-9]+)?")


def _unescape(text: str) -> str:
    def one(m: re.Match) -> str:
        code = int(m.group(1) or m.group(2), 16)
        try:
            return chr(code)
        except (ValueError, OverflowError):
            return m.group(0)

    return _ESCAPE.sub(one, text)


def _skip_string(text: str, i: int) -> int:
    """``text[i]`` opens a string: return the index just past its end (or the end of the line / text)."""
    q = text[i]
    if text.startswith(q * 3, i):
        j = i + 3
        while j < len(text):
            if text[j] == "\\":
                j += 2
                continue
            if text.startswith(q * 3, j):
                return j + 3
            j += 1
        return len(text)
    j = i + 1
    while j < len(text):
        c = text[j]
        if c == "\\":
            j += 2
            continue
        if c == q:
            return j + 1
        if c in "\r\n":  # a short string cannot span lines: unterminated, the parser will refuse it
            return j
        j += 1
    return len(text)


def keywords(text: str) -> list[str]:
    """The bare words of a SPARQL text, upper-cased, in order (not inside comments, strings or IRIs,
    and not variables or prefixed names).

    >>> keywords('PREFIX ex: <http://e/#x> SELECT ?insert { ?s ex:load "drop" } # service')
    ['PREFIX', 'SELECT']
    """
    text = _unescape(text)
    out: list[str] = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c.isspace():
            i += 1
        elif c == "#":
            j = i
            while j < n and text[j] not in "\r\n":
                j += 1
            i = j
        elif c in "\"'":
            i = _skip_string(text, i)
        elif c == "<":
            m = _IRI.match(text, i)
            i = m.end() if m else i + 1
        elif c in "?$":
            i = _VAR.match(text, i).end()
        elif c == "@":
            m = _LANG.match(text, i)
            i = m.end() if m else i + 1
        elif c == "_" and text.startswith("_:", i):
            i = _LOCAL.match(text, i + 2).end()
        elif c == ":":
            i = _LOCAL.match(text, i + 1).end()
        elif c.isdigit():
            i = _NUMBER.match(text, i).end()
        else:
            m = _NAME.match(text, i)
            if not m:
                i += 1
                continue
            j = m.end()
            word = m.group(0)
            if j < n and text[j] == ":":  # a prefixed name (or a prefix declaration)
                i = _LOCAL.match(text, j + 1).end()
                continue
            out.append(word.rstrip(".").upper())
            i = j
    return out


def check_read_only(text: str) -> None:
    """Raise :class:`Refused` if the text is too long, an update, or calls SERVICE."""
    if len(text) > MAX_QUERY_CHARS:
        raise Refused(f"the query is too long ({len(text)} characters; at most {MAX_QUERY_CHARS})", 413)
    if not text.strip():
        raise Refused("the query is empty: send a SPARQL query in the 'query' parameter")
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
