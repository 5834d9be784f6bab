"""Python and RDF values written as SPARQL terms, safely: the one escaping function :func:`sparql_term`
(used where a store cannot bind values itself: the remote store's VALUES blocks)."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

import pyoxigraph as ox

__all__ = ["sparql_term", "iri_term", "string_term", "XSD"]

XSD = "http://www.w3.org/2001/XMLSchema#"
RDF_LANGSTRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"

_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*:")
_LANGTAG = re.compile(r"[a-zA-Z]+(-[a-zA-Z0-9]+)*\Z")
_IRI_FORBIDDEN = frozenset('<>"{}|^`\\')
_ECHAR = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}


def iri_term(value: str) -> str:
    for ch in value:
        if ch in _IRI_FORBIDDEN or ord(ch) <= 0x20 or 0xD800 <= ord(ch) <= 0xDFFF:
            raise ValueError(f"not a valid IRI (character {ch!r} is not allowed): {value!r}")
    if not _SCHEME.match(value):
        raise ValueError(f"not an absolute IRI (no scheme): {value!r}")
    ox.NamedNode(value)  # full IRI syntax check; raises ValueError
    return f"<{value}>"


def string_term(value: str) -> str:
    """A double-quoted SPARQL string whose value is exactly ``value``.

    ``"`` and ``\\`` and line breaks are escaped (ECHAR); other control
    characters become ``\\uXXXX`` (legal raw too, but safer over HTTP); a ``u``
    or ``U`` right after a backslash of the value is written ``\\u0075`` /
    ``\\u0055`` so that no ``\\u`` sequence appears in the text: engines that
    unescape ``\\uXXXX`` before parsing (as SPARQL 1.1 section 19.2 describes)
    and engines that unescape inside strings read the same value.
    """
    out = ['"']
    prev_backslash = False
    for ch in value:
        o = ord(ch)
        if 0xD800 <= o <= 0xDFFF:
            raise ValueError(f"not valid Unicode (lone surrogate U+{o:04X}): {value!r}")
        if ch in _ECHAR:
            out.append(_ECHAR[ch])
        elif o < 0x20 or o == 0x7F:
            out.append(f"\\u{o:04X}")
        elif prev_backslash and ch in "uU":
            out.append("\\u0075" if ch == "u" else "\\u0055")
        else:
            out.append(ch)
        prev_backslash = ch == "\\"
    out.append('"')
    return "".join(out)


def _literal(lexical: str, language: str | None = None, datatype: str | None = None) -> str:
    if language:
        if not _LANGTAG.match(language):
            raise ValueError(f"not a valid language tag: {language!r}")
        ox.Literal("", language=language)  # BCP 47 well-formedness, as the stores check it; raises ValueError
        return f"{string_term(lexical)}@{language}"
    if datatype and datatype not in (XSD + "string", RDF_LANGSTRING):
        return f"{string_term(lexical)}^^{iri_term(datatype)}"
    if datatype == RDF_LANGSTRING:
        raise ValueError("an rdf:langString literal needs a language tag")
    return string_term(lexical)


def _decimal(value: float | Decimal) -> str:
    d = Decimal(repr(value)) if isinstance(value, float) else value
    if not d.is_finite():
        raise ValueError(f"cannot bind {value!r}: not a finite number")
    text = format(d, "f")
    return text if "." in text else text + ".0"


def sparql_term(value: Any) -> str:
    """A Python or RDF value as a safe SPARQL term (the one escaping function).

    - IRIs (``rdflib.URIRef``, ``pyoxigraph.NamedNode``): must be absolute and
      free of the characters the SPARQL IRIREF rule forbids (``<>"{}|^`\\``,
      spaces and controls), else ValueError; written ``<...>``.
    - Literals (``rdflib.Literal``, ``pyoxigraph.Literal``, ``str``): every
      special character escaped; language tags and datatype IRIs validated.
    - ``bool`` -> xsd:boolean, ``int`` -> xsd:integer, ``float``/``Decimal`` ->
      xsd:decimal (as the embedded store binds them).
    - Blank nodes cannot be bound: ValueError.

    >>> sparql_term('say "hi"\\n')
    '"say \\\\"hi\\\\"\\\\n"'
    >>> sparql_term(3)
    '"3"^^<http://www.w3.org/2001/XMLSchema#integer>'
    """
    from rdflib import BNode, Literal as RLiteral, URIRef

    if isinstance(value, ox.NamedNode):
        return iri_term(value.value)
    if isinstance(value, URIRef):
        return iri_term(str(value))
    if isinstance(value, (ox.BlankNode, BNode)):
        raise ValueError("a blank node cannot be bound as a parameter")
    if isinstance(value, ox.Literal):
        return _literal(value.value, value.language, value.datatype.value if value.datatype else None)
    if isinstance(value, RLiteral):
        return _literal(str(value), value.language, str(value.datatype) if value.datatype else None)
    if isinstance(value, bool):
        return _literal("true" if value else "false", datatype=XSD + "boolean")
    if isinstance(value, int):
        return _literal(str(value), datatype=XSD + "integer")
    if isinstance(value, (float, Decimal)):
        return _literal(_decimal(value), datatype=XSD + "decimal")
    if isinstance(value, str):
        return string_term(value)
    raise ValueError(f"cannot bind a {type(value).__name__} as a SPARQL term")
