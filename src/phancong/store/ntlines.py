"""A graph's N-Triples read once for its text index rows and both summaries (issue 16, builds).

The index rows, the figures summary and the owners summary of a source are read off its N-Triples (one triple
a line, as :func:`phancong.rdf.sorted_ntriples` and Oxigraph write them). They used to split the lines, then
walk them seven times over (each reader picking the lines it keeps) and have pyoxigraph parse the lines each
kept: a fifth of a build into a new store. :class:`GraphLines` splits the lines once and groups them by
predicate, so each reader takes the few predicates it reads; the terms of a line are decoded here, in Python,
to what pyoxigraph's parser and :func:`value` give (an IRI's or a literal's value, its language tag), and a
term this does not read itself (an escape, an unusual language tag) is left to pyoxigraph's parser.
tests/store/test_ntlines.py holds the two to the same values.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["GraphLines", "node", "literal", "value", "text"]

_NO_LANG = ""
_STRING = "http://www.w3.org/2001/XMLSchema#string"
_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
_LANG = re.compile(r"[a-z]+(?:-[a-z0-9]+)*")
_INTEGER = ("#integer", "#int", "#long")
_DECIMAL = ("#decimal", "#double", "#float")


class GraphLines:
    """The lines of one graph's N-Triples, split once into (subject, object) by predicate, each term as
    written (an IRI in its brackets, a literal with its quotes, the object with the line's final " .")."""

    __slots__ = ("by", "labelled")

    def __init__(self, nt: str, labels: frozenset[str] = frozenset()):
        by: dict[str, list[tuple[str, str]]] = {}
        # (subject, predicate, object) of the lines whose predicate is in ``labels``, in the lines' order
        labelled: list[tuple[str, str, str]] = []
        for line in nt.splitlines():
            parts = line.split(" ", 2)
            if len(parts) != 3:
                continue
            s, p, o = parts
            found = by.get(p)
            if found is None:
                by[p] = [(s, o)]
            else:
                found.append((s, o))
            if p in labels:
                labelled.append((s, p, o))
        self.by = by
        self.labelled = labelled

    def of(self, predicate: str) -> list[tuple[str, str]]:
        """(subject, object) of the lines of ``predicate`` (written ``<IRI>``), in the lines' order."""
        return self.by.get(predicate, [])


def _parsed(subject: str, obj: str):
    """The triple pyoxigraph's N-Triples parser reads off a line of these terms (``obj`` with its " .")."""
    import pyoxigraph as ox

    line = f"{subject} <urn:x:p> {obj}\n".encode()
    return next(iter(ox.parse(line, format=ox.RdfFormat.N_TRIPLES)))


def node(term: str) -> str:
    """A subject as the summaries key it: an IRI's value, a blank node as ``_:id``."""
    if term[0] == "<" and term[-1] == ">" and "\\" not in term:
        return term[1:-1]
    import pyoxigraph as ox

    t = _parsed(term, "<urn:x:o> .").subject
    return t.value if isinstance(t, ox.NamedNode) else "_:" + t.value


_IRI, _LITERAL, _BLANK = 0, 1, 2


def _term(obj: str) -> tuple[str, str, str, int]:
    """An object as written (with its " ."): (its value as pyoxigraph gives it: an IRI's, a literal's lexical
    form, a blank node's id; its datatype IRI or ""; its language tag or ""; _IRI, _LITERAL or _BLANK)."""
    if obj.endswith(" ."):
        term = obj[:-2].rstrip()
        if "\\" not in term:
            if term[0] == "<" and term[-1] == ">":
                return term[1:-1], _NO_LANG, _NO_LANG, _IRI
            end = term.rfind('"')
            if term[0] == '"' and end > 0:
                lex, rest = term[1:end], term[end + 1 :]
                if not rest:
                    return lex, _STRING, _NO_LANG, _LITERAL
                if rest[0] == "@" and _LANG.fullmatch(rest, 1):
                    return lex, _LANG_STRING, rest[1:], _LITERAL
                if rest.startswith("^^<") and rest[-1] == ">":
                    return lex, rest[3:-1], _NO_LANG, _LITERAL
    import pyoxigraph as ox

    t = _parsed("<urn:x:s>", obj).object
    if isinstance(t, ox.Literal):
        return t.value, t.datatype.value if t.datatype else _NO_LANG, t.language or _NO_LANG, _LITERAL
    return t.value, _NO_LANG, _NO_LANG, _IRI if isinstance(t, ox.NamedNode) else _BLANK


def text(obj: str) -> str:
    """An object's value as pyoxigraph gives it (``term.value``: a literal's lexical form, an IRI, a blank
    node's id)."""
    return _term(obj)[0]


def literal(obj: str) -> tuple[Any, str, bool]:
    """An object as written (with its " ."): (its value as :func:`value` gives it, its language tag or "",
    whether it is a literal)."""
    lex, datatype, lang, kind = _term(obj)
    if kind == _LITERAL:
        return _typed(lex, datatype), lang, True
    return (lex if kind == _IRI else "_:" + lex), _NO_LANG, False


def _typed(lex: str, datatype: str) -> Any:
    """A literal's value as the catalogue's runner gives it (store.embedded.to_python): integers as int,
    decimals as float, booleans as bool, any other as its text."""
    if datatype.endswith(_INTEGER):
        return int(lex)
    if datatype.endswith(_DECIMAL):
        return float(lex)
    if datatype.endswith("#boolean"):
        return lex in ("true", "1")
    return lex


def value(obj: str) -> Any:
    """An object's value (:func:`literal`'s first item)."""
    return literal(obj)[0]
