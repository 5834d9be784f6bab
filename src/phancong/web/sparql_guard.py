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

import re

from ..sparql.lexer import MAX_QUERY_CHARS, QueryRefused, check_shape, keywords, unclosed, undeclared_prefixes

__all__ = [
    "Refused",
    "check_read_only",
    "check_parsed",
    "readable_syntax_error",
    "keywords",
    "UPDATE_KEYWORDS",
    "MAX_QUERY_CHARS",
]

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


_POSITION = re.compile(r"^error at (\d+):(\d+): (?:expected (?:one of )?)?(.*)$", re.S)
# the words of oxigraph's parser that are a diagnosis, not a token it expected
_DIAGNOSES = {
    "IRI parsing failed": "“{iri}” is not a valid IRI",
    "The SELECT contains a variable that is unbound": (
        "a variable of SELECT is neither grouped nor aggregated: add it to GROUP BY or wrap it in SAMPLE(…)"
    ),
}


def readable_syntax_error(text: str, message: str) -> str:
    """One sentence for a parser's syntax error: where (line, column) and what is found there, instead of
    the list of every token the parser would have taken.

    >>> readable_syntax_error("SELECT * WHERE {", "error at 1:17: expected one of REDUCED, [_]")
    'SPARQL syntax error at line 1, column 17: the query ends too early (1 bracket not closed).'
    >>> readable_syntax_error("SELECT * WHERE { ?s ?p ?o } LIMIT x", "error at 1:35: expected one of HAVING, [_]")
    'SPARQL syntax error at line 1, column 35: unexpected “x”.'
    >>> readable_syntax_error("SELECT * { ?s ex:p ?o }", "error at 1:19: expected one of Prefix not found, ['%']")
    'SPARQL syntax error at line 1, column 19: the prefix “ex:” is not declared: add PREFIX ex: <…> before the query.'
    """
    m = _POSITION.match(message.strip())
    if not m:
        first = message.strip().splitlines()[0] if message.strip() else "the query cannot be parsed"
        return f"SPARQL syntax error: {first[:200]}"
    line, column, expected = int(m.group(1)), int(m.group(2)), m.group(3)
    lines = text.split("\n")
    row = lines[line - 1] if 0 < line <= len(lines) else ""
    before, after = row[: column - 1], row[column - 1 :]
    where = f"SPARQL syntax error at line {line}, column {column}: "
    missing = undeclared_prefixes(text)
    if missing:  # the parser's own words for it are often a token it expected elsewhere
        from ..rdf.mapping import PREFIXES

        p = missing[0]
        known = f"<{PREFIXES[p]}>" if p in PREFIXES else "<…>"
        return where + f"the prefix “{p}:” is not declared: add PREFIX {p}: {known} before the query."
    for words, sentence in _DIAGNOSES.items():
        if words in expected:
            iri = re.search(r"<[^<>]*>?(?=\s*$)", before)
            return where + sentence.format(iri=iri.group(0).rstrip(">") + ">" if iri else "<…>") + "."
    rest = after + "\n" + "\n".join(lines[line:]) if line <= len(lines) else ""
    token = re.match(
        r"\s*(\"[^\"\n]{0,30}\"?|'[^'\n]{0,30}'?|<[^>\s]{0,40}>?|[^\s{}()\[\].;,]{1,40}|[{}()\[\].;,])", rest
    )
    if token is None or not token.group(1):
        depth = unclosed(text)
        if depth > 0:
            return where + f"the query ends too early ({depth} bracket{'s' if depth > 1 else ''} not closed)."
        last = re.search(r"(\S{1,40})\s*$", text)
        return where + (
            f"the query ends too early: something is missing before “{last.group(1)}”."
            if last
            else "the query ends too early."
        )
    return where + f"unexpected “{token.group(1)}”."
