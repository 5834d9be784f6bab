"""The SPARQL text as a lexer sees it, before any parser does: its bare keywords, how deeply its
brackets nest, and its size.

A parser given a query nested 20,000 brackets deep recurses until the stack runs out (pyoxigraph's
crashes the process), so every query text a user gives (``phancong query``, ``KnowledgeGraph.sparql``,
the ``/sparql`` endpoint) is measured here first, in linear time, and refused above
:data:`MAX_DEPTH` nested ``{ ( [`` or :data:`MAX_QUERY_CHARS` characters. The lexer skips comments,
strings, IRIs, variables, prefixed names and language tags, after decoding ``\\uXXXX`` escapes as
SPARQL 1.1 section 19.2 says a parser must.

>>> nesting_depth('SELECT * { ?s ?p "{{" FILTER(?o > 1) }')
2
>>> check_shape("SELECT * " + "{" * 500 + "}" * 500)
Traceback (most recent call last):
...
phancong.sparql.lexer.QueryRefused: the query is nested 500 brackets deep; at most 100 nested { ( [ are accepted
"""

from __future__ import annotations

import re

__all__ = [
    "QueryRefused",
    "check_shape",
    "query_form",
    "nesting_depth",
    "unclosed",
    "undeclared_prefixes",
    "keywords",
    "MAX_DEPTH",
    "MAX_QUERY_CHARS",
]

MAX_QUERY_CHARS = 200_000
# pyoxigraph's parser crashed at 5,000 nested braces, not at 2,000; real queries stay below 10
MAX_DEPTH = 100
_OPEN, _CLOSE = "{([", "})]"


class QueryRefused(ValueError):
    """Query text refused before parsing; ``status`` is the HTTP status an endpoint answers with."""

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


def _end(pattern: re.Pattern[str], text: str, i: int) -> int:
    """Where ``pattern`` matched at ``i`` ends: the patterns given here match wherever the scanner tries them
    (they accept the empty string, or begin with the character seen there); past ``i`` in any case."""
    m = pattern.match(text, i)
    return m.end() if m else i + 1


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


def _scan(text: str, depth_cb=None, end: list | None = None, prefixes: list | None = None) -> list[str]:
    """The bare words of ``text`` (upper-cased); ``depth_cb(depth)`` is called at each opening bracket;
    the brackets still open at the end are appended to ``end``; each prefix of a prefixed name is appended
    to ``prefixes`` as (prefix, declared here: True after the keyword PREFIX)."""
    text = _unescape(text)
    out: list[str] = []
    depth = 0
    declaring = False
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
            i = _end(_VAR, text, i)
        elif c == "@":
            m = _LANG.match(text, i)
            i = m.end() if m else i + 1
        elif c == "_" and text.startswith("_:", i):
            i = _end(_LOCAL, text, i + 2)
        elif c == ":":
            if prefixes is not None:
                prefixes.append(("", declaring))
            declaring = False
            i = _end(_LOCAL, text, i + 1)
        elif "0" <= c <= "9":  # not str.isdigit(): "²" is a digit to Python, not to SPARQL
            i = _end(_NUMBER, text, i)
        elif c in _OPEN:
            depth += 1
            if depth_cb is not None:
                depth_cb(depth)
            i += 1
        elif c in _CLOSE:
            depth = max(0, depth - 1)
            i += 1
        else:
            m = _NAME.match(text, i)
            if not m:
                i += 1
                continue
            j = m.end()
            word = m.group(0)
            if j < n and text[j] == ":":  # a prefixed name (or a prefix declaration)
                if prefixes is not None:
                    prefixes.append((word, declaring))
                declaring = False
                i = _end(_LOCAL, text, j + 1)
                continue
            out.append(word.rstrip(".").upper())
            declaring = out[-1] == "PREFIX"
            i = j
    if end is not None:
        end.append(depth)
    return out


def keywords(text: str) -> list[str]:
    """The bare words of a SPARQL text, upper-cased, in order (not inside comments, strings or IRIs,
    and not variables or prefixed names).

    >>> keywords('PREFIX ex: <http://e/#x> SELECT ?insert { ?s ex:load "drop" } # service')
    ['PREFIX', 'SELECT']
    """
    return _scan(text)


_QUERY_FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")


def query_form(text: str) -> str:
    """The form of a query: its first SELECT, ASK, CONSTRUCT or DESCRIBE token ("SELECT" when it has
    none, as a sub-select-free update or an empty text has not).

    >>> query_form('# SELECT in a comment\\nPREFIX ex: <http://e/ASK> CONSTRUCT { ?s ex:p "SELECT" } WHERE {}')
    'CONSTRUCT'
    """
    return next((word for word in _scan(text) if word in _QUERY_FORMS), "SELECT")


def nesting_depth(text: str) -> int:
    """How deeply ``{ ( [`` nest in ``text``, outside comments, strings and IRIs."""
    deepest = [0]

    def seen(depth: int) -> None:
        if depth > deepest[0]:
            deepest[0] = depth

    _scan(text, seen)
    return deepest[0]


def unclosed(text: str) -> int:
    """How many ``{ ( [`` are still open at the end of ``text`` (outside comments, strings and IRIs).

    >>> unclosed('SELECT * WHERE { ?s ?p "}" . FILTER(')
    2
    """
    end: list[int] = []
    _scan(text, end=end)
    return end[0]


def undeclared_prefixes(text: str) -> list[str]:
    """The prefixes a query uses without declaring them (``PREFIX name: <...>``), in order of first use.

    >>> undeclared_prefixes('PREFIX ex: <http://e/> SELECT * { ?s ex:p ?o ; foaf:name "a:b" ; :q 1 }')
    ['foaf', '']
    """
    seen: list = []
    _scan(text, prefixes=seen)
    declared = {p for p, decl in seen if decl}
    return list(dict.fromkeys(p for p, decl in seen if not decl and p not in declared))


class _TooDeep(Exception):
    pass


def check_shape(text: str, *, max_chars: int = MAX_QUERY_CHARS, max_depth: int = MAX_DEPTH) -> None:
    """Raise :class:`QueryRefused` if ``text`` is longer than ``max_chars`` (413) or nests brackets
    deeper than ``max_depth`` (400); it stops reading at the first bracket too deep."""
    if len(text) > max_chars:
        raise QueryRefused(f"the query is too long ({len(text)} characters; at most {max_chars})", 413)

    def seen(depth: int) -> None:
        if depth > max_depth:
            raise _TooDeep

    try:
        _scan(text, seen)
    except _TooDeep:
        raise QueryRefused(
            f"the query is nested {nesting_depth(text)} brackets deep; at most {max_depth} nested {{ ( [ are accepted"
        ) from None
